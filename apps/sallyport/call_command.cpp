#include "call_command.hpp"

#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <system_error>

#include <sallyport/client.hpp>
#include <sallyport/client/http.hpp>
#include <sallyport/guard/report.hpp>
#include <sallyport/guard/screen.hpp>
#include <sallyport/oauth/authorizer.hpp>

#include "exit_codes.hpp"
#include "output.hpp"
#include "user_input.hpp"

namespace sallyport::cli {

namespace {

// A failure that ends the command with `code` and `message` on stderr.
struct Failure {
  int code;
  std::string message;
};

Failure usage(std::string message) {
  return Failure{exit_code::kUsage, std::move(message)};
}

constexpr std::string_view kMethods[] = {
    "tools/list",     "tools/call",   "resources/list", "resources/templates/list",
    "resources/read", "prompts/list", "prompts/get",    "ping"};

bool is_method(std::string_view word) {
  return std::find(std::begin(kMethods), std::end(kMethods), word) != std::end(kMethods);
}

std::string method_list() {
  std::string out;
  for (auto m : kMethods) out += fmt::format("{}{}", out.empty() ? "" : ", ", m);
  return out;
}

enum class OutputFormat { kText, kJson };

struct Settings {
  OutputFormat output = OutputFormat::kText;
  EraChoice era = EraChoice::kAuto;
  std::chrono::milliseconds timeout{60'000};
  std::optional<LoggingLevel> log_level;
  bool verbose = false;
  // Screen tool results and resource contents before printing them (the guard's output
  // screening, in line as a client result filter).
  std::optional<guard::ScreenAction> screen;
  // Signing in to a protected --url server (OAuth); see the option texts.
  struct SignIn {
    bool enabled = true;
    std::string client_id, client_secret_file, private_key_file, tls_cert, tls_key, scope;
    std::string store, ca_file, browser;
    bool client_credentials = false, dpop = false, open_browser = true;
  } sign_in;
};

// Where the server is: a command to start on stdio, or an HTTP endpoint.
struct Target {
  std::vector<std::string> command;
  std::optional<std::string> url;
};

// What to ask the server.
struct Invocation {
  std::string method;
  std::string subject;  // tool or prompt name, resource URI; empty for lists and ping
  JsonObject arguments;
};

constexpr const char* kUsage = R"(Usage:
  sallyport call [OPTIONS] --stdio -- CMD [ARGS...] METHOD [METHOD-ARGS...]
  sallyport call [OPTIONS] --url URL METHOD [METHOD-ARGS...]
)";

constexpr const char* kGrammar =
    R"(Options come before --stdio/--url. The server command ends at the first argument that is
exactly a method word:
  tools/list
  tools/call NAME [key=value...] [--json '{...}']
  resources/list
  resources/templates/list
  resources/read URI
  prompts/list
  prompts/get NAME [key=value...] [--json '{...}']
  ping
key=value splits at the first '=' and gives a string; use --json for typed values (key=value
pairs override --json keys).

Exit codes: 0 ok, 1 the tool reported isError, 2 usage error, 3 connection or protocol error.

Examples:
  sallyport call --stdio -- demo-server tools/list
  sallyport call --stdio -- demo-server tools/call echo text=hello
  sallyport call --output json --stdio -- demo-server tools/call add --json '{"a":2,"b":3}'
)";

// ---- command line ---------------------------------------------------------------------------

// CLI11 derives a usage line from the options; ours has a grammar it cannot know.
class CallHelpFormatter : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App*, std::string) const override {
    return std::string("\n") + kUsage;
  }
};

struct ParsedOptions {
  Settings settings;
  bool help = false;
  std::string help_text;
};

