#include "sallyport/server/tool_result.hpp"

namespace sallyport {

ToolResult ToolResult::text(std::string t) {
  ToolResult r;
  r.add_text(std::move(t));
  return r;
}

ToolResult ToolResult::error(std::string message) {
  ToolResult r = text(std::move(message));
  r.result_.is_error = true;
  return r;
}

ToolResult ToolResult::structured(Json value) {
  ToolResult r;
  r.add_text(boost::json::serialize(value));
  r.result_.structured_content = std::move(value);
  return r;
}

ToolResult& ToolResult::add(ContentBlock block) {
  result_.content.push_back(std::move(block));
  return *this;
}
ToolResult& ToolResult::add_text(std::string t) {
  return add(TextContent{std::move(t), {}, {}});
}
ToolResult& ToolResult::add_image(std::string data, std::string mime) {
  return add(ImageContent{std::move(data), std::move(mime), {}, {}});
}
ToolResult& ToolResult::add_audio(std::string data, std::string mime) {
  return add(AudioContent{std::move(data), std::move(mime), {}, {}});
}
ToolResult& ToolResult::add_resource_link(Resource resource) {
  return add(ResourceLink{std::move(resource)});
}
ToolResult& ToolResult::add_resource(ResourceContents contents) {
  return add(EmbeddedResource{std::move(contents), {}, {}});
}
ToolResult& ToolResult::structured_content(Json value) {
  result_.structured_content = std::move(value);
  return *this;
}
ToolResult& ToolResult::is_error(bool v) {
  result_.is_error = v;
  return *this;
}

}  // namespace sallyport
