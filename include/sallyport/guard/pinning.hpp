// Pinning: every tool, prompt and resource definition is hashed in canonical form (RFC 8785
// style: sorted keys, shortest numbers, no insignificant whitespace) when first seen; a later
// change (a "rug pull") is reported with a line diff and, in block mode, keeps the definition
// unusable until someone approves it.
//
//   auto store = sallyport::guard::SqlitePinStore::open("pins.db");   // file created 0600
//   sallyport::guard::Pinner pinner{**store, {.mode = PinMode::block}};
//   auto report = pinner.check("github", surface);   // surface as for analyze()
//   if (!pinner.allowed("github", "tool", "create_issue")) ...
//   pinner.approve("github", "tool", "create_issue");
//   // and judge what each change added (AnalyzerOptions::approved):
//   std::map<std::string, boost::json::value, std::less<>> approved{
//       {"github", approved_surface(report)}};
//   auto analysis = analyze(surface, {.approved = &approved});
#pragma once

#include <cstdint>
#include <expected>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "sallyport/guard/finding.hpp"

struct sqlite3;

namespace sallyport::guard {

// Canonical JSON: object keys sorted by UTF-16 code units, numbers as ECMAScript prints them,
// strings with minimal escaping, no whitespace. Equal for semantically equal JSON documents.
std::string canonical_json(const boost::json::value& v);
// The same ordering and numbers, indented by two spaces: stable text for line diffs.
std::string canonical_json_pretty(const boost::json::value& v);
// Lowercase hex SHA-256 (OpenSSL).
std::string sha256_hex(std::string_view data);
// A unified-style diff of two texts by lines ("-" removed, "+" added, two lines of context).
std::string line_diff(std::string_view before, std::string_view after,
                      std::string_view before_label = "approved",
                      std::string_view after_label = "current");

struct Pin {
  std::string server{}, kind{}, name{};  // kind: tool, prompt, resource, resourceTemplate
  std::string hash{};                    // approved version; empty when never approved
  std::string canonical{};               // its canonical pretty JSON
  std::string pending_hash{};            // a newer version awaiting approval; empty when none
  std::string pending_canonical{};
  std::int64_t approved_at = 0;  // unix seconds
  std::int64_t seen_at = 0;
};

class PinStore {
 public:
  virtual ~PinStore() = default;
  virtual std::vector<Pin> load(std::string_view server) = 0;
  virtual std::optional<Pin> get(std::string_view server, std::string_view kind,
                                 std::string_view name) = 0;
  virtual void put(const Pin& pin) = 0;
  virtual void erase(std::string_view server, std::string_view kind, std::string_view name) = 0;
};

class MemoryPinStore final : public PinStore {
 public:
  std::vector<Pin> load(std::string_view server) override;
  std::optional<Pin> get(std::string_view server, std::string_view kind,
                         std::string_view name) override;
  void put(const Pin& pin) override;
  void erase(std::string_view server, std::string_view kind, std::string_view name) override;

 private:
  std::mutex mu_;
  std::map<std::tuple<std::string, std::string, std::string>, Pin> pins_;
};

// Pins in one SQLite file (table guard_pins), created with mode 0600 and tightened to 0600 if
// it was readable by others. Waits at most 5 s for a lock held by another process.
class SqlitePinStore final : public PinStore {
 public:
  static std::expected<std::unique_ptr<SqlitePinStore>, std::string> open(const std::string& path);
  ~SqlitePinStore() override;
  SqlitePinStore(const SqlitePinStore&) = delete;
  SqlitePinStore& operator=(const SqlitePinStore&) = delete;

  std::vector<Pin> load(std::string_view server) override;
  std::optional<Pin> get(std::string_view server, std::string_view kind,
                         std::string_view name) override;
  void put(const Pin& pin) override;  // throws std::runtime_error on a database error
  void erase(std::string_view server, std::string_view kind, std::string_view name) override;

 private:
  explicit SqlitePinStore(sqlite3* db) : db_(db) {}
  std::mutex mu_;
  sqlite3* db_;
};

enum class PinMode { warn, block };

struct PinOptions {
  PinMode mode = PinMode::warn;
  // The first time a server is seen, its definitions are approved as they are. Without it
  // every definition of a new server waits for approval (in block mode: is blocked).
  bool trust_on_first_use = true;
};

struct PinChange {
  enum class Type { added, removed, changed };
  Type type = Type::changed;
  std::string kind{}, name{}, location{};
  std::string old_hash{}, new_hash{};
  std::string diff{};      // line diff of the canonical JSON (empty for added/removed)
  std::string approved{};  // the approved version's canonical JSON (changed only)
};

std::string_view to_string(PinChange::Type t) noexcept;

struct PinReport {
  std::string server{};
  bool first_seen = false;  // nothing was pinned for this server before
  std::vector<PinChange> changes{};
  std::vector<Finding> findings{};     // category rug-pull
  std::vector<std::string> blocked{};  // "kind:name" not usable until approved (block mode)
};

// The approved versions of the definitions that changed, as a surface for
// AnalyzerOptions::approved: analysed with it, a changed definition is judged also by what the
// update added (a rug pull adds one harmful sentence to an honest definition).
boost::json::value approved_surface(const PinReport& report);

class Pinner {
 public:
  explicit Pinner(PinStore& store, PinOptions opts = {}) : store_(store), opts_(opts) {}

  // Compares the surface's definitions with the pins of `server`, records new versions as
  // pending, and reports what changed.
  PinReport check(std::string_view server, const boost::json::value& surface);
  // False when the definition has an unapproved version (block mode only; warn allows).
  bool allowed(std::string_view server, std::string_view kind, std::string_view name);
  // Accepts the pending version (or forgets a removed definition). False when nothing pends.
  bool approve(std::string_view server, std::string_view kind, std::string_view name);
  std::size_t approve_all(std::string_view server);

 private:
  PinStore& store_;
  PinOptions opts_;
};

}  // namespace sallyport::guard
