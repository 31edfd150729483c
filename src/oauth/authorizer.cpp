// The Authorizer's state machine (see sallyport/oauth/authorizer.hpp for the flow). One mutex
// guards everything and is held through a sign-in: requests that arrive meanwhile wait for its
// token instead of starting sign-ins of their own.
#include "sallyport/oauth/authorizer.hpp"

#include <algorithm>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include "auth/encoding.hpp"
#include "auth/urls.hpp"
#include "oauth/challenge.hpp"
#include "oauth/discovery.hpp"
#include "oauth/fetch.hpp"
#include "oauth/jws.hpp"
#include "oauth/registration.hpp"
#include "oauth/token_request.hpp"
#include "sallyport/model/log.hpp"

namespace sallyport::oauth {

using namespace detail;

namespace {

using Clock = std::chrono::system_clock;
using Verdict = http::RequestAuthorizer::Verdict;

constexpr std::string_view kJwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";
constexpr std::string_view kTokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";
constexpr std::string_view kIdJag = "urn:ietf:params:oauth:token-type:id-jag";
constexpr std::string_view kIdToken = "urn:ietf:params:oauth:token-type:id_token";
constexpr std::size_t kMaxNonceRetries = 3;

std::vector<std::string> split_scope(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Space-joined union, first-seen order, no duplicates.
std::string scope_union(std::initializer_list<std::string_view> parts) {
  std::vector<std::string> out;
  for (auto p : parts)
    for (auto& w : split_scope(p))
      if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  std::string joined;
  for (auto& w : out) joined += (joined.empty() ? "" : " ") + w;
  return joined;
}

http::ClientOptions fetch_options(const AuthorizerOptions& o) {
  http::ClientOptions h;
  h.connect_timeout = o.timeout;
  h.request_timeout = o.timeout;
  h.max_body_bytes = o.max_response_bytes;
  h.verify_tls = o.verify_tls;
  h.ca_file = o.ca_file;
  h.client_certificate_file = o.tls_certificate_file;
  h.client_private_key_file = o.tls_private_key_file;
  h.user_agent = "sallyport-oauth";
  return h;
}

std::string append_query(std::string url, const Form& params) {
  url += url.find('?') == std::string::npos ? '?' : '&';
  return url + encode_form(params);
}

}  // namespace

struct Authorizer::Impl {
  const std::string endpoint;  // the MCP URL as given
  std::string resource;        // canonical; the metadata's `resource` once known
  AuthorizerOptions options;
  std::shared_ptr<TokenStore> store;
  Fetch fetch;
  std::optional<SigningKey> client_key;  // private_key_jwt

  std::mutex mutex;
  std::optional<StoredTokens> tokens;
  std::uint64_t generation = 1;
  DpopState dpop;
  std::size_t step_ups = 0;       // since the last accepted request
  std::size_t sign_ins = 0;       // likewise
  std::size_t nonce_retries = 0;  // likewise
  bool refreshed = false;         // likewise: one refresh attempt per refusal streak

  Impl(std::string url, AuthorizerOptions o)
      : endpoint(std::move(url)), options(std::move(o)), fetch(fetch_options(options)) {
    auto canonical = canonical_resource(endpoint);
    if (!canonical)
      throw std::invalid_argument(fmt::format("the MCP server URL {}", canonical.error()));
    resource = *canonical;
    store = options.store ? options.store : std::make_shared<MemoryTokenStore>();
    if (!options.private_key_pem.empty()) {
      auto key = SigningKey::from_pem(options.private_key_pem, options.signing_alg);
      if (!key) throw std::invalid_argument("the client's private key: " + key.error());
      client_key = std::move(*key);
    }
    if (options.grant == Grant::kJwtBearer && !options.assertion)
      throw std::invalid_argument("the jwt-bearer grant needs an assertion source");
    if (options.grant == Grant::kIdentityAssertion &&
        (options.identity_assertion.idp_token_endpoint.empty() ||
         !options.identity_assertion.id_token))
      throw std::invalid_argument(
          "enterprise-managed authorization needs the IdP's token endpoint and an ID token");
    if (options.grant == Grant::kClientCredentials && options.client_id.empty())
      throw std::invalid_argument("the client credentials grant needs a client_id");
    load_stored();
  }

