// MCP client configurations: Claude Desktop, VS Code (mcp.json and settings.json), Cursor and
// any file in one of those shapes. Reads them (JSON with comments and trailing commas
// tolerated), lists the servers they start or reach, and flags configuration-level risks.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/finding.hpp"

namespace sallyport::guard {

enum class Transport { stdio, http };

enum class ConfigFlavor {
  automatic,        // guessed from the content
  claude_desktop,   // {"mcpServers": {...}}
  vscode_mcp,       // .vscode/mcp.json: {"servers": {...}, "inputs": [...]}
  vscode_settings,  // settings.json: {"mcp": {"servers": {...}}} or {"mcp.servers": {...}}
  cursor,           // ~/.cursor/mcp.json, .cursor/mcp.json: {"mcpServers": {...}}
  generic,          // any of the shapes above
};

std::string_view to_string(ConfigFlavor f) noexcept;

struct ServerEntry {
  std::string name{};
  std::string source{};  // the file it came from
  std::string client{};  // "claude-desktop", "vscode", "cursor", "file"
  Transport transport = Transport::stdio;
  std::string type;  // as written ("stdio", "http", "sse", ...), may be empty
  std::string command{};
  std::vector<std::string> args{};
  std::vector<std::pair<std::string, std::string>> env{};  // values as written
  std::string url{};
  std::vector<std::pair<std::string, std::string>> headers{};  // values as written
  bool disabled = false;
};

// The entry for reports: env and header values replaced by "***" unless they only reference
// another place (${input:x}, ${env:X}, $VAR); URLs lose credentials and secret query values.
boost::json::value to_json(const ServerEntry& e);

// Parses the text of a configuration file; `source` names it in entries and errors.
std::expected<std::vector<ServerEntry>, std::string> parse_config(
    std::string_view text, std::string_view source, ConfigFlavor flavor = ConfigFlavor::automatic);

// Reads and parses one file (at most 16 MiB).
std::expected<std::vector<ServerEntry>, std::string> read_config(
    const std::string& path, ConfigFlavor flavor = ConfigFlavor::automatic);

struct ConfigLocation {
  std::string path{};
  ConfigFlavor flavor;
  std::string client{};
};

struct LocationOptions {
  std::string home{};     // default: $HOME (or %USERPROFILE%)
  std::string os{};       // "linux", "macos", "windows"; default: the build platform
  std::string cwd{};      // project directory for .vscode/ and .cursor/; default: current
  std::string appdata{};  // Windows %APPDATA%; default: from the environment
};

// Where clients keep their MCP configuration, whether the files exist or not.
std::vector<ConfigLocation> default_config_locations(const LocationOptions& opts = {});

// Configuration-level risks: secrets written inline (env, args, URLs, headers), packages run
// unpinned (npx -y, uvx, docker :latest), plain-HTTP remote servers, shell one-liners.
std::vector<Finding> config_findings(const std::vector<ServerEntry>& entries);

}  // namespace sallyport::guard
