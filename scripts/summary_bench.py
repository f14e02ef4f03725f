#!/usr/bin/env python3
"""Key-point benchmark: Declutter's key_points vs lead-3 vs LexRank, at 3 sentences.

Usage: scripts/summary_bench.py [OUT_DIR]   (default: target/summary_bench)
Needs: cargo, python3, `pip install rouge-score`. Corpus: $DECLUTTER_SHARED or ../shared,
corpus/summaries/*.json (fields id, title, text, sentences). Writes one sentence per line to
OUT_DIR/{declutter,lead3,lexrank}/<id>.txt and scores each with bench/score_summary.py.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

CRATE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('DECLUTTER_SHARED', os.path.join(CRATE, '..', 'shared'))
GOLD = os.path.join(SHARED, 'corpus', 'summaries')
SCORER = os.path.join(SHARED, 'bench', 'score_summary.py')
N = 3


def lexrank(sents, n, threshold=0.1, damping=0.85):
    """Classic LexRank (Erkan & Radev 2004): TF-IDF cosine graph, thresholded, power iteration."""
    toks = [re.findall(r'[a-z0-9]+', s.lower()) for s in sents]
    df = {}
    for t in toks:
        for w in set(t):
            df[w] = df.get(w, 0) + 1
    vecs = []
    for t in toks:
        v = {}
        for w in t:
            v[w] = v.get(w, 0) + 1
        v = {w: c * math.log(len(sents) / df[w]) for w, c in v.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    m = len(sents)
    adj = [[1.0 if i == j or sum(vecs[i].get(w, 0) * x for w, x in vecs[j].items()) > threshold else 0.0
            for j in range(m)] for i in range(m)]
    rank = [1.0 / m] * m
    for _ in range(50):
        rank = [(1 - damping) / m + damping * sum(rank[i] * adj[i][j] / sum(adj[i]) for i in range(m))
                for j in range(m)]
    top = sorted(range(m), key=lambda i: -rank[i])[:n]
    return [sents[i] for i in sorted(top)]


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(CRATE, 'target', 'summary_bench'))
    subprocess.run(['cargo', 'build', '--release', '--example', 'keypoints'], cwd=CRATE, check=True)
    exe = os.path.join(CRATE, 'target', 'release', 'examples', 'keypoints')
    systems = ('declutter', 'lead3', 'lexrank')
    for s in systems:
        os.makedirs(os.path.join(out, s), exist_ok=True)
    for fn in sorted(os.listdir(GOLD)):
        if not fn.endswith('.json'):
            continue
        doc = json.load(open(os.path.join(GOLD, fn), encoding='utf-8'))
        with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as tmp:
            tmp.write(doc['text'])
        ours = subprocess.run([exe, tmp.name, str(N), doc.get('title') or ''], capture_output=True,
                              text=True, check=True).stdout
        os.unlink(tmp.name)
        preds = {'declutter': ours.strip().split('\n'), 'lead3': doc['sentences'][:N],
                 'lexrank': lexrank(doc['sentences'], N)}
        for s in systems:
            with open(os.path.join(out, s, doc['id'] + '.txt'), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(' '.join(x.split()) for x in preds[s]) + '\n')
    print('| system | R1 | R2 | RL | RLsum | sent P | sent R | sent F1 | sents |')
    print('|---|---|---|---|---|---|---|---|---|')
    for s in systems:
        subprocess.run([sys.executable, SCORER, os.path.join(out, s), GOLD, '--name', s], check=True)


if __name__ == '__main__':
    main()
