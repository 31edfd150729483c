// RFC 6570 URI Templates (all four levels) for MCP resource templates: a server matches an
// incoming resource URI against its registered templates and a client (or a completion handler)
// expands them.
//
// ---- Expansion -------------------------------------------------------------------------------
// Exactly RFC 6570 section 3 and appendix A: operators none + # . / ; ? &, prefix `:N` (counted
// in UTF-8 code points, so a character is never split), explode `*`, unreserved-only encoding for
// most operators and unreserved+reserved (keeping existing %XX triplets) for `+` and `#`.
// A variable is undefined, and skipped, when absent from Variables or when it is an empty list
// or an empty associative array; an empty string is defined. The RFC forbids `:N` on composite
// values but expansion cannot fail here, so the modifier is ignored for lists and maps.
// Literal characters outside the URI character set (non-ASCII) are percent-encoded as UTF-8.
//
// ---- Matching (the reverse; not defined by the RFC, so these are our rules) ----------------
// match(uri) returns the variables a template would have needed to expand to `uri`, or nullopt.
// The template is compiled to a small automaton; a backward pass over the URI marks where a
// match can still finish, then one forward walk picks the preferred alternative at every
// choice. No backtracking: time and memory are O(|uri| x |template|) whatever the input. URIs
// longer than kMaxUriLength never match, and a template so large that this table would pass an
// internal budget (only thousands of non-ASCII literal characters get near) fails closed.
//  - Literal text must appear exactly (byte-for-byte; hex digits of %XX triplets and non-ASCII
//    characters given raw or percent-encoded are both accepted, as either is the same URI).
//  - `{var}`, `{.var}`, `{/var}`, `{;var}`: one path segment. The value never spans '/', '?' or
//    '#', so `a/{id}/b` does not match `a/x/y/b`. A `{;var}` value also stops at ';' and
//    `{;var}` alone (no '=') means "".
//  - `{+var}`: spans '/'. It stops at '?' when the template has query parts after it and at '#'
//    when it has a fragment after it (so `file:///{+path}` takes the whole rest of the URI).
//  - `{#var}`: everything after '#'.
//  - `{/var*}`, `{.var*}`: an exploded variable spans its separator: `{/path*}` matches
//    `/a/b/c` with path = "a/b/c".
//  - Several variables in one expression (`{x,y}`, `{/a,b}`): each but the last stops at the
//    operator's separator; any of them may be absent, earlier ones are filled first.
//  - Where a split is still ambiguous (`{a}{b}`, `{name}.{ext}` on "a.tar.gz") earlier
//    variables take as much as they can: name = "a.tar", ext = "gz".
//  - Query (`{?a,b}` and the `{&c}` that follow it, as one group): the parameters may come in
//    any order and each is optional (absent from the result when missing). A parameter without
//    '=' has the value "". A parameter the template does not name, or one given twice, makes
//    the match fail (fail closed), unless the group has an exploded variable (`{?rest*}`),
//    which then receives all such parameters verbatim, undecoded ("x=1&y=2"), because decoding
//    would make '&' and '=' ambiguous. '+' is not a space (RFC 6570 encodes space as %20).
//    Query text written literally in the template (`/items?type=book{&page}`) is matched in
//    place, as any literal is.
//  - Values are percent-decoded; a malformed triplet ("%zz") makes the match fail. Decoding is
//    faithful to expansion, so a value CAN contain '/', "..", NUL or invalid UTF-8 after
//    decoding (`{id}` on "a%2Fb" gives "a/b"): validate values before using them as file paths
//    or handing them to C APIs. Exception: `{;var*}` captures verbatim, like query explode.
//  - Comma-joined lists and associative arrays come back as their decoded expansion ("a,b,c");
//    a `:N` prefix is not enforced when matching.
//  - A variable used twice must match the same value both times (a `:N` occurrence defers to
//    an unprefixed one).
//  - Control characters and spaces never match anything.
#pragma once

#include <cstddef>
#include <expected>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <boost/json/fwd.hpp>

namespace sallyport::uri_template {

inline constexpr std::size_t kMaxTemplateLength = 4096;  // bytes
inline constexpr std::size_t kMaxUriLength = 8192;       // bytes; longer URIs never match
inline constexpr std::size_t kMaxVarSpecs = 64;          // variable references per template

using List = std::vector<std::string>;
using AssocList = std::vector<std::pair<std::string, std::string>>;  // keeps the caller's order
using Value = std::variant<std::string, List, AssocList>;
using Variables = std::map<std::string, Value, std::less<>>;

// JSON object -> Variables (e.g. completion arguments): strings as they are, numbers and booleans
// as their JSON text, null as undefined, arrays as lists and objects as associative arrays of
// those scalars. Anything nested deeper is an error naming the variable.
std::expected<Variables, std::string> variables_from_json(const boost::json::object& object);

class UriTemplate {
 public:
  // Full RFC 6570 level 4 syntax. Errors name the problem and its byte offset.
  static std::expected<UriTemplate, std::string> parse(std::string_view text);

  std::string expand(const Variables& variables) const;

  // See "Matching" above. Variables that took no part in the match are absent.
  std::optional<std::map<std::string, std::string>> match(std::string_view uri) const;

  // Distinct variable names in order of first appearance.
  const std::vector<std::string>& variable_names() const;
  std::string_view text() const;

  struct Impl;

 private:
  explicit UriTemplate(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;  // immutable: copies are cheap and thread-safe
};

}  // namespace sallyport::uri_template
