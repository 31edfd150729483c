// Tasks, both eras: the bounded store, the task lifecycle, and the tasks/* methods.
//  - 2025-11-25 (basic/utilities/tasks): the client asks with `task: {ttl}` on tools/call; the
//    Task is nested in CreateTaskResult; tasks/get, tasks/result (blocks), tasks/list,
//    tasks/cancel (a terminal task is -32602); fields `ttl` and `pollInterval`.
//  - 2026-07-28 (extension io.modelcontextprotocol/tasks, SEP-2663): the server decides, for
//    clients listing the extension in the request's capabilities; CreateTaskResult is the flat
//    Task with resultType "task"; tasks/get inlines result/error/inputRequests; tasks/update
//    answers questions; tasks/cancel acknowledges with an empty result; no tasks/result or
//    tasks/list; fields `ttlMs` and `pollIntervalMs`.
#include "server/tasks.hpp"

#include <openssl/rand.h>

#include <ctime>

#include <fmt/format.h>

#include "sallyport/model/log.hpp"
#include "server/engine.hpp"

namespace sallyport {

namespace server::detail {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How long a task handler waits for the client's answers before giving up (as Context does for
// a legacy request).
constexpr std::chrono::minutes kInputTimeout{10};

std::string iso8601(std::chrono::system_clock::time_point t) {
  auto ms = std::chrono::duration_cast<milliseconds>(t.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms % 1000);
}

// 128 random bits: a task id is the only thing between a task and an anonymous stranger.
std::string new_task_id() {
  unsigned char bytes[16];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("CSPRNG failure");
  return base64url_encode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

}  // namespace

std::string_view to_string(TaskStatus s) {
  switch (s) {
    case TaskStatus::kWorking:
      return "working";
    case TaskStatus::kInputRequired:
      return "input_required";
    case TaskStatus::kCompleted:
      return "completed";
    case TaskStatus::kFailed:
      return "failed";
    case TaskStatus::kCancelled:
      return "cancelled";
  }
  return "failed";
}

// ---- TaskRecord -------------------------------------------------------------------------------

bool TaskRecord::transition(TaskStatus to, std::optional<std::string> message) {
  JsonObject announced;
  std::function<void(Json)> tell;
  {
    std::lock_guard lock(mutex);
    if (is_terminal(status)) return false;
    if (status == to && status_message == message) return true;
    status = to;
    status_message = std::move(message);
    updated = std::chrono::system_clock::now();
    if (is_terminal(to)) pending.clear(), delivered.clear();
    if (notify) announced = legacy_json_locked(), tell = notify;
  }
  changed.notify_all();
  if (tell) tell(std::move(announced));
  return true;
}

void TaskRecord::finish(JsonObject r) {
  {
    std::lock_guard lock(mutex);
    if (is_terminal(status)) return;
    result = std::move(r);
  }
  transition(TaskStatus::kCompleted);
}

void TaskRecord::fail(Error e) {
  std::string message = e.message;
  {
    std::lock_guard lock(mutex);
    if (is_terminal(status)) return;
    error = std::move(e);
  }
  transition(TaskStatus::kFailed, std::move(message));
}

JsonObject TaskRecord::legacy_json_locked() const {
  JsonObject o{{"taskId", id},
               {"status", to_string(status)},
               {"createdAt", iso8601(created)},
               {"lastUpdatedAt", iso8601(updated)},
               {"ttl", ttl.count()},
               {"pollInterval", poll_interval.count()}};
  if (status_message) o["statusMessage"] = *status_message;
  return o;
}

JsonObject TaskRecord::to_legacy_json() const {
  std::lock_guard lock(mutex);
  return legacy_json_locked();
}

JsonObject TaskRecord::to_modern_json(bool detailed) const {
  std::lock_guard lock(mutex);
  JsonObject o{{"resultType", detailed ? "complete" : "task"},
               {"taskId", id},
               {"status", to_string(status)},
               {"createdAt", iso8601(created)},
               {"lastUpdatedAt", iso8601(updated)},
               {"ttlMs", ttl.count()},
               {"pollIntervalMs", poll_interval.count()}};
  if (status_message) o["statusMessage"] = *status_message;
  if (!detailed) return o;  // CreateTaskResult: the envelope only
  if (status == TaskStatus::kInputRequired) {
    JsonObject requests;
    for (auto& [k, r] : pending) requests[k] = to_json(r);
    o["inputRequests"] = std::move(requests);
  } else if (status == TaskStatus::kCompleted && result) {
    o["result"] = *result;
  } else if (status == TaskStatus::kFailed && error) {
    o["error"] = to_json(*error);
  }
  return o;
}

// ---- TaskManager ------------------------------------------------------------------------------

TaskManager::TaskManager(const ServerOptions& options)
    : options_(options), pool_(std::max<std::size_t>(options.max_running_tasks, 1), 0) {}

TaskManager::~TaskManager() {
  std::vector<std::shared_ptr<TaskRecord>> all;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& [id, t] : tasks_) all.push_back(t);
    tasks_.clear();
    order_.clear();
  }
  wake_.notify_all();
  if (janitor_.joinable()) janitor_.join();
  for (auto& t : all) {
    t->transition(TaskStatus::kCancelled, "The server is shutting down.");
    t->cancel.cancel("server shutting down");
  }
  pool_.shutdown();
}

