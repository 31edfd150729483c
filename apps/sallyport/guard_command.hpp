// What the guard's commands (`scan`, `screen`) share: the --json / --sarif / --fail-on options
// and printing findings in the chosen format.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sallyport/guard/finding.hpp>

#include "command_line.hpp"

namespace CLI {
class App;
}

namespace sallyport::cli {

enum class FindingsFormat { text, json, sarif };

// The options as parsed; `format()` and `fail_on()` after CLI11 has run.
struct FindingsOptions {
  bool json = false, sarif = false;
  std::string fail_on_name;
  FindingsFormat format() const;
  std::optional<guard::Severity> fail_on() const;
};

// Adds an option taking a severity name (info, low, medium, high, critical; any case).
void add_severity_option(CLI::App& app, const std::string& name, std::string& value,
                         const std::string& help);

// Adds --json, --sarif (exclusive) and --fail-on SEVERITY to `app`.
void add_findings_options(CLI::App& app, FindingsOptions& options);

// Prints the findings on stdout: one JSON document, SARIF 2.1.0, or the readable report after
// `preamble` (lines the command wants above it). `source` names the analysed file, if one.
void print_findings(const std::vector<guard::Finding>& findings, FindingsFormat format,
                    const std::string& source, const std::string& preamble = {});

// True (after saying so on stderr as `command`) when a finding reached --fail-on.
bool reached_fail_on(const std::vector<guard::Finding>& findings,
                     std::optional<guard::Severity> fail_on, const char* command);

}  // namespace sallyport::cli
