#include "guard/features.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "guard/unicode.hpp"

namespace sallyport::guard::detail {
namespace {

// Classes of a mask, in ascending order, without scanning all 192 bits one by one.
template <typename F>
void for_each_class(const Mask& m, F&& f) {
  static_assert(kRuleWord / 64 < Mask::kWords);
  for (std::size_t w = 0; w < Mask::kWords; ++w) {
    std::uint64_t bits = m.w[w];
    // (the words only rules name are found by the scanner like any other but were never
    // features: the models were trained without them)
    if (w == kRuleWord / 64) bits &= ~(std::uint64_t{1} << (kRuleWord % 64));
    while (bits) {
      const int b = __builtin_ctzll(bits);
      f(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(b)));
      bits &= bits - 1;
    }
  }
}

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Words and adjacent word pairs of one sentence to one of kWordBuckets.
std::uint32_t word_bucket(std::uint32_t h) {
  return (h * 2654435761u) % kWordBuckets;
}
std::uint32_t bigram_bucket(std::uint32_t a, std::uint32_t b) {
  return ((a * 0x85EBCA6Bu) ^ (b * 0xC2B2AE35u) ^ 0x27D4EB2Fu) % kWordBuckets;
}

// Scripts the scanner does not fold to ASCII words. Alphabetic ones write words between spaces;
// ideographic ones (CJK, kana, Thai) do not, so their characters and character pairs stand in
// for words.
enum class Writing { other, alphabetic, ideographic };

Writing writing_of(char32_t c) {
  if ((c >= 0x370 && c <= 0x52F) || (c >= 0x590 && c <= 0x6FF) || (c >= 0x900 && c <= 0xDFF) ||
      (c >= 0x1100 && c <= 0x11FF) || (c >= 0xAC00 && c <= 0xD7AF))
    return Writing::alphabetic;  // Greek, Cyrillic, Hebrew, Arabic, Indic, Hangul
  if ((c >= 0xE00 && c <= 0xE7F) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
      (c >= 0xF900 && c <= 0xFAFF))
    return Writing::ideographic;  // Thai, kana, CJK
  return Writing::other;
}

char32_t lower_cp(char32_t c) {
  if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F)) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

std::uint32_t mix(std::uint32_t h, char32_t c) {
  return (h ^ static_cast<std::uint32_t>(c)) * 16777619u;
}

}  // namespace

FeatureBuilder::FeatureBuilder(bool on) : on_(on) {}

namespace {
// Sorts by index; an index set more than once keeps its largest value (a hash bucket hit by
// several words is 1, a rule bucket keeps the strongest rule).
void merge(SparseFeatures& v) {
  std::sort(v.begin(), v.end());
  std::size_t out = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (out > 0 && v[out - 1].first == v[i].first) {
      v[out - 1].second = std::max(v[out - 1].second, v[i].second);
    } else {
      v[out++] = v[i];
    }
  }
  v.resize(out);
}
}  // namespace

namespace {

// A tag that speaks with authority or as a role (<IMPORTANT>, <system>, <|im_start|>) or hides
// what it holds (<details>, <span style=...>), as opposed to the section tags real servers
// structure long descriptions with (<examples>, <use_case>, <workflow>): those say nothing about
// intent, and counting them taught the model that well-organised documentation is an attack.
// In a tool's output (`output`) the hiding tags are the page's own layout.
bool voice_tag(std::string_view name, bool output) {
  static constexpr std::string_view kVoices[] = {"important",
                                                 "importante",
                                                 "wichtig",
                                                 "critical",
                                                 "urgent",
                                                 "system",
                                                 "system-reminder",
                                                 "system_reminder",
                                                 "instruction",
                                                 "instructions",
                                                 "hidden_instructions",
                                                 "admin",
                                                 "override",
                                                 "hidden",
                                                 "secret",
                                                 "assistant",
                                                 "developer",
                                                 "priority",
                                                 "mandatory",
                                                 "directive",
                                                 "inst",
                                                 "sys",
                                                 "system_prompt",
                                                 "tool_result",
                                                 "tool_description",
                                                 "tool_call",
                                                 "function_call",
                                                 "function_calls",
                                                 "tool_use"};
  // HTML's layout tags hide text in a tool's description; in a tool's output they are the page
  static constexpr std::string_view kLayout[] = {"details", "summary", "span", "div"};
  if (name.starts_with('|')) return true;  // chat-template markers: <|im_start|>, <|system|>
  for (std::string_view v : kVoices)
    if (name == v) return true;
  if (!output)
    for (std::string_view v : kLayout)
      if (name == v) return true;
  return false;
}

// Markup that speaks in a text: comments, role turns, voice tags.
bool speaks(const Markup& m, bool output) {
  return m.kind == MarkupKind::comment || m.kind == MarkupKind::role ||
         m.kind == MarkupKind::md_comment ||
         (m.kind == MarkupKind::tag && voice_tag(m.name, output));
}

}  // namespace

