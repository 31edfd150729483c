#include "sallyport/rpc/peer.hpp"

#include <condition_variable>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "rpc/worker_pool.hpp"
#include "sallyport/model/log.hpp"

namespace sallyport::rpc {

namespace {
using Clock = std::chrono::steady_clock;

constexpr int kServerBusy = -32003;  // implementation-defined range: too many requests in flight

struct IdLess {
  bool operator()(const RequestId& a, const RequestId& b) const { return a < b; }
};

// The engine whose channel callback this thread is running, if any (see ~Peer).
thread_local const void* delivering_for = nullptr;
}  // namespace

struct Peer::Impl {
  std::shared_ptr<Channel> channel;
  Options options;
  std::weak_ptr<Peer> self;

  RequestHandler request_handler;
  NotificationHandler notification_handler;
  std::function<void()> close_handler;

  detail::WorkerPool workers;

  // Our outgoing requests awaiting an answer.
  struct Pending {
    std::function<void(Response)> done;
    std::chrono::milliseconds timeout;
    Clock::time_point deadline;
    std::function<void(const Json&)> on_progress;
    bool reset_on_progress = false;
  };
  std::mutex mutex;
  std::condition_variable timer_cv;
  std::map<std::int64_t, Pending> pending;
  std::int64_t next_id = 1;
  bool is_closed = false;
  bool started = false;
  std::condition_variable closed_cv;
  bool shutdown_done = false;  // shutdown() finished cancelling and failing (wait_closed)

  // Incoming requests being handled, for cancellation and duplicate-id detection.
  std::map<RequestId, CancellationToken, IdLess> incoming;

  std::thread timer;

  Impl(std::shared_ptr<Channel> c, Options o)
      : channel(std::move(c)),
        options(std::move(o)),
        workers(options.limits.max_concurrent_requests) {}

  void send(const Message& m) { channel->send(encode(m)); }
  // Responses carry most of the bytes: encode them in place instead of copying into a Message.
  void send(const Response& r) { channel->send(encode(r)); }

  // ---- incoming -----------------------------------------------------------------------------
  void on_frame(std::string&& frame) {
    auto decoded = decode(frame, options.limits);
    if (!decoded) {
      logger()->debug("{}: rejected message: {}", options.name, decoded.error().error.message);
      if (decoded.error().respond)
        send(Response::failure(decoded.error().id, decoded.error().error));
      return;
    }
    std::visit([this](auto&& m) { handle(std::move(m)); }, std::move(*decoded));
  }

  void handle(Request&& request);
  void handle(Notification&& notification);
  void handle(Response&& response);

  void finish_incoming(const RequestId& id) {
    std::lock_guard lock(mutex);
    incoming.erase(id);
  }

  // ---- outgoing -----------------------------------------------------------------------------
  void complete(std::int64_t id, Response response) {
    std::function<void(Response)> done;
    {
      std::lock_guard lock(mutex);
      auto it = pending.find(id);
      if (it == pending.end()) return;
      done = std::move(it->second.done);
      pending.erase(it);
    }
    done(std::move(response));
  }

  void run_timer() {
    std::unique_lock lock(mutex);
    while (!is_closed) {
      auto next = Clock::time_point::max();
      for (auto& [id, p] : pending) next = std::min(next, p.deadline);
      if (next == Clock::time_point::max()) {
        timer_cv.wait(lock);
        continue;
      }
      if (timer_cv.wait_until(lock, next) != std::cv_status::timeout) continue;
      auto now = Clock::now();
      std::vector<std::pair<std::int64_t, Pending>> expired;
      for (auto it = pending.begin(); it != pending.end();) {
        if (it->second.deadline <= now) {
          expired.emplace_back(it->first, std::move(it->second));
          it = pending.erase(it);
        } else {
          ++it;
        }
      }
      lock.unlock();
      for (auto& [id, p] : expired) {
        // Tell the peer to stop working on it, then report the timeout locally.
        JsonObject params{{"requestId", id}, {"reason", "request timed out"}};
        send(Notification{"notifications/cancelled", std::move(params)});
        p.done(Response::failure(
            RequestId{id}, Error{error_code::kRequestTimeout,
                                 fmt::format("request timed out after {} ms", p.timeout.count()),
                                 {}}));
      }
      lock.lock();
    }
  }

