// RFC 6570 section 2: what parses, what does not, and where the error is reported.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sallyport/uri_template/uri_template.hpp"

namespace {

using sallyport::uri_template::kMaxTemplateLength;
using sallyport::uri_template::kMaxVarSpecs;
using sallyport::uri_template::UriTemplate;

std::string error_of(std::string_view text) {
  auto t = UriTemplate::parse(text);
  return t ? std::string("parsed") : t.error();
}

TEST(Parse, AcceptsLevel4Syntax) {
  for (const char* text : {"",
                           "plain",
                           "http://example.com/~user/a-b_c.d!$&()*+,;=:@[]",
                           "caf\xC3\xA9{x}",
                           "%2F{x}",
                           "{var}",
                           "{+var}",
                           "{#var}",
                           "{.var}",
                           "{/var}",
                           "{;var}",
                           "{?var}",
                           "{&var}",
                           "{a,b,c}",
                           "{var:1}",
                           "{var:9999}",
                           "{list*}",
                           "{a.b.c}",
                           "{%41b}",
                           "{_0}",
                           "{/list*,path:4}",
                           "test://template/{id}/data",
                           "file:///{+path}",
                           "bank://accounts/{id}/statement{?month,year}"}) {
    EXPECT_EQ(error_of(text), "parsed") << text;
  }
}

TEST(Parse, ErrorsNameTheProblemAndOffset) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a{b", "unterminated expression at offset 1"},
      {"a{", "unterminated expression at offset 1"},
      {"a{b,", "unterminated expression at offset 1"},
      {"a}b", "'}' without a matching '{' at offset 1"},
      {"x{}", "empty expression at offset 1"},
      {"{=a}", "operator '=' is reserved for future extensions at offset 1"},
      {"{|a}", "operator '|' is reserved"},
      {"{a:0}", "prefix length must be a number from 1 to 9999 at offset 3"},
      {"{a:10000}", "prefix length must be a number from 1 to 9999 at offset 3"},
      {"{a:}", "prefix length must be a number from 1 to 9999 at offset 3"},
      {"{a:3*}", "unexpected '*' in expression at offset 4"},
      {"{a*:3}", "unexpected ':' in expression at offset 3"},
      {"{a b}", "unexpected byte 0x20 in expression at offset 2"},
      {"{a{b}}", "unexpected '{' in expression at offset 2"},
      {"{.a.}", "a '.' in a variable name must be followed by a letter, digit or '_' at offset 3"},
      {"{a..b}", "a '.' in a variable name must be followed by a letter, digit or '_' at offset 2"},
      {"{.}", "expected a variable name, found '}' at offset 2"},
      {"{,a}", "operator ',' is reserved for future extensions at offset 1"},
      {"{/,a}", "expected a variable name, found ',' at offset 2"},
      {"{a,}", "expected a variable name, found '}' at offset 3"},
      {"{a-b}", "unexpected '-' in expression at offset 2"},
      {"{%4}", "'%' in a variable name must start %XX at offset 1"},
      {"ab%zz", "'%' must start a %XX triplet at offset 2"},
      {"ab%4", "'%' must start a %XX triplet at offset 2"},
      {"a b", "byte 0x20 is not allowed in a URI template at offset 1"},
      {"a\"b", "'\"' is not allowed"},
      {"a'b", "''' is not allowed"},
      {"a<b", "'<' is not allowed"},
      {"a\\b", "'\\' is not allowed"},
      {"a^b", "'^' is not allowed"},
      {"a`b", "'`' is not allowed"},
      {"a|b", "'|' is not allowed"},
      {std::string("a\0b", 3), "byte 0x00 is not allowed in a URI template at offset 1"},
      {"a\x7f", "byte 0x7F is not allowed"},
      {"ab\xC3", "invalid UTF-8 at offset 2"},
      {"ab\xC0\xAF", "invalid UTF-8 at offset 2"},          // overlong '/'
      {"ab\xED\xA0\x80", "invalid UTF-8 at offset 2"},      // surrogate
      {"ab\xF4\x90\x80\x80", "invalid UTF-8 at offset 2"},  // past U+10FFFF
  };
  for (const auto& [text, expected] : cases) {
    const std::string error = error_of(text);
    EXPECT_NE(error.find(expected), std::string::npos) << text << " -> " << error;
    EXPECT_EQ(error.rfind("uri template: ", 0), 0U) << error;
  }
}

TEST(Parse, BoundsTemplateLength) {
  EXPECT_EQ(error_of(std::string(kMaxTemplateLength, 'a')), "parsed");
  EXPECT_NE(error_of(std::string(kMaxTemplateLength + 1, 'a')).find("over the limit"),
            std::string::npos);
}

TEST(Parse, BoundsVariableCount) {
  std::string ok;
  for (std::size_t i = 0; i < kMaxVarSpecs; ++i) ok += "{v" + std::to_string(i) + "}";
  EXPECT_EQ(error_of(ok), "parsed");
  EXPECT_NE(error_of(ok + "{one_more}").find("more than 64 variables at offset"),
            std::string::npos);
}

TEST(Parse, VariableNamesAreDistinctInOrder) {
  const auto t = UriTemplate::parse("x/{b}{/a,b}{?c*,a:2}{#d}");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->variable_names(), (std::vector<std::string>{"b", "a", "c", "d"}));
  EXPECT_EQ(t->text(), "x/{b}{/a,b}{?c*,a:2}{#d}");
}

TEST(Parse, CopiesShareTheParsedTemplate) {
  auto t = UriTemplate::parse("a/{id}");
  ASSERT_TRUE(t.has_value());
  const UriTemplate copy = *t;
  t = UriTemplate::parse("b/{other}");
  EXPECT_EQ(copy.text(), "a/{id}");
  EXPECT_EQ(copy.expand({{"id", "1"}}), "a/1");
}

}  // namespace
