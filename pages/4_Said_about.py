from ui.setup import page_setup

page = page_setup("What did X say about Y")

import streamlit as st  # noqa: E402

from analysis import network  # noqa: E402
from ui import state  # noqa: E402
from ui.render import render_downloads  # noqa: E402

MAX_PAIRS = 500
corpus = page.corpus
st.title("What did X say about Y")
st.caption("Every statement of one actor that names or targets another, with the words the stance was "
           "read from. Narrated acts (\u201cX criticised Y\u201d) are listed too.")

all_pairs = network.stance_matrix(corpus)
speakers = sorted(set(corpus.statements["speaker"].dropna()) | set(all_pairs["source"]))
targets = sorted(set(corpus.actors["name"].dropna()) | set(all_pairs["target"]))
pairs = all_pairs.sort_values(["count", "source", "target"], ascending=[False, True, True]).head(MAX_PAIRS)
pairs = pairs.reset_index(drop=True)


def _pick_pair():
    rows = st.session_state["pairs"].selection.rows
    if rows:
        row = pairs.iloc[rows[0]]
        st.session_state["speaker"], st.session_state["target"] = row["source"], row["target"]


left, right = st.columns(2)
speaker = left.selectbox("Speaker (X)", speakers, index=None, key="speaker", bind="query-params",
                         placeholder="choose an actor")
target = right.selectbox("About (Y)", targets, index=None, key="target", bind="query-params",
                         placeholder="choose an actor")

if speaker and target:
    about = network.statements_about(corpus, speaker, target)
    scored = about[about["polarity"] != ""]
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Statements and acts", len(about))
    c2.metric("Mean stance", f"{scored['score'].mean():+.2f}" if len(scored) else "–")
    c3.metric("Negative", int((about["polarity"] == "negative").sum()))
    c4.metric("Positive", int((about["polarity"] == "positive").sum()))
    if about.empty:
        st.info(f"No statement of {speaker} names {target} in this corpus.")
    else:
        shown = about.assign(link=[
            "Articles" + state.query_string({state.ARTICLE: r.article_id, state.STATEMENT: r.statement_id or None,
                                             state.POS: None if r.statement_id else r.start})
            for r in about.itertuples()])
        event = st.dataframe(
            shown, hide_index=True, key="about", on_select="rerun", selection_mode="single-row",
            column_order=["date", "title", "kind", "polarity", "score", "evidence", "text", "relation", "link"],
            column_config={"link": st.column_config.LinkColumn("open", display_text="article ↗"),
                           "score": st.column_config.NumberColumn(format="%+.2f")})
        for i in event.selection.rows:
            r = shown.iloc[i]
            st.page_link("pages/1_Articles.py", label=f"Open \u201c{r['title'] or r['article_id']}\u201d at this statement",
                         icon="📄", query_params={k: v for k, v in {
                             state.ARTICLE: r["article_id"], state.STATEMENT: r["statement_id"],
                             state.POS: None if r["statement_id"] else str(r["start"])}.items() if v})
        render_downloads(shown, name=f"said_about_{speaker}_{target}", key="about")
else:
    st.info("Choose a speaker and an actor, or pick a pair below.")

st.subheader("Pairs with most stances")
if len(all_pairs) > MAX_PAIRS:
    st.caption(f"The {MAX_PAIRS} most frequent of {len(all_pairs):,} speaker → target pairs.")
st.dataframe(pairs, hide_index=True, key="pairs", on_select=_pick_pair, selection_mode="single-row",
             column_config={"score": st.column_config.NumberColumn(format="%+.2f")})
render_downloads(pairs, name="stance_pairs", key="pairs_dl")
