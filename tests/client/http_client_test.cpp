// Our Client over Streamable HTTP against our Server on 127.0.0.1, both eras end to end, plus
// the client's side of the transport rules: header mirroring, invalid x-mcp-header tools
// dropped, never fetching a network $ref, falling back to a legacy-only server on its 400,
// resuming a dropped stream after `retry:`, DELETE on close.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "auth/auth_support.hpp"
#include "http/test_support.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "sallyport/client.hpp"
#include "sallyport/http/server.hpp"
#include "server/http_fixture.hpp"

namespace sallyport::testing::http_test {
namespace {

ClientHandlers answering_handlers(std::vector<std::string>* logs = nullptr,
                                  std::vector<std::string>* notes = nullptr,
                                  std::mutex* mutex = nullptr) {
  ClientHandlers h;
  h.elicitation = [](const ElicitParams&) {
    ElicitResult r;
    r.action = ElicitResult::Action::kAccept;
    r.content = JsonObject{{"name", "Ada"}};
    return r;
  };
  if (logs)
    h.on_log = [logs, mutex](const LogMessage& m) {
      std::lock_guard lock(*mutex);
      logs->push_back(boost::json::serialize(m.data));
    };
  if (notes)
    h.on_notification = [notes, mutex](const std::string& method, const Json&) {
      std::lock_guard lock(*mutex);
      notes->push_back(method);
    };
  return h;
}

std::string text_of(const CallToolResult& r) {
  if (r.content.empty()) return {};
  auto* t = std::get_if<TextContent>(&r.content[0]);
  return t ? t->text : std::string{};
}

TEST(HttpClient, ModernEndToEnd) {
  HttpFixture f;
  auto client = Client::connect_http(f.url(), {}, answering_handlers());
  EXPECT_EQ(client->era(), Era::kModern);
  auto tools = client->list_tools();
  EXPECT_GE(tools.size(), 6u);
  EXPECT_EQ(text_of(client->call_tool("echo", {{"text", "over http"}})), "over http");
  // The server checks Mcp-Param-* against the body: success means the client mirrored them.
  EXPECT_EQ(text_of(client->call_tool("region",
                                      {{"region", "us-west1"}, {"priority", 7}, {"query", "q"}})),
            "us-west1");
  EXPECT_EQ(text_of(client->call_tool("region",
                                      {{"region", "Zürich "}, {"priority", 7}, {"query", "q"}})),
            "Zürich ");
  // Input rounds (2026-07-28 elicitation) over HTTP.
  EXPECT_EQ(text_of(client->call_tool("ask")), "hello Ada");
  auto read = client->read_resource("test://r");
  ASSERT_EQ(read.contents.size(), 1u);
  std::atomic<int> progress{0};
  RequestOptions o;
  o.on_progress = [&](double, std::optional<double>, std::optional<std::string>) {
    ++progress;
  };
  EXPECT_EQ(text_of(client->call_tool("progress", {}, o)), "done");
  EXPECT_EQ(progress, 1);
  client->close();
}

TEST(HttpClient, LegacyEndToEnd) {
  HttpFixture f;
  std::vector<std::string> logs, notes;
  std::mutex mutex;
  ClientOptions options;
  options.era = EraChoice::kLegacy;
  auto client = Client::connect_http(f.url(), options, answering_handlers(&logs, &notes, &mutex));
  EXPECT_EQ(client->era(), Era::kLegacy);
  EXPECT_EQ(f.http->session_count(), 1u);
  EXPECT_EQ(text_of(client->call_tool("echo", {{"text", "legacy"}})), "legacy");
  // A server-to-client request (elicitation/create) on the POST's stream, answered by POST.
  EXPECT_EQ(text_of(client->call_tool("ask")), "hello Ada");
  // Server-initiated messages arrive on the GET stream.
  ASSERT_TRUE(eventually([&] {
    f.server.log(LoggingLevel::kWarning, "from the server");
    std::lock_guard lock(mutex);
    return !logs.empty();
  }));
  client->subscribe("test://r");
  f.server.notify_resource_updated("test://r");
  EXPECT_TRUE(eventually([&] {
    std::lock_guard lock(mutex);
    return std::find(notes.begin(), notes.end(), "notifications/resources/updated") != notes.end();
  }));
  client->close();
  // close() ends the session with DELETE.
  EXPECT_TRUE(eventually([&] { return f.http->session_count() == 0; }));
}

TEST(HttpClient, LegacyStreamDroppedByTheServerIsResumedAfterRetry) {
  HttpOptions o;
  o.sse_retry = 300ms;
  HttpFixture f(o);
  ClientOptions options;
  options.era = EraChoice::kLegacy;
  auto client = Client::connect_http(f.url(), options);
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(text_of(client->call_tool("poll")), "polled");
  EXPECT_GE(std::chrono::steady_clock::now() - t0, 300ms);  // it waited as told
}

TEST(HttpClient, TimeoutCancelsByClosingTheStream) {
  HttpFixture f;
  auto client = Client::connect_http(f.url());
  RequestOptions o;
  o.timeout = 300ms;
  EXPECT_THROW(client->call_tool("slow", {}, o), McpError);
  EXPECT_TRUE(f.slow_cancelled.wait());
}

TEST(HttpClient, ToolsWithInvalidHeaderAnnotationsAreDropped) {
  HttpFixture f;
  f.server.tool("bad_header")
      .input_schema(object_schema(R"({"v": {"type": "number", "x-mcp-header": "Score"}})"))
      .handle([](const JsonObject&, Context&) { return std::string("should not be offered"); });
  f.server.tool("nested_bad")
      .input_schema(object_schema(
          R"({"l": {"type": "array", "items": {"type": "string", "x-mcp-header": "I"}}})"))
      .handle([](const JsonObject&, Context&) { return std::string("x"); });
  auto client = Client::connect_http(f.url());
  auto tools = client->list_tools();
  auto has = [&](std::string_view n) {
    return std::any_of(tools.begin(), tools.end(), [&](const Tool& t) { return t.name == n; });
  };
  EXPECT_FALSE(has("bad_header"));
  EXPECT_FALSE(has("nested_bad"));
  EXPECT_TRUE(has("region"));
  EXPECT_TRUE(has("echo"));
}

// A 2026-07-28 server reduced to a function from (method, params, headers) to a result, for
// what our own Server refuses to offer (network $refs) or to look at the raw headers.
class FakeModernServer {
 public:
  using Script =
      std::function<Json(const std::string& method, const Json& params, const http::Headers&)>;
  explicit FakeModernServer(Script script)
      : script_(std::move(script)),
        server_(options(), [this](http::Request r, std::shared_ptr<http::Responder> res) {
          Json body = boost::json::parse(r.body);
          auto& o = body.as_object();
          std::string method(o.at("method").as_string());
          if (!o.contains("id")) {
            http::Response accepted;
            accepted.status = 202;
            return res->respond(std::move(accepted));
          }
          Json params = o.contains("params") ? o.at("params") : Json(JsonObject{});
          JsonObject result;
          if (method == "server/discover")
            result = JsonObject{{"supportedVersions", {"2026-07-28"}},
                                {"capabilities", {{"tools", JsonObject{}}}},
                                {"serverInfo", {{"name", "fake"}, {"version", "1"}}}};
          else
            result = script_(method, params, r.headers).as_object();
          result["resultType"] = "complete";
          JsonObject reply{{"jsonrpc", "2.0"}, {"id", o.at("id")}, {"result", std::move(result)}};
          res->respond(
              http::Response::text(200, boost::json::serialize(reply), "application/json"));
        }) {
    server_.start();
  }
  std::string url() const { return fmt::format("http://127.0.0.1:{}/mcp", server_.port()); }

