#include "oauth/registration.hpp"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "sallyport/model/log.hpp"

namespace sallyport::oauth::detail {

namespace {

bool supports(const ServerMetadata* m, std::string_view method) {
  if (!m || !m->token_endpoint_auth_methods_supported)
    return method == "client_secret_basic";  // RFC 8414 §2's default
  auto& list = *m->token_endpoint_auth_methods_supported;
  return std::find(list.begin(), list.end(), method) != list.end();
}

std::string_view method_name(ClientAuth a) {
  switch (a) {
    case ClientAuth::kNone:
      return "none";
    case ClientAuth::kClientSecretBasic:
      return "client_secret_basic";
    case ClientAuth::kClientSecretPost:
      return "client_secret_post";
    case ClientAuth::kPrivateKeyJwt:
      return "private_key_jwt";
    case ClientAuth::kTlsClientAuth:
      return "tls_client_auth";
    case ClientAuth::kAuto:
      break;
  }
  return "";
}

bool secret_expired(const ClientRegistration& r) {
  if (!r.client_secret_expires_at || *r.client_secret_expires_at == 0) return false;
  auto now = std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  return *r.client_secret_expires_at <= now;
}

}  // namespace

std::string choose_auth_method(const RegistrarOptions& o, bool has_secret,
                               const ServerMetadata* m) {
  if (o.client_auth != ClientAuth::kAuto) return std::string(method_name(o.client_auth));
  if (o.has_private_key) return "private_key_jwt";
  if (o.has_certificate) return "tls_client_auth";
  if (!has_secret) return "none";
  if (supports(m, "client_secret_basic")) return "client_secret_basic";
  if (supports(m, "client_secret_post")) return "client_secret_post";
  return "client_secret_basic";
}

Registrar::Registrar(Fetch& fetch, TokenStore& store, RegistrarOptions options)
    : fetch_(fetch), store_(store), options_(std::move(options)) {}

std::optional<ClientRegistration> Registrar::stored(const std::string& issuer) {
  try {
    return store_.load_client(issuer);
  } catch (const std::exception& e) {
    logger()->warn("oauth: cannot read the token store: {}", e.what());
    return std::nullopt;
  }
}

std::optional<ClientRegistration> Registrar::preregistered(const ServerMetadata* m,
                                                           const std::string& issuer) {
  if (options_.client_id.empty()) return std::nullopt;
  if (!options_.client_issuer.empty() && options_.client_issuer != issuer) return std::nullopt;
  ClientRegistration r;
  r.issuer = issuer;
  r.client_id = options_.client_id;
  r.client_secret = options_.client_secret;
  r.token_endpoint_auth_method = choose_auth_method(options_, !options_.client_secret.empty(), m);
  r.source = "pre-registered";
  return r;
}

std::optional<ClientRegistration> Registrar::stored_or_configured(const std::string& issuer) {
  if (auto r = preregistered(nullptr, issuer)) return r;
  return stored(issuer);
}

std::expected<ClientRegistration, std::string> Registrar::ensure(
    const ServerMetadata& m, const std::string& redirect_uri,
    const std::vector<std::string>& grant_types) {
  if (auto r = preregistered(&m, m.issuer)) return *r;
  if (auto r = stored(m.issuer)) {
    bool redirect_ok = redirect_uri.empty() ||
                       std::find(r->redirect_uris.begin(), r->redirect_uris.end(), redirect_uri) !=
                           r->redirect_uris.end();
    if (r->source == "metadata-document" && !m.client_id_metadata_document_supported) {
      // The server stopped accepting metadata documents: register instead.
    } else if (redirect_ok && !secret_expired(*r)) {
      return *r;
    }
  }
  if (m.client_id_metadata_document_supported && !options_.client_metadata_url.empty()) {
    ClientRegistration r;
    r.issuer = m.issuer;
    r.client_id = options_.client_metadata_url;
    r.token_endpoint_auth_method = options_.has_private_key ? "private_key_jwt" : "none";
    if (!redirect_uri.empty()) r.redirect_uris = {redirect_uri};
    r.source = "metadata-document";
    return r;  // nothing to remember: the URL is the identity
  }
  if (!m.registration_endpoint.empty()) return register_dynamically(m, redirect_uri, grant_types);
  return std::unexpected(fmt::format(
      "no way to identify this client to {}: it supports neither Client ID Metadata Documents "
      "{}nor dynamic registration; configure a pre-registered client_id",
      m.issuer, options_.client_metadata_url.empty() ? "(none configured) " : ""));
}

std::expected<ClientRegistration, std::string> Registrar::register_dynamically(
    const ServerMetadata& m, const std::string& redirect_uri,
    const std::vector<std::string>& grant_types) {
  bool interactive = !redirect_uri.empty();
  // A native app cannot keep a secret (RFC 8252 §8.5): public when the server allows it.
  std::string method =
      interactive && (supports(&m, "none") || !m.token_endpoint_auth_methods_supported)
          ? "none"
          : (supports(&m, "client_secret_basic")  ? "client_secret_basic"
             : supports(&m, "client_secret_post") ? "client_secret_post"
                                                  : "none");
  JsonObject body;
  body["client_name"] = options_.client_name;
  JsonArray redirects;
  if (interactive) redirects.emplace_back(redirect_uri);
  body["redirect_uris"] = std::move(redirects);
  JsonArray grants;
  for (auto& g : grant_types) grants.emplace_back(g);
  body["grant_types"] = std::move(grants);
  JsonArray responses;
  if (interactive) responses.emplace_back("code");
  body["response_types"] = std::move(responses);
  body["token_endpoint_auth_method"] = method;
  body["application_type"] = "native";  // loopback redirects, no secret kept in a web server
  // No `scope`: it is optional (RFC 7591 §2), and servers refuse values they do not list even
  // when the resource's own scopes are fine in an authorization request.

  auto a = fetch_.post_json(m.registration_endpoint, body);
  if (!a) return std::unexpected(a.error());
  if (a->status / 100 != 2)
    return std::unexpected("dynamic client registration failed: " + describe_error(*a));
  if (!a->json) return std::unexpected("dynamic client registration answered without JSON");
  ClientRegistration r;
  r.issuer = m.issuer;
  r.client_id = string_member(*a->json, "client_id");
  if (r.client_id.empty()) return std::unexpected("dynamic client registration gave no client_id");
  r.client_secret = string_member(*a->json, "client_secret");
  r.token_endpoint_auth_method = string_member(*a->json, "token_endpoint_auth_method");
  if (r.token_endpoint_auth_method.empty())
    r.token_endpoint_auth_method = r.client_secret.empty() ? "none"
                                   : method == "none"      ? "client_secret_basic"
                                                           : method;
  r.redirect_uris = string_list(*a->json, "redirect_uris");
  if (r.redirect_uris.empty() && interactive) r.redirect_uris = {redirect_uri};
  if (auto* e = a->json->if_contains("client_secret_expires_at"); e && e->is_int64())
    r.client_secret_expires_at = e->get_int64();
  r.source = "dynamic";
  try {
    store_.save_client(r);
  } catch (const std::exception& e) {
    logger()->warn("oauth: cannot save the client registration: {}", e.what());
  }
  return r;
}

}  // namespace sallyport::oauth::detail
