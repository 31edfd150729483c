#include "guard_command.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include <sallyport/guard/report.hpp>

#include "output.hpp"

namespace sallyport::cli {

namespace g = sallyport::guard;

FindingsFormat FindingsOptions::format() const {
  return json ? FindingsFormat::json : sarif ? FindingsFormat::sarif : FindingsFormat::text;
}

std::optional<g::Severity> FindingsOptions::fail_on() const {
  if (fail_on_name.empty()) return std::nullopt;
  return g::parse_severity(fail_on_name);  // any case
}

void add_severity_option(CLI::App& app, const std::string& name, std::string& value,
                         const std::string& help) {
  app.add_option(name, value, help)
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical"}, CLI::ignore_case));
}

void add_findings_options(CLI::App& app, FindingsOptions& o) {
  auto* json_flag =
      app.add_flag("--json", o.json, "print exactly one JSON document {\"findings\":[...]}");
  app.add_flag("--sarif", o.sarif, "print SARIF 2.1.0")->excludes(json_flag);
  add_severity_option(app, "--fail-on", o.fail_on_name,
                      "exit 4 when a finding is at least this severe: info, low, medium, high, "
                      "critical");
}

void print_findings(const std::vector<g::Finding>& findings, FindingsFormat format,
                    const std::string& source, const std::string& preamble) {
  switch (format) {
    case FindingsFormat::json:
      print_json(stdout, g::json_report(findings, {.include_location = false}));
      break;
    case FindingsFormat::sarif:
      print_json(stdout, g::sarif_report(findings, {.source = source}));
      break;
    case FindingsFormat::text:
      fmt::print(stdout, "{}{}", preamble, g::text_report(findings, {.source = source}));
      break;
  }
  std::fflush(stdout);
}

bool reached_fail_on(const std::vector<g::Finding>& findings, std::optional<g::Severity> fail_on,
                     const char* command) {
  if (g::exit_status(findings, fail_on) == 0) return false;
  fmt::print(stderr, "sallyport {}: findings reached --fail-on {}\n", command,
             g::to_string(*fail_on));
  return true;
}

}  // namespace sallyport::cli
