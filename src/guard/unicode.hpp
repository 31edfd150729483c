// Unicode facts the guard needs without ICU: UTF-8 decoding, invisible and bidi characters,
// a confusable fold to ASCII (enough for homoglyph tricks seen in the wild) and scripts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sallyport::guard::detail {

struct Utf8 {
  char32_t cp;
  std::uint8_t len;
  bool ok;
};

// Decodes the code point starting at s[i] (i < s.size()). Malformed input yields U+FFFD with
// len 1 and ok false, so callers always make progress. (Always inlined: the scanner, the
// phrasebook and the script words call it for every character beyond ASCII.)
[[gnu::always_inline]] inline Utf8 decode_utf8(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k) {
    return k < left && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto byte = [&](std::size_t k) {
    return static_cast<char32_t>(s[i + k]) & 0x3F;
  };
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) return {((b0 & 0x1Fu) << 6) | byte(1), 2, true};
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    const char32_t cp = ((b0 & 0x0Fu) << 12) | (byte(1) << 6) | byte(2);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    const char32_t cp = ((b0 & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4, true};
  }
  return {0xFFFD, 1, false};
}

void append_utf8(std::string& out, char32_t cp);

// Characters that render as nothing (or reorder what is around them) and so can hide text.
enum class Invisible : std::uint8_t {
  none,
  tag,                 // U+E0000–E007F: invisible copies of ASCII ("ASCII smuggling")
  zero_width,          // U+200B–200D, U+2060–2064, U+180E, U+034F
  bidi_override,       // U+202A–202E, U+2066–2069: reorder the text the user sees
  bidi_mark,           // U+200E, U+200F, U+061C
  variation_selector,  // U+FE00–FE0F, U+E0100–E01EF: can carry bytes after any character
  control,             // C0/C1 controls other than tab, newline, carriage return
  soft_hyphen,         // U+00AD
  filler,              // Hangul fillers and similar blank letters
  private_use,         // PUA: no agreed glyph
  bom,                 // U+FEFF
};

Invisible classify_invisible(char32_t cp) noexcept;
std::string_view describe(Invisible kind) noexcept;

// Folds a non-ASCII code point to the ASCII character it imitates or decomposes to
// (Cyrillic 'а' → 'a', fullwidth 'Ａ' → 'A', 'é' → 'e', '’' → '\'', NBSP → ' '); 0 when none.
char fold_to_ascii(char32_t cp) noexcept;

// True for code points that are letters of a non-Latin script yet fold to a Latin letter,
// or compatibility forms (fullwidth, mathematical, circled): the homoglyph material.
bool is_confusable(char32_t cp) noexcept;

enum class Script : std::uint8_t { common, latin, cyrillic, greek, armenian, compat, other };
Script script_of(char32_t cp) noexcept;

bool is_emoji_like(char32_t cp) noexcept;

// Text safe to print in a report: printable characters as they are, invisible, control and
// (optionally) all non-ASCII characters as \u{XXXX}; cut at max_bytes with "…".
std::string escape_display(std::string_view s, std::size_t max_bytes = 240,
                           bool escape_non_ascii = false, bool escape_backslash = true);

// Confusable skeleton of an identifier: folded, lowercased, separators dropped and ASCII
// look-alikes unified (0→o, 1/|→l, rn→m, vv→w), so "reаd_fi1e" and "read-file" compare equal.
std::string skeleton(std::string_view name);

}  // namespace sallyport::guard::detail
