#include "auth/jose.hpp"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <array>

#include "auth/encoding.hpp"
#include "auth/openssl_ptr.hpp"

namespace sallyport::auth::detail {

namespace {

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 16384;  // bounds the cost of one verification

std::optional<std::string_view> get_str(const JsonObject& o, std::string_view name) {
  auto* v = o.if_contains(name);
  if (!v || !v->is_string()) return std::nullopt;
  auto& s = v->get_string();
  return std::string_view(s.data(), s.size());
}

std::optional<std::string> get_b64(const JsonObject& o, std::string_view name) {
  auto s = get_str(o, name);
  if (!s) return std::nullopt;
  return base64url_decode(*s);
}

bool fail(std::string* why, const char* reason) {
  if (why) *why = reason;
  ERR_clear_error();
  return false;
}

std::shared_ptr<EVP_PKEY> from_params(const char* type, OSSL_PARAM_BLD* bld) {
  OpenSslPtr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(bld));
  if (!params) return nullptr;
  OpenSslPtr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) return nullptr;
  EVP_PKEY* raw = nullptr;
  if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) return nullptr;
  auto key = wrap(raw);
  // Rejects EC points off the curve and malformed RSA moduli.
  OpenSslPtr<EVP_PKEY_CTX> check(EVP_PKEY_CTX_new_from_pkey(nullptr, raw, nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) return nullptr;
  return key;
}

std::shared_ptr<EVP_PKEY> rsa_key(const std::string& n, const std::string& e) {
  OpenSslPtr<BIGNUM> bn_n(BN_bin2bn(reinterpret_cast<const unsigned char*>(n.data()),
                                    static_cast<int>(n.size()), nullptr));
  OpenSslPtr<BIGNUM> bn_e(BN_bin2bn(reinterpret_cast<const unsigned char*>(e.data()),
                                    static_cast<int>(e.size()), nullptr));
  OpenSslPtr<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
  if (!bn_n || !bn_e || !bld) return nullptr;
  if (OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn_n.get()) != 1 ||
      OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bn_e.get()) != 1)
    return nullptr;
  return from_params("RSA", bld.get());
}

struct Curve {
  std::string_view jwk_name;
  const char* group;
  std::size_t coord;
};
constexpr std::array<Curve, 3> kCurves{
    {{"P-256", "prime256v1", 32}, {"P-384", "secp384r1", 48}, {"P-521", "secp521r1", 66}}};

std::shared_ptr<EVP_PKEY> ec_key(const Curve& c, const std::string& x, const std::string& y) {
  std::string point;
  point.reserve(1 + x.size() + y.size());
  point += '\x04';  // uncompressed
  point += x;
  point += y;
  OpenSslPtr<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
  if (!bld) return nullptr;
  if (OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, c.group, 0) != 1 ||
      OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                       point.size()) != 1)
    return nullptr;
  return from_params("EC", bld.get());
}

std::size_t ec_coord_size(std::string_view curve) {
  for (auto& c : kCurves)
    if (c.jwk_name == curve) return c.coord;
  return 0;
}

const EVP_MD* digest_for(std::string_view alg) {
  if (alg.ends_with("256")) return EVP_sha256();
  if (alg.ends_with("384")) return EVP_sha384();
  if (alg.ends_with("512")) return EVP_sha512();
  return nullptr;  // EdDSA hashes internally
}

}  // namespace

std::optional<PublicKey> parse_jwk(const JsonObject& jwk, std::string* why) {
  PublicKey key;
  auto kty = get_str(jwk, "kty");
  if (!kty) return fail(why, "no kty"), std::nullopt;
  if (auto* kid = jwk.if_contains("kid")) {
    if (!kid->is_string()) return fail(why, "kid is not a string"), std::nullopt;
    key.kid = std::string(kid->get_string());
  }
  if (auto* alg = jwk.if_contains("alg")) {
    if (!alg->is_string()) return fail(why, "alg is not a string"), std::nullopt;
    key.alg = std::string(alg->get_string());
  }
  if (auto* use = jwk.if_contains("use"); use && !(use->is_string() && use->get_string() == "sig"))
    return fail(why, "not a signature key (use)"), std::nullopt;
  if (auto* ops = jwk.if_contains("key_ops")) {
    bool verify = false;
    if (ops->is_array())
      for (auto& op : ops->get_array())
        verify = verify || (op.is_string() && op.get_string() == "verify");
    if (!verify) return fail(why, "not a verification key (key_ops)"), std::nullopt;
  }
  // A published private key is compromised: refuse it rather than trust its public half.
  for (auto priv : {"d", "p", "q", "dp", "dq", "qi", "k"})
    if (jwk.contains(priv)) return fail(why, "contains private key material"), std::nullopt;

  if (*kty == "RSA") {
    auto n = get_b64(jwk, "n");
    auto e = get_b64(jwk, "e");
    if (!n || !e || n->empty() || e->empty() || e->size() > 8)
      return fail(why, "bad RSA n/e"), std::nullopt;
    if (n->size() * 8 > static_cast<std::size_t>(kMaxRsaBits) + 8)
      return fail(why, "RSA key too large"), std::nullopt;
    key.type = KeyType::rsa;
    key.pkey = rsa_key(*n, *e);
    if (!key.pkey) return fail(why, "invalid RSA key"), std::nullopt;
    key.bits = EVP_PKEY_get_bits(key.pkey.get());
    if (key.bits < kMinRsaBits) return fail(why, "RSA key shorter than 2048 bits"), std::nullopt;
  } else if (*kty == "EC") {
    auto crv = get_str(jwk, "crv");
    const Curve* curve = nullptr;
    for (auto& c : kCurves)
      if (crv && c.jwk_name == *crv) curve = &c;
    if (!curve) return fail(why, "unsupported EC curve"), std::nullopt;
    auto x = get_b64(jwk, "x");
    auto y = get_b64(jwk, "y");
    if (!x || !y || x->size() != curve->coord || y->size() != curve->coord)
      return fail(why, "bad EC coordinates"), std::nullopt;
    key.type = KeyType::ec;
    key.curve = std::string(curve->jwk_name);
    key.pkey = ec_key(*curve, *x, *y);
    if (!key.pkey) return fail(why, "invalid EC point"), std::nullopt;
    key.bits = EVP_PKEY_get_bits(key.pkey.get());
  } else if (*kty == "OKP") {
    auto crv = get_str(jwk, "crv");
    auto x = get_b64(jwk, "x");
    int id = 0;
    std::size_t len = 0;
    if (crv && *crv == "Ed25519") id = EVP_PKEY_ED25519, len = 32;
    if (crv && *crv == "Ed448") id = EVP_PKEY_ED448, len = 57;
    if (!id) return fail(why, "unsupported OKP curve"), std::nullopt;
    if (!x || x->size() != len) return fail(why, "bad OKP x"), std::nullopt;
    key.type = KeyType::okp;
    key.curve = std::string(*crv);
    key.pkey = wrap(EVP_PKEY_new_raw_public_key(
        id, nullptr, reinterpret_cast<const unsigned char*>(x->data()), x->size()));
    if (!key.pkey) return fail(why, "invalid OKP key"), std::nullopt;
    key.bits = EVP_PKEY_get_bits(key.pkey.get());
  } else {
    return fail(why, "unsupported kty (symmetric keys are never used)"), std::nullopt;
  }
  return key;
}

