// Opaque tokens through RFC 7662 introspection, with a fake authorization server.
#include <gtest/gtest.h>

#include "auth/encoding.hpp"
#include "auth_support.hpp"
#include "sallyport/auth/authenticator.hpp"

namespace sallyport::auth {
namespace {

using namespace test;

constexpr const char* kIntrospect = "https://as.example.com/introspect";
constexpr const char* kBase =
    "Bearer resource_metadata=\"https://mcp.example.com/.well-known/oauth-protected-resource/mcp\"";

class Introspection : public ::testing::Test {
 protected:
  void SetUp() override {
    config.issuer = "https://as.example.com";
    config.audience = "https://mcp.example.com/mcp";
    config.introspection_uri = kIntrospect;
    config.client_id = "mcp server";
    config.client_secret = "s3cr:t";
  }
  std::shared_ptr<Authenticator> make() {
    auto a = Authenticator::create(config, {.fetcher = fetcher, .clock = clock.clock()});
    EXPECT_TRUE(a) << (a ? "" : a.error());
    return *a;
  }
  void answer(JsonObject response) { fetcher->set(kIntrospect, 200, json::serialize(response)); }
  JsonObject active() const {
    return {{"active", true},
            {"sub", "alice"},
            {"client_id", "app-1"},
            {"scope", "mcp"},
            {"aud", JsonArray{"https://mcp.example.com/mcp"}},
            {"iss", "https://as.example.com"},
            {"exp", clock.now() + 600},
            {"token_type", "Bearer"}};
  }
  std::string invalid(std::string_view d) {
    return std::string(kBase) + ", error=\"invalid_token\", error_description=\"" + std::string(d) +
           "\"";
  }
  void expect_refused(const AuthResult& r, int status, const std::string& challenge) {
    ASSERT_FALSE(r) << "accepted";
    EXPECT_EQ(r.error().status, status);
    EXPECT_EQ(r.error().www_authenticate, challenge);
  }

  FakeClock clock;
  std::shared_ptr<FakeFetcher> fetcher = std::make_shared<FakeFetcher>();
  AuthConfig config;
};

TEST_F(Introspection, ActiveTokenWithClientCredentials) {
  answer(active());
  auto a = make();
  auto r = a->authenticate("Bearer opaque-token-1");
  ASSERT_TRUE(r) << r.error().www_authenticate;
  EXPECT_EQ((*r)->subject, "alice");
  EXPECT_EQ((*r)->client_id, "app-1");
  auto calls = fetcher->calls();
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].form,
            (Headers{{"token", "opaque-token-1"}, {"token_type_hint", "access_token"}}));
  // client_secret_basic with form-encoded id and secret (RFC 6749 §2.3.1).
  EXPECT_EQ(calls[0].headers[0].first, "Authorization");
  EXPECT_EQ(calls[0].headers[0].second, "Basic " + detail::base64_encode("mcp+server:s3cr%3At"));
}

TEST_F(Introspection, InactiveToken) {
  answer({{"active", false}});
  expect_refused(make()->authenticate("Bearer revoked"), 401, invalid("token is not active"));
}

TEST_F(Introspection, AudienceIsChecked) {
  auto r = active();
  r["aud"] = "https://other.example.com/mcp";
  answer(r);
  expect_refused(make()->authenticate("Bearer t"), 401, invalid("invalid audience"));
  r.erase("aud");
  answer(r);
  expect_refused(make()->authenticate("Bearer t"), 401, invalid("invalid audience"));
  config.introspection_require_audience = false;
  EXPECT_TRUE(make()->authenticate("Bearer t"));
}

TEST_F(Introspection, IssuerExpiryAndTypeAreChecked) {
  auto r = active();
  r["iss"] = "https://evil.example.com";
  answer(r);
  expect_refused(make()->authenticate("Bearer t"), 401, invalid("invalid issuer"));
  r = active();
  r["exp"] = clock.now() - 120;
  answer(r);
  expect_refused(make()->authenticate("Bearer t"), 401, invalid("token expired"));
  r = active();
  r["token_type"] = "refresh_token";
  answer(r);
  expect_refused(make()->authenticate("Bearer t"), 401, invalid("not an access token"));
  r = active();
  r["cnf"] = JsonObject{{"x5t#S256", "abc"}};
  answer(r);
  expect_refused(make()->authenticate("Bearer t"), 401,
                 invalid("sender-constrained token needs proof of possession"));
}

TEST_F(Introspection, EndpointFailuresFailClosed) {
  auto a = make();
  fetcher->down(true);
  expect_refused(a->authenticate("Bearer t"), 401, invalid("token introspection unavailable"));
  fetcher->down(false);
  fetcher->set(kIntrospect, 500, "oops");
  expect_refused(a->authenticate("Bearer t"), 401, invalid("token introspection failed"));
  fetcher->set(kIntrospect, 200, "not json");
  expect_refused(a->authenticate("Bearer t"), 401, invalid("token introspection failed"));
}

TEST_F(Introspection, ResultsAreCachedBrieflyAndNeverBeyondExpiry) {
  config.introspection_cache_ttl = std::chrono::seconds(60);
  auto r = active();
  answer(r);
  auto a = make();
  ASSERT_TRUE(a->authenticate("Bearer t1"));
  ASSERT_TRUE(a->authenticate("Bearer t1"));
  EXPECT_EQ(fetcher->count(kIntrospect), 1);
  clock.advance(61);  // the cache TTL bounds reuse (revocation shows up)
  ASSERT_TRUE(a->authenticate("Bearer t1"));
  EXPECT_EQ(fetcher->count(kIntrospect), 2);

  r["exp"] = clock.now() + 10;  // a token living shorter than the TTL
  answer(r);
  ASSERT_TRUE(a->authenticate("Bearer t2"));
  clock.advance(11);
  answer({{"active", false}});
  expect_refused(a->authenticate("Bearer t2"), 401, invalid("token is not active"));
  EXPECT_EQ(fetcher->count(kIntrospect), 4);
}

TEST_F(Introspection, JwtShapedTokensGoToTheJwtVerifierUnlessPreferred) {
  answer(active());
  auto a = make();
  std::string jwt_like = b64(R"({"alg":"RS256","kid":"k"})") + "." + b64("{}") + ".c2ln";
  // No JWKS reachable: the JWT path refuses without asking the introspection endpoint.
  auto r = a->authenticate("Bearer " + jwt_like);
  ASSERT_FALSE(r);
  EXPECT_EQ(fetcher->count(kIntrospect), 0);
  config.prefer_introspection = true;
  EXPECT_TRUE(make()->authenticate("Bearer " + jwt_like));
  EXPECT_EQ(fetcher->count(kIntrospect), 1);
}

TEST_F(Introspection, SecretFromFile) {
  config.client_secret.clear();
  config.client_secret_file = "/nonexistent/secret";
  auto a = Authenticator::create(config, {.fetcher = fetcher, .clock = clock.clock()});
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().find("cannot read the introspection client secret file"), std::string::npos);
}

}  // namespace
}  // namespace sallyport::auth
