#include "json_schema/regex.hpp"

#include "json_schema/unicode.hpp"

#include <limits>
#include <vector>

#ifndef __GLIBCXX__
#error "regex safety relies on libstdc++'s polynomial std::regex mode"
#endif

namespace sallyport::json_schema::detail {
namespace {

constexpr auto kSyntax =
    std::regex_constants::ECMAScript | std::regex_constants::nosubs |
    std::regex_constants::__polynomial;  // libstdc++ extension: BFS executor, no backtracking

std::size_t saturating_mul(std::size_t a, std::size_t b) {
  if (a != 0 && b > std::numeric_limits<std::size_t>::max() / a) {
    return std::numeric_limits<std::size_t>::max();
  }
  return a * b;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Parses "{n}", "{n,}" or "{n,m}" at p[i]; on success returns the copy count libstdc++ will
// expand the quantified atom into and advances i past '}'.
std::optional<std::size_t> parse_braces(std::string_view p, std::size_t& i) {
  std::size_t j = i + 1;
  auto number = [&](std::size_t& out) {
    if (j >= p.size() || !is_digit(p[j])) return false;
    out = 0;
    while (j < p.size() && is_digit(p[j])) {
      out = std::min<std::size_t>(saturating_mul(out, 10) + static_cast<std::size_t>(p[j] - '0'),
                                  std::numeric_limits<std::size_t>::max() / 4);
      ++j;
    }
    return true;
  };
  std::size_t lo = 0;
  if (!number(lo)) return std::nullopt;
  std::size_t copies = lo;
  if (j < p.size() && p[j] == ',') {
    ++j;
    std::size_t hi = 0;
    copies = number(hi) ? std::max(lo, hi) : lo + 1;
  }
  if (j >= p.size() || p[j] != '}') return std::nullopt;
  i = j;
  return std::max<std::size_t>(copies, 1);
}

// Estimates the NFA size libstdc++ will build (bounded repetition clones its operand) and the
// group nesting (its parser recurses per group), so hostile patterns are refused cheaply.
std::optional<std::string> prescan(std::string_view p) {
  struct Frame {
    std::size_t total = 0;
    std::size_t last = 0;
  };
  std::vector<Frame> stack(1);
  auto grand_total = [&] {
    std::size_t sum = 0;
    for (const auto& f : stack) sum += f.total;
    return sum;
  };
  auto atom = [&](std::size_t size) {
    stack.back().total += size;
    stack.back().last = size;
  };
  auto repeat = [&](std::size_t copies) {
    Frame& f = stack.back();
    const std::size_t grown = saturating_mul(f.last, copies);
    f.total = f.total - f.last + std::min(grown, kMaxRegexStates * 2) + 1;
    f.last = std::min(grown, kMaxRegexStates * 2) + 1;
  };
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    switch (c) {
      case '\\':
        ++i;  // the escaped character; longer escapes (\uXXXX) are atoms followed by literals
        atom(1);
        break;
      case '[': {
        ++i;
        if (i < p.size() && p[i] == '^') ++i;
        while (i < p.size() && p[i] != ']') i += p[i] == '\\' ? 2 : 1;
        atom(2);
        break;
      }
      case '(':
        if (stack.size() > kMaxRegexGroupDepth) return "pattern nests groups too deeply";
        stack.emplace_back();
        break;
      case ')': {
        if (stack.size() == 1) return std::nullopt;  // unbalanced: std::regex reports it
        const std::size_t inner = stack.back().total;
        stack.pop_back();
        atom(inner + 2);
        break;
      }
      case '|':
        stack.back().total += 1;
        stack.back().last = 0;
        break;
      case '*':
      case '+':
      case '?':
        repeat(2);
        if (i + 1 < p.size() && p[i + 1] == '?') ++i;  // lazy
        break;
      case '{':
        if (auto copies = parse_braces(p, i)) {
          repeat(*copies);
          if (i + 1 < p.size() && p[i + 1] == '?') ++i;
        } else {
          atom(1);
        }
        break;
      default:
        atom(1);
    }
    if (grand_total() > kMaxRegexStates) return "pattern is too complex (bounded repetition)";
  }
  return std::nullopt;
}

bool is_hex(wchar_t c) {
  return (c >= L'0' && c <= L'9') || (c >= L'a' && c <= L'f') || (c >= L'A' && c <= L'F');
}

std::optional<char32_t> hex_value(std::wstring_view digits) {
  if (digits.empty() || digits.size() > 6) return std::nullopt;
  char32_t v = 0;
  for (wchar_t c : digits) {
    if (!is_hex(c)) return std::nullopt;
    v = v * 16 + static_cast<char32_t>(c <= L'9' ? c - L'0' : (c | 0x20) - L'a' + 10);
  }
  return v;
}

constexpr std::size_t kMaxPropertyEscapes = 16;
constexpr char32_t kAsciiMax = 0x7F;

// Rewrites an ECMAScript (unicode mode) pattern into what libstdc++ implements faithfully:
// \d \w \s \p{..} and their negations become explicit code point classes (libstdc++ would ask
// the C locale), \cX, \u{..} and surrogate-pair escapes become the characters they denote.
// `max_cp` clips every set: the narrow twin only ever sees ASCII input, so only the ASCII part
// of a set matters there. nullopt when the pattern needs a character above `max_cp`.
class Translator {
 public:
  Translator(std::wstring_view p, char32_t max_cp) : p_(p), max_cp_(max_cp) {}

