// bench-server: the server the benchmarks load. One tool, `echo`, returning its `text`
// argument, so what is measured is the SDK (transport, JSON-RPC, dispatch, validation), not
// the work of a tool.
//
//   bench-server --stdio
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "sallyport/server.hpp"

namespace {

void usage() {
  fmt::print(stderr,
             "usage: bench-server --stdio\n"
             "  Serves one tool, echo {{text}}, for benchmarks (see bench/README.md).\n");
}

}  // namespace

int main(int argc, char** argv) {
  bool stdio = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--stdio") == 0) {
      stdio = true;
    } else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      usage();
      return 0;
    } else {
      fmt::print(stderr, "bench-server: unknown argument '{}'\n", argv[i]);
      usage();
      return 2;
    }
  }
  if (!stdio) {
    usage();
    return 2;
  }

  sallyport::Server server{{.name = "bench-server", .version = "0.1.0"}};
  server.tool("echo")
      .description("Returns its text argument.")
      .input_schema(boost::json::parse(
          R"({"type":"object","properties":{"text":{"type":"string"}},"required":["text"]})"))
      .read_only()
      .handle([](const sallyport::JsonObject& args, sallyport::Context&) {
        return std::string(args.at("text").as_string());
      });
  return sallyport::serve_stdio(server);
}
