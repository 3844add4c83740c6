"""Articles: read one article with its entities and statements highlighted, its statements beside it."""
from ui.setup import page_setup

page = page_setup("Articles")

import streamlit as st  # noqa: E402

from analysis import query  # noqa: E402
from ui import cache, render, state  # noqa: E402

st.title("Articles")
articles = page.corpus.articles
if articles.empty:
    st.info("No article matches the filters in the sidebar." if page.filters.active else "The corpus has no articles.")
    st.stop()

ids = articles["id"].tolist()
linked = st.query_params.get(state.ARTICLE)
if linked and linked not in ids and (page.full.articles["id"] == linked).any():
    st.info("The linked article is hidden by the filters in the sidebar; clear them to read it.")
titles = dict(zip(ids, articles["title"].fillna("").tolist()))  # lists: iterating the columns cost ~13 ms each
dates = dict(zip(ids, articles["date"].fillna("").tolist()))
article_id = state.id_widget(
    st.selectbox, "Article", ids, param=state.ARTICLE, key="article_select", persist_state="session",
    format_func=lambda i: " · ".join(x for x in (dates.get(i), titles.get(i) or i) if x),
)
article = articles[articles["id"] == article_id].iloc[0].to_dict()
statements = page.corpus.statements[page.corpus.statements["article_id"] == article_id].sort_values("start")
mentions = page.corpus.mentions[page.corpus.mentions["article_id"] == article_id]

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
        listed = cache.statement_table(page.full, page.key)
        listed = listed[listed["article_id"] == article_id]
        render.render_downloads(listed[query.display_columns(listed)], name="article_statements", key="art_download")
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
