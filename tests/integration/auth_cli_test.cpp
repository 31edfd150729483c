// `sallyport auth status|logout` end to end: a store written with FileTokenStore, the built CLI
// reading and changing it. The property that matters most: no token, secret or key ever reaches
// the output, not even a prefix of one.
#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <sallyport/oauth/token_store.hpp>

#include "support/run_program.hpp"

namespace {

namespace fs = std::filesystem;
using sallyport::testing::describe;
using sallyport::testing::Outcome;
using sallyport::testing::parse_json;
using sallyport::testing::run;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kCli = std::string(SALLYPORT_BIN_DIR) + "/sallyport";

// Values that must never be printed; long and distinctive so that any 8-character slice of them
// is found if it leaks.
const std::string kAccess = "AT-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const std::string kRefresh = "RT-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const std::string kSecret = "CS-deadbeefcafebabe0123456789abcdef";
const std::string kKeyPem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKEYMATERIAL\n";

class AuthCli : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/sallyport-auth-cli-XXXXXX";
    dir_ = ::mkdtemp(tmpl);
    store_path_ = dir_ / "state" / "oauth.json";
    sallyport::oauth::FileTokenStore store(store_path_);
    sallyport::oauth::ClientRegistration c;
    c.issuer = "https://as.example";
    c.client_id = "client-123";
    c.client_secret = kSecret;
    c.token_endpoint_auth_method = "client_secret_basic";
    c.source = "dynamic";
    store.save_client(c);
    sallyport::oauth::StoredTokens t;
    t.resource = "https://mcp.example/mcp";
    t.issuer = "https://as.example";
    t.access_token = kAccess;
    t.refresh_token = kRefresh;
    t.scope = "mcp:read";
    t.token_type = "DPoP";
    t.dpop_private_key_pem = kKeyPem;
    t.expires_at =
        std::chrono::system_clock::now() + std::chrono::hours(2) + std::chrono::seconds(30);
    store.save_tokens(t);
    t.resource = "https://other.example/mcp";
    t.token_type = "Bearer";
    t.dpop_private_key_pem.clear();
    t.refresh_token.clear();
    t.expires_at = std::chrono::system_clock::now() - std::chrono::minutes(5);
    store.save_tokens(t);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  Outcome auth(std::vector<std::string> args) {
    args.insert(args.begin(), {kCli, "auth"});
    args.insert(args.end(), {"--store", store_path_.string()});
    return run(args);
  }

  static void expect_no_secrets(const Outcome& r) {
    for (const auto* value : {&kAccess, &kRefresh, &kSecret, &kKeyPem}) {
      for (std::size_t i = 0; i + 8 <= value->size(); i += 4) {
        auto slice = value->substr(i, 8);
        if (slice.find('-') != std::string::npos) continue;  // "-----BEG" is no secret
        EXPECT_THAT(r.out, Not(HasSubstr(slice))) << describe(r);
        EXPECT_THAT(r.err, Not(HasSubstr(slice))) << describe(r);
      }
    }
  }

  fs::path dir_, store_path_;
};

TEST_F(AuthCli, StatusListsEverythingButTheValues) {
  auto r = auth({"status"});
  ASSERT_EQ(r.code, 0) << describe(r);
  expect_no_secrets(r);
  EXPECT_THAT(r.out, HasSubstr(store_path_.string()));
  EXPECT_THAT(r.out, HasSubstr("https://mcp.example/mcp"));
  EXPECT_THAT(r.out, HasSubstr("https://other.example/mcp"));
  EXPECT_THAT(r.out, HasSubstr("https://as.example"));
  EXPECT_THAT(r.out, HasSubstr("client-123"));
  EXPECT_THAT(r.out, HasSubstr("dynamic"));
  EXPECT_THAT(r.out, HasSubstr("DPoP"));
  EXPECT_THAT(r.out, HasSubstr("mcp:read"));
  EXPECT_THAT(r.out, HasSubstr("in 2 h 0 min"));
  EXPECT_THAT(r.out, HasSubstr("expired 5 min ago"));
  EXPECT_THAT(r.out, HasSubstr("refresh token: yes"));
  EXPECT_THAT(r.out, HasSubstr("refresh token: no"));
}

TEST_F(AuthCli, StatusJsonForOneServer) {
  auto r = auth({"status", "HTTPS://MCP.example:443/mcp/", "--json"});
  ASSERT_EQ(r.code, 0) << describe(r);
  expect_no_secrets(r);
  auto doc = parse_json(r.out).as_object();
  EXPECT_EQ(doc.at("store").as_string(), store_path_.string());
  auto& tokens = doc.at("tokens").as_array();
  ASSERT_EQ(tokens.size(), 1u);
  auto& t = tokens[0].as_object();
  EXPECT_EQ(t.at("resource").as_string(), "https://mcp.example/mcp");
  EXPECT_EQ(t.at("token_type").as_string(), "DPoP");
  EXPECT_EQ(t.at("has_refresh_token").as_bool(), true);
  EXPECT_EQ(t.at("expired").as_bool(), false);
  EXPECT_GT(t.at("expires_in").as_int64(), 7000);
  auto& clients = doc.at("clients").as_array();
  ASSERT_EQ(clients.size(), 1u);
  EXPECT_EQ(clients[0].at("client_id").as_string(), "client-123");
  EXPECT_EQ(clients[0].at("has_client_secret").as_bool(), true);
}

TEST_F(AuthCli, LogoutRemovesOneServersTokens) {
  auto r = auth({"logout", "https://mcp.example/mcp"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("https://as.example"));
  expect_no_secrets(r);
  sallyport::oauth::FileTokenStore store(store_path_);
  auto left = store.tokens();
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].resource, "https://other.example/mcp");
  EXPECT_EQ(store.clients().size(), 1u);  // registrations stay

  r = auth({"logout", "https://mcp.example/mcp"});  // nothing left for it
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("no tokens stored"));

  r = auth({"logout", "--all"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_TRUE(store.tokens().empty());
  EXPECT_TRUE(store.clients().empty());
  r = auth({"status"});
  EXPECT_THAT(r.out, HasSubstr("No sign-ins stored"));
}

TEST_F(AuthCli, UsageErrorsAndARefusedStore) {
  EXPECT_EQ(auth({"logout"}).code, 2);
  EXPECT_EQ(auth({"logout", "https://mcp.example/mcp", "--all"}).code, 2);
  EXPECT_EQ(auth({"frobnicate"}).code, 2);
  ::chmod(store_path_.c_str(), 0644);
  auto r = auth({"status"});
  EXPECT_EQ(r.code, 3) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("other users"));
  expect_no_secrets(r);
}

}  // namespace
