// Validation of an instance against a compiled schema.
//
// One recursive walk serves both is_valid() (no error list: stop at the first failure) and
// validate() (collect up to max_errors). Paths are linked lists of stack frames, so nothing is
// allocated for them unless an error is reported.
//
// unevaluatedItems/unevaluatedProperties need to know what the node's other keywords and its
// in-place subschemas (allOf, $ref, if/then/else, ...) evaluated. That is tracked in an
// `Evaluated` record per instance location, only when some node on the way asks for it, and
// records of failed subschemas are dropped, as the specification requires.

#include "json_schema/compiled.hpp"
#include "json_schema/json_util.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace sallyport::json_schema::detail {
namespace {

namespace json = boost::json;

struct PathSeg {
  const PathSeg* up = nullptr;
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;
};

PathSeg key_seg(const PathSeg* up, std::string_view key) {
  return PathSeg{up, key, 0, false};
}
PathSeg index_seg(const PathSeg* up, std::size_t i) {
  return PathSeg{up, {}, i, true};
}

std::string render(const PathSeg* p) {
  std::vector<const PathSeg*> segs;
  for (; p != nullptr; p = p->up) segs.push_back(p);
  std::string out;
  for (auto it = segs.rbegin(); it != segs.rend(); ++it) {
    if ((*it)->is_index) {
      out += '/';
      out += std::to_string((*it)->index);
    } else {
      append_pointer_token(out, (*it)->key);
    }
  }
  return out;
}

// The dynamic scope: schema resources entered on the way to the current node, innermost first.
struct Scope {
  const Scope* up;
  ResourceId resource;
};

// What has been evaluated at one array/object instance location.
struct Evaluated {
  bool all = false;
  std::size_t prefix = 0;   // arrays: indices below this
  std::vector<bool> marks;  // arrays: by index (contains); objects: by member position

  void mark(std::size_t i, std::size_t size) {
    if (marks.size() < size) marks.resize(size);
    marks[i] = true;
  }
  bool has(std::size_t i) const { return all || i < prefix || (i < marks.size() && marks[i]); }
  void merge(const Evaluated& o) {
    all = all || o.all;
    prefix = std::max(prefix, o.prefix);
    if (marks.size() < o.marks.size()) marks.resize(o.marks.size());
    for (std::size_t i = 0; i < o.marks.size(); ++i) {
      if (o.marks[i]) marks[i] = true;
    }
  }
};

std::string type_names(std::uint8_t t) {
  static constexpr std::pair<std::uint8_t, const char*> kNames[] = {
      {kNull, "null"},     {kBoolean, "boolean"}, {kObject, "object"},  {kArray, "array"},
      {kNumber, "number"}, {kString, "string"},   {kInteger, "integer"}};
  std::string out;
  for (const auto& [bit, name] : kNames) {
    if ((t & bit) == 0) continue;
    if (!out.empty()) out += " or ";
    out += name;
  }
  return out;
}

bool type_matches(std::uint8_t t, const json::value& v) {
  switch (v.kind()) {
    case json::kind::null:
      return (t & kNull) != 0;
    case json::kind::bool_:
      return (t & kBoolean) != 0;
    case json::kind::object:
      return (t & kObject) != 0;
    case json::kind::array:
      return (t & kArray) != 0;
    case json::kind::string:
      return (t & kString) != 0;
    case json::kind::int64:
    case json::kind::uint64:
      return (t & (kNumber | kInteger)) != 0;
    case json::kind::double_:
      return (t & kNumber) != 0 || ((t & kInteger) != 0 && is_integer(v));
  }
  return false;
}

// Schema values quoted in messages are shortened: a peer-supplied enum can be megabytes.
std::string brief(const json::value& v) {
  constexpr std::size_t kMax = 120;
  std::string s = json::serialize(v);
  if (s.size() > kMax) {
    s.resize(kMax);
    s += "...";
  }
  return s;
}

std::string quoted(std::string_view s) {
  return brief(json::value(json::string_view(s)));
}

class Evaluator {
 public:
  Evaluator(const Schema::Impl& s, std::vector<ValidationError>* errors) : s_(s), errors_(errors) {}

