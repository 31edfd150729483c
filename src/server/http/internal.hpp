// The MCP binding of the HTTP server: what its files share. Internal header.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sallyport/http/server.hpp"
#include "sallyport/rpc/exchange.hpp"
#include "sallyport/server/http.hpp"
#include "server/engine.hpp"

namespace sallyport::server::http_binding {

// ---- responses ------------------------------------------------------------------------------

// A JSON-RPC error as an HTTP response (the body is never empty).
http::Response error_response(int status, const std::optional<rpc::RequestId>& id,
                              const Error& error);
http::Response json_response(int status, std::string body);

// -32000 is what the reference SDKs use for transport-level refusals (no session, ...).
inline constexpr int kTransportError = -32000;

// ---- validation -----------------------------------------------------------------------------

struct OriginPolicy {
  bool protect = false;
  std::vector<std::string> hosts;    // lower-cased; "name" or "name:port"
  std::vector<std::string> origins;  // lower-cased exact origins
};
OriginPolicy make_origin_policy(const HttpOptions& options);
// Why the request must be refused with 403, if it must.
std::optional<std::string> check_host_and_origin(const http::Request& request,
                                                 const OriginPolicy& policy);

// 2026-07-28 standard headers (Mcp-Method, Mcp-Name) against the body; a -32020 error if wrong.
std::optional<Error> check_standard_headers(const http::Request& request, const rpc::Request& body);
// 2026-07-28 Mcp-Param-* headers of a tools/call against the tool's x-mcp-header annotations.
std::optional<Error> check_param_headers(const http::Request& request, const rpc::Request& body,
                                         const Tool& tool);

std::string session_key(std::string_view session_id);  // SHA-256, hex
std::string new_session_id();                          // 256 bits from the CSPRNG, hex

// ---- streams --------------------------------------------------------------------------------

struct Shared;

// One logical SSE stream. Legacy streams are resumable: every event gets an id
// "<stream>-<sequence>" and goes to the event store, and the HTTP response carrying it (the
// sink) may come and go. Modern streams have no ids and live and die with their response.
class LogicalStream {
 public:
  LogicalStream(Shared& shared, bool resumable, std::string session, std::uint64_t number)
      : shared_(shared), resumable_(resumable), session_(std::move(session)), number_(number) {}

  std::uint64_t number() const { return number_; }
  bool resumable() const { return resumable_; }

  // Makes `sink` the live response: a priming event (id, retry, no data) first, then the stored
  // events after `after`, then everything new. A previous sink is ended (one message, one stream).
  void attach(std::shared_ptr<http::EventStream> sink, std::uint64_t after);
  // The events not yet handed to any sink go out when the next sink attaches.
  std::uint64_t delivered() const;
  void detach(const std::shared_ptr<http::EventStream>& sink);
  bool attached() const;
  void emit(const std::string& data);
  // The final event was emitted: end the response (and, if none is attached, the next one
  // after its replay).
  void finish();
  bool finished() const;
  // Ends the current response without finishing the stream (SSE polling); with `only`, just
  // when that is the response still attached.
  bool drop_sink(const std::shared_ptr<http::EventStream>& only = nullptr);

 private:
  Shared& shared_;
  const bool resumable_;
  const std::string session_;
  const std::uint64_t number_;
  mutable std::mutex mutex_;
  std::shared_ptr<http::EventStream> sink_;
  std::uint64_t sequence_ = 0;
  std::uint64_t delivered_ = 0;
  bool finished_ = false;
};

class HttpExchange;

// A live 2025-11-25 session in this process.
struct LiveSession {
  std::string key;
  std::shared_ptr<const Principal> owner;  // who opened it (null without authorization)
  std::shared_ptr<detail::Connection> connection;
  std::shared_ptr<LogicalStream> standalone;  // stream 0: the GET stream

  std::mutex mutex;
  bool closed = false;
  std::uint64_t next_stream = 1;
  std::map<std::uint64_t, std::weak_ptr<LogicalStream>> streams;  // POST streams still running
  std::map<rpc::RequestId, std::weak_ptr<HttpExchange>> in_flight;
  // Our requests to the client, waiting for its POSTed answer.
  std::map<std::int64_t, std::function<void(rpc::Response)>> pending_calls;
  std::int64_t next_call_id = 1;
};

// What every exchange and stream needs from the server binding.
struct Shared {
  Server::Engine* engine = nullptr;
  HttpOptions options;
  std::shared_ptr<EventStore> events;
};

// One POSTed request and the HTTP response that answers it.
class HttpExchange final : public rpc::Exchange,
                           public server::detail::CallerAware,
                           public std::enable_shared_from_this<HttpExchange> {
 public:
  HttpExchange(Shared& shared, Era era, rpc::Request request,
               std::shared_ptr<http::Responder> responder, std::shared_ptr<LiveSession> session,
               http::Headers extra_headers, std::shared_ptr<const Principal> caller = nullptr);
  ~HttpExchange() override;

  // Wires disconnect handling; call once after construction.
  void start();

  const rpc::Request& request() const override { return request_; }
  const rpc::CancellationToken& cancellation() const override { return token_; }
  void respond(Json result) override;
  // tools/call results arrive as text (the engine writes CallToolResult straight to JSON):
  // the answer is written around it, without a DOM for the result.
  bool takes_serialized_results() const override { return true; }
  void respond_serialized(std::string result) override;
  void fail(Error error) override;
  bool answered() const override { return answered_; }
  void notify(std::string method, Json params) override;
  rpc::Response call(std::string method, Json params, const rpc::CallOptions& options) override;

  std::shared_ptr<const Principal> caller() const override { return caller_; }
  Era era() const { return era_; }
  // SSE polling: end the response's connection, keep the stream.
  bool close_connection();
  // A response header for the answer (Mcp-Session-Id on initialize).
  void add_header(std::string name, std::string value);
  // Runs once the answer is out (initialize: a failed one ends its session).
  void on_answer(std::function<void(const rpc::Response&)> callback);

 private:
  void answer(rpc::Response response);
  void deliver(const rpc::Response& response);
  // The encoded JSON-RPC response `text`, as a JSON body with `status` or as the stream's last
  // event.
  void deliver_text(std::string text, int status);
  // Switches the answer to an SSE stream (if not done yet); false when that is not possible.
  bool ensure_stream(std::unique_lock<std::mutex>& lock);
  void emit_locked(const rpc::Message& message);

  Shared& shared_;
  const Era era_;
  const rpc::Request request_;
  rpc::CancellationToken token_;
  std::shared_ptr<LiveSession> session_;
  const std::shared_ptr<const Principal> caller_;

  mutable std::mutex mutex_;
  std::shared_ptr<http::Responder> responder_;
  http::Headers extra_headers_;
  std::shared_ptr<LogicalStream> stream_;
  std::shared_ptr<http::EventStream> sink_;
  bool stream_refused_ = false;
  std::function<void(const rpc::Response&)> on_answer_;
  std::atomic<bool> answered_{false};
};

// The HTTP status a JSON answer gets. Modern: 404 for method-not-found, 400 for a missing client
// capability (the spec fixes both); other errors a handler produced travel in-band with 200.
// Legacy: always 200.
int status_for(Era era, const rpc::Response& response);

}  // namespace sallyport::server::http_binding
