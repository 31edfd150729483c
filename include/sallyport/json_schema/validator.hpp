#pragma once
// JSON Schema draft 2020-12 validator. MCP validates tool arguments against `inputSchema` and
// tool results against `outputSchema`; both schema and instance may come from an untrusted peer,
// so compilation and validation are bounded by `Limits` and fail closed.
//
// Dialect notes:
//   - `$schema` is ignored: every schema is read as 2020-12 with all vocabularies on.
//   - `format` and `content*` are annotations only (never asserted).
//   - `$ref`/`$dynamicRef` are never fetched. A reference to a URI that the document does not
//     define is a compile error ("remote $ref not supported"), even if it is never reached at
//     validation time. The 2020-12 meta-schema and its vocabulary meta-schemas are built in, so
//     `{"$ref": "https://json-schema.org/draft/2020-12/schema"}` works offline. A JSON Pointer
//     may point anywhere in a resource (e.g. into draft-07 style "definitions").
//   - `pattern`/`patternProperties` follow ECMA-262 with the "u" flag, over code points:
//     \d \w \s are the ECMAScript sets, \p{..} supports General_Category values (plus Any,
//     ASCII, Assigned), \u{..} and surrogate pairs are code points. Matching uses std::regex in
//     linear-time (Thompson NFA) mode, so back-references are a compile error, as is a pattern
//     that is invalid, longer than max_pattern_length or expands too much ({n,m} nesting).
//   - multipleOf on non-integers tolerates two ulps of rounding (19.99 is a multiple of 0.01).
//   - Keyword values are checked at compile time against their 2020-12 shape ("type": 5,
//     "minLength": -1, "items": [..] are compile errors); unknown keywords are ignored.
//   - Exceeding an evaluation limit (depth, steps, regex input length, instance nesting deeper
//     than 512 in an equality check) makes the instance invalid, with an explaining error.
//   - Stack use is bounded by the limits; the worst pattern needs about 256 KB in a debug build.

#include <boost/json/value.hpp>

#include <cstddef>
#include <expected>
#include <memory>
#include <string>
#include <vector>

namespace sallyport::json_schema {

struct Limits {
  // Nesting of subschema evaluations (composition, $ref chains and instance nesting together);
  // also the deepest schema nesting accepted by compile(). `{"$ref": "#"}` stops here.
  std::size_t max_depth = 64;
  // Compiled subschemas, the built-in meta-schemas included when referenced.
  std::size_t max_schema_nodes = 10000;
  // Errors returned by validate(); is_valid() stops at the first.
  std::size_t max_errors = 16;
  // Subschema evaluations per validation call: bounds schemas whose cost is exponential
  // (e.g. allOf fan-out through $ref) without a depth problem.
  std::size_t max_steps = 4'000'000;
  // Bytes of one regular expression ("pattern", "patternProperties" keys).
  std::size_t max_pattern_length = 1024;
  // Code points of a string that is matched against a regular expression. A longer string
  // makes the validation fail (it is not silently skipped).
  std::size_t max_regex_input_length = 8192;
};

struct ValidationError {
  std::string instance_path;  // JSON Pointer into the instance ("" = root)
  std::string keyword_path;   // evaluation path through the schema, e.g. "/properties/a/$ref/type"
  std::string message;
};

// A compiled schema. Immutable after compile(): copies are cheap (shared) and concurrent use from
// several threads is safe. The schema document is not referenced after compile() returns.
class Schema {
 public:
  static std::expected<Schema, std::string> compile(const boost::json::value& schema,
                                                    const Limits& limits = {});

  // Fast path: stops at the first failure, never builds messages.
  bool is_valid(const boost::json::value& instance) const;

  // Empty when valid; otherwise at most Limits::max_errors errors. Composite failures (anyOf,
  // oneOf, not, contains, if) are reported once at the composite, not per branch.
  std::vector<ValidationError> validate(const boost::json::value& instance) const;

  struct Impl;  // internal: defined in src/json_schema/compiled.hpp

 private:
  explicit Schema(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace sallyport::json_schema
