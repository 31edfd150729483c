// The server's engine: registries, per-connection state and the method router shared by every
// transport. Internal header.
#pragma once

#include <atomic>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <variant>
#include <vector>

#include "sallyport/json_schema/validator.hpp"
#include "sallyport/rpc/exchange.hpp"
#include "sallyport/server/server.hpp"
#include "sallyport/uri_template/uri_template.hpp"
#include "sallyport/wire/codec.hpp"
#include "server/request_state.hpp"
#include "server/tasks.hpp"

namespace sallyport {

namespace server::detail {

struct ToolEntry {
  Tool tool;
  std::optional<json_schema::Schema> input;
  std::optional<json_schema::Schema> output;
  ToolHandler handler;
  TaskSupport task_support = TaskSupport::kForbidden;
  TaskStart task_start = TaskStart::kImmediately;
  std::vector<std::string> required_scopes;  // besides the server-wide ones (HTTP authorization)
};
struct ResourceEntry {
  Resource resource;
  ResourceHandler handler;
};
struct TemplateEntry {
  ResourceTemplate tmpl;
  uri_template::UriTemplate parsed;
  TemplateHandler handler;
  std::map<std::string, Completer> completers;
};
struct PromptEntry {
  Prompt prompt;
  PromptHandler handler;
  std::map<std::string, Completer> completers;
};

// A 2025-11-25 session: what initialize negotiated, kept for the session's life.
struct LegacySession {
  const wire::Codec* codec = nullptr;
  ClientCapabilities capabilities;
  Implementation client_info;
  bool initialized = false;  // notifications/initialized received
  std::optional<LoggingLevel> log_level;
  std::set<std::string> subscriptions;  // resources/subscribe
};

// One client connection (a stdio pipe pair, or one HTTP legacy session). Thread-safe.
struct Connection {
  // Distinguishes connections for as long as the process lives (owner of anonymous legacy tasks).
  const std::uint64_t id = next_id();
  std::mutex mutex;
  std::optional<LegacySession> session;
  std::shared_ptr<const Principal> principal;  // null: nobody authenticated (stdio, open HTTP)
  // Sends a server-initiated notification outside any request (list_changed, updated, logs).
  std::function<void(std::string method, Json params)> send_notification;
  // Whether this transport can carry server-to-client requests outside the request's own stream.
  bool can_send_requests = true;

 private:
  static std::uint64_t next_id() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
  }
};

// An exchange that knows its own caller. Over HTTP with authorization every request carries a
// token, so the request's principal (its current scopes) is the one handlers see, not the one
// that opened the connection's session.
class CallerAware {
 public:
  virtual ~CallerAware() = default;
  virtual std::shared_ptr<const Principal> caller() const = 0;
};

// A 2026-07-28 subscriptions/listen stream.
struct Subscription {
  std::shared_ptr<rpc::Exchange> exchange;
  SubscriptionFilter filter;
  Json id;  // the listen request's id
};

// What a handler run knows; Context is its public face.
struct ContextState {
  Server::Engine* engine = nullptr;
  std::shared_ptr<rpc::Exchange> exchange;
  const wire::Codec* codec = nullptr;
  wire::RequestEnvelope envelope;
  std::shared_ptr<const Principal> principal;  // null: nobody authenticated
  std::optional<LoggingLevel> log_threshold;
  std::string method;  // for requestState binding
  std::string target;  // sealed binding of the request (see features.cpp, bind_target)
  // What `target` is computed from; hashed only when a round is sealed or checked, so requests
  // that never ask for input pay nothing for it.
  std::string target_name;
  const Json* target_args = nullptr;
  // 2026-07-28 multi round-trip
  std::map<std::string, Json> answers;  // earlier rounds (sealed state) + this round's responses
  std::map<std::string, InputRequest> needed;
  std::map<std::string, int> counters;  // per kind, to derive deterministic keys
  JsonObject user_state;
  // Tasks: the task this run is (answers come from tasks/update, cancellation from tasks/cancel),
  // and whether Context::start_task() may turn this run into one.
  std::shared_ptr<TaskRecord> task;
  bool may_start_task = false;
  std::string task_owner;  // who may see the tasks this request creates
  std::weak_ptr<Connection> connection;
  // Runs once the request has been answered (a new task's handler starts only then, so its
  // questions never race the CreateTaskResult on the request's own stream).
  std::function<void()> after_response;
};

// Thrown by Context in 2026-07-28 when the handler needs input it does not have yet.
struct InputRequiredSignal {};
// Thrown by Context::start_task() when the call is to continue as a task.
struct StartTaskSignal {};

// Runs a tool's handler: exceptions other than protocol errors and the signals above become
// tool errors (isError), and structuredContent is checked against the outputSchema.
JsonObject run_tool_handler(const ToolEntry& entry, const JsonObject& arguments, Context& ctx);
// The same, returning the handler's (checked) result itself rather than its JSON.
CallToolResult run_tool_handler_result(const ToolEntry& entry, const JsonObject& arguments,
                                       Context& ctx);

}  // namespace server::detail

struct Server::Engine {
  explicit Engine(ServerOptions o);

  ServerOptions options;
  Implementation server_info;
  Json server_info_json;  // to_json(server_info), which modern results carry in their _meta
  server::detail::RequestSealer sealer;

