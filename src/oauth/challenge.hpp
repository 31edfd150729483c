// WWW-Authenticate challenges as a client reads them (RFC 9110 §11.6.1, RFC 6750 §3, RFC 9449
// §7.1, RFC 9728 §5.1): the schemes offered and their auth-params.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sallyport::oauth::detail {

struct Challenge {
  std::string scheme;                         // lower-cased: "bearer", "dpop", ...
  std::map<std::string, std::string> params;  // names lower-cased, values unquoted

  const std::string* param(std::string_view name) const;
};

// Every challenge in one or more WWW-Authenticate field values. Malformed parts are skipped,
// never guessed at; the whole input is bounded by the HTTP client's header limit.
std::vector<Challenge> parse_challenges(const std::vector<std::string_view>& field_values);

// The parameters a client acts on, merged from the Bearer and DPoP challenges.
struct ChallengeInfo {
  std::optional<std::string> resource_metadata;  // RFC 9728
  std::optional<std::string> scope;
  std::optional<std::string> error;  // "invalid_token", "insufficient_scope", "use_dpop_nonce"
  bool dpop_offered = false;         // a DPoP challenge was among them
};
ChallengeInfo summarize(const std::vector<Challenge>& challenges);

}  // namespace sallyport::oauth::detail
