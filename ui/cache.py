"""Cached resources: the spaCy model once per server, corpus analysis keyed by content."""
from __future__ import annotations

import hashlib

import streamlit as st

from analysis import corpus as corpus_mod
from analysis import loading, pipeline, settings
from analysis.types import Article, LoadError


@st.cache_resource(show_spinner="Loading the language model…")
def nlp(name: str):
    return pipeline.load_nlp(name or None)


def corpus_key(articles: list[Article]) -> str:
    h = hashlib.sha256()
    for a in articles:
        h.update(a.id.encode() + b"\0" + a.text.encode() + b"\0")
    return h.hexdigest()


@st.cache_data(show_spinner="Analysing the corpus…", max_entries=8, hash_funcs={list: lambda x: None})
def _analyze(key: str, articles: list[Article], errors: list[LoadError], model: str):
    return corpus_mod.analyze_corpus(articles, errors, nlp(model))


def analyze(articles: list[Article], errors: list[LoadError]) -> corpus_mod.CorpusAnalysis:
    """Analysis of a corpus, cached by its content: switching pages never re-parses."""
    model = settings.get("ACTORLENS_MODEL")
    return _analyze(corpus_key(articles), articles, errors, model)


@st.cache_data(show_spinner=False)
def load_seed() -> loading.LoadResult:
    return loading.load_paths([settings.SEED_DIR])
