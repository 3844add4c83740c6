"""The corpus chooser's choices: link parameters, folders under the data roots, loading."""
from __future__ import annotations

import pytest

from ui import corpus_source as cs


@pytest.mark.parametrize("param, default, expected", [
    (None, "", cs.CorpusChoice(cs.SEED)),
    ("seed", "store", cs.CorpusChoice(cs.SEED)),
    (None, "store", cs.CorpusChoice(cs.STORE)),
    ("folder:news/2024", "", cs.CorpusChoice(cs.FOLDER, "news/2024")),
    ("folder: news ", "", cs.CorpusChoice(cs.FOLDER, "news")),
    (None, "news", cs.CorpusChoice(cs.FOLDER, "news")),  # the setting may name a folder directly
    ("upload", "", cs.CorpusChoice(cs.SEED)),  # uploads cannot come from a link
])
def test_parse_choice(param, default, expected):
    assert cs.parse_choice(param, default) == expected


@pytest.mark.parametrize("choice", [cs.CorpusChoice(cs.SEED), cs.CorpusChoice(cs.STORE),
                                    cs.CorpusChoice(cs.FOLDER, "a/b c")])
def test_shareable_choices_round_trip(choice):
    assert cs.parse_choice(choice.param) == choice


def test_uploads_have_no_link_parameter():
    assert cs.CorpusChoice(cs.UPLOAD, "x.txt").param is None


@pytest.mark.parametrize("roots, store, kinds", [
    ([], False, [cs.SEED, cs.UPLOAD]),
    (["r"], False, [cs.SEED, cs.UPLOAD, cs.FOLDER]),
    ([], True, [cs.SEED, cs.UPLOAD, cs.STORE]),
])
def test_available_kinds(roots, store, kinds):
    assert cs.available_kinds(roots=roots, store=store) == kinds


@pytest.fixture
def root(tmp_path):
    r = tmp_path / "root"
    for d in ("news/2024", "news/2025", "wire", ".hidden"):
        (r / d).mkdir(parents=True)
    (r / "news" / "2024" / "a.txt").write_text("Title\n\nBody said nothing.\n", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "s.txt").write_text("Secret\n\nNot for you.\n", encoding="utf-8")
    (r / "escape").symlink_to(tmp_path / "outside")
    return r


def test_folder_options_list_subfolders_but_not_hidden_or_escaping_ones(root):
    assert cs.folder_options([root]) == [".", "news", "news/2024", "news/2025", "wire"]


def test_load_choice_reads_a_folder_under_a_root(root):
    result = cs.load_choice(cs.CorpusChoice(cs.FOLDER, "news"), roots=[root])
    assert [a.title for a in result.articles] == ["Title"]


@pytest.mark.parametrize("relpath", ["../outside", "escape", "/etc"])
def test_load_choice_refuses_escapes_with_an_error(root, relpath):
    result = cs.load_choice(cs.CorpusChoice(cs.FOLDER, relpath), roots=[root])
    assert result.articles == [] and result.errors


def test_load_uploaded_refuses_oversized_and_binary():
    result = cs.load_uploaded([("big.txt", b"x " * 2000), ("bin.txt", b"\x00\xff" * 10),
                               ("ok.txt", b"Fine\n\nHe said hello.\n")], max_bytes=1000)
    assert [a.title for a in result.articles] == ["Fine"]
    assert {e.file for e in result.errors} == {"big.txt", "bin.txt"}
