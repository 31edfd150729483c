// Template -> automaton for match(). Each expression becomes the language of everything it can
// expand to (loosened where the header says so), with a capture around each value. The rules in
// the header's "Matching" section are implemented here, by the character class each value may
// use and by the order of the branches (the preferred branch of a split comes first).
#include <algorithm>
#include <cctype>
#include <string_view>

#include "uri_template/internal.hpp"

namespace sallyport::uri_template::detail {

namespace {

using Class = std::bitset<256>;

// Control characters, space and DEL are never part of a URI, so nothing matches them.
Class any_uri_byte() {
  Class c;
  for (unsigned b = 0x21; b < 256; ++b) c.set(b);
  c.reset(0x7F);
  return c;
}

Class without(Class c, std::string_view bytes) {
  for (char b : bytes) c.reset(static_cast<unsigned char>(b));
  return c;
}

Class one_hex_digit(char digit) {
  Class c;
  c.set(static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(digit))));
  c.set(static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(digit))));
  return c;
}

class Builder {
 public:
  explicit Builder(Program& program) : p_(program) {}

  std::int32_t pc() const { return static_cast<std::int32_t>(p_.insts.size()); }

  std::int32_t emit(Inst::Kind kind, unsigned char byte = 0, std::uint32_t arg = 0) {
    const std::int32_t at = pc();
    p_.insts.push_back(Inst{.kind = kind, .byte = byte, .arg = arg, .x = at + 1, .y = 0});
    return at;
  }
  void byte(char c) { emit(Inst::Kind::kByte, static_cast<unsigned char>(c)); }
  void bytes(std::string_view s) {
    for (char c : s) byte(c);
  }
  void cls(const Class& c) {
    auto it = std::find(p_.classes.begin(), p_.classes.end(), c);
    if (it == p_.classes.end()) it = p_.classes.insert(p_.classes.end(), c);
    emit(Inst::Kind::kClass, 0, static_cast<std::uint32_t>(it - p_.classes.begin()));
  }
  void save(std::uint32_t slot) { emit(Inst::Kind::kSave, 0, slot); }
  std::int32_t split() { return emit(Inst::Kind::kSplit); }  // x: next; y: set_y later
  std::int32_t jmp() { return emit(Inst::Kind::kJmp); }      // x: set_x later
  void set_x(std::int32_t at, std::int32_t target) { p_.insts[at].x = target; }
  void set_y(std::int32_t at, std::int32_t target) { p_.insts[at].y = target; }

  // Greedy c*: prefers to take one more byte.
  void star(const Class& c) {
    const std::int32_t loop = split();
    cls(c);
    set_x(jmp(), loop);
    set_y(loop, pc());
  }

  std::uint32_t capture(Capture c) {
    p_.captures.push_back(c);
    return static_cast<std::uint32_t>(p_.captures.size() - 1);
  }
  // save(start) c* save(end) into capture `cap`.
  void captured_star(std::uint32_t cap, const Class& c) {
    save(2 * cap);
    star(c);
    save(2 * cap + 1);
  }

 private:
  Program& p_;
};

// What follows an expression decides where a `{+var}` has to stop.
struct After {
  bool query = false;     // a query expression or a literal '?'
  bool fragment = false;  // a fragment expression or a literal '#'
};

std::vector<After> context_after(const std::vector<Part>& parts) {
  std::vector<After> after(parts.size() + 1);
  for (std::size_t i = parts.size(); i-- > 0;) {
    after[i] = after[i + 1];
    if (const auto* lit = std::get_if<Literal>(&parts[i])) {
      after[i].query |= lit->text.find('?') != std::string::npos;
      after[i].fragment |= lit->text.find('#') != std::string::npos;
    } else {
      const Op op = std::get<Expression>(parts[i]).op;
      after[i].query |= op == Op::kQuery || op == Op::kContinuation;
      after[i].fragment |= op == Op::kFragment;
    }
  }
  return after;
}

// The bytes a value may contain, per the header's rules. `last`: last varspec of its expression.
Class value_class(Op op, bool last, bool explode, After after) {
  const Class any = any_uri_byte();
  const Class segment = without(any, "/?#");
  const bool spans_separator = last || explode;
  switch (op) {
    case Op::kSimple:
      return spans_separator ? segment : without(segment, ",");
    case Op::kReserved: {
      Class c = spans_separator ? any : without(any, ",");
      if (after.query) c.reset('?');
      if (after.fragment) c.reset('#');
      return c;
    }
    case Op::kFragment:
      return spans_separator ? any : without(any, ",");
    case Op::kLabel:
      return spans_separator ? segment : without(segment, ".");
    case Op::kPath:
      return explode ? without(any, "?#") : segment;
    case Op::kParam:
      return explode ? segment : without(segment, ";");
    case Op::kQuery:
    case Op::kContinuation:
      break;  // query groups are compiled apart
  }
  return without(any, "#");
}

