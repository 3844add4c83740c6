"""Speakers of wire-style statements (issue 9): plural described sources, groups joined with a
possessive description, and clauses that are no statements. Invented text only.

Each case runs the pipeline pieces as `corpus.analyze_doc` does and reads the speaker the way every
page shows it (`query.speaker_label`)."""
from __future__ import annotations

import pytest

from analysis import quotes
from analysis.query import UNATTRIBUTED, speaker_label
from tests.pipeline_steps import statement_with, statements_of


def shown(text, s) -> str:
    mention = text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else ""
    return speaker_label(s.speaker, s.speaker_kind, s.role, mention)


# ------------------------------------------------------------------ plural described sources

@pytest.mark.parametrize("text, words, description", [
    ("Governor Ann Hale will not change her tax plan, advisers say.", "change her tax plan", "advisers"),
    ("Progressive strategists said the governor would carry the county easily.", "carry the county",
     "progressive strategists"),
    ("Aides said the senator was tired of the budget fight.", "tired of the budget", "aides"),
    ("Officials said the Lindby bridge would reopen on Monday.", "would reopen", "officials"),
    # the words after the head that say which source it is belong to its description
    ("Two people familiar with the talks said the merger was close.", "merger was close",
     "two people familiar with the talks"),
    ("Officials briefed on the plan said it would be delayed.", "would be delayed", "officials briefed on the plan"),
    ("A source close to the negotiations said a deal was near.", "deal was near", "source close to the negotiations"),
    # members of a party told by a word before them are some of its people, not the party
    ("Moderate Democrats said the levy went too far.", "levy went too far", "moderate democrats"),
    ("Establishment Republicans fear that the party could lose the House.", "could lose the House",
     "establishment republicans"),
    ("Several Democrats warned against the levy on Tuesday.", "the levy", "several democrats"),
    ("Many Democratic officials say the count in Tarlow was slow.", "count in Tarlow", "many democratic officials"),
    # a share of a group, with or without "of"
    ("In the survey, 71 percent of voters said they trusted the mayor and 40 percent said the council "
     "should resign.", "council should resign", "40 percent"),
    # a description nobody in the text is, and the relative pronoun of one
    ("In the survey, nearly three in four say they would like to buy goods made at home.",
     "goods made at home", "nearly three in four"),
    ("Both sides of the harbour dispute agreed the vote would be close.", "vote would be close",
     "both sides of the harbour dispute"),
    ("The ruling matters for the inquiry by a maritime panel, which said the ferry had no working radio.",
     "no working radio", "maritime panel"),
])
def test_a_plural_or_unnamed_source_is_shown_with_its_description(nlp, text, words, description):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker, s.speaker_kind)
    assert shown(text, s).lower() == f"{description} (unnamed)"


@pytest.mark.parametrize("text, words, description", [
    # "they" and "the Democrats" refer back to the unnamed group, not to the party
    ("Several Democrats warned against the levy, saying the rate was too high. They also said voters were "
     "angry.", "voters were angry", "several democrats"),
    ("Several Democrats warned against the levy, saying the rate was too high. Yet the Democrats "
     "acknowledged that the levy was popular.", "levy was popular", "several democrats"),
    ("Many Republicans said the bill went too far. They said the vote had been rushed.", "had been rushed",
     "many republicans"),
    # several bodies nobody names are "they" too, not the party named next
    ("Eleven groups wrote to Mayor Ana Ruiz on Thursday. The groups who wrote to her say they are worried about "
     "the toll plan. They ask the mayor to drop it by Friday. Republicans said the letter was unfair.",
     "drop it by Friday", "groups"),
])
def test_a_later_reference_to_an_unnamed_group_stays_that_group(nlp, text, words, description):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is None and shown(text, s).lower() == f"{description} (unnamed)"


@pytest.mark.parametrize("text", [
    "Ana Lind, director of the Harbour Fund, said she thinks the council \"is going to be dragged down by the toll plan.\"",
    "Dan Berg said he expects the three mayors to \"clearly show their unity on the bridge.\"",
])
def test_a_quoted_thought_inside_the_speakers_own_statement_is_that_statement(nlp, text):
    assert len(statements_of(nlp, text)) == 1


def test_a_thought_inside_an_unnamed_sources_statement_is_that_statement(nlp):
    text = "Many Democratic officials say they expect the campaign to focus on the harbour."
    statements = statements_of(nlp, text)
    assert [shown(text, s) for s in statements] == ["Many Democratic officials (unnamed)"]


