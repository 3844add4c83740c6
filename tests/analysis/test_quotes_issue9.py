"""Statements on real news (issue 9): withheld speech, denials, non-speech senses, no duplicates,
one statement per reported clause. Invented text only."""
from __future__ import annotations

import pytest

from analysis.quotes import find_statements


def statements(nlp, text):
    return find_statements(nlp(text), "a1")


def spoken(text, s):
    return text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None


# ------------------------------------------------------------------ withheld or negated speech

@pytest.mark.parametrize("text", [
    "The ministry did not say how many soldiers had been wounded in the attack.",
    "Police would not say who fired the first shot at the protesters.",
    "The coach refused to say whether Ilic would start on Sunday.",
    "A lawyer for the developer declined to comment on the charges.",
    "Officials declined to say when the vote on the new budget would take place.",
    "The company never said that the mine would reopen before the spring.",
    "Nordlake has failed to explain why the shipment was delayed for a month.",
])
def test_withheld_or_negated_speech_is_not_a_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("Reyes said he did not know whether the ceasefire would hold.",
     "he did not know whether the ceasefire would hold"),
    ("The judge said the defence had not explained the missing payments.",
     "the defence had not explained the missing payments"),
])
def test_negation_inside_the_reported_clause_keeps_the_statement(nlp, text, content):
    assert [s.text for s in statements(nlp, text)] == [content]


# ------------------------------------------------------------------ passive cues

@pytest.mark.parametrize("text", [
    "Olsen was told that his contract would not be renewed next season.",
    "The players were warned that heavy fines would follow any further protest.",
    "It was announced that the smelter would close by the end of the year.",
    "Tomas Ilic was charged with assault after the match in Split.",
])
def test_passive_cue_without_an_agent_names_no_speaker_and_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


def test_passive_cue_with_an_agent_is_spoken_by_the_agent(nlp):
    text = "The players were warned by the league that heavy fines would follow any further protest."
    [s] = statements(nlp, text)
    assert spoken(text, s) == "the league"


def test_legal_charge_next_to_a_statement_is_not_its_cue(nlp):
    text = "Ilic was charged with assault, prosecutors in Split said on Monday."
    [s] = statements(nlp, text)
    assert s.cue == "said" and spoken(text, s) == "prosecutors"
    assert s.text == "Ilic was charged with assault"


# ------------------------------------------------------------------ one statement per clause

@pytest.mark.parametrize("text, first, second", [
    ("Army spokeswoman Lena Ortiz said the raid was carried out after weeks of planning and that no "
     "civilians were hurt.", "the raid was carried out after weeks of planning", "that no civilians were hurt"),
    ("Norlake Mining said in a filing that it was cooperating with regulators and that its output had not "
     "been affected.", "that it was cooperating with regulators", "that its output had not been affected"),
])
def test_said_a_and_that_b_is_two_statements_of_one_speaker(nlp, text, first, second):
    found = statements(nlp, text)
    assert [s.text for s in found] == [first, second]
    assert found[0].speaker_start == found[1].speaker_start and found[0].cue == found[1].cue == "said"


@pytest.mark.parametrize("text, said, second_cue, second", [
    ("The minister said the report was wrong and warned that prices would rise.",
     "the report was wrong", "warned", "that prices would rise"),
    ("Farm Minister Olaf Berg said Brazil had failed to meet the standards, and urged fellow ministers to "
     "block the trade deal.", "Brazil had failed to meet the standards", "urged",
     "fellow ministers to block the trade deal"),
])
def test_a_cue_coordinated_with_said_is_its_own_statement_of_the_same_speaker(nlp, text, said, second_cue, second):
    found = statements(nlp, text)
    assert [(s.cue, s.text) for s in found] == [("said", said), (second_cue, second)]
    assert found[0].speaker_start == found[1].speaker_start
