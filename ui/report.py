"""Self-contained HTML report of the current view: one file an analyst can mail or archive.

`build_report` is pure (no Streamlit): header (title, generation time, the filters that define
the view), figures with plotly.js inlined once (the file works offline), tables, notes.
Everything that may come from article text — titles, filter values, notes, table cells, column
and index labels, section names — is escaped; the only scripts are plotly.js and one
`Plotly.newPlot` call per figure, whose JSON plotly escapes (`<`, `>`, `/` as `\\u003c`...).
A Content-Security-Policy meta tag forbids every remote source, so even a mistake cannot load
anything from the network.

`render_report_download` is the thin Streamlit button pages call.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from html import escape

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st
from plotly.offline import get_plotlyjs

MAX_TABLE_ROWS = 5000
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                           "img-src data: blob:; font-src data:; base-uri 'none'; form-action 'none'")
REPORT_TEMPLATE = "plotly"
PLOT_CONFIG = {"displaylogo": False, "responsive": True, "showSendToCloud": False}
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1200px;
padding:0 1rem;color:#222}
header{border-bottom:2px solid #ddd;margin-bottom:1.5rem}
h1{margin-bottom:.2rem} .generated{color:#666;margin-top:0}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0 1.5rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f3f3f3} .filters th{background:#f3f3f3;width:12rem}
.cap{color:#a15c00;font-weight:600} .empty{color:#666;font-style:italic}
section{margin-bottom:2rem} .table-wrap{overflow-x:auto}
"""


def format_filter_value(value: object) -> str:
    """How a filter value reads to a person: lists joined, empty means no restriction."""
    if value is None or (isinstance(value, (str, list, tuple, set, frozenset, dict)) and len(value) == 0):
        return "all"
    if isinstance(value, (set, frozenset)):
        return ", ".join(sorted(str(v) for v in value))
    if isinstance(value, (list, tuple)):
        if len(value) == 2 and all(isinstance(v, (date, datetime)) or v is None for v in value):
            start, end = (v.isoformat() if v is not None else "…" for v in value)
            return f"{start} – {end}"
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def view_filters(page, **page_filters: object) -> dict[str, object]:
    """The shared part of a view's definition (corpus, article count, dates, sources) from a
    `ui.setup.Page`, followed by the page's own filters, ready for `build_report(filters=...)`."""
    shared = page.filters
    articles = f"{page.n_shown:,}"
    if page.n_articles != page.n_shown:
        articles += f" of {page.n_articles:,}"
    return {"corpus": page.choice.label, "articles": articles,
            "dates": (shared.date_from, shared.date_to) if shared.date_from or shared.date_to else None,
            "sources": list(shared.sources), **page_filters}


def report_slug(title: str) -> str:
    """An ASCII file name stem from an (untrusted) title."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-")
    return f"actorlens-{slug}" if slug else "actorlens-report"


def _filters_html(filters: Mapping[str, object]) -> str:
    if not filters:
        return '<p class="empty">No filters: the whole corpus.</p>'
    rows = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(format_filter_value(v))}</td></tr>"
                   for k, v in filters.items())
    return f'<table class="filters"><tbody>{rows}</tbody></table>'


def _table_html(table: pd.DataFrame | pd.Series, max_rows: int) -> str:
    if isinstance(table, pd.Series):
        table = table.to_frame()
    if table.empty:
        return '<p class="empty">No rows.</p>'
    cap = ""
    if len(table) > max_rows:
        left_out = len(table) - max_rows
        cap = (f'<p class="cap">Showing the first {max_rows:,} of {len(table):,} rows; '
               f'{left_out:,} rows left out of this report.</p>')
        table = table.head(max_rows)
    body = table.to_html(escape=True, render_links=False, border=0, na_rep="", classes="data")
    return f'{cap}<div class="table-wrap">{body}</div>'


def report_figure(fig: go.Figure) -> go.Figure:
    """The figure with a real template: importing Streamlit makes its "streamlit" template the
    default, whose placeholder colours only Streamlit's frontend fills in (bars come out black)."""
    streamlit_template = pio.templates["streamlit"] if "streamlit" in pio.templates else None
    if streamlit_template is not None and fig.layout.template == streamlit_template:
        fig = go.Figure(fig)
        fig.update_layout(template=REPORT_TEMPLATE)
    return fig


def _figure_html(fig: go.Figure, div_id: str) -> str:
    # plotly.js itself is inlined once in <head>; each figure is only a div and a newPlot call.
    return pio.to_html(report_figure(fig), full_html=False, include_plotlyjs=False, include_mathjax=False,
                       div_id=div_id, config=PLOT_CONFIG)


def build_report(title: str, *, filters: Mapping[str, object], tables: Mapping[str, pd.DataFrame],
                 figures: Mapping[str, go.Figure] | None = None, notes: Iterable[str] = (),
                 generated_at: str | None = None, max_rows: int = MAX_TABLE_ROWS) -> str:
    """One self-contained HTML document of the view defined by `filters`.

    Works offline: plotly.js is embedded (once, only if there are figures), nothing is fetched.
    Tables longer than `max_rows` are cut, with a visible note saying how many rows were left out.
    """
    figures = figures or {}
    notes = [str(n) for n in notes]
    if generated_at is None:
        generated_at = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head_script = f"<script>{get_plotlyjs()}</script>" if figures else ""
    sections = []
    for i, (name, fig) in enumerate(figures.items()):
        sections.append(f'<section class="figure"><h2>{escape(str(name))}</h2>'
                        f'{_figure_html(fig, f"figure-{i}")}</section>')
    for name, table in tables.items():
        sections.append(f'<section class="table"><h2>{escape(str(name))}</h2>'
                        f'{_table_html(table, max_rows)}</section>')
    if not figures and not tables:
        sections.append('<p class="empty">Nothing in this view.</p>')
    notes_html = ""
    if notes:
        items = "".join(f"<li>{escape(n)}</li>" for n in notes)
        notes_html = f'<section class="notes"><h2>Notes</h2><ul>{items}</ul></section>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="ActorLens">
<title>{escape(title)} · ActorLens report</title>
<style>{STYLE}</style>
{head_script}
</head>
<body>
<header>
<h1>{escape(title)}</h1>
<p class="generated">ActorLens report · generated {escape(generated_at)}</p>
<h2>View</h2>
{_filters_html(filters)}
</header>
<main>
{"".join(sections)}
{notes_html}
</main>
</body>
</html>
"""


def render_report_download(title: str, *, filters: Mapping[str, object], tables: Mapping[str, pd.DataFrame],
                           figures: Mapping[str, go.Figure] | None = None, notes: Iterable[str] = (),
                           key: str) -> bool:
    """A "Download HTML report" button. The report is built only when clicked (it inlines
    ~4.6 MB of plotly.js, too much to rebuild and resend on every rerun)."""
    data = functools.partial(build_report, title, filters=dict(filters), tables=dict(tables),
                             figures=dict(figures or {}), notes=list(notes))
    return st.download_button(label="Download HTML report", data=data, file_name=f"{report_slug(title)}.html",
                              mime="text/html", key=f"{key}-report", on_click="ignore")
