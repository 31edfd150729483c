// Running one of the built programs from a test: argv in, exit status and captured
// stdout/stderr out, with a deadline so a hang fails the test instead of the whole run.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace sallyport::testing {

struct Outcome {
  int code = -1;  // exit status; -1 when killed or not started
  std::string out, err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs argv (argv[0] a path) with stdout/stderr captured in temporary files. stdin is
// /dev/null unless `stdin_fd` is given (the caller keeps ownership). Killed after `timeout`.
inline Outcome run(const std::vector<std::string>& argv, int stdin_fd = -1,
                   std::chrono::seconds timeout = std::chrono::seconds(60)) {
  char out_path[] = "/tmp/sallyport-run-out-XXXXXX";
  char err_path[] = "/tmp/sallyport-run-err-XXXXXX";
  int out_fd = ::mkstemp(out_path);
  int err_fd = ::mkstemp(err_path);
  int null_fd = ::open("/dev/null", O_RDONLY);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, stdin_fd >= 0 ? stdin_fd : null_fd, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  int rc = ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(null_fd);
  ::close(out_fd);
  ::close(err_fd);
  Outcome r;
  if (rc == 0) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    for (;;) {
      if (::waitpid(pid, &status, WNOHANG) == pid) break;
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        status = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    r.code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  r.out = slurp(out_path);
  r.err = slurp(err_path);
  ::unlink(out_path);
  ::unlink(err_path);
  return r;
}

inline std::string describe(const Outcome& r) {
  return "exit " + std::to_string(r.code) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
}

// Parses stdout as exactly one JSON document (Boost.JSON rejects trailing content).
inline boost::json::value parse_json(const std::string& text) {
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  EXPECT_FALSE(ec) << "stdout is not one JSON document: " << ec.message() << "\n" << text;
  return v;
}

}  // namespace sallyport::testing
