// WWW-Authenticate parsing: what the client acts on must come out exactly, and nothing else.
#include "oauth/challenge.hpp"

#include <gtest/gtest.h>

namespace sallyport::oauth::detail {
namespace {

TEST(Challenge, BearerWithQuotedAndTokenParams) {
  auto c = parse_challenges(
      {R"(Bearer realm="mcp", error=insufficient_scope, scope="files:read files:write", )"
       R"(resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource")"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].scheme, "bearer");
  EXPECT_EQ(*c[0].param("realm"), "mcp");
  EXPECT_EQ(*c[0].param("error"), "insufficient_scope");
  auto info = summarize(c);
  EXPECT_EQ(info.scope, "files:read files:write");
  EXPECT_EQ(info.resource_metadata, "https://mcp.example.com/.well-known/oauth-protected-resource");
  EXPECT_EQ(info.error, "insufficient_scope");
  EXPECT_FALSE(info.dpop_offered);
}

TEST(Challenge, SeveralChallengesInOneFieldAndAcrossFields) {
  auto c = parse_challenges({R"(Basic realm="x", DPoP algs="ES256 PS256", error="use_dpop_nonce")",
                             "Bearer scope=\"a\""});
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].scheme, "basic");
  EXPECT_EQ(c[1].scheme, "dpop");
  EXPECT_EQ(*c[1].param("algs"), "ES256 PS256");
  auto info = summarize(c);
  EXPECT_TRUE(info.dpop_offered);
  EXPECT_EQ(info.error, "use_dpop_nonce");  // outranks anything the Bearer challenge says
  EXPECT_EQ(info.scope, "a");
}

TEST(Challenge, EscapesCaseAndToken68) {
  auto c = parse_challenges({R"(NEGOTIATE abc123==, bearer Scope="say \"hi\"")"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].scheme, "negotiate");
  EXPECT_TRUE(c[0].params.empty());
  EXPECT_EQ(*c[1].param("scope"), "say \"hi\"");
}

TEST(Challenge, MalformedInputNeverInventsParameters) {
  for (std::string_view bad :
       {"", ",,,", "Bearer scope=\"unterminated", "=novalue", "Bearer ,=x, scope", "\"\"\""}) {
    auto info = summarize(parse_challenges({bad}));
    EXPECT_FALSE(info.resource_metadata) << bad;
    EXPECT_FALSE(info.error) << bad;
  }
  // Parameters of other schemes are not ours to act on.
  auto info = summarize(parse_challenges({R"(Basic scope="admin", error="x")"}));
  EXPECT_FALSE(info.scope);
  EXPECT_FALSE(info.error);
}

}  // namespace
}  // namespace sallyport::oauth::detail
