// One request to a token endpoint (RFC 6749 §3.2): client authentication by the method the
// client holds credentials for, an optional DPoP proof (with the server's nonce, RFC 9449 §8),
// and the answer turned into tokens ready to store.
#pragma once

#include <chrono>
#include <expected>
#include <optional>
#include <string>

#include "oauth/discovery.hpp"
#include "oauth/fetch.hpp"
#include "oauth/jws.hpp"
#include "sallyport/oauth/token_store.hpp"

namespace sallyport::oauth::detail {

// How the client proves who it is at the token endpoint (RFC 6749 §2.3, RFC 7523 §2.2,
// RFC 8705 §2).
struct ClientCredentials {
  std::string client_id;
  std::string client_secret{};
  // "none", "client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth",
  // "self_signed_tls_client_auth".
  std::string method = "none";
  const SigningKey* assertion_key = nullptr;  // private_key_jwt
};

// The proof-of-possession key and the nonces servers asked for.
struct DpopState {
  std::optional<SigningKey> key;
  std::string as_nonce;  // the authorization server's latest DPoP-Nonce
  std::string rs_nonce;  // the resource server's
};

struct TokenRequest {
  std::string token_endpoint;
  std::string issuer;    // the assertion's audience for private_key_jwt
  std::string resource;  // RFC 8707; empty: not sent
  Form form;             // grant_type and the grant's own parameters
  std::string requested_scope{};
  // Token exchange (RFC 8693): the answer's token_type may be "N_A"; only the token matters.
  bool issued_token_only = false;
};

// Sends `request`; on success the tokens (resource, issuer and, for DPoP, the key's PEM filled
// in). An error explains the failure without secrets.
std::expected<StoredTokens, std::string> request_token(Fetch& fetch, const TokenRequest& request,
                                                       const ClientCredentials& client,
                                                       DpopState* dpop);

// The token endpoint to use: the mTLS alias (RFC 8705 §5) when authenticating with TLS.
std::string token_endpoint_for(const ServerMetadata& metadata, const ClientCredentials& client);

}  // namespace sallyport::oauth::detail
