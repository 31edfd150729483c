// Tasks: tool calls that answer at once with a task handle and finish in the background
// (2025-11-25 core tasks, 2026-07-28 extension io.modelcontextprotocol/tasks). The store is
// bounded (count in total and per owner, TTL capped) and a task is only ever visible to the owner
// that created it. Internal header.
#pragma once

#include <chrono>
#include <condition_variable>
#include <expected>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "rpc/worker_pool.hpp"
#include "sallyport/model/error.hpp"
#include "sallyport/model/types.hpp"
#include "sallyport/rpc/cancellation.hpp"
#include "sallyport/server/server.hpp"

namespace sallyport::server::detail {

inline constexpr const char* kTasksExtension = "io.modelcontextprotocol/tasks";
inline constexpr const char* kRelatedTaskMeta = "io.modelcontextprotocol/related-task";

enum class TaskStatus { kWorking, kInputRequired, kCompleted, kFailed, kCancelled };
std::string_view to_string(TaskStatus s);
inline bool is_terminal(TaskStatus s) {
  return s == TaskStatus::kCompleted || s == TaskStatus::kFailed || s == TaskStatus::kCancelled;
}

struct TaskRecord {
  std::string id;
  std::string owner;
  Era era = Era::kModern;
  std::chrono::system_clock::time_point created;
  std::chrono::milliseconds ttl{0};
  std::chrono::milliseconds poll_interval{0};
  std::chrono::steady_clock::time_point expires;
  rpc::CancellationToken cancel;  // tasks/cancel, expiry, shutdown: the handler's token

  mutable std::mutex mutex;
  std::condition_variable changed;  // any change of status, input or answers
  TaskStatus status = TaskStatus::kWorking;
  std::optional<std::string> status_message;
  std::chrono::system_clock::time_point updated;
  std::optional<JsonObject> result;  // completed
  std::optional<Error> error;        // failed
  // 2026-07-28 input: questions outstanding (wire key → request), answers not yet taken by the
  // handler, and every key ever issued (a key is never reused within a task).
  std::map<std::string, InputRequest> pending;
  std::map<std::string, Json> delivered;
  std::set<std::string> issued;
  // 2025-11-25: notifications/tasks/status to the session that created the task (may be empty).
  std::function<void(Json params)> notify;

  // Moves to `to` unless already terminal (terminal states are final); false if it was. Then
  // tells the creator (2025-11-25 status notification) when there is one to tell.
  bool transition(TaskStatus to, std::optional<std::string> message = {});
  void finish(JsonObject result);  // completed (a tool error is a completed task too)
  void fail(Error error);
  // Wire shapes. Locks the record.
  JsonObject to_legacy_json() const;
  JsonObject to_modern_json(bool detailed) const;

 private:
  JsonObject legacy_json_locked() const;
};

struct ContextState;
// Context's questions inside a task: 2026-07-28 parks the task in input_required until
// tasks/update brings every answer; 2025-11-25 asks the client with ordinary requests. Returns the
// raw answers by the handler's keys; throws McpError on cancellation, timeout or a failed request.
std::map<std::string, Json> task_ask(ContextState& s,
                                     const std::map<std::string, InputRequest>& requests);

class TaskManager {
 public:
  explicit TaskManager(const ServerOptions& options);
  ~TaskManager();  // cancels every task and waits for the handlers
  TaskManager(const TaskManager&) = delete;
  TaskManager& operator=(const TaskManager&) = delete;

  // A new task in `working` state, visible from now on; an error when a bound is reached.
  std::expected<std::shared_ptr<TaskRecord>, Error> create(
      const std::string& owner, Era era, std::optional<std::chrono::milliseconds> requested_ttl);
  // nullptr when unknown, expired or someone else's (indistinguishable on purpose).
  std::shared_ptr<TaskRecord> find(std::string_view id, const std::string& owner);
  // The owner's tasks, oldest first.
  std::vector<std::shared_ptr<TaskRecord>> list(const std::string& owner);
  // Runs a task's handler on the task pool.
  void run(std::function<void()> job);
  std::size_t size();

 private:
  void sweep_locked(std::chrono::steady_clock::time_point now);
  // Expiry does not wait for traffic: a thread (started with the first task) wakes at the next
  // deadline, so a finished task's result and a runaway handler end on time.
  void janitor();

  const ServerOptions& options_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<TaskRecord>, std::less<>> tasks_;
  std::uint64_t sequence_ = 0;  // creation order, for tasks/list
  std::map<std::uint64_t, std::string> order_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread janitor_;
  rpc::detail::WorkerPool pool_;
};

}  // namespace sallyport::server::detail
