#include "json_schema/json_util.hpp"

#include <cmath>
#include <cstdint>
#include <functional>

namespace sallyport::json_schema::detail {
namespace {

namespace json = boost::json;

constexpr double kTwo63 = 9223372036854775808.0;
constexpr double kTwo64 = 18446744073709551616.0;

template <typename T>
int three_way(T a, T b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

// Exact comparison of a double with an integer: compare integer parts in the integer's own type
// (the truncated double is exactly representable there once range-checked), then the fraction.
int compare_double_int(double d, std::int64_t i) {
  if (d >= kTwo63) return 1;
  if (d < -kTwo63) return -1;
  const double t = std::trunc(d);
  if (int c = three_way(static_cast<std::int64_t>(t), i); c != 0) return c;
  return three_way(d - t, 0.0);
}

int compare_double_uint(double d, std::uint64_t u) {
  if (d >= kTwo64) return 1;
  if (d < 0) return -1;
  const double t = std::trunc(d);
  if (int c = three_way(static_cast<std::uint64_t>(t), u); c != 0) return c;
  return three_way(d - t, 0.0);
}

int compare_int_uint(std::int64_t i, std::uint64_t u) {
  if (i < 0) return -1;
  return three_way(static_cast<std::uint64_t>(i), u);
}

Equality equal_at(const json::value& a, const json::value& b, std::size_t depth) {
  if (depth > kMaxCompareDepth) return Equality::kTooDeep;
  if (a.is_number() && b.is_number()) {
    return compare_numbers(a, b) == 0 ? Equality::kEqual : Equality::kUnequal;
  }
  if (a.kind() != b.kind()) return Equality::kUnequal;
  switch (a.kind()) {
    case json::kind::null:
      return Equality::kEqual;
    case json::kind::bool_:
      return a.get_bool() == b.get_bool() ? Equality::kEqual : Equality::kUnequal;
    case json::kind::string:
      return a.get_string() == b.get_string() ? Equality::kEqual : Equality::kUnequal;
    case json::kind::array: {
      const auto& x = a.get_array();
      const auto& y = b.get_array();
      if (x.size() != y.size()) return Equality::kUnequal;
      for (std::size_t i = 0; i < x.size(); ++i) {
        if (auto e = equal_at(x[i], y[i], depth + 1); e != Equality::kEqual) return e;
      }
      return Equality::kEqual;
    }
    case json::kind::object: {
      const auto& x = a.get_object();
      const auto& y = b.get_object();
      if (x.size() != y.size()) return Equality::kUnequal;
      for (const auto& kv : x) {
        auto it = y.find(kv.key());
        if (it == y.end()) return Equality::kUnequal;
        if (auto e = equal_at(kv.value(), it->value(), depth + 1); e != Equality::kEqual) return e;
      }
      return Equality::kEqual;
    }
    default:
      return Equality::kUnequal;  // numbers handled above
  }
}

std::size_t mix(std::size_t h, std::size_t v) {
  return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

std::size_t hash_at(const json::value& v, std::size_t depth) {
  if (depth > kMaxCompareDepth) return 0x5eed;
  switch (v.kind()) {
    case json::kind::null:
      return 1;
    case json::kind::bool_:
      return v.get_bool() ? 2 : 3;
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: {
      // Equal numbers convert to the same double (an integer equal to a double is that double);
      // -0.0 == 0.0 so fold the sign of zero.
      double d = v.to_number<double>();
      if (d == 0) d = 0;
      return std::hash<double>{}(d);
    }
    case json::kind::string:
      return std::hash<std::string_view>{}(v.get_string());
    case json::kind::array: {
      std::size_t h = 5;
      for (const auto& e : v.get_array()) h = mix(h, hash_at(e, depth + 1));
      return h;
    }
    case json::kind::object: {
      // Member order does not matter for equality, so combine commutatively.
      std::size_t h = 7;
      for (const auto& kv : v.get_object()) {
        h += mix(std::hash<std::string_view>{}(kv.key()), hash_at(kv.value(), depth + 1));
      }
      return h;
    }
  }
  return 0;
}

}  // namespace

int compare_numbers(const json::value& a, const json::value& b) {
  switch (a.kind()) {
    case json::kind::int64: {
      const std::int64_t x = a.get_int64();
      if (b.is_int64()) return three_way(x, b.get_int64());
      if (b.is_uint64()) return compare_int_uint(x, b.get_uint64());
      return -compare_double_int(b.get_double(), x);
    }
    case json::kind::uint64: {
      const std::uint64_t x = a.get_uint64();
      if (b.is_int64()) return -compare_int_uint(b.get_int64(), x);
      if (b.is_uint64()) return three_way(x, b.get_uint64());
      return -compare_double_uint(b.get_double(), x);
    }
    default: {
      const double x = a.get_double();
      if (b.is_int64()) return compare_double_int(x, b.get_int64());
      if (b.is_uint64()) return compare_double_uint(x, b.get_uint64());
      return three_way(x, b.get_double());
    }
  }
}

bool is_integer(const json::value& v) {
  if (v.is_int64() || v.is_uint64()) return true;
  if (!v.is_double()) return false;
  const double d = v.get_double();
  return std::isfinite(d) && std::trunc(d) == d;
}

bool is_multiple_of(const json::value& v, const json::value& divisor) {
  const bool int_div = divisor.is_int64() || divisor.is_uint64();
  if (int_div && (v.is_int64() || v.is_uint64())) {
    // Exact integer arithmetic; divisor is > 0 (checked at compile time).
    const std::uint64_t d = divisor.to_number<std::uint64_t>();
    if (v.is_uint64()) return v.get_uint64() % d == 0;
    const std::int64_t x = v.get_int64();
    const std::uint64_t mag =
        x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
    return mag % d == 0;
  }
  const double x = v.to_number<double>();
  const double d = divisor.to_number<double>();
  const double q = x / d;
  // Decimal fractions are inexact in binary (19.99 / 0.01 = 1998.9999999999998), so a quotient
  // within two units in the last place of an integer counts as one: that is the rounding error
  // of the inputs and the division, far below any difference a decimal input can express.
  // When the quotient overflows, fall back to fmod, which is exact.
  if (!std::isfinite(q)) return std::fmod(x, d) == 0;
  const double r = std::nearbyint(q);
  if (r == q) return true;
  const double ulp = std::nextafter(std::fabs(r), HUGE_VAL) - std::fabs(r);
  return std::fabs(q - r) <= 2 * ulp;
}

Equality json_equal(const json::value& a, const json::value& b) {
  return equal_at(a, b, 0);
}

std::size_t json_hash(const json::value& v) {
  return hash_at(v, 0);
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

void append_pointer_token(std::string& out, std::string_view token) {
  out += '/';
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

std::string describe_kind(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null:
      return "null";
    case json::kind::bool_:
      return "boolean";
    case json::kind::int64:
    case json::kind::uint64:
      return "integer";
    case json::kind::double_:
      return is_integer(v) ? "integer" : "number";
    case json::kind::string:
      return "string";
    case json::kind::array:
      return "array";
    case json::kind::object:
      return "object";
  }
  return "unknown";
}

}  // namespace sallyport::json_schema::detail