// The OPTIONS part (everything before --stdio/--url), with CLI11.
ParsedOptions parse_options(const std::vector<std::string>& args) {
  ParsedOptions parsed;
  std::string output = "text", era = "auto", log_level;
  double timeout_s = 60;
  bool stdio_flag = false;  // documented here; the transport part is parsed by hand
  std::string url;

  CLI::App app{
      "Talk to an MCP server from the shell: list and call tools, read resources, get "
      "prompts.",
      "sallyport call"};
  app.add_option("-o,--output", output, "text (default) or json: exactly one JSON document")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_option("--era", era, "auto (default), modern (2026-07-28) or legacy (2025-11-25)")
      ->check(CLI::IsMember({"auto", "modern", "legacy"}));
  app.add_option("--timeout", timeout_s, "seconds to wait for each answer (default 60)")
      ->check(CLI::Range(0.001, 86400.0));
  app.add_option("--log-level", log_level,
                 "ask the server for log messages at this level and print them on stderr")
      ->check(CLI::IsMember(
          {"debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"}));
  std::string screen;
  app.add_option("--screen", screen,
                 "screen tool results and resources for injected instructions, hidden Unicode "
                 "and exfiltration, and annotate, redact or block them (findings on stderr)")
      ->check(CLI::IsMember({"annotate", "redact", "block"}));
  app.add_flag("-v,--verbose", parsed.settings.verbose,
               "connection details, progress and notifications on stderr");
  app.add_flag("--stdio", stdio_flag, "start the server: --stdio -- CMD [ARGS...]");
  app.add_option("--url", url, "the server's Streamable HTTP endpoint: --url URL");
  auto& a = parsed.settings.sign_in;
  const char* group = "Signing in (--url servers that ask for OAuth)";
  app.add_flag("!--no-auth", a.enabled, "never sign in; a protected server's refusal is final")
      ->group(group);
  app.add_option("--client-id", a.client_id,
                 "a client registered in advance (else: metadata document or dynamic registration)")
      ->group(group);
  app.add_option("--client-secret-file", a.client_secret_file,
                 "file holding that client's secret (also $SALLYPORT_CLIENT_SECRET)")
      ->group(group);
  app.add_option("--private-key", a.private_key_file,
                 "PEM private key: authenticate with private_key_jwt (no shared secret)")
      ->group(group);
  app.add_option("--tls-cert", a.tls_cert, "PEM certificate for mutual TLS (RFC 8705)")
      ->group(group);
  app.add_option("--tls-key", a.tls_key, "its PEM private key (default: inside --tls-cert)")
      ->group(group);
  app.add_flag("--client-credentials", a.client_credentials,
               "no user: get tokens as the client itself (needs --client-id)")
      ->group(group);
  app.add_flag("--dpop", a.dpop, "bind tokens to a key of this client (DPoP, RFC 9449)")
      ->group(group);
  app.add_option("--scope", a.scope, "scopes to ask for besides what the server names")
      ->group(group);
  app.add_flag("!--no-browser", a.open_browser, "print the sign-in URL instead of opening it")
      ->group(group);
  app.add_option(
         "--browser", a.browser,
         "command that opens the sign-in URL, given as its last argument (default $BROWSER)")
      ->group(group);
  app.add_option("--auth-store", a.store,
                 "where tokens and registrations are kept (default: `sallyport auth status`)")
      ->group(group);
  app.add_option("--ca-file", a.ca_file,
                 "PEM bundle to trust for the server and its "
                 "authorization server")
      ->group(group);
  app.formatter(std::make_shared<CallHelpFormatter>());
  app.footer(kGrammar);
  parsed.help_text = app.help();

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    parsed.help = true;
    return parsed;
  } catch (const CLI::CallForAllHelp&) {
    parsed.help = true;
    return parsed;
  } catch (const CLI::ParseError& e) {
    throw usage(e.what());
  }

  auto& s = parsed.settings;
  s.output = output == "json" ? OutputFormat::kJson : OutputFormat::kText;
  s.era = era == "modern"   ? EraChoice::kModern
          : era == "legacy" ? EraChoice::kLegacy
                            : EraChoice::kAuto;
  s.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(timeout_s * 1000)));
  if (!log_level.empty()) s.log_level = logging_level_from_string(log_level);
  if (!screen.empty())
    s.screen = screen == "block"    ? guard::ScreenAction::block
               : screen == "redact" ? guard::ScreenAction::redact
                                    : guard::ScreenAction::annotate;
  return parsed;
}

