"""`python -m analysis analyze`: the JSON contract of ../shared/eval/README.md, CSV, errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from analysis.__main__ import main

ARTICLE = (
    "Minister speaks\n\n"
    "“We will not accept these sanctions,” Foreign Minister Anna Berg said on Monday.\n"
)


@pytest.fixture
def corpus_dir(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_jsonl_contract(capsys, corpus_dir):
    code, out, err = run(capsys, "analyze", str(corpus_dir / "a.txt"), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1
    rec = records[0]
    assert {"article", "quotes", "stances", "actors"} <= rec.keys()
    assert rec["article"]["title"] == "Minister speaks"
    quote = next(q for q in rec["quotes"] if "sanctions" in q["text"])
    assert quote["kind"] == "direct"
    assert ARTICLE[quote["start"]:quote["end"]] == quote["text"]
    for start, end in quote["spans"]:
        assert ARTICLE[start:end] in quote["text"]
    assert {"speaker", "speaker_mention", "cue"} <= quote.keys()


def test_bad_file_reported_and_rest_analysed(capsys, corpus_dir):
    code, out, err = run(capsys, "analyze", str(corpus_dir))
    assert code == 0
    assert "bad.json" in err
    assert len(out.splitlines()) == 1


def test_nothing_loadable_exits_non_zero(capsys, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(tmp_path / "empty.txt"))
    assert code != 0
    assert out == ""
    assert "empty.txt" in err


def test_csv_to_file(capsys, corpus_dir, tmp_path):
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "analyze", str(corpus_dir / "a.txt"), "--format", "csv", "--out", str(target))
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert any("sanctions" in r["text"] for r in rows)
    assert {"speaker", "kind", "cue", "start", "end"} <= rows[0].keys()


def test_module_entry_point_runs(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis", "analyze", str(tmp_path / "a.txt")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["quotes"]
