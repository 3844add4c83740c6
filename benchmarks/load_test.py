"""Load test: N concurrent sessions open ActorLens pages on loopback for a bounded time.

Starts the real server (`streamlit run dashboard.py`) on a free 127.0.0.1 port, unless --url
names one already running (loopback only). Two kinds of client:

* ``--client ws`` (default): N websocket clients speaking Streamlit's own protocol, as the
  browser does: each is one session that moves from page to page (a rerun with the page's
  name); a page time is from the request until the server reports the script run finished,
  so it measures the server alone, not the browser drawing the page.
* ``--client browser``: N Playwright contexts in Debian's chromium (never a downloaded
  browser); a page time is from navigation until the run is over and the page is drawn. On a
  small machine the browsers themselves take most of the CPU.

Prints page-time p50/p95/max, pages per second, errors (exception elements, failed runs, wrong
pages, browser errors, timeouts) and the server's peak RSS. Each session first visits every page
once (warm caches) before the clock starts.

    .venv/bin/python benchmarks/load_test.py --sessions 20 --duration 60
    .venv/bin/python benchmarks/load_test.py --sessions 20 --duration 60 --client browser
"""
from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
PAGES = ["", "Articles", "Who_said_what", "Relations", "Said_about", "Timelines", "Actors", "Corrections"]
THINK = 0.0  # mean seconds a user looks at a page before the next (--think)
RAMP = 0.0  # browser sessions start spread over this many seconds (--ramp)
SESSIONS = 1
IDLE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return false;
    const busy = document.querySelectorAll('[data-testid="stSkeleton"], [data-stale="true"]').length;
    return app.getAttribute('data-test-script-state') === 'notRunning'
        && app.getAttribute('data-test-connection-state') === 'CONNECTED' && busy === 0
        && document.querySelector('[data-testid="stMain"] h1, [data-testid="stException"]') !== null;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def start_server(workdir: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    secrets = workdir / "no-secrets.toml"
    secrets.write_text("")
    log = open(workdir / "server.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false", "--secrets.files", str(secrets)],
        cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited ({proc.returncode}); see {workdir / 'server.log'}")
        if healthy(url):
            return proc, url
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the server did not become healthy in 180 s")


def assert_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise SystemExit(f"refusing to load-test {host!r}: loopback addresses only")


class RssSampler(threading.Thread):
    """Peak resident memory of the server process and its children, sampled every 0.5 s."""

    def __init__(self, pid: int | None):
        super().__init__(daemon=True)
        self.pid, self.peak, self._stop = pid, 0, threading.Event()

    def run(self):
        if not self.pid:
            return
        import psutil

        proc = psutil.Process(self.pid)
        while not self._stop.wait(0.5):
            try:
                rss = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
            except psutil.Error:
                return
            self.peak = max(self.peak, rss)

    def stop(self):
        self._stop.set()


async def session(n: int, browser, url: str, query: str, until: float, timeout: float, results: list,
                  errors: list, pages: int = 0):
    """Open pages until `until` (or, with `pages`, exactly that many pages)."""
    if n > 0 and RAMP:
        await asyncio.sleep(RAMP * n / SESSIONS)
    ctx = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await ctx.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda e: page_errors.append(str(e)))
    page.on("dialog", lambda d: asyncio.ensure_future(d.dismiss()))
    rng = random.Random(n)
    order = PAGES[:]
    rng.shuffle(order)
    i = 0
    try:
        while (i < pages) if pages else (time.monotonic() < until):
            path = order[i % len(order)]
            i += 1
            target = f"{url}/{path}" + (f"?{query}" if query else "")
            t0 = time.monotonic()
            try:
                await page.goto(target, timeout=timeout * 1000, wait_until="commit")
                await page.wait_for_function(IDLE_JS, timeout=timeout * 1000, polling=100)
            except Exception as e:  # a timeout or a dropped connection counts as an error
                errors.append(f"session {n} /{path}: {type(e).__name__}: {str(e).splitlines()[0]}")
                continue
            elapsed = time.monotonic() - t0
            if await page.locator('[data-testid="stException"]').count():
                errors.append(f"session {n} /{path}: exception box")
            if page_errors:
                errors.append(f"session {n} /{path}: browser error {page_errors[-1]}")
                page_errors.clear()
            results.append((path or "Overview", elapsed))
            if THINK and not pages:
                await asyncio.sleep(THINK * (0.5 + rng.random()))
    finally:
        await ctx.close()


