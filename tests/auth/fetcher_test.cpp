// The Beast fetcher against a hand-rolled loopback server: bounds on size and time, no redirects.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "sallyport/auth/fetcher.hpp"

namespace sallyport::auth {
namespace {

using namespace std::chrono_literals;

// Accepts one connection, reads the request head, answers `response` after `delay`.
class OneShotServer {
 public:
  OneShotServer(std::string response, std::chrono::milliseconds delay = 0ms) {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    listen(fd_, 1);
    socklen_t len = sizeof addr;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this, response = std::move(response), delay] {
      int c = accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      char buf[4096];
      std::string head;
      while (head.find("\r\n\r\n") == std::string::npos) {
        auto n = read(c, buf, sizeof buf);
        if (n <= 0) break;
        head.append(buf, static_cast<std::size_t>(n));
      }
      request_ = head;
      std::this_thread::sleep_for(delay);
      (void)!write(c, response.data(), response.size());
      close(c);
    });
  }
  ~OneShotServer() {
    shutdown(fd_, SHUT_RDWR);
    thread_.join();
    close(fd_);
  }
  std::string url(std::string_view path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }
  const std::string& request() const { return request_; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::string request_;
};

std::string reply(int status, std::string body, std::string extra = "") {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: application/json\r\n" + extra +
         "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

TEST(BeastFetcher, GetAndPostForm) {
  auto f = make_beast_fetcher();
  {
    OneShotServer s(reply(200, R"({"keys":[]})"));
    auto r = f->get(s.url("/jwks?x=1"), {{"Accept", "application/json"}}, 5s);
    ASSERT_TRUE(r) << r.error();
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, R"({"keys":[]})");
    EXPECT_EQ(r->content_type, "application/json");
    EXPECT_TRUE(s.request().starts_with("GET /jwks?x=1 HTTP/1.1\r\n"));
  }
  {
    OneShotServer s(reply(200, "{}"));
    auto r = f->post_form(s.url("/introspect"), {{"token", "a b&c"}}, {}, 5s);
    ASSERT_TRUE(r) << r.error();
    EXPECT_NE(s.request().find("Content-Type: application/x-www-form-urlencoded"),
              std::string::npos);
  }
}

TEST(BeastFetcher, RedirectsAreNotFollowed) {
  OneShotServer s(reply(302, "", "Location: http://evil.example.com/\r\n"));
  auto r = make_beast_fetcher()->get(s.url(), {}, 5s);
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->status, 302);
}

TEST(BeastFetcher, ResponseSizeIsCapped) {
  OneShotServer s(reply(200, std::string(4096, 'x')));
  auto r = make_beast_fetcher({.max_response_bytes = 1024})->get(s.url(), {}, 5s);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), "response too large");
}

TEST(BeastFetcher, SlowServersTimeOut) {
  OneShotServer s(reply(200, "{}"), 1500ms);
  auto start = std::chrono::steady_clock::now();
  auto r = make_beast_fetcher()->get(s.url(), {}, 300ms);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1200ms);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), "timed out");
}

TEST(BeastFetcher, TlsToAPlainServerFails) {
  OneShotServer s("HTTP/1.1 200 OK\r\n\r\n");
  auto url = s.url();
  url.replace(0, 4, "https");
  auto r = make_beast_fetcher()->get(url, {}, 1s);
  EXPECT_FALSE(r);
}

TEST(BeastFetcher, RefusesOddUrls) {
  auto f = make_beast_fetcher();
  EXPECT_EQ(f->get("ftp://127.0.0.1/x", {}, 1s).error(), "only http and https URLs are fetched");
  EXPECT_EQ(f->get("http://user:pw@127.0.0.1/x", {}, 1s).error(), "URL must not carry credentials");
  EXPECT_FALSE(f->get("not a url", {}, 1s));
  EXPECT_FALSE(f->get("http://127.0.0.1:1/", {}, 2s));  // connection refused
}

TEST(FormUrlencode, Rfc6749AppendixB) {
  EXPECT_EQ(form_urlencode("a b&c=d:é"), "a+b%26c%3Dd%3A%C3%A9");
  EXPECT_EQ(form_urlencode("A-z_0.9*~"), "A-z_0.9*%7E");
}

}  // namespace
}  // namespace sallyport::auth
