#include "sallyport/transport/memory.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sallyport::transport {

namespace {

// One direction of the pair: a queue drained by its own delivery thread.
struct Pipe {
  std::mutex mutex;
  std::condition_variable cv;
  std::deque<std::string> frames;
  bool closed = false;
};

class MemoryChannel : public rpc::Channel {
 public:
  MemoryChannel(std::shared_ptr<Pipe> in, std::shared_ptr<Pipe> out)
      : in_(std::move(in)), out_(std::move(out)) {}
  ~MemoryChannel() override {
    close();
    if (thread_.joinable()) {
      if (thread_.get_id() == std::this_thread::get_id())
        thread_.detach();
      else
        thread_.join();
    }
  }

  void start(Callbacks callbacks) override {
    callbacks_ = std::move(callbacks);
    thread_ = std::thread([this] {
      std::unique_lock lock(in_->mutex);
      for (;;) {
        in_->cv.wait(lock, [this] { return in_->closed || !in_->frames.empty(); });
        if (in_->frames.empty()) break;  // closed and drained
        auto frame = std::move(in_->frames.front());
        in_->frames.pop_front();
        lock.unlock();
        if (callbacks_.on_frame) callbacks_.on_frame(std::move(frame));
        lock.lock();
      }
      lock.unlock();
      if (callbacks_.on_close) callbacks_.on_close(std::nullopt);
    });
  }

  bool send(std::string frame) override {
    std::lock_guard lock(out_->mutex);
    if (out_->closed) return false;
    out_->frames.push_back(std::move(frame));
    out_->cv.notify_one();
    return true;
  }

  void close() override {
    for (auto& p : {in_, out_}) {
      std::lock_guard lock(p->mutex);
      p->closed = true;
      p->cv.notify_all();
    }
  }

 private:
  std::shared_ptr<Pipe> in_, out_;
  Callbacks callbacks_;
  std::thread thread_;
};

}  // namespace

std::pair<std::shared_ptr<rpc::Channel>, std::shared_ptr<rpc::Channel>> memory_pair() {
  auto a_to_b = std::make_shared<Pipe>();
  auto b_to_a = std::make_shared<Pipe>();
  return {std::make_shared<MemoryChannel>(b_to_a, a_to_b),
          std::make_shared<MemoryChannel>(a_to_b, b_to_a)};
}

}  // namespace sallyport::transport