void FeatureBuilder::add_text(const TextScan& scan, bool in_schema) {
  // (kSchemaClassBase, word classes inside schemas, is never set: real servers' schemas
  // document far more than the corpus's do, and the model had learnt that such words inside a
  // schema mean an attack. Without them, the share of 1,158 real servers' definitions flagged
  // fell from 18% to 11%, at the same held-out recall.)
  static_cast<void>(in_schema);
  add_span(scan, span_of(scan, 0, static_cast<std::uint32_t>(scan.text.size())));
}

namespace {
template <typename T>
std::size_t first_from(const std::vector<T>& v, std::uint32_t offset) {
  return static_cast<std::size_t>(
      std::lower_bound(v.begin(), v.end(), offset,
                       [](const T& x, std::uint32_t o) { return x.begin < o; }) -
      v.begin());
}
}  // namespace

TextSpan span_after(const TextScan& scan, std::uint32_t begin, std::uint32_t end,
                    std::size_t hits_at, std::size_t words_at) {
  TextSpan s{begin, end};
  const auto& hits = scan.hits;
  const auto& words = scan.word_keys;
  while (hits_at < hits.size() && hits[hits_at].begin < begin) ++hits_at;
  for (s.hits_from = s.hits_to = hits_at; s.hits_to < hits.size() && hits[s.hits_to].begin < end;)
    ++s.hits_to;
  while (words_at < words.size() && words[words_at].begin < begin) ++words_at;
  for (s.words_from = s.words_to = words_at;
       s.words_to < words.size() && words[s.words_to].begin < end;)
    ++s.words_to;
  return s;
}

TextSpan span_of(const TextScan& scan, std::uint32_t begin, std::uint32_t end) {
  return span_after(scan, begin, end, first_from(scan.hits, begin),
                    first_from(scan.word_keys, begin));
}

void FeatureBuilder::add_span(const TextScan& scan, const TextSpan& span, bool wide, bool output) {
  if (!on()) return;
  const std::uint32_t begin = span.begin, end = span.end;
  const auto& hits = scan.hits;
  // (scoring: the same sum, in the same order, kept in a register; put() adds weight * 1.0)
  double acc = sum_;
  for (std::size_t i = span.hits_from; i < span.hits_to; ++i) {
    for_each_class(hits[i].cls, [&](std::uint32_t c) {
      if (c == kUrl || c == kEmail) return;  // see Struct::kUrls
      if (weights_) {
        acc += static_cast<double>(weights_[kClassBase + c]);
      } else {
        put(kClassBase + c, 1.0f);
      }
    });
    if ((hits[i].flags & kAllCaps) && hits[i].cls.w != Mask{kRuleWord}.w) {
      if (weights_) {
        acc += static_cast<double>(weights_[kStructBase + kAllCapsWords]);
      } else {
        put(kStructBase + kAllCapsWords, 1.0f);
      }
    }
  }
  if (weights_) sum_ = acc;
  if (wide) add_script_words(scan.text.substr(begin, end - begin), output);
  const auto& words = scan.word_keys;
  const std::size_t from = span.words_from, to = span.words_to;
  // Each word: how its sentence begins (first word, first pair), the word, the pair it starts.
  const auto for_each_word_feature = [&](auto&& add) {
    for (std::size_t i = from; i < to; ++i) {
      const bool next_joins = i + 1 < to && words[i + 1].sentence == words[i].sentence;
      if (i == from || words[i - 1].sentence != words[i].sentence) {
        add(kLeadBase + (words[i].hash * 0x9E3779B1u) % kLeadBuckets);
        if (next_joins)
          add(kLeadBase + bigram_bucket(words[i].hash, words[i + 1].hash) % kLeadBuckets);
      }
      add(kWordBase + word_bucket(words[i].hash));
      if (next_joins) add(kWordBase + bigram_bucket(words[i].hash, words[i + 1].hash));
    }
  };
  const std::uint32_t g0 = to > from && from > 0 ? words[from - 1].grams_end : 0;
  const std::uint32_t g1 = to > from ? words[to - 1].grams_end : 0;
  const auto gram = [&](std::uint32_t g) {
    return kGramBase + gram_bucket(scan.gram_keys[g]);
  };
  if (weights_) {
    // Words and 4-grams are most of an output's features: summed in registers, the 4-grams
    // by the scanner already when it was given the weights (the sum differs from the export's
    // by rounding).
    double w = 0, grams = 0;
    for_each_word_feature([&](std::size_t index) { w += weights_[index]; });
    if (scan.gram_weights) {
      if (scan.gram_weights != weights_ + kGramBase)
        throw std::logic_error("add_span: the scan summed another model's 4-gram weights");
      for (std::size_t i = from; i < to; ++i) grams += words[i].gram_weight;
    } else {
      for (std::uint32_t g = g0; g < g1; ++g) grams += weights_[gram(g)];
    }
    sum_ += w + grams;
  } else {
    for_each_word_feature([&](std::size_t index) { put(index, 1.0f); });
    for (std::uint32_t g = g0; g < g1; ++g) put(gram(g), 1.0f);
  }
  const auto overlaps = [&](std::uint32_t b, std::uint32_t e) {
    return b < end && (e > begin || (e == b && b >= begin));
  };
  // URLs and blobs hold no space, so none starts a sentence before the one it ends in
  const auto& urls = scan.urls;
  for (std::size_t k = first_from(urls, begin) > 0 ? first_from(urls, begin) - 1 : 0;
       k < urls.size() && urls[k].begin < end; ++k) {
    const UrlInfo& u = urls[k];
    if (overlaps(u.begin, u.end) && !u.example && !u.loopback &&
        (u.data_param || u.exfil_host || u.ip_host || u.hostile_name || u.sensitive_data ||
         u.markdown_image))
      put(kStructBase + kSinkUrl, 1.0f);
  }
  const auto& blobs = scan.blobs;
  for (std::size_t k = first_from(blobs, begin) > 0 ? first_from(blobs, begin) - 1 : 0;
       k < blobs.size() && blobs[k].begin < end; ++k)
    if (overlaps(blobs[k].begin, blobs[k].end)) put(kStructBase + kBlobs, 1.0f);
  // once per span: a page full of markup is not many times a hidden voice
  bool voice = span.voice_markup > 0;
  if (span.voice_markup < 0)
    for (const Markup& m : scan.markup)
      if (overlaps(m.begin, m.end) && speaks(m, output)) {
        voice = true;
        break;
      }
  if (voice) put(kStructBase + kMarkupTag, 1.0f);
}

