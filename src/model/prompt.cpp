// Prompts and argument completion.
#include <algorithm>

#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

namespace {
// The schema caps a completion at 100 values ("MUST NOT exceed 100 items").
constexpr std::size_t kMaxCompletionValues = 100;
}  // namespace

// ---- Prompts --------------------------------------------------------------------------------
Json to_json(const PromptArgument& a) {
  JsonObject o;
  o["name"] = a.name;
  put(o, "title", a.title);
  put(o, "description", a.description);
  if (a.required) o["required"] = true;
  return o;
}

void from_json(const Json& j, PromptArgument& out) {
  const Reader r(j);
  PromptArgument a;
  a.name = r.str("name");
  a.title = r.opt_str("title");
  a.description = r.opt_str("description");
  a.required = r.flag("required");
  out = std::move(a);
}

Json to_json(const Prompt& p) {
  JsonObject o;
  o["name"] = p.name;
  put(o, "title", p.title);
  put(o, "description", p.description);
  put_list(o, "arguments", p.arguments);
  put_list(o, "icons", p.icons);
  put_meta(o, p.meta);
  return o;
}

void from_json(const Json& j, Prompt& out) {
  const Reader r(j);
  Prompt p;
  p.name = r.str("name");
  p.title = r.opt_str("title");
  p.description = r.opt_str("description");
  p.arguments = r.list<PromptArgument>("arguments");
  p.icons = r.list<Icon>("icons");
  p.meta = r.meta();
  out = std::move(p);
}

Json to_json(const PromptMessage& m) {
  JsonObject o;
  o["role"] = to_json(m.role);
  o["content"] = to_json(m.content);
  return o;
}

void from_json(const Json& j, PromptMessage& out) {
  const Reader r(j);
  PromptMessage m;
  m.role = at("role", [&] { return as_role(r.require("role")); });
  m.content = r.decode<ContentBlock>("content");
  out = std::move(m);
}

Json to_json(const GetPromptResult& res) {
  JsonObject o;
  put(o, "description", res.description);
  put_list(o, "messages", res.messages, /*always=*/true);
  put_meta(o, res.meta);
  return o;
}

void from_json(const Json& j, GetPromptResult& out) {
  const Reader r(j);
  GetPromptResult res;
  res.description = r.opt_str("description");
  res.messages = r.list<PromptMessage>("messages", /*required=*/true);
  res.meta = r.meta();
  out = std::move(res);
}

// ---- Completion -----------------------------------------------------------------------------
Json to_json(const CompleteParams& p) {
  JsonObject ref;
  if (p.ref_type == CompleteParams::RefType::kPrompt) {
    ref["type"] = "ref/prompt";
    ref["name"] = p.ref;
  } else {
    ref["type"] = "ref/resource";
    ref["uri"] = p.ref;
  }
  JsonObject o;
  o["ref"] = std::move(ref);
  o["argument"] = JsonObject{{"name", p.argument_name}, {"value", p.argument_value}};
  if (!p.context_arguments.empty()) {
    JsonObject args;
    for (const auto& [k, v] : p.context_arguments) args[k] = v;
    o["context"] = JsonObject{{"arguments", std::move(args)}};
  }
  return o;
}

void from_json(const Json& j, CompleteParams& out) {
  const Reader r(j);
  CompleteParams p;
  at("ref", [&] {
    const Reader ref(r.require("ref"));
    const std::string type = ref.str("type");
    if (type == "ref/prompt") {
      p.ref_type = CompleteParams::RefType::kPrompt;
      p.ref = ref.str("name");
    } else if (type == "ref/resource") {
      p.ref_type = CompleteParams::RefType::kResource;
      p.ref = ref.str("uri");
    } else {
      throw FieldError("type", "expected \"ref/prompt\" or \"ref/resource\", got " + quote(type));
    }
  });
  at("argument", [&] {
    const Reader arg(r.require("argument"));
    p.argument_name = arg.str("name");
    p.argument_value = arg.str("value");
  });
  if (const Json* ctx = r.find("context")) {
    at("context", [&] {
      const Reader c(*ctx);
      if (const Json* args = c.find("arguments")) {
        at("arguments", [&] {
          const Reader a(*args);
          for (const auto& kv : args->get_object())
            p.context_arguments[std::string(kv.key())] = a.str(kv.key());
        });
      }
    });
  }
  out = std::move(p);
}

Json to_json(const CompleteResult& res) {
  JsonObject c;
  // Over-long lists are cut to the schema's limit and flagged as partial rather than sent
  // in violation of it.
  const bool truncated = res.values.size() > kMaxCompletionValues;
  const std::size_t n = std::min(res.values.size(), kMaxCompletionValues);
  JsonArray values;
  values.reserve(n);
  for (std::size_t i = 0; i < n; ++i) values.emplace_back(res.values[i]);
  c["values"] = std::move(values);
  std::optional<std::int64_t> total = res.total;
  if (truncated && !total) total = static_cast<std::int64_t>(res.values.size());
  put(c, "total", total);
  put(c, "hasMore", truncated ? std::optional<bool>(true) : res.has_more);
  JsonObject o;
  o["completion"] = std::move(c);
  return o;
}

void from_json(const Json& j, CompleteResult& out) {
  const Reader r(j);
  CompleteResult res;
  at("completion", [&] {
    const Reader c(r.require("completion"));
    res.values = c.strings("values");
    if (!c.has("values")) throw FieldError("values", "required");
    if (res.values.size() > kMaxCompletionValues)
      throw FieldError("values", "more than 100 values");
    res.total = c.opt_int64("total");
    res.has_more = c.opt_bool("hasMore");
  });
  out = std::move(res);
}

}  // namespace sallyport
