// Server-sent events (HTML Living Standard §9.2): formatting for servers and an incremental,
// bounded parser for clients. Field semantics follow the standard: `data` lines join with "\n",
// an event with no data is not dispatched (but its `id` still moves the last event id, which is
// how a server "primes" a client for reconnection), `retry` takes only ASCII digits, and lines
// end with CRLF, LF or CR — even when a CR and its LF arrive in different reads.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace sallyport::http::sse {

struct Event {
  std::string type{};  // empty: the default "message"
  std::string data{};
  std::optional<std::string> id{};
  std::optional<std::chrono::milliseconds> retry{};
};

// One event as it goes on the wire, ending with the blank line. Multi-line data becomes several
// `data:` lines; CR and LF in `id`/`type` are dropped (they would split the field).
std::string format(const Event& event);
// A comment line (": text\n\n"); clients ignore it, proxies see traffic.
std::string comment(std::string_view text = {});

class Parser {
 public:
  // Bound on one event's accumulated data (and on one line): a server cannot make us buffer
  // without end by never sending the blank line.
  explicit Parser(std::size_t max_event_bytes = 16 * 1024 * 1024)
      : max_event_bytes_(max_event_bytes) {}

  // Feeds bytes as they arrive; `on_event` runs for each dispatched event. Returns false once an
  // event or line exceeded the bound: the stream must be abandoned.
  bool feed(std::string_view bytes, const std::function<void(Event&&)>& on_event);

  // The last event id seen (the `Last-Event-ID` to send when reconnecting); empty: none.
  const std::string& last_event_id() const { return last_event_id_; }
  // The most recent valid `retry` field.
  std::optional<std::chrono::milliseconds> retry() const { return retry_; }

 private:
  void line(std::string_view line, const std::function<void(Event&&)>& on_event);

  std::size_t max_event_bytes_;
  std::string line_;
  bool skip_lf_ = false;  // the previous chunk ended in CR
  bool started_ = false;  // a leading BOM has been handled
  bool failed_ = false;
  std::string data_;
  std::string type_;
  bool has_data_ = false;
  std::string last_event_id_;
  std::optional<std::chrono::milliseconds> retry_;
  std::optional<std::chrono::milliseconds> event_retry_;
};

}  // namespace sallyport::http::sse
