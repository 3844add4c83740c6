"""Stance figures: NewsMTSC target sentiment, directed who-blames-whom and end-to-end speaker -> actor
stance on the hand-written passages and the seed, scored by the shared scorer.

    .venv/bin/python benchmarks/eval_stance.py /work/shared/eval [--splits newsmtsc:rw_test,passages:dev,seed:seed,...]

For each split it writes the scorer's input file, runs `python -m analysis stance` on it in-process
(one model load) and prints the scorer's headline JSON. Nothing from the eval folder is copied into
the project; files go to a temporary folder.
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import stance  # noqa: E402
from analysis.pipeline import load_nlp  # noqa: E402

DEFAULT_SPLITS = ["newsmtsc:rw_dev", "newsmtsc:rw_test", "newsmtsc:mt_dev", "newsmtsc:mt_test",
                  "directed:dev", "directed:test", "passages:dev", "seed:seed"]


def run_articles(score_py: Path, kind: str, split: str, nlp, tmp: Path) -> dict:
    """Whole articles through the analysis (`analyze` CLI output), scored by `score.py passages|seed`."""
    from analysis import corpus, loading

    inp, pred = tmp / f"{kind}_{split}.in.jsonl", tmp / f"{kind}_{split}.pred.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, str(score_py), "input", kind] + ([split] if kind != "seed" else []),
                       stdout=fh, check=True)
    t0 = time.perf_counter()
    result = corpus.analyze_corpus(loading.load_paths([str(inp)]).articles, [], nlp=nlp)
    with open(pred, "w", encoding="utf-8") as out:
        for record in corpus.article_records(result):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - t0
    res = subprocess.run([sys.executable, str(score_py), kind] + ([split] if kind != "seed" else []) + [str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    headline = json.loads(res.stdout.strip().splitlines()[-1])
    headline["seconds"] = round(seconds, 1)
    return headline


def run_split(score_py: Path, kind: str, split: str, nlp, tmp: Path) -> dict:
    if kind in ("passages", "seed"):
        return run_articles(score_py, kind, split, nlp, tmp)
    inp, pred = tmp / f"{kind}_{split}.in.jsonl", tmp / f"{kind}_{split}.pred.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, str(score_py), "input", kind, split], stdout=fh, check=True)
    t0 = time.perf_counter()
    err = io.StringIO()
    with open(pred, "w", encoding="utf-8") as out:
        stance.run_cli(str(inp), out, err, nlp=nlp)
    seconds = time.perf_counter() - t0
    res = subprocess.run([sys.executable, str(score_py), kind, split, str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    headline = json.loads(res.stdout.strip().splitlines()[-1])
    headline["seconds"] = round(seconds, 1)
    return headline


def overhead(paths: list[str], repeat: int, nlp) -> dict:
    """Time of `find_stances` relative to the rest of the analysis (parse + actors + quotes + speakers)."""
    from analysis import actors, loading, quotes, speakers
    from analysis.settings import SEED_DIR

    articles = loading.load_paths(paths or [str(SEED_DIR)]).articles * repeat
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    t_parse = time.perf_counter() - t0
    t_rules = t_stance = 0.0
    n_stances = 0
    for doc, a in zip(docs, articles):
        t1 = time.perf_counter()
        mentions, found = actors.find_actors(doc, a.id)
        statements = quotes.find_statements(doc, a.id)
        speakers.resolve_speakers(doc, statements, mentions, found)
        statements = quotes.drop_unheld_positions(statements)
        t2 = time.perf_counter()
        n_stances += len(stance.find_stances(doc, a.id, statements, mentions, found))
        t_stance += time.perf_counter() - t2
        t_rules += t2 - t1
    base = t_parse + t_rules
    return {"articles": len(articles), "words": sum(len(a.text.split()) for a in articles),
            "parse_s": round(t_parse, 2), "other_rules_s": round(t_rules, 2), "stance_s": round(t_stance, 2),
            "stances": n_stances, "stance_overhead_pct": round(100 * t_stance / base, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("eval_dir", type=Path, nargs="?", help="the shared eval folder (holds score.py)")
    ap.add_argument("--splits", default=",".join(DEFAULT_SPLITS))
    ap.add_argument("--overhead", nargs="*", metavar="CORPUS", help="measure stance overhead on a corpus (default: seeds)")
    ap.add_argument("--repeat", type=int, default=20, help="repeat the overhead corpus this many times")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    if args.overhead is not None:
        warm = nlp("Warm-up: the good news.")
        stance.find_stances(warm, "w", [], [])
        stance.read_target(warm, (0, 4))  # loads VADER and the model weights once, as a corpus run does
        print(json.dumps(overhead(args.overhead, args.repeat, nlp)))
        return 0
    if args.eval_dir is None:
        ap.error("eval_dir is required unless --overhead is given")
    with tempfile.TemporaryDirectory() as tmp:
        for item in args.splits.split(","):
            kind, split = item.split(":")
            print(json.dumps(run_split(args.eval_dir / "score.py", kind, split, nlp, Path(tmp))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
