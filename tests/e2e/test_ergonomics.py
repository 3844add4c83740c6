"""What an analyst working through a corpus at 1440 x 1000 needs to hold in the browser (issue 12):
readable tables, a readable network, sensible date axes, plain-word highlights, plurals, icons,
uploads. Each check runs on the seed and on a generated store of 300 dated articles; every page's
screenshot is saved under test-artifacts/e2e/ for a person to look at."""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
import time

import pytest

from analysis.settings import PROJECT_ROOT
from tests.e2e.test_browser import EXCEPTION, eventually, exception_text, main_text, wait_idle

pytestmark = pytest.mark.e2e

PAGES = ["", "Articles", "Who_said_what", "Relations", "Said_about", "Timelines", "Actors", "Corrections", "Sources"]
FIRST_COLUMNS = ["speaker", "statement", "stance", "date", "article"]
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F000-\U0001F2FF]")
SIDEBAR = '[data-testid="stSidebar"]'
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "e2e"  # screenshots for a person to look at (git-ignored)


def open_page(page, server, path: str = "", query: str = "") -> None:
    page.goto(f"{server.url}/{path}" + (f"?{query}" if query else ""))
    wait_idle(page)


def screenshot(page, name: str) -> None:
    """The viewport as the analyst sees it, and the whole page (the viewport stretched to the
    main area's height: Streamlit scrolls an inner element, not the document)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    height = page.evaluate("""() => Math.max(...[...document.querySelectorAll('[data-testid="stMain"], section.main')]
                                                  .map(e => e.scrollHeight), 1000)""")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 12000)})
    time.sleep(0.5)
    page.screenshot(path=str(ARTIFACTS / f"{name}-full.png"))
    page.set_viewport_size(size)


def in_viewport(page, selector: str) -> bool:
    return page.locator(selector).first.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.top < window.innerHeight; }")


def grid_rows(grid) -> list[list[str]]:
    """The cells of an st.dataframe's rows as its accessible DOM grid lists them (display order)."""
    return grid.evaluate("""e => [...e.querySelectorAll('[role=row]')].slice(1)
        .map(r => [...r.querySelectorAll('[role=gridcell]')].map(c => c.textContent))""")


def download_csv(page, name: str) -> list[dict]:
    button = page.locator(f'[data-testid="stDownloadButton"]', has_text="CSV").first
    with page.expect_download() as info:
        button.click()
    assert info.value.suggested_filename == name
    return list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))


# --------------------------------------------------------------------------- every page

@pytest.mark.parametrize("path", PAGES, ids=[p or "Overview" for p in PAGES])
def test_every_page_at_1440_has_no_exception_emoji_or_bad_plural(any_server, wide_page, path):
    open_page(wide_page, any_server, path)
    screenshot(wide_page, f"{any_server.corpus}-{path or 'Overview'}")
    assert wide_page.locator(EXCEPTION).count() == 0, exception_text(wide_page) + any_server.log_tail()
    text = main_text(wide_page) + wide_page.locator(SIDEBAR).inner_text()
    assert not EMOJI.search(text), EMOJI.findall(text)
    assert not re.search(r"(?<![\d,.])1 (articles|statements|mentions|actors|edges|pairs)\b", text), text[:600]
    assert not re.search(r"\(s\)", text)
    assert "Nothing to show." not in text


def test_icons_are_material_symbols(server, wide_page):
    open_page(wide_page, server, "Actors")
    assert wide_page.locator('[data-testid="stIconMaterial"]').count() >= 2
    assert not EMOJI.search(wide_page.title())


# --------------------------------------------------------------------------- who said what

def test_first_columns_fit_without_scrolling_sideways(any_server, wide_page):
    """Clicking the header where each of the five columns should be sorts by that column: they are
    all inside the grid's visible width."""
    open_page(wide_page, any_server, "Who_said_what")
    grid = wide_page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    widths = {"_select": 40, "speaker": 110, "statement": 230, "stance": 64, "date": 88, "article": 120}
    assert sum(widths.values()) <= box["width"], box
    header = grid_rows(grid)
    names = grid.evaluate("e => [...e.querySelectorAll('[role=columnheader]')].map(c => c.textContent)")
    assert names[:5] == FIRST_COLUMNS, names
    for column in ("date", "article"):
        left = box["x"] + sum(w for c, w in widths.items() if list(widths).index(c) < list(widths).index(column))
        grid.hover()
        wide_page.mouse.click(left + widths[column] / 2, box["y"] + 17)
        time.sleep(0.5)
        values = [row[names.index(column)] for row in grid_rows(grid)][:30]
        assert values == sorted(values) or values == sorted(values, reverse=True), (column, values)
    assert header  # rows were listed before sorting


