"""Errors read on real wire news by the lead (issue 9 and 10, read-through 8), with invented text."""
from __future__ import annotations

import pytest

from analysis import pipeline
from analysis.actors import find_actors
from analysis.corpus import analyze_doc
from analysis.types import Article
from tests.pipeline_steps import reattached, statement_with, stances_of, statements_of


def aliases(nlp, text: str) -> dict[str, list[str]]:
    _, found = find_actors(nlp(pipeline.spacy_text(text)), "a1")
    return {a.name: a.aliases for a in found if a.type == "person"}


# ------------------------------------------------ a given name that is also a surname particle

@pytest.mark.parametrize("text, person, alone", [
    ("Al Brandt's campaign opened an office in Dayton. Brandt told reporters he would stay in the race.",
     "Al Brandt", "Brandt"),
    ("Van Okoro, a television commentator, spoke first. Later Okoro said the plan was fair.",
     "Van Okoro", "Okoro"),
    ("Abu Karimi led the talks for a week. On Friday Karimi said the two sides were close.",
     "Abu Karimi", "Karimi"),
])
def test_a_given_name_like_a_particle_joins_the_surname_alone(nlp, text, person, alone):
    found = aliases(nlp, text)
    assert alone not in found
    assert alone in found[person]


def test_a_two_word_surname_with_a_particle_stays_that_persons(nlp):
    found = aliases(nlp, "Senator Chris Van Dorne spoke on Monday. Van Dorne said the bill would pass.")
    assert list(found) == ["Chris Van Dorne"]


# ------------------------------------------------ "he added" carries on the last speaker's turn

@pytest.mark.parametrize("text, speaker", [
    ('Oskar Lind wrote in the listing that the boat was his pride. "I can do what I like with my boat," he said.\n\n'
     'Harbour officer Mark Evans holds up the keys during the 2014 hearing.\n\n'
     '"The engine is fully working thanks to my mechanic," he added.', "Oskar Lind"),
    ('"We will not sell the farm," Greta Holm told the council. Her neighbour Ingrid Sand watched from the back.\n\n'
     '"My father built it with his hands," she continued.', "Greta Holm"),
])
def test_a_continuation_cue_carries_on_the_last_speaker_past_a_silent_person(nlp, text, speaker):
    assert statement_with(statements_of(nlp, text), "engine" if "engine" in text else "father").speaker == speaker


def test_a_continuation_cue_stays_with_a_person_who_has_spoken(nlp):
    text = ('Mark Evans said the boat was unsafe. "I can do what I like with my boat," Oskar Lind said.\n\n'
            'Evans shook his head.\n\n"The engine has not worked for years," he added.')
    assert statement_with(statements_of(nlp, text), "engine").speaker == "Mark Evans"


# ------------------------------------------------ a figure of speech says nothing

@pytest.mark.parametrize("text", [
    "Okafor leads the polls in the north, although history says there can be sudden upheavals.",
    "Common sense says the contest is still open, whatever Okafor claims about the count.",
    "Hindsight suggests the vote for Okafor was lost in May.",
    "Local folklore says the mill was built by monks long before Okafor bought it.",
])
def test_a_bare_figurative_source_makes_no_statement(nlp, text):
    assert not [s for s in statements_of(nlp, text) if "Okafor" not in s.text[:10] and s.cue != "claims"]


# ------------------------------------------------ what is said of "Y's killer" is not said of Y

def rows(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(s.source, s.target, s.polarity) for s in stances_of(nlp, text)}


@pytest.mark.parametrize("text, target", [
    ("Rep. Dana Holt said Omar Petit's killer was a coward.", "Omar Petit"),
    ('"Lena Varga\'s attackers are cowards and thugs," Mayor Ivo Brandt said on Sunday.', "Lena Varga"),
])
def test_a_word_about_the_targets_killer_judges_the_killer_not_the_target(nlp, text, target):
    assert not [r for r in rows(nlp, text) if r[1] == target and r[2] == "negative"]


def test_a_word_about_the_target_itself_still_judges_it(nlp):
    text = "Rep. Dana Holt said Omar Petit's lies were shameful."
    assert ("Dana Holt", "Omar Petit", "negative") in rows(nlp, text)


# ------------------------------------------------ "the gun used by X to kill Y": X acts, not the one holding it

