#pragma once

#include <cstdint>
#include <string_view>

#include "guard/scanner.hpp"

namespace sallyport::guard::detail {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

constexpr std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = kFnvOffset;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h | 1;  // never 0: 0 marks an empty slot
}

struct LexHit {
  bool found = false;
  Mask classes, dot, path;  // always / when a dotfile name / when part of a path
};

LexHit lexicon_lookup(std::uint64_t hash, std::string_view key) noexcept;

}  // namespace sallyport::guard::detail
