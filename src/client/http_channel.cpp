// HttpChannel: the Streamable HTTP client transport (see client/http.hpp). Every outgoing frame
// becomes one POST on a worker thread; whatever comes back (a JSON body, SSE events, an HTTP
// error) becomes incoming frames, delivered one at a time. The channel reads the few fields of
// each message it needs for headers (method, name, `_meta` protocol version), and looks at two
// kinds of responses: initialize (the session) and tools/list (the x-mcp-header annotations).
#include "sallyport/client/http.hpp"

#include <condition_variable>
#include <expected>
#include <map>
#include <mutex>
#include <set>

#include <fmt/format.h>

#include "rpc/worker_pool.hpp"
#include "sallyport/client/client.hpp"
#include "sallyport/http/client.hpp"
#include "sallyport/http/param_headers.hpp"
#include "sallyport/http/sse.hpp"
#include "sallyport/model/log.hpp"
#include "sallyport/rpc/message.hpp"
#include "sallyport/wire/codec.hpp"

namespace sallyport {

namespace {

using Clock = std::chrono::steady_clock;

// Set while this thread hands a frame to the engine: a close() from in there (a handler reacting
// to a notification) must not wait for the delivering threads, this one included.
thread_local bool delivering = false;

struct Outgoing {
  enum class Kind { kRequest, kNotification, kResponse };
  Kind kind = Kind::kRequest;
  std::optional<rpc::RequestId> id;
  std::string method;
  Json params;
  bool modern = false;  // carries a 2026-07-28 `_meta` protocol version
  std::string version;  // that version
};

http::ClientOptions http_options(const HttpClientOptions& o) {
  http::ClientOptions h;
  h.connect_timeout = o.connect_timeout;
  h.request_timeout = o.request_timeout;
  h.stream_idle_timeout = o.stream_idle_timeout;
  h.max_body_bytes = o.max_message_bytes;
  h.verify_tls = o.verify_tls;
  h.ca_file = o.ca_file;
  h.client_certificate_file = o.client_certificate_file;
  h.client_private_key_file = o.client_private_key_file;
  h.user_agent = "sallyport";
  return h;
}

bool is_sse(const http::Response& r) {
  auto ct = r.headers.get("Content-Type");
  return ct && http::media_type(*ct) == "text/event-stream";
}

// params.name for tools/call and prompts/get, params.uri for resources/read.
std::optional<std::string> name_of(const Outgoing& o) {
  const char* key = nullptr;
  if (o.method == "tools/call" || o.method == "prompts/get") key = "name";
  if (o.method == "resources/read") key = "uri";
  if (!key || !o.params.is_object()) return std::nullopt;
  auto* v = o.params.get_object().if_contains(key);
  if (!v || !v->is_string()) return std::nullopt;
  return std::string(v->get_string());
}

std::string shorten(std::string_view text) {
  std::string out(text.substr(0, 200));
  for (auto& c : out)
    if (c == '\r' || c == '\n') c = ' ';
  return out;
}

}  // namespace

struct HttpChannel::Impl : std::enable_shared_from_this<HttpChannel::Impl> {
  std::string url;
  HttpClientOptions options;
  http::Client client;
  rpc::detail::WorkerPool workers;
  Callbacks callbacks;

  std::mutex deliver_mutex;  // frames go to the engine one at a time
  mutable std::mutex mutex;
  std::condition_variable cv;  // wakes reconnection waits on close/cancel
  bool started = false;
  bool closed = false;
  std::optional<std::string> session;  // 2025-11-25
  std::string legacy_version;          // negotiated by initialize
  struct InFlight {
    std::shared_ptr<http::Cancel> cancel;
    bool modern = false;
  };
  std::map<rpc::RequestId, InFlight> in_flight;
  std::set<std::shared_ptr<http::Cancel>> active;  // every open HTTP exchange, for close()
  std::map<std::string, std::vector<http::HeaderParam>> tool_params;
  bool get_started = false;
  bool get_opening = false;  // initialized was sent; the GET stream's head is not in yet

