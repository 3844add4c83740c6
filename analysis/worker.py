"""Analysis in a worker process with a time limit per article, for the dashboard's server.

spaCy holds the GIL while it parses, so an upload analysed inside the server made every other
session's page wait for it (a 72 KB file of quote marks: 43 s). Here the parse runs in a child
process: the server thread only waits on a pipe. At most `MAX_WORKERS` analyses run at once (the
rest queue), a worker keeps its model loaded between analyses, and an article that takes longer
than ACTORLENS_ARTICLE_TIMEOUT seconds (or kills its worker) is reported as that article's error:
the worker is replaced and the other articles are analysed.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from typing import Callable, Iterator, Sequence

from . import settings
from .types import Article

MAX_WORKERS = 1
"""Analyses running at once in one server: two cores serve the pages and one analysis."""

STARTUP_SECONDS = 300
"""How long a new worker may take to load the model before it counts as broken."""

_slots = threading.BoundedSemaphore(MAX_WORKERS)
_idle: list["_Worker"] = []
_idle_lock = threading.Lock()


class WorkerFailed(RuntimeError):
    """A worker could not start (no model, no process): nothing can be analysed."""


PARENT_CHECK_SECONDS = 0.5


def exit_when_parent_dies(parent_pid: int) -> None:
    """Start a daemon thread that ends this process as soon as `parent_pid` is no longer its
    parent: a worker whose server or ingest was killed (`kill -9`) must not go on parsing, or
    wait forever for work. The initializer of every worker process ActorLens starts."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="actorlens-parent-watch", daemon=True).start()


def _serve(conn, model: str, parent_pid: int) -> None:
    """The worker: load the model once, then analyse the article lists it is sent, answering
    ("rows", rows) or ("error", reason) per article in order, then ("done",)."""
    from . import corpus as corpus_mod
    from .pipeline import load_nlp

    exit_when_parent_dies(parent_pid)

    try:
        nlp = load_nlp(model or None)
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready",))
    stall = os.environ.get("ACTORLENS_TEST_STALL_ON")  # fault hook of the time-limit test
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the server is gone
            return
        if message is None:
            return
        articles, metonyms, batch_size = message

        def given(items):
            for a in items:
                if stall and stall in a.text:
                    time.sleep(3600)
                yield a

        def on_error(article, exc):
            conn.send(("error", corpus_mod.failure_reason(exc)))

        for analysis in corpus_mod.analyze_articles(given(articles), nlp, metonyms=metonyms,
                                                    batch_size=batch_size, on_error=on_error):
            conn.send(("rows", corpus_mod.analysis_rows(analysis)))
        conn.send(("done",))


class _Worker:
    def __init__(self, model: str):
        ctx = multiprocessing.get_context("spawn")  # never fork a threaded server
        self.model = model
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, model, os.getpid()), daemon=True,
                                   name="actorlens-analysis")
        self.process.start()
        child.close()
        reply = self.receive(STARTUP_SECONDS)
        if reply is None or reply[0] != "ready":
            self.stop()
            why = reply[1] if reply else "it did not start"
            raise WorkerFailed(f"the analysis worker could not load the model: {why}")

    def receive(self, timeout: float):
        """The next message, or None when none came within `timeout` seconds or the worker died."""
        try:
            if self.conn.poll(timeout):
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        return None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def _take(model: str) -> _Worker:
    with _idle_lock:
        while _idle:
            worker = _idle.pop()
            if worker.model == model and worker.process.is_alive():
                return worker
            worker.stop()
    return _Worker(model)


def _give_back(worker: _Worker) -> None:
    with _idle_lock:
        _idle.append(worker)


def analyse_isolated(
    articles: Sequence[Article],
    *,
    model: str = "",
    metonyms: bool | None = None,
    batch_size: int | None = None,
    timeout: float | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[Article, dict | None, str]]:
    """(article, rows, "") or (article, None, reason) for each article, in input order; rows as
    `corpus.analysis_rows`. Articles go to the worker in one stream (spaCy batches them); when
    one stalls, the worker is killed and the articles of that batch are sent one by one, so only
    the slow one is reported."""
    metonyms = settings.get_bool("ACTORLENS_METONYMS") if metonyms is None else metonyms
    batch_size = batch_size or settings.get_int("ACTORLENS_BATCH_SIZE")
    timeout = timeout or float(settings.get_int("ACTORLENS_ARTICLE_TIMEOUT"))
    articles = list(articles)
    pos, one_by_one_until = 0, 0
    with _slots:
        worker = None
        try:
            while pos < len(articles):
                part = articles[pos:pos + 1] if pos < one_by_one_until else articles[pos:]
                worker = worker or _take(model)
                worker.conn.send((part, metonyms, batch_size))
                for article in part:
                    reply = worker.receive(timeout)
                    if reply is None:
                        alive = worker.process.is_alive()
                        worker.stop()
                        worker = None
                        if len(part) > 1:
                            one_by_one_until = pos + 2 * batch_size
                            break
                        yield article, None, (
                            f"analysis took longer than {timeout:g} s (setting ACTORLENS_ARTICLE_TIMEOUT); "
                            "not analysed" if alive else "the analysis worker stopped on this article; not analysed")
                    else:
                        yield (article, reply[1], "") if reply[0] == "rows" else (article, None, reply[1])
                    pos += 1
                    if on_progress:
                        on_progress(pos)
                else:
                    if worker is not None and (worker.receive(timeout) or ("",))[0] != "done":
                        worker.stop()
                        worker = None
        finally:
            if worker is not None:
                if pos < len(articles):  # the caller stopped early: the worker may still be busy
                    worker.stop()
                else:
                    _give_back(worker)


def analyze_corpus_isolated(articles: Sequence[Article], errors=(), *, model: str = "",
                            on_progress: Callable[[int], None] | None = None, **kw):
    """`corpus.analyze_corpus` run by `analyse_isolated`: failed or slow articles are error rows."""
    from . import corpus as corpus_mod
    from .loading import load_error

    rows, failed = [], []
    for article, article_rows, reason in analyse_isolated(articles, model=model, on_progress=on_progress, **kw):
        if article_rows is None:
            failed.append(load_error(article.path or article.id, None, reason))
        else:
            rows.append(article_rows)
    return corpus_mod.build_corpus(rows, [*errors, *failed])
