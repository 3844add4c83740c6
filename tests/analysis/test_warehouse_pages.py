"""The warehouse methods the pages ask besides the comparisons of `test_warehouse.py`: lists,
lookups and the Timelines' and Actors' tables, on the hand-made corpus (`tests.synthetic_corpus`)
written into a store with `temp_store`, with answers known by heart."""
from __future__ import annotations

import datetime as dt

import pytest

from analysis.query import CorpusFilters
from analysis.warehouse import STATEMENT_COLUMNS, Warehouse, temp_store
from tests.synthetic_corpus import make_corpus


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    warehouse = Warehouse(temp_store(make_corpus(), tmp_path_factory.mktemp("pages") / "store"))
    yield warehouse
    warehouse.close()


JANUARY = CorpusFilters(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 31))


@pytest.mark.parametrize("filters, n", [(None, 3), (JANUARY, 1), (CorpusFilters(sources=("nowhere",)), 0)])
def test_article_count_follows_the_shared_filters(wh, filters, n):
    assert wh.article_count(filters) == n


def test_lists_for_the_filters(wh):
    assert wh.statement_count() == 5
    assert wh.actor_types() == ["country", "organisation", "person"]
    assert wh.relation_types() == ["criticize", "praise", "statement"]
    assert wh.speakers().to_dict() == {"Alice Smith": 4, "Bob Jones": 1}
    assert wh.speakers(JANUARY).to_dict() == {"Alice Smith": 1}
    speakers, kinds = wh.statement_choices()
    assert (speakers, kinds) == (["Alice Smith", "Bob Jones"], ["direct", "indirect"])


@pytest.mark.parametrize("actor, expected", [
    ("Alice Smith", [("Acme Corp", 3), ("Bob Jones", 2), ("Freedonia", 1)]),
    ("Freedonia", [("Acme Corp", 1), ("Alice Smith", 1), ("Bob Jones", 1)]),
    ("Nobody", []),
])
def test_co_mentioned_with_counts_shared_paragraphs(wh, actor, expected):
    assert list(wh.co_mentioned_with(actor).itertuples(index=False, name=None)) == expected
    assert list(wh.co_mentioned_with(actor, top=1)["actor"]) == [a for a, _ in expected[:1]]


def test_co_mentioned_with_follows_the_filters(wh):
    assert list(wh.co_mentioned_with("Alice Smith", filters=JANUARY).itertuples(index=False, name=None)) == [
        ("Acme Corp", 1), ("Bob Jones", 1), ("Freedonia", 1)]


def test_undated_counts(wh):
    undated = wh.undated_counts(["Alice Smith", "Acme Corp", "Bob Jones"])
    assert undated.articles == 1
    assert list(undated.by_actor.itertuples(index=False, name=None)) == [("Alice Smith", 2, 2), ("Acme Corp", 2, 0)]
    assert wh.undated_counts(["Alice Smith"], JANUARY).articles == 0


@pytest.mark.parametrize("actor, period, freq, ids", [
    ("Alice Smith", "2024-01-01", "M", ["a1:0"]),
    ("Alice Smith", "2024-02-07", "W", ["a2:0"]),  # any day of the week: a2 is on Saturday 2024-02-10
    ("Alice Smith", "2024-02-12", "W", []),
    ("Alice Smith", "2024-02-05", "W", ["a2:0"]),
    ("Alice Smith", "2024-02-10", "D", ["a2:0"]),
    ("Alice Smith", None, "W", ["a3:0", "a3:1"]),
    ("Bob Jones", "2024-02-01", "M", ["a2:1"]),
])
def test_statements_in_period(wh, actor, period, freq, ids):
    found = wh.statements_in_period(actor, period, freq)
    assert found["id"].tolist() == ids
    assert {"title", "date", "text", "speaker", "article_id"} <= set(found.columns)
    with pytest.raises(ValueError):
        wh.statements_in_period(actor, period, "Y")


def test_statement_row_and_article_lookups(wh):
    row = wh.statement_row("a1:0")
    assert (row["speaker"], row["article"], row["date"], row["text"]) == (
        "Alice Smith", "Talks in Freedonia", "2024-01-05", "Acme Corp is a disgrace,")
    assert wh.statement_row("nowhere:0") is None
    texts = wh.article_texts(["a1", "nowhere"])
    assert list(texts) == ["a1"] and texts["a1"].startswith("Alice Smith met Bob Jones")
    assert wh.has_article("a3") and not wh.has_article("a3", JANUARY) and not wh.has_article("nowhere")


def test_article_statements_in_text_order_with_stance_labels(wh):
    table = wh.article_statements("a2")
    assert list(table.columns) == STATEMENT_COLUMNS
    assert table["id"].tolist() == ["a2:0", "a2:1"]
    assert table["stance"].tolist() == ["Bob Jones (+)", ""]
    assert wh.article_statements("nowhere").empty


def test_load_errors_of_the_corpus(tmp_path):
    import pandas as pd

    corpus = make_corpus()
    corpus.errors = pd.DataFrame([{"file": "bad.json", "line": 3, "reason": "not JSON"}])
    wh = Warehouse(temp_store(corpus, tmp_path / "store"))
    try:
        assert wh.load_errors().to_dict("records") == [{"file": "bad.json", "line": 3, "reason": "not JSON"}]
    finally:
        wh.close()


def test_correction_rows_tell_which_corrections_apply_and_which_are_stale(wh):
    from analysis import corrections as cx

    statement = wh.article("a2").statements.iloc[1]
    stance = wh.article_stances("a1").iloc[0]
    mention = wh.mentions_of("Freedonia", limit=1).iloc[0]
    applies = [cx.new_correction("merge_actors", {"names": ["Bob Jones", "Nobody"], "into": "Robert Jones"}, "t"),
               cx.new_correction("split_actor", {"actor": "Robert Jones", "alias": "Bob Jones"}, "t"),
               cx.new_correction("not_statement", {"statement": cx.statement_key(statement)}, "t"),
               cx.new_correction("set_stance", {"stance": cx.stance_key(stance), "polarity": "neutral"}, "t"),
               cx.new_correction("not_actor", {"mention": cx.mention_key(mention)}, "t")]
    stale = [cx.new_correction("merge_actors", {"names": ["Nobody", "No One"], "into": "Nobody"}, "t"),
             cx.new_correction("not_statement", {"statement": {**cx.statement_key(statement), "article_id": "zz"}}, "t"),
             cx.new_correction("split_actor", {"actor": "Alice Smith", "alias": "Dr Smith"}, "t")]
    rows = wh.correction_rows(applies + stale)
    assert set(rows.articles["id"]) == {"a1", "a2"}
    report = cx.apply_with_report(rows, applies + stale)
    assert ([c.id for c in report.applied], [c.id for c in report.stale]) == ([c.id for c in applies],
                                                                              [c.id for c in stale])


def test_lookups_for_the_correction_forms(wh):
    assert wh.actor_aliases("Nobody") == []
    assert "Alice Smith" in wh.actor_aliases("Alice Smith")
    mentions = wh.mentions_of("Acme Corp", limit=2)
    assert len(mentions) == 2 and set(mentions["actor"]) == {"Acme Corp"}
    stances = wh.article_stances("a1")
    assert list(zip(stances["source"], stances["target"])) == [("Alice Smith", "Acme Corp"), ("Bob Jones", "Acme Corp")]
    assert wh.article_stances("nowhere").empty
