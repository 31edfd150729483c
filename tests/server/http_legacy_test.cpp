// The 2025-11-25 side of the HTTP binding, spoken raw: sessions, the GET stream, event ids and
// Last-Event-ID resumption, server-to-client requests answered by POST, DELETE, expiry.
#include "server/http_fixture.hpp"

namespace sallyport::testing::http_test {
namespace {

struct LegacyClient {
  std::string url;
  std::string session;

  http::Headers headers() const {
    auto h = base_headers();
    if (!session.empty()) h.set("Mcp-Session-Id", session);
    h.set("MCP-Protocol-Version", "2025-11-25");
    return h;
  }

  Reply initialize(JsonObject capabilities = {}) {
    auto h = base_headers();
    auto r = send("POST", url,
                  rpc_request(1, "initialize",
                              {{"protocolVersion", "2025-11-25"},
                               {"capabilities", std::move(capabilities)},
                               {"clientInfo", {{"name", "legacy"}, {"version", "1"}}}}),
                  h);
    if (auto id = r.headers.get("Mcp-Session-Id")) session = std::string(*id);
    if (r.status == 200) {
      auto n =
          send("POST", url, R"({"jsonrpc":"2.0","method":"notifications/initialized"})", headers());
      EXPECT_EQ(n.status, 202);
    }
    return r;
  }

  Reply request(std::int64_t id, std::string_view method, JsonObject params = {}) {
    return send("POST", url, rpc_request(id, method, std::move(params)), headers());
  }
};

TEST(HttpLegacy, InitializeOpensASession) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  auto init = c.initialize();
  EXPECT_EQ(init.status, 200);
  ASSERT_EQ(c.session.size(), 64u);  // 256 random bits, hex
  EXPECT_EQ(c.session.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(init.response(1)->at("result").at("protocolVersion"), "2025-11-25");
  auto tools = c.request(2, "tools/list");
  EXPECT_EQ(tools.status, 200);
  EXPECT_TRUE(tools.response(2)->at("result").as_object().contains("tools"));
  EXPECT_EQ(f.http->session_count(), 1u);
  // Another initialize is another session.
  LegacyClient d{f.url(), {}};
  d.initialize();
  EXPECT_NE(c.session, d.session);
  EXPECT_EQ(f.http->session_count(), 2u);
}

TEST(HttpLegacy, SessionHeaderRules) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  auto missing = c.request(2, "tools/list");
  EXPECT_EQ(missing.status, 400);
  EXPECT_FALSE(missing.messages.empty());  // never an empty 400
  c.session = std::string(64, 'a');
  EXPECT_EQ(c.request(2, "tools/list").status, 404);
  c.session.clear();
  c.initialize();
  auto bad_version = c.headers();
  bad_version.set("MCP-Protocol-Version", "1999-01-01");
  EXPECT_EQ(send("POST", f.url(), rpc_request(3, "tools/list", {}), bad_version).status, 400);
}

TEST(HttpLegacy, DeleteEndsTheSession) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize();
  auto del = send("DELETE", f.url(), "", c.headers());
  EXPECT_EQ(del.status, 200);
  EXPECT_EQ(c.request(2, "tools/list").status, 404);
  EXPECT_EQ(send("DELETE", f.url(), "", c.headers()).status, 404);
  EXPECT_EQ(f.http->session_count(), 0u);
}

TEST(HttpLegacy, IdleSessionsExpire) {
  HttpOptions o;
  o.session_idle_ttl = std::chrono::seconds(1);
  HttpFixture f(o);
  LegacyClient c{f.url(), {}};
  c.initialize();
  EXPECT_EQ(c.request(2, "ping").status, 200);
  ASSERT_TRUE(eventually([&] { return f.http->session_count() == 0; }, 5s));
  EXPECT_EQ(c.request(3, "ping").status, 404);
}

TEST(HttpLegacy, SessionLimit) {
  HttpOptions o;
  o.max_sessions = 2;
  HttpFixture f(o);
  LegacyClient a{f.url(), {}}, b{f.url(), {}}, c{f.url(), {}};
  EXPECT_EQ(a.initialize().status, 200);
  EXPECT_EQ(b.initialize().status, 200);
  EXPECT_EQ(c.initialize().status, 503);
}

TEST(HttpLegacy, FailedInitializeLeavesNoSession) {
  HttpFixture f;
  auto r =
      send("POST", f.url(), rpc_request(1, "initialize", {{"protocolVersion", 5}}), base_headers());
  EXPECT_EQ(r.status, 200);  // legacy errors travel in-band
  EXPECT_EQ(r.error_code(), -32602);
  EXPECT_TRUE(eventually([&] { return f.http->session_count() == 0; }));
}

