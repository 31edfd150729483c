// The fixtures of the tasks extension scenarios (SEP-2663, io.modelcontextprotocol/tasks; run
// by `--suite all`): greet never runs as a task; slow_compute, protocol_error_job,
// confirm_delete and multi_input may (the SDK makes them tasks for clients that take tasks);
// failing_job and test_tool_with_task must. test_tool_with_task asks its question before it
// becomes a task (TaskStart::kDeferred), the others ask inside the task.
#include <algorithm>
#include <chrono>
#include <thread>

#include "fixtures.hpp"

namespace everything {

using namespace std::chrono_literals;
using sallyport::Context;
using sallyport::InputRequest;
using sallyport::Json;
using sallyport::JsonObject;
using sallyport::ToolResult;

namespace {

InputRequest confirm(std::string message) {
  JsonObject schema = object_schema(
      {{"confirm", JsonObject{{"type", "boolean"}, {"description", "Go ahead?"}}}}, {"confirm"});
  return {"elicitation/create", JsonObject{{"message", message}, {"requestedSchema", schema}}};
}

bool confirmed(const Json& answer) {
  auto r = sallyport::decode<sallyport::ElicitResult>(answer);
  if (r.action != sallyport::ElicitResult::Action::kAccept || !r.content) return false;
  auto* v = r.content->if_contains("confirm");
  return v && v->is_bool() && v->get_bool();
}

// Sleeps in small steps so a cancelled call stops promptly; bounded to 60 s.
void work_for(Context& ctx, double seconds) {
  auto until = std::chrono::steady_clock::now() +
               std::chrono::milliseconds(static_cast<long>(std::clamp(seconds, 0.0, 60.0) * 1000));
  while (std::chrono::steady_clock::now() < until) {
    ctx.throw_if_cancelled();
    std::this_thread::sleep_for(10ms);
  }
}

}  // namespace

void register_task_tools(sallyport::Server& server) {
  server.tool("greet")
      .description("Greets someone (never a task)")
      .input_schema(object_schema({{"name", JsonObject{{"type", "string"}}}}, {"name"}))
      .handle([](const JsonObject& args, Context&) {
        return ToolResult::text("Hello, " + std::string(args.at("name").as_string()) + "!");
      });
  server.tool("slow_compute")
      .description("Works for `seconds` seconds, then returns a result")
      .task_support(sallyport::TaskSupport::kOptional)
      .input_schema(object_schema({{"seconds", JsonObject{{"type", "number"}, {"minimum", 0}}}}))
      .handle([](const JsonObject& args, Context& ctx) {
        double seconds = 1;
        if (auto* s = args.if_contains("seconds"); s && s->is_number())
          seconds = s->to_number<double>();
        work_for(ctx, seconds);
        return ToolResult::text("Computed after " + boost::json::serialize(Json(seconds)) + " s");
      });
  server.tool("failing_job")
      .description("Works for a second, then reports a tool execution error")
      .task_support(sallyport::TaskSupport::kRequired)
      .handle([](const JsonObject&, Context& ctx) {
        work_for(ctx, 1);
        return ToolResult::error("failing_job failed, as designed");
      });
  server.tool("protocol_error_job")
      .description("Fails with a protocol error")
      .task_support(sallyport::TaskSupport::kOptional)
      .handle([](const JsonObject&, Context&) -> ToolResult {
        throw sallyport::McpError(
            sallyport::Error::internal("protocol_error_job failed, as designed"));
      });
  server.tool("confirm_delete")
      .description("Asks for confirmation (elicitation), then pretends to delete")
      .task_support(sallyport::TaskSupport::kOptional)
      .handle([](const JsonObject&, Context& ctx) {
        auto answers = ctx.ask({{"confirm", confirm("Delete the item?")}});
        return ToolResult::text(confirmed(answers.at("confirm")) ? "Deleted" : "Kept");
      });
  server.tool("multi_input")
      .description("Asks two questions at once (two elicitations)")
      .task_support(sallyport::TaskSupport::kOptional)
      .handle([](const JsonObject&, Context& ctx) {
        auto answers = ctx.ask(
            {{"first", confirm("First question?")}, {"second", confirm("Second question?")}});
        return ToolResult::text(std::string("first=") +
                                (confirmed(answers.at("first")) ? "yes" : "no") +
                                ", second=" + (confirmed(answers.at("second")) ? "yes" : "no"));
      });
  server.tool("test_tool_with_task")
      .description("Asks for the user's name (key user_name), then finishes the job with it")
      .task_support(sallyport::TaskSupport::kRequired, sallyport::TaskStart::kDeferred)
      .handle([](const JsonObject&, Context& ctx) {
        JsonObject schema = object_schema({{"name", JsonObject{{"type", "string"}}}}, {"name"});
        auto answers =
            ctx.ask({{"user_name", InputRequest{"elicitation/create",
                                                JsonObject{{"message", "What is your name?"},
                                                           {"requestedSchema", schema}}}}});
        ctx.start_task();  // the question was the synchronous part; the job runs as a task
        auto r = sallyport::decode<sallyport::ElicitResult>(answers.at("user_name"));
        auto* name = r.content ? r.content->if_contains("name") : nullptr;
        std::string who = name && name->is_string() ? std::string(name->get_string()) : "(nobody)";
        return ToolResult::text("Task completed for " + who);
      });
}

}  // namespace everything
