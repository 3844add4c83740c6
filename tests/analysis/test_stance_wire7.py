"""Stance rows a careful reader of real wire copy rejects or misses, from a seventh read-through of
PolNeAR train articles (issue 10), on invented text run through the whole analysis.

Rows kept out: a nation adjective on a person's origin, on troops or on a class of people ("attacked a
judge's Mexican heritage", "opposes American boots on the ground", "protect the American middle
class") is no act on the state; an act set aside
("instead of reassuring Americans", "rather than praising Y") is none; a good deed asked of someone
("the party must support Y", "the Senate should back Y") neither praises nor faults them; a place's
record ("Freedonia's first female nominee") is no choice of the place; "a statement by actor Z",
parsed with "by Z" on the verb, is Z's, not the last speaker's; "she" is the woman named near it,
not a nearer "Chris" who could be either; what a speaker does not believe ("I do not believe that
she should go to jail") is no verdict.

Stances the analysis missed or turned round: "called on Y to resign", "called for Y to step down"
(a demand that Y leave); "Y is a joke" (negative, not VADER's humour); "agreed with Y", "disagrees
with Y's remarks"; "Y is uniquely qualified to be president"; "called Y a 'petulant child'"; "considers Y a phony";
"Y, who came out and endorsed Z"."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import stances_of


def polarities(found, source, target):
    return {r.polarity for r in found if (r.source, r.target) == (source, target)}


@pytest.mark.parametrize("text", [
    "Tom Hale called on Lena Ruiz to step down.",
    "Tom Hale called Wednesday for Justice Lena Ruiz to resign.",
    "Tom Hale called on Lena Ruiz to resign over the crisis.",
    "Lena Ruiz mocked the vote. Tom Hale then called on her to resign from her post.",
])
def test_calling_on_someone_to_leave_is_a_demand(nlp, text):
    assert polarities(stances_of(nlp, text), "Tom Hale", "Lena Ruiz") == {"negative"}


@pytest.mark.parametrize("text", [
    "Tom Hale called on Tuesday to discuss the budget.",
    "Tom Hale called for talks with Lena Ruiz.",
])
def test_calling_on_a_day_or_for_talks_is_no_demand(nlp, text):
    assert "negative" not in polarities(stances_of(nlp, text), "Tom Hale", "Lena Ruiz")


@pytest.mark.parametrize("text, country", [
    ("Tom Hale condemned Lena Ruiz's attack on a judge's Mexican heritage.", "Mexico"),
    ("Tom Hale opposes American boots on the ground in Syria.", "United States"),
    ("Tom Hale mocked Lena Ruiz's Cuban accent.", "Cuba"),
    ("\"We can protect the American middle class,\" Tom Hale said.", "United States"),
    ("Tom Hale vowed to protect American households.", "United States"),
])
def test_a_nation_adjective_on_origin_or_troops_is_no_target(nlp, text, country):
    assert [r.source for r in stances_of(nlp, text) if r.target == country] == []


@pytest.mark.parametrize("text, country, sign", [
    ("Tom Hale condemned Russian aggression.", "Russia", "negative"),
    ("Tom Hale criticised the Russian ambassador.", "Russia", "negative"),
    ("Tom Hale condemned Lena Ruiz's attack on a judge's Mexican heritage.", "Lena Ruiz", "negative"),
])
def test_state_deeds_agents_and_owners_stay(nlp, text, country, sign):
    assert polarities(stances_of(nlp, text), "Tom Hale", country) == {sign}


@pytest.mark.parametrize("text, target", [
    ("Instead of reassuring Americans after the attack, Tom Hale opted for a takedown.", "United States"),
    ("Tom Hale said, \"Instead of reassuring Americans after the attack,\" Lena Ruiz \"opted for a takedown.\"",
     "United States"),
    ("Tom Hale attacked Lena Ruiz instead of praising Mark Lind.", "Mark Lind"),
    ("Rather than praising Lena Ruiz, Tom Hale kept quiet.", "Lena Ruiz"),
])
def test_an_act_set_aside_is_none(nlp, text, target):
    assert [r.polarity for r in stances_of(nlp, text) if r.target == target] == []


@pytest.mark.parametrize("text, body", [
    ("Tom Hale said the Democratic Party must support Lena Ruiz in November.", "Democratic Party"),
    ("Tom Hale said the Senate should back Lena Ruiz.", "Senate"),
])
def test_a_good_deed_asked_for_judges_no_doer(nlp, text, body):
    assert polarities(stances_of(nlp, text), "Tom Hale", body) == set()


@pytest.mark.parametrize("text", [
    "Tom Hale is Freedonia's first female presidential nominee.",
    "Tom Hale, Freedonia's youngest nominee, spoke on Monday.",
])
def test_a_places_first_or_youngest_is_a_record_not_a_choice(nlp, text):
    assert polarities(stances_of(nlp, text), "Freedonia", "Tom Hale") == set()


def test_a_nominee_of_a_person_stays(nlp):
    text = "Tom Hale, Lena Ruiz's first nominee, spoke on Monday."
    assert polarities(stances_of(nlp, text), "Lena Ruiz", "Tom Hale") == {"positive"}


@pytest.mark.parametrize("maker", ["Dana Moore", "George Pruitt"])
def test_a_by_phrase_on_the_verb_names_the_maker(nlp, maker):
    text = ("\"Lena Ruiz is a fraud,\" Mark Lind said on Friday. On Monday, Tom Hale knocked a statement by "
            f"actor {maker} that far too much money was raised.")
    found = stances_of(nlp, text)
    assert polarities(found, "Tom Hale", "Mark Lind") == set()
    assert polarities(found, "Tom Hale", maker) == {"negative"}


@pytest.mark.parametrize("text", [
    "Many people hold Lena Ruiz responsible for the death of Ambassador Chris Dunn. \"She should be ashamed,\" Hale said.",
    "Lena Ruiz was praised by Chris Dunn. \"She is a disgrace,\" Hale said.",
    "Many people hold Lena Ruiz responsible for the death of Ambassador Chris Dunn. Hale disagrees. \"The email "
    "issue does not help. I agree that she should be held accountable. She should have had a slap on the hand,\" "
    "Hale said.",
])
def test_she_is_the_woman_named_not_a_nearer_name_of_either_sex(nlp, text):
    found = stances_of(nlp, text)
    assert polarities(found, "Hale", "Chris Dunn") == set()
    assert polarities(found, "Hale", "Lena Ruiz") == {"negative"}


def test_she_may_still_be_a_chris_when_no_woman_is_named(nlp):
    text = "Chris Dunn praised the plan. \"She is a disgrace,\" Hale said."
    assert polarities(stances_of(nlp, text), "Hale", "Chris Dunn") == {"negative"}


def test_a_demand_the_speaker_does_not_believe_is_none(nlp):
    text = "\"I do not believe that she should go to jail,\" Tom Hale said of Lena Ruiz."
    assert polarities(stances_of(nlp, text), "Tom Hale", "Lena Ruiz") == set()


@pytest.mark.parametrize("text, sign", [
    ("\"Lena Ruiz is a joke,\" Tom Hale said.", "negative"),
    ("\"The Senate is a farce,\" Tom Hale said.", "negative"),
    ("Tom Hale agreed with Lena Ruiz.", "positive"),
    ("Tom Hale said he agrees with Lena Ruiz's remarks.", "positive"),
    ("Tom Hale disagreed with Lena Ruiz on taxes.", "negative"),
    ("Tom Hale said he disagrees with Lena Ruiz's remarks.", "negative"),
    ("\"Lena Ruiz is uniquely qualified to be president,\" Tom Hale said.", "positive"),
    ("Gov. Tom Hale called Lena Ruiz a \"petulant child\" who's acting \"as if she is a queen.\"", "negative"),
    ("Tom Hale said Lena Ruiz is uniquely qualified to lead the country.", "positive"),
])
def test_stances_read_from_verdict_words_and_agreement(nlp, text, sign):
    target = "Senate" if "Senate" in text else "Lena Ruiz"
    assert polarities(stances_of(nlp, text), "Tom Hale", target) == {sign}


@pytest.mark.parametrize("text", [
    "Tom Hale agreed with the plan.",
    "Tom Hale joked with Lena Ruiz at the dinner.",
])
def test_agreeing_with_a_thing_or_joking_with_someone_is_no_stance(nlp, text):
    assert [r.polarity for r in stances_of(nlp, text) if r.source == "Tom Hale" and r.polarity != "neutral"] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Tom Hale considers Mark Lind a phony.", "Tom Hale", "Mark Lind", "negative"),
    ("Tom Hale considers Mark Lind a great friend.", "Tom Hale", "Mark Lind", "positive"),
    ("The approach has won over Lena Ruiz, who came out and endorsed Tom Hale on Tuesday.", "Lena Ruiz", "Tom Hale",
     "positive"),
    ("The Greens, who met on Monday and condemned Tom Hale, left early.", "Greens", "Tom Hale", "negative"),
])
def test_considering_someone_one_and_a_relative_clause_conjunct(nlp, text, source, target, sign):
    """"considers [Y a phony]" parsed as a verbless clause; "Y, who came out and endorsed Z": the
    second verb of a relative clause is the relative's antecedent's act too."""
    assert polarities(stances_of(nlp, text), source, target) == {sign}
