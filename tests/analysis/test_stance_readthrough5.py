"""Stance errors from the lead's fifth reading of real wire articles (issue 10). Invented text only."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.loading import Article


def _rows(nlp, text):
    return [(s.source, s.target, s.polarity) for s in analyze_doc(nlp(text), Article("a", text)).stances
            if s.confidence >= 0.5]


@pytest.mark.parametrize("text, row", [
    ("Kim said Ortiz was not a bad man.", ("Kim", "Ortiz", "positive")),
    ("Lena Park said Ortiz was “not a bad man.”", ("Lena Park", "Ortiz", "positive")),
    ("Tom Berg said Ortiz was not a good leader.", ("Tom Berg", "Ortiz", "negative")),
    ("Al Chu said Ortiz was a bad man.", ("Al Chu", "Ortiz", "negative")),
])
def test_a_negated_copula_turns_the_complements_judgement_once(nlp, text, row):
    assert row in _rows(nlp, text)


@pytest.mark.parametrize("text", [
    "Dalton said Friday that Ryan’s refusal to support him was “not a good thing” and “something the party "
    "should get solved quickly.”",
    "Dalton said that Ryan’s plan was “not a fair deal” for the state.",
])
def test_a_negated_quoted_fragment_is_no_praise(nlp, text):
    assert not any(src == "Dalton" and pol == "positive" for src, _, pol in _rows(nlp, text))


@pytest.mark.parametrize("text, wrong", [
    ("Sembler gave $1 million to a super PAC supporting Wisconsin Gov. Scott Walker.", ("Scott Walker", "Wisconsin")),
    ("Hendricks gave money to a fund backing Ohio Sen. Rob Portman.", ("Rob Portman", "Ohio")),
])
def test_a_place_before_a_title_is_not_the_object_of_the_act(nlp, text, wrong):
    assert not any((src, tgt) == wrong for src, tgt, _ in _rows(nlp, text))


def test_the_titled_person_after_a_place_is_the_object(nlp):
    assert ("Lena Park", "Rob Portman", "positive") in _rows(nlp, "Lena Park praised Ohio Sen. Rob Portman.")


def test_limiting_attacks_to_a_topic_targets_nobody(nlp):
    text = "Lena Park spoke in Ohio. Yet she didn't limit her attacks to Israel policy, also calling on voters to act."
    assert not any(tgt == "Israel" for _, tgt, _ in _rows(nlp, text))


def test_an_attack_on_someone_still_targets_them(nlp):
    assert ("Lena Park", "Victor Lang", "negative") in _rows(nlp, "Lena Park launched an attack on Victor Lang.")
