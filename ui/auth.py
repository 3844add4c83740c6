"""Sign-in gate called by `page_setup()` on every page: `none`, `password` or `oidc`.

The gate fails closed: an unknown mode, a password mode without users or an OIDC mode without
its secrets shows an error and stops the page instead of showing the corpus. Password users live
in Streamlit secrets as salted hashes (`python -m analysis hash-password`), OIDC uses Streamlit's
own `st.login`; roles are `viewer` (read only) and `editor` (may change corrections).

Secrets layout (`.streamlit/secrets.toml`)::

    [auth]
    mode = "password"            # or set ACTORLENS_AUTH in the environment
    [auth.users.alice]
    password_hash = "scrypt$16384$8$1$..."
    role = "editor"

    [auth]
    mode = "oidc"
    redirect_uri = "https://actorlens.example.org/oauth2callback"
    cookie_secret = "..."
    client_id = "..."
    client_secret = "..."
    server_metadata_url = "https://id.example.org/.well-known/openid-configuration"
    # provider = "NAME"          # only with several [auth.NAME] providers: the one to use
    [auth.roles]
    "alice@example.org" = "editor"   # everyone else signed in: viewer
"""
from __future__ import annotations

import functools
import threading
import time
from dataclasses import dataclass
from typing import Any, Mapping

import streamlit as st

from analysis import passwords

MODES = ("none", "password", "oidc")
ROLES = ("viewer", "editor")
SESSION_KEY = "auth_user"
SECRETS_KEYS = ("[auth]", "mode", "[auth.users.NAME]", "password_hash", "role", "[auth.roles]",
                "redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url",
                "provider")
"""Secrets keys this module reads; `tests/test_settings.py` checks README documents each."""
MAX_FAILURES = 5
LOCKOUT_SECONDS = 60.0


@dataclass(frozen=True)
class User:
    name: str
    role: str  # viewer | editor

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"


LOCAL_USER = User("local", "editor")


def resolve_mode(mode: Any, auth_section: Mapping[str, Any] | None) -> str:
    """The sign-in mode: the setting when it names one, else `[auth] mode` in secrets.

    `ACTORLENS_AUTH` read from secrets collides with Streamlit's own `[auth]` table, so a table
    there means "look inside it". Anything unrecognised comes back as is, and the gate refuses it.
    """
    text = mode.strip().lower() if isinstance(mode, str) else ""
    if text in MODES:
        return text
    if auth_section and "mode" in auth_section:
        return str(auth_section["mode"]).strip().lower()
    return text or "none"


def normalise_role(role: Any) -> str:
    role = str(role or "").strip().lower()
    return role if role in ROLES else "viewer"


def password_users(auth_section: Mapping[str, Any] | None) -> dict[str, dict]:
    """`{name: {"password_hash": ..., "role": ...}}` from `[auth.users.NAME]` tables."""
    users = (auth_section or {}).get("users") or {}
    out = {}
    for name, entry in dict(users).items():
        if isinstance(entry, Mapping) and entry.get("password_hash"):
            out[str(name)] = {"password_hash": str(entry["password_hash"]),
                              "role": normalise_role(entry.get("role"))}
    return out


def check_password(users: Mapping[str, Mapping], name: str, password: str) -> User | None:
    """The user when name and password match; None otherwise (same work for unknown names)."""
    entry = users.get(name)
    stored = entry["password_hash"] if entry else _dummy_hash()
    ok = passwords.verify_password(password, stored)
    return User(name, entry["role"]) if ok and entry else None


