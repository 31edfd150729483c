// The MCP endpoint: routes each HTTP request to the era it belongs to, validates what the
// transport specification makes the transport's business, and hands JSON-RPC requests to the
// engine through an HttpExchange, right on the I/O thread that read them (http::Server replaces
// an I/O thread whose handler turns out to be slow or blocks, so that costs no thread wake-up).
// Only a token's first verification goes to a worker.
//
// Era of a POSTed request (body first, as the 2026-07-28 "Backward Compatibility" rules have it):
// `_meta` names a protocol version → that version's era (modern versions are validated and
// served statelessly); no claim → `initialize` opens a legacy session; anything else without a
// claim is legacy session traffic, unless MCP-Protocol-Version names a non-legacy version and no
// session is given (then it is a malformed modern request and is told so).
#include <chrono>
#include <csignal>
#include <list>
#include <map>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "rpc/worker_pool.hpp"
#include "sallyport/auth/authenticator.hpp"
#include "sallyport/auth/principal.hpp"
#include "sallyport/http/server.hpp"
#include "sallyport/model/log.hpp"
#include "server/http/internal.hpp"

namespace sallyport {

using server::http_binding::error_response;
using server::http_binding::HttpExchange;
using server::http_binding::kTransportError;
using server::http_binding::LiveSession;
using server::http_binding::LogicalStream;

namespace {

std::optional<std::string> header(const http::Request& r, std::string_view name) {
  auto v = r.headers.get(name);
  if (!v) return std::nullopt;
  return std::string(*v);
}

Error transport_error(std::string message) {
  return Error{kTransportError, std::move(message), {}};
}

http::Response accepted() {
  http::Response r;
  r.status = 202;
  return r;
}

// The `_meta` protocol version claim of a message's params: absent, or the value (which may be
// of the wrong type: the modern path reports that).
const Json* version_claim(const Json& params) {
  auto* p = params.if_object();
  auto* meta = p ? p->if_contains("_meta") : nullptr;
  if (!meta || !meta->is_object()) return nullptr;
  return meta->get_object().if_contains(meta_key::kProtocolVersion);
}

bool legacy_version(const Json* claim) {
  return claim && claim->is_string() && wire::is_legacy_version(claim->get_string());
}

Error unsupported_version(std::string_view requested, bool legacy_served) {
  JsonArray supported;
  for (auto& v : wire::supported_versions())
    if (legacy_served || !wire::is_legacy_version(v)) supported.emplace_back(v);
  return Error{error_code::kUnsupportedProtocolVersion, "Unsupported protocol version",
               JsonObject{{"supported", std::move(supported)}, {"requested", requested}}};
}

// Whether the request target's query has an `access_token` parameter (name percent-decoded):
// RFC 6750 §2.3 tokens, refused because URLs end up in logs, history and Referer.
int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool access_token_in_query(std::string_view target) {
  auto q = target.find('?');
  if (q == std::string_view::npos) return false;
  std::string_view query = target.substr(q + 1);
  constexpr std::string_view kName = "access_token";
  while (!query.empty()) {
    auto amp = query.find('&');
    auto param = query.substr(0, amp);
    auto name = param.substr(0, param.find('='));
    std::string decoded;  // no longer than the name sought plus one: enough to compare
    for (std::size_t i = 0; i < name.size() && decoded.size() <= kName.size(); ++i) {
      if (name[i] == '%' && i + 2 < name.size() && hex_digit(name[i + 1]) >= 0 &&
          hex_digit(name[i + 2]) >= 0) {
        decoded += static_cast<char>(hex_digit(name[i + 1]) * 16 + hex_digit(name[i + 2]));
        i += 2;
      } else {
        decoded += name[i];
      }
    }
    if (decoded == kName) return true;
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return false;
}

// The Authorization header as the Authenticator wants it: several fields joined with ", ", so
// that a request carrying two is refused as malformed rather than judged by one of them. The
// usual single field is a view into the request (`joined` stays empty): no copy per request.
std::optional<std::string_view> authorization_header(const http::Request& r, std::string& joined) {
  std::optional<std::string_view> first;
  for (auto& [name, value] : r.headers) {
    if (!http::iequals(name, "Authorization")) continue;
    if (!first) {
      first = value;
      continue;
    }
    if (joined.empty()) joined = *first;
    joined += ", ";
    joined += value;
  }
  if (!joined.empty()) return std::string_view(joined);
  return first;
}

http::Response refusal(const auth::AuthChallenge& c) {
  http::Response r;
  r.status = c.status;
  r.headers.set("WWW-Authenticate", c.www_authenticate);
  r.headers.set("Content-Type", "application/json");
  r.body = c.body;
  return r;
}

// "<stream>-<sequence>", as LogicalStream writes them.
std::optional<std::pair<std::uint64_t, std::uint64_t>> parse_event_id(std::string_view id) {
  auto dash = id.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == id.size()) return std::nullopt;
  auto number = [](std::string_view s) -> std::optional<std::uint64_t> {
    if (s.empty() || s.size() > 19) return std::nullopt;
    std::uint64_t v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return v;
  };
  auto a = number(id.substr(0, dash));
  auto b = number(id.substr(dash + 1));
  if (!a || !b) return std::nullopt;
  return std::pair{*a, *b};
}

}  // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  using Caller = std::shared_ptr<const Principal>;

