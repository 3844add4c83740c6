"""Errors from the lead's seventh reading of real wire articles (issue 9), each as a general rule.
Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_of


@pytest.mark.parametrize("text, words, subject", [
    ('Daniel Mercer, 51, was flown to Boston in March. Mercer admitted to selling the files. Mercer kept '
     'copies on a laptop. "He only wanted to feed us," his sister, Laura Mercer, wrote to the judge. In a '
     'later interview, Mercer told detectives that he had sold the files twice.', "sold the files twice",
     "Daniel Mercer"),
    ('Steven Keller, 38, was arrested in Ohio. Keller admitted to running the scheme. Keller wired the '
     'money abroad. "We never saw any of it," his wife, Marta Keller, told the court. At his trial, Keller '
     'said that he had acted alone.', "acted alone", "Steven Keller"),
])
def test_a_relative_named_once_does_not_take_over_the_surname(nlp, text, words, subject):
    """The bare surname the story has used all along stays its subject's after a relative, named once
    in full, has spoken."""
    assert statement_with(statements_of(nlp, text), words).speaker == subject


def test_a_namesake_who_just_spoke_keeps_the_surname_when_named_as_often(nlp):
    text = ('Ruth Adler, mother of the victim Noah Adler, rejected the offer on Monday. "We want a trial," '
            'she said. Adler said the family would appeal.')
    assert statement_with(statements_of(nlp, text), "would appeal").speaker == "Ruth Adler"
