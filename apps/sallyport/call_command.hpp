// `sallyport call`: a client from the shell.
//
//   sallyport call [OPTIONS] --stdio -- CMD [ARGS...] METHOD [METHOD-ARGS...]
//   sallyport call [OPTIONS] --url URL METHOD [METHOD-ARGS...]
//
// The server command ends at the first argument that is exactly a method word. Methods:
//   tools/list | tools/call NAME [key=value...] [--json '{...}'] | resources/list |
//   resources/templates/list | resources/read URI | prompts/list |
//   prompts/get NAME [key=value...] [--json '{...}'] | ping
#pragma once

#include <string>
#include <vector>

namespace sallyport::cli {

inline constexpr const char* kCallSummary =
    "talk to an MCP server: list and call tools, read resources, get prompts";

// Runs `sallyport call ARGS...` (ARGS without the word "call"); returns the exit code
// (see exit_codes.hpp).
int run_call(const std::vector<std::string>& args);

}  // namespace sallyport::cli
