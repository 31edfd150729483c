// Spawns an MCP server as a child process and talks to it over its stdin/stdout. The child's
// stderr is passed through to ours (servers log there). Shutdown follows the spec's stdio
// sequence: close the child's stdin, wait, then SIGTERM, wait, then SIGKILL.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sallyport/rpc/channel.hpp"
#include "sallyport/transport/stdio.hpp"

namespace sallyport::transport {

struct ChildProcessOptions {
  std::vector<std::string> argv;                 // argv[0] is looked up in PATH
  std::map<std::string, std::string> extra_env;  // added to (or overriding) our environment
  std::optional<std::string> working_directory;
  StdioOptions stdio;
  std::chrono::milliseconds shutdown_grace{2000};  // per step of the shutdown sequence
};

class ChildProcessChannel : public rpc::Channel {
 public:
  // Throws std::system_error when the process cannot be started.
  explicit ChildProcessChannel(ChildProcessOptions options);
  ~ChildProcessChannel() override;

  void start(Callbacks callbacks) override;
  bool send(std::string frame) override;
  void close() override;

  int pid() const;
  // Exit status once the child has ended (after close() or on its own).
  std::optional<int> exit_status() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sallyport::transport
