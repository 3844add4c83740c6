"""Statements and their speakers read on real wire articles (issue 9, read-through 7): the writer's guess at a
mind, a participle spelling out an act someone is only reported to plan, a kind of people a relative clause
describes and a conjunct the parse hung on the verb are handled as what they are; bodies a
plural description gives as examples speak together. Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_of


@pytest.mark.parametrize("text", [
    "Lena Ostrow seems to have found that a calm message works better for her.",
    "The council appears to have realized that the bridge was too narrow.",
])
def test_a_thought_under_seems_to_is_the_writers_guess(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, said, act", [
    ("Aides said Mayor Lena Ostrow will make a case for her record, highlighting the new bridge.",
     "Mayor Lena Ostrow will make", "highlighting"),
    ("Staff said Governor Tomas Ilic would defend the budget on Monday, touting the new school.",
     "Governor Tomas Ilic would defend", "touting"),
])
def test_a_participle_on_a_reported_future_act_is_no_statement(nlp, text, said, act):
    found = statements_of(nlp, text)
    statement_with(found, said)
    assert all(s.cue != act for s in found)


@pytest.mark.parametrize("text", [
    "Senators who agree that the base should close were annoyed by the delay.",
    "Farmers who believe that the levy is unfair stayed home on Tuesday.",
])
def test_a_present_tense_cue_describing_a_kind_of_people_is_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, words", [
    ("The senators who agreed that the base should close met the mayor.", "the base should close"),
    ("The plan has drawn scrutiny from Republicans, who say it allowed donors to pay for access.",
     "it allowed donors to pay"),
])
def test_a_relative_clause_on_particular_people_still_reports(nlp, text, words):
    statement_with(statements_of(nlp, text), words)


@pytest.mark.parametrize("text, content", [
    ("The senator decried the lack of details about where the city might move the families and just how much it would cost.",
     "the lack of details about where the city might move the families and just how much it would cost"),
])
def test_a_conjunct_hung_on_the_verb_stays_in_the_content(nlp, text, content):
    assert statement_with(statements_of(nlp, text), "the lack of details").text == content


@pytest.mark.parametrize("text, words, speaker", [
    ("While unions like the Teamsters Union and the National Nurses Guild praised the deal, they said it did not go far enough.",
     "it did not go far enough", "Teamsters Union and National Nurses Guild"),
    ("On Monday, rights groups such as Amnesty International and Oxfam said the plan was cruel.",
     "the plan was cruel", "Amnesty International and Oxfam"),
])
def test_bodies_given_as_examples_speak_together(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Jeb Rolle, the former governor, called his rival ''totally scripted.''\n\n"
     "And Mr. Kesten gloated: ''I told you he wouldn't be ready.''", "I told you", "Kesten"),
    ("Ana Ruiz called the plan ''a mess.''\n\nAnd Tomas Ilic replied: ''We will fix it by June.''",
     "We will fix it", "Tomas Ilic"),
])
def test_a_colon_lead_in_before_two_apostrophe_marks_names_the_speaker(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Lena Ostrow added that she acted no differently from her predecessors. However, no other governor had "
     "a private server like hers.\n\n“Many people did it. It was not unprecedented,” she said.",
     "Many people did it", "Lena Ostrow"),
    ("Tomas Ilic said the fund was legal. Neither rival had a fund of that size.\n\n“We broke no rule,” he said.",
     "We broke no rule", "Tomas Ilic"),
])
def test_a_subject_naming_nobody_is_no_antecedent(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text", [
    "The visit got people talking about whether this could mean a new ticket.",
    "A woman named Kara Holm demanded to know whether Ostrow would refuse donations from oil firms.",
    "Kara Holm demanded to know why the council had closed the clinic.",
])
def test_a_question_asked_about_is_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ('Tomas Ilic said he planned to use the money to fight "street" crime and to counter "Ana Ruiz\'s soft talk."',
     'he planned to use the money to fight "street" crime and to counter "Ana Ruiz\'s soft talk'),
    ("Kara Holm said she would sell the farm to pay her debts and to buy a smaller house in town.",
     "she would sell the farm to pay her debts and to buy a smaller house in town"),
])
def test_a_second_infinitive_joined_by_and_stays_in_the_reported_clause(nlp, text, content):
    found = statements_of(nlp, text)
    assert [s.text for s in found] == [content]


@pytest.mark.parametrize("text, words", [
    ('Ilic said he planned to use the money from the sale  to fight "gang" violence against shop owners and to '
     'counter "Ana Ruiz\'s soft talk."', "Ana Ruiz's soft talk"),
])
def test_a_quote_on_an_infinitive_inside_a_report_is_part_of_that_report(nlp, text, words):
    found = statements_of(nlp, text)
    assert len(found) == 1 and words in found[0].text and found[0].speaker == "Ilic"



@pytest.mark.parametrize("text, words, speaker", [
    ("At one point in the book, Dorn gives an account of Halvorsen telling one agent to “Go to hell!,” while "
     "telling another to, “Go away yourself!”", "Go away yourself", "Halvorsen"),
])
def test_the_person_named_right_before_a_participle_speaks(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


def _analysed(nlp, text):
    from analysis.corpus import analyze_doc
    from analysis.types import Article

    return analyze_doc(nlp(text), Article(id="a1", text=text)).statements


@pytest.mark.parametrize("text", [
    "Many of you have questioned whether our rival has the temperament to lead. I want to take this time to tell "
    "you who I am. You question my judgment, my honesty.",
    "I have informed my husband that he will take no money from lobbyists. We believe the town deserves better.",
])
def test_the_writers_own_i_we_or_you_is_no_statement(nlp, text):
    assert [s.text for s in _analysed(nlp, text) if s.kind != "direct"] == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Mayor Lena Ostrow spoke on Monday. “We will win,” she said.", "We will win", "Lena Ostrow"),
    ("Tomas Ilic said we should all pay less tax.", "we should all pay", "Tomas Ilic"),
])
def test_a_named_speaker_still_speaks_of_we(nlp, text, words, speaker):
    assert statement_with(_analysed(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker_mention", [
    ("Even a top party strategist said Ostrow will have to choose whose side she is on, saying, “At some point, "
     "she is going to have to come out on where she stands.”", "At some point", "strategist"),
    ("Tomas Ilic said the council would have to start again, adding, “Nobody wants this plan.”",
     "Nobody wants this plan", "Tomas Ilic"),
])
def test_a_participle_after_a_reported_infinitive_is_the_reporters(nlp, text, words, speaker_mention):
    found = statements_of(nlp, text)
    st = statement_with([s for s in found if s.kind == "direct"], words)
    assert speaker_mention in st.speaker_mention
    assert not any(words in s.text for s in found if s.kind != "direct")
