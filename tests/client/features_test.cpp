// The Client API against a real Server over memory_pair, once per protocol era: the same calls
// must give the same results whichever era was negotiated.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <tuple>

#include "sallyport/client/client.hpp"
#include "support/demo_server.hpp"
#include "support/server_thread.hpp"

namespace sallyport {
namespace {

using namespace std::chrono_literals;
using testing::parse;

std::string text_of(const CallToolResult& r) {
  if (r.content.empty()) return "<no content>";
  auto* t = std::get_if<TextContent>(&r.content.front());
  return t ? t->text : "<not text>";
}

// Records what the client's handlers saw.
struct Seen {
  std::mutex mutex;
  std::vector<LogMessage> logs;
  std::vector<std::pair<std::string, Json>> notifications;
  std::vector<ElicitParams> elicitations;
  std::condition_variable cv;

  template <typename Pred>
  bool wait(Pred pred) {
    std::unique_lock lock(mutex);
    return cv.wait_for(lock, testing::kWait, pred);
  }
  bool wait_notification(std::string_view method, std::size_t count = 1) {
    return wait([&] {
      std::size_t n = 0;
      for (auto& [m, p] : notifications) n += m == method;
      return n >= count;
    });
  }
  std::size_t count(std::string_view method) {
    std::lock_guard lock(mutex);
    std::size_t n = 0;
    for (auto& [m, p] : notifications) n += m == method;
    return n;
  }
};

class ClientTest : public ::testing::TestWithParam<EraChoice> {
 protected:
  void connect(ServerOptions server_options = testing::demo_options(), ClientOptions options = {},
               bool with_input_handlers = true) {
    st = std::make_unique<testing::ServerThread>(testing::demo_server(server_options, stats));
    options.era = GetParam();
    ClientHandlers h;
    if (with_input_handlers) {
      h.elicitation = [this](const ElicitParams& p) {
        {
          std::lock_guard lock(seen.mutex);
          seen.elicitations.push_back(p);
        }
        ElicitResult r;
        r.action = ElicitResult::Action::kAccept;
        if (p.message.starts_with("Transfer"))
          r.content = JsonObject{{"ok", true}};
        else
          r.content = JsonObject{{"v", p.message == "first?" ? "a" : "b"}};
        return r;
      };
      h.sampling = [](const CreateMessageParams& p) {
        CreateMessageResult r;
        r.model = "m1";
        r.content.push_back(TextContent{p.max_tokens == 10 ? "4" : "?", {}, {}});
        return r;
      };
      h.roots = [] {
        return std::vector<Root>{{"file:///a", "A", {}}, {"file:///b", {}, {}}};
      };
    }
    h.on_log = [this](const LogMessage& m) {
      std::lock_guard lock(seen.mutex);
      seen.logs.push_back(m);
      seen.cv.notify_all();
    };
    h.on_notification = [this](const std::string& method, const Json& params) {
      std::lock_guard lock(seen.mutex);
      seen.notifications.emplace_back(method, params);
      seen.cv.notify_all();
    };
    client = Client::connect(st->channel(), options, std::move(h));
  }
  bool modern() const { return GetParam() != EraChoice::kLegacy; }
  std::vector<std::string> log_levels() {
    std::lock_guard lock(seen.mutex);
    std::vector<std::string> out;
    for (auto& m : seen.logs) out.emplace_back(to_string(m.level));
    return out;
  }

  void TearDown() override {
    client.reset();
    st.reset();
  }