class Compiler {
 public:
  explicit Compiler(Program& program) : p_(program), b_(program) {}

  void literal(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == '%') {  // the parser checked the triplet; hex digits in either case
        b_.byte('%');
        b_.cls(one_hex_digit(text[i + 1]));
        b_.cls(one_hex_digit(text[i + 2]));
        i += 2;
      } else if (c >= 0x80) {  // raw (IRI) or percent-encoded: the same URI
        static constexpr std::string_view kHex = "0123456789ABCDEF";
        const std::int32_t s = b_.split();
        b_.byte(static_cast<char>(c));
        const std::int32_t j = b_.jmp();
        b_.set_y(s, b_.pc());
        b_.byte('%');
        b_.cls(one_hex_digit(kHex[c >> 4]));
        b_.cls(one_hex_digit(kHex[c & 0xF]));
        b_.set_x(j, b_.pc());
      } else {
        b_.byte(static_cast<char>(c));
      }
    }
  }

  // Any subset of the varspecs, in order: chain A has emitted nothing yet (the next one present
  // starts with `first`), chain B has (the next one starts with `sep`). Present is preferred.
  void expression(const Expression& e, After after) {
    const OpInfo& op = info(e.op);
    const std::size_t k = e.vars.size();
    std::vector<std::vector<std::int32_t>> to_b(k + 1);  // jumps to "B before varspec i"
    for (std::size_t i = 0; i < k; ++i) {
      const std::int32_t s = b_.split();
      if (op.first != '\0') b_.byte(op.first);
      item(e, i, after);
      to_b[i + 1].push_back(b_.jmp());
      b_.set_y(s, b_.pc());
    }
    to_b[k].push_back(b_.jmp());  // nothing at all: the expression expanded to ""
    for (std::size_t i = 1; i < k; ++i) {
      for (std::int32_t j : to_b[i]) b_.set_x(j, b_.pc());
      const std::int32_t s = b_.split();
      b_.byte(op.sep);
      item(e, i, after);
      to_b[i + 1].push_back(b_.jmp());
      b_.set_y(s, b_.pc());
    }
    for (std::int32_t j : to_b[k]) b_.set_x(j, b_.pc());
  }

  // Consecutive {?...}{&...}: one optional run of parameters, sorted out by name after matching.
  void query_group(std::vector<VarSpec> vars, Op first_op) {
    p_.groups.push_back(QueryGroup{.vars = std::move(vars)});
    const std::uint32_t cap =
        b_.capture(Capture{.kind = Capture::Kind::kQuery, .var = p_.groups.size() - 1});
    const std::int32_t s = b_.split();
    b_.byte(info(first_op).first);
    b_.captured_star(cap, without(any_uri_byte(), "#"));
    b_.set_y(s, b_.pc());
  }

  void finish() { b_.emit(Inst::Kind::kMatch); }

 private:
  void item(const Expression& e, std::size_t i, After after) {
    const VarSpec& v = e.vars[i];
    const Class c = value_class(e.op, i + 1 == e.vars.size(), v.explode, after);
    const auto name = static_cast<std::size_t>(std::find(p_.names.begin(), p_.names.end(), v.name) -
                                               p_.names.begin());
    const bool raw = info(e.op).named && v.explode;  // {;var*}: "a=1;b=2" stays verbatim
    const std::uint32_t cap = b_.capture(Capture{
        .kind = raw ? Capture::Kind::kRaw : Capture::Kind::kValue,
        .var = name,
        .prefixed = v.prefix != 0,
    });
    if (!info(e.op).named || v.explode) {
      b_.captured_star(cap, c);
      return;
    }
    // name=value, or a bare name for an empty value
    b_.bytes(v.name);
    const std::int32_t s = b_.split();
    b_.byte('=');
    b_.captured_star(cap, c);
    const std::int32_t j = b_.jmp();
    b_.set_y(s, b_.pc());
    b_.save(2 * cap);
    b_.save(2 * cap + 1);
    b_.set_x(j, b_.pc());
  }

  Program& p_;
  Builder b_;
};

bool consumes(const Inst& inst) {
  return inst.kind == Inst::Kind::kByte || inst.kind == Inst::Kind::kClass ||
         inst.kind == Inst::Kind::kMatch;
}

