#pragma once
// JSON value helpers with JSON Schema semantics: numbers compare by mathematical value across
// Boost.JSON's int64/uint64/double kinds (1 == 1.0), strings measure in code points.

#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace sallyport::json_schema::detail {

// Three-way comparison of two numbers (both must satisfy is_number()): <0, 0, >0.
int compare_numbers(const boost::json::value& a, const boost::json::value& b);

bool is_integer(const boost::json::value& v);

// True if `v` is an integer multiple of `divisor` (divisor > 0).
bool is_multiple_of(const boost::json::value& v, const boost::json::value& divisor);

// Instances may be built programmatically with any nesting; comparisons give up beyond this.
inline constexpr std::size_t kMaxCompareDepth = 512;

enum class Equality { kEqual, kUnequal, kTooDeep };
Equality json_equal(const boost::json::value& a, const boost::json::value& b);

// Hash consistent with json_equal (equal values hash equally); kTooDeep-sized values hash by kind.
std::size_t json_hash(const boost::json::value& v);

std::size_t code_points(std::string_view utf8);

// "~" → "~0", "/" → "~1" (RFC 6901).
void append_pointer_token(std::string& out, std::string_view token);

std::string describe_kind(const boost::json::value& v);

}  // namespace sallyport::json_schema::detail
