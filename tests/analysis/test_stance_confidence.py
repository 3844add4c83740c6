"""Stance confidence: every row says how far its rule is trusted, and the network, the stance matrix
and "Said about" can leave out the rows below a minimum."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analysis import network, stance
from analysis.corpus import CorpusAnalysis
from analysis.types import COLUMNS, Mention, Stance, Statement


def corpus_with(stances: list[Stance]) -> CorpusAnalysis:
    text = "Ortiz criticised Kim. Lee praised Kim."
    tables = {k: pd.DataFrame(columns=v) for k, v in COLUMNS.items()}
    tables["articles"] = pd.DataFrame([{"id": "a", "text": text, "title": "t", "date": "2024-01-02", "source": "",
                                        "url": "", "author": "", "path": "", "n_words": 6}])
    tables["mentions"] = pd.DataFrame([dataclasses.asdict(Mention("a", s, s + len(n), n, "PERSON", n, "person"))
                                       for n, s in (("Ortiz", 0), ("Kim", 17), ("Lee", 22), ("Kim", 34))])
    tables["actors"] = pd.DataFrame([{"name": n, "type": "person", "aliases": [], "roles": [], "n_mentions": 1,
                                      "n_statements": 0} for n in ("Ortiz", "Kim", "Lee")])
    tables["stances"] = pd.DataFrame([dataclasses.asdict(s) for s in stances])
    return CorpusAnalysis(**tables)


ROWS = [
    Stance("a", "Ortiz", "Kim", "negative", -0.6, "criticised Kim", "act:verb:criticise", "criticize", -2.5, None,
           6, 20, confidence=0.9),
    Stance("a", "Lee", "Kim", "positive", 0.5, "praised Kim", "act:verb:praise+made-by", "praise", 3.5, None,
           26, 37, confidence=0.45),
]


@pytest.mark.parametrize("min_confidence, pairs", [
    (0.0, {("Ortiz", "Kim"), ("Lee", "Kim")}),
    (0.5, {("Ortiz", "Kim")}),
    (0.95, set()),
])
def test_stance_matrix_and_network_leave_out_rows_below_the_minimum(min_confidence, pairs):
    c = corpus_with(ROWS)
    matrix = network.stance_matrix(c, min_confidence=min_confidence)
    assert set(zip(matrix["source"], matrix["target"])) == pairs
    graph = network.actor_graph(c, min_confidence=min_confidence, relations=["criticize", "praise"])
    assert {(u, v) for u, v, d in graph.edges(data=True) if d["kind"] == network.STANCE} == pairs


@pytest.mark.parametrize("min_confidence, shown", [(0.0, 1), (0.5, 0)])
def test_said_about_filters_by_confidence_and_shows_it(min_confidence, shown):
    about = network.statements_about(corpus_with(ROWS), "Lee", "Kim", min_confidence=min_confidence)
    assert len(about) == shown
    if shown:
        assert about["confidence"].tolist() == [0.45] and about["evidence"].tolist() == ["praised Kim"]


def test_rows_stored_without_confidence_are_kept():
    st = corpus_with(ROWS).stances.drop(columns="confidence")
    assert len(network.confident(st, 0.9)) == 2


def test_default_hides_made_by_readings_but_keeps_acts():
    kept = network.confident(corpus_with(ROWS).stances, network.DEFAULT_MIN_CONFIDENCE)
    assert kept["rule"].tolist() == ["act:verb:criticise"]


@pytest.mark.parametrize("text, rule_part, low, high", [
    ("Ortiz criticised Kim on Monday.", "act:verb:criticise", 0.85, 1.0),
    ("Ortiz met Kim on Monday.", "act:verb:meet", 0.85, 1.0),
    ("Kim signed the treaty. Ortiz criticised the treaty on Monday.", "+made-by", 0.3, 0.55),
])
def test_every_row_carries_the_confidence_of_its_rule(nlp, text, rule_part, low, high):
    doc = nlp(text)
    mentions = []
    for name in ("Ortiz", "Kim"):
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention("a", start, start + len(name), name, "PERSON", name, "person"))
            start = text.find(name, start + 1)
    rows = [r for r in stance.find_stances(doc, "a", [], mentions) if (r.source, r.target) == ("Ortiz", "Kim")]
    assert rows and rule_part in rows[0].rule and low <= rows[0].confidence <= high


def test_statement_rows_carry_a_confidence(nlp):
    text = "Ortiz said Kim had lied to the voters."
    doc = nlp(text)
    start = text.index("Kim")
    st = Statement("a", 0, "indirect", text[start:-1], start, len(text) - 1, [(start, len(text) - 1)], speaker="Ortiz")
    rows = stance.find_stances(doc, "a", [st], [Mention("a", 0, 5, "Ortiz", "PERSON", "Ortiz", "person"),
                                                Mention("a", start, start + 3, "Kim", "PERSON", "Kim", "person")])
    row = next(r for r in rows if (r.source, r.target) == ("Ortiz", "Kim"))
    assert row.polarity == "negative" and 0.3 <= row.confidence <= 0.9 and row.evidence in text


def test_statement_stance_summary_filters_by_confidence():
    from analysis import query

    rows = [dataclasses.replace(ROWS[0], statement_index=0), dataclasses.replace(ROWS[1], statement_index=0)]
    st = corpus_with(rows).stances
    assert query.stance_summary(st).str.count(";").tolist() == [1]  # both readings of Kim
    assert query.stance_summary(st, 0.5).str.count(";").tolist() == [0]  # the made-by one left out


@pytest.mark.parametrize("polarity", ["negative", "positive"])
def test_an_analysts_correction_is_never_filtered_out(polarity):
    from analysis import corrections as cx

    c = corpus_with(ROWS)
    key = cx.stance_key(c.stances.iloc[1])  # the made-by reading, confidence 0.45
    out = cx.apply_corrections(c, [cx.Correction("set_stance", {"stance": key, "polarity": polarity},
                                                 "ana", "2026-01-01T00:00:00Z")])
    row = out.stances.iloc[1]
    assert (row["polarity"], row["confidence"]) == (polarity, 1.0)
    assert len(network.confident(out.stances, network.DEFAULT_MIN_CONFIDENCE)) == 2
