#include "guard/rot13.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace sallyport::guard::detail {
namespace {

constexpr std::size_t kMinWords = 5;
constexpr std::size_t kMaxRuns = 4;
constexpr std::size_t kMaxText = 64 * 1024;

// Words frequent in English prose and in instructions: plain text is full of them, its
// rotation has none (and rotated German or French stays gibberish, so only English counts).
constexpr std::array<std::string_view, 56> kCommon = {
    "the",    "a",    "an",    "to",     "of",     "and",      "in",      "is",
    "for",    "with", "on",    "at",     "by",     "from",     "it",      "this",
    "that",   "be",   "are",   "or",     "as",     "you",      "your",    "all",
    "any",    "not",  "if",    "then",   "when",   "into",     "will",    "must",
    "should", "do",   "every", "each",   "user",   "send",     "include", "read",
    "file",   "link", "data",  "always", "never",  "call",     "tool",    "after",
    "before", "also", "token", "key",    "secret", "contents", "ignore",  "instructions"};

bool common(std::string_view w) {
  return std::find(kCommon.begin(), kCommon.end(), w) != kCommon.end();
}

bool boundary(char c) {
  return c == '\n' || c == '[' || c == ']' || c == '(' || c == ')' || c == '"' || c == '<' ||
         c == '>' || c == '{' || c == '}';
}

// Words of a segment, lowercased, letters only; how many are common, plain and rotated.
struct Tally {
  std::size_t words = 0, plain = 0, rotated = 0;
};

// A word with letters outside ASCII ("Dịch", "zurück") is no rotated English: it is left out,
// and a segment with many of them is no candidate at all.
Tally tally(std::string_view seg) {
  Tally t;
  std::size_t foreign = 0;
  std::string w;
  bool ascii = true;
  const auto flush = [&] {
    if (!w.empty() && ascii) {
      ++t.words;
      if (common(w)) ++t.plain;
      if (common(rot13(w))) ++t.rotated;
    } else if (!w.empty() || !ascii) {
      ++foreign;
    }
    w.clear();
    ascii = true;
  };
  for (char c : seg) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80)
      ascii = false;
    else if (std::isalpha(u))
      w.push_back(static_cast<char>(std::tolower(u)));
    else
      flush();
  }
  flush();
  if (foreign * 5 > t.words) t.rotated = 0;
  return t;
}

}  // namespace

std::string rot13(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z')
      c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return out;
}

std::vector<Rot13Run> rot13_runs(std::string_view text) {
  std::vector<Rot13Run> out;
  if (text.size() > kMaxText) text = text.substr(0, kMaxText);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size() && out.size() < kMaxRuns; ++i) {
    // a sentence ends at ". " (not inside "example.com")
    const bool end = i == text.size() || boundary(text[i]) ||
                     ((text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == ';') &&
                      (i + 1 == text.size() || text[i + 1] == ' '));
    if (!end) continue;
    const std::string_view seg = text.substr(start, i - start);
    const Tally t = tally(seg);
    // rotated English: at least a quarter of the words common after rotation, almost none before
    if (t.words >= kMinWords && t.rotated * 4 >= t.words && t.plain * 10 <= t.words &&
        t.rotated >= 3)
      out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), rot13(seg)});
    start = i + 1;
  }
  return out;
}

}  // namespace sallyport::guard::detail