// Post-order over the epsilon edges (iterative: long chains of optional variables are deep).
void order_instructions(Program& p) {
  const auto count = static_cast<std::int32_t>(p.insts.size());
  std::vector<std::uint8_t> state(p.insts.size(), 0);  // 0 new, 1 on the stack, 2 done
  std::vector<std::pair<std::int32_t, int>> stack;     // (pc, successors already pushed)
  for (std::int32_t root = 0; root < count; ++root) {
    const Inst& r = p.insts[static_cast<std::size_t>(root)];
    if (consumes(r) || state[static_cast<std::size_t>(root)] != 0) continue;
    stack.emplace_back(root, 0);
    state[static_cast<std::size_t>(root)] = 1;
    while (!stack.empty()) {
      auto& [pc, pushed] = stack.back();
      const Inst& inst = p.insts[static_cast<std::size_t>(pc)];
      const int successors = inst.kind == Inst::Kind::kSplit ? 2 : 1;
      if (pushed == successors) {
        state[static_cast<std::size_t>(pc)] = 2;
        p.epsilon_order.push_back(pc);
        stack.pop_back();
        continue;
      }
      const std::int32_t next = pushed++ == 0 ? inst.x : inst.y;
      if (!consumes(p.insts[static_cast<std::size_t>(next)]) &&
          state[static_cast<std::size_t>(next)] == 0) {
        state[static_cast<std::size_t>(next)] = 1;
        stack.emplace_back(next, 0);
      }
    }
  }
}

// The ASCII literal text the template must start and end with; %XX and non-ASCII characters
// have more than one spelling, so these stop at them.
void fixed_ends(const std::vector<Part>& parts, Program& p) {
  const auto exact = [](unsigned char c) {
    return c != '%' && c < 0x80;
  };
  if (parts.empty()) return;
  if (const auto* first = std::get_if<Literal>(&parts.front())) {
    const auto& t = first->text;
    p.prefix = t.substr(
        0, static_cast<std::size_t>(std::find_if_not(t.begin(), t.end(), exact) - t.begin()));
  }
  if (const auto* last = std::get_if<Literal>(&parts.back())) {
    const auto& t = last->text;
    std::size_t exact_from = 0;  // just after the last %XX or non-ASCII byte
    for (std::size_t i = 0; i < t.size();) {
      const auto c = static_cast<unsigned char>(t[i]);
      i += c == '%' ? 3 : 1;  // the parser checked the triplet
      if (!exact(c)) exact_from = i;
    }
    p.suffix = t.substr(exact_from);
  }
}

void byte_masks(Program& p) {
  p.words = (p.insts.size() + 63) / 64;
  p.byte_masks.assign(256 * p.words, 0);
  for (std::size_t pc = 0; pc < p.insts.size(); ++pc) {
    const Inst& inst = p.insts[pc];
    for (unsigned c = 0; c < 256; ++c) {
      if ((inst.kind == Inst::Kind::kByte && inst.byte == c) ||
          (inst.kind == Inst::Kind::kClass && p.classes[inst.arg][c])) {
        p.byte_masks[c * p.words + pc / 64] |= std::uint64_t{1} << (pc % 64);
      }
    }
  }
}

bool is_query(const Part& part) {
  const auto* e = std::get_if<Expression>(&part);
  return e != nullptr && (e->op == Op::kQuery || e->op == Op::kContinuation);
}

}  // namespace

Program compile(const std::vector<Part>& parts, const std::vector<std::string>& names) {
  Program program;
  program.names = names;
  Compiler compiler(program);
  const std::vector<After> after = context_after(parts);
  for (std::size_t i = 0; i < parts.size();) {
    if (const auto* lit = std::get_if<Literal>(&parts[i])) {
      compiler.literal(lit->text);
      ++i;
    } else if (is_query(parts[i])) {
      const Op first_op = std::get<Expression>(parts[i]).op;
      std::vector<VarSpec> vars;
      for (; i < parts.size() && is_query(parts[i]); ++i) {
        const auto& e = std::get<Expression>(parts[i]);
        vars.insert(vars.end(), e.vars.begin(), e.vars.end());
      }
      compiler.query_group(std::move(vars), first_op);
    } else {
      compiler.expression(std::get<Expression>(parts[i]), after[i + 1]);
      ++i;
    }
  }
  compiler.finish();
  order_instructions(program);
  byte_masks(program);
  fixed_ends(parts, program);
  return program;
}

}  // namespace sallyport::uri_template::detail