TEST(HttpLegacy, GetStreamCarriesServerNotificationsWithIds) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize();
  auto h = c.headers();
  h.set("Accept", "text/event-stream");
  BackgroundStream get("GET", f.url(), "", h);
  std::this_thread::sleep_for(100ms);  // let the GET attach
  f.server.notify_tools_changed();
  ASSERT_TRUE(get.wait_for(1));
  EXPECT_EQ(get.messages()[0].at("method"), "notifications/tools/list_changed");
  get.cancel();
  ASSERT_TRUE(get.wait_done());
  auto reply = get.reply();
  ASSERT_GE(reply.events.size(), 2u);
  EXPECT_EQ(reply.events[0].id, "0-0");  // priming: an id, no data, and retry
  EXPECT_EQ(reply.events[0].data, "");
  EXPECT_EQ(reply.events[0].retry, std::chrono::milliseconds(1000));
  EXPECT_EQ(reply.events[1].id, "0-1");
  // GET needs text/event-stream in Accept.
  auto json_only = c.headers();
  json_only.set("Accept", "application/json");
  EXPECT_EQ(send("GET", f.url(), "", json_only).status, 406);
}

TEST(HttpLegacy, ResumeTheGetStreamWithLastEventId) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize();
  auto h = c.headers();
  h.set("Accept", "text/event-stream");
  {
    BackgroundStream get("GET", f.url(), "", h);
    std::this_thread::sleep_for(100ms);
    f.server.notify_tools_changed();
    ASSERT_TRUE(get.wait_for(1));
  }
  // Missed while disconnected:
  f.server.notify_prompts_changed();
  f.server.notify_resources_changed();
  auto resumed = h;
  resumed.set("Last-Event-ID", "0-1");
  BackgroundStream again("GET", f.url(), "", resumed);
  ASSERT_TRUE(again.wait_for(2));
  auto m = again.messages();
  EXPECT_EQ(m[0].at("method"), "notifications/prompts/list_changed");
  EXPECT_EQ(m[1].at("method"), "notifications/resources/list_changed");
  auto bad = h;
  bad.set("Last-Event-ID", "garbage");
  EXPECT_EQ(send("GET", f.url(), "", bad).status, 400);
  bad.set("Last-Event-ID", "77-1");
  EXPECT_EQ(send("GET", f.url(), "", bad).status, 400);
}

TEST(HttpLegacy, NotificationsBeforeTheAnswerOpenAResumableStream) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize();
  auto r = c.request(
      5, "tools/call",
      {{"name", "progress"}, {"arguments", JsonObject{}}, {"_meta", {{"progressToken", 9}}}});
  ASSERT_TRUE(r.is_sse());
  ASSERT_GE(r.events.size(), 4u);
  EXPECT_EQ(r.events[0].id, "1-0");  // priming first
  EXPECT_TRUE(r.events[0].retry);
  EXPECT_EQ(r.events[1].id, "1-1");
  EXPECT_EQ(r.messages[0].at("method"), "notifications/message");  // no setLevel: everything
  EXPECT_EQ(r.messages[1].at("method"), "notifications/progress");
  ASSERT_TRUE(r.response(5));
  EXPECT_EQ(r.last_event_id, "1-3");
  // The finished stream can still be replayed from the event store.
  auto h = c.headers();
  h.set("Accept", "text/event-stream");
  h.set("Last-Event-ID", "1-2");
  auto replay = send("GET", f.url(), "", h);
  ASSERT_TRUE(replay.is_sse());
  ASSERT_EQ(replay.messages.size(), 1u);
  EXPECT_TRUE(replay.response(5));
}

TEST(HttpLegacy, ServerRequestsGoOutOnTheStreamAndAnswersComeBackByPost) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize(JsonObject{{"elicitation", JsonObject{}}});
  auto headers = c.headers();
  std::atomic<bool> answered{false};
  Reply r = send(
      "POST", f.url(), rpc_request(6, "tools/call", {{"name", "ask"}, {"arguments", JsonObject{}}}),
      headers, nullptr, [&](const Json& m) {
        if (!m.as_object().contains("method") || m.at("method") != "elicitation/create") return;
        // Answer from another thread: this one is busy reading the stream.
        std::thread([&, id = m.at("id")] {
          JsonObject answer{{"jsonrpc", "2.0"},
                            {"id", id},
                            {"result", {{"action", "accept"}, {"content", {{"name", "Ada"}}}}}};
          auto a = send("POST", f.url(), boost::json::serialize(answer), headers);
          answered = a.status == 202;
        }).detach();
      });
  ASSERT_TRUE(r.response(6)) << r.body;
  EXPECT_EQ(r.response(6)->at("result").at("content").at(0).at("text"), "hello Ada");
  EXPECT_TRUE(eventually([&] { return answered.load(); }));
}

