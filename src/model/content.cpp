// Content blocks: the tagged unions in tool results, prompt messages and sampling messages.
#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

namespace {

void put_annotations(JsonObject& o, const std::optional<Annotations>& a) {
  if (a) o["annotations"] = to_json(*a);
}

// Image and audio share their shape; the payload stays base64 text (decoding is the
// consumer's business, and a model layer that decoded would double the memory).
template <typename T>
Json media_to_json(const T& m, std::string_view type) {
  JsonObject o;
  o["type"] = type;
  o["data"] = m.data;
  o["mimeType"] = m.mime_type;
  put_annotations(o, m.annotations);
  put_meta(o, m.meta);
  return o;
}

template <typename T>
void media_from_json(const Json& j, T& out, std::string_view type) {
  const Reader r(j);
  r.expect_type(type);
  T m;
  m.data = r.str("data");
  m.mime_type = r.str("mimeType");
  m.annotations = r.opt_decode<Annotations>("annotations");
  m.meta = r.meta();
  out = std::move(m);
}

// The "type" of a tagged content object, for dispatch.
std::string content_type(const Json& j) {
  const Reader r(j);
  return r.str("type");
}

[[noreturn]] void unknown_type(const std::string& type) {
  throw FieldError("type", "unknown content type " + quote(type));
}

}  // namespace

// ---- Text, image, audio ---------------------------------------------------------------------
Json to_json(const TextContent& t) {
  JsonObject o;
  o["type"] = "text";
  o["text"] = t.text;
  put_annotations(o, t.annotations);
  put_meta(o, t.meta);
  return o;
}

void from_json(const Json& j, TextContent& out) {
  const Reader r(j);
  r.expect_type("text");
  TextContent t;
  t.text = r.str("text");
  t.annotations = r.opt_decode<Annotations>("annotations");
  t.meta = r.meta();
  out = std::move(t);
}

Json to_json(const ImageContent& c) {
  return media_to_json(c, "image");
}
void from_json(const Json& j, ImageContent& out) {
  media_from_json(j, out, "image");
}
Json to_json(const AudioContent& c) {
  return media_to_json(c, "audio");
}
void from_json(const Json& j, AudioContent& out) {
  media_from_json(j, out, "audio");
}

// ---- ContentBlock ---------------------------------------------------------------------------
Json to_json(const ContentBlock& b) {
  return std::visit([](const auto& x) { return to_json(x); }, b);
}

void from_json(const Json& j, ContentBlock& out) {
  const std::string type = content_type(j);
  if (type == "text") {
    out = decode<TextContent>(j);
  } else if (type == "image") {
    out = decode<ImageContent>(j);
  } else if (type == "audio") {
    out = decode<AudioContent>(j);
  } else if (type == "resource_link") {
    out = decode<ResourceLink>(j);
  } else if (type == "resource") {
    out = decode<EmbeddedResource>(j);
  } else {
    unknown_type(type);
  }
}

// ---- Sampling content -----------------------------------------------------------------------
Json to_json(const ToolUseContent& t) {
  JsonObject o;
  o["type"] = "tool_use";
  o["id"] = t.id;
  o["name"] = t.name;
  o["input"] = t.input;
  put_meta(o, t.meta);
  return o;
}

void from_json(const Json& j, ToolUseContent& out) {
  const Reader r(j);
  r.expect_type("tool_use");
  ToolUseContent t;
  t.id = r.str("id");
  t.name = r.str("name");
  t.input = r.object("input");
  t.meta = r.meta();
  out = std::move(t);
}

Json to_json(const ToolResultContent& t) {
  JsonObject o;
  o["type"] = "tool_result";
  o["toolUseId"] = t.tool_use_id;
  put_list(o, "content", t.content, /*always=*/true);
  put(o, "structuredContent", t.structured_content);
  if (t.is_error) o["isError"] = true;
  put_meta(o, t.meta);
  return o;
}

void from_json(const Json& j, ToolResultContent& out) {
  const Reader r(j);
  r.expect_type("tool_result");
  ToolResultContent t;
  t.tool_use_id = r.str("toolUseId");
  t.content = r.list<ContentBlock>("content", /*required=*/true);
  t.structured_content = r.opt_any("structuredContent");
  t.is_error = r.flag("isError");
  t.meta = r.meta();
  out = std::move(t);
}

Json to_json(const SamplingContent& c) {
  return std::visit([](const auto& x) { return to_json(x); }, c);
}

void from_json(const Json& j, SamplingContent& out) {
  const std::string type = content_type(j);
  if (type == "text") {
    out = decode<TextContent>(j);
  } else if (type == "image") {
    out = decode<ImageContent>(j);
  } else if (type == "audio") {
    out = decode<AudioContent>(j);
  } else if (type == "tool_use") {
    out = decode<ToolUseContent>(j);
  } else if (type == "tool_result") {
    out = decode<ToolResultContent>(j);
  } else {
    unknown_type(type);
  }
}

}  // namespace sallyport
