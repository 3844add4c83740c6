"""The Corrections page: editors correct, undo, export and import; viewers only read."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from analysis import corrections as cx
from analysis import passwords
from analysis.settings import PROJECT_ROOT

PAGE = str(PROJECT_ROOT / "pages" / "7_Corrections.py")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORLENS_STORE", str(tmp_path / "store"))
    monkeypatch.delenv("ACTORLENS_AUTH", raising=False)
    monkeypatch.delenv("ACTORLENS_CORPUS", raising=False)
    return tmp_path / "store"


def _run() -> AppTest:
    return AppTest.from_file(PAGE, default_timeout=120).run()


def _stored(store):
    return cx.store_file(store).read()


def test_editor_merges_actors_and_sees_the_record(store):
    at = _run()
    assert not at.exception
    names = at.multiselect(key="corr_merge_names").options
    assert len(names) >= 2
    at.multiselect(key="corr_merge_names").set_value(names[:2]).run()
    at.button(key="corr_merge_go").click().run()
    assert not at.exception
    [c] = _stored(store)
    assert (c.op, c.who, c.args["names"], c.args["into"]) == ("merge_actors", "local", names[:2], names[0])
    assert at.success[0].value.startswith("Saved: merge")
    shown = at.dataframe[0].value
    assert list(shown["who"]) == ["local"] and list(shown["status"]) == ["active"]


def test_editor_reassigns_a_statement_then_undoes_it(store):
    at = _run()
    speakers = at.selectbox(key="corr_reassign_speaker").options
    at.selectbox(key="corr_reassign_speaker").set_value(speakers[-1]).run()
    at.button(key="corr_reassign_go").click().run()
    [c] = _stored(store)
    assert c.op == "reassign_speaker" and c.args["speaker"] == speakers[-1]
    assert {"article_id", "start", "end", "text"} <= set(c.args["statement"])
    at.button(key="corr_undo_go").click().run()
    [c] = _stored(store)
    assert c.undone and c.undone_by == "local"
    assert list(at.dataframe[0].value["status"]) == ["undone"]


def test_not_a_statement_counts_as_applied_not_stale(store):
    at = _run()
    at.button(key="corr_notstmt_go").click().run()
    [c] = _stored(store)
    assert c.op == "not_statement"
    assert list(at.dataframe[0].value["status"]) == ["active"]


def test_export_offers_the_stored_corrections(store):
    f = cx.store_file(store)
    f.add(cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice"))
    at = _run()
    assert not at.exception
    assert list(at.dataframe[0].value["status"]) == ["stale"]
    assert at.get("download_button")


def test_import_adds_good_records_and_names_bad_ones(store):
    good = cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice").to_dict()
    doc = {"format": cx.EXPORT_FORMAT, "corrections": [good, {"op": "explode"}]}
    at = _run()
    at.file_uploader(key="corr_import_file").upload("fixes.json", json.dumps(doc).encode(), "application/json").run()
    at.button(key="corr_import_go").click().run()
    assert not at.exception
    assert [c.id for c in _stored(store)] == [good["id"]]
    assert any("fixes.json: correction 2" in e.value for e in at.error)
    assert "Imported 1 new corrections" in at.success[0].value


def test_damaged_corrections_file_is_reported_and_the_page_still_renders(store):
    f = cx.store_file(store)
    f.add(cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice"))
    f.path.write_text("{oops", encoding="utf-8")
    at = _run()
    assert not at.exception
    assert "cannot be read" in at.error[0].value and str(f.path) in at.error[0].value


def test_viewer_sees_corrections_read_only(store):
    f = cx.store_file(store)
    f.add(cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice"))
    at = AppTest.from_file(PAGE, default_timeout=120)
    at.secrets["auth"] = {"mode": "password", "users": {"bob": {
        "password_hash": passwords.hash_password("bob-pw"), "role": "viewer"}}}
    at.run()
    at.text_input[0].input("bob")
    at.text_input[1].input("bob-pw")
    at.button[0].click().run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 1
    assert not at.tabs and not at.file_uploader
    assert not [b for b in at.button if b.key and b.key.startswith("corr_")]
    assert "only editors can change corrections" in at.info[0].value
