// Frames received by a test, with bounded, order-aware ways to pick them out.
#pragma once

#include <boost/json.hpp>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sallyport/model/json.hpp"
#include "support/wait.hpp"

namespace sallyport::testing {

class Inbox {
 public:
  void push(std::string frame) {
    std::lock_guard lock(mutex_);
    frames_.push_back(std::move(frame));
    cv_.notify_all();
  }
  void mark_closed(std::optional<std::string> why) {
    std::lock_guard lock(mutex_);
    closed_ = true;
    close_reason_ = std::move(why);
    cv_.notify_all();
  }
  void count_oversize() {
    std::lock_guard lock(mutex_);
    ++oversize_;
    cv_.notify_all();
  }

  // The oldest unread frame, in arrival order.
  std::optional<std::string> next_frame(std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    if (!cv_.wait_for(lock, timeout, [&] { return !frames_.empty(); })) return std::nullopt;
    auto frame = std::move(frames_.front());
    frames_.pop_front();
    return frame;
  }

  // The oldest unread frame parsed as JSON (a frame that is not JSON throws: the test fails).
  std::optional<Json> next(std::chrono::milliseconds timeout = kWait) {
    auto frame = next_frame(timeout);
    if (!frame) return std::nullopt;
    return boost::json::parse(*frame);
  }

  // The oldest unread message matching `pred`; messages before it stay unread.
  std::optional<Json> take(const std::function<bool(const Json&)>& pred,
                           std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    std::optional<Json> found;
    cv_.wait_for(lock, timeout, [&] {
      for (auto it = frames_.begin(); it != frames_.end(); ++it) {
        Json j = boost::json::parse(*it);
        if (pred(j)) {
          found = std::move(j);
          frames_.erase(it);
          return true;
        }
      }
      return false;
    });
    return found;
  }

  // The response carrying `id`.
  std::optional<Json> response(const Json& id, std::chrono::milliseconds timeout = kWait) {
    return take(
        [&](const Json& j) {
          auto* o = j.if_object();
          return o && !o->contains("method") && o->contains("id") && o->at("id") == id;
        },
        timeout);
  }
  // The next notification named `method`.
  std::optional<Json> notification(std::string_view method,
                                   std::chrono::milliseconds timeout = kWait) {
    return take(
        [&](const Json& j) {
          auto* o = j.if_object();
          return o && !o->contains("id") && o->contains("method") && o->at("method").is_string() &&
                 o->at("method").get_string() == method;
        },
        timeout);
  }
  // The next request named `method` (sent to the test by the code under test).
  std::optional<Json> request(std::string_view method, std::chrono::milliseconds timeout = kWait) {
    return take(
        [&](const Json& j) {
          auto* o = j.if_object();
          return o && o->contains("id") && o->contains("method") && o->at("method").is_string() &&
                 o->at("method").get_string() == method;
        },
        timeout);
  }

  // Every unread message, in arrival order, without consuming them.
  std::vector<Json> pending() {
    std::lock_guard lock(mutex_);
    std::vector<Json> out;
    for (auto& f : frames_) out.push_back(boost::json::parse(f));
    return out;
  }
  void clear() {
    std::lock_guard lock(mutex_);
    frames_.clear();
  }

  // True when no unread frame is there or arrives within `window` (for "X must not be sent":
  // necessarily a time window; keep it short). Read what was expected before calling it.
  bool quiet_for(std::chrono::milliseconds window) {
    std::unique_lock lock(mutex_);
    return !cv_.wait_for(lock, window, [&] { return !frames_.empty(); });
  }

  bool wait_closed(std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return closed_; });
  }
  bool closed() {
    std::lock_guard lock(mutex_);
    return closed_;
  }
  std::optional<std::string> close_reason() {
    std::lock_guard lock(mutex_);
    return close_reason_;
  }
  bool wait_oversize(std::size_t n, std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return oversize_ >= n; });
  }
  std::size_t oversize_count() {
    std::lock_guard lock(mutex_);
    return oversize_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::string> frames_;
  std::size_t oversize_ = 0;
  bool closed_ = false;
  std::optional<std::string> close_reason_;
};

}  // namespace sallyport::testing
