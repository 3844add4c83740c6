"""`page_setup()`: the one line every page starts with — config, sign-in gate, shared sidebar."""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from analysis import settings
from analysis.corpus import CorpusAnalysis

from . import auth, cache


@dataclass
class Page:
    title: str
    user: auth.User
    corpus: CorpusAnalysis


def _secrets():
    try:
        return dict(st.secrets)
    except Exception:
        return {}


def current_corpus() -> CorpusAnalysis:
    """The session's corpus (the seed article until the analyst loads another)."""
    loaded = st.session_state.get("loaded_corpus") or cache.load_seed()
    return cache.analyze(loaded.articles, loaded.errors)


def page_setup(title: str) -> Page:
    st.set_page_config(page_title=f"{title} · ActorLens", page_icon="🔎", layout="wide")
    user = auth.gate(settings.get("ACTORLENS_AUTH", _secrets()))
    corpus = current_corpus()
    with st.sidebar:
        st.caption(f"{len(corpus.articles)} articles · {len(corpus.statements)} statements")
    return Page(title, user, corpus)
