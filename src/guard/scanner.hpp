// One pass over a text: words folded to lowercase ASCII (confusables mapped, invisible characters
// skipped but recorded), each word looked up in a lexicon of word classes; URLs, e-mail
// addresses, markup (comments, tags, role markers) and encoded blobs found on the way.
// Rules (rules.hpp) then match short sequences of word classes over the sparse list of hits.
// No std::regex, no allocation per word: the same scan serves definitions and the hot path.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "guard/unicode.hpp"

namespace sallyport::guard::detail {

// Word classes. A word may belong to several.
enum Cls : std::uint8_t {
  kNot,
  kNegImp,
  kDo,
  kPlease,
  kModal,
  kAlways,
  kFirst,
  kInstead,
  kIgnore,
  kPrior,
  kAllAny,
  kOther,
  kInstr,
  kInstrStrong,
  kYou,
  kAi,
  kUser,
  kTell,
  kLet,
  kKnow,
  kSecretly,
  kSilently,
  kBenignVerb,
  kHide,
  kKeep,
  kSecretAdj,
  kFrom,
  kResponse,
  kAsk,
  kNeed,
  kRead,
  kInclude,
  kSend,
  kTo,
  kAs,
  kUrl,
  kEmail,
  kEmailExample,
  kSinkStrong,
  kSinkWeak,
  kDomain,
  kParam,
  kSideChan,
  kContent,
  kConvo,
  kHist,
  kSystem,
  kPromptW,
  kSecret,
  kSecretMod,
  kKeyW,
  kSensPath,
  kEnvW,
  kVarW,
  kExec,
  kCmdNet,
  kEncode,
  kCall,
  kToolW,
  kToolSelf,
  kToolSib,
  kToolForeign,
  kWhen,
  kChange,
  kRecip,
  kDomainObj,
  kBcc,
  kTagWord,
  kNoteW,
  kFor,
  kIf,
  kBe,
  kNow,
  kNewW,
  kTaskW,
  kBypass,
  kSafety,
  kUpset,
  kPersona,
  kAuthz,
  kAlready,
  kOtherwise,
  kFail,
  kRender,
  kRecommend,
  kBroken,
  kDestruct,
  kReadOnlyW,
  kThis,
  kAbout,
  kStep,
  kActing,
  kFileW,
  kOnly,
  kAlso,
  kPersonal,
  kPretext,
  kWithout,
  kNoW,
  kThat,
  kBrowser,
  kHome,
  kWhat,
  kSaid,
  kImage,
  kConvoAdj,
  kConvoSens,
  kLit,
  kAbove,
  kGreeting,
  kSupersede,
  kDeceive,
  kRespondV,
  kDecodeW,
  kFollow,
  kTellStrong,
  kPositive,
  kCompetitor,
  kPii,
  kApprove,
  kPurchase,
  kContain,
  kAuthority,
  kParamName,
  kNobody,
  kJust,
  kTreat,
  kOffW,
  kThan,
  kPrivilege,
  kFinance,
  kDestructDesc,
  kRefuse,
  kQuiet,
  kPlaceW,
  kAcctLit,
  kTopicW,    // "password requirements": the secret as a topic, not the secret
  kCaptureW,  // selfie, fingerprint, microphone: captures of the person
  kAutoW,     // automated, automatic: "Automated reviewers: close the case"
  kReaderW,   // reviewers, handlers, agents, bots: who an automated reader is
  kRuleWord,  // a word a rule names and no other class holds; never a model feature
  kClsCount
};
static_assert(kClsCount <= 192);

struct Mask {
  static constexpr std::size_t kWords = (kClsCount + 63) / 64;
  std::array<std::uint64_t, kWords> w{};
  constexpr Mask() = default;
  constexpr Mask(std::initializer_list<Cls> cs) {
    for (Cls c : cs) set(c);
  }
  constexpr void set(Cls c) { w[c / 64] |= std::uint64_t{1} << (c % 64); }
  constexpr bool has(Cls c) const { return (w[c / 64] >> (c % 64)) & 1; }
  constexpr void clear(Cls c) { w[c / 64] &= ~(std::uint64_t{1} << (c % 64)); }
  constexpr bool any(const Mask& o) const {
    for (std::size_t i = 0; i < kWords; ++i)
      if (w[i] & o.w[i]) return true;
    return false;
  }
  constexpr bool empty() const {
    for (std::uint64_t x : w)
      if (x) return false;
    return true;
  }
  constexpr Mask& operator|=(const Mask& o) {
    for (std::size_t i = 0; i < kWords; ++i) w[i] |= o.w[i];
    return *this;
  }
};

enum TokFlag : std::uint16_t {
  kDotPrefixed = 1,    // ".env", "~/.ssh": a dotfile name
  kPathAdj = 2,        // touches '/' or '\' or '~'
  kQuoted = 4,         // between quotes or backticks
  kAllCaps = 8,        // "IMPORTANT", "NEVER"
  kConfusable = 16,    // contained homoglyphs that were folded
  kHadInvisible = 32,  // an invisible character sat inside the word
  kCompound = 64,      // contains '_', '-' or '.'
  kCamel = 128,        // lowerUpper inside
  kLineStart = 256,    // first word on its line
  kVirtual = 512,      // rebuilt from spaced-out letters or leetspeak
};

struct Token {
  std::uint32_t begin = 0, end = 0;  // byte offsets in the scanned text
  std::uint32_t ordinal = 0;         // index among all words
  std::uint32_t sentence = 0;
  Mask cls;
  std::uint16_t flags = 0;
  std::uint16_t url = 0xFFFF;  // index into urls when this token is a URL
  std::uint32_t key = 0;       // low bits of the word's hash, for rules that name a word
};

struct UnicodeHit {
  std::uint32_t offset;
  std::uint8_t len;
  Invisible kind;
  char32_t cp;
};

struct UrlInfo {
  std::uint32_t begin = 0, end = 0;
  std::string host;
  bool query = false;          // has a query string
  bool data_param = false;     // a placeholder or a data-carrying query parameter
  bool fill_in_param = false;  // a query value the reader is to fill in: "?dx={diagnoses}"
  bool ip_host = false;        // a literal public IP address
  bool loopback = false;       // localhost, 127.x, ::1, private ranges
  bool example = false;        // example.com and friends: documentation, not a sink
  bool exfil_host = false;     // request catchers, tunnels, paste sites
  bool hostile_name = false;   // "evil", "attacker", "exfil" in the host
  bool odd_port = false;
  bool userinfo = false;
  bool punycode = false;
  bool markdown_image = false;
  bool sensitive_data = false;  // its query or a placeholder names secrets or the conversation
  bool sensitive_path = false;  // a plain path segment does ("/upload/env", "/v2/contacts")
};

enum class BlobKind : std::uint8_t { base64, hex, percent, entity, escape };

struct Blob {
  std::uint32_t begin, end;
  BlobKind kind;
  std::uint32_t count = 0;  // escapes seen (entity, percent, escape kinds)
};

enum class MarkupKind : std::uint8_t {
  comment,
  tag,
  role,
  padding,
  pipe_shell,
  md_comment,
  templated_host,
  substitution
};

struct Markup {
  std::uint32_t begin, end;  // the whole construct
  MarkupKind kind;
  std::uint32_t inner_begin = 0, inner_end = 0;  // comment body
  std::string name;                              // tag or role name, lowercase
};

// Names of tools known to the analysis, keyed by their skeleton-free normal form (lowercase,
// separators removed). Words equal to one of them get the given class.
using ToolDictionary = std::unordered_map<std::string, Cls>;

struct ScanOptions {
  const ToolDictionary* tools = nullptr;
  const ToolDictionary* local = nullptr;  // consulted first: this definition's own names
  bool blobs = true;                      // look for encoded runs
  bool collect_words = false;             // fill TextScan::word_keys (the model's features)
  // With collect_words, for scoring: the model's weight of each 4-gram bucket (kGramBuckets
  // of them). Each word then carries the sum of its 4-grams' weights and gram_keys stays empty:
  // one pass instead of listing the 4-grams and looking each up again (most of an output's
  // features are 4-grams).
  const float* gram_weights = nullptr;
  // With collect_words: the parts of long identifiers and URL slugs ("read_the_env_file_and_
  // post_it", "/please-include-the-env-file") are words too (tool outputs; the definitions'
  // model was trained without them).
  bool identifier_words = false;
};

// Character 4-grams are hashed into this many model features; gram_bucket() of a gram key.
inline constexpr std::size_t kGramBuckets = 16384;
inline std::uint32_t gram_bucket(std::uint32_t gram_key) {
  return (gram_key * 2654435761u) % kGramBuckets;
}

// A word as the scanner folded it (lowercase ASCII), hashed, with its sentence and where it
// lies (the output screener judges a text sentence by sentence).
struct WordKey {
  std::uint32_t hash;
  std::uint32_t sentence;
  std::uint32_t begin, end;  // byte offsets in the scanned text
  std::uint32_t grams_end;   // gram_keys up to here belong to this word and those before it
  float gram_weight;         // with ScanOptions::gram_weights: its 4-grams' weights, summed
};

class TextScan {
 public:
  void scan(std::string_view text, const ScanOptions& opts = {});

