// The user agents against real sockets on 127.0.0.1: the loopback listener (port choice, the
// redirect, stray requests, the timeout, the browser command) and the headless redirect follower
// (cookies, relative Locations, stopping at the redirect URI without contacting it).
#include "sallyport/oauth/user_agent.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "sallyport/http/client.hpp"
#include "sallyport/http/server.hpp"

namespace {

namespace fs = std::filesystem;
using sallyport::oauth::AuthorizationResponse;
using sallyport::oauth::HeadlessOptions;
using sallyport::oauth::HeadlessUserAgent;
using sallyport::oauth::LoopbackOptions;
using sallyport::oauth::LoopbackUserAgent;
using sallyport::oauth::parse_authorization_response;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// ---- parse_authorization_response -------------------------------------------------------------

TEST(ParseAuthorizationResponse, ReadsAWholeUrl) {
  auto r = parse_authorization_response(
      "http://127.0.0.1:5000/callback?code=abc&state=x%2By&iss=https%3A%2F%2Fas.example#frag");
  EXPECT_EQ(r.code, "abc");
  EXPECT_EQ(r.state, "x+y");
  EXPECT_EQ(r.iss, "https://as.example");
  EXPECT_FALSE(r.error);
}

TEST(ParseAuthorizationResponse, ReadsABareQueryAsAForm) {
  auto r = parse_authorization_response(
      "error=access_denied&error_description=The+user+said+no%21&state=s&iss=https://as.example");
  EXPECT_EQ(r.error, "access_denied");
  EXPECT_EQ(r.error_description, "The user said no!");
  EXPECT_EQ(r.state, "s");
  EXPECT_EQ(r.iss, "https://as.example");
  EXPECT_FALSE(r.code);
}

TEST(ParseAuthorizationResponse, FirstOfARepeatedParameterCountsAndOthersAreIgnored) {
  auto r = parse_authorization_response("/callback?code=1&code=2&other=x&state");
  EXPECT_EQ(r.code, "1");
  EXPECT_FALSE(r.state);  // no value
}

TEST(ParseAuthorizationResponse, NothingWithoutAQuery) {
  auto r = parse_authorization_response("http://127.0.0.1:5000/callback");
  EXPECT_FALSE(r.code || r.state || r.iss || r.error || r.error_description);
  EXPECT_FALSE(parse_authorization_response("code=%zz").code);  // malformed escape
}

// ---- helpers ------------------------------------------------------------------------------------

std::uint16_t port_of(const std::string& uri) {
  auto colon = uri.rfind(':');
  return static_cast<std::uint16_t>(std::stoi(uri.substr(colon + 1)));
}

// Holds a listening socket on 127.0.0.1 (port 0: any) until destroyed.
class Listener {
 public:
  explicit Listener(std::uint16_t port = 0) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    EXPECT_EQ(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(::listen(fd_, 4), 0);
    socklen_t len = sizeof addr;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~Listener() { ::close(fd_); }
  std::uint16_t port() const { return port_; }

 private:
  int fd_ = -1;
  std::uint16_t port_ = 0;
};

std::uint16_t free_port() {
  return Listener().port();
}

// A connection that connects and never sends anything (a browser's speculative connection).
int idle_connection(std::uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(port);
  EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  return fd;
}

LoopbackOptions quiet(std::chrono::seconds timeout = std::chrono::seconds(20)) {
  LoopbackOptions o;
  o.open_browser = false;
  o.print_url = false;
  o.timeout = timeout;
  return o;
}

sallyport::http::Response get(const std::string& url) {
  sallyport::http::Client client;
  sallyport::http::ClientRequest request;
  request.url = url;
  auto r = client.send(request);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? *r : sallyport::http::Response{};
}

// ---- LoopbackUserAgent --------------------------------------------------------------------------

TEST(LoopbackUserAgent, ReusesThePreferredPortWhenFree) {
  auto port = free_port();
  LoopbackUserAgent agent(quiet());
  auto uri = agent.begin("http://127.0.0.1:" + std::to_string(port) + "/callback");
  ASSERT_TRUE(uri) << uri.error();
  EXPECT_EQ(*uri, "http://127.0.0.1:" + std::to_string(port) + "/callback");
  // localhost counts as loopback for the preference; the URI still names the IP literal.
  LoopbackUserAgent other(quiet());
  auto port2 = free_port();
  EXPECT_EQ(*other.begin("http://localhost:" + std::to_string(port2) + "/cb"),
            "http://127.0.0.1:" + std::to_string(port2) + "/callback");
}

TEST(LoopbackUserAgent, FallsBackWhenThePreferredPortIsTakenOrNotLoopback) {
  Listener busy;
  LoopbackUserAgent agent(quiet());
  auto uri = agent.begin("http://127.0.0.1:" + std::to_string(busy.port()) + "/callback");
  ASSERT_TRUE(uri) << uri.error();
  EXPECT_THAT(*uri, StartsWith("http://127.0.0.1:"));
  EXPECT_NE(port_of(*uri), busy.port());
  EXPECT_NE(port_of(*uri), 0);

  auto port = free_port();
  for (auto preferred :
       {"https://127.0.0.1:" + std::to_string(port) + "/callback",
        "http://example.com:" + std::to_string(port) + "/callback", std::string("not a uri")}) {
    LoopbackUserAgent a(quiet());
    auto u = a.begin(preferred);
    ASSERT_TRUE(u) << u.error();
    EXPECT_NE(port_of(*u), port) << preferred;
  }
}

TEST(LoopbackUserAgent, UsesTheConfiguredPortAndFailsWhenItIsTaken) {
  auto port = free_port();
  auto options = quiet();
  options.port = port;
  LoopbackUserAgent agent(options);
  EXPECT_EQ(*agent.begin(""), "http://127.0.0.1:" + std::to_string(port) + "/callback");

  Listener busy;
  options.port = busy.port();
  LoopbackUserAgent blocked(options);
  auto r = blocked.begin("");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error(), HasSubstr(std::to_string(busy.port())));
}

TEST(LoopbackUserAgent, RefusesNonLoopbackHosts) {
  for (const char* host : {"0.0.0.0", "192.0.2.1", "localhost", "::"}) {
    auto options = quiet();
    options.host = host;
    LoopbackUserAgent agent(options);
    auto r = agent.begin("");
    ASSERT_FALSE(r) << host;
    EXPECT_THAT(r.error(), HasSubstr("loopback")) << host;
  }
}

TEST(LoopbackUserAgent, ReceivesTheRedirectWhileIgnoringStrayRequests) {
  LoopbackUserAgent agent(quiet());
  auto uri = agent.begin("");
  ASSERT_TRUE(uri) << uri.error();
  std::string base = uri->substr(0, uri->size() - std::string("/callback").size());
  auto browser = std::async(std::launch::async, [&] {
    int idle = idle_connection(port_of(*uri));  // must not hold up the real request
    auto not_found = get(base + "/favicon.ico");
    auto not_a_response = get(*uri + "?foo=bar");
    auto done = get(*uri + "?code=c0de&state=st%20ate&iss=https%3A%2F%2Fas.example");
    ::close(idle);
    return std::vector{not_found, not_a_response, done};
  });
  auto response = agent.complete("https://as.example/authorize?x=1");
  auto pages = browser.get();
  ASSERT_TRUE(response) << response.error();
  EXPECT_EQ(response->code, "c0de");
  EXPECT_EQ(response->state, "st ate");
  EXPECT_EQ(response->iss, "https://as.example");
  EXPECT_EQ(pages[0].status, 404);
  EXPECT_EQ(pages[1].status, 400);
  EXPECT_EQ(pages[2].status, 200);
  EXPECT_THAT(pages[2].body, HasSubstr("sign-in finished"));
  EXPECT_THAT(pages[2].body, HasSubstr("close this window"));
  EXPECT_EQ(pages[2].headers.get("Cache-Control"), "no-store");
  // One sign-in per begin(): the port is released.
  sallyport::http::Client client;
  EXPECT_FALSE(client.send({.url = *uri + "?code=again"}));
}

TEST(LoopbackUserAgent, AnErrorResponseEndsTheWaitToo) {
  LoopbackUserAgent agent(quiet());
  auto uri = agent.begin("");
  ASSERT_TRUE(uri);
  auto browser = std::async(std::launch::async, [&] {
    return get(*uri + "?error=access_denied&error_description=no%3Cb%3E&state=s");
  });
  auto response = agent.complete("https://as.example/authorize");
  auto page = browser.get();
  ASSERT_TRUE(response) << response.error();
  EXPECT_EQ(response->error, "access_denied");
  EXPECT_EQ(response->error_description, "no<b>");
  EXPECT_FALSE(response->code);
  EXPECT_THAT(page.body, HasSubstr("sign-in failed (access_denied)"));
}

TEST(LoopbackUserAgent, TimesOut) {
  LoopbackUserAgent agent(quiet(std::chrono::seconds(1)));
  ASSERT_TRUE(agent.begin(""));
  auto start = std::chrono::steady_clock::now();
  auto r = agent.complete("https://as.example/authorize");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), "timed out waiting for the sign-in (1 s)");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(LoopbackUserAgent, CompleteWithoutBeginIsAnError) {
  LoopbackUserAgent agent(quiet());
  EXPECT_FALSE(agent.complete("https://as.example/authorize"));
}