 private:
  static http::ServerOptions options() {
    http::ServerOptions o;
    o.threads = 1;
    return o;
  }
  Script script_;
  http::Server server_;
};

TEST(HttpClient, NetworkRefsAreNeverFetched) {
  std::atomic<int> canary_hits{0};
  http::ServerOptions so;
  so.threads = 1;
  http::Server canary(so, [&](http::Request, std::shared_ptr<http::Responder> res) {
    ++canary_hits;
    res->respond(http::Response::text(200, R"({"type":"object"})", "application/json"));
  });
  canary.start();
  auto ref = fmt::format("http://127.0.0.1:{}/profile-schema.json", canary.port());
  FakeModernServer fake([&](const std::string& method, const Json&, const http::Headers&) -> Json {
    if (method == "tools/list")
      return JsonObject{
          {"tools",
           JsonArray{boost::json::parse(fmt::format(
               R"({{"name":"lookup_user","inputSchema":{{"type":"object","$defs":{{"id":{{"type":"string"}}}},"properties":{{"id":{{"$ref":"#/$defs/id"}},"profile":{{"$ref":"{}"}}}}}}}})",
               ref))}}};
    return JsonObject{{"content", JsonArray{JsonObject{{"type", "text"}, {"text", "ok"}}}}};
  });
  auto client = Client::connect_http(fake.url());
  auto tools = client->list_tools();
  ASSERT_EQ(tools.size(), 1u);
  EXPECT_EQ(tools[0].name, "lookup_user");
  EXPECT_EQ(text_of(client->call_tool("lookup_user", {{"id", "u1"}})), "ok");
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(canary_hits, 0);
}

TEST(HttpClient, MirrorsStandardAndParamHeaders) {
  std::mutex mutex;
  std::map<std::string, http::Headers> seen;
  FakeModernServer fake(
      [&](const std::string& method, const Json&, const http::Headers& h) -> Json {
        {
          std::lock_guard lock(mutex);
          seen[method] = h;
        }
        if (method == "tools/list")
          return JsonObject{
              {"tools",
               JsonArray{boost::json::parse(
                   R"({"name":"my-hyphenated-tool","inputSchema":{"type":"object","properties":{
          "region":{"type":"string","x-mcp-header":"Region"},
          "priority":{"type":"integer","x-mcp-header":"Priority"},
          "verbose":{"type":"boolean","x-mcp-header":"Verbose"},
          "greeting":{"type":"string","x-mcp-header":"Greeting"},
          "padded":{"type":"string","x-mcp-header":"Padded"},
          "nested":{"type":"object","properties":{"tenant":{"type":"string","x-mcp-header":"Tenant"}}},
          "score":{"type":"number"},
          "query":{"type":"string"}}}})")}}};
        if (method == "resources/read") return JsonObject{{"contents", JsonArray{}}};
        return JsonObject{{"content", JsonArray{}}};
      });
  auto client = Client::connect_http(fake.url());
  client->list_tools();
  client->call_tool("my-hyphenated-tool", {{"region", "us-west1"},
                                           {"priority", 42},
                                           {"verbose", nullptr},
                                           {"greeting", "Hello, 世界"},
                                           {"padded", " padded "},
                                           {"nested", {{"tenant", "acme"}}},
                                           {"score", 1.5},
                                           {"query", "SELECT 1"}});
  client->read_resource("file:///path/to/file%20name.txt");
  std::lock_guard lock(mutex);
  auto& call = seen.at("tools/call");
  EXPECT_EQ(call.get("MCP-Protocol-Version"), "2026-07-28");
  EXPECT_EQ(call.get("Mcp-Method"), "tools/call");
  EXPECT_EQ(call.get("Mcp-Name"), "my-hyphenated-tool");
  EXPECT_EQ(call.get("Mcp-Param-Region"), "us-west1");
  EXPECT_EQ(call.get("Mcp-Param-Priority"), "42");
  EXPECT_FALSE(call.contains("Mcp-Param-Verbose"));  // null: omitted
  EXPECT_EQ(call.get("Mcp-Param-Greeting"), "=?base64?SGVsbG8sIOS4lueVjA==?=");
  EXPECT_EQ(call.get("Mcp-Param-Padded"), "=?base64?IHBhZGRlZCA=?=");
  EXPECT_EQ(call.get("Mcp-Param-Tenant"), "acme");
  EXPECT_FALSE(call.contains("Mcp-Param-Score"));
  EXPECT_FALSE(call.contains("Mcp-Param-Query"));
  auto& read = seen.at("resources/read");
  EXPECT_EQ(read.get("Mcp-Method"), "resources/read");
  EXPECT_EQ(read.get("Mcp-Name"), "file:///path/to/file%20name.txt");
  EXPECT_EQ(seen.at("tools/list").get("Mcp-Method"), "tools/list");
  EXPECT_FALSE(seen.at("tools/list").contains("Mcp-Name"));
  EXPECT_TRUE(http::accepts(call.get("Accept").value_or(""), "text/event-stream"));
  EXPECT_TRUE(http::accepts(call.get("Accept").value_or(""), "application/json"));
}

TEST(HttpClient, BothErasOverTls) {
  http::testing::TestCertificate cert;
  HttpOptions o;
  o.tls = HttpTls{cert.cert.string(), cert.key.string()};
  HttpFixture f(o);
  ASSERT_TRUE(f.url().starts_with("https://127.0.0.1:"));
  HttpClientOptions h;
  h.ca_file = cert.cert.string();
  for (auto era : {EraChoice::kModern, EraChoice::kLegacy}) {
    ClientOptions options;
    options.era = era;
    auto client = Client::connect_http(f.url(), options, answering_handlers(), h);
    EXPECT_EQ(text_of(client->call_tool("echo", {{"text", "sealed"}})), "sealed");
    EXPECT_EQ(text_of(client->call_tool("ask")), "hello Ada");
  }
  // Without trusting the certificate the connection is refused.
  ClientOptions quick;
  quick.request_timeout = 5s;
  EXPECT_THROW(Client::connect_http(f.url(), quick), McpError);
}

TEST(HttpClient, UnreachableServerFailsFast) {
  std::uint16_t port;
  {
    HttpFixture f;
    port = f.http->port();
  }
  HttpClientOptions h;
  h.connect_timeout = 1s;
  ClientOptions o;
  o.request_timeout = 5s;
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_THROW(Client::connect_http(fmt::format("http://127.0.0.1:{}/mcp", port), o, {}, h),
               McpError);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 4s);
}

// Hands every request a freshly minted access token that expires in two to three seconds.
class MintingAuthorizer : public http::RequestAuthorizer {
 public:
  explicit MintingAuthorizer(std::function<std::string()> mint) : mint_(std::move(mint)) {}
  void authorize(std::string_view, std::string_view, http::Headers& headers,
                 std::uint64_t& generation) override {
    headers.set("Authorization", "Bearer " + mint_());
    generation = ++minted_;
  }
  Verdict on_refused(std::string_view, std::string_view, const http::Response&, std::uint64_t,
                     std::string& why) override {
    why = "refused";
    return Verdict::kGiveUp;
  }

