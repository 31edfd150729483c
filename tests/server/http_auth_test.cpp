// The HTTP server as an OAuth resource server (HttpOptions::authorization), end to end over real
// HTTP on 127.0.0.1: Protected Resource Metadata, the exact refusals, the principal in handlers
// of both eras and sessions bound to it. Two issuers: a real one (npm oidc-provider, tokens by
// client credentials and by a scripted authorization code + PKCE sign-in) and a local signing key
// whose JWKS a small HTTP server publishes (to forge every kind of bad token, and to take the
// JWKS endpoint down).
#include <atomic>

#include "auth/auth_support.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "sallyport/http/server.hpp"
#include "server/http_fixture.hpp"
#include "support/oidc_provider.hpp"

namespace sallyport::testing::http_test {
namespace {

namespace test = sallyport::auth::test;
using auth::AuthConfig;
using auth::Authenticator;

const std::string kResource = "https://mcp.example.test/mcp";  // known to the provider
const std::string kOther = "https://other.example.test/mcp";
const std::string kLocal = "https://local.example.test/mcp";  // the local issuer's resource

// `Bearer resource_metadata=..., scope=...[, error=..., error_description=...]` for `resource`.
std::string challenge(const std::string& resource, const std::string& scope,
                      const std::string& error = "", const std::string& description = "") {
  auto cut = resource.find('/', 8);
  std::string c = "Bearer resource_metadata=\"" + resource.substr(0, cut) +
                  "/.well-known/oauth-protected-resource" + resource.substr(cut) + "\"";
  if (!scope.empty()) c += ", scope=\"" + scope + "\"";
  if (!error.empty()) c += ", error=\"" + error + "\"";
  if (!description.empty()) c += ", error_description=\"" + description + "\"";
  return c;
}

// A server with one tool, `whoami`, answering with the caller's principal as JSON text.
struct AuthServer {
  Server server{{.name = "auth-test", .version = "1.0.0"}};
  std::unique_ptr<HttpServer> http;

  explicit AuthServer(std::shared_ptr<const Authenticator> authn) {
    server.tool("whoami").input_schema(object_schema()).handle([](const JsonObject&, Context& ctx) {
      const Principal& p = ctx.principal();
      JsonArray scopes, roles;
      for (auto& s : p.scopes) scopes.emplace_back(s);
      for (auto& r : p.roles) roles.emplace_back(r);
      JsonObject o{{"authenticated", p.authenticated()},
                   {"sub", p.subject},
                   {"client_id", p.client_id},
                   {"iss", p.issuer},
                   {"scopes", std::move(scopes)},
                   {"roles", std::move(roles)},
                   {"tenant", p.tenant ? Json(*p.tenant) : Json(nullptr)},
                   {"era", ctx.era() == Era::kModern ? "modern" : "legacy"}};
      return boost::json::serialize(o);
    });
    // A tool with its own scope, on top of the server-wide ones.
    server.tool("transfer")
        .input_schema(object_schema())
        .required_scopes({"mcp:write"})
        .handle([](const JsonObject&, Context&) { return std::string("done"); });
    HttpOptions o;
    o.host = "127.0.0.1";
    o.port = 0;
    o.threads = 2;
    o.authorization = std::move(authn);
    http = std::make_unique<HttpServer>(server, std::move(o));
    http->start();
  }
  ~AuthServer() { http->stop(); }
  std::string url() const { return http->url(); }
  std::string origin() const { return url().substr(0, url().size() - 4); }  // without "/mcp"
};

// What whoami answered, or null when the reply is not its result.
std::optional<JsonObject> whoami(const Reply& r) {
  for (auto& m : r.messages) {
    auto* result = m.as_object().if_contains("result");
    if (!result) continue;
    auto& text = result->at("content").at(0).at("text").as_string();
    return boost::json::parse(text).as_object();
  }
  return std::nullopt;
}

Reply modern_whoami(const std::string& url, std::optional<std::string> authorization,
                    const std::string& query = "") {
  JsonObject params{{"name", "whoami"}, {"arguments", JsonObject{}}, {"_meta", modern_meta()}};
  auto h = modern_headers("tools/call", "whoami");
  if (authorization) h.set("Authorization", *authorization);
  return send("POST", url + query, rpc_request(1, "tools/call", std::move(params)), h);
}

Reply call_tool(const std::string& url, const std::string& token, const std::string& tool) {
  JsonObject params{{"name", tool}, {"arguments", JsonObject{}}, {"_meta", modern_meta()}};
  auto h = modern_headers("tools/call", tool);
  h.set("Authorization", "Bearer " + token);
  return send("POST", url, rpc_request(1, "tools/call", std::move(params)), h);
}

Reply bearer(const std::string& url, const std::string& token) {
  return modern_whoami(url, "Bearer " + token);
}

struct LegacySession {
  std::string url;
  std::string token;
  std::string session;

