#!/usr/bin/env python3
"""Scores the output model at the level of whole outputs, from sentence probabilities.

An output is flagged when its most suspicious sentence reaches the threshold, or when the rules
the screener trusts on their own (hidden Unicode, decoded payloads: src/guard/screen.cpp) found
something of medium severity or more. Inputs: probabilities per sentence as loso writes them
(--dump-probs: block, id "<output id>#<k>", set, label, p) and the FILE.docs the export writes
beside the rows (one line per output, with the screener's findings).

    /tmp/loso /tmp/outputs.jsonl --folds outputs1,outputs2,... --l2 1e-4 --dump-probs /tmp/o.p
    tools/guard/output_eval.py /tmp/o.p /tmp/outputs.jsonl.docs --taus 0.9,0.95

prints, per set and pooled, recall and false-positive rate at each threshold, and the recall
at false-positive budgets of 2, 5 and 10% with the threshold that gives it."""
import argparse
import collections
import json

TRUSTED = {"hidden-unicode", "suspicious-encoding"}  # categories, as src/guard/screen.cpp
TRUSTED_RULES = {"chat-control-token", "markdown-image-exfil", "oversized"}  # trusted_in_outputs
SEVERITY = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("probs")
    ap.add_argument("docs")
    ap.add_argument("--taus", default="0.8,0.9,0.95,0.98")
    a = ap.parse_args()
    top = collections.defaultdict(float)
    for line in open(a.probs, encoding="utf-8"):
        _, sid, _, _, p = line.rstrip("\n").split("\t")
        doc = sid.rsplit("#", 1)[0]
        top[doc] = max(top[doc], float(p))
    docs = [json.loads(line) for line in open(a.docs, encoding="utf-8")]
    docs = [d for d in docs if d["id"] in top or d["label"]]  # scored outputs (and attacks)

    def score(d):
        trusted = any(SEVERITY[f[2]] >= 2 and f[1] != "output-model" and
                      (f[0] in TRUSTED or f[1] in TRUSTED_RULES) for f in d["findings"])
        return 2.0 if trusted else top.get(d["id"], 0.0)

    def rates(ds, tau):
        pos = [d for d in ds if d["label"]]
        neg = [d for d in ds if not d["label"]]
        return (sum(score(d) >= tau for d in pos) / max(len(pos), 1),
                sum(score(d) >= tau for d in neg) / max(len(neg), 1))

    def at_budget(ds, budget):
        neg = sorted((score(d) for d in ds if not d["label"]), reverse=True)
        k = int(budget * len(neg))
        tau = neg[k] if k < len(neg) else 0.0
        pos = [score(d) for d in ds if d["label"]]
        return sum(p > tau for p in pos) / max(len(pos), 1), tau

    taus = [float(t) for t in a.taus.split(",")]
    sets = sorted({d["set"] for d in docs if top.get(d["id"]) is not None})
    for name in sets + ["pooled"]:
        ds = [d for d in docs if name == "pooled" and d["set"] in sets or d["set"] == name]
        line = f"{name:10} n={len(ds):4}"
        for t in taus:
            r, f = rates(ds, t)
            line += f" | {t}: {r:.3f}/{f:.3f}"
        for b in (0.02, 0.05, 0.10):
            r, t = at_budget(ds, b)
            line += f" | @{b:.2f} {r:.3f} (p>{t:.3f})"
        print(line)


if __name__ == "__main__":
    main()
