from ui.setup import page_setup

page = page_setup("What did X say about Y")

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from analysis import network  # noqa: E402
from ui import cache, relations_data, state  # noqa: E402
from ui.state import article_links  # noqa: E402
from ui.render import md_escape, render_downloads, render_evidence  # noqa: E402
from ui.report import render_report_download, view_filters  # noqa: E402

MAX_PAIRS = 500
MAX_LISTED = 1000  # rows of one pair the table shows (the downloads hold every one)
st.title("What did X say about Y")
st.caption("Every statement of one actor that names or targets another, with the words the stance was "
           "read from. Narrated acts (\u201cX criticised Y\u201d) are listed too.")

with st.sidebar:
    min_confidence = st.slider("Minimum stance confidence", 0.0, 1.0, network.DEFAULT_MIN_CONFIDENCE, step=0.05,
                               key="min_conf", bind="query-params",
                               help="Stance rows whose rule is trusted less are left out.")
all_pairs = relations_data.stance_matrix(page, min_confidence)
speakers = sorted(set(cache.ask(page, "speakers", page.filters).index) | set(all_pairs["source"].unique()))
targets = sorted(set(cache.ask(page, "top_actors", None, page.filters)["actor"]) | set(all_pairs["target"].unique()))
pairs = all_pairs.sort_values(["count", "source", "target"], ascending=[False, True, True]).head(MAX_PAIRS)
pairs = pairs.reset_index(drop=True)


def _article_link_params(about: pd.DataFrame) -> dict[str, list]:
    """Articles page parameters of every row, as columns: the statement, or for a narrated act
    its position."""
    ids = about["statement_id"].tolist()
    return {state.ARTICLE: about["article_id"].tolist(), state.STATEMENT: [i or None for i in ids],
            state.POS: [None if i else str(s) for i, s in zip(ids, about["start"].tolist())]}


def _article_text(article_id: str) -> str:
    return page.warehouse.article_texts([article_id]).get(article_id, "")


def _apply_picked_pair() -> None:
    """A row picked in the pairs table (previous run) becomes the speaker and target, once."""
    rows = list(((st.session_state.get("pairs") or {}).get("selection") or {}).get("rows") or [])
    if rows and st.session_state.get("al_pair_applied") != rows and rows[0] < len(pairs):
        st.session_state["speaker"], st.session_state["target"] = pairs.loc[rows[0], ["source", "target"]]
    st.session_state["al_pair_applied"] = rows


_apply_picked_pair()
left, right = st.columns(2)
speaker = left.selectbox("Speaker (X)", speakers, index=None, key="speaker", bind="query-params",
                         placeholder="choose an actor")
target = right.selectbox("About (Y)", targets, index=None, key="target", bind="query-params",
                         placeholder="choose an actor")

if speaker and target:
    said = relations_data.said_about(page, speaker, target, min_confidence, limit=MAX_LISTED)
    about = said.rows
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Statements and acts", said.total)
    c2.metric("Mean stance", f"{said.mean_score:+.2f}" if said.mean_score is not None else "–")
    c3.metric("Negative", said.negative)
    c4.metric("Positive", said.positive)
    if about.empty:
        st.info(f"No statement of {md_escape(speaker)} names {md_escape(target)} in this corpus.")
    else:
        link_params = _article_link_params(about)
        shown = about.assign(link=article_links(link_params))
        if said.total > len(shown):
            st.caption(f"The first {len(shown):,} of {said.total:,} (oldest first); the downloads hold every one.")
        event = st.dataframe(
            shown, hide_index=True, key="about", on_select="rerun", selection_mode="single-row",
            column_order=["date", "title", "kind", "polarity", "score", "confidence", "evidence", "text", "relation",
                          "link"],
            column_config={"link": st.column_config.LinkColumn("open", display_text="article ↗"),
                           "score": st.column_config.NumberColumn(format="%+.2f")})
        for i, r in zip(event.selection.rows, shown.iloc[event.selection.rows].itertuples()):
            has_evidence = not pd.isna(r.evidence_start)
            span = (r.evidence_start, r.evidence_end) if has_evidence else (r.start, r.end)
            context, offset = network.paragraphs_around(_article_text(r.article_id), *span)
            st.caption("The stance was read from the marked words:" if has_evidence else
                       f"No stance was read; the statement names {md_escape(target)}:")
            render_evidence({"sentence": context, "sentence_start": offset, "spans": [span]}, key="about_evidence")
            st.page_link("pages/1_Articles.py", label=f"Open “{md_escape(r.title or r.article_id)}” at this statement",
                         icon=":material/description:", query_params={k: v[i] for k, v in link_params.items() if v[i]})
        def every_row():
            rows = page.warehouse.said_about(speaker, target, min_confidence, page.filters).rows
            return rows.assign(link=article_links(_article_link_params(rows)))

        render_downloads(shown, name=f"said_about_{speaker}_{target}", key="about", every_row=every_row)
        render_report_download(f"What did {speaker} say about {target}", key="about",
                               filters=view_filters(page, speaker=speaker, target=target,
                                                    **{"minimum stance confidence": min_confidence}),
                               tables={"Statements": shown.drop(columns="link")})
else:
    st.info("Choose a speaker and an actor, or pick a pair below.")

st.subheader("Pairs with most stances")
if len(all_pairs) > MAX_PAIRS:
    st.caption(f"The {MAX_PAIRS} most frequent of {len(all_pairs):,} speaker → target pairs.")
st.dataframe(pairs, hide_index=True, key="pairs", on_select="rerun", selection_mode="single-row",
             column_config={"score": st.column_config.NumberColumn(format="%+.2f")})
render_downloads(pairs, name="stance_pairs", key="pairs_dl")
