"""AppTest fixtures: run a page on the seed corpus (or a tiny corpus of our own), capture downloads."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from analysis import corpus as corpus_mod
from analysis import loading, query
from analysis.settings import PROJECT_ROOT
from analysis.types import Article

MAIN = PROJECT_ROOT / "dashboard.py"
PAGES = {"dashboard": None, "articles": "pages/1_Articles.py", "who_said_what": "pages/2_Who_said_what.py"}

SMALL_ARTICLES = [
    Article("voa-1", 'Andrey Kortunov said: "Russia wants bases in Cuba." The embargo hurts Havana, he added.',
            "Bases in Cuba", "2024-05-01", "VOA"),
    Article("tass-1", 'Maria Zakharova said: "Washington is to blame for the crisis." She spoke in Moscow.',
            "Blame", "2024-06-15", "TASS"),
    Article("xss-1", 'The hacker wrote: "<script>alert(1)</script> <img src=x onerror=alert(2)>" to the editors. '
            'Jane Doe said: "Never click <a href=\'javascript:alert(3)\'>links</a>."',
            "<b>Evil</b> title", "", "Web"),
]


@pytest.fixture(autouse=True)
def _plain_settings(monkeypatch, tmp_path):
    """Pages run as a local single-user install on the seed, with an empty store of their own."""
    for name in ("ACTORLENS_AUTH", "ACTORLENS_CORPUS", "ACTORLENS_DATA_ROOTS", "ACTORLENS_MAX_FILE_MB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ACTORLENS_STORE", str(tmp_path / "store"))


@pytest.fixture
def app():
    """`app("who_said_what", query_params={...}, session_state={...})` → an AppTest, not yet run."""

    def make(page: str, *, query_params: dict | None = None, session_state: dict | None = None) -> AppTest:
        at = AppTest.from_file(str(MAIN), default_timeout=180)
        if PAGES[page]:  # run as a page of the app, so links between pages resolve as in the browser
            at.switch_page(PAGES[page])
        for k, v in (query_params or {}).items():
            at.query_params[k] = v
        for k, v in (session_state or {}).items():
            at.session_state[k] = v
        return at

    return make


@pytest.fixture(scope="session")
def seed_corpus(nlp) -> corpus_mod.CorpusAnalysis:
    loaded = loading.load_paths([PROJECT_ROOT / "seeds"])
    return corpus_mod.analyze_corpus(loaded.articles, loaded.errors, nlp)


@pytest.fixture(scope="session")
def seed_table(seed_corpus):
    return query.statement_table(seed_corpus)


@pytest.fixture(scope="session")
def small_corpus(nlp) -> corpus_mod.CorpusAnalysis:
    return corpus_mod.analyze_corpus(SMALL_ARTICLES, [], nlp)


@pytest.fixture
def small_session():
    """Session state that makes the small hand-written corpus (dated, three sources, one hostile
    article) the session's corpus, as an upload would."""
    from ui import corpus_source as cs
    from ui.setup import LOADED, LoadedCorpus

    return {LOADED: LoadedCorpus(cs.CorpusChoice(cs.UPLOAD, "small.jsonl"), list(SMALL_ARTICLES), [])}


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """file name → bytes of every `st.download_button` the page rendered (deferred ones generated)."""
    captured: dict[str, bytes] = {}
    original_add, original_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def add(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        if file_name and isinstance(path_or_data, (bytes, bytearray)):
            captured[file_name] = bytes(path_or_data)
        return original_add(self, path_or_data, mimetype, coordinates, file_name, is_for_static_download)

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        data = data_callable()
        captured[file_name] = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        return original_deferred(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add", add)
    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return captured


@pytest.fixture
def data_root(tmp_path, monkeypatch) -> Path:
    """A configured server folder with `news/` (two articles) and a file outside it."""
    root = tmp_path / "root"
    (root / "news").mkdir(parents=True)
    (root / "news" / "a.txt").write_text("First story\n\nThe minister said: \"We will act.\"\n", encoding="utf-8")
    (root / "news" / "b.txt").write_text("Second story\n\nNothing was said today.\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Outside\n\nnot to be read\n", encoding="utf-8")
    monkeypatch.setenv("ACTORLENS_DATA_ROOTS", str(root))
    return root
