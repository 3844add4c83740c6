"""Cached data of the Relations, Said about, Timelines and Actors pages: computed once per corpus
view and filter values.

On a 10,000-article corpus the actor graph takes about a second; a rerun that only changes how
it is drawn (node size) or a click must not pay that again. Results are shared between sessions
(`st.cache_resource`, keyed by the page's content key, its shared filters and the page filters):
read them, never modify them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from analysis import network, timeline

from . import figures

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
def _graph_parts(key: str, options: tuple, _corpus) -> network.GraphParts:
    return network.graph_parts(_corpus, **dict(options))


@st.cache_resource(show_spinner=False, max_entries=16)
def _network_view(key: str, options: tuple, _corpus) -> NetworkView:
    """The graph under every option; the costly part (`graph_parts`) is shared by all minimum
    weights and isolate choices, so moving those sliders only filters edges."""
    opts = dict(options)
    min_weight, drop_isolates = opts.pop("min_weight", 1), opts.pop("drop_isolates", False)
    parts = _graph_parts(key, tuple(sorted(opts.items())), _corpus)
    graph = network.graph_from_parts(parts, min_weight=min_weight, drop_isolates=drop_isolates)
    return NetworkView(f"{key}|{options!r}", graph, network.node_table(graph), network.edge_list(graph),
                       network.centrality_table(graph), network.matrix_from_parts(parts, graph.nodes))


def network_view(page, **options) -> NetworkView:
    """`analysis.network.actor_graph(page.corpus, **options)` and the tables derived from it."""
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, (list, set)) else v) for k, v in options.items()))
    return _network_view(view_key(page), frozen, page.corpus)


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


@st.cache_resource(show_spinner=False, max_entries=64)
def _co_mentioned_with(key: str, actor: str, _corpus) -> pd.DataFrame:
    return network.co_mentioned_with(_corpus, actor)


def co_mentioned_with(page, actor: str) -> pd.DataFrame:
    """`analysis.network.co_mentioned_with` for the page's corpus, once per view and actor."""
    return _co_mentioned_with(view_key(page), actor, page.corpus)


@st.cache_resource(show_spinner=False, max_entries=16)
def _stance_matrix(key: str, min_confidence: float, _corpus) -> pd.DataFrame:
    return network.stance_matrix(_corpus, min_confidence=min_confidence)


def stance_matrix(page, min_confidence: float = 0.0) -> pd.DataFrame:
    """`analysis.network.stance_matrix` of the page's corpus, once per view and confidence (~25 ms
    a rerun on 56,000 stances)."""
    return _stance_matrix(view_key(page), float(min_confidence), page.corpus)


@st.cache_resource(show_spinner=False, max_entries=16)
def _statements_about(key: str, speaker: str, target: str, min_confidence: float, _corpus) -> pd.DataFrame:
    return network.statements_about(_corpus, speaker, target, min_confidence=min_confidence)


def statements_about(page, speaker: str, target: str, min_confidence: float = 0.0) -> pd.DataFrame:
    """`analysis.network.statements_about` for the page's corpus, once per view, pair and confidence
    (~0.2 s for the busiest pair on 10,000 articles): picking a row to see its evidence reruns the page."""
    return _statements_about(view_key(page), speaker, target, float(min_confidence), page.corpus)


@st.cache_resource(show_spinner=False, max_entries=16)
def _actor_timeline(key: str, actors: tuple, freq: str, normalise: bool, _corpus) -> pd.DataFrame:
    return timeline.actor_timeline(_corpus, list(actors), freq=freq, normalise=normalise)


def actor_timeline(page, actors, *, freq: str, normalise: bool) -> pd.DataFrame:
    """`analysis.timeline.actor_timeline` of the page's corpus, once per view, actors and period
    (~0.12 s for three actors on 10,000 articles): a click on a point or another measure reruns the page."""
    return _actor_timeline(view_key(page), tuple(actors), freq, normalise, page.corpus)


@st.cache_resource(show_spinner=False, max_entries=4)
def _roles_as_written(key: str, _corpus) -> dict[str, str]:
    from .render import roles_as_written

    return roles_as_written(_corpus.statements, _corpus.articles)


def roles_as_written(page) -> dict[str, str]:
    """Statement id → its speaker's role as the article writes it (`ui.render.roles_as_written`),
    once per corpus (the whole corpus: filters only pick rows)."""
    return _roles_as_written(page.key, page.full)


def clear() -> None:
    for cached in (_graph_parts, _network_view, _network_figure, _stance_heatmap, _co_mentioned_with,
                   _stance_matrix, _statements_about, _actor_timeline, _roles_as_written):
        cached.clear()
