// Finding out who protects a resource and how to talk to them (MCP Authorization, "Discovery"):
// protected resource metadata (RFC 9728) and authorization server metadata (RFC 8414, OpenID
// Connect Discovery), in the order the spec gives, each checked before anything trusts it.
#pragma once

#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "oauth/fetch.hpp"

namespace sallyport::oauth::detail {

struct ResourceMetadata {
  std::string resource;
  std::vector<std::string> authorization_servers;
  std::vector<std::string> scopes_supported;
  bool dpop_bound_access_tokens_required = false;
};

struct ServerMetadata {
  std::string issuer;
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string registration_endpoint;
  std::vector<std::string> scopes_supported;
  std::vector<std::string> grant_types_supported;
  std::optional<std::vector<std::string>> code_challenge_methods_supported;
  std::optional<std::vector<std::string>> token_endpoint_auth_methods_supported;
  std::vector<std::string> dpop_signing_alg_values_supported;
  std::map<std::string, std::string> mtls_endpoint_aliases;  // RFC 8705 §5
  bool client_id_metadata_document_supported = false;
  bool authorization_response_iss_parameter_supported = false;  // RFC 9207
  // No metadata document at all (a 2025-03-26-era server): the endpoints are the defaults at
  // the server's origin, and nothing is known about what it supports.
  bool defaults_only = false;
};

// The canonical resource URI for an MCP endpoint (RFC 8707 §2, MCP "Canonical Server URI"):
// lower-case scheme and host, no fragment, no default port, no trailing slash on the path.
// Error for anything not an absolute http(s) URL.
std::expected<std::string, std::string> canonical_resource(std::string_view url);

// Whether a resource named in metadata covers `requested`: same origin, and its path a
// segment-wise prefix of the requested path.
bool resource_covers(std::string_view advertised, std::string_view requested);

// RFC 9728: `hint` (the challenge's resource_metadata) when present, else the path-aware and
// the root well-known URL of `resource_url`. nullopt when no document was found (the caller
// may fall back to 2025-03-26 behaviour); an error for a document that is unusable (bad JSON,
// a `resource` that does not cover the request, no authorization server).
std::expected<std::optional<ResourceMetadata>, std::string> fetch_resource_metadata(
    Fetch& fetch, const std::string& resource_url, const std::optional<std::string>& hint);

// RFC 8414 §3.1 + OpenID discovery for `issuer`, in the spec's order; the document's `issuer`
// must equal the one asked for. nullopt when none of the locations has a document.
std::expected<std::optional<ServerMetadata>, std::string> fetch_server_metadata(
    Fetch& fetch, const std::string& issuer);

// The 2025-03-26 defaults at the origin of `url`: /authorize, /token, /register.
ServerMetadata default_endpoints(const std::string& url);

// The URLs fetch_server_metadata() tries, in order (exposed for tests).
std::vector<std::string> server_metadata_urls(const std::string& issuer);

}  // namespace sallyport::oauth::detail
