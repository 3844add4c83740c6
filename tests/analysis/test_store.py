import json
import multiprocessing
import os
import time

import pandas as pd
import pytest

from analysis import store as store_mod
from analysis.store import Store, StoreError, article_key
from analysis.types import Article


def rows_for(aid, *, date="2024-01-01", n_mentions=2, text=None, path=None):
    """Hand-made rows of one article, shaped like `ingest.article_rows`."""
    text = text or f"Text of {aid}."
    return {
        "articles": [{"id": aid, "text": text, "title": f"Title {aid}", "date": date, "source": "src",
                      "url": "", "author": "", "path": path or f"/in/{aid}.txt", "n_words": 3}],
        "mentions": [{"article_id": aid, "start": i, "end": i + 1, "text": "Putin", "label": "PERSON",
                      "actor": "Putin", "actor_type": "person"} for i in range(n_mentions)],
        "actors": [{"article_id": aid, "name": "Putin", "type": "person", "aliases": ["Putin"],
                    "roles": ["President"], "n_mentions": n_mentions, "n_statements": 1}],
        "statements": [{"id": f"{aid}:0", "article_id": aid, "index": 0, "kind": "direct", "text": "Hi",
                        "start": 1, "end": 3, "spans": [(1, 2), (2, 3)], "cue": "", "cue_start": None,
                        "cue_end": None, "speaker": "Putin", "speaker_mention": "he", "speaker_start": 5,
                        "speaker_end": 7, "speaker_kind": "pronoun", "role": "", "sentence_start": 0,
                        "sentence_end": 9, "sentence": "Hi he said"}],
        "stances": [{"article_id": aid, "source": "Putin", "target": "NATO", "polarity": "negative",
                     "score": -0.5, "evidence": "bad", "rule": "r", "relation": "statement",
                     "goldstein": None, "statement_index": 0, "start": 1, "end": 3}],
    }


def rows_with_full_name(aid):
    """`rows_for(aid)` with "Putin" written in full, as an article that introduces him would: a later
    article's "Putin" alone then has a full name to join."""
    rows = rows_for(aid)
    for table in ("mentions", "actors", "statements", "stances"):
        for r in rows[table]:
            for col in ("actor", "name", "speaker", "source"):
                if r.get(col) == "Putin":
                    r[col] = "Vladimir Putin"
    rows["actors"][0]["aliases"] = ["Vladimir Putin"]
    return rows


def merged(*parts):
    out = {}
    for p in parts:
        for k, v in p.items():
            out.setdefault(k, []).extend(v)
    return out


def key(aid, version="1"):
    return f"hash-{aid}:{version}:model"


def write(store, *aids, **kw):
    return store.write_batch(merged(*(rows_for(a, **kw) for a in aids)), [key(a) for a in aids])


def linked_key(store):
    """The key the store's cached linked tables are under (store version and fingerprints)."""
    return store._cache_version(store._shown_fingerprint(store._manifests())[0])


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store")


def test_empty_store_loads_empty_tables(store):
    c = store.load()
    assert all(df.empty for df in c.tables().values())
    assert store.known_keys() == set()
    assert store.stats().articles == 0


def test_round_trip_keeps_values_and_types(store):
    write(store, "a1", "a2")
    c = store.load()
    assert c.articles["id"].tolist() == ["a1", "a2"]
    assert len(c.mentions) == 4
    s = c.statements.iloc[0]
    assert s["spans"] == [[1, 2], [2, 3]]
    assert pd.isna(s["cue_start"])
    assert (s["speaker"], s["sentence"]) == ("Putin", "Hi he said")
    a = c.actors.set_index("name").loc["Putin"]
    assert (a["aliases"], a["roles"], a["n_mentions"]) == (["Putin"], ["President"], 4)
    assert c.stances["score"].tolist() == [-0.5, -0.5]
    assert list(c.articles.columns) == store_mod.COLUMNS["articles"]
    assert store.known_keys() == {key("a1"), key("a2")}