  // A restart picks up where the last run left off: the newest tokens for this resource.
  void load_stored() {
    try {
      for (auto& t : store->tokens())
        if (resource_covers(t.resource, endpoint)) {
          adopt(t);
          return;
        }
    } catch (const std::exception& e) {
      logger()->warn("oauth: cannot read the token store: {}", e.what());
    }
  }

  void adopt(StoredTokens t) {
    if (!t.dpop_private_key_pem.empty()) {
      auto key = SigningKey::from_pem(t.dpop_private_key_pem);
      if (!key) {
        logger()->warn("oauth: dropping stored tokens whose DPoP key is unusable");
        return;
      }
      dpop.key = std::move(*key);
    }
    tokens = std::move(t);
    ++generation;
  }

  void keep(StoredTokens t) {
    try {
      store->save_tokens(t);
    } catch (const std::exception& e) {
      // Still usable for this run; the user signs in again next time.
      logger()->warn("oauth: cannot save tokens: {}", e.what());
    }
    adopt(std::move(t));
  }

  bool expiring() const {
    return tokens && tokens->expires_at &&
           Clock::now() + options.refresh_margin >= *tokens->expires_at;
  }

  // ---- requests to the resource -------------------------------------------------------------

  void authorize(std::string_view method, std::string_view url, http::Headers& headers,
                 std::uint64_t& gen) {
    std::lock_guard lock(mutex);
    if (expiring() && !tokens->refresh_token.empty() && !refreshed) {
      if (auto r = refresh(); !r) logger()->info("oauth: refresh failed: {}", r.error());
    }
    gen = generation;
    if (!tokens) return;
    if (tokens->token_type == "DPoP" && dpop.key) {
      headers.set("Authorization", "DPoP " + tokens->access_token);
      headers.set("DPoP", dpop_proof(*dpop.key, method, url, tokens->access_token,
                                     dpop.rs_nonce.empty()
                                         ? std::nullopt
                                         : std::optional<std::string_view>(dpop.rs_nonce)));
    } else {
      headers.set("Authorization", "Bearer " + tokens->access_token);
    }
  }

  void accepted(const http::Response& head) {
    std::lock_guard lock(mutex);
    // Only a success ends a refusal streak: a 404 or 405 on the side (a legacy session's GET
    // stream) must not reset the bounds on step-ups and sign-ins.
    if (head.status / 100 == 2) {
      step_ups = sign_ins = nonce_retries = 0;
      refreshed = false;
    }
    if (auto n = head.headers.get("DPoP-Nonce"); n && !n->empty() && dpop.key)
      dpop.rs_nonce = std::string(n->substr(0, 512));
  }

