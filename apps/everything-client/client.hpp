// everything-client: the client the official conformance suite drives in client mode. The
// suite starts `everything-client URL` with the scenario in MCP_CONFORMANCE_SCENARIO, the
// protocol revision in MCP_CONFORMANCE_PROTOCOL_VERSION and scenario data (JSON) in
// MCP_CONFORMANCE_CONTEXT; each scenario then checks what the client sent.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <sallyport/client.hpp>
#include <sallyport/client/http.hpp>

namespace everything_client {

struct Run {
  std::string url;
  std::string scenario;
  std::string protocol_version;   // the revision the suite runs the scenario at
  sallyport::JsonObject context;  // MCP_CONFORMANCE_CONTEXT, {} when absent
};

// Whether this build can connect over Streamable HTTP (Client::connect_http exists).
bool http_available();

// The OAuth client for an auth/* scenario (auth.cpp), null for the others.
std::shared_ptr<sallyport::http::RequestAuthorizer> authorizer_for(const Run& run);

// Connects over Streamable HTTP with the era the run asks for, signing in when the server asks
// (auth/* scenarios). nullptr (after saying why on
// stderr) when this build has no HTTP client; throws McpError when the connection fails.
std::unique_ptr<sallyport::Client> connect(const Run& run, sallyport::ClientHandlers handlers);

// Answers for the server's questions: elicitation (accepts, filling defaults), sampling (a
// canned reply) and roots. `on_elicit` runs before each elicitation is answered.
sallyport::ClientHandlers default_handlers(std::function<void()> on_elicit = {});

// Arguments for calling `tool`: the scenario's own (context "toolCalls") when it names the tool,
// else a plausible value for each required property of its input schema.
sallyport::JsonObject arguments_for(const Run& run, const sallyport::Tool& tool);

// The scenario handlers (scenarios.cpp). Each returns the process exit code.
int run_scenario(const Run& run);

}  // namespace everything_client
