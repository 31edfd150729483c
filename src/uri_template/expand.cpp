// RFC 6570 section 3.2 / appendix A: expansion.
#include <string>
#include <variant>

#include "uri_template/internal.hpp"

namespace sallyport::uri_template {

namespace {

using detail::append_encoded;
using detail::Expression;
using detail::Literal;
using detail::OpInfo;

// The first `chars` characters: code points of UTF-8, so a multi-byte character is never split.
std::string_view prefix_of(std::string_view s, std::size_t chars) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == chars) return s.substr(0, i);
  }
  return s;
}

bool is_undefined(const Value& value) {
  if (const auto* list = std::get_if<List>(&value)) return list->empty();
  if (const auto* assoc = std::get_if<AssocList>(&value)) return assoc->empty();
  return false;
}

void expand_string(std::string& out, const OpInfo& op, const detail::VarSpec& v,
                   std::string_view s) {
  if (op.named) {
    out += v.name;
    if (s.empty()) {
      out += op.ifemp;
      return;
    }
    out += '=';
  }
  append_encoded(out, v.prefix != 0 ? prefix_of(s, v.prefix) : s, op.allow_reserved);
}

void expand_joined(std::string& out, const OpInfo& op, const detail::VarSpec& v,
                   const Value& value) {
  if (op.named) {
    out += v.name;
    out += '=';
  }
  bool first = true;
  const auto item = [&](std::string_view s) {
    if (!std::exchange(first, false)) out += ',';
    append_encoded(out, s, op.allow_reserved);
  };
  if (const auto* list = std::get_if<List>(&value)) {
    for (const auto& s : *list) item(s);
  } else {
    for (const auto& [k, val] : std::get<AssocList>(value)) {
      item(k);
      item(val);
    }
  }
}

void expand_exploded(std::string& out, const OpInfo& op, const detail::VarSpec& v,
                     const Value& value) {
  bool first = true;
  // One `name=value` (named operators) or `value` member; ifemp when the value is empty.
  const auto member = [&](std::string_view name, bool encode_name, std::string_view s) {
    if (!std::exchange(first, false)) out += op.sep;
    if (!name.empty()) {
      if (encode_name) {
        append_encoded(out, name, op.allow_reserved);
      } else {
        out += name;
      }
      if (op.named && s.empty()) {
        out += op.ifemp;
        return;
      }
      out += '=';
    }
    append_encoded(out, s, op.allow_reserved);
  };
  if (const auto* list = std::get_if<List>(&value)) {
    for (const auto& s : *list) member(op.named ? std::string_view(v.name) : "", false, s);
  } else {
    for (const auto& [k, val] : std::get<AssocList>(value)) member(k, true, val);
  }
}

void expand_expression(std::string& out, const Expression& e, const Variables& variables) {
  const OpInfo& op = detail::info(e.op);
  bool first = true;
  for (const auto& v : e.vars) {
    const auto it = variables.find(v.name);
    if (it == variables.end() || is_undefined(it->second)) continue;
    const char lead = std::exchange(first, false) ? op.first : op.sep;
    if (lead != '\0') out += lead;
    if (const auto* s = std::get_if<std::string>(&it->second)) {
      expand_string(out, op, v, *s);
    } else if (!v.explode) {
      expand_joined(out, op, v, it->second);
    } else {
      expand_exploded(out, op, v, it->second);
    }
  }
}

}  // namespace

std::string UriTemplate::expand(const Variables& variables) const {
  std::string out;
  for (const auto& part : impl_->parts) {
    if (const auto* literal = std::get_if<Literal>(&part)) {
      // Parsed literals hold only unreserved, reserved, %XX and UTF-8; the last gets encoded.
      append_encoded(out, literal->text, true);
    } else {
      expand_expression(out, std::get<Expression>(part), variables);
    }
  }
  return out;
}

}  // namespace sallyport::uri_template
