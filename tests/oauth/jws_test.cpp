// The client's signing primitives, checked against auth's verifier (what servers do) and the
// RFCs' own test vectors. Keys are generated at run time; none is checked in.
#include "oauth/jws.hpp"

#include <gtest/gtest.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "auth/encoding.hpp"
#include "auth/jose.hpp"

namespace sallyport::oauth::detail {
namespace {

using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

Pkey generate(const std::string& spec) {
  EVP_PKEY* k = nullptr;
  if (spec == "RSA-1024")
    k = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{1024});
  else if (spec == "RSA-2048")
    k = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{2048});
  else if (spec == "ED25519" || spec == "ED448" || spec == "X25519")
    k = EVP_PKEY_Q_keygen(nullptr, nullptr, spec.c_str());
  else  // an EC curve
    k = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", spec.c_str());
  return Pkey(k, EVP_PKEY_free);
}

enum class Pem { pkcs8, traditional, pkcs8_encrypted, public_key };

std::string pem_of(EVP_PKEY* key, Pem form) {
  Bio bio(BIO_new(BIO_s_mem()), BIO_free);
  int ok = 0;
  switch (form) {
    case Pem::pkcs8:
      ok = PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
      break;
    case Pem::traditional:
      ok = PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr,
                                                nullptr);
      break;
    case Pem::pkcs8_encrypted: {
      char pass[] = "correct horse";
      ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), key, EVP_aes_128_cbc(), pass,
                                         static_cast<int>(sizeof pass - 1), nullptr, nullptr);
      break;
    }
    case Pem::public_key:
      ok = PEM_write_bio_PUBKEY(bio.get(), key);
      break;
  }
  if (ok != 1) return {};
  char* data = nullptr;
  long len = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(len));
}

// One key per kind for the whole program: RSA generation is slow under the sanitizers.
const std::string& pem(const std::string& spec, Pem form = Pem::pkcs8) {
  static std::map<std::string, Pkey> keys;
  static std::map<std::pair<std::string, Pem>, std::string> pems;
  auto& p = pems[{spec, form}];
  if (p.empty()) {
    auto it = keys.find(spec);
    if (it == keys.end()) it = keys.emplace(spec, generate(spec)).first;
    if (it->second) p = pem_of(it->second.get(), form);
  }
  return p;
}

struct Jwt {
  JsonObject header;
  JsonObject claims;
  std::string signing_input;
  std::string signature;
};

std::optional<Jwt> decode(const std::string& jwt) {
  auto a = jwt.find('.');
  auto b = jwt.find('.', a + 1);
  if (a == std::string::npos || b == std::string::npos || jwt.find('.', b + 1) != jwt.npos)
    return std::nullopt;
  auto h = auth::detail::base64url_decode(std::string_view(jwt).substr(0, a));
  auto c = auth::detail::base64url_decode(std::string_view(jwt).substr(a + 1, b - a - 1));
  auto s = auth::detail::base64url_decode(std::string_view(jwt).substr(b + 1));
  if (!h || !c || !s) return std::nullopt;
  auto ho = auth::detail::parse_object(*h, 1 << 20);
  auto co = auth::detail::parse_object(*c, 1 << 20);
  if (!ho || !co) return std::nullopt;
  return Jwt{*ho, *co, jwt.substr(0, b), *s};
}

// What a server does: verify with the public JWK alone, by the header's alg.
::testing::AssertionResult verifies(const std::string& jwt, const JsonObject& jwk) {
  auto parts = decode(jwt);
  if (!parts) return ::testing::AssertionFailure() << "not a compact JWS";
  std::string why;
  auto key = auth::detail::parse_jwk(jwk, &why);
  if (!key) return ::testing::AssertionFailure() << "parse_jwk: " << why;
  auto* alg = parts->header.if_contains("alg");
  if (!alg || !alg->is_string()) return ::testing::AssertionFailure() << "no alg";
  auto spec = auth::detail::find_alg(alg->get_string());
  if (!spec) return ::testing::AssertionFailure() << "unknown alg " << alg->get_string();
  if (!auth::detail::verify_signature(*spec, *key, parts->signing_input, parts->signature))
    return ::testing::AssertionFailure() << "signature does not verify";
  return ::testing::AssertionSuccess();
}

