"""Issue 11, items 3-5: pathological texts reach spaCy defused, long articles are parsed in
pieces with exact offsets, and an article that cannot be analysed is that article's error only."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import corpus as corpus_mod
from analysis import pipeline
from analysis.__main__ import main
from analysis.ingest import ingest
from analysis.pipeline import chunk_bounds, spacy_text
from analysis.store import Store
from analysis.types import Article

QUOTE = "“We will not accept these sanctions,” Foreign Minister Anna Berg said on Monday."
PROSE = [
    QUOTE,
    "According to Pedro Ruiz, the deal with Russia will help Cuba.\n\nThe end --- or not... (yes!)",
    "Mr. O'Neil said: \"It's 9:30 a.m., and €1,000.50 is 'enough'.\" https://example.org/a?b=c&d=e",
    "=== Heading ===\n\n* item one\n* item two\n\n«Bonjour», dit-il. „Ja“, sagte sie.",
]


class SpyNlp:
    """The real pipeline, keeping every text it is given."""

    def __init__(self, nlp):
        self.nlp, self.texts, self.docs = nlp, [], []
        self.max_length = nlp.max_length

    def pipe(self, items, **kw):
        def seen():
            for text, ctx in items:
                self.texts.append(text)
                yield text, ctx
        return self.nlp.pipe(seen(), **kw)

    def __call__(self, text):
        self.texts.append(text)
        doc = self.nlp(text)
        self.docs.append(doc)
        return doc


def longest_punct_run(text: str) -> int:
    return max((len(m) for m in re.findall(r"[^\w\s]+", text)), default=0)


@pytest.mark.parametrize("text", PROSE)
def test_normal_prose_reaches_spacy_unchanged(text):
    assert spacy_text(text) == text


@pytest.mark.parametrize("attack", [
    "“" * 3000,                      # one run of the same quote mark
    "“”" * 1500,                     # alternating marks
    "« " * 2000,                     # letterless stretch, spaced
    "1“" * 1500,                     # digits do not count as letters
    ("a" + "“" * 60) * 60,           # one 3,660-character "word" of letters and quote runs
    "“\u00a0" * 1500,                # no-break spaces between the marks
])
def test_pathological_runs_are_defused_with_offsets_kept(attack):
    text = f"{QUOTE}\n\n{attack}\n\n{QUOTE}"
    safe = spacy_text(text)
    assert len(safe) == len(text)
    assert longest_punct_run(safe) <= pipeline.PUNCT_RUN_MAX
    assert max(map(len, safe.split()), default=0) <= pipeline.WORD_MAX
    assert all(safe[i] == ch for i, ch in enumerate(text) if ch.isalpha())
    assert safe.startswith(QUOTE) and safe.endswith(QUOTE)


def test_spacy_receives_the_defused_text_and_statements_index_the_original(nlp):
    text = f"{QUOTE}\n\n{'“' * 3000}\n\n{QUOTE}"
    spy = SpyNlp(nlp)
    (analysis,) = corpus_mod.analyze_articles([Article("a", text)], spy)
    assert [len(t) for t in spy.texts] == [len(text)]
    assert longest_punct_run(spy.texts[0]) <= pipeline.PUNCT_RUN_MAX
    assert len(analysis.statements) == 2
    for s in analysis.statements:
        assert text[s.start:s.end] == s.text
        assert text[s.speaker_start:s.speaker_end] == s.speaker_mention == "Foreign Minister Anna Berg"
    assert analysis.statements[1].start == text.rindex("We will")


@pytest.mark.parametrize("size", [50, 200, 1000])
@pytest.mark.parametrize("text", [
    ("Paragraph one is here.\n\n" * 40),
    ("A sentence without breaks. " * 80),
    ("x" * 3000),
    ("word " * 500 + "\n" + "y" * 700),
])
def test_chunk_bounds_tile_the_text_within_the_size(text, size):
    bounds = chunk_bounds(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b <= a + size for a, b in bounds)
    assert all(b == c for (_, b), (c, _) in zip(bounds, bounds[1:]))
    if "\n\n" in text and size >= 50:
        assert all(text[b - 2:b] == "\n\n" for _, b in bounds[:-1])


def test_a_long_article_is_parsed_in_pieces_with_exact_offsets(nlp, monkeypatch):
    """Over spaCy's max_length (E088 when parsed whole), in paragraph groups joined into one Doc."""
    paragraphs = [QUOTE, "According to Pedro Ruiz, the deal with Russia will help Cuba.",
                  "“Russia is a friend,” Dmitry Medvedev said in Havana."] * 4
    text = "\n\n".join(paragraphs)
    (whole,) = corpus_mod.analyze_articles([Article("a", text)], nlp)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    monkeypatch.setattr(nlp, "max_length", 400)
    spy = SpyNlp(nlp)
    (pieces,) = corpus_mod.analyze_articles([Article("a", text)], spy)
    assert len(spy.texts) > 2 and max(map(len, spy.texts)) <= 300 and "".join(spy.texts) == text
    assert max(len(d) for d in spy.docs) < 100  # one piece parsed at a time, each its own Doc
    for s in pieces.statements:
        assert text[s.start:s.end] == s.text and text[s.speaker_start:s.speaker_end] == s.speaker_mention
    for m in pieces.mentions:
        assert text[m.start:m.end] == m.text

    def key(a):
        return [(s.index, s.start, s.end, s.spans, s.kind, s.speaker, s.sentence_start, s.sentence_end)
                for s in a.statements]
    assert key(pieces) == key(whole) and len(key(whole)) == 12
    assert [(x.statement_index, x.start, x.end, x.target) for x in pieces.stances] == \
        [(x.statement_index, x.start, x.end, x.target) for x in whole.stances]
    assert sorted(x.name for x in pieces.actors) == sorted(x.name for x in whole.actors)


