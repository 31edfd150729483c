// The HTTP server on Beast. One io_context per I/O thread (a "lane"); the acceptor hands new
// connections to the lanes in turn and a connection stays on its lane, on its own strand, so its
// state needs no locks. Lanes share nothing per request: with one io_context for all threads,
// Asio's scheduler woke another thread whenever more than one handler was queued (about one
// futex per request), which on a loaded VM costs more than a fast request. Lifetimes: the Server
// owns Impl through a shared_ptr that responders share, so the io_contexts outlive every object
// that may still post to them; connections point back to Impl with a plain pointer (Impl owns
// the io_contexts that own them).
//
// Per connection the cycle is: read a head (header timeout) → read the body (body timeout) →
// hand the request over → while it is answered, keep a read pending so a disconnect is seen at
// once → write (each write timed) → if keep-alive, wait for the next request (idle timeout).
//
// The handler runs on the I/O thread that read the request, outside the strand (so it may
// block while its own connection keeps writing), and an answer given from an I/O thread is
// written at once on that thread when the strand is free: a fast request costs no thread
// wake-up. The I/O threads are elastic, like the stdio channel's readers: a watchdog ticks
// while handlers run, and a handler seen running on two consecutive ticks gets a new thread to
// replace its own (bounded) that runs the same lane, since only that lane's threads serve its
// connections; a lane's threads beyond its first leave once they are not needed.
#include "sallyport/http/server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <future>
#include <list>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "sallyport/model/log.hpp"

namespace sallyport::http {

namespace {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

std::string str(beast::string_view s) {
  return std::string(s.data(), s.size());
}

std::string_view view(beast::string_view s) {
  return {s.data(), s.size()};
}

bool has_crlf(std::string_view s) {
  return s.find_first_of("\r\n") != std::string_view::npos;
}

bool is_framing_header(std::string_view name) {
  return iequals(name, "Content-Length") || iequals(name, "Transfer-Encoding") ||
         iequals(name, "Connection");
}

void append_headers(std::string& out, const Headers& headers) {
  for (auto& [name, value] : headers) {
    // A CR or LF would let a value start a new header (response splitting): drop such fields.
    if (name.empty() || has_crlf(name) || has_crlf(value) || is_framing_header(name)) continue;
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
  }
}

template <typename Number>
void append_number(std::string& out, Number n) {
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, end);
}

void append_status_line(std::string& out, int status) {
  out += "HTTP/1.1 ";
  append_number(out, status);
  out += ' ';
  out += reason_phrase(status);
  out += "\r\n";
}

std::string status_line(int status) {
  std::string out;
  append_status_line(out, status);
  return out;
}

// Written with appends into one string reserved up front (fmt::format for the status line and
// the length cost more than the rest of the head).
std::string serialize(const Response& r, bool keep_alive) {
  std::size_t head = 96;
  for (auto& [name, value] : r.headers) head += name.size() + value.size() + 4;
  std::string out;
  out.reserve(head + r.body.size());
  append_status_line(out, r.status);
  append_headers(out, r.headers);
  bool no_body = r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200);
  if (!no_body) {
    out += "Content-Length: ";
    append_number(out, r.body.size());
    out += "\r\n";
  }
  out += keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
  out += "\r\n";
  if (!no_body) out += r.body;
  return out;
}

std::string chunk(std::string_view data) {
  return fmt::format("{:x}\r\n{}\r\n", data.size(), data);
}

Response plain_error(int status, std::string_view message) {
  return Response::text(status, fmt::format("{}\n", message));
}

// Where a connection's request head lives while it is parsed: Beast allocates every header
// field (and the target) separately, so the parser's fields take their memory from a small
// per-connection block, reused for each request, and go to the heap only when a head does not
// fit. The request handed to the handler copies what it needs, so the block is free again once
// the parser is gone.
struct HeadArena {
  static constexpr std::size_t kSize = 2048;
  alignas(std::max_align_t) unsigned char bytes[kSize];
  std::size_t used = 0;
  bool owns(const void* p) const {
    auto* b = static_cast<const unsigned char*>(p);
    return b >= bytes && b < bytes + kSize;
  }
};

template <typename T>
struct HeadAllocator {
  using value_type = T;
  HeadArena* arena;
  explicit HeadAllocator(HeadArena* a) noexcept : arena(a) {}
  template <typename U>
  HeadAllocator(const HeadAllocator<U>& other) noexcept : arena(other.arena) {}
  T* allocate(std::size_t n) {
    std::size_t size = n * sizeof(T);
    std::size_t start = (arena->used + alignof(T) - 1) & ~(alignof(T) - 1);
    if (n <= HeadArena::kSize / sizeof(T) && start + size <= HeadArena::kSize) {
      arena->used = start + size;
      return reinterpret_cast<T*>(arena->bytes + start);
    }
    return static_cast<T*>(::operator new(size));
  }
  void deallocate(T* p, std::size_t) noexcept {
    if (!arena->owns(p)) ::operator delete(p);
  }
  template <typename U>
  bool operator==(const HeadAllocator<U>& other) const noexcept {
    return arena == other.arena;
  }
};