  Server& server;
  server::http_binding::Shared shared;
  server::http_binding::OriginPolicy origin;
  std::shared_ptr<SessionStore> store;
  std::unique_ptr<http::Server> http;
  rpc::detail::WorkerPool workers;
  std::atomic<std::size_t> running{0};
  std::shared_ptr<const auth::Authenticator> authn;  // null: no authorization
  std::atomic<std::size_t> verifying{0};             // token verifications on workers
  std::atomic<bool> stopping{false};

  mutable std::mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<LiveSession>> sessions;
  std::list<std::weak_ptr<HttpExchange>> listeners;  // modern listen streams, ended on stop()

  // Long-lived streams (legacy GET streams, modern listen streams) end when the credentials
  // they were opened with expire: the client comes back with fresh ones (resuming from
  // Last-Event-ID, or listening again), so a token's lifetime bounds what it can receive.
  // Each entry lives until its time or until its stream is gone (pruned by sweep()).
  struct Expiring {
    std::weak_ptr<const void> stream;
    std::function<void()> end;
  };
  std::mutex expiring_mutex;
  std::multimap<std::chrono::system_clock::time_point, Expiring> expiring;

  std::mutex janitor_mutex;
  std::condition_variable janitor_cv;
  std::thread janitor;
  bool stop_done = false;
  std::condition_variable stopped_cv;

  Impl(Server& s, HttpOptions o)
      : server(s), workers(std::max<std::size_t>(o.max_concurrent_requests, 1)) {
    shared.engine = &s.engine();
    shared.options = std::move(o);
    auto& opt = shared.options;
    if (opt.path.empty() || opt.path.front() != '/')
      throw std::invalid_argument("HttpOptions.path must start with '/'");
    if (opt.max_sessions == 0) throw std::invalid_argument("HttpOptions.max_sessions must be > 0");
    origin = server::http_binding::make_origin_policy(opt);
    authn = opt.authorization;
    store = opt.session_store ? opt.session_store
                              : memory_session_store(opt.session_idle_ttl, opt.max_sessions);
    shared.events = opt.event_store
                        ? opt.event_store
                        : memory_event_store(opt.max_events_per_stream, opt.max_streams_per_session,
                                             opt.max_event_bytes_per_session);
  }

  const HttpOptions& options() const { return shared.options; }
  Server::Engine& engine() { return *shared.engine; }

  // ---- routing ------------------------------------------------------------------------------

  void handle(http::Request req, std::shared_ptr<http::Responder> res) {
    if (authn && serve_metadata(req, *res)) return;
    if (req.path != options().path)
      return res->respond(error_response(404, std::nullopt, transport_error("Not Found")));
    if (auto why = server::http_binding::check_host_and_origin(req, origin)) {
      logger()->info("http: refused request from {}: {}", req.remote_address, *why);
      return res->respond(error_response(403, std::nullopt, transport_error("Forbidden: " + *why)));
    }
    bool served = req.method == "POST" ||
                  (options().legacy && (req.method == "GET" || req.method == "DELETE"));
    if (!served) {
      auto r = error_response(405, std::nullopt, transport_error("Method Not Allowed"));
      r.headers.set("Allow", options().legacy ? "GET, POST, DELETE" : "POST");
      return res->respond(std::move(r));
    }
    if (!authn) return route(std::move(req), std::move(res), nullptr);
    authenticate(std::move(req), std::move(res));
  }

  void route(http::Request req, std::shared_ptr<http::Responder> res, Caller who) {
    if (req.method == "POST") return post(std::move(req), std::move(res), std::move(who));
    if (req.method == "GET") return get(req, std::move(res), who);
    del(req, std::move(res), who);
  }

  // ---- authorization ------------------------------------------------------------------------

  // RFC 9728 metadata: public, so any origin may read it (browser-based clients fetch it before
  // they have a token, some with an MCP-Protocol-Version header, hence the preflight answer).
  bool serve_metadata(const http::Request& req, http::Responder& res) {
    auto& paths = authn->metadata_paths();
    if (std::find(paths.begin(), paths.end(), req.path) == paths.end()) return false;
    http::Response r;
    r.headers.set("Access-Control-Allow-Origin", "*");
    if (req.method == "GET") {
      r.headers.set("Content-Type", "application/json");
      r.body = authn->protected_resource_metadata_body();
    } else if (req.method == "OPTIONS") {
      r.status = 204;
      r.headers.set("Access-Control-Allow-Methods", "GET, OPTIONS");
      r.headers.set("Access-Control-Allow-Headers", "*");
      r.headers.set("Access-Control-Max-Age", "86400");
    } else {
      r = error_response(405, std::nullopt, transport_error("Method Not Allowed"));
      r.headers.set("Allow", "GET, OPTIONS");
    }
    res.respond(std::move(r));
    return true;
  }

  // Before anything of the request is interpreted. A refusal of the request's form or a token
  // verified before (the Authenticator's cache, by digest) is answered here on the I/O thread;
  // only a token seen for the first time goes to a worker, since verifying it may fetch keys or
  // introspect. Those verifications are bounded like handlers: beyond the cap, 503.
  void authenticate(http::Request req, std::shared_ptr<http::Responder> res) {
    std::string joined;
    auto view = authorization_header(req, joined);
    bool in_query = access_token_in_query(req.target);
    if (auto known = authn->authenticate_cached(view, in_query))
      return authorized(std::move(req), std::move(res), std::move(*known));
    // The worker needs its own copy: `view` points into `req`, which moves.
    std::optional<std::string> header;
    if (view) header = std::string(*view);
    if (verifying.fetch_add(1) >= options().max_concurrent_requests) {
      verifying--;
      return res->respond(error_response(
          503, std::nullopt, transport_error("Service Unavailable: too many requests in flight")));
    }
    workers.post([self = shared_from_this(), req = std::move(req), res = std::move(res),
                  header = std::move(header), in_query]() mutable {
      auto result = self->authn->authenticate(header, in_query);
      self->verifying--;
      self->authorized(std::move(req), std::move(res), std::move(result));
    });
  }

  void authorized(http::Request req, std::shared_ptr<http::Responder> res,
                  auth::AuthResult result) {
    if (!result) {
      // The reason is a fixed phrase; the token is never logged.
      logger()->debug(
          "http: {} {} from {}: {}", result.error().status, req.method, req.remote_address,
          result.error().description.empty() ? "no bearer token" : result.error().description);
      return res->respond(refusal(result.error()));
    }
    route(std::move(req), std::move(res), std::move(*result));
  }

  void post(http::Request req, std::shared_ptr<http::Responder> res, Caller who) {
    auto content_type = req.headers.get("Content-Type");
    // media_type() without its lower-cased copy: the type before any parameters, any case.
    if (!content_type ||
        !http::iequals(http::trim_ows(content_type->substr(0, content_type->find(';'))),
                       "application/json"))
      return res->respond(error_response(
          415, std::nullopt,
          transport_error("Unsupported Media Type: Content-Type must be application/json")));
    auto accept = req.headers.get("Accept").value_or("");
    if (!http::accepts(accept, "application/json") || !http::accepts(accept, "text/event-stream"))
      return res->respond(error_response(
          406, std::nullopt,
          transport_error(
              "Not Acceptable: Accept must list application/json and text/event-stream")));
    boost::system::error_code ec;
    Json body = rpc::parse_json(req.body, engine().options.limits.max_json_depth, ec);
    if (ec)
      return res->respond(
          error_response(400, std::nullopt, Error::parse_error("Parse error: invalid JSON")));
    if (body.is_array())
      return res->respond(error_response(
          400, std::nullopt,
          Error::invalid_request("Invalid Request: JSON-RPC batches are not supported")));
    auto message = rpc::decode(std::move(body));  // params move into the request: no copy
    if (!message)
      return res->respond(error_response(400, message.error().id, message.error().error));

    auto version_header = header(req, "MCP-Protocol-Version");
    bool has_session = req.headers.contains("Mcp-Session-Id");
    bool modern_header = version_header && !wire::is_legacy_version(*version_header);

    if (auto* request = std::get_if<rpc::Request>(&*message)) {
      if (auto refused = operation_scopes_refusal(*request, who))
        return res->respond(refusal(*refused));
      const Json* claim = version_claim(request->params);
      bool modern = claim ? !legacy_version(claim)
                          : request->method != "initialize" && modern_header && !has_session;
      if (modern || !options().legacy)
        return modern_request(req, std::move(*request), std::move(res), std::move(who));
      return legacy_request(req, std::move(*request), std::move(res), std::move(who));
    }
    if (auto* n = std::get_if<rpc::Notification>(&*message)) {
      // 2026-07-28 defines no client notifications over HTTP: accept and ignore them.
      if (!has_session && (modern_header ||
                           (version_claim(n->params) && !legacy_version(version_claim(n->params)))))
        return res->respond(accepted());
      return legacy_notification(req, std::move(*n), std::move(res), who);
    }
    return legacy_response(req, std::move(std::get<rpc::Response>(*message)), std::move(res), who);
  }

  // A tool's own scopes (ToolBuilder::required_scopes), checked like the server-wide ones and
  // before anything runs: 403 insufficient_scope naming every scope the call needs. Only where
  // there is a token to check (authorization on).
  std::optional<auth::AuthChallenge> operation_scopes_refusal(const rpc::Request& request,
                                                              const Caller& who) {
    if (!authn || !who || request.method != "tools/call") return std::nullopt;
    auto* params = request.params.if_object();
    auto* name = params ? params->if_contains("name") : nullptr;
    if (!name || !name->is_string()) return std::nullopt;  // the engine answers -32602
    auto tool = engine().find_tool(name->get_string());
    if (!tool || tool->required_scopes.empty()) return std::nullopt;
    return authn->require_scopes(*who, tool->required_scopes);
  }

  // ---- 2026-07-28 ---------------------------------------------------------------------------

  void modern_request(const http::Request& req, rpc::Request request,
                      std::shared_ptr<http::Responder> res, Caller who) {
    auto fail = [&](Error e) {
      res->respond(error_response(400, request.id, e));
    };
    auto version_header = header(req, "MCP-Protocol-Version");
    if (!options().legacy && request.method == "initialize" && !version_claim(request.params))
      return fail(unsupported_version(version_header.value_or(""), false));
    if (!version_header)
      return fail(Error{
          error_code::kHeaderMismatch, "Header mismatch: missing MCP-Protocol-Version header", {}});
    auto envelope = wire::modern_codec().read_envelope(request.params);
    if (!envelope) return fail(envelope.error());
    if (envelope->protocol_version != *version_header)
      return fail(Error{error_code::kHeaderMismatch,
                        fmt::format("Header mismatch: MCP-Protocol-Version header '{}' does not "
                                    "match _meta protocolVersion '{}'",
                                    *version_header, envelope->protocol_version),
                        {}});
    const wire::Codec* codec = wire::codec_for(envelope->protocol_version);
    if (!codec || codec->era() != Era::kModern)
      return fail(unsupported_version(envelope->protocol_version, options().legacy));
    if (auto e = server::http_binding::check_standard_headers(req, request)) return fail(*e);
    if (request.method == "tools/call") {
      auto* params = request.params.if_object();
      auto* name = params ? params->if_contains("name") : nullptr;
      if (name && name->is_string())
        if (auto tool = engine().find_tool(name->get_string()))
          if (auto e = server::http_binding::check_param_headers(req, request, tool->tool))
            return fail(*e);
    }
    auto connection = std::make_shared<server::detail::Connection>();
    connection->can_send_requests = false;
    connection->principal = who;
    dispatch(Era::kModern, std::move(request), std::move(res), nullptr, std::move(connection), {},
             std::move(who), {}, std::move(*envelope));
  }

  // ---- 2025-11-25 ---------------------------------------------------------------------------

  // With authorization, a session is visible only to the principal that opened it.
  bool owned_by(const LiveSession& live, const Caller& who) const {
    if (!authn) return true;
    return live.owner && who && auth::same_principal(*live.owner, *who);
  }

  // The session a request names: answers 400 (no header) / 404 (unknown, expired, or opened by
  // another principal) itself.
  std::shared_ptr<LiveSession> session_for(const http::Request& req,
                                           const std::shared_ptr<http::Responder>& res,
                                           const Caller& who,
                                           const std::optional<rpc::RequestId>& id = {}) {
    auto sid = req.headers.get("Mcp-Session-Id");
    if (!sid) {
      res->respond(error_response(
          400, id, transport_error("Bad Request: Mcp-Session-Id header is required")));
      return nullptr;
    }
    auto key = server::http_binding::session_key(*sid);
    std::shared_ptr<LiveSession> live;
    {
      std::lock_guard lock(mutex);
      if (auto it = sessions.find(key); it != sessions.end()) live = it->second;
    }
    // Someone else's session: not touched (their requests must not keep it alive), not ended.
    if (live && !owned_by(*live, who)) {
      logger()->info("http: session named by another principal, from {}", req.remote_address);
      live = nullptr;
    } else if (live && !store->touch(key)) {
      end_session(key);
      live = nullptr;
    }
    if (!live) {
      res->respond(error_response(404, id, transport_error("Session not found")));
      return nullptr;
    }
    if (auto v = req.headers.get("MCP-Protocol-Version"); v && !wire::codec_for(*v)) {
      res->respond(error_response(
          400, id,
          transport_error(fmt::format("Bad Request: unsupported MCP-Protocol-Version '{}'", *v))));
      return nullptr;
    }
    return live;
  }

  void legacy_request(const http::Request& req, rpc::Request request,
                      std::shared_ptr<http::Responder> res, Caller who) {
    if (request.method != "initialize") {
      auto live = session_for(req, res, who, request.id);
      if (!live) return;
      return dispatch(Era::kLegacy, std::move(request), std::move(res), live, live->connection, {},
                      std::move(who));
    }
    if (stopping)
      return res->respond(
          error_response(503, request.id, transport_error("Service Unavailable: shutting down")));
    // initialize: a new session, whatever the request carries.
    std::string id = server::http_binding::new_session_id();
    std::string key = server::http_binding::session_key(id);
    SessionRecord record;
    record.key = key;
    record.principal = who ? auth::session_binding(*who) : std::string{};
    if (auto* p = request.params.if_object())
      if (auto* v = p->if_contains("protocolVersion"); v && v->is_string())
        record.protocol_version = std::string(v->get_string());
    if (!store->create(record))
      return res->respond(error_response(
          503, request.id, transport_error("Service Unavailable: too many sessions")));
    auto live = std::make_shared<LiveSession>();
    live->key = key;
    live->owner = who;
    live->connection = std::make_shared<server::detail::Connection>();
    live->connection->principal = who;
    live->standalone = std::make_shared<LogicalStream>(shared, true, key, 0);
    std::weak_ptr<LiveSession> weak = live;
    live->connection->send_notification = [weak](std::string method, Json params) {
      if (auto s = weak.lock())
        s->standalone->emit(rpc::encode(rpc::Notification{std::move(method), std::move(params)}));
    };
    engine().add_connection(live->connection);
    {
      std::lock_guard lock(mutex);
      sessions[key] = live;
    }
    http::Headers extra;
    extra.set("Mcp-Session-Id", id);
    dispatch(Era::kLegacy, std::move(request), std::move(res), live, live->connection,
             std::move(extra), std::move(who),
             [self = weak_from_this(), key](const rpc::Response& r) {
               // A failed initialize leaves no session behind.
               if (!r.ok())
                 if (auto s = self.lock()) s->end_session(key);
             });
  }

  void legacy_notification(const http::Request& req, rpc::Notification n,
                           std::shared_ptr<http::Responder> res, const Caller& who) {
    auto live = session_for(req, res, who);
    if (!live) return;
    if (n.method == "notifications/cancelled" && n.params.is_object()) {
      auto* rid = n.params.get_object().if_contains("requestId");
      auto id = rid ? rpc::request_id_from_json(*rid) : std::nullopt;
      std::shared_ptr<HttpExchange> ex;
      if (id) {
        std::lock_guard lock(live->mutex);
        if (auto it = live->in_flight.find(*id); it != live->in_flight.end())
          ex = it->second.lock();
      }
      std::string reason = "cancelled by the client";
      if (auto* r = n.params.get_object().if_contains("reason"); r && r->is_string())
        reason = std::string(r->get_string());
      if (ex) ex->cancellation().cancel(reason);
    } else {
      engine().handle_notification(n, live->connection);
    }
    res->respond(accepted());
  }

  void legacy_response(const http::Request& req, rpc::Response response,
                       std::shared_ptr<http::Responder> res, const Caller& who) {
    auto live = session_for(req, res, who);
    if (!live) return;
    std::function<void(rpc::Response)> deliver;
    if (response.id)
      if (auto* n = std::get_if<std::int64_t>(&*response.id)) {
        std::lock_guard lock(live->mutex);
        if (auto it = live->pending_calls.find(*n); it != live->pending_calls.end()) {
          deliver = std::move(it->second);
          live->pending_calls.erase(it);
        }
      }
    if (deliver) deliver(std::move(response));
    res->respond(accepted());  // a late or unknown answer is accepted and dropped
  }

  void get(const http::Request& req, std::shared_ptr<http::Responder> res, const Caller& who) {
    if (!http::accepts(req.headers.get("Accept").value_or(""), "text/event-stream"))
      return res->respond(
          error_response(406, std::nullopt,
                         transport_error("Not Acceptable: Accept must list text/event-stream")));
    auto live = session_for(req, res, who);
    if (!live) return;
    std::shared_ptr<LogicalStream> stream = live->standalone;
    std::uint64_t after = stream->delivered();
    if (auto last = req.headers.get("Last-Event-ID")) {
      auto parsed = parse_event_id(trim_ows_copy(*last));
      if (!parsed)
        return res->respond(error_response(
            400, std::nullopt, transport_error("Bad Request: malformed Last-Event-ID")));
      after = parsed->second;
      if (parsed->first != 0) {
        std::lock_guard lock(live->mutex);
        auto it = live->streams.find(parsed->first);
        stream = it == live->streams.end() ? nullptr : it->second.lock();
      }
      if (!stream) return replay_only(*live, parsed->first, after, std::move(res));
    }
    auto sink = res->open_events();
    if (!sink)
      return res->respond(error_response(
          503, std::nullopt, transport_error("Service Unavailable: too many open streams")));
    std::weak_ptr<LogicalStream> weak_stream = stream;
    std::weak_ptr<http::EventStream> weak_sink = sink;
    res->on_disconnect([weak_stream, weak_sink] {
      auto s = weak_stream.lock();
      auto k = weak_sink.lock();
      if (s && k) s->detach(k);
    });
    stream->attach(std::move(sink), after);
    end_at(who ? who->credentials_expire_at : std::nullopt, weak_sink, [weak_stream, weak_sink] {
      auto s = weak_stream.lock();
      auto k = weak_sink.lock();
      if (s && k) s->drop_sink(k);
    });
  }

  static std::string trim_ows_copy(std::string_view v) { return std::string(http::trim_ows(v)); }

  // A stream whose request is over: what the event store still has, then the end.
  void replay_only(LiveSession& live, std::uint64_t number, std::uint64_t after,
                   std::shared_ptr<http::Responder> res) {
    auto stored = shared.events->replay(live.key, number, after);
    if (!stored)
      return res->respond(error_response(
          400, std::nullopt, transport_error("Bad Request: unknown or expired Last-Event-ID")));
    auto sink = res->open_events();
    if (!sink)
      return res->respond(error_response(
          503, std::nullopt, transport_error("Service Unavailable: too many open streams")));
    sink->send(
        http::sse::Event{.id = fmt::format("{}-{}", number, after), .retry = options().sse_retry});
    for (auto& [seq, data] : *stored)
      sink->send(http::sse::Event{.data = data, .id = fmt::format("{}-{}", number, seq)});
    sink->end();
  }

  void del(const http::Request& req, std::shared_ptr<http::Responder> res, const Caller& who) {
    auto live = session_for(req, res, who);
    if (!live) return;
    end_session(live->key);
    http::Response r;
    r.status = 200;
    res->respond(std::move(r));
  }

  void end_session(const std::string& key) {
    std::shared_ptr<LiveSession> live;
    {
      std::lock_guard lock(mutex);
      if (auto it = sessions.find(key); it != sessions.end()) {
        live = it->second;
        sessions.erase(it);
      }
    }
    store->remove(key);
    shared.events->remove_session(key);
    if (live) release(*live, "session ended");
  }

  // This process lets go of a session (ended, or the server stops): its requests are cancelled
  // and its own requests to the client fail, so no handler waits for an answer that cannot come.
  void release(LiveSession& live, const std::string& why) {
    std::vector<std::shared_ptr<HttpExchange>> in_flight;
    std::map<std::int64_t, std::function<void(rpc::Response)>> calls;
    {
      std::lock_guard lock(live.mutex);
      live.closed = true;
      for (auto& [id, w] : live.in_flight)
        if (auto ex = w.lock()) in_flight.push_back(std::move(ex));
      calls.swap(live.pending_calls);
    }
    for (auto& [id, done] : calls)
      done(rpc::Response::failure(rpc::RequestId{id},
                                  Error{error_code::kConnectionClosed, why, {}}));
    for (auto& ex : in_flight) ex->cancellation().cancel(why);
    live.standalone->finish();
  }

  // ---- dispatch -----------------------------------------------------------------------------

  void dispatch(Era era, rpc::Request request, std::shared_ptr<http::Responder> res,
                std::shared_ptr<LiveSession> live,
                std::shared_ptr<server::detail::Connection> connection, http::Headers extra,
                Caller who, std::function<void(const rpc::Response&)> on_answer = {},
                std::optional<wire::RequestEnvelope> modern_envelope = {}) {
    if (stopping)
      return res->respond(
          error_response(503, request.id, transport_error("Service Unavailable: shutting down")));
    if (running.fetch_add(1) >= options().max_concurrent_requests) {
      running--;
      return res->respond(error_response(
          503, request.id, transport_error("Service Unavailable: too many requests in flight")));
    }
    auto credentials_expire_at = who ? who->credentials_expire_at : std::nullopt;
    // The request moves into the exchange (its params may be large: no copy).
    auto ex = std::make_shared<HttpExchange>(shared, era, std::move(request), std::move(res), live,
                                             std::move(extra), std::move(who));
    const auto& req = ex->request();
    ex->start();
    if (live) {
      std::lock_guard lock(live->mutex);
      if (live->in_flight.contains(req.id) && !live->in_flight[req.id].expired()) {
        running--;
        ex->fail(Error::invalid_request(fmt::format(
            "duplicate request id {} while the first is in flight", rpc::to_string(req.id))));
        return;
      }
      live->in_flight[req.id] = ex;
    }
    if (era == Era::kModern && req.method == "subscriptions/listen") {
      {
        std::lock_guard lock(mutex);
        listeners.remove_if([](auto& w) { return w.expired(); });
        listeners.push_back(ex);
      }
      std::weak_ptr<HttpExchange> weak = ex;
      end_at(credentials_expire_at, weak, [weak] {
        if (auto listening = weak.lock()) end_listen(*listening, "credentials expired");
      });
    }
    if (on_answer) ex->on_answer(std::move(on_answer));
    run(ex, connection, std::move(modern_envelope));
    running--;
  }