// METHOD-ARGS: a subject (tool/prompt name, resource URI) and key=value / --json arguments.
Invocation parse_invocation(std::string method, const std::vector<std::string>& rest) {
  Invocation inv;
  inv.method = std::move(method);
  const auto& m = inv.method;
  const char* subject = m == "tools/call"       ? "tool NAME"
                        : m == "prompts/get"    ? "prompt NAME"
                        : m == "resources/read" ? "resource URI"
                                                : nullptr;
  bool takes_arguments = m == "tools/call" || m == "prompts/get";

  std::size_t i = 0;
  if (subject) {
    if (rest.empty()) throw usage(fmt::format("{} needs a {}", m, subject));
    inv.subject = rest[0];
    i = 1;
  }
  std::optional<JsonObject> json;
  std::vector<std::pair<std::string, std::string>> pairs;
  for (; i < rest.size(); ++i) {
    const std::string& a = rest[i];
    if (!takes_arguments) throw usage(fmt::format("unexpected argument '{}' after {}", a, m));
    std::optional<std::string> text;
    if (a == "--json") {
      if (i + 1 >= rest.size()) throw usage("--json needs a JSON object, e.g. --json '{\"a\": 1}'");
      text = rest[++i];
    } else if (a.starts_with("--json=")) {
      text = a.substr(7);
    }
    if (text) {
      if (json) throw usage("--json is given twice");
      boost::system::error_code ec;
      Json parsed = boost::json::parse(*text, ec);
      if (ec) throw usage(fmt::format("--json: not valid JSON: {}", ec.message()));
      if (!parsed.is_object())
        throw usage("--json: expected a JSON object, e.g. --json '{\"a\": 1}'");
      json = std::move(parsed.get_object());
      continue;
    }
    auto eq = a.find('=');
    if (eq == std::string::npos || eq == 0)
      throw usage(fmt::format("expected key=value or --json '{{...}}', got '{}'", a));
    pairs.emplace_back(a.substr(0, eq), a.substr(eq + 1));
  }
  inv.arguments = json.value_or(JsonObject{});
  for (auto& [k, v] : pairs) inv.arguments[k] = v;
  if (m == "prompts/get") {
    for (auto& [k, v] : inv.arguments)
      if (!v.is_string())
        throw usage(fmt::format("prompt arguments are strings; '{}' is not", std::string_view(k)));
  }
  return inv;
}

struct Parsed {
  ParsedOptions options;
  Target target;
  Invocation invocation;
};

Parsed parse_command_line(const std::vector<std::string>& args) {
  Parsed parsed;
  auto transport = std::find_if(args.begin(), args.end(), [](const std::string& a) {
    return a == "--stdio" || a == "--url" || a.starts_with("--url=");
  });
  if (transport == args.end()) {
    // No server given: still honour --help among the options.
    auto stop = std::find(args.begin(), args.end(), "--");
    if (std::any_of(args.begin(), stop, [](auto& a) { return a == "-h" || a == "--help"; })) {
      parsed.options = parse_options({"--help"});
      return parsed;
    }
    throw usage(
        "say where the server is: --stdio -- CMD [ARGS...] or --url URL (after the options)");
  }
  parsed.options = parse_options({args.begin(), transport});
  if (parsed.options.help) return parsed;

  std::vector<std::string> rest;
  if (*transport == "--stdio") {
    auto dashes = transport + 1;
    if (dashes == args.end() || *dashes != "--")
      throw usage(
          "--stdio must be followed by -- and the server command, e.g. "
          "--stdio -- my-server --flag tools/list (options come before --stdio)");
    auto method =
        std::find_if(dashes + 1, args.end(), [](const std::string& a) { return is_method(a); });
    parsed.target.command.assign(dashes + 1, method);
    if (parsed.target.command.empty()) throw usage("no server command after '--stdio --'");
    if (method == args.end())
      throw usage(
          fmt::format("no method after the server command; give one of: {}", method_list()));
    rest.assign(method, args.end());
  } else {
    auto url_end = transport + 1;
    if (*transport == "--url") {
      if (url_end == args.end()) throw usage("--url needs a URL");
      parsed.target.url = *url_end++;
    } else {
      parsed.target.url = transport->substr(6);
    }
    if (parsed.target.url->empty()) throw usage("--url needs a URL");
    rest.assign(url_end, args.end());
    if (rest.empty() || !is_method(rest.front()))
      throw usage(fmt::format("expected a method after the URL, one of: {}", method_list()));
  }
  parsed.invocation = parse_invocation(rest.front(), {rest.begin() + 1, rest.end()});
  return parsed;
}

// ---- connecting -----------------------------------------------------------------------------

std::string read_secret_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure{exit_code::kUsage, fmt::format("cannot read {}", path)};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

