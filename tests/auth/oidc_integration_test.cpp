// The Authenticator against a real authorization server: npm `oidc-provider` (tools/oidc/
// provider.mjs) on 127.0.0.1, tokens by client credentials and by a scripted authorization code
// + PKCE sign-in (tools/oidc/login.mjs), verified on the JWT path (keys discovered from the
// issuer's metadata) and on the introspection path.
#include <gtest/gtest.h>

#include <chrono>

#include "auth/encoding.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "support/oidc_provider.hpp"

namespace sallyport::auth {
namespace {

using namespace std::chrono_literals;
using testing::oidc::Child;
using testing::oidc::kNode;
using testing::oidc::kTools;
using testing::oidc::read_line;
using testing::oidc::slurp;
using testing::oidc::spawn;
using testing::oidc::stop;

const std::string kResource = "https://mcp.example.test/mcp";
const std::string kOther = "https://other.example.test/mcp";
const std::string kEs256 = "https://es.example.test/mcp";
const std::string kEdDsa = "https://ed.example.test/mcp";
const std::string kOpaque = "https://opaque.example.test/mcp";

class OidcProvider : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    skip_reason = testing::oidc::unavailable();
    if (!skip_reason.empty()) return;
    stderr_path = ::testing::TempDir() + "sallyport-oidc-provider.log";
    provider = spawn({kNode, kTools + "/oidc/provider.mjs", "--exit-with-stdin", "--resource",
                      kResource, "--resource", kOther, "--resource-es256", kEs256,
                      "--resource-eddsa", kEdDsa, "--resource-opaque", kOpaque},
                     stderr_path);
    std::string line;
    // Generous: the provider generates an RSA key and the machine may be busy.
    if (provider.pid <= 0 || !read_line(provider.out, line, 60s)) {
      start_error = "provider did not start; its stderr:\n" + slurp(stderr_path);
      return;
    }
    auto ready = json::parse(line).as_object();
    issuer = std::string(ready.at("issuer").as_string());
  }
  static void TearDownTestSuite() { stop(provider); }

  void SetUp() override {
    if (!skip_reason.empty()) GTEST_SKIP() << skip_reason;
    ASSERT_TRUE(start_error.empty()) << start_error;
  }

  // POST /token with client credentials; the whole JSON response and the HTTP status.
  static std::pair<int, JsonObject> client_credentials(const std::string& resource,
                                                       const std::string& scope) {
    auto r = fetcher()->post_form(
        issuer + "/token",
        {{"grant_type", "client_credentials"}, {"scope", scope}, {"resource", resource}},
        {{"Authorization", "Basic " + detail::base64_encode("mcp-cc:mcp-cc-secret")}}, 20s);
    if (!r) return {0, {}};
    return {r->status, json::parse(r->body).as_object()};
  }
  static std::string token_for(const std::string& resource,
                               const std::string& scope = "mcp mcp:read") {
    auto [status, body] = client_credentials(resource, scope);
    EXPECT_EQ(status, 200) << json::serialize(body);
    auto* t = body.if_contains("access_token");
    return t ? std::string(t->as_string()) : std::string{};
  }

  static std::shared_ptr<Fetcher> fetcher() {
    static auto f = make_beast_fetcher();
    return f;
  }

  static AuthConfig config_for(const std::string& audience) {
    AuthConfig c;
    c.issuer = issuer;
    c.audience = audience;  // JWKS discovered from the issuer's metadata
    c.required_scopes = {"mcp"};
    c.fetch_timeout = 20s;
    return c;
  }
  static std::shared_ptr<Authenticator> authenticator(AuthConfig c, Clock clock = {}) {
    auto a = Authenticator::create(std::move(c), {.fetcher = fetcher(), .clock = std::move(clock)});
    EXPECT_TRUE(a) << (a ? "" : a.error());
    return a ? *a : nullptr;
  }
  static std::string challenge(const std::string& audience, const std::string& scope,
                               const std::string& error, const std::string& description) {
    auto path = audience.substr(audience.find('/', 8));
    auto origin = audience.substr(0, audience.find('/', 8));
    return "Bearer resource_metadata=\"" + origin + "/.well-known/oauth-protected-resource" + path +
           "\", scope=\"" + scope + "\", error=\"" + error + "\", error_description=\"" +
           description + "\"";
  }

  static inline std::string skip_reason, start_error, stderr_path, issuer;
  static inline Child provider;
};

TEST_F(OidcProvider, ClientCredentialsJwt) {
  auto token = token_for(kResource);
  ASSERT_FALSE(token.empty());
  auto cfg = config_for(kResource);
  cfg.require_at_jwt_typ = true;  // oidc-provider types its access tokens at+jwt
  auto a = authenticator(cfg);
  auto r = a->authenticate("Bearer " + token);
  ASSERT_TRUE(r) << r.error().www_authenticate;
  EXPECT_EQ((*r)->client_id, "mcp-cc");
  EXPECT_EQ((*r)->subject, "mcp-cc");
  EXPECT_EQ((*r)->issuer, issuer);
  EXPECT_TRUE((*r)->has_scope("mcp"));
  EXPECT_TRUE((*r)->has_scope("mcp:read"));
}

TEST_F(OidcProvider, Es256AndEdDsaTokens) {
  for (auto& resource : {kEs256, kEdDsa}) {
    auto token = token_for(resource);
    auto a = authenticator(config_for(resource));
    auto r = a->authenticate("Bearer " + token);
    EXPECT_TRUE(r) << resource << ": " << (r ? "" : r.error().www_authenticate);
  }
}

