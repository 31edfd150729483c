// Authorization in the programs: the README's protected_server example and every HTTP server
// program in build/bin take the same flags, refuse to start when they are wrong, and, started
// with them, answer only callers holding a token from a real authorization server (npm
// oidc-provider on 127.0.0.1).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <memory>
#include <regex>
#include <thread>

#include "sallyport/http/client.hpp"
#include "sallyport/model/json.hpp"
#include "support/oidc_provider.hpp"

namespace sallyport::testing {
namespace {

using namespace std::chrono_literals;

const std::string kBin = SALLYPORT_BIN_DIR;
const std::string kAudience = "https://greeter.example.test/mcp";

std::string base64(std::string_view in) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v =
        (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
    for (int s : {18, 12, 6, 0}) out += kAlphabet[(v >> s) & 63];
  }
  if (i + 1 == in.size()) {
    unsigned v = (unsigned char)in[i] << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8;
    for (int s : {18, 12, 6}) out += kAlphabet[(v >> s) & 63];
    out += '=';
  }
  return out;
}

struct Output {
  int code = -1;
  std::string out;
};

// Runs a command line (stdin /dev/null), capturing stdout and stderr together.
Output run(const std::string& command) {
  Output o;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((command + " </dev/null 2>&1").c_str(), "r"),
                                             ::pclose);
  if (!pipe) return o;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) o.out.append(buf.data(), n);
  int status = ::pclose(pipe.release());
  o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

// A server program started on port 0: its URL is read from its log on stderr.
struct Running {
  oidc::Child child;
  std::string url;
  std::string log;

  explicit Running(std::vector<std::string> args) {
    log = ::testing::TempDir() + "sallyport-protected-" + std::to_string(getpid()) + "-" +
          std::to_string(counter++) + ".log";
    setenv("SALLYPORT_LOG", "info", 1);  // serve_http says where it listens at level info
    child = oidc::spawn(args, log);
    static const std::regex kUrl(R"(serving MCP on (http://127\.0\.0\.1:[0-9]+/mcp))");
    auto deadline = std::chrono::steady_clock::now() + 30s;
    while (child.pid > 0 && std::chrono::steady_clock::now() < deadline) {
      std::smatch m;
      auto text = oidc::slurp(log);
      if (std::regex_search(text, m, kUrl)) {
        url = m[1];
        return;
      }
      std::this_thread::sleep_for(20ms);
    }
  }
  ~Running() { oidc::stop(child); }
  std::string origin() const { return url.substr(0, url.size() - 4); }
  static inline int counter = 0;
};

struct Answer {
  int status = 0;
  std::string www_authenticate;
  std::string body;
};

Answer post_modern(const std::string& url, const std::string& method, JsonObject params,
                   const std::optional<std::string>& token) {
  static http::Client client;
  params["_meta"] = JsonObject{
      {"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
      {"io.modelcontextprotocol/clientCapabilities", JsonObject{}},
      {"io.modelcontextprotocol/clientInfo", JsonObject{{"name", "t"}, {"version", "1"}}}};
  http::ClientRequest req{.method = "POST", .url = url};
  req.headers.set("Content-Type", "application/json");
  req.headers.set("Accept", "application/json, text/event-stream");
  req.headers.set("MCP-Protocol-Version", "2026-07-28");
  req.headers.set("Mcp-Method", method);
  if (auto* name = params.if_contains("name"))
    req.headers.set("Mcp-Name", std::string(name->as_string()));
  if (token) req.headers.set("Authorization", "Bearer " + *token);
  req.body = json::serialize(
      JsonObject{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", std::move(params)}});
  auto r = client.send(req);
  if (!r) return {};
  return {r->status, std::string(r->headers.get("WWW-Authenticate").value_or("")), r->body};
}

class ProtectedPrograms : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    skip_reason = oidc::unavailable();
    if (!skip_reason.empty()) return;
    provider = std::make_unique<oidc::Provider>(std::vector<std::string>{"--resource", kAudience});
    if (provider->issuer.empty()) start_error = provider->error;
  }
  static void TearDownTestSuite() { provider.reset(); }
  void SetUp() override {
    if (!skip_reason.empty()) GTEST_SKIP() << skip_reason;
    ASSERT_TRUE(start_error.empty()) << start_error;
  }

  static std::string token() {
    static http::Client client;
    http::ClientRequest req{.method = "POST", .url = provider->issuer + "/token"};
    req.headers.set("Content-Type", "application/x-www-form-urlencoded");
    req.headers.set("Authorization", "Basic " + base64("mcp-cc:mcp-cc-secret"));
    req.body =
        "grant_type=client_credentials&scope=mcp&resource=https%3A%2F%2Fgreeter.example.test%2Fmcp";
    auto r = client.send(req);
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body : r.error().message);
    if (!r || r->status != 200) return {};
    return std::string(json::parse(r->body).at("access_token").as_string());
  }
  static std::vector<std::string> auth_flags() {
    return {"--issuer", provider->issuer, "--audience", kAudience, "--required-scope", "mcp"};
  }

  static inline std::string skip_reason, start_error;
  static inline std::unique_ptr<oidc::Provider> provider;
};