void TaskManager::janitor() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    auto next = Clock::now() + std::chrono::minutes(10);
    for (auto& [id, t] : tasks_) next = std::min(next, t->expires);
    wake_.wait_until(lock, next);
    if (!stopping_) sweep_locked(Clock::now());
  }
}

void TaskManager::sweep_locked(Clock::time_point now) {
  for (auto it = order_.begin(); it != order_.end();) {
    auto t = tasks_.find(it->second);
    if (t == tasks_.end()) {
      it = order_.erase(it);
      continue;
    }
    if (t->second->expires > now) {
      ++it;
      continue;
    }
    // Past its TTL: a running handler is stopped, and the task is forgotten.
    t->second->transition(TaskStatus::kFailed, "The task expired.");
    t->second->cancel.cancel("task expired");
    tasks_.erase(t);
    it = order_.erase(it);
  }
}

std::expected<std::shared_ptr<TaskRecord>, Error> TaskManager::create(
    const std::string& owner, Era era, std::optional<milliseconds> requested_ttl) {
  auto task = std::make_shared<TaskRecord>();
  task->id = new_task_id();
  task->owner = owner;
  task->era = era;
  task->created = task->updated = std::chrono::system_clock::now();
  auto cap = std::max(options_.task_ttl, milliseconds(1));
  task->ttl = std::clamp(requested_ttl.value_or(cap), std::min(milliseconds(1000), cap), cap);
  task->poll_interval = std::max(options_.task_poll_interval, milliseconds(1));
  task->expires = Clock::now() + task->ttl;
  // Wake a handler waiting for input when the task is cancelled (weak: the token's callbacks
  // must not keep the record alive).
  task->cancel.on_cancel([weak = std::weak_ptr<TaskRecord>(task)] {
    if (auto t = weak.lock()) {
      std::lock_guard lock(t->mutex);
      t->changed.notify_all();
    }
  });

  std::lock_guard lock(mutex_);
  sweep_locked(Clock::now());
  if (tasks_.size() >= options_.max_tasks)
    return std::unexpected(Error::internal("Too many tasks in progress; try again later"));
  std::size_t mine = 0;
  for (auto& [id, t] : tasks_) mine += t->owner == owner;
  if (mine >= options_.max_tasks_per_owner)
    return std::unexpected(Error::internal("Too many tasks for this caller; try again later"));
  tasks_.emplace(task->id, task);
  order_.emplace(++sequence_, task->id);
  if (!janitor_.joinable()) janitor_ = std::thread([this] { janitor(); });
  wake_.notify_all();  // a new, possibly earlier, deadline
  return task;
}

std::shared_ptr<TaskRecord> TaskManager::find(std::string_view id, const std::string& owner) {
  std::lock_guard lock(mutex_);
  sweep_locked(Clock::now());
  auto it = tasks_.find(id);
  if (it == tasks_.end() || it->second->owner != owner) return nullptr;
  return it->second;
}

std::vector<std::shared_ptr<TaskRecord>> TaskManager::list(const std::string& owner) {
  std::lock_guard lock(mutex_);
  sweep_locked(Clock::now());
  std::vector<std::shared_ptr<TaskRecord>> out;
  for (auto& [seq, id] : order_)
    if (auto it = tasks_.find(id); it != tasks_.end() && it->second->owner == owner)
      out.push_back(it->second);
  return out;
}

void TaskManager::run(std::function<void()> job) {
  pool_.post(std::move(job));
}

std::size_t TaskManager::size() {
  std::lock_guard lock(mutex_);
  sweep_locked(Clock::now());
  return tasks_.size();
}

// ---- questions inside a task ------------------------------------------------------------------

