"""Two real dashboard servers on one store while an ingest writes to it, as two servers behind one
proxy would be: a correction an editor makes on one server shows on the other within a few
seconds, and no page of either ever shows part of a batch.

The store is the hand-made corpus of `tests.synthetic_corpus` (three articles, five statements,
Alice Smith the top speaker), written again under new ids and dates as every batch, so a page
that shows whole batches only shows articles in steps of three and five statements for every
three articles.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from analysis import passwords
from analysis.settings import PROJECT_ROOT
from tests.e2e.conftest import start_server, stop_server
from tests.e2e.test_browser import EXCEPTION, PAGES, eventually, exception_text, wait_idle

pytestmark = pytest.mark.e2e

FIRST_BATCHES = 2  # in the store before the servers start
PAUSE = 1.0  # seconds between two batches of the ingest
MAX_BATCHES = 400  # the ingest stops by itself after these, should the test not stop it
VISIBLE_WITHIN = 10.0  # seconds from the editor's saved correction to the other server showing it
REMOVED, KEPT = "Alice Smith", "Bob Jones"  # the top speakers; the editor says the first is not an actor
PASSWORD = {"alice": "alice-shared-pw", "bob": "bob-shared-pw"}


def batch_rows(n: int):
    """Batch `n`: the hand-made corpus's articles under ids of their own, `n` days later (rows and
    store keys as an ingest writes them)."""
    from analysis import fingerprint
    from analysis.warehouse import article_level_rows
    from tests.synthetic_corpus import ARTICLES, make_corpus

    day = date(2024, 3, 1) + timedelta(days=n)
    articles = [(f"b{n:03d}-{aid}", day.isoformat() if when else "", f"{title} ({n})", paragraphs)
                for aid, when, title, paragraphs in ARTICLES]
    rows = article_level_rows(make_corpus(articles))
    version = fingerprint.current()
    return rows, {a["id"]: f"shared-{a['id']}:{version}:memory" for a in rows["articles"]}


def ingest(path: str, first: int, stop_file: str, hold_file: str, pause: float) -> None:
    """The ingest process: publish batch after batch, `pause` seconds apart, until `stop_file`
    exists; print each batch's number once it is published, and "held" when `hold_file` makes it
    wait between two batches."""
    from analysis.store import Store

    store = Store(path)
    for n in range(first, MAX_BATCHES):
        if os.path.exists(hold_file):
            print("held", flush=True)
            while os.path.exists(hold_file) and not os.path.exists(stop_file):
                time.sleep(0.05)
        if os.path.exists(stop_file):
            return
        store.write_batch(*batch_rows(n))
        print(n, flush=True)
        time.sleep(pause)


def sidebar_counts(page) -> tuple[int, int]:
    text = page.locator('[data-testid="stSidebar"]').inner_text()
    m = re.search(r"([\d,]+) articles? · ([\d,]+) statements?", text)
    assert m, text[:400]
    return int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))


def grid_cells(page) -> list[str]:
    return page.locator('[data-testid="stMain"]').evaluate(
        "e => [...e.querySelectorAll('[role=gridcell]')].map(c => c.textContent.trim())")


def sign_in(tabs: list, servers: list, users: list[str]) -> None:
    """Sign each tab in on its server, the servers' first renders side by side."""
    for tab, server in zip(tabs, servers):
        tab.goto(server.url)
    for tab, user in zip(tabs, users):
        wait_idle(tab)
        tab.get_by_label("User name").fill(user)
        tab.locator("input[type=password]").fill(PASSWORD[user])
        tab.get_by_role("button", name="Sign in").click()
    for tab, user in zip(tabs, users):
        assert eventually(tab, lambda: f"Signed in as {user}" in tab.locator('[data-testid="stSidebar"]').inner_text())


def go(page, path: str) -> float:
    """Follow the sidebar link to `path` (the same session: the sign-in holds); returns when the
    click happened."""
    clicked = time.time()
    page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]').first.click()
    page.wait_for_url(re.compile(rf"/{path}(\?.*)?$"), timeout=30_000)
    wait_idle(page)
    return clicked


def check_page(page, server, seen: list) -> tuple[int, int]:
    """The page rendered without an error and shows whole batches only."""
    assert page.locator(EXCEPTION).count() == 0, exception_text(page) + server.log_tail()
    assert page.page_errors == [], page.page_errors
    articles, statements = sidebar_counts(page)
    assert articles % 3 == 0 and statements == articles // 3 * 5, (page.url, articles, statements)
    seen.append(articles)
    return articles, statements


