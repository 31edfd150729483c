#include "scan_remote.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <sallyport/client.hpp>
#include <sallyport/client/http.hpp>
#include <sallyport/http/client.hpp>
#include <sallyport/transport/child_process.hpp>

namespace sallyport::cli {

namespace {

namespace json = boost::json;
using guard::Finding;
using guard::Severity;
using std::chrono::milliseconds;

// Closes the client when the server's time is up, so that a server that trickles pages or
// never answers cannot hold the scan longer than --timeout.
class Watchdog {
 public:
  Watchdog(Client& client, std::chrono::steady_clock::time_point deadline)
      : thread_([this, &client, deadline] {
          std::unique_lock lock(mutex_);
          if (!cv_.wait_until(lock, deadline, [this] { return done_; })) {
            expired_ = true;
            lock.unlock();
            client.close();
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  bool expired() {
    std::lock_guard lock(mutex_);
    return expired_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  bool expired_ = false;
  std::thread thread_;  // last: starts after the members it uses exist
};

std::string shell_quote(const std::string& s) {
  if (!s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("@%+=:,./_-").find(c) != std::string_view::npos;
      }))
    return s;
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

// One list method to its end: follows nextCursor, bounded in pages and items.
json::array list_all(Client& client, const char* method, const char* key,
                     const SurfaceOptions& options, std::vector<std::string>& notes) {
  json::array out;
  std::string cursor;
  for (std::size_t page = 0; page < options.max_pages; ++page) {
    JsonObject params;
    if (!cursor.empty()) params["cursor"] = cursor;
    Json result = client.request(method, std::move(params));
    const json::object* obj = result.if_object();
    const json::value* items = obj ? obj->if_contains(key) : nullptr;
    if (!items || !items->is_array())
      throw std::runtime_error(fmt::format("{} result has no \"{}\" array", method, key));
    for (const json::value& item : items->get_array()) {
      if (out.size() >= options.max_definitions) {
        notes.push_back(fmt::format("{}: stopped at {} definitions", method, out.size()));
        return out;
      }
      out.push_back(item);
    }
    const json::value* next = obj->if_contains("nextCursor");
    if (!next || !next->is_string() || next->get_string().empty()) return out;
    if (next->get_string() == cursor) {
      notes.push_back(fmt::format("{}: the server repeated a cursor", method));
      return out;
    }
    cursor = std::string(next->get_string());
  }
  notes.push_back(fmt::format("{}: stopped after {} pages", method, options.max_pages));
  return out;
}

std::unique_ptr<Client> connect(const guard::ServerEntry& entry,
                                const ClientOptions& client_options, milliseconds timeout,
                                std::vector<std::string>& notes) {
  if (entry.transport == guard::Transport::stdio) {
    transport::ChildProcessOptions child;
    child.argv.push_back(entry.command);
    child.argv.insert(child.argv.end(), entry.args.begin(), entry.args.end());
    for (const auto& [name, value] : entry.env) {
      if (auto v = expand_reference(value))
        child.extra_env[name] = *v;
      else
        notes.push_back(fmt::format("env {} asks for user input; not set", name));
    }
    child.stdio.max_frame_bytes = client_options.max_message_bytes;
    child.shutdown_grace = milliseconds(1000);
    return Client::connect(std::make_shared<transport::ChildProcessChannel>(std::move(child)),
                           client_options);
  }
  HttpClientOptions http;
  http.connect_timeout = std::min(timeout, milliseconds(10'000));
  http.request_timeout = timeout;
  http.open_get_stream = false;  // a scan only asks; it needs no server-initiated stream
  http.max_reconnect_attempts = 1;
  for (const auto& [name, value] : entry.headers) {
    if (auto v = expand_reference(value))
      http.headers.set(name, *v);
    else
      notes.push_back(fmt::format("header {} asks for user input; not sent", name));
  }
  return Client::connect_http(entry.url, client_options, {}, http);
}

Finding auth_finding(const guard::ServerEntry& entry, Severity severity, std::string rule,
                     std::string message, std::string evidence) {
  Finding f;
  f.severity = severity;
  f.category = std::string(guard::category::authorization);
  f.rule = std::move(rule);
  f.server = entry.name;
  f.kind = "server";
  f.location = entry.source;
  f.message = std::move(message);
  f.evidence = std::move(evidence);
  return f;
}

// The value of `param` in a WWW-Authenticate challenge (quoted or token), or empty.
std::string challenge_param(std::string_view header, std::string_view param) {
  std::string lower(header);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  std::size_t at = 0;
  while ((at = lower.find(param, at)) != std::string::npos) {
    bool starts = at == 0 || lower[at - 1] == ' ' || lower[at - 1] == ',' || lower[at - 1] == '\t';
    std::size_t i = at + param.size();
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (!starts || i >= lower.size() || lower[i] != '=') {
      at += param.size();
      continue;
    }
    ++i;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < header.size() && header[i] == '"') {
      auto end = header.find('"', i + 1);
      return std::string(header.substr(i + 1, end == std::string_view::npos ? end : end - i - 1));
    }
    auto end = header.find_first_of(", \t", i);
    return std::string(header.substr(i, end == std::string_view::npos ? end : end - i));
  }
  return {};
}

// RFC 9728 §3.1: https://host/path → https://host/.well-known/oauth-protected-resource/path.
std::string well_known_metadata_url(const std::string& url) {
  auto u = boost::urls::parse_uri(url);
  if (!u) return {};
  std::string path(u->encoded_path());
  if (path == "/") path.clear();
  return fmt::format("{}://{}/.well-known/oauth-protected-resource{}", u->scheme(),
                     std::string_view(u->encoded_authority()), path);
}

// Fetches a protected-resource metadata document; empty when usable, else why not.
std::string check_metadata(http::Client& client, const std::string& url) {
  http::ClientRequest req;
  req.method = "GET";
  req.url = url;
  req.headers.set("Accept", "application/json");
  auto r = client.send(req);
  if (!r) return fmt::format("cannot fetch it: {}", r.error().message);
  if (r->status != 200) return fmt::format("HTTP {}", r->status);
  boost::system::error_code ec;
  json::value doc = json::parse(r->body, ec);
  if (ec || !doc.is_object()) return "not a JSON object";
  const auto* servers = doc.get_object().if_contains("authorization_servers");
  if (!servers || !servers->is_array() || servers->get_array().empty())
    return "no authorization_servers";
  const auto* resource = doc.get_object().if_contains("resource");
  if (!resource || !resource->is_string()) return "no resource";
  return {};
}

}  // namespace

std::optional<std::string> expand_reference(const std::string& value) {
  if (value.find("${input:") != std::string::npos) return std::nullopt;
  std::string out;
  std::size_t i = 0;
  while (i < value.size()) {
    auto at = value.find("${env:", i);
    auto end = at == std::string::npos ? at : value.find('}', at);
    if (end == std::string::npos) {
      out.append(value, i);
      break;
    }
    out.append(value, i, at - i);
    std::string name = value.substr(at + 6, end - at - 6);
    if (const char* v = std::getenv(name.c_str())) out += v;
    i = end + 1;
  }
  return out;
}

std::string describe_command(const guard::ServerEntry& entry) {
  std::string out;
  for (const auto& [name, value] : entry.env) out += fmt::format("{}=*** ", shell_quote(name));
  out += shell_quote(entry.command);
  for (const auto& a : entry.args) out += " " + shell_quote(a);
  return out;
}

SurfaceResult fetch_surface(const guard::ServerEntry& entry, const SurfaceOptions& options) {
  SurfaceResult r;
  auto deadline = std::chrono::steady_clock::now() + options.timeout;
  ClientOptions client_options;
  client_options.client_info = {.name = "sallyport-scan", .version = "0.1.0"};
  client_options.request_timeout = options.timeout;
  client_options.max_list_pages = options.max_pages;

  std::unique_ptr<Client> client;
  try {
    client = connect(entry, client_options, options.timeout, r.notes);
  } catch (const McpError& e) {
    r.error = fmt::format("cannot connect: {} (error {})", e.what(), e.code());
    return r;
  } catch (const std::exception& e) {
    r.error = fmt::format("cannot connect: {}", e.what());
    return r;
  }

  const auto& info = client->server_info();
  r.server_info = fmt::format("{} {} (protocol {})", info.name, info.version,
                              std::string(client->protocol_version()));
  json::object surface;
  surface["serverName"] = entry.name;
  if (const auto& instructions = client->instructions()) surface["instructions"] = *instructions;
  const ServerCapabilities& caps = client->server_capabilities();
  struct ListMethod {
    bool offered;
    const char* method;
    const char* key;
  };
  const ListMethod lists[] = {
      {caps.tools, "tools/list", "tools"},
      {caps.prompts, "prompts/list", "prompts"},
      {caps.resources, "resources/list", "resources"},
      {caps.resources, "resources/templates/list", "resourceTemplates"},
  };
  {
    Watchdog watchdog(*client, deadline);
    for (const ListMethod& l : lists) {
      if (!l.offered) continue;
      try {
        surface[l.key] = list_all(*client, l.method, l.key, options, r.notes);
      } catch (const std::exception& e) {
        if (watchdog.expired()) {
          r.error = fmt::format("timed out after {} ms while listing ({})", options.timeout.count(),
                                l.method);
          return r;
        }
        // One failing list must not hide the others (resources/templates/list is often
        // missing from servers that list resources).
        r.notes.push_back(fmt::format("{} failed: {}", l.method, e.what()));
      }
    }
  }
  r.surface = std::move(surface);
  r.ok = true;
  return r;
}

std::vector<Finding> probe_authorization(const guard::ServerEntry& entry, milliseconds timeout) {
  std::vector<Finding> out;
  http::ClientOptions options;
  options.connect_timeout = std::min(timeout, milliseconds(10'000));
  options.request_timeout = timeout;
  options.max_body_bytes = 1024 * 1024;
  options.user_agent = "sallyport-scan";
  http::Client client(options);

  http::ClientRequest req;
  req.method = "POST";
  req.url = entry.url;
  req.headers.set("Content-Type", "application/json");
  req.headers.set("Accept", "application/json, text/event-stream");
  req.headers.set("MCP-Protocol-Version", "2025-11-25");
  req.headers.set("Mcp-Method", "initialize");
  req.body = json::serialize(
      json::object{{"jsonrpc", "2.0"},
                   {"id", 1},
                   {"method", "initialize"},
                   {"params",
                    {{"protocolVersion", "2025-11-25"},
                     {"capabilities", json::object{}},
                     {"clientInfo", {{"name", "sallyport-scan"}, {"version", "0.1.0"}}}}}});
  // Only the status and headers matter; the body (perhaps a stream) is not read.
  http::BodyStream head_only{[](const http::Response&) { return true; },
                             [](std::string_view) {
                               return false;
                             }};
  auto r = client.send(req, &head_only);
  if (!r) {
    Finding f;
    f.severity = Severity::low;
    f.category = std::string(guard::category::scan_coverage);
    f.rule = "unreachable";
    f.server = entry.name;
    f.kind = "server";
    f.location = entry.source;
    f.message = "Could not reach the server to check its authorization: " + r.error().message;
    f.evidence = entry.url;
    out.push_back(std::move(f));
    return out;
  }
  const int status = r->status;
  const json::value shown = guard::to_json(entry);  // the URL without credentials
  const json::value* url = shown.as_object().if_contains("url");
  const std::string evidence =
      fmt::format("POST {} without Authorization → HTTP {}",
                  url && url->is_string() ? std::string_view(url->get_string()) : "", status);
  if (status >= 200 && status < 300) {
    if (auto session = r->headers.get("Mcp-Session-Id")) {
      http::ClientRequest end;  // do not leave the probe's session behind
      end.method = "DELETE";
      end.url = entry.url;
      end.headers.set("Mcp-Session-Id", std::string(*session));
      end.headers.set("MCP-Protocol-Version", "2025-11-25");
      (void)client.send(end);
    }
    out.push_back(auth_finding(
        entry, Severity::medium, "accepts-no-token",
        "The server accepts requests without a token: an unauthenticated initialize was answered "
        "with success. Anyone who can reach it can use its tools.",
        evidence));
    return out;
  }
  if (status == 403) {
    out.push_back(auth_finding(entry, Severity::low, "forbidden-without-challenge",
                               "The server refuses requests without a token with 403 instead of "
                               "401 + WWW-Authenticate, so clients cannot discover how to log in.",
                               evidence));
    return out;
  }
  if (status != 401) {
    out.push_back(auth_finding(
        entry, Severity::low, "no-challenge",
        fmt::format("An unauthenticated request got HTTP {} rather than 401 with "
                    "WWW-Authenticate: the server does not ask for a token (or is misconfigured).",
                    status),
        evidence));
    return out;
  }
  auto www = r->headers.get("WWW-Authenticate");
  if (!www) {
    out.push_back(auth_finding(entry, Severity::medium, "401-without-www-authenticate",
                               "The server answers 401 without a WWW-Authenticate header; clients "
                               "cannot discover its authorization server.",
                               evidence));
    return out;
  }
  std::string challenge(*www);
  std::string scheme = challenge.substr(0, challenge.find(' '));
  if (!http::iequals(scheme, "Bearer"))
    out.push_back(
        auth_finding(entry, Severity::low, "not-bearer",
                     fmt::format("The 401 challenge uses scheme '{}', not Bearer.", scheme),
                     challenge.substr(0, 200)));
  std::string metadata = challenge_param(challenge, "resource_metadata");
  if (metadata.empty()) {
    std::string fallback = well_known_metadata_url(entry.url);
    std::string why = fallback.empty() ? "no URL" : check_metadata(client, fallback);
    out.push_back(auth_finding(
        entry, why.empty() ? Severity::low : Severity::medium, "no-resource-metadata",
        why.empty() ? "The 401 challenge lacks resource_metadata (found at the well-known URL)."
                    : fmt::format("The 401 challenge lacks resource_metadata and {} gives {}.",
                                  fallback, why),
        challenge.substr(0, 200)));
    return out;
  }
  if (std::string why = check_metadata(client, metadata); !why.empty()) {
    out.push_back(auth_finding(
        entry, Severity::medium, "unusable-resource-metadata",
        fmt::format("The resource metadata named in the 401 challenge is unusable: {}.", why),
        metadata));
    return out;
  }
  out.push_back(auth_finding(entry, Severity::info, "token-required",
                             "The server requires a token: 401 with WWW-Authenticate and usable "
                             "resource metadata.",
                             metadata));
  return out;
}

}  // namespace sallyport::cli
