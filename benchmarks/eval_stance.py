"""Stance figures: NewsMTSC target sentiment and directed who-blames-whom, scored by the shared scorer.

    .venv/bin/python benchmarks/eval_stance.py /work/shared/eval [--splits rw_dev,rw_test,...]

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
                  "directed:dev", "directed:test"]


def run_split(score_py: Path, kind: str, split: str, nlp, tmp: Path) -> dict:
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("eval_dir", type=Path, help="the shared eval folder (holds score.py)")
    ap.add_argument("--splits", default=",".join(DEFAULT_SPLITS))
    args = ap.parse_args(argv)
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        for item in args.splits.split(","):
            kind, split = item.split(":")
            print(json.dumps(run_split(args.eval_dir / "score.py", kind, split, nlp, Path(tmp))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
