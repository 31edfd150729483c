// bench-server: the server the benchmarks load. One tool, `echo`, returning its `text`
// argument, so what is measured is the SDK (transport, JSON-RPC, dispatch, validation), not
// the work of a tool.
//
//   bench-server --stdio
//   bench-server --http 127.0.0.1:PORT [--threads N] [authorization flags]
//
// With --http it serves Streamable HTTP at http://HOST:PORT/mcp (both eras) until SIGINT or
// SIGTERM; the authorization flags (--issuer, --audience, ... or --auth-config FILE.yaml, see
// docs/authorization.md) turn it into an OAuth resource server, so the cost of authorization
// can be measured against the same server without it.
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "sallyport/auth/cli.hpp"
#include "sallyport/server.hpp"
#include "sallyport/server/http.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Serves one tool, echo {text}, for benchmarks (see bench/README.md).",
               "bench-server"};
  bool stdio = false;
  std::string address;
  std::size_t threads = 0;
  sallyport::auth::AuthFlags auth;
  auto* stdio_flag = app.add_flag("--stdio", stdio, "Serve one client on stdin/stdout");
  auto* http_flag =
      app.add_option("--http", address, "Serve Streamable HTTP at http://HOST:PORT/mcp")
          ->excludes(stdio_flag);
  app.add_option("--threads", threads, "HTTP I/O threads (default: one per hardware thread)")
      ->needs(http_flag);
  sallyport::auth::add_flags(app, auth);
  CLI11_PARSE(app, argc, argv);
  if (!stdio && address.empty()) {
    fmt::print(stderr, "bench-server: give --stdio or --http HOST:PORT\n{}", app.help());
    return 2;
  }

  sallyport::HttpOptions http;
  if (!stdio) {
    if (!sallyport::parse_listen_address(address, http)) {
      fmt::print(stderr, "bench-server: --http wants HOST:PORT, got '{}'\n", address);
      return 2;
    }
    http.threads = threads;
  }
  auto authn = sallyport::auth::authenticator_from_flags(app, auth);
  if (!authn) {
    fmt::print(stderr, "bench-server: {}\n", authn.error());
    return 2;
  }
  if (*authn && stdio) {
    fmt::print(stderr,
               "bench-server: authorization applies to --http only (stdio has no tokens)\n");
    return 2;
  }
  http.authorization = *authn;

  try {
    sallyport::Server server{{.name = "bench-server", .version = "0.1.0"}};
    server.tool("echo")
        .description("Returns its text argument.")
        .input_schema(boost::json::parse(
            R"({"type":"object","properties":{"text":{"type":"string"}},"required":["text"]})"))
        .read_only()
        .handle([](const sallyport::JsonObject& args, sallyport::Context&) {
          return std::string(args.at("text").as_string());
        });
    if (stdio) return sallyport::serve_stdio(server);
    return sallyport::serve_http(server, std::move(http));
  } catch (const std::exception& e) {
    fmt::print(stderr, "bench-server: {}\n", e.what());
    return 1;
  }
}
