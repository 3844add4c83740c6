"""What the store derives for the pages' first views: the rollups of the day aggregates, the
article and statement counts by day and outlet (`analysis.aggregates`), answered as the rows say;
stores written before them answer the same, and get them with `Store.merge_aggregates()`."""
from __future__ import annotations

import json

import pytest

from analysis import aggregates, warehouse
from analysis.store import AGGREGATE_TABLES, Store
from tests.analysis.test_warehouse import answers, answers_equal, write_generated

NEW_TABLES = (*aggregates.ROLLUPS, "agg_articles")


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
