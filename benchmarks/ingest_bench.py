"""Ingest: first ingest vs. re-ingest of the unchanged corpus, where the time goes, peak memory.

    .venv/bin/python benchmarks/ingest_bench.py [CORPUS_PATH ...] [--copies 50] [--workers 1]
    .venv/bin/python benchmarks/ingest_bench.py [CORPUS_PATH ...] --store DIR [--articles 1000] [--variant V] [--new-only]

Without CORPUS_PATH the seed corpus is written `--copies` times (numbered suffix) as .txt files
into a temporary folder. Each run is `ingest.ingest_articles` with default settings; the second
run finds every article in the store and analyses none.

Without `--store` both runs go into a fresh temporary store. With `--store DIR` they go into that
existing store (e.g. the million generated articles of `benchmarks/make_store.py`, which this
changes): the first `--articles` articles of the corpus paths (filled up with numbered seed
copies when they hold fewer) are new to it, so the figures are what a daily ingest into a large
store costs. A benchmark may read evaluation data as input (for example PolNeAR's articles,
`python3 ../shared/eval/score.py input polnear train > pn.jsonl`); nothing of it is kept.

Each run prints its time split: the analysis (everything but the store), the aggregates and
cross-article linking (`Store._batch_aggregates`, including the first read of the store's name
facts and current articles), merging aggregate parts, deriving the statement index of the version
the ingest leaves (`Store._build_derived`: only the new batches' rows when the store holds the
index of an earlier version), merging row parts, publishing (row and aggregate parts written
and fsynced, manifest entries) and the store lookups (known keys, outdated articles). Peak RSS is
sampled over this process and its children. Targets (issues 4, 13): aggregates + linking < 10 %
of the analysis time; re-ingest <= 5 % of the first run.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import PeakRSS, seed_copies  # noqa: E402

from analysis import loading  # noqa: E402
from analysis.ingest import ingest_articles  # noqa: E402
from analysis.store import Store  # noqa: E402

AGGREGATE_SHARE_TARGET, REINGEST_TARGET = 0.10, 0.05


class SampledPeakRSS(PeakRSS):
    """`PeakRSS` that also counts its sampling thread's own CPU seconds (psutil over this process
    and its children, ~0.05 CPU s a wall second here), so they can be left out of the analysis's."""

    def __init__(self, interval: float = 0.25):
        super().__init__(interval)
        self.cpu = 0.0

    def _run(self):
        start = time.thread_time()
        try:
            super()._run()
        finally:
            self.cpu = time.thread_time() - start


class Timers:
    """Seconds spent in some of a store's methods (wrapped on the instance, so nothing else changes)."""

    def __init__(self, store: Store, methods: dict[str, str]):
        self.seconds = dict.fromkeys(methods, 0.0)
        self.cpu = dict.fromkeys(methods, 0.0)
        for label, name in methods.items():
            setattr(store, name, self._wrap(label, getattr(store, name)))

    def _wrap(self, label: str, fn):
        def timed(*a, **k):
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **k)
            finally:
                self.seconds[label] += time.perf_counter() - t
                self.cpu[label] += time.process_time() - c
        return timed

    def reset(self) -> None:
        self.seconds = dict.fromkeys(self.seconds, 0.0)
        self.cpu = dict.fromkeys(self.cpu, 0.0)


