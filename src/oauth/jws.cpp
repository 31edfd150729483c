#include "oauth/jws.hpp"

#include <fmt/format.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <cctype>
#include <stdexcept>
#include <vector>

#include "auth/encoding.hpp"
#include "auth/jose.hpp"
#include "auth/openssl_ptr.hpp"

namespace sallyport::oauth::detail {

namespace {

using auth::detail::OpenSslPtr;
using auth::detail::wrap;

using auth::detail::base64url_encode;
using auth::detail::KeyType;

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 16384;               // what auth's verifiers accept
constexpr std::size_t kMaxPemBytes = 64 * 1024;  // a 16384-bit RSA PKCS#8 PEM is ~13 KB

[[noreturn]] void openssl_failure(const char* what) {
  // The error queue may describe the key; it is dropped, not reported.
  ERR_clear_error();
  throw std::runtime_error(what);
}

// An encrypted PEM would otherwise make OpenSSL prompt on the terminal.
int no_passphrase(char*, int, int, void*) {
  return -1;
}

std::string_view bytes_of(const auth::detail::Sha256& digest) {
  return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

std::string b64_sha256(std::string_view data) {
  return base64url_encode(bytes_of(auth::detail::sha256(data)));
}

// The key's shape in auth's terms, so auth::detail::key_fits decides which algorithms suit it.
std::optional<auth::detail::PublicKey> describe(EVP_PKEY* key) {
  auth::detail::PublicKey info;
  info.bits = EVP_PKEY_get_bits(key);
  if (EVP_PKEY_is_a(key, "RSA")) {
    info.type = KeyType::rsa;
  } else if (EVP_PKEY_is_a(key, "EC")) {
    info.type = KeyType::ec;
    char group[64] = {};
    std::size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &len) != 1)
      return std::nullopt;  // explicit curve parameters: JOSE names curves
    std::string_view g(group, len);
    if (g == "prime256v1") info.curve = "P-256";
    if (g == "secp384r1") info.curve = "P-384";
    if (g == "secp521r1") info.curve = "P-521";
    if (info.curve.empty()) return std::nullopt;
  } else if (EVP_PKEY_is_a(key, "ED25519")) {
    info.type = KeyType::okp;
    info.curve = "Ed25519";
  } else if (EVP_PKEY_is_a(key, "ED448")) {
    info.type = KeyType::okp;
    info.curve = "Ed448";
  } else {
    return std::nullopt;  // DSA, DH, X25519, RSA-PSS-restricted keys, ...
  }
  return info;
}

std::string default_alg(const auth::detail::PublicKey& info) {
  switch (info.type) {
    case KeyType::rsa:
      return "RS256";
    case KeyType::okp:
      return "EdDSA";
    case KeyType::ec:
      break;
  }
  if (info.curve == "P-384") return "ES384";
  if (info.curve == "P-521") return "ES512";
  return "ES256";
}

std::string key_name(const auth::detail::PublicKey& info) {
  switch (info.type) {
    case KeyType::rsa:
      return fmt::format("a {}-bit RSA key", info.bits);
    case KeyType::ec:
      return fmt::format("an EC {} key", info.curve);
    case KeyType::okp:
      break;
  }
  return fmt::format("an {} key", info.curve);
}

std::optional<std::string> bn_param(EVP_PKEY* key, const char* name, int pad_to = 0) {
  BIGNUM* raw = nullptr;
  if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) return std::nullopt;
  OpenSslPtr<BIGNUM> bn(raw);
  // JOSE wants EC coordinates at full field length (RFC 7518 §6.2.1.2) and RSA integers
  // without leading zeros (§6.3.1.1).
  int size = pad_to > 0 ? pad_to : BN_num_bytes(bn.get());
  std::string out(static_cast<std::size_t>(size), '\0');
  auto* data = reinterpret_cast<unsigned char*>(out.data());
  if (BN_bn2binpad(bn.get(), data, size) != size) return std::nullopt;
  return out;
}

std::optional<JsonObject> public_jwk_of(EVP_PKEY* key, const auth::detail::PublicKey& info) {
  JsonObject jwk;
  if (info.type == KeyType::rsa) {
    auto n = bn_param(key, OSSL_PKEY_PARAM_RSA_N);
    auto e = bn_param(key, OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e) return std::nullopt;
    jwk["kty"] = "RSA";
    jwk["n"] = base64url_encode(*n);
    jwk["e"] = base64url_encode(*e);
  } else if (info.type == KeyType::ec) {
    int coord = (info.bits + 7) / 8;
    auto x = bn_param(key, OSSL_PKEY_PARAM_EC_PUB_X, coord);
    auto y = bn_param(key, OSSL_PKEY_PARAM_EC_PUB_Y, coord);
    if (!x || !y) return std::nullopt;
    jwk["kty"] = "EC";
    jwk["crv"] = info.curve;
    jwk["x"] = base64url_encode(*x);
    jwk["y"] = base64url_encode(*y);
  } else {
    std::size_t len = 0;
    if (EVP_PKEY_get_raw_public_key(key, nullptr, &len) != 1) return std::nullopt;
    std::string x(len, '\0');
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(x.data()), &len) != 1)
      return std::nullopt;
    x.resize(len);
    jwk["kty"] = "OKP";
    jwk["crv"] = info.curve;
    jwk["x"] = base64url_encode(x);
  }
  return jwk;
}

