"""Issue 11 in a real browser: downloads and uploads are for signed-in sessions only (items 7, 11)."""
from __future__ import annotations

import re
import time

import pytest

pytestmark = pytest.mark.e2e


def _idle(page, timeout: float = 120.0) -> None:
    deadline, quiet = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        state = page.evaluate("""() => {
            const app = document.querySelector('[data-testid="stApp"]');
            if (!app) return 'absent';
            return app.getAttribute('data-test-script-state') + '/' +
                   document.querySelectorAll('[data-testid="stSkeleton"], [data-stale="true"]').length;
        }""")
        if state == "notRunning/0":
            quiet = quiet or time.monotonic()
            if time.monotonic() - quiet > 0.6:
                return
        else:
            quiet = None
        time.sleep(0.1)
    raise AssertionError("the app did not settle")


def _signed_in_page(browser, server):
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1500, "height": 1000})
    ctx.set_default_timeout(60_000)
    page = ctx.new_page()
    page.goto(server.url + "/")
    _idle(page)
    page.get_by_label("User name").fill("alice")
    page.locator("input[type=password]").fill(server.passwords["alice"])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Signed in as alice").first.wait_for(timeout=60_000)
    _idle(page)
    return ctx, page


def test_a_download_link_is_made_on_click_and_gone_for_a_signed_out_client(password_server, browser):
    ctx, page = _signed_in_page(browser, password_server)
    try:
        assert page.locator('a[href*="/media/"]').count() == 0, "no file exists before a click"
        button = page.locator('[data-testid="stDownloadButton"] button', has_text=re.compile("CSV", re.I)).first
        with page.expect_download() as info:
            button.click()
        url = info.value.url
        assert "/media/" in url
        page.locator('[data-testid="stSidebarNav"] a', has_text="Who said what").first.click()
        _idle(page)  # Streamlit marks a generated download for deletion after a run, deletes it after the next

        anonymous = browser.new_context()
        try:
            stranger = anonymous.new_page()
            stranger.goto(password_server.url + "/Who_said_what")
            _idle(stranger)
            assert stranger.locator('[data-testid="stDownloadButton"], [data-testid="stFileUploader"]').count() == 0
            assert stranger.get_by_label("User name").is_visible()
            assert anonymous.request.get(url).status == 404
        finally:
            anonymous.close()
    finally:
        ctx.close()
