// Mirroring JSON values into HTTP header values (MCP 2026-07-28, Streamable HTTP "Request
// Metadata"): the plain-or-Base64 value encoding shared by `Mcp-Name` and `Mcp-Param-*`, and the
// `x-mcp-header` annotations of a tool's input schema — where they may appear, what they name,
// and how to read the annotated value out of the call arguments. Shared by the server (which
// validates headers against the body) and the client (which writes them).
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sallyport/model/json.hpp"

namespace sallyport::http {

// RFC 9110 token (`1*tchar`): the syntax of a header field name.
bool is_token(std::string_view s) noexcept;

// A header value for `text`: as-is when it is plain visible ASCII (SP inside allowed) without
// leading or trailing whitespace and not itself shaped like the sentinel, else
// "=?base64?<standard Base64 of the UTF-8 bytes>?=".
std::string encode_header_value(std::string_view text);
// The original text of a header value written that way (surrounding whitespace already trimmed).
// nullopt for characters a header value may not carry, or a sentinel whose Base64 is malformed
// (wrong alphabet, missing or misplaced padding).
std::optional<std::string> decode_header_value(std::string_view value);

std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);  // strict, padded

struct HeaderParam {
  enum class Type { kString, kInteger, kBoolean };
  std::string name;               // the x-mcp-header value: the header is "Mcp-Param-" + name
  std::vector<std::string> path;  // the chain of `properties` keys from the schema root
  Type type = Type::kString;
};

// Every x-mcp-header annotation of an input schema, or why the schema's annotations are invalid
// (then the whole tool must be rejected). Annotations are valid only on properties reachable
// from the root through `properties` alone, with a primitive type (string, integer, boolean;
// optionally also "null"), a token name, unique case-insensitively. `$ref` is never followed.
std::expected<std::vector<HeaderParam>, std::string> header_params(const Json& input_schema);
// The same for a schema held as an object (a tool's input schema): no copy into a Json first,
// which the server would otherwise make for every tools/call it checks.
std::expected<std::vector<HeaderParam>, std::string> header_params(const JsonObject& input_schema);

// The argument at `param.path`, or nullptr when absent (a JSON null counts as absent).
const Json* param_value(const Json& arguments, const HeaderParam& param);
// The header text for an argument value (before encode_header_value); nullopt when the value's
// type does not fit (an integer outside ±(2^53-1) included).
std::optional<std::string> param_text(const Json& value, HeaderParam::Type type);
// Does a decoded header value match the argument? Integers compare numerically ("42.0" == 42).
bool param_matches(std::string_view decoded, const Json& value, HeaderParam::Type type);

}  // namespace sallyport::http
