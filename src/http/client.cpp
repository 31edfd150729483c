// The HTTP client on Beast. Each connection owns a small io_context that the calling thread runs
// for the duration of one operation, so the Beast stream deadlines give us timeouts while the
// API stays blocking; a Cancel posts a close into that io_context from another thread. Idle
// keep-alive connections wait in a small pool; one that turns out stale (the server closed it
// while it idled) is replaced once, transparently, when nothing of the response had arrived.
#include "sallyport/http/client.hpp"

#include <openssl/ssl.h>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>

#include <array>
#include <map>
#include <optional>

#include <fmt/format.h>

namespace sallyport::http {

namespace {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;
using error_code = boost::system::error_code;

std::string str(beast::string_view s) {
  return std::string(s.data(), s.size());
}

struct Target {
  bool tls = false;
  std::string host;  // for connecting and certificate checks (no brackets)
  std::string port;
  std::string path;         // origin-form target
  std::string host_header;  // Host: value
  std::string key;          // pool key
};

std::expected<Target, ClientError> parse_target(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return std::unexpected(ClientError{ClientError::Kind::kInvalidUrl, "invalid URL"});
  Target t;
  std::string scheme(parsed->scheme());
  for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme == "https")
    t.tls = true;
  else if (scheme != "http")
    return std::unexpected(ClientError{ClientError::Kind::kInvalidUrl,
                                       fmt::format("unsupported scheme '{}'", scheme)});
  if (!parsed->has_authority() || parsed->encoded_host().empty())
    return std::unexpected(ClientError{ClientError::Kind::kInvalidUrl, "URL has no host"});
  if (parsed->has_userinfo())
    return std::unexpected(
        ClientError{ClientError::Kind::kInvalidUrl, "credentials in URLs are not supported"});
  auto host_kind = parsed->host_type();
  if (host_kind == boost::urls::host_type::ipv6)
    t.host = parsed->host_address();
  else
    t.host = std::string(parsed->encoded_host());
  t.port = parsed->has_port() ? std::string(parsed->port()) : (t.tls ? "443" : "80");
  std::string host_for_header =
      host_kind == boost::urls::host_type::ipv6 ? fmt::format("[{}]", t.host) : t.host;
  t.host_header =
      parsed->has_port() ? fmt::format("{}:{}", host_for_header, t.port) : host_for_header;
  t.path = std::string(parsed->encoded_path());
  if (t.path.empty()) t.path = "/";
  if (parsed->has_query()) t.path += "?" + std::string(parsed->encoded_query());
  t.key = fmt::format("{}://{}:{}", t.tls ? "https" : "http", t.host, t.port);
  return t;
}

bool is_ip_literal(const std::string& host) {
  error_code ec;
  net::ip::make_address(host, ec);
  return !ec;
}

struct Conn {
  net::io_context ioc;
  bool tls = false;
  std::optional<beast::tcp_stream> plain;
  std::optional<beast::ssl_stream<beast::tcp_stream>> secure;
  beast::flat_buffer buffer;
  std::string key;
  std::uint64_t generation = 0;  // bumped per request; a stale posted abort checks it
  bool reused = false;

  beast::tcp_stream& lowest() { return tls ? beast::get_lowest_layer(*secure) : *plain; }

  // Runs one asynchronous operation to completion on this thread.
  template <typename Initiate>
  error_code run(Initiate&& initiate) {
    error_code result = net::error::operation_aborted;
    bool done = false;
    initiate([&](error_code ec, auto&&...) {
      result = ec;
      done = true;
    });
    ioc.restart();
    while (!done)
      if (ioc.run_one() == 0) break;
    return result;
  }
};

ClientError error_from(error_code ec, std::string_view what, Cancel* cancel) {
  if (cancel && cancel->cancelled())
    return {ClientError::Kind::kCancelled, fmt::format("{}: cancelled", what)};
  if (ec == beast::error::timeout)
    return {ClientError::Kind::kTimeout, fmt::format("{}: timed out", what)};
  if (ec == bhttp::error::header_limit || ec == bhttp::error::body_limit ||
      ec == bhttp::error::buffer_overflow)
    return {ClientError::Kind::kTooLarge, fmt::format("{}: response too large", what)};
  if (ec == bhttp::error::end_of_stream || ec == net::error::eof ||
      ec == net::error::connection_reset || ec == bhttp::error::partial_message)
    return {ClientError::Kind::kClosed, fmt::format("{}: connection closed by the server", what)};
  return {ClientError::Kind::kProtocol, fmt::format("{}: {}", what, ec.message())};
}

}  // namespace

