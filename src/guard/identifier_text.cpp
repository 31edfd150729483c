#include "guard/identifier_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace sallyport::guard::detail {
namespace {

// Who an order in an identifier is for, and the override that needs no addressee.
constexpr std::string_view kAddressees[] = {"ai",     "llm",     "assistant", "assistants",
                                            "claude", "copilot", "gpt",       "chatgpt",
                                            "gemini", "agent",   "agents",    "bot"};

bool addressed(const std::vector<std::string>& words) {
  const auto has = [&](std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  return std::any_of(std::begin(kAddressees), std::end(kAddressees), has) ||
         (has("ignore") && (has("instructions") || has("instruction")));
}

// ASCII tests, inline (the <cctype> functions are calls into the C library and depend on the
// locale)
constexpr bool lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

// The words of one identifier: split at '-' and '_', and where a lower-case letter meets an
// upper-case one ("PolicyIsLegacy"); digits-only parts are dropped.
std::vector<std::string> spelled_words(std::string_view id) {
  std::vector<std::string> words;
  std::string cur;
  const auto flush = [&] {
    if (!cur.empty() &&
        std::any_of(cur.begin(), cur.end(), [](unsigned char c) { return lower(c) || upper(c); }))
      words.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < id.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    if (c == '-' || c == '_') {
      flush();
      continue;
    }
    if (upper(c) && i > 0 && lower(static_cast<unsigned char>(id[i - 1]))) flush();
    cur.push_back(static_cast<char>(upper(c) ? c + ('a' - 'A') : c));
  }
  flush();
  return words;
}

// One identifier run, judged when it ends.
void judge_run(std::string_view text, std::size_t begin, std::size_t end,
               std::vector<DecodedPayload>& out) {
  const std::string_view id = text.substr(begin, end - begin);
  const std::vector<std::string> words = spelled_words(id);
  // (words, not base64: "PHN2ZyB4bWxucz0i" splits into parts that mix letters and digits)
  const auto mixed = std::count_if(words.begin(), words.end(), [](const std::string& w) {
    return std::any_of(w.begin(), w.end(), [](unsigned char c) { return digit(c); });
  });
  if (words.size() < 6 || mixed > 1 || !addressed(words)) return;
  std::string sentence;
  for (const std::string& w : words) {
    if (!sentence.empty()) sentence.push_back(' ');
    sentence += w;
  }
  out.push_back(
      {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), std::move(sentence)});
}

}  // namespace

void identifier_sentences(std::string_view text, std::vector<DecodedPayload>& out,
                          std::size_t limit) {
  // Runs of identifier bytes found with tight table loops; only a run of 24 to 240 bytes has its
  // joints ('-', '_', a lower-case letter before an upper-case one) and digits counted, and only
  // one with five joints and few digits is split into words (most long runs are ids, hashes and
  // base64).
  enum : std::uint8_t { other, low, up, num, joint };
  static constexpr auto kClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = low;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = up;
    for (int c = '0'; c <= '9'; ++c) t[c] = num;
    t['-'] = t['_'] = joint;
    return t;
  }();
  const auto cls = [&](std::size_t k) {
    return kClass[static_cast<unsigned char>(text[k])];
  };
  const std::size_t before = out.size(), n = text.size();
  for (std::size_t i = 0; i < n;) {
    while (i < n && cls(i) == other) ++i;
    const std::size_t start = i;
    while (i < n && cls(i) != other) ++i;
    if (i - start < 24 || i - start > 240) continue;
    int joints = 0, digits = 0;
    for (std::size_t k = start; k < i; ++k) {
      const std::uint8_t c = cls(k);
      joints += c == joint || (c == up && k > start && cls(k - 1) == low);
      digits += c == num;
    }
    if (joints < 5 || digits > 8) continue;
    judge_run(text, start, i, out);
    if (out.size() - before >= limit) return;
  }
}

}  // namespace sallyport::guard::detail
