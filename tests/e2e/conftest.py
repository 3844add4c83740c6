"""Browser tests: the real Streamlit server on a free loopback port, driven by Debian's chromium.

Never downloads a browser (`playwright install` is not used): the tests run only where
/usr/bin/chromium exists (`.ci/run` installs it with apt-get) and are skipped, saying why, elsewhere.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis import passwords
from analysis.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage"]
E2E_DIR = Path(__file__).parent
HOSTILE_DIR = E2E_DIR / "hostile"
START_TIMEOUT = 180.0
ALICE_PASSWORD = "alice-e2e-pw"


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: browser test against the real server (needs /usr/bin/chromium)")


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is absent (apt-get install chromium; .ci/run does)")
    for item in items:
        if E2E_DIR in Path(str(item.fspath)).parents:
            item.add_marker(skip)


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path
    passwords: dict | None = None  # user name → password, for a server in password mode
    corpus: str = "seed"

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200 and r.read().strip() == b"ok"
    except OSError:
        return False


def start_server(workdir: Path, *, env: dict[str, str], secrets_file: Path) -> Server:
    """`streamlit run dashboard.py` from the project folder (its .streamlit/config.toml applies)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = workdir / f"server-{port}.log"
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
           "--secrets.files", str(secrets_file)]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORLENS_")}
    full_env.update(env)
    full_env["HOME"] = str(workdir / "home")  # no ~/.streamlit of the machine leaks in
    (workdir / "home").mkdir(exist_ok=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    server = Server(url, proc, log)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}:\n{server.log_tail()}")
        if _healthy(url):
            return server
        time.sleep(0.3)
    stop_server(server)
    raise RuntimeError(f"the server did not become healthy in {START_TIMEOUT:.0f} s:\n{server.log_tail()}")


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=15)


@pytest.fixture(scope="session")
def e2e_root(tmp_path_factory) -> Path:
    """A data root holding the hostile corpus, a store folder, and an empty secrets file."""
    root = tmp_path_factory.mktemp("e2e")
    corpora = root / "corpora"
    shutil.copytree(HOSTILE_DIR, corpora / "hostile")
    (root / "store").mkdir()
    (root / "no-secrets.toml").write_text("", encoding="utf-8")
    return root


def base_env(root: Path) -> dict[str, str]:
    return {
        "ACTORLENS_STORE": str(root / "store"),
        "ACTORLENS_DATA_ROOTS": str(root / "corpora"),
        "ACTORLENS_MAX_FILE_MB": "1",
    }


@pytest.fixture(scope="session")
def server(e2e_root) -> Server:
    """The app with sign-in off (a local analyst), the hostile corpus under its data root."""
    s = start_server(e2e_root, env={**base_env(e2e_root), "ACTORLENS_AUTH": "none"},
                     secrets_file=e2e_root / "no-secrets.toml")
    yield s
    stop_server(s)


@pytest.fixture(scope="session")
def password_server(e2e_root) -> Server:
    """The app in password mode: user alice (editor) in a secrets file outside the project."""
    secrets = e2e_root / "secrets.toml"
    secrets.write_text(
        '[auth]\nmode = "password"\n\n[auth.users.alice]\n'
        f'password_hash = "{passwords.hash_password(ALICE_PASSWORD)}"\nrole = "editor"\n',
        encoding="utf-8")
    workdir = e2e_root / "password"
    workdir.mkdir(exist_ok=True)
    env = {**base_env(e2e_root), "ACTORLENS_STORE": str(workdir / "store")}  # its own corrections
    s = start_server(workdir, env=env, secrets_file=secrets)
    s.passwords = {"alice": ALICE_PASSWORD}
    yield s
    stop_server(s)


SYNTHETIC_ARTICLES = 300


@pytest.fixture(scope="session")
def synthetic_server(tmp_path_factory) -> Server:
    """The app on a generated store of 300 dated articles (~3 % undated) whose actors follow a Zipf
    law (`benchmarks/make_store.py`: a few heads of state everywhere, a long tail of experts)."""
    root = tmp_path_factory.mktemp("e2e-synthetic")
    subprocess.run([sys.executable, str(PROJECT_ROOT / "benchmarks" / "make_store.py"), str(SYNTHETIC_ARTICLES),
                    str(root / "store")], check=True, capture_output=True)
    (root / "no-secrets.toml").write_text("", encoding="utf-8")
    s = start_server(root, env={"ACTORLENS_STORE": str(root / "store"), "ACTORLENS_CORPUS": "store",
                                "ACTORLENS_AUTH": "none"}, secrets_file=root / "no-secrets.toml")
    yield s
    stop_server(s)


@pytest.fixture(params=["seed", "synthetic"])
def any_server(request) -> Server:
    """Each ergonomics check on the one-article seed and on the 300-article generated store."""
    server = request.getfixturevalue("server" if request.param == "seed" else "synthetic_server")
    server.corpus = request.param
    return server


@pytest.fixture
def wide_page(browser):
    """A tab at 1440 x 1000, the size the analysts' report was made at."""
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1440, "height": 1000})
    ctx.set_default_timeout(60_000)
    pg = ctx.new_page()
    pg.dialogs, pg.page_errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.page_errors.append(str(e)))
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def context(browser, tmp_path):
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1500, "height": 1000})
    ctx.set_default_timeout(60_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    """A tab that records dialogs and page errors, so a test can assert that none happened."""
    pg = context.new_page()
    pg.dialogs = []
    pg.page_errors = []

    def on_dialog(d):
        pg.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda e: pg.page_errors.append(str(e)))
    return pg
