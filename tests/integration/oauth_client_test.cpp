// The OAuth client end to end: our Client signs in to our protected everything-server with
// tokens from a real authorization server (npm oidc-provider, tools/oidc/provider.mjs), all on
// 127.0.0.1. Interactive sign-in goes through the loopback redirect listener with
// tools/oidc/login.mjs --browse playing the user's browser; autonomous clients use client
// credentials with a secret and with private_key_jwt. A second run reuses the stored token
// (no browser), and a refresh rotates the refresh token.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include "sallyport/client.hpp"
#include "sallyport/client/http.hpp"
#include "sallyport/http/client.hpp"
#include "sallyport/model/error.hpp"
#include "sallyport/oauth/authorizer.hpp"
#include "support/oidc_provider.hpp"
#include "support/ports.hpp"

namespace sallyport::testing {
namespace {

using namespace std::chrono_literals;

const std::string kBin = SALLYPORT_BIN_DIR;

class OAuthClient : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    skip_reason = oidc::unavailable();
    if (!skip_reason.empty()) return;
    // The server is told its own URL up front: its protected resource metadata names it.
    int port = free_port();
    url = "http://127.0.0.1:" + std::to_string(port) + "/mcp";
    provider = std::make_unique<oidc::Provider>(std::vector<std::string>{"--resource", url});
    if (provider->issuer.empty()) {
      start_error = provider->error;
      return;
    }
    server_log = ::testing::TempDir() + "sallyport-oauth-client-server.log";
    server =
        oidc::spawn({kBin + "/everything-server", "--http", "127.0.0.1:" + std::to_string(port),
                     "--issuer", provider->issuer, "--audience", url, "--required-scope", "mcp"},
                    server_log);
    for (int i = 0; i < 300; ++i) {  // up to 30 s for the port to open
      http::Client probe;
      if (auto r = probe.send({.method = "GET", .url = url}); r) return;
      std::this_thread::sleep_for(100ms);
    }
    start_error = "everything-server did not start:\n" + oidc::slurp(server_log);
  }
  static void TearDownTestSuite() {
    oidc::stop(server);
    provider.reset();
  }
  void SetUp() override {
    if (!skip_reason.empty()) GTEST_SKIP() << skip_reason;
    ASSERT_TRUE(start_error.empty()) << start_error;
    store_path = std::filesystem::path(::testing::TempDir()) /
                 ("sallyport-oauth-" + std::to_string(getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name()) /
                 "oauth.json";
    std::filesystem::remove_all(store_path.parent_path());
  }

  static std::unique_ptr<Client> connect(std::shared_ptr<oauth::Authorizer> authorizer) {
    HttpClientOptions http;
    http.authorizer = std::move(authorizer);
    ClientOptions options;
    options.request_timeout = 60s;
    return Client::connect_http(url, std::move(options), {}, http);
  }

  static std::string client_text(const char* client, const char* key) {
    return std::string(
        provider->ready.at("clients").as_object().at(client).as_object().at(key).as_string());
  }

  // The user's browser: login.mjs walks oidc-provider's login and consent pages as alice and
  // delivers the redirect to our loopback listener.
  static std::shared_ptr<oauth::UserAgent> scripted_browser() {
    oauth::LoopbackOptions o;
    o.browser_command = {oidc::kNode, oidc::kTools + "/oidc/login.mjs", "--browse"};
    o.print_url = false;
    o.timeout = 60s;
    return std::make_shared<oauth::LoopbackUserAgent>(o);
  }
  // A browser that must not be needed.
  static std::shared_ptr<oauth::UserAgent> no_browser() {
    oauth::LoopbackOptions o;
    o.browser_command = {"/bin/false"};
    o.print_url = false;
    o.timeout = 2s;
    return std::make_shared<oauth::LoopbackUserAgent>(o);
  }

  static inline std::string skip_reason, start_error, url, server_log;
  static inline std::unique_ptr<oidc::Provider> provider;
  static inline oidc::Child server;
  std::filesystem::path store_path;
};

TEST_F(OAuthClient, ClientCredentialsWithASecret) {
  oauth::AuthorizerOptions o;
  o.grant = oauth::Grant::kClientCredentials;
  o.client_id = "mcp-cc";
  o.client_secret = "mcp-cc-secret";
  auto client = connect(std::make_shared<oauth::Authorizer>(url, o));
  EXPECT_FALSE(client->list_tools().empty());
}

TEST_F(OAuthClient, ClientCredentialsWithPrivateKeyJwt) {
  oauth::AuthorizerOptions o;
  o.grant = oauth::Grant::kClientCredentials;
  o.client_id = "mcp-jwt";
  o.private_key_pem = client_text("privateKeyJwt", "private_key_pem");
  auto client = connect(std::make_shared<oauth::Authorizer>(url, o));
  EXPECT_FALSE(client->list_tools().empty());
}

TEST_F(OAuthClient, TheReadmeExampleSignsInWithAKey) {
  auto key = store_path.parent_path() / "key.pem";
  std::filesystem::create_directories(key.parent_path());
  {
    std::ofstream out(key);
    out << client_text("privateKeyJwt", "private_key_pem");
  }
  std::string command =
      kBin + "/signed_in_client " + url + " mcp-jwt " + key.string() + " 2>&1 </dev/null";
  setenv("SALLYPORT_OAUTH_STORE", (store_path.parent_path() / "store.json").c_str(), 1);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  ASSERT_TRUE(pipe);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0;) out.append(buf, n);
  int status = ::pclose(pipe.release());
  unsetenv("SALLYPORT_OAUTH_STORE");
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << out;
  EXPECT_NE(out.find("tool "), std::string::npos) << out;
}

