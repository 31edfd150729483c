// `sallyport scan`: the guard from the shell.
//
//   sallyport scan [OPTIONS]                          the MCP configurations of Claude Desktop,
//                                                     VS Code and Cursor (or --config FILE...)
//   sallyport scan [OPTIONS] --definitions FILE...    saved tools/list results, offline
//
// Each configured server is listed (stdio servers only with --start-local), its whole surface
// analysed, compared with its pins, and remote servers' authorization posture checked.
// Exit codes: 0 ok, 2 usage error or unreadable input, 3 a server could not be scanned,
// 4 a finding reached --fail-on (takes precedence over 3).
#pragma once

#include <string>
#include <vector>

namespace sallyport::cli {

inline constexpr const char* kScanSummary =
    "check MCP servers for tool poisoning, shadowing, rug pulls and open endpoints";

// Runs `sallyport scan ARGS...` (ARGS without the word "scan"); returns the exit code.
int run_scan(const std::vector<std::string>& args);

}  // namespace sallyport::cli
