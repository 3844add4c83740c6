"""Dashboard page times and memory on a generated store (issue 4 targets).

    .venv/bin/python benchmarks/dashboard_bench.py [--articles 10000] [--store DIR] [--no-fresh]

Builds the store with `benchmarks/make_store.py` (reused when DIR already holds a store), points
the dashboard at it (ACTORLENS_STORE=DIR, ACTORLENS_CORPUS=store) and runs every page through
`streamlit.testing.v1.AppTest`, in this process as the server would:

- fresh process: for each page, a child process whose very first render is that page, so the
  time includes importing the page's modules and opening the store's warehouse (`ui.cache.warehouse`;
  the statement index comes from the store's cache once a process has built it) (`--no-fresh`
  skips these);
- first render: a new AppTest (a new session) per page once the warehouse is open — what an
  analyst sees when navigating; the page's own queries (`ui.cache.ask`) are cold unless an
  earlier page asked the same (the sidebar's counts, the Overview's at the very first render);
- filter change: one widget set on the page just rendered, then `.run()` again.

st.cache_* is process-wide, so the order matters: pages run in the order listed. RSS is this
process's (AppTest runs the scripts in it); peak is `ru_maxrss`. Every time is printed as wall
and CPU seconds: on a machine shared with other work the wall time is inflated, and the CPU time
(this process, all threads) is the better estimate of an idle server. Prints figures, asserts
nothing. Targets: first render < 2 s, filter change < 0.5 s, server RSS < 1.5 GB.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAIN = ROOT / "dashboard.py"
PAGES = [None] + sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
FIRST_RENDER_TARGET_S, FILTER_TARGET_S, RSS_TARGET_MB = 2.0, 0.5, 1536


@dataclass
class Timing:
    page: str
    first_s: float | None = None
    first_cpu: float | None = None
    change: str = ""
    change_s: float | None = None
    change_cpu: float | None = None
    error: str = ""


def page_name(page: str | None) -> str:
    return "dashboard.py" if page is None else Path(page).name


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def quiet_streamlit() -> None:
    """AppTest outside `streamlit run` logs a harmless 'missing ScriptRunContext' per cache call."""
    import logging

    from streamlit.logger import get_logger

    class NoBareModeNoise(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            return "missing ScriptRunContext" not in record.getMessage()

    get_logger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(NoBareModeNoise())


def use_store(store: Path) -> None:
    os.environ["ACTORLENS_STORE"] = str(store)
    os.environ["ACTORLENS_CORPUS"] = "store"
    os.environ["ACTORLENS_AUTH"] = "none"


def ensure_store(store: Path, n_articles: int) -> None:
    if (store / "STORE.json").exists():
        print(f"reusing the store in {store}")
        return
    print(f"generating {n_articles:,} articles into {store} …", flush=True)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_store.py"), str(n_articles), str(store)],
                   check=True)


def new_app(page: str | None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(MAIN), default_timeout=600)
    if page:
        at.switch_page(page)
    return at


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of `fn()`: CPU time stays honest when other processes share the cores."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def failure(at) -> str:
    if at.exception:
        return "; ".join(str(e.message)[:120] for e in at.exception)
    return ""


# --- one filter change per page: (label, action on the rendered AppTest) ------------------------

def _table(at, *columns):
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def _top_source(at):
    box = at.multiselect(key="source")
    return "source = one outlet", lambda: box.set_value([box.options[0]]).run()


def _other_article(at):
    box = at.selectbox(key="article_select")
    return "another article", lambda: box.set_value(box.options[len(box.options) // 2]).run()


def _speaker(at):
    top = _table(at, "speaker")["speaker"].value_counts().index[0]
    return f"speaker = {top} (most quoted)", lambda: at.multiselect(key="speaker").set_value([top]).run()


def _min_weight(at):
    return "min weight 1 → 3", lambda: at.slider(key="min_weight").set_value(3).run()


def _pair(at):
    pairs = _table(at, "source", "target", "count")
    source, target = pairs.iloc[0][["source", "target"]]

    def change():
        at.selectbox(key="speaker").set_value(source)
        at.selectbox(key="target").set_value(target).run()

    return f"pair {source} → {target}", change


def _actors(at):
    box = at.multiselect(key="actor")
    return "actors = ranks 4-6", lambda: box.set_value(list(box.options[3:6])).run()


def _actor(at):
    box = at.selectbox(key="actor")
    return "actor = rank 2", lambda: box.set_value(box.options[1]).run()


CHANGES = {"dashboard.py": _top_source, "1_Articles.py": _other_article, "2_Who_said_what.py": _speaker,
           "3_Relations.py": _min_weight, "4_Said_about.py": _pair, "5_Timelines.py": _actors,
           "6_Actors.py": _actor}


def extra_changes() -> list[tuple[str | None, str, Callable]]:
    """Changes beyond the one per page: the shared date filter (every page recomputes on it)."""
    def date_from(at):
        at.date_input(key="from").set_value(dt.date(2024, 1, 1)).run()

    def kind(at):
        at.multiselect(key="kind").set_value(["direct"]).run()

    def search(at):
        at.text_input(key="q").set_value("sanctions").run()

    return [("pages/2_Who_said_what.py", "kind = direct", kind),
            ("pages/2_Who_said_what.py", "search 'sanctions'", search),
            ("pages/3_Relations.py", "shared date from 2024-01-01", date_from),
            ("pages/5_Timelines.py", "shared date from 2024-01-01", date_from),
            ("pages/6_Actors.py", "shared date from 2024-01-01", date_from)]


def measure_page(page: str | None) -> Timing:
    name = page_name(page)
    timing = Timing(name)
    at = new_app(page)
    timing.first_s, timing.first_cpu = timed(at.run)
    timing.error = failure(at)
    if timing.error or name not in CHANGES:
        return timing
    try:
        timing.change, change = CHANGES[name](at)
        timing.change_s, timing.change_cpu = timed(change)
        timing.error = failure(at)
    except Exception as exc:  # a widget that moved: report it, keep measuring the other pages
        timing.error = f"{type(exc).__name__}: {exc}"[:160]
    return timing


def measure_extra(page: str, label: str, action: Callable) -> Timing:
    at = new_app(page)
    at.run()
    timing = Timing(page_name(page), change=label)
    try:
        timing.change_s, timing.change_cpu = timed(lambda: action(at))
        timing.error = failure(at)
    except Exception as exc:
        timing.error = f"{type(exc).__name__}: {exc}"[:160]
    return timing


def fresh_first_render(page: str | None, store: Path) -> tuple[float | None, float | None, float | None, str]:
    """Very first render of `page` in a new process (store read included): wall s, CPU s, peak RSS MB, error."""
    out = subprocess.run([sys.executable, __file__, "--store", str(store), "--one", page or "dashboard"],
                         capture_output=True, text=True)
    try:
        r = json.loads(out.stdout.strip().splitlines()[-1])
        return r["seconds"], r["cpu"], r["peak_mb"], r["error"]
    except (IndexError, ValueError, KeyError):
        return None, None, None, (out.stderr.strip().splitlines() or ["no output"])[-1][:160]


def cell(wall: float | None, cpu: float | None, target: float) -> str:
    """`wall/cpu` seconds and the verdict on each (`ok`/`MISS`), wall first."""
    if wall is None:
        return "–"
    verdict = "/".join("ok" if x < target else "MISS" for x in (wall, cpu))
    return f"{wall:5.2f}/{cpu:5.2f} {verdict:<9}"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--store", type=Path, help="store folder (default: /tmp/actorlens-bench-store-N)")
    p.add_argument("--no-fresh", action="store_true", help="skip the per-page fresh-process renders")
    p.add_argument("--one", help=argparse.SUPPRESS)  # child mode: first render of one page, JSON out
    args = p.parse_args(argv)
    store = args.store or Path(f"/tmp/actorlens-bench-store-{args.articles}")
    use_store(store)
    quiet_streamlit()

    if args.one:
        page = None if args.one == "dashboard" else args.one
        at = new_app(page)
        seconds, cpu = timed(at.run)
        print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_rss_mb(), "error": failure(at)}))
        return 0

    ensure_store(store, args.articles)
    from analysis.store import Store

    stats = Store(store).stats()
    print(f"store {store}: {stats.articles:,} articles, "
          + ", ".join(f"{t} {n:,}" for t, n in stats.rows.items()) + f"; {stats.bytes / 2**20:.0f} MB")

    fresh = {}
    if not args.no_fresh:
        for page in PAGES:
            fresh[page_name(page)] = fresh_first_render(page, store)

    rss_start = rss_mb()
    at = new_app(None)
    very_first = timed(at.run)
    very_first_error = failure(at)
    rss_loaded = rss_mb()
    timings = [measure_page(page) for page in PAGES]
    extras = [measure_extra(page, label, action) for page, label, action in extra_changes()]
    rss_end = rss_mb()

    print()
    print("Very first render in this process (dashboard.py; warehouse opened, modules already imported): "
          f"{cell(*very_first, FIRST_RENDER_TARGET_S)} s wall/CPU"
          + (f"  ERROR {very_first_error}" if very_first_error else ""))
    print(f"Targets: first render < {FIRST_RENDER_TARGET_S:g} s, filter change < {FILTER_TARGET_S:g} s, "
          f"RSS < {RSS_TARGET_MB / 1024:g} GB. Cells: wall/CPU seconds, then the verdict on each.")
    print()
    head = f"{'page':<20} {'fresh process':<25} {'first render':<25} {'filter change':<25} change"
    print(head)
    print("-" * (len(head) + 30))
    for t in timings:
        f_wall, f_cpu, _, f_err = fresh.get(t.page, (None, None, None, ""))
        print(f"{t.page:<20} {cell(f_wall, f_cpu, FIRST_RENDER_TARGET_S):<25} "
              f"{cell(t.first_s, t.first_cpu, FIRST_RENDER_TARGET_S):<25} "
              f"{cell(t.change_s, t.change_cpu, FILTER_TARGET_S):<25} {t.change}")
        for err in (f_err, t.error):
            if err:
                print(f"{'':<20} ERROR {err}")
    for t in extras:
        print(f"{t.page:<20} {'':<25} {'':<25} {cell(t.change_s, t.change_cpu, FILTER_TARGET_S):<25} {t.change}")
        if t.error:
            print(f"{'':<20} ERROR {t.error}")
    print()
    if fresh:
        worst = max((v[2] for v in fresh.values() if v[2] is not None), default=0)
        print(f"Fresh process, one page: peak RSS {worst:.0f} MB at most")
    peak = peak_rss_mb()
    print(f"RSS: {rss_start:.0f} MB before, {rss_loaded:.0f} MB with the warehouse open, {rss_end:.0f} MB after all "
          f"pages; peak {peak:.0f} MB (target < {RSS_TARGET_MB} MB: {'ok' if peak < RSS_TARGET_MB else 'MISS'})")
    load = os.getloadavg()[0]
    print(f"load average while measuring: {load:.1f} on {os.cpu_count()} CPUs"
          + ("  (busy machine: wall times are inflated; CPU seconds approximate an idle machine)"
             if load > (os.cpu_count() or 1) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