using RequestParser = bhttp::request_parser<bhttp::string_body, HeadAllocator<char>>;

// What one request's answer shares between its Responder (any thread) and the connection.
struct Exchange {
  std::mutex mutex;
  bool answered = false;      // respond() / open_events() taken
  bool finished = false;      // the response was completely written
  bool disconnected = false;  // it never will be
  std::vector<std::function<void()>> on_disconnect;
};

void fire_disconnect(const std::shared_ptr<Exchange>& ex) {
  std::vector<std::function<void()>> callbacks;
  {
    std::lock_guard lock(ex->mutex);
    if (ex->finished || ex->disconnected) return;
    ex->disconnected = true;
    callbacks.swap(ex->on_disconnect);
  }
  for (auto& cb : callbacks) {
    try {
      cb();
    } catch (const std::exception& e) {
      logger()->warn("http: disconnect callback threw: {}", e.what());
    }
  }
}

}  // namespace

// The parts of a connection that do not depend on TLS.
class ConnectionBase : public std::enable_shared_from_this<ConnectionBase> {
 public:
  virtual ~ConnectionBase() = default;
  virtual void post(std::function<void()> fn) = 0;
  // Runs `fn` on the strand, right here when the strand is free and this is an I/O thread (an
  // answer is written without waking another thread); queued otherwise. Never inside a call
  // made from the strand itself: those callers may hold the connection's state mid-change.
  virtual void dispatch(std::function<void()> fn) = 0;
  // Strand-only operations, reached through post().
  virtual void deliver(const std::shared_ptr<Exchange>& ex, Response response) = 0;
  virtual void begin_stream(const std::shared_ptr<Exchange>& ex, Headers headers) = 0;
  virtual void stream_send(const std::shared_ptr<Exchange>& ex, std::string payload) = 0;
  virtual void stream_end(const std::shared_ptr<Exchange>& ex) = 0;
  virtual void begin_stop() = 0;
  virtual void force_close() = 0;
};

struct Server::Impl : std::enable_shared_from_this<Server::Impl> {
  // An io_context with the connections pinned to it, run by one base thread plus the threads
  // that replaced its blocked handlers.
  struct Lane {
    net::io_context ioc;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::size_t extra_threads = 0;     // live ones; under pool_mutex
    std::size_t replaced_threads = 0;  // held by a handler that got a replacement; pool_mutex
    std::atomic<long> surplus{0};      // extra_threads - replaced_threads: > 0, one may leave
    void update_surplus() {
      surplus = static_cast<long>(extra_threads) - static_cast<long>(replaced_threads);
    }
  };
  // One per I/O thread: what the watchdog needs to see that thread's handler.
  struct Slot {
    Lane* lane = nullptr;
    std::atomic<std::uint64_t> running{0};  // the handler now running (its number), 0: none
    std::atomic<bool> replaced{false};      // a thread was added for it (set under pool_mutex)
    std::uint64_t started = 0;              // handlers begun; the owning thread's
    std::uint64_t seen = 0;                 // `running` at the watchdog's last tick
  };
  struct IoThread {
    std::thread thread;
    std::unique_ptr<Slot> slot = std::make_unique<Slot>();
    bool extra = false;
    bool done = false;  // an extra thread that left: to be joined
  };

  ServerOptions options;
  Handler handler;
  // Destroyed explicitly (acceptor, then the io_contexts with the handlers that own
  // connections) before the members those connections use.
  std::vector<std::unique_ptr<Lane>> lanes;
  std::size_t next_lane = 0;  // the acceptor's (round robin)
  std::optional<ssl::context> tls;
  std::optional<tcp::acceptor> acceptor;
  std::atomic<std::uint16_t> bound_port{0};
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> streams{0};

  mutable std::mutex mutex;
  std::condition_variable cv;
  std::unordered_map<ConnectionBase*, std::weak_ptr<ConnectionBase>> connections;
  bool started = false;
  bool stop_begun = false;
  bool stopped = false;

  // The elastic I/O threads (see the top of the file).
  std::mutex pool_mutex;
  std::condition_variable pool_cv;  // the watchdog's
  std::list<IoThread> io_threads;
  std::size_t extra_threads = 0;  // live ones, all lanes (bounded by max_extra_threads)
  std::atomic<bool> watchdog_parked{false};
  bool pool_stopping = false;
  std::thread watchdog;

  Impl(ServerOptions o, Handler h) : options(std::move(o)), handler(std::move(h)) {
    std::size_t n = options.threads ? options.threads : std::thread::hardware_concurrency();
    for (std::size_t i = 0; i < std::max<std::size_t>(n, 1); ++i)
      lanes.push_back(std::make_unique<Lane>());
    acceptor.emplace(net::make_strand(lanes.front()->ioc));
  }
  ~Impl() {
    acceptor.reset();
    for (auto& lane : lanes) lane->work.reset();
    // A connection's queued work lives on its own lane; only the first lane's (the acceptor's)
    // may still refer to other lanes (a cancelled accept holds the next lane's strand), so it
    // goes first.
    for (auto& lane : lanes) lane.reset();
  }

  void do_accept();
  void on_accept(boost::system::error_code ec, tcp::socket socket);

