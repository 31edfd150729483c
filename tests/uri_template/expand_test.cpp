// Expansion against the examples of RFC 6570 itself: section 1.2 (levels 1-4) and the tables of
// section 3.2.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "sallyport/uri_template/uri_template.hpp"

namespace {

using sallyport::uri_template::AssocList;
using sallyport::uri_template::List;
using sallyport::uri_template::UriTemplate;
using sallyport::uri_template::Variables;

using Cases = std::vector<std::pair<std::string, std::string>>;

std::string expand(std::string_view text, const Variables& vars) {
  auto t = UriTemplate::parse(text);
  if (!t) return "PARSE ERROR: " + t.error();
  return t->expand(vars);
}

void check(const Variables& vars, const Cases& cases) {
  for (const auto& [text, expected] : cases) EXPECT_EQ(expand(text, vars), expected) << text;
}

// Section 1.2.
Variables level_vars() {
  return {
      {"var", "value"},
      {"hello", "Hello World!"},
      {"path", "/foo/bar"},
      {"empty", ""},
      {"x", "1024"},
      {"y", "768"},
      {"list", List{"red", "green", "blue"}},
      {"keys", AssocList{{"semi", ";"}, {"dot", "."}, {"comma", ","}}},
  };
}

TEST(ExpandRfc12, Level1) {
  check(level_vars(), {{"{var}", "value"}, {"{hello}", "Hello%20World%21"}});
}

TEST(ExpandRfc12, Level2) {
  check(level_vars(), {
                          {"{+var}", "value"},
                          {"{+hello}", "Hello%20World!"},
                          {"{+path}/here", "/foo/bar/here"},
                          {"here?ref={+path}", "here?ref=/foo/bar"},
                          {"X{#var}", "X#value"},
                          {"X{#hello}", "X#Hello%20World!"},
                      });
}

TEST(ExpandRfc12, Level3) {
  check(level_vars(), {
                          {"map?{x,y}", "map?1024,768"},
                          {"{x,hello,y}", "1024,Hello%20World%21,768"},
                          {"{+x,hello,y}", "1024,Hello%20World!,768"},
                          {"{+path,x}/here", "/foo/bar,1024/here"},
                          {"{#x,hello,y}", "#1024,Hello%20World!,768"},
                          {"{#path,x}/here", "#/foo/bar,1024/here"},
                          {"X{.var}", "X.value"},
                          {"X{.x,y}", "X.1024.768"},
                          {"{/var}", "/value"},
                          {"{/var,x}/here", "/value/1024/here"},
                          {"{;x,y}", ";x=1024;y=768"},
                          {"{;x,y,empty}", ";x=1024;y=768;empty"},
                          {"{?x,y}", "?x=1024&y=768"},
                          {"{?x,y,empty}", "?x=1024&y=768&empty="},
                          {"?fixed=yes{&x}", "?fixed=yes&x=1024"},
                          {"{&x,y,empty}", "&x=1024&y=768&empty="},
                      });
}

TEST(ExpandRfc12, Level4) {
  check(level_vars(), {
                          {"{var:3}", "val"},
                          {"{var:30}", "value"},
                          {"{list}", "red,green,blue"},
                          {"{list*}", "red,green,blue"},
                          {"{keys}", "semi,%3B,dot,.,comma,%2C"},
                          {"{keys*}", "semi=%3B,dot=.,comma=%2C"},
                          {"{+path:6}/here", "/foo/b/here"},
                          {"{+list}", "red,green,blue"},
                          {"{+list*}", "red,green,blue"},
                          {"{+keys}", "semi,;,dot,.,comma,,"},
                          {"{+keys*}", "semi=;,dot=.,comma=,"},
                          {"{#path:6}/here", "#/foo/b/here"},
                          {"{#list}", "#red,green,blue"},
                          {"{#list*}", "#red,green,blue"},
                          {"{#keys}", "#semi,;,dot,.,comma,,"},
                          {"{#keys*}", "#semi=;,dot=.,comma=,"},
                          {"X{.var:3}", "X.val"},
                          {"X{.list}", "X.red,green,blue"},
                          {"X{.list*}", "X.red.green.blue"},
                          {"X{.keys}", "X.semi,%3B,dot,.,comma,%2C"},
                          {"X{.keys*}", "X.semi=%3B.dot=..comma=%2C"},
                          {"{/var:1,var}", "/v/value"},
                          {"{/list}", "/red,green,blue"},
                          {"{/list*}", "/red/green/blue"},
                          {"{/list*,path:4}", "/red/green/blue/%2Ffoo"},
                          {"{/keys}", "/semi,%3B,dot,.,comma,%2C"},
                          {"{/keys*}", "/semi=%3B/dot=./comma=%2C"},
                          {"{;hello:5}", ";hello=Hello"},
                          {"{;list}", ";list=red,green,blue"},
                          {"{;list*}", ";list=red;list=green;list=blue"},
                          {"{;keys}", ";keys=semi,%3B,dot,.,comma,%2C"},
                          {"{;keys*}", ";semi=%3B;dot=.;comma=%2C"},
                          {"{?var:3}", "?var=val"},
                          {"{?list}", "?list=red,green,blue"},
                          {"{?list*}", "?list=red&list=green&list=blue"},
                          {"{?keys}", "?keys=semi,%3B,dot,.,comma,%2C"},
                          {"{?keys*}", "?semi=%3B&dot=.&comma=%2C"},
                          {"{&var:3}", "&var=val"},
                          {"{&list}", "&list=red,green,blue"},
                          {"{&list*}", "&list=red&list=green&list=blue"},
                          {"{&keys}", "&keys=semi,%3B,dot,.,comma,%2C"},
                          {"{&keys*}", "&semi=%3B&dot=.&comma=%2C"},
                      });
}

// Section 3.2.
Variables section3_vars() {
  return {
      {"count", List{"one", "two", "three"}},
      {"dom", List{"example", "com"}},
      {"dub", "me/too"},
      {"hello", "Hello World!"},
      {"half", "50%"},
      {"var", "value"},
      {"who", "fred"},
      {"base", "http://example.com/home/"},
      {"path", "/foo/bar"},
      {"list", List{"red", "green", "blue"}},
      {"keys", AssocList{{"semi", ";"}, {"dot", "."}, {"comma", ","}}},
      {"v", "6"},
      {"x", "1024"},
      {"y", "768"},
      {"empty", ""},
      {"empty_keys", AssocList{}},
      // "undef" is simply absent.
  };
}

TEST(ExpandRfc32, VariableExpansion) {  // 3.2.1
  check(section3_vars(), {
                             {"{count}", "one,two,three"},
                             {"{count*}", "one,two,three"},
                             {"{/count}", "/one,two,three"},
                             {"{/count*}", "/one/two/three"},
                             {"{;count}", ";count=one,two,three"},
                             {"{;count*}", ";count=one;count=two;count=three"},
                             {"{?count}", "?count=one,two,three"},
                             {"{?count*}", "?count=one&count=two&count=three"},
                             {"{&count*}", "&count=one&count=two&count=three"},
                         });
}

TEST(ExpandRfc32, SimpleString) {  // 3.2.2
  check(section3_vars(), {
                             {"{var}", "value"},
                             {"{hello}", "Hello%20World%21"},
                             {"{half}", "50%25"},
                             {"O{empty}X", "OX"},
                             {"O{undef}X", "OX"},
                             {"{x,y}", "1024,768"},
                             {"{x,hello,y}", "1024,Hello%20World%21,768"},
                             {"?{x,empty}", "?1024,"},
                             {"?{x,undef}", "?1024"},
                             {"?{undef,y}", "?768"},
                             {"{var:3}", "val"},
                             {"{var:30}", "value"},
                             {"{list}", "red,green,blue"},
                             {"{list*}", "red,green,blue"},
                             {"{keys}", "semi,%3B,dot,.,comma,%2C"},
                             {"{keys*}", "semi=%3B,dot=.,comma=%2C"},
                         });
}

TEST(ExpandRfc32, Reserved) {  // 3.2.3
  check(section3_vars(), {
                             {"{+var}", "value"},
                             {"{+hello}", "Hello%20World!"},
                             {"{+half}", "50%25"},
                             {"{base}index", "http%3A%2F%2Fexample.com%2Fhome%2Findex"},
                             {"{+base}index", "http://example.com/home/index"},
                             {"O{+empty}X", "OX"},
                             {"O{+undef}X", "OX"},
                             {"{+path}/here", "/foo/bar/here"},
                             {"here?ref={+path}", "here?ref=/foo/bar"},
                             {"up{+path}{var}/here", "up/foo/barvalue/here"},
                             {"{+x,hello,y}", "1024,Hello%20World!,768"},
                             {"{+path,x}/here", "/foo/bar,1024/here"},
                             {"{+path:6}/here", "/foo/b/here"},
                             {"{+list}", "red,green,blue"},
                             {"{+list*}", "red,green,blue"},
                             {"{+keys}", "semi,;,dot,.,comma,,"},
                             {"{+keys*}", "semi=;,dot=.,comma=,"},
                         });
}

TEST(ExpandRfc32, Fragment) {  // 3.2.4
  check(section3_vars(), {
                             {"{#var}", "#value"},
                             {"{#hello}", "#Hello%20World!"},
                             {"{#half}", "#50%25"},
                             {"foo{#empty}", "foo#"},
                             {"foo{#undef}", "foo"},
                             {"{#x,hello,y}", "#1024,Hello%20World!,768"},
                             {"{#path,x}/here", "#/foo/bar,1024/here"},
                             {"{#path:6}/here", "#/foo/b/here"},
                             {"{#list}", "#red,green,blue"},
                             {"{#list*}", "#red,green,blue"},
                             {"{#keys}", "#semi,;,dot,.,comma,,"},
                             {"{#keys*}", "#semi=;,dot=.,comma=,"},
                         });
}

TEST(ExpandRfc32, Label) {  // 3.2.5
  check(section3_vars(), {
                             {"{.who}", ".fred"},
                             {"{.who,who}", ".fred.fred"},
                             {"{.half,who}", ".50%25.fred"},
                             {"www{.dom*}", "www.example.com"},
                             {"X{.var}", "X.value"},
                             {"X{.empty}", "X."},
                             {"X{.undef}", "X"},
                             {"X{.var:3}", "X.val"},
                             {"X{.list}", "X.red,green,blue"},
                             {"X{.list*}", "X.red.green.blue"},
                             {"X{.keys}", "X.semi,%3B,dot,.,comma,%2C"},
                             {"X{.keys*}", "X.semi=%3B.dot=..comma=%2C"},
                             {"X{.empty_keys}", "X"},
                             {"X{.empty_keys*}", "X"},
                         });
}

TEST(ExpandRfc32, PathSegment) {  // 3.2.6
  check(section3_vars(), {
                             {"{/who}", "/fred"},
                             {"{/who,who}", "/fred/fred"},
                             {"{/half,who}", "/50%25/fred"},
                             {"{/who,dub}", "/fred/me%2Ftoo"},
                             {"{/var}", "/value"},
                             {"{/var,empty}", "/value/"},
                             {"{/var,undef}", "/value"},
                             {"{/var,x}/here", "/value/1024/here"},
                             {"{/var:1,var}", "/v/value"},
                             {"{/list}", "/red,green,blue"},
                             {"{/list*}", "/red/green/blue"},
                             {"{/list*,path:4}", "/red/green/blue/%2Ffoo"},
                             {"{/keys}", "/semi,%3B,dot,.,comma,%2C"},
                             {"{/keys*}", "/semi=%3B/dot=./comma=%2C"},
                         });
}

TEST(ExpandRfc32, PathStyleParameter) {  // 3.2.7
  check(section3_vars(), {
                             {"{;who}", ";who=fred"},
                             {"{;half}", ";half=50%25"},
                             {"{;empty}", ";empty"},
                             {"{;v,empty,who}", ";v=6;empty;who=fred"},
                             {"{;v,bar,who}", ";v=6;who=fred"},
                             {"{;x,y}", ";x=1024;y=768"},
                             {"{;x,y,empty}", ";x=1024;y=768;empty"},
                             {"{;x,y,undef}", ";x=1024;y=768"},
                             {"{;hello:5}", ";hello=Hello"},
                             {"{;list}", ";list=red,green,blue"},
                             {"{;list*}", ";list=red;list=green;list=blue"},
                             {"{;keys}", ";keys=semi,%3B,dot,.,comma,%2C"},
                             {"{;keys*}", ";semi=%3B;dot=.;comma=%2C"},
                         });
}

TEST(ExpandRfc32, FormStyleQuery) {  // 3.2.8
  check(section3_vars(), {
                             {"{?who}", "?who=fred"},
                             {"{?half}", "?half=50%25"},
                             {"{?x,y}", "?x=1024&y=768"},
                             {"{?x,y,empty}", "?x=1024&y=768&empty="},
                             {"{?x,y,undef}", "?x=1024&y=768"},
                             {"{?var:3}", "?var=val"},
                             {"{?list}", "?list=red,green,blue"},
                             {"{?list*}", "?list=red&list=green&list=blue"},
                             {"{?keys}", "?keys=semi,%3B,dot,.,comma,%2C"},
                             {"{?keys*}", "?semi=%3B&dot=.&comma=%2C"},
                         });
}

TEST(ExpandRfc32, FormStyleQueryContinuation) {  // 3.2.9
  check(section3_vars(), {
                             {"{&who}", "&who=fred"},
                             {"{&half}", "&half=50%25"},
                             {"?fixed=yes{&x}", "?fixed=yes&x=1024"},
                             {"{&x,y,empty}", "&x=1024&y=768&empty="},
                             {"{&var:3}", "&var=val"},
                             {"{&list}", "&list=red,green,blue"},
                             {"{&list*}", "&list=red&list=green&list=blue"},
                             {"{&keys}", "&keys=semi,%3B,dot,.,comma,%2C"},
                             {"{&keys*}", "&semi=%3B&dot=.&comma=%2C"},
                         });
}

TEST(Expand, AllUndefinedExpressionsVanish) {
  check({}, {{"{/a,b}{.c}{;d}{?e}{&f}{#g}{+h}{i}", ""}, {"x{?a,b}", "x"}});
}

TEST(Expand, PrefixCountsCharactersNotBytes) {
  // "é" is two bytes, "😀" four: a prefix never splits one.
  check({{"word", "\xC3\xA9t\xC3\xA9"}, {"smile", "\xF0\x9F\x98\x80!"}},
        {{"{word:1}", "%C3%A9"}, {"{word:2}", "%C3%A9t"}, {"{smile:1}", "%F0%9F%98%80"}});
}

TEST(Expand, PercentTripletsKeptOnlyForReservedOperators) {
  check({{"v", "a%20b%zz%"}}, {{"{v}", "a%2520b%25zz%25"},
                               {"{+v}", "a%20b%25zz%25"},
                               {"{#v}", "#a%20b%25zz%25"},
                               {"{/v}", "/a%2520b%25zz%25"}});
}

TEST(Expand, ControlAndNonAsciiBytesAreEncoded) {
  check({{"v", std::string("a\0b\n\xC3\xA9", 6)}},
        {{"{v}", "a%00b%0A%C3%A9"}, {"{+v}", "a%00b%0A%C3%A9"}});
}

TEST(Expand, NonAsciiLiteralsAreEncodedAndTripletsKept) {
  check({{"id", "7"}}, {{"caf\xC3\xA9/{id}", "caf%C3%A9/7"}, {"a%2Fb/{id}", "a%2Fb/7"}});
}

TEST(Expand, EmptyValuesInExplodedNamedLists) {
  check({{"l", List{"a", ""}}, {"m", AssocList{{"k", ""}, {"j", "1"}}}}, {{"{;l*}", ";l=a;l"},
                                                                          {"{?l*}", "?l=a&l="},
                                                                          {"{;m*}", ";k;j=1"},
                                                                          {"{?m*}", "?k=&j=1"},
                                                                          {"{m*}", "k=,j=1"}});
}

TEST(Expand, McpResourceTemplates) {
  check({{"id", "42"}, {"path", "docs/read me.md"}, {"month", "3"}},
        {{"test://template/{id}/data", "test://template/42/data"},
         {"file:///{+path}", "file:///docs/read%20me.md"},
         {"bank://accounts/{id}/statement{?month,year}", "bank://accounts/42/statement?month=3"}});
}

TEST(VariablesFromJson, ScalarsListsAndObjects) {
  const auto json = boost::json::parse(R"({"s":"x","n":3,"b":true,"z":null,
      "l":["a",1],"o":{"k":"v","n":2.5}})");
  const auto vars = sallyport::uri_template::variables_from_json(json.as_object());
  ASSERT_TRUE(vars.has_value()) << vars.error();
  EXPECT_EQ(std::get<std::string>(vars->at("s")), "x");
  EXPECT_EQ(std::get<std::string>(vars->at("n")), "3");
  EXPECT_EQ(std::get<std::string>(vars->at("b")), "true");
  EXPECT_FALSE(vars->contains("z"));
  EXPECT_EQ(std::get<List>(vars->at("l")), (List{"a", "1"}));
  EXPECT_EQ(std::get<AssocList>(vars->at("o")), (AssocList{{"k", "v"}, {"n", "2.5"}}));
  EXPECT_EQ(expand("{s}{?l*}", *vars), "x?l=a&l=1");
}

TEST(VariablesFromJson, NestedValuesAreRejected) {
  for (const char* text : {R"({"a":[[1]]})", R"({"a":{"b":{}}})", R"({"a":[null]})"}) {
    const auto json = boost::json::parse(text);
    const auto vars = sallyport::uri_template::variables_from_json(json.as_object());
    ASSERT_FALSE(vars.has_value()) << text;
    EXPECT_NE(vars.error().find("'a'"), std::string::npos);
  }
}

}  // namespace
