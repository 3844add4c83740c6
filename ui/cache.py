"""Cached resources: the spaCy model once per server, corpus analysis keyed by content, and the
warehouse every page asks (`analysis.warehouse`).

Switching pages reruns a page script from the top; everything expensive here is cached so that
a rerun never re-parses: the model and an analysed corpus are shared resources, the corpus keyed
by a hash of its articles' ids and texts (plus the model), not by where they came from. Pages read
a corpus only through a `Warehouse` (DuckDB over a store): one per store version and corrections
version, and for a seed or upload one over a temporary store of it, so every corpus goes through
the same queries and a page holds only the rows it shows (`ask`).
The model, analysed corpora and warehouses are in `ui.process_cache`, which Streamlit's
`clear_cache` message (any websocket client can send it) does not empty.
"""
from __future__ import annotations

import hashlib
from typing import Callable

import streamlit as st

from analysis import corpus as corpus_mod
from analysis import fingerprint, loading, pipeline, query, settings
from analysis.types import Article, LoadError

from .process_cache import process_cache  # the expensive results: no client can clear them


def _use_jemalloc() -> None:
    """Arrow memory for the server from jemalloc instead of Arrow's default mimalloc pool.

    Every filter change copies the kept rows of the Arrow-backed columns (tens of MB on 10,000
    articles). mimalloc hands freed pages back to the system at once, so each copy faulted its
    pages in anew: the Relations date change took 0.55 s CPU instead of 0.43 s. jemalloc keeps
    them for reuse. Arrow builds without jemalloc keep their default pool.
    """
    import pyarrow as pa

    try:
        pa.set_memory_pool(pa.jemalloc_memory_pool())
    except (NotImplementedError, pa.ArrowException):
        pass


_use_jemalloc()


@process_cache(spinner="Loading the language model…")
def nlp(name: str):
    return pipeline.load_nlp(name or None)


def corpus_key(articles: list[Article], errors: list[LoadError] = (), model: str = "") -> str:
    """Content hash of a corpus: same articles, errors and analysis fingerprint (rules, lexicons,
    model, output settings; `analysis.fingerprint`) → same key."""
    h = hashlib.sha256(f"{fingerprint.current(model or None)}\0{model}\0".encode())
    for a in articles:
        h.update(b"A\0" + "\0".join((a.id, a.title, a.date, a.source, a.url, a.text)).encode() + b"\0")
    for e in errors:
        h.update(b"E\0" + f"{e.file}\0{e.line}\0{e.reason}".encode() + b"\0")
    return h.hexdigest()


@process_cache()
def _analysed_keys() -> set[str]:
    """Keys `_analyze` has computed in this server process (its cache cannot be asked)."""
    return set()


@process_cache(max_entries=8, spinner="Analysing the corpus…")
def _analyze(key: str, model: str, _articles: list[Article], _errors: list[LoadError],
             _result: corpus_mod.CorpusAnalysis | None = None) -> corpus_mod.CorpusAnalysis:
    """Shared, not copied: pages only read it, and `st.cache_data` would unpickle the whole
    corpus on every rerun of every page (~0.28 s for 10,000 articles)."""
    _analysed_keys().add(key)
    return _result if _result is not None else corpus_mod.analyze_corpus(_articles, _errors, nlp(model))


def analyze(articles: list[Article], errors: list[LoadError] = (), *, key: str = "",
            on_progress: Callable[[int], None] | None = None) -> corpus_mod.CorpusAnalysis:
    """Analysis of a corpus, cached by its content; `on_progress(n_done)` is called only on a miss.
    `key` is the corpus's `content_key` when the caller already has it (hashing 10,000 articles
    takes ~30 ms).

    The parse with progress runs outside the cached function (Streamlit would otherwise try to
    replay the progress bar on every cache hit) and its result is then handed to the cache.
    """
    articles, errors = list(articles), list(errors)
    model = pipeline.resolve_model_name(settings.get("ACTORLENS_MODEL"))
    key = key or corpus_key(articles, errors, model)
    if on_progress is None or key in _analysed_keys():
        return _analyze(key, model, articles, errors)
    from analysis import worker  # a worker process, a time limit per article: no other session waits

    result = worker.analyze_corpus_isolated(articles, errors, model=model, on_progress=on_progress)
    return _analyze(key, model, articles, errors, result)