  void shutdown(std::optional<std::string> why) {
    std::map<std::int64_t, Pending> failed;
    std::vector<CancellationToken> to_cancel;
    {
      std::lock_guard lock(mutex);
      if (is_closed) return;
      is_closed = true;
      failed.swap(pending);
      for (auto& [id, token] : incoming) to_cancel.push_back(token);
      incoming.clear();
    }
    timer_cv.notify_all();
    for (auto& t : to_cancel) t.cancel("connection closed");
    std::string message = why ? fmt::format("connection closed: {}", *why) : "connection closed";
    for (auto& [id, p] : failed)
      p.done(Response::failure(RequestId{id}, Error{error_code::kConnectionClosed, message, {}}));
    // wait_closed() returns only now: its caller may free what the cancellation callbacks use
    // (Server::serve returns, then the Server goes).
    {
      std::lock_guard lock(mutex);
      shutdown_done = true;
    }
    closed_cv.notify_all();
    if (close_handler) close_handler();
  }
};

// The exchange for a request that arrived on this engine's channel.
class PeerExchange final : public Exchange {
 public:
  PeerExchange(std::shared_ptr<Peer> peer, Peer::Impl* impl, Request request,
               CancellationToken token)
      : peer_(std::move(peer)),
        impl_(impl),
        request_(std::move(request)),
        token_(std::move(token)) {}
  ~PeerExchange() override {
    // A handler that never answered: the peer must not wait forever.
    if (!answered_.exchange(true)) {
      impl_->finish_incoming(request_.id);
      if (!token_.is_cancelled())
        impl_->send(Response::failure(request_.id, Error::internal("request was not answered")));
    }
  }

  const Request& request() const override { return request_; }
  const CancellationToken& cancellation() const override { return token_; }
  void respond(Json result) override { answer(Response::success(request_.id, std::move(result))); }
  bool takes_serialized_results() const override { return true; }
  void respond_serialized(std::string result) override {
    if (!claim_answer()) return;
    impl_->channel->send(encode_success(request_.id, result));
  }
  void fail(Error error) override { answer(Response::failure(request_.id, std::move(error))); }
  bool answered() const override { return answered_.load(); }
  void notify(std::string method, Json params) override {
    if (!token_.is_cancelled()) peer_->notify(std::move(method), std::move(params));
  }
  Response call(std::string method, Json params, const CallOptions& options) override {
    CallOptions o = options;
    if (!o.cancellation) o.cancellation = token_;  // cancelling us cancels what we asked
    return peer_->call(std::move(method), std::move(params), std::move(o));
  }

 private:
  // The one answer: false when this exchange was answered already or its request cancelled.
  bool claim_answer() {
    if (answered_.exchange(true)) return false;
    impl_->finish_incoming(request_.id);
    return !token_.is_cancelled();
  }
  void answer(Response r) {
    if (claim_answer()) impl_->send(r);
  }

