// Reports for findings: a readable text report, the scanner's JSON document, SARIF 2.1.0, and
// the --fail-on decision.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/finding.hpp"

namespace sallyport::guard {

struct ReportOptions {
  std::string source{};  // the analysed file, e.g. "tools.json" (SARIF artifact URI)
  std::string tool_version = "0.1.0";
  bool include_location = true;  // JSON: add the optional "location" key
};

// Grouped by server and definition, most severe first; every untrusted string escaped.
std::string text_report(const std::vector<Finding>& findings, const ReportOptions& opts = {});

// {"findings":[{"severity","category","server","tool","message","evidence"[,"location"]}]}
boost::json::value json_report(const std::vector<Finding>& findings,
                               const ReportOptions& opts = {});

// SARIF 2.1.0: one run, one rule per category, results with ruleId, level, message, locations.
boost::json::value sarif_report(const std::vector<Finding>& findings,
                                const ReportOptions& opts = {});

// Process exit status for `--fail-on`: 1 when a finding reaches the threshold, else 0.
int exit_status(const std::vector<Finding>& findings, std::optional<Severity> fail_on);

}  // namespace sallyport::guard
