#include "scan_command.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <CLI/CLI.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <sallyport/guard/guard.hpp>

#include "exit_codes.hpp"
#include "guard_command.hpp"
#include "input_file.hpp"
#include "output.hpp"
#include "scan_remote.hpp"

namespace sallyport::cli {

namespace {

namespace g = sallyport::guard;
namespace fs = std::filesystem;
namespace json = boost::json;

constexpr std::size_t kMaxInputBytes = 64 * 1024 * 1024;

struct Settings {
  std::vector<std::string> configs;
  bool defaults = false;  // also the clients' default locations when --config is given
  std::vector<std::string> definitions;
  std::vector<std::string> only_servers;
  bool start_local = false;
  std::optional<std::string> pins;  // explicit --pins
  bool no_pins = false;
  bool update_pins = false;
  std::chrono::milliseconds timeout{20'000};
  FindingsFormat format = FindingsFormat::text;
  std::optional<g::Severity> fail_on;
  bool weak_signals = false;
  bool verbose = false;
};

constexpr const char* kFooter =
    R"(Without --config, the configurations of Claude Desktop, VS Code (mcp.json and
settings.json "mcp.servers"), Cursor and the project's .vscode/, .cursor/ and .mcp.json are read.
stdio servers run code on this machine: they are started only with --start-local, and the exact
command is printed on stderr first. Remote servers are always contacted (read-only requests) and
also probed once without a token.

Pins: the first scan of a server records its definitions; later scans report every change (a
"rug pull"), judging each by what it added to the approved version, until --update-pins
accepts the current ones. Default database: $XDG_STATE_HOME/sallyport/pins.db
(~/.local/state/sallyport/pins.db). With --definitions, pins are used only with --pins.

Severities: info < low < medium < high < critical.
Exit codes: 0 ok, 2 usage error or unreadable input, 3 a server could not be scanned,
4 a finding reached --fail-on (takes precedence over 3).

Examples:
  sallyport scan
  sallyport scan --start-local --fail-on high
  sallyport scan --config .vscode/mcp.json --json
  sallyport scan --definitions tools.json --sarif > guard.sarif
)";

std::optional<Settings> parse(const std::vector<std::string>& args) {
  Settings s;
  double timeout_s = 20;
  FindingsOptions out;
  CLI::App app{
      "Check MCP servers for tool poisoning, shadowing, hidden Unicode, rug pulls and "
      "remote servers that accept requests without a token. Offline analysis; no model.",
      "sallyport scan"};
  app.add_option("--config", s.configs, "scan this client configuration file (repeatable)")
      ->type_name("FILE");
  app.add_flag("--defaults", s.defaults,
               "with --config: also read the clients' default configuration files");
  app.add_option("--definitions", s.definitions,
                 "analyse a saved tools/list result, an array of tools or a server surface, "
                 "offline (repeatable)")
      ->type_name("FILE");
  app.add_option("--server", s.only_servers, "scan only the server of this name (repeatable)")
      ->type_name("NAME");
  app.add_flag("--start-local", s.start_local,
               "start stdio servers to list them (runs their commands; printed on stderr first)");
  app.add_option("--pins", s.pins, "pin database (SQLite) to compare with and record into")
      ->type_name("DB");
  app.add_flag("--no-pins", s.no_pins, "do not read or record pins");
  app.add_flag("--update-pins", s.update_pins,
               "accept the current definitions as approved (changes are still shown, as info)");
  app.add_option("--timeout", timeout_s,
                 "seconds each server may take to connect and list everything (default 20)")
      ->check(CLI::Range(0.1, 3600.0));
  add_findings_options(app, out);
  app.add_flag("--weak-signals", s.weak_signals,
               "also show signals of definitions judged benign (as info)");
  app.add_flag("-v,--verbose", s.verbose, "progress on stderr");
  app.footer(kFooter);

  if (!parse_command_line(app, args)) return std::nullopt;  // --help
  s.format = out.format();
  s.fail_on = out.fail_on();
  s.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(timeout_s * 1000)));
  if (!s.definitions.empty() && (!s.configs.empty() || s.defaults || s.start_local))
    throw Failure{exit_code::kUsage,
                  "--definitions analyses files offline; it does not combine with --config, "
                  "--defaults or --start-local"};
  if (s.no_pins && (s.pins || s.update_pins))
    throw Failure{exit_code::kUsage, "--no-pins contradicts --pins / --update-pins"};
  return s;
}

