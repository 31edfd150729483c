// Sentences of a lowercase definition text, for the checks that read one sentence at a time
// (status-recast, shown-otherwise).
#pragma once

#include <cstddef>
#include <string_view>

namespace sallyport::guard::detail {

// The first sentence of `low` of at most 600 bytes for which `holds` is true; empty when none,
// or when `low` is over 16 KB (bounded work). A sentence ends at ". ", "!", "?", a line break,
// "。" and, when `at_semicolons`, ";"; a dot inside "10.40.0.0/16" or "v2.3" does not end it.
template <typename Pred>
std::string_view first_sentence_where(std::string_view low, bool at_semicolons, Pred holds) {
  if (low.size() > 16 * 1024) return {};
  constexpr std::string_view kFullStop = "\xE3\x80\x82";  // 。
  std::size_t start = 0;
  while (start < low.size()) {
    std::size_t end = start;
    while (end < low.size()) {
      const char c = low[end];
      if ((c == ';' && at_semicolons) || c == '!' || c == '?' || c == '\n' ||
          (c == '.' && (end + 1 == low.size() || low[end + 1] == ' ')))
        break;
      if (low.compare(end, kFullStop.size(), kFullStop) == 0) break;
      ++end;
    }
    const std::string_view sentence = low.substr(start, end - start);
    if (sentence.size() <= 600 && holds(sentence)) return sentence;
    start = end + (low.compare(end, kFullStop.size(), kFullStop) == 0 ? kFullStop.size() : 1);
  }
  return {};
}

}  // namespace sallyport::guard::detail
