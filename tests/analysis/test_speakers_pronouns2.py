"""Pronoun speakers and inverted cues read on real wire articles (issue 9): a title before a bare
surname that two people in the text share ("Mr. and Mrs. Haddad") genders neither of them; the person
a question was put to in the passive ("X was asked by a caller why …") answers it; and a fronted clause
carrying a short quote, then an inverted cue ("… and traders get nervous, said X"), is X's statement, not
that of the subject inside the clause. Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_of


_COUPLE = ("Bakhtiar Haddad and Farzana Haddad, the parents of a fallen soldier, say they felt they had to speak.\n\n"
           "\"People are pointing at us,\" Bakhtiar Haddad, 61, said in an interview. \"It has become worse.\"\n\n"
           "He says the mayor's remarks bear some of the blame for the mood in the town. \"We did nothing wrong,\" "
           "he added.\n\n"
           "Afterwards the mayor complained that Bakhtiar Haddad had attacked him and asked why Farzana Haddad "
           "had stayed silent. (She says the crowd would have made her weep.)\n\n"
           "Letters have arrived at their home, many addressed simply to \"Mr. and Mrs. Haddad, Elm Street.\"")


@pytest.mark.parametrize("text, words, speaker", [
    (_COUPLE, "bear some of the blame", "Bakhtiar Haddad"),
    (_COUPLE, "made her weep", "Farzana Haddad"),
    (_COUPLE.replace("Haddad", "Oyelaran").replace("Bakhtiar", "Chibuzo").replace("Farzana", "Dilnoza"),
     "bear some of the blame", "Chibuzo Oyelaran"),
])
def test_a_title_before_a_shared_surname_genders_neither_namesake(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, speaker", [
    ("\"The prejudice is still strong here,\" said Rustam Dale, a teacher who arrived in 2009. \"They think "
     "every newcomer is dangerous.\"\n\nCritics of the programme cite fears about crime. Recently, Victor Kane, "
     "the talk show host and former candidate who runs a radio show, was asked by a caller why young men are "
     "coming as migrants. \"So they can take our jobs,\" he said.", "take our jobs", "Victor Kane"),
])
def test_the_one_asked_in_the_passive_answers(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, speaker", [
    ("Mix high prices with a \"market that is a tinderbox\" and traders get nervous, said Ana Ruiz, an economist.",
     "traders get nervous", "Ana Ruiz"),
    ("Prices are high in a \"market that is a tinderbox\" and traders get nervous, said Ana Ruiz.",
     "traders get nervous", "Ana Ruiz"),
])
def test_a_fronted_clause_with_a_short_quote_is_the_inverted_cue_speakers(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker and s.text.startswith(text.split()[0]), (s.speaker, s.speaker_mention, s.text)


@pytest.mark.parametrize("text, words, body", [
    ("The Haddad campaign is tying the spending bill to Senator Marsh, who supported the bill when it came to the "
     "Senate for a vote. They are saying his vote is a sign that he wants to play politics.", "his vote", "Senate"),
    ("The union is tying the new bill to Senator Marsh, who supported it in the Senate. They are saying his vote "
     "is a sign that he wants to play politics.", "his vote", "Senate"),
])
def test_a_body_inside_a_clause_describing_someone_else_is_not_they(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != body, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, speaker", [
    ("Any decision to close the plant would involve Energy Minister Loretta Vance, who told lawmakers when asked "
     "last month about the inquiry: \"That matter is being handled by independent inspectors. They will make a "
     "recommendation to me when the time is right.\"\n\nShe added, \"We will review all the facts.\"",
     "review all the facts", "Loretta Vance"),
    ("The final say rests with Judge Tomas Erikson, who told the court on Friday: \"I have read every page of the "
     "file. Nothing in it surprised me.\"\n\nHe added, \"The defence will have its turn.\"",
     "defence will have its turn", "Tomas Erikson"),
])
def test_whom_a_relative_clause_gives_a_quote_goes_on_speaking(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, body", [
    ("Her aides keep linking the Senate farm bill to Governor Ruiz and her allies. They are saying her record "
     "speaks for itself.", "her record", "Senate"),
])
def test_a_body_named_only_as_a_modifier_is_not_they(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert body not in (s.speaker or ""), (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, speaker", [
    ("Tom Keyworth was one of the more trusted minds on the board, and he was so fired up about the deal that he "
     "said she should call the rival chief right away.\n\nBut Carla Fiorina, who had moved a year earlier from her "
     "role at Lucent, tossed \"cold water on the idea immediately,\" she wrote in her memoir.", "cold water",
     "Carla Fiorina"),
    ("Peter Lund urged the board to sell the plant, and he said she should sign at once.\n\nBut Maria Okafor "
     "dismissed \"the whole plan as a fantasy,\" she wrote in her diary.", "fantasy", "Maria Okafor"),
])
def test_the_opening_name_whose_act_carries_the_quote_is_the_pronoun(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)