def test_rewritten_article_replaces_its_older_rows(store):
    write(store, "a1", "a2", n_mentions=2)
    store.write_batch(rows_for("a1", n_mentions=5, text="New text"), ["hash-a1-new:1:model"])
    c = store.load()
    assert sorted(c.articles["id"]) == ["a1", "a2"]
    assert c.articles.set_index("id").loc["a1", "text"] == "New text"
    assert c.mentions.groupby("article_id").size().to_dict() == {"a1": 5, "a2": 2}
    assert store.known_keys() == {"hash-a1-new:1:model", key("a2")}
    assert store.stats().batches == 2


@pytest.mark.parametrize("kw,ids", [
    ({"date_from": "2024-02-01"}, ["feb", "mar", "undated"]),
    ({"date_from": "2024-02-01", "include_undated": False}, ["feb", "mar"]),
    ({"date_to": "2024-02-15"}, ["jan", "feb", "undated"]),
    ({"date_from": "2024-02-01", "date_to": "2024-02-01", "include_undated": False}, ["feb"]),
    ({"include_undated": False}, ["jan", "feb", "mar"]),
    ({"article_ids": ["jan", "mar"]}, ["jan", "mar"]),
    ({"article_ids": []}, []),
])
def test_load_filters(store, kw, ids):
    for aid, date in [("jan", "2024-01-10"), ("feb", "2024-02-01T08:00:00"), ("mar", "2024-03-05"), ("undated", "")]:
        store.write_batch(rows_for(aid, date=date), [key(aid)])
    c = store.load(**kw)
    assert sorted(c.articles["id"]) == sorted(ids)
    assert sorted(set(c.mentions["article_id"])) == sorted(ids)
    assert sorted(set(c.statements["article_id"])) == sorted(ids)


def test_unpublished_parts_are_invisible_and_cleaned_by_next_writer(store):
    write(store, "a1")
    # a writer killed after writing its parts but before publishing its manifest entry
    batches = store.path / "batches"
    for p in list(batches.iterdir()):
        (batches / p.name.replace(p.name.split(".")[0], "09999999999999999999-1")).write_bytes(p.read_bytes())
    (batches / ".tmp-half.parquet").write_bytes(b"PAR1 half")
    assert store.load().articles["id"].tolist() == ["a1"]
    write(store, "a2")
    assert not [p for p in batches.iterdir() if p.name.startswith(("0999", ".tmp-"))]
    assert sorted(store.load().articles["id"]) == ["a1", "a2"]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign_parquet", "missing"])
def test_damaged_part_gives_store_error_naming_the_file(store, damage):
    write(store, "a1")
    part = next((store.path / "batches").glob("*.mentions.parquet"))
    if damage == "garbage":
        part.write_bytes(b"this is not parquet at all")
    elif damage == "truncated":
        part.write_bytes(part.read_bytes()[:40])
    elif damage == "foreign_parquet":
        pd.DataFrame({"something": [1, 2]}).to_parquet(part)
    else:
        part.unlink()
    with pytest.raises(StoreError, match=part.name):
        store.load()


@pytest.mark.parametrize("content", ["{not json", "[]", '{"batch": "x"}'])
def test_corrupted_manifest_entry_gives_store_error(store, content):
    write(store, "a1")
    entry = next((store.path / "published").glob("*.json"))
    entry.write_text(content)
    with pytest.raises(StoreError, match=entry.name):
        store.load()


@pytest.mark.parametrize("content", ["{not json", "[]", '{"batch": "x"}'])
def test_manifest_entry_damaged_after_this_process_read_it_gives_store_error(store, content):
    """Entries are read once per process (thousands in a large store); a rewritten one is read again."""
    write(store, "a1")
    write(store, "a2")
    assert len(store.load().articles) == 2
    entry = sorted((store.path / "published").glob("*.json"))[-1]
    entry.write_text(content)
    with pytest.raises(StoreError, match=entry.name):
        store.load()


def test_foreign_folder_is_not_taken_for_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not an ActorLens store"):
        Store(tmp_path).load()
    with pytest.raises(StoreError, match="not an ActorLens store"):
        write(Store(tmp_path), "a1")
    assert [p.name for p in tmp_path.iterdir() if p.name != ".lock"] == ["notes.txt"]


