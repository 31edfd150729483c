// Tools: definitions, calls and call results.
#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

Json to_json(const ToolAnnotations& a) {
  JsonObject o;
  put(o, "title", a.title);
  put(o, "readOnlyHint", a.read_only_hint);
  put(o, "destructiveHint", a.destructive_hint);
  put(o, "idempotentHint", a.idempotent_hint);
  put(o, "openWorldHint", a.open_world_hint);
  return o;
}

void from_json(const Json& j, ToolAnnotations& out) {
  const Reader r(j);
  ToolAnnotations a;
  a.title = r.opt_str("title");
  a.read_only_hint = r.opt_bool("readOnlyHint");
  a.destructive_hint = r.opt_bool("destructiveHint");
  a.idempotent_hint = r.opt_bool("idempotentHint");
  a.open_world_hint = r.opt_bool("openWorldHint");
  out = a;
}

Json to_json(const Tool& t) {
  JsonObject o;
  o["name"] = t.name;
  put(o, "title", t.title);
  put(o, "description", t.description);
  o["inputSchema"] = t.input_schema;
  put(o, "outputSchema", t.output_schema);
  if (t.annotations) o["annotations"] = to_json(*t.annotations);
  if (t.task_support) o["execution"] = JsonObject{{"taskSupport", *t.task_support}};
  put_list(o, "icons", t.icons);
  put_meta(o, t.meta);
  return o;
}

void from_json(const Json& j, Tool& out) {
  const Reader r(j);
  Tool t;
  t.name = r.str("name");
  t.title = r.opt_str("title");
  t.description = r.opt_str("description");
  t.input_schema = r.object("inputSchema");
  // Both revisions pin the input schema to an object schema: arguments are always an object.
  const Json* type = t.input_schema.if_contains("type");
  if (!type || !type->is_string() || type->get_string() != "object")
    throw FieldError("inputSchema.type", "expected \"object\"");
  t.output_schema = r.opt_object("outputSchema");
  t.annotations = r.opt_decode<ToolAnnotations>("annotations");
  if (const Json* exec = r.find("execution")) {
    t.task_support = at("execution", [&] { return Reader(*exec).opt_str("taskSupport"); });
  }
  t.icons = r.list<Icon>("icons");
  t.meta = r.meta();
  out = std::move(t);
}

Json to_json(const CallToolParams& p) {
  JsonObject o;
  o["name"] = p.name;
  o["arguments"] = p.arguments;
  return o;
}

void from_json(const Json& j, CallToolParams& out) {
  const Reader r(j);
  CallToolParams p;
  p.name = r.str("name");
  p.arguments = r.opt_object("arguments").value_or(JsonObject{});
  out = std::move(p);
}

Json to_json(const CallToolResult& res) {
  JsonObject o;
  put_list(o, "content", res.content, /*always=*/true);
  put(o, "structuredContent", res.structured_content);
  if (res.is_error) o["isError"] = true;
  put_meta(o, res.meta);
  return o;
}

void from_json(const Json& j, CallToolResult& out) {
  const Reader r(j);
  CallToolResult res;
  res.content = r.list<ContentBlock>("content", /*required=*/true);
  res.structured_content = r.opt_any("structuredContent");
  res.is_error = r.flag("isError");
  res.meta = r.meta();
  out = std::move(res);
}

}  // namespace sallyport
