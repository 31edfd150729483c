// Rules: short sequences of word classes with bounded gaps, each with a weight in one signal
// family. A definition or an output is judged on the families combined, never on one phrase.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "guard/scanner.hpp"

namespace sallyport::guard::detail {

enum class Family : std::uint8_t {
  unicode,      // invisible characters
  homoglyph,    // names that imitate other names
  instruction,  // orders addressed to the model
  conceal,      // keeping things from the user
  precedence,   // "before any other tool", "instead of"
  sensitive,    // secrets, keys, private files, the conversation itself
  exfil,        // channels out: URLs, mail, commands, side-channel parameters
  shadow,       // changing how other tools behave
  mismatch,     // the tool asks for more than its purpose needs
  encoding,     // encoded payloads
  hidden,       // comments, suspicious tags, padding
  length,       // unusually long text
  count
};

std::string_view category_of(Family f) noexcept;

struct Step {
  Mask mask;                // the word must have one of these classes...
  std::uint32_t word = 0;   // ...or be this word (low bits of its hash) when mask is empty
  std::string_view text;    // that word, for indexing
  std::uint8_t gap = 0;     // words allowed between the previous step and this one
  std::uint16_t flags = 0;  // TokFlag bits the word must carry
};

struct Rule {
  std::string_view id;
  Family family;
  float weight;
  std::string_view message;
  std::array<Step, 6> steps{};
  std::uint8_t n = 0;
  bool cross_sentence = false;
  bool outputs = true;  // also applies when screening tool outputs
  Mask veto_next;       // no match when the next word has one of these classes
  Mask veto_prev;       // ...or the previous one
  Mask veto_after;      // ...or one of the next veto_window words of the sentence
  std::uint8_t veto_window = 4;
  bool negatable = false;  // a negation just before or inside the match cancels it
};

struct RuleMatch {
  const Rule* rule;
  std::uint32_t begin, end;   // byte span in the scanned text
  std::uint32_t first, last;  // indexes into TextScan::hits
};

const std::vector<Rule>& rules();

// Appends every match (at most a few per rule) to out.
void match_rules(const TextScan& scan, bool outputs_only, std::vector<RuleMatch>& out);

}  // namespace sallyport::guard::detail
