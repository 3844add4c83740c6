"""What the store derives for the pages' first views: the rollups of the day aggregates, the
article and statement counts by day and outlet (`analysis.aggregates`), answered as the rows say
(stores written before them answer the same, and get them with `Store.merge_aggregates()`); and
the statement index each writer derives for the version it leaves (`Store._build_derived`), read
with the corrections applied on top as the index a reader builds itself."""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import time

import pytest

from analysis import aggregates, corrections, network, query, warehouse
from analysis import store as store_module
from analysis.store import AGGREGATE_TABLES, Store
from tests.analysis.test_warehouse import ALL, answers, answers_equal, frames_equal, page_sorted, write_generated

NEW_TABLES = (*aggregates.ROLLUPS, *aggregates.MONTHLY, "agg_articles", "agg_actor_articles")


def strip_new_tables(store: Store) -> None:
    """Make `store` one written before the rollups and article counts: no entry names them."""
    for entry in (store.path / "published").glob("*.json"):
        m = json.loads(entry.read_text())
        for t in NEW_TABLES:
            if t in m["files"]:
                (store.path / "batches" / m["files"].pop(t)).unlink()
                m["rows"].pop(t, None)
        entry.write_text(json.dumps(m))
    (store.path / "manifest-index.json").unlink(missing_ok=True)


def complete(store: Store) -> dict[str, bool]:
    w = warehouse.Warehouse(store, corrections=[])
    try:
        return dict(w._complete)
    finally:
        w.close()


@pytest.mark.parametrize("merge_at", ["3", "100"])
def test_a_store_without_rollups_answers_the_same_and_gets_them_by_a_merge(tmp_path, monkeypatch, merge_at):
    monkeypatch.setenv("ACTORLENS_AGG_MERGE_AT", merge_at)
    store = Store(tmp_path / "s")
    write_generated(store, n=48, batch=8, rewrite=range(3, 12))
    assert all(complete(store).values())
    want = answers(store)
    strip_new_tables(store)
    assert not any(complete(Store(store.path)).values())
    answers_equal(answers(Store(store.path)), want)  # from the day tables and the rows
    store = Store(store.path)
    assert store.merge_aggregates() is not None
    assert all(complete(store).values())
    answers_equal(answers(store), want)
    live = [m for m in store._manifests() if m["files"].get("agg_actor_day")
            and m["batch"] not in {b for x in store._manifests() for b in x.get("replaces", ())}]
    assert len(live) == 1 and all(t in live[0]["files"] for t in AGGREGATE_TABLES)


def test_batches_written_after_the_rollups_keep_the_answers_of_a_store_that_always_had_them(tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORLENS_AGG_MERGE_AT", "3")
    old, always = Store(tmp_path / "old"), Store(tmp_path / "always")
    for store in (old, always):
        write_generated(store, n=24, batch=8, rewrite=range(0, 0))
    strip_new_tables(old)
    old = Store(old.path)
    for store in (old, always):
        write_generated(store, n=0, rewrite=range(2, 9))
        write_generated(store, n=0, rewrite=range(5, 7))
    answers_equal(answers(old), answers(always))
    old.merge_aggregates()
    assert all(complete(old).values())
    answers_equal(answers(old), answers(always))


def test_statement_counts_come_from_the_article_counts(tmp_path):
    store = Store(tmp_path / "s")
    write_generated(store, n=24, batch=8, rewrite=range(2, 6))
    w = warehouse.Warehouse(store, corrections=[])
    rows = w.con.execute("SELECT count(*) FROM statements s JOIN cur ON s.article_id = cur.id "
                         "AND s.batch = cur.batch").fetchone()[0]
    assert w.statement_count() == rows == w.overview_counts()["statements"]
    w.con.execute("DROP VIEW statements")  # the counts read no statement rows
    assert w.statement_count() == rows
    w.close()


def derived_files(store: Store, retired: bool = False) -> list[str]:
    """The derived statement index sets: the current one, or (`retired`) those of older versions."""
    return sorted(p.name for p in (store.path / "derived").glob("set-*.json")
                  if p.with_name(p.name + ".retired").is_file() == retired)


def statement_views(w: warehouse.Warehouse) -> dict:
    conf = network.DEFAULT_MIN_CONFIDENCE
    out = {"choices": w.statement_choices(ALL), "count": w.statement_count()}
    for sort in warehouse.SORTS:
        out[sort] = w.statements(ALL, sort=sort, limit=None, min_confidence=conf)
    top = w.top_speakers(2)["speaker"].tolist()
    out["speaker"] = w.statements(ALL, speakers=top, sort="article", limit=None, min_confidence=conf)
    return out


def some_corrections(store: Store) -> list:
    corpus = store.load()
    top = query.top_speakers(corpus, 4)["speaker"].tolist()
    person = next(p for p in top if " " in p)
    said = corpus.statements[corpus.statements["speaker"] == top[0]]
    return [
        corrections.new_correction("merge_actors", {"names": [top[1], top[2]], "into": top[1]}, "editor"),
        corrections.new_correction("split_actor", {"actor": person, "alias": person,  # the form speakers are written in
                                                   "new_name": "Someone Else"}, "editor"),
        corrections.new_correction("not_actor", {"actor": top[3]}, "editor"),
        corrections.new_correction("reassign_speaker", {"statement": corrections.statement_key(said.iloc[0]),
                                                        "speaker": "A New Speaker"}, "editor"),
        corrections.new_correction("not_statement", {"statement": corrections.statement_key(said.iloc[1])}, "editor"),
    ]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("derived") / "store")
    write_generated(store, n=40, batch=8, rewrite=range(2, 9))
    return store


