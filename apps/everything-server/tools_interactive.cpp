// Tools that ask the client for input (sampling, elicitation): tools-call-sampling,
// tools-call-elicitation, elicitation-sep1034-defaults, elicitation-sep1330-enums and the
// server-stateless capability / response-stream diagnostics. Written once for both eras: in
// 2025-11-25 Context sends the request to the client, in 2026-07-28 it returns input_required.
#include "fixtures.hpp"

namespace everything {

using sallyport::Context;
using sallyport::Json;
using sallyport::JsonArray;
using sallyport::JsonObject;
using sallyport::ToolResult;

namespace {

JsonObject string_property(std::string_view description) {
  return {{"type", "string"}, {"description", description}};
}

// "action=accept, content={...}", how the suite's fixtures report an elicitation outcome.
std::string outcome(const sallyport::ElicitResult& r) {
  return "action=" + std::string(action_name(r.action)) +
         ", content=" + boost::json::serialize(r.content.value_or(JsonObject{}));
}

sallyport::CreateMessageParams one_question(std::string text, std::int64_t max_tokens) {
  sallyport::CreateMessageParams p;
  p.messages.push_back(
      {sallyport::Role::kUser, {sallyport::TextContent{std::move(text), {}, {}}}, {}});
  p.max_tokens = max_tokens;
  return p;
}

// elicitation-sep1034-defaults: a default for every primitive type.
JsonObject defaults_schema() {
  return object_schema({
      {"name",
       JsonObject{{"type", "string"}, {"description", "User name"}, {"default", "John Doe"}}},
      {"age", JsonObject{{"type", "integer"}, {"description", "User age"}, {"default", 30}}},
      {"score", JsonObject{{"type", "number"}, {"description", "User score"}, {"default", 95.5}}},
      {"status", JsonObject{{"type", "string"},
                            {"description", "User status"},
                            {"enum", JsonArray{"active", "inactive", "pending"}},
                            {"default", "active"}}},
      {"verified",
       JsonObject{{"type", "boolean"}, {"description", "Verification status"}, {"default", true}}},
  });
}

// elicitation-sep1330-enums: the five enum shapes of SEP-1330.
JsonObject enums_schema() {
  auto titled = [](std::initializer_list<std::pair<const char*, const char*>> options) {
    JsonArray out;
    for (auto& [value, title] : options)
      out.push_back(JsonObject{{"const", value}, {"title", title}});
    return out;
  };
  JsonArray options{"option1", "option2", "option3"};
  return object_schema({
      {"untitledSingle", JsonObject{{"type", "string"}, {"enum", options}}},
      {"titledSingle", JsonObject{{"type", "string"},
                                  {"oneOf", titled({{"value1", "First Option"},
                                                    {"value2", "Second Option"},
                                                    {"value3", "Third Option"}})}}},
      {"legacyEnum",
       JsonObject{{"type", "string"},
                  {"enum", JsonArray{"opt1", "opt2", "opt3"}},
                  {"enumNames", JsonArray{"Option One", "Option Two", "Option Three"}}}},
      {"untitledMulti",
       JsonObject{{"type", "array"}, {"items", JsonObject{{"type", "string"}, {"enum", options}}}}},
      {"titledMulti",
       JsonObject{{"type", "array"},
                  {"items", JsonObject{{"anyOf", titled({{"value1", "First Choice"},
                                                         {"value2", "Second Choice"},
                                                         {"value3", "Third Choice"}})}}}}},
  });
}

}  // namespace

void register_interactive_tools(sallyport::Server& server) {
  server.tool("test_sampling")
      .description("Asks the client's model to answer a prompt (sampling)")
      .input_schema(
          object_schema({{"prompt", string_property("The prompt to send to the LLM")}}, {"prompt"}))
      .handle([](const JsonObject& args, Context& ctx) {
        auto answer = ctx.sample(one_question(std::string(args.at("prompt").as_string()), 100));
        return ToolResult::text("LLM response: " + sampled_text(answer));
      });

  server.tool("test_elicitation")
      .description("Asks the user for a username and an email address (elicitation)")
      .input_schema(object_schema({{"message", string_property("The message to show the user")}},
                                  {"message"}))
      .handle([](const JsonObject& args, Context& ctx) {
        auto answer = ctx.elicit(std::string(args.at("message").as_string()),
                                 object_schema({{"username", string_property("User's response")},
                                                {"email", string_property("User's email address")}},
                                               {"username", "email"}));
        return ToolResult::text("User response: " + outcome(answer));
      });

  server.tool("test_elicitation_sep1034_defaults")
      .description("Asks for a form whose fields all have defaults (SEP-1034)")
      .handle([](const JsonObject&, Context& ctx) {
        auto answer =
            ctx.elicit("Please review and update the form fields with defaults", defaults_schema());
        return ToolResult::text("Elicitation completed: " + outcome(answer));
      });

  server.tool("test_elicitation_sep1330_enums")
      .description("Asks for a form with every enum variant (SEP-1330)")
      .handle([](const JsonObject&, Context& ctx) {
        auto answer = ctx.elicit("Please select options from the enum fields", enums_schema());
        return ToolResult::text("Elicitation completed: " + outcome(answer));
      });

  // server-stateless: called without the sampling capability it must fail with -32021.
  server.tool("test_missing_capability")
      .description("Needs the client's sampling capability")
      .handle([](const JsonObject&, Context& ctx) {
        auto answer = ctx.sample(one_question("Say hello", 10));
        return ToolResult::text("Sampling answered: " + sampled_text(answer));
      });

  // server-stateless: the response stream of a request that needs input carries only its own
  // notifications and the input_required result, never a server-to-client request.
  server.tool("test_streaming_elicitation")
      .description("Reports progress, then asks the user to confirm (elicitation)")
      .handle([](const JsonObject&, Context& ctx) {
        ctx.progress(0, 1, "waiting for confirmation");
        auto answer = ctx.elicit(
            "Please confirm to continue",
            object_schema(
                {{"confirm", JsonObject{{"type", "boolean"}, {"description", "Continue?"}}}},
                {"confirm"}));
        ctx.progress(1, 1, "done");
        return ToolResult::text("Streaming elicitation completed: " + outcome(answer));
      });
}

}  // namespace everything
