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


def test_throttle_locks_after_repeated_failures_then_expires():
    throttle = auth._Throttle()
    for i in range(auth.MAX_FAILURES):
        assert not throttle.locked("alice", now=100.0 + i)
        throttle.fail("alice", now=100.0 + i)
    assert throttle.locked("alice", now=105.0)
    assert not throttle.locked("bob", now=105.0)
    assert not throttle.locked("alice", now=105.0 + auth.LOCKOUT_SECONDS)


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
