// The client's signing side of JOSE: private keys, compact JWS (RFC 7515) signing, PKCE
// (RFC 7636), DPoP proofs (RFC 9449) and private_key_jwt client assertions (RFC 7523).
// Verification lives in auth/jose.hpp; what is signed here verifies there.
#pragma once

#include <chrono>
#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sallyport/model/json.hpp"

typedef struct evp_pkey_st EVP_PKEY;

namespace sallyport::oauth::detail {

// A private signing key (EC P-256/P-384/P-521, RSA of 2048 bits or more, Ed25519, Ed448) and
// the JOSE algorithm it signs with. Immutable, so copies share the key.
class SigningKey {
 public:
  // A PEM private key (PKCS#8 or traditional; encrypted PEMs are refused, never prompted
  // for). `alg` empty: ES256/ES384/ES512 by curve, RS256 for RSA, EdDSA for Ed25519/Ed448.
  // Otherwise it must suit the key; HS* and "none" never do. Errors never quote the key.
  static std::expected<SigningKey, std::string> from_pem(std::string_view pem,
                                                         std::string_view alg = {});
  // A fresh P-256 key (DPoP). Throws std::runtime_error if OpenSSL cannot make one.
  static SigningKey generate_es256();

  std::string private_pem() const;  // unencrypted PKCS#8, to persist a DPoP key with its tokens
  const std::string& alg() const { return alg_; }
  // Public members only: kty+crv+x+y (EC), kty+n+e (RSA), kty+crv+x (OKP).
  const JsonObject& public_jwk() const { return jwk_; }
  // RFC 7638 SHA-256 thumbprint of public_jwk(), base64url (DPoP's jkt).
  const std::string& thumbprint() const { return thumbprint_; }

  // Compact JWS: the protected header is `header` with "alg" set to alg() (whatever `header`
  // said); the payload is `claims` serialized. Throws std::runtime_error if signing fails.
  std::string sign_jwt(JsonObject header, const JsonObject& claims) const;

 private:
  SigningKey(std::shared_ptr<EVP_PKEY> key, std::string alg, JsonObject jwk);

  std::shared_ptr<EVP_PKEY> key_;
  std::string alg_;
  JsonObject jwk_;  // derived once: every DPoP proof carries it
  std::string thumbprint_;
};

// RFC 7638 §3: SHA-256 over the required members of a public JWK in lexicographic order,
// base64url. Empty for a JWK without a supported kty or with a required member missing.
std::string jwk_thumbprint(const JsonObject& jwk);

// base64url of `bytes` CSPRNG bytes. Throws std::runtime_error if RAND_bytes fails.
std::string random_token(std::size_t bytes = 32);

// RFC 7636 §4.1: 32 random bytes, base64url: 43 characters of the unreserved set.
std::string pkce_verifier();
// RFC 7636 §4.2 S256: BASE64URL(SHA256(ASCII(verifier))).
std::string pkce_s256_challenge(std::string_view verifier);

// RFC 9449 §4.2 htu: the URL without query and fragment; scheme and host lowercased.
std::string dpop_htu(std::string_view url);

// RFC 9449 §4.2 proof: header {typ: "dpop+jwt", alg, jwk}; claims {jti, htm, htu, iat, and
// ath (base64url SHA-256 of the access token) and nonce only when given}.
std::string dpop_proof(const SigningKey& key, std::string_view method, std::string_view url,
                       std::optional<std::string_view> access_token = {},
                       std::optional<std::string_view> nonce = {});

// RFC 7523 §3 client assertion for private_key_jwt (RFC 7521 §4.2): header {alg, typ: "JWT"};
// claims {iss and sub: client_id, aud: audience, iat, exp: iat + lifetime, jti}.
std::string client_assertion(const SigningKey& key, std::string_view client_id,
                             std::string_view audience,
                             std::chrono::seconds lifetime = std::chrono::seconds(60));

}  // namespace sallyport::oauth::detail
