"""Statements and their speakers read on real wire articles (issue 9): a predicate added with "and" to a
reported clause, partly in quotation marks, stays in the one statement; a book or a piece of writing
speaks for its named author or publisher; reports of a press pool are the reporters', not the place
where they are posted. Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_of


@pytest.mark.parametrize("text, content", [
    ("Ilse Kern dismissed the photos, saying they were old and have “nothing to do with the campaign.”",
     "they were old and have “nothing to do with the campaign"),
    ("Tomas Ilic said the figures were wrong and are “misleading every voter in the county.”",
     "the figures were wrong and are “misleading every voter in the county"),
])
def test_a_present_predicate_added_with_and_in_quotes_stays_one_statement(nlp, text, content):
    found = statements_of(nlp, text)
    assert [s.text for s in found] == [content]


@pytest.mark.parametrize("text, first, second", [
    ("Nora Vell said that was not her view and dismissed the reports as “old rumours about the mine.”",
     "that was not her view", "dismissed the reports"),
    ("Berg said the transfer would cost the club about 20 million euros but was “a price worth paying.”",
     "the transfer would cost", "a price worth paying"),
])
def test_a_narrated_act_after_the_reported_clause_stays_apart(nlp, text, first, second):
    found = statements_of(nlp, text)
    assert any(s.text.startswith(first) and second not in s.text for s in found)


@pytest.mark.parametrize("text, words, speaker", [
    ("The book, written by Dana Ruiz, says the war could have been avoided.", "the war could", "Dana Ruiz"),
    ("The Linford Courier ran a piece that noted the mayor had missed three council meetings.",
     "the mayor had missed", "Linford Courier"),
    ("Ilse Kern published an essay which said the union had lost its way.", "the union had lost", "Ilse Kern"),
])
def test_a_piece_of_writing_speaks_for_its_author_or_publisher(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words", [
    ("According to White House pool reports, the president spoke with the prime minister for an hour.",
     "the president spoke"),
    ("Kremlin pool reports said the two leaders met for three hours.", "the two leaders met"),
])
def test_a_press_pool_report_is_not_the_government_it_covers(nlp, text, words):
    st = statement_with(statements_of(nlp, text), words)
    assert st.speaker is None and "pool" in st.speaker_mention


@pytest.mark.parametrize("text, person", [
    ("The movie shows Tomas Ilic wanting to leave the village after the war.", "Tomas Ilic"),
    ("The film shows Dana Ruiz arguing that the war was a mistake.", "Dana Ruiz"),
    ("The novel depicts Kara Holm hoping to win back her farm.", "Kara Holm"),
])
def test_a_person_a_film_or_book_shows_is_no_speaker(nlp, text, person):
    assert all(s.speaker != person for s in statements_of(nlp, text))


@pytest.mark.parametrize("text", [
    "The debate will distract us from understanding that the budget is broken.",
    "After learning that the plant would close, the workers gathered at the gate.",
])
def test_a_thought_named_as_a_circumstance_is_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("Dana Ruiz angered farmers by saying that the subsidy would end.", "the subsidy would end"),
])
def test_speech_named_as_a_means_stays_a_statement(nlp, text, content):
    assert statement_with(statements_of(nlp, text), content).speaker == "Dana Ruiz"


@pytest.mark.parametrize("text", [
    "Party officials say that, even if they thought it was fair, a recount could not be done.",
    "The council will act if the residents believe the road is unsafe.",
])
def test_a_supposed_thought_is_no_statement(nlp, text):
    assert all("fair" not in s.text[:12] and not s.text.startswith("the road") for s in statements_of(nlp, text))


def test_a_clause_reported_inside_an_embedded_post_is_the_posts(nlp):
    text = ("Voters reacted online.\n\n<tweet tweet-author=\"@newsdesk\" tweet-date=\"May 2, 2016\">Ruiz leads Holm "
            "in new Linford poll https://t.co/abc<tweet/>.\n\nThe vote is on Tuesday.")
    found = statements_of(nlp, text)
    assert not any("<tweet" in s.text for s in found)
    assert any(s.text.startswith("Ruiz leads Holm") for s in found)


@pytest.mark.parametrize("text, words", [
    ("Gary Vell is a keen climber. He released a letter from his doctor on Friday that says he is in "
     "excellent health for his age.", "he is in excellent health"),
    ("Gary Vell defended the deal on Monday. “It was fair to everyone,” his lawyer said.", "It was fair"),
])
def test_someone_described_by_a_possessive_is_not_its_owner(nlp, text, words):
    assert statement_with(statements_of(nlp, text), words).speaker != "Gary Vell"


def test_a_possessed_role_the_text_names_keeps_its_holder(nlp):
    text = ("Senator Ana Ruiz spoke first. Her lawyer, Tom Berg, said the case was weak. "
            "Later her lawyer said the judge was biased.")
    assert statement_with(statements_of(nlp, text), "the judge was biased").speaker == "Tom Berg"


@pytest.mark.parametrize("text, words, role", [
    ("Those surveyed said Nora Vell was best able to handle the economy.", "best able", "Those surveyed"),
    ("While those polled said Jeb Ruiz has the most experience, Kim is the favourite.", "the most experience",
     "those polled"),
])
def test_those_a_clause_describes_are_a_described_source(nlp, text, words, role):
    st = statement_with(statements_of(nlp, text), words)
    assert st.speaker is None and st.speaker_kind == "anonymous" and st.role == role


@pytest.mark.parametrize("text", [
    "How it handles those questions will decide whether there is a party, as we now know it, in ten years.",
    "The Whigs backed canals and other improvements of what we call \"infrastructure.\" But they split on trade.",
])
def test_the_writers_we_knowing_or_naming_is_no_statement(nlp, text):
    assert all(s.cue not in ("know", "call") for s in statements_of(nlp, text))


def test_a_narrators_we_inside_a_quote_is_the_speakers(nlp):
    text = "“We will build the road, as you know, before winter,” Nora Vell said."
    assert statement_with(statements_of(nlp, text), "We will build").speaker == "Nora Vell"


@pytest.mark.parametrize("text, words, speaker", [
    ("Ruiz has been criticised at home. “There are snails with more courage than Senator Ana Ruiz,” reads an "
     "editorial in the Linford Gazette.", "snails", "Linford Gazette"),
    ("“The council has failed the valley,” reads a report by the Harbor Trust.", "failed the valley", "Harbor Trust"),
])
def test_a_quote_a_piece_of_writing_reads_is_its_authors(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text", [
    "Dr. Nora Vell said that in 1998, Ruiz allowed her staff and the general public to think that the injury "
    "was a pulled muscle.",
    "The mayor led voters to believe that the bridge was safe.",
])
def test_a_belief_someone_let_others_hold_is_not_theirs(nlp, text):
    assert all(s.cue not in ("think", "believe") for s in statements_of(nlp, text))


def test_what_a_thing_leads_people_to_suspect_stays_theirs(nlp):
    text = "The scandal led many experts to suspect that the vote was rigged."
    assert statement_with(statements_of(nlp, text), "the vote was rigged").speaker_mention == "many experts"


@pytest.mark.parametrize("text, content", [
    ("In an interview Dana Ruiz gave to the Courier last year, she said the plan was reckless.", "the plan was reckless"),
    ("In one of the columns Tom Bradley wrote for the paper, he said the mayor was a coward.", "the mayor was a coward"),
])
def test_a_relative_clause_on_a_fronted_speech_or_column_is_no_content(nlp, text, content):
    found = statements_of(nlp, text)
    assert [s.text for s in found] == [content]


@pytest.mark.parametrize("text, content", [
    ("In 2010 the plan failed, Dana Ruiz said.", "In 2010 the plan failed"),
    ("In his speech the mayor failed to mention the budget, Ilse Kern said.", "In his speech the mayor failed"),
])
def test_a_fronted_phrase_with_a_clause_of_its_own_is_content(nlp, text, content):
    assert statement_with(statements_of(nlp, text), content).cue == "said"


def test_someone_addressed_who_pointed_something_out_did_speak(nlp):
    text = "The same way, as you very aptly pointed out, Laura, people jumped to conclusions in Linford."
    assert any(s.cue == "pointed out" for s in statements_of(nlp, text))


def test_a_stand_of_someone_named_inside_anothers_statement_is_one_row(nlp):
    text = ("Senator Ana Ruiz told a union rally she will protect pensions while her opponent, Tom Berg, wants to "
            "“cut them in half.”")
    found = statements_of(nlp, text)
    assert [s.speaker for s in found] == ["Ana Ruiz"] and "cut them in half" in found[0].text


def test_speech_of_someone_named_inside_anothers_statement_stays_theirs(nlp):
    text = "Nora Vell said that Tom Berg had denied the claims about the fund."
    assert any(s.speaker == "Tom Berg" and s.cue == "denied" for s in statements_of(nlp, text))


@pytest.mark.parametrize("text", [
    "Tom Berg, however, declined to define what such a deal would include or how he intended to address the "
    "matter in his speech.",
    "Nobody knows where the money went or how the mayor plans to repay it.",
])
def test_a_second_question_joined_to_one_is_no_stand(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("As Mayor Ana Ruiz has pointed out, that is basically the definition of waste.",
     "that is basically the definition of waste"),
    ("According to Nora Vell, “The harbour is more complex than the army,” presumably meaning the port will be "
     "a focus of the inquiry.", "The harbour is more complex than the army"),
    ("Nora Vell issued a statement saying his comment “has no place in our town” and said the council would act.",
     "his comment “has no place in our town"),
])
def test_statement_boundaries_leave_out_the_cue_and_the_writers_gloss(nlp, text, content):
    assert content in [s.text for s in statements_of(nlp, text)]


def test_the_one_asked_in_a_passive_question_is_no_content(nlp):
    text = ("Recently, Tom Berg, the former mayor who hosts a radio show, was asked by a caller why young men are "
            "leaving the town. \"So they can find work,\" he said.")
    assert not any(s.text.startswith("Tom Berg") for s in statements_of(nlp, text))


def test_a_story_told_by_an_outlet_is_its_statement(nlp):
    text = "However, a different side of the harbour story was being told by the Linford Gazette, which found an old report."
    assert any(s.cue == "told" and s.text.startswith("a different side") for s in statements_of(nlp, text))
