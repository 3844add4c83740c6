"""Stance rows a careful reader of real wire copy rejects or misses, from a sixth read-through of
PolNeAR train articles (issue 10), on invented text run through the whole analysis: members a relative
clause picks out ("the Republicans who finished behind him") are not the party; a place in apposition
to a modifier of a person ("a Broward County, Fla., deputy") describes the person and does not act; a
place's people ("reassured Russians", "the voters of New York") are no more than a guess at the state;
a phrase quoted to be dismissed ("dismissed the idea that Y was 'a hero'") is denied, not endorsed;
a 'he' speaker whom another subject of the sentence before could be makes an unsure row."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.pipeline import spacy_text
from analysis.types import Article


def stances(nlp, text):
    return analyze_doc(nlp(spacy_text(text)), Article("a", text)).stances


def shown(found):
    """The rows Relations and Said about show by default."""
    return [r for r in found if r.confidence >= 0.5]


@pytest.mark.parametrize("text, target", [
    ("Tom Hale congratulated the Republicans who finished behind him.", "Republican Party"),
    ("Tom Hale attacked the Democrats who voted for the levy.", "Democratic Party"),
    ("Tom Hale was shot by a Broward County, Fla., deputy.", "Tom Hale"),
    ("Tom Hale was questioned by a Dade County, Fla., detective.", "Tom Hale"),
    ("Tom Hale sought to reassure Russians on Monday.", "Russia"),
    ("Tom Hale said he would trust the voters of New York.", "New York"),
])
def test_no_row_shown_toward_or_from_those_only_described(nlp, text, target):
    assert [(r.source, r.target) for r in shown(stances(nlp, text))
            if r.target == target or r.source not in ("Tom Hale",)] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Tom Hale attacked the Democrats, who voted for the levy.", "Tom Hale", "Democratic Party", "negative"),
    ("Tom Hale praised Russia on Monday.", "Tom Hale", "Russia", "positive"),
    ("Tom Hale criticised the leaders of Russia.", "Tom Hale", "Russia", "negative"),
    ("Tom Hale dismissed Lena Ruiz as \"a fraud.\"", "Tom Hale", "Lena Ruiz", "negative"),
])
def test_rows_the_rules_keep(nlp, text, source, target, sign):
    assert {r.polarity for r in shown(stances(nlp, text)) if (r.source, r.target) == (source, target)} == {sign}


@pytest.mark.parametrize("text", [
    "Tom Hale dismissed the idea that Lena Ruiz was \"a hero.\"",
    "Tom Hale ridiculed claims that Lena Ruiz was \"a hero.\"",
    "Tom Hale derided the claim that Lena Ruiz had \"saved the city.\"",
])
def test_a_claim_quoted_to_be_dismissed_is_no_praise(nlp, text):
    assert [r.polarity for r in stances(nlp, text) if r.target == "Lena Ruiz" and r.polarity == "positive"] == []


def test_a_he_speaker_another_subject_before_could_be_is_unsure(nlp):
    text = "Tom Hale asked Mark Lind about the vote. \"The Senate is a disgrace,\" he said."
    rows = [r for r in stances(nlp, text) if r.target == "Senate"]
    assert [r.polarity for r in rows] == ["negative"]
    assert all(r.confidence < 0.5 and "unsure-speaker" in r.rule for r in rows)
