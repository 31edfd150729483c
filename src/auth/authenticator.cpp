#include "sallyport/auth/authenticator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <list>
#include <mutex>
#include <unordered_map>

#include "auth/encoding.hpp"
#include "auth/urls.hpp"
#include "auth/verifiers.hpp"

namespace sallyport::auth {

namespace {

// token68 (RFC 7235 §2.1): the only syntax a bearer credential may have (RFC 6750 §2.1).
bool is_token68(std::string_view s) {
  std::size_t i = 0;
  auto ok = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
  };
  while (i < s.size() && ok(s[i])) ++i;
  if (i == 0) return false;
  while (i < s.size() && s[i] == '=') ++i;
  return i == s.size();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Inside a quoted-string of a challenge only the characters RFC 6750 §3 allows for
// error_description survive; anything else becomes '?'.
std::string quoted_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s)
    out += (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') ? static_cast<char>(c) : '?';
  return out;
}

std::vector<std::string> merged(const std::vector<std::string>& base,
                                std::span<const std::string> extra) {
  std::vector<std::string> out = base;
  for (auto& s : extra)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

}  // namespace

// Verified tokens by SHA-256 digest, least recently used evicted, each until its deadline, so
// that one signature check (or one introspection) serves all of a token's requests.
struct Authenticator::Cache {
  struct Entry {
    std::string digest;
    std::shared_ptr<const Principal> principal;
    TimePoint until;
  };
  explicit Cache(std::size_t cap) : capacity(cap) {}

  std::shared_ptr<const Principal> find(const std::string& digest, TimePoint now) {
    std::lock_guard lock(mu);
    auto it = index.find(digest);
    if (it == index.end()) return nullptr;
    auto entry = it->second;
    if (now >= entry->until || !detail::constant_time_equal(entry->digest, digest)) {
      lru.erase(entry);
      index.erase(it);
      return nullptr;
    }
    lru.splice(lru.begin(), lru, entry);
    return entry->principal;
  }

  void insert(std::string digest, std::shared_ptr<const Principal> p, TimePoint until) {
    if (capacity == 0) return;
    std::lock_guard lock(mu);
    if (auto it = index.find(digest); it != index.end()) {
      lru.erase(it->second);
      index.erase(it);
    }
    while (lru.size() >= capacity) {
      index.erase(lru.back().digest);
      lru.pop_back();
    }
    lru.push_front(Entry{digest, std::move(p), until});
    index.emplace(std::move(digest), lru.begin());
  }

