// Newline-delimited frames over file descriptors, read by a leader/follower group of threads:
// one thread (the reader) runs the read loop; when a consumer takes the delivering thread for
// work (hand_off_reading), a standby thread becomes the reader and the old one joins the
// standby set when the consumer is done. The read state (buffer) is only ever touched by the
// current reader, so it needs no lock of its own.
//
// The take-over is lazy: most deliveries (a tools/call answered in microseconds) end long before
// another thread could even wake up, and on small machines that wake-up costs more than the
// whole request. So hand_off_reading() only arms a watchdog; a delivery still running after one
// to two ticks (StdioOptions::takeover_delay) gets a standby reader then, and
// take_over_reading_now() does it at once for a consumer about to block on the peer.
//
// The reader blocks in read(2) itself, without a poll(2) first: on a request/response stdio
// exchange that extra system call is a tenth of the round trip. close() still has to end a
// blocked read, and a pipe offers no way to do that from our side, so (see interrupt_reader):
// the reader reads a private duplicate of the descriptor, close() first swaps /dev/null in under
// that number (any read not yet started sees EOF) and then sends the reading thread
// kInterruptSignal, whose handler is installed without SA_RESTART (a read already blocked returns
// EINTR). When the signal is not ours to take (the application handles it), or the descriptor
// is non-blocking, the reader waits in poll() with the self-pipe as before.
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "sallyport/transport/stdio.hpp"

namespace sallyport::transport {

namespace {
// Writing to a pipe whose reader is gone must be an error we handle, not a process-killing signal.
void ignore_sigpipe_once() {
  static std::once_flag once;
  std::call_once(once, [] { ::signal(SIGPIPE, SIG_IGN); });
}

// Rarely used by applications, and ignored by default: a stray one harms nobody.
constexpr int kInterruptSignal = SIGURG;

void on_interrupt_signal(int) {}  // its only effect is the EINTR of the blocked read

// Whether close() can interrupt a blocked read(2) with kInterruptSignal. We take the signal only
// when nobody else did: an application's own handler stays in place (and we keep polling).
bool reads_are_interruptible() {
  static const bool ok = [] {
    struct sigaction old {};
    if (::sigaction(kInterruptSignal, nullptr, &old) != 0) return false;
    if ((old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL) return false;
    struct sigaction sa {};
    sa.sa_handler = on_interrupt_signal;
    ::sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: the interrupted read must return, not resume
    return ::sigaction(kInterruptSignal, &sa, nullptr) == 0;
  }();
  return ok;
}

// Reader threads inherit the creator's signal mask; one that blocks kInterruptSignal could not
// be interrupted.
void unblock_interrupt_signal() {
  sigset_t set;
  ::sigemptyset(&set);
  ::sigaddset(&set, kInterruptSignal);
  ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}
}  // namespace

struct FdChannel::Impl {
  int read_fd = -1;
  int write_fd = -1;
  StdioOptions options;
  bool owns_fds = false;
  int wake[2] = {-1, -1};  // self-pipe: lets close() interrupt a reader blocked in poll()
  // What the reader reads: a duplicate of read_fd that close() points at /dev/null (see the top
  // of the file). -1 until start().
  int own_read_fd = -1;
  bool interruptible = false;  // read without poll(), interrupted by kInterruptSignal
  // Which thread is inside read(2) on own_read_fd, so close() signals that thread and no other.
  std::mutex read_mutex;
  bool in_read = false;
  pthread_t read_thread{};
  std::mutex write_mutex;
  std::atomic<bool> closing{false};
  std::atomic<bool> closed_notified{false};
  Callbacks callbacks;

  // Leader/follower state.
  std::mutex mutex;
  std::condition_variable cv;
  std::vector<std::thread> threads;
  std::thread::id reader;      // the thread running the read loop (none while handing over)
  bool reader_wanted = false;  // a standby thread should take over
  bool finished = false;       // the read loop ended for good
  std::size_t standby = 0;

  // Lazy take-over (see the top of the file). `armed` is set while the reader delivers a frame
  // whose consumer asked for a hand-off; `armed_seq` tells the watchdog whether the delivery it
  // saw armed on its last tick is still the same one.
  bool armed = false;
  std::uint64_t armed_seq = 0;
  std::thread watchdog;
  bool watchdog_parked = false;
  std::condition_variable watchdog_cv;

  // Read state, owned by the current reader and handed over with the role (under `mutex`).
  std::string inbox;           // bytes read and not yet delivered
  std::size_t inbox_pos = 0;   // start of the undelivered part
  std::size_t discarding = 0;  // > 0 while skipping the rest of an oversize line

  void notify_closed(std::optional<std::string> why) {
    if (closed_notified.exchange(true)) return;
    if (callbacks.on_close) callbacks.on_close(std::move(why));
  }

