"""doc_arrays reads the same offsets, heads and sentence bounds as spaCy's Token objects."""
from __future__ import annotations

import pytest

from analysis.docarrays import doc_arrays


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
