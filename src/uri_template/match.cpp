// match(): decide, then walk. A backward pass over the URI marks every (instruction, position)
// from which the rest of the URI can still be matched; a forward walk then follows the preferred
// branch of each split whenever that branch is marked. The walk never backtracks and the result
// is the one a backtracking matcher would find by preferring the same branches, at a cost of
// O(|uri| x |program|) bit operations whatever the input. Then values are decoded and query
// parameters sorted out by name.
#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

#include "uri_template/internal.hpp"

namespace sallyport::uri_template {

namespace detail {

namespace {

// Bits of the (position x instruction) table. Templates made of ASCII literals and up to
// kMaxVarSpecs variables stay well below it for a maximal URI; past it we fail closed.
constexpr std::size_t kMaxCells = std::size_t{1} << 27;

class Table {
 public:
  Table(std::size_t positions, std::size_t words) : words_(words), bits_(positions * words, 0) {}
  std::uint64_t* row(std::size_t pos) { return bits_.data() + pos * words_; }
  bool get(std::size_t pos, std::int32_t pc) const {
    const auto i = static_cast<std::size_t>(pc);
    return (bits_[pos * words_ + i / 64] >> (i % 64)) & 1U;
  }
  void set(std::size_t pos, std::int32_t pc) {
    const auto i = static_cast<std::size_t>(pc);
    bits_[pos * words_ + i / 64] |= std::uint64_t{1} << (i % 64);
  }

 private:
  std::size_t words_;
  std::vector<std::uint64_t> bits_;
};

}  // namespace

std::optional<std::vector<std::int32_t>> run(const Program& p, std::string_view uri) {
  if (!uri.starts_with(p.prefix) || !uri.ends_with(p.suffix)) return std::nullopt;
  const std::size_t n = uri.size();
  const std::size_t words = p.words;
  if ((n + 1) * words * 64 > kMaxCells) return std::nullopt;
  Table live(n + 1, words);  // live(pos, pc): the rest of the URI can match from here
  live.set(n, static_cast<std::int32_t>(p.insts.size() - 1));  // the kMatch
  for (std::size_t pos = n + 1; pos-- > 0;) {
    if (pos < n) {  // consuming instructions: accept uri[pos] and the next one is live after it
      const std::uint64_t* mask =
          p.byte_masks.data() + static_cast<unsigned char>(uri[pos]) * words;
      const std::uint64_t* next = live.row(pos + 1);
      std::uint64_t* row = live.row(pos);
      for (std::size_t w = 0; w < words; ++w) {
        const std::uint64_t shifted = (next[w] >> 1) | (w + 1 < words ? next[w + 1] << 63 : 0);
        row[w] = mask[w] & shifted;
      }
    }
    for (const std::int32_t pc : p.epsilon_order) {  // successors come first
      const Inst& inst = p.insts[static_cast<std::size_t>(pc)];
      if (live.get(pos, inst.x) || (inst.kind == Inst::Kind::kSplit && live.get(pos, inst.y))) {
        live.set(pos, pc);
      }
    }
  }
  if (!live.get(0, 0)) return std::nullopt;
  std::vector<std::int32_t> slots(2 * p.captures.size(), -1);
  std::size_t pos = 0;
  std::int32_t pc = 0;
  while (true) {  // every step stays on live cells, so it ends at kMatch with pos == n
    const Inst& inst = p.insts[static_cast<std::size_t>(pc)];
    switch (inst.kind) {
      case Inst::Kind::kMatch:
        return slots;
      case Inst::Kind::kByte:
      case Inst::Kind::kClass:
        ++pos;
        pc = inst.x;
        break;
      case Inst::Kind::kSplit:
        pc = live.get(pos, inst.x) ? inst.x : inst.y;
        break;
      case Inst::Kind::kJmp:
        pc = inst.x;
        break;
      case Inst::Kind::kSave:
        slots[inst.arg] = static_cast<std::int32_t>(pos);
        pc = inst.x;
        break;
    }
  }
}

}  // namespace detail

namespace {

using Result = std::map<std::string, std::string>;

// Collects values; a variable seen twice must agree, except that a `:N` occurrence defers.
class Assignments {
 public:
  bool set(const std::string& name, std::string value, bool prefixed) {
    const auto [it, inserted] = values_.try_emplace(name, std::move(value));
    if (inserted) {
      if (prefixed) prefixed_only_.insert(name);
      return true;
    }
    if (prefixed) return true;
    if (prefixed_only_.erase(name) != 0) {
      it->second = std::move(value);
      return true;
    }
    return it->second == value;
  }
  Result take() { return std::move(values_); }

 private:
  Result values_;
  std::set<std::string> prefixed_only_;
};

// "a=1&b=2" (the text after the group's leading '?' or '&'), in any order.
bool assign_query(const detail::QueryGroup& group, std::string_view text, Assignments& out) {
  const auto rest = std::find_if(group.vars.begin(), group.vars.end(),
                                 [](const detail::VarSpec& v) { return v.explode; });
  std::vector<bool> seen(group.vars.size(), false);
  std::string leftover;
  while (!text.empty()) {
    const std::size_t amp = text.find('&');
    const std::string_view param = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (param.empty()) continue;
    const std::size_t eq = param.find('=');
    const auto key = detail::pct_decode(param.substr(0, eq));
    if (!key) return false;
    const auto named = std::find_if(group.vars.begin(), group.vars.end(), [&](const auto& v) {
      return !v.explode && detail::pct_decode(v.name) == key;
    });
    if (named == group.vars.end()) {
      if (rest == group.vars.end()) return false;  // a parameter the template does not name
      if (!leftover.empty()) leftover += '&';
      leftover += param;
      continue;
    }
    auto&& once = seen[static_cast<std::size_t>(named - group.vars.begin())];
    if (once) return false;  // given twice: which one would the caller mean?
    once = true;
    auto value = detail::pct_decode(eq == std::string_view::npos ? "" : param.substr(eq + 1));
    if (!value || !out.set(named->name, std::move(*value), named->prefix != 0)) return false;
  }
  return rest == group.vars.end() || leftover.empty() ||
         out.set(rest->name, std::move(leftover), false);
}

}  // namespace

std::optional<std::map<std::string, std::string>> UriTemplate::match(std::string_view uri) const {
  if (uri.size() > kMaxUriLength) return std::nullopt;
  const detail::Program& p = impl_->program;
  const auto slots = detail::run(p, uri);
  if (!slots) return std::nullopt;
  Assignments out;
  for (std::size_t i = 0; i < p.captures.size(); ++i) {
    const std::int32_t start = (*slots)[2 * i];
    const std::int32_t end = (*slots)[2 * i + 1];
    if (start < 0 || end < start) continue;  // the variable took no part
    const std::string_view text =
        uri.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    const detail::Capture& c = p.captures[i];
    switch (c.kind) {
      case detail::Capture::Kind::kValue: {
        auto value = detail::pct_decode(text);
        if (!value || !out.set(p.names[c.var], std::move(*value), c.prefixed)) return std::nullopt;
        break;
      }
      case detail::Capture::Kind::kRaw:
        if (!out.set(p.names[c.var], std::string(text), c.prefixed)) return std::nullopt;
        break;
      case detail::Capture::Kind::kQuery:
        if (!assign_query(p.groups[c.var], text, out)) return std::nullopt;
        break;
    }
  }
  return out.take();
}

}  // namespace sallyport::uri_template
