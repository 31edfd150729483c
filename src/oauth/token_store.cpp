// Token stores. The file store keeps tokens that grant access to the user's accounts, so it fails
// closed: a file another user could have read or replaced is refused rather than used, a corrupt
// file is reported rather than overwritten (it may hold the only copy of a registration), and no
// message it produces ever contains a value read from the file.
#include "sallyport/oauth/token_store.hpp"

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>
#include <stdexcept>

#include <fmt/format.h>

#include "auth/encoding.hpp"
#include "sallyport/model/json.hpp"

namespace sallyport::oauth {

// ---- MemoryTokenStore ---------------------------------------------------------------------------

namespace {

template <typename T, typename Pred>
std::optional<T> find_copy(const std::vector<T>& items, Pred pred) {
  auto it = std::find_if(items.begin(), items.end(), pred);
  if (it == items.end()) return std::nullopt;
  return *it;
}

// The in-memory operations, shared by both stores (the file store applies them to what it read).
struct Data {
  std::vector<ClientRegistration> clients;
  std::vector<StoredTokens> tokens;

  std::optional<ClientRegistration> load_client(const std::string& issuer) const {
    return find_copy(clients, [&](const ClientRegistration& c) { return c.issuer == issuer; });
  }
  void save_client(const ClientRegistration& registration) {
    remove_client(registration.issuer);
    clients.push_back(registration);
  }
  void remove_client(const std::string& issuer) {
    std::erase_if(clients, [&](const ClientRegistration& c) { return c.issuer == issuer; });
  }
  std::optional<StoredTokens> load_tokens(const std::string& resource,
                                          const std::string& issuer) const {
    return find_copy(tokens, [&](const StoredTokens& t) {
      return t.resource == resource && t.issuer == issuer;
    });
  }
  void save_tokens(const StoredTokens& t) {
    std::erase_if(tokens, [&](const StoredTokens& x) {
      return x.resource == t.resource && x.issuer == t.issuer;
    });
    tokens.push_back(t);
  }
  void remove_tokens(const std::string& resource) {
    std::erase_if(tokens, [&](const StoredTokens& t) { return t.resource == resource; });
  }
};

}  // namespace

std::optional<ClientRegistration> MemoryTokenStore::load_client(const std::string& issuer) {
  std::lock_guard lock(mutex_);
  return find_copy(clients_, [&](const ClientRegistration& c) { return c.issuer == issuer; });
}

void MemoryTokenStore::save_client(const ClientRegistration& registration) {
  std::lock_guard lock(mutex_);
  std::erase_if(clients_,
                [&](const ClientRegistration& c) { return c.issuer == registration.issuer; });
  clients_.push_back(registration);
}

void MemoryTokenStore::remove_client(const std::string& issuer) {
  std::lock_guard lock(mutex_);
  std::erase_if(clients_, [&](const ClientRegistration& c) { return c.issuer == issuer; });
}

std::optional<StoredTokens> MemoryTokenStore::load_tokens(const std::string& resource,
                                                          const std::string& issuer) {
  std::lock_guard lock(mutex_);
  return find_copy(
      tokens_, [&](const StoredTokens& t) { return t.resource == resource && t.issuer == issuer; });
}

void MemoryTokenStore::save_tokens(const StoredTokens& tokens) {
  std::lock_guard lock(mutex_);
  std::erase_if(tokens_, [&](const StoredTokens& t) {
    return t.resource == tokens.resource && t.issuer == tokens.issuer;
  });
  tokens_.push_back(tokens);
}

void MemoryTokenStore::remove_tokens(const std::string& resource) {
  std::lock_guard lock(mutex_);
  std::erase_if(tokens_, [&](const StoredTokens& t) { return t.resource == resource; });
}

std::vector<ClientRegistration> MemoryTokenStore::clients() {
  std::lock_guard lock(mutex_);
  return clients_;
}

std::vector<StoredTokens> MemoryTokenStore::tokens() {
  std::lock_guard lock(mutex_);
  return tokens_;
}

void MemoryTokenStore::clear() {
  std::lock_guard lock(mutex_);
  clients_.clear();
  tokens_.clear();
}

// ---- FileTokenStore -----------------------------------------------------------------------------

namespace {

namespace fs = std::filesystem;

// A store holds a handful of registrations and tokens; anything near this is not ours.
constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;
constexpr int kFormatVersion = 1;

class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

[[noreturn]] void fail(const fs::path& path, std::string_view what) {
  throw std::runtime_error(fmt::format("token store {}: {}", path.string(), what));
}

[[noreturn]] void fail_errno(const fs::path& path, std::string_view what, int err) {
  fail(path, fmt::format("{}: {}", what, std::strerror(err)));
}

// Refuses what another user owns or could read: the tokens in it may already have leaked, and a
// file someone else controls could hand us their tokens or registrations.
void check_private(const fs::path& path, const struct stat& st, std::string_view kind) {
  if (st.st_uid != ::geteuid())
    fail(path, fmt::format("the {} is not owned by this user; refusing to use it", kind));
  if ((st.st_mode & 077) != 0)
    fail(path,
         fmt::format("the {} is accessible to other users (mode {:o}); refusing to use it, as "
                     "its tokens may have leaked. Sign out at the servers, then delete it",
                     kind, st.st_mode & 0777));
}

fs::path directory_of(const fs::path& path) {
  fs::path dir = path.parent_path();
  return dir.empty() ? fs::path(".") : dir;
}

// Refuses a directory others could write into without the sticky bit: they could swap our file
// between our checks and our use.
void check_directory(const fs::path& path) {
  struct stat st {};
  if (::stat(directory_of(path).c_str(), &st) != 0)
    fail_errno(path, "cannot inspect its directory", errno);
  if (!S_ISDIR(st.st_mode)) fail(path, "its parent is not a directory");
  if ((st.st_mode & 022) != 0 && (st.st_mode & S_ISVTX) == 0)
    fail(path, "its directory is writable by other users; refusing to use it");
}

// Creates the missing directories 0700, mkdir(2) one level at a time so each new one is private
// from its first moment.
void ensure_directory(const fs::path& path) {
  fs::path dir = directory_of(path);
  std::vector<fs::path> missing;
  for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
    struct stat st {};
    if (::stat(d.c_str(), &st) == 0) break;
    if (errno != ENOENT) fail_errno(path, fmt::format("cannot inspect {}", d.string()), errno);
    missing.push_back(d);
    if (d == d.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it)
    if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST)
      fail_errno(path, fmt::format("cannot create the directory {}", it->string()), errno);
  check_directory(path);
}

// Serialises every read-modify-write between processes. A sibling file rather than the store
// itself, because the store is replaced by rename and a lock on the old inode would not hold.
class FileLock {
 public:
  explicit FileLock(const fs::path& path) {
    fs::path lock_path = path;
    lock_path += ".lock";
    fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd_ < 0) {
      if (errno == ELOOP) fail(lock_path, "the lock file is a symbolic link; refusing to use it");
      fail_errno(lock_path, "cannot open the lock file", errno);
    }
    struct stat st {};
    if (::fstat(fd_, &st) != 0) fail_errno(lock_path, "cannot inspect the lock file", errno);
    check_private(lock_path, st, "lock file");
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) fail_errno(lock_path, "cannot lock", errno);
    }
  }
  ~FileLock() { ::close(fd_); }  // closing releases the flock
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

