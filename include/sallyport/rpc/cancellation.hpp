// Cooperative cancellation shared between whoever may cancel (a peer's notifications/cancelled,
// a closed HTTP stream, a timeout) and whoever does the work (a handler polling or subscribing).
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace sallyport::rpc {

class CancellationToken {
 public:
  CancellationToken() : state_(std::make_shared<State>()) {}

  bool is_cancelled() const noexcept { return state_->cancelled.load(std::memory_order_acquire); }
  std::string reason() const {
    std::lock_guard lock(state_->mutex);
    return state_->reason;
  }
  // Runs `callback` once when cancelled (immediately if already cancelled).
  void on_cancel(std::function<void()> callback) const {
    on_cancel_with_reason([cb = std::move(callback)](const std::string&) { cb(); });
  }
  // The same, handing the callback the reason. A callback must not hold a copy of its own token
  // to read the reason: the token would own itself and never be freed.
  void on_cancel_with_reason(std::function<void(const std::string&)> callback) const {
    std::string reason;
    {
      std::lock_guard lock(state_->mutex);
      if (!state_->cancelled.load(std::memory_order_relaxed)) {
        state_->callbacks.push_back(std::move(callback));
        return;
      }
      reason = state_->reason;
    }
    callback(reason);
  }
  // Returns true when this call did the cancelling.
  bool cancel(std::string reason = {}) const {
    std::vector<std::function<void(const std::string&)>> callbacks;
    {
      std::lock_guard lock(state_->mutex);
      if (state_->cancelled.load(std::memory_order_relaxed)) return false;
      state_->reason = reason;
      state_->cancelled.store(true, std::memory_order_release);
      callbacks.swap(state_->callbacks);
    }
    for (auto& cb : callbacks) cb(reason);
    return true;
  }

 private:
  struct State {
    std::atomic<bool> cancelled{false};
    mutable std::mutex mutex;
    std::string reason;
    std::vector<std::function<void(const std::string&)>> callbacks;
  };
  std::shared_ptr<State> state_;
};

}  // namespace sallyport::rpc
