// The Streamable HTTP client transport, both eras: an rpc::Channel that POSTs each outgoing
// message and feeds back what the server answers (a JSON body, or the events of an SSE stream:
// notifications, the server's own requests, and finally the response).
//  - 2026-07-28 requests get MCP-Protocol-Version, Mcp-Method, Mcp-Name and the Mcp-Param-*
//    headers their tool's `x-mcp-header` annotations ask for (tools whose annotations are
//    invalid are dropped from tools/list results, with a warning). Cancelling a request closes
//    its stream, which is how this era cancels over HTTP.
//  - 2025-11-25: the Mcp-Session-Id from initialize goes on every later request, the session's
//    GET stream is opened after notifications/initialized (405 is fine: no stream), streams that
//    end before their response are resumed with Last-Event-ID after the server's `retry:`, and
//    the session is DELETEd on close.
// An HTTP error without a JSON-RPC body still reaches the caller as a JSON-RPC error response, so
// era detection (a legacy server refusing server/discover) falls back to initialize.
// With an authorizer, a 401 or 403 is first shown to it: a request it can fix (sign-in, refresh,
// step-up, DPoP nonce) is sent again; otherwise the request fails with its reason.
//
// Usually reached through Client::connect_http(url, ...).
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sallyport/http/message.hpp"
#include "sallyport/http/request_authorizer.hpp"
#include "sallyport/rpc/channel.hpp"

namespace sallyport {

struct HttpClientOptions {
  std::chrono::milliseconds connect_timeout{10'000};
  // A POST's answer (its head, for streams). Request deadlines are the rpc layer's business.
  std::chrono::milliseconds request_timeout{120'000};
  // Longest silence tolerated on an open stream before it counts as dropped (and is resumed).
  std::chrono::milliseconds stream_idle_timeout{300'000};
  std::size_t max_message_bytes = 4 * 1024 * 1024;  // a JSON body or one SSE event
  http::Headers headers{};                          // added to every request (e.g. Authorization)
  bool verify_tls = true;                           // never turn off outside tests
  std::string ca_file{};  // PEM bundle to trust instead of the system store
  // Mutual TLS with the server (and certificate-bound tokens, RFC 8705); key defaults to cert.
  std::string client_certificate_file{};
  std::string client_private_key_file{};
  // Credentials for every request, renewed on 401/403 (e.g. an oauth::Authorizer). Null: the
  // requests carry only `headers`.
  std::shared_ptr<http::RequestAuthorizer> authorizer{};
  bool open_get_stream = true;  // 2025-11-25: the GET stream for server-initiated messages
  // How long the first requests after initialization wait for that stream to open, so that the
  // server sees it before them and nothing it sends right after initialization is missed. A
  // server that delays the stream's head costs at most this once; zero: no wait.
  std::chrono::milliseconds get_stream_open_wait{1000};
  // Reconnection (2025-11-25): the wait before the server has sent `retry:`, and how many
  // attempts in a row may fail before a stream is given up.
  std::chrono::milliseconds default_retry{1000};
  std::size_t max_reconnect_attempts = 5;
  std::size_t max_concurrent_posts = 64;
};

// Requests the authorizer could not get credentials for fail with this message prefix (error
// code kConnectionClosed): era detection treats it as final instead of trying the other era.
inline constexpr std::string_view kAuthorizationFailed = "authorization failed: ";

class HttpChannel : public rpc::Channel {
 public:
  // Throws std::invalid_argument for a URL that is not http(s).
  explicit HttpChannel(std::string url, HttpClientOptions options = {});
  ~HttpChannel() override;

  void start(Callbacks callbacks) override;
  bool send(std::string frame) override;
  void close() override;

  // The 2025-11-25 session id the server assigned, if any.
  std::optional<std::string> session_id() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace sallyport