  std::expected<std::optional<std::wstring>, std::string> run() {
    for (i_ = 0; i_ < p_.size(); ++i_) {
      const wchar_t c = p_[i_];
      if (c == L'\\' && i_ + 1 < p_.size()) {
        if (auto problem = escape()) return std::unexpected(*problem);
      } else if (c == L'[' && !in_class_) {
        in_class_ = true;
        out_ += c;
      } else if (c == L']' && in_class_) {
        in_class_ = false;
        out_ += c;
      } else {
        literal(static_cast<char32_t>(c), false);
      }
      if (!representable_) return std::optional<std::wstring>();
    }
    return std::optional<std::wstring>(std::move(out_));
  }

 private:
  // Returns an error message, or nullopt.
  std::optional<std::string> escape() {
    const wchar_t e = p_[++i_];
    switch (e) {
      case L'd':
      case L'D':
        set({{U'0', U'9'}}, e == L'D');
        return std::nullopt;
      case L'w':
      case L'W':
        set({{U'0', U'9'}, {U'A', U'Z'}, {U'_', U'_'}, {U'a', U'z'}}, e == L'W');
        return std::nullopt;
      case L's':
      case L'S':
        // ECMA-262 WhiteSpace and LineTerminator.
        set({{0x09, 0x0D},
             {0x20, 0x20},
             {0xA0, 0xA0},
             {0x1680, 0x1680},
             {0x2000, 0x200A},
             {0x2028, 0x2029},
             {0x202F, 0x202F},
             {0x205F, 0x205F},
             {0x3000, 0x3000},
             {0xFEFF, 0xFEFF}},
            e == L'S');
        return std::nullopt;
      case L'p':
      case L'P': {
        const auto close = p_.find(L'}', i_);
        if (i_ + 1 >= p_.size() || p_[i_ + 1] != L'{' || close == std::wstring_view::npos) {
          return "\\p must be followed by {Property}";
        }
        std::string name;
        for (wchar_t c : p_.substr(i_ + 2, close - i_ - 2)) {
          if (c < 0x20 || c > 0x7E) return "invalid Unicode property name";
          name += static_cast<char>(c);
        }
        if (++property_escapes_ > kMaxPropertyEscapes) return "too many \\p escapes in pattern";
        auto ranges = unicode_property(name);
        if (!ranges) return "unsupported Unicode property \\p{" + name + "}";
        i_ = close;
        set(*ranges, e == L'P');
        return std::nullopt;
      }
      case L'c':
        if (i_ + 1 < p_.size() && ((p_[i_ + 1] >= L'a' && p_[i_ + 1] <= L'z') ||
                                   (p_[i_ + 1] >= L'A' && p_[i_ + 1] <= L'Z'))) {
          literal(static_cast<char32_t>(p_[++i_]) % 32, true);
          return std::nullopt;
        }
        return "\\c must be followed by a letter";
      case L'u':
        if (i_ + 1 < p_.size() && p_[i_ + 1] == L'{') {
          const auto close = p_.find(L'}', i_);
          auto cp = close == std::wstring_view::npos ? std::nullopt
                                                     : hex_value(p_.substr(i_ + 2, close - i_ - 2));
          if (!cp || *cp > kMaxCodePoint) return "invalid \\u{...} escape";
          i_ = close;
          literal(*cp, true);
          return std::nullopt;
        }
        if (i_ + 4 < p_.size()) {
          auto high = hex_value(p_.substr(i_ + 1, 4));
          if (!high) return "invalid \\u escape";
          // A surrogate pair written as two escapes denotes one code point.
          if (*high >= 0xD800 && *high <= 0xDBFF && i_ + 10 < p_.size() && p_[i_ + 5] == L'\\' &&
              p_[i_ + 6] == L'u') {
            auto low = hex_value(p_.substr(i_ + 7, 4));
            if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
              i_ += 10;
              literal(0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00), true);
              return std::nullopt;
            }
          }
          i_ += 4;
          literal(*high, true);
          return std::nullopt;
        }
        return "invalid \\u escape";
      case L'x':
        if (i_ + 2 < p_.size() && hex_value(p_.substr(i_ + 1, 2))) {
          literal(*hex_value(p_.substr(i_ + 1, 2)), true);
          i_ += 2;
          return std::nullopt;
        }
        return "invalid \\x escape";
      default:
        out_ += L'\\';
        literal(static_cast<char32_t>(e), false);
        return std::nullopt;
    }
  }

