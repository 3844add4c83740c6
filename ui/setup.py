"""`page_setup()`: the one line every page starts with — config, sign-in gate, shared sidebar.

It decides which corpus the session sees (`ui.corpus_source`; the seed until the analyst loads
another), renders the shared filters (article dates and sources, kept in the URL by `ui.state`)
and a copy-link control, and hands the page its corpus with those filters applied.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import streamlit as st

from analysis import query, settings
from analysis.corpus import CorpusAnalysis

from . import auth, cache, state
from .render import md_escape, plural
from . import corpus_source as cs

_LOG = logging.getLogger(__name__)
LOADED = "al_loaded_corpus"
SAVED_FILTERS = "al_shared_filters"
LAST_PAGE = "al_last_page"
FLASH = "al_corpus_flash"
PENDING = "al_pending_analysis"  # label of an upload/folder being analysed; left set if the run was stopped
DATE_MIN, DATE_MAX = dt.date(1800, 1, 1), dt.date(2200, 12, 31)


@dataclass
class LoadedCorpus:
    """What the session looks at: the choice, and for file-based corpora the loaded articles."""

    choice: cs.CorpusChoice
    articles: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    content_key: str = ""  # of articles + errors, set by `machine_key` once per session, not per rerun


@dataclass
class Page:
    """What a page needs: `warehouse` answers its questions (`analysis.warehouse.Warehouse`, shared
    between sessions: read, never modify), with `filters` pushed down to it; no page holds the
    corpus's rows."""

    title: str
    user: auth.User
    warehouse: object = None  # analysis.warehouse.Warehouse
    filters: query.CorpusFilters = field(default_factory=query.CorpusFilters)
    choice: cs.CorpusChoice = field(default_factory=cs.CorpusChoice)
    params: dict = field(default_factory=dict)  # the view's query parameters
    key: str = ""  # content key of what the warehouse shows (articles, model, corrections): a cache key
    loaded: LoadedCorpus | None = None
    n_articles: int = 0  # of the whole corpus
    n_shown: int = 0  # articles the shared filters keep

    def share_url(self, **extra) -> str:
        """Link to this page with its current view, plus `extra` parameters (None removes one)."""
        return state.share_url(_base_url(), state.merge_params(self.params, extra))


def secrets() -> dict:
    try:
        return dict(st.secrets)
    except Exception:  # no secrets file: settings fall back to the environment and defaults
        return {}


def _base_url() -> str | None:
    try:
        return st.context.url
    except Exception:
        return None


def _url_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def set_corpus(loaded: LoadedCorpus) -> None:
    """Make `loaded` the session's corpus and put its choice in the URL (uploads cannot be shared)."""
    st.session_state[LOADED] = loaded
    if loaded.choice.param and loaded.choice.param != cs.SEED:
        st.query_params[state.CORPUS] = loaded.choice.param
    elif state.CORPUS in st.query_params:
        del st.query_params[state.CORPUS]


def adopt(loaded: LoadedCorpus, *, label: str, to_store: bool = False) -> None:
    """Analyse newly loaded articles with a progress bar (or add them to the shared store), make
    them the session's corpus, and rerun so every part of the page shows it.

    Leaving the page stops this run midway: the mark left in the session makes the next page say
    that the analysis was cancelled and the corpus did not change (`cancelled_notice`)."""
    st.session_state[PENDING] = label
    if to_store:
        bar = st.progress(0.0, text=f"Adding {label} to the analysis store…")

        def progress(done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=f"Adding {label} to the store: {done} of {total}")

        summary = cs.ingest_into_store(loaded.articles, loaded.errors, on_progress=progress)
        from analysis.store import Store

        st.session_state[FLASH] = cs.public_message(summary.lines()[0], store=Store().path)
        loaded = LoadedCorpus(cs.CorpusChoice(cs.STORE))
    else:
        cache.analyze_with_progress(loaded.articles, loaded.errors, label=f"Analysing {label}")
    set_corpus(loaded)
    st.session_state.pop(PENDING, None)
    st.rerun()


