#include "output.hpp"

#include <fmt/format.h>

#include <set>

namespace sallyport::cli {

namespace {

void pretty(const Json& v, int depth, std::string& out) {
  auto newline = [&](int d) {
    out += '\n';
    out.append(static_cast<std::size_t>(d) * 2, ' ');
  };
  if (v.is_object()) {
    const auto& obj = v.get_object();
    if (obj.empty()) {
      out += "{}";
      return;
    }
    out += '{';
    bool first = true;
    for (const auto& [key, value] : obj) {
      if (!first) out += ',';
      first = false;
      newline(depth + 1);
      out += boost::json::serialize(Json(key));
      out += ": ";
      pretty(value, depth + 1, out);
    }
    newline(depth);
    out += '}';
  } else if (v.is_array()) {
    const auto& arr = v.get_array();
    if (arr.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    bool first = true;
    for (const auto& value : arr) {
      if (!first) out += ',';
      first = false;
      newline(depth + 1);
      pretty(value, depth + 1, out);
    }
    newline(depth);
    out += ']';
  } else if (v.is_double()) {
    // Shortest round-trip form ("2.5", "5"), not Boost.JSON's "2.5E0"; still valid JSON.
    out += fmt::format("{}", v.get_double());
  } else {
    out += boost::json::serialize(v);
  }
}

// Ends what we print with exactly one newline, whatever the server's text ends with.
void print_block(std::FILE* out, std::string_view text) {
  fmt::print(out, "{}", text);
  if (text.empty() || text.back() != '\n') fmt::print(out, "\n");
}

std::string type_of(const Json& schema) {
  if (!schema.is_object()) return "any";
  const auto& obj = schema.get_object();
  if (auto* t = obj.if_contains("type")) {
    if (t->is_string()) return std::string(t->get_string());
    if (t->is_array()) {
      std::string joined;
      for (auto& x : t->get_array())
        if (x.is_string()) joined += (joined.empty() ? "" : "|") + std::string(x.get_string());
      if (!joined.empty()) return joined;
    }
  }
  if (obj.contains("enum")) return "enum";
  return "any";
}

// "text (string, required), n (integer)" from an input schema.
std::string describe_arguments(const JsonObject& schema) {
  std::set<std::string> required;
  if (auto* r = schema.if_contains("required"); r && r->is_array())
    for (auto& x : r->get_array())
      if (x.is_string()) required.emplace(x.get_string());
  auto* props = schema.if_contains("properties");
  if (!props || !props->is_object() || props->get_object().empty()) return "none";
  std::string out;
  // Required ones first: they are what a caller must supply.
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [name, prop] : props->get_object()) {
      bool req = required.contains(std::string(name));
      if (req != (pass == 0)) continue;
      if (!out.empty()) out += ", ";
      out +=
          fmt::format("{} ({}{})", std::string_view(name), type_of(prop), req ? ", required" : "");
    }
  }
  return out;
}

std::string title_suffix(const std::optional<std::string>& title) {
  return title ? fmt::format(" — {}", *title) : std::string();
}

std::string mime_suffix(const std::optional<std::string>& mime) {
  return mime ? fmt::format(" ({})", *mime) : std::string();
}

std::string describe_contents(const ResourceContents& contents, bool with_text) {
  if (auto* t = std::get_if<TextResourceContents>(&contents)) {
    auto head = fmt::format("[resource {}{}]", t->uri, mime_suffix(t->mime_type));
    return with_text ? fmt::format("{}\n{}", head, t->text) : head;
  }
  const auto& b = std::get<BlobResourceContents>(contents);
  return fmt::format("[resource {}{}, {} bytes]", b.uri, mime_suffix(b.mime_type),
                     base64_size(b.blob));
}

// Text that merely repeats structuredContent (ToolResult::structured adds it for old clients).
bool repeats_structured(const ContentBlock& block, const std::optional<Json>& structured) {
  auto* text = std::get_if<TextContent>(&block);
  if (!text || !structured) return false;
  boost::system::error_code ec;
  Json parsed = boost::json::parse(text->text, ec);
  return !ec && parsed == *structured;
}

}  // namespace

std::string pretty_json(const Json& value) {
  std::string out;
  pretty(value, 0, out);
  return out;
}

std::size_t base64_size(std::string_view base64) {
  // Every 4 data characters carry 3 bytes; padding only fills the last group.
  std::size_t chars = 0;
  for (char c : base64)
    if (c != '=' && c != '\n' && c != '\r' && c != ' ' && c != '\t') ++chars;
  return chars * 3 / 4;
}

