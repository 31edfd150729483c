// In-memory SessionStore and EventStore: bounded, so a flood of sessions or a chatty stream
// cannot grow memory without end.
#include <deque>
#include <map>
#include <mutex>
#include <unordered_map>

#include "sallyport/server/http.hpp"

namespace sallyport {

namespace {

using SysClock = std::chrono::system_clock;

class MemorySessionStore final : public SessionStore {
 public:
  MemorySessionStore(std::chrono::seconds ttl, std::size_t max) : ttl_(ttl), max_(max) {}

  bool create(SessionRecord record) override {
    std::lock_guard lock(mutex_);
    if (sessions_.size() >= max_) {
      expire_locked();
      if (sessions_.size() >= max_) return false;
    }
    record.last_seen = SysClock::now();
    if (record.created == SysClock::time_point{}) record.created = record.last_seen;
    auto key = record.key;
    sessions_[key] = std::move(record);
    return true;
  }

  std::optional<SessionRecord> touch(std::string_view key) override {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(std::string(key));
    if (it == sessions_.end()) return std::nullopt;
    auto now = SysClock::now();
    if (now - it->second.last_seen > ttl_) {
      sessions_.erase(it);
      return std::nullopt;
    }
    it->second.last_seen = now;
    return it->second;
  }

  void remove(std::string_view key) override {
    std::lock_guard lock(mutex_);
    sessions_.erase(std::string(key));
  }

  std::vector<std::string> expire_idle() override {
    std::lock_guard lock(mutex_);
    return expire_locked();
  }

 private:
  std::vector<std::string> expire_locked() {
    std::vector<std::string> gone;
    auto now = SysClock::now();
    for (auto it = sessions_.begin(); it != sessions_.end();) {
      if (now - it->second.last_seen > ttl_) {
        gone.push_back(it->first);
        it = sessions_.erase(it);
      } else {
        ++it;
      }
    }
    return gone;
  }

  std::chrono::seconds ttl_;
  std::size_t max_;
  std::mutex mutex_;
  std::unordered_map<std::string, SessionRecord> sessions_;
};

class MemoryEventStore final : public EventStore {
 public:
  MemoryEventStore(std::size_t per_stream, std::size_t streams, std::size_t bytes)
      : per_stream_(std::max<std::size_t>(per_stream, 1)),
        streams_(std::max<std::size_t>(streams, 1)),
        bytes_(bytes) {}

  void append(std::string_view session, std::uint64_t stream, std::uint64_t sequence,
              std::string data) override {
    std::lock_guard lock(mutex_);
    auto& s = sessions_[std::string(session)];
    auto& st = s.streams[stream];
    s.bytes += data.size();
    st.events.emplace_back(sequence, std::move(data));
    if (st.events.size() > per_stream_) drop_front(s, st);
    // Too many streams: forget the oldest, completed ones first.
    while (s.streams.size() > streams_) drop_stream(s, oldest(s, stream));
    // Too many bytes: oldest events go first, again completed streams before running ones.
    while (s.bytes > bytes_) {
      auto victim = oldest(s, std::nullopt);
      auto& v = s.streams.at(victim);
      if (v.events.empty()) {
        drop_stream(s, victim);
        if (s.streams.empty()) break;
        continue;
      }
      drop_front(s, v);
    }
  }

  std::optional<std::vector<std::pair<std::uint64_t, std::string>>> replay(
      std::string_view session, std::uint64_t stream, std::uint64_t after) override {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(std::string(session));
    if (it == sessions_.end()) return std::nullopt;
    auto st = it->second.streams.find(stream);
    if (st == it->second.streams.end()) return std::nullopt;
    std::vector<std::pair<std::uint64_t, std::string>> out;
    for (auto& e : st->second.events)
      if (e.first > after) out.push_back(e);
    return out;
  }

  void complete(std::string_view session, std::uint64_t stream) override {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(std::string(session));
    if (it == sessions_.end()) return;
    if (auto st = it->second.streams.find(stream); st != it->second.streams.end())
      st->second.completed = true;
  }

  void remove_session(std::string_view session) override {
    std::lock_guard lock(mutex_);
    sessions_.erase(std::string(session));
  }

 private:
  struct Stream {
    std::deque<std::pair<std::uint64_t, std::string>> events;
    bool completed = false;
  };
  struct Session {
    std::map<std::uint64_t, Stream> streams;  // by number: lower is older
    std::size_t bytes = 0;
  };

  static void drop_front(Session& s, Stream& st) {
    s.bytes -= st.events.front().second.size();
    st.events.pop_front();
  }
  static void drop_stream(Session& s, std::uint64_t number) {
    auto it = s.streams.find(number);
    if (it == s.streams.end()) return;
    for (auto& e : it->second.events) s.bytes -= e.second.size();
    s.streams.erase(it);
  }
  // The oldest completed stream, else the oldest other than `keep` (the one being written).
  static std::uint64_t oldest(const Session& s, std::optional<std::uint64_t> keep) {
    for (auto& [n, st] : s.streams)
      if (st.completed && n != keep) return n;
    for (auto& [n, st] : s.streams)
      if (n != keep) return n;
    return s.streams.begin()->first;
  }

  std::size_t per_stream_, streams_, bytes_;
  std::mutex mutex_;
  std::unordered_map<std::string, Session> sessions_;
};

}  // namespace

std::shared_ptr<SessionStore> memory_session_store(std::chrono::seconds idle_ttl,
                                                   std::size_t max_sessions) {
  return std::make_shared<MemorySessionStore>(idle_ttl, max_sessions);
}

std::shared_ptr<EventStore> memory_event_store(std::size_t max_events_per_stream,
                                               std::size_t max_streams_per_session,
                                               std::size_t max_bytes_per_session) {
  return std::make_shared<MemoryEventStore>(max_events_per_stream, max_streams_per_session,
                                            max_bytes_per_session);
}

}  // namespace sallyport
