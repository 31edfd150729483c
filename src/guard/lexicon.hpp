#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "guard/scanner.hpp"

namespace sallyport::guard::detail {

// Hash of a (lowercase ASCII) word: 8-byte chunks mixed with one multiply each, so that a word
// costs one or two multiplies rather than one per character. Never 0 (0 marks empty slots).
constexpr std::uint64_t word_hash(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  while (i < s.size()) {
    std::uint64_t chunk = 0;
    const std::size_t take = s.size() - i < 8 ? s.size() - i : 8;
    if (std::is_constant_evaluated()) {
      for (std::size_t k = 0; k < take; ++k)
        chunk |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
    } else {
      std::memcpy(&chunk, s.data() + i, take);  // little-endian (asserted below), as above
    }
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    i += 8;
  }
  return h | 1;
}

static_assert(std::endian::native == std::endian::little, "word_hash assumes little-endian");

struct LexHit {
  bool found = false;
  Mask classes, dot, path;  // always / when a dotfile name / when part of a path
};

LexHit lexicon_lookup(std::uint64_t hash, std::string_view key) noexcept;

struct LexEntry {
  std::string_view key;
  Mask classes, dot, path;
};
// The hot-path form: nullptr when the word is not in the lexicon.
const LexEntry* lexicon_find(std::uint64_t hash, std::string_view key) noexcept;

// The table itself, for callers that probe it inline (the scanner, once per word).
struct LexIndex {
  const std::uint32_t* tags;  // hash tags, 0 = empty slot
  const std::uint32_t* slots;
  const LexEntry* entries;
  std::size_t mask;
};
const LexIndex& lexicon_index() noexcept;

inline const LexEntry* lexicon_probe(const LexIndex& x, std::uint64_t h,
                                     std::string_view key) noexcept {
  const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32) | 1u;
  for (std::size_t i = h & x.mask; x.tags[i] != 0; i = (i + 1) & x.mask) {
    if (x.tags[i] != tag) continue;
    const LexEntry& e = x.entries[x.slots[i]];
    if (e.key.size() != key.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < key.size(); ++k) same &= e.key[k] == key[k];
    if (same) return &e;
  }
  return nullptr;
}

}  // namespace sallyport::guard::detail
