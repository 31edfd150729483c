// The two user agents. The loopback one is a tiny one-shot HTTP server on 127.0.0.1: one
// io_context run by the calling thread with a deadline, every connection served concurrently
// (browsers open speculative connections that never send a request, and one of those must not
// hold up the real redirect), each with its own read timeout and size bound. The headless one is
// a redirect follower on http::Client with a per-host cookie jar.
#include "sallyport/oauth/user_agent.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/url.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "sallyport/http/client.hpp"
#include "sallyport/model/log.hpp"

extern char** environ;

namespace sallyport::oauth {

namespace {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace bhttp = boost::beast::http;
namespace urls = boost::urls;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

AuthorizationResponse parse_authorization_response(std::string_view url_or_query) {
  std::string_view query = url_or_query;
  if (auto hash = query.find('#'); hash != std::string_view::npos) query = query.substr(0, hash);
  if (auto q = query.find('?'); q != std::string_view::npos) {
    query = query.substr(q + 1);
  } else if ((!query.empty() && query.front() == '/') || urls::parse_uri(url_or_query)) {
    // A URL without a query. (A bare query is never a valid URI: '=' or '&' comes before any
    // ':', and those cannot be part of a scheme.)
    query = {};
  }
  AuthorizationResponse r;
  // Parsed as the relative reference "?QUERY": with Debian's Boost 1.81, urls::parse_query given
  // a view into a larger string read past the view (strlen) and crashed on an empty one.
  std::string reference = "?" + std::string(query);
  auto parsed = urls::parse_uri_reference(reference);
  if (!parsed) return r;  // malformed percent-escapes: no usable response
  urls::encoding_opts form;
  form.space_as_plus = true;  // application/x-www-form-urlencoded
  for (auto p : parsed->encoded_params()) {
    if (!p.has_value) continue;
    std::string key = p.key.decode(form);
    std::optional<std::string>* field = key == "code"                ? &r.code
                                        : key == "state"             ? &r.state
                                        : key == "iss"               ? &r.iss
                                        : key == "error"             ? &r.error
                                        : key == "error_description" ? &r.error_description
                                                                     : nullptr;
    // Parameters must not repeat (RFC 6749 §3.1); the first one counts.
    if (field && !*field) *field = p.value.decode(form);
  }
  return r;
}

// ---- LoopbackUserAgent --------------------------------------------------------------------------

namespace {

constexpr std::size_t kMaxRequestBytes = 16 * 1024;  // a redirect with code, state and iss
constexpr std::chrono::seconds kConnectionTimeout{10};

// RFC 8252 §7.3: the redirect goes to an IP literal, not "localhost" (which a resolver or
// /etc/hosts may map elsewhere).
std::optional<net::ip::address> loopback_address(const std::string& host) {
  boost::system::error_code ec;
  auto address = net::ip::make_address(host, ec);
  if (ec || !address.is_loopback()) return std::nullopt;
  return address;
}

// The port of a registered loopback redirect URI, to reuse so that the registration stays valid
// with authorization servers that compare redirect URIs exactly (RFC 8252 §7.3 says they should
// not, but many do).
std::uint16_t preferred_port(const std::string& preferred) {
  auto u = urls::parse_uri(preferred);
  if (!u || lower(u->scheme()) != "http" || !u->has_port()) return 0;
  bool loopback = u->host_type() == urls::host_type::name
                      ? lower(u->encoded_host()) == "localhost"
                      : loopback_address(u->host_address()).has_value();
  return loopback ? u->port_number() : 0;
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string page(std::string_view message) {
  return fmt::format(
      "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Sallyport sign-in</title>"
      "</head><body><p>{}</p></body></html>\n",
      message);
}

// The browser: options.browser_command, else $BROWSER (the first of its colon-separated
// commands; "%s" stands for the URL, else the URL is appended), else xdg-open.
std::vector<std::string> browser_argv(const LoopbackOptions& options, const std::string& url) {
  std::vector<std::string> argv = options.browser_command;
  if (argv.empty()) {
    const char* env = std::getenv("BROWSER");
    std::string_view browser = env ? env : "";
    browser = browser.substr(0, browser.find(':'));
    bool url_inserted = false;  // $BROWSER had a "%s" slot for it
    for (std::size_t i = 0; i < browser.size();) {
      auto end = browser.find(' ', i);
      if (end == std::string_view::npos) end = browser.size();
      if (end > i) {
        std::string word(browser.substr(i, end - i));
        if (word == "%s") {
          word = url;
          url_inserted = true;
        }
        argv.push_back(std::move(word));
      }
      i = end + 1;
    }
    if (argv.empty()) argv.push_back("xdg-open");
    if (!url_inserted) argv.push_back(url);
    return argv;
  }
  argv.push_back(url);
  return argv;
}

// Starts the browser without a shell (the URL never meets a shell parser) and with its output
// discarded (browsers chatter on stdout, which may carry MCP messages). Not waited for: a
// browser may run for hours; a detached thread reaps it so it never lingers as a zombie.
bool launch_browser(const std::vector<std::string>& argv) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    // The program's name only: the rest of the command line ends with the URL.
    logger()->warn("could not start the browser ({}): {}", argv.front(), std::strerror(rc));
    return false;
  }
  std::thread([pid] {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }).detach();
  return true;
}

// One complete() call: the accept loop and its connections, all on the agent's io_context.
struct Wait {
  tcp::acceptor& acceptor;
  std::string path;
  Clock::time_point deadline;
  std::optional<AuthorizationResponse> result{};
  bool finished = false;  // the answer to the redirect went out (or could not)
  std::optional<std::string> failure{};
  std::vector<std::weak_ptr<beast::tcp_stream>> streams{};
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(Wait& wait, tcp::socket socket)
      : wait_(wait), stream_(std::make_shared<beast::tcp_stream>(std::move(socket))) {
    wait_.streams.push_back(stream_);
  }

