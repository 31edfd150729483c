// Schema compilation: walks the schema document once, turning every subschema in a keyword
// position into a Node, registering $id resources and anchors, then resolves $ref/$dynamicRef
// targets. Nothing is fetched: references must land inside the document (or the built-in
// meta-schemas).

#include "json_schema/compiled.hpp"
#include "json_schema/json_util.hpp"
#include "json_schema/uri.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>
#include <limits>
#include <unordered_map>

namespace sallyport::json_schema::detail {
namespace {

namespace json = boost::json;

// Base URI of a document without "$id". The reserved .invalid TLD cannot clash with a real one.
constexpr std::string_view kDefaultBase = "https://sallyport.invalid/schema.json";
constexpr std::string_view kMetaschemaPrefix = "https://json-schema.org/draft/2020-12/";

// Internal only: thrown from deep inside the recursive walk, caught in compile_schema().
struct CompileError {
  std::string message;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw CompileError{(where.empty() ? std::string("at schema root") : "at " + where) + ": " + what};
}

std::string child_path(const std::string& parent, std::string_view token) {
  std::string out = parent;
  append_pointer_token(out, token);
  return out;
}

bool valid_anchor(std::string_view a) {
  auto letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  };
  if (a.empty() || !letter(a[0])) return false;
  return std::all_of(a.begin() + 1, a.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

std::size_t non_negative_integer(const json::value& v, const std::string& where) {
  if (!v.is_number() || !is_integer(v)) fail(where, "must be a non-negative integer");
  if (v.is_int64()) {
    if (v.get_int64() < 0) fail(where, "must be a non-negative integer");
    return static_cast<std::size_t>(v.get_int64());
  }
  if (v.is_uint64()) return static_cast<std::size_t>(v.get_uint64());
  const double d = v.get_double();
  if (d < 0) fail(where, "must be a non-negative integer");
  // Larger than any count we could meet: saturate.
  if (d >= 18446744073709551615.0) return std::numeric_limits<std::size_t>::max();
  return static_cast<std::size_t>(d);
}

const json::value& number(const json::value& v, const std::string& where) {
  if (!v.is_number()) fail(where, "must be a number");
  return v;
}

std::string string_of(const json::value& v, const std::string& where) {
  if (!v.is_string()) fail(where, "must be a string");
  return std::string(v.get_string());
}

const json::object& object_of(const json::value& v, const std::string& where) {
  if (!v.is_object()) fail(where, "must be an object");
  return v.get_object();
}

const json::array& schema_array(const json::value& v, const std::string& where) {
  if (!v.is_array() || v.get_array().empty()) fail(where, "must be a non-empty array of schemas");
  return v.get_array();
}

std::vector<std::string> string_array(const json::value& v, const std::string& where) {
  if (!v.is_array()) fail(where, "must be an array of strings");
  std::vector<std::string> out;
  for (const auto& e : v.get_array()) {
    if (!e.is_string()) fail(where, "must be an array of strings");
    out.emplace_back(e.get_string());
  }
  return out;
}

std::uint8_t type_bit(std::string_view name, const std::string& where) {
  if (name == "null") return kNull;
  if (name == "boolean") return kBoolean;
  if (name == "object") return kObject;
  if (name == "array") return kArray;
  if (name == "number") return kNumber;
  if (name == "string") return kString;
  if (name == "integer") return kInteger;
  fail(where, "unknown type \"" + std::string(name) + "\"");
}

class Compiler {
 public:
  explicit Compiler(const Limits& limits) : impl_(std::make_shared<Schema::Impl>()) {
    impl_->limits = limits;
    if (impl_->limits.max_errors == 0) impl_->limits.max_errors = 1;
  }

  std::shared_ptr<Schema::Impl> run(const json::value& schema) {
    impl_->root = compile_document(schema);
    // Resolving may compile more (on-demand targets, meta-schemas), which may add references.
    while (!pending_.empty()) {
      Pending p = std::move(pending_.back());
      pending_.pop_back();
      resolve(p);
    }
    for (auto& node : impl_->nodes) {
      if (node.object) {
        std::sort(node.object->properties.begin(), node.object->properties.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
      }
    }
    return std::move(impl_);
  }

 private:
  struct Pending {
    NodeId node;
    std::string target;  // absolute URI
    bool dynamic;
    std::string where;
  };
  struct ResourceInfo {
    const json::value* document;  // the resource's root JSON, for JSON Pointer fragments
    std::unordered_map<std::string, NodeId> anchors;  // $anchor and $dynamicAnchor
  };

  NodeId compile_document(const json::value& doc) {
    const bool has_id = doc.is_object() && doc.get_object().contains("$id");
    ResourceId res = has_id ? 0 : add_resource(std::string(kDefaultBase), &doc, "");
    NodeId id = compile(doc, std::string(kDefaultBase), res, "", 0);
    if (!has_id) impl_->resources[res].root = id;
    return id;
  }

  ResourceId add_resource(std::string uri, const json::value* doc, const std::string& where) {
    auto id = static_cast<ResourceId>(impl_->resources.size());
    if (!by_uri_.emplace(uri, id).second) fail(where, "duplicate resource URI \"" + uri + "\"");
    impl_->resources.push_back(Resource{std::move(uri), kNoNode, {}});
    info_.push_back(ResourceInfo{doc, {}});
    return id;
  }

  std::uint32_t intern(const std::string& name) {
    auto [it, inserted] =
        interned_.emplace(name, static_cast<std::uint32_t>(impl_->anchor_names.size()));
    if (inserted) impl_->anchor_names.push_back(name);
    return it->second;
  }

  void add_anchor(ResourceId res, const json::value& v, NodeId id, bool dynamic,
                  const std::string& where) {
    std::string name = string_of(v, where);
    if (!valid_anchor(name)) fail(where, "invalid anchor name \"" + name + "\"");
    auto [it, inserted] = info_[res].anchors.emplace(name, id);
    if (!inserted && it->second != id) fail(where, "duplicate anchor \"" + name + "\"");
    if (dynamic) impl_->resources[res].dynamic_anchors.emplace_back(intern(name), id);
  }

  NodeId compile(const json::value& v, const std::string& base, ResourceId res,
                 const std::string& where, std::size_t depth) {
    if (auto known = by_json_.find(&v); known != by_json_.end()) return known->second;
    if (depth > impl_->limits.max_depth) fail(where, "schema nesting exceeds max_depth");
    if (impl_->nodes.size() >= impl_->limits.max_schema_nodes) {
      fail(where, "schema has more than " + std::to_string(impl_->limits.max_schema_nodes) +
                      " subschemas (max_schema_nodes)");
    }
    const auto id = static_cast<NodeId>(impl_->nodes.size());
    impl_->nodes.emplace_back();
    by_json_.emplace(&v, id);

    Node n;
    n.resource = res;
    if (v.is_bool()) {
      n.kind = v.get_bool() ? Node::Kind::kTrue : Node::Kind::kFalse;
      impl_->nodes[id] = std::move(n);
      return id;
    }
    if (!v.is_object()) fail(where, "a schema must be an object or a boolean");
    const json::object& o = v.get_object();
    n.kind = Node::Kind::kObject;

    std::string my_base = base;
    if (const auto* idv = o.if_contains("$id")) {
      const std::string p = child_path(where, "$id");
      const std::string resolved = uri::resolve(base, string_of(*idv, p));
      const auto parts = uri::split_fragment(resolved);
      if (!parts.fragment.empty()) fail(p, "$id must not contain a fragment");
      // "$id": "#" (or the parent's own URI) names no new resource; a document root (empty
      // `where`) always starts one.
      if (parts.absolute != base || where.empty()) {
        my_base = std::string(parts.absolute);
        res = add_resource(my_base, &v, p);
        impl_->resources[res].root = id;
        n.resource = res;
      }
    }
    if (const auto* a = o.if_contains("$anchor")) {
      add_anchor(res, *a, id, false, child_path(where, "$anchor"));
    }
    if (const auto* a = o.if_contains("$dynamicAnchor")) {
      add_anchor(res, *a, id, true, child_path(where, "$dynamicAnchor"));
    }

    // Subschemas share this node's base URI and resource.
    auto sub = [&](const json::value& s, const std::string& path) {
      return compile(s, my_base, res, path, depth + 1);
    };

    for (const auto& kv : o) {
      const std::string_view k = kv.key();
      const json::value& val = kv.value();
      const std::string p = child_path(where, k);
      if (k == "$ref" || k == "$dynamicRef") {
        pending_.push_back(
            Pending{id, uri::resolve(my_base, string_of(val, p)), k == "$dynamicRef", p});
      } else if (k == "$defs") {
        for (const auto& d : object_of(val, p)) sub(d.value(), child_path(p, d.key()));
      } else if (k == "type") {
        if (val.is_string()) {
          n.types = type_bit(val.get_string(), p);
        } else if (val.is_array() && !val.get_array().empty()) {
          for (const auto& t : val.get_array()) {
            if (!t.is_string()) fail(p, "must be a type name or an array of type names");
            n.types |= type_bit(t.get_string(), p);
          }
        } else {
          fail(p, "must be a type name or a non-empty array of type names");
        }
      } else if (k == "enum") {
        if (!val.is_array()) fail(p, "must be an array");
        n.enum_ = val.get_array();
      } else if (k == "const") {
        n.const_ = val;
      } else if (k == "multipleOf") {
        const auto& m = number(val, p);
        if (compare_numbers(m, json::value(0)) <= 0) fail(p, "must be greater than 0");
        numeric(n).multiple_of = m;
      } else if (k == "maximum") {
        numeric(n).maximum = number(val, p);
      } else if (k == "exclusiveMaximum") {
        numeric(n).exclusive_maximum = number(val, p);
      } else if (k == "minimum") {
        numeric(n).minimum = number(val, p);
      } else if (k == "exclusiveMinimum") {
        numeric(n).exclusive_minimum = number(val, p);
      } else if (k == "maxLength") {
        string(n).max_length = non_negative_integer(val, p);
      } else if (k == "minLength") {
        string(n).min_length = non_negative_integer(val, p);
      } else if (k == "pattern") {
        string(n).pattern = add_regex(string_of(val, p), p);
      } else if (k == "prefixItems") {
        const auto& arr = schema_array(val, p);
        for (std::size_t i = 0; i < arr.size(); ++i) {
          array(n).prefix_items.push_back(sub(arr[i], p + "/" + std::to_string(i)));
        }
      } else if (k == "items") {
        if (val.is_array()) fail(p, "must be a schema (draft 2020-12 uses prefixItems for tuples)");
        array(n).items = sub(val, p);
      } else if (k == "contains") {
        array(n).contains = sub(val, p);
      } else if (k == "maxContains") {
        array(n).max_contains = non_negative_integer(val, p);
      } else if (k == "minContains") {
        array(n).min_contains = non_negative_integer(val, p);
      } else if (k == "maxItems") {
        array(n).max_items = non_negative_integer(val, p);
      } else if (k == "minItems") {
        array(n).min_items = non_negative_integer(val, p);
      } else if (k == "uniqueItems") {
        if (!val.is_bool()) fail(p, "must be a boolean");
        array(n).unique_items = val.get_bool();
      } else if (k == "properties") {
        for (const auto& m : object_of(val, p)) {
          object(n).properties.emplace_back(std::string(m.key()),
                                            sub(m.value(), child_path(p, m.key())));
        }
      } else if (k == "patternProperties") {
        for (const auto& m : object_of(val, p)) {
          const std::string mp = child_path(p, m.key());
          const std::uint32_t rx = add_regex(std::string(m.key()), mp);
          object(n).pattern_properties.emplace_back(rx, sub(m.value(), mp));
        }
      } else if (k == "additionalProperties") {
        object(n).additional_properties = sub(val, p);
      } else if (k == "propertyNames") {
        object(n).property_names = sub(val, p);
      } else if (k == "required") {
        object(n).required = string_array(val, p);
      } else if (k == "dependentRequired") {
        for (const auto& m : object_of(val, p)) {
          object(n).dependent_required.emplace_back(
              std::string(m.key()), string_array(m.value(), child_path(p, m.key())));
        }
      } else if (k == "dependentSchemas") {
        for (const auto& m : object_of(val, p)) {
          object(n).dependent_schemas.emplace_back(std::string(m.key()),
                                                   sub(m.value(), child_path(p, m.key())));
        }
      } else if (k == "maxProperties") {
        object(n).max_properties = non_negative_integer(val, p);
      } else if (k == "minProperties") {
        object(n).min_properties = non_negative_integer(val, p);
      } else if (k == "allOf" || k == "anyOf" || k == "oneOf") {
        auto& list = k == "allOf" ? n.all_of : k == "anyOf" ? n.any_of : n.one_of;
        const auto& arr = schema_array(val, p);
        for (std::size_t i = 0; i < arr.size(); ++i) {
          list.push_back(sub(arr[i], p + "/" + std::to_string(i)));
        }
      } else if (k == "not") {
        n.not_ = sub(val, p);
      } else if (k == "if") {
        n.if_ = sub(val, p);
      } else if (k == "then") {
        n.then_ = sub(val, p);
      } else if (k == "else") {
        n.else_ = sub(val, p);
      } else if (k == "unevaluatedItems") {
        n.unevaluated_items = sub(val, p);
      } else if (k == "unevaluatedProperties") {
        n.unevaluated_properties = sub(val, p);
      } else if (k == "contentSchema") {
        sub(val, p);  // annotation only, but it may define $id/$anchor targets
      }
      // Everything else ($schema, $comment, format, title, default, unknown keywords...) is an
      // annotation or unknown and does not affect validation.
    }
    impl_->nodes[id] = std::move(n);
    return id;
  }

  static NumericKeywords& numeric(Node& n) {
    if (!n.numeric) n.numeric = std::make_unique<NumericKeywords>();
    return *n.numeric;
  }
  static StringKeywords& string(Node& n) {
    if (!n.string) n.string = std::make_unique<StringKeywords>();
    return *n.string;
  }
  static ArrayKeywords& array(Node& n) {
    if (!n.array) n.array = std::make_unique<ArrayKeywords>();
    return *n.array;
  }
  static ObjectKeywords& object(Node& n) {
    if (!n.object) n.object = std::make_unique<ObjectKeywords>();
    return *n.object;
  }

  std::uint32_t add_regex(const std::string& pattern, const std::string& where) {
    auto rx = Regex::compile(pattern, impl_->limits.max_pattern_length);
    if (!rx) fail(where, rx.error());
    impl_->regexes.push_back(std::move(*rx));
    return static_cast<std::uint32_t>(impl_->regexes.size() - 1);
  }

  void load_metaschemas() {
    loaded_metaschemas_ = true;
    for (const auto& doc : metaschema_documents()) {
      // A document may define one of these URIs itself; its definition wins.
      if (by_uri_.contains(std::string(doc.at("$id").get_string()))) continue;
      compile_document(doc);
    }
  }

  // RFC 6901 pointer walk from a resource's root JSON.
  const json::value& walk_pointer(const json::value& root, std::string_view pointer,
                                  const std::string& where, const std::string& target) {
    const json::value* cur = &root;
    while (!pointer.empty()) {
      pointer.remove_prefix(1);  // '/'
      const auto slash = pointer.find('/');
      std::string token;
      for (std::size_t i = 0; i < std::min(slash, pointer.size()); ++i) {
        if (pointer[i] == '~' && i + 1 < pointer.size() && pointer[i + 1] == '0') {
          token += '~';
          ++i;
        } else if (pointer[i] == '~' && i + 1 < pointer.size() && pointer[i + 1] == '1') {
          token += '/';
          ++i;
        } else {
          token += pointer[i];
        }
      }
      pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
      if (cur->is_object()) {
        cur = cur->get_object().if_contains(token);
      } else if (cur->is_array()) {
        std::size_t index = 0;
        const auto* end = token.data() + token.size();
        auto [ptr, ec] = std::from_chars(token.data(), end, index);
        const bool canonical = !token.empty() && (token == "0" || token[0] != '0');
        cur = (ec == std::errc{} && ptr == end && canonical && index < cur->get_array().size())
                  ? &cur->get_array()[index]
                  : nullptr;
      } else {
        cur = nullptr;
      }
      if (cur == nullptr) fail(where, "$ref target not found: " + target);
    }
    return *cur;
  }

  void resolve(const Pending& p) {
    const auto parts = uri::split_fragment(p.target);
    const std::string absolute(parts.absolute);
    auto it = by_uri_.find(absolute);
    if (it == by_uri_.end() && !loaded_metaschemas_ && absolute.starts_with(kMetaschemaPrefix)) {
      load_metaschemas();
      it = by_uri_.find(absolute);
    }
    if (it == by_uri_.end()) {
      fail(p.where, "remote $ref not supported: \"" + p.target +
                        "\" is not defined in the schema document (references are never fetched)");
    }
    const ResourceId res = it->second;
    const std::string fragment = uri::percent_decode(parts.fragment);

    NodeId target = kNoNode;
    std::optional<std::uint32_t> dynamic_name;
    if (fragment.empty()) {
      target = impl_->resources[res].root;
    } else if (fragment[0] == '/') {
      const json::value& j = walk_pointer(*info_[res].document, fragment, p.where, p.target);
      // A pointer may land outside any keyword we compiled (e.g. inside an unknown keyword):
      // compile that value on demand, in the resource it was found in.
      target = compile(j, impl_->resources[res].uri, res, p.where + " -> " + p.target, 0);
    } else {
      auto a = info_[res].anchors.find(fragment);
      if (a == info_[res].anchors.end()) fail(p.where, "no anchor for $ref target " + p.target);
      target = a->second;
      if (p.dynamic) {
        // Dynamic resolution applies only when the static target itself is a $dynamicAnchor
        // ("bookending"); otherwise $dynamicRef behaves like $ref.
        for (const auto& [name, node] : impl_->resources[res].dynamic_anchors) {
          if (node == target && impl_->anchor_names[name] == fragment) dynamic_name = name;
        }
      }
    }
    Node& n = impl_->nodes[p.node];
    if (p.dynamic) {
      n.dynamic_ref = target;
      n.dynamic_anchor = dynamic_name;
    } else {
      n.ref = target;
    }
  }

  std::shared_ptr<Schema::Impl> impl_;
  std::vector<ResourceInfo> info_;  // parallel to impl_->resources
  std::unordered_map<std::string, ResourceId> by_uri_;
  std::unordered_map<const json::value*, NodeId> by_json_;
  std::unordered_map<std::string, std::uint32_t> interned_;
  std::vector<Pending> pending_;
  bool loaded_metaschemas_ = false;
};

}  // namespace

std::expected<std::shared_ptr<Schema::Impl>, std::string> compile_schema(const json::value& schema,
                                                                         const Limits& limits) {
  try {
    return Compiler(limits).run(schema);
  } catch (const CompileError& e) {
    return std::unexpected(e.message);
  } catch (const std::exception& e) {
    return std::unexpected(std::string("schema compilation failed: ") + e.what());
  }
}

}  // namespace sallyport::json_schema::detail