@pytest.mark.parametrize("corrected", [False, True])
def test_the_derived_statement_index_answers_as_the_one_a_reader_builds(written, tmp_path, corrected):
    records = some_corrections(written) if corrected else []
    assert len(derived_files(written)) == 1  # the writer derived it
    w = warehouse.Warehouse(written, corrections=records)
    got = statement_views(w)
    assert w.con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'stmt'").fetchone()[0] == 1
    w.close()
    copy = Store(tmp_path / "copy")
    shutil.copytree(written.path, copy.path)
    shutil.rmtree(copy.path / "derived")
    w = warehouse.Warehouse(copy, corrections=records)
    want = statement_views(w)
    assert w.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'stmt'").fetchone()[0] == 1
    w.close()
    assert got["choices"] == want["choices"] and got["count"] == want["count"]
    for name in want:
        if name not in ("choices", "count"):
            assert got[name].total == want[name].total, name
            frames_equal(got[name].rows, want[name].rows, warehouse.STATEMENT_COLUMNS)
    if corrected:
        assert "A New Speaker" in got["choices"][0] and "Someone Else" in got["choices"][0]


def test_a_writer_that_did_not_derive_leaves_readers_building_their_own(tmp_path, monkeypatch):
    store = Store(tmp_path / "s")
    write_generated(store, n=24, batch=8, rewrite=range(0, 0))
    before = derived_files(store)
    with monkeypatch.context() as m:
        m.setattr(Store, "_build_derived", lambda self: None)  # as a writer killed after publishing
        write_generated(store, n=0, rewrite=range(1, 5))
    assert derived_files(store) == before  # (now of an older version, but not retired by a writer)
    w = warehouse.Warehouse(store, corrections=[])
    conf = network.DEFAULT_MIN_CONFIDENCE
    table = query.statement_table(store.load(), conf)
    frames_equal(w.statements(ALL, limit=None, min_confidence=conf).rows,
                 page_sorted(query.filter_statements(table, count_carriers=True), "date", False),
                 warehouse.STATEMENT_COLUMNS)
    assert w.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'stmt'").fetchone()[0] == 1
    w.close()
    Store(store.path).build_derived()  # the one-off for such a store
    assert len(derived_files(store)) == 1 and before[0] in derived_files(store, retired=True)
    w = warehouse.Warehouse(store, corrections=[])
    w.statement_count()
    assert w.con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'stmt'").fetchone()[0] == 0
    w._statement_index()
    assert w.con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'stmt'").fetchone()[0] == 1
    w.close()


