// JWT access tokens (RFC 9068 profile of RFC 7519 / RFC 7515), compact JWS only.
#include <algorithm>

#include "auth/claims.hpp"
#include "auth/encoding.hpp"
#include "auth/verifiers.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "sallyport/auth/principal.hpp"

namespace sallyport::auth::detail {

namespace {

using Result = std::expected<VerifiedToken, VerifyError>;

std::unexpected<VerifyError> refuse(std::string why) {
  return std::unexpected(VerifyError{std::move(why)});
}

struct Parts {
  std::string_view header, payload, signature, signing_input;
};

std::optional<Parts> split(std::string_view token) {
  auto a = token.find('.');
  if (a == std::string_view::npos) return std::nullopt;
  auto b = token.find('.', a + 1);
  if (b == std::string_view::npos || token.find('.', b + 1) != std::string_view::npos)
    return std::nullopt;  // JWE (5 parts) and anything else is not a JWS access token
  Parts p{token.substr(0, a), token.substr(a + 1, b - a - 1), token.substr(b + 1),
          token.substr(0, b)};
  if (p.header.empty() || p.payload.empty()) return std::nullopt;
  return p;
}

std::optional<JsonObject> decode_json(std::string_view part) {
  auto bytes = base64url_decode(part);
  if (!bytes) return std::nullopt;
  return parse_object(*bytes, kMaxTokenBytes);
}

bool allowed(const AuthConfig& cfg, std::string_view alg) {
  return std::find(cfg.algorithms.begin(), cfg.algorithms.end(), alg) != cfg.algorithms.end();
}

// RFC 9068 §2.1 / RFC 8725 §3.11: explicit typing keeps ID tokens and other JWTs from being
// replayed as access tokens. Media types compare case-insensitively; "application/" is optional.
bool typ_ok(const JsonObject& header, bool strict, bool& bad) {
  auto* typ = header.if_contains("typ");
  if (!typ) return !strict;
  if (!typ->is_string()) {
    bad = true;
    return false;
  }
  std::string_view t = typ->get_string();
  if (t.size() > 12 && iequals(t.substr(0, 12), "application/")) t.remove_prefix(12);
  if (iequals(t, "at+jwt")) return true;
  return !strict && iequals(t, "jwt");
}

}  // namespace

bool looks_like_jwt(std::string_view token) {
  auto parts = split(token);
  if (!parts) return false;
  auto header = decode_json(parts->header);
  return header && header->contains("alg");
}

JwtVerifier::JwtVerifier(AuthConfig config, std::shared_ptr<JwksCache> keys, Clock clock)
    : config_(std::move(config)), keys_(std::move(keys)), clock_(default_clock(std::move(clock))) {}

Result JwtVerifier::verify(std::string_view token) {
  if (token.size() > kMaxTokenBytes) return refuse("token too large");
  auto parts = split(token);
  if (!parts) return refuse("malformed token");
  auto header = decode_json(parts->header);
  if (!header) return refuse("malformed token");

  auto* alg_v = header->if_contains("alg");
  if (!alg_v || !alg_v->is_string()) return refuse("malformed token");
  std::string_view alg_name = alg_v->get_string();
  // "none", every HS* and anything off the allowlist stop here, before any key is touched.
  auto alg = find_alg(alg_name);
  if (!alg || !allowed(config_, alg_name)) return refuse("algorithm not allowed");
  // We understand no critical extension (RFC 7515 §4.1.11), so any `crit` is refused.
  if (header->contains("crit")) return refuse("unsupported critical header");
  bool bad = false;
  if (!typ_ok(*header, config_.require_at_jwt_typ, bad))
    return refuse(bad ? "malformed token" : "unsupported token type");
  std::optional<std::string> kid;
  if (auto* k = header->if_contains("kid")) {
    if (!k->is_string()) return refuse("malformed token");
    kid = std::string(k->get_string());
  }
  // `jwk`, `jku`, `x5u`, `x5c` in the header are ignored: keys come only from the issuer.

  auto payload_bytes = base64url_decode(parts->payload);
  auto signature = base64url_decode(parts->signature);
  if (!payload_bytes || !signature || signature->empty()) return refuse("malformed token");
  auto claims = parse_object(*payload_bytes, kMaxTokenBytes);
  if (!claims) return refuse("malformed token");

  // Cheap pre-check before any key lookup: a token from another issuer cannot make us fetch.
  auto* iss = claims->if_contains("iss");
  if (!iss || !iss->is_string() || std::string_view(iss->get_string()) != config_.issuer)
    return refuse("invalid issuer");

  auto keys = keys_->keys_for(kid, *alg);
  if (!keys) return refuse(keys.error());
  bool verified = std::any_of(keys->begin(), keys->end(), [&](auto& key) {
    return verify_signature(*alg, *key, parts->signing_input, *signature);
  });
  if (!verified) return refuse("invalid signature");

  // RFC 8707 / MCP: the token must be minted for this server, never passed through.
  if (!audience_contains(claims->if_contains("aud"), config_.audience))
    return refuse("invalid audience");
  auto now = std::chrono::duration_cast<std::chrono::seconds>(clock_().time_since_epoch()).count();
  auto skew = config_.clock_skew.count();
  auto exp = numeric_date(*claims, "exp", bad);
  auto nbf = numeric_date(*claims, "nbf", bad);
  auto iat = numeric_date(*claims, "iat", bad);
  if (bad) return refuse("malformed token");
  if (!exp) return refuse("token has no expiry");
  if (now >= *exp + skew) return refuse("token expired");
  if (nbf && now + skew < *nbf) return refuse("token not yet valid");
  if (iat && *iat > now + skew) return refuse("token issued in the future");
  // Sender-constrained (DPoP, mTLS) tokens need a proof we do not check: never accept them bare.
  if (claims->contains("cnf")) return refuse("sender-constrained token needs proof of possession");

  VerifiedToken out;
  out.principal = principal_from_claims(*claims, config_.claims);
  if (!out.principal.authenticated()) return refuse("token names no subject or client");
  out.expires_at = TimePoint(std::chrono::seconds(*exp));
  // Cap reuse at the key cache TTL so a key the issuer withdraws stops working within it.
  out.cache_until = clock_() + config_.jwks_cache_ttl;
  return out;
}

}  // namespace sallyport::auth::detail
