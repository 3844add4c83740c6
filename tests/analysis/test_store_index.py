"""The manifest index (`store.MANIFEST_INDEX`) and compaction: a reader parses one index file instead
of one entry per batch, never trusts it over the entry files, and a compaction streams the store
into two part sets while readers that opened it before keep reading."""
import json
import multiprocessing
import os
import signal
import time

import pytest

from analysis import store as store_mod
from analysis import warehouse
from analysis.store import Store, StoreError
from tests.analysis.test_store import key, write
from tests.analysis.test_warehouse import (answers, answers_equal, live_aggregate_parts, live_row_parts,
                                           row_answers, row_answers_equal, write_generated)


def fresh_process() -> None:
    """Forget what this process read, as a new dashboard process would."""
    store_mod._INDEXES.clear()
    store_mod._LOCAL_MANIFESTS.clear()


@pytest.fixture
def indexed(tmp_path, monkeypatch):
    """A store of six batches whose index was written after the fourth (index every 4 entries)."""
    monkeypatch.setattr(store_mod, "INDEX_EVERY", 4)
    store = Store(tmp_path / "store")
    for aid in ("a1", "a2", "a3", "a4", "a5", "a6"):
        write(store, aid)
    return store


def entry_reads(store: Store, monkeypatch) -> list[str]:
    """The names of the entry files `store` reads from here on."""
    read = []
    original = Store._manifest_entry

    def counted(self, p, stat):
        read.append(p.name)
        return original(self, p, stat)

    monkeypatch.setattr(Store, "_manifest_entry", counted)
    return read


def test_a_reader_takes_the_indexed_entries_from_the_index(indexed, monkeypatch):
    everything = indexed._manifests()
    assert (indexed.path / store_mod.MANIFEST_INDEX).exists()
    fresh_process()
    read = entry_reads(indexed, monkeypatch)
    assert Store(indexed.path)._manifests() == everything
    assert len(read) < len(everything)  # only the entries published after the index was written
    assert sorted(indexed.load().articles["id"]) == ["a1", "a2", "a3", "a4", "a5", "a6"]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"batch": "x"}'])
def test_an_indexed_entry_damaged_later_is_named(indexed, content):
    entry = sorted((indexed.path / "published").glob("*.json"))[0]
    assert entry.name in store_mod._INDEXES[str(indexed.path / store_mod.MANIFEST_INDEX)][1]
    entry.write_text(content)
    fresh_process()
    with pytest.raises(StoreError, match=entry.name):
        Store(indexed.path).load()


@pytest.mark.parametrize("content", ["{not json", "[]", '{"entries": [["x.json", 1, 2, 3]]}', "", None])
def test_a_damaged_or_missing_index_only_means_the_entries_are_read(indexed, content):
    want = indexed._manifests()
    index = indexed.path / store_mod.MANIFEST_INDEX
    if content is None:
        index.unlink()
    else:
        index.write_text(content)
    fresh_process()
    assert Store(indexed.path)._manifests() == want
    assert len(Store(indexed.path).load().articles) == 6


def test_a_reader_of_a_store_without_an_index_writes_one(indexed, monkeypatch):
    (indexed.path / store_mod.MANIFEST_INDEX).unlink()
    fresh_process()
    want = Store(indexed.path)._manifests()  # reads 6 entries (>= INDEX_EVERY) and writes the index
    fresh_process()
    read = entry_reads(indexed, monkeypatch)
    assert Store(indexed.path)._manifests() == want
    assert read == []


def test_the_index_never_brings_back_a_removed_batch(indexed):
    entry = sorted((indexed.path / "published").glob("*.json"))[-2]
    entry.unlink()  # (what compaction does to the entries it replaced)
    fresh_process()
    assert len(Store(indexed.path)._manifests()) == 5


def _compact_and_be_killed(path: str, pause: str) -> None:
    os.environ["ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH"] = pause
    Store(path).compact()


@pytest.fixture
def generated(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=30, batch=6, rewrite=range(0, 4))
    return store


def test_compaction_keeps_every_answer_and_leaves_two_part_sets(generated, monkeypatch):
    monkeypatch.setattr(store_mod, "INDEX_EVERY", 2)
    want, want_rows = answers(generated), row_answers(generated)
    n_entries = len(generated._manifests())
    assert generated.compact() == n_entries
    assert len(list((generated.path / "published").glob("*.json"))) == 2
    assert live_row_parts(generated) == 1 and live_aggregate_parts(generated) == 1
    answers_equal(answers(generated), want)
    row_answers_equal(row_answers(generated), want_rows)
    index = json.loads((generated.path / store_mod.MANIFEST_INDEX).read_text())
    assert len(index["entries"]) == 2  # rewritten without the removed entries
    assert generated.compact() == 0  # as the last compaction left it
    write(generated, "late")
    assert generated.compact() == 3  # the two sets and the new batch, as two new sets
    assert len(list((generated.path / "published").glob("*.json"))) == 2


