"""Who blames or backs whom in one sentence, round five: a relative clause acting on a noun said of
the target ("Ortiz is a leader whom Kim admires"), the actor of such a clause holding no
subject-path stance from the one it describes, and a party's candidate named as its nominee.
Invented sentences."""
from __future__ import annotations

import pytest

from analysis import stance
from tests.pipeline_steps import directed_reading as reading, span_of


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor is a leader whom Lindqvist admires.", "Lindqvist", "Okafor", 1),
    ("Okafor is a leader whom Lindqvist admires.", "Okafor", "Lindqvist", 0),
    ("Okafor is the man Lindqvist blamed for the crisis.", "Lindqvist", "Okafor", -1),
    ("Okafor is the man Lindqvist blamed for the crisis.", "Okafor", "Lindqvist", 0),
    ("Okafor, a leader whom Lindqvist blamed for the crisis, resigned on Monday.", "Lindqvist", "Okafor", -1),
    ("The toll is a measure that Lindqvist strongly opposes.", "Lindqvist", "toll", -1),
    # the noun the clause acts on is someone else, not the target
    ("Okafor met a leader whom Lindqvist admires.", "Lindqvist", "Okafor", 0),
])
def test_relative_clause_on_what_the_target_is(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target", [
    # the one who acts in the relative clause or the by-phrase is no object of the subject's words
    ("Okafor is the man Lindqvist blamed for the crisis.", "Okafor", "Lindqvist"),
    ("Okafor was described as a liar by Lindqvist.", "Okafor", "Lindqvist"),
])
def test_no_subject_path_toward_the_actor(nlp, text, source, target):
    assert reading(nlp, text, source, target).polarity == 0


def test_subject_path_still_reads_the_way_someone_acted(nlp):
    text = "The ministry was angry about the way Lindqvist handled the dispute."
    assert reading(nlp, text, "ministry", "Lindqvist").polarity == -1


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Democrat nominee Okafor held a rally in the harbour town.", "Democrat", "Okafor", 0),
    ("Okafor, the Harbour Party's nominee, held a rally in the harbour town.", "Harbour Party", "Okafor", 0),
    ("Republican nominee Okafor held a rally in the harbour town.", "Republican", "Okafor", 0),
    # a person's nominee is still that person's choice
    ("Okafor, Governor Lindqvist's nominee, held a rally in the harbour town.", "Lindqvist", "Okafor", 1),
])
def test_a_partys_nominee_is_no_stance(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, word, is_event", [
    # a word naming the kind of event is the event, not a verdict on anyone near it
    ("Okafor visited the town after the terrorist attacks in Marlow.", "terrorist", True),
    ("Okafor spoke with families after the terror attack on Marlow.", "terror", True),
    ("Okafor said the suicide bombings in Marlow had shaken the town.", "suicide", True),
    # the same word said of someone stays a verdict
    ("Okafor said the terrorist Lindqvist had planned the raid.", "terrorist", False),
    ("Okafor said Lindqvist was a brutal terrorist.", "terrorist", False),
])
def test_kind_of_event_is_event_evidence(nlp, text, word, is_event):
    start, end = span_of(text, word)
    r = stance.Reading(-1, -0.5, word, f"speaker:target-lr:lexicon:{word}", start, end)
    assert stance._event_evidence(nlp(text), r) is is_event


@pytest.mark.parametrize("text, source, target, polarity", [
    # booing, heckling and jeering are acts of criticism
    ("Okafor was booed by Lindqvist.", "Lindqvist", "Okafor", -1),
    ("Lindqvist heckled Okafor during the speech.", "Lindqvist", "Okafor", -1),
    ("Okafor was booed by Lindqvist.", "Okafor", "Lindqvist", 0),
    # a reaction drawn "within" a group is that group's
    ("Okafor's remarks have sparked outrage within the farming community of Marlow.", "Marlow", "Okafor", -1),
    ("Okafor's remarks have sparked outrage within the farming community of Marlow.", "Okafor", "Marlow", 0),
])
def test_more_acts_and_reactions(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # what the supporters or critics of X do is not X's act
    ("Supporters of Okafor criticized Lindqvist at the rally.", "Okafor", "Lindqvist", 0),
    ("At the party, supporters of the Harbour Party nominee booed Lindqvist and chanted.", "Harbour Party", "Lindqvist", 0),
    ("Critics of Okafor praised Lindqvist at the rally.", "Okafor", "Lindqvist", 0),
    # the supporters themselves still act, and aides act for the one they serve
    ("Aides of Okafor criticized Lindqvist at the rally.", "Okafor", "Lindqvist", -1),
])
def test_supporters_of_x_act_for_themselves(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # whoever "does the same" shares the act
    ("Lindqvist praised Okafor, and so did Marlow.", "Marlow", "Okafor", 1),
    ("Lindqvist criticized Okafor on Monday, and Marlow did too.", "Marlow", "Okafor", -1),
    ("Lindqvist criticized Okafor on Monday, and so did Marlow.", "Lindqvist", "Okafor", -1),
    ("Lindqvist did not criticize Okafor, and neither did Marlow.", "Marlow", "Okafor", 0),
])
def test_so_did_z(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity
