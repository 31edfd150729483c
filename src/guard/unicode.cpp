#include "guard/unicode.hpp"

#include <array>

#include <fmt/format.h>

namespace sallyport::guard::detail {
namespace {

// U+00C0–U+024F folded to their base Latin letter ('.' = no single-letter fold).
constexpr std::string_view kLatinFold =
    "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlL"
    "lLlNnNnNnn..OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZzs"
    "b..............EEFfG..IIKkl..Nn.Oo..Pp.....tTtTUu.VYyZz........."
    ".............AaIiOoUuUuUuUuUueAaAa....GgKkOoOo..j...Gg..NnAa...."
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy...j..ACc..."
    "......Ee....RrYy";

struct Pair {
  char32_t cp;
  char ascii;
};

// Letters of other scripts that look like Latin ones (after UTS #39 confusables, reduced to
// the ones that pass for ASCII in a tool name or a keyword). Sorted by code point.
constexpr std::array kConfusables = {
    Pair{0x0131, 'i'},  Pair{0x0237, 'j'},  Pair{0x0251, 'a'},  Pair{0x0261, 'g'},
    Pair{0x0269, 'i'},  Pair{0x026A, 'i'},  Pair{0x0299, 'b'},  Pair{0x029C, 'h'},
    Pair{0x02BC, '\''}, Pair{0x02DC, '~'},  Pair{0x0391, 'A'},  Pair{0x0392, 'B'},
    Pair{0x0395, 'E'},  Pair{0x0396, 'Z'},  Pair{0x0397, 'H'},  Pair{0x0399, 'I'},
    Pair{0x039A, 'K'},  Pair{0x039C, 'M'},  Pair{0x039D, 'N'},  Pair{0x039F, 'O'},
    Pair{0x03A1, 'P'},  Pair{0x03A4, 'T'},  Pair{0x03A5, 'Y'},  Pair{0x03A7, 'X'},
    Pair{0x03B1, 'a'},  Pair{0x03B3, 'y'},  Pair{0x03B5, 'e'},  Pair{0x03B9, 'i'},
    Pair{0x03BA, 'k'},  Pair{0x03BD, 'v'},  Pair{0x03BF, 'o'},  Pair{0x03C1, 'p'},
    Pair{0x03C4, 't'},  Pair{0x03C5, 'u'},  Pair{0x03C7, 'x'},  Pair{0x03C9, 'w'},
    Pair{0x03F2, 'c'},  Pair{0x03F3, 'j'},  Pair{0x0405, 'S'},  Pair{0x0406, 'I'},
    Pair{0x0408, 'J'},  Pair{0x0410, 'A'},  Pair{0x0412, 'B'},  Pair{0x0415, 'E'},
    Pair{0x041A, 'K'},  Pair{0x041C, 'M'},  Pair{0x041D, 'H'},  Pair{0x041E, 'O'},
    Pair{0x0420, 'P'},  Pair{0x0421, 'C'},  Pair{0x0422, 'T'},  Pair{0x0423, 'Y'},
    Pair{0x0425, 'X'},  Pair{0x0430, 'a'},  Pair{0x0432, 'b'},  Pair{0x0433, 'r'},
    Pair{0x0435, 'e'},  Pair{0x043A, 'k'},  Pair{0x043C, 'm'},  Pair{0x043D, 'h'},
    Pair{0x043E, 'o'},  Pair{0x043F, 'n'},  Pair{0x0440, 'p'},  Pair{0x0441, 'c'},
    Pair{0x0442, 't'},  Pair{0x0443, 'y'},  Pair{0x0445, 'x'},  Pair{0x044C, 'b'},
    Pair{0x0451, 'e'},  Pair{0x0455, 's'},  Pair{0x0456, 'i'},  Pair{0x0457, 'i'},
    Pair{0x0458, 'j'},  Pair{0x045B, 'h'},  Pair{0x04AE, 'Y'},  Pair{0x04AF, 'y'},
    Pair{0x04BB, 'h'},  Pair{0x04C0, 'I'},  Pair{0x04CF, 'l'},  Pair{0x0501, 'd'},
    Pair{0x051A, 'Q'},  Pair{0x051B, 'q'},  Pair{0x051C, 'W'},  Pair{0x051D, 'w'},
    Pair{0x0561, 'w'},  Pair{0x0566, 'q'},  Pair{0x0570, 'h'},  Pair{0x0578, 'n'},
    Pair{0x057D, 'u'},  Pair{0x0581, 'g'},  Pair{0x0585, 'o'},  Pair{0x13A0, 'D'},
    Pair{0x13A1, 'R'},  Pair{0x13A2, 'T'},  Pair{0x13A9, 'Y'},  Pair{0x13AA, 'A'},
    Pair{0x13AB, 'J'},  Pair{0x13AC, 'E'},  Pair{0x13B3, 'W'},  Pair{0x13B7, 'M'},
    Pair{0x13BB, 'H'},  Pair{0x13C0, 'G'},  Pair{0x13C3, 'Z'},  Pair{0x13CF, 'b'},
    Pair{0x13D2, 'R'},  Pair{0x13DA, 'V'},  Pair{0x13DE, 'L'},  Pair{0x13DF, 'C'},
    Pair{0x13E2, 'P'},  Pair{0x13E6, 'K'},  Pair{0x1D00, 'a'},  Pair{0x1D04, 'c'},
    Pair{0x1D05, 'd'},  Pair{0x1D07, 'e'},  Pair{0x1D0A, 'j'},  Pair{0x1D0B, 'k'},
    Pair{0x1D0D, 'm'},  Pair{0x1D0F, 'o'},  Pair{0x1D18, 'p'},  Pair{0x1D1B, 't'},
    Pair{0x1D1C, 'u'},  Pair{0x1D20, 'v'},  Pair{0x1D21, 'w'},  Pair{0x1D22, 'z'},
    Pair{0x2010, '-'},  Pair{0x2011, '-'},  Pair{0x2012, '-'},  Pair{0x2013, '-'},
    Pair{0x2014, '-'},  Pair{0x2015, '-'},  Pair{0x2018, '\''}, Pair{0x2019, '\''},
    Pair{0x201A, '\''}, Pair{0x201B, '\''}, Pair{0x201C, '"'},  Pair{0x201D, '"'},
    Pair{0x201E, '"'},  Pair{0x2024, '.'},  Pair{0x2032, '\''}, Pair{0x2039, '<'},
    Pair{0x203A, '>'},  Pair{0x2044, '/'},  Pair{0x2053, '~'},  Pair{0x2102, 'C'},
    Pair{0x210A, 'g'},  Pair{0x210B, 'H'},  Pair{0x210C, 'H'},  Pair{0x210D, 'H'},
    Pair{0x210E, 'h'},  Pair{0x2110, 'I'},  Pair{0x2111, 'I'},  Pair{0x2112, 'L'},
    Pair{0x2113, 'l'},  Pair{0x2115, 'N'},  Pair{0x2119, 'P'},  Pair{0x211A, 'Q'},
    Pair{0x211B, 'R'},  Pair{0x211C, 'R'},  Pair{0x211D, 'R'},  Pair{0x2124, 'Z'},
    Pair{0x2128, 'Z'},  Pair{0x212A, 'K'},  Pair{0x212B, 'A'},  Pair{0x212C, 'B'},
    Pair{0x212D, 'C'},  Pair{0x212E, 'e'},  Pair{0x212F, 'e'},  Pair{0x2130, 'E'},
    Pair{0x2131, 'F'},  Pair{0x2133, 'M'},  Pair{0x2134, 'o'},  Pair{0x2139, 'i'},
    Pair{0x2145, 'D'},  Pair{0x2146, 'd'},  Pair{0x2147, 'e'},  Pair{0x2148, 'i'},
    Pair{0x2149, 'j'},  Pair{0x2160, 'I'},  Pair{0x2164, 'V'},  Pair{0x2169, 'X'},
    Pair{0x216C, 'L'},  Pair{0x216D, 'C'},  Pair{0x216E, 'D'},  Pair{0x216F, 'M'},
    Pair{0x2170, 'i'},  Pair{0x2174, 'v'},  Pair{0x2179, 'x'},  Pair{0x217C, 'l'},
    Pair{0x217D, 'c'},  Pair{0x217E, 'd'},  Pair{0x217F, 'm'},  Pair{0x2212, '-'},
    Pair{0x2215, '/'},  Pair{0x2216, '\\'}, Pair{0x2223, '|'},  Pair{0x2236, ':'},
    Pair{0x223C, '~'},  Pair{0x2502, '|'},  Pair{0x3002, '.'},  Pair{0xA4B3, 'w'},
    Pair{0xA731, 's'},  Pair{0xA76E, 'o'},  Pair{0xAB83, 'w'},  Pair{0xFF61, '.'},
};

template <std::size_t N>
constexpr char lookup(const std::array<Pair, N>& table, char32_t cp) noexcept {
  std::size_t lo = 0, hi = N;
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (table[mid].cp < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < N && table[lo].cp == cp ? table[lo].ascii : 0;
}

char math_alnum(char32_t cp) noexcept {
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {
    const auto k = static_cast<int>((cp - 0x1D400) % 52);
    return static_cast<char>(k < 26 ? 'A' + k : 'a' + (k - 26));
  }
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return static_cast<char>('0' + (cp - 0x1D7CE) % 10);
  return 0;
}

constexpr bool is_space_variant(char32_t cp) noexcept {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0x2028 || cp == 0x2029 || cp == 0x0085;
}

// fold_to_ascii of General Punctuation (U+2000-206F: typographic quotes, dashes, spaces), the
// commonest non-ASCII characters of English text, as one table.
constexpr auto kPunctuationFold = [] {
  std::array<char, 0x70> t{};
  for (char32_t cp = 0x2000; cp < 0x2070; ++cp)
    t[cp - 0x2000] = is_space_variant(cp) ? ' ' : lookup(kConfusables, cp);
  return t;
}();

// ... and of Greek and Cyrillic (U+0370-052F), whose look-alike letters the confusables list
// otherwise finds by binary search for every letter of Russian or Greek text.
constexpr auto kGreekCyrillicFold = [] {
  std::array<char, 0x530 - 0x370> t{};
  for (char32_t cp = 0x370; cp < 0x530; ++cp) t[cp - 0x370] = lookup(kConfusables, cp);
  return t;
}();

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

Invisible classify_invisible(char32_t cp) noexcept {
  if (cp < 0x20)
    return cp == '\t' || cp == '\n' || cp == '\r' ? Invisible::none : Invisible::control;
  if (cp < 0x7F) return Invisible::none;
  if (cp <= 0x9F) return Invisible::control;
  if (cp < 0x00AD) return Invisible::none;
  if (cp == 0x00AD) return Invisible::soft_hyphen;
  // the letters of most scripts: between the few invisible code points below
  if (cp < 0x034F) return Invisible::none;
  if (cp == 0x034F) return Invisible::zero_width;
  if (cp < 0x061C) return Invisible::none;
  if (cp == 0x061C) return Invisible::bidi_mark;
  if (cp < 0x115F) return Invisible::none;
  if (cp >= 0x2070 && cp < 0xE000) return cp == 0x3164 ? Invisible::filler : Invisible::none;
  if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0) return Invisible::filler;
  if (cp == 0x17B4 || cp == 0x17B5) return Invisible::filler;
  if (cp == 0x180E || (cp >= 0x180B && cp <= 0x180D)) return Invisible::zero_width;
  if (cp >= 0x200B && cp <= 0x200D) return Invisible::zero_width;
  if (cp == 0x200E || cp == 0x200F) return Invisible::bidi_mark;
  if (cp >= 0x202A && cp <= 0x202E) return Invisible::bidi_override;
  if (cp >= 0x2060 && cp <= 0x2064) return Invisible::zero_width;
  if (cp >= 0x2066 && cp <= 0x2069) return Invisible::bidi_override;
  if (cp >= 0x206A && cp <= 0x206F) return Invisible::zero_width;  // deprecated format chars
  if (cp >= 0xE000 && cp <= 0xF8FF) return Invisible::private_use;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return Invisible::variation_selector;
  if (cp == 0xFEFF) return Invisible::bom;
  if (cp >= 0xFFF9 && cp <= 0xFFFB) return Invisible::zero_width;    // interlinear annotation
  if (cp >= 0x1D173 && cp <= 0x1D17A) return Invisible::zero_width;  // musical format chars
  if (cp >= 0xE0000 && cp <= 0xE007F) return Invisible::tag;
  if (cp >= 0xE0100 && cp <= 0xE01EF) return Invisible::variation_selector;
  if (cp >= 0xF0000) return Invisible::private_use;
  return Invisible::none;
}

std::string_view describe(Invisible kind) noexcept {
  switch (kind) {
    case Invisible::none:
      return "visible character";
    case Invisible::tag:
      return "Unicode tag character";
    case Invisible::zero_width:
      return "zero-width character";
    case Invisible::bidi_override:
      return "bidirectional override";
    case Invisible::bidi_mark:
      return "bidirectional mark";
    case Invisible::variation_selector:
      return "variation selector";
    case Invisible::control:
      return "control character";
    case Invisible::soft_hyphen:
      return "soft hyphen";
    case Invisible::filler:
      return "blank filler letter";
    case Invisible::private_use:
      return "private-use character";
    case Invisible::bom:
      return "byte-order mark";
  }
  return "invisible character";
}

char fold_to_ascii(char32_t cp) noexcept {
  if (cp < 0x80) return static_cast<char>(cp);
  if (cp >= 0x2000 && cp < 0x2070) return kPunctuationFold[cp - 0x2000];
  if (cp >= 0x370 && cp < 0x530) return kGreekCyrillicFold[cp - 0x370];
  // blocks with nothing to fold (Arabic to Myanmar and Ethiopic, CJK, Hangul syllables): most
  // non-ASCII text there, so its letters skip the tables below
  if ((cp >= 0x0600 && cp < 0x1300) || (cp >= 0x3100 && cp < 0xA400) ||
      (cp >= 0xAC00 && cp < 0xD800))
    return 0;
  if (is_space_variant(cp)) return ' ';
  if (cp >= 0xC0 && cp < 0xC0 + kLatinFold.size()) {
    const char c = kLatinFold[cp - 0xC0];
    return c == '.' ? 0 : c;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<char>(cp - 0xFEE0);
  if (cp >= 0x24B6 && cp <= 0x24CF) return static_cast<char>('A' + (cp - 0x24B6));
  if (cp >= 0x24D0 && cp <= 0x24E9) return static_cast<char>('a' + (cp - 0x24D0));
  if (cp >= 0x249C && cp <= 0x24B5) return static_cast<char>('a' + (cp - 0x249C));
  if (cp >= 0x1F130 && cp <= 0x1F149) return static_cast<char>('A' + (cp - 0x1F130));
  if (cp >= 0x1F150 && cp <= 0x1F169) return static_cast<char>('A' + (cp - 0x1F150));
  if (cp >= 0x1F170 && cp <= 0x1F189) return static_cast<char>('A' + (cp - 0x1F170));
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return static_cast<char>('A' + (cp - 0x1F1E6));
  if (const char m = math_alnum(cp)) return m;
  if (cp >= 0x1E00 && cp <= 0x1EFF) {  // Latin Extended Additional: letters with marks
    static constexpr std::string_view kExt =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOo"
        "OoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyas...."
        "AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUu"
        "UuYyYyYyYy";
    const std::size_t k = cp - 0x1E00;
    if (k < kExt.size() && kExt[k] != '.') return kExt[k];
    return 0;
  }
  return lookup(kConfusables, cp);
}

bool is_confusable(char32_t cp) noexcept {
  if (cp < 0x80) return false;
  const Script s = script_of(cp);
  if (s == Script::compat) return true;
  if (s == Script::latin) return false;
  const char c = fold_to_ascii(cp);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

Script script_of(char32_t cp) noexcept {
  if (cp < 0x80) {
    const bool alpha = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return alpha ? Script::latin : Script::common;
  }
  // Hebrew to Khmer and the other Indic and Southeast Asian blocks, kana and CJK, Hangul: most
  // text beyond Latin, and none of the ranges below, so answered first
  if ((cp >= 0x0590 && cp < 0x1C80) || (cp >= 0x3040 && cp < 0xA640) ||
      (cp >= 0xAC00 && cp < 0xD800))
    return Script::other;
  if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF))
    return Script::latin;
  if (cp >= 0x0250 && cp <= 0x02AF) return Script::latin;  // IPA letters
  if (cp >= 0x1D00 && cp <= 0x1D7F) return Script::latin;  // phonetic extensions, small caps
  if ((cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF)) return Script::greek;
  if ((cp >= 0x0400 && cp <= 0x052F) || (cp >= 0x1C80 && cp <= 0x1C8F) ||
      (cp >= 0x2DE0 && cp <= 0x2DFF) || (cp >= 0xA640 && cp <= 0xA69F))
    return Script::cyrillic;
  if (cp >= 0x0530 && cp <= 0x058F) return Script::armenian;
  if ((cp >= 0xFF01 && cp <= 0xFF5E) || (cp >= 0x1D400 && cp <= 0x1D7FF) ||
      (cp >= 0x2100 && cp <= 0x218F) || (cp >= 0x2460 && cp <= 0x24FF) ||
      (cp >= 0x1F130 && cp <= 0x1F189) || (cp >= 0x1F1E6 && cp <= 0x1F1FF))
    return Script::compat;
  if (cp >= 0x2000 && cp <= 0x2BFF) return Script::common;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return Script::common;
  return Script::other;
}

bool is_emoji_like(char32_t cp) noexcept {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x2764 || cp == 0x203C || cp == 0x2049 ||
         (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF);
}

std::string escape_display(std::string_view s, std::size_t max_bytes, bool escape_non_ascii,
                           bool escape_backslash) {
  std::string out;
  out.reserve(std::min(s.size(), max_bytes) + 8);
  std::size_t i = 0;
  while (i < s.size()) {
    if (out.size() >= max_bytes) {
      out += "…";
      break;
    }
    {
      // a run of printable ASCII is copied as it is, up to the limit, in one append
      std::size_t j = i;
      const std::size_t stop = i + std::min(s.size() - i, max_bytes - out.size());
      while (j < stop) {
        const auto c = static_cast<unsigned char>(s[j]);
        if (c < 0x20 || c >= 0x7F || (c == '\\' && escape_backslash)) break;
        ++j;
      }
      if (j > i) {
        out.append(s.substr(i, j - i));
        i = j;
        continue;
      }
    }
    const Utf8 u = decode_utf8(s, i);
    if (!u.ok) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(s[i]));
    } else if (u.cp == '\n') {
      out += "\\n";
    } else if (u.cp == '\r') {
      out += "\\r";
    } else if (u.cp == '\t') {
      out += "\\t";
    } else if (u.cp == '\\' && escape_backslash) {
      out += "\\\\";
    } else if (u.cp < 0x80 && u.cp >= 0x20 && u.cp != 0x7F) {
      out.push_back(static_cast<char>(u.cp));
    } else if (classify_invisible(u.cp) != Invisible::none || escape_non_ascii || u.cp == 0xFFFD ||
               (u.cp >= 0x2028 && u.cp <= 0x2029)) {
      out += fmt::format("\\u{{{:X}}}", static_cast<std::uint32_t>(u.cp));
    } else {
      out.append(s.substr(i, u.len));
    }
    i += u.len;
  }
  return out;
}

std::string skeleton(std::string_view name) {
  std::string folded;
  folded.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const Utf8 u = decode_utf8(name, i);
    i += u.len;
    if (classify_invisible(u.cp) != Invisible::none) continue;
    char c = u.cp < 0x80 ? static_cast<char>(u.cp) : fold_to_ascii(u.cp);
    if (c == 0) {
      append_utf8(folded, u.cp);
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' || c == '-' || c == '.' || c == ' ' || c == '/' || c == ':') continue;
    if (c == '0') c = 'o';
    if (c == '1' || c == '|' || c == 'i') c = 'l';  // i, l, 1 and | blur in most fonts
    folded.push_back(c);
  }
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == 'r' && i + 1 < folded.size() && folded[i + 1] == 'n') {
      out.push_back('m');
      ++i;
    } else if (folded[i] == 'v' && i + 1 < folded.size() && folded[i + 1] == 'v') {
      out.push_back('w');
      ++i;
    } else {
      out.push_back(folded[i]);
    }
  }
  return out;
}

}  // namespace sallyport::guard::detail