  void run_handler(Request req, std::shared_ptr<Responder> res);
  void start_threads();
  void base_main(Slot* slot);
  void extra_main(Slot* slot);
  void watchdog_main();
  bool replace_locked(Slot& slot, std::uint64_t number);
  void handler_ended(Slot& slot);
  void stop_threads();

  void unregister(ConnectionBase* c) {
    std::lock_guard lock(mutex);
    connections.erase(c);
    cv.notify_all();
  }
  std::vector<std::shared_ptr<ConnectionBase>> live_connections() {
    std::vector<std::shared_ptr<ConnectionBase>> out;
    std::lock_guard lock(mutex);
    for (auto& [k, w] : connections)
      if (auto c = w.lock()) out.push_back(std::move(c));
    return out;
  }
};

namespace {

template <typename Stream>
constexpr bool kIsTls = !std::is_same_v<Stream, beast::tcp_stream>;

template <typename Stream>
class Connection final : public ConnectionBase {
 public:
  template <typename... Args>
  Connection(Server::Impl* server, net::io_context& lane, Args&&... args)
      : server_(server),
        lane_(lane),
        stream_(std::forward<Args>(args)...),
        buffer_(std::max<std::size_t>(64 * 1024, server->options.max_header_bytes * 2)),
        deadline_timer_(stream_.get_executor()),
        close_timer_(stream_.get_executor()),
        keepalive_timer_(stream_.get_executor()) {}

  void start() {
    post([self = self()] { self->on_start(); });
  }

  void post(std::function<void()> fn) override { net::post(stream_.get_executor(), std::move(fn)); }

  void dispatch(std::function<void()> fn) override {
    auto executor = stream_.get_executor();
    auto* strand = executor.template target<net::strand<net::io_context::executor_type>>();
    if (!strand || strand->running_in_this_thread())
      net::post(executor, std::move(fn));
    else
      net::dispatch(*strand, std::move(fn));
  }

  // ---- requests ----------------------------------------------------------------------------

  void on_start() {
    boost::system::error_code ec;
    auto endpoint = lowest().socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
    if constexpr (kIsTls<Stream>) {
      lowest().expires_after(server_->options.header_timeout);
      stream_.async_handshake(ssl::stream_base::server,
                              [self = self()](boost::system::error_code e) {
                                if (e) return self->close_now();
                                self->read_request(true);
                              });
    } else {
      read_request(true);
    }
  }

