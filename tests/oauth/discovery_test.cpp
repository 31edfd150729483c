// Discovery rules that need no server: canonical resource URIs, which metadata may cover which
// resource, and the order of authorization server metadata locations.
#include "oauth/discovery.hpp"

#include <gtest/gtest.h>

namespace sallyport::oauth::detail {
namespace {

TEST(Discovery, CanonicalResource) {
  EXPECT_EQ(*canonical_resource("HTTPS://MCP.Example.com:443/mcp/"), "https://mcp.example.com/mcp");
  EXPECT_EQ(*canonical_resource("http://localhost:8080/mcp#frag"), "http://localhost:8080/mcp");
  EXPECT_EQ(*canonical_resource("https://mcp.example.com/"), "https://mcp.example.com");
  EXPECT_EQ(*canonical_resource("https://mcp.example.com/a/B"), "https://mcp.example.com/a/B");
  EXPECT_FALSE(canonical_resource("ftp://x/y"));
  EXPECT_FALSE(canonical_resource("/relative"));
}

TEST(Discovery, ResourceCoversOnlySameOriginAndPathPrefix) {
  EXPECT_TRUE(resource_covers("https://mcp.example.com", "https://mcp.example.com/mcp"));
  EXPECT_TRUE(resource_covers("https://mcp.example.com/mcp", "https://mcp.example.com/mcp"));
  EXPECT_TRUE(resource_covers("https://mcp.example.com/mcp/", "https://mcp.example.com/mcp"));
  EXPECT_FALSE(resource_covers("https://mcp.example.com/mcpx", "https://mcp.example.com/mcp"));
  EXPECT_FALSE(resource_covers("https://mcp.example.com/m", "https://mcp.example.com/mcp"));
  EXPECT_FALSE(resource_covers("https://evil.example.com/mcp", "https://mcp.example.com/mcp"));
  EXPECT_FALSE(resource_covers("http://mcp.example.com/mcp", "https://mcp.example.com/mcp"));
  EXPECT_FALSE(resource_covers("https://mcp.example.com:8443/mcp", "https://mcp.example.com/mcp"));
  EXPECT_FALSE(resource_covers("https://mcp.example.com/mcp/sub", "https://mcp.example.com/mcp"));
}

TEST(Discovery, ServerMetadataOrder) {
  EXPECT_EQ(
      server_metadata_urls("https://auth.example.com"),
      (std::vector<std::string>{"https://auth.example.com/.well-known/oauth-authorization-server",
                                "https://auth.example.com/.well-known/openid-configuration"}));
  EXPECT_EQ(server_metadata_urls("https://auth.example.com/tenant1"),
            (std::vector<std::string>{
                "https://auth.example.com/.well-known/oauth-authorization-server/tenant1",
                "https://auth.example.com/.well-known/openid-configuration/tenant1",
                "https://auth.example.com/tenant1/.well-known/openid-configuration"}));
}

TEST(Discovery, DefaultEndpointsAtTheOrigin) {
  auto m = default_endpoints("http://localhost:3000/mcp");
  EXPECT_EQ(m.issuer, "http://localhost:3000");
  EXPECT_EQ(m.authorization_endpoint, "http://localhost:3000/authorize");
  EXPECT_EQ(m.token_endpoint, "http://localhost:3000/token");
  EXPECT_EQ(m.registration_endpoint, "http://localhost:3000/register");
  EXPECT_TRUE(m.defaults_only);
}

}  // namespace
}  // namespace sallyport::oauth::detail
