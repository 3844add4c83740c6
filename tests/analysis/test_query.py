"""Shared filters, the who-said-what table and its exports, on a small hand-made corpus."""
from __future__ import annotations

import datetime as dt
import io
import json

import pandas as pd
import pytest

from analysis import query
from analysis.corpus import CorpusAnalysis
from analysis.types import COLUMNS

D = dt.date


def frame(table, rows):
    return pd.DataFrame([{c: None for c in COLUMNS[table]} | r for r in rows], columns=COLUMNS[table])


ARTICLES = frame("articles", [
    {"id": "a1", "title": "Cuba visit", "date": "2024-05-01", "source": "VOA", "text": "x"},
    {"id": "a2", "title": "Kremlin view", "date": "2024-06-15", "source": "TASS", "text": "y"},
    {"id": "a3", "title": "Undated note", "date": "", "source": "VOA", "text": "z"},
])
STATEMENTS = frame("statements", [
    {"id": "a1:0", "article_id": "a1", "index": 0, "kind": "direct", "text": "Sanctions will not work",
     "start": 0, "end": 5, "spans": [[0, 5]], "cue": "said", "speaker": "Dmitry Medvedev",
     "role": "Prime Minister", "sentence": "Medvedev said sanctions will not work in Havana."},
    {"id": "a1:1", "article_id": "a1", "index": 1, "kind": "indirect", "text": "ties are growing",
     "start": 6, "end": 9, "spans": [[6, 9]], "cue": "noted", "speaker": "Andrey Kortunov",
     "role": "", "sentence": "Kortunov noted that ties are growing with Cuba."},
    {"id": "a2:0", "article_id": "a2", "index": 0, "kind": "direct", "text": "We will forgive all debts",
     "start": 0, "end": 5, "spans": [[0, 5]], "cue": "", "speaker": None, "speaker_mention": "he",
     "role": "", "sentence": "We will forgive all debts, he said."},
    {"id": "a3:0", "article_id": "a3", "index": 0, "kind": "indirect", "text": "the embargo tightened",
     "start": 0, "end": 5, "spans": [[0, 5]], "cue": "believes", "speaker": "Andrey Kortunov",
     "role": "expert", "sentence": "Kortunov believes the embargo tightened."},
])
MENTIONS = frame("mentions", [
    {"article_id": "a1", "start": 0, "end": 8, "text": "Medvedev", "label": "PERSON", "actor": "Dmitry Medvedev"},
    {"article_id": "a1", "start": 9, "end": 13, "text": "Cuba", "label": "GPE", "actor": "Cuba"},
    {"article_id": "a2", "start": 0, "end": 4, "text": "Cuba", "label": "GPE", "actor": "Cuba"},
    {"article_id": "a3", "start": 0, "end": 8, "text": "Kortunov", "label": "PERSON", "actor": "Andrey Kortunov"},
])
ACTORS = frame("actors", [
    {"name": "Dmitry Medvedev", "aliases": ["Medvedev"], "roles": [], "n_mentions": 1, "n_statements": 1},
    {"name": "Cuba", "aliases": ["Cuba"], "roles": [], "n_mentions": 2, "n_statements": 0},
    {"name": "Andrey Kortunov", "aliases": ["Kortunov"], "roles": [], "n_mentions": 1, "n_statements": 2},
])
STANCES = frame("stances", [
    {"article_id": "a1", "source": "Dmitry Medvedev", "target": "United States", "polarity": "negative",
     "score": -0.6, "evidence": "not work", "statement_index": 0},
    {"article_id": "a1", "source": "Dmitry Medvedev", "target": "Cuba", "polarity": "positive",
     "score": 0.4, "evidence": "", "statement_index": 0},
    {"article_id": "a2", "source": "Russia", "target": "Cuba", "polarity": "neutral", "score": 0.0,
     "evidence": "", "statement_index": None},
])


def corpus(stances=STANCES) -> CorpusAnalysis:
    return CorpusAnalysis(ARTICLES.copy(), MENTIONS.copy(), ACTORS.copy(), STATEMENTS.copy(), stances.copy(),
                          frame("errors", []))


@pytest.fixture
def table():
    return query.statement_table(corpus())


def test_statement_table_joins_article_title_date_and_source(table):
    row = table.set_index("id").loc["a2:0"]
    assert (row["article"], row["date"], row["source"]) == ("Kremlin view", "2024-06-15", "TASS")
    assert row["speaker"] == query.UNATTRIBUTED
    assert query.display_columns(table) == ["speaker", "role", "statement", "kind", "cue", "article", "date",
                                            "source", "stance", "id"]


def test_stance_column_lists_targets_with_polarity(table):
    stance = table.set_index("id")["stance"]
    assert stance["a1:0"] == "United States (−); Cuba (+)"
    assert stance["a1:1"] == ""


def test_no_stance_column_without_stances():
    table = query.statement_table(corpus(frame("stances", [])))
    assert "stance" not in table.columns and "stance" not in query.display_columns(table)