  void read_request(bool fresh) {
    if (closed_) return;
    if (server_->stopping) return close_graceful();
    parser_.reset();
    head_arena_.used = 0;  // nothing of the previous parser is left
    parser_.emplace(std::piecewise_construct, std::make_tuple(),
                    std::make_tuple(HeadAllocator<char>(&head_arena_)));
    parser_->header_limit(static_cast<std::uint32_t>(server_->options.max_header_bytes));
    parser_->body_limit(server_->options.max_body_bytes);
    // A new connection (or buffered bytes) must deliver a head promptly; an idle keep-alive
    // connection may wait longer for its next request.
    lowest().expires_after(fresh || buffer_.size() ? server_->options.header_timeout
                                                   : server_->options.idle_timeout);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = self()](boost::system::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(boost::system::error_code ec) {
    if (closed_) return;
    if (ec) return read_failed(ec);
    auto& req = parser_->get();
    auto expect = str(req[bhttp::field::expect]);
    if (!expect.empty()) {
      if (!iequals(trim_ows(expect), "100-continue"))
        return fail_request(417, "unsupported Expect");
      queue(fmt::format("HTTP/1.1 100 Continue\r\n\r\n"));
    }
    lowest().expires_after(server_->options.body_timeout);
    bhttp::async_read(
        stream_, buffer_, *parser_,
        [self = self()](boost::system::error_code e, std::size_t) { self->on_body(e); });
  }

  void on_body(boost::system::error_code ec) {
    if (closed_) return;
    if (ec) return read_failed(ec);
    auto& msg = parser_->get();
    Request req;
    req.method = str(msg.method_string());
    req.target = str(msg.target());
    req.path = req.target.substr(0, req.target.find('?'));
    req.headers.reserve(static_cast<std::size_t>(std::distance(msg.begin(), msg.end())));
    for (auto& field : msg)
      req.headers.add(str(field.name_string()), std::string(trim_ows(view(field.value()))));
    req.body = std::move(msg.body());
    req.version = msg.version();
    req.remote_address = remote_;
    req.tls = kIsTls<Stream>;
    keep_alive_ = msg.keep_alive();
    chunked_ok_ = msg.version() >= 11;
    parser_.reset();

    current_ = std::make_shared<Exchange>();
    // Nothing is pending now: clear the deadlines so the watch read below has none. When the
    // next (pipelined) request is already buffered there is nothing to watch for: it is parsed
    // as soon as this one is answered.
    lowest().expires_never();
    if (buffer_.size() == 0) start_watch();
    // Off the strand, on this thread (defer: no other thread is woken for it), so a handler
    // that blocks does not hold up its own connection's writes. The queued job holds the
    // connection, never the server (which owns the queue); it keeps the connection alive until
    // the handler returns, since with a pipelined request buffered no read does.
    net::defer(lane_.get_executor(), [c = self(), ex = current_, req = std::move(req)]() mutable {
      c->server_->run_handler(std::move(req), c->make_responder(ex));
    });
  }

  void read_failed(boost::system::error_code ec) {
    if (ec == bhttp::error::header_limit) return fail_request(431, "request header too large");
    if (ec == bhttp::error::body_limit) return fail_request(413, "request body too large");
    // A timeout has already closed the socket (Beast does that): nothing can be answered.
    if (ec == beast::error::timeout) return close_now();
    if (ec.category() == bhttp::make_error_code(bhttp::error::end_of_stream).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message)
      return fail_request(400, "malformed request");
    close_now();  // the client went away
  }

  void fail_request(int status, std::string_view message) {
    parser_.reset();
    close_after_write_ = true;
    queue(serialize(plain_error(status, message), false));
  }

  // While a request is answered, keep one read pending: a client that disconnects is seen now,
  // not at the next write. Bytes it sends meanwhile (a pipelined request) stay in the buffer.
  void start_watch() {
    if (watching_ || closed_) return;
    std::size_t space = buffer_.max_size() - buffer_.size();
    if (space == 0) return;
    watching_ = true;
    stream_.async_read_some(
        buffer_.prepare(std::min<std::size_t>(space, 4096)),
        [self = self()](boost::system::error_code ec, std::size_t n) { self->on_watch(ec, n); });
  }

  void on_watch(boost::system::error_code ec, std::size_t n) {
    watching_ = false;
    if (!ec) buffer_.commit(n);
    if (closed_) return;
    if (ec) {
      if (current_) fire_disconnect(current_);
      return close_now();
    }
    if (!current_) {
      // The next request has begun while we idled after a response.
      idle_deadline_ = kNever;
      return read_request(false);
    }
    // A pipelined request while this one is still answered: it waits in the buffer. (We stop
    // watching: nothing more can be read before it is parsed.)
  }

  // ---- responses ---------------------------------------------------------------------------

  void deliver(const std::shared_ptr<Exchange>& ex, Response response) override {
    if (ex != current_ || closed_ || finishing_ || streaming_) return;
    if (auto c = response.headers.get("Connection"); c && iequals(trim_ows(*c), "close"))
      keep_alive_ = false;
    finishing_ = true;
    queue(serialize(response, keep_alive_ && !server_->stopping));
  }

  void begin_stream(const std::shared_ptr<Exchange>& ex, Headers headers) override {
    if (ex != current_ || closed_ || finishing_ || streaming_) {
      server_->streams--;
      return;
    }
    streaming_ = true;
    if (!chunked_ok_) keep_alive_ = false;  // HTTP/1.0: the body ends when the connection does
    if (!headers.contains("Content-Type")) headers.set("Content-Type", "text/event-stream");
    if (!headers.contains("Cache-Control")) headers.set("Cache-Control", "no-cache");
    if (!headers.contains("X-Accel-Buffering")) headers.set("X-Accel-Buffering", "no");
    std::string head = status_line(200);
    append_headers(head, headers);
    head += chunked_ok_ ? "Transfer-Encoding: chunked\r\n" : "";
    head += keep_alive_ ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    queue(std::move(head));
    last_write_ = Clock::now();
    arm_keepalive();
  }

  void stream_send(const std::shared_ptr<Exchange>& ex, std::string payload) override {
    if (ex != current_ || closed_ || !streaming_ || finishing_) return;
    last_write_ = Clock::now();
    queue(chunked_ok_ ? chunk(payload) : std::move(payload));
  }

  void stream_end(const std::shared_ptr<Exchange>& ex) override {
    if (ex != current_ || closed_ || !streaming_ || finishing_) return;
    finishing_ = true;
    keepalive_timer_.cancel();
    if (chunked_ok_)
      queue("0\r\n\r\n");
    else if (!writing_)
      finish_response();
  }

  void arm_keepalive() {
    auto interval = server_->options.keepalive_interval;
    if (interval.count() <= 0) return;
    keepalive_timer_.expires_after(interval);
    keepalive_timer_.async_wait([self = self(), interval](boost::system::error_code ec) {
      if (ec || self->closed_ || !self->streaming_ || self->finishing_) return;
      if (Clock::now() - self->last_write_ >= interval) {
        self->last_write_ = Clock::now();
        std::string c = sse::comment();
        self->queue(self->chunked_ok_ ? chunk(c) : c);
      }
      self->arm_keepalive();
    });
  }

  void queue(std::string data) {
    out_.push_back(std::move(data));
    if (!writing_) write_next();
  }

  void write_next() {
    if (closed_) return;
    if (out_.empty()) {
      writing_ = false;
      if (close_after_write_) return close_graceful();
      if (finishing_) finish_response();
      return;
    }
    writing_ = true;
    // Our own deadline, not the stream's: the watch read stays pending meanwhile (and TLS may
    // write underneath it), so the stream's per-direction deadlines would not be safe to rearm.
    write_deadline_ = Clock::now() + server_->options.write_timeout;
    arm_deadline();
    net::async_write(stream_, net::buffer(out_.front()),
                     [self = self()](boost::system::error_code ec, std::size_t) {
                       self->write_deadline_ = kNever;
                       if (ec) {
                         self->writing_ = false;
                         if (self->current_) fire_disconnect(self->current_);
                         return self->close_now();
                       }
                       self->out_.pop_front();
                       self->write_next();
                     });
  }

  // Makes sure the timer fires by the earliest deadline set (see deadline_timer_).
  void arm_deadline() {
    auto due = std::min(write_deadline_, idle_deadline_);
    if (due == kNever || armed_for_ <= due || closed_) return;
    armed_for_ = due;
    deadline_timer_.expires_at(due);  // cancels a later wait, which then does nothing
    deadline_timer_.async_wait([self = self(), due](boost::system::error_code ec) {
      if (ec || self->armed_for_ != due) return;
      self->armed_for_ = kNever;
      self->on_deadline();
    });
  }

  void on_deadline() {
    if (closed_) return;
    auto now = Clock::now();
    if (writing_ && write_deadline_ <= now) {
      // The client stopped reading.
      if (current_) fire_disconnect(current_);
      return close_now();
    }
    if (!current_ && idle_deadline_ <= now) return close_now();
    arm_deadline();
  }

  void finish_response() {
    finishing_ = false;
    if (streaming_) {
      streaming_ = false;
      keepalive_timer_.cancel();
      server_->streams--;
    }
    if (current_) {
      std::lock_guard lock(current_->mutex);
      current_->finished = true;
      current_->on_disconnect.clear();
    }
    current_.reset();
    if (!keep_alive_ || server_->stopping) return close_graceful();
    if (watching_) {
      idle_deadline_ = Clock::now() + server_->options.idle_timeout;
      arm_deadline();
      return;
    }
    read_request(false);
  }

  // ---- shutdown ----------------------------------------------------------------------------

  void begin_stop() override {
    if (closed_) return;
    keep_alive_ = false;
    // Idle (or still reading a request): nothing in flight to finish.
    if (!current_ && !writing_) close_now();
  }

  void force_close() override { close_now(); }

  void close_graceful() {
    if (closed_) return;
    // TLS close_notify needs a read of its own; with the watch read pending we close at the TCP
    // level instead (the response was framed by length or chunks, so nothing is lost).
    if constexpr (kIsTls<Stream>) {
      if (watching_) return close_tcp();
      if (closing_) return;
      closing_ = true;
      close_timer_.expires_after(std::chrono::seconds(1));
      close_timer_.async_wait([self = self()](boost::system::error_code ec) {
        if (!ec) self->close_now();
      });
      stream_.async_shutdown([self = self()](boost::system::error_code) { self->close_now(); });
    } else {
      close_tcp();
    }
  }

  void close_tcp() {
    boost::system::error_code ec;
    lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
    close_now();
  }

  void close_now() {
    if (closed_) return;
    closed_ = true;
    if (current_) fire_disconnect(current_);
    if (streaming_) {
      streaming_ = false;
      server_->streams--;
    }
    deadline_timer_.cancel();
    close_timer_.cancel();
    keepalive_timer_.cancel();
    lowest().close();
    server_->unregister(this);
  }

  ~Connection() override {
    if (!closed_) server_->unregister(this);
  }

 private:
  std::shared_ptr<Connection> self() {
    return std::static_pointer_cast<Connection>(shared_from_this());
  }
  beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }
  std::shared_ptr<Responder> make_responder(const std::shared_ptr<Exchange>& ex);

