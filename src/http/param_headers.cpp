#include "sallyport/http/param_headers.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "sallyport/http/message.hpp"

namespace sallyport::http {

namespace {

constexpr std::string_view kSentinelPrefix = "=?base64?";
constexpr std::string_view kSentinelSuffix = "?=";
constexpr std::int64_t kMaxSafeInteger = 9007199254740991;  // 2^53 - 1
constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_tchar(char c) noexcept {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_sentinel(std::string_view v) {
  return v.size() >= kSentinelPrefix.size() + kSentinelSuffix.size() &&
         v.starts_with(kSentinelPrefix) && v.ends_with(kSentinelSuffix);
}

// Visible ASCII and SP: what may go into a header value unencoded.
bool plain_safe(std::string_view v) {
  if (v.empty()) return true;
  if (v.front() == ' ' || v.back() == ' ') return false;
  for (unsigned char c : v)
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}

// Keywords whose values are instance data, not subschemas: an "x-mcp-header" inside them is a
// value, not an annotation.
bool is_data_keyword(std::string_view key) {
  return key == "const" || key == "enum" || key == "default" || key == "examples" ||
         key == "description" || key == "title" || key == "$comment";
}

std::optional<HeaderParam::Type> primitive_type(const JsonObject& schema) {
  auto* type = schema.if_contains("type");
  if (!type) return std::nullopt;
  auto of = [](std::string_view t) -> std::optional<HeaderParam::Type> {
    if (t == "string") return HeaderParam::Type::kString;
    if (t == "integer") return HeaderParam::Type::kInteger;
    if (t == "boolean") return HeaderParam::Type::kBoolean;
    return std::nullopt;
  };
  if (type->is_string()) return of(type->get_string());
  if (!type->is_array()) return std::nullopt;
  // ["string", "null"]: nullable; a null argument simply omits the header.
  std::optional<HeaderParam::Type> found;
  for (auto& t : type->get_array()) {
    if (!t.is_string()) return std::nullopt;
    if (t.get_string() == "null") continue;
    auto p = of(t.get_string());
    if (!p || found) return std::nullopt;
    found = p;
  }
  return found;
}

struct Walker {
  std::vector<HeaderParam> params;
  std::set<std::string> seen;  // lower-cased names
  std::optional<std::string> error;

  void fail(std::string why) {
    if (!error) error = std::move(why);
  }

  static std::string where(const std::vector<std::string>& path) {
    std::string out;
    for (auto& p : path) {
      out += out.empty() ? "" : ".";
      out += p;
    }
    return out.empty() ? "(root)" : out;
  }

  // `path` is set while the node is reachable from the root through `properties` only.
  void schema(const Json& node, const std::optional<std::vector<std::string>>& path) {
    if (error) return;
    if (node.is_array()) {
      for (auto& v : node.get_array()) schema(v, std::nullopt);
      return;
    }
    if (node.is_object()) object(node.get_object(), path);
  }

  void object(const JsonObject& obj, const std::optional<std::vector<std::string>>& path) {
    if (error) return;
    if (auto* h = obj.if_contains("x-mcp-header")) annotation(obj, *h, path);
    for (auto& [key, value] : obj) {
      if (key == "x-mcp-header" || is_data_keyword(key)) continue;
      if (key == "properties" && value.is_object()) {
        for (auto& [name, sub] : value.get_object()) {
          std::optional<std::vector<std::string>> next;
          if (path) {
            next = *path;
            next->emplace_back(name);
          }
          schema(sub, next);
        }
        continue;
      }
      schema(value, std::nullopt);
    }
  }

  void annotation(const JsonObject& node, const Json& h,
                  const std::optional<std::vector<std::string>>& path) {
    if (!path || path->empty()) {
      fail(
          "x-mcp-header is only allowed on properties reachable through \"properties\" alone "
          "(not under items, $defs, anyOf/oneOf/allOf/not, if/then/else or at the root)");
      return;
    }
    if (!h.is_string())
      return fail(fmt::format("x-mcp-header of {} is not a string", where(*path)));
    std::string_view name = h.get_string();
    if (name.empty()) return fail(fmt::format("x-mcp-header of {} is empty", where(*path)));
    if (!is_token(name))
      return fail(
          fmt::format("x-mcp-header \"{}\" of {} is not an HTTP token", name, where(*path)));
    std::string lowered(name);
    for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!seen.insert(lowered).second)
      return fail(
          fmt::format("x-mcp-header \"{}\" is used twice (names are case-insensitive)", name));
    auto type = primitive_type(node);
    if (!type)
      return fail(
          fmt::format("x-mcp-header \"{}\" is on {}, whose type is not string, integer or "
                      "boolean",
                      name, where(*path)));
    params.push_back(HeaderParam{std::string(name), *path, *type});
  }
};

}  // namespace

bool is_token(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_tchar(c)) return false;
  return true;
}