  bool run(const json::value& instance) {
    bool ok = eval(s_.root, instance, nullptr, nullptr, nullptr, 0, nullptr);
    if (aborted_) ok = false;
    if (errors_ != nullptr) {
      if (abort_error_) {
        if (errors_->size() >= s_.limits.max_errors) errors_->pop_back();
        errors_->push_back(std::move(*abort_error_));
      }
      if (!ok && errors_->empty()) errors_->push_back({"", "", "instance is invalid"});
    }
    return ok;
  }

 private:
  // Everything a keyword needs about the node being evaluated.
  struct Here {
    const Node& n;
    const json::value& v;
    const PathSeg* ip;  // instance path
    const PathSeg* kp;  // keyword (evaluation) path
    const Scope* scope;
    std::size_t depth;
    Evaluated* ann;  // null when nobody needs annotations here
  };

  // Suppresses error collection while a subschema's failure is not the instance's failure
  // (anyOf branches, not, if, contains).
  struct Quiet {
    explicit Quiet(Evaluator& e) : e_(e) { ++e_.quiet_; }
    ~Quiet() { --e_.quiet_; }
    Quiet(const Quiet&) = delete;
    Quiet& operator=(const Quiet&) = delete;
    Evaluator& e_;
  };

  bool collecting() const { return errors_ != nullptr && quiet_ == 0; }
  // After a failure: is there any point in evaluating further keywords?
  bool stop() const { return aborted_ || !collecting() || errors_->size() >= s_.limits.max_errors; }

  template <typename MakeMessage>
  bool fail(const PathSeg* ip, const PathSeg* kp, MakeMessage&& make) {
    if (collecting() && errors_->size() < s_.limits.max_errors) {
      errors_->push_back({render(ip), render(kp), make()});
    }
    return false;
  }

  // A limit was hit: the result is unknown, so the whole validation fails (even under `not`).
  bool abort(const PathSeg* ip, const PathSeg* kp, std::string message) {
    if (!aborted_) {
      aborted_ = true;
      if (errors_ != nullptr)
        abort_error_ = ValidationError{render(ip), render(kp), std::move(message)};
    }
    return false;
  }

  bool eval(NodeId id, const json::value& v, const PathSeg* ip, const PathSeg* kp,
            const Scope* scope, std::size_t depth, Evaluated* ann) {
    if (aborted_) return false;
    if (++steps_ > s_.limits.max_steps) {
      return abort(ip, kp,
                   "validation exceeded max_steps (" + std::to_string(s_.limits.max_steps) +
                       " subschema evaluations)");
    }
    if (depth > s_.limits.max_depth) {
      return abort(ip, kp,
                   "validation exceeded max_depth (" + std::to_string(s_.limits.max_depth) +
                       " nested subschemas)");
    }
    const Node& n = s_.nodes[id];
    if (n.kind == Node::Kind::kTrue) return true;
    if (n.kind == Node::Kind::kFalse) {
      return fail(ip, kp, [] { return std::string("no value is allowed here (false schema)"); });
    }

    Scope entered{scope, n.resource};
    if (scope == nullptr || scope->resource != n.resource) scope = &entered;

    // Annotations only matter for containers. A node with unevaluated* reads its own record, so
    // it must not share the caller's (which holds the caller's siblings' results).
    const bool is_obj = v.is_object();
    const bool is_arr = v.is_array();
    if (!is_obj && !is_arr) ann = nullptr;
    Evaluated own;
    Evaluated* mine = ann;
    const bool reads = (is_obj && n.unevaluated_properties != kNoNode) ||
                       (is_arr && n.unevaluated_items != kNoNode);
    if (reads) mine = &own;

    Here h{n, v, ip, kp, scope, depth, mine};
    bool ok = true;
    // Each group returns false once evaluation of this node should stop.
    auto run = [&](bool (Evaluator::*group)(const Here&, bool&)) {
      return (this->*group)(h, ok);
    };
    if (!run(&Evaluator::assertions)) return false;
    if (v.is_number() && n.numeric && !run(&Evaluator::numeric)) return false;
    if (v.is_string() && n.string && !run(&Evaluator::string)) return false;
    if (is_arr && n.array && !run(&Evaluator::array)) return false;
    if (is_obj && n.object && !run(&Evaluator::object)) return false;
    if (!run(&Evaluator::applicators)) return false;
    if (reads && !run(&Evaluator::unevaluated)) return false;
    if (ok && reads && ann != nullptr) ann->merge(own);
    return ok;
  }

