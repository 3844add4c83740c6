"""Ingest: load articles, analyse only what the store lacks, write the rows in atomic batches.

Used by `python -m analysis ingest` and by the dashboard's upload (with an `on_progress`
callback). The engines run the same per-article analysis (`corpus.analyze_articles` +
`corpus.analysis_rows`):

- `local`: one process, or spaCy `n_process=N` workers; the rows are reduced in this process.
- `dask`: partitions of `batch_size` articles are analysed on a Dask cluster (a LocalCluster
  when no scheduler address is given); each worker process loads the model once
  (`pipeline.load_nlp` is cached per process) and returns rows, which this process publishes as
  one store batch per partition. Workers therefore need the ActorLens package and the model, but
  no access to the store folder.
- `isolated` (the dashboard): `worker.analyse_isolated`, one worker process with a time limit per
  article, so a slow upload never holds up the server.
"""
from __future__ import annotations

import logging
import math
import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from . import corpus as corpus_mod
from . import settings
from .store import Store, article_key
from .types import Article, LoadError

DEFAULT_BATCH_SIZE = 128
"""Articles per store batch (and per Dask partition): few files, bounded memory."""

ProgressCallback = Callable[[int, int], None]


@dataclass
class IngestSummary:
    loaded: int = 0  # articles loaded from the input
    new: int = 0  # analysed and written in this run
    outdated: int = 0  # of `new`, stored articles analysed again because their analysis is outdated
    unchanged: int = 0  # already in the store under the same key: not analysed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, reason): load and analysis
    notes: list[tuple[str, str]] = field(default_factory=list)  # e.g. duplicates loaded once
    batches: int = 0
    seconds: float = 0.0
    store: str = ""

    @property
    def ok(self) -> bool:
        """Something was ingested (or was already there): the CLI exits 0."""
        return self.new + self.unchanged > 0

    def lines(self) -> list[str]:
        rate = self.new / self.seconds if self.seconds else 0.0
        out = [f"{self.new} new, {self.unchanged} unchanged, {len(self.failed)} failed "
               f"({self.batches} batches, {self.seconds:.1f} s, {rate:.1f} articles/s) -> {self.store}"]
        if self.outdated:
            out.append(f"re-analysed {self.outdated} outdated article{'s' if self.outdated != 1 else ''} "
                       "(the rules, lexicons, model or an output setting changed since they were stored)")
        out += [f"failed: {where}: {reason}" for where, reason in self.failed]
        out += [f"note: {where}: {reason}" for where, reason in self.notes]
        return out


@dataclass
class _Result:
    article: Article
    rows: dict[str, list[dict]] | None
    error: str = ""


def article_rows(analysis) -> dict[str, list[dict]]:
    """`corpus.analysis_rows` plus the article id on actor rows, which the store needs."""
    rows = corpus_mod.analysis_rows(analysis)
    for r in rows["actors"]:
        r["article_id"] = analysis.article.id
    return rows


def _analyse(articles: Sequence[Article], nlp, *, n_process: int = 1, metonyms: bool | None = None,
             pipe_batch: int | None = None) -> Iterator[_Result]:
    """One result per article in input order; an article whose analysis fails (or is refused) is
    reported as that article's error, and the others of its spaCy batch are analysed."""
    failed: deque[_Result] = deque()

    def on_error(article: Article, exc: Exception) -> None:
        failed.append(_Result(article, None, corpus_mod.failure_reason(exc)))

    for analysis in corpus_mod.analyze_articles(articles, nlp, metonyms=metonyms, batch_size=pipe_batch,
                                                n_process=n_process, on_error=on_error):
        while failed:
            yield failed.popleft()
        yield _Result(analysis.article, article_rows(analysis))
    yield from failed