  http::Headers headers(const std::string& as) const {
    auto h = base_headers();
    h.set("MCP-Protocol-Version", "2025-11-25");
    if (!session.empty()) h.set("Mcp-Session-Id", session);
    h.set("Authorization", "Bearer " + as);
    return h;
  }
  Reply open() {
    auto h = headers(token);
    auto r = send("POST", url,
                  rpc_request(1, "initialize",
                              {{"protocolVersion", "2025-11-25"},
                               {"capabilities", JsonObject{}},
                               {"clientInfo", {{"name", "legacy"}, {"version", "1"}}}}),
                  h);
    if (auto id = r.headers.get("Mcp-Session-Id")) session = std::string(*id);
    if (r.status == 200) {
      auto n = send("POST", url, R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
                    headers(token));
      EXPECT_EQ(n.status, 202);
    }
    return r;
  }
  // tools/call whoami in this session, presenting `as`.
  Reply call(const std::string& as, std::int64_t id = 2) const {
    return send("POST", url, rpc_request(id, "tools/call", {{"name", "whoami"}}), headers(as));
  }
};

void expect_refused(const Reply& r, int status, const std::string& www_authenticate) {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.headers.get("WWW-Authenticate").value_or("<none>"), www_authenticate);
  EXPECT_EQ(r.headers.get("Content-Type").value_or(""), "application/json");
  EXPECT_TRUE(r.body.find("\"error\"") != std::string::npos) << r.body;
}

// ---- a real authorization server ------------------------------------------------------------

class HttpAuthOidc : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    skip_reason = oidc::unavailable();
    if (!skip_reason.empty()) return;
    provider = std::make_unique<oidc::Provider>(
        std::vector<std::string>{"--resource", kResource, "--resource", kOther});
    if (provider->issuer.empty()) start_error = provider->error;
  }
  static void TearDownTestSuite() { provider.reset(); }

  void SetUp() override {
    if (!skip_reason.empty()) GTEST_SKIP() << skip_reason;
    ASSERT_TRUE(start_error.empty()) << start_error;
  }

  static const std::string& issuer() { return provider->issuer; }
  static std::shared_ptr<auth::Fetcher> fetcher() {
    static auto f = auth::make_beast_fetcher();
    return f;
  }
  static std::string token_for(const std::string& resource,
                               const std::string& scope = "mcp mcp:read") {
    auto r = fetcher()->post_form(
        issuer() + "/token",
        {{"grant_type", "client_credentials"}, {"scope", scope}, {"resource", resource}},
        {{"Authorization", "Basic " + auth::detail::base64_encode("mcp-cc:mcp-cc-secret")}}, 20s);
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body : r.error());
    if (!r) return {};
    auto body = boost::json::parse(r->body).as_object();
    auto* t = body.if_contains("access_token");
    return t ? std::string(t->as_string()) : std::string{};
  }
  static AuthConfig config() {
    AuthConfig c;
    c.issuer = issuer();
    c.audience = kResource;  // JWKS discovered from the issuer's metadata
    c.required_scopes = {"mcp"};
    c.resource_name = "Sallyport test server";
    c.fetch_timeout = 20s;
    return c;
  }
  static std::shared_ptr<Authenticator> authenticator(AuthConfig c = config(),
                                                      auth::Clock clock = {}) {
    auto a = Authenticator::create(std::move(c), {.fetcher = fetcher(), .clock = std::move(clock)});
    EXPECT_TRUE(a) << (a ? "" : a.error());
    return a ? *a : nullptr;
  }

  static inline std::string skip_reason, start_error;
  static inline std::unique_ptr<oidc::Provider> provider;
};