void mark_voice_markup(const TextScan& scan, std::vector<TextSpan>& spans, bool output) {
  for (TextSpan& s : spans) s.voice_markup = 0;
  for (const Markup& m : scan.markup) {
    if (!speaks(m, output)) continue;
    // the spans it overlaps: those ending after it begins and beginning before it ends (an
    // empty one, at its place)
    const std::uint32_t stop = m.end > m.begin ? m.end : m.begin + 1;
    auto it = std::upper_bound(spans.begin(), spans.end(), m.begin,
                               [](std::uint32_t at, const TextSpan& s) { return at < s.end; });
    for (; it != spans.end() && it->begin < stop; ++it) it->voice_markup = 1;
  }
}

void FeatureBuilder::add_context(const TextScan& scan, const TextSpan& span) {
  if (!on()) return;
  // each class and word once: a neighbour full of order words says the sentence is near an
  // injection, not that it is one many times over
  Mask classes;
  const auto& hits = scan.hits;
  for (std::size_t i = span.hits_from; i < span.hits_to; ++i) classes |= hits[i].cls;
  classes.clear(kUrl);
  classes.clear(kEmail);
  if (weights_) {  // (scoring: the same sum, in the same order, kept in a register)
    double acc = sum_;
    for_each_class(classes,
                   [&](std::uint32_t c) { acc += static_cast<double>(weights_[kDomainBase + c]); });
    sum_ = acc;
  } else {
    for_each_class(classes, [&](std::uint32_t c) { put(kDomainBase + c, 1.0f); });
  }
  // (a bucket is seen in this call when it holds this call's stamp: repeats found in one pass,
  // with nothing to clear behind: this runs for every sentence)
  thread_local std::array<std::uint32_t, kPairBuckets> seen{};
  thread_local std::uint32_t stamp = 0;
  if (++stamp == 0) {  // wrapped: stamps of 2^32 calls ago would look current
    seen.fill(0);
    stamp = 1;
  }
  const std::uint32_t now = stamp;
  const auto& words = scan.word_keys;
  double local = 0;  // scoring: summed in a register
  for (std::size_t i = span.words_from; i < span.words_to; ++i) {
    const std::uint32_t b = (words[i].hash * 2654435761u) % kPairBuckets;
    if (seen[b] == now) continue;
    seen[b] = now;
    if (weights_) {
      local += weights_[kPairBase + b];
    } else {
      put(kPairBase + b, 1.0f);
    }
  }
  sum_ += local;
}

void FeatureBuilder::keep(std::size_t index, float value) {
  entries_.emplace_back(static_cast<std::uint32_t>(index), value);
}

