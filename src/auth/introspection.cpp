// Opaque access tokens through OAuth 2.0 Token Introspection (RFC 7662), authenticated with this
// server's own client credentials (client_secret_basic).
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "auth/claims.hpp"
#include "auth/encoding.hpp"
#include "auth/verifiers.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "sallyport/auth/principal.hpp"

namespace sallyport::auth::detail {

namespace {

constexpr std::size_t kMaxResponseBytes = 64 * 1024;

std::unexpected<VerifyError> refuse(std::string why) {
  return std::unexpected(VerifyError{std::move(why)});
}

}  // namespace

std::expected<void, std::string> resolve_client_secret(AuthConfig& config) {
  if (!config.client_secret.empty() || config.client_secret_file.empty()) return {};
  std::ifstream in(config.client_secret_file, std::ios::binary);
  if (!in)
    return std::unexpected(
        fmt::format("authorization: cannot read the introspection client "
                    "secret file {}",
                    config.client_secret_file));
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  if (s.empty())
    return std::unexpected(
        fmt::format("authorization: the introspection client secret file {} "
                    "is empty",
                    config.client_secret_file));
  config.client_secret = std::move(s);
  return {};
}

Clock default_clock(Clock clock) {
  if (clock) return clock;
  return [] {
    return std::chrono::system_clock::now();
  };
}

IntrospectionVerifier::IntrospectionVerifier(AuthConfig config, std::shared_ptr<Fetcher> fetcher,
                                             Clock clock)
    : config_(std::move(config)),
      fetcher_(std::move(fetcher)),
      clock_(default_clock(std::move(clock))) {
  (void)resolve_client_secret(config_);
  // RFC 6749 §2.3.1: form-encode id and secret before joining them.
  basic_ = "Basic " + base64_encode(form_urlencode(config_.client_id) + ":" +
                                    form_urlencode(config_.client_secret));
}

std::expected<VerifiedToken, VerifyError> IntrospectionVerifier::verify(std::string_view token) {
  if (config_.introspection_uri.empty()) return refuse("malformed token");
  if (token.size() > kMaxTokenBytes) return refuse("token too large");
  auto r = fetcher_->post_form(config_.introspection_uri,
                               {{"token", std::string(token)}, {"token_type_hint", "access_token"}},
                               {{"Authorization", basic_}, {"Accept", "application/json"}},
                               config_.fetch_timeout);
  // Fail closed when the authorization server cannot vouch for the token.
  if (!r) return refuse("token introspection unavailable");
  if (r->status != 200) return refuse("token introspection failed");
  auto doc = parse_object(r->body, kMaxResponseBytes);
  if (!doc) return refuse("token introspection failed");

  auto* active = doc->if_contains("active");
  if (!active || !active->is_bool() || !active->get_bool()) return refuse("token is not active");
  if (auto* type = doc->if_contains("token_type")) {
    // A refresh token or anything else that is not a bearer access token is refused.
    if (!type->is_string() ||
        !(iequals(type->get_string(), "Bearer") || iequals(type->get_string(), "access_token")))
      return refuse("not an access token");
  }
  if (doc->contains("cnf")) return refuse("sender-constrained token needs proof of possession");
  if (auto* iss = doc->if_contains("iss")) {
    if (!iss->is_string() || std::string_view(iss->get_string()) != config_.issuer)
      return refuse("invalid issuer");
  }
  auto* aud = doc->if_contains("aud");
  if (aud ? !audience_contains(aud, config_.audience) : config_.introspection_require_audience)
    return refuse("invalid audience");

  auto now_tp = clock_();
  auto now = std::chrono::duration_cast<std::chrono::seconds>(now_tp.time_since_epoch()).count();
  auto skew = config_.clock_skew.count();
  bool bad = false;
  auto exp = numeric_date(*doc, "exp", bad);
  auto nbf = numeric_date(*doc, "nbf", bad);
  if (bad) return refuse("token introspection failed");
  if (exp && now >= *exp + skew) return refuse("token expired");
  if (nbf && now + skew < *nbf) return refuse("token not yet valid");

  VerifiedToken out;
  out.principal = principal_from_claims(*doc, config_.claims);
  if (out.principal.issuer.empty()) out.principal.issuer = config_.issuer;
  if (!out.principal.authenticated()) return refuse("token names no subject or client");
  auto until = now_tp + config_.introspection_cache_ttl;
  out.expires_at = exp ? TimePoint(std::chrono::seconds(*exp)) : until;
  // Revocation shows up at the next introspection: reuse a result only briefly.
  out.cache_until = until;
  return out;
}

}  // namespace sallyport::auth::detail

namespace sallyport::auth {

namespace {

class DefaultVerifier final : public TokenVerifier {
 public:
  DefaultVerifier(std::shared_ptr<TokenVerifier> jwt, std::shared_ptr<TokenVerifier> introspection,
                  bool prefer_introspection)
      : jwt_(std::move(jwt)),
        introspection_(std::move(introspection)),
        prefer_introspection_(prefer_introspection) {}

  std::expected<VerifiedToken, VerifyError> verify(std::string_view token) override {
    if (introspection_ && (prefer_introspection_ || !detail::looks_like_jwt(token)))
      return introspection_->verify(token);
    return jwt_->verify(token);
  }

 private:
  std::shared_ptr<TokenVerifier> jwt_, introspection_;
  bool prefer_introspection_;
};

}  // namespace

std::shared_ptr<TokenVerifier> make_jwt_verifier(const AuthConfig& config,
                                                 std::shared_ptr<Fetcher> fetcher, Clock clock) {
  clock = detail::default_clock(std::move(clock));
  auto keys = std::make_shared<detail::JwksCache>(config, std::move(fetcher), clock);
  return std::make_shared<detail::JwtVerifier>(config, std::move(keys), std::move(clock));
}

std::shared_ptr<TokenVerifier> make_introspection_verifier(const AuthConfig& config,
                                                           std::shared_ptr<Fetcher> fetcher,
                                                           Clock clock) {
  return std::make_shared<detail::IntrospectionVerifier>(config, std::move(fetcher),
                                                         std::move(clock));
}

std::shared_ptr<TokenVerifier> make_default_verifier(const AuthConfig& config,
                                                     std::shared_ptr<Fetcher> fetcher,
                                                     Clock clock) {
  auto jwt = make_jwt_verifier(config, fetcher, clock);
  std::shared_ptr<TokenVerifier> introspection;
  if (!config.introspection_uri.empty())
    introspection = make_introspection_verifier(config, fetcher, clock);
  return std::make_shared<DefaultVerifier>(std::move(jwt), std::move(introspection),
                                           config.prefer_introspection);
}

}  // namespace sallyport::auth
