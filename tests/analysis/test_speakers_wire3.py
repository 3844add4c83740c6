"""Speakers of wire statements read on real news (issue 9, third round): a pronoun agrees in gender
with what the text already said of its person (a he/she that referred to her before), the one asked a
question is who answers it, a fronted topic ("Of Carson, Levine said") is not the speaker, and a
person "later identified as" or "who gave his name as" a name is that name. Invented text only; each
case runs the pipeline pieces as `corpus.analyze_doc` does."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_of


# ------------------------------------------------------------------ gender an earlier pronoun gave

@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Jordan Calloway has clashed with Tom Brandt, saying she was appalled by his remarks. "
     "For that she drew Brandt's anger - he called her weak and said she had no support in the state.",
     "no support", "Tom Brandt"),
    ("Senator Jordan Calloway has clashed with Tom Brandt, saying she was appalled by his remarks. "
     "For that she drew Brandt's anger - he called her \"weak\" on crime.", "weak", "Tom Brandt"),
    ("Jordan Calloway said she would vote for the bill. Governor Tom Brandt criticised her on Monday, and "
     "he said she had \"no spine\" at all.", "no spine", "Tom Brandt"),
])
def test_a_pronoun_keeps_the_gender_earlier_pronouns_gave_its_person(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text, words", [
    ("For that she drew Brandt's anger - he called her weak and said she had no support.", "called her weak"),
    ("The vote went badly, and he called the plan \"a disaster\" on Monday.", "a disaster"),
])
def test_what_a_cue_calls_its_object_is_the_content_not_a_clause_before_it(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.cue == "called" and "drew" not in s.text and "vote went" not in s.text, s.text


# ------------------------------------------------------------------ the person a "this is …" sentence is about

@pytest.mark.parametrize("text, words, speaker", [
    ("\"I could have answered the question better,\" Governor Maria Holm said. Meanwhile, outside groups have "
     "spent millions attacking Ruth Avery. This is not the kind of campaign Avery hoped to be running. She "
     "acknowledges that she did not expect so many questions.", "did not expect", "Ruth Avery"),
    ("Senator Tom Ralston opposes the pact. That is the reason President Aaron Beck is seeking a vote on it. "
     "It is to the advantage of the country, he says, to write the rules.", "advantage of the country",
     "Aaron Beck"),
])
def test_a_pronoun_after_a_sentence_about_someone_goes_to_that_person(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ the one asked answers

@pytest.mark.parametrize("text, words, speaker", [
    ("Anchor Lisa Warren interviewed Senator Paul Ostrow on Tuesday. Warren then asked Ostrow which states "
     "he could win. \"We feel great in every one of those states,\" he said.", "We feel great", "Paul Ostrow"),
    ("Host Mark Dunn spoke to Mayor Helen Varga after the vote. Dunn asked Varga about the budget. "
     "\"The numbers add up,\" she said.", "numbers add up", "Helen Varga"),
    ("Reporter Anna Blake met coach Tom Hilder at the stadium. Blake later asked Hilder whether he would "
     "stay. \"I am not going anywhere,\" he told her.", "not going anywhere", "Tom Hilder"),
    ("Florida Senator Paul Ostrow gave an interview on Wednesday. Earhardt then asked Ostrow which states "
     "he could win. \"We feel great in every one of those states,\" he said.", "We feel great", "Paul Ostrow"),
    ("Host Mark Dunn questioned Governor Tom Varga after the vote. \"The numbers add up,\" he said.",
     "numbers add up", "Tom Varga"),
])
def test_a_pronoun_after_a_question_is_the_one_asked(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text, words, speaker", [
    ("Anchor Lisa Warren interviewed Senator Paul Ostrow on Tuesday. Warren then asked Ostrow which states "
     "he could win. \"That is a fair question,\" she said.", "fair question", "Lisa Warren"),
])
def test_the_asker_keeps_a_pronoun_only_the_asker_agrees_with(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ a fronted topic is no speaker

@pytest.mark.parametrize("text, words, speaker", [
    ("Dental surgeon Mark Levitt liked the first speech. Of Brandt, Levitt said, \"He's flat-out dull.\"",
     "flat-out dull", "Mark Levitt"),
    ("Dental surgeon Mark Levitt liked the first speech. Of Brandt, Levitt, who has given money to two "
     "campaigns, said, \"He's flat-out dull.\"", "flat-out dull", "Mark Levitt"),
    ("Analyst Clara Weiss praised the plan. About the budget, Weiss said, \"It will not last a year.\"",
     "not last a year", "Clara Weiss"),
    ("Analyst Clara Weiss praised the plan. On the tax cuts, Weiss said that they would not last a year.",
     "would not last a year", "Clara Weiss"),
])
def test_a_fronted_topic_phrase_is_not_the_speaker(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind, s.speaker_start)


# ------------------------------------------------------------------ "a woman later identified as X"

@pytest.mark.parametrize("text, words, speaker", [
    ("The rally was interrupted twice. A woman later identified as Jane Morrow, an activist with a local "
     "climate group, shouted that the senator had taken oil money.", "the senator had taken",
     "Jane Morrow"),
    ("A man who gave his name as Piet Amsel said the water had risen within minutes.", "water had risen",
     "Piet Amsel"),
    ("A woman who gave her name only as Marta said the shop had been closed for a week.",
     "shop had been closed", "Marta"),
    ("A protester later identified as Omar Delacroix shouted that the mayor had lied.", "mayor had lied",
     "Omar Delacroix"),
])
def test_a_person_identified_by_a_name_is_that_name(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ a role nobody else holds

@pytest.mark.parametrize("text, words, speaker", [
    ("At a rally last week, Tom Pellman showed the crowd a clip of Gov. Maria Hassel trying to defend her "
     "record. \"Governor Hassel, let me help you out - the answer's no,\" the Republican vice-presidential "
     "nominee riffed.", "let me help you out", "Tom Pellman"),
    ("Outside the court, Ana Ruiz waved to supporters. \"We will appeal,\" the senator said.", "We will appeal",
     "Ana Ruiz"),
])
def test_a_role_description_is_the_subject_just_named(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text, words", [
    ("Outside the court, Mayor Ana Ruiz waved to supporters. \"We will appeal,\" the senator said.",
     "We will appeal"),
])
def test_a_role_description_never_takes_someone_with_another_role(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != "Ana Ruiz", (s.speaker, s.speaker_kind)
