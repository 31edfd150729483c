#!/usr/bin/env python3
"""Trains the guard's learned verdict (src/guard/model_weights.cpp) on the labelled corpus.

A logistic regression over the features the analyzer exports (src/guard/features.hpp: the
rules' family scores and rule ids, word classes, hashed words and word pairs, 4-grams, how
sentences begin, structure).
Plain Python, no dependencies, deterministic: full-batch Adam on the L2-regularised log loss,
with positives and negatives weighted equally.

    # 1. export features (one JSON line per definition of every corpus set)
    rm -f /tmp/features.jsonl
    GUARD_CORPUS_FEATURES=/tmp/features.jsonl build/<dir>/tests/test_guard --gtest_filter='GuardCorpus.*'
    # 2. leave-one-set-out evaluation (each set in turn is unseen), then train on all and write
    #    (the folds are the blind-written sets; the earlier ones shaped the rules and always train)
    folds=heldout8,batch9,batch10,batch11,batch13,batch14,batch15,batch16,batch17,batch20
    folds=$folds,batch21,batch22,batch25,batch26,batch27,batch29,batch30,batch31,batch32
    folds=$folds,batch33,batch34,batch35,batch36,batch38,batch39,heldout12,heldout19
    folds=$folds,heldout23,heldout28,heldout37,batch44,batch45,batch46,batch47,batch48
    folds=$folds,batch49,batch50,batch51,heldout40,heldout41,heldout42,heldout43
    folds=$folds,heldout52,heldout53,heldout54,heldout55,heldout56,heldout57,heldout58,heldout59
    folds=$folds,heldout60,heldout61,heldout62,heldout63,heldout67,heldout68
    folds=$folds,heldout69,heldout70,heldout71,heldout72,heldout73,heldout74,heldout75,heldout76
    folds=$folds,batch77,batch78,heldout79,heldout80,heldout81,heldout82
    folds=$folds,heldout83,heldout84,heldout85,heldout86,batch87,batch88,batch89,batch90
    folds=$folds,heldout91,heldout92,heldout93,heldout94,batch100
    folds=$folds,heldout95,heldout96,heldout97,heldout98,batch99
    folds=$folds,heldout101,heldout102,heldout103,heldout104
    folds=$folds,heldout108,heldout109,heldout110,heldout111,batch112,batch113
    folds=$folds,heldout114,heldout115,heldout116,heldout117,heldout118,heldout119,heldout121
    folds=$folds,heldout122,heldout124,heldout125,heldout126,heldout128,heldout129
    folds=$folds,heldout131,heldout132,heldout134,heldout135,heldout136,heldout137
    folds=$folds,heldout141,heldout142,heldout143,heldout144,heldout147,heldout148
    folds=$folds,heldout149,heldout150,heldout151,heldout152
    folds=$folds,heldout153,heldout154,heldout155,heldout156
    folds=$folds,heldout157,heldout158,heldout159,heldout160
    folds=$folds,heldout161,heldout162,heldout163,heldout164
    folds=$folds,heldout165,heldout166,heldout167,heldout168
    folds=$folds,heldout169,heldout170,heldout171,heldout172,heldout173,heldout174
    folds=$folds,heldout175,heldout176,heldout177,heldout178,heldout179,heldout180
    folds=$folds,heldout181,heldout182,heldout183,heldout184
    real=batch64,batch65,batch66,batch105,batch107,batch130,batch133,batch140
    hold=batch24,batch106,heldout120,heldout123,heldout127,heldout138,heldout139
    hold=$hold,heldout145,heldout146,heldout185,heldout186,heldout187
    # The real servers' sets (batches 64-66, 105, 107, 130, 133, 140: real documentation,
    # reworded) weigh fifteen times as much in the loss: there are few of them, and their
    # register is what the synthetic sets lack (docs/guard.md, "The model's numbers").
    tools/guard/train_model.py /tmp/features.jsonl --evaluate \
        --folds $folds,$real --taus 0.73,0.74,0.75 \
        --holdout $hold --upweight $real:15 --write src/guard/model_weights.cpp
    # (batch 24 is benign and held out. Batch 106, #120 and #123, one-change attacks in real
    # documentation, raised the false-positive rate on unseen real servers when trained on
    # (42 to 55 of 1,335 definitions, sixteenth session) for little recall on each other, and
    # are held out, and so is #127, one change each. The other held-out rounds were held out
    # until scored once, docs/guard.md.)
    # The threshold rule (docs/guard.md) pools the folds of the sets written as held-out
    # evaluation sets (107 in the twenty-eighth session) and the real sets, and takes the lowest
    # threshold, in steps of 0.01, whose pooled FPR is at most 0.015 (0.75 from the sixteenth
    # session to the twenty-first, 0.76 in the twenty-second: 0.0153 at 0.75; 0.75 again in the
    # twenty-third: 0.0150; 0.78 in the twenty-eighth: 0.0157 at 0.77, 0.0148 at 0.78; 0.81 in
    # the thirty-second: 535 of 35,580 at 0.80 is just over, 0.0141 at 0.81):
    general=heldout8,heldout12,heldout19,heldout23,heldout28,heldout37,heldout40,heldout41
    general=$general,heldout42,heldout43,heldout52,heldout53,heldout54,heldout55,heldout56
    general=$general,heldout57,heldout58,heldout59,heldout60,heldout61,heldout62,heldout63
    general=$general,heldout67,heldout68,heldout69,heldout70,heldout71,heldout72,heldout73
    general=$general,heldout74,heldout75,heldout76,heldout79,heldout80,heldout81,heldout82
    general=$general,heldout83,heldout84,heldout85,heldout86,heldout91,heldout92,heldout93
    general=$general,heldout94,heldout95,heldout96,heldout97,heldout98
    general=$general,heldout101,heldout102,heldout103,heldout104
    general=$general,heldout108,heldout109,heldout110,heldout111
    general=$general,heldout114,heldout115,heldout116,heldout117,heldout118,heldout119
    general=$general,heldout121,heldout122,heldout124,heldout125,heldout126,heldout128
    general=$general,heldout129,heldout131,heldout132,heldout134,heldout135,heldout136
    general=$general,heldout137,heldout141,heldout142,heldout143,heldout144,heldout147
    general=$general,heldout148,heldout149,heldout150,heldout151,heldout152
    general=$general,heldout153,heldout154,heldout155,heldout156
    general=$general,heldout157,heldout158,heldout159,heldout160
    general=$general,heldout161,heldout162,heldout163,heldout164
    general=$general,heldout165,heldout166,heldout167,heldout168
    general=$general,heldout169,heldout170,heldout171,heldout172,heldout173,heldout174
    general=$general,heldout175,heldout176,heldout177,heldout178,heldout179,heldout180
    general=$general,heldout181,heldout182,heldout183,heldout184
    tools/guard/train_model.py /tmp/features.jsonl --evaluate --folds $general,$real \
        --holdout $hold --taus 0.74,0.75,0.76 --upweight $real:15
    # This is slow in Python (48 trainings of minutes each). tools/guard/loso.cpp is a
    # bit-identical C++ port of train() and of this evaluation (about two minutes; its header
    # says how to build it), taking the same arguments:
    #   /tmp/loso /tmp/features.jsonl --folds $general --holdout ... --upweight ... --threads 2
    # Earlier held-out estimates came from leaving those sets out as well, e.g. #69-#72:
    tools/guard/train_model.py /tmp/features.jsonl --taus 0.66 --score-holdout \
        --holdout batch24,heldout60,heldout61,heldout62,heldout63,heldout67,heldout68,heldout69,heldout70,heldout71,heldout72 \
        --upweight batch64,batch65,batch66:5

Sets named in --holdout are never trained on (the clean estimate, docs/guard.md).

The output screener's model (src/guard/output_model.hpp) is trained the same way on sentences of
tool outputs, with --output; its rows count a feature added twice twice (no merging):

    GUARD_OUTPUT_FEATURES=/tmp/outputs.jsonl build/<dir>/tests/test_guard \
        --gtest_filter='GuardOutputCorpus.ExportFeatures'
    tools/guard/train_model.py /tmp/outputs.jsonl --output --l2 1e-4 \
        --holdout outputs14,outputs15,outputs23,outputs31,outputs34,outputs41,outputs42,outputs43,outputs44,outputs45,outputs46,outputs47,outputs48,outputs49,outputs50,outputs51,outputs52,outputs53,outputs54,outputs55,outputs56,outputs57,outputs59,outputs60,outputs61,outputs62 \
        --write src/guard/output_model_weights.cpp
    # an output's verdict is its most suspicious sentence: leave-one-set-out at the level of
    # outputs is loso's --dump-probs grouped by the id before '#' (docs/guard.md)."""
