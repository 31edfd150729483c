// Internal helpers: URI resolution (RFC 3986 §5.4 examples), number comparison, regex search.

#include "json_schema/json_util.hpp"
#include "json_schema/regex.hpp"
#include "json_schema/uri.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <tuple>

namespace {

namespace json = boost::json;
using namespace sallyport::json_schema::detail;
namespace uri = sallyport::json_schema::uri;

TEST(Uri, Rfc3986NormalExamples) {
  const std::string base = "http://a/b/c/d;p?q";
  const std::pair<const char*, const char*> cases[] = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {";x", "http://a/b/c/;x"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/../y", "http://a/b/c/y"},
  };
  for (const auto& [ref, expected] : cases) EXPECT_EQ(uri::resolve(base, ref), expected) << ref;
}

TEST(Uri, UrnsAndFragments) {
  EXPECT_EQ(uri::resolve("urn:uuid:1234", "#/$defs/a"), "urn:uuid:1234#/$defs/a");
  EXPECT_EQ(uri::resolve("urn:example:x?=q", "#f"), "urn:example:x?=q#f");
  EXPECT_EQ(uri::resolve("file:///c:/folder/file.json", "#/a"), "file:///c:/folder/file.json#/a");
  auto s = uri::split_fragment("http://x/y#");
  EXPECT_EQ(s.absolute, "http://x/y");
  EXPECT_TRUE(s.has_fragment);
  EXPECT_TRUE(s.fragment.empty());
  EXPECT_EQ(uri::percent_decode("a%25b%22c%zz%4"), "a%b\"c%zz%4");
}

TEST(Numbers, ExactAcrossKinds) {
  const json::value i(std::int64_t{-5}), u(std::uint64_t{18446744073709551615ULL}), d(-5.0);
  EXPECT_EQ(compare_numbers(i, d), 0);
  EXPECT_LT(compare_numbers(i, u), 0);
  EXPECT_GT(compare_numbers(u, json::value(1.8e19)), 0);
  EXPECT_LT(compare_numbers(u, json::value(1.8446744073709552e19)), 0);  // == 2^64
  EXPECT_GT(compare_numbers(json::value(-4.5), i), 0);
  EXPECT_LT(compare_numbers(json::value(-5.5), i), 0);
  EXPECT_EQ(json_hash(json::value(0.0)), json_hash(json::value(-0.0)));
  EXPECT_EQ(json_hash(json::value(std::int64_t{7})), json_hash(json::value(7.0)));
  EXPECT_TRUE(is_multiple_of(json::value(1e308), json::value(0.5)));
  EXPECT_TRUE(is_multiple_of(json::value(0.0075), json::value(0.0001)));
  EXPECT_FALSE(is_multiple_of(json::value(0.00751), json::value(0.0001)));
  EXPECT_EQ(code_points("a\xC3\xA9\xF0\x9F\x92\xA9"), 3U);
}

TEST(Regex, AnchorsAndAlternation) {
  // The search wrapper is left out where the pattern anchors itself; results must not change.
  const std::tuple<const char*, const char*, bool> cases[] = {
      {"^ab", "abc", true},     {"^ab", "cab", false},     {"ab$", "cab", true},
      {"ab$", "abc", false},    {"^a|b$", "xbx", false},   {"^a|b$", "xb", true},
      {"^a|b$", "ax", true},    {"a\\$", "xa$y", true},    {"[$]", "x$y", true},
      {"(a)$", "ba", true},     {"(^a)", "ba", false},     {"^(a|b)$", "b", true},
      {"^(a|b)$", "ab", false}, {"^[^|]+$", "a|b", false}, {"a$|^b", "ba", true},
  };
  for (const auto& [pattern, input, expected] : cases) {
    auto rx = Regex::compile(pattern, 1024);
    ASSERT_TRUE(rx.has_value()) << pattern;
    EXPECT_EQ(rx->search(input, 100) == Regex::Result::kMatch, expected) << pattern << " " << input;
  }
}

TEST(Regex, SearchSemantics) {
  auto rx = Regex::compile("b+", 1024);
  ASSERT_TRUE(rx.has_value());
  EXPECT_EQ(rx->search("abba", 100), Regex::Result::kMatch);
  EXPECT_EQ(rx->search("aaa", 100), Regex::Result::kNoMatch);
  EXPECT_EQ(rx->search(std::string(101, 'b'), 100), Regex::Result::kInputTooLong);
  auto nonascii = Regex::compile("^\\u00e9+$", 1024);
  ASSERT_TRUE(nonascii.has_value());
  EXPECT_EQ(nonascii->search("\xC3\xA9\xC3\xA9", 100), Regex::Result::kMatch);
  EXPECT_EQ(nonascii->search("A", 100), Regex::Result::kNoMatch);  // no truncation to a char
  auto surrogates = Regex::compile("^\\ud83d\\udca9$", 1024);
  ASSERT_TRUE(surrogates.has_value());
  EXPECT_EQ(surrogates->search("\xF0\x9F\x92\xA9", 100), Regex::Result::kMatch);
  auto braces = Regex::compile("^\\u{1F4A9}\\cJ$", 1024);
  ASSERT_TRUE(braces.has_value());
  EXPECT_EQ(braces->search("\xF0\x9F\x92\xA9\n", 100), Regex::Result::kMatch);
  auto trailing = Regex::compile("a\\", 1024);
  EXPECT_FALSE(trailing.has_value());
  auto emptyset = Regex::compile("^[\\p{Lo}]|\\p{Zl}", 1024);
  ASSERT_TRUE(emptyset.has_value());
  EXPECT_EQ(emptyset->search("abc", 100), Regex::Result::kNoMatch);
  EXPECT_EQ(emptyset->search("\xE4\xB8\xAD", 100), Regex::Result::kMatch);  // 中 is Lo
}

}  // namespace
