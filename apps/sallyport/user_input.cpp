#include "user_input.hpp"

#include <fmt/format.h>

#include <charconv>
#include <set>
#include <string>

#include "output.hpp"

namespace sallyport::cli {

namespace {

constexpr int kUserRejected = -1;  // what the reference SDKs send when a user says no
constexpr int kAttemptsPerField = 5;

std::string trim(std::string_view s) {
  auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  auto end = s.find_last_not_of(" \t\r");
  return std::string(s.substr(begin, end - begin + 1));
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<std::string> string_field(const JsonObject& o, const char* key) {
  auto* v = o.if_contains(key);
  if (!v || !v->is_string()) return std::nullopt;
  return std::string(v->get_string());
}

// The choices of an enum-like string schema: `enum` (with optional `enumNames`) or
// `oneOf`/`anyOf` of `{const, title}`. Pairs of (value, label).
std::vector<std::pair<std::string, std::string>> choices_of(const JsonObject& schema) {
  std::vector<std::pair<std::string, std::string>> out;
  if (auto* e = schema.if_contains("enum"); e && e->is_array()) {
    const JsonArray* names = nullptr;
    if (auto* n = schema.if_contains("enumNames"); n && n->is_array()) names = &n->get_array();
    for (std::size_t i = 0; i < e->get_array().size(); ++i) {
      auto& v = e->get_array()[i];
      if (!v.is_string()) continue;
      std::string label(v.get_string());
      if (names && i < names->size() && (*names)[i].is_string())
        label = std::string((*names)[i].get_string());
      out.emplace_back(std::string(v.get_string()), label);
    }
    return out;
  }
  for (const char* key : {"oneOf", "anyOf"}) {
    auto* alts = schema.if_contains(key);
    if (!alts || !alts->is_array()) continue;
    for (auto& alt : alts->get_array()) {
      if (!alt.is_object()) continue;
      auto value = string_field(alt.get_object(), "const");
      if (!value) continue;
      out.emplace_back(*value, string_field(alt.get_object(), "title").value_or(*value));
    }
  }
  return out;
}

std::optional<Json> parse_scalar(const std::string& type, const std::string& text) {
  if (type == "boolean") {
    auto t = lower(text);
    if (t == "y" || t == "yes" || t == "true" || t == "1") return Json(true);
    if (t == "n" || t == "no" || t == "false" || t == "0") return Json(false);
    return std::nullopt;
  }
  if (type == "integer") {
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return Json(v);
  }
  if (type == "number") {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return Json(v);
  }
  return Json(text);
}

}  // namespace

UserInput::UserInput(bool interactive, std::istream& in, std::FILE* prompts)
    : interactive_(interactive), in_(in), prompts_(prompts) {}

std::optional<std::string> UserInput::read_line() {
  std::fflush(prompts_);
  std::string line;
  if (!std::getline(in_, line)) return std::nullopt;
  return trim(line);
}

std::optional<Json> UserInput::ask_field(const std::string& name, const JsonObject& schema,
                                         bool required) {
  std::string type = string_field(schema, "type").value_or("string");
  auto label = string_field(schema, "title").value_or(name);
  auto choices = choices_of(schema);
  const Json* default_value = schema.if_contains("default");

  if (auto d = string_field(schema, "description")) fmt::print(prompts_, "  {}\n", *d);
  for (std::size_t i = 0; i < choices.size(); ++i)
    fmt::print(prompts_, "    {}) {}\n", i + 1, choices[i].second);
  std::string hint = type == "boolean" ? "y/n" : choices.empty() ? type : "number or value";
  if (default_value) hint += fmt::format(", default {}", boost::json::serialize(*default_value));
  if (!required) hint += ", optional";

  for (int attempt = 0; attempt < kAttemptsPerField; ++attempt) {
    fmt::print(prompts_, "  {} ({}): ", label, hint);
    auto line = read_line();
    if (!line) return std::nullopt;
    if (line->empty()) {
      if (default_value) return *default_value;
      if (!required) return Json(nullptr);
      fmt::print(prompts_, "  a value is required\n");
      continue;
    }
    if (!choices.empty()) {
      std::size_t index = 0;
      auto [end, ec] = std::from_chars(line->data(), line->data() + line->size(), index);
      if (ec == std::errc{} && end == line->data() + line->size() && index >= 1 &&
          index <= choices.size())
        return Json(choices[index - 1].first);
      for (auto& [value, text] : choices)
        if (*line == value || *line == text) return Json(value);
      fmt::print(prompts_, "  choose one of the numbers above\n");
      continue;
    }
    if (auto v = parse_scalar(type, *line)) return v;
    fmt::print(prompts_, "  expected a{} {}\n", type == "integer" ? "n" : "", type);
  }
  return std::nullopt;
}

ElicitResult UserInput::elicit(const ElicitParams& params) {
  std::lock_guard lock(mutex_);
  ElicitResult result;
  if (!interactive_ || params.mode != ElicitParams::Mode::kForm) {
    fmt::print(prompts_,
               "sallyport call: the server asked: \"{}\"; declined (stdin is not a terminal)\n",
               params.message);
    result.action = ElicitResult::Action::kDecline;
    return result;
  }
  fmt::print(prompts_, "\nThe server asks: {}\n", params.message);
  fmt::print(prompts_, "Answer? [y]es, [n]o (decline), [c]ancel: ");
  auto choice = read_line();
  if (!choice || lower(*choice).starts_with('c')) return result;  // cancel
  if (!lower(*choice).starts_with('y')) {
    result.action = ElicitResult::Action::kDecline;
    return result;
  }

  std::set<std::string> required;
  if (auto* r = params.requested_schema.if_contains("required"); r && r->is_array())
    for (auto& x : r->get_array())
      if (x.is_string()) required.emplace(x.get_string());
  JsonObject content;
  if (auto* props = params.requested_schema.if_contains("properties");
      props && props->is_object()) {
    for (const auto& [key, schema] : props->get_object()) {
      std::string name(key);
      auto value = ask_field(name, schema.is_object() ? schema.get_object() : JsonObject{},
                             required.contains(name));
      if (!value) return result;  // gave up: cancel
      if (!value->is_null()) content[name] = std::move(*value);
    }
  }
  result.action = ElicitResult::Action::kAccept;
  result.content = std::move(content);
  return result;
}

CreateMessageResult UserInput::sample(const CreateMessageParams& params) {
  std::lock_guard lock(mutex_);
  if (!interactive_) {
    fmt::print(prompts_,
               "sallyport call: the server asked for a model completion; refused (no model here "
               "and stdin is not a terminal)\n");
    throw McpError(kUserRejected, "sampling request refused: sallyport call has no model");
  }
  fmt::print(prompts_, "\nThe server asks for a model reply; you are the model.\n");
  if (params.system_prompt) fmt::print(prompts_, "[system]\n{}\n", *params.system_prompt);
  for (const auto& m : params.messages) {
    fmt::print(prompts_, "[{}]\n", m.role == Role::kUser ? "user" : "assistant");
    for (const auto& c : m.content) {
      if (auto* t = std::get_if<TextContent>(&c))
        fmt::print(prompts_, "{}\n", t->text);
      else if (auto* i = std::get_if<ImageContent>(&c))
        fmt::print(prompts_, "{}\n", describe_content(*i));
      else if (auto* a = std::get_if<AudioContent>(&c))
        fmt::print(prompts_, "{}\n", describe_content(*a));
      else
        fmt::print(prompts_, "[tool content]\n");
    }
  }
  fmt::print(prompts_, "Your reply (one line; empty to refuse): ");
  auto line = read_line();
  if (!line || line->empty()) throw McpError(kUserRejected, "sampling request refused by the user");
  CreateMessageResult result;
  result.role = Role::kAssistant;
  result.content.push_back(TextContent{*line, {}, {}});
  result.model = "human (sallyport call)";
  result.stop_reason = "endTurn";
  return result;
}

}  // namespace sallyport::cli
