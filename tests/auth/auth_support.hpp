// Keys, token minting and fakes for the auth tests. Keys are generated here with OpenSSL; tokens
// are built and signed by hand so every malformation can be produced.
#pragma once

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

#include "auth/encoding.hpp"
#include "sallyport/auth/fetcher.hpp"
#include "sallyport/auth/verifier.hpp"
#include "sallyport/model/json.hpp"

namespace sallyport::auth::test {

using Pkey = std::shared_ptr<EVP_PKEY>;

inline Pkey rsa_key(int bits = 2048) {
  return Pkey(EVP_RSA_gen(static_cast<unsigned>(bits)), EVP_PKEY_free);
}
inline Pkey ec_key(const char* curve = "P-256") {
  return Pkey(EVP_EC_gen(curve), EVP_PKEY_free);
}
inline Pkey ed25519_key() {
  return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free);
}

inline std::string bn_bytes(EVP_PKEY* k, const char* name) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(k, name, &bn) != 1) throw std::runtime_error("no bn param");
  std::string out(static_cast<std::size_t>(BN_num_bytes(bn)), '\0');
  BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
  BN_free(bn);
  return out;
}

inline std::string b64(std::string_view s) {
  return detail::base64url_encode(s);
}

// The public JWK of a key pair.
inline JsonObject jwk(const Pkey& key, std::string kid, std::string alg = "") {
  JsonObject j;
  j["kid"] = kid;
  if (!alg.empty()) j["alg"] = alg;
  j["use"] = "sig";
  int id = EVP_PKEY_get_base_id(key.get());
  if (id == EVP_PKEY_RSA) {
    j["kty"] = "RSA";
    j["n"] = b64(bn_bytes(key.get(), OSSL_PKEY_PARAM_RSA_N));
    j["e"] = b64(bn_bytes(key.get(), OSSL_PKEY_PARAM_RSA_E));
  } else if (id == EVP_PKEY_EC) {
    j["kty"] = "EC";
    char group[64] = {};
    EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                   nullptr);
    std::size_t n = std::string_view(group) == "prime256v1" ? 32 : 48;
    j["crv"] = n == 32 ? "P-256" : "P-384";
    auto pad = [n](std::string s) {
      return std::string(n - s.size(), '\0') + s;
    };
    j["x"] = b64(pad(bn_bytes(key.get(), OSSL_PKEY_PARAM_EC_PUB_X)));
    j["y"] = b64(pad(bn_bytes(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y)));
  } else {
    j["kty"] = "OKP";
    j["crv"] = "Ed25519";
    unsigned char raw[32];
    std::size_t len = sizeof raw;
    EVP_PKEY_get_raw_public_key(key.get(), raw, &len);
    j["x"] = b64(std::string(reinterpret_cast<char*>(raw), len));
  }
  return j;
}

inline std::string jwks_json(std::initializer_list<JsonObject> keys) {
  JsonArray arr;
  for (auto& k : keys) arr.emplace_back(k);
  return json::serialize(JsonObject{{"keys", std::move(arr)}});
}

inline std::string public_pem(const Pkey& key) {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PUBKEY(bio, key.get());
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  std::string out(data, static_cast<std::size_t>(len));
  BIO_free(bio);
  return out;
}

// Signs `signing_input` as JWS `alg` (ECDSA converted from DER to JOSE r||s).
inline std::string sign(const std::string& alg, const Pkey& key, std::string_view input) {
  auto* data = reinterpret_cast<const unsigned char*>(input.data());
  if (alg.starts_with("HS")) {
    throw std::runtime_error("use sign_hmac");
  }
  const EVP_MD* md = alg == "EdDSA"         ? nullptr
                     : alg.ends_with("384") ? EVP_sha384()
                     : alg.ends_with("512") ? EVP_sha512()
                                            : EVP_sha256();
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = nullptr;
  EVP_DigestSignInit(ctx, &pctx, md, nullptr, key.get());
  if (alg.starts_with("PS")) {
    EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
    EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
  }
  std::size_t len = 0;
  EVP_DigestSign(ctx, nullptr, &len, data, input.size());
  std::string sig(len, '\0');
  EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, data, input.size());
  sig.resize(len);
  EVP_MD_CTX_free(ctx);
  if (alg.starts_with("ES")) {
    std::size_t n = alg == "ES256" ? 32 : 48;
    auto* p = reinterpret_cast<const unsigned char*>(sig.data());
    ECDSA_SIG* es = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(sig.size()));
    std::string out(2 * n, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(es), reinterpret_cast<unsigned char*>(out.data()),
                 static_cast<int>(n));
    BN_bn2binpad(ECDSA_SIG_get0_s(es), reinterpret_cast<unsigned char*>(out.data() + n),
                 static_cast<int>(n));
    ECDSA_SIG_free(es);
    return out;
  }
  return sig;
}

inline std::string sign_hmac(std::string_view secret, std::string_view input) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(input.data()), input.size(), out, &len);
  return std::string(reinterpret_cast<char*>(out), len);
}

inline std::string encode_parts(const JsonObject& header, const JsonObject& payload) {
  return b64(json::serialize(header)) + "." + b64(json::serialize(payload));
}

inline std::string mint(const std::string& alg, const Pkey& key, const JsonObject& header,
                        const JsonObject& payload) {
  auto input = encode_parts(header, payload);
  return input + "." + b64(sign(alg, key, input));
}

// A clock tests move by hand.
struct FakeClock {
  std::shared_ptr<std::atomic<std::int64_t>> seconds =
      std::make_shared<std::atomic<std::int64_t>>(1'900'000'000);
  Clock clock() const {
    auto s = seconds;
    return [s] {
      return TimePoint(std::chrono::seconds(s->load()));
    };
  }
  std::int64_t now() const { return seconds->load(); }
  void advance(std::int64_t by) { *seconds += by; }
};

// Canned responses by URL; counts requests; can be taken "down".
class FakeFetcher : public Fetcher {
 public:
  struct Call {
    std::string url;
    Headers form;
    Headers headers;
  };

  void set(std::string url, int status, std::string body) {
    std::lock_guard lock(mu_);
    routes_[std::move(url)] = HttpResponse{status, "application/json", std::move(body)};
  }
  void down(bool d) { down_ = d; }
  int count(const std::string& url) const {
    std::lock_guard lock(mu_);
    int n = 0;
    for (auto& c : calls_) n += c.url == url;
    return n;
  }
  std::vector<Call> calls() const {
    std::lock_guard lock(mu_);
    return calls_;
  }

  FetchResult get(std::string_view url, const Headers& headers,
                  std::chrono::milliseconds) override {
    return answer(url, {}, headers);
  }
  FetchResult post_form(std::string_view url, const Headers& form, const Headers& headers,
                        std::chrono::milliseconds) override {
    return answer(url, form, headers);
  }

 private:
  FetchResult answer(std::string_view url, const Headers& form, const Headers& headers) {
    std::lock_guard lock(mu_);
    calls_.push_back({std::string(url), form, headers});
    if (down_) return std::unexpected(std::string("connection refused"));
    auto it = routes_.find(std::string(url));
    if (it == routes_.end()) return HttpResponse{404, "text/plain", "not found"};
    return it->second;
  }

  mutable std::mutex mu_;
  std::map<std::string, HttpResponse> routes_;
  std::vector<Call> calls_;
  std::atomic<bool> down_{false};
};

}  // namespace sallyport::auth::test
