"""Who said what: every statement with its speaker, searchable and filterable, linked to its article."""
from ui.setup import page_setup

page = page_setup("Who said what")

import streamlit as st  # noqa: E402

from analysis import query  # noqa: E402
from ui import cache, relations_data, render, state  # noqa: E402
from ui.report import view_filters  # noqa: E402

# what an analyst reads first: these fit at 1440 px without scrolling sideways
FIRST_COLUMNS = ["speaker", "statement", "stance", "date", "article"]
SORTS = {  # sort choice → (columns, label of the reverse toggle)
    "date": (["date", "article", "start"], "Newest first"),
    "speaker": (["speaker", "date", "start"], "Z to A"),
    "stance": (["stance", "date", "start"], "Reverse"),
    "article": (["article", "start"], "Z to A"),
}


def sorted_statements(rows, by: str, *, descending: bool = False):
    """The rows in the page's order (both the table and its downloads); undated rows last."""
    columns = [c for c in SORTS.get(by, SORTS["date"])[0] if c in rows.columns]
    if not columns:
        return rows
    return rows.sort_values(columns, ascending=not descending, kind="stable", na_position="last",
                            key=lambda c: c.replace("", None) if c.name == "date" else c)

st.title("Who said what")
table = cache.statement_table(page.full, page.key)
in_view = cache.statement_table(page.full, page.key, page.filters)

search_col, speaker_col, kind_col = st.columns([3, 3, 2])
search = search_col.text_input("Search statements and their sentences", key=state.SEARCH, bind="query-params",
                               placeholder='words or "a phrase"')
speakers = speaker_col.multiselect("Speaker", sorted(in_view["speaker"].unique()), key=state.SPEAKER,
                                   bind="query-params", placeholder="All speakers")
kinds = kind_col.multiselect("Kind", sorted(set(in_view["kind"].unique()) | {"direct", "indirect"}), key=state.KIND,
                             bind="query-params", placeholder="All kinds")

shown = query.filter_statements(in_view, search=search, speakers=speakers, kinds=kinds)
sort_col, order_col, count_col = st.columns([2, 2, 4], vertical_alignment="bottom")
sort_by = sort_col.selectbox("Sort by", list(SORTS), key=state.SORT, bind="query-params",
                             help="The table and its CSV/JSON downloads follow this order. Clicking a column "
                                  "header re-sorts the screen only.")
descending = order_col.toggle(SORTS[sort_by][1], key=state.DESCENDING, bind="query-params")
shown = sorted_statements(shown, sort_by, descending=descending)
columns = query.display_columns(shown)
columns = [c for c in FIRST_COLUMNS if c in columns] + [c for c in columns if c not in FIRST_COLUMNS]
count_col.caption(f"{len(shown):,} of {render.plural(len(table), 'statement')}")
ids = shown["id"].tolist()
roles = relations_data.roles_as_written(page)
display = shown[columns].assign(role=shown["id"].map(roles).fillna("")) if "role" in columns else shown[columns]

grid, detail = st.columns([7, 3], gap="medium")
with grid:
    st.dataframe(display, hide_index=True, on_select=state.copy_selection("wsw_table", "wsw_statement", ids),
                 selection_mode="single-row", key="wsw_table", height=560,
                 column_config={"speaker": st.column_config.TextColumn(width=110),
                                "statement": st.column_config.TextColumn(width=230),
                                "stance": st.column_config.TextColumn(width=64),
                                "date": st.column_config.TextColumn(width=88),
                                "article": st.column_config.TextColumn(width=120),
                                "role": st.column_config.TextColumn(width="medium")})
    render.render_downloads(display, name="who_said_what", key="wsw_download", report_title="Who said what",
                            report_filters=view_filters(page, search=search, speakers=speakers, kinds=kinds,
                                                        **{"sorted by": sort_by + (" (reversed)" if descending else "")}))

current = st.session_state.get("wsw_statement") or st.query_params.get(state.STATEMENT)
rows = list(range(min(len(ids), 1000)))  # every row of a big corpus: too slow
if current in ids[1000:]:
    rows.append(ids.index(current, 1000))
pickable = [ids[r] for r in rows]
snippets = shown.iloc[rows]  # not set_index: that copied the whole table on every rerun
labels = {i: f"{sp} · {render.snippet(tx)}" for i, sp, tx in zip(pickable, snippets["speaker"], snippets["statement"])}
with detail:
    selected = state.id_widget(st.selectbox, "Statement", pickable, param=state.STATEMENT, key="wsw_statement",
                               index=None, format_func=labels.get,
                               placeholder="Select a row, or pick one of the first 1,000 here")
    if selected is None:
        st.caption("Select a row of the table to read the whole statement, its sentence and where it comes from.")
    else:
        row = shown[shown["id"] == selected].iloc[0].to_dict()
        raw = page.full.statements[page.full.statements["id"] == selected].iloc[0].to_dict()
        st.page_link("pages/1_Articles.py", label="Open the article at this statement", icon=":material/article:",
                     query_params={state.ARTICLE: row["article_id"], state.STATEMENT: selected})
        st.markdown(f"**{render.md_escape(row['speaker'])}**"
                    + (f", {render.md_escape(roles[selected])}" if roles.get(selected) else "")
                    + f" — {row['kind']}" + (f", cue _{render.md_escape(row['cue'])}_" if row["cue"] else "")
                    + (f" · stance {render.md_escape(row['stance'])}" if row.get("stance") else ""))
        mention = render.text_of(raw.get("speaker_mention"))
        written = f"speaker as written: “{mention}” ({render.text_of(raw.get('speaker_kind')) or 'mention'})" if mention else ""
        st.caption(render.md_escape(" · ".join(x for x in (row["article"], row["date"], row["source"], written) if x)))
        render.render_evidence(raw, key="wsw_evidence")
