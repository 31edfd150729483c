// A small builder for tool results, so handlers read as what they return:
//   return ToolResult::text("done");
//   return ToolResult::error("account is frozen");          // isError: the model sees it
//   return ToolResult::structured(json).add_text("3 rows");  // structuredContent + text
#pragma once

#include "sallyport/model/types.hpp"

namespace sallyport {

class ToolResult {
 public:
  ToolResult() = default;
  static ToolResult text(std::string text);
  static ToolResult error(std::string message);
  // structuredContent plus its serialisation as text, for clients that read only content.
  static ToolResult structured(Json value);

  ToolResult& add(ContentBlock block);
  ToolResult& add_text(std::string text);
  ToolResult& add_image(std::string base64_data, std::string mime_type);
  ToolResult& add_audio(std::string base64_data, std::string mime_type);
  ToolResult& add_resource_link(Resource resource);
  ToolResult& add_resource(ResourceContents contents);
  ToolResult& structured_content(Json value);
  ToolResult& is_error(bool v = true);

  CallToolResult release() { return std::move(result_); }
  const CallToolResult& get() const { return result_; }

 private:
  CallToolResult result_;
};

}  // namespace sallyport
