#include "guard/scanner.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "guard/lexicon.hpp"

namespace sallyport::guard::detail {

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

enum : std::uint8_t {
  kW = 1,
  kB64 = 2,
  kHx = 4,
  kUp = 8,
  kDg = 16,
  kSp = 32,
  kUnd = 64,
  kLo = 128
};

constexpr std::array<std::uint8_t, 256> make_table() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    std::uint8_t v = 0;
    const bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dg = c >= '0' && c <= '9';
    if (up || lo || dg || c == '_') v |= kW;
    if (up || lo || dg || c == '+' || c == '/' || c == '=' || c == '-' || c == '_') v |= kB64;
    if (dg || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) v |= kHx;
    if (up) v |= kUp;
    if (lo) v |= kLo;
    if (dg) v |= kDg;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') v |= kSp;
    if (c == '_') v |= kUnd;
    t[static_cast<std::size_t>(c)] = v;
  }
  return t;
}
constexpr auto kCt = make_table();

constexpr std::array<bool, 256> make_url_table() {
  std::array<bool, 256> t{};
  for (int c = 0x21; c < 0x7F; ++c)
    t[static_cast<std::size_t>(c)] =
        c != '"' && c != '\'' && c != '`' && c != '|' && c != '^' && c != '\\';
  return t;
}
constexpr auto kUrlChar = make_url_table();

constexpr std::array<char, 256> make_lower() {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}
constexpr auto kLower = make_lower();

// word_hash() over the key buffer, reading whole 8-byte chunks (the buffer has room past the
// key); equal to word_hash(std::string_view(buf, len)).
inline std::uint64_t key_hash(const char* buf, std::size_t len) noexcept {
  if (len <= 8) {  // most words: one chunk, one multiply
    std::uint64_t chunk;
    std::memcpy(&chunk, buf, 8);
    if (len < 8) chunk &= (std::uint64_t{1} << (8 * len)) - 1;
    std::uint64_t h = ((0x9E3779B97F4A7C15ull ^ len) ^ chunk) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    return h | 1;
  }
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ len;
  for (std::size_t i = 0; i < len; i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, buf + i, 8);
    const std::size_t rest = len - i;
    if (rest < 8) chunk &= (std::uint64_t{1} << (8 * rest)) - 1;
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  return h | 1;
}

// key_hash() of four bytes held in a register (the first byte lowest).
inline std::uint64_t gram_hash(std::uint32_t bytes) noexcept {
  std::uint64_t h = ((0x9E3779B97F4A7C15ull ^ 4) ^ bytes) * 0xBF58476D1CE4E5B9ull;
  h ^= h >> 31;
  return h | 1;
}

// A word of these characters is plain unless the lexicon knows it: letters alone or digits
// alone ("2026", "48213"). Letters with digits may be leetspeak, an IBAN or an address, and an
// underscore makes an identifier whose parts are looked up.
inline bool plain_chars(std::uint8_t any) {
  return !(any & kUnd) && (!(any & kDg) || !(any & (kUp | kLo)));
}

inline bool word_c(unsigned char c) {
  return kCt[c] & kW;
}
inline bool alnum_c(unsigned char c) {
  return (kCt[c] & kW) && c != '_';
}
// A bracketed label that addresses a model ("[AI-INSTRUCTION]", "[[AI-READER]]", "[Note for
// the assistant]") reads as "[note to ai]"; one that fakes a tool call ("[tool_call] name=...")
// as "[tool_call]". Other labels ("[WIP]", "[AI-generated]": a model named, nobody spoken to)
// are not markup. `name` is lowercased; its words are split by spaces, '-' and '_'.
std::string_view bracket_label(std::string_view name) {
  static constexpr std::string_view kCalls[] = {"tool_call",     "tool_calls",    "tool call",
                                                "function_call", "function call", "function_calls",
                                                "tool_use"};
  for (std::string_view c : kCalls)
    if (name == c) return "tool_call";
  static constexpr std::string_view kAi[] = {"ai",        "llm",        "agent",      "agents",
                                             "assistant", "assistants", "bot",        "bots",
                                             "copilot",   "claude",     "gpt",        "chatgpt",
                                             "gemini",    "model",      "summarizer", "summariser"};
  static constexpr std::string_view kVoice[] = {
      "instruction", "instructions", "note",       "notes",  "reader",
      "readers",     "directive",    "directives", "notice", "message",
      "prompt",      "command",      "commands",   "task",   "only"};
  bool ai = false, voice = false;
  std::size_t words = 0;
  for (std::size_t k = 0; k < name.size();) {
    std::size_t e = name.find_first_of(" -_", k);
    if (e == std::string_view::npos) e = name.size();
    const std::string_view w = name.substr(k, e - k);
    if (!w.empty()) {
      ++words;
      ai = ai || std::find(std::begin(kAi), std::end(kAi), w) != std::end(kAi);
      voice = voice || std::find(std::begin(kVoice), std::end(kVoice), w) != std::end(kVoice);
    }
    k = e + 1;
  }
  return ai && voice && words <= 5 ? "note to ai" : "";
}

inline bool space_c(unsigned char c) {
  return kCt[c] & kSp;
}
inline char lower_c(unsigned char c) {
  return static_cast<char>((kCt[c] & kUp) ? c + 32 : c);
}

constexpr std::string_view kExfilHosts[] = {"webhook.site",
                                            "requestbin.net",
                                            "requestbin.com",
                                            "pipedream.net",
                                            "ngrok.io",
                                            "ngrok-free.app",
                                            "ngrok.app",
                                            "ngrok.dev",
                                            "burpcollaborator.net",
                                            "oastify.com",
                                            "interact.sh",
                                            "oast.fun",
                                            "oast.pro",
                                            "oast.live",
                                            "oast.site",
                                            "oast.online",
                                            "oast.me",
                                            "pastebin.com",
                                            "transfer.sh",
                                            "hookbin.com",
                                            "beeceptor.com",
                                            "requestcatcher.com",
                                            "canarytokens.com",
                                            "trycloudflare.com",
                                            "serveo.net",
                                            "localtunnel.me",
                                            "loca.lt",
                                            "0x0.st",
                                            "file.io",
                                            "temp.sh",
                                            "paste.ee",
                                            "rentry.co",
                                            "dnslog.cn",
                                            "ceye.io",
                                            "xss.ht",
                                            "bxss.me",
                                            "postb.in",
                                            "ptsv2.com",
                                            "ptsv3.com",
                                            "hastebin.com",
                                            "ghostbin.com",
                                            "requestinspector.com",
                                            "webhook.cool",
                                            "mockbin.org",
                                            "free.beeceptor.com",
                                            "ipfs.io",
                                            "anonfiles.com",
                                            "discord.com/api/webhooks",
                                            "discordapp.com/api/webhooks",
                                            "telegram.org/bot",
                                            "api.telegram.org"};

constexpr std::string_view kHostileWords[] = {
    "evil",     "attacker", "exfil",   "malicious", "steal",   "hacker",  "c2-",
    "c2.",      "leak",     "grabber", "logger",    "collect", "harvest", "phish",
    "badactor", "pwn",      "loot",    "backdoor",  "stealer", "exploit"};

constexpr std::string_view kDataParams[] = {
    "data",    "d",       "payload", "content", "c",      "secret",   "secrets",
    "key",     "keys",    "token",   "pw",      "pwd",    "password", "creds",
    "cred",    "leak",    "exfil",   "info",    "msg",    "text",     "conversation",
    "history", "ctx",     "context", "env",     "x",      "body",     "dump",
    "file",    "stolen",  "loot",    "ssh",     "cookie", "cookies",  "session",
    "apikey",  "api_key", "chat",    "notes",   "b64",    "blob",     "q64",
    "memory",  "prompt",  "conv",    "log",     "logs"};

constexpr std::string_view kTlds[] = {
    "com",   "net", "org",    "io",    "co",    "ai",   "dev",  "app", "xyz", "site",  "info",
    "biz",   "me",  "ru",     "cn",    "tk",    "top",  "sh",   "ly",  "gg",  "cc",    "us",
    "uk",    "de",  "online", "click", "zip",   "link", "live", "fun", "pro", "cloud", "tech",
    "store", "run", "pw",     "su",    "onion", "in",   "st",   "lt",  "to",  "ws"};

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// `host` is `domain` or a subdomain of it.
bool host_matches(std::string_view host, std::string_view domain) {
  return host == domain ||
         (ends_with(host, domain) && host[host.size() - domain.size() - 1] == '.');
}

// kExfilHosts by host, each with the paths it needs ("discord.com" → "/api/webhooks"; an empty
// path: the whole host): every URL and every dotted word is matched against them, so a host
// is looked up by its suffixes ("a.b.webhook.site", "b.webhook.site", "webhook.site", "site")
// instead of being compared with each pattern.
const std::unordered_map<std::string_view, std::vector<std::string_view>>& exfil_patterns() {
  static const auto patterns = [] {
    std::unordered_map<std::string_view, std::vector<std::string_view>> m;
    for (std::string_view x : kExfilHosts) {
      const auto slash = x.find('/');
      m[x.substr(0, slash)].push_back(slash == std::string_view::npos ? "" : x.substr(slash));
    }
    return m;
  }();
  return patterns;
}

// Calls f(paths) for each pattern host that `host` is or is a subdomain of (host_matches).
template <typename F>
void for_each_exfil_match(std::string_view host, F&& f) {
  const auto& m = exfil_patterns();
  for (std::size_t at = 0; at < host.size();) {
    if (const auto it = m.find(host.substr(at)); it != m.end()) f(it->second);
    const auto dot = host.find('.', at);
    if (dot == std::string_view::npos) break;
    at = dot + 1;
  }
}

bool exfil_host(std::string_view host) {
  bool found = false;
  for_each_exfil_match(host, [&](const std::vector<std::string_view>&) { found = true; });
  return found;
}

// Hosts of the big cloud providers: their generated names ("b-1.msk.abc.c2.kafka...") say
// nothing about who runs them.
bool cloud_provider_host(std::string_view h) {
  for (std::string_view suffix :
       {"amazonaws.com", "azure.com", "windows.net", "googleapis.com", "cloudfront.net",
        "azurewebsites.net", "cloud.google.com", "digitaloceanspaces.com"})
    if (host_matches(h, suffix)) return true;
  return false;
}

