// Credentials for the auth/* scenarios: which grant and which client identity each one tests,
// from the scenario name and MCP_CONFORMANCE_CONTEXT. Everything else is the SDK's
// oauth::Authorizer doing what it does for any host.
#include <cstdio>

#include <sallyport/oauth/authorizer.hpp>

#include "client.hpp"

namespace everything_client {

namespace {

// The suite's mock authorization servers redirect straight back with the code, so a headless
// user agent stands in for the browser. Nothing listens on the redirect URI.
constexpr const char* kRedirectUri = "http://localhost:3000/callback";
// Offered as the client_id where the server supports Client ID Metadata Documents.
constexpr const char* kMetadataDocumentUrl = "https://conformance-test.local/client-metadata.json";

std::string text(const Run& run, const char* key) {
  auto* v = run.context.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

}  // namespace

std::shared_ptr<sallyport::http::RequestAuthorizer> authorizer_for(const Run& run) {
  namespace oauth = sallyport::oauth;
  if (!run.scenario.starts_with("auth/")) return nullptr;
  oauth::AuthorizerOptions o;
  o.client_name = "sallyport-everything-client";
  o.client_metadata_url = kMetadataDocumentUrl;
  o.user_agent = std::make_shared<oauth::HeadlessUserAgent>(
      oauth::HeadlessOptions{.redirect_uri = kRedirectUri});
  o.timeout = std::chrono::seconds(10);
  const std::string& s = run.scenario;
  if (s == "auth/client-credentials-basic") {
    o.grant = oauth::Grant::kClientCredentials;
    o.client_id = text(run, "client_id");
    o.client_secret = text(run, "client_secret");
    o.client_auth = oauth::ClientAuth::kClientSecretBasic;
  } else if (s == "auth/client-credentials-jwt") {
    o.grant = oauth::Grant::kClientCredentials;
    o.client_id = text(run, "client_id");
    o.private_key_pem = text(run, "private_key_pem");
    o.signing_alg = text(run, "signing_algorithm");
  } else if (s == "auth/pre-registration") {
    o.client_id = text(run, "client_id");
    o.client_secret = text(run, "client_secret");
    o.client_issuer = text(run, "issuer");  // newer suites say which server it is for
  } else if (s == "auth/wif-jwt-bearer") {
    o.grant = oauth::Grant::kJwtBearer;
    o.client_id = text(run, "client_id");
    o.client_auth = oauth::ClientAuth::kNone;
    o.assertion = [jwt = text(run, "valid_jwt")]() -> std::expected<std::string, std::string> {
      return jwt;
    };
  } else if (s == "auth/enterprise-managed-authorization") {
    o.grant = oauth::Grant::kIdentityAssertion;
    o.client_id = text(run, "client_id");
    o.client_secret = text(run, "client_secret");
    o.client_auth = oauth::ClientAuth::kClientSecretBasic;
    o.identity_assertion.idp_token_endpoint = text(run, "idp_token_endpoint");
    o.identity_assertion.idp_client_id = text(run, "idp_client_id");
    o.identity_assertion.id_token =
        [t = text(run, "idp_id_token")]() -> std::expected<std::string, std::string> {
      return t;
    };
  } else if (s == "auth/dpop" || s == "auth/dpop-nonce") {
    o.dpop = true;
  }
  return std::make_shared<oauth::Authorizer>(run.url, std::move(o));
}

}  // namespace everything_client
