"""Errors from the lead's reading of real wire articles (issue 9), each as a general rule. Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Rogers’ campaign called AP’s report a “rush to judgment,” because delegates can change their minds.",
     "rush to judgment", "Rogers' campaign"),
    ("Myers’ campaign called AP’s report a “rush to judgment,” because votes are still being counted.",
     "rush to judgment", "Myers' campaign"),
])
def test_a_cue_the_parse_hung_on_its_subject_still_reports(nlp, text, words, speaker):
    """The small model can read "X’ campaign called …" as a noun with a modifier and make the quoted
    noun the root of a sentence with no verb; the characterisation is still the campaign's."""
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text", [
    "Crowds gathered in a town called “Hope,” near the border.",
    "A film called “Dust” opened on Friday.",
])
def test_a_name_given_by_a_participle_is_still_no_statement(nlp, text):
    assert statements_of(nlp, text) == []