  // `escaped`: the character came from an escape, so it must be emitted as a plain literal.
  void literal(char32_t cp, bool escaped) {
    if (cp > max_cp_) {
      representable_ = false;
      return;
    }
    if (escaped && cp < 0x80) {
      emit_escaped(cp);
    } else {
      out_ += static_cast<wchar_t>(cp);
    }
  }

  void emit_escaped(char32_t cp) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out_ += L"\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
      out_ += static_cast<wchar_t>(kHex[(cp >> shift) & 0xF]);
  }

  void emit_point(char32_t cp) {
    if (cp < 0x80) {
      emit_escaped(cp);
    } else {
      out_ += static_cast<wchar_t>(cp);
    }
  }

  void set(const CodeRanges& ranges, bool negate) {
    CodeRanges r = negate ? complement(ranges) : ranges;
    CodeRanges clipped;
    for (auto [lo, hi] : r) {
      if (lo > max_cp_) break;
      clipped.emplace_back(lo, std::min(hi, max_cp_));
    }
    if (!in_class_) {
      // An empty set matches nothing: the complement of everything representable.
      if (clipped.empty()) {
        out_ += L"[^";
        emit_point(0);
        out_ += L'-';
        emit_point(max_cp_);
        out_ += L']';
        return;
      }
      out_ += L'[';
    }
    for (auto [lo, hi] : clipped) {
      emit_point(lo);
      if (hi > lo) {
        out_ += L'-';
        emit_point(hi);
      }
    }
    if (!in_class_) out_ += L']';
  }

  std::wstring_view p_;
  char32_t max_cp_;
  std::size_t i_ = 0;
  bool in_class_ = false;
  bool representable_ = true;
  std::size_t property_escapes_ = 0;
  std::wstring out_;
};

