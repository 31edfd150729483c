// `sallyport scan`, the part that talks to servers: start or reach one configured server, list
// its whole surface (tools, prompts, resources, templates, instructions) as the guard reads it,
// and probe a remote server's authorization posture without a token.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include <sallyport/guard/config.hpp>
#include <sallyport/guard/finding.hpp>

namespace sallyport::cli {

struct SurfaceOptions {
  // Connecting and every listing together; the client is closed when it runs out.
  std::chrono::milliseconds timeout{20'000};
  std::size_t max_pages = 100;         // per list method
  std::size_t max_definitions = 5000;  // per list method
};

struct SurfaceResult {
  bool ok = false;
  std::string error{};               // why not, when !ok
  boost::json::value surface{};      // {"serverName", "instructions", "tools", "prompts", ...}
  std::string server_info{};         // "name version (protocol P)"
  std::vector<std::string> notes{};  // partial failures (a list method that failed)
};

// Starts (stdio) or connects to (http) the server of `entry` and lists everything it offers.
// The surface's "serverName" is the entry's name, so findings name servers as the
// configuration does. Never throws for server misbehaviour.
SurfaceResult fetch_surface(const guard::ServerEntry& entry, const SurfaceOptions& options);

// The command line `fetch_surface` runs for a stdio entry, shell-quoted, with env names and
// their values hidden ("env: KEY=***").
std::string describe_command(const guard::ServerEntry& entry);

// Sends one unauthenticated MCP request to a remote server and judges the answer: 401 with
// WWW-Authenticate and resource metadata (RFC 9728) is right; a 2xx means it accepts requests
// without a token. Findings use category "authorization" (and scan-coverage when unreachable).
std::vector<guard::Finding> probe_authorization(const guard::ServerEntry& entry,
                                                std::chrono::milliseconds timeout);

// "${env:NAME}" in header values and env values → the variable's value (empty when unset).
// "${input:...}" cannot be resolved offline: nullopt.
std::optional<std::string> expand_reference(const std::string& value);

}  // namespace sallyport::cli
