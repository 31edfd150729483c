// The feature methods of the spec's "Server Features" section: tools, resources, prompts and
// completion, identical in both eras (the codec adds what differs on the wire).
#include <openssl/sha.h>

#include <algorithm>

#include <fmt/format.h>

#include "server/engine.hpp"

namespace sallyport {

using server::detail::ContextState;

namespace {

const JsonObject& params_object(const Json& params) {
  static const JsonObject empty;
  return params.is_object() ? params.get_object() : empty;
}

std::string required_string(const Json& params, const char* key) {
  auto* v = params_object(params).if_contains(key);
  if (!v || !v->is_string())
    throw McpError(Error::invalid_params(fmt::format("{}: expected a string", key)));
  return std::string(v->get_string());
}

// Cursors are opaque to clients; ours encode an offset and the list they belong to, so a cursor
// from tools/list is refused by prompts/list.
std::size_t decode_cursor(const Json& params, std::string_view list) {
  auto* c = params_object(params).if_contains("cursor");
  if (!c || c->is_null()) return 0;
  if (!c->is_string()) throw McpError(Error::invalid_params("Invalid cursor"));
  auto raw = server::detail::base64url_decode(c->get_string());
  if (!raw || !raw->starts_with(list) || raw->size() <= list.size() + 1 ||
      (*raw)[list.size()] != ':')
    throw McpError(Error::invalid_params("Invalid cursor"));
  std::size_t offset = 0;
  for (char ch : raw->substr(list.size() + 1)) {
    if (ch < '0' || ch > '9' || offset > 1'000'000'000)
      throw McpError(Error::invalid_params("Invalid cursor"));
    offset = offset * 10 + static_cast<std::size_t>(ch - '0');
  }
  return offset;
}

std::string encode_cursor(std::string_view list, std::size_t offset) {
  return server::detail::base64url_encode(fmt::format("{}:{}", list, offset));
}

template <typename Items, typename Encode>
JsonObject page(const Items& items, std::size_t page_size, const Json& params,
                std::string_view list, const char* key, Encode encode) {
  std::size_t offset = decode_cursor(params, list);
  if (offset > items.size()) throw McpError(Error::invalid_params("Invalid cursor"));
  JsonArray out;
  std::size_t end = std::min(items.size(), offset + page_size);
  for (std::size_t i = offset; i < end; ++i) out.push_back(encode(items[i]));
  JsonObject result{{key, std::move(out)}};
  if (end < items.size()) result["nextCursor"] = encode_cursor(list, end);
  return result;
}

// A stable digest of tool/prompt arguments: requestState answers are bound to the exact request
// they were given for (a confirmation for "transfer 10" must not approve "transfer 10000").
void canonical(const Json& v, std::string& out) {
  if (v.is_object()) {
    std::vector<std::pair<std::string_view, const Json*>> kv;
    for (auto& [k, x] : v.get_object()) kv.emplace_back(k, &x);
    std::sort(kv.begin(), kv.end(), [](auto& a, auto& b) { return a.first < b.first; });
    out += '{';
    for (auto& [k, x] : kv) {
      out += boost::json::serialize(Json(k));
      out += ':';
      canonical(*x, out);
      out += ',';
    }
    out += '}';
  } else if (v.is_array()) {
    out += '[';
    for (auto& x : v.get_array()) {
      canonical(x, out);
      out += ',';
    }
    out += ']';
  } else {
    out += boost::json::serialize(v);
  }
}

}  // namespace

std::string server::detail::request_binding(std::string_view name, const Json& args) {
  std::string text;
  canonical(args, text);
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return fmt::format("{}#{}", name,
                     server::detail::base64url_encode(
                         std::string_view(reinterpret_cast<const char*>(digest), sizeof digest)));
}

namespace {

std::string binding(std::string_view name, const Json& args) {
  return server::detail::request_binding(name, args);
}

// The target a sealed requestState must name: checked on retries now, computed for sealing
// later (run_feature) only if the handler asks for input.
void bind_target(ContextState& s, std::string_view name, const Json& args) {
  s.target_name = std::string(name);
  s.target_args = &args;
  if (s.envelope.request_state && s.target != binding(name, args))
    throw McpError(Error::invalid_params("invalid requestState: issued for another request"));
}

// Whether a tools/call runs as a task now; refuses calls that cannot be served as asked.
bool task_decision(ContextState& s, const server::detail::ToolEntry& entry, const JsonObject& p) {
  if (s.task) return false;  // already a task (a deferred start re-running)
  const bool capable = entry.task_support != TaskSupport::kForbidden;
  if (s.codec->era() == Era::kModern) {
    // SEP-2663: the server decides, but only for clients listing the extension on this request;
    // a `task` param (2025-11-25 style) is ignored.
    bool negotiated =
        s.envelope.client_capabilities.extensions.contains(server::detail::kTasksExtension);
    if (entry.task_support == TaskSupport::kRequired && !negotiated)
      throw McpError(Error{
          error_code::kMissingRequiredClientCapability,
          fmt::format("Tool {} runs only as a task: the request must list the "
                      "io.modelcontextprotocol/tasks extension in its client capabilities",
                      entry.tool.name),
          JsonObject{{"requiredCapabilities",
                      JsonObject{{"extensions",
                                  JsonObject{{server::detail::kTasksExtension, JsonObject{}}}}}}}});
    if (!capable || !negotiated) return false;
    if (entry.task_start == TaskStart::kImmediately) return true;
    s.may_start_task = true;
    return false;
  }
  // 2025-11-25: the client asks with `task`; tool-level negotiation errors are -32601.
  auto* task = p.if_contains("task");
  bool wanted = task && !task->is_null();
  if (wanted && !task->is_object())
    throw McpError(Error::invalid_params("task: expected an object"));
  if (wanted && !capable)
    throw McpError(
        Error{error_code::kMethodNotFound,
              fmt::format("Tool {} does not support task-augmented execution", entry.tool.name),
              {}});
  if (!wanted && entry.task_support == TaskSupport::kRequired)
    throw McpError(Error{
        error_code::kMethodNotFound,
        fmt::format("Tool {} requires task-augmented execution (params.task)", entry.tool.name),
        {}});
  return wanted;
}

std::string describe_errors(const std::vector<json_schema::ValidationError>& errors) {
  std::string out;
  for (auto& e : errors) {
    if (!out.empty()) out += "; ";
    out += e.instance_path.empty() ? e.message : fmt::format("{}: {}", e.instance_path, e.message);
  }
  return out;
}

// CallToolResult as JSON text, written directly: the members to_json(CallToolResult) would give
// (plain text blocks without building them), then `trailer` (see tool_result_trailer).
void append_content(std::string& out, const ContentBlock& block) {
  auto* text = std::get_if<TextContent>(&block);
  if (!text || text->annotations || text->meta) return rpc::append_json(out, to_json(block));
  out += R"({"type":"text","text":)";
  rpc::append_json_string(out, text->text);
  out += '}';
}

std::string serialize_tool_result(const CallToolResult& result, std::string_view trailer) {
  std::string out = R"({"content":[)";
  for (std::size_t i = 0; i < result.content.size(); ++i) {
    if (i > 0) out += ',';
    append_content(out, result.content[i]);
  }
  out += ']';
  if (result.structured_content) {
    out += R"(,"structuredContent":)";
    rpc::append_json(out, *result.structured_content);
  }
  if (result.is_error) out += R"(,"isError":true)";
  out += trailer;
  out += '}';
  return out;
}

}  // namespace

JsonObject Server::Engine::list_tools(const ContextState& s, const Json& params) {
  std::vector<std::shared_ptr<server::detail::ToolEntry>> all;
  {
    std::shared_lock lock(registry_mutex);
    for (auto& [n, e] : tools) all.push_back(e);
  }
  return page(all, options.page_size, params, "tools", "tools",
              [&](auto& e) { return s.codec->encode_tool(e->tool); });
}

JsonObject Server::Engine::call_tool(ContextState& s, const Json& params) {
  auto outcome = call_tool_outcome(s, params);
  if (auto* result = std::get_if<CallToolResult>(&outcome))
    return std::move(to_json(*result).as_object());
  return std::move(std::get<JsonObject>(outcome));
}

Server::Engine::ToolCallOutcome Server::Engine::call_tool_outcome(ContextState& s,
                                                                  const Json& params) {
  std::string name = required_string(params, "name");
  const auto& p = params_object(params);
  static const Json kNoArguments = JsonObject{};
  const Json* args_value = &kNoArguments;
  if (auto* a = p.if_contains("arguments"); a && !a->is_null()) {
    if (!a->is_object()) throw McpError(Error::invalid_params("arguments: expected an object"));
    args_value = a;
  }
  const JsonObject& arguments = args_value->get_object();
  std::shared_ptr<server::detail::ToolEntry> entry;
  {
    std::shared_lock lock(registry_mutex);
    if (auto it = tools.find(name); it != tools.end()) entry = it->second;
  }
  if (!entry) throw McpError(Error::invalid_params(fmt::format("Unknown tool: {}", name)));
  bind_target(s, name, *args_value);
  bool run_as_task = task_decision(s, *entry, p);

  // Invalid arguments are a tool execution error (isError), not a protocol error: the model
  // sees the message and can correct itself (2025-11-25 tools, "Error Handling").
  if (entry->input) {
    auto errors = entry->input->validate(*args_value);  // the Json itself: no copy
    if (!errors.empty())
      return to_json(ToolResult::error(fmt::format("Invalid arguments for tool {}: {}", name,
                                                   describe_errors(errors)))
                         .release())
          .as_object();
  }
  if (run_as_task) return start_tool_task(s, entry, params);

  auto state = std::shared_ptr<ContextState>(&s, [](ContextState*) {});
  Context ctx(state);
  try {
    return server::detail::run_tool_handler_result(*entry, arguments, ctx);
  } catch (const server::detail::StartTaskSignal&) {
    // TaskStart::kDeferred: the handler gathered its input and now continues as a task.
    return start_tool_task(s, entry, params);
  }
}

JsonObject server::detail::run_tool_handler(const ToolEntry& entry, const JsonObject& arguments,
                                            Context& ctx) {
  return std::move(to_json(run_tool_handler_result(entry, arguments, ctx)).as_object());
}

CallToolResult server::detail::run_tool_handler_result(const ToolEntry& entry,
                                                       const JsonObject& arguments, Context& ctx) {
  const std::string& name = entry.tool.name;
  CallToolResult result;
  try {
    result = entry.handler(arguments, ctx);
  } catch (const McpError&) {
    throw;
  } catch (const server::detail::InputRequiredSignal&) {
    throw;
  } catch (const server::detail::StartTaskSignal&) {
    throw;
  } catch (const std::exception& e) {
    result = ToolResult::error(e.what()).release();
  }
  if (entry.output && !result.is_error) {
    if (!result.structured_content)
      throw McpError(Error::internal(
          fmt::format("tool {} has an outputSchema but returned no structuredContent", name)));
    auto errors = entry.output->validate(*result.structured_content);
    if (!errors.empty())
      throw McpError(Error::internal(
          fmt::format("tool {} returned structuredContent that does not match its outputSchema: {}",
                      name, describe_errors(errors))));
  }
  return result;
}

void Server::Engine::respond_tool_call(const std::shared_ptr<rpc::Exchange>& ex, ContextState& s,
                                       const wire::Codec& codec, const wire::ResultHints& hints) {
  if (!capabilities().tools) throw McpError(Error::method_not_found(s.method));
  auto outcome = call_tool_outcome(s, ex->request().params);
  auto* result = std::get_if<CallToolResult>(&outcome);
  // A result with a _meta of its own needs the codec to merge into it: the general path.
  if (result && !result->meta)
    return ex->respond_serialized(
        serialize_tool_result(*result, tool_result_trailer(codec, hints)));
  JsonObject object =
      result ? std::move(to_json(*result).as_object()) : std::move(std::get<JsonObject>(outcome));
  codec.finish_result(s.method, object, hints);
  ex->respond(std::move(object));
}

const std::string& Server::Engine::tool_result_trailer(const wire::Codec& codec,
                                                       const wire::ResultHints& hints) {
  std::lock_guard lock(trailers_mutex);
  auto [it, added] = tool_result_trailers.try_emplace(&codec);
  if (added) {
    // The codec stays the one place that knows: finish an empty result and keep its members.
    JsonObject probe;
    codec.finish_result("tools/call", probe, hints);
    std::string text = boost::json::serialize(probe);  // "{...}"
    if (text.size() > 2) it->second = "," + text.substr(1, text.size() - 2);
  }
  return it->second;
}

JsonObject Server::Engine::list_resources(const ContextState&, const Json& params) {
  std::vector<std::shared_ptr<server::detail::ResourceEntry>> all;
  {
    std::shared_lock lock(registry_mutex);
    for (auto& [u, e] : resources) all.push_back(e);
  }
  return page(all, options.page_size, params, "resources", "resources",
              [](auto& e) { return to_json(e->resource); });
}

JsonObject Server::Engine::list_templates(const ContextState&, const Json& params) {
  std::vector<std::shared_ptr<server::detail::TemplateEntry>> all;
  {
    std::shared_lock lock(registry_mutex);
    all = templates;
  }
  return page(all, options.page_size, params, "templates", "resourceTemplates",
              [](auto& e) { return to_json(e->tmpl); });
}

JsonObject Server::Engine::read_resource(ContextState& s, const Json& params) {
  std::string uri = required_string(params, "uri");
  static const Json kNull = nullptr;
  bind_target(s, uri, kNull);
  auto state = std::shared_ptr<ContextState>(&s, [](ContextState*) {});
  Context ctx(state);
  std::shared_ptr<server::detail::ResourceEntry> exact;
  std::vector<std::shared_ptr<server::detail::TemplateEntry>> candidates;
  {
    std::shared_lock lock(registry_mutex);
    if (auto it = resources.find(uri); it != resources.end()) exact = it->second;
    candidates = templates;
  }
  if (exact) return std::move(to_json(exact->handler(uri, ctx)).as_object());
  for (auto& t : candidates) {
    if (auto vars = t->parsed.match(uri))
      return std::move(to_json(t->handler(uri, *vars, ctx)).as_object());
  }
  throw McpError(wire::resource_not_found(uri));
}

JsonObject Server::Engine::list_prompts(const ContextState&, const Json& params) {
  std::vector<std::shared_ptr<server::detail::PromptEntry>> all;
  {
    std::shared_lock lock(registry_mutex);
    for (auto& [n, e] : prompts) all.push_back(e);
  }
  return page(all, options.page_size, params, "prompts", "prompts",
              [](auto& e) { return to_json(e->prompt); });
}

JsonObject Server::Engine::get_prompt(ContextState& s, const Json& params) {
  std::string name = required_string(params, "name");
  PromptArguments args;
  static const Json kNoArguments = JsonObject{};
  const Json* args_json = &kNoArguments;
  if (auto* a = params_object(params).if_contains("arguments"); a && !a->is_null()) {
    if (!a->is_object()) throw McpError(Error::invalid_params("arguments: expected an object"));
    for (auto& [k, v] : a->get_object()) {
      if (!v.is_string())
        throw McpError(Error::invalid_params(
            fmt::format("arguments.{}: expected a string", std::string_view(k))));
      args.emplace(std::string(k), std::string(v.get_string()));
    }
    args_json = a;  // lives in the request: still valid when a round is sealed
  }
  std::shared_ptr<server::detail::PromptEntry> entry;
  {
    std::shared_lock lock(registry_mutex);
    if (auto it = prompts.find(name); it != prompts.end()) entry = it->second;
  }
  if (!entry) throw McpError(Error::invalid_params(fmt::format("Unknown prompt: {}", name)));
  for (auto& arg : entry->prompt.arguments)
    if (arg.required && !args.contains(arg.name))
      throw McpError(Error::invalid_params(
          fmt::format("Missing required argument '{}' for prompt {}", arg.name, name)));
  bind_target(s, name, *args_json);
  auto state = std::shared_ptr<ContextState>(&s, [](ContextState*) {});
  Context ctx(state);
  return std::move(to_json(entry->handler(args, ctx)).as_object());
}

JsonObject Server::Engine::complete(ContextState& s, const Json& params) {
  CompleteParams cp;
  from_json(params, cp);
  Completer completer;
  {
    std::shared_lock lock(registry_mutex);
    if (cp.ref_type == CompleteParams::RefType::kPrompt) {
      auto it = prompts.find(cp.ref);
      if (it == prompts.end())
        throw McpError(Error::invalid_params(fmt::format("Unknown prompt: {}", cp.ref)));
      if (auto c = it->second->completers.find(cp.argument_name); c != it->second->completers.end())
        completer = c->second;
    } else {
      bool found = false;
      for (auto& t : templates) {
        if (t->tmpl.uri_template != cp.ref) continue;
        found = true;
        if (auto c = t->completers.find(cp.argument_name); c != t->completers.end())
          completer = c->second;
      }
      if (!found && !resources.contains(cp.ref)) throw McpError(wire::resource_not_found(cp.ref));
    }
  }
  CompleteResult result;
  if (completer) {
    auto state = std::shared_ptr<ContextState>(&s, [](ContextState*) {});
    Context ctx(state);
    result = completer(cp, ctx);
  }
  // The spec caps values at 100 per response.
  if (result.values.size() > 100) {
    if (!result.total) result.total = static_cast<std::int64_t>(result.values.size());
    result.values.resize(100);
    result.has_more = true;
  }
  return std::move(to_json(result).as_object());
}

}  // namespace sallyport
