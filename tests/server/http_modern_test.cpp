// The 2026-07-28 side of the HTTP binding, spoken raw: status codes, header rules, JSON versus
// SSE answers, cancellation by disconnect, subscriptions/listen.
#include "server/http_fixture.hpp"

namespace sallyport::testing::http_test {
namespace {

TEST(HttpModern, DiscoverAndListAnswerWithJson) {
  HttpFixture f;
  auto r = modern(f.url(), 1, "server/discover", {});
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.get("Content-Type"), "application/json");
  ASSERT_TRUE(r.response(1));
  EXPECT_TRUE(r.response(1)->at("result").as_object().contains("supportedVersions"));
  EXPECT_FALSE(r.headers.contains("Mcp-Session-Id"));  // stateless: no sessions minted
  auto tools = modern(f.url(), 2, "tools/list", {});
  EXPECT_EQ(tools.status, 200);
  EXPECT_EQ(tools.response(2)->at("result").at("resultType"), "complete");
}

TEST(HttpModern, CallToolWithNameHeader) {
  HttpFixture f;
  auto r =
      modern(f.url(), 3, "tools/call", {{"name", "echo"}, {"arguments", {{"text", "hi"}}}}, "echo");
  EXPECT_EQ(r.status, 200);
  ASSERT_TRUE(r.response(3));
  EXPECT_EQ(r.response(3)->at("result").at("content").at(0).at("text"), "hi");
  // resources/read names its URI, prompts/get its name.
  auto read = modern(f.url(), 4, "resources/read", {{"uri", "test://r"}}, "test://r");
  EXPECT_EQ(read.status, 200);
  EXPECT_TRUE(read.response(4)->as_object().contains("result"));
}

TEST(HttpModern, MissingVersionHeaderIsHeaderMismatch) {
  HttpFixture f;
  auto h = modern_headers("tools/list");
  h.remove("MCP-Protocol-Version");
  auto r = send("POST", f.url(), rpc_request(7, "tools/list", {{"_meta", modern_meta()}}), h);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), -32020);
  EXPECT_EQ(r.messages.at(0).at("id"), 7);  // errors carry the request's id
}

TEST(HttpModern, MissingMetaIsInvalidParams) {
  HttpFixture f;
  auto h = modern_headers("server/discover");
  auto none = send("POST", f.url(), rpc_request(101, "server/discover", {}), h);
  EXPECT_EQ(none.status, 400);
  EXPECT_EQ(none.error_code(), -32602);
  auto no_caps =
      send("POST", f.url(),
           rpc_request(104, "server/discover",
                       {{"_meta", {{"io.modelcontextprotocol/protocolVersion", "2026-07-28"}}}}),
           h);
  EXPECT_EQ(no_caps.status, 400);
  EXPECT_EQ(no_caps.error_code(), -32602);
  // clientInfo is optional.
  auto no_info =
      send("POST", f.url(),
           rpc_request(105, "server/discover",
                       {{"_meta",
                         {{"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
                          {"io.modelcontextprotocol/clientCapabilities", JsonObject{}}}}}),
           h);
  EXPECT_EQ(no_info.status, 200);
}

TEST(HttpModern, VersionHeaderMustMatchMeta) {
  HttpFixture f;
  auto params = JsonObject{{"_meta", modern_meta()}};
  params["_meta"].as_object()["io.modelcontextprotocol/protocolVersion"] = "v999.0.0";
  auto r = send("POST", f.url(), rpc_request(302, "server/discover", params),
                modern_headers("server/discover"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), -32020);
}

TEST(HttpModern, UnsupportedVersion) {
  HttpFixture f;
  auto params = JsonObject{{"_meta", modern_meta()}};
  params["_meta"].as_object()["io.modelcontextprotocol/protocolVersion"] = "v999.0.0";
  auto h = modern_headers("server/discover");
  h.set("MCP-Protocol-Version", "v999.0.0");
  auto r = send("POST", f.url(), rpc_request(301, "server/discover", params), h);
  EXPECT_EQ(r.status, 400);
  ASSERT_EQ(r.error_code(), -32022);
  auto& data = r.messages[0].at("error").at("data");
  EXPECT_EQ(data.at("requested"), "v999.0.0");
  EXPECT_EQ(data.at("supported").at(0), "2026-07-28");
  EXPECT_EQ(r.messages[0].at("id"), 301);
}

TEST(HttpModern, MethodHeaderRules) {
  HttpFixture f;
  auto body = rpc_request(1, "tools/list", {{"_meta", modern_meta()}});
  auto mismatched = modern_headers("prompts/list");
  EXPECT_EQ(send("POST", f.url(), body, mismatched).error_code(), -32020);
  auto missing = modern_headers("tools/list");
  missing.remove("Mcp-Method");
  auto r = send("POST", f.url(), body, missing);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), -32020);
  auto upper_value = modern_headers("TOOLS/LIST");  // values are case-sensitive
  EXPECT_EQ(send("POST", f.url(), body, upper_value).error_code(), -32020);
  auto lower_name = base_headers();  // names are not
  lower_name.add("mcp-protocol-version", "2026-07-28");
  lower_name.add("mcp-method", "tools/list");
  EXPECT_EQ(send("POST", f.url(), body, lower_name).status, 200);
  auto upper_name = base_headers();
  upper_name.add("MCP-PROTOCOL-VERSION", "2026-07-28");
  upper_name.add("MCP-METHOD", "tools/list");
  EXPECT_EQ(send("POST", f.url(), body, upper_name).status, 200);
}

