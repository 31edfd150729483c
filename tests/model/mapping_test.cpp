// Deliberate mapping choices: what the encoder writes for model values that have more than one
// valid wire form, legacy-only fields, and the enum/token/error helpers.
#include <gtest/gtest.h>

#include "sallyport/model/types.hpp"

namespace sallyport {
namespace {

Json parse(std::string_view s) {
  return json::parse(s);
}

template <typename T>
T round_trip(const T& v) {
  return decode<T>(to_json(v));
}

TEST(Mapping, ServerCapabilityBooleansBecomeObjects) {
  ServerCapabilities c;
  EXPECT_EQ(to_json(c), JsonObject{});
  c.tools = true;
  c.logging = true;
  c.resources_subscribe = true;  // implies resources
  c.prompts = true;
  c.prompts_list_changed = true;
  EXPECT_EQ(to_json(c), parse(R"({"tools":{},"logging":{},"resources":{"subscribe":true},
                                  "prompts":{"listChanged":true}})"));
  c.tools_list_changed = true;
  c.experimental["x"] = JsonObject{{"a", 1}};
  c.extensions["io.modelcontextprotocol/tasks"] = JsonObject{};
  c.tasks = JsonObject{{"list", JsonObject{}}};
  const Json j = to_json(c);
  EXPECT_EQ(j.at("tools"), parse(R"({"listChanged":true})"));
  EXPECT_EQ(j.at("experimental"), parse(R"({"x":{"a":1}})"));
  EXPECT_EQ(j.at("tasks"), parse(R"({"list":{}})"));
  const auto back = decode<ServerCapabilities>(j);
  EXPECT_TRUE(back.tools && back.tools_list_changed && back.logging && back.resources &&
              back.resources_subscribe && !back.resources_list_changed && !back.completions);
  EXPECT_EQ(to_json(back), j);
}

TEST(Mapping, ClientCapabilities) {
  ClientCapabilities c;
  c.elicitation_form = true;
  EXPECT_EQ(to_json(c), parse(R"({"elicitation":{"form":{}}})"));
  c.elicitation_url = true;
  EXPECT_EQ(to_json(c), parse(R"({"elicitation":{"form":{},"url":{}}})"));
  c.elicitation_form = false;
  EXPECT_EQ(to_json(c), parse(R"({"elicitation":{"url":{}}})"));

  // The implicit form-only case.
  const auto implicit = decode<ClientCapabilities>(parse(R"({"elicitation":{}})"));
  EXPECT_TRUE(implicit.elicitation_form);
  EXPECT_FALSE(implicit.elicitation_url);
  const auto url_only = decode<ClientCapabilities>(parse(R"({"elicitation":{"url":{}}})"));
  EXPECT_FALSE(url_only.elicitation_form);

  // Legacy: roots.listChanged and the tasks object.
  const Json legacy = parse(R"({"roots":{"listChanged":true},"sampling":{"tools":{},"context":{}},
                                "tasks":{"list":{},"requests":{"sampling":{"createMessage":{}}}}})");
  const auto l = decode<ClientCapabilities>(legacy);
  EXPECT_TRUE(l.roots && l.roots_list_changed && l.sampling && l.sampling_tools &&
              l.sampling_context && l.tasks);
  EXPECT_EQ(to_json(l), legacy);
  ClientCapabilities t;
  t.tasks = true;
  EXPECT_EQ(to_json(t), parse(R"({"tasks":{}})"));
  EXPECT_EQ(to_json(ClientCapabilities{}), JsonObject{});
}

TEST(Mapping, ToolLegacyExecution) {
  Tool t;
  t.name = "slow";
  t.input_schema = JsonObject{{"type", "object"}};
  t.task_support = "optional";
  const Json j = to_json(t);
  EXPECT_EQ(j.at("execution"), parse(R"({"taskSupport":"optional"})"));
  EXPECT_FALSE(j.as_object().contains("icons"));
  EXPECT_EQ(round_trip(t).task_support, "optional");
  t.task_support.reset();
  EXPECT_FALSE(to_json(t).as_object().contains("execution"));
  // An execution object without taskSupport is valid and means "forbidden" (the default).
  EXPECT_FALSE(decode<Tool>(parse(R"({"name":"n","inputSchema":{"type":"object"},
                                       "execution":{}})"))
                   .task_support);
}

TEST(Mapping, CallToolResultDefaults) {
  CallToolResult r;
  EXPECT_EQ(to_json(r), parse(R"({"content":[]})"));
  r.is_error = true;
  r.content.push_back(text("boom"));
  r.structured_content = JsonArray{1, 2};
  r.meta = JsonObject{{"k", "v"}};
  EXPECT_EQ(to_json(r), parse(R"({"content":[{"type":"text","text":"boom"}],
                                  "structuredContent":[1,2],"isError":true,"_meta":{"k":"v"}})"));
}

TEST(Mapping, ContentBlocks) {
  Resource res;
  res.uri = "file:///x";
  res.name = "x";
  res.size = 12;
  res.icons.push_back(Icon{"https://i", "image/png", {"48x48"}, "dark"});
  const Json link = to_json(ContentBlock{ResourceLink{res}});
  EXPECT_EQ(link, parse(R"({"type":"resource_link","uri":"file:///x","name":"x","size":12,
                            "icons":[{"src":"https://i","mimeType":"image/png","sizes":["48x48"],
                                      "theme":"dark"}]})"));
  EXPECT_TRUE(std::holds_alternative<ResourceLink>(decode<ContentBlock>(link)));

  EmbeddedResource e{BlobResourceContents{"u", "image/png", "AAAA", {}}, {}, {}};
  const Json ej = to_json(ContentBlock{e});
  EXPECT_EQ(ej, parse(R"({"type":"resource","resource":{"uri":"u","mimeType":"image/png",
                                                         "blob":"AAAA"}})"));
  const auto back = std::get<EmbeddedResource>(decode<ContentBlock>(ej));
  EXPECT_EQ(std::get<BlobResourceContents>(back.resource).blob, "AAAA");

