// Behaviour of the public API beyond the official suite: error reporting, compile errors,
// numbers across Boost.JSON kinds, references, meta-schema, concurrency.

#include "sallyport/json_schema/validator.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <cstdint>
#include <limits>
#include <thread>
#include <vector>

namespace {

namespace json = boost::json;
using sallyport::json_schema::Limits;
using sallyport::json_schema::Schema;
using ::testing::HasSubstr;

Schema compile_ok(std::string_view text, const Limits& limits = {}) {
  auto s = Schema::compile(json::parse(text), limits);
  EXPECT_TRUE(s.has_value()) << text << ": " << (s ? "" : s.error());
  if (!s) return *Schema::compile(json::value(true));
  return *s;
}

std::string compile_error(std::string_view text, const Limits& limits = {}) {
  auto s = Schema::compile(json::parse(text), limits);
  EXPECT_FALSE(s.has_value()) << text << " compiled";
  return s ? std::string() : s.error();
}

bool valid(const Schema& s, std::string_view instance) {
  const json::value v = json::parse(instance);
  const bool fast = s.is_valid(v);
  EXPECT_EQ(fast, s.validate(v).empty()) << instance;  // both paths must agree
  return fast;
}

TEST(Validator, ToolInputSchema) {
  const Schema s = compile_ok(R"({
    "type": "object",
    "properties": {
      "path": {"type": "string", "minLength": 1},
      "mode": {"enum": ["read", "write"]},
      "limit": {"type": "integer", "minimum": 1, "maximum": 100}
    },
    "required": ["path"],
    "additionalProperties": false
  })");
  EXPECT_TRUE(valid(s, R"({"path": "/tmp/x", "mode": "read", "limit": 10})"));
  EXPECT_TRUE(valid(s, R"({"path": "a", "limit": 10.0})"));
  EXPECT_FALSE(valid(s, R"({"mode": "read"})"));
  EXPECT_FALSE(valid(s, R"({"path": ""})"));
  EXPECT_FALSE(valid(s, R"({"path": "a", "limit": 1.5})"));
  EXPECT_FALSE(valid(s, R"({"path": "a", "extra": 1})"));
  EXPECT_FALSE(valid(s, R"([])"));
}

TEST(Validator, ErrorPathsAndMessages) {
  const Schema s = compile_ok(R"({
    "$defs": {"count": {"type": "integer"}},
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/$defs/count"}},
      "a/b~c": {"type": "string"}
    },
    "required": ["id"]
  })");
  const auto errors = s.validate(json::parse(R"({"items": [1, "x"], "a/b~c": 3})"));
  ASSERT_EQ(errors.size(), 3U);
  // Sorted property order: "a/b~c" before "items"; required is checked first.
  EXPECT_EQ(errors[0].instance_path, "");
  EXPECT_EQ(errors[0].keyword_path, "/required");
  EXPECT_THAT(errors[0].message, HasSubstr("\"id\""));
  EXPECT_EQ(errors[1].instance_path, "/a~1b~0c");
  EXPECT_EQ(errors[1].keyword_path, "/properties/a~1b~0c/type");
  EXPECT_EQ(errors[2].instance_path, "/items/1");
  EXPECT_EQ(errors[2].keyword_path, "/properties/items/items/$ref/type");
  EXPECT_THAT(errors[2].message, HasSubstr("expected integer, got string"));
}

TEST(Validator, CompositeFailuresReportedOnce) {
  const Schema s = compile_ok(R"({"anyOf": [{"type": "string"}, {"type": "number"}]})");
  const auto errors = s.validate(json::parse("null"));
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].keyword_path, "/anyOf");

  const Schema one = compile_ok(R"({"oneOf": [{"minimum": 0}, {"maximum": 10}]})");
  const auto both = one.validate(json::parse("5"));
  ASSERT_EQ(both.size(), 1U);
  EXPECT_THAT(both[0].message, HasSubstr("matched 0 and 1"));
}

TEST(Validator, MaxErrorsCapsTheList) {
  Limits limits;
  limits.max_errors = 3;
  const Schema s = compile_ok(R"({"items": {"type": "string"}})", limits);
  EXPECT_EQ(s.validate(json::parse("[1,2,3,4,5,6,7,8]")).size(), 3U);
  EXPECT_FALSE(s.is_valid(json::parse("[1,2,3,4,5,6,7,8]")));
}

