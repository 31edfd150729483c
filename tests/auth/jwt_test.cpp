// The Authenticator on JWT access tokens: every refusal with its exact status and challenge.
#include <gtest/gtest.h>

#include "auth_support.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "sallyport/auth/principal.hpp"

namespace sallyport::auth {
namespace {

using namespace test;

constexpr const char* kIssuer = "https://as.example.com";
constexpr const char* kAudience = "https://mcp.example.com/mcp";
constexpr const char* kJwks = "https://as.example.com/jwks";
constexpr const char* kBase =
    "Bearer "
    "resource_metadata=\"https://mcp.example.com/.well-known/oauth-protected-resource/mcp\", "
    "scope=\"mcp\"";

struct Keys {
  Pkey rsa = rsa_key();
  Pkey rsa2 = rsa_key();
  Pkey ec = ec_key();
  Pkey ed = ed25519_key();
};
const Keys& keys() {
  static Keys k;
  return k;
}

std::string invalid(std::string_view description) {
  return std::string(kBase) + ", error=\"invalid_token\", error_description=\"" +
         std::string(description) + "\"";
}

class JwtAuth : public ::testing::Test {
 protected:
  void SetUp() override {
    fetcher->set(kJwks, 200,
                 jwks_json({jwk(keys().rsa, "rsa-1", "RS256"), jwk(keys().ec, "ec-1"),
                            jwk(keys().ed, "ed-1"), jwk(keys().rsa, "rsa-ps")}));
    config.issuer = kIssuer;
    config.audience = kAudience;
    config.jwks_uri = kJwks;
    config.required_scopes = {"mcp"};
  }

  std::shared_ptr<Authenticator> make() {
    auto a = Authenticator::create(config, {.fetcher = fetcher, .clock = clock.clock()});
    EXPECT_TRUE(a) << (a ? "" : a.error());
    return *a;
  }

  JsonObject claims() const {
    return {{"iss", kIssuer},           {"aud", kAudience},    {"sub", "alice"},
            {"client_id", "app-1"},     {"scope", "mcp read"}, {"iat", clock.now() - 10},
            {"exp", clock.now() + 300}, {"jti", "j1"}};
  }
  static JsonObject header(std::string alg, std::string kid, std::string typ = "at+jwt") {
    JsonObject h{{"alg", alg}, {"kid", kid}};
    if (!typ.empty()) h["typ"] = typ;
    return h;
  }
  std::string token(const JsonObject& payload, std::string alg = "RS256",
                    std::string kid = "rsa-1") const {
    const Pkey& k = alg == "ES256" ? keys().ec : alg == "EdDSA" ? keys().ed : keys().rsa;
    return mint(alg, k, header(alg, kid), payload);
  }

  AuthResult auth(const std::string& tok) { return authn->authenticate("Bearer " + tok); }

  void expect_refused(const AuthResult& r, int status, const std::string& challenge) {
    ASSERT_FALSE(r) << "accepted";
    EXPECT_EQ(r.error().status, status);
    EXPECT_EQ(r.error().www_authenticate, challenge);
  }

