// Token verification: the built-in JWT (RFC 9068) and introspection (RFC 7662) verifiers, and the
// interface for plugging in one's own.
#pragma once

#include <chrono>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sallyport/auth/config.hpp"
#include "sallyport/auth/fetcher.hpp"
#include "sallyport/model/principal.hpp"

namespace sallyport::auth {

using TimePoint = std::chrono::system_clock::time_point;
using Clock = std::function<TimePoint()>;  // injectable for tests; default system_clock::now

struct VerifiedToken {
  Principal principal;
  TimePoint expires_at;  // the token's `exp`
  // Verified results are reused until min(expires_at, cache_until); nullopt: until expires_at.
  std::optional<TimePoint> cache_until{};
};

struct VerifyError {
  std::string description;  // short, safe to send back in `error_description`; never the token
};

// A custom verifier takes over the whole check: signature or lookup, issuer, audience (this
// server's canonical URI), lifetime. The Authenticator still enforces the scopes and caches the
// result until expires_at.
class TokenVerifier {
 public:
  virtual ~TokenVerifier() = default;
  virtual std::expected<VerifiedToken, VerifyError> verify(std::string_view token) = 0;
};

// JWT access tokens, keys from the issuer's JWKS (configured or discovered).
std::shared_ptr<TokenVerifier> make_jwt_verifier(const AuthConfig& config,
                                                 std::shared_ptr<Fetcher> fetcher, Clock clock);
// Opaque tokens through the introspection endpoint, with this server's client credentials.
std::shared_ptr<TokenVerifier> make_introspection_verifier(const AuthConfig& config,
                                                           std::shared_ptr<Fetcher> fetcher,
                                                           Clock clock);
// What the Authenticator builds from a config: JWTs to the first, anything else (or everything
// when prefer_introspection) to the second when configured.
std::shared_ptr<TokenVerifier> make_default_verifier(const AuthConfig& config,
                                                     std::shared_ptr<Fetcher> fetcher, Clock clock);

}  // namespace sallyport::auth
