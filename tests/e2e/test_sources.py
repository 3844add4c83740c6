"""Live sources in a real browser: an editor adds a feed on the Sources page and its articles'
statements appear in Who said what; a viewer sees the feed list but no control that fetches."""
from __future__ import annotations

import pytest

from analysis import passwords
from tests.e2e.conftest import start_server, stop_server
from tests.e2e.test_browser import EXCEPTION, _go, _sign_in, eventually, main_text
from tests.feed_server import FeedServer, news_site

pytestmark = pytest.mark.e2e
PASSWORDS = {"alice": "alice-src-pw", "bob": "bob-src-pw"}


@pytest.fixture(scope="module")
def news():
    with FeedServer() as server:
        yield news_site(server)


@pytest.fixture(scope="module")
def sources_server(tmp_path_factory, news):
    """Password mode (alice editor, bob viewer), its own store, fetching allowed to the local site only."""
    root = tmp_path_factory.mktemp("e2e-sources")
    secrets = root / "secrets.toml"
    secrets.write_text('[auth]\nmode = "password"\n\n' + "".join(
        f'[auth.users.{name}]\npassword_hash = "{passwords.hash_password(pw)}"\n'
        f'role = "{"editor" if name == "alice" else "viewer"}"\n\n' for name, pw in PASSWORDS.items()),
        encoding="utf-8")
    env = {"ACTORLENS_STORE": str(root / "store"), "ACTORLENS_FETCH_ALLOW": "127.0.0.1",
           "ACTORLENS_FETCH_DELAY": "0"}
    s = start_server(root, env=env, secrets_file=secrets)
    s.passwords = PASSWORDS
    yield s
    stop_server(s)


def test_editor_adds_a_feed_and_its_statements_appear(sources_server, news, page):
    _sign_in(page, sources_server, "alice")
    _go(page, "Sources")
    page.get_by_label("Feed URL (RSS or Atom)").fill(news.url("/rss.xml"))
    page.get_by_role("button", name="Add the feed and fetch it now").click()
    assert eventually(page, lambda: "3 new" in main_text(page), timeout=180), main_text(page)[:800]
    text = main_text(page)
    assert news.url("/rss.xml") in text and "HTTP 404" in text
    _go(page, "Who said what")
    assert eventually(page, lambda: "Anna Berg" in main_text(page) and "Jonas Lind" in main_text(page)), \
        main_text(page)[:800]
    assert page.locator(EXCEPTION).count() == 0


def test_viewer_sees_no_add_control(sources_server, page):
    _sign_in(page, sources_server, "bob")
    _go(page, "Sources")
    assert eventually(page, lambda: "only editors can add feeds" in main_text(page))
    assert page.get_by_label("Feed URL (RSS or Atom)").count() == 0
    assert page.get_by_role("button", name="Add the feed and fetch it now").count() == 0
    assert page.get_by_label("Article URLs, one a line").count() == 0
    assert page.locator(EXCEPTION).count() == 0
