// Human-readable printing of MCP results for the CLI, and JSON printing for `--output json`.
// Everything here writes to the stream it is given; callers decide stdout or stderr.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include <sallyport/model/types.hpp>

namespace sallyport::cli {

// Indented JSON (two spaces), one document, no trailing newline.
std::string pretty_json(const Json& value);
// Bytes encoded by a base64 string (padding and whitespace ignored).
std::size_t base64_size(std::string_view base64);

void print_json(std::FILE* out, const Json& value);

void print_tools(std::FILE* out, const std::vector<Tool>& tools);
void print_call_result(std::FILE* out, const CallToolResult& result);
void print_resources(std::FILE* out, const std::vector<Resource>& resources);
void print_resource_templates(std::FILE* out, const std::vector<ResourceTemplate>& templates);
void print_read_result(std::FILE* out, const ReadResourceResult& result);
void print_prompts(std::FILE* out, const std::vector<Prompt>& prompts);
void print_prompt_result(std::FILE* out, const GetPromptResult& result);

// One content block as the CLI shows it: text verbatim, binary as "[image image/png, N bytes]".
std::string describe_content(const ContentBlock& block);

}  // namespace sallyport::cli