void FeatureBuilder::clear() {
  entries_.clear();
  sum_ = 0;
}

void FeatureBuilder::add_script_words(std::string_view text, bool grams) {
  if (!on()) return;
  std::uint32_t word = 2166136261u;  // hash of the alphabetic word being read
  bool in_word = false;
  char32_t prev = 0;  // previous ideographic character, for pairs
  // the word's last two letters, for its trigrams; '^' and '$' mark its ends
  char32_t last1 = '^', last2 = 0;
  const auto trigram = [&](char32_t c) {
    if (last2) {
      const std::uint32_t h = mix(mix(mix(0x2C1B3C6Du, last2), last1), c);
      put(kGramBase + gram_bucket(h), 1.0f);
    }
    last2 = last1;
    last1 = c;
  };
  const auto end_word = [&] {
    if (in_word) {
      put(kWordBase + word_bucket(word ^ 0x5BD1E995u), 1.0f);
      if (grams) trigram('$');
    }
    in_word = false;
    word = 2166136261u;
    last1 = '^';
    last2 = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: no script word, ends one
      end_word();
      prev = 0;
      // (and the rest of the ASCII run changes nothing more: skipped eight bytes at a time)
      for (++i; i + 8 <= text.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        if (x & 0x8080808080808080ull) break;
      }
      while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
      continue;
    }
    const Utf8 u = decode_utf8(text, i);
    i += u.len;
    const Writing sc = writing_of(u.cp);
    if (sc == Writing::alphabetic) {
      const char32_t c = lower_cp(u.cp);
      word = mix(word, c);
      if (grams) trigram(c);
      in_word = true;
      prev = 0;
      continue;
    }
    end_word();
    if (sc == Writing::ideographic) {
      put(kWordBase + word_bucket(mix(0x9747B28Cu, u.cp)), 1.0f);
      if (prev) put(kWordBase + bigram_bucket(mix(0x9747B28Cu, prev), u.cp), 1.0f);
      prev = u.cp;
    } else {
      prev = 0;
    }
  }
  end_word();
}

void FeatureBuilder::add_domain(const Mask& classes) {
  if (!on()) return;
  for_each_class(classes, [&](std::uint32_t c) { put(kDomainBase + c, 1.0f); });
}

void FeatureBuilder::add_rule(std::string_view rule, float weight) {
  if (!on()) return;
  if (weight > 0.0f) put(kRuleBase + fnv1a(rule) % kRuleBuckets, weight);
}

SparseFeatures FeatureBuilder::finish(const std::array<double, kFamilyCount>& family, double total,
                                      std::string_view kind) {
  if (!on()) return {};
  for (std::size_t f = 0; f < kFamilyCount; ++f)
    put(kFamilyBase + f, static_cast<float>(family[f]));
  put(kTotalScore, static_cast<float>(total));
  // invisible characters other than those emoji and right-to-left or Indic text need
  if (family[static_cast<std::size_t>(Family::unicode)] > 0) put(kStructBase + kInvisible, 1.0f);

  static constexpr std::string_view kKinds[] = {"tool", "prompt", "resource", "resourceTemplate",
                                                "server"};
  for (std::size_t k = 0; k < std::size(kKinds); ++k)
    if (kind == kKinds[k]) put(kKindBase + k, 1.0f);
  merge(entries_);
  // every (class of the name and title, class of the text) pair
  std::vector<std::uint32_t> domain, text;
  for (const auto& [i, v] : entries_) {
    if (i >= kDomainBase && i < kDomainBase + 192) domain.push_back(i - kDomainBase);
    if (i >= kClassBase && i < kClassBase + 192) text.push_back(i - kClassBase);
  }
  for (std::uint32_t d : domain)
    for (std::uint32_t c : text)
      put(kPairBase + ((d * 193u + c) * 2654435761u) % kPairBuckets, 1.0f);
  merge(entries_);
  return std::move(entries_);
}

std::vector<float> dense_weights(const ModelWeight* weights, std::size_t count) {
  std::vector<float> w(kFeatureCount, 0.0f);
  for (std::size_t i = 0; i < count; ++i)
    if (weights[i].index < kFeatureCount) w[weights[i].index] = weights[i].weight;
  return w;
}

double logistic(double bias, const std::vector<float>& weights, const SparseFeatures& features) {
  double z = bias;
  for (const auto& [i, v] : features) z += static_cast<double>(weights[i]) * v;
  return 1.0 / (1.0 + std::exp(-z));
}

double model_probability(const SparseFeatures& features) {
  static const std::vector<float> weights = dense_weights(kModelWeights, kModelWeightCount);
  return logistic(kModelBias, weights, features);
}

}  // namespace sallyport::guard::detail
