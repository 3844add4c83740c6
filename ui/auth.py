"""Sign-in gate called by `page_setup()` on every page: `none`, `password` or `oidc`.

The gate fails closed: an unknown mode, a password mode without users or an OIDC mode without
its secrets shows an error and stops the page instead of showing the corpus. Password users live
in Streamlit secrets as salted hashes (`python -m analysis hash-password`), OIDC uses Streamlit's
own `st.login`; roles are `viewer` (read only) and `editor` (may change corrections). Failed
password sign-ins are throttled per browser tab and name, never by locking a name (`_Throttle`).

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
import math
import threading
import time
from collections import OrderedDict
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
MAX_NAME_CHARS = 128
MAX_PASSWORD_CHARS = 1024
FREE_FAILURES = 3
BACKOFF_BASE_SECONDS = 2.0
BACKOFF_MAX_SECONDS = 300.0
CLIENT_TTL_SECONDS = 900.0
NAME_FAILURES = 5
NAME_WINDOW_SECONDS = 600.0
NAME_DELAY_SECONDS = 1.0
MAX_ENTRIES = 10_000
MESSAGE_KEY = "auth_message"
WRONG = "Wrong user name or password."


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
    """Failed sign-ins, process-wide, bounded in size and time.

    Two tables, neither of which can lock a user out:

    * per client and name: after `FREE_FAILURES` failures that client must wait before its next
      try for that name, doubling each time up to `BACKOFF_MAX_SECONDS`; other clients are not
      affected, so a stranger failing on purpose cannot keep the real user out;
    * per name: once a name has `NAME_FAILURES` recent failures from any clients, every try for it
      waits `NAME_DELAY_SECONDS` first, which slows a guesser that opens new sessions while the
      real user still gets in after that short delay.

    Names longer than `MAX_NAME_CHARS` never get here (`sign_in` refuses them first), each table
    holds at most `MAX_ENTRIES` keys (the least recently failed go first) and entries expire.
    """

    def __init__(self, max_entries: int | None = None):
        self._lock = threading.Lock()
        self.max_entries = max_entries or MAX_ENTRIES
        self._clients: OrderedDict[tuple[str, str], tuple[int, float]] = OrderedDict()
        self._names: OrderedDict[str, tuple[int, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._clients) + len(self._names)

    @staticmethod
    def backoff(count: int) -> float:
        """Seconds a client waits after its `count`-th failure for a name."""
        if count < FREE_FAILURES:
            return 0.0
        return min(BACKOFF_BASE_SECONDS * 2 ** (count - FREE_FAILURES), BACKOFF_MAX_SECONDS)

    def _expire(self, now: float) -> None:
        for table, ttl in ((self._clients, CLIENT_TTL_SECONDS), (self._names, NAME_WINDOW_SECONDS)):
            while table:
                _, (_, last) = next(iter(table.items()))
                if now - last < ttl and len(table) <= self.max_entries:
                    break
                table.popitem(last=False)

    def wait_seconds(self, client: str, name: str, now: float | None = None) -> float:
        """How long `client` must still wait before trying `name` again (0: it may try now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._expire(now)
            count, last = self._clients.get((client, name), (0, now))
            return max(0.0, last + self.backoff(count) - now)

    def name_delay(self, name: str, now: float | None = None) -> float:
        """Seconds every try for `name` waits while it is under attack from any clients."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._expire(now)
            count, _ = self._names.get(name, (0, now))
            return NAME_DELAY_SECONDS if count >= NAME_FAILURES else 0.0

    def fail(self, client: str, name: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            for table, key in ((self._clients, (client, name)), (self._names, name)):
                count, _ = table.pop(key, (0, now))
                table[key] = (count + 1, now)  # re-inserted last: the table stays ordered by time
            self._expire(now)

    def clear(self, client: str, name: str) -> None:
        """A successful sign-in forgets that client's failures (not the name's: others failed too)."""
        with self._lock:
            self._clients.pop((client, name), None)


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
        st.text_input("User name", key="auth_name", max_chars=MAX_NAME_CHARS)
        st.text_input("Password", type="password", key="auth_password", max_chars=MAX_PASSWORD_CHARS)
        st.form_submit_button("Sign in", on_click=_sign_in_callback, args=(users,))
    if message := st.session_state.pop(MESSAGE_KEY, None):
        st.error(message)
    st.stop()


def _client_id() -> str:
    """The browser tab (Streamlit session) asking; failures are counted per client and name."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx else ""


def sign_in(users: Mapping[str, Mapping], client: str, name: Any, password: Any,
            throttle: "_Throttle | None" = None) -> tuple[User | None, str]:
    """Check one sign-in attempt: (the user, "") or (None, why it was refused).

    Input that is not text or is longer than any real name or password is refused before it is
    hashed or counted, so it leaves nothing behind.
    """
    throttle = throttle or THROTTLE
    if not isinstance(name, str) or not isinstance(password, str) or not name:
        return None, WRONG
    if len(name) > MAX_NAME_CHARS or len(password) > MAX_PASSWORD_CHARS:
        return None, (f"User names have at most {MAX_NAME_CHARS} characters and passwords at most "
                      f"{MAX_PASSWORD_CHARS}.")
    wait = throttle.wait_seconds(client, name)
    if wait > 0:
        return None, f"Too many failed attempts from this browser; try again in {math.ceil(wait)} s."
    delay = throttle.name_delay(name)
    if delay:
        time.sleep(delay)
    user = check_password(users, name, password)
    if user:
        throttle.clear(client, name)
        return user, ""
    throttle.fail(client, name)
    return None, WRONG



def _sign_in_callback(users: Mapping[str, Mapping]) -> None:
    """Runs before the script on "Sign in"; empties the fields so no input stays in the session."""
    ss = st.session_state
    name, password = ss.get("auth_name", ""), ss.get("auth_password", "")
    ss["auth_password"] = ""
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
        ss["auth_name"] = ""
    user, message = sign_in(users, _client_id(), name, password)
    if user:
        ss[SESSION_KEY] = {"name": user.name}
    else:
        ss[MESSAGE_KEY] = message


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