TEST(HttpModern, NameHeaderRules) {
  HttpFixture f;
  JsonObject params{{"name", "echo"}, {"arguments", JsonObject{}}, {"_meta", modern_meta()}};
  auto body = rpc_request(2, "tools/call", params);
  auto wrong = modern_headers("tools/call", std::string("wrong_tool_name"));
  auto r = send("POST", f.url(), body, wrong);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), -32020);
  auto missing = modern_headers("tools/call");
  EXPECT_EQ(send("POST", f.url(), body, missing).error_code(), -32020);
  auto padded = modern_headers("tools/call");
  padded.set("Mcp-Name", "  echo  ");  // optional whitespace is not part of the value
  EXPECT_EQ(send("POST", f.url(), body, padded).status, 200);
  auto encoded = modern_headers("tools/call");
  encoded.set("Mcp-Name", "=?base64?ZWNobw==?=");
  EXPECT_EQ(send("POST", f.url(), body, encoded).status, 200);
  auto bad_base64 = modern_headers("tools/call");
  bad_base64.set("Mcp-Name", "=?base64?ZWNobw?=");
  EXPECT_EQ(send("POST", f.url(), body, bad_base64).error_code(), -32020);
}

TEST(HttpModern, ParamHeaderRules) {
  HttpFixture f;
  auto call = [&](JsonObject args, std::vector<std::pair<std::string, std::string>> extra) {
    JsonObject params{{"name", "region"}, {"arguments", std::move(args)}, {"_meta", modern_meta()}};
    auto h = modern_headers("tools/call", std::string("region"));
    for (auto& [k, v] : extra) h.set(k, v);
    return send("POST", f.url(), rpc_request(5, "tools/call", params), h);
  };
  JsonObject args{{"region", "us-west1"}, {"priority", 42}, {"query", "q"}};
  EXPECT_EQ(call(args, {{"Mcp-Param-Region", "us-west1"}, {"Mcp-Param-Priority", "42"}}).status,
            200);
  EXPECT_EQ(call(args, {{"mcp-param-region", "us-west1"}, {"Mcp-Param-Priority", "42.0"}}).status,
            200);
  EXPECT_EQ(
      call(args, {{"Mcp-Param-Region", "=?base64?dXMtd2VzdDE=?="}, {"Mcp-Param-Priority", "42"}})
          .status,
      200);
  EXPECT_EQ(call(args, {{"Mcp-Param-Priority", "42"}}).error_code(), -32020);  // omitted
  EXPECT_EQ(call(args, {{"Mcp-Param-Region", "eu"}, {"Mcp-Param-Priority", "42"}}).error_code(),
            -32020);
  EXPECT_EQ(
      call(args, {{"Mcp-Param-Region", "us-west1"}, {"Mcp-Param-Priority", "43"}}).error_code(),
      -32020);
  EXPECT_EQ(
      call(args, {{"Mcp-Param-Region", "=?base64?dXMtd2VzdDE?="}, {"Mcp-Param-Priority", "42"}})
          .error_code(),
      -32020);  // invalid padding
  // A value the client did not send (or sent as null) needs no header.
  JsonObject nulls{{"region", "eu"}, {"priority", 1}, {"verbose", nullptr}, {"query", "q"}};
  EXPECT_EQ(call(nulls, {{"Mcp-Param-Region", "eu"}, {"Mcp-Param-Priority", "1"}}).status, 200);
  JsonObject with_flag{{"region", "eu"}, {"priority", 1}, {"verbose", true}, {"query", "q"}};
  EXPECT_EQ(call(with_flag, {{"Mcp-Param-Region", "eu"}, {"Mcp-Param-Priority", "1"}}).error_code(),
            -32020);
  EXPECT_EQ(
      call(with_flag,
           {{"Mcp-Param-Region", "eu"}, {"Mcp-Param-Priority", "1"}, {"Mcp-Param-Verbose", "true"}})
          .status,
      200);
}

