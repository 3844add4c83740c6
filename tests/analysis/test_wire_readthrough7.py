"""Errors from the lead's seventh reading of real wire articles (issue 9), each as a general rule.
Invented text only."""
from __future__ import annotations

import pytest

from analysis import relations
from analysis.actors import role_matches
from analysis.corpus import analyze_doc
from analysis.types import Article
from tests.pipeline_steps import reattached, stances_of, statement_with, statements_and_actors, statements_of, tagged


@pytest.mark.parametrize("text, words, subject", [
    ('Daniel Mercer, 51, was flown to Boston in March. Mercer admitted to selling the files. Mercer kept '
     'copies on a laptop. "He only wanted to feed us," his sister, Laura Mercer, wrote to the judge. In a '
     'later interview, Mercer told detectives that he had sold the files twice.', "sold the files twice",
     "Daniel Mercer"),
    ('Steven Keller, 38, was arrested in Ohio. Keller admitted to running the scheme. Keller wired the '
     'money abroad. "We never saw any of it," his wife, Marta Keller, told the court. At his trial, Keller '
     'said that he had acted alone.', "acted alone", "Steven Keller"),
])
def test_a_relative_named_once_does_not_take_over_the_surname(nlp, text, words, subject):
    """The bare surname the story has used all along stays its subject's after a relative, named once
    in full, has spoken."""
    assert statement_with(statements_of(nlp, text), words).speaker == subject


def test_a_namesake_who_just_spoke_keeps_the_surname_when_named_as_often(nlp):
    text = ('Ruth Adler, mother of the victim Noah Adler, rejected the offer on Monday. "We want a trial," '
            'she said. Adler said the family would appeal.')
    assert statement_with(statements_of(nlp, text), "would appeal").speaker == "Ruth Adler"


@pytest.mark.parametrize("text, words", [
    ('Mira Castell spoke at the debate on Saturday. "Campaigns are broke. They have no choice" but to '
     'follow the money, says Owen Pryce, a media consultant.', "Campaigns are broke"),
    ('"The budget is gone. We had no option" but to cut the staff, said Lena Hardy, the school principal.',
     "The budget is gone"),
])
def test_an_inverted_cues_speaker_is_no_object_of_the_quotes_clause(nlp, text, words):
    """"“…no choice” but to take the lead in ads, says X": X speaks, not "the lead"."""
    speaker = statement_with(statements_of(nlp, text), words).speaker
    assert speaker in {"Owen Pryce", "Lena Hardy"}


@pytest.mark.parametrize("text, described", [
    ('President Obama spoke this week with Anton Keller. The Austrian president expressed his regret over '
     'the attack, while Obama offered his own condolences to the families.', "Obama"),
    ('Mayor Lydia Brandt met Mayor Paul Hess on Monday. The mayor said the plan was sound, while Brandt '
     'said it needed more money.', "Lydia Brandt"),
])
def test_a_description_is_nobody_its_sentence_names(nlp, text, described):
    """A writer does not describe and name one person in one sentence."""
    first = statements_of(nlp, text)[0]
    assert first.speaker != described


@pytest.mark.parametrize("text, target", [
    ('Senator Ruth Vance spoke at the debate. "He is becoming the Kremlin\u2019s best recruiter," she said of '
     'Governor Tom Harlan.', "Tom Harlan"),
    ('Senator Ruth Vance spoke at the debate. "He is becoming Moscow\u2019s closest friend," she said of '
     'Governor Tom Harlan.', "Tom Harlan"),
])
def test_praise_in_a_named_partys_eyes_is_no_praise(nlp, text, target):
    """"is becoming ISIS's best recruiter": a complement owned by a named party ranks the subject in that
    party's eyes, no praise from the speaker."""
    assert not [s for s in stances_of(nlp, text) if s.target == target and s.polarity == "positive"]


def test_praise_of_the_subject_itself_stays(nlp):
    text = ('Senator Ruth Vance spoke at the debate. "He is becoming the best governor in decades," she said '
            'of Governor Tom Harlan.')
    assert [s for s in stances_of(nlp, text) if s.target == "Tom Harlan" and s.polarity == "positive"]