@pytest.mark.parametrize("marker", ["{broken", '{"format": "other"}', '{"format": "actorlens-store", "version": 99}'])
def test_bad_store_marker(store, marker):
    write(store, "a1")
    store.marker.write_text(marker)
    with pytest.raises(StoreError, match="STORE.json"):
        store.load()


def test_second_writer_is_refused_while_the_first_holds_the_lock(store):
    other = Store(store.path)
    with store.writer():
        with pytest.raises(StoreError, match="another process"):
            with other.writer(wait=False):
                pass
        assert store.load().articles.empty  # readers do not need the lock
    with other.writer(wait=False):
        pass


def _write_many(path, n, pause=0.0):
    """An ingest in another process: `n` batches of two articles, `pause` seconds apart."""
    s = Store(path)
    for i in range(n):
        s.write_batch(merged(rows_for(f"w{i}a", n_mentions=3), rows_for(f"w{i}b", n_mentions=3)),
                      [key(f"w{i}a"), key(f"w{i}b")])
        time.sleep(pause)


def test_concurrent_reads_during_writes_see_only_whole_batches(store):
    write(store, "seed")
    proc = multiprocessing.get_context("spawn").Process(target=_write_many, args=(store.path, 25))
    proc.start()
    seen = []
    try:
        while proc.is_alive() or not seen:
            c = store.load()
            n = len(c.articles)
            seen.append(n)
            assert n % 2 == 1  # the seed plus whole two-article batches
            assert len(c.mentions) == 2 + 3 * (n - 1)
            assert set(c.statements["article_id"]) == set(c.articles["id"])
    finally:
        proc.join(60)
    assert proc.exitcode == 0
    assert len(store.load().articles) == 51


def test_compact_keeps_current_rows_and_drops_superseded_ones(store):
    write(store, "a1", "a2")
    write(store, "a3")
    store.write_batch(rows_for("a1", n_mentions=4), ["hash-a1-new:1:model"])
    store.write_batch({"errors": [{"file": "/in/bad.txt", "line": None, "reason": "binary"}]})
    before = store.load()
    removed = store.compact()
    after = store.load()
    assert removed == 4
    assert len(list((store.path / "published").iterdir())) == 2  # rows, then errors
    for name, df in before.tables().items():
        pd.testing.assert_frame_equal(df.reset_index(drop=True), after.tables()[name].reset_index(drop=True))
    assert store.known_keys() == {"hash-a1-new:1:model", key("a2"), key("a3")}


def test_load_errors_are_kept_once_and_dropped_when_fixed(store):
    err = {"file": "/in/x.jsonl", "line": 2, "reason": "malformed JSON"}
    whole = {"file": "/in/bin.txt", "line": None, "reason": "binary file"}
    store.write_batch({"errors": [err, whole]})
    store.write_batch(merged(rows_for("a1"), {"errors": [err]}), [key("a1")])
    errors = store.load().errors
    assert sorted(zip(errors["file"], errors["reason"])) == [("/in/bin.txt", "binary file"),
                                                             ("/in/x.jsonl", "malformed JSON")]
    store.write_batch(rows_for("fixed", path="/in/x.jsonl:2"), [key("fixed")])
    store.write_batch(rows_for("fixed2", path="/in/bin.txt"), [key("fixed2")])
    assert store.load().errors.empty


def test_json_docs_are_replaced_atomically(store):
    assert store.read_json_doc("corrections", default={}) == {}
    store.write_json_doc("corrections", {"merge": [["A", "B"]]})
    assert store.read_json_doc("corrections.json") == {"merge": [["A", "B"]]}
    assert not [p for p in (store.path / "docs").iterdir() if p.name.startswith(".tmp-")]
    (store.path / "docs" / "corrections.json").write_text("{oops")
    with pytest.raises(StoreError, match="corrections.json"):
        store.read_json_doc("corrections")


@pytest.mark.parametrize("name", ["", "../x", "a/b", ".hidden"])
def test_json_doc_names_stay_inside_the_store(store, name):
    with pytest.raises(ValueError):
        store.write_json_doc(name, {})