const EVP_MD* digest_for(std::string_view alg) {
  if (alg.ends_with("256")) return EVP_sha256();
  if (alg.ends_with("384")) return EVP_sha384();
  if (alg.ends_with("512")) return EVP_sha512();
  return nullptr;  // EdDSA hashes internally
}

// OpenSSL produces DER; JWS carries ECDSA signatures as fixed-size r||s (RFC 7518 §3.4).
std::string der_to_jose(std::string_view der, std::size_t coord) {
  auto* p = reinterpret_cast<const unsigned char*>(der.data());
  OpenSslPtr<ECDSA_SIG> sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
  if (!sig) openssl_failure("ECDSA signature encoding failed");
  const BIGNUM* r = nullptr;
  const BIGNUM* s = nullptr;
  ECDSA_SIG_get0(sig.get(), &r, &s);
  std::string out(2 * coord, '\0');
  auto* data = reinterpret_cast<unsigned char*>(out.data());
  int n = static_cast<int>(coord);
  if (BN_bn2binpad(r, data, n) != n || BN_bn2binpad(s, data + coord, n) != n)
    openssl_failure("ECDSA signature encoding failed");
  return out;
}

std::string sign(EVP_PKEY* key, std::string_view alg, std::string_view input) {
  auto spec = auth::detail::find_alg(alg);
  if (!spec) throw std::logic_error("SigningKey holds an unknown algorithm");
  const EVP_MD* md = spec->type == KeyType::okp ? nullptr : digest_for(alg);
  OpenSslPtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
  EVP_PKEY_CTX* pctx = nullptr;
  if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, key) != 1)
    openssl_failure("JWS signing failed");
  if (alg.starts_with("PS")) {
    // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash output.
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1)
      openssl_failure("JWS signing failed");
  } else if (spec->type == KeyType::rsa) {
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
      openssl_failure("JWS signing failed");
  }
  // One-shot EVP_DigestSign: EdDSA has no streaming form.
  auto* in = reinterpret_cast<const unsigned char*>(input.data());
  std::size_t len = 0;
  if (EVP_DigestSign(ctx.get(), nullptr, &len, in, input.size()) != 1)
    openssl_failure("JWS signing failed");
  std::string sig(len, '\0');
  if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, in,
                     input.size()) != 1)
    openssl_failure("JWS signing failed");
  sig.resize(len);
  if (spec->type == KeyType::ec)
    return der_to_jose(sig, static_cast<std::size_t>((EVP_PKEY_get_bits(key) + 7) / 8));
  return sig;
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

SigningKey::SigningKey(std::shared_ptr<EVP_PKEY> key, std::string alg, JsonObject jwk)
    : key_(std::move(key)),
      alg_(std::move(alg)),
      jwk_(std::move(jwk)),
      thumbprint_(jwk_thumbprint(jwk_)) {}

std::expected<SigningKey, std::string> SigningKey::from_pem(std::string_view pem,
                                                            std::string_view alg) {
  if (pem.size() > kMaxPemBytes) return std::unexpected("the private key PEM is too large");
  OpenSslPtr<BIO> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) openssl_failure("out of memory reading a private key");
  auto key = wrap(PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr));
  ERR_clear_error();  // failed decoder attempts leave entries behind even on success
  if (!key)
    return std::unexpected(
        "not a PEM private key (PKCS#8 or traditional, unencrypted; a public key or certificate "
        "cannot sign)");
  auto info = describe(key.get());
  if (!info)
    return std::unexpected(
        "unsupported key type (EC P-256/P-384/P-521, RSA, Ed25519 or Ed448 only)");
  if (info->type == KeyType::rsa && info->bits < kMinRsaBits)
    return std::unexpected(
        fmt::format("RSA keys need at least {} bits; this one has {}", kMinRsaBits, info->bits));
  if (info->type == KeyType::rsa && info->bits > kMaxRsaBits)
    return std::unexpected(
        fmt::format("RSA keys of more than {} bits are refused by verifiers", kMaxRsaBits));

  std::string chosen = alg.empty() ? default_alg(*info) : std::string(alg);
  auto spec = auth::detail::find_alg(chosen);
  if (!spec)
    return std::unexpected(fmt::format(
        "unsupported signing algorithm '{}' (only asymmetric JWS algorithms: RS*, PS*, ES*, "
        "EdDSA)",
        chosen.substr(0, 16)));
  if (!auth::detail::key_fits(*info, *spec))
    return std::unexpected(fmt::format("{} cannot be used with {}", chosen, key_name(*info)));

  auto jwk = public_jwk_of(key.get(), *info);
  ERR_clear_error();
  if (!jwk) return std::unexpected("cannot read the public half of the private key");
  return SigningKey(std::move(key), std::move(chosen), std::move(*jwk));
}