std::map<std::string, Json> task_ask(ContextState& s,
                                     const std::map<std::string, InputRequest>& requests) {
  TaskRecord& task = *s.task;
  std::map<std::string, Json> answers;
  std::map<std::string, const InputRequest*> open;
  for (auto& [key, request] : requests) {
    // Answers gathered before the call became a task (TaskStart::kDeferred).
    if (auto it = s.answers.find(key); it != s.answers.end())
      answers.emplace(key, it->second);
    else
      open.emplace(key, &request);
  }
  if (open.empty()) return answers;

  if (s.codec->era() == Era::kLegacy) {
    for (auto& [key, request] : open) {
      task.transition(TaskStatus::kInputRequired, "Waiting for input from the client.");
      JsonObject params = request->params;
      auto& meta = params["_meta"];
      if (!meta.is_object()) meta = JsonObject{};
      meta.as_object()[kRelatedTaskMeta] = JsonObject{{"taskId", task.id}};
      rpc::CallOptions options;
      options.timeout = kInputTimeout;
      options.cancellation = task.cancel;
      rpc::Response r = s.exchange->call(request->method, std::move(params), options);
      if (!r.ok()) throw McpError(r.error());
      if (!r.result().is_object())
        throw McpError(Error::internal("client answered with a non-object"));
      answers.emplace(key, r.result());
      task.transition(TaskStatus::kWorking);
    }
    return answers;
  }

  std::map<std::string, std::string> wire;  // handler key → key on the wire (unique per task)
  {
    std::unique_lock lock(task.mutex);
    if (is_terminal(task.status)) throw McpError(error_code::kRequestCancelled, "task ended");
    for (auto& [key, request] : open) {
      std::string k = key;
      for (int n = 2; task.issued.contains(k); ++n) k = fmt::format("{}-{}", key, n);
      task.issued.insert(k);
      task.pending.emplace(k, *request);
      wire.emplace(key, k);
    }
  }
  task.transition(TaskStatus::kInputRequired, "Waiting for input from the client.");

  std::unique_lock lock(task.mutex);
  auto all_answered = [&] {
    for (auto& [key, k] : wire)
      if (!task.delivered.contains(k)) return false;
    return true;
  };
  bool ok = task.changed.wait_for(lock, kInputTimeout, [&] {
    return all_answered() || task.cancel.is_cancelled() || is_terminal(task.status);
  });
  if (!ok || !all_answered()) {
    for (auto& [key, k] : wire) task.pending.erase(k), task.delivered.erase(k);
    if (!ok) throw McpError(error_code::kRequestTimeout, "no answer from the client in time");
    throw McpError(error_code::kRequestCancelled, "task cancelled");
  }
  for (auto& [key, k] : wire) {
    answers.emplace(key, std::move(task.delivered[k]));
    task.delivered.erase(k);
  }
  bool resume = task.pending.empty() && task.status == TaskStatus::kInputRequired;
  lock.unlock();
  if (resume) task.transition(TaskStatus::kWorking);
  return answers;
}

}  // namespace server::detail

using server::detail::ContextState;
using server::detail::TaskRecord;
using server::detail::TaskStatus;

namespace {

const JsonObject& params_of(const Json& params) {
  static const JsonObject empty;
  return params.is_object() ? params.get_object() : empty;
}

std::string task_id_param(const Json& params) {
  auto* v = params_of(params).if_contains("taskId");
  if (!v || !v->is_string()) throw McpError(Error::invalid_params("taskId: expected a string"));
  return std::string(v->get_string());
}

// Unknown, expired and someone else's tasks look the same.
Error unknown_task_error() {
  return Error::invalid_params("Unknown task");
}

Error missing_tasks_extension() {
  return Error{error_code::kMissingRequiredClientCapability,
               "This request needs the io.modelcontextprotocol/tasks extension",
               JsonObject{{"requiredCapabilities",
                           JsonObject{{"extensions", JsonObject{{server::detail::kTasksExtension,
                                                                 JsonObject{}}}}}}}};
}

// The caller, however the request state holds it (by value, or shared when authenticated).
template <typename P>
const Principal* principal_of(const P& p) {
  if constexpr (std::is_same_v<P, Principal>)
    return &p;
  else
    return p.get();
}

// tasks/list cursors: an offset into the owner's tasks, opaque to the client.
std::size_t list_offset(const Json& params) {
  auto* c = params_of(params).if_contains("cursor");
  if (!c || c->is_null()) return 0;
  if (!c->is_string()) throw McpError(Error::invalid_params("Invalid cursor"));
  auto raw = server::detail::base64url_decode(c->get_string());
  if (!raw || !raw->starts_with("tasks:") || raw->size() > 16)
    throw McpError(Error::invalid_params("Invalid cursor"));
  std::size_t offset = 0;
  for (char ch : raw->substr(6)) {
    if (ch < '0' || ch > '9') throw McpError(Error::invalid_params("Invalid cursor"));
    offset = offset * 10 + static_cast<std::size_t>(ch - '0');
  }
  return offset;
}

}  // namespace

