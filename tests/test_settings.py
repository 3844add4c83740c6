"""Every setting is in `analysis.settings.SETTINGS` and documented in README.md (datasette style).

An operator configures a team server from the README alone, so a setting read anywhere in the
code but missing from the README's table is a bug, and so is a documented one nobody reads.
"""
from __future__ import annotations

import re

import pytest

from analysis import settings
from analysis.settings import PROJECT_ROOT
from ui import auth

NAME = re.compile(r"\bACTORLENS_[A-Z][A-Z0-9_]*\b")
CODE_DIRS = ("analysis", "ui", "pages", "benchmarks")
FAULT_HOOK_PREFIX = "ACTORLENS_TEST_"  # fault-injection hooks of the crash tests, not settings


def _code_files():
    files = [PROJECT_ROOT / "dashboard.py"]
    for d in CODE_DIRS:
        files += sorted((PROJECT_ROOT / d).rglob("*.py"))
    return [f for f in files if f.exists()]


def _names_in_code() -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for f in _code_files():
        for name in NAME.findall(f.read_text(encoding="utf-8")):
            if not name.startswith(FAULT_HOOK_PREFIX):
                used.setdefault(name, []).append(str(f.relative_to(PROJECT_ROOT)))
    return used


USED = _names_in_code()
README = PROJECT_ROOT / "README.md"


def _readme() -> str:
    return README.read_text(encoding="utf-8") if README.exists() else ""


def _table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("|")]


def test_the_scan_finds_settings():
    assert {"ACTORLENS_AUTH", "ACTORLENS_STORE"} <= set(USED)


@pytest.mark.parametrize("name", sorted(USED))
def test_setting_used_in_code_is_declared(name):
    assert name in settings.SETTINGS, f"{name} is read in {USED[name]} but not in analysis.settings.SETTINGS"


@pytest.mark.parametrize("name", sorted(settings.SETTINGS))
def test_declared_setting_is_used_outside_settings(name):
    users = [f for f in USED.get(name, []) if f != "analysis/settings.py"]
    assert users, f"{name} is declared but nothing reads it"


@pytest.mark.parametrize("name", sorted(settings.SETTINGS))
def test_setting_is_documented_in_a_readme_table_row(name):
    rows = _table_rows(_readme())
    assert any(re.search(rf"\b{name}\b", row) for row in rows), f"README.md has no settings table row for {name}"


@pytest.mark.parametrize("name", sorted(settings.SETTINGS))
def test_setting_has_help_and_a_string_default(name):
    s = settings.SETTINGS[name]
    assert s.name == name and NAME.fullmatch(name)
    assert isinstance(s.default, str) and len(s.help) > 10


@pytest.mark.parametrize("key", auth.SECRETS_KEYS)
def test_secrets_keys_are_documented(key):
    assert key in _readme(), f"README.md does not document the secrets key {key}"


@pytest.mark.parametrize("env, secrets, expected", [
    ({}, None, "none"),
    ({}, {"auth": "password"}, "password"),
    ({"ACTORLENS_AUTH": "oidc"}, {"auth": "password"}, "oidc"),
    ({}, {"other": 1}, "none"),
])
def test_environment_wins_over_secrets_over_default(monkeypatch, env, secrets, expected):
    monkeypatch.delenv("ACTORLENS_AUTH", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert settings.get("ACTORLENS_AUTH", secrets) == expected
