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

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/finding.hpp"

namespace sallyport::guard {

struct AnalyzerOptions {
  // The verdict. By default a learned model (docs/guard.md "The model": a logistic regression
  // over the rules' signals, word classes and words) decides: a definition is malicious when
  // its probability reaches `model_threshold`, or when the rule score reaches `strong_score`
  // and the probability `strong_min_probability` (real documentation's emphatic register can
  // pile up rule evidence the model has learned to read as benign), or when it hides text in
  // invisible characters or imitates another tool's name. Severity is critical for the last
  // two, high from `high_probability`, medium below.
  double model_threshold = 0.81;
  double high_probability = 0.95;
  double strong_score = 2.5;
  double strong_min_probability = 0.5;
  // Each sentence of a definition is also judged as a definition of its own (with its name and
  // title): a rug pull adds one harmful sentence to pages of honest documentation, whose words
  // outvote it in the whole. The definition is malicious when one sentence's probability reaches
  // `part_threshold` and the whole's `part_min_probability` (a sentence of real documentation
  // read alone can look like an order: "ALWAYS CALL THIS TOOL FIRST"; its definition, judged
  // whole as benign beyond doubt, is left alone). part_threshold > 1 turns this off.
  double part_threshold = 0.95;
  double part_min_probability = 0.2;
  // Rug pulls: the approved versions of definitions, by server name (each a surface as below,
  // e.g. approved_surface() of a pin check). A definition that differs from its approved
  // version is judged also by what the update added: an honest update adds a parameter or a
  // note, a rug pull adds the one sentence or default that does the harm, and in the whole
  // definition the approved text outvotes it. The update makes the definition malicious when
  // an added sentence read alone reaches `change_threshold` while the whole definition's
  // log-odds rose by `change_log_odds` (honest advice read alone can sound like an order, but
  // it leaves the whole as it was) to at least `change_min_probability`; or when the rules'
  // score of the added text reaches `change_score` (with the model off too). Not owned; must
  // outlive the call.
  const std::map<std::string, boost::json::value, std::less<>>* approved = nullptr;
  double change_threshold = 0.7;
  double change_log_odds = 2.5;
  double change_min_probability = 0.01;
  double change_score = 1.5;
  // With model_threshold = 0 the rules decide alone: malicious from `threshold`, severity
  // medium below 1.0, high from 1.0 (critical as above).
  double threshold = 0.6;
  // Keep each verdict's feature vector (for retraining: tools/guard/train_model.py).
  bool keep_features = false;
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
  std::string location{};       // e.g. tools[3]
  double score = 0;             // the rules' combined score
  double probability = 0;       // the learned model's
  double part_probability = 0;  // its most suspicious sentence's (AnalyzerOptions::part_threshold)
  // With AnalyzerOptions::approved: whether it differs from its approved version, the approved
  // version's probability, the most suspicious added sentence's and the rules' score of what
  // the update added.
  bool changed = false;
  double approved_probability = 0;
  double change_probability = 0;
  double change_score = 0;
  bool malicious = false;
  Severity severity = Severity::info;     // of the definition as a whole
  std::vector<std::string> categories{};  // categories that contributed, strongest first
  // With AnalyzerOptions::keep_features: (index, value) pairs, sorted by index.
  std::vector<std::pair<std::uint32_t, float>> features{};
  // ... and each judged sentence's (AnalyzerOptions::part_threshold), in the same layout.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> part_features{};
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
