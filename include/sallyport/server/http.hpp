// Serving a Server over Streamable HTTP, both protocol eras on one endpoint:
//  - 2026-07-28: every POST carrying `_meta` protocolVersion is served statelessly. The answer is
//    application/json, or text/event-stream once the handler sends a notification (progress,
//    log) before it; `subscriptions/listen` stays open as a stream. The MCP-Protocol-Version,
//    Mcp-Method, Mcp-Name and Mcp-Param-* headers are checked against the body (-32020), unknown
//    methods get 404, and closing the response stream cancels the request.
//  - 2025-11-25: `initialize` opens a session (Mcp-Session-Id), GET opens the session's stream
//    for server-initiated messages, DELETE ends the session; SSE events carry ids and resume
//    with Last-Event-ID; a handler's requests to the client (sampling, elicitation, roots) go out
//    on the request's stream and the client's POSTed answer is routed back.
// Host and Origin are checked against DNS rebinding, by default whenever the server is bound to
// a loopback address. With HttpOptions::authorization it is an OAuth resource server.
//
//   sallyport::HttpServer http(server, {.port = 8080});
//   http.start();
//   ...
//   http.stop();
// or simply: return sallyport::serve_http(server, {.port = 8080});  // until SIGINT/SIGTERM
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sallyport/server/context.hpp"
#include "sallyport/server/server.hpp"

namespace sallyport {

namespace auth {
class Authenticator;  // sallyport/auth/authenticator.hpp
}

// ---- Where legacy sessions and their resumable events live ----------------------------------
// In memory by default; the interfaces let a fleet keep them elsewhere. Stores never see a
// session id itself, only its key (SHA-256, hex): a leaked store cannot be replayed as sessions.

struct SessionRecord {
  std::string key;               // SHA-256 (hex) of the Mcp-Session-Id
  std::string protocol_version;  // negotiated by initialize
  std::string principal;  // auth::session_binding() of who opened it (empty without authorization)
  std::chrono::system_clock::time_point created{};
  std::chrono::system_clock::time_point last_seen{};
};

class SessionStore {
 public:
  virtual ~SessionStore() = default;
  // False when the store is full.
  virtual bool create(SessionRecord record) = 0;
  // Marks the session used now; nullopt when unknown or expired.
  virtual std::optional<SessionRecord> touch(std::string_view key) = 0;
  virtual void remove(std::string_view key) = 0;
  // Removes the sessions idle for longer than the store's TTL and returns their keys.
  virtual std::vector<std::string> expire_idle() = 0;
};

class EventStore {
 public:
  virtual ~EventStore() = default;
  // One event of a session's stream; sequences grow by one per stream, starting at 1.
  virtual void append(std::string_view session, std::uint64_t stream, std::uint64_t sequence,
                      std::string data) = 0;
  // The stream's events after `after`, oldest first (some may have been evicted); nullopt when
  // the stream is unknown.
  virtual std::optional<std::vector<std::pair<std::uint64_t, std::string>>> replay(
      std::string_view session, std::uint64_t stream, std::uint64_t after) = 0;
  // The stream got its final event: it may be evicted before streams still running.
  virtual void complete(std::string_view session, std::uint64_t stream) = 0;
  virtual void remove_session(std::string_view session) = 0;
};

std::shared_ptr<SessionStore> memory_session_store(std::chrono::seconds idle_ttl,
                                                   std::size_t max_sessions);
// Bounds per session: events per stream, streams kept, and bytes overall (oldest go first,
// completed streams before running ones).
std::shared_ptr<EventStore> memory_event_store(std::size_t max_events_per_stream,
                                               std::size_t max_streams_per_session,
                                               std::size_t max_bytes_per_session);

// ---- Options --------------------------------------------------------------------------------

struct HttpTls {
  std::string certificate_file{};  // PEM chain
  std::string private_key_file{};  // PEM
};

struct HttpOptions {
  std::string host = "127.0.0.1";  // an IP address; bind loopback unless you mean it
  std::uint16_t port = 0;          // 0: ephemeral (see HttpServer::port())
  std::string path = "/mcp";       // the MCP endpoint
  std::size_t threads = 0;         // I/O threads; 0: one per hardware thread

