// everything-server: the conformance and interop fixture. Serves every fixture the official
// conformance suite and tools/interop expect, over stdio or Streamable HTTP:
//   everything-server --stdio
//   everything-server --http 127.0.0.1:8080      (endpoint /mcp)
//        [--issuer URL --audience URL ... | --auth-config FILE.yaml]   (docs/authorization.md)
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>

#include <CLI/CLI.hpp>

#include "fixtures.hpp"
#include "sallyport/auth/cli.hpp"

#if __has_include("sallyport/server/http.hpp")
#include "sallyport/server/http.hpp"
#define EVERYTHING_HAS_HTTP 1
#endif

namespace {

constexpr const char* kUsage =
    "usage: everything-server --stdio | --http HOST:PORT [authorization flags]\n"
    "  --stdio            serve one client on stdin/stdout\n"
    "  --http HOST:PORT   serve Streamable HTTP at http://HOST:PORT/mcp\n"
    "  authorization (HTTP only; `--http HOST:PORT --help` lists them): --issuer URL\n"
    "    --audience URL [--jwks-uri URL] [--introspection-uri URL ...] [--required-scope S]...\n"
    "    or --auth-config FILE.yaml\n";

#ifdef EVERYTHING_HAS_HTTP
constexpr bool kHttpAvailable = true;
#else
constexpr bool kHttpAvailable = false;
#endif

sallyport::ServerOptions options() {
  sallyport::ServerOptions o;
  o.name = "sallyport-everything-server";
  o.title = "Sallyport everything server";
  o.version = "0.1.0";
  o.instructions =
      "Conformance fixture: exposes the tools, resources and prompts the official MCP "
      "conformance suite calls by name.";
  // Several processes serving one client (replicas, or a process per request behind a proxy)
  // must seal requestState with the same key; one process picks a random key.
  if (const char* key = std::getenv("EVERYTHING_REQUEST_STATE_KEY")) o.request_state_key = key;
  return o;
}

#ifdef EVERYTHING_HAS_HTTP
// The HTTP transport is being written alongside this fixture; accept the likely spellings of its
// bind address so the fixture keeps compiling while that API settles.
template <typename Options>
bool bind_to(Options& o, const std::string& host, std::uint16_t port) {
  std::string both = host + ":" + std::to_string(port);
  if constexpr (requires {
                  o.host = host;
                  o.port = port;
                }) {
    o.host = host;
    o.port = port;
    return true;
  } else if constexpr (requires {
                         o.address = host;
                         o.port = port;
                       }) {
    o.address = host;
    o.port = port;
    return true;
  } else if constexpr (requires { o.bind = both; }) {
    o.bind = both;
    return true;
  } else if constexpr (requires { o.listen = both; }) {
    o.listen = both;
    return true;
  } else {
    return false;
  }
}

int serve_on(sallyport::Server& server, const std::string& host, std::uint16_t port,
             std::shared_ptr<const sallyport::auth::Authenticator> authn) {
  sallyport::HttpOptions http;
  http.authorization = std::move(authn);
  if (!bind_to(http, host, port)) {
    std::fputs(
        "everything-server: HttpOptions has no bind address this fixture knows; update "
        "bind_to() in apps/everything-server/main.cpp\n",
        stderr);
    return 2;
  }
  if constexpr (std::is_void_v<decltype(sallyport::serve_http(server, std::move(http)))>) {
    sallyport::serve_http(server, std::move(http));
    return 0;
  } else {
    return static_cast<int>(sallyport::serve_http(server, std::move(http)));
  }
}
#endif

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--help" || mode == "-h") {
    std::fputs(kUsage, stdout);
    // Read by scripts/conformance.sh to decide whether the HTTP legs can run.
    std::fputs(kHttpAvailable ? "transports: stdio http\n" : "transports: stdio\n", stdout);
    return 0;
  }
  if (!(mode == "--stdio" && argc == 2) && !(mode == "--http" && argc >= 3)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  // After --http HOST:PORT: the authorization flags, if any.
  std::shared_ptr<const sallyport::auth::Authenticator> authn;
  if (mode == "--http") {
    CLI::App app{"everything-server --http HOST:PORT: authorization flags", "everything-server"};
    sallyport::auth::AuthFlags flags;
    sallyport::auth::add_flags(app, flags);
    try {
      app.parse(argc - 2, argv + 2);  // CLI11 skips argv[0]: here that is the address
    } catch (const CLI::ParseError& e) {
      return app.exit(e);
    }
    auto made = sallyport::auth::authenticator_from_flags(app, flags);
    if (!made) {
      std::fprintf(stderr, "everything-server: %s\n", made.error().c_str());
      return 2;
    }
    authn = std::move(*made);
  }

  try {
    sallyport::Server server(options());
    everything::register_content_tools(server);
    everything::register_interactive_tools(server);
    everything::register_input_required(server);
    everything::register_task_tools(server);
    everything::register_resources(server);
    everything::register_prompts(server);

    if (mode == "--stdio") return sallyport::serve_stdio(server);

#ifdef EVERYTHING_HAS_HTTP
    sallyport::HttpOptions address;
    if (!sallyport::parse_listen_address(argv[2], address)) {
      std::fprintf(stderr, "everything-server: --http wants HOST:PORT, got '%s'\n", argv[2]);
      return 2;
    }
    return serve_on(server, address.host, address.port, std::move(authn));
#else
    std::fputs(
        "everything-server: HTTP is not available in this build (the Streamable HTTP "
        "transport, sallyport/server/http.hpp, is not there yet); use --stdio\n",
        stderr);
    return 2;
#endif
  } catch (const std::exception& e) {
    std::fprintf(stderr, "everything-server: %s\n", e.what());
    return 1;
  }
}