  Server::Impl* server_;
  net::io_context& lane_;  // the io_context this connection is pinned to
  Stream stream_;
  beast::flat_buffer buffer_;
  // The write and keep-alive idle deadlines share one timer that is re-armed only when it would
  // fire too late: each request moves both deadlines, and cancelling and re-arming a timer per
  // request (a heap update under the reactor's lock plus an aborted wait to run) cost more
  // than the request's own I/O. It fires at the earliest deadline it was armed for and looks
  // at what is due then.
  static constexpr Clock::time_point kNever = Clock::time_point::max();
  net::steady_timer deadline_timer_;
  Clock::time_point write_deadline_ = kNever;  // the write in progress must end by then
  Clock::time_point idle_deadline_ = kNever;   // an idle keep-alive connection closes then
  Clock::time_point armed_for_ = kNever;       // deadline_timer_'s wait, kNever: none pending
  net::steady_timer close_timer_;              // a TLS shutdown's bound
  net::steady_timer keepalive_timer_;
  HeadArena head_arena_;
  std::optional<RequestParser> parser_;  // uses head_arena_: declared after it
  std::string remote_;
  std::shared_ptr<Exchange> current_;
  std::deque<std::string> out_;
  Clock::time_point last_write_{};
  bool keep_alive_ = true;
  bool chunked_ok_ = true;
  bool watching_ = false;
  bool writing_ = false;
  bool finishing_ = false;  // the response ends once the queue drains
  bool streaming_ = false;
  bool close_after_write_ = false;
  bool closing_ = false;
  bool closed_ = false;
};

// The handler-facing side. Holds the server (so the io_context outlives it) but only a weak
// reference to the connection.
class StreamImpl final : public EventStream {
 public:
  StreamImpl(std::shared_ptr<Server::Impl> server, std::weak_ptr<ConnectionBase> conn,
             std::shared_ptr<Exchange> ex)
      : server_(std::move(server)), conn_(std::move(conn)), ex_(std::move(ex)) {}