SigningKey SigningKey::generate_es256() {
  auto key = wrap(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key) openssl_failure("cannot generate a P-256 key");
  auto info = describe(key.get());
  auto jwk = info ? public_jwk_of(key.get(), *info) : std::nullopt;
  if (!jwk) openssl_failure("cannot read the public half of a generated P-256 key");
  return SigningKey(std::move(key), "ES256", std::move(*jwk));
}

std::string SigningKey::private_pem() const {
  // Secure-heap BIO: OpenSSL's copy of the PEM is wiped when freed.
  OpenSslPtr<BIO> bio(BIO_new(BIO_s_secmem()));
  if (!bio ||
      PEM_write_bio_PrivateKey(bio.get(), key_.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
    openssl_failure("cannot encode the private key");
  char* data = nullptr;
  long len = BIO_get_mem_data(bio.get(), &data);
  if (len <= 0 || !data) openssl_failure("cannot encode the private key");
  return std::string(data, static_cast<std::size_t>(len));
}

std::string SigningKey::sign_jwt(JsonObject header, const JsonObject& claims) const {
  header["alg"] = alg_;
  std::string input = base64url_encode(json::serialize(header));
  input += '.';
  input += base64url_encode(json::serialize(claims));
  std::string signature = sign(key_.get(), alg_, input);
  input += '.';
  input += base64url_encode(signature);
  return input;
}

std::string jwk_thumbprint(const JsonObject& jwk) {
  auto* kty = jwk.if_contains("kty");
  if (!kty || !kty->is_string()) return {};
  std::vector<std::string_view> members;
  if (kty->get_string() == "RSA") {
    members = {"e", "kty", "n"};
  } else if (kty->get_string() == "EC") {
    members = {"crv", "kty", "x", "y"};
  } else if (kty->get_string() == "OKP") {
    members = {"crv", "kty", "x"};  // RFC 8037 §2
  } else {
    return {};
  }
  // Boost.JSON keeps insertion order and serializes without whitespace: exactly the RFC 7638
  // §3.3 form once the required members go in lexicographic order.
  JsonObject canonical;
  for (auto name : members) {
    auto* v = jwk.if_contains(name);
    if (!v || !v->is_string()) return {};
    canonical[name] = *v;
  }
  return b64_sha256(json::serialize(canonical));
}

std::string random_token(std::size_t bytes) {
  std::string raw(bytes, '\0');
  if (bytes > 0 &&
      RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1)
    openssl_failure("the system random generator failed");
  return base64url_encode(raw);
}

std::string pkce_verifier() {
  return random_token(32);
}

std::string pkce_s256_challenge(std::string_view verifier) {
  return b64_sha256(verifier);
}

std::string dpop_htu(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return std::string(url.substr(0, url.find_first_of("?#")));
  boost::urls::url u(*parsed);
  u.remove_query();
  u.remove_fragment();
  u.normalize_scheme();
  if (u.host_type() == boost::urls::host_type::name) {
    std::string host(u.encoded_host());
    for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    u.set_encoded_host(host);
  }
  return std::string(u.buffer());
}

std::string dpop_proof(const SigningKey& key, std::string_view method, std::string_view url,
                       std::optional<std::string_view> access_token,
                       std::optional<std::string_view> nonce) {
  JsonObject header;
  header["typ"] = "dpop+jwt";
  header["jwk"] = key.public_jwk();
  JsonObject claims;
  claims["jti"] = random_token(16);  // 128 bits: RFC 9449 §11.1 asks for at least 96
  claims["htm"] = method;
  claims["htu"] = dpop_htu(url);
  claims["iat"] = now_seconds();
  if (access_token) claims["ath"] = b64_sha256(*access_token);
  if (nonce) claims["nonce"] = *nonce;
  return key.sign_jwt(std::move(header), claims);
}

std::string client_assertion(const SigningKey& key, std::string_view client_id,
                             std::string_view audience, std::chrono::seconds lifetime) {
  JsonObject header;
  header["typ"] = "JWT";
  std::int64_t iat = now_seconds();
  JsonObject claims;
  claims["iss"] = client_id;
  claims["sub"] = client_id;
  claims["aud"] = audience;
  claims["iat"] = iat;
  claims["exp"] = iat + lifetime.count();
  claims["jti"] = random_token(16);  // servers may reject a replayed assertion (RFC 7523 §3)
  return key.sign_jwt(std::move(header), claims);
}

}  // namespace sallyport::oauth::detail