TEST_F(HttpAuthOidc, ClientCredentialsTokenReachesAModernHandler) {
  AuthServer s(authenticator());
  auto token = token_for(kResource);
  auto r = bearer(s.url(), token);
  ASSERT_EQ(r.status, 200) << r.body;
  auto who = whoami(r);
  ASSERT_TRUE(who);
  EXPECT_EQ(who->at("authenticated"), true);
  EXPECT_EQ(who->at("client_id"), "mcp-cc");
  EXPECT_EQ(who->at("iss").as_string(), issuer());
  EXPECT_EQ(who->at("era"), "modern");
  EXPECT_EQ(who->at("scopes"), (JsonArray{"mcp", "mcp:read"}));
  // Again: now from the cache, same answer.
  auto again = bearer(s.url(), token);
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(whoami(again), who);
}

TEST_F(HttpAuthOidc, SignedInUserOwnsItsLegacySession) {
  auto tokens = oidc::login(issuer(), kResource, "openid mcp mcp:read", "alice");
  ASSERT_TRUE(tokens) << tokens.error();
  std::string alice(tokens->at("access_token").as_string());
  std::string other = token_for(kResource);  // the client-credentials client: another principal

  AuthServer s(authenticator());
  LegacySession session{s.url(), alice, {}};
  ASSERT_EQ(session.open().status, 200);
  ASSERT_FALSE(session.session.empty());

  auto r = session.call(alice);
  ASSERT_EQ(r.status, 200) << r.body;
  auto who = whoami(r);
  ASSERT_TRUE(who);
  EXPECT_EQ(who->at("sub"), "alice");
  EXPECT_EQ(who->at("client_id"), "mcp-public");
  EXPECT_EQ(who->at("roles"), (JsonArray{"teller"}));
  EXPECT_EQ(who->at("tenant"), "acme");
  EXPECT_EQ(who->at("era"), "legacy");

  // Another principal naming alice's session: as if it did not exist, for every method.
  auto stolen = session.call(other, 3);
  EXPECT_EQ(stolen.status, 404) << stolen.body;
  EXPECT_EQ(stolen.error_code(), -32000);
  auto h = session.headers(other);
  h.set("Accept", "text/event-stream");
  EXPECT_EQ(send("GET", s.url(), "", h).status, 404);
  EXPECT_EQ(send("DELETE", s.url(), "", session.headers(other)).status, 404);
  EXPECT_EQ(send("POST", s.url(), R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
                 session.headers(other))
                .status,
            404);
  // Without a token the session id is worth nothing either.
  auto bare = session.headers(alice);
  bare.remove("Authorization");
  expect_refused(send("POST", s.url(), rpc_request(4, "tools/call", {{"name", "whoami"}}), bare),
                 401, challenge(kResource, "mcp"));

  // The owner's session is untouched by all that.
  EXPECT_EQ(s.http->session_count(), 1u);
  auto mine = session.call(alice, 5);
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(whoami(mine)->at("sub"), "alice");
  EXPECT_EQ(send("DELETE", s.url(), "", session.headers(alice)).status, 200);
  EXPECT_EQ(s.http->session_count(), 0u);
}

TEST_F(HttpAuthOidc, RefusalsCarryTheExactChallenge) {
  AuthServer s(authenticator());
  auto token = token_for(kResource);

  expect_refused(modern_whoami(s.url(), std::nullopt), 401, challenge(kResource, "mcp"));
  expect_refused(modern_whoami(s.url(), "Basic " + auth::detail::base64_encode("a:b")), 401,
                 challenge(kResource, "mcp"));
  expect_refused(bearer(s.url(), "garbage"), 401,
                 challenge(kResource, "mcp", "invalid_token", "malformed token"));
  expect_refused(bearer(s.url(), token_for(kOther)), 401,
                 challenge(kResource, "mcp", "invalid_token", "invalid audience"));

  // Change one signature character to another valid base64url character.
  auto tampered = token;
  auto at = tampered.rfind('.') + 5;
  tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
  expect_refused(bearer(s.url(), tampered), 401,
                 challenge(kResource, "mcp", "invalid_token", "invalid signature"));

  // Tokens only in the Authorization header: in the query they are refused, header or not.
  auto in_query = challenge(kResource, "mcp", "invalid_request",
                            "access tokens are accepted only in the Authorization header");
  expect_refused(modern_whoami(s.url(), std::nullopt, "?access_token=" + token), 400, in_query);
  expect_refused(modern_whoami(s.url(), "Bearer " + token, "?x=1&access%5Ftoken=" + token), 400,
                 in_query);

  auto malformed = challenge(kResource, "mcp", "invalid_request", "malformed Authorization header");
  expect_refused(modern_whoami(s.url(), "Bearer"), 400, malformed);
  expect_refused(modern_whoami(s.url(), "Bearer " + token + " " + token), 400, malformed);
  {
    JsonObject params{{"name", "whoami"}, {"_meta", modern_meta()}};
    auto h = modern_headers("tools/call", "whoami");
    h.add("Authorization", "Bearer " + token);
    h.add("Authorization", "Bearer " + token);
    expect_refused(send("POST", s.url(), rpc_request(1, "tools/call", params), h), 400, malformed);
  }
  // The valid token still works after all of that.
  EXPECT_EQ(bearer(s.url(), token).status, 200);
}