  void start() {
    parser_.header_limit(static_cast<std::uint32_t>(kMaxRequestBytes));
    parser_.body_limit(0);
    auto remaining =
        std::chrono::duration_cast<std::chrono::milliseconds>(wait_.deadline - Clock::now());
    stream_->expires_after(
        std::clamp<std::chrono::milliseconds>(remaining, {}, kConnectionTimeout));
    bhttp::async_read(*stream_, buffer_, parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        if (!ec) self->on_request();
                      });
  }

 private:
  void on_request() {
    const auto& req = parser_.get();
    std::string_view target(req.target().data(), req.target().size());
    std::string_view path = target.substr(0, target.find('?'));
    if (wait_.result || path != wait_.path) return answer(bhttp::status::not_found, "Not found.");
    if (req.method() != bhttp::verb::get)
      return answer(bhttp::status::method_not_allowed, "Method not allowed.");
    auto response = parse_authorization_response(target);
    // Anything on this machine can reach the port; a request that is not an authorization
    // response at all must not end the wait (a forged one is caught by the state check).
    if (!response.code && !response.error)
      return answer(bhttp::status::bad_request, "This is not an authorization response.");
    bool failed = response.error.has_value();
    std::string message = failed
                              ? fmt::format("The sign-in failed ({}). You can close this window.",
                                            html_escape(response.error->substr(0, 200)))
                              : std::string("The sign-in finished. You can close this window.");
    wait_.result = std::move(response);
    wait_.acceptor.cancel();  // one redirect per sign-in
    answer(bhttp::status::ok, message, /*final=*/true);
  }

  void answer(bhttp::status status, std::string_view message, bool final = false) {
    response_.result(status);
    response_.set(bhttp::field::content_type, "text/html; charset=utf-8");
    response_.set(bhttp::field::cache_control, "no-store");
    // The address bar holds the code: no page it could leak to, nothing to run.
    response_.set("Referrer-Policy", "no-referrer");
    response_.set("Content-Security-Policy", "default-src 'none'");
    response_.body() = page(message);
    response_.keep_alive(false);
    response_.prepare_payload();
    bhttp::async_write(*stream_, response_,
                       [self = shared_from_this(), final](beast::error_code, std::size_t) {
                         beast::error_code ignored;
                         self->stream_->socket().shutdown(tcp::socket::shutdown_both, ignored);
                         self->stream_->close();
                         if (final) self->wait_.finished = true;
                       });
  }

