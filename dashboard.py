from ui.setup import page_setup

page = page_setup("Overview")

import streamlit as st  # noqa: E402

st.title("ActorLens")
st.dataframe(page.corpus.statements[["speaker", "kind", "text"]])