def test_a_warehouse_opened_before_a_compaction_keeps_answering(generated, monkeypatch):
    before = warehouse.Warehouse(generated, corrections=[])
    want = (before.overview_counts(), before.top_actors(5).to_dict("records"),
            before.statements(limit=20).rows.to_dict("records"))
    generated.compact()
    assert (before.overview_counts(), before.top_actors(5).to_dict("records"),
            before.statements(limit=20).rows.to_dict("records")) == want
    before.close()
    parts = set(os.listdir(generated.path / "batches"))
    generated.write_batch({"errors": [{"file": "/in/x.txt", "line": None, "reason": "binary"}]})
    assert parts <= set(os.listdir(generated.path / "batches"))  # retired parts kept for a while
    monkeypatch.setattr(store_mod, "RETIRED_KEEP_S", 0.0)
    generated.write_batch({"errors": [{"file": "/in/y.txt", "line": None, "reason": "binary"}]})
    named = {f for m in generated._manifests() for f in m["files"].values()}
    assert set(os.listdir(generated.path / "batches")) == named  # then the next writer deletes them
    assert os.listdir(generated.path / "retired") == []
    after = warehouse.Warehouse(generated, corrections=[])
    assert after.overview_counts()["articles"] == want[0]["articles"]


@pytest.mark.parametrize("when", ["before its first entry", "between its two entries"])
def test_a_compaction_killed_leaves_the_store_readable_with_the_same_answers(generated, when):
    want, want_rows = answers(generated), row_answers(generated)
    entries = len(generated._manifests())
    proc = multiprocessing.get_context("spawn").Process(
        target=_compact_and_be_killed, args=(str(generated.path), "30" if when == "before its first entry" else "2"))
    proc.start()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            names = os.listdir(generated.path / "published")
            batches = os.listdir(generated.path / "batches")
            if when == "before its first entry" and any(n.endswith(".statement_vocab.parquet") for n in batches):
                break  # the merged row parts are down, the entry is not
            if when == "between its two entries" and len([n for n in names if n.endswith(".json")]) == entries + 1:
                break  # the rows are published, the aggregates not yet
            time.sleep(0.02)
        else:
            pytest.fail("the compaction never got there")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
    fresh_process()
    answers_equal(answers(generated), want)
    row_answers_equal(row_answers(generated), want_rows)
    assert generated.compact() > 0  # the next writer removes the orphans and compacts
    assert len(list((generated.path / "published").glob("*.json"))) == 2
    answers_equal(answers(generated), want)
    row_answers_equal(row_answers(generated), want_rows)


def test_compaction_drops_aggregate_keys_that_sum_to_zero(tmp_path):
    from tests.analysis.test_store import rows_for

    store = Store(tmp_path / "store")
    store.write_batch(rows_for("a1"), [key("a1")])
    gone = rows_for("a1", text="Rewritten.")
    gone.update(mentions=[], actors=[], statements=[], stances=[])
    store.write_batch(gone, ["new-a1:1:model"])  # retracts every count of a1
    before = warehouse.Warehouse(store, corrections=[])
    assert before.con.execute("SELECT count(*) FROM agg_actor_day").fetchone()[0] > 0
    store.compact()
    after = warehouse.Warehouse(store, corrections=[])
    assert after.con.execute("SELECT count(*) FROM agg_actor_day").fetchone()[0] == 0
    assert after.overview_counts() == before.overview_counts()


def opened_answers(store: Store) -> tuple:
    w = warehouse.Warehouse(store, corrections=[])
    out = (w.overview_counts(), w.top_actors(8).to_dict("records"), w.articles(limit=10).rows.to_dict("records"))
    w.close()
    return out


@pytest.mark.parametrize("damage", [None, "garbage", "empty"])
def test_the_current_articles_are_read_back_from_the_cache_or_built_again(generated, damage):
    want = opened_answers(generated)
    (cached,) = (generated.path / "cache").glob("current-articles-*.arrow")
    if damage == "garbage":
        cached.write_bytes(b"not parquet")
    elif damage == "empty":
        cached.write_bytes(b"")
    assert opened_answers(generated) == want
    write(generated, "late")  # a new batch: another cache file, the old one removed by the writer
    assert opened_answers(generated)[0]["articles"] == want[0]["articles"] + 1
    assert [p.name for p in (generated.path / "cache").glob("current-articles-*.arrow")] != [cached.name]


def test_links_of_a_store_written_by_another_analysis_are_computed_once_and_cached(tmp_path, monkeypatch):
    from analysis import aggregates
    from tests.analysis.test_store import rows_for, rows_with_full_name

    store = Store(tmp_path / "store")
    first = rows_with_full_name("a1")
    store.write_batch(first, [key("a1")])
    store.write_batch(rows_for("a2"), [key("a2")])  # "Putin" alone: the last batch links it
    want = opened_answers(store)
    assert [a["actor"] for a in want[1]] == ["Vladimir Putin", "NATO"]
    monkeypatch.setattr(aggregates, "linker_version", lambda: "another analysis")
    calls = []
    original = aggregates.NameFacts.links
    monkeypatch.setattr(aggregates.NameFacts, "links", lambda self: calls.append(1) or original(self))
    assert opened_answers(store) == want
    assert opened_answers(store) == want
    assert len(calls) == 1
    assert len(list((store.path / "cache").glob("relinked-*-another analysis.json"))) == 1


