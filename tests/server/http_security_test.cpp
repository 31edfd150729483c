// DNS rebinding protection (Host and Origin) and the size limits of the HTTP binding.
#include "server/http/internal.hpp"
#include "server/http_fixture.hpp"

namespace sallyport::testing::http_test {
namespace {

Reply list_with(const HttpFixture& f, std::optional<std::string> host,
                std::optional<std::string> origin) {
  auto h = modern_headers("tools/list");
  if (host) h.set("Host", *host);
  if (origin) h.set("Origin", *origin);
  return send("POST", f.url(), rpc_request(1, "tools/list", {{"_meta", modern_meta()}}), h);
}

// The --http flag of the programs: HOST:PORT, [IPv6]:PORT or a bare PORT (loopback stays).
TEST(HttpSecurity, ListenAddresses) {
  HttpOptions o;
  ASSERT_TRUE(parse_listen_address("127.0.0.1:8080", o));
  EXPECT_EQ(o.host, "127.0.0.1");
  EXPECT_EQ(o.port, 8080);
  ASSERT_TRUE(parse_listen_address("[::1]:0", o));
  EXPECT_EQ(o.host, "::1");
  EXPECT_EQ(o.port, 0);
  HttpOptions bare;
  ASSERT_TRUE(parse_listen_address("9000", bare));
  EXPECT_EQ(bare.host, "127.0.0.1");
  EXPECT_EQ(bare.port, 9000);
  for (const char* bad : {"", ":80", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:80x", "host:-1"}) {
    HttpOptions untouched;
    EXPECT_FALSE(parse_listen_address(bad, untouched)) << bad;
    EXPECT_EQ(untouched.host, "127.0.0.1") << bad;
    EXPECT_EQ(untouched.port, 0) << bad;
  }
}

TEST(HttpSecurity, LoopbackServersRefuseForeignHostsAndOrigins) {
  HttpFixture f;
  auto port = std::to_string(f.http->port());
  auto evil = list_with(f, "evil.example.com", "http://evil.example.com");
  EXPECT_EQ(evil.status, 403);
  EXPECT_FALSE(evil.messages.empty());
  EXPECT_EQ(list_with(f, "evil.example.com:" + port, std::nullopt).status, 403);
  EXPECT_EQ(list_with(f, std::nullopt, "http://evil.example.com").status, 403);
  EXPECT_EQ(list_with(f, std::nullopt, "null").status, 403);
  EXPECT_EQ(list_with(f, "localhost:" + port, "http://localhost:" + port).status, 200);
  EXPECT_EQ(list_with(f, "127.0.0.1:" + port, "http://127.0.0.1:3000").status, 200);
  EXPECT_EQ(list_with(f, "[::1]:" + port, "https://[::1]").status, 200);
  EXPECT_EQ(list_with(f, "LOCALHOST", std::nullopt).status, 200);
}

TEST(HttpSecurity, LegacyInitializeIsCheckedToo) {
  HttpFixture f;
  auto h = base_headers();
  h.set("Host", "evil.example.com");
  h.set("Origin", "http://evil.example.com");
  auto r = send("POST", f.url(),
                rpc_request(1, "initialize",
                            {{"protocolVersion", "2025-11-25"},
                             {"capabilities", JsonObject{}},
                             {"clientInfo", {{"name", "c"}, {"version", "1"}}}}),
                h);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(f.http->session_count(), 0u);
}

TEST(HttpSecurity, ConfiguredHostsAndOrigins) {
  HttpOptions o;
  o.allowed_hosts = {"mcp.example.com"};
  o.allowed_origins = {"https://app.example.com"};
  HttpFixture f(o);
  EXPECT_EQ(list_with(f, "mcp.example.com:443", "https://app.example.com").status, 200);
  EXPECT_EQ(list_with(f, "localhost", std::nullopt).status, 403);  // the list replaces defaults
  EXPECT_EQ(list_with(f, "mcp.example.com", "https://other.example.com").status, 403);
}

TEST(HttpSecurity, WithoutProtectionOriginsMustStillBeSameOrigin) {
  HttpOptions o;
  o.dns_rebinding_protection = false;
  HttpFixture f(o);
  EXPECT_EQ(list_with(f, "anything.example", std::nullopt).status, 200);
  EXPECT_EQ(list_with(f, "anything.example", "https://anything.example").status, 200);
  EXPECT_EQ(list_with(f, "anything.example", "https://evil.example").status, 403);
}

TEST(HttpSecurity, BodyAndHeaderLimits) {
  HttpOptions o;
  o.max_body_bytes = 1024;
  o.max_header_bytes = 2048;
  HttpFixture f(o);
  JsonObject params{{"name", "echo"},
                    {"arguments", {{"text", std::string(4096, 'x')}}},
                    {"_meta", modern_meta()}};
  auto big = send("POST", f.url(), rpc_request(1, "tools/call", params),
                  modern_headers("tools/call", std::string("echo")));
  EXPECT_EQ(big.status, 413);
  auto h = modern_headers("tools/list");
  h.set("X-Padding", std::string(4096, 'p'));
  auto fat = send("POST", f.url(), rpc_request(2, "tools/list", {{"_meta", modern_meta()}}), h);
  EXPECT_EQ(fat.status, 431);
}

// Session ids are looked up by their SHA-256 (hex); each thread remembers the last id it hashed.
TEST(HttpSecurity, SessionKeysAreTheSha256OfEachId) {
  using server::http_binding::session_key;
  const std::string a = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
  const std::string b = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d";
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(session_key("a"), a);
    EXPECT_EQ(session_key("a"), a);
    EXPECT_EQ(session_key("b"), b);
  }
  // Same length, different id; and an id too long to be remembered.
  EXPECT_NE(session_key("c"), b);
  std::string long_id(300, 'x');
  auto long_key = session_key(long_id);
  EXPECT_EQ(long_key.size(), 64u);
  EXPECT_EQ(session_key(long_id), long_key);
  EXPECT_EQ(session_key("b"), b);
  long_id.back() = 'y';
  EXPECT_NE(session_key(long_id), long_key);
}

TEST(HttpSecurity, DeepJsonIsRejected) {
  HttpFixture f;
  std::string deep(200, '[');
  deep += std::string(200, ']');
  auto r = send("POST", f.url(),
                R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"x":)" + deep + "}}",
                modern_headers("tools/list"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), -32700);
}

}  // namespace
}  // namespace sallyport::testing::http_test