TEST_F(HttpAuthOidc, MissingScopeIs403AndExpiryIs401) {
  auto token = token_for(kResource, "mcp");
  auto cfg = config();
  cfg.required_scopes = {"mcp", "mcp:write"};
  AuthServer needs_write(authenticator(cfg));
  expect_refused(bearer(needs_write.url(), token), 403,
                 challenge(kResource, "mcp mcp:write", "insufficient_scope",
                           "the token lacks a required scope"));

  // The same token two hours later (the server's clock, not a sleep).
  AuthServer later(authenticator(config(), [] { return std::chrono::system_clock::now() + 2h; }));
  expect_refused(bearer(later.url(), token), 401,
                 challenge(kResource, "mcp", "invalid_token", "token expired"));

  // And a server that trusts another issuer.
  auto cfg2 = config();
  cfg2.issuer = issuer() + "/other";
  cfg2.jwks_uri = issuer() + "/jwks";
  AuthServer elsewhere(authenticator(cfg2));
  expect_refused(bearer(elsewhere.url(), token), 401,
                 challenge(kResource, "mcp", "invalid_token", "invalid issuer"));
}

TEST_F(HttpAuthOidc, AToolsOwnScopeIsRequiredOnTopOfTheServerWideOnes) {
  AuthServer s(authenticator());
  auto reader = token_for(kResource, "mcp mcp:read");
  EXPECT_EQ(call_tool(s.url(), reader, "whoami").status, 200);
  // Every scope the call needs is named, the server-wide one included.
  expect_refused(call_tool(s.url(), reader, "transfer"), 403,
                 challenge(kResource, "mcp mcp:write", "insufficient_scope",
                           "the token lacks a required scope"));
  auto writer = token_for(kResource, "mcp mcp:write");
  auto r = call_tool(s.url(), writer, "transfer");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("done"), std::string::npos) << r.body;
}

TEST_F(HttpAuthOidc, ProtectedResourceMetadataAtBothPaths) {
  AuthServer s(authenticator());
  for (auto path :
       {"/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp"}) {
    auto r = send("GET", s.origin() + path, "", {});  // no token, no Origin check
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.headers.get("Content-Type"), "application/json");
    EXPECT_EQ(r.headers.get("Access-Control-Allow-Origin"), "*");
    auto doc = boost::json::parse(r.body).as_object();
    EXPECT_EQ(doc.at("resource").as_string(), kResource);
    EXPECT_EQ(doc.at("authorization_servers"), (JsonArray{boost::json::string(issuer())}));
    EXPECT_EQ(doc.at("scopes_supported"), (JsonArray{"mcp"}));
    EXPECT_EQ(doc.at("bearer_methods_supported"), (JsonArray{"header"}));
    EXPECT_EQ(doc.at("resource_name"), "Sallyport test server");

    http::Headers preflight;
    preflight.set("Origin", "https://app.example");
    preflight.set("Access-Control-Request-Method", "GET");
    preflight.set("Access-Control-Request-Headers", "mcp-protocol-version");
    auto p = send("OPTIONS", s.origin() + path, "", preflight);
    EXPECT_EQ(p.status, 204);
    EXPECT_EQ(p.headers.get("Access-Control-Allow-Origin"), "*");
    EXPECT_EQ(send("POST", s.origin() + path, "{}", base_headers()).status, 405);
  }
  EXPECT_EQ(send("GET", s.origin() + "/.well-known/oauth-protected-resource/other", "", {}).status,
            404);
}

