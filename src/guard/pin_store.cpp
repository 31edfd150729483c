#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

#include "sallyport/guard/pinning.hpp"

namespace sallyport::guard {

std::vector<Pin> MemoryPinStore::load(std::string_view server) {
  std::lock_guard lock(mu_);
  std::vector<Pin> out;
  for (const auto& [k, p] : pins_)
    if (std::get<0>(k) == server) out.push_back(p);
  return out;
}

std::optional<Pin> MemoryPinStore::get(std::string_view server, std::string_view kind,
                                       std::string_view name) {
  std::lock_guard lock(mu_);
  const auto it = pins_.find({std::string(server), std::string(kind), std::string(name)});
  if (it == pins_.end()) return std::nullopt;
  return it->second;
}

void MemoryPinStore::put(const Pin& pin) {
  std::lock_guard lock(mu_);
  pins_[{pin.server, pin.kind, pin.name}] = pin;
}

void MemoryPinStore::erase(std::string_view server, std::string_view kind, std::string_view name) {
  std::lock_guard lock(mu_);
  pins_.erase({std::string(server), std::string(kind), std::string(name)});
}

namespace {

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("pin store: ") + sqlite3_errmsg(db));
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& bind(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, std::int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  bool step() {
    const int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw std::runtime_error(std::string("pin store: ") + sqlite3_errmsg(db_));
  }
  std::string text(int col) const {
    const auto* p = sqlite3_column_text(s_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(s_, col)))
             : std::string{};
  }
  std::int64_t i64(int col) const { return sqlite3_column_int64(s_, col); }

 private:
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

constexpr const char* kColumns =
    "server, kind, name, hash, canonical, pending_hash, pending_canonical, approved_at, seen_at";

Pin row(const Stmt& s) {
  Pin p;
  p.server = s.text(0);
  p.kind = s.text(1);
  p.name = s.text(2);
  p.hash = s.text(3);
  p.canonical = s.text(4);
  p.pending_hash = s.text(5);
  p.pending_canonical = s.text(6);
  p.approved_at = s.i64(7);
  p.seen_at = s.i64(8);
  return p;
}

}  // namespace

std::expected<std::unique_ptr<SqlitePinStore>, std::string> SqlitePinStore::open(
    const std::string& path) {
  if (path != ":memory:") {
    // Create the file ourselves so that it never exists with wider permissions.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return std::unexpected("cannot open pin store " + path);
    struct stat st {};
    if (::fstat(fd, &st) == 0 && (st.st_mode & 077) != 0) ::fchmod(fd, 0600);
    ::close(fd);
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    std::string err = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return std::unexpected("cannot open pin store " + path + ": " + err);
  }
  sqlite3_busy_timeout(db, 5000);
  char* err = nullptr;
  const char* schema =
      "CREATE TABLE IF NOT EXISTS guard_pins ("
      " server TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,"
      " hash TEXT NOT NULL DEFAULT '', canonical TEXT NOT NULL DEFAULT '',"
      " pending_hash TEXT NOT NULL DEFAULT '', pending_canonical TEXT NOT NULL DEFAULT '',"
      " approved_at INTEGER NOT NULL DEFAULT 0, seen_at INTEGER NOT NULL DEFAULT 0,"
      " PRIMARY KEY (server, kind, name))";
  if (sqlite3_exec(db, schema, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "schema error";
    sqlite3_free(err);
    sqlite3_close(db);
    return std::unexpected("cannot initialise pin store " + path + ": " + msg);
  }
  return std::unique_ptr<SqlitePinStore>(new SqlitePinStore(db));
}

SqlitePinStore::~SqlitePinStore() {
  sqlite3_close(db_);
}

std::vector<Pin> SqlitePinStore::load(std::string_view server) {
  std::lock_guard lock(mu_);
  Stmt s(db_, (std::string("SELECT ") + kColumns +
               " FROM guard_pins WHERE server = ? ORDER BY kind, name")
                  .c_str());
  s.bind(1, server);
  std::vector<Pin> out;
  while (s.step()) out.push_back(row(s));
  return out;
}

std::optional<Pin> SqlitePinStore::get(std::string_view server, std::string_view kind,
                                       std::string_view name) {
  std::lock_guard lock(mu_);
  Stmt s(db_, (std::string("SELECT ") + kColumns +
               " FROM guard_pins WHERE server = ? AND kind = ? AND name = ?")
                  .c_str());
  s.bind(1, server).bind(2, kind).bind(3, name);
  if (!s.step()) return std::nullopt;
  return row(s);
}

void SqlitePinStore::put(const Pin& p) {
  std::lock_guard lock(mu_);
  Stmt s(db_, (std::string("INSERT OR REPLACE INTO guard_pins (") + kColumns +
               ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .c_str());
  s.bind(1, p.server).bind(2, p.kind).bind(3, p.name).bind(4, p.hash).bind(5, p.canonical);
  s.bind(6, p.pending_hash).bind(7, p.pending_canonical).bind(8, p.approved_at);
  s.bind(9, p.seen_at);
  s.step();
}

void SqlitePinStore::erase(std::string_view server, std::string_view kind, std::string_view name) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "DELETE FROM guard_pins WHERE server = ? AND kind = ? AND name = ?");
  s.bind(1, server).bind(2, kind).bind(3, name);
  s.step();
}

}  // namespace sallyport::guard
