// JSON arguments (completion requests, tool inputs) -> template variables.
#include <array>
#include <charconv>

#include <boost/json.hpp>

#include "uri_template/internal.hpp"

namespace sallyport::uri_template {

namespace {

std::optional<std::string> scalar(const boost::json::value& v) {
  if (const auto* s = v.if_string()) return std::string(s->data(), s->size());
  if (const auto* d = v.if_double()) {  // shortest round-trip form: 2.5, not 2.5E0
    std::array<char, 32> buf{};
    const auto end = std::to_chars(buf.data(), buf.data() + buf.size(), *d).ptr;
    return std::string(buf.data(), end);
  }
  if (v.is_number() || v.is_bool()) return boost::json::serialize(v);
  return std::nullopt;
}

}  // namespace

std::expected<Variables, std::string> variables_from_json(const boost::json::object& object) {
  Variables out;
  for (const auto& [key, v] : object) {
    const std::string name(key.data(), key.size());
    const auto bad = [&] {
      return std::unexpected("uri template variable '" + name +
                             "': only strings, numbers, booleans and flat arrays or objects of "
                             "them can be expanded");
    };
    if (v.is_null()) continue;
    if (auto s = scalar(v)) {
      out.emplace(name, std::move(*s));
    } else if (const auto* array = v.if_array()) {
      List list;
      for (const auto& item : *array) {
        auto member = scalar(item);
        if (!member) return bad();
        list.push_back(std::move(*member));
      }
      out.emplace(name, std::move(list));
    } else {
      AssocList assoc;
      for (const auto& [k, item] : v.get_object()) {
        auto member = scalar(item);
        if (!member) return bad();
        assoc.emplace_back(std::string(k.data(), k.size()), std::move(*member));
      }
      out.emplace(name, std::move(assoc));
    }
  }
  return out;
}

}  // namespace sallyport::uri_template