@pytest.mark.parametrize("text, doer", [
    ("Officer Tim Sand holds up the gun used by Carl Zorn to kill Omar Petit during the trial.", "Carl Zorn"),
    ("Officer Tim Sand found the knife used to attack Omar Petit behind the bar.", None),
    ("Officer Tim Sand arrested the man hired by Carl Zorn to attack Omar Petit.", None),
])
def test_an_infinitive_after_a_thing_used_by_someone_is_the_users_act(nlp, text, doer):
    sources = {r[0] for r in rows(nlp, text) if r[1] == "Omar Petit"}
    assert "Tim Sand" not in sources
    assert sources == ({doer} if doer else set())


# ------------------------------------------------ a long apposition between the quote and its cue

@pytest.mark.parametrize("text", [
    'The council met late.\n\n"They were professionals, but also competitors," Karl M. Dorsey, the mayor\'s '
    'former chief of staff, said of their time in office.',
    'The council met late.\n\n"We did the best we could with very little," Ana Ruiz, the head of the '
    'regional water board, told reporters.',
    '"They were professionals, but also competitors," Karl M. Dorsey, the mayor\'s former chief of staff, said.',
])
def test_the_name_after_a_quote_speaks_past_a_long_apposition(nlp, text):
    (st,) = [s for s in statements_of(nlp, pipeline.spacy_text(text)) if s.kind == "direct"]
    assert st.speaker in ("Karl M. Dorsey", "Ana Ruiz")


# ------------------------------------------------ "a message from X, reporting that …": X reports

@pytest.mark.parametrize("text, sender", [
    ("Moore was answering a message from Undersecretary Wendy Sherwood, reporting that a plane had "
     "left Tunis.", "Wendy Sherwood"),
    ("The board read out a letter from Judge Omar Haddad, saying that the hearing would move to May.",
     "Omar Haddad"),
])
def test_a_participle_after_a_message_from_someone_is_the_senders(nlp, text, sender):
    (st,) = [s for s in statements_of(nlp, text) if s.kind != "direct"]
    assert st.speaker == sender


def test_she_after_a_message_from_a_woman_is_the_sender(nlp):
    text = ('"So far so good," Ortiz replied to her aide.\n\n'
            'Moore was answering a message from Undersecretary Wendy Sherwood, reporting that a plane had left '
            'Tunis. "Plane wheels up a few minutes ago," she wrote.')
    assert statement_with(statements_of(nlp, text), "wheels up").speaker == "Wendy Sherwood"


# ------------------------------------------------ "Asked whether …" is a question, even when the parse hides "whether"

@pytest.mark.parametrize("text", [
    'Asked whether largely watching the campaign from the sidelines had been hard for Ms. Ortiz, Mr. Dorsey said: '
    '"Of course. She wanted to run."',
    'Asked whether quietly watching the season from the bench had been hard for Mr. Varga, Coach Lena Brandt said: '
    '"Yes. He loved to play."',
])
def test_a_question_with_whether_before_a_clausal_subject_is_not_said(nlp, text):
    assert [s.kind for s in statements_of(nlp, text)] == ["direct"]


# ------------------------------------------------ the name signing an embedded post is its author

@pytest.mark.parametrize("signature, author", [
    ("The Morning Ledger (@morningledger) June 29, 2016", "The Morning Ledger"),
    ("Fact Check Desk (@factdesk) May 2, 2016", "Fact Check Desk"),
])
def test_an_embedded_posts_signature_names_its_author_not_a_date(nlp, signature, author):
    text = ("Mayor Ana Ruiz denied the report.\n\n"
            '<tweet id="1" author="@x" datetime="2016-06-29">The mayor reportedly wants a boxer at the gala '
            f"https://t.co/abc — {signature}</tweet>.")
    (st,) = [s for s in statements_of(nlp, text) if s.cue == "posted"]
    assert st.speaker == author


# ------------------------------------------------ "a report from X saying …": X says it

def test_a_participle_after_a_report_from_a_body_is_the_bodys(nlp):
    text = ("The Daily Courier published the story first. Mayor Dan Roth is disputing an earlier report from "
            "the Daily Courier saying his office invited a boxer to the gala.")
    st = statement_with(statements_of(nlp, text), "invited a boxer")
    assert st.speaker != "Dan Roth"


