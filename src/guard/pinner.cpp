#include <chrono>
#include <map>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "guard/unicode.hpp"
#include "sallyport/guard/pinning.hpp"

namespace sallyport::guard {
namespace json = boost::json;

namespace {

constexpr std::string_view kRemoved = "-";  // pending_hash of a definition that disappeared

struct Def {
  std::string kind, name, location;
  const json::value* v;
};

std::vector<Def> definitions(const json::value& surface) {
  std::vector<Def> out;
  const json::value* v = &surface;
  const json::object* o = nullptr;
  if (v->is_array()) {
    std::size_t i = 0;
    for (const auto& t : v->as_array()) {
      if (t.is_object())
        if (const auto* n = t.as_object().if_contains("name"); n && n->is_string())
          out.push_back({"tool", std::string(n->as_string()), fmt::format("tools[{}]", i), &t});
      ++i;
    }
    return out;
  }
  if (!v->is_object()) return out;
  o = &v->as_object();
  if (const auto* r = o->if_contains("result"); r && r->is_object() && !o->contains("tools"))
    o = &r->as_object();
  auto each = [&](std::string_view list, std::string_view kind, std::string_view key) {
    const auto* arr = o->if_contains(list);
    if (!arr || !arr->is_array()) return;
    std::size_t i = 0;
    for (const auto& e : arr->as_array()) {
      if (e.is_object())
        if (const auto* n = e.as_object().if_contains(key); n && n->is_string())
          out.push_back(
              {std::string(kind), std::string(n->as_string()), fmt::format("{}[{}]", list, i), &e});
      ++i;
    }
  };
  each("tools", "tool", "name");
  each("prompts", "prompt", "name");
  each("resources", "resource", "uri");
  each("resourceTemplates", "resourceTemplate", "uriTemplate");
  return out;
}

std::int64_t now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string first_changes(std::string_view diff) {
  std::string out;
  int n = 0;
  std::size_t pos = 0;
  while (pos < diff.size() && n < 4) {
    auto nl = diff.find('\n', pos);
    if (nl == std::string_view::npos) nl = diff.size();
    const std::string_view line = diff.substr(pos, nl - pos);
    if ((line.starts_with("+") || line.starts_with("-")) && !line.starts_with("+++") &&
        !line.starts_with("---")) {
      if (!out.empty()) out += " | ";
      out += line;
      ++n;
    }
    pos = nl + 1;
  }
  return detail::escape_display(out, 300, false, false);
}

}  // namespace

std::string_view to_string(PinChange::Type t) noexcept {
  switch (t) {
    case PinChange::Type::added:
      return "added";
    case PinChange::Type::removed:
      return "removed";
    case PinChange::Type::changed:
      return "changed";
  }
  return "changed";
}

PinReport Pinner::check(std::string_view server, const json::value& surface) {
  PinReport r;
  r.server = std::string(server);
  const auto defs = definitions(surface);
  std::map<std::pair<std::string, std::string>, Pin> pins;
  for (Pin& p : store_.load(server)) pins.emplace(std::pair{p.kind, p.name}, std::move(p));
  r.first_seen = pins.empty();
  const bool block = opts_.mode == PinMode::block;
  const std::int64_t t = now();
  std::map<std::pair<std::string, std::string>, bool> present;

  auto finding = [&](Severity sev, std::string rule, const Def& d, std::string msg,
                     std::string evidence) {
    Finding f;
    f.severity = sev;
    f.category = std::string(category::rug_pull);
    f.rule = std::move(rule);
    f.server = r.server;
    f.tool = d.name;
    f.kind = d.kind;
    f.location = d.location;
    f.message = std::move(msg);
    f.evidence = std::move(evidence);
    r.findings.push_back(std::move(f));
  };

  for (const Def& d : defs) {
    const auto key = std::pair{d.kind, d.name};
    if (present.count(key)) continue;  // duplicate names: the first one is pinned
    present[key] = true;
    const std::string canon = canonical_json(*d.v);
    const std::string hash = sha256_hex(canon);
    const std::string pretty = canonical_json_pretty(*d.v);
    const auto it = pins.find(key);
    if (it == pins.end()) {
      Pin p;
      p.server = r.server;
      p.kind = d.kind;
      p.name = d.name;
      p.seen_at = t;
      if (r.first_seen && opts_.trust_on_first_use) {
        p.hash = hash;
        p.canonical = pretty;
        p.approved_at = t;
      } else {
        p.pending_hash = hash;
        p.pending_canonical = pretty;
        r.changes.push_back({PinChange::Type::added, d.kind, d.name, d.location, {}, hash, {}});
        finding(block ? Severity::medium : Severity::low, "definition-added", d,
                fmt::format("{} \"{}\" appeared after the server was approved", d.kind,
                            detail::escape_display(d.name, 120, true)),
                detail::escape_display(d.name, 120, true));
        if (block) r.blocked.push_back(d.kind + ":" + d.name);
      }
      store_.put(p);
      continue;
    }
    Pin p = it->second;
    p.seen_at = t;
    if (p.hash == hash) {
      p.pending_hash.clear();  // back to the approved version
      p.pending_canonical.clear();
      store_.put(p);
      continue;
    }
    const bool fresh = p.pending_hash != hash;
    p.pending_hash = hash;
    p.pending_canonical = pretty;
    store_.put(p);
    if (p.hash.empty()) {  // added earlier, still not approved
      r.changes.push_back({PinChange::Type::added, d.kind, d.name, d.location, {}, hash, {}});
      finding(block ? Severity::medium : Severity::low, "definition-added", d,
              fmt::format("{} \"{}\" is still waiting for approval", d.kind,
                          detail::escape_display(d.name, 120, true)),
              detail::escape_display(d.name, 120, true));
    } else {
      std::string diff = line_diff(p.canonical, pretty);
      finding(block ? Severity::high : Severity::medium, "definition-changed", d,
              fmt::format("{} \"{}\" changed since it was approved (sha256 {}… → {}…){}", d.kind,
                          detail::escape_display(d.name, 120, true), p.hash.substr(0, 12),
                          hash.substr(0, 12), fresh ? "" : "; still not approved"),
              first_changes(diff));
      r.changes.push_back({PinChange::Type::changed, d.kind, d.name, d.location, p.hash, hash,
                           std::move(diff), p.canonical});
    }
    if (block) r.blocked.push_back(d.kind + ":" + d.name);
  }
  for (auto& [key, p] : pins) {
    if (present.count(key)) continue;
    if (p.hash.empty()) {  // never approved and gone again
      store_.erase(p.server, p.kind, p.name);
      continue;
    }
    if (p.pending_hash != kRemoved) {
      p.pending_hash = std::string(kRemoved);
      p.pending_canonical.clear();
      store_.put(p);
    }
    r.changes.push_back({PinChange::Type::removed, p.kind, p.name, {}, p.hash, {}, {}});
    Def d{p.kind, p.name, {}, nullptr};
    finding(Severity::info, "definition-removed", d,
            fmt::format("{} \"{}\" is no longer offered", p.kind,
                        detail::escape_display(p.name, 120, true)),
            detail::escape_display(p.name, 120, true));
  }
  return r;
}

json::value approved_surface(const PinReport& report) {
  json::object surface;
  surface["serverName"] = report.server;
  for (const PinChange& c : report.changes) {
    if (c.type != PinChange::Type::changed || c.approved.empty()) continue;
    const std::string_view list = c.kind == "tool"               ? "tools"
                                  : c.kind == "prompt"           ? "prompts"
                                  : c.kind == "resource"         ? "resources"
                                  : c.kind == "resourceTemplate" ? "resourceTemplates"
                                                                 : "";
    if (list.empty()) continue;
    boost::system::error_code ec;
    json::value v = json::parse(c.approved, ec);
    if (ec || !v.is_object()) continue;  // written by canonical_json_pretty: never expected
    auto& arr = surface[list];
    if (!arr.is_array()) arr = json::array();
    arr.as_array().push_back(std::move(v));
  }
  return surface;
}

bool Pinner::allowed(std::string_view server, std::string_view kind, std::string_view name) {
  if (opts_.mode == PinMode::warn) return true;
  const auto p = store_.get(server, kind, name);
  if (!p || p->hash.empty()) return false;  // never approved: fail closed
  return p->pending_hash.empty() || p->pending_hash == kRemoved;
}

bool Pinner::approve(std::string_view server, std::string_view kind, std::string_view name) {
  auto p = store_.get(server, kind, name);
  if (!p || p->pending_hash.empty()) return false;
  if (p->pending_hash == kRemoved) {
    store_.erase(server, kind, name);
    return true;
  }
  p->hash = p->pending_hash;
  p->canonical = p->pending_canonical;
  p->pending_hash.clear();
  p->pending_canonical.clear();
  p->approved_at = now();
  store_.put(*p);
  return true;
}

std::size_t Pinner::approve_all(std::string_view server) {
  std::size_t n = 0;
  for (const Pin& p : store_.load(server)) n += approve(server, p.kind, p.name) ? 1 : 0;
  return n;
}

}  // namespace sallyport::guard
