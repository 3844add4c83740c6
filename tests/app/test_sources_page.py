"""The Sources page: editors add a feed (fetched at once into the store) and paste URLs; viewers
see the feeds and failures but no control that fetches anything."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from analysis import feeds, passwords
from analysis.settings import PROJECT_ROOT
from analysis.store import Store
from tests.feed_server import feed_server  # noqa: F401


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORLENS_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("ACTORLENS_FETCH_DELAY", "0")
    for name in ("ACTORLENS_AUTH", "ACTORLENS_CORPUS"):
        monkeypatch.delenv(name, raising=False)
    return Store(tmp_path / "store")


def _app() -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=180)
    at.switch_page("pages/8_Sources.py")
    return at


def test_editor_adds_a_feed_and_its_articles_are_ingested(store, feed_server, nlp):
    at = _app().run()
    assert not at.exception
    at.text_input(key="src_feed_url").input(feed_server.url("/rss.xml"))
    at.button[0].click().run()  # the form's submit button
    assert not at.exception
    assert at.success and at.success[0].value.startswith("3 new")
    assert "HTTP 404" in at.code[0].value
    table = at.dataframe[0].value
    assert list(table["feed"]) == [feed_server.url("/rss.xml")]
    assert table["total articles"].iloc[0] == 3
    assert feed_server.url("/gone") in list(at.dataframe[1].value["url"])
    assert len(store.load().articles) == 3
    assert at.session_state["al_loaded_corpus"].choice.kind == "store"


def test_editor_pastes_urls_and_failures_are_listed(store, feed_server, nlp):
    at = _app().run()
    at.text_area(key="src_urls").input(f"{feed_server.url('/news/1')}\n{feed_server.url('/paywall')}\n"
                                       "http://169.254.169.254/latest/meta-data/")
    at.button[1].click().run()
    assert not at.exception
    assert at.success[0].value.startswith("1 new")
    reasons = dict(zip(at.dataframe[1].value["url"], at.dataframe[1].value["reason"]))
    assert "paywall stub" in reasons[feed_server.url("/paywall")]
    assert reasons["http://169.254.169.254/latest/meta-data/"].startswith("refused")


def test_viewer_sees_feeds_but_no_control(store, feed_server):
    feeds.add_feed(store, feed_server.url("/rss.xml"), user="alice")
    at = _app()
    at.secrets["auth"] = {"mode": "password", "users": {"bob": {
        "password_hash": passwords.hash_password("bob-pw"), "role": "viewer"}}}
    at.run()
    at.text_input[0].input("bob")
    at.text_input[1].input("bob-pw")
    at.button[0].click().run()
    assert not at.exception
    assert list(at.dataframe[0].value["feed"]) == [feed_server.url("/rss.xml")]
    assert not at.text_area and not [t for t in at.text_input if t.key == "src_feed_url"]
    assert not [b for b in at.button if b.key and b.key.startswith("src_")]
    assert "only editors can add feeds" in at.info[0].value
    assert feed_server.requests == []  # nothing was fetched on the viewer's behalf


def test_overview_shows_the_store_corpus_freshness(store, feed_server, nlp):
    feeds.ingest_live(store, feed_urls=[feed_server.url("/atom.xml")])
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=180)
    at.query_params["corpus"] = "store"
    at.run()
    assert not at.exception
    poll = feeds.feeds_doc(store)["last_poll"]
    assert any(c.value.replace("\\", "") == f"Corpus freshness: newest article 2026-11-03 · last feed poll {poll}"
               for c in at.caption)


def test_editor_pastes_urls_on_the_overview(store, feed_server, nlp):
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=180).run()
    at.text_area(key="ov_urls").input(feed_server.url("/news/2") + "\n" + feed_server.url("/gone"))
    next(b for b in at.button if "Fetch these articles" in b.label).click().run()
    assert not at.exception
    assert at.success[0].value.startswith("1 new")
    assert at.session_state["al_loaded_corpus"].choice.kind == "store"
    assert list(store.load().articles["url"]) == [feed_server.url("/news/2")]


def test_viewer_has_no_url_form_on_the_overview(store, monkeypatch):
    from ui import auth

    monkeypatch.setattr(auth, "gate", lambda mode: auth.User("val", "viewer"))
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=180).run()
    assert not at.exception
    assert not at.text_area
    assert not [b for b in at.button if "Fetch" in (b.label or "")]
