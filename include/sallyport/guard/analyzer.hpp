// Offline analysis of a server's whole surface (tools, prompts, resources, instructions) for
// tool poisoning, shadowing, hidden Unicode, exfiltration channels and capability mismatches.
//
//   auto result = sallyport::guard::analyze(surface);   // surface: see below
//   for (auto& f : result.findings) ...                  // what to show
//   for (auto& v : result.verdicts) ...                  // one per definition: score, malicious
//
// The surface is one JSON object:
//   {"serverName": "...", "instructions": "...", "tools": [...], "prompts": [...],
//    "resources": [...], "resourceTemplates": [...]}
// with tools, prompts and resources exactly as the MCP list results carry them. A bare
// tools/list result ({"tools": [...]}) or a bare array of tool definitions is accepted too.
#pragma once

#include <span>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/finding.hpp"

namespace sallyport::guard {

struct AnalyzerOptions {
  // A definition whose combined score reaches this is judged malicious (docs/guard.md has the
  // measured trade-off). Scores from here to 1.0 give severity medium, 1.0 and above high,
  // 2.5 and above (or hidden/look-alike Unicode) critical: --fail-on high is the conservative
  // operating point, --fail-on medium the one that finds more.
  double threshold = 0.6;
  // Also report signals of definitions below the threshold, as severity info.
  bool report_weak_signals = false;
  // Names of tools on other servers of the same client (cross-server shadowing), added to the
  // built-in list of well-known tool names.
  std::vector<std::string> foreign_tools{};
  // Bounds on untrusted input.
  std::size_t max_definitions = 5000;
  std::size_t max_string_bytes = 256 * 1024;
  std::size_t max_depth = 32;
};

struct Verdict {
  std::string server{};
  std::string kind{};  // "tool", "prompt", "resource", "resourceTemplate", "server"
  std::string name{};
  std::string location{};  // e.g. tools[3]
  double score = 0;
  bool malicious = false;
  Severity severity = Severity::info;     // of the definition as a whole
  std::vector<std::string> categories{};  // categories that contributed, strongest first
};

struct Analysis {
  std::vector<Finding> findings{};
  std::vector<Verdict> verdicts{};
};

Analysis analyze(const boost::json::value& surface, const AnalyzerOptions& options = {});

// Several servers of one client at once: adds cross-server shadowing (a definition that names
// or imitates another server's tool) to what each surface shows alone.
Analysis analyze_all(std::span<const boost::json::value> surfaces,
                     const AnalyzerOptions& options = {});

// Built-in names of widely deployed tools that poisoned descriptions like to hijack.
const std::vector<std::string>& well_known_tool_names();

}  // namespace sallyport::guard