// ---- the JSON format ----

[[noreturn]] void corrupt(const fs::path& path, std::string_view why) {
  fail(path, fmt::format("the file is corrupt ({}); it was left untouched. Delete it to start "
                         "over (you will have to sign in again)",
                         why));
}

// Reads an optional string member; a member of another type makes the file corrupt.
std::string read_string(const fs::path& path, const JsonObject& o, std::string_view key,
                        std::string_view entry, bool required = false) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) {
    if (required) corrupt(path, fmt::format("{} without \"{}\"", entry, key));
    return {};
  }
  if (!v->is_string()) corrupt(path, fmt::format("\"{}\" of a {} is not a string", key, entry));
  return std::string(v->as_string());
}

std::optional<std::int64_t> read_int(const fs::path& path, const JsonObject& o,
                                     std::string_view key, std::string_view entry) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->as_uint64());
  corrupt(path, fmt::format("\"{}\" of a {} is not an integer", key, entry));
}

const JsonArray& read_array(const fs::path& path, const JsonObject& o, std::string_view key) {
  static const JsonArray kEmpty;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return kEmpty;
  if (!v->is_array()) corrupt(path, fmt::format("\"{}\" is not an array", key));
  return v->as_array();
}

Data decode(const fs::path& path, std::string_view text) {
  auto root = auth::detail::parse_object(text, kMaxFileBytes);
  if (!root) corrupt(path, "not a JSON object");
  auto version = read_int(path, *root, "version", "store");
  if (version != kFormatVersion)
    fail(path, fmt::format("unsupported format version (this program reads version {}); "
                           "delete the file to start over",
                           kFormatVersion));
  Data data;
  for (const auto& item : read_array(path, *root, "clients")) {
    if (!item.is_object()) corrupt(path, "a client entry is not an object");
    const auto& o = item.as_object();
    ClientRegistration c;
    c.issuer = read_string(path, o, "issuer", "client", true);
    c.client_id = read_string(path, o, "client_id", "client", true);
    c.client_secret = read_string(path, o, "client_secret", "client");
    c.token_endpoint_auth_method = read_string(path, o, "token_endpoint_auth_method", "client");
    for (const auto& uri : read_array(path, o, "redirect_uris")) {
      if (!uri.is_string()) corrupt(path, "a redirect URI is not a string");
      c.redirect_uris.emplace_back(uri.as_string());
    }
    c.client_secret_expires_at = read_int(path, o, "client_secret_expires_at", "client");
    c.source = read_string(path, o, "source", "client");
    data.clients.push_back(std::move(c));
  }
  for (const auto& item : read_array(path, *root, "tokens")) {
    if (!item.is_object()) corrupt(path, "a token entry is not an object");
    const auto& o = item.as_object();
    StoredTokens t;
    t.resource = read_string(path, o, "resource", "token entry", true);
    t.issuer = read_string(path, o, "issuer", "token entry", true);
    t.access_token = read_string(path, o, "access_token", "token entry", true);
    if (auto type = read_string(path, o, "token_type", "token entry"); !type.empty())
      t.token_type = std::move(type);
    t.refresh_token = read_string(path, o, "refresh_token", "token entry");
    t.scope = read_string(path, o, "scope", "token entry");
    if (auto at = read_int(path, o, "expires_at", "token entry"))
      t.expires_at = std::chrono::system_clock::time_point(std::chrono::seconds(*at));
    t.dpop_private_key_pem = read_string(path, o, "dpop_private_key_pem", "token entry");
    data.tokens.push_back(std::move(t));
  }
  return data;
}

