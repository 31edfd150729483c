// Tasks in both eras: the 2026-07-28 extension (server-directed, flat CreateTaskResult,
// tasks/get inlines the outcome, tasks/update answers questions) and 2025-11-25 core tasks
// (`task` param, tasks/result, tasks/list, status notifications); the store's bounds and owner
// isolation. Handlers block on latches the test opens, so nothing depends on timing.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

#include <fmt/format.h>

#include "sallyport/wire/codec.hpp"
#include "server/engine.hpp"
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

constexpr const char* kExt = "io.modelcontextprotocol/tasks";

// A latch the test opens; handlers wait on it (bounded, and they notice cancellation).
struct Gate {
  std::mutex mutex;
  std::condition_variable cv;
  bool open = false;
  std::atomic<int> cancelled_runs{0};
  std::atomic<int> runs{0};
  void release() {
    std::lock_guard lock(mutex);
    open = true;
    cv.notify_all();
  }
  void wait(Context& ctx) {
    ++runs;
    std::unique_lock lock(mutex);
    while (!open) {
      if (ctx.cancelled()) {
        ++cancelled_runs;
        ctx.throw_if_cancelled();
      }
      cv.wait_for(lock, 5ms);
    }
  }
};

JsonObject confirm_schema() {
  return parse(R"({"type":"object","properties":{"ok":{"type":"boolean"}}})").as_object();
}

std::shared_ptr<Server> task_server(const std::shared_ptr<Gate>& gate, ServerOptions o = {}) {
  o.name = "tasks";
  o.version = "1";
  auto server = std::make_shared<Server>(std::move(o));
  server->tool("sync").handle([](const JsonObject&, Context& ctx) {
    return std::string(ctx.task_id() ? "in a task" : "sync");
  });
  server->tool("gated")
      .task_support(TaskSupport::kOptional)
      .handle([gate](const JsonObject&, Context& ctx) {
        gate->wait(ctx);
        return "done in " + ctx.task_id().value_or("none");
      });
  server->tool("must").task_support(TaskSupport::kRequired).handle([](const JsonObject&, Context&) {
    return ToolResult::error("a tool error");
  });
  server->tool("broken")
      .task_support(TaskSupport::kOptional)
      .handle([](const JsonObject&, Context&) -> ToolResult {
        throw McpError(Error::internal("broken on purpose"));
      });
  server->tool("two_questions")
      .task_support(TaskSupport::kOptional)
      .handle([](const JsonObject&, Context& ctx) {
        auto a =
            ctx.ask({{"first", InputRequest{"elicitation/create",
                                            JsonObject{{"message", "First?"},
                                                       {"requestedSchema", confirm_schema()}}}},
                     {"second", InputRequest{"elicitation/create",
                                             JsonObject{{"message", "Second?"},
                                                        {"requestedSchema", confirm_schema()}}}}});
        return fmt::format("{}/{}", str(at(a.at("first"), "action")),
                           str(at(a.at("second"), "action")));
      });
  server->tool("deferred")
      .task_support(TaskSupport::kRequired, TaskStart::kDeferred)
      .handle([gate](const JsonObject&, Context& ctx) {
        ++gate->runs;
        auto answer = ctx.elicit("Name?", confirm_schema());
        ctx.start_task();
        return fmt::format("{} as task {}",
                           answer.action == ElicitResult::Action::kAccept ? "accept" : "other",
                           ctx.task_id() ? "yes" : "no");
      });
  return server;
}

JsonObject ext_caps() {
  return JsonObject{{"elicitation", JsonObject{}},
                    {"extensions", JsonObject{{kExt, JsonObject{}}}}};
}

class Tasks : public ::testing::Test {
 protected:
  void serve(ServerOptions o = {}) {
    server = task_server(gate, std::move(o));
    served = std::make_unique<Served>(server);
  }
  Served& s() { return *served; }