def test_older_versions_derived_files_stay_an_hour_for_open_readers(tmp_path, monkeypatch):
    store = Store(tmp_path / "s")
    write_generated(store, n=16, batch=8, rewrite=range(0, 0))
    old = warehouse.Warehouse(store, corrections=[])
    first = derived_files(store)
    write_generated(store, n=0, rewrite=range(1, 3))
    assert len(derived_files(store)) == 1 and first[0] in derived_files(store, retired=True)
    assert old.statements(ALL, limit=5).total > 0  # the reader of the older version still reads its file
    old.close()
    monkeypatch.setattr(store_module, "RETIRED_KEEP_S", 0.0)
    write_generated(store, n=0, rewrite=range(3, 4))
    assert first[0] not in derived_files(store, retired=True) and len(derived_files(store)) == 1
    assert len(derived_files(store, retired=True)) == 1  # the version just left: retired now


def _derive_and_be_killed(path: str) -> None:
    """Write a batch, then stop for good just before the derived index's rename (killed there)."""
    original = os.replace

    def stalled(src, dst):
        if "derived" in str(dst):
            time.sleep(60)
        return original(src, dst)

    os.replace = stalled
    write_generated(Store(path), n=0, rewrite=range(0, 5))


def test_a_writer_killed_while_deriving_leaves_readers_answering_from_the_rows(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=16, batch=8, rewrite=range(0, 0))
    before = derived_files(store)
    proc = multiprocessing.get_context("spawn").Process(target=_derive_and_be_killed, args=(str(store.path),))
    proc.start()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not list((store.path / "derived").glob(".tmp-*")):
            time.sleep(0.05)
        assert list((store.path / "derived").glob(".tmp-*")), "the writer never got to deriving"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
    assert derived_files(store) == before  # the batch is published, its version has no derived index
    w = warehouse.Warehouse(store, corrections=[])
    conf = network.DEFAULT_MIN_CONFIDENCE
    table = query.statement_table(store.load(), conf)
    frames_equal(w.statements(ALL, limit=None, min_confidence=conf).rows,
                 page_sorted(query.filter_statements(table, count_carriers=True), "date", False),
                 warehouse.STATEMENT_COLUMNS)
    w.close()
    write_generated(store, n=0, rewrite=range(6, 8))  # the next writer removes the temp file and derives
    assert not list((store.path / "derived").glob(".tmp-*")) and len(derived_files(store)) == 1


@pytest.mark.parametrize("first", ["articles", "article_count", "overview_counts"])
def test_a_corrected_derived_index_opens_whatever_page_asks_first(written, first):
    """The article list counts its total with fetchone, then opens the derived index; with merges
    or "not an actor" to relabel, registering that table failed on the count's unread result."""
    w = warehouse.Warehouse(written, corrections=some_corrections(written))
    getattr(w, first)()
    assert w.articles(limit=5).total == w.article_count()
    assert w.statements(limit=5).total > 0
    w.close()


def statement_pages(w: warehouse.Warehouse) -> dict:
    """Pages of the Who said what table read through windows of the index's places, and every row."""
    conf = network.DEFAULT_MIN_CONFIDENCE
    out = statement_views(w)
    speaker = w.top_speakers(1)["speaker"].tolist()
    for sort, descending in (("date", False), ("date", True), ("stance", False)):
        for ask in ({}, {"search": "the"}, {"speakers": speaker}, {"kinds": ["direct"]}):
            for offset, limit in ((0, 7), (5, 11), (30, 4)):
                out[sort, descending, str(ask), offset] = w.statements(
                    ALL, sort=sort, descending=descending, limit=limit, offset=offset, min_confidence=conf, **ask)
    return out


def derived_set(store: Store) -> dict:
    [name] = derived_files(store)
    return json.loads((store.path / "derived" / name).read_text())