// The "browser" is a shell script the test controls: it writes its last argument (the URL) to a
// file; the test then plays the browser and follows that URL.
TEST(LoopbackUserAgent, RunsTheBrowserCommandWithTheUrl) {
  char tmpl[] = "/tmp/sallyport-browser-XXXXXX";
  fs::path dir = ::mkdtemp(tmpl);
  fs::path file = dir / "url";
  auto options = quiet();
  options.open_browser = true;
  options.browser_command = {"/bin/sh", "-c",
                             "printf '%s' \"$0\" > '" + file.string() + ".tmp' && mv '" +
                                 file.string() + ".tmp' '" + file.string() + "'"};
  LoopbackUserAgent agent(options);
  auto uri = agent.begin("");
  ASSERT_TRUE(uri);
  // The authorization URL, as an authorization server would redirect it: straight back.
  std::string authorization_url = *uri + "?code=from-browser&state=s%26t";
  auto browser = std::async(std::launch::async, [&] {
    for (int i = 0; i < 500 && !fs::exists(file); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::ifstream in(file);
    std::string url((std::istreambuf_iterator<char>(in)), {});
    if (!url.empty()) get(url);
    return url;
  });
  auto response = agent.complete(authorization_url);
  EXPECT_EQ(browser.get(), authorization_url);
  ASSERT_TRUE(response) << response.error();
  EXPECT_EQ(response->code, "from-browser");
  EXPECT_EQ(response->state, "s&t");
  fs::remove_all(dir);
}

// ---- HeadlessUserAgent --------------------------------------------------------------------------

// An authorization server that needs no user: /authorize sets a session cookie and redirects to
// a relative "login", which requires it, sets another and redirects to /consent, which requires
// both and redirects to the client's redirect URI.
class FakeAuthorizationServer {
 public:
  explicit FakeAuthorizationServer(std::string redirect_uri)
      : redirect_(std::move(redirect_uri)),
        server_({.host = "127.0.0.1", .threads = 1},
                [this](auto request, auto responder) { responder->respond(handle(request)); }) {
    server_.start();
  }
  ~FakeAuthorizationServer() { server_.stop(std::chrono::milliseconds(100)); }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(server_.port()) + path;
  }
  std::atomic<int> hits{0};

 private:
  sallyport::http::Response handle(const sallyport::http::Request& request) {
    ++hits;
    using sallyport::http::Response;
    auto redirect = [](std::string location) {
      Response r;
      r.status = 302;
      r.headers.set("Location", std::move(location));
      return r;
    };
    auto cookie = std::string(request.headers.get("Cookie").value_or(""));
    if (request.path == "/oauth/authorize") {
      auto r = redirect("login?step=1");
      r.headers.add("Set-Cookie", "sid=abc123; Path=/; HttpOnly");
      return r;
    }
    if (request.path == "/oauth/login") {
      if (cookie != "sid=abc123") return Response::text(403, "no session");
      auto r = redirect("/consent");
      r.headers.add("Set-Cookie", "consent=yes; Path=/");
      return r;
    }
    if (request.path == "/consent") {
      if (cookie != "consent=yes; sid=abc123") return Response::text(403, "no consent");
      return redirect(redirect_ + "?code=headless-code&state=st&iss=" + url(""));
    }
    if (request.path == "/page") return Response::text(200, "<form>sign in</form>", "text/html");
    if (request.path == "/loop") return redirect("/loop");
    return Response::text(404, "not found");
  }

  std::string redirect_;
  sallyport::http::Server server_;
};

