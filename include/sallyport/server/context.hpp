// What a handler gets besides its arguments: who is calling, in which protocol era, and the
// ways to talk back while working (progress, logging, asking the user or the model for input).
//
// Asking for input works the same in both eras:
//  - 2025-11-25: the server sends elicitation/create (or sampling/createMessage, roots/list) to
//    the client and the handler waits for the answer.
//  - 2026-07-28: there are no server-to-client requests. The first call to elicit() ends the
//    handler run with an InputRequiredResult; the client answers and retries the original
//    request with `inputResponses`; the handler runs again from the top and this time elicit()
//    returns the answer. So a handler that asks for input must be deterministic up to its last
//    question and must not perform side effects before it: do the work after the answers.
//    Answers of earlier rounds travel in the integrity-protected `requestState`.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sallyport/model/principal.hpp"
#include "sallyport/model/types.hpp"
#include "sallyport/rpc/cancellation.hpp"

namespace sallyport {

namespace server::detail {
struct ContextState;
}

class Context {
 public:
  explicit Context(std::shared_ptr<server::detail::ContextState> state);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  const Principal& principal() const;
  Era era() const;
  std::string_view protocol_version() const;
  const ClientCapabilities& client_capabilities() const;
  const std::optional<Implementation>& client_info() const;

  // notifications/progress, when the caller asked for progress (no-op otherwise).
  void progress(double progress, std::optional<double> total = {},
                std::optional<std::string> message = {});
  // notifications/message, when the client's log level lets `level` through.
  void log(LoggingLevel level, Json data, std::optional<std::string> logger_name = {});

  bool cancelled() const;
  const rpc::CancellationToken& cancellation() const;
  // Throws McpError(kRequestCancelled) when cancelled: a convenient check point in loops.
  void throw_if_cancelled() const;

  // Input from the client. Each throws McpError when the client lacks the capability
  // (-32021 in 2026-07-28) or the peer fails; in 2026-07-28 the first unanswered call ends this
  // run of the handler (see above) by throwing an internal signal: do not catch `...` around it.
  ElicitResult elicit(const ElicitParams& params);
  ElicitResult elicit(std::string message, JsonObject requested_schema);
  ElicitResult elicit_url(std::string message, std::string url);
  CreateMessageResult sample(const CreateMessageParams& params);
  std::vector<Root> roots();

  // Several questions at once, each under a name of the handler's choosing: the names are the
  // keys of the 2026-07-28 `inputRequests` (and of the client's `inputResponses`), and every
  // unanswered question goes into the same InputRequiredResult. In 2025-11-25 they are asked one
  // after another. Each request is elicitation/create, sampling/createMessage or roots/list; the
  // client must have the capability for it (McpError otherwise, as above). Returns the answers
  // (checked against the method's result shape) by name.
  std::map<std::string, Json> ask(const std::map<std::string, InputRequest>& requests);

  // Tasks (see server.hpp): the id of the task this handler runs as, if it does.
  std::optional<std::string> task_id() const;
  // For tools registered with TaskStart::kDeferred: turn this call into a task now, when the
  // client can take one (in 2026-07-28 this run ends and the handler runs again from the top as
  // a task, so do the work after this call). Does nothing when already in a task or when the call
  // cannot become one (the handler simply goes on).
  void start_task();

  // Handler-defined state carried across input rounds in 2026-07-28 (sealed in requestState).
  // In 2025-11-25 the handler never restarts, so this is plain local state.
  JsonObject& state();

  server::detail::ContextState& internal() { return *state_; }

 private:
  std::shared_ptr<server::detail::ContextState> state_;
};

}  // namespace sallyport