def cancelled_notice(current: str) -> None:
    """Say so, once, when the last run stopped while analysing new articles (the analyst left the
    Overview before it finished): they are not the corpus."""
    label = st.session_state.pop(PENDING, None)
    if label:
        st.warning(f"The analysis of {md_escape(label)} was cancelled: the page was left or changed before it "
                   f"finished. The corpus is still {md_escape(current)}. Analyse the files again on the Overview "
                   "and stay on it until the corpus changes.", icon=":material/cancel:")


def date_undated(result, date: dt.date):
    """`result` (a `LoadResult`) with `date` given to each article that has none: an analyst who
    knows when undated uploads were published sees them on the Timelines."""
    from dataclasses import replace

    day = date.isoformat()
    return replace(result, articles=[a if a.date else replace(a, date=day) for a in result.articles])


def load_corpus(choice: cs.CorpusChoice) -> LoadedCorpus:
    """Read a seed, folder or store choice (a folder is read from disk; the seed once per server)."""
    sec = secrets()
    if choice.kind == cs.SEED:
        seed = cache.load_seed()
        return LoadedCorpus(choice, seed.articles, seed.errors)
    if choice.kind == cs.STORE:
        return LoadedCorpus(choice)
    from analysis import loading

    result = cs.load_choice(choice, roots=loading.data_roots(sec), max_bytes=loading.default_max_bytes(sec))
    return LoadedCorpus(choice, result.articles, result.errors)


def session_corpus() -> LoadedCorpus:
    """The session's corpus: a `corpus` link parameter wins, then the session, then the setting."""
    url_param = st.query_params.get(state.CORPUS)
    loaded = st.session_state.get(LOADED)
    if loaded is None or (url_param and url_param != loaded.choice.param):
        choice = cs.parse_choice(url_param, settings.get("ACTORLENS_CORPUS", secrets()))
        if choice.kind == cs.STORE and not cs.store_available():
            choice = cs.CorpusChoice(cs.SEED)
        loaded = load_corpus(choice)
        st.session_state[LOADED] = loaded
    return loaded


def analysed(loaded: LoadedCorpus) -> CorpusAnalysis:
    """The machine's analysis of the session's seed, upload or folder, before analysts' corrections
    (the store is read through its warehouse, `session_warehouse`)."""
    return cache.analyze(loaded.articles, loaded.errors, key=machine_key(loaded))


def machine_key(loaded: LoadedCorpus) -> str:
    """Content key of the machine's analysis of the session's seed, upload or folder."""
    if not loaded.content_key:
        loaded.content_key = cache.content_key(loaded.articles, loaded.errors)
    return loaded.content_key


def correction_report(loaded: LoadedCorpus):
    """Which stored corrections apply to the session's corpus, which are stale, which fail
    (`analysis.corrections.Applied`; for the store its `corpus` holds only the rows they name)."""
    if loaded.choice.kind == cs.STORE:
        from analysis.store import Store

        path = Store().path
        return cache.store_correction_report(str(path), cache.store_version(path))
    machine = analysed(loaded)
    return cache.correction_report(machine, f"{machine_key(loaded)}:{id(machine)}")[0]


def _shared_filters(sources: list[str], title: str) -> query.CorpusFilters:
    """The sidebar's date and source filters, bound to the URL and carried across page switches."""
    ss = st.session_state
    restore = state.restore_shared(_url_params(), ss.get(SAVED_FILTERS, {}),
                                   page_changed=ss.get(LAST_PAGE) != title)
    for k, v in restore.items():
        ss[k] = v
    ss[LAST_PAGE] = title
    left, right = st.columns(2)
    date_from = left.date_input("From", value=None, min_value=DATE_MIN, max_value=DATE_MAX,
                                key=state.DATE_FROM, bind="query-params", format="YYYY-MM-DD")
    date_to = right.date_input("To", value=None, min_value=DATE_MIN, max_value=DATE_MAX,
                               key=state.DATE_TO, bind="query-params", format="YYYY-MM-DD")
    chosen = st.multiselect("Sources", sources, key=state.SOURCE, bind="query-params",
                            placeholder="All sources" if sources else "No sources in this corpus",
                            disabled=not sources)
    carriers = st.checkbox("Count every carrier of a wire story", key=state.CARRIERS, bind="query-params",
                         help="A story several outlets carry (near-identical text) counts once by default.")
    ss[SAVED_FILTERS] = {state.DATE_FROM: date_from, state.DATE_TO: date_to, state.SOURCE: list(chosen),
                         state.CARRIERS: carriers or None}
    return query.CorpusFilters(date_from, date_to, tuple(chosen), bool(carriers))


