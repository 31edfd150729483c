// Lifecycle: legacy initialize, modern server/discover, subscriptions/listen filters and the
// multi round-trip InputRequiredResult.
#include "model/json_util.hpp"
#include "sallyport/model/types.hpp"

namespace sallyport {
using namespace model_detail;

// ---- Legacy initialize ----------------------------------------------------------------------
Json to_json(const InitializeParams& p) {
  JsonObject o;
  o["protocolVersion"] = p.protocol_version;
  o["capabilities"] = to_json(p.capabilities);
  o["clientInfo"] = to_json(p.client_info);
  return o;
}

void from_json(const Json& j, InitializeParams& out) {
  const Reader r(j);
  InitializeParams p;
  p.protocol_version = r.str("protocolVersion");
  p.capabilities = r.decode<ClientCapabilities>("capabilities");
  p.client_info = r.decode<Implementation>("clientInfo");
  out = std::move(p);
}

Json to_json(const InitializeResult& res) {
  JsonObject o;
  o["protocolVersion"] = res.protocol_version;
  o["capabilities"] = to_json(res.capabilities);
  o["serverInfo"] = to_json(res.server_info);
  put(o, "instructions", res.instructions);
  return o;
}

void from_json(const Json& j, InitializeResult& out) {
  const Reader r(j);
  InitializeResult res;
  res.protocol_version = r.str("protocolVersion");
  res.capabilities = r.decode<ServerCapabilities>("capabilities");
  res.server_info = r.decode<Implementation>("serverInfo");
  res.instructions = r.opt_str("instructions");
  out = std::move(res);
}

// ---- Modern discovery -----------------------------------------------------------------------
Json to_json(const DiscoverResult& res) {
  JsonObject o;
  JsonArray versions;
  for (const auto& v : res.supported_versions) versions.emplace_back(v);
  o["supportedVersions"] = std::move(versions);
  o["capabilities"] = to_json(res.capabilities);
  put(o, "instructions", res.instructions);
  put_cache(o, res.cache);
  if (res.server_info) o["_meta"] = JsonObject{{meta_key::kServerInfo, to_json(*res.server_info)}};
  return o;
}

void from_json(const Json& j, DiscoverResult& out) {
  const Reader r(j);
  DiscoverResult res;
  if (!r.has("supportedVersions")) throw FieldError("supportedVersions", "required");
  res.supported_versions = r.strings("supportedVersions");
  res.capabilities = r.decode<ServerCapabilities>("capabilities");
  res.instructions = r.opt_str("instructions");
  res.cache = read_cache(j);
  if (const Json* meta = r.find("_meta")) {
    at("_meta",
       [&] { res.server_info = Reader(*meta).opt_decode<Implementation>(meta_key::kServerInfo); });
  }
  out = std::move(res);
}

// ---- subscriptions/listen -------------------------------------------------------------------
Json to_json(const SubscriptionFilter& f) {
  JsonObject o;
  if (f.tools_list_changed) o["toolsListChanged"] = true;
  if (f.prompts_list_changed) o["promptsListChanged"] = true;
  if (f.resources_list_changed) o["resourcesListChanged"] = true;
  put_strings(o, "resourceSubscriptions", f.resource_subscriptions);
  return o;
}

void from_json(const Json& j, SubscriptionFilter& out) {
  const Reader r(j);
  SubscriptionFilter f;
  f.tools_list_changed = r.flag("toolsListChanged");
  f.prompts_list_changed = r.flag("promptsListChanged");
  f.resources_list_changed = r.flag("resourcesListChanged");
  f.resource_subscriptions = r.strings("resourceSubscriptions");
  out = std::move(f);
}

// ---- Multi round-trip -----------------------------------------------------------------------
Json to_json(const InputRequest& req) {
  JsonObject o;
  o["method"] = req.method;
  // roots/list takes no parameters; an empty object is left out rather than sent.
  if (!req.params.empty()) o["params"] = req.params;
  return o;
}

void from_json(const Json& j, InputRequest& out) {
  const Reader r(j);
  InputRequest req;
  // The method is not checked against the known three: the client answers an unknown one with
  // an error for that key instead of failing the whole result.
  req.method = r.str("method");
  req.params = r.opt_object("params").value_or(JsonObject{});
  out = std::move(req);
}

Json to_json(const InputRequiredResult& res) {
  JsonObject o;
  o["resultType"] = "input_required";
  if (!res.input_requests.empty()) {
    JsonObject reqs;
    for (const auto& [key, req] : res.input_requests) reqs[key] = to_json(req);
    o["inputRequests"] = std::move(reqs);
  }
  put(o, "requestState", res.request_state);
  return o;
}

void from_json(const Json& j, InputRequiredResult& out) {
  const Reader r(j);
  InputRequiredResult res;
  if (const Json* reqs = r.find("inputRequests")) {
    at("inputRequests", [&] {
      const Reader rr(*reqs);
      for (const auto& kv : reqs->get_object())
        res.input_requests[std::string(kv.key())] = rr.decode<InputRequest>(kv.key());
    });
  }
  res.request_state = r.opt_str("requestState");
  out = std::move(res);
}

}  // namespace sallyport