import argparse
import json
import math
import sys

# Index ranges of src/guard/features.hpp, for ablations (--without GROUP).
GROUPS = {
    "family": (0, 13), "kind": (13, 18), "struct": (18, 32), "class": (32, 224),
    "domain": (224, 416), "rule": (416, 928), "word": (928, 17312), "gram": (17312, 33696),
    "pair": (33696, 37792), "schema": (37792, 37984), "lead": (37984, 40032),
}
FEATURES = 40032
STRONG = 28  # kStructBase + kStrongRules: rule evidence the analyzer lets the model overrule
STRONG_SCORE, STRONG_MIN_PROBABILITY = 2.5, 0.5  # ...only when the score is this and p is below


def load(path, without):
    drop = [GROUPS[g] for g in without]
    rows = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        f = [(i, x) for i, x in d["f"] if not any(a <= i < b for a, b in drop)]
        rows.append({"set": d["set"], "id": d["id"], "y": d["label"], "score": d["score"],
                     "strong": any(i == STRONG and x > 0 for i, x in d["f"]), "f": f, "wt": 1.0})
    return rows


def train(rows, l2, epochs, lr=0.05):
    """Weights and bias minimising the class-balanced log loss + l2/2 |w|^2 (full batch Adam)."""
    pos = sum(r["wt"] for r in rows if r["y"])
    neg = sum(r["wt"] for r in rows if not r["y"])
    cw = {1: 0.5 / max(pos, 1), 0: 0.5 / max(neg, 1)}  # each class weighs one half in total
    # most features are 0/1: keep those as bare indexes (a sum of weights, no multiply)
    ones = [[i for i, x in r["f"] if x == 1.0] for r in rows]
    reals = [[(i, x) for i, x in r["f"] if x != 1.0] for r in rows]
    ys = [r["y"] for r in rows]
    wts = [r["wt"] for r in rows]
    w = [0.0] * FEATURES
    b = 0.0
    m = [0.0] * FEATURES
    v = [0.0] * FEATURES
    mb = vb = 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    used = sorted({i for r in rows for i, _ in r["f"]})
    wget = w.__getitem__
    for t in range(1, epochs + 1):
        g = [0.0] * FEATURES
        gb = 0.0
        for k in range(len(rows)):
            z = b + sum(map(wget, ones[k]))
            for i, x in reals[k]:
                z += w[i] * x
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            e = (p - ys[k]) * cw[ys[k]] * wts[k]
            gb += e
            for i in ones[k]:
                g[i] += e
            for i, x in reals[k]:
                g[i] += e * x
        c1 = 1 - b1 ** t
        c2 = 1 - b2 ** t
        for i in used:
            gi = g[i] + l2 * w[i]
            m[i] = b1 * m[i] + (1 - b1) * gi
            v[i] = b2 * v[i] + (1 - b2) * gi * gi
            w[i] -= lr * (m[i] / c1) / (math.sqrt(v[i] / c2) + eps)
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        b -= lr * (mb / c1) / (math.sqrt(vb / c2) + eps)
    return w, b


