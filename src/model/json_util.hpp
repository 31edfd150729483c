// Shared helpers for the model's JSON mapping (internal to src/model).
//
// Decoding errors carry the field path separately from the reason so that a nested decoder can
// be called through the public from_json() and its caller can still prepend where it was
// ("tools[2]" + "inputSchema" → "tools[2].inputSchema: expected object").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sallyport/model/error.hpp"
#include "sallyport/model/json.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport::model_detail {

// Verbatim values (schemas, structured content, _meta) are copied recursively; a bound keeps
// a hostile value built outside the parser from turning a copy into a stack overflow.
inline constexpr std::size_t kMaxVerbatimDepth = 128;

// An McpError(kInvalidParams) whose path can still be extended by the enclosing decoder.
class FieldError : public McpError {
 public:
  FieldError(std::string path, std::string reason);
  // `segment` is a key ("inputSchema") or an index ("[2]").
  [[nodiscard]] FieldError within(std::string_view segment) const;

 private:
  std::string path_;
  std::string reason_;
};

[[noreturn]] void fail(std::string_view reason);
std::string_view kind_name(const Json& v) noexcept;
std::string index_segment(std::size_t i);
// A peer-supplied string quoted for an error message, cut short so a huge value cannot bloat it.
std::string quote(std::string_view s);

// Runs f(); a FieldError escaping it gets `segment` prepended to its path.
template <typename F>
decltype(auto) at(std::string_view segment, F&& f) {
  try {
    return std::forward<F>(f)();
  } catch (const FieldError& e) {
    throw e.within(segment);
  }
}

// Number conversions that never overflow: nullopt when the value is not representable.
std::optional<std::int64_t> to_int64(const Json& v) noexcept;
std::optional<double> to_double(const Json& v) noexcept;

// Throws FieldError when `v` nests deeper than kMaxVerbatimDepth (iterative: no recursion).
void check_depth(const Json& v);

std::string as_string(const Json& v);
bool as_bool(const Json& v);
std::int64_t as_int64(const Json& v);
double as_double(const Json& v);
const JsonObject& as_object(const Json& v);  // depth-checked
Role as_role(const Json& v);

// Read-only view of an object being decoded. Absent keys and present-but-wrong-typed keys are
// distinguished: the former are fine for optionals, the latter always fail.
class Reader {
 public:
  explicit Reader(const Json& v);  // fails with "expected object, got ..."

  const Json* find(std::string_view key) const noexcept;
  bool has(std::string_view key) const noexcept { return find(key) != nullptr; }
  const Json& require(std::string_view key) const;  // "key: required"

  // Requires "type" to equal `expected` (content blocks and references are tagged unions).
  void expect_type(std::string_view expected) const;

  std::string str(std::string_view key) const;
  std::optional<std::string> opt_str(std::string_view key) const;
  std::optional<bool> opt_bool(std::string_view key) const;
  bool flag(std::string_view key) const { return opt_bool(key).value_or(false); }
  std::int64_t int64(std::string_view key) const;
  std::optional<std::int64_t> opt_int64(std::string_view key) const;
  std::optional<double> opt_double(std::string_view key) const;
  JsonObject object(std::string_view key) const;
  std::optional<JsonObject> opt_object(std::string_view key) const;
  std::optional<Json> opt_any(std::string_view key) const;  // any JSON value, depth-checked
  std::optional<JsonObject> meta() const { return opt_object("_meta"); }
  std::vector<std::string> strings(std::string_view key) const;  // absent → empty

  // Decodes a present value with the public from_json for T.
  template <typename T>
  T decode(std::string_view key) const {
    const Json& v = require(key);
    return at(key, [&] { return sallyport::decode<T>(v); });
  }
  template <typename T>
  std::optional<T> opt_decode(std::string_view key) const {
    const Json* v = find(key);
    if (!v) return std::nullopt;
    return at(key, [&] { return sallyport::decode<T>(*v); });
  }
  // An array of T; absent is an empty vector unless `required`.
  template <typename T>
  std::vector<T> list(std::string_view key, bool required = false) const {
    const Json* v = required ? &require(key) : find(key);
    std::vector<T> out;
    if (!v) return out;
    return at(key, [&] { return decode_list<T>(*v); });
  }

  template <typename T>
  static std::vector<T> decode_list(const Json& v) {
    if (!v.is_array()) fail(std::string("expected array, got ") + std::string(kind_name(v)));
    const JsonArray& a = v.get_array();
    std::vector<T> out;
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
      out.push_back(at(index_segment(i), [&] { return sallyport::decode<T>(a[i]); }));
    return out;
  }

 private:
  const JsonObject* obj_;
};

// ---- Writing --------------------------------------------------------------------------------
inline void put(JsonObject& o, std::string_view key, const std::optional<std::string>& v) {
  if (v) o[key] = *v;
}
inline void put(JsonObject& o, std::string_view key, const std::optional<bool>& v) {
  if (v) o[key] = *v;
}
inline void put(JsonObject& o, std::string_view key, const std::optional<double>& v) {
  if (v) o[key] = *v;
}
inline void put(JsonObject& o, std::string_view key, const std::optional<std::int64_t>& v) {
  if (v) o[key] = *v;
}
inline void put(JsonObject& o, std::string_view key, const std::optional<JsonObject>& v) {
  if (v) o[key] = *v;
}
inline void put(JsonObject& o, std::string_view key, const std::optional<Json>& v) {
  if (v) o[key] = *v;
}
inline void put_meta(JsonObject& o, const std::optional<JsonObject>& meta) {
  put(o, "_meta", meta);
}
inline void put_strings(JsonObject& o, std::string_view key, const std::vector<std::string>& v) {
  if (v.empty()) return;
  JsonArray a;
  a.reserve(v.size());
  for (const auto& s : v) a.emplace_back(s);
  o[key] = std::move(a);
}
// Arrays of modelled values; empty optional arrays are omitted unless `always`.
template <typename T>
void put_list(JsonObject& o, std::string_view key, const std::vector<T>& v, bool always = false) {
  if (v.empty() && !always) return;
  JsonArray a;
  a.reserve(v.size());
  for (const auto& x : v) a.push_back(to_json(x));
  o[key] = std::move(a);
}

// Cache hints are mixed into a result object: absent unless `ttlMs` or `cacheScope` is there.
std::optional<CacheHints> read_cache(const Json& result);
void put_cache(JsonObject& o, const std::optional<CacheHints>& cache);

// Resource fields are shared by Resource and ResourceLink (a Resource plus "type").
void read_resource_fields(const Reader& r, Resource& out);
void write_resource_fields(JsonObject& o, const Resource& in);

}  // namespace sallyport::model_detail
