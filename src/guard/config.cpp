#include "sallyport/guard/config.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "guard/unicode.hpp"

namespace sallyport::guard {
namespace json = boost::json;

namespace {

std::string upper(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return o;
}

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return o;
}

std::string as_text(const json::value& v) {
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_null()) return {};
  return json::serialize(v);
}

// Values that only point elsewhere: nothing secret is written in the file.
bool is_reference(std::string_view v) {
  if (v.empty()) return true;
  if (v.starts_with("${") || v.starts_with("{{")) return true;
  if (v.front() == '$' && v.size() > 1 && std::all_of(v.begin() + 1, v.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) || c == '_' ||
               std::isdigit(static_cast<unsigned char>(c));
      }))
    return true;
  if (v.front() == '<' && v.back() == '>') return true;
  const std::string l = lower(v);
  return l.starts_with("your") || l.starts_with("<your") || l == "xxx" || l == "..." ||
         l.find("placeholder") != std::string::npos || l.starts_with("replace") ||
         l.starts_with("insert");
}

bool secret_name(std::string_view key) {
  const std::string k = upper(key);
  static constexpr std::string_view kParts[] = {
      "TOKEN",       "SECRET",     "PASSWORD",   "PASSWD", "PASSPHRASE", "APIKEY",  "API_KEY",
      "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "AUTH",   "COOKIE",     "API-KEY", "BEARER"};
  if (std::any_of(std::begin(kParts), std::end(kParts),
                  [&](std::string_view p) { return k.find(p) != std::string::npos; }))
    return true;
  // Short parts only as whole words: GITHUB_PAT and SERVICE_KEY, not MEMORY_FILE_PATH or
  // KEYBOARD_LAYOUT.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= k.size(); ++i) {
    if (i < k.size() && std::isalnum(static_cast<unsigned char>(k[i]))) continue;
    const std::string_view word = std::string_view(k).substr(start, i - start);
    if (word == "KEY" || word == "PAT" || word == "PASS") return true;
    start = i + 1;
  }
  return false;
}

// Well-known credential formats, whatever the variable is called.
bool looks_like_token(std::string_view v) {
  static constexpr std::string_view kPrefixes[] = {
      "ghp_",     "gho_",     "ghu_",    "ghs_",     "ghr_",     "github_pat_", "glpat-",
      "sk-ant-",  "sk-proj-", "sk-",     "xoxb-",    "xoxp-",    "xoxa-",       "xapp-",
      "AIza",     "ya29.",    "npm_",    "hf_",      "pk_live_", "sk_live_",    "rk_live_",
      "sk_test_", "shpat_",   "dop_v1_", "lin_api_", "ntn_",     "secret_",     "glsa_",
      "pplx-",    "tvly-",    "fc-",     "AKIA",     "ASIA"};
  for (std::string_view p : kPrefixes) {
    const auto pos = v.find(p);
    if (pos == std::string_view::npos) continue;
    if (pos > 0 && (std::isalnum(static_cast<unsigned char>(v[pos - 1])))) continue;
    std::size_t n = 0;
    for (std::size_t i = pos + p.size(); i < v.size(); ++i, ++n) {
      const char c = v[i];
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) break;
    }
    if (n >= 12) return true;
  }
  // a JWT: three base64url parts, the first starting with {"
  if (const auto pos = v.find("eyJ"); pos != std::string_view::npos) {
    const auto rest = v.substr(pos);
    if (std::count(rest.begin(), rest.end(), '.') >= 2 && rest.size() > 40) return true;
  }
  return false;
}

bool loopback_host(std::string_view url) {
  auto p = url.find("://");
  if (p == std::string_view::npos) return false;
  std::string_view h = url.substr(p + 3);
  h = h.substr(0, h.find_first_of("/?#"));
  if (const auto at = h.rfind('@'); at != std::string_view::npos) h = h.substr(at + 1);
  if (h.starts_with("[::1]")) return true;
  h = h.substr(0, h.find(':'));
  const std::string l = lower(h);
  return l == "localhost" || l.starts_with("127.") || l.ends_with(".localhost") || l == "0.0.0.0";
}

