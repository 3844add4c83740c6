"""Cost of applying a large corrections file on a corpus's first load (issue 11, item 13).

Builds a synthetic store (`make_store.py`, no spaCy) of N articles in a temporary folder, loads
it, makes K corrections that name statements and stances (reassign the speaker, not a statement,
correct a stance; the kinds an analyst makes by the hundred) plus a few actor-wide ones (merge,
not an actor), and times `apply_with_report`. Prints the time per record: corrections are found
through an index by article, so it should not grow with the corpus.

    .venv/bin/python benchmarks/corrections_bench.py --articles 2000 --corrections 1000
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_store  # noqa: E402
from analysis import corrections as cx  # noqa: E402
from analysis.store import Store  # noqa: E402


def corrections_for(corpus, k: int, rng: random.Random) -> list[cx.Correction]:
    statements = corpus.statements.sample(n=min(k, len(corpus.statements)), random_state=1)
    stances = corpus.stances.sample(n=min(k, len(corpus.stances)), random_state=2)
    names = list(corpus.actors["name"])
    out = []
    for n in range(k):
        kind = n % 3
        if kind == 0:
            out.append(cx.new_correction("reassign_speaker", {"statement": cx.statement_key(statements.iloc[n % len(statements)]),
                                                              "speaker": rng.choice(names)}, who="bench"))
        elif kind == 1:
            out.append(cx.new_correction("not_statement", {"statement": cx.statement_key(statements.iloc[n % len(statements)])},
                                         who="bench"))
        else:
            out.append(cx.new_correction("set_stance", {"stance": cx.stance_key(stances.iloc[n % len(stances)]),
                                                        "polarity": "negative"}, who="bench"))
    out.append(cx.new_correction("merge_actors", {"names": names[-2:], "into": names[-2]}, who="bench"))
    out.append(cx.new_correction("not_actor", {"actor": names[-3]}, who="bench"))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corrections", type=int, default=1000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="actorlens-corr-") as tmp:
        make_store.main([str(args.articles), str(Path(tmp) / "store")])
        corpus = Store(Path(tmp) / "store").load()
    records = corrections_for(corpus, args.corrections, random.Random(1))
    t0 = time.perf_counter()
    report = cx.apply_with_report(corpus, records)
    elapsed = time.perf_counter() - t0
    print(f"{len(records)} corrections on {len(corpus.articles):,} articles ({len(corpus.statements):,} statements, "
          f"{len(corpus.stances):,} stances): {elapsed:.2f} s, {1000 * elapsed / len(records):.2f} ms a record; "
          f"{len(report.applied)} applied, {len(report.stale)} stale, {len(report.failed)} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
