#include "screen_command.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <boost/json.hpp>

#include <optional>

#include <sallyport/guard/guard.hpp>

#include "exit_codes.hpp"
#include "guard_command.hpp"
#include "input_file.hpp"
#include "output.hpp"

namespace sallyport::cli {

namespace {

namespace g = sallyport::guard;
namespace json = boost::json;

constexpr std::size_t kMaxInputBytes = 64 * 1024 * 1024;

struct Settings {
  std::vector<std::string> files;
  bool plain_text = false;
  std::optional<g::ScreenAction> action;  // none: report findings only
  g::Severity threshold = g::Severity::medium;
  double model_threshold = g::ScreenPolicy{}.model_threshold;
  std::string server, tool;
  FindingsFormat format = FindingsFormat::text;
  std::optional<g::Severity> fail_on;
};

constexpr const char* kFooter =
    R"(Input: a CallToolResult ({"content": [...], "structuredContent": ...}), a
ReadResourceResult ({"contents": [...]}), a saved JSON-RPC response carrying either, or any other
text (also with --text). Every text inside is screened: content blocks, embedded resources,
structured content.

Without --action the findings are printed (readable, --json or --sarif). With --action the
result is printed as it would be forwarded to the model: annotate prepends a warning and adds
_meta["io.sallyport/guard"], redact replaces the offending sentences, block returns an error
result; findings below --threshold leave it unchanged. A summary goes to stderr.

Each sentence is judged by a model trained on labelled tool outputs (the sentence, its
neighbours, the rules' findings in it); a sentence it flags is a finding of medium severity, high
when the model is surer. Hidden Unicode, decoded payloads, chat-template tokens and markdown
images that carry data are findings on their own. Other rule matches in sentences the model
does not flag are reported as low.

Severities: info < low < medium < high < critical.
Exit codes: 0 ok, 2 usage error or unreadable input, 4 a finding reached --fail-on.

Examples:
  sallyport call --stdio -- npx -y some-server fetch url=https://example.com --output json \
    | sallyport screen --fail-on medium
  sallyport screen --action redact result.json > safe.json
)";

std::optional<Settings> parse(const std::vector<std::string>& args) {
  Settings s;
  std::string action, threshold = "medium";
  FindingsOptions out;
  CLI::App app{
      "Screen what a server returned (a tool result, a resource, text) for instructions "
      "aimed at the model, hidden Unicode and exfiltration patterns. Offline.",
      "sallyport screen"};
  app.add_option("files", s.files, "files to screen; '-' or none: standard input")
      ->type_name("FILE");
  app.add_flag("--text", s.plain_text, "treat the input as plain text, even if it is JSON");
  app.add_option("--action", action,
                 "print the result as forwarded under this policy: annotate, redact or block")
      ->check(CLI::IsMember({"annotate", "redact", "block"}, CLI::ignore_case));
  add_severity_option(app, "--threshold", threshold,
                      "with --action: the least severity that triggers it (default medium)");
  app.add_option("--model-threshold", s.model_threshold,
                 "probability at which the learned verdict flags a sentence (default " +
                     fmt::format("{}", s.model_threshold) +
                     "; lower finds more and raises more false alarms)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("P");
  bool rules_only = false;
  app.add_flag("--rules-only", rules_only,
               "no learned verdict: the rules alone decide (more false alarms on honest text)");
  app.add_option("--server", s.server, "server name for the findings")->type_name("NAME");
  app.add_option("--tool", s.tool, "tool name for the findings")->type_name("NAME");
  add_findings_options(app, out);
  app.footer(kFooter);

  if (!parse_command_line(app, args)) return std::nullopt;  // --help
  if (!action.empty()) {
    if (out.json || out.sarif)
      throw Failure{exit_code::kUsage,
                    "--action prints the screened result; --json and --sarif print findings"};
    for (auto a : {g::ScreenAction::annotate, g::ScreenAction::redact, g::ScreenAction::block})
      if (CLI::detail::to_lower(action) == g::to_string(a)) s.action = a;
  }
  s.threshold = *g::parse_severity(threshold);  // checked by CLI11 above
  if (rules_only) s.model_threshold = 2.0;      // above 1: no model (ScreenPolicy)
  s.fail_on = out.fail_on();
  s.format = out.format();
  if (s.files.empty()) s.files.push_back("-");
  return s;
}

// The document to screen: a result object (unwrapped from a JSON-RPC response), or nothing
// when the input is not JSON of that shape and is screened as text.
std::optional<json::value> as_result(const std::string& input) {
  boost::system::error_code ec;
  json::parse_options po;
  po.max_depth = 64;
  json::value doc = json::parse(input, ec, {}, po);
  if (ec || !doc.is_object()) return std::nullopt;
  if (auto* o = doc.if_object(); o->contains("jsonrpc")) {
    const json::value* r = o->if_contains("result");
    if (!r || !r->is_object()) return std::nullopt;
    doc = *r;
  }
  const json::object& o = doc.get_object();
  if (o.contains("content") || o.contains("contents") || o.contains("structuredContent"))
    return doc;
  return std::nullopt;
}

int run(const Settings& s) {
  const g::OutputScreener screener{{.action = s.action.value_or(g::ScreenAction::annotate),
                                    .threshold = s.threshold,
                                    .model_threshold = s.model_threshold}};
  std::vector<g::Finding> all;
  for (const std::string& path : s.files) {
    auto input = read_input_file(path, kMaxInputBytes);
    if (!input) throw Failure{exit_code::kUsage, input.error()};
    std::optional<json::value> result = s.plain_text ? std::nullopt : as_result(*input);
    g::ScreenResult r = result ? screener.screen_result(*result, s.server, s.tool)
                               : screener.screen_text(*input, s.server, s.tool);
    if (s.action) {
      if (result)
        print_json(stdout, r.result);
      else
        fmt::print(stdout, "{}", r.text);
      fmt::print(stderr, "sallyport screen: {}: {} finding(s), {}\n",
                 path == "-" ? "standard input" : path, r.findings.size(), g::to_string(r.action));
    }
    for (g::Finding& f : r.findings) {
      if (f.location.empty()) f.location = path == "-" ? "stdin" : path;
      all.push_back(std::move(f));
    }
  }
  if (!s.action) {
    const std::string source = s.files.size() == 1 && s.files[0] != "-" ? s.files[0] : "";
    if (all.empty() && s.format == FindingsFormat::text)
      fmt::print(stdout, "sallyport screen: no findings\n");
    else
      print_findings(all, s.format, source);
  }
  if (reached_fail_on(all, s.fail_on, "screen")) return exit_code::kFindings;
  return exit_code::kOk;
}

}  // namespace

int run_screen(const std::vector<std::string>& args) {
  try {
    std::optional<Settings> s = parse(args);
    if (!s) return exit_code::kOk;
    return run(*s);
  } catch (const Failure& f) {
    fmt::print(stderr, "sallyport screen: {}\n", f.message);
    if (f.code == exit_code::kUsage)
      fmt::print(stderr, "Run 'sallyport screen --help' for usage.\n");
    return f.code;
  }
}

}  // namespace sallyport::cli
