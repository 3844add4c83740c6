"""Who said what: every statement with its speaker, searchable and filterable, linked to its article."""
from ui.setup import page_setup

page = page_setup("Who said what")

import streamlit as st  # noqa: E402

from analysis import query  # noqa: E402
from ui import cache, render, state  # noqa: E402
from ui.report import view_filters  # noqa: E402

st.title("Who said what")
table = cache.statement_table(page.full, page.key)
in_view = cache.statement_table(page.full, page.key, page.filters)

search_col, speaker_col, kind_col = st.columns([3, 3, 2])
search = search_col.text_input("Search statements and their sentences", key=state.SEARCH, bind="query-params",
                               placeholder='words or "a phrase"')
speakers = speaker_col.multiselect("Speaker", sorted(in_view["speaker"].unique()), key=state.SPEAKER,
                                   bind="query-params", placeholder="All speakers")
kinds = kind_col.multiselect("Kind", sorted(set(in_view["kind"].unique()) | {"direct", "indirect"}), key=state.KIND,
                             bind="query-params", placeholder="Direct and indirect")

shown = query.filter_statements(in_view, search=search, speakers=speakers, kinds=kinds)
columns = query.display_columns(shown)
st.caption(f"{len(shown):,} of {len(table):,} statements")
ids = shown["id"].tolist()
st.dataframe(shown[columns], hide_index=True, on_select=state.copy_selection("wsw_table", "wsw_statement", ids),
             selection_mode="single-row", key="wsw_table",
             column_config={"statement": st.column_config.TextColumn(width="large"),
                            "role": st.column_config.TextColumn(width="medium")})
render.render_downloads(shown[columns], name="who_said_what", key="wsw_download", report_title="Who said what",
                        report_filters=view_filters(page, search=search, speakers=speakers, kinds=kinds))

current = st.session_state.get("wsw_statement") or st.query_params.get(state.STATEMENT)
rows = list(range(min(len(ids), 1000)))  # every row of a big corpus: too slow
if current in ids[1000:]:
    rows.append(ids.index(current, 1000))
pickable = [ids[r] for r in rows]
snippets = shown.iloc[rows]  # not set_index: that copied the whole table on every rerun
labels = {i: f"{sp} · {render.snippet(tx)}" for i, sp, tx in zip(pickable, snippets["speaker"], snippets["statement"])}
selected = state.id_widget(st.selectbox, "Open a statement", pickable, param=state.STATEMENT, key="wsw_statement",
                           index=None, format_func=labels.get,
                           placeholder="Select a row above, or pick one of the first 1,000 here")

if selected is not None:
    row = shown[shown["id"] == selected].iloc[0].to_dict()
    raw = page.full.statements[page.full.statements["id"] == selected].iloc[0].to_dict()
    st.markdown(f"#### {render.md_escape(row['speaker'])} — {row['kind']}"
                + (f", cue _{render.md_escape(row['cue'])}_" if row["cue"] else ""))
    mention = render.text_of(raw.get("speaker_mention"))
    written = f"speaker as written: “{mention}” ({render.text_of(raw.get('speaker_kind')) or 'mention'})" if mention else ""
    st.caption(render.md_escape(" · ".join(x for x in (row["article"], row["date"], row["source"], written) if x)))
    render.render_evidence(raw, key="wsw_evidence")
    st.page_link("pages/1_Articles.py", label="Open the article at this statement →",
                 query_params={state.ARTICLE: row["article_id"], state.STATEMENT: selected})
