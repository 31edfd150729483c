#include "auth/jwks.hpp"

#include "auth/encoding.hpp"
#include "auth/urls.hpp"

namespace sallyport::auth::detail {

namespace {
constexpr std::size_t kMaxDocumentBytes = 512 * 1024;
const Headers kAcceptJson{{"Accept", "application/json"}};
}  // namespace

JwksCache::JwksCache(AuthConfig config, std::shared_ptr<Fetcher> fetcher, Clock clock)
    : config_(std::move(config)),
      fetcher_(std::move(fetcher)),
      clock_(std::move(clock)),
      jwks_uri_(config_.jwks_uri) {}

std::optional<std::string> JwksCache::resolve_jwks_uri() {
  {
    std::lock_guard lock(mu_);
    if (!jwks_uri_.empty()) return jwks_uri_;
  }
  // RFC 8414 §3.1 inserts the well-known segment before the issuer's path; OpenID Connect
  // Discovery appends it. Try both, OAuth first.
  std::vector<std::string> candidates{
      well_known_url(config_.issuer, "oauth-authorization-server"),
      well_known_url(config_.issuer, "openid-configuration"),
  };
  std::string appended = config_.issuer;
  while (!appended.empty() && appended.back() == '/') appended.pop_back();
  appended += "/.well-known/openid-configuration";
  if (appended != candidates.back()) candidates.push_back(appended);
  for (auto& url : candidates) {
    auto r = fetcher_->get(url, kAcceptJson, config_.fetch_timeout);
    if (!r || r->status != 200) continue;
    auto doc = parse_object(r->body, kMaxDocumentBytes);
    if (!doc) continue;
    // RFC 8414 §3.3: metadata naming another issuer is an impersonation attempt.
    auto* iss = doc->if_contains("issuer");
    if (!iss || !iss->is_string() || std::string_view(iss->get_string()) != config_.issuer)
      continue;
    auto* uri = doc->if_contains("jwks_uri");
    if (!uri || !uri->is_string()) continue;
    std::string found(uri->get_string());
    if (url_problem(found)) continue;
    std::lock_guard lock(mu_);
    jwks_uri_ = found;
    return found;
  }
  return std::nullopt;
}

std::optional<std::shared_ptr<const KeyList>> JwksCache::fetch_keys(const std::string& uri) {
  auto r = fetcher_->get(uri, {{"Accept", "application/jwk-set+json, application/json"}},
                         config_.fetch_timeout);
  if (!r || r->status != 200) return std::nullopt;
  auto doc = parse_object(r->body, kMaxDocumentBytes);
  if (!doc) return std::nullopt;
  auto* keys = doc->if_contains("keys");
  if (!keys || !keys->is_array()) return std::nullopt;
  auto list = std::make_shared<KeyList>();
  for (auto& k : keys->get_array()) {
    if (list->size() >= kMaxKeys) break;
    if (!k.is_object()) continue;
    if (auto key = parse_jwk(k.get_object()))
      list->push_back(std::make_shared<const PublicKey>(std::move(*key)));
  }
  return std::shared_ptr<const KeyList>(std::move(list));
}

void JwksCache::refresh_if_allowed() {
  std::lock_guard refresh(refresh_mu_);
  auto now = clock_();
  {
    std::lock_guard lock(mu_);
    if (last_attempt_ && now - *last_attempt_ < config_.jwks_min_refresh_interval) return;
    last_attempt_ = now;
  }
  auto uri = resolve_jwks_uri();
  if (!uri) return;
  // A failed fetch keeps the keys we have: an outage must not lock everyone out.
  auto keys = fetch_keys(*uri);
  if (!keys) return;
  std::lock_guard lock(mu_);
  keys_ = std::move(*keys);
  fetched_at_ = now;
}

std::expected<KeyList, std::string> JwksCache::keys_for(const std::optional<std::string>& kid,
                                                        const AlgSpec& alg) {
  auto snapshot = [&] {
    std::lock_guard lock(mu_);
    return std::pair{keys_, fetched_at_};
  };
  auto [keys, fetched] = snapshot();
  if (!keys || clock_() - fetched >= config_.jwks_cache_ttl) {
    refresh_if_allowed();
    std::tie(keys, fetched) = snapshot();
  }
  auto match = [&](const std::shared_ptr<const KeyList>& list, bool& kid_seen) {
    KeyList out;
    kid_seen = false;
    if (!list) return out;
    for (auto& k : *list) {
      if (kid && k->kid != *kid) continue;
      kid_seen = true;
      if (key_fits(*k, alg)) out.push_back(k);
    }
    return out;
  };
  bool kid_seen = false;
  auto found = match(keys, kid_seen);
  if (found.empty() && !kid_seen) {
    // Perhaps the issuer rotated its keys: look again, within the rate limit.
    refresh_if_allowed();
    keys = snapshot().first;
    found = match(keys, kid_seen);
  }
  if (!found.empty()) return found;
  if (kid_seen) return std::unexpected("signing key does not match the algorithm");
  return std::unexpected("unknown signing key");
}

}  // namespace sallyport::auth::detail
