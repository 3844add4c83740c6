"""Throughput: bare spaCy vs. ActorLens analysis vs. `--workers 2` vs. `--engine dask`.

    .venv/bin/python benchmarks/throughput.py [CORPUS_PATH] [--repeat N] [--copies 50] [--workers 2]

Without CORPUS_PATH the seed corpus is repeated `--copies` times, each copy with a numbered
suffix so every text (and content id) differs. All figures are on the same articles:

- bare spaCy: `nlp.pipe` over the texts with the model exactly as `spacy.load` gives it, nothing
  else (the ceiling for one process with this model);
- ActorLens parse: `nlp.pipe` with the pipeline ActorLens loads (`pipeline.load_nlp`: the same
  weights and annotations, plus the paragraph-break component, and an attribute ruler that
  finds its matches with array comparisons) over `pipeline.spacy_text` of the texts, no rules;
- analysis: `corpus.analyze_articles` + `corpus.analysis_rows` (what ingest does per article);
- ingest 1 worker / N workers / dask N workers: `ingest.ingest_articles` into a fresh temporary
  store, so process start-up, model loading in the workers and the Parquet writes are included.

The first three take turns on each slice of two batches of articles (bare, parse, analysis, then
parse, analysis, bare, ...), `--rounds` times over all articles, and each figure is the median of
its rounds: on a shared machine the load drifts within seconds, and back-to-back runs of one
figure over all articles compare different machines (0.81-1.01x across earlier runs). Their CPU
seconds are this process's (`time.process_time`), which a busy machine distorts less than wall
time; analysis / bare is printed for every round. The stock pipeline is loaded beside ActorLens's
(~20 MB more resident memory for all three figures).

Peak RSS is sampled (psutil, every 50 ms) over this process and its children. Targets (issue 4):
analysis >= 0.9x bare, N=2 workers >= 1.7x one worker, dask >= 0.85x of N workers.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from analysis import corpus as corpus_mod  # noqa: E402
from analysis import loading, settings  # noqa: E402
from analysis.ingest import ingest_articles  # noqa: E402
from analysis.pipeline import load_nlp, model_label, resolve_model_name, spacy_text  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.types import Article  # noqa: E402


class PeakRSS:
    """Peak resident memory of this process plus its children while the block runs."""

    def __init__(self, interval: float = 0.05):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()

    def _sample(self) -> int:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def seed_copies(copies: int) -> list[Article]:
    base = loading.load_paths([settings.SEED_DIR]).articles
    out = []
    for i in range(copies):
        for a in base:
            text = f"{a.text}\n\nCopy {i}."
            out.append(Article(id=f"{a.id}-{i}", text=text, title=a.title, date=a.date, path=f"{a.path}#{i}"))
    return out


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (workers included once reaped)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measure(label: str, fn, words: int, repeat: int) -> dict:
    best, peak, cpu = None, 0, 0.0
    for _ in range(repeat):
        with PeakRSS() as rss:
            t0, c0 = time.perf_counter(), cpu_seconds()
            fn()
            dt, dc = time.perf_counter() - t0, cpu_seconds() - c0
        if best is None or dt < best:
            best, cpu = dt, dc
        peak = max(peak, rss.peak)
    row = {"label": label, "seconds": best, "words_per_s": words / best, "peak_rss_mb": peak / 2**20,
           "cpu_s": cpu}
    print(f"{label:<26} {best:8.2f} s {row['words_per_s']:10.0f} words/s   CPU {cpu:7.1f} s   "
          f"peak RSS {row['peak_rss_mb']:7.0f} MB", flush=True)
    return row


def interleaved(runs: dict, articles: list[Article], chunk: int, words: int, rounds: int) -> list[dict]:
    """Each of `runs` (label -> fn(articles)) over the same `chunk` articles in turn, chunk after
    chunk (the order rotating), so the load of a shared machine, which drifts within seconds, weighs
    on every figure alike; `rounds` times over all articles. The median wall and CPU seconds of each
    over the rounds, its peak RSS over all of them, and the CPU seconds of every round."""
    labels = list(runs)
    seconds = {k: [] for k in runs}
    cpu = {k: [] for k in runs}
    peak = dict.fromkeys(runs, 0)
    for r in range(rounds):
        wall_sum, cpu_sum = dict.fromkeys(runs, 0.0), dict.fromkeys(runs, 0.0)
        for n, start in enumerate(range(0, len(articles), chunk)):
            part = articles[start:start + chunk]
            for label in labels[n % len(labels):] + labels[:n % len(labels)]:
                with PeakRSS() as rss:
                    t0, c0 = time.perf_counter(), time.process_time()
                    runs[label](part)
                    wall_sum[label] += time.perf_counter() - t0
                    cpu_sum[label] += time.process_time() - c0
                peak[label] = max(peak[label], rss.peak)
        for label in runs:
            seconds[label].append(wall_sum[label])
            cpu[label].append(cpu_sum[label])
        print(f"round {r + 1}: CPU s " + "  ".join(f"{k} {v[-1]:.1f}" for k, v in cpu.items()), flush=True)
    rows = []
    for label in runs:
        wall = statistics.median(seconds[label])
        row = {"label": label, "seconds": wall, "words_per_s": words / wall, "peak_rss_mb": peak[label] / 2**20,
               "cpu_s": statistics.median(cpu[label]), "cpu_rounds": cpu[label]}
        print(f"{label:<26} {wall:8.2f} s {row['words_per_s']:10.0f} words/s   CPU {row['cpu_s']:7.1f} s   "
              f"peak RSS {row['peak_rss_mb']:7.0f} MB   (medians of {rounds})", flush=True)
        rows.append(row)
    return rows


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="?", help="files or folder (default: the seed corpus repeated)")
    p.add_argument("--copies", type=int, default=50)
    p.add_argument("--repeat", type=int, default=1, help="runs per ingest figure; the best is kept")
    p.add_argument("--rounds", type=int, default=3,
                   help="rounds of bare spaCy, ActorLens parse and analysis taking turns; medians are kept")
    p.add_argument("--skip-ingest", action="store_true", help="only bare spaCy, ActorLens parse and analysis")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--skip-dask", action="store_true")
    args = p.parse_args(argv)

    articles = loading.load_paths([args.corpus]).articles if args.corpus else seed_copies(args.copies)
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp()
    import spacy

    stock = spacy.load(resolve_model_name())  # its own vocabulary: parsing with a shared one measured up to 14 % slower
    batch = settings.get_int("ACTORLENS_BATCH_SIZE")
    print(f"{len(articles)} articles, {words} words; model {model_label(nlp)}; nlp.pipe batch {batch}; "
          f"{psutil.cpu_count()} CPUs", flush=True)
    texts = [a.text for a in articles]
    for x in corpus_mod.analyze_articles(articles[:1], nlp, batch_size=batch):
        corpus_mod.analysis_rows(x)  # one-time loads (lexicons, place tables), like the model's, not timed
    print(f"resident after loading the model and the tables: {psutil.Process().memory_info().rss / 2**20:.0f} MB",
          flush=True)

    for _ in stock.pipe(texts[:1]):
        pass

    def bare(part):
        for _ in stock.pipe([a.text for a in part], batch_size=batch):
            pass

    def parse(part):
        for _ in nlp.pipe([spacy_text(a.text) for a in part], batch_size=batch):
            pass

    def analysis(part):
        for x in corpus_mod.analyze_articles(part, nlp, batch_size=batch):
            corpus_mod.analysis_rows(x)

    def ingest(**kw):
        def run():
            with tempfile.TemporaryDirectory() as d:
                s = ingest_articles(articles, Store(Path(d) / "store"), **kw)
                assert s.new == len(articles), s.lines()
        return run

    rows = interleaved({"bare spaCy nlp.pipe": bare, "ActorLens parse": parse, "analysis (1 process)": analysis},
                       articles, 2 * batch, words, args.rounds)
    if not args.skip_ingest:
        rows += [measure("ingest --workers 1", ingest(workers=1), words, args.repeat),
                 measure(f"ingest --workers {args.workers}", ingest(workers=args.workers), words, args.repeat)]
    if not (args.skip_dask or args.skip_ingest):
        rows.append(measure(f"ingest --engine dask ({args.workers})", ingest(engine="dask", workers=args.workers),
                            words, args.repeat))
    print(f"load average (1 min) {psutil.getloadavg()[0]:.1f} on {psutil.cpu_count()} CPUs: "
          "figures from a busy machine understate the parallel speed-ups")
    r = {x["label"]: x["words_per_s"] for x in rows}
    cpu = {x["label"]: x["cpu_s"] for x in rows}
    by_round = [b / a for b, a in zip(rows[0]["cpu_rounds"], rows[2]["cpu_rounds"])]
    print(f"analysis / bare            {cpu['bare spaCy nlp.pipe'] / cpu['analysis (1 process)']:.2f}x by CPU seconds "
          f"(target >= 0.9; rounds {' '.join(f'{x:.2f}' for x in by_round)}; by wall time "
          f"{r['analysis (1 process)'] / r['bare spaCy nlp.pipe']:.2f}x)")
    print(f"analysis / ActorLens parse {cpu['ActorLens parse'] / cpu['analysis (1 process)']:.2f}x by CPU seconds "
          "(what the rules and rows cost on top of ActorLens's own parse)")
    if args.skip_ingest:
        return 0
    one, many = r["ingest --workers 1"], r[f"ingest --workers {args.workers}"]
    print(f"workers {args.workers} / workers 1       {many / one:.2f}x  (target >= 1.7 for 2)")
    if not args.skip_dask:
        print(f"dask / workers {args.workers}           {r[f'ingest --engine dask ({args.workers})'] / many:.2f}x  "
              "(target >= 0.85)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