// ---- a local signing key --------------------------------------------------------------------

// Publishes a JWKS at http://127.0.0.1:PORT/jwks until stopped.
struct JwksServer {
  std::string body;
  std::unique_ptr<http::Server> server;
  std::atomic<int> requests{0};

  explicit JwksServer(std::string jwks) : body(std::move(jwks)) {
    server = std::make_unique<http::Server>(
        http::ServerOptions{.host = "127.0.0.1", .port = 0, .threads = 1},
        [this](http::Request, std::shared_ptr<http::Responder> res) {
          ++requests;
          res->respond(http::Response::text(200, body, "application/json"));
        });
    server->start();
  }
  std::string issuer() const { return "http://127.0.0.1:" + std::to_string(server->port()); }
  void stop() { server->stop(std::chrono::milliseconds(0)); }
};

class HttpAuthLocal : public ::testing::Test {
 protected:
  void SetUp() override {
    jwks = std::make_unique<JwksServer>(test::jwks_json({test::jwk(key, "k1", "RS256")}));
    issuer = jwks->issuer();
    AuthConfig c;
    c.issuer = issuer;
    c.audience = kLocal;
    c.jwks_uri = issuer + "/jwks";
    c.required_scopes = {"mcp"};
    c.jwks_min_refresh_interval = 0s;  // every unknown kid goes to the (possibly dead) endpoint
    c.fetch_timeout = 5s;
    auto a = Authenticator::create(std::move(c));
    ASSERT_TRUE(a) << a.error();
    server = std::make_unique<AuthServer>(*a);
  }

  JsonObject claims(std::int64_t from_now = 0) const {
    auto now = std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count() +
               from_now;
    return JsonObject{
        {"iss", issuer},  {"aud", kLocal}, {"sub", "bob"},     {"client_id", "app"},
        {"scope", "mcp"}, {"iat", now},    {"exp", now + 600}, {"jti", std::to_string(++serial)}};
  }
  static JsonObject header(std::string alg = "RS256", std::string kid = "k1") {
    return JsonObject{{"alg", alg}, {"typ", "at+jwt"}, {"kid", kid}};
  }
  std::string mint(const JsonObject& payload, const JsonObject& h = header()) const {
    return test::mint("RS256", key, h, payload);
  }
  Reply call(const std::string& token) const { return bearer(server->url(), token); }
  void expect_invalid(const std::string& token, const std::string& why) const {
    SCOPED_TRACE(why);
    expect_refused(call(token), 401, challenge(kLocal, "mcp", "invalid_token", why));
  }

  static inline test::Pkey key = test::rsa_key();
  static inline test::Pkey other_key = test::rsa_key();
  mutable int serial = 0;
  std::unique_ptr<JwksServer> jwks;
  std::string issuer;
  std::unique_ptr<AuthServer> server;
};

TEST_F(HttpAuthLocal, ForgedAndStaleTokensAreRefused) {
  auto ok = call(mint(claims()));
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(whoami(ok)->at("sub"), "bob");

  auto expired = claims(-7200);
  expired["exp"] = expired["iat"].as_int64() + 600;
  expect_invalid(mint(expired), "token expired");

  auto early = claims();
  early["nbf"] = early["iat"].as_int64() + 3600;
  expect_invalid(mint(early), "token not yet valid");

  auto foreign = claims();
  foreign["iss"] = "https://evil.example.test";
  expect_invalid(mint(foreign), "invalid issuer");

  auto elsewhere = claims();
  elsewhere["aud"] = kOther;
  expect_invalid(mint(elsewhere), "invalid audience");

  // alg none: no signature at all.
  expect_invalid(test::encode_parts(header("none"), claims()) + ".", "algorithm not allowed");
  expect_invalid(test::encode_parts(header("none"), claims()) + "." + test::b64("x"),
                 "algorithm not allowed");

  // HS256 with the issuer's public key (PEM) as the HMAC secret.
  auto input = test::encode_parts(header("HS256"), claims());
  expect_invalid(input + "." + test::b64(test::sign_hmac(test::public_pem(key), input)),
                 "algorithm not allowed");

  // Signed by a key the issuer never published.
  expect_invalid(test::mint("RS256", other_key, header("RS256", "k2"), claims()),
                 "unknown signing key");
  // ... or under the known kid.
  expect_invalid(test::mint("RS256", other_key, header(), claims()), "invalid signature");

  // A valid token whose payload is swapped for another (well-formed base64url) one.
  auto genuine = mint(claims());
  auto dot1 = genuine.find('.'), dot2 = genuine.rfind('.');
  auto admin = claims();
  admin["sub"] = "admin";
  auto forged =
      genuine.substr(0, dot1 + 1) + test::b64(boost::json::serialize(admin)) + genuine.substr(dot2);
  expect_invalid(forged, "invalid signature");
  EXPECT_EQ(call(genuine).status, 200);
}

