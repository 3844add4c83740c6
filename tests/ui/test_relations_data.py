from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis import network
from analysis.query import CorpusFilters
from analysis.warehouse import Warehouse, temp_store
from tests.synthetic_corpus import make_corpus
from ui import relations_data

WAREHOUSE = None


@pytest.fixture(autouse=True)
def _fresh_cache():
    relations_data.clear()


@pytest.fixture(scope="module")
def synthetic_warehouse(tmp_path_factory):
    wh = Warehouse(temp_store(make_corpus(), tmp_path_factory.mktemp("store")))
    yield wh
    wh.close()


@pytest.fixture(autouse=True)
def _warehouse(synthetic_warehouse):
    global WAREHOUSE
    WAREHOUSE = synthetic_warehouse


def page(key="k", **filters):
    return SimpleNamespace(key=key, filters=CorpusFilters(**filters), warehouse=WAREHOUSE)


def test_view_is_computed_once_per_key_and_options():
    a = relations_data.network_view(page(), min_weight=2, relations=None)
    assert relations_data.network_view(page(), relations=None, min_weight=2) is a
    assert relations_data.network_view(page(), min_weight=3, relations=None) is not a
    assert relations_data.network_view(page(key="other"), min_weight=2, relations=None) is not a


def test_view_tables_match_the_graph():
    view = relations_data.network_view(page(), relations=["criticize", network.CO_MENTION])
    assert len(view.edges) == view.graph.number_of_edges() == 7
    assert list(zip(view.matrix["source"], view.matrix["target"])) == [("Freedonia", "Acme Corp")]


def test_co_mention_only_view_has_an_empty_stance_matrix():
    assert relations_data.network_view(page(), relations=[network.CO_MENTION]).matrix.empty


def test_figure_is_cached_per_view_and_size():
    view = relations_data.network_view(page())
    fig = relations_data.network_figure(view, size_by="n_mentions")
    assert relations_data.network_figure(view, size_by="n_mentions") is fig
    assert relations_data.network_figure(view, size_by="n_statements") is not fig


def test_centrality_is_sorted_by_degree_then_weight():
    table = relations_data.sorted_centrality(relations_data.network_view(page()))
    keys = list(zip(-table["degree"], -table["weighted_degree"], table["actor"]))
    assert keys == sorted(keys) and len(table) == 4


@pytest.mark.parametrize("top, drawn", [(1, 1), (2, 2), (15, 4)])
def test_default_draws_the_most_connected_actors(top, drawn):
    view = relations_data.network_view(page())
    actors = relations_data.drawn_actors(view, top=top)
    assert len(actors) == drawn
    assert actors == relations_data.sorted_centrality(view)["actor"].head(top).tolist()


@pytest.mark.parametrize("ego, top", [("Freedonia", 15), ("Alice Smith", 15), ("Alice Smith", 1)])
def test_ego_view_is_the_actor_and_its_strongest_neighbours(ego, top):
    view = relations_data.network_view(page())
    actors = relations_data.drawn_actors(view, top=top, ego=ego)
    neighbours = set(view.graph.to_undirected(as_view=True).neighbors(ego)) - {ego}
    assert actors[0] == ego and set(actors[1:]) <= neighbours and len(actors) == 1 + min(top, len(neighbours))
    if top == 1 and ego == "Alice Smith":
        assert actors[1] == "Acme Corp"  # three shared paragraphs and two stances: the strongest tie


def test_ego_figure_draws_only_the_ego_edges():
    view = relations_data.network_view(page())
    actors = relations_data.drawn_actors(view, ego="Freedonia")
    fig = relations_data.network_figure(view, size_by="n_statements", actors=actors, ego="Freedonia")
    stance = [t for t in fig.data if (t.meta or {}).get("kind") == "stance"]
    assert sum(t.meta["n_edges"] for t in stance) == 1  # Freedonia → Acme Corp, not Alice Smith → Acme Corp
