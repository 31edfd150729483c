// The token stores: replace/remove semantics (both stores), and the file store's promises: a
// private file in a private directory, refusal of files others could read or swap, corrupt
// files reported (not replaced), no lost updates between processes, no secrets in errors.
#include "sallyport/oauth/token_store.hpp"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

namespace {

namespace fs = std::filesystem;
using sallyport::oauth::ClientRegistration;
using sallyport::oauth::FileTokenStore;
using sallyport::oauth::MemoryTokenStore;
using sallyport::oauth::StoredTokens;
using sallyport::oauth::TokenStore;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kSecret = "s3cr3t-V4LUE";

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/sallyport-store-XXXXXX";
    path_ = ::mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

void write_text(const fs::path& p, const std::string& text, mode_t mode = 0600) {
  std::ofstream(p, std::ios::binary) << text;
  ::chmod(p.c_str(), mode);
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The message of what `fn` throws ("" when it does not).
template <typename Fn>
std::string error_of(Fn fn) {
  try {
    fn();
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

ClientRegistration client(std::string issuer, std::string id) {
  ClientRegistration c;
  c.issuer = std::move(issuer);
  c.client_id = std::move(id);
  c.client_secret = kSecret;
  c.token_endpoint_auth_method = "client_secret_basic";
  c.redirect_uris = {"http://127.0.0.1:4567/callback"};
  c.client_secret_expires_at = 0;
  c.source = "dynamic";
  return c;
}

StoredTokens tokens(std::string resource, std::string issuer, std::string access) {
  StoredTokens t;
  t.resource = std::move(resource);
  t.issuer = std::move(issuer);
  t.access_token = std::move(access);
  t.refresh_token = std::string("refresh-") + kSecret;
  t.scope = "mcp:read mcp:write";
  t.expires_at = std::chrono::system_clock::time_point(std::chrono::seconds(1'900'000'000));
  return t;
}

// ---- semantics, for both stores ---------------------------------------------------------------

class StoreSemantics : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (GetParam())
      store_ = std::make_unique<FileTokenStore>(dir_.path() / "state" / "oauth.json");
    else
      store_ = std::make_unique<MemoryTokenStore>();
  }
  TempDir dir_;
  std::unique_ptr<TokenStore> store_;
};

TEST_P(StoreSemantics, EmptyStoreHasNothing) {
  EXPECT_FALSE(store_->load_client("https://as.example"));
  EXPECT_FALSE(store_->load_tokens("https://mcp.example/mcp", "https://as.example"));
  EXPECT_TRUE(store_->clients().empty());
  EXPECT_TRUE(store_->tokens().empty());
}

TEST_P(StoreSemantics, SaveClientReplacesTheSameIssuer) {
  store_->save_client(client("https://as.example", "first"));
  store_->save_client(client("https://other.example", "other"));
  store_->save_client(client("https://as.example", "second"));
  auto loaded = store_->load_client("https://as.example");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->client_id, "second");
  EXPECT_EQ(store_->clients().size(), 2u);
  store_->remove_client("https://as.example");
  EXPECT_FALSE(store_->load_client("https://as.example"));
  EXPECT_TRUE(store_->load_client("https://other.example"));
}

TEST_P(StoreSemantics, SaveTokensReplacesTheSameResourceAndIssuer) {
  store_->save_tokens(tokens("https://mcp.example/mcp", "https://as.example", "one"));
  store_->save_tokens(tokens("https://mcp.example/mcp", "https://as.example", "two"));
  auto loaded = store_->load_tokens("https://mcp.example/mcp", "https://as.example");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->access_token, "two");
  EXPECT_EQ(store_->tokens().size(), 1u);
}

TEST_P(StoreSemantics, TokensAreKeptPerIssuer) {
  store_->save_tokens(tokens("https://mcp.example/mcp", "https://as-a.example", "from-a"));
  EXPECT_FALSE(store_->load_tokens("https://mcp.example/mcp", "https://as-b.example"));
  store_->save_tokens(tokens("https://mcp.example/mcp", "https://as-b.example", "from-b"));
  EXPECT_EQ(store_->load_tokens("https://mcp.example/mcp", "https://as-a.example")->access_token,
            "from-a");
  EXPECT_EQ(store_->load_tokens("https://mcp.example/mcp", "https://as-b.example")->access_token,
            "from-b");
  EXPECT_EQ(store_->tokens().size(), 2u);
}

TEST_P(StoreSemantics, RemoveTokensRemovesEveryIssuerOfThatResourceOnly) {
  store_->save_tokens(tokens("https://mcp.example/mcp", "https://as-a.example", "a"));
  store_->save_tokens(tokens("https://mcp.example/mcp", "https://as-b.example", "b"));
  store_->save_tokens(tokens("https://other.example/mcp", "https://as-a.example", "c"));
  store_->save_client(client("https://as-a.example", "id"));
  store_->remove_tokens("https://mcp.example/mcp");
  auto left = store_->tokens();
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].resource, "https://other.example/mcp");
  EXPECT_TRUE(store_->load_client("https://as-a.example"));  // registrations stay
  store_->clear();
  EXPECT_TRUE(store_->tokens().empty());
  EXPECT_TRUE(store_->clients().empty());
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreSemantics, ::testing::Values(false, true),
                         [](const auto& param_info) {
                           return param_info.param ? "File" : "Memory";
                         });

