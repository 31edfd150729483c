// The resource-server side of MCP authorization in one object: per request, the Authorization
// header in, a Principal or the exact HTTP refusal out; plus the Protected Resource Metadata
// (RFC 9728) the server publishes. Independent of the HTTP transport, which wires it in.
#pragma once

#include <expected>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sallyport/auth/config.hpp"
#include "sallyport/auth/fetcher.hpp"
#include "sallyport/auth/verifier.hpp"
#include "sallyport/model/json.hpp"
#include "sallyport/model/principal.hpp"

namespace sallyport::auth {

// A refusal, ready to send: status, `WWW-Authenticate` value and a JSON body
// (`{"error": ..., "error_description": ...}`, Content-Type application/json).
struct AuthChallenge {
  int status = 401;         // 400 malformed request, 401 no/invalid token, 403 scope
  std::string error;        // "" (no token presented), invalid_request, invalid_token,
                            // insufficient_scope
  std::string description;  // error_description; never contains the token
  std::string www_authenticate;
  std::string body;
};

using AuthResult = std::expected<std::shared_ptr<const Principal>, AuthChallenge>;

struct AuthenticatorOptions {
  std::shared_ptr<Fetcher> fetcher{};         // default: make_beast_fetcher()
  std::shared_ptr<TokenVerifier> verifier{};  // default: make_default_verifier(config, ...)
  Clock clock{};                              // default: system_clock::now
};

inline constexpr std::size_t kMaxTokenBytes = 8 * 1024;
inline constexpr std::string_view kWellKnownPrm = "/.well-known/oauth-protected-resource";

class Authenticator {
 public:
  // Validates the config (the message lists every problem) and reads client_secret_file.
  static std::expected<std::shared_ptr<Authenticator>, std::string> create(
      AuthConfig config, AuthenticatorOptions options = {});

  // One call per HTTP request, before the request body is interpreted. `authorization` is the
  // Authorization header (nullopt when absent; a request with several must pass them joined
  // with ", " so it is refused as malformed). `token_in_query` says whether the URL carried an
  // `access_token` parameter: tokens are accepted only from the header (RFC 6750 §2.3 leaks
  // them into logs), so that is refused with 400. `extra_required_scopes` are needed on top of
  // the configured ones (e.g. by the operation). Thread-safe. May block on a cache miss while
  // fetching keys or introspecting (bounded by fetch_timeout), so call it off I/O threads.
  AuthResult authenticate(std::optional<std::string_view> authorization,
                          bool token_in_query = false,
                          std::span<const std::string> extra_required_scopes = {}) const;

  // What authenticate() answers when that needs no verification: a refusal of the request's form
  // (no token, token in the query, malformed header) or a token verified before and still
  // cached. nullopt: the token must be verified, call authenticate() (off the I/O threads).
  // Never blocks beyond a hash and a cache lookup, so an HTTP server can call it on its I/O
  // threads and leave only cache misses to a worker.
  std::optional<AuthResult> authenticate_cached(
      std::optional<std::string_view> authorization, bool token_in_query = false,
      std::span<const std::string> extra_required_scopes = {}) const;

  // For checks after authentication (an operation's scopes): nullopt when the principal has
  // every configured and extra scope, else the 403 insufficient_scope challenge naming them all.
  std::optional<AuthChallenge> require_scopes(
      const Principal& principal, std::span<const std::string> extra_required_scopes) const;

  // RFC 9728 document, served as application/json at every path in metadata_paths().
  const Json& protected_resource_metadata() const { return metadata_; }
  const std::string& protected_resource_metadata_body() const { return metadata_body_; }
  // "/.well-known/oauth-protected-resource" and, when the endpoint has a path, the
  // path-suffixed form (RFC 9728 §3.1): "/.well-known/oauth-protected-resource/mcp".
  const std::vector<std::string>& metadata_paths() const { return metadata_paths_; }
  // Absolute URL named in `resource_metadata` of every challenge.
  const std::string& resource_metadata_url() const { return metadata_url_; }
  const AuthConfig& config() const { return config_; }

  ~Authenticator();
  Authenticator(const Authenticator&) = delete;
  Authenticator& operator=(const Authenticator&) = delete;

 private:
  struct Cache;
  Authenticator(AuthConfig config, AuthenticatorOptions options);
  AuthChallenge challenge(int status, std::string error, std::string description,
                          std::span<const std::string> extra) const;
  // The common first half of authenticate(): a final answer, or the token and its digest.
  struct Presented {
    std::string_view token;
    std::string digest;
  };
  std::expected<Presented, AuthChallenge> presented(std::optional<std::string_view> authorization,
                                                    bool token_in_query,
                                                    std::span<const std::string> extra) const;
  AuthResult with_scopes(std::shared_ptr<const Principal> principal,
                         std::span<const std::string> extra) const;

  AuthConfig config_;
  std::shared_ptr<TokenVerifier> verifier_;
  Clock clock_;
  std::unique_ptr<Cache> cache_;
  Json metadata_;
  std::string metadata_body_;
  std::vector<std::string> metadata_paths_;
  std::string metadata_url_;
};

}  // namespace sallyport::auth
