#include "model/json_util.hpp"

#include <cmath>
#include <limits>

namespace sallyport::model_detail {
namespace {

std::string render(const std::string& path, const std::string& reason) {
  return path.empty() ? reason : path + ": " + reason;
}

std::string expected(std::string_view what, const Json& got) {
  return "expected " + std::string(what) + ", got " + std::string(kind_name(got));
}

}  // namespace

FieldError::FieldError(std::string path, std::string reason)
    : McpError(error_code::kInvalidParams, render(path, reason)),
      path_(std::move(path)),
      reason_(std::move(reason)) {}

FieldError FieldError::within(std::string_view segment) const {
  std::string p(segment);
  if (!path_.empty()) {
    if (path_.front() != '[') p += '.';
    p += path_;
  }
  return FieldError(std::move(p), reason_);
}

void fail(std::string_view reason) {
  throw FieldError({}, std::string(reason));
}

std::string_view kind_name(const Json& v) noexcept {
  switch (v.kind()) {
    case json::kind::null:
      return "null";
    case json::kind::bool_:
      return "boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_:
      return "number";
    case json::kind::string:
      return "string";
    case json::kind::array:
      return "array";
    case json::kind::object:
      return "object";
  }
  return "unknown";
}

std::string index_segment(std::size_t i) {
  return "[" + std::to_string(i) + "]";
}

std::string quote(std::string_view s) {
  constexpr std::size_t kMax = 64;
  if (s.size() <= kMax) return "\"" + std::string(s) + "\"";
  // Cut on a UTF-8 boundary: the message may itself be sent back as JSON.
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(s.substr(0, cut)) + "\"...";
}

std::optional<std::int64_t> to_int64(const Json& v) noexcept {
  switch (v.kind()) {
    case json::kind::int64:
      return v.get_int64();
    case json::kind::uint64:
      if (v.get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
      return static_cast<std::int64_t>(v.get_uint64());
    case json::kind::double_: {
      // Peers written in JavaScript may send 100.0 for an integer; anything not exactly an
      // integer in range (fractions, 1e300, NaN, inf) is refused rather than truncated.
      const double d = v.get_double();
      constexpr double kLimit = 9223372036854775808.0;  // 2^63, exactly representable
      if (!(d >= -kLimit && d < kLimit) || std::trunc(d) != d) return std::nullopt;
      return static_cast<std::int64_t>(d);
    }
    default:
      return std::nullopt;
  }
}

std::optional<double> to_double(const Json& v) noexcept {
  switch (v.kind()) {
    case json::kind::int64:
      return static_cast<double>(v.get_int64());
    case json::kind::uint64:
      return static_cast<double>(v.get_uint64());
    case json::kind::double_:
      if (!std::isfinite(v.get_double())) return std::nullopt;
      return v.get_double();
    default:
      return std::nullopt;
  }
}

void check_depth(const Json& root) {
  struct Frame {
    const Json* v;
    std::size_t depth;
  };
  std::vector<Frame> stack{{&root, 1}};
  while (!stack.empty()) {
    const Frame f = stack.back();
    stack.pop_back();
    if (f.depth > kMaxVerbatimDepth)
      fail("nested deeper than " + std::to_string(kMaxVerbatimDepth) + " levels");
    if (const auto* a = f.v->if_array()) {
      for (const auto& x : *a)
        if (x.is_structured()) stack.push_back({&x, f.depth + 1});
    } else if (const auto* o = f.v->if_object()) {
      for (const auto& kv : *o)
        if (kv.value().is_structured()) stack.push_back({&kv.value(), f.depth + 1});
    }
  }
}

std::string as_string(const Json& v) {
  if (!v.is_string()) fail(expected("string", v));
  return std::string(v.get_string());
}

bool as_bool(const Json& v) {
  if (!v.is_bool()) fail(expected("boolean", v));
  return v.get_bool();
}

std::int64_t as_int64(const Json& v) {
  if (!v.is_number()) fail(expected("integer", v));
  auto n = to_int64(v);
  if (!n) fail("expected integer in the 64-bit range");
  return *n;
}

double as_double(const Json& v) {
  if (!v.is_number()) fail(expected("number", v));
  auto d = to_double(v);
  if (!d) fail("expected finite number");
  return *d;
}

const JsonObject& as_object(const Json& v) {
  if (!v.is_object()) fail(expected("object", v));
  check_depth(v);
  return v.get_object();
}

Role as_role(const Json& v) {
  if (!v.is_string()) fail(expected("string", v));
  if (v.get_string() == "user") return Role::kUser;
  if (v.get_string() == "assistant") return Role::kAssistant;
  fail("expected \"user\" or \"assistant\"");
}

// ---- Reader ---------------------------------------------------------------------------------
Reader::Reader(const Json& v) {
  if (!v.is_object()) fail(expected("object", v));
  obj_ = &v.get_object();
}

const Json* Reader::find(std::string_view key) const noexcept {
  return obj_->if_contains(key);
}

const Json& Reader::require(std::string_view key) const {
  const Json* v = find(key);
  if (!v) throw FieldError(std::string(key), "required");
  return *v;
}

void Reader::expect_type(std::string_view want) const {
  const Json& t = require("type");
  if (!t.is_string()) at("type", [&] { fail(expected("string", t)); });
  if (t.get_string() != want)
    throw FieldError("type", "expected " + quote(want) + ", got " + quote(t.get_string()));
}

std::string Reader::str(std::string_view key) const {
  const Json& v = require(key);
  return at(key, [&] { return as_string(v); });
}

std::optional<std::string> Reader::opt_str(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  return str(key);
}

std::optional<bool> Reader::opt_bool(std::string_view key) const {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  return at(key, [&] { return as_bool(*v); });
}

std::int64_t Reader::int64(std::string_view key) const {
  const Json& v = require(key);
  return at(key, [&] { return as_int64(v); });
}

std::optional<std::int64_t> Reader::opt_int64(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  return int64(key);
}

std::optional<double> Reader::opt_double(std::string_view key) const {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  return at(key, [&] { return as_double(*v); });
}

JsonObject Reader::object(std::string_view key) const {
  const Json& v = require(key);
  return at(key, [&] { return as_object(v); });
}

std::optional<JsonObject> Reader::opt_object(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  return object(key);
}

std::optional<Json> Reader::opt_any(std::string_view key) const {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  at(key, [&] { check_depth(*v); });
  return *v;
}

std::vector<std::string> Reader::strings(std::string_view key) const {
  const Json* v = find(key);
  std::vector<std::string> out;
  if (!v) return out;
  at(key, [&] {
    if (!v->is_array()) fail(expected("array", *v));
    const JsonArray& a = v->get_array();
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!a[i].is_string()) at(index_segment(i), [&] { fail(expected("string", a[i])); });
      out.emplace_back(a[i].get_string());
    }
  });
  return out;
}

}  // namespace sallyport::model_detail