  // Records a keyword result in `ok`; true while evaluation should continue.
  bool keep(bool result, bool& ok) const {
    if (result) return true;
    ok = false;
    return !stop();
  }

  bool assertions(const Here& h, bool& ok) {
    const Node& n = h.n;
    if (n.types != 0 && !type_matches(n.types, h.v)) {
      PathSeg k = key_seg(h.kp, "type");
      if (!keep(fail(h.ip, &k,
                     [&] {
                       return "expected " + type_names(n.types) + ", got " + describe_kind(h.v);
                     }),
                ok)) {
        return false;
      }
    }
    if (n.const_) {
      PathSeg k = key_seg(h.kp, "const");
      const Equality e = json_equal(*n.const_, h.v);
      if (e == Equality::kTooDeep) return abort(h.ip, &k, "instance nesting too deep to compare");
      if (e != Equality::kEqual &&
          !keep(fail(h.ip, &k, [&] { return "must be equal to " + brief(*n.const_); }), ok)) {
        return false;
      }
    }
    if (n.enum_) {
      PathSeg k = key_seg(h.kp, "enum");
      bool found = false;
      for (const auto& candidate : *n.enum_) {
        const Equality e = json_equal(candidate, h.v);
        if (e == Equality::kTooDeep) return abort(h.ip, &k, "instance nesting too deep to compare");
        if (e == Equality::kEqual) {
          found = true;
          break;
        }
      }
      if (!found &&
          !keep(fail(h.ip, &k, [&] { return "must be one of " + brief(json::value(*n.enum_)); }),
                ok)) {
        return false;
      }
    }
    return true;
  }

  bool numeric(const Here& h, bool& ok) {
    const NumericKeywords& nk = *h.n.numeric;
    struct Bound {
      const std::optional<json::value>& limit;
      std::string_view keyword;
      std::string_view relation;
      bool (*passes)(int);
    };
    const Bound bounds[] = {
        {nk.minimum, "minimum", ">=",
         [](int c) {
           return c >= 0;
         }},
        {nk.maximum, "maximum", "<=",
         [](int c) {
           return c <= 0;
         }},
        {nk.exclusive_minimum, "exclusiveMinimum", ">",
         [](int c) {
           return c > 0;
         }},
        {nk.exclusive_maximum, "exclusiveMaximum", "<",
         [](int c) {
           return c < 0;
         }},
    };
    for (const auto& b : bounds) {
      if (!b.limit || b.passes(compare_numbers(h.v, *b.limit))) continue;
      PathSeg k = key_seg(h.kp, b.keyword);
      if (!keep(fail(h.ip, &k,
                     [&] { return "must be " + std::string(b.relation) + " " + brief(*b.limit); }),
                ok)) {
        return false;
      }
    }
    if (nk.multiple_of && !is_multiple_of(h.v, *nk.multiple_of)) {
      PathSeg k = key_seg(h.kp, "multipleOf");
      if (!keep(fail(h.ip, &k, [&] { return "must be a multiple of " + brief(*nk.multiple_of); }),
                ok)) {
        return false;
      }
    }
    return true;
  }