@dataclass
class Ingest:
    """The ingest process and what it printed so far (batch numbers, "held")."""

    process: subprocess.Popen
    stop_file: Path
    hold_file: Path
    lines: list = field(default_factory=list)

    def collect(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def published(self) -> list[int]:
        return [int(x) for x in self.lines if x.isdigit()]

    def hold(self) -> None:
        """Wait until the ingest stands between two batches."""
        self.hold_file.touch()
        deadline = time.monotonic() + 30
        while "held" not in self.lines and self.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "held" in self.lines, self.lines

    def resume(self) -> None:
        self.hold_file.unlink()

    def stop(self) -> None:
        self.stop_file.touch()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def shared(tmp_path):
    """One store with the first batches, two servers on it in password mode (alice an editor, bob a
    viewer; the same secrets file, as behind one proxy), and the ingest process writing more."""
    from analysis.store import Store

    store = Store(tmp_path / "store")
    for n in range(FIRST_BATCHES):
        store.write_batch(*batch_rows(n))
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        '[auth]\nmode = "password"\n\n'
        f'[auth.users.alice]\npassword_hash = "{passwords.hash_password(PASSWORD["alice"])}"\nrole = "editor"\n\n'
        f'[auth.users.bob]\npassword_hash = "{passwords.hash_password(PASSWORD["bob"])}"\nrole = "viewer"\n',
        encoding="utf-8")
    env = {"ACTORLENS_STORE": str(store.path), "ACTORLENS_CORPUS": "store"}
    servers, ingest_run, reader = [], None, None
    try:
        for name in ("a", "b"):
            (tmp_path / name).mkdir()
            servers.append(start_server(tmp_path / name, env=env, secrets_file=secrets))
        writer_env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORLENS_")}
        writer_env.update(env, PYTHONPATH=str(PROJECT_ROOT))
        stop_file, hold_file = tmp_path / "stop-ingest", tmp_path / "hold-ingest"
        process = subprocess.Popen(
            [sys.executable, "-c", f"from tests.e2e.test_shared_servers import ingest; ingest("
                                   f"{str(store.path)!r}, {FIRST_BATCHES}, {str(stop_file)!r}, {str(hold_file)!r}, {PAUSE})"],
            cwd=PROJECT_ROOT, env=writer_env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ingest_run = Ingest(process, stop_file, hold_file)
        reader = threading.Thread(target=ingest_run.collect, daemon=True)
        reader.start()
        yield servers[0], servers[1], ingest_run
    finally:
        if ingest_run is not None:
            ingest_run.stop()
            reader.join(10)
        for s in servers:
            stop_server(s)


def new_tab(browser):
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000})
    ctx.set_default_timeout(60_000)
    tab = ctx.new_page()
    tab.page_errors = []
    tab.on("pageerror", lambda e: tab.page_errors.append(str(e)))
    return tab


def test_a_correction_on_one_server_shows_on_the_other_while_an_ingest_writes(shared, browser):
    server_a, server_b, ingest_run = shared
    editor, viewer = new_tab(browser), new_tab(browser)
    sides = {"a": (editor, server_a), "b": (viewer, server_b)}
    seen: dict[str, list[int]] = {"a": [], "b": []}

    def show(name: str, path: str) -> tuple[int, int]:
        tab, server = sides[name]
        go(tab, path)
        return check_page(tab, server, seen[name])

    try:
        sign_in([editor, viewer], [server_a, server_b], ["alice", "bob"])
        # while batches are published: every page on one server or the other, the Overview on both
        pages = [p for p in PAGES if p]
        for i, path in enumerate(pages):
            show("ab"[i % 2], path)
        for name in sides:
            show(name, "")
        assert {REMOVED, KEPT} <= set(grid_cells(viewer))  # the Overview's top speakers

        # the ingest holds between two batches while the editor corrects: only the correction can
        # change what the viewer shows (a cache that followed the store's version alone would not)
        ingest_run.hold()
        show("b", "Who_said_what")
        before = show("b", "")
        assert REMOVED in grid_cells(viewer)
        go(editor, "Corrections")
        editor.get_by_role("tab", name="Not an actor").click()
        editor.locator('[role="tabpanel"]:visible').get_by_role("combobox", name="Actor").click()
        editor.keyboard.type(REMOVED)
        editor.get_by_role("option", name=REMOVED, exact=True).click()
        wait_idle(editor)
        editor.get_by_role("button", name="Not an actor").click()
        assert eventually(editor, lambda: "Saved:" in editor.locator('[data-testid="stMain"]').inner_text(),
                          timeout=30)
        saved = time.time()
        polls = []  # (seconds after the save the render was asked for, removed shown, kept shown)
        while not polls or (polls[-1][1] and polls[-1][0] < VISIBLE_WITHIN):
            show("b", "Who_said_what")
            asked = go(viewer, "")
            assert check_page(viewer, server_b, seen["b"]) == before
            cells = grid_cells(viewer)
            polls.append((round(asked - saved, 2), REMOVED in cells, KEPT in cells))
        assert polls[-1][1:] == (False, True) and polls[-1][0] < VISIBLE_WITHIN, polls
        ingest_run.resume()

        # the ingest goes on: both servers keep the correction on the new batches
        show("a", "")
        assert REMOVED not in grid_cells(editor) and KEPT in grid_cells(editor)
        for name, path in (("b", "Actors"), ("a", "Relations"), ("b", "Timelines")):
            show(name, path)
        ingest_run.stop()
        assert ingest_run.process.returncode == 0, ingest_run.process.stderr.read()[-3000:]
        total = 3 * (ingest_run.published()[-1] + 1)
        for name, (tab, _) in sides.items():  # the last batch, within a few seconds
            deadline, shown = time.monotonic() + VISIBLE_WITHIN, None
            while shown != (total, total // 3 * 5) and time.monotonic() < deadline:
                show(name, "Actors")
                shown = show(name, "")
            assert shown == (total, total // 3 * 5), (name, shown, total)
            assert REMOVED not in grid_cells(tab) and KEPT in grid_cells(tab)
    finally:
        for tab in (editor, viewer):
            tab.context.close()
    batches = {3 * (n + 1) for n in range(FIRST_BATCHES - 1, ingest_run.published()[-1] + 1)}
    for name in seen:
        assert len(set(seen[name])) > 2, seen  # each server was read again and again while the ingest wrote
        assert set(seen[name]) <= batches, seen
