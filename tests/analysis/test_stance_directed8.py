"""Who blames or backs whom in one sentence, round eight: one placed in a group whose relative
clause acts ("X was among the groups that condemned Y", "X, one of the few who endorsed Y",
"X was the first senator to praise Y", "Among those who ... was X"), and the possessor of a
subject phrase as whom the clause's object pronoun stands for ("Y's rival X attacked him"), an
apposition acted on as the noun it describes ("Y's plan, a change opposed by X"), a contribution
judged by its words ("Y had made an invaluable contribution"), and a comparison nobody matches
("there is no one better than Y"), and charges as accusations ("X declined to respond to Y's
charges"; not "took charge of"), a speech cue negated says nothing ("did not respond to a request
for comment on the criticism of Y"), what one alleges of another ("X alleged that Y had ..."), the support one is thanked for ("X thanked
Y for his support": Y backed X), a word inside an "if" clause judging no one, one named among a plural agent noun ("Y's critics, led
by X"), and a pronoun in a quote stands for the surname just named
(whole analysis). Invented sentences."""
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


@pytest.mark.parametrize("text, source, target, polarity", [
    ("The Ministry did not respond to a request for comment on the criticism of Okafor's tweets.", "Ministry", "Okafor", 0),
    ("Lindqvist never said Okafor was a liar.", "Lindqvist", "Okafor", 0),
    # what is said is read as before
    ("Lindqvist said Okafor's plan was a disaster.", "Lindqvist", "Okafor", -1),
])
def test_a_cue_negated_says_nothing(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lindqvist alleged that Okafor had met the bidders in secret.", "Lindqvist", "Okafor", -1),
    ("The Harbour Union charged that Okafor is trying to delay the vote.", "Harbour Union", "Okafor", -1),
    # the one accused does not accuse; a plain report is no allegation
    ("Lindqvist alleged that Okafor had met the bidders in secret.", "Okafor", "Lindqvist", 0),
    ("Lindqvist said that Okafor had met the bidders in secret.", "Lindqvist", "Okafor", 0),
])
def test_what_is_alleged_blames_its_doer(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lindgren thanked Ravel for his support.", "Ravel", "Lindgren", 1),
    ("The mayor, Ana Lindgren, thanked the Ravel Foundation for its help after the floods.", "Ravel Foundation", "Ana Lindgren", 1),
    # the thanks stay the thanker's; another's support is not the thanked one's
    ("Lindgren thanked Ravel for his support.", "Lindgren", "Ravel", 1),
    ("Lindgren thanked Ravel for Kim's support.", "Ravel", "Lindgren", 0),
])
def test_thanked_for_their_support(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


def test_thanks_outweigh_the_support_inferred(nlp):
    text = "Lindgren thanked Ravel for his support."
    thanks, support = reading(nlp, text, "Lindgren", "Ravel"), reading(nlp, text, "Ravel", "Lindgren")
    assert abs(thanks.score) > abs(support.score) > 0


@pytest.mark.parametrize("text, source, target, polarity", [
    ("The Harbour Board must weigh the bids, Lindqvist said, although both sides pay a penalty if they fail to deliver.",
     "Lindqvist", "Harbour Board", 0),
    ("Nobody knows how the council will react if Okafor fails again, Lindqvist said.", "Lindqvist", "Okafor", 0),
    # a judgement outside the condition stands
    ("Okafor has failed the harbour, Lindqvist said.", "Lindqvist", "Okafor", -1),
])
def test_a_word_in_a_condition_judges_no_one(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lindgren's critics, led by Ravel, say he should resign.", "Ravel", "Lindgren", -1),
    ("Critics of Lindgren, led by Senator Ravel, have called for a recount.", "Ravel", "Lindgren", -1),
    ("Lindgren's supporters, led by Ravel, marched on Monday.", "Ravel", "Lindgren", 1),
    ("Lindgren's critics, including Ravel, gathered outside.", "Ravel", "Lindgren", -1),
    # the one they are for or against is not one of them
    ("Lindgren's supporters, led by Ravel, marched on Monday.", "Lindgren", "Ravel", 0),
])
def test_one_named_among_critics_or_supporters(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


# ---- a pronoun inside a quote stands for the one just talked about (whole analysis)

from analysis.corpus import analyze_doc  # noqa: E402
from analysis.types import Article  # noqa: E402


def _rows(nlp, text, source, target):
    return [r for r in analyze_doc(nlp(text), Article("a", text)).stances if (r.source, r.target) == (source, target)]


@pytest.mark.parametrize("text, source, target, other", [
    # a surname named last (titled or not) is who "he" is, not a man with a known first name named before
    ("Former President Bill Ostrander campaigned in Ohio on Monday.\n\nThe plan has drawn fire from scientists "
     "since Mr. Hale unveiled it. \"He failed to explain how he would pay for it,\" said Harold Varga, a former "
     "director of the National Institutes of Health.\n\nOstrander is scheduled to speak in Cleveland on Tuesday.",
     "Harold Varga", "Hale", "Bill Ostrander"),
    ("Former President Bill Ostrander campaigned in Ohio on Monday.\n\nThe plan has drawn fire from scientists "
     "since Senator Hale unveiled it. \"He failed to explain how he would pay for it,\" said Harold Varga, a former "
     "director of the National Institutes of Health.\n\nOstrander is scheduled to speak in Cleveland on Tuesday.",
     "Harold Varga", "Hale", "Bill Ostrander"),
])
def test_quoted_pronoun_is_the_one_just_named(nlp, text, source, target, other):
    found = analyze_doc(nlp(text), Article("a", text)).stances
    assert [r.polarity for r in found if (r.source, r.target) == (source, target)] == ["negative"]
    assert not [r for r in found if (r.source, r.target) == (source, other)]


def test_a_titled_womans_surname_is_no_he(nlp):
    text = ("Former President Bill Ostrander campaigned in Ohio on Monday.\n\nThe plan has drawn fire from "
            "scientists since Ms. Hale unveiled it. \"He failed to explain how he would pay for it,\" said Harold "
            "Varga, a former director of the National Institutes of Health.")
    assert not _rows(nlp, text, "Harold Varga", "Hale")
