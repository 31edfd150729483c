// Resource-server authorization settings (MCP authorization; RFC 9728, RFC 9068, RFC 7662,
// RFC 8707). The same settings come from command-line flags (auth/cli.hpp) or from the
// `authorization:` section of a YAML config file; validate() stops start-up on mistakes.
#pragma once

#include <chrono>
#include <cstddef>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Node;
}

namespace sallyport::auth {

// Where roles, groups and the tenant live in the token's claims. A dotted name
// ("realm_access.roles") walks nested objects when no claim has that exact name.
struct ClaimNames {
  std::string roles = "roles";
  std::string groups = "groups";
  std::string tenant = "tid";
};

struct AuthConfig {
  std::string issuer{};              // authorization server issuer, compared exactly against `iss`
  std::string audience{};            // this server's canonical URI; tokens must carry it in `aud`
  std::string jwks_uri{};            // optional: discovered from the issuer's metadata when empty
  std::string introspection_uri{};   // optional: RFC 7662 endpoint for opaque tokens
  std::string client_id{};           // this server's credentials at the introspection endpoint
  std::string client_secret{};       // never logged
  std::string client_secret_file{};  // alternative to client_secret (kept out of `ps`)
  std::vector<std::string> required_scopes{};        // every request needs all of them
  std::vector<std::string> scopes_supported{};       // advertised in PRM (default: required)
  std::vector<std::string> authorization_servers{};  // advertised in PRM (default: issuer)
  std::vector<std::string> algorithms{"RS256", "PS256", "ES256", "EdDSA"};
  std::chrono::seconds clock_skew{60};
  std::string resource_name{};          // human-readable name in PRM
  std::string resource_metadata_url{};  // override when a proxy changes the public URL
  // RFC 9068 says access tokens carry `typ: at+jwt`. Many servers still issue `JWT` or no typ;
  // off accepts those too (interop), on accepts only at+jwt / application/at+jwt.
  bool require_at_jwt_typ = false;
  // Send every token to introspection even when it looks like a JWT (honours revocation).
  bool prefer_introspection = false;
  // An introspection response without `aud` is refused unless this is false.
  bool introspection_require_audience = true;
  ClaimNames claims{};
  std::chrono::seconds jwks_cache_ttl{600};
  std::chrono::seconds jwks_min_refresh_interval{30};  // refreshes on unknown `kid`
  std::chrono::seconds introspection_cache_ttl{60};    // upper bound; never beyond `exp`
  std::size_t token_cache_size = 10000;
  std::chrono::milliseconds fetch_timeout{5000};

  // True when any authorization setting was given (a server without them runs open).
  bool enabled() const;
  // Every problem found, one per line, each saying how to fix it.
  std::expected<void, std::string> validate() const;
};

// Algorithms the verifier implements (the allowlist may name only these).
const std::vector<std::string>& supported_algorithms();

// Reads `authorization:` from a whole YAML document (no section: a default, disabled config).
std::expected<AuthConfig, std::string> auth_config_from_yaml(std::string_view yaml_text);
std::expected<AuthConfig, std::string> auth_config_from_yaml_file(const std::string& path);
// Reads an already-parsed `authorization:` mapping (for programs with a bigger config file).
std::expected<AuthConfig, std::string> auth_config_from_yaml_node(const YAML::Node& section);

}  // namespace sallyport::auth
