"""Stance rows a careful reader of real wire copy rejects or misses, from a sixth read-through of
PolNeAR train articles (issue 10), on invented text run through the whole analysis.

Rows kept out or lowered: members a relative clause picks out ("the Republicans who finished behind
him") are not the party; a place in apposition to a modifier of a person ("a Broward County, Fla.,
deputy") describes the person and does not act; a place's people ("reassured Russians", "the voters
of New York") are no more than a guess at the state; a phrase quoted to be dismissed ("dismissed the
idea that Y was 'a hero'") is denied, not endorsed; a 'he' speaker whom another subject of the
sentence before could be makes an unsure row; a participle after people ("the voters now backing Y")
is their act, not the sentence subject's; an act another person only predicts ("Hale predicted Ruiz
will back Cole") is below the default filter; "neither X nor Y criticized Z" is no criticism; a name
that only says what kind ("a U.S. District Court judge", "all the parties", "a Freedom of
Information lawsuit") is no doer or target; nor is the owner of allies ("praised the United States'
allies", also when a quote mark cuts the parse: "the United States’ “stalwart allies”").

Stances the analysis missed: "disappointed in Y", "took issue with Y", "came to Y's defense", "Y is to
blame", a cleft's focus as the doer ("it was Y who wrecked the economy"), "X, a Ruiz supporter who
criticized Z" (X criticized), "asked Lind why he attacked Z" (Lind attacked), "Ruiz and Hale ... their criticism of Z" (both),
"Y, whom X decided to praise" (X praised Y; "whom X refused to disavow" is no act on Y), "asked about
Cole's calling Ruiz a bigot" (Cole's act, not the one asked)."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import stances_of


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
    assert [(r.source, r.target) for r in shown(stances_of(nlp, text))
            if r.target == target or r.source not in ("Tom Hale",)] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Tom Hale attacked the Democrats, who voted for the levy.", "Tom Hale", "Democratic Party", "negative"),
    ("Tom Hale praised Russia on Monday.", "Tom Hale", "Russia", "positive"),
    ("Tom Hale criticised the leaders of Russia.", "Tom Hale", "Russia", "negative"),
    ("Tom Hale dismissed Lena Ruiz as \"a fraud.\"", "Tom Hale", "Lena Ruiz", "negative"),
])
def test_rows_the_rules_keep(nlp, text, source, target, sign):
    assert {r.polarity for r in shown(stances_of(nlp, text)) if (r.source, r.target) == (source, target)} == {sign}


@pytest.mark.parametrize("text", [
    "Tom Hale dismissed the idea that Lena Ruiz was \"a hero.\"",
    "Tom Hale ridiculed claims that Lena Ruiz was \"a hero.\"",
    "Tom Hale derided the claim that Lena Ruiz had \"saved the city.\"",
])
def test_a_claim_quoted_to_be_dismissed_is_no_praise(nlp, text):
    assert [r.polarity for r in stances_of(nlp, text) if r.target == "Lena Ruiz" and r.polarity == "positive"] == []


def test_a_he_speaker_another_subject_before_could_be_is_unsure(nlp):
    text = "Tom Hale asked Mark Lind about the vote. \"The Senate is a disgrace,\" he said."
    rows = [r for r in stances_of(nlp, text) if r.target == "Senate"]
    assert [r.polarity for r in rows] == ["negative"]
    assert all(r.confidence < 0.5 and "unsure-speaker" in r.rule for r in rows)


@pytest.mark.parametrize("text", [
    "Tom Hale thanked the voters now backing Lena Ruiz.",
    "Tom Hale mocked the voters now backing Lena Ruiz.",
    "Tom Hale met donors supporting Lena Ruiz.",
])
def test_a_participle_after_people_is_their_act(nlp, text):
    assert [r for r in shown(stances_of(nlp, text)) if (r.source, r.target) == ("Tom Hale", "Lena Ruiz")] == []


@pytest.mark.parametrize("text, sign", [
    ("Tom Hale signed a letter condemning Lena Ruiz.", "negative"),
    ("Tom Hale visited voters in Ohio, criticizing Lena Ruiz.", "negative"),
    ("Tom Hale mocked the voters, backing Lena Ruiz.", "positive"),
    ("Tom Hale was disappointed in Lena Ruiz.", "negative"),
    ("\"I am disappointed in Lena Ruiz,\" Tom Hale said.", "negative"),
    ("Tom Hale said he was deeply disappointed with Lena Ruiz.", "negative"),
    ("Tom Hale was disappointed by Lena Ruiz.", "negative"),
    ("Tom Hale took issue with Lena Ruiz on Monday.", "negative"),
    ("Tom Hale came to Lena Ruiz's defense on Monday.", "positive"),
    ("Tom Hale came to the defence of Lena Ruiz.", "positive"),
    ("Tom Hale rushed to the aid of Lena Ruiz.", "positive"),
    ("Tom Hale said Lena Ruiz was to blame for the crisis.", "negative"),
    ("\"Lena Ruiz is to blame,\" Tom Hale said.", "negative"),
    ("Tom Hale said Lena Ruiz was responsible for the deaths.", "negative"),
])
def test_a_reader_sees_the_stance(nlp, text, sign):
    assert {r.polarity for r in shown(stances_of(nlp, text)) if (r.source, r.target) == ("Tom Hale", "Lena Ruiz")} == {sign}


@pytest.mark.parametrize("text, target", [
    ("Tom Hale was disappointed in Chicago on Monday.", "Chicago"),
    ("Tom Hale raised the issue with Lena Ruiz.", "Lena Ruiz"),
    ("Tom Hale discussed the issue with Lena Ruiz.", "Lena Ruiz"),
    ("Tom Hale praised Israel's defense against Hamas.", "Hamas"),
    ("Tom Hale objected to the defense of Lena Ruiz.", "Lena Ruiz"),
])
def test_no_row_the_new_words_do_not_make(nlp, text, target):
    assert [r for r in shown(stances_of(nlp, text)) if r.source == "Tom Hale" and r.target == target] == []


@pytest.mark.parametrize("text, sign", [
    ("\"It was Lena Ruiz who wrecked the economy,\" Tom Hale said.", "negative"),
    ("Tom Hale said it was Lena Ruiz who wrecked the economy.", "negative"),
    ("\"It was Lena Ruiz who saved the city,\" Tom Hale said.", "positive"),
])
def test_a_clefts_focus_did_what_its_clause_says(nlp, text, sign):
    assert {r.polarity for r in shown(stances_of(nlp, text)) if (r.source, r.target) == ("Tom Hale", "Lena Ruiz")} == {sign}


@pytest.mark.parametrize("text", [
    "\"It was Lena Ruiz and Mark Lind who helped undo all the gains,\" Tom Hale said.",
    "Mark Lind praised the man who helped Lena Ruiz.",
])
def test_who_is_the_doer_of_its_clause_never_its_object(nlp, text):
    assert [r for r in stances_of(nlp, text) if (r.source, r.target) in (("Lena Ruiz", "Mark Lind"), ("Mark Lind", "Lena Ruiz"))
            and r.polarity == "positive" and "help" in r.rule and r.confidence >= 0.5] == []


@pytest.mark.parametrize("text, shown_row", [
    ("Lena Ruiz will back Mark Cole before the convention, predicted Tom Hale, a former rival.", False),
    ("Tom Hale predicted that Lena Ruiz would endorse Mark Cole.", False),
    ("Tom Hale said Lena Ruiz would endorse Mark Cole on Friday.", True),
    ("Lena Ruiz predicted she would endorse Mark Cole.", True),
])
def test_an_act_another_only_predicts_is_below_the_filter(nlp, text, shown_row):
    rows = [r for r in stances_of(nlp, text) if (r.source, r.target) == ("Lena Ruiz", "Mark Cole")]
    assert [r.polarity for r in rows] == ["positive"]
    assert (rows[0].confidence >= 0.5) == shown_row


@pytest.mark.parametrize("text, source, target", [
    ("In May, a U.S. District Court judge sided with Lena Ruiz.", "United States", "Lena Ruiz"),
    ("\"I'm grateful to all the parties involved,\" Lena Ruiz said after the Republican Party backed the accord.",
     "Lena Ruiz", "Republican Party"),
    ("The Republican Party backed the deal. Lena Ruiz thanked all the parties for their work.", "Lena Ruiz", "Republican Party"),
    ("Judicial Watch is a watchdog. The group filed a Freedom of Information lawsuit against the State Department in 2014.",
     "Freedom of Information", "State Department"),
])
def test_a_name_that_only_says_what_kind_makes_no_row(nlp, text, source, target):
    assert [r for r in shown(stances_of(nlp, text)) if (r.source, r.target) == (source, target)] == []


@pytest.mark.parametrize("text, source, target", [
    ("In May, a U.S. District Court judge sided with Lena Ruiz.", "District Court", "Lena Ruiz"),
    ("The Republican Party backed the deal. Lena Ruiz thanked the party for its work.", "Lena Ruiz", "Republican Party"),
    ("Judicial Watch is a watchdog. The group filed a Freedom of Information lawsuit against the State Department in 2014.",
     "Judicial Watch", "State Department"),
    ("US sanctions on Russia were tightened.", "United States", "Russia"),
])
def test_the_named_doer_stays(nlp, text, source, target):
    assert len([r for r in shown(stances_of(nlp, text)) if (r.source, r.target) == (source, target)]) == 1


@pytest.mark.parametrize("text, source, target", [
    ("Lena Ruiz and Mark Cole spoke. Later Tom Hale, a Ruiz supporter who has criticized Cole, spoke on Monday.",
     "Lena Ruiz", "Mark Cole"),
    ("Neither Lena Ruiz nor Tom Hale criticized Mark Cole.", "Lena Ruiz", "Mark Cole"),
    ("But neither Ohio's Lena Ruiz nor Iowa's Tom Hale have gone as far as Jane Kerr in chiding Mark Cole who, "
     "if he wins, would lead the state.", "Ohio", "Mark Cole"),
    ("Neither Lena Ruiz nor Tom Hale has gone as far as Jane Kerr in criticizing Mark Cole.", "Tom Hale", "Mark Cole"),
])
def test_no_act_of_one_who_did_not_do_it(nlp, text, source, target):
    assert [r for r in shown(stances_of(nlp, text)) if (r.source, r.target) == (source, target) and r.polarity == "negative"] == []


def test_who_after_an_apposition_on_a_person_is_that_person(nlp):
    text = "Lena Ruiz and Mark Cole spoke. Later Tom Hale, a Ruiz supporter who has criticized Cole, spoke on Monday."
    assert {r.polarity for r in shown(stances_of(nlp, text)) if (r.source, r.target) == ("Tom Hale", "Mark Cole")} == {"negative"}


@pytest.mark.parametrize("text", [
    "Moderator Tom Hale started the exchange by asking Mark Lind why he decided to attack Mark Cole personally.",
    "Tom Hale asked Mark Lind why he had attacked Mark Cole.",
])
def test_he_in_a_question_put_to_someone_is_the_one_asked(nlp, text):
    assert [(r.source, r.polarity) for r in stances_of(nlp, text) if r.target == "Mark Cole"] == [("Mark Lind", "negative")]


def test_their_after_coordinated_names_is_each_of_them(nlp):
    text = "Lena Ruiz and Tom Hale have been vocal in their criticism of Mark Cole."
    assert sorted((r.source, r.polarity) for r in shown(stances_of(nlp, text)) if r.target == "Mark Cole") == [
        ("Lena Ruiz", "negative"), ("Tom Hale", "negative")]


@pytest.mark.parametrize("text, sign", [
    ("Tom Hale, whom Mark Cole refused to disavow, spoke.", None),
    ("Tom Hale, whom Mark Cole decided to praise, spoke.", "positive"),
])
def test_the_verb_under_a_relative_clause_acts_on_its_noun(nlp, text, sign):
    found = [r.polarity for r in shown(stances_of(nlp, text)) if (r.source, r.target) == ("Mark Cole", "Tom Hale")]
    assert found == ([sign] if sign else [])


@pytest.mark.parametrize("text, target", [
    ("The Democratic Party met on Monday. Lena Ruiz said the platform should reiterate the party\u2019s support for "
     "the United States\u2019 \u201cstalwart allies,\u201d specifically naming Israel.", "United States"),
    ("Lena Ruiz praised the United States' allies.", "United States"),
    ("Lena Ruiz criticized Russia's allies.", "Russia"),
])
def test_an_act_on_someones_allies_is_none_on_them(nlp, text, target):
    assert [r for r in shown(stances_of(nlp, text)) if r.target == target] == []


@pytest.mark.parametrize("text, source, target", [
    ("In 2015 the Armenians of Israel protested the government of Mark Cole.", "Armenia", "Mark Cole"),
    ("Russians protested against Mark Cole.", "Russia", "Mark Cole"),
    ("Lena Ruiz said Mark Cole has given more Americans cover to speak out.", "Lena Ruiz", "United States"),
])
def test_a_places_people_as_doers_or_in_what_is_said_are_no_more_than_a_guess_at_it(nlp, text, source, target):
    assert [r for r in shown(stances_of(nlp, text)) if (r.source, r.target) == (source, target)] == []


def test_the_state_itself_stays(nlp):
    assert [r.polarity for r in shown(stances_of(nlp, "Russia protested against Mark Cole."))
            if (r.source, r.target) == ("Russia", "Mark Cole")] == ["negative"]


@pytest.mark.parametrize("text", [
    "Asked about Mark Cole's calling Lena Ruiz a bigot last week, Tom Hale blamed Ruiz.",
    "Tom Hale defended Mark Cole's attacking Lena Ruiz.",
])
def test_a_gerunds_possessor_does_it(nlp, text):
    found = shown(stances_of(nlp, text))
    assert [r.polarity for r in found if (r.source, r.target) == ("Mark Cole", "Lena Ruiz")] == ["negative"]
    assert not any(r.rule.startswith(("act:naming", "act:verb:attack")) for r in found if r.source == "Tom Hale")
