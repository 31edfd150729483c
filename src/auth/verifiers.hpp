// The built-in verifiers behind make_*_verifier().
#pragma once

#include <memory>
#include <string_view>

#include "auth/jwks.hpp"
#include "sallyport/auth/verifier.hpp"

namespace sallyport::auth::detail {

// Compact JWS shape: three base64url parts whose header is a JSON object naming an `alg`.
bool looks_like_jwt(std::string_view token);

class JwtVerifier final : public TokenVerifier {
 public:
  JwtVerifier(AuthConfig config, std::shared_ptr<JwksCache> keys, Clock clock);
  std::expected<VerifiedToken, VerifyError> verify(std::string_view token) override;

 private:
  AuthConfig config_;
  std::shared_ptr<JwksCache> keys_;
  Clock clock_;
};

class IntrospectionVerifier final : public TokenVerifier {
 public:
  IntrospectionVerifier(AuthConfig config, std::shared_ptr<Fetcher> fetcher, Clock clock);
  std::expected<VerifiedToken, VerifyError> verify(std::string_view token) override;

 private:
  AuthConfig config_;
  std::shared_ptr<Fetcher> fetcher_;
  Clock clock_;
  std::string basic_;  // precomputed Authorization value; never logged
};

// client_secret_file → client_secret (trailing newline dropped).
std::expected<void, std::string> resolve_client_secret(AuthConfig& config);

Clock default_clock(Clock clock);

}  // namespace sallyport::auth::detail