// Each handler waits on its I/O thread for an answer that only another POST brings: with one
// I/O thread, those POSTs are still read (no deadlock).
TEST(HttpLegacy, HandlersWaitingForTheClientDoNotStarveTheIoThreads) {
  HttpOptions o;
  o.threads = 1;
  HttpFixture f(o);
  LegacyClient c{f.url(), {}};
  c.initialize(JsonObject{{"elicitation", JsonObject{}}});
  std::vector<std::unique_ptr<BackgroundStream>> calls;
  for (std::int64_t id = 20; id < 23; ++id)
    calls.push_back(std::make_unique<BackgroundStream>(
        "POST", f.url(),
        rpc_request(id, "tools/call", {{"name", "ask"}, {"arguments", JsonObject{}}}),
        c.headers()));
  for (auto& call : calls) ASSERT_TRUE(call->wait_for(1));  // all three wait at once
  for (auto& call : calls) {
    auto question = call->messages()[0];
    ASSERT_EQ(question.at("method"), "elicitation/create");
    JsonObject answer{{"jsonrpc", "2.0"},
                      {"id", question.at("id")},
                      {"result", {{"action", "accept"}, {"content", {{"name", "Ada"}}}}}};
    EXPECT_EQ(send("POST", f.url(), boost::json::serialize(answer), c.headers()).status, 202);
  }
  for (std::int64_t i = 0; i < 3; ++i) {
    ASSERT_TRUE(calls[i]->wait_done());
    auto reply = calls[i]->reply();
    ASSERT_TRUE(reply.response(20 + i)) << reply.body;
    EXPECT_EQ(reply.response(20 + i)->at("result").at("content").at(0).at("text"), "hello Ada");
  }
}

TEST(HttpLegacy, ClientCancellationReachesTheHandler) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize();
  BackgroundStream call(
      "POST", f.url(),
      rpc_request(7, "tools/call", {{"name", "slow"}, {"arguments", JsonObject{}}}), c.headers());
  ASSERT_TRUE(f.slow_started.wait());
  auto n = send(
      "POST", f.url(),
      R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":7,"reason":"no"}})",
      c.headers());
  EXPECT_EQ(n.status, 202);
  EXPECT_TRUE(f.slow_cancelled.wait());
  ASSERT_TRUE(call.wait_done());
  EXPECT_FALSE(call.reply().response(7));  // a cancelled request is not answered
}

TEST(HttpLegacy, DisconnectIsNotCancellationAndTheStreamResumes) {
  HttpFixture f;
  LegacyClient c{f.url(), {}};
  c.initialize();
  // The handler closes the connection itself (SSE polling) and answers afterwards.
  auto first = c.request(8, "tools/call", {{"name", "poll"}, {"arguments", JsonObject{}}});
  ASSERT_TRUE(first.is_sse());
  EXPECT_FALSE(first.response(8));
  ASSERT_FALSE(first.last_event_id.empty());
  ASSERT_TRUE(first.events.back().retry);
  std::this_thread::sleep_for(300ms);  // the handler finishes meanwhile
  auto h = c.headers();
  h.set("Accept", "text/event-stream");
  h.set("Last-Event-ID", first.last_event_id);
  auto resumed = send("GET", f.url(), "", h);
  ASSERT_TRUE(resumed.response(8)) << resumed.body;
  EXPECT_EQ(resumed.response(8)->at("result").at("content").at(0).at("text"), "polled");
}

TEST(HttpLegacy, StopDoesNotWaitForAnswersThatCannotCome) {
  HttpOptions o;
  o.shutdown_grace = 200ms;
  HttpFixture f(o);
  LegacyClient c{f.url(), {}};
  c.initialize(JsonObject{{"elicitation", JsonObject{}}});
  // The handler asks the client, which never answers (it would wait 10 minutes).
  BackgroundStream call(
      "POST", f.url(), rpc_request(9, "tools/call", {{"name", "ask"}, {"arguments", JsonObject{}}}),
      c.headers());
  ASSERT_TRUE(call.wait_for(1));
  EXPECT_EQ(call.messages()[0].at("method"), "elicitation/create");
  auto t0 = std::chrono::steady_clock::now();
  f.http->stop();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 3s);
}

TEST(HttpLegacy, ResponsesAndNotificationsWithoutSessionAreRefused) {
  HttpFixture f;
  auto n = send("POST", f.url(), R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
                base_headers());
  EXPECT_EQ(n.status, 400);
  auto r = send("POST", f.url(), R"({"jsonrpc":"2.0","id":1,"result":{}})", base_headers());
  EXPECT_EQ(r.status, 400);
}

}  // namespace
}  // namespace sallyport::testing::http_test