  // Not valid base64, still a string: decoding is not the model's job.
  const auto img = decode<ImageContent>(parse(R"({"type":"image","data":"%%%","mimeType":"x"})"));
  EXPECT_EQ(img.data, "%%%");

  Annotations a;
  a.audience = {Role::kUser, Role::kAssistant};
  a.priority = 0.5;
  EXPECT_EQ(to_json(a), parse(R"({"audience":["user","assistant"],"priority":0.5})"));
  EXPECT_EQ(to_json(Annotations{}), JsonObject{});
}

TEST(Mapping, SamplingContentSingleOrArray) {
  SamplingMessage m;
  m.content.push_back(TextContent{"hi", {}, {}});
  EXPECT_TRUE(to_json(m).at("content").is_object());
  m.content.push_back(ToolUseContent{"1", "get", JsonObject{{"a", 1}}, {}});
  EXPECT_TRUE(to_json(m).at("content").is_array());
  EXPECT_EQ(round_trip(m).content.size(), 2u);
  m.content.clear();
  EXPECT_EQ(to_json(m).at("content"), JsonArray{});

  ToolResultContent tr;
  tr.tool_use_id = "1";
  EXPECT_EQ(to_json(tr), parse(R"({"type":"tool_result","toolUseId":"1","content":[]})"));

  CreateMessageResult r;
  r.content.push_back(TextContent{"ok", {}, {}});
  r.model = "m";
  r.stop_reason = "endTurn";
  EXPECT_EQ(to_json(r), parse(R"({"role":"assistant","content":{"type":"text","text":"ok"},
                                  "model":"m","stopReason":"endTurn"})"));
}

TEST(Mapping, CreateMessageParams) {
  CreateMessageParams p;
  p.max_tokens = 10;
  EXPECT_EQ(to_json(p), parse(R"({"messages":[],"maxTokens":10})"));
  p.stop_sequences = {"\n"};
  p.temperature = 0.2;
  p.include_context = "thisServer";
  p.tool_choice = JsonObject{{"mode", "required"}};
  const auto back = round_trip(p);
  EXPECT_EQ(back.stop_sequences, p.stop_sequences);
  EXPECT_EQ(back.temperature, 0.2);
  EXPECT_EQ(back.include_context, "thisServer");
  EXPECT_EQ(back.tool_choice, p.tool_choice);
}

