// Signing in to a protected MCP server (MCP "Authorization", OAuth 2.1): the Authorizer answers
// the server's 401/403 challenges by itself and puts the resulting token on every request.
//
//   auto authorizer = std::make_shared<oauth::Authorizer>(url, oauth::AuthorizerOptions{...});
//   HttpClientOptions http;
//   http.authorizer = authorizer;
//   auto client = Client::connect_http(url, {}, {}, http);
//
// What happens on a challenge, in the spec's order:
//  1. Protected resource metadata (RFC 9728): the challenge's `resource_metadata`, else the
//     path-aware and the root well-known URL. Its `resource` must cover the server's URL.
//  2. Authorization server metadata: RFC 8414 and OpenID discovery, path-aware, refusing a
//     document whose `issuer` differs from the server it was fetched for. (Servers of the
//     2025-03-26 era without any metadata: the MCP server's origin and its default endpoints.)
//  3. The client's identity for that issuer: stored, else pre-registered, else a Client ID
//     Metadata Document, else Dynamic Client Registration (RFC 7591), else a clear error.
//     Registrations are kept per issuer and never presented to another one.
//  4. A token, by the configured grant: authorization code with PKCE S256, `state`, RFC 9207
//     `iss` checks and RFC 8707 `resource`, through a UserAgent (browser + loopback redirect);
//     or, without a user, client credentials, an RFC 7523 JWT bearer assertion (workload
//     identity), or an enterprise identity assertion (ID-JAG) exchanged at the user's IdP.
//     Client authentication: none, client_secret_basic/post, private_key_jwt (RFC 7523) or
//     mutual TLS (RFC 8705); tokens optionally DPoP-bound (RFC 9449, nonces included).
//  5. Scopes: the challenge's `scope`, else the resource's `scopes_supported`, else none; a 403
//     `insufficient_scope` steps up to the union, a bounded number of times.
// Tokens are refreshed before they expire (refresh-token rotation honoured) and kept in a
// TokenStore between runs. No token, secret or code is ever logged.
#pragma once

#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <memory>
#include <string>

#include "sallyport/http/request_authorizer.hpp"
#include "sallyport/oauth/token_store.hpp"
#include "sallyport/oauth/user_agent.hpp"

namespace sallyport::oauth {

// How tokens are obtained.
enum class Grant {
  kAuthorizationCode,  // a user signs in through the UserAgent (the default)
  kClientCredentials,  // the client on its own behalf (RFC 6749 §4.4)
  kJwtBearer,          // a workload identity JWT as the grant (RFC 7523 §2.1)
  kIdentityAssertion,  // enterprise-managed: the user's IdP issues an ID-JAG, then jwt-bearer
};

// How the client authenticates at the token endpoint. kAuto: from what the client holds (a
// private key, a certificate, a secret) and what the server supports, secretless first.
enum class ClientAuth {
  kAuto,
  kNone,
  kClientSecretBasic,
  kClientSecretPost,
  kPrivateKeyJwt,
  kTlsClientAuth,
};

// Enterprise-managed authorization (the user's identity provider vouches for them).
struct IdentityAssertionOptions {
  std::string idp_token_endpoint;
  std::string idp_client_id;
  std::string idp_client_secret{};  // empty: a public client at the IdP
  // The user's ID token from the IdP (fetched when needed: it may have been refreshed).
  std::function<std::expected<std::string, std::string>()> id_token;
};

struct AuthorizerOptions {
  Grant grant = Grant::kAuthorizationCode;

  // Who this client is. A pre-registered client_id (with its secret, key or certificate) is
  // used with `client_issuer` only, or with any issuer when that is empty.
  std::string client_name = "Sallyport";
  std::string client_id{};
  std::string client_secret{};
  std::string client_issuer{};
  // An https URL serving this client's metadata document (used as the client_id where the
  // authorization server supports Client ID Metadata Documents).
  std::string client_metadata_url{};
  ClientAuth client_auth = ClientAuth::kAuto;
  std::string private_key_pem{};  // private_key_jwt
  std::string signing_alg{};      // default: from the key (ES256 for P-256, RS256 for RSA, ...)
  std::string tls_certificate_file{};  // mutual TLS; the key defaults to the certificate file
  std::string tls_private_key_file{};

  // Bind tokens to a key of this client (RFC 9449). Also on when the resource requires it.
  bool dpop = false;

  // kJwtBearer: the assertion (e.g. a workload identity token), fetched for every grant.
  std::function<std::expected<std::string, std::string>()> assertion{};
  IdentityAssertionOptions identity_assertion{};

  std::string scope{};           // asked for as well as what the server's challenge names
  std::size_t max_step_ups = 2;  // 403 insufficient_scope re-authorizations in a row
  std::size_t max_sign_ins = 2;  // 401s answered by a new sign-in in a row
  std::chrono::seconds refresh_margin{60};  // refresh this long before expiry

  std::shared_ptr<TokenStore> store{};      // default: MemoryTokenStore
  std::shared_ptr<UserAgent> user_agent{};  // default: LoopbackUserAgent

  // Requests to the authorization server (and the IdP).
  std::chrono::milliseconds timeout{15'000};
  std::size_t max_response_bytes = 1 << 20;
  std::string ca_file{};
  bool verify_tls = true;  // never turn off outside tests
};

class Authorizer final : public http::RequestAuthorizer {
 public:
  // `resource_url` is the MCP endpoint. Throws std::invalid_argument for an unusable URL or
  // contradictory options (e.g. kJwtBearer without an assertion).
  Authorizer(std::string resource_url, AuthorizerOptions options);
  ~Authorizer() override;

  void authorize(std::string_view method, std::string_view url, http::Headers& headers,
                 std::uint64_t& generation) override;
  Verdict on_refused(std::string_view method, std::string_view url, const http::Response& head,
                     std::uint64_t generation, std::string& why) override;
  void on_accepted(const http::Response& head) override;

  // Signs in without waiting for a challenge (e.g. `sallyport auth login`): discovery from the
  // well-known locations. An error says what failed, without secrets.
  std::expected<void, std::string> sign_in();
  // Drops this resource's tokens, here and in the store.
  void sign_out();

  // The canonical resource URI tokens are requested for (RFC 8707).
  const std::string& resource() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sallyport::oauth
