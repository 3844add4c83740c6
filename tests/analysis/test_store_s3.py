"""The store on S3-compatible object storage (`s3://bucket/prefix`), against a local moto server.

The same rows as a local store, batches published by their manifest object (parts without one
are invisible), bad objects named in the error, and the lease lock that stands in for flock.
"""
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis import corrections
from analysis import store as store_mod
from analysis.ingest import ingest
from analysis.objectstore import LeaseLock, S3Path
from analysis.settings import PROJECT_ROOT
from analysis.store import Store, StoreError
from tests.analysis.test_ingest import ARTICLES, normalised
from tests.analysis.test_store import key, rows_for, write
from tests.s3_server import s3_env, s3_server  # noqa: F401


@pytest.fixture
def s3_store(s3_env):
    return Store(s3_env)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, nlp):
    """The test corpus folder, and the tables a local single-process ingest of it gives."""
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    local = Store(tmp_path_factory.mktemp("local") / "store")
    assert ingest([corpus], local).new == 4
    return corpus, normalised(local.load())


def objects(store, folder):
    """Names of the objects under a folder (not the empty folder markers pyarrow leaves)."""
    return sorted(p.name for p in (store.path / folder).iterdir() if p.is_file())


def test_an_s3_location_gives_an_s3_store(s3_env, monkeypatch):
    assert isinstance(Store(s3_env).path, S3Path)
    assert str(Store(s3_env).path) == s3_env
    monkeypatch.setenv("ACTORLENS_STORE", s3_env)
    assert Store().path == S3Path.parse(s3_env)


def test_rows_read_back_from_s3_are_those_of_a_local_store(s3_store, tmp_path):
    local = Store(tmp_path / "local")
    for store in (local, s3_store):
        write(store, "a1", "a2")
        store.write_batch(rows_for("a1", n_mentions=5, text="New text"), ["hash-a1-new:1:model"])
        write(store, "a3", date="2023-05-01")
    for kw in ({}, {"date_from": "2024-01-01"}, {"article_ids": ["a1"]}):
        remote = s3_store.load(**kw).tables()
        for name, df in local.load(**kw).tables().items():
            pd.testing.assert_frame_equal(remote[name], df, check_dtype=False)
    assert s3_store.known_keys() == local.known_keys()
    assert s3_store.stats().articles == 3 and s3_store.stats().batches == 3
    assert s3_store.version() == Store(str(s3_store.path)).version() != local.version()
    assert objects(s3_store, "published") == [f"{m['batch']}.json" for m in s3_store._manifests()]


def test_ingest_into_s3_holds_what_a_local_ingest_holds(s3_store, ingested):
    corpus, expected = ingested
    summary = ingest([corpus], s3_store, batch_size=2)
    assert (summary.new, summary.batches, summary.store) == (4, 2, str(s3_store.path))
    assert normalised(s3_store.load()) == expected
    assert ingest([corpus], s3_store).unchanged == 4


def test_parts_without_a_manifest_are_invisible_and_removed_by_the_next_writer(s3_store):
    write(s3_store, "a1")
    parts = len(objects(s3_store, "batches"))
    # a writer killed after uploading its parts, before its manifest object
    for part in list((s3_store.path / "batches").iterdir()):
        (part.parent / part.name.replace(part.name.split(".")[0], "09999999999999999999-1")).write_bytes(
            part.read_bytes())
    assert len(objects(s3_store, "batches")) == 2 * parts
    assert s3_store.load().articles["id"].tolist() == ["a1"]
    assert s3_store.known_keys() == {key("a1")}
    write(s3_store, "a2")
    assert not [n for n in objects(s3_store, "batches") if n.startswith("0999")]
    assert sorted(s3_store.load().articles["id"]) == ["a1", "a2"]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign_parquet", "missing"])
def test_a_bad_object_gives_a_store_error_naming_it(s3_store, damage):
    write(s3_store, "a1")
    part = next((s3_store.path / "batches").glob("*.mentions.parquet"))
    if damage == "garbage":
        part.write_bytes(b"this is not parquet at all")
    elif damage == "truncated":
        part.write_bytes(part.read_bytes()[:40])
    elif damage == "foreign_parquet":
        part.write_bytes(pd.DataFrame({"something": [1, 2]}).to_parquet())
    else:
        part.unlink()
    with pytest.raises(StoreError, match=str(part)):
        Store(str(s3_store.path)).load()