@pytest.mark.parametrize("text, name, noun, content", [
    ('Three reports sent to Mayor Hale have been moved to a locked archive, Daniel R. Foster, the deputy '
     'director for records, wrote in a letter to the council.', "Foster", "archive", "locked archive"),
    ('The fuel stocks will last until the end of March, Maria Chen, the agency spokeswoman, told reporters '
     'on Monday.', "Chen", "March", "end of March"),
])
def test_a_name_hung_on_the_reported_clause_still_speaks_it(nlp, text, name, noun, content):
    """"… placed in secure storage, Patrick Kennedy, the undersecretary, wrote" with the name parsed as an
    apposition of the clause's last noun: the name speaks, and the clause ends before it."""
    doc = reattached(nlp, text, name, noun, "appos")
    statement = statement_with(statements_and_actors(nlp, doc)[0], content)
    assert name in statement.speaker and name not in statement.text


def test_the_accused_does_the_act_when_of_hangs_on_them(nlp):
    """"accused X of showing support for Y" with "of" parsed on X: X backs Y, not the accuser."""
    text = ("Senator Ada Kerr spoke in Denver and she accused Republican rival Tom Harlan of showing support for "
            "Russian President Ivan Petrov.")
    doc = reattached(nlp, text, "of", "Harlan", "prep")
    rows = [s for s in analyze_doc(doc, Article("a", text)).stances if s.target == "Ivan Petrov"]
    assert rows and all(s.source == "Tom Harlan" for s in rows), [(s.source, s.rule) for s in rows]


@pytest.mark.parametrize("text", [
    'She said: "For Harlan to both defend that and to praise Petrov despite the effort I think raises serious issues."',
])
def test_the_for_to_noun_does_the_act(nlp, text):
    """"For X to defend that and to praise Y …" parsed with X under "for": X praises Y, not the speaker."""
    acts = [a for a in relations.find_acts(nlp(text)) if a.relation == "praise"]
    assert acts and [s.text for s in acts[0].subjects] == ["Harlan"]


@pytest.mark.parametrize("text, words, speaker", [
    ('Governor Paul Hale has called on the state to reopen the case. In March, the county prosecutor declared '
     'Daniel Moss was a leader of the fraud. He was briefly detained. He denied the charges, telling reporters '
     'he had nothing to do with it.', "the charges", "Daniel Moss"),
    ('President Omar Tanis has asked Greece to return Kemal Arslan. Last week, the interior ministry said Arslan '
     'had organised the protests. He was held overnight. He rejected the claim in a letter to the court.',
     "the claim", "Kemal Arslan"),
])
def test_a_pronoun_after_a_report_is_the_person_it_names(nlp, text, words, speaker):
    """"The government declared Oksuz was a leader of the plot. He was detained. He denied it": the
    person the report is about, not the man who spoke two sentences earlier."""
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ('Attorney General Dana Ruiz spoke in Ohio. She has faced criticism since meeting Senator Ann Cole, who '
     'was under investigation. She has called the protests a turning point. She said she was not aware of '
     'any backlash.', "not aware", "Dana Ruiz"),
    ('Mark Ellis told the paper he had sat across the aisle from Tom Hardy and Lisa Marr. He said Marr was '
     'wearing a red coat.', "red coat", "Mark Ellis"),
])
def test_a_pronoun_chain_keeps_its_own_person(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ('Lena Park has a word for Tom Reed\'s plan to close 40 rural clinics: No.\n\nThe Democratic candidate '
     'blasted Reed\'s plan on Monday, calling it "cruel."', "cruel", "Lena Park"),
    ('Anna Vogel has one answer to Peter Lind\'s proposal to sell the port: never.\n\nThe Green candidate '
     'attacked Lind\'s proposal on Friday, calling it "reckless."', "reckless", "Anna Vogel"),
])
def test_a_description_skips_the_person_its_sentence_names(nlp, text, words, speaker):
    """"The Democratic presidential candidate blasted Trump's call": not Trump, who was named last."""
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


