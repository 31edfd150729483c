// A Server driven as a 2025-11-25 client would: initialize, then session-scoped requests, with
// the test writing the raw JSON-RPC frames.
#include <gtest/gtest.h>

#include <set>

#include "support/demo_server.hpp"
#include "support/served.hpp"

namespace sallyport {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::error_code_of;
using testing::has;
using testing::parse;
using testing::Served;
using testing::str;

class Legacy : public ::testing::Test {
 protected:
  void serve(ServerOptions options = testing::demo_options()) {
    served = std::make_unique<Served>(testing::demo_server(std::move(options), stats));
  }
  Served& s() { return *served; }
  std::string first_text(const Json& call_result) {
    return str(at(at(call_result, "content").as_array().at(0), "text"));
  }

  std::shared_ptr<testing::DemoStats> stats = std::make_shared<testing::DemoStats>();
  std::unique_ptr<Served> served;
};

// ---- lifecycle --------------------------------------------------------------------------------

TEST_F(Legacy, InitializeNegotiatesTheVersion) {
  serve();
  Json r = s().initialize("2025-11-25");
  EXPECT_EQ(at(r, "protocolVersion"), "2025-11-25");
  EXPECT_EQ(at(at(r, "serverInfo"), "name"), "demo");
  EXPECT_EQ(at(at(r, "serverInfo"), "version"), "1.2.3");
  EXPECT_EQ(at(r, "instructions"), "Use echo to test.");
  const auto& caps = at(r, "capabilities");
  EXPECT_TRUE(has(caps, "tools"));
  EXPECT_TRUE(has(caps, "resources"));
  EXPECT_TRUE(has(caps, "prompts"));
  EXPECT_TRUE(has(caps, "logging"));
  EXPECT_TRUE(has(caps, "completions"));
  EXPECT_FALSE(has(r, "resultType"));  // a 2026-07-28 field
}

TEST_F(Legacy, OlderSupportedVersionIsEchoed) {
  serve();
  EXPECT_EQ(at(s().initialize("2025-06-18"), "protocolVersion"), "2025-06-18");
}

TEST_F(Legacy, UnknownVersionGetsTheNewestLegacyOne) {
  for (auto v : {"1999-01-01", "2026-07-28", ""}) {
    serve();
    EXPECT_EQ(at(s().initialize(v), "protocolVersion"), "2025-11-25") << v;
  }
}

TEST_F(Legacy, MalformedInitializeIsInvalidParams) {
  serve();
  Json r = s().call("initialize", JsonObject{{"protocolVersion", 5}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
}

TEST_F(Legacy, SecondInitializeIsRejected) {
  serve();
  s().initialize();
  Json again = s().call("initialize",
                        JsonObject{{"protocolVersion", "2025-11-25"},
                                   {"capabilities", JsonObject{}},
                                   {"clientInfo", JsonObject{{"name", "x"}, {"version", "1"}}}});
  EXPECT_EQ(error_code_of(again), error_code::kInvalidRequest);
}

TEST_F(Legacy, RequestsBeforeInitializeAreInvalid) {
  serve();
  for (auto method : {"tools/list", "tools/call", "resources/read", "prompts/get",
                      "logging/setLevel", "resources/subscribe"}) {
    Json r = s().call(method, JsonObject{});
    EXPECT_EQ(error_code_of(r), error_code::kInvalidRequest) << method;
  }
  // ping is allowed at any time.
  EXPECT_TRUE(has(s().call("ping"), "result"));
}

TEST_F(Legacy, PingAndUnknownMethods) {
  serve();
  s().initialize();
  EXPECT_EQ(s().result("ping"), parse("{}"));
  EXPECT_EQ(error_code_of(s().call("no/such/method")), error_code::kMethodNotFound);
  EXPECT_EQ(error_code_of(s().call("server/discover", JsonObject{})), error_code::kInvalidParams)
      << "server/discover without _meta is a malformed 2026-07-28 request";
  // The demo server has a task-capable tool, so 2025-11-25 tasks/list exists (tasks_test.cpp).
  EXPECT_EQ(s().result("tasks/list", JsonObject{}), parse(R"({"tasks":[]})"));
}

// ---- tools ------------------------------------------------------------------------------------

TEST_F(Legacy, ToolsListPaginates) {
  auto options = testing::demo_options();
  options.page_size = 3;
  serve(options);
  s().initialize();
  std::vector<std::string> names;
  std::optional<std::string> cursor;
  int pages = 0;
  do {
    JsonObject params;
    if (cursor) params["cursor"] = *cursor;
    Json page = s().result("tools/list", params);
    EXPECT_FALSE(has(page, "ttlMs"));
    EXPECT_FALSE(has(page, "resultType"));
    auto& tools = at(page, "tools").as_array();
    EXPECT_LE(tools.size(), 3u);
    for (auto& t : tools) names.push_back(str(at(t, "name")));
    cursor = has(page, "nextCursor") ? std::optional(str(at(page, "nextCursor"))) : std::nullopt;
    ++pages;
  } while (cursor && pages < 20);
  EXPECT_EQ(names.size(), 13u);
  EXPECT_EQ(pages, 5);
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
}

TEST_F(Legacy, InvalidCursorsAreInvalidParams) {
  auto options = testing::demo_options();
  options.page_size = 2;
  serve(options);
  s().initialize();
  Json prompts_page = s().result("prompts/list");
  ASSERT_TRUE(has(prompts_page, "nextCursor") ||
              at(prompts_page, "prompts").as_array().size() <= 2);
  for (Json cursor : {Json("garbage!"), Json(""), Json(5), Json("dG9vbHM6OTk5OTk5OQ")}) {
    Json r = s().call("tools/list", JsonObject{{"cursor", cursor}});
    EXPECT_EQ(error_code_of(r), error_code::kInvalidParams) << boost::json::serialize(cursor);
  }
  // A cursor from another list is refused.
  Json tools_page = s().result("tools/list");
  ASSERT_TRUE(has(tools_page, "nextCursor"));
  Json r = s().call("resources/list", JsonObject{{"cursor", at(tools_page, "nextCursor")}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
}

TEST_F(Legacy, ToolsListShapes) {
  serve();
  s().initialize();
  Json page = s().result("tools/list");
  std::map<std::string, Json> by_name;
  for (auto& t : at(page, "tools").as_array()) by_name[str(at(t, "name"))] = t;
  ASSERT_TRUE(by_name.contains("add"));
  EXPECT_EQ(at(at(by_name["add"], "inputSchema"), "type"), "object");
  EXPECT_TRUE(has(by_name["add"], "outputSchema"));
  EXPECT_EQ(at(at(by_name["add"], "annotations"), "readOnlyHint"), true);
  EXPECT_EQ(at(by_name["echo"], "description"), "Echoes text");
  // Legacy keeps the tasks field.
  EXPECT_EQ(at(at(by_name["long_task"], "execution"), "taskSupport"), "optional");
}

TEST_F(Legacy, ToolsCall) {
  serve();
  s().initialize();
  Json r = s().result("tools/call", JsonObject{{"name", "echo"}, {"arguments", {{"text", "hi"}}}});
  EXPECT_EQ(first_text(r), "hi");
  EXPECT_FALSE(has(r, "isError") && at(r, "isError").as_bool());
  EXPECT_FALSE(has(r, "resultType"));

  r = s().result("tools/call", JsonObject{{"name", "add"}, {"arguments", {{"a", 2}, {"b", 3.5}}}});
  EXPECT_EQ(at(at(r, "structuredContent"), "sum"), 5.5);
  EXPECT_EQ(parse(first_text(r)), at(r, "structuredContent"))
      << "structured results also travel as text for older clients";
}

TEST_F(Legacy, InvalidArgumentsAreAToolError) {
  serve();
  s().initialize();
  Json r = s().result("tools/call", JsonObject{{"name", "add"}, {"arguments", {{"a", "two"}}}});
  EXPECT_EQ(at(r, "isError"), true);
  EXPECT_NE(first_text(r).find("Invalid arguments"), std::string::npos) << first_text(r);
  // Missing arguments altogether.
  r = s().result("tools/call", JsonObject{{"name", "echo"}});
  EXPECT_EQ(at(r, "isError"), true);
  // Arguments that are not an object are a protocol error.
  Json e = s().call("tools/call", JsonObject{{"name", "echo"}, {"arguments", "text"}});
  EXPECT_EQ(error_code_of(e), error_code::kInvalidParams);
  e = s().call("tools/call", JsonObject{{"arguments", JsonObject{}}});
  EXPECT_EQ(error_code_of(e), error_code::kInvalidParams);
}

TEST_F(Legacy, UnknownToolIsInvalidParams) {
  serve();
  s().initialize();
  Json r = s().call("tools/call", JsonObject{{"name", "nope"}, {"arguments", JsonObject{}}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  EXPECT_NE(str(at(at(r, "error"), "message")).find("nope"), std::string::npos);
}

TEST_F(Legacy, HandlerFailures) {
  serve();
  s().initialize();
  Json r = s().result("tools/call", JsonObject{{"name", "fail"}});
  EXPECT_EQ(at(r, "isError"), true);
  EXPECT_EQ(first_text(r), "kaput");

  Json e = s().call("tools/call", JsonObject{{"name", "protocol_error"}});
  EXPECT_EQ(error_code_of(e), error_code::kInvalidParams);
  EXPECT_EQ(at(at(e, "error"), "data"), parse(R"({"field":"x"})"));

  e = s().call("tools/call", JsonObject{{"name", "bad_output"}});
  EXPECT_EQ(error_code_of(e), error_code::kInternalError);
}

TEST_F(Legacy, CancelledToolCallGetsNoResponse) {
  serve();
  s().initialize();
  Json id = s().next_id();
  s().raw().send(testing::request(id, "tools/call", JsonObject{{"name", "slow"}}));
  // Wait until the handler runs, via a round trip that cannot overtake the call.
  s().result("ping");
  s().raw().send(testing::notification("notifications/cancelled",
                                       JsonObject{{"requestId", id}, {"reason", "user"}}));
  EXPECT_TRUE(stats->slow_cancelled.wait());
  EXPECT_FALSE(s().inbox().response(id, 200ms).has_value());
}

// ---- resources ----------------------------------------------------------------------------------

TEST_F(Legacy, Resources) {
  serve();
  s().initialize();
  Json list = s().result("resources/list");
  std::set<std::string> uris;
  for (auto& r : at(list, "resources").as_array()) uris.insert(str(at(r, "uri")));
  EXPECT_EQ(uris, (std::set<std::string>{"file:///readme.txt", "config://app"}));

  Json read = s().result("resources/read", JsonObject{{"uri", "file:///readme.txt"}});
  auto& contents = at(read, "contents").as_array();
  ASSERT_EQ(contents.size(), 1u);
  EXPECT_EQ(at(contents[0], "text"), "hello");
  EXPECT_EQ(at(contents[0], "mimeType"), "text/plain");
  EXPECT_FALSE(has(read, "ttlMs"));

  Json templates = s().result("resources/templates/list");
  auto& t = at(templates, "resourceTemplates").as_array();
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(at(t[0], "uriTemplate"), "users://{id}/profile");
  EXPECT_EQ(at(t[0], "name"), "profile");

  Json profile = s().result("resources/read", JsonObject{{"uri", "users://42/profile"}});
  EXPECT_EQ(at(at(profile, "contents").as_array()[0], "text"), "profile of 42");
  EXPECT_EQ(at(at(profile, "contents").as_array()[0], "uri"), "users://42/profile");
}

TEST_F(Legacy, UnknownResourceIsLegacyNotFound) {
  serve();
  s().initialize();
  Json r = s().call("resources/read", JsonObject{{"uri", "file:///missing"}});
  EXPECT_EQ(error_code_of(r), -32002);
  EXPECT_EQ(at(at(r, "error"), "data"), parse(R"({"uri":"file:///missing"})"));
  EXPECT_EQ(error_code_of(s().call("resources/read", JsonObject{})), error_code::kInvalidParams);
}

// ---- prompts and completion ---------------------------------------------------------------------

TEST_F(Legacy, Prompts) {
  serve();
  s().initialize();
  Json list = s().result("prompts/list");
  auto& prompts = at(list, "prompts").as_array();
  ASSERT_EQ(prompts.size(), 2u);
  EXPECT_EQ(at(prompts[0], "name"), "greet");
  EXPECT_EQ(at(at(prompts[0], "arguments").as_array()[0], "name"), "name");
  EXPECT_EQ(at(at(prompts[0], "arguments").as_array()[0], "required"), true);

  Json got = s().result(
      "prompts/get",
      JsonObject{{"name", "greet"}, {"arguments", {{"name", "Ada"}, {"style", "formal"}}}});
  auto& messages = at(got, "messages").as_array();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(at(messages[0], "role"), "user");
  EXPECT_EQ(at(at(messages[0], "content"), "text"), "Hello, Ada (formal)");
}

TEST_F(Legacy, PromptArgumentErrors) {
  serve();
  s().initialize();
  Json r = s().call("prompts/get", JsonObject{{"name", "greet"}, {"arguments", {{"style", "x"}}}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  EXPECT_NE(str(at(at(r, "error"), "message")).find("name"), std::string::npos);
  r = s().call("prompts/get", JsonObject{{"name", "greet"}, {"arguments", {{"name", 5}}}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
  r = s().call("prompts/get", JsonObject{{"name", "nope"}});
  EXPECT_EQ(error_code_of(r), error_code::kInvalidParams);
}

TEST_F(Legacy, Completion) {
  serve();
  s().initialize();
  Json r = s().result("completion/complete", parse(R"({"ref":{"type":"ref/prompt","name":"greet"},
                                "argument":{"name":"style","value":"f"}})"));
  EXPECT_EQ(at(at(r, "completion"), "values"), parse(R"(["formal","friendly"])"));

  r = s().result("completion/complete",
                 parse(R"({"ref":{"type":"ref/resource","uri":"users://{id}/profile"},
                           "argument":{"name":"id","value":"1"}})"));
  EXPECT_EQ(at(at(r, "completion"), "values"), parse(R"(["1","12"])"));

  // At most 100 values; the rest is announced.
  r = s().result("completion/complete", parse(R"({"ref":{"type":"ref/prompt","name":"many"},
                           "argument":{"name":"x","value":""}})"));
  EXPECT_EQ(at(at(r, "completion"), "values").as_array().size(), 100u);
  EXPECT_EQ(at(at(r, "completion"), "total"), 150);
  EXPECT_EQ(at(at(r, "completion"), "hasMore"), true);

  // An argument without a completer: no suggestions, not an error.
  r = s().result("completion/complete", parse(R"({"ref":{"type":"ref/prompt","name":"greet"},
                           "argument":{"name":"name","value":"A"}})"));
  EXPECT_EQ(at(at(r, "completion"), "values"), parse("[]"));

  Json e = s().call("completion/complete", parse(R"({"ref":{"type":"ref/prompt","name":"nope"},
                              "argument":{"name":"x","value":""}})"));
  EXPECT_EQ(error_code_of(e), error_code::kInvalidParams);
  e = s().call("completion/complete", parse(R"({"ref":{"type":"ref/resource","uri":"nope://x"},
                         "argument":{"name":"x","value":""}})"));
  EXPECT_EQ(error_code_of(e), -32002);
  e = s().call("completion/complete", parse(R"({"ref":{"type":"ref/other"}})"));
  EXPECT_EQ(error_code_of(e), error_code::kInvalidParams);
}

// ---- logging, progress, notifications -----------------------------------------------------------

std::vector<std::string> levels_of(testing::Inbox& inbox) {
  std::vector<std::string> levels;
  for (auto& m : inbox.pending())
    if (has(m, "method") && at(m, "method") == "notifications/message")
      levels.push_back(str(at(at(m, "params"), "level")));
  return levels;
}

TEST_F(Legacy, LoggingSetLevelFiltersContextLogs) {
  serve();
  s().initialize();
  // Without setLevel every level is sent.
  Json id = s().next_id();
  s().call(id, "tools/call", JsonObject{{"name", "logs"}});
  EXPECT_EQ(levels_of(s().inbox()),
            (std::vector<std::string>{"debug", "info", "warning", "error"}));
  s().inbox().clear();

  EXPECT_EQ(s().result("logging/setLevel", JsonObject{{"level", "warning"}}), parse("{}"));
  s().call("tools/call", JsonObject{{"name", "logs"}});
  EXPECT_EQ(levels_of(s().inbox()), (std::vector<std::string>{"warning", "error"}));
  auto warning = s().inbox().notification("notifications/message");
  ASSERT_TRUE(warning);
  EXPECT_EQ(at(at(*warning, "params"), "logger"), "component");
  EXPECT_EQ(at(at(*warning, "params"), "data"), parse(R"({"w":1})"));

  EXPECT_EQ(error_code_of(s().call("logging/setLevel", JsonObject{{"level", "loud"}})),
            error_code::kInvalidParams);
  EXPECT_EQ(error_code_of(s().call("logging/setLevel", JsonObject{})), error_code::kInvalidParams);
}

TEST_F(Legacy, ServerLogBroadcastsToInitializedSessions) {
  serve();
  s().initialize();
  s().result("logging/setLevel", JsonObject{{"level", "error"}});
  s().server().log(LoggingLevel::kInfo, "quiet");
  s().server().log(LoggingLevel::kCritical, "loud", "core");
  auto m = s().inbox().notification("notifications/message");
  ASSERT_TRUE(m);
  EXPECT_EQ(at(at(*m, "params"), "level"), "critical");
  EXPECT_EQ(at(at(*m, "params"), "data"), "loud");
  EXPECT_TRUE(s().inbox().quiet_for(50ms));
}

TEST_F(Legacy, ProgressWhenATokenIsGiven) {
  serve();
  s().initialize();
  Json id = s().next_id();
  Json r = s().call(id, "tools/call",
                    JsonObject{{"name", "progress"}, {"_meta", {{"progressToken", "p-1"}}}});
  EXPECT_TRUE(has(r, "result"));
  auto first = s().inbox().notification("notifications/progress");
  auto second = s().inbox().notification("notifications/progress");
  ASSERT_TRUE(first && second);
  const Json& p1 = at(*first, "params");
  EXPECT_EQ(at(p1, "progressToken"), "p-1");
  EXPECT_EQ(at(p1, "progress").to_number<double>(), 1.0);
  EXPECT_EQ(at(p1, "total").to_number<double>(), 2.0);
  EXPECT_EQ(at(p1, "message"), "half");
  EXPECT_EQ(at(at(*second, "params"), "progress").to_number<double>(), 2.0);
  EXPECT_FALSE(has(at(*second, "params"), "message"));
  // No token, no progress.
  s().call("tools/call", JsonObject{{"name", "progress"}});
  EXPECT_FALSE(s().inbox().notification("notifications/progress", 100ms));
}

TEST_F(Legacy, ResourceSubscriptions) {
  serve();
  s().initialize();
  EXPECT_EQ(s().result("resources/subscribe", JsonObject{{"uri", "file:///readme.txt"}}),
            parse("{}"));
  s().server().notify_resource_updated("config://app");  // not subscribed
  s().server().notify_resource_updated("file:///readme.txt");
  auto n = s().inbox().notification("notifications/resources/updated");
  ASSERT_TRUE(n);
  EXPECT_EQ(at(*n, "params"), parse(R"({"uri":"file:///readme.txt"})"));
  EXPECT_TRUE(s().inbox().quiet_for(50ms));

  EXPECT_EQ(s().result("resources/unsubscribe", JsonObject{{"uri", "file:///readme.txt"}}),
            parse("{}"));
  s().server().notify_resource_updated("file:///readme.txt");
  EXPECT_TRUE(s().inbox().quiet_for(100ms));
  EXPECT_EQ(error_code_of(s().call("resources/subscribe", JsonObject{})),
            error_code::kInvalidParams);
}

TEST_F(Legacy, ListChangedAfterRegisteringWhileServing) {
  serve();
  s().initialize();
  s().server().tool("late").handle([](const JsonObject&, Context&) { return std::string("x"); });
  EXPECT_TRUE(s().inbox().notification("notifications/tools/list_changed"));
  s().server().resource("file:///late", "late").text("x");
  EXPECT_TRUE(s().inbox().notification("notifications/resources/list_changed"));
  s().server().prompt("late").get(
      [](const PromptArguments&, Context&) { return GetPromptResult{}; });
  EXPECT_TRUE(s().inbox().notification("notifications/prompts/list_changed"));
  EXPECT_TRUE(s().server().remove_tool("late"));
  EXPECT_TRUE(s().inbox().notification("notifications/tools/list_changed"));
  EXPECT_FALSE(s().server().remove_tool("late"));
  EXPECT_TRUE(s().inbox().quiet_for(50ms));
  // And the new tool is really there.
  Json r = s().result("resources/read", JsonObject{{"uri", "file:///late"}});
  EXPECT_EQ(at(at(r, "contents").as_array()[0], "text"), "x");
}

TEST_F(Legacy, NoNotificationsBeforeInitialized) {
  serve();
  // initialize without notifications/initialized: the session is not live yet.
  s().result("initialize", JsonObject{{"protocolVersion", "2025-11-25"},
                                      {"capabilities", JsonObject{}},
                                      {"clientInfo", {{"name", "c"}, {"version", "1"}}}});
  s().server().notify_tools_changed();
  EXPECT_TRUE(s().inbox().quiet_for(100ms));
}

// ---- asking the client (server-to-client requests)
// ------------------------------------------------

TEST_F(Legacy, ElicitationFromATool) {
  serve();
  s().initialize("2025-11-25", parse(R"({"elicitation":{}})").as_object());
  Json id = s().next_id();
  s().raw().send(testing::request(
      id, "tools/call", JsonObject{{"name", "confirm"}, {"arguments", {{"amount", 10}}}}));
  auto ask = s().inbox().request("elicitation/create");
  ASSERT_TRUE(ask);
  EXPECT_EQ(at(at(*ask, "params"), "message"), "Transfer 10?");
  EXPECT_EQ(at(at(at(*ask, "params"), "requestedSchema"), "type"), "object");
  s().raw().send(testing::result_response(at(*ask, "id"),
                                          parse(R"({"action":"accept","content":{"ok":true}})")));
  auto r = s().inbox().response(id);
  ASSERT_TRUE(r);
  EXPECT_EQ(first_text(at(*r, "result")), "transferred 10");
  EXPECT_EQ(stats->confirm_side_effects.load(), 1);

  // Declined.
  id = s().next_id();
  s().raw().send(testing::request(id, "tools/call", JsonObject{{"name", "confirm"}}));
  ask = s().inbox().request("elicitation/create");
  ASSERT_TRUE(ask);
  s().raw().send(testing::result_response(at(*ask, "id"), parse(R"({"action":"decline"})")));
  r = s().inbox().response(id);
  ASSERT_TRUE(r);
  EXPECT_EQ(first_text(at(*r, "result")), "cancelled");
  EXPECT_EQ(stats->confirm_side_effects.load(), 1);
}

TEST_F(Legacy, ClientErrorOnElicitationSurfaces) {
  serve();
  s().initialize("2025-11-25", parse(R"({"elicitation":{}})").as_object());
  Json id = s().next_id();
  s().raw().send(testing::request(id, "tools/call", JsonObject{{"name", "confirm"}}));
  auto ask = s().inbox().request("elicitation/create");
  ASSERT_TRUE(ask);
  s().raw().send(testing::error_response(at(*ask, "id"), -32603, "user agent broke"));
  auto r = s().inbox().response(id);
  ASSERT_TRUE(r);
  EXPECT_TRUE(has(*r, "error"));
  // A malformed answer is an error too, not a crash.
  id = s().next_id();
  s().raw().send(testing::request(id, "tools/call", JsonObject{{"name", "confirm"}}));
  ask = s().inbox().request("elicitation/create");
  ASSERT_TRUE(ask);
  s().raw().send(testing::result_response(at(*ask, "id"), parse(R"({"action":"maybe"})")));
  r = s().inbox().response(id);
  ASSERT_TRUE(r);
  EXPECT_TRUE(has(*r, "error") || at(at(*r, "result"), "isError") == true);
  EXPECT_EQ(stats->confirm_side_effects.load(), 0);
}

TEST_F(Legacy, SamplingAndRootsFromATool) {
  serve();
  s().initialize("2025-11-25",
                 parse(R"({"sampling":{},"roots":{"listChanged":true}})").as_object());
  Json id = s().next_id();
  s().raw().send(testing::request(id, "tools/call", JsonObject{{"name", "ask_model"}}));
  auto ask = s().inbox().request("sampling/createMessage");
  ASSERT_TRUE(ask);
  EXPECT_EQ(at(at(*ask, "params"), "maxTokens"), 10);
  s().raw().send(testing::result_response(
      at(*ask, "id"),
      parse(R"({"role":"assistant","content":{"type":"text","text":"4"},"model":"m1"})")));
  auto r = s().inbox().response(id);
  ASSERT_TRUE(r);
  EXPECT_EQ(first_text(at(*r, "result")), "m1:4");

  id = s().next_id();
  s().raw().send(testing::request(id, "tools/call", JsonObject{{"name", "list_roots"}}));
  ask = s().inbox().request("roots/list");
  ASSERT_TRUE(ask);
  s().raw().send(testing::result_response(
      at(*ask, "id"), parse(R"({"roots":[{"uri":"file:///a"},{"uri":"file:///b","name":"B"}]})")));
  r = s().inbox().response(id);
  ASSERT_TRUE(r);
  EXPECT_EQ(first_text(at(*r, "result")), "file:///a;file:///b;");
}

TEST_F(Legacy, MissingClientCapabilityIsAnError) {
  serve();
  s().initialize();  // declares nothing
  for (auto tool : {"confirm", "ask_model", "list_roots"}) {
    Json r = s().call("tools/call", JsonObject{{"name", tool}});
    ASSERT_TRUE(has(r, "error")) << tool << ": " << boost::json::serialize(r);
    EXPECT_EQ(error_code_of(r), error_code::kInvalidRequest) << tool;
    EXPECT_NE(str(at(at(r, "error"), "message")).find("capability"), std::string::npos);
  }
  EXPECT_FALSE(s().inbox().request("elicitation/create", 50ms)) << "must not ask undeclared";
}

// ---- connection lifetime ------------------------------------------------------------------------

TEST_F(Legacy, ClientDisconnectWhileAToolRuns) {
  serve();
  s().initialize();
  s().raw().send(testing::request(s().next_id(), "tools/call", JsonObject{{"name", "slow"}}));
  s().result("ping");
  auto channel = s().server_channel();
  s().raw().close();
  EXPECT_TRUE(s().stopped()) << "serve() must return when the client goes away";
  EXPECT_TRUE(stats->slow_cancelled.wait()) << "the running handler must be cancelled";
  EXPECT_TRUE(testing::eventually([&] { return channel.expired(); }))
      << "the connection's resources were never released";
}

TEST_F(Legacy, TwoConnectionsHaveSeparateSessions) {
  auto server = testing::demo_server();
  Served a(server), b(server);
  a.initialize("2025-06-18");
  EXPECT_EQ(error_code_of(b.call("tools/list")), error_code::kInvalidRequest);
  b.initialize("2025-11-25");
  EXPECT_TRUE(has(a.call("tools/list"), "result"));
  a.result("resources/subscribe", JsonObject{{"uri", "config://app"}});
  server->notify_resource_updated("config://app");
  EXPECT_TRUE(a.inbox().notification("notifications/resources/updated"));
  EXPECT_TRUE(b.inbox().quiet_for(100ms));
}

}  // namespace
}  // namespace sallyport