def _select_first_row(page):
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    grid.hover()
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)
    return grid


def test_selecting_a_row_shows_the_whole_statement_in_view(any_server, wide_page):
    open_page(wide_page, any_server, "Who_said_what")
    first = download_csv(wide_page, "who_said_what.csv")[0]
    _select_first_row(wide_page)
    assert eventually(wide_page, lambda: wide_page.locator(".al-evidence").count(), timeout=20)
    assert in_viewport(wide_page, ".al-evidence")
    words = re.findall(r"\w+", first["statement"])
    evidence = wide_page.locator(".al-evidence").first.inner_text()
    assert all(w in evidence for w in words), (words, evidence)  # the whole statement, not a cut cell
    assert in_viewport(wide_page, 'a:has-text("Open the article at this statement")')
    screenshot(wide_page, f"{any_server.corpus}-Who_said_what-selected")


def test_open_the_article_lands_on_the_highlighted_statement(any_server, wide_page):
    open_page(wide_page, any_server, "Who_said_what", "sort=date&desc=true")
    _select_first_row(wide_page)
    link = wide_page.get_by_role("link", name=re.compile("Open the article at this statement"))
    assert eventually(wide_page, lambda: link.count(), timeout=20)
    link.first.click()
    assert eventually(wide_page, lambda: "Articles" in wide_page.url and wide_page.locator(".al-focus").count(),
                      timeout=30)
    deadline = time.monotonic() + 10
    while not in_viewport(wide_page, ".al-focus") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert in_viewport(wide_page, ".al-focus"), "the highlighted statement is not on screen"
    screenshot(wide_page, f"{any_server.corpus}-Articles-at-statement")


@pytest.mark.parametrize("sort_by, descending", [("speaker", True), ("date", True), ("article", False)])
def test_downloads_follow_the_sort_control(any_server, wide_page, sort_by, descending):
    open_page(wide_page, any_server, "Who_said_what", f"sort={sort_by}" + ("&desc=true" if descending else ""))
    rows = download_csv(wide_page, "who_said_what.csv")
    values = [r[sort_by] for r in rows if r[sort_by]]
    assert values == sorted(values, reverse=descending)
    shown = grid_rows(wide_page.locator('[data-testid="stDataFrame"]').first)
    names = FIRST_COLUMNS
    assert [row[names.index("statement")] for row in shown[:5]] == [r["statement"] for r in rows[:5]]


def test_roles_are_written_as_in_the_article_and_cut_at_a_word(server, wide_page):
    open_page(wide_page, server, "Who_said_what")
    roles = {r["role"] for r in download_csv(wide_page, "who_said_what.csv")} - {""}
    assert roles
    for role in roles:
        assert len(role) <= 48 and role == role.strip()
        if role.endswith("…"):
            assert role[-2] != " "
    assert "Director General of the Russian International…" in roles  # cut after a whole word


# --------------------------------------------------------------------------- relations

def _label_rects(page) -> list[tuple[str, dict]]:
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    return chart.evaluate("""e => [...e.querySelectorAll('g.textpoint text')].map(t => {
        const r = t.getBoundingClientRect(); return [t.textContent, {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}]; })""")


def _overlapping(rects):
    return [(a, b) for (a, p), (b, q) in itertools.combinations(rects, 2)
            if min(p["x1"], q["x1"]) > max(p["x0"], q["x0"]) + 0.5 and min(p["y1"], q["y1"]) > max(p["y0"], q["y0"]) + 0.5]


def test_network_default_is_a_small_labelled_set_without_overlaps(any_server, wide_page):
    open_page(wide_page, any_server, "Relations")
    caption = re.search(r"Drawn: (\d+) actors?", main_text(wide_page))
    assert caption and int(caption.group(1)) <= 15
    rects = _label_rects(wide_page)
    assert len(rects) == int(caption.group(1)) and all(text for text, _ in rects)
    assert _overlapping(rects) == []
    fig = wide_page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').first.evaluate(
        "d => d.data.filter(t => t.meta && t.meta.kind === 'co-mention').map(t => t.line.color)")
    assert all(float(c.rstrip(")").split(",")[-1]) <= 0.25 for c in fig)  # faded


