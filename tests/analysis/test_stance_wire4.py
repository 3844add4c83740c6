"""Stance rows a reader of real wire copy rejects or expects, from a fourth read-through of PolNeAR
train articles (issue 10), on invented text run through the whole analysis: a persuasion only hoped
for is no one's act, an act declined is none, a poll's share of support is no group's stance; "took
aim / a swipe at Y", "the fact that Y ... is disgusting", "a betrayal by Y", a deed such as gaming
the system, and speech named by its speaker ("comments by Y") are. Each rejected row was shown
before its rule; the rows kept guard the rules against going too far."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.types import Article


def stances(nlp, text):
    return analyze_doc(nlp(text), Article("a", text)).stances


def shown(found):
    """The rows Relations and Said about show by default."""
    return [r for r in found if r.confidence >= 0.5]


def signs(found, source, target):
    return [r.polarity for r in shown(found) if (r.source, r.target) == (source, target)]


@pytest.mark.parametrize("text, wrong", [
    ("Kurt Brandt hopes to persuade Lena Kim to support him.", ("Kurt Brandt", "Lena Kim")),
    ("Kurt Brandt hopes to persuade Lena Kim to support him.", ("Lena Kim", "Kurt Brandt")),
    ("Kurt Brandt wants to convince Senator Omar Haddad to endorse him.", ("Kurt Brandt", "Omar Haddad")),
    ("In the coming months, Kurt Brandt vowed to ban imports, declined at first to criticize former leader "
     "Omar Haddad, and defended the plan.", ("Kurt Brandt", "Omar Haddad")),
    ("In Florida, a poll found Kurt Brandt receiving 20 percent support from Democrats.",
     ("Democratic Party", "Kurt Brandt")),
])
def test_no_row_for_an_act_only_hoped_for_declined_or_counted(nlp, text, wrong):
    assert [r for r in stances(nlp, text) if (r.source, r.target) == wrong] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Joe Kessler took aim at Maria Ortiz on Monday.", "Joe Kessler", "Maria Ortiz", "negative"),
    ("On Monday, Joe Kessler took aim at comments by Maria Ortiz.", "Joe Kessler", "Maria Ortiz", "negative"),
    ("Joe Kessler took a swipe at Maria Ortiz during the debate.", "Joe Kessler", "Maria Ortiz", "negative"),
    ("Senator Joe Kessler took a whack at Maria Ortiz's record.", "Joe Kessler", "Maria Ortiz", "negative"),
    ("Mark Cole hopes to persuade voters to back Lena Kim.", "Mark Cole", "Lena Kim", "positive"),
    ("Joe Kessler took on Maria Ortiz in the debate.", "Joe Kessler", "Maria Ortiz", "negative"),
    ('"The fact that Norland Bank is leaving our country with a loss of jobs is disgusting," Joe Kessler said.',
     "Joe Kessler", "Norland Bank", "negative"),
    ("Lena Kim said what Kurt Brandt did was a disgrace.", "Lena Kim", "Kurt Brandt", "negative"),
    ("Lena Kim said the way Kurt Brandt handled the crisis was admirable.", "Lena Kim", "Kurt Brandt", "positive"),
    ("Lena Kim said it was a shameful betrayal by Kurt Brandt.", "Lena Kim", "Kurt Brandt", "negative"),
    ('"By moving overseas, Norland Bank is gaming the system," Senator Joe Kessler said.', "Joe Kessler", "Norland Bank",
     "negative"),
])
def test_a_reader_sees_the_stance(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


@pytest.mark.parametrize("text", [
    "Lena Kim said the fact that Kurt Brandt won was surprising.",
    "Lena Kim said the report by Kurt Brandt came out on Monday.",
    "Joe Kessler took a photo of Maria Ortiz.",
    "Joe Kessler took questions from Maria Ortiz.",
])
def test_no_row_without_a_judgement(nlp, text):
    assert shown(stances(nlp, text)) == []


def test_criticism_by_another_is_an_act_not_a_deed_of_its_maker(nlp):
    found = stances(nlp, "Lena Kim said the criticism by Kurt Brandt was unfair.")
    assert [r.rule for r in found if r.target == "Kurt Brandt" and r.rule.endswith("+by")] == []


@pytest.mark.parametrize("text, wrong", [
    ('Hillary Clinton spoke on Monday. The email said that Donald Trump supports "Hillary-style healthcare" and '
     'abortion.', ("Donald Trump", "Hillary Clinton")),
    ("Bernie Sanders spoke on Monday. Lena Kim told neighbors that Eric Kingson was a Bernie-supported champion for Social Security.",
     ("Lena Kim", "Bernie Sanders")),
    ("Senator Bernie Sanders spoke at Senate Minority Leader Harry Reid's invitation, just hours before his "
     "meeting with Hillary Clinton.", ("Harry Reid", "Hillary Clinton")),
    ("Kellyanne Conway is well liked by Mr. Trump's daughter Ivanka and her husband, Jared Kushner.",
     ("Trump", "Kellyanne Conway")),
    ("Ted Cruz would warn voters not to vote for Lena Kim.", ("Ted Cruz", "Lena Kim")),
])
def test_no_row_for_a_name_that_only_describes_or_a_referent_not_known(nlp, text, wrong):
    found = [(r.source, r.target) for r in stances(nlp, text)]
    assert not [p for p in found if p[0].endswith(wrong[0]) and p[1] == wrong[1]]


@pytest.mark.parametrize("text, source, target, sign", [
    ("Lena Kim said Kurt Brandt had supported the workers.", "Lena Kim", "Kurt Brandt", "positive"),
    ("Senator Bernie Sanders spoke before his meeting with Hillary Clinton.", "Bernie Sanders", "Hillary Clinton",
     "neutral"),
    ("Ted Cruz warned Republicans to reject Lena Kim.", "Ted Cruz", "Lena Kim", "negative"),
])
def test_the_rules_keep_what_a_reader_sees(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


def test_backing_a_policy_is_no_praise_of_its_backer(nlp):
    found = stances(nlp, 'Lena Kim said that Donald Trump supports "Hillary-style healthcare" and abortion.')
    assert [r for r in found if r.target == "Donald Trump" and r.polarity == "positive"] == []


@pytest.mark.parametrize("text, source, target, kept", [
    ('State Sen. Lee Bright suggested that Donald Trump was vulnerable on the "single-payer health care" quotes.',
     "Lee Bright", "Donald Trump", []),
    ('Lena Kim said Kurt Brandt was "a disgrace to the office."', "Lena Kim", "Kurt Brandt", ["negative"]),
])
def test_a_quoted_name_for_a_thing_is_no_label_for_the_target(nlp, text, source, target, kept):
    assert signs(stances(nlp, text), source, target) == kept


@pytest.mark.parametrize("text, kept", [
    ("Chuck Todd questioned Mike Pence about that position.", []),
    ("Chuck Todd questioned Mike Pence's judgment.", ["negative"]),
])
def test_questions_about_something_are_asking(nlp, text, kept):
    assert signs(stances(nlp, text), "Chuck Todd", "Mike Pence") == kept
