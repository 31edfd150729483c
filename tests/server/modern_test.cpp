// A Server driven as a 2026-07-28 client would: stateless requests carrying `_meta`, discovery,
// input rounds (InputRequiredResult + retry), and subscriptions/listen streams. Wire examples of
// the schema serve as fixtures where the server can reproduce them exactly.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "sallyport/wire/codec.hpp"
#include "support/demo_server.hpp"
#include "support/served.hpp"

namespace sallyport {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::error_code_of;
using testing::example;
using testing::has;
using testing::modern;
using testing::modern_meta;
using testing::parse;
using testing::Served;
using testing::str;

JsonObject elicitation_caps() {
  return parse(R"({"elicitation":{}})").as_object();
}

class Modern : public ::testing::Test {
 protected:
  void serve(ServerOptions options = testing::demo_options()) {
    served = std::make_unique<Served>(testing::demo_server(std::move(options), stats));
  }
  Served& s() { return *served; }
  static std::string first_text(const Json& call_result) {
    return str(at(at(call_result, "content").as_array().at(0), "text"));
  }
  // A tools/call with optional input-round fields.
  Json call_tool(std::string_view name, JsonObject arguments = {}, JsonObject caps = {},
                 std::optional<Json> responses = std::nullopt,
                 std::optional<Json> state = std::nullopt) {
    JsonObject params{{"name", name}, {"arguments", std::move(arguments)}};
    if (responses) params["inputResponses"] = *responses;
    if (state) params["requestState"] = *state;
    return s().modern_call("tools/call", std::move(params), std::move(caps));
  }
  static Json result_of(const Json& response) {
    EXPECT_TRUE(has(response, "result")) << boost::json::serialize(response);
    return has(response, "result") ? at(response, "result") : Json(JsonObject{});
  }

