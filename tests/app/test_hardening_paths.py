"""Issue 11, items 15 and 17: the `corpus` link parameter is bounded and checked, and analysts
see paths relative to the data root or the store, never the server's own folders."""
from __future__ import annotations

import pytest

from ui import corpus_source as cs
from ui.setup import LOADED


def _page_text(at) -> str:
    parts = []
    for kind in ("markdown", "caption", "error", "warning", "info", "text", "title", "subheader", "header"):
        try:
            parts += [str(e.value) for e in at.get(kind)]
        except Exception:
            pass
    for df in at.dataframe:
        parts.append(df.value.to_csv())
    return "\n".join(parts)


@pytest.mark.parametrize("value, reason", [
    ("a" * 5000, "at most 1024 characters"),
    ("news/" + "b" * 300, "at most 255 characters"),
    ("x" * 256, "at most 255 characters"),
    ("news\x07", "control characters"),
])
def test_a_folder_parameter_no_file_system_accepts_is_an_error_not_a_crash(app, data_root, value, reason):
    at = app("dashboard", query_params={"corpus": f"folder:{value}"}).run()
    assert not at.exception
    [error] = at.session_state[LOADED].errors
    assert reason in error.reason and len(error.file) <= 80
    assert "a" * 200 not in _page_text(at)


def test_load_errors_name_files_relative_to_the_data_root(app, data_root, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORLENS_MAX_FILE_MB", "1")
    (data_root / "news" / "bad.json").write_text("{oops", encoding="utf-8")
    (data_root / "news" / "big.txt").write_bytes(b"x" * 3 * 2**20)
    result = cs.load_choice(cs.CorpusChoice(cs.FOLDER, "news"), roots=[data_root], max_bytes=2**20)
    assert sorted(e.file for e in result.errors) == ["news/bad.json", "news/big.txt"]
    at = app("dashboard", query_params={"corpus": "folder:news"}).run()
    assert not at.exception
    assert {e.file for e in at.session_state[LOADED].errors} == {"news/bad.json", "news/big.txt"}
    assert str(tmp_path) not in _page_text(at)


@pytest.mark.parametrize("path, expected", [
    ("{root}/news/a.txt", "news/a.txt"),
    ("{root}", "."),
    ("{store}/docs/x.json", "store/docs/x.json"),
    ("/etc/passwd", "passwd"),
    ("news/a.txt", "news/a.txt"),
])
def test_public_path(tmp_path, path, expected):
    root, store = tmp_path / "root", tmp_path / "store"
    assert cs.public_path(path.format(root=root, store=store), [root], store) == expected


def test_a_store_error_shows_no_server_path(app, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "srv" / "store"
    not_a_folder.parent.mkdir()
    not_a_folder.write_text("not a store", encoding="utf-8")
    monkeypatch.setenv("ACTORLENS_STORE", str(not_a_folder))
    at = app("dashboard", query_params={"corpus": "store"}).run()
    assert not at.exception
    text = _page_text(at)
    assert "cannot be read" in text and "not a folder" in text
    assert str(tmp_path) not in text


def test_store_load_errors_from_the_command_line_show_no_server_path(app, data_root, tmp_path):
    from analysis.ingest import ingest_articles
    from analysis.store import Store
    from analysis.types import Article, LoadError

    summary = ingest_articles([Article("a1", 'Ann Lee said: "We act."', "T")], Store(),
                              [LoadError(str(data_root / "news" / "bad.json"), None, "malformed JSON"),
                               LoadError("/elsewhere/secret/plan.txt", 3, "binary file")])
    assert str(tmp_path) in " ".join(summary.lines()), "the command line shows full paths"
    at = app("dashboard", query_params={"corpus": "store"}).run()
    assert not at.exception
    shown = [df.value for df in at.dataframe if "reason" in df.value.columns]
    assert shown and sorted(shown[0]["file"]) == ["news/bad.json", "plan.txt"]
    assert str(tmp_path) not in _page_text(at) and "/elsewhere" not in _page_text(at)


@pytest.mark.parametrize("text", ["1 new, 0 unchanged -> {store}", "cannot read {store}/published/x.parquet"])
def test_public_message_names_the_store_not_its_path(tmp_path, text):
    store = tmp_path / "srv" / "store"
    shown = cs.public_message(text.format(store=store), store=store)
    assert str(tmp_path) not in shown and "the store" in shown