std::string Server::Engine::task_owner(const ContextState& s,
                                       const server::detail::Connection* conn) const {
  // The whole identity (issuer, subject, client; length-prefixed so no two identities collide),
  // as sessions and sealed state are bound.
  if (const Principal* p = principal_of(s.principal); p && p->authenticated())
    return fmt::format("p {}:{} {}:{} {}:{}", p->issuer.size(), p->issuer, p->subject.size(),
                       p->subject, p->client_id.size(), p->client_id);
  // An anonymous legacy client is its session; an anonymous 2026-07-28 client has nothing but
  // the unguessable task id (the spec's own fallback).
  if (s.codec->era() == Era::kLegacy && conn) return fmt::format("c\n{}", conn->id);
  return "anonymous";
}

JsonObject Server::Engine::start_tool_task(ContextState& s,
                                           std::shared_ptr<const server::detail::ToolEntry> entry,
                                           const Json& params) {
  const Era era = s.codec->era();
  std::optional<std::chrono::milliseconds> ttl;
  if (era == Era::kLegacy) {
    auto* task = params_of(params).if_contains("task");
    if (task && task->is_object())
      if (auto* t = task->get_object().if_contains("ttl"); t && t->is_number()) {
        double ms = t->to_number<double>();
        if (ms >= 0 && ms < 1e12) ttl = std::chrono::milliseconds(static_cast<std::int64_t>(ms));
      }
  }
  auto created = tasks->create(s.task_owner, era, ttl);
  if (!created) throw McpError(created.error());
  std::shared_ptr<TaskRecord> task = *created;

  // The handler's own state: what the request carried, now owned by the task.
  auto run = std::make_shared<ContextState>(s);
  run->task = task;
  run->may_start_task = false;
  run->needed.clear();
  run->counters.clear();
  run->target_args = nullptr;
  if (era == Era::kLegacy) {
    std::lock_guard lock(task->mutex);
    task->notify = [weak = s.connection](Json status) {
      if (auto conn = weak.lock())
        if (conn->send_notification)
          conn->send_notification("notifications/tasks/status", std::move(status));
    };
  }
  static const Json kNoArguments = JsonObject{};
  Json arguments = kNoArguments;
  if (auto* a = params_of(params).if_contains("arguments"); a && a->is_object()) arguments = *a;

  auto job = [entry = std::move(entry), run, task, arguments = std::move(arguments)] {
    if (task->cancel.is_cancelled()) return;
    Context ctx(run);
    try {
      task->finish(server::detail::run_tool_handler(*entry, arguments.get_object(), ctx));
    } catch (const McpError& e) {
      if (task->cancel.is_cancelled())
        task->transition(TaskStatus::kCancelled, "The task was cancelled.");
      else
        task->fail(run->codec->encode_error(e.error()));
    } catch (const server::detail::InputRequiredSignal&) {
      task->fail(Error::internal("the tool asked for input outside the task's input channel"));
    } catch (const server::detail::StartTaskSignal&) {
      task->fail(Error::internal("the tool started a task inside its own task"));
    } catch (const std::exception& e) {
      logger()->error("task {} failed: {}", task->id, e.what());
      task->fail(Error::internal("internal error"));
    }
  };
  // Started once the CreateTaskResult is out (Engine::run_feature); a task whose answer never
  // went out is never started and expires.
  s.after_response = [manager = tasks.get(), job = std::move(job)] {
    manager->run(job);
  };

  if (era == Era::kLegacy) return JsonObject{{"task", task->to_legacy_json()}};
  return task->to_modern_json(false);
}