@pytest.mark.parametrize("text, words", [
    ("Republicans said the bill went too far.", "went too far"),
    ("The Democrats said the levy was popular.", "levy was popular"),
])
def test_a_party_named_alone_is_still_the_party(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is not None and "Party" in s.speaker


# ------------------------------------------------------------------ groups joined with a description

@pytest.mark.parametrize("text, words, people", [
    ("Senator Mark Hobbs and his rival Dan Quinlan both said the vote was fair.", "vote was fair",
     ("Mark Hobbs", "Dan Quinlan")),
    ("Mayor Ella Brandt and her rival, Dan Quinlan, both said the count was fair.", "count was fair",
     ("Ella Brandt", "Dan Quinlan")),
    ("Ella Brandt and her husband, Tom Berg, said the house had been sold.", "had been sold",
     ("Ella Brandt", "Tom Berg")),
])
def test_names_joined_with_a_possessive_description_are_both_speakers(nlp, text, words, people):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is not None and all(p in s.speaker for p in people), s.speaker


@pytest.mark.parametrize("text, words, speaker", [
    # who answers a question is not who asked it
    ("Tom Berg spoke on Sunday. “We were at 3 percent six months ago,” Berg said. “That would be Ana Ruiz,” "
     "the host, Gloria Brandt, said. “That would be you?” Brandt asked. “That would be me, yes,” the senator said.",
     "would be me", "Tom Berg"),
    ("Coach Dana Reyes met the press after the final. “Will you stay next season?” Ines Alves asked. "
     "“I have not decided,” the coach said.", "not decided", "Dana Reyes"),
])
def test_a_described_speaker_who_answers_a_question_is_not_the_one_who_asked(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


def test_a_name_after_a_verb_is_not_joined_to_the_speaker(nlp):
    text = "Mayor Ella Brandt met the press with Dan Quinlan and said the count was fair."
    assert statement_with(statements_of(nlp, text), "count was fair").speaker == "Ella Brandt"


# ------------------------------------------------------------------ clauses that are no statements

@pytest.mark.parametrize("text, words", [
    # a worry or a finding inside what "according to X" reports is X's claim
    ("According to their friends, Mayor Ann Hale and her husband have worried for months that she was out "
     "of touch with voters.", "out of touch"),
    ("In fact, tax records show the $20,000 that Lund has raised from bankers is the most of any candidate, "
     "according to the Center for Budget Studies.", "most of any candidate"),
])
def test_a_clause_inside_according_to_is_the_claim_of_its_source(nlp, text, words):
    found = [s for s in statements_of(nlp, text) if words in s.text or s.text in text and words in text[s.start:]]
    assert len(found) == 1 and found[0].cue == "according to", [(s.text, s.cue) for s in found]
    assert shown(text, found[0]) != UNATTRIBUTED


def test_a_speech_verb_inside_according_to_stays_a_statement(nlp):
    text = "According to the transcript, Mayor Brandt said the fund was empty."
    s = statement_with([s for s in statements_of(nlp, text) if s.cue == "said"], "fund was empty")
    assert s.speaker == "Brandt" or "Brandt" in s.speaker


@pytest.mark.parametrize("text", [
    # a stand only asked about
    "It is hard to know where wealthy donors will decide to put their money.",
    "Nobody knows how the senators will vote on the levy next week.",
    # a description of people, not their stand
    "The two parties raised money from bankers supporting her campaign.",
    "The fund benefited from the largesse of executives backing the mayor.",
])
def test_a_stand_in_a_question_or_a_description_is_no_statement(nlp, text):
    assert [(s.text, s.cue) for s in statements_of(nlp, text)] == []


@pytest.mark.parametrize("text, cue", [
    # a thought with no clause of its own in a relative clause, or one somebody is made to have
    ("She wanted to write about the crisis in a plain way that ordinary readers could understand and also show "
     "them that many bankers were fooled.", "understand"),
    ("The assistants flirt with their bosses and let them think all women welcome their advances.", "think"),
])
def test_a_thought_described_or_caused_is_no_statement(nlp, text, cue):
    assert [s.text for s in statements_of(nlp, text) if s.cue == cue] == []


@pytest.mark.parametrize("text, words", [
    ("Senator Ana Ruiz, who believes the levy will fail, voted against it.", "levy will fail"),
    # a belief inside a question still reports the belief; only a stand asked about is none
    ("The report is the latest example of how deeply Washington believes Beijing has penetrated its computers.",
     "Beijing has penetrated"),
    ("Their fantasy extends to the point where they actually believe they are winning.", "they are winning"),
])
def test_a_belief_with_its_own_clause_in_a_relative_clause_stays(nlp, text, words):
    statement_with(statements_of(nlp, text), words)


@pytest.mark.parametrize("text, words", [
    ("Wealthy donors have decided to put their money in the Senate races.", "put their money"),
    ("Bankers are supporting her campaign for governor.", "her campaign"),
])
def test_a_stand_taken_outright_is_still_a_position(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.kind == "position"


@pytest.mark.parametrize("text", [
    # words quoted after withheld speech are what is talked about, not what the subject said
    "But Senator Ruiz would not comment on an order signed by the governor “to protect privacy and equality” "
    "for state workers.",
    "The mayor declined to comment on the council's “urgent review” of the harbour accounts.",
])
def test_a_quote_after_withheld_speech_is_no_statement_of_the_subject(nlp, text):
    assert [(s.text, s.speaker_mention) for s in statements_of(nlp, text) if s.speaker_mention] == []


@pytest.mark.parametrize("text, kept", [
    # a stand of unnamed people a relative clause describes is no one's position; a named one's is
    ("The rules let delegates who vote for the candidate of their choice keep their seats.", []),
    ("Senator Ana Ruiz, who backed the levy, left the room.", [("backed", "Ana Ruiz")]),
])
def test_a_position_of_people_a_relative_clause_describes_is_dropped(nlp, text, kept):
    statements = quotes.drop_unheld_positions(statements_of(nlp, text))
    assert [(s.cue, s.speaker) for s in statements if s.kind == "position"] == kept


@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Dana Ortiz was asked about the leaked files on Monday. Ortiz’s response was: “We never saw those files.”",
     "We never saw", "Dana Ortiz"),
    ("Dana Ortiz spoke to reporters on Monday. Her statement said the city would appeal the ruling.",
     "would appeal", "Dana Ortiz"),
    ("Mayor Tom Berg met the union on Friday. His reply said the city could not pay more.",
     "could not pay", "Tom Berg"),
    ("Dana Ortiz changed her story a month later, after her first statement was shown to be wrong, stating that she "
     "had never met the donor.", "never met the donor", "Dana Ortiz"),
    ("Nordlake Mining met the unions on Friday. Nordlake Mining's statement said the talks would resume.",
     "would resume", "Nordlake Mining"),
])
def test_a_persons_statement_or_reply_is_that_persons_words(nlp, text, words, speaker):
    assert shown(text, statement_with(statements_of(nlp, text), words)) == speaker


