"""The Corrections page: editors correct, undo, export and import; viewers only read."""
from __future__ import annotations

import json
from pathlib import Path

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


def _app(page: str = PAGE) -> AppTest:
    """The page run as part of the app (as in the browser), so links to other pages resolve."""
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=120)
    if page != str(PROJECT_ROOT / "dashboard.py"):
        at.switch_page(str(Path(page).relative_to(PROJECT_ROOT)))
    return at


def _run() -> AppTest:
    return _app().run()


def _shown(elements) -> list[str]:
    """The texts of message elements without the Markdown escapes (`ui.render.md_escape`)."""
    return [e.value.replace("\\", "") for e in elements]


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
    assert any("fixes.json: correction 2" in e for e in _shown(at.error))
    assert "Imported 1 new corrections" in at.success[0].value


@pytest.mark.parametrize("content", ["{oops", "\udcff", "[" * 50_000, '{"format": "actorlens-corrections", '
                                     '"corrections": {"a": 1}}', "null"])
def test_damaged_corrections_file_is_reported_and_the_page_still_renders(store, content):
    f = cx.store_file(store)
    f.add(cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice"))
    f.path.write_text(content, encoding="utf-8", errors="surrogateescape")
    at = _run()
    assert not at.exception
    assert "cannot be read" in _shown(at.error)[0] and "docs/corrections.json" in _shown(at.error)[0]
    assert str(store) not in " ".join(_shown(at.error) + _shown(at.caption))
    assert at.dataframe[0].value.empty


BAD_SPLIT = {"op": "split_actor", "args": {"actor": ["Vladimir Putin"], "alias": "Putin"}, "who": "mallory",
             "when": "2026-01-01T00:00:00+00:00", "id": "bad000000001"}


@pytest.mark.parametrize("page", [PAGE, str(PROJECT_ROOT / "dashboard.py"), str(PROJECT_ROOT / "pages" / "2_Who_said_what.py")])
def test_an_unreadable_record_is_skipped_and_every_page_still_renders(store, page):
    f = cx.store_file(store)
    good = cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice")
    f.add(good)
    doc = json.loads(f.path.read_text(encoding="utf-8"))
    doc["corrections"].append(BAD_SPLIT)
    f.path.write_text(json.dumps(doc), encoding="utf-8")
    at = _app(page).run()
    assert not at.exception
    if page == PAGE:
        assert "1 record(s)" in at.warning[0].value
        assert any("correction 2: split_actor" in c for c in _shown(at.caption))
        assert list(at.dataframe[0].value["id"]) == [good.id]
        at.button(key="corr_drop_unreadable").click().run()
        assert not at.exception and cx.store_file(store).read_report().unreadable == []


def test_a_record_that_fails_when_applied_is_reported_and_can_be_undone(store, monkeypatch):
    def explode(ov, a):
        raise ValueError("cannot split")

    monkeypatch.setitem(cx._APPLY, "split_actor", explode)
    f = cx.store_file(store)
    bad = cx.new_correction("split_actor", {"actor": "Vladimir Putin", "alias": "Putin"}, who="alice")
    f.add(bad)
    at = _run()
    assert not at.exception
    assert any("Not applied" in w and "cannot split" in w for w in _shown(at.warning))
    assert at.dataframe[0].value["status"].iloc[0] == "failed: ValueError: cannot split"
    at.button(key="corr_undo_go").click().run()
    assert not at.exception and [c.undone for c in _stored(store)] == [True]


def test_import_records_the_importer_and_keeps_the_file_author_as_originally_by(store):
    forged = cx.Correction("not_actor", {"actor": "Nobody"}, who="the-boss", when="2001-01-01T00:00:00+00:00")
    at = _run()
    at.file_uploader(key="corr_import_file").upload("fixes.json", cx.export_json([forged]).encode(),
                                                    "application/json").run()
    at.button(key="corr_import_go").click().run()
    assert not at.exception
    [c] = _stored(store)
    assert (c.who, c.original_who, c.original_when) == ("local", "the-boss", forged.when)
    assert c.when > forged.when
    shown = at.dataframe[0].value
    assert list(shown["who"]) == ["local"] and list(shown["originally by"]) == [f"the-boss ({forged.when})"]


def test_viewer_sees_corrections_read_only(store):
    f = cx.store_file(store)
    f.add(cx.new_correction("not_actor", {"actor": "Nobody"}, who="alice"))
    at = _app()
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
