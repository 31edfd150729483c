// Shared between the parser, the expander and the matcher of one template; not public API.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sallyport/uri_template/uri_template.hpp"

namespace sallyport::uri_template::detail {

// ---- Syntax (RFC 6570 section 2) -------------------------------------------------------------
enum class Op : std::uint8_t {
  kSimple,        // {var}
  kReserved,      // {+var}
  kFragment,      // {#var}
  kLabel,         // {.var}
  kPath,          // {/var}
  kParam,         // {;var}
  kQuery,         // {?var}
  kContinuation,  // {&var}
};

// Appendix A's table.
struct OpInfo {
  char first;  // '\0': none
  char sep;
  bool named;
  std::string_view ifemp;
  bool allow_reserved;
};
const OpInfo& info(Op op);

struct VarSpec {
  std::string name;
  std::size_t prefix = 0;  // 0: no `:N`
  bool explode = false;
};

struct Expression {
  Op op = Op::kSimple;
  std::vector<VarSpec> vars;
};

struct Literal {
  std::string text;  // as written in the template (validated)
};

using Part = std::variant<Literal, Expression>;

// ---- Percent-encoding (RFC 3986 section 2) ---------------------------------------------------
bool is_unreserved(unsigned char c);
bool is_reserved(unsigned char c);
bool is_hex(unsigned char c);
bool is_triplet(std::string_view s, std::size_t at);  // "%XX" starts at `at`
// Appends `s`: unreserved characters as they are, with `allow_reserved` also reserved ones and
// existing %XX triplets; everything else as %XX (upper-case hex).
void append_encoded(std::string& out, std::string_view s, bool allow_reserved);
std::optional<std::string> pct_decode(std::string_view s);

// ---- Matching automaton ----------------------------------------------------------------------
struct Inst {
  enum class Kind : std::uint8_t { kByte, kClass, kSplit, kJmp, kSave, kMatch };
  Kind kind = Kind::kMatch;
  unsigned char byte = 0;
  std::uint32_t arg = 0;  // class index (kClass) or capture slot (kSave)
  std::int32_t x = 0;     // next / preferred branch
  std::int32_t y = 0;     // other branch (kSplit)
};

struct Capture {
  enum class Kind : std::uint8_t {
    kValue,  // percent-decoded value of one variable
    kRaw,    // verbatim value of one variable ({;var*})
    kQuery,  // a query group's text, sorted out by name afterwards
  };
  Kind kind = Kind::kValue;
  std::size_t var = 0;    // index in Program::names (kValue, kRaw) or Program::groups (kQuery)
  bool prefixed = false;  // the occurrence had `:N`
};

struct QueryGroup {
  std::vector<VarSpec> vars;  // every varspec of the consecutive {?...}{&...} expressions
};

struct Program {
  std::vector<Inst> insts;
  std::vector<std::bitset<256>> classes;
  std::vector<Capture> captures;  // capture i uses slots 2i and 2i+1
  std::vector<QueryGroup> groups;
  std::vector<std::string> names;  // distinct variable names
  // For run(). A byte-consuming instruction always continues at the next one, so the cells of
  // one position can be computed a 64-bit word at a time: byte_masks[c * words + w] has the bits
  // of the instructions that accept byte c. The other instructions (jumps, splits, saves) are
  // listed so that each comes after those it can jump to; the compiler makes no epsilon cycles.
  std::size_t words = 0;
  std::vector<std::uint64_t> byte_masks;
  std::vector<std::int32_t> epsilon_order;
  // Every match starts and ends with these (cheap early rejection of most URIs).
  std::string prefix;
  std::string suffix;
};

Program compile(const std::vector<Part>& parts, const std::vector<std::string>& names);

// Matches `program` against the whole of `uri`; on success the slot values (-1: unset).
std::optional<std::vector<std::int32_t>> run(const Program& program, std::string_view uri);

}  // namespace sallyport::uri_template::detail

namespace sallyport::uri_template {

struct UriTemplate::Impl {
  std::string text;
  std::vector<detail::Part> parts;
  std::vector<std::string> names;
  detail::Program program;
};

}  // namespace sallyport::uri_template