TEST(Mapping, Completion) {
  CompleteParams p;
  p.ref_type = CompleteParams::RefType::kResource;
  p.ref = "file:///{path}";
  p.argument_name = "path";
  p.argument_value = "sr";
  EXPECT_EQ(to_json(p), parse(R"({"ref":{"type":"ref/resource","uri":"file:///{path}"},
                                  "argument":{"name":"path","value":"sr"}})"));
  p.context_arguments["root"] = "/";
  const auto back = round_trip(p);
  EXPECT_EQ(back.ref_type, CompleteParams::RefType::kResource);
  EXPECT_EQ(back.context_arguments.at("root"), "/");
  // PromptReference's optional title is tolerated and dropped.
  EXPECT_EQ(decode<CompleteParams>(parse(R"({"ref":{"type":"ref/prompt","name":"p","title":"P"},
                                             "argument":{"name":"a","value":""}})"))
                .ref,
            "p");

  CompleteResult r;
  for (int i = 0; i < 150; ++i) r.values.push_back(std::to_string(i));
  const Json j = to_json(r);
  EXPECT_EQ(j.at("completion").at("values").as_array().size(), 100u);
  EXPECT_EQ(j.at("completion").at("total"), 150);
  EXPECT_EQ(j.at("completion").at("hasMore"), true);
  EXPECT_EQ(to_json(CompleteResult{}), parse(R"({"completion":{"values":[]}})"));
}

TEST(Mapping, Elicitation) {
  ElicitParams form;
  form.message = "m";
  form.requested_schema = parse(R"({"type":"object","properties":{}})").as_object();
  EXPECT_EQ(to_json(form), parse(R"({"message":"m","requestedSchema":{"type":"object",
                                                                       "properties":{}}})"));
  ElicitParams url;
  url.mode = ElicitParams::Mode::kUrl;
  url.message = "m";
  url.url = "https://x";
  url.elicitation_id = "e1";  // legacy only
  EXPECT_EQ(to_json(url), parse(R"({"mode":"url","message":"m","url":"https://x",
                                    "elicitationId":"e1"})"));
  EXPECT_EQ(round_trip(url).elicitation_id, "e1");

  ElicitResult r;
  EXPECT_EQ(to_json(r), parse(R"({"action":"cancel"})"));
  r.action = ElicitResult::Action::kDecline;
  EXPECT_EQ(round_trip(r).action, ElicitResult::Action::kDecline);
}

TEST(Mapping, Lifecycle) {
  InitializeParams ip{"2025-11-25", {}, {"c", "1.0", {}, {}, {}, {}}};
  ip.capabilities.roots = true;
  EXPECT_EQ(to_json(ip), parse(R"({"protocolVersion":"2025-11-25","capabilities":{"roots":{}},
                                   "clientInfo":{"name":"c","version":"1.0"}})"));
  InitializeResult ir{"2025-11-25", {}, {"s", "2", "S", "d", "https://s", {}}, "be nice"};
  EXPECT_EQ(to_json(ir), parse(R"({"protocolVersion":"2025-11-25","capabilities":{},
      "serverInfo":{"name":"s","title":"S","version":"2","description":"d","websiteUrl":"https://s"},
      "instructions":"be nice"})"));
  EXPECT_EQ(round_trip(ir).server_info.website_url, "https://s");

  DiscoverResult d;
  d.supported_versions = {protocol_version::kModern, protocol_version::kLegacy};
  d.cache = CacheHints{1000, false};
  d.server_info = Implementation{"s", "1", {}, {}, {}, {}};
  EXPECT_EQ(to_json(d), parse(R"({"supportedVersions":["2026-07-28","2025-11-25"],
      "capabilities":{},"ttlMs":1000,"cacheScope":"private",
      "_meta":{"io.modelcontextprotocol/serverInfo":{"name":"s","version":"1"}}})"));
  const auto back = round_trip(d);
  EXPECT_EQ(back.server_info->name, "s");
  EXPECT_FALSE(back.cache->public_scope);
  // Without caching fields the hints are absent, not zero.
  EXPECT_FALSE(
      decode<DiscoverResult>(parse(R"({"supportedVersions":[],"capabilities":{}})")).cache);

  SubscriptionFilter f;
  EXPECT_EQ(to_json(f), JsonObject{});
  f.prompts_list_changed = true;
  f.resource_subscriptions = {"file:///a"};
  EXPECT_EQ(to_json(f),
            parse(R"({"promptsListChanged":true,"resourceSubscriptions":["file:///a"]})"));
}

TEST(Mapping, InputRequired) {
  InputRequiredResult r;
  EXPECT_EQ(to_json(r), parse(R"({"resultType":"input_required"})"));
  r.input_requests["roots"] = InputRequest{"roots/list", {}};
  r.input_requests["ask"] = InputRequest{"elicitation/create", JsonObject{{"message", "m"}}};
  r.request_state = "opaque";
  EXPECT_EQ(to_json(r), parse(R"({"resultType":"input_required","inputRequests":{
      "ask":{"method":"elicitation/create","params":{"message":"m"}},
      "roots":{"method":"roots/list"}},"requestState":"opaque"})"));
  EXPECT_EQ(round_trip(r).input_requests.at("ask").params.at("message"), "m");
}

TEST(Mapping, ReadResourceResultCache) {
  ReadResourceResult r;
  r.contents.push_back(TextResourceContents{"file:///a", "text/plain", "hello", {}});
  EXPECT_EQ(to_json(r), parse(R"({"contents":[{"uri":"file:///a","mimeType":"text/plain",
                                               "text":"hello"}]})"));
  r.cache = CacheHints{60000, true};
  EXPECT_EQ(to_json(r).at("cacheScope"), "public");
  EXPECT_EQ(round_trip(r).cache->ttl_ms, 60000);
}

