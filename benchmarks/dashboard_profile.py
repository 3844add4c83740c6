"""Which warehouse queries a dashboard page runs, and what each costs (CPU seconds).

    .venv/bin/python benchmarks/dashboard_profile.py --store DIR [--only overview,articles,relations,said,timelines]

Drives the pages as `benchmarks/dashboard_bench.py` does (the very first render of the process,
then per page a first render, its filter change and the shared date from 2024-01-01) in this
process, with every `Warehouse` method timed; prints each step's CPU seconds and the warehouse
calls of 0.02 s or more inside it, nested calls indented. Prints figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import inspect
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dashboard_bench as bench  # noqa: E402

from analysis import warehouse  # noqa: E402

CALLS: list[tuple[int, str, float]] = []
_DEPTH = [0]


def _timed(name: str, method):
    @functools.wraps(method)
    def run(*args, **kwargs):
        _DEPTH[0] += 1
        start = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            CALLS.append((_DEPTH[0], name, time.process_time() - start))
            _DEPTH[0] -= 1
    return run


def step(label: str, action) -> None:
    CALLS.clear()
    start, wall = time.process_time(), time.perf_counter()
    action()
    print(f"{label}: {time.process_time() - start:.2f} s CPU ({time.perf_counter() - wall:.2f} s wall)")
    for depth, name, cpu in sorted(CALLS, key=lambda c: -c[2]):
        if cpu >= 0.02 and depth <= 3:
            print(f"    {'  ' * (depth - 1)}{name}: {cpu:.3f}")


def date_from(at) -> None:
    at.date_input(key="from").set_value(dt.date(2024, 1, 1)).run()


PAGES = {"overview": (None, bench._top_source), "articles": ("pages/1_Articles.py", bench._other_article),
         "relations": ("pages/3_Relations.py", bench._min_weight),
         "said": ("pages/4_Said_about.py", bench._pair), "timelines": ("pages/5_Timelines.py", bench._actors)}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", type=Path, required=True)
    p.add_argument("--only", default=",".join(PAGES), help="pages, comma-separated: " + ", ".join(PAGES))
    args = p.parse_args(argv)
    for name, method in list(vars(warehouse.Warehouse).items()):
        if inspect.isfunction(method):
            setattr(warehouse.Warehouse, name, _timed(name, method))
    bench.use_store(args.store)
    bench.quiet_streamlit()
    step("very first render (dashboard.py)", bench.new_app(None).run)
    for name in args.only.split(","):
        page, change = PAGES[name]
        at = bench.new_app(page)
        step(f"{name}: first render", at.run)
        label, action = change(at)
        step(f"{name}: {label}", action)
        if page is not None:
            at = bench.new_app(page)
            at.run()
            step(f"{name}: shared date from 2024-01-01", lambda: date_from(at))
    return 0


if __name__ == "__main__":
    sys.exit(main())