void Cancel::cancel() {
  std::function<void()> abort;
  {
    std::lock_guard lock(mutex_);
    if (cancelled_) return;
    cancelled_ = true;
    abort = abort_;
    // Run under the lock: disarm() must not return while an abort is still being posted.
    if (abort) abort();
  }
}

bool Cancel::cancelled() const {
  std::lock_guard lock(mutex_);
  return cancelled_;
}

bool Cancel::arm(std::function<void()> abort) {
  std::lock_guard lock(mutex_);
  if (cancelled_) return false;
  abort_ = std::move(abort);
  return true;
}

void Cancel::disarm() {
  std::lock_guard lock(mutex_);
  abort_ = nullptr;
}

struct Client::Impl {
  ClientOptions options;
  ssl::context tls{ssl::context::tls_client};
  std::mutex mutex;
  std::multimap<std::string, std::unique_ptr<Conn>> idle;

  explicit Impl(ClientOptions o) : options(std::move(o)) {
    tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                    ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    if (options.verify_tls) {
      tls.set_verify_mode(ssl::verify_peer);
      if (!options.ca_file.empty())
        tls.load_verify_file(options.ca_file);
      else
        tls.set_default_verify_paths();
    } else {
      tls.set_verify_mode(ssl::verify_none);
    }
    // Mutual TLS (RFC 8705): the certificate the server may bind tokens to.
    if (!options.client_certificate_file.empty()) {
      tls.use_certificate_chain_file(options.client_certificate_file);
      tls.use_private_key_file(options.client_private_key_file.empty()
                                   ? options.client_certificate_file
                                   : options.client_private_key_file,
                               ssl::context::pem);
    }
  }

  std::unique_ptr<Conn> take_idle(const std::string& key) {
    std::lock_guard lock(mutex);
    auto it = idle.find(key);
    if (it == idle.end()) return nullptr;
    auto c = std::move(it->second);
    idle.erase(it);
    c->reused = true;
    return c;
  }

  void give_back(std::unique_ptr<Conn> c) {
    std::lock_guard lock(mutex);
    if (idle.size() >= options.max_idle_connections) return;
    idle.emplace(c->key, std::move(c));
  }

  std::expected<std::unique_ptr<Conn>, ClientError> connect(const Target& t, Cancel* cancel);
  std::expected<Response, ClientError> attempt(Conn& c, const Target& t, const ClientRequest& r,
                                               const BodyStream* stream, Cancel* cancel,
                                               bool& retryable, bool& reusable);
};