@pytest.mark.parametrize("content", ["{not json", "[]", '{"batch": "x"}'])
def test_a_corrupted_manifest_object_gives_a_store_error_naming_it(s3_store, content):
    write(s3_store, "a1")
    entry = next((s3_store.path / "published").glob("*.json"))
    (entry.parent / ("0" + entry.name)).write_text(content)
    with pytest.raises(StoreError, match="0" + entry.name):
        s3_store.load()


@pytest.mark.parametrize("chunk_bytes", [None, 200])
def test_compact_on_s3_keeps_the_current_rows(s3_store, monkeypatch, chunk_bytes):
    if chunk_bytes:  # sorted in ranges: the range files go to the local spill folder, the parts to the bucket
        monkeypatch.setattr(store_mod, "_SORT_CHUNK_BYTES", chunk_bytes)
    write(s3_store, "a1", "a2")
    write(s3_store, "a3")
    s3_store.write_batch(rows_for("a1", n_mentions=4), ["hash-a1-new:1:model"])
    before = s3_store.load()
    assert s3_store.compact() == 3
    after = s3_store.load()
    assert len(objects(s3_store, "published")) == 2
    for name, df in before.tables().items():
        pd.testing.assert_frame_equal(after.tables()[name], df)


def test_aggregate_parts_merged_on_s3_sum_to_what_the_parts_sum_to(s3_store):
    write(s3_store, "a1", "a2")
    write(s3_store, "a3")
    s3_store.write_batch(rows_for("a1", n_mentions=4), ["hash-a1-new:1:model"])

    def sums():
        parts = {t: s3_store._parts(t, s3_store._manifests()) for t in ("agg_actor_day", "agg_pairs")}
        return (s3_store._query("SELECT actor, form, sum(mentions) AS n, sum(statements) AS s FROM agg_actor_day "
                                "GROUP BY ALL ORDER BY ALL", parts).to_pylist(),
                s3_store._query("SELECT kind, a, b, sum(n) AS n FROM agg_pairs GROUP BY ALL ORDER BY ALL",
                                parts).to_pylist(), {t: len(p) for t, p in parts.items()})

    rows, pairs, n_parts = sums()
    assert n_parts == {"agg_actor_day": 3, "agg_pairs": 3} and rows and pairs
    assert s3_store.merge_aggregates() is not None
    assert sums() == (rows, pairs, {"agg_actor_day": 1, "agg_pairs": 1})


def test_a_second_writer_is_refused_while_the_first_holds_the_lease(s3_store):
    other = Store(str(s3_store.path))
    with s3_store.writer():
        with pytest.raises(StoreError, match="another process is writing"):
            with other.writer(wait=False):
                pass
        assert s3_store.load().articles.empty  # readers need no lock
    with other.writer(wait=False):
        pass
    assert objects(s3_store, ".lock") == []


def test_a_lease_not_renewed_is_taken_over_and_its_writer_cannot_publish(s3_store):
    write(s3_store, "a1")
    stalled = LeaseLock(s3_store.path / ".lock", ttl=1)
    assert stalled.try_acquire()
    stalled._stop.set()  # a writer that stopped renewing (frozen or killed)
    stalled._renewer.join()
    taker = LeaseLock(s3_store.path / ".lock", ttl=1)
    assert not taker.try_acquire()  # still live
    time.sleep(2.2)  # S3 modification times are whole seconds
    assert taker.try_acquire()
    with pytest.raises(Exception, match="vanished"):
        stalled.check()
    taker.release()


def test_documents_and_corrections_live_in_the_bucket(s3_store):
    s3_store.write_json_doc("feeds", {"feeds": ["x"]})
    assert Store(str(s3_store.path)).read_json_doc("feeds") == {"feeds": ["x"]}
    file = corrections.store_file(str(s3_store.path))
    assert file.version() == "absent"
    merge = corrections.new_correction("merge_actors", {"names": ["Anna Berg", "Berg"], "into": "Anna Berg"}, "ed")
    file.add(merge)
    first = file.version()
    assert [c.id for c in corrections.store_file(str(s3_store.path)).read()] == [merge.id]
    file.undo(merge.id, "ed")  # within the same second: the version still changes
    assert file.version() not in ("absent", first)
    assert objects(s3_store, "docs") == ["corrections.json", "feeds.json"]


