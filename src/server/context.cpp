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
  std::string message = fmt::format("Server requires the {} capability for this request", capability);
  if (s.codec->era() == Era::kModern)
    return Error{error_code::kMissingRequiredClientCapability, std::move(message),
                 JsonObject{{"requiredCapabilities", std::move(required)}}};
  // 2025-11-25 has no dedicated code; the request cannot be served as asked.
  return Error::invalid_request(std::move(message));
}

// Asks the client: a server-to-client request in 2025-11-25, an input round in 2026-07-28.
template <typename Result>
Result ask(ContextState& s, std::string_view kind, std::string method, JsonObject params,
           std::chrono::milliseconds timeout) {
  if (s.codec->era() == Era::kModern) {
    std::string key = fmt::format("{}-{}", kind, s.counters[std::string(kind)]++);
    if (auto it = s.answers.find(key); it != s.answers.end()) return decode<Result>(it->second);
    s.needed.emplace(std::move(key), InputRequest{std::move(method), std::move(params)});
    throw server::detail::InputRequiredSignal{};
  }
  rpc::CallOptions options;
  options.timeout = timeout;
  rpc::Response r = s.exchange->call(std::move(method), std::move(params), options);
  if (!r.ok()) throw McpError(r.error());
  if (!r.result().is_object()) throw McpError(Error::internal("client answered with a non-object"));
  return decode<Result>(r.result());
}

}  // namespace

Context::Context(std::shared_ptr<ContextState> state) : state_(std::move(state)) {}
Context::~Context() = default;

const Principal& Context::principal() const { return state_->principal; }
Era Context::era() const { return state_->codec->era(); }
std::string_view Context::protocol_version() const { return state_->codec->protocol_version(); }
const ClientCapabilities& Context::client_capabilities() const {
  return state_->envelope.client_capabilities;
}
const std::optional<Implementation>& Context::client_info() const {
  return state_->envelope.client_info;
}

void Context::progress(double progress, std::optional<double> total,
                       std::optional<std::string> message) {
  if (!state_->envelope.progress_token || cancelled()) return;
  JsonObject params{{"progressToken", *state_->envelope.progress_token}, {"progress", progress}};
  if (total) params["total"] = *total;
  if (message) params["message"] = *message;
  state_->exchange->notify("notifications/progress", std::move(params));
}

void Context::log(LoggingLevel level, Json data, std::optional<std::string> logger_name) {
  if (!state_->log_threshold || level < *state_->log_threshold) return;
  LogMessage m{level, std::move(logger_name), std::move(data)};
  state_->exchange->notify("notifications/message", to_json(m));
}

bool Context::cancelled() const { return state_->exchange->cancellation().is_cancelled(); }
const rpc::CancellationToken& Context::cancellation() const {
  return state_->exchange->cancellation();
}
void Context::throw_if_cancelled() const {
  if (cancelled()) throw McpError(error_code::kRequestCancelled, "request cancelled");
}

ElicitResult Context::elicit(const ElicitParams& params) {
  const auto& caps = state_->envelope.client_capabilities;
  bool url = params.mode == ElicitParams::Mode::kUrl;
  if (url ? !caps.elicitation_url : !caps.elicitation_form)
    throw McpError(missing_capability(
        *state_, "elicitation",
        JsonObject{{"elicitation", url ? JsonObject{{"url", JsonObject{}}} : JsonObject{}}}));
  return ask<ElicitResult>(*state_, "elicitation", "elicitation/create",
                           to_json(params).as_object(), kUserInputTimeout);
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
  const auto& caps = state_->envelope.client_capabilities;
  if (!caps.sampling)
    throw McpError(missing_capability(*state_, "sampling", JsonObject{{"sampling", JsonObject{}}}));
  if ((!params.tools.empty() || params.tool_choice) && !caps.sampling_tools)
    throw McpError(missing_capability(
        *state_, "sampling.tools", JsonObject{{"sampling", JsonObject{{"tools", JsonObject{}}}}}));
  return ask<CreateMessageResult>(*state_, "sampling", "sampling/createMessage",
                                  to_json(params).as_object(), kUserInputTimeout);
}

std::vector<Root> Context::roots() {
  if (!state_->envelope.client_capabilities.roots)
    throw McpError(missing_capability(*state_, "roots", JsonObject{{"roots", JsonObject{}}}));
  return ask<ListRootsResult>(*state_, "roots", "roots/list", JsonObject{},
                              std::chrono::seconds(60))
      .roots;
}

JsonObject& Context::state() { return state_->user_state; }

}  // namespace sallyport
