// Bounded waiting for tests: a bug must turn into a failure, never into a hung test run.
#pragma once

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace sallyport::testing {

using namespace std::chrono_literals;

// Generous enough for a loaded CI machine under sanitizers; only reached when something is wrong.
inline constexpr std::chrono::milliseconds kWait{5000};

// The value of `future`, or nullopt when it is not ready within `timeout`.
template <typename T>
std::optional<T> get_within(std::future<T>& future, std::chrono::milliseconds timeout = kWait) {
  if (future.wait_for(timeout) != std::future_status::ready) return std::nullopt;
  return future.get();
}

inline bool ready_within(std::future<void>& future, std::chrono::milliseconds timeout = kWait) {
  if (future.wait_for(timeout) != std::future_status::ready) return false;
  future.get();
  return true;
}

// For conditions nothing can signal (a weak_ptr expiring, a process being reaped): polls.
template <typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout = kWait) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!pred()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(2ms);
  }
  return true;
}

// A one-shot flag a test thread can wait on with a bound.
class Latch {
 public:
  void open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    cv_.notify_all();
  }
  bool wait(std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [this] { return open_; });
  }
  bool is_open() {
    std::lock_guard lock(mutex_);
    return open_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool open_ = false;
};

}  // namespace sallyport::testing