def prob(w, b, r):
    z = b + sum(w[i] * x for i, x in r["f"])
    return 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))


def rates(pairs, flag):
    tp = sum(1 for p, r in pairs if r["y"] and flag(p, r))
    fp = sum(1 for p, r in pairs if not r["y"] and flag(p, r))
    pos = sum(1 for _, r in pairs if r["y"])
    neg = len(pairs) - pos
    return tp / max(pos, 1), fp / max(neg, 1)


def overruled(p, r):
    """The analyzer's strong rule evidence: hidden Unicode or an imitated name always, a rule
    score of 2.5 or more unless the model is sure of the contrary (AnalyzerOptions)."""
    return r["strong"] and (r["score"] < STRONG_SCORE or p >= STRONG_MIN_PROBABILITY)


def report(name, pairs, taus, rule_threshold=0.6):
    rr, rf = rates(pairs, lambda p, r: r["score"] >= rule_threshold)
    line = f"{name:10} n={len(pairs):4} rules {rr:.3f}/{rf:.3f}"
    for tau in taus:
        mr, mf = rates(pairs, lambda p, r: p >= tau)
        # the analyzer's verdict: the model, or strong rule evidence it does not overrule
        cr, cf = rates(pairs, lambda p, r: p >= tau or overruled(p, r))
        line += f" | tau {tau}: model {mr:.3f}/{mf:.3f} verdict {cr:.3f}/{cf:.3f}"
    print(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--l2", type=float, default=2e-4)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--taus", default="0.7,0.8,0.9")
    ap.add_argument("--without", default="", help="comma-separated feature groups to leave out")
    ap.add_argument("--upweight", default="", help="SET,SET:FACTOR: these sets' definitions "
                    "count FACTOR times in the loss (the real servers' sets)")
    ap.add_argument("--holdout", default="", help="comma-separated sets never trained on")
    ap.add_argument("--score-holdout", action="store_true",
                    help="score the --holdout sets with the final model (look once: docs/guard.md)")
    ap.add_argument("--evaluate", action="store_true", help="leave-one-set-out evaluation")
    ap.add_argument("--folds", default="", help="comma-separated sets to leave out in turn "
                    "(default: every set)")
    ap.add_argument("--write", help="train on all (but --holdout) sets and write the C++ weights")
    ap.add_argument("--output", action="store_true", help="the rows are output sentences "
                    "(GUARD_OUTPUT_FEATURES): write the output model (src/guard/output_model.hpp)")
    a = ap.parse_args()
    rows = load(a.features, [g for g in a.without.split(",") if g])
    if a.upweight:
        names, factor = a.upweight.rsplit(":", 1)
        heavy = set(names.split(","))
        for r in rows:
            r["wt"] = float(factor) if r["set"] in heavy else 1.0
    taus = [float(t) for t in a.taus.split(",")]
    held = {s for s in a.holdout.split(",") if s}
    sets = sorted({r["set"] for r in rows} - held)
    train_rows = [r for r in rows if r["set"] not in held]
    if a.evaluate:
        pooled = []
        for s in [f for f in a.folds.split(",") if f] or sets:
            w, b = train([r for r in train_rows if r["set"] != s], a.l2, a.epochs)
            pairs = [(prob(w, b, r), r) for r in train_rows if r["set"] == s]
            report(s, pairs, taus)
            pooled += pairs
        report("pooled", pooled, taus)
    w, b = train(train_rows, a.l2, a.epochs)
    if held and a.score_holdout:
        report("holdout", [(prob(w, b, r), r) for r in rows if r["set"] in held], taus)
    if a.write:
        nz = [(i, x) for i, x in enumerate(w) if abs(x) >= 1e-4]
        sym, header = ("kOutputModel", "output_model") if a.output else ("kModel", "features")
        with open(a.write, "w", encoding="utf-8") as out:
            out.write("// Generated by tools/guard/train_model.py; do not edit. Logistic regression\n")
            heavy = f"; {a.upweight.replace(':', ' weigh x')}" if a.upweight else ""
            out.write(f"// over src/guard/{header}.hpp (l2 {a.l2}, {a.epochs} epochs{heavy}), "
                      "trained on sets:\n")
            line = "//"
            for name in sets:
                if len(line) + len(name) + 1 > 99:
                    out.write(line + "\n")
                    line = "//"
                line += " " + name
            out.write(line + "\n")
            out.write(f'#include "guard/{header}.hpp"\n\n// clang-format off\n'
                      'namespace sallyport::guard::detail {\n')
            out.write(f"const float {sym}Bias = {b:.6f}f;\nconst ModelWeight {sym}Weights[] = {{\n")
            for i, x in nz:
                out.write(f"    {{{i}, {x:.6f}f}},\n")
            out.write(f"}};\nconst std::size_t {sym}WeightCount = {len(nz)};\n")
            out.write("}  // namespace sallyport::guard::detail\n// clang-format on\n")
        print(f"wrote {len(nz)} weights to {a.write}", file=sys.stderr)


if __name__ == "__main__":
    main()
