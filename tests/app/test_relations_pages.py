"""AppTests of the Relations, Said-about, Timelines and Actors pages on the synthetic corpus.

The pages run through `dashboard.py` + `switch_page` (so their `st.page_link`s resolve), with
`ui.setup.analysed` patched to return `tests.synthetic_corpus` — no spaCy, known answers.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import ui.setup
from ui import relations_data
from ui.render import md_escape
from analysis.corpus import CorpusAnalysis
from analysis.settings import PROJECT_ROOT
from analysis.types import COLUMNS
from tests.synthetic_corpus import make_corpus

PAGES = ["pages/3_Relations.py", "pages/4_Said_about.py", "pages/5_Timelines.py", "pages/6_Actors.py"]


@pytest.fixture(autouse=True)
def _synthetic(monkeypatch):
    monkeypatch.delenv("ACTORLENS_AUTH", raising=False)
    monkeypatch.setattr(ui.setup, "analysed", lambda loaded: make_corpus())
    relations_data.clear()  # page data is cached by content key, which the patch leaves unchanged


def run(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=60)
    at.switch_page(page)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def table(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first table shown whose columns include `columns` (plain tables carry no key)."""
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def figure(at: AppTest, n: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def links(at: AppTest) -> list[tuple[str, str, str]]:
    return [(x.proto.label, x.proto.page, x.proto.query_string) for x in at.get("page_link")]


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_error(page):
    at = run(page)
    assert not at.exception
    assert at.title


@pytest.mark.parametrize("page", PAGES)
def test_page_survives_an_empty_corpus(page, monkeypatch):
    empty = CorpusAnalysis(**{k: pd.DataFrame(columns=v) for k, v in COLUMNS.items()})
    monkeypatch.setattr(ui.setup, "analysed", lambda loaded: empty)
    assert not run(page).exception


@pytest.mark.parametrize("page, params", [
    (PAGES[0], {}),
    (PAGES[1], {"speaker": "Alice Smith", "target": "Acme Corp"}),
    (PAGES[2], {"actor": ["Alice Smith"]}),
    (PAGES[3], {"actor": "Alice Smith"}),
])
def test_page_offers_csv_json_and_html_report(page, params):
    labels = [b.proto.label for b in run(page, **params).get("download_button")]
    assert {"Download CSV", "Download JSON", "Download HTML report"} <= set(labels)


# ---------------------------------------------------------------- Relations

def test_relations_default_view():
    at = run(PAGES[0])
    assert len(at.get("plotly_chart")) == 2  # network + heatmap
    assert set(table(at, "pagerank")["actor"]) == {"Alice Smith", "Bob Jones", "Acme Corp", "Freedonia"}
    assert len(table(at, "kind", "relations")) == 10 and len(table(at, "source", "target", "count")) == 4
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"Network as GEXF", "Network as GraphML", "Download CSV", "Download JSON"} <= labels


@pytest.mark.parametrize("params, actors, n_edges", [
    ({"types": ["person"]}, {"Alice Smith", "Bob Jones"}, 2),
    ({"min_weight": "3"}, {"Alice Smith", "Acme Corp"}, 1),
    ({"relation": ["criticize"]}, {"Freedonia", "Acme Corp"}, 1),
    ({"relation": ["criticize"], "isolates": "true"}, {"Alice Smith", "Bob Jones", "Acme Corp", "Freedonia"}, 1),
    ({"top": "5", "types": ["country", "organisation"]}, {"Freedonia", "Acme Corp"}, 2),
])
def test_relations_filters_from_the_url(params, actors, n_edges):
    at = run(PAGES[0], **params)
    assert set(table(at, "pagerank")["actor"]) == actors
    assert len(table(at, "kind", "relations")) == n_edges


def select_points(at: AppTest, key: str, *customdata) -> AppTest:
    """What a click on a plotly chart sends: the selected points with their customdata."""
    at.session_state[key] = {"selection": {"points": [{"customdata": c} for c in customdata],
                                           "point_indices": list(range(len(customdata))), "box": [], "lasso": []}}
    return at.run()


