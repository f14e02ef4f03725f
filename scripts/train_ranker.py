#!/usr/bin/env python3
"""Fits the speaker ranker's weights (src/quotes/rank.rs) and writes src/quotes/rank_weights.rs.

The model is a conditional logit: for each full quote, a softmax over its choices (the names
written near it, and "no one"), each scored by the weights times its feature row. It is fitted
on the development and synthetic gold sets only (never the held-out set), with an L2 penalty,
by L-BFGS. Before writing, it reports five-fold cross-validated speaker accuracy (articles
split between folds) against the rules alone, per set.

Usage (needs numpy and scipy):
    QUOTES_GOLD_FEATURES=1 cargo test --release --test quotes_gold quotes_match_the_gold_set \\
        -- --nocapture | grep ^FEATURES > target/rank-dev.tsv
    QUOTES_GOLD_FEATURES=1 cargo test --release --test quotes_gold quotes_match_the_synthetic_set \\
        -- --nocapture | grep ^FEATURES > target/rank-syn.tsv
    python3 scripts/train_ranker.py target/rank-dev.tsv target/rank-syn.tsv

The rows hold the rules' answers, never the ranker's, so any build's weights will do. After
changing the features (rank.rs's FEATURES), first write zero weights so that it builds:
    const WEIGHTS: [f32; FEATURES] = [0.0; FEATURES];
"""
import json
import random
import sys

import numpy as np
from scipy.optimize import minimize

L2 = 1.0
FOLDS = 5
# How far the best choice's score must beat the rules' answer's (rank.rs's MARGIN): chosen by
# cross-validation (0, 0.25 … 3); at 1 no set loses quotes to the ranker.
MARGIN = 1.0
OUT = "src/quotes/rank_weights.rs"


def load(paths):
    """Quotes as (source, X, y, rules): y marks the choices equal to the gold speaker, rules
    is the index of the rules' own answer."""
    quotes = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            _, source, gold, rules, choices = line.rstrip("\n").split("\t", 4)
            gold = json.loads(gold)
            choices = json.loads(choices)
            X = np.array([row for _, row in choices], dtype=float)
            y = np.array([int(n == gold) for n, _ in choices])
            quotes.append((source, X, y, int(rules)))
    return quotes


def fit(quotes, l2=L2):
    data = [(X, y / y.sum()) for _, X, y, _ in quotes if y.sum() > 0]
    dim = quotes[0][1].shape[1]

    def loss(w):
        value, grad = 0.5 * l2 * (w @ w), l2 * w
        for X, t in data:
            s = X @ w
            m = s.max()
            e = np.exp(s - m)
            p = e / e.sum()
            value -= (t * (s - m - np.log(e.sum()))).sum()
            grad -= X.T @ (t - p)
        return value, grad

    return minimize(loss, np.zeros(dim), jac=True, method="L-BFGS-B").x


def chosen(w, X, rules):
    """The ranker's pick: the best score, unless it does not beat the rules' answer by MARGIN."""
    s = X @ w
    top = int(np.argmax(s))
    return top if s[top] > s[rules] + MARGIN else rules


def kind(source):
    """The set a quote's article belongs to: development, or a synthetic round of four."""
    name = source.rsplit("/", 1)[-1]
    if not name.startswith("syn"):
        return "development"
    letters = name[3:].split("-", 1)[0]
    for first, last in (("A", "P"), ("Q", "T"), ("U", "X")):
        if len(letters) == 1 and first <= letters <= last:
            return f"synthetic {first}-{last}"
    return "synthetic Y-AB"


def main():
    quotes = load(sys.argv[1:])
    sources = sorted({q[0] for q in quotes})
    random.Random(1).shuffle(sources)
    fold = {s: i % FOLDS for i, s in enumerate(sources)}
    right_rank, right_rules = {}, {}
    for k in range(FOLDS):
        w = fit([q for q in quotes if fold[q[0]] != k])
        for s, X, y, r in quotes:
            if fold[s] == k:
                key = kind(s)
                right_rank[key] = right_rank.get(key, 0) + int(y[chosen(w, X, r)])
                right_rules[key] = right_rules.get(key, 0) + int(y[r])
    for key in sorted(right_rank):
        n = sum(1 for q in quotes if kind(q[0]) == key)
        print(
            f"{key}: of the {n} quotes the ranker may change, the rules get {right_rules[key]} right,"
            f" the ranker (cross-validated) {right_rank[key]}"
        )
    w = fit(quotes)
    body = ", ".join(f"{x:.4f}" for x in w)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            "// Written by scripts/train_ranker.py: a conditional logit fitted on the development\n"
            "// and synthetic gold sets (see the module comment of rank.rs). Do not edit by hand.\n"
            f"const WEIGHTS: [f32; FEATURES] = [{body}];\n"
        )
    print(f"wrote {OUT} ({len(w)} weights)")


if __name__ == "__main__":
    main()