// ---- input files ------------------------------------------------------------------------------

std::string read_file(const std::string& path) {
  auto text = read_input_file(path, kMaxInputBytes);
  if (!text) throw Failure{exit_code::kUsage, text.error()};
  return std::move(*text);
}

bool looks_like_surface(const json::value& v) {
  const json::object* o = v.if_object();
  if (!o) return false;
  for (const char* key :
       {"serverName", "tools", "prompts", "resources", "resourceTemplates", "instructions"})
    if (o->contains(key)) return true;
  return false;
}

// A definitions file → surfaces, each with a serverName (the file's stem when it has none).
std::vector<json::value> load_definitions(const std::string& path) {
  boost::system::error_code ec;
  json::parse_options po;
  po.max_depth = 64;
  json::value doc = json::parse(read_file(path), ec, {}, po);
  if (ec)
    throw Failure{exit_code::kUsage, fmt::format("{}: not valid JSON: {}", path, ec.message())};
  // A saved JSON-RPC response: its result.
  if (auto* o = doc.if_object(); o && o->contains("jsonrpc") && o->contains("result"))
    doc = json::value(o->at("result"));
  const std::string stem = fs::path(path).stem().string();
  auto named = [&](json::object surface) {
    if (!surface.contains("serverName")) surface["serverName"] = stem;
    return json::value(std::move(surface));
  };
  std::vector<json::value> out;
  if (doc.is_array()) {
    const json::array& arr = doc.get_array();
    // An array of server surfaces, or an array of tool definitions.
    if (!arr.empty() && std::all_of(arr.begin(), arr.end(), [](const json::value& e) {
          const json::object* o = e.if_object();
          return o && (o->contains("serverName") || (o->contains("tools") && !o->contains("name")));
        })) {
      for (const auto& e : arr) out.push_back(named(e.get_object()));
    } else {
      out.push_back(named(json::object{{"tools", arr}}));
    }
  } else if (looks_like_surface(doc)) {
    out.push_back(named(doc.get_object()));
  } else if (auto* o = doc.if_object(); o && o->contains("name") && o->contains("inputSchema")) {
    out.push_back(named(json::object{{"tools", json::array{doc}}}));  // one tool
  } else {
    throw Failure{exit_code::kUsage,
                  fmt::format("{}: expected a tools/list result ({{\"tools\": [...]}}), an array "
                              "of tool definitions or a server surface",
                              path)};
  }
  return out;
}

// ---- pins ---------------------------------------------------------------------------------------

std::string default_pins_path() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state == '/')
    return (fs::path(state) / "sallyport" / "pins.db").string();
  const char* home = std::getenv("HOME");
  if (!home || !*home) return {};
  return (fs::path(home) / ".local" / "state" / "sallyport" / "pins.db").string();
}

std::unique_ptr<g::SqlitePinStore> open_pins(const std::string& path, std::string& error) {
  std::error_code ec;
  fs::path dir = fs::path(path).parent_path();
  if (!dir.empty() && !fs::exists(dir, ec)) {
    fs::create_directories(dir, ec);
    if (ec) {
      error = fmt::format("cannot create {}: {}", dir.string(), ec.message());
      return nullptr;
    }
    ::chmod(dir.c_str(), 0700);  // pins say which servers you use
  }
  auto store = g::SqlitePinStore::open(path);
  if (!store) {
    error = store.error();
    return nullptr;
  }
  return std::move(*store);
}

// ---- the scan -----------------------------------------------------------------------------------

g::Finding coverage(const g::ServerEntry& e, g::Severity severity, std::string rule,
                    std::string message, std::string evidence = {}) {
  g::Finding f;
  f.severity = severity;
  f.category = std::string(g::category::scan_coverage);
  f.rule = std::move(rule);
  f.server = e.name;
  f.kind = "server";
  f.location = e.source;
  f.message = std::move(message);
  f.evidence = std::move(evidence);
  return f;
}

