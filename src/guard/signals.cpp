#include "guard/signals.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "guard/identifier_text.hpp"
#include "guard/phrasebook.hpp"
#include "guard/rot13.hpp"

namespace sallyport::guard::detail {
namespace {

char32_t cp_before(std::string_view t, std::size_t off) {
  if (off == 0) return 0;
  std::size_t k = off - 1;
  while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80 && off - k < 4) --k;
  return decode_utf8(t, k).cp;
}

char32_t cp_at(std::string_view t, std::size_t off) {
  return off < t.size() ? decode_utf8(t, off).cp : 0;
}

bool emojiish(char32_t c) {
  return is_emoji_like(c) || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0xFE0F || c == 0x20E3 ||
         (c >= 0x2000 && c <= 0x33FF);
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string from_base64(std::string_view s) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : s) {
    int v;
    if (c >= 'A' && c <= 'Z') {
      v = c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      v = c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      v = c - '0' + 52;
    } else if (c == '+' || c == '-') {
      v = 62;
    } else if (c == '/' || c == '_') {
      v = 63;
    } else if (c == '=') {
      break;
    } else {
      return {};
    }
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

std::string from_hex(std::string_view s) {
  std::string out;
  if (s.size() % 2) s.remove_suffix(1);
  for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
    const int a = hexval(s[i]), b = hexval(s[i + 1]);
    if (a < 0 || b < 0) return {};
    out.push_back(static_cast<char>(a * 16 + b));
  }
  return out;
}

std::string from_percent(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
      i += 2;
    } else if (s[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string from_entities(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&' && i + 2 < s.size() && s[i + 1] == '#') {
      std::size_t j = i + 2;
      const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
      if (hex) ++j;
      std::uint32_t v = 0;
      const std::size_t start = j;
      while (j < s.size() && j - start < 8 &&
             (hex ? hexval(s[j]) >= 0 : (s[j] >= '0' && s[j] <= '9'))) {
        v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(hex ? hexval(s[j]) : s[j] - '0');
        ++j;
      }
      if (j > start && v < 0x110000) {
        append_utf8(out, v);
        i = j < s.size() && s[j] == ';' ? j : j - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string from_escapes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 3 < s.size() && (s[i + 1] == 'u' || s[i + 1] == 'x')) {
      const std::size_t digits = s[i + 1] == 'u' ? 4 : 2;
      std::uint32_t v = 0;
      std::size_t j = i + 2;
      bool ok = j + digits <= s.size();
      for (std::size_t k = 0; ok && k < digits; ++k) {
        const int h = hexval(s[j + k]);
        if (h < 0) ok = false;
        v = v * 16 + static_cast<std::uint32_t>(std::max(h, 0));
      }
      if (ok) {
        append_utf8(out, v);
        i = j + digits - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

struct UnicodeGroup {
  std::uint32_t count = 0;
  std::uint32_t first = 0;
  char32_t first_cp = 0;
};

std::string context(std::string_view t, std::uint32_t off, std::uint32_t len) {
  std::size_t b = off > 24 ? off - 24 : 0;
  std::size_t e = std::min<std::size_t>(t.size(), off + len + 24);
  while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
  while (e < t.size() && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) ++e;
  return escape_display(t.substr(b, e - b), 200);
}

void nested_signals(std::string_view decoded, const TextOptions& opts, std::uint32_t begin,
                    std::uint32_t end, std::string_view how, std::vector<Signal>& out) {
  if (opts.depth >= 2 || decoded.empty()) return;
  TextOptions inner = opts;
  inner.depth = opts.depth + 1;
  TextScan scan;
  std::vector<Signal> sub;
  text_signals(decoded, inner, scan, sub);
  for (Signal& s : sub) {
    const std::string span = escape_display(
        decoded.substr(s.begin, std::min<std::size_t>(s.end - s.begin, decoded.size())), 160);
    s.message = fmt::format("{} (in {})", s.message, how);
    s.evidence = s.evidence.empty() ? span : s.evidence;
    s.begin = begin;
    s.end = end;
    s.weight *= 1.25f;
    s.nested = true;
    out.push_back(std::move(s));
  }
}

// Which side of a script boundary a letter is on: 'L' plain ASCII Latin, 'F' a look-alike from
// Cyrillic, Greek, Armenian or the compatibility forms, 0 anything else (digits, punctuation,
// accented Latin, other scripts). The micro sign and Greek mu are left out: "μs" is a unit.
char script_side(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return 'L';
  if (cp < 0x80 || cp == 0xB5 || cp == 0x3BC) return 0;
  return is_confusable(cp) ? 'F' : 0;
}

bool is_word_cp(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
         cp == '_' ||
         (cp >= 0x80 && classify_invisible(cp) == Invisible::none && fold_to_ascii(cp) != ' ' &&
          fold_to_ascii(cp) != '\'');
}

// Reports the first word in which a Latin letter touches a look-alike letter of another script.
// Only called when the scanner saw a folded look-alike, so ordinary text never pays for it.
template <typename Add>
void mixed_script_words(std::string_view text, const Add& add) {
  char prev = 0;
  std::size_t word_begin = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const Utf8 u = decode_utf8(text, i);
    if (!is_word_cp(u.cp)) {
      in_word = false;
      prev = 0;
      i += u.len;
      continue;
    }
    if (!in_word) word_begin = i, in_word = true;
    const char side = script_side(u.cp);
    if (side != 0 && prev != 0 && side != prev) {
      std::size_t end = i;
      while (end < text.size() && is_word_cp(decode_utf8(text, end).cp))
        end += decode_utf8(text, end).len;
      // (a text about homoglyphs is weighted down by the analyzer, definition-wide)
      add(Family::homoglyph, 1.0f, "mixed-script-word",
          "a word mixes Latin letters with look-alike letters of another script",
          static_cast<std::uint32_t>(word_begin), static_cast<std::uint32_t>(end));
      return;
    }
    if (side != 0) prev = side;
    i += u.len;
  }
}

// Code that runs something when a model or a client pastes it: the idioms of injected payloads,
// not the words for running things (those are the scanner's kExec and kCmdNet classes, and a
// shell tool's description is full of them).
constexpr std::string_view kCodePayloads[] = {
    "__import__(",          "os.system(", "os.popen(",         "subprocess.",
    "child_process",        "/dev/tcp/",  "bash -i",           "nc -e ",
    "core.hookspath",       "ld_preload", "invoke-expression", "-encodedcommand",
    "string.fromcharcode(", "eval(atob(", "mkfifo ",           "getruntime().exec"};

// A prohibition just before ("never run os.system(...)") is advice, not a payload.
bool prohibited_before(std::string_view lower, std::size_t at) {
  const std::size_t from = at > 80 ? at - 80 : 0;
  const std::string_view before = lower.substr(from, at - from);
  for (std::string_view neg :
       {"not ", "never ", "n't ", "avoid", "refuse", "block", "forbid", "disallow", "no "})
    if (before.find(neg) != std::string_view::npos) return true;
  return false;
}

// Decodes "fromCharCode(104,116,116,112)" to "http": a way to write a URL or an order that no
// word scanner reads.
std::string from_char_codes(std::string_view lower, std::size_t at) {
  std::string out;
  std::size_t i = lower.find('(', at);
  if (i == std::string_view::npos) return out;
  std::uint32_t v = 0;
  bool digits = false;
  for (++i; i < lower.size() && out.size() < 512; ++i) {
    const char c = lower[i];
    if (c >= '0' && c <= '9') {
      v = std::min<std::uint32_t>(v * 10 + static_cast<std::uint32_t>(c - '0'), 0x110000);
      digits = true;
    } else if (c == ',' || c == ')' || c == ' ') {
      if (digits) {
        if (v >= 0x20 && v < 0x7F)
          out.push_back(static_cast<char>(v));
        else if (v == '\n')
          out.push_back('\n');
        else
          return {};
      }
      v = 0;
      digits = false;
      if (c == ')') break;
    } else {
      return {};
    }
  }
  return out;
}

template <typename Add>
void code_payloads(std::string_view text, const TextOptions& opts, const Add& add,
                   std::vector<Signal>& out) {
  const std::string lower = lower_copy(text.substr(0, 1 << 16));
  for (std::string_view pat : kCodePayloads) {
    const std::size_t at = lower.find(pat);
    if (at == std::string::npos || prohibited_before(lower, at)) continue;
    const auto b = static_cast<std::uint32_t>(at);
    const auto e = static_cast<std::uint32_t>(std::min(lower.size(), at + pat.size() + 60));
    add(Family::exfil, 0.6f, "code-payload", "contains code that runs commands or fetches code", b,
        e);
    if (pat == "string.fromcharcode(") {
      const std::string d = from_char_codes(lower, at);
      if (readable(d)) {
        add(Family::encoding, 0.55f, "encoded-text",
            fmt::format("character codes decode to \"{}\"", escape_display(d, 120)), b, e);
        nested_signals(d, opts, b, e, "character-code text", out);
      }
    }
    return;  // one is evidence enough
  }
}

}  // namespace

bool discusses_homoglyphs(std::string_view text) {
  static constexpr std::string_view kWords[] = {"cyrillic",  "homoglyph",  "look-alike",
                                                "lookalike", "confusable", "mixed-script"};
  const std::string lower = lower_copy(text.substr(0, 4096));
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

bool readable(std::string_view s) {
  if (s.size() < 6) return false;
  std::size_t printable = 0, letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Utf8 u = decode_utf8(s, i);
    i += u.len;
    if (!u.ok) continue;
    if ((u.cp >= 0x20 && u.cp < 0x7F) || u.cp == '\n' || u.cp == '\t' || u.cp == '\r') ++printable;
    if ((u.cp >= 'a' && u.cp <= 'z') || (u.cp >= 'A' && u.cp <= 'Z') || u.cp == ' ') ++letters;
  }
  return printable * 100 >= s.size() * 90 && letters * 100 >= s.size() * 60;
}

std::string decode_blob(std::string_view s, BlobKind& kind) {
  std::string d;
  switch (kind) {
    case BlobKind::hex:
      d = from_hex(s);
      if (!readable(d)) {
        d = from_base64(s);
        kind = BlobKind::base64;
      }
      break;
    case BlobKind::base64: {
      const auto all_hex = [](std::string_view v) {
        return v.size() % 2 == 0 &&
               std::all_of(v.begin(), v.end(), [](char c) { return hexval(c) >= 0; });
      };
      // "0x7368617265...": hex behind its prefix
      if ((s.starts_with("0x") || s.starts_with("0X")) && all_hex(s.substr(2))) {
        kind = BlobKind::hex;
        d = from_hex(s.substr(2));
        break;
      }
      d = from_base64(s);
      // "config=eyJ..." or "diag=7468656e...": the run started at the key, base64 has no '='
      // but at its end; the value after it may be base64 or hex
      if (!readable(d)) {
        const std::size_t eq = s.find('=');
        if (eq != std::string_view::npos && s.size() - eq > 16 && s[eq + 1] != '=') {
          const std::string_view value = s.substr(eq + 1);
          const bool hex = all_hex(value);
          d = hex ? from_hex(value) : from_base64(value);
          if (hex) kind = BlobKind::hex;
        }
      }
      break;
    }
    case BlobKind::percent:
      d = from_percent(s);
      break;
    case BlobKind::entity:
      d = from_entities(s);
      break;
    case BlobKind::escape:
      d = from_escapes(s);
      break;
  }
  return readable(d) ? d : std::string{};
}

// Whether offset `at` lies in code: after an odd number of ``` fences, or between backticks on
// its line.
static bool inside_code(std::string_view text, std::size_t at) {
  std::size_t fences = 0;
  for (std::size_t i = text.find("```"); i != std::string_view::npos && i < at;
       i = text.find("```", i + 3))
    ++fences;
  if (fences % 2 == 1) return true;
  const std::size_t line = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t from = line == std::string_view::npos ? 0 : line + 1;
  return std::count(text.begin() + from, text.begin() + at, '`') % 2 == 1;
}

// A tool result is often JSON printed as text, its strings' line breaks written as the two bytes
// "\n": "greyed out.\nAssistant, stop" would read as one sentence with a word "nassistant".
// When the text looks like JSON, a copy of the same length turns each escaped break or tab into
// a space and the real character, so sentences, lines and words fall where a reader sees them
// and every offset still points into the original. A backslash escaped itself ("C:\\new") is
// left alone: only an odd run of backslashes escapes the letter after it.
std::string_view json_breaks_as_whitespace(std::string_view text, std::string& buf) {
  // (most outputs hold no backslash at all: one memchr, not the JSON look, on the hot path)
  if (text.find('\\') == std::string_view::npos) return text;
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  const bool json_like =
      first != std::string_view::npos &&
      (text[first] == '{' || text[first] == '[' || text[first] == '"' ||
       text.find("\": ") != std::string_view::npos || text.find("\":\"") != std::string_view::npos);
  if (!json_like) return text;
  bool copied = false;
  for (std::size_t i = text.find('\\'); i != std::string_view::npos && i + 1 < text.size();
       i = text.find('\\', i)) {
    std::size_t run = 0;
    while (i + run < text.size() && text[i + run] == '\\') ++run;
    const std::size_t letter = i + run;
    if (run % 2 == 1 && letter < text.size() &&
        (text[letter] == 'n' || text[letter] == 'r' || text[letter] == 't')) {
      if (!copied) {
        buf.assign(text);
        copied = true;
      }
      buf[letter - 1] = ' ';
      buf[letter] = text[letter] == 'n' ? '\n' : ' ';
    }
    i = letter;
  }
  return copied ? std::string_view(buf) : text;
}

void text_signals(std::string_view text, const TextOptions& opts, TextScan& scan,
                  std::vector<Signal>& out) {
  if (opts.outputs) text = json_breaks_as_whitespace(text, scan.unescaped);
  ScanOptions so;
  so.tools = opts.tools;
  so.local = opts.local;
  so.collect_words = opts.collect_words;
  so.gram_weights = opts.gram_weights;
  so.identifier_words = opts.outputs;
  scan.scan(text, so);
  const auto add = [&](Family f, float w, std::string_view rule, std::string msg, std::uint32_t b,
                       std::uint32_t e, std::string ev = {}) {
    out.push_back({f, w, rule, std::move(msg), b, e, std::move(ev), false});
  };

  // 1. invisible characters, minus the ones emoji and RTL/Indic scripts legitimately need
  std::array<UnicodeGroup, 11> groups{};
  std::string vs_payload;
  // Zero-width spaces beside a space ("How \u200B\u200Bto obtain"): what converters from rich
  // text leave behind. They split no word and carry too few bits to hide anything.
  std::uint32_t zw_beside_space = 0;
  for (const UnicodeHit& h : scan.unicode) {
    const char32_t prev = cp_before(text, h.offset);
    const char32_t next = cp_at(text, h.offset + h.len);
    bool benign = false;
    switch (h.kind) {
      case Invisible::zero_width: {
        if (h.cp == 0x200D) benign = (emojiish(prev) && emojiish(next)) || scan.joiner_letters > 0;
        if (h.cp == 0x200C) benign = scan.joiner_letters > 0 || scan.rtl_letters > 0;
        // a newsletter's preheader padding ("&zwnj;&nbsp;" or "&#847;&nbsp;" over and over, so
        // the inbox preview shows no body text): between blanks it joins and hides nothing
        const auto blank = [](char32_t c) {
          return c == ' ' || c == 0xA0;
        };
        if ((h.cp == 0x200C || h.cp == 0x034F) && blank(prev) && blank(next)) benign = true;
        if (h.cp == 0x200B) {
          // the run of zero-width spaces this one belongs to, and what lies on either side
          std::uint32_t b = h.offset, e = h.offset + h.len;
          char32_t left = prev, right = next;
          // at most four steps each way: a longer run is not the benign case, and an unbounded
          // walk per character would be quadratic on a text made of them
          for (int step = 0; left == 0x200B && b >= 3 && step < 4; ++step)
            left = cp_before(text, b -= 3);
          for (int step = 0; right == 0x200B && e + 3 <= text.size() && step < 4; ++step)
            right = cp_at(text, e += 3);
          if (left == ' ' || left == '\n' || right == ' ' || right == '\n') ++zw_beside_space;
        }
        break;
      }
      case Invisible::variation_selector:
        if (h.cp == 0xFE0F || h.cp == 0xFE0E)
          benign = emojiish(prev) || (prev >= '0' && prev <= '9') || prev == '#' || prev == '*';
        if (!benign) {
          const std::uint32_t byte = h.cp >= 0xE0100 ? h.cp - 0xE0100 + 16 : h.cp - 0xFE00;
          if (byte >= 0x20 && byte < 0x7F) vs_payload.push_back(static_cast<char>(byte));
        }
        break;
      case Invisible::bidi_mark:
        benign = scan.rtl_letters > 0;
        break;
      case Invisible::tag: {
        // emoji tag sequences (subdivision flags) are U+1F3F4 followed by tags and U+E007F
        char32_t p = prev;
        std::uint32_t k = h.offset;
        while (p >= 0xE0000 && p <= 0xE007F && k >= 4) {
          k -= 4;
          p = cp_before(text, k);
        }
        benign = p == 0x1F3F4;
        break;
      }
      case Invisible::bom:
        benign = false;
        break;
      default:
        break;
    }
    if (benign) continue;
    auto& g = groups[static_cast<std::size_t>(h.kind)];
    if (g.count++ == 0) {
      g.first = h.offset;
      g.first_cp = h.cp;
    }
  }
  for (std::size_t k = 1; k < groups.size(); ++k) {
    const auto& g = groups[k];
    if (g.count == 0) continue;
    const auto kind = static_cast<Invisible>(k);
    float w = 1.0f;
    std::string_view rule = "invisible-characters";
    switch (kind) {
      case Invisible::tag:
        w = 1.5f;
        rule = "tag-characters";
        break;
      case Invisible::bidi_override:
        w = 1.2f;
        rule = "bidi-override";
        break;
      case Invisible::zero_width:
        w = g.count <= 4 && zw_beside_space == g.count ? 0.3f : 1.0f;
        rule = "zero-width";
        break;
      case Invisible::variation_selector:
        w = g.first_cp >= 0xE0100 ? 1.2f : 0.8f;
        rule = "variation-selectors";
        break;
      case Invisible::control:
        w = g.first_cp == 0x1B ? 1.0f : 0.6f;
        rule = "control-characters";
        break;
      case Invisible::soft_hyphen:
        w = 0.5f;
        rule = "soft-hyphen";
        break;
      case Invisible::filler:
        w = 0.9f;
        rule = "filler-characters";
        break;
      case Invisible::private_use:
        w = 0.4f;
        rule = "private-use";
        break;
      case Invisible::bidi_mark:
        w = 0.6f;
        rule = "bidi-marks";
        break;
      case Invisible::bom:
        w = g.count == 1 && g.first == 0 ? 0.15f : 1.0f;  // mid-text: a zero-width no-break space
        rule = "byte-order-mark";
        break;
      case Invisible::none:
        break;
    }
    std::string msg = fmt::format("{} {}{} (first U+{:04X})", g.count, describe(kind),
                                  g.count == 1 ? "" : "s", static_cast<std::uint32_t>(g.first_cp));
    if (kind == Invisible::tag && !scan.tag_payload.empty())
      msg += fmt::format(" spelling \"{}\"", escape_display(scan.tag_payload, 160));
    if (kind == Invisible::variation_selector && vs_payload.size() >= 4)
      msg += fmt::format(" carrying \"{}\"", escape_display(vs_payload, 160));
    add(Family::unicode, w, rule, std::move(msg), g.first, g.first + 1, context(text, g.first, 4));
  }
  if (!scan.tag_payload.empty()) {
    const std::string payload = scan.tag_payload;
    nested_signals(payload, opts, groups[static_cast<std::size_t>(Invisible::tag)].first,
                   groups[static_cast<std::size_t>(Invisible::tag)].first + 4, "tag characters",
                   out);
  }
  if (vs_payload.size() >= 4)
    nested_signals(vs_payload, opts, 0, static_cast<std::uint32_t>(text.size()),
                   "variation selectors", out);

  // 2. rule matches
  std::vector<RuleMatch> matches;
  match_rules(scan, opts.outputs, matches);
  for (const RuleMatch& m : matches) {
    float w = m.rule->weight;
    const Token& last = scan.hits[m.last];
    if (last.url != 0xFFFF && last.url < scan.urls.size()) {
      const UrlInfo& u = scan.urls[last.url];
      if (u.example || u.loopback) {
        w *= 0.2f;
      } else if (u.data_param || u.sensitive_data) {
        w = std::max(w, 0.8f);  // a send into a URL built to carry data
      }
    }
    bool in_comment = false;
    for (const Markup& mk : scan.markup) {
      if ((mk.kind == MarkupKind::comment || mk.kind == MarkupKind::md_comment) &&
          m.begin >= mk.inner_begin && m.end <= mk.inner_end)
        in_comment = true;
    }
    if (in_comment) w *= 1.2f;
    add(m.rule->family, w, m.rule->id, std::string(m.rule->message), m.begin, m.end);
  }

  // 2b. the same orders in scripts the scanner's words do not cover
  phrase_signals(text, opts.outputs, out);

  // 3. words that hide a keyword behind homoglyphs or invisible characters
  for (const Token& t : scan.hits) {
    if ((t.flags & (kConfusable | kHadInvisible | kVirtual)) == 0) continue;
    const bool strong = t.cls.any(Mask{kIgnore, kInstr, kSecret, kSensPath, kTell, kSend, kNegImp,
                                       kUser, kAi, kSecretly, kHide, kExec, kCmdNet});
    if (!strong) continue;
    if (t.flags & kConfusable) {
      add(Family::homoglyph, 0.7f, "confusable-keyword",
          "a keyword is spelled with look-alike characters from another script", t.begin, t.end);
    } else if (t.flags & kHadInvisible) {
      add(Family::unicode, 0.5f, "split-keyword", "a keyword is split by invisible characters",
          t.begin, t.end);
    } else {
      add(Family::encoding, 0.5f, "spaced-keyword",
          "a keyword is disguised (spaced out or in leetspeak)", t.begin, t.end);
    }
  }

  // 3b. a word that mixes Latin letters with look-alikes from another script ("GіtHub",
  // "drive.gооgle.com", "Ignоrе"): no writing system does that, so it is a disguise
  if (scan.confusable_words > 0 && !opts.outputs) mixed_script_words(text, add);

  // 4. single words that matter on their own
  int secrets = 0, paths = 0, foreign = 0, emails = 0;
  for (const Token& t : scan.hits) {
    if (t.cls.has(kSensPath) && paths++ < 2)
      add(Family::sensitive, opts.outputs ? 0.2f : 0.55f, "sensitive-path",
          "names a private file or credential store", t.begin, t.end);
    else if (t.cls.has(kSecret) && !opts.outputs && secrets++ < 2)
      add(Family::sensitive, 0.12f, "secret-mention", "mentions secrets", t.begin, t.end);
    if (t.cls.has(kToolForeign) && !opts.outputs && foreign++ < 2)
      add(Family::shadow, 0.3f, "foreign-tool-reference",
          "refers to a tool this server does not provide", t.begin, t.end);
    if (t.cls.has(kEmail) && !opts.outputs && emails++ < 1)
      add(Family::exfil, 0.25f, "email-address", "contains an e-mail address", t.begin, t.end);
  }

  // 5. URLs
  for (const UrlInfo& u : scan.urls) {
    float w = 0;
    std::string_view rule;
    std::string msg;
    if (u.sensitive_data && !u.example && !u.loopback && u.markdown_image && opts.outputs) {
      w = 1.0f, rule = "markdown-image-exfil",
      msg =
          "markdown image whose URL carries secrets or conversation content: rendering it "
          "leaks them";
    } else if (u.sensitive_data && !u.example && !u.loopback) {
      w = 1.0f, rule = "url-carries-secrets",
      msg = "URL template carries secrets or conversation content";
    } else if (u.exfil_host) {
      w = 0.9f, rule = "exfil-host", msg = "URL of a request catcher, tunnel or paste site";
    } else if (u.hostile_name) {
      w = 0.7f, rule = "hostile-host", msg = "URL whose host name announces an attacker";
    } else if (u.sensitive_path && !u.example && !u.loopback) {
      w = 0.4f, rule = "url-path-names-secrets",
      msg = "URL whose path names secrets, personal data or the conversation";
    }
    // (in an output, a markdown image whose query the model is to fill in, "?pt={patient_name}",
    // is how a planted text asks for data to be sent out as the image loads)
    if (u.markdown_image && u.query && !u.example && w < 0.8f &&
        (u.data_param || u.fill_in_param || !opts.outputs)) {
      w = 0.8f, rule = "markdown-image-exfil",
      msg = "markdown image whose URL carries a query: rendering it leaks data";
    }
    if (u.data_param && !u.example && !u.loopback && w < 0.6f) {
      w = 0.6f, rule = "url-data-parameter", msg = "URL with a placeholder or data parameter";
    }
    if (u.ip_host && w < 0.4f) w = 0.4f, rule = "ip-url", msg = "URL to a bare IP address";
    if (u.userinfo && w < 0.3f) w = 0.3f, rule = "url-credentials", msg = "URL with credentials";
    if (u.odd_port && !u.example && w < 0.2f)
      w = 0.2f, rule = "odd-port", msg = "URL on an unusual port";
    if (w > 0) add(Family::exfil, w, rule, std::move(msg), u.begin, u.end);
    if (u.punycode)
      add(Family::homoglyph, 0.5f, "punycode-host", "internationalised (punycode) host name",
          u.begin, u.end);
  }
  // the same hosts written without a scheme ("cc the payload to webhook.site/3e1f")
  for (const Token& t : scan.hits) {
    if (!t.cls.has(kSinkStrong) || t.cls.has(kUrl) || t.cls.has(kEmail)) continue;
    const std::string_view word = text.substr(t.begin, t.end - t.begin);
    // a host name ("webhook.site", "x.ngrok.io"), not a file ("webhooks.json")
    if (!t.cls.has(kDomain) && word != "webhook.site" && word != "transfer.sh") continue;
    add(Family::exfil, 0.7f, "exfil-host", "names a request catcher, tunnel or attacker's host",
        t.begin, t.end);
    break;
  }

  // 6. markup that hides text or fakes conversation structure
  bool comment_seen = false, padding_seen = false;
  int calls_checked = 0;  // tool-call tags looked up in code (each look reads the text before it)
  for (const Markup& m : scan.markup) {
    switch (m.kind) {
      case MarkupKind::comment:
      case MarkupKind::md_comment:
        if (!comment_seen && m.inner_end > m.inner_begin + 3) {
          comment_seen = true;
          add(Family::hidden, 0.6f, "hidden-comment", "comment hides text from rendered views",
              m.begin, m.end);
        }
        break;
      case MarkupKind::tag: {
        const std::string_view n = m.name;  // (a view: compared with many literals)
        float w = 0;
        if (n == "important" || n == "secret" || n == "hidden" || n == "override" || n == "admin" ||
            n == "critical" || n == "urgent" || n == "mandatory" || n == "instructions" ||
            n == "instruction" || n == "hidden_instructions" || n == "tool_instructions" ||
            n == "ai_instructions" || n == "internal" || n == "[important]" || n == "[hidden]" ||
            n == "[secret]" || n == "[override]" || n == "[instructions]" || n == "[admin]" ||
            n == "[internal]" || n == "[note to ai]")
          w = 0.55f;
        // a tool call written into the text, for the model to take as its own
        const bool call = n == "[tool_call]" || n == "tool_call" || n == "function_call" ||
                          n == "tool_use" || n == "function_calls" || n == "tool_calls";
        if (call) w = 0.8f;
        // In a result, outside code, it is evidence on its own: no honest record, page or mail
        // carries a call for the reader to make, while a model card or an SDK's docs show the
        // format in a code block or between backticks.
        // (past sixteen such tags the text is a stream of calls, whatever fences it has)
        if (call && opts.outputs && (++calls_checked > 16 || !inside_code(text, m.begin))) {
          add(Family::instruction, w, "fake-tool-call",
              fmt::format("markup <{}> writes a tool call into the result", n), m.begin, m.end);
          break;
        }
        if (n == "system" || n == "system_prompt" || n == "sys" || n == "[system]" ||
            n == "[sys]" || n == "assistant" || n == "[assistant]" || n == "developer" ||
            n == "[developer]" || n == "[system message]" || n == "[system note]" || n == "[ai]" ||
            n == "ai")
          w = 0.8f;
        // chat-template control tokens never belong in a definition or a result
        const bool control = n == "|im_start|" || n == "|im_end|" || n == "|system|" ||
                             n == "|endoftext|" || n == "|assistant|" || n == "[inst]" ||
                             n == "|user|" || n == "|eot_id|" || n == "|start_header_id|";
        if (control) {
          add(Family::instruction, 1.0f, "chat-control-token",
              fmt::format("chat-template control token <{}>", n), m.begin, m.end);
          break;
        }
        if (w > 0)
          add(n.front() == '[' || n.front() == '|' || w >= 0.8f ? Family::instruction
                                                                : Family::hidden,
              w, "suspicious-tag", fmt::format("markup <{}> frames text as special", n), m.begin,
              m.end);
        break;
      }
      case MarkupKind::role:
        add(Family::instruction,
            (m.name == "user" || m.name == "human" || m.name == "ai") ? 0.3f : 0.7f, "fake-turn",
            fmt::format("line starts a fake \"{}:\" conversation turn", m.name), m.begin, m.end);
        break;
      case MarkupKind::padding:
        if (!padding_seen && !opts.outputs) {
          padding_seen = true;
          add(Family::hidden, 0.5f, "padding", "long run of blank space pushes text out of view",
              m.begin, m.end);
        }
        break;
      case MarkupKind::substitution:
        add(Family::exfil, 0.5f, "shell-substitution",
            "shell substitution ($(...), ${...}) expands local data into the text", m.begin, m.end);
        break;
      case MarkupKind::templated_host:
        add(Family::exfil, 0.9f, "templated-host",
            "host name built from a placeholder: data leaves through DNS or the URL", m.begin,
            m.end);
        break;
      case MarkupKind::pipe_shell:
        add(Family::exfil, opts.outputs ? 0.5f : 0.9f, "shell-exec",
            "pipes or passes text into a shell", m.begin, m.end);
        break;
    }
  }

  // 6b. code payloads: "__import__('os').system(...)", "/dev/tcp/...", "core.hooksPath"
  if (!opts.outputs) code_payloads(text, opts, add, out);

  // 7. encoded payloads: decode, and judge what they say
  int decoded_count = 0;
  for (const Blob& b : scan.blobs) {
    if (decoded_count >= 4) break;
    const std::string_view raw = text.substr(b.begin, b.end - b.begin);
    BlobKind kind = b.kind;
    const std::string d = decode_blob(raw, kind);
    if (d.empty()) continue;
    ++decoded_count;
    static constexpr std::string_view kNames[] = {"base64", "hex", "percent-encoding",
                                                  "HTML entities", "escape sequences"};
    const std::string_view how = kNames[static_cast<int>(kind)];
    add(Family::encoding, opts.outputs ? 0.3f : 0.55f, "encoded-text",
        fmt::format("{} text decodes to \"{}\"", how, escape_display(d, 120)), b.begin, b.end);
    nested_signals(d, opts, b.begin, b.end, fmt::format("{}-decoded text", how), out);
    if (opts.decoded && opts.depth == 0) opts.decoded->push_back({b.begin, b.end, d});
  }
  // 7a. sentences spelled as identifiers in outputs (branch names, file names, test ids): the
  // screener judges what they spell
  if (opts.outputs && opts.decoded && opts.depth == 0) identifier_sentences(text, *opts.decoded, 4);
  // 7b. ROT13 (definitions only: outputs are screened on the hot path, and rotated prose there
  // is a puzzle, not an order to the model)
  if (!opts.outputs)
    for (const Rot13Run& r : rot13_runs(text)) {
      add(Family::encoding, 0.55f, "encoded-text",
          fmt::format("ROT13 text decodes to \"{}\"", escape_display(r.decoded, 120)), r.begin,
          r.end);
      nested_signals(r.decoded, opts, r.begin, r.end, "ROT13-decoded text", out);
    }
}

}  // namespace sallyport::guard::detail
