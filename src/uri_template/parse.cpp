// RFC 6570 section 2 (syntax). Errors carry the byte offset because templates are written by
// people and a position is what they need to fix one.
#include <algorithm>
#include <memory>
#include <string>

#include "uri_template/internal.hpp"

namespace sallyport::uri_template {

namespace {

using detail::Expression;
using detail::Literal;
using detail::Op;
using detail::VarSpec;

std::unexpected<std::string> fail(std::string_view what, std::size_t offset) {
  return std::unexpected("uri template: " + std::string(what) + " at offset " +
                         std::to_string(offset));
}

std::string describe(unsigned char c) {
  if (c > 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  return std::string("byte 0x") + kHex[c >> 4] + kHex[c & 0xF];
}

// ASCII part of the `literals` rule.
bool is_literal_ascii(unsigned char c) {
  return c == 0x21 || c == 0x23 || c == 0x24 || c == 0x26 || (c >= 0x28 && c <= 0x3B) ||
         c == 0x3D || (c >= 0x3F && c <= 0x5B) || c == 0x5D || c == 0x5F ||
         (c >= 0x61 && c <= 0x7A) || c == 0x7E;
}

// Length of the well-formed UTF-8 sequence starting at `i`, 0 if there is none.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0U;
  };
  const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return at(k) >= lo && at(k) <= hi;
  };
  const unsigned c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c >= 0xE1 && c <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

std::optional<Op> operator_of(char c) {
  switch (c) {
    case '+':
      return Op::kReserved;
    case '#':
      return Op::kFragment;
    case '.':
      return Op::kLabel;
    case '/':
      return Op::kPath;
    case ';':
      return Op::kParam;
    case '?':
      return Op::kQuery;
    case '&':
      return Op::kContinuation;
    default:
      return std::nullopt;
  }
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_varchar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

// Parses the expression whose '{' is at `i`; leaves `i` after its '}'.
std::expected<Expression, std::string> parse_expression(std::string_view t, std::size_t& i,
                                                        std::size_t& varspecs) {
  const std::size_t open = i++;
  Expression e;
  if (i < t.size()) {
    if (auto op = operator_of(t[i])) {
      e.op = *op;
      ++i;
    } else if (std::string_view("=,!@|").find(t[i]) != std::string_view::npos) {
      return fail("operator " + describe(static_cast<unsigned char>(t[i])) +
                      " is reserved for future extensions",
                  i);
    }
  }
  while (true) {
    const std::size_t start = i;
    while (i < t.size()) {
      if (is_varchar(t[i])) {
        ++i;
      } else if (t[i] == '%') {
        if (!detail::is_triplet(t, i)) return fail("'%' in a variable name must start %XX", i);
        i += 3;
      } else if (t[i] == '.' && i > start && t[i - 1] != '.') {
        ++i;
      } else {
        break;
      }
    }
    if (i >= t.size()) return fail("unterminated expression", open);
    if (i == start) {
      if (t[i] == '}' && i == open + 1) return fail("empty expression", open);
      return fail("expected a variable name, found " + describe(static_cast<unsigned char>(t[i])),
                  i);
    }
    if (t[i - 1] == '.') {
      return fail("a '.' in a variable name must be followed by a letter, digit or '_'", i - 1);
    }
    VarSpec v{.name = std::string(t.substr(start, i - start))};
    if (t[i] == ':') {
      const std::size_t digits = ++i;
      while (i < t.size() && is_digit(t[i])) ++i;
      if (i == digits || t[digits] == '0' || i - digits > 4) {
        return fail("a prefix length must be a number from 1 to 9999", digits);
      }
      v.prefix = static_cast<std::size_t>(std::stoul(std::string(t.substr(digits, i - digits))));
    } else if (t[i] == '*') {
      v.explode = true;
      ++i;
    }
    if (++varspecs > kMaxVarSpecs) {
      return fail("more than " + std::to_string(kMaxVarSpecs) + " variables", start);
    }
    e.vars.push_back(std::move(v));
    if (i >= t.size()) return fail("unterminated expression", open);
    if (t[i] == '}') {
      ++i;
      return e;
    }
    if (t[i] != ',') {
      return fail("unexpected " + describe(static_cast<unsigned char>(t[i])) + " in expression", i);
    }
    ++i;
  }
}

}  // namespace

std::expected<UriTemplate, std::string> UriTemplate::parse(std::string_view text) {
  if (text.size() > kMaxTemplateLength) {
    return std::unexpected("uri template: " + std::to_string(text.size()) +
                           " bytes is over the limit of " + std::to_string(kMaxTemplateLength));
  }
  auto impl = std::make_shared<Impl>();
  impl->text = std::string(text);
  std::string literal;
  const auto flush = [&] {
    if (!literal.empty()) impl->parts.emplace_back(Literal{std::exchange(literal, {})});
  };
  std::size_t varspecs = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '{') {
      flush();
      auto e = parse_expression(text, i, varspecs);
      if (!e) return std::unexpected(std::move(e.error()));
      impl->parts.emplace_back(std::move(*e));
    } else if (c == '}') {
      return fail("'}' without a matching '{'", i);
    } else if (c == '%') {
      if (!detail::is_triplet(text, i)) return fail("'%' must start a %XX triplet", i);
      literal.append(text.substr(i, 3));
      i += 3;
    } else if (c >= 0x80) {
      const std::size_t n = utf8_length(text, i);
      if (n == 0) return fail("invalid UTF-8", i);
      literal.append(text.substr(i, n));
      i += n;
    } else if (is_literal_ascii(c)) {
      literal.push_back(static_cast<char>(c));
      ++i;
    } else {
      return fail(describe(c) + " is not allowed in a URI template", i);
    }
  }
  flush();
  for (const auto& part : impl->parts) {
    if (const auto* e = std::get_if<Expression>(&part)) {
      for (const auto& v : e->vars) {
        if (std::find(impl->names.begin(), impl->names.end(), v.name) == impl->names.end()) {
          impl->names.push_back(v.name);
        }
      }
    }
  }
  impl->program = detail::compile(impl->parts, impl->names);
  return UriTemplate(std::move(impl));
}

const std::vector<std::string>& UriTemplate::variable_names() const {
  return impl_->names;
}

std::string_view UriTemplate::text() const {
  return impl_->text;
}

}  // namespace sallyport::uri_template