std::string count_line(const json::value& surface) {
  std::string out;
  for (auto [key, label] :
       {std::pair{"tools", "tool"}, std::pair{"prompts", "prompt"},
        std::pair{"resources", "resource"}, std::pair{"resourceTemplates", "resource template"}}) {
    const json::value* v = surface.as_object().if_contains(key);
    std::size_t n = v && v->is_array() ? v->get_array().size() : 0;
    out += fmt::format("{}{} {}{}", out.empty() ? "" : ", ", n, label, n == 1 ? "" : "s");
  }
  return out;
}

struct ScanState {
  std::vector<g::Finding> findings;
  std::vector<json::value> surfaces;
  // approved versions of changed definitions, per server (the analysis judges the updates)
  std::map<std::string, json::value, std::less<>> approved;
  std::vector<std::string> summary;  // one line per server, for the text report
  std::vector<std::string> sources;  // files read
  bool unreachable = false;
};

void log(const Settings& s, const std::string& line) {
  if (s.verbose) fmt::print(stderr, "sallyport scan: {}\n", line);
}

std::vector<g::ServerEntry> read_entries(const Settings& s, ScanState& state) {
  std::vector<g::ServerEntry> entries;
  for (const std::string& path : s.configs) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw Failure{exit_code::kUsage, path + ": no such file"};
    auto parsed = g::read_config(path);
    if (!parsed) throw Failure{exit_code::kUsage, parsed.error()};
    log(s, fmt::format("{}: {} server(s)", path, parsed->size()));
    state.sources.push_back(path);
    entries.insert(entries.end(), parsed->begin(), parsed->end());
  }
  if (s.configs.empty() || s.defaults) {
    for (const g::ConfigLocation& l : g::default_config_locations()) {
      std::error_code ec;
      if (!fs::is_regular_file(l.path, ec)) continue;
      auto parsed = g::read_config(l.path, l.flavor);
      if (!parsed) {
        // Someone else's file may be mid-edit: say so and go on with the rest.
        fmt::print(stderr, "sallyport scan: warning: {}\n", parsed.error());
        g::ServerEntry file;
        file.source = l.path;
        file.client = l.client;
        state.findings.push_back(
            coverage(file, g::Severity::low, "unreadable-config",
                     "Configuration file could not be read: " + parsed.error()));
        continue;
      }
      if (parsed->empty()) continue;  // settings.json without MCP servers
      for (auto& e : *parsed) e.client = l.client;
      log(s, fmt::format("{} ({}): {} server(s)", l.path, l.client, parsed->size()));
      state.sources.push_back(l.path);
      entries.insert(entries.end(), parsed->begin(), parsed->end());
    }
  }
  // The same server listed twice (one file read twice, or two clients sharing a definition) is
  // scanned once.
  std::set<std::string> seen;
  std::vector<g::ServerEntry> unique;
  for (auto& e : entries) {
    if (!s.only_servers.empty() &&
        std::find(s.only_servers.begin(), s.only_servers.end(), e.name) == s.only_servers.end())
      continue;
    std::string key = e.name + '\x1f' + e.command + '\x1f' + e.url;
    for (const auto& a : e.args) key += '\x1f' + a;
    if (seen.insert(key).second) unique.push_back(std::move(e));
  }
  return unique;
}

