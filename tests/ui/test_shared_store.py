"""Two dashboard processes read one store while an ingest writes to it.

Each reader is a real Python process on the dashboard's read path (`ui.cache.warehouse`: a
`Warehouse` per store version and corrections version), as two servers behind one proxy would be; a third process publishes batches meanwhile. A correction one reader makes must be
visible in the other within a few seconds, and neither may ever see part of a batch. The same
for a store folder and for an `s3://` store on a local S3 server.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from analysis.settings import PROJECT_ROOT
from analysis.store import Store
from tests.analysis.test_store import write
from tests.s3_server import s3_env, s3_server  # noqa: F401

BATCHES = 4  # the writer's two-article batches, after the one seed article
PAUSE = 0.5  # seconds between two batches
FINAL = 1 + 2 * BATCHES
VISIBLE_WITHIN = 5.0  # seconds


def read_the_store(edit: bool, seconds: float) -> None:
    """A dashboard process: read as a page does, print what it shows as one JSON line per read;
    with `edit`, mark Putin "not an actor" once a few batches are in. Stops once it shows the
    corrected final store, or after `seconds`."""
    from analysis import corrections
    from analysis.store import Store
    from ui import cache

    path = Store().path
    deadline = time.monotonic() + seconds
    edited = False
    while time.monotonic() < deadline:
        wh, _, error = cache.warehouse(str(path), cache.store_version(path))
        mentions = wh.con.execute("SELECT count(*) FROM mentions x JOIN cur ON x.article_id = cur.id "
                                  "AND x.batch = cur.batch").fetchone()[0]  # the machine's rows: never part of a batch
        shown = {"t": time.time(), "articles": wh.article_count(), "mentions": mentions,
                 "putin": "Putin" in set(wh.top_actors(None)["actor"]), "error": error}
        print(json.dumps(shown), flush=True)
        if edit and not edited and shown["articles"] >= 3:
            corrections.store_file().add(corrections.new_correction("not_actor", {"actor": "Putin"}, "editor"))
            print(json.dumps({"t": time.time(), "corrected": True}), flush=True)
            edited = True
        if not shown["putin"] and shown["articles"] == FINAL:
            return
        time.sleep(0.1)


def _start(code: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
@pytest.mark.parametrize("where", ["folder", "s3"])
def test_a_correction_in_one_dashboard_process_shows_in_the_other_while_an_ingest_writes(where, tmp_path, request):
    location = str(tmp_path / "store") if where == "folder" else request.getfixturevalue("s3_env")
    write(Store(location), "seed")
    env = {**os.environ, "ACTORLENS_STORE": location, "PYTHONPATH": str(PROJECT_ROOT)}
    editor, viewer = (_start(f"from tests.ui.test_shared_store import read_the_store; "
                             f"read_the_store({edit}, 90)", env) for edit in (True, False))
    lines: dict[str, list[dict]] = {"editor": [], "viewer": []}

    def collect(name, proc):
        for line in proc.stdout:
            lines[name].append(json.loads(line))

    threads = [threading.Thread(target=collect, args=item) for item in (("editor", editor), ("viewer", viewer))]
    for t in threads:
        t.start()
    writer = None
    try:
        deadline = time.monotonic() + 60
        while not (lines["editor"] and lines["viewer"]) and time.monotonic() < deadline:
            time.sleep(0.05)  # both dashboards are up and showing the seed article
        writer = _start(f"from tests.analysis.test_store import _write_many; "
                        f"_write_many({location!r}, {BATCHES}, pause={PAUSE})", env)
        for proc in (writer, editor, viewer):
            proc.wait(120)
    finally:
        for proc in (writer, editor, viewer):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    for t in threads:
        t.join()
    for proc in (writer, editor, viewer):
        assert proc.returncode == 0, proc.stderr.read()[-3000:]
    corrected_at = next(x["t"] for x in lines["editor"] if x.get("corrected"))
    reads = {name: [x for x in rows if "articles" in x] for name, rows in lines.items()}
    for name, rows in reads.items():
        assert rows and all(x["error"] is None for x in rows), name
        assert all(x["articles"] % 2 == 1 and x["mentions"] == 2 + 3 * (x["articles"] - 1) for x in rows), name
        assert rows[-1]["articles"] == FINAL and not rows[-1]["putin"], (name, rows[-1])
    seen_at = next(x["t"] for x in reads["viewer"] if not x["putin"])
    trace = {n: [(round(x["t"] - corrected_at, 2), x["articles"], x["putin"]) for x in r] for n, r in reads.items()}
    assert seen_at - corrected_at < VISIBLE_WITHIN, trace
    assert any(x["putin"] and x["t"] < corrected_at for x in reads["viewer"])  # the viewer read before the edit
    assert len({x["articles"] for x in reads["viewer"]}) > 2  # ... and while the ingest wrote
