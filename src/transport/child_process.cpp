#include "sallyport/transport/child_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <system_error>
#include <thread>

extern char** environ;

namespace sallyport::transport {

namespace {

// waitpid with a deadline; returns the status when the child ended in time.
std::optional<int> wait_for_exit(pid_t pid, std::chrono::milliseconds grace) {
  auto deadline = std::chrono::steady_clock::now() + grace;
  for (;;) {
    int status = 0;
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0 && errno != EINTR) return -1;  // not our child any more (already reaped)
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

struct ChildProcessChannel::Impl {
  ChildProcessOptions options;
  pid_t pid = -1;
  std::unique_ptr<FdChannel> channel;
  std::mutex mutex;
  std::optional<int> status;
  bool reaped = false;

  // Called with `mutex` held: records the exit status if the child has already ended.
  void poll_exit() {
    if (reaped || pid <= 0) return;
    int s = 0;
    if (::waitpid(pid, &s, WNOHANG) == pid) {
      status = s;
      reaped = true;
    }
  }

  void reap() {
    std::lock_guard lock(mutex);
    poll_exit();
    if (reaped || pid <= 0) return;
    // The spec's sequence: stdin already closed by the caller; give the child time to exit.
    auto s = wait_for_exit(pid, options.shutdown_grace);
    if (!s) {
      ::kill(pid, SIGTERM);
      s = wait_for_exit(pid, options.shutdown_grace);
    }
    if (!s) {
      ::kill(pid, SIGKILL);
      s = wait_for_exit(pid, std::chrono::milliseconds(5000));
    }
    status = s;
    reaped = true;
  }
};

ChildProcessChannel::ChildProcessChannel(ChildProcessOptions options)
    : impl_(std::make_unique<Impl>()) {
  if (options.argv.empty()) throw std::invalid_argument("child process needs a command");
  impl_->options = std::move(options);
  auto& opt = impl_->options;

  int to_child[2], from_child[2];
  if (::pipe2(to_child, O_CLOEXEC) != 0) throw std::system_error(errno, std::generic_category());
  if (::pipe2(from_child, O_CLOEXEC) != 0) {
    ::close(to_child[0]);
    ::close(to_child[1]);
    throw std::system_error(errno, std::generic_category());
  }

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
  if (opt.working_directory)
    posix_spawn_file_actions_addchdir_np(&actions, opt.working_directory->c_str());

  // Environment: ours plus overrides.
  std::vector<std::string> env_storage;
  for (char** e = environ; e && *e; ++e) {
    std::string_view kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string_view::npos && opt.extra_env.contains(std::string(kv.substr(0, eq))))
      continue;
    env_storage.emplace_back(kv);
  }
  for (auto& [k, v] : opt.extra_env) env_storage.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& s : env_storage) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<char*> argv;
  for (auto& a : opt.argv) argv.push_back(a.data());
  argv.push_back(nullptr);

  // Own process group so that a terminal's Ctrl-C reaches us first and we shut down in order.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t default_signals;
  sigemptyset(&default_signals);
  sigaddset(&default_signals, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &default_signals);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

  pid_t pid = -1;
  int rc = ::posix_spawnp(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(to_child[0]);
  ::close(from_child[1]);
  if (rc != 0) {
    ::close(to_child[1]);
    ::close(from_child[0]);
    throw std::system_error(rc, std::generic_category(), "cannot start '" + opt.argv[0] + "'");
  }
  impl_->pid = pid;
  impl_->channel = std::make_unique<FdChannel>(from_child[0], to_child[1], opt.stdio, true);
}

ChildProcessChannel::~ChildProcessChannel() {
  close();
  impl_->channel.reset();
  impl_->reap();
}

void ChildProcessChannel::start(Callbacks callbacks) {
  impl_->channel->start(std::move(callbacks));
}
bool ChildProcessChannel::send(std::string frame) {
  return impl_->channel->send(std::move(frame));
}

void ChildProcessChannel::close() {
  // Closing our channel closes the child's stdin (the FdChannel owns the pipe ends only at
  // destruction), so destroy it: that is the spec's first shutdown step.
  if (!impl_->channel) return;
  impl_->channel->close();
}

int ChildProcessChannel::pid() const {
  return impl_->pid;
}

std::optional<int> ChildProcessChannel::exit_status() const {
  std::lock_guard lock(impl_->mutex);
  impl_->poll_exit();  // a child that ended on its own is reaped here, without blocking
  return impl_->status;
}

}  // namespace sallyport::transport
