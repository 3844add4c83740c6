"""What is no statement although an evidence or speech verb is there (issue 9, section 2): the
writer's reading of words said before, and a judgement in a verbless clause; invented text."""
from __future__ import annotations

import pytest

from analysis.quotes import find_statements


def contents(nlp, text):
    return [s.text for s in find_statements(nlp(text), "r1")]


@pytest.mark.parametrize("text, words", [
    ("The remarks suggest the mayor is preparing a run for governor.", "preparing a run"),
    ("His comments suggest Mr. Hale wants to leave the party.", "Hale wants"),
    ("The app offers dates, friends or proof that at least the occasional stranger finds you minimally attractive.",
     "attractive"),
    ("Most voters find the senator quite boring.", "boring"),
])
def test_a_reading_or_a_verbless_judgement_is_no_statement(nlp, text, words):
    assert not [c for c in contents(nlp, text) if words in c]


@pytest.mark.parametrize("text, words", [
    ("A statement from the ministry suggested that talks could resume.", "talks could resume"),
    ("The survey found that most farmers oppose the tax.", "most farmers oppose"),
    ("The figures suggest the economy is slowing.", "economy is slowing"),
    ("Mayor Ellen Foster suggested the council should meet again.", "council should meet"),
])
def test_evidence_and_speech_with_a_source_stay_statements(nlp, text, words):
    assert [c for c in contents(nlp, text) if words in c]
