"""The lexicon loader: comments and blanks skipped, cached, missing files named."""
import pytest

from analysis import lexicon


@pytest.fixture()
def lexdir(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    for fn in (lexicon.words, lexicon.table, lexicon.mapping, lexicon.packed_words):
        fn.cache_clear()
    yield tmp_path
    for fn in (lexicon.words, lexicon.table, lexicon.mapping, lexicon.packed_words):
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


TABLE = {"marta": "f", "dana": "f", "tomas": "m", "owen": "m", "ruth": "f", "ana": "f", "anab": "", "a": "m"}


@pytest.mark.parametrize("key", [*TABLE, "", "an", "anna", "zed", "Marta", "marta ", "dana\tf", "aaa"])
def test_packed_table_answers_like_the_dict_it_packs(key):
    packed = lexicon.PackedTable(TABLE)
    assert (key in packed) == (key in TABLE)
    assert packed.get(key) == TABLE.get(key)
    assert packed.get(key, "?") == TABLE.get(key, "?")
    if key in TABLE:
        assert packed[key] == TABLE[key]
    else:
        with pytest.raises(KeyError):
            packed[key]


def test_packed_table_iterates_its_keys_sorted():
    packed = lexicon.PackedTable(TABLE)
    assert list(packed) == sorted(TABLE) and len(packed) == len(TABLE) and dict(packed) == TABLE
    assert not lexicon.PackedTable({}) and 3 not in packed


@pytest.mark.parametrize("bad", [{"a\tb": "m"}, {"a\nb": "m"}, {"a": "m\nf"}])
def test_packed_table_refuses_separators_inside_entries(bad):
    with pytest.raises(ValueError):
        lexicon.PackedTable(bad)


def test_packed_words_keep_case_and_skip_comments(lexdir):
    (lexdir / "p.txt").write_text("# header\nspringfield\n  Tarlow \n\n'akra\n", encoding="utf-8")
    packed = lexicon.packed_words("p.txt")
    assert set(packed) == {"springfield", "Tarlow", "'akra"}
    assert "tarlow" not in packed and "# header" not in packed