  Impl(std::string u, HttpClientOptions o)
      : url(std::move(u)),
        options(std::move(o)),
        client(http_options(options)),
        workers(std::max<std::size_t>(options.max_concurrent_posts, 2) + 1) {}

  // ---- delivery ---------------------------------------------------------------------------

  void deliver(std::string frame) {
    {
      std::lock_guard lock(mutex);
      if (closed) return;
    }
    std::lock_guard lock(deliver_mutex);
    delivering = true;
    struct Reset {
      ~Reset() { delivering = false; }
    } reset;
    if (callbacks.on_frame) callbacks.on_frame(std::move(frame));
  }

  void deliver_error(const rpc::RequestId& id, std::string message) {
    deliver(rpc::encode(
        rpc::Response::failure(id, Error{error_code::kConnectionClosed, std::move(message), {}})));
  }

  // The engine correlates by id: a body answering our request without one (an error about an
  // unreadable request, typically) is given ours.
  static void fix_id(Json& message, const rpc::RequestId& id) {
    auto* o = message.if_object();
    if (!o) return;
    auto* current = o->if_contains("id");
    if (!current || current->is_null()) (*o)["id"] = rpc::to_json(id);
  }

  bool answers(const Json& message, const rpc::RequestId& id) {
    auto* o = message.if_object();
    if (!o || (!o->contains("result") && !o->contains("error"))) return false;
    auto* v = o->if_contains("id");
    auto parsed = v ? rpc::request_id_from_json(*v) : std::nullopt;
    return parsed && *parsed == id;
  }

  // What the channel learns from responses before the engine sees them.
  void inspect(const Outgoing& o, Json& message) {
    auto* obj = message.if_object();
    auto* result = obj ? obj->if_contains("result") : nullptr;
    if (!result || !result->is_object()) return;
    if (o.method == "initialize") {
      if (auto* v = result->get_object().if_contains("protocolVersion"); v && v->is_string()) {
        std::lock_guard lock(mutex);
        legacy_version = std::string(v->get_string());
      }
    } else if (o.method == "tools/list") {
      filter_tools(result->get_object());
    }
  }

  // Tools whose x-mcp-header annotations are invalid must not be offered (2026-07-28, "Custom
  // Headers from Tool Parameters"); the valid ones' annotations drive Mcp-Param-* later.
  void filter_tools(JsonObject& result) {
    auto* tools = result.if_contains("tools");
    if (!tools || !tools->is_array()) return;
    JsonArray kept;
    std::map<std::string, std::vector<http::HeaderParam>> learned;
    for (auto& t : tools->get_array()) {
      auto* obj = t.if_object();
      auto* name = obj ? obj->if_contains("name") : nullptr;
      auto* schema = obj ? obj->if_contains("inputSchema") : nullptr;
      if (!name || !name->is_string() || !schema) {
        kept.push_back(t);  // malformed otherwise: the client's decoding reports it
        continue;
      }
      auto params = http::header_params(*schema);
      if (!params) {
        logger()->warn("ignoring tool '{}': invalid x-mcp-header annotation: {}",
                       shorten(name->get_string()), params.error());
        continue;
      }
      learned[std::string(name->get_string())] = std::move(*params);
      kept.push_back(t);
    }
    tools->get_array() = std::move(kept);
    std::lock_guard lock(mutex);
    for (auto& [k, v] : learned) tool_params[k] = std::move(v);
  }

  // ---- requests ---------------------------------------------------------------------------