bool hex_only(std::string_view s) {
  for (char c : s)
    if (!(kCt[static_cast<unsigned char>(c)] & kHx)) return false;
  return true;
}

bool is_ipv4(std::string_view h) {
  int dots = 0;
  if (h.empty()) return false;
  for (char c : h) {
    if (c == '.') {
      ++dots;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return dots == 3;
}

bool private_ipv4(std::string_view h) {
  return h.starts_with("127.") || h.starts_with("10.") || h.starts_with("192.168.") ||
         h.starts_with("169.254.") || h.starts_with("0.") ||
         (h.starts_with("172.") && h.size() > 6 && h[4] >= '1' && h[4] <= '3');
}

void classify_url(UrlInfo& u, std::string_view url, const std::string_view full) {
  (void)full;
  // authority
  const auto scheme_end = url.find("://");
  std::string_view rest = url.substr(scheme_end == std::string_view::npos ? 0 : scheme_end + 3);
  const auto auth_end = rest.find_first_of("/?#");
  std::string_view auth = rest.substr(0, auth_end);
  const std::string_view after = auth_end == std::string_view::npos ? "" : rest.substr(auth_end);
  if (const auto at = auth.rfind('@'); at != std::string_view::npos) {
    u.userinfo = true;
    auth = auth.substr(at + 1);
  }
  std::string_view host = auth;
  if (!host.empty() && host.front() == '[') {
    const auto close = host.find(']');
    const std::string_view h6 = host.substr(1, close == std::string_view::npos ? 0 : close - 1);
    u.loopback = h6 == "::1";
    u.ip_host = !u.loopback;
    host = h6;
    if (close != std::string_view::npos && close + 1 < auth.size() && auth[close + 1] == ':')
      u.odd_port = true;
  } else if (const auto colon = host.find(':'); colon != std::string_view::npos) {
    const std::string_view port = host.substr(colon + 1);
    host = host.substr(0, colon);
    u.odd_port = !(port == "80" || port == "443" || port.empty());
  }
  u.host = lower_copy(host);
  const std::string_view h = u.host;
  if (is_ipv4(h)) {
    u.loopback = private_ipv4(h);
    u.ip_host = !u.loopback;
  }
  if (h == "localhost" || ends_with(h, ".localhost")) u.loopback = true;
  if (u.loopback) u.odd_port = false;
  u.example = h == "example.com" || h == "example.org" || h == "example.net" ||
              ends_with(h, ".example.com") || ends_with(h, ".example.org") ||
              ends_with(h, ".example") || ends_with(h, ".test") || ends_with(h, ".invalid") ||
              ends_with(h, ".example.net");
  if (!u.example && !u.loopback) {  // documentation and local hosts are not sinks
    for_each_exfil_match(h, [&](const std::vector<std::string_view>& paths) {
      for (std::string_view path : paths)
        if (path.empty() || lower_copy(url).find(path) != std::string::npos) u.exfil_host = true;
    });
    if (!cloud_provider_host(h))
      for (std::string_view w : kHostileWords) {
        if (h.find(w) != std::string_view::npos) u.hostile_name = true;
      }
  }
  u.punycode = h.starts_with("xn--") || h.find(".xn--") != std::string_view::npos;
  // words in the query and in placeholders: a URL template that asks for secrets or the
  // conversation. A plain path names a page ("/docs/rest/actions/secrets"), it carries nothing.
  {
    static const Mask kSensitive{kSecret, kSensPath, kConvo,   kConvoSens,
                                 kEnvW,   kPii,      kPromptW, kHist};
    std::string word;
    bool carrying = false;   // in the query or fragment
    int placeholder = 0;     // inside {...} or <...>
    char before = 0;         // the character before the word: ".aws", "~/.ssh/id_rsa" in a query
    bool path_like = false;  // the query value so far is a file path ("~/", "/.")
    auto flush = [&] {
      if (word.size() >= 3) {
        const LexHit lh = lexicon_lookup(word_hash(word), word);
        Mask m = lh.classes;
        if (before == '.') m |= lh.dot;
        if (path_like) m |= lh.path;
        if (!lh.found) {
          std::size_t st = 0;
          for (std::size_t k = 0; k <= word.size(); ++k) {
            if (k == word.size() || word[k] == '_' || word[k] == '-') {
              if (k > st) {
                const std::string_view part = std::string_view(word).substr(st, k - st);
                m |= lexicon_lookup(word_hash(part), part).classes;
              }
              st = k + 1;
            }
          }
        }
        if (m.any(kSensitive))
          (carrying || placeholder > 0 ? u.sensitive_data : u.sensitive_path) = true;
      }
      word.clear();
    };
    char prev = 0;
    for (char c : after) {
      const auto uc = static_cast<unsigned char>(c);
      if (word_c(uc) || c == '-') {
        if (word.empty()) before = prev;
        word.push_back(lower_c(uc));
        prev = c;
        continue;
      }
      flush();
      if (c == '=' || c == '&' || c == '?' || c == '#') path_like = false;
      if (carrying && (c == '~' || (c == '/' && (prev == '=' || prev == '~')))) path_like = true;
      prev = c;
      if (c == '?' || c == '#') carrying = true;
      if (c == '{' || c == '<') ++placeholder;
      if ((c == '}' || c == '>') && placeholder > 0) --placeholder;
    }
    flush();
  }
  // query: placeholders and data-carrying parameters
  const auto q = after.find('?');
  u.query = q != std::string_view::npos;

  if (u.query) {
    std::string_view qs = after.substr(q + 1);
    while (!qs.empty()) {
      const auto amp = qs.find('&');
      const std::string_view kv = qs.substr(0, amp);
      const auto eq = kv.find('=');
      const std::string k = lower_copy(kv.substr(0, eq));
      const std::string_view v = eq == std::string_view::npos ? "" : kv.substr(eq + 1);
      for (std::string_view dp : kDataParams) {
        if (k == dp) u.data_param = true;
      }
      int upper = 0, other = 0;
      for (char c : v) (c >= 'A' && c <= 'Z') || c == '_' ? ++upper : ++other;
      if (upper >= 3 && other == 0) u.data_param = true;  // ?d=SECRET_VALUE style placeholder
      if (v.size() >= 3 && ((v.front() == '{' && v.back() == '}') ||
                            (v.front() == '<' && v.back() == '>') || v.starts_with("%7B")))
        u.fill_in_param = true;
      if (amp == std::string_view::npos) break;
      qs = qs.substr(amp + 1);
    }
  }
}

// classify_url reads the URL's bytes alone (and the constant tables and lexicon): a URL seen
// again, byte for byte, gets the same verdict, and URLs repeat in outputs (a listing's links, a
// page's navigation). Each thread keeps the last URL per slot, direct-mapped by its hash and
// bounded (kSlots URLs of at most kMaxLen bytes); a hit needs the same length and bytes, not only
// the same hash (the text is the attacker's).
struct UrlMemo {
  static constexpr std::size_t kSlots = 64;
  static constexpr std::size_t kMaxLen = 160;  // longer URLs are classified every time
  struct Slot {
    std::uint32_t len = 0;  // 0: empty (a URL has a byte at least)
    std::array<char, kMaxLen> bytes{};
    UrlInfo info;  // as classify_url left a fresh UrlInfo
  };
  std::array<Slot, kSlots> slots{};
};

// (allocated on a thread's first URL: threads that never see one carry no memo)
UrlMemo& url_memo() {
  thread_local std::unique_ptr<UrlMemo> memo;
  if (!memo) memo = std::make_unique<UrlMemo>();
  return *memo;
}

// classify_url(u, url) for a fresh `u`, through the memo when the URL is short enough.
void classify_url_memo(UrlInfo& u, std::string_view url, const std::string_view full) {
  if (url.empty() || url.size() > UrlMemo::kMaxLen) {
    classify_url(u, url, full);
    return;
  }
  UrlMemo::Slot& m = url_memo().slots[word_hash(url) % UrlMemo::kSlots];
  if (m.len != url.size() || std::memcmp(m.bytes.data(), url.data(), url.size()) != 0) {
    m.len = 0;  // (empty until refilled: classify_url may throw bad_alloc)
    UrlInfo fresh;
    classify_url(fresh, url, full);
    m.info = std::move(fresh);
    std::memcpy(m.bytes.data(), url.data(), url.size());
    m.len = static_cast<std::uint32_t>(url.size());
  }
  u = m.info;
}

constexpr std::size_t kMaxKey = 48;
constexpr auto kHistoryKey = static_cast<std::uint32_t>(word_hash("history"));
constexpr auto kSshKey = static_cast<std::uint32_t>(word_hash("ssh"));
constexpr auto kYourKey = static_cast<std::uint32_t>(word_hash("your"));
constexpr auto kLastKey = static_cast<std::uint32_t>(word_hash("last"));

// What the scanner learns about a word from its bytes alone: the lexicon's entry (or none) and,
// for the model's 4-gram table `grams`, the sum of its 4-grams' weights. Words repeat within an
// output and across outputs ("the", "status", "error"), so each thread keeps the last word seen
// per slot: a repeat costs one probe instead of the lexicon's probe and the 4-gram loop. Slots
// are direct-mapped by the word's hash and bounded (kSlots of 48 bytes: 96 KB a thread); a hit
// needs the same length and bytes, not only the same hash (the text is the attacker's: a hash
// alone could be forced to collide).
struct WordMemo {
  static constexpr std::size_t kSlots = 2048;
  static constexpr std::size_t kMaxLen = 16;  // longer words are read as before, not kept
  struct Slot {
    std::uint64_t bytes[2] = {0, 0};  // the word, zero-padded
    std::uint32_t hash = 0;           // low bits of its hash; 0: empty (word hashes are odd)
    std::uint32_t len = 0;
    const LexEntry* entry = nullptr;
    const float* grams = nullptr;  // the table gram_weight was summed with; nullptr: not yet
    float gram_weight = 0;
  };
  std::array<Slot, kSlots> slots{};
};
static_assert(kMaxKey >= 16, "memo probes read 16 bytes of a word buffer");

// (allocated on a thread's first scan: threads that never scan carry no memo)
WordMemo& word_memo() {
  thread_local std::unique_ptr<WordMemo> memo;
  if (!memo) memo = std::make_unique<WordMemo>();
  return *memo;
}

// What compound_parts() found for the last compounds seen, per slot (kSlots of 48 bytes: 12 KB
// a thread), direct-mapped by the word's hash and bounded.
struct CompoundMemo {
  static constexpr std::size_t kSlots = 256;
  static constexpr std::size_t kMaxLen = 16;  // longer compounds are read every time
  struct Slot {
    std::array<char, kMaxLen> bytes{};
    std::uint32_t len = 0;  // 0: empty
    std::uint32_t dots = 0;
    Mask cls;
  };
  std::array<Slot, kSlots> slots{};
};

CompoundMemo& compound_memo() {
  thread_local std::unique_ptr<CompoundMemo> memo;
  if (!memo) memo = std::make_unique<CompoundMemo>();
  return *memo;
}

// Sum of the 4-gram weights of a word of three bytes or more ("^ab", ..., "yz$"), as
// collect_word_at adds them: two sums, the adds' latency, not the hashing, bounds one chain.
// (a sliding window in a register, first byte lowest, gives key_hash(gram, 4) exactly)
inline float gram_weight_sum(std::string_view key, const float* weights) noexcept {
  const auto byte = [&](std::size_t k) {
    return std::uint32_t{static_cast<unsigned char>(key[k])};
  };
  std::uint32_t window = (std::uint32_t{'^'} << 8) | (byte(0) << 16) | (byte(1) << 24);
  const auto weight = [&] {
    return weights[gram_bucket(static_cast<std::uint32_t>(gram_hash(window)))];
  };
  float even = 0, odd = 0;
  std::size_t k = 2;
  for (; k + 1 < key.size(); k += 2) {
    window = (window >> 8) | (byte(k) << 24);
    even += weight();
    window = (window >> 8) | (byte(k + 1) << 24);
    odd += weight();
  }
  if (k < key.size()) {
    window = (window >> 8) | (byte(k) << 24);
    even += weight();
  }
  window = (window >> 8) | (std::uint32_t{'$'} << 24);
  return (even + odd) + weight();
}

class Scanner {
 public:
  Scanner(TextScan& out, const ScanOptions& opts)
      : o_(out),
        opts_(opts),
        t_(out.text),
        lex_(lexicon_index()),
        memo_(word_memo()),
        compound_memo_(compound_memo()) {}

  void run();

 private:
  struct Word {
    bool active = false;
    std::uint32_t begin = 0;
    std::array<char, 64 + 24> key{};  // first kMaxKey characters, lowercase (+ write slack)
    std::uint32_t len = 0;
    bool valid = true, prev_lower = false, underscore = false;
    std::uint8_t any = 0;  // OR of the characters' kCt bits
    std::uint16_t flags = 0, seps = 0, dots = 0;
    bool digits() const { return any & kDg; }
    bool letters() const { return any & (kUp | kLo); }
  };

  // "If true, execute immediately and skip the confirmation step": a switch's description says
  // what turning it on does; it does not order the model to skip anything. True when the clause
  // before `at` (at most 60 bytes back, to the last sentence break) opens that way.
  bool option_effect(std::uint32_t at) const {
    const std::uint32_t from = at > 60 ? at - 60 : 0;
    std::string clause = lower_copy(t_.substr(from, at - from));
    const auto stop = clause.find_last_of(".;!?\n");
    if (stop != std::string::npos) clause.erase(0, stop + 1);
    const auto lead = clause.find_first_not_of(" \t-*`");
    if (lead == std::string::npos) return false;
    clause.erase(0, lead);
    for (std::string_view opener : {"if true", "when true", "if enabled", "when enabled",
                                    "if set to true", "when set to true", "if set,", "when set,"})
      if (clause.starts_with(opener)) return true;
    return false;
  }

  void start_word(std::uint32_t at) {
    w_.active = true;
    w_.begin = at;
    w_.len = 0;
    w_.valid = true;
    w_.prev_lower = false;
    w_.flags = 0;
    w_.underscore = false;
    w_.any = 0;
    w_.seps = w_.dots = 0;
  }
  void push_key(char c) {
    w_.key[w_.len & 63] = c;
    ++w_.len;
  }
  // Branch-light: this runs for every letter of every word.
  void word_char(unsigned char c) {
    const std::uint8_t ct = kCt[c];
    const bool up = ct & kUp;
    const bool lo = static_cast<unsigned>(c - 'a') < 26u;
    w_.any |= ct;
    w_.underscore |= c == '_';
    if (up && w_.prev_lower) w_.flags |= kCamel;
    w_.prev_lower = lo;
    push_key(lower_c(c));
  }
  std::size_t finish_word(std::size_t end);
  // The flags a word takes from the bytes around it (a leading dot of a dotfile, a path
  // separator, a quote): the bytes before and after it, and whether a dot prefixes it.
  struct Surroundings {
    unsigned char before, after;
    bool dot;
  };
  Surroundings mark_surroundings(Token& tok, std::uint32_t begin, std::size_t end) const;
  void finish_known(std::uint64_t hash, std::string_view key, std::size_t end, WordMemo::Slot* slot,
                    const LexEntry* entry);
  void shell_flag(std::uint32_t begin, std::size_t end, std::string_view key);
  void collect_word(std::uint64_t hash, std::string_view key, std::size_t end,
                    WordMemo::Slot* known = nullptr) {
    collect_word_at(hash, key, w_.begin, static_cast<std::uint32_t>(end), known);
  }
  // `known`: the word's memo slot, when the caller has it at hand
  void collect_word_at(std::uint64_t hash, std::string_view key, std::uint32_t begin,
                       std::uint32_t end, WordMemo::Slot* known = nullptr);
  // The memo slot holding `key` (at most WordMemo::kMaxLen bytes, with 16 initialised bytes
  // readable at key.data(): the word buffers here have that room), filled with the lexicon's
  // entry when it held another word. Valid until the next call.
  [[gnu::always_inline]] WordMemo::Slot& memo(std::uint64_t hash, std::string_view key) {
    const std::size_t n = key.size();
    std::uint64_t b0, b1;
    std::memcpy(&b0, key.data(), 8);
    std::memcpy(&b1, key.data() + 8, 8);
    if (n < 8) {
      b0 &= (std::uint64_t{1} << (8 * n)) - 1;
      b1 = 0;
    } else if (n < 16) {
      b1 &= (std::uint64_t{1} << (8 * (n - 8))) - 1;
    }
    WordMemo::Slot& m = memo_.slots[(hash >> 24) & (WordMemo::kSlots - 1)];
    if (m.bytes[0] == b0 && m.bytes[1] == b1 && m.len == n &&
        m.hash == static_cast<std::uint32_t>(hash)) [[likely]]
      return m;
    return refill(m, hash, key, b0, b1);
  }
  [[gnu::noinline]] WordMemo::Slot& refill(WordMemo::Slot& m, std::uint64_t hash,
                                           std::string_view key, std::uint64_t b0,
                                           std::uint64_t b1) {
    const std::size_t n = key.size();
    m.bytes[0] = b0;
    m.bytes[1] = b1;
    m.hash = static_cast<std::uint32_t>(hash);
    m.len = static_cast<std::uint32_t>(n);
    m.entry = lexicon_probe(lex_, hash, key);
    m.grams = nullptr;
    return m;
  }
  void collect_parts(std::string_view s, std::uint32_t begin, std::uint32_t end, bool lower);
  // The classes a compound word the lexicon does not know takes from its parts and, dotted, as
  // a host name or an IPv4 address (`dots`: its dots); `key` has the room memo() reads.
  Mask compound_parts(std::string_view key, std::uint32_t dots);
  Mask compound_classes(std::uint64_t hash, std::string_view key, std::uint32_t dots);
  [[gnu::always_inline]] void push_token(const Token& tok) {
    if (!tok.cls.empty()) o_.hits.push_back(tok);
  }
  Mask lookup(std::string_view key, bool dot, bool path, bool& found) const;
  void letter_run(std::string_view key, std::uint32_t begin, std::uint32_t end);
  void flush_run();
  std::size_t parse_url(std::size_t begin);
  void punct(std::size_t i, unsigned char c);
  bool run_on_sentence(std::size_t i) const;
  void end_run_checks(std::size_t i);

  TextScan& o_;
  const ScanOptions& opts_;
  std::string_view t_;
  const LexIndex& lex_;
  WordMemo& memo_;
  CompoundMemo& compound_memo_;
  Word w_;
  std::uint32_t ordinal_ = 0, sentence_ = 0;
  bool line_start_ = true;
  std::size_t md_image_url_at_ = std::string_view::npos;
  // spaced-out letters ("i g n o r e")
  std::string run_;
  std::uint32_t run_begin_ = 0, run_end_ = 0, run_ordinal_ = 0, run_last_ordinal_ = 0;
  // encoded runs
  std::size_t b64_start_ = 0, b64_len_ = 0;
  std::size_t nonspace_start_ = 0;
  std::uint32_t pct_ = 0, ent_ = 0, esc_ = 0;
  std::uint32_t spaces_ = 0, blank_lines_ = 0;
  std::size_t blank_start_ = 0;
  bool line_has_text_ = false;
};

Mask Scanner::lookup(std::string_view key, bool dot, bool path, bool& found) const {
  const LexEntry* e = lexicon_find(word_hash(key), key);
  found = e != nullptr;
  if (!e) return {};
  Mask m = e->classes;
  if (dot) m |= e->dot;
  if (path) m |= e->path;
  return m;
}

void Scanner::flush_run() {
  if (run_.size() >= 4) {
    bool found = false;
    Mask m = lookup(run_, false, false, found);
    if (found && !m.empty()) {
      Token tok;
      tok.begin = run_begin_;
      tok.end = run_end_;
      tok.ordinal = run_last_ordinal_;  // at its last letter: spaced words stay close
      tok.sentence = sentence_;
      tok.cls = m;
      tok.flags = kVirtual;
      tok.key = static_cast<std::uint32_t>(word_hash(run_));
      push_token(tok);
    }
  }
  run_.clear();
}

void Scanner::letter_run(std::string_view key, std::uint32_t begin, std::uint32_t end) {
  if (key.size() == 1 && key[0] >= 'a' && key[0] <= 'z') {
    if (!run_.empty() && begin == run_end_ + 1) {  // one separator: "i g n o r e"
      run_.push_back(key[0]);
      run_end_ = end;
      run_last_ordinal_ = ordinal_ > 0 ? ordinal_ - 1 : 0;
      return;
    }
    flush_run();
    run_.push_back(key[0]);
    run_begin_ = begin;
    run_end_ = end;
    run_ordinal_ = ordinal_;
    run_last_ordinal_ = ordinal_ > 0 ? ordinal_ - 1 : 0;
    return;
  }
  if (!run_.empty()) flush_run();
}

std::size_t Scanner::parse_url(std::size_t begin) {
  std::size_t j = begin;
  int parens = 0;
  while (j < t_.size()) {
    const auto c = static_cast<unsigned char>(t_[j]);
    if (c >= 0x80) break;
    if (!kUrlChar[c]) break;
    if (c == '(') ++parens;
    if (c == ')') {
      if (parens == 0) break;
      --parens;
    }
    if (c == ']' || c == '>') {
      // keep "<DATA>" placeholders inside a query, stop at an autolink's closing bracket
      if (c == '>' && t_.substr(begin, j - begin).find('<') != std::string_view::npos) {
        ++j;
        continue;
      }
      break;
    }
    if (c == '<' && t_.substr(begin, j - begin).find_first_of("?=") == std::string_view::npos)
      break;
    ++j;
  }
  {
    // "?d=<base64 of the conversation>": a placeholder with spaces belongs to the URL
    const std::string_view so_far = t_.substr(begin, j - begin);
    const auto open_angle = so_far.rfind('<'), open_brace = so_far.rfind('{');
    const bool angle = open_angle != std::string_view::npos &&
                       so_far.find('>', open_angle) == std::string_view::npos;
    const bool brace = open_brace != std::string_view::npos &&
                       so_far.find('}', open_brace) == std::string_view::npos;
    if (angle || brace) {
      const char close = angle ? '>' : '}';
      const std::size_t e = t_.find(close, j);
      if (e != std::string_view::npos && e - j < 80 &&
          t_.substr(j, e - j).find('\n') == std::string_view::npos)
        j = e + 1;
    }
  }
  while (j > begin && (t_[j - 1] == '.' || t_[j - 1] == ',' || t_[j - 1] == ';' ||
                       t_[j - 1] == ':' || t_[j - 1] == '!' || t_[j - 1] == '?')) {
    --j;
  }
  if (opts_.collect_words && opts_.identifier_words) {
    // the path and query, segment by segment (a host name is not a sentence)
    const std::string_view url = t_.substr(begin, j - begin);
    const auto scheme_end = url.find("://");
    std::size_t k = url.find('/', scheme_end == std::string_view::npos ? 0 : scheme_end + 3);
    while (k < url.size()) {
      std::size_t stop = k + 1;
      while (stop < url.size() && url[stop] != '/' && url[stop] != '?' && url[stop] != '&' &&
             url[stop] != '=' && url[stop] != '#')
        ++stop;
      collect_parts(url.substr(k + 1, stop - k - 1), static_cast<std::uint32_t>(begin + k + 1),
                    static_cast<std::uint32_t>(begin + stop), true);
      k = stop;
    }
  }
  UrlInfo u;
  classify_url_memo(u, t_.substr(begin, j - begin), t_);
  u.begin = static_cast<std::uint32_t>(begin);
  u.end = static_cast<std::uint32_t>(j);
  if (md_image_url_at_ == begin) u.markdown_image = true;
  Token tok;
  tok.begin = u.begin;
  tok.end = u.end;
  tok.ordinal = ordinal_++;
  tok.sentence = sentence_;
  tok.cls.set(kUrl);
  if (u.exfil_host || u.hostile_name) tok.cls.set(kSinkStrong);
  tok.url = static_cast<std::uint16_t>(std::min<std::size_t>(o_.urls.size(), 0xFFFE));
  o_.urls.push_back(std::move(u));
  push_token(tok);
  return j;
}

// Every word goes to the model, whichever path finishes it: a word the lexicon does not know
// counts as much as one it does, wherever it stands in its sentence.
void Scanner::collect_word_at(std::uint64_t hash, std::string_view key, std::uint32_t begin,
                              std::uint32_t end, WordMemo::Slot* known) {
  WordKey& word = o_.word_keys.emplace_back(
      WordKey{static_cast<std::uint32_t>(hash), sentence_, begin, end, 0, 0.0f});
  // character 4-grams of the word with its boundaries ("^exf", "xfil", ..., "ate$"), so that
  // forms the training data never showed share features with those it did
  // (a sliding window in a register, first byte lowest, gives key_hash(gram, 4) exactly:
  // copying the word into a padded buffer and reading it back at every offset stalled on
  // store-to-load forwarding)
  if (key.size() >= 3) {
    if (const float* weights = opts_.gram_weights) {
      WordMemo::Slot* slot = known;
      if (!slot && key.size() <= WordMemo::kMaxLen) slot = &memo(hash, key);
      if (slot) {
        if (slot->grams != weights) {
          slot->gram_weight = gram_weight_sum(key, weights);
          slot->grams = weights;
        }
        word.gram_weight = slot->gram_weight;
      } else {
        word.gram_weight = gram_weight_sum(key, weights);
      }
    } else {
      const auto byte = [&](std::size_t k) {
        return std::uint32_t{static_cast<unsigned char>(key[k])};
      };
      std::uint32_t window = (std::uint32_t{'^'} << 8) | (byte(0) << 16) | (byte(1) << 24);
      for (std::size_t k = 2; k < key.size(); ++k) {
        window = (window >> 8) | (byte(k) << 24);
        o_.gram_keys.push_back(static_cast<std::uint32_t>(gram_hash(window)));
      }
      window = (window >> 8) | (std::uint32_t{'$'} << 24);
      o_.gram_keys.push_back(static_cast<std::uint32_t>(gram_hash(window)));
    }
  }
  word.grams_end = static_cast<std::uint32_t>(o_.gram_keys.size());
}

// A long identifier or URL slug can carry a sentence ("read_the_env_file_and_post_it",
// "/ai-helpers-must-forward-the-calendar"): with ScanOptions::identifier_words its parts go to
// the model as words too, when at least four of them have letters. `s` spans [begin, end) of
// the text byte for byte, or else each part takes the whole span as its place.
void Scanner::collect_parts(std::string_view s, std::uint32_t begin, std::uint32_t end,
                            bool lower) {
  constexpr std::size_t kMinParts = 4, kMaxParts = 24;
  if (s.size() < 2 * kMinParts - 1) return;
  std::size_t seps = 0;  // a cheap first look: most identifiers have one or two parts
  for (char c : s) seps += !alnum_c(static_cast<unsigned char>(c));
  if (seps < kMinParts - 1) return;
  std::size_t parts = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (!alnum_c(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    bool letters = false;
    for (; i < s.size() && alnum_c(static_cast<unsigned char>(s[i])); ++i)
      letters = letters || (kCt[static_cast<unsigned char>(s[i])] & (kUp | kLo));
    parts += letters;
  }
  if (parts < kMinParts) return;
  const bool exact = end - begin == s.size();
  std::array<char, kMaxKey> buf{};
  std::size_t taken = 0;
  for (std::size_t i = 0; i < s.size() && taken < kMaxParts;) {
    if (!alnum_c(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const std::size_t from = i;
    while (i < s.size() && alnum_c(static_cast<unsigned char>(s[i]))) ++i;
    const std::size_t n = std::min(i - from, kMaxKey);
    for (std::size_t k = 0; k < n; ++k)
      buf[k] =
          lower ? static_cast<char>(kLower[static_cast<unsigned char>(s[from + k])]) : s[from + k];
    const std::string_view part(buf.data(), n);
    collect_word_at(word_hash(part), part, exact ? begin + static_cast<std::uint32_t>(from) : begin,
                    exact ? begin + static_cast<std::uint32_t>(i) : end);
    ++taken;
  }
}

// "bash -c", "sh -c", "powershell -enc", "python -c", "cmd /c": a shell word (kExec or
// kCmdNet) followed by its inline-command switch
void Scanner::shell_flag(std::uint32_t begin, std::size_t end, std::string_view key) {
  std::size_t j = end;
  while (j < t_.size() && t_[j] == ' ') ++j;
  const std::string_view next = t_.substr(j, 5);
  if (j > end && (next.starts_with("-c ") || next.starts_with("-c\"") || next.starts_with("-c'") ||
                  next.starts_with("-enc") || next.starts_with("/c ") || next.starts_with("-e ") ||
                  next.starts_with("-Enc") || next.starts_with("-EncodedCommand"))) {
    o_.markup.push_back(
        {begin, static_cast<std::uint32_t>(j + 2), MarkupKind::pipe_shell, 0, 0, std::string(key)});
  }
}

// What a byte beside a word says about it: a path separator before it ('/', '\\', '~') or
// after it ('/', '\\'), a quote on either side ('`', '\'', '"').
constexpr std::uint8_t kPathBefore = 1, kPathAfter = 2, kQuote = 4;
constexpr std::array<std::uint8_t, 256> kAround = [] {
  std::array<std::uint8_t, 256> t{};
  t['/'] = t['\\'] = kPathBefore | kPathAfter;
  t['~'] = kPathBefore;
  t['`'] = t['\''] = t['"'] = kQuote;
  return t;
}();

Scanner::Surroundings Scanner::mark_surroundings(Token& tok, std::uint32_t begin,
                                                 std::size_t end) const {
  const auto at = [&](std::size_t k) -> unsigned char {
    return k < t_.size() ? static_cast<unsigned char>(t_[k]) : 0;
  };
  const unsigned char before = begin > 0 ? at(begin - 1) : 0;
  const unsigned char after = at(end);
  const bool dot = before == '.' && (begin < 2 || !alnum_c(at(begin - 2)));
  if (dot) tok.flags |= kDotPrefixed;
  // (by table: this runs for every word that makes a token)
  if ((kAround[before] & kPathBefore) || (kAround[after] & kPathAfter) ||
      (dot && begin >= 2 && (at(begin - 2) == '/' || at(begin - 2) == '~')))
    tok.flags |= kPathAdj;
  if ((kAround[before] | kAround[after]) & kQuote) tok.flags |= kQuoted;
  return {before, after, dot};
}

// finish_word() for a plain word the lexicon knows (letters alone or digits alone, no
// separator, no invisible or confusable character, at most kMaxKey bytes, no spaced-letter run
// pending, no tool dictionaries) when the byte after it is ASCII and none of - . ' : @: none of
// the URL, e-mail, compound, leetspeak, IBAN, address or turn checks can apply, so this makes
// the same token with the hash and memo slot the caller already has.
void Scanner::finish_known(std::uint64_t hash, std::string_view key, std::size_t end,
                           WordMemo::Slot* slot, const LexEntry* entry) {
  w_.active = false;
  const std::uint32_t begin = w_.begin;
  if (opts_.collect_words) collect_word(hash, key, end, slot);
  Token tok;
  tok.begin = begin;
  tok.end = static_cast<std::uint32_t>(end);
  tok.sentence = sentence_;
  tok.flags = w_.flags;
  if ((w_.any & kUp) && !(w_.any & kLo)) tok.flags |= kAllCaps;  // (w_.len >= 2)
  if (line_start_) tok.flags |= kLineStart;
  line_start_ = false;
  line_has_text_ = true;
  const bool dot = mark_surroundings(tok, begin, end).dot;
  tok.ordinal = ordinal_++;
  ++o_.words;
  tok.key = static_cast<std::uint32_t>(hash);
  tok.cls = entry->classes;
  if (dot) tok.cls |= entry->dot;
  if (tok.flags & kPathAdj) tok.cls |= entry->path;
  if (tok.cls.has(kExec) || tok.cls.has(kCmdNet)) shell_flag(begin, end, key);
  push_token(tok);
}

Mask Scanner::compound_parts(std::string_view key, std::uint32_t dots) {
  Mask cls;
  // compound words: classes of the parts ("read_ssh_key", "mcp-config"), through the memo
  // (parts repeat: "build-cache", "build-id"; each part lies in w_.key, which has the room
  // past it that key_hash() and memo() read)
  const auto part_classes = [&](std::string_view part) -> Mask {
    const std::uint64_t h = key_hash(part.data(), part.size());
    const LexEntry* e =
        part.size() <= WordMemo::kMaxLen ? memo(h, part).entry : lexicon_probe(lex_, h, part);
    return e ? e->classes : Mask{};
  };
  std::size_t s = 0, prev_start = std::string_view::npos;
  for (std::size_t k = 0; k <= key.size(); ++k) {
    if (k == key.size() || key[k] == '_' || key[k] == '-' || key[k] == '.') {
      if (k > s && !(key[s] >= '0' && key[s] <= '9')) {
        cls |= part_classes(key.substr(s, k - s));
        if (prev_start != std::string_view::npos)  // "include_id_rsa_here" → "id_rsa"
          cls |= part_classes(key.substr(prev_start, k - prev_start));
        prev_start = s;
      }
      s = k + 1;
    }
  }
  if (dots == 3 && is_ipv4(key)) {
    cls.set(kDomain);
    if (!private_ipv4(key)) cls.set(kSinkWeak);
  } else if (dots) {
    const auto last = key.rfind('.');
    const std::string_view tld = key.substr(last + 1);
    for (std::string_view x : kTlds) {
      if (tld == x) {
        cls.set(kDomain);
        const std::string host(key);
        if (exfil_host(host)) cls.set(kSinkStrong);
        if (!cloud_provider_host(host))
          for (std::string_view hw : kHostileWords) {
            if (host.find(hw) != std::string::npos) cls.set(kSinkStrong);
          }
        break;
      }
    }
  }
  return cls;
}

// compound_parts() through a per-thread memo for compounds of at most CompoundMemo::kMaxLen
// bytes (they repeat: "user_name", "created_at", "no-reply"): a function of the word's bytes and
// its count of dots alone; a hit needs the same length, dots and bytes, not only the hash.
Mask Scanner::compound_classes(std::uint64_t hash, std::string_view key, std::uint32_t dots) {
  if (key.size() > CompoundMemo::kMaxLen) return compound_parts(key, dots);
  CompoundMemo::Slot& m = compound_memo_.slots[(hash >> 40) & (CompoundMemo::kSlots - 1)];
  if (m.len == key.size() && m.dots == dots && m.len > 0 &&
      std::memcmp(m.bytes.data(), key.data(), key.size()) == 0)
    return m.cls;
  const Mask cls = compound_parts(key, dots);
  m.cls = cls;
  std::memcpy(m.bytes.data(), key.data(), key.size());
  m.len = static_cast<std::uint32_t>(key.size());
  m.dots = dots;
  return cls;
}

std::size_t Scanner::finish_word(std::size_t end) {
  w_.active = false;
  const bool overflow = w_.len > kMaxKey;
  const std::string_view key(w_.key.data(), overflow ? kMaxKey : w_.len);
  const std::uint32_t begin = w_.begin;
  // a URL's scheme is not a word: the URL itself is a feature of its own (its shape, its host)
  const bool scheme = end + 3 <= t_.size() && t_.substr(end, 3) == "://";
  const std::uint64_t hash = key_hash(w_.key.data(), key.size());
  // the lexicon's entry, from the memo when the word is short enough to be kept there
  const bool memoized = key.size() <= WordMemo::kMaxLen;
  const LexEntry* memo_entry = nullptr;
  if (memoized) {
    WordMemo::Slot& m = memo(hash, key);
    memo_entry = m.entry;
    if (opts_.collect_words && !scheme) collect_word(hash, key, end, &m);
  } else if (opts_.collect_words && !scheme) {
    collect_word(hash, key, end);
  }
  if (opts_.collect_words && !scheme) {
    if (opts_.identifier_words && (w_.underscore || w_.seps))
      collect_parts(key, begin, static_cast<std::uint32_t>(end), false);
  }
  // Fast path: most words are plain words the lexicon does not know. Nothing else about them
  // matters, so they cost a hash and one probe. (Before a colon too, "status:", "10:15": of the
  // checks below, only a URL's scheme and a turn ("User:") look at it, and a turn needs a word
  // the lexicon knows.)
  const LexEntry* known = nullptr;
  bool probed = false;
  {
    const unsigned char next = end < t_.size() ? static_cast<unsigned char>(t_[end]) : 0;
    const bool plain = w_.valid & !overflow & (w_.len > 0) & plain_chars(w_.any) &
                       !(w_.flags & (kCompound | kConfusable)) & (w_.seps == 0) &
                       (opts_.tools == nullptr) & (opts_.local == nullptr) & !scheme &
                       (next != '@');
    if (plain) {
      known = memoized ? memo_entry : lexicon_probe(lex_, hash, key);
      probed = true;
      if (!known) {
        line_start_ = false;
        line_has_text_ = true;
        ++ordinal_;
        ++o_.words;
        // a letter alone may belong to a spaced-out word ("i g n o r e"), as below
        if (key.size() == 1 || !run_.empty())
          letter_run(key, begin, static_cast<std::uint32_t>(end));
        return end;
      }
    }
  }
  Token tok;
  tok.begin = begin;
  tok.end = static_cast<std::uint32_t>(end);
  tok.sentence = sentence_;
  tok.flags = w_.flags;
  if ((w_.any & kUp) && !(w_.any & kLo) && w_.len >= 2) tok.flags |= kAllCaps;
  if (w_.underscore) tok.flags |= kCompound;
  if (line_start_) tok.flags |= kLineStart;
  line_start_ = false;
  line_has_text_ = true;
  const auto [before, after, dot] = mark_surroundings(tok, begin, end);
  const auto at = [&](std::size_t k) -> unsigned char {
    return k < t_.size() ? static_cast<unsigned char>(t_[k]) : 0;
  };

  // URLs
  if (after == ':' && (key == "http" || key == "https" || key == "ftp") &&
      t_.substr(end, 3) == "://") {
    flush_run();
    return parse_url(begin);
  }
  if (w_.dots >= 2 && key.starts_with("www.")) {
    flush_run();
    return parse_url(begin);
  }
  // e-mail addresses
  if (after == '@' && alnum_c(at(end + 1)) && before != '@') {
    std::size_t j = end + 1;
    std::size_t last_dot = 0;
    while (j < t_.size() &&
           (alnum_c(at(j)) || at(j) == '-' || (at(j) == '.' && alnum_c(at(j + 1))))) {
      if (at(j) == '.') last_dot = j;
      ++j;
    }
    if (last_dot > end + 1 && j - last_dot >= 3) {
      const std::string domain = lower_copy(t_.substr(end + 1, j - end - 1));
      tok.end = static_cast<std::uint32_t>(j);
      tok.ordinal = ordinal_++;
      const bool example =
          domain == "example.com" || domain == "example.org" || domain == "example.net" ||
          ends_with(domain, ".example.com") || ends_with(domain, ".test") ||
          ends_with(domain, ".invalid") || domain == "company.com" || domain == "domain.com" ||
          domain == "email.com" || domain == "acme.com" || domain.starts_with("your") ||
          domain.starts_with("my") || domain.find("example") != std::string::npos;
      tok.cls.set(example ? kEmailExample : kEmail);
      for (std::string_view hw : kHostileWords) {
        if (domain.find(hw) != std::string::npos) tok.cls.set(kSinkStrong);
      }
      if (exfil_host(domain)) tok.cls.set(kSinkStrong);
      tok.key = static_cast<std::uint32_t>(word_hash(key));
      flush_run();
      push_token(tok);
      return j;
    }
  }
  tok.ordinal = ordinal_++;
  ++o_.words;
  if (w_.flags & kConfusable) ++o_.confusable_words;
  if (!w_.valid || overflow) {
    flush_run();
    return end;
  }
  if (key.size() == 1 || !run_.empty()) letter_run(key, begin, static_cast<std::uint32_t>(end));
  const bool path = (tok.flags & kPathAdj) != 0;
  tok.key = static_cast<std::uint32_t>(hash);
  const LexEntry* entry = probed ? known : memoized ? memo_entry : lexicon_probe(lex_, hash, key);
  const bool found = entry != nullptr;
  if (found) {
    tok.cls = entry->classes;
    if (dot) tok.cls |= entry->dot;
    if (path) tok.cls |= entry->path;
  } else if (!w_.underscore && !w_.seps && !(w_.flags & kCompound) && !w_.digits() &&
             !opts_.tools && !opts_.local) {
    return end;  // an ordinary word the lexicon does not know: nothing more to learn
  }
  if (!found && (w_.underscore || w_.seps || (w_.flags & kCompound))) {
    tok.cls |= compound_classes(hash, key, w_.dots);
    // a dotfile compounded with a word ("die .env-Datei", "le dossier .ssh-perso"): the
    // dotfile's own classes, which its parts alone do not carry
    if (const auto dash = key.find('-'); dot && dash != std::string_view::npos) {
      bool part_found = false;
      tok.cls |= lookup(key.substr(0, dash), true, path, part_found);
    }
  }
  if (!found && w_.digits() && w_.letters() && key.size() >= 4 && key.size() < kMaxKey) {
    // leetspeak: "1gn0re", "pr3vious", "s3cr3t"
    std::array<char, kMaxKey> leet{};
    for (std::size_t k = 0; k < key.size(); ++k) {
      char c = key[k];
      switch (c) {
        case '0':
          c = 'o';
          break;
        case '1':
          c = 'i';
          break;
        case '3':
          c = 'e';
          break;
        case '4':
          c = 'a';
          break;
        case '5':
          c = 's';
          break;
        case '7':
          c = 't';
          break;
        case '@':
          c = 'a';
          break;
        default:
          break;
      }
      leet[k] = c;
    }
    // (through the memo: `leet` is zeroed past the word, and has the room key_hash() and
    // memo() read)
    const std::string_view lk(leet.data(), key.size());
    const std::uint64_t lh = key_hash(lk.data(), lk.size());
    const LexEntry* e =
        lk.size() <= WordMemo::kMaxLen ? memo(lh, lk).entry : lexicon_probe(lex_, lh, lk);
    Mask m;
    if (e) {
      m = e->classes;
      if (dot) m |= e->dot;
      if (path) m |= e->path;
    }
    if (e && !m.empty()) {
      tok.cls |= m;
      tok.flags |= kVirtual;
    }
  }
  // an IBAN written out ("GB33BUKB20201555555555"): payment redirection material
  if (w_.digits() && key.size() >= 15 && key.size() <= 34 && (w_.any & kUp) && !(w_.any & kLo) &&
      std::count_if(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) >= 8 &&
      key[0] >= 'a' && key[0] <= 'z' && key[1] >= 'a' && key[1] <= 'z' && key[2] >= '0' &&
      key[2] <= '9' && key[3] >= '0' && key[3] <= '9') {
    tok.cls.set(kRecip);
    tok.cls.set(kAcctLit);
  }
  // crypto addresses: bech32 (bc1...), Ethereum (0x + 40 hex)
  if ((key.starts_with("bc1") && key.size() >= 30 && key.size() <= 62) ||
      (key.starts_with("0x") && key.size() == 42)) {
    tok.cls.set(kRecip);
    tok.cls.set(kAcctLit);
  }
  if (opts_.tools || opts_.local) {
    std::string norm;
    norm.reserve(key.size());
    for (char c : key) {
      if (c != '_' && c != '-' && c != '.') norm.push_back(c);
    }
    const ToolDictionary* dicts[] = {opts_.local, opts_.tools};
    for (const ToolDictionary* d : dicts) {
      if (!d) continue;
      const auto it = d->find(norm);
      if (it == d->end()) continue;
      // a plain word ("fetch", "search") only counts as a tool name when quoted or written
      // like an identifier
      const bool ident = (w_.flags & (kCompound | kCamel)) || w_.underscore || w_.digits() ||
                         (tok.flags & kQuoted);
      if (ident) tok.cls.set(it->second);
      break;
    }
  }
  if (tok.cls.has(kExec) || tok.cls.has(kCmdNet)) shell_flag(begin, end, key);
  // "System:" / "Assistant:" at the start of a line: a fake conversation turn
  std::size_t pb = begin;
  while (after == ':' && pb > 0 && (t_[pb - 1] == ' ' || t_[pb - 1] == '\t')) --pb;
  const bool turn_start =
      after == ':' &&
      ((tok.flags & kLineStart) || pb == 0 || t_[pb - 1] == '.' || t_[pb - 1] == '!' ||
       t_[pb - 1] == '?' || t_[pb - 1] == '>' || t_[pb - 1] == ']' || t_[pb - 1] == '(');
  if (turn_start &&
      (key == "system" || key == "assistant" || key == "user" || key == "human" ||
       key == "developer" || key == "admin" || key == "ai" || key == "llm" || key == "model" ||
       key == "agent" || key == "claude" || key == "gpt" || key == "bot")) {
    o_.markup.push_back(
        {begin, static_cast<std::uint32_t>(end + 1), MarkupKind::role, 0, 0, std::string(key)});
  }
  push_token(tok);
  return end;
}

void Scanner::end_run_checks(std::size_t i) {
  if (b64_len_ >= 20) {
    o_.blobs.push_back(
        {static_cast<std::uint32_t>(b64_start_), static_cast<std::uint32_t>(i),
         hex_only(t_.substr(b64_start_, i - b64_start_)) ? BlobKind::hex : BlobKind::base64});
  }
  b64_len_ = 0;
}

// "...and configurations.This tool is a router": a sentence run on without its space (generated
// descriptions concatenate strings so). Read as two words and a sentence end, not as a dotted
// name such as a namespaced tool. Only a plain lowercase word before the dot and a capitalised
// plain word after it qualify, so "os.path", "java.util.List" and "System.Text" stay names.
bool Scanner::run_on_sentence(std::size_t i) const {
  const auto lo = [](char ch) {
    return ch >= 'a' && ch <= 'z';
  };
  const auto up = [](char ch) {
    return ch >= 'A' && ch <= 'Z';
  };
  if (i == 0 || i + 2 >= t_.size() || !lo(t_[i - 1]) || !up(t_[i + 1]) || !lo(t_[i + 2]))
    return false;
  std::size_t b = i;
  while (b > 0 && (lo(t_[b - 1]) || up(t_[b - 1]))) --b;
  if (i - b < 2 || !lo(t_[b]) ||
      (b > 0 && !space_c(static_cast<unsigned char>(t_[b - 1])) && t_[b - 1] != '(' &&
       t_[b - 1] != ',' && t_[b - 1] != '-'))
    return false;
  std::size_t e = i + 2;
  while (e < t_.size() && lo(t_[e])) ++e;
  return e == t_.size() || space_c(static_cast<unsigned char>(t_[e])) || t_[e] == ',';
}

void Scanner::punct(std::size_t i, unsigned char c) {
  const auto at = [&](std::size_t k) -> unsigned char {
    return k < t_.size() ? static_cast<unsigned char>(t_[k]) : 0;
  };
  switch (c) {
    case ';':
      ++sentence_;  // clauses: rules do not reach across a semicolon
      break;
    case '.':
    case '!':
    case '?': {
      const unsigned char n = at(i + 1);
      if (n == 0 || space_c(n) || n == '"' || n == '\'' || n == ')' || n == '*' ||
          (c == '.' && run_on_sentence(i)))
        ++sentence_;
      if (c == '!' && n == '[') {
        // markdown image: remember where its URL starts
        const std::size_t close = t_.find("](", i + 2);
        if (close != std::string_view::npos && close - i < 300) md_image_url_at_ = close + 2;
      }
      break;
    }
    case '>':
    case '}':
    case ')': {
      // "<user request>.q.example-dns.net": a host name built from data (DNS exfiltration)
      if (at(i + 1) == '.' && alnum_c(at(i + 2))) {
        std::size_t j = i + 2, dots = 0;
        while (j < t_.size() && (alnum_c(at(j)) || at(j) == '-' || at(j) == '.')) {
          if (at(j) == '.') ++dots;
          ++j;
        }
        if (dots >= 1)
          o_.markup.push_back({static_cast<std::uint32_t>(i),
                               static_cast<std::uint32_t>(j),
                               MarkupKind::templated_host,
                               0,
                               0,
                               {}});
      }
      break;
    }
    case '#': {
      if (line_start_ && (i == 0 || t_[i - 1] == '\n' || t_[i - 1] == '#')) {
        std::size_t j = i;
        while (at(j) == '#') ++j;
        while (at(j) == ' ') ++j;
        std::size_t k = j;
        while (k < t_.size() && (word_c(at(k)) || at(k) == ' ') && k - j < 30) ++k;
        const std::string h = lower_copy(t_.substr(j, k - j));
        if (h.starts_with("instruction") || h.starts_with("system") || h == "assistant" ||
            h.starts_with("admin") || h.starts_with("developer") || h.starts_with("override") ||
            h.starts_with("new instruction") || h.starts_with("hidden"))
          o_.markup.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k),
                               MarkupKind::role, 0, 0, "### " + h});
      }
      break;
    }
    case '<': {
      if (t_.substr(i, 4) == "<!--") {
        const std::size_t close = t_.find("-->", i + 4);
        const std::size_t e = close == std::string_view::npos ? t_.size() : close + 3;
        o_.markup.push_back(
            {static_cast<std::uint32_t>(i),
             static_cast<std::uint32_t>(e),
             MarkupKind::comment,
             static_cast<std::uint32_t>(i + 4),
             static_cast<std::uint32_t>(close == std::string_view::npos ? t_.size() : close),
             {}});
        break;
      }
      std::size_t j = i + 1;
      if (at(j) == '/') ++j;
      const std::size_t name_start = j;
      while (j < t_.size() && j - name_start < 40 &&
             (word_c(at(j)) || at(j) == '-' || at(j) == '|' || at(j) == ':' || at(j) == '!'))
        ++j;
      if (j > name_start && (at(j) == '>' || at(j) == ' ' || (at(j) == '/' && at(j + 1) == '>')) &&
          (alnum_c(at(name_start)) || at(name_start) == '|')) {
        o_.markup.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j + 1),
                             MarkupKind::tag, 0, 0,
                             lower_copy(t_.substr(name_start, j - name_start))});
      }
      break;
    }
    case '[': {
      if (t_.substr(i, 5) == "[//]:" || t_.substr(i, 4) == "[//]") {
        std::size_t e = t_.find('\n', i);
        if (e == std::string_view::npos) e = t_.size();
        o_.markup.push_back({static_cast<std::uint32_t>(i),
                             static_cast<std::uint32_t>(e),
                             MarkupKind::md_comment,
                             static_cast<std::uint32_t>(i),
                             static_cast<std::uint32_t>(e),
                             {}});
        break;
      }
      std::size_t j = i + 1;
      if (at(j) == '/') ++j;
      const std::size_t name_start = j;
      while (j < t_.size() && j - name_start < 24 &&
             (word_c(at(j)) || at(j) == ' ' || at(j) == '-'))
        ++j;
      if (at(j) == ']' && j > name_start && at(j + 1) != '(') {
        const std::string lower = lower_copy(t_.substr(name_start, j - name_start));
        const std::string_view name = lower;  // (a view: compared with many literals)
        std::string_view label = bracket_label(name);
        if (name == "inst" || name == "system" || name == "sys" || name == "admin" ||
            name == "important" || name == "instructions" || name == "assistant" ||
            name == "developer" || name == "hidden" || name == "secret" || name == "override" ||
            name == "system message" || name == "system note" || name == "ai" ||
            name == "note to ai" || name == "internal")
          label = name;
        if (!label.empty())
          o_.markup.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j + 1),
                               MarkupKind::tag, 0, 0, "[" + std::string(label) + "]"});
      }
      break;
    }
    case '|': {
      std::size_t j = i + 1;
      while (at(j) == ' ') ++j;
      std::size_t k = j;
      while (word_c(at(k))) ++k;
      // (markdown tables put a pipe on every line: no copy unless the word could be a shell's
      // name, at most ten letters, and a view to compare with the names)
      const std::string lower = k - j <= 10 ? lower_copy(t_.substr(j, k - j)) : std::string();
      const std::string_view w = lower;
      if (w == "sh" || w == "bash" || w == "zsh" || w == "python" || w == "python3" ||
          w == "powershell" || w == "pwsh" || w == "iex" || w == "perl" || w == "node" ||
          w == "ruby" || w == "nc" || w == "netcat" || w == "curl") {
        o_.markup.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k),
                             MarkupKind::pipe_shell, 0, 0, lower});
      }
      break;
    }
    case '%':
      if ((kCt[at(i + 1)] & kHx) && (kCt[at(i + 2)] & kHx)) ++pct_;
      break;
    case '$':
      if (at(i + 1) == '(' || (at(i + 1) == '{' && (kCt[at(i + 2)] & kUp))) {
        const std::size_t close = t_.find(at(i + 1) == '(' ? ')' : '}', i + 2);
        if (close != std::string_view::npos && close - i < 80)
          o_.markup.push_back({static_cast<std::uint32_t>(i),
                               static_cast<std::uint32_t>(close + 1),
                               MarkupKind::substitution,
                               0,
                               0,
                               {}});
      }
      break;
    case '&':
      if (at(i + 1) == '#') ++ent_;
      break;
    case '\\':
      if ((at(i + 1) == 'u' || at(i + 1) == 'x') && (kCt[at(i + 2)] & kHx)) ++esc_;
      break;
    default:
      break;
  }
}