@pytest.mark.parametrize("text, outer", [
    ("The Green Party held its congress in Lyon. About half of the delegates said they think the leader should resign.",
     "the leader should resign"),
    ("Labour lost the seat on Thursday. Most of the voters we met said they believe the council ignored them.",
     "the council ignored them"),
])
def test_a_thought_inside_a_groups_statement_is_not_a_second_row_for_whoever_they_resolve_to(nlp, text, outer):
    assert len([s for s in statements_of(nlp, text) if outer in s.text]) == 1


_INTERVIEW = ("Former mayor Dana Ortiz has written a book about the flood. She spoke with us this week.\n\n"
              "{q}Why did the city wait so long?\n\n"
              "A: I think nobody believed the river would rise that fast.\n\n"
              "{q}What would you change?\n\n"
              "A: I believe the warning system has to be rebuilt from scratch.\n")


@pytest.mark.parametrize("q", ["Q: ", "Q. ", "Q"])
@pytest.mark.parametrize("words", ["nobody believed the river", "the warning system has to be rebuilt"])
def test_the_first_person_of_an_interviews_answers_is_the_person_interviewed(nlp, q, words):
    text = _INTERVIEW.format(q=q)
    assert shown(text, statement_with(statements_of(nlp, text), words)) == "Dana Ortiz"


@pytest.mark.parametrize("text, words", [
    ("Former mayor Dana Ortiz has written a book about the flood.\n\nI think nobody believed the river would rise "
     "that fast, and I believe the warning system has to be rebuilt.", "warning system"),
    ("Q: Why did the city wait?\n\nDana Ortiz was mayor then.\n\nI think the warning system has to be rebuilt.",
     "warning system"),
])
def test_the_first_person_outside_a_question_and_answer_interview_is_the_writer(nlp, text, words):
    assert statement_with(statements_of(nlp, text), words).speaker is None
