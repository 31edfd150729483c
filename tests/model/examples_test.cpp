// Round-trips every 2026-07-28 wire example whose type the model covers: decode, re-encode and
// compare with the original, modulo a short list of keys the model drops on purpose.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "sallyport/model/types.hpp"

namespace sallyport {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = fs::path(SALLYPORT_SHARED_DIR) / "data/mcp-schema/2026-07-28/examples";

// Structural equality where numbers compare by value: the model stores a double where the
// schema says number, so 65 and 65.0 must be equal.
bool json_equal(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.to_number<double>() == b.to_number<double>();
  if (a.kind() != b.kind()) return false;
  if (const auto* oa = a.if_object()) {
    const auto& ob = b.get_object();
    if (oa->size() != ob.size()) return false;
    for (const auto& kv : *oa) {
      const Json* other = ob.if_contains(kv.key());
      if (!other || !json_equal(kv.value(), *other)) return false;
    }
    return true;
  }
  if (const auto* aa = a.if_array()) {
    const auto& ab = b.get_array();
    if (aa->size() != ab.size()) return false;
    for (std::size_t i = 0; i < aa->size(); ++i)
      if (!json_equal((*aa)[i], ab[i])) return false;
    return true;
  }
  return a == b;
}

using RoundTrip = std::function<Json(const Json&)>;

template <typename T>
RoundTrip rt() {
  return [](const Json& j) {
    return to_json(decode<T>(j));
  };
}

// Page<T> has no mapping of its own (the codec names the array per method); rebuild it here.
template <typename T>
RoundTrip page(std::string key) {
  return [key](const Json& j) {
    JsonObject o;
    JsonArray items;
    for (const auto& x : j.at(key).as_array()) items.push_back(to_json(decode<T>(x)));
    o[key] = std::move(items);
    if (const Json* c = j.as_object().if_contains("nextCursor")) o["nextCursor"] = *c;
    const Json hints = to_json(decode<CacheHints>(j));
    for (const auto& kv : hints.as_object()) o[kv.key()] = kv.value();
    return Json(std::move(o));
  };
}

Json error_rt(const Json& j) {
  auto e = error_from_json(j);
  if (!e) throw std::runtime_error("error_from_json rejected a valid error");
  return to_json(*e);
}

Json progress_rt(const Json& j) {
  auto t = progress_token_from_json(j);
  if (!t) throw std::runtime_error("progress_token_from_json rejected a valid token");
  return to_json(*t);
}

// InputResponses: each value is whichever result answers its request; tell them apart by shape.
Json input_responses_rt(const Json& j) {
  JsonObject o;
  for (const auto& kv : j.as_object()) {
    const auto& v = kv.value().as_object();
    if (v.contains("action"))
      o[kv.key()] = to_json(decode<ElicitResult>(kv.value()));
    else if (v.contains("roots"))
      o[kv.key()] = to_json(decode<ListRootsResult>(kv.value()));
    else
      o[kv.key()] = to_json(decode<CreateMessageResult>(kv.value()));
  }
  return o;
}

Json input_requests_rt(const Json& j) {
  JsonObject o;
  for (const auto& kv : j.as_object()) o[kv.key()] = to_json(decode<InputRequest>(kv.value()));
  return o;
}

struct Mapping {
  std::string pointer;  // JSON pointer to the modelled value inside the example ("" = all)
  RoundTrip round_trip;
  bool request_params = false;  // its `_meta` is the request envelope's, handled by the codec
};

const std::multimap<std::string, Mapping>& mappings() {
  static const std::multimap<std::string, Mapping> m = {
      {"AudioContent", {"", rt<AudioContent>()}},
      {"BlobResourceContents", {"", rt<ResourceContents>()}},
      {"CallToolRequest", {"/params", rt<CallToolParams>(), true}},
      {"CallToolRequestParams", {"", rt<CallToolParams>(), true}},
      {"CallToolResult", {"", rt<CallToolResult>()}},
      {"CallToolResultResponse", {"/result", rt<CallToolResult>()}},
      {"ClientCapabilities", {"", rt<ClientCapabilities>()}},
      {"CompleteRequest", {"/params", rt<CompleteParams>(), true}},
      {"CompleteRequestParams", {"", rt<CompleteParams>(), true}},
      {"CompleteResult", {"", rt<CompleteResult>()}},
      {"CompleteResultResponse", {"/result", rt<CompleteResult>()}},
      {"CreateMessageRequest", {"", rt<InputRequest>()}},
      {"CreateMessageRequest", {"/params", rt<CreateMessageParams>()}},
      {"CreateMessageRequestParams", {"", rt<CreateMessageParams>()}},
      {"CreateMessageResult", {"", rt<CreateMessageResult>()}},
      {"DiscoverResult", {"", rt<DiscoverResult>()}},
      {"DiscoverResultResponse", {"/result", rt<DiscoverResult>()}},
      {"ElicitRequest", {"", rt<InputRequest>()}},
      {"ElicitRequest", {"/params", rt<ElicitParams>()}},
      {"ElicitRequestFormParams", {"", rt<ElicitParams>()}},
      {"ElicitRequestURLParams", {"", rt<ElicitParams>()}},
      {"ElicitResult", {"", rt<ElicitResult>()}},
      {"EmbeddedResource", {"", rt<EmbeddedResource>()}},
      {"EmbeddedResource", {"", rt<ContentBlock>()}},
      {"GetPromptResult", {"", rt<GetPromptResult>()}},
      {"GetPromptResultResponse", {"/result", rt<GetPromptResult>()}},
      {"HeaderMismatchError", {"/error", error_rt}},
      {"ImageContent", {"", rt<ImageContent>()}},
      {"ImageContent", {"", rt<ContentBlock>()}},
      {"InputRequests", {"", input_requests_rt}},
      {"InputRequiredResult", {"", rt<InputRequiredResult>()}},
      {"InputResponses", {"", input_responses_rt}},
      {"InternalError", {"", error_rt}},
      {"InvalidParamsError", {"", error_rt}},
      {"ListPromptsResult", {"", page<Prompt>("prompts")}},
      {"ListPromptsResultResponse", {"/result", page<Prompt>("prompts")}},
      {"ListResourceTemplatesResult", {"", page<ResourceTemplate>("resourceTemplates")}},
      {"ListResourceTemplatesResultResponse",
       {"/result", page<ResourceTemplate>("resourceTemplates")}},
      {"ListResourcesResult", {"", page<Resource>("resources")}},
      {"ListResourcesResultResponse", {"/result", page<Resource>("resources")}},
      {"ListRootsResult", {"", rt<ListRootsResult>()}},
      {"ListToolsResult", {"", page<Tool>("tools")}},
      {"ListToolsResultResponse", {"/result", page<Tool>("tools")}},
      {"LoggingMessageNotification", {"/params", rt<LogMessage>()}},
      {"LoggingMessageNotificationParams", {"", rt<LogMessage>()}},
      {"MethodNotFoundError", {"", error_rt}},
      {"MissingRequiredClientCapabilityError", {"/error", error_rt}},
      {"MissingRequiredClientCapabilityError",
       {"/error/data/requiredCapabilities", rt<ClientCapabilities>()}},
      {"ParseError", {"", error_rt}},
      {"ProgressNotificationParams", {"/progressToken", progress_rt}},
      {"ReadResourceResult", {"", rt<ReadResourceResult>()}},
      {"ReadResourceResultResponse", {"/result", rt<ReadResourceResult>()}},
      {"Resource", {"", rt<Resource>()}},
      {"ResourceLink", {"", rt<ResourceLink>()}},
      {"ResourceLink", {"", rt<ContentBlock>()}},
      {"Root", {"", rt<Root>()}},
      {"SamplingMessage", {"", rt<SamplingMessage>()}},
      {"ServerCapabilities", {"", rt<ServerCapabilities>()}},
      {"SubscriptionsAcknowledgedNotification",
       {"/params/notifications", rt<SubscriptionFilter>()}},
      {"SubscriptionsListenRequest", {"/params/notifications", rt<SubscriptionFilter>()}},
      {"TextContent", {"", rt<TextContent>()}},
      {"TextContent", {"", rt<ContentBlock>()}},
      {"TextContent", {"", rt<SamplingContent>()}},
      {"TextResourceContents", {"", rt<ResourceContents>()}},
      {"Tool", {"", rt<Tool>()}},
      {"ToolResultContent", {"", rt<ToolResultContent>()}},
      {"ToolResultContent", {"", rt<SamplingContent>()}},
      {"ToolUseContent", {"", rt<ToolUseContent>()}},
      {"ToolUseContent", {"", rt<SamplingContent>()}},
      {"AudioContent", {"", rt<ContentBlock>()}},
      {"UnsupportedProtocolVersionError", {"/error", error_rt}},
  };
  return m;
}

// Example directories the model deliberately does not cover: JSON-RPC envelopes and params
// the wire codecs own, elicitation field schemas (kept verbatim inside requestedSchema) and
// model preferences (kept verbatim).
const std::set<std::string> kNotModelled = {
    "BooleanSchema",
    "CancelledNotification",
    "CancelledNotificationParams",
    "DiscoverRequest",
    "GetPromptRequest",
    "GetPromptRequestParams",
    "ListPromptsRequest",
    "ListResourceTemplatesRequest",
    "ListResourcesRequest",
    "ListRootsRequest",
    "ListToolsRequest",
    "ModelPreferences",
    "NumberSchema",
    "PaginatedRequestParams",
    "ProgressNotification",
    "PromptListChangedNotification",
    "ReadResourceRequest",
    "ResourceListChangedNotification",
    "ResourceUpdatedNotification",
    "ResourceUpdatedNotificationParams",
    "StringSchema",
    "SubscriptionsListenResult",
    "SubscriptionsListenResultResponse",
    "TitledMultiSelectEnumSchema",
    "TitledSingleSelectEnumSchema",
    "ToolListChangedNotification",
    "UntitledMultiSelectEnumSchema",
    "UntitledSingleSelectEnumSchema",
};

// What the model drops or rewrites on purpose, applied to both sides before comparing:
//  - `resultType` at the root: the revision's codec writes it;
//  - `_meta` at the root of request params: the request envelope, owned by the codec;
//  - `"isError": false`: the default, written only when true;
//  - `"mode": "form"`: optional, omitted so pre-2025-11-25 peers are not confused;
//  - `"elicitation": {}`: the implicit form-only case, written as `{"form": {}}`.
void normalize(Json& v, bool root, bool request_params) {
  if (auto* a = v.if_array()) {
    for (auto& x : *a) normalize(x, false, false);
    return;
  }
  auto* o = v.if_object();
  if (!o) return;
  if (root) o->erase("resultType");
  if (root && request_params) o->erase("_meta");
  if (const Json* e = o->if_contains("isError"); e && *e == false) o->erase("isError");
  if (const Json* m = o->if_contains("mode"); m && *m == "form" && o->contains("requestedSchema"))
    o->erase("mode");
  if (Json* e = o->if_contains("elicitation"); e && e->is_object() && e->as_object().empty())
    *e = JsonObject{{"form", JsonObject{}}};
  for (auto& kv : *o) normalize(kv.value(), false, false);
}

Json read_json(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

std::string type_of(const fs::path& file) {
  return file.parent_path().filename().string();
}

std::vector<fs::path> all_example_files() {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(kExamples, ec))
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> modelled_example_files() {
  std::vector<fs::path> out;
  for (auto& f : all_example_files())
    if (mappings().contains(type_of(f))) out.push_back(f);
  return out;
}

class Example : public ::testing::TestWithParam<fs::path> {};

TEST_P(Example, RoundTrips) {
  const fs::path& file = GetParam();
  const std::string type = type_of(file);
  auto [first, last] = mappings().equal_range(type);
  const Json doc = read_json(file);
  for (auto it = first; it != last; ++it) {
    const Mapping& m = it->second;
    SCOPED_TRACE(type + (m.pointer.empty() ? "" : " at " + m.pointer));
    Json expected = m.pointer.empty() ? doc : doc.at_pointer(m.pointer);
    Json actual;
    try {
      actual = m.round_trip(expected);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "decode failed: " << e.what();
      continue;
    }
    normalize(expected, true, m.request_params);
    normalize(actual, true, m.request_params);
    EXPECT_TRUE(json_equal(expected, actual))
        << "expected: " << json::serialize(expected) << "\n  actual: " << json::serialize(actual);
  }
}

INSTANTIATE_TEST_SUITE_P(Schema20260728, Example, ::testing::ValuesIn(modelled_example_files()),
                         [](const ::testing::TestParamInfo<fs::path>& param_info) {
                           std::string name = param_info.param.parent_path().filename().string() +
                                              "_" + param_info.param.stem().string();
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

TEST(Examples, EveryTypeIsMappedOrListed) {
  // Also guards against a silently empty parameterised suite when the shared data moves.
  const auto files = all_example_files();
  EXPECT_GT(files.size(), 50u) << kExamples;
  for (const auto& f : files) {
    const std::string type = type_of(f);
    EXPECT_TRUE(mappings().contains(type) != kNotModelled.contains(type))
        << "map it or list it as not modelled (exactly one): " << type;
  }
}

TEST(Examples, EveryMappedTypeHasExamples) {
  for (const auto& [type, m] : mappings()) EXPECT_TRUE(fs::is_directory(kExamples / type)) << type;
}

}  // namespace
}  // namespace sallyport
