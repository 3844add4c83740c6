"""Salted password hashes for `ACTORLENS_AUTH=password`.

Secrets hold only `scrypt$n$r$p$salt$hash` strings (printed by `python -m analysis
hash-password`), never a plaintext password, so a leaked secrets file does not hand out
sign-ins. Verification compares in constant time so response timing does not leak how much of
a guess was right.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + 2**20, dklen=length)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A new salted hash of `password` (a fresh random salt unless one is given, for tests)."""
    if not password:
        raise ValueError("the password is empty")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _derive(password, salt, N, R, P, KEY_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches the stored hash; False for any malformed hash."""
    try:
        scheme, n, r, p, salt, key = str(stored).split("$")
        if scheme != SCHEME:
            return False
        n_i, r_i, p_i = int(n), int(r), int(p)
        if not (2 <= n_i <= 2**20 and 1 <= r_i <= 32 and 1 <= p_i <= 16):
            return False
        expected = _unb64(key)
        actual = _derive(password or "", _unb64(salt), n_i, r_i, p_i, len(expected) or KEY_BYTES)
    except (ValueError, TypeError, MemoryError):
        return False
    return bool(expected) and hmac.compare_digest(actual, expected)
