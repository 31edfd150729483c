// The conformance fixture: every tool, resource, prompt and completion the official conformance
// suite (@modelcontextprotocol/conformance) and the interop harness call by name. Each register_*
// function adds one group; the scenario each fixture serves is named next to it.
#pragma once

#include <sallyport/server.hpp>

namespace everything {

// A 1x1 red PNG and a tiny silent 8 kHz WAV, base64: the smallest valid media for content tests.
inline constexpr const char* kPngBase64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
inline constexpr const char* kWavBase64 =
    "UklGRiwAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQgAAACAgICAgICAgA==";

void register_content_tools(sallyport::Server& server);      // tools_content.cpp
void register_interactive_tools(sallyport::Server& server);  // tools_interactive.cpp
void register_input_required(sallyport::Server& server);     // tools_input_required.cpp
void register_task_tools(sallyport::Server& server);         // tools_tasks.cpp
void register_resources(sallyport::Server& server);          // resources.cpp
void register_prompts(sallyport::Server& server);            // prompts.cpp

// A JSON object schema with the given properties (all strings unless said otherwise).
sallyport::JsonObject object_schema(sallyport::JsonObject properties,
                                    sallyport::JsonArray required = {});

// The text of the first text content block of a sampling answer ("" when there is none).
std::string sampled_text(const sallyport::CreateMessageResult& result);

// The candidates that start with `prefix` (completion/complete).
sallyport::CompleteResult complete_prefix(const std::vector<std::string>& candidates,
                                          const std::string& prefix);

// "accept", "decline" or "cancel".
std::string_view action_name(sallyport::ElicitResult::Action action);

}  // namespace everything