def oidc_role(email: str | None, auth_section: Mapping[str, Any] | None) -> str:
    roles = {str(k).lower(): v for k, v in dict((auth_section or {}).get("roles") or {}).items()}
    return normalise_role(roles.get((email or "").lower()))


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown names; made on first use (scrypt, ~0.05 s), not on import."""
    return passwords.hash_password("not a real password", salt=b"actorlens-dummy!")


class _Throttle:
    """Failed sign-ins per user name, process-wide: a brute force across sessions slows down."""

    def __init__(self):
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}

    def locked(self, name: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, last = self._failures.get(name, (0, 0.0))
            return count >= MAX_FAILURES and now - last < LOCKOUT_SECONDS

    def fail(self, name: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, last = self._failures.get(name, (0, 0.0))
            if now - last >= LOCKOUT_SECONDS:
                count = 0
            self._failures[name] = (count + 1, now)

    def clear(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name, None)


THROTTLE = _Throttle()


def _auth_section() -> dict:
    try:
        section = st.secrets.get("auth")
    except Exception:  # no secrets file, or a malformed one
        return {}
    return section.to_dict() if hasattr(section, "to_dict") else dict(section or {})


def _stop_with(message: str) -> None:
    st.title("ActorLens")
    st.error(message)
    st.stop()


def _sign_out() -> None:
    st.session_state.pop(SESSION_KEY, None)


def _password_gate(section: Mapping[str, Any]) -> User:
    users = password_users(section)
    if not users:
        _stop_with("Sign-in is set to password, but no users are configured. Add "
                   "[auth.users.NAME] with a password_hash (python -m analysis hash-password) "
                   "to the Streamlit secrets.")
    signed_in = st.session_state.get(SESSION_KEY)
    if signed_in and signed_in.get("name") in users:
        user = User(signed_in["name"], users[signed_in["name"]]["role"])
        with st.sidebar:
            st.caption(f"Signed in as **{user.name}** ({user.role})")
            st.button("Sign out", key="auth_sign_out", on_click=_sign_out)
        return user
    st.title("ActorLens · sign in")
    with st.form("auth_sign_in"):
        name = st.text_input("User name", key="auth_name")
        password = st.text_input("Password", type="password", key="auth_password")
        submitted = st.form_submit_button("Sign in")
    if submitted:
        if THROTTLE.locked(name):
            st.error("Too many failed attempts for this user; try again in a minute.")
        else:
            user = check_password(users, name, password)
            if user:
                THROTTLE.clear(name)
                st.session_state[SESSION_KEY] = {"name": user.name}
                st.rerun()
            THROTTLE.fail(name)
            st.error("Wrong user name or password.")
    st.stop()


def _oidc_gate(section: Mapping[str, Any]) -> User:
    import importlib.util

    if importlib.util.find_spec("authlib") is None:
        _stop_with("Sign-in is set to oidc, but Authlib is not installed (pip install -r requirements.txt).")
    missing = [k for k in ("redirect_uri", "cookie_secret") if k not in section]
    if missing:
        _stop_with(f"Sign-in is set to oidc, but [auth] in the Streamlit secrets lacks "
                   f"{', '.join(missing)}.")
    if not st.user.get("is_logged_in", False):
        st.title("ActorLens · sign in")
        st.write("Sign in with your organisation's account to continue.")
        provider = section.get("provider")
        st.button("Sign in", key="auth_login", on_click=st.login,
                  args=(str(provider),) if provider else ())
        st.stop()
    email = st.user.get("email") or st.user.get("sub") or "unknown"
    user = User(str(email), oidc_role(st.user.get("email"), section))
    with st.sidebar:
        st.caption(f"Signed in as **{user.name}** ({user.role})")
        st.button("Sign out", key="auth_sign_out", on_click=st.logout)
    return user


def gate(mode: str) -> User:
    """Return the signed-in user, or render the sign-in form and stop the script."""
    section = _auth_section()
    mode = resolve_mode(mode, section)
    if mode == "none":
        return LOCAL_USER
    if mode == "password":
        return _password_gate(section)
    if mode == "oidc":
        return _oidc_gate(section)
    shown = f" {mode!r}" if mode.isalnum() and len(mode) < 20 else ""  # never echo a secrets table
    _stop_with(f"Unknown sign-in mode{shown}: set ACTORLENS_AUTH (or [auth] mode in the secrets) "
               "to none, password or oidc.")
    raise AssertionError("unreachable")  # st.stop() raises