void scan_entry(const Settings& s, const g::ServerEntry& e, ScanState& state) {
  const bool stdio = e.transport == g::Transport::stdio;
  std::string head = fmt::format("{} ({}, {})", e.name, stdio ? "stdio" : "http", e.source);
  if (e.disabled) {
    state.summary.push_back(head + ": disabled in the configuration, not scanned");
    state.findings.push_back(
        coverage(e, g::Severity::info, "disabled", "Disabled in the configuration; not scanned."));
    return;
  }
  if (stdio && !s.start_local) {
    std::string cmd = describe_command(e);
    state.summary.push_back(head + ": not started (use --start-local): " + cmd);
    state.findings.push_back(coverage(
        e, g::Severity::info, "not-started",
        "Local (stdio) server not started; run with --start-local to list and check it.", cmd));
    return;
  }
  if (stdio) {
    fmt::print(stderr, "sallyport scan: starting {}: {}\n", e.name, describe_command(e));
    std::fflush(stderr);
  } else {
    log(s, fmt::format("connecting to {} at {}", e.name, e.url));
  }
  std::vector<g::Finding> posture;
  if (!stdio) {
    posture = probe_authorization(e, s.timeout);
    // It wants a token and the configuration gives none: listing would only wait for a 401.
    const bool wants_token = std::any_of(posture.begin(), posture.end(), [](const g::Finding& f) {
      return f.category == g::category::authorization && f.rule != "accepts-no-token" &&
             f.rule != "no-challenge" && f.rule != "forbidden-without-challenge";
    });
    const auto unreachable = std::find_if(posture.begin(), posture.end(), [](const g::Finding& f) {
      return f.category == g::category::scan_coverage;
    });
    if (unreachable != posture.end()) {  // no HTTP answer at all: listing would fail the same way
      state.unreachable = true;
      state.summary.push_back(head + ": not scanned: " + unreachable->message);
      state.findings.insert(state.findings.end(), posture.begin(), posture.end());
      return;
    }
    if (wants_token && e.headers.empty()) {
      state.findings.insert(state.findings.end(), posture.begin(), posture.end());
      state.summary.push_back(head +
                              ": requires a token; not listed (add an Authorization "
                              "header to its configuration to scan its definitions)");
      state.findings.push_back(coverage(
          e, g::Severity::info, "needs-token",
          "The server requires a token and the configuration gives none; its definitions were "
          "not listed.",
          e.url));
      return;
    }
  }
  SurfaceOptions options;
  options.timeout = s.timeout;
  SurfaceResult r = fetch_surface(e, options);
  for (const std::string& note : r.notes) log(s, fmt::format("{}: {}", e.name, note));
  if (!stdio) {
    // Listing without any token worked: the probe's verdict, confirmed by a real session.
    // (Any configured header may carry credentials; then only the probe can tell.)
    const bool sent_credentials = !e.headers.empty();
    if (r.ok && !sent_credentials &&
        std::none_of(posture.begin(), posture.end(),
                     [](const g::Finding& f) { return f.rule == "accepts-no-token"; })) {
      g::Finding f;
      f.severity = g::Severity::medium;
      f.category = std::string(g::category::authorization);
      f.rule = "accepts-no-token";
      f.server = e.name;
      f.kind = "server";
      f.location = e.source;
      f.message = "The server accepts requests without a token: it was listed with no credentials.";
      f.evidence = r.server_info;
      posture.push_back(std::move(f));
    }
    state.findings.insert(state.findings.end(), posture.begin(), posture.end());
  }
  if (!r.ok) {
    state.unreachable = true;
    state.summary.push_back(head + ": not scanned: " + r.error);
    state.findings.push_back(coverage(e, g::Severity::low, "unreachable",
                                      "The server could not be listed: " + r.error,
                                      stdio ? describe_command(e) : e.url));
    return;
  }
  state.summary.push_back(fmt::format("{}: {}: {}", head, r.server_info, count_line(r.surface)));
  for (const std::string& note : r.notes) state.summary.push_back("    note: " + note);
  state.surfaces.push_back(std::move(r.surface));
}