std::string redact_url(std::string_view url) {
  std::string u(url);
  if (auto p = u.find("://"); p != std::string::npos) {
    const auto host_end = u.find_first_of("/?#", p + 3);
    const auto at = u.rfind('@', host_end == std::string::npos ? u.size() : host_end);
    if (at != std::string::npos && at > p) u.replace(p + 3, at - p - 3, "***");
  }
  if (auto q = u.find('?'); q != std::string::npos) {
    std::string out = u.substr(0, q + 1);
    std::string_view qs = std::string_view(u).substr(q + 1);
    bool first = true;
    while (true) {
      const auto amp = qs.find('&');
      const std::string_view kv = qs.substr(0, amp);
      const auto eq = kv.find('=');
      if (!first) out += '&';
      first = false;
      if (eq != std::string_view::npos &&
          (secret_name(kv.substr(0, eq)) || looks_like_token(kv.substr(eq + 1))))
        out += std::string(kv.substr(0, eq)) + "=***";
      else
        out += std::string(kv);
      if (amp == std::string_view::npos) break;
      qs = qs.substr(amp + 1);
    }
    u = out;
  }
  return u;
}

bool url_has_secret(std::string_view url) {
  return redact_url(url) != url;
}

ServerEntry entry(std::string_view name, const json::object& o, std::string_view source,
                  std::string_view client) {
  ServerEntry e;
  e.name = std::string(name);
  e.source = std::string(source);
  e.client = std::string(client);
  auto str = [&](std::string_view k) {
    const auto* v = o.if_contains(k);
    return v && v->is_string() ? std::string(v->as_string()) : std::string{};
  };
  e.type = str("type");
  if (e.type.empty()) e.type = str("transport");
  e.command = str("command");
  e.url = str("url");
  if (e.url.empty()) e.url = str("serverUrl");
  if (const auto* a = o.if_contains("args"); a && a->is_array()) {
    for (const auto& x : a->as_array()) {
      if (e.args.size() >= 1000) break;
      e.args.push_back(as_text(x));
    }
  }
  for (std::string_view k : {"env", "headers"}) {
    const auto* m = o.if_contains(k);
    if (!m || !m->is_object()) continue;
    auto& dst = k == "env" ? e.env : e.headers;
    for (const auto& kv : m->as_object()) {
      if (dst.size() >= 1000) break;
      dst.emplace_back(std::string(kv.key()), as_text(kv.value()));
    }
  }
  if (const auto* d = o.if_contains("disabled"); d && d->is_bool()) e.disabled = d->as_bool();
  const std::string t = lower(e.type);
  e.transport = (t == "http" || t == "sse" || t == "streamable-http" || t == "streamablehttp" ||
                 (!e.url.empty() && e.command.empty()))
                    ? Transport::http
                    : Transport::stdio;
  return e;
}

std::string_view client_of(ConfigFlavor f) {
  switch (f) {
    case ConfigFlavor::claude_desktop:
      return "claude-desktop";
    case ConfigFlavor::vscode_mcp:
    case ConfigFlavor::vscode_settings:
      return "vscode";
    case ConfigFlavor::cursor:
      return "cursor";
    default:
      return "file";
  }
}

std::string base(std::string_view cmd) {
  const auto slash = cmd.find_last_of("/\\");
  std::string b = lower(slash == std::string_view::npos ? cmd : cmd.substr(slash + 1));
  if (b.ends_with(".exe") || b.ends_with(".cmd")) b.resize(b.size() - 4);
  return b;
}

bool npm_spec_pinned(std::string_view spec) {
  if (spec.starts_with(".") || spec.starts_with("/") || spec.starts_with("file:") ||
      spec.starts_with("git+") || spec.starts_with("http"))
    return true;
  const auto at = spec.find('@', spec.starts_with("@") ? 1 : 0);
  if (at == std::string_view::npos) return false;
  const std::string_view ver = spec.substr(at + 1);
  return !ver.empty() && ver != "latest" && ver != "next" && ver != "*";
}

}  // namespace

