"""Overview: choose the corpus, see its size, its top speakers and what failed to load."""
from ui.setup import page_setup

page = page_setup("Overview")

import streamlit as st  # noqa: E402

from analysis import loading  # noqa: E402
from ui import cache, render  # noqa: E402
from ui.report import view_filters  # noqa: E402
from ui import corpus_source as cs  # noqa: E402
from ui.setup import (DATE_MAX, DATE_MIN, FLASH, LoadedCorpus, adopt, date_undated, load_corpus,  # noqa: E402
                      secrets, set_corpus)

st.title("ActorLens")
st.caption("Who said what, about whom, and when — across a corpus of news articles.")
if flash := st.session_state.pop(FLASH, None):
    st.success(render.md_escape(flash))


with st.expander("Corpus", expanded=True, icon=":material/folder_open:"):  # open: switching stays one click away
    sec = secrets()
    roots = loading.data_roots(sec)
    max_bytes = loading.default_max_bytes(sec)
    kinds = cs.available_kinds(roots=roots, store=cs.store_available())
    kind = st.radio("Source of the articles", kinds, format_func=cs.KIND_LABELS.get, horizontal=True,
                    index=kinds.index(page.choice.kind) if page.choice.kind in kinds else 0,
                    key="corpus_kind")
    to_store = kind in (cs.UPLOAD, cs.FOLDER) and cs.STORE in kinds and page.user.can_edit and st.toggle(
        "Add to the shared analysis store", key="corpus_to_store",
        help="Otherwise the articles are analysed for this session only.")
    if kind == cs.SEED:
        st.caption("The sample article that ships with ActorLens.")
        if page.choice.kind != cs.SEED and st.button("Use the seed corpus", key="use_seed"):
            set_corpus(load_corpus(cs.CorpusChoice(cs.SEED)))
            st.rerun()
    elif kind == cs.UPLOAD:
        st.caption(f"Text, Markdown, HTML, JSON, JSON Lines or CSV; at most {max_bytes / 2**20:g} MB per file.")
        files = st.file_uploader("Articles", accept_multiple_files=True, key="corpus_upload")
        undated_date = st.date_input(
            "Date for undated articles", value=None, key="corpus_upload_date", format="YYYY-MM-DD",
            min_value=DATE_MIN, max_value=DATE_MAX,
            help="Given to every uploaded article whose date is not in its metadata, text or file name, "
                 "so that it appears on the Timelines.")
        if files and st.button("Add the uploaded files" if to_store else "Analyse the uploaded files",
                               type="primary", key="analyse_upload"):
            result = cs.load_uploaded([(f.name, f.getvalue()) for f in files], max_bytes=max_bytes)
            if undated_date:
                result = date_undated(result, undated_date)
            names = ", ".join(f.name for f in files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
            if result.articles:
                adopt(LoadedCorpus(cs.CorpusChoice(cs.UPLOAD, names), result.articles, result.errors), label=names,
                      to_store=to_store)
            st.error("None of the uploaded files could be loaded:")
            render.render_load_errors(result.errors, key="upload_errors")
    elif kind == cs.FOLDER:
        options = cs.folder_options(roots)
        current = page.choice.value if page.choice.kind == cs.FOLDER else None
        folder = st.selectbox("Folder under the configured data roots", options, key="corpus_folder",
                              index=options.index(current) if current in options else 0, accept_new_options=True)
        if folder and st.button("Load this folder", type="primary", key="load_folder"):
            loaded = load_corpus(cs.CorpusChoice(cs.FOLDER, folder))
            if loaded.articles:
                adopt(loaded, label=folder, to_store=to_store)
            st.error(f"Nothing could be loaded from {render.md_escape(folder)}:")
            render.render_load_errors(loaded.errors, key="folder_errors")
    elif kind == cs.STORE:
        st.caption("Articles ingested into the shared analysis store (here, or `python -m analysis ingest`).")
        if page.choice.kind != cs.STORE and st.button("Use the analysis store", type="primary", key="use_store"):
            set_corpus(LoadedCorpus(cs.CorpusChoice(cs.STORE)))
            st.rerun()

st.subheader(render.md_escape(page.choice.label.capitalize()), anchor=False)
from ui import sources_view  # noqa: E402

sources_view.render_overview(page)
counts = cache.ask(page, "overview_counts", page.filters)
render.render_counts(counts, key="counts")

left, right = st.columns([3, 2])
with left:
    st.markdown("#### Top speakers")
    top = cache.ask(page, "top_speakers", 15, page.filters)
    render.render_top_speakers(top, key="top_speakers")
    render.render_downloads(top, name="top_speakers", key="top_download", report_title="Overview",
                            report_filters=view_filters(page, **counts))
    st.page_link("pages/2_Who_said_what.py", label="Every statement: Who said what →")
with right:
    st.markdown("#### Load errors")
    render.render_load_errors(cache.ask(page, "load_errors"), key="load_errors")
