from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from types import SimpleNamespace

import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs
from streamlit.testing.v1 import AppTest

from ui import report

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '"><svg onload=alert(1)>',
    "</title><script>alert(1)</script>",
]
PLOTLY_SIGNATURE = get_plotlyjs()[:300]


class Parsed(HTMLParser):
    """Tags, attributes, script bodies and visible text of a document."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def names(self) -> list[str]:
        return [t for t, _ in self.tags]

    def attributes(self):
        return [(tag, name, value or "") for tag, attrs in self.tags for name, value in attrs.items()]


def assert_inert(parsed: Parsed, expected_scripts: int = 0):
    assert len(parsed.scripts) == expected_scripts
    assert not {"img", "svg", "iframe", "object", "embed", "a", "form", "base", "link"} & set(parsed.names())
    for tag, name, value in parsed.attributes():
        assert not name.startswith("on"), (tag, name)
        assert not re.match(r"\s*javascript:", value, re.I), (tag, name, value)


def small_table(**overrides) -> pd.DataFrame:
    return pd.DataFrame({"actor": ["Alice Smith", "Bob Jones"], "statements": [3, 1]}, **overrides)


def build(**kw) -> str:
    args = {"filters": {"corpus": "seed"}, "tables": {"Actors": small_table()}, "generated_at": "2026-01-02 03:04 UTC"}
    return report.build_report(kw.pop("title", "Actors"), **{**args, **kw})


def bar(label: str = "Alice") -> go.Figure:
    fig = go.Figure(go.Bar(x=[label, "Bob"], y=[1, 2]))
    return fig.update_layout(title=label)


PLACES = {
    "title": lambda s: build(title=s),
    "filter value": lambda s: build(filters={"actors": s}),
    "filter list": lambda s: build(filters={"actors": ["Alice", s]}),
    "filter key": lambda s: build(filters={s: "x"}),
    "note": lambda s: build(notes=["fine", s]),
    "table name": lambda s: build(tables={s: small_table()}),
    "cell": lambda s: build(tables={"T": pd.DataFrame({"quote": [s, "ok"]})}),
    "column": lambda s: build(tables={"T": pd.DataFrame({s: [1, 2]})}),
    "index": lambda s: build(tables={"T": pd.DataFrame({"n": [1]}, index=[s])}),
    "index name": lambda s: build(tables={"T": pd.DataFrame({"n": [1]}, index=pd.Index(["a"], name=s))}),
    "multiindex column": lambda s: build(tables={"T": pd.DataFrame([[1]], columns=pd.MultiIndex.from_tuples([("a", s)]))}),
    "series": lambda s: build(tables={"T": pd.Series([s], name="quote")}),
    "generated_at": lambda s: build(generated_at=s),
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_shown_not_interpreted(place, hostile):
    html = PLACES[place](hostile)
    parsed = Parsed(html)
    assert_inert(parsed)
    assert hostile in "".join(parsed.text)


@pytest.fixture(scope="module")
def figure_report() -> str:
    figures = {"<script>alert(1)</script>": bar("<img src=x onerror=alert(1)>"), "Bars": bar(), "More": bar("</script>")}
    return build(figures=figures, title="<script>alert(2)</script>")


def test_plotly_embedded_once_for_several_figures(figure_report):
    assert figure_report.count(PLOTLY_SIGNATURE) == 1
    assert figure_report.count('class="plotly-graph-div"') == 3


def test_only_plotly_scripts_with_figures(figure_report):
    parsed = Parsed(figure_report)
    assert_inert(parsed, expected_scripts=4)
    library, *plots = parsed.scripts
    assert library.startswith(PLOTLY_SIGNATURE)
    for script in plots:
        assert "Plotly.newPlot(" in script
        assert "<" not in script and "javascript:" not in script


def test_no_plotly_without_figures():
    html = build()
    assert PLOTLY_SIGNATURE not in html and "Plotly" not in html
    assert Parsed(html).scripts == []


@pytest.mark.parametrize("with_figures", [False, True])
def test_nothing_remote(with_figures, figure_report):
    html = figure_report if with_figures else build(notes=["see https://example.org"])
    for tag, name, value in Parsed(html).attributes():
        if name in {"src", "href", "srcset", "action", "data", "poster"}:
            assert not re.match(r"\s*(https?:)?//", value), (tag, name, value)
    ours = html.replace(get_plotlyjs(), "")  # the library mentions its CDN in strings it never loads here
    assert "cdn.plot.ly" not in ours and "mathjax" not in ours.lower()


@pytest.mark.parametrize("with_figures", [False, True])
def test_csp_forbids_remote_sources_before_any_script(with_figures, figure_report):
    html = figure_report if with_figures else build()
    tags = Parsed(html).tags
    [csp] = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "http" not in csp and "*" not in csp
    assert re.search(r"script-src 'unsafe-inline'(;|$)", csp)
    first_script = next((i for i, (t, _) in enumerate(tags) if t == "script"), len(tags))
    csp_at = next(i for i, (t, a) in enumerate(tags) if a.get("http-equiv") == "Content-Security-Policy")
    assert csp_at < first_script


def test_figure_names_are_escaped_headings(figure_report):
    text = "".join(Parsed(figure_report).text)
    assert "<script>alert(1)</script>" in text and "<script>alert(2)</script>" in text


def test_streamlit_template_replaced_without_touching_the_figure():
    import streamlit  # noqa: F401  (registers and defaults to the "streamlit" template)

    fig = go.Figure(go.Bar(x=["a"], y=[1]))
    before = fig.to_json()
    html = report.build_report("T", filters={}, tables={}, figures={"F": fig})
    assert fig.to_json() == before
    assert "#636efa" in html and '"#000001"' not in html


def test_explicit_template_kept():
    fig = go.Figure(go.Bar(x=["a"], y=[1]), layout={"template": "simple_white"})
    html = report.build_report("T", filters={}, tables={}, figures={"F": fig})
    assert "#636efa" not in html


@pytest.mark.parametrize("rows, cap, shown, note", [
    (3, 5, 3, None),
    (5, 5, 5, None),
    (6, 5, 5, "Showing the first 5 of 6 rows; 1 rows left out"),
    (12_345, 5_000, 5_000, "Showing the first 5,000 of 12,345 rows; 7,345 rows left out"),
])
def test_row_cap(rows, cap, shown, note):
    html = report.build_report("T", filters={}, tables={"Big": pd.DataFrame({"n": range(rows)})}, max_rows=cap)
    body = html.split("<tbody>")[-1]
    assert body.count("<tr") == shown
    assert (note in html) if note else ("left out" not in html)


def test_default_cap_is_5000():
    html = report.build_report("T", filters={}, tables={"Big": pd.DataFrame({"n": range(5_001)})})
    assert "Showing the first 5,000 of 5,001 rows; 1 rows left out" in html


@pytest.mark.parametrize("tables, figures, expected", [
    ({"Empty": pd.DataFrame({"n": []})}, {}, "No rows."),
    ({}, {}, "Nothing in this view."),
])
def test_empty_states(tables, figures, expected):
    assert expected in report.build_report("T", filters={}, tables=tables, figures=figures)


def test_header_says_what_the_view_is():
    html = build(title="Stance of Alice", filters={"corpus": "uploads/may.jsonl", "actors": ["Alice", "Bob"],
                                                   "dates": (date(2024, 1, 1), date(2024, 2, 1))})
    text = " ".join(Parsed(html).text)
    for expected in ["Stance of Alice", "2026-01-02 03:04 UTC", "uploads/may.jsonl", "Alice, Bob",
                     "2024-01-01 – 2024-02-01"]:
        assert expected in text
    assert "<title>Stance of Alice" in html


def test_generated_at_defaults_to_now_utc():
    assert re.search(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", report.build_report("T", filters={}, tables={}))


@pytest.mark.parametrize("value, expected", [
    (None, "all"), ("", "all"), ([], "all"), ((), "all"), (set(), "all"),
    ("seed", "seed"), (3, "3"), (0.5, "0.5"), (False, "False"),
    (["b", "a"], "b, a"), ({"b", "a"}, "a, b"), ({"min": 2}, "min: 2"),
    ((date(2024, 1, 1), date(2024, 2, 1)), "2024-01-01 – 2024-02-01"),
    ((date(2024, 1, 1), None), "2024-01-01 – …"),
    (date(2024, 1, 1), "2024-01-01"),
])
def test_format_filter_value(value, expected):
    assert report.format_filter_value(value) == expected


@pytest.mark.parametrize("title, slug", [
    ("Network", "actorlens-network"),
    ("Who said what: <script>", "actorlens-who-said-what-script"),
    ("../../etc/passwd", "actorlens-etc-passwd"),
    ("", "actorlens-report"),
    ("日本", "actorlens-report"),
    ("a" * 100, "actorlens-" + "a" * 60),
])
def test_report_slug(title, slug):
    assert report.report_slug(title) == slug


def _download_page():
    import pandas as pd

    from ui.report import render_report_download

    render_report_download("Actors <b>", filters={"corpus": "seed"}, tables={"T": pd.DataFrame({"n": [1]})},
                           key="actors")


def test_download_button_on_a_page():
    at = AppTest.from_function(_download_page).run()
    assert not at.exception
    [button] = at.get("download_button")
    assert button.proto.label == "Download HTML report"
    assert "actors-report" in button.proto.id


def fake_page(n_articles, n_full, date_from=None, date_to=None, sources=()):
    from analysis.query import CorpusFilters
    from ui.corpus_source import CorpusChoice

    return SimpleNamespace(n_shown=n_articles, n_articles=n_full, choice=CorpusChoice("seed"),
                           filters=CorpusFilters(date_from, date_to, tuple(sources)))


@pytest.mark.parametrize("page, extra, expected", [
    (fake_page(3, 3), {}, {"articles": "3", "dates": "all", "sources": "all"}),
    (fake_page(2, 1200, sources=["BBC"]), {}, {"articles": "2 of 1,200", "sources": "BBC"}),
    (fake_page(1, 3, date_from=date(2024, 1, 1)), {}, {"dates": "2024-01-01 – …"}),
    (fake_page(3, 3), {"actors": ["Alice", "Bob"], "min_weight": 2}, {"actors": "Alice, Bob", "min_weight": "2"}),
])
def test_view_filters(page, extra, expected):
    shown = {k: report.format_filter_value(v) for k, v in report.view_filters(page, **extra).items()}
    assert list(shown)[:4] == ["corpus", "articles", "dates", "sources"]
    assert shown["corpus"] == page.choice.label
    assert expected.items() <= shown.items()