async def ws_session(n: int, url: str, query: str, until: float, timeout: float, results: list, errors: list,
                     pages: int = 0):
    """One session over Streamlit's websocket: a rerun per page, like clicking the sidebar."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    rng = random.Random(n)
    order = PAGES[:]
    rng.shuffle(order)
    hashes: dict[str, str] = {}
    stream = url.replace("http://", "ws://", 1) + "/_stcore/stream"
    async with websockets.connect(stream, subprotocols=["streamlit"], max_size=2**28) as ws:
        i = 0
        while (i < pages) if pages else (time.monotonic() < until):
            path = order[i % len(order)]
            i += 1
            msg = BackMsg()
            msg.rerun_script.query_string = query
            msg.rerun_script.page_name = path
            msg.rerun_script.page_script_hash = hashes.get(path, "")
            t0 = time.monotonic()
            await ws.send(msg.SerializeToString())
            current, exceptions, status = None, 0, None
            try:
                while status is None:
                    fm = ForwardMsg()
                    fm.ParseFromString(await asyncio.wait_for(ws.recv(), timeout))
                    kind = fm.WhichOneof("type")
                    if kind == "navigation":
                        hashes.update({p.url_pathname: p.page_script_hash for p in fm.navigation.app_pages})
                        current = fm.navigation.page_script_hash
                    elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                        exceptions += fm.delta.new_element.WhichOneof("type") == "exception"
                    elif kind == "page_not_found":
                        status = -1
                    elif kind == "script_finished":
                        status = fm.script_finished
            except (asyncio.TimeoutError, websockets.ConnectionClosed) as e:
                errors.append(f"session {n} /{path}: {type(e).__name__}")
                return
            elapsed = time.monotonic() - t0
            if status != ForwardMsg.FINISHED_SUCCESSFULLY:
                errors.append(f"session {n} /{path}: run ended with status {status}")
            elif exceptions:
                errors.append(f"session {n} /{path}: {exceptions} exception element(s)")
            elif path in hashes and current != hashes[path]:
                errors.append(f"session {n} /{path}: the server ran another page")
            else:
                results.append((path or "Overview", elapsed))
            if THINK and not pages:
                await asyncio.sleep(THINK * (0.5 + rng.random()))


async def run_ws(url: str, sessions: int, duration: float, query: str, timeout: float):
    await ws_session(-1, url, query, 0, 180, [], [], pages=len(PAGES))  # load the model, fill caches
    results, errors = [], []
    until = time.monotonic() + duration
    t0 = time.monotonic()
    await asyncio.gather(*(ws_session(n, url, query, until, timeout, results, errors) for n in range(sessions)))
    return results, errors, time.monotonic() - t0


async def run(url: str, sessions: int, duration: float, query: str, timeout: float):
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            # warm-up: one session visits every page once (model loaded, corpus analysed, caches
            # filled) before the clock starts
            warm: list = []
            await session(-1, browser, url, query, time.monotonic() + 1, 180, warm, [], pages=len(PAGES))
            results, errors = [], []
            until = time.monotonic() + duration
            t0 = time.monotonic()
            await asyncio.gather(*(session(n, browser, url, query, until, timeout, results, errors)
                                   for n in range(sessions)))
            wall = time.monotonic() - t0
        finally:
            await browser.close()
    return results, errors, wall


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load after the warm-up")
    ap.add_argument("--url", help="a running server on loopback (default: start one)")
    ap.add_argument("--corpus", default="", help="corpus query parameter, e.g. folder:news (default: the seed)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a page load counts as an error")
    ap.add_argument("--client", choices=["ws", "browser"], default="ws")
    ap.add_argument("--ramp", type=float, default=10.0, help="browser sessions start over this many seconds")
    ap.add_argument("--think", type=float, default=0.0,
                    help="mean seconds between pages per session (0: back to back, a stress test)")
    args = ap.parse_args(argv)
    global THINK, RAMP, SESSIONS
    THINK, RAMP, SESSIONS = args.think, args.ramp, max(1, args.sessions)
    if args.client == "browser" and not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is absent: apt-get install chromium")
    proc = None
    with tempfile.TemporaryDirectory(prefix="actorlens-load-") as tmp:
        if args.url:
            assert_loopback(args.url)
            url = args.url.rstrip("/")
        else:
            env = {"ACTORLENS_AUTH": "none", "ACTORLENS_STORE": str(Path(tmp) / "store"), "HOME": tmp}
            proc, url = start_server(Path(tmp), env)
        sampler = RssSampler(proc.pid if proc else None)
        sampler.start()
        try:
            query = f"corpus={args.corpus}" if args.corpus else ""
            runner = run_ws if args.client == "ws" else run
            results, errors, wall = asyncio.run(runner(url, args.sessions, args.duration, query, args.timeout))
        finally:
            sampler.stop()
            if proc:
                proc.terminate()
                proc.wait(timeout=30)
    times = sorted(t for _, t in results)
    print(f"{args.client} clients {args.sessions}, think {args.think:g} s, {wall:.0f} s of load, {len(times)} pages ({len(times) / wall:.1f}/s), "
          f"errors {len(errors)}")
    print(f"page time p50 {percentile(times, 50):.2f} s, p95 {percentile(times, 95):.2f} s, "
          f"max {max(times, default=float('nan')):.2f} s")
    by_page: dict[str, list[float]] = {}
    for name, t in results:
        by_page.setdefault(name, []).append(t)
    for name in sorted(by_page):
        ts = sorted(by_page[name])
        print(f"  {name:<14} n={len(ts):<4} p50 {percentile(ts, 50):.2f} s  p95 {percentile(ts, 95):.2f} s")
    if proc:
        print(f"server peak RSS {sampler.peak / 2**20:.0f} MB")
    for e in errors[:20]:
        print("error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
