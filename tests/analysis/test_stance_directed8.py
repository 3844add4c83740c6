"""Who blames or backs whom in one sentence, round eight: one placed in a group whose relative
clause acts ("X was among the groups that condemned Y", "X, one of the few who endorsed Y",
"X was the first senator to praise Y", "Among those who ... was X"), and the possessor of a
subject phrase as whom the clause's object pronoun stands for ("Y's rival X attacked him"), an
apposition acted on as the noun it describes ("Y's plan, a change opposed by X"), a contribution
judged by its words ("Y had made an invaluable contribution"), and a comparison nobody matches
("there is no one better than Y"), and charges as accusations ("X declined to respond to Y's
charges"; not "took charge of"). Invented sentences."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import directed_reading as reading


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Senator Greenleaf was one of the lawmakers who praised Harwood.", "Greenleaf", "Harwood", 1),
    ("Senator Greenleaf, one of the few Republicans who have endorsed Harwood, spoke first.", "Greenleaf", "Harwood", 1),
    ("Greenleaf was the first senator to endorse Harwood.", "Greenleaf", "Harwood", 1),
    ("Greenleaf was one of the first groups to praise Harwood.", "Greenleaf", "Harwood", 1),
    ("Among the groups which condemned Harwood was the farmers' union Greenleaf, while Tolland stayed silent.",
     "Greenleaf", "Harwood", -1),
    ("Among those who praised Ortega was Senator Lund.", "Lund", "Ortega", 1),
    ("Greenleaf was among the lawmakers whom Harwood praised.", "Harwood", "Greenleaf", 1),
    ("Greenleaf, one of the officials whom Harwood fired last year, spoke first.", "Harwood", "Greenleaf", -1),
    # the one acted on holds no stance, and the member is not the one acted on
    ("Senator Greenleaf was one of the lawmakers who praised Harwood.", "Harwood", "Greenleaf", 0),
    ("Among those who praised Ortega was Senator Lund.", "Ortega", "Lund", 0),
    ("Greenleaf was the first senator to endorse Harwood.", "Harwood", "Greenleaf", 0),
])
def test_member_of_a_group_that_acts(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lindgren's rival Ravel attacked him on Tuesday.", "Ravel", "Lindgren", -1),
    ("Lindgren's former aide Ravel has praised him as a visionary.", "Ravel", "Lindgren", 1),
    # the possessor does not act
    ("Lindgren's rival Ravel attacked him on Tuesday.", "Lindgren", "Ravel", 0),
])
def test_object_pronoun_for_the_subjects_possessor(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Marsh's plan to close the port, a change opposed by the Dockers Union, passed on Monday.", "Dockers Union", "Marsh", -1),
    ("Marsh's plan to close the port, a change opposed by many dockers, passed on Monday.", "dockers", "Marsh", -1),
    # the maker does not oppose
    ("Marsh's plan to close the port, a change opposed by the Dockers Union, passed on Monday.", "Marsh", "Dockers Union", 0),
])
def test_apposition_acted_on(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("The Harbour Trust said Okafor had made an invaluable contribution.", "Harbour Trust", "Okafor", 1),
    ("The Harbour Trust said Okafor had made a valuable contribution to the club.", "Harbour Trust", "Okafor", 1),
    ("Lindqvist said Okafor had made a huge mistake.", "Lindqvist", "Okafor", -1),
    # a plain contribution is no judgement
    ("The Harbour Trust said Okafor had made a contribution to the fund.", "Harbour Trust", "Okafor", 0),
])
def test_contribution_judged_by_its_words(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("\"But there was no one better than Okafor,\" said Lindqvist.", "Lindqvist", "Okafor", 1),
    ("\"There is nobody better qualified than Okafor,\" said Lindqvist.", "Lindqvist", "Okafor", 1),
    ("\"No team played better than Arsenal,\" said Lindqvist.", "Lindqvist", "Arsenal", 1),
    ("\"No one is worse than Okafor,\" said Lindqvist.", "Lindqvist", "Okafor", -1),
    # the one compared holds no stance toward the speaker
    ("\"But there was no one better than Okafor,\" said Lindqvist.", "Okafor", "Lindqvist", 0),
])
def test_comparison_nobody_matches(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Halvorsen’s office declined to respond to Brightwater’s charges, except to say the permits were temporary.",
     "Brightwater", "Halvorsen", -1),
    ("Lindqvist dismissed Okafor's charges.", "Okafor", "Lindqvist", -1),
    # charge as command or cost accuses no one; the one who answers does not accuse
    ("Lindqvist will take charge of the final game against Okafor City.", "Lindqvist", "Okafor City", 0),
    ("The club put Lindqvist in charge of the team against Okafor City.", "Lindqvist", "Okafor City", 0),
])
def test_charges_as_accusations(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity
