// The router: decides the era of each request, runs the lifecycle methods, and hands feature
// methods (tools, resources, prompts, completion) to features.cpp with a ContextState.
#include "server/engine.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "sallyport/auth/principal.hpp"
#include "sallyport/model/log.hpp"

namespace sallyport {

using server::detail::Connection;
using server::detail::ContextState;
using server::detail::InputRequiredSignal;
using server::detail::LegacySession;

namespace {

// The protocol version a 2026-07-28 request names in its _meta, if any.
std::optional<std::string> meta_protocol_version(const Json& params) {
  auto* p = params.if_object();
  if (!p) return std::nullopt;
  auto* meta = p->if_contains("_meta");
  if (!meta || !meta->is_object()) return std::nullopt;
  auto* v = meta->get_object().if_contains(meta_key::kProtocolVersion);
  if (!v || !v->is_string()) return std::nullopt;
  return std::string(v->get_string());
}

Error unsupported_version(std::string_view requested) {
  JsonArray supported;
  for (auto& v : wire::supported_versions()) supported.emplace_back(v);
  return Error{error_code::kUnsupportedProtocolVersion, "Unsupported protocol version",
               JsonObject{{"supported", std::move(supported)}, {"requested", requested}}};
}

// The request's own caller when its transport knows it, else whoever opened the connection.
std::shared_ptr<const Principal> caller_of(const rpc::Exchange& ex, const Connection& conn) {
  if (auto* aware = dynamic_cast<const server::detail::CallerAware*>(&ex))
    if (auto p = aware->caller()) return p;
  return conn.principal;
}

// Whom a sealed requestState belongs to: the whole identity (issuer, subject, client), so a
// state issued to one client cannot be replayed by another that happens to share a subject or
// has none (client-credentials tokens). Empty without authentication.
std::string sealed_caller(const Principal* p) {
  return p ? auth::session_binding(*p) : std::string{};
}

}  // namespace

Server::Engine::Engine(ServerOptions o)
    : options(std::move(o)),
      sealer(options.request_state_key, options.request_state_ttl),
      tasks(std::make_unique<server::detail::TaskManager>(options)) {
  server_info.name = options.name;
  server_info.version = options.version;
  server_info.title = options.title;
  server_info.description = options.description;
  server_info.website_url = options.website_url;
  server_info_json = to_json(server_info);
}

ServerCapabilities Server::Engine::capabilities() const {
  std::shared_lock lock(registry_mutex);
  ServerCapabilities caps;
  caps.logging = true;
  caps.tools = !tools.empty();
  caps.tools_list_changed = caps.tools;
  caps.resources = !resources.empty() || !templates.empty();
  caps.resources_list_changed = caps.resources;
  caps.resources_subscribe = caps.resources && has_subscribable_resources;
  caps.prompts = !prompts.empty();
  caps.prompts_list_changed = caps.prompts;
  caps.completions = has_completions;
  bool tasks_offered = std::any_of(tools.begin(), tools.end(), [](auto& t) {
    return t.second->task_support != TaskSupport::kForbidden;
  });
  if (tasks_offered) {  // the era's own slot is kept by handle_legacy / handle_modern
    caps.tasks =
        JsonObject{{"list", JsonObject{}},
                   {"cancel", JsonObject{}},
                   {"requests", JsonObject{{"tools", JsonObject{{"call", JsonObject{}}}}}}};
    caps.extensions[server::detail::kTasksExtension] = JsonObject{};
  }
  return caps;
}

void Server::Engine::handle(const std::shared_ptr<rpc::Exchange>& ex,
                            const std::shared_ptr<Connection>& conn) {
  const auto& request = ex->request();
  if (auto version = meta_protocol_version(request.params)) {
    const wire::Codec* codec = wire::codec_for(*version);
    if (!codec) return ex->fail(unsupported_version(*version));
    if (codec->era() == Era::kModern) {
      auto envelope = codec->read_envelope(request.params);
      if (!envelope) return ex->fail(envelope.error());
      return handle_modern(ex, std::move(*envelope), conn);
    }
    // A legacy version in _meta is not a modern request: fall through to the session rules.
  } else if (request.method == "server/discover" || request.method == "subscriptions/listen") {
    // Methods only 2026-07-28 has: without a version in _meta the request is malformed.
    return ex->fail(Error::invalid_params(
        "missing _meta \"io.modelcontextprotocol/protocolVersion\" (required in 2026-07-28)"));
  }
  handle_legacy(ex, conn);
}

void Server::Engine::handle_legacy(const std::shared_ptr<rpc::Exchange>& ex,
                                   const std::shared_ptr<Connection>& conn) {
  const auto& request = ex->request();
  const std::string& method = request.method;

  if (method == "initialize") {
    InitializeParams params;
    try {
      from_json(request.params, params);
    } catch (const McpError& e) {
      return ex->fail(e.error());
    }
    // Answer with the client's version when we speak it, else our newest legacy one (the client
    // then decides whether to continue). A client asking for 2026-07-28 via initialize is
    // confused about eras; the newest legacy version is the right answer for it too.
    const wire::Codec& codec = wire::is_legacy_version(params.protocol_version)
                                   ? wire::legacy_codec(params.protocol_version)
                                   : wire::legacy_codec();
    {
      std::lock_guard lock(conn->mutex);
      if (conn->session && conn->session->initialized)
        return ex->fail(Error::invalid_request("session already initialized"));
      LegacySession session;
      session.codec = &codec;
      session.capabilities = params.capabilities;
      session.client_info = params.client_info;
      conn->session = std::move(session);
    }
    auto caps = capabilities();
    caps.extensions.erase(server::detail::kTasksExtension);  // 2025-11-25 has tasks in core
    InitializeResult result{std::string(codec.protocol_version()), std::move(caps), server_info,
                            options.instructions};
    return ex->respond(to_json(result));
  }
  if (method == "ping") return ex->respond(JsonObject{});

  const wire::Codec* codec = nullptr;
  std::optional<LoggingLevel> log_level;
  ClientCapabilities client_caps;
  {
    std::lock_guard lock(conn->mutex);
    if (conn->session) {
      codec = conn->session->codec;
      log_level = conn->session->log_level;
      client_caps = conn->session->capabilities;
    }
  }
  if (!codec)
    return ex->fail(Error::invalid_request(
        "no protocol version: send initialize first (2025-11-25) or put "
        "io.modelcontextprotocol/protocolVersion in params._meta (2026-07-28)"));
  if (!codec->has_request(method, wire::Direction::kClientToServer))
    return ex->fail(Error::method_not_found(method));

  if (method == "logging/setLevel") {
    auto* level =
        request.params.is_object() ? request.params.as_object().if_contains("level") : nullptr;
    auto parsed =
        level && level->is_string() ? logging_level_from_string(level->get_string()) : std::nullopt;
    if (!parsed) return ex->fail(Error::invalid_params("level: expected a logging level"));
    std::lock_guard lock(conn->mutex);
    conn->session->log_level = parsed;
    return ex->respond(JsonObject{});
  }
  if (method == "resources/subscribe" || method == "resources/unsubscribe") {
    auto* uri =
        request.params.is_object() ? request.params.as_object().if_contains("uri") : nullptr;
    if (!uri || !uri->is_string()) return ex->fail(Error::invalid_params("uri: expected a string"));
    if (!capabilities().resources_subscribe) return ex->fail(Error::method_not_found(method));
    std::lock_guard lock(conn->mutex);
    if (method == "resources/subscribe")
      conn->session->subscriptions.insert(std::string(uri->get_string()));
    else
      conn->session->subscriptions.erase(std::string(uri->get_string()));
    return ex->respond(JsonObject{});
  }

  auto envelope = codec->read_envelope(request.params);
  if (!envelope) return ex->fail(envelope.error());
  auto state = std::make_shared<ContextState>();
  state->engine = this;
  state->exchange = ex;
  state->codec = codec;
  state->envelope = std::move(*envelope);
  state->envelope.client_capabilities = std::move(client_caps);
  state->principal = caller_of(*ex, *conn);
  // Without logging/setLevel a legacy client receives every level (the spec lets the server
  // choose; sending is what clients expect from the reference SDKs).
  state->log_threshold = log_level.value_or(LoggingLevel::kDebug);
  state->method = method;
  state->connection = conn;
  state->task_owner = task_owner(*state, conn.get());
  if (method.starts_with("tasks/")) return handle_task_method(ex, *state, state->task_owner);
  run_feature(ex, std::move(state));
}

void Server::Engine::handle_modern(const std::shared_ptr<rpc::Exchange>& ex,
                                   wire::RequestEnvelope env,
                                   const std::shared_ptr<Connection>& conn) {
  const auto& request = ex->request();
  const std::string& method = request.method;
  const wire::Codec& codec = wire::modern_codec();

  if (method == "server/discover") {
    DiscoverResult d;
    d.supported_versions = wire::supported_versions();
    d.capabilities = capabilities();
    d.capabilities.tasks.reset();  // 2026-07-28: tasks are the extension
    d.server_info = server_info;
    d.instructions = options.instructions;
    JsonObject result = std::move(to_json(d).as_object());
    codec.finish_result(method, result,
                        {.cache = options.list_cache, .server_info_json = &server_info_json});
    return ex->respond(std::move(result));
  }
  const bool task_method = method.starts_with("tasks/");  // the tasks extension's methods
  if (!task_method && !codec.has_request(method, wire::Direction::kClientToServer))
    return ex->fail(Error::method_not_found(method));
  if (method == "subscriptions/listen") return listen(ex, request.params);

  auto state = std::make_shared<ContextState>();
  state->engine = this;
  state->exchange = ex;
  state->codec = &codec;
  state->principal = caller_of(*ex, *conn);
  state->log_threshold = env.log_level;  // 2026-07-28: no level, no log messages
  state->method = method;
  state->envelope = std::move(env);
  state->connection = conn;
  state->task_owner = task_owner(*state, conn.get());
  if (task_method) return handle_task_method(ex, *state, state->task_owner);
  run_feature(ex, std::move(state));
}

void Server::Engine::run_feature(const std::shared_ptr<rpc::Exchange>& ex,
                                 std::shared_ptr<ContextState> state) {
  const auto& request = ex->request();
  const wire::Codec& codec = *state->codec;
  wire::ResultHints hints;
  if (codec.era() == Era::kModern) hints.server_info_json = &server_info_json;
  hints.cache = options.list_cache;
  try {
    if (state->envelope.request_state) {
      auto sealed = sealer.open(*state->envelope.request_state);
      if (!sealed) throw McpError(sealed.error());
      if (sealed->method != state->method ||
          sealed->caller != sealed_caller(state->principal.get()))
        throw McpError(Error::invalid_params("invalid requestState: issued for another request"));
      for (auto& [k, v] : sealed->answers) state->answers[std::string(k)] = v;
      state->user_state = std::move(sealed->user_state);
      state->target = sealed->target;  // checked against the request by the feature
    }
    for (auto& [k, v] : state->envelope.input_responses) state->answers[k] = v;
    if (state->answers.size() > options.max_input_rounds * 4)
      throw McpError(Error::invalid_params("too many input responses"));

    if (state->method == "tools/call" && ex->takes_serialized_results()) {
      respond_tool_call(ex, *state, codec, hints);
    } else {
      JsonObject result = dispatch_feature(*state, request.params);
      codec.finish_result(request.method, result, hints);
      ex->respond(std::move(result));
    }
    if (state->after_response && !ex->cancellation().is_cancelled()) state->after_response();
  } catch (const InputRequiredSignal&) {
    server::detail::SealedContent content;
    content.method = state->method;
    content.target = state->target_args
                         ? server::detail::request_binding(state->target_name, *state->target_args)
                         : state->target;
    content.caller = sealed_caller(state->principal.get());
    for (auto& [k, v] : state->answers) content.answers[k] = v;
    content.user_state = state->user_state;
    InputRequiredResult irr{state->needed, sealer.seal(content)};
    JsonObject result = std::move(to_json(irr).as_object());
    hints.cache.reset();
    codec.finish_result(request.method, result, hints);
    ex->respond(std::move(result));
  } catch (const McpError& e) {
    ex->fail(codec.encode_error(e.error()));
  } catch (const std::exception& e) {
    logger()->error("{} failed: {}", request.method, e.what());
    ex->fail(Error::internal("internal error"));
  }
}

JsonObject Server::Engine::dispatch_feature(ContextState& s, const Json& params) {
  const std::string& m = s.method;
  auto caps = capabilities();
  if (m == "tools/list" && caps.tools) return list_tools(s, params);
  if (m == "tools/call" && caps.tools) return call_tool(s, params);
  if (m == "resources/list" && caps.resources) return list_resources(s, params);
  if (m == "resources/templates/list" && caps.resources) return list_templates(s, params);
  if (m == "resources/read" && caps.resources) return read_resource(s, params);
  if (m == "prompts/list" && caps.prompts) return list_prompts(s, params);
  if (m == "prompts/get" && caps.prompts) return get_prompt(s, params);
  if (m == "completion/complete" && caps.completions) return complete(s, params);
  throw McpError(Error::method_not_found(m));
}

void Server::Engine::handle_notification(const rpc::Notification& n,
                                         const std::shared_ptr<Connection>& conn) {
  if (n.method == "notifications/initialized") {
    std::lock_guard lock(conn->mutex);
    if (conn->session) conn->session->initialized = true;
  }
  // notifications/cancelled is handled by the transport (it owns the exchanges);
  // notifications/roots/list_changed needs no action: roots are asked for when needed.
}

}  // namespace sallyport
