"""The Sources page's parts: the feed list and its state, the fetch log, and the editors' controls.

Only editors see the controls, and every action checks the role again before anything is fetched,
so a viewer can never make the server fetch a URL. What is fetched goes into the shared store
(`ACTORLENS_STORE`) through `analysis.feeds.ingest_live`, like `python -m analysis ingest --feed`.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import feeds
from analysis.fetch import FetchError
from analysis.store import Store, StoreError

from . import auth
from . import corpus_source as cs
from .render import md_escape, plural

FLASH = "src_flash"


def feeds_table(store: Store) -> pd.DataFrame:
    """One row per feed: what the Sources page shows (URLs as text, never as markup)."""
    rows = [{"feed": f.url, "title": f.title, "last fetch": f.last_fetch, "status": "paused: " + f.last_status
             if f.paused else f.last_status or "not polled yet", "new articles": f.new_articles,
             "total articles": f.total_articles, "failed polls in a row": f.failures,
             "recent errors": "; ".join(f"{u}: {r}" for _, u, r in f.errors[-3:]), "added by": f.added_by}
            for f in feeds.read_feeds(store)]
    return pd.DataFrame(rows, columns=["feed", "title", "last fetch", "status", "new articles", "total articles",
                                       "failed polls in a row", "recent errors", "added by"])


def failures_table(store: Store) -> pd.DataFrame:
    """The fetch log, newest first: when, URL, reason."""
    return pd.DataFrame(feeds.fetch_log(store)[::-1], columns=["when", "url", "reason"])


def freshness(store: Store, articles: pd.DataFrame | None = None) -> str:
    """"Newest article 2026-11-04 · last poll 2026-12-06T14:00:00Z" (what is known of them)."""
    parts = []
    if articles is not None and not articles.empty:
        dated = articles["date"].dropna().astype(str)
        dated = dated[dated != ""]
        if not dated.empty:
            parts.append(f"newest article {dated.max()[:10]}")
    try:
        last_poll = feeds.feeds_doc(store).get("last_poll", "") if store.marker.is_file() else ""
    except StoreError:  # a foreign or damaged store: the page says so elsewhere
        last_poll = ""
    parts.append(f"last feed poll {last_poll}" if last_poll else "feeds never polled")
    return " · ".join(parts)


def render_freshness(page) -> None:
    """The Overview's line on how current the store corpus is."""
    if page.choice.kind != cs.STORE:
        return
    from . import cache

    newest = cache.ask(page, "articles", sort="date", descending=True, limit=1).rows  # the newest dated article
    st.caption("Corpus freshness: " + md_escape(freshness(Store(), newest)))


def _ingest(user: auth.User, *, urls=(), feed_urls=(), stored_feeds=False, label: str) -> None:
    """Fetch and ingest as an editor; the summary is flashed and the session switches to the store."""
    if not user.can_edit:  # the controls are not shown to viewers; this is the second lock
        st.error("Only editors can fetch articles.")
        return
    from . import setup

    with st.spinner(f"Fetching and analysing {label}…"):
        summary = feeds.ingest_live(Store(), urls=urls, feed_urls=feed_urls, stored_feeds=stored_feeds,
                                    fetcher=feeds.default_fetcher(setup.secrets()))
    st.session_state[FLASH] = summary.lines()
    setup.set_corpus(setup.LoadedCorpus(cs.CorpusChoice(cs.STORE)))
    st.rerun()


def render_flash() -> None:
    lines = st.session_state.pop(FLASH, None)
    if lines:
        st.success(md_escape(lines[0]))
        if len(lines) > 1:
            st.code("\n".join(lines[1:]), language=None)


def render_url_form(user: auth.User, *, prefix: str = "src") -> None:
    """Pasted article URLs, fetched once into the store (editors only)."""
    if not user.can_edit:
        return
    with st.form(f"{prefix}_urls_form", clear_on_submit=True):
        text = st.text_area("Article URLs, one a line", key=f"{prefix}_urls", height=100)
        if st.form_submit_button("Fetch these articles"):
            urls = [u.strip() for u in text.splitlines() if u.strip()]
            if urls:
                _ingest(user, urls=urls, label=plural(len(urls), "URL"))


def render_overview(page) -> None:
    """The Overview's part: the store corpus's freshness, the result of a fetch, and (editors) a
    form for article URLs."""
    render_freshness(page)
    render_flash()
    if page.user.can_edit:
        with st.expander("Fetch article URLs into the analysis store"):
            st.caption("Each page is fetched once, its article text and metadata extracted and analysed. "
                       "Feeds: the Sources page.")
            render_url_form(page.user, prefix="ov")


def render_editor_controls(user: auth.User) -> None:
    store = Store()
    with st.form("src_add_form", clear_on_submit=True):
        url = st.text_input("Feed URL (RSS or Atom)", key="src_feed_url", placeholder="https://outlet.example/rss.xml")
        if st.form_submit_button("Add the feed and fetch it now", type="primary"):
            try:
                feeds.add_feed(store, url, user=user.name)
            except FetchError as exc:
                st.error(md_escape(exc.reason))
            else:
                _ingest(user, feed_urls=[url.strip()], label=url.strip())
    render_url_form(user)
    listed = [f.url for f in feeds.read_feeds(store)]
    left, right = st.columns(2)
    if listed and left.button("Poll every feed now", key="src_poll"):
        _ingest(user, stored_feeds=True, label=plural(len(listed), "feed"))
    if listed:
        with right.popover("Remove a feed"):
            gone = st.selectbox("Feed", listed, key="src_remove_url")
            if st.button("Remove", key="src_remove"):
                feeds.remove_feed(store, gone)
                st.rerun()