 private:
  std::function<std::string()> mint_;
  std::atomic<std::uint64_t> minted_{0};
};

// The server ends a listen stream when the token it was opened with expires; a modern
// subscription outlives that: the client listens again, with a fresh token.
TEST(HttpClient, ListenStreamEndedByTheServerIsOpenedAgain) {
  namespace test = auth::test;
  static test::Pkey key = test::rsa_key();
  const std::string audience = "https://local.example.test/mcp";
  http::Server jwks(
      http::ServerOptions{.host = "127.0.0.1", .port = 0, .threads = 1},
      [](http::Request, std::shared_ptr<http::Responder> res) {
        res->respond(http::Response::text(200, test::jwks_json({test::jwk(key, "k1", "RS256")}),
                                          "application/json"));
      });
  jwks.start();
  const std::string issuer = fmt::format("http://127.0.0.1:{}", jwks.port());
  auth::AuthConfig config;
  config.issuer = issuer;
  config.audience = audience;
  config.jwks_uri = issuer + "/jwks";
  auto authn = auth::Authenticator::create(std::move(config));
  ASSERT_TRUE(authn) << authn.error();
  HttpOptions o;
  o.authorization = *authn;
  HttpFixture f(o);

  std::atomic<int> serial{0};
  HttpClientOptions h;
  h.authorizer = std::make_shared<MintingAuthorizer>([&] {
    auto now = std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    JsonObject claims{{"iss", issuer},
                      {"aud", audience},
                      {"sub", "bob"},
                      {"iat", now},
                      {"exp", now + 3},
                      {"client_id", "app"},
                      {"jti", std::to_string(++serial)}};
    return test::mint("RS256", key, {{"alg", "RS256"}, {"typ", "at+jwt"}, {"kid", "k1"}}, claims);
  });
  std::vector<std::string> notes;
  std::mutex mutex;
  auto client = Client::connect_http(f.url(), {}, answering_handlers(nullptr, &notes, &mutex), h);
  ASSERT_EQ(client->era(), Era::kModern);
  auto seen = [&](const std::string& method) {
    std::lock_guard lock(mutex);
    return std::count(notes.begin(), notes.end(), method);
  };
  client->subscribe("test://r");
  // Acknowledged once, then again after the first token expired and the stream was ended.
  EXPECT_TRUE(
      eventually([&] { return seen("notifications/subscriptions/acknowledged") >= 2; }, 8s));
  f.server.notify_resource_updated("test://r");
  EXPECT_TRUE(eventually([&] { return seen("notifications/resources/updated") >= 1; }));
  client->close();
}

// What a fake server needs of a POSTed JSON-RPC message: its method and id (empty and null for
// other requests).
std::pair<std::string, Json> peek(const http::Request& r) {
  std::pair<std::string, Json> out{"", nullptr};
  if (r.method != "POST") return out;
  Json body = boost::json::parse(r.body);
  if (auto* m = body.as_object().if_contains("method")) out.first = std::string(m->as_string());
  if (auto* i = body.as_object().if_contains("id")) out.second = *i;
  return out;
}

// A 2025-11-25-only server the way the reference SDKs build one: a request without a session
// gets 400 with a JSON-RPC error that is not a modern one; GET is not offered (405).
class LegacyOnlyServer {
 public:
  LegacyOnlyServer()
      : server_(options(), [this](http::Request r, std::shared_ptr<http::Responder> res) {
          handle(std::move(r), std::move(res));
        }) {
    server_.start();
  }
  std::string url() const { return fmt::format("http://127.0.0.1:{}/mcp", server_.port()); }
  std::vector<std::string> seen() {
    std::lock_guard lock(mutex_);
    return seen_;
  }