  bool string(const Here& h, bool& ok) {
    const StringKeywords& sk = *h.n.string;
    const std::string_view s = h.v.get_string();
    if (sk.min_length || sk.max_length) {
      const std::size_t len = code_points(s);
      if (sk.min_length && len < *sk.min_length) {
        PathSeg k = key_seg(h.kp, "minLength");
        if (!keep(fail(h.ip, &k,
                       [&] {
                         return "must be at least " + std::to_string(*sk.min_length) +
                                " characters long";
                       }),
                  ok)) {
          return false;
        }
      }
      if (sk.max_length && len > *sk.max_length) {
        PathSeg k = key_seg(h.kp, "maxLength");
        if (!keep(fail(h.ip, &k,
                       [&] {
                         return "must be at most " + std::to_string(*sk.max_length) +
                                " characters long";
                       }),
                  ok)) {
          return false;
        }
      }
    }
    if (sk.pattern) {
      PathSeg k = key_seg(h.kp, "pattern");
      const Regex& rx = s_.regexes[*sk.pattern];
      switch (rx.search(s, s_.limits.max_regex_input_length)) {
        case Regex::Result::kInputTooLong:
          return abort(h.ip, &k, "string too long to match against a pattern");
        case Regex::Result::kNoMatch:
          if (!keep(fail(h.ip, &k, [&] { return "must match pattern " + quoted(rx.source()); }),
                    ok)) {
            return false;
          }
          break;
        case Regex::Result::kMatch:
          break;
      }
    }
    return true;
  }

  // Pairwise for short arrays, hash buckets for long ones; equal pair reported via i/j.
  Equality find_duplicate(const json::array& a, std::size_t& i_out, std::size_t& j_out) {
    steps_ += a.size();
    auto check = [&](std::size_t i, std::size_t j) {
      const Equality e = json_equal(a[i], a[j]);
      if (e == Equality::kEqual) {
        i_out = std::min(i, j);
        j_out = std::max(i, j);
      }
      return e;
    };
    if (a.size() <= 16) {
      for (std::size_t i = 0; i < a.size(); ++i) {
        for (std::size_t j = i + 1; j < a.size(); ++j) {
          if (auto e = check(i, j); e != Equality::kUnequal) return e;
        }
      }
      return Equality::kUnequal;
    }
    std::vector<std::pair<std::size_t, std::size_t>> hashed;  // (hash, index)
    hashed.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) hashed.emplace_back(json_hash(a[i]), i);
    std::sort(hashed.begin(), hashed.end());
    for (std::size_t start = 0; start < hashed.size();) {
      std::size_t end = start + 1;
      while (end < hashed.size() && hashed[end].first == hashed[start].first) ++end;
      for (std::size_t x = start; x < end; ++x) {
        for (std::size_t y = x + 1; y < end; ++y) {
          if (auto e = check(hashed[x].second, hashed[y].second); e != Equality::kUnequal) {
            return e;
          }
        }
      }
      start = end;
    }
    return Equality::kUnequal;
  }

