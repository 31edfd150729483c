#include "oauth/token_request.hpp"

#include <fmt/format.h>

#include "auth/encoding.hpp"
#include "sallyport/auth/fetcher.hpp"
#include "sallyport/model/log.hpp"

namespace sallyport::oauth::detail {

namespace {

using Clock = std::chrono::system_clock;

bool is_tls_method(std::string_view m) {
  return m == "tls_client_auth" || m == "self_signed_tls_client_auth";
}

// client_secret_basic: RFC 6749 §2.3.1 form-encodes id and secret before Base64.
std::string basic_credentials(const ClientCredentials& c) {
  return "Basic " + auth::detail::base64_encode(auth::form_urlencode(c.client_id) + ":" +
                                                auth::form_urlencode(c.client_secret));
}

std::expected<StoredTokens, std::string> parse_tokens(const Answer& a, const TokenRequest& request,
                                                      const DpopState* dpop) {
  if (!a.json) return std::unexpected("the token endpoint answered without a JSON object");
  const JsonObject& j = *a.json;
  StoredTokens t;
  t.resource = request.resource;
  t.issuer = request.issuer;
  t.access_token = string_member(j, "access_token");
  if (t.access_token.empty()) return std::unexpected("the token response has no access_token");
  t.token_type = string_member(j, "token_type");
  if (request.issued_token_only) {
    t.token_type = "Bearer";
  } else if (auth::detail::iequals(t.token_type, "bearer")) {
    t.token_type = "Bearer";
  } else if (auth::detail::iequals(t.token_type, "dpop")) {
    t.token_type = "DPoP";
    if (!dpop || !dpop->key)
      return std::unexpected("the token endpoint issued a DPoP token that was not asked for");
  } else {
    return std::unexpected(fmt::format("the token response has an unsupported token_type '{}'",
                                       t.token_type.substr(0, 40)));
  }
  if (t.token_type == "DPoP") t.dpop_private_key_pem = dpop->key->private_pem();
  t.refresh_token = string_member(j, "refresh_token");
  t.scope = string_member(j, "scope");
  if (t.scope.empty()) t.scope = request.requested_scope;  // RFC 6749 §5.1: as requested
  if (auto* e = j.if_contains("expires_in")) {
    std::int64_t seconds = -1;
    if (e->is_int64()) seconds = e->get_int64();
    if (e->is_uint64())
      seconds = static_cast<std::int64_t>(std::min<std::uint64_t>(e->get_uint64(), 1u << 30));
    if (e->is_double()) seconds = static_cast<std::int64_t>(e->get_double());
    if (e->is_string()) seconds = std::atoll(std::string(e->get_string()).c_str());
    if (seconds >= 0)
      t.expires_at = std::chrono::time_point_cast<Clock::duration>(
          Clock::now() + std::chrono::seconds(std::min<std::int64_t>(seconds, 1LL << 31)));
  }
  return t;
}

}  // namespace

std::string token_endpoint_for(const ServerMetadata& metadata, const ClientCredentials& client) {
  if (is_tls_method(client.method))
    if (auto it = metadata.mtls_endpoint_aliases.find("token_endpoint");
        it != metadata.mtls_endpoint_aliases.end())
      return it->second;
  return metadata.token_endpoint;
}

std::expected<StoredTokens, std::string> request_token(Fetch& fetch, const TokenRequest& request,
                                                       const ClientCredentials& client,
                                                       DpopState* dpop) {
  Form form = request.form;
  if (!request.resource.empty()) form.emplace_back("resource", request.resource);
  http::Headers headers;
  const std::string& m = client.method;
  if (m == "client_secret_basic") {
    headers.set("Authorization", basic_credentials(client));
  } else if (m == "client_secret_post") {
    form.emplace_back("client_id", client.client_id);
    form.emplace_back("client_secret", client.client_secret);
  } else if (m == "private_key_jwt") {
    if (!client.assertion_key) return std::unexpected("private_key_jwt needs a private key");
    form.emplace_back("client_id", client.client_id);
    form.emplace_back("client_assertion_type",
                      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    // RFC 7523 §3: the audience identifies the authorization server; its issuer is the value
    // RFC 7523bis settles on, and what servers accept.
    form.emplace_back(
        "client_assertion",
        client_assertion(*client.assertion_key, client.client_id,
                         request.issuer.empty() ? request.token_endpoint : request.issuer));
  } else if (!client.client_id.empty()) {  // none, tls_client_auth: the id identifies us
    form.emplace_back("client_id", client.client_id);
  }

  // A DPoP-nonce challenge (RFC 9449 §8) is answered once with the nonce it carried.
  for (int attempt = 0; attempt < 2; ++attempt) {
    http::Headers h = headers;
    if (dpop && dpop->key)
      h.set("DPoP",
            dpop_proof(*dpop->key, "POST", request.token_endpoint, std::nullopt,
                       dpop->as_nonce.empty() ? std::nullopt
                                              : std::optional<std::string_view>(dpop->as_nonce)));
    auto a = fetch.post_form(request.token_endpoint, form, std::move(h));
    if (!a) return std::unexpected(a.error());
    if (dpop)
      if (auto nonce = a->headers.get("DPoP-Nonce"); nonce && !nonce->empty())
        dpop->as_nonce = std::string(nonce->substr(0, 512));
    if (a->status / 100 == 2) return parse_tokens(*a, request, dpop);
    bool nonce_challenge = dpop && dpop->key && a->status == 400 && a->json &&
                           string_member(*a->json, "error") == "use_dpop_nonce" &&
                           a->headers.get("DPoP-Nonce");
    if (nonce_challenge && attempt == 0) continue;
    return std::unexpected("the token endpoint refused: " + describe_error(*a));
  }
  return std::unexpected("the token endpoint kept asking for a new DPoP nonce");
}

}  // namespace sallyport::oauth::detail
