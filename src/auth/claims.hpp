// Claim checks shared by the JWT and introspection paths.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "sallyport/model/json.hpp"

namespace sallyport::auth::detail {

// NumericDate (RFC 7519 §2): a non-negative number of seconds, fractions floored. nullopt when
// absent; `bad` set when present but not a sane number.
std::optional<std::int64_t> numeric_date(const JsonObject& claims, std::string_view name,
                                         bool& bad);

// `aud` as a string or an array of strings containing `audience` exactly.
bool audience_contains(const Json* aud, std::string_view audience);

}  // namespace sallyport::auth::detail
