// HttpExchange: one POSTed request answered as JSON, or as an SSE stream once something has to go
// out before the answer. LogicalStream: the ordered, possibly resumable, sequence of SSE events
// behind that answer (or behind a legacy session's GET stream).
#include <fmt/format.h>

#include "sallyport/model/log.hpp"
#include "server/http/internal.hpp"

namespace sallyport::server::http_binding {

namespace {
constexpr std::chrono::milliseconds kDefaultCallTimeout{60'000};
}

http::Response json_response(int status, std::string body) {
  http::Response r;
  r.status = status;
  r.headers.set("Content-Type", "application/json");
  r.body = std::move(body);
  return r;
}

http::Response error_response(int status, const std::optional<rpc::RequestId>& id,
                              const Error& error) {
  return json_response(status, rpc::encode(rpc::Response::failure(id, error)));
}

int status_for(Era era, const rpc::Response& response) {
  if (era == Era::kLegacy || response.ok()) return 200;
  switch (response.error().code) {
    case error_code::kMethodNotFound:
      return 404;
    case error_code::kMissingRequiredClientCapability:
    case error_code::kHeaderMismatch:
    case error_code::kUnsupportedProtocolVersion:
    case error_code::kInvalidRequest:
    case error_code::kParseError:
      return 400;
    default:
      return 200;
  }
}

// ---- LogicalStream ----------------------------------------------------------------------------

void LogicalStream::attach(std::shared_ptr<http::EventStream> sink, std::uint64_t after) {
  std::lock_guard lock(mutex_);
  if (sink_ && sink_ != sink) sink_->end();
  sink_ = std::move(sink);
  if (resumable_) {
    // Priming: the client learns an id to resume from and how long to wait before it does.
    sink_->send(http::sse::Event{.id = fmt::format("{}-{}", number_, after),
                                 .retry = shared_.options.sse_retry});
    if (after < sequence_) {
      if (auto stored = shared_.events->replay(session_, number_, after)) {
        for (auto& [seq, data] : *stored)
          sink_->send(http::sse::Event{.data = data, .id = fmt::format("{}-{}", number_, seq)});
      }
    }
    delivered_ = sequence_;
  }
  if (finished_) {
    sink_->end();
    sink_.reset();
  }
}

std::uint64_t LogicalStream::delivered() const {
  std::lock_guard lock(mutex_);
  return delivered_;
}

void LogicalStream::detach(const std::shared_ptr<http::EventStream>& sink) {
  std::lock_guard lock(mutex_);
  if (sink_ == sink) sink_.reset();
}

bool LogicalStream::attached() const {
  std::lock_guard lock(mutex_);
  return sink_ && !sink_->closed();
}

void LogicalStream::emit(const std::string& data) {
  std::lock_guard lock(mutex_);
  if (finished_) return;
  if (!resumable_) {
    if (sink_ && !sink_->send(http::sse::Event{.data = data})) sink_.reset();
    return;
  }
  auto seq = ++sequence_;
  shared_.events->append(session_, number_, seq, data);
  if (sink_) {
    if (sink_->send(http::sse::Event{.data = data, .id = fmt::format("{}-{}", number_, seq)}))
      delivered_ = seq;
    else
      sink_.reset();
  }
}

void LogicalStream::finish() {
  std::lock_guard lock(mutex_);
  if (finished_) return;
  finished_ = true;
  if (resumable_) shared_.events->complete(session_, number_);
  if (sink_) {
    sink_->end();
    sink_.reset();
  }
}

bool LogicalStream::finished() const {
  std::lock_guard lock(mutex_);
  return finished_;
}

bool LogicalStream::drop_sink(const std::shared_ptr<http::EventStream>& only) {
  std::lock_guard lock(mutex_);
  if (!sink_ || (only && sink_ != only)) return false;
  if (resumable_)
    sink_->send(http::sse::Event{.id = fmt::format("{}-{}", number_, sequence_),
                                 .retry = shared_.options.sse_retry});
  sink_->end();
  sink_.reset();
  return true;
}

// ---- HttpExchange -----------------------------------------------------------------------------

HttpExchange::HttpExchange(Shared& shared, Era era, rpc::Request request,
                           std::shared_ptr<http::Responder> responder,
                           std::shared_ptr<LiveSession> session, http::Headers extra_headers,
                           std::shared_ptr<const Principal> caller)
    : shared_(shared),
      era_(era),
      request_(std::move(request)),
      session_(std::move(session)),
      caller_(std::move(caller)),
      responder_(std::move(responder)),
      extra_headers_(std::move(extra_headers)) {}

HttpExchange::~HttpExchange() {
  // A handler that never answered: the client must not wait forever.
  if (!answered_)
    answer(rpc::Response::failure(request_.id, Error::internal("request was not answered")));
}

void HttpExchange::start() {
  std::weak_ptr<HttpExchange> weak = weak_from_this();
  std::shared_ptr<http::Responder> responder;
  {
    std::lock_guard lock(mutex_);
    responder = responder_;
  }
  if (!responder) return;
  responder->on_disconnect([weak] {
    auto self = weak.lock();
    if (!self) return;
    if (self->era_ == Era::kModern) {
      // 2026-07-28: closing the response stream is the cancellation signal.
      self->token_.cancel("the client closed the connection");
      return;
    }
    // 2025-11-25: a disconnect is not a cancellation. Events keep going to the event store;
    // the client resumes with Last-Event-ID.
    std::lock_guard lock(self->mutex_);
    if (self->stream_ && self->sink_) self->stream_->detach(self->sink_);
  });
}

void HttpExchange::add_header(std::string name, std::string value) {
  std::lock_guard lock(mutex_);
  extra_headers_.set(std::move(name), std::move(value));
}

void HttpExchange::on_answer(std::function<void(const rpc::Response&)> callback) {
  std::lock_guard lock(mutex_);
  on_answer_ = std::move(callback);
}

void HttpExchange::respond(Json result) {
  answer(rpc::Response::success(request_.id, std::move(result)));
}
void HttpExchange::respond_serialized(std::string result) {
  {
    std::unique_lock lock(mutex_);
    if (on_answer_) {
      // Its callback wants the response as an object: the general path.
      lock.unlock();
      return respond(boost::json::parse(result));
    }
  }
  if (answered_.exchange(true)) return;
  deliver_text(rpc::encode_success(request_.id, result), 200);
}

void HttpExchange::fail(Error error) {
  answer(rpc::Response::failure(request_.id, std::move(error)));
}

bool HttpExchange::ensure_stream(std::unique_lock<std::mutex>&) {
  if (stream_) return true;
  if (stream_refused_ || !responder_) return false;
  auto sink = responder_->open_events(extra_headers_);
  if (!sink) {
    stream_refused_ = true;
    return false;
  }
  sink_ = sink;
  if (era_ == Era::kLegacy && session_) {
    std::uint64_t number;
    {
      std::lock_guard lock(session_->mutex);
      number = session_->next_stream++;
      std::erase_if(session_->streams, [](auto& kv) { return kv.second.expired(); });
    }
    stream_ = std::make_shared<LogicalStream>(shared_, true, session_->key, number);
    std::lock_guard lock(session_->mutex);
    session_->streams[number] = stream_;
  } else {
    stream_ = std::make_shared<LogicalStream>(shared_, false, std::string{}, 0);
  }
  stream_->attach(std::move(sink), 0);
  return true;
}

void HttpExchange::emit_locked(const rpc::Message& message) {
  stream_->emit(rpc::encode(message));
}

void HttpExchange::answer(rpc::Response response) {
  if (answered_.exchange(true)) return;
  std::function<void(const rpc::Response&)> after;
  {
    std::lock_guard lock(mutex_);
    after = std::move(on_answer_);
  }
  deliver(response);
  if (after) after(response);
}

void HttpExchange::deliver(const rpc::Response& response) {
  deliver_text(rpc::encode(response), status_for(era_, response));
}

void HttpExchange::deliver_text(std::string text, int status) {
  if (session_) {
    std::lock_guard lock(session_->mutex);
    session_->in_flight.erase(request_.id);
  }
  std::shared_ptr<http::Responder> responder;
  bool cancelled = token_.is_cancelled();
  {
    std::unique_lock lock(mutex_);
    if (stream_) {
      // A cancelled request gets no answer (JSON-RPC); its stream just ends.
      if (!cancelled) stream_->emit(text);
      stream_->finish();
      return;
    }
    responder = std::move(responder_);
    if (!responder) return;
    if (cancelled) {
      if (era_ == Era::kModern) return;  // the client went away; nobody to tell
      // A legacy client cancelled but its POST still waits for an HTTP answer: an SSE stream
      // with no message in it says "nothing for you" without inventing a JSON-RPC response.
      if (auto sink = responder->open_events(extra_headers_)) {
        sink->end();
        return;
      }
    }
  }
  auto http_response = json_response(status, std::move(text));
  {
    std::lock_guard lock(mutex_);
    for (auto& [k, v] : extra_headers_) http_response.headers.set(k, v);
  }
  responder->respond(std::move(http_response));
}

void HttpExchange::notify(std::string method, Json params) {
  if (answered_ || token_.is_cancelled()) return;
  std::shared_ptr<http::Responder> refused;
  {
    std::unique_lock lock(mutex_);
    if (ensure_stream(lock)) {
      emit_locked(rpc::Notification{std::move(method), std::move(params)});
      return;
    }
    // No stream to be had (the server's stream limit): progress and logs are dropped, but a
    // listen request is nothing but its stream.
    if (request_.method != "subscriptions/listen" || !responder_) return;
    refused = std::move(responder_);
  }
  answered_ = true;
  token_.cancel("too many open streams");
  refused->respond(error_response(
      503, request_.id, Error{kTransportError, "Service Unavailable: too many open streams", {}}));
}

rpc::Response HttpExchange::call(std::string method, Json params, const rpc::CallOptions& options) {
  if (era_ != Era::kLegacy || !session_)
    return rpc::Response::failure(std::nullopt, Error::method_not_found(method));
  struct Waiter {
    std::mutex mutex;
    std::condition_variable cv;
    std::optional<rpc::Response> response;
    void set(rpc::Response r) {
      std::lock_guard lock(mutex);
      if (!response) response = std::move(r);
      cv.notify_all();
    }
  };
  auto waiter = std::make_shared<Waiter>();
  std::int64_t id;
  {
    std::lock_guard lock(session_->mutex);
    if (session_->closed)
      return rpc::Response::failure(std::nullopt,
                                    Error{error_code::kConnectionClosed, "session ended", {}});
    id = session_->next_call_id++;
    session_->pending_calls[id] = [waiter](rpc::Response r) {
      waiter->set(std::move(r));
    };
  }
  auto forget = [&] {
    std::lock_guard lock(session_->mutex);
    session_->pending_calls.erase(id);
  };
  {
    std::unique_lock lock(mutex_);
    if (answered_ && session_->standalone) {
      // A task's question (2025-11-25) after its tools/call was answered: the session's GET
      // stream, where the client also gets the task's status notifications.
      lock.unlock();
      session_->standalone->emit(
          rpc::encode(rpc::Request{rpc::RequestId{id}, std::move(method), std::move(params)}));
    } else if (answered_ || !ensure_stream(lock)) {
      lock.unlock();
      forget();
      return rpc::Response::failure(
          rpc::RequestId{id},
          Error{error_code::kConnectionClosed, "no stream to reach the client on", {}});
    } else {
      emit_locked(rpc::Request{rpc::RequestId{id}, std::move(method), std::move(params)});
    }
  }
  // The reason arrives as an argument: a callback holding its own token would keep the token
  // alive forever (a leak per call that is never cancelled).
  auto cancelled = [waiter, id](const std::string& reason) {
    waiter->set(rpc::Response::failure(
        rpc::RequestId{id},
        Error{error_code::kRequestCancelled, reason.empty() ? "request cancelled" : reason, {}}));
  };
  token_.on_cancel_with_reason(cancelled);
  if (options.cancellation) options.cancellation->on_cancel_with_reason(cancelled);
  auto timeout = options.timeout.count() > 0 ? options.timeout : kDefaultCallTimeout;
  // The answer comes in another POST: on an I/O thread, someone else must read it, now.
  http::handler_blocking();
  bool timed_out;
  {
    std::unique_lock lock(waiter->mutex);
    timed_out = !waiter->cv.wait_for(lock, timeout, [&] { return waiter->response.has_value(); });
  }
  if (timed_out)
    waiter->set(rpc::Response::failure(
        rpc::RequestId{id},
        Error{error_code::kRequestTimeout,
              fmt::format("the client did not answer within {} ms", timeout.count()),
              {}}));
  forget();
  rpc::Response r = std::move(*waiter->response);
  if (!r.ok() && (r.error().code == error_code::kRequestTimeout ||
                  r.error().code == error_code::kRequestCancelled)) {
    // Tell the client to stop working on our request (best effort, on the same stream).
    std::unique_lock lock(mutex_);
    if (stream_ && !answered_)
      emit_locked(rpc::Notification{"notifications/cancelled",
                                    JsonObject{{"requestId", id}, {"reason", r.error().message}}});
  }
  return r;
}

bool HttpExchange::close_connection() {
  if (era_ != Era::kLegacy) return false;
  std::unique_lock lock(mutex_);
  if (answered_ || !ensure_stream(lock)) return false;
  return stream_->drop_sink();
}

}  // namespace sallyport::server::http_binding