  bool array(const Here& h, bool& ok) {
    const ArrayKeywords& ak = *h.n.array;
    const json::array& a = h.v.get_array();
    if (ak.min_items && a.size() < *ak.min_items) {
      PathSeg k = key_seg(h.kp, "minItems");
      if (!keep(fail(h.ip, &k,
                     [&] {
                       return "must have at least " + std::to_string(*ak.min_items) + " items";
                     }),
                ok)) {
        return false;
      }
    }
    if (ak.max_items && a.size() > *ak.max_items) {
      PathSeg k = key_seg(h.kp, "maxItems");
      if (!keep(
              fail(h.ip, &k,
                   [&] { return "must have at most " + std::to_string(*ak.max_items) + " items"; }),
              ok)) {
        return false;
      }
    }
    if (ak.unique_items) {
      PathSeg k = key_seg(h.kp, "uniqueItems");
      std::size_t i = 0, j = 0;
      const Equality e = find_duplicate(a, i, j);
      if (e == Equality::kTooDeep) return abort(h.ip, &k, "instance nesting too deep to compare");
      if (e == Equality::kEqual && !keep(fail(h.ip, &k,
                                              [&] {
                                                return "items must be unique (items " +
                                                       std::to_string(i) + " and " +
                                                       std::to_string(j) + " are equal)";
                                              }),
                                         ok)) {
        return false;
      }
    }
    const std::size_t prefix = std::min(a.size(), ak.prefix_items.size());
    if (prefix > 0) {
      PathSeg k = key_seg(h.kp, "prefixItems");
      for (std::size_t i = 0; i < prefix; ++i) {
        PathSeg ki = index_seg(&k, i);
        PathSeg ii = index_seg(h.ip, i);
        if (!keep(eval(ak.prefix_items[i], a[i], &ii, &ki, h.scope, h.depth + 1, nullptr), ok)) {
          return false;
        }
      }
      if (h.ann != nullptr) h.ann->prefix = std::max(h.ann->prefix, prefix);
    }
    if (ak.items != kNoNode && a.size() > prefix) {
      PathSeg k = key_seg(h.kp, "items");
      for (std::size_t i = prefix; i < a.size(); ++i) {
        PathSeg ii = index_seg(h.ip, i);
        if (!keep(item(ak.items, a[i], &ii, &k, h, "items"), ok)) return false;
      }
      if (h.ann != nullptr) h.ann->all = true;
    }
    if (ak.contains != kNoNode) {
      if (!keep(contains(h, ak, a), ok)) return false;
    }
    return true;
  }

  // Applies `child` to one array item / object member; a `false` child gets a clearer message.
  bool item(NodeId child, const json::value& v, const PathSeg* ip, const PathSeg* kp, const Here& h,
            std::string_view keyword) {
    if (s_.nodes[child].kind == Node::Kind::kFalse) {
      return fail(ip, kp, [&] { return "not allowed by " + std::string(keyword); });
    }
    return eval(child, v, ip, kp, h.scope, h.depth + 1, nullptr);
  }

  bool contains(const Here& h, const ArrayKeywords& ak, const json::array& a) {
    PathSeg k = key_seg(h.kp, "contains");
    // Without annotations or maxContains, counting can stop once minContains is reached.
    const bool count_all = h.ann != nullptr || ak.max_contains.has_value();
    if (!count_all && ak.min_contains == 0) return true;
    std::size_t count = 0;
    {
      Quiet q(*this);
      for (std::size_t i = 0; i < a.size(); ++i) {
        PathSeg ii = index_seg(h.ip, i);
        if (eval(ak.contains, a[i], &ii, &k, h.scope, h.depth + 1, nullptr)) {
          ++count;
          if (h.ann != nullptr) h.ann->mark(i, a.size());
          if (!count_all && count >= ak.min_contains) break;
        }
        if (aborted_) return false;
      }
    }
    if (count < ak.min_contains) {
      PathSeg km = key_seg(h.kp, ak.min_contains == 1 ? "contains" : "minContains");
      return fail(h.ip, &km, [&] {
        return "must contain at least " + std::to_string(ak.min_contains) +
               " matching item(s), found " + std::to_string(count);
      });
    }
    if (ak.max_contains && count > *ak.max_contains) {
      PathSeg km = key_seg(h.kp, "maxContains");
      return fail(h.ip, &km, [&] {
        return "must contain at most " + std::to_string(*ak.max_contains) +
               " matching item(s), found " + std::to_string(count);
      });
    }
    return true;
  }

