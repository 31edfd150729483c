// Who is calling. Authentication fills it in (OAuth access tokens on HTTP); on stdio and on
// servers without authorization it is empty (`authenticated()` is false).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "sallyport/model/json.hpp"

namespace sallyport {

struct Principal {
  std::string subject{};    // `sub`
  std::string client_id{};  // `client_id` / `azp`
  std::string issuer{};     // `iss`
  std::vector<std::string> scopes{};
  std::vector<std::string> roles{};
  std::vector<std::string> groups{};
  std::optional<std::string> tenant{};
  JsonObject claims{};  // every verified claim, for policy
  // When the credentials this caller presented stop being valid (an access token's `exp`, or
  // the end of an introspection result's validity): streams opened with them end then, so that
  // a token's lifetime bounds what it can receive. Empty: no limit (stdio, no authorization).
  std::optional<std::chrono::system_clock::time_point> credentials_expire_at{};

  bool authenticated() const noexcept { return !subject.empty() || !client_id.empty(); }
  bool has_scope(std::string_view s) const {
    for (auto& x : scopes)
      if (x == s) return true;
    return false;
  }
};

}  // namespace sallyport
