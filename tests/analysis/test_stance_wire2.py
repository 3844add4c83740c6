"""Stance rows a reader of real wire copy rejects, from a second read-through of PolNeAR train
articles (issue 10), on invented text run through the whole analysis: a build-up of the doer's own
means recommended ("should expand its military"), and a body named only as the place of the posts a
verb fills ("nominate Supreme Court justices"), words the speaker quotes from another ("X quoted Y as
saying ..."), and how a target strikes others ("Y seems crazy to centrists"). Each case fails without
its rule."""
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
    # words quoted from another are the other's view, not the quoting one's
    ('Lena Kim quoted Kurt Brandt as saying "Maria Ortiz is a liar."', "Lena Kim", "Maria Ortiz"),
    ("The Daily Ledger quoted Kurt Brandt as saying that Maria Ortiz had lied.", "Daily Ledger", "Maria Ortiz"),
    # how a target strikes others is their perception, reported
    ("Lena Kim said Kurt Brandt seems crazy to centrists.", "Lena Kim", "Kurt Brandt"),
    ('"Maria Ortiz seems dangerous to many voters," Kurt Brandt said.', "Kurt Brandt", "Maria Ortiz"),
    ("Kurt Brandt looks weak to them, Lena Kim said.", "Lena Kim", "Kurt Brandt"),
])
def test_no_row_a_reader_rejects(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    # a demand to stop a wrong still faults the doer
    ("Lena Kim said Tunisian authorities must release Maria Ortiz.", "Lena Kim", "Tunisia", "negative"),
    # the person chosen is still the one supported
    ("Kurt Brandt appointed Maria Ortiz as his chief of staff.", "Kurt Brandt", "Maria Ortiz", "positive"),
    # the one quoted holds the view
    ('Lena Kim quoted Kurt Brandt as saying "Maria Ortiz is a liar."', "Kurt Brandt", "Maria Ortiz", "negative"),
    # how a target strikes the speaker is the speaker's own view
    ('"Maria Ortiz seems dishonest to me," Kurt Brandt said.', "Kurt Brandt", "Maria Ortiz", "negative"),
])
def test_the_row_still_read(nlp, text, source, target, polarity):
    found = between(stances(nlp, text), source, target)
    assert found and {r.polarity for r in found} == {polarity}


@pytest.mark.parametrize("text, speaker", [
    ('Lena Kim quoted Kurt Brandt as saying "Maria Ortiz is a liar."', "Kurt Brandt"),
    ("The Daily Ledger quoted an aide to Kurt Brandt as saying that the talks had failed.", None),
])
def test_the_one_quoted_as_saying_speaks(nlp, text, speaker):
    found = analyze_doc(nlp(text), Article("a", text)).statements
    assert [st.speaker for st in found] == [speaker]
