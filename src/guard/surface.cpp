#include "guard/surface.hpp"

#include <algorithm>

#include <boost/json.hpp>

namespace sallyport::guard::detail {
namespace json = boost::json;

namespace {

// A schema keyword's value that is really a sentence: "type" other than the seven JSON types,
// or any other keyword value of more than three words (a pattern or a URI has none or few).
bool is_prose_in_keyword(std::string_view key, std::string_view value) {
  static constexpr std::string_view kTypes[] = {"string", "number", "integer", "boolean",
                                                "object", "array",  "null"};
  if (key == "type")
    return std::find(std::begin(kTypes), std::end(kTypes), value) == std::end(kTypes);
  int words = 0;
  bool in_word = false;
  for (char c : value) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words > 3;
}

class Walker {
 public:
  Walker(Definition& d, const AnalyzerOptions& o, std::size_t& budget)
      : d_(d), o_(o), budget_(budget) {}

  void add(std::string loc, std::string_view text, Field::Role role) {
    if (text.empty() || budget_ == 0) return;
    --budget_;
    if (text.size() > o_.max_string_bytes) text = text.substr(0, o_.max_string_bytes);
    d_.fields.push_back({std::move(loc), std::string(text), role});
  }

  // Every string inside a JSON Schema (or _meta): property names, descriptions, titles,
  // defaults, enums, examples and whatever else a server put there.
  void schema(const json::value& v, const std::string& loc, std::size_t depth) {
    if (depth > o_.max_depth || budget_ == 0) return;
    if (v.is_string()) {
      add(loc, v.as_string(), Field::other);
      return;
    }
    if (v.is_array()) {
      std::size_t i = 0;
      for (const auto& e : v.as_array()) {
        if (i > 1000) break;
        schema(e, loc + "[" + std::to_string(i++) + "]", depth + 1);
      }
      return;
    }
    if (!v.is_object()) return;
    for (const auto& [k, child] : v.as_object()) {
      const std::string key(k);
      const std::string here = loc + "." + key;
      if (key == "properties" && child.is_object()) {
        for (const auto& [pname, pschema] : child.as_object()) {
          const std::string ploc = here + "." + std::string(pname);
          add(ploc, pname, Field::prop_name);
          schema(pschema, ploc, depth + 1);
        }
        continue;
      }
      if (key == "required" && child.is_array()) continue;  // repeats property names
      if (key == "type" || key == "$schema" || key == "format" || key == "$ref" || key == "$id" ||
          key == "pattern" || key == "contentEncoding" || key == "contentMediaType") {
        // keywords, not text; but the model reads prose wherever it sits, so a sentence in
        // "type" or "format" is scanned like a description
        if (child.is_string() && is_prose_in_keyword(key, child.as_string()))
          add(here, child.as_string(), Field::description);
        continue;
      }
      if (child.is_string()) {
        Field::Role role = Field::other;
        if (key == "description" || key == "$comment") role = Field::description;
        if (key == "title") role = Field::title;
        if (key == "default" || key == "const") role = Field::value;
        add(here, child.as_string(), role == Field::title ? Field::description : role);
        continue;
      }
      if ((key == "enum" || key == "examples" || key == "default") && child.is_array()) {
        std::size_t i = 0;
        for (const auto& e : child.as_array()) {
          if (i > 1000) break;
          const std::string eloc = here + "[" + std::to_string(i++) + "]";
          if (e.is_string()) {
            add(eloc, e.as_string(), Field::value);
          } else {
            schema(e, eloc, depth + 1);
          }
        }
        continue;
      }
      if (key.size() > 40) add(here, key, Field::other);  // sentences hidden in key names
      schema(child, here, depth + 1);
    }
  }

