#include "sallyport/client/client.hpp"
#include "sallyport/client/http.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>

#include "sallyport/model/log.hpp"
#include "sallyport/rpc/peer.hpp"
#include "sallyport/transport/child_process.hpp"
#include "sallyport/wire/codec.hpp"

namespace sallyport {

namespace {

// Modern subscriptions: the one listen stream, shared with its completion callback (which may
// run after the Client is gone, so it holds no Client state).
struct Listening {
  std::mutex mutex;
  std::vector<std::string> uris;
  std::optional<rpc::CancellationToken> stream;
  std::uint64_t generation = 0;  // which open the current stream is
};

// A listen stream that ends gracefully while still wanted (the server shut down, or the token
// it was opened with expired) is opened again, unless it lasted under this long: a server that
// ends every listen at once would be asked in a loop.
constexpr auto kListenReopenAfter = std::chrono::seconds(1);

void open_listen(const std::shared_ptr<rpc::Peer>& peer, const std::shared_ptr<Listening>& state,
                 Json params) {
  rpc::CancellationToken token;
  std::uint64_t generation;
  std::optional<rpc::CancellationToken> old;
  {
    std::lock_guard lock(state->mutex);
    old = std::exchange(state->stream, token);
    generation = ++state->generation;
  }
  if (old) old->cancel("resubscribing");
  rpc::CallOptions call;
  call.timeout = std::chrono::hours(24 * 365);  // a listen stream lives until cancelled
  call.cancellation = token;
  auto opened = std::chrono::steady_clock::now();
  peer->call_async(
      "subscriptions/listen", params, std::move(call),
      [weak_peer = std::weak_ptr<rpc::Peer>(peer), weak_state = std::weak_ptr<Listening>(state),
       params, generation, opened](rpc::Response r) {
        auto live = weak_peer.lock();
        auto shared = weak_state.lock();
        if (!live || !shared || live->closed()) return;
        {
          std::lock_guard lock(shared->mutex);
          if (shared->generation != generation || !shared->stream || shared->stream->is_cancelled())
            return;  // replaced, unsubscribed or closed
        }
        if (!r.ok()) {
          logger()->warn("client: the server refused subscriptions/listen: {}", r.error().message);
          return;
        }
        if (std::chrono::steady_clock::now() - opened < kListenReopenAfter) {
          logger()->warn(
              "client: the server ended the subscriptions/listen stream at once; "
              "not listening again");
          return;
        }
        open_listen(live, shared, params);
      });
}

}  // namespace

struct Client::Impl {
  ClientOptions options;
  ClientHandlers handlers;
  std::shared_ptr<rpc::Peer> peer;
  const wire::Codec* codec = nullptr;
  ServerCapabilities server_caps;
  Implementation server_info;
  std::optional<std::string> instructions;
  std::mutex mutex;
  std::optional<LoggingLevel> log_level;
  // Modern: one subscriptions/listen stream per subscribed URI set, rebuilt on change.
  std::shared_ptr<Listening> listening = std::make_shared<Listening>();

  // Opens the listen stream for `uris`, replacing the current one.
  void listen_to(std::vector<std::string> uris) {
    SubscriptionFilter filter;
    filter.resource_subscriptions = std::move(uris);
    JsonObject params{{"notifications", to_json(filter)}};
    codec->write_envelope(params, envelope());
    open_listen(peer, listening, std::move(params));
  }

  ClientCapabilities capabilities() const {
    ClientCapabilities c;
    c.elicitation_form = static_cast<bool>(handlers.elicitation);
    c.elicitation_url = c.elicitation_form && handlers.elicitation_url;
    c.sampling = static_cast<bool>(handlers.sampling);
    c.roots = static_cast<bool>(handlers.roots);
    return c;
  }

  wire::RequestEnvelope envelope() {
    wire::RequestEnvelope env;
    env.protocol_version = std::string(codec->protocol_version());
    env.client_capabilities = capabilities();
    env.client_info = options.client_info;
    std::lock_guard lock(mutex);
    env.log_level = log_level;
    return env;
  }

  rpc::Response raw_call(const std::string& method, Json params, const RequestOptions& o) {
    rpc::CallOptions call;
    call.timeout = o.timeout.value_or(options.request_timeout);
    if (o.on_progress) {
      call.reset_timeout_on_progress = true;
      call.on_progress = [cb = o.on_progress](const Json& p) {
        auto& obj = p.as_object();
        auto num = [&](const char* k) -> std::optional<double> {
          auto* v = obj.if_contains(k);
          if (!v || !v->is_number()) return std::nullopt;
          return v->to_number<double>();
        };
        std::optional<std::string> message;
        if (auto* m = obj.if_contains("message"); m && m->is_string())
          message = std::string(m->get_string());
        cb(num("progress").value_or(0), num("total"), message);
      };
    }
    return peer->call(method, std::move(params), std::move(call));
  }

  // Answers one of the server's input requests with the user's handlers.
  Json answer(const InputRequest& req) {
    if (req.method == "elicitation/create" && handlers.elicitation)
      return to_json(handlers.elicitation(decode<ElicitParams>(req.params)));
    if (req.method == "sampling/createMessage" && handlers.sampling)
      return to_json(handlers.sampling(decode<CreateMessageParams>(req.params)));
    if (req.method == "roots/list" && handlers.roots)
      return to_json(ListRootsResult{handlers.roots()});
    throw McpError(
        error_code::kMethodNotFound,
        fmt::format("server asked for {}, which this client does not handle", req.method));
  }

  Json request(const std::string& method, JsonObject params, const RequestOptions& o) {
    auto env = envelope();
    for (std::size_t round = 0;; ++round) {
      JsonObject p = params;
      codec->write_envelope(p, env);
      rpc::Response r = raw_call(method, std::move(p), o);
      if (!r.ok()) throw McpError(r.error());
      if (!r.result().is_object())
        throw McpError(
            Error::internal(fmt::format("{}: server returned a non-object result", method)));
      const auto& result = r.result().get_object();
      if (!codec->is_input_required(result))
        return filtered(method, params, std::move(std::get<0>(r.outcome)));
      if (round + 1 >= options.max_input_rounds)
        throw McpError(Error::internal(fmt::format("{}: server still needs input after {} rounds",
                                                   method, options.max_input_rounds)));
      InputRequiredResult irr = decode<InputRequiredResult>(r.result());
      env.input_responses.clear();
      for (auto& [key, req] : irr.input_requests) env.input_responses[key] = answer(req);
      env.request_state = irr.request_state;
    }
  }

  // The final result of a request, through ClientOptions::result_filter when it carries what a
  // server read or computed for the model (a tool's output, a resource's contents).
  Json filtered(const std::string& method, const JsonObject& params, Json result) const {
    if (!options.result_filter || (method != "tools/call" && method != "resources/read"))
      return result;
    const Json* subject = params.if_contains(method == "tools/call" ? "name" : "uri");
    options.result_filter(method,
                          subject && subject->is_string() ? std::string_view(subject->get_string())
                                                          : std::string_view(),
                          result);
    return result;
  }

  // Legacy: the server's own requests arrive here.
  void on_server_request(const std::shared_ptr<rpc::Exchange>& ex) {
    const auto& req = ex->request();
    if (req.method == "ping") return ex->respond(JsonObject{});
    InputRequest input{req.method, req.params.is_object() ? req.params.get_object() : JsonObject{}};
    try {
      ex->respond(answer(input));
    } catch (const McpError& e) {
      ex->fail(e.error());
    }
  }

  void on_notification(const rpc::Notification& n) {
    if (n.method == "notifications/message" && handlers.on_log) {
      try {
        handlers.on_log(decode<LogMessage>(n.params));
      } catch (const McpError& e) {
        logger()->debug("ignored malformed log message: {}", e.what());
      }
      return;
    }
    if (handlers.on_notification) handlers.on_notification(n.method, n.params);
  }

  rpc::Response discover() {
    JsonObject params;
    codec->write_envelope(params, envelope());
    return raw_call("server/discover", std::move(params), {});
  }

  // An UnsupportedProtocolVersionError lists what the server speaks; when 2026-07-28 is among
  // them the rejection was not about our version (a server or proxy restarting, say): ask again
  // once, with the version it names.
  static bool offers_modern(const rpc::Response& r) {
    if (r.ok() || r.error().code != error_code::kUnsupportedProtocolVersion || !r.error().data)
      return false;
    auto* data = r.error().data->if_object();
    auto* supported = data ? data->if_contains("supported") : nullptr;
    if (!supported || !supported->is_array()) return false;
    for (auto& v : supported->get_array())
      if (v.is_string() && v.get_string() == protocol_version::kModern) return true;
    return false;
  }

  std::optional<Error> probe_error;  // why the last server/discover probe failed, if it did

  bool try_modern() {
    codec = &wire::modern_codec();
    rpc::Response r = discover();
    if (offers_modern(r)) r = discover();
    if (!r.ok()) probe_error = r.error();
    if (!r.ok() || !r.result().is_object()) return false;
    DiscoverResult d;
    try {
      from_json(r.result(), d);
    } catch (const McpError&) {
      return false;
    }
    bool speaks = std::find(d.supported_versions.begin(), d.supported_versions.end(),
                            protocol_version::kModern) != d.supported_versions.end();
    if (!speaks) return false;
    server_caps = d.capabilities;
    if (d.server_info) server_info = *d.server_info;
    instructions = d.instructions;
    return true;
  }

  void initialize_legacy() {
    InitializeParams init{protocol_version::kLegacy, capabilities(), options.client_info};
    rpc::Response r = raw_call("initialize", to_json(init), {});
    if (!r.ok()) throw McpError(r.error());
    InitializeResult result = decode<InitializeResult>(r.result());
    codec = wire::codec_for(result.protocol_version);
    if (!codec || codec->era() != Era::kLegacy)
      throw McpError(Error::internal(fmt::format(
          "server answered initialize with protocol version '{}', which this client does not speak",
          result.protocol_version)));
    server_caps = result.capabilities;
    server_info = result.server_info;
    instructions = result.instructions;
    peer->notify("notifications/initialized", JsonObject{});
  }

  void negotiate() {
    // Probe with server/discover; any answer other than a modern DiscoverResult (an error, a
    // legacy server's method-not-found, garbage) means: fall back to initialize.
    if (options.era != EraChoice::kLegacy && try_modern()) return;
    // Signing in failed: the other era would meet the same server and the same refusal.
    if (probe_error && probe_error->code == error_code::kConnectionClosed &&
        std::string_view(probe_error->message).starts_with(kAuthorizationFailed))
      throw McpError(*probe_error);
    if (options.era == EraChoice::kModern) {
      // No answer at all (timeout, connection gone) is that, not a verdict on the protocol.
      if (probe_error && (probe_error->code == error_code::kRequestTimeout ||
                          probe_error->code == error_code::kConnectionClosed))
        throw McpError(*probe_error);
      throw McpError(Error::internal("server does not speak protocol 2026-07-28"));
    }
    initialize_legacy();
  }

  std::vector<Json> list_all(const std::string& method, const char* key) {
    std::vector<Json> items;
    std::optional<std::string> cursor;
    for (std::size_t page = 0; page < options.max_list_pages; ++page) {
      JsonObject params;
      if (cursor) params["cursor"] = *cursor;
      Json result = request(method, std::move(params), {});
      auto& obj = result.as_object();
      auto* arr = obj.if_contains(key);
      if (!arr || !arr->is_array())
        throw McpError(Error::internal(fmt::format("{}: result has no '{}' array", method, key)));
      for (auto& v : arr->get_array()) items.push_back(v);
      auto* next = obj.if_contains("nextCursor");
      if (!next || !next->is_string() || next->get_string().empty()) return items;
      std::string n(next->get_string());
      if (cursor && *cursor == n)
        throw McpError(Error::internal(fmt::format("{}: server repeated a cursor", method)));
      cursor = std::move(n);
    }
    throw McpError(
        Error::internal(fmt::format("{}: more than {} pages", method, options.max_list_pages)));
  }
};

Client::Client(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Client::~Client() {
  close();
}

std::unique_ptr<Client> Client::connect(std::shared_ptr<rpc::Channel> channel,
                                        ClientOptions options, ClientHandlers handlers) {
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  impl->handlers = std::move(handlers);
  impl->log_level = impl->options.log_level;
  rpc::Peer::Options peer_options;
  peer_options.name = "client";
  peer_options.limits.max_message_bytes = impl->options.max_message_bytes;
  peer_options.limits.request_timeout = impl->options.request_timeout;
  impl->peer = rpc::Peer::create(std::move(channel), peer_options);
  Impl* raw = impl.get();
  impl->peer->on_request([raw](std::shared_ptr<rpc::Exchange> ex) { raw->on_server_request(ex); });
  impl->peer->on_notification([raw](const rpc::Notification& n) { raw->on_notification(n); });
  impl->peer->start();
  std::unique_ptr<Client> client(new Client(std::move(impl)));
  client->impl_->negotiate();
  if (client->impl_->codec->era() == Era::kLegacy && client->impl_->log_level)
    client->set_log_level(*client->impl_->log_level);
  return client;
}

std::unique_ptr<Client> Client::spawn(std::vector<std::string> argv, ClientOptions options,
                                      ClientHandlers handlers) {
  transport::ChildProcessOptions child;
  child.argv = std::move(argv);
  child.stdio.max_frame_bytes = options.max_message_bytes;
  return connect(std::make_shared<transport::ChildProcessChannel>(std::move(child)),
                 std::move(options), std::move(handlers));
}

Era Client::era() const {
  return impl_->codec->era();
}
std::string_view Client::protocol_version() const {
  return impl_->codec->protocol_version();
}
const ServerCapabilities& Client::server_capabilities() const {
  return impl_->server_caps;
}
const Implementation& Client::server_info() const {
  return impl_->server_info;
}
const std::optional<std::string>& Client::instructions() const {
  return impl_->instructions;
}

namespace {
template <typename T>
std::vector<T> decode_all(const std::vector<Json>& items) {
  std::vector<T> out;
  out.reserve(items.size());
  for (auto& j : items) out.push_back(decode<T>(j));
  return out;
}
}  // namespace

std::vector<Tool> Client::list_tools() {
  return decode_all<Tool>(impl_->list_all("tools/list", "tools"));
}
CallToolResult Client::call_tool(const std::string& name, JsonObject arguments,
                                 const RequestOptions& options) {
  JsonObject params{{"name", name}, {"arguments", std::move(arguments)}};
  return decode<CallToolResult>(impl_->request("tools/call", std::move(params), options));
}
std::vector<Resource> Client::list_resources() {
  return decode_all<Resource>(impl_->list_all("resources/list", "resources"));
}
std::vector<ResourceTemplate> Client::list_resource_templates() {
  return decode_all<ResourceTemplate>(
      impl_->list_all("resources/templates/list", "resourceTemplates"));
}
ReadResourceResult Client::read_resource(const std::string& uri, const RequestOptions& options) {
  return decode<ReadResourceResult>(impl_->request("resources/read", {{"uri", uri}}, options));
}
std::vector<Prompt> Client::list_prompts() {
  return decode_all<Prompt>(impl_->list_all("prompts/list", "prompts"));
}
GetPromptResult Client::get_prompt(const std::string& name, std::map<std::string, std::string> args,
                                   const RequestOptions& options) {
  JsonObject a;
  for (auto& [k, v] : args) a[k] = v;
  return decode<GetPromptResult>(
      impl_->request("prompts/get", {{"name", name}, {"arguments", std::move(a)}}, options));
}
CompleteResult Client::complete(const CompleteParams& params) {
  return decode<CompleteResult>(
      impl_->request("completion/complete", to_json(params).as_object(), {}));
}
// 2026-07-28 removed ping (a server answers -32601); server/discover is its cheapest round trip.
void Client::ping() {
  impl_->request(era() == Era::kModern ? "server/discover" : "ping", {}, {});
}

void Client::set_log_level(LoggingLevel level) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->log_level = level;
  }
  if (era() == Era::kLegacy) impl_->request("logging/setLevel", {{"level", to_string(level)}}, {});
}

void Client::subscribe(const std::string& uri) {
  if (era() == Era::kLegacy) {
    impl_->request("resources/subscribe", {{"uri", uri}}, {});
    return;
  }
  // Modern: (re)open one listen stream covering every subscribed URI.
  std::vector<std::string> uris;
  {
    std::lock_guard lock(impl_->listening->mutex);
    impl_->listening->uris.push_back(uri);
    uris = impl_->listening->uris;
  }
  impl_->listen_to(std::move(uris));
}

void Client::unsubscribe(const std::string& uri) {
  if (era() == Era::kLegacy) {
    impl_->request("resources/unsubscribe", {{"uri", uri}}, {});
    return;
  }
  std::vector<std::string> rest;
  std::optional<rpc::CancellationToken> stream;
  {
    std::lock_guard lock(impl_->listening->mutex);
    std::erase(impl_->listening->uris, uri);
    rest = impl_->listening->uris;
    if (rest.empty()) stream = std::exchange(impl_->listening->stream, std::nullopt);
  }
  if (stream) stream->cancel("unsubscribed");
  if (!rest.empty()) impl_->listen_to(std::move(rest));  // replaces the stream
}

Json Client::request(const std::string& method, JsonObject params, const RequestOptions& options) {
  return impl_->request(method, std::move(params), options);
}

void Client::close() {
  if (impl_ && impl_->peer) impl_->peer->close();
}

}  // namespace sallyport
