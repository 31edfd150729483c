// An elastic pool for request handlers. Handlers may block for a long time (a legacy tool waiting
// for the user to answer an elicitation), so a fixed pool could starve; instead a thread is
// added whenever every existing one is busy, up to a cap, and idle threads above a small core
// retire. The cap is the engine's concurrent-request limit, so it is bounded.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sallyport::rpc::detail {

class WorkerPool {
 public:
  explicit WorkerPool(std::size_t max_threads, std::size_t core_threads = 2)
      : max_threads_(max_threads ? max_threads : 1), core_threads_(core_threads) {}
  ~WorkerPool() { shutdown(); }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void post(std::function<void()> job) {
    std::unique_lock lock(mutex_);
    if (stopping_) return;
    queue_.push_back(std::move(job));
    if (idle_ == 0 && threads_.size() < max_threads_) {
      threads_.emplace_back([this] { run(); });
    } else {
      cv_.notify_one();
    }
  }

  // Waits for running jobs to finish; queued jobs are dropped. Safe to call from a worker.
  void shutdown() {
    std::vector<std::thread> threads;
    {
      std::unique_lock lock(mutex_);
      stopping_ = true;
      queue_.clear();
      threads.swap(threads_);
      threads.insert(threads.end(), std::make_move_iterator(retired_.begin()),
                     std::make_move_iterator(retired_.end()));
      retired_.clear();
    }
    cv_.notify_all();
    for (auto& t : threads) {
      if (t.get_id() == std::this_thread::get_id())
        t.detach();
      else if (t.joinable())
        t.join();
    }
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      ++idle_;
      bool woke = cv_.wait_for(lock, std::chrono::seconds(30),
                               [this] { return stopping_ || !queue_.empty(); });
      --idle_;
      if (stopping_) return;
      if (!woke) {
        if (threads_.size() > core_threads_) return retire();
        continue;
      }
      auto job = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      job();
      lock.lock();
    }
  }

  // Called with the lock held: move this thread's handle aside so shutdown() can join it.
  void retire() {
    auto self = std::this_thread::get_id();
    for (auto it = threads_.begin(); it != threads_.end(); ++it) {
      if (it->get_id() == self) {
        retired_.push_back(std::move(*it));
        threads_.erase(it);
        break;
      }
    }
    // Join retired threads other than ourselves opportunistically to keep the list short.
    for (auto it = retired_.begin(); it != retired_.end();) {
      if (it->get_id() != self && it->joinable()) {
        // A retired thread has left run() or is about to; detaching is safe: it touches no state.
        it->detach();
        it = retired_.erase(it);
      } else {
        ++it;
      }
    }
  }

  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
  std::vector<std::thread> retired_;
  std::size_t idle_ = 0;
  std::size_t max_threads_;
  std::size_t core_threads_;
  bool stopping_ = false;
};

}  // namespace sallyport::rpc::detail