std::optional<AlgSpec> find_alg(std::string_view alg) {
  static constexpr std::array<AlgSpec, 11> kAlgs{{
      {"RS256", KeyType::rsa, ""},
      {"RS384", KeyType::rsa, ""},
      {"RS512", KeyType::rsa, ""},
      {"PS256", KeyType::rsa, ""},
      {"PS384", KeyType::rsa, ""},
      {"PS512", KeyType::rsa, ""},
      {"ES256", KeyType::ec, "P-256"},
      {"ES384", KeyType::ec, "P-384"},
      {"ES512", KeyType::ec, "P-521"},
      {"EdDSA", KeyType::okp, ""},           // Ed25519 or Ed448 (RFC 8037)
      {"Ed25519", KeyType::okp, "Ed25519"},  // fully specified (RFC 9864)
  }};
  for (auto& a : kAlgs)
    if (a.name == alg) return a;
  return std::nullopt;
}

bool key_fits(const PublicKey& key, const AlgSpec& alg) {
  if (key.type != alg.type) return false;
  if (!alg.curve.empty() && key.curve != alg.curve) return false;
  if (key.type == KeyType::rsa && key.bits < kMinRsaBits) return false;
  if (key.alg && *key.alg != alg.name) {
    // RFC 9864 names Ed25519 what RFC 8037 called EdDSA: same algorithm on an Ed25519 key.
    bool ed_alias = key.curve == "Ed25519" && (*key.alg == "EdDSA" || *key.alg == "Ed25519") &&
                    (alg.name == "EdDSA" || alg.name == "Ed25519");
    if (!ed_alias) return false;
  }
  return true;
}

bool verify_signature(const AlgSpec& alg, const PublicKey& key, std::string_view signing_input,
                      std::string_view signature) {
  if (!key_fits(key, alg) || !key.pkey) return false;
  std::string der;
  std::string_view sig = signature;
  if (alg.type == KeyType::ec) {
    std::size_t n = ec_coord_size(key.curve);
    if (n == 0 || signature.size() != 2 * n) return false;
    OpenSslPtr<ECDSA_SIG> es(ECDSA_SIG_new());
    auto* data = reinterpret_cast<const unsigned char*>(signature.data());
    BIGNUM* r = BN_bin2bn(data, static_cast<int>(n), nullptr);
    BIGNUM* s = BN_bin2bn(data + n, static_cast<int>(n), nullptr);
    if (!es || !r || !s || ECDSA_SIG_set0(es.get(), r, s) != 1) {
      BN_free(r);
      BN_free(s);
      return fail(nullptr, "");
    }
    unsigned char* out = nullptr;
    int len = i2d_ECDSA_SIG(es.get(), &out);
    if (len <= 0) return fail(nullptr, "");
    der.assign(reinterpret_cast<char*>(out), static_cast<std::size_t>(len));
    OPENSSL_free(out);
    sig = der;
  } else if (alg.type == KeyType::rsa) {
    if (signature.size() != static_cast<std::size_t>(EVP_PKEY_get_size(key.pkey.get())))
      return false;
  }
  OpenSslPtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
  if (!ctx) return false;
  EVP_PKEY_CTX* pctx = nullptr;
  const EVP_MD* md = alg.type == KeyType::okp ? nullptr : digest_for(alg.name);
  if (EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, key.pkey.get()) != 1)
    return fail(nullptr, "");
  if (alg.name.starts_with("PS")) {
    // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash output.
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1)
      return fail(nullptr, "");
  } else if (alg.type == KeyType::rsa) {
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) return fail(nullptr, "");
  }
  int rc = EVP_DigestVerify(
      ctx.get(), reinterpret_cast<const unsigned char*>(sig.data()), sig.size(),
      reinterpret_cast<const unsigned char*>(signing_input.data()), signing_input.size());
  if (rc != 1) return fail(nullptr, "");
  return true;
}

}  // namespace sallyport::auth::detail