TEST(Validator, AdditionalPropertiesMessageNamesTheProperty) {
  const Schema s = compile_ok(R"({"properties": {"a": true}, "additionalProperties": false})");
  const auto errors = s.validate(json::parse(R"({"a": 1, "b": 2})"));
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].instance_path, "/b");
  EXPECT_EQ(errors[0].keyword_path, "/additionalProperties");
}

TEST(Validator, CompileErrorsForMalformedKeywords) {
  EXPECT_THAT(compile_error(R"({"type": 5})"), HasSubstr("/type"));
  EXPECT_THAT(compile_error(R"({"type": "float"})"), HasSubstr("unknown type"));
  EXPECT_THAT(compile_error(R"({"minLength": -1})"), HasSubstr("non-negative"));
  EXPECT_THAT(compile_error(R"({"maxItems": 1.5})"), HasSubstr("non-negative"));
  EXPECT_THAT(compile_error(R"({"multipleOf": 0})"), HasSubstr("greater than 0"));
  EXPECT_THAT(compile_error(R"({"items": [{"type": "string"}]})"), HasSubstr("prefixItems"));
  EXPECT_THAT(compile_error(R"({"required": "a"})"), HasSubstr("array of strings"));
  EXPECT_THAT(compile_error(R"({"properties": {"a": 1}})"), HasSubstr("/properties/a"));
  EXPECT_THAT(compile_error(R"({"allOf": []})"), HasSubstr("non-empty"));
  EXPECT_THAT(compile_error(R"({"pattern": "("})"), HasSubstr("invalid pattern"));
  EXPECT_THAT(compile_error(R"({"pattern": "(a)\\1"})"), HasSubstr("pattern"));
  EXPECT_THAT(compile_error(R"({"$anchor": "1bad"})"), HasSubstr("anchor"));
  EXPECT_THAT(compile_error(R"({"$id": "http://x/y#frag"})"), HasSubstr("fragment"));
  EXPECT_THAT(compile_error(R"("string")"), HasSubstr("object or a boolean"));
  EXPECT_THAT(
      compile_error(R"({"$defs": {"a": {"$id": "http://x/a"}, "b": {"$id": "http://x/a"}}})"),
      HasSubstr("duplicate"));
  EXPECT_THAT(compile_error(R"({"$ref": "#/$defs/missing"})"), HasSubstr("not found"));
  EXPECT_THAT(compile_error(R"({"$ref": "#nowhere"})"), HasSubstr("no anchor"));
}

TEST(Validator, FormatIsAnAnnotationOnly) {
  const Schema s = compile_ok(R"({"format": "email"})");
  EXPECT_TRUE(valid(s, R"("not an email")"));
  const Schema d = compile_ok(R"({"default": 5, "title": "t", "examples": [1], "unknown": 3})");
  EXPECT_TRUE(valid(d, R"("anything")"));
}

TEST(Validator, NumbersCompareAcrossKinds) {
  const Schema one = compile_ok(R"({"const": 1})");
  EXPECT_TRUE(valid(one, "1.0"));
  EXPECT_FALSE(valid(one, "1.0000001"));

  // uint64 above int64 range against a double bound, exactly.
  const Schema big = compile_ok(R"({"maximum": 18446744073709551615})");
  EXPECT_TRUE(big.is_valid(json::value(std::numeric_limits<std::uint64_t>::max())));
  EXPECT_FALSE(big.is_valid(json::value(1.9e19)));
  const Schema below = compile_ok(R"({"exclusiveMaximum": 9223372036854775807})");
  EXPECT_TRUE(below.is_valid(json::value(std::int64_t{9223372036854775806})));
  EXPECT_FALSE(below.is_valid(json::value(std::int64_t{9223372036854775807})));
  EXPECT_FALSE(below.is_valid(json::value(std::uint64_t{9223372036854775808ULL})));
  EXPECT_FALSE(below.is_valid(json::value(9223372036854775808.0)));
  const Schema negative = compile_ok(R"({"minimum": -1.5})");
  EXPECT_TRUE(negative.is_valid(json::value(std::int64_t{-1})));
  EXPECT_FALSE(negative.is_valid(json::value(std::int64_t{-2})));
  EXPECT_TRUE(negative.is_valid(json::value(std::uint64_t{0})));

  const Schema unique = compile_ok(R"({"uniqueItems": true})");
  EXPECT_FALSE(valid(unique, "[1, 1.0]"));
  EXPECT_FALSE(valid(unique, R"([{"a": 1, "b": [0]}, {"b": [0.0], "a": 1.0}])"));
  EXPECT_TRUE(valid(unique, R"([0, false, null, "0", [0], {"0": 0}])"));
  // Long arrays take the hashing path.
  json::array many;
  for (int i = 0; i < 1000; ++i) many.emplace_back(i);
  EXPECT_TRUE(unique.is_valid(many));
  many.emplace_back(500.0);
  EXPECT_FALSE(unique.is_valid(many));

  const Schema multiple = compile_ok(R"({"multipleOf": 3})");
  EXPECT_TRUE(multiple.is_valid(json::value(std::uint64_t{18446744073709551615ULL})));
  EXPECT_TRUE(multiple.is_valid(json::value(std::int64_t{-9})));
  EXPECT_FALSE(multiple.is_valid(json::value(std::int64_t{-10})));
  const Schema cents = compile_ok(R"({"multipleOf": 0.01})");
  EXPECT_TRUE(valid(cents, "19.99"));
  EXPECT_FALSE(valid(cents, "19.995"));

  const Schema integer = compile_ok(R"({"type": "integer"})");
  EXPECT_TRUE(valid(integer, "1e3"));
  EXPECT_FALSE(valid(integer, "1.5"));
  EXPECT_TRUE(valid(integer, "18446744073709551615"));
}

TEST(Validator, LengthCountsCodePoints) {
  const Schema s = compile_ok(R"({"minLength": 2, "maxLength": 2})");
  EXPECT_TRUE(valid(s, R"("\u00e9\u00e9")"));   // 4 bytes, 2 code points
  EXPECT_FALSE(valid(s, R"("\ud83d\udca9")"));  // 1 code point, 4 bytes
  EXPECT_TRUE(valid(s, R"("\ud83d\udca9x")"));
}

TEST(Validator, PatternsUseCodePointsAndEcmaClasses) {
  const Schema dot = compile_ok(R"({"pattern": "^.$"})");
  EXPECT_TRUE(valid(dot, R"("\ud83d\udca9")"));
  EXPECT_FALSE(valid(dot, R"("ab")"));
  const Schema word = compile_ok(R"({"pattern": "^\\w+$"})");
  EXPECT_TRUE(valid(word, R"("abc_09")"));
  EXPECT_FALSE(valid(word, R"("\u00e9")"));
  const Schema letter = compile_ok(R"({"pattern": "^[\\p{Lu}\\d]+$"})");
  EXPECT_TRUE(valid(letter, R"("\u00c9T3")"));
  EXPECT_FALSE(valid(letter, R"("\u00e9")"));
  const Schema notLetter = compile_ok(R"({"pattern": "^\\P{L}$"})");
  EXPECT_TRUE(valid(notLetter, R"("1")"));
  EXPECT_FALSE(valid(notLetter, R"("\u03c0")"));
  EXPECT_THAT(compile_error(R"({"pattern": "\\p{Script=Greek}"})"), HasSubstr("unsupported"));
  const Schema search = compile_ok(R"({"pattern": "b+"})");  // unanchored: a search
  EXPECT_TRUE(valid(search, R"("abba")"));
  EXPECT_FALSE(valid(search, R"("acca")"));
  const Schema anchored = compile_ok(R"({"pattern": "^a|z$"})");
  EXPECT_TRUE(valid(anchored, R"("ab")"));
  EXPECT_TRUE(valid(anchored, R"("yz")"));
  EXPECT_FALSE(valid(anchored, R"("bab")"));
  EXPECT_FALSE(valid(anchored, R"("z\n")"));
  const Schema nonString = compile_ok(R"({"pattern": "^a$"})");
  EXPECT_TRUE(valid(nonString, "12"));  // pattern only applies to strings
}

TEST(Validator, RemoteReferencesAreCompileErrors) {
  EXPECT_THAT(compile_error(R"({"$ref": "http://example.com/schema.json"})"),
              HasSubstr("remote $ref not supported"));
  EXPECT_THAT(compile_error(R"({"$ref": "other.json#/a"})"),
              HasSubstr("remote $ref not supported"));
  EXPECT_THAT(compile_error(R"({"$dynamicRef": "https://example.com/x#meta"})"),
              HasSubstr("remote $ref not supported"));
  // Even when the reference is never reached at validation time: fail closed.
  EXPECT_THAT(compile_error(R"({"$defs": {"unused": {"$ref": "https://example.com/x"}}})"),
              HasSubstr("remote $ref not supported"));
  EXPECT_THAT(compile_error(R"({"$ref": "http://json-schema.org/draft-07/schema#"})"),
              HasSubstr("remote $ref not supported"));
}

TEST(Validator, EmbeddedResourcesResolveByUri) {
  const Schema s = compile_ok(R"({
    "$id": "https://example.com/root.json",
    "properties": {"a": {"$ref": "item.json"}, "b": {"$ref": "item.json#positive"}},
    "$defs": {"item": {"$id": "item.json", "type": "integer",
                       "$defs": {"p": {"$anchor": "positive", "minimum": 1}}}}
  })");
  EXPECT_TRUE(valid(s, R"({"a": 0, "b": 1})"));
  EXPECT_FALSE(valid(s, R"({"a": "x"})"));
  EXPECT_FALSE(valid(s, R"({"b": 0})"));
}

TEST(Validator, DraftSevenStyleDefinitionsResolveByPointer) {
  // "definitions" is no 2020-12 keyword, but a JSON Pointer may still point into it.
  const Schema s = compile_ok(R"({
    "definitions": {"name": {"type": "string"}},
    "properties": {"n": {"$ref": "#/definitions/name"}}
  })");
  EXPECT_TRUE(valid(s, R"({"n": "x"})"));
  EXPECT_FALSE(valid(s, R"({"n": 1})"));
}

TEST(Validator, MetaschemaIsBuiltIn) {
  const Schema meta = compile_ok(R"({"$ref": "https://json-schema.org/draft/2020-12/schema"})");
  EXPECT_TRUE(valid(meta, R"({"type": "object", "properties": {"a": {"minLength": 1}}})"));
  EXPECT_FALSE(valid(meta, R"({"type": 5})"));
  EXPECT_FALSE(valid(meta, R"({"properties": {"a": {"minLength": -1}}})"));
  EXPECT_TRUE(valid(meta, "true"));
  EXPECT_FALSE(valid(meta, "3"));
}

TEST(Validator, UnevaluatedPropertiesSeesThroughComposition) {
  const Schema s = compile_ok(R"({
    "allOf": [{"properties": {"a": true}}],
    "if": {"properties": {"kind": {"const": "x"}}, "required": ["kind"]},
    "then": {"properties": {"x": true}},
    "properties": {"kind": true},
    "unevaluatedProperties": false
  })");
  EXPECT_TRUE(valid(s, R"({"a": 1, "kind": "x", "x": 1})"));
  EXPECT_FALSE(valid(s, R"({"a": 1, "kind": "y", "x": 1})"));
  EXPECT_FALSE(valid(s, R"({"b": 1})"));
}

TEST(Validator, SchemasAreCopyableAndThreadSafe) {
  const Schema s = compile_ok(R"({
    "type": "array",
    "items": {"type": "object",
              "properties": {"n": {"type": "integer"}, "s": {"pattern": "^[a-z]+$"}},
              "unevaluatedProperties": false}
  })");
  const Schema copy = s;  // NOLINT(performance-unnecessary-copy-initialization): copies share
  const json::value good = json::parse(R"([{"n": 1, "s": "abc"}, {"n": 2}])");
  const json::value bad = json::parse(R"([{"n": 1, "s": "ABC"}])");
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        if (!copy.is_valid(good) || copy.is_valid(bad) || copy.validate(bad).empty()) {
          ++failures[static_cast<std::size_t>(t)];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
