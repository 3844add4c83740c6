from __future__ import annotations

import io
from datetime import date

import networkx as nx
import pandas as pd
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from analysis import network
from analysis.corpus import CorpusAnalysis
from analysis.types import COLUMNS
from tests.synthetic_corpus import EXPECTED_CO_MENTIONS, EXPECTED_STANCES, make_corpus


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


def empty_corpus() -> CorpusAnalysis:
    return CorpusAnalysis(**{k: pd.DataFrame(columns=v) for k, v in COLUMNS.items()})


def edges(graph, kind):
    return {(u, v): d for u, v, d in graph.edges(data=True) if d["kind"] == kind}


@pytest.mark.parametrize("text, starts", [
    ("a\n\nb", [0, 3]),
    ("a\nb", [0, 2]),
    ("a\n \nb\nc", [0, 4]),
    ("one paragraph", [0]),
    ("", [0]),
])
def test_paragraph_starts(text, starts):
    assert network.paragraph_starts(text) == starts


def co_dict(df):
    return {(a, b): n for a, b, n in df.itertuples(index=False)}


@pytest.mark.parametrize("start, end, context", [
    (0, 1, "a b"),
    (5, 6, "c d"),
    (2, 6, "a b\n\nc d"),
    (10, 11, "e"),
    (9, 9, "c d"),
])
def test_paragraphs_around(start, end, context):
    text = "a b\n\nc d\n\ne"
    got, offset = network.paragraphs_around(text, start, end)
    assert got == context and text[offset:offset + len(got)] == got


@pytest.mark.parametrize("values", [[], [5], [3, 1, 3, 2, 1, 3], [-4, 7, -4, 0], list(range(10, 0, -1))])
def test_sorted_unique_is_numpys_unique(values):
    import numpy as np

    arr = np.array(values, dtype=np.int64)
    unique, counts = network.sorted_unique(arr, counts=True)
    expected, expected_counts = np.unique(arr, return_counts=True)
    assert unique.tolist() == expected.tolist() == network.sorted_unique(arr).tolist()
    assert counts.tolist() == expected_counts.tolist()


def test_remembered_paragraphs_are_used_for_the_same_frames_only():
    c = make_corpus()
    assert network.known_paragraphs(c) is None
    para = network.remember_paragraphs(c, [7] * len(c.mentions))
    assert network.mention_paragraphs(c) is para and not para.flags.writeable
    other = CorpusAnalysis(c.articles.copy(), c.mentions.copy(), c.actors, c.statements, c.stances, c.errors)
    assert network.known_paragraphs(other) is None
    with pytest.raises(ValueError, match="paragraph numbers"):
        network.remember_paragraphs(c, [1])


def test_co_mentions_count_paragraphs(corpus):
    co = network.co_mentions(corpus)
    assert list(co.columns) == ["actor_a", "actor_b", "weight"]
    assert co_dict(co) == EXPECTED_CO_MENTIONS


@pytest.mark.parametrize("actors, pairs", [
    (["Alice Smith", "Bob Jones"], {("Alice Smith", "Bob Jones"): 2}),
    (["Freedonia"], {}),
    ([], {}),
])
def test_co_mentions_among_actors(corpus, actors, pairs):
    assert co_dict(network.co_mentions(corpus, actors=actors)) == pairs


def test_co_mentions_count_each_paragraph_once():
    c = make_corpus([("x", "2024-01-01", "t", [
        ("Alice Smith and Bob Jones; Alice Smith again.", ["Alice Smith", "Bob Jones", "Alice Smith"], [], []),
        ("Bob Jones.", ["Bob Jones"], [], []),
    ])])
    assert co_dict(network.co_mentions(c)) == {("Alice Smith", "Bob Jones"): 1}


def test_graph_edges(corpus):
    g = network.actor_graph(corpus)
    assert {k: d["weight"] for k, d in edges(g, network.CO_MENTION).items()} == EXPECTED_CO_MENTIONS
    stance = edges(g, network.STANCE)
    assert {k: (round(d["score"], 6), d["weight"]) for k, d in stance.items()} == EXPECTED_STANCES
    assert stance[("Freedonia", "Acme Corp")]["relations"] == "criticize"
    assert stance[("Alice Smith", "Acme Corp")]["negative"] == 2


def test_graph_nodes(corpus):
    g = network.actor_graph(corpus)
    assert dict(g.nodes(data="n_statements")) == {"Alice Smith": 4, "Bob Jones": 1, "Acme Corp": 0, "Freedonia": 0}
    assert g.nodes["Acme Corp"]["type"] == "organisation"
    assert g.nodes["Acme Corp"]["n_mentions"] == 6


@pytest.mark.parametrize("min_weight, n_edges", [(1, 10), (2, 4), (3, 1), (4, 0)])
def test_min_weight(corpus, min_weight, n_edges):
    assert network.actor_graph(corpus, min_weight=min_weight).number_of_edges() == n_edges


@pytest.mark.parametrize("types, nodes", [
    (["person"], {"Alice Smith", "Bob Jones"}),
    (["country", "organisation"], {"Freedonia", "Acme Corp"}),
    ([], set()),
])
def test_actor_types(corpus, types, nodes):
    g = network.actor_graph(corpus, actor_types=types)
    assert set(g) == nodes
    assert all(u in nodes and v in nodes for u, v in g.edges())


@pytest.mark.parametrize("date_from, date_to, co_mentions", [
    ("2024-02-01", None, {("Alice Smith", "Bob Jones"): 1, ("Acme Corp", "Freedonia"): 1, ("Acme Corp", "Bob Jones"): 1}),
    (None, date(2024, 1, 31), {("Alice Smith", "Bob Jones"): 1, ("Alice Smith", "Freedonia"): 1,
                               ("Bob Jones", "Freedonia"): 1, ("Acme Corp", "Alice Smith"): 1, ("Acme Corp", "Bob Jones"): 1}),
    ("2023-01-01", "2023-12-31", {}),
])
def test_date_range_excludes_undated(corpus, date_from, date_to, co_mentions):
    g = network.actor_graph(corpus, date_from=date_from, date_to=date_to)
    assert {k: d["weight"] for k, d in edges(g, network.CO_MENTION).items()} == co_mentions


def test_date_range_recounts_nodes(corpus):
    g = network.actor_graph(corpus, date_from="2024-02-01", date_to="2024-02-28")
    assert g.nodes["Alice Smith"]["n_statements"] == 1


@pytest.mark.parametrize("relations, expected", [
    (["criticize"], {("Freedonia", "Acme Corp", "stance")}),
    (["praise", "criticize"], {("Freedonia", "Acme Corp", "stance"), ("Bob Jones", "Acme Corp", "stance")}),
    ([network.CO_MENTION], {(a, b, "co-mention") for a, b in EXPECTED_CO_MENTIONS}),
    (["no such relation"], set()),
])
def test_relations_filter(corpus, relations, expected):
    g = network.actor_graph(corpus, relations=relations)
    assert {(u, v, d["kind"]) for u, v, d in g.edges(data=True)} == expected


def test_max_actors_keeps_most_mentioned(corpus):
    assert set(network.actor_graph(corpus, max_actors=2)) == {"Acme Corp", "Alice Smith"}


def test_drop_isolates(corpus):
    g = network.actor_graph(corpus, relations=["criticize"], drop_isolates=True)
    assert set(g) == {"Freedonia", "Acme Corp"}


def test_self_and_anonymous_stances_are_not_edges(corpus):
    c = make_corpus()
    extra = pd.DataFrame([
        {**c.stances.iloc[0].to_dict(), "source": "Acme Corp", "target": "Acme Corp"},
        {**c.stances.iloc[0].to_dict(), "source": None, "target": "Acme Corp"},
    ])
    c.stances = pd.concat([c.stances, extra], ignore_index=True)
    assert len(edges(network.actor_graph(c), network.STANCE)) == len(EXPECTED_STANCES)


def test_edge_list_and_node_table_columns(corpus):
    g = network.actor_graph(corpus)
    el = network.edge_list(g)
    assert list(el.columns) == network.EDGE_COLUMNS and len(el) == 10
    assert sorted(network.node_table(g)["actor"]) == sorted(g)


def test_centrality_table(corpus):
    table = network.centrality_table(network.actor_graph(corpus)).set_index("actor")
    assert table["degree"].to_dict() == {"Acme Corp": 3, "Alice Smith": 3, "Bob Jones": 3, "Freedonia": 3}
    # Acme: co-mentions 3+2+1, stances received 2+1+1
    assert table.loc["Acme Corp", "weighted_degree"] == 10
    assert table["pagerank"].sum() == pytest.approx(1, abs=1e-3)
    assert table.index[0] == "Acme Corp"  # the most criticised actor collects the rank


def test_centrality_of_a_star():
    g = nx.MultiDiGraph()
    for leaf in "bcd":
        g.add_edge("a", leaf, kind=network.CO_MENTION, weight=1)
    table = network.centrality_table(g).set_index("actor")
    assert table.loc["a", "betweenness"] == 1.0
    assert table.loc["b", "betweenness"] == 0.0


@pytest.mark.parametrize("edge_list", [
    [(1, 2), (2, 3), (3, 1)],
    [(1, 2), (2, 1), (2, 3), (4, 3)],
    [(1, 2, 5.0), (1, 3, 1.0), (3, 1, 2.0)],
])
def test_pagerank_matches_networkx(edge_list):
    g = nx.DiGraph()
    for e in edge_list:
        g.add_edge(e[0], e[1], weight=e[2] if len(e) > 2 else 1.0)
    assert network.pagerank(g) == pytest.approx(_pagerank_python(g, tol=1e-12), abs=1e-6)


@pytest.mark.parametrize("build", [
    lambda: network.actor_graph(empty_corpus()),
    lambda: network.actor_graph(make_corpus(), actor_types=["nothing"]),
    lambda: network.actor_graph(make_corpus(), date_from="2030-01-01"),
])
def test_empty_graph_gives_empty_tables(build):
    g = build()
    assert len(g) == 0
    assert list(network.centrality_table(g).columns) == network.CENTRALITY_COLUMNS
    assert network.centrality_table(g).empty and network.edge_list(g).empty
    assert nx.read_gexf(io.BytesIO(network.to_gexf(g))).number_of_nodes() == 0


def test_empty_corpus():
    c = empty_corpus()
    assert len(network.actor_graph(c)) == 0
    assert list(network.stance_matrix(c).columns) == network.MATRIX_COLUMNS
    assert list(network.statements_about(c, "A", "B").columns) == network.ABOUT_COLUMNS


@pytest.mark.parametrize("write, read", [
    (network.to_gexf, nx.read_gexf),
    (network.to_graphml, nx.read_graphml),
])
def test_exports_round_trip(corpus, write, read):
    g = network.actor_graph(corpus)
    back = read(io.BytesIO(write(g)))
    assert set(back) == set(g)
    assert back.number_of_edges() == g.number_of_edges()
    scores = {(u, v): float(d["score"]) for u, v, d in back.edges(data=True) if d["kind"] == "stance"}
    assert scores[("Alice Smith", "Acme Corp")] == pytest.approx(-0.7)


@pytest.mark.parametrize("write, read", [
    (network.to_gexf, nx.read_gexf),
    (network.to_graphml, nx.read_graphml),
])
def test_exports_survive_hostile_names(write, read):
    g = nx.MultiDiGraph()
    g.add_node("Bad\x0bName <&>", type="person\x01", n_mentions=1, n_statements=0, aliases="", roles="")
    g.add_node("Other", type="", n_mentions=1, n_statements=0, aliases="", roles="")
    g.add_edge("Bad\x0bName <&>", "Other", key="stance", kind="stance", weight=1, score=-0.5, relations="",
               positive=0, negative=1, neutral=0)
    back = read(io.BytesIO(write(g)))
    assert set(back) == {"BadName <&>", "Other"}
    assert back.nodes["BadName <&>"]["type"] == "person"


def test_stance_matrix(corpus):
    m = network.stance_matrix(corpus)
    assert list(m.columns) == network.MATRIX_COLUMNS
    assert {(r.source, r.target): (round(r.score, 6), r.count) for r in m.itertuples()} == EXPECTED_STANCES


@pytest.mark.parametrize("kwargs, pairs", [
    ({"actors": ["Alice Smith", "Acme Corp"]}, {("Alice Smith", "Acme Corp")}),
    ({"relations": ["statement"]}, {("Alice Smith", "Acme Corp"), ("Alice Smith", "Bob Jones")}),
    ({"date_from": "2024-02-01"}, {("Alice Smith", "Bob Jones"), ("Freedonia", "Acme Corp")}),
])
def test_stance_matrix_filters(corpus, kwargs, pairs):
    m = network.stance_matrix(corpus, **kwargs)
    assert set(zip(m["source"], m["target"])) == pairs


@pytest.mark.parametrize("speaker, target, rows", [
    ("Alice Smith", "Acme Corp", [("a1:0", "negative"), ("a3:0", "negative"), ("a3:1", "")]),
    ("Bob Jones", "Acme Corp", [("", "positive"), ("a2:1", "")]),
    ("Alice Smith", "Bob Jones", [("a2:0", "positive")]),
    ("Alice Smith", "Freedonia", []),
    ("Acme Corp", "Alice Smith", []),
])
def test_statements_about(corpus, speaker, target, rows):
    about = network.statements_about(corpus, speaker, target)
    assert list(zip(about["statement_id"], about["polarity"])) == rows


def test_statements_about_offsets_point_at_text(corpus):
    texts = dict(zip(corpus.articles["id"], corpus.articles["text"]))
    about = network.statements_about(corpus, "Alice Smith", "Acme Corp")
    for r in about.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text
        if r.evidence:
            assert texts[r.article_id][r.evidence_start:r.evidence_end] == r.evidence


def test_narrated_act_row(corpus):
    row = network.statements_about(corpus, "Bob Jones", "Acme Corp").iloc[0]
    assert (row["kind"], row["relation"], row["text"]) == (network.NARRATED, "praise", "praised")
