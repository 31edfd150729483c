// examples/protected_server.cpp: the greeter on Streamable HTTP, for callers with an access token.
#include <sallyport/auth/cli.hpp>
#include <sallyport/server.hpp>
#include <sallyport/server/http.hpp>

#include <iostream>

int main(int argc, char** argv) {
  CLI::App app{"A greeter that knows who is calling"};
  std::uint16_t port = 8080;
  app.add_option("--port", port, "Port on 127.0.0.1 (0: any free port)");
  sallyport::auth::AuthFlags auth;  // --issuer, --audience, --required-scope ... or --auth-config
  sallyport::auth::add_flags(app, auth);
  CLI11_PARSE(app, argc, argv);

  auto authn = sallyport::auth::authenticator_from_flags(app, auth);
  if (!authn || !*authn) {  // misconfigured, or no flags at all: do not start
    std::cerr << (authn ? "give --issuer and --audience" : authn.error()) << "\n";
    return 2;
  }

  sallyport::Server server{{.name = "greeter", .version = "1.0.0"}};
  server.tool("whoami")
      .description("Greets the caller by name.")
      .handle([](const sallyport::JsonObject&, sallyport::Context& ctx) {
        const sallyport::Principal& who = ctx.principal();  // verified before the handler runs
        return "Hello, " + (who.subject.empty() ? who.client_id : who.subject) + "!";
      });

  return sallyport::serve_http(server, {.port = port, .authorization = *authn});
}
