#include "auth/claims.hpp"

#include <cmath>

namespace sallyport::auth::detail {

namespace {
constexpr std::int64_t kMaxDate = 253402300799;  // 9999-12-31: beyond is nonsense
}

std::optional<std::int64_t> numeric_date(const JsonObject& claims, std::string_view name,
                                         bool& bad) {
  auto* v = claims.if_contains(name);
  if (!v) return std::nullopt;
  std::int64_t out = 0;
  if (v->is_int64()) {
    out = v->get_int64();
  } else if (v->is_uint64()) {
    out = v->get_uint64() > static_cast<std::uint64_t>(kMaxDate)
              ? kMaxDate + 1
              : static_cast<std::int64_t>(v->get_uint64());
  } else if (v->is_double() && std::isfinite(v->get_double()) && v->get_double() >= 0 &&
             v->get_double() <= static_cast<double>(kMaxDate)) {
    out = static_cast<std::int64_t>(std::floor(v->get_double()));
  } else {
    bad = true;
    return std::nullopt;
  }
  if (out < 0 || out > kMaxDate) {
    bad = true;
    return std::nullopt;
  }
  return out;
}

bool audience_contains(const Json* aud, std::string_view audience) {
  if (!aud) return false;
  if (aud->is_string()) return std::string_view(aud->get_string()) == audience;
  if (!aud->is_array()) return false;
  bool found = false;
  for (auto& a : aud->get_array()) {
    if (!a.is_string()) return false;  // a malformed list is refused as a whole
    found = found || std::string_view(a.get_string()) == audience;
  }
  return found;
}

}  // namespace sallyport::auth::detail