std::expected<std::unique_ptr<Conn>, ClientError> Client::Impl::connect(const Target& t,
                                                                        Cancel* cancel) {
  auto c = std::make_unique<Conn>();
  c->tls = t.tls;
  c->key = t.key;
  c->buffer = beast::flat_buffer(options.max_header_bytes + 64 * 1024);
  if (t.tls)
    c->secure.emplace(c->ioc, tls);
  else
    c->plain.emplace(c->ioc);
  Conn* raw = c.get();
  if (cancel && !cancel->arm([raw] {
        net::post(raw->ioc, [raw] {
          error_code ignored;
          raw->lowest().socket().close(ignored);
        });
      }))
    return std::unexpected(ClientError{ClientError::Kind::kCancelled, "connect: cancelled"});
  struct Disarm {
    Cancel* c;
    ~Disarm() {
      if (c) c->disarm();
    }
  } disarm{cancel};

  tcp::resolver resolver(c->ioc);
  tcp::resolver::results_type endpoints;
  auto deadline = Clock::now() + options.connect_timeout;
  error_code ec = c->run([&](auto handler) {
    resolver.async_resolve(t.host, t.port,
                           [&, handler](error_code e, tcp::resolver::results_type r) mutable {
                             endpoints = std::move(r);
                             handler(e);
                           });
  });
  if (ec)
    return std::unexpected(ClientError{ClientError::Kind::kConnect,
                                       fmt::format("resolve {}: {}", t.host, ec.message())});
  c->lowest().expires_at(deadline);
  ec = c->run([&](auto handler) {
    c->lowest().async_connect(
        endpoints, [handler](error_code e, const tcp::endpoint&) mutable { handler(e); });
  });
  if (ec) {
    auto err = error_from(ec, fmt::format("connect {}:{}", t.host, t.port), cancel);
    if (err.kind != ClientError::Kind::kCancelled && err.kind != ClientError::Kind::kTimeout)
      err.kind = ClientError::Kind::kConnect;
    return std::unexpected(std::move(err));
  }
  if (t.tls) {
    if (!is_ip_literal(t.host))
      SSL_set_tlsext_host_name(c->secure->native_handle(), t.host.c_str());
    if (options.verify_tls) c->secure->set_verify_callback(ssl::host_name_verification(t.host));
    c->lowest().expires_at(deadline);
    ec = c->run(
        [&](auto handler) { c->secure->async_handshake(ssl::stream_base::client, handler); });
    if (ec) {
      auto err = error_from(ec, fmt::format("TLS handshake with {}", t.host), cancel);
      if (err.kind == ClientError::Kind::kProtocol) err.kind = ClientError::Kind::kTls;
      return std::unexpected(std::move(err));
    }
  }
  return c;
}

