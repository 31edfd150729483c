// The server API: register tools, resources, resource templates and prompts with handlers, then
// serve them over stdio (this header) or HTTP. One Server object serves both protocol eras at
// once: a request carrying 2026-07-28 `_meta` is answered statelessly, an `initialize` opens a
// 2025-11-25 session.
//
//   sallyport::Server server{{.name = "bank", .version = "1.0.0"}};
//   server.tool("echo").description("Echoes text").input_schema(schema)
//       .handle([](const sallyport::JsonObject& args, sallyport::Context&) {
//         return sallyport::ToolResult::text(args.at("text").as_string().c_str());
//       });
//   return sallyport::serve_stdio(server);
//
// Mistakes in registration (a schema that is not an object, a duplicate name, a malformed URI
// template) throw std::invalid_argument at start-up with a message saying how to fix them.
//
// Tasks (long-running tools): mark a tool task-capable and write the handler as usual; the SDK
// runs it as a task when the client can take one and manages everything else (task ids, status,
// polling, input, cancellation, expiry):
//
//   server.tool("render").task_support(sallyport::TaskSupport::kOptional)
//       .handle([](const sallyport::JsonObject& args, sallyport::Context& ctx) {
//         for (...) { ctx.throw_if_cancelled(); ... }   // tasks/cancel cancels the handler
//         return sallyport::ToolResult::text("done");
//       });
//
//  - 2026-07-28 (extension io.modelcontextprotocol/tasks): a client that lists the extension in
//    its request's capabilities gets a CreateTaskResult at once; it polls tasks/get (the result
//    is inlined there once the handler returns), answers questions with tasks/update, and may
//    tasks/cancel. Other clients get the plain result (kRequired: error -32021).
//  - 2025-11-25 (core tasks): a client that sends `task: {ttl}` gets a CreateTaskResult and uses
//    tasks/get, tasks/result, tasks/list and tasks/cancel; kRequired without `task`, or `task`
//    on a kForbidden tool, is -32601. Questions go to the client as ordinary requests (over
//    Streamable HTTP on the session's GET stream, the tools/call having been answered).
// Inside a task ctx.elicit()/sample()/ask() park the task in input_required and wait for the
// answers (they do not restart the handler). With TaskStart::kDeferred the handler first runs
// like any 2026-07-28 request (it may ask questions round by round) and becomes a task when it
// calls ctx.start_task(): it is then run again from the top as a task with the answers gathered
// so far, so everything before start_task() must be deterministic and free of side effects.
// Tasks are visible only to their creator (the authenticated principal, or the legacy session
// of an anonymous client), bounded in number, and forgotten once their TTL has passed.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "sallyport/model/types.hpp"
#include "sallyport/rpc/message.hpp"
#include "sallyport/server/context.hpp"
#include "sallyport/server/tool_result.hpp"

namespace sallyport {

namespace rpc {
class Channel;
class Exchange;
}  // namespace rpc

struct ServerOptions {
  std::string name{};
  std::string version{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  std::optional<std::string> website_url{};
  std::optional<std::string> instructions{};
  std::size_t page_size = 100;  // items per page of tools/list, resources/list, ...
  rpc::Limits limits{};
  // Caching hints for 2026-07-28 list results (ttlMs/cacheScope). Lists are the same for every
  // caller unless authorization filters them, so "public" is right for unprotected servers.
  CacheHints list_cache{.ttl_ms = 0, .public_scope = false};
  // Key that seals requestState (HMAC-SHA256). Random per process when empty; set the same key
  // on every replica of a fleet so retries may land anywhere.
  std::string request_state_key{};
  std::chrono::seconds request_state_ttl{600};
  std::size_t max_input_rounds = 8;  // bound on 2026-07-28 input_required round trips
  // Tasks (see above). Tasks past their TTL are forgotten (a running one is cancelled first).
  std::size_t max_tasks = 1000;           // live tasks in this process, every caller together
  std::size_t max_tasks_per_owner = 100;  // ... and per principal / legacy session
  std::size_t max_running_tasks = 32;     // handler threads; further tasks wait their turn
  // A task's time to live: the default, and the cap on what a 2025-11-25 client asks for.
  std::chrono::milliseconds task_ttl{std::chrono::minutes(30)};
  std::chrono::milliseconds task_poll_interval{500};  // suggested to clients
};

// Whether a tool runs as a task (2025-11-25 `execution.taskSupport`, 2026-07-28 extension).
enum class TaskSupport { kForbidden, kOptional, kRequired };
// When a task-capable tool becomes a task: as soon as it is called, or when its handler calls
// Context::start_task() (after gathering input round by round, 2026-07-28).
enum class TaskStart { kImmediately, kDeferred };

using UriParams = std::map<std::string, std::string>;
using PromptArguments = std::map<std::string, std::string>;
// Completion: given the partial value (and already-resolved arguments), suggest values.
using Completer = std::function<CompleteResult(const CompleteParams&, Context&)>;

using ToolHandler = std::function<CallToolResult(const JsonObject& arguments, Context&)>;
using ResourceHandler = std::function<ReadResourceResult(const std::string& uri, Context&)>;
using TemplateHandler =
    std::function<ReadResourceResult(const std::string& uri, const UriParams&, Context&)>;
using PromptHandler = std::function<GetPromptResult(const PromptArguments&, Context&)>;

class Server;

class ToolBuilder {
 public:
  ToolBuilder& title(std::string t);
  ToolBuilder& description(std::string d);
  ToolBuilder& input_schema(Json schema);   // must be an object with "type": "object"
  ToolBuilder& output_schema(Json schema);  // structuredContent is validated against it
  ToolBuilder& annotations(ToolAnnotations a);
  ToolBuilder& read_only(bool v = true);
  ToolBuilder& destructive(bool v = true);
  ToolBuilder& idempotent(bool v = true);
  ToolBuilder& open_world(bool v = true);
  ToolBuilder& icon(Icon i);
  ToolBuilder& meta(JsonObject m);
  ToolBuilder& task_support(TaskSupport mode, TaskStart start = TaskStart::kImmediately);
  ToolBuilder& task_support(std::string mode);  // "forbidden" | "optional" | "required"
  // OAuth scopes a call needs besides the server-wide ones (HttpOptions::authorization): an
  // authenticated caller without all of them gets 403 insufficient_scope naming every scope
  // required, before the tool runs. Checked wherever requests carry an access token; servers
  // without authorization (stdio, open HTTP) have no scopes to check.
  ToolBuilder& required_scopes(std::vector<std::string> scopes);