TEST_F(OidcProvider, AuthorizationCodeWithPkce) {
  auto log = ::testing::TempDir() + "sallyport-oidc-login.log";
  Child login = spawn({kNode, kTools + "/oidc/login.mjs", "--issuer", issuer, "--resource",
                       kResource, "--scope", "openid mcp mcp:read", "--user", "alice"},
                      log);
  std::string line;
  bool got = read_line(login.out, line, 60s);
  stop(login);
  ASSERT_TRUE(got) << "login.mjs failed:\n" << slurp(log);
  auto tokens = json::parse(line).as_object();
  std::string access(tokens.at("access_token").as_string());

  auto a = authenticator(config_for(kResource));
  auto r = a->authenticate("Bearer " + access);
  ASSERT_TRUE(r) << r.error().www_authenticate;
  EXPECT_EQ((*r)->subject, "alice");
  EXPECT_EQ((*r)->client_id, "mcp-public");
  EXPECT_EQ((*r)->roles, (std::vector<std::string>{"teller"}));
  EXPECT_EQ((*r)->groups, (std::vector<std::string>{"branch-1"}));
  EXPECT_EQ((*r)->tenant, "acme");

  // The ID token from the same sign-in is not an access token for this server.
  std::string id_token(tokens.at("id_token").as_string());
  auto refused = a->authenticate("Bearer " + id_token);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().status, 401);
  EXPECT_EQ(refused.error().www_authenticate,
            challenge(kResource, "mcp", "invalid_token", "invalid audience"));
}

TEST_F(OidcProvider, TokenForAnotherResourceIsRefused) {
  auto token = token_for(kOther);
  auto a = authenticator(config_for(kResource));
  auto r = a->authenticate("Bearer " + token);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 401);
  EXPECT_EQ(r.error().www_authenticate,
            challenge(kResource, "mcp", "invalid_token", "invalid audience"));
  // A resource the authorization server does not know gets no token at all (RFC 8707).
  auto [status, body] = client_credentials("https://unknown.example.test/mcp", "mcp");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body.at("error"), "invalid_target");
}

TEST_F(OidcProvider, MissingScopeIs403) {
  auto token = token_for(kResource, "mcp");
  auto cfg = config_for(kResource);
  cfg.required_scopes = {"mcp", "mcp:write"};
  auto r = authenticator(cfg)->authenticate("Bearer " + token);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 403);
  EXPECT_EQ(r.error().www_authenticate, challenge(kResource, "mcp mcp:write", "insufficient_scope",
                                                  "the token lacks a required scope"));
}

TEST_F(OidcProvider, TamperedWrongIssuerAndExpired) {
  auto token = token_for(kResource);
  auto a = authenticator(config_for(kResource));
  auto tampered = token;
  // Change one signature character to another valid base64url character, so the token stays
  // well-formed and only the signature check can refuse it.
  const auto at = tampered.rfind('.') + 5;
  tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
  auto r = a->authenticate("Bearer " + tampered);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().description, "invalid signature");

  auto cfg = config_for(kResource);
  cfg.issuer = issuer + "/other";
  r = authenticator(cfg)->authenticate("Bearer " + token);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().description, "invalid issuer");

  auto later = [] {
    return std::chrono::system_clock::now() + 2h;
  };
  r = authenticator(config_for(kResource), later)->authenticate("Bearer " + token);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().www_authenticate,
            challenge(kResource, "mcp", "invalid_token", "token expired"));
}

TEST_F(OidcProvider, OpaqueTokensByIntrospection) {
  auto token = token_for(kOpaque);
  ASSERT_FALSE(token.empty());
  auto cfg = config_for(kOpaque);
  cfg.introspection_uri = issuer + "/token/introspection";
  cfg.client_id = "mcp-server";
  cfg.client_secret = "mcp-server-secret";
  auto r = authenticator(cfg)->authenticate("Bearer " + token);
  ASSERT_TRUE(r) << r.error().www_authenticate;
  EXPECT_EQ((*r)->client_id, "mcp-cc");
  EXPECT_EQ((*r)->issuer, issuer);
  EXPECT_TRUE((*r)->has_scope("mcp"));

  // The same token presented to a server with another canonical URI.
  auto other = cfg;
  other.audience = kResource;
  auto refused = authenticator(other)->authenticate("Bearer " + token);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().description, "invalid audience");

  // Wrong credentials for introspection: the authorization server refuses, we fail closed.
  auto bad_creds = cfg;
  bad_creds.client_secret = "wrong";
  refused = authenticator(bad_creds)->authenticate("Bearer " + token);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().description, "token introspection failed");

  // Revoked: the next introspection says inactive.
  auto rv = fetcher()->post_form(
      issuer + "/token/revocation", {{"token", token}, {"token_type_hint", "access_token"}},
      {{"Authorization", "Basic " + detail::base64_encode("mcp-cc:mcp-cc-secret")}}, 20s);
  ASSERT_TRUE(rv);
  EXPECT_EQ(rv->status, 200);
  refused = authenticator(cfg)->authenticate("Bearer " + token);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().www_authenticate,
            challenge(kOpaque, "mcp", "invalid_token", "token is not active"));
}

TEST_F(OidcProvider, UnreachableIssuerFailsClosed) {
  auto token = token_for(kResource);
  auto cfg = config_for(kResource);
  cfg.jwks_uri = "http://127.0.0.1:1/jwks";  // nothing listens on port 1
  cfg.fetch_timeout = 2s;
  auto r = authenticator(cfg)->authenticate("Bearer " + token);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().description, "unknown signing key");
}

}  // namespace
}  // namespace sallyport::auth
