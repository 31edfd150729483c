// Precision, recall and false-positive rate of the definition classifier on the labelled
// corpus in tests/guard/corpus/ (see docs/guard.md for how it was built). The tuning set and
// the held-out set (written after tuning) are reported separately.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "sallyport/guard/analyzer.hpp"

namespace json = boost::json;
using namespace sallyport::guard;

namespace {

// A corpus file by name, or any file by absolute path (GUARD_CORPUS_EXTRA below).
json::value load(const std::string& name) {
  std::ifstream in(name.starts_with('/')
                       ? name
                       : std::string(SALLYPORT_SOURCE_DIR) + "/tests/guard/corpus/" + name);
  if (!in) throw std::runtime_error("missing corpus file " + name);
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

// Each line also names the rules that fired (with their weights), for studies of single rules.
void feature_line(const std::string& set, const std::string& id, const Analysis& a,
                  const Verdict& v, bool malicious) {
  std::ofstream* out = feature_file();
  if (!out || v.features.empty()) return;  // the rules-alone pass keeps no features
  json::array f;
  for (const auto& [i, x] : v.features) f.push_back(json::array{i, x});
  json::array rules;
  for (const auto& fd : a.findings)
    if (fd.kind == v.kind && (v.kind == "server" || fd.tool == v.name))
      rules.push_back(json::string(fd.rule));
  *out << json::serialize(json::object{{"set", set},
                                       {"id", id + "/" + v.kind + ":" + v.name},
                                       {"label", malicious ? 1 : 0},
                                       {"score", v.score},
                                       {"p", v.probability},
                                       {"pp", v.part_probability},
                                       {"rules", std::move(rules)},
                                       {"f", std::move(f)}})
       << "\n"
       << std::flush;  // (the stream is never destroyed: an unflushed tail would be lost)
  // GUARD_CORPUS_PARTS=FILE: each judged sentence's vector as a line of its own, labelled as its
  // definition (a benign definition's sentences are benign; a malicious one's may not be).
  static std::ofstream* parts = [] {
    const char* path = std::getenv("GUARD_CORPUS_PARTS");
    return path ? new std::ofstream(path, std::ios::app) : nullptr;
  }();
  if (!parts) return;
  for (std::size_t k = 0; k < v.part_features.size(); ++k) {
    json::array pf;
    for (const auto& [i, x] : v.part_features[k]) pf.push_back(json::array{i, x});
    *parts << json::serialize(
                  json::object{{"set", set},
                               {"id", fmt::format("{}/{}:{}#{}", id, v.kind, v.name, k)},
                               {"label", malicious ? 1 : 0},
                               {"score", 0.0},
                               {"f", std::move(pf)}})
           << "\n"
           << std::flush;
  }
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

// The text of the definition a verdict is about, so that a definition a writer repeated on
// several servers of one set (a shared companion pool) counts once: repeats would weigh one
// hard negative several times in the false-positive rate and in training.
std::string definition_text(const json::value& surface, const Verdict& v) {
  const auto& o = surface.as_object();
  if (v.kind == "server") {
    const auto* i = o.if_contains("instructions");
    return i ? "server:" + json::serialize(*i) : "server:";
  }
  const char* key = v.kind == "tool"       ? "tools"
                    : v.kind == "prompt"   ? "prompts"
                    : v.kind == "resource" ? "resources"
                                           : "resourceTemplates";
  if (const auto* list = o.if_contains(key))
    for (const auto& d : list->as_array())
      if (const auto* n = d.as_object().if_contains("name"); n && *n == json::value(v.name))
        return v.kind + ":" + json::serialize(d);
  return v.kind + ":" + v.name;
}

// Benign file: every distinct definition of every server is a negative.
void score_benign(const std::string& set, const json::value& doc, Counts& c,
                  bool rules_only = false) {
  const AnalyzerOptions o = scoring_options(rules_only);
  std::set<std::string> seen;
  for (const auto& s : doc.at("servers").as_array()) {
    const Analysis a = analyze(s, o);
    for (const Verdict& v : a.verdicts) {
      if (!seen.insert(definition_text(s, v)).second) continue;
      score_line(v.score, false);
      feature_line(set, v.server, a, v, false);
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
      feature_line(set, json::value_to<std::string>(sample.at("id")), a, v, true);
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

// Every set below but batch 24, batch 106, #120, #123, #127, #138 and #139 trains the learned model
// (tools/guard/train_model.py); the sets up to #7 also shaped the rules. Their floors guard
// against regressions; they say little about unseen definitions. Since the eleventh session the
// real servers' sets weigh fifteen times as much as a synthetic one, so the model no longer fits
// every synthetic set's benign side to 1% (a few sets keep 2-9 of their hard negatives flagged):
// the FPR floors of those sets sit at 5%. What does: leave-one-set-out runs of the trainer, and the
// held-out sets scored before they were trained on (docs/guard.md, "The model's numbers": #40-#43
// ... #91-#94 were scored by a model trained without them before a later model was refitted with
// them, and so were #101-#104 and #108-#111 below).
TEST(GuardCorpus, TuningSet) {
  check_set("batch12", "guard corpus (batches 1-2)",
            {.positives = 190, .negatives = 300, .recall = 0.95, .fpr = 0.01});
  check_set("batch3", "guard corpus (batch 3)",
            {.positives = 40, .negatives = 40, .recall = 0.95, .fpr = 0.025});  // one of 42
  check_set("batch4", "guard corpus (batch 4)",
            {.positives = 40, .negatives = 40, .recall = 0.95, .fpr = 0.01});
}

// Held-out sets #3-#7: each written after the rule changes the previous one prompted and scored
// once by the rules (their first scores are in docs/guard.md), then tuned on.
TEST(GuardCorpus, EarlierHeldOutSets) {
  check_set("heldout", "guard corpus (held-out set #3)",
            {.positives = 40, .negatives = 40, .recall = 0.9, .fpr = 0.01});
  check_set("heldout4", "guard corpus (held-out set #4)",
            {.positives = 45, .negatives = 50, .recall = 0.95, .fpr = 0.01});
  check_set("heldout5", "guard corpus (held-out set #5)",
            {.positives = 30, .negatives = 30, .recall = 0.95, .fpr = 0.04});
  check_set("heldout6", "guard corpus (held-out set #6)",
            {.positives = 30, .negatives = 40, .recall = 0.89, .fpr = 0.05});  // three misses
  check_set("heldout7", "guard corpus (held-out set #7)",
            {.positives = 30, .negatives = 40, .recall = 0.93, .fpr = 0.05});  // two misses
}

// Held-out set #8 and the batches after it: written blind (their writers saw neither the detector
// nor the other sets), each on a theme: #8 the register of real servers' long descriptions; 9
// published attack patterns and infrastructure servers, 10 business-logic manipulation, 11 other
// languages and structural tricks, 13 manipulation across business domains, 14 coding agents and
// supply chains, 15 short definitions and one-clause attacks, 16 manipulation in polite product
// language without concealment, 17 attacks inside imitations of popular servers, 20 a wide
// variety of benign products, 21 quiet changes of outcomes in industrial and public-sector
// domains, 22 attacks written to evade detectors (euphemism, indirection, split fields), 25
// published attack patterns (MCPTox's paradigms, line jumping, false errors), 26 attacks in plain
// business language, 27 half in other languages with attacks outside tool descriptions, 29
// registry-style servers with long documentation, 30 quiet changes of outcome in enterprise
// domains, 31 terse community-style definitions, 32 benign-heavy registry breadth, 33 and 34
// definitions full of URLs, e-mail addresses, markdown and code, 35 manipulation in operational
// language, 36 terse hobbyist definitions, 38 consumer-assistant manipulation, 39 an
// organisation's own servers; #12, #19, #23, #28 and #37 were the fifth session's held-out sets;
// #40-#43 (sixth session) developer and infrastructure servers, business SaaS with insider-register
// attacks, a broad consumer and AI-tooling mix, re-told published incidents among imitations of
// popular servers; 44 consumer money and commerce, 45 terse hobbyist servers, 46 enterprise
// operations in policy language, 47 attacks outside the main description, 48 short professional
// definitions, 49 outcome manipulation in regulated domains, 50 fifteen other languages, 51
// coding agents and software delivery; #52-#55 were the sixth session's held-out sets (an
// outside team's evaluation set, a marketplace's review queue, a red-team exercise beside an
// organisation's real inventory, everyday life and small businesses) and #56-#59 the seventh
// session's first (an independent lab's benchmark, re-told published attack styles,
// infrastructure and operations, knowledge and content work); #60-#63 (seventh session: a
// security vendor's benchmark, consumer servers from community registries, developer and data
// tooling, business and regulated work), #67-#68 (eighth session: an outside team's general mix,
// servers as registries list them) and #69-#72 (ninth session: healthcare and the public sector,
// media and marketing, finance and commerce, DevOps, security tooling and IoT) were scored once
// by models trained without them before the ninth session's model trained on them (first
// scores in docs/guard.md); 77 AI and agent infrastructure in its own vocabulary, 78 attacks
// phrased in their domain's own vocabulary across 23 domains; #73-#76 (education, HR, legal and
// real estate; agent tooling; consumer life; a registry crawl) and #79-#82 (an enterprise
// acceptance test; science and engineering; communication tools; an academic benchmark), the
// ninth session's second and third blind rounds, each scored once before it was trained on;
// #83-#86 its fourth (first scores in docs/guard.md); 87 rug pulls (one small harmful change in
// an ordinary definition), 88 tools abused through their own capabilities, 89 vendor and insider
// framing, 90 attacks deep in schemas and in other languages; #91-#94 the tenth session's first
// blind round (a broad benchmark of popular servers; supply-chain updates; personal and business
// assistants; developer tooling and data infrastructure), scored once by the model trained on
// batches 87-90 (0.896 / 0.017 together, docs/guard.md); 100 outcome manipulation and quiet
// overreach in product-guidance language, without the usual trigger words.
TEST(GuardCorpus, BlindWrittenTrainingSets) {
  check_set("heldout8", "guard corpus (held-out set #8)",
            {.positives = 95, .negatives = 200, .recall = 0.95, .fpr = 0.05});
  for (const char* set :
       {"batch9",    "batch10",   "batch11",   "batch13",   "batch14",   "batch15",   "batch16",
        "batch17",   "batch20",   "batch22",   "batch25",   "batch26",   "batch27",   "batch29",
        "batch30",   "batch32",   "batch33",   "batch34",   "batch39",   "heldout12", "heldout19",
        "heldout23", "heldout28", "heldout37", "heldout40", "heldout41", "heldout42", "heldout43",
        "batch44",   "batch46",   "batch47",   "batch50",   "batch51",   "heldout52", "heldout53",
        "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59", "heldout60",
        "heldout61", "heldout62", "heldout63", "heldout67", "heldout68", "heldout69", "heldout70",
        "heldout71", "heldout72", "batch77",   "batch78",   "heldout73", "heldout74", "heldout75",
        "heldout76", "heldout79", "heldout80", "heldout81", "heldout82", "heldout83", "heldout84",
        "heldout85", "heldout86", "batch87",   "batch88",   "batch89",   "batch90",   "heldout91",
        "heldout92", "heldout93", "heldout94", "batch100",  "heldout95", "heldout96", "heldout97",
        "heldout98"})
    check_set(set, fmt::format("guard corpus ({})", set),  // (0.9 until the 0.78 threshold)
              {.positives = 75, .negatives = 120, .recall = 0.87, .fpr = 0.05});
  // outcome and disclosure manipulation in healthcare, education, government, legal and HR: its
  // honest definitions speak the same register (twelve of 228 cross the twenty-eighth session's
  // model)
  check_set("batch49", "guard corpus (batch49)",
            {.positives = 75, .negatives = 120, .recall = 0.857, .fpr = 0.058});
  // quiet changes of outcome in operational language (industrial and public-sector domains;
  // SaaS admin, lending, claims coding, access reviews): the hardest of the training sets for a
  // model that must also pass real documentation's emphatic register (0.82 at the twenty-ninth
  // session's threshold of 0.79, batch35 0.80 at the thirty-second's 0.81)
  for (const char* set : {"batch21", "batch35"})
    check_set(set, fmt::format("guard corpus ({})", set),
              {.positives = 75, .negatives = 120, .recall = 0.793, .fpr = 0.05});
  // consumer-assistant manipulation in friendly product language (0.911 → 0.897 with the
  // twenty-fourth session's retraining, 0.877 at the twenty-sixth session's threshold of 0.78)
  check_set("batch38", "guard corpus (batch38)",
            {.positives = 75, .negatives = 120, .recall = 0.842, .fpr = 0.05});
  // one-change pairs: the attack and its innocent twin differ by one clause
  check_set("batch99", "guard corpus (batch99)",
            {.positives = 185, .negatives = 240, .recall = 0.85, .fpr = 0.02});
  // terse definitions give the model few words to weigh, even when it has seen them
  for (const char* set : {"batch31", "batch45", "batch48"})
    check_set(set, fmt::format("guard corpus ({})", set),
              {.positives = 75, .negatives = 120, .recall = 0.68, .fpr = 0.05});
  check_set("batch36", "guard corpus (batch36)",
            {.positives = 75, .negatives = 120, .recall = 0.647, .fpr = 0.05});
}

// Batch 24 (gen_batch24.py): benign only, the official reference servers (everything,
// filesystem, memory, as listed by the installed npm packages) and 25 other popular servers with
// their real names, schemas and defaults and every description reworded. Never trained on: a
// held-out benign set.
TEST(GuardCorpus, ReferenceServersReworded) {
  check_set("batch24", "guard corpus (batch 24, reference servers reworded)",
            {.positives = 0, .negatives = 250, .recall = 1.0, .fpr = 0.01});
}

// Batch 64: benign only, 27 real, popular servers (GitHub's, Twilio's, Sentry's, Cloudflare's,
// Notion's, the reference servers and others; 660 definitions) as their packages list them,
// every prose string reworded with the same meaning, register and emphasis ("you MUST",
// "CRITICAL", "Do not prompt the user for this"). Trained on: the synthetic corpus alone had
// taught the model that real documentation's strong wording is an attack (docs/guard.md, "Real
// servers"). Its twin half of the real servers is kept out of the repository and out of training.
TEST(GuardCorpus, RealServersRewordedTraining) {
  check_set("batch64", "guard corpus (batch 64, real servers reworded, trained on)",
            {.positives = 0, .negatives = 600, .recall = 1.0, .fpr = 0.02});
}

// Batch 65: the other 26 real servers of that collection (Azure's, MongoDB's, Playwright's,
// Terraform's, Supabase's, the reference servers and others; 498 definitions), reworded the same
// way, after they had served as the unseen half of the seventh session's evaluation. Trained on;
// a second collection of real servers is now the unseen check (docs/guard.md, "Real servers").
TEST(GuardCorpus, RealServersRewordedSecondHalf) {
  check_set("batch65", "guard corpus (batch 65, real servers reworded, trained on)",
            {.positives = 0, .negatives = 450, .recall = 1.0, .fpr = 0.02});
}

// Batch 66: the dev half of the eighth session's second collection of real servers (37 of 74;
// Postman's, DigitalOcean's, Azure DevOps', Mapbox's, Stripe's, Resend's and others; at most 25
// tools each), reworded the same way after it had served to choose the real sets' weight. Trained
// on; the other half of that collection stays verbatim, unseen and outside the repository
// (docs/guard.md, "The model's numbers").
TEST(GuardCorpus, RealServersRewordedSecondCollection) {
  check_set("batch66", "guard corpus (batch 66, real servers reworded, trained on)",
            {.positives = 0, .negatives = 520, .recall = 1.0, .fpr = 0.02});
}

// Batches 105 and 107: the eleventh session's rewording of a third collection of real servers
// (60 servers of npm's most installed: Replicate's, Apify's, Microsoft 365's, Hostinger's,
// Asana's, SonarQube's, Azure DevOps', draw.io's and others; at most 25 tools each), both halves,
// after the dev half had served to check false positives and the test half had been scored
// twice. Trained on; a fourth collection of 60 servers stays verbatim, unseen and outside the
// repository (docs/guard.md, "The model's numbers").
TEST(GuardCorpus, RealServersRewordedThirdCollection) {
  check_set("batch105", "guard corpus (batch 105, real servers reworded, trained on)",
            {.positives = 0, .negatives = 500, .recall = 1.0, .fpr = 0.02});
  check_set("batch107", "guard corpus (batch 107, real servers reworded, trained on)",
            {.positives = 0, .negatives = 560, .recall = 1.0, .fpr = 0.02});
}

// Batch 130: the dev half of the fourth collection of real servers (30 of 60 from npm's most
// installed: GitNexus, Firebase, Angular's CLI, Obsidian, Jira Cloud, Atlassian, Task Master,
// Tauri, NotebookLM, the iOS simulator, Baidu Maps and others; at most 15 tools each), reworded
// the same way in the sixteenth session after it had served as unseen real servers. Trained on;
// the test half stays verbatim, unseen and outside the repository.
TEST(GuardCorpus, RealServersRewordedFourthCollection) {
  check_set("batch130", "guard corpus (batch 130, real servers reworded, trained on)",
            {.positives = 0, .negatives = 420, .recall = 1.0, .fpr = 0.005});
}

// Batch 133: the dev half of the fifth collection of real servers (30 of 60 from npm: Runpod,
// Qase, Check Point, Bitwarden, Infisical, Miro, draw.io, OpenTofu, WordPress, Paperless, a MySQL
// server, TradingView, Godot, LeetCode, Tailwind, Ant Design and others; at most 15 tools each),
// reworded by helpers in the seventeenth session after it had served as unseen real servers (2
// of 619 flagged). Trained on; the test half stays verbatim, unseen and outside the repository.
TEST(GuardCorpus, RealServersRewordedFifthCollection) {
  check_set("batch133", "guard corpus (batch 133, real servers reworded, trained on)",
            {.positives = 0, .negatives = 360, .recall = 1.0, .fpr = 0.01});
}

// Batch 140: the dev half of the sixth collection of real servers (35 of 70 from npm not used
// before: Kubb, Flightradar, agent-device, shadcn/ui, VariFlight, CodeGraph, Selenium, HeroUI,
// Attio, Google Cloud Storage, Metabase, Strapi, Lunch Money, BNB Chain, Excalidraw, MiniMax and
// others; at most 15 tools each), reworded by helpers in the eighteenth session after it had served
// as unseen real servers (11 of 290 flagged). Trained on; the test half (35 servers, 277
// definitions) stays verbatim, unseen and outside the repository.
TEST(GuardCorpus, RealServersRewordedSixthCollection) {
  check_set("batch140", "guard corpus (batch 140, real servers reworded, trained on)",
            {.positives = 0, .negatives = 285, .recall = 1.0, .fpr = 0.004});
}

// Batches 112 and 113 (gen_batch112.py, gen_batch113.py): benign only, written blind in the
// fifteenth session after the round #108-#111 showed honest definitions in other languages
// flagged for their language alone (a Korean map, a Vietnamese weather service): 711 honest
// definitions in about twenty languages, full of their own hard negatives (confirm before
// paying, never show the OTP, tokens as settings). The eleventh session's model flagged 7.8%
// and 8.2% of them; each left out of training while the other was in, 3.6% and 4.0%. Trained
// on; the floors sit one definition over.
TEST(GuardCorpus, BenignInOtherLanguages) {
  check_set("batch112", "guard corpus (batch 112, benign, other languages, trained on)",
            {.positives = 0, .negatives = 330, .recall = 1.0, .fpr = 0.016});
  check_set("batch113", "guard corpus (batch 113, benign, other languages, trained on)",
            {.positives = 0, .negatives = 375, .recall = 1.0, .fpr = 0.011});
}

// Held-out sets #101-#104 (gen_heldout101.py-gen_heldout104.py): the eleventh session's blind
// round (a security team's bake-off of scanners over the servers engineers install, attacks
// modelled on published write-ups; a registry's automated review of server updates; data and
// infrastructure platforms; agent tooling and personal computing, a fifth in other languages),
// scored once by the eleventh session's model after it and its threshold were fixed: #101
// 0.858 / 0.024, #102 0.750 / 0.010, #103 0.897 / 0.005, #104 0.914 / 0.019; together 0.851 /
// 0.015 (the rules alone 0.787 / 0.084). Trained on since the fifteenth session; the floors
// sit one definition under.
TEST(GuardCorpus, HeldOutSets101To104) {
  check_set("heldout101", "guard corpus (held-out set #101)",
            {.positives = 115, .negatives = 205, .recall = 0.958, .fpr = 0.024});
  check_set("heldout102", "guard corpus (held-out set #102)",
            {.positives = 155, .negatives = 195, .recall = 0.95, .fpr = 0.011});
  check_set("heldout103", "guard corpus (held-out set #103)",
            {.positives = 140, .negatives = 195, .recall = 0.937, .fpr = 0.011});
  check_set("heldout104", "guard corpus (held-out set #104)",
            {.positives = 135, .negatives = 205, .recall = 0.964, .fpr = 0.024});
}

// Held-out sets #108-#111 (gen_heldout108.py-gen_heldout111.py): the fifteenth session's blind
// round, four writers at once (an outside team's general benchmark; a registry's review of
// server updates, one small change each; a crawl of community registries, a third in other
// languages; companies' agentic workflows, quiet outcome changes). Scored once by the eleventh
// session's model before anything was done with them: #108 0.974 / 0.025, #109 0.750 / 0.005,
// #110 0.886 / 0.041, #111 0.892 / 0.016; together 0.873 / 0.022 (418 of 479 attacks, 17 of 782
// benign; the rules alone 0.768 / 0.059). A model with this session's changes trained without
// them: 0.881 / 0.022. Trained on since; the floors sit one definition under.
TEST(GuardCorpus, HeldOutSets108To111) {
  check_set("heldout108", "guard corpus (held-out set #108)",
            {.positives = 115, .negatives = 195, .recall = 0.974, .fpr = 0.021});
  check_set("heldout109", "guard corpus (held-out set #109)",
            {.positives = 125, .negatives = 190, .recall = 0.92, .fpr = 0.006});
  check_set("heldout110", "guard corpus (held-out set #110)",
            {.positives = 110, .negatives = 190, .recall = 0.964, .fpr = 0.016});
  check_set("heldout111", "guard corpus (held-out set #111)",
            {.positives = 115, .negatives = 190, .recall = 0.99, .fpr = 0.011});
}

// Held-out sets #114-#117 (gen_heldout114.py-gen_heldout117.py): the fifteenth session's second
// blind round, written while its model was trained (an independent lab's benchmark over the
// most popular kinds of servers; a security vendor's regression suite built from published
// attacks on MCP; a company's internal servers reviewed before rollout, insider and compromised
// vendor attacks; consumer and small-business servers around the world, most in other
// languages). Scored once by the session's model: #114 0.957 / 0.015, #115 0.982 / 0.016, #116
// 0.986 / 0.021, #117 0.825 / 0.031; together 0.940 / 0.021 (the rules alone 0.800 / 0.070).
// Trained on since the sixteenth session; the floors sit one definition under.
TEST(GuardCorpus, HeldOutSets114To117) {
  check_set("heldout114", "guard corpus (held-out set #114)",
            {.positives = 110, .negatives = 190, .recall = 0.97, .fpr = 0.011});
  check_set("heldout115", "guard corpus (held-out set #115)",
            {.positives = 105, .negatives = 185, .recall = 0.99, .fpr = 0.016});
  check_set("heldout116", "guard corpus (held-out set #116)",
            {.positives = 140, .negatives = 185, .recall = 0.99, .fpr = 0.011});
  check_set("heldout117", "guard corpus (held-out set #117)",
            {.positives = 110, .negatives = 190, .recall = 0.964, .fpr = 0.011});
}

// Held-out sets #118-#121 (gen_heldout118.py-gen_heldout121.py): the fifteenth session's last
// blind round, written after its model was final (an outside team's general test set; a
// marketplace's review queue; version bumps of widely used servers, one small change each;
// servers of coding agents and data teams). Scored once by that session's shipped model: #118
// 0.991 / 0.005, #119 0.883 / 0.026, #120 0.740 / 0.000, #121 0.951 / 0.010; together 0.887 /
// 0.010 (the rules alone 0.821 / 0.046). Trained on since the sixteenth session, except #120
// (one change in real documentation, held out as batch 106 is). The floors sit one definition
// under.
TEST(GuardCorpus, HeldOutSets118To121) {
  check_set("heldout118", "guard corpus (held-out set #118)",
            {.positives = 110, .negatives = 195, .recall = 0.99, .fpr = 0.006});
  check_set("heldout119", "guard corpus (held-out set #119)",
            {.positives = 150, .negatives = 190, .recall = 0.909, .fpr = 0.011});
  check_set("heldout120", "guard corpus (held-out set #120)",
            {.positives = 128, .negatives = 230, .recall = 0.76, .fpr = 0.005});
  check_set("heldout121", "guard corpus (held-out set #121)",
            {.positives = 120, .negatives = 190, .recall = 0.99, .fpr = 0.006});
}

// Held-out sets #122-#125 (gen_heldout122.py-gen_heldout125.py): the sixteenth session's blind
// round, written while its rules changed (a security vendor's general benchmark; rug pulls of
// popular servers, one sentence or one schema field changed; companies' internal servers,
// insider and compromised-dependency attacks, a fifth in other languages; servers of coding and
// browser agents). Scored once by the session's model with the new rules, before the sentence
// verdict: #122 0.941 / 0.010, #123 0.623 / 0.004, #124 0.949 / 0.015, #125 0.935 / 0.014;
// together 0.863 / 0.011 (536 of 621 attacks, 9 of 845 benign; the rules alone 0.775 / 0.062).
// #122, #124 and #125 are trained on since; #123 is held out (one change in real documentation).
// The floors sit one definition under.
TEST(GuardCorpus, HeldOutSets122To125) {
  check_set("heldout122", "guard corpus (held-out set #122)",
            {.positives = 165, .negatives = 195, .recall = 0.98, .fpr = 0.021});
  check_set("heldout123", "guard corpus (held-out set #123)",
            {.positives = 150, .negatives = 220, .recall = 0.66, .fpr = 0.005});
  check_set("heldout124", "guard corpus (held-out set #124)",
            {.positives = 155, .negatives = 200, .recall = 0.98, .fpr = 0.01});
  check_set("heldout125", "guard corpus (held-out set #125)",
            {.positives = 135, .negatives = 210, .recall = 0.97, .fpr = 0.01});
}

// Held-out sets #126-#129 (gen_heldout126.py-gen_heldout129.py): the sixteenth session's last
// blind round, written while its model was changed and scored once by the shipped model (an
// outside team's general test set; a registry's review of server updates, one small change
// each; consumer and small-business servers around the world, 40% in other languages; data, AI
// and cloud platforms): #126 0.975 / 0.004, #127 0.560 / 0.000, #128 0.868 / 0.019, #129 0.910
// / 0.009; together 0.824 / 0.007 (460 of 558 attacks, 7 of 952 benign; the rules alone 0.767
// / 0.048), at the threshold of 0.74 it had then (0.75 since, by the threshold rule: #128 0.861
// / 0.019). #126, #128 and #129 are trained on since the seventeenth session (then 1.000 /
// 0.004, 0.993 / 0.019, 0.994 / 0.000); #127, one-change updates, stays held out (judged as
// updates of its honest originals: UpdatesJudgedAgainstTheirApprovedVersions).
TEST(GuardCorpus, HeldOutSets126To129) {
  check_set("heldout126", "guard corpus (held-out set #126, trained on)",
            {.positives = 115, .negatives = 235, .recall = 0.99, .fpr = 0.009});
  check_set("heldout127", "guard corpus (held-out set #127)",
            {.positives = 140, .negatives = 270, .recall = 0.54, .fpr = 0.004});
  check_set("heldout128", "guard corpus (held-out set #128, trained on)",
            {.positives = 140, .negatives = 200, .recall = 0.93, .fpr = 0.025});
  check_set("heldout129", "guard corpus (held-out set #129, trained on)",
            {.positives = 150, .negatives = 230, .recall = 0.948, .fpr = 0.009});
}

// Held-out sets #131 and #132 (seventeenth session), written blind and scored once by the
// sixteenth session's shipped model: #131 registry servers with long honest documentation, the
// poison one or two sentences deep inside it (0.818 / 0.040); #132 regulated and physical-world
// domains, 30% in other languages (0.913 / 0.000). #132's misses in other languages then
// taught the phrasebook and the lexicon sending with a URL and more words for keeping the user
// out (#131 0.832 / 0.040, #132 0.986 / 0.000), and both were trained on (docs/guard.md).
TEST(GuardCorpus, HeldOutSets131And132) {
  check_set("heldout131", "guard corpus (held-out set #131, trained on)",
            {.positives = 143, .negatives = 200, .recall = 0.965, .fpr = 0.03});
  check_set("heldout132", "guard corpus (held-out set #132, trained on)",
            {.positives = 138, .negatives = 196, .recall = 0.99, .fpr = 0.006});
}

// Held-out sets #134 and #135 (seventeenth session), written blind while the session's model was
// trained and scored once by the shipped model: #134 a security vendor's public benchmark over
// popular kinds of servers, every category in every field, security tools among the benign;
// #135 automation platforms and the long tail of hobby servers (home labs, wallets, media,
// multi-agent orchestrators). Never trained on; floors one definition under.
TEST(GuardCorpus, HeldOutSets134And135) {
  check_set("heldout134", "guard corpus (held-out set #134)",
            {.positives = 182, .negatives = 211, .recall = 0.961, .fpr = 0.038});
  check_set("heldout135", "guard corpus (held-out set #135)",
            {.positives = 126, .negatives = 204, .recall = 0.944, .fpr = 0.035});
}

// Held-out sets #136 and #137 (eighteenth session), written blind and scored once by the
// seventeenth session's shipped model, three quarters of the attacks quiet: #136 a platform
// team's internal servers (identity, secrets, CI/CD, observability, data, HR; 0.728 / 0.010);
// #137 hobby servers published to npm and PyPI, a quarter not in English (0.850 / 0.015). Their
// read-only tools with acting defaults taught rules (readonly-default-acts, default-destroys,
// default-widens-scope, receiving default addresses), then both were trained on.
TEST(GuardCorpus, HeldOutSets136And137) {
  check_set("heldout136", "guard corpus (held-out set #136, trained on)",
            {.positives = 147, .negatives = 382, .recall = 0.952, .fpr = 0.003});
  check_set("heldout137", "guard corpus (held-out set #137, trained on)",
            {.positives = 147, .negatives = 400, .recall = 0.918, .fpr = 0.01});
}

// Held-out sets #138 and #139 (eighteenth session), written blind while the session's rules and
// model changed and scored once by its shipped model, four fifths of the attacks quiet: #138
// commerce and money (payments, invoicing, shops, shipping, banking, crypto, tax, travel), a fifth
// in other languages (0.899 / 0.031; the seventeenth session's model 0.885 / 0.031); #139
// developer and AI tooling (code hosts, containers, browsers, shells, databases, agent
// frameworks), where honest tools run commands and take tokens (0.834 / 0.013; before 0.821 /
// 0.011). Their misses then taught readonly-but-acts (a read-only tool that says it buys,
// cancels or removes things) and receiving hosts: 0.939 and 0.855, no longer blind. Never
// trained on; floors one definition under.
TEST(GuardCorpus, HeldOutSets138And139) {
  check_set("heldout138", "guard corpus (held-out set #138)",
            {.positives = 148, .negatives = 381, .recall = 0.932, .fpr = 0.034});
  check_set("heldout139", "guard corpus (held-out set #139)",
            {.positives = 145, .negatives = 380, .recall = 0.848, .fpr = 0.016});
}

// Held-out sets #141 and #142 (nineteenth session), written blind at its start, four fifths of
// the attacks quiet, a fifth in other languages: #141 healthcare, science and education (EHR,
// e-prescribing, LIMS, sequencing cores, HPC, LMS and gradebooks, libraries); #142 media,
// communication and the physical world (messaging, streaming, newsrooms, smart homes, cars,
// travel, logistics). Scored once by the eighteenth session's model: 0.861 / 0.013 and
// 0.856 / 0.016. Their misses taught rules (read-only tools that say in another language that
// they cancel or send things automatically, or run `rm -rf`; a sensitive file beside one of the
// tool's own parameters), then they were trained on.
TEST(GuardCorpus, HeldOutSets141And142) {
  check_set("heldout141", "guard corpus (held-out set #141, trained on)",
            {.positives = 137, .negatives = 377, .recall = 0.956, .fpr = 0.006});
  check_set("heldout142", "guard corpus (held-out set #142, trained on)",
            {.positives = 139, .negatives = 382, .recall = 0.97, .fpr = 0.011});
}

// Held-out sets #143 and #144 (nineteenth session), written blind while its rules and models
// changed, four fifths of the attacks quiet, a fifth in other languages: #143 government, legal,
// HR and payroll, property, insurance; #144 personal productivity (mail, calendars, notes,
// files, tasks, password managers, budgets, meeting recorders, AI memory). Scored once by the
// nineteenth session's shipped model: 0.877 / 0.027 and 0.848 / 0.007. Their misses taught rules
// (a fixed mail address or destination in a default always flags; passive acts of a read-only
// tool; later text replacing the reviewed instructions), then both were trained on.
TEST(GuardCorpus, HeldOutSets143And144) {
  check_set("heldout143", "guard corpus (held-out set #143, trained on)",
            {.positives = 130, .negatives = 377, .recall = 0.969, .fpr = 0.003});
  check_set("heldout144", "guard corpus (held-out set #144, trained on)",
            {.positives = 132, .negatives = 402, .recall = 0.939, .fpr = 0.003});
}

// Held-out sets #145 and #146 (twentieth session), written blind while its rules and model
// changed, four fifths of the attacks quiet, a fifth in other languages: #145 sales, marketing
// and support connectors (CRM, helpdesks, campaigns, ads, analytics, surveys, e-signature),
// where honest tools export contacts, mail lists and call webhooks; #146 search, retrieval,
// knowledge and creative servers (scrapers, vector stores, RAG, docs lookup, memory, maps,
// papers, design, media, 3D), where honest tools fetch any URL and index local folders. Scored
// once by the session's shipped model: 0.897 / 0.014 and 0.921 / 0.013 (the nineteenth
// session's model 0.904 / 0.014 and 0.907 / 0.013). Never trained on; floors one definition
// under (the twenty-second session's model, at 0.76: 0.875 / 0.009 and 0.921 / 0.016).
TEST(GuardCorpus, HeldOutSets145And146) {
  check_set("heldout145", "guard corpus (held-out set #145)",
            {.positives = 136, .negatives = 433, .recall = 0.867, .fpr = 0.017});
  check_set("heldout146", "guard corpus (held-out set #146)",
            {.positives = 151, .negatives = 384, .recall = 0.913, .fpr = 0.019});
}

// Held-out sets #147 and #148 (twentieth session), written blind while its model was trained,
// four fifths of the attacks quiet, a fifth in other languages: #147 consumer, social and
// community platforms (community bots, streaming, game stores and servers, forums, dating,
// fitness, food delivery, ride hailing, marketplaces, ticketing, school and family apps), whose
// honest tools post publicly, ban users and share locations; #148 enterprise IT administration
// (directories and identity, device management and EDR, backups, firewalls, DNS, printers,
// ITSM, mail gateways, remote PowerShell and SSH fleets), whose honest tools reset passwords,
// wipe devices and run remote commands. Scored once by the twentieth session's shipped model:
// 0.810 / 0.023 and 0.818 / 0.027. Their misses taught rules (defaults that copy to a fixed
// chat, pay out to a fixed account, climb out of a folder or attach a private file; another tool
// told to send to a fixed number or address; passive acts after a relative clause; overrides in
// French, Spanish, Japanese and Korean): 0.876 and 0.892, no benign verdict changed in any set.
// Then trained on.
TEST(GuardCorpus, HeldOutSets147And148) {
  check_set("heldout147", "guard corpus (held-out set #147, trained on)",
            {.positives = 137, .negatives = 426, .recall = 0.96, .fpr = 0.019});
  check_set("heldout148", "guard corpus (held-out set #148, trained on)",
            {.positives = 148, .negatives = 369, .recall = 0.955, .fpr = 0.014});
}

// Held-out sets #149 and #150 (twenty-first session), written blind at its start, four fifths
// of the attacks quiet, a fifth in other languages: #149 data and analytics engineering
// (databases, warehouses, notebooks, BI, orchestration, dbt, vector stores, spreadsheets,
// catalogs, streaming, experiment tracking), whose honest tools run SQL, e-mail reports and hold
// database credentials; #150 agent infrastructure and developer tools (browsers, sandboxes,
// shells, git hosts, registries, deployment, LLM gateways, MCP registries and proxies), whose
// honest tools fetch any URL, run code and return secrets. Scored once by the session's shipped
// model: 0.791 / 0.002 and 0.842 / 0.027 (the twentieth session's model 0.799 / 0.005 and 0.835
// / 0.025). Their misses then taught rules (a URL the model must fetch and obey; an option
// inside a default that sends results out; a read-only tool's switch that deletes; a parameter
// the description sends data to, defaulting outside; links open to anyone), no benign verdict
// changed in any set: 0.881 and 0.863, no longer blind. Trained on since the twenty-second
// session; floors one definition under.
TEST(GuardCorpus, HeldOutSets149And150) {
  check_set("heldout149", "guard corpus (held-out set #149, trained on)",
            {.positives = 134, .negatives = 432, .recall = 0.955, .fpr = 0.003});
  check_set("heldout150", "guard corpus (held-out set #150, trained on)",
            {.positives = 139, .negatives = 401, .recall = 0.956, .fpr = 0.018});
}

// Held-out sets #151 and #152 (twenty-first session), written blind at its end, the same mix:
// #151 industry and the physical world (SCADA and OT gateways, PLCs and historians, energy and
// metering, EV charging, building management, robots and drones, fleets, warehouses, customs,
// farms, field service), whose honest tools write setpoints, stop PLCs and open SSH tunnels;
// #152 security research and operations (scanners, exploitation frameworks, hash cracking,
// threat intelligence, sandboxes, OSINT, SIEM and forensics), whose honest tools run exploits,
// return captured credentials and read /etc/shadow. Scored once by the session's shipped model:
// 0.842 / 0.023 and 0.909 / 0.034 (the twentieth session's model 0.857 / 0.021 and 0.909 /
// 0.034). Their misses taught the twenty-second session's rules (a default approver, an option
// that tells the model to use it, callback hosts, read-only tools whose switch or passive voice
// acts, other languages' "without asking", text that sets rules for other servers' tools): 0.917
// and 0.947, no benign verdict changed in any set. Then trained on; floors one definition under.
TEST(GuardCorpus, HeldOutSets151And152) {
  check_set("heldout151", "guard corpus (held-out set #151, trained on)",
            {.positives = 133, .negatives = 384, .recall = 0.962, .fpr = 0.008});
  check_set("heldout152", "guard corpus (held-out set #152, trained on)",
            {.positives = 132, .negatives = 414, .recall = 0.984, .fpr = 0.013});
}

// Held-out sets #153 and #154 (twenty-second session), written blind at its start, four fifths
// of the attacks quiet, a fifth in other languages: #153 money and commerce back office (payments
// and payouts, ledgers and reconciliation, stores, open banking, tax and payroll, billing, crypto,
// procurement), whose honest tools refund, pay out and roll API keys; #154 people and records (HR
// and recruiting, EHR and FHIR, schools, law offices and e-discovery, permits and benefits, CRM
// and support), whose honest tools reveal SSNs, export patient records and erase accounts. Scored
// once by the session's shipped model: 0.894 / 0.015 and 0.899 / 0.015 (the twenty-first
// session's model 0.894 / 0.015 and 0.886 / 0.019). Their misses then taught rules (overrides
// and concealment in French, Italian, Spanish and Chinese; acts of read-only tools said to happen
// in this call; server instructions that send the model to a URL): 0.923 and 0.940, no benign
// verdict changed in any set, no longer blind. Trained on since the twenty-third session; floors
// one definition under.
TEST(GuardCorpus, HeldOutSets153And154) {
  check_set("heldout153", "guard corpus (held-out set #153, trained on)",
            {.positives = 142, .negatives = 397, .recall = 0.971, .fpr = 0.006});
  check_set("heldout154", "guard corpus (held-out set #154, trained on)",
            {.positives = 149, .negatives = 412, .recall = 0.966, .fpr = 0.005});
}

// Held-out sets #155 and #156 (twenty-second session), written blind while its rules changed,
// the same mix: #155 media, content and marketing (CMS and site builders, social scheduling,
// newsletters and campaigns, ads and SEO, video and podcast hosting, design and asset libraries,
// translation, marketing analytics), whose honest tools publish to the live site, send to whole
// lists and raise ad budgets; #156 cloud infrastructure and operations (cloud consoles, Kubernetes
// and Helm, Terraform and Pulumi, CI/CD, registries, DNS and CDN, monitoring and paging, secrets
// managers, cost, databases), whose honest tools destroy stacks, exec into pods and read secrets.
// Scored once by the session's final model: 0.839 / 0.014 and 0.904 / 0.015 (the twenty-first
// session's model 0.832 / 0.019 and 0.904 / 0.015). Their misses taught the twenty-third
// session's rules (a credential's value asked for by its variable's name, logs posted unredacted,
// approval said to be covered, an export's output defaulting to someone's upload endpoint,
// read-only tools that commit or grant, a German ".env-Datei"): 0.876 and 0.933, no benign
// verdict changed. Then trained on; floors one definition under.
TEST(GuardCorpus, HeldOutSets155And156) {
  check_set("heldout155", "guard corpus (held-out set #155, trained on)",
            {.positives = 137, .negatives = 431, .recall = 0.948, .fpr = 0.01});
  check_set("heldout156", "guard corpus (held-out set #156, trained on)",
            {.positives = 135, .negatives = 397, .recall = 0.97, .fpr = 0.018});
}

// Held-out sets #157 and #158 (twenty-third session), written blind at its start, four fifths of
// the attacks quiet, a fifth in other languages: #157 science, engineering and industry (LIMS and
// lab instruments, bioinformatics pipelines, HPC schedulers, SCADA, building automation, MES,
// energy and utilities, GIS, automotive telematics, weather and satellite data), whose honest
// tools download to PLCs, hold jobs and rotate instrument keys; #158 travel, hospitality, retail
// and logistics (airlines and hotels, restaurant POS, storefronts, warehouses and carriers,
// customs, fleet dispatch, ticketing, loyalty, car rental), whose honest tools buy labels, charge
// cards and keep carrier credentials. Scored once by the session's final model: 0.803 / 0.008
// and 0.776 / 0.036 (the twenty-second session's model 0.788 / 0.008 and 0.783 / 0.034), the
// hardest round yet. #158's misses then taught rules in other scripts ("ولا حاجة لإبلاغ العميل",
// "उपयोगकर्ता से पूछे बिना", "không giải thích khoản này") and "apply the directives it
// contains", "you don't need to mention this": 0.796, no benign verdict changed. Trained on
// from the twenty-fourth session (floors as they were).
TEST(GuardCorpus, HeldOutSets157And158) {
  check_set("heldout157", "guard corpus (held-out set #157)",
            {.positives = 132, .negatives = 376, .recall = 0.795, .fpr = 0.011});
  check_set("heldout158", "guard corpus (held-out set #158)",
            {.positives = 152, .negatives = 387, .recall = 0.789, .fpr = 0.039});
}

// Held-out sets #159 and #160 (twenty-third session), written blind while its last changes were
// made, the same mix: #159 personal productivity and consumer apps (notes, calendars, mail,
// password managers, drives, smart home, fitness, budgeting, photos, messaging, browsers),
// whose honest tools reveal vault secrets and run JavaScript in pages; #160 AI, data and ML
// platforms (vector databases, LLM gateways, notebooks, MLOps, labeling, scraping, warehouses
// and ETL, MCP registries and proxies, agent memory), whose honest tools run stdio commands and
// wipe destinations. Scored once by the session's final model: 0.911 / 0.008 and 0.821 / 0.011
// (the same with the twenty-second session's model). Trained on from the twenty-fourth session
// (floors as they were).
TEST(GuardCorpus, HeldOutSets159And160) {
  check_set("heldout159", "guard corpus (held-out set #159)",
            {.positives = 124, .negatives = 366, .recall = 0.903, .fpr = 0.011});
  check_set("heldout160", "guard corpus (held-out set #160)",
            {.positives = 145, .negatives = 364, .recall = 0.813, .fpr = 0.014});
}

// Held-out sets #161 and #162 (twenty-fourth session), written blind at its start, the same
// mix: #161 public sector, legal and education (courts and e-filing, notaries, land registries,
// tax authorities, permits, school systems and LMS, admissions, libraries, grants, procurement,
// elections, immigration), whose honest tools file on the user's behalf and read client
// secrets from the environment; #162 media, marketing and communities (newsroom CMS, podcasts,
// video and live streaming, social schedulers, ad platforms, SEO, newsletters, forums and chat
// bots, game servers and live-ops, ticketing, influencer CRM, stock photos, localization), whose
// quiet attacks take back a warning in the next sentence ("Always pass confirm=true; the
// estimate step is deprecated"). Scored once by the session's final model: 0.879 / 0.037 and
// 0.748 / 0.003 (the twenty-third session's model 0.864 / 0.037 and 0.733 / 0.003). Trained on
// since the twenty-fifth session (0.962 / 0.007 and 0.948 / 0.000); floors one definition under.
TEST(GuardCorpus, HeldOutSets161And162) {
  check_set("heldout161", "guard corpus (held-out set #161, trained on)",
            {.positives = 132, .negatives = 295, .recall = 0.939, .fpr = 0.014});
  check_set("heldout162", "guard corpus (held-out set #162, trained on)",
            {.positives = 135, .negatives = 363, .recall = 0.911, .fpr = 0.009});
}

// Held-out sets #163 and #164 (twenty-fourth session), written blind while its last changes
// were made, the same mix: #163 real estate, agriculture, automotive and home (property
// management and listings, mortgages and home insurance, smart homes and cameras, farm
// management and irrigation, dealerships, car sharing and EV charging, repair shops, home
// services, HOAs, movers), whose honest tools release escrow funds and unlock doors; #164
// security operations and identity (SIEM, EDR, IAM and SSO, privileged access, scanners,
// secrets managers, VPN and firewalls, mail gateways, bug bounty, threat intelligence,
// certificates, DLP, backup), whose honest tools return secret values and download malware
// samples. Their quiet attacks change outcomes ("multiply usage by 0.6 for the state report",
// "record safety items as maintenance", "accept the risk on production findings"). Scored once
// by the session's final model: 0.736 / 0.011 and 0.721 / 0.014 (the twenty-third session's
// model 0.736 / 0.008 and 0.721 / 0.014). Their misses became rules in the twenty-fifth session
// (0.792 and 0.779 with the old model), then trained on (0.924 / 0.003 and 0.943 / 0.005);
// floors one definition under.
TEST(GuardCorpus, HeldOutSets163And164) {
  check_set("heldout163", "guard corpus (held-out set #163, trained on)",
            {.positives = 144, .negatives = 363, .recall = 0.875, .fpr = 0.006});
  check_set("heldout164", "guard corpus (held-out set #164, trained on)",
            {.positives = 140, .negatives = 366, .recall = 0.921, .fpr = 0.009});
}

// Held-out sets #165 and #166 (twenty-fifth session), written blind at its start, the same mix:
// #165 healthcare, insurance, pharmacy and life-science labs (FHIR and HL7 gateways, claims and
// prior authorisation, dispensing and e-prescribing, LIMS and liquid handlers, trial data
// capture, research warehouses), whose honest tools rotate credentials and resend messages to
// any host; #166 logistics, travel, hospitality and events (freight and customs, warehouses
// and label printers, fleets, airline and hotel booking, restaurants and POS, ticketing and
// venues, loyalty), whose honest tools take passwords, raw printer commands and webhook
// secrets. Scored once by the session's final model: 0.728 / 0.010 and 0.871 / 0.028; their
// misses then taught rules (0.748 and 0.894, no longer blind), and the twenty-sixth session
// trained on them (0.946 / 0.005 and 0.962 / 0.008); floors one definition under.
TEST(GuardCorpus, HeldOutSets165And166) {
  check_set("heldout165", "guard corpus (held-out set #165, trained on)",
            {.positives = 147, .negatives = 381, .recall = 0.884, .fpr = 0.008});
  check_set("heldout166", "guard corpus (held-out set #166, trained on)",
            {.positives = 132, .negatives = 360, .recall = 0.954, .fpr = 0.012});
}

// Held-out sets #167 and #168 (twenty-fifth session), written blind while its last changes were
// made, the same mix: #167 finance, banking, payments, crypto and accounting (core banking, card
// issuing, gateways and terminals, payouts and disputes, bookkeeping and reconciliation,
// ISO 20022, tax, payroll, brokerage, EVM wallets and exchanges, KYC/AML), whose honest tools
// rotate webhook secrets and grant unlimited token approvals; #168 developer platforms and
// infrastructure (code hosts and review, CI, registries, databases and migrations, Kubernetes
// and clouds, feature flags, observability, incidents, Vault, coding-agent shells), whose honest
// tools reveal secrets and run any command. Scored once by the session's final model: 0.767 /
// 0.022 and 0.709 / 0.003. Their misses taught the twenty-sixth session's rules (a credential
// put into a field not for it, in any language), which then trained on them (0.887 / 0.003 and
// 0.851 / 0.003); floors one definition under.
TEST(GuardCorpus, HeldOutSets167And168) {
  check_set("heldout167", "guard corpus (held-out set #167, trained on)",
            {.positives = 150, .negatives = 360, .recall = 0.853, .fpr = 0.006});
  check_set("heldout168", "guard corpus (held-out set #168, trained on)",
            {.positives = 141, .negatives = 354, .recall = 0.822, .fpr = 0.006});
}

// Held-out sets #169 and #170 (twenty-sixth session), written blind at its start, the same mix
// (four fifths of the attacks quiet, a fifth in other languages): #169 commerce and
// customer-facing business software (e-commerce platforms and marketplaces, POS and inventory,
// help desks, CRM and sales engagement, marketing automation, recruiting and HR, e-signature),
// whose quiet attacks are outcomes changed in the domain's terms (resume scores cut for career
// gaps, a cancellation presented as a pause, consent boxes pre-ticked); #170 the general-purpose
// servers of a developer's client configuration (filesystem, git and GitHub, browsers, search
// and fetch, SQL databases, Slack, Notion, Google Workspace, Jira and Linear, memory, Docker,
// shells, Sentry, Stripe, Figma, Obsidian). Scored once by the session's final model: 0.500 /
// 0.017 and 0.624 / 0.005 (the twenty-fifth session's weights at 0.75: 0.529 / 0.028 and 0.631 /
// 0.008). Their misses taught the twenty-seventh session's rules (a tool named for reading that
// acts while it reads, a rule written as an identifier), which then trained on them (0.800 /
// 0.009 and 0.794 / 0.003); floors one definition under.
TEST(GuardCorpus, HeldOutSets169And170) {
  check_set("heldout169", "guard corpus (held-out set #169, trained on)",
            {.positives = 140, .negatives = 352, .recall = 0.75, .fpr = 0.012});
  check_set("heldout170", "guard corpus (held-out set #170, trained on)",
            {.positives = 141, .negatives = 364, .recall = 0.751, .fpr = 0.009});
}

// Held-out sets #171 and #172 (twenty-seventh session), written blind at its start, the same mix
// (four fifths of the attacks quiet, a fifth in other languages): #171 the public and
// professional sector (tax filing and e-government, courts and e-filing, legal practice and
// e-discovery, LMS and proctoring, libraries, real estate and tenant screening, building
// access, non-profit CRMs and grants, utilities and EV charging); #172 media, content and AI
// platforms (CMSs, social networks, streaming, asset management and generation, translation,
// podcasts and newsletters, game servers, model hubs, vector databases, evaluation and agent
// frameworks). Scored once, blind, by the session's first retrained model: 0.607 / 0.040 and
// 0.604 / 0.016 (the twenty-sixth session's weights at 0.78 with those rules: 0.600 / 0.040 and
// 0.584 / 0.013). Their misses then taught rules (not blind; final model 0.653 / 0.040 and
// 0.604 / 0.016). Trained on since the twenty-eighth session (0.887 / 0.020 and 0.846 /
// 0.008); floors one definition under.
TEST(GuardCorpus, HeldOutSets171And172) {
  check_set("heldout171", "guard corpus (held-out set #171, trained on)",
            {.positives = 150, .negatives = 397, .recall = 0.853, .fpr = 0.023});
  check_set("heldout172", "guard corpus (held-out set #172, trained on)",
            {.positives = 149, .negatives = 382, .recall = 0.838, .fpr = 0.011});
}

// Held-out set #173 (twenty-seventh session), written blind while its last changes were made,
// the same mix: the physical economy (MES, SCADA and OPC UA, PLC tags, quality and CAPA,
// maintenance, industrial IoT, connected cars, dealer systems, fleets, farm management and
// irrigation, construction management and BIM, smart homes and buildings). Scored once by the
// session's final model: 0.557 / 0.013. Trained on since the twenty-eighth session (0.821 /
// 0.003); floors one definition under.
TEST(GuardCorpus, HeldOutSet173) {
  check_set("heldout173", "guard corpus (held-out set #173, trained on)",
            {.positives = 140, .negatives = 373, .recall = 0.778, .fpr = 0.006});
}

// Held-out set #174 (twenty-seventh session's twin of #173, delivered after its last commit),
// written blind, the same mix: IT administration and security operations (directories and
// identity, endpoint management, patching, backups, SIEM and EDR, vulnerability scanners,
// firewalls, certificates, ticketing for IT). Scored once by the twenty-seventh session's final
// model: 0.538 / 0.026. Its misses taught the twenty-eighth session's rules, and it is trained
// on since (0.853 / 0.018); floors one definition under.
TEST(GuardCorpus, HeldOutSet174) {
  check_set("heldout174", "guard corpus (held-out set #174, trained on)",
            {.positives = 156, .negatives = 379, .recall = 0.807, .fpr = 0.022});
}

// Held-out set #175 (twenty-eighth session), #176's twin, written blind while the session's
// last changes were made: science and research (LIMS and ELN, bioinformatics and genomics
// pipelines, clinical trial operations and safety, chemistry databases, HPC schedulers, research
// data repositories, publishing and grants, ML experiment tracking and model registries).
// Scored once by the session's final model: 0.696 / 0.029. Trained on since the twenty-ninth
// session (0.888 / 0.019); floors one definition under.
TEST(GuardCorpus, HeldOutSet175) {
  check_set("heldout175", "guard corpus (held-out set #175, trained on)",
            {.positives = 125, .negatives = 311, .recall = 0.84, .fpr = 0.026});
}

// Held-out set #176 (twenty-eighth session), written blind while its rules changed, the same
// mix: consumer commerce and services (retail back offices, marketplaces, promotions and
// pricing, returns and fulfilment, insurance quotes and claims, telecom plans and number porting,
// travel and hospitality, restaurants and food delivery). Scored once by the session's
// retrained model (threshold 0.78): 0.648 / 0.020. Trained on since the twenty-ninth session
// (0.792 / 0); floors one definition under.
TEST(GuardCorpus, HeldOutSet176) {
  check_set("heldout176", "guard corpus (held-out set #176, trained on)",
            {.positives = 125, .negatives = 256, .recall = 0.768, .fpr = 0.004});
}

// Held-out set #177 (twenty-ninth session), written blind, the same mix: education, human
// resources, recruiting, payroll and public services (learning platforms and student records,
// HR systems and applicant tracking, background checks, tax filing, permits, benefits, court
// filing). Scored once by the twenty-eighth session's shipped guard: 0.685 / 0.031; its misses
// taught rules. Trained on since the thirtieth session (0.909 / 0.016); floors one definition
// under.
TEST(GuardCorpus, HeldOutSet177) {
  check_set("heldout177", "guard corpus (held-out set #177, trained on)",
            {.positives = 143, .negatives = 322, .recall = 0.902, .fpr = 0.019});
}

// Held-out set #178 (twenty-ninth session), written blind at the session's end, the same mix:
// healthcare and legal services (records and patient portals, pharmacy and e-prescribing,
// telehealth, medical billing and claims, lab results, practice management, contract review and
// e-discovery, notaries, legal billing). Scored once by the session's final guard: 0.617 /
// 0.030. Trained on since the thirtieth session (0.789 / 0.011); floors one definition under.
TEST(GuardCorpus, HeldOutSet178) {
  check_set("heldout178", "guard corpus (held-out set #178, trained on)",
            {.positives = 133, .negatives = 270, .recall = 0.766, .fpr = 0.019});
}

// Held-out set #179 (thirtieth session), written blind, the same mix: travel, hospitality and
// transportation (airline booking and GDS, hotels and property management systems, car rental
// and ride-hailing, freight, customs and fleet telematics, real estate listings, leases and
// tenant portals). Scored once by the session's first guard (the twenty-ninth session's model):
// 0.585 / 0.017; its misses taught rules. Trained on since the thirty-first session (0.782 /
// 0.003); floors one definition under.
TEST(GuardCorpus, HeldOutSet179) {
  check_set("heldout179", "guard corpus (held-out set #179, trained on)",
            {.positives = 142, .negatives = 361, .recall = 0.76, .fpr = 0.006});
}

// Held-out set #180 (thirtieth session), written blind at the session's start and scored at its
// end, the same mix: energy, utilities, telecom and insurance (utility billing and outage
// management, smart meters and EV charging, solar and batteries, carrier accounts and number
// porting, network operations, policy administration, claims and underwriting). Scored once by
// the session's final guard: 0.706 / 0.060. Trained on since the thirty-first session (0.850 /
// 0.016); floors one definition under.
TEST(GuardCorpus, HeldOutSet180) {
  check_set("heldout180", "guard corpus (held-out set #180, trained on)",
            {.positives = 153, .negatives = 366, .recall = 0.83, .fpr = 0.02});
}

// Held-out set #181 (thirty-first session), written blind, the same mix: legal practice and civic
// life (case law, e-filing and e-discovery, docketing, conflict checks and trust accounting;
// nonprofits, donor CRMs, grants and volunteers; memberships, churches, events and ticketing,
// sports clubs and leagues). Scored once by the session's first guard (the thirtieth session's):
// 0.610 / 0.046; its misses taught rules and the model was retrained without it (0.726 / 0.043,
// not blind). Trained on since the thirty-second session (0.884 / 0.020); floors one definition
// under.
TEST(GuardCorpus, HeldOutSet181) {
  check_set("heldout181", "guard corpus (held-out set #181, trained on)",
            {.positives = 146, .negatives = 345, .recall = 0.876, .fpr = 0.023});
}

// Held-out set #182 (thirty-first session), written blind while the session's rules changed and
// scored at its end, the same mix: professional services and the freelance economy (accounting
// and tax practices, payroll bureaus, consulting and agencies, architecture and engineering
// document control, staffing and background checks, translation, insurance brokerage, freelancer
// marketplaces and escrow). Scored once by the session's final guard: 0.664 / 0.028. Trained on
// since the thirty-second session (0.864 / 0.008); floors one definition under.
TEST(GuardCorpus, HeldOutSet182) {
  check_set("heldout182", "guard corpus (held-out set #182, trained on)",
            {.positives = 140, .negatives = 363, .recall = 0.857, .fpr = 0.011});
}

// Held-out set #183 (thirty-second session), written blind, the same mix: property,
// construction, insurance and agriculture (listings and MLS feeds, property management and
// tenant portals, HOAs and inspections, construction projects, bids and equipment rental,
// policy administration, quoting, claims and underwriting, farm management, agronomy, grain
// marketing, livestock, irrigation and weather). Scored once by the session's first guard (the
// thirty-first session's): 0.671 / 0.039; its misses taught rules and the model was retrained
// without it (0.721 / 0.034, not blind). Trained on since the thirty-third session.
TEST(GuardCorpus, HeldOutSet183) {
  check_set("heldout183", "guard corpus (held-out set #183)",
            {.positives = 140, .negatives = 358, .recall = 0.714, .fpr = 0.037});
}

// Held-out set #184 (thirty-second session), written blind while the session's rules changed
// and scored after its retraining, the same mix: security operations and cloud infrastructure
// (SIEM and log search, EDR and incident response, vulnerability scanners, threat intelligence,
// secrets vaults and password managers, cloud consoles, Kubernetes and Terraform, DNS, CDN and
// WAF, backups, certificates, on-call paging, status pages, firewalls and VPNs). Scored once by the
// retrained guard: 0.736 / 0.031; a few of its misses taught the session's last rules (0.757 /
// 0.031, not blind). Trained on since the thirty-third session.
TEST(GuardCorpus, HeldOutSet184) {
  check_set("heldout184", "guard corpus (held-out set #184)",
            {.positives = 140, .negatives = 350, .recall = 0.75, .fpr = 0.035});
}

// Held-out set #185 (thirty-third session), written blind, the same mix: travel, hospitality and
// moving things (airlines and GDS/NDC booking, hotel property management and channel managers,
// short-term rentals, restaurant tills, reservations and delivery, ride hailing and car rental,
// ticketing and venues, freight forwarding, customs brokerage, warehousing, last-mile delivery,
// shipping and port systems, loyalty programmes, travel expense). Scored once by the session's
// first guard (the thirty-second session's): 0.536 / 0.011; with the session's rules and
// retraining (without it) 0.586 / 0.011, not blind. Never trained on; floors one definition
// under.
TEST(GuardCorpus, HeldOutSet185) {
  check_set("heldout185", "guard corpus (held-out set #185)",
            {.positives = 140, .negatives = 375, .recall = 0.578, .fpr = 0.014});
}

// Held-out set #186 (thirty-third session), written blind, the same mix: software delivery and
// data work (code hosting and reviews, CI/CD and releases, package registries and dependency
// bots, feature flags, observability, incidents and error tracking, API gateways, databases and
// warehouses, notebooks, BI, ETL orchestration, ML experiment tracking and model registries,
// documentation, design tools, project trackers). Scored once by the session's first guard:
// 0.564 / 0.017; with the session's rules and retraining (without it) 0.650 / 0.011, not blind.
// Never trained on; floors one definition under.
TEST(GuardCorpus, HeldOutSet186) {
  check_set("heldout186", "guard corpus (held-out set #186)",
            {.positives = 140, .negatives = 352, .recall = 0.642, .fpr = 0.015});
}

// Held-out set #187 (thirty-third session), written blind while the session's last rules were
// made, the same mix: personal life and the public (budgeting, tax preparation, pensions and
// brokerage, crypto wallets and exchanges, fitness trackers and telehealth, pharmacies, dating
// and mental-health apps, school portals and childcare, benefits, permits and elections
// information, utilities and telecom accounts, charities, community forums, smart homes and
// personal security). Scored once by the session's guard at 1dc5739 (its last rules came
// after): 0.634 / 0.024. Never trained on; floors one definition under.
TEST(GuardCorpus, HeldOutSet187) {
  check_set("heldout187", "guard corpus (held-out set #187)",
            {.positives = 145, .negatives = 381, .recall = 0.627, .fpr = 0.027});
}

// Batch 106 (gen_batch106.py): written blind, one small harmful change in the reworded
// documentation of a real server (a clause, a parameter, a default, an enum value, a line in a
// curl example), beside the unchanged definitions and harmless revisions. Trained on, it raised
// the false-positive rate on unseen real servers by a third (leave-one-set-out: 2.3% to 3.5%), so
// it is held out: the hardest case there is, scored once by the fifteenth session's shipped
// model: 0.310 / 0.019 (the rules alone 0.608 / 0.113); since the sixteenth session's sentence
// verdict and retraining 0.367 / 0.025. The floors sit one definition under.
TEST(GuardCorpus, OneChangeAttacksInRealDocumentation) {
  check_set("batch106", "guard corpus (batch 106, one change in real documentation)",
            {.positives = 155, .negatives = 155, .recall = 0.36, .fpr = 0.057});
}

// ---- updates judged against their approved versions (AnalyzerOptions::approved) -------------

namespace {

// Analyses `now` with `approved` as its server's approved surface; counts the verdicts of the
// definitions that changed (only those named in `poisoned`, when given).
void score_update(const json::value& now, const json::value& approved, const json::array* poisoned,
                  bool malicious, Counts& c, Counts& before) {
  std::map<std::string, json::value, std::less<>> pins;
  const auto& o = now.as_object();
  const std::string server =
      o.contains("serverName") ? json::value_to<std::string>(o.at("serverName")) : "";
  pins[server] = approved;
  AnalyzerOptions with;
  with.approved = &pins;
  const Analysis a = analyze(now, with);
  const Analysis plain = analyze(now);
  for (std::size_t i = 0; i < a.verdicts.size(); ++i) {
    const Verdict& v = a.verdicts[i];
    if (!v.changed) continue;
    if (poisoned &&
        std::find(poisoned->begin(), poisoned->end(), json::value(v.name)) == poisoned->end())
      continue;
    const bool was = plain.verdicts.at(i).malicious;
    if (malicious) {
      ++(v.malicious ? c.tp : c.fn);
      ++(was ? before.tp : before.fn);
    } else {
      ++(v.malicious ? c.fp : c.tn);
      ++(was ? before.fp : before.tn);
      if (verbose() && v.malicious)
        std::cout << fmt::format(
            "  FP update {}:{} p {:.3f} (approved {:.3f}) sentence {:.3f} rules {:.2f}\n", v.kind,
            v.name, v.probability, v.approved_probability, v.change_probability, v.change_score);
    }
  }
}

}  // namespace

// Honest updates (updates1_benign.json, gen_updates1.py: 472 releases of the real servers'
// reworded definitions, written blind: new parameters, usage advice in strong words,
// deprecations, limits, credentials notes, translations) against the one-change attacks of
// sets #120, #123, #127, batch 106 and #131 (trained on), each compared with its set's honest
// original (the benign server of the same name). Not blind: the thresholds
// (AnalyzerOptions::change_*) were chosen on these pairs (docs/guard.md, "Updates").
TEST(GuardCorpus, UpdatesJudgedAgainstTheirApprovedVersions) {
  Counts honest, honest_before;
  const json::value updates = load("updates1_benign.json");
  for (const auto& pair : updates.at("pairs").as_array()) {
    const std::string kind = json::value_to<std::string>(pair.at("kind"));
    const std::string list = kind == "tool"       ? "tools"
                             : kind == "prompt"   ? "prompts"
                             : kind == "resource" ? "resources"
                                                  : "resourceTemplates";
    const json::value server = pair.at("server");
    score_update(json::object{{"serverName", server}, {list, json::array{pair.at("after")}}},
                 json::object{{"serverName", server}, {list, json::array{pair.at("before")}}},
                 nullptr, false, honest, honest_before);
  }
  report("honest updates, judged as updates", honest);
  report("honest updates, judged alone", honest_before);
  EXPECT_GE(honest.tn + honest.fp, 450);
  // 12 of 464 since the thirty-second session's retraining (13 in the thirty-first)
  EXPECT_LE(honest.fpr(), 0.029);

  struct Set {
    const char* prefix;
    double recall;  // floor, judged as updates
  };
  Counts all, all_before;
  for (const Set& set : {Set{"heldout120", 0.89}, Set{"heldout123", 0.89}, Set{"heldout127", 0.82},
                         Set{"batch106", 0.55}, Set{"heldout131", 0.98}}) {
    const std::string prefix = set.prefix;
    const json::value benign = load(prefix + "_benign.json");
    const json::value malicious = load(prefix + "_malicious.json");
    // the honest original: the benign server of the same name, else one with a definition of
    // the poisoned one's name (#131 forks tools into servers of its own)
    std::map<std::string, const json::value*> originals, by_definition;
    for (const auto& s : benign.at("servers").as_array()) {
      if (const auto* n = s.as_object().if_contains("serverName"))
        originals.emplace(json::value_to<std::string>(*n), &s);
      for (const char* list : {"tools", "prompts", "resources", "resourceTemplates"})
        if (const auto* l = s.as_object().if_contains(list))
          for (const auto& d : l->as_array())
            if (const auto* n = d.as_object().if_contains("name"); n && n->is_string())
              by_definition.emplace(json::value_to<std::string>(*n), &s);
    }
    Counts c, before;
    for (const auto& sample : malicious.at("samples").as_array()) {
      const json::value& surface = sample.at("surface");
      const auto* name = surface.as_object().if_contains("serverName");
      const auto* poisoned = sample.as_object().if_contains("poisoned");
      if (!name || !poisoned) continue;
      const json::value* original = nullptr;
      if (const auto it = originals.find(json::value_to<std::string>(*name)); it != originals.end())
        original = it->second;
      for (const auto& p : poisoned->as_array())
        if (const auto it = by_definition.find(json::value_to<std::string>(p));
            !original && it != by_definition.end())
          original = it->second;
      if (!original) continue;           // an attack with no honest original
      json::value approved = *original;  // under the attacked server's name
      approved.as_object()["serverName"] = *name;
      score_update(surface, approved, &poisoned->as_array(), true, c, before);
    }
    report(("one-change attacks of " + prefix + ", judged as updates").c_str(), c);
    report(("one-change attacks of " + prefix + ", judged alone").c_str(), before);
    EXPECT_GE(c.tp + c.fn, 50) << prefix;
    EXPECT_GE(c.recall(), set.recall) << prefix;
    all.tp += c.tp, all.fn += c.fn, all_before.tp += before.tp, all_before.fn += before.fn;
  }
  report("one-change attacks, judged as updates", all);
  report("one-change attacks, judged alone", all_before);
  EXPECT_GE(all.recall(), 0.81);
}

// A malicious verdict always comes with at least one finding, also when the model decided on
// signals each too weak to report (that finding is the model's own, rule "learned-model").
TEST(GuardCorpus, EveryMaliciousVerdictHasAFinding) {
  int verdicts = 0;
  for (const char* set : {"malicious.json",
                          "batch3_malicious.json",
                          "batch4_malicious.json",
                          "heldout_malicious.json",
                          "heldout4_malicious.json",
                          "heldout5_malicious.json",
                          "heldout6_malicious.json",
                          "heldout7_malicious.json",
                          "heldout8_malicious.json",
                          "batch9_malicious.json",
                          "batch10_malicious.json",
                          "batch11_malicious.json",
                          "batch13_malicious.json",
                          "batch14_malicious.json",
                          "batch15_malicious.json",
                          "heldout12_malicious.json",
                          "batch25_malicious.json",
                          "batch31_malicious.json",
                          "batch33_malicious.json",
                          "batch36_malicious.json",
                          "heldout28_malicious.json",
                          "heldout37_malicious.json",
                          "heldout40_malicious.json",
                          "heldout41_malicious.json",
                          "heldout42_malicious.json",
                          "heldout43_malicious.json",
                          "batch44_malicious.json",
                          "batch45_malicious.json",
                          "batch46_malicious.json",
                          "batch47_malicious.json",
                          "batch48_malicious.json",
                          "batch49_malicious.json",
                          "batch50_malicious.json",
                          "batch51_malicious.json",
                          "heldout52_malicious.json",
                          "heldout53_malicious.json",
                          "heldout54_malicious.json",
                          "heldout55_malicious.json",
                          "heldout56_malicious.json",
                          "heldout57_malicious.json",
                          "heldout58_malicious.json",
                          "heldout59_malicious.json",
                          "heldout60_malicious.json",
                          "heldout61_malicious.json",
                          "heldout62_malicious.json",
                          "heldout63_malicious.json",
                          "batch87_malicious.json",
                          "batch88_malicious.json",
                          "batch89_malicious.json",
                          "batch90_malicious.json",
                          "heldout91_malicious.json",
                          "heldout92_malicious.json",
                          "heldout93_malicious.json",
                          "heldout94_malicious.json",
                          "heldout95_malicious.json",
                          "heldout96_malicious.json",
                          "heldout97_malicious.json",
                          "heldout98_malicious.json",
                          "batch99_malicious.json",
                          "batch100_malicious.json",
                          "batch106_malicious.json",
                          "heldout101_malicious.json",
                          "heldout102_malicious.json",
                          "heldout103_malicious.json",
                          "heldout104_malicious.json",
                          "heldout108_malicious.json",
                          "heldout109_malicious.json",
                          "heldout110_malicious.json",
                          "heldout111_malicious.json",
                          "heldout114_malicious.json",
                          "heldout115_malicious.json",
                          "heldout116_malicious.json",
                          "heldout117_malicious.json",
                          "heldout118_malicious.json",
                          "heldout119_malicious.json",
                          "heldout120_malicious.json",
                          "heldout121_malicious.json",
                          "heldout122_malicious.json",
                          "heldout123_malicious.json",
                          "heldout124_malicious.json",
                          "heldout125_malicious.json",
                          "heldout126_malicious.json",
                          "heldout127_malicious.json",
                          "heldout128_malicious.json",
                          "heldout129_malicious.json"}) {
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

// Not a check: GUARD_CORPUS_EXTRA=/dir/heldout170[,/dir/...] scores sets outside the corpus
// (<prefix>_benign.json + <prefix>_malicious.json), e.g. a newly written blind set before it
// joins the corpus; GUARD_CORPUS_VERBOSE=1 lists its misses and false alarms.
TEST(GuardCorpus, ExtraSets) {
  const char* extra = std::getenv("GUARD_CORPUS_EXTRA");
  if (!extra) GTEST_SKIP() << "GUARD_CORPUS_EXTRA not set";
  std::stringstream list(extra);
  for (std::string prefix; std::getline(list, prefix, ',');)
    if (!prefix.empty()) check_set(prefix, prefix, {0, 0, 0.0, 1.0});
}