  Verdict refused(const http::Response& head, std::uint64_t gen, std::string& why) {
    std::lock_guard lock(mutex);
    std::vector<std::string_view> fields = head.headers.get_all("WWW-Authenticate");
    auto info = summarize(parse_challenges(fields));

    if (info.error == "use_dpop_nonce") {  // RFC 9449 §9
      auto nonce = head.headers.get("DPoP-Nonce");
      if (!nonce || nonce->empty() || !dpop.key) {
        why = "the server asked for a DPoP nonce without sending one";
        return Verdict::kGiveUp;
      }
      if (++nonce_retries > kMaxNonceRetries) {
        why = "the server keeps rejecting DPoP nonces";
        return Verdict::kGiveUp;
      }
      dpop.rs_nonce = std::string(nonce->substr(0, 512));
      return Verdict::kRetry;
    }
    if (gen != generation) return Verdict::kRetry;  // someone else already got new credentials

    if (head.status == 403) {
      if (info.error != "insufficient_scope") {
        why = fmt::format("the server refused access (HTTP 403{})",
                          info.error ? ", " + info.error->substr(0, 60) : "");
        return Verdict::kGiveUp;
      }
      if (step_ups >= options.max_step_ups) {
        why = fmt::format("the server still requires more scope after {} step-up attempt{}",
                          step_ups, step_ups == 1 ? "" : "s");
        return Verdict::kGiveUp;
      }
      ++step_ups;
      // Step-up keeps what was granted and adds what the challenge names.
      std::string scope =
          scope_union({tokens ? std::string_view(tokens->scope) : "", info.scope.value_or("")});
      return outcome(acquire(scope, info.resource_metadata, true), why);
    }

    // 401: a refresh first, when possible; then a full sign-in.
    if (tokens && !tokens->refresh_token.empty() && !refreshed) {
      if (auto r = refresh(); r) return Verdict::kRetry;
    }
    if (sign_ins >= options.max_sign_ins) {
      why = fmt::format("the server still refuses the token after {} sign-in{}", sign_ins,
                        sign_ins == 1 ? "" : "s");
      return Verdict::kGiveUp;
    }
    ++sign_ins;
    return outcome(acquire(info.scope.value_or(""), info.resource_metadata, info.scope.has_value()),
                   why);
  }

  static Verdict outcome(std::expected<void, std::string> r, std::string& why) {
    if (r) return Verdict::kRetry;
    why = std::move(r.error());
    return Verdict::kGiveUp;
  }

  // ---- obtaining tokens ---------------------------------------------------------------------

  struct Target {
    std::optional<ResourceMetadata> prm;
    ServerMetadata as;
  };

  std::expected<Target, std::string> discover(const std::optional<std::string>& hint) {
    Target t;
    auto prm = fetch_resource_metadata(fetch, endpoint, hint);
    if (!prm) return std::unexpected(prm.error());
    t.prm = std::move(*prm);
    std::string issuer;
    if (t.prm) {
      issuer = t.prm->authorization_servers.front();
      // Tokens are requested for the resource the metadata names (it covers our URL), spelled
      // exactly as published: authorization servers compare it as a string.
      resource = t.prm->resource;
    } else {
      // 2025-03-26: no resource metadata; the MCP server's origin is the authorization server.
      auto u = boost::urls::parse_absolute_uri(endpoint);
      issuer = u ? std::string(u->encoded_origin()) : endpoint;
    }
    auto as = fetch_server_metadata(fetch, issuer);
    if (!as) return std::unexpected(as.error());
    if (*as) {
      t.as = std::move(**as);
    } else if (!t.prm) {
      t.as = default_endpoints(endpoint);
    } else {
      return std::unexpected(
          fmt::format("the authorization server {} publishes no metadata", issuer));
    }
    if (t.as.token_endpoint.empty())
      return std::unexpected(fmt::format("{} names no token endpoint", t.as.issuer));
    return t;
  }

  // The scope to ask for (MCP "Scope Selection Strategy"): the challenge's, else everything
  // the resource supports, else none; plus what the host configured.
  std::string choose_scope(const std::string& challenged, bool from_challenge, const Target& t) {
    std::string scope = challenged;
    if (!from_challenge && scope.empty() && t.prm)
      for (auto& s : t.prm->scopes_supported) scope += (scope.empty() ? "" : " ") + s;
    return scope_union({scope, options.scope});
  }

