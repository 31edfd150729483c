// JWK (RFC 7517/7518) public keys and JWS (RFC 7515) signature checks over OpenSSL 3 EVP.
// Only asymmetric algorithms exist here: no code path builds an HMAC key, so a public key can
// never be mistaken for a shared secret.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sallyport/model/json.hpp"

typedef struct evp_pkey_st EVP_PKEY;

namespace sallyport::auth::detail {

enum class KeyType { rsa, ec, okp };

struct PublicKey {
  std::optional<std::string> kid;
  std::optional<std::string> alg;  // the JWK's `alg`, when it pins one
  KeyType type = KeyType::rsa;
  std::string curve;  // "P-256", "P-384", "P-521", "Ed25519", "Ed448"; "" for RSA
  int bits = 0;
  std::shared_ptr<EVP_PKEY> pkey;
};

// nullopt with `why` set when the JWK is not a usable public signature key (symmetric keys,
// private material, unknown types and curves, weak RSA, points off the curve).
std::optional<PublicKey> parse_jwk(const JsonObject& jwk, std::string* why = nullptr);

struct AlgSpec {
  std::string_view name;
  KeyType type;
  std::string_view curve;  // required curve ("" any / RSA)
};
// nullopt for anything unknown, including "none" and every HS*.
std::optional<AlgSpec> find_alg(std::string_view alg);

// Whether `key` may verify `alg` at all: type, curve, RSA size, the JWK's own `alg`.
bool key_fits(const PublicKey& key, const AlgSpec& alg);

// true only for a valid signature. ECDSA signatures are JOSE's fixed-size r||s, not DER.
bool verify_signature(const AlgSpec& alg, const PublicKey& key, std::string_view signing_input,
                      std::string_view signature);

}  // namespace sallyport::auth::detail