TEST(HttpModern, UnknownAndRemovedMethodsAre404) {
  HttpFixture f;
  for (auto method :
       {"unknown/method", "initialize", "ping", "logging/setLevel", "resources/subscribe"}) {
    auto r = modern(f.url(), 500, method, {});
    EXPECT_EQ(r.status, 404) << method;
    EXPECT_EQ(r.error_code(), -32601) << method;
    EXPECT_EQ(r.messages.at(0).at("id"), 500);
  }
}

TEST(HttpModern, HandlerErrorsTravelInBand) {
  HttpFixture f;
  auto r =
      modern(f.url(), 9, "tools/call", {{"name", "nope"}, {"arguments", JsonObject{}}}, "nope");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.error_code(), -32602);
}

TEST(HttpModern, MissingClientCapabilityIs400) {
  HttpFixture f;
  auto r =
      modern(f.url(), 401, "tools/call", {{"name", "ask"}, {"arguments", JsonObject{}}}, "ask");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), -32021);
  // With the capability the tool asks through an InputRequiredResult instead.
  auto ok = modern(f.url(), 402, "tools/call", {{"name", "ask"}, {"arguments", JsonObject{}}},
                   "ask", JsonObject{{"elicitation", JsonObject{}}});
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.response(402)->at("result").at("resultType"), "input_required");
}

TEST(HttpModern, NotificationsBeforeTheAnswerSwitchToSse) {
  HttpFixture f;
  JsonObject params{{"name", "progress"}, {"arguments", JsonObject{}}};
  params["_meta"] = modern_meta({}, "debug");
  params["_meta"].as_object()["progressToken"] = "p1";
  auto r = send("POST", f.url(), rpc_request(11, "tools/call", params),
                modern_headers("tools/call", std::string("progress")));
  EXPECT_EQ(r.status, 200);
  ASSERT_TRUE(r.is_sse());
  EXPECT_EQ(r.headers.get("X-Accel-Buffering"), "no");
  ASSERT_EQ(r.messages.size(), 3u);
  EXPECT_EQ(r.messages[0].at("method"), "notifications/message");
  EXPECT_EQ(r.messages[1].at("method"), "notifications/progress");
  ASSERT_TRUE(r.response(11));
  for (auto& e : r.events) EXPECT_FALSE(e.id);  // modern streams are not resumable
  // Without a log level nothing is logged and, without a progress token, nothing streams.
  auto quiet = modern(f.url(), 12, "tools/call",
                      {{"name", "progress"}, {"arguments", JsonObject{}}}, "progress");
  EXPECT_EQ(quiet.headers.get("Content-Type"), "application/json");
}

TEST(HttpModern, ClosingTheStreamCancelsTheRequest) {
  HttpFixture f;
  JsonObject params{{"name", "slow"}, {"arguments", JsonObject{}}, {"_meta", modern_meta()}};
  BackgroundStream call("POST", f.url(), rpc_request(13, "tools/call", params),
                        modern_headers("tools/call", std::string("slow")));
  ASSERT_TRUE(f.slow_started.wait());
  call.cancel();
  EXPECT_TRUE(f.slow_cancelled.wait());
}

TEST(HttpModern, ListenStreamsUntilTheServerStops) {
  HttpFixture f;
  JsonObject params{{"notifications", {{"toolsListChanged", true}}}, {"_meta", modern_meta()}};
  BackgroundStream listen("POST", f.url(), rpc_request(21, "subscriptions/listen", params),
                          modern_headers("subscriptions/listen"));
  ASSERT_TRUE(listen.wait_for(1));
  EXPECT_EQ(listen.messages()[0].at("method"), "notifications/subscriptions/acknowledged");
  f.server.notify_tools_changed();
  ASSERT_TRUE(listen.wait_for(2));
  auto changed = listen.messages()[1];
  EXPECT_EQ(changed.at("method"), "notifications/tools/list_changed");
  EXPECT_EQ(changed.at("params").at("_meta").at("io.modelcontextprotocol/subscriptionId"), 21);
  f.http->stop();
  ASSERT_TRUE(listen.wait_done());
  auto reply = listen.reply();
  ASSERT_TRUE(reply.response(21));  // a graceful end carries the listen request's result
}

TEST(HttpModern, NotificationPostsAreAccepted) {
  HttpFixture f;
  auto r = send("POST", f.url(),
                R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}})",
                modern_headers("notifications/cancelled"));
  EXPECT_EQ(r.status, 202);
  EXPECT_TRUE(r.body.empty());
}