  // Limits.
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = 4 * 1024 * 1024;
  std::size_t max_connections = 1024;
  std::size_t max_streams = 256;              // concurrent SSE responses
  std::size_t max_concurrent_requests = 256;  // handlers running at once; beyond: 503

  // Timeouts (slow clients cannot pin connections).
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds idle_timeout{60'000};
  std::chrono::milliseconds write_timeout{30'000};
  std::chrono::milliseconds keepalive_interval{15'000};  // SSE comment on quiet streams
  std::chrono::milliseconds shutdown_grace{5'000};       // stop(): in-flight requests finish

  std::optional<HttpTls> tls{};

  // OAuth 2.1 resource server (docs/authorization.md); unset: no authentication. When set:
  //  - the Protected Resource Metadata (RFC 9728) is served at every path of
  //    authorization->metadata_paths() (GET, no token needed, any origin may read it);
  //  - every request to `path` needs a bearer token in the Authorization header: otherwise 401,
  //    400 (malformed, or a token in the URL) or 403 (missing scope), with the challenge in
  //    WWW-Authenticate; nothing of the request is interpreted before that;
  //  - the verified Principal reaches each handler's Context (the request's own, in both eras);
  //  - a legacy session belongs to the principal that opened it: a request from anyone else
  //    naming it gets 404, exactly as an unknown session (it is not theirs; the answer tells
  //    them nothing about it and leaves it alive for its owner).
  // Verified tokens are cached by digest, so only a token's first request verifies a signature
  // (or introspects), on a worker thread; the rest are answered on the I/O thread.
  std::shared_ptr<const auth::Authenticator> authorization{};

  // DNS rebinding protection. Unset: on when `host` is a loopback address. When on, the Host
  // header must name an allowed host (default: localhost, 127.0.0.1, [::1], with any port) and
  // an Origin, when sent, must be a loopback origin. `allowed_origins` (exact
  // "scheme://host[:port]") replaces the loopback rule; without protection and without a list, an
  // Origin must match Host.
  std::optional<bool> dns_rebinding_protection{};
  std::vector<std::string> allowed_hosts{};
  std::vector<std::string> allowed_origins{};

  // 2025-11-25 sessions.
  bool legacy = true;  // false: modern only (initialize → 404, GET → 405)
  std::chrono::seconds session_idle_ttl{1800};
  std::size_t max_sessions = 1000;
  std::chrono::milliseconds sse_retry{1000};  // the `retry:` sent with priming events
  std::size_t max_events_per_stream = 256;
  std::size_t max_streams_per_session = 32;
  std::size_t max_event_bytes_per_session = 8 * 1024 * 1024;
  std::shared_ptr<SessionStore> session_store{};  // default: memory_session_store(...)
  std::shared_ptr<EventStore> event_store{};      // default: memory_event_store(...)
};

// "HOST:PORT" or "PORT" as the programs' --http flags take it (HOST an IP address, an IPv6 one
// in brackets; PORT 0 for an ephemeral port; without HOST, options.host stays). Sets
// options.host and options.port; false, and options untouched, for anything else.
bool parse_listen_address(std::string_view text, HttpOptions& options);

class HttpServer {
 public:
  // Validates the options (throws std::invalid_argument); start() binds.
  HttpServer(Server& server, HttpOptions options);
  ~HttpServer();  // stop()
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Throws std::system_error when the address cannot be bound.
  void start();
  std::uint16_t port() const;
  // "http://127.0.0.1:PORT/mcp" (https with TLS).
  std::string url() const;
  // Ends listen and GET streams gracefully, lets in-flight requests finish (shutdown_grace),
  // then closes everything. Idempotent.
  void stop();
  // Blocks until stop() completed.
  void wait();

  // Observability and tests.
  std::size_t session_count() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

// Serves until SIGINT or SIGTERM, then stops gracefully; returns an exit code. Logs go to
// stderr. Throws std::system_error when the address cannot be bound.
int serve_http(Server& server, HttpOptions options = {});

// SSE polling (2025-11-25): from a handler serving a legacy HTTP request, ends the response's
// connection now without ending its stream (a `retry:` goes first). The client reconnects with
// Last-Event-ID and receives what was sent meanwhile, the result included. False when the
// request is not a legacy HTTP one.
bool close_sse_stream(Context& context);

}  // namespace sallyport