def test_a_missing_bucket_is_a_store_error_naming_it(s3_env):
    bucket = "no-such-bucket-" + s3_env.split("/")[3]
    store = Store(f"s3://{bucket}/store")
    assert store.load().articles.empty
    with pytest.raises(StoreError, match=bucket):
        write(store, "a1")


def test_readers_keep_their_caches_on_local_disk_for_the_current_version_only(s3_store, tmp_path):
    write(s3_store, "a1")
    first = s3_store.load()
    cache = s3_store._dir("cache")
    assert str(cache).startswith(str(tmp_path / "cache")) and sorted(cache.glob("linked-*.arrow"))
    old = {p.name for p in cache.iterdir()}
    pd.testing.assert_frame_equal(Store(str(s3_store.path)).load().actors, first.actors)  # read from the cache
    write(s3_store, "a2")
    assert len(s3_store.load().articles) == 2
    assert not old & {p.name for p in cache.iterdir()}


@pytest.mark.slow
def test_a_writer_killed_before_its_manifest_leaves_nothing_visible_and_its_lease_expires(s3_store, monkeypatch):
    write(s3_store, "seed")
    parts = len(objects(s3_store, "batches"))
    env = {**os.environ, "ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH": "30", "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "from tests.analysis.test_store import _write_many; "
                             f"_write_many({str(s3_store.path)!r}, 3)"], env=env, cwd=PROJECT_ROOT)
    try:
        deadline = time.monotonic() + 60
        while len(objects(s3_store, "batches")) < 2 * parts and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(objects(s3_store, "batches")) == 2 * parts, "the writer never uploaded its parts"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert s3_store.load().articles["id"].tolist() == ["seed"]
    assert len(objects(s3_store, ".lock")) == 1  # the killed writer's lease
    with pytest.raises(StoreError, match="another process is writing"):
        with s3_store.writer(wait=False):
            pass
    monkeypatch.setenv("ACTORLENS_S3_LOCK_TTL", "1")
    time.sleep(2.2)  # S3 modification times are whole seconds
    write(s3_store, "next")
    assert sorted(s3_store.load().articles["id"]) == ["next", "seed"]
    assert len(objects(s3_store, "batches")) == 2 * parts  # the killed writer's parts were removed


@pytest.mark.slow
def test_a_dask_ingest_publishes_its_partitions_into_s3(s3_store, ingested):
    """Workers of a LocalCluster analyse; only the ingest process talks to the bucket."""
    corpus, expected = ingested
    summary = ingest([corpus], s3_store, engine="dask", workers=2, batch_size=2)
    assert (summary.new, summary.batches, summary.failed) == (4, 4, [])  # one batch per partition
    assert normalised(s3_store.load()) == expected


def test_an_unreachable_endpoint_is_a_store_error_naming_the_store(s3_env, monkeypatch):
    from tests.s3_server import free_port

    monkeypatch.setenv("ACTORLENS_S3_ENDPOINT", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")
    with pytest.raises(StoreError, match=s3_env):
        Store(s3_env).load()


def test_writers_racing_for_the_lease_never_hold_it_together(s3_env):
    import threading

    prefix = S3Path.parse(s3_env) / ".lock"
    inside, most, done = [], [0], []

    def writer(n):
        for _ in range(3):
            lock = LeaseLock(prefix)
            with lock.held():
                inside.append(n)
                most[0] = max(most[0], len(inside))
                time.sleep(0.05)
                inside.remove(n)
            done.append(n)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(done) == 12 and most[0] == 1
    assert not [p for p in prefix.iterdir() if p.is_file()]


def test_the_warehouse_answers_over_s3_as_over_a_local_store(s3_store, tmp_path, monkeypatch):
    from tests.analysis.test_warehouse import answers, answers_equal, row_answers, row_answers_equal, write_generated

    monkeypatch.setenv("ACTORLENS_ROW_MERGE_AT", "3")  # merged row parts are streamed to the bucket too
    monkeypatch.setenv("ACTORLENS_AGG_MERGE_AT", "3")
    local = Store(tmp_path / "local")
    for store in (local, s3_store):
        write_generated(store, n=40, batch=8, rewrite=range(2, 9))
    assert any("rows_replace" in m for m in s3_store._manifests())
    answers_equal(answers(s3_store), answers(local), tolerance=2e-4)  # scores rounded to 4 places, summed in another order
    row_answers_equal(row_answers(s3_store), row_answers(local))