  bool object(const Here& h, bool& ok) {
    const ObjectKeywords& kw = *h.n.object;
    const json::object& o = h.v.get_object();
    const auto position = [&](json::object::const_iterator it) {
      return static_cast<std::size_t>(it - o.begin());
    };
    if (kw.min_properties && o.size() < *kw.min_properties) {
      PathSeg k = key_seg(h.kp, "minProperties");
      if (!keep(fail(h.ip, &k,
                     [&] {
                       return "must have at least " + std::to_string(*kw.min_properties) +
                              " properties";
                     }),
                ok)) {
        return false;
      }
    }
    if (kw.max_properties && o.size() > *kw.max_properties) {
      PathSeg k = key_seg(h.kp, "maxProperties");
      if (!keep(fail(h.ip, &k,
                     [&] {
                       return "must have at most " + std::to_string(*kw.max_properties) +
                              " properties";
                     }),
                ok)) {
        return false;
      }
    }
    for (const auto& name : kw.required) {
      if (o.contains(name)) continue;
      PathSeg k = key_seg(h.kp, "required");
      if (!keep(fail(h.ip, &k, [&] { return "missing required property " + quoted(name); }), ok)) {
        return false;
      }
    }
    for (const auto& [trigger, names] : kw.dependent_required) {
      if (!o.contains(trigger)) continue;
      for (const auto& name : names) {
        if (o.contains(name)) continue;
        PathSeg k = key_seg(h.kp, "dependentRequired");
        PathSeg kt = key_seg(&k, trigger);
        if (!keep(fail(h.ip, &kt,
                       [&] {
                         return "property " + quoted(name) + " is required when " +
                                quoted(trigger) + " is present";
                       }),
                  ok)) {
          return false;
        }
      }
    }
    if (!kw.properties.empty()) {
      PathSeg k = key_seg(h.kp, "properties");
      for (const auto& [name, child] : kw.properties) {
        auto it = o.find(name);
        if (it == o.end()) continue;
        PathSeg kn = key_seg(&k, name);
        PathSeg in = key_seg(h.ip, name);
        if (!keep(eval(child, it->value(), &in, &kn, h.scope, h.depth + 1, nullptr), ok)) {
          return false;
        }
        if (h.ann != nullptr) h.ann->mark(position(it), o.size());
      }
    }
    if (!kw.pattern_properties.empty() || kw.additional_properties != kNoNode) {
      PathSeg kpp = key_seg(h.kp, "patternProperties");
      PathSeg kap = key_seg(h.kp, "additionalProperties");
      for (auto it = o.begin(); it != o.end(); ++it) {
        const std::string_view name = it->key();
        PathSeg in = key_seg(h.ip, name);
        bool matched = std::binary_search(
            kw.properties.begin(), kw.properties.end(), name,
            [](const auto& a, const auto& b) { return name_of(a) < name_of(b); });
        for (const auto& [rx, child] : kw.pattern_properties) {
          const Regex& r = s_.regexes[rx];
          const auto m = r.search(name, s_.limits.max_regex_input_length);
          if (m == Regex::Result::kInputTooLong) {
            return abort(&in, &kpp, "property name too long to match against a pattern");
          }
          if (m == Regex::Result::kNoMatch) continue;
          matched = true;
          PathSeg kr = key_seg(&kpp, r.source());
          if (!keep(eval(child, it->value(), &in, &kr, h.scope, h.depth + 1, nullptr), ok)) {
            return false;
          }
        }
        if (!matched && kw.additional_properties != kNoNode) {
          if (!keep(
                  item(kw.additional_properties, it->value(), &in, &kap, h, "additionalProperties"),
                  ok)) {
            return false;
          }
          matched = true;
        }
        if (matched && h.ann != nullptr) h.ann->mark(position(it), o.size());
      }
    }
    if (kw.property_names != kNoNode) {
      PathSeg k = key_seg(h.kp, "propertyNames");
      for (const auto& kv : o) {
        PathSeg in = key_seg(h.ip, kv.key());
        bool valid = false;
        {
          Quiet q(*this);
          valid = eval(kw.property_names, json::value(kv.key()), &in, &k, h.scope, h.depth + 1,
                       nullptr);
        }
        if (aborted_) return false;
        if (!valid && !keep(fail(&in, &k,
                                 [&] {
                                   return "property name " + quoted(kv.key()) +
                                          " does not match propertyNames";
                                 }),
                            ok)) {
          return false;
        }
      }
    }
    if (!kw.dependent_schemas.empty()) {
      PathSeg k = key_seg(h.kp, "dependentSchemas");
      for (const auto& [trigger, child] : kw.dependent_schemas) {
        if (!o.contains(trigger)) continue;
        PathSeg kt = key_seg(&k, trigger);
        if (!keep(eval(child, h.v, h.ip, &kt, h.scope, h.depth + 1, h.ann), ok)) return false;
      }
    }
    return true;
  }