  std::shared_ptr<Peer> peer_;
  Peer::Impl* impl_;
  Request request_;
  CancellationToken token_;
  std::atomic<bool> answered_{false};
};

void Peer::Impl::handle(Request&& request) {
  auto peer = self.lock();
  if (!peer) return;
  CancellationToken token;
  {
    std::lock_guard lock(mutex);
    if (is_closed) return;
    if (incoming.contains(request.id)) {
      // Answering would be ambiguous for the original, but silence would hang the sender.
      send(Response::failure(request.id, Error::invalid_request(fmt::format(
                                             "duplicate request id {} while the first is in flight",
                                             to_string(request.id)))));
      return;
    }
    if (incoming.size() >= options.limits.max_concurrent_requests) {
      send(
          Response::failure(request.id, Error{kServerBusy,
                                              fmt::format("too many concurrent requests (limit {})",
                                                          options.limits.max_concurrent_requests),
                                              {}}));
      return;
    }
    incoming.emplace(request.id, token);
  }
  auto exchange = std::make_shared<PeerExchange>(peer, this, std::move(request), token);
  if (!request_handler) {
    exchange->fail(Error::method_not_found(exchange->request().method));
    return;
  }
  auto run = [this, exchange] {
    try {
      request_handler(exchange);
    } catch (const McpError& e) {
      exchange->fail(e.error());
    } catch (const std::exception& e) {
      // The message may carry internals; log it here, send a generic one.
      logger()->error("{}: handler for {} threw: {}", options.name, exchange->request().method,
                      e.what());
      exchange->fail(Error::internal("internal error"));
    }
  };
  // Leader/follower: when the channel can continue reading on another thread, handle the
  // request right here. The thread that read the request writes its response, so no thread
  // wake-up sits between the two (a cross-core wake costs ~40 us on small VMs); channels hand
  // the reading over lazily, only once the handler turns out to be slow. Everything that must
  // stay ordered (registration above) happened before the hand-off.
  if (channel->hand_off_reading()) return run();
  workers.post(std::move(run));
}

void Peer::Impl::handle(Notification&& n) {
  if (n.method == "notifications/cancelled") {
    if (!n.params.is_object()) return;
    auto* rid = n.params.as_object().if_contains("requestId");
    auto id = rid ? request_id_from_json(*rid) : std::nullopt;
    if (!id) return;
    std::optional<CancellationToken> token;
    {
      std::lock_guard lock(mutex);
      if (auto it = incoming.find(*id); it != incoming.end()) token = it->second;
    }
    std::string reason;
    if (auto* r = n.params.as_object().if_contains("reason"); r && r->is_string())
      reason = std::string(r->get_string());
    if (token) token->cancel(reason.empty() ? "cancelled by peer" : reason);
    // Also forward: servers use it to end subscriptions/listen streams on stdio.
  } else if (n.method == "notifications/progress" && n.params.is_object()) {
    auto* tok = n.params.as_object().if_contains("progressToken");
    if (tok && tok->is_int64()) {
      std::function<void(const Json&)> cb;
      {
        std::lock_guard lock(mutex);
        if (auto it = pending.find(tok->get_int64()); it != pending.end()) {
          cb = it->second.on_progress;
          if (it->second.reset_on_progress) {
            it->second.deadline = Clock::now() + it->second.timeout;
            timer_cv.notify_all();
          }
        }
      }
      if (cb) {
        cb(n.params);
        return;
      }
    }
  }
  if (notification_handler) {
    try {
      notification_handler(n);
    } catch (const std::exception& e) {
      logger()->warn("{}: notification handler for {} threw: {}", options.name, n.method, e.what());
    }
  }
}

void Peer::Impl::handle(Response&& response) {
  if (!response.id) {
    if (!response.ok())
      logger()->warn("{}: peer reported an error: {} ({})", options.name, response.error().message,
                     response.error().code);
    return;
  }
  auto* n = std::get_if<std::int64_t>(&*response.id);
  if (!n) {
    logger()->debug("{}: response to unknown id {}", options.name, to_string(*response.id));
    return;
  }
  complete(*n, std::move(response));
}

// ---- Peer -----------------------------------------------------------------------------------

Peer::Peer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::shared_ptr<Peer> Peer::create(std::shared_ptr<Channel> channel, Options options) {
  auto impl = std::make_unique<Impl>(std::move(channel), std::move(options));
  auto* raw = impl.get();
  std::shared_ptr<Peer> peer(new Peer(std::move(impl)));
  raw->self = peer;
  return peer;
}

Peer::~Peer() {
  impl_->channel->close();
  impl_->shutdown(std::nullopt);
  impl_->workers.shutdown();
  if (impl_->timer.joinable()) {
    if (impl_->timer.get_id() == std::this_thread::get_id())
      impl_->timer.detach();
    else
      impl_->timer.join();
  }
  // The last reference can go away inside one of the channel's own callbacks (an exchange
  // released on its delivery thread). A channel destroyed by its own thread would pull that
  // thread's state away underneath it, so another thread does the final release (and joins it).
  if (delivering_for == impl_.get())
    std::thread([channel = std::move(impl_->channel)]() mutable { channel.reset(); }).detach();
}

void Peer::on_request(RequestHandler h) {
  impl_->request_handler = std::move(h);
}
void Peer::on_notification(NotificationHandler h) {
  impl_->notification_handler = std::move(h);
}
void Peer::on_close(std::function<void()> h) {
  impl_->close_handler = std::move(h);
}

void Peer::start() {
  {
    std::lock_guard lock(impl_->mutex);
    if (impl_->started) return;
    impl_->started = true;
  }
  impl_->timer = std::thread([impl = impl_.get()] { impl->run_timer(); });
  // The channel may outlive us and keep delivering (frames queued before close(), its on_close):
  // each callback holds the peer for its duration and does nothing once the peer is gone.
  auto with_peer = [weak = impl_->self](auto&& f) {
    auto peer = weak.lock();
    if (!peer) return;
    Impl* impl = peer->impl_.get();
    const void* outer = delivering_for;
    delivering_for = impl;
    f(*impl);
    peer.reset();  // may run ~Peer here, which then sees delivering_for
    delivering_for = outer;
  };
  impl_->channel->start(Channel::Callbacks{
      .on_frame =
          [with_peer](std::string&& frame) {
            with_peer([&](Impl& impl) { impl.on_frame(std::move(frame)); });
          },
      .on_oversize =
          [with_peer](std::size_t bytes) {
            with_peer([&](Impl& impl) {
              impl.send(Response::failure(
                  std::nullopt, Error::invalid_request(fmt::format(
                                    "message exceeds the limit of {} bytes (discarded after {})",
                                    impl.options.limits.max_message_bytes, bytes))));
            });
          },
      .on_close =
          [with_peer](std::optional<std::string> why) {
            with_peer([&](Impl& impl) { impl.shutdown(std::move(why)); });
          },
  });
}

void Peer::call_async(std::string method, Json params, CallOptions options,
                      std::function<void(Response)> done) {
  std::int64_t id;
  std::unique_lock lock(impl_->mutex);
  if (impl_->is_closed) {
    lock.unlock();
    done(Response::failure(std::nullopt,
                           Error{error_code::kConnectionClosed, "connection closed", {}}));
    return;
  }
  if (impl_->pending.size() >= impl_->options.limits.max_pending_outgoing) {
    lock.unlock();
    done(Response::failure(std::nullopt,
                           Error{kServerBusy, "too many outgoing requests in flight", {}}));
    return;
  }
  if (options.cancellation && options.cancellation->is_cancelled()) {
    lock.unlock();
    done(Response::failure(std::nullopt,
                           Error{error_code::kRequestCancelled, "request cancelled", {}}));
    return;
  }
  id = impl_->next_id++;
  auto timeout =
      options.timeout.count() > 0 ? options.timeout : impl_->options.limits.request_timeout;
  if (options.on_progress) {
    if (!params.is_object()) params = JsonObject{};
    auto& meta = params.as_object()["_meta"];
    if (!meta.is_object()) meta = JsonObject{};
    meta.as_object()["progressToken"] = id;
  }
  impl_->pending.emplace(
      id, Impl::Pending{std::move(done), timeout, Clock::now() + timeout,
                        std::move(options.on_progress), options.reset_timeout_on_progress});
  lock.unlock();
  impl_->timer_cv.notify_all();

  if (!impl_->channel->send(encode(Request{RequestId{id}, std::move(method), std::move(params)}))) {
    impl_->complete(
        id, Response::failure(RequestId{id},
                              Error{error_code::kConnectionClosed, "connection closed", {}}));
    return;
  }
  // Registered after sending, so notifications/cancelled never precedes its request.
  if (options.cancellation) {
    std::weak_ptr<Peer> weak = weak_from_this();
    // The reason comes as an argument: capturing the token would make it own itself (a leak
    // per call whose token is never cancelled, e.g. every legacy elicitation).
    options.cancellation->on_cancel_with_reason([weak, id](const std::string& reason) {
      auto self = weak.lock();
      if (!self) return;
      bool was_pending;
      {
        std::lock_guard l(self->impl_->mutex);
        was_pending = self->impl_->pending.contains(id);
      }
      if (!was_pending) return;
      self->notify(
          "notifications/cancelled",
          JsonObject{{"requestId", id}, {"reason", reason.empty() ? "cancelled" : reason}});
      self->impl_->complete(
          id, Response::failure(RequestId{id},
                                Error{error_code::kRequestCancelled, "request cancelled", {}}));
    });
  }
}

Response Peer::call(std::string method, Json params, CallOptions options) {
  auto promise = std::make_shared<std::promise<Response>>();
  auto future = promise->get_future();
  call_async(std::move(method), std::move(params), std::move(options),
             [promise](Response r) { promise->set_value(std::move(r)); });
  // Called from a handler on the delivering thread, the response can only arrive if someone
  // else reads: don't wait for the channel's lazy take-over.
  if (auto ch = impl_->channel) ch->take_over_reading_now();
  return future.get();
}

bool Peer::notify(std::string method, Json params) {
  if (closed()) return false;
  return impl_->channel->send(encode(Notification{std::move(method), std::move(params)}));
}

void Peer::close() {
  impl_->channel->close();
}

void Peer::wait_closed() {
  std::unique_lock lock(impl_->mutex);
  impl_->closed_cv.wait(lock, [this] { return impl_->shutdown_done; });
}

bool Peer::closed() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->is_closed;
}

const Limits& Peer::limits() const {
  return impl_->options.limits;
}

}  // namespace sallyport::rpc
