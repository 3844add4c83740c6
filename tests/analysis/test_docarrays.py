"""doc_arrays reads the same offsets, heads and sentence bounds as spaCy's Token objects."""
from __future__ import annotations

import pytest

from analysis import corpus
from analysis.docarrays import char_span, doc_arrays, release, token_column
from analysis.types import Article


@pytest.mark.parametrize("text", [
    "“We will fight on,” she said. Then she left.\n\nA new paragraph starts here.",
    "One sentence only",
    "Héllo wörld.  Two  spaces.\nNew line, “quoted” text.",
])
def test_arrays_match_token_objects(nlp, text):
    doc = nlp(text)
    arrays = doc_arrays(doc)
    assert arrays.text == doc.text
    assert arrays.idx == [t.idx for t in doc]
    assert arrays.heads == [t.head.i for t in doc]
    assert arrays.sents == [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]


def test_arrays_are_cached_per_doc(nlp):
    doc = nlp("He said so.")
    assert doc_arrays(doc) is doc_arrays(doc)
    assert doc_arrays(nlp("")).sents == []


def test_release_drops_only_actorlens_caches(nlp):
    doc = nlp("He said so.")
    doc.user_data["mine"] = 1
    doc_arrays(doc)
    release(doc)
    assert doc.user_data == {"mine": 1}


def test_analysis_leaves_no_cache_on_the_doc(nlp):
    """The caches point back at the Doc; left behind, every Doc would wait for the cyclic GC."""
    text = "“We will not back down,” Prime Minister Jane Doe said, criticising Russia."
    doc = nlp(text)
    result = corpus.analyze_doc(doc, Article(id="a", text=text))
    assert result.statements and result.stances
    assert not [k for k in doc.user_data if str(k).startswith("actorlens_")]


@pytest.mark.parametrize("attr, value", [
    ("LOWER", lambda t: t.lower_), ("LEMMA", lambda t: t.lemma_), ("POS", lambda t: t.pos_),
    ("ORTH", lambda t: t.text), ("IS_PUNCT", lambda t: t.is_punct),
])
def test_token_column_matches_token_objects(nlp, attr, value):
    doc = nlp("“We will fight on,” she said. Then she left.")
    column = token_column(doc, attr)
    strings = doc.vocab.strings
    assert [strings[x] if isinstance(value(doc[0]), str) else bool(x) for x in column] == [value(t) for t in doc]
    assert token_column(doc, attr) is column  # read once per Doc
    assert token_column(nlp(""), attr) == []


@pytest.mark.parametrize("text", [
    "“We will fight on,” Mara Quill said.  Then she left.\n\nA new paragraph, “quoted” here. ",
    "Héllo wörld.\n \nTwo  spaces  and\ttabs.",
    "",
    "   ",
])
@pytest.mark.parametrize("mode", ["strict", "contract", "expand"])
def test_char_span_is_spacys(nlp, text, mode):
    """The rules' `char_span` gives spaCy's span (or None) for every pair of offsets, inside and
    outside the text, on token edges, inside words and on spaces."""
    doc = nlp(text)

    def made(make):
        try:
            span = make()
        except IndexError:  # spaCy refuses a span ending before it starts: so must the copy
            return "IndexError"
        return None if span is None else (span.start, span.end, span.text)

    for a in range(-2, len(text) + 3):
        for b in range(a - 1, min(a + 25, len(text) + 3)):
            assert made(lambda: char_span(doc, a, b, alignment_mode=mode)) == \
                made(lambda: doc.char_span(a, b, alignment_mode=mode)), (a, b)
