// Canonical JSON after RFC 8785 (JCS), written here rather than borrowed: sorted keys by UTF-16
// code units, ECMAScript number formatting, minimal string escaping.
#include <openssl/evp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "guard/unicode.hpp"
#include "sallyport/guard/pinning.hpp"

namespace sallyport::guard {
namespace json = boost::json;

namespace {

std::u16string utf16(std::string_view s) {
  std::u16string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const detail::Utf8 u = detail::decode_utf8(s, i);
    i += u.len;
    if (u.cp >= 0x10000) {
      const char32_t v = u.cp - 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (v >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (v & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(u.cp));
    }
  }
  return out;
}

void put_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

// ECMAScript Number::toString for finite doubles (what JCS mandates).
void put_double(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += "null";  // not representable in JSON; Boost.JSON never produces it from text
    return;
  }
  if (d == 0) {
    out += '0';
    return;
  }
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(r.ptr - buf));
  std::string sign;
  if (sci.front() == '-') {
    sign = "-";
    sci.remove_prefix(1);
  }
  const auto e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits.push_back(c);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int exp10 = 0;
  std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp10);
  const int k = static_cast<int>(digits.size());
  const int n = exp10 + 1;  // value = 0.digits × 10^n
  out += sign;
  if (k <= n && n <= 21) {
    out += digits;
    out.append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out.append(digits, 0, static_cast<std::size_t>(n));
    out += '.';
    out.append(digits, static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    out += digits[0];
    if (k > 1) {
      out += '.';
      out.append(digits, 1);
    }
    out += 'e';
    out += n - 1 >= 0 ? '+' : '-';
    out += std::to_string(std::abs(n - 1));
  }
}

void put(std::string& out, const json::value& v, int indent, int depth) {
  const auto newline = [&](int d) {
    if (indent < 0) return;
    out.push_back('\n');
    out.append(static_cast<std::size_t>(indent * d), ' ');
  };
  switch (v.kind()) {
    case json::kind::null:
      out += "null";
      break;
    case json::kind::bool_:
      out += v.get_bool() ? "true" : "false";
      break;
    case json::kind::int64: {
      const std::int64_t i = v.get_int64();
      if (i > (std::int64_t{1} << 53) || i < -(std::int64_t{1} << 53)) {
        put_double(out, static_cast<double>(i));
      } else {
        out += std::to_string(i);
      }
      break;
    }
    case json::kind::uint64: {
      const std::uint64_t u = v.get_uint64();
      if (u > (std::uint64_t{1} << 53)) {
        put_double(out, static_cast<double>(u));
      } else {
        out += std::to_string(u);
      }
      break;
    }
    case json::kind::double_:
      put_double(out, v.get_double());
      break;
    case json::kind::string:
      put_string(out, v.get_string());
      break;
    case json::kind::array: {
      const auto& a = v.get_array();
      out.push_back('[');
      bool first = true;
      for (const auto& e : a) {
        if (!first) out.push_back(',');
        first = false;
        newline(depth + 1);
        put(out, e, indent, depth + 1);
      }
      if (!a.empty()) newline(depth);
      out.push_back(']');
      break;
    }
    case json::kind::object: {
      const auto& o = v.get_object();
      std::vector<std::pair<std::u16string, const json::key_value_pair*>> keys;
      keys.reserve(o.size());
      for (const auto& kv : o) keys.emplace_back(utf16(kv.key()), &kv);
      std::sort(keys.begin(), keys.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
      out.push_back('{');
      bool first = true;
      for (const auto& [k16, kv] : keys) {
        if (!first) out.push_back(',');
        first = false;
        newline(depth + 1);
        put_string(out, kv->key());
        out.push_back(':');
        if (indent >= 0) out.push_back(' ');
        put(out, kv->value(), indent, depth + 1);
      }
      if (!o.empty()) newline(depth);
      out.push_back('}');
      break;
    }
  }
}

std::vector<std::string_view> lines(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const auto nl = s.find('\n');
    out.push_back(s.substr(0, nl));
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return out;
}

}  // namespace

std::string canonical_json(const json::value& v) {
  std::string out;
  put(out, v, -1, 0);
  return out;
}

std::string canonical_json_pretty(const json::value& v) {
  std::string out;
  put(out, v, 2, 0);
  return out;
}

std::string sha256_hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  std::string hex;
  hex.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) hex += fmt::format("{:02x}", md[i]);
  return hex;
}

std::string line_diff(std::string_view before, std::string_view after,
                      std::string_view before_label, std::string_view after_label) {
  const auto a = lines(before), b = lines(after);
  // Trim the common head and tail, then LCS on what is left (bounded).
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  const std::size_t n = a.size() - head - tail, m = b.size() - head - tail;
  struct Op {
    char tag;
    std::string_view text;
  };
  std::vector<Op> ops;
  for (std::size_t i = 0; i < head; ++i) ops.push_back({' ', a[i]});
  if (n * m <= 4'000'000) {
    std::vector<std::uint32_t> L((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
      return L[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        ops.push_back({' ', a[head + i]});
        ++i, ++j;
      } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
        ops.push_back({'+', b[head + j++]});
      } else {
        ops.push_back({'-', a[head + i++]});
      }
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) ops.push_back({'-', a[head + i]});
    for (std::size_t j = 0; j < m; ++j) ops.push_back({'+', b[head + j]});
  }
  for (std::size_t i = a.size() - tail; i < a.size(); ++i) ops.push_back({' ', a[i]});

  std::string out = fmt::format("--- {}\n+++ {}\n", before_label, after_label);
  constexpr std::size_t kContext = 2;
  std::vector<bool> keep(ops.size(), false);
  for (std::size_t k = 0; k < ops.size(); ++k) {
    if (ops[k].tag == ' ') continue;
    const std::size_t lo = k >= kContext ? k - kContext : 0;
    for (std::size_t x = lo; x <= std::min(ops.size() - 1, k + kContext); ++x) keep[x] = true;
  }
  bool gap = false;
  for (std::size_t k = 0; k < ops.size(); ++k) {
    if (!keep[k]) {
      gap = true;
      continue;
    }
    if (gap) out += "@@\n";
    gap = false;
    out.push_back(ops[k].tag);
    out +=
        detail::escape_display(ops[k].text, 400, false, false);  // hidden characters stay visible
    out.push_back('\n');
  }
  return out;
}

}  // namespace sallyport::guard