std::string_view to_string(ConfigFlavor f) noexcept {
  switch (f) {
    case ConfigFlavor::automatic:
      return "automatic";
    case ConfigFlavor::claude_desktop:
      return "claude-desktop";
    case ConfigFlavor::vscode_mcp:
      return "vscode-mcp";
    case ConfigFlavor::vscode_settings:
      return "vscode-settings";
    case ConfigFlavor::cursor:
      return "cursor";
    case ConfigFlavor::generic:
      return "generic";
  }
  return "generic";
}

json::value to_json(const ServerEntry& e) {
  json::object o;
  o["name"] = e.name;
  o["source"] = e.source;
  o["client"] = e.client;
  o["transport"] = e.transport == Transport::stdio ? "stdio" : "http";
  if (!e.type.empty()) o["type"] = e.type;
  if (!e.command.empty()) o["command"] = e.command;
  if (!e.args.empty()) {
    json::array a;
    for (std::size_t i = 0; i < e.args.size(); ++i) {
      const std::string& x = e.args[i];
      const bool after_flag = i > 0 && secret_name(e.args[i - 1]) &&
                              e.args[i - 1].starts_with("-") &&
                              e.args[i - 1].find('=') == std::string::npos;
      const auto eq = x.find('=');
      if (looks_like_token(x) || after_flag) {
        a.push_back("***");
      } else if (eq != std::string::npos && x.starts_with("-") && secret_name(x.substr(0, eq))) {
        a.push_back(json::string(x.substr(0, eq + 1) + "***"));
      } else {
        a.push_back(json::string(x));
      }
    }
    o["args"] = std::move(a);
  }
  for (auto [key, list] : {std::pair{"env", &e.env}, std::pair{"headers", &e.headers}}) {
    if (list->empty()) continue;
    json::object m;
    for (const auto& [k, v] : *list) m[k] = is_reference(v) ? json::string(v) : json::string("***");
    o[key] = std::move(m);
  }
  if (!e.url.empty()) o["url"] = redact_url(e.url);
  if (e.disabled) o["disabled"] = true;
  return o;
}

std::expected<std::vector<ServerEntry>, std::string> parse_config(std::string_view text,
                                                                  std::string_view source,
                                                                  ConfigFlavor flavor) {
  json::parse_options po;
  po.allow_comments = true;
  po.allow_trailing_commas = true;
  po.max_depth = 64;
  boost::system::error_code ec;
  const json::value v = json::parse(text, ec, {}, po);
  if (ec) return std::unexpected(fmt::format("{}: not valid JSON: {}", source, ec.message()));
  if (!v.is_object()) return std::unexpected(fmt::format("{}: expected a JSON object", source));
  const auto& root = v.as_object();
  const json::object* servers = nullptr;
  ConfigFlavor f = flavor;
  auto obj = [](const json::object& o, std::string_view k) -> const json::object* {
    const auto* x = o.if_contains(k);
    return x && x->is_object() ? &x->as_object() : nullptr;
  };
  // A server list of the wrong type is a broken file, not an empty one.
  for (std::string_view key : {"mcpServers", "servers", "mcp.servers"}) {
    const auto* x = root.if_contains(key);
    // (settings.json is shared with every extension: a top-level "servers" may be theirs.)
    if (key == "servers" && flavor == ConfigFlavor::vscode_settings) continue;
    if (x && !x->is_object())
      return std::unexpected(fmt::format("{}: \"{}\" is not an object", source, key));
  }
  const json::object* mcp = obj(root, "mcp");
  if (f == ConfigFlavor::automatic) {
    if (obj(root, "mcpServers"))
      f = ConfigFlavor::generic;
    else if (obj(root, "servers"))
      f = ConfigFlavor::vscode_mcp;
    else if ((mcp && obj(*mcp, "servers")) || obj(root, "mcp.servers"))
      f = ConfigFlavor::vscode_settings;
    else
      f = ConfigFlavor::generic;
  }
  switch (f) {
    case ConfigFlavor::vscode_mcp:
      servers = obj(root, "servers");
      break;
    case ConfigFlavor::vscode_settings:
      servers = mcp ? obj(*mcp, "servers") : nullptr;
      if (!servers) servers = obj(root, "mcp.servers");
      break;
    default:
      servers = obj(root, "mcpServers");
      if (!servers && f == ConfigFlavor::generic) servers = obj(root, "servers");
      break;
  }
  std::vector<ServerEntry> out;
  if (!servers) return out;  // a settings file without MCP servers is fine
  const std::string_view client = client_of(f);
  for (const auto& kv : *servers) {
    if (out.size() >= 10000) break;
    if (!kv.value().is_object()) continue;
    out.push_back(entry(kv.key(), kv.value().as_object(), source, client));
  }
  return out;
}

