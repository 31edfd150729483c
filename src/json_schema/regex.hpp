#pragma once
// ECMA-262 regular expressions for "pattern" and "patternProperties", made safe for hostile input:
//  - std::regex in libstdc++'s polynomial mode (Thompson NFA, no back-references), so matching is
//    O(input × states) instead of exponential backtracking, and does not recurse per character;
//  - a search is one anchored match of `[\s\S]*(?:P)[\s\S]*`, which keeps it linear too (an
//    unanchored std::regex_search restarts at every position);
//  - a pre-scan rejects patterns whose expansion ({n,m} copies states) or group nesting is large,
//    before std::regex builds anything;
//  - code point semantics ("." is one character even outside the BMP) via a wide regex over
//    UTF-32; ASCII-only strings use a narrow twin to avoid the conversion.

#include <cstddef>
#include <expected>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace sallyport::json_schema::detail {

class Regex {
 public:
  static std::expected<Regex, std::string> compile(std::string_view pattern,
                                                   std::size_t max_pattern_length);

  enum class Result { kMatch, kNoMatch, kInputTooLong };
  // Does the pattern match anywhere in `utf8`? Strings longer than `max_code_points` are not
  // matched at all (kInputTooLong) so callers can fail closed.
  Result search(std::string_view utf8, std::size_t max_code_points) const;

  const std::string& source() const { return source_; }

 private:
  std::string source_;
  std::wregex wide_;
  std::optional<std::regex> narrow_;  // set when the pattern behaves identically on ASCII input
};

// Pattern complexity caps, shared with tests.
inline constexpr std::size_t kMaxRegexStates = 4096;
inline constexpr std::size_t kMaxRegexGroupDepth = 32;

}  // namespace sallyport::json_schema::detail
