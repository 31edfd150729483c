#include "oauth/discovery.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include "auth/urls.hpp"
#include "sallyport/model/log.hpp"

namespace sallyport::oauth::detail {

namespace urls = boost::urls;

namespace {

std::string origin_of(std::string_view url) {
  auto u = urls::parse_absolute_uri(url);
  if (!u) return {};
  return std::string(u->encoded_origin().data(), u->encoded_origin().size());
}

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < path.size()) {
    auto j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::optional<std::vector<std::string>> optional_list(const JsonObject& o, std::string_view key) {
  if (!o.contains(key)) return std::nullopt;
  return string_list(o, key);
}

bool bool_member(const JsonObject& o, std::string_view key) {
  auto* v = o.if_contains(key);
  return v && v->is_bool() && v->get_bool();
}

}  // namespace

std::expected<std::string, std::string> canonical_resource(std::string_view url) {
  auto parsed = urls::parse_uri(url);  // a fragment is allowed here, and dropped below
  if (!parsed) return std::unexpected("is not an absolute URL");
  urls::url u(*parsed);
  if (u.scheme_id() != urls::scheme::http && u.scheme_id() != urls::scheme::https)
    return std::unexpected("must be an http(s) URL");
  if (u.encoded_host().empty()) return std::unexpected("has no host");
  u.normalize_scheme();
  std::string host(u.encoded_host().data(), u.encoded_host().size());
  for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  u.set_encoded_host(host);
  if ((u.scheme_id() == urls::scheme::https && u.port() == "443") ||
      (u.scheme_id() == urls::scheme::http && u.port() == "80"))
    u.remove_port();
  u.remove_fragment();
  u.remove_userinfo();
  std::string path(u.encoded_path().data(), u.encoded_path().size());
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  if (path == "/") path.clear();
  u.set_encoded_path(path);
  return std::string(u.buffer());
}

bool resource_covers(std::string_view advertised, std::string_view requested) {
  auto a = canonical_resource(advertised);
  auto r = canonical_resource(requested);
  if (!a || !r) return false;
  if (origin_of(*a) != origin_of(*r)) return false;
  std::string a_path = auth::detail::url_path(*a), r_path = auth::detail::url_path(*r);
  auto ap = segments(a_path);  // views into the strings above
  auto rp = segments(r_path);
  if (ap.size() > rp.size()) return false;
  return std::equal(ap.begin(), ap.end(), rp.begin());
}

std::expected<std::optional<ResourceMetadata>, std::string> fetch_resource_metadata(
    Fetch& fetch, const std::string& resource_url, const std::optional<std::string>& hint) {
  std::vector<std::string> candidates;
  if (hint) {
    if (auto why = auth::detail::url_problem(*hint))
      return std::unexpected(fmt::format("the resource_metadata URL {}", *why));
    candidates.push_back(*hint);
  } else {
    candidates.push_back(auth::detail::well_known_url(resource_url, "oauth-protected-resource"));
    auto root = origin_of(resource_url) + "/.well-known/oauth-protected-resource";
    if (root != candidates.front()) candidates.push_back(root);
  }
  for (auto& url : candidates) {
    auto a = fetch.get(url);
    if (!a) return std::unexpected(a.error());
    if (a->status / 100 != 2) {
      logger()->debug("oauth: no protected resource metadata at {} (HTTP {})", url, a->status);
      continue;
    }
    if (!a->json)
      return std::unexpected(fmt::format("the protected resource metadata at {} is not JSON", url));
    ResourceMetadata m;
    m.resource = string_member(*a->json, "resource");
    m.authorization_servers = string_list(*a->json, "authorization_servers");
    m.scopes_supported = string_list(*a->json, "scopes_supported");
    m.dpop_bound_access_tokens_required =
        bool_member(*a->json, "dpop_bound_access_tokens_required");
    // RFC 9728 §3.3 / MCP: metadata for some other resource must not be used for this one
    // (an attacker's server could otherwise collect tokens minted for another).
    if (m.resource.empty())
      return std::unexpected(
          fmt::format("the protected resource metadata at {} names no resource", url));
    if (!resource_covers(m.resource, resource_url))
      return std::unexpected(fmt::format("the protected resource metadata is for {}, not for {}",
                                         m.resource, resource_url));
    if (m.authorization_servers.empty())
      return std::unexpected("the protected resource metadata names no authorization server");
    return m;
  }
  return std::optional<ResourceMetadata>{};
}

std::vector<std::string> server_metadata_urls(const std::string& issuer) {
  std::string origin = origin_of(issuer);
  std::string path = auth::detail::url_path(issuer);
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.empty())
    return {origin + "/.well-known/oauth-authorization-server",
            origin + "/.well-known/openid-configuration"};
  return {origin + "/.well-known/oauth-authorization-server" + path,
          origin + "/.well-known/openid-configuration" + path,
          origin + path + "/.well-known/openid-configuration"};
}

