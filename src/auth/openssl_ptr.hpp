// Owning pointers for the OpenSSL 3 objects JOSE code handles (auth's verifiers, oauth's
// signers): every early return frees what was allocated.
#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace sallyport::auth::detail {

struct OpenSslFree {
  void operator()(BIGNUM* p) const { BN_free(p); }
  void operator()(BIO* p) const { BIO_free(p); }
  void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
  void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
  void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
  void operator()(ECDSA_SIG* p) const { ECDSA_SIG_free(p); }
};

template <typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslFree>;

// Keys are shared: a parsed JWK or a signing key outlives the call that made it.
inline std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY* k) {
  return std::shared_ptr<EVP_PKEY>(k, EVP_PKEY_free);
}

}  // namespace sallyport::auth::detail
