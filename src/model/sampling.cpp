// Client features: roots, sampling and elicitation.
#include <algorithm>

#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

namespace {

// Sampling content is a single block or an array of blocks; one block is written bare because
// peers that predate tool use (2025-06-18 and earlier) only understand the single form.
Json sampling_content_to_json(const std::vector<SamplingContent>& content) {
  if (content.size() == 1) return to_json(content.front());
  JsonArray a;
  a.reserve(content.size());
  for (const auto& c : content) a.push_back(to_json(c));
  return a;
}

std::vector<SamplingContent> sampling_content_from_json(const Reader& r) {
  const Json& v = r.require("content");
  if (v.is_array()) return at("content", [&] { return Reader::decode_list<SamplingContent>(v); });
  return {r.decode<SamplingContent>("content")};
}

}  // namespace

// ---- Roots ----------------------------------------------------------------------------------
Json to_json(const Root& root) {
  JsonObject o;
  o["uri"] = root.uri;
  put(o, "name", root.name);
  put_meta(o, root.meta);
  return o;
}

void from_json(const Json& j, Root& out) {
  const Reader r(j);
  Root root;
  root.uri = r.str("uri");
  root.name = r.opt_str("name");
  root.meta = r.meta();
  out = std::move(root);
}

Json to_json(const ListRootsResult& res) {
  JsonObject o;
  put_list(o, "roots", res.roots, /*always=*/true);
  return o;
}

void from_json(const Json& j, ListRootsResult& out) {
  const Reader r(j);
  out.roots = r.list<Root>("roots", /*required=*/true);
}

// ---- Sampling -------------------------------------------------------------------------------
Json to_json(const SamplingMessage& m) {
  JsonObject o;
  o["role"] = to_json(m.role);
  o["content"] = sampling_content_to_json(m.content);
  put_meta(o, m.meta);
  return o;
}

void from_json(const Json& j, SamplingMessage& out) {
  const Reader r(j);
  SamplingMessage m;
  m.role = at("role", [&] { return as_role(r.require("role")); });
  m.content = sampling_content_from_json(r);
  m.meta = r.meta();
  out = std::move(m);
}

Json to_json(const CreateMessageParams& p) {
  JsonObject o;
  put_list(o, "messages", p.messages, /*always=*/true);
  put(o, "modelPreferences", p.model_preferences);
  put(o, "systemPrompt", p.system_prompt);
  put(o, "includeContext", p.include_context);
  put(o, "temperature", p.temperature);
  o["maxTokens"] = p.max_tokens;
  put_strings(o, "stopSequences", p.stop_sequences);
  put(o, "metadata", p.metadata);
  put_list(o, "tools", p.tools);
  put(o, "toolChoice", p.tool_choice);
  return o;
}

void from_json(const Json& j, CreateMessageParams& out) {
  const Reader r(j);
  CreateMessageParams p;
  p.messages = r.list<SamplingMessage>("messages", /*required=*/true);
  p.model_preferences = r.opt_object("modelPreferences");
  p.system_prompt = r.opt_str("systemPrompt");
  p.include_context = r.opt_str("includeContext");
  p.temperature = r.opt_double("temperature");
  p.max_tokens = r.int64("maxTokens");
  p.stop_sequences = r.strings("stopSequences");
  p.metadata = r.opt_object("metadata");
  p.tools = r.list<Tool>("tools");
  p.tool_choice = r.opt_object("toolChoice");
  out = std::move(p);
}

Json to_json(const CreateMessageResult& res) {
  JsonObject o;
  o["role"] = to_json(res.role);
  o["content"] = sampling_content_to_json(res.content);
  o["model"] = res.model;
  put(o, "stopReason", res.stop_reason);
  put_meta(o, res.meta);
  return o;
}

void from_json(const Json& j, CreateMessageResult& out) {
  const Reader r(j);
  CreateMessageResult res;
  res.role = at("role", [&] { return as_role(r.require("role")); });
  res.content = sampling_content_from_json(r);
  res.model = r.str("model");
  res.stop_reason = r.opt_str("stopReason");
  res.meta = r.meta();
  out = std::move(res);
}

// ---- Elicitation ----------------------------------------------------------------------------
Json to_json(const ElicitParams& p) {
  JsonObject o;
  // Form mode's `mode` is optional in every revision that has it, and omitting it keeps
  // 2025-06-18 clients (which predate the field) happy.
  if (p.mode == ElicitParams::Mode::kUrl) o["mode"] = "url";
  o["message"] = p.message;
  if (p.mode == ElicitParams::Mode::kUrl) {
    o["url"] = p.url.value_or("");
    put(o, "elicitationId", p.elicitation_id);
  } else {
    o["requestedSchema"] = p.requested_schema;
  }
  return o;
}

void from_json(const Json& j, ElicitParams& out) {
  const Reader r(j);
  ElicitParams p;
  const std::string mode = r.opt_str("mode").value_or("form");
  if (mode == "form") {
    p.mode = ElicitParams::Mode::kForm;
    p.requested_schema = r.object("requestedSchema");
    at("requestedSchema", [&] {
      const Reader schema(r.require("requestedSchema"));
      if (schema.str("type") != "object") throw FieldError("type", "expected \"object\"");
      schema.object("properties");
    });
  } else if (mode == "url") {
    p.mode = ElicitParams::Mode::kUrl;
    p.url = r.str("url");
    p.elicitation_id = r.opt_str("elicitationId");
  } else {
    throw FieldError("mode", "expected \"form\" or \"url\", got " + quote(mode));
  }
  p.message = r.str("message");
  out = std::move(p);
}

Json to_json(const ElicitResult& res) {
  JsonObject o;
  switch (res.action) {
    case ElicitResult::Action::kAccept:
      o["action"] = "accept";
      break;
    case ElicitResult::Action::kDecline:
      o["action"] = "decline";
      break;
    case ElicitResult::Action::kCancel:
      o["action"] = "cancel";
      break;
  }
  put(o, "content", res.content);
  put_meta(o, res.meta);
  return o;
}

void from_json(const Json& j, ElicitResult& out) {
  const Reader r(j);
  ElicitResult res;
  const std::string action = r.str("action");
  if (action == "accept") {
    res.action = ElicitResult::Action::kAccept;
  } else if (action == "decline") {
    res.action = ElicitResult::Action::kDecline;
  } else if (action == "cancel") {
    res.action = ElicitResult::Action::kCancel;
  } else {
    throw FieldError("action",
                     "expected \"accept\", \"decline\" or \"cancel\", got " + quote(action));
  }
  res.content = r.opt_object("content");
  if (res.content) {
    // Form answers are flat: primitives or a list of strings (multi-select).
    at("content", [&] {
      for (const auto& kv : *res.content) {
        const Json& v = kv.value();
        bool ok = v.is_string() || v.is_number() || v.is_bool();
        if (const auto* a = v.if_array())
          ok = std::all_of(a->begin(), a->end(), [](const Json& x) { return x.is_string(); });
        if (!ok)
          throw FieldError(std::string(kv.key()),
                           "expected string, number, boolean or array of strings");
      }
    });
  }
  res.meta = r.meta();
  out = std::move(res);
}

}  // namespace sallyport
