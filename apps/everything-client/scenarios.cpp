// What the client does in each scenario. Most scenarios only need a well-behaved client that
// uses what the server offers (exercise()); the others say below what the suite looks for. In
// the auth/* scenarios the same client signs in first (auth.cpp picks the grant and identity).
#include <cstdio>
#include <map>

#include "client.hpp"

namespace everything_client {

using sallyport::Json;
using sallyport::JsonObject;

namespace {

struct Tally {
  int failures = 0;
  // Runs one step; a failing step is reported and the scenario goes on with the next.
  template <typename F>
  void step(const std::string& what, F&& f) {
    try {
      f();
    } catch (const std::exception& e) {
      ++failures;
      std::fprintf(stderr, "everything-client: %s failed: %s\n", what.c_str(), e.what());
    }
  }
  int exit_code() const { return failures == 0 ? 0 : 1; }
};

// Lists everything the server advertises and uses all of it: every tool called, every resource
// read, every prompt got (initialize, tools_call, sse-retry, http-standard-headers,
// http-custom-headers, http-invalid-tool-headers, elicitation-sep1034-client-defaults, ...).
// Tools the SDK refuses to list (e.g. malformed x-mcp-header annotations) are never called.
void exercise(const Run& run, sallyport::Client& client, Tally& t) {
  const auto& caps = client.server_capabilities();
  if (caps.tools) {
    std::vector<sallyport::Tool> tools;
    t.step("tools/list", [&] { tools = client.list_tools(); });
    for (auto& tool : tools)
      t.step("tools/call " + tool.name,
             [&] { client.call_tool(tool.name, arguments_for(run, tool)); });
  }
  if (caps.resources) {
    std::vector<sallyport::Resource> resources;
    t.step("resources/list", [&] { resources = client.list_resources(); });
    for (auto& r : resources)
      t.step("resources/read " + r.uri, [&] { client.read_resource(r.uri); });
  }
  if (caps.prompts) {
    std::vector<sallyport::Prompt> prompts;
    t.step("prompts/list", [&] { prompts = client.list_prompts(); });
    for (auto& p : prompts) {
      std::map<std::string, std::string> args;
      for (auto& a : p.arguments)
        if (a.required) args[a.name] = "sallyport";
      t.step("prompts/get " + p.name, [&] { client.get_prompt(p.name, args); });
    }
  }
}

// json-schema-ref-no-deref: list the tool whose schema $refs a network URI, fetch nothing.
int list_tools_only(const Run& run) {
  auto client = connect(run, default_handlers());
  if (!client) return 1;
  client->list_tools();
  return 0;
}

// json-schema-2020-12-preservation: echo the focal tool's inputSchema back verbatim.
int echo_schema(const Run& run) {
  auto client = connect(run, default_handlers());
  if (!client) return 1;
  for (auto& tool : client->list_tools())
    if (tool.name == "json_schema_2020_12_tool") {
      client->call_tool("json_schema_echo", JsonObject{{"schema", tool.input_schema}});
      return 0;
    }
  std::fputs("everything-client: json_schema_2020_12_tool is not listed\n", stderr);
  return 1;
}

// sep-2322-client-request-state: the SDK runs the input rounds (echoing requestState verbatim,
// new JSON-RPC id per retry); between the rounds of test_mrtr_echo_state another tool is
// called, which must carry none of that flow's inputResponses or requestState.
int request_state(const Run& run) {
  sallyport::Client* self = nullptr;
  bool unrelated_called = false;
  auto handlers = default_handlers([&] {
    if (self && !unrelated_called) {
      unrelated_called = true;
      self->call_tool("test_mrtr_unrelated");
    }
  });
  auto client = connect(run, std::move(handlers));
  if (!client) return 1;
  self = client.get();
  Tally t;
  t.step("tools/list", [&] { client->list_tools(); });
  for (const char* name :
       {"test_mrtr_echo_state", "test_mrtr_no_state", "test_mrtr_no_result_type"})
    t.step(std::string("tools/call ") + name, [&] { client->call_tool(name); });
  if (!unrelated_called)
    t.step("tools/call test_mrtr_unrelated", [&] { client->call_tool("test_mrtr_unrelated"); });
  return t.exit_code();
}

int exercise_all(const Run& run) {
  auto client = connect(run, default_handlers());
  if (!client) return 1;
  Tally t;
  exercise(run, *client, t);
  return t.exit_code();
}

}  // namespace

int run_scenario(const Run& run) {
  try {
    if (run.scenario == "json-schema-ref-no-deref") return list_tools_only(run);
    if (run.scenario == "json-schema-2020-12-preservation") return echo_schema(run);
    if (run.scenario == "sep-2322-client-request-state") return request_state(run);
    // request-metadata: the SDK puts the _meta envelope and the MCP-Protocol-Version header on
    // every request and retries once after an UnsupportedProtocolVersionError naming 2026-07-28.
    return exercise_all(run);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "everything-client: %s: %s\n", run.scenario.c_str(), e.what());
    return 1;
  }
}

}  // namespace everything_client
