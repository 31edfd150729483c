// A server with one of everything, shared by the server and client tests.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "sallyport/server/server.hpp"
#include "support/json.hpp"
#include "support/wait.hpp"

namespace sallyport::testing {

inline ServerOptions demo_options() {
  ServerOptions o;
  o.name = "demo";
  o.version = "1.2.3";
  o.instructions = "Use echo to test.";
  return o;
}

// Counters the handlers bump, so tests can tell how often a handler really ran.
struct DemoStats {
  std::atomic<int> confirm_side_effects{0};
  Latch slow_cancelled;
};

inline std::shared_ptr<Server> demo_server(ServerOptions options = demo_options(),
                                           std::shared_ptr<DemoStats> stats = nullptr) {
  if (!stats) stats = std::make_shared<DemoStats>();
  auto server = std::make_shared<Server>(std::move(options));
  Server& s = *server;

  s.tool("echo")
      .description("Echoes text")
      .input_schema(
          parse(R"({"type":"object","properties":{"text":{"type":"string"}},"required":["text"]})"))
      .handle([](const JsonObject& args, Context&) {
        return ToolResult::text(std::string(args.at("text").as_string()));
      });
  s.tool("add")
      .input_schema(parse(R"({"type":"object","properties":{"a":{"type":"number"},
                                "b":{"type":"number"}},"required":["a","b"]})"))
      .output_schema(parse(R"({"type":"object","properties":{"sum":{"type":"number"}},
                                "required":["sum"]})"))
      .read_only()
      .handle([](const JsonObject& args, Context&) {
        return Json(JsonObject{
            {"sum", args.at("a").to_number<double>() + args.at("b").to_number<double>()}});
      });
  s.tool("fail").handle(
      [](const JsonObject&, Context&) -> std::string { throw std::runtime_error("kaput"); });
  s.tool("protocol_error").handle([](const JsonObject&, Context&) -> std::string {
    throw McpError(error_code::kInvalidParams, "bad input", JsonObject{{"field", "x"}});
  });
  s.tool("bad_output")
      .output_schema(parse(R"({"type":"object","properties":{"sum":{"type":"number"}}})"))
      .handle([](const JsonObject&, Context&) {
        return Json(JsonObject{{"sum", "not a number"}});
      });
  s.tool("long_task").task_support("optional").handle([](const JsonObject&, Context&) {
    return std::string("ok");
  });
  // Asks before acting; the side effect happens only after the answer (see context.hpp).
  s.tool("confirm")
      .input_schema(parse(R"({"type":"object","properties":{"amount":{"type":"integer"}}})"))
      .handle([stats](const JsonObject& args, Context& ctx) {
        auto amount = args.contains("amount") ? args.at("amount").as_int64() : 0;
        auto answer = ctx.elicit(
            "Transfer " + std::to_string(amount) + "?",
            parse(R"({"type":"object","properties":{"ok":{"type":"boolean"}},"required":["ok"]})")
                .as_object());
        if (answer.action != ElicitResult::Action::kAccept || !answer.content ||
            !answer.content->at("ok").as_bool())
          return ToolResult::text("cancelled");
        ++stats->confirm_side_effects;
        return ToolResult::text("transferred " + std::to_string(amount));
      });
  s.tool("two_questions").handle([](const JsonObject&, Context& ctx) {
    auto schema = parse(R"({"type":"object","properties":{"v":{"type":"string"}}})").as_object();
    auto first = ctx.elicit("first?", schema);
    ctx.state()["first_seen"] = true;
    auto second = ctx.elicit("second?", schema);
    auto value = [](const ElicitResult& r) {
      return r.content ? std::string(r.content->at("v").as_string()) : std::string("-");
    };
    return ToolResult::text(value(first) + "/" + value(second));
  });
  s.tool("logs").handle([](const JsonObject&, Context& ctx) {
    ctx.log(LoggingLevel::kDebug, "d");
    ctx.log(LoggingLevel::kInfo, "i");
    ctx.log(LoggingLevel::kWarning, JsonObject{{"w", 1}}, "component");
    ctx.log(LoggingLevel::kError, "e");
    return std::string("logged");
  });
  s.tool("progress").handle([](const JsonObject&, Context& ctx) {
    ctx.progress(1, 2, "half");
    ctx.progress(2, 2);
    return std::string("done");
  });
  s.tool("ask_model").handle([](const JsonObject&, Context& ctx) {
    CreateMessageParams p;
    p.messages.push_back(SamplingMessage{Role::kUser, {TextContent{"2+2?", {}, {}}}, {}});
    p.max_tokens = 10;
    auto r = ctx.sample(p);
    std::string text;
    if (!r.content.empty())
      if (auto* t = std::get_if<TextContent>(&r.content.front())) text = t->text;
    return ToolResult::text(r.model + ":" + text);
  });
  s.tool("list_roots").handle([](const JsonObject&, Context& ctx) {
    std::string out;
    for (auto& r : ctx.roots()) out += r.uri + ";";
    return ToolResult::text(out);
  });
  // Runs until cancelled (bounded: a missing cancellation fails rather than hangs).
  s.tool("slow").handle([stats](const JsonObject&, Context& ctx) {
    auto latch = std::make_shared<Latch>();
    ctx.cancellation().on_cancel([latch] { latch->open(); });
    bool cancelled = latch->wait();
    if (cancelled) stats->slow_cancelled.open();
    return std::string(cancelled ? "cancelled" : "timed out");
  });

  s.resource("file:///readme.txt", "readme").description("Read me").text("hello");
  s.resource("config://app", "config")
      .mime_type("application/json")
      .read([](const std::string& uri, Context&) {
        ReadResourceResult r;
        r.contents.push_back(
            TextResourceContents{uri, "application/json", R"({"debug":true})", {}});
        return r;
      });
  s.resource_template("users://{id}/profile")
      .name("profile")
      .mime_type("text/plain")
      .complete("id",
                [](const CompleteParams& p, Context&) {
                  CompleteResult r;
                  for (auto id : {"1", "12", "2"})
                    if (std::string_view(id).starts_with(p.argument_value)) r.values.push_back(id);
                  return r;
                })
      .read([](const std::string& uri, const UriParams& vars, Context&) {
        ReadResourceResult r;
        r.contents.push_back(
            TextResourceContents{uri, "text/plain", "profile of " + vars.at("id"), {}});
        return r;
      });

  s.prompt("greet")
      .description("Greets someone")
      .argument("name", "Who", true)
      .argument("style", "How", false)
      .complete("style",
                [](const CompleteParams& p, Context&) {
                  CompleteResult r;
                  for (auto v : {"formal", "casual", "friendly"})
                    if (std::string_view(v).starts_with(p.argument_value)) r.values.push_back(v);
                  return r;
                })
      .get([](const PromptArguments& args, Context&) {
        GetPromptResult r;
        std::string style = args.contains("style") ? args.at("style") : "plain";
        r.messages.push_back(PromptMessage{
            Role::kUser, TextContent{"Hello, " + args.at("name") + " (" + style + ")", {}, {}}});
        return r;
      });
  s.prompt("many")
      .argument("x")
      .complete("x",
                [](const CompleteParams&, Context&) {
                  CompleteResult r;
                  for (int i = 0; i < 150; ++i) r.values.push_back("v" + std::to_string(i));
                  return r;
                })
      .get([](const PromptArguments&, Context&) { return GetPromptResult{}; });
  return server;
}

}  // namespace sallyport::testing