def test_network_ego_view_draws_an_actor_and_its_neighbours(any_server, wide_page):
    open_page(wide_page, any_server, "Relations")
    box = wide_page.get_by_role("combobox", name="Focus on an actor")
    box.click()
    option = wide_page.locator('[role="option"]').nth(2)
    actor = option.inner_text().strip()
    option.click()
    assert eventually(wide_page, lambda: "and its neighbours" in main_text(wide_page), timeout=30)
    rects = _label_rects(wide_page)
    labels = [t for t, _ in rects]
    assert actor in labels and 1 < len(labels) <= 16
    assert _overlapping(rects) == []
    screenshot(wide_page, f"{any_server.corpus}-Relations-ego")


def test_centrality_is_sorted_by_degree_without_empty_rows(any_server, wide_page):
    open_page(wide_page, any_server, "Relations")
    grid = wide_page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    rows = eventually(wide_page, lambda: grid_rows(grid), timeout=20)
    degrees = [int(r[1]) for r in rows]
    assert degrees == sorted(degrees, reverse=True) and len(degrees) >= 2
    height = grid.bounding_box()["height"]
    assert height <= 35 * (min(len(rows), 14) + 1) + 6  # no empty rows under a short table
    names = grid.evaluate("e => [...e.querySelectorAll('[role=columnheader]')].map(c => c.textContent)")
    assert names == ["actor", "degree", "weighted", "between", "pagerank"]