  std::shared_ptr<testing::DemoStats> stats = std::make_shared<testing::DemoStats>();
  std::unique_ptr<testing::ServerThread> st;
  std::unique_ptr<Client> client;
  Seen seen;
};

TEST_P(ClientTest, EraIsAsChosen) {
  connect();
  EXPECT_EQ(client->era(), modern() ? Era::kModern : Era::kLegacy);
}

TEST_P(ClientTest, ListsFollowPagination) {
  auto o = testing::demo_options();
  o.page_size = 3;
  connect(o);
  auto tools = client->list_tools();
  EXPECT_EQ(tools.size(), 13u);
  std::set<std::string> names;
  for (auto& t : tools) names.insert(t.name);
  EXPECT_EQ(names.size(), 13u);
  EXPECT_TRUE(names.contains("echo"));
  auto add = std::find_if(tools.begin(), tools.end(), [](auto& t) { return t.name == "add"; });
  ASSERT_NE(add, tools.end());
  EXPECT_TRUE(add->output_schema.has_value());
  auto long_task =
      std::find_if(tools.begin(), tools.end(), [](auto& t) { return t.name == "long_task"; });
  ASSERT_NE(long_task, tools.end());
  EXPECT_EQ(long_task->task_support.has_value(), !modern()) << "execution is a legacy field";

  EXPECT_EQ(client->list_resources().size(), 2u);
  auto templates = client->list_resource_templates();
  ASSERT_EQ(templates.size(), 1u);
  EXPECT_EQ(templates[0].uri_template, "users://{id}/profile");
  EXPECT_EQ(client->list_prompts().size(), 2u);
}

TEST_P(ClientTest, CallTool) {
  connect();
  EXPECT_EQ(text_of(client->call_tool("echo", {{"text", "hi"}})), "hi");
  auto sum = client->call_tool("add", {{"a", 1}, {"b", 2}});
  ASSERT_TRUE(sum.structured_content.has_value());
  EXPECT_EQ(sum.structured_content->as_object().at("sum").to_number<double>(), 3.0);
  EXPECT_FALSE(sum.is_error);
  auto failed = client->call_tool("fail");
  EXPECT_TRUE(failed.is_error);
  EXPECT_EQ(text_of(failed), "kaput");
  auto invalid = client->call_tool("add", {{"a", "x"}});
  EXPECT_TRUE(invalid.is_error);
}

TEST_P(ClientTest, ErrorsCarryTheServersCode) {
  connect();
  try {
    client->call_tool("nope");
    ADD_FAILURE() << "no error";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kInvalidParams);
  }
  try {
    client->call_tool("protocol_error");
    ADD_FAILURE() << "no error";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kInvalidParams);
    ASSERT_TRUE(e.error().data.has_value());
    EXPECT_EQ(*e.error().data, parse(R"({"field":"x"})"));
  }
  try {
    client->read_resource("file:///missing");
    ADD_FAILURE() << "no error";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), modern() ? -32602 : -32002);
  }
  try {
    client->request("no/such/method", {});
    ADD_FAILURE() << "no error";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kMethodNotFound);
  }
}

TEST_P(ClientTest, Resources) {
  connect();
  auto r = client->read_resource("file:///readme.txt");
  ASSERT_EQ(r.contents.size(), 1u);
  auto* text = std::get_if<TextResourceContents>(&r.contents[0]);
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->text, "hello");
  auto p = client->read_resource("users://5/profile");
  ASSERT_EQ(p.contents.size(), 1u);
  EXPECT_EQ(std::get<TextResourceContents>(p.contents[0]).text, "profile of 5");
}