  // After a delivery: whether this thread is still the reader. A delivery that ends disarms
  // the watchdog.
  bool is_reader() {
    std::lock_guard lock(mutex);
    if (reader != std::this_thread::get_id()) return false;
    armed = false;
    return true;
  }

  // Under `mutex`: the current reader gives up the role to a standby thread (started if none
  // waits). False when the thread budget is spent.
  bool promote_standby() {
    if (finished) return false;
    if (standby == 0 && threads.size() >= options.max_reader_threads) return false;
    reader = std::thread::id{};
    reader_wanted = true;
    armed = false;
    if (standby == 0) threads.emplace_back([this] { thread_main(); });
    cv.notify_all();
    return true;
  }

  // Ticks while deliveries are armed; parks after a quiet spell so an idle channel costs no
  // wake-ups. A delivery seen armed on two consecutive ticks has run for at least one tick.
  void watchdog_main() {
    std::unique_lock lock(mutex);
    std::uint64_t seen = 0;
    int quiet_ticks = 0;
    constexpr int kParkAfter = 64;
    while (!finished) {
      if (armed && armed_seq == seen) promote_standby();
      seen = armed ? armed_seq : 0;
      quiet_ticks = armed ? 0 : quiet_ticks + 1;
      if (quiet_ticks >= kParkAfter) {
        watchdog_parked = true;
        watchdog_cv.wait(lock, [this] { return finished || armed; });
        watchdog_parked = false;
        quiet_ticks = 0;
        seen = 0;
        continue;
      }
      watchdog_cv.wait_for(lock, options.takeover_delay, [this] { return finished; });
    }
  }

  // Delivers every complete frame in the inbox. Returns false when this thread stopped being
  // the reader during a callback: the inbox then belongs to the next reader and is not touched.
  bool deliver() {
    for (;;) {
      std::string_view rest(inbox.data() + inbox_pos, inbox.size() - inbox_pos);
      auto nl = rest.find('\n');
      if (discarding) {
        if (nl == std::string_view::npos) {
          discarding += rest.size();
          inbox_pos = inbox.size();
          return true;
        }
        std::size_t seen = discarding + nl;
        discarding = 0;
        inbox_pos += nl + 1;
        if (callbacks.on_oversize) callbacks.on_oversize(seen);
        if (!is_reader()) return false;
        continue;
      }
      if (nl == std::string_view::npos) {
        if (rest.size() > options.max_frame_bytes) {  // an oversize line still arriving
          discarding = rest.size();
          inbox_pos = inbox.size();
        }
        return true;
      }
      if (nl > options.max_frame_bytes) {
        inbox_pos += nl + 1;
        if (callbacks.on_oversize) callbacks.on_oversize(nl);
        if (!is_reader()) return false;
        continue;
      }
      std::string_view line = rest.substr(0, nl);
      inbox_pos += nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);        // tolerate CRLF
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank line
      std::string frame(line);
      if (callbacks.on_frame) callbacks.on_frame(std::move(frame));
      if (!is_reader()) return false;
    }
  }

  // Blocks until own_read_fd is readable (or at EOF or in error). False when close() asked us to
  // stop or poll failed (then `why` says why).
  bool wait_readable(std::optional<std::string>& why) {
    for (;;) {
      pollfd fds[2] = {{own_read_fd, POLLIN, 0}, {wake[0], POLLIN, 0}};
      if (::poll(fds, 2, -1) >= 0) return fds[1].revents == 0;
      if (errno != EINTR) {
        why = std::strerror(errno);
        return false;
      }
    }
  }

  // read(2) on own_read_fd, registered as in progress so that close() can interrupt it. Returns
  // 0 (as at EOF) once the channel is closing.
  ssize_t read_some(char* buffer, std::size_t size) {
    {
      std::lock_guard lock(read_mutex);
      if (closing) return 0;
      in_read = true;
      read_thread = ::pthread_self();
    }
    ssize_t n = ::read(own_read_fd, buffer, size);
    int saved = errno;
    {
      std::lock_guard lock(read_mutex);
      in_read = false;
    }
    errno = saved;
    return n;
  }

  // close(): ends a read in progress or about to start. Swapping /dev/null in first catches a
  // reader between registering and entering read(2), where a signal would come too early; the
  // signal catches one already blocked on the old file.
  void interrupt_reader() {
    if (own_read_fd < 0) return;
    int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd >= 0) {
      ::dup3(null_fd, own_read_fd, O_CLOEXEC);
      ::close(null_fd);
    }
    std::lock_guard lock(read_mutex);
    if (in_read && interruptible) ::pthread_kill(read_thread, kInterruptSignal);
  }