std::string encode(const Data& data) {
  auto set_if = [](JsonObject& o, std::string_view key, const std::string& value) {
    if (!value.empty()) o[key] = value;
  };
  JsonArray clients;
  for (const auto& c : data.clients) {
    JsonObject o;
    o["issuer"] = c.issuer;
    o["client_id"] = c.client_id;
    set_if(o, "client_secret", c.client_secret);
    set_if(o, "token_endpoint_auth_method", c.token_endpoint_auth_method);
    if (!c.redirect_uris.empty()) {
      JsonArray uris;
      for (const auto& u : c.redirect_uris) uris.emplace_back(u);
      o["redirect_uris"] = std::move(uris);
    }
    if (c.client_secret_expires_at) o["client_secret_expires_at"] = *c.client_secret_expires_at;
    set_if(o, "source", c.source);
    clients.emplace_back(std::move(o));
  }
  JsonArray tokens;
  for (const auto& t : data.tokens) {
    JsonObject o;
    o["resource"] = t.resource;
    o["issuer"] = t.issuer;
    o["access_token"] = t.access_token;
    o["token_type"] = t.token_type;
    set_if(o, "refresh_token", t.refresh_token);
    set_if(o, "scope", t.scope);
    if (t.expires_at)
      o["expires_at"] = static_cast<std::int64_t>(
          std::chrono::duration_cast<std::chrono::seconds>(t.expires_at->time_since_epoch())
              .count());
    set_if(o, "dpop_private_key_pem", t.dpop_private_key_pem);
    tokens.emplace_back(std::move(o));
  }
  JsonObject root;
  root["version"] = kFormatVersion;
  root["clients"] = std::move(clients);
  root["tokens"] = std::move(tokens);
  return json::serialize(root) + "\n";
}

// ---- reading and writing the file ----

