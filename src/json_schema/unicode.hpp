#pragma once
// Code point sets for the regex translation: Unicode properties (\p{..}) and the ECMAScript
// character class escapes (\d \w \s), which std::regex would otherwise take from the C locale.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace sallyport::json_schema::detail {

struct CategoryRun {
  std::uint32_t first;
  std::uint8_t category;
};
inline constexpr std::size_t kCategoryCount = 30;
inline constexpr std::size_t kCategoryRunCount = 3968;
extern const char* const kCategoryNames[kCategoryCount];
extern const CategoryRun kCategoryRuns[kCategoryRunCount];

// Sorted, disjoint, non-adjacent inclusive ranges.
using CodeRanges = std::vector<std::pair<char32_t, char32_t>>;

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// General_Category values (short or long names and the aliases of UCD PropertyValueAliases,
// optionally prefixed "General_Category=" or "gc=") plus Any, ASCII and Assigned.
// nullopt for anything else (scripts and other binary properties are not supported).
std::optional<CodeRanges> unicode_property(std::string_view name);

CodeRanges complement(const CodeRanges& r);

}  // namespace sallyport::json_schema::detail