  http::Headers headers_for(const Outgoing& o) {
    http::Headers h = options.headers;
    h.set("Content-Type", "application/json");
    h.set("Accept", "application/json, text/event-stream");
    if (o.kind != Outgoing::Kind::kResponse) h.set("Mcp-Method", o.method);
    if (auto name = name_of(o)) h.set("Mcp-Name", http::encode_header_value(*name));
    std::lock_guard lock(mutex);
    if (o.modern) {
      h.set("MCP-Protocol-Version", o.version);
      if (o.method == "tools/call" && name_of(o)) {
        auto it = tool_params.find(*name_of(o));
        auto* args = o.params.get_object().if_contains("arguments");
        if (it != tool_params.end() && args)
          for (auto& p : it->second)
            if (auto* v = http::param_value(*args, p))
              if (auto text = http::param_text(*v, p.type))
                h.set("Mcp-Param-" + p.name, http::encode_header_value(*text));
      }
      return h;
    }
    if (session) h.set("Mcp-Session-Id", *session);
    if (!legacy_version.empty()) h.set("MCP-Protocol-Version", legacy_version);
    return h;
  }

  std::shared_ptr<http::Cancel> track(std::shared_ptr<http::Cancel> cancel) {
    std::lock_guard lock(mutex);
    if (closed) cancel->cancel();
    active.insert(cancel);
    return cancel;
  }
  void untrack(const std::shared_ptr<http::Cancel>& cancel) {
    std::lock_guard lock(mutex);
    active.erase(cancel);
  }
  void forget(const Outgoing& o) {
    if (!o.id) return;
    std::lock_guard lock(mutex);
    in_flight.erase(*o.id);
  }

  // ---- authorization ----------------------------------------------------------------------

  struct Sent {
    std::expected<http::Response, http::ClientError> response;
    std::string refusal;  // set when the authorizer gave up on a 401/403: why
  };

  // Sends with the authorizer's credentials; a 401/403 it can fix is sent again. The request's
  // body is only read on success, so a refused attempt consumes nothing of `stream`.
  Sent send_authorized(http::ClientRequest request, const http::BodyStream* stream,
                       http::Cancel* cancel) {
    auto* authorizer = options.authorizer.get();
    const http::Headers base = request.headers;
    // A bound for a misbehaving authorizer; a sound one gives up well before.
    for (int attempt = 0;; ++attempt) {
      std::uint64_t generation = 0;
      if (authorizer) {
        request.headers = base;
        authorizer->authorize(request.method, request.url, request.headers, generation);
      }
      auto r = client.send(request, stream, cancel);
      if (!authorizer || !r) return {std::move(r), {}};
      if (r->status != 401 && r->status != 403) {
        authorizer->on_accepted(*r);
        return {std::move(r), {}};
      }
      std::string why;
      auto verdict = authorizer->on_refused(request.method, request.url, *r, generation, why);
      if (cancel && cancel->cancelled())
        return {std::unexpected(http::ClientError{http::ClientError::Kind::kCancelled, ""}), {}};
      if (verdict != http::RequestAuthorizer::Verdict::kRetry || attempt >= 8) {
        if (why.empty())
          why = fmt::format("the server refused the credentials (HTTP {})", r->status);
        return {std::move(r), std::move(why)};
      }
    }
  }

  // A response that came on another stream than its request's (a resumed or the session's GET
  // stream) settles that request: whatever still waits for it (a POST stream, a resumption)
  // stops, quietly.
  void answered_elsewhere(const Json& message) {
    auto* o = message.if_object();
    if (!o || (!o->contains("result") && !o->contains("error"))) return;
    auto* v = o->if_contains("id");
    auto id = v ? rpc::request_id_from_json(*v) : std::nullopt;
    if (!id) return;
    std::shared_ptr<http::Cancel> settled;
    {
      std::lock_guard lock(mutex);
      if (auto it = in_flight.find(*id); it != in_flight.end()) settled = it->second.cancel;
    }
    if (!settled) return;
    settled->cancel();
    cv.notify_all();
  }

  // The session's GET stream opened, or will not: requests held back for it may go.
  void get_stream_settled() {
    {
      std::lock_guard lock(mutex);
      get_opening = false;
    }
    cv.notify_all();
  }

  // Reads an SSE body: each event's data is an incoming message.
  struct EventReader {
    Impl& impl;
    const Outgoing& o;
    http::sse::Parser parser;
    bool got_response = false;
    bool any_event = false;

