#pragma once
// The compiled form of a schema: a flat vector of nodes (one per subschema) that refer to each
// other by index, so $ref cycles need no ownership cycles and validation never touches the
// original JSON document.

#include "json_schema/regex.hpp"
#include "sallyport/json_schema/validator.hpp"

#include <boost/json/value.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sallyport::json_schema {
namespace detail {

using NodeId = std::uint32_t;
using ResourceId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFF;

enum TypeBits : std::uint8_t {
  kNull = 1,
  kBoolean = 2,
  kObject = 4,
  kArray = 8,
  kNumber = 16,
  kString = 32,
  kInteger = 64,
};

struct NumericKeywords {
  std::optional<boost::json::value> minimum, maximum, exclusive_minimum, exclusive_maximum,
      multiple_of;
};

struct StringKeywords {
  std::optional<std::size_t> min_length, max_length;
  std::optional<std::uint32_t> pattern;  // index into Impl::regexes
};

struct ArrayKeywords {
  std::vector<NodeId> prefix_items;
  NodeId items = kNoNode;
  NodeId contains = kNoNode;
  std::size_t min_contains = 1;
  std::optional<std::size_t> max_contains;
  std::optional<std::size_t> min_items, max_items;
  bool unique_items = false;
};

struct ObjectKeywords {
  std::vector<std::pair<std::string, NodeId>> properties;            // sorted by name for lookup
  std::vector<std::pair<std::uint32_t, NodeId>> pattern_properties;  // (regex, schema)
  NodeId additional_properties = kNoNode;
  NodeId property_names = kNoNode;
  std::vector<std::string> required;
  std::vector<std::pair<std::string, std::vector<std::string>>> dependent_required;
  std::vector<std::pair<std::string, NodeId>> dependent_schemas;
  std::optional<std::size_t> min_properties, max_properties;
};

struct Node {
  enum class Kind : std::uint8_t { kTrue, kFalse, kObject } kind = Kind::kTrue;
  std::uint8_t types = 0;  // TypeBits; 0 = no "type" keyword
  ResourceId resource = 0;

  NodeId ref = kNoNode;
  NodeId dynamic_ref = kNoNode;  // static target of $dynamicRef
  // When the static target carries a matching $dynamicAnchor, the name (interned) to look up in
  // the dynamic scope at evaluation time.
  std::optional<std::uint32_t> dynamic_anchor;

  std::vector<NodeId> all_of, any_of, one_of;
  NodeId not_ = kNoNode, if_ = kNoNode, then_ = kNoNode, else_ = kNoNode;
  NodeId unevaluated_items = kNoNode, unevaluated_properties = kNoNode;

  std::optional<boost::json::value> const_;
  std::optional<boost::json::array> enum_;

  std::unique_ptr<NumericKeywords> numeric;
  std::unique_ptr<StringKeywords> string;
  std::unique_ptr<ArrayKeywords> array;
  std::unique_ptr<ObjectKeywords> object;
};

struct Resource {
  std::string uri;  // absolute, no fragment
  NodeId root = kNoNode;
  std::vector<std::pair<std::uint32_t, NodeId>> dynamic_anchors;  // (interned name, node)
};

}  // namespace detail

struct Schema::Impl {
  Limits limits;
  std::vector<detail::Node> nodes;
  std::vector<detail::Resource> resources;
  std::vector<detail::Regex> regexes;
  std::vector<std::string> anchor_names;  // interned $dynamicAnchor names
  detail::NodeId root = 0;
};

namespace detail {
// Implemented in compiler.cpp / evaluator.cpp.
std::expected<std::shared_ptr<Schema::Impl>, std::string> compile_schema(
    const boost::json::value& schema, const Limits& limits);
bool evaluate(const Schema::Impl& impl, const boost::json::value& instance,
              std::vector<ValidationError>* errors);
// The built-in 2020-12 meta-schema documents (parsed once, immutable).
const std::vector<boost::json::value>& metaschema_documents();
}  // namespace detail

}  // namespace sallyport::json_schema
