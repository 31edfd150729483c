// Who the client is at one authorization server (MCP "Client Registration Approaches"), in the
// spec's order: pre-registered credentials, a Client ID Metadata Document, Dynamic Client
// Registration (RFC 7591), else a clear error. Registrations are stored per issuer and only
// ever presented to that issuer.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "oauth/discovery.hpp"
#include "oauth/fetch.hpp"
#include "sallyport/oauth/authorizer.hpp"
#include "sallyport/oauth/token_store.hpp"

namespace sallyport::oauth::detail {

struct RegistrarOptions {
  std::string client_name;
  std::string client_id;  // pre-registered
  std::string client_secret;
  std::string client_issuer;  // the issuer the pre-registration is for ("" any)
  std::string client_metadata_url;
  ClientAuth client_auth = ClientAuth::kAuto;
  bool has_private_key = false;
  bool has_certificate = false;
};

class Registrar {
 public:
  Registrar(Fetch& fetch, TokenStore& store, RegistrarOptions options);

  // A registration kept from an earlier run, if any.
  std::optional<ClientRegistration> stored(const std::string& issuer);
  // The pre-registered client for `issuer`, else a stored one.
  std::optional<ClientRegistration> stored_or_configured(const std::string& issuer);

  // A registration usable with `metadata` for `redirect_uri` ("" for grants without one),
  // registering when needed.
  std::expected<ClientRegistration, std::string> ensure(
      const ServerMetadata& metadata, const std::string& redirect_uri,
      const std::vector<std::string>& grant_types);

 private:
  std::optional<ClientRegistration> preregistered(const ServerMetadata* metadata,
                                                  const std::string& issuer);
  std::expected<ClientRegistration, std::string> register_dynamically(
      const ServerMetadata& metadata, const std::string& redirect_uri,
      const std::vector<std::string>& grant_types);

  Fetch& fetch_;
  TokenStore& store_;
  RegistrarOptions options_;
};

// The token endpoint authentication method for a client holding these credentials, among what
// the server supports (RFC 8414: client_secret_basic when it does not say). Secretless first.
std::string choose_auth_method(const RegistrarOptions& options, bool has_secret,
                               const ServerMetadata* metadata);

}  // namespace sallyport::oauth::detail