    EventReader(Impl& i, const Outgoing& out, std::size_t max) : impl(i), o(out), parser(max) {}

    bool feed(std::string_view piece) {
      bool ok = parser.feed(piece, [&](http::sse::Event&& e) {
        any_event = true;
        if (e.data.empty()) return;
        boost::system::error_code ec;
        Json message = boost::json::parse(e.data, ec);
        if (ec) {
          logger()->debug("http: ignoring an SSE event that is not JSON");
          return;
        }
        if (o.id && impl.answers(message, *o.id)) {
          got_response = true;
          impl.inspect(o, message);
        } else {
          impl.answered_elsewhere(message);
        }
        impl.deliver(boost::json::serialize(message));
      });
      if (!parser.last_event_id().empty()) any_event = true;
      // Our answer is in: nothing on this stream concerns us any more.
      return ok && !got_response;
    }
  };

  void post(Outgoing o, std::string frame, std::shared_ptr<http::Cancel> cancel) {
    // Unless initialized went through and started the GET stream, nothing is worth waiting for.
    struct SettleUnlessStarted {
      Impl* impl;
      ~SettleUnlessStarted() {
        if (!impl) return;
        bool started_get;
        {
          std::lock_guard lock(impl->mutex);
          started_get = impl->get_started;
        }
        if (!started_get) impl->get_stream_settled();
      }
    } settle{o.method == "notifications/initialized" ? this : nullptr};
    track(cancel);
    http::ClientRequest req{
        .method = "POST", .url = url, .headers = headers_for(o), .body = std::move(frame)};
    EventReader reader(*this, o, options.max_message_bytes);
    http::BodyStream body{.want =
                              [&](const http::Response& head) {
                                // The session id must be known before the engine sees the
                                // initialize result (it answers with notifications/initialized
                                // right away, on another thread).
                                if (o.method == "initialize" && head.status / 100 == 2)
                                  if (auto sid = head.headers.get("Mcp-Session-Id");
                                      sid && !sid->empty()) {
                                    std::lock_guard lock(mutex);
                                    session = std::string(*sid);
                                  }
                                return is_sse(head);
                              },
                          .on_data =
                              [&](std::string_view piece) {
                                return reader.feed(piece);
                              }};
    auto [r, refusal] = send_authorized(std::move(req), &body, cancel.get());
    untrack(cancel);
    bool is_request = o.kind == Outgoing::Kind::kRequest;
    if (r && !refusal.empty()) {
      forget(o);
      if (is_request) return deliver_error(*o.id, std::string(kAuthorizationFailed) + refusal);
      logger()->warn("http: sending {} failed: {}{}", o.method.empty() ? "a response" : o.method,
                     kAuthorizationFailed, refusal);
      return;
    }
    if (!r) {
      forget(o);
      if (r.error().kind == http::ClientError::Kind::kCancelled) return;  // answered locally
      if (is_request) return deliver_error(*o.id, "HTTP request failed: " + r.error().message);
      logger()->warn("http: sending {} failed: {}", o.method.empty() ? "a response" : o.method,
                     r.error().message);
      return;
    }
    if (is_sse(*r)) {
      if (is_request && !reader.got_response) resume(o, reader, cancel);
      forget(o);
      return;
    }
    forget(o);
    if (r->status == 404 && !o.modern) {
      std::lock_guard lock(mutex);
      if (session) {
        // The server ended the session: a new one needs a new initialize.
        logger()->warn("http: the server ended the MCP session (HTTP 404)");
        session.reset();
      }
    }
    if (!is_request) {
      if (r->status / 100 != 2)
        logger()->warn("http: the server refused {} with HTTP {}: {}",
                       o.method.empty() ? "a response" : o.method, r->status, shorten(r->body));
      else if (o.method == "notifications/initialized")
        start_get_stream();
      return;
    }
    boost::system::error_code ec;
    Json message = r->body.empty() ? Json() : boost::json::parse(r->body, ec);
    // An OAuth-style body ({"error": "unauthorized"}) is not a JSON-RPC response: only a
    // "jsonrpc" message with a result or an error object is one.
    auto* fields = !ec ? message.if_object() : nullptr;
    auto* version = fields ? fields->if_contains("jsonrpc") : nullptr;
    auto* error = fields ? fields->if_contains("error") : nullptr;
    bool rpc_response = version && version->is_string() && version->get_string() == "2.0" &&
                        (fields->contains("result") || (error && error->is_object()));
    if (!rpc_response) {
      // Never leave the engine waiting: an HTTP failure becomes a JSON-RPC error. (A legacy
      // server refusing server/discover this way is how the era probe learns to fall back.)
      return deliver_error(*o.id,
                           r->status / 100 == 2
                               ? fmt::format("HTTP {} without a JSON-RPC response", r->status)
                               : fmt::format("HTTP {}: {}", r->status, shorten(r->body)));
    }
    fix_id(message, *o.id);
    inspect(o, message);
    deliver(boost::json::serialize(message));
  }

