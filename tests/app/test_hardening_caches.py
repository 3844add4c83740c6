"""Issue 11, item 6: Streamlit's `clear_cache` message (any websocket client may send it, signed in
or not) must not force the analysis to be redone, nor make the server keep a copy per clear."""
from __future__ import annotations

import threading

import pytest
import streamlit as st

from analysis import corpus as corpus_mod
from analysis import pipeline
from ui import cache
from ui.process_cache import process_cache


def _clear_like_the_message() -> None:
    """What `AppSession._handle_clear_cache_request` does to the caches."""
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    calls = {"analyze_corpus": 0, "load_nlp": 0}

    def counting(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(corpus_mod, "analyze_corpus", counting("analyze_corpus", corpus_mod.analyze_corpus))
    monkeypatch.setattr(pipeline, "load_nlp", counting("load_nlp", pipeline.load_nlp))
    return calls


@pytest.mark.parametrize("page", ["dashboard", "who_said_what"])
def test_clearing_streamlit_caches_does_not_redo_the_analysis(app, counted, page):
    at = app(page).run()
    assert not at.exception
    before = dict(counted)
    for _ in range(5):
        _clear_like_the_message()
        at.run()
        assert not at.exception
    assert counted == before


def test_process_cache_keeps_results_across_a_clear_and_is_bounded():
    calls = []

    @process_cache(max_entries=3)
    def square(x: int, _note: str = "") -> int:
        calls.append(x)
        return x * x

    assert [square(2, _note="a"), square(2, _note="b")] == [4, 4] and calls == [2]
    _clear_like_the_message()
    assert square(2) == 4 and calls == [2]
    for x in range(10):
        square(x)
    assert square.size() == 3 and square.cached(9) and not square.cached(2)
    square.clear()
    assert square.size() == 0


def test_process_cache_computes_a_key_once_for_concurrent_callers():
    started, release, calls = threading.Event(), threading.Event(), []

    @process_cache()
    def slow(x: int) -> int:
        calls.append(x)
        started.set()
        release.wait(5)
        return x

    results = []
    threads = [threading.Thread(target=lambda: results.append(slow(1))) for _ in range(4)]
    for t in threads:
        t.start()
    started.wait(5)
    release.set()
    for t in threads:
        t.join(5)
    assert results == [1, 1, 1, 1] and calls == [1]


def test_expensive_results_are_not_in_streamlits_caches():
    for function in (cache.nlp, cache._analyze, cache._corpus_store, cache._warehouse):
        assert hasattr(function, "cached"), f"{function.__name__} is in a cache that clear_cache empties"
