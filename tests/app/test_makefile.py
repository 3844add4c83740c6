"""`make dashboard` installs only what the dashboard needs and serves where the README says."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from analysis.settings import PROJECT_ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def make_dry_run(*args: str) -> str:
    """The commands `make` would run, every target treated as out of date (-B), none run (-n)."""
    return subprocess.run(["make", "-n", "-B", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("args, port, address", [
    ((), "8501", "localhost"),
    (("PORT=8600",), "8600", "localhost"),
    (("PORT=9000", "ADDRESS=0.0.0.0"), "9000", "0.0.0.0"),
])
def test_dashboard_serves_on_the_port_and_address_asked_for(args, port, address):
    out = make_dry_run("dashboard", *args)
    assert f"streamlit run dashboard.py --server.port {port} --server.address {address}" in out


def test_dashboard_installs_no_test_tools():
    out = make_dry_run("dashboard")
    assert "-r requirements.txt" in out and "requirements-dev" not in out
    runtime = (PROJECT_ROOT / "requirements.txt").read_text().lower()
    assert not any(tool in runtime for tool in ("pytest", "playwright"))


def test_make_test_adds_the_test_tools():
    assert "-r requirements-dev.txt" in make_dry_run("test")


def test_readme_says_where_the_dashboard_opens():
    readme = (PROJECT_ROOT / "README.md").read_text()
    assert "http://localhost:8501" in readme and "make dashboard PORT=" in readme and "ADDRESS=0.0.0.0" in readme