// ClientOptions::result_filter sees every tool result and resource read (also through the
// generic request()), with its tool name or URI, and what it writes is what the caller gets;
// other results pass it by.
TEST_P(ClientTest, ResultFilterSeesAndRewritesToolResultsAndResources) {
  auto seen_calls = std::make_shared<std::vector<std::pair<std::string, std::string>>>();
  ClientOptions options;
  options.result_filter = [seen_calls](std::string_view method, std::string_view subject,
                                       Json& result) {
    seen_calls->emplace_back(method, subject);
    auto& o = result.as_object();
    if (auto* c = o.if_contains("content")) c->as_array().at(0).as_object()["text"] = "filtered";
    if (auto* c = o.if_contains("contents"))
      c->as_array().at(0).as_object()["text"] = "filtered resource";
  };
  connect(testing::demo_options(), options);
  EXPECT_EQ(text_of(client->call_tool("echo", {{"text", "hi"}})), "filtered");
  EXPECT_EQ(
      std::get<TextResourceContents>(client->read_resource("file:///readme.txt").contents[0]).text,
      "filtered resource");
  const Json raw =
      client->request("tools/call", {{"name", "echo"}, {"arguments", {{"text", "x"}}}});
  EXPECT_EQ(raw.at("content").at(0).at("text"), "filtered");
  client->list_tools();
  client->get_prompt("greet", {{"name", "Ada"}});
  client->ping();
  EXPECT_EQ(*seen_calls, (std::vector<std::pair<std::string, std::string>>{
                             {"tools/call", "echo"},
                             {"resources/read", "file:///readme.txt"},
                             {"tools/call", "echo"}}));
  // a filter that refuses a result: the caller gets the exception, not the result
  ClientOptions refusing;
  refusing.result_filter = [](std::string_view, std::string_view, Json&) {
    throw McpError(Error::internal("refused by the filter"));
  };
  client.reset();
  st.reset();
  connect(testing::demo_options(), refusing);
  EXPECT_THROW(client->call_tool("echo", {{"text", "hi"}}), McpError);
}

TEST_P(ClientTest, PromptsAndCompletion) {
  connect();
  auto g = client->get_prompt("greet", {{"name", "Ada"}});
  ASSERT_EQ(g.messages.size(), 1u);
  EXPECT_EQ(std::get<TextContent>(g.messages[0].content).text, "Hello, Ada (plain)");
  try {
    client->get_prompt("greet");
    ADD_FAILURE() << "missing argument accepted";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kInvalidParams);
  }
  CompleteParams cp;
  cp.ref_type = CompleteParams::RefType::kPrompt;
  cp.ref = "greet";
  cp.argument_name = "style";
  cp.argument_value = "c";
  EXPECT_EQ(client->complete(cp).values, (std::vector<std::string>{"casual"}));
}

TEST_P(ClientTest, Ping) {
  connect();
  EXPECT_NO_THROW(client->ping());
}

TEST_P(ClientTest, LogLevelAndOnLog) {
  connect();
  client->call_tool("logs");
  if (modern())
    EXPECT_TRUE(log_levels().empty()) << "2026-07-28: no level, no log messages";
  else
    EXPECT_EQ(log_levels(), (std::vector<std::string>{"debug", "info", "warning", "error"}));
  {
    std::lock_guard lock(seen.mutex);
    seen.logs.clear();
  }
  client->set_log_level(LoggingLevel::kWarning);
  client->call_tool("logs");
  EXPECT_EQ(log_levels(), (std::vector<std::string>{"warning", "error"}));
  std::lock_guard lock(seen.mutex);
  ASSERT_FALSE(seen.logs.empty());
  EXPECT_EQ(seen.logs[0].logger, "component");
  EXPECT_EQ(seen.logs[0].data, parse(R"({"w":1})"));
}

TEST_P(ClientTest, LogLevelFromOptions) {
  ClientOptions o;
  o.log_level = LoggingLevel::kError;
  connect(testing::demo_options(), o);
  client->call_tool("logs");
  EXPECT_EQ(log_levels(), (std::vector<std::string>{"error"}));
}

TEST_P(ClientTest, Elicitation) {
  connect();
  auto r = client->call_tool("confirm", {{"amount", 7}});
  EXPECT_EQ(text_of(r), "transferred 7");
  EXPECT_EQ(stats->confirm_side_effects.load(), 1);
  std::lock_guard lock(seen.mutex);
  ASSERT_EQ(seen.elicitations.size(), 1u);
  EXPECT_EQ(seen.elicitations[0].message, "Transfer 7?");
}

TEST_P(ClientTest, SequentialElicitationsAreTransparent) {
  connect();
  auto r = client->call_tool("two_questions");
  EXPECT_EQ(text_of(r), "a/b");
  std::lock_guard lock(seen.mutex);
  ASSERT_EQ(seen.elicitations.size(), 2u) << "each question is asked exactly once";
  EXPECT_EQ(seen.elicitations[0].message, "first?");
  EXPECT_EQ(seen.elicitations[1].message, "second?");
}

