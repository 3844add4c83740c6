"""The query layer's cost on a generated store: opening it, each page's query, process memory.

    .venv/bin/python benchmarks/warehouse_bench.py [--articles 10000] [--store DIR]

Builds the store with `benchmarks/make_store.py` when DIR holds none (default
/tmp/actorlens-bench-store-N), opens `analysis.warehouse.Warehouse` on it in this process (no
Streamlit, no pandas copy of the store) and runs what each page asks, twice: the first call
reads the Parquet footers it needs, the second is what a page sees on a filter change. Prints
wall and CPU seconds of each, the process RSS after opening and at the end, and the peak.
Targets (issue 13): opening < 2 s, every query < 0.5 s CPU, RSS < 1.5 GB. Asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OPEN_TARGET_S, QUERY_TARGET_S, RSS_TARGET_MB = 2.0, 0.5, 1536


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn):
    c0, t0 = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0, time.process_time() - c0


def verdict(cpu: float, target: float) -> str:
    return "ok" if cpu < target else "MISS"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--store", type=Path)
    args = p.parse_args(argv)
    store_dir = args.store or Path(f"/tmp/actorlens-bench-store-{args.articles}")
    if not (store_dir / "STORE.json").exists():
        print(f"generating {args.articles:,} articles into {store_dir} …", flush=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_store.py"), str(args.articles),
                        str(store_dir), "--no-load"], check=True)

    from analysis import network, query
    from analysis.store import Store
    from analysis.warehouse import Warehouse

    rss_start = rss_mb()
    store = Store(store_dir)
    w, wall, cpu = timed(lambda: Warehouse(store, corrections=[]))
    rss_open = rss_mb()
    counts = w.overview_counts()
    print(f"store {store_dir}: {counts['articles']:,} articles, {counts['statements']:,} statements, "
          f"{counts['actors']:,} actors")
    print(f"open: {wall:.2f} s wall, {cpu:.2f} s CPU ({verdict(cpu, OPEN_TARGET_S)}; target < {OPEN_TARGET_S:g} s); "
          f"RSS {rss_start:.0f} MB before, {rss_open:.0f} MB after")

    since = query.CorpusFilters(date_from=dt.date(2024, 1, 1))
    outlet = query.CorpusFilters(sources=(w.sources()[0],)) if w.sources() else query.CorpusFilters()
    top = w.top_actors(6)["actor"].tolist()
    speaker = w.top_speakers(1)["speaker"].tolist()
    pair = w.stance_matrix(min_confidence=0.5).sort_values("count", ascending=False).iloc[0]
    conf = network.DEFAULT_MIN_CONFIDENCE
    queries = [
        ("Overview: counts", lambda: w.overview_counts()),
        ("Overview: counts, date from 2024", lambda: w.overview_counts(since)),
        ("Overview: top 10 speakers", lambda: w.top_speakers(10)),
        ("Articles: page 1 (50), newest first", lambda: w.articles(descending=True)),
        ("Articles: page 40, one outlet", lambda: w.articles(outlet, offset=2000)),
        ("Articles: one article", lambda: w.article(w.articles(limit=1).rows["id"].iloc[0])),
        ("Who said what: page 1, by date", lambda: w.statements(min_confidence=conf)),
        ("Who said what: top speaker", lambda: w.statements(speakers=speaker, min_confidence=conf)),
        ("Who said what: kind = direct", lambda: w.statements(kinds=["direct"], min_confidence=conf)),
        ("Who said what: search 'sanctions'", lambda: w.statements(search="sanctions", min_confidence=conf)),
        ("Who said what: sorted by stance", lambda: w.statements(sort="stance", min_confidence=conf)),
        ("Who said what: page 100, date from 2024", lambda: w.statements(since, offset=5000, min_confidence=conf)),
        ("Relations: top 15 + edges", lambda: w.graph_parts(max_actors=15, min_confidence=conf)),
        ("Relations: top 15, date from 2024", lambda: w.graph_parts(since, max_actors=15, min_confidence=conf)),
        ("Said about: all pairs", lambda: w.stance_matrix(min_confidence=conf)),
        ("Said about: X about Y (first 1,000)", lambda: w.said_about(pair["source"], pair["target"], conf, limit=1000)),
        ("Timelines: ranks 4-6, weekly", lambda: w.actor_timeline(top[3:6], "W")),
        ("Timelines: ranks 4-6, date from 2024", lambda: w.actor_timeline(top[3:6], "W", filters=since)),
        ("Actors: profile of rank 2", lambda: w.actor_profile(top[1])),
        ("Actors: profile of rank 2, date from 2024", lambda: w.actor_profile(top[1], filters=since)),
    ]
    print()
    print(f"{'query':<44} {'first: wall/CPU s':<22} {'again: wall/CPU s':<22} rows")
    print("-" * 96)
    worst = 0.0
    for label, fn in queries:
        out, wall1, cpu1 = timed(fn)
        out, wall2, cpu2 = timed(fn)
        worst = max(worst, cpu1, cpu2)
        rows = getattr(out, "total", None)
        shown = len(out.rows) if hasattr(out, "rows") else len(out) if hasattr(out, "__len__") else 1
        print(f"{label:<44} {wall1:5.2f}/{cpu1:5.2f} {verdict(cpu1, QUERY_TARGET_S):<9} "
              f"{wall2:5.2f}/{cpu2:5.2f} {verdict(cpu2, QUERY_TARGET_S):<9} "
              f"{shown}{f' of {rows:,}' if rows is not None else ''}")
    print()
    peak = peak_rss_mb()
    print(f"worst query {worst:.2f} s CPU (target < {QUERY_TARGET_S:g} s: {verdict(worst, QUERY_TARGET_S)}); "
          f"RSS at the end {rss_mb():.0f} MB, peak {peak:.0f} MB (target < {RSS_TARGET_MB} MB: "
          f"{'ok' if peak < RSS_TARGET_MB else 'MISS'})")
    load = os.getloadavg()[0]
    print(f"load average while measuring: {load:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
