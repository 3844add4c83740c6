from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import network
from tests.synthetic_corpus import make_corpus
from ui import figures


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def graph(corpus):
    return network.actor_graph(corpus)


def net(graph, **kw):
    return figures.network_figure(network.node_table(graph), network.edge_list(graph), **kw)


def traces(fig, kind):
    return [t for t in fig.data if (t.meta or {}).get("kind") == kind]


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(v) for v in re.findall(r"\d+", colour))


@pytest.mark.parametrize("score, sign", [(-1, -1), (-0.3, -1), (0, 0), (0.3, 1), (1, 1), (5, 1)])
def test_polarity_colour_sign(score, sign):
    r, g, b = rgb(figures.polarity_colour(score))
    assert (r > g) == (sign < 0) and (g > r) == (sign > 0)


@pytest.mark.parametrize("score, label", [(-0.9, "strongly negative"), (-0.4, "negative"), (0, "neutral"),
                                          (0.2, "neutral"), (0.5, "positive"), (1, "strongly positive")])
def test_stance_bin(score, label):
    assert figures.STANCE_BINS[figures.stance_bin(score)][1] == label


def test_network_has_one_point_per_actor(graph):
    fig = net(graph)
    points = [a for t in traces(fig, "nodes") for a in t.customdata]
    assert sorted(points) == sorted(graph)
    assert {t.type for t in fig.data} == {"scatter"}


def test_network_nodes_grouped_by_type(graph):
    assert {t.name for t in traces(net(graph), "nodes")} == {"person", "organisation", "country"}


@pytest.mark.parametrize("size_by, biggest", [("n_statements", "Alice Smith"), ("n_mentions", "Acme Corp")])
def test_network_node_size(graph, size_by, biggest):
    sizes = {a: s for t in traces(net(graph, size_by=size_by), "nodes") for a, s in zip(t.customdata, t.marker.size)}
    assert max(sizes, key=sizes.get) == biggest


def test_network_stance_colours_follow_polarity(graph):
    fig = net(graph)
    stance = traces(fig, "stance")
    assert sum(t.meta["n_edges"] for t in stance) == 4
    for t in stance:
        r, g, _ = rgb(t.line.color)
        negative = "negative" in t.name
        assert (r > g) == negative and (g > r) == (not negative)


def test_network_co_mention_edges_grey_and_wider_when_heavier(graph):
    co = traces(net(graph), "co-mention")
    assert all(t.line.color.startswith("rgba(150,150,150") for t in co)
    widths = [t.line.width for t in co]
    assert widths == sorted(widths) and len(set(widths)) > 1
    # the heaviest pair (3 paragraphs) is drawn in the widest trace: one segment = 3 coordinates
    assert len(co[-1].x) == 3


def test_network_hover_names_edges(graph):
    hover = traces(net(graph), "stance-hover")[0]
    assert any(h.startswith("Alice Smith → Acme Corp") and "-0.70 (2)" in h for h in hover.hovertext)


def test_network_hover_points_coloured_by_their_edge_score(graph):
    hover = traces(net(graph), "stance-hover")[0]
    scores = dict(zip(hover.hovertext, hover.marker.color))
    alice = next(s for h, s in scores.items() if h.startswith("Alice Smith → Acme Corp"))
    assert alice == pytest.approx(-0.7) and (hover.marker.cmin, hover.marker.cmax) == (-1, 1)


def test_network_layout_is_seeded(graph):
    a, b, c = net(graph, layout_seed=1), net(graph, layout_seed=1), net(graph, layout_seed=2)
    xs = lambda f: [x for t in traces(f, "nodes") for x in t.x]  # noqa: E731
    assert xs(a) == xs(b) and xs(a) != xs(c)


def test_network_escapes_names():
    nodes = pd.DataFrame([{"actor": "<b>Evil</b>", "type": "person", "n_mentions": 1, "n_statements": 0}])
    fig = figures.network_figure(nodes, pd.DataFrame(columns=network.EDGE_COLUMNS))
    t = traces(fig, "nodes")[0]
    assert t.text[0] == "&lt;b&gt;Evil&lt;/b&gt;" and "<b>Evil" not in t.hovertext[0]
    assert t.customdata[0] == "<b>Evil</b>"


@pytest.mark.parametrize("labels, labelled", [(1, {"Alice Smith"}), (2, {"Alice Smith", "Bob Jones"}), (10, 4)])
def test_network_labels_only_the_biggest_nodes(graph, labels, labelled):
    fig = net(graph, labels=labels)
    shown = {a for t in traces(fig, "nodes") for a, text in zip(t.customdata, t.text) if text}
    assert shown == labelled if isinstance(labelled, set) else len(shown) == labelled


def test_network_without_edges(graph):
    fig = figures.network_figure(network.node_table(graph), None)
    assert len(traces(fig, "nodes")) == 3 and not traces(fig, "stance")


@pytest.mark.parametrize("build", [
    lambda: figures.network_figure(pd.DataFrame(columns=network.NODE_COLUMNS), pd.DataFrame(columns=network.EDGE_COLUMNS)),
    lambda: figures.stance_heatmap(pd.DataFrame(columns=network.MATRIX_COLUMNS)),
    lambda: figures.timeline_figure(pd.DataFrame(columns=["period", "actor", "mentions"])),
    lambda: figures.timeline_figure(pd.DataFrame({"period": ["2024-01-01"], "actor": ["A"], "mentions": [1]}), metric="nope"),
    lambda: figures.top_bar_figure(None, label="a", value="b"),
])
def test_empty_input_gives_empty_state(build):
    fig = build()
    assert figures.is_empty_figure(fig)
    assert fig.layout.annotations[0].text


def test_heatmap(corpus):
    fig = figures.stance_heatmap(network.stance_matrix(corpus))
    (hm,) = fig.data
    assert hm.type == "heatmap" and (hm.zmin, hm.zmax) == (-1, 1)
    cell = dict(zip(hm.y, range(len(hm.y))))["Alice Smith"], list(hm.x).index("Acme Corp")
    assert hm.z[cell[0]][cell[1]] == pytest.approx(-0.7)
    assert hm.customdata[cell[0]][cell[1]] == 2
    assert hm.y[0] == "Alice Smith"  # most stances first


def test_heatmap_max_actors(corpus):
    fig = figures.stance_heatmap(network.stance_matrix(corpus), max_actors=1)
    assert (list(fig.data[0].y), list(fig.data[0].x)) == (["Alice Smith"], ["Acme Corp"])


TIMELINE = pd.DataFrame({
    "period": ["2024-01-01", "2024-02-01", "2024-01-01", "2024-03-01"],
    "actor": ["A", "A", "B", "B"],
    "mentions": [3, 1, 2, 5],
    "mean_stance": [-0.5, None, 0.25, 0.5],
})


@pytest.mark.parametrize("metric, points", [("mentions", {"A": 2, "B": 2}), ("mean_stance", {"A": 1, "B": 2})])
def test_timeline_one_line_per_actor(metric, points):
    fig = figures.timeline_figure(TIMELINE, metric=metric)
    assert {t.name: len(t.x) for t in fig.data} == points
    assert all(t.mode == "lines+markers" for t in fig.data)


def test_timeline_points_carry_actor_and_period():
    fig = figures.timeline_figure(TIMELINE)
    assert [list(c) for c in fig.data[1].customdata] == [["B", "2024-01-01"], ["B", "2024-03-01"]]


@pytest.mark.parametrize("metric, per_articles, label", [
    ("mentions", False, "Mentions"),
    ("mentions", True, "Mentions per 1,000 articles"),
    ("mean_stance", True, "Mean stance"),
])
def test_timeline_axis_label(metric, per_articles, label):
    fig = figures.timeline_figure(TIMELINE, metric=metric, per_articles=per_articles)
    assert fig.layout.yaxis.title.text == label


def test_timeline_stance_axis_is_fixed():
    assert tuple(figures.timeline_figure(TIMELINE, metric="mean_stance").layout.yaxis.range) == (-1.05, 1.05)


def test_top_bar_keeps_the_top_rows():
    df = pd.DataFrame({"speaker": ["A", "B", "C"], "n_statements": [2, 9, 4]})
    (bar,) = figures.top_bar_figure(df, label="speaker", value="n_statements", limit=2).data
    assert list(bar.y) == ["C", "B"] and list(bar.x) == [4, 9]


def test_top_bar_coloured_by_stance():
    df = pd.DataFrame({"actor": ["A", "B"], "n": [1, 2], "score": [-0.9, 0.9]})
    (bar,) = figures.top_bar_figure(df, label="actor", value="n", colour_by_score="score").data
    colours = dict(zip(bar.y, bar.marker.color))
    assert rgb(colours["A"])[0] > rgb(colours["A"])[1] and rgb(colours["B"])[1] > rgb(colours["B"])[0]
