from __future__ import annotations

import itertools
import math
import re

import numpy as np
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
    r, g, b = rgb(figures.polarity_colour(score))  # orange (r > b) against, purple (b > r) for
    assert (r > b) == (sign < 0) and (b > r) == (sign > 0)


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
        r, _, b = rgb(t.line.color)
        negative = "negative" in t.name
        assert (r > b) == negative and (b > r) == (not negative)


def test_network_co_mention_edges_faded_grey_and_wider_when_heavier(graph):
    fig = net(graph)
    co = traces(fig, "co-mention")
    assert all(t.line.color.startswith("rgba(150,150,150,") for t in co)
    assert all(float(t.line.color.rstrip(")").split(",")[-1]) <= 0.25 for t in co)  # faded by default
    widths = [t.line.width for t in co]
    assert widths == sorted(widths) and len(set(widths)) > 1
    # the heaviest pair (3 paragraphs: Acme Corp, Alice Smith) is drawn in the widest trace
    pos = {a: (x, y) for t in traces(fig, "nodes") for a, x, y in zip(t.customdata, t.x, t.y)}
    widest = set(zip(co[-1].x, co[-1].y))
    assert {pos["Acme Corp"], pos["Alice Smith"]} <= widest


def test_network_co_mention_edges_can_be_off(graph):
    fig = net(graph, co_mention="off")
    assert not traces(fig, "co-mention") and traces(fig, "stance")


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


def test_network_labels_every_node(graph):
    fig = net(graph)
    assert {a: text for t in traces(fig, "nodes") for a, text in zip(t.customdata, t.text)} == {a: a for a in graph}


def _label_boxes(fig):
    """Each node label's box in pixels on the narrowest plot the figure is laid out for, from the
    figure's own coordinates (axis ranges, height, margins) and plotly's label size."""
    width = fig.layout.meta["min_width"]
    height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    boxes = []
    for t in traces(fig, "nodes"):
        for x, y, size, text in zip(t.x, t.y, t.marker.size, t.text):
            px, py = (x - x0) / (x1 - x0) * width, (y - y0) / (y1 - y0) * height
            half = len(text) * fig.layout.meta["label_char_px"] / 2
            boxes.append((text, px - half, py + size / 2, px + half, py + size / 2 + fig.layout.meta["label_height_px"]))
    return boxes


def _random_network(n: int, seed: int):
    rng = np.random.default_rng(seed)
    first = ["Anna", "Dmitry", "Sergei", "Maria", "Jonathan", "Elena", "Pedro", "Alexandra", "Chen", "Olga"]
    last = ["Berg", "Medvedev", "Lavrov-Petrovsky", "Ruiz", "Smith", "Kortunov", "Garcia", "Haddad", "Wang", "Ivanova"]
    names = [f"{first[i % 10]} {last[(i * 7 + i // 10) % 10]} {i}" for i in range(n)]
    nodes = pd.DataFrame({"actor": names, "type": rng.choice(["person", "country", "organisation"], n),
                          "n_mentions": rng.integers(1, 400, n), "n_statements": rng.zipf(1.6, n)})
    pairs = {tuple(sorted(rng.choice(n, 2, replace=False))) for _ in range(3 * n)}
    edges = pd.DataFrame([{"source": names[a], "target": names[b], "kind": "co-mention" if k else "stance",
                           "weight": int(rng.integers(1, 30)), "score": float(rng.uniform(-1, 1))}
                          for (a, b), k in zip(sorted(pairs), rng.integers(0, 2, len(pairs)))])
    return nodes, edges


@pytest.mark.parametrize("n, seed", [(5, 0), (15, 1), (15, 2), (25, 3), (40, 4)])
def test_network_labels_never_overlap(n, seed):
    fig = figures.network_figure(*_random_network(n, seed))
    boxes = _label_boxes(fig)
    assert len(boxes) == n
    for (a, *p), (b, *q) in itertools.combinations(boxes, 2):
        assert min(p[2], q[2]) <= max(p[0], q[0]) or min(p[3], q[3]) <= max(p[1], q[1]), (a, b)
    assert all(0 <= p[0] and p[2] <= fig.layout.meta["min_width"] for _, *p in boxes)  # none cut at the sides


