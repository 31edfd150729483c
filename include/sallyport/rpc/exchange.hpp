// One incoming request and the ways to answer it. The engine over a stream (stdio) and the HTTP
// transport each implement it, so the MCP server logic above is the same for both.
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include "sallyport/rpc/cancellation.hpp"
#include "sallyport/rpc/message.hpp"

namespace sallyport::rpc {

struct CallOptions {
  std::chrono::milliseconds timeout{0};  // 0: the engine's default (Limits::request_timeout)
  // When set, a progressToken is attached to the request's _meta and each
  // notifications/progress for it is delivered here (params object, on the reader thread).
  std::function<void(const Json& progress)> on_progress;
  bool reset_timeout_on_progress = false;
  std::optional<CancellationToken> cancellation;
};

class Exchange {
 public:
  virtual ~Exchange() = default;

  virtual const Request& request() const = 0;
  // Cancelled when the peer sends notifications/cancelled, the stream closes, or on shutdown.
  virtual const CancellationToken& cancellation() const = 0;

  // Exactly one answer per exchange; later ones are ignored. A cancelled exchange sends nothing
  // (JSON-RPC peers must not answer a request the other side cancelled).
  virtual void respond(Json result) = 0;
  // A result already serialised (the text of a JSON object), for transports that write JSON
  // text: it is sent as is, which spares building a DOM for it and serialising that. Callers
  // ask takes_serialized_results() first; the default parses the text and calls respond().
  virtual bool takes_serialized_results() const { return false; }
  virtual void respond_serialized(std::string result) { respond(boost::json::parse(result)); }
  virtual void fail(Error error) = 0;
  virtual bool answered() const = 0;

  // A notification that belongs to this request (progress, log messages, ...).
  virtual void notify(std::string method, Json params) = 0;
  // A request to the peer on behalf of this one (legacy sampling/elicitation/roots). Blocks.
  // Transports that cannot carry it answer with an Error (kMethodNotFound).
  virtual Response call(std::string method, Json params, const CallOptions& options) = 0;
};

}  // namespace sallyport::rpc
