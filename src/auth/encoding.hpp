// Byte-level helpers for JOSE and OAuth: strict base64url, base64, SHA-256, constant-time
// equality, bounded JSON parsing.
#pragma once

#include <array>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "sallyport/model/json.hpp"

namespace sallyport::auth::detail {

// Unpadded base64url as JOSE requires (RFC 7515 §2): no '=', no whitespace, no other alphabet,
// and the unused trailing bits must be zero so every value has exactly one encoding.
std::optional<std::string> base64url_decode(std::string_view text);
std::string base64url_encode(std::string_view bytes);
std::string base64_encode(std::string_view bytes);  // standard alphabet, padded (Basic auth)

using Sha256 = std::array<unsigned char, 32>;
Sha256 sha256(std::string_view data);

bool constant_time_equal(std::string_view a, std::string_view b);

// JSON from untrusted bytes: size and depth bounded, must be an object.
std::optional<JsonObject> parse_object(std::string_view text, std::size_t max_bytes);

bool iequals(std::string_view a, std::string_view b);

}  // namespace sallyport::auth::detail
