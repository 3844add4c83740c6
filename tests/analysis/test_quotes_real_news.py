"""Quoted attribution on real news (issue 9): verbs of the manner of speaking as quote cues, partial
quotes inside a reported clause. Invented text only."""
from __future__ import annotations

import pytest

from analysis.quotes import find_statements


def statements(nlp, text):
    return find_statements(nlp(text), "a1")


def spoken(text, s):
    return text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None


# ------------------------------------------------------------------ manner of speaking

@pytest.mark.parametrize("text, speaker, content", [
    ("“Not again,” the mayor groaned as the lights went out.", "the mayor", "Not again"),
    ("The referee barked at the players, “Get back to your places now.”", "The referee",
     "Get back to your places now."),
    ("Mayor Brandt snapped: “This meeting is over.”", "Mayor Brandt", "This meeting is over."),
    ("“Only the goalkeeper,” Ana Ruiz interjected.", "Ana Ruiz", "Only the goalkeeper"),
    ("“Sit down!” the coach barked.", "the coach", "Sit down!"),
    ("Tomas Ilic groused that the referee “never gives us a fair call” before leaving the pitch.",
     "Tomas Ilic", "that the referee “never gives us a fair call” before leaving the pitch"),
    ("Councillor Dana Reyes shot back that the audit of the harbour accounts “was finished months ago.”",
     "Councillor Dana Reyes", "that the audit of the harbour accounts “was finished months ago"),
])
def test_a_verb_of_the_manner_of_speaking_introduces_the_quote_attached_to_it(nlp, text, speaker, content):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text) == (speaker, content)


@pytest.mark.parametrize("text", [
    "Exports of timber boomed that year, and the harbour roared with traffic all summer.",
    "The dog barked at the postman until the neighbours came out.",
    "The striker snapped his hamstring in the first half and fumed on the bench.",
])
def test_a_verb_of_the_manner_of_speaking_alone_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


# ------------------------------------------------------------------ partial quotes inside a reported clause

@pytest.mark.parametrize("text, content", [
    ("Councillor Dana Reyes said that the audit of the harbour accounts “was finished months ago.”",
     "that the audit of the harbour accounts “was finished months ago"),
    ("The minister warned that the new levy on imported steel would “hurt every family in the valley!”",
     "that the new levy on imported steel would “hurt every family in the valley"),
])
def test_a_partial_quote_ending_the_sentence_stays_inside_its_reported_clause(nlp, text, content):
    assert [s.text for s in statements(nlp, text)] == [content]


@pytest.mark.parametrize("text, content", [
    ("After the vigil, the mayor said “I held and hugged” grieving parents before laying flowers at the gate.",
     "I held and hugged” grieving parents before laying flowers at the gate"),
    ("Ana Ruiz said “we waited and waited” for the ferry while the storm closed the harbour.",
     "we waited and waited” for the ferry while the storm closed the harbour"),
])
def test_a_quote_open_across_coordinated_verbs_is_one_statement(nlp, text, content):
    assert [s.text for s in statements(nlp, text)] == [content]


@pytest.mark.parametrize("text, contents", [
    ("Ana Ruiz said the plan was sound but was “a gamble with the harbour.”",
     ["the plan was sound", "was “a gamble with the harbour"]),
])
def test_a_coordinated_predicate_in_quotes_is_still_its_own_statement(nlp, text, contents):
    assert [s.text for s in statements(nlp, text)] == contents


# ------------------------------------------------------------------ titles

@pytest.mark.parametrize("text", [
    "“We will not raise the harbour levy,” Mayor Ana Ruiz said on KTVX’s “Meet the Voters.”",
    "''We will not raise the harbour levy,'' Mayor Ana Ruiz said on KTVX's ''Meet the Voters.''",
    "“The ferry will run all winter,” Tomas Ilic said Sunday on CBS’s “Face the Harbour.”",
])
def test_a_programme_title_after_a_possessive_is_no_second_quote(nlp, text):
    assert [s.text for s in statements(nlp, text)] == [
        "We will not raise the harbour levy" if "levy" in text else "The ferry will run all winter"]


# ------------------------------------------------------------------ a relative clause after the speaker

@pytest.mark.parametrize("text, speaker, content", [
    ("At a bakery near the port, a cashier was upset. \"A man came in and said we should close the border,\" "
     "said the woman, who like many in the town did not want to be named.",
     "the woman", "A man came in and said we should close the border"),
    ("“Nobody told us the pier was closing,” said the fisherman, who like most people on the quay did not "
     "want his name printed.", "the fisherman", "Nobody told us the pier was closing"),
    ("“We were never asked,” said one resident, who like others in the street did not want to give her name.",
     "one resident", "We were never asked"),
    ("“We will rebuild the pier,” said Mayor Ana Ruiz, who took office in May.", "Mayor Ana Ruiz",
     "We will rebuild the pier"),
])
def test_the_speaker_after_an_inverted_cue_is_not_the_relative_pronoun_describing_them(nlp, text, speaker, content):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text) == (speaker, content)


# ------------------------------------------------------------------ the cue's subject hung elsewhere, short answers

@pytest.mark.parametrize("text, speaker, content", [
    ("Although there is no such overlap with the rival team, a city official who spoke anonymously to discuss "
     "internal strategy said Wednesday, \"Certainly there are discussions between the mayor and the harbour board.\"",
     "a city official", "Certainly there are discussions between the mayor and the harbour board."),
    ("Tomas Ilic, its acting chairman, told the local radio station simply, \"We lost.\" Flags came down at once.",
     "Tomas Ilic, its acting chairman", "We lost."),
    ("Ana Ruiz, the harbour master, told reporters on Monday: “We lost.”", "Ana Ruiz, the harbour master", "We lost."),
])
def test_a_quote_keeps_the_speaker_of_the_cue_that_introduces_it(nlp, text, speaker, content):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text) == (speaker, content)


# ------------------------------------------------------------------ a clause never swallows another speaker's quote

@pytest.mark.parametrize("text, contents", [
    ("\"His normal mood is grumpy,\" she said, but despite the increasingly fractious tone, \"I think he will back "
     "her,\" said Vera Lind, who has been critical of him.",
     ["His normal mood is grumpy", "I think he will back her"]),
    ("\"We will appeal,\" he said, but despite the ruling of the court, \"I think we can still win,\" said Tomas "
     "Ilic, who leads the union.",
     ["We will appeal", "I think we can still win"]),
])
def test_a_reported_clause_does_not_run_over_a_quote_with_its_own_cue(nlp, text, contents):
    assert [s.text for s in statements(nlp, text)] == contents


@pytest.mark.parametrize("text, content", [
    ("Asked Tuesday about the ferry, Ana Ruiz said \"I don't know anything about the ferry or the contract,\" she said.",
     "I don't know anything about the ferry or the contract"),
])
def test_a_quote_is_not_extended_over_a_cue_of_its_own_before_it(nlp, text, content):
    assert [s.text for s in statements(nlp, text)] == [content]

