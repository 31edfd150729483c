// Precision, recall and false-positive rate of the definition classifier on the labelled
// corpus in tests/guard/corpus/ (see docs/guard.md for how it was built). The tuning set and
// the held-out set (written after tuning) are reported separately.
#include <gtest/gtest.h>

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
void score_benign(const json::value& doc, Counts& c) {
  AnalyzerOptions o;
  o.report_weak_signals = true;
  for (const auto& s : doc.at("servers").as_array()) {
    const Analysis a = analyze(s, o);
    for (const Verdict& v : a.verdicts) {
      score_line(v.score, false);
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

// Malicious file: every definition of each sample's surface is a positive; "others" are
// further servers of the same client (for cross-server shadowing) and are not scored.
void score_malicious(const json::value& doc, Counts& c) {
  AnalyzerOptions o;
  o.report_weak_signals = true;
  for (const auto& sample : doc.at("samples").as_array()) {
    std::vector<json::value> surfaces{sample.at("surface")};
    if (const auto* others = sample.as_object().if_contains("others"))
      for (const auto& x : others->as_array()) surfaces.push_back(x);
    const Analysis a = analyze_all(surfaces, o);
    const std::string server(
        json::value_to<std::string>(sample.at("surface").as_object().contains("serverName")
                                        ? sample.at("surface").at("serverName")
                                        : json::value("")));
    for (const Verdict& v : a.verdicts) {
      if (v.server != server) continue;
      score_line(v.score, true);
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

// Scores `<prefix>_benign.json` + `<prefix>_malicious.json`, prints the line docs/guard.md
// quotes, and checks the floors.
void check_set(const std::string& prefix, const std::string& title, const Floors& f) {
  Counts c;
  score_benign(load(prefix + "_benign.json"), c);
  score_malicious(load(prefix + "_malicious.json"), c);
  report(title.c_str(), c);
  EXPECT_GE(c.tp + c.fn, f.positives);
  EXPECT_GE(c.fp + c.tn, f.negatives);
  EXPECT_GE(c.recall(), f.recall);
  EXPECT_LE(c.fpr(), f.fpr);
}

}  // namespace

TEST(GuardCorpus, TuningSet) {
  Counts c;
  score_benign(load("benign.json"), c);
  score_malicious(load("malicious.json"), c);
  score_benign(load("batch3_benign.json"), c);
  score_malicious(load("batch3_malicious.json"), c);
  score_benign(load("batch4_benign.json"), c);
  score_malicious(load("batch4_malicious.json"), c);
  report("guard corpus (tuning set)", c);
  EXPECT_GE(c.tp + c.fn, 150);
  EXPECT_GE(c.fp + c.tn, 150);
  EXPECT_GE(c.recall(), 0.90);
  EXPECT_LE(c.fpr(), 0.02);
}

// The held-out set: written after all tuning, scored, and not used to change the detector. Its
// numbers estimate behaviour on definitions the detector was not shaped around (docs/guard.md
// lists every held-out result, including the earlier sets that later became tuning batches).
// The assertions are regression floors under the measured values (recall 0.925, FPR 0 at the
// default threshold; 0.575 / 0 when first scored at the earlier threshold 1.0).
TEST(GuardCorpus, HeldOutSet) {
  check_set("heldout", "guard corpus (held-out set)",
            {.positives = 40, .negatives = 40, .recall = 0.85, .fpr = 0.05});
}

// Held-out set #4 (gen_heldout4.py): written by another engineer, in registers the earlier sets
// used little, and scored once before any rule change (recall 0.776, FPR 0.094); the general
// rules added after studying its misses (docs/guard.md) make it a tuning set now. Regression
// floors below the current values (recall 1.0, FPR 0).
TEST(GuardCorpus, HeldOutSet4) {
  check_set("heldout4", "guard corpus (held-out set #4)",
            {.positives = 45, .negatives = 50, .recall = 0.95, .fpr = 0.02});
}

// Held-out set #5 (gen_heldout5.py): written after the set #4 changes and scored once (the
// clean estimate, docs/guard.md), then tuned on like #4. Regression floors.
TEST(GuardCorpus, HeldOutSet5) {
  // recall: 0.800 at its first score, 1.0 after the rules it prompted
  // FPR: 0.031 (1 of 32) at its first score, 0 now
  check_set("heldout5", "guard corpus (held-out set #5)",
            {.positives = 30, .negatives = 30, .recall = 0.95, .fpr = 0.02});
}

// Held-out set #6 (gen_heldout6.py): written after the set #5 changes and scored once (the
// latest clean estimate, docs/guard.md), then tuned on like #4 and #5. Regression floors.
TEST(GuardCorpus, HeldOutSet6) {
  // recall: 0.700 at its first score, 0.933 after the rules it prompted
  // FPR: 0.073 (3 of 41) at its first score, 0 now
  check_set("heldout6", "guard corpus (held-out set #6)",
            {.positives = 30, .negatives = 40, .recall = 0.90, .fpr = 0.02});
}

// Held-out set #7 (gen_heldout7.py): written after the set #6 changes and scored once (the
// latest clean estimate, docs/guard.md), then its false positives and a few misses fixed.
TEST(GuardCorpus, HeldOutSet7) {
  // recall: 0.633 at its first score, 0.767 after the rules it prompted
  // FPR: 0.073 (3 of 41) at its first score, 0 now
  check_set("heldout7", "guard corpus (held-out set #7)",
            {.positives = 30, .negatives = 40, .recall = 0.75, .fpr = 0.02});
}
