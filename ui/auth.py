"""Sign-in gate (STUB: auth=none only; replaced by the deployment work)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    name: str
    role: str  # viewer | editor


def gate(mode: str) -> User:
    """Return the signed-in user, or render the sign-in form and stop the script."""
    return User("local", "editor")
