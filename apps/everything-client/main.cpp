// everything-client URL — run one conformance scenario against URL (see client.hpp).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "client.hpp"

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--help") {
    std::fputs("usage: everything-client URL (run by the conformance suite; see client.hpp)\n",
               stdout);
    // Read by scripts/conformance.sh to decide whether the client legs can run.
    std::fputs(everything_client::http_available() ? "transports: http\n" : "transports:\n",
               stdout);
    return 0;
  }
  everything_client::Run run;
  run.scenario = env("MCP_CONFORMANCE_SCENARIO");
  if (argc < 2 || run.scenario.empty()) {
    std::fputs(
        "usage: MCP_CONFORMANCE_SCENARIO=NAME [MCP_CONFORMANCE_PROTOCOL_VERSION=V] "
        "[MCP_CONFORMANCE_CONTEXT=JSON] everything-client [ARGS...] URL\n"
        "The conformance suite sets these and appends the server URL.\n",
        stderr);
    return 2;
  }
  run.url = argv[argc - 1];  // the suite appends the URL to whatever command it was given
  run.protocol_version = env("MCP_CONFORMANCE_PROTOCOL_VERSION");
  if (run.protocol_version.empty()) run.protocol_version = sallyport::protocol_version::kLegacy;
  if (std::string context = env("MCP_CONFORMANCE_CONTEXT"); !context.empty()) {
    boost::system::error_code ec;
    auto parsed = boost::json::parse(context, ec);
    if (ec || !parsed.is_object()) {
      std::fputs("everything-client: MCP_CONFORMANCE_CONTEXT is not a JSON object\n", stderr);
      return 2;
    }
    run.context = std::move(parsed.as_object());
  }
  return everything_client::run_scenario(run);
}
