// Precision, recall and false-positive rate of the definition classifier on the labelled
// corpus in tests/guard/corpus/ (see docs/guard.md for how it was built). The tuning set and
// the held-out set (written after tuning) are reported separately.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "sallyport/guard/analyzer.hpp"

namespace json = boost::json;
using namespace sallyport::guard;

namespace {

json::value load(const std::string& name) {
  std::ifstream in(std::string(SALLYPORT_SOURCE_DIR) + "/tests/guard/corpus/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

bool verbose() {
  return std::getenv("GUARD_CORPUS_VERBOSE") != nullptr;
}

// GUARD_CORPUS_SCORES=1 prints "SCORE score label" for every definition (threshold studies).
void score_line(double score, bool malicious) {
  if (std::getenv("GUARD_CORPUS_SCORES"))
    std::cout << fmt::format("SCORE {:.4f} {}\n", score, malicious ? 1 : 0);
}

// GUARD_CORPUS_FEATURES=FILE appends one JSON line per definition: the set, the label and the
// feature vector (tools/guard/train_model.py trains the model on these).
std::ofstream* feature_file() {
  static std::ofstream* f = [] {
    const char* path = std::getenv("GUARD_CORPUS_FEATURES");
    return path ? new std::ofstream(path, std::ios::app) : nullptr;
  }();
  return f;
}

void feature_line(const std::string& set, const std::string& id, const Verdict& v, bool malicious) {
  std::ofstream* out = feature_file();
  if (!out || v.features.empty()) return;  // the rules-alone pass keeps no features
  json::array f;
  for (const auto& [i, x] : v.features) f.push_back(json::array{i, x});
  *out << json::serialize(json::object{{"set", set},
                                       {"id", id + "/" + v.kind + ":" + v.name},
                                       {"label", malicious ? 1 : 0},
                                       {"score", v.score},
                                       {"f", std::move(f)}})
       << "\n";
}

// The analyzer as shipped, or with the learned model off (the rules alone, for comparison).
AnalyzerOptions scoring_options(bool rules_only) {
  AnalyzerOptions o;
  o.report_weak_signals = true;
  o.keep_features = !rules_only && feature_file() != nullptr;
  if (rules_only) o.model_threshold = 0;
  return o;
}

struct Counts {
  int tp = 0, fn = 0, fp = 0, tn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double fpr() const { return fp + tn ? double(fp) / (fp + tn) : 0.0; }
};

std::string why(const Analysis& a, const Verdict& v) {
  std::string s;
  for (const auto& f : a.findings)
    if (f.tool == v.name || (v.kind == "server" && f.kind == "server"))
      s += fmt::format("\n      {} {}/{} «{}»", to_string(f.severity), f.category, f.rule,
                       f.evidence.substr(0, 90));
  return s;
}

// Benign file: every definition of every server is a negative.
void score_benign(const std::string& set, const json::value& doc, Counts& c,
                  bool rules_only = false) {
  const AnalyzerOptions o = scoring_options(rules_only);
  for (const auto& s : doc.at("servers").as_array()) {
    const Analysis a = analyze(s, o);
    for (const Verdict& v : a.verdicts) {
      score_line(v.score, false);
      feature_line(set, v.server, v, false);
      if (v.malicious) {
        ++c.fp;
        if (verbose())
          std::cout << fmt::format("  FP {}:{} {} score {:.2f}{}\n", v.server, v.kind, v.name,
                                   v.score, why(a, v));
      } else {
        ++c.tn;
        if (verbose() && v.score >= 0.6)
          std::cout << fmt::format("  near {}:{} {} score {:.2f}{}\n", v.server, v.kind, v.name,
                                   v.score, why(a, v));
      }
    }
  }
}

// Malicious file: every definition of each sample's surface is a positive, or only those named in
// its "poisoned" list; "others" are further servers of the same client (for cross-server
// shadowing) and are not scored.
void score_malicious(const std::string& set, const json::value& doc, Counts& c,
                     bool rules_only = false) {
  const AnalyzerOptions o = scoring_options(rules_only);
  for (const auto& sample : doc.at("samples").as_array()) {
    std::vector<json::value> surfaces{sample.at("surface")};
    if (const auto* others = sample.as_object().if_contains("others"))
      for (const auto& x : others->as_array()) surfaces.push_back(x);
    const Analysis a = analyze_all(surfaces, o);
    const std::string server(
        json::value_to<std::string>(sample.at("surface").as_object().contains("serverName")
                                        ? sample.at("surface").at("serverName")
                                        : json::value("")));
    // with "poisoned", only the named definitions carry the attack; innocent companions in the
    // same surface are neither positives nor negatives
    const json::array* poisoned = nullptr;
    if (const auto* p = sample.as_object().if_contains("poisoned")) poisoned = &p->as_array();
    if (poisoned) {  // a label that names no definition would silently drop a positive
      for (const auto& name : *poisoned)
        EXPECT_TRUE(std::any_of(
            a.verdicts.begin(), a.verdicts.end(),
            [&](const Verdict& v) { return v.server == server && json::value(v.name) == name; }))
            << set << " " << json::serialize(sample.at("id")) << " poisons unknown "
            << json::serialize(name);
    }
    for (const Verdict& v : a.verdicts) {
      if (v.server != server) continue;
      if (poisoned &&
          std::find(poisoned->begin(), poisoned->end(), json::value(v.name)) == poisoned->end())
        continue;
      score_line(v.score, true);
      feature_line(set, json::value_to<std::string>(sample.at("id")), v, true);
      if (v.malicious) {
        ++c.tp;
      } else {
        ++c.fn;
        if (verbose())
          std::cout << fmt::format("  FN {} {}:{} score {:.2f}{}\n",
                                   json::serialize(sample.at("id")), v.kind, v.name, v.score,
                                   why(a, v));
      }
    }
  }
}

void report(const char* title, const Counts& c) {
  std::cout << fmt::format(
      "{}: {} positives, {} negatives | precision {:.3f} recall {:.3f} FPR {:.3f} "
      "(TP {} FN {} FP {} TN {})\n",
      title, c.tp + c.fn, c.fp + c.tn, c.precision(), c.recall(), c.fpr(), c.tp, c.fn, c.fp, c.tn);
}

// Floors a labelled set must stay above: its size and its detection quality.
struct Floors {
  int positives, negatives;
  double recall, fpr;
};

// Scores `<prefix>_benign.json` + `<prefix>_malicious.json` with the analyzer as shipped and with
// the rules alone, prints both lines (docs/guard.md quotes them) and checks the floors.
void check_set(const std::string& prefix, const std::string& title, const Floors& f) {
  // batches 1 and 2 predate the naming scheme
  const std::string files = prefix == "batch12" ? "" : prefix + "_";
  const json::value benign = load(files + "benign.json");
  const json::value malicious = load(files + "malicious.json");
  Counts rules;
  score_benign(prefix, benign, rules, true);
  score_malicious(prefix, malicious, rules, true);
  report((title + ", rules alone").c_str(), rules);
  Counts c;
  score_benign(prefix, benign, c);
  score_malicious(prefix, malicious, c);
  report(title.c_str(), c);
  EXPECT_GE(c.tp + c.fn, f.positives);
  EXPECT_GE(c.fp + c.tn, f.negatives);
  EXPECT_GE(c.recall(), f.recall);
  EXPECT_LE(c.fpr(), f.fpr);
}

}  // namespace

// Every set below but #12, #19, #23, #28, #37 and batch 24 trains the learned model
// (tools/guard/train_model.py); the sets up to #7 also shaped the rules. Their floors guard against
// regressions: the model nearly fits its training data (FPR <= 0.006 on each, recall >= 0.95 but
// on the hardest styles, batches 35 and 36: 0.851 and 0.875), so they say nothing about unseen
// definitions. What does: leave-one-set-out runs of the trainer, and the held-out sets
// (docs/guard.md).
TEST(GuardCorpus, TuningSet) {
  check_set("batch12", "guard corpus (batches 1-2)",
            {.positives = 190, .negatives = 300, .recall = 0.95, .fpr = 0.01});
  check_set("batch3", "guard corpus (batch 3)",
            {.positives = 40, .negatives = 40, .recall = 0.95, .fpr = 0.01});
  check_set("batch4", "guard corpus (batch 4)",
            {.positives = 40, .negatives = 40, .recall = 0.95, .fpr = 0.01});
}

// Held-out sets #3-#7: each written after the rule changes the previous one prompted and scored
// once by the rules (their first scores are in docs/guard.md), then tuned on.
TEST(GuardCorpus, EarlierHeldOutSets) {
  check_set("heldout", "guard corpus (held-out set #3)",
            {.positives = 40, .negatives = 40, .recall = 0.95, .fpr = 0.01});
  check_set("heldout4", "guard corpus (held-out set #4)",
            {.positives = 45, .negatives = 50, .recall = 0.95, .fpr = 0.01});
  check_set("heldout5", "guard corpus (held-out set #5)",
            {.positives = 30, .negatives = 30, .recall = 0.95, .fpr = 0.01});
  check_set("heldout6", "guard corpus (held-out set #6)",
            {.positives = 30, .negatives = 40, .recall = 0.95, .fpr = 0.01});
  check_set("heldout7", "guard corpus (held-out set #7)",
            {.positives = 30, .negatives = 40, .recall = 0.95, .fpr = 0.01});
}

// Held-out set #8 and batches 9-15: written blind (their writers saw neither the detector nor
// the other sets), #8 in the register of real servers' long descriptions; then 9 published
// attack patterns and infrastructure servers, 10 business-logic manipulation, 11 other languages
// and structural tricks, 13 manipulation across business domains, 14 coding agents and supply
// chains, 15 short definitions and one-clause attacks, 16 manipulation in polite product
// language without concealment, 17 attacks inside imitations of popular servers, 20 a wide
// variety of benign products, 21 quiet changes of outcomes in industrial and public-sector
// domains, 22 attacks written to evade detectors (euphemism, indirection, split fields), 25
// published attack patterns (MCPTox's paradigms, line jumping, false errors), 26 attacks in plain
// business language, 27 half in other languages with attacks outside tool descriptions, 29
// registry-style servers with long documentation, 30 quiet changes of outcome in enterprise
// domains, 31 terse community-style definitions, 32 benign-heavy registry breadth, 33 and 34
// definitions full of URLs, e-mail addresses, markdown and code (generated and vendor docs), 35
// manipulation in operational language, 36 terse hobbyist definitions.
TEST(GuardCorpus, BlindWrittenTrainingSets) {
  check_set("heldout8", "guard corpus (held-out set #8)",
            {.positives = 95, .negatives = 200, .recall = 0.95, .fpr = 0.01});
  for (const char* set :
       {"batch9",  "batch10", "batch11", "batch13", "batch14", "batch15", "batch16", "batch17",
        "batch20", "batch21", "batch22", "batch25", "batch26", "batch27", "batch29", "batch30",
        "batch31", "batch32", "batch33", "batch34", "batch35", "batch36"})
    check_set(set, fmt::format("guard corpus ({})", set),
              {.positives = 75, .negatives = 200, .recall = 0.85, .fpr = 0.01});
}

// Batch 24 (gen_batch24.py): benign only, the official reference servers (everything,
// filesystem, memory, as listed by the installed npm packages) and 25 other popular servers with
// their real names, schemas and defaults and every description reworded. Written after the
// model of its time was trained and never trained on: a held-out benign set (the shipped model
// flags 1 of 277, the rules alone 2).
TEST(GuardCorpus, ReferenceServersReworded) {
  check_set("batch24", "guard corpus (batch 24, reference servers reworded)",
            {.positives = 0, .negatives = 250, .recall = 1.0, .fpr = 0.01});
}

// Held-out sets #12, #19, #23, #28 and #37 (gen_heldout*.py): written blind, one after another,
// never trained on and never used to choose anything (docs/guard.md has each one's history). The
// shipped model, trained on everything else up to batch 36, scores #12 0.844 / 0.010 (2 of 207),
// #19 0.848 / 0, #23 0.924 / 0, #28 0.907 / 0.012 (4 of 338) and #37, scored once, 0.857 / 0.004
// (1 of 281). The rules alone: 0.758 / 0.082, 0.580 / 0.056, 0.746 / 0.049, 0.814 / 0.041,
// 0.734 / 0.039. The floors sit just under the model's numbers.
TEST(GuardCorpus, HeldOutSet12) {
  check_set("heldout12", "guard corpus (held-out set #12)",
            {.positives = 125, .negatives = 200, .recall = 0.83, .fpr = 0.02});
}

TEST(GuardCorpus, HeldOutSet19) {
  check_set("heldout19", "guard corpus (held-out set #19)",
            {.positives = 105, .negatives = 200, .recall = 0.83, .fpr = 0.02});
}

TEST(GuardCorpus, HeldOutSet23) {
  check_set("heldout23", "guard corpus (held-out set #23)",
            {.positives = 110, .negatives = 200, .recall = 0.90, .fpr = 0.02});
}

TEST(GuardCorpus, HeldOutSet28) {
  check_set("heldout28", "guard corpus (held-out set #28)",
            {.positives = 180, .negatives = 330, .recall = 0.89, .fpr = 0.02});
}

TEST(GuardCorpus, HeldOutSet37) {
  check_set("heldout37", "guard corpus (held-out set #37)",
            {.positives = 150, .negatives = 270, .recall = 0.84, .fpr = 0.02});
}

// Batches 38 (consumer-assistant manipulation in friendly product language) and 39 (an
// organisation's own servers, insider-style abuse): written blind at the end of the fifth
// session, after the shipped model was trained, and not trained on yet. The shipped model
// scores them 0.555 / 0.034 and 0.748 / 0.004 (the rules alone 0.260 / 0.031 and 0.613 / 0.044).
// A retrain with them is the next step (docs/guard.md says why it was not shipped now).
TEST(GuardCorpus, SetsNotYetTrainedOn) {
  check_set("batch38", "guard corpus (batch38, not trained on)",
            {.positives = 140, .negatives = 340, .recall = 0.53, .fpr = 0.04});
  check_set("batch39", "guard corpus (batch39, not trained on)",
            {.positives = 150, .negatives = 220, .recall = 0.72, .fpr = 0.01});
}

// A malicious verdict always comes with at least one finding, also when the model decided on
// signals each too weak to report (that finding is the model's own, rule "learned-model").
TEST(GuardCorpus, EveryMaliciousVerdictHasAFinding) {
  int verdicts = 0;
  for (const char* set :
       {"malicious.json",           "batch3_malicious.json",   "batch4_malicious.json",
        "heldout_malicious.json",   "heldout4_malicious.json", "heldout5_malicious.json",
        "heldout6_malicious.json",  "heldout7_malicious.json", "heldout8_malicious.json",
        "batch9_malicious.json",    "batch10_malicious.json",  "batch11_malicious.json",
        "batch13_malicious.json",   "batch14_malicious.json",  "batch15_malicious.json",
        "heldout12_malicious.json", "batch25_malicious.json",  "batch31_malicious.json",
        "batch33_malicious.json",   "batch36_malicious.json",  "heldout28_malicious.json",
        "heldout37_malicious.json"}) {
    const json::value doc = load(set);
    for (const auto& sample : doc.at("samples").as_array()) {
      const Analysis a = analyze(sample.at("surface"));
      for (const Verdict& v : a.verdicts) {
        if (!v.malicious) continue;
        ++verdicts;
        const bool explained = std::any_of(a.findings.begin(), a.findings.end(), [&](auto& f) {
          return f.kind == v.kind && (v.kind == "server" || f.tool == v.name);
        });
        EXPECT_TRUE(explained) << set << " " << v.kind << ":" << v.name;
      }
    }
  }
  EXPECT_GT(verdicts, 1300);
}
