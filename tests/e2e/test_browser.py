"""The app in a real browser: every page, row selection, downloads, shared links, sign-in,
hostile article text and refused uploads."""
from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

pytestmark = pytest.mark.e2e

PAGES = ["", "Articles", "Who_said_what", "Relations", "Said_about", "Timelines", "Actors", "Corrections", "Sources"]
HOSTILE = "corpus=folder:hostile"
SEED_SPEAKERS = ("Oreshkin", "Kortunov", "Lopez-Levy", "Medvedev", "Faller")
EXCEPTION = '[data-testid="stException"]'


def wait_idle(page, timeout: float = 120.0, settle: float = 0.6) -> None:
    """Wait until the script run is over and the page has stayed quiet for `settle` seconds."""
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        state = page.evaluate("""() => {
            const app = document.querySelector('[data-testid="stApp"]');
            if (!app) return 'absent';
            const busy = document.querySelectorAll('[data-testid="stSkeleton"], [data-stale="true"]').length;
            return app.getAttribute('data-test-script-state') + '/' + app.getAttribute('data-test-connection-state')
                   + '/' + busy;
        }""")
        if state == "notRunning/CONNECTED/0":
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= settle:
                return
        else:
            quiet_since = None
        time.sleep(0.1)
    raise AssertionError(f"the app did not settle in {timeout:.0f} s (state {state})")


def eventually(page, check, timeout: float = 60.0):
    """Poll `check()` (after a click the rerun starts a moment later) until it is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        wait_idle(page)
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


def open_page(page, server, path: str = "", query: str = "") -> None:
    page.goto(f"{server.url}/{path}" + (f"?{query}" if query else ""))
    wait_idle(page)


def main_text(page) -> str:
    """The main area's text, including the cells of st.dataframe grids (drawn on a canvas, but
    mirrored in an accessible DOM grid)."""
    text = page.locator('[data-testid="stMain"]').inner_text()
    cells = page.locator('[data-testid="stMain"]').evaluate(
        "e => [...e.querySelectorAll('[role=gridcell], [role=columnheader]')].map(c => c.textContent).join('\\n')")
    return text + "\n" + cells


def exception_text(page) -> str:
    return "\n".join(page.locator(EXCEPTION).all_inner_texts())


def assert_no_script_ran(page) -> None:
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    danger = page.evaluate("""() => ({
        scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__pwned')).length,
        handlers: [...document.querySelectorAll('*')].filter(
            e => [...e.attributes].some(a => a.name.startsWith('on') && a.value.includes('__pwned'))).length,
        js_links: [...document.querySelectorAll('a[href], iframe[src]')].filter(
            e => (e.getAttribute('href') || e.getAttribute('src') || '').trim().toLowerCase()
                 .startsWith('javascript:')).length,
    })""")
    assert danger == {"scripts": 0, "handlers": 0, "js_links": 0}
    for frame in page.frames[1:]:  # components render in iframes: check them too
        with_pwned = frame.evaluate("() => typeof window.__pwned")
        assert with_pwned == "undefined", frame.url


# --------------------------------------------------------------------------- every page, seed

@pytest.mark.parametrize("path", PAGES, ids=[p or "Overview" for p in PAGES])
def test_every_page_renders_the_seed_without_an_exception(server, page, path):
    open_page(page, server, path)
    assert page.locator(EXCEPTION).count() == 0, exception_text(page) + server.log_tail()
    assert page.page_errors == []
    assert "sign in" not in page.title().lower()
    assert page.title().endswith("ActorLens")


def test_overview_shows_the_seed_speakers(server, page):
    open_page(page, server)
    text = main_text(page)
    found = [name for name in SEED_SPEAKERS if name in text]
    assert len(found) >= 3, f"top speakers of the seed missing: {text[:500]}"


def test_sidebar_links_every_page(server, page):
    open_page(page, server)
    hrefs = page.locator('[data-testid="stSidebarNav"] a').evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert [urlsplit(h).path.strip("/") for h in hrefs] == PAGES


# --------------------------------------------------------------------------- who said what → article

def _grid_click_first_row(page, grid) -> None:
    """Tick the first row's selection box of an st.dataframe (a canvas grid: click by position)."""
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    grid.hover()
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)


