// examples/client_example.cpp: start a server, list its tools, call one.
#include <sallyport/client.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: client_example SERVER_COMMAND [ARGS...]\n";
    return 2;
  }
  try {
    auto client = sallyport::Client::spawn({argv + 1, argv + argc});  // negotiates the era
    std::cout << "connected to " << client->server_info().name << " (" << client->protocol_version()
              << ")\n";
    for (const auto& tool : client->list_tools())
      std::cout << "tool " << tool.name << ": " << tool.description.value_or("") << "\n";

    auto result = client->call_tool("greet", {{"name", "Ada"}});
    for (const auto& block : result.content)
      if (auto* text = std::get_if<sallyport::TextContent>(&block)) std::cout << text->text << "\n";
    return result.is_error ? 1 : 0;
  } catch (const std::exception& e) {  // McpError: connection, protocol, timeout
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}
