#include "json_schema/unicode.hpp"

#include <string>

namespace sallyport::json_schema::detail {
namespace {

struct Alias {
  std::string_view name;
  std::string_view categories;  // "L" selects every L* category, "Lu" just one; "LC" is special
};

// UCD PropertyValueAliases.txt, gc: short name, long name, other aliases.
// clang-format off
constexpr Alias kAliases[] = {
    {"C", "C"}, {"Other", "C"}, {"Cc", "Cc"}, {"Control", "Cc"}, {"cntrl", "Cc"}, {"Cf", "Cf"},
    {"Format", "Cf"}, {"Cn", "Cn"}, {"Unassigned", "Cn"}, {"Co", "Co"}, {"Private_Use", "Co"},
    {"Cs", "Cs"}, {"Surrogate", "Cs"}, {"L", "L"}, {"Letter", "L"}, {"LC", "LC"},
    {"Cased_Letter", "LC"}, {"Ll", "Ll"}, {"Lowercase_Letter", "Ll"}, {"Lm", "Lm"},
    {"Modifier_Letter", "Lm"}, {"Lo", "Lo"}, {"Other_Letter", "Lo"}, {"Lt", "Lt"},
    {"Titlecase_Letter", "Lt"}, {"Lu", "Lu"}, {"Uppercase_Letter", "Lu"}, {"M", "M"},
    {"Mark", "M"}, {"Combining_Mark", "M"}, {"Mc", "Mc"}, {"Spacing_Mark", "Mc"}, {"Me", "Me"},
    {"Enclosing_Mark", "Me"}, {"Mn", "Mn"}, {"Nonspacing_Mark", "Mn"}, {"N", "N"},
    {"Number", "N"}, {"Nd", "Nd"}, {"Decimal_Number", "Nd"}, {"digit", "Nd"}, {"Nl", "Nl"},
    {"Letter_Number", "Nl"}, {"No", "No"}, {"Other_Number", "No"}, {"P", "P"},
    {"Punctuation", "P"}, {"punct", "P"}, {"Pc", "Pc"}, {"Connector_Punctuation", "Pc"},
    {"Pd", "Pd"}, {"Dash_Punctuation", "Pd"}, {"Pe", "Pe"}, {"Close_Punctuation", "Pe"},
    {"Pf", "Pf"}, {"Final_Punctuation", "Pf"}, {"Pi", "Pi"}, {"Initial_Punctuation", "Pi"},
    {"Po", "Po"}, {"Other_Punctuation", "Po"}, {"Ps", "Ps"}, {"Open_Punctuation", "Ps"},
    {"S", "S"}, {"Symbol", "S"}, {"Sc", "Sc"}, {"Currency_Symbol", "Sc"}, {"Sk", "Sk"},
    {"Modifier_Symbol", "Sk"}, {"Sm", "Sm"}, {"Math_Symbol", "Sm"}, {"So", "So"},
    {"Other_Symbol", "So"}, {"Z", "Z"}, {"Separator", "Z"}, {"Zl", "Zl"},
    {"Line_Separator", "Zl"}, {"Zp", "Zp"}, {"Paragraph_Separator", "Zp"}, {"Zs", "Zs"},
    {"Space_Separator", "Zs"},
};
// clang-format on

bool category_selected(std::string_view selector, std::string_view category) {
  if (selector == "LC") return category == "Lu" || category == "Ll" || category == "Lt";
  return category.starts_with(selector);
}

void append(CodeRanges& r, char32_t lo, char32_t hi) {
  if (!r.empty() && r.back().second + 1 == lo) {
    r.back().second = hi;
  } else {
    r.emplace_back(lo, hi);
  }
}

CodeRanges categories(std::string_view selector) {
  CodeRanges r;
  for (std::size_t i = 0; i < kCategoryRunCount; ++i) {
    if (!category_selected(selector, kCategoryNames[kCategoryRuns[i].category])) continue;
    const char32_t last =
        i + 1 < kCategoryRunCount ? kCategoryRuns[i + 1].first - 1 : kMaxCodePoint;
    append(r, kCategoryRuns[i].first, last);
  }
  return r;
}

}  // namespace

std::optional<CodeRanges> unicode_property(std::string_view name) {
  if (name == "Any") return CodeRanges{{0, kMaxCodePoint}};
  if (name == "ASCII") return CodeRanges{{0, 0x7F}};
  if (name == "Assigned") return complement(categories("Cn"));
  for (std::string_view prefix : {"General_Category=", "gc="}) {
    if (name.starts_with(prefix)) {
      name.remove_prefix(prefix.size());
      break;
    }
  }
  for (const auto& a : kAliases) {
    if (a.name == name) return categories(a.categories);
  }
  return std::nullopt;
}

CodeRanges complement(const CodeRanges& r) {
  CodeRanges out;
  char32_t next = 0;
  for (const auto& [lo, hi] : r) {
    if (lo > next) out.emplace_back(next, lo - 1);
    next = hi + 1;
  }
  if (next <= kMaxCodePoint) out.emplace_back(next, kMaxCodePoint);
  return out;
}

}  // namespace sallyport::json_schema::detail