  Wait& wait_;
  std::shared_ptr<beast::tcp_stream> stream_;
  beast::flat_buffer buffer_{kMaxRequestBytes};
  bhttp::request_parser<bhttp::empty_body> parser_;
  bhttp::response<bhttp::string_body> response_;
};

void accept_next(Wait& wait) {
  wait.acceptor.async_accept([&wait](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || wait.result) return;
    if (ec) {
      // Out of descriptors and the like: transient; anything else ends the wait.
      if (ec != net::error::no_descriptors && ec != net::error::connection_aborted) {
        wait.failure = fmt::format("the loopback listener failed: {}", ec.message());
        wait.finished = true;
        return;
      }
    } else {
      std::make_shared<Connection>(wait, std::move(socket))->start();
    }
    accept_next(wait);
  });
}

}  // namespace

struct LoopbackUserAgent::Impl {
  LoopbackOptions options;
  net::io_context ioc{1};
  std::optional<tcp::acceptor> acceptor;
  std::string redirect_uri;

  std::optional<tcp::acceptor> listen(const net::ip::address& address, std::uint16_t port) {
    tcp::acceptor a(ioc);
    tcp::endpoint endpoint(address, port);
    beast::error_code ec;
    a.open(endpoint.protocol(), ec);
    // Lets a quick second run reuse a port whose old connections sit in TIME_WAIT; Linux still
    // refuses a port another socket listens on.
    if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) a.bind(endpoint, ec);
    if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
    if (ec) return std::nullopt;
    return a;
  }
};

