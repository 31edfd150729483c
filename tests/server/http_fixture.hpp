// A Server with tools that exercise the HTTP binding, served on 127.0.0.1 with an ephemeral port,
// and raw HTTP helpers to talk to it the way the specification describes (no MCP client).
#pragma once

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "sallyport/http/client.hpp"
#include "sallyport/http/param_headers.hpp"
#include "sallyport/http/sse.hpp"
#include "sallyport/server.hpp"
#include "sallyport/server/http.hpp"
#include "support/wait.hpp"

namespace sallyport::testing::http_test {

using namespace std::chrono_literals;

inline Json object_schema(std::string_view properties = "{}") {
  return boost::json::parse(fmt::format(R"({{"type":"object","properties":{}}})", properties));
}

struct HttpFixture {
  Server server{{.name = "http-test", .version = "1.0.0"}};
  std::unique_ptr<HttpServer> http;
  Latch slow_started;
  Latch slow_cancelled;

  explicit HttpFixture(HttpOptions o = {}) {
    server.tool("echo")
        .description("Echoes text")
        .input_schema(object_schema(R"({"text":{"type":"string"}})"))
        .handle([](const JsonObject& args, Context&) {
          auto* t = args.if_contains("text");
          return std::string(t && t->is_string() ? t->get_string() : "");
        });
    server.tool("progress")
        .input_schema(object_schema())
        .handle([](const JsonObject&, Context& ctx) {
          ctx.log(LoggingLevel::kInfo, "working");
          ctx.progress(0.5, 1.0, "half");
          return std::string("done");
        });
    server.tool("slow")
        .input_schema(object_schema())
        .handle([this](const JsonObject&, Context& ctx) {
          slow_started.open();
          auto deadline = std::chrono::steady_clock::now() + 5s;
          while (!ctx.cancelled() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(5ms);
          if (ctx.cancelled()) slow_cancelled.open();
          return std::string("slow done");
        });
    server.tool("region")
        .input_schema(object_schema(R"({
          "region": {"type": "string", "x-mcp-header": "Region"},
          "priority": {"type": "integer", "x-mcp-header": "Priority"},
          "verbose": {"type": ["boolean", "null"], "x-mcp-header": "Verbose"},
          "query": {"type": "string"}})"))
        .handle([](const JsonObject& args, Context&) {
          return std::string(args.at("region").as_string());
        });
    server.tool("ask").input_schema(object_schema()).handle([](const JsonObject&, Context& ctx) {
      auto r = ctx.elicit(
          "Your name?",
          JsonObject{{"type", "object"},
                     {"properties", JsonObject{{"name", JsonObject{{"type", "string"}}}}}});
      if (!r.content) return std::string("declined");
      return std::string("hello ") + std::string(r.content->at("name").as_string());
    });
    server.tool("poll").input_schema(object_schema()).handle([](const JsonObject&, Context& ctx) {
      ctx.progress(0.1);
      close_sse_stream(ctx);
      std::this_thread::sleep_for(100ms);
      ctx.progress(0.9);
      return std::string("polled");
    });
    server.resource("test://r", "r").mime_type("text/plain").text("resource text");
    server.prompt("greet").argument("who").get([](const PromptArguments&, Context&) {
      GetPromptResult r;
      return r;
    });
    http = std::make_unique<HttpServer>(server, options_with(std::move(o)));
    http->start();
  }
  ~HttpFixture() { http->stop(); }

  static HttpOptions options_with(HttpOptions o) {
    o.host = "127.0.0.1";
    o.port = 0;
    if (o.threads == 0) o.threads = 2;
    return o;
  }
  std::string url() const { return http->url(); }
};

// ---- raw HTTP ------------------------------------------------------------------------------

struct Reply {
  int status = 0;
  http::Headers headers;
  std::string body;
  std::vector<http::sse::Event> events;  // SSE responses
  std::vector<Json> messages;            // the JSON body, or each SSE event's data
  std::optional<std::string> error;      // transport failure
  std::string last_event_id;