def analyze_with_progress(articles: list[Article], errors: list[LoadError] = (), *,
                          label: str = "Analysing") -> corpus_mod.CorpusAnalysis:
    """`analyze` with an `st.progress` bar that shows while articles are parsed (cache misses only)."""
    bar = st.empty()
    total = max(len(articles), 1)

    def progress(done: int) -> None:
        bar.progress(min(done / total, 1.0), text=f"{label}: {done} of {len(articles)} articles")

    try:
        return analyze(articles, errors, on_progress=progress)
    finally:
        bar.empty()


@st.cache_data(show_spinner=False)
def load_seed() -> loading.LoadResult:
    return loading.load_paths([settings.SEED_DIR])


def store_version(path) -> str:
    """Changes whenever a batch is published to (or compacted in) the store at `path` (a folder
    or `s3://`: one listing), and when the running analysis's fingerprint changes (which rows the
    store shows depends on it)."""
    from analysis.store import Store

    published = Store(path).path / "published"
    try:
        entries = sorted((p.name, p.stat().st_mtime_ns) for p in published.iterdir())
    except OSError:
        return "empty"
    return hashlib.sha256(f"{entries!r}\0{fingerprint.current()}".encode()).hexdigest()


@st.cache_resource(show_spinner=False, max_entries=2)
def _store_freshness(path: str, version: str):
    from analysis.store import Store

    return Store(path).freshness()


def store_freshness(path=None):
    """`Store.freshness` of the store at `path` (ACTORLENS_STORE by default), once per store version."""
    from analysis.store import Store

    store = Store(path)
    return _store_freshness(str(store.path), store_version(store.path))


def content_key(articles: list[Article], errors: list[LoadError] = ()) -> str:
    return corpus_key(list(articles), list(errors), pipeline.resolve_model_name(settings.get("ACTORLENS_MODEL")))


@st.cache_resource(show_spinner=False, max_entries=4)
def _corrected(key: str, version: str, _corpus: corpus_mod.CorpusAnalysis, _file):
    from analysis import corrections

    return corrections.apply_with_report(_corpus, _file.read())


def correction_report(corpus: corpus_mod.CorpusAnalysis, key: str):
    """`analysis.corrections.apply_with_report` of the stored corrections, its key and error.

    Returns (report, key of the corrected corpus, error). Cached by the corpus's content key and
    the corrections file's version. A file that cannot be read leaves the machine's output as it is.
    """
    from analysis import corrections

    file = corrections.store_file()
    version = file.version()
    if version == "absent":
        return corrections.Applied(corpus, [], []), key, None
    try:
        return _corrected(key, version, corpus, file), f"{key}+{version}", None
    except corrections.CorrectionError as e:
        return corrections.Applied(corpus, [], []), key, str(e)


# --- the query layer: every page asks a `Warehouse` (DuckDB over a store) -----------------------

_CORPUS_STORES = "actorlens-corpora"


@process_cache(max_entries=8)
def _corpus_store(key: str, _corpus: corpus_mod.CorpusAnalysis) -> str:
    """A temporary store holding an analysed seed or upload (`warehouse.temp_store`), once per
    content key and server process; removed when the process exits."""
    import atexit
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from analysis.warehouse import temp_store

    folder = Path(tempfile.gettempdir()) / f"{_CORPUS_STORES}-{os.getpid()}" / hashlib.sha1(key.encode()).hexdigest()
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    temp_store(_corpus, folder)
    atexit.register(shutil.rmtree, folder, True)
    return str(folder)


@process_cache(max_entries=4, spinner="Opening the analysis store…")
def _warehouse(path: str, version: str, corrections_version: str, _corrections: list):
    from analysis.warehouse import Warehouse

    return Warehouse(path, corrections=_corrections)


def stored_corrections() -> tuple[list, str, str | None]:
    """The store's corrections, their file version and why they cannot be read (or None)."""
    from analysis import corrections

    file = corrections.store_file()
    version = file.version()
    if version == "absent":
        return [], version, None
    try:
        return file.read(), version, None
    except corrections.CorrectionError as e:
        return [], f"{version}!", str(e)