LoopbackUserAgent::LoopbackUserAgent(LoopbackOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

LoopbackUserAgent::~LoopbackUserAgent() = default;

std::expected<std::string, std::string> LoopbackUserAgent::begin(const std::string& preferred) {
  auto& o = impl_->options;
  auto address = loopback_address(o.host);
  if (!address)
    return std::unexpected(fmt::format(
        "the redirect listener must be on a loopback IP address (127.0.0.1 or ::1), not '{}'",
        o.host));
  if (o.path.empty() || o.path.front() != '/' || o.path.find_first_of("?#") != std::string::npos)
    return std::unexpected(fmt::format("invalid redirect path '{}'", o.path));
  impl_->acceptor.reset();
  if (auto port = preferred_port(preferred)) impl_->acceptor = impl_->listen(*address, port);
  if (!impl_->acceptor) {
    impl_->acceptor = impl_->listen(*address, o.port);
    if (!impl_->acceptor)
      return std::unexpected(
          o.port != 0 ? fmt::format("cannot listen on {} port {} for the sign-in redirect (in "
                                    "use?)",
                                    o.host, o.port)
                      : fmt::format("cannot listen on {} for the sign-in redirect", o.host));
  }
  auto port = impl_->acceptor->local_endpoint().port();
  std::string host = address->is_v6() ? fmt::format("[{}]", o.host) : o.host;
  impl_->redirect_uri = fmt::format("http://{}:{}{}", host, port, o.path);
  return impl_->redirect_uri;
}

std::expected<AuthorizationResponse, std::string> LoopbackUserAgent::complete(
    const std::string& authorization_url) {
  auto& o = impl_->options;
  if (!impl_->acceptor) return std::unexpected("the loopback user agent was not started (begin)");
  if (o.print_url) fmt::print(stderr, "Open this URL to sign in: {}\n", authorization_url);
  if (o.open_browser && !launch_browser(browser_argv(o, authorization_url)) && !o.print_url)
    return std::unexpected("could not start the browser for the sign-in");

  Wait wait{*impl_->acceptor, o.path, Clock::now() + o.timeout};
  auto& ioc = impl_->ioc;
  ioc.restart();
  accept_next(wait);
  while (!wait.finished && Clock::now() < wait.deadline) {
    if (ioc.run_one_until(wait.deadline) == 0 && ioc.stopped()) break;
  }
  // One sign-in per begin(): stop listening, drop every connection still open, and let their
  // handlers run out (aborted) before `wait` goes away.
  beast::error_code ignored;
  impl_->acceptor->cancel(ignored);
  for (auto& weak : wait.streams)
    if (auto stream = weak.lock()) stream->socket().close(ignored);
  ioc.restart();
  ioc.run();
  impl_->acceptor.reset();

  if (wait.result) return std::move(*wait.result);
  if (wait.failure) return std::unexpected(*wait.failure);
  return std::unexpected(
      fmt::format("timed out waiting for the sign-in ({} s)", o.timeout.count()));
}

// ---- HeadlessUserAgent --------------------------------------------------------------------------

namespace {

constexpr std::size_t kMaxCookiesPerHost = 64;
constexpr std::size_t kMaxCookieBytes = 4096;

std::uint16_t effective_port(const urls::url_view& u) {
  if (u.has_port()) return u.port_number();
  return lower(u.scheme()) == "https" ? 443 : 80;
}

// Same scheme, host, port and path: the redirect URI, whatever its query.
bool same_endpoint(const urls::url_view& a, const urls::url_view& b) {
  auto path = [](const urls::url_view& u) {
    return u.encoded_path().empty() ? std::string("/") : std::string(u.encoded_path());
  };
  return lower(a.scheme()) == lower(b.scheme()) &&
         lower(a.encoded_host()) == lower(b.encoded_host()) &&
         effective_port(a) == effective_port(b) && path(a) == path(b);
}

using CookieJar = std::map<std::string, std::map<std::string, std::string>>;  // host → name → value

void keep_cookies(CookieJar& jar, const std::string& host, const http::Headers& headers) {
  for (auto set_cookie : headers.get_all("Set-Cookie")) {
    if (set_cookie.size() > kMaxCookieBytes) continue;
    auto pair = set_cookie.substr(0, set_cookie.find(';'));
    auto eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    auto name = http::trim_ows(pair.substr(0, eq));
    auto value = http::trim_ows(pair.substr(eq + 1));
    if (name.empty()) continue;
    auto& cookies = jar[host];
    if (cookies.size() >= kMaxCookiesPerHost && !cookies.contains(std::string(name))) continue;
    cookies[std::string(name)] = std::string(value);
  }
}

std::string cookie_header(const CookieJar& jar, const std::string& host) {
  std::string out;
  if (auto it = jar.find(host); it != jar.end()) {
    for (const auto& [name, value] : it->second) {
      if (!out.empty()) out += "; ";
      out += name + "=" + value;
    }
  }
  return out;
}

bool is_redirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

}  // namespace

HeadlessUserAgent::HeadlessUserAgent(HeadlessOptions options) : options_(std::move(options)) {}

std::expected<std::string, std::string> HeadlessUserAgent::begin(const std::string&) {
  return options_.redirect_uri;
}

std::expected<AuthorizationResponse, std::string> HeadlessUserAgent::complete(
    const std::string& authorization_url) {
  auto redirect = urls::parse_uri(options_.redirect_uri);
  if (!redirect) return std::unexpected("the headless user agent's redirect URI is not a URI");
  http::ClientOptions client_options;
  client_options.connect_timeout = options_.timeout;
  client_options.request_timeout = options_.timeout;
  client_options.ca_file = options_.ca_file;
  client_options.max_body_bytes = 1024 * 1024;  // pages we never read
  http::Client client(client_options);
  CookieJar jar;

  urls::url current;
  if (auto u = urls::parse_uri(authorization_url))
    current = *u;
  else
    return std::unexpected("the authorization URL is not a URI");
  // Error messages name hosts, never URLs: past the first hop a URL may carry the code.
  for (std::size_t redirects = 0;;) {
    std::string host = lower(current.encoded_host());
    http::ClientRequest request;
    request.url = std::string(current.buffer());
    if (auto cookies = cookie_header(jar, host); !cookies.empty())
      request.headers.set("Cookie", std::move(cookies));
    auto response = client.send(request);
    if (!response)
      return std::unexpected(
          fmt::format("request to {} failed: {}", host, response.error().message));
    keep_cookies(jar, host, response->headers);
    auto location = response->headers.get("Location");
    if (!is_redirect(response->status) || !location)
      return std::unexpected(fmt::format(
          "{} answered {} {} instead of redirecting to the redirect URI (headless sign-in needs "
          "an authorization server that does not ask the user anything)",
          host, response->status, http::reason_phrase(response->status)));
    auto reference =
        urls::parse_uri_reference(urls::string_view(location->data(), location->size()));
    urls::url next;
    if (!reference || !urls::resolve(current, *reference, next))
      return std::unexpected(fmt::format("{} redirected to an invalid Location", host));
    next.remove_fragment();
    if (same_endpoint(next, *redirect))
      return parse_authorization_response(std::string_view(next.buffer()));
    auto scheme = lower(next.scheme());
    if (scheme != "http" && scheme != "https")
      return std::unexpected(fmt::format("{} redirected to a non-HTTP URL", host));
    if (++redirects > options_.max_redirects)
      return std::unexpected(fmt::format("more than {} redirects without reaching the redirect URI",
                                         options_.max_redirects));
    current = std::move(next);
  }
}

}  // namespace sallyport::oauth