std::string base64_encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                 (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  std::size_t rest = bytes.size() - i;
  if (rest) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    unsigned v = 0;
    int pad = 0;
    for (std::size_t j = 0; j < 4; ++j) {
      char c = text[i + j];
      if (c == '=') {
        // Padding only in the last quantum, only in its last two places, and only trailing.
        if (i + 4 != text.size() || j < 2) return std::nullopt;
        ++pad;
        v <<= 6;
        continue;
      }
      if (pad) return std::nullopt;
      auto pos = kAlphabet.find(c);
      if (pos == std::string_view::npos) return std::nullopt;
      v = (v << 6) | static_cast<unsigned>(pos);
    }
    out += static_cast<char>((v >> 16) & 0xFF);
    if (pad < 2) out += static_cast<char>((v >> 8) & 0xFF);
    if (pad < 1) out += static_cast<char>(v & 0xFF);
  }
  return out;
}

std::string encode_header_value(std::string_view text) {
  if (plain_safe(text) && !is_sentinel(text)) return std::string(text);
  return fmt::format("{}{}{}", kSentinelPrefix, base64_encode(text), kSentinelSuffix);
}

std::optional<std::string> decode_header_value(std::string_view value) {
  for (unsigned char c : value)
    if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0x7E) return std::nullopt;
  if (!is_sentinel(value)) return std::string(value);
  return base64_decode(value.substr(
      kSentinelPrefix.size(), value.size() - kSentinelPrefix.size() - kSentinelSuffix.size()));
}

std::expected<std::vector<HeaderParam>, std::string> header_params(const Json& input_schema) {
  Walker w;
  w.schema(input_schema, std::vector<std::string>{});
  if (w.error) return std::unexpected(std::move(*w.error));
  return std::move(w.params);
}

std::expected<std::vector<HeaderParam>, std::string> header_params(const JsonObject& input_schema) {
  Walker w;
  w.object(input_schema, std::vector<std::string>{});
  if (w.error) return std::unexpected(std::move(*w.error));
  return std::move(w.params);
}

const Json* param_value(const Json& arguments, const HeaderParam& param) {
  const Json* at = &arguments;
  for (auto& key : param.path) {
    if (!at->is_object()) return nullptr;
    at = at->get_object().if_contains(key);
    if (!at) return nullptr;
  }
  return at->is_null() ? nullptr : at;
}

std::optional<std::string> param_text(const Json& value, HeaderParam::Type type) {
  switch (type) {
    case HeaderParam::Type::kString:
      if (!value.is_string()) return std::nullopt;
      return std::string(value.get_string());
    case HeaderParam::Type::kBoolean:
      if (!value.is_bool()) return std::nullopt;
      return value.get_bool() ? "true" : "false";
    case HeaderParam::Type::kInteger:
      if (value.is_int64() && std::llabs(value.get_int64()) <= kMaxSafeInteger)
        return std::to_string(value.get_int64());
      if (value.is_uint64() && value.get_uint64() <= static_cast<std::uint64_t>(kMaxSafeInteger))
        return std::to_string(value.get_uint64());
      if (value.is_double() && std::nearbyint(value.get_double()) == value.get_double() &&
          std::fabs(value.get_double()) <= static_cast<double>(kMaxSafeInteger))
        return std::to_string(static_cast<std::int64_t>(value.get_double()));
      return std::nullopt;
  }
  return std::nullopt;
}

bool param_matches(std::string_view decoded, const Json& value, HeaderParam::Type type) {
  if (type != HeaderParam::Type::kInteger) {
    auto text = param_text(value, type);
    return text && *text == decoded;
  }
  if (!value.is_number()) return false;
  // Numerically: "42", "42.0" and "4.2e1" all name the body's 42.
  std::string_view d = trim_ows(decoded);
  double parsed = 0;
  auto [ptr, ec] = std::from_chars(d.data(), d.data() + d.size(), parsed);
  if (ec != std::errc{} || ptr != d.data() + d.size()) return false;
  return parsed == value.to_number<double>();
}

}  // namespace sallyport::http
