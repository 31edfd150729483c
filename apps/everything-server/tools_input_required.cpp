// The input-required-result-* scenarios (SEP-2322, 2026-07-28 multi round-trip). The suite
// names the inputRequests keys ("user_name", "capital_question", ...), so these tools use
// Context::ask with explicit names. In 2025-11-25 the same tools ask with ordinary requests.
#include "fixtures.hpp"

namespace everything {

using sallyport::Context;
using sallyport::InputRequest;
using sallyport::Json;
using sallyport::JsonObject;
using sallyport::ToolResult;

namespace {

InputRequest elicit_string(std::string message, std::string field) {
  JsonObject params{
      {"message", message},
      {"requestedSchema", object_schema({{field, JsonObject{{"type", "string"}}}}, {Json(field)})}};
  return {"elicitation/create", std::move(params)};
}

InputRequest elicit_confirmation(std::string message) {
  JsonObject params{
      {"message", message},
      {"requestedSchema", object_schema({{"ok", JsonObject{{"type", "boolean"}}}}, {"ok"})}};
  return {"elicitation/create", std::move(params)};
}

InputRequest sample(std::string text, std::int64_t max_tokens) {
  JsonObject message{{"role", "user"}, {"content", JsonObject{{"type", "text"}, {"text", text}}}};
  return {"sampling/createMessage",
          JsonObject{{"messages", sallyport::JsonArray{message}}, {"maxTokens", max_tokens}}};
}

InputRequest list_roots() {
  return {"roots/list", JsonObject{}};
}

// The accepted value of one elicited field, or a note saying why there is none.
std::string field(const Json& answer, const std::string& name) {
  auto result = sallyport::decode<sallyport::ElicitResult>(answer);
  if (result.action != sallyport::ElicitResult::Action::kAccept)
    return "(" + std::string(action_name(result.action)) + ")";
  auto* value = result.content ? result.content->if_contains(name) : nullptr;
  if (!value) return "(missing)";
  return value->is_string() ? std::string(value->get_string()) : boost::json::serialize(*value);
}

std::string sampled(const Json& answer) {
  return sampled_text(sallyport::decode<sallyport::CreateMessageResult>(answer));
}

std::string roots(const Json& answer) {
  std::string out;
  for (auto& root : sallyport::decode<sallyport::ListRootsResult>(answer).roots)
    out += (out.empty() ? "" : ", ") + root.uri;
  return out.empty() ? "(none)" : out;
}

}  // namespace

void register_input_required(sallyport::Server& server) {
  // A1, and A7 (wrong keys are asked again), A9, A14 (extra keys ignored), A15 (bad shapes fail).
  server.tool("test_input_required_result_elicitation")
      .description("Asks for the user's name (key user_name), then greets them")
      .handle([](const JsonObject&, Context& ctx) {
        auto answers = ctx.ask({{"user_name", elicit_string("What is your name?", "name")}});
        return ToolResult::text("Hello, " + field(answers.at("user_name"), "name") + "!");
      });
  server.tool("test_input_required_result_sampling")
      .description("Asks the client's model a question (key capital_question)")
      .handle([](const JsonObject&, Context& ctx) {
        auto answers =
            ctx.ask({{"capital_question", sample("What is the capital of France?", 100)}});
        return ToolResult::text("Sampling response: " + sampled(answers.at("capital_question")));
      });
  server.tool("test_input_required_result_list_roots")
      .description("Asks for the client's roots (key client_roots)")
      .handle([](const JsonObject&, Context& ctx) {
        auto answers = ctx.ask({{"client_roots", list_roots()}});
        return ToolResult::text("Client roots: " + roots(answers.at("client_roots")));
      });
  // A4: the answer is only trusted with the requestState it was asked under.
  server.tool("test_input_required_result_request_state")
      .description("Asks for a confirmation (key confirm) and checks the echoed requestState")
      .handle([](const JsonObject&, Context& ctx) {
        bool restored = ctx.state().contains("asked");
        ctx.state()["asked"] = true;  // sealed into requestState with the question
        auto answers = ctx.ask({{"confirm", elicit_confirmation("Please confirm")}});
        std::string ok = field(answers.at("confirm"), "ok");
        return ToolResult::text(restored ? "state-ok: confirmed=" + ok
                                         : "answered without requestState: confirmed=" + ok);
      });
  // A5: three kinds of question in one round.
  server.tool("test_input_required_result_multiple_inputs")
      .description("Asks for a name, a greeting and the roots in one round")
      .handle([](const JsonObject&, Context& ctx) {
        auto answers = ctx.ask({{"user_name", elicit_string("What is your name?", "name")},
                                {"greeting", sample("Generate a greeting", 50)},
                                {"client_roots", list_roots()}});
        return ToolResult::text(sampled(answers.at("greeting")) + ", " +
                                field(answers.at("user_name"), "name") +
                                " (roots: " + roots(answers.at("client_roots")) + ")");
      });
  // A6: a second round, asked only once the first is answered.
  server.tool("test_input_required_result_multi_round")
      .description("Asks for a name (step1), then for a favorite color (step2)")
      .handle([](const JsonObject&, Context& ctx) {
        auto first = ctx.ask({{"step1", elicit_string("Step 1: What is your name?", "name")}});
        auto second =
            ctx.ask({{"step2", elicit_string("Step 2: What is your favorite color?", "color")}});
        return ToolResult::text("Hello, " + field(first.at("step1"), "name") +
                                "! Your favorite color is " + field(second.at("step2"), "color") +
                                ".");
      });
  // A12: requestState is sealed (HMAC); a modified one is refused by the SDK.
  server.tool("test_input_required_result_tampered_state")
      .description(
          "Asks for a confirmation (key confirm) under an integrity-protected requestState")
      .handle([](const JsonObject&, Context& ctx) {
        auto answers = ctx.ask({{"confirm", elicit_confirmation("Please confirm")}});
        return ToolResult::text("Confirmed: " + field(answers.at("confirm"), "ok"));
      });
  // A13: ask only for what the request's clientCapabilities declare.
  server.tool("test_input_required_result_capabilities")
      .description("Asks only through the capabilities the client declared")
      .handle([](const JsonObject&, Context& ctx) {
        const auto& caps = ctx.client_capabilities();
        std::map<std::string, InputRequest> questions;
        if (caps.sampling)
          questions.emplace("capital_question", sample("What is the capital of France?", 100));
        if (caps.elicitation_form)
          questions.emplace("user_name", elicit_string("What is your name?", "name"));
        if (caps.roots) questions.emplace("client_roots", list_roots());
        if (questions.empty())
          return ToolResult::text("The client declared no capability to ask through");
        auto answers = ctx.ask(questions);
        return ToolResult::text("Answered " + std::to_string(answers.size()) + " question(s)");
      });
}

}  // namespace everything