// The OAuth client for a --url server: tokens kept per user between runs, a browser sign-in
// when a user is there, client credentials or private_key_jwt when not.
std::shared_ptr<oauth::Authorizer> make_authorizer(const std::string& url, const Settings& s) {
  const auto& a = s.sign_in;
  oauth::AuthorizerOptions o;
  o.client_name = "Sallyport CLI";
  o.client_id = a.client_id;
  if (!a.client_secret_file.empty()) {
    o.client_secret = read_secret_file(a.client_secret_file);
  } else if (const char* env = std::getenv("SALLYPORT_CLIENT_SECRET"); env && *env) {
    o.client_secret = env;
  }
  if (!a.private_key_file.empty()) o.private_key_pem = read_secret_file(a.private_key_file);
  o.tls_certificate_file = a.tls_cert;
  o.tls_private_key_file = a.tls_key;
  o.ca_file = a.ca_file;
  o.dpop = a.dpop;
  o.scope = a.scope;
  if (a.client_credentials) o.grant = oauth::Grant::kClientCredentials;
  o.store = std::make_shared<oauth::FileTokenStore>(
      a.store.empty() ? oauth::FileTokenStore::default_path() : std::filesystem::path(a.store));
  oauth::LoopbackOptions browser;
  browser.open_browser = a.open_browser;
  // "program arg..." split at spaces (no shell): the URL is appended as the last argument.
  std::istringstream words(a.browser);
  for (std::string w; words >> w;) browser.browser_command.push_back(w);
  o.user_agent = std::make_shared<oauth::LoopbackUserAgent>(std::move(browser));
  try {
    return std::make_shared<oauth::Authorizer>(url, std::move(o));
  } catch (const std::exception& e) {
    throw usage(e.what());
  }
}

// The one place that picks a transport.
std::unique_ptr<Client> connect(const Target& target, const Settings& s, ClientOptions options,
                                ClientHandlers handlers) {
  if (target.url) {
    HttpClientOptions http;
    http.ca_file = s.sign_in.ca_file;
    http.client_certificate_file = s.sign_in.tls_cert;
    http.client_private_key_file = s.sign_in.tls_key;
    if (s.sign_in.enabled) http.authorizer = make_authorizer(*target.url, s);
    return Client::connect_http(*target.url, std::move(options), std::move(handlers), http);
  }
  return Client::spawn(target.command, std::move(options), std::move(handlers));
}

ClientHandlers make_handlers(const Settings& s, std::shared_ptr<UserInput> input) {
  ClientHandlers h;
  h.elicitation = [input](const ElicitParams& p) {
    return input->elicit(p);
  };
  h.sampling = [input](const CreateMessageParams& p) {
    return input->sample(p);
  };
  h.on_log = [threshold = s.log_level](const LogMessage& m) {
    if (!threshold || m.level < *threshold) return;
    std::string text =
        m.data.is_string() ? std::string(m.data.get_string()) : boost::json::serialize(m.data);
    fmt::print(stderr, "[server {}{}] {}\n", to_string(m.level), m.logger ? " " + *m.logger : "",
               text);
  };
  if (s.verbose) {
    h.on_notification = [](const std::string& method, const Json& params) {
      fmt::print(stderr, "notification {} {}\n", method, boost::json::serialize(params));
    };
  }
  return h;
}

// ---- running one method ---------------------------------------------------------------------

template <typename T>
Json list_json(const char* key, const std::vector<T>& items) {
  JsonArray arr;
  for (const auto& item : items) arr.push_back(to_json(item));
  return JsonObject{{key, std::move(arr)}};
}

