import subprocess
import sys

import pytest

from analysis import passwords
from analysis.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def stored():
    return passwords.hash_password("correct horse")


def test_hash_is_salted_and_not_plaintext(stored):
    again = passwords.hash_password("correct horse")
    assert stored != again
    assert "correct horse" not in stored
    assert stored.startswith("scrypt$")


def test_same_salt_gives_same_hash():
    salt = b"0123456789abcdef"
    assert passwords.hash_password("pw", salt=salt) == passwords.hash_password("pw", salt=salt)


@pytest.mark.parametrize("guess, ok", [
    ("correct horse", True),
    ("correct horse ", False),
    ("Correct horse", False),
    ("", False),
    ("correct", False),
])
def test_verify(stored, guess, ok):
    assert passwords.verify_password(guess, stored) is ok


@pytest.mark.parametrize("bad", [
    "", "correct horse", "plain$text", "pbkdf2$1$1$1$abc$def", "scrypt$x$8$1$abc$def",
    "scrypt$16384$8$1$abc$", "scrypt$3$8$1$@@@$###", "scrypt$99999999999$8$1$abc$def", None,
])
def test_malformed_hash_never_verifies(bad):
    assert passwords.verify_password("correct horse", bad) is False


def test_empty_password_is_refused():
    with pytest.raises(ValueError):
        passwords.hash_password("")


@pytest.mark.parametrize("stdin, rc", [("s3cret\n", 0), ("\n", 1)])
def test_cli_prints_a_verifiable_hash(stdin, rc):
    out = subprocess.run([sys.executable, "-m", "analysis", "hash-password", "--stdin"], input=stdin,
                         capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert out.returncode == rc
    if rc == 0:
        assert passwords.verify_password("s3cret", out.stdout.strip())
        assert "s3cret" not in out.stdout
    else:
        assert "empty" in out.stderr
