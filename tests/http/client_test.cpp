#include "sallyport/http/client.hpp"

#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "sallyport/http/server.hpp"
#include "support/wait.hpp"

namespace sallyport::http {
namespace {

using namespace std::chrono_literals;
using sallyport::testing::Latch;

struct Fixture {
  std::mutex mutex;
  std::vector<std::shared_ptr<Responder>> held;
  std::vector<std::shared_ptr<EventStream>> streams;
  Server server;

  explicit Fixture(ServerOptions o = {})
      : server(with_threads(std::move(o)), [this](Request r, std::shared_ptr<Responder> res) {
          handle(std::move(r), std::move(res));
        }) {
    server.start();
  }
  ~Fixture() {
    {
      std::lock_guard lock(mutex);
      for (auto& s : streams) s->end();
    }
    server.stop(100ms);
  }
  static ServerOptions with_threads(ServerOptions o) {
    o.threads = 2;
    return o;
  }
  std::string url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(server.port()) + std::string(path);
  }

  void handle(Request r, std::shared_ptr<Responder> res) {
    if (r.path == "/never") {
      std::lock_guard lock(mutex);
      held.push_back(res);
      return;
    }
    if (r.path == "/stream") {
      auto s = res->open_events();
      s->send(sse::Event{.data = "first"});
      std::lock_guard lock(mutex);
      streams.push_back(s);
      return;
    }
    if (r.path == "/big") return res->respond(Response::text(200, std::string(5000, 'x')));
    res->respond(Response::text(200, r.method + " " + r.path));
  }
};

TEST(HttpClient, InvalidUrls) {
  Client client;
  auto a = client.send({.method = "GET", .url = "ftp://127.0.0.1/", .headers = {}, .body = {}});
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().kind, ClientError::Kind::kInvalidUrl);
  auto b = client.send({.method = "GET", .url = "not a url", .headers = {}, .body = {}});
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().kind, ClientError::Kind::kInvalidUrl);
  auto c =
      client.send({.method = "GET", .url = "http://user:pw@127.0.0.1/", .headers = {}, .body = {}});
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().kind, ClientError::Kind::kInvalidUrl);
}

TEST(HttpClient, HeaderInjectionRefused) {
  Fixture f;
  Client client;
  ClientRequest req{.method = "GET", .url = f.url("/"), .headers = {}, .body = {}};
  req.headers.add("X-Evil", "a\r\nX-Injected: 1");
  auto r = client.send(req);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ClientError::Kind::kProtocol);
}

TEST(HttpClient, ConnectionRefused) {
  std::uint16_t port;
  {
    Fixture f;
    port = f.server.port();
  }
  Client client;
  auto r = client.send({.method = "GET",
                        .url = "http://127.0.0.1:" + std::to_string(port) + "/",
                        .headers = {},
                        .body = {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ClientError::Kind::kConnect);
}

TEST(HttpClient, RequestTimeout) {
  Fixture f;
  ClientOptions o;
  o.request_timeout = 200ms;
  Client client(o);
  auto t0 = std::chrono::steady_clock::now();
  auto r = client.send({.method = "GET", .url = f.url("/never"), .headers = {}, .body = {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ClientError::Kind::kTimeout);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 3s);
}

TEST(HttpClient, BodyLimit) {
  Fixture f;
  ClientOptions o;
  o.max_body_bytes = 1000;
  Client client(o);
  auto r = client.send({.method = "GET", .url = f.url("/big"), .headers = {}, .body = {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ClientError::Kind::kTooLarge);
}

TEST(HttpClient, CancelFromAnotherThreadEndsAStream) {
  Fixture f;
  Client client;
  Cancel cancel;
  Latch got_first;
  std::string seen;
  BodyStream body{.want = [](const Response&) { return true; },
                  .on_data =
                      [&](std::string_view piece) {
                        seen.append(piece);
                        got_first.open();
                        return true;
                      }};
  auto result = std::async(std::launch::async, [&] {
    return client.send({.method = "GET", .url = f.url("/stream"), .headers = {}, .body = {}}, &body,
                       &cancel);
  });
  ASSERT_TRUE(got_first.wait());
  cancel.cancel();
  ASSERT_EQ(result.wait_for(3s), std::future_status::ready);
  auto r = result.get();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ClientError::Kind::kCancelled);
  EXPECT_NE(seen.find("data: first"), std::string::npos);
  // A cancelled Cancel refuses further work at once.
  auto again = client.send({.method = "GET", .url = f.url("/"), .headers = {}, .body = {}}, nullptr,
                           &cancel);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ClientError::Kind::kCancelled);
}

TEST(HttpClient, StreamIdleTimeout) {
  Fixture f;
  ClientOptions o;
  o.stream_idle_timeout = 200ms;
  Client client(o);
  BodyStream body{.want = [](const Response&) { return true; },
                  .on_data =
                      [](std::string_view) {
                        return true;
                      }};
  auto t0 = std::chrono::steady_clock::now();
  auto r =
      client.send({.method = "GET", .url = f.url("/stream"), .headers = {}, .body = {}}, &body);
  // The stream went quiet: the call returns (the caller sees an ended stream) well before the
  // server would have ended it.
  EXPECT_TRUE(r);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 3s);
}

TEST(HttpClient, StaleKeepAliveConnectionIsReplaced) {
  ServerOptions o;
  o.idle_timeout = 100ms;
  Fixture f(o);
  Client client;
  auto first = client.send({.method = "POST", .url = f.url("/one"), .headers = {}, .body = "x"});
  ASSERT_TRUE(first);
  std::this_thread::sleep_for(400ms);  // the server closes the idle connection meanwhile
  auto second = client.send({.method = "POST", .url = f.url("/two"), .headers = {}, .body = "y"});
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->body, "POST /two");
}

TEST(HttpClient, ManyThreadsShareOneClient) {
  Fixture f;
  Client client;
  std::vector<std::future<bool>> results;
  for (int i = 0; i < 8; ++i)
    results.push_back(std::async(std::launch::async, [&, i] {
      for (int j = 0; j < 10; ++j) {
        auto path = "/t" + std::to_string(i);
        auto r = client.send({.method = "GET", .url = f.url(path), .headers = {}, .body = {}});
        if (!r || r->body != "GET " + path) return false;
      }
      return true;
    }));
  for (auto& r : results) EXPECT_TRUE(r.get());
}

}  // namespace
}  // namespace sallyport::http