std::expected<std::vector<ServerEntry>, std::string> read_config(const std::string& path,
                                                                 ConfigFlavor flavor) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return std::unexpected(fmt::format("{}: {}", path, ec.message()));
  if (size > 16u * 1024 * 1024) return std::unexpected(fmt::format("{}: file too large", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(fmt::format("{}: cannot open", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (flavor == ConfigFlavor::automatic) {
    const std::string name = std::filesystem::path(path).filename().string();
    const std::string full = std::filesystem::path(path).generic_string();
    if (name == "claude_desktop_config.json")
      flavor = ConfigFlavor::claude_desktop;
    else if (full.find("/.cursor/") != std::string::npos)
      flavor = ConfigFlavor::cursor;
  }
  auto r = parse_config(ss.str(), path, flavor);
  if (r && flavor == ConfigFlavor::automatic) {
    const std::string full = std::filesystem::path(path).generic_string();
    for (auto& e : *r)
      if (full.find("/.vscode/") != std::string::npos ||
          full.find("/Code/User/") != std::string::npos)
        e.client = "vscode";
  }
  return r;
}

std::vector<ConfigLocation> default_config_locations(const LocationOptions& in) {
  LocationOptions o = in;
  auto env = [](const char* k) {
    const char* v = std::getenv(k);
    return v ? std::string(v) : std::string{};
  };
  if (o.os.empty()) {
#if defined(_WIN32)
    o.os = "windows";
#elif defined(__APPLE__)
    o.os = "macos";
#else
    o.os = "linux";
#endif
  }
  if (o.home.empty()) o.home = o.os == "windows" ? env("USERPROFILE") : env("HOME");
  if (o.cwd.empty()) {
    std::error_code ec;
    o.cwd = std::filesystem::current_path(ec).string();
  }
  if (o.appdata.empty()) o.appdata = env("APPDATA");
  if (o.appdata.empty() && o.os == "windows") o.appdata = o.home + "/AppData/Roaming";
  std::vector<ConfigLocation> v;
  const std::string& h = o.home;
  std::string app;  // per-user application data
  if (o.os == "macos")
    app = h + "/Library/Application Support";
  else if (o.os == "windows")
    app = o.appdata;
  else
    app = env("XDG_CONFIG_HOME").empty() || !in.home.empty() ? h + "/.config"
                                                             : env("XDG_CONFIG_HOME");
  v.push_back(
      {app + "/Claude/claude_desktop_config.json", ConfigFlavor::claude_desktop, "claude-desktop"});
  for (std::string_view code : {"Code", "Code - Insiders", "VSCodium"}) {
    v.push_back(
        {fmt::format("{}/{}/User/mcp.json", app, code), ConfigFlavor::vscode_mcp, "vscode"});
    v.push_back({fmt::format("{}/{}/User/settings.json", app, code), ConfigFlavor::vscode_settings,
                 "vscode"});
  }
  v.push_back({h + "/.cursor/mcp.json", ConfigFlavor::cursor, "cursor"});
  if (!o.cwd.empty()) {
    v.push_back({o.cwd + "/.vscode/mcp.json", ConfigFlavor::vscode_mcp, "vscode"});
    v.push_back({o.cwd + "/.vscode/settings.json", ConfigFlavor::vscode_settings, "vscode"});
    v.push_back({o.cwd + "/.cursor/mcp.json", ConfigFlavor::cursor, "cursor"});
    v.push_back({o.cwd + "/.mcp.json", ConfigFlavor::generic, "file"});
  }
  return v;
}

std::vector<Finding> config_findings(const std::vector<ServerEntry>& entries) {
  std::vector<Finding> out;
  for (const ServerEntry& e : entries) {
    const std::string root = e.client == "vscode" ? "servers" : "mcpServers";
    const std::string here = fmt::format("{}#{}.{}", e.source, root, e.name);
    auto add = [&](Severity s, std::string rule, std::string loc, std::string msg, std::string ev) {
      Finding f;
      f.severity = s;
      f.category = std::string(category::config_risk);
      f.rule = std::move(rule);
      f.server = e.name;
      f.kind = "config";
      f.location = std::move(loc);
      f.message = std::move(msg);
      f.evidence = detail::escape_display(ev, 200);
      out.push_back(std::move(f));
    };
    for (const auto& [k, val] : e.env) {
      if (is_reference(val)) continue;
      if (looks_like_token(val) || (secret_name(k) && val.size() >= 4))
        add(Severity::high, "inline-secret", here + ".env." + k,
            fmt::format("secret \"{}\" is written in plain text in the configuration; use an "
                        "input prompt or a secret store",
                        k),
            k + "=***");
    }
    for (const auto& [k, val] : e.headers) {
      if (is_reference(val)) continue;
      const std::string lk = lower(k);
      if (looks_like_token(val) || lk == "authorization" || secret_name(k) || lk == "cookie")
        add(Severity::high, "inline-secret", here + ".headers." + k,
            fmt::format("credential header \"{}\" is written in plain text", k), k + ": ***");
    }
    for (std::size_t i = 0; i < e.args.size(); ++i) {
      const std::string& a = e.args[i];
      const auto eq = a.find('=');
      const bool flag_value = i > 0 && e.args[i - 1].starts_with("-") &&
                              e.args[i - 1].find('=') == std::string::npos &&
                              secret_name(e.args[i - 1]) && !is_reference(a);
      const bool inline_flag = a.starts_with("-") && eq != std::string::npos &&
                               secret_name(a.substr(0, eq)) && !is_reference(a.substr(eq + 1));
      if (looks_like_token(a) || flag_value || inline_flag)
        add(Severity::high, "inline-secret", fmt::format("{}.args[{}]", here, i),
            "a credential is passed on the command line (visible in process lists)",
            inline_flag ? a.substr(0, eq + 1) + "***" : std::string("***"));
    }
    if (!e.url.empty()) {
      const std::string l = lower(e.url);
      if (l.starts_with("http://") && !loopback_host(e.url))
        add(Severity::high, "plain-http", here + ".url",
            "remote server reached over plain HTTP: requests and tokens can be read or changed "
            "on the network",
            redact_url(e.url));
      if (url_has_secret(e.url))
        add(Severity::high, "inline-secret", here + ".url", "the URL carries a credential",
            redact_url(e.url));
    }
    const std::string cmd = base(e.command);
    auto first_operand = [&](std::size_t from, std::initializer_list<std::string_view> with_value) {
      for (std::size_t i = from; i < e.args.size(); ++i) {
        const std::string& a = e.args[i];
        if (a.starts_with("-")) {
          if (std::find(with_value.begin(), with_value.end(), a) != with_value.end()) ++i;
          continue;
        }
        return static_cast<std::ptrdiff_t>(i);
      }
      return static_cast<std::ptrdiff_t>(-1);
    };
    if (cmd == "npx" || cmd == "bunx" || cmd == "pnpx") {
      const bool yes = std::any_of(e.args.begin(), e.args.end(),
                                   [](const std::string& a) { return a == "-y" || a == "--yes"; });
      std::string spec;
      for (std::size_t i = 0; i + 1 < e.args.size(); ++i)
        if (e.args[i] == "-p" || e.args[i] == "--package") spec = e.args[i + 1];
      if (spec.empty()) {
        const auto p = first_operand(0, {"-p", "--package", "--cache", "--registry"});
        if (p >= 0) spec = e.args[static_cast<std::size_t>(p)];
      }
      if (!spec.empty() && !npm_spec_pinned(spec))
        add(yes ? Severity::medium : Severity::low, "unpinned-package", here + ".args",
            fmt::format("runs whatever version of \"{}\" the registry serves at each start{}; pin "
                        "a version (name@1.2.3)",
                        spec, yes ? " without asking (-y)" : ""),
            e.command + " " + spec);
    } else if (cmd == "uvx" || (cmd == "uv" && !e.args.empty() && e.args[0] == "tool") ||
               (cmd == "pipx" && !e.args.empty() && e.args[0] == "run")) {
      const std::size_t from = cmd == "uvx" ? 0 : (cmd == "uv" ? 2 : 1);
      std::string spec;
      for (std::size_t i = 0; i + 1 < e.args.size(); ++i)
        if (e.args[i] == "--from") spec = e.args[i + 1];
      if (spec.empty()) {
        const auto p = first_operand(from, {"--from", "--with", "--python", "--index-url"});
        if (p >= 0) spec = e.args[static_cast<std::size_t>(p)];
      }
      if (!spec.empty() && spec.find("==") == std::string::npos &&
          spec.find('@') == std::string::npos && !spec.starts_with(".") && !spec.starts_with("/") &&
          !spec.starts_with("git+"))
        add(Severity::medium, "unpinned-package", here + ".args",
            fmt::format("runs whatever version of \"{}\" the index serves at each start; pin a "
                        "version (name==1.2.3)",
                        spec),
            e.command + " " + spec);
    } else if (cmd == "docker" || cmd == "podman") {
      const auto run = std::find(e.args.begin(), e.args.end(), "run");
      if (run != e.args.end()) {
        const auto p = first_operand(
            static_cast<std::size_t>(run - e.args.begin()) + 1,
            {"-e",         "--env",     "-v",      "--volume",   "--name",    "-p",
             "--publish",  "--network", "--mount", "-w",         "--workdir", "--entrypoint",
             "--env-file", "-u",        "--user",  "--platform", "-l",        "--label",
             "--cpus",     "-m",        "--memory"});
        if (p >= 0) {
          const std::string& img = e.args[static_cast<std::size_t>(p)];
          const auto slash = img.rfind('/');
          const auto colon = img.find(':', slash == std::string::npos ? 0 : slash);
          if (img.find("@sha256:") == std::string::npos &&
              (colon == std::string::npos || img.substr(colon + 1) == "latest"))
            add(Severity::low, "unpinned-image", here + ".args",
                fmt::format("container image \"{}\" is not pinned to a version or digest", img),
                img);
        }
        for (std::size_t i = 0; i < e.args.size(); ++i) {
          const std::string& a = e.args[i];
          const std::string next = i + 1 < e.args.size() ? e.args[i + 1] : std::string{};
          if (a == "--privileged")
            add(Severity::medium, "privileged-container", here + ".args",
                "container runs privileged", a);
          if ((a == "-v" || a == "--volume") &&
              (next.starts_with("/:") || next.find("docker.sock") != std::string::npos ||
               next.starts_with("~:") || next.starts_with("$HOME:")))
            add(Severity::medium, "broad-mount", here + ".args",
                "container mounts the host root, home or Docker socket", next);
        }
      }
    }
    if (cmd == "sh" || cmd == "bash" || cmd == "zsh" || cmd == "cmd" || cmd == "powershell" ||
        cmd == "pwsh") {
      std::string joined;
      for (const auto& a : e.args) joined += a + " ";
      const std::string l = lower(joined);
      const bool fetch_run =
          (l.find("curl") != std::string::npos || l.find("wget") != std::string::npos ||
           l.find("iwr") != std::string::npos ||
           l.find("invoke-webrequest") != std::string::npos) &&
          (l.find("| sh") != std::string::npos || l.find("|sh") != std::string::npos ||
           l.find("| bash") != std::string::npos || l.find("|bash") != std::string::npos ||
           l.find("iex") != std::string::npos);
      add(fetch_run ? Severity::high : Severity::low,
          fetch_run ? "download-and-run" : "shell-wrapper", here + ".command",
          fetch_run ? "downloads code and pipes it into a shell at every start"
                    : "starts the server through a shell one-liner",
          joined.substr(0, 160));
    }
    if (e.command.starts_with("/tmp/") || e.command.starts_with("/var/tmp/") ||
        e.command.starts_with("/dev/shm/"))
      add(Severity::medium, "world-writable-command", here + ".command",
          "the server binary lives in a world-writable directory", e.command);
  }
  return out;
}

}  // namespace sallyport::guard
