// Registration mistakes are caught at start-up with std::invalid_argument saying how to fix them.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "sallyport/server/server.hpp"
#include "support/demo_server.hpp"
#include "support/json.hpp"

namespace sallyport {
namespace {

using testing::parse;

// Runs `f`, expecting std::invalid_argument whose message contains every `needle`.
template <typename F>
void expect_invalid(F f, std::initializer_list<std::string_view> needles) {
  try {
    f();
    ADD_FAILURE() << "no exception";
  } catch (const std::invalid_argument& e) {
    std::string what = e.what();
    for (auto n : needles) EXPECT_NE(what.find(n), std::string::npos) << what;
  }
}

auto noop_tool = [](const JsonObject&, Context&) {
  return std::string("x");
};

TEST(Registration, ServerOptions) {
  expect_invalid([] { Server s(ServerOptions{}); }, {"name"});
  expect_invalid([] { Server s(ServerOptions{.name = "n"}); }, {"version"});
  expect_invalid([] { Server s(ServerOptions{.name = "n", .version = "1", .page_size = 0}); },
                 {"page_size"});
}

TEST(Registration, ToolSchemas) {
  Server s(testing::demo_options());
  expect_invalid([&] { s.tool("t").input_schema(Json("object")); }, {"t", "inputSchema", "object"});
  expect_invalid([&] { s.tool("t").input_schema(parse("[]")); }, {"inputSchema"});
  expect_invalid([&] { s.tool("t").input_schema(parse(R"({"type":"string"})")); },
                 {"t", "\"type\": \"object\""});
  expect_invalid([&] { s.tool("t").input_schema(parse(R"({"properties":{}})")); }, {"type"});
  expect_invalid([&] { s.tool("t").output_schema(Json(3)); }, {"t", "outputSchema"});
  expect_invalid(
      [&] {
        s.tool("t")
            .input_schema(parse(R"({"type":"object","properties":{"a":{"type":7}}})"))
            .handle(noop_tool);
      },
      {"t", "inputSchema", "JSON Schema"});
  EXPECT_FALSE(s.capabilities().tools) << "failed registrations leave nothing behind";
}

TEST(Registration, ToolNamesAndDuplicates) {
  Server s(testing::demo_options());
  expect_invalid([&] { s.tool(""); }, {"1 to 128"});
  expect_invalid([&] { s.tool(std::string(129, 'a')); }, {"128"});
  expect_invalid([&] { s.tool("has space"); }, {"has space", "letters"});
  expect_invalid([&] { s.tool("slash/name"); }, {"slash/name"});
  s.tool("ok.name_1-2").handle(noop_tool);
  expect_invalid([&] { s.tool("ok.name_1-2").handle(noop_tool); }, {"ok.name_1-2", "twice"});
  expect_invalid([&] { s.tool("empty").handle(ToolHandler{}); }, {"empty", "handler"});
  expect_invalid([&] { s.tool("t").task_support("sometimes"); }, {"forbidden"});
  EXPECT_TRUE(s.capabilities().tools);
}

TEST(Registration, Resources) {
  Server s(testing::demo_options());
  expect_invalid([&] { s.resource("relative/path", "r"); }, {"relative/path", "absolute"});
  s.resource("file:///a", "a").text("x");
  expect_invalid([&] { s.resource("file:///a", "again").text("y"); }, {"file:///a", "twice"});
  expect_invalid([&] { s.resource("file:///b", "b").read(ResourceHandler{}); }, {"handler"});
}

TEST(Registration, Templates) {
  Server s(testing::demo_options());
  auto read = [](const std::string&, const UriParams&, Context&) {
    return ReadResourceResult{};
  };
  expect_invalid([&] { s.resource_template("users://{id").read(read); },
                 {"users://{id", "RFC 6570"});
  expect_invalid(
      [&] {
        s.resource_template("users://{id}")
            .complete("nope", [](const CompleteParams&, Context&) { return CompleteResult{}; })
            .read(read);
      },
      {"users://{id}", "nope"});
  s.resource_template("users://{id}").read(read);
  expect_invalid([&] { s.resource_template("users://{id}").read(read); }, {"twice"});
}

TEST(Registration, Prompts) {
  Server s(testing::demo_options());
  auto get = [](const PromptArguments&, Context&) {
    return GetPromptResult{};
  };
  expect_invalid([&] { s.prompt(""); }, {"prompt name"});
  expect_invalid(
      [&] {
        s.prompt("p")
            .argument("a")
            .complete("b", [](const CompleteParams&, Context&) { return CompleteResult{}; })
            .get(get);
      },
      {"p", "'b'"});
  s.prompt("p").get(get);
  expect_invalid([&] { s.prompt("p").get(get); }, {"p", "twice"});
}

TEST(Registration, CapabilitiesFollowRegistrations) {
  Server s(testing::demo_options());
  auto caps = s.capabilities();
  EXPECT_FALSE(caps.tools || caps.resources || caps.prompts || caps.completions);
  EXPECT_TRUE(caps.logging);
  s.prompt("p").get([](const PromptArguments&, Context&) { return GetPromptResult{}; });
  EXPECT_TRUE(s.capabilities().prompts);
  EXPECT_FALSE(s.capabilities().completions);
  EXPECT_TRUE(s.remove_prompt("p"));
  EXPECT_FALSE(s.capabilities().prompts);
}

}  // namespace
}  // namespace sallyport