std::expected<Response, ClientError> Client::Impl::attempt(Conn& c, const Target& t,
                                                           const ClientRequest& r,
                                                           const BodyStream* stream, Cancel* cancel,
                                                           bool& retryable, bool& reusable) {
  retryable = false;
  reusable = false;
  auto gen = ++c.generation;
  Conn* raw = &c;
  if (cancel && !cancel->arm([raw, gen] {
        net::post(raw->ioc, [raw, gen] {
          if (raw->generation != gen) return;
          error_code ignored;
          raw->lowest().socket().close(ignored);
        });
      }))
    return std::unexpected(ClientError{ClientError::Kind::kCancelled, "request cancelled"});
  struct Disarm {
    Cancel* c;
    ~Disarm() {
      if (c) c->disarm();
    }
  } disarm{cancel};

  bhttp::request<bhttp::string_body> req;
  auto verb = bhttp::string_to_verb(r.method);
  if (verb == bhttp::verb::unknown)
    return std::unexpected(ClientError{ClientError::Kind::kProtocol, "unknown HTTP method"});
  req.method(verb);
  req.target(t.path);
  req.version(11);
  req.set(bhttp::field::host, t.host_header);
  req.set(bhttp::field::user_agent, options.user_agent);
  for (auto& [name, value] : r.headers) {
    if (name.find_first_of("\r\n:") != std::string::npos ||
        value.find_first_of("\r\n") != std::string::npos)
      return std::unexpected(
          ClientError{ClientError::Kind::kProtocol, fmt::format("invalid header '{}'", name)});
    // A caller's Host or User-Agent replaces ours rather than doubling it.
    if (iequals(name, "Host") || iequals(name, "User-Agent"))
      req.set(name, value);
    else
      req.insert(name, value);
  }
  req.keep_alive(true);
  req.body() = r.body;
  req.prepare_payload();

  auto deadline = Clock::now() + options.request_timeout;
  c.lowest().expires_at(deadline);
  error_code ec = c.tls ? c.run([&](auto h) { bhttp::async_write(*c.secure, req, h); })
                        : c.run([&](auto h) { bhttp::async_write(*c.plain, req, h); });
  if (ec) {
    retryable = c.reused && !(cancel && cancel->cancelled()) && ec != beast::error::timeout;
    return std::unexpected(error_from(ec, "sending the request", cancel));
  }

  bhttp::response_parser<bhttp::buffer_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(options.max_header_bytes));
  parser.body_limit(boost::none);
  if (r.method == "HEAD") parser.skip(true);
  c.lowest().expires_at(deadline);
  ec = c.tls ? c.run([&](auto h) { bhttp::async_read_header(*c.secure, c.buffer, parser, h); })
             : c.run([&](auto h) { bhttp::async_read_header(*c.plain, c.buffer, parser, h); });
  if (ec) {
    retryable = c.reused && !parser.got_some() && !(cancel && cancel->cancelled()) &&
                ec != beast::error::timeout;
    return std::unexpected(error_from(ec, "reading the response", cancel));
  }

  Response response;
  auto& head = parser.get();
  response.status = static_cast<int>(head.result_int());
  for (auto& field : head)
    response.headers.add(str(field.name_string()), std::string(trim_ows(str(field.value()))));
  bool streaming = stream && stream->want && stream->on_data && stream->want(response);

  std::array<char, 16 * 1024> piece;
  bool stopped = false;
  while (!parser.is_done()) {
    parser.get().body().data = piece.data();
    parser.get().body().size = piece.size();
    c.lowest().expires_at(streaming ? Clock::now() + options.stream_idle_timeout : deadline);
    // read_some: hand each piece over as it arrives instead of waiting for a full buffer.
    ec = c.tls ? c.run([&](auto h) { bhttp::async_read_some(*c.secure, c.buffer, parser, h); })
               : c.run([&](auto h) { bhttp::async_read_some(*c.plain, c.buffer, parser, h); });
    if (ec == bhttp::error::need_buffer) ec = {};
    std::size_t n = piece.size() - parser.get().body().size;
    if (n) {
      if (streaming) {
        if (!stream->on_data(std::string_view(piece.data(), n))) {
          stopped = true;
          break;
        }
      } else {
        if (response.body.size() + n > options.max_body_bytes)
          return std::unexpected(
              ClientError{ClientError::Kind::kTooLarge, "response body exceeds the limit"});
        response.body.append(piece.data(), n);
      }
    }
    if (ec) {
      // A stream the server cut short is still a stream that ended; the caller decides.
      if (streaming) break;
      return std::unexpected(error_from(ec, "reading the response body", cancel));
    }
  }
  if (streaming && cancel && cancel->cancelled())
    return std::unexpected(ClientError{ClientError::Kind::kCancelled, "request cancelled"});
  reusable = !stopped && !ec && parser.is_done() && parser.keep_alive();
  return response;
}

Client::Client(ClientOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Client::~Client() = default;

const ClientOptions& Client::options() const {
  return impl_->options;
}

std::expected<Response, ClientError> Client::send(const ClientRequest& request,
                                                  const BodyStream* stream, Cancel* cancel) {
  auto target = parse_target(request.url);
  if (!target) return std::unexpected(target.error());
  for (int round = 0; round < 2; ++round) {
    std::unique_ptr<Conn> c = round == 0 ? impl_->take_idle(target->key) : nullptr;
    if (!c) {
      auto fresh = impl_->connect(*target, cancel);
      if (!fresh) return std::unexpected(fresh.error());
      c = std::move(*fresh);
    }
    bool retryable = false, reusable = false;
    auto result = impl_->attempt(*c, *target, request, stream, cancel, retryable, reusable);
    if (!result && retryable) continue;  // a stale pooled connection: once more on a fresh one
    if (reusable) impl_->give_back(std::move(c));
    return result;
  }
  return std::unexpected(
      ClientError{ClientError::Kind::kClosed, "connection closed by the server"});
}

}  // namespace sallyport::http
