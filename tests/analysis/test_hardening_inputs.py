"""Issue 11, items 9, 10, 16, 18: CSV formula injection, oversized searches, hidden paths under a
data root, and error messages that quote huge input."""
from __future__ import annotations

import csv
import io
import json
import os

import pandas as pd
import pytest

from analysis import loading, query
from analysis.__main__ import main

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"Carter\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\tx", "\rx"]
HARMLESS = ["Carter", "a=b", " =x", "", "'quoted", "1-2"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_that_starts_like_a_formula_is_prefixed(cell):
    table = pd.DataFrame({"speaker": [cell], "n": [1]})
    (row,) = list(csv.DictReader(io.StringIO(query.to_csv(table).decode("utf-8"), newline="")))
    assert row == {"speaker": "'" + cell, "n": "1"}
    assert json.loads(query.to_json(table)) == [{"speaker": cell, "n": 1}]  # JSON stays exact


@pytest.mark.parametrize("cell", HARMLESS)
def test_other_cells_are_written_as_they_are(cell):
    table = pd.DataFrame({"speaker": [cell], "score": [-0.5]})
    (row,) = list(csv.DictReader(io.StringIO(query.to_csv(table).decode("utf-8"), newline="")))
    assert row == {"speaker": cell, "score": "-0.5"}


def test_cli_csv_neutralises_statement_text_and_jsonl_keeps_it(tmp_path, capsys, nlp):
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\n“=HYPERLINK(1) is what we will never accept,” Foreign Minister Anna Berg said.\n",
                       encoding="utf-8")
    assert main(["analyze", str(article), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert [r["text"][:43] for r in rows] == ["'=HYPERLINK(1) is what we will never accept"]
    assert not [v for r in rows for v in r.values() if v and v[0] in "=+-@\t\r"]
    assert main(["analyze", str(article)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["quotes"][0]["text"] == rows[0]["text"][1:]


# ---------------------------------------------------------------- search

def _statements() -> pd.DataFrame:
    texts = ["Russia will help Cuba", "the deal with Russia is off", "Cuba said nothing", "no match here"]
    return pd.DataFrame({"speaker": ["A", "B", "C", "D"], "kind": "direct", "source": "s", "date": "2024-01-01",
                         "statement": texts, "sentence": texts})


@pytest.mark.parametrize("search,expected", [
    ("russia", ["Russia will help Cuba", "the deal with Russia is off"]),
    ("russia " * 40_000, ["Russia will help Cuba", "the deal with Russia is off"]),
    ("cuba russia", ["Russia will help Cuba"]),
    ('"with russia" russ', ["the deal with Russia is off"]),
    ("cuba" + " " * 600 + "nothing", ["Russia will help Cuba", "Cuba said nothing"]),  # past the cap: ignored
])
def test_search_matches_every_term(search, expected):
    assert query.filter_statements(_statements(), search=search)["statement"].tolist() == expected


def test_search_terms_are_capped_and_de_duplicated():
    terms = query.search_terms(" ".join(f"t{i}" for i in range(40_000)) + " T1 t1")
    assert len(terms) == len(set(terms)) == query.MAX_SEARCH_TERMS
    assert query.search_terms("Cuba cuba CUBA") == ["cuba"]
    assert len(" ".join(query.search_terms("word " * 10_000))) <= query.MAX_SEARCH_CHARS


def test_a_search_with_forty_thousand_terms_checks_each_row_once(monkeypatch):
    """One pass over the rows with the capped terms, not one scan of the table per term."""
    checked = []
    real = query._matches_all
    monkeypatch.setattr(query, "_matches_all", lambda t, m, terms: checked.append(len(terms)) or real(t, m, terms))
    query.filter_statements(_statements(), search=" ".join(f"w{i}" for i in range(40_000)))
    assert checked == [query.MAX_SEARCH_TERMS]


# ---------------------------------------------------------------- hidden paths under a data root

@pytest.fixture
def root(tmp_path):
    root = tmp_path / "root"
    (root / "news").mkdir(parents=True)
    (root / "news" / "a.txt").write_text("Visible\n\nAnna Berg said hello.\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("Secret\n\nrepository config\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("Secret\n\nhidden file\n", encoding="utf-8")
    (root / "news" / ".draft.txt").write_text("Secret\n\ndraft\n", encoding="utf-8")
    os.symlink(root / ".git", root / "link-to-git")
    return root


@pytest.mark.parametrize("name", [".git", ".hidden.txt", "news/.draft.txt", ".git/config.txt", "./.git",
                                  "link-to-git", "link-to-git/config.txt"])
def test_hidden_files_and_folders_are_refused_by_name(root, name):
    result = loading.load_under_roots(name, [root])
    assert result.articles == []
    (error,) = result.errors
    assert "hidden" in error.reason


@pytest.mark.parametrize("name,titles", [(".", ["Visible"]), ("news", ["Visible"]), ("news/a.txt", ["Visible"])])
def test_visible_paths_still_load_without_their_hidden_neighbours(root, name, titles):
    result = loading.load_under_roots(name, [root])
    assert [a.title for a in result.articles] == titles
    assert not [e for e in result.errors if "Secret" in e.reason]


# ---------------------------------------------------------------- error messages

def test_a_csv_header_of_a_million_columns_gives_a_short_error():
    data = ",".join(f"column{i}" for i in range(1_000_000)).encode() + b"\n"
    (error,) = loading.load_bytes("wide.csv", data).errors
    assert error.reason.startswith("no text column in the header (found: column0, column1,")
    assert len(error.reason) < 2 * loading.MAX_MESSAGE_CHARS and "more characters" in error.reason


@pytest.mark.parametrize("name", ["x" * 100_000 + ".exe", "y" * 100_000 + ".txt"])
def test_a_huge_file_name_is_capped_in_its_error(name):
    data = b"" if name.endswith(".txt") else b"MZ"
    (error,) = loading.load_uploads([(name, data)]).errors
    assert len(error.file) < 2 * loading.MAX_MESSAGE_CHARS and len(error.reason) < 2 * loading.MAX_MESSAGE_CHARS


@pytest.mark.parametrize("text,limit,expected", [
    ("short", 10, "short"), ("x" * 10, 10, "x" * 10), ("x" * 12, 10, "x" * 10 + "… (2 more characters)"),
])
def test_capped(text, limit, expected):
    assert loading.capped(text, limit) == expected