@pytest.mark.parametrize("room", ["gaps", "gaps, rows merged", "no room between places"])
def test_an_index_derived_batch_by_batch_answers_as_one_a_reader_builds(tmp_path, monkeypatch, room):
    """Each writer derives only its batches' rows (a delta part placed between its neighbours in the
    sorts; re-written articles' older rows retracted, also when a row merge of the same writer has
    dropped them from the row parts; deltas merged once there are more than `_DELTA_PARTS`); read
    with or without corrections it answers as the index built whole. Without room between places
    (`_GAP` 1) a writer derives the whole index anew and still answers the same."""
    monkeypatch.setattr(warehouse, "_DELTA_SHARE", 100.0)
    monkeypatch.setattr(warehouse, "_DELTA_PARTS", 3)
    if room.endswith("rows merged"):
        monkeypatch.setenv("ACTORLENS_ROW_MERGE_AT", "3")
    if not room.startswith("gaps"):
        monkeypatch.setattr(warehouse, "_GAP", 1)
    store = Store(tmp_path / "s")
    write_generated(store, n=40, batch=8, rewrite=range(2, 9))
    write_generated(store, n=0, rewrite=range(20, 31))
    parts = derived_set(store)["parts"]
    store.write_batch({"errors": [{"file": "bad.txt", "line": 1, "reason": "unreadable"}]})  # no statement: no part
    record = derived_set(store)
    assert record["parts"] == parts
    if room.startswith("gaps"):
        assert 1 < len(record["parts"]) <= 3 and record["retracted"]  # deltas, merged, and re-written rows
        assert any(p["file"].endswith("-deltas.parquet") for p in record["parts"])
    w = warehouse.Warehouse(store, corrections=[])
    sorted_places = w.con.execute(f"SELECT _by_date, _by_date_desc FROM {w._statement_index()} "
                                  "ORDER BY nullif(date, '') NULLS LAST, article, start, batch, _row").df()
    assert sorted_places["_by_date"].is_monotonic_increasing and sorted_places["_by_date"].is_unique
    w.close()
    copy = Store(tmp_path / "copy")
    shutil.copytree(store.path, copy.path)
    shutil.rmtree(copy.path / "derived")
    for records in ([], some_corrections(store)):
        got, want = [], []
        for s, out in ((store, got), (copy, want)):
            w = warehouse.Warehouse(s, corrections=records)
            out.append(statement_pages(w))
            assert (w.con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'stmt'").fetchone()[0]
                    == (s is store))
            w.close()
        got, want = got[0], want[0]
        assert got["choices"] == want["choices"] and got["count"] == want["count"]
        for name in want:
            if name not in ("choices", "count"):
                assert got[name].total == want[name].total, name
                frames_equal(got[name].rows, want[name].rows, warehouse.STATEMENT_COLUMNS)


@pytest.mark.parametrize("later", ["re-links a stored name", "names someone new"])
def test_a_delta_whose_links_move_a_stored_speaker_relabels_the_older_parts(tmp_path, monkeypatch, later):
    """A later batch's full name re-links an older surname ("Putin" → "Vladimir Putin"): the base part,
    labelled before, keeps its own links and readers relabel its rows; a batch that only names someone
    new leaves the base reading as labelled (its links are the current ones)."""
    from tests.analysis.test_store import rows_for, rows_with_full_name

    monkeypatch.setattr(warehouse, "_DELTA_SHARE", 100.0)
    store = Store(tmp_path / "s")
    store.write_batch(rows_for("a1", date="2024-01-02"), ["k1:1:m"])
    second = rows_with_full_name("a2")
    if later == "names someone new":
        for table in ("mentions", "actors", "statements", "stances"):
            for r in second[table]:
                for col in ("actor", "name", "speaker", "source"):
                    if r.get(col) == "Vladimir Putin":
                        r[col] = "Olaf Scholz"
        second["actors"][0]["aliases"] = ["Olaf Scholz"]
    store.write_batch(second, ["k2:1:m"])
    record = derived_set(store)
    assert len(record["parts"]) == 2
    assert (record["parts"][0]["links"] == record["parts"][1]["links"]) == (later == "names someone new")
    w = warehouse.Warehouse(store, corrections=[])
    got = w.statements(ALL, limit=None)
    w.close()
    want = ["Vladimir Putin", "Vladimir Putin"] if later == "re-links a stored name" else ["Putin", "Olaf Scholz"]
    assert got.rows.sort_values("article_id")["speaker"].tolist() == want