def test_a_description_after_the_name_in_its_sentence_can_be_that_person(nlp):
    text = ('Mayor Tom Reyes spoke on Monday. As far as whether Reyes still senses anger among his voters, the '
            'Denver mayor acknowledged that there are still "some people" who feel that way.')
    assert statement_with(statements_of(nlp, text), "some people").speaker == "Tom Reyes"


def test_a_surname_tagged_alone_after_its_first_name_is_that_person(nlp):
    """"German Ortega says" with only [Ortega] tagged (German read as a nationality), beside his brother
    Freddy Ortega: the person whose full name the two words make."""
    text = ('Ana Ortiz, a painter, said the show was a success. Her brother, Luis Ortiz, agreed. Later, Ana Ortiz '
            'says that the reaction has been warm.')
    doc = tagged(nlp, text, ("Ana Ortiz", "PERSON", 0), ("Luis Ortiz", "PERSON", 0), ("Ortiz", "PERSON", 2))
    statements, found = statements_and_actors(nlp, doc)
    assert statement_with(statements, "has been warm").speaker == "Ana Ortiz"
    assert sorted(a.name for a in found) == ["Ana Ortiz", "Luis Ortiz"]


def test_a_two_word_surname_alone_is_the_person_named_in_full(nlp):
    text = ('The novelist Mario Vargas Llosa spoke in Lima on Monday. "Attacking migrants is a contradiction," '
            'Vargas Llosa said.')
    doc = tagged(nlp, text, ("Mario Vargas Llosa", "PERSON", 0), ("Lima", "GPE", 0), ("Vargas Llosa", "WORK_OF_ART", 1))
    assert statement_with(statements_and_actors(nlp, doc)[0], "contradiction").speaker == "Mario Vargas Llosa"


@pytest.mark.parametrize("text", [
    "Ohio holds an open primary, which allows voters of any party, or none, to vote for whomever they like.",
    "The new rule allows members of the union to vote for any candidate they like.",
    "The reform lets citizens abroad vote against the measure by mail.",
])
def test_what_someone_is_allowed_to_do_is_no_stand(nlp, text):
    assert [s for s in statements_of(nlp, text) if s.kind == "position"] == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Ruth Alvarez received a warm reception on Friday. At the forum, Mark Devlin asked Alvarez, who is currently "
     "fourth in the delegate count, to lay out her path to becoming the nominee. The candidate said she does not "
     "believe any of her rivals will win a majority before the convention.", "any of her rivals", "Ruth Alvarez"),
])
def test_a_description_after_someone_was_asked_is_who_answers(nlp, text, words, speaker):
    """"Hannity asked Kasich to lay out his path. The candidate said …": Kasich answers, not Hannity."""
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, target", [
    ("Governor Ann Reyes pointed out that Sen. Tom Hale must win 58 percent of the remaining delegates, while "
     "Sen. Lisa Park must win 64 percent.", "Tom Hale"),
    ("Mayor Ann Reyes said Councilman Tom Hale must raise $2 million before June to keep his seat.", "Tom Hale"),
])
def test_what_arithmetic_requires_is_no_demand(nlp, text, target):
    """"Cruz must win 58 percent of the delegates": a calculation, not the speaker faulting Cruz."""
    assert [s for s in stances_of(nlp, text) if s.target == target] == []


def test_a_demand_to_resign_stays_a_verdict(nlp):
    text = "Governor Ann Reyes said Sen. Tom Hale must resign and must apologise to the voters."
    assert [s.polarity for s in stances_of(nlp, text) if s.target == "Tom Hale"] == ["negative"]


@pytest.mark.parametrize("text, verdict", [
    ("In recent weeks, Acme, Globex and Initech have either eliminated or reduced their financial support for "
     "the Green Party.", None),
    ("Acme and Globex have reduced their financial support for the Green Party.", None),
    ("Acme eliminated its financial support for the Green Party.", "oppose"),
])
def test_a_friendly_act_lessened_is_none_and_one_ended_opposes(nlp, text, verdict):
    acts = [a for a in relations.find_acts(nlp(text)) if any(o.text == "Party" for o in a.objects)]
    assert {a.relation for a in acts} == ({verdict} if verdict else set())