  bool is_sse() const { return headers.get("Content-Type") == "text/event-stream"; }
  // The response to request `id` among the messages.
  const Json* response(std::int64_t id) const {
    for (auto& m : messages)
      if (m.is_object() && m.as_object().contains("id") && m.at("id").is_int64() &&
          m.at("id").as_int64() == id &&
          (m.as_object().contains("result") || m.as_object().contains("error")))
        return &m;
    return nullptr;
  }
  int error_code() const {
    for (auto& m : messages)
      if (auto* e = m.as_object().if_contains("error"))
        return static_cast<int>(e->at("code").as_int64());
    return 0;
  }
};

inline Reply send(const std::string& method, const std::string& url, const std::string& body,
                  const http::Headers& headers, http::Cancel* cancel = nullptr,
                  std::function<void(const Json&)> on_message = {}) {
  static http::Client client;
  http::ClientRequest req{.method = method, .url = url, .headers = headers, .body = body};
  Reply reply;
  http::sse::Parser parser;
  http::BodyStream stream{.want =
                              [](const http::Response& head) {
                                return head.headers.get("Content-Type") == "text/event-stream";
                              },
                          .on_data =
                              [&](std::string_view piece) {
                                return parser.feed(piece, [&](http::sse::Event&& e) {
                                  if (!e.data.empty()) {
                                    Json m = boost::json::parse(e.data);
                                    reply.messages.push_back(m);
                                    if (on_message) on_message(m);
                                  }
                                  reply.events.push_back(std::move(e));
                                });
                              }};
  auto r = client.send(req, &stream, cancel);
  if (!r) {
    reply.error = r.error().message;
    return reply;
  }
  reply.status = r->status;
  reply.headers = r->headers;
  reply.body = r->body;
  reply.last_event_id = parser.last_event_id();
  if (!reply.is_sse() && !r->body.empty()) {
    boost::system::error_code ec;
    Json j = boost::json::parse(r->body, ec);
    if (!ec) reply.messages.push_back(j);
  }
  return reply;
}

inline JsonObject modern_meta(JsonObject capabilities = {},
                              std::optional<std::string> log_level = {}) {
  JsonObject meta{
      {"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
      {"io.modelcontextprotocol/clientCapabilities", std::move(capabilities)},
      {"io.modelcontextprotocol/clientInfo", JsonObject{{"name", "t"}, {"version", "1"}}}};
  if (log_level) meta["io.modelcontextprotocol/logLevel"] = *log_level;
  return meta;
}

inline std::string rpc_request(std::int64_t id, std::string_view method, JsonObject params) {
  JsonObject o{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
  return boost::json::serialize(o);
}

inline http::Headers base_headers() {
  http::Headers h;
  h.set("Content-Type", "application/json");
  h.set("Accept", "application/json, text/event-stream");
  return h;
}

// The headers a conforming 2026-07-28 client sends for `method` (and Mcp-Name when given).
inline http::Headers modern_headers(std::string_view method, std::optional<std::string> name = {}) {
  auto h = base_headers();
  h.set("MCP-Protocol-Version", "2026-07-28");
  h.set("Mcp-Method", std::string(method));
  if (name) h.set("Mcp-Name", http::encode_header_value(*name));
  return h;
}

inline Reply modern(const std::string& url, std::int64_t id, std::string_view method,
                    JsonObject params, std::optional<std::string> name = {},
                    JsonObject capabilities = {}) {
  params["_meta"] = modern_meta(std::move(capabilities));
  return send("POST", url, rpc_request(id, method, std::move(params)),
              modern_headers(method, std::move(name)));
}

// A stream read on its own thread (listen and GET streams stay open).
class BackgroundStream {
 public:
  BackgroundStream(std::string method, std::string url, std::string body, http::Headers headers) {
    thread_ = std::thread([=, this] {
      auto r = send(method, url, body, headers, &cancel_, [this](const Json& m) {
        std::lock_guard lock(mutex_);
        messages_.push_back(m);
        cv_.notify_all();
      });
      std::lock_guard lock(mutex_);
      reply_ = std::move(r);
      done_ = true;
      cv_.notify_all();
    });
  }
  ~BackgroundStream() {
    cancel_.cancel();
    if (thread_.joinable()) thread_.join();
  }
  // Waits until at least `n` messages arrived.
  bool wait_for(std::size_t n, std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return messages_.size() >= n; });
  }
  bool wait_done(std::chrono::milliseconds timeout = kWait) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return done_; });
  }
  std::vector<Json> messages() {
    std::lock_guard lock(mutex_);
    return messages_;
  }
  Reply reply() {
    std::lock_guard lock(mutex_);
    return reply_;
  }
  void cancel() { cancel_.cancel(); }

 private:
  http::Cancel cancel_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<Json> messages_;
  Reply reply_;
  bool done_ = false;
  std::thread thread_;
};

}  // namespace sallyport::testing::http_test
