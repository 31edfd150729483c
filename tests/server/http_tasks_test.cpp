// Tasks over Streamable HTTP: Mcp-Name routes tasks/* by task id (2026-07-28), and a legacy
// task's question goes out on the session's GET stream once its tools/call has been answered.
#include "server/http_fixture.hpp"

namespace sallyport::testing::http_test {
namespace {

constexpr const char* kExt = "io.modelcontextprotocol/tasks";

void add_task_tool(Server& server) {
  server.tool("ask_task")
      .input_schema(object_schema())
      .task_support(TaskSupport::kOptional)
      .handle([](const JsonObject&, Context& ctx) {
        auto r = ctx.elicit(
            "Your name?",
            JsonObject{{"type", "object"},
                       {"properties", JsonObject{{"name", JsonObject{{"type", "string"}}}}}});
        if (!r.content) return std::string("declined");
        return std::string("hello ") + std::string(r.content->at("name").as_string());
      });
}

TEST(HttpTasks, ModernTaskIdTravelsInMcpName) {
  HttpFixture f;
  add_task_tool(f.server);
  JsonObject caps{{"elicitation", JsonObject{}}, {"extensions", JsonObject{{kExt, JsonObject{}}}}};
  auto created = modern(f.url(), 1, "tools/call", {{"name", "ask_task"}}, "ask_task", caps);
  ASSERT_TRUE(created.response(1)) << created.body;
  const Json& task = created.response(1)->at("result");
  EXPECT_EQ(task.at("resultType"), "task");
  std::string id(task.at("taskId").as_string());

  auto ok = modern(f.url(), 2, "tasks/get", {{"taskId", id}}, id, caps);
  ASSERT_TRUE(ok.response(2)) << ok.body;
  EXPECT_EQ(ok.response(2)->at("result").at("taskId"), Json(id));
  auto wrong = modern(f.url(), 3, "tasks/get", {{"taskId", id}}, std::string("other"), caps);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.error_code(), -32020);
  auto missing = modern(f.url(), 4, "tasks/cancel", {{"taskId", id}}, std::nullopt, caps);
  EXPECT_EQ(missing.error_code(), -32020);
  auto cancel = modern(f.url(), 5, "tasks/cancel", {{"taskId", id}}, id, caps);
  ASSERT_TRUE(cancel.response(5)) << cancel.body;
  EXPECT_EQ(cancel.response(5)->at("result").at("resultType"), "complete");
}

TEST(HttpTasks, LegacyTaskQuestionsUseTheGetStream) {
  HttpFixture f;
  add_task_tool(f.server);
  auto headers = base_headers();
  auto init = send("POST", f.url(),
                   rpc_request(1, "initialize",
                               {{"protocolVersion", "2025-11-25"},
                                {"capabilities", {{"elicitation", JsonObject{}}}},
                                {"clientInfo", {{"name", "legacy"}, {"version", "1"}}}}),
                   headers);
  ASSERT_TRUE(init.headers.get("Mcp-Session-Id"));
  headers.set("Mcp-Session-Id", std::string(*init.headers.get("Mcp-Session-Id")));
  headers.set("MCP-Protocol-Version", "2025-11-25");
  send("POST", f.url(), R"({"jsonrpc":"2.0","method":"notifications/initialized"})", headers);
  auto get_headers = headers;
  get_headers.set("Accept", "text/event-stream");
  BackgroundStream get("GET", f.url(), "", get_headers);
  // Attached once a server notification comes through on it.
  ASSERT_TRUE(eventually([&] {
    f.server.notify_tools_changed();
    return !get.messages().empty();
  }));

  auto call = send(
      "POST", f.url(),
      rpc_request(2, "tools/call",
                  {{"name", "ask_task"}, {"arguments", JsonObject{}}, {"task", {{"ttl", 60000}}}}),
      headers);
  ASSERT_TRUE(call.response(2)) << call.body;
  std::string id(call.response(2)->at("result").at("task").at("taskId").as_string());

  // The status notification and the question arrive on the GET stream.
  Json question;
  ASSERT_TRUE(eventually([&] {
    for (auto& m : get.messages())
      if (m.as_object().contains("id") && m.at("method") == "elicitation/create") question = m;
    return !question.is_null();
  }));
  EXPECT_EQ(
      question.at("params").at("_meta").at("io.modelcontextprotocol/related-task").at("taskId"),
      Json(id));
  JsonObject answer{{"jsonrpc", "2.0"},
                    {"id", question.at("id")},
                    {"result", {{"action", "accept"}, {"content", {{"name", "Ada"}}}}}};
  EXPECT_EQ(send("POST", f.url(), boost::json::serialize(answer), headers).status, 202);

  auto result = send("POST", f.url(), rpc_request(3, "tasks/result", {{"taskId", id}}), headers);
  ASSERT_TRUE(result.response(3)) << result.body;
  EXPECT_EQ(result.response(3)->at("result").at("content").at(0).at("text"), "hello Ada");
}

}  // namespace
}  // namespace sallyport::testing::http_test
