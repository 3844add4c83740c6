"""Issue 11, items 3 and 14: the dashboard's analysis worker reports a stalled article and goes
on; worker processes of an ingest or a server end when their parent is killed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from analysis import worker
from analysis.types import Article

PROJECT = Path(__file__).resolve().parents[2]
QUOTE = "“We will not accept these sanctions,” Foreign Minister Anna Berg said on Monday."


@pytest.fixture
def fresh_workers():
    """No warm worker from another test (it would have another environment)."""
    def clear():
        while worker._idle:
            worker._idle.pop().stop()
    clear()
    yield
    clear()


def _descendants_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return []
        time.sleep(0.2)
    return alive


@pytest.mark.slow
def test_a_stalled_article_is_that_articles_error_and_the_rest_are_analysed(monkeypatch, fresh_workers):
    monkeypatch.setenv("ACTORLENS_TEST_STALL_ON", "STALL-HERE")
    articles = [Article("a", QUOTE, path="a.txt"), Article("b", f"STALL-HERE {QUOTE}", path="b.txt"),
                Article("c", QUOTE.replace("Anna Berg", "Pedro Ruiz"), path="c.txt")]
    progress = []
    result = worker.analyze_corpus_isolated(articles, timeout=5, on_progress=progress.append)
    assert result.articles["id"].tolist() == ["a", "c"]
    assert sorted(result.statements["speaker"]) == ["Anna Berg", "Pedro Ruiz"]
    (error,) = result.errors.to_dict("records")
    assert error["file"] == "b.txt" and "longer than 5 s" in error["reason"]
    assert progress == [1, 2, 3]
    again = worker.analyze_corpus_isolated(articles[:1], timeout=5)  # the replaced worker serves on
    assert again.articles["id"].tolist() == ["a"] and again.errors.empty


@pytest.mark.slow
def test_ingest_workers_end_when_the_ingest_is_killed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"{i}.txt").write_text(f"Article {i}\n\n{QUOTE} Talks number {i} went on.\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-m", "analysis", "ingest", str(corpus), "--store",
                               str(tmp_path / "store"), "--workers", "2", "--batch-size", "2"],
                              cwd=PROJECT, env={**os.environ, "PYTHONPATH": str(PROJECT)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and parent.poll() is None:
            workers = [c.pid for c in psutil.Process(parent.pid).children(recursive=True)
                       if "resource_tracker" not in " ".join(c.cmdline())]
            if len(workers) >= 2:
                break
            time.sleep(0.1)
        assert parent.poll() is None and len(workers) >= 2, "the workers did not start"
        children = [c.pid for c in psutil.Process(parent.pid).children(recursive=True)]
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert _descendants_gone(children, 15) == []
    finally:
        if parent.poll() is None:
            parent.kill()


@pytest.mark.slow
def test_the_analysis_worker_ends_when_the_server_is_killed_mid_article():
    script = ("import time; from analysis import worker; from analysis.types import Article; "
              "w = worker._take(''); w.conn.send(([Article('x', 'STALL-HERE')], True, 16)); "
              "print(w.process.pid, flush=True); time.sleep(600)")
    server = subprocess.Popen([sys.executable, "-c", script], cwd=PROJECT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(PROJECT), "ACTORLENS_TEST_STALL_ON": "STALL-HERE"})
    try:
        worker_pid = int(server.stdout.readline())
        time.sleep(1)  # the worker is now inside the stalled article
        assert psutil.pid_exists(worker_pid)
        server.send_signal(signal.SIGKILL)
        server.wait()
        assert _descendants_gone([worker_pid], 15) == []
    finally:
        if server.poll() is None:
            server.kill()


@pytest.mark.slow
def test_the_isolated_ingest_engine_stores_what_the_local_one_does_and_reports_a_stall(
        tmp_path, monkeypatch, fresh_workers):
    from analysis.ingest import ingest_articles
    from analysis.store import Store

    monkeypatch.setenv("ACTORLENS_TEST_STALL_ON", "STALL-HERE")
    articles = [Article("a", QUOTE, path="a.txt"), Article("b", f"STALL-HERE {QUOTE}", path="b.txt"),
                Article("c", QUOTE.replace("Anna Berg", "Pedro Ruiz"), path="c.txt")]
    monkeypatch.setenv("ACTORLENS_ARTICLE_TIMEOUT", "5")
    isolated = ingest_articles(articles, Store(tmp_path / "isolated"), engine="isolated")
    local = ingest_articles([articles[0], articles[2]], Store(tmp_path / "local"))
    assert (isolated.new, [w for w, _ in isolated.failed]) == (2, ["b.txt"])
    a, b = Store(tmp_path / "isolated").load(), Store(tmp_path / "local").load()
    for table in ("articles", "statements", "actors", "mentions"):
        assert a.tables()[table].drop(columns=["path"], errors="ignore").to_dict("records") == \
            b.tables()[table].drop(columns=["path"], errors="ignore").to_dict("records")