void compare_pins(const Settings& s, ScanState& state, bool pins_by_default) {
  if (s.no_pins || state.surfaces.empty()) return;
  if (!s.pins && !pins_by_default) return;
  std::string path = s.pins ? *s.pins : default_pins_path();
  if (path.empty()) {
    fmt::print(stderr, "sallyport scan: warning: no pin database ($HOME is not set); use --pins\n");
    return;
  }
  std::string error;
  auto store = open_pins(path, error);
  if (!store) {
    if (s.pins) throw Failure{exit_code::kUsage, fmt::format("--pins {}: {}", path, error)};
    fmt::print(stderr, "sallyport scan: warning: pins not checked: {}\n", error);
    return;
  }
  g::Pinner pinner(*store);
  std::size_t first = 0, changed = 0;
  for (const json::value& surface : state.surfaces) {
    std::string server(surface.as_object().at("serverName").as_string());
    g::PinReport report = pinner.check(server, surface);
    if (report.first_seen) ++first;
    changed += report.changes.size();
    if (std::any_of(report.changes.begin(), report.changes.end(),
                    [](const g::PinChange& c) { return c.type == g::PinChange::Type::changed; }))
      state.approved[server] = g::approved_surface(report);
    for (g::Finding& f : report.findings) {
      if (s.update_pins) {
        f.severity = g::Severity::info;
        f.message = "Accepted (--update-pins): " + f.message;
      }
      state.findings.push_back(std::move(f));
    }
    if (s.update_pins) pinner.approve_all(server);
  }
  std::string line = fmt::format("pins: {}", path);
  if (first) line += fmt::format("; {} server(s) pinned for the first time", first);
  if (changed)
    line +=
        fmt::format("; {} change(s){}", changed, s.update_pins ? " accepted" : " since approval");
  state.summary.push_back(line);
}

int finish(const Settings& s, ScanState& state) {
  const std::string source = state.sources.size() == 1 ? state.sources.front() : std::string();
  std::string preamble;
  for (const std::string& line : state.summary) preamble += line + "\n";
  if (!preamble.empty()) preamble += "\n";
  print_findings(state.findings, s.format, source, preamble);
  if (reached_fail_on(state.findings, s.fail_on, "scan")) return exit_code::kFindings;
  return state.unreachable ? exit_code::kConnection : exit_code::kOk;
}

int scan(const Settings& s) {
  ScanState state;
  g::AnalyzerOptions analyzer;
  analyzer.report_weak_signals = s.weak_signals;

  if (!s.definitions.empty()) {
    for (const std::string& path : s.definitions) {
      auto surfaces = load_definitions(path);
      for (auto& surface : surfaces) {
        state.summary.push_back(fmt::format("{} ({}): {}",
                                            surface.as_object().at("serverName").as_string(), path,
                                            count_line(surface)));
        state.surfaces.push_back(std::move(surface));
      }
      state.sources.push_back(path);
    }
    compare_pins(s, state, /*pins_by_default=*/false);  // offline review: only with --pins
    analyzer.approved = &state.approved;
    g::Analysis a = g::analyze_all(state.surfaces, analyzer);
    state.findings.insert(state.findings.begin(), a.findings.begin(), a.findings.end());
    return finish(s, state);
  }

  std::vector<g::ServerEntry> entries = read_entries(s, state);
  if (entries.empty())
    fmt::print(stderr, "sallyport scan: no MCP servers configured{}\n",
               s.configs.empty() ? " in the default locations (see --help)" : "");
  auto risks = g::config_findings(entries);
  state.findings.insert(state.findings.end(), risks.begin(), risks.end());
  for (const g::ServerEntry& e : entries) scan_entry(s, e, state);
  const std::size_t before_pins = state.findings.size();
  compare_pins(s, state, /*pins_by_default=*/true);
  if (!state.surfaces.empty()) {
    analyzer.approved = &state.approved;
    g::Analysis a = g::analyze_all(state.surfaces, analyzer);
    state.findings.insert(state.findings.begin() + static_cast<std::ptrdiff_t>(before_pins),
                          a.findings.begin(), a.findings.end());
  }
  return finish(s, state);
}

}  // namespace

int run_scan(const std::vector<std::string>& args) {
  try {
    auto settings = parse(args);
    if (!settings) return exit_code::kOk;  // --help
    return scan(*settings);
  } catch (const Failure& f) {
    fmt::print(stderr, "sallyport scan: {}\n", f.message);
    if (f.code == exit_code::kUsage) fmt::print(stderr, "Run 'sallyport scan --help' for usage.\n");
    return f.code;
  }
}

}  // namespace sallyport::cli
