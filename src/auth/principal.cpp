#include "sallyport/auth/principal.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "auth/encoding.hpp"

namespace sallyport::auth {

namespace {

const Json* lookup(const JsonObject& claims, std::string_view name) {
  if (name.empty()) return nullptr;
  if (auto* v = claims.if_contains(name)) return v;
  // "realm_access.roles": walk nested objects.
  const JsonObject* obj = &claims;
  const Json* cur = nullptr;
  while (!name.empty()) {
    auto dot = name.find('.');
    auto part = name.substr(0, dot);
    if (!obj) return nullptr;
    cur = obj->if_contains(part);
    if (!cur) return nullptr;
    obj = cur->is_object() ? &cur->get_object() : nullptr;
    name = dot == std::string_view::npos ? std::string_view{} : name.substr(dot + 1);
  }
  return cur;
}

void add_unique(std::vector<std::string>& out, std::string_view s) {
  if (s.empty()) return;
  if (std::find(out.begin(), out.end(), s) == out.end()) out.emplace_back(s);
}

void split_spaces(std::vector<std::string>& out, std::string_view s) {
  while (!s.empty()) {
    auto sp = s.find(' ');
    add_unique(out, s.substr(0, sp));
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
}

// A list claim: an array of strings, or one string (space-separated when `spaces`).
void collect(std::vector<std::string>& out, const Json* v, bool spaces) {
  if (!v) return;
  if (v->is_string()) {
    std::string_view s = v->get_string();
    if (spaces)
      split_spaces(out, s);
    else
      add_unique(out, s);
  } else if (v->is_array()) {
    for (auto& item : v->get_array())
      if (item.is_string()) add_unique(out, item.get_string());
  }
}

std::string string_claim(const JsonObject& claims, std::string_view name) {
  auto* v = claims.if_contains(name);
  return v && v->is_string() ? std::string(v->get_string()) : std::string{};
}

}  // namespace

Principal principal_from_claims(const JsonObject& claims, const ClaimNames& names) {
  Principal p;
  p.subject = string_claim(claims, "sub");
  p.client_id = string_claim(claims, "client_id");
  if (p.client_id.empty()) p.client_id = string_claim(claims, "azp");
  p.issuer = string_claim(claims, "iss");
  collect(p.scopes, claims.if_contains("scope"), true);
  collect(p.scopes, claims.if_contains("scp"), true);
  collect(p.roles, lookup(claims, names.roles), false);
  collect(p.groups, lookup(claims, names.groups), false);
  if (auto* t = lookup(claims, names.tenant)) {
    if (t->is_string())
      p.tenant = std::string(t->get_string());
    else if (t->is_int64())
      p.tenant = std::to_string(t->get_int64());
    else if (t->is_uint64())
      p.tenant = std::to_string(t->get_uint64());
  }
  p.claims = claims;
  return p;
}

std::string session_binding(const Principal& p) {
  // Length-prefixed so that no choice of field contents makes two identities collide.
  return fmt::format("{}:{}|{}:{}|{}:{}", p.issuer.size(), p.issuer, p.subject.size(), p.subject,
                     p.client_id.size(), p.client_id);
}

bool same_principal(const Principal& a, const Principal& b) {
  return detail::constant_time_equal(session_binding(a), session_binding(b));
}

}  // namespace sallyport::auth
