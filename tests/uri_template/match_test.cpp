// Reverse matching: the rules documented in uri_template.hpp, one group of cases per rule.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <random>
#include <string>

#include "sallyport/uri_template/uri_template.hpp"

namespace {

using sallyport::uri_template::kMaxUriLength;
using sallyport::uri_template::List;
using sallyport::uri_template::UriTemplate;
using sallyport::uri_template::Variables;
using Vars = std::map<std::string, std::string>;

std::optional<Vars> match(std::string_view text, std::string_view uri) {
  auto t = UriTemplate::parse(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t ? t->match(uri) : std::nullopt;
}

void expect_match(std::string_view text, std::string_view uri, const Vars& expected) {
  const auto got = match(text, uri);
  ASSERT_TRUE(got.has_value()) << text << " vs " << uri;
  EXPECT_EQ(*got, expected) << text << " vs " << uri;
}

void expect_no_match(std::string_view text, std::string_view uri) {
  EXPECT_EQ(match(text, uri), std::nullopt) << text << " vs " << uri;
}

TEST(Match, LiteralsOnly) {
  expect_match("test://static/resource", "test://static/resource", {});
  expect_no_match("test://static/resource", "test://static/resource2");
  expect_no_match("test://static/resource", "test://static/resourc");
  expect_no_match("test://static/resource", "");
  expect_match("", "", {});
}

TEST(Match, SimpleVariableIsOneSegment) {
  expect_match("test://template/{id}/data", "test://template/42/data", {{"id", "42"}});
  expect_match("a/{id}/b", "a/x:y@z!/b", {{"id", "x:y@z!"}});
  expect_no_match("a/{id}/b", "a/x/y/b");
  expect_no_match("a/{id}", "a/x/y");
  expect_no_match("a/{id}", "a/x?y");
  expect_no_match("a/{id}", "a/x#y");
  expect_match("a/{id}/b", "a//b", {{"id", ""}});  // what {id} = "" expands to
  expect_match("users/{user}/repos/{repo}", "users/ann/repos/kit",
               {{"user", "ann"}, {"repo", "kit"}});
}

TEST(Match, ValuesArePercentDecoded) {
  expect_match("a/{id}", "a/hello%20world", {{"id", "hello world"}});
  expect_match("a/{id}", "a/caf%C3%a9", {{"id", "caf\xC3\xA9"}});
  expect_match("a/{id}", "a/x%2Fy", {{"id", "x/y"}});  // faithful: callers must validate
  expect_match("a/{id}", "a/%00", {{"id", std::string(1, '\0')}});
  expect_no_match("a/{id}", "a/x%zz");
  expect_no_match("a/{id}", "a/x%4");
  expect_no_match("a/{id}", "a/x%");
}

TEST(Match, LiteralComparisonTolerance) {
  expect_match("caf\xC3\xA9/{id}", "caf\xC3\xA9/1", {{"id", "1"}});
  expect_match("caf\xC3\xA9/{id}", "caf%C3%A9/1", {{"id", "1"}});
  expect_match("caf\xC3\xA9/{id}", "caf%c3%a9/1", {{"id", "1"}});
  expect_match("a%2Fb/{id}", "a%2fb/1", {{"id", "1"}});
  expect_no_match("a%2Fb/{id}", "a/b/1");
  expect_match("{id}/a%2F", "1/a%2f", {{"id", "1"}});
  expect_match("{id}/a%2Fbc", "1/a%2fbc", {{"id", "1"}});
  expect_match("{id}/caf\xC3\xA9", "1/caf%c3%A9", {{"id", "1"}});
  expect_match("{id}/caf\xC3\xA9s", "1/caf\xC3\xA9s", {{"id", "1"}});
  expect_no_match("{id}/caf\xC3\xA9s", "1/caf\xC3\xA9t");
  expect_no_match("Test://x/{id}", "test://x/1");  // byte-for-byte
}

TEST(Match, ControlCharactersAndSpacesNeverMatch) {
  expect_no_match("a/{id}", "a/x y");
  expect_no_match("a/{+id}", "a/x\ny");
  expect_no_match("a/{#id}", std::string("a/#x\0", 5));
  expect_no_match("a/{?q}", "a/?q=\t");
  expect_no_match("a/{id}", "a/\x7f");
}

TEST(Match, ReservedSpansSlashes) {
  expect_match("file:///{+path}", "file:///a/b/c.txt", {{"path", "a/b/c.txt"}});
  expect_match("file:///{+path}", "file:///a/b?x=1#f", {{"path", "a/b?x=1#f"}});
  expect_match("file:///{+path}", "file:///", {{"path", ""}});
  expect_match("file:///{+path}", "file:///a%20b", {{"path", "a b"}});
  expect_match("{+base}index", "http://example.com/home/index",
               {{"base", "http://example.com/home/"}});
  expect_match("repo/{+path}/raw", "repo/a/b/raw/c/raw", {{"path", "a/b/raw/c"}});
  expect_match("{+path}{?q}", "a/b?q=1", {{"path", "a/b"}, {"q", "1"}});
  expect_match("{+path}{#f}", "a/b#top", {{"path", "a/b"}, {"f", "top"}});
  expect_match("{+a}/x/{b}", "p/x/q/x/r", {{"a", "p/x/q"}, {"b", "r"}});
  expect_no_match("file:///{+path}", "file://");
}

TEST(Match, Fragment) {
  expect_match("page{#frag}", "page#a/b?c", {{"frag", "a/b?c"}});
  expect_match("page{#frag}", "page#", {{"frag", ""}});
  expect_match("page{#frag}", "page", {});
  expect_match("page{#x,y}", "page#1,2", {{"x", "1"}, {"y", "2"}});
}

TEST(Match, SeveralVariablesInOneExpression) {
  expect_match("{x,y}", "1024,768", {{"x", "1024"}, {"y", "768"}});
  expect_match("{x,y}", "1024", {{"x", "1024"}});
  expect_match("map?{x,y}", "map?1024,768", {{"x", "1024"}, {"y", "768"}});
  expect_match("{x,hello,y}", "1024,Hello%20World%21,768",
               {{"x", "1024"}, {"hello", "Hello World!"}, {"y", "768"}});
  expect_match("{list}", "red,green,blue", {{"list", "red,green,blue"}});
  expect_match("{+path,x}/here", "/foo/bar,1024/here", {{"path", "/foo/bar"}, {"x", "1024"}});
}

TEST(Match, PathSegments) {
  expect_match("{/who}", "/fred", {{"who", "fred"}});
  expect_match("{/who}", "", {});
  expect_no_match("{/who}", "/fred/barney");
  expect_match("{/a,b}", "/x/y", {{"a", "x"}, {"b", "y"}});
  expect_match("{/a,b}", "/x", {{"a", "x"}});
  expect_match("{/var,x}/here", "/value/1024/here", {{"var", "value"}, {"x", "1024"}});
  expect_match("files{/path*}", "files/a/b/c", {{"path", "a/b/c"}});
  expect_match("files{/path*}{?v}", "files/a/b?v=2", {{"path", "a/b"}, {"v", "2"}});
  expect_match("{/var:1,var}", "/v/value", {{"var", "value"}});  // the full value wins
  expect_match("{/who,dub}", "/fred/me%2Ftoo", {{"who", "fred"}, {"dub", "me/too"}});
}

TEST(Match, Labels) {
  expect_match("X{.var}", "X.value", {{"var", "value"}});
  expect_match("X{.var}", "X", {});
  expect_match("X{.x,y}", "X.1024.768", {{"x", "1024"}, {"y", "768"}});
  expect_match("www{.dom*}", "www.example.com", {{"dom", "example.com"}});
  expect_match("file{.ext}", "file.tar.gz", {{"ext", "tar.gz"}});
  expect_match("{name}.{ext}", "a.tar.gz", {{"name", "a.tar"}, {"ext", "gz"}});
}

TEST(Match, PathStyleParameters) {
  expect_match("{;x,y}", ";x=1024;y=768", {{"x", "1024"}, {"y", "768"}});
  expect_match("{;x,y}", ";y=768", {{"y", "768"}});
  expect_match("{;v,empty,who}", ";v=6;empty;who=fred",
               {{"v", "6"}, {"empty", ""}, {"who", "fred"}});
  expect_match("{;list*}", ";list=red;list=green", {{"list", "list=red;list=green"}});
  expect_no_match("{;x}", ";y=1");
  expect_no_match("{;x}", ";x=1;y=2");
}

TEST(Match, QueryParametersAnyOrderAndOptional) {
  const char* t = "bank://accounts/{id}/statement{?month,year}";
  expect_match(t, "bank://accounts/7/statement", {{"id", "7"}});
  expect_match(t, "bank://accounts/7/statement?month=3", {{"id", "7"}, {"month", "3"}});
  expect_match(t, "bank://accounts/7/statement?month=3&year=2024",
               {{"id", "7"}, {"month", "3"}, {"year", "2024"}});
  expect_match(t, "bank://accounts/7/statement?year=2024&month=3",
               {{"id", "7"}, {"month", "3"}, {"year", "2024"}});
  expect_match(t, "bank://accounts/7/statement?year=20%32%34", {{"id", "7"}, {"year", "2024"}});
  expect_match(t, "bank://accounts/7/statement?month=", {{"id", "7"}, {"month", ""}});
  expect_match(t, "bank://accounts/7/statement?month", {{"id", "7"}, {"month", ""}});
  expect_match(t, "bank://accounts/7/statement?", {{"id", "7"}});
  expect_match(t, "bank://accounts/7/statement?month=3&&year=1",
               {{"id", "7"}, {"month", "3"}, {"year", "1"}});
  expect_match(t, "bank://accounts/7/statement?month=a=b", {{"id", "7"}, {"month", "a=b"}});
  expect_match(t, "bank://accounts/7/statement?month=1+2", {{"id", "7"}, {"month", "1+2"}});
  expect_match(t, "bank://accounts/7/statement?%6Donth=3", {{"id", "7"}, {"month", "3"}});
  expect_no_match(t, "bank://accounts/7/statement?month=3&month=4");  // given twice
  expect_no_match(t, "bank://accounts/7/statement?day=3");            // not in the template
  expect_no_match(t, "bank://accounts/7/statement?month=%zz");
  expect_no_match(t, "bank://accounts/7/8/statement");
  expect_no_match(t, "bank://accounts/7/statement&month=3");
}

TEST(Match, QueryContinuationJoinsTheGroup) {
  expect_match("/s{?q}{&lang,page}", "/s?page=2&q=x&lang=en",
               {{"q", "x"}, {"lang", "en"}, {"page", "2"}});
  expect_match("/items?type=book{&page}", "/items?type=book&page=2", {{"page", "2"}});
  expect_match("/items?type=book{&page}", "/items?type=book", {});
  expect_no_match("/items?type=book{&page}", "/items?page=2&type=book");  // literal: in place
  expect_match("search?q={query}&page={page}", "search?q=a%26b&page=2",
               {{"query", "a&b"}, {"page", "2"}});
  expect_match("/p{?q}{#f}", "/p?q=1#top", {{"q", "1"}, {"f", "top"}});
}

TEST(Match, ExplodedQueryCollectsTheRestVerbatim) {
  expect_match("/s{?q,rest*}", "/s?a=1&q=x%20y&b=%26", {{"q", "x y"}, {"rest", "a=1&b=%26"}});
  expect_match("/s{?q,rest*}", "/s?q=x", {{"q", "x"}});
  expect_match("/s{?list*}", "/s?list=red&list=green", {{"list", "list=red&list=green"}});
}

TEST(Match, RepeatedVariableMustAgree) {
  expect_match("{x}/{x}", "a/a", {{"x", "a"}});
  expect_no_match("{x}/{x}", "a/b");
  expect_match("{x}/x{?x}", "a/x?x=a", {{"x", "a"}});
  expect_no_match("{x}/x{?x}", "a/x?x=b");
  expect_match("{x:2}/{x}", "ab/abc", {{"x", "abc"}});
}

TEST(Match, UriLengthIsBounded) {
  const auto t = UriTemplate::parse("a/{+rest}");
  ASSERT_TRUE(t.has_value());
  const std::string ok = "a/" + std::string(kMaxUriLength - 2, 'x');
  const auto m = t->match(ok);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->at("rest").size(), kMaxUriLength - 2);
  EXPECT_EQ(t->match(ok + "x"), std::nullopt);
}

// match(expand(v)) == v for values the expansion cannot make ambiguous.
TEST(Match, RoundTripsExpansion) {
  std::mt19937 rng(6570);
  const auto random_value = [&](std::string_view alphabet) {
    std::string s(rng() % 12, ' ');
    for (auto& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte.push_back(static_cast<char>(b));
  const std::string no_dot = [&] {
    std::string s = every_byte;
    std::erase(s, '.');
    return s;
  }();
  const std::string plain = "abcXYZ019-_~/:@!$'()*;=";  // `+` keeps these as they are
  struct Case {
    const char* text;
    std::vector<std::string> alphabets;  // one per variable, in order of appearance
  };
  const std::vector<Case> cases = {
      {"test://template/{id}/data", {every_byte}},
      {"{a}/{b}", {every_byte, every_byte}},
      {"x{/s,t}{?q,r}", {every_byte, every_byte, every_byte, every_byte}},
      {"x{;p,q}", {every_byte, every_byte}},
      {"x{.e}", {no_dot}},
      {"{a,b}", {every_byte, every_byte}},
      {"file:///{+path}{?q}", {plain, every_byte}},
      {"{+p}{#f}", {plain, plain}},
      {"mail{?to,cc}{&subject}", {every_byte, every_byte, every_byte}},
  };
  for (const auto& c : cases) {
    const auto t = UriTemplate::parse(c.text);
    ASSERT_TRUE(t.has_value()) << c.text;
    ASSERT_EQ(t->variable_names().size(), c.alphabets.size()) << c.text;
    for (int round = 0; round < 300; ++round) {
      Variables vars;
      Vars expected;
      for (std::size_t i = 0; i < c.alphabets.size(); ++i) {
        const std::string v = random_value(c.alphabets[i]);
        vars.emplace(t->variable_names()[i], v);
        expected.emplace(t->variable_names()[i], v);
      }
      const std::string uri = t->expand(vars);
      const auto got = t->match(uri);
      ASSERT_TRUE(got.has_value()) << c.text << " vs " << uri;
      EXPECT_EQ(*got, expected) << c.text << " vs " << uri;
    }
  }
}

}  // namespace
