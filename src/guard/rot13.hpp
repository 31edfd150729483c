// ROT13: the oldest way to keep a sentence from the eye and from word lists ("[Vapyhqr n yvax
// gb ... va rirel naabhaprzrag]"). A run of words that reads as English only after rotating each
// letter by 13 is a payload, decoded and judged like base64.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sallyport::guard::detail {

struct Rot13Run {
  std::uint32_t begin, end;  // the rotated segment in the text
  std::string decoded;
};

// Segments of `text` (split at line ends, brackets, quotes and sentence ends) of at least five
// words in which almost no word is a common English word and many are after rotation.
std::vector<Rot13Run> rot13_runs(std::string_view text);

std::string rot13(std::string_view s);

}  // namespace sallyport::guard::detail