TEST_F(OAuthClient, AWrongSecretFailsClearlyWithoutLeakingIt) {
  oauth::AuthorizerOptions o;
  o.grant = oauth::Grant::kClientCredentials;
  o.client_id = "mcp-cc";
  o.client_secret = "not-the-secret-7f3a";
  try {
    connect(std::make_shared<oauth::Authorizer>(url, o));
    FAIL() << "connected with a wrong client secret";
  } catch (const McpError& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("authorization failed"), std::string::npos) << what;
    EXPECT_NE(what.find("invalid_client"), std::string::npos) << what;
    EXPECT_EQ(what.find("not-the-secret-7f3a"), std::string::npos) << what;
  }
}

TEST_F(OAuthClient, InteractiveSignInIsStoredReusedAndRefreshed) {
  auto store = std::make_shared<oauth::FileTokenStore>(store_path);
  {
    oauth::AuthorizerOptions o;
    o.store = store;
    o.user_agent = scripted_browser();
    auto client = connect(std::make_shared<oauth::Authorizer>(url, o));
    EXPECT_FALSE(client->list_tools().empty());
  }
  struct stat st {};
  ASSERT_EQ(::stat(store_path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto clients = store->clients();
  ASSERT_EQ(clients.size(), 1u);
  EXPECT_EQ(clients[0].issuer, provider->issuer);
  EXPECT_EQ(clients[0].source, "dynamic");
  auto first = store->load_tokens(url, provider->issuer);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->refresh_token.empty());
  EXPECT_NE(first->scope.find("mcp"), std::string::npos);

  {  // The next run: the stored token, no browser.
    oauth::AuthorizerOptions o;
    o.store = std::make_shared<oauth::FileTokenStore>(store_path);
    o.user_agent = no_browser();
    auto client = connect(std::make_shared<oauth::Authorizer>(url, o));
    EXPECT_FALSE(client->list_tools().empty());
  }
  EXPECT_EQ(store->load_tokens(url, provider->issuer)->access_token, first->access_token);

  {  // A token about to expire is refreshed before use; the refresh token rotates.
    oauth::AuthorizerOptions o;
    o.store = std::make_shared<oauth::FileTokenStore>(store_path);
    o.user_agent = no_browser();
    o.refresh_margin = std::chrono::hours(24);
    auto client = connect(std::make_shared<oauth::Authorizer>(url, o));
    EXPECT_FALSE(client->list_tools().empty());
  }
  auto refreshed = store->load_tokens(url, provider->issuer);
  ASSERT_TRUE(refreshed);
  EXPECT_NE(refreshed->access_token, first->access_token);
  EXPECT_FALSE(refreshed->refresh_token.empty());
  EXPECT_NE(refreshed->refresh_token, first->refresh_token);
}

TEST_F(OAuthClient, SignOutForgetsTheTokens) {
  auto store = std::make_shared<oauth::FileTokenStore>(store_path);
  oauth::AuthorizerOptions o;
  o.grant = oauth::Grant::kClientCredentials;
  o.client_id = "mcp-cc";
  o.client_secret = "mcp-cc-secret";
  o.store = store;
  auto authorizer = std::make_shared<oauth::Authorizer>(url, o);
  ASSERT_TRUE(authorizer->sign_in()) << "sign_in failed";
  EXPECT_TRUE(store->load_tokens(url, provider->issuer));
  authorizer->sign_out();
  EXPECT_FALSE(store->load_tokens(url, provider->issuer));
}

}  // namespace
}  // namespace sallyport::testing
