// Features of one definition for the learned verdict (model.hpp): what the rules concluded
// (family scores, rule ids), which word classes occur in the text and in the definition's own
// name, which words and adjacent word pairs occur (hashed), how each sentence begins, and a few
// structural marks.
// (Ordered pairs of classes in a sentence were tried and left out: they raised the false
// positives on unseen sets without adding recall.)
//
// The layout is part of the trained model: tools/guard/train_model.py reads vectors exported
// with AnalyzerOptions::keep_features and writes weights for exactly these indexes. Changing
// the layout (or the lexicon's classes) means retraining.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "guard/rules.hpp"
#include "guard/scanner.hpp"

namespace sallyport::guard::detail {

inline constexpr std::size_t kFamilyCount = static_cast<std::size_t>(Family::count);
inline constexpr std::size_t kFamilyBase = 0;
inline constexpr std::size_t kTotalScore = kFamilyBase + kFamilyCount;  // the rules' verdict
inline constexpr std::size_t kKindBase = 13;    // tool, prompt, resource, template, server
inline constexpr std::size_t kStructBase = 18;  // see Struct
inline constexpr std::size_t kClassBase = 32;   // word classes anywhere in the definition
inline constexpr std::size_t kDomainBase = kClassBase + 192;  // classes of its name and title
inline constexpr std::size_t kRuleBase = kDomainBase + 192;   // rule ids, hashed
inline constexpr std::size_t kRuleBuckets = 512;
inline constexpr std::size_t kWordBase = kRuleBase + kRuleBuckets;  // words and bigrams, hashed
inline constexpr std::size_t kWordBuckets = 16384;
inline constexpr std::size_t kGramBase = kWordBase + kWordBuckets;  // character 4-grams, hashed
                                                                    // (kGramBuckets, scanner.hpp)
inline constexpr std::size_t kPairBase = kGramBase + kGramBuckets;  // (name class, text class)
inline constexpr std::size_t kPairBuckets = 4096;
inline constexpr std::size_t kSchemaClassBase = kPairBase + kPairBuckets;  // classes in schemas
// The first word and the first two words of every sentence, hashed: the mood of a sentence
// ("Returns the report" describes, "Report it as paid" orders) that a bag of words loses.
inline constexpr std::size_t kLeadBase = kSchemaClassBase + 192;
inline constexpr std::size_t kLeadBuckets = 2048;
inline constexpr std::size_t kFeatureCount = kLeadBase + kLeadBuckets;
static_assert(kFamilyCount == 12 && kClsCount <= 192);

// Structural features (kStructBase + value).
enum Struct : std::uint8_t {
  kWordsLog,      // never set, nor kFieldsLog and kParamsLog: how much a definition says is no
  kFieldsLog,     // evidence either way, and as features the sizes let a schema padded with
                  // harmless properties buy an attack a lower probability
  kUrls,          // never set (nor the URL and e-mail word classes): a URL or an address as
                  // such is as common in real servers' documentation as in attacks, and a
                  // corpus with too few of them in benign text taught the model otherwise;
                  // what a URL is for comes from kSinkUrl and the rules
  kSinkUrl,       // a URL that carries data, or a request catcher or a bare IP
  kInvisible,     // invisible characters outside legitimate uses
  kBlobs,         // encoded runs
  kMarkupTag,     // <IMPORTANT>, comments, role markers
  kAllCapsWords,  // shouting: IMPORTANT, NEVER
  kEmails,        // never set, see kUrls
  kParamsLog,     // never set, see kWordsLog
  kStrongRules,   // rule evidence the model never overrules (AnalyzerOptions::strong_score)
  // output sentences only (output_model.hpp):
  kQuotedOrder,  // an order word inside quotes: the text quotes an attack, it is not one
  kAddressed,    // "Note for AI assistants:", "KI:": the sentence opens by naming a machine reader
  kTurnsToMachine,  // the sentence turns to the assistant (output_model.cpp, turns_to_machine)
  kStructCount
};
static_assert(kStructBase + kStructCount <= kClassBase);

using SparseFeatures = std::vector<std::pair<std::uint32_t, float>>;

// Bytes [begin, end) of a scanned text with where its hits and words lie in the scan's lists:
// hits[hits_from, hits_to) and word_keys[words_from, words_to) are those that begin inside it.
struct TextSpan {
  std::uint32_t begin = 0, end = 0;
  std::size_t hits_from = 0, hits_to = 0, words_from = 0, words_to = 0;
  // Whether markup that speaks (a comment, a role turn, a voice tag) overlaps the span: -1 not
  // known (add_span looks through the markup), else found for all spans at once beforehand.
  std::int8_t voice_markup = -1;
};
// One span, found by binary search.
TextSpan span_of(const TextScan& scan, std::uint32_t begin, std::uint32_t end);
// The same, looking from hits[hits_at] and word_keys[words_at] on (the previous span's ends,
// when spans follow each other).
TextSpan span_after(const TextScan& scan, std::uint32_t begin, std::uint32_t end,
                    std::size_t hits_at, std::size_t words_at);
// Sets voice_markup of spans that follow each other without overlapping, in one pass over the
// markup (a page of HTML has hundreds of tags and of sentences). `output` as for add_span.
void mark_voice_markup(const TextScan& scan, std::vector<TextSpan>& spans, bool output);

class FeatureBuilder {
 public:
  // Off (the model off and no features kept): every call below does nothing, finish() is empty.
  explicit FeatureBuilder(bool on);
  bool on() const { return on_; }
  // After each of the definition's strings is scanned (`scan` holds that scan).
  // `in_schema`: the string is inside the input or output schema
  void add_text(const TextScan& scan, bool in_schema = false);
  // The same, for the bytes [begin, end) of the scanned text only (one sentence of an output).
  // `wide`: the span may hold non-ASCII words (false skips looking for them). `output`: the
  // span is a tool output's, where HTML's layout tags (div, span, details, summary) are page
  // markup, not the voice tags they are in a tool's description.
  // In scoring mode (score_with), a scan made with ScanOptions::gram_weights must have been
  // given this builder's weights + kGramBase.
  void add_span(const TextScan& scan, const TextSpan& span, bool wide = true, bool output = false);
  // Word classes of the span as the domain block and its words in the pair block: an output
  // sentence's neighbours.
  void add_context(const TextScan& scan, const TextSpan& span);
  void add_domain(const Mask& classes);
  // Words of scripts the scanner leaves out (Cyrillic, Arabic, CJK, ...), as word features;
  // `grams`: with the letter trigrams of alphabetic ones (Russian, Arabic or Hindi inflect
  // heavily: "отправь", "отправьте", "отправить" share most trigrams, not the word).
  void add_script_words(std::string_view text, bool grams = false);
  void add_rule(std::string_view rule, float weight);
  void set(std::size_t index, float value) {
    if (on()) put(index, value);
  }
  // Finishes with the rules' per-family and total scores; the vector is sorted by index.
  SparseFeatures finish(const std::array<double, kFamilyCount>& family, double total,
                        std::string_view kind);
  // What was added so far, as added: unsorted, an index possibly more than once (the output
  // model counts each time; finish() would keep the largest). clear() starts over and keeps
  // the memory.
  const SparseFeatures& added() const { return entries_; }
  void clear();
  // Scoring mode: instead of keeping features, adds weights[index] * value for each to a sum
  // (an index added twice counts twice, as in added()). nullptr returns to keeping them.
  void score_with(const float* weights) { weights_ = weights; }
  double sum() const { return sum_; }

 private:
  // Inline, with the keeping out of line: called for every word, pair and 4-gram of an output.
  void put(std::size_t index, float value) {
    if (weights_) {
      sum_ += static_cast<double>(weights_[index]) * value;
    } else if (value != 0.0f) {
      keep(index, value);
    }
  }
  void keep(std::size_t index, float value);
  bool on_;
  SparseFeatures entries_;  // (index, value), unsorted until finish()
  const float* weights_ = nullptr;
  double sum_ = 0;
};

// The learned verdict: probability that the definition is malicious, from the weights in
// model_weights.cpp (generated by tools/guard/train_model.py).
double model_probability(const SparseFeatures& features);

struct ModelWeight {
  std::uint32_t index;
  float weight;
};
// A model's weights as a table over every feature index, and its probability for features.
std::vector<float> dense_weights(const ModelWeight* weights, std::size_t count);
double logistic(double bias, const std::vector<float>& weights, const SparseFeatures& features);

extern const float kModelBias;
extern const ModelWeight kModelWeights[];
extern const std::size_t kModelWeightCount;

}  // namespace sallyport::guard::detail