  // Registries; handlers run under no lock (entries are copied out as shared_ptr).
  mutable std::shared_mutex registry_mutex;
  std::map<std::string, std::shared_ptr<server::detail::ToolEntry>, std::less<>> tools;
  std::map<std::string, std::shared_ptr<server::detail::ResourceEntry>, std::less<>> resources;
  std::vector<std::shared_ptr<server::detail::TemplateEntry>> templates;
  std::map<std::string, std::shared_ptr<server::detail::PromptEntry>, std::less<>> prompts;
  bool has_completions = false;
  bool has_subscribable_resources = true;
  std::atomic<bool> serving{false};

  // Listeners for server-initiated notifications.
  std::mutex listeners_mutex;
  std::list<std::weak_ptr<server::detail::Connection>> connections;
  std::map<std::string, server::detail::Subscription> subscriptions;  // key: listen id as text

  // Entry point for every transport: answers the exchange (now, or later for listen streams).
  void handle(const std::shared_ptr<rpc::Exchange>& exchange,
              const std::shared_ptr<server::detail::Connection>& connection);
  // The same for a 2026-07-28 request whose envelope the transport has already read (and found
  // to name the modern revision): it is not decoded a second time.
  void handle_modern_request(const std::shared_ptr<rpc::Exchange>& exchange,
                             wire::RequestEnvelope envelope,
                             const std::shared_ptr<server::detail::Connection>& connection) {
    handle_modern(exchange, std::move(envelope), connection);
  }
  // Entry point for notifications from the client.
  void handle_notification(const rpc::Notification& n,
                           const std::shared_ptr<server::detail::Connection>& connection);

  void add_connection(const std::shared_ptr<server::detail::Connection>& c);
  // The registered tool of that name (transports check Mcp-Param-* headers against its schema).
  std::shared_ptr<const server::detail::ToolEntry> find_tool(std::string_view name) const {
    std::shared_lock lock(registry_mutex);
    auto it = tools.find(name);
    if (it == tools.end()) return nullptr;
    return it->second;
  }
  void broadcast_list_changed(std::string_view method, bool SubscriptionFilter::*wanted);
  void broadcast_resource_updated(std::string_view uri);
  void close_subscriptions();

  ServerCapabilities capabilities() const;

 private:
  void handle_legacy(const std::shared_ptr<rpc::Exchange>& ex,
                     const std::shared_ptr<server::detail::Connection>& conn);
  void handle_modern(const std::shared_ptr<rpc::Exchange>& ex, wire::RequestEnvelope env,
                     const std::shared_ptr<server::detail::Connection>& conn);
  // The feature methods shared by both eras. Returns the result object (or throws McpError /
  // InputRequiredSignal).
  JsonObject dispatch_feature(server::detail::ContextState& state, const Json& params);
  void run_feature(const std::shared_ptr<rpc::Exchange>& ex,
                   std::shared_ptr<server::detail::ContextState> state);
  // tools/call for an exchange that takes serialised results (see features.cpp).
  void respond_tool_call(const std::shared_ptr<rpc::Exchange>& ex,
                         server::detail::ContextState& state, const wire::Codec& codec,
                         const wire::ResultHints& hints);
  // What `codec` adds to a tools/call result without _meta of its own, as JSON members each with
  // its leading comma (empty when nothing), worked out once per codec.
  const std::string& tool_result_trailer(const wire::Codec& codec, const wire::ResultHints& hints);
  std::mutex trailers_mutex;
  std::map<const wire::Codec*, std::string> tool_result_trailers;

 public:
  JsonObject list_tools(const server::detail::ContextState& s, const Json& params);
  JsonObject call_tool(server::detail::ContextState& s, const Json& params);
  // A tools/call answer: a finished result object (invalid arguments, a task created) or the
  // handler's result, which can be serialised without building its JSON first.
  using ToolCallOutcome = std::variant<JsonObject, CallToolResult>;
  ToolCallOutcome call_tool_outcome(server::detail::ContextState& s, const Json& params);
  JsonObject list_resources(const server::detail::ContextState& s, const Json& params);
  JsonObject list_templates(const server::detail::ContextState& s, const Json& params);
  JsonObject read_resource(server::detail::ContextState& s, const Json& params);
  JsonObject list_prompts(const server::detail::ContextState& s, const Json& params);
  JsonObject get_prompt(server::detail::ContextState& s, const Json& params);
  JsonObject complete(server::detail::ContextState& s, const Json& params);
  void listen(const std::shared_ptr<rpc::Exchange>& ex, const Json& params);

  // Tasks (tasks.cpp). The owner of the tasks a request may see; the tasks/* methods.
  std::string task_owner(const server::detail::ContextState& s,
                         const server::detail::Connection* conn) const;
  void handle_task_method(const std::shared_ptr<rpc::Exchange>& ex,
                          const server::detail::ContextState& s, const std::string& owner);
  // tools/call of a task-capable tool that is to run as a task: creates it, starts the handler
  // and returns the CreateTaskResult.
  JsonObject start_tool_task(server::detail::ContextState& s,
                             std::shared_ptr<const server::detail::ToolEntry> entry,
                             const Json& params);
  std::unique_ptr<server::detail::TaskManager> tasks;  // last: its handlers use the rest
};

}  // namespace sallyport
