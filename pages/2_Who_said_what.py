"""Who said what: every statement with its speaker, searchable and filterable, linked to its article."""
from ui.setup import page_setup

page = page_setup("Who said what")

import streamlit as st  # noqa: E402

from analysis import query  # noqa: E402
from analysis.network import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from ui import cache, render, state  # noqa: E402
from ui.report import view_filters  # noqa: E402

# what an analyst reads first: these fit at 1440 px without scrolling sideways
FIRST_COLUMNS = ["speaker", "statement", "stance", "date", "article"]
SORTS = {  # sort choice → label of the reverse toggle (the order itself: `analysis.warehouse.SORTS`)
    "date": "Newest first",
    "speaker": "Z to A",
    "stance": "Reverse",
    "article": "Z to A",
}
PAGE_ROWS = 500  # rows a page of the table shows; the downloads hold every matching row

st.title("Who said what")
speaker_choices, kind_choices = cache.ask(page, "statement_choices", page.filters)

search_col, speaker_col, kind_col = st.columns([3, 3, 2])
search = search_col.text_input("Search statements and their sentences", key=state.SEARCH, bind="query-params",
                               placeholder='words or "a phrase"')
speakers = speaker_col.multiselect("Speaker", speaker_choices, key=state.SPEAKER, bind="query-params",
                                   placeholder="All speakers")
kinds = kind_col.multiselect("Kind", sorted(set(kind_choices) | {"direct", "indirect"}), key=state.KIND,
                             bind="query-params", placeholder="All kinds")

sort_col, order_col, page_col, count_col = st.columns([2, 2, 1, 3], vertical_alignment="bottom")
sort_by = sort_col.selectbox("Sort by", list(SORTS), key=state.SORT, bind="query-params",
                             help="The table and its CSV/JSON downloads follow this order. Clicking a column "
                                  "header re-sorts the screen only.")
descending = order_col.toggle(SORTS[sort_by], key=state.DESCENDING, bind="query-params")
asked = dict(speakers=tuple(speakers), kinds=tuple(kinds), search=search, sort=sort_by, descending=descending,
             min_confidence=DEFAULT_MIN_CONFIDENCE)
wanted = max(1, state.parse_int(st.session_state.get(state.TABLE_PAGE, st.query_params.get(state.TABLE_PAGE))) or 1)
result = cache.ask(page, "statements", page.filters, limit=PAGE_ROWS, offset=(wanted - 1) * PAGE_ROWS, **asked)
total = result.total
n_pages = max(1, -(-total // PAGE_ROWS))
if wanted > n_pages:  # fewer rows than before: the last page
    st.session_state[state.TABLE_PAGE] = wanted = n_pages
    result = cache.ask(page, "statements", page.filters, limit=PAGE_ROWS, offset=(wanted - 1) * PAGE_ROWS, **asked)
number = page_col.number_input("Page", min_value=1, max_value=n_pages, value=1, step=1, key=state.TABLE_PAGE,
                               bind="query-params", help=f"{PAGE_ROWS:,} rows a page; the downloads hold every row.")
shown = result.rows
columns = query.display_columns(shown)
columns = [c for c in FIRST_COLUMNS if c in columns] + [c for c in columns if c not in FIRST_COLUMNS]
everything = cache.corpus_totals(page.warehouse, page.key)["statements"]
count_col.caption(f"{total:,} of {render.plural(everything, 'statement')}"
                  + (f" · rows {(number - 1) * PAGE_ROWS + 1:,}–{(number - 1) * PAGE_ROWS + len(shown):,}"
                     if n_pages > 1 else ""))
ids = shown["id"].tolist()


def with_roles(rows):
    """The table's columns, the speaker's role as the article writes it (`render.roles_as_written`)."""
    if "role" not in columns:
        return rows[columns]
    texts = page.warehouse.article_texts(rows.loc[rows["role"] != "", "article_id"])
    roles = render.roles_as_written(rows, texts)
    return rows[columns].assign(role=[roles.get(i, "") for i in rows["id"].tolist()])


display = with_roles(shown)

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
                                                        **{"sorted by": sort_by + (" (reversed)" if descending else "")}),
                            every_row=None if n_pages == 1 else lambda: with_roles(
                                page.warehouse.statements(page.filters, limit=None, **asked).rows))

current = st.session_state.get("wsw_statement") or st.query_params.get(state.STATEMENT)
elsewhere = page.warehouse.statement_row(current) if current and current not in ids else None
pickable = ids + ([current] if elsewhere is not None else [])
labels = {i: f"{sp} · {render.snippet(tx)}" for i, sp, tx in zip(ids, shown["speaker"], shown["statement"])}
if elsewhere is not None:
    elsewhere["speaker"] = query.speaker_label(elsewhere.get("speaker"), elsewhere.get("speaker_kind"),
                                               elsewhere.get("role"), elsewhere.get("speaker_mention"))
    labels[current] = f"{elsewhere['speaker']} · {render.snippet(elsewhere['text'])}"
with detail:
    selected = state.id_widget(st.selectbox, "Statement", pickable, param=state.STATEMENT, key="wsw_statement",
                               index=None, format_func=labels.get,
                               placeholder="Select a row, or pick one of this page's rows here")
    if selected is None:
        st.caption("Select a row of the table to read the whole statement, its sentence and where it comes from.")
    else:
        if selected in ids:
            raw = cache.ask(page, "statement_row", selected)
            row = shown[shown["id"] == selected].iloc[0].to_dict()
            role = display.loc[display["id"] == selected, "role"].iloc[0] if "role" in display.columns else ""
        else:  # a linked statement on another page of the table
            raw = elsewhere
            row = {**raw, "stance": "", "cue": render.text_of(raw.get("cue"))}
            role = render.role_as_written(render.text_of(raw.get("role")))
        st.page_link("pages/1_Articles.py", label="Open the article at this statement", icon=":material/article:",
                     query_params={state.ARTICLE: row["article_id"], state.STATEMENT: selected})
        st.markdown(f"**{render.md_escape(row['speaker'])}**"
                    + (f", {render.md_escape(role)}" if role else "")
                    + f" — {row['kind']}" + (f", cue _{render.md_escape(row['cue'])}_" if row["cue"] else "")
                    + (f" · stance {render.md_escape(row['stance'])}" if row.get("stance") else ""))
        mention = render.text_of(raw.get("speaker_mention"))
        written = f"speaker as written: “{mention}” ({render.text_of(raw.get('speaker_kind')) or 'mention'})" if mention else ""
        st.caption(render.md_escape(" · ".join(x for x in (row["article"], row["date"], row["source"], written) if x)))
        render.render_evidence(raw, key="wsw_evidence")