# ------------------------------------------------ a title before the name describes, it judges nothing

@pytest.mark.parametrize("text", [
    '"The gala organisers are lining up former heavyweight champion Leo Marsh and others," the Daily Courier reported.',
    "Ben Cole tweeted: While the mayor talks about safety, his office has booked convicted rapist Leo Marsh to "
    "appear at the gala.",
])
def test_a_title_noun_before_the_targets_name_is_no_stance(nlp, text):
    assert not [r for r in rows(nlp, text) if r[1] == "Leo Marsh"]


def test_a_judgement_said_of_the_named_target_still_counts(nlp):
    assert ("Ben Cole", "Leo Marsh", "negative") in rows(nlp, "Ben Cole wrote that Leo Marsh is a shameless fraudster.")


# ------------------------------------------------ overstepping and overreaching are faults of the doer

@pytest.mark.parametrize("text", [
    "Sen. Dan Roth said the Regional Water Board had overstepped its authority.",
    "Sen. Dan Roth said the Regional Water Board overreached when it fired the inspectors.",
])
def test_overstepping_is_a_fault_of_the_doer(nlp, text):
    assert ("Dan Roth", "Regional Water Board", "negative") in rows(nlp, text)


def test_crossing_a_finish_line_is_no_fault(nlp):
    assert not rows(nlp, "Coach Dan Roth said Lena Varga crossed the finish line first.") & {
        ("Dan Roth", "Lena Varga", "negative")}


# ------------------------------------------------ "they" after counted or joined unnamed bodies

@pytest.mark.parametrize("text", [
    "Twelve states and several farm groups are challenging the Water Agency's rules before the Federal Court "
    "of Claims.\n\nThey argue that the agency ignored the law.",
    "Three unions are suing the Harbour Authority before the Federal Court of Claims.\n\n"
    "They argue that the authority broke the contract.",
])
def test_they_after_unnamed_bodies_is_not_a_body_named_after_them(nlp, text):
    (st,) = [s for s in statements_of(nlp, text) if s.cue == "argue"]
    assert st.speaker is None


# ------------------------------------------------ an act held back or not done is no stance

@pytest.mark.parametrize("text", [
    "Dan Roth later blamed his hesitancy to condemn Leo Marsh on a bad line.",
    "Dan Roth regretted his refusal to criticize Leo Marsh.",
    "Dan Roth said he did not meet Leo Marsh.",
])
def test_an_act_denied_by_a_noun_or_a_negation_is_no_stance(nlp, text):
    assert not [r for r in rows(nlp, text) if r[1] == "Leo Marsh"]


def test_a_neutral_act_done_stays(nlp):
    assert ("Dan Roth", "Leo Marsh", "neutral") in rows(nlp, "Dan Roth said he met Leo Marsh in Oslo.")


# ------------------------------------------------ a quoted phrase an act is put down to labels no one

def test_a_quoted_cause_after_on_is_no_label_for_the_target(nlp):
    text = 'Mayor Dan Roth later blamed his silence about Leo Marsh on a "bad phone line," aides said.'
    assert not [r for r in rows(nlp, text) if r[1] == "Leo Marsh"]


def test_a_quoted_label_after_to_still_counts(nlp):
    text = 'Aide Dana Holt said Leo Marsh is reduced to "taunts and insults" because he cannot defend his record.'
    assert ("Dana Holt", "Leo Marsh", "negative") in rows(nlp, text)


def test_a_person_called_a_legend_still_speaks(nlp):
    text = "Just ask former boxing star Dale Hurst. Hurst said he lost money. The boxing legend said people misjudge Ortiz."
    assert statement_with(statements_of(nlp, text), "misjudge").speaker == "Dale Hurst"


# ------------------------------------------------ a denouncing is never praise, whatever the parse hangs on it

def test_a_kind_word_parsed_into_a_denouncings_complement_makes_no_praise(nlp):
    text = "Sen. Ada Kerr has since denounced Tom Harlan's comments, calling the speech wonderful."
    doc = reattached(nlp, text, "wonderful", "denounced", "oprd")
    rows = {(s.source, s.target, s.polarity) for s in analyze_doc(doc, Article("a", text)).stances}
    assert ("Ada Kerr", "Tom Harlan", "positive") not in rows
