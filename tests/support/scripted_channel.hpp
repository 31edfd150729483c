// A Channel whose far end is the test itself: the test writes raw strings (delivered to the code
// under test on a delivery thread of the channel's own, like a real transport) and reads the raw
// frames the code sends. It can also simulate an oversize frame and a hang-up. Needs only
// sallyport::rpc, so the engine's tests do not depend on the transports.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>

#include "sallyport/rpc/channel.hpp"
#include "support/inbox.hpp"

namespace sallyport::testing {

class ScriptedChannel : public rpc::Channel {
 public:
  ScriptedChannel() = default;
  ~ScriptedChannel() override {
    close();
    if (thread_.joinable()) {
      if (thread_.get_id() == std::this_thread::get_id())
        thread_.detach();
      else
        thread_.join();
    }
  }

  // ---- the code under test's side ----
  void start(Callbacks callbacks) override {
    callbacks_ = std::move(callbacks);
    thread_ = std::thread([this] { deliver(); });
  }
  bool send(std::string frame) override {
    {
      std::lock_guard lock(mutex_);
      if (closed_) return false;
      ++sent_;
    }
    inbox.push(std::move(frame));
    return true;
  }
  void close() override { push(Close{std::nullopt}); }

  // ---- the test's side ----
  // Frames the code under test sent.
  Inbox inbox;
  void write(std::string frame) { push(std::move(frame)); }
  void write(const char* frame) { push(std::string(frame)); }
  void write(const Json& message) { push(boost::json::serialize(message)); }
  void write_oversize(std::size_t bytes) { push(Oversize{bytes}); }
  void hang_up(std::optional<std::string> why = std::nullopt) { push(Close{std::move(why)}); }
  std::size_t frames_sent() {
    std::lock_guard lock(mutex_);
    return sent_;
  }
  bool close_delivered() {
    std::lock_guard lock(mutex_);
    return close_delivered_;
  }

 private:
  struct Oversize {
    std::size_t bytes;
  };
  struct Close {
    std::optional<std::string> why;
  };
  using Event = std::variant<std::string, Oversize, Close>;

  void push(Event e) {
    std::lock_guard lock(mutex_);
    if (closing_) return;
    if (std::holds_alternative<Close>(e)) {
      closing_ = true;
      closed_ = true;  // sending stops at once, like a real transport after close()
    }
    events_.push_back(std::move(e));
    cv_.notify_all();
  }

  void deliver() {
    std::unique_lock lock(mutex_);
    for (;;) {
      cv_.wait(lock, [&] { return !events_.empty(); });
      Event e = std::move(events_.front());
      events_.pop_front();
      lock.unlock();
      if (auto* frame = std::get_if<std::string>(&e)) {
        if (callbacks_.on_frame) callbacks_.on_frame(std::move(*frame));
      } else if (auto* o = std::get_if<Oversize>(&e)) {
        if (callbacks_.on_oversize) callbacks_.on_oversize(o->bytes);
      } else {
        auto why = std::get<Close>(e).why;
        inbox.mark_closed(why);
        if (callbacks_.on_close) callbacks_.on_close(std::move(why));
        lock.lock();
        close_delivered_ = true;
        return;
      }
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<Event> events_;
  bool closing_ = false;
  bool closed_ = false;
  bool close_delivered_ = false;
  std::size_t sent_ = 0;
  Callbacks callbacks_;
  std::thread thread_;
};

}  // namespace sallyport::testing
