from ui.setup import page_setup

page = page_setup("Actors")

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from ui import cache, figures, relations_data, state  # noqa: E402
from ui.state import article_links  # noqa: E402
from ui.render import md_escape, render_downloads, table_height  # noqa: E402
from ui.report import render_report_download, view_filters  # noqa: E402

MAX_LISTED = 1000  # statements listed on the page (the downloads hold every one)
st.title("Actor profile")
ranked = cache.ask(page, "top_actors", None, page.filters)["actor"].tolist()
actor = st.selectbox("Actor", ranked, index=0 if ranked else None, key="actor", bind="query-params",
                     placeholder="choose an actor")
if not actor:
    st.info("No actors in this corpus yet.")
    st.stop()

profile = cache.ask(page, "actor_profile", actor, filters=page.filters)
st.header(md_escape(actor), anchor=False)
st.caption(md_escape(" · ".join(x for x in [profile.type, ", ".join(profile.roles)] if x) or "actor"))
m = st.columns(5)
m[0].metric("Mentions", profile.n_mentions)
m[1].metric("Statements", profile.n_statements)
m[2].metric("Articles", profile.n_articles)
m[3].metric("First seen", profile.first_seen or "–")
m[4].metric("Last seen", profile.last_seen or "–")
if profile.n_undated_articles:
    n = profile.n_undated_articles
    st.caption(f"{n:,} of the articles {'is' if n == 1 else 'are'} undated: not counted in first/last seen.")
names = st.columns(2)
with names[0]:
    st.markdown("**Names and aliases**")
    st.dataframe({"alias": profile.aliases}, hide_index=True, key="aliases", height=table_height(len(profile.aliases)))
with names[1]:
    st.markdown("**Roles**")
    if profile.roles:
        st.dataframe({"role": profile.roles}, hide_index=True, key="roles", height=table_height(len(profile.roles)))
    else:
        st.caption("No role found in the articles.")

left, right = st.columns(2)
with left:
    st.subheader("Most often named with")
    co_mentioned = relations_data.co_mentioned_with(page, actor)
    co_chart = figures.top_bar_figure(co_mentioned, label="actor", value="paragraphs")
    if co_mentioned.empty:
        st.info(f"No other actor is named in a paragraph with {md_escape(actor)}.")
    else:
        st.plotly_chart(co_chart, key="co_chart", config={"displaylogo": False})
        st.caption("Counted by paragraphs that name both.")
        st.dataframe(co_mentioned, hide_index=True, key="co_table", height=table_height(len(co_mentioned)))
        render_downloads(co_mentioned, name=f"co_mentioned_{actor}", key="co")
with right:
    st.subheader("Speaks about")
    targets_chart = figures.top_bar_figure(profile.targets, label="target", value="n", colour_by_score="mean_stance")
    if profile.targets.empty:
        st.info(f"No stance of {md_escape(actor)} toward another actor was found.")
    else:
        st.plotly_chart(targets_chart, key="targets_chart", config={"displaylogo": False})
        st.dataframe(profile.targets, hide_index=True, key="targets_table", height=table_height(len(profile.targets)),
                     column_config={"mean_stance": st.column_config.NumberColumn(format="%+.2f")})
        render_downloads(profile.targets, name=f"targets_{actor}", key="targets")
        for target in profile.targets["target"].head(5):
            st.page_link("pages/4_Said_about.py", label=f"What did {md_escape(actor)} say about {md_escape(target)}?",
                         icon=":material/forum:", query_params={"speaker": actor, "target": target})

st.subheader("Spoken about by")
if profile.sources.empty:
    st.info(f"No one's stance toward {md_escape(actor)} was found.")
else:
    st.dataframe(profile.sources, hide_index=True, key="sources_table", height=table_height(len(profile.sources)),
                 column_config={"mean_stance": st.column_config.NumberColumn(format="%+.2f")})
    render_downloads(profile.sources, name=f"spoken_about_by_{actor}", key="sources")

links = st.columns(2)
links[0].page_link("pages/5_Timelines.py", label=f"{md_escape(actor)} over time", icon=":material/timeline:",
                   query_params={"actor": actor})
links[1].page_link("pages/3_Relations.py", label="Relations network", icon=":material/hub:")
STATEMENT_COLUMNS = {"date": "date", "article_id": "article_id", "id": "id", "kind": "kind", "statement": "text"}


def statement_rows(listed):
    out = listed[list(STATEMENT_COLUMNS)].rename(columns=STATEMENT_COLUMNS)
    return out.assign(link=article_links({state.ARTICLE: out["article_id"], state.STATEMENT: out["id"]}))


said = cache.ask(page, "statements", page.filters, speakers=(actor,), sort="date", descending=True, limit=MAX_LISTED)
with st.expander(f"All statements of {md_escape(actor)} ({said.total:,}), newest first"):
    shown = statement_rows(said.rows)
    if said.total > len(shown):
        st.caption(f"The first {len(shown):,} of {said.total:,}; the downloads hold every one.")
    st.dataframe(shown, hide_index=True, key="statements",
                 column_config={"link": st.column_config.LinkColumn("open", display_text="article ↗")})
    render_downloads(shown, name=f"statements_{actor}", key="statements_dl", every_row=lambda: statement_rows(
        page.warehouse.statements(page.filters, speakers=(actor,), sort="date", descending=True, limit=None).rows))
render_report_download(
    f"Actor profile: {actor}", key="actor", filters=view_filters(page, actor=actor),
    figures={"Most often named with": co_chart, "Speaks about": targets_chart},
    tables={"Names and aliases": pd.DataFrame({"alias": profile.aliases}),
            "Roles": pd.DataFrame({"role": profile.roles}), "Most often named with": co_mentioned,
            "Speaks about": profile.targets, "Spoken about by": profile.sources, "Statements": shown.drop(columns="link")},
    notes=[f"First seen {profile.first_seen or '–'}, last seen {profile.last_seen or '–'}; "
           f"{profile.n_mentions} mentions, {profile.n_statements} statements in {profile.n_articles} articles."])
