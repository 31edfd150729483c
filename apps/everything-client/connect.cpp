// Connecting and answering: the parts every scenario shares.
#include <cstdio>

#include "client.hpp"

namespace everything_client {

using sallyport::Json;
using sallyport::JsonObject;

namespace {

// A value that satisfies one property schema: its default, its first allowed value, or something
// plausible for its type.
Json sample_value(const JsonObject& schema) {
  if (auto* d = schema.if_contains("default")) return *d;
  if (auto* e = schema.if_contains("enum"); e && e->is_array() && !e->get_array().empty())
    return e->get_array().front();
  for (const char* choice : {"oneOf", "anyOf"}) {
    auto* list = schema.if_contains(choice);
    if (list && list->is_array() && !list->get_array().empty() &&
        list->get_array().front().is_object())
      if (auto* c = list->get_array().front().get_object().if_contains("const")) return *c;
  }
  auto* type = schema.if_contains("type");
  std::string_view t = type && type->is_string() ? std::string_view(type->get_string()) : "string";
  if (t == "number" || t == "integer") return 1;
  if (t == "boolean") return true;
  if (t == "object") return JsonObject{};
  if (t == "array") {
    auto* items = schema.if_contains("items");
    if (items && items->is_object()) return sallyport::JsonArray{sample_value(items->get_object())};
    return sallyport::JsonArray{};
  }
  if (t == "null") return nullptr;
  return "sallyport";
}

}  // namespace

bool http_available() {
  return true;
}

std::unique_ptr<sallyport::Client> connect(const Run& run, sallyport::ClientHandlers handlers) {
  sallyport::ClientOptions options;
  options.client_info = {.name = "sallyport-everything-client", .version = "0.1.0"};
  // The revision decides the lifecycle: 2026-07-28 is stateless, earlier ones initialize.
  options.era = run.protocol_version == sallyport::protocol_version::kModern
                    ? sallyport::EraChoice::kModern
                    : sallyport::EraChoice::kLegacy;
  options.request_timeout = std::chrono::seconds(25);  // the suite stops a client after 30 s
  sallyport::HttpClientOptions http;
  http.authorizer = authorizer_for(run);
  return sallyport::Client::connect_http(run.url, std::move(options), std::move(handlers), http);
}

sallyport::ClientHandlers default_handlers(std::function<void()> on_elicit) {
  sallyport::ClientHandlers h;
  h.elicitation = [on_elicit](const sallyport::ElicitParams& p) {
    if (on_elicit) on_elicit();
    sallyport::ElicitResult r;
    r.action = sallyport::ElicitResult::Action::kAccept;
    if (p.mode == sallyport::ElicitParams::Mode::kUrl) return r;
    // Accept with every field filled: defaults first (SEP-1034), then plausible values.
    JsonObject content;
    if (auto* props = p.requested_schema.if_contains("properties"); props && props->is_object())
      for (auto& [name, schema] : props->get_object())
        if (schema.is_object()) content[name] = sample_value(schema.get_object());
    r.content = std::move(content);
    return r;
  };
  h.sampling = [](const sallyport::CreateMessageParams&) {
    sallyport::CreateMessageResult r;
    r.content.push_back(
        sallyport::TextContent{"A reply from the Sallyport everything-client", {}, {}});
    r.model = "sallyport-everything-client";
    r.stop_reason = "endTurn";
    return r;
  };
  h.roots = [] {
    return std::vector<sallyport::Root>{{"file:///tmp/sallyport-conformance", "conformance", {}}};
  };
  h.on_notification = [](const std::string& method, const Json&) {
    std::fprintf(stderr, "everything-client: notification %s\n", method.c_str());
  };
  return h;
}

JsonObject arguments_for(const Run& run, const sallyport::Tool& tool) {
  if (auto* calls = run.context.if_contains("toolCalls"); calls && calls->is_array())
    for (auto& call : calls->get_array()) {
      auto* c = call.if_object();
      auto* name = c ? c->if_contains("name") : nullptr;
      auto* args = c ? c->if_contains("arguments") : nullptr;
      if (name && name->is_string() && name->get_string() == tool.name && args && args->is_object())
        return args->get_object();
    }
  JsonObject args;
  auto* props = tool.input_schema.if_contains("properties");
  auto* required = tool.input_schema.if_contains("required");
  if (!props || !props->is_object() || !required || !required->is_array()) return args;
  for (auto& r : required->get_array()) {
    if (!r.is_string()) continue;
    auto* schema = props->get_object().if_contains(r.get_string());
    args[r.get_string()] =
        schema && schema->is_object() ? sample_value(schema->get_object()) : Json("sallyport");
  }
  return args;
}

}  // namespace everything_client