  Json modern(std::string_view method, JsonObject params, JsonObject caps = ext_caps()) {
    return s().modern_call(method, std::move(params), std::move(caps));
  }
  Json modern_ok(std::string_view method, JsonObject params, JsonObject caps = ext_caps()) {
    Json r = modern(method, std::move(params), std::move(caps));
    EXPECT_TRUE(has(r, "result")) << method << " -> " << boost::json::serialize(r);
    return has(r, "result") ? at(r, "result") : Json(JsonObject{});
  }
  Json call_tool(std::string_view name, JsonObject caps = ext_caps()) {
    return modern_ok("tools/call", JsonObject{{"name", name}, {"arguments", JsonObject{}}},
                     std::move(caps));
  }
  Json get(const Json& id) { return modern_ok("tasks/get", JsonObject{{"taskId", id}}); }
  // Polls tasks/get until `pred` holds (each poll is a round trip; no sleeping).
  Json get_until(const Json& id, const std::function<bool(const Json&)>& pred) {
    Json t;
    EXPECT_TRUE(testing::eventually([&] { return pred(t = get(id)); }))
        << boost::json::serialize(t);
    return t;
  }
  static bool terminal(const Json& t) {
    auto st = str(at(t, "status"));
    return st == "completed" || st == "failed" || st == "cancelled";
  }

  std::shared_ptr<Gate> gate = std::make_shared<Gate>();
  std::shared_ptr<Server> server;
  std::unique_ptr<Served> served;
};

// ---- 2026-07-28 ---------------------------------------------------------------------------------

TEST_F(Tasks, DiscoverAdvertisesTheExtensionOnly) {
  serve();
  Json d = modern_ok("server/discover", {});
  EXPECT_TRUE(has(at(at(d, "capabilities"), "extensions"), kExt));
  EXPECT_FALSE(has(at(d, "capabilities"), "tasks"));
}

TEST_F(Tasks, ModernLifecycle) {
  serve();
  Json created = call_tool("gated");
  EXPECT_EQ(at(created, "resultType"), "task");
  EXPECT_EQ(at(created, "status"), "working");
  EXPECT_FALSE(has(created, "task"));
  EXPECT_FALSE(has(created, "requestState"));
  EXPECT_TRUE(at(created, "ttlMs").is_int64() && at(created, "ttlMs").as_int64() > 0);
  EXPECT_TRUE(at(created, "pollIntervalMs").as_int64() > 0);
  EXPECT_FALSE(has(created, "ttl"));
  EXPECT_EQ(str(at(created, "createdAt")).size(), 24u);  // 2026-11-25T17:00:00.000Z
  Json id = at(created, "taskId");

  Json t = get(id);  // durable at once
  EXPECT_EQ(at(t, "resultType"), "complete");
  EXPECT_EQ(at(t, "status"), "working");
  EXPECT_FALSE(has(t, "result"));

  gate->release();
  t = get_until(id, terminal);
  EXPECT_EQ(at(t, "status"), "completed");
  EXPECT_EQ(str(at(at(at(t, "result"), "content").as_array().at(0), "text")), "done in " + str(id));
  EXPECT_FALSE(has(at(t, "result"), "_meta"));
  // A terminal task acknowledges cancellation and stays completed.
  Json ack = modern_ok("tasks/cancel", JsonObject{{"taskId", id}});
  EXPECT_EQ(at(ack, "resultType"), "complete");
  EXPECT_FALSE(has(ack, "taskId"));
  EXPECT_EQ(at(get(id), "status"), "completed");
}

TEST_F(Tasks, ModernWithoutTheExtensionIsSynchronous) {
  serve();
  gate->release();
  Json r = call_tool("gated", JsonObject{});
  EXPECT_EQ(at(r, "resultType"), "complete");
  EXPECT_FALSE(has(r, "taskId"));
  // A legacy-style `task` param neither errors nor makes a sync tool a task.
  r = modern_ok("tools/call", JsonObject{{"name", "sync"}, {"task", JsonObject{{"ttl", 1000}}}});
  EXPECT_EQ(str(at(at(r, "content").as_array().at(0), "text")), "sync");
  // A required tool needs the extension: -32021 naming it.
  Json e = modern("tools/call", JsonObject{{"name", "must"}}, JsonObject{});
  EXPECT_EQ(error_code_of(e), -32021);
  EXPECT_TRUE(has(at(at(at(at(e, "error"), "data"), "requiredCapabilities"), "extensions"), kExt));
}

TEST_F(Tasks, ModernToolErrorCompletesProtocolErrorFails) {
  serve();
  Json t = get_until(at(call_tool("must"), "taskId"), terminal);
  EXPECT_EQ(at(t, "status"), "completed");
  EXPECT_EQ(at(at(t, "result"), "isError"), true);
  t = get_until(at(call_tool("broken"), "taskId"), terminal);
  EXPECT_EQ(at(t, "status"), "failed");
  EXPECT_EQ(at(at(t, "error"), "code"), -32603);
  EXPECT_FALSE(has(t, "result"));
}

