"""Train the target-sentiment model in `analysis/lexicons/target_sentiment.json`.

A multinomial logistic regression (numpy, full-batch Adam, L2) over `analysis.stance.features`,
trained ONLY on NewsMTSC `train` (MIT licence). Dev splits (`rw_dev`, `mt_dev`) choose the L2
strength and the neutral margin. Deterministic: fixed order, no sampling.

    .venv/bin/python training/train_target_sentiment.py /work/shared/eval/newsmtsc
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import stance  # noqa: E402
from analysis.pipeline import load_nlp  # noqa: E402

LABELS = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC polarity → class index (neg, neu, pos)


def read_split(folder: Path, split: str):
    path = folder / (f"{split}.jsonl.gz" if split == "train" else f"{split}.jsonl")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield rec["sentence_normalized"], [((t["from"], t["to"]), LABELS[float(t["polarity"])])
                                               for t in rec["targets"]]


def featurize(nlp, folder: Path, split: str):
    recs = list(read_split(folder, split))
    X, y = [], []
    for doc, (_, targets) in zip(nlp.pipe((r[0] for r in recs), batch_size=256), recs):
        for span, label in targets:
            f, _ = stance.features(stance.make_context(doc, span))
            X.append(f)
            y.append(label)
    return X, np.array(y)


def to_matrix(X, vocab):
    rows, cols, vals = [], [], []
    for r, f in enumerate(X):
        for k, v in f.items():
            j = vocab.get(k)
            if j is not None and v:
                rows.append(r)
                cols.append(j)
                vals.append(v)
    return np.array(rows), np.array(cols), np.array(vals, dtype=np.float64), len(X)


def logits(m, W, b):
    rows, cols, vals, n = m
    z = np.tile(b, (n, 1))
    np.add.at(z, rows, vals[:, None] * W[cols])
    return z


def train(m, y, n_feat, l2, epochs=400, lr=0.05):
    W = np.zeros((n_feat, 3))
    b = np.zeros(3)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros(3), np.zeros(3)
    rows, cols, vals, n = m
    Y = np.eye(3)[y]
    for t in range(1, epochs + 1):
        z = logits(m, W, b)
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g = (p - Y) / n
        gW = np.zeros_like(W)
        np.add.at(gW, cols, vals[:, None] * g[rows])
        gW += l2 * W
        gb = g.sum(0)
        for P, G, M, V in ((W, gW, mW, vW), (b, gb, mb, vb)):
            M *= 0.9
            M += 0.1 * G
            V *= 0.999
            V += 0.001 * G * G
            P -= lr * (M / (1 - 0.9 ** t)) / (np.sqrt(V / (1 - 0.999 ** t)) + 1e-8)
    return W, b


def probs(m, W, b):
    z = logits(m, W, b)
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def decide(p, margin):
    best = np.where(p[:, 0] >= p[:, 2], 0, 2)
    return np.where(p[np.arange(len(p)), best] > p[:, 1] + margin, best, 1)


def macro_f1(y, pred):
    f1s = []
    for c in range(3):
        tp = np.sum((y == c) & (pred == c))
        fp = np.sum((y != c) & (pred == c))
        fn = np.sum((y == c) & (pred != c))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("newsmtsc", type=Path, help="folder with train.jsonl.gz, rw_dev.jsonl, mt_dev.jsonl")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", type=Path, default=stance.MODEL_PATH)
    args = ap.parse_args(argv)
    nlp = load_nlp()
    Xtr, ytr = featurize(nlp, args.newsmtsc, "train")
    devs = {s: featurize(nlp, args.newsmtsc, s) for s in ("rw_dev", "mt_dev")}
    counts: dict[str, int] = {}
    for f in Xtr:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    vocab = {k: i for i, k in enumerate(sorted(k for k, c in counts.items() if c >= args.min_count))}
    mtr = to_matrix(Xtr, vocab)
    mdev = {s: (to_matrix(X, vocab), y) for s, (X, y) in devs.items()}
    best = None
    for l2 in (3e-3, 6e-3, 1e-2):
        W, b = train(mtr, ytr, len(vocab), l2)
        for margin in (-0.1, -0.05, 0.0, 0.05, 0.1):
            scores = {s: macro_f1(y, decide(probs(m, W, b), margin)) for s, (m, y) in mdev.items()}
            mean = (scores["rw_dev"] * 2 + scores["mt_dev"]) / 3
            print(f"l2={l2} margin={margin} " + " ".join(f"{s}={v:.3f}" for s, v in scores.items()), flush=True)
            if best is None or mean > best[0]:
                best = (mean, l2, margin, W, b)
    _, l2, margin, W, b = best
    print(f"chosen l2={l2} margin={margin}")
    names = sorted(vocab, key=vocab.get)
    weights = {k: [round(float(x), 4) for x in W[vocab[k]]] for k in names if np.abs(W[vocab[k]]).max() >= 5e-3}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "about": "Target sentiment LR trained by training/train_target_sentiment.py on NewsMTSC train (MIT).",
        "classes": [-1, 0, 1], "l2": l2, "margin": margin,
        "bias": [round(float(x), 4) for x in b], "weights": weights}, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