HeadlessOptions headless(std::string redirect) {
  HeadlessOptions o;
  o.redirect_uri = std::move(redirect);
  o.timeout = std::chrono::milliseconds(5000);
  return o;
}

TEST(HeadlessUserAgent, FollowsRedirectsWithCookiesToTheRedirectUri) {
  // Nothing listens on the redirect URI: the agent must stop at its Location, not fetch it.
  std::string redirect = "http://127.0.0.1:" + std::to_string(free_port()) + "/callback";
  FakeAuthorizationServer as(redirect);
  HeadlessUserAgent agent(headless(redirect));
  EXPECT_EQ(*agent.begin("http://127.0.0.1:1/other"), redirect);
  auto r = agent.complete(as.url("/oauth/authorize?client_id=x&state=st"));
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->code, "headless-code");
  EXPECT_EQ(r->state, "st");
  EXPECT_EQ(r->iss, as.url(""));
  EXPECT_EQ(as.hits.load(), 3);
}

TEST(HeadlessUserAgent, APageInsteadOfARedirectIsAnErrorNamingTheStatus) {
  FakeAuthorizationServer as("http://127.0.0.1:3000/callback");
  HeadlessUserAgent agent(headless("http://127.0.0.1:3000/callback"));
  auto r = agent.complete(as.url("/page"));
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error(), HasSubstr("200"));
  r = agent.complete(as.url("/oauth/login"));  // no cookie: 403
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error(), HasSubstr("403"));
}

TEST(HeadlessUserAgent, GivesUpAfterMaxRedirects) {
  FakeAuthorizationServer as("http://127.0.0.1:3000/callback");
  auto options = headless("http://127.0.0.1:3000/callback");
  options.max_redirects = 3;
  HeadlessUserAgent agent(options);
  auto r = agent.complete(as.url("/loop"));
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error(), HasSubstr("more than 3 redirects"));
  EXPECT_EQ(as.hits.load(), 4);
}

}  // namespace
