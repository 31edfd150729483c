// Hostile schemas and instances: everything must terminate quickly, without crashing, and fail
// closed (a limit that is hit makes the instance invalid, never valid).

#include "sallyport/json_schema/validator.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <chrono>
#include <string>

namespace {

namespace json = boost::json;
using sallyport::json_schema::Limits;
using sallyport::json_schema::Schema;
using ::testing::HasSubstr;

Schema compile_value(const json::value& schema, const Limits& limits = {}) {
  auto s = Schema::compile(schema, limits);
  EXPECT_TRUE(s.has_value()) << (s ? "" : s.error());
  if (!s) return *Schema::compile(json::value(false));
  return *s;
}

Schema compile_ok(std::string_view text, const Limits& limits = {}) {
  return compile_value(json::parse(text), limits);
}

// Builds {"not": {"not": ... true}} `depth` levels deep without recursion.
json::value nested_not(std::size_t depth) {
  json::value v = true;
  for (std::size_t i = 0; i < depth; ++i) {
    json::object o;
    o["not"] = std::move(v);
    v = std::move(o);
  }
  return v;
}

std::string first_message(const Schema& s, const json::value& instance) {
  auto errors = s.validate(instance);
  return errors.empty() ? std::string() : errors.back().message;
}

TEST(Hostile, RefCyclesHitTheDepthLimit) {
  for (const char* text : {R"({"$ref": "#"})",
                           R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
                               "$ref": "#/$defs/a"})",
                           R"({"anyOf": [{"$ref": "#"}]})", R"({"not": {"$ref": "#"}})",
                           R"({"$dynamicAnchor": "x", "$dynamicRef": "#x"})"}) {
    const Schema s = compile_ok(text);
    const json::value instance = json::parse(R"({"a": 1})");
    EXPECT_FALSE(s.is_valid(instance)) << text;  // `not` of an aborted branch is still invalid
    EXPECT_THAT(first_message(s, instance), HasSubstr("max_depth")) << text;
  }
}

TEST(Hostile, RecursiveSchemaOnDeepInstanceIsBounded) {
  const Schema s = compile_ok(R"({"type": "array", "items": {"$ref": "#"}})");
  json::value deep = json::array();
  for (int i = 0; i < 10000; ++i) {
    json::array a;
    a.push_back(std::move(deep));
    deep = std::move(a);
  }
  EXPECT_FALSE(s.is_valid(deep));
  json::value shallow = json::parse("[[[[]]], []]");
  EXPECT_TRUE(s.is_valid(shallow));
}

TEST(Hostile, DeeplyNestedSchemaIsACompileError) {
  auto s = Schema::compile(nested_not(5000));
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error(), HasSubstr("max_depth"));
  EXPECT_TRUE(Schema::compile(nested_not(50)).has_value());
}

TEST(Hostile, SchemaNodeCap) {
  json::object props;
  for (int i = 0; i < 200; ++i) props["p" + std::to_string(i)] = json::object{{"type", "string"}};
  json::object schema{{"properties", std::move(props)}};
  Limits small;
  small.max_schema_nodes = 100;
  auto s = Schema::compile(schema, small);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error(), HasSubstr("max_schema_nodes"));
  EXPECT_TRUE(Schema::compile(schema).has_value());
}

