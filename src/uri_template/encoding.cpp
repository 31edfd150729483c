// Character sets of RFC 3986 section 2 and the operator table of RFC 6570 appendix A.
#include <array>
#include <string_view>

#include "uri_template/internal.hpp"

namespace sallyport::uri_template::detail {

const OpInfo& info(Op op) {
  //                                     first  sep   named  ifemp  allow_reserved
  static const std::array<OpInfo, 8> kTable{{
      {'\0', ',', false, "", false},  // kSimple
      {'\0', ',', false, "", true},   // kReserved
      {'#', ',', false, "", true},    // kFragment
      {'.', '.', false, "", false},   // kLabel
      {'/', '/', false, "", false},   // kPath
      {';', ';', true, "", false},    // kParam
      {'?', '&', true, "=", false},   // kQuery
      {'&', '&', true, "=", false},   // kContinuation
  }};
  return kTable[static_cast<std::size_t>(op)];
}

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

bool is_reserved(unsigned char c) {
  static constexpr std::string_view kReserved = ":/?#[]@!$&'()*+,;=";
  return c != '\0' && kReserved.find(static_cast<char>(c)) != std::string_view::npos;
}

bool is_hex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_triplet(std::string_view s, std::size_t at) {
  return at + 2 < s.size() && s[at] == '%' && is_hex(static_cast<unsigned char>(s[at + 1])) &&
         is_hex(static_cast<unsigned char>(s[at + 2]));
}

void append_encoded(std::string& out, std::string_view s, bool allow_reserved) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_unreserved(c) || (allow_reserved && is_reserved(c))) {
      out.push_back(static_cast<char>(c));
    } else if (allow_reserved && is_triplet(s, i)) {
      out.append(s.substr(i, 3));
      i += 2;
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
}

namespace {
int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
}  // namespace

std::optional<std::string> pct_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out.push_back(s[i]);
      continue;
    }
    if (!is_triplet(s, i)) return std::nullopt;
    out.push_back(static_cast<char>(hex_value(static_cast<unsigned char>(s[i + 1])) * 16 +
                                    hex_value(static_cast<unsigned char>(s[i + 2]))));
    i += 2;
  }
  return out;
}

}  // namespace sallyport::uri_template::detail