def test_heatmap_palette_and_no_data_colour(any_server, wide_page):
    open_page(wide_page, any_server, "Relations")
    plot = wide_page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').nth(1)
    scale, background = plot.evaluate("d => [d.data[0].colorscale, d.layout.plot_bgcolor]")
    colours = [tuple(int(v) for v in re.findall(r"\d+", c)) for _, c in scale]
    assert not any(g > r + 40 and g > b + 40 for r, g, b in colours)  # no green
    assert colours[0][0] > colours[0][2] and colours[-1][2] > colours[-1][0]  # orange → purple
    neutral = colours[len(colours) // 2]
    no_data = tuple(int(v) for v in re.findall(r"\d+", background))
    assert sum(neutral) - sum(no_data) >= 300  # near-white neutral, dark grey no data
    assert "no stance" in main_text(wide_page)


# --------------------------------------------------------------------------- timelines

def test_one_dated_week_has_day_ticks_not_milliseconds(synthetic_server, wide_page):
    open_page(wide_page, synthetic_server, "Timelines", "from=2023-03-06&to=2023-03-12")
    ticks = wide_page.locator('[data-testid="stPlotlyChart"] g.xtick text').evaluate_all("els => els.map(e => e.textContent)")
    assert ticks and not any(":" in t or "." in t for t in ticks), ticks
    screenshot(wide_page, "synthetic-Timelines-one-week")


def test_many_dated_weeks_have_few_readable_ticks(synthetic_server, wide_page):
    open_page(wide_page, synthetic_server, "Timelines")
    ticks = wide_page.locator('[data-testid="stPlotlyChart"] g.xtick text').evaluate_all("els => els.map(e => e.textContent)")
    assert 2 <= len(ticks) <= 12 and not any(":" in t for t in ticks), ticks


def test_undated_seed_explains_dates_and_never_picks_an_actor_without_statements(server, wide_page):
    open_page(wide_page, server, "Timelines")
    text = main_text(wide_page)
    assert "How do articles get a date?" in text and "Date for undated articles" in text
    picker = wide_page.get_by_label("Actor", exact=True)
    if picker.count():
        shown = picker.first.evaluate(
            "e => { const box = e.closest('[data-testid=stSelectbox]');"
            " return [box.innerText, e.value || '', ...[...box.querySelectorAll('input')].map(i => i.value || '')].join(' '); }")
        chosen = re.search(r"\((\d+) statements?\)", shown)
        assert chosen and int(chosen.group(1)) > 0
    else:
        assert "None of these actors is quoted" in text


def test_an_undated_upload_gets_the_date_set_at_upload(server, wide_page):
    open_page(wide_page, server)
    wide_page.get_by_text("Upload files", exact=True).first.click()
    wait_idle(wide_page)
    body = ("Mayor Ana Perez spoke on Tuesday. “The bridge will open in spring,” Perez said. "
            "Council member Tom Reyes said that the budget was too small.")
    wide_page.locator('[data-testid="stFileUploader"] input[type=file]').first.set_input_files(
        files=[{"name": "bridge.txt", "mimeType": "text/plain", "buffer": body.encode()}])
    wait_idle(wide_page)
    wide_page.get_by_role("spinbutton", name="year, Date for undated articles").click()
    wide_page.keyboard.type("20240506")
    wide_page.keyboard.press("Tab")
    wait_idle(wide_page)
    wide_page.get_by_role("button", name=re.compile("analyse the uploaded", re.I)).click()
    sidebar = wide_page.locator(SIDEBAR)
    assert eventually(wide_page, lambda: "bridge.txt" in sidebar.inner_text(), timeout=120), sidebar.inner_text()
    assert "1 article ·" in sidebar.inner_text()
    assert wide_page.get_by_text("Source of the articles").is_visible()  # the chooser stays open
    wide_page.locator('[data-testid="stSidebarNav"] a', has_text="Articles").first.click()
    assert eventually(wide_page, lambda: "2024-05-06" in main_text(wide_page), timeout=30)
    assert wide_page.locator(SIDEBAR).get_by_role("link", name=re.compile("Change corpus")).is_visible()


def test_leaving_the_overview_during_an_analysis_says_it_was_cancelled(server, wide_page):
    open_page(wide_page, server)
    wide_page.get_by_text("Upload files", exact=True).first.click()
    wait_idle(wide_page)
    lines = [json.dumps({"id": f"long{i}", "title": f"Report {i}", "text": " ".join(
        f"“Prices rose again in district {i}-{k},” Minister Lena Berg said on the radio." for k in range(40))})
        for i in range(60)]
    wide_page.locator('[data-testid="stFileUploader"] input[type=file]').first.set_input_files(
        files=[{"name": "long.jsonl", "mimeType": "application/json", "buffer": "\n".join(lines).encode()}])
    wait_idle(wide_page)
    wide_page.get_by_role("button", name=re.compile("analyse the uploaded", re.I)).click()
    wide_page.locator('[data-testid="stProgress"]').first.wait_for(timeout=60_000)
    wide_page.locator('[data-testid="stSidebarNav"] a', has_text="Who said what").first.click()
    assert eventually(wide_page, lambda: "was cancelled" in main_text(wide_page), timeout=60), main_text(wide_page)[:500]
    assert "seed corpus" in wide_page.locator(SIDEBAR).inner_text()
    screenshot(wide_page, "seed-upload-cancelled")


# --------------------------------------------------------------------------- articles, actors

def test_article_legend_plain_words_layers_and_no_inner_scroll(any_server, wide_page):
    open_page(wide_page, any_server, "Articles")
    legend = wide_page.locator(".al-legend").first.inner_text()
    assert "direct quote" in legend and "speaker" in legend
    text = main_text(wide_page)
    for code in ("GPE", "NORP", "ORG"):
        assert not re.search(rf"\b{code}\b", text), code
    article = wide_page.locator(".al-article").first
    assert article.evaluate("e => getComputedStyle(e).overflowY") == "visible"
    assert article.evaluate("e => e.scrollHeight <= e.clientHeight + 1")
    with_entities = wide_page.locator(".al-article .al-ent").count()
    assert with_entities > 0
    wide_page.get_by_role("button", name="entities").click()
    assert eventually(wide_page, lambda: wide_page.locator(".al-article .al-ent").count() < with_entities, timeout=20)
    wide_page.get_by_role("button", name="statements").click()
    assert eventually(wide_page, lambda: wide_page.locator(".al-article .al-stmt").count() == 0, timeout=20)


def test_actor_without_stances_shows_one_empty_state(server, wide_page):
    open_page(wide_page, server, "Actors", "actor=Cuba")
    text = main_text(wide_page)
    assert "Nothing to show." not in text
    assert "No stance of Cuba toward another actor was found." in text
    assert wide_page.locator('[data-testid="stDataFrame"]').filter(has_text="mean_stance").count() <= 1