  std::expected<void, std::string> acquire(const std::string& challenged,
                                           const std::optional<std::string>& hint,
                                           bool from_challenge) {
    auto target = discover(hint);
    if (!target) return std::unexpected(target.error());
    const ServerMetadata& as = target->as;
    // Tokens from another authorization server are never presented again.
    if (tokens && tokens->issuer != as.issuer) {
      tokens.reset();
      ++generation;
    }
    if ((options.dpop || (target->prm && target->prm->dpop_bound_access_tokens_required)) &&
        !dpop.key)
      dpop.key = SigningKey::generate_es256();
    std::string scope = choose_scope(challenged, from_challenge, *target);

    std::expected<StoredTokens, std::string> got = std::unexpected("");
    switch (options.grant) {
      case Grant::kAuthorizationCode:
        got = authorization_code(*target, scope);
        break;
      case Grant::kClientCredentials:
        got = client_credentials(as, scope);
        break;
      case Grant::kJwtBearer:
        got = jwt_bearer(as, scope);
        break;
      case Grant::kIdentityAssertion:
        got = identity_assertion(as, scope);
        break;
    }
    if (!got) return std::unexpected(got.error());
    keep(std::move(*got));
    return {};
  }

  Registrar registrar() {
    RegistrarOptions r;
    r.client_name = options.client_name;
    r.client_id = options.client_id;
    r.client_secret = options.client_secret;
    r.client_issuer = options.client_issuer;
    r.client_metadata_url = options.client_metadata_url;
    r.client_auth = options.client_auth;
    r.has_private_key = client_key.has_value();
    r.has_certificate = !options.tls_certificate_file.empty();
    return Registrar(fetch, *store, std::move(r));
  }

  ClientCredentials credentials(const ClientRegistration& reg) {
    ClientCredentials c;
    c.client_id = reg.client_id;
    c.client_secret = reg.client_secret;
    c.method = reg.token_endpoint_auth_method.empty() ? "none" : reg.token_endpoint_auth_method;
    c.assertion_key = client_key ? &*client_key : nullptr;
    return c;
  }

  TokenRequest token_request(const ServerMetadata& as, const ClientCredentials& c, Form form,
                             std::string scope) {
    TokenRequest r;
    r.token_endpoint = token_endpoint_for(as, c);
    r.issuer = as.issuer;
    r.resource = resource;
    r.form = std::move(form);
    r.requested_scope = std::move(scope);
    return r;
  }

  std::expected<StoredTokens, std::string> authorization_code(const Target& t,
                                                              const std::string& scope) {
    const ServerMetadata& as = t.as;
    if (as.authorization_endpoint.empty())
      return std::unexpected(fmt::format("{} names no authorization endpoint", as.issuer));
    // PKCE S256 is required; a server that does not say it supports it is not used (MCP
    // "Authorization Code Protection"). Servers without any metadata cannot say anything.
    if (!as.defaults_only && (!as.code_challenge_methods_supported ||
                              std::find(as.code_challenge_methods_supported->begin(),
                                        as.code_challenge_methods_supported->end(),
                                        "S256") == as.code_challenge_methods_supported->end()))
      return std::unexpected(fmt::format(
          "{} does not advertise PKCE with S256 (code_challenge_methods_supported); refusing "
          "to sign in without it",
          as.issuer));
    if (!options.user_agent) options.user_agent = std::make_shared<LoopbackUserAgent>();
    auto reg_hint = registrar().stored(as.issuer);
    auto redirect = options.user_agent->begin(
        reg_hint && !reg_hint->redirect_uris.empty() ? reg_hint->redirect_uris.front() : "");
    if (!redirect)
      return std::unexpected("cannot receive the sign-in redirect: " + redirect.error());
    auto reg = registrar().ensure(as, *redirect, {"authorization_code", "refresh_token"});
    if (!reg) return std::unexpected(reg.error());

    // A refresh token spares the user the next sign-in: ask for one where the server offers
    // it (SEP-2207; resource servers leave offline_access out of their own scope lists).
    std::string asked = scope;
    if (std::find(as.scopes_supported.begin(), as.scopes_supported.end(), "offline_access") !=
        as.scopes_supported.end())
      asked = scope_union({scope, "offline_access"});
    std::string verifier = pkce_verifier();
    std::string state = random_token(24);
    Form params{{"response_type", "code"},
                {"client_id", reg->client_id},
                {"redirect_uri", *redirect},
                {"state", state},
                {"code_challenge", pkce_s256_challenge(verifier)},
                {"code_challenge_method", "S256"}};
    if (!asked.empty()) params.emplace_back("scope", asked);
    if (!resource.empty()) params.emplace_back("resource", resource);
    if (dpop.key) params.emplace_back("dpop_jkt", dpop.key->thumbprint());  // RFC 9449 §10
    auto answer = options.user_agent->complete(append_query(as.authorization_endpoint, params));
    if (!answer) return std::unexpected("sign-in did not complete: " + answer.error());
    if (auto bad = check_response(*answer, as, state)) return std::unexpected(*bad);

    auto c = credentials(*reg);
    Form form{{"grant_type", "authorization_code"},
              {"code", *answer->code},
              {"redirect_uri", *redirect},
              {"code_verifier", verifier}};
    return request_token(fetch, token_request(as, c, std::move(form), scope), c,
                         dpop.key ? &dpop : nullptr);
  }

