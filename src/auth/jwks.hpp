// The issuer's signing keys: located through its metadata (RFC 8414 / OpenID discovery) unless
// configured, cached, refreshed when stale or when a token names an unknown `kid`, at most once
// per jwks_min_refresh_interval so forged `kid`s cannot make us hammer the issuer. Cached keys
// keep working while the endpoint is down; a key never seen fails closed.
#pragma once

#include <expected>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/jose.hpp"
#include "sallyport/auth/verifier.hpp"

namespace sallyport::auth::detail {

using KeyList = std::vector<std::shared_ptr<const PublicKey>>;

class JwksCache {
 public:
  JwksCache(AuthConfig config, std::shared_ptr<Fetcher> fetcher, Clock clock);

  // Keys that may have signed a token with this `alg` and `kid` (absent kid: every key that
  // fits). Error descriptions are safe to return to the caller.
  std::expected<KeyList, std::string> keys_for(const std::optional<std::string>& kid,
                                               const AlgSpec& alg);

  static constexpr std::size_t kMaxKeys = 100;

 private:
  void refresh_if_allowed();
  std::optional<std::string> resolve_jwks_uri();
  std::optional<std::shared_ptr<const KeyList>> fetch_keys(const std::string& uri);

  AuthConfig config_;
  std::shared_ptr<Fetcher> fetcher_;
  Clock clock_;
  std::mutex refresh_mu_;  // one fetch at a time; taken before mu_
  std::mutex mu_;
  std::shared_ptr<const KeyList> keys_;
  TimePoint fetched_at_{};
  std::optional<TimePoint> last_attempt_;
  std::string jwks_uri_;  // configured or discovered
};

}  // namespace sallyport::auth::detail
