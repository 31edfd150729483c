#include "sallyport/http/server.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

#include "http/test_support.hpp"
#include "sallyport/http/client.hpp"
#include "support/wait.hpp"

namespace sallyport::http {
namespace {

using namespace std::chrono_literals;
using sallyport::testing::eventually;
using sallyport::testing::Latch;
using testing::RawSocket;

ServerOptions small_options() {
  ServerOptions o;
  o.threads = 2;
  return o;
}

std::string url(const Server& s, std::string_view path = "/") {
  return "http://127.0.0.1:" + std::to_string(s.port()) + std::string(path);
}

Response echo(const Request& r) {
  Response res = Response::text(200, r.method + " " + r.target + " " + r.body);
  res.headers.set("X-Seen-Header", std::string(r.headers.get("X-Test").value_or("")));
  return res;
}

TEST(HttpServer, AnswersAndKeepsConnectionsAlive) {
  Server server(small_options(),
                [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  Client client;
  for (int i = 0; i < 3; ++i) {
    ClientRequest req{
        .method = "POST", .url = url(server, "/mcp?x=1"), .headers = {}, .body = "hi"};
    req.headers.add("x-test", "v");
    auto r = client.send(req);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, "POST /mcp?x=1 hi");
    EXPECT_EQ(r->headers.get("x-seen-header"), "v");
  }
  EXPECT_EQ(server.connection_count(), 1u);  // one keep-alive connection served all three
}

TEST(HttpServer, HandlerMayAnswerLaterFromAnyThread) {
  std::vector<std::thread> threads;
  std::mutex mutex;
  Server server(small_options(), [&](Request r, std::shared_ptr<Responder> res) {
    std::lock_guard lock(mutex);
    threads.emplace_back([r = std::move(r), res] {
      std::this_thread::sleep_for(20ms);
      res->respond(echo(r));
    });
  });
  server.start();
  Client client;
  auto r = client.send({.method = "GET", .url = url(server, "/later"), .headers = {}, .body = {}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body, "GET /later ");
  std::lock_guard lock(mutex);
  for (auto& t : threads) t.join();
}

TEST(HttpServer, UnansweredRequestGets500) {
  Server server(small_options(), [](Request, std::shared_ptr<Responder>) {});
  server.start();
  Client client;
  auto r = client.send({.method = "GET", .url = url(server), .headers = {}, .body = {}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);
}

TEST(HttpServer, BodyTooLargeIs413) {
  auto o = small_options();
  o.max_body_bytes = 100;
  Server server(o, [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  Client client;
  auto r = client.send(
      {.method = "POST", .url = url(server), .headers = {}, .body = std::string(101, 'x')});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, 413);
  // A chunked body is bounded as it arrives.
  RawSocket raw(server.port());
  raw.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
  raw.send("50\r\n" + std::string(80, 'a') + "\r\n50\r\n" + std::string(80, 'a') + "\r\n0\r\n\r\n");
  EXPECT_NE(raw.read(2s, "\r\n\r\n").find("413"), std::string::npos);
}

TEST(HttpServer, HeaderTooLargeIs431) {
  auto o = small_options();
  o.max_header_bytes = 1024;
  Server server(o, [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(4000, 'b') + "\r\n\r\n");
  auto answer = raw.read(2s, "\r\n\r\n");
  EXPECT_NE(answer.find("HTTP/1.1 431"), std::string::npos) << answer;
  EXPECT_TRUE(raw.closed_by_peer(2s));
}

// Request heads are parsed into a small per-connection block that is reused for every request;
// a head beyond it (many or long fields, a long target) takes the heap. Large and small heads
// alternate on one connection, and every field and the target arrive intact.
TEST(HttpServer, LargeAndSmallRequestHeadsAlternateOnOneConnection) {
  Server server(small_options(), [](Request r, std::shared_ptr<Responder> res) {
    std::string seen = r.target;
    for (auto& [name, value] : r.headers)
      if (name.starts_with("X-")) seen += " " + name + "=" + std::to_string(value.size());
    res->respond(Response::text(200, seen));
  });
  server.start();
  Client client;
  for (int round = 0; round < 4; ++round) {
    bool big = round % 2 == 0;
    std::string target = "/p?" + std::string(big ? 3000 : 5, 't');
    ClientRequest req{.method = "GET", .url = url(server, target), .headers = {}, .body = {}};
    std::string expected = target;
    for (int i = 0; i < (big ? 40 : 2); ++i) {
      std::string name = "X-F" + std::to_string(i);
      std::size_t size = big ? 100 + static_cast<std::size_t>(i) : 3;
      req.headers.add(name, std::string(size, 'v'));
      expected += " " + name + "=" + std::to_string(size);
    }
    auto r = client.send(req);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, expected) << "round " << round;
  }
  EXPECT_EQ(server.connection_count(), 1u);
}

TEST(HttpServer, MalformedRequestIs400) {
  Server server(small_options(),
                [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/9.9 nonsense\r\n\r\n");
  EXPECT_NE(raw.read(2s, "\r\n\r\n").find("HTTP/1.1 400"), std::string::npos);
}

TEST(HttpServer, SlowClientCannotPinAConnection) {
  auto o = small_options();
  o.header_timeout = 200ms;
  o.body_timeout = 200ms;
  Server server(o, [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  {
    RawSocket raw(server.port());  // a head that never completes
    raw.send("POST / HTTP/1.1\r\nHost: x\r\n");
    auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(raw.closed_by_peer(3s));
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
  }
  {
    RawSocket raw(server.port());  // a body that trickles and stops
    raw.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
    auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(raw.closed_by_peer(3s));
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
  }
  {
    RawSocket raw(server.port());  // connects and says nothing
    EXPECT_TRUE(raw.closed_by_peer(3s));
  }
  EXPECT_TRUE(eventually([&] { return server.connection_count() == 0; }));
}

TEST(HttpServer, IdleKeepAliveConnectionsClose) {
  auto o = small_options();
  o.idle_timeout = 200ms;
  Server server(o, [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(raw.read(2s, "GET / ").find("200 OK"), std::string::npos);
  EXPECT_TRUE(raw.closed_by_peer(3s));
}

// Connections are pinned to one I/O thread's io_context each (handed out in turn): a handler
// that blocks its thread gets a replacement on that io_context, so the connections that share
// it are still answered.
TEST(HttpServer, ABlockedHandlerDoesNotHoldUpTheConnectionsSharingItsThread) {
  Latch release;
  Latch blocked;
  Server server(small_options(), [&](Request r, std::shared_ptr<Responder> res) {
    if (r.target == "/block") {
      blocked.open();
      release.wait();
    }
    res->respond(echo(r));
  });
  server.start();
  RawSocket held(server.port());
  held.send("GET /block HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(blocked.wait());
  // Four new connections: two of them land on the blocked handler's io_context.
  for (int i = 0; i < 4; ++i) {
    Client client;
    auto r =
        client.send({.method = "GET", .url = url(server, "/quick"), .headers = {}, .body = {}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->body, "GET /quick ");
  }
  release.open();
  EXPECT_NE(held.read(5s, "GET /block ").find("200 OK"), std::string::npos);
}

// A client that stops reading cannot hold a connection (and its handler's answer) forever: the
// write times out, the connection closes and the handler hears of it.
TEST(HttpServer, AClientThatStopsReadingTimesOut) {
  auto o = small_options();
  o.write_timeout = 200ms;
  Latch gone;
  Server server(o, [&](Request, std::shared_ptr<Responder> res) {
    res->on_disconnect([&] { gone.open(); });
    // Far more than the loopback socket buffers take.
    res->respond(Response::text(200, std::string(64 * 1024 * 1024, 'x')));
  });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(gone.wait());
  EXPECT_TRUE(eventually([&] { return server.connection_count() == 0; }));
}

TEST(HttpServer, ConnectionCloseRequestIsHonoured) {
  Server server(small_options(),
                [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  auto answer = raw.read(2s);
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
  EXPECT_TRUE(raw.closed_by_peer(2s));
}

TEST(HttpServer, DisconnectIsNoticedBeforeAnythingIsWritten) {
  Latch gone;
  std::shared_ptr<Responder> held;
  std::mutex mutex;
  Server server(small_options(), [&](Request, std::shared_ptr<Responder> res) {
    res->on_disconnect([&] { gone.open(); });
    std::lock_guard lock(mutex);
    held = res;
  });
  server.start();
  {
    RawSocket raw(server.port());
    raw.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi");
    ASSERT_TRUE(eventually([&] {
      std::lock_guard lock(mutex);
      return held != nullptr;
    }));
  }
  EXPECT_TRUE(gone.wait());
  std::lock_guard lock(mutex);
  EXPECT_TRUE(held->disconnected());
  held->respond(Response::text(200, "too late"));  // harmless
}

TEST(HttpServer, PipelinedRequestsAreAnsweredInOrder) {
  Server server(small_options(),
                [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
  auto answer = raw.read(3s, "GET /b ");
  auto a = answer.find("GET /a "), b = answer.find("GET /b ");
  ASSERT_NE(a, std::string::npos) << answer;
  ASSERT_NE(b, std::string::npos) << answer;
  EXPECT_LT(a, b);
}

TEST(HttpServer, Expect100Continue) {
  Server server(small_options(),
                [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket raw(server.port());
  raw.send("POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
  EXPECT_NE(raw.read(2s, "\r\n\r\n").find("HTTP/1.1 100 Continue"), std::string::npos);
  raw.send("body");
  EXPECT_NE(raw.read(2s, "body").find("POST /e body"), std::string::npos);
}

TEST(HttpServer, EventStreamThenKeepAlive) {
  Server server(small_options(), [](Request r, std::shared_ptr<Responder> res) {
    if (r.path != "/events") return res->respond(echo(r));
    Headers h;
    h.set("X-Stream", "yes");
    auto stream = res->open_events(h);
    ASSERT_TRUE(stream);
    std::thread([stream] {
      stream->send(sse::Event{.data = "", .id = "s-0", .retry = 1000ms});
      for (int i = 1; i <= 3; ++i)
        stream->send(
            sse::Event{.data = "event " + std::to_string(i), .id = "s-" + std::to_string(i)});
      stream->end();
      EXPECT_FALSE(stream->send(sse::Event{.data = "after end"}));
    }).detach();
  });
  server.start();
  Client client;
  std::vector<sse::Event> events;
  sse::Parser parser;
  BodyStream body{.want =
                      [](const Response& head) {
                        return head.headers.get("Content-Type") == "text/event-stream";
                      },
                  .on_data =
                      [&](std::string_view piece) {
                        return parser.feed(piece, [&](sse::Event&& e) {
                          if (!e.data.empty()) events.push_back(std::move(e));
                        });
                      }};
  auto r = client.send({.method = "GET", .url = url(server, "/events"), .headers = {}, .body = {}},
                       &body);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->headers.get("X-Stream"), "yes");
  EXPECT_EQ(r->headers.get("Cache-Control"), "no-cache");
  EXPECT_EQ(r->headers.get("X-Accel-Buffering"), "no");
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].data, "event 3");
  EXPECT_EQ(parser.last_event_id(), "s-3");
  EXPECT_EQ(parser.retry(), 1000ms);
  auto again = client.send({.method = "GET", .url = url(server, "/x"), .headers = {}, .body = {}});
  ASSERT_TRUE(again);
  EXPECT_EQ(server.connection_count(), 1u);
  EXPECT_TRUE(eventually([&] { return server.stream_count() == 0; }));
}

TEST(HttpServer, KeepAliveCommentsOnQuietStreams) {
  auto o = small_options();
  o.keepalive_interval = 100ms;
  std::shared_ptr<EventStream> held;
  std::mutex mutex;
  Server server(o, [&](Request, std::shared_ptr<Responder> res) {
    std::lock_guard lock(mutex);
    held = res->open_events();
  });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  auto seen = raw.read(3s, ":\n\n");
  EXPECT_NE(seen.find("text/event-stream"), std::string::npos);
  EXPECT_NE(seen.find("3\r\n:\n\n\r\n"), std::string::npos) << seen;  // a chunk with the comment
  std::lock_guard lock(mutex);
  held->end();
}

TEST(HttpServer, StreamCapLeavesRoomForPlainAnswers) {
  auto o = small_options();
  o.max_streams = 1;
  std::vector<std::shared_ptr<EventStream>> held;
  std::mutex mutex;
  Server server(o, [&](Request, std::shared_ptr<Responder> res) {
    auto s = res->open_events();
    if (!s) return res->respond(Response::text(503, "busy"));
    std::lock_guard lock(mutex);
    held.push_back(s);
  });
  server.start();
  RawSocket first(server.port());
  first.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(first.read(2s, "\r\n\r\n").find("200 OK"), std::string::npos);
  Client client;
  auto r = client.send({.method = "GET", .url = url(server), .headers = {}, .body = {}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(server.stream_count(), 1u);
  std::lock_guard lock(mutex);
  for (auto& s : held) s->end();
}

TEST(HttpServer, ConnectionLimit) {
  auto o = small_options();
  o.max_connections = 1;
  Server server(o, [](Request r, std::shared_ptr<Responder> res) { res->respond(echo(r)); });
  server.start();
  RawSocket first(server.port());
  ASSERT_TRUE(eventually([&] { return server.connection_count() == 1; }));
  RawSocket second(server.port());
  EXPECT_TRUE(second.closed_by_peer(2s));
  first.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(first.read(2s, "GET / ").find("200 OK"), std::string::npos);
}

TEST(HttpServer, StopLetsInFlightRequestsFinish) {
  Latch started;
  Server server(small_options(), [&](Request r, std::shared_ptr<Responder> res) {
    started.open();
    std::thread([r = std::move(r), res] {
      std::this_thread::sleep_for(300ms);
      res->respond(echo(r));
    }).detach();
  });
  server.start();
  auto result = std::async(std::launch::async, [&] {
    Client client;
    return client.send({.method = "GET", .url = url(server, "/slow"), .headers = {}, .body = {}});
  });
  ASSERT_TRUE(started.wait());
  server.stop(5s);
  auto r = result.get();
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->body, "GET /slow ");
  EXPECT_EQ(r->headers.get("Connection"), "close");
  Client late;
  EXPECT_FALSE(late.send({.method = "GET", .url = url(server), .headers = {}, .body = {}}));
}

TEST(HttpServer, StopCutsWhatOutlivesTheGrace) {
  Latch started, cut;
  std::shared_ptr<Responder> held;
  Server server(small_options(), [&](Request, std::shared_ptr<Responder> res) {
    res->on_disconnect([&] { cut.open(); });
    held = res;
    started.open();
  });
  server.start();
  RawSocket raw(server.port());
  raw.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(started.wait());
  auto t0 = std::chrono::steady_clock::now();
  server.stop(200ms);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 3s);
  EXPECT_TRUE(cut.wait());
  held.reset();  // the server is gone; dropping the responder must be harmless
}

TEST(HttpServer, Tls) {
  testing::TestCertificate cert;
  auto o = small_options();
  o.tls = TlsOptions{cert.cert.string(), cert.key.string()};
  Server server(o, [](Request r, std::shared_ptr<Responder> res) {
    auto out = echo(r);
    out.headers.set("X-Tls", r.tls ? "1" : "0");
    res->respond(std::move(out));
  });
  server.start();
  std::string base = "https://127.0.0.1:" + std::to_string(server.port()) + "/secure";
  ClientOptions trusting;
  trusting.ca_file = cert.cert.string();
  Client client(trusting);
  for (int i = 0; i < 2; ++i) {
    auto r = client.send({.method = "POST", .url = base, .headers = {}, .body = "s"});
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->body, "POST /secure s");
    EXPECT_EQ(r->headers.get("X-Tls"), "1");
  }
  EXPECT_EQ(server.connection_count(), 1u);
  // The system store does not know our certificate: verification must fail.
  Client strict;
  auto r = strict.send({.method = "GET", .url = base, .headers = {}, .body = {}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ClientError::Kind::kTls);
  // Nor does a certificate issued for another name, even when trusted.
  testing::TestCertificate other("DNS:other.example");
  auto o2 = small_options();
  o2.tls = TlsOptions{other.cert.string(), other.key.string()};
  Server elsewhere(o2, [](Request q, std::shared_ptr<Responder> res) { res->respond(echo(q)); });
  elsewhere.start();
  ClientOptions trusting_other;
  trusting_other.ca_file = other.cert.string();
  Client wrong_name(trusting_other);
  auto w = wrong_name.send({.method = "GET",
                            .url = "https://127.0.0.1:" + std::to_string(elsewhere.port()),
                            .headers = {},
                            .body = {}});
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().kind, ClientError::Kind::kTls);
}

}  // namespace
}  // namespace sallyport::http