def test_relations_clicked_node_links_to_its_profile():
    at = select_points(run(PAGES[0]), "network", "Alice Smith")
    assert ("Profile of Alice Smith", "Actors", "actor=Alice+Smith") in links(at)


def test_relations_matrix_follows_relation_filter():
    at = run(PAGES[0], relation=["co-mention"])
    assert table(at, "source", "target", "count").empty


# ---------------------------------------------------------------- What did X say about Y

def test_said_about_lists_statements_with_links():
    at = run(PAGES[1], speaker="Alice Smith", target="Acme Corp")
    about = table(at, "statement_id")
    assert list(about["statement_id"]) == ["a1:0", "a3:0", "a3:1"]
    assert list(about["polarity"]) == ["negative", "negative", ""]
    assert about["link"].iloc[0] == "Articles?article=a1&statement=a1%3A0"
    assert {m.label: m.value for m in at.metric}["Statements and acts"] == "3"


def test_said_about_narrated_act_links_by_position():
    about = table(run(PAGES[1], speaker="Bob Jones", target="Acme Corp"), "statement_id")
    act = about[about["kind"] == "narrated act"].iloc[0]
    assert act["link"] == f"Articles?article=a1&pos={act['start']}"


@pytest.mark.parametrize("params", [{}, {"speaker": "Nobody", "target": "Acme Corp"}, {"speaker": "Alice Smith"}])
def test_said_about_asks_for_a_pair(params):
    at = run(PAGES[1], **params)
    assert at.info and not at.exception
    assert len(table(at, "source", "target", "count")) == 4


