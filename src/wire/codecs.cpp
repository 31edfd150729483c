// The two codecs. Kept in one file because they are mostly the same table read two ways; the
// differences are commented where they occur.
#include <algorithm>
#include <array>

#include "sallyport/wire/codec.hpp"

namespace sallyport::wire {

namespace {

constexpr std::array kModernClientRequests = {
    "server/discover",     "tools/list",     "tools/call",
    "resources/list",      "resources/read", "resources/templates/list",
    "prompts/list",        "prompts/get",    "completion/complete",
    "subscriptions/listen"};  // no ping: 2026-07-28 removed it
// Legacy adds the lifecycle and the RPCs that modern moved into _meta or subscriptions/listen.
constexpr std::array kLegacyClientRequests = {"initialize",
                                              "ping",
                                              "tools/list",
                                              "tools/call",
                                              "resources/list",
                                              "resources/read",
                                              "resources/templates/list",
                                              "resources/subscribe",
                                              "resources/unsubscribe",
                                              "prompts/list",
                                              "prompts/get",
                                              "completion/complete",
                                              "logging/setLevel",
                                              "tasks/get",
                                              "tasks/result",
                                              "tasks/list",
                                              "tasks/cancel"};
constexpr std::array kLegacyServerRequests = {
    "ping",      "sampling/createMessage", "elicitation/create", "roots/list",
    "tasks/get", "tasks/result",           "tasks/list",         "tasks/cancel"};

template <std::size_t N>
bool contains(const std::array<const char*, N>& table, std::string_view method) {
  return std::any_of(table.begin(), table.end(), [&](const char* m) { return method == m; });
}

// Results that carry caching hints in 2026-07-28 (CacheableResult).
bool is_cacheable(std::string_view method) {
  return method == "tools/list" || method == "resources/list" ||
         method == "resources/templates/list" || method == "prompts/list" ||
         method == "resources/read" || method == "server/discover";
}

std::optional<Json> progress_token_of(const JsonObject& meta) {
  if (auto* t = meta.if_contains(meta_key::kProgressToken); t && (t->is_string() || t->is_int64()))
    return *t;
  return std::nullopt;
}

class ModernCodec final : public Codec {
 public:
  Era era() const override { return Era::kModern; }
  std::string_view protocol_version() const override { return protocol_version::kModern; }

  bool has_request(std::string_view method, Direction d) const override {
    // Modern servers never send requests: they return InputRequiredResult instead.
    return d == Direction::kClientToServer && contains(kModernClientRequests, method);
  }

  std::expected<RequestEnvelope, Error> read_envelope(const Json& params) const override {
    RequestEnvelope env;
    const JsonObject* p = params.if_object();
    const Json* meta_value = p ? p->if_contains("_meta") : nullptr;
    if (!meta_value || !meta_value->is_object())
      return std::unexpected(Error::invalid_params(
          "missing params._meta: 2026-07-28 requests carry their protocol version there"));
    const auto& meta = meta_value->get_object();
    auto* version = meta.if_contains(meta_key::kProtocolVersion);
    if (!version || !version->is_string())
      return std::unexpected(
          Error::invalid_params("missing _meta \"io.modelcontextprotocol/protocolVersion\""));
    env.protocol_version = std::string(version->get_string());
    // Required on every request: a server must not infer capabilities from earlier requests.
    auto* caps = meta.if_contains(meta_key::kClientCapabilities);
    if (!caps)
      return std::unexpected(
          Error::invalid_params("missing _meta \"io.modelcontextprotocol/clientCapabilities\""));
    try {
      from_json(*caps, env.client_capabilities);
      if (auto* info = meta.if_contains(meta_key::kClientInfo)) {
        Implementation impl;
        from_json(*info, impl);
        env.client_info = std::move(impl);
      }
    } catch (const McpError& e) {
      return std::unexpected(Error::invalid_params(std::string("_meta: ") + e.what()));
    }
    if (auto* level = meta.if_contains(meta_key::kLogLevel)) {
      auto l = level->is_string() ? logging_level_from_string(level->get_string()) : std::nullopt;
      if (!l) return std::unexpected(Error::invalid_params("_meta logLevel: unknown level"));
      env.log_level = l;
    }
    env.progress_token = progress_token_of(meta);
    if (auto* responses = p->if_contains("inputResponses")) {
      if (!responses->is_object())
        return std::unexpected(Error::invalid_params("inputResponses must be an object"));
      for (auto& [k, v] : responses->get_object()) env.input_responses.emplace(std::string(k), v);
    }
    if (auto* state = p->if_contains("requestState")) {
      if (!state->is_string())
        return std::unexpected(Error::invalid_params("requestState must be a string"));
      env.request_state = std::string(state->get_string());
    }
    return env;
  }