def analyse_partition(articles: list[Article], model: str, metonyms: bool, pipe_batch: int) -> list[_Result]:
    """The Dask task: analyse one partition in a worker; the model is loaded once per process."""
    from .pipeline import load_nlp

    nlp = load_nlp(model or None)
    return list(_analyse(articles, nlp, metonyms=metonyms, pipe_batch=pipe_batch))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _partitions(todo: Sequence[Article], batch_size: int, slots: int) -> list[Sequence[Article]]:
    """At most `batch_size` articles, and ~4 partitions per worker so none idles at the end."""
    size = max(1, min(batch_size, math.ceil(len(todo) / (4 * max(1, slots)))))
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def _local_engine(todo, *, workers, batch_size, model, metonyms, pipe_batch, **_) -> Iterator[list[_Result]]:
    """One process, or a pool of `workers` processes that each parse and analyse whole partitions.

    A pool rather than spaCy `n_process`: with `n_process` only the parsing runs in the children
    and the rule-based analysis of every Doc stays in this process, which caps the speed-up
    (measured 0.8x with 2 workers on 2 cores, see benchmarks/throughput.py). At most two
    partitions per worker are in flight, so memory stays bounded; results keep input order. The
    workers end themselves when this process dies (`worker.exit_when_parent_dies`).
    """
    if workers <= 1:
        from .pipeline import load_nlp

        nlp = load_nlp(model or None)
        yield from _chunks(_analyse(todo, nlp, metonyms=metonyms, pipe_batch=pipe_batch), batch_size)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    partitions = _partitions(todo, batch_size, workers)
    from .worker import exit_when_parent_dies

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=exit_when_parent_dies, initargs=(os.getpid(),)) as pool:
        pending = []
        for part in partitions:
            pending.append(pool.submit(analyse_partition, list(part), model, metonyms, pipe_batch))
            if len(pending) >= 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


LOCAL_CLUSTER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
"""Dask starts workers with glibc's MALLOC_TRIM_THRESHOLD_=65536 so idle workers hand memory back;
spaCy frees and re-allocates large arrays on every batch, and that setting made the same
analysis 13 % slower (benchmarks/throughput.py). Our LocalCluster keeps glibc's default; a team's
cluster can do the same (docs/scale-out.md)."""


def local_cluster(workers: int):
    """The LocalCluster `--engine dask` starts without `--scheduler`: one single-threaded process
    per worker, with `LOCAL_CLUSTER_CONFIG`."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                            dashboard_address=":0", silence_logs=logging.CRITICAL)


def _dask_engine(todo, *, workers, batch_size, model, metonyms, pipe_batch, scheduler) -> Iterator[list[_Result]]:
    from distributed import Client, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = local_cluster(workers)
        client = Client(cluster)
    try:
        partitions = _partitions(todo, batch_size, sum(client.nthreads().values()))
        futures = client.map(analyse_partition, partitions, model=model, metonyms=metonyms,
                             pipe_batch=pipe_batch, pure=False)
        for future in as_completed(futures):
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _isolated_engine(todo, *, batch_size, model, metonyms, pipe_batch, **_) -> Iterator[list[_Result]]:
    """The dashboard's engine: `worker.analyse_isolated`, a worker process with a time limit per
    article, so that an upload added to the store never holds up other sessions' pages."""
    from .worker import analyse_isolated

    def results() -> Iterator[_Result]:
        for article, rows, reason in analyse_isolated(todo, model=model, metonyms=metonyms, batch_size=pipe_batch):
            for r in (rows or {}).get("actors", ()):
                r["article_id"] = article.id
            yield _Result(article, rows, reason)

    yield from _chunks(results(), batch_size)


ENGINES = {"local": _local_engine, "dask": _dask_engine, "isolated": _isolated_engine}


