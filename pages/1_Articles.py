"""Articles: read one article with its entities and statements highlighted, its statements beside it."""
from ui.setup import page_setup

page = page_setup("Articles")

import streamlit as st  # noqa: E402

from analysis import query  # noqa: E402
from analysis.network import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from ui import cache, render, state  # noqa: E402

MAX_LISTED = 300  # articles offered in the chooser: the newest that the filters and the title search keep

st.title("Articles")
if not page.n_shown:
    st.info("No article matches the filters in the sidebar." if page.filters.active else "The corpus has no articles.")
    st.stop()

title_search = st.text_input("Find by title", key=state.TITLE, bind="query-params", placeholder="words in the title")
listing = cache.ask(page, "articles", page.filters, search=title_search, sort="date", descending=True,
                    limit=MAX_LISTED)
listed = listing.rows
ids = listed["id"].tolist()
titles = dict(zip(ids, listed["title"].tolist()))
dates = dict(zip(ids, listed["date"].tolist()))
linked = st.query_params.get(state.ARTICLE)
if linked and linked not in ids:
    if cache.ask(page, "has_article", linked, page.filters):  # linked from another page: offered too
        found = cache.ask(page, "article", linked)
        ids.append(linked)
        titles[linked], dates[linked] = found.article.get("title") or "", found.article.get("date") or ""
    elif cache.ask(page, "has_article", linked):
        st.info("The linked article is hidden by the filters in the sidebar; clear them to read it.")
if listing.total > len(listed):
    st.caption(f"The {len(listed):,} newest of {listing.total:,} articles are offered; find others by title.")
if not ids:
    st.info("No article title holds these words.")
    st.stop()
article_id = state.id_widget(
    st.selectbox, "Article", ids, param=state.ARTICLE, key="article_select", persist_state="session",
    format_func=lambda i: " · ".join(x for x in (dates.get(i), titles.get(i) or i) if x),
)
view = cache.ask(page, "article", article_id)
article = view.article
statements = view.statements.sort_values("start")
mentions = view.mentions

at_pos = render.focus_statement(statements, pos=state.parse_int(st.query_params.get(state.POS)))

layers = st.segmented_control("Highlight", render.LAYERS, selection_mode="multi", default=list(render.LAYERS),
                              key="layers", help="Switch layers off to read a long text more easily.")
reader, side = st.columns([3, 2], gap="large")
focus = None
with side:
    st.markdown(f"#### Statements ({len(statements)})")
    if statements.empty:
        st.caption("No statement was found in this article.")
    else:
        def statement_table():
            table = cache.ask(page, "article_statements", article_id, DEFAULT_MIN_CONFIDENCE)
            return table[query.display_columns(table)]

        render.render_downloads(None, name="article_statements", key="art_download", every_row=statement_table)
        rows = {r["id"]: r for r in statements.to_dict("records")}
        chosen = state.id_widget(
            st.container(height=720).radio, "Highlight a statement", list(rows), param=state.STATEMENT, key="article_statement",
            index=None, override=None if at_pos is None else f"{article_id}:{at_pos}",
            format_func=lambda i: render.statement_label(rows[i]),
            captions=[render.md_escape(render.snippet(r["text"])) for r in rows.values()],
        )
        focus = render.focus_statement(statements, statement=chosen)
with reader:
    render.render_article(article, mentions, statements, focus=focus, layers=layers, key="reader")