// UTF-8 → UTF-32 (wchar_t is 32-bit with glibc); malformed input becomes U+FFFD.
void decode_utf8(std::string_view s, std::wstring& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80           ? 1
                      : (b >> 5) == 0x6  ? 2
                      : (b >> 4) == 0xE  ? 3
                      : (b >> 3) == 0x1E ? 4
                                         : 0;
    if (len == 0 || i + len > s.size()) {
      out += L'\uFFFD';
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    bool ok = true;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cont = static_cast<unsigned char>(s[i + k]);
      if ((cont & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (cont & 0x3F);
    }
    out += ok ? static_cast<wchar_t>(cp) : L'\uFFFD';
    i += ok ? len : 1;
  }
}

std::wstring widen(std::string_view utf8) {
  std::wstring w;
  decode_utf8(utf8, w);
  return w;
}

struct Anchors {
  bool start = false;  // begins with ^ that applies to the whole pattern
  bool end = false;    // ends with $ that applies to the whole pattern
};

// Only a pattern without top-level alternation has whole-pattern anchors.
template <typename String>
Anchors find_anchors(const String& p) {
  Anchors a;
  bool in_class = false;
  int depth = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const auto c = p[i];
    a.end = false;
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return {};
    } else if (c == '$' && depth == 0) {
      a.end = true;
    }
  }
  const bool quantified =
      p.size() > 1 && (p[1] == '*' || p[1] == '+' || p[1] == '?' || p[1] == '{');
  a.start = !p.empty() && p[0] == '^' && !quantified;
  return a;
}

// Anchored full match that is equivalent to a search: `[\s\S]*` before and after absorb the rest
// (^/$ still only hold at the ends because the regex is not multiline). Where the pattern is
// anchored itself the absorber is left out: the NFA then tracks fewer states per character.
template <typename String>
String wrap(const String& pattern) {
  using Char = typename String::value_type;
  const Anchors anchors = find_anchors(pattern);
  String w;
  auto add = [&](std::string_view ascii) {
    for (char c : ascii) w += static_cast<Char>(c);
  };
  if (!anchors.start) add(R"([\s\S]*)");
  add("(?:");
  w += pattern;
  add(")");
  if (!anchors.end) add(R"([\s\S]*)");
  return w;
}

}  // namespace

std::expected<Regex, std::string> Regex::compile(std::string_view pattern,
                                                 std::size_t max_pattern_length) {
  if (pattern.size() > max_pattern_length) {
    return std::unexpected("pattern is longer than " + std::to_string(max_pattern_length) +
                           " bytes");
  }
  if (auto problem = prescan(pattern)) return std::unexpected(*problem);
  const std::wstring source = widen(pattern);
  auto wide = Translator(source, kMaxCodePoint).run();
  if (!wide) return std::unexpected("invalid pattern: " + wide.error());
  Regex r;
  r.source_ = pattern;
  try {
    // Compile the bare pattern first: only a well-formed pattern can be wrapped safely (a
    // trailing backslash would otherwise escape the wrapper's parenthesis).
    std::wregex bare(**wide, kSyntax);
    r.wide_ = std::wregex(wrap(**wide), kSyntax);
    auto narrow = Translator(source, kAsciiMax).run();
    if (narrow && *narrow) {
      std::string ascii((*narrow)->begin(), (*narrow)->end());  // all code points < 0x80
      r.narrow_.emplace(wrap(ascii), kSyntax);
    }
  } catch (const std::regex_error& e) {
    return std::unexpected(std::string("invalid pattern: ") + e.what());
  } catch (const std::exception& e) {
    return std::unexpected(std::string("pattern rejected: ") + e.what());
  }
  return r;
}

Regex::Result Regex::search(std::string_view s, std::size_t max_code_points) const {
  bool ascii = true;
  std::size_t points = 0;
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    ascii = ascii && b < 0x80;
    points += (b & 0xC0) != 0x80 ? 1 : 0;
  }
  if (points > max_code_points) return Result::kInputTooLong;
  if (ascii && narrow_) {
    return std::regex_match(s.begin(), s.end(), *narrow_) ? Result::kMatch : Result::kNoMatch;
  }
  thread_local std::wstring buffer;  // reused: no allocation per match once warmed up
  decode_utf8(s, buffer);
  const bool m = std::regex_match(buffer.cbegin(), buffer.cend(), wide_);
  if (buffer.capacity() > 65536) std::wstring().swap(buffer);
  return m ? Result::kMatch : Result::kNoMatch;
}

}  // namespace sallyport::json_schema::detail