@pytest.mark.parametrize("change,same", [
    ({}, True),
    ({"path": "/moved/a.txt"}, True),
    ({"text": "Other text"}, False),
    ({"date": "2024-01-02"}, False),
    ({"title": "Other"}, False),
])
def test_article_key_follows_content_not_location(change, same):
    a = Article("a1", "Text", "Title", "2024-01-01", path="/in/a.txt")
    b = Article(**{**a.__dict__, **change})
    assert (article_key(a, "m") == article_key(b, "m")) is same


def test_article_key_includes_version_and_model():
    a = Article("a1", "Text")
    assert len({article_key(a, "m", "1"), article_key(a, "m", "2"), article_key(a, "n", "1")}) == 3


def test_default_path_follows_setting(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORLENS_STORE", str(tmp_path / "s"))
    assert Store().path == tmp_path / "s"
    monkeypatch.delenv("ACTORLENS_STORE")
    assert Store().path.name == "store" and "actorlens" in str(Store().path)


def test_version_changes_when_a_batch_is_published(store):
    empty = store.version()
    write(store, "a1")
    one = store.version()
    assert empty != one == Store(store.path).version()
    write(store, "a2")
    assert store.version() != one


def test_cached_actor_linking_gives_the_same_tables(store):
    write(store, "a1", "a2")
    first = store.load()
    assert len(list((store.path / "cache").glob("link-*.json"))) == 1
    second = store.load()
    for name, df in first.tables().items():
        pd.testing.assert_frame_equal(df, second.tables()[name])
    write(store, "a3")  # the next writer drops the stale cache
    assert not list((store.path / "cache").glob("link-*.json"))
    assert len(store.load().articles) == 3


def test_a_damaged_link_cache_is_recomputed(store):
    write(store, "a1")
    expected = store.load().actors
    for p in (store.path / "cache").glob("link-*.json"):
        p.write_text("{broken")
    pd.testing.assert_frame_equal(store.load().actors, expected)


def test_linked_tables_are_read_back_from_their_cache_and_a_damaged_part_is_recomputed(store):
    write(store, "a1", "a2")
    expected = store.load()
    parts = sorted((store.path / "cache").glob("linked-*.arrow"))
    assert len(parts) == len(expected.tables())
    parts[0].write_bytes(b"not an Arrow file")
    for name, df in store.load().tables().items():
        pd.testing.assert_frame_equal(df, expected.tables()[name])
    assert store._read_linked(linked_key(store)) is not None


def test_paragraph_numbers_of_mentions_are_cached_with_the_linked_tables(store):
    from analysis import network

    text = "Putin spoke.\n\nPutin again.\n\nAnd Putin."
    store.write_batch(rows_for("a1", text=text, n_mentions=0) | {"mentions": [
        {"article_id": "a1", "start": s, "end": s + 5, "text": "Putin", "label": "PERSON", "actor": "Putin",
         "actor_type": "person"} for s in (0, 14, 31)]}, [key("a1")])
    store.load()  # computes the tables and writes them to the cache
    cached = store._read_linked(linked_key(store))
    assert network.known_paragraphs(cached).tolist() == [1, 2, 3]
    assert network.mention_paragraphs(cached).tolist() == network.paragraph_index(cached, cached.mentions).tolist()


@pytest.mark.parametrize("batches", [
    [("a", "1"), ("b", "1")],
    [("a", "1"), ("b", "1"), ("a", "1")],  # a re-written: counted once, newest batch last
    [("a", "1"), ("b", "2")],  # two analyses: the query answers
    [("a", "1"), ("a", "2")],
])
def test_fingerprint_counts_without_duckdb_equal_the_querys(store, monkeypatch, batches):
    for aid, version in batches:
        store.write_batch(rows_for(aid), [key(aid, version)])
    manifests = store._manifests()
    fast = store._fingerprint_counts(manifests)
    one_analysis = len({version for _, version in batches}) == 1
    assert (store._one_fingerprint_counts(store._parts("articles", manifests)) is not None) == one_analysis
    monkeypatch.setattr(Store, "_one_fingerprint_counts", lambda self, paths: None)
    assert fast == store._fingerprint_counts(manifests)
    assert sum(n for n, _ in fast.values()) == len({aid for aid, _ in batches})