def test_selecting_a_statement_highlights_it_in_the_article(server, page):
    open_page(page, server, "Who_said_what")
    grid = page.locator('[data-testid="stDataFrame"]').first
    first_row = grid.evaluate("e => [...e.querySelectorAll('[role=row]')][1].textContent")
    assert page.locator(".al-focus").count() == 0
    _grid_click_first_row(page, grid)
    if not eventually(page, lambda: page.locator(".al-focus").count(), timeout=15):
        # the article may open on the Articles page, via a link
        page.get_by_role("link", name=re.compile("article", re.I)).first.click()
        wait_idle(page)
    focus = page.locator(".al-focus")
    assert focus.count() >= 1, main_text(page)[:800]
    assert focus.first.is_visible()
    words = re.findall(r"\w+", focus.first.inner_text())
    assert len(words) >= 3 and sum(w in first_row for w in words) >= 0.6 * len(words), (words, first_row)


# --------------------------------------------------------------------------- downloads

def test_who_said_what_downloads_the_shown_rows_as_csv(server, page):
    open_page(page, server, "Who_said_what")
    button = page.locator('[data-testid="stDownloadButton"] button', has_text=re.compile("CSV", re.I)).first
    with page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8-sig").read())))
    assert rows and "speaker" in {k.lower() for k in rows[0]}
    speakers = " ".join(r.get("speaker") or r.get("Speaker") or "" for r in rows)
    assert sum(name in speakers for name in SEED_SPEAKERS) >= 3


# --------------------------------------------------------------------------- shareable links

def test_a_copied_link_reopens_the_same_filters(server, page, context):
    open_page(page, server, "Who_said_what")
    search = page.get_by_label(re.compile("search", re.I)).first
    search.fill("Cuba")
    search.press("Enter")
    wait_idle(page)
    deadline = time.monotonic() + 10
    while "Cuba" not in page.url and time.monotonic() < deadline:
        time.sleep(0.2)
    link = page.url
    assert parse_qs(urlsplit(link).query), f"no filter in the URL: {link}"
    again = context.new_page()
    again.dialogs = []
    again.goto(link)
    wait_idle(again)
    assert again.get_by_label(re.compile("search", re.I)).first.input_value() == "Cuba"
    assert again.locator(EXCEPTION).count() == 0


# --------------------------------------------------------------------------- hostile text

@pytest.mark.parametrize("path", PAGES, ids=[p or "Overview" for p in PAGES])
def test_hostile_article_text_never_runs(server, page, path):
    open_page(page, server, path, HOSTILE)
    assert "hostile" in page.locator('[data-testid="stSidebar"]').inner_text(), "the hostile corpus is not loaded"
    assert page.locator(EXCEPTION).count() == 0, exception_text(page) + server.log_tail()
    assert_no_script_ran(page)


def _hostile_articles():
    from analysis import loading

    return loading.load_paths([Path(__file__).parent / "hostile"]).articles


@pytest.mark.parametrize("article", _hostile_articles(), ids=lambda a: Path(a.path).suffix.lstrip(".") or a.id)
def test_hostile_markup_is_shown_as_text_in_the_article(server, page, article):
    open_page(page, server, "Articles", f"{HOSTILE}&article={quote(article.id)}")
    text = main_text(page)
    assert article.text.split()[0] in text
    assert "window.__pwned=1" in text, "the hostile article is not on screen"
    assert "&lt;" not in text, "article text is escaped twice"
    assert_no_script_ran(page)


# --------------------------------------------------------------------------- uploads

def _choose_upload(page):
    page.get_by_text("Upload files", exact=True).first.click()
    wait_idle(page)
    return page.locator('[data-testid="stFileUploader"] input[type=file]').first