  static std::string_view name_of(const std::pair<std::string, NodeId>& p) { return p.first; }
  static std::string_view name_of(std::string_view s) { return s; }

  NodeId dynamic_target(const Node& n, const Scope* scope) const {
    if (!n.dynamic_anchor) return n.dynamic_ref;
    // The outermost resource in the dynamic scope that declares the anchor wins.
    NodeId target = n.dynamic_ref;
    for (const Scope* sc = scope; sc != nullptr; sc = sc->up) {
      for (const auto& [name, node] : s_.resources[sc->resource].dynamic_anchors) {
        if (name == *n.dynamic_anchor) target = node;
      }
    }
    return target;
  }

  bool applicators(const Here& h, bool& ok) {
    const Node& n = h.n;
    const std::size_t d = h.depth + 1;
    if (n.ref != kNoNode) {
      PathSeg k = key_seg(h.kp, "$ref");
      if (!keep(eval(n.ref, h.v, h.ip, &k, h.scope, d, h.ann), ok)) return false;
    }
    if (n.dynamic_ref != kNoNode) {
      PathSeg k = key_seg(h.kp, "$dynamicRef");
      if (!keep(eval(dynamic_target(n, h.scope), h.v, h.ip, &k, h.scope, d, h.ann), ok)) {
        return false;
      }
    }
    if (!n.all_of.empty()) {
      PathSeg k = key_seg(h.kp, "allOf");
      for (std::size_t i = 0; i < n.all_of.size(); ++i) {
        PathSeg ki = index_seg(&k, i);
        if (!keep(eval(n.all_of[i], h.v, h.ip, &ki, h.scope, d, h.ann), ok)) return false;
      }
    }
    if (!n.any_of.empty() && !keep(any_of(h), ok)) return false;
    if (!n.one_of.empty() && !keep(one_of(h), ok)) return false;
    if (n.not_ != kNoNode) {
      PathSeg k = key_seg(h.kp, "not");
      bool matched = false;
      {
        Quiet q(*this);
        matched = eval(n.not_, h.v, h.ip, &k, h.scope, d, nullptr);
      }
      if (aborted_) return false;
      if (matched &&
          !keep(fail(h.ip, &k, [] { return std::string("must not match the schema in not"); }),
                ok)) {
        return false;
      }
    }
    // Without then/else, "if" only matters for the annotations it contributes.
    if (n.if_ != kNoNode && (n.then_ != kNoNode || n.else_ != kNoNode || h.ann != nullptr)) {
      PathSeg k = key_seg(h.kp, "if");
      Evaluated cond;
      bool holds = false;
      {
        Quiet q(*this);
        holds = eval(n.if_, h.v, h.ip, &k, h.scope, d, h.ann != nullptr ? &cond : nullptr);
      }
      if (aborted_) return false;
      if (holds && h.ann != nullptr) h.ann->merge(cond);
      const NodeId branch = holds ? n.then_ : n.else_;
      if (branch != kNoNode) {
        PathSeg kb = key_seg(h.kp, holds ? "then" : "else");
        if (!keep(eval(branch, h.v, h.ip, &kb, h.scope, d, h.ann), ok)) return false;
      }
    }
    return true;
  }

