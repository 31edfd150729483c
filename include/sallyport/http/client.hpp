// A blocking HTTP/1.1 client (Boost.Beast underneath, kept out of this header) with keep-alive
// connection reuse, TLS verified against the system trust store (or a given CA file), bounded
// responses and timeouts on every step. Each call runs on the caller's thread; another thread
// may abort it through a Cancel. Response bodies are either collected or, for streams such as
// server-sent events, handed over piece by piece as they arrive.
#pragma once

#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "sallyport/http/message.hpp"

namespace sallyport::http {

struct ClientOptions {
  std::chrono::milliseconds connect_timeout{10'000};  // resolve + connect + TLS handshake
  // Sending the request and receiving the whole response (or, when streaming, its head).
  std::chrono::milliseconds request_timeout{60'000};
  // Streamed bodies: the longest silence tolerated between two pieces.
  std::chrono::milliseconds stream_idle_timeout{300'000};
  std::size_t max_header_bytes = 64 * 1024;
  std::size_t max_body_bytes = 16 * 1024 * 1024;  // collected bodies
  std::size_t max_idle_connections = 8;           // kept per client for reuse
  std::string user_agent = "sallyport";
  bool verify_tls = true;  // never turn off outside tests
  std::string ca_file{};   // PEM bundle to trust instead of the system store
  // TLS client authentication (PEM). The key file defaults to the certificate file. Throws
  // std::system_error from the constructor when either cannot be loaded.
  std::string client_certificate_file{};
  std::string client_private_key_file{};
};

struct ClientRequest {
  std::string method = "GET";
  std::string url{};  // http:// or https://
  Headers headers{};
  std::string body{};
};

struct ClientError {
  enum class Kind {
    kInvalidUrl,
    kConnect,
    kTls,
    kTimeout,
    kCancelled,
    kProtocol,
    kTooLarge,
    kClosed
  };
  Kind kind;
  std::string message;
};

// Aborts a request from another thread. One Cancel may serve several requests in turn.
class Cancel {
 public:
  void cancel();
  bool cancelled() const;

  // For the client: runs `abort` on cancel() while registered. Returns false (and does not
  // register) when already cancelled.
  bool arm(std::function<void()> abort);
  void disarm();

 private:
  mutable std::mutex mutex_;
  bool cancelled_ = false;
  std::function<void()> abort_;
};

// Streaming: decide per response whether to take its body piece by piece.
struct BodyStream {
  // Called with the response head (body empty); true: deliver the body to on_data.
  std::function<bool(const Response& head)> want{};
  // Returns false to stop reading (the connection is then not reused).
  std::function<bool(std::string_view piece)> on_data{};
};

class Client {
 public:
  explicit Client(ClientOptions options = {});
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // Sends the request and returns the response. When `stream` takes the body, the returned
  // Response has an empty body and the call returns when the body ended or on_data said stop.
  std::expected<Response, ClientError> send(const ClientRequest& request,
                                            const BodyStream* stream = nullptr,
                                            Cancel* cancel = nullptr);

  const ClientOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sallyport::http