def ingest_articles(
    articles: Sequence[Article],
    store: Store | str | os.PathLike,
    errors: Iterable[LoadError] = (),
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int | None = None,
    reanalyze: bool = False,
    on_progress: ProgressCallback | None = None,
    on_wait: Callable[[], None] | None = None,
) -> IngestSummary:
    """Analyse the articles the store lacks and publish their rows batch by batch.

    Stored articles whose analysis is outdated (another fingerprint: rules, lexicons, model or
    output settings changed; see `analysis.fingerprint`) are analysed again from their stored
    text, and `summary.outdated` says how many. `reanalyze` analyses the given articles again
    even when they are up to date.
    """
    from .pipeline import resolve_model_name

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {sorted(ENGINES)}")
    started = time.perf_counter()
    store = store if isinstance(store, Store) else Store(store)
    model = resolve_model_name()
    batch_size = batch_size or DEFAULT_BATCH_SIZE
    errors = list(errors)
    summary = IngestSummary(loaded=len(articles), store=str(store.path))
    from .loading import is_note

    summary.failed = [(e.where, e.reason) for e in errors if not is_note(e)]
    summary.notes = [(e.where, e.reason) for e in errors if is_note(e)]
    with store.writer(on_wait=on_wait):
        stored = store.known_keys()
        known = set() if reanalyze else stored
        stored_content = {k.split(":", 1)[0] for k in stored}
        unique: dict[str, Article] = {}
        for a in articles:
            unique.setdefault(a.id, a)
        keys = {aid: article_key(a, model) for aid, a in unique.items()}
        todo = [a for aid, a in unique.items() if keys[aid] not in known]
        summary.unchanged = len(unique) - len(todo)
        outdated_ids = {a.id for a in todo if keys[a.id] not in stored
                        and keys[a.id].split(":", 1)[0] in stored_content}
        extra = [a for a in store.stored_articles(outdated_only=True, model=model) if a.id not in unique]
        keys.update({a.id: article_key(a, model) for a in extra})
        outdated_ids.update(a.id for a in extra)
        todo += extra
        done = 0
        if on_progress:
            on_progress(0, len(todo))
        pending_errors = [{"file": e.file, "line": e.line, "reason": e.reason} for e in errors]
        results = ENGINES[engine](todo, workers=workers, batch_size=batch_size, model=model, scheduler=scheduler,
                                  metonyms=settings.get_bool("ACTORLENS_METONYMS"),
                                  pipe_batch=settings.get_int("ACTORLENS_BATCH_SIZE"))
        for chunk in results:
            rows: dict[str, list[dict]] = {"errors": pending_errors}
            for r in chunk:
                if r.rows is None:
                    summary.failed.append((r.article.path or r.article.id, r.error))
                    continue
                for table, table_rows in r.rows.items():
                    rows.setdefault(table, []).extend(table_rows)
                summary.new += 1
                summary.outdated += r.article.id in outdated_ids
            ids = [a["id"] for a in rows.get("articles", [])]
            if store.write_batch(rows, {aid: keys[aid] for aid in ids}, model=model):
                summary.batches += 1
                pending_errors = []
            done += len(chunk)
            if on_progress:
                on_progress(done, len(todo))
        if pending_errors and store.write_batch({"errors": pending_errors}):
            summary.batches += 1
    summary.seconds = time.perf_counter() - started
    return summary


def ingest(
    paths: Iterable[str | os.PathLike],
    store: Store | str | os.PathLike | None = None,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int | None = None,
    reanalyze: bool = False,
    on_progress: ProgressCallback | None = None,
    on_wait: Callable[[], None] | None = None,
) -> IngestSummary:
    """Load files and folders (`loading.load_paths`) and ingest them into the store."""
    from . import loading

    started = time.perf_counter()
    paths = [str(p) for p in paths]
    loaded = loading.load_paths(paths) if paths else loading.LoadResult()
    summary = ingest_articles(loaded.articles, store if store is not None else Store(), loaded.errors,
                              workers=workers, engine=engine, scheduler=scheduler, batch_size=batch_size,
                              reanalyze=reanalyze, on_progress=on_progress, on_wait=on_wait)
    summary.seconds = time.perf_counter() - started
    return summary


def run_cli(args, err) -> int:
    """`python -m analysis ingest`: a progress bar on stderr, a summary, exit 1 if nothing ingested."""
    from tqdm import tqdm

    from .store import StoreError

    if getattr(args, "urls", None) or getattr(args, "feed", None) or getattr(args, "feeds", None) \
            or getattr(args, "stored_feeds", False):
        from .feeds import run_ingest_cli  # URLs and feeds: fetched, then ingested like files

        return run_ingest_cli(args, err)
    if not args.paths and not Store(args.store or None).marker.is_file():
        print("error: give files or folders to ingest (without them, ingest refreshes the outdated "
              "articles of an existing store)", file=err)
        return 2
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="article", file=err, dynamic_ncols=True, disable=None)
        bar.update(done - bar.n)

    try:
        summary = ingest(args.paths, Store(args.store) if args.store else None, workers=args.workers,
                         engine=args.engine, scheduler=args.scheduler, batch_size=args.batch_size,
                         reanalyze=args.reanalyze, on_progress=progress,
                         on_wait=lambda: print("waiting for another ingest into this store to finish...", file=err))
    except StoreError as exc:
        print(f"error: {exc}", file=err)
        return 1
    finally:
        if bar is not None:
            bar.close()
    for line in summary.lines():
        print(line, file=err)
    if not summary.ok and (args.paths or summary.failed):
        print("error: nothing could be ingested", file=err)
        return 1
    return 0
