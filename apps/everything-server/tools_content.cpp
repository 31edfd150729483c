// Tools whose result content, notifications or side effects the suite checks: the
// tools-call-* scenarios, json-schema-2020-12, server-stateless diagnostics, SEP-2243 headers.
#include <chrono>
#include <mutex>
#include <thread>

#include "fixtures.hpp"

#if __has_include("sallyport/server/http.hpp")
#include "sallyport/server/http.hpp"
#define EVERYTHING_HAS_HTTP 1
#endif

namespace everything {

using namespace std::chrono_literals;
using sallyport::Context;
using sallyport::Json;
using sallyport::JsonObject;
using sallyport::LoggingLevel;
using sallyport::ToolResult;

namespace {

sallyport::TextResourceContents text_contents(std::string uri, std::string mime, std::string text) {
  return sallyport::TextResourceContents{std::move(uri), std::move(mime), std::move(text), {}};
}

// json-schema-2020-12: the suite compares this inputSchema keyword by keyword.
Json json_schema_2020_12() {
  return boost::json::parse(R"({
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "$defs": {
      "address": {
        "$anchor": "addressDef",
        "type": "object",
        "properties": {"street": {"type": "string"}, "city": {"type": "string"}}
      }
    },
    "properties": {
      "name": {"type": "string"},
      "address": {"$ref": "#/$defs/address"},
      "contactMethod": {"type": "string", "enum": ["phone", "email"]},
      "phone": {"type": "string"},
      "email": {"type": "string"}
    },
    "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
    "if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
    "then": {"required": ["phone"]},
    "else": {"required": ["email"]},
    "additionalProperties": false
  })");
}

void register_media(sallyport::Server& server) {
  server.tool("test_simple_text")
      .description("Returns a simple text response")
      .handle([](const JsonObject&, Context&) {
        return ToolResult::text("This is a simple text response for testing.");
      });
  server.tool("test_image_content")
      .description("Returns a 1x1 PNG image")
      .handle([](const JsonObject&, Context&) {
        return ToolResult().add_image(kPngBase64, "image/png");
      });
  server.tool("test_audio_content")
      .description("Returns a short WAV audio clip")
      .handle([](const JsonObject&, Context&) {
        return ToolResult().add_audio(kWavBase64, "audio/wav");
      });
  server.tool("test_embedded_resource")
      .description("Returns an embedded text resource")
      .handle([](const JsonObject&, Context&) {
        return ToolResult().add_resource(text_contents("test://embedded-resource", "text/plain",
                                                       "This is an embedded resource content."));
      });
  server.tool("test_multiple_content_types")
      .description("Returns text, an image and an embedded resource")
      .handle([](const JsonObject&, Context&) {
        return ToolResult::text("Multiple content types test:")
            .add_image(kPngBase64, "image/png")
            .add_resource(text_contents("test://mixed-content-resource", "application/json",
                                        R"({"test":"data","value":123})"));
      });
  server.tool("test_error_handling")
      .description("Always fails with a tool execution error (isError)")
      .handle([](const JsonObject&, Context&) {
        return ToolResult::error("This tool intentionally returns an error for testing");
      });
  server.tool("json_schema_2020_12_tool")
      .description("Tool with JSON Schema 2020-12 features")
      .input_schema(json_schema_2020_12())
      .handle([](const JsonObject& args, Context&) {
        return ToolResult::text("Received: " + boost::json::serialize(args));
      });
  // SEP-2243: `region` is mirrored into the Mcp-Param-Region HTTP header by conformant clients.
  server.tool("test_x_mcp_header")
      .description("Echoes a parameter that clients mirror into the Mcp-Param-Region header")
      .input_schema(object_schema({{"region", JsonObject{{"type", "string"},
                                                         {"description", "Deployment region"},
                                                         {"x-mcp-header", "Region"}}}},
                                  {"region"}))
      .handle([](const JsonObject& args, Context&) {
        return ToolResult::text("Region: " + std::string(args.at("region").as_string()));
      });
}

void register_notifying(sallyport::Server& server) {
  // tools-call-with-logging: three info messages, ~50 ms apart.
  server.tool("test_tool_with_logging")
      .description("Sends three log messages while it runs")
      .handle([](const JsonObject&, Context& ctx) {
        ctx.log(LoggingLevel::kInfo, "Tool execution started");
        std::this_thread::sleep_for(50ms);
        ctx.log(LoggingLevel::kInfo, "Tool processing data");
        std::this_thread::sleep_for(50ms);
        ctx.log(LoggingLevel::kInfo, "Tool execution completed");
        return ToolResult::text("Tool with logging executed successfully");
      });
  // tools-call-with-progress: 0, 50 and 100 of 100, ~50 ms apart.
  server.tool("test_tool_with_progress")
      .description("Reports progress 0, 50 and 100 of 100")
      .handle([](const JsonObject&, Context& ctx) {
        ctx.progress(0, 100);
        std::this_thread::sleep_for(50ms);
        ctx.progress(50, 100);
        std::this_thread::sleep_for(50ms);
        ctx.progress(100, 100);
        return ToolResult::text("Tool with progress executed successfully");
      });
  // server-stateless: a 2026-07-28 request without _meta logLevel must get no log messages.
  server.tool("test_logging_tool")
      .description("Logs at every level; only what the request's log level lets through is sent")
      .handle([](const JsonObject&, Context& ctx) {
        ctx.log(LoggingLevel::kDebug, "debug message from test_logging_tool");
        ctx.log(LoggingLevel::kInfo, "info message from test_logging_tool");
        ctx.log(LoggingLevel::kError, "error message from test_logging_tool");
        return ToolResult::text("Logging tool completed");
      });
  // server-sse-polling (SEP-1699): over legacy HTTP the response stream is closed mid-call; the
  // client reconnects with Last-Event-ID and gets the result from the replayed stream.
  server.tool("test_reconnection")
      .description("Closes its response stream mid-call, so the client must resume it")
      .handle([](const JsonObject&, Context& ctx) {
        std::this_thread::sleep_for(50ms);
#ifdef EVERYTHING_HAS_HTTP
        sallyport::close_sse_stream(ctx);  // false (and harmless) outside legacy HTTP
#endif
        for (int i = 0; i < 10 && !ctx.cancelled(); ++i) std::this_thread::sleep_for(20ms);
        return ToolResult::text("Reconnection test completed");
      });
}

// server-stateless: mutate the tool and prompt lists so listen streams get list_changed.
void register_triggers(sallyport::Server& server) {
  static std::mutex toggle_mutex;
  server.tool("test_trigger_tool_change")
      .description("Adds or removes test_dynamic_tool (sends tools/list_changed)")
      .handle([&server](const JsonObject&, Context&) {
        std::lock_guard lock(toggle_mutex);
        if (server.remove_tool("test_dynamic_tool"))
          return ToolResult::text("test_dynamic_tool removed");
        server.tool("test_dynamic_tool")
            .description("Appears and disappears with test_trigger_tool_change")
            .handle([](const JsonObject&, Context&) {
              return ToolResult::text("Dynamic tool executed");
            });
        return ToolResult::text("test_dynamic_tool added");
      });
  server.tool("test_trigger_prompt_change")
      .description("Adds or removes test_dynamic_prompt (sends prompts/list_changed)")
      .handle([&server](const JsonObject&, Context&) {
        std::lock_guard lock(toggle_mutex);
        if (server.remove_prompt("test_dynamic_prompt"))
          return ToolResult::text("test_dynamic_prompt removed");
        server.prompt("test_dynamic_prompt")
            .description("Appears and disappears with test_trigger_prompt_change")
            .get([](const sallyport::PromptArguments&, Context&) {
              sallyport::GetPromptResult r;
              r.messages.push_back({sallyport::Role::kUser, sallyport::text("A dynamic prompt.")});
              return r;
            });
        return ToolResult::text("test_dynamic_prompt added");
      });
}

}  // namespace

void register_content_tools(sallyport::Server& server) {
  register_media(server);
  register_notifying(server);
  register_triggers(server);
}

}  // namespace everything