def corpus_articles(paths: list[str], n: int | None, copies: int, folder: Path, variant: str = ""):
    """The articles to ingest and the load errors: the corpus paths' (the first `n`), filled up
    with seed copies; without paths the seed copies as files in `folder`, loaded like any corpus."""
    if not paths:
        folder.mkdir()
        for a in seed_copies(n or copies):
            (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
        paths = [str(folder)]
    loaded = loading.load_paths(paths)
    articles = loaded.articles[:n] if n else loaded.articles
    if n and len(articles) < n:
        articles += seed_copies(n - len(articles))
    if variant:  # the same articles, each with an added line: new to a store that holds the others
        articles = [dataclasses.replace(a, id=f"{a.id}~{variant}", text=f"{a.text}\n\nUpdated ({variant}).")
                    for a in articles]
    return articles, loaded.errors


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="*")
    p.add_argument("--copies", type=int, default=50, help="seed copies without --store (default 50)")
    p.add_argument("--store", type=Path, help="an existing store to ingest into (it is changed)")
    p.add_argument("--articles", type=int, help="new articles to ingest (default 1000 with --store)")
    p.add_argument("--variant", default="", help="append 'Updated (VARIANT).' to every article (and its id), "
                   "so a corpus already ingested gives new articles")
    p.add_argument("--new-only", action="store_true", help="do not analyse again the stored articles of another "
                   "analysis fingerprint (a generated store written by older rules): only the new articles")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--engine", default="local", choices=["local", "dask"])
    args = p.parse_args(argv)
    n = args.articles or (1000 if args.store else None)
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        t0 = time.perf_counter()
        articles, errors = corpus_articles(args.corpus, n, args.copies, Path(tmp) / "corpus", args.variant)
        t_load = time.perf_counter() - t0
        words = sum(len(a.text.split()) for a in articles)
        print(f"corpus: {len(articles):,} articles, {words:,} words (loaded in {t_load:.1f} s)", flush=True)
        store = Store(args.store or Path(tmp) / "store")
        if args.store:
            if not store.marker.is_file():
                print(f"error: {args.store} holds no store", file=sys.stderr)
                return 2
            st = store.stats()
            print(f"store {args.store}: {st.articles:,} articles in {st.batches:,} batches, "
                  f"{st.bytes / 2**30:.2f} GB", flush=True)
        if args.new_only:  # stored articles count as up to date: the ingest analyses the new ones only
            stored_articles = store.stored_articles
            store.stored_articles = lambda **k: [] if k.get("outdated_only") else stored_articles(**k)
        timers = Timers(store, {"write": "write_batch", "aggregates + linking": "_batch_aggregates",
                                "merging aggregates": "_merge_aggregate_parts", "merging rows": "_merge_row_parts",
                                "derived index": "_build_derived",
                                "known keys": "known_keys", "outdated articles": "stored_articles"})
        if args.engine == "local" and args.workers <= 1:  # the model once, before the clock starts
            from analysis.pipeline import load_nlp

            t0 = time.perf_counter()
            load_nlp()
            print(f"model loaded in {time.perf_counter() - t0:.1f} s (not counted below)")
        print("wall s / CPU s of this process (with --workers > 1 or dask the analysis CPU is in the workers)")
        figures, cpu_figures = [], []
        for label in ("first ingest", "re-ingest (unchanged)"):
            timers.reset()
            with SampledPeakRSS() as rss:
                t0, c0 = time.perf_counter(), time.process_time()
                summary = ingest_articles(articles, store, errors, workers=args.workers, engine=args.engine)
                total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
            total_cpu -= rss.cpu  # the memory sampler's thread is no part of the ingest
            figures.append(total)
            cpu_figures.append(total_cpu)
            split = {}
            for x, whole in ((timers.seconds, total), (timers.cpu, total_cpu)):
                lookups = x["known keys"] + x["outdated articles"]
                split.setdefault("analysis", []).append(whole - x["write"] - lookups - x["derived index"])
                split.setdefault("aggregates + linking", []).append(x["aggregates + linking"])
                split.setdefault("merging aggregate parts", []).append(x["merging aggregates"])
                split.setdefault("derived statement index", []).append(x["derived index"])
                split.setdefault("merging row parts", []).append(x["merging rows"])
                split.setdefault("publishing", []).append(x["write"] - x["aggregates + linking"]
                                                          - x["merging aggregates"] - x["merging rows"])
                split.setdefault("store lookups", []).append(lookups)
            print(f"{label:<24} {total:8.2f} / {total_cpu:7.2f}  new {summary.new:5d}  unchanged "
                  f"{summary.unchanged:5d}  batches {summary.batches}  peak RSS {rss.peak / 2**20:6.0f} MB "
                  f"(sampling it: {rss.cpu:.1f} CPU s, left out)", flush=True)
            shown = split if summary.new else {k: split[k] for k in ("analysis", "store lookups")}
            for part, (wall, cpu) in shown.items():
                note = ""
                if part == "aggregates + linking":
                    share = [a / b if b > 0 else float("nan") for a, b in zip(split[part], split["analysis"])]
                    note = (f"{share[0] * 100:.1f} % / {share[1] * 100:.1f} % of the analysis "
                            f"(target < {AGGREGATE_SHARE_TARGET * 100:g} %)")
                elif part == "merging aggregate parts":
                    both = [(a + m) / b if b > 0 else float("nan") for a, m, b in
                            zip(split["aggregates + linking"], split[part], split["analysis"])]
                    note = f"with aggregates + linking {both[0] * 100:.1f} % / {both[1] * 100:.1f} % of the analysis"
                elif part == "derived statement index":
                    every = [(a + m + d) / b if b > 0 else float("nan") for a, m, d, b in
                             zip(split["aggregates + linking"], split["merging aggregate parts"], split[part],
                                 split["analysis"])]
                    note = (f"aggregates + linking + merging them + this: {every[0] * 100:.1f} % / "
                            f"{every[1] * 100:.1f} % of the analysis (target < {AGGREGATE_SHARE_TARGET * 100:g} %)")
                elif part == "merging row parts":
                    note = "levelled row merges (ACTORLENS_ROW_MERGE_AT), as any ingest"
                elif part == "publishing":
                    note = "row parts converted, written, fsynced; manifest entries"
                elif part == "store lookups":
                    note = (f"known keys {timers.seconds['known keys']:.2f} s, outdated articles "
                            f"{timers.seconds['outdated articles']:.2f} s (wall)")
                print(f"  {part:<24} {wall:8.2f} / {cpu:7.2f}  {note}", flush=True)
        ratio = figures[1] / figures[0]
        with_load = (figures[1] + t_load) / (figures[0] + t_load)
        print(f"re-ingest / first        {ratio * 100:.1f} %  (target <= {REINGEST_TARGET * 100:g} %: "
              f"{'ok' if ratio <= REINGEST_TARGET else 'MISS'}); {with_load * 100:.1f} % with loading the "
              f"corpus ({t_load:.1f} s) counted in both; by CPU seconds {cpu_figures[1] / cpu_figures[0] * 100:.1f} %")
        st = store.stats()
        print(f"store: {st.articles:,} articles, {st.batches:,} batches, {st.bytes / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