 private:
  static http::ServerOptions options() {
    http::ServerOptions o;
    o.threads = 1;
    return o;
  }
  void handle(http::Request r, std::shared_ptr<http::Responder> res) {
    auto json = [](int status, std::string body) {
      auto out = http::Response::text(status, std::move(body), "application/json");
      out.headers.set("Mcp-Session-Id", "legacy-session-1");
      return out;
    };
    auto [method, id] = peek(r);
    {
      std::lock_guard lock(mutex_);
      seen_.push_back(r.method + " " + method);
    }
    if (r.method == "GET") return res->respond(http::Response::text(405, "no"));
    if (r.method == "DELETE") return res->respond(http::Response::text(200, ""));
    bool has_session = r.headers.get("Mcp-Session-Id") == "legacy-session-1";
    if (method == "initialize")
      return res->respond(json(200, boost::json::serialize(JsonObject{
                                        {"jsonrpc", "2.0"},
                                        {"id", id},
                                        {"result",
                                         {{"protocolVersion", "2025-11-25"},
                                          {"capabilities", {{"tools", JsonObject{}}}},
                                          {"serverInfo", {{"name", "old"}, {"version", "1"}}}}}})));
    if (!has_session)
      return res->respond(json(
          400,
          R"({"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"Bad Request: No valid session ID provided"}})"));
    if (id.is_null()) {
      http::Response accepted;
      accepted.status = 202;
      return res->respond(std::move(accepted));
    }
    return res->respond(
        json(200, boost::json::serialize(JsonObject{
                      {"jsonrpc", "2.0"}, {"id", id}, {"result", {{"tools", JsonArray{}}}}})));
  }