def session_warehouse(loaded: LoadedCorpus):
    """The warehouse of the session's corpus (the store, or a temporary store of the seed or an
    upload), its content key and why corrections were not applied (or None)."""
    if loaded.choice.kind == cs.STORE:
        import duckdb

        from analysis.store import Store, StoreError

        path = Store().path
        try:
            fresh = cache.store_freshness()
            wh, key, error = cache.warehouse(str(path), cache.store_version(path))
        except (StoreError, duckdb.Error) as e:  # a corrupted or foreign store (DuckDB names a bad part): say so
            _LOG.warning("the analysis store cannot be read: %s", e)  # full paths: the server log only
            st.error(f"The analysis store cannot be read: {md_escape(cs.public_message(str(e), store=path))}")
            from analysis.corpus import build_corpus

            return cache.corpus_warehouse(build_corpus([]), "empty"), "empty", None
        if fresh.outdated:
            st.warning(f"{fresh.outdated} of {fresh.articles} stored articles were analysed by another "
                       "version of the analysis (rules, lexicons, model or settings); the tables show every "
                       "current article. Run `python -m analysis ingest` on the store to update them.")
        return wh, f"store:{path}:{key}", error
    return _corpus_warehouse(loaded, count_carriers=True)


def _corpus_warehouse(loaded: LoadedCorpus, *, count_carriers: bool):
    """The warehouse of a seed, upload or folder with every correction applied; unless
    `count_carriers`, each wire story once (`analysis.wire`, its earliest carrier kept)."""
    machine = analysed(loaded)  # the same object for the same content: cached by `cache.analyze`
    report, key, error = cache.correction_report(machine, f"{machine_key(loaded)}:{id(machine)}")
    corpus = report.corpus
    if not count_carriers:
        corpus, key = cache.one_per_wire_story(corpus, key)
    return cache.corpus_warehouse(corpus, key), key, error


def page_setup(title: str) -> Page:
    st.set_page_config(page_title=f"{title} · ActorLens", page_icon=":material/travel_explore:", layout="wide")
    user = auth.gate(settings.get("ACTORLENS_AUTH", secrets()))
    loaded = session_corpus()
    wh, key, correction_error = session_warehouse(loaded)
    cancelled_notice(loaded.choice.label)
    totals = cache.corpus_totals(wh, key)
    with st.sidebar:
        if correction_error:
            st.warning(f"Corrections not applied: {md_escape(correction_error)}")
        st.caption(f"**Corpus:** {md_escape(loaded.choice.label)} — {plural(totals['articles'], 'article')} · "
                   f"{plural(totals['statements'], 'statement')}")
        if title != "Overview":
            st.page_link("dashboard.py", label="Change corpus", icon=":material/swap_horiz:")
        filters = _shared_filters(cache.corpus_sources(wh, key), title)
        if loaded.choice.kind != cs.STORE and not filters.count_carriers:
            wh, key, _ = _corpus_warehouse(loaded, count_carriers=False)
        shown = cache.article_count(wh, key, filters) if filters.active else totals["articles"]
        if filters.active:
            st.caption(f"Filters keep {shown:,} of {plural(totals['articles'], 'article')} "
                       f"(undated articles are left out while a date is set).")
        params = state.merge_params(
            _url_params(),
            {state.DATE_FROM: filters.date_from, state.DATE_TO: filters.date_to, state.SOURCE: list(filters.sources),
             state.CARRIERS: "true" if filters.count_carriers else None},
            {state.CORPUS: loaded.choice.param if loaded.choice.kind != cs.SEED else None},
        )
        page = Page(title, user, wh, filters, loaded.choice, params, key, loaded, totals["articles"], shown)
        with st.expander("Share this view"):
            from .render import render_share_link

            render_share_link(page.share_url(), key="share")
            if loaded.choice.kind == cs.UPLOAD:
                st.caption("Uploaded files stay in your session: the link opens the seed corpus.")
    return page