TEST_F(Tasks, ModernCancelStopsTheHandler) {
  serve();
  Json id = at(call_tool("gated"), "taskId");
  ASSERT_TRUE(testing::eventually([&] { return gate->runs.load() == 1; }));
  Json ack = modern_ok("tasks/cancel", JsonObject{{"taskId", id}});
  EXPECT_FALSE(has(ack, "taskId"));
  EXPECT_FALSE(has(ack, "status"));
  EXPECT_EQ(at(get(id), "status"), "cancelled");
  EXPECT_TRUE(testing::eventually([&] { return gate->cancelled_runs.load() == 1; }));
  EXPECT_EQ(at(get(id), "status"), "cancelled");  // the handler's end does not change it
}

TEST_F(Tasks, ModernGatingAndUnknownTasks) {
  serve();
  for (auto* m : {"tasks/get", "tasks/update", "tasks/cancel"})
    EXPECT_EQ(error_code_of(modern(m, JsonObject{{"taskId", "x"}, {"inputResponses", JsonObject{}}},
                                   JsonObject{})),
              -32021)
        << m;
  EXPECT_EQ(error_code_of(modern("tasks/get", JsonObject{{"taskId", "nope"}})), -32602);
  EXPECT_EQ(error_code_of(modern("tasks/cancel", JsonObject{{"taskId", "nope"}})), -32602);
  EXPECT_EQ(error_code_of(modern("tasks/get", JsonObject{})), -32602);
  EXPECT_EQ(error_code_of(modern("tasks/result", JsonObject{{"taskId", "nope"}})), -32601);
  EXPECT_EQ(error_code_of(modern("tasks/list", JsonObject{})), -32601);
}

