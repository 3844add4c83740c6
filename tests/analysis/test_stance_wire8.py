"""Stance rows a careful reader of real wire copy rejects, from an eighth read-through of PolNeAR
train articles (issue 10), on invented text run through the whole analysis.

Rows kept out: what two joined parties are to each other ("Hamas and Fatah are bitter enemies") is no
verdict on either; a verdict only an act earns said of a place ("Iraq was a terrible mistake") judges
the war there, not the place; running against someone for a prize or in a race ("challenging Y for
the nomination") is a contest, no stance; a party word on an agent noun ("lashed out at GOP critics,
including Z") is the critics' party, not whom they criticise; an adjective of firmness on a label of
belief ("a committed isolationist") is no praise; a party word on a few members picked out ("some
Democratic senators came to Y's support") is not the party acting; the post on a role noun with its
nominator named ("the president's Supreme Court nominee") did not name the nominee; defending one's
own words ("Lee later defended his comments") is no stance toward another; an intention held ("remains
committed to seeing the race through") is no praise; a body on a possessed record ("her Senate record")
and the state "of" a named person ("Gov. Walker of Wisconsin") are not the target; a place's first
nominee is a record even when the tagger leaves "first" untagged; "break down walls with Y" is no
"break with"; a deed the speaker is "not sure" of is not held.

Rows kept: "X and Y are my enemies", "enemies of freedom", "Freedonia was a brutal dictatorship",
"challenged Y's claim", "a committed liar", "Democratic senators rallied to Y's support"."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import stances_of


def polarities(found, source, target):
    return {r.polarity for r in found if (r.source, r.target) == (source, target)}


def judged(found, target):
    return {r.polarity for r in found if r.target == target}


@pytest.mark.parametrize("text, targets", [
    ("Mayor Ana Lund said the Blue Party and the Green League are bitter enemies.", ["Blue Party", "Green League"]),
    ("\"Norvia and Estland have been rivals for a century,\" Ana Lund said.", ["Norvia", "Estland"]),
    ("Ana Lund said Oskar Brandt and Pieter Vos were close friends.", ["Oskar Brandt", "Pieter Vos"]),
])
def test_what_joined_parties_are_to_each_other_is_no_verdict(nlp, text, targets):
    found = stances_of(nlp, text)
    for target in targets:
        assert polarities(found, "Ana Lund", target) == set()


@pytest.mark.parametrize("text, target", [
    ("Ana Lund said Oskar Brandt and Pieter Vos are my enemies.", "Oskar Brandt"),
    ("Ana Lund said Oskar Brandt and Pieter Vos are enemies of freedom.", "Oskar Brandt"),
])
def test_enemies_of_the_speaker_or_of_a_cause_are_judged(nlp, text, target):
    assert polarities(stances_of(nlp, text), "Ana Lund", target) == {"negative"}


@pytest.mark.parametrize("text, place", [
    ("Ana Lund said Iraq was a terrible mistake.", "Iraq"),
    ("\"Libya was a costly blunder,\" Ana Lund said on Monday.", "Libya"),
    ("Ana Lund told reporters that Vietnam had been a tragic error.", "Vietnam"),
])
def test_a_verdict_on_an_act_said_of_a_place_is_none_on_the_place(nlp, text, place):
    assert judged(stances_of(nlp, text), place) == set()


def test_a_verdict_on_a_place_itself_stays(nlp):
    assert judged(stances_of(nlp, "Ana Lund said Iraq was a brutal dictatorship."), "Iraq") == {"negative"}


@pytest.mark.parametrize("text", [
    "Senator Oskar Brandt, who is challenging Mira Holt for the Labour nomination, spoke in Leeds.",
    "Oskar Brandt will face Mira Holt in the primary next month.",
    "Oskar Brandt is challenging Mira Holt and Tom Kerr for the party leadership.",
    "Lena Park will clear the way for Greg Walden to take on Rick Perry in upcoming contests in Utah.",
    "One to watch is Oskar Brandt, the Ohio law professor who is challenging Rep. Mira Holt, the party "
    "chair, in Ohio's Aug. 30 primary.",
    "Mira Holt was governor from 1985 to 1991. Oskar Brandt challenged her when she ran for a second term.",
])
def test_running_against_someone_for_a_prize_is_no_stance(nlp, text):
    found = stances_of(nlp, text)
    assert polarities(found, "Oskar Brandt", "Mira Holt") == set()
    assert polarities(found, "Greg Walden", "Rick Perry") == set()


@pytest.mark.parametrize("text", [
    "Oskar Brandt challenged Mira Holt's claim about the budget.",
    "Oskar Brandt challenged Mira Holt to a debate on taxes.",
    "Oskar Brandt took on Mira Holt over taxes.",
    "Oskar Brandt challenged Mira Holt when she claimed the plan was cheap.",
])
def test_challenging_a_claim_stays_a_stance(nlp, text):
    assert polarities(stances_of(nlp, text), "Oskar Brandt", "Mira Holt") == {"negative"}


@pytest.mark.parametrize("text, party", [
    ("Governor Lena Park lashed out at GOP critics, including Dale Ortiz, over the tax plan.", "Republican Party"),
    ("Governor Lena Park answered Democratic critics such as Dale Ortiz on Friday.", "Democratic Party"),
    ("Dale Ortiz, one of the Republican opponents of the levy, spoke first.", "Republican Party"),
])
def test_a_party_word_on_critics_is_their_party(nlp, text, party):
    assert polarities(stances_of(nlp, text), "Dale Ortiz", party) == set()


@pytest.mark.parametrize("text", [
    "Dale Ortiz called Lena Park a committed isolationist.",
    "Dale Ortiz said Lena Park is a committed isolationist.",
    "Dale Ortiz described Lena Park as a staunch protectionist.",
])
def test_firmness_on_a_label_of_belief_is_no_praise(nlp, text):
    assert "positive" not in polarities(stances_of(nlp, text), "Dale Ortiz", "Lena Park")


def test_firmness_on_a_blaming_label_still_blames(nlp):
    found = stances_of(nlp, "Dale Ortiz said Lena Park is a committed liar.")
    assert polarities(found, "Dale Ortiz", "Lena Park") == {"negative"}


@pytest.mark.parametrize("text", [
    "Some Democratic senators came to Lena Park's support after the vote.",
    "Several Republican candidates rallied to Lena Park's defence on Sunday.",
])
def test_a_party_word_on_a_few_members_is_not_the_party(nlp, text):
    found = stances_of(nlp, text)
    assert [r for r in found if r.target == "Lena Park" and r.source in ("Democratic Party", "Republican Party")] == []


def test_a_party_word_on_its_members_still_acts(nlp):
    found = stances_of(nlp, "Democratic senators came to Lena Park's support after the vote.")
    assert polarities(found, "Democratic Party", "Lena Park") == {"positive"}


@pytest.mark.parametrize("text, post", [
    ("Senators stalled President Lena Park's Supreme Court nominee, Dale Ortiz, for a year.", "Supreme Court"),
    ("The board rejected Governor Lena Park's Federal Reserve nominee, Dale Ortiz.", "Federal Reserve"),
])
def test_the_post_on_a_role_noun_did_not_name_the_holder(nlp, text, post):
    found = stances_of(nlp, text)
    assert polarities(found, post, "Dale Ortiz") == set()
    assert polarities(found, "Lena Park", "Dale Ortiz") == {"positive"}


@pytest.mark.parametrize("text", [
    "Paul Reyes mocked the mayor. Owen Price later defended his comments as sarcastic.",
    "Paul Reyes mocked the mayor on Friday. Owen Price justified his remarks on Sunday.",
    "Paul Reyes lives in Lisbon. On Monday, Owen Price urged voters to stay home. Price later defended "
    "his comments as being sarcastic.",
])
def test_defending_ones_own_words_is_no_stance_toward_another(nlp, text):
    found = stances_of(nlp, text)
    assert [r for r in found if r.target == "Paul Reyes" and r.polarity == "positive"] == []


def test_defending_another_persons_words_stays(nlp):
    found = stances_of(nlp, "Owen Price mocked the mayor. Ruth Baker later defended his comments as sarcastic.")
    assert polarities(found, "Ruth Baker", "Owen Price") == {"positive"}


@pytest.mark.parametrize("text", [
    "Despite two defeats, Senator Owen Price remains committed to seeing the race through, his aide, "
    "Ruth Baker, told reporters.",
    "Ruth Baker said Owen Price is determined to stay in the contest.",
])
def test_an_intention_held_firmly_is_no_praise(nlp, text):
    assert polarities(stances_of(nlp, text), "Ruth Baker", "Owen Price") == set()


@pytest.mark.parametrize("text, body", [
    ("Ruth Baker is touting her Senate record upstate.", "Senate"),
    ("Owen Price praised her Senate record at the rally.", "Senate"),
    ("Owen Price criticised Ruth Baker's State Department tenure.", "State Department"),
])
def test_a_body_on_a_possessed_record_is_not_the_target(nlp, text, body):
    assert judged(stances_of(nlp, text), body) == set()


def test_the_possessor_of_the_record_is_still_judged(nlp):
    found = stances_of(nlp, "Owen Price criticised Ruth Baker's State Department tenure.")
    assert polarities(found, "Owen Price", "Ruth Baker") == {"negative"}


@pytest.mark.parametrize("text", [
    "The tour feels right at a time when Ruth Baker is Portugal’s first female presidential nominee.",
    "Ruth Baker is Portugal's only female nominee this year.",
])
def test_a_places_first_nominee_in_a_longer_sentence_is_a_record(nlp, text):
    assert polarities(stances_of(nlp, text), "Portugal", "Ruth Baker") == set()


@pytest.mark.parametrize("text", [
    "Owen Price appeared to break down walls with Portugal, only to build them back up.",
    "Owen Price tried to break down barriers with Portugal during the visit.",
])
def test_another_phrasal_verb_with_its_own_object_is_no_break(nlp, text):
    assert judged(stances_of(nlp, text), "Portugal") == set()


@pytest.mark.parametrize("text, sign", [
    ("Owen Price broke with Ruth Baker over the budget.", "negative"),
    ("Owen Price came out against Ruth Baker on Monday.", "negative"),
    ("Owen Price teamed up with Ruth Baker on the bill.", "positive"),
])
def test_phrasal_acts_with_their_own_particles_stay(nlp, text, sign):
    assert polarities(stances_of(nlp, text), "Owen Price", "Ruth Baker") == {sign}


@pytest.mark.parametrize("text", [
    "Ruth Baker, a Boston banker who backed the campaign of Gov. Owen Price of Vermont last year, gave "
    "the fund $200,000.",
    "Ruth Baker praised the record of Senator Owen Price of Vermont.",
])
def test_the_state_of_a_named_person_is_not_the_target(nlp, text):
    found = stances_of(nlp, text)
    assert judged(found, "Vermont") == set()
    assert polarities(found, "Ruth Baker", "Owen Price") == {"positive"}


@pytest.mark.parametrize("text", [
    "\"I'm not sure Paul Reyes damaged me,\" Ruth Baker said.",
    "Ruth Baker said she was not sure Paul Reyes had hurt her campaign.",
])
def test_a_deed_the_speaker_is_not_sure_of_is_not_held(nlp, text):
    assert polarities(stances_of(nlp, text), "Ruth Baker", "Paul Reyes") == set()


def test_a_deed_the_speaker_is_sure_of_stays(nlp):
    found = stances_of(nlp, "\"I'm sure Paul Reyes damaged me,\" Ruth Baker said.")
    assert polarities(found, "Ruth Baker", "Paul Reyes") == {"negative"}
