"""More errors from reading the analysis of real wire articles (issue 9), each as a general rule: coordinated
subjects with titles, "they" after two people named together, relative clauses, nested clauses of one speaker
and words the entity recogniser glues to names. Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statements_and_actors as analysed



def described(statements):
    return [(s.kind, s.cue, s.text, s.speaker) for s in statements]


# ------------------------------------------------------------------ groups of people

@pytest.mark.parametrize("text, words, speaker", [
    ("Texas Senator Dale Hobbs and Florida Senator Mara Quinlan have both urged the party to unite.",
     "the party to unite", "Dale Hobbs and Mara Quinlan"),
    ("Ohio Senator Tessa Brandt and Iowa Senator Ruben Salas warned that the plan would fail.",
     "the plan would fail", "Tessa Brandt and Ruben Salas"),
])
def test_a_place_in_a_title_does_not_cut_a_coordinated_subject(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    hit = [s for s in statements if words in s.text]
    assert hit and hit[0].speaker == speaker, described(statements)


@pytest.mark.parametrize("text, words, speaker", [
    ("Dale Hobbs and Mara Quinlan are leading the fight against the tax. They say it will hurt farmers.",
     "hurt farmers", "Dale Hobbs and Mara Quinlan"),
    ("Ortega met Dale Hobbs and Mara Quinlan, two Canadian diplomats, in Paris. They say the talks went well.",
     "talks went well", "Dale Hobbs and Mara Quinlan"),
])
def test_they_after_two_people_named_together_is_the_two_of_them(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    hit = [s for s in statements if words in s.text]
    assert hit and hit[0].speaker == speaker, described(statements)


# ------------------------------------------------------------------ descriptions are not statements

@pytest.mark.parametrize("text", [
    "He has many supporters who defend him on cable news every night.",
    "The governor has allies who defend her on talk radio every week.",
])
def test_a_relative_clause_on_unnamed_people_describes_them(nlp, text):
    statements, _ = analysed(nlp, text)
    assert statements == [], described(statements)


@pytest.mark.parametrize("text, words, speaker", [
    ("Analysts who said the plan would fail were proved right, Hobbs noted.", "the plan would fail", None),
])
def test_a_relative_clause_with_a_speech_verb_still_reports(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    assert any(words in s.text for s in statements), described(statements)


# ------------------------------------------------------------------ one statement, not two

@pytest.mark.parametrize("text, quote", [
    ("Mara Quinlan told reporters that she was not worried: “The voters know who I am.”", "voters know"),
    ("Dale Hobbs told reporters that he was not worried: \"The voters know what I stand for.\"", "stand for"),
])
def test_a_clause_leading_by_a_colon_into_its_own_quote_is_one_statement(nlp, text, quote):
    statements, _ = analysed(nlp, text)
    assert len(statements) == 1 and quote in statements[0].text, described(statements)


@pytest.mark.parametrize("text, words", [
    ("Dale Hobbs said he thought the plan was a mistake.", "plan was a mistake"),
    ("Mara Quinlan said on Monday she believed the council would approve the budget.", "approve the budget"),
])
def test_what_a_speaker_says_they_think_is_one_statement(nlp, text, words):
    statements, _ = analysed(nlp, text)
    assert len([s for s in statements if words in s.text]) == 1, described(statements)



# ------------------------------------------------------------------ a described publication stays described

@pytest.mark.parametrize("text", [
    "The Cato Institute published a report. According to the website, the plan would cost billions.",
    "The Halden Foundation funds the clinic. The website says the clinic treated 4,000 patients last year.",
])
def test_the_website_is_no_body_the_article_does_not_call_a_publication(nlp, text):
    statements, _ = analysed(nlp, text)
    assert statements and statements[-1].speaker is None and statements[-1].speaker_kind != "", described(statements)


def test_the_website_is_the_news_site_the_article_names(nlp):
    text = "The news site Ridgeline Daily published the memo. According to the website, the plan would cost billions."
    statements, _ = analysed(nlp, text)
    assert statements and statements[-1].speaker == "Ridgeline Daily", described(statements)


# ------------------------------------------------------------------ names without glued words

@pytest.mark.parametrize("text, name, title", [
    ('Pastor Elijah Marsh of Grace Chapel spoke at the rally. "We need him," Pastor Elijah Marsh said.',
     "Elijah Marsh", "Pastor Elijah Marsh"),
    ("Bishop Elijah Marsh led the prayer for the victims of the flood.", "Elijah Marsh", "Bishop Elijah Marsh"),
])
def test_a_title_is_no_part_of_a_name_whatever_the_tagger_said(nlp, text, name, title):
    _, found = analysed(nlp, text)
    names = {a.name for a in found}
    assert name in names and title not in names, names


@pytest.mark.parametrize("text, name", [
    ("A spokesman for PAC Safer Streets Action said the ads would run until November.", "Safer Streets Action"),
])
def test_the_kind_of_body_written_before_its_name_is_no_part_of_it(nlp, text, name):
    _, found = analysed(nlp, text)
    names = {a.name for a in found}
    assert name in names and "PAC " + name not in names, names


# ------------------------------------------------------------------ reporting words read backwards

@pytest.mark.parametrize("text, words", [
    ("Voters in Iowa responded to Hobbs with enthusiasm, polls show.", "polls show"),
])
def test_reporting_words_after_a_clause_are_no_content_of_its_verb(nlp, text, words):
    statements, _ = analysed(nlp, text)
    assert statements and not any(s.text.strip(" .") == words for s in statements), described(statements)


@pytest.mark.parametrize("text, words, wrong", [
    ("Dale Hobbs and Mara Quinlan remain confident despite critics such as Ruben Salas, R-Texas, and Tessa Brandt, "
     "who now say they think the bill should be changed.", "the bill should be changed", "Dale Hobbs and Mara Quinlan"),
])
def test_they_never_skips_nearer_people_for_a_pair_named_earlier(nlp, text, words, wrong):
    statements, _ = analysed(nlp, text)
    assert not any(s.speaker == wrong for s in statements if s.text.strip(" .") == words), described(statements)


@pytest.mark.parametrize("text, words, speaker", [
    ("Dale Hobbs, R-Texas, and Mara Quinlan, D-Fla., said the vote should be delayed.",
     "the vote should be delayed", "Dale Hobbs and Mara Quinlan"),
    ("Mara Quinlan, 54, and Dale Hobbs, 61, said the vote should be delayed.",
     "the vote should be delayed", "Mara Quinlan and Dale Hobbs"),
    ("Dale Hobbs, the Texas senator, and Mara Quinlan have both urged the party to unite.",
     "the party to unite", "Dale Hobbs and Mara Quinlan"),
    ("The two senators, Dale Hobbs and Mara Quinlan, have urged the party to unite.",
     "the party to unite", "Dale Hobbs and Mara Quinlan"),
])
def test_asides_between_coordinated_people_keep_the_group(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    hit = [s for s in statements if words in s.text]
    assert hit and hit[0].speaker == speaker, described(statements)
