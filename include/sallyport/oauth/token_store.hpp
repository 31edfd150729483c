// Where the OAuth client keeps what it learned between runs: client registrations (per
// authorization-server issuer, never reused with another one) and tokens (per protected resource
// and issuer). Behind an interface so a host can keep them in its own keychain.
//
// FileTokenStore is the default for programs: one JSON file per user, created 0600 inside a
// 0700 directory, replaced atomically, locked against concurrent processes. Nothing in it is
// ever logged.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sallyport::oauth {

// How this client is known to one authorization server.
struct ClientRegistration {
  std::string issuer;     // the authorization server's issuer identifier (the key)
  std::string client_id;  // for a Client ID Metadata Document: its https URL
  std::string client_secret{};
  std::string token_endpoint_auth_method{};  // "none", "client_secret_basic", ...
  std::vector<std::string> redirect_uris{};
  std::optional<std::int64_t> client_secret_expires_at{};  // seconds since the epoch; 0: never
  std::string source{};  // "dynamic" (RFC 7591), "metadata-document", "pre-registered"
};

// Tokens for one protected resource, issued by one authorization server.
struct StoredTokens {
  std::string resource;  // canonical resource URI (RFC 8707)
  std::string issuer;
  std::string access_token;
  std::string token_type = "Bearer";  // "Bearer" or "DPoP"
  std::string refresh_token{};
  std::string scope{};  // as granted (else as requested)
  std::optional<std::chrono::system_clock::time_point> expires_at{};
  std::string dpop_private_key_pem{};  // the key a DPoP-bound token is bound to
};

class TokenStore {
 public:
  virtual ~TokenStore() = default;
  virtual std::optional<ClientRegistration> load_client(const std::string& issuer) = 0;
  virtual void save_client(const ClientRegistration& registration) = 0;
  virtual void remove_client(const std::string& issuer) = 0;

  virtual std::optional<StoredTokens> load_tokens(const std::string& resource,
                                                  const std::string& issuer) = 0;
  virtual void save_tokens(const StoredTokens& tokens) = 0;
  // Every token set for `resource` (any issuer).
  virtual void remove_tokens(const std::string& resource) = 0;

  // For `sallyport auth status` / `logout`.
  virtual std::vector<ClientRegistration> clients() = 0;
  virtual std::vector<StoredTokens> tokens() = 0;
  virtual void clear() = 0;
};

// Process memory only (tests, hosts that must not persist anything).
class MemoryTokenStore final : public TokenStore {
 public:
  std::optional<ClientRegistration> load_client(const std::string& issuer) override;
  void save_client(const ClientRegistration& registration) override;
  void remove_client(const std::string& issuer) override;
  std::optional<StoredTokens> load_tokens(const std::string& resource,
                                          const std::string& issuer) override;
  void save_tokens(const StoredTokens& tokens) override;
  void remove_tokens(const std::string& resource) override;
  std::vector<ClientRegistration> clients() override;
  std::vector<StoredTokens> tokens() override;
  void clear() override;

 private:
  std::mutex mutex_;
  std::vector<ClientRegistration> clients_;
  std::vector<StoredTokens> tokens_;
};

// One JSON file per user. Every call re-reads the file under an exclusive flock(2), so several
// processes share it safely; writes go to a 0600 temporary file renamed over the old one.
// Throws std::runtime_error when the file cannot be read or written, and refuses a file that is
// not owned by the user or is readable by others (fail closed: tokens may have leaked).
class FileTokenStore final : public TokenStore {
 public:
  explicit FileTokenStore(std::filesystem::path path = default_path());

  // $SALLYPORT_OAUTH_STORE, else $XDG_STATE_HOME/sallyport/oauth.json, else
  // ~/.local/state/sallyport/oauth.json.
  static std::filesystem::path default_path();
  const std::filesystem::path& path() const { return path_; }

  std::optional<ClientRegistration> load_client(const std::string& issuer) override;
  void save_client(const ClientRegistration& registration) override;
  void remove_client(const std::string& issuer) override;
  std::optional<StoredTokens> load_tokens(const std::string& resource,
                                          const std::string& issuer) override;
  void save_tokens(const StoredTokens& tokens) override;
  void remove_tokens(const std::string& resource) override;
  std::vector<ClientRegistration> clients() override;
  std::vector<StoredTokens> tokens() override;
  void clear() override;

 private:
  std::filesystem::path path_;
};

}  // namespace sallyport::oauth