@pytest.mark.parametrize("speaker, target, row, evidence_html, link", [
    ("Bob Jones", "Acme Corp", 0, 'Bob Jones <mark class="al-stmt al-focus">praised</mark> Acme Corp.',
     "article=a1&pos=97"),
    ("Alice Smith", "Acme Corp", 0, 'is a <mark class="al-stmt al-focus">disgrace</mark>,',
     "article=a1&statement=a1%3A0"),
    ("Alice Smith", "Acme Corp", 2, 'added that <mark class="al-stmt al-focus">Acme Corp must change</mark>.',
     "article=a3&statement=a3%3A1"),
])
def test_said_about_selected_row_shows_evidence_and_link(speaker, target, row, evidence_html, link):
    at = run(PAGES[1], speaker=speaker, target=target)
    at.session_state["about"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert evidence_html in at.get("html")[-1].proto.body
    assert ("Articles", link) in [(page, q) for _, page, q in links(at)]


def test_said_about_picking_a_pair_fills_both_actors():
    at = run(PAGES[1])
    at.session_state["pairs"] = {"selection": {"rows": [3], "columns": [], "cells": []}}
    at.run()
    assert (at.selectbox(key="speaker").value, at.selectbox(key="target").value) == ("Freedonia", "Acme Corp")
    at.selectbox(key="speaker").set_value("Alice Smith").run()  # a later choice is not overridden
    assert at.selectbox(key="speaker").value == "Alice Smith"


def test_said_about_no_statement():
    at = run(PAGES[1], speaker="Alice Smith", target="Freedonia")
    assert "No statement of Alice Smith names Freedonia" in at.info[0].value


# ---------------------------------------------------------------- Timelines

def test_timeline_compares_actors_and_counts_undated():
    at = run(PAGES[2], actor=["Alice Smith", "Bob Jones"], per="month")
    assert {t["name"] for t in figure(at)["data"]} == {"Alice Smith", "Bob Jones"}
    assert any("1 undated article not on the time axis" in c.value for c in at.caption)
    (undated,) = [d.value for d in at.dataframe if list(d.value.columns) == ["actor", "mentions", "statements"]]
    assert list(undated.itertuples(index=False, name=None)) == [("Alice Smith", 2, 2)]
    series = table(at, "n_stances")
    assert sorted(series["period"].astype(str).str[:10].unique()) == ["2024-01-01", "2024-02-01"]


def test_timeline_clicked_point_shows_its_statements():
    at = select_points(run(PAGES[2], actor=["Alice Smith", "Bob Jones"], per="month"), "timeline",
                       ["Alice Smith", "2024-01-01"])
    assert "point_actor" not in [w.key for w in at.selectbox]  # the fallback pickers give way to the click
    assert list(table(at, "id", "link")["id"]) == ["a1:0"]


def test_timeline_statements_behind_a_point():
    at = run(PAGES[2], actor=["Alice Smith"], per="month")
    assert at.selectbox(key="point_period").value == "2024-02-01"
    assert list(table(at, "id", "link")["id"]) == ["a2:0"]
    at.selectbox(key="point_period").set_value("undated").run()
    assert list(table(at, "id", "link")["id"]) == ["a3:0", "a3:1"]


@pytest.mark.parametrize("metric, lines", [
    ("mentions", {"Acme Corp", "Alice Smith"}),
    ("statements", {"Acme Corp", "Alice Smith"}),
    ("stance", {"Alice Smith"}),  # Acme Corp never speaks: no stance line
])
def test_timeline_metrics_and_normalise(metric, lines):
    at = run(PAGES[2], actor=["Acme Corp", "Alice Smith"], metric=metric, normalise="true", per="day")
    assert not at.exception
    assert {t["name"] for t in figure(at)["data"]} == lines


# ---------------------------------------------------------------- Actors

def test_actor_profile():
    at = run(PAGES[3], actor="Alice Smith")
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Mentions"], metrics["Statements"]) == ("5", "4")
    assert (metrics["First seen"], metrics["Last seen"]) == ("2024-01-05", "2024-02-10")
    co = table(at, "actor", "paragraphs")
    assert list(co.itertuples(index=False, name=None))[0] == ("Acme Corp", 3)
    targets = table(at, "target", "n")
    assert list(targets["target"]) == ["Acme Corp", "Bob Jones"]
    assert targets["mean_stance"].iloc[0] == pytest.approx(-0.7)
    said = [q for label, page, q in links(at) if page == "Said_about"]
    assert said == ["speaker=Alice+Smith&target=Acme+Corp", "speaker=Alice+Smith&target=Bob+Jones"]


def test_actor_profile_defaults_to_most_mentioned():
    at = run(PAGES[3], actor="Nobody")
    assert at.selectbox(key="actor").value == "Acme Corp"
    assert set(table(at, "source", "n")["source"]) == {"Alice Smith", "Bob Jones", "Freedonia"}


# ---------------------------------------------------------------- untrusted names

HOSTILE = "![x](http://example.invalid/t.png) <script>alert(1)</script>"


def hostile_corpus() -> CorpusAnalysis:
    """The synthetic corpus with Alice Smith renamed to markdown and HTML that must stay inert."""
    c = make_corpus()
    rename = lambda s: s.replace("Alice Smith", HOSTILE)  # noqa: E731
    for df, cols in ((c.mentions, ["actor"]), (c.statements, ["speaker"]), (c.stances, ["source", "target"]),
                     (c.actors, ["name"])):
        for col in cols:
            df[col] = df[col].map(lambda v: rename(v) if isinstance(v, str) else v)
    c.articles["title"] = HOSTILE
    return c


@pytest.mark.parametrize("open_page", [
    lambda: select_points(run(PAGES[0]), "network", HOSTILE),
    lambda: run(PAGES[1], speaker=HOSTILE, target="Freedonia"),
    lambda: select_points(run(PAGES[2], actor=[HOSTILE], per="month"), "timeline", [HOSTILE, "2024-01-01"]),
    lambda: run(PAGES[3], actor=HOSTILE),
], ids=["relations", "said_about", "timelines", "actors"])
def test_untrusted_names_stay_inert(open_page, monkeypatch):
    monkeypatch.setattr(ui.setup, "analysed", lambda loaded: hostile_corpus())
    at = open_page()
    assert not at.exception
    texts = [e.value for kind in ("markdown", "caption", "header", "info") for e in at.get(kind)]
    texts += [label for label, _, _ in links(at)]
    assert any(md_escape(HOSTILE) in t for t in texts)  # the name is shown, escaped
    assert not any("](http" in t or "<script>" in t for t in texts)
    assert all("<script>" not in h.proto.body for h in at.get("html"))
