from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis import network
from analysis.query import CorpusFilters
from tests.synthetic_corpus import make_corpus
from ui import relations_data


@pytest.fixture(autouse=True)
def _fresh_cache():
    relations_data.clear()


def page(key="k", **filters):
    return SimpleNamespace(key=key, filters=CorpusFilters(**filters), corpus=make_corpus())


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
