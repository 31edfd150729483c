// Sealing of 2026-07-28 `requestState`. The client must hand it back untouched, but it crosses
// the client, so it is integrity-protected: payload + HMAC-SHA256 under a server key, bound to the
// method, the target (tool/prompt/URI) and the caller, with an expiry. Any tampering, replay
// against another target or caller, or expiry is an error (-32602), never a silent re-run.
#pragma once

#include <chrono>
#include <expected>
#include <string>

#include "sallyport/model/error.hpp"
#include "sallyport/model/json.hpp"

namespace sallyport::server::detail {

struct SealedContent {
  std::string method;
  std::string target;
  std::string caller;     // auth::session_binding of the principal (or empty)
  JsonObject answers;     // input responses of earlier rounds
  JsonObject user_state;  // Context::state()
};

class RequestSealer {
 public:
  // An empty key means: generate a random one (valid for this process only).
  RequestSealer(std::string key, std::chrono::seconds ttl);

  std::string seal(const SealedContent& content) const;
  std::expected<SealedContent, Error> open(std::string_view token) const;

  static constexpr std::size_t kMaxTokenBytes = 256 * 1024;

 private:
  std::string key_;
  std::chrono::seconds ttl_;
};

// A digest binding sealed answers to one request: the tool/prompt name or URI and its
// arguments (canonical JSON, so key order does not matter).
std::string request_binding(std::string_view name, const Json& args);

std::string base64url_encode(std::string_view data);
std::expected<std::string, std::string> base64url_decode(std::string_view text);

}  // namespace sallyport::server::detail