  bool send(const sse::Event& event) override { return write(sse::format(event)); }
  bool send_comment(std::string_view text) override { return write(sse::comment(text)); }

  void end() override {
    if (ended_.exchange(true)) return;
    if (auto c = conn_.lock()) c->dispatch([c, ex = ex_] { c->stream_end(ex); });
  }

  bool closed() const override {
    if (ended_) return true;
    std::lock_guard lock(ex_->mutex);
    return ex_->disconnected || ex_->finished;
  }

 private:
  bool write(std::string payload) {
    if (closed()) return false;
    auto c = conn_.lock();
    if (!c) return false;
    c->dispatch(
        [c, ex = ex_, p = std::move(payload)]() mutable { c->stream_send(ex, std::move(p)); });
    return true;
  }

  std::shared_ptr<Server::Impl> server_;
  std::weak_ptr<ConnectionBase> conn_;
  std::shared_ptr<Exchange> ex_;
  std::atomic<bool> ended_{false};
};

class ResponderImpl final : public Responder {
 public:
  ResponderImpl(std::shared_ptr<Server::Impl> server, std::weak_ptr<ConnectionBase> conn,
                std::shared_ptr<Exchange> ex)
      : server_(std::move(server)), conn_(std::move(conn)), ex_(std::move(ex)) {}

  ~ResponderImpl() override {
    bool answered;
    {
      std::lock_guard lock(ex_->mutex);
      answered = ex_->answered;
    }
    if (!answered) respond(plain_error(500, "the request was not answered"));
  }

  void respond(Response response) override {
    {
      std::lock_guard lock(ex_->mutex);
      if (ex_->answered) return;
      ex_->answered = true;
    }
    if (auto c = conn_.lock())
      c->dispatch(
          [c, ex = ex_, r = std::move(response)]() mutable { c->deliver(ex, std::move(r)); });
  }

  std::shared_ptr<EventStream> open_events(Headers headers) override {
    {
      std::lock_guard lock(ex_->mutex);
      if (ex_->answered || ex_->disconnected) return nullptr;
      if (server_->streams.fetch_add(1) >= server_->options.max_streams) {
        server_->streams--;
        return nullptr;
      }
      ex_->answered = true;
    }
    auto c = conn_.lock();
    if (!c) {
      server_->streams--;
      return nullptr;
    }
    c->dispatch(
        [c, ex = ex_, h = std::move(headers)]() mutable { c->begin_stream(ex, std::move(h)); });
    return std::make_shared<StreamImpl>(server_, conn_, ex_);
  }

  void on_disconnect(std::function<void()> callback) override {
    {
      std::lock_guard lock(ex_->mutex);
      if (ex_->finished) return;
      if (!ex_->disconnected) {
        ex_->on_disconnect.push_back(std::move(callback));
        return;
      }
    }
    callback();
  }

  bool disconnected() const override {
    std::lock_guard lock(ex_->mutex);
    return ex_->disconnected;
  }

 private:
  std::shared_ptr<Server::Impl> server_;
  std::weak_ptr<ConnectionBase> conn_;
  std::shared_ptr<Exchange> ex_;
};

template <typename Stream>
std::shared_ptr<Responder> Connection<Stream>::make_responder(const std::shared_ptr<Exchange>& ex) {
  return std::make_shared<ResponderImpl>(server_->shared_from_this(), weak_from_this(), ex);
}

}  // namespace

void Server::Impl::do_accept() {
  // Handlers queued in the io_context hold plain pointers to Impl, never shared ones: Impl owns
  // the io_context, so a shared_ptr in its queue would keep both alive forever.
  // The next connection goes to the next lane (its socket and strand are that lane's); this
  // handler itself runs on the acceptor's strand.
  next_lane = (next_lane + 1) % lanes.size();
  acceptor->async_accept(
      net::make_strand(lanes[next_lane]->ioc),
      [this](boost::system::error_code ec, tcp::socket s) { on_accept(ec, std::move(s)); });
}

void Server::Impl::on_accept(boost::system::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || stopping) return;
  if (ec) {
    logger()->warn("http: accept failed: {}", ec.message());
    // Out of descriptors and the like: do not spin.
    auto timer = std::make_shared<net::steady_timer>(acceptor->get_executor(),
                                                     std::chrono::milliseconds(50));
    timer->async_wait([this, timer](boost::system::error_code) {
      if (!stopping) do_accept();
    });
    return;
  }
  std::shared_ptr<ConnectionBase> conn;
  {
    std::lock_guard lock(mutex);
    if (connections.size() >= options.max_connections) {
      boost::system::error_code ignored;
      socket.close(ignored);
      do_accept();
      return;
    }
    // The lane do_accept chose: the one the socket's executor belongs to.
    auto& lane =
        static_cast<net::io_context&>(net::query(socket.get_executor(), net::execution::context));
    if (tls) {
      auto c = std::make_shared<Connection<beast::ssl_stream<beast::tcp_stream>>>(
          this, lane, std::move(socket), *tls);
      c->start();
      conn = c;
    } else {
      auto c = std::make_shared<Connection<beast::tcp_stream>>(this, lane, std::move(socket));
      c->start();
      conn = c;
    }
    connections.emplace(conn.get(), conn);
  }
  do_accept();
}