int execute(Client& client, const Invocation& inv, const Settings& s) {
  bool json = s.output == OutputFormat::kJson;
  RequestOptions request;
  if (s.verbose) {
    request.on_progress = [](double progress, std::optional<double> total,
                             std::optional<std::string> message) {
      fmt::print(stderr, "progress {}{}{}\n", progress, total ? fmt::format("/{}", *total) : "",
                 message ? ": " + *message : "");
    };
  }
  const auto& m = inv.method;
  if (m == "tools/list") {
    auto tools = client.list_tools();
    json ? print_json(stdout, list_json("tools", tools)) : print_tools(stdout, tools);
  } else if (m == "tools/call") {
    auto result = client.call_tool(inv.subject, inv.arguments, request);
    json ? print_json(stdout, to_json(result)) : print_call_result(stdout, result);
    if (result.is_error) {
      std::fflush(stdout);
      fmt::print(stderr, "sallyport call: tool {} reported an error\n", inv.subject);
      return exit_code::kToolError;
    }
  } else if (m == "resources/list") {
    auto resources = client.list_resources();
    json ? print_json(stdout, list_json("resources", resources))
         : print_resources(stdout, resources);
  } else if (m == "resources/templates/list") {
    auto templates = client.list_resource_templates();
    json ? print_json(stdout, list_json("resourceTemplates", templates))
         : print_resource_templates(stdout, templates);
  } else if (m == "resources/read") {
    auto result = client.read_resource(inv.subject, request);
    json ? print_json(stdout, to_json(result)) : print_read_result(stdout, result);
  } else if (m == "prompts/list") {
    auto prompts = client.list_prompts();
    json ? print_json(stdout, list_json("prompts", prompts)) : print_prompts(stdout, prompts);
  } else if (m == "prompts/get") {
    std::map<std::string, std::string> args;
    for (auto& [k, v] : inv.arguments) args.emplace(std::string(k), std::string(v.get_string()));
    auto result = client.get_prompt(inv.subject, std::move(args), request);
    json ? print_json(stdout, to_json(result)) : print_prompt_result(stdout, result);
  } else if (m == "ping") {
    client.ping();
    json ? print_json(stdout, JsonObject{}) : fmt::print(stdout, "pong\n");
  }
  return exit_code::kOk;
}

std::string describe(const McpError& e) {
  return fmt::format("{} (error {})", e.what(), e.code());
}

}  // namespace

int run_call(const std::vector<std::string>& args) {
  Parsed parsed;
  try {
    parsed = parse_command_line(args);
  } catch (const Failure& f) {
    fmt::print(stderr, "sallyport call: {}\nRun 'sallyport call --help' for the grammar.\n",
               f.message);
    return f.code;
  }
  if (parsed.options.help) {
    fmt::print(stdout, "{}", parsed.options.help_text);
    return exit_code::kOk;
  }
  const Settings& s = parsed.options.settings;

  ClientOptions options;
  options.era = s.era;
  options.request_timeout = s.timeout;
  options.log_level = s.log_level;
  if (s.screen) {
    options.result_filter = guard::screening_filter(
        guard::OutputScreener{{.action = *s.screen}}, {}, [](const guard::ScreenResult& r) {
          fmt::print(stderr, "sallyport call: guard: {} finding(s), highest {}, {}\n{}",
                     r.findings.size(), r.severity ? guard::to_string(*r.severity) : "none",
                     r.action == guard::ScreenAction::allow ? std::string_view("passed")
                                                            : guard::to_string(r.action),
                     guard::text_report(r.findings));
        });
  }
  auto input = std::make_shared<UserInput>(::isatty(STDIN_FILENO) == 1, std::cin, stderr);

  std::unique_ptr<Client> client;
  try {
    client = connect(parsed.target, s, options, make_handlers(s, input));
  } catch (const Failure& f) {
    fmt::print(stderr, "sallyport call: {}\n", f.message);
    return f.code;
  } catch (const McpError& e) {
    fmt::print(stderr, "sallyport call: cannot connect to the server: {}\n", describe(e));
    return exit_code::kConnection;
  } catch (const std::exception& e) {
    fmt::print(stderr, "sallyport call: cannot connect to the server: {}\n", e.what());
    return exit_code::kConnection;
  }
  if (s.verbose) {
    const auto& info = client->server_info();
    fmt::print(stderr, "connected to {} {} (protocol {}, {} era)\n", info.name, info.version,
               client->protocol_version(), client->era() == Era::kModern ? "modern" : "legacy");
  }

  try {
    return execute(*client, parsed.invocation, s);
  } catch (const McpError& e) {
    std::fflush(stdout);
    fmt::print(stderr, "sallyport call: {} failed: {}\n", parsed.invocation.method, describe(e));
    if (s.verbose && e.error().data)
      fmt::print(stderr, "error data: {}\n", boost::json::serialize(*e.error().data));
    return exit_code::kConnection;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "sallyport call: {} failed: {}\n", parsed.invocation.method, e.what());
    return exit_code::kConnection;
  }
}

}  // namespace sallyport::cli