void Scanner::run() {
  const std::size_t n = t_.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(t_[i]);
    if (c == ' ') {  // the commonest byte after letters: end the word and move on
      if (w_.active) {
        const std::size_t next = finish_word(i);
        if (next != i) {
          b64_len_ = 0;
          i = next;
          continue;
        }
      }
      if (b64_len_) {
        if (b64_len_ >= 20) {
          end_run_checks(i);
        } else {
          b64_len_ = 0;
        }
      }
      if ((pct_ | ent_ | esc_) == 0) {
        ++spaces_;
        nonspace_start_ = i + 1;
        ++i;
        continue;
      }
    }
    if (c < 0x80) {
      if (word_c(c)) {
        // the common case: a run of word characters, consumed in one tight loop
        if (!w_.active) start_word(static_cast<std::uint32_t>(i));
        if (b64_len_ == 0) b64_start_ = i;
        const std::size_t run_start = i;
        // locals, not members: the key stores are char stores and would alias them
        std::uint32_t len = w_.len;
        std::uint8_t any = 0;
        char* key = w_.key.data();
#if defined(__SSE2__)
        // 16 bytes at a time: classify, lowercase and copy in a handful of instructions
        while (i + 16 <= n) {
          const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t_.data() + i));
          const __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
          const __m128i lo = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
          const __m128i dg = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
          const __m128i un = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
          const auto word = static_cast<std::uint32_t>(
              _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(up, lo), _mm_or_si128(dg, un))));
          const std::uint32_t stop = ~word & 0xFFFFu;
          const std::uint32_t k = stop ? static_cast<std::uint32_t>(__builtin_ctz(stop)) : 16u;
          const std::uint32_t take = k == 16 ? 0xFFFFu : (1u << k) - 1;
          if (len < 64) {
            const __m128i lc = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(key + len), lc);
          }
          if (static_cast<std::uint32_t>(_mm_movemask_epi8(up)) & take) any |= kUp;
          if (static_cast<std::uint32_t>(_mm_movemask_epi8(lo)) & take) any |= kLo;
          if (static_cast<std::uint32_t>(_mm_movemask_epi8(dg)) & take) any |= kDg | kHx;
          if (static_cast<std::uint32_t>(_mm_movemask_epi8(un)) & take) any |= kUnd;
          len += k;
          i += k;
          if (k < 16) break;
        }
        if (i < n && word_c(static_cast<unsigned char>(t_[i])))
