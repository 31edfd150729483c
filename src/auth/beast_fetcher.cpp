// A small blocking HTTP/1.1 client for the authorization component's outbound requests. Each
// request runs on its own io_context so callers need no event loop; every step has a deadline.
#include <fmt/format.h>
#include <openssl/ssl.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>

#include "sallyport/auth/fetcher.hpp"

namespace sallyport::auth {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using SteadyTime = std::chrono::steady_clock::time_point;

struct Target {
  bool https = false;
  std::string host;       // for DNS / connect (IPv6 without brackets)
  std::string host_port;  // Host header
  std::string port;
  std::string path;  // origin-form request target
  bool ip_literal = false;
};

std::expected<Target, std::string> parse_target(std::string_view url) {
  auto u = boost::urls::parse_absolute_uri(url);
  if (!u) return std::unexpected("invalid URL");
  Target t;
  if (u->scheme_id() == boost::urls::scheme::https)
    t.https = true;
  else if (u->scheme_id() != boost::urls::scheme::http)
    return std::unexpected("only http and https URLs are fetched");
  if (!u->has_authority() || u->encoded_host().empty()) return std::unexpected("URL has no host");
  if (u->has_userinfo()) return std::unexpected("URL must not carry credentials");
  t.host = std::string(u->host_address());
  t.ip_literal = u->host_type() == boost::urls::host_type::ipv4 ||
                 u->host_type() == boost::urls::host_type::ipv6;
  t.host_port.assign(u->encoded_host_and_port().data(), u->encoded_host_and_port().size());
  t.port = u->has_port() ? std::string(u->port()) : (t.https ? "443" : "80");
  t.path.assign(u->encoded_target().data(), u->encoded_target().size());
  if (t.path.empty() || t.path.front() != '/') t.path.insert(0, "/");
  return t;
}

template <class Stream>
asio::awaitable<HttpResponse> exchange(Stream& stream, http::request<http::string_body>& req,
                                       std::size_t max_bytes) {
  co_await http::async_write(stream, req, asio::use_awaitable);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(max_bytes);
  co_await http::async_read(stream, buffer, parser, asio::use_awaitable);
  auto& res = parser.get();
  HttpResponse out;
  out.status = static_cast<int>(res.result_int());
  out.content_type = std::string(res[http::field::content_type]);
  out.body = std::move(res.body());
  co_return out;
}

class BeastFetcher final : public Fetcher {
 public:
  explicit BeastFetcher(BeastFetcherOptions options)
      : options_(std::move(options)), tls_(ssl::context::tls_client) {
    tls_.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                     ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    if (options_.ca_file.empty())
      tls_.set_default_verify_paths();
    else
      tls_.load_verify_file(options_.ca_file);
    tls_.set_verify_mode(ssl::verify_peer);
  }

  FetchResult get(std::string_view url, const Headers& headers,
                  std::chrono::milliseconds timeout) override {
    return run(http::verb::get, url, {}, {}, headers, timeout);
  }

  FetchResult post_form(std::string_view url, const Headers& form, const Headers& headers,
                        std::chrono::milliseconds timeout) override {
    std::string body;
    for (auto& [k, v] : form) {
      if (!body.empty()) body += '&';
      body += form_urlencode(k);
      body += '=';
      body += form_urlencode(v);
    }
    return run(http::verb::post, url, "application/x-www-form-urlencoded", std::move(body), headers,
               timeout);
  }

 private:
  asio::awaitable<HttpResponse> request(const Target& t, http::request<http::string_body>& req,
                                        SteadyTime deadline) {
    auto ex = co_await asio::this_coro::executor;
    tcp::resolver resolver(ex);
    auto endpoints = co_await resolver.async_resolve(t.host, t.port, asio::use_awaitable);
    if (!t.https) {
      beast::tcp_stream stream(ex);
      stream.expires_at(deadline);
      co_await stream.async_connect(endpoints, asio::use_awaitable);
      co_return co_await exchange(stream, req, options_.max_response_bytes);
    }
    beast::ssl_stream<beast::tcp_stream> stream(ex, tls_);
    if (!t.ip_literal && !SSL_set_tlsext_host_name(stream.native_handle(), t.host.c_str()))
      throw std::runtime_error("TLS SNI setup failed");
    stream.set_verify_callback(ssl::host_name_verification(t.host));
    beast::get_lowest_layer(stream).expires_at(deadline);
    co_await beast::get_lowest_layer(stream).async_connect(endpoints, asio::use_awaitable);
    co_await stream.async_handshake(ssl::stream_base::client, asio::use_awaitable);
    // No close_notify exchange: the response is complete and the connection is dropped.
    co_return co_await exchange(stream, req, options_.max_response_bytes);
  }

  FetchResult run(http::verb verb, std::string_view url, std::string_view content_type,
                  std::string body, const Headers& headers, std::chrono::milliseconds timeout) {
    auto target = parse_target(url);
    if (!target) return std::unexpected(target.error());
    http::request<http::string_body> req{verb, target->path, 11};
    req.set(http::field::host, target->host_port);
    req.set(http::field::user_agent, options_.user_agent);
    req.set(http::field::connection, "close");
    for (auto& [k, v] : headers) req.set(k, v);
    if (!content_type.empty()) req.set(http::field::content_type, content_type);
    if (verb == http::verb::post) {
      req.body() = std::move(body);
      req.prepare_payload();
    }

    std::optional<FetchResult> result;
    {
      asio::io_context ioc;
      auto deadline = std::chrono::steady_clock::now() + timeout;
      asio::co_spawn(
          ioc, request(*target, req, deadline), [&](std::exception_ptr e, HttpResponse r) {
            if (!e) {
              result = std::move(r);
              return;
            }
            try {
              std::rethrow_exception(e);
            } catch (const boost::system::system_error& se) {
              if (se.code() == http::error::body_limit)
                result = std::unexpected(std::string("response too large"));
              else if (se.code() == beast::error::timeout)
                result = std::unexpected(std::string("timed out"));
              else
                result = std::unexpected(fmt::format("request failed: {}", se.code().message()));
            } catch (const std::exception& ex) {
              result = std::unexpected(fmt::format("request failed: {}", ex.what()));
            }
          });
      // Name resolution has no deadline of its own; the loop's bound covers it.
      ioc.run_for(timeout + std::chrono::milliseconds(50));
    }
    if (!result) return std::unexpected(std::string("timed out"));
    return std::move(*result);
  }

  BeastFetcherOptions options_;
  ssl::context tls_;
};

}  // namespace

std::shared_ptr<Fetcher> make_beast_fetcher(BeastFetcherOptions options) {
  return std::make_shared<BeastFetcher>(std::move(options));
}

}  // namespace sallyport::auth