// ---- the file store -----------------------------------------------------------------------------

TEST(FileTokenStore, CreatesAPrivateFileInAPrivateDirectory) {
  TempDir dir;
  fs::path path = dir.path() / "a" / "b" / "oauth.json";
  FileTokenStore store(path);
  store.save_client(client("https://as.example", "id"));
  EXPECT_EQ(mode_of(dir.path() / "a"), 0700u);
  EXPECT_EQ(mode_of(dir.path() / "a" / "b"), 0700u);
  EXPECT_EQ(mode_of(path), 0600u);
  EXPECT_EQ(mode_of(dir.path() / "a" / "b" / "oauth.json.lock"), 0600u);
  // Nothing else left behind (the temporary file was renamed).
  std::size_t entries = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(dir.path() / "a" / "b")) ++entries;
  EXPECT_EQ(entries, 2u);
  auto text = read_text(path);
  EXPECT_THAT(text, HasSubstr("\"version\":1"));
}

TEST(FileTokenStore, ReadingAMissingStoreCreatesNothing) {
  TempDir dir;
  FileTokenStore store(dir.path() / "state" / "oauth.json");
  EXPECT_TRUE(store.tokens().empty());
  EXPECT_FALSE(fs::exists(dir.path() / "state"));
}

TEST(FileTokenStore, EverythingSurvivesANewInstance) {
  TempDir dir;
  fs::path path = dir.path() / "oauth.json";
  auto t = tokens("https://mcp.example/mcp", "https://as.example", "access");
  t.token_type = "DPoP";
  t.dpop_private_key_pem = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n";
  {
    FileTokenStore store(path);
    store.save_client(client("https://as.example", "id"));
    store.save_tokens(t);
  }
  FileTokenStore again(path);
  auto c = again.load_client("https://as.example");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->client_id, "id");
  EXPECT_EQ(c->client_secret, kSecret);
  EXPECT_EQ(c->token_endpoint_auth_method, "client_secret_basic");
  EXPECT_EQ(c->redirect_uris, std::vector<std::string>{"http://127.0.0.1:4567/callback"});
  EXPECT_EQ(c->client_secret_expires_at, 0);
  EXPECT_EQ(c->source, "dynamic");
  auto loaded = again.load_tokens("https://mcp.example/mcp", "https://as.example");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->access_token, "access");
  EXPECT_EQ(loaded->token_type, "DPoP");
  EXPECT_EQ(loaded->refresh_token, t.refresh_token);
  EXPECT_EQ(loaded->scope, t.scope);
  EXPECT_EQ(loaded->expires_at, t.expires_at);
  EXPECT_EQ(loaded->dpop_private_key_pem, t.dpop_private_key_pem);
  EXPECT_THAT(read_text(path), HasSubstr("\"expires_at\":1900000000"));
}

TEST(FileTokenStore, RefusesAFileOthersCanRead) {
  TempDir dir;
  fs::path path = dir.path() / "oauth.json";
  FileTokenStore store(path);
  store.save_tokens(tokens("https://mcp.example/mcp", "https://as.example", kSecret));
  ::chmod(path.c_str(), 0640);
  auto message = error_of([&] { store.tokens(); });
  EXPECT_THAT(message, HasSubstr("accessible to other users"));
  EXPECT_THAT(message, Not(HasSubstr(kSecret)));
  // Writes are refused too (and the file is left as it was).
  EXPECT_THAT(error_of([&] { store.save_client(client("https://as.example", "id")); }),
              HasSubstr("accessible to other users"));
  EXPECT_EQ(mode_of(path), 0640u);
}

