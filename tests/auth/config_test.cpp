// Configuration: validation messages, YAML section, flags, and the Protected Resource Metadata.
#include <gtest/gtest.h>

#include "sallyport/auth/authenticator.hpp"
#include "sallyport/auth/cli.hpp"
#include "sallyport/auth/config.hpp"

namespace sallyport::auth {
namespace {

AuthConfig good() {
  AuthConfig c;
  c.issuer = "https://as.example.com";
  c.audience = "https://mcp.example.com/mcp";
  return c;
}

std::string problems(const AuthConfig& c) {
  auto r = c.validate();
  return r ? std::string{} : r.error();
}

bool mentions(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

TEST(AuthConfigValidate, AGoodConfigPasses) {
  EXPECT_EQ(problems(good()), "");
  // Designated initializers, as in `.authorization({.issuer = ..., .audience = ...})`.
  AuthConfig brief{.issuer = "https://as.example.com", .audience = "https://mcp.example.com/mcp"};
  EXPECT_EQ(problems(brief), "");
  auto c = good();
  c.issuer = "http://127.0.0.1:9000";
  c.audience = "http://localhost:8080/mcp";
  EXPECT_EQ(problems(c), "") << "loopback http is allowed";
  c.audience = "http://[::1]:8080/mcp";
  EXPECT_EQ(problems(c), "");
}

TEST(AuthConfigValidate, NoAudience) {
  auto c = good();
  c.audience.clear();
  EXPECT_EQ(problems(c),
            "authorization: no audience: set --audience (authorization.audience) to this server's "
            "canonical URI, e.g. https://mcp.example.com/mcp; tokens must name it in `aud`");
}

TEST(AuthConfigValidate, AudienceMustBeAnAbsoluteHttpsUri) {
  auto c = good();
  c.audience = "mcp";
  EXPECT_EQ(problems(c), "authorization: audience \"mcp\" is not an absolute URI");
  c.audience = "http://mcp.example.com/mcp";
  EXPECT_EQ(problems(c),
            "authorization: audience \"http://mcp.example.com/mcp\" uses plain http "
            "outside loopback; use https");
  c.audience = "https://mcp.example.com/mcp#x";
  EXPECT_TRUE(mentions(problems(c), "must not contain a fragment"));
  c.audience = "https://MCP.example.com/mcp";
  EXPECT_TRUE(mentions(problems(c), "write the scheme and host in lowercase"));
}

TEST(AuthConfigValidate, PlainHttpIssuerOutsideLoopback) {
  auto c = good();
  c.issuer = "http://as.example.com";
  EXPECT_EQ(problems(c),
            "authorization: issuer \"http://as.example.com\" uses plain http outside "
            "loopback; use https");
  c.issuer.clear();
  EXPECT_TRUE(mentions(problems(c), "no issuer: set --issuer"));
}

TEST(AuthConfigValidate, Algorithms) {
  auto c = good();
  c.algorithms.clear();
  EXPECT_EQ(problems(c),
            "authorization: the JWS algorithm list is empty; allow at least one of "
            "RS256, PS256, ES256, EdDSA");
  c.algorithms = {"none"};
  EXPECT_EQ(problems(c),
            "authorization: algorithm \"none\" is never allowed: it accepts unsigned tokens");
  c.algorithms = {"RS256", "HS256"};
  EXPECT_TRUE(mentions(problems(c), "algorithm \"HS256\" is never allowed"));
  c.algorithms = {"RS1"};
  EXPECT_TRUE(mentions(problems(c), "algorithm \"RS1\" is not supported"));
}

TEST(AuthConfigValidate, IntrospectionNeedsCredentials) {
  auto c = good();
  c.introspection_uri = "https://as.example.com/introspect";
  auto p = problems(c);
  EXPECT_TRUE(mentions(p, "introspection needs this server's client id"));
  EXPECT_TRUE(mentions(p, "introspection needs this server's client secret"));
}

TEST(AuthConfigValidate, EveryProblemIsListed) {
  AuthConfig c;
  c.algorithms.clear();
  c.required_scopes = {"a b"};
  auto p = problems(c);
  EXPECT_EQ(std::count(p.begin(), p.end(), '\n'), 3) << p;
  EXPECT_TRUE(mentions(p, "scope \"a b\" is not a single scope token"));
}

TEST(AuthConfigValidate, CreateRefusesABadConfig) {
  AuthConfig c;
  auto a = Authenticator::create(c);
  ASSERT_FALSE(a);
  EXPECT_TRUE(mentions(a.error(), "no audience"));
}

TEST(AuthConfigYaml, ReadsTheSection) {
  auto c = auth_config_from_yaml(R"(
server: { name: bank }
authorization:
  issuer: https://as.example.com
  audience: https://bank.example.com/mcp
  jwks_uri: https://as.example.com/jwks
  introspection_uri: https://as.example.com/introspect
  client_id: bank
  client_secret_file: /run/secrets/bank
  required_scopes: [mcp, bank:read]
  algorithms: [ES256]
  clock_skew: 30
  require_at_jwt_typ: true
  resource_name: Bank
  claims: { roles: realm_access.roles, tenant: org }
)");
  ASSERT_TRUE(c) << c.error();
  EXPECT_EQ(c->issuer, "https://as.example.com");
  EXPECT_EQ(c->audience, "https://bank.example.com/mcp");
  EXPECT_EQ(c->required_scopes, (std::vector<std::string>{"mcp", "bank:read"}));
  EXPECT_EQ(c->algorithms, (std::vector<std::string>{"ES256"}));
  EXPECT_EQ(c->clock_skew, std::chrono::seconds(30));
  EXPECT_TRUE(c->require_at_jwt_typ);
  EXPECT_EQ(c->claims.roles, "realm_access.roles");
  EXPECT_EQ(c->claims.tenant, "org");
  EXPECT_EQ(c->client_secret_file, "/run/secrets/bank");
  EXPECT_TRUE(c->validate());
}

TEST(AuthConfigYaml, MistakesAreReported) {
  auto c = auth_config_from_yaml("authorization:\n  isuer: https://as.example.com\n");
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error(), "authorization.isuer: unknown key (line 2)");
  c = auth_config_from_yaml("authorization:\n  clock_skew: soon\n");
  ASSERT_FALSE(c);
  EXPECT_TRUE(mentions(c.error(), "authorization.clock_skew: expected a non-negative integer"));
  c = auth_config_from_yaml("authorization:\n  algorithms: []\n");
  ASSERT_TRUE(c);
  EXPECT_TRUE(mentions(problems(*c), "the JWS algorithm list is empty"));
  c = auth_config_from_yaml("authorization: [\n");
  EXPECT_FALSE(c);
}

TEST(AuthConfigYaml, NoSectionMeansDisabled) {
  auto c = auth_config_from_yaml("server: {}\n");
  ASSERT_TRUE(c);
  EXPECT_FALSE(c->enabled());
}

TEST(AuthConfigFlags, SameSettingsFromTheCommandLine) {
  CLI::App app;
  AuthConfig c;
  add_flags(app, c);
  std::vector<std::string> args{"--issuer",
                                "https://as.example.com",
                                "--audience",
                                "https://mcp.example.com/mcp",
                                "--required-scope",
                                "mcp",
                                "--required-scope",
                                "files:read",
                                "--jwt-algorithm",
                                "ES256",
                                "--clock-skew",
                                "5",
                                "--introspection-uri",
                                "https://as.example.com/introspect",
                                "--introspection-client-id",
                                "srv",
                                "--introspection-client-secret-file",
                                "/run/secret"};
  std::reverse(args.begin(), args.end());  // CLI11 parses a reversed vector
  app.parse(args);
  EXPECT_EQ(c.issuer, "https://as.example.com");
  EXPECT_EQ(c.audience, "https://mcp.example.com/mcp");
  EXPECT_EQ(c.required_scopes, (std::vector<std::string>{"mcp", "files:read"}));
  EXPECT_EQ(c.algorithms, (std::vector<std::string>{"ES256"}));
  EXPECT_EQ(c.clock_skew, std::chrono::seconds(5));
  EXPECT_EQ(c.client_id, "srv");
  EXPECT_EQ(c.client_secret_file, "/run/secret");
  EXPECT_TRUE(c.validate());

  CLI::App defaults;
  AuthConfig d;
  add_flags(defaults, d);
  std::vector<std::string> none;
  defaults.parse(none);
  EXPECT_EQ(d.algorithms, (std::vector<std::string>{"RS256", "PS256", "ES256", "EdDSA"}));
  EXPECT_FALSE(d.enabled());
}

TEST(ProtectedResourceMetadata, DocumentAndPaths) {
  auto c = good();
  c.required_scopes = {"mcp"};
  c.scopes_supported = {"mcp", "files:read"};
  c.resource_name = "Bank";
  auto a = Authenticator::create(c);
  ASSERT_TRUE(a);
  EXPECT_EQ(
      (*a)->protected_resource_metadata_body(),
      R"({"resource":"https://mcp.example.com/mcp","authorization_servers":["https://as.example.com"],)"
      R"("scopes_supported":["mcp","files:read"],"bearer_methods_supported":["header"],"resource_name":"Bank"})");
  EXPECT_EQ((*a)->metadata_paths(),
            (std::vector<std::string>{"/.well-known/oauth-protected-resource",
                                      "/.well-known/oauth-protected-resource/mcp"}));
  EXPECT_EQ((*a)->resource_metadata_url(),
            "https://mcp.example.com/.well-known/oauth-protected-resource/mcp");
}

TEST(ProtectedResourceMetadata, RootEndpointAndOverrides) {
  auto c = good();
  c.audience = "https://mcp.example.com";
  c.authorization_servers = {"https://as1.example.com", "https://as2.example.com"};
  c.required_scopes = {"mcp"};
  auto a = Authenticator::create(c);
  ASSERT_TRUE(a);
  EXPECT_EQ((*a)->metadata_paths(),
            (std::vector<std::string>{"/.well-known/oauth-protected-resource"}));
  EXPECT_EQ((*a)->resource_metadata_url(),
            "https://mcp.example.com/.well-known/oauth-protected-resource");
  auto& doc = (*a)->protected_resource_metadata().as_object();
  EXPECT_EQ(doc.at("authorization_servers").as_array().size(), 2u);
  EXPECT_EQ(doc.at("scopes_supported").as_array(), (JsonArray{"mcp"}));
  EXPECT_FALSE(doc.contains("resource_name"));

  c.resource_metadata_url = "https://public.example.com/.well-known/oauth-protected-resource/x";
  auto b = Authenticator::create(c);
  ASSERT_TRUE(b);
  auto r = (*b)->authenticate(std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().www_authenticate,
            "Bearer resource_metadata=\"https://public.example.com/.well-known/"
            "oauth-protected-resource/x\", scope=\"mcp\"");
}

}  // namespace
}  // namespace sallyport::auth
