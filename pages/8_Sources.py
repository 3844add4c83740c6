"""Sources: the feeds the store follows, what each last fetched, what failed; editors add feeds and URLs."""
from ui.setup import page_setup

page = page_setup("Sources")

import streamlit as st  # noqa: E402

from analysis.store import Store  # noqa: E402
from ui import render, sources_view  # noqa: E402

st.title("Sources")
st.caption("Feeds the shared store follows. `python -m analysis watch` polls them (every 15 minutes by default) "
           "and fetches each new entry's article page; pasted URLs are fetched once, when pasted.")
sources_view.render_flash()
store = Store()
st.caption(render.md_escape(sources_view.freshness(store)))
st.dataframe(sources_view.feeds_table(store), hide_index=True, width="stretch", key="src_feeds")
if page.user.can_edit:
    sources_view.render_editor_controls(page.user)
else:
    st.info(f"Signed in as {page.user.name} ({page.user.role}): only editors can add feeds or fetch articles.")
st.markdown("#### Recent failures")
st.dataframe(sources_view.failures_table(store), hide_index=True, width="stretch", key="src_log")
