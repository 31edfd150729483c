#include "sallyport/http/param_headers.hpp"

#include <gtest/gtest.h>

namespace sallyport::http {
namespace {

// The encoding table of the 2026-07-28 transport specification ("Value Encoding").
TEST(HeaderValue, SpecificationExamples) {
  EXPECT_EQ(encode_header_value("us-west1"), "us-west1");
  EXPECT_EQ(encode_header_value("Hello, 世界"), "=?base64?SGVsbG8sIOS4lueVjA==?=");
  EXPECT_EQ(encode_header_value(" padded "), "=?base64?IHBhZGRlZCA=?=");
  EXPECT_EQ(encode_header_value("line1\nline2"), "=?base64?bGluZTEKbGluZTI=?=");
  EXPECT_EQ(encode_header_value("=?base64?literal?="), "=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?=");
}

TEST(HeaderValue, MoreEncodings) {
  EXPECT_EQ(encode_header_value("a b"), "a b");              // internal space stays plain
  EXPECT_EQ(encode_header_value("\tx"), "=?base64?CXg=?=");  // tab is whitespace to trim
  EXPECT_EQ(encode_header_value(""), "");
  EXPECT_EQ(encode_header_value("x "), "=?base64?eCA=?=");
  EXPECT_EQ(encode_header_value("\x01"), "=?base64?AQ==?=");
}

TEST(HeaderValue, DecodeRoundTrips) {
  for (std::string s : {"us-west1", "Hello, 世界", " padded ", "line1\nline2",
                        "=?base64?literal?=", "", "\r\n", "a=?b?="}) {
    auto decoded = decode_header_value(encode_header_value(s));
    ASSERT_TRUE(decoded) << s;
    EXPECT_EQ(*decoded, s);
  }
}

TEST(HeaderValue, StrictBase64) {
  EXPECT_EQ(decode_header_value("=?base64?SGVsbG8=?="), "Hello");
  EXPECT_FALSE(decode_header_value("=?base64?SGVsbG8?="));      // missing padding
  EXPECT_FALSE(decode_header_value("=?base64?SGVs!!!bG8=?="));  // not the alphabet
  EXPECT_FALSE(decode_header_value("=?base64?SGV=bG8=?="));     // padding in the middle
  EXPECT_FALSE(decode_header_value("=?base64?S===?="));
  // Without the complete wrapper the value is literal.
  EXPECT_EQ(decode_header_value("SGVsbG8="), "SGVsbG8=");
  EXPECT_EQ(decode_header_value("=?base64?SGVsbG8="), "=?base64?SGVsbG8=");
}

TEST(HeaderValue, RejectsCharactersHeadersCannotCarry) {
  EXPECT_FALSE(decode_header_value("caf\xC3\xA9"));
  EXPECT_FALSE(decode_header_value("a\x01"));
  EXPECT_TRUE(decode_header_value("a\tb"));
}

TEST(Token, Rfc9110) {
  EXPECT_TRUE(is_token("Region"));
  EXPECT_TRUE(is_token("x-a.b_c~!#$%&'*+^`|"));
  EXPECT_FALSE(is_token(""));
  EXPECT_FALSE(is_token("My Region"));
  EXPECT_FALSE(is_token("Region:Primary"));
  EXPECT_FALSE(is_token("R\xC3\xA9gion"));
  EXPECT_FALSE(is_token("Region\t1"));
}

Json schema(std::string_view text) {
  return boost::json::parse(text);
}

TEST(HeaderParams, FindsAnnotatedProperties) {
  auto params = header_params(schema(R"({
    "type": "object",
    "properties": {
      "region": {"type": "string", "x-mcp-header": "Region"},
      "priority": {"type": "integer", "x-mcp-header": "Priority"},
      "verbose": {"type": ["boolean", "null"], "x-mcp-header": "Verbose"},
      "nested": {"type": "object", "properties": {
        "tenant": {"type": "string", "x-mcp-header": "Tenant"}}},
      "query": {"type": "string"},
      "x-mcp-header": {"type": "string"}
    }})"));
  ASSERT_TRUE(params) << params.error();
  ASSERT_EQ(params->size(), 4u);
  auto find = [&](std::string_view n) {
    for (auto& p : *params)
      if (p.name == n) return p;
    ADD_FAILURE() << n;
    return HeaderParam{};
  };
  EXPECT_EQ(find("Region").path, std::vector<std::string>{"region"});
  EXPECT_EQ(find("Priority").type, HeaderParam::Type::kInteger);
  EXPECT_EQ(find("Verbose").type, HeaderParam::Type::kBoolean);
  EXPECT_EQ(find("Tenant").path, (std::vector<std::string>{"nested", "tenant"}));
}

// The invalid definitions the conformance suite's http-invalid-tool-headers scenario serves.
TEST(HeaderParams, RejectsInvalidAnnotations) {
  const char* invalid[] = {
      R"({"type":"object","properties":{"v":{"type":"string","x-mcp-header":""}}})",
      R"({"type":"object","properties":{"v":{"type":"object","x-mcp-header":"Data"}}})",
      R"({"type":"object","properties":{"v":{"type":"array","items":{"type":"string"},"x-mcp-header":"Items"}}})",
      R"({"type":"object","properties":{"v":{"type":"null","x-mcp-header":"Nil"}}})",
      R"({"type":"object","properties":{"v":{"type":"number","x-mcp-header":"Score"}}})",
      R"({"type":"object","properties":{"a":{"type":"string","x-mcp-header":"Region"},"b":{"type":"string","x-mcp-header":"Region"}}})",
      R"({"type":"object","properties":{"a":{"type":"string","x-mcp-header":"MyField"},"b":{"type":"string","x-mcp-header":"myfield"}}})",
      R"({"type":"object","properties":{"v":{"type":"string","x-mcp-header":"My Region"}}})",
      R"({"type":"object","properties":{"v":{"type":"string","x-mcp-header":"Region:Primary"}}})",
      "{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":"
      "\"R\xC3\xA9gion\"}}}",
      R"({"type":"object","properties":{"v":{"type":"string","x-mcp-header":"Region\t1"}}})",
      R"({"type":"object","properties":{"v":{"type":"string","x-mcp-header":7}}})",
      R"({"type":"object","properties":{"v":{"x-mcp-header":"NoType"}}})",
      R"({"type":"object","x-mcp-header":"Root"})",
      // Not statically reachable through properties alone:
      R"({"type":"object","properties":{"l":{"type":"array","items":{"type":"string","x-mcp-header":"I"}}}})",
      R"({"type":"object","anyOf":[{"properties":{"v":{"type":"string","x-mcp-header":"A"}}}]})",
      R"({"type":"object","$defs":{"d":{"type":"string","x-mcp-header":"D"}},"properties":{"v":{"$ref":"#/$defs/d"}}})",
      R"({"type":"object","if":{"properties":{"v":{"type":"string","x-mcp-header":"C"}}}})",
  };
  for (const char* text : invalid) EXPECT_FALSE(header_params(schema(text))) << text;
}

TEST(HeaderParams, DataKeywordsAreNotAnnotations) {
  auto params = header_params(schema(
      R"({"type":"object","default":{"x-mcp-header":"no"},"properties":{"v":{"type":"string","examples":[{"x-mcp-header":1}]}}})"));
  ASSERT_TRUE(params);
  EXPECT_TRUE(params->empty());
}

TEST(HeaderParams, NetworkRefIsNeverFollowed) {
  // A $ref is just another keyword to us: nothing fetches it, and it cannot hide annotations.
  auto params = header_params(schema(
      R"({"type":"object","properties":{"id":{"type":"string","x-mcp-header":"Id"},"p":{"$ref":"https://evil.example/schema.json"}}})"));
  ASSERT_TRUE(params);
  EXPECT_EQ(params->size(), 1u);
}

TEST(ParamValues, ExtractAndMatch) {
  HeaderParam region{"Region", {"region"}, HeaderParam::Type::kString};
  HeaderParam prio{"Priority", {"priority"}, HeaderParam::Type::kInteger};
  HeaderParam flag{"Flag", {"o", "flag"}, HeaderParam::Type::kBoolean};
  Json args = boost::json::parse(R"({"region":"eu","priority":42,"o":{"flag":false},"n":null})");
  ASSERT_TRUE(param_value(args, region));
  EXPECT_EQ(param_text(*param_value(args, region), region.type), "eu");
  EXPECT_EQ(param_text(*param_value(args, prio), prio.type), "42");
  EXPECT_EQ(param_text(*param_value(args, flag), flag.type), "false");
  EXPECT_FALSE(param_value(args, HeaderParam{"N", {"n"}, HeaderParam::Type::kString}));
  EXPECT_FALSE(param_value(args, HeaderParam{"M", {"missing"}, HeaderParam::Type::kString}));
  EXPECT_TRUE(param_matches("42.0", Json(42), HeaderParam::Type::kInteger));
  EXPECT_TRUE(param_matches("4.2e1", Json(42), HeaderParam::Type::kInteger));
  EXPECT_FALSE(param_matches("43", Json(42), HeaderParam::Type::kInteger));
  EXPECT_FALSE(param_matches("x", Json(42), HeaderParam::Type::kInteger));
  EXPECT_TRUE(param_matches("true", Json(true), HeaderParam::Type::kBoolean));
  EXPECT_FALSE(param_matches("True", Json(true), HeaderParam::Type::kBoolean));
  EXPECT_FALSE(param_matches("EU", Json("eu"), HeaderParam::Type::kString));
  EXPECT_FALSE(param_text(Json(9007199254740992LL), HeaderParam::Type::kInteger));
  EXPECT_FALSE(param_text(Json("7"), HeaderParam::Type::kInteger));
}

}  // namespace
}  // namespace sallyport::http
