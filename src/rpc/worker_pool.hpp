// An elastic pool for request handlers. Handlers may block for a long time (a legacy tool waiting
// for the user to answer an elicitation), so a fixed pool could starve; instead a thread is
// added whenever every existing one is busy, up to a cap, and idle threads above a small core
// retire. The cap is the engine's concurrent-request limit, so it is bounded.
//
// A job may own the pool's owner (a handler's exchange keeps its Peer alive), so the pool can be
// destroyed by one of its own threads when a job lets go. The threads therefore share the
// pool's state rather than pointing into the pool, and release each job without holding a lock.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sallyport::rpc::detail {

class WorkerPool {
 public:
  explicit WorkerPool(std::size_t max_threads, std::size_t core_threads = 2)
      : state_(std::make_shared<State>()) {
    state_->max_threads = max_threads ? max_threads : 1;
    state_->core_threads = core_threads;
  }
  ~WorkerPool() { shutdown(); }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void post(std::function<void()> job) {
    std::unique_lock lock(state_->mutex);
    if (state_->stopping) {
      lock.unlock();
      return;  // `job` is released here, outside the lock
    }
    state_->queue.push_back(std::move(job));
    // An idle thread already woken for an earlier job still counts as idle until it takes that
    // job: spawn unless there are more idle threads than queued jobs, or a job could sit
    // behind a long-running handler with nobody to run it.
    if (state_->queue.size() > state_->idle && state_->threads.size() < state_->max_threads) {
      state_->threads.emplace_back([s = state_] { run(s); });
    } else {
      state_->cv.notify_one();
    }
  }

  // Waits for running jobs to finish; queued jobs are dropped. Safe to call from a worker.
  void shutdown() {
    std::vector<std::thread> threads;
    std::deque<std::function<void()>> dropped;
    {
      std::lock_guard lock(state_->mutex);
      state_->stopping = true;
      dropped.swap(state_->queue);
      threads.swap(state_->threads);
    }
    state_->cv.notify_all();
    dropped.clear();
    for (auto& t : threads) {
      if (t.get_id() == std::this_thread::get_id())
        t.detach();  // we are that worker: it ends when its job returns
      else if (t.joinable())
        t.join();
    }
  }

 private:
  struct State {
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<std::function<void()>> queue;
    std::vector<std::thread> threads;
    std::size_t idle = 0;
    std::size_t max_threads = 1;
    std::size_t core_threads = 2;
    bool stopping = false;
  };

  static void run(const std::shared_ptr<State>& s) {
    std::unique_lock lock(s->mutex);
    for (;;) {
      ++s->idle;
      bool woke = s->cv.wait_for(lock, std::chrono::seconds(30),
                                 [&] { return s->stopping || !s->queue.empty(); });
      --s->idle;
      if (s->stopping) return;
      if (!woke) {
        if (s->threads.size() > s->core_threads) return retire(*s);
        continue;
      }
      auto job = std::move(s->queue.front());
      s->queue.pop_front();
      lock.unlock();
      job();
      job = nullptr;  // may destroy the pool's owner (and call shutdown()): not under our lock
      lock.lock();
    }
  }

  // Called with the lock held: this thread leaves the pool; it holds the state it still touches.
  static void retire(State& s) {
    auto self = std::this_thread::get_id();
    for (auto it = s.threads.begin(); it != s.threads.end(); ++it) {
      if (it->get_id() == self) {
        it->detach();
        s.threads.erase(it);
        return;
      }
    }
  }

  std::shared_ptr<State> state_;
};

}  // namespace sallyport::rpc::detail
