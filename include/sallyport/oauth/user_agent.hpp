// The user's side of the authorization code flow: where the authorization server sends the
// browser back to, and how the user gets to the authorization URL.
//
//  - LoopbackUserAgent (RFC 8252 §7.3): listens on 127.0.0.1 on a port of its own, opens the
//    system browser (or prints the URL on stderr) and waits for the one redirect back.
//  - HeadlessUserAgent: follows the authorization server's redirects itself with plain HTTP
//    requests (keeping cookies) until it reaches the redirect URI. For authorization servers
//    that answer without user interaction (tests, the conformance suite) and for scripted
//    logins (`on_page`), never for real users.
#pragma once

#include <chrono>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sallyport::oauth {

// What the authorization server sent back on the redirect URI (RFC 6749 §4.1.2, RFC 9207).
struct AuthorizationResponse {
  std::optional<std::string> code;
  std::optional<std::string> state;
  std::optional<std::string> iss;
  std::optional<std::string> error;
  std::optional<std::string> error_description;
};

// Parses the query of a redirect URI ("code=...&state=..." or a whole URL).
AuthorizationResponse parse_authorization_response(std::string_view url_or_query);

class UserAgent {
 public:
  virtual ~UserAgent() = default;
  // Gets ready to receive the redirect and returns the redirect URI to use. `preferred` is the
  // URI registered earlier, worth reusing when possible (same port) so that registration stays
  // valid; an agent may ignore it.
  virtual std::expected<std::string, std::string> begin(const std::string& preferred) = 0;
  // Takes the user to `authorization_url` and waits for the redirect to the URI begin() gave.
  virtual std::expected<AuthorizationResponse, std::string> complete(
      const std::string& authorization_url) = 0;
};

struct LoopbackOptions {
  std::string host = "127.0.0.1";  // never anything but a loopback address
  std::uint16_t port = 0;          // 0: the preferred URI's port if free, else any
  std::string path = "/callback";
  std::chrono::seconds timeout{300};  // the user has this long to finish signing in
  // The browser: run with the URL as its only argument. Empty: $BROWSER, else xdg-open; the
  // URL is printed on stderr too, for a user on another machine or without a browser.
  std::vector<std::string> browser_command{};
  bool open_browser = true;
  bool print_url = true;
};

class LoopbackUserAgent final : public UserAgent {
 public:
  explicit LoopbackUserAgent(LoopbackOptions options = {});
  ~LoopbackUserAgent() override;
  std::expected<std::string, std::string> begin(const std::string& preferred) override;
  std::expected<AuthorizationResponse, std::string> complete(
      const std::string& authorization_url) override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct HeadlessOptions {
  std::string redirect_uri = "http://127.0.0.1:3000/callback";
  std::size_t max_redirects = 16;
  std::chrono::milliseconds timeout{10'000};  // per request
  std::string ca_file{};
};

class HeadlessUserAgent final : public UserAgent {
 public:
  explicit HeadlessUserAgent(HeadlessOptions options = {});
  std::expected<std::string, std::string> begin(const std::string& preferred) override;
  std::expected<AuthorizationResponse, std::string> complete(
      const std::string& authorization_url) override;

 private:
  HeadlessOptions options_;
};

}  // namespace sallyport::oauth