TEST_F(ProtectedPrograms, ReadmeExampleAnswersOnlyTokenHolders) {
  auto args = std::vector<std::string>{kBin + "/protected_server", "--port", "0"};
  for (auto& f : auth_flags()) args.push_back(f);
  Running server(args);
  ASSERT_FALSE(server.url.empty()) << oidc::slurp(server.log);

  auto refused = post_modern(server.url, "tools/call", {{"name", "whoami"}}, std::nullopt);
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.www_authenticate,
            "Bearer resource_metadata=\"https://greeter.example.test/.well-known/"
            "oauth-protected-resource/mcp\", scope=\"mcp\"");

  auto answered = post_modern(server.url, "tools/call", {{"name", "whoami"}}, token());
  EXPECT_EQ(answered.status, 200);
  EXPECT_NE(answered.body.find("Hello, mcp-cc!"), std::string::npos) << answered.body;

  static http::Client client;
  auto prm = client.send(
      {.method = "GET", .url = server.origin() + "/.well-known/oauth-protected-resource/mcp"});
  ASSERT_TRUE(prm);
  EXPECT_EQ(prm->status, 200);
  EXPECT_EQ(json::parse(prm->body).at("resource").as_string(), kAudience);
}

TEST_F(ProtectedPrograms, EveryHttpServerProgramTakesTheFlags) {
  auto token_value = token();
  for (std::vector<std::string> program :
       {std::vector<std::string>{kBin + "/demo-server", "--http", "127.0.0.1:0"},
        std::vector<std::string>{kBin + "/everything-server", "--http", "127.0.0.1:0"},
        std::vector<std::string>{kBin + "/bench-server", "--http", "127.0.0.1:0"}}) {
    SCOPED_TRACE(program[0]);
    for (auto& f : auth_flags()) program.push_back(f);
    Running server(program);
    ASSERT_FALSE(server.url.empty()) << oidc::slurp(server.log);
    EXPECT_EQ(post_modern(server.url, "tools/list", {}, std::nullopt).status, 401);
    auto listed = post_modern(server.url, "tools/list", {}, token_value);
    EXPECT_EQ(listed.status, 200) << listed.body;
    EXPECT_NE(listed.body.find("\"tools\""), std::string::npos);
  }
}

TEST(ProtectedProgramsConfig, MisconfigurationStopsStartUp) {
  for (auto program : {"protected_server --port 0", "demo-server --http 127.0.0.1:0",
                       "everything-server --http 127.0.0.1:0", "bench-server --http 127.0.0.1:0"}) {
    SCOPED_TRACE(program);
    // No issuer, an audience on plain http off loopback, and an HMAC algorithm.
    auto r = run("timeout 20 " + kBin + "/" + program +
                 " --audience http://example.com/mcp --jwt-algorithm HS256");
    EXPECT_EQ(r.code, 2) << r.out;
    EXPECT_NE(r.out.find("authorization:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("issuer"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("HS256"), std::string::npos) << r.out;
    // A config file without an `authorization:` section must not start an open server.
    auto empty = ::testing::TempDir() + "sallyport-empty-auth.yaml";
    run("echo 'other: 1' > " + empty);
    auto f = run("timeout 20 " + kBin + "/" + program + " --auth-config " + empty);
    EXPECT_EQ(f.code, 2) << f.out;
    EXPECT_NE(f.out.find("authorization:"), std::string::npos) << f.out;
  }
}

}  // namespace
}  // namespace sallyport::testing
