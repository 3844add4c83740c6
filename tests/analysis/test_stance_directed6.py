"""Who blames or backs whom in one sentence, round six: barring someone is a sanction, being at odds
with someone opposes them, an act on a free relative that names the target's doing ("blasted what
he views as Y's motives"), agents named by an "including" phrase of a passive, and "Y's critic X"
written before the name. Invented sentences."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import directed_reading as reading


@pytest.mark.parametrize("text, source, target, polarity", [
    ("The election board barred Okafor from running for mayor.", "board", "Okafor", -1),
    ("The league has barred Okafor from all matches this season.", "league", "Okafor", -1),
    ("The election board barred Okafor from running for mayor.", "Okafor", "board", 0),
])
def test_barring_is_a_sanction(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lindqvist is at odds with Okafor over the harbour budget.", "Lindqvist", "Okafor", -1),
    ("Lindqvist has been at loggerheads with Okafor for months.", "Lindqvist", "Okafor", -1),
    # the one put at odds is the object, not what put them there
    ("The vote put Lindqvist at odds with Okafor.", "Lindqvist", "Okafor", -1),
    ("The vote put Lindqvist at odds with Okafor.", "vote", "Okafor", 0),
    # odds of winning are no standoff
    ("Okafor's odds of winning are slim this year, and Lindqvist knows it.", "Lindqvist", "Okafor", 0),
])
def test_at_odds_with(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lindqvist blasted what he views as Okafor's political motives.", "Lindqvist", "Okafor", -1),
    ("Lindqvist attacked what he sees as Okafor's failures.", "Lindqvist", "Okafor", -1),
    ("Lindqvist praised what she described as Okafor's courage.", "Lindqvist", "Okafor", 1),
    ("Lindqvist welcomed what she called Okafor's brave decision.", "Lindqvist", "Okafor", 1),
    # asking what someone called a thing is no act on it
    ("Lindqvist asked what he called Okafor's aides.", "Lindqvist", "Okafor", 0),
])
def test_act_on_what_a_free_relative_names(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor has been widely criticised, including by Lindqvist.", "Lindqvist", "Okafor", -1),
    ("The toll plan was praised by many, including Lindqvist.", "Lindqvist", "plan", 1),
    ("The toll plan was criticised by several groups, including Lindqvist.", "Lindqvist", "plan", -1),
    # "including" after the reasons lists reasons, not doers
    ("Okafor was criticised for several votes, including Lindqvist's bill.", "Lindqvist", "Okafor", 0),
    ("Okafor was criticised by Marlow for several votes, including one on Lindqvist's bill.", "Lindqvist", "Okafor", 0),
])
def test_agents_named_by_including(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor's longtime critic Lindqvist spoke on Monday.", "Lindqvist", "Okafor", -1),
    ("Okafor's longtime critic Lindqvist spoke on Monday.", "Okafor", "Lindqvist", 0),
])
def test_possessor_of_a_described_name(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # asking someone to leave office is a demand on them, not a friendly appeal
    ("Lindqvist urged Okafor to step down.", "Lindqvist", "Okafor", -1),
    ("Lindqvist urged Okafor to resign over the scandal.", "Lindqvist", "Okafor", -1),
    ("Okafor was urged by Lindqvist to resign.", "Lindqvist", "Okafor", -1),
    ("Lindqvist said Okafor must go.", "Lindqvist", "Okafor", -1),
    ("Lindqvist said Okafor should step down.", "Lindqvist", "Okafor", -1),
    ("“Okafor must go,” Lindqvist told aides.", "Lindqvist", "Okafor", -1),
    # stepping up, standing firm, going somewhere, quitting a habit are no departure
    ("Lindqvist urged Okafor to step up the pace of reform.", "Lindqvist", "Okafor", 0),
    ("Lindqvist urged Okafor to stand firm.", "Lindqvist", "Okafor", 0),
    ("Lindqvist said Okafor must go to the summit.", "Lindqvist", "Okafor", 0),
    ("Lindqvist said Okafor should step up the pace.", "Lindqvist", "Okafor", 0),
    ("Lindqvist said Okafor must quit smoking.", "Lindqvist", "Okafor", 0),
    ("Lindqvist said Okafor will resign next year.", "Lindqvist", "Okafor", 0),
])
def test_demand_to_leave_office(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # a name in the dative slot the small model tags a preposition is still the one given support
    ("Lindqvist gave Okafor his full support.", "Lindqvist", "Okafor", 1),
    ("Lindqvist offered Okafor a warm endorsement.", "Lindqvist", "Okafor", 1),
])
def test_support_given_to_a_name(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # the medium a judged remark was made on is where, not whom
    ("Senator Lindqvist praised Okafor's remarks on Twitter.", "Lindqvist", "Twitter", 0),
    ("Lindqvist criticised the interview on Facebook.", "Lindqvist", "Facebook", 0),
    ("Senator Lindqvist praised Okafor's remarks on Twitter.", "Lindqvist", "Okafor", 1),
    ("Lindqvist criticised Facebook over the leak.", "Lindqvist", "Facebook", -1),
])
def test_medium_is_no_target(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity
