// examples/server_example.cpp: an MCP server on stdio with one tool and one resource.
#include <sallyport/server.hpp>

int main() {
  sallyport::Server server{{.name = "greeter", .version = "1.0.0"}};

  server.tool("greet")
      .description("Says hello to someone.")
      .input_schema({{"type", "object"},
                     {"properties", {{"name", {{"type", "string"}}}}},
                     {"required", {"name"}}})
      .handle([](const sallyport::JsonObject& args, sallyport::Context&) {
        return "Hello, " + std::string(args.at("name").as_string()) + "!";
      });

  server.resource("greeter://about", "about").text("A friendly example server.");

  return sallyport::serve_stdio(server);  // both protocol eras, until stdin closes
}