  // Registers the tool. The handler may return CallToolResult, ToolResult, std::string (text),
  // or Json (structured content, also sent as text for older clients).
  template <typename F>
  void handle(F&& f) {
    // An empty std::function (or null function pointer) must be refused here: once adapted it
    // would look like a handler and fail only when called.
    if constexpr (std::is_constructible_v<bool, F&>)
      if (!static_cast<bool>(f)) return register_handler(ToolHandler{});
    register_handler(adapt(std::forward<F>(f)));
  }

 private:
  friend class Server;
  ToolBuilder(Server& server, std::string name);
  void register_handler(ToolHandler handler);

  template <typename F>
  static ToolHandler adapt(F&& f) {
    return [f = std::forward<F>(f)](const JsonObject& args, Context& ctx) -> CallToolResult {
      using R = std::invoke_result_t<F&, const JsonObject&, Context&>;
      if constexpr (std::is_same_v<R, CallToolResult>) {
        return f(args, ctx);
      } else if constexpr (std::is_same_v<R, ToolResult>) {
        return f(args, ctx).release();
      } else if constexpr (std::is_convertible_v<R, std::string>) {
        return ToolResult::text(std::string(f(args, ctx))).release();
      } else {
        return ToolResult::structured(Json(f(args, ctx))).release();
      }
    };
  }

  Server& server_;
  Tool tool_{};
  TaskStart task_start_ = TaskStart::kImmediately;
  std::vector<std::string> required_scopes_{};
};

class ResourceBuilder {
 public:
  ResourceBuilder& title(std::string t);
  ResourceBuilder& description(std::string d);
  ResourceBuilder& mime_type(std::string m);
  ResourceBuilder& size(std::int64_t bytes);
  ResourceBuilder& annotations(Annotations a);
  ResourceBuilder& icon(Icon i);
  ResourceBuilder& meta(JsonObject m);
  void read(ResourceHandler handler);
  // Convenience: fixed text content.
  void text(std::string content);

 private:
  friend class Server;
  ResourceBuilder(Server& server, std::string uri, std::string name);
  Server& server_;
  Resource resource_{};
};

class ResourceTemplateBuilder {
 public:
  ResourceTemplateBuilder& name(std::string n);
  ResourceTemplateBuilder& title(std::string t);
  ResourceTemplateBuilder& description(std::string d);
  ResourceTemplateBuilder& mime_type(std::string m);
  ResourceTemplateBuilder& annotations(Annotations a);
  ResourceTemplateBuilder& icon(Icon i);
  ResourceTemplateBuilder& complete(std::string variable, Completer completer);
  void read(TemplateHandler handler);

 private:
  friend class Server;
  ResourceTemplateBuilder(Server& server, std::string uri_template);
  Server& server_;
  ResourceTemplate template_{};
  std::map<std::string, Completer> completers_{};
};

class PromptBuilder {
 public:
  PromptBuilder& title(std::string t);
  PromptBuilder& description(std::string d);
  PromptBuilder& argument(std::string name, std::string description = {}, bool required = false);
  PromptBuilder& icon(Icon i);
  PromptBuilder& complete(std::string argument, Completer completer);
  void get(PromptHandler handler);

 private:
  friend class Server;
  PromptBuilder(Server& server, std::string name);
  Server& server_;
  Prompt prompt_{};
  std::map<std::string, Completer> completers_{};
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  ToolBuilder tool(std::string name);
  ResourceBuilder resource(std::string uri, std::string name);
  ResourceTemplateBuilder resource_template(std::string uri_template);
  PromptBuilder prompt(std::string name);

  bool remove_tool(std::string_view name);
  bool remove_resource(std::string_view uri);
  bool remove_prompt(std::string_view name);

  // Notify connected clients (legacy sessions and modern subscriptions/listen streams).
  // Registration changes after serving has started send the list_changed ones automatically.
  void notify_resource_updated(std::string_view uri);
  void notify_tools_changed();
  void notify_resources_changed();
  void notify_prompts_changed();
  // Legacy sessions: log to every connected client (per-request logging is Context::log).
  void log(LoggingLevel level, Json data, std::optional<std::string> logger_name = {});

  ServerCapabilities capabilities() const;
  const ServerOptions& options() const;

  // Serves one client over a channel until it closes (stdio, child pipes, in-memory tests).
  void serve(std::shared_ptr<rpc::Channel> channel);
  // Ends every open subscription and session gracefully (pending handlers finish first).
  void shutdown();

  // For transports (HTTP): the engine behind every entry point.
  struct Engine;
  Engine& engine();

 private:
  friend class ToolBuilder;
  friend class ResourceBuilder;
  friend class ResourceTemplateBuilder;
  friend class PromptBuilder;
  std::unique_ptr<Engine> engine_{};
};

// Serves `server` on this process's stdin/stdout until stdin closes; returns an exit code.
int serve_stdio(Server& server);

}  // namespace sallyport