std::expected<std::optional<ServerMetadata>, std::string> fetch_server_metadata(
    Fetch& fetch, const std::string& issuer) {
  if (auto why = auth::detail::url_problem(issuer, false))
    return std::unexpected(fmt::format("the authorization server URL {}", *why));
  for (auto& url : server_metadata_urls(issuer)) {
    auto a = fetch.get(url);
    if (!a) return std::unexpected(a.error());
    if (a->status / 100 != 2 || !a->json) {
      logger()->debug("oauth: no authorization server metadata at {} (HTTP {})", url, a->status);
      continue;
    }
    const JsonObject& j = *a->json;
    ServerMetadata m;
    m.issuer = string_member(j, "issuer");
    // RFC 8414 §3.3: the issuer must be identical to the one the document was asked for.
    if (m.issuer != issuer)
      return std::unexpected(
          fmt::format("the authorization server metadata at {} is for issuer '{}', not '{}'", url,
                      m.issuer.substr(0, 200), issuer));
    m.authorization_endpoint = string_member(j, "authorization_endpoint");
    m.token_endpoint = string_member(j, "token_endpoint");
    m.registration_endpoint = string_member(j, "registration_endpoint");
    m.scopes_supported = string_list(j, "scopes_supported");
    m.grant_types_supported = string_list(j, "grant_types_supported");
    m.code_challenge_methods_supported = optional_list(j, "code_challenge_methods_supported");
    m.token_endpoint_auth_methods_supported =
        optional_list(j, "token_endpoint_auth_methods_supported");
    m.dpop_signing_alg_values_supported = string_list(j, "dpop_signing_alg_values_supported");
    if (auto* aliases = j.if_contains("mtls_endpoint_aliases"); aliases && aliases->is_object())
      for (auto& [k, v] : aliases->get_object())
        if (v.is_string()) m.mtls_endpoint_aliases[std::string(k)] = std::string(v.get_string());
    m.client_id_metadata_document_supported =
        bool_member(j, "client_id_metadata_document_supported");
    m.authorization_response_iss_parameter_supported =
        bool_member(j, "authorization_response_iss_parameter_supported");
    for (auto* endpoint : {&m.authorization_endpoint, &m.token_endpoint, &m.registration_endpoint})
      if (!endpoint->empty())
        if (auto why = auth::detail::url_problem(*endpoint))
          return std::unexpected(fmt::format("an endpoint in {}'s metadata {}", issuer, *why));
    return m;
  }
  return std::optional<ServerMetadata>{};
}

ServerMetadata default_endpoints(const std::string& url) {
  ServerMetadata m;
  std::string origin = origin_of(url);
  m.issuer = origin;
  m.authorization_endpoint = origin + "/authorize";
  m.token_endpoint = origin + "/token";
  m.registration_endpoint = origin + "/register";
  m.defaults_only = true;
  return m;
}

}  // namespace sallyport::oauth::detail
