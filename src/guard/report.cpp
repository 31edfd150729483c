#include "sallyport/guard/report.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "guard/unicode.hpp"
#include "sallyport/guard/pinning.hpp"

namespace sallyport::guard {
namespace json = boost::json;

namespace {

std::string safe(std::string_view s, std::size_t max = 200) {
  return detail::escape_display(s, max, false, false);
}

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::critical:
    case Severity::high:
      return "error";
    case Severity::medium:
      return "warning";
    case Severity::low:
    case Severity::info:
      return "note";
  }
  return "note";
}

std::string rule_name(std::string_view id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '-') {
      up = true;
      continue;
    }
    out.push_back(up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    up = false;
  }
  return out;
}

Severity default_severity(std::string_view cat) {
  if (cat == category::hidden_unicode || cat == category::homoglyph ||
      cat == category::model_instruction || cat == category::exfiltration ||
      cat == category::shadowing || cat == category::rug_pull)
    return Severity::high;
  if (cat == category::suspicious_length) return Severity::low;
  return Severity::medium;
}

}  // namespace

std::string text_report(const std::vector<Finding>& findings, const ReportOptions& opts) {
  std::string out;
  std::map<Severity, int> counts;
  for (const Finding& f : findings) ++counts[f.severity];
  out += fmt::format("sallyport guard: {} finding{}", findings.size(),
                     findings.size() == 1 ? "" : "s");
  if (!opts.source.empty()) out += fmt::format(" in {}", safe(opts.source));
  if (!findings.empty()) {
    std::string parts;
    for (Severity s :
         {Severity::critical, Severity::high, Severity::medium, Severity::low, Severity::info}) {
      if (counts[s])
        parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", counts[s], to_string(s));
    }
    out += " (" + parts + ")";
  }
  out += "\n";
  // group: server → definition, in order of first appearance after sorting by severity
  std::vector<const Finding*> sorted;
  for (const Finding& f : findings) sorted.push_back(&f);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
  std::vector<std::pair<std::string, std::vector<const Finding*>>> groups;
  for (const Finding* f : sorted) {
    const std::string key = f->server + '\x1f' + f->kind + '\x1f' + f->tool;
    auto it = std::find_if(groups.begin(), groups.end(), [&](auto& g) { return g.first == key; });
    if (it == groups.end()) {
      groups.push_back({key, {}});
      it = groups.end() - 1;
    }
    it->second.push_back(f);
  }
  for (const auto& [key, list] : groups) {
    const Finding& h = *list.front();
    std::string title = h.server.empty() ? std::string("(unnamed server)") : safe(h.server);
    if (!h.tool.empty())
      title += fmt::format(" › {} {}", h.kind.empty() ? "tool" : h.kind, safe(h.tool));
    else if (!h.kind.empty() && h.kind != "tool")
      title += fmt::format(" › {}", h.kind);
    out += "\n" + title + "\n";
    for (const Finding* f : list) {
      std::string sev(to_string(f->severity));
      for (char& c : sev) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      out += fmt::format("  [{}] {}", sev, f->category);
      if (!f->rule.empty()) out += fmt::format(" ({})", f->rule);
      if (!f->location.empty()) out += fmt::format(" at {}", safe(f->location));
      out += fmt::format("\n      {}\n", safe(f->message, 400));
      if (!f->evidence.empty())
        out += fmt::format("      evidence: «{}»\n", safe(f->evidence, 300));
    }
  }
  return out;
}

json::value json_report(const std::vector<Finding>& findings, const ReportOptions& opts) {
  json::array arr;
  arr.reserve(findings.size());
  for (const Finding& f : findings) {
    json::object o;
    o["severity"] = to_string(f.severity);
    o["category"] = f.category;
    o["server"] = f.server;
    o["tool"] = f.tool;
    o["message"] = f.message;
    o["evidence"] = f.evidence;
    if (opts.include_location) o["location"] = f.location;
    arr.push_back(std::move(o));
  }
  return json::object{{"findings", std::move(arr)}};
}

json::value sarif_report(const std::vector<Finding>& findings, const ReportOptions& opts) {
  const auto& cats = category::all();
  json::array rules;
  for (std::string_view c : cats) {
    rules.push_back(json::object{
        {"id", c},
        {"name", rule_name(c)},
        {"shortDescription", json::object{{"text", rule_name(c)}}},
        {"fullDescription", json::object{{"text", category::describe(c)}}},
        {"defaultConfiguration", json::object{{"level", sarif_level(default_severity(c))}}},
        {"properties", json::object{{"tags", json::array{"security", "mcp"}}}}});
  }
  json::array results;
  for (const Finding& f : findings) {
    auto it = std::find(cats.begin(), cats.end(), f.category);
    const auto index = static_cast<std::int64_t>(it == cats.end() ? 0 : it - cats.begin());
    std::string fq = f.server.empty() ? std::string("server") : f.server;
    if (!f.tool.empty()) fq += "/" + f.tool;
    json::object logical{{"name", f.tool.empty() ? fq : f.tool},
                         {"fullyQualifiedName", fq},
                         {"kind", f.kind == "tool" ? "function" : "member"}};
    json::object location;
    if (!opts.source.empty()) {
      location["physicalLocation"] =
          json::object{{"artifactLocation", json::object{{"uri", opts.source}}}};
    }
    location["logicalLocations"] = json::array{std::move(logical)};
    std::string text = f.message;
    if (!f.evidence.empty()) text += fmt::format(" — evidence: \"{}\"", f.evidence);
    results.push_back(
        json::object{{"ruleId", f.category},
                     {"ruleIndex", index},
                     {"level", sarif_level(f.severity)},
                     {"message", json::object{{"text", text}}},
                     {"locations", json::array{std::move(location)}},
                     {"partialFingerprints",
                      json::object{{"sallyportGuard/v1",
                                    sha256_hex(f.server + '\n' + f.tool + '\n' + f.location + '\n' +
                                               f.rule + '\n' + f.evidence)
                                        .substr(0, 32)}}},
                     {"properties", json::object{{"severity", to_string(f.severity)},
                                                 {"rule", f.rule},
                                                 {"server", f.server},
                                                 {"tool", f.tool},
                                                 {"kind", f.kind},
                                                 {"location", f.location},
                                                 {"evidence", f.evidence}}}});
  }
  json::object driver{{"name", "sallyport-guard"},
                      {"version", opts.tool_version},
                      {"semanticVersion", opts.tool_version},
                      {"rules", std::move(rules)}};
  json::object run{{"tool", json::object{{"driver", std::move(driver)}}},
                   {"results", std::move(results)}};
  if (!opts.source.empty())
    run["artifacts"] = json::array{json::object{{"location", json::object{{"uri", opts.source}}}}};
  return json::object{{"version", "2.1.0"},
                      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"runs", json::array{std::move(run)}}};
}

int exit_status(const std::vector<Finding>& findings, std::optional<Severity> fail_on) {
  return fail_on && reaches(findings, *fail_on) ? 1 : 0;
}

}  // namespace sallyport::guard
