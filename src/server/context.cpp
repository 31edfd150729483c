// Context: talking back to the client while a handler runs. The input methods hide the biggest
// difference between the eras (see context.hpp).
#include "sallyport/server/context.hpp"

#include <fmt/format.h>

#include "server/engine.hpp"

namespace sallyport {

using server::detail::ContextState;

namespace {

// How long a legacy server waits for a person or a model to answer.
constexpr std::chrono::minutes kUserInputTimeout{10};

Error missing_capability(const ContextState& s, std::string_view capability, JsonObject required) {
  std::string message =
      fmt::format("Server requires the {} capability for this request", capability);
  if (s.codec->era() == Era::kModern)
    return Error{error_code::kMissingRequiredClientCapability, std::move(message),
                 JsonObject{{"requiredCapabilities", std::move(required)}}};
  // 2025-11-25 has no dedicated code; the request cannot be served as asked.
  return Error::invalid_request(std::move(message));
}

// Refuses a question the client did not declare it can answer (spec: the server MUST NOT rely on
// undeclared capabilities).
void require_capability(const ContextState& s, std::string_view method, const JsonObject& params) {
  const auto& caps = s.envelope.client_capabilities;
  if (method == "elicitation/create") {
    auto* mode = params.if_contains("mode");
    bool url = mode && mode->is_string() && mode->get_string() == "url";
    if (url ? !caps.elicitation_url : !caps.elicitation_form)
      throw McpError(missing_capability(
          s, "elicitation",
          JsonObject{{"elicitation", url ? JsonObject{{"url", JsonObject{}}} : JsonObject{}}}));
  } else if (method == "sampling/createMessage") {
    if (!caps.sampling)
      throw McpError(missing_capability(s, "sampling", JsonObject{{"sampling", JsonObject{}}}));
    auto* tools = params.if_contains("tools");
    bool uses_tools = (tools && tools->is_array() && !tools->get_array().empty()) ||
                      params.contains("toolChoice");
    if (uses_tools && !caps.sampling_tools)
      throw McpError(missing_capability(
          s, "sampling.tools", JsonObject{{"sampling", JsonObject{{"tools", JsonObject{}}}}}));
  } else if (method == "roots/list") {
    if (!caps.roots)
      throw McpError(missing_capability(s, "roots", JsonObject{{"roots", JsonObject{}}}));
  } else {
    throw McpError(Error::internal(fmt::format("a handler cannot ask the client for {}", method)));
  }
}

std::chrono::milliseconds timeout_for(std::string_view method) {
  if (method == "roots/list") return std::chrono::seconds(60);
  return kUserInputTimeout;
}

// An answer must have its method's result shape before a handler sees it (McpError otherwise).
const Json& checked_answer(std::string_view method, const Json& answer) {
  if (method == "elicitation/create")
    (void)decode<ElicitResult>(answer);
  else if (method == "sampling/createMessage")
    (void)decode<CreateMessageResult>(answer);
  else
    (void)decode<ListRootsResult>(answer);
  return answer;
}

// One question to the client: a server-to-client request in 2025-11-25 (the raw result), an
// input round in 2026-07-28 (the answer, or nullopt after recording it as needed).
std::optional<Json> ask_one(ContextState& s, const std::string& key, const InputRequest& request) {
  if (s.codec->era() == Era::kModern) {
    if (auto it = s.answers.find(key); it != s.answers.end())
      return checked_answer(request.method, it->second);
    s.needed.emplace(key, request);
    return std::nullopt;
  }
  rpc::CallOptions options;
  options.timeout = timeout_for(request.method);
  rpc::Response r = s.exchange->call(request.method, request.params, options);
  if (!r.ok()) throw McpError(r.error());
  if (!r.result().is_object()) throw McpError(Error::internal("client answered with a non-object"));
  return checked_answer(request.method, r.result());
}

// The typed single questions get deterministic keys per kind ("elicitation-0", ...).
template <typename Result>
Result ask_typed(ContextState& s, std::string_view kind, std::string method, JsonObject params) {
  require_capability(s, method, params);
  std::string key = fmt::format("{}-{}", kind, s.counters[std::string(kind)]++);
  if (s.task) {  // inside a task the handler waits for the answer (tasks.cpp)
    auto answers = server::detail::task_ask(s, {{key, InputRequest{method, std::move(params)}}});
    return decode<Result>(checked_answer(method, answers.at(key)));
  }
  auto answer = ask_one(s, key, InputRequest{std::move(method), std::move(params)});
  if (!answer) throw server::detail::InputRequiredSignal{};
  return decode<Result>(*answer);
}

}  // namespace

Context::Context(std::shared_ptr<ContextState> state) : state_(std::move(state)) {}
Context::~Context() = default;

const Principal& Context::principal() const {
  static const Principal nobody;
  return state_->principal ? *state_->principal : nobody;
}
Era Context::era() const {
  return state_->codec->era();
}
std::string_view Context::protocol_version() const {
  return state_->codec->protocol_version();
}
const ClientCapabilities& Context::client_capabilities() const {
  return state_->envelope.client_capabilities;
}
const std::optional<Implementation>& Context::client_info() const {
  return state_->envelope.client_info;
}

void Context::progress(double progress, std::optional<double> total,
                       std::optional<std::string> message) {
  if (!state_->envelope.progress_token || cancelled()) return;
  if (state_->task && state_->codec->era() == Era::kModern) return;  // its request has ended
  JsonObject params{{"progressToken", *state_->envelope.progress_token}, {"progress", progress}};
  if (total) params["total"] = *total;
  if (message) params["message"] = *message;
  state_->exchange->notify("notifications/progress", std::move(params));
}

void Context::log(LoggingLevel level, Json data, std::optional<std::string> logger_name) {
  if (!state_->log_threshold || level < *state_->log_threshold) return;
  if (state_->task && state_->codec->era() == Era::kModern) return;  // its request has ended
  LogMessage m{level, std::move(logger_name), std::move(data)};
  state_->exchange->notify("notifications/message", to_json(m));
}

// A task outlives its request: tasks/cancel, expiry and shutdown cancel it, not the request's.
bool Context::cancelled() const {
  return cancellation().is_cancelled();
}
const rpc::CancellationToken& Context::cancellation() const {
  return state_->task ? state_->task->cancel : state_->exchange->cancellation();
}
void Context::throw_if_cancelled() const {
  if (cancelled()) throw McpError(error_code::kRequestCancelled, "request cancelled");
}

ElicitResult Context::elicit(const ElicitParams& params) {
  return ask_typed<ElicitResult>(*state_, "elicitation", "elicitation/create",
                                 to_json(params).as_object());
}

ElicitResult Context::elicit(std::string message, JsonObject requested_schema) {
  ElicitParams p;
  p.message = std::move(message);
  p.requested_schema = std::move(requested_schema);
  return elicit(p);
}

ElicitResult Context::elicit_url(std::string message, std::string url) {
  ElicitParams p;
  p.mode = ElicitParams::Mode::kUrl;
  p.message = std::move(message);
  p.url = std::move(url);
  return elicit(p);
}

CreateMessageResult Context::sample(const CreateMessageParams& params) {
  return ask_typed<CreateMessageResult>(*state_, "sampling", "sampling/createMessage",
                                        to_json(params).as_object());
}

std::vector<Root> Context::roots() {
  return ask_typed<ListRootsResult>(*state_, "roots", "roots/list", JsonObject{}).roots;
}

std::map<std::string, Json> Context::ask(const std::map<std::string, InputRequest>& requests) {
  for (auto& [key, request] : requests) require_capability(*state_, request.method, request.params);
  if (state_->task) {
    auto answers = server::detail::task_ask(*state_, requests);
    for (auto& [key, request] : requests) checked_answer(request.method, answers.at(key));
    return answers;
  }
  std::map<std::string, Json> answers;
  for (auto& [key, request] : requests)
    if (auto answer = ask_one(*state_, key, request)) answers.emplace(key, std::move(*answer));
  // 2026-07-28: every unanswered question goes out in one InputRequiredResult.
  if (answers.size() < requests.size()) throw server::detail::InputRequiredSignal{};
  return answers;
}

std::optional<std::string> Context::task_id() const {
  if (!state_->task) return std::nullopt;
  return state_->task->id;
}

void Context::start_task() {
  if (state_->task || !state_->may_start_task) return;
  throw server::detail::StartTaskSignal{};
}

JsonObject& Context::state() {
  return state_->user_state;
}

}  // namespace sallyport