def speaker_views(w: warehouse.Warehouse) -> dict:
    """Top speakers' article counts and the statements behind a timeline point, under each filter."""
    from tests.analysis.test_warehouse import FILTERS

    out = {}
    for name, f in FILTERS.items():
        out["top", name] = w.top_speakers(8, f)
        actor = out["top", name]["speaker"].iloc[0]
        dates = sorted(d for d in w.statements(f, speakers=[actor], limit=None).rows["date"] if d)
        for freq in ("D", "W", "M"):
            out["period", name, freq] = w.statements_in_period(actor, dates[len(dates) // 2][:10], freq, f)
    return out


def _base_and_deltas(tmp_path, monkeypatch, rewrite):
    """A store whose derived set is a base of 40 articles derived whole, then delta parts (at most 3
    before they merge) for the batches that re-write the articles of `rewrite`."""
    monkeypatch.setattr(warehouse, "_DELTA_SHARE", 0.0)
    monkeypatch.setattr(warehouse, "_DELTA_PARTS", 3)
    store = Store(tmp_path / "s")
    write_generated(store, n=40, batch=8, rewrite=range(0))
    monkeypatch.setattr(warehouse, "_DELTA_SHARE", 100.0)
    write_generated(store, n=0, rewrite=rewrite)
    return store


@pytest.mark.parametrize("records", ["none", "merge and split", "every kind"])
@pytest.mark.parametrize("rewrite", [range(0), range(20, 31)])
def test_top_speakers_and_period_rows_from_the_derived_parts_answer_as_the_rows(tmp_path, monkeypatch, records,
                                                                                 rewrite):
    """Each derived part carries its speakers' article counts by day and outlet; top speakers sum them
    (counting in the rows only the names a correction or a later link relabels, and every name when
    rows are retracted or overlaid), and a timeline point's statements are found by date in the
    index: the same answers as a reader that has no derived index, with or without corrections."""
    store = _base_and_deltas(tmp_path, monkeypatch, rewrite)
    record = derived_set(store)
    assert all((store.path / "derived" / p[warehouse._SPEAKERS]).is_file() for p in record["parts"])
    assert bool(record["retracted"]) == bool(rewrite)
    chosen = {"none": [], "merge and split": some_corrections(store)[:2], "every kind": some_corrections(store)}[records]
    copy = Store(tmp_path / "copy")
    shutil.copytree(store.path, copy.path)
    shutil.rmtree(copy.path / "derived")
    got, want = [], []
    for s, out in ((store, got), (copy, want)):
        w = warehouse.Warehouse(s, corrections=chosen)
        out.append(speaker_views(w))
        assert w._uses_derived() == (s is store)
        if s is store and records == "none":
            assert w._relabelled_speakers(store.path / "derived", record["parts"]) == set()
        w.close()
    assert sum(len(frame) for key, frame in want[0].items() if key[0] == "period") > 0
    for key, frame in want[0].items():
        frames_equal(got[0][key], frame)



def about_views(w: warehouse.Warehouse) -> dict:
    """Said about the busiest pairs under each filter: every row, and a page with the figures of all."""
    from tests.analysis.test_warehouse import FILTERS

    out = {}
    pairs = w.stance_matrix(ALL).sort_values(["count", "source", "target"], ascending=[False, True, True])
    for source, target in pairs[["source", "target"]].head(3).itertuples(index=False):
        for name, f in FILTERS.items():
            for conf in (0.0, network.DEFAULT_MIN_CONFIDENCE):
                out[source, target, name, conf] = w.said_about(source, target, conf, f)
                out[source, target, name, conf, "page"] = w.said_about(source, target, conf, f, limit=3)
    return out


def abouts_equal(got: dict, want: dict) -> None:
    assert got.keys() == want.keys()
    for key, page in want.items():
        frames_equal(got[key].rows, page.rows)
        assert (got[key].total, got[key].negative, got[key].positive) == (page.total, page.negative, page.positive), key
        assert got[key].mean_score == (None if page.mean_score is None else pytest.approx(page.mean_score)), key


@pytest.mark.parametrize("records", ["none", "merge and split", "every kind"])
@pytest.mark.parametrize("rewrite", [range(0), range(20, 31)])
@pytest.mark.parametrize("busy", [1, 17])
def test_said_about_from_the_derived_pair_rows_answers_as_the_rows(tmp_path, monkeypatch, records, rewrite, busy):
    """Each derived part carries the Said about rows of name pairs (a base part those of the pairs
    with `_BUSY_PAIR_ROWS` rows, a delta every pair of its batches, deltas merged once there are more
    than `_DELTA_PARTS`); a busy pair's page is read from them with the links and corrections applied
    as on the rows: the same rows, page and figures as a reader without a derived index, with or
    without corrections and re-written articles. Pairs the base does not hold, and articles a row
    correction overlays, take the rows' path."""
    monkeypatch.setattr(warehouse, "_BUSY_PAIR_ROWS", busy)
    store = _base_and_deltas(tmp_path, monkeypatch, rewrite)
    write_generated(store, n=0, rewrite=range(5, 9))
    record = derived_set(store)
    assert len(record["parts"]) > 1 and all((store.path / "derived" / p[warehouse._PAIRS]).is_file()
                                            for p in record["parts"])
    assert [warehouse._BUSY in p for p in record["parts"]] == [True] + [False] * (len(record["parts"]) - 1)
    assert 0 < len(record["parts"][0][warehouse._BUSY]) or busy > 1
    chosen = {"none": [], "merge and split": some_corrections(store)[:2], "every kind": some_corrections(store)}[records]
    copy = Store(tmp_path / "copy")
    shutil.copytree(store.path, copy.path)
    shutil.rmtree(copy.path / "derived")
    from_pairs = []
    original = warehouse.Warehouse._about_from_pairs
    monkeypatch.setattr(warehouse.Warehouse, "_about_from_pairs",
                        lambda self, *a: from_pairs.append(original(self, *a)) or from_pairs[-1])
    got, want = [], []
    for s, out in ((store, got), (copy, want)):
        w = warehouse.Warehouse(s, corrections=chosen)
        out.append(about_views(w))
        w.close()
    read = from_pairs[:len(from_pairs) // 2]
    assert not any(from_pairs[len(read):])  # (the copy has no derived index)
    assert sum(page.total for page in want[0].values()) > 0
    abouts_equal(got[0], want[0])
    if records == "every kind":
        assert not any(read)
    elif records == "none":
        assert any(read) and all(read) == (busy == 1)
    else:
        assert any(read) or busy > 1


def test_a_derived_set_without_pair_rows_answers_said_about_from_the_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(warehouse, "_BUSY_PAIR_ROWS", 1)
    store = Store(tmp_path / "s")
    write_generated(store, n=24, batch=8, rewrite=range(3, 6))
    w = warehouse.Warehouse(store, corrections=[])
    want = about_views(w)
    w.close()
    [name] = derived_files(store)
    path = store.path / "derived" / name
    record = json.loads(path.read_text())
    for part in record["parts"]:
        (store.path / "derived" / part.pop(warehouse._PAIRS)).unlink()
        part.pop(warehouse._BUSY, None)
    path.write_text(json.dumps(record))
    w = warehouse.Warehouse(Store(store.path), corrections=[])
    assert w._uses_derived()
    abouts_equal(about_views(w), want)
    w.close()


def test_stances_of_a_batch_without_statements_send_said_about_to_the_rows(tmp_path, monkeypatch):
    """A batch of stances but no statements (narrated acts only) adds no derived part, so no pair
    rows: the set says so and Said about reads the rows until the index is derived whole."""
    from tests.analysis.test_warehouse import generated_rows

    monkeypatch.setattr(warehouse, "_BUSY_PAIR_ROWS", 1)
    monkeypatch.setattr(warehouse, "_DELTA_SHARE", 100.0)
    store = Store(tmp_path / "s")
    write_generated(store, n=16, batch=8, rewrite=range(0))
    assert not derived_set(store).get(warehouse._PAIRS_GAP)
    from benchmarks.make_store import make_actors
    import random
    actors = make_actors(random.Random(5), n_people=60)
    rows = generated_rows(77, range(500, 504), actors, [1 / (r + 1) ** 1.1 for r in range(len(actors))])
    rows["statements"] = []
    rows["stances"] = [dict(r, statement_index=None) for r in rows["stances"]]
    assert rows["stances"]
    store.write_batch(rows, [f"k{i}:v:m" for i in range(500, 504)])
    assert derived_set(store)[warehouse._PAIRS_GAP]
    copy = Store(tmp_path / "copy")
    shutil.copytree(store.path, copy.path)
    shutil.rmtree(copy.path / "derived")
    got, want = [], []
    for s, out in ((store, got), (copy, want)):
        w = warehouse.Warehouse(s, corrections=[])
        out.append(about_views(w))
        w.close()
    abouts_equal(got[0], want[0])
