"""Ingest: first ingest vs. re-ingest of the unchanged corpus, and peak memory.

    .venv/bin/python benchmarks/ingest_bench.py [CORPUS_PATH] [--copies 50] [--workers 1]

Without CORPUS_PATH the seed corpus is written `--copies` times (numbered suffix) as .txt files
into a temporary folder, so loading from disk is part of both runs, as for
`python -m analysis ingest`. Each run is `ingest.ingest` with default settings into a fresh
temporary store; the second run finds every article in the store and analyses none. Peak RSS
is sampled over this process and its children. Target (issue 4): re-ingest <= 5 % of the first.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import PeakRSS, seed_copies  # noqa: E402

from analysis.ingest import ingest  # noqa: E402
from analysis.store import Store  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="?")
    p.add_argument("--copies", type=int, default=50)
    p.add_argument("--workers", type=int, default=1)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else Path(tmp) / "corpus"
        if not args.corpus:
            corpus.mkdir()
            for a in seed_copies(args.copies):
                (corpus / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
        store = Store(Path(tmp) / "store")
        figures = []
        for label in ("first ingest", "re-ingest (unchanged)"):
            with PeakRSS() as rss:
                t0 = time.perf_counter()
                summary = ingest([corpus], store, workers=args.workers)
                dt = time.perf_counter() - t0
            figures.append(dt)
            print(f"{label:<24} {dt:8.2f} s  new {summary.new:5d}  unchanged {summary.unchanged:5d}  "
                  f"peak RSS {rss.peak / 2**20:6.0f} MB", flush=True)
        print(f"re-ingest / first        {figures[1] / figures[0] * 100:.1f} %  (target <= 5 %)")
        st = store.stats()
        print(f"store: {st.articles} articles, {st.batches} batches, {st.bytes / 2**20:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