TEST_F(Tasks, ModernInputInsideATaskOneAnswerAtATime) {
  serve();
  Json id = at(call_tool("two_questions"), "taskId");
  Json t = get_until(id, [](const Json& task) {
    return at(task, "status") == "input_required" &&
           at(task, "inputRequests").as_object().size() == 2;
  });
  EXPECT_EQ(at(at(at(t, "inputRequests"), "first"), "method"), "elicitation/create");
  // Unknown keys are ignored; a partial answer keeps the task waiting for the rest.
  Json ack =
      modern_ok("tasks/update",
                JsonObject{{"taskId", id}, {"inputResponses", parse(R"({"first":{"action":"accept",
                                      "content":{"ok":true}},"bogus":{"x":1}})")}});
  EXPECT_EQ(at(ack, "resultType"), "complete");
  EXPECT_FALSE(has(ack, "status"));
  t = get(id);
  EXPECT_EQ(at(t, "status"), "input_required");
  EXPECT_FALSE(has(at(t, "inputRequests"), "first"));
  EXPECT_TRUE(has(at(t, "inputRequests"), "second"));
  modern_ok(
      "tasks/update",
      JsonObject{{"taskId", id}, {"inputResponses", parse(R"({"second":{"action":"decline"}})")}});
  t = get_until(id, terminal);
  EXPECT_EQ(at(t, "status"), "completed");
  EXPECT_EQ(str(at(at(at(t, "result"), "content").as_array().at(0), "text")), "accept/decline");
}

TEST_F(Tasks, ModernDeferredStartAsksFirstThenBecomesATask) {
  serve();
  Json round1 = call_tool("deferred");
  EXPECT_EQ(at(round1, "resultType"), "input_required");
  EXPECT_FALSE(has(round1, "taskId"));
  auto key = std::string(at(round1, "inputRequests").as_object().begin()->key());
  Json round2 = modern_ok(
      "tools/call", JsonObject{{"name", "deferred"},
                               {"inputResponses",
                                JsonObject{{key, parse(R"({"action":"accept","content":{}})")}}},
                               {"requestState", at(round1, "requestState")}});
  EXPECT_EQ(at(round2, "resultType"), "task");
  EXPECT_FALSE(has(round2, "requestState"));
  Json t = get_until(at(round2, "taskId"), terminal);
  EXPECT_EQ(str(at(at(at(t, "result"), "content").as_array().at(0), "text")), "accept as task yes");
}

TEST_F(Tasks, StoreIsBoundedAndForgetsExpiredTasks) {
  ServerOptions o;
  o.max_tasks_per_owner = 2;
  o.task_ttl = 1000ms;
  serve(o);
  Json a = at(call_tool("gated"), "taskId");
  call_tool("gated");
  Json third = modern("tools/call", JsonObject{{"name", "gated"}});
  EXPECT_TRUE(has(third, "error")) << boost::json::serialize(third);
  EXPECT_EQ(at(get(a), "ttlMs"), 1000);
  ASSERT_TRUE(testing::eventually([&] { return gate->runs.load() == 2; }));
  // Past the TTL the task is gone (and its handler cancelled), which frees the slot.
  EXPECT_TRUE(testing::eventually([&] {
    Json r = modern("tasks/get", JsonObject{{"taskId", a}});
    return has(r, "error") && error_code_of(r) == -32602;
  }));
  EXPECT_TRUE(testing::eventually([&] { return gate->cancelled_runs.load() == 2; }));
  EXPECT_EQ(at(call_tool("gated"), "resultType"), "task");
}

TEST_F(Tasks, OwnersAreWholeIdentities) {
  serve();
  auto& engine = server->engine();
  auto owner = [&](std::optional<Principal> p, const wire::Codec& codec,
                   const server::detail::Connection* conn) {
    server::detail::ContextState st;
    st.codec = &codec;
    if (p) st.principal = std::make_shared<const Principal>(*p);
    return engine.task_owner(st, conn);
  };
  Principal alice{.subject = "alice", .client_id = "app", .issuer = "https://as"};
  Principal alice_other_client = alice;
  alice_other_client.client_id = "other";
  Principal mallory{.subject = "alice", .client_id = "app", .issuer = "https://evil"};
  const auto& modern_codec = wire::modern_codec();
  EXPECT_EQ(owner(alice, modern_codec, nullptr), owner(alice, modern_codec, nullptr));
  EXPECT_NE(owner(alice, modern_codec, nullptr), owner(alice_other_client, modern_codec, nullptr));
  EXPECT_NE(owner(alice, modern_codec, nullptr), owner(mallory, modern_codec, nullptr));
  EXPECT_NE(owner(alice, modern_codec, nullptr), owner(std::nullopt, modern_codec, nullptr));
  // Anonymous legacy clients are told apart by their connection.
  server::detail::Connection c1, c2;
  const auto& legacy_codec = wire::legacy_codec();
  EXPECT_NE(owner(std::nullopt, legacy_codec, &c1), owner(std::nullopt, legacy_codec, &c2));
  // And the store answers only the owner.
  auto t = engine.tasks->create(owner(alice, modern_codec, nullptr), Era::kModern, std::nullopt);
  ASSERT_TRUE(t);
  EXPECT_EQ(engine.tasks->find((*t)->id, owner(alice, modern_codec, nullptr)), *t);
  EXPECT_EQ(engine.tasks->find((*t)->id, owner(mallory, modern_codec, nullptr)), nullptr);
  EXPECT_TRUE(engine.tasks->list(owner(std::nullopt, modern_codec, nullptr)).empty());
}

// ---- 2025-11-25 ---------------------------------------------------------------------------------

Json legacy_call(Served& s, std::string_view tool, std::optional<std::int64_t> ttl) {
  JsonObject params{{"name", tool}, {"arguments", JsonObject{}}};
  if (ttl) params["task"] = JsonObject{{"ttl", *ttl}};
  return s.call("tools/call", std::move(params));
}

TEST_F(Tasks, LegacyLifecycle) {
  serve();
  Json init = s().initialize("2025-11-25", parse(R"({"elicitation":{}})").as_object());
  EXPECT_TRUE(has(at(at(at(at(init, "capabilities"), "tasks"), "requests"), "tools"), "call"));
  const Json& caps = at(init, "capabilities");
  EXPECT_FALSE(has(caps, "extensions") && has(at(caps, "extensions"), kExt));
  Json tools = s().result("tools/list");
  bool marked = false;
  for (auto& t : at(tools, "tools").as_array())
    if (at(t, "name") == "gated") marked = at(at(t, "execution"), "taskSupport") == "optional";
  EXPECT_TRUE(marked);

  Json r = legacy_call(s(), "gated", 60'000);
  Json task = at(at(r, "result"), "task");
  EXPECT_EQ(at(task, "status"), "working");
  EXPECT_EQ(at(task, "ttl"), 60'000);
  EXPECT_TRUE(has(task, "pollInterval"));
  Json id = at(task, "taskId");
  EXPECT_EQ(at(s().result("tasks/get", JsonObject{{"taskId", id}}), "status"), "working");
  Json list = s().result("tasks/list", JsonObject{});
  ASSERT_EQ(at(list, "tasks").as_array().size(), 1u);

  // tasks/result blocks until the task ends, then is the tool's result.
  Json rid = s().next_id();
  s().raw().send(testing::request(rid, "tasks/result", JsonObject{{"taskId", id}}));
  gate->release();
  auto res = s().inbox().response(rid);
  ASSERT_TRUE(res);
  Json result = at(*res, "result");
  EXPECT_EQ(str(at(at(result, "content").as_array().at(0), "text")), "done in " + str(id));
  EXPECT_EQ(at(at(at(result, "_meta"), "io.modelcontextprotocol/related-task"), "taskId"), id);
  auto note = s().inbox().notification("notifications/tasks/status");
  ASSERT_TRUE(note);
  EXPECT_EQ(at(at(*note, "params"), "taskId"), id);
  EXPECT_EQ(at(s().result("tasks/get", JsonObject{{"taskId", id}}), "status"), "completed");
  // Cancelling a terminal task is an error in 2025-11-25.
  EXPECT_EQ(error_code_of(s().call("tasks/cancel", JsonObject{{"taskId", id}})), -32602);
}

TEST_F(Tasks, LegacyToolLevelNegotiation) {
  serve();
  s().initialize();
  EXPECT_EQ(error_code_of(legacy_call(s(), "must", std::nullopt)), -32601);
  EXPECT_EQ(error_code_of(legacy_call(s(), "sync", 1000)), -32601);
  gate->release();
  Json r = legacy_call(s(), "gated", std::nullopt);  // optional: plain call
  EXPECT_EQ(str(at(at(at(r, "result"), "content").as_array().at(0), "text")), "done in none");
}

TEST_F(Tasks, LegacyCancelAndIsolationBetweenSessions) {
  serve();
  s().initialize();
  Json id = at(at(at(legacy_call(s(), "gated", 5000), "result"), "task"), "taskId");
  // Another anonymous session sees nothing of it.
  Served other(server);
  other.initialize();
  EXPECT_EQ(error_code_of(other.call("tasks/get", JsonObject{{"taskId", id}})), -32602);
  EXPECT_EQ(error_code_of(other.call("tasks/cancel", JsonObject{{"taskId", id}})), -32602);
  EXPECT_TRUE(at(other.result("tasks/list", JsonObject{}), "tasks").as_array().empty());

  ASSERT_TRUE(testing::eventually([&] { return gate->runs.load() == 1; }));  // it is running
  Json cancelled = s().result("tasks/cancel", JsonObject{{"taskId", id}});
  EXPECT_EQ(at(cancelled, "status"), "cancelled");
  EXPECT_TRUE(testing::eventually([&] { return gate->cancelled_runs.load() == 1; }));
  EXPECT_TRUE(has(s().call("tasks/result", JsonObject{{"taskId", id}}), "error"));
}

TEST_F(Tasks, LegacyElicitationInsideATask) {
  serve();
  s().initialize("2025-11-25", parse(R"({"elicitation":{}})").as_object());
  Json id = at(at(at(legacy_call(s(), "two_questions", 10'000), "result"), "task"), "taskId");
  for (int i = 0; i < 2; ++i) {
    auto ask = s().inbox().request("elicitation/create");
    ASSERT_TRUE(ask);
    EXPECT_EQ(
        at(at(at(at(*ask, "params"), "_meta"), "io.modelcontextprotocol/related-task"), "taskId"),
        id);
    s().raw().send(testing::result_response(at(*ask, "id"), parse(R"({"action":"accept"})")));
  }
  Json result = s().result("tasks/result", JsonObject{{"taskId", id}});
  EXPECT_EQ(str(at(at(result, "content").as_array().at(0), "text")), "accept/accept");
}

}  // namespace
}  // namespace sallyport
