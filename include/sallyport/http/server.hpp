// An asynchronous HTTP/1.1 server (Boost.Beast underneath, kept out of this header): each I/O
// thread runs its own io_context and serves the connections handed to it (in turn, as they are
// accepted); connections are keep-alive, bounded (header and body size, count)
// and timed (a slow or silent client cannot pin a connection); TLS is optional. It knows nothing
// about MCP: a Handler gets each complete request and answers through a Responder, either with
// a whole Response or by taking the connection over for server-sent events.
//
// While a request is being answered the server keeps reading the connection, so a client that
// goes away is noticed at once (Responder::on_disconnect) even before anything was written.
//
// Handlers run on the I/O threads themselves (outside the connection's strand): handing each
// request to another thread would cost a thread wake-up per request, more than a fast handler.
// Handlers may still block. One that has run for longer than a tick
// (ServerOptions::handler_takeover_delay) has its I/O thread replaced by a new one serving the
// same connections, so they keep being served; those extra threads leave again once idle.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "sallyport/http/message.hpp"
#include "sallyport/http/sse.hpp"

namespace sallyport::http {

struct TlsOptions {
  std::string certificate_file;  // PEM, the chain leaf first
  std::string private_key_file;  // PEM
};

struct ServerOptions {
  std::string host = "127.0.0.1";                    // an IP address to bind
  std::uint16_t port = 0;                            // 0: an ephemeral port (see Server::port())
  std::size_t threads = 0;                           // 0: one per hardware thread
  std::size_t max_header_bytes = 16 * 1024;          // larger request heads get 431
  std::size_t max_body_bytes = 4 * 1024 * 1024;      // larger bodies get 413
  std::size_t max_connections = 1024;                // further connections are closed at once
  std::size_t max_streams = 256;                     // concurrent event streams
  std::chrono::milliseconds header_timeout{10'000};  // a new connection's first request head
  std::chrono::milliseconds body_timeout{30'000};    // the body, once the head arrived
  std::chrono::milliseconds idle_timeout{60'000};    // between keep-alive requests
  std::chrono::milliseconds write_timeout{30'000};   // each write to a client that stopped reading
  std::chrono::milliseconds keepalive_interval{15'000};  // SSE comment after this much silence
  std::optional<TlsOptions> tls{};
  // A handler still running after one to two of these gets its I/O thread replaced (see the
  // top of the file); zero replaces at once, before every handler. At most max_extra_threads
  // replacements exist at a time; beyond that, blocked handlers keep their threads.
  std::chrono::microseconds handler_takeover_delay{1000};
  std::size_t max_extra_threads = 256;
};

// A response taken over for server-sent events. Thread-safe; writes are queued in order.
class EventStream {
 public:
  virtual ~EventStream() = default;
  // False once the stream is closed (ended, client gone, server stopping): nothing was sent.
  virtual bool send(const sse::Event& event) = 0;
  virtual bool send_comment(std::string_view text = {}) = 0;
  // Completes the response after the queued events; the connection then serves its next
  // request. Idempotent.
  virtual void end() = 0;
  virtual bool closed() const = 0;
};

// How a handler answers one request. Thread-safe: a handler may answer later, from any thread.
// Exactly one of respond() / open_events() takes effect; later calls are ignored.
class Responder {
 public:
  virtual ~Responder() = default;
  virtual void respond(Response response) = 0;
  // Starts a text/event-stream response (status 200 plus `headers`). nullptr when the server's
  // stream limit is reached or the request was already answered.
  virtual std::shared_ptr<EventStream> open_events(Headers headers = {}) = 0;
  // Runs once if the response can no longer be delivered: the client disconnected, a write timed
  // out, or the server is shutting down. Runs at once when that already happened.
  virtual void on_disconnect(std::function<void()> callback) = 0;
  virtual bool disconnected() const = 0;
};

// Called on an I/O thread for every complete request; it may block (see the top of the file).
// A Responder dropped without an answer sends 500.
using Handler = std::function<void(Request request, std::shared_ptr<Responder> responder)>;

// From a Handler about to wait for something only another request can bring (a client's
// answer): its I/O thread is replaced now instead of after the take-over delay. Does nothing
// on any other thread.
void handler_blocking();

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();  // stop(0) if still running
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the threads. Throws std::system_error (address in use, bad TLS files, ...).
  void start();
  // The bound port (useful with port 0).
  std::uint16_t port() const;
  // Stops accepting, lets in-flight requests and streams finish for up to `grace`, then closes
  // everything and joins the threads. `on_closed` runs once every connection is closed, before
  // the wait for handlers still running: the place to unblock them. Idempotent; safe from any
  // thread but a handler's.
  void stop(std::chrono::milliseconds grace = std::chrono::seconds(5),
            const std::function<void()>& on_closed = {});
  // Blocks until stop() has completed.
  void wait();

  // Observability (and tests): open connections and event streams right now.
  std::size_t connection_count() const;
  std::size_t stream_count() const;

  struct Impl;  // opaque; public only so the implementation's helpers can name it

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace sallyport::http
