// How an HTTP client transport gets credentials onto its requests without knowing OAuth: before
// each request it asks for headers (Authorization, DPoP), and after an authorization failure
// (401, 403) it asks whether a retry may succeed. sallyport::oauth::Authorizer implements it;
// hosts with their own token source can too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sallyport/http/message.hpp"

namespace sallyport::http {

class RequestAuthorizer {
 public:
  virtual ~RequestAuthorizer() = default;

  // Adds the credentials for `method url` to `headers` (nothing before the first sign-in).
  // `generation` receives a number that changes whenever the credentials do, so concurrent
  // requests failing with the same credentials trigger a single sign-in.
  virtual void authorize(std::string_view method, std::string_view url, Headers& headers,
                         std::uint64_t& generation) = 0;

  enum class Verdict {
    kRetry,   // new credentials (or a new DPoP nonce): send the request again
    kGiveUp,  // nothing more to try: the failure stands (reason in `why`)
  };
  // Called with the head of every 401 and 403 response. May block (sign-in, token refresh,
  // waiting for the user). `why` explains a kGiveUp without any secret in it.
  virtual Verdict on_refused(std::string_view method, std::string_view url, const Response& head,
                             std::uint64_t generation, std::string& why) = 0;

  // Called with the head of every other response (success clears step-up counters and picks
  // up a rotated DPoP nonce).
  virtual void on_accepted(const Response& head) { (void)head; }
};

}  // namespace sallyport::http