  // RFC 6749 §4.1.2 and RFC 9207 §2.4: the answer must be to our request, from our server.
  static std::optional<std::string> check_response(const AuthorizationResponse& r,
                                                   const ServerMetadata& as,
                                                   const std::string& state) {
    if (!r.state || !auth::detail::constant_time_equal(*r.state, state))
      return "the sign-in answer does not carry the state this client sent (a forged or "
             "stale redirect); signed in nowhere";
    if (r.iss) {
      if (*r.iss != as.issuer)
        return fmt::format("the sign-in answer comes from issuer '{}', not '{}' (RFC 9207)",
                           r.iss->substr(0, 200), as.issuer);
    } else if (as.authorization_response_iss_parameter_supported) {
      return fmt::format(
          "{} promises an `iss` in its sign-in answers, and this one has none "
          "(RFC 9207)",
          as.issuer);
    }
    if (r.error)
      return fmt::format("the authorization server refused: {}{}", r.error->substr(0, 80),
                         r.error_description ? ": " + r.error_description->substr(0, 200) : "");
    if (!r.code || r.code->empty()) return "the sign-in answer has no authorization code";
    return std::nullopt;
  }

  std::expected<StoredTokens, std::string> client_credentials(const ServerMetadata& as,
                                                              const std::string& scope) {
    auto reg = registrar().ensure(as, "", {"client_credentials"});
    if (!reg) return std::unexpected(reg.error());
    auto c = credentials(*reg);
    Form form{{"grant_type", "client_credentials"}};
    if (!scope.empty()) form.emplace_back("scope", scope);
    return request_token(fetch, token_request(as, c, std::move(form), scope), c,
                         dpop.key ? &dpop : nullptr);
  }

  // RFC 7523 §2.1. An assertion the server rejects is not sent again: it will not get better.
  std::expected<StoredTokens, std::string> jwt_bearer(const ServerMetadata& as,
                                                      const std::string& scope) {
    auto assertion = options.assertion();
    if (!assertion) return std::unexpected("no identity assertion: " + assertion.error());
    return assertion_grant(as, *assertion, scope);
  }

  std::expected<StoredTokens, std::string> assertion_grant(const ServerMetadata& as,
                                                           const std::string& assertion,
                                                           const std::string& scope) {
    ClientRegistration reg;
    if (!options.client_id.empty()) {
      auto pre = registrar().ensure(as, "", {std::string(kJwtBearer)});
      if (!pre) return std::unexpected(pre.error());
      reg = *pre;
    }
    auto c = credentials(reg);
    Form form{{"grant_type", std::string(kJwtBearer)}, {"assertion", assertion}};
    if (!scope.empty()) form.emplace_back("scope", scope);
    return request_token(fetch, token_request(as, c, std::move(form), scope), c,
                         dpop.key ? &dpop : nullptr);
  }