  // `modern_envelope`: the envelope modern_request read and checked, which the engine then
  // takes as it is instead of decoding it again.
  void run(const std::shared_ptr<HttpExchange>& ex,
           const std::shared_ptr<server::detail::Connection>& connection,
           std::optional<wire::RequestEnvelope> modern_envelope) {
    try {
      if (modern_envelope)
        engine().handle_modern_request(ex, std::move(*modern_envelope), connection);
      else
        engine().handle(ex, connection);
    } catch (const McpError& e) {
      ex->fail(e.error());
    } catch (const std::exception& e) {
      logger()->error("http: handler for {} threw: {}", ex->request().method, e.what());
      ex->fail(Error::internal("internal error"));
    }
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  // A listen stream's graceful end: its (empty) result, which a client tells apart from a
  // dropped connection, then the cancellation of what it was waiting for.
  static void end_listen(HttpExchange& ex, const char* why) {
    JsonObject result{
        {"_meta", JsonObject{{meta_key::kSubscriptionId, rpc::to_json(ex.request().id)}}}};
    wire::modern_codec().finish_result("subscriptions/listen", result, {});
    ex.respond(std::move(result));
    ex.cancellation().cancel(why);
  }

  // Runs `end` (from the janitor) once `when` has passed, if `stream` is still there; nothing
  // without a `when`.
  void end_at(std::optional<std::chrono::system_clock::time_point> when,
              std::weak_ptr<const void> stream, std::function<void()> end) {
    if (!when) return;
    {
      std::lock_guard lock(expiring_mutex);
      expiring.emplace(*when, Expiring{std::move(stream), std::move(end)});
    }
    // Taken and released so that a janitor computing its next wake-up has either seen the new
    // entry or is already waiting for this notification.
    { std::lock_guard lock(janitor_mutex); }
    janitor_cv.notify_all();
  }

  void end_expired() {
    std::vector<std::function<void()>> due;
    {
      std::lock_guard lock(expiring_mutex);
      auto now = std::chrono::system_clock::now();
      while (!expiring.empty() && expiring.begin()->first <= now) {
        due.push_back(std::move(expiring.begin()->second.end));
        expiring.erase(expiring.begin());
      }
    }
    for (auto& end : due) end();
  }

  void janitor_loop() {
    auto period = std::clamp<std::chrono::milliseconds>(
        std::chrono::duration_cast<std::chrono::milliseconds>(options().session_idle_ttl) / 4,
        std::chrono::milliseconds(50), std::chrono::milliseconds(30'000));
    auto next_sweep = std::chrono::steady_clock::now() + period;
    std::unique_lock lock(janitor_mutex);
    while (!stopping) {
      auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
          next_sweep - std::chrono::steady_clock::now());
      {
        std::lock_guard guard(expiring_mutex);
        if (!expiring.empty())
          wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(
                                    expiring.begin()->first - std::chrono::system_clock::now()));
      }
      if (wait.count() > 0)
        janitor_cv.wait_for(lock, wait);  // woken early by stop() and by end_at()
      if (stopping) break;
      lock.unlock();
      end_expired();
      if (std::chrono::steady_clock::now() >= next_sweep) {
        sweep();
        next_sweep = std::chrono::steady_clock::now() + period;
      }
      lock.lock();
    }
  }

  void sweep() {
    {
      // Streams that closed before their credentials expired need no ending.
      std::lock_guard lock(expiring_mutex);
      std::erase_if(expiring, [](const auto& entry) { return entry.second.stream.expired(); });
    }
    // A session with a live GET stream or work in flight is in use even if no request came.
    std::vector<std::shared_ptr<LiveSession>> live;
    {
      std::lock_guard lock(mutex);
      for (auto& [k, s] : sessions) live.push_back(s);
    }
    for (auto& s : live) {
      bool busy = s->standalone->attached();
      if (!busy) {
        std::lock_guard lock(s->mutex);
        for (auto& [id, w] : s->in_flight)
          if (!w.expired()) busy = true;
      }
      if (busy) store->touch(s->key);
    }
    for (auto& key : store->expire_idle()) end_session(key);
  }

  void stop() {
    {
      std::unique_lock lock(janitor_mutex);
      if (stopping.exchange(true)) {
        stopped_cv.wait(lock, [&] { return stop_done; });
        return;
      }
    }
    janitor_cv.notify_all();
    // Listen streams end with their (empty) result: a graceful close the client can tell apart
    // from a dropped connection.
    std::vector<std::shared_ptr<HttpExchange>> listening;
    {
      std::lock_guard lock(mutex);
      for (auto& w : listeners)
        if (auto ex = w.lock()) listening.push_back(std::move(ex));
      listeners.clear();
    }
    for (auto& ex : listening) end_listen(*ex, "server shutting down");
    std::vector<std::shared_ptr<LiveSession>> live;
    {
      std::lock_guard lock(mutex);
      for (auto& [k, s] : sessions) live.push_back(s);
    }
    for (auto& s : live) s->standalone->drop_sink();
    // Legacy requests are not cancelled by their connections closing; after the grace period
    // they are, before the I/O threads running them are waited for. (The store keeps the
    // sessions: another replica may serve them.)
    auto release_all = [&] {
      for (auto& s : live) release(*s, "server shutting down");
    };
    if (http)
      http->stop(options().shutdown_grace, release_all);
    else
      release_all();
    workers.shutdown();
    if (janitor.joinable()) janitor.join();
    {
      std::lock_guard lock(janitor_mutex);
      stop_done = true;
    }
    stopped_cv.notify_all();
  }
};

HttpServer::HttpServer(Server& server, HttpOptions options)
    : impl_(std::make_shared<Impl>(server, std::move(options))) {}

HttpServer::~HttpServer() {
  stop();
}

void HttpServer::start() {
  if (impl_->http) return;
  auto& o = impl_->options();
  http::ServerOptions h;
  h.host = o.host;
  h.port = o.port;
  h.threads = o.threads;
  h.max_header_bytes = o.max_header_bytes;
  h.max_body_bytes = o.max_body_bytes;
  h.max_connections = o.max_connections;
  h.max_streams = o.max_streams;
  h.header_timeout = o.header_timeout;
  h.body_timeout = o.body_timeout;
  h.idle_timeout = o.idle_timeout;
  h.write_timeout = o.write_timeout;
  h.keepalive_interval = o.keepalive_interval;
  // Every handler beyond those limits is refused (503), so its thread is never missing.
  h.max_extra_threads = std::max<std::size_t>(o.max_concurrent_requests, 1);
  if (o.tls) h.tls = http::TlsOptions{o.tls->certificate_file, o.tls->private_key_file};
  std::weak_ptr<Impl> weak = impl_;
  impl_->http = std::make_unique<http::Server>(
      std::move(h), [weak](http::Request req, std::shared_ptr<http::Responder> res) {
        if (auto self = weak.lock()) self->handle(std::move(req), std::move(res));
      });
  impl_->http->start();
  impl_->engine().serving = true;
  impl_->janitor = std::thread([impl = impl_.get()] { impl->janitor_loop(); });
}

std::uint16_t HttpServer::port() const {
  return impl_->http ? impl_->http->port() : 0;
}

std::string HttpServer::url() const {
  auto& o = impl_->options();
  bool v6 = o.host.find(':') != std::string::npos;
  return fmt::format("{}://{}{}{}:{}{}", o.tls ? "https" : "http", v6 ? "[" : "", o.host,
                     v6 ? "]" : "", port(), o.path);
}

void HttpServer::stop() {
  impl_->stop();
}

void HttpServer::wait() {
  std::unique_lock lock(impl_->janitor_mutex);
  impl_->stopped_cv.wait(lock, [&] { return impl_->stop_done; });
}

std::size_t HttpServer::session_count() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->sessions.size();
}

int serve_http(Server& server, HttpOptions options) {
  // Block the signals before any thread starts so every thread inherits the mask and only the
  // sigwait below receives them.
  sigset_t signals, previous;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, &previous);
  struct Restore {
    sigset_t mask;
    ~Restore() { pthread_sigmask(SIG_SETMASK, &mask, nullptr); }
  } restore{previous};
  {
    HttpServer http(server, std::move(options));
    http.start();
    logger()->info("serving MCP on {}", http.url());
    int received = 0;
    sigwait(&signals, &received);
    logger()->info("received signal {}, shutting down", received);
    http.stop();
  }
  server.shutdown();
  return 0;
}

bool close_sse_stream(Context& context) {
  auto ex = std::dynamic_pointer_cast<HttpExchange>(context.internal().exchange);
  return ex && ex->era() == Era::kLegacy && ex->close_connection();
}

}  // namespace sallyport
