"""The overview page: counts, top speakers, load errors, and the corpus chooser."""
from __future__ import annotations

import pytest

from analysis import query
from ui import corpus_source as cs
from ui.setup import LOADED


def error_table(at):
    """The last table of load errors on the page (file, line, reason)."""
    return [d.value for d in at.dataframe if d.value.columns.tolist() == ["file", "line", "reason"]][-1]


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_seed_overview_shows_counts_and_top_speakers(app, seed_corpus):
    at = app("dashboard").run()
    assert not at.exception
    counts = query.overview_counts(seed_corpus)
    assert metrics(at) == {k.capitalize(): f"{v:,}" for k, v in counts.items()}
    top = query.top_speakers(seed_corpus, n=15)
    shown = at.dataframe[0].value
    assert shown["speaker"].tolist() == top["speaker"].tolist()
    assert shown["statements"].tolist() == top["statements"].tolist()
    assert any("without errors" in s.value for s in at.success)


def test_upload_loads_good_files_and_lists_bad_ones(app):
    at = app("dashboard").run()
    at.radio(key="corpus_kind").set_value(cs.UPLOAD).run()
    at.file_uploader(key="corpus_upload").set_value([
        ("story.txt", b'Quake hits\n\nThe mayor said: "We are safe now."\n', "text/plain"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "text/plain"),
        ("rows.jsonl", b'{"id": "r1", "text": "One line story."}\n{not json\n', "application/json"),
    ]).run()
    at.button(key="analyse_upload").click().run()
    assert not at.exception
    assert isinstance(at.session_state[LOADED].choice, cs.CorpusChoice)
    assert at.session_state[LOADED].choice.kind == cs.UPLOAD
    assert metrics(at)["Articles"] == "2"
    errors = error_table(at)
    assert "photo.txt" in errors["file"].tolist()
    assert any(f == "rows.jsonl" and line == "2" for f, line in zip(errors["file"], errors["line"]))
    assert at.query_params.get("corpus") is None  # an upload cannot be shared by link


def test_oversized_and_binary_uploads_are_refused_with_a_message(app, monkeypatch):
    monkeypatch.setenv("ACTORLENS_MAX_FILE_MB", "1")
    at = app("dashboard").run()
    at.radio(key="corpus_kind").set_value(cs.UPLOAD).run()
    at.file_uploader(key="corpus_upload").set_value([
        ("big.txt", b"word " * 300_000, "text/plain"),
        ("blob.bin", b"\x00\x01\x02" * 10, "application/octet-stream"),
    ]).run()
    at.button(key="analyse_upload").click().run()
    assert not at.exception
    assert any("None of the uploaded files" in e.value for e in at.error)
    errors = error_table(at).set_index("file")["reason"]
    assert "limit" in errors["big.txt"] and "blob.bin" in errors.index
    assert at.session_state[LOADED].choice.kind == cs.SEED  # the corpus did not change


def test_server_folder_under_a_data_root(app, data_root):
    at = app("dashboard").run()
    at.radio(key="corpus_kind").set_value(cs.FOLDER).run()
    assert "news" in at.selectbox(key="corpus_folder").options
    at.selectbox(key="corpus_folder").set_value("news").run()
    at.button(key="load_folder").click().run()
    assert not at.exception
    assert metrics(at)["Articles"] == "2"
    assert at.query_params.get("corpus") == "folder:news"


def test_corpus_link_opens_the_folder_in_a_new_session(app, data_root):
    at = app("who_said_what", query_params={"corpus": "folder:news"}).run()
    assert not at.exception
    assert at.session_state[LOADED].choice == cs.CorpusChoice(cs.FOLDER, "news")
    assert len(at.session_state[LOADED].articles) == 2


def test_escaping_link_is_refused_plainly(app, data_root):
    at = app("dashboard", query_params={"corpus": "folder:../"}).run()
    assert not at.exception
    assert metrics(at)["Articles"] == "0"
    assert any("'..'" in str(r) for r in error_table(at)["reason"])


def test_upload_into_the_shared_store(app):
    at = app("dashboard").run()
    at.radio(key="corpus_kind").set_value(cs.UPLOAD).run()
    at.toggle(key="corpus_to_store").set_value(True).run()
    at.file_uploader(key="corpus_upload").set_value(
        [("story.txt", b'Quake hits\n\nThe mayor said: "We are safe now."\n', "text/plain")]).run()
    at.button(key="analyse_upload").click().run()
    assert not at.exception
    assert at.session_state[LOADED].choice.kind == cs.STORE
    assert any(s.value.startswith("1 new, 0 unchanged") for s in at.success)
    assert metrics(at)["Articles"] == "1"
    assert at.query_params.get("corpus") == "store"


