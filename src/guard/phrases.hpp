// Phrase lookups shared by the guard's hand-written checks (analyzer, recast, shown-otherwise):
// whether a text holds any phrase of a list, anywhere or as a whole word.
#pragma once

#include <algorithm>
#include <cctype>
#include <span>
#include <string_view>

namespace sallyport::guard::detail {

// Whether `text` holds any of `list` anywhere (a phrase, not a whole word).
inline bool any_in(std::string_view text, std::span<const std::string_view> list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// Whether any of `list` stands in `text` as a whole word ("late" is not in "isolated"); bytes
// beyond ASCII count as letters.
inline bool any_word_in(std::string_view text, std::span<const std::string_view> list) {
  const auto letter = [&](std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    return std::isalnum(c) || c >= 0x80;
  };
  for (std::string_view w : list)
    for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1))
      if ((at == 0 || !letter(at - 1)) && (at + w.size() == text.size() || !letter(at + w.size())))
        return true;
  return false;
}

}  // namespace sallyport::guard::detail
