#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <thread>

#include "sallyport/transport/stdio.hpp"

namespace sallyport::transport {

namespace {
// Writing to a pipe whose reader is gone must be an error we handle, not a process-killing signal.
void ignore_sigpipe_once() {
  static std::once_flag once;
  std::call_once(once, [] { ::signal(SIGPIPE, SIG_IGN); });
}
}  // namespace

struct FdChannel::Impl {
  int read_fd;
  int write_fd;
  StdioOptions options;
  bool owns_fds;
  int wake[2] = {-1, -1};  // self-pipe: lets close() interrupt a reader blocked in poll()
  std::thread reader;
  std::mutex write_mutex;
  std::atomic<bool> closing{false};
  std::atomic<bool> closed_notified{false};
  Callbacks callbacks;

  void notify_closed(std::optional<std::string> why) {
    if (closed_notified.exchange(true)) return;
    if (callbacks.on_close) callbacks.on_close(std::move(why));
  }

  void run() {
    std::string buffer;
    std::size_t discarding = 0;  // > 0 while skipping the rest of an oversize line
    char chunk[64 * 1024];
    std::optional<std::string> why;
    for (;;) {
      pollfd fds[2] = {{read_fd, POLLIN, 0}, {wake[0], POLLIN, 0}};
      int r = ::poll(fds, 2, -1);
      if (r < 0) {
        if (errno == EINTR) continue;
        why = std::strerror(errno);
        break;
      }
      if (fds[1].revents) break;  // close() asked us to stop
      ssize_t n = ::read(read_fd, chunk, sizeof chunk);
      if (n < 0) {
        if (errno == EINTR || errno == EAGAIN) continue;
        why = std::strerror(errno);
        break;
      }
      if (n == 0) break;  // EOF: the other side closed its end
      std::string_view data(chunk, static_cast<std::size_t>(n));
      while (!data.empty()) {
        auto nl = data.find('\n');
        std::string_view part = data.substr(0, nl);
        if (discarding) {
          discarding += part.size();
        } else if (buffer.size() + part.size() > options.max_frame_bytes) {
          discarding = buffer.size() + part.size();
          buffer.clear();
        } else {
          buffer.append(part);
        }
        if (nl == std::string_view::npos) break;
        data.remove_prefix(nl + 1);
        if (discarding) {
          if (callbacks.on_oversize) callbacks.on_oversize(discarding);
          discarding = 0;
          continue;
        }
        if (!buffer.empty() && buffer.back() == '\r') buffer.pop_back();  // tolerate CRLF
        if (buffer.find_first_not_of(" \t") == std::string::npos) {
          buffer.clear();  // blank lines carry nothing
          continue;
        }
        std::string frame;
        frame.swap(buffer);
        if (callbacks.on_frame) callbacks.on_frame(std::move(frame));
      }
    }
    closing = true;
    notify_closed(std::move(why));
  }
};

FdChannel::FdChannel(int read_fd, int write_fd, StdioOptions options, bool owns_fds)
    : impl_(std::make_unique<Impl>()) {
  ignore_sigpipe_once();
  impl_->read_fd = read_fd;
  impl_->write_fd = write_fd;
  impl_->options = options;
  impl_->owns_fds = owns_fds;
  if (::pipe2(impl_->wake, O_CLOEXEC) != 0) throw std::system_error(errno, std::generic_category());
}

FdChannel::~FdChannel() {
  close();
  if (impl_->reader.joinable()) {
    if (impl_->reader.get_id() == std::this_thread::get_id())
      impl_->reader.detach();
    else
      impl_->reader.join();
  }
  ::close(impl_->wake[0]);
  ::close(impl_->wake[1]);
  if (impl_->owns_fds) {
    ::close(impl_->read_fd);
    if (impl_->write_fd != impl_->read_fd) ::close(impl_->write_fd);
  }
}

void FdChannel::start(Callbacks callbacks) {
  impl_->callbacks = std::move(callbacks);
  impl_->reader = std::thread([impl = impl_.get()] { impl->run(); });
}

bool FdChannel::send(std::string frame) {
  if (impl_->closing) return false;
  frame.push_back('\n');
  std::lock_guard lock(impl_->write_mutex);
  const char* p = frame.data();
  std::size_t left = frame.size();
  while (left > 0) {
    ssize_t n = ::write(impl_->write_fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd pfd{impl_->write_fd, POLLOUT, 0};
        ::poll(&pfd, 1, 1000);
        continue;
      }
      return false;  // EPIPE and friends: the reader is gone; the read side will report EOF
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

void FdChannel::close() {
  if (impl_->closing.exchange(true)) return;
  char c = 'x';
  [[maybe_unused]] auto ignored = ::write(impl_->wake[1], &c, 1);
  if (!impl_->reader.joinable()) impl_->notify_closed(std::nullopt);  // never started
}

std::shared_ptr<rpc::Channel> stdio_channel(StdioOptions options) {
  return std::make_shared<FdChannel>(STDIN_FILENO, STDOUT_FILENO, options, false);
}

}  // namespace sallyport::transport