TEST(Hostile, ExponentialFanOutHitsTheStepBudget) {
  // Each level evaluates the next twice: 2^40 evaluations without a step budget.
  json::object defs;
  for (int i = 0; i < 40; ++i) {
    const std::string next = "#/$defs/d" + std::to_string(i + 1);
    defs["d" + std::to_string(i)] = json::object{
        {"allOf", json::array{json::object{{"$ref", next}}, json::object{{"$ref", next}}}}};
  }
  defs["d40"] = json::object{{"type", "integer"}};
  json::object schema{{"$defs", std::move(defs)}, {"$ref", "#/$defs/d0"}};
  Limits limits;
  limits.max_depth = 100;
  limits.max_steps = 100000;
  const Schema s = compile_value(schema, limits);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(s.is_valid(json::value(1)));
  EXPECT_THAT(first_message(s, json::value(1)), HasSubstr("max_steps"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(Hostile, CatastrophicBacktrackingPatternsRunInLinearTime) {
  const auto start = std::chrono::steady_clock::now();
  for (const char* pattern : {"^(a+)+$", "^(a|aa)*$", "^(a*)*b$", "(x+x+)+y", "^(\\w+\\s?)*$"}) {
    json::object schema{{"pattern", pattern}};
    const Schema s = compile_value(schema);
    const std::string evil = std::string(4000, 'a') + "!";
    EXPECT_FALSE(s.is_valid(json::value(evil))) << pattern;
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST(Hostile, OversizedPatternsAreCompileErrors) {
  auto compile_pattern = [](const std::string& p) {
    return Schema::compile(json::object{{"pattern", p}});
  };
  auto long_one = compile_pattern(std::string(5000, 'a'));
  ASSERT_FALSE(long_one.has_value());
  EXPECT_THAT(long_one.error(), HasSubstr("longer than"));
  auto expanding = compile_pattern("((a{1000}){1000}){1000}");
  ASSERT_FALSE(expanding.has_value());
  EXPECT_THAT(expanding.error(), HasSubstr("too complex"));
  auto nested = compile_pattern(std::string(200, '(') + "a" + std::string(200, ')'));
  ASSERT_FALSE(nested.has_value());
  EXPECT_THAT(nested.error(), HasSubstr("nests"));
  // patternProperties keys are patterns too.
  auto key = Schema::compile(json::object{{"patternProperties", json::object{{"(", true}}}});
  EXPECT_FALSE(key.has_value());
  EXPECT_TRUE(compile_pattern("^[a-z0-9-]{1,63}$").has_value());
}

TEST(Hostile, OverlongStringsFailClosedUnderPatterns) {
  Limits limits;
  limits.max_regex_input_length = 100;
  const Schema s = compile_ok(R"({"not": {"pattern": "^b"}})", limits);
  EXPECT_TRUE(s.is_valid(json::value("a")));
  // Too long to evaluate: invalid even though `not` would otherwise flip a non-match.
  EXPECT_FALSE(s.is_valid(json::value(std::string(101, 'a'))));
  EXPECT_THAT(first_message(s, json::value(std::string(101, 'a'))), HasSubstr("too long"));

  const Schema names = compile_ok(R"({"patternProperties": {"^x": false}})", limits);
  json::object o;
  o[std::string(200, 'y')] = 1;
  EXPECT_FALSE(names.is_valid(o));
}

TEST(Hostile, DeepInstancesInEqualityChecks) {
  json::value deep = json::array();
  for (int i = 0; i < 2000; ++i) {
    json::array a;
    a.push_back(std::move(deep));
    deep = std::move(a);
  }
  const Schema unique = compile_ok(R"({"uniqueItems": true})");
  json::array pair{deep, deep};
  EXPECT_FALSE(unique.is_valid(pair));
  const Schema constant = compile_ok(R"({"const": [[1]]})");
  EXPECT_FALSE(constant.is_valid(deep));
  const Schema enumerated = compile_ok(R"({"enum": [1, 2]})");
  EXPECT_FALSE(enumerated.is_valid(deep));
}

TEST(Hostile, WrongTypesEverywhere) {
  // Keywords for one type ignore instances of other types.
  const Schema s = compile_ok(R"({
    "minLength": 3, "maximum": 1, "minItems": 5, "required": ["a"], "pattern": "^z",
    "properties": {"a": false}, "items": false, "contains": false, "multipleOf": 7
  })");
  EXPECT_TRUE(s.is_valid(json::value(nullptr)));
  EXPECT_TRUE(s.is_valid(json::value(true)));
  for (const char* bad : {R"("ab")", "2", "[]", "{}"}) {
    EXPECT_FALSE(s.is_valid(json::parse(bad))) << bad;
  }
}

TEST(Hostile, HugeKeywordValuesSaturate) {
  const Schema s =
      compile_ok(R"({"maxLength": 1e300, "minItems": 0, "maxItems": 18446744073709551615})");
  EXPECT_TRUE(s.is_valid(json::value("abc")));
  EXPECT_TRUE(s.is_valid(json::parse("[1,2,3]")));
}

TEST(Hostile, BooleanSchemas) {
  EXPECT_TRUE(compile_ok("true").is_valid(json::parse(R"({"a": [1, 2]})")));
  const Schema no = compile_ok("false");
  EXPECT_FALSE(no.is_valid(json::value(nullptr)));
  ASSERT_EQ(no.validate(json::value(nullptr)).size(), 1U);
}

}  // namespace