TEST(HttpModern, TransportLevelRefusals) {
  HttpFixture f;
  auto body = rpc_request(1, "tools/list", {{"_meta", modern_meta()}});
  auto json_only = modern_headers("tools/list");
  json_only.set("Accept", "application/json");
  auto r = send("POST", f.url(), body, json_only);
  EXPECT_EQ(r.status, 406);
  EXPECT_FALSE(r.body.empty());
  auto text = modern_headers("tools/list");
  text.set("Content-Type", "text/plain");
  EXPECT_EQ(send("POST", f.url(), body, text).status, 415);
  auto garbage = send("POST", f.url(), "{not json", modern_headers("tools/list"));
  EXPECT_EQ(garbage.status, 400);
  EXPECT_EQ(garbage.error_code(), -32700);
  auto batch = send("POST", f.url(), "[" + body + "]", modern_headers("tools/list"));
  EXPECT_EQ(batch.status, 400);
  EXPECT_EQ(batch.error_code(), -32600);
  auto wrong_path = send("POST", f.url() + "x", body, modern_headers("tools/list"));
  EXPECT_EQ(wrong_path.status, 404);
  auto put = send("PUT", f.url(), body, modern_headers("tools/list"));
  EXPECT_EQ(put.status, 405);
  EXPECT_TRUE(put.headers.contains("Allow"));
}

TEST(HttpModern, ModernOnlyServerRefusesLegacyTraffic) {
  HttpOptions o;
  o.legacy = false;
  HttpFixture f(o);
  auto get = send("GET", f.url(), "", base_headers());
  EXPECT_EQ(get.status, 405);
  EXPECT_EQ(get.headers.get("Allow"), "POST");
  auto init = send("POST", f.url(),
                   rpc_request(1, "initialize",
                               {{"protocolVersion", "2025-11-25"},
                                {"capabilities", JsonObject{}},
                                {"clientInfo", {{"name", "c"}, {"version", "1"}}}}),
                   base_headers());
  EXPECT_EQ(init.status, 400);
  EXPECT_EQ(init.error_code(), -32022);  // names what it supports
}

TEST(HttpModern, ConcurrencyCapAnswers503) {
  HttpOptions o;
  o.max_concurrent_requests = 1;
  HttpFixture f(o);
  JsonObject params{{"name", "slow"}, {"arguments", JsonObject{}}, {"_meta", modern_meta()}};
  BackgroundStream busy("POST", f.url(), rpc_request(1, "tools/call", params),
                        modern_headers("tools/call", std::string("slow")));
  ASSERT_TRUE(f.slow_started.wait());
  auto r = modern(f.url(), 2, "tools/list", {});
  EXPECT_EQ(r.status, 503);
  EXPECT_FALSE(r.messages.empty());
  busy.cancel();
  ASSERT_TRUE(f.slow_cancelled.wait());
  EXPECT_TRUE(eventually([&] { return modern(f.url(), 3, "tools/list", {}).status == 200; }));
}

// Handlers run on the I/O threads; one that keeps its thread must not hold up the others (its
// thread is replaced after a tick).
TEST(HttpModern, ASlowHandlerDoesNotHoldUpTheOnlyIoThread) {
  HttpOptions o;
  o.threads = 1;
  HttpFixture f(o);
  JsonObject params{{"name", "slow"}, {"arguments", JsonObject{}}, {"_meta", modern_meta()}};
  BackgroundStream busy("POST", f.url(), rpc_request(1, "tools/call", params),
                        modern_headers("tools/call", std::string("slow")));
  ASSERT_TRUE(f.slow_started.wait());
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 2; i < 6; ++i) {
    auto r = modern(f.url(), i, "tools/call", {{"name", "echo"}, {"arguments", {{"text", "hi"}}}},
                    "echo");
    EXPECT_EQ(r.status, 200);
    ASSERT_TRUE(r.response(i));
  }
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 3s);  // the slow one runs for 5 s
  busy.cancel();
  EXPECT_TRUE(f.slow_cancelled.wait());
}

TEST(HttpModern, ManyConcurrentRequests) {
  HttpFixture f;
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        auto text = fmt::format("{}-{}", t, i);
        auto r = modern(f.url(), i, "tools/call",
                        {{"name", "echo"}, {"arguments", {{"text", text}}}}, "echo");
        if (r.status == 200 && r.response(i) &&
            r.response(i)->at("result").at("content").at(0).at("text") == Json(text))
          ++ok;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok, 120);
}

}  // namespace
}  // namespace sallyport::testing::http_test