  std::size_t capacity;
  std::mutex mu;
  std::list<Entry> lru;
  std::unordered_map<std::string, std::list<Entry>::iterator> index;
};

std::expected<std::shared_ptr<Authenticator>, std::string> Authenticator::create(
    AuthConfig config, AuthenticatorOptions options) {
  if (auto ok = config.validate(); !ok) return std::unexpected(ok.error());
  if (auto ok = detail::resolve_client_secret(config); !ok) return std::unexpected(ok.error());
  return std::shared_ptr<Authenticator>(new Authenticator(std::move(config), std::move(options)));
}

Authenticator::Authenticator(AuthConfig config, AuthenticatorOptions options)
    : config_(std::move(config)),
      clock_(detail::default_clock(std::move(options.clock))),
      cache_(std::make_unique<Cache>(config_.token_cache_size)) {
  verifier_ = std::move(options.verifier);
  if (!verifier_) {
    auto fetcher = options.fetcher ? std::move(options.fetcher) : make_beast_fetcher();
    verifier_ = make_default_verifier(config_, std::move(fetcher), clock_);
  }

  std::string path = detail::url_path(config_.audience);
  metadata_paths_.emplace_back(kWellKnownPrm);
  if (!path.empty()) metadata_paths_.push_back(std::string(kWellKnownPrm) + path);
  metadata_url_ = config_.resource_metadata_url.empty()
                      ? detail::well_known_url(config_.audience, "oauth-protected-resource")
                      : config_.resource_metadata_url;

  JsonObject doc;
  doc["resource"] = config_.audience;
  JsonArray servers;
  for (auto& s : config_.authorization_servers.empty() ? std::vector<std::string>{config_.issuer}
                                                       : config_.authorization_servers)
    servers.emplace_back(s);
  doc["authorization_servers"] = std::move(servers);
  auto& scopes =
      config_.scopes_supported.empty() ? config_.required_scopes : config_.scopes_supported;
  if (!scopes.empty()) {
    JsonArray list;
    for (auto& s : scopes) list.emplace_back(s);
    doc["scopes_supported"] = std::move(list);
  }
  doc["bearer_methods_supported"] = JsonArray{"header"};
  if (!config_.resource_name.empty()) doc["resource_name"] = config_.resource_name;
  metadata_ = std::move(doc);
  metadata_body_ = json::serialize(metadata_);
}

Authenticator::~Authenticator() = default;

AuthChallenge Authenticator::challenge(int status, std::string error, std::string description,
                                       std::span<const std::string> extra) const {
  AuthChallenge c;
  c.status = status;
  c.error = std::move(error);
  c.description = quoted_safe(description);
  c.www_authenticate = fmt::format("Bearer resource_metadata=\"{}\"", quoted_safe(metadata_url_));
  auto scopes = merged(config_.required_scopes, extra);
  if (!scopes.empty())
    c.www_authenticate +=
        fmt::format(", scope=\"{}\"", quoted_safe(fmt::format("{}", fmt::join(scopes, " "))));
  if (!c.error.empty()) c.www_authenticate += fmt::format(", error=\"{}\"", c.error);
  if (!c.description.empty())
    c.www_authenticate += fmt::format(", error_description=\"{}\"", c.description);
  JsonObject body;
  body["error"] = c.error.empty() ? "unauthorized" : c.error;
  body["error_description"] = c.description.empty()
                                  ? "this resource needs a bearer token in the Authorization header"
                                  : c.description;
  c.body = json::serialize(body);
  return c;
}

std::optional<AuthChallenge> Authenticator::require_scopes(
    const Principal& principal, std::span<const std::string> extra) const {
  // No merged list on the way: this runs for every request.
  auto lacks = [&](const std::string& s) {
    return !principal.has_scope(s);
  };
  if (std::any_of(config_.required_scopes.begin(), config_.required_scopes.end(), lacks) ||
      std::any_of(extra.begin(), extra.end(), lacks))
    return challenge(403, "insufficient_scope", "the token lacks a required scope", extra);
  return std::nullopt;
}

auto Authenticator::presented(std::optional<std::string_view> authorization, bool token_in_query,
                              std::span<const std::string> extra) const
    -> std::expected<Presented, AuthChallenge> {
  auto refuse = [&](int status, std::string error, std::string description) {
    return std::unexpected(challenge(status, std::move(error), std::move(description), extra));
  };
  if (token_in_query)
    return refuse(400, "invalid_request",
                  "access tokens are accepted only in the Authorization header");
  if (!authorization) return refuse(401, "", "");

  auto value = trim(*authorization);
  auto sp = value.find_first_of(" \t");
  auto scheme = value.substr(0, sp);
  // Another scheme (Basic, DPoP, ...) means no bearer token was presented: a plain challenge.
  if (!detail::iequals(scheme, "Bearer")) return refuse(401, "", "");
  auto token = sp == std::string_view::npos ? std::string_view{} : trim(value.substr(sp));
  if (token.empty() || !is_token68(token))
    return refuse(400, "invalid_request", "malformed Authorization header");
  if (token.size() > kMaxTokenBytes) return refuse(401, "invalid_token", "token too large");

  auto d = detail::sha256(token);
  return Presented{token, std::string(reinterpret_cast<const char*>(d.data()), d.size())};
}

AuthResult Authenticator::with_scopes(std::shared_ptr<const Principal> principal,
                                      std::span<const std::string> extra) const {
  if (auto denied = require_scopes(*principal, extra)) return std::unexpected(std::move(*denied));
  return principal;
}

std::optional<AuthResult> Authenticator::authenticate_cached(
    std::optional<std::string_view> authorization, bool token_in_query,
    std::span<const std::string> extra) const {
  auto p = presented(authorization, token_in_query, extra);
  if (!p) return AuthResult(std::unexpected(std::move(p.error())));
  auto principal = cache_->find(p->digest, clock_());
  if (!principal) return std::nullopt;
  return with_scopes(std::move(principal), extra);
}

AuthResult Authenticator::authenticate(std::optional<std::string_view> authorization,
                                       bool token_in_query,
                                       std::span<const std::string> extra) const {
  auto p = presented(authorization, token_in_query, extra);
  if (!p) return std::unexpected(std::move(p.error()));
  auto now = clock_();
  auto principal = cache_->find(p->digest, now);
  if (!principal) {
    auto verified = verifier_->verify(p->token);
    if (!verified)
      return std::unexpected(challenge(401, "invalid_token", verified.error().description, extra));
    if (!verified->principal.authenticated())
      return std::unexpected(
          challenge(401, "invalid_token", "token names no subject or client", extra));
    auto until = verified->expires_at;
    if (verified->cache_until) until = std::min(until, *verified->cache_until);
    verified->principal.credentials_expire_at = verified->expires_at;
    principal = std::make_shared<const Principal>(std::move(verified->principal));
    if (until > now) cache_->insert(std::move(p->digest), principal, until);
  }
  return with_scopes(std::move(principal), extra);
}

}  // namespace sallyport::auth