void Server::Engine::handle_task_method(const std::shared_ptr<rpc::Exchange>& ex,
                                        const ContextState& s, const std::string& owner) {
  const auto& request = ex->request();
  const std::string& method = request.method;
  const wire::Codec& codec = *s.codec;
  const bool modern = codec.era() == Era::kModern;
  wire::ResultHints hints;
  if (modern) hints.server_info_json = &server_info_json;
  auto respond = [&](JsonObject result) {
    codec.finish_result(method, result, hints);
    ex->respond(std::move(result));
  };
  try {
    // tasks/result and tasks/list are 2025-11-25 only (SEP-2663 removed them), tasks/update is
    // 2026-07-28 only; and a server without task-capable tools has no tasks methods at all.
    bool known = modern
                     ? method == "tasks/get" || method == "tasks/update" || method == "tasks/cancel"
                     : method == "tasks/get" || method == "tasks/result" ||
                           method == "tasks/list" || method == "tasks/cancel";
    if (!known || !capabilities().tasks) throw McpError(Error::method_not_found(method));
    // The extension must be negotiated on every request (no sessions to remember it by).
    if (modern &&
        !s.envelope.client_capabilities.extensions.contains(server::detail::kTasksExtension))
      throw McpError(missing_tasks_extension());

    if (method == "tasks/list") {
      auto all = tasks->list(owner);
      std::size_t offset = list_offset(request.params);
      if (offset > all.size()) throw McpError(Error::invalid_params("Invalid cursor"));
      std::size_t end = std::min(all.size(), offset + options.page_size);
      JsonArray out;
      for (std::size_t i = offset; i < end; ++i) out.push_back(all[i]->to_legacy_json());
      JsonObject result{{"tasks", std::move(out)}};
      if (end < all.size())
        result["nextCursor"] = server::detail::base64url_encode(fmt::format("tasks:{}", end));
      return respond(std::move(result));
    }

    auto task = tasks->find(task_id_param(request.params), owner);
    if (!task) throw McpError(unknown_task_error());

    if (method == "tasks/get")
      return respond(modern ? task->to_modern_json(true) : task->to_legacy_json());

    if (method == "tasks/update") {
      auto* responses = params_of(request.params).if_contains("inputResponses");
      if (!responses || !responses->is_object())
        throw McpError(Error::invalid_params("inputResponses: expected an object"));
      {
        std::lock_guard lock(task->mutex);
        // Keys that are not outstanding (never issued, already answered) are ignored.
        for (auto& [k, v] : responses->get_object()) {
          auto it = task->pending.find(k);
          if (it == task->pending.end() || !v.is_object()) continue;
          task->pending.erase(it);
          task->delivered.insert_or_assign(std::string(k), v);
        }
      }
      task->changed.notify_all();
      return respond(JsonObject{{"resultType", "complete"}});
    }

    if (method == "tasks/cancel") {
      bool cancelled = task->transition(TaskStatus::kCancelled, "The task was cancelled.");
      if (cancelled) task->cancel.cancel("tasks/cancel");
      if (modern) return respond(JsonObject{{"resultType", "complete"}});  // ack, even if late
      if (!cancelled) {
        auto status = task->to_legacy_json().at("status");
        throw McpError(Error::invalid_params(
            fmt::format("Task is already {}", std::string_view(status.as_string()))));
      }
      return respond(task->to_legacy_json());
    }

    // tasks/result (2025-11-25): waits for a terminal status, bounded by the task's TTL and by
    // the request's own cancellation.
    std::unique_lock lock(task->mutex);
    while (!server::detail::is_terminal(task->status)) {
      if (ex->cancellation().is_cancelled()) return;  // nobody to answer
      if (std::chrono::steady_clock::now() >= task->expires) throw McpError(unknown_task_error());
      task->changed.wait_for(lock, std::chrono::milliseconds(100));
    }
    JsonObject related{{server::detail::kRelatedTaskMeta, JsonObject{{"taskId", task->id}}}};
    if (task->status == TaskStatus::kCompleted && task->result) {
      JsonObject result = *task->result;
      auto& meta = result["_meta"];
      if (!meta.is_object()) meta = JsonObject{};
      meta.as_object()[server::detail::kRelatedTaskMeta] =
          related[server::detail::kRelatedTaskMeta];
      lock.unlock();
      return respond(std::move(result));
    }
    Error error = task->status == TaskStatus::kFailed && task->error
                      ? *task->error
                      : Error::invalid_request("The task was cancelled");
    if (!error.data) error.data = related;
    lock.unlock();
    throw McpError(std::move(error));
  } catch (const McpError& e) {
    ex->fail(codec.encode_error(e.error()));
  } catch (const std::exception& e) {
    logger()->error("{} failed: {}", method, e.what());
    ex->fail(Error::internal("internal error"));
  }
}

}  // namespace sallyport
