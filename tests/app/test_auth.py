"""Every page, opened directly and not signed in, shows only the sign-in form."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from analysis import passwords
from analysis.settings import PROJECT_ROOT
from ui import auth

PAGE_FILES = [PROJECT_ROOT / "dashboard.py", *sorted((PROJECT_ROOT / "pages").glob("*.py"))]
PAGE_IDS = [p.name for p in PAGE_FILES]
CONTENT_ELEMENTS = ("dataframe", "table", "plotly_chart", "vega_lite_chart", "arrow_vega_lite_chart",
                    "metric", "download_button", "tabs", "json")

ALICE_HASH = passwords.hash_password("alice-pw", salt=b"fixed-test-salt!")
BOB_HASH = passwords.hash_password("bob-pw", salt=b"fixed-test-salt!")
PASSWORD_SECRETS = {"mode": "password", "users": {
    "alice": {"password_hash": ALICE_HASH, "role": "editor"},
    "bob": {"password_hash": BOB_HASH},
}}
OIDC_SECRETS = {
    "mode": "oidc",
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-cookie-secret",
    "client_id": "actorlens",
    "client_secret": "test-client-secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    "roles": {"alice@example.org": "editor"},
}


@pytest.fixture(autouse=True)
def _no_auth_env(monkeypatch):
    monkeypatch.delenv("ACTORLENS_AUTH", raising=False)


def _app(path, section) -> AppTest:
    at = AppTest.from_file(str(path), default_timeout=120)
    if section is not None:
        at.secrets["auth"] = section
    return at


def _content(at: AppTest) -> dict[str, int]:
    found = {}
    for kind in CONTENT_ELEMENTS:
        try:
            n = len(at.get(kind))
        except Exception:
            n = 0
        if n:
            found[kind] = n
    return found


@pytest.mark.parametrize("path", PAGE_FILES, ids=PAGE_IDS)
def test_password_mode_shows_only_the_sign_in_form(path):
    at = _app(path, PASSWORD_SECRETS).run()
    assert not at.exception
    assert [t.label for t in at.text_input] == ["User name", "Password"]
    assert _content(at) == {}
    assert "Sign out" not in [b.label for b in at.button]
    assert not at.file_uploader, "no upload widget for a signed-out session (issue 11, item 7)"


@pytest.mark.parametrize("path", PAGE_FILES, ids=PAGE_IDS)
def test_oidc_mode_shows_only_the_login_prompt(path):
    at = _app(path, OIDC_SECRETS).run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert _content(at) == {}
    assert not at.text_input


@pytest.mark.parametrize("section, needle", [
    ({"mode": "password"}, "no users are configured"),
    ({"mode": "password", "users": {"eve": {"role": "editor"}}}, "no users are configured"),
    ({"mode": "oidc"}, "redirect_uri, cookie_secret"),
    ({"mode": "ldap"}, "Unknown sign-in mode 'ldap'"),
    ({"redirect_uri": "http://x/oauth2callback", "cookie_secret": "s3cr3t"}, "Unknown sign-in mode:"),
])
def test_misconfigured_sign_in_fails_closed(section, needle):
    at = _app(PAGE_FILES[0], section).run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert needle in errors
    assert "s3cr3t" not in errors
    assert _content(at) == {}


@pytest.mark.parametrize("name, password", [("alice", "wrong"), ("mallory", "alice-pw"), ("", "")])
def test_wrong_credentials_are_refused(name, password):
    at = _app(PAGE_FILES[0], PASSWORD_SECRETS).run()
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    at.button[0].click().run()
    assert "Wrong user name or password." in [e.value for e in at.error]
    assert _content(at) == {}


def test_sign_in_and_out():
    at = _app(PAGE_FILES[0], PASSWORD_SECRETS).run()
    at.text_input[0].input("alice")
    at.text_input[1].input("alice-pw")
    at.button[0].click().run()
    assert not at.exception
    assert at.session_state[auth.SESSION_KEY] == {"name": "alice"}
    assert "Sign out" in [b.label for b in at.sidebar.button]
    assert "User name" not in [t.label for t in at.text_input]
    assert _content(at), "signed in, the overview shows its tables"
    next(b for b in at.sidebar.button if b.label == "Sign out").click().run()
    assert [t.label for t in at.text_input] == ["User name", "Password"]
    assert _content(at) == {}


def test_no_auth_is_a_local_editor():
    at = _app(PAGE_FILES[0], None).run()
    assert not at.exception
    assert not [t for t in at.text_input if t.label == "Password"]


@pytest.mark.parametrize("mode, section, expected", [
    ("password", None, "password"),
    (" OIDC ", None, "oidc"),
    ("none", {"mode": "password"}, "none"),
    (str({"mode": "password"}), {"mode": "password"}, "password"),
    (str({"mode": "oidc"}), {"mode": "OIDC"}, "oidc"),
    ("", None, "none"),
    (None, None, "none"),
    ("ldap", None, "ldap"),
])
def test_resolve_mode(mode, section, expected):
    assert auth.resolve_mode(mode, section) == expected


@pytest.mark.parametrize("email, expected", [
    ("alice@example.org", "editor"), ("ALICE@example.org", "editor"),
    ("bob@example.org", "viewer"), (None, "viewer"),
])
def test_oidc_role(email, expected):
    assert auth.oidc_role(email, OIDC_SECRETS) == expected


@pytest.mark.parametrize("name, password, expected", [
    ("alice", "alice-pw", auth.User("alice", "editor")),
    ("bob", "bob-pw", auth.User("bob", "viewer")),
    ("bob", "alice-pw", None),
    ("carol", "alice-pw", None),
])
def test_check_password(name, password, expected):
    users = auth.password_users(PASSWORD_SECRETS)
    assert auth.check_password(users, name, password) == expected


USERS = auth.password_users(PASSWORD_SECRETS)


@pytest.fixture
def no_sleep(monkeypatch):
    """Records the name-wide delays instead of sleeping through them."""
    slept = []
    monkeypatch.setattr(auth.time, "sleep", slept.append)
    return slept


def test_backoff_grows_per_client_and_name_then_expires():
    throttle = auth._Throttle()
    for i in range(auth.FREE_FAILURES):
        assert throttle.wait_seconds("tab-1", "alice", now=100.0 + i) == 0
        throttle.fail("tab-1", "alice", now=100.0 + i)
    waits = []
    for _ in range(4):
        waits.append(throttle.wait_seconds("tab-1", "alice", now=200.0))
        throttle.fail("tab-1", "alice", now=200.0)
    assert waits[0] == 0 and waits[1] > 0 and waits[2] == 2 * waits[1] and waits[3] == 2 * waits[2]
    assert throttle.wait_seconds("tab-2", "alice", now=200.0) == 0, "another client is not held back"
    assert throttle.wait_seconds("tab-1", "bob", now=200.0) == 0
    assert throttle.wait_seconds("tab-1", "alice", now=200.0 + auth.CLIENT_TTL_SECONDS) == 0
    assert len(throttle) == 0, "expired entries are dropped"


def test_failed_sign_ins_with_many_names_keep_the_throttle_bounded():
    throttle = auth._Throttle(max_entries=100)
    for i in range(1000):
        throttle.fail(f"tab-{i % 7}", f"name-{i}", now=float(i))
    assert len(throttle) <= 2 * 100
    assert throttle.wait_seconds("tab-5", "name-999", now=999.0) == 0  # the newest entries stay
    assert ("tab-5", "name-999") in throttle._clients and ("tab-0", "name-0") not in throttle._clients


@pytest.mark.parametrize("name, password", [
    ("x" * 10_000_000, "wrong"),
    ("alice", "p" * 10_000_000),
    ("x" * (auth.MAX_NAME_CHARS + 1), "wrong"),
])
def test_oversized_sign_in_input_is_refused_before_it_is_stored(name, password, no_sleep):
    throttle = auth._Throttle()
    user, message = auth.sign_in(USERS, "tab-1", name, password, throttle)
    assert user is None and "at most" in message
    assert len(throttle) == 0


@pytest.mark.parametrize("name, password", [(["alice"], "alice-pw"), ("alice", None), ("", "")])
def test_sign_in_refuses_what_is_not_a_name_and_password(name, password, no_sleep):
    assert auth.sign_in(USERS, "tab-1", name, password, auth._Throttle()) == (None, auth.WRONG)


def test_a_stranger_cannot_lock_the_real_user_out(no_sleep):
    throttle = auth._Throttle()
    for tab in range(4):  # signed-out clients keep guessing alice's password, new tabs too
        for _ in range(10):
            auth.sign_in(USERS, f"stranger-{tab}", "alice", "guess", throttle)
    user, message = auth.sign_in(USERS, "stranger-0", "alice", "alice-pw", throttle)
    assert user is None and "try again in" in message, "the guessing client is backed off"
    user, message = auth.sign_in(USERS, "alice-tab", "alice", "alice-pw", throttle)
    assert user == auth.User("alice", "editor") and message == ""
    assert no_sleep and max(no_sleep) <= auth.NAME_DELAY_SECONDS, "only a short delay"


def test_sign_in_form_keeps_no_huge_name(monkeypatch, no_sleep):
    throttle = auth._Throttle()
    monkeypatch.setattr(auth, "THROTTLE", throttle)
    at = _app(PAGE_FILES[0], PASSWORD_SECRETS).run()
    at.text_input[0].set_value("x" * 1_000_000)  # as a raw client sends it, past max_chars
    at.text_input[1].set_value("p" * 1_000_000)
    at.button[0].click().run()
    assert not at.exception
    assert at.error[0].value == auth.WRONG
    assert [len(name) for name in throttle._names] == [auth.MAX_NAME_CHARS]
    assert len(at.session_state["auth_name"]) <= auth.MAX_NAME_CHARS and at.session_state["auth_password"] == ""
    assert _content(at) == {}


def test_editor_signs_in_after_a_stranger_failed_from_another_session(monkeypatch, no_sleep):
    monkeypatch.setattr(auth, "THROTTLE", auth._Throttle())
    monkeypatch.setattr(auth, "_client_id", lambda: "stranger")
    stranger = _app(PAGE_FILES[0], PASSWORD_SECRETS).run()
    for _ in range(8):
        stranger.text_input[0].input("alice")
        stranger.text_input[1].input("guess")
        stranger.button[0].click().run()
    assert "try again in" in stranger.error[0].value
    monkeypatch.setattr(auth, "_client_id", lambda: "alice-tab")
    editor = _app(PAGE_FILES[0], PASSWORD_SECRETS).run()
    editor.text_input[0].input("alice")
    editor.text_input[1].input("alice-pw")
    editor.button[0].click().run()
    assert not editor.exception
    assert editor.session_state[auth.SESSION_KEY] == {"name": "alice"}
    assert _content(editor)


@pytest.mark.parametrize("email, role", [("alice@example.org", "editor"), ("bob@example.org", "viewer")])
def test_oidc_signed_in_user_gets_role_and_sign_out(email, role):
    at = _app(PAGE_FILES[0], OIDC_SECRETS)
    at.user = {"is_logged_in": True, "email": email}
    at.run()
    assert not at.exception
    assert f"Signed in as **{email}** ({role})" in [c.value for c in at.sidebar.caption]
    next(b for b in at.sidebar.button if b.label == "Sign out").click().run()
    assert [b.label for b in at.button] == ["Sign in"]
    assert _content(at) == {}


def test_example_secrets_file_is_a_valid_password_layout():
    import tomllib

    doc = tomllib.loads((PROJECT_ROOT / "deploy" / "secrets.example.toml").read_text(encoding="utf-8"))
    section = doc["auth"]
    assert auth.resolve_mode(str(section), section) == "password"
    users = auth.password_users(section)
    assert {n: u["role"] for n, u in users.items()} == {"alice": "editor", "bob": "viewer"}


def test_oidc_without_authlib_fails_closed(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "authlib" else real(name, *a))
    at = _app(PAGE_FILES[0], OIDC_SECRETS).run()
    assert "Authlib is not installed" in " ".join(e.value for e in at.error)
    assert _content(at) == {} and not at.button
