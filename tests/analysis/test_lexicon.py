"""The lexicon loader: comments and blanks skipped, cached, missing files named."""
import pytest

from analysis import lexicon


@pytest.fixture()
def lexdir(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    for fn in (lexicon.words, lexicon.table, lexicon.mapping):
        fn.cache_clear()
    yield tmp_path
    for fn in (lexicon.words, lexicon.table, lexicon.mapping):
        fn.cache_clear()


def test_words_skip_comments_and_blank_lines(lexdir):
    (lexdir / "w.txt").write_text("# header\nSay\n\n  tell \n# note\n", encoding="utf-8")
    assert lexicon.words("w.txt") == {"say", "tell"}
    assert lexicon.words("w.txt", lower=False) == {"Say", "tell"}


@pytest.mark.parametrize("text, expected", [
    ("US\tUnited States\n", {"us": "United States"}),
    ("# c\nUK\tUnited Kingdom\tcountry\n", {"uk": "United Kingdom"}),
    ("lonely\nA\tB\n", {"a": "B"}),
])
def test_mapping_reads_first_two_columns(lexdir, text, expected):
    (lexdir / "m.tsv").write_text(text, encoding="utf-8")
    assert lexicon.mapping("m.tsv") == expected


def test_missing_lexicon_is_named(lexdir):
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        lexicon.words("nope.txt")


def test_shipped_lexicons_are_listed():
    names = [p.name for p in lexicon.files()]
    assert "news_valence.tsv" in names and names == sorted(names)
