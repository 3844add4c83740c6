"""doc_arrays reads the same offsets, heads and sentence bounds as spaCy's Token objects."""
from __future__ import annotations

import pytest

from analysis import corpus
from analysis.docarrays import doc_arrays, release, token_column
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