  FakeClock clock;
  std::shared_ptr<FakeFetcher> fetcher = std::make_shared<FakeFetcher>();
  AuthConfig config;
  std::shared_ptr<Authenticator> authn;
};

TEST_F(JwtAuth, AcceptsAValidTokenAndFillsThePrincipal) {
  authn = make();
  auto r = auth(token(claims()));
  ASSERT_TRUE(r) << r.error().www_authenticate;
  const Principal& p = **r;
  EXPECT_EQ(p.subject, "alice");
  EXPECT_EQ(p.client_id, "app-1");
  EXPECT_EQ(p.issuer, kIssuer);
  EXPECT_EQ(p.scopes, (std::vector<std::string>{"mcp", "read"}));
  EXPECT_EQ(p.claims.at("jti"), "j1");
}

TEST_F(JwtAuth, NoTokenGetsAPlainChallenge) {
  authn = make();
  auto r = authn->authenticate(std::nullopt);
  expect_refused(r, 401, kBase);
  EXPECT_EQ(r.error().error, "");
  // Another scheme is "no bearer token" as well: no error code (RFC 6750 §3.1).
  expect_refused(authn->authenticate("Basic YWxpY2U6c2VjcmV0"), 401, kBase);
  expect_refused(authn->authenticate("DPoP abc"), 401, kBase);
}

TEST_F(JwtAuth, GarbageIsAnInvalidToken) {
  authn = make();
  expect_refused(auth("garbage"), 401, invalid("malformed token"));
  expect_refused(auth("a.b.c"), 401, invalid("malformed token"));
  expect_refused(auth("a.b.c.d.e"), 401, invalid("malformed token"));
}

TEST_F(JwtAuth, MalformedHeadersAreBadRequests) {
  authn = make();
  std::string bad =
      std::string(kBase) +
      ", error=\"invalid_request\", error_description=\"malformed Authorization header\"";
  expect_refused(authn->authenticate("Bearer"), 400, bad);
  expect_refused(authn->authenticate("Bearer "), 400, bad);
  expect_refused(authn->authenticate("Bearer a b"), 400, bad);
  expect_refused(authn->authenticate("Bearer a,Bearer b"), 400, bad);
  expect_refused(authn->authenticate("Bearer a=b"), 400, bad);
}

TEST_F(JwtAuth, TokenInTheQueryStringIsRefused) {
  authn = make();
  auto r = authn->authenticate(std::nullopt, /*token_in_query=*/true);
  expect_refused(r, 400,
                 std::string(kBase) +
                     ", error=\"invalid_request\", error_description=\"access tokens are accepted "
                     "only in the Authorization header\"");
  EXPECT_EQ(
      r.error().body,
      R"({"error":"invalid_request","error_description":"access tokens are accepted only in the Authorization header"})");
  // Even together with a valid header token.
  expect_refused(authn->authenticate("Bearer " + token(claims()), true), 400,
                 r.error().www_authenticate);
}

TEST_F(JwtAuth, Expired) {
  authn = make();
  auto c = claims();
  c["exp"] = clock.now() - 61;  // beyond the 60 s skew
  expect_refused(auth(token(c)), 401, invalid("token expired"));
  c["exp"] = clock.now() - 30;  // within the skew
  EXPECT_TRUE(auth(token(c)));
}

TEST_F(JwtAuth, NotYetValid) {
  authn = make();
  auto c = claims();
  c["nbf"] = clock.now() + 120;
  expect_refused(auth(token(c)), 401, invalid("token not yet valid"));
  c = claims();
  c["iat"] = clock.now() + 120;
  expect_refused(auth(token(c)), 401, invalid("token issued in the future"));
}

TEST_F(JwtAuth, ExpiryIsRequired) {
  authn = make();
  auto c = claims();
  c.erase("exp");
  expect_refused(auth(token(c)), 401, invalid("token has no expiry"));
  c["exp"] = "tomorrow";
  expect_refused(auth(token(c)), 401, invalid("malformed token"));
}

TEST_F(JwtAuth, WrongIssuer) {
  authn = make();
  auto c = claims();
  c["iss"] = "https://evil.example.com";
  expect_refused(auth(token(c)), 401, invalid("invalid issuer"));
  c["iss"] = "https://as.example.com/";  // exact comparison
  expect_refused(auth(token(c)), 401, invalid("invalid issuer"));
  c.erase("iss");
  expect_refused(auth(token(c)), 401, invalid("invalid issuer"));
}

TEST_F(JwtAuth, WrongAudience) {
  authn = make();
  auto c = claims();
  c["aud"] = "https://mcp.example.com/other";
  expect_refused(auth(token(c)), 401, invalid("invalid audience"));
  c.erase("aud");
  expect_refused(auth(token(c)), 401, invalid("invalid audience"));
}

TEST_F(JwtAuth, TokenForAnotherResourceIsNotPassedThrough) {
  authn = make();
  auto c = claims();
  c["aud"] = JsonArray{"https://api.other.example.com", "https://storage.example.com"};
  expect_refused(auth(token(c)), 401, invalid("invalid audience"));
  c["aud"] = "app-1";  // an ID token's audience is the client
  expect_refused(auth(token(c)), 401, invalid("invalid audience"));
  c["aud"] = JsonArray{"https://api.other.example.com", kAudience};
  EXPECT_TRUE(auth(token(c)));
}

TEST_F(JwtAuth, AlgNoneIsRefused) {
  authn = make();
  auto input = encode_parts({{"alg", "none"}, {"typ", "at+jwt"}}, claims());
  expect_refused(auth(input + "."), 401, invalid("algorithm not allowed"));
  expect_refused(auth(input + ".c2ln"), 401, invalid("algorithm not allowed"));
  auto upper = encode_parts({{"alg", "NONE"}}, claims());
  expect_refused(auth(upper + ".c2ln"), 401, invalid("algorithm not allowed"));
}

TEST_F(JwtAuth, Hs256SignedWithThePublicKeyIsRefused) {
  authn = make();
  auto input = encode_parts(header("HS256", "rsa-1"), claims());
  auto forged = input + "." + b64(sign_hmac(public_pem(keys().rsa), input));
  expect_refused(auth(forged), 401, invalid("algorithm not allowed"));
  // Even a verifier handed an HS* allowlist (bypassing validation) has no HMAC path.
  auto cfg = config;
  cfg.algorithms = {"HS256", "RS256"};
  auto verifier = make_jwt_verifier(cfg, fetcher, clock.clock());
  auto r = verifier->verify(forged);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().description, "algorithm not allowed");
}

TEST_F(JwtAuth, AlgorithmOutsideTheAllowlist) {
  config.algorithms = {"ES256"};
  authn = make();
  expect_refused(auth(token(claims())), 401, invalid("algorithm not allowed"));
  EXPECT_TRUE(auth(token(claims(), "ES256", "ec-1")));
}

TEST_F(JwtAuth, KeyTypeMustMatchTheAlgorithm) {
  authn = make();
  // RS256 header naming the EC key; ES256 naming an RSA key; the JWK's own alg pins RS256.
  expect_refused(auth(token(claims(), "RS256", "ec-1")), 401,
                 invalid("signing key does not match the algorithm"));
  expect_refused(auth(token(claims(), "ES256", "rsa-ps")), 401,
                 invalid("signing key does not match the algorithm"));
  expect_refused(auth(token(claims(), "PS256", "rsa-1")), 401,
                 invalid("signing key does not match the algorithm"));
}

TEST_F(JwtAuth, EveryDefaultAlgorithmVerifies) {
  authn = make();
  EXPECT_TRUE(auth(token(claims(), "RS256", "rsa-1")));
  EXPECT_TRUE(auth(token(claims(), "PS256", "rsa-ps")));
  EXPECT_TRUE(auth(token(claims(), "ES256", "ec-1")));
  EXPECT_TRUE(auth(token(claims(), "EdDSA", "ed-1")));
}

TEST_F(JwtAuth, EcdsaSignatureMustBeJoseRS) {
  authn = make();
  auto input = encode_parts(header("ES256", "ec-1"), claims());
  auto rs = sign("ES256", keys().ec, input);
  // DER as produced by OpenSSL is not a JOSE signature.
  auto* data = reinterpret_cast<const unsigned char*>(rs.data());
  ECDSA_SIG* es = ECDSA_SIG_new();
  ECDSA_SIG_set0(es, BN_bin2bn(data, 32, nullptr), BN_bin2bn(data + 32, 32, nullptr));
  unsigned char* der = nullptr;
  int len = i2d_ECDSA_SIG(es, &der);
  std::string der_sig(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  ECDSA_SIG_free(es);
  expect_refused(auth(input + "." + b64(der_sig)), 401, invalid("invalid signature"));
  EXPECT_TRUE(auth(input + "." + b64(rs)));
}

TEST_F(JwtAuth, TamperedPayload) {
  authn = make();
  auto good = token(claims());
  auto c = claims();
  c["sub"] = "mallory";
  auto first_dot = good.find('.');
  auto second_dot = good.find('.', first_dot + 1);
  auto tampered = good.substr(0, first_dot + 1) + b64(json::serialize(c)) + good.substr(second_dot);
  expect_refused(auth(tampered), 401, invalid("invalid signature"));
  // A signature from another key with the same kid.
  expect_refused(auth(mint("RS256", keys().rsa2, header("RS256", "rsa-1"), claims())), 401,
                 invalid("invalid signature"));
}

TEST_F(JwtAuth, Base64urlIsStrict) {
  authn = make();
  auto good = token(claims());
  // Padding is not part of JOSE base64url.
  expect_refused(auth(good + "="), 401, invalid("malformed token"));
  // Same bytes, non-zero unused trailing bits: not the canonical encoding.
  auto h = b64(json::serialize(header("RS256", "rsa-1")));
  ASSERT_NE(h.size() % 4, 0u);
  auto dot = good.find('.');
  std::string payload_and_sig = good.substr(dot);
  auto last = h.back();
  std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  auto idx = alphabet.find(last);
  h.back() = alphabet[idx | 1];
  if (h.back() != last) expect_refused(auth(h + payload_and_sig), 401, invalid("malformed token"));
}

TEST_F(JwtAuth, TokenSizeIsBounded) {
  authn = make();
  auto c = claims();
  c["pad"] = std::string(9000, 'x');
  expect_refused(auth(token(c)), 401, invalid("token too large"));
}

TEST_F(JwtAuth, TypedTokens) {
  authn = make();
  auto with_typ = [&](std::string typ) {
    return mint("RS256", keys().rsa, header("RS256", "rsa-1", typ), claims());
  };
  EXPECT_TRUE(auth(with_typ("at+jwt")));
  EXPECT_TRUE(auth(with_typ("application/at+jwt")));
  EXPECT_TRUE(auth(with_typ("AT+JWT")));
  EXPECT_TRUE(auth(with_typ("JWT")));  // interop default
  EXPECT_TRUE(auth(with_typ("")));     // no typ
  expect_refused(auth(with_typ("dpop+jwt")), 401, invalid("unsupported token type"));
  expect_refused(auth(with_typ("logout+jwt")), 401, invalid("unsupported token type"));

  config.require_at_jwt_typ = true;
  authn = make();
  EXPECT_TRUE(auth(with_typ("at+jwt")));
  expect_refused(auth(with_typ("JWT")), 401, invalid("unsupported token type"));
  expect_refused(auth(with_typ("")), 401, invalid("unsupported token type"));
}

TEST_F(JwtAuth, CriticalHeadersAndEmbeddedKeys) {
  authn = make();
  auto h = header("RS256", "rsa-1");
  h["crit"] = JsonArray{"exp"};
  expect_refused(auth(mint("RS256", keys().rsa, h, claims())), 401,
                 invalid("unsupported critical header"));
  // A key carried in the token itself is never trusted.
  auto h2 = header("RS256", "attacker");
  h2["jwk"] = jwk(keys().rsa2, "attacker");
  expect_refused(auth(mint("RS256", keys().rsa2, h2, claims())), 401,
                 invalid("unknown signing key"));
}

TEST_F(JwtAuth, SenderConstrainedTokensNeedProof) {
  authn = make();
  auto c = claims();
  c["cnf"] = JsonObject{{"jkt", "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"}};
  expect_refused(auth(token(c)), 401,
                 invalid("sender-constrained token needs proof of possession"));
}

TEST_F(JwtAuth, SubjectOrClientRequired) {
  authn = make();
  auto c = claims();
  c.erase("sub");
  c.erase("client_id");
  expect_refused(auth(token(c)), 401, invalid("token names no subject or client"));
}

TEST_F(JwtAuth, MissingScopeIs403WithEveryRequiredScope) {
  authn = make();
  auto c = claims();
  c["scope"] = "read";
  auto r = auth(token(c));
  expect_refused(r, 403,
                 std::string(kBase) +
                     ", error=\"insufficient_scope\", error_description=\"the token lacks a "
                     "required scope\"");
  // The operation's own scopes join the configured ones in the challenge.
  std::vector<std::string> extra{"tools:write", "mcp"};
  auto r2 = authn->authenticate("Bearer " + token(claims()), false, extra);
  ASSERT_FALSE(r2);
  EXPECT_EQ(r2.error().status, 403);
  EXPECT_EQ(r2.error().www_authenticate,
            "Bearer resource_metadata=\"https://mcp.example.com/.well-known/"
            "oauth-protected-resource/mcp\", scope=\"mcp tools:write\", "
            "error=\"insufficient_scope\", error_description=\"the token lacks a required scope\"");
  c["scope"] = "mcp tools:write";
  EXPECT_TRUE(authn->authenticate("Bearer " + token(c), false, extra));
  // scp as an array counts too.
  auto c2 = claims();
  c2.erase("scope");
  c2["scp"] = JsonArray{"mcp"};
  EXPECT_TRUE(auth(token(c2)));
}

TEST_F(JwtAuth, NoScopeParameterWhenNothingIsRequired) {
  config.required_scopes.clear();
  authn = make();
  expect_refused(authn->authenticate(std::nullopt), 401,
                 "Bearer resource_metadata=\"https://mcp.example.com/.well-known/"
                 "oauth-protected-resource/mcp\"");
}

TEST_F(JwtAuth, SessionReplayedByAnotherPrincipalIsDetectable) {
  authn = make();
  auto alice = auth(token(claims()));
  auto c = claims();
  c["sub"] = "bob";
  auto bob = auth(token(c));
  c = claims();
  c["jti"] = "j2";  // another token of the same principal
  auto alice2 = auth(token(c));
  ASSERT_TRUE(alice && bob && alice2);
  EXPECT_FALSE(same_principal(**alice, **bob));
  EXPECT_TRUE(same_principal(**alice, **alice2));
  c = claims();
  c["client_id"] = "app-2";  // same user through another client: another binding
  auto other_client = auth(token(c));
  ASSERT_TRUE(other_client);
  EXPECT_FALSE(same_principal(**alice, **other_client));
}

TEST_F(JwtAuth, UnknownKidRefreshesOnceThenFailsClosed) {
  authn = make();
  ASSERT_TRUE(auth(token(claims())));
  EXPECT_EQ(fetcher->count(kJwks), 1);
  auto stranger = mint("RS256", keys().rsa2, header("RS256", "rotated"), claims());
  expect_refused(auth(stranger), 401, invalid("unknown signing key"));
  EXPECT_EQ(fetcher->count(kJwks), 1);  // within the 30 s rate limit: no fetch
  clock.advance(31);
  auto c = claims();
  expect_refused(auth(mint("RS256", keys().rsa2, header("RS256", "rotated"), c)), 401,
                 invalid("unknown signing key"));
  EXPECT_EQ(fetcher->count(kJwks), 2);  // one refresh after the interval
  for (int i = 0; i < 5; ++i) {
    c["jti"] = "x" + std::to_string(i);
    expect_refused(
        auth(mint("RS256", keys().rsa2, header("RS256", "rotated-" + std::to_string(i)), c)), 401,
        invalid("unknown signing key"));
  }
  EXPECT_EQ(fetcher->count(kJwks), 2);  // forged kids cannot make us hammer the issuer

  // The issuer rotates: after the interval the new key is picked up.
  fetcher->set(kJwks, 200, jwks_json({jwk(keys().rsa, "rsa-1"), jwk(keys().rsa2, "rotated")}));
  clock.advance(31);
  EXPECT_TRUE(auth(mint("RS256", keys().rsa2, header("RS256", "rotated"), claims())));
  EXPECT_EQ(fetcher->count(kJwks), 3);
}

TEST_F(JwtAuth, JwksEndpointDownCachedKeysStillWork) {
  authn = make();
  ASSERT_TRUE(auth(token(claims())));
  fetcher->down(true);
  clock.advance(3600);  // keys are stale too: the failed refresh keeps them
  auto c = claims();
  EXPECT_TRUE(auth(token(c))) << "cached key must keep working";
  expect_refused(auth(mint("RS256", keys().rsa2, header("RS256", "new"), c)), 401,
                 invalid("unknown signing key"));
  clock.advance(31);
  expect_refused(auth(mint("RS256", keys().rsa2, header("RS256", "new2"), c)), 401,
                 invalid("unknown signing key"));
}

TEST_F(JwtAuth, JwksDownFromTheStartFailsClosed) {
  fetcher->down(true);
  authn = make();
  expect_refused(auth(token(claims())), 401, invalid("unknown signing key"));
}

TEST_F(JwtAuth, VerifiedTokensAreCachedUntilExpiry) {
  authn = make();
  auto tok = token(claims());
  ASSERT_TRUE(auth(tok));
  fetcher->set(kJwks, 200, jwks_json({}));  // the key disappears upstream...
  clock.advance(31);
  EXPECT_TRUE(auth(tok));  // ...but the verified token is still cached
  clock.advance(400);      // past exp and skew: verified afresh, not served from the cache
  expect_refused(auth(tok), 401, invalid("token expired"));
}

TEST_F(JwtAuth, CustomVerifierPlugsIn) {
  struct Counting : TokenVerifier {
    int calls = 0;
    TimePoint exp;
    std::expected<VerifiedToken, VerifyError> verify(std::string_view token) override {
      ++calls;
      if (token != "let-me-in") return std::unexpected(VerifyError{"nope"});
      VerifiedToken v;
      v.principal.subject = "svc";
      v.principal.scopes = {"mcp"};
      v.expires_at = exp;
      return v;
    }
  };
  auto v = std::make_shared<Counting>();
  v->exp = TimePoint(std::chrono::seconds(clock.now() + 100));
  auto a = Authenticator::create(config, {.verifier = v, .clock = clock.clock()});
  ASSERT_TRUE(a);
  authn = *a;
  EXPECT_TRUE(auth("let-me-in"));
  EXPECT_TRUE(auth("let-me-in"));
  EXPECT_EQ(v->calls, 1);  // the second came from the cache
  clock.advance(100);
  EXPECT_TRUE(auth("let-me-in"));
  EXPECT_EQ(v->calls, 2);  // the entry expired with the token
  expect_refused(auth("no"), 401, invalid("nope"));
}

TEST_F(JwtAuth, DiscoversJwksFromIssuerMetadata) {
  config.issuer = "https://as.example.com/tenant-1";
  config.jwks_uri.clear();
  // RFC 8414 path-aware location first; it names another issuer, so it is ignored.
  fetcher->set(
      "https://as.example.com/.well-known/oauth-authorization-server/tenant-1", 200,
      R"({"issuer":"https://evil.example.com/tenant-1","jwks_uri":"https://evil.example.com/jwks"})");
  fetcher->set("https://as.example.com/.well-known/openid-configuration/tenant-1", 404, "");
  fetcher->set(
      "https://as.example.com/tenant-1/.well-known/openid-configuration", 200,
      R"({"issuer":"https://as.example.com/tenant-1","jwks_uri":"https://as.example.com/t1/jwks"})");
  fetcher->set("https://as.example.com/t1/jwks", 200, jwks_json({jwk(keys().ec, "ec-1")}));
  authn = make();
  auto c = claims();
  c["iss"] = "https://as.example.com/tenant-1";
  auto r = auth(token(c, "ES256", "ec-1"));
  ASSERT_TRUE(r) << r.error().www_authenticate;
  EXPECT_EQ(fetcher->count("https://evil.example.com/jwks"), 0);
  EXPECT_EQ(fetcher->count("https://as.example.com/t1/jwks"), 1);
}

TEST_F(JwtAuth, KeysWithoutKidAndTokensWithoutKid) {
  fetcher->set(kJwks, 200, jwks_json({}));
  JsonObject bare = jwk(keys().ec, "x");
  bare.erase("kid");
  fetcher->set(kJwks, 200, jwks_json({bare}));
  authn = make();
  EXPECT_TRUE(auth(mint("ES256", keys().ec, {{"alg", "ES256"}, {"typ", "at+jwt"}}, claims())));
}

}  // namespace
}  // namespace sallyport::auth