std::string str(const JsonObject& o, std::string_view name) {
  auto* v = o.if_contains(name);
  return v && v->is_string() ? std::string(v->get_string()) : std::string("<absent>");
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

struct AlgCase {
  std::string key;  // generate() spec
  std::string alg;  // "" = the key's default
  std::string expected_alg;
  std::vector<std::string> jwk_members;
};

void PrintTo(const AlgCase& c, std::ostream* os) {
  *os << c.key << " " << (c.alg.empty() ? "(default)" : c.alg);
}

class SignAndVerify : public ::testing::TestWithParam<AlgCase> {};

TEST_P(SignAndVerify, RoundTripsThroughAuthsVerifier) {
  const auto& c = GetParam();
  const auto& text = pem(c.key);
  ASSERT_FALSE(text.empty());
  auto key = SigningKey::from_pem(text, c.alg);
  ASSERT_TRUE(key) << key.error();
  EXPECT_EQ(key->alg(), c.expected_alg);

  // Exactly the public members: a private member would make parse_jwk refuse it anyway.
  std::vector<std::string> members;
  for (auto& kv : key->public_jwk()) members.emplace_back(kv.key());
  std::sort(members.begin(), members.end());
  EXPECT_EQ(members, c.jwk_members);

  // The header's own alg is overwritten: the key decides.
  auto jwt = key->sign_jwt({{"kid", "k1"}, {"alg", "HS256"}}, {{"sub", "s"}, {"n", 7}});
  auto parts = decode(jwt);
  ASSERT_TRUE(parts);
  EXPECT_EQ(str(parts->header, "alg"), c.expected_alg);
  EXPECT_EQ(str(parts->header, "kid"), "k1");
  EXPECT_EQ(parts->claims, (JsonObject{{"sub", "s"}, {"n", 7}}));
  EXPECT_TRUE(verifies(jwt, key->public_jwk()));

  // A changed payload must not verify (the check above is not vacuous).
  auto tampered = key->sign_jwt({}, {{"sub", "s"}});
  auto dot = tampered.rfind('.');
  auto forged = key->sign_jwt({}, {{"sub", "t"}}).substr(0, dot) + tampered.substr(dot);
  ASSERT_EQ(forged.size(), tampered.size());
  EXPECT_FALSE(verifies(forged, key->public_jwk()));

  // Another key of the same kind does not verify it either.
  auto other = SigningKey::from_pem(pem_of(generate(c.key).get(), Pem::pkcs8), c.alg);
  ASSERT_TRUE(other) << other.error();
  EXPECT_NE(other->thumbprint(), key->thumbprint());
  EXPECT_FALSE(verifies(jwt, other->public_jwk()));
}

const std::vector<std::string> kEc{"crv", "kty", "x", "y"};
const std::vector<std::string> kRsa{"e", "kty", "n"};
const std::vector<std::string> kOkp{"crv", "kty", "x"};

INSTANTIATE_TEST_SUITE_P(
    Algorithms, SignAndVerify,
    ::testing::Values(
        AlgCase{"P-256", "", "ES256", kEc}, AlgCase{"P-256", "ES256", "ES256", kEc},
        AlgCase{"P-384", "", "ES384", kEc}, AlgCase{"P-521", "", "ES512", kEc},
        AlgCase{"RSA-2048", "", "RS256", kRsa}, AlgCase{"RSA-2048", "RS384", "RS384", kRsa},
        AlgCase{"RSA-2048", "RS512", "RS512", kRsa}, AlgCase{"RSA-2048", "PS256", "PS256", kRsa},
        AlgCase{"RSA-2048", "PS384", "PS384", kRsa}, AlgCase{"RSA-2048", "PS512", "PS512", kRsa},
        AlgCase{"ED25519", "", "EdDSA", kOkp}, AlgCase{"ED25519", "Ed25519", "Ed25519", kOkp},
        AlgCase{"ED448", "", "EdDSA", kOkp}),
    [](const ::testing::TestParamInfo<AlgCase>& param_info) {
      const auto& c = param_info.param;
      std::string name = c.key + "_" + (c.alg.empty() ? "default_" + c.expected_alg : c.alg);
      for (auto& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

TEST(SigningKey, EcCoordinatesKeepFullLength) {
  // About 1 in 256 P-256 keys has a coordinate with a leading zero byte; JOSE still wants 32
  // bytes (parse_jwk insists). Enough keys that a stripped zero would show up.
  for (int i = 0; i < 600; ++i) {
    auto key = SigningKey::generate_es256();
    auto x = auth::detail::base64url_decode(str(key.public_jwk(), "x"));
    auto y = auth::detail::base64url_decode(str(key.public_jwk(), "y"));
    ASSERT_TRUE(x && y);
    ASSERT_EQ(x->size(), 32u);
    ASSERT_EQ(y->size(), 32u);
  }
}

TEST(SigningKey, TraditionalPemIsTheSameKey) {
  for (std::string spec : {"P-256", "RSA-2048"}) {
    auto trad = pem(spec, Pem::traditional);
    EXPECT_EQ(trad.find("-----BEGIN PRIVATE KEY-----"), std::string::npos) << spec;
    auto a = SigningKey::from_pem(trad);
    auto b = SigningKey::from_pem(pem(spec));
    ASSERT_TRUE(a) << a.error();
    ASSERT_TRUE(b) << b.error();
    EXPECT_EQ(a->public_jwk(), b->public_jwk());
    EXPECT_TRUE(verifies(a->sign_jwt({}, {{"a", 1}}), b->public_jwk()));
  }
}

TEST(SigningKey, GeneratedKeyPersistsAsPkcs8) {
  auto key = SigningKey::generate_es256();
  EXPECT_EQ(key.alg(), "ES256");
  EXPECT_EQ(str(key.public_jwk(), "crv"), "P-256");
  auto text = key.private_pem();
  EXPECT_TRUE(text.starts_with("-----BEGIN PRIVATE KEY-----\n")) << "not PKCS#8";
  auto back = SigningKey::from_pem(text);
  ASSERT_TRUE(back) << back.error();
  EXPECT_EQ(back->alg(), "ES256");
  EXPECT_EQ(back->thumbprint(), key.thumbprint());
  EXPECT_TRUE(verifies(back->sign_jwt({}, {{"a", 1}}), key.public_jwk()));
  EXPECT_NE(SigningKey::generate_es256().thumbprint(), key.thumbprint());
}

TEST(SigningKey, RejectsWhatCannotOrMustNotSign) {
  auto refused = [](std::string_view text, std::string_view alg = {}) {
    auto key = SigningKey::from_pem(text, alg);
    if (key) return std::string("<accepted>");
    EXPECT_FALSE(key.error().empty());
    return key.error();
  };
  EXPECT_NE(refused(""), "<accepted>");
  EXPECT_NE(refused("hello"), "<accepted>");
  EXPECT_NE(refused("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
            "<accepted>");
  EXPECT_NE(refused(pem("P-256", Pem::public_key)), "<accepted>");
  EXPECT_NE(refused(pem("RSA-2048", Pem::public_key)), "<accepted>");
  // Encrypted: refused, and no passphrase prompt (the test would hang on a terminal).
  EXPECT_NE(refused(pem("P-256", Pem::pkcs8_encrypted)), "<accepted>");

  // Never symmetric, never unsigned, never unknown.
  EXPECT_NE(refused(pem("P-256"), "HS256"), "<accepted>");
  EXPECT_NE(refused(pem("RSA-2048"), "HS256"), "<accepted>");
  EXPECT_NE(refused(pem("P-256"), "none"), "<accepted>");
  EXPECT_NE(refused(pem("P-256"), "es256"), "<accepted>");

  // The algorithm must suit the key.
  auto mismatch = refused(pem("RSA-2048"), "ES256");
  EXPECT_NE(mismatch.find("RSA"), std::string::npos) << mismatch;
  EXPECT_NE(refused(pem("P-256"), "RS256"), "<accepted>");
  EXPECT_NE(refused(pem("P-256"), "PS256"), "<accepted>");
  EXPECT_NE(refused(pem("P-256"), "ES384"), "<accepted>");
  EXPECT_NE(refused(pem("P-384"), "ES256"), "<accepted>");
  EXPECT_NE(refused(pem("P-256"), "EdDSA"), "<accepted>");
  EXPECT_NE(refused(pem("ED25519"), "ES256"), "<accepted>");
  EXPECT_NE(refused(pem("ED448"), "Ed25519"), "<accepted>");

  // Weak RSA, by default and when asked for by name.
  auto weak = refused(pem("RSA-1024"));
  EXPECT_NE(weak.find("2048"), std::string::npos) << weak;
  EXPECT_NE(refused(pem("RSA-1024"), "RS256"), "<accepted>");

  // Key types JOSE signing has no use for.
  EXPECT_NE(refused(pem("secp256k1")), "<accepted>");
  EXPECT_NE(refused(pem("X25519")), "<accepted>");

  // Errors never echo the key.
  const auto& secret = pem("RSA-2048");
  auto body = secret.substr(secret.find('\n') + 1, 40);
  EXPECT_EQ(refused(secret, "ES256").find(body), std::string::npos);
}

TEST(Thumbprint, Rfc7638Example) {
  // RFC 7638 §3.1, with members the thumbprint must ignore.
  JsonObject jwk{
      {"kty", "RSA"},
      {"n",
       "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
       "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
       "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
       "bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"},
      {"e", "AQAB"},
      {"alg", "RS256"},
      {"kid", "2011-04-29"}};
  EXPECT_EQ(jwk_thumbprint(jwk), "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
}

TEST(Thumbprint, Rfc8037Ed25519Example) {
  // RFC 8037 Appendix A.3.
  JsonObject jwk{
      {"kty", "OKP"}, {"crv", "Ed25519"}, {"x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}};
  EXPECT_EQ(jwk_thumbprint(jwk), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
}

TEST(Thumbprint, KeysReportTheirJwksThumbprint) {
  for (std::string spec : {"P-384", "RSA-2048", "ED25519"}) {
    auto key = SigningKey::from_pem(pem(spec));
    ASSERT_TRUE(key) << key.error();
    EXPECT_EQ(key->thumbprint(), jwk_thumbprint(key->public_jwk())) << spec;
    EXPECT_EQ(key->thumbprint().size(), 43u) << spec;
  }
  EXPECT_EQ(jwk_thumbprint({{"kty", "oct"}, {"k", "AAAA"}}), "");
  EXPECT_EQ(jwk_thumbprint({{"kty", "EC"}, {"crv", "P-256"}, {"x", "AAAA"}}), "");
}

TEST(Pkce, Rfc7636AppendixB) {
  EXPECT_EQ(pkce_s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(Pkce, VerifiersAreFreshAndWellFormed) {
  auto a = pkce_verifier();
  auto b = pkce_verifier();
  EXPECT_NE(a, b);
  for (const auto& v : {a, b}) {
    EXPECT_EQ(v.size(), 43u);  // RFC 7636 §4.1: 43..128
    for (char ch : v)
      EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '.' ||
                  ch == '_' || ch == '~')
          << v;
    EXPECT_EQ(pkce_s256_challenge(v).size(), 43u);
  }
}

TEST(RandomToken, LengthAndUniqueness) {
  EXPECT_EQ(random_token().size(), 43u);
  EXPECT_EQ(random_token(16).size(), 22u);
  EXPECT_EQ(random_token(0), "");
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) seen.insert(random_token(16));
  EXPECT_EQ(seen.size(), 100u);
}

TEST(Dpop, HtuDropsQueryAndFragment) {
  EXPECT_EQ(dpop_htu("https://server.example.com/token"), "https://server.example.com/token");
  EXPECT_EQ(dpop_htu("https://server.example.com/token?a=1&b=2#frag"),
            "https://server.example.com/token");
  EXPECT_EQ(dpop_htu("HTTPS://Server.Example.COM/Path/MCP?x#y"),
            "https://server.example.com/Path/MCP");  // the path keeps its case
  EXPECT_EQ(dpop_htu("http://127.0.0.1:8080/mcp#only-fragment"), "http://127.0.0.1:8080/mcp");
  EXPECT_EQ(dpop_htu("https://a.example?q=1"), "https://a.example");
  EXPECT_EQ(dpop_htu("https://a.example/p?"), "https://a.example/p");
  EXPECT_EQ(dpop_htu("https://[::1]:9/x?y"), "https://[::1]:9/x");
}

TEST(Dpop, ProofStructure) {
  auto key = SigningKey::generate_es256();
  auto before = now_seconds();
  auto proof = dpop_proof(key, "POST", "https://Server.example.com/token?x=1#f");
  auto after = now_seconds();
  auto jwt = decode(proof);
  ASSERT_TRUE(jwt);

  EXPECT_EQ(str(jwt->header, "typ"), "dpop+jwt");
  EXPECT_EQ(str(jwt->header, "alg"), "ES256");
  auto* jwk = jwt->header.if_contains("jwk");
  ASSERT_TRUE(jwk && jwk->is_object());
  EXPECT_EQ(jwk->get_object(), key.public_jwk());
  EXPECT_FALSE(jwk->get_object().contains("d"));
  // A server verifies with the key the proof carries.
  EXPECT_TRUE(verifies(proof, jwk->get_object()));

  EXPECT_EQ(str(jwt->claims, "htm"), "POST");
  EXPECT_EQ(str(jwt->claims, "htu"), "https://server.example.com/token");
  ASSERT_TRUE(jwt->claims.contains("iat") && jwt->claims.at("iat").is_int64());
  EXPECT_GE(jwt->claims.at("iat").as_int64(), before);
  EXPECT_LE(jwt->claims.at("iat").as_int64(), after);
  EXPECT_GE(str(jwt->claims, "jti").size(), 16u);
  EXPECT_FALSE(jwt->claims.contains("ath"));
  EXPECT_FALSE(jwt->claims.contains("nonce"));
  EXPECT_EQ(jwt->claims.size(), 4u);

  auto again = decode(dpop_proof(key, "POST", "https://Server.example.com/token"));
  ASSERT_TRUE(again);
  EXPECT_NE(str(again->claims, "jti"), str(jwt->claims, "jti"));
}

TEST(Dpop, AccessTokenHashAndNonce) {
  auto key = SigningKey::generate_es256();
  // RFC 9449 §7.1's example access token and its ath.
  std::string token = "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU";
  auto jwt = decode(dpop_proof(key, "GET", "https://resource.example.org/protectedresource", token,
                               "eyJ7S_zG.eyJH0-Z.HX4w-7v"));
  ASSERT_TRUE(jwt);
  EXPECT_EQ(str(jwt->claims, "ath"), "fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo");
  EXPECT_EQ(str(jwt->claims, "nonce"), "eyJ7S_zG.eyJH0-Z.HX4w-7v");
  EXPECT_EQ(str(jwt->claims, "htm"), "GET");

  auto nonce_only = decode(dpop_proof(key, "POST", "https://as.example/token", {}, "n-1"));
  ASSERT_TRUE(nonce_only);
  EXPECT_FALSE(nonce_only->claims.contains("ath"));
  EXPECT_EQ(str(nonce_only->claims, "nonce"), "n-1");
}

TEST(Dpop, ProofWithAnRsaKey) {
  auto key = SigningKey::from_pem(pem("RSA-2048"), "PS256");
  ASSERT_TRUE(key) << key.error();
  auto proof = dpop_proof(*key, "POST", "https://as.example/token");
  auto jwt = decode(proof);
  ASSERT_TRUE(jwt);
  EXPECT_EQ(str(jwt->header, "alg"), "PS256");
  auto& jwk = jwt->header.at("jwk").as_object();
  EXPECT_EQ(str(jwk, "kty"), "RSA");
  for (auto priv : {"d", "p", "q", "dp", "dq", "qi"}) EXPECT_FALSE(jwk.contains(priv)) << priv;
  EXPECT_TRUE(verifies(proof, jwk));
}

TEST(ClientAssertion, Rfc7523Claims) {
  auto key = SigningKey::from_pem(pem("P-256"));
  ASSERT_TRUE(key) << key.error();
  auto before = now_seconds();
  auto assertion = client_assertion(*key, "client-1", "https://as.example");
  auto after = now_seconds();
  EXPECT_TRUE(verifies(assertion, key->public_jwk()));
  auto jwt = decode(assertion);
  ASSERT_TRUE(jwt);
  EXPECT_EQ(str(jwt->header, "typ"), "JWT");
  EXPECT_EQ(str(jwt->header, "alg"), "ES256");
  EXPECT_FALSE(jwt->header.contains("jwk"));
  EXPECT_EQ(str(jwt->claims, "iss"), "client-1");
  EXPECT_EQ(str(jwt->claims, "sub"), "client-1");
  EXPECT_EQ(str(jwt->claims, "aud"), "https://as.example");
  auto iat = jwt->claims.at("iat").as_int64();
  EXPECT_GE(iat, before);
  EXPECT_LE(iat, after);
  EXPECT_EQ(jwt->claims.at("exp").as_int64(), iat + 60);
  EXPECT_GE(str(jwt->claims, "jti").size(), 16u);

  auto longer =
      decode(client_assertion(*key, "client-1", "https://as.example", std::chrono::seconds(300)));
  ASSERT_TRUE(longer);
  EXPECT_EQ(longer->claims.at("exp").as_int64() - longer->claims.at("iat").as_int64(), 300);
  EXPECT_NE(str(longer->claims, "jti"), str(jwt->claims, "jti"));
}

}  // namespace
}  // namespace sallyport::oauth::detail