  std::shared_ptr<testing::DemoStats> stats = std::make_shared<testing::DemoStats>();
  std::unique_ptr<Served> served;
};

// ---- stateless requests and discovery
// ------------------------------------------------------------

TEST_F(Modern, NoInitializeNeeded) {
  serve();
  Json r = s().modern_result("tools/list");
  EXPECT_EQ(at(r, "resultType"), "complete");
  EXPECT_GE(at(r, "tools").as_array().size(), 10u);
  EXPECT_EQ(at(r, "ttlMs"), 0);
  EXPECT_EQ(at(r, "cacheScope"), "private");
  EXPECT_EQ(at(at(at(r, "_meta"), meta_key::kServerInfo), "name"), "demo");
  // The schema's own example request works verbatim.
  Json example_request = example("ListToolsRequest");
  s().raw().send(example_request);
  auto resp = s().inbox().response(Json("list-tools-example"));
  ASSERT_TRUE(resp);
  EXPECT_TRUE(has(at(*resp, "result"), "tools"));
}

TEST_F(Modern, ToolsListDropsLegacyOnlyFields) {
  serve();
  Json r = s().modern_result("tools/list");
  for (auto& t : at(r, "tools").as_array()) EXPECT_FALSE(has(t, "execution")) << str(at(t, "name"));
}

TEST_F(Modern, Discover) {
  auto options = testing::demo_options();
  options.list_cache = CacheHints{.ttl_ms = 3600000, .public_scope = true};
  serve(options);
  Json r = s().modern_result("server/discover");
  Json expected = example("DiscoverResult");
  EXPECT_EQ(at(r, "resultType"), at(expected, "resultType"));
  EXPECT_EQ(at(r, "ttlMs"), 3600000);
  EXPECT_EQ(at(r, "cacheScope"), "public");
  JsonArray versions;
  for (auto& v : wire::supported_versions()) versions.emplace_back(v);
  EXPECT_EQ(at(r, "supportedVersions"), Json(versions));
  EXPECT_EQ(at(r, "supportedVersions").as_array().at(0), "2026-07-28");
  EXPECT_EQ(at(r, "instructions"), "Use echo to test.");
  EXPECT_EQ(at(at(r, "_meta"), meta_key::kServerInfo),
            parse(R"({"name":"demo","version":"1.2.3"})"));
  const auto& caps = at(r, "capabilities");
  for (auto cap : {"tools", "resources", "prompts", "completions", "logging"})
    EXPECT_TRUE(has(caps, cap)) << cap;
  // Same keys as the schema example (ours has more capabilities and versions).
  for (auto& [k, v] : expected.as_object()) EXPECT_TRUE(has(r, k)) << k;
}

TEST_F(Modern, UnsupportedVersion) {
  serve();
  Json r = s().call("tools/list", modern({}, modern_meta({}, std::nullopt, "1900-01-01")));
  Json expected = at(example("UnsupportedProtocolVersionError"), "error");
  EXPECT_EQ(error_code_of(r), -32022);
  const auto& error = at(r, "error");
  EXPECT_EQ(at(error, "message"), at(expected, "message"));
  EXPECT_EQ(at(at(error, "data"), "requested"), "1900-01-01");
  auto& supported = at(at(error, "data"), "supported").as_array();
  for (auto& v : at(at(expected, "data"), "supported").as_array())
    EXPECT_NE(std::find(supported.begin(), supported.end(), v), supported.end());
  EXPECT_EQ(supported.size(), wire::supported_versions().size());
  // Also for discovery itself.
  r = s().call("server/discover", modern({}, modern_meta({}, std::nullopt, "2099-01-01")));
  EXPECT_EQ(error_code_of(r), -32022);
}

TEST_F(Modern, ResultTypeOnEveryResult) {
  serve();
  struct Case {
    const char* method;
    JsonObject params;
    bool cacheable;
  };
  std::vector<Case> cases = {
      {"server/discover", {}, true},
      {"tools/list", {}, true},
      {"tools/call", {{"name", "echo"}, {"arguments", {{"text", "x"}}}}, false},
      {"resources/list", {}, true},
      {"resources/templates/list", {}, true},
      {"resources/read", {{"uri", "file:///readme.txt"}}, true},
      {"prompts/list", {}, true},
      {"prompts/get", {{"name", "greet"}, {"arguments", {{"name", "x"}}}}, false},
      {"completion/complete",
       parse(
           R"({"ref":{"type":"ref/prompt","name":"greet"},"argument":{"name":"style","value":""}})")
           .as_object(),
       false},
  };
  for (auto& c : cases) {
    Json r = s().modern_result(c.method, c.params);
    EXPECT_EQ(at(r, "resultType"), "complete") << c.method;
    EXPECT_EQ(has(r, "ttlMs"), c.cacheable) << c.method;
    EXPECT_EQ(has(r, "cacheScope"), c.cacheable) << c.method;
    EXPECT_TRUE(has(at(r, "_meta"), meta_key::kServerInfo)) << c.method;
  }
  // Tool errors are results too.
  Json r = s().modern_result("tools/call", JsonObject{{"name", "fail"}});
  EXPECT_EQ(at(r, "resultType"), "complete");
  EXPECT_EQ(at(r, "isError"), true);
}

// Stream transports write tools/call results as JSON text directly, without building their DOM:
// what arrives must be what to_json and the codec's finish_result make of the same result, in
// both eras, for plain text (escapes included), other blocks, structuredContent, isError and a
// result with a _meta of its own (which takes the general path).
TEST(ToolResultText, MatchesTheResultObjectTheCodecFinishes) {
  ServerOptions options{.name = "t", .version = "1"};
  auto server = std::make_shared<Server>(options);
  CallToolResult rich;
  rich.content.push_back(TextContent{.text = "quote \" backslash \\ newline \n tab \t é \x01"});
  rich.content.push_back(ImageContent{.data = "AAAA", .mime_type = "image/png"});
  rich.content.push_back(
      TextContent{.text = "annotated", .annotations = Annotations{.priority = 0.5}});
  rich.structured_content = parse(R"({"n":1,"s":"x\"y","a":[true,null]})");
  rich.is_error = true;
  CallToolResult with_meta;
  with_meta.content.push_back(TextContent{.text = "m"});
  with_meta.meta = JsonObject{{"mine", 1}};
  server->tool("rich").handle([rich](const JsonObject&, Context&) { return rich; });
  server->tool("meta").handle([with_meta](const JsonObject&, Context&) { return with_meta; });
  Served served(server);
  const wire::ResultHints hints{.cache = {},
                                .server_info = Implementation{.name = "t", .version = "1"}};
  for (const auto* result : {&rich, &with_meta}) {
    const char* name = result == &rich ? "rich" : "meta";
    JsonObject expected = to_json(*result).as_object();
    wire::modern_codec().finish_result("tools/call", expected, hints);
    Json got = served.modern_result("tools/call", JsonObject{{"name", name}});
    EXPECT_EQ(got, Json(expected)) << boost::json::serialize(got);
  }
  served.initialize();
  for (const auto* result : {&rich, &with_meta}) {
    const char* name = result == &rich ? "rich" : "meta";
    JsonObject expected = to_json(*result).as_object();
    wire::legacy_codec().finish_result("tools/call", expected, hints);
    Json got = served.result("tools/call", JsonObject{{"name", name}});
    EXPECT_EQ(got, Json(expected)) << boost::json::serialize(got);
  }
}