  std::mutex mutex_;
  std::vector<std::string> seen_;
  http::Server server_;
};

TEST(HttpClient, FallsBackToLegacyOnTheServersBadRequest) {
  LegacyOnlyServer old;
  auto client = Client::connect_http(old.url());
  EXPECT_EQ(client->era(), Era::kLegacy);
  EXPECT_EQ(client->server_info().name, "old");
  EXPECT_TRUE(client->list_tools().empty());
  // After notifications/initialized the client tries the GET stream (and takes the 405).
  EXPECT_TRUE(eventually([&] {
    auto s = old.seen();
    return std::find(s.begin(), s.end(), "GET ") != s.end();
  }));
  client->close();
  auto seen = old.seen();
  ASSERT_GE(seen.size(), 4u);
  EXPECT_EQ(seen[0], "POST server/discover");
  EXPECT_EQ(seen[1], "POST initialize");
  // Tried (and took the 405) before the first request after initialization went out.
  auto get = std::find(seen.begin(), seen.end(), "GET ");
  EXPECT_LT(get, std::find(seen.begin(), seen.end(), "POST tools/list"));
  EXPECT_EQ(seen.back(), "DELETE ");
}

// A 2025-11-25 server that answers a tools/call on the session's GET stream instead of the
// call's own POST stream, which it leaves open after a priming event (the conformance suite's
// sse-retry server does this when the GET stream arrives late).
class AnswersElsewhereServer {
 public:
  AnswersElsewhereServer()
      : server_(http::ServerOptions{},
                [this](http::Request r, std::shared_ptr<http::Responder> res) {
                  handle(std::move(r), std::move(res));
                }) {
    server_.start();
  }
  ~AnswersElsewhereServer() { server_.stop(0ms); }
  std::string url() const { return fmt::format("http://127.0.0.1:{}/mcp", server_.port()); }
  std::vector<std::string> seen() {
    std::lock_guard lock(mutex_);
    return seen_;
  }
  bool post_stream_dropped() const { return post_dropped_; }

