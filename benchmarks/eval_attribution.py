"""Who-said-what quality: the seed and PolNeAR dev/test, scored by the evaluation kit's `score.py`.

    .venv/bin/python benchmarks/eval_attribution.py PATH/TO/shared/eval [--splits seed,dev,test]

For each benchmark it writes the kit's input file, runs `python -m analysis analyze --format jsonl`
on it, scores the output with `score.py` and prints the headline figures (the full JSON lines and
the seed's misses are printed too). Nothing from the kit is copied into the project: the files go
to a temporary directory. Targets (issue 2): seed F1 >= 0.90; PolNeAR dev quoted F1 >= 0.80 and
all-attribution F1 >= 0.55.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str], out: Path | None = None) -> str:
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{res.stderr[-2000:]}")
    if out is not None:
        out.write_text(res.stdout, encoding="utf-8")
    return res.stdout


def evaluate(score: Path, kind: str, split: str | None, tmp: Path) -> dict:
    name = f"{kind}_{split}" if split else kind
    inp, pred = tmp / f"{name}_in.jsonl", tmp / f"{name}_pred.jsonl"
    run([sys.executable, str(score), "input", kind] + ([split] if split else []), inp)
    t0 = time.perf_counter()
    run([sys.executable, "-m", "analysis", "analyze", str(inp), "--format", "jsonl"], pred)
    seconds = time.perf_counter() - t0
    printed = run([sys.executable, str(score), kind] + ([split] if split else []) + [str(pred)])
    lines = printed.strip().splitlines()
    for line in lines[:-1]:
        print("   ", line)
    result = json.loads(lines[-1])
    result["seconds"] = round(seconds, 1)
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", type=Path, help="the evaluation kit folder holding score.py")
    ap.add_argument("--splits", default="seed,dev,test", help="comma-separated: seed, dev, test")
    args = ap.parse_args(argv)
    score = args.eval_dir / "score.py"
    if not score.exists():
        raise SystemExit(f"{score}: not found (give the folder that holds score.py)")
    with tempfile.TemporaryDirectory() as tmp:
        for split in args.splits.split(","):
            split = split.strip()
            if split == "seed":
                r = evaluate(score, "seed", None, Path(tmp))
                print(f"seed            F1 {r['f1']:.3f}  (P {r['p']:.3f} R {r['r']:.3f}; "
                      f"{r['attributed']}/{r['gold_quotes']} attributed, {r['false_direct']} false direct)")
            elif split in ("dev", "test", "train"):
                r = evaluate(score, "polnear", split, Path(tmp))
                q, a = r["quoted"], r["all"]
                print(f"polnear {split:<6}  quoted F1 {q['f1']:.3f} (P {q['p']:.3f} R {q['r']:.3f}, "
                      f"speaker acc {q['speaker_acc']:.3f})   all F1 {a['f1']:.3f} "
                      f"(P {a['p']:.3f} R {a['r']:.3f})   {r['seconds']} s")
            else:
                raise SystemExit(f"unknown split {split!r}")
            print("   ", json.dumps(r))


if __name__ == "__main__":
    main()
