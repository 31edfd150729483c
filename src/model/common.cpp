// Errors, enums, progress tokens and the small shared shapes (Icon, Implementation,
// Annotations, cache hints, log messages).
#include <array>
#include <limits>

#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

// ---- Error ----------------------------------------------------------------------------------
Error Error::method_not_found(std::string_view method) {
  return {error_code::kMethodNotFound, "Method not found: " + std::string(method), {}};
}

Json to_json(const Error& e) {
  JsonObject o;
  o["code"] = e.code;
  o["message"] = e.message;
  if (e.data) o["data"] = *e.data;
  return o;
}

// Lenient by design: this reads what a peer sent as an error, and a malformed error is still
// better reported as "no valid error" than thrown through the response path.
std::optional<Error> error_from_json(const Json& j) {
  const auto* o = j.if_object();
  if (!o) return std::nullopt;
  const Json* code = o->if_contains("code");
  const Json* message = o->if_contains("message");
  if (!code || !message || !message->is_string()) return std::nullopt;
  const auto n = to_int64(*code);
  if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
    return std::nullopt;
  Error e{static_cast<int>(*n), std::string(message->get_string()), {}};
  if (const Json* data = o->if_contains("data")) {
    try {
      check_depth(*data);
    } catch (const FieldError&) {
      return std::nullopt;
    }
    e.data = *data;
  }
  return e;
}

// ---- Enums ----------------------------------------------------------------------------------
namespace {
constexpr std::array<std::string_view, 8> kLevelNames = {
    "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"};
}  // namespace

std::string_view to_string(LoggingLevel l) {
  const auto i = static_cast<std::size_t>(l);
  return i < kLevelNames.size() ? kLevelNames[i] : "info";
}

std::optional<LoggingLevel> logging_level_from_string(std::string_view s) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i)
    if (kLevelNames[i] == s) return static_cast<LoggingLevel>(i);
  return std::nullopt;
}

Json to_json(Role r) {
  return r == Role::kUser ? "user" : "assistant";
}
Json to_json(LoggingLevel l) {
  return json::string(to_string(l));
}

Json to_json(const ProgressToken& t) {
  if (const auto* n = std::get_if<std::int64_t>(&t)) return *n;
  return json::string(std::get<std::string>(t));
}

std::optional<ProgressToken> progress_token_from_json(const Json& j) {
  if (j.is_string()) return ProgressToken{std::string(j.get_string())};
  // A fractional token could not be echoed back exactly, so it is treated as invalid.
  if (j.is_number())
    if (auto n = to_int64(j)) return ProgressToken{*n};
  return std::nullopt;
}

// ---- Icon, Implementation, Annotations ------------------------------------------------------
Json to_json(const Icon& i) {
  JsonObject o;
  o["src"] = i.src;
  put(o, "mimeType", i.mime_type);
  put_strings(o, "sizes", i.sizes);
  put(o, "theme", i.theme);
  return o;
}

void from_json(const Json& j, Icon& out) {
  Reader r(j);
  Icon i;
  i.src = r.str("src");
  i.mime_type = r.opt_str("mimeType");
  i.sizes = r.strings("sizes");
  i.theme = r.opt_str("theme");
  out = std::move(i);
}

Json to_json(const Implementation& impl) {
  JsonObject o;
  o["name"] = impl.name;
  put(o, "title", impl.title);
  o["version"] = impl.version;
  put(o, "description", impl.description);
  put(o, "websiteUrl", impl.website_url);
  put_list(o, "icons", impl.icons);
  return o;
}

void from_json(const Json& j, Implementation& out) {
  Reader r(j);
  Implementation impl;
  impl.name = r.str("name");
  impl.version = r.str("version");
  impl.title = r.opt_str("title");
  impl.description = r.opt_str("description");
  impl.website_url = r.opt_str("websiteUrl");
  impl.icons = r.list<Icon>("icons");
  out = std::move(impl);
}

Json to_json(const Annotations& a) {
  JsonObject o;
  if (!a.audience.empty()) {
    JsonArray roles;
    for (Role role : a.audience) roles.push_back(to_json(role));
    o["audience"] = std::move(roles);
  }
  put(o, "priority", a.priority);
  put(o, "lastModified", a.last_modified);
  return o;
}

void from_json(const Json& j, Annotations& out) {
  Reader r(j);
  Annotations a;
  if (const Json* aud = r.find("audience")) {
    at("audience", [&] {
      if (!aud->is_array()) fail("expected array, got " + std::string(kind_name(*aud)));
      const JsonArray& roles = aud->get_array();
      for (std::size_t i = 0; i < roles.size(); ++i)
        a.audience.push_back(at(index_segment(i), [&] { return as_role(roles[i]); }));
    });
  }
  a.priority = r.opt_double("priority");
  a.last_modified = r.opt_str("lastModified");
  out = std::move(a);
}

// ---- Cache hints ----------------------------------------------------------------------------
Json to_json(const CacheHints& c) {
  JsonObject o;
  o["ttlMs"] = c.ttl_ms < 0 ? std::int64_t{0} : c.ttl_ms;
  o["cacheScope"] = c.public_scope ? "public" : "private";
  return o;
}

// Reads `ttlMs`/`cacheScope` from the result object they are mixed into.
void from_json(const Json& j, CacheHints& out) {
  Reader r(j);
  CacheHints c;
  c.ttl_ms = r.int64("ttlMs");
  if (c.ttl_ms < 0) throw FieldError("ttlMs", "must be >= 0");
  const std::string scope = r.str("cacheScope");
  if (scope != "public" && scope != "private")
    throw FieldError("cacheScope", "expected \"public\" or \"private\"");
  c.public_scope = scope == "public";
  out = c;
}

namespace model_detail {
std::optional<CacheHints> read_cache(const Json& result) {
  const Reader r(result);
  if (!r.has("ttlMs") && !r.has("cacheScope")) return std::nullopt;
  return decode<CacheHints>(result);
}

void put_cache(JsonObject& o, const std::optional<CacheHints>& cache) {
  if (!cache) return;
  const Json hints = to_json(*cache);  // named: a range-for would not extend a temporary's life
  for (const auto& kv : hints.get_object()) o[kv.key()] = kv.value();
}
}  // namespace model_detail

// ---- Logging --------------------------------------------------------------------------------
Json to_json(const LogMessage& m) {
  JsonObject o;
  o["level"] = to_json(m.level);
  put(o, "logger", m.logger);
  o["data"] = m.data;
  return o;
}

void from_json(const Json& j, LogMessage& out) {
  Reader r(j);
  LogMessage m;
  const std::string level = r.str("level");
  const auto l = logging_level_from_string(level);
  if (!l) throw FieldError("level", "unknown logging level " + quote(level));
  m.level = *l;
  m.logger = r.opt_str("logger");
  const Json& data = r.require("data");  // required by the schema, though any value (even null)
  at("data", [&] { check_depth(data); });
  m.data = data;
  out = std::move(m);
}

}  // namespace sallyport
