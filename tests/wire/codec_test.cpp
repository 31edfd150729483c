// The two codecs: what each revision puts around the version-neutral model, checked against
// the schemas' wire examples and method tables and against hand-written edge cases.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "sallyport/wire/codec.hpp"
#include "support/json.hpp"

namespace sallyport::wire {
namespace {

using testing::at;
using testing::example;
using testing::has;
using testing::modern;
using testing::modern_meta;
using testing::parse;

const Codec& M() {
  return modern_codec();
}
const Codec& L() {
  return legacy_codec();
}

Error envelope_error(const Codec& c, const Json& params) {
  auto r = c.read_envelope(params);
  EXPECT_FALSE(r.has_value()) << boost::json::serialize(params);
  return r ? Error{} : r.error();
}

RequestEnvelope envelope_ok(const Codec& c, const Json& params) {
  auto r = c.read_envelope(params);
  EXPECT_TRUE(r.has_value()) << boost::json::serialize(params) << ": "
                             << (r ? "" : r.error().message);
  return r ? *r : RequestEnvelope{};
}

// ---- versions -------------------------------------------------------------------------------

TEST(Versions, CodecFor) {
  ASSERT_NE(codec_for("2026-07-28"), nullptr);
  EXPECT_EQ(codec_for("2026-07-28")->era(), Era::kModern);
  EXPECT_EQ(codec_for("2026-07-28"), &modern_codec());
  for (auto v : {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"}) {
    const Codec* c = codec_for(v);
    ASSERT_NE(c, nullptr) << v;
    EXPECT_EQ(c->era(), Era::kLegacy);
    EXPECT_EQ(c->protocol_version(), v);  // a legacy session echoes the negotiated version
    EXPECT_TRUE(is_legacy_version(v));
  }
  for (auto v : {"", "1900-01-01", "2026-07-29", "2025-11-25 ", "latest"}) {
    EXPECT_EQ(codec_for(v), nullptr) << v;
    EXPECT_FALSE(is_legacy_version(v)) << v;
  }
  EXPECT_FALSE(is_legacy_version("2026-07-28"));
  EXPECT_EQ(legacy_codec("nonsense").protocol_version(), "2025-11-25");
}

TEST(Versions, SupportedNewestFirst) {
  const auto& v = supported_versions();
  ASSERT_GE(v.size(), 2u);
  EXPECT_EQ(v[0], "2026-07-28");
  EXPECT_EQ(v[1], "2025-11-25");
  EXPECT_TRUE(std::is_sorted(v.begin(), v.end(), std::greater<>()));
  for (auto& s : v) EXPECT_NE(codec_for(s), nullptr) << s;
}

// ---- method tables against the schemas -------------------------------------------------------

std::set<std::string> schema_methods(std::string_view version, std::string_view union_name) {
  Json schema = testing::read_json_file(testing::schema_dir(version) / "schema.json");
  const auto& defs = at(schema, "$defs").as_object();
  std::set<std::string> methods;
  auto* u = defs.if_contains(union_name);
  if (!u) return methods;  // 2026-07-28 has no server-to-client requests at all
  for (auto& ref : at(*u, "anyOf").as_array()) {
    std::string name = testing::str(at(ref, "$ref"));
    name = name.substr(name.rfind('/') + 1);
    methods.insert(testing::str(at(at(at(defs.at(name), "properties"), "method"), "const")));
  }
  return methods;
}

void expect_table(const Codec& codec, Direction d, const std::set<std::string>& expected,
                  const std::set<std::string>& also_unknown) {
  for (auto& m : expected)
    EXPECT_TRUE(codec.has_request(m, d)) << codec.protocol_version() << " " << m;
  for (auto& m : also_unknown) {
    if (expected.contains(m)) continue;
    EXPECT_FALSE(codec.has_request(m, d)) << codec.protocol_version() << " " << m;
  }
}

TEST(Methods, TablesMatchTheSchemas) {
  auto legacy_client = schema_methods("2025-11-25", "ClientRequest");
  auto legacy_server = schema_methods("2025-11-25", "ServerRequest");
  auto modern_client = schema_methods("2026-07-28", "ClientRequest");
  auto modern_server = schema_methods("2026-07-28", "ServerRequest");
  ASSERT_TRUE(legacy_client.contains("initialize"));
  ASSERT_TRUE(modern_client.contains("server/discover"));
  std::set<std::string> all;
  for (auto* s : {&legacy_client, &legacy_server, &modern_client, &modern_server})
    all.insert(s->begin(), s->end());
  all.insert({"bogus/method", "", "notifications/initialized", "tools/list "});

  expect_table(L(), Direction::kClientToServer, legacy_client, all);
  expect_table(L(), Direction::kServerToClient, legacy_server, all);
  expect_table(M(), Direction::kClientToServer, modern_client, all);
  expect_table(M(), Direction::kServerToClient, modern_server, all);
  // The eras differ exactly where the spec says.
  EXPECT_FALSE(M().has_request("initialize", Direction::kClientToServer));
  EXPECT_FALSE(M().has_request("logging/setLevel", Direction::kClientToServer));
  EXPECT_FALSE(M().has_request("resources/subscribe", Direction::kClientToServer));
  EXPECT_FALSE(M().has_request("elicitation/create", Direction::kServerToClient));
  EXPECT_FALSE(L().has_request("server/discover", Direction::kClientToServer));
  EXPECT_FALSE(L().has_request("subscriptions/listen", Direction::kClientToServer));
}

// ---- read_envelope: modern --------------------------------------------------------------------

TEST(ModernEnvelope, SchemaExamples) {
  for (auto type : {"ListToolsRequest", "CallToolRequest", "SubscriptionsListenRequest"}) {
    auto env = envelope_ok(M(), at(example(type), "params"));
    EXPECT_EQ(env.protocol_version, "2026-07-28") << type;
    ASSERT_TRUE(env.client_info.has_value()) << type;
    EXPECT_EQ(env.client_info->name, "ExampleClient");
    EXPECT_EQ(env.client_info->version, "1.0.0");
    EXPECT_FALSE(env.client_capabilities.elicitation_form);  // {} declares nothing
    EXPECT_FALSE(env.log_level.has_value());
    EXPECT_FALSE(env.request_state.has_value());
    EXPECT_TRUE(env.input_responses.empty());
  }
}

TEST(ModernEnvelope, MissingMetaIsInvalidParams) {
  for (auto params : {Json(nullptr), parse("{}"), parse(R"({"_meta":null})"),
                      parse(R"({"_meta":"2026-07-28"})"), parse(R"({"name":"x"})")}) {
    auto e = envelope_error(M(), params);
    EXPECT_EQ(e.code, error_code::kInvalidParams);
    EXPECT_NE(e.message.find("_meta"), std::string::npos) << e.message;
  }
}

TEST(ModernEnvelope, MissingOrBadProtocolVersion) {
  JsonObject meta = modern_meta();
  meta.erase(meta_key::kProtocolVersion);
  auto e = envelope_error(M(), modern({}, meta));
  EXPECT_EQ(e.code, error_code::kInvalidParams);
  EXPECT_NE(e.message.find("protocolVersion"), std::string::npos) << e.message;
  meta[meta_key::kProtocolVersion] = 20260728;
  EXPECT_EQ(envelope_error(M(), modern({}, meta)).code, error_code::kInvalidParams);
}

TEST(ModernEnvelope, ClientCapabilitiesAreRequired) {
  // "The client's capabilities for this specific request. Required."
  JsonObject meta = modern_meta();
  meta.erase(meta_key::kClientCapabilities);
  auto e = envelope_error(M(), modern({}, meta));
  EXPECT_EQ(e.code, error_code::kInvalidParams);
  EXPECT_NE(e.message.find("clientCapabilities"), std::string::npos) << e.message;
}

TEST(ModernEnvelope, CapabilitiesAreParsed) {
  auto env = envelope_ok(M(), modern({}, modern_meta(parse(R"({"elicitation":{"form":{},"url":{}},
                                            "sampling":{"tools":{}},"roots":{},
                                            "experimental":{"x":{"y":1}}})")
                                                         .as_object())));
  EXPECT_TRUE(env.client_capabilities.elicitation_form);
  EXPECT_TRUE(env.client_capabilities.elicitation_url);
  EXPECT_TRUE(env.client_capabilities.sampling);
  EXPECT_TRUE(env.client_capabilities.sampling_tools);
  EXPECT_TRUE(env.client_capabilities.roots);
  EXPECT_EQ(env.client_capabilities.experimental.at("x"), parse(R"({"y":1})"));

  // The implicit form: an empty elicitation object means form mode.
  env = envelope_ok(M(), modern({}, modern_meta(parse(R"({"elicitation":{}})").as_object())));
  EXPECT_TRUE(env.client_capabilities.elicitation_form);
  EXPECT_FALSE(env.client_capabilities.elicitation_url);
}

TEST(ModernEnvelope, MalformedCapabilitiesOrClientInfo) {
  for (auto caps : {R"({"elicitation":5})", R"({"sampling":"yes"})", R"({"roots":[]})",
                    R"({"experimental":{"x":1}})"}) {
    JsonObject meta = modern_meta();
    meta[meta_key::kClientCapabilities] = parse(caps);
    EXPECT_EQ(envelope_error(M(), modern({}, meta)).code, error_code::kInvalidParams) << caps;
  }
  JsonObject meta = modern_meta();
  meta[meta_key::kClientCapabilities] = "all";
  EXPECT_EQ(envelope_error(M(), modern({}, meta)).code, error_code::kInvalidParams);
  meta = modern_meta();
  meta[meta_key::kClientInfo] = parse(R"({"name":5})");
  EXPECT_EQ(envelope_error(M(), modern({}, meta)).code, error_code::kInvalidParams);
}

TEST(ModernEnvelope, LogLevel) {
  auto env = envelope_ok(M(), modern({}, modern_meta({}, "warning")));
  ASSERT_TRUE(env.log_level.has_value());
  EXPECT_EQ(*env.log_level, LoggingLevel::kWarning);
  for (auto level : {Json("loud"), Json(3), Json(nullptr), Json("WARNING")}) {
    JsonObject meta = modern_meta();
    meta[meta_key::kLogLevel] = level;
    EXPECT_EQ(envelope_error(M(), modern({}, meta)).code, error_code::kInvalidParams)
        << boost::json::serialize(level);
  }
}

TEST(ModernEnvelope, ProgressToken) {
  JsonObject meta = modern_meta();
  meta["progressToken"] = "tok";
  EXPECT_EQ(envelope_ok(M(), modern({}, meta)).progress_token, Json("tok"));
  meta["progressToken"] = 7;
  EXPECT_EQ(envelope_ok(M(), modern({}, meta)).progress_token, Json(7));
  meta["progressToken"] = JsonObject{};
  EXPECT_FALSE(envelope_ok(M(), modern({}, meta)).progress_token.has_value());
}

TEST(ModernEnvelope, InputResponsesAndRequestState) {
  JsonObject params{{"inputResponses", parse(R"({"elicitation-0":{"action":"accept"}})")},
                    {"requestState", "abc.def"}};
  auto env = envelope_ok(M(), modern(params));
  ASSERT_EQ(env.input_responses.size(), 1u);
  EXPECT_EQ(env.input_responses.at("elicitation-0"), parse(R"({"action":"accept"})"));
  EXPECT_EQ(env.request_state, "abc.def");

  for (auto bad : {Json("x"), parse("[1]"), Json(3)}) {
    auto e = envelope_error(M(), modern(JsonObject{{"inputResponses", bad}}));
    EXPECT_EQ(e.code, error_code::kInvalidParams);
    EXPECT_NE(e.message.find("inputResponses"), std::string::npos);
  }
  for (auto bad : {Json(5), parse("{}"), parse(R"(["s"])")}) {
    auto e = envelope_error(M(), modern(JsonObject{{"requestState", bad}}));
    EXPECT_EQ(e.code, error_code::kInvalidParams);
    EXPECT_NE(e.message.find("requestState"), std::string::npos);
  }
}

TEST(ModernEnvelope, WriteThenReadRoundTrips) {
  RequestEnvelope env;
  env.protocol_version = "2026-07-28";
  env.client_capabilities.elicitation_form = true;
  env.client_capabilities.sampling = true;
  env.client_info = Implementation{.name = "c", .version = "2"};
  env.log_level = LoggingLevel::kError;
  env.progress_token = Json(9);
  env.input_responses["k"] = parse(R"({"roots":[]})");
  env.request_state = "state";
  JsonObject params{{"name", "tool"}};
  M().write_envelope(params, env);
  EXPECT_EQ(params.at("name"), "tool");
  auto back = envelope_ok(M(), params);
  EXPECT_EQ(back.protocol_version, env.protocol_version);
  EXPECT_TRUE(back.client_capabilities.elicitation_form);
  EXPECT_TRUE(back.client_capabilities.sampling);
  EXPECT_FALSE(back.client_capabilities.roots);
  EXPECT_EQ(back.client_info->name, "c");
  EXPECT_EQ(back.log_level, LoggingLevel::kError);
  EXPECT_EQ(back.progress_token, Json(9));
  EXPECT_EQ(back.input_responses, env.input_responses);
  EXPECT_EQ(back.request_state, "state");
  // An empty envelope still names the modern version and (empty) capabilities.
  JsonObject bare;
  M().write_envelope(bare, RequestEnvelope{});
  EXPECT_EQ(at(at(bare, "_meta"), meta_key::kProtocolVersion), "2026-07-28");
  EXPECT_TRUE(at(at(bare, "_meta"), meta_key::kClientCapabilities).is_object());
  EXPECT_FALSE(has(bare, "inputResponses"));
  EXPECT_FALSE(has(bare, "requestState"));
}

// ---- read_envelope / write_envelope: legacy ---------------------------------------------------

TEST(LegacyEnvelope, OnlyTheProgressTokenTravels) {
  auto env = envelope_ok(L(), Json(nullptr));
  EXPECT_EQ(env.protocol_version, "2025-11-25");
  env = envelope_ok(legacy_codec("2025-06-18"), parse(R"({"_meta":{"progressToken":"p"}})"));
  EXPECT_EQ(env.protocol_version, "2025-06-18");
  EXPECT_EQ(env.progress_token, Json("p"));
  // Modern-only fields mean nothing in a legacy session.
  env = envelope_ok(L(), modern(JsonObject{{"requestState", "x"}}, modern_meta({}, "debug")));
  EXPECT_FALSE(env.request_state.has_value());
  EXPECT_FALSE(env.log_level.has_value());

  RequestEnvelope out;
  out.protocol_version = "2025-11-25";
  out.log_level = LoggingLevel::kInfo;
  out.request_state = "x";
  JsonObject params;
  L().write_envelope(params, out);
  EXPECT_TRUE(params.empty());  // nothing but a progress token would be added
  out.progress_token = Json(3);
  L().write_envelope(params, out);
  EXPECT_EQ(Json(params), parse(R"({"_meta":{"progressToken":3}})"));
}

// ---- finish_result --------------------------------------------------------------------------

TEST(FinishResult, ModernAddsResultType) {
  for (auto method :
       {"tools/call", "prompts/get", "completion/complete", "ping", "subscriptions/listen"}) {
    JsonObject r{{"content", JsonArray{}}};
    M().finish_result(method, r, {});
    EXPECT_EQ(r.at("resultType"), "complete") << method;
    EXPECT_FALSE(r.contains("ttlMs")) << method << " is not a cacheable result";
    EXPECT_FALSE(r.contains("cacheScope")) << method;
  }
  JsonObject irr{{"resultType", "input_required"}, {"requestState", "s"}};
  M().finish_result("tools/list", irr, ResultHints{.cache = CacheHints{.ttl_ms = 5}});
  EXPECT_EQ(irr.at("resultType"), "input_required");
  EXPECT_FALSE(irr.contains("ttlMs")) << "an InputRequiredResult is not cacheable";
}

TEST(FinishResult, ModernCachingHintsOnCacheableMethodsOnly) {
  for (auto method : {"tools/list", "resources/list", "resources/templates/list", "prompts/list",
                      "resources/read", "server/discover"}) {
    JsonObject r;
    M().finish_result(method, r, {});
    EXPECT_EQ(r.at("ttlMs"), 0) << method;  // required on CacheableResult: defaults apply
    EXPECT_EQ(r.at("cacheScope"), "private") << method;
    JsonObject p;
    M().finish_result(method, p,
                      ResultHints{.cache = CacheHints{.ttl_ms = 60000, .public_scope = true}});
    EXPECT_EQ(p.at("ttlMs"), 60000) << method;
    EXPECT_EQ(p.at("cacheScope"), "public") << method;
  }
  // A handler's own hints win.
  JsonObject own{{"ttlMs", 5}, {"cacheScope", "public"}};
  M().finish_result("resources/read", own,
                    ResultHints{.cache = CacheHints{.ttl_ms = 60000, .public_scope = false}});
  EXPECT_EQ(own.at("ttlMs"), 5);
  EXPECT_EQ(own.at("cacheScope"), "public");
}

TEST(FinishResult, ModernServerInfoInMeta) {
  JsonObject r{{"_meta", JsonObject{{"custom", 1}}}};
  M().finish_result(
      "tools/call", r,
      ResultHints{.cache = {}, .server_info = Implementation{.name = "s", .version = "1"}});
  EXPECT_EQ(at(r.at("_meta"), "custom"), 1);
  EXPECT_EQ(at(r.at("_meta"), meta_key::kServerInfo), parse(R"({"name":"s","version":"1"})"));
  JsonObject plain;
  M().finish_result("tools/call", plain, {});
  EXPECT_FALSE(plain.contains("_meta"));
}

TEST(FinishResult, ModernDiscoverMatchesTheSchemaExample) {
  Json expected = example("DiscoverResult");
  DiscoverResult d;
  d.supported_versions = {"2026-07-28"};
  d.capabilities.tools = true;
  d.capabilities.resources = true;
  d.instructions = testing::str(at(expected, "instructions"));
  JsonObject result = to_json(d).as_object();
  M().finish_result(
      "server/discover", result,
      ResultHints{.cache = CacheHints{.ttl_ms = 3600000, .public_scope = true},
                  .server_info = Implementation{.name = "ExampleServer", .version = "1.0.0"}});
  EXPECT_EQ(Json(result), expected) << boost::json::serialize(result);
}

TEST(FinishResult, LegacyStripsModernFields) {
  JsonObject r{
      {"resultType", "complete"}, {"ttlMs", 1}, {"cacheScope", "public"}, {"tools", JsonArray{}}};
  L().finish_result("tools/list", r,
                    ResultHints{.cache = CacheHints{.ttl_ms = 9},
                                .server_info = Implementation{.name = "s", .version = "1"}});
  EXPECT_EQ(Json(r), parse(R"({"tools":[]})"));
  EXPECT_FALSE(L().is_input_required(parse(R"({"resultType":"input_required"})").as_object()));
  EXPECT_TRUE(M().is_input_required(parse(R"({"resultType":"input_required"})").as_object()));
  EXPECT_FALSE(M().is_input_required(parse(R"({"resultType":"complete"})").as_object()));
  EXPECT_FALSE(M().is_input_required(parse(R"({})").as_object()));
}

// ---- tools and errors
// ----------------------------------------------------------------------------

TEST(EncodeTool, ModernDropsExecution) {
  Tool t;
  t.name = "long";
  t.input_schema = JsonObject{{"type", "object"}};
  t.task_support = "optional";
  Json legacy = L().encode_tool(t);
  EXPECT_EQ(at(at(legacy, "execution"), "taskSupport"), "optional");
  Json modern_tool = M().encode_tool(t);
  EXPECT_FALSE(has(modern_tool, "execution"));
  EXPECT_EQ(at(modern_tool, "name"), "long");
  EXPECT_EQ(at(modern_tool, "inputSchema"), parse(R"({"type":"object"})"));
}

TEST(EncodeError, ResourceNotFoundPerEra) {
  Error e = resource_not_found("file:///x");
  EXPECT_EQ(e.code, error_code::kLegacyResourceNotFound);
  EXPECT_EQ(*e.data, parse(R"({"uri":"file:///x"})"));
  Error legacy = L().encode_error(e);
  EXPECT_EQ(legacy.code, -32002);
  Error modern_error = M().encode_error(e);
  EXPECT_EQ(modern_error.code, -32602);
  EXPECT_EQ(*modern_error.data, parse(R"({"uri":"file:///x"})"));
  EXPECT_EQ(modern_error.message, e.message);
  // Everything else passes through unchanged.
  for (int code : {-32600, -32601, -32602, -32603, -32021, -32022, -32001, 1}) {
    EXPECT_EQ(M().encode_error(Error{code, "m", {}}).code, code);
    EXPECT_EQ(L().encode_error(Error{code, "m", {}}).code, code);
  }
}

}  // namespace
}  // namespace sallyport::wire
