#pragma once
// RFC 3986 reference resolution, just enough for $id/$ref: no normalisation beyond
// dot-segment removal, no percent-decoding (identifiers compare as resolved strings).

#include <string>
#include <string_view>

namespace sallyport::json_schema::uri {

// Resolves `ref` against the absolute URI `base` (RFC 3986 §5.2.2, strict).
std::string resolve(std::string_view base, std::string_view ref);

// Splits "abs#frag" into its parts; `fragment` excludes the '#'. `has_fragment` tells "x#" from
// "x".
struct Split {
  std::string_view absolute;
  std::string_view fragment;
  bool has_fragment = false;
};
Split split_fragment(std::string_view uri);

// Decodes %XX escapes (used on fragments before reading them as JSON Pointers). Invalid escapes
// are kept verbatim.
std::string percent_decode(std::string_view s);

}  // namespace sallyport::json_schema::uri