TEST_F(Modern, MissingMetaTakesTheLegacyPath) {
  serve();
  Json r = s().call("tools/list", JsonObject{});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidRequest);
  EXPECT_NE(str(at(at(r, "error"), "message")).find("_meta"), std::string::npos);
  // _meta without a version is no better.
  r = s().call("tools/list", JsonObject{{"_meta", JsonObject{{"progressToken", 1}}}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidRequest);
  // A modern-only method without its _meta is a malformed modern request.
  r = s().call("server/discover");
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  r = s().call("subscriptions/listen", JsonObject{{"notifications", JsonObject{}}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
}

TEST_F(Modern, MalformedMetaIsInvalidParams) {
  serve();
  JsonObject meta = modern_meta();
  meta.erase(meta_key::kClientCapabilities);
  EXPECT_EQ(error_code_of(s().call("tools/list", modern({}, meta))), error_code::kInvalidParams);
  meta = modern_meta({}, "shouting");
  EXPECT_EQ(error_code_of(s().call("tools/list", modern({}, meta))), error_code::kInvalidParams);
  EXPECT_EQ(error_code_of(s().call("tools/call", modern({{"name", "echo"}, {"requestState", 7}}))),
            error_code::kInvalidParams);
}

TEST_F(Modern, LegacyOnlyMethodsDoNotExist) {
  serve();
  for (auto method : {"initialize", "ping", "logging/setLevel", "resources/subscribe", "tasks/list",
                      "no/such/method"})
    EXPECT_EQ(error_code_of(s().modern_call(method)), error_code::kMethodNotFound) << method;
}

TEST_F(Modern, ResourceNotFoundIsInvalidParams) {
  serve();
  Json r = s().modern_call("resources/read", {{"uri", "file:///missing"}});
  EXPECT_EQ(error_code_of(r), -32602);
  EXPECT_EQ(at(at(r, "error"), "data"), parse(R"({"uri":"file:///missing"})"));
  Json ok = s().modern_result("resources/read", {{"uri", "users://7/profile"}});
  EXPECT_EQ(at(at(ok, "contents").as_array()[0], "text"), "profile of 7");
}

TEST_F(Modern, ToolOutcomesMatchLegacy) {
  serve();
  EXPECT_EQ(error_code_of(s().modern_call("tools/call", {{"name", "nope"}})),
            error_code::kInvalidParams);
  Json r = s().modern_result("tools/call", {{"name", "add"}, {"arguments", {{"a", "x"}}}});
  EXPECT_EQ(at(r, "isError"), true);
  r = s().modern_result("tools/call", {{"name", "add"}, {"arguments", {{"a", 1}, {"b", 2}}}});
  EXPECT_EQ(at(at(r, "structuredContent"), "sum").to_number<double>(), 3.0);
  EXPECT_EQ(error_code_of(s().modern_call("prompts/get", {{"name", "greet"}})),
            error_code::kInvalidParams);
}

// ---- logging and progress -----------------------------------------------------------------------

std::vector<std::string> log_levels(testing::Inbox& inbox) {
  std::vector<std::string> levels;
  for (auto& m : inbox.pending())
    if (has(m, "method") && at(m, "method") == "notifications/message")
      levels.push_back(str(at(at(m, "params"), "level")));
  return levels;
}

TEST_F(Modern, LogLevelInMetaControlsLogMessages) {
  serve();
  s().modern_result("tools/call", {{"name", "logs"}});
  EXPECT_TRUE(log_levels(s().inbox()).empty()) << "no logLevel, no notifications/message";
  s().modern_result("tools/call", {{"name", "logs"}}, {}, "warning");
  EXPECT_EQ(log_levels(s().inbox()), (std::vector<std::string>{"warning", "error"}));
  s().inbox().clear();
  s().modern_result("tools/call", {{"name", "logs"}}, {}, "debug");
  EXPECT_EQ(log_levels(s().inbox()),
            (std::vector<std::string>{"debug", "info", "warning", "error"}));
}

TEST_F(Modern, Progress) {
  serve();
  JsonObject meta = modern_meta();
  meta["progressToken"] = 99;
  Json r = s().call("tools/call", modern({{"name", "progress"}}, meta));
  EXPECT_TRUE(has(r, "result"));
  auto n = s().inbox().notification("notifications/progress");
  ASSERT_TRUE(n);
  EXPECT_EQ(at(at(*n, "params"), "progressToken"), 99);
}

// ---- input rounds -------------------------------------------------------------------------------

TEST_F(Modern, ElicitationRoundTrip) {
  serve();
  Json first = result_of(call_tool("confirm", {{"amount", 10}}, elicitation_caps()));
  EXPECT_EQ(at(first, "resultType"), "input_required");
  EXPECT_FALSE(has(first, "ttlMs"));
  const auto& requests = at(first, "inputRequests").as_object();
  ASSERT_EQ(requests.size(), 1u);
  const Json& ask = requests.begin()->value();
  std::string key = requests.begin()->key();
  EXPECT_EQ(at(ask, "method"), "elicitation/create");
  EXPECT_EQ(at(at(ask, "params"), "message"), "Transfer 10?");
  EXPECT_EQ(at(at(at(ask, "params"), "requestedSchema"), "type"), "object");
  ASSERT_TRUE(at(first, "requestState").is_string());
  EXPECT_EQ(stats->confirm_side_effects.load(), 0) << "no side effect before the answer";

  Json answer = JsonObject{{key, parse(R"({"action":"accept","content":{"ok":true}})")}};
  Json done = result_of(call_tool("confirm", {{"amount", 10}}, elicitation_caps(), answer,
                                  at(first, "requestState")));
  EXPECT_EQ(at(done, "resultType"), "complete");
  EXPECT_EQ(first_text(done), "transferred 10");
  EXPECT_EQ(stats->confirm_side_effects.load(), 1);
}

TEST_F(Modern, InputRequiredResultMatchesTheSchemaShape) {
  serve();
  Json first = result_of(call_tool("confirm", {}, elicitation_caps()));
  // Only fields InputRequiredResult defines (plus _meta).
  for (auto& [k, v] : first.as_object())
    EXPECT_TRUE(k == "resultType" || k == "inputRequests" || k == "requestState" || k == "_meta")
        << k;
  InputRequiredResult decoded;
  EXPECT_NO_THROW(from_json(first, decoded));
}

TEST_F(Modern, TwoSequentialElicitations) {
  serve();
  auto v = [](const char* s) {
    return JsonObject{{"action", "accept"}, {"content", {{"v", s}}}};
  };
  Json r1 = result_of(call_tool("two_questions", {}, elicitation_caps()));
  ASSERT_EQ(at(r1, "resultType"), "input_required");
  auto& req1 = at(r1, "inputRequests").as_object();
  ASSERT_EQ(req1.size(), 1u);
  std::string k1 = req1.begin()->key();
  EXPECT_EQ(at(at(req1.begin()->value(), "params"), "message"), "first?");

  Json r2 = result_of(call_tool("two_questions", {}, elicitation_caps(), JsonObject{{k1, v("a")}},
                                at(r1, "requestState")));
  ASSERT_EQ(at(r2, "resultType"), "input_required");
  auto& req2 = at(r2, "inputRequests").as_object();
  ASSERT_EQ(req2.size(), 1u);
  std::string k2 = req2.begin()->key();
  EXPECT_NE(k1, k2);
  EXPECT_EQ(at(at(req2.begin()->value(), "params"), "message"), "second?");

  // Round 3 answers only the second question: the first answer is in the sealed state.
  Json r3 = result_of(call_tool("two_questions", {}, elicitation_caps(), JsonObject{{k2, v("b")}},
                                at(r2, "requestState")));
  EXPECT_EQ(at(r3, "resultType"), "complete");
  EXPECT_EQ(first_text(r3), "a/b");

  // With round 1's state instead, the first answer is missing and is asked for again.
  Json stale = result_of(call_tool("two_questions", {}, elicitation_caps(),
                                   JsonObject{{k2, v("b")}}, at(r1, "requestState")));
  EXPECT_EQ(at(stale, "resultType"), "input_required");
  EXPECT_TRUE(at(stale, "inputRequests").as_object().contains(k1));
}

std::string flip(std::string s, std::size_t pos) {
  s[pos] = s[pos] == 'A' ? 'B' : 'A';
  return s;
}

TEST_F(Modern, TamperedRequestStateIsRejected) {
  serve();
  Json first = result_of(call_tool("confirm", {{"amount", 10}}, elicitation_caps()));
  std::string state = str(at(first, "requestState"));
  std::string key = at(first, "inputRequests").as_object().begin()->key();
  Json answer = JsonObject{{key, parse(R"({"action":"accept","content":{"ok":true}})")}};
  auto dot = state.find('.');
  ASSERT_NE(dot, std::string::npos);
  for (std::string bad :
       {flip(state, 3), flip(state, dot / 2), flip(state, dot + 2), flip(state, state.size() - 2),
        state.substr(0, dot), state + "A", std::string("garbage"), std::string()}) {
    Json r = call_tool("confirm", {{"amount", 10}}, elicitation_caps(), answer, Json(bad));
    EXPECT_EQ(error_code_of(r), error_code::kInvalidParams) << bad;
  }
  EXPECT_EQ(stats->confirm_side_effects.load(), 0);
}

TEST_F(Modern, RequestStateIsBoundToItsRequest) {
  serve();
  Json first = result_of(call_tool("confirm", {{"amount", 10}}, elicitation_caps()));
  Json state = at(first, "requestState");
  std::string key = at(first, "inputRequests").as_object().begin()->key();
  Json answer = JsonObject{{key, parse(R"({"action":"accept","content":{"ok":true}})")}};
  // Same tool, other arguments: the confirmation for 10 must not approve 10000.
  Json r = call_tool("confirm", {{"amount", 10000}}, elicitation_caps(), answer, state);
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  // Another tool.
  r = call_tool("two_questions", {}, elicitation_caps(), answer, state);
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  // Another method.
  r = s().modern_call("prompts/get",
                      {{"name", "greet"}, {"arguments", {{"name", "x"}}}, {"requestState", state}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  EXPECT_EQ(stats->confirm_side_effects.load(), 0);
  // The genuine retry still works.
  Json ok = result_of(call_tool("confirm", {{"amount", 10}}, elicitation_caps(), answer, state));
  EXPECT_EQ(first_text(ok), "transferred 10");
}

TEST_F(Modern, RequestStateFromAnotherServerKeyIsRejected) {
  auto options = testing::demo_options();
  options.request_state_key = "key-one";
  serve(options);
  Json first = result_of(call_tool("confirm", {}, elicitation_caps()));
  auto other_options = testing::demo_options();
  other_options.request_state_key = "key-two";
  Served other(testing::demo_server(other_options));
  std::string key = at(first, "inputRequests").as_object().begin()->key();
  Json r = other.modern_call(
      "tools/call",
      {{"name", "confirm"},
       {"arguments", JsonObject{}},
       {"inputResponses", {{key, parse(R"({"action":"accept","content":{"ok":true}})")}}},
       {"requestState", at(first, "requestState")}},
      elicitation_caps());
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
}

TEST_F(Modern, ExpiredRequestStateIsRejected) {
  auto options = testing::demo_options();
  options.request_state_ttl = std::chrono::seconds(-1);
  serve(options);
  Json first = result_of(call_tool("confirm", {}, elicitation_caps()));
  std::string key = at(first, "inputRequests").as_object().begin()->key();
  Json r = call_tool("confirm", {}, elicitation_caps(),
                     JsonObject{{key, parse(R"({"action":"accept","content":{"ok":true}})")}},
                     at(first, "requestState"));
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  EXPECT_NE(str(at(at(r, "error"), "message")).find("expired"), std::string::npos);
}

TEST_F(Modern, TooManyInputResponses) {
  serve();
  JsonObject responses;
  for (int i = 0; i < 100; ++i)
    responses["k" + std::to_string(i)] = parse(R"({"action":"cancel"})");
  Json r = call_tool("confirm", {}, elicitation_caps(), responses);
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
}

TEST_F(Modern, MalformedAnswerIsAnErrorNotACrash) {
  serve();
  Json first = result_of(call_tool("confirm", {}, elicitation_caps()));
  std::string key = at(first, "inputRequests").as_object().begin()->key();
  Json r = call_tool("confirm", {}, elicitation_caps(), JsonObject{{key, parse(R"({"action":7})")}},
                     at(first, "requestState"));
  EXPECT_TRUE(has(r, "error") || at(at(r, "result"), "isError") == true)
      << boost::json::serialize(r);
  EXPECT_EQ(stats->confirm_side_effects.load(), 0);
}

TEST_F(Modern, MissingElicitationCapability) {
  serve();
  Json r = call_tool("confirm", {}, /*caps=*/{});
  Json expected = at(example("MissingRequiredClientCapabilityError"), "error");
  ASSERT_TRUE(has(r, "error")) << boost::json::serialize(r);
  EXPECT_EQ(at(r, "error"), expected);
}

TEST_F(Modern, SamplingAndRootsAsInputRequests) {
  serve();
  JsonObject caps = parse(R"({"sampling":{},"roots":{}})").as_object();
  Json r1 = result_of(s().modern_call("tools/call", {{"name", "ask_model"}}, caps));
  ASSERT_EQ(at(r1, "resultType"), "input_required");
  auto& req = at(r1, "inputRequests").as_object();
  ASSERT_EQ(req.size(), 1u);
  EXPECT_EQ(at(req.begin()->value(), "method"), "sampling/createMessage");
  EXPECT_EQ(at(at(req.begin()->value(), "params"), "maxTokens"), 10);
  Json r2 = result_of(s().modern_call(
      "tools/call",
      {{"name", "ask_model"},
       {"inputResponses",
        {{req.begin()->key(),
          parse(R"({"role":"assistant","content":{"type":"text","text":"4"},"model":"m1"})")}}},
       {"requestState", at(r1, "requestState")}},
      caps));
  EXPECT_EQ(first_text(r2), "m1:4");

  Json q = result_of(s().modern_call("tools/call", {{"name", "list_roots"}}, caps));
  auto& rq = at(q, "inputRequests").as_object();
  ASSERT_EQ(rq.size(), 1u);
  EXPECT_EQ(at(rq.begin()->value(), "method"), "roots/list");
  Json done = result_of(s().modern_call(
      "tools/call",
      {{"name", "list_roots"},
       {"inputResponses", {{rq.begin()->key(), parse(R"({"roots":[{"uri":"file:///r"}]})")}}},
       {"requestState", at(q, "requestState")}},
      caps));
  EXPECT_EQ(first_text(done), "file:///r;");

  // Without the capabilities: -32021 naming what is missing.
  Json e = s().modern_call("tools/call", {{"name", "ask_model"}});
  EXPECT_EQ(error_code_of(e), -32021);
  EXPECT_EQ(at(at(e, "error"), "data"), parse(R"({"requiredCapabilities":{"sampling":{}}})"));
  e = s().modern_call("tools/call", {{"name", "list_roots"}});
  EXPECT_EQ(error_code_of(e), -32021);
  EXPECT_EQ(at(at(e, "error"), "data"), parse(R"({"requiredCapabilities":{"roots":{}}})"));
}

// ---- subscriptions/listen
// -------------------------------------------------------------------------

std::optional<Json> subscription_of(const Json& message) {
  if (!has(message, "params") || !has(at(message, "params"), "_meta")) return std::nullopt;
  const auto& meta = at(at(message, "params"), "_meta");
  if (!has(meta, meta_key::kSubscriptionId)) return std::nullopt;
  return at(meta, meta_key::kSubscriptionId);
}

TEST_F(Modern, ListenAcknowledgesThenDelivers) {
  serve();
  s().raw().send(example("SubscriptionsListenRequest"));
  auto ack = s().inbox().notification("notifications/subscriptions/acknowledged");
  ASSERT_TRUE(ack);
  EXPECT_EQ(*ack, example("SubscriptionsAcknowledgedNotification"));

  s().server().tool("late").handle([](const JsonObject&, Context&) { return std::string("x"); });
  auto changed = s().inbox().notification("notifications/tools/list_changed");
  ASSERT_TRUE(changed);
  EXPECT_EQ(*changed, example("ToolListChangedNotification"));

  s().server().notify_resource_updated("file:///other");  // not subscribed
  s().server().notify_resource_updated("file:///project/config.json");
  auto updated = s().inbox().notification("notifications/resources/updated");
  ASSERT_TRUE(updated);
  EXPECT_EQ(at(*updated, "params"), parse(R"({"uri":"file:///project/config.json",
                      "_meta":{"io.modelcontextprotocol/subscriptionId":"listen-1"}})"));
  s().server().notify_prompts_changed();  // not requested
  EXPECT_TRUE(s().inbox().quiet_for(100ms));
  EXPECT_FALSE(s().inbox().response(Json("listen-1"), 10ms)) << "the stream stays open";
}

TEST_F(Modern, ListenHonoursOnlyWhatTheServerHas) {
  ServerOptions o = testing::demo_options();
  auto server = std::make_shared<Server>(o);
  server->tool("t").handle([](const JsonObject&, Context&) { return std::string("x"); });
  Served only_tools(server);
  only_tools.raw().send(
      testing::request(Json(5), "subscriptions/listen",
                       modern({{"notifications",
                                {{"toolsListChanged", true},
                                 {"promptsListChanged", true},
                                 {"resourcesListChanged", true},
                                 {"resourceSubscriptions", JsonArray{"a://b"}}}}})));
  auto ack = only_tools.inbox().notification("notifications/subscriptions/acknowledged");
  ASSERT_TRUE(ack);
  EXPECT_EQ(at(at(*ack, "params"), "notifications"), parse(R"({"toolsListChanged":true})"));
  EXPECT_EQ(subscription_of(*ack), Json(5));
  server->notify_prompts_changed();
  EXPECT_TRUE(only_tools.inbox().quiet_for(100ms));
  Json bad = only_tools.call("subscriptions/listen", modern({}));
  EXPECT_EQ(error_code_of(bad), error_code::kInvalidParams);
}

TEST_F(Modern, AcknowledgementIsTheFirstMessageOfItsSubscription) {
  // Changes racing the listen request must not overtake its acknowledgement.
  for (int round = 0; round < 10; ++round) {
    serve();
    std::atomic<bool> stop{false};
    std::thread churn([&] {
      while (!stop) s().server().notify_tools_changed();
    });
    Json id = Json("race-" + std::to_string(round));
    s().raw().send(testing::request(id, "subscriptions/listen",
                                    modern({{"notifications", {{"toolsListChanged", true}}}})));
    bool acked = testing::eventually([&] {
      for (auto& m : s().inbox().pending())
        if (has(m, "method") && at(m, "method") == "notifications/subscriptions/acknowledged")
          return true;
      return false;
    });
    stop = true;
    churn.join();
    ASSERT_TRUE(acked);
    for (auto& m : s().inbox().pending()) {
      if (subscription_of(m) != id) continue;
      EXPECT_EQ(at(m, "method"), "notifications/subscriptions/acknowledged") << "round " << round;
      break;
    }
    served.reset();
  }
}

TEST_F(Modern, CancellingTheListenEndsIt) {
  serve();
  s().raw().send(testing::request(Json(7), "subscriptions/listen",
                                  modern({{"notifications", {{"toolsListChanged", true}}}})));
  ASSERT_TRUE(s().inbox().notification("notifications/subscriptions/acknowledged"));
  s().raw().send(testing::notification("notifications/cancelled", JsonObject{{"requestId", 7}}));
  s().modern_result("tools/list");  // the cancellation has been processed
  s().server().notify_tools_changed();
  EXPECT_TRUE(s().inbox().quiet_for(100ms)) << "no response and no notifications after cancel";
}

TEST_F(Modern, ShutdownAnswersOpenListens) {
  serve();
  s().raw().send(example("SubscriptionsListenRequest"));
  ASSERT_TRUE(s().inbox().notification("notifications/subscriptions/acknowledged"));
  s().raw().send(testing::request(Json(8), "subscriptions/listen",
                                  modern({{"notifications", {{"toolsListChanged", true}}}})));
  ASSERT_TRUE(s().inbox().notification("notifications/subscriptions/acknowledged"));
  s().server().shutdown();
  auto closed = s().inbox().response(Json("listen-1"));
  ASSERT_TRUE(closed);
  EXPECT_EQ(*closed, example("SubscriptionsListenResultResponse"));
  auto other = s().inbox().response(Json(8));
  ASSERT_TRUE(other);
  EXPECT_EQ(at(at(at(*other, "result"), "_meta"), meta_key::kSubscriptionId), 8);
  s().server().notify_tools_changed();
  EXPECT_TRUE(s().inbox().quiet_for(100ms));
}

TEST_F(Modern, ListenersOnTwoConnections) {
  auto server = testing::demo_server();
  Served a(server), b(server);
  for (Served* c : {&a, &b})
    c->raw().send(testing::request(Json("listen"), "subscriptions/listen",
                                   modern({{"notifications", {{"resourcesListChanged", true}}}})));
  ASSERT_TRUE(a.inbox().notification("notifications/subscriptions/acknowledged"));
  ASSERT_TRUE(b.inbox().notification("notifications/subscriptions/acknowledged"));
  // Same listen id on both connections: cancelling one must not end the other. (A string id:
  // the numeric ids of later calls must not collide with a listen still being cancelled.)
  a.raw().send(
      testing::notification("notifications/cancelled", JsonObject{{"requestId", "listen"}}));
  a.modern_result("tools/list");
  server->notify_resources_changed();
  EXPECT_TRUE(b.inbox().notification("notifications/resources/list_changed"));
  EXPECT_TRUE(a.inbox().quiet_for(100ms));
}

// ---- concurrency --------------------------------------------------------------------------------

TEST_F(Modern, ManyConcurrentRequests) {
  serve();
  std::vector<Json> ids;
  for (int i = 0; i < 50; ++i) {
    Json id = Json("c" + std::to_string(i));
    ids.push_back(id);
    s().raw().send(testing::request(
        id, "tools/call",
        modern({{"name", "echo"}, {"arguments", {{"text", "n" + std::to_string(i)}}}})));
  }
  for (int i = 0; i < 50; ++i) {
    auto r = s().inbox().response(ids[i]);
    ASSERT_TRUE(r) << i;
    EXPECT_EQ(first_text(at(*r, "result")), "n" + std::to_string(i));
  }
}

}  // namespace
}  // namespace sallyport
