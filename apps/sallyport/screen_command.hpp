// `sallyport screen`: the guard's output screening from the shell, for a saved tool result,
// resource read or plain text (a pipeline step, a review, a test of a policy).
//
//   sallyport screen [OPTIONS] [FILE...]      findings in FILE (or standard input)
//   sallyport screen --action redact FILE     the result as it would be forwarded
//
// Exit codes: 0 ok, 2 usage error or unreadable input, 4 a finding reached --fail-on.
#pragma once

#include <string>
#include <vector>

namespace sallyport::cli {

inline constexpr const char* kScreenSummary =
    "screen a tool result or resource for injected instructions, hidden Unicode and exfiltration";

// Runs `sallyport screen ARGS...` (ARGS without the word "screen"); returns the exit code.
int run_screen(const std::vector<std::string>& args);

}  // namespace sallyport::cli