  // Enterprise-managed authorization: the IdP exchanges the user's ID token for an identity
  // assertion grant (ID-JAG) addressed to this authorization server, which takes it as a JWT
  // bearer grant.
  std::expected<StoredTokens, std::string> identity_assertion(const ServerMetadata& as,
                                                              const std::string& scope) {
    const auto& idp = options.identity_assertion;
    auto id_token = idp.id_token();
    if (!id_token)
      return std::unexpected("no ID token from the identity provider: " + id_token.error());
    Form form{{"grant_type", std::string(kTokenExchange)},
              {"requested_token_type", std::string(kIdJag)},
              {"audience", as.issuer},
              {"resource", resource},
              {"subject_token", *id_token},
              {"subject_token_type", std::string(kIdToken)}};
    if (!scope.empty()) form.emplace_back("scope", scope);
    ClientCredentials at_idp;
    at_idp.client_id = idp.idp_client_id;
    at_idp.client_secret = idp.idp_client_secret;
    at_idp.method = idp.idp_client_secret.empty() ? "none" : "client_secret_basic";
    TokenRequest exchange;
    exchange.token_endpoint = idp.idp_token_endpoint;
    exchange.form = std::move(form);
    exchange.issued_token_only = true;  // an ID-JAG is a grant, not an access token
    auto jag = request_token(fetch, exchange, at_idp, nullptr);
    if (!jag) return std::unexpected("the identity provider's token exchange: " + jag.error());
    return assertion_grant(as, jag->access_token, scope);
  }

  std::expected<void, std::string> refresh() {
    refreshed = true;
    auto target = discover(std::nullopt);
    if (!target) return std::unexpected(target.error());
    if (target->as.issuer != tokens->issuer) return std::unexpected("the issuer changed");
    auto reg = registrar().stored_or_configured(target->as.issuer);
    ClientRegistration none;
    auto c = credentials(reg ? *reg : none);
    Form form{{"grant_type", "refresh_token"}, {"refresh_token", tokens->refresh_token}};
    auto got = request_token(fetch, token_request(target->as, c, std::move(form), tokens->scope), c,
                             dpop.key ? &dpop : nullptr);
    if (!got) {
      tokens->refresh_token.clear();  // spent or revoked: the next step is a new sign-in
      return std::unexpected(got.error());
    }
    // Rotation: a new refresh token replaces the old; without one the old stays valid.
    if (got->refresh_token.empty()) got->refresh_token = tokens->refresh_token;
    if (got->scope.empty()) got->scope = tokens->scope;
    keep(std::move(*got));
    return {};
  }
};

Authorizer::Authorizer(std::string resource_url, AuthorizerOptions options)
    : impl_(std::make_unique<Impl>(std::move(resource_url), std::move(options))) {}

Authorizer::~Authorizer() = default;

void Authorizer::authorize(std::string_view method, std::string_view url, http::Headers& headers,
                           std::uint64_t& generation) {
  impl_->authorize(method, url, headers, generation);
}

http::RequestAuthorizer::Verdict Authorizer::on_refused(std::string_view, std::string_view,
                                                        const http::Response& head,
                                                        std::uint64_t generation,
                                                        std::string& why) {
  return impl_->refused(head, generation, why);
}

void Authorizer::on_accepted(const http::Response& head) {
  impl_->accepted(head);
}

std::expected<void, std::string> Authorizer::sign_in() {
  std::lock_guard lock(impl_->mutex);
  return impl_->acquire("", std::nullopt, false);
}

void Authorizer::sign_out() {
  std::lock_guard lock(impl_->mutex);
  try {
    impl_->store->remove_tokens(impl_->resource);
  } catch (const std::exception& e) {
    logger()->warn("oauth: cannot update the token store: {}", e.what());
  }
  impl_->tokens.reset();
  ++impl_->generation;
}

const std::string& Authorizer::resource() const {
  return impl_->resource;
}

}  // namespace sallyport::oauth
