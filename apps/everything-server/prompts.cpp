// Prompts: prompts-list, prompts-get-*, completion-complete (arg1 of
// test_prompt_with_arguments) and input-required-result-non-tool-request.
#include "fixtures.hpp"

namespace everything {

using sallyport::Context;
using sallyport::GetPromptResult;
using sallyport::JsonObject;
using sallyport::PromptArguments;
using sallyport::Role;

namespace {

GetPromptResult say(std::string text) {
  GetPromptResult r;
  r.messages.push_back({Role::kUser, sallyport::text(std::move(text))});
  return r;
}

}  // namespace

void register_prompts(sallyport::Server& server) {
  server.prompt("test_simple_prompt")
      .description("A simple prompt without arguments")
      .get([](const PromptArguments&, Context&) {
        return say("This is a simple prompt for testing.");
      });

  server.prompt("test_prompt_with_arguments")
      .description("A prompt with two required arguments")
      .argument("arg1", "First test argument", true)
      .argument("arg2", "Second test argument", true)
      .complete(
          "arg1",
          [](const sallyport::CompleteParams& p, Context&) {
            return complete_prefix({"paris", "park", "party", "test", "testing"}, p.argument_value);
          })
      .get([](const PromptArguments& args, Context&) {
        return say("Prompt with arguments: arg1='" + args.at("arg1") + "', arg2='" +
                   args.at("arg2") + "'");
      });

  server.prompt("test_prompt_with_embedded_resource")
      .description("A prompt that embeds a resource")
      .argument("resourceUri", "URI of the resource to embed", true)
      .get([](const PromptArguments& args, Context&) {
        GetPromptResult r;
        sallyport::EmbeddedResource embedded{
            sallyport::TextResourceContents{
                args.at("resourceUri"), "text/plain", "Embedded resource content for testing.", {}},
            {},
            {}};
        r.messages.push_back({Role::kUser, embedded});
        r.messages.push_back(
            {Role::kUser, sallyport::text("Please process the embedded resource above.")});
        return r;
      });

  server.prompt("test_prompt_with_image")
      .description("A prompt with an image")
      .get([](const PromptArguments&, Context&) {
        GetPromptResult r;
        r.messages.push_back(
            {Role::kUser, sallyport::ImageContent{kPngBase64, "image/png", {}, {}}});
        r.messages.push_back({Role::kUser, sallyport::text("Please analyze the image above.")});
        return r;
      });

  // SEP-2322: prompts/get may need input too (key user_context).
  server.prompt("test_input_required_result_prompt")
      .description("Asks which context to use (key user_context), then builds the prompt")
      .get([](const PromptArguments&, Context& ctx) {
        JsonObject schema =
            object_schema({{"context", JsonObject{{"type", "string"}}}}, {"context"});
        auto answers = ctx.ask(
            {{"user_context",
              sallyport::InputRequest{"elicitation/create",
                                      JsonObject{{"message", "What context should the prompt use?"},
                                                 {"requestedSchema", schema}}}}});
        auto r = sallyport::decode<sallyport::ElicitResult>(answers.at("user_context"));
        auto* value = r.content ? r.content->if_contains("context") : nullptr;
        std::string context =
            value && value->is_string() ? std::string(value->get_string()) : "none";
        return say("Answer using this context: " + context);
      });
}

}  // namespace everything
