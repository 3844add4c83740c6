"""Pathological texts (issue 11, items 3-5): analysis time and peak memory next to normal prose.

    .venv/bin/python benchmarks/pathological.py [--cases NAME ...] [--max-chars N]

Each case runs in a fresh process (so its peak RSS is its own): the model is loaded first, then
`corpus.analyze_corpus` analyses the pathological article, and, in another fresh process, normal
prose of the same length (the seed article repeated). The 1.5M-character article is prose
itself; its baseline is the same text as articles of the seed's length. Figures are CPU seconds
of the analysis (wall seconds beside them) and the process's peak RSS, model included.
Targets: time within 3x of the prose, peak RSS under 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUOTE = "\u201c"
CASES = {
    "quotes-2k": lambda: QUOTE * 2_000,
    "quotes-20k": lambda: QUOTE * 20_000,
    "quotes-200k": lambda: QUOTE * 200_000,
    "guillemets-750KB": lambda: "\u00ab" * 375_000,  # 2 bytes each in UTF-8
    "guillemets-spaced-750KB": lambda: "\u00ab " * 250_000,
    "quotes-spaced-letters-500k": lambda: ((QUOTE + " ") * 450 + "a ") * 555,  # escapes the blanking
    "article-1.5M": None,  # prose, see `_texts`
}
TARGET_RATIO, TARGET_RSS_MB = 3.0, 1536


def _seed_text() -> str:
    from analysis import loading, settings

    return loading.load_paths([settings.SEED_DIR]).articles[0].text


def _prose(n_chars: int) -> str:
    seed = _seed_text()
    copies = []
    total, i = 0, 0
    while total < n_chars:
        part = f"{seed}\n\nPart {i}.\n\n"
        copies.append(part)
        total += len(part)
        i += 1
    return "".join(copies)[:n_chars]


def _texts(case: str, kind: str, max_chars: int) -> list[str]:
    """The article texts of one run: `kind` is "attack" or "prose"."""
    if case == "article-1.5M":
        text = _prose(min(1_500_000, max_chars))
        if kind == "attack":
            return [text]
        size = len(_seed_text())
        return [text[i:i + size] for i in range(0, len(text), size)]
    attack = CASES[case]()[:max_chars]
    if kind == "attack":
        return [attack]
    return [_prose(len(attack))]


def run_one(case: str, kind: str, max_chars: int) -> dict:
    from analysis import corpus as corpus_mod
    from analysis.pipeline import load_nlp
    from analysis.types import Article

    nlp = load_nlp()
    texts = _texts(case, kind, max_chars)
    articles = [Article(f"{kind}-{i}", t, path=f"{case}-{i}.txt") for i, t in enumerate(texts)]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0, wall0 = usage.ru_utime + usage.ru_stime, time.perf_counter()
    result = corpus_mod.analyze_corpus(articles, [], nlp)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"case": case, "kind": kind, "chars": sum(map(len, texts)), "articles": len(texts),
            "cpu": usage.ru_utime + usage.ru_stime - cpu0, "wall": time.perf_counter() - wall0,
            "rss_mb": usage.ru_maxrss / 1024, "statements": len(result.statements),
            "errors": len(result.errors)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--max-chars", type=int, default=2_000_000, help="cut every text to this length")
    parser.add_argument("--one", nargs=2, metavar=("CASE", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one, args.max_chars)))
        return 0
    print(f"{'case':26s} {'chars':>10s} {'attack CPU s':>12s} {'prose CPU s':>11s} {'ratio':>6s} "
          f"{'attack RSS':>10s} {'prose RSS':>9s}  errors  verdict", flush=True)
    ok = True
    for case in args.cases:
        runs = {}
        for kind in ("attack", "prose"):
            out = subprocess.run([sys.executable, __file__, "--one", case, kind, "--max-chars", str(args.max_chars)],
                                 capture_output=True, text=True, check=True)
            runs[kind] = json.loads(out.stdout.strip().splitlines()[-1])
        a, p = runs["attack"], runs["prose"]
        ratio = a["cpu"] / max(p["cpu"], 1e-9)
        good = ratio <= TARGET_RATIO and max(a["rss_mb"], p["rss_mb"]) < TARGET_RSS_MB
        ok &= good
        print(f"{case:26s} {a['chars']:>10,d} {a['cpu']:>8.1f} ({a['wall']:.0f}) {p['cpu']:>7.1f} ({p['wall']:.0f}) "
              f"{ratio:>6.2f} {a['rss_mb']:>7.0f} MB {p['rss_mb']:>6.0f} MB  {a['errors']:>6d}  "
              f"{'ok' if good else 'MISSED'}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
