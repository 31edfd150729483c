// `sallyport auth`: what the OAuth client keeps between runs, shown and removed.
//
//   sallyport auth status [URL] [--json] [--store PATH]
//   sallyport auth logout (URL | --all) [--store PATH]
//
// status never prints a token, secret or key, not even in part: only where tokens are for, who
// issued them, their type, scope, expiry and whether a refresh token is kept.
// Exit codes: 0 ok, 1 logout URL: nothing was stored for that URL, 2 usage error,
// 3 the store could not be read or written (e.g. refused: readable by other users, corrupt).
#pragma once

#include <string>
#include <vector>

namespace sallyport::cli {

inline constexpr const char* kAuthSummary =
    "show or remove the sign-ins (OAuth tokens, client registrations) kept for servers";

// Runs `sallyport auth ARGS...` (ARGS without the word "auth"); returns the exit code.
int run_auth(const std::vector<std::string>& args);

}  // namespace sallyport::cli
