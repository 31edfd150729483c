#include "guard/identifier_text.hpp"

#include <algorithm>
#include <cctype>
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

bool ident_byte(unsigned char c) {
  return std::isalnum(c) || c == '_' || c == '-';
}

// The words of one identifier: split at '-' and '_', and where a lower-case letter meets an
// upper-case one ("PolicyIsLegacy"); digits-only parts are dropped.
std::vector<std::string> spelled_words(std::string_view id) {
  std::vector<std::string> words;
  std::string cur;
  const auto flush = [&] {
    if (!cur.empty() &&
        std::any_of(cur.begin(), cur.end(), [](unsigned char c) { return std::isalpha(c); }))
      words.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < id.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    if (c == '-' || c == '_') {
      flush();
      continue;
    }
    if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(id[i - 1]))) flush();
    cur.push_back(static_cast<char>(std::tolower(c)));
  }
  flush();
  return words;
}

}  // namespace

void identifier_sentences(std::string_view text, std::vector<DecodedPayload>& out,
                          std::size_t limit) {
  std::size_t found = 0;
  for (std::size_t i = 0; i < text.size() && found < limit;) {
    if (!ident_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < text.size() && ident_byte(static_cast<unsigned char>(text[e]))) ++e;
    const std::string_view id = text.substr(i, e - i);
    // (a sentence of six words or more, and no longer than a sentence: 24 to 240 bytes)
    if (id.size() >= 24 && id.size() <= 240) {
      const std::vector<std::string> words = spelled_words(id);
      // (words, not base64: "PHN2ZyB4bWxucz0i" splits into parts that mix letters and digits)
      const auto mixed = std::count_if(words.begin(), words.end(), [](const std::string& w) {
        return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); });
      });
      if (words.size() >= 6 && mixed <= 1 && addressed(words)) {
        std::string sentence;
        for (const std::string& w : words) {
          if (!sentence.empty()) sentence.push_back(' ');
          sentence += w;
        }
        out.push_back(
            {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), std::move(sentence)});
        ++found;
      }
    }
    i = e;
  }
}

}  // namespace sallyport::guard::detail