@pytest.mark.parametrize("chunk_bytes", [1_500, 10**9])
def test_a_row_merge_sorted_in_ranges_keeps_the_answers_and_the_order(generated, monkeypatch, chunk_bytes):
    import pyarrow.parquet as pq

    want, want_rows = answers(generated), row_answers(generated)
    monkeypatch.setattr(store_mod, "_SORT_CHUNK_BYTES", chunk_bytes)  # a few ranges per table, or one sort
    generated.merge_rows()
    answers_equal(answers(generated), want)
    row_answers_equal(row_answers(generated), want_rows)
    (part,) = generated._parts("statements", generated._manifests())
    speakers = pq.read_table(part, columns=["speaker"]).column("speaker").to_pylist()
    named = [s for s in speakers if s is not None]
    assert named == sorted(named) and speakers[:len(named)] == named  # by speaker, unattributed last
    assert len(set(named)) > 3


def test_a_sort_is_cut_by_what_its_rows_take_once_read_not_by_their_compressed_files(generated):
    """Ranges cut by file size held 3-4 times the bytes meant for texts and overran the merge's
    memory limit at a million articles."""
    paths = generated._parts("articles", generated._manifests())
    on_disk = sum(p.stat().st_size for p in paths)
    assert store_mod._input_bytes(paths) > on_disk


def test_a_part_whose_footer_cannot_be_read_is_sized_as_stored(tmp_path):
    broken = tmp_path / "x.articles.parquet"
    broken.write_bytes(b"not parquet at all")
    assert store_mod._input_bytes([broken]) == len(b"not parquet at all")


class _CountingConnection:
    """A connection that counts the statements evaluating `select` (and those reading range files)."""

    def __init__(self, con, select: str):
        self.con, self.select, self.evaluations, self.range_reads = con, select, 0, 0

    def __getattr__(self, name):
        method = getattr(self.con, name)
        if name not in ("execute", "sql"):
            return method

        def counted(sql, *args, **kwargs):
            self.evaluations += self.select in sql
            self.range_reads += "hive_partitioning = false" in sql
            return method(sql, *args, **kwargs)
        return counted


def test_a_sort_in_ranges_evaluates_its_input_twice_whatever_the_number_of_ranges(generated, monkeypatch):
    """Once for the sample of bounds, once to write every range's files: a filter per range
    evaluated the input once per range (dozens of full scans of a million articles' statements)."""
    monkeypatch.setattr(store_mod, "_SORT_CHUNK_BYTES", 1_500)
    sorts = []
    original = Store._sorted_in_ranges

    def counted(con, select, order, size):
        counting = _CountingConnection(con, select)
        yield from original(counting, select, order, size)
        sorts.append((counting.evaluations, counting.range_reads))

    monkeypatch.setattr(Store, "_sorted_in_ranges", staticmethod(counted))
    generated.merge_rows()
    assert len(sorts) == len(store_mod.TABLES) + len(store_mod.ROW_INDEXES) + 1  # the word index too
    assert max(evaluations for evaluations, _ in sorts) == 2
    assert max(reads for _, reads in sorts) > 3  # many ranges, each sorted from its own files


@pytest.mark.parametrize("values", [
    ["it's", "O'Neill", None, "zebra", "", "Ünal", "a\nb", "année", "it's", None, "10", "9", "'", "''"],
    [5, -3, None, 10**12, 0, 7, 7, None, -10**12, 2],
])
@pytest.mark.parametrize("ranges", [2, 5, 40])
def test_rows_sorted_in_ranges_come_out_in_the_order_of_one_sort(tmp_path, values, ranges):
    store = Store(tmp_path / "store")
    rows = [(v, i) for i, v in enumerate(values * 30)]
    with store._spilling_connection() as con:
        kind = "VARCHAR" if isinstance(values[0], str) else "BIGINT"
        con.execute(f"CREATE TABLE t (k {kind}, n BIGINT)")
        con.executemany("INSERT INTO t VALUES (?, ?)", rows)
        want = con.execute("SELECT k, n FROM t ORDER BY k, n").fetchall()
        got = [row for rb in Store._sorted_in_ranges(con, "SELECT k, n FROM t", "k, n",
                                                      ranges * store_mod._SORT_CHUNK_BYTES)
               for row in zip(*(c.to_pylist() for c in rb.columns))]
        temp = con.execute("SELECT current_setting('temp_directory')").fetchone()[0]
        assert os.listdir(temp) == []  # the range files are gone once read
    assert got == want
