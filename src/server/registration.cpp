// Registration: the builders behind Server::tool/resource/resource_template/prompt. Every check
// that can be made at start-up is made here, with a message that says how to fix the mistake.
#include <fmt/format.h>

#include <stdexcept>

#include "server/engine.hpp"

namespace sallyport {

namespace {

void require(bool ok, const std::string& message) {
  if (!ok) throw std::invalid_argument(message);
}

json_schema::Schema compile_schema(const Json& schema, std::string_view what) {
  auto compiled = json_schema::Schema::compile(schema);
  require(compiled.has_value(),
          fmt::format("{}: not a usable JSON Schema: {}", what, compiled ? "" : compiled.error()));
  return std::move(*compiled);
}

}  // namespace

// ---- tools ----------------------------------------------------------------------------------
ToolBuilder::ToolBuilder(Server& server, std::string name) : server_(server) {
  require(!name.empty() && name.size() <= 128,
          "tool name must be 1 to 128 characters (letters, digits, '_', '-', '.')");
  for (char c : name)
    require(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.',
            fmt::format("tool name '{}' may only contain letters, digits, '_', '-' and '.'", name));
  tool_.name = std::move(name);
  tool_.input_schema = JsonObject{{"type", "object"}};
}
ToolBuilder& ToolBuilder::title(std::string t) {
  return tool_.title = std::move(t), *this;
}
ToolBuilder& ToolBuilder::description(std::string d) {
  return tool_.description = std::move(d), *this;
}
ToolBuilder& ToolBuilder::input_schema(Json schema) {
  require(schema.is_object(),
          fmt::format("tool '{}': inputSchema must be a JSON object like {{\"type\":\"object\"}}",
                      tool_.name));
  auto* type = schema.as_object().if_contains("type");
  require(type && type->is_string() && type->get_string() == "object",
          fmt::format("tool '{}': inputSchema must have \"type\": \"object\" at its root (tool "
                      "arguments are always objects)",
                      tool_.name));
  tool_.input_schema = schema.as_object();
  return *this;
}
ToolBuilder& ToolBuilder::output_schema(Json schema) {
  require(schema.is_object(),
          fmt::format("tool '{}': outputSchema must be a JSON object", tool_.name));
  tool_.output_schema = schema.as_object();
  return *this;
}
ToolBuilder& ToolBuilder::annotations(ToolAnnotations a) {
  return tool_.annotations = std::move(a), *this;
}
#define SALLYPORT_HINT(fn, field)                        \
  ToolBuilder& ToolBuilder::fn(bool v) {                 \
    if (!tool_.annotations) tool_.annotations.emplace(); \
    tool_.annotations->field = v;                        \
    return *this;                                        \
  }
SALLYPORT_HINT(read_only, read_only_hint)
SALLYPORT_HINT(destructive, destructive_hint)
SALLYPORT_HINT(idempotent, idempotent_hint)
SALLYPORT_HINT(open_world, open_world_hint)
#undef SALLYPORT_HINT
ToolBuilder& ToolBuilder::icon(Icon i) {
  return tool_.icons.push_back(std::move(i)), *this;
}
ToolBuilder& ToolBuilder::meta(JsonObject m) {
  return tool_.meta = std::move(m), *this;
}
ToolBuilder& ToolBuilder::task_support(std::string mode) {
  require(mode == "forbidden" || mode == "optional" || mode == "required",
          "task_support must be forbidden, optional or required");
  return tool_.task_support = std::move(mode), *this;
}
ToolBuilder& ToolBuilder::required_scopes(std::vector<std::string> scopes) {
  for (auto& s : scopes)
    require(!s.empty() && s.find_first_of(" \"\\") == std::string::npos,
            fmt::format("tool '{}': a scope must be a non-empty token without spaces or quotes",
                        tool_.name));
  return required_scopes_ = std::move(scopes), *this;
}
ToolBuilder& ToolBuilder::task_support(TaskSupport mode, TaskStart start) {
  task_start_ = start;
  return task_support(mode == TaskSupport::kRequired   ? "required"
                      : mode == TaskSupport::kOptional ? "optional"
                                                       : "forbidden");
}

void ToolBuilder::register_handler(ToolHandler handler) {
  require(static_cast<bool>(handler), fmt::format("tool '{}': handler is empty", tool_.name));
  auto entry = std::make_shared<server::detail::ToolEntry>();
  entry->input =
      compile_schema(tool_.input_schema, fmt::format("tool '{}' inputSchema", tool_.name));
  if (tool_.output_schema)
    entry->output =
        compile_schema(*tool_.output_schema, fmt::format("tool '{}' outputSchema", tool_.name));
  if (tool_.task_support == "optional") entry->task_support = TaskSupport::kOptional;
  if (tool_.task_support == "required") entry->task_support = TaskSupport::kRequired;
  entry->task_start = task_start_;
  entry->required_scopes = std::move(required_scopes_);
  entry->tool = std::move(tool_);
  entry->handler = std::move(handler);
  auto& engine = *server_.engine_;
  {
    std::unique_lock lock(engine.registry_mutex);
    require(
        !engine.tools.contains(entry->tool.name),
        fmt::format("tool '{}' is registered twice; tool names must be unique", entry->tool.name));
    engine.tools.emplace(entry->tool.name, entry);
  }
  if (engine.serving) server_.notify_tools_changed();
}

// ---- resources ------------------------------------------------------------------------------
ResourceBuilder::ResourceBuilder(Server& server, std::string uri, std::string name)
    : server_(server) {
  require(uri.find(':') != std::string::npos,
          fmt::format("resource URI '{}' must be absolute (scheme:...)", uri));
  resource_.uri = std::move(uri);
  resource_.name = name.empty() ? resource_.uri : std::move(name);
}
ResourceBuilder& ResourceBuilder::title(std::string t) {
  return resource_.title = std::move(t), *this;
}
ResourceBuilder& ResourceBuilder::description(std::string d) {
  return resource_.description = std::move(d), *this;
}
ResourceBuilder& ResourceBuilder::mime_type(std::string m) {
  return resource_.mime_type = std::move(m), *this;
}
ResourceBuilder& ResourceBuilder::size(std::int64_t bytes) {
  return resource_.size = bytes, *this;
}
ResourceBuilder& ResourceBuilder::annotations(Annotations a) {
  return resource_.annotations = std::move(a), *this;
}
ResourceBuilder& ResourceBuilder::icon(Icon i) {
  return resource_.icons.push_back(std::move(i)), *this;
}
ResourceBuilder& ResourceBuilder::meta(JsonObject m) {
  return resource_.meta = std::move(m), *this;
}

void ResourceBuilder::read(ResourceHandler handler) {
  require(static_cast<bool>(handler),
          fmt::format("resource '{}': handler is empty", resource_.uri));
  auto entry = std::make_shared<server::detail::ResourceEntry>();
  entry->resource = std::move(resource_);
  entry->handler = std::move(handler);
  auto& engine = *server_.engine_;
  {
    std::unique_lock lock(engine.registry_mutex);
    require(!engine.resources.contains(entry->resource.uri),
            fmt::format("resource '{}' is registered twice", entry->resource.uri));
    engine.resources.emplace(entry->resource.uri, entry);
  }
  if (engine.serving) server_.notify_resources_changed();
}

void ResourceBuilder::text(std::string content) {
  auto mime = resource_.mime_type.value_or("text/plain");
  if (!resource_.mime_type) resource_.mime_type = mime;
  read([content = std::move(content), mime](const std::string& uri, Context&) {
    ReadResourceResult r;
    r.contents.push_back(TextResourceContents{uri, mime, content, {}});
    return r;
  });
}

ResourceTemplateBuilder::ResourceTemplateBuilder(Server& server, std::string uri_template)
    : server_(server) {
  template_.uri_template = std::move(uri_template);
  template_.name = template_.uri_template;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::name(std::string n) {
  return template_.name = std::move(n), *this;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::title(std::string t) {
  return template_.title = std::move(t), *this;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::description(std::string d) {
  return template_.description = std::move(d), *this;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::mime_type(std::string m) {
  return template_.mime_type = std::move(m), *this;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::annotations(Annotations a) {
  return template_.annotations = std::move(a), *this;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::icon(Icon i) {
  return template_.icons.push_back(std::move(i)), *this;
}
ResourceTemplateBuilder& ResourceTemplateBuilder::complete(std::string variable, Completer c) {
  completers_[std::move(variable)] = std::move(c);
  return *this;
}

void ResourceTemplateBuilder::read(TemplateHandler handler) {
  require(static_cast<bool>(handler),
          fmt::format("resource template '{}': handler is empty", template_.uri_template));
  auto parsed = uri_template::UriTemplate::parse(template_.uri_template);
  require(parsed.has_value(),
          fmt::format("resource template '{}' is not a valid RFC 6570 template: {}",
                      template_.uri_template, parsed ? "" : parsed.error()));
  for (auto& [var, c] : completers_) {
    auto& names = parsed->variable_names();
    require(std::find(names.begin(), names.end(), var) != names.end(),
            fmt::format("resource template '{}': completion for unknown variable '{}'",
                        template_.uri_template, var));
  }
  auto entry = std::make_shared<server::detail::TemplateEntry>(server::detail::TemplateEntry{
      std::move(template_), std::move(*parsed), std::move(handler), std::move(completers_)});
  auto& engine = *server_.engine_;
  {
    std::unique_lock lock(engine.registry_mutex);
    for (auto& t : engine.templates)
      require(t->tmpl.uri_template != entry->tmpl.uri_template,
              fmt::format("resource template '{}' is registered twice", entry->tmpl.uri_template));
    if (!entry->completers.empty()) engine.has_completions = true;
    engine.templates.push_back(entry);
  }
  if (engine.serving) server_.notify_resources_changed();
}

// ---- prompts --------------------------------------------------------------------------------
PromptBuilder::PromptBuilder(Server& server, std::string name) : server_(server) {
  require(!name.empty(), "prompt name must not be empty");
  prompt_.name = std::move(name);
}
PromptBuilder& PromptBuilder::title(std::string t) {
  return prompt_.title = std::move(t), *this;
}
PromptBuilder& PromptBuilder::description(std::string d) {
  return prompt_.description = std::move(d), *this;
}
PromptBuilder& PromptBuilder::argument(std::string name, std::string description, bool required) {
  PromptArgument a;
  a.name = std::move(name);
  if (!description.empty()) a.description = std::move(description);
  a.required = required;
  prompt_.arguments.push_back(std::move(a));
  return *this;
}
PromptBuilder& PromptBuilder::icon(Icon i) {
  return prompt_.icons.push_back(std::move(i)), *this;
}
PromptBuilder& PromptBuilder::complete(std::string argument, Completer c) {
  completers_[std::move(argument)] = std::move(c);
  return *this;
}

void PromptBuilder::get(PromptHandler handler) {
  require(static_cast<bool>(handler), fmt::format("prompt '{}': handler is empty", prompt_.name));
  for (auto& [arg, c] : completers_) {
    bool known = false;
    for (auto& a : prompt_.arguments) known = known || a.name == arg;
    require(known,
            fmt::format("prompt '{}': completion for unknown argument '{}'", prompt_.name, arg));
  }
  auto entry = std::make_shared<server::detail::PromptEntry>(
      server::detail::PromptEntry{std::move(prompt_), std::move(handler), std::move(completers_)});
  auto& engine = *server_.engine_;
  {
    std::unique_lock lock(engine.registry_mutex);
    require(!engine.prompts.contains(entry->prompt.name),
            fmt::format("prompt '{}' is registered twice", entry->prompt.name));
    if (!entry->completers.empty()) engine.has_completions = true;
    engine.prompts.emplace(entry->prompt.name, entry);
  }
  if (engine.serving) server_.notify_prompts_changed();
}

}  // namespace sallyport
