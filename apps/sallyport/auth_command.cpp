#include "auth_command.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <boost/url.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <set>
#include <stdexcept>

#include <sallyport/oauth/token_store.hpp>

#include "command_line.hpp"
#include "exit_codes.hpp"
#include "output.hpp"

namespace sallyport::cli {

namespace {

namespace json = boost::json;
using oauth::ClientRegistration;
using oauth::FileTokenStore;
using oauth::StoredTokens;

constexpr int kNothingStored = 1;

constexpr const char* kFooter = R"(
Default store: $SALLYPORT_OAUTH_STORE, else $XDG_STATE_HOME/sallyport/oauth.json, else
~/.local/state/sallyport/oauth.json. A URL matches the resource it was stored for regardless of
the case of its scheme and host, a default port or a trailing slash.
Exit codes: 0 ok, 1 logout URL: nothing was stored for that URL, 2 usage error, 3 the store
could not be read or written (refused when other users can read it, or corrupt).
)";

// The comparable form of a resource URL: what a user types and what the client stored may
// differ in case, default port or a trailing slash.
std::string comparable(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return std::string(url);
  boost::urls::url u(*parsed);
  u.normalize();
  u.remove_fragment();
  if ((u.scheme() == "https" && u.port() == "443") || (u.scheme() == "http" && u.port() == "80"))
    u.remove_port();
  std::string path(u.encoded_path());
  while (!path.empty() && path.back() == '/') path.pop_back();
  u.set_encoded_path(path);
  return std::string(u.buffer());
}

std::int64_t seconds_since_epoch(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::string span(std::int64_t seconds) {
  seconds = std::abs(seconds);
  if (seconds < 60) return fmt::format("{} s", seconds);
  if (seconds < 3600) return fmt::format("{} min", seconds / 60);
  if (seconds < 86400) return fmt::format("{} h {} min", seconds / 3600, seconds % 3600 / 60);
  return fmt::format("{} d {} h", seconds / 86400, seconds % 86400 / 3600);
}

std::string expiry_text(const StoredTokens& t, std::int64_t now) {
  if (!t.expires_at) return "no expiry recorded";
  auto left = seconds_since_epoch(*t.expires_at) - now;
  return left > 0 ? "in " + span(left) : "expired " + span(left) + " ago";
}

// ---- status -----------------------------------------------------------------------------------

struct StatusSettings {
  std::optional<std::string> url;
  bool json = false;
  std::string store;
};

// Only metadata goes out: every field below was chosen to carry no credential. Secrets appear
// as presence flags at most.
json::object client_json(const ClientRegistration& c) {
  json::object o;
  o["issuer"] = c.issuer;
  o["client_id"] = c.client_id;  // public by definition (RFC 6749 §2.2)
  o["source"] = c.source;
  o["token_endpoint_auth_method"] = c.token_endpoint_auth_method;
  o["has_client_secret"] = !c.client_secret.empty();
  return o;
}

json::object tokens_json(const StoredTokens& t, std::int64_t now) {
  json::object o;
  o["resource"] = t.resource;
  o["issuer"] = t.issuer;
  o["token_type"] = t.token_type;
  o["scope"] = t.scope;
  if (t.expires_at) {
    auto at = seconds_since_epoch(*t.expires_at);
    o["expires_at"] = at;
    o["expires_in"] = at - now;
    o["expired"] = at <= now;
  } else {
    o["expires_at"] = nullptr;
    o["expires_in"] = nullptr;
    o["expired"] = false;
  }
  o["has_refresh_token"] = !t.refresh_token.empty();
  o["dpop_bound"] = !t.dpop_private_key_pem.empty();
  return o;
}

int status(const StatusSettings& s) {
  FileTokenStore store(s.store);
  auto clients = store.clients();
  auto tokens = store.tokens();
  if (s.url) {
    // The tokens for that resource, and the registrations at the servers that issued them.
    auto wanted = comparable(*s.url);
    std::erase_if(tokens, [&](const StoredTokens& t) { return comparable(t.resource) != wanted; });
    std::set<std::string> issuers;
    for (const auto& t : tokens) issuers.insert(t.issuer);
    std::erase_if(clients,
                  [&](const ClientRegistration& c) { return !issuers.contains(c.issuer); });
  }
  auto now = seconds_since_epoch(std::chrono::system_clock::now());
  if (s.json) {
    json::object root;
    root["store"] = store.path().string();
    json::array cs, ts;
    for (const auto& c : clients) cs.emplace_back(client_json(c));
    for (const auto& t : tokens) ts.emplace_back(tokens_json(t, now));
    root["clients"] = std::move(cs);
    root["tokens"] = std::move(ts);
    print_json(stdout, root);
    return exit_code::kOk;
  }
  fmt::print("Store: {}\n", store.path().string());
  if (clients.empty() && tokens.empty()) {
    if (s.url)
      fmt::print("\nNothing stored for {}.\n", *s.url);
    else
      fmt::print("\nNo sign-ins stored.\n");
    return exit_code::kOk;
  }
  fmt::print("\nTokens ({}):\n", tokens.size());
  if (tokens.empty()) fmt::print("  none\n");
  for (const auto& t : tokens) {
    fmt::print("  {}\n", t.resource);
    fmt::print("    issuer:        {}\n", t.issuer);
    fmt::print("    type:          {}{}\n", t.token_type,
               t.dpop_private_key_pem.empty() ? "" : " (bound to a stored key)");
    fmt::print("    scope:         {}\n", t.scope.empty() ? "(none)" : t.scope);
    fmt::print("    expires:       {}\n", expiry_text(t, now));
    fmt::print("    refresh token: {}\n", t.refresh_token.empty() ? "no" : "yes");
  }
  fmt::print("\nClient registrations ({}):\n", clients.size());
  if (clients.empty()) fmt::print("  none\n");
  for (const auto& c : clients) {
    fmt::print("  {}\n", c.issuer);
    fmt::print("    client_id:     {}\n", c.client_id);
    fmt::print("    source:        {}\n", c.source.empty() ? "(unknown)" : c.source);
    if (!c.token_endpoint_auth_method.empty())
      fmt::print("    auth method:   {}{}\n", c.token_endpoint_auth_method,
                 c.client_secret.empty() ? "" : " (secret stored)");
  }
  return exit_code::kOk;
}

// ---- logout -----------------------------------------------------------------------------------

struct LogoutSettings {
  std::optional<std::string> url;
  bool all = false;
  std::string store;
};

int logout(const LogoutSettings& s) {
  FileTokenStore store(s.store);
  if (s.all) {
    auto tokens = store.tokens().size();
    auto clients = store.clients().size();
    store.clear();
    fmt::print("Removed {} token set{} and {} client registration{} from {}.\n", tokens,
               tokens == 1 ? "" : "s", clients, clients == 1 ? "" : "s", store.path().string());
    return exit_code::kOk;
  }
  auto wanted = comparable(*s.url);
  std::set<std::string> resources, issuers;
  for (const auto& t : store.tokens()) {
    if (comparable(t.resource) != wanted) continue;
    resources.insert(t.resource);
    issuers.insert(t.issuer);
  }
  if (resources.empty()) {
    fmt::print(stderr,
               "sallyport auth logout: no tokens stored for {} (see `sallyport auth "
               "status`)\n",
               *s.url);
    return kNothingStored;
  }
  // Registrations stay: they belong to the authorization server, not to this resource, and a
  // later sign-in reuses them.
  for (const auto& r : resources) store.remove_tokens(r);
  std::vector<std::string> names(issuers.begin(), issuers.end());
  fmt::print("Signed out of {}: removed the tokens issued by {}.\n", *s.url,
             fmt::join(names, ", "));
  return exit_code::kOk;
}

// ---- command line -----------------------------------------------------------------------------

constexpr const char* kUsage =
    "Usage: sallyport auth status [URL] [--json] [--store PATH]\n"
    "       sallyport auth logout (URL | --all) [--store PATH]\n";

std::string default_store() {
  try {
    return FileTokenStore::default_path().string();
  } catch (const std::exception&) {
    return {};  // reported when used (no home directory)
  }
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) {
    fmt::print(stderr, "{}", kUsage);
    return exit_code::kUsage;
  }
  const std::string& word = args.front();
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (word == "-h" || word == "--help" || word == "help") {
    fmt::print("Show or remove the sign-ins kept for MCP servers.\n\n{}{}", kUsage, kFooter);
    return exit_code::kOk;
  }
  if (word == "status") {
    StatusSettings s;
    s.store = default_store();
    CLI::App app{
        "Lists the stored sign-ins: tokens per server (never their values) and client "
        "registrations per authorization server.",
        "sallyport auth status"};
    app.add_option("url", s.url, "only what is stored for this server URL");
    app.add_flag("--json", s.json, "print exactly one JSON document {store, clients, tokens}");
    app.add_option("--store", s.store, "the token store file")->type_name("PATH");
    app.footer(kFooter);
    if (!parse_command_line(app, rest)) return exit_code::kOk;
    if (s.store.empty()) throw Failure{exit_code::kUsage, "no default store; use --store PATH"};
    return status(s);
  }
  if (word == "logout") {
    LogoutSettings s;
    s.store = default_store();
    CLI::App app{
        "Removes the tokens stored for a server URL (every authorization server's), or "
        "with --all everything: tokens and client registrations.",
        "sallyport auth logout"};
    auto* url = app.add_option("url", s.url, "the server URL to sign out of");
    app.add_flag("--all", s.all, "remove every token and registration")->excludes(url);
    app.add_option("--store", s.store, "the token store file")->type_name("PATH");
    app.footer(kFooter);
    if (!parse_command_line(app, rest)) return exit_code::kOk;
    if (!s.all && !s.url) throw Failure{exit_code::kUsage, "give a server URL or --all"};
    if (s.store.empty()) throw Failure{exit_code::kUsage, "no default store; use --store PATH"};
    return logout(s);
  }
  throw Failure{exit_code::kUsage, fmt::format("unknown auth command '{}'\n{}", word, kUsage)};
}

}  // namespace

int run_auth(const std::vector<std::string>& args) {
  try {
    return run(args);
  } catch (const Failure& f) {
    fmt::print(stderr, "sallyport auth: {}\n", f.message);
    return f.code;
  } catch (const std::runtime_error& e) {
    // The store's messages name the file and the problem, never a stored value.
    fmt::print(stderr, "sallyport auth: {}\n", e.what());
    return exit_code::kConnection;
  }
}

}  // namespace sallyport::cli
