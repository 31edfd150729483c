// The same authorization flags for every server program (CLI11).
//
//   sallyport::auth::AuthFlags auth;
//   sallyport::auth::add_flags(app, auth);   // --issuer ... or --auth-config FILE.yaml
//   CLI11_PARSE(app, argc, argv);
//   auto authn = sallyport::auth::authenticator_from_flags(app, auth);
//   if (!authn) { print authn.error(); return 2; }   // misconfigured: do not start
//   options.authorization = *authn;                  // null: no authorization flag was given
#pragma once

#include <CLI/CLI.hpp>
#include <expected>
#include <memory>
#include <string>

#include "sallyport/auth/authenticator.hpp"
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

// The flags above plus --auth-config FILE (the `authorization:` section of a YAML file).
struct AuthFlags {
  AuthConfig config{};
  std::string config_file{};
  std::string group = "Authorization";
};

inline void add_flags(CLI::App& app, AuthFlags& flags) {
  add_flags(app, flags.config, flags.group);
  app.add_option("--auth-config", flags.config_file,
                 "YAML file whose `authorization:` section configures all of the above "
                 "(instead of the flags)")
      ->group(flags.group);
}

// After parsing: the Authenticator the flags describe, nullptr when no authorization flag was
// given at all (the server runs without authorization), or every problem in one message. Any
// flag of the group counts, so a lone --introspection-client-id does not leave a server open
// by mistake; a file without an `authorization:` section is an error for the same reason.
inline std::expected<std::shared_ptr<Authenticator>, std::string> authenticator_from_flags(
    const CLI::App& app, const AuthFlags& flags, AuthenticatorOptions options = {}) {
  bool given_file = !flags.config_file.empty();
  bool given_flags = false;
  for (const CLI::Option* o : app.get_options())
    if (o->get_group() == flags.group && o->count() > 0 && o->get_name() != "--auth-config")
      given_flags = true;
  if (!given_file && !given_flags) return std::shared_ptr<Authenticator>{};
  if (given_file && given_flags)
    return std::unexpected(
        "authorization: give either --auth-config or the individual flags, not both");
  AuthConfig config = flags.config;
  if (given_file) {
    auto read = auth_config_from_yaml_file(flags.config_file);
    if (!read) return std::unexpected(read.error());
    if (!read->enabled())
      return std::unexpected("authorization: " + flags.config_file +
                             " has no `authorization:` section with an issuer and audience");
    config = std::move(*read);
  }
  return Authenticator::create(std::move(config), std::move(options));
}

}  // namespace sallyport::auth
