// The output screener's learned verdict. An injection in a tool result is one or two sentences
// inside text the attacker does not control (a web page, an inbox, a log), so the model judges
// each sentence rather than the whole output: the sentence's words, word pairs, 4-grams and
// word classes, the classes of the sentences beside it, and the rules' signals that fall in it.
// The output's verdict is its most suspicious sentence, and that sentence is what redaction
// removes.
//
// The features use the index layout of features.hpp (the domain block holds the neighbours'
// classes); tools/guard/train_model.py --output trains the weights in output_model_weights.cpp
// from vectors exported by tests/guard/output_corpus_test.cpp (GUARD_OUTPUT_FEATURES).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <boost/json/fwd.hpp>

#include "guard/features.hpp"
#include "guard/signals.hpp"

namespace sallyport::guard::detail {

struct OutputSentence {
  std::uint32_t begin = 0, end = 0;  // byte span in the text
  bool wide = false;                 // holds bytes beyond ASCII (words of other scripts)
  double probability = 0;            // that it was written to steer the model
  bool addressed = false;            // turns to a machine reader ("AI notetaker: email ...")
  SparseFeatures features{};         // kept only when asked for (training export), unsorted
};

// Splits a text at sentence ends (., !, ? and their CJK forms before a space) and line ends
// (also escaped ones, "\n" inside JSON returned as text), into pieces of at most about
// kMaxSentenceBytes. `scan` is the scan of `text` with words collected and `signals` its signals.
// For scoring (not keep_features), the scan is faster made with output_gram_weights().
inline constexpr std::uint32_t kMaxSentenceBytes = 600;
// The splitting alone (appends to `out`): the definitions' per-sentence verdict uses it too.
void split_sentences(std::string_view text, std::vector<OutputSentence>& out);
const float* output_gram_weights();
void judge_sentences(const TextScan& scan, const std::vector<Signal>& signals, bool keep_features,
                     std::vector<OutputSentence>& out);

// Features as FeatureBuilder::added() holds them: unsorted, and an index added twice (a word
// pair met twice in the sentence, a 4-gram shared by two words) counts twice, in training too.
// No sorting nor merging: this runs for every sentence of every output.
double output_model_probability(const SparseFeatures& features);

// Every text of a CallToolResult or ReadResourceResult the screener reads, with its location
// ("content[0].text", "structuredContent.items[2].body").
using OutputTextVisitor = std::function<void(boost::json::string&, const std::string& location)>;
void for_each_output_text(boost::json::value& result, const OutputTextVisitor& visit);

extern const float kOutputModelBias;
extern const ModelWeight kOutputModelWeights[];
extern const std::size_t kOutputModelWeightCount;

}  // namespace sallyport::guard::detail