  bool any_of(const Here& h) {
    PathSeg k = key_seg(h.kp, "anyOf");
    bool matched = false;
    {
      Quiet q(*this);
      for (std::size_t i = 0; i < h.n.any_of.size(); ++i) {
        PathSeg ki = index_seg(&k, i);
        if (h.ann == nullptr) {
          if (eval(h.n.any_of[i], h.v, h.ip, &ki, h.scope, h.depth + 1, nullptr)) {
            matched = true;
            break;
          }
        } else {
          // Every valid branch contributes annotations, so all branches run.
          Evaluated branch;
          if (eval(h.n.any_of[i], h.v, h.ip, &ki, h.scope, h.depth + 1, &branch)) {
            matched = true;
            h.ann->merge(branch);
          }
        }
        if (aborted_) return false;
      }
    }
    if (matched) return true;
    return fail(h.ip, &k, [] { return std::string("must match at least one schema in anyOf"); });
  }

  bool one_of(const Here& h) {
    PathSeg k = key_seg(h.kp, "oneOf");
    std::size_t first = 0, second = 0, matches = 0;
    Evaluated chosen;
    {
      Quiet q(*this);
      for (std::size_t i = 0; i < h.n.one_of.size() && matches < 2; ++i) {
        PathSeg ki = index_seg(&k, i);
        Evaluated branch;
        if (eval(h.n.one_of[i], h.v, h.ip, &ki, h.scope, h.depth + 1,
                 h.ann != nullptr ? &branch : nullptr)) {
          (matches == 0 ? first : second) = i;
          if (matches == 0) chosen = std::move(branch);
          ++matches;
        }
        if (aborted_) return false;
      }
    }
    if (matches == 1) {
      if (h.ann != nullptr) h.ann->merge(chosen);
      return true;
    }
    return fail(h.ip, &k, [&] {
      if (matches == 0) return std::string("must match exactly one schema in oneOf, matched none");
      return "must match exactly one schema in oneOf, matched " + std::to_string(first) + " and " +
             std::to_string(second);
    });
  }

  bool unevaluated(const Here& h, bool& ok) {
    Evaluated& seen = *h.ann;  // set: this node reads annotations
    if (h.v.is_array()) {
      PathSeg k = key_seg(h.kp, "unevaluatedItems");
      const json::array& a = h.v.get_array();
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (seen.has(i)) continue;
        PathSeg ii = index_seg(h.ip, i);
        if (!keep(item(h.n.unevaluated_items, a[i], &ii, &k, h, "unevaluatedItems"), ok)) {
          return false;
        }
      }
      seen.all = true;
    } else {
      PathSeg k = key_seg(h.kp, "unevaluatedProperties");
      const json::object& o = h.v.get_object();
      std::size_t i = 0;
      for (auto it = o.begin(); it != o.end(); ++it, ++i) {
        if (seen.has(i)) continue;
        PathSeg in = key_seg(h.ip, it->key());
        if (!keep(
                item(h.n.unevaluated_properties, it->value(), &in, &k, h, "unevaluatedProperties"),
                ok)) {
          return false;
        }
      }
      seen.all = true;
    }
    return true;
  }

  const Schema::Impl& s_;
  std::vector<ValidationError>* errors_;
  int quiet_ = 0;
  std::size_t steps_ = 0;
  bool aborted_ = false;
  std::optional<ValidationError> abort_error_;
};

}  // namespace

bool evaluate(const Schema::Impl& impl, const json::value& instance,
              std::vector<ValidationError>* errors) {
  return Evaluator(impl, errors).run(instance);
}

}  // namespace sallyport::json_schema::detail