def _files(folder: Path, long_name: str = "long.txt") -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(f"Cuba\n\n{QUOTE}\n", encoding="utf-8")
    (folder / long_name).write_text("Long\n\n" + "word " * 200, encoding="utf-8")
    (folder / "c.txt").write_text("Trade\n\nAccording to Pedro Ruiz, the deal with Russia will help Cuba.\n",
                                  encoding="utf-8")
    return folder


@pytest.fixture
def spacy_fails_on_long_texts(nlp, monkeypatch):
    """spaCy raises E088 for the 1,006-character article, which is not chunked (pieces of 100,000);
    also in the pipeline ingest loads by its resolved name."""
    for loaded in {id(x): x for x in (nlp, pipeline.load_nlp(pipeline.resolve_model_name()))}.values():
        monkeypatch.setattr(loaded, "max_length", 500)
    return nlp


def test_a_spacy_failure_in_a_batch_is_that_articles_error_only(spacy_fails_on_long_texts, tmp_path):
    from analysis import loading

    loaded = loading.load_paths([_files(tmp_path / "in")])
    result = corpus_mod.analyze_corpus(loaded.articles, loaded.errors, spacy_fails_on_long_texts, batch_size=16)
    assert sorted(result.articles["title"]) == ["Cuba", "Trade"]
    assert len(result.statements) == 2
    (error,) = result.errors.to_dict("records")
    assert Path(error["file"]).name == "long.txt" and "E088" in error["reason"]


def test_cli_analyze_reports_the_failed_article_and_prints_the_rest(spacy_fails_on_long_texts, tmp_path, capsys):
    folder = _files(tmp_path / "in")
    assert main(["analyze", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["article"]["title"] for line in out.splitlines()] == ["Cuba", "Trade"]
    assert "long.txt" in err and "E088" in err


def test_ingest_marks_only_the_failed_article_of_a_batch(spacy_fails_on_long_texts, tmp_path):
    summary = ingest([_files(tmp_path / "in")], Store(tmp_path / "store"))
    assert summary.new == 2
    assert [Path(w).name for w, _ in summary.failed] == ["long.txt"]
    assert sorted(Store(tmp_path / "store").load().articles["title"]) == ["Cuba", "Trade"]


@pytest.mark.parametrize("how", ["corpus", "cli", "ingest"])
def test_an_article_over_the_size_limit_is_refused_naming_its_file(nlp, tmp_path, monkeypatch, capsys, how):
    monkeypatch.setenv("ACTORLENS_MAX_ARTICLE_CHARS", "600")
    folder = _files(tmp_path / "in", "huge.txt")
    if how == "corpus":
        from analysis import loading

        loaded = loading.load_paths([folder])
        errors = corpus_mod.analyze_corpus(loaded.articles, loaded.errors, nlp).errors.to_dict("records")
        messages = [f"{e['file']}: {e['reason']}" for e in errors]
    elif how == "cli":
        assert main(["analyze", str(folder)]) == 0
        messages = capsys.readouterr().err.splitlines()
    else:
        summary = ingest([folder], Store(tmp_path / "store"))
        assert summary.new == 2
        messages = [f"{w}: {r}" for w, r in summary.failed]
    (message,) = messages
    assert "huge.txt" in message and "over the 600 limit" in message and "ACTORLENS_MAX_ARTICLE_CHARS" in message


def test_every_article_failing_makes_the_cli_fail(nlp, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ACTORLENS_MAX_ARTICLE_CHARS", "10")
    assert main(["analyze", str(_files(tmp_path / "in"))]) == 1
    assert "no article could be analysed" in capsys.readouterr().err


STRAY = ["Hello. – We will win” he said. – And again” she said.", "– Start” x ” y. – z ” ” – w”",
         "No dash here ” at all ” really.", "Line one.\n\n– New paragraph” ok. –  Two spaces”"]


@pytest.mark.parametrize("text", STRAY)
def test_stray_close_marks_find_the_dash_opener_found_before(text):
    """`quotes._stray_close_start` over the text's dash openers found once gives what a search of
    [lo, i) gave for every stray mark (which was quadratic in the number of marks)."""
    from analysis import quotes

    def searched(lo, i):
        best = None
        for m in quotes._DASH_OPENER.finditer(text, lo, i):
            best = m.end()
        return best

    openers = [(m.start(), m.end()) for m in quotes._DASH_OPENER.finditer(text)]
    for i in range(len(text) + 1):
        for lo in range(i + 1):
            assert quotes._stray_close_start(openers, lo, i) == searched(lo, i), (lo, i)


def test_thousands_of_stray_close_marks_search_the_text_once(monkeypatch):
    from analysis import quotes

    calls = []
    real = quotes._DASH_OPENER

    class Counting:
        def finditer(self, *args):
            calls.append(args[1:])
            return real.finditer(*args)

    monkeypatch.setattr(quotes, "_DASH_OPENER", Counting())
    text = "Intro. – Words” " + "” a " * 3000
    regions = quotes.find_quote_regions(text)
    assert len(calls) == 1
    assert [text[a:b] for r in regions for a, b in r.spans][:1] == ["Words"]