@pytest.mark.parametrize("kwargs, ids", [
    ({}, ["a1:0", "a1:1", "a2:0", "a3:0"]),
    ({"speakers": ["Andrey Kortunov"]}, ["a1:1", "a3:0"]),
    ({"speakers": [query.UNATTRIBUTED]}, ["a2:0"]),
    ({"speakers": ["Nobody"]}, []),
    ({"kinds": ["direct"]}, ["a1:0", "a2:0"]),
    ({"kinds": ["direct", "indirect"]}, ["a1:0", "a1:1", "a2:0", "a3:0"]),
    ({"sources": ["VOA"]}, ["a1:0", "a1:1", "a3:0"]),
    ({"date_from": D(2024, 6, 1)}, ["a2:0"]),
    ({"date_to": D(2024, 5, 1)}, ["a1:0", "a1:1"]),  # inclusive; undated left out
    ({"date_from": D(2024, 5, 2), "date_to": D(2024, 6, 14)}, []),
    ({"search": "sanctions"}, ["a1:0"]),
    ({"search": "SANCTIONS"}, ["a1:0"]),
    ({"search": "havana"}, ["a1:0"]),  # found in the surrounding sentence only
    ({"search": "cuba ties"}, ["a1:1"]),  # every word must match
    ({"search": '"forgive all"'}, ["a2:0"]),
    ({"search": '"all forgive"'}, []),
    ({"search": "kortunov", "kinds": ["indirect"], "sources": ["VOA"], "date_from": D(2024, 1, 1)}, ["a1:1"]),
    ({"search": "   "}, ["a1:0", "a1:1", "a2:0", "a3:0"]),
])
def test_filter_statements(table, kwargs, ids):
    assert query.filter_statements(table, **kwargs)["id"].tolist() == ids


def test_filter_statements_accepts_raw_rows_with_articles():
    out = query.filter_statements(STATEMENTS, ARTICLES, speakers=["Dmitry Medvedev"])
    assert out["id"].tolist() == ["a1:0"] and out["article"].tolist() == ["Cuba visit"]
    with pytest.raises(ValueError):
        query.filter_statements(STATEMENTS)


@pytest.mark.parametrize("kwargs, ids", [
    ({}, ["a1", "a2", "a3"]),
    ({"sources": ["TASS"]}, ["a2"]),
    ({"date_from": D(2024, 1, 1)}, ["a1", "a2"]),
    ({"date_to": D(2024, 5, 31), "sources": ["VOA", "TASS"]}, ["a1"]),
])
def test_select_articles(kwargs, ids):
    assert query.select_articles(ARTICLES, **kwargs) == ids


def test_restrict_corpus_keeps_rows_of_the_articles_and_recounts_actors():
    sub = query.restrict_corpus(corpus(), ["a2", "a3"])
    assert sub.articles["id"].tolist() == ["a2", "a3"]
    assert set(sub.statements["article_id"]) == {"a2", "a3"}
    assert set(sub.stances["article_id"]) == {"a2"}
    counts = sub.actors.set_index("name")[["n_mentions", "n_statements"]].to_dict("index")
    assert counts == {"Cuba": {"n_mentions": 1, "n_statements": 0},
                      "Andrey Kortunov": {"n_mentions": 1, "n_statements": 1}}


@pytest.mark.parametrize("known", [True, False])
def test_restrict_corpus_keeps_known_paragraph_numbers_of_its_mentions(known):
    from analysis import network

    full = corpus()
    full.articles.loc[full.articles["id"] == "a1", "text"] = "Medvedev\n\nCuba"
    full.mentions.loc[1, "start"] = 10
    if known:
        network.mention_paragraphs(full)
    sub = query.restrict_corpus(full, ["a1", "a3"])
    assert (network.known_paragraphs(sub) is not None) is known
    assert network.mention_paragraphs(sub).tolist() == network.paragraph_index(sub, sub.mentions).tolist() == [1, 2, 1]


def test_apply_filters_without_filters_is_the_corpus_itself():
    c = corpus()
    assert query.apply_filters(c, query.CorpusFilters()) is c
    assert query.apply_filters(c, query.CorpusFilters(sources=("TASS",))).articles["id"].tolist() == ["a2"]


def test_overview_counts():
    assert query.overview_counts(corpus()) == {"articles": 3, "statements": 4, "actors": 3, "undated articles": 1}


def test_top_speakers_orders_by_statements_and_skips_unattributed():
    top = query.top_speakers(corpus(), n=5)
    assert top.to_dict("records") == [
        {"speaker": "Andrey Kortunov", "statements": 2, "articles": 2},
        {"speaker": "Dmitry Medvedev", "statements": 1, "articles": 1},
    ]
    assert query.top_speakers(corpus(), n=1)["speaker"].tolist() == ["Andrey Kortunov"]


def test_exports_hold_exactly_the_rows_and_columns_given(table):
    shown = query.filter_statements(table, speakers=["Andrey Kortunov"])[query.display_columns(table)]
    from_csv = pd.read_csv(io.BytesIO(query.to_csv(shown)), keep_default_na=False, dtype=str)
    assert from_csv.columns.tolist() == shown.columns.tolist()
    assert from_csv.values.tolist() == shown.astype(str).values.tolist()
    from_json = json.loads(query.to_json(shown))
    assert [list(r) for r in from_json] == [shown.columns.tolist()] * len(shown)
    assert [r["id"] for r in from_json] == ["a1:1", "a3:0"]


def test_json_export_turns_missing_values_into_null():
    df = pd.DataFrame({"a": [1.5, float("nan")], "b": ["x", None], "c": [[1, 2], []], "d": ["2024-01-02", None]})
    assert json.loads(query.to_json(df)) == [{"a": 1.5, "b": "x", "c": [1, 2], "d": "2024-01-02"},
                                             {"a": None, "b": None, "c": [], "d": None}]


@pytest.mark.parametrize("text, terms", [
    ("", []),
    ("Cuba  Russia", ["cuba", "russia"]),
    ('"debt relief" Cuba', ["debt relief", "cuba"]),
])
def test_search_terms(text, terms):
    assert query.search_terms(text) == terms
