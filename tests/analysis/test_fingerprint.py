import shutil

import pytest

import analysis.types
from analysis import fingerprint, lexicon
from analysis.store import Store, article_key
from analysis.types import Article


@pytest.fixture
def lexicon_copy(tmp_path, monkeypatch):
    """The lexicon folder copied aside, so a test can edit an entry."""
    folder = tmp_path / "lexicons"
    shutil.copytree(lexicon.LEXICON_DIR, folder)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", folder)
    return folder


@pytest.fixture
def code_copy(tmp_path, monkeypatch):
    folder = tmp_path / "analysis"
    folder.mkdir()
    for m in fingerprint.RULE_MODULES:
        shutil.copy(fingerprint.PACKAGE_DIR / f"{m}.py", folder)
    monkeypatch.setattr(fingerprint, "PACKAGE_DIR", folder)
    return folder


def test_the_same_analysis_gives_the_same_fingerprint():
    assert fingerprint.current("m") == fingerprint.current("m")
    assert len(fingerprint.current("m")) == 16


@pytest.mark.parametrize("edit", [
    lambda folder: (folder / "added.txt").write_text("a new word list\n", encoding="utf-8"),
    lambda folder: (folder / "news_valence.tsv").write_text(
        (folder / "news_valence.tsv").read_text(encoding="utf-8") + "zzqword\t-1\n", encoding="utf-8"),
    lambda folder: (folder / "news_valence.tsv").unlink(),
], ids=["file added", "entry added", "file removed"])
def test_a_lexicon_change_changes_the_fingerprint(lexicon_copy, edit):
    before = fingerprint.current("m")
    edit(lexicon_copy)
    assert fingerprint.current("m") != before


def test_a_rule_code_change_changes_the_fingerprint(code_copy):
    before = fingerprint.current("m")
    (code_copy / "quotes.py").write_text((code_copy / "quotes.py").read_text() + "\n# changed\n")
    assert fingerprint.current("m") != before


@pytest.mark.parametrize("name,before,after,changes", [
    ("ACTORLENS_METONYMS", "1", "0", True),
    ("ACTORLENS_METONYMS", "1", "true", False),  # the same analysis, spelt another way
    ("ACTORLENS_ALIASES", "", "{aliases}", True),
    ("ACTORLENS_BATCH_SIZE", "16", "64", False),  # memory against speed: same rows
    ("ACTORLENS_MAX_FILE_MB", "20", "5", False),
])
def test_settings_that_change_output_change_the_fingerprint(monkeypatch, tmp_path, name, before, after, changes):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Big Co\tBig Company Ltd\torganisation\n", encoding="utf-8")
    monkeypatch.setenv(name, before.format(aliases=aliases))
    first = fingerprint.current("m")
    monkeypatch.setenv(name, after.format(aliases=aliases))
    assert (fingerprint.current("m") != first) is changes


def test_editing_the_alias_table_changes_the_fingerprint(monkeypatch, tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Big Co\tBig Company Ltd\torganisation\n", encoding="utf-8")
    monkeypatch.setenv("ACTORLENS_ALIASES", str(aliases))
    first = fingerprint.current("m")
    aliases.write_text("Big Co\tBig Company Limited\torganisation\n", encoding="utf-8")
    assert fingerprint.current("m") != first


def test_model_and_analysis_version_are_in_the_fingerprint(monkeypatch):
    first = fingerprint.current("m")
    assert fingerprint.current("n") != first
    monkeypatch.setattr(analysis.types, "ANALYSIS_VERSION", "next")
    assert fingerprint.current("m") != first


def test_a_model_folder_is_versioned_by_its_meta(tmp_path):
    (tmp_path / "meta.json").write_text('{"name": "core_x", "version": "1.0"}', encoding="utf-8")
    first = fingerprint.model_version(str(tmp_path))
    assert first.startswith("core_x-1.0")


def test_the_store_key_carries_the_fingerprint(lexicon_copy):
    a = Article("a1", "Text")
    before = article_key(a, "m")
    assert before.split(":")[1] == fingerprint.current("m")
    (lexicon_copy / "added.txt").write_text("word\n", encoding="utf-8")
    assert article_key(a, "m") != before


def _rows(aid):
    return {"articles": [{"id": aid, "text": "t", "title": aid, "date": "", "source": "", "url": "",
                          "author": "", "path": "", "n_words": 1}]}


def test_a_lexicon_change_marks_stored_rows_outdated(tmp_path, lexicon_copy):
    store = Store(tmp_path / "store")
    a = Article("a1", "t", "a1")
    store.write_batch(_rows("a1"), [article_key(a, "m")], model="m")
    assert store.stats().outdated == 1  # the store was written with model "m", not the running one
    store.write_batch(_rows("a1"), [article_key(a, fingerprint.resolved_model())])
    assert store.stats().outdated == 0 and store.freshness().current == 1
    (lexicon_copy / "added.txt").write_text("word\n", encoding="utf-8")
    assert store.stats().outdated == 1
    assert [x.id for x in store.stored_articles(outdated_only=True)] == ["a1"]