@pytest.mark.parametrize("name, payload, message", [
    ("blob.txt", b"\x00\x01\x02\xff\xfe" * 400, "blob.txt"),
    ("huge.txt", b"word " * (300 * 1024), "huge.txt"),  # 1.5 MB > ACTORLENS_MAX_FILE_MB=1
])
def test_bad_uploads_are_refused_with_a_message(server, page, name, payload, message):
    open_page(page, server)
    _choose_upload(page).set_input_files(files=[{"name": name, "mimeType": "text/plain", "buffer": payload}])
    wait_idle(page)
    page.get_by_role("button", name=re.compile("analyse the uploaded", re.I)).click()
    refused = re.compile(r"could not be loaded|error|refused|too large|binary", re.I)
    assert eventually(page, lambda: message in main_text(page) and refused.search(main_text(page))), main_text(page)[:800]
    assert page.locator(EXCEPTION).count() == 0


def test_upload_over_the_server_limit_is_refused_by_the_browser(server, page, tmp_path):
    giant = tmp_path / "giant.txt"
    with open(giant, "wb") as f:
        f.truncate(21 * 2**20)  # .streamlit/config.toml maxUploadSize = 20
    open_page(page, server)
    _choose_upload(page).set_input_files(giant)
    page.get_by_text(re.compile(r"must be 20(\.0)? ?MB or smaller|exceeds", re.I)).first.wait_for(timeout=30_000)
    assert page.locator(EXCEPTION).count() == 0


# --------------------------------------------------------------------------- sign-in

@pytest.mark.parametrize("path", ["", "Who_said_what", "Corrections"])
def test_password_mode_shows_only_the_sign_in_form(password_server, page, path):
    open_page(page, password_server, path)
    assert page.get_by_label("User name").is_visible()
    assert page.locator('[data-testid="stDataFrame"], [data-testid="stPlotlyChart"]').count() == 0
    assert "Oreshkin" not in main_text(page)


def _sign_in(page, server, user="alice"):
    open_page(page, server)
    page.get_by_label("User name").fill(user)
    page.locator("input[type=password]").fill(server.passwords[user])
    page.get_by_role("button", name="Sign in").click()
    assert eventually(page, lambda: f"Signed in as {user}" in page.locator('[data-testid="stSidebar"]').inner_text())


def _go(page, label: str) -> None:
    """Follow a sidebar link: the same session, so the sign-in holds."""
    page.locator('[data-testid="stSidebarNav"] a', has_text=label).first.click()
    eventually(page, lambda: label.replace(" ", "_") in page.url or label == "dashboard", timeout=20)
    wait_idle(page)


def _statement_count(page) -> int:
    text = page.locator('[data-testid="stSidebar"]').inner_text()
    return int(re.search(r"([\d,]+) statements", text).group(1).replace(",", ""))


def test_an_editor_correction_applies_everywhere_and_undoes(password_server, page):
    _sign_in(page, password_server)
    _go(page, "Corrections")
    before = _statement_count(page)
    page.get_by_role("tab", name="Not a statement").click()
    page.get_by_role("button", name="Not a statement").click()
    assert eventually(page, lambda: "Saved:" in main_text(page)), main_text(page)[:600]
    assert "alice" in main_text(page)
    _go(page, "Who said what")
    assert _statement_count(page) == before - 1
    _go(page, "Corrections")
    page.get_by_role("tab", name="Undo").click()
    page.get_by_role("button", name="Undo").click()
    assert eventually(page, lambda: "Undone:" in main_text(page)), main_text(page)[:600]
    _go(page, "Who said what")
    assert _statement_count(page) == before
    assert page.locator(EXCEPTION).count() == 0


def test_sign_in_and_out(password_server, page):
    open_page(page, password_server)
    page.get_by_label("User name").fill("alice")
    page.locator("input[type=password]").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    assert eventually(page, lambda: "Wrong user name or password." in main_text(page))
    page.locator("input[type=password]").fill(password_server.passwords["alice"])
    page.get_by_role("button", name="Sign in").click()
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert eventually(page, lambda: "Signed in as alice (editor)" in sidebar.inner_text())
    assert page.locator(EXCEPTION).count() == 0
    assert any(name in main_text(page) for name in SEED_SPEAKERS)
    sidebar.get_by_role("button", name="Sign out").click()
    assert eventually(page, lambda: page.get_by_label("User name").count() == 1)
    assert not any(name in main_text(page) for name in SEED_SPEAKERS)
