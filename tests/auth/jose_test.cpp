// JWK parsing and base64url at the edges.
#include <gtest/gtest.h>

#include "auth/encoding.hpp"
#include "auth/jose.hpp"
#include "auth_support.hpp"
#include "sallyport/auth/principal.hpp"

namespace sallyport::auth {
namespace {

using namespace test;
using detail::parse_jwk;

TEST(Base64url, StrictDecoding) {
  EXPECT_EQ(detail::base64url_decode("YWJj"), "abc");
  EXPECT_EQ(detail::base64url_decode("YWI"), "ab");
  EXPECT_EQ(detail::base64url_decode("YQ"), "a");
  EXPECT_FALSE(detail::base64url_decode("YQ=="));  // padding
  EXPECT_FALSE(detail::base64url_decode("YR"));    // non-zero trailing bits
  EXPECT_FALSE(detail::base64url_decode("Y"));     // impossible length
  EXPECT_FALSE(detail::base64url_decode("YW+j"));  // standard alphabet
  EXPECT_FALSE(detail::base64url_decode("YW j"));
  EXPECT_EQ(detail::base64url_decode(""), "");
  EXPECT_EQ(detail::base64url_encode("\xfb\xff"), "-_8");
}

TEST(Jwk, ParsesEachKeyType) {
  auto rsa = parse_jwk(jwk(rsa_key(), "r"));
  ASSERT_TRUE(rsa);
  EXPECT_EQ(rsa->bits, 2048);
  auto ec = parse_jwk(jwk(ec_key(), "e"));
  ASSERT_TRUE(ec);
  EXPECT_EQ(ec->curve, "P-256");
  auto ed = parse_jwk(jwk(ed25519_key(), "d"));
  ASSERT_TRUE(ed);
  EXPECT_EQ(ed->curve, "Ed25519");
}

TEST(Jwk, RefusesWhatIsNotASafePublicSignatureKey) {
  std::string why;
  EXPECT_FALSE(parse_jwk({{"kty", "oct"}, {"k", "c2VjcmV0"}}, &why));
  EXPECT_FALSE(parse_jwk(jwk(rsa_key(1024), "weak"), &why));
  EXPECT_EQ(why, "RSA key shorter than 2048 bits");
  auto with_d = jwk(ec_key(), "e");
  with_d["d"] = "AAAA";
  EXPECT_FALSE(parse_jwk(with_d, &why));
  EXPECT_EQ(why, "contains private key material");
  auto enc = jwk(ec_key(), "e");
  enc["use"] = "enc";
  EXPECT_FALSE(parse_jwk(enc, &why));
  // A point off the curve (invalid-curve attacks).
  auto off = jwk(ec_key(), "e");
  auto y = *detail::base64url_decode(std::string(off["y"].as_string()));
  y.back() = static_cast<char>(y.back() ^ 1);
  off["y"] = b64(y);
  EXPECT_FALSE(parse_jwk(off, &why));
  auto short_x = jwk(ec_key(), "e");
  short_x["x"] = b64(std::string(31, 'a'));
  EXPECT_FALSE(parse_jwk(short_x, &why));
  EXPECT_FALSE(
      parse_jwk({{"kty", "OKP"}, {"crv", "X25519"}, {"x", b64(std::string(32, 'a'))}}, &why));
}

TEST(Jwk, KeyFitsOnlyItsAlgorithms) {
  auto rsa = *parse_jwk(jwk(rsa_key(), "r"));
  auto ec = *parse_jwk(jwk(ec_key(), "e"));
  auto ed = *parse_jwk(jwk(ed25519_key(), "d"));
  using detail::find_alg;
  EXPECT_TRUE(detail::key_fits(rsa, *find_alg("RS256")));
  EXPECT_TRUE(detail::key_fits(rsa, *find_alg("PS256")));
  EXPECT_FALSE(detail::key_fits(rsa, *find_alg("ES256")));
  EXPECT_FALSE(detail::key_fits(ec, *find_alg("RS256")));
  EXPECT_FALSE(detail::key_fits(ec, *find_alg("ES384")));
  EXPECT_TRUE(detail::key_fits(ed, *find_alg("EdDSA")));
  EXPECT_TRUE(detail::key_fits(ed, *find_alg("Ed25519")));
  EXPECT_FALSE(find_alg("none"));
  EXPECT_FALSE(find_alg("HS256"));
}

TEST(PrincipalClaims, EveryField) {
  JsonObject c{{"sub", "alice"},        {"azp", "app"},
               {"iss", "https://as"},   {"scope", "a b  a"},
               {"scp", JsonArray{"c"}}, {"roles", JsonArray{"teller", 3, "auditor"}},
               {"groups", "branch-1"},  {"tid", "acme"}};
  auto p = principal_from_claims(c);
  EXPECT_EQ(p.subject, "alice");
  EXPECT_EQ(p.client_id, "app");
  EXPECT_EQ(p.scopes, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(p.roles, (std::vector<std::string>{"teller", "auditor"}));
  EXPECT_EQ(p.groups, (std::vector<std::string>{"branch-1"}));
  EXPECT_EQ(p.tenant, "acme");
  EXPECT_EQ(p.claims, c);

  JsonObject kc{{"sub", "bob"},
                {"client_id", "cli"},
                {"azp", "ignored"},
                {"realm_access", JsonObject{{"roles", JsonArray{"admin"}}}},
                {"org", 42}};
  auto q =
      principal_from_claims(kc, {.roles = "realm_access.roles", .groups = "", .tenant = "org"});
  EXPECT_EQ(q.client_id, "cli");
  EXPECT_EQ(q.roles, (std::vector<std::string>{"admin"}));
  EXPECT_EQ(q.tenant, "42");
}

}  // namespace
}  // namespace sallyport::auth