TEST(Mapping, EnumsTokensErrors) {
  for (auto l : {LoggingLevel::kDebug, LoggingLevel::kInfo, LoggingLevel::kNotice,
                 LoggingLevel::kWarning, LoggingLevel::kError, LoggingLevel::kCritical,
                 LoggingLevel::kAlert, LoggingLevel::kEmergency}) {
    EXPECT_EQ(logging_level_from_string(to_string(l)), l);
    EXPECT_EQ(to_json(l), Json(to_string(l)));
  }
  EXPECT_EQ(to_string(LoggingLevel::kWarning), "warning");
  EXPECT_FALSE(logging_level_from_string("WARNING"));
  EXPECT_EQ(to_json(Role::kUser), "user");
  EXPECT_EQ(to_json(Role::kAssistant), "assistant");

  EXPECT_EQ(to_json(ProgressToken{std::int64_t{5}}), 5);
  EXPECT_EQ(to_json(ProgressToken{std::string("t")}), "t");

  const Error nf = Error::method_not_found("tools/frobnicate");
  EXPECT_EQ(nf.code, error_code::kMethodNotFound);
  EXPECT_NE(nf.message.find("tools/frobnicate"), std::string::npos);
  EXPECT_EQ(to_json(nf).as_object().size(), 2u);  // no "data" when absent
  Error with_data = Error::invalid_params("bad");
  with_data.data = JsonObject{{"field", "x"}};
  const auto back = error_from_json(to_json(with_data));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->code, error_code::kInvalidParams);
  EXPECT_EQ(back->message, "bad");
  EXPECT_EQ(back->data, with_data.data);

  LogMessage m{LoggingLevel::kAlert, "db", JsonObject{{"x", 1}}};
  EXPECT_EQ(to_json(m), parse(R"({"level":"alert","logger":"db","data":{"x":1}})"));
}

TEST(Mapping, UnknownFieldsAreIgnored) {
  const auto t = decode<Tool>(parse(R"({"name":"n","inputSchema":{"type":"object"},
                                        "futureField":{"x":[1,2]},"another":null})"));
  EXPECT_EQ(t.name, "n");
  EXPECT_FALSE(to_json(t).as_object().contains("futureField"));
  EXPECT_NO_THROW(decode<ServerCapabilities>(parse(R"({"futureCapability":{}})")));
}

TEST(Mapping, FailedDecodeLeavesTargetUntouched) {
  Tool t;
  t.name = "keep";
  EXPECT_THROW(from_json(parse(R"({"name":"new","inputSchema":7})"), t), McpError);
  EXPECT_EQ(t.name, "keep");
}

}  // namespace
}  // namespace sallyport
