"""Cached data of the Relations, Said about, Timelines and Actors pages, asked of the page's
warehouse (`analysis.warehouse`, edges and counts from the store's aggregates) once per corpus
view and filter values.

A rerun that only changes how the graph is drawn (node size) or a click must not pay the
queries again. Results are shared between sessions (`st.cache_resource`, keyed by the page's
content key, its shared filters and the page filters): read them, never modify them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from analysis import network

from . import cache, figures

if TYPE_CHECKING:  # the Actors page uses this module without drawing a graph
    import networkx as nx
    import plotly.graph_objects as go


@dataclass(frozen=True)
class NetworkView:
    key: str  # the cache key it was built under (corpus view + options)
    graph: nx.MultiDiGraph
    nodes: pd.DataFrame
    edges: pd.DataFrame
    centrality: pd.DataFrame
    matrix: pd.DataFrame


def view_key(page) -> str:
    """The corpus a page shows: its content key (articles, model, corrections) and shared filters."""
    return f"{page.key}|{page.filters!r}"


@st.cache_resource(show_spinner="Building the actor network…", max_entries=16)
def _graph_parts(key: str, options: tuple, _wh, _filters) -> network.GraphParts:
    return _wh.graph_parts(_filters, **dict(options))


@st.cache_resource(show_spinner=False, max_entries=16)
def _network_view(key: str, options: tuple, _wh, _filters) -> NetworkView:
    """The graph under every option; the costly part (`graph_parts`) is shared by all minimum
    weights and isolate choices, so moving those sliders only filters edges."""
    opts = dict(options)
    min_weight, drop_isolates = opts.pop("min_weight", 1), opts.pop("drop_isolates", False)
    parts = _graph_parts(key, tuple(sorted(opts.items())), _wh, _filters)
    graph = network.graph_from_parts(parts, min_weight=min_weight, drop_isolates=drop_isolates)
    return NetworkView(f"{key}|{options!r}", graph, network.node_table(graph), network.edge_list(graph),
                       network.centrality_table(graph), network.matrix_from_parts(parts, graph.nodes))


def network_view(page, **options) -> NetworkView:
    """The actor network of the page's corpus (`Warehouse.graph_parts` under `options`, then
    `min_weight` and `drop_isolates`) and the tables derived from it."""
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, (list, set)) else v) for k, v in options.items()))
    return _network_view(view_key(page), frozen, page.warehouse, page.filters)


def drawn_actors(view: NetworkView, *, top: int = 15, ego: str | None = None) -> list[str]:
    """The actors to draw: the `top` with most distinct neighbours (then most statements), or, for
    an ego view, `ego` and its neighbours (the `top` strongest when there are more)."""
    centrality = sorted_centrality(view)
    if ego is None or ego not in view.graph:
        return centrality["actor"].head(top).tolist()
    strength: dict[str, float] = {}
    for a, b, data in view.graph.to_undirected(as_view=True).edges(ego, data=True):
        other = b if a == ego else a
        if other != ego:
            strength[other] = strength.get(other, 0.0) + float(data.get("weight", 1) or 1)
    neighbours = sorted(strength, key=lambda n: (-strength[n], n))[:top]
    return [ego, *neighbours]


def sorted_centrality(view: NetworkView) -> pd.DataFrame:
    """The view's centrality table, most connected first (degree, then weighted degree, name)."""
    table = view.centrality
    if table.empty:
        return table
    return table.sort_values(["degree", "weighted_degree", "actor"], ascending=[False, False, True],
                             ignore_index=True)


@st.cache_resource(show_spinner=False, max_entries=16)
def _network_figure(key: str, size_by: str, actors: tuple, co_mention: str, ego: str | None,
                    _view: NetworkView) -> go.Figure:
    keep = set(actors)
    nodes = _view.nodes[_view.nodes["actor"].isin(keep)]
    edges = _view.edges[_view.edges["source"].isin(keep) & _view.edges["target"].isin(keep)]
    if ego is not None:
        edges = edges[(edges["source"] == ego) | (edges["target"] == ego)]
    return figures.network_figure(nodes, edges, size_by=size_by, co_mention=co_mention)


def network_figure(view: NetworkView, *, size_by: str, actors: list[str] | None = None,
                   co_mention: str = "faded", ego: str | None = None) -> go.Figure:
    """`ui.figures.network_figure` of the `actors` of a view (default: `drawn_actors`), once per
    view, actors and options; for an `ego` view only the ego's own edges are drawn."""
    actors = drawn_actors(view) if actors is None else actors
    return _network_figure(view.key, size_by, tuple(actors), co_mention, ego, view)


@st.cache_resource(show_spinner=False, max_entries=16)
def _stance_heatmap(key: str, _view: NetworkView) -> go.Figure:
    return figures.stance_heatmap(_view.matrix)


def stance_heatmap(view: NetworkView) -> go.Figure:
    """`ui.figures.stance_heatmap` of a view's stance matrix, once per view (~0.1 s a rerun)."""
    return _stance_heatmap(view.key, view)


def co_mentioned_with(page, actor: str) -> pd.DataFrame:
    """The actors most often named in a paragraph with `actor` (`Warehouse.co_mentioned_with`)."""
    return cache.ask(page, "co_mentioned_with", actor, filters=page.filters)


def stance_matrix(page, min_confidence: float = 0.0) -> pd.DataFrame:
    """Every speaker → target pair's stance counts and mean (`Warehouse.stance_matrix`)."""
    return cache.ask(page, "stance_matrix", page.filters, min_confidence=float(min_confidence))


def said_about(page, speaker: str, target: str, min_confidence: float = 0.0, limit: int | None = None):
    """The first `limit` rows of what `speaker` said about `target` and the figures of all
    (`Warehouse.said_about`): picking a row to see its evidence reruns the page and must not ask
    again."""
    return cache.ask(page, "said_about", speaker, target, float(min_confidence), filters=page.filters, limit=limit)


def actor_timeline(page, actors, *, freq: str, normalise: bool) -> pd.DataFrame:
    """`Warehouse.actor_timeline` of the page's corpus, once per view, actors and period: a
    click on a point or another measure reruns the page."""
    return cache.ask(page, "actor_timeline", tuple(actors), freq=freq, normalise=normalise, filters=page.filters)


def clear() -> None:
    for cached in (_graph_parts, _network_view, _network_figure, _stance_heatmap):
        cached.clear()
