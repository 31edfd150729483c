// What the JSON-RPC engine needs from a transport: a bidirectional stream of frames, one JSON
// text per frame. Transports (stdio, child process, in-memory, HTTP) implement it; the engine never
// sees sockets or pipes (the Beast layering: the protocol does not own the connection).
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace sallyport::rpc {

class Channel {
 public:
  struct Callbacks {
    std::function<void(std::string&& frame)> on_frame;
    // A frame longer than the channel's bound was discarded: the engine answers with an error.
    std::function<void(std::size_t bytes_seen)> on_oversize;
    // The channel ended (EOF, peer gone, or close()). Called once; error is empty on clean EOF.
    std::function<void(std::optional<std::string> error)> on_close;
  };

  virtual ~Channel() = default;
  // Begins delivering frames; callbacks run on a thread owned by the channel.
  virtual void start(Callbacks callbacks) = 0;
  // Thread-safe. Returns false when the channel is closed and the frame was dropped.
  virtual bool send(std::string frame) = 0;
  // Idempotent; on_close follows.
  virtual void close() = 0;

  // Called from inside on_frame by a consumer about to do long or blocking work on the
  // delivering thread: the channel goes on reading on another thread, and this thread is the
  // consumer's until on_frame returns. Returns false when the channel cannot (it has one
  // delivery thread); the consumer must then move the work elsewhere.
  // A channel may do the hand-off lazily, once the work turns out not to be short.
  virtual bool hand_off_reading() { return false; }
  // From inside a handed-off delivery, before blocking on input from the peer (an outgoing
  // request awaiting its response): reading must go on elsewhere now, not lazily.
  virtual void take_over_reading_now() {}
};

}  // namespace sallyport::rpc