void print_json(std::FILE* out, const Json& value) {
  fmt::print(out, "{}\n", pretty_json(value));
}

std::string describe_content(const ContentBlock& block) {
  return std::visit(
      [](const auto& c) -> std::string {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, TextContent>) {
          return c.text;
        } else if constexpr (std::is_same_v<T, ImageContent>) {
          return fmt::format("[image {}, {} bytes]", c.mime_type, base64_size(c.data));
        } else if constexpr (std::is_same_v<T, AudioContent>) {
          return fmt::format("[audio {}, {} bytes]", c.mime_type, base64_size(c.data));
        } else if constexpr (std::is_same_v<T, ResourceLink>) {
          const auto& r = c.resource;
          std::string details = r.name;
          if (r.mime_type) details += ", " + *r.mime_type;
          std::string line = fmt::format("[resource link {} ({})]", r.uri, details);
          if (r.description) line += " " + *r.description;
          return line;
        } else {
          return describe_contents(c.resource, true);
        }
      },
      block);
}

void print_tools(std::FILE* out, const std::vector<Tool>& tools) {
  if (tools.empty()) return fmt::print(out, "(no tools)\n");
  bool first = true;
  for (const auto& t : tools) {
    if (!first) fmt::print(out, "\n");
    first = false;
    std::optional<std::string> title = t.title;
    if (!title && t.annotations && t.annotations->title) title = t.annotations->title;
    fmt::print(out, "{}{}\n", t.name, title_suffix(title));
    if (t.description) fmt::print(out, "    {}\n", *t.description);
    fmt::print(out, "    arguments: {}\n", describe_arguments(t.input_schema));
  }
}

void print_call_result(std::FILE* out, const CallToolResult& result) {
  for (const auto& block : result.content) {
    if (repeats_structured(block, result.structured_content)) continue;
    print_block(out, describe_content(block));
  }
  if (result.structured_content) {
    fmt::print(out, "structured content:\n{}\n", pretty_json(*result.structured_content));
  }
  if (result.content.empty() && !result.structured_content) fmt::print(out, "(empty result)\n");
}

void print_resources(std::FILE* out, const std::vector<Resource>& resources) {
  if (resources.empty()) return fmt::print(out, "(no resources)\n");
  for (const auto& r : resources) {
    fmt::print(out, "{}  {}{}{}\n", r.uri, r.name, title_suffix(r.title), mime_suffix(r.mime_type));
    if (r.description) fmt::print(out, "    {}\n", *r.description);
  }
}

void print_resource_templates(std::FILE* out, const std::vector<ResourceTemplate>& templates) {
  if (templates.empty()) return fmt::print(out, "(no resource templates)\n");
  for (const auto& t : templates) {
    fmt::print(out, "{}  {}{}{}\n", t.uri_template, t.name, title_suffix(t.title),
               mime_suffix(t.mime_type));
    if (t.description) fmt::print(out, "    {}\n", *t.description);
  }
}

void print_read_result(std::FILE* out, const ReadResourceResult& result) {
  if (result.contents.empty()) return fmt::print(out, "(no contents)\n");
  // One text content is the common case: print it bare, so `> file` gives the file.
  if (result.contents.size() == 1) {
    if (auto* t = std::get_if<TextResourceContents>(&result.contents.front()))
      return print_block(out, t->text);
  }
  for (const auto& c : result.contents) print_block(out, describe_contents(c, true));
}

void print_prompts(std::FILE* out, const std::vector<Prompt>& prompts) {
  if (prompts.empty()) return fmt::print(out, "(no prompts)\n");
  bool first = true;
  for (const auto& p : prompts) {
    if (!first) fmt::print(out, "\n");
    first = false;
    fmt::print(out, "{}{}\n", p.name, title_suffix(p.title));
    if (p.description) fmt::print(out, "    {}\n", *p.description);
    std::string args;
    for (const auto& a : p.arguments) {
      if (!args.empty()) args += ", ";
      args += a.name;
      if (a.required) args += " (required)";
    }
    fmt::print(out, "    arguments: {}\n", args.empty() ? "none" : args);
  }
}

void print_prompt_result(std::FILE* out, const GetPromptResult& result) {
  if (result.description) fmt::print(out, "{}\n", *result.description);
  for (const auto& m : result.messages) {
    fmt::print(out, "\n[{}]\n", m.role == Role::kUser ? "user" : "assistant");
    print_block(out, describe_content(m.content));
  }
}

}  // namespace sallyport::cli