  void finish_result(std::string_view method, JsonObject& result,
                     const ResultHints& hints) const override {
    if (!result.contains("resultType")) result["resultType"] = "complete";
    // A handler's own hints (e.g. ReadResourceResult::cache) win over the server-wide ones.
    if (is_cacheable(method) && result["resultType"] == "complete" && !result.contains("ttlMs")) {
      CacheHints cache = hints.cache.value_or(CacheHints{});
      result["ttlMs"] = cache.ttl_ms;
      result["cacheScope"] = cache.public_scope ? "public" : "private";
    }
    if (hints.server_info_json || hints.server_info) {
      auto& meta = result["_meta"];
      if (!meta.is_object()) meta = JsonObject{};
      meta.as_object()[meta_key::kServerInfo] =
          hints.server_info_json ? *hints.server_info_json : to_json(*hints.server_info);
    }
  }

  Json encode_tool(const Tool& tool) const override {
    Json j = to_json(tool);
    j.as_object().erase("execution");  // tasks moved to an extension in 2026-07-28
    return j;
  }

  Error encode_error(Error error) const override {
    if (error.code == error_code::kLegacyResourceNotFound) error.code = error_code::kInvalidParams;
    return error;
  }

  void write_envelope(JsonObject& params, const RequestEnvelope& env) const override {
    auto& meta_value = params["_meta"];
    if (!meta_value.is_object()) meta_value = JsonObject{};
    auto& meta = meta_value.as_object();
    meta[meta_key::kProtocolVersion] = env.protocol_version.empty()
                                           ? std::string(protocol_version::kModern)
                                           : env.protocol_version;
    meta[meta_key::kClientCapabilities] = to_json(env.client_capabilities);
    if (env.client_info) meta[meta_key::kClientInfo] = to_json(*env.client_info);
    if (env.log_level) meta[meta_key::kLogLevel] = to_string(*env.log_level);
    if (env.progress_token) meta[meta_key::kProgressToken] = *env.progress_token;
    if (!env.input_responses.empty()) {
      JsonObject responses;
      for (auto& [k, v] : env.input_responses) responses[k] = v;
      params["inputResponses"] = std::move(responses);
    }
    if (env.request_state) params["requestState"] = *env.request_state;
  }

  bool is_input_required(const JsonObject& result) const override {
    auto* t = result.if_contains("resultType");
    return t && t->is_string() && t->get_string() == "input_required";
  }
};

class LegacyCodec final : public Codec {
 public:
  explicit LegacyCodec(std::string version) : version_(std::move(version)) {}
  Era era() const override { return Era::kLegacy; }
  std::string_view protocol_version() const override { return version_; }

  bool has_request(std::string_view method, Direction d) const override {
    return d == Direction::kClientToServer ? contains(kLegacyClientRequests, method)
                                           : contains(kLegacyServerRequests, method);
  }

  std::expected<RequestEnvelope, Error> read_envelope(const Json& params) const override {
    // Legacy requests carry only an optional progress token; the rest lives in the session.
    RequestEnvelope env;
    env.protocol_version = version_;
    if (auto* p = params.if_object())
      if (auto* meta = p->if_contains("_meta"); meta && meta->is_object())
        env.progress_token = progress_token_of(meta->get_object());
    return env;
  }

  void finish_result(std::string_view, JsonObject& result, const ResultHints&) const override {
    // 2025-11-25 results have no resultType or caching hints; a strict legacy client would be
    // confused by neither, but we keep the wire exactly as that revision defines it.
    result.erase("resultType");
    result.erase("ttlMs");
    result.erase("cacheScope");
  }

  Json encode_tool(const Tool& tool) const override { return to_json(tool); }

  Error encode_error(Error error) const override { return error; }

  void write_envelope(JsonObject& params, const RequestEnvelope& env) const override {
    if (env.progress_token) {
      auto& meta = params["_meta"];
      if (!meta.is_object()) meta = JsonObject{};
      meta.as_object()[meta_key::kProgressToken] = *env.progress_token;
    }
  }

  bool is_input_required(const JsonObject&) const override { return false; }

 private:
  std::string version_;
};

}  // namespace

const Codec& modern_codec() {
  static const ModernCodec codec;
  return codec;
}

const Codec& legacy_codec(std::string_view version) {
  static const LegacyCodec latest(protocol_version::kLegacy);
  static const LegacyCodec v0618("2025-06-18");
  static const LegacyCodec v0326("2025-03-26");
  static const LegacyCodec v1105("2024-11-05");
  if (version == "2025-06-18") return v0618;
  if (version == "2025-03-26") return v0326;
  if (version == "2024-11-05") return v1105;
  return latest;
}

bool is_legacy_version(std::string_view version) {
  return version == protocol_version::kLegacy || version == "2025-06-18" ||
         version == "2025-03-26" || version == "2024-11-05";
}

const Codec* codec_for(std::string_view version) {
  if (version == protocol_version::kModern) return &modern_codec();
  if (is_legacy_version(version)) return &legacy_codec(version);
  return nullptr;
}

const std::vector<std::string>& supported_versions() {
  static const std::vector<std::string> versions = {protocol_version::kModern,
                                                    protocol_version::kLegacy, "2025-06-18",
                                                    "2025-03-26", "2024-11-05"};
  return versions;
}

Error resource_not_found(std::string_view uri) {
  return Error{error_code::kLegacyResourceNotFound, "Resource not found", JsonObject{{"uri", uri}}};
}

}  // namespace sallyport::wire