def test_viewers_cannot_add_to_the_store(app, monkeypatch):
    from ui import auth

    monkeypatch.setattr(auth, "gate", lambda mode: auth.User("val", "viewer"))
    at = app("dashboard").run()
    at.radio(key="corpus_kind").set_value(cs.UPLOAD).run()
    assert not at.exception
    assert len(at.toggle) == 0


def test_a_foreign_folder_as_store_is_reported_not_a_traceback(app, monkeypatch, tmp_path):
    bad = tmp_path / "not-a-store"
    bad.mkdir()
    (bad / "notes.txt").write_text("hello", encoding="utf-8")
    monkeypatch.setenv("ACTORLENS_STORE", str(bad))
    at = app("dashboard", query_params={"corpus": "store"}).run()
    assert not at.exception
    assert any("store cannot be read" in e.value and "not-a-store" in e.value.replace("\\", "") for e in at.error)
    assert metrics(at)["Articles"] == "0"


def test_top_speakers_download_as_shown(app, downloads):
    import io

    import pandas as pd

    at = app("dashboard").run()
    shown = at.dataframe[0].value
    csv = pd.read_csv(io.BytesIO(downloads["top_speakers.csv"]))
    assert csv["speaker"].tolist() == shown["speaker"].tolist()
    assert "actorlens-overview.html" in downloads


@pytest.mark.parametrize("dates, expected", [
    (["", "2020-01-02"], ["2024-05-06", "2020-01-02"]),
    (["", ""], ["2024-05-06", "2024-05-06"]),
    (["1999-07-25"], ["1999-07-25"]),
])
def test_a_date_for_undated_uploads_fills_only_the_undated(dates, expected):
    import datetime as dt

    from analysis.loading import LoadResult
    from analysis.types import Article
    from ui.setup import date_undated

    result = LoadResult([Article(f"a{i}", "text", date=d) for i, d in enumerate(dates)], [])
    assert [a.date for a in date_undated(result, dt.date(2024, 5, 6)).articles] == expected


@pytest.mark.parametrize("page", ["dashboard", "who_said_what"])
def test_an_analysis_stopped_midway_is_reported_once_as_cancelled(app, page):
    """`adopt` leaves its mark when the run is stopped (the analyst left the Overview): the next
    page says the upload was not analysed and the corpus is unchanged, and says it only once."""
    from ui.setup import PENDING

    at = app(page, session_state={PENDING: "bridge.txt"}).run()
    warnings = [w.value for w in at.warning if "was cancelled" in w.value]
    assert len(warnings) == 1 and "bridge\\.txt" in warnings[0] and "seed corpus" in warnings[0]  # md-escaped
    at.run()
    assert not [w for w in at.warning if "was cancelled" in w.value]


WIRE_TEXT = ('Officials met on Monday to discuss the new harbour rules for the coming season. '
             'Minister Anna Berg said: "The harbour stays open to every fishing boat." '
             'The rules take effect next month after a vote in the regional council.')


@pytest.mark.parametrize("carriers, articles", [(None, "1"), ("true", "2")])
def test_a_wire_story_two_outlets_carry_counts_once_unless_every_carrier_counts(app, carriers, articles):
    from analysis.types import Article
    from ui.setup import LoadedCorpus

    story = [Article("wire-a", WIRE_TEXT, "Harbour rules", "2024-03-04", "Daily A"),
             Article("wire-b", WIRE_TEXT, "Harbour rules", "2024-03-04", "Daily B")]
    session = {LOADED: LoadedCorpus(cs.CorpusChoice(cs.UPLOAD, "wire.jsonl"), story, [])}
    at = app("dashboard", session_state=session, query_params={"carriers": carriers} if carriers else None).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Articles"] == articles


def test_a_truncated_part_of_the_store_is_named_not_a_traceback(app, monkeypatch, tmp_path):
    from analysis.warehouse import temp_store
    from tests.synthetic_corpus import make_corpus

    store = temp_store(make_corpus(), tmp_path / "damaged")
    part = next((tmp_path / "damaged" / "batches").glob("*.articles.parquet"))
    with open(part, "r+b") as f:
        f.truncate(100)
    monkeypatch.setenv("ACTORLENS_STORE", str(store.path))
    at = app("dashboard", query_params={"corpus": "store"}).run()
    assert not at.exception
    assert any("store cannot be read" in e.value and part.name in e.value.replace("\\", "") for e in at.error)
    assert metrics(at)["Articles"] == "0"