TEST(FileTokenStore, RefusesASymbolicLink) {
  TempDir dir;
  fs::path real = dir.path() / "elsewhere.json";
  write_text(real, R"({"version":1,"clients":[],"tokens":[]})");
  fs::path path = dir.path() / "oauth.json";
  fs::create_symlink(real, path);
  FileTokenStore store(path);
  EXPECT_THAT(error_of([&] { store.tokens(); }), HasSubstr("symbolic link"));
  EXPECT_THAT(error_of([&] { store.save_client(client("https://as.example", "id")); }),
              HasSubstr("symbolic link"));
}

TEST(FileTokenStore, ACorruptFileIsAnErrorAndIsNotReplaced) {
  TempDir dir;
  fs::path path = dir.path() / "oauth.json";
  std::string corrupt = std::string(R"({"version":1,"tokens":[{"access_token":")") + kSecret;
  write_text(path, corrupt);
  FileTokenStore store(path);
  auto message = error_of([&] { store.tokens(); });
  EXPECT_THAT(message, HasSubstr("corrupt"));
  EXPECT_THAT(message, HasSubstr("Delete it"));
  EXPECT_THAT(message, Not(HasSubstr(kSecret)));
  EXPECT_THAT(error_of([&] { store.save_client(client("https://as.example", "id")); }),
              HasSubstr("corrupt"));
  EXPECT_EQ(read_text(path), corrupt);
}

TEST(FileTokenStore, WrongTypesAndVersionsAreErrorsWithoutValues) {
  TempDir dir;
  fs::path path = dir.path() / "oauth.json";
  FileTokenStore store(path);
  write_text(path, std::string(R"({"version":1,"tokens":[{"resource":"r","issuer":"i",)") +
                       R"("access_token":")" + kSecret + R"(","scope":[")" + kSecret + R"("]}]})");
  auto message = error_of([&] { store.tokens(); });
  EXPECT_THAT(message, HasSubstr("\"scope\""));
  EXPECT_THAT(message, Not(HasSubstr(kSecret)));
  write_text(path, R"({"version":2,"tokens":[]})");
  EXPECT_THAT(error_of([&] { store.tokens(); }), HasSubstr("version"));
  write_text(path, R"({"version":1,"tokens":[{"resource":"r","issuer":"i"}]})");
  EXPECT_THAT(error_of([&] { store.tokens(); }), HasSubstr("access_token"));
}

TEST(FileTokenStore, RefusesAnOversizedFile) {
  TempDir dir;
  fs::path path = dir.path() / "oauth.json";
  write_text(path, std::string(5 * 1024 * 1024, ' '));
  FileTokenStore store(path);
  EXPECT_THAT(error_of([&] { store.tokens(); }), HasSubstr("larger than"));
}

TEST(FileTokenStore, ConcurrentProcessesLoseNoUpdates) {
  TempDir dir;
  fs::path path = dir.path() / "state" / "oauth.json";
  constexpr int kWriters = 3, kEach = 15;
  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      int code = 0;
      try {
        FileTokenStore store(path);
        for (int i = 0; i < kEach; ++i)
          store.save_tokens(
              tokens("https://mcp.example/" + std::to_string(w) + "/" + std::to_string(i),
                     "https://as.example", "t"));
      } catch (...) {
        code = 1;
      }
      ::_exit(code);  // not gtest's atexit machinery: this is a copy of the test process
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  EXPECT_EQ(FileTokenStore(path).tokens().size(), static_cast<std::size_t>(kWriters * kEach));
}

TEST(FileTokenStore, DefaultPathFollowsTheEnvironment) {
  const char* saved_store = std::getenv("SALLYPORT_OAUTH_STORE");
  const char* saved_state = std::getenv("XDG_STATE_HOME");
  std::string store_copy = saved_store ? saved_store : "";
  std::string state_copy = saved_state ? saved_state : "";
  ::setenv("SALLYPORT_OAUTH_STORE", "/x/y.json", 1);
  EXPECT_EQ(FileTokenStore::default_path(), fs::path("/x/y.json"));
  ::unsetenv("SALLYPORT_OAUTH_STORE");
  ::setenv("XDG_STATE_HOME", "/state", 1);
  EXPECT_EQ(FileTokenStore::default_path(), fs::path("/state/sallyport/oauth.json"));
  ::setenv("XDG_STATE_HOME", "relative", 1);  // invalid per the XDG spec: ignored
  EXPECT_THAT(FileTokenStore::default_path().string(),
              HasSubstr(".local/state/sallyport/oauth.json"));
  if (saved_store) ::setenv("SALLYPORT_OAUTH_STORE", store_copy.c_str(), 1);
  if (saved_state)
    ::setenv("XDG_STATE_HOME", state_copy.c_str(), 1);
  else
    ::unsetenv("XDG_STATE_HOME");
}

}  // namespace