 private:
  Definition& d_;
  const AnalyzerOptions& o_;
  std::size_t& budget_;
};

std::string str(const json::object& o, std::string_view k) {
  const auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string()) : std::string{};
}

void read_tool(const json::value& v, std::size_t i, Surface& s, const AnalyzerOptions& o,
               std::size_t& budget) {
  Definition d;
  d.kind = "tool";
  d.location = "tools[" + std::to_string(i) + "]";
  d.value = &v;
  if (!v.is_object()) return;
  const auto& t = v.as_object();
  d.name = str(t, "name");
  Walker w(d, o, budget);
  w.add(d.location + ".name", d.name, Field::name);
  w.add(d.location + ".title", str(t, "title"), Field::title);
  w.add(d.location + ".description", str(t, "description"), Field::description);
  if (const auto* a = t.if_contains("annotations"); a && a->is_object())
    w.schema(*a, d.location + ".annotations", 1);
  if (const auto* is = t.if_contains("inputSchema")) w.schema(*is, d.location + ".inputSchema", 1);
  if (const auto* os = t.if_contains("outputSchema"))
    w.schema(*os, d.location + ".outputSchema", 1);
  if (const auto* m = t.if_contains("_meta")) w.schema(*m, d.location + "._meta", 1);
  s.definitions.push_back(std::move(d));
}

void read_prompt(const json::value& v, std::size_t i, Surface& s, const AnalyzerOptions& o,
                 std::size_t& budget) {
  if (!v.is_object()) return;
  Definition d;
  d.kind = "prompt";
  d.location = "prompts[" + std::to_string(i) + "]";
  d.value = &v;
  const auto& p = v.as_object();
  d.name = str(p, "name");
  Walker w(d, o, budget);
  w.add(d.location + ".name", d.name, Field::name);
  w.add(d.location + ".title", str(p, "title"), Field::title);
  w.add(d.location + ".description", str(p, "description"), Field::description);
  if (const auto* args = p.if_contains("arguments"); args && args->is_array()) {
    std::size_t k = 0;
    for (const auto& a : args->as_array()) {
      if (!a.is_object() || k > 200) break;
      const std::string loc = d.location + ".arguments[" + std::to_string(k++) + "]";
      w.add(loc + ".name", str(a.as_object(), "name"), Field::prop_name);
      w.add(loc + ".title", str(a.as_object(), "title"), Field::description);
      w.add(loc + ".description", str(a.as_object(), "description"), Field::description);
    }
  }
  if (const auto* m = p.if_contains("_meta")) w.schema(*m, d.location + "._meta", 1);
  s.definitions.push_back(std::move(d));
}

void read_resource(const json::value& v, std::size_t i, bool templ, Surface& s,
                   const AnalyzerOptions& o, std::size_t& budget) {
  if (!v.is_object()) return;
  Definition d;
  d.kind = templ ? "resourceTemplate" : "resource";
  d.location = std::string(templ ? "resourceTemplates[" : "resources[") + std::to_string(i) + "]";
  d.value = &v;
  const auto& r = v.as_object();
  d.name = str(r, "name");
  const std::string uri = str(r, templ ? "uriTemplate" : "uri");
  if (d.name.empty()) d.name = uri;
  Walker w(d, o, budget);
  w.add(d.location + ".name", str(r, "name"), Field::title);
  w.add(d.location + ".title", str(r, "title"), Field::title);
  w.add(d.location + ".description", str(r, "description"), Field::description);
  w.add(d.location + (templ ? ".uriTemplate" : ".uri"), uri, Field::value);
  if (const auto* m = r.if_contains("_meta")) w.schema(*m, d.location + "._meta", 1);
  s.definitions.push_back(std::move(d));
}

}  // namespace

Surface read_surface(const json::value& in, const AnalyzerOptions& opts) {
  Surface s;
  const json::value* v = &in;
  if (v->is_array()) {
    s.holder = json::object{{"tools", *v}};
    v = &s.holder;
  }
  if (!v->is_object()) return s;
  const json::object* o = &v->as_object();
  // a whole JSON-RPC response: look inside "result"
  if (const auto* r = o->if_contains("result"); r && r->is_object() && !o->contains("tools"))
    o = &r->as_object();
  s.server = str(*o, "serverName");
  if (s.server.empty()) s.server = str(*o, "name");
  if (s.server.empty()) {
    if (const auto* si = o->if_contains("serverInfo"); si && si->is_object())
      s.server = str(si->as_object(), "name");
  }
  std::size_t budget = 200000;  // strings per surface
  std::size_t defs = 0;
  auto each = [&](std::string_view key, auto&& fn) {
    const auto* arr = o->if_contains(key);
    if (!arr || !arr->is_array()) return;
    std::size_t i = 0;
    for (const auto& e : arr->as_array()) {
      if (defs++ >= opts.max_definitions) return;
      fn(e, i++);
    }
  };
  each("tools", [&](const json::value& e, std::size_t i) { read_tool(e, i, s, opts, budget); });
  each("prompts", [&](const json::value& e, std::size_t i) { read_prompt(e, i, s, opts, budget); });
  each("resources",
       [&](const json::value& e, std::size_t i) { read_resource(e, i, false, s, opts, budget); });
  each("resourceTemplates",
       [&](const json::value& e, std::size_t i) { read_resource(e, i, true, s, opts, budget); });
  const std::string instr = str(*o, "instructions");
  if (!instr.empty()) {
    Definition d;
    d.kind = "server";
    d.name = "instructions";
    d.location = "instructions";
    d.fields.push_back(
        {"instructions",
         instr.size() > opts.max_string_bytes ? instr.substr(0, opts.max_string_bytes) : instr,
         Field::description});
    s.definitions.push_back(std::move(d));
  }
  return s;
}

std::string split_identifier(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  char prev = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_' || c == '-' || c == '.' || c == '/' || c == ':') {
      out.push_back(' ');
    } else {
      const bool upper = c >= 'A' && c <= 'Z';
      const bool prev_lower = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9');
      const bool next_lower = i + 1 < s.size() && s[i + 1] >= 'a' && s[i + 1] <= 'z';
      const bool prev_upper = prev >= 'A' && prev <= 'Z';
      if (upper && (prev_lower || (prev_upper && next_lower))) out.push_back(' ');
      out.push_back(c);
    }
    prev = c;
  }
  return out;
}

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : split_identifier(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      cur.push_back(static_cast<char>(c + 32));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string normal_name(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '_' || c == '-' || c == '.' || c == ' ') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

}  // namespace sallyport::guard::detail