// ---- elastic I/O threads ---------------------------------------------------------------------

namespace {
// The I/O thread's own slot, and whose it is (a process may run several servers).
thread_local Server::Impl* tl_server = nullptr;
thread_local Server::Impl::Slot* tl_slot = nullptr;
}  // namespace

void Server::Impl::run_handler(Request req, std::shared_ptr<Responder> res) {
  Slot* slot = tl_server == this ? tl_slot : nullptr;
  if (slot) {
    // seq_cst, against the watchdog parking (it sets watchdog_parked, then looks at `running`).
    slot->running.store(++slot->started);
    if (watchdog_parked.load()) {
      std::lock_guard lock(pool_mutex);
      watchdog_parked = false;
      pool_cv.notify_all();
    }
    if (options.handler_takeover_delay.count() <= 0) {
      std::lock_guard lock(pool_mutex);
      replace_locked(*slot, slot->started);
    }
  }
  struct Ended {
    Impl* server;
    Slot* slot;
    ~Ended() {
      if (slot) server->handler_ended(*slot);
    }
  } ended{this, slot};
  try {
    handler(std::move(req), std::move(res));
  } catch (const std::exception& e) {
    logger()->error("http: handler threw: {}", e.what());
    // The responder (if dropped) answers 500.
  }
}

// With pool_mutex held: `slot`'s thread, inside handler `number`, gets a replacement. False
// when it already has one or that handler has ended meanwhile.
bool Server::Impl::replace_locked(Slot& slot, std::uint64_t number) {
  if (slot.replaced.load() || pool_stopping) return false;
  // seq_cst both ways with handler_ended (it clears `running`, then reads `replaced`): either
  // we see the handler over, or it sees the replacement and gives it back.
  slot.replaced.store(true);
  if (slot.running.load() != number) {
    slot.replaced.store(false);
    return false;
  }
  // A lane needs one thread not held by a blocked handler: its connections have no other.
  auto& lane = *slot.lane;
  ++lane.replaced_threads;
  if (lane.extra_threads < lane.replaced_threads && extra_threads < options.max_extra_threads) {
    ++lane.extra_threads;
    ++extra_threads;
    auto& t = io_threads.emplace_back();
    t.extra = true;
    t.slot->lane = &lane;
    t.thread = std::thread([this, s = t.slot.get()] { extra_main(s); });
  }
  lane.update_surplus();
  return true;
}

void Server::Impl::handler_ended(Slot& slot) {
  slot.running.store(0);
  if (!slot.replaced.load()) return;
  std::lock_guard lock(pool_mutex);
  if (!slot.replaced.load()) return;
  slot.replaced.store(false);
  --slot.lane->replaced_threads;
  slot.lane->update_surplus();
}

void Server::Impl::base_main(Slot* slot) {
  tl_server = this;
  tl_slot = slot;
  for (;;) {
    try {
      slot->lane->ioc.run();
      return;
    } catch (const std::exception& e) {
      logger()->error("http: I/O thread caught: {}", e.what());
    }
  }
}

// An added thread: serves its lane like the base one, and leaves as soon as the lane's threads
// not held by blocked handlers are more than one again.
void Server::Impl::extra_main(Slot* slot) {
  tl_server = this;
  tl_slot = slot;
  auto& lane = *slot->lane;
  for (;;) {
    try {
      lane.ioc.run_one_for(std::chrono::milliseconds(100));
    } catch (const std::exception& e) {
      logger()->error("http: I/O thread caught: {}", e.what());
    }
    if (lane.ioc.stopped()) return;
    if (lane.surplus.load(std::memory_order_relaxed) <= 0) continue;
    std::lock_guard lock(pool_mutex);
    if (pool_stopping || lane.extra_threads <= lane.replaced_threads) continue;
    --lane.extra_threads;
    --extra_threads;
    lane.update_surplus();
    for (auto& t : io_threads)
      if (t.slot.get() == slot) t.done = true;  // the watchdog joins it
    return;
  }
}