TEST_P(ClientTest, SamplingAndRoots) {
  connect();
  EXPECT_EQ(text_of(client->call_tool("ask_model")), "m1:4");
  EXPECT_EQ(text_of(client->call_tool("list_roots")), "file:///a;file:///b;");
}

TEST_P(ClientTest, NoHandlersMeansNoCapabilities) {
  connect(testing::demo_options(), {}, /*with_input_handlers=*/false);
  for (auto tool : {"confirm", "ask_model", "list_roots"}) {
    try {
      client->call_tool(tool);
      ADD_FAILURE() << tool << " succeeded without the capability";
    } catch (const McpError& e) {
      EXPECT_EQ(e.code(), modern() ? -32021 : error_code::kInvalidRequest) << tool;
    }
  }
}

TEST_P(ClientTest, ProgressCallback) {
  connect();
  std::vector<std::tuple<double, std::optional<double>, std::optional<std::string>>> progress;
  RequestOptions o;
  o.on_progress = [&](double p, std::optional<double> total, std::optional<std::string> message) {
    progress.emplace_back(p, total, message);
  };
  EXPECT_EQ(text_of(client->call_tool("progress", {}, o)), "done");
  ASSERT_EQ(progress.size(), 2u);
  EXPECT_EQ(std::get<0>(progress[0]), 1.0);
  EXPECT_EQ(std::get<1>(progress[0]), 2.0);
  EXPECT_EQ(std::get<2>(progress[0]), "half");
  EXPECT_EQ(std::get<0>(progress[1]), 2.0);
  EXPECT_FALSE(std::get<2>(progress[1]).has_value());
}

TEST_P(ClientTest, SubscribeDeliversUpdates) {
  connect();
  client->subscribe("file:///readme.txt");
  if (modern()) {
    // The listen stream is open once acknowledged.
    ASSERT_TRUE(seen.wait_notification("notifications/subscriptions/acknowledged"));
  }
  st->server().notify_resource_updated("config://app");  // not subscribed
  st->server().notify_resource_updated("file:///readme.txt");
  ASSERT_TRUE(seen.wait_notification("notifications/resources/updated"));
  {
    std::lock_guard lock(seen.mutex);
    for (auto& [m, p] : seen.notifications) {
      if (m != "notifications/resources/updated") continue;
      EXPECT_EQ(p.as_object().at("uri"), "file:///readme.txt");
    }
  }
  EXPECT_EQ(seen.count("notifications/resources/updated"), 1u);

  client->unsubscribe("file:///readme.txt");
  client->call_tool("echo", {{"text", "sync"}});  // the unsubscription has been processed
  st->server().notify_resource_updated("file:///readme.txt");
  // Anything the server sent before this answer has been delivered by the time it returns.
  client->call_tool("echo", {{"text", "sync"}});
  EXPECT_EQ(seen.count("notifications/resources/updated"), 1u);
}

TEST_P(ClientTest, RequestTimeout) {
  connect();
  RequestOptions o;
  o.timeout = 100ms;
  try {
    client->call_tool("slow", {}, o);
    ADD_FAILURE() << "no timeout";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kRequestTimeout);
  }
  EXPECT_TRUE(stats->slow_cancelled.wait()) << "the timed-out call is cancelled on the server";
  EXPECT_EQ(text_of(client->call_tool("echo", {{"text", "still fine"}})), "still fine");
}

TEST_P(ClientTest, CloseEndsTheSession) {
  connect();
  client->close();
  EXPECT_THROW(client->call_tool("echo", {{"text", "x"}}), McpError);
  EXPECT_TRUE(st->stopped());
}

std::string era_name(const ::testing::TestParamInfo<EraChoice>& param) {
  return param.param == EraChoice::kLegacy ? "Legacy" : "Modern";
}
INSTANTIATE_TEST_SUITE_P(Eras, ClientTest, ::testing::Values(EraChoice::kAuto, EraChoice::kLegacy),
                         era_name);

}  // namespace
}  // namespace sallyport
