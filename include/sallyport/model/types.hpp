// Version-neutral MCP model: one C++ type per message shape, shared by every protocol revision.
// Field names follow the schema in snake_case. Fields that only one revision knows are optional
// here and the revision's codec (sallyport/wire) decides whether they go on the wire.
//
// JSON mapping: every type has `to_json(const T&) -> Json` and `from_json(const Json&, T&)`
// (the latter throws McpError{kInvalidParams} naming the offending field). `_meta` objects are
// kept verbatim in `meta`.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sallyport/model/error.hpp"
#include "sallyport/model/json.hpp"

namespace sallyport {

// ---- Protocol revisions -------------------------------------------------------------------
enum class Era { kLegacy, kModern };
namespace protocol_version {
inline constexpr const char* kModern = "2026-07-28";  // stateless: _meta, server/discover
inline constexpr const char* kLegacy = "2025-11-25";  // initialize + sessions
inline constexpr const char* kLegacyOlder[] = {"2025-06-18", "2025-03-26", "2024-11-05"};
}  // namespace protocol_version

// Reserved _meta keys of 2026-07-28.
namespace meta_key {
inline constexpr const char* kProtocolVersion = "io.modelcontextprotocol/protocolVersion";
inline constexpr const char* kClientInfo = "io.modelcontextprotocol/clientInfo";
inline constexpr const char* kClientCapabilities = "io.modelcontextprotocol/clientCapabilities";
inline constexpr const char* kLogLevel = "io.modelcontextprotocol/logLevel";
inline constexpr const char* kServerInfo = "io.modelcontextprotocol/serverInfo";
inline constexpr const char* kSubscriptionId = "io.modelcontextprotocol/subscriptionId";
inline constexpr const char* kProgressToken = "progressToken";
}  // namespace meta_key

using ProgressToken = std::variant<std::int64_t, std::string>;
using Cursor = std::string;

enum class Role { kUser, kAssistant };
enum class LoggingLevel { kDebug, kInfo, kNotice, kWarning, kError, kCritical, kAlert, kEmergency };
std::string_view to_string(LoggingLevel);
std::optional<LoggingLevel> logging_level_from_string(std::string_view);

// ---- Common ---------------------------------------------------------------------------------
struct Icon {
  std::string src{};
  std::optional<std::string> mime_type{};
  std::vector<std::string> sizes{};
  std::optional<std::string> theme{};  // "light" | "dark"
};

struct Implementation {
  std::string name{};
  std::string version{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  std::optional<std::string> website_url{};
  std::vector<Icon> icons{};
};

struct Annotations {
  std::vector<Role> audience{};
  std::optional<double> priority{};
  std::optional<std::string> last_modified{};
};

// ---- Capabilities ---------------------------------------------------------------------------
struct ClientCapabilities {
  bool roots = false;
  bool roots_list_changed = false;  // legacy only
  bool sampling = false;
  bool sampling_tools = false;
  bool sampling_context = false;
  bool elicitation_form = false;
  bool elicitation_url = false;
  bool tasks = false;  // legacy core tasks (2025-11-25)
  std::optional<JsonObject> tasks_detail{};
  JsonObject experimental{};
  JsonObject extensions{};
};

struct ServerCapabilities {
  bool logging = false;
  bool completions = false;
  bool prompts = false;
  bool prompts_list_changed = false;
  bool resources = false;
  bool resources_subscribe = false;
  bool resources_list_changed = false;
  bool tools = false;
  bool tools_list_changed = false;
  std::optional<JsonObject> tasks{};  // legacy core tasks capability object, verbatim
  JsonObject experimental{};
  JsonObject extensions{};
};

// 2026-07-28 caching hints (`ttlMs`, `cacheScope`) on list/read/discover results.
struct CacheHints {
  std::int64_t ttl_ms = 0;
  bool public_scope = false;  // "public" vs "private"
};

// ---- Content --------------------------------------------------------------------------------
struct TextContent {
  std::string text{};
  std::optional<Annotations> annotations{};
  std::optional<JsonObject> meta{};
};
struct ImageContent {
  std::string data{};  // base64
  std::string mime_type{};
  std::optional<Annotations> annotations{};
  std::optional<JsonObject> meta{};
};
struct AudioContent {
  std::string data{};  // base64
  std::string mime_type{};
  std::optional<Annotations> annotations{};
  std::optional<JsonObject> meta{};
};

struct Resource {
  std::string uri{};
  std::string name{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  std::optional<std::string> mime_type{};
  std::optional<Annotations> annotations{};
  std::optional<std::int64_t> size;
  std::vector<Icon> icons{};
  std::optional<JsonObject> meta{};
};

struct ResourceLink {
  Resource resource{};
};

struct TextResourceContents {
  std::string uri{};
  std::optional<std::string> mime_type{};
  std::string text{};
  std::optional<JsonObject> meta{};
};
struct BlobResourceContents {
  std::string uri{};
  std::optional<std::string> mime_type{};
  std::string blob{};  // base64
  std::optional<JsonObject> meta{};
};
using ResourceContents = std::variant<TextResourceContents, BlobResourceContents>;

struct EmbeddedResource {
  ResourceContents resource{};
  std::optional<Annotations> annotations{};
  std::optional<JsonObject> meta{};
};

using ContentBlock =
    std::variant<TextContent, ImageContent, AudioContent, ResourceLink, EmbeddedResource>;

// ---- Tools ----------------------------------------------------------------------------------
struct ToolAnnotations {
  std::optional<std::string> title{};
  std::optional<bool> read_only_hint{};
  std::optional<bool> destructive_hint{};
  std::optional<bool> idempotent_hint{};
  std::optional<bool> open_world_hint{};
};

struct Tool {
  std::string name{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  JsonObject input_schema{};  // always {"type":"object", ...}
  std::optional<JsonObject> output_schema{};
  std::optional<ToolAnnotations> annotations{};
  std::optional<std::string>
      task_support{};  // legacy `execution.taskSupport`: forbidden|optional|required
  std::vector<Icon> icons{};
  std::optional<JsonObject> meta{};
};

struct CallToolParams {
  std::string name{};
  JsonObject arguments{};
};

struct CallToolResult {
  std::vector<ContentBlock> content{};
  std::optional<Json> structured_content{};
  bool is_error = false;
  std::optional<JsonObject> meta{};
};

// ---- Resources ------------------------------------------------------------------------------
struct ResourceTemplate {
  std::string uri_template{};
  std::string name{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  std::optional<std::string> mime_type{};
  std::optional<Annotations> annotations{};
  std::vector<Icon> icons{};
  std::optional<JsonObject> meta{};
};

struct ReadResourceResult {
  std::vector<ResourceContents> contents{};
  std::optional<JsonObject> meta{};
  std::optional<CacheHints> cache{};  // modern: resources/read is a cacheable result
};

// ---- Prompts --------------------------------------------------------------------------------
struct PromptArgument {
  std::string name{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  bool required = false;
};

struct Prompt {
  std::string name{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  std::vector<PromptArgument> arguments{};
  std::vector<Icon> icons{};
  std::optional<JsonObject> meta{};
};

struct PromptMessage {
  Role role = Role::kUser;
  ContentBlock content{};
};

struct GetPromptResult {
  std::optional<std::string> description{};
  std::vector<PromptMessage> messages{};
  std::optional<JsonObject> meta{};
};

// ---- Completion -----------------------------------------------------------------------------
struct CompleteParams {
  enum class RefType { kPrompt, kResource } ref_type = RefType::kPrompt;
  std::string ref{};  // prompt name or resource URI / template
  std::string argument_name{};
  std::string argument_value{};
  std::map<std::string, std::string> context_arguments{};
};

struct CompleteResult {
  std::vector<std::string> values{};  // at most 100 on the wire
  std::optional<std::int64_t> total;
  std::optional<bool> has_more{};
};

// ---- Lists and caching ----------------------------------------------------------------------
template <typename T>
struct Page {
  std::vector<T> items{};
  std::optional<Cursor> next_cursor{};
  std::optional<CacheHints> cache{};
};

// ---- Logging --------------------------------------------------------------------------------
struct LogMessage {
  LoggingLevel level = LoggingLevel::kInfo;
  std::optional<std::string> logger{};
  Json data{};
};

// ---- Client features: roots, sampling, elicitation ------------------------------------------
struct Root {
  std::string uri{};
  std::optional<std::string> name{};
  std::optional<JsonObject> meta{};
};
struct ListRootsResult {
  std::vector<Root> roots{};
};

struct ToolUseContent {
  std::string id{};
  std::string name{};
  JsonObject input{};
  std::optional<JsonObject> meta{};
};
struct ToolResultContent {
  std::string tool_use_id{};
  std::vector<ContentBlock> content{};
  std::optional<Json> structured_content{};
  bool is_error = false;
  std::optional<JsonObject> meta{};
};
using SamplingContent =
    std::variant<TextContent, ImageContent, AudioContent, ToolUseContent, ToolResultContent>;

struct SamplingMessage {
  Role role = Role::kUser;
  std::vector<SamplingContent> content{};  // one element is written as a single object
  std::optional<JsonObject> meta{};
};

struct CreateMessageParams {
  std::vector<SamplingMessage> messages{};
  std::optional<JsonObject> model_preferences{};  // verbatim: hints + priorities
  std::optional<std::string> system_prompt{};
  std::optional<std::string> include_context{};  // none | thisServer | allServers
  std::optional<double> temperature{};
  std::int64_t max_tokens = 0;
  std::vector<std::string> stop_sequences{};
  std::optional<JsonObject> metadata{};
  std::vector<Tool> tools{};
  std::optional<JsonObject> tool_choice{};
};

struct CreateMessageResult {
  Role role = Role::kAssistant;
  std::vector<SamplingContent> content{};
  std::string model{};
  std::optional<std::string> stop_reason{};
  std::optional<JsonObject> meta{};
};

struct ElicitParams {
  enum class Mode { kForm, kUrl } mode = Mode::kForm;
  std::string message{};
  JsonObject requested_schema{};              // form mode
  std::optional<std::string> url{};           // url mode
  std::optional<std::string> elicitation_id;  // url mode (legacy)
};

struct ElicitResult {
  enum class Action { kAccept, kDecline, kCancel } action = Action::kCancel;
  std::optional<JsonObject> content{};
  std::optional<JsonObject> meta{};
};

// ---- Lifecycle ------------------------------------------------------------------------------
struct InitializeParams {  // legacy
  std::string protocol_version{};
  ClientCapabilities capabilities{};
  Implementation client_info{};
};
struct InitializeResult {  // legacy
  std::string protocol_version{};
  ServerCapabilities capabilities{};
  Implementation server_info{};
  std::optional<std::string> instructions{};
};
struct DiscoverResult {  // modern
  std::vector<std::string> supported_versions{};
  ServerCapabilities capabilities{};
  std::optional<Implementation> server_info{};  // from _meta serverInfo
  std::optional<std::string> instructions{};
  std::optional<CacheHints> cache{};
};

// subscriptions/listen (modern): which notifications a client opts in to.
struct SubscriptionFilter {
  bool tools_list_changed = false;
  bool prompts_list_changed = false;
  bool resources_list_changed = false;
  std::vector<std::string> resource_subscriptions{};
};

// ---- Multi round-trip (modern) --------------------------------------------------------------
// A request the server needs the client to fulfil before it can finish: one of
// elicitation/create, sampling/createMessage, roots/list.
struct InputRequest {
  std::string method{};
  JsonObject params{};
};
struct InputRequiredResult {
  std::map<std::string, InputRequest> input_requests{};
  std::optional<std::string> request_state{};
};

// ---- JSON mapping ---------------------------------------------------------------------------
#define SALLYPORT_JSON_MAPPING(T) \
  Json to_json(const T&);         \
  void from_json(const Json&, T&);

SALLYPORT_JSON_MAPPING(Icon)
SALLYPORT_JSON_MAPPING(Implementation)
SALLYPORT_JSON_MAPPING(Annotations)
SALLYPORT_JSON_MAPPING(ClientCapabilities)
SALLYPORT_JSON_MAPPING(ServerCapabilities)
SALLYPORT_JSON_MAPPING(TextContent)
SALLYPORT_JSON_MAPPING(ImageContent)
SALLYPORT_JSON_MAPPING(AudioContent)
SALLYPORT_JSON_MAPPING(Resource)
SALLYPORT_JSON_MAPPING(ResourceLink)
SALLYPORT_JSON_MAPPING(ResourceContents)
SALLYPORT_JSON_MAPPING(EmbeddedResource)
SALLYPORT_JSON_MAPPING(ContentBlock)
SALLYPORT_JSON_MAPPING(ToolAnnotations)
SALLYPORT_JSON_MAPPING(Tool)
SALLYPORT_JSON_MAPPING(CallToolParams)
SALLYPORT_JSON_MAPPING(CallToolResult)
SALLYPORT_JSON_MAPPING(ResourceTemplate)
SALLYPORT_JSON_MAPPING(ReadResourceResult)
SALLYPORT_JSON_MAPPING(PromptArgument)
SALLYPORT_JSON_MAPPING(Prompt)
SALLYPORT_JSON_MAPPING(PromptMessage)
SALLYPORT_JSON_MAPPING(GetPromptResult)
SALLYPORT_JSON_MAPPING(CompleteParams)
SALLYPORT_JSON_MAPPING(CompleteResult)
SALLYPORT_JSON_MAPPING(LogMessage)
SALLYPORT_JSON_MAPPING(Root)
SALLYPORT_JSON_MAPPING(ListRootsResult)
SALLYPORT_JSON_MAPPING(ToolUseContent)
SALLYPORT_JSON_MAPPING(ToolResultContent)
SALLYPORT_JSON_MAPPING(SamplingContent)
SALLYPORT_JSON_MAPPING(SamplingMessage)
SALLYPORT_JSON_MAPPING(CreateMessageParams)
SALLYPORT_JSON_MAPPING(CreateMessageResult)
SALLYPORT_JSON_MAPPING(ElicitParams)
SALLYPORT_JSON_MAPPING(ElicitResult)
SALLYPORT_JSON_MAPPING(InitializeParams)
SALLYPORT_JSON_MAPPING(InitializeResult)
SALLYPORT_JSON_MAPPING(DiscoverResult)
SALLYPORT_JSON_MAPPING(SubscriptionFilter)
SALLYPORT_JSON_MAPPING(InputRequest)
SALLYPORT_JSON_MAPPING(InputRequiredResult)
SALLYPORT_JSON_MAPPING(CacheHints)
#undef SALLYPORT_JSON_MAPPING

Json to_json(Role);
Json to_json(LoggingLevel);
Json to_json(const ProgressToken&);
std::optional<ProgressToken> progress_token_from_json(const Json&);

// Convenience: decode or throw McpError(kInvalidParams, "<what>: <reason>").
template <typename T>
T decode(const Json& j) {
  T out{};
  from_json(j, out);
  return out;
}

// Content helpers for handlers.
inline ContentBlock text(std::string s) {
  return TextContent{std::move(s), {}, {}};
}

}  // namespace sallyport
