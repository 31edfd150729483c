// Exit codes shared by every `sallyport` subcommand, so scripts can tell failures apart.
#pragma once

namespace sallyport::cli::exit_code {
inline constexpr int kOk = 0;
inline constexpr int kToolError = 1;   // the tool ran and reported isError
inline constexpr int kUsage = 2;       // bad command line; nothing was sent
inline constexpr int kConnection = 3;  // could not connect, or a protocol error / timeout
inline constexpr int kFindings = 4;    // scan: a finding reached --fail-on
}  // namespace sallyport::cli::exit_code
