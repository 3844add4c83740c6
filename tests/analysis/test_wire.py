"""`analysis.wire`: wire copies grouped, and counted once by the shared filters unless every carrier counts."""
from __future__ import annotations

import os
import random
import subprocess
import sys

import pandas as pd
import pytest

from analysis import network, query, timeline, wire
from analysis.corpus import build_corpus
from analysis.types import COLUMNS
from tests.feed_server import article_text

random.seed(14)
FILLER = [" ".join(random.choices([f"word{i}" for i in range(3000)], k=150)) for _ in range(6)]
STORY = article_text(3) + "\n\n" + FILLER[0]


@pytest.mark.parametrize("copy", [
    STORY,
    "LONDON (Wire) — " + STORY,
    STORY + "\n\nReporting by Kim Reporter; editing by Sam Editor.",
    STORY.replace("“", '"').replace("”", '"'),
    STORY.rsplit(" ", 25)[0],  # trimmed at the end
    "Updated at 10:15. " + STORY.replace("difficult but constructive", "hard but constructive"),
])
def test_copies_are_grouped_with_the_earliest(copy):
    assert wire.group_texts([STORY, copy, FILLER[1]], order=[0, 1, 2]) == [0, 0, 2]


@pytest.mark.parametrize("other", [
    article_text(4) + "\n\n" + FILLER[0][:200],  # another story
    FILLER[2],
    "",
])
def test_different_texts_are_not_grouped(other):
    assert wire.group_texts([STORY, other]) == [0, 1]


def test_short_texts_are_never_grouped():
    """Too few words to tell a copy from a template ("X said: 'No comment.'")."""
    short = "“No comment at this time,” Senator Maria Costa said on Monday."
    assert wire.group_texts([short, short]) == [0, 1]


def test_group_follows_the_order_given():
    assert wire.group_texts([STORY, STORY, STORY], order=[2, 0, 1]) == [1, 1, 1]


def _articles(rows):
    return [dict(zip(("id", "source", "date", "text"), r), title="", url="", author="", path="", n_words=0)
            for r in rows]


def corpus_with_copies():
    """Three outlets carry one wire story with Berg's quote; a fourth article is its own."""
    arts = _articles([("a1", "Outlet A", "2026-11-02", STORY), ("a2", "Outlet B", "2026-11-03", "WIRE — " + STORY),
                      ("a3", "Outlet C", "2026-11-02", STORY + " End."),
                      ("b1", "Outlet B", "2026-11-04", article_text(5) + "\n\n" + FILLER[3])])
    statements = [{"id": f"{a}:0", "article_id": a, "index": 0, "kind": "direct", "text": "We will not accept",
                   "start": 0, "end": 10, "spans": [(0, 10)], "speaker": speaker, "sentence": "s"}
                  for a, speaker in (("a1", "Anna Berg"), ("a2", "Anna Berg"), ("a3", "Anna Berg"), ("b1", "Pavel Novak"))]
    mentions = [{"article_id": a, "start": 0, "end": 4, "text": "Berg", "label": "PERSON", "actor": "Anna Berg"}
                for a in ("a1", "a2", "a3")]
    frame = lambda t, rows: pd.DataFrame(rows, columns=COLUMNS[t])  # noqa: E731
    corpus = build_corpus([])
    corpus.articles, corpus.statements, corpus.mentions = frame("articles", arts), frame("statements", statements), \
        frame("mentions", mentions)
    corpus.actors = frame("actors", [{"name": "Anna Berg", "n_mentions": 3, "n_statements": 3},
                                     {"name": "Pavel Novak", "n_mentions": 0, "n_statements": 1}])
    corpus.stances = frame("stances", [{"article_id": a, "source": "Anna Berg", "target": "Pavel Novak",
                                        "polarity": "negative", "score": -0.5, "evidence": "not accept",
                                        "relation": "statement", "statement_index": 0} for a in ("a1", "a2", "a3")])
    return corpus


def test_groups_and_carriers_of_a_corpus():
    corpus = corpus_with_copies()
    groups = wire.wire_groups(corpus.articles)
    assert groups.to_dict() == {"a1": "a1", "a2": "a1", "a3": "a1", "b1": "b1"}  # earliest date, then id
    assert wire.copies(corpus.articles) == {"a2", "a3"}
    assert wire.carried_by(corpus.articles)["a1"] == "3 outlets: Outlet A, Outlet B, Outlet C"


@pytest.mark.parametrize("count_carriers, berg, articles", [(False, 1, 2), (True, 3, 4)])
def test_shared_filters_count_a_wire_story_once_unless_every_carrier_counts(count_carriers, berg, articles):
    view = query.apply_filters(corpus_with_copies(), query.CorpusFilters(count_carriers=count_carriers))
    assert len(view.articles) == articles
    assert query.top_speakers(view).set_index("speaker")["statements"]["Anna Berg"] == berg
    assert int(view.actors.set_index("name")["n_mentions"]["Anna Berg"]) == berg


@pytest.mark.parametrize("count_carriers, berg", [(False, 1), (True, 3)])
def test_timelines_and_networks_count_a_wire_story_once_by_default(count_carriers, berg):
    view = query.apply_filters(corpus_with_copies(), query.CorpusFilters(count_carriers=count_carriers))
    series = timeline.actor_timeline(view, ["Anna Berg"], freq="D")
    assert series.loc[series["actor"] == "Anna Berg", "statements"].sum() == berg
    matrix = network.stance_matrix(view)
    assert matrix.set_index(["source", "target"]).loc[("Anna Berg", "Pavel Novak"), "count"] == berg


def test_the_kept_statement_says_who_carried_it():
    view = query.apply_filters(corpus_with_copies(), query.CorpusFilters())
    table = query.statement_table(view)
    row = table.set_index("id").loc["a1:0"]
    assert row["carried by"] == "3 outlets: Outlet A, Outlet B, Outlet C"
    assert "carried by" in query.display_columns(table)


@pytest.mark.parametrize("count_carriers, rows", [(False, 2), (True, 4)])
def test_who_said_what_table_of_the_full_corpus_filters_copies(count_carriers, rows):
    table = query.statement_table(corpus_with_copies())
    shown = query.filter_statements(table, count_carriers=count_carriers)
    assert len(shown) == rows


def test_a_corpus_without_copies_is_unchanged():
    corpus = corpus_with_copies()
    corpus.articles = corpus.articles[corpus.articles["id"].isin(["a1", "b1"])].reset_index(drop=True)
    assert query.apply_filters(corpus, query.CorpusFilters()) is corpus
    assert "carried by" not in query.statement_table(corpus).columns


def test_a_store_caches_its_wire_groups(tmp_path, monkeypatch):
    from analysis.store import Store

    corpus = corpus_with_copies()
    store = Store(tmp_path / "store")
    rows = {"articles": corpus.articles.drop(columns=["n_words"]).assign(n_words=1).to_dict("records")}
    store.write_batch(rows, {a: f"k{a}:v:m" for a in corpus.articles["id"]})
    first = store.load()
    assert wire.copies(first.articles) == {"a2", "a3"}
    (cached,) = (tmp_path / "store" / "cache").glob("wire-*.json")
    calls = []
    monkeypatch.setattr(wire, "group_texts", lambda *a, **k: calls.append(1))
    again = Store(tmp_path / "store").load()  # a new server process: the groups are read back
    assert wire.copies(again.articles) == {"a2", "a3"} and calls == []


def test_grouping_is_the_same_in_every_process():
    """Word hashes must not depend on the process's string-hash salt: the CI once split a copy
    that local runs grouped."""
    code = ("from analysis import wire; import sys; "
            "print(wire.shingles(sys.stdin.read())[:5].tolist(), wire._MULTS[:2].tolist())")
    outputs = {
        subprocess.run([sys.executable, "-c", code], input=STORY, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2, 3)
    }
    assert len(outputs) == 1