 private:
  void handle(http::Request r, std::shared_ptr<http::Responder> res) {
    http::Headers h;
    h.set("Mcp-Session-Id", "s1");
    auto [method, id] = peek(r);
    std::lock_guard lock(mutex_);
    seen_.push_back(r.method + " " + method +
                    (r.headers.get("Last-Event-ID") ? " (resuming)" : ""));
    if (r.method == "DELETE") return res->respond(http::Response::text(200, ""));
    if (r.method == "GET") {
      auto stream = res->open_events(h);
      stream->send({.data = "", .id = "g1", .retry = 100ms});
      get_streams_.push_back(stream);
      if (!r.headers.get("Last-Event-ID")) answer_on_get();
      return;
    }
    if (method == "initialize") {
      auto out =
          http::Response::text(200,
                               boost::json::serialize(JsonObject{
                                   {"jsonrpc", "2.0"},
                                   {"id", id},
                                   {"result",
                                    {{"protocolVersion", "2025-11-25"},
                                     {"capabilities", {{"tools", JsonObject{}}}},
                                     {"serverInfo", {{"name", "elsewhere"}, {"version", "1"}}}}}}),
                               "application/json");
      out.headers.set("Mcp-Session-Id", "s1");
      return res->respond(std::move(out));
    }
    if (id.is_null()) {
      http::Response accepted;
      accepted.status = 202;
      return res->respond(std::move(accepted));
    }
    // tools/call: a priming event (retry 100 ms), then nothing on this stream.
    res->on_disconnect([this] { post_dropped_ = true; });
    post_stream_ = res->open_events(h);
    post_stream_->send({.data = "", .id = "p1", .retry = 100ms});
    pending_ = id;
    answer_on_get();
  }

  void answer_on_get() {  // under mutex_
    if (pending_.is_null() || get_streams_.empty()) return;
    JsonObject result{{"content", JsonArray{JsonObject{{"type", "text"}, {"text", "elsewhere"}}}}};
    get_streams_.front()->send(
        {.data = boost::json::serialize(
             JsonObject{{"jsonrpc", "2.0"}, {"id", pending_}, {"result", std::move(result)}}),
         .id = "g2"});
    pending_ = nullptr;
  }

  std::mutex mutex_;
  std::vector<std::string> seen_;
  std::vector<std::shared_ptr<http::EventStream>> get_streams_;
  std::shared_ptr<http::EventStream> post_stream_;
  Json pending_ = nullptr;
  std::atomic<bool> post_dropped_{false};
  http::Server server_;
};

TEST(HttpClient, AResponseOnAnotherStreamSettlesItsRequest) {
  AnswersElsewhereServer server;
  ClientOptions options;
  options.era = EraChoice::kLegacy;
  auto client = Client::connect_http(server.url(), options);
  EXPECT_EQ(text_of(client->call_tool("anything")), "elsewhere");
  // The call's own stream is let go, and never resumed: its answer is in.
  EXPECT_TRUE(eventually([&] { return server.post_stream_dropped(); }));
  std::this_thread::sleep_for(300ms);  // three times the server's retry:
  auto seen = server.seen();
  EXPECT_EQ(std::count(seen.begin(), seen.end(), "GET  (resuming)"), 0);
  client->close();
}

}  // namespace
}  // namespace sallyport::testing::http_test