  // Waits (interruptibly) before reconnecting.
  bool wait_before_retry(std::chrono::milliseconds delay,
                         const std::shared_ptr<http::Cancel>& cancel) {
    std::unique_lock lock(mutex);
    cv.wait_for(lock, delay, [&] { return closed || (cancel && cancel->cancelled()); });
    return !closed && !(cancel && cancel->cancelled());
  }

  std::chrono::milliseconds retry_of(const http::sse::Parser& p) const {
    auto r = p.retry().value_or(options.default_retry);
    return std::clamp(r, std::chrono::milliseconds(0), std::chrono::milliseconds(60'000));
  }

  // 2025-11-25: a stream that ended before our response is resumed from its last event id.
  void resume(const Outgoing& o, EventReader& first, const std::shared_ptr<http::Cancel>& cancel) {
    std::string last_id = first.parser.last_event_id();
    auto delay = retry_of(first.parser);
    bool have_session;
    {
      std::lock_guard lock(mutex);
      have_session = session.has_value();
    }
    if (o.modern || last_id.empty() || !have_session)
      return deliver_error(*o.id, "the server closed the stream before answering");
    std::size_t failures = 0;
    while (failures < options.max_reconnect_attempts) {
      if (!wait_before_retry(delay, cancel)) return;
      auto h = headers_for(o);
      h.remove("Content-Type");
      h.remove("Mcp-Method");
      h.remove("Mcp-Name");
      h.set("Accept", "text/event-stream");
      h.set("Last-Event-ID", last_id);
      EventReader reader(*this, o, options.max_message_bytes);
      http::BodyStream body{.want = [](const http::Response& head) { return is_sse(head); },
                            .on_data =
                                [&](std::string_view piece) {
                                  return reader.feed(piece);
                                }};
      track(cancel);
      auto [r, refusal] = send_authorized(
          {.method = "GET", .url = url, .headers = std::move(h), .body = {}}, &body, cancel.get());
      untrack(cancel);
      if (!r && r.error().kind == http::ClientError::Kind::kCancelled) return;
      if (reader.got_response) return;
      if (!refusal.empty())
        return deliver_error(*o.id, std::string(kAuthorizationFailed) + refusal);
      if (r && !is_sse(*r) && r->status / 100 == 4) break;  // the stream is gone for good
      if (!reader.parser.last_event_id().empty()) last_id = reader.parser.last_event_id();
      delay = retry_of(reader.parser.retry() ? reader.parser : first.parser);
      failures = reader.any_event ? 0 : failures + 1;
    }
    deliver_error(*o.id, "lost the stream carrying the response");
  }

  // 2025-11-25: the session's stream for server-initiated messages, kept open.
  void start_get_stream() {
    {
      std::lock_guard lock(mutex);
      if (get_started || !session || !options.open_get_stream || closed) return;
      get_started = true;
    }
    workers.post([self = shared_from_this()] { self->get_loop(); });
  }

  void get_loop() {
    auto cancel = std::make_shared<http::Cancel>();
    Outgoing none;
    none.kind = Outgoing::Kind::kNotification;
    std::string last_id;
    auto delay = options.default_retry;
    std::size_t failures = 0;
    for (;;) {
      http::Headers h;
      {
        std::lock_guard lock(mutex);
        if (closed || !session) return;
        h = options.headers;
        h.set("Mcp-Session-Id", *session);
        if (!legacy_version.empty()) h.set("MCP-Protocol-Version", legacy_version);
      }
      h.set("Accept", "text/event-stream");
      if (!last_id.empty()) h.set("Last-Event-ID", last_id);
      EventReader reader(*this, none, options.max_message_bytes);
      http::BodyStream body{.want =
                                [&](const http::Response& head) {
                                  get_stream_settled();
                                  return is_sse(head);
                                },
                            .on_data =
                                [&](std::string_view piece) {
                                  return reader.feed(piece);
                                }};
      track(cancel);
      auto [r, refusal] = send_authorized(
          {.method = "GET", .url = url, .headers = std::move(h), .body = {}}, &body, cancel.get());
      untrack(cancel);
      get_stream_settled();  // no head at all (refused, unreachable): nothing to wait for
      if (!r && r.error().kind == http::ClientError::Kind::kCancelled) return;
      if (!refusal.empty()) {
        logger()->warn("http: the session's event stream: authorization failed: {}", refusal);
        return;
      }
      if (r && r->status == 405) return;  // the server offers no such stream: fine
      if (r && r->status == 404) return;  // the session is gone
      if (!reader.parser.last_event_id().empty()) last_id = reader.parser.last_event_id();
      if (reader.parser.retry()) delay = retry_of(reader.parser);
      failures = reader.any_event ? 0 : failures + 1;
      if (failures > options.max_reconnect_attempts) {
        logger()->warn("http: giving up on the session's event stream");
        return;
      }
      if (!wait_before_retry(delay, cancel)) return;
    }
  }

  // ---- channel ----------------------------------------------------------------------------

  bool send(std::string frame) {
    {
      std::lock_guard lock(mutex);
      if (closed || !started) return false;
    }
    boost::system::error_code ec;
    Json value = boost::json::parse(frame, ec);
    if (ec) return false;
    auto decoded = rpc::decode(value);
    if (!decoded) return false;
    Outgoing o;
    if (auto* r = std::get_if<rpc::Request>(&*decoded)) {
      o.kind = Outgoing::Kind::kRequest;
      o.id = r->id;
      o.method = r->method;
      o.params = std::move(r->params);
    } else if (auto* n = std::get_if<rpc::Notification>(&*decoded)) {
      o.kind = Outgoing::Kind::kNotification;
      o.method = n->method;
      o.params = std::move(n->params);
    } else {
      o.kind = Outgoing::Kind::kResponse;
    }
    if (auto* p = o.params.if_object())
      if (auto* meta = p->if_contains("_meta"); meta && meta->is_object())
        if (auto* v = meta->get_object().if_contains(meta_key::kProtocolVersion);
            v && v->is_string()) {
          o.version = std::string(v->get_string());
          o.modern = !wire::is_legacy_version(o.version);
        }

    if (o.kind == Outgoing::Kind::kNotification && o.method == "notifications/cancelled") {
      auto* rid = o.params.is_object() ? o.params.get_object().if_contains("requestId") : nullptr;
      auto id = rid ? rpc::request_id_from_json(*rid) : std::nullopt;
      InFlight target;
      {
        std::lock_guard lock(mutex);
        if (id)
          if (auto it = in_flight.find(*id); it != in_flight.end()) target = it->second;
      }
      if (target.cancel) {
        target.cancel->cancel();
        cv.notify_all();
        // 2026-07-28 over HTTP: closing the stream is the cancellation; nothing is posted.
        if (target.modern) return true;
      } else if (!legacy_session()) {
        return true;  // nothing in flight and no session to tell: nothing to do
      }
    }

    if (o.kind == Outgoing::Kind::kNotification && o.method == "notifications/initialized") {
      std::lock_guard lock(mutex);
      get_opening = session && options.open_get_stream && !get_started &&
                    options.get_stream_open_wait.count() > 0;
    } else if (o.kind == Outgoing::Kind::kRequest && !o.modern) {
      // The session's stream goes first: a server may send what follows initialization there.
      std::unique_lock lock(mutex);
      cv.wait_for(lock, options.get_stream_open_wait, [&] { return !get_opening || closed; });
    }

    auto cancel = std::make_shared<http::Cancel>();
    if (o.kind == Outgoing::Kind::kRequest) {
      std::lock_guard lock(mutex);
      in_flight[*o.id] = InFlight{cancel, o.modern};
    }
    workers.post(
        [self = shared_from_this(), o = std::move(o), frame = std::move(frame), cancel]() mutable {
          self->post(std::move(o), std::move(frame), std::move(cancel));
        });
    return true;
  }

  bool legacy_session() const {
    std::lock_guard lock(mutex);
    return session.has_value();
  }

  void close() {
    std::optional<std::string> ending;
    std::vector<std::shared_ptr<http::Cancel>> cancels;
    {
      std::lock_guard lock(mutex);
      if (closed) return;
      closed = true;
      ending = session;
      for (auto& c : active) cancels.push_back(c);
      for (auto& [id, f] : in_flight) cancels.push_back(f.cancel);
    }
    cv.notify_all();
    for (auto& c : cancels) c->cancel();
    if (ending) {
      // The session is over for us: tell the server (briefly; it may already be gone).
      http::ClientOptions quick = http_options(options);
      quick.connect_timeout = std::chrono::milliseconds(2000);
      quick.request_timeout = std::chrono::milliseconds(2000);
      http::Client once(quick);
      http::Headers h = options.headers;
      h.set("Mcp-Session-Id", *ending);
      std::string version;
      {
        std::lock_guard lock(mutex);
        version = legacy_version;
      }
      if (!version.empty()) h.set("MCP-Protocol-Version", version);
      if (options.authorizer) {
        std::uint64_t generation = 0;
        options.authorizer->authorize("DELETE", url, h, generation);
      }
      auto r = once.send({.method = "DELETE", .url = url, .headers = std::move(h), .body = {}});
      if (!r) logger()->debug("http: DELETE of the session failed: {}", r.error().message);
    }
    if (!delivering) workers.shutdown();  // else the pool winds down when the channel goes
    if (callbacks.on_close) callbacks.on_close(std::nullopt);
  }
};

HttpChannel::HttpChannel(std::string url, HttpClientOptions options) {
  if (!url.starts_with("http://") && !url.starts_with("https://"))
    throw std::invalid_argument("an MCP HTTP endpoint URL must start with http:// or https://");
  impl_ = std::make_shared<Impl>(std::move(url), std::move(options));
}

HttpChannel::~HttpChannel() {
  close();
}

void HttpChannel::start(Callbacks callbacks) {
  std::lock_guard lock(impl_->mutex);
  impl_->callbacks = std::move(callbacks);
  impl_->started = true;
}

bool HttpChannel::send(std::string frame) {
  return impl_->send(std::move(frame));
}

void HttpChannel::close() {
  impl_->close();
}

std::optional<std::string> HttpChannel::session_id() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->session;
}

std::unique_ptr<Client> Client::connect_http(const std::string& url, ClientOptions options,
                                             ClientHandlers handlers) {
  return connect_http(url, std::move(options), std::move(handlers), HttpClientOptions{});
}

std::unique_ptr<Client> Client::connect_http(const std::string& url, ClientOptions options,
                                             ClientHandlers handlers,
                                             const HttpClientOptions& http) {
  HttpClientOptions o = http;
  o.max_message_bytes = std::max(o.max_message_bytes, options.max_message_bytes);
  return connect(std::make_shared<HttpChannel>(url, std::move(o)), std::move(options),
                 std::move(handlers));
}

}  // namespace sallyport