TEST_F(HttpAuthLocal, JwksEndpointDownCachedKeysWorkUnknownKeysFailClosed) {
  ASSERT_EQ(call(mint(claims())).status, 200);
  int fetched = jwks->requests.load();
  EXPECT_GE(fetched, 1);
  jwks->stop();

  // A token never seen (not in the token cache) signed by the cached key: still accepted.
  auto fresh = call(mint(claims()));
  ASSERT_EQ(fresh.status, 200) << fresh.body;
  EXPECT_EQ(whoami(fresh)->at("client_id"), "app");

  // A kid the server never saw: the refresh fails, the token is refused.
  expect_invalid(test::mint("RS256", other_key, header("RS256", "k2"), claims()),
                 "unknown signing key");
  // And the known key keeps working after that failed refresh.
  EXPECT_EQ(call(mint(claims())).status, 200);
}

// A token's lifetime bounds what it can receive: long-lived streams opened with it end when it
// expires (gracefully: the client comes back with a fresh token), others stay open.
TEST_F(HttpAuthLocal, LongLivedStreamsEndWhenTheirTokenExpires) {
  auto brief = claims();
  brief["exp"] = brief["iat"].as_int64() + 2;
  const std::string token = mint(brief), lasting = mint(claims());
  auto with = [](http::Headers h, const std::string& t) {
    h.set("Authorization", "Bearer " + t);
    return h;
  };
  JsonObject params{{"notifications", {{"toolsListChanged", true}}}, {"_meta", modern_meta()}};
  BackgroundStream listen("POST", server->url(), rpc_request(21, "subscriptions/listen", params),
                          with(modern_headers("subscriptions/listen"), token));
  BackgroundStream kept("POST", server->url(), rpc_request(22, "subscriptions/listen", params),
                        with(modern_headers("subscriptions/listen"), lasting));

  auto init = send("POST", server->url(),
                   rpc_request(1, "initialize",
                               {{"protocolVersion", "2025-11-25"},
                                {"capabilities", JsonObject{}},
                                {"clientInfo", {{"name", "t"}, {"version", "1"}}}}),
                   with(base_headers(), token));
  ASSERT_EQ(init.status, 200) << init.body;
  auto session = init.headers.get("Mcp-Session-Id");
  ASSERT_TRUE(session);
  auto h = with(base_headers(), token);
  h.set("Mcp-Session-Id", std::string(*session));
  h.set("MCP-Protocol-Version", "2025-11-25");
  EXPECT_EQ(
      send("POST", server->url(), R"({"jsonrpc":"2.0","method":"notifications/initialized"})", h)
          .status,
      202);
  h.set("Accept", "text/event-stream");
  BackgroundStream get("GET", server->url(), "", h);

  // The listen stream ends with its result; the GET stream after an event to resume from.
  ASSERT_TRUE(listen.wait_done(10s));
  EXPECT_TRUE(listen.reply().response(21));
  ASSERT_TRUE(get.wait_done(10s));
  EXPECT_EQ(get.reply().status, 200);
  EXPECT_FALSE(get.reply().last_event_id.empty());
  EXPECT_FALSE(kept.wait_done(0ms));  // opened with a token that is still valid
}

TEST_F(HttpAuthLocal, ConcurrentRequestsWithOneToken) {
  // Concurrent first requests may each verify; afterwards every request is a cache hit. What
  // is checked here is the outcome (all accepted), not timing.
  auto token = mint(claims());
  std::vector<std::thread> threads;
  std::atomic<int> accepted{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 10; ++i) accepted += call(token).status == 200;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted.load(), 40);
}

}  // namespace
}  // namespace sallyport::testing::http_test