  std::string_view text;
  std::vector<Token> hits;  // words that belong to at least one class, in order
  std::vector<UnicodeHit> unicode;
  std::string tag_payload;  // tag characters decoded to the ASCII they mirror
  std::vector<UrlInfo> urls;
  std::vector<Blob> blobs;
  std::vector<Markup> markup;
  std::vector<WordKey> word_keys;        // every word, with ScanOptions::collect_words
  std::vector<std::uint32_t> gram_keys;  // character 4-grams of those words, hashed
  const float* gram_weights = nullptr;   // ScanOptions::gram_weights of this scan
  std::string unescaped;  // text_signals' copy of an output whose JSON escapes break lines
  std::uint32_t words = 0;
  std::uint32_t sentences = 0;
  std::uint32_t confusable_words = 0;
  std::uint32_t rtl_letters = 0;     // Hebrew/Arabic: bidi marks are then legitimate
  std::uint32_t joiner_letters = 0;  // scripts where ZWJ/ZWNJ are legitimate (Indic, Arabic)

 private:
  void reset(std::string_view t);
};

// Lexicon lookup (exposed for tests): classes of a lowercase ASCII word.
Mask lexicon_classes(std::string_view word, bool dot_prefixed = false);

// A copy with ASCII letters lowercased (other bytes, UTF-8 included, unchanged).
std::string lower_copy(std::string_view s);

}  // namespace sallyport::guard::detail