Data read_file(const fs::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) {
    if (errno == ENOENT) return {};
    if (errno == ELOOP) fail(path, "the file is a symbolic link; refusing to use it");
    fail_errno(path, "cannot open", errno);
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) fail_errno(path, "cannot inspect", errno);
  if (!S_ISREG(st.st_mode)) fail(path, "not a regular file");
  check_private(path, st, "file");
  if (static_cast<std::uint64_t>(st.st_size) > kMaxFileBytes)
    fail(path, fmt::format("the file is larger than {} bytes; refusing to read it", kMaxFileBytes));
  std::string text;
  text.resize(static_cast<std::size_t>(st.st_size));
  std::size_t done = 0;
  // Bounded by the size checked above: a file that grew since is someone else's doing, and
  // whatever was cut off makes it fail to parse.
  while (done < text.size()) {
    ssize_t n = ::read(fd.get(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_errno(path, "cannot read", errno);
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  text.resize(done);
  if (text.empty()) corrupt(path, "empty");
  return decode(path, text);
}

void write_all(const fs::path& path, int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_errno(path, "cannot write", errno);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Atomic replacement: a reader (or a crash) sees the old file or the new one, never half of one.
// The temporary file is new (O_EXCL) and private from its creation.
void write_file(const fs::path& path, const Data& data) {
  std::string text = encode(data);
  std::random_device rd;
  fs::path tmp = path;
  tmp += fmt::format(".tmp-{}-{:08x}", ::getpid(), rd());
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (fd.get() < 0) fail_errno(path, "cannot create a temporary file", errno);
  try {
    if (::fchmod(fd.get(), 0600) != 0) fail_errno(path, "cannot set permissions", errno);
    write_all(path, fd.get(), text);
    if (::fsync(fd.get()) != 0) fail_errno(path, "cannot flush", errno);
    fd.reset();
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail_errno(path, "cannot replace", errno);
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
  // The rename itself must survive a crash too.
  Fd dfd(::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dfd.get() >= 0) ::fsync(dfd.get());
}

// Runs `fn` on the current contents under the lock. A read of a store that does not exist yet
// creates nothing (`sallyport auth status` must not leave files behind).
template <typename Fn>
auto read_locked(const fs::path& path, Fn fn) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT) return fn(Data{});
  check_directory(path);
  FileLock lock(path);
  return fn(read_file(path));
}

template <typename Fn>
void modify_locked(const fs::path& path, Fn fn) {
  ensure_directory(path);
  FileLock lock(path);
  Data data = read_file(path);
  fn(data);
  write_file(path, data);
}

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

}  // namespace

FileTokenStore::FileTokenStore(std::filesystem::path path) : path_(std::move(path)) {
  if (path_.empty()) throw std::invalid_argument("token store: empty path");
}

std::filesystem::path FileTokenStore::default_path() {
  if (auto p = env("SALLYPORT_OAUTH_STORE"); !p.empty()) return p;
  // XDG: a relative $XDG_STATE_HOME is invalid and must be ignored.
  if (auto state = env("XDG_STATE_HOME"); !state.empty() && state.front() == '/')
    return fs::path(state) / "sallyport" / "oauth.json";
  std::string home = env("HOME");
  if (home.empty()) {
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_dir) home = pw->pw_dir;
  }
  if (home.empty())
    throw std::runtime_error(
        "token store: no home directory; set SALLYPORT_OAUTH_STORE or XDG_STATE_HOME");
  return fs::path(home) / ".local" / "state" / "sallyport" / "oauth.json";
}

std::optional<ClientRegistration> FileTokenStore::load_client(const std::string& issuer) {
  return read_locked(path_, [&](const Data& d) { return d.load_client(issuer); });
}

void FileTokenStore::save_client(const ClientRegistration& registration) {
  modify_locked(path_, [&](Data& d) { d.save_client(registration); });
}

void FileTokenStore::remove_client(const std::string& issuer) {
  modify_locked(path_, [&](Data& d) { d.remove_client(issuer); });
}

std::optional<StoredTokens> FileTokenStore::load_tokens(const std::string& resource,
                                                        const std::string& issuer) {
  return read_locked(path_, [&](const Data& d) { return d.load_tokens(resource, issuer); });
}

void FileTokenStore::save_tokens(const StoredTokens& tokens) {
  modify_locked(path_, [&](Data& d) { d.save_tokens(tokens); });
}

void FileTokenStore::remove_tokens(const std::string& resource) {
  modify_locked(path_, [&](Data& d) { d.remove_tokens(resource); });
}

std::vector<ClientRegistration> FileTokenStore::clients() {
  return read_locked(path_, [](const Data& d) { return d.clients; });
}

std::vector<StoredTokens> FileTokenStore::tokens() {
  return read_locked(path_, [](const Data& d) { return d.tokens; });
}

void FileTokenStore::clear() {
  modify_locked(path_, [](Data& d) { d = Data{}; });
}

}  // namespace sallyport::oauth
