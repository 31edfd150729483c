// Hostile and malformed input: every failure is an McpError(kInvalidParams) naming the field,
// never a crash.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "sallyport/model/types.hpp"

namespace sallyport {
namespace {

// Runs decode<T>(j), expecting an McpError(kInvalidParams) whose message starts with `prefix`.
template <typename T>
void expect_invalid(const Json& j, const std::string& prefix) {
  SCOPED_TRACE(json::serialize(j).substr(0, 200));
  try {
    decode<T>(j);
    ADD_FAILURE() << "no error; expected one starting with \"" << prefix << "\"";
  } catch (const McpError& e) {
    EXPECT_EQ(e.code(), error_code::kInvalidParams) << e.what();
    EXPECT_EQ(std::string(e.what()).substr(0, prefix.size()), prefix) << "message: " << e.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "wrong exception type: " << e.what();
  }
}

Json parse(std::string_view s) {
  return json::parse(s);
}

// Replaces `key` in a copy of `base` (or removes it when `v` is nullopt).
Json with(const Json& base, std::string_view key, std::optional<Json> v) {
  Json out = base;
  if (v)
    out.as_object()[key] = *v;
  else
    out.as_object().erase(key);
  return out;
}

const Json kTool = parse(R"({"name":"t","inputSchema":{"type":"object"}})");
const Json kResource = parse(R"({"uri":"file:///a","name":"a"})");
const Json kPrompt = parse(R"({"name":"p"})");
const Json kResult = parse(R"({"content":[{"type":"text","text":"hi"}]})");

// Values of every JSON kind but the expected one, for the required fields.
std::vector<Json> wrong_for(json::kind k) {
  std::vector<Json> all = {nullptr, true, 42, 1.5, "s", JsonArray{}, JsonObject{}};
  std::vector<Json> out;
  for (auto& v : all) {
    const bool same = v.kind() == k || (k == json::kind::int64 && v.is_number());
    if (!same) out.push_back(v);
  }
  return out;
}

TEST(EdgeCases, ToolRequiredFields) {
  for (auto& v : wrong_for(json::kind::string))
    expect_invalid<Tool>(with(kTool, "name", v), "name: expected string");
  for (auto& v : wrong_for(json::kind::object))
    expect_invalid<Tool>(with(kTool, "inputSchema", v), "inputSchema: expected object");
  expect_invalid<Tool>(with(kTool, "name", std::nullopt), "name: required");
  expect_invalid<Tool>(with(kTool, "inputSchema", std::nullopt), "inputSchema: required");
  expect_invalid<Tool>(with(kTool, "inputSchema", JsonObject{}),
                       "inputSchema.type: expected \"object\"");
  expect_invalid<Tool>(with(kTool, "inputSchema", parse(R"({"type":"array"})")),
                       "inputSchema.type");
  expect_invalid<Tool>(with(kTool, "outputSchema", "x"), "outputSchema: expected object");
  expect_invalid<Tool>(with(kTool, "annotations", parse(R"({"readOnlyHint":"yes"})")),
                       "annotations.readOnlyHint: expected boolean");
  expect_invalid<Tool>(with(kTool, "icons", parse(R"([{"src":"a"},{"src":1}])")),
                       "icons[1].src: expected string");
  expect_invalid<Tool>(with(kTool, "execution", parse(R"({"taskSupport":3})")),
                       "execution.taskSupport: expected string");
  expect_invalid<Tool>(with(kTool, "_meta", JsonArray{}), "_meta: expected object");
  expect_invalid<Tool>(nullptr, "expected object, got null");
  expect_invalid<Tool>(JsonArray{}, "expected object, got array");
}

TEST(EdgeCases, ToolsListPathIsNested) {
  // The list decoder prepends the index and the codec the key: tools[2].inputSchema.
  JsonArray tools = {kTool, kTool, with(kTool, "inputSchema", 7)};
  CreateMessageParams p;
  Json params = parse(R"({"messages":[],"maxTokens":1})");
  params.as_object()["tools"] = tools;
  expect_invalid<CreateMessageParams>(params, "tools[2].inputSchema: expected object, got number");
}

TEST(EdgeCases, CallToolResultRequiredFields) {
  for (auto& v : wrong_for(json::kind::array))
    expect_invalid<CallToolResult>(with(kResult, "content", v), "content: expected array");
  expect_invalid<CallToolResult>(with(kResult, "content", std::nullopt), "content: required");
  expect_invalid<CallToolResult>(with(kResult, "isError", "true"), "isError: expected boolean");
  expect_invalid<CallToolResult>(with(kResult, "isError", nullptr), "isError: expected boolean");
  expect_invalid<CallToolResult>(with(kResult, "content", parse(R"([{"type":"text"}])")),
                                 "content[0].text: required");
  expect_invalid<CallToolResult>(with(kResult, "content", parse(R"([{"text":"x"}])")),
                                 "content[0].type: required");
  expect_invalid<CallToolResult>(with(kResult, "content", parse(R"([{"type":7}])")),
                                 "content[0].type: expected string");
  expect_invalid<CallToolResult>(with(kResult, "content", parse(R"([null])")),
                                 "content[0]: expected object, got null");
  expect_invalid<CallToolResult>(
      with(kResult, "content", parse(R"([{"type":"text","text":"a"},{"type":"video","uri":"x"}])")),
      "content[1].type: unknown content type \"video\"");
  // tool_use is sampling-only content, not a tool result block.
  expect_invalid<CallToolResult>(
      with(kResult, "content", parse(R"([{"type":"tool_use","id":"1","name":"n","input":{}}])")),
      "content[0].type: unknown content type");
  expect_invalid<CallToolResult>(
      with(kResult, "content", parse(R"([{"type":"image","data":42,"mimeType":"image/png"}])")),
      "content[0].data: expected string");
  expect_invalid<CallToolResult>(
      with(kResult, "content",
           parse(R"([{"type":"resource","resource":{"uri":"a","blob":{"b":1}}}])")),
      "content[0].resource.blob: expected string");
  expect_invalid<CallToolResult>(
      with(kResult, "content", parse(R"([{"type":"resource","resource":{"uri":"a"}}])")),
      "content[0].resource: expected \"text\" or \"blob\"");
  expect_invalid<CallToolResult>(
      with(kResult, "content",
           parse(R"([{"type":"text","text":"a","annotations":{"audience":["robot"]}}])")),
      "content[0].annotations.audience[0]: expected \"user\" or \"assistant\"");
}

TEST(EdgeCases, ResourceRequiredFields) {
  for (const char* key : {"uri", "name"}) {
    for (auto& v : wrong_for(json::kind::string))
      expect_invalid<Resource>(with(kResource, key, v), std::string(key) + ": expected string");
    expect_invalid<Resource>(with(kResource, key, std::nullopt), std::string(key) + ": required");
  }
  expect_invalid<Resource>(with(kResource, "size", "12"), "size: expected integer");
  expect_invalid<Resource>(with(kResource, "size", 1.5), "size: expected integer in the 64-bit");
  expect_invalid<Resource>(with(kResource, "size", 1e300), "size: expected integer in the 64-bit");
  expect_invalid<Resource>(with(kResource, "size", std::numeric_limits<std::uint64_t>::max()),
                           "size: expected integer in the 64-bit");
  expect_invalid<Resource>(with(kResource, "size", -1), "size: must be >= 0");
  expect_invalid<Resource>(with(kResource, "annotations", parse(R"({"priority":"high"})")),
                           "annotations.priority: expected number");
  expect_invalid<ResourceLink>(with(kResource, "type", "resource"),
                               "type: expected \"resource_link\", got \"resource\"");
  expect_invalid<ResourceLink>(kResource, "type: required");
}

TEST(EdgeCases, PromptRequiredFields) {
  for (auto& v : wrong_for(json::kind::string))
    expect_invalid<Prompt>(with(kPrompt, "name", v), "name: expected string");
  expect_invalid<Prompt>(with(kPrompt, "name", std::nullopt), "name: required");
  expect_invalid<Prompt>(with(kPrompt, "arguments", JsonObject{}), "arguments: expected array");
  expect_invalid<Prompt>(with(kPrompt, "arguments", parse(R"([{"name":"a","required":"yes"}])")),
                         "arguments[0].required: expected boolean");
  expect_invalid<GetPromptResult>(parse(R"({"messages":[{"role":"system","content":{}}]})"),
                                  "messages[0].role: expected \"user\" or \"assistant\"");
  expect_invalid<GetPromptResult>(parse(R"({"messages":[{"role":"user"}]})"),
                                  "messages[0].content: required");
  expect_invalid<GetPromptResult>(parse(R"({})"), "messages: required");
}

TEST(EdgeCases, Numbers) {
  // Numbers the schema calls integers accept any exact integral encoding.
  EXPECT_EQ(decode<Resource>(with(kResource, "size", 1024.0)).size, 1024);
  EXPECT_EQ(decode<Resource>(with(kResource, "size", std::uint64_t{5})).size, 5);
  const auto max = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(decode<Resource>(with(kResource, "size", std::uint64_t(max))).size, max);
  // Doubles accept every number kind but not non-finite values.
  Json ann = parse(R"({"priority":1})");
  EXPECT_EQ(decode<Annotations>(ann).priority, 1.0);
  ann.as_object()["priority"] = std::numeric_limits<double>::infinity();
  expect_invalid<Annotations>(ann, "priority: expected finite number");
  ann.as_object()["priority"] = std::nan("");
  expect_invalid<Annotations>(ann, "priority: expected finite number");
  expect_invalid<CreateMessageParams>(parse(R"({"messages":[],"maxTokens":"100"})"),
                                      "maxTokens: expected integer");
  expect_invalid<CreateMessageParams>(parse(R"({"messages":[]})"), "maxTokens: required");
  expect_invalid<CompleteResult>(parse(R"({"completion":{"values":[],"total":-1e40}})"),
                                 "completion.total: expected integer in the 64-bit range");
  expect_invalid<CacheHints>(parse(R"({"ttlMs":-5,"cacheScope":"public"})"), "ttlMs: must be >= 0");
  expect_invalid<CacheHints>(parse(R"({"ttlMs":5,"cacheScope":"shared"})"),
                             "cacheScope: expected \"public\" or \"private\"");
}

TEST(EdgeCases, HugeStrings) {
  const std::string big(8 << 20, 'x');
  Json t = kTool;
  t.as_object()["description"] = big;
  EXPECT_EQ(decode<Tool>(t).description->size(), big.size());
  // Echoed peer values are cut short in messages.
  Json c = parse(R"({"type":"x"})");
  c.as_object()["type"] = big;
  try {
    decode<ContentBlock>(c);
    ADD_FAILURE() << "no error";
  } catch (const McpError& e) {
    EXPECT_LT(std::string(e.what()).size(), 200u);
    EXPECT_EQ(e.code(), error_code::kInvalidParams);
  }
  // A multi-byte character straddling the cut is not split.
  std::string utf8;
  for (int i = 0; i < 100; ++i) utf8 += "\xC3\xA9";  // é
  c.as_object()["type"] = utf8;
  try {
    decode<ContentBlock>(c);
  } catch (const McpError& e) {
    const std::string msg = e.what();
    const auto open = msg.find('"');
    const auto close = msg.rfind('"');
    EXPECT_EQ((close - open - 1) % 2, 0u) << msg;
  }
}

Json nest(std::size_t depth) {
  Json v = JsonObject{};
  for (std::size_t i = 0; i < depth; ++i) v = JsonArray{std::move(v)};
  return v;
}

TEST(EdgeCases, DeeplyNestedStructuredContent) {
  Json ok = kResult;
  ok.as_object()["structuredContent"] = nest(100);
  EXPECT_TRUE(decode<CallToolResult>(ok).structured_content.has_value());

  Json deep = kResult;
  deep.as_object()["structuredContent"] = nest(10000);
  expect_invalid<CallToolResult>(deep, "structuredContent: nested deeper than 128 levels");
  Json args = parse(R"({"name":"t"})");
  args.as_object()["arguments"] = JsonObject{{"x", nest(10000)}};
  expect_invalid<CallToolParams>(args, "arguments: nested deeper than");
  Json tool = kTool;
  tool.as_object()["inputSchema"].as_object()["properties"] = nest(500);
  expect_invalid<Tool>(tool, "inputSchema: nested deeper than");
}

TEST(EdgeCases, NullsEverywhere) {
  // A null where an optional field's type is expected is a type error, not "absent".
  expect_invalid<Tool>(with(kTool, "title", nullptr), "title: expected string, got null");
  expect_invalid<Tool>(with(kTool, "annotations", nullptr), "annotations: expected object");
  expect_invalid<Resource>(with(kResource, "mimeType", nullptr), "mimeType: expected string");
  expect_invalid<Prompt>(with(kPrompt, "icons", nullptr), "icons: expected array");
  expect_invalid<Implementation>(parse(R"({"name":"n","version":null})"),
                                 "version: expected string, got null");
  // ... except where the schema allows any value.
  Json r = kResult;
  r.as_object()["structuredContent"] = nullptr;
  EXPECT_TRUE(decode<CallToolResult>(r).structured_content->is_null());
  EXPECT_TRUE(decode<LogMessage>(parse(R"({"level":"info","data":null})")).data.is_null());
}

TEST(EdgeCases, CapabilitiesTypes) {
  expect_invalid<ServerCapabilities>(parse(R"({"tools":true})"), "tools: expected object");
  expect_invalid<ServerCapabilities>(parse(R"({"tools":{"listChanged":1}})"),
                                     "tools.listChanged: expected boolean");
  expect_invalid<ServerCapabilities>(parse(R"({"logging":[]})"), "logging: expected object");
  expect_invalid<ServerCapabilities>(parse(R"({"extensions":{"a/b":1}})"),
                                     "extensions.a/b: expected object");
  expect_invalid<ClientCapabilities>(parse(R"({"elicitation":{"url":true}})"),
                                     "elicitation.url: expected object");
  expect_invalid<ClientCapabilities>(parse(R"({"sampling":{"tools":"yes"}})"),
                                     "sampling.tools: expected object");
  expect_invalid<DiscoverResult>(parse(R"({"supportedVersions":["x"]})"), "capabilities: required");
  expect_invalid<DiscoverResult>(
      parse(R"({"supportedVersions":["x"],"capabilities":{},"ttlMs":5})"), "cacheScope: required");
  expect_invalid<DiscoverResult>(
      parse(
          R"({"supportedVersions":["x"],"capabilities":{},"_meta":{"io.modelcontextprotocol/serverInfo":{"name":"s"}}})"),
      "_meta.io.modelcontextprotocol/serverInfo.version: required");
  expect_invalid<InitializeParams>(parse(R"({"protocolVersion":"2025-11-25","capabilities":{}})"),
                                   "clientInfo: required");
}

TEST(EdgeCases, SamplingAndElicitation) {
  expect_invalid<SamplingMessage>(parse(R"({"role":"user","content":[{"type":"resource_link"}]})"),
                                  "content[0].type: unknown content type \"resource_link\"");
  expect_invalid<SamplingMessage>(parse(R"({"role":"user","content":"hi"})"),
                                  "content: expected object, got string");
  expect_invalid<SamplingMessage>(
      parse(R"({"role":"user","content":{"type":"tool_result","toolUseId":"a","content":{}}})"),
      "content.content: expected array");
  expect_invalid<SamplingMessage>(
      parse(R"({"role":"user","content":{"type":"tool_use","id":"a","name":"n","input":[]}})"),
      "content.input: expected object");
  expect_invalid<ElicitParams>(parse(R"({"mode":"popup","message":"m"})"),
                               "mode: expected \"form\" or \"url\", got \"popup\"");
  expect_invalid<ElicitParams>(parse(R"({"mode":"url","message":"m"})"), "url: required");
  expect_invalid<ElicitParams>(parse(R"({"message":"m"})"), "requestedSchema: required");
  expect_invalid<ElicitParams>(parse(R"({"message":"m","requestedSchema":{"type":"string"}})"),
                               "requestedSchema.type: expected \"object\"");
  expect_invalid<ElicitParams>(parse(R"({"message":"m","requestedSchema":{"type":"object"}})"),
                               "requestedSchema.properties: required");
  expect_invalid<ElicitResult>(parse(R"({"action":"maybe"})"), "action: expected \"accept\"");
  expect_invalid<ElicitResult>(parse(R"({"action":"accept","content":{"a":{"b":1}}})"),
                               "content.a: expected string, number, boolean or array of strings");
  expect_invalid<ElicitResult>(parse(R"({"action":"accept","content":{"a":[1]}})"),
                               "content.a: expected string");
  expect_invalid<CompleteParams>(parse(R"({"ref":{"type":"ref/tool","name":"x"},"argument":{}})"),
                                 "ref.type: expected \"ref/prompt\" or \"ref/resource\"");
  expect_invalid<CompleteParams>(parse(R"({"ref":{"type":"ref/resource"},"argument":{}})"),
                                 "ref.uri: required");
  expect_invalid<CompleteParams>(
      parse(R"({"ref":{"type":"ref/prompt","name":"p"},"argument":{"name":"a","value":1}})"),
      "argument.value: expected string");
  expect_invalid<CompleteParams>(
      parse(R"({"ref":{"type":"ref/prompt","name":"p"},"argument":{"name":"a","value":""},
                "context":{"arguments":{"x":1}}})"),
      "context.arguments.x: expected string");
  expect_invalid<InputRequiredResult>(parse(R"({"inputRequests":{"a":{"params":{}}}})"),
                                      "inputRequests.a.method: required");
  expect_invalid<LogMessage>(parse(R"({"level":"loud","data":1})"),
                             "level: unknown logging level \"loud\"");
  expect_invalid<LogMessage>(parse(R"({"level":"info"})"), "data: required");
}

TEST(EdgeCases, ErrorsAndTokens) {
  EXPECT_FALSE(error_from_json(nullptr));
  EXPECT_FALSE(error_from_json(parse(R"({"code":"x","message":"m"})")));
  EXPECT_FALSE(error_from_json(parse(R"({"code":1e20,"message":"m"})")));
  EXPECT_FALSE(error_from_json(parse(R"({"code":1,"message":7})")));
  Json deep = parse(R"({"code":1,"message":"m"})");
  deep.as_object()["data"] = nest(1000);
  EXPECT_FALSE(error_from_json(deep));
  auto e = error_from_json(parse(R"({"code":-32601,"message":"m","data":{"x":1}})"));
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, error_code::kMethodNotFound);
  EXPECT_EQ(e->data->at("x"), 1);

  EXPECT_FALSE(progress_token_from_json(1.5));
  EXPECT_FALSE(progress_token_from_json(nullptr));
  EXPECT_FALSE(progress_token_from_json(std::numeric_limits<std::uint64_t>::max()));
  EXPECT_EQ(progress_token_from_json(7.0), ProgressToken{std::int64_t{7}});
  EXPECT_EQ(progress_token_from_json("abc"), ProgressToken{std::string("abc")});
}

}  // namespace
}  // namespace sallyport
