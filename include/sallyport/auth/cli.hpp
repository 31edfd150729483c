// The same authorization flags for every server program (CLI11).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "sallyport/auth/config.hpp"

namespace sallyport::auth {

inline void add_flags(CLI::App& app, AuthConfig& cfg, const std::string& group = "Authorization") {
  app.add_option("--issuer", cfg.issuer, "Authorization server issuer URL (exact `iss`)")
      ->group(group);
  app.add_option("--audience", cfg.audience,
                 "This server's canonical URI; tokens must name it in `aud` (RFC 8707)")
      ->group(group);
  app.add_option("--jwks-uri", cfg.jwks_uri,
                 "JWKS URL (default: discovered from the issuer's metadata)")
      ->group(group);
  app.add_option("--introspection-uri", cfg.introspection_uri,
                 "RFC 7662 introspection endpoint for opaque tokens")
      ->group(group);
  app.add_option("--introspection-client-id", cfg.client_id,
                 "This server's client id at the introspection endpoint")
      ->group(group);
  app.add_option("--introspection-client-secret", cfg.client_secret,
                 "Client secret for introspection (prefer --introspection-client-secret-file)")
      ->group(group);
  app.add_option("--introspection-client-secret-file", cfg.client_secret_file,
                 "File holding the introspection client secret")
      ->group(group);
  app.add_option("--required-scope", cfg.required_scopes,
                 "Scope every request needs (repeatable; all are required)")
      ->group(group);
  app.add_option("--scope-supported", cfg.scopes_supported,
                 "Scope advertised in the protected resource metadata (repeatable)")
      ->group(group);
  app.add_option("--authorization-server", cfg.authorization_servers,
                 "Authorization server advertised in the metadata (repeatable; default: issuer)")
      ->group(group);
  app.add_option("--jwt-algorithm", cfg.algorithms,
                 "Allowed JWS algorithm (repeatable; default RS256 PS256 ES256 EdDSA)")
      ->group(group);
  app.add_option_function<long>(
         "--clock-skew", [&cfg](const long& s) { cfg.clock_skew = std::chrono::seconds(s); },
         "Tolerated clock skew in seconds for exp/nbf/iat (default 60)")
      ->group(group);
  app.add_option("--resource-name", cfg.resource_name, "Human-readable name in the metadata")
      ->group(group);
  app.add_flag("--require-at-jwt", cfg.require_at_jwt_typ,
               "Accept only JWTs typed at+jwt (RFC 9068), not plain JWT")
      ->group(group);
  app.add_flag("--prefer-introspection", cfg.prefer_introspection,
               "Introspect every token, JWTs included (honours revocation)")
      ->group(group);
}

}  // namespace sallyport::auth