  // Runs while this thread is the reader. Returns true when the channel ended, false when the
  // reader role moved to another thread.
  bool read_loop() {
    if (!deliver()) return false;  // frames inherited from the previous reader
    std::optional<std::string> why;
    for (;;) {
      if (!interruptible && !wait_readable(why)) break;
      // Compact before reading more so the inbox stays about one chunk long.
      if (inbox_pos > 0) {
        inbox.erase(0, inbox_pos);
        inbox_pos = 0;
      }
      char chunk[64 * 1024];
      ssize_t n = read_some(chunk, sizeof chunk);
      if (n < 0) {
        if (errno == EINTR) continue;  // read_some sees `closing` when close() interrupted us
        if (errno != EAGAIN) {
          why = std::strerror(errno);
          break;
        }
        if (!wait_readable(why)) break;  // a non-blocking descriptor: wait for bytes
        continue;
      }
      if (n == 0) break;  // EOF (the other side closed its end), or close()
      inbox.append(chunk, static_cast<std::size_t>(n));
      if (!deliver()) return false;
    }
    closing = true;
    {
      std::lock_guard lock(mutex);
      finished = true;
      cv.notify_all();
      watchdog_cv.notify_all();
    }
    notify_closed(std::move(why));
    return true;
  }

  void thread_main() {
    if (interruptible) unblock_interrupt_signal();
    std::unique_lock lock(mutex);
    for (;;) {
      ++standby;
      cv.wait(lock, [this] { return finished || reader_wanted; });
      --standby;
      if (finished) return;
      reader_wanted = false;
      reader = std::this_thread::get_id();
      lock.unlock();
      bool ended = read_loop();
      lock.lock();
      if (ended) return;
    }
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
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(impl_->mutex);
    impl_->finished = true;  // ends the watchdog even when no reader ever ran
    impl_->watchdog_cv.notify_all();
    threads.swap(impl_->threads);
    if (impl_->watchdog.joinable()) threads.push_back(std::move(impl_->watchdog));
  }
  for (auto& t : threads) {
    if (t.get_id() == std::this_thread::get_id())
      t.detach();  // destroyed from inside our own callback: that thread finishes on its own
    else if (t.joinable())
      t.join();
  }
  ::close(impl_->wake[0]);
  ::close(impl_->wake[1]);
  if (impl_->own_read_fd >= 0) ::close(impl_->own_read_fd);
  if (impl_->owns_fds) {
    ::close(impl_->read_fd);
    if (impl_->write_fd != impl_->read_fd) ::close(impl_->write_fd);
  }
}

void FdChannel::start(Callbacks callbacks) {
  impl_->callbacks = std::move(callbacks);
  impl_->own_read_fd = ::fcntl(impl_->read_fd, F_DUPFD_CLOEXEC, 0);
  if (impl_->own_read_fd < 0) throw std::system_error(errno, std::generic_category());
  impl_->interruptible = reads_are_interruptible();
  std::lock_guard lock(impl_->mutex);
  impl_->reader_wanted = true;
  impl_->threads.emplace_back([impl = impl_.get()] { impl->thread_main(); });
}

bool FdChannel::hand_off_reading() {
  auto& s = *impl_;
  std::lock_guard lock(s.mutex);
  if (s.finished || s.reader != std::this_thread::get_id()) return false;
  if (s.standby == 0 && s.threads.size() >= s.options.max_reader_threads) return false;
  if (s.options.takeover_delay.count() <= 0) return s.promote_standby();
  s.armed = true;
  ++s.armed_seq;
  if (!s.watchdog.joinable())
    s.watchdog = std::thread([impl = impl_.get()] { impl->watchdog_main(); });
  else if (s.watchdog_parked)
    s.watchdog_cv.notify_all();
  return true;
}

void FdChannel::take_over_reading_now() {
  auto& s = *impl_;
  std::lock_guard lock(s.mutex);
  if (s.reader == std::this_thread::get_id() && s.armed) s.promote_standby();
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
  impl_->interrupt_reader();
  if (impl_->owns_fds && impl_->write_fd != impl_->read_fd) {
    // An owned write end must close now, so the other side sees EOF (for a child process that
    // is the first step of the stdio shutdown). /dev/null is swapped in rather than closing:
    // the descriptor stays valid for a send() still in progress, and its number is not reused.
    int null_fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null_fd >= 0) {
      ::dup3(null_fd, impl_->write_fd, O_CLOEXEC);
      ::close(null_fd);
    }
  }
  bool started;
  {
    std::lock_guard lock(impl_->mutex);
    started = !impl_->threads.empty();
  }
  if (!started) impl_->notify_closed(std::nullopt);
}

std::shared_ptr<rpc::Channel> stdio_channel(StdioOptions options) {
  return std::make_shared<FdChannel>(STDIN_FILENO, STDOUT_FILENO, options, false);
}

}  // namespace sallyport::transport
