// Newline-delimited JSON-RPC over a pair of file descriptors: the stdio transport of the MCP spec.
// A server uses stdin/stdout; a client uses the pipes of a child process (child_process.hpp).
// Messages must not contain embedded newlines, which JSON serialisation guarantees.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>

#include "sallyport/rpc/channel.hpp"

namespace sallyport::transport {

struct StdioOptions {
  std::size_t max_frame_bytes = 4 * 1024 * 1024;  // longer lines are discarded and reported
  // Threads that may take over reading when a consumer keeps the delivering thread busy
  // (hand_off_reading); past this the consumer falls back to its own pool.
  std::size_t max_reader_threads = 72;
  // How long a delivery that asked for a hand-off may keep the reader before a standby thread
  // takes over (it happens after one to two of these). Short deliveries then cost no thread
  // wake-up at all; zero hands off at once.
  std::chrono::microseconds takeover_delay{1000};
};

class FdChannel : public rpc::Channel {
 public:
  // Takes ownership of neither descriptor unless `owns_fds` (then close() closes them).
  FdChannel(int read_fd, int write_fd, StdioOptions options = {}, bool owns_fds = false);
  ~FdChannel() override;

  void start(Callbacks callbacks) override;
  bool send(std::string frame) override;
  void close() override;
  bool hand_off_reading() override;
  void take_over_reading_now() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The process's own stdin/stdout (server side).
std::shared_ptr<rpc::Channel> stdio_channel(StdioOptions options = {});

}  // namespace sallyport::transport
