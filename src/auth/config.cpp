#include <fmt/format.h>
#include <boost/url/parse.hpp>

#include <algorithm>

#include "auth/urls.hpp"
#include "sallyport/auth/config.hpp"

namespace sallyport::auth {

namespace {

bool is_scope_token(std::string_view s) {
  // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (c < 0x21 || c == 0x22 || c == 0x5C || c > 0x7E) return false;
  return true;
}

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

const std::vector<std::string>& supported_algorithms() {
  static const std::vector<std::string> algs{"RS256", "RS384", "RS512", "PS256", "PS384",  "PS512",
                                             "ES256", "ES384", "ES512", "EdDSA", "Ed25519"};
  return algs;
}

bool AuthConfig::enabled() const {
  return !issuer.empty() || !audience.empty() || !jwks_uri.empty() || !introspection_uri.empty() ||
         !required_scopes.empty();
}

std::expected<void, std::string> AuthConfig::validate() const {
  std::vector<std::string> errors;
  auto add = [&](std::string e) {
    errors.push_back("authorization: " + std::move(e));
  };
  auto check_url = [&](std::string_view what, const std::string& url, bool allow_query) {
    if (auto p = detail::url_problem(url, allow_query))
      add(fmt::format("{} \"{}\" {}", what, url, *p));
  };

  if (audience.empty()) {
    add("no audience: set --audience (authorization.audience) to this server's canonical URI, "
        "e.g. https://mcp.example.com/mcp; tokens must name it in `aud`");
  } else {
    check_url("audience", audience, false);
    auto u = boost::urls::parse_absolute_uri(audience);
    if (u && (has_upper(u->scheme()) || has_upper(u->encoded_host())))
      add(fmt::format("audience \"{}\" is not canonical: write the scheme and host in lowercase",
                      audience));
  }
  if (issuer.empty())
    add("no issuer: set --issuer (authorization.issuer) to the authorization server's issuer URL");
  else
    check_url("issuer", issuer, false);
  if (!jwks_uri.empty()) check_url("jwks_uri", jwks_uri, true);
  if (!resource_metadata_url.empty())
    check_url("resource_metadata_url", resource_metadata_url, true);
  for (auto& as : authorization_servers) check_url("authorization server", as, false);
  if (!introspection_uri.empty()) {
    check_url("introspection_uri", introspection_uri, true);
    if (client_id.empty())
      add("introspection needs this server's client id: set --introspection-client-id");
    if (client_secret.empty() && client_secret_file.empty())
      add("introspection needs this server's client secret: set "
          "--introspection-client-secret-file (or --introspection-client-secret)");
    if (!client_secret.empty() && !client_secret_file.empty())
      add("give the introspection client secret once: either a secret or a secret file");
  } else if (prefer_introspection) {
    add("prefer_introspection needs --introspection-uri");
  }

  if (algorithms.empty())
    add("the JWS algorithm list is empty; allow at least one of RS256, PS256, ES256, EdDSA");
  for (auto& alg : algorithms) {
    auto up = upper(alg);
    if (up == "NONE")
      add(fmt::format("algorithm \"{}\" is never allowed: it accepts unsigned tokens", alg));
    else if (up.starts_with("HS"))
      add(
          fmt::format("algorithm \"{}\" is never allowed: a symmetric key lets its holder mint "
                      "tokens, and a public key mistaken for an HMAC secret lets anyone forge them",
                      alg));
    else if (std::find(supported_algorithms().begin(), supported_algorithms().end(), alg) ==
             supported_algorithms().end())
      add(fmt::format("algorithm \"{}\" is not supported; use some of {}", alg,
                      fmt::join(supported_algorithms(), ", ")));
  }
  if (clock_skew < std::chrono::seconds(0) || clock_skew > std::chrono::seconds(300))
    add(fmt::format("clock skew {} s is out of range: use 0 to 300 seconds", clock_skew.count()));
  for (auto* list : {&required_scopes, &scopes_supported})
    for (auto& s : *list)
      if (!is_scope_token(s))
        add(
            fmt::format("scope \"{}\" is not a single scope token (no spaces, quotes or "
                        "backslashes; give several scopes separately)",
                        s));
  if (fetch_timeout <= std::chrono::milliseconds(0) || fetch_timeout > std::chrono::seconds(60))
    add("fetch timeout must be between 1 ms and 60 s");
  if (jwks_cache_ttl < std::chrono::seconds(1)) add("JWKS cache TTL must be at least 1 s");
  if (jwks_min_refresh_interval < std::chrono::seconds(0))
    add("JWKS minimum refresh interval must not be negative");
  if (introspection_cache_ttl < std::chrono::seconds(0))
    add("introspection cache TTL must not be negative");

  if (errors.empty()) return {};
  return std::unexpected(fmt::format("{}", fmt::join(errors, "\n")));
}

}  // namespace sallyport::auth
