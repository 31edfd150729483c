// The client API: connect to a server, find out which protocol era it speaks, and use everything
// it offers. Era negotiation, pagination and 2026-07-28 input rounds (InputRequiredResult →
// handlers → retry with inputResponses) happen inside; callers see results or one McpError.
//
//   auto client = sallyport::Client::spawn({"my-server", "--stdio"});
//   for (auto& tool : client->list_tools()) fmt::print("{}\n", tool.name);
//   auto result = client->call_tool("echo", {{"text", "hi"}});
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sallyport/model/types.hpp"

namespace sallyport {

namespace rpc {
class Channel;
}
struct HttpClientOptions;  // sallyport/client/http.hpp

enum class EraChoice { kAuto, kModern, kLegacy };

// A look at what a server returned before the caller sees it: every tools/call and
// resources/read result (also through Client::request) passes through, with the method, the
// tool name or resource URI, and the result object, which the filter may rewrite; an exception
// it throws reaches the caller. The guard's output screening is one
// (sallyport::guard::screening_filter: annotate, redact or block injected instructions).
using ResultFilter =
    std::function<void(std::string_view method, std::string_view subject, Json& result)>;

struct ClientOptions {
  Implementation client_info{.name = "sallyport", .version = "0.1.0"};
  EraChoice era = EraChoice::kAuto;
  std::chrono::milliseconds request_timeout{60'000};
  std::size_t max_message_bytes = 4 * 1024 * 1024;
  std::size_t max_input_rounds = 8;         // 2026-07-28 input_required rounds per request
  std::size_t max_list_pages = 1000;        // bound on pagination loops against a hostile server
  std::optional<LoggingLevel> log_level{};  // ask the server for log messages at this level
  ResultFilter result_filter{};             // none: results reach the caller as sent
};

// How this client answers the server's questions. A missing handler means the capability is
// not declared, and the server will not ask.
struct ClientHandlers {
  std::function<ElicitResult(const ElicitParams&)> elicitation;
  bool elicitation_url = false;  // the elicitation handler also handles URL mode
  std::function<CreateMessageResult(const CreateMessageParams&)> sampling;
  std::function<std::vector<Root>()> roots;
  // Server notifications: log messages, and everything else (list_changed, updated, ...).
  std::function<void(const LogMessage&)> on_log;
  std::function<void(const std::string& method, const Json& params)> on_notification;
};

struct RequestOptions {
  std::optional<std::chrono::milliseconds> timeout{};
  // Progress notifications for this request: (progress, total, message).
  std::function<void(double, std::optional<double>, std::optional<std::string>)> on_progress;
};

class Client {
 public:
  // Connects over an existing channel and negotiates the era. Throws McpError on failure.
  static std::unique_ptr<Client> connect(std::shared_ptr<rpc::Channel> channel,
                                         ClientOptions options = {}, ClientHandlers handlers = {});
  // Starts `argv` as a child process and connects over its stdin/stdout (stderr passes through).
  static std::unique_ptr<Client> spawn(std::vector<std::string> argv, ClientOptions options = {},
                                       ClientHandlers handlers = {});
  // Connects to a Streamable HTTP endpoint ("https://host/mcp"); both eras (client/http.hpp).
  static std::unique_ptr<Client> connect_http(const std::string& url, ClientOptions options = {},
                                              ClientHandlers handlers = {});
  static std::unique_ptr<Client> connect_http(const std::string& url, ClientOptions options,
                                              ClientHandlers handlers,
                                              const HttpClientOptions& http);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  Era era() const;
  std::string_view protocol_version() const;
  const ServerCapabilities& server_capabilities() const;
  const Implementation& server_info() const;
  const std::optional<std::string>& instructions() const;

  // Lists follow nextCursor to the end (bounded by max_list_pages).
  std::vector<Tool> list_tools();
  CallToolResult call_tool(const std::string& name, JsonObject arguments = {},
                           const RequestOptions& options = {});
  std::vector<Resource> list_resources();
  std::vector<ResourceTemplate> list_resource_templates();
  ReadResourceResult read_resource(const std::string& uri, const RequestOptions& options = {});
  std::vector<Prompt> list_prompts();
  GetPromptResult get_prompt(const std::string& name,
                             std::map<std::string, std::string> arguments = {},
                             const RequestOptions& options = {});
  CompleteResult complete(const CompleteParams& params);
  void ping();
  // Legacy: logging/setLevel. Modern: sent in every later request's _meta.
  void set_log_level(LoggingLevel level);
  // Legacy: resources/subscribe. Modern: a subscriptions/listen stream for the URI (opened
  // lazily; updates arrive through ClientHandlers::on_notification).
  void subscribe(const std::string& uri);
  void unsubscribe(const std::string& uri);

  // Any request by method name, with era handling and input rounds; returns the result object.
  Json request(const std::string& method, JsonObject params, const RequestOptions& options = {});

  void close();

 private:
  struct Impl;
  explicit Client(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_{};
};

}  // namespace sallyport
