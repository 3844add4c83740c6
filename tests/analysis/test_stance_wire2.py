"""Stance rows a reader of real wire copy rejects, from a second read-through of PolNeAR train
articles (issue 10), on invented text run through the whole analysis: a build-up of the doer's own
means recommended ("should expand its military"), and a body named only as the place of the posts a
verb fills ("nominate Supreme Court justices"). Each case fails without its rule."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.types import Article


def stances(nlp, text):
    return analyze_doc(nlp(text), Article("a", text)).stances


def between(found, source, target):
    return [r for r in found if (r.source, r.target) == (source, target)]


@pytest.mark.parametrize("text, source, target", [
    # a recommendation that the doer build up its own means is no judgement of the doer
    ('"Germany should expand its military and spend more on defence," Lena Kim said.', "Lena Kim", "Germany"),
    ("Lena Kim said Poland must strengthen its army.", "Lena Kim", "Poland"),
    ("Kurt Brandt said the Harbor Union should invest more in its training centres.", "Kurt Brandt", "Harbor Union"),
    # a body that only modifies the people a post-filling verb chooses is not the one chosen
    ("Kurt Brandt promised to appoint Federal Reserve governors who share his views.", "Kurt Brandt",
     "Federal Reserve"),
])
def test_no_row_a_reader_rejects(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    # a demand to stop a wrong still faults the doer
    ("Lena Kim said Tunisian authorities must release Maria Ortiz.", "Lena Kim", "Tunisia", "negative"),
    # the person chosen is still the one supported
    ("Kurt Brandt appointed Maria Ortiz as his chief of staff.", "Kurt Brandt", "Maria Ortiz", "positive"),
])
def test_the_row_still_read(nlp, text, source, target, polarity):
    found = between(stances(nlp, text), source, target)
    assert found and {r.polarity for r in found} == {polarity}