def test_his_beside_a_named_possessor_is_that_person_whatever_the_tagger_calls_the_name(nlp):
    """"points to Trump’s support for X and his past opposition to Y" with "Trump" tagged a common noun."""
    text = ("In the ad, Rep. Dan Ruiz attacks his rival. He points to Tom Harlan’s support for public health care "
            "and his past opposition to a ban on assault weapons.")
    doc = reattached(nlp, text, "Harlan", pos="NOUN")
    statements = statements_and_actors(nlp, doc)[0]
    assert [s.speaker for s in statements if s.kind == "position" and "assault weapons" in s.text] == ["Tom Harlan"]


@pytest.mark.parametrize("description, role, fits", [
    ("the president", "vice president for defense studies at the Orton Institute", False),
    ("the director", "deputy director of the water board", False),
    ("the secretary", "under secretary for trade", False),
    ("the professor", "assistant professor of law", True),
    ("the vice president", "vice president for defense studies", True),
    ("the president", "president of the union", True),
])
def test_a_plain_description_does_not_name_a_lower_post(description, role, fits):
    """"Cruz and Trump slammed the president" after quoting a think tank's vice president: Obama, not him."""
    assert role_matches(description, [role]) is fits


def test_the_president_is_not_a_think_tanks_vice_president(nlp):
    text = ('President Obama spoke on Monday. "The debate is misleading," said Carl Weston, vice president for '
            'defense studies at the Orton Institute. Senator Ruth Vance has slammed the president for his '
            'strategy.')
    targets = {s.target for s in stances_of(nlp, text) if s.source == "Ruth Vance"}
    assert "Carl Weston" not in targets and targets <= {"Obama"}


@pytest.mark.parametrize("text", [
    'A spokesman for Republican presidential candidate Tom Reyes called the report "a smear."',
    'A spokeswoman for Democratic Senate candidate Ana Lind called the ruling "a disgrace."',
])
def test_a_spokesman_for_a_party_labelled_person_is_the_persons_unnamed_spokesman(nlp, text):
    """The party word before the person's title is their label, not the body the spokesman speaks for."""
    st = statements_of(nlp, text)[0]
    assert st.speaker is None and st.speaker_kind == "anonymous"


@pytest.mark.parametrize("text", [
    'Newt Gingrich said on Wednesday: "Tom Harlan must decide if he wants a two-pirate ticket."',
    'Senator Ruth Vance said Governor Tom Harlan should choose his running mate with care.',
])
def test_a_choice_someone_must_make_is_no_demand(nlp, text):
    assert [s for s in stances_of(nlp, text) if s.target == "Tom Harlan"] == []


def test_headlines_listed_after_related_are_no_statements(nlp):
    text = ('"We have to decide what is conservative," Senator Ana Lind said on Tuesday.\n\n"Related:"\n\n'
            'Senate Candidates Resoundingly Reject The Idea Of A Tax Hike.\n\n'
            'Tom Harlan Responds To Question About Wages By Saying We Need Fewer Lawyers.\n\n'
            'Voters in Ohio said the debate changed few minds, a new poll found.')
    texts = [s.text for s in statements_of(nlp, text)]
    assert not any("Tax Hike" in t or "Fewer Lawyers" in t for t in texts), texts
    assert any("changed few minds" in t for t in texts) and any("decide what is conservative" in t for t in texts)


@pytest.mark.parametrize("text, author", [
    ('On Thursday a letter was sent from the league’s president, Dana Whitlock, to every club. The letter said, '
     '“Effective immediately, we are going to end the season.”', "Dana Whitlock"),
    ('An email was sent from Marcus Bell to the board members. The email said, “We are going to close the '
     'office in May.”', "Marcus Bell"),
])
def test_a_document_sent_from_someone_speaks_for_them(nlp, text, author):
    """"an email was sent from the club's director, Jeremy Boreing … The email said": Boreing's words."""
    assert statements_of(nlp, text)[-1].speaker == author
