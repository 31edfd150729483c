// The JSON-RPC 2.0 engine: one side of a connection. It correlates our requests with their
// responses (with timeouts, progress and cancellation), hands incoming requests to a handler on a
// worker thread together with an Exchange to answer through, and enforces the limits in
// rpc::Limits. It knows nothing about MCP methods beyond the two JSON-RPC-level notifications
// MCP defines for every request: notifications/cancelled and notifications/progress.
#pragma once

#include <functional>
#include <memory>

#include "sallyport/rpc/cancellation.hpp"
#include "sallyport/rpc/channel.hpp"
#include "sallyport/rpc/exchange.hpp"
#include "sallyport/rpc/message.hpp"

namespace sallyport::rpc {

class Peer : public std::enable_shared_from_this<Peer> {
 public:
  struct Options {
    Limits limits;
    std::size_t max_workers = 64;  // threads handling incoming requests (grown on demand)
    std::string name = "peer";     // for log lines
  };
  // Runs on a worker thread; answer through the exchange, now or later.
  using RequestHandler = std::function<void(std::shared_ptr<Exchange>)>;
  // Runs on the channel's reader thread, in arrival order: keep it short.
  using NotificationHandler = std::function<void(const Notification&)>;

  static std::shared_ptr<Peer> create(std::shared_ptr<Channel> channel, Options options);
  static std::shared_ptr<Peer> create(std::shared_ptr<Channel> channel) {
    return create(std::move(channel), Options{});
  }
  ~Peer();
  Peer(const Peer&) = delete;
  Peer& operator=(const Peer&) = delete;

  void on_request(RequestHandler handler);
  void on_notification(NotificationHandler handler);
  void on_close(std::function<void()> handler);
  void start();

  // Sends a request; `done` runs exactly once (response, timeout, cancellation or close).
  void call_async(std::string method, Json params, CallOptions options,
                  std::function<void(Response)> done);
  // Blocking form of call_async.
  Response call(std::string method, Json params, CallOptions options = {});
  bool notify(std::string method, Json params);

  void close();
  void wait_closed();
  bool closed() const;
  const Limits& limits() const;

 private:
  struct Impl;
  friend class PeerExchange;
  explicit Peer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sallyport::rpc