#endif
        {
          unsigned char d = static_cast<unsigned char>(t_[i]);
          do {
            any |= kCt[d];
            key[len & 63] = kLower[d];
            ++len;
            ++i;
          } while (i < n && word_c(d = static_cast<unsigned char>(t_[i])));
        }
        w_.len = len;
        w_.any |= any;
        if (any & kUnd) w_.underscore = true;
        if ((any & kUp) && (w_.any & kLo)) {
          // camelCase: a lowercase letter followed by an uppercase one (rare: look again)
          for (std::size_t k = w_.begin + 1; k < i; ++k)
            if ((kCt[static_cast<unsigned char>(t_[k])] & kUp) &&
                (kCt[static_cast<unsigned char>(t_[k - 1])] & kLo)) {
              w_.flags |= kCamel;
              break;
            }
        }
        b64_len_ += i - run_start;
        {
          // Finish a plain word right here when nothing can extend it and the lexicon does not
          // know it: the common case costs one hash and one probe, nothing more.
          const unsigned char nx = i < n ? static_cast<unsigned char>(t_[i]) : 0;
          if (nx < 0x80 && nx != '-' && nx != '.' && nx != '\'' && nx != ':' && nx != '@' &&
              w_.valid && w_.len > 1 && w_.len <= kMaxKey && plain_chars(w_.any) &&
              !(w_.flags & (kCompound | kConfusable | kHadInvisible)) && w_.seps == 0 &&
              opts_.tools == nullptr && opts_.local == nullptr && run_.empty()) {
            const std::string_view word(w_.key.data(), w_.len);
            const std::uint64_t hash = key_hash(w_.key.data(), w_.len);
            WordMemo::Slot* m = w_.len <= WordMemo::kMaxLen ? &memo(hash, word) : nullptr;
            const LexEntry* entry = m ? m->entry : lexicon_probe(lex_, hash, word);
            if (!entry) {
              if (opts_.collect_words) collect_word(hash, word, i, m);
              w_.active = false;
              line_start_ = false;
              line_has_text_ = true;
              ++ordinal_;
              ++o_.words;
            } else {
              finish_known(hash, word, i, m, entry);
            }
          }
        }
        continue;
      }
      // base64 runs continue through '+', '/', '=' and '-'; anything else ends them
      if (kCt[c] & kB64) {
        if (b64_len_ == 0) b64_start_ = i;
        ++b64_len_;
      } else if (b64_len_) {
        if (b64_len_ >= 20) {
          end_run_checks(i);
        } else {
          b64_len_ = 0;
        }
      }
      if (w_.active) {
        const unsigned char nx = i + 1 < n ? static_cast<unsigned char>(t_[i + 1]) : 0;
        if ((c == '-' || c == '.') && alnum_c(nx) && !(c == '.' && run_on_sentence(i))) {
          push_key(static_cast<char>(c));
          w_.flags |= kCompound;
          if (c == '.') ++w_.dots;
          ++w_.seps;
          ++i;
          continue;
        }
        if (c == '\'' && alnum_c(nx) && w_.len > 0) {
          ++i;  // don't → dont, user's → users
          continue;
        }
        const std::size_t next = finish_word(i);
        if (next != i) {
          b64_len_ = 0;
          i = next;
          continue;
        }
      }
      if (space_c(c)) {
        if (c == '\n') {
          if (!line_has_text_) {
            if (blank_lines_ == 0) blank_start_ = i;
            if (++blank_lines_ == 2) ++sentence_;  // paragraph break
          } else {
            blank_lines_ = 0;
          }
          line_start_ = true;
          line_has_text_ = false;
          if (spaces_ >= 40)
            o_.markup.push_back({static_cast<std::uint32_t>(i - spaces_),
                                 static_cast<std::uint32_t>(i),
                                 MarkupKind::padding,
                                 0,
                                 0,
                                 {}});
          spaces_ = 0;
        } else if (c == ' ' || c == '\t') {
          ++spaces_;
        }
        if (pct_ | ent_ | esc_) {
          const BlobKind k = pct_ >= ent_ && pct_ >= esc_ ? BlobKind::percent
                             : ent_ >= esc_               ? BlobKind::entity
                                                          : BlobKind::escape;
          o_.blobs.push_back({static_cast<std::uint32_t>(nonspace_start_),
                              static_cast<std::uint32_t>(i), k, pct_ + ent_ + esc_});
        }
        pct_ = ent_ = esc_ = 0;
        nonspace_start_ = i + 1;
        ++i;
        continue;
      }
      if (spaces_ >= 40)
        o_.markup.push_back({static_cast<std::uint32_t>(i - spaces_),
                             static_cast<std::uint32_t>(i),
                             MarkupKind::padding,
                             0,
                             0,
                             {}});
      if (blank_lines_ >= 8)
        o_.markup.push_back({static_cast<std::uint32_t>(blank_start_),
                             static_cast<std::uint32_t>(i),
                             MarkupKind::padding,
                             0,
                             0,
                             {}});
      spaces_ = 0;
      blank_lines_ = 0;
      if (c == '-' || c == '*') {
        if (line_start_ && i + 1 < n && t_[i + 1] == ' ') ++sentence_;  // bullet item
      }
      if (c < 0x20 || c == 0x7F) {  // C0 controls (ESC sequences hide text in terminals)
        o_.unicode.push_back({static_cast<std::uint32_t>(i), 1, Invisible::control, c});
      } else {
        punct(i, c);
      }
      ++i;
      continue;
    }
    // non-ASCII
    if (b64_len_) end_run_checks(i);
    const Utf8 u = decode_utf8(t_, i);
    const Invisible inv = classify_invisible(u.cp);
    if (inv != Invisible::none) {
      o_.unicode.push_back({static_cast<std::uint32_t>(i), u.len, inv, u.cp});
      if (inv == Invisible::tag) {
        const char32_t a = u.cp - 0xE0000;
        if (a >= 0x20 && a < 0x7F) o_.tag_payload.push_back(static_cast<char>(a));
      }
      if (w_.active) w_.flags |= kHadInvisible;
      i += u.len;
      continue;
    }
    const char f = fold_to_ascii(u.cp);
    const auto fu = static_cast<unsigned char>(f);
    if (f != 0 && alnum_c(fu)) {
      if (!w_.active) start_word(static_cast<std::uint32_t>(i));
      if (is_confusable(u.cp)) w_.flags |= kConfusable;
      word_char(fu);
      i += u.len;
      continue;
    }
    if (f == '\'' && w_.active) {
      i += u.len;
      continue;
    }
    const Script sc = script_of(u.cp);
    if (f == 0 && sc == Script::other && !is_emoji_like(u.cp)) {
      // a letter of another script: part of a word, but not one the lexicon knows
      if (u.cp >= 0x0590 && u.cp <= 0x08FF) ++o_.rtl_letters;
      if ((u.cp >= 0x0600 && u.cp <= 0x06FF) || (u.cp >= 0x0900 && u.cp <= 0x0DFF) ||
          (u.cp >= 0x1780 && u.cp <= 0x17FF))
        ++o_.joiner_letters;
      if (!w_.active) start_word(static_cast<std::uint32_t>(i));
      w_.valid = false;
      i += u.len;
      continue;
    }
    if (sc == Script::greek || sc == Script::cyrillic || sc == Script::armenian ||
        sc == Script::latin) {
      // unmapped letter of a script we know: keep the word together
      if (!w_.active) start_word(static_cast<std::uint32_t>(i));
      w_.valid = false;
      i += u.len;
      continue;
    }
    if (w_.active) finish_word(i);
    if (f == ' ') {
      ++spaces_;
    } else if (f != 0) {
      punct(i, fu);
    }
    i += u.len;
  }
  if (b64_len_) end_run_checks(n);
  if (w_.active) finish_word(n);
  if (pct_ | ent_ | esc_) {
    const BlobKind k = pct_ >= ent_ && pct_ >= esc_ ? BlobKind::percent
                       : ent_ >= esc_               ? BlobKind::entity
                                                    : BlobKind::escape;
    o_.blobs.push_back({static_cast<std::uint32_t>(nonspace_start_), static_cast<std::uint32_t>(n),
                        k, pct_ + ent_ + esc_});
  }
  flush_run();
  if (spaces_ >= 40)
    o_.markup.push_back({static_cast<std::uint32_t>(n - spaces_),
                         static_cast<std::uint32_t>(n),
                         MarkupKind::padding,
                         0,
                         0,
                         {}});
  o_.sentences = sentence_ + 1;
  // "&#105;&#103; &#97;&#108;": encoded words separated by spaces decode as one text
  if (!o_.blobs.empty()) {
    std::vector<Blob> merged;
    for (const Blob& b : o_.blobs) {
      const bool escapes = b.kind != BlobKind::base64 && b.kind != BlobKind::hex;
      if (escapes && !merged.empty() && merged.back().kind == b.kind &&
          b.begin >= merged.back().end &&
          t_.substr(merged.back().end, b.begin - merged.back().end).find_first_not_of(" \t") ==
              std::string_view::npos) {
        merged.back().end = b.end;
        merged.back().count += b.count;
      } else {
        merged.push_back(b);
      }
    }
    // a lone "%20" or "&amp;" is ordinary; four escapes or more make an encoded text, and so
    // does one "\u0041": nothing needs a plain ASCII letter escaped but a filter to be evaded
    const auto escaped_letter = [this](const Blob& b) {
      if (b.kind != BlobKind::escape) return false;
      const auto hex = [](char c) {
        return c >= '0' && c <= '9'                     ? c - '0'
               : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                        : -1;
      };
      const std::string_view r = t_.substr(b.begin, b.end - b.begin);
      for (std::size_t k = r.find('\\'); k != std::string_view::npos; k = r.find('\\', k + 1)) {
        if (k + 1 >= r.size() || (r[k + 1] != 'u' && r[k + 1] != 'x')) continue;
        const std::size_t digits = r[k + 1] == 'u' ? 4 : 2;
        if (k + 2 + digits > r.size() || (digits == 4 && r.substr(k + 2, 2) != "00")) continue;
        const int hi = hex(r[k + digits]), lo = hex(r[k + digits + 1]);
        if (hi < 0 || lo < 0) continue;
        const int v = hi * 16 + lo;
        if ((v >= 'A' && v <= 'Z') || (v >= 'a' && v <= 'z')) return true;
      }
      return false;
    };
    std::erase_if(merged, [&](const Blob& b) {
      return b.kind != BlobKind::base64 && b.kind != BlobKind::hex && b.count < 4 &&
             !escaped_letter(b);
    });
    o_.blobs = std::move(merged);
  }

  // Adjacent-word compounds: "do not" is an order, "api key" a secret, "system prompt" and
  // "our conversation" are what exfiltration asks for.
  auto& hs = o_.hits;
  for (std::size_t k = 1; k < hs.size(); ++k) {
    Token& a = hs[k - 1];
    Token& b = hs[k];
    if (b.ordinal != a.ordinal + 1 || a.sentence != b.sentence) continue;
    if (b.cls.has(kNot) && (a.cls.has(kDo) || a.cls.has(kModal) || a.cls.has(kPlease)))
      b.cls.set(kNegImp);
    if (a.cls.has(kSecretMod) && b.cls.has(kKeyW)) {
      a.cls.set(kSecret);
      b.cls.set(kSecret);
    }
    if (a.cls.has(kEnvW) && b.cls.has(kVarW)) b.cls.set(kEnvW);
    if (a.cls.has(kSystem) && b.cls.has(kPromptW)) b.cls.set(kConvoSens);
    if ((a.cls.has(kConvoAdj) || a.cls.has(kAbove)) && (b.cls.has(kConvo) || b.cls.has(kHist)))
      b.cls.set(kConvoSens);
    if (a.cls.has(kConvo) && b.cls.has(kHist) && a.cls.has(kConvoSens)) b.cls.set(kConvoSens);
    if (a.key == kYourKey && b.cls.has(kInstr)) b.cls.set(kConvoSens);  // "your instructions"
    if (a.cls.has(kBrowser) && (b.cls.has(kSecret) || b.cls.has(kHist))) b.cls.set(kSecret);
    if (a.cls.has(kUser) && b.cls.has(kPromptW)) b.cls.set(kConvoSens);  // "user messages"
    if (a.cls.has(kExec) && b.cls.has(kHist) && b.key == kHistoryKey) b.cls.set(kSensPath);
    if (a.key == kSshKey && b.cls.has(kFileW)) b.cls.set(kSensPath);  // "SSH config"
    if (a.key == kLastKey && (b.cls.has(kPromptW) || b.cls.has(kConvo))) b.cls.set(kConvoSens);
    // "the last 20 messages"
    if (a.key == kLastKey && k + 1 < hs.size() && hs[k + 1].ordinal == a.ordinal + 2 &&
        hs[k + 1].sentence == a.sentence &&
        (hs[k + 1].cls.has(kPromptW) || hs[k + 1].cls.has(kConvo) || hs[k + 1].cls.has(kHist)))
      hs[k + 1].cls.set(kConvoSens);
  }
  for (std::size_t k = 0; k < hs.size(); ++k) {
    Token& a = hs[k];
    // "Whether to ignore consistency checks": a boolean option's description names what the
    // option does, it does not order the model to do it
    if ((a.cls.has(kIgnore) || a.cls.has(kBypass)) && a.begin >= 11) {
      const std::string before =
          lower_copy(t_.substr(a.begin >= 18 ? a.begin - 18 : 0, a.begin >= 18 ? 18 : a.begin));
      if (before.ends_with("whether to ") || before.ends_with("whether or not to ") ||
          option_effect(a.begin)) {
        a.cls.clear(kIgnore);
        a.cls.clear(kBypass);
      }
    }
    // "your complete current instructions"
    if (a.key == kYourKey) {
      for (std::size_t m = k + 1; m < hs.size() && hs[m].ordinal <= a.ordinal + 3; ++m)
        if (hs[m].sentence == a.sentence && (hs[m].cls.has(kInstr) || hs[m].cls.has(kPromptW)))
          hs[m].cls.set(kConvoSens);
    }
    // "the read_query tool": an identifier followed by "tool" names a tool, known or not
    if (k + 1 < hs.size() && (a.flags & (kCompound | kCamel)) && hs[k + 1].cls.has(kToolW) &&
        hs[k + 1].ordinal == a.ordinal + 1 && !a.cls.has(kToolSelf) && !a.cls.has(kToolSib) &&
        !a.cls.has(kParamName))
      a.cls.set(kToolForeign);
  }
}

}  // namespace

void TextScan::reset(std::string_view t) {
  text = t;
  hits.clear();
  unicode.clear();
  tag_payload.clear();
  urls.clear();
  blobs.clear();
  markup.clear();
  word_keys.clear();
  gram_keys.clear();
  gram_weights = nullptr;
  words = sentences = confusable_words = rtl_letters = joiner_letters = 0;
}

void TextScan::scan(std::string_view t, const ScanOptions& opts) {
  reset(t);
  if (opts.collect_words) gram_weights = opts.gram_weights;
  Scanner s(*this, opts);
  s.run();
}

}  // namespace sallyport::guard::detail
