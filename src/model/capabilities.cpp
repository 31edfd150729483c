// Client and server capabilities. On the wire a capability is an object whose presence means
// "supported"; the model keeps booleans, so true becomes an object and false is omitted.
#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

namespace {

// `experimental` and `extensions` map names to settings objects.
JsonObject object_of_objects(const Reader& r, std::string_view key) {
  auto o = r.opt_object(key);
  if (!o) return {};
  at(key, [&] {
    for (const auto& kv : *o)
      if (!kv.value().is_object())
        at(kv.key(), [&] { fail("expected object, got " + std::string(kind_name(kv.value()))); });
  });
  return std::move(*o);
}

// A capability sub-object, or nullopt when the capability is absent.
std::optional<Reader> sub(const Reader& r, std::string_view key) {
  const Json* v = r.find(key);
  if (!v) return std::nullopt;
  return at(key, [&] { return Reader(*v); });
}

bool sub_flag(const Reader& r, std::string_view cap, std::string_view key) {
  return at(cap, [&] { return r.flag(key); });
}

void put_map(JsonObject& o, std::string_view key, const JsonObject& m) {
  if (!m.empty()) o[key] = m;
}

}  // namespace

// ---- Client ---------------------------------------------------------------------------------
Json to_json(const ClientCapabilities& c) {
  JsonObject o;
  put_map(o, "experimental", c.experimental);
  if (c.roots || c.roots_list_changed) {
    JsonObject roots;
    if (c.roots_list_changed) roots["listChanged"] = true;
    o["roots"] = std::move(roots);
  }
  if (c.sampling || c.sampling_tools || c.sampling_context) {
    JsonObject sampling;
    if (c.sampling_context) sampling["context"] = JsonObject{};
    if (c.sampling_tools) sampling["tools"] = JsonObject{};
    o["sampling"] = std::move(sampling);
  }
  if (c.elicitation_form || c.elicitation_url) {
    JsonObject elicitation;
    if (c.elicitation_form) elicitation["form"] = JsonObject{};
    if (c.elicitation_url) elicitation["url"] = JsonObject{};
    o["elicitation"] = std::move(elicitation);
  }
  if (c.tasks) o["tasks"] = c.tasks_detail.value_or(JsonObject{});
  put_map(o, "extensions", c.extensions);
  return o;
}

void from_json(const Json& j, ClientCapabilities& out) {
  Reader r(j);
  ClientCapabilities c;
  c.experimental = object_of_objects(r, "experimental");
  if (auto roots = sub(r, "roots")) {
    c.roots = true;
    c.roots_list_changed = sub_flag(*roots, "roots", "listChanged");
  }
  if (auto sampling = sub(r, "sampling")) {
    c.sampling = true;
    c.sampling_context =
        at("sampling", [&] { return sampling->opt_object("context").has_value(); });
    c.sampling_tools = at("sampling", [&] { return sampling->opt_object("tools").has_value(); });
  }
  if (auto elicitation = sub(r, "elicitation")) {
    at("elicitation", [&] {
      c.elicitation_form = elicitation->opt_object("form").has_value();
      c.elicitation_url = elicitation->opt_object("url").has_value();
    });
    // The schema's "form mode only (implicit)" case: an empty elicitation object predates the
    // form/url split and means form support.
    if (!c.elicitation_form && !c.elicitation_url) c.elicitation_form = true;
  }
  if (r.has("tasks")) {
    c.tasks = true;
    c.tasks_detail = r.object("tasks");
  }
  c.extensions = object_of_objects(r, "extensions");
  out = std::move(c);
}

// ---- Server ---------------------------------------------------------------------------------
Json to_json(const ServerCapabilities& c) {
  JsonObject o;
  put_map(o, "experimental", c.experimental);
  if (c.logging) o["logging"] = JsonObject{};
  if (c.completions) o["completions"] = JsonObject{};
  if (c.prompts || c.prompts_list_changed) {
    JsonObject prompts;
    if (c.prompts_list_changed) prompts["listChanged"] = true;
    o["prompts"] = std::move(prompts);
  }
  if (c.resources || c.resources_subscribe || c.resources_list_changed) {
    JsonObject resources;
    if (c.resources_subscribe) resources["subscribe"] = true;
    if (c.resources_list_changed) resources["listChanged"] = true;
    o["resources"] = std::move(resources);
  }
  if (c.tools || c.tools_list_changed) {
    JsonObject tools;
    if (c.tools_list_changed) tools["listChanged"] = true;
    o["tools"] = std::move(tools);
  }
  put(o, "tasks", c.tasks);
  put_map(o, "extensions", c.extensions);
  return o;
}

void from_json(const Json& j, ServerCapabilities& out) {
  Reader r(j);
  ServerCapabilities c;
  c.experimental = object_of_objects(r, "experimental");
  c.logging = r.opt_object("logging").has_value();
  c.completions = r.opt_object("completions").has_value();
  if (auto prompts = sub(r, "prompts")) {
    c.prompts = true;
    c.prompts_list_changed = sub_flag(*prompts, "prompts", "listChanged");
  }
  if (auto resources = sub(r, "resources")) {
    c.resources = true;
    c.resources_subscribe = sub_flag(*resources, "resources", "subscribe");
    c.resources_list_changed = sub_flag(*resources, "resources", "listChanged");
  }
  if (auto tools = sub(r, "tools")) {
    c.tools = true;
    c.tools_list_changed = sub_flag(*tools, "tools", "listChanged");
  }
  c.tasks = r.opt_object("tasks");
  c.extensions = object_of_objects(r, "extensions");
  out = std::move(c);
}

}  // namespace sallyport