def warehouse(path: str, version: str):
    """The `analysis.warehouse.Warehouse` of the store at `path` with the stored corrections:
    one per store version and corrections version, shared by every session of the process (read
    only). Returns (warehouse, key of what it shows, why corrections were not applied or None)."""
    records, corr_version, error = stored_corrections()
    return _warehouse(path, version, corr_version, records), f"{version}+{corr_version}", error


@process_cache(max_entries=8)
def _one_per_wire_story(key: str, _corpus: corpus_mod.CorpusAnalysis) -> corpus_mod.CorpusAnalysis:
    return query.apply_filters(_corpus, query.CorpusFilters())


def one_per_wire_story(corpus: corpus_mod.CorpusAnalysis, key: str) -> tuple[corpus_mod.CorpusAnalysis, str]:
    """A seed or upload with each wire story counted once (`query.apply_filters`: later copies
    of a text several outlets carry are left out), and its content key; the corpus itself when
    it holds no copies."""
    if not query.wire.copies(corpus.articles):
        return corpus, key
    return _one_per_wire_story(key, corpus), f"{key}:one-per-story"


def corpus_warehouse(corpus: corpus_mod.CorpusAnalysis, key: str):
    """The warehouse of a seed or upload with the analysts' corrections already applied (in
    pandas: every kind of correction, as `analysis.corrections.apply`), through a temporary store
    keyed by its content."""
    return _warehouse(_corpus_store(key, corpus), key, "applied", [])


@st.cache_resource(show_spinner=False, max_entries=8)
def _corpus_totals(key: str, _wh) -> dict[str, int]:
    return {"articles": _wh.article_count(), "statements": _wh.statement_count()}


def corpus_totals(wh, key: str) -> dict[str, int]:
    """Articles and statements of the whole corpus (the sidebar's line), once per content key."""
    return _corpus_totals(key, wh)


@st.cache_resource(show_spinner=False, max_entries=8)
def _corpus_sources(key: str, _wh) -> list[str]:
    return _wh.sources()


def corpus_sources(wh, key: str) -> list[str]:
    """The outlets of the corpus (the shared source filter's choices), once per content key."""
    return _corpus_sources(key, wh)


@st.cache_resource(show_spinner=False, max_entries=32)
def _article_count(key: str, filters: str, _wh, _filters: query.CorpusFilters) -> int:
    return _wh.article_count(_filters)


def article_count(wh, key: str, filters: query.CorpusFilters) -> int:
    """Articles the shared filters keep, once per content key and filter values."""
    return _article_count(key, repr(filters), wh, filters)


@st.cache_resource(show_spinner=False, max_entries=256)
def _asked(key: str, call: str, _wh, _method: str, _args: tuple, _kwargs: dict):
    return getattr(_wh, _method)(*_args, **_kwargs)


def ask(page, method: str, *args, **kwargs):
    """`page.warehouse.<method>(*args, **kwargs)`, once per content key and arguments (shared
    between sessions: read the result, never modify it). A click or a redraw that asks the same
    again costs nothing; the queries themselves return only the rows a page shows."""
    call = f"{method}{args!r}{sorted(kwargs.items())!r}"
    return _asked(page.key, call, page.warehouse, method, args, kwargs)


@process_cache(max_entries=2)
def _store_correction_report(path: str, version: str, corrections_version: str, _records: list):
    from analysis import corrections

    machine = _warehouse(path, version, "none", [])  # the machine's names: corrections apply to them
    return corrections.apply_with_report(machine.correction_rows(_records), _records)


def store_correction_report(path: str, version: str):
    """`analysis.corrections.apply_with_report` of the stored corrections on the store, checked on
    the rows they name only (`Warehouse.correction_rows`): which apply, which are stale, which
    fail. Its `corpus` is only those rows. Once per store version and corrections version."""
    records, corr_version, _ = stored_corrections()
    if not records:  # nothing to check: no second warehouse
        from analysis import corrections

        return corrections.Applied(None, [], [])
    return _store_correction_report(path, version, corr_version, records)
