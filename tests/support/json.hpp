// Building and inspecting JSON-RPC messages in tests.
#pragma once

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "sallyport/model/json.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport::testing {

inline Json parse(std::string_view text) {
  return boost::json::parse(text);
}

inline Json request(Json id, std::string_view method, Json params = nullptr) {
  JsonObject o{{"jsonrpc", "2.0"}, {"id", std::move(id)}, {"method", method}};
  if (!params.is_null()) o["params"] = std::move(params);
  return o;
}

inline Json notification(std::string_view method, Json params = nullptr) {
  JsonObject o{{"jsonrpc", "2.0"}, {"method", method}};
  if (!params.is_null()) o["params"] = std::move(params);
  return o;
}

inline Json result_response(Json id, Json result) {
  return JsonObject{{"jsonrpc", "2.0"}, {"id", std::move(id)}, {"result", std::move(result)}};
}

inline Json error_response(Json id, int code, std::string_view message) {
  return JsonObject{{"jsonrpc", "2.0"},
                    {"id", std::move(id)},
                    {"error", JsonObject{{"code", code}, {"message", message}}}};
}

// The `_meta` of a 2026-07-28 request.
inline JsonObject modern_meta(JsonObject capabilities = {},
                              std::optional<std::string> log_level = std::nullopt,
                              std::string_view version = protocol_version::kModern) {
  JsonObject meta{{meta_key::kProtocolVersion, version},
                  {meta_key::kClientCapabilities, std::move(capabilities)},
                  {meta_key::kClientInfo, JsonObject{{"name", "test-client"}, {"version", "1"}}}};
  if (log_level) meta[meta_key::kLogLevel] = *log_level;
  return meta;
}

// `params` plus a modern `_meta`.
inline Json modern(JsonObject params = {}, JsonObject meta = modern_meta()) {
  params["_meta"] = std::move(meta);
  return params;
}

// Accessors that fail loudly (std::out_of_range / std::invalid_argument) instead of crashing.
inline const JsonObject& obj(const Json& j) {
  return j.as_object();
}
inline const Json& at(const Json& j, std::string_view key) {
  return j.as_object().at(key);
}
inline bool has(const Json& j, std::string_view key) {
  return j.is_object() && j.get_object().contains(key);
}
inline std::int64_t error_code_of(const Json& response) {
  return at(at(response, "error"), "code").to_number<std::int64_t>();
}
inline std::string str(const Json& j) {
  return std::string(j.as_string());
}

inline std::filesystem::path schema_dir(std::string_view version) {
  return std::filesystem::path(SALLYPORT_SHARED_DIR) / "data/mcp-schema" / version;
}

inline Json read_json_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return boost::json::parse(ss.str());
}

// A wire example of the 2026-07-28 schema, e.g. example("ListToolsRequest").
inline Json example(std::string_view type, std::string_view file = {}) {
  auto dir = schema_dir(protocol_version::kModern) / "examples" / type;
  std::filesystem::path path;
  if (!file.empty()) {
    path = dir / file;
  } else {
    for (auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".json" && (path.empty() || e.path() < path)) path = e.path();
  }
  return read_json_file(path);
}

}  // namespace sallyport::testing