// Ticks while handlers run and parks after a quiet spell, so an idle server costs no wake-ups.
// A handler seen running on two consecutive ticks has run for at least one tick.
void Server::Impl::watchdog_main() {
  std::unique_lock lock(pool_mutex);
  int quiet_ticks = 0;
  constexpr int kParkAfter = 64;
  auto any_running = [&] {
    for (auto& t : io_threads)
      if (t.slot->running.load()) return true;
    return false;
  };
  while (!pool_stopping) {
    for (auto it = io_threads.begin(); it != io_threads.end();) {
      if (it->done) {
        it->thread.join();  // it marked itself done on its way out: a short wait at most
        it = io_threads.erase(it);
        continue;
      }
      auto& slot = *it->slot;
      auto now = slot.running.load();
      if (now && now == slot.seen) replace_locked(slot, now);
      slot.seen = now;
      ++it;
    }
    quiet_ticks = any_running() ? 0 : quiet_ticks + 1;
    if (quiet_ticks >= kParkAfter) {
      watchdog_parked = true;
      pool_cv.wait(lock, [&] { return pool_stopping || !watchdog_parked || any_running(); });
      watchdog_parked = false;
      quiet_ticks = 0;
      for (auto& t : io_threads) t.slot->seen = 0;
      continue;
    }
    auto tick = options.handler_takeover_delay.count() > 0 ? options.handler_takeover_delay
                                                           : std::chrono::microseconds(1000);
    pool_cv.wait_for(lock, tick, [&] { return pool_stopping; });
  }
}

void Server::Impl::start_threads() {
  std::lock_guard lock(pool_mutex);
  for (auto& lane : lanes) {
    auto& t = io_threads.emplace_back();
    t.slot->lane = lane.get();
    t.thread = std::thread([this, s = t.slot.get()] { base_main(s); });
  }
  watchdog = std::thread([this] { watchdog_main(); });
}

// After every lane's stop(): every thread returns once its handler (if any) does.
void Server::Impl::stop_threads() {
  std::list<IoThread> threads;
  {
    std::lock_guard lock(pool_mutex);
    pool_stopping = true;
  }
  pool_cv.notify_all();
  if (watchdog.joinable()) watchdog.join();
  {
    std::lock_guard lock(pool_mutex);
    threads.swap(io_threads);
  }
  for (auto& t : threads)
    if (t.thread.joinable()) t.thread.join();
}

void handler_blocking() {
  auto* server = tl_server;
  auto* slot = tl_slot;
  if (!server || !slot) return;
  auto handler = slot->running.load();
  if (!handler) return;
  std::lock_guard lock(server->pool_mutex);
  server->replace_locked(*slot, handler);
}

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_shared<Impl>(std::move(options), std::move(handler))) {
  if (!impl_->handler) throw std::invalid_argument("http::Server needs a handler");
}

Server::~Server() {
  stop(std::chrono::milliseconds(0));
}

void Server::start() {
  auto& s = *impl_;
  {
    std::lock_guard lock(s.mutex);
    if (s.started) return;
    s.started = true;
  }
  if (s.options.tls) {
    s.tls.emplace(ssl::context::tls_server);
    s.tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                       ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                       ssl::context::single_dh_use);
    s.tls->use_certificate_chain_file(s.options.tls->certificate_file);
    s.tls->use_private_key_file(s.options.tls->private_key_file, ssl::context::pem);
  }
  auto address = net::ip::make_address(s.options.host);
  tcp::endpoint endpoint(address, s.options.port);
  s.acceptor->open(endpoint.protocol());
  s.acceptor->set_option(net::socket_base::reuse_address(true));
  s.acceptor->bind(endpoint);
  s.acceptor->listen(net::socket_base::max_listen_connections);
  s.bound_port = s.acceptor->local_endpoint().port();
  for (auto& lane : s.lanes) lane->work.emplace(lane->ioc.get_executor());
  s.do_accept();
  s.start_threads();
}

std::uint16_t Server::port() const {
  return impl_->bound_port;
}

void Server::stop(std::chrono::milliseconds grace, const std::function<void()>& on_closed) {
  auto& s = *impl_;
  {
    std::unique_lock lock(s.mutex);
    if (!s.started || s.stopped) return;
    if (s.stop_begun) {
      s.cv.wait(lock, [&] { return s.stopped; });
      return;
    }
    s.stop_begun = true;
  }
  s.stopping = true;
  // Close the listening socket on its strand, and wait for that: new connections must be
  // refused from here on.
  std::promise<void> closed;
  net::post(s.acceptor->get_executor(), [&s, &closed] {
    boost::system::error_code ec;
    s.acceptor->close(ec);
    closed.set_value();
  });
  closed.get_future().wait_for(std::chrono::seconds(5));
  for (auto& c : s.live_connections()) c->post([c] { c->begin_stop(); });
  {
    std::unique_lock lock(s.mutex);
    s.cv.wait_for(lock, grace, [&] { return s.connections.empty(); });
  }
  // Whatever is still open now is cut: handlers see on_disconnect and stop.
  for (auto& c : s.live_connections()) c->post([c] { c->force_close(); });
  {
    std::unique_lock lock(s.mutex);
    s.cv.wait_for(lock, std::chrono::seconds(2), [&] { return s.connections.empty(); });
  }
  if (on_closed) on_closed();
  for (auto& lane : s.lanes) {
    lane->work.reset();
    lane->ioc.stop();
  }
  s.stop_threads();
  {
    std::lock_guard lock(s.mutex);
    s.stopped = true;
  }
  s.cv.notify_all();
}

void Server::wait() {
  std::unique_lock lock(impl_->mutex);
  impl_->cv.wait(lock, [&] { return impl_->stopped || !impl_->started; });
}

std::size_t Server::connection_count() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->connections.size();
}

std::size_t Server::stream_count() const {
  return impl_->streams;
}

}  // namespace sallyport::http