def test_network_components_are_packed_to_fill_the_canvas(graph):
    """A main component and a small one: together they span the plot, the small one beside the big one."""
    nodes = network.node_table(graph)
    extra = pd.DataFrame([{"actor": "Zed", "type": "person", "n_mentions": 1, "n_statements": 0},
                          {"actor": "Zoe", "type": "person", "n_mentions": 1, "n_statements": 0}])
    edges = pd.concat([network.edge_list(graph), pd.DataFrame([{"source": "Zed", "target": "Zoe", "kind": "co-mention",
                                                                "weight": 1, "score": 0.0}])], ignore_index=True)
    fig = figures.network_figure(pd.concat([nodes, extra], ignore_index=True), edges)
    pos = {a: (x, y) for t in traces(fig, "nodes") for a, x, y in zip(t.customdata, t.x, t.y)}
    xs, ys = np.array([p[0] for p in pos.values()]), np.array([p[1] for p in pos.values()])
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    assert np.ptp(xs) >= 0.6 * (x1 - x0) and np.ptp(ys) >= 0.5 * (y1 - y0)
    main = [pos[a] for a in graph]
    gap = min(math.dist(pos["Zed"], m) for m in main)
    assert gap <= 0.6 * math.dist((x0, y0), (x1, y1))  # beside the main component, not in a far corner


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


def _luminance(colour: str) -> float:
    r, g, b = (v / 255 for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_heatmap_palette_is_colour_blind_safe_and_no_data_is_not_neutral(corpus):
    fig = figures.stance_heatmap(network.stance_matrix(corpus))
    scale = dict((round(float(at), 2), colour) for at, colour in fig.data[0].colorscale)
    for colour in scale.values():  # no red-against-green: every colour's red and green stay close or blue leads
        r, g, b = rgb(colour)
        assert not (g > r + 40 and g > b + 40), colour  # no green
    neg, neutral, pos = rgb(scale[0.0]), scale[0.5], rgb(scale[1.0])
    assert neg[0] > neg[2] and pos[2] > pos[0]  # orange against purple: apart for red-green colour blindness
    no_data = fig.layout.plot_bgcolor
    assert abs(_luminance(no_data) - _luminance(neutral)) >= 0.4
    assert any("no stance" in a.text for a in fig.layout.annotations)


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


@pytest.mark.parametrize("freq", ["D", "W", "M"])
@pytest.mark.parametrize("n", [1, 2, 7, 60, 400])
def test_timeline_date_ticks_are_whole_periods(freq, n):
    step = {"D": "D", "W": "W-MON", "M": "MS"}[freq]
    df = pd.DataFrame({"period": pd.date_range("1999-07-19", periods=n, freq=step), "actor": "A", "mentions": 1})
    axis = figures.timeline_figure(df, freq=freq).layout.xaxis
    assert "%H" not in axis.tickformat and "%M" not in axis.tickformat and "%S" not in axis.tickformat
    first, last = (pd.Timestamp(v) for v in axis.range)
    if freq == "M":
        months = int(axis.dtick[1:])
        assert axis.dtick.startswith("M") and (last - first).days / 30.4 / months <= figures.MAX_TICKS
    else:
        days = axis.dtick / figures.DAY_MS
        assert days == int(days) and days % {"D": 1, "W": 7}[freq] == 0
        assert (last - first).days / days <= figures.MAX_TICKS
    assert (last - first).days >= {"D": 1, "W": 7, "M": 30}[freq]  # a single point: a period wide, never ms


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
    assert rgb(colours["A"])[0] > rgb(colours["A"])[2] and rgb(colours["B"])[2] > rgb(colours["B"])[0]
