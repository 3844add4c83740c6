"""Statements read on real wire articles (issue 9, section 2): no statement from an attempt or a
population's mood, none from a bare number before a participle, words read off a sign or message go
to whoever wrote or left it and to nobody when nobody is named, "issued a statement saying …" reports
what "saying" reports, a letter quoted paragraph by paragraph is its signer's, and a clause the same
speaker says inside a longer statement of theirs is one row. Invented text only."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.types import Article
from tests.pipeline_steps import statement_with, statements_of


def _rows(nlp, text):
    """The statements as `corpus.analyze_doc` returns them (after the steps that follow speakers)."""
    return analyze_doc(nlp(text), Article("a1", text)).statements


@pytest.mark.parametrize("text", [
    "Mayor Lena Voss was trying to underscore that the new bridge would open on time.",
    "The minister was attempting to suggest that the strike had ended.",
    "Voters were skeptical of the plan to close the clinic.",
    "Many people were sceptical about the new subsidy for dairy herds.",
    "In Linford, 60 pledged delegates were at stake, and Ruiz was expected to win most of them.",
])
def test_no_statement_from_an_attempt_a_mood_or_a_number(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The listing was replaced on Thursday by a message that said, “Sorry, this item is no longer available.”",
    "Visitors were greeted by a sign which read “No entry after dusk.”",
    "A note taped to the door said, “Back in ten minutes.”",
])
def test_words_read_off_a_thing_nobody_is_named_for_are_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Kara Holm's message read: “I am sorry for what happened and I will pay for the damage.”",
     "I will pay", "Kara Holm"),
    ("Tomas Ilic left a note that said, “I am sorry for the damage to your fence.”", "the damage", "Tomas Ilic"),
    ("The letter, signed by Ilse Kern, the chair of the tenants' association, was read aloud at the meeting.\n"
     "“We have waited three years for repairs. The landlord keeps telling us ‘next month.’\n"
     "“Our children are sick from the damp. We will not wait any longer.”", "three years", "Ilse Kern"),
])
def test_words_of_a_written_thing_are_its_writers(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Norlake Mining issued a statement saying the mine would reopen once inspectors had finished their work.",
     "the mine would reopen once inspectors had finished their work", "Norlake Mining"),
    ("The Harbor Authority put out a statement on Monday. “We regret the delay and are working with the "
     "contractor to restore service,” it said.", "We regret the delay", "Harbor Authority"),
])
def test_a_statement_put_out_by_a_body_is_the_bodys(nlp, text, content, speaker):
    st = statement_with(statements_of(nlp, text), content)
    assert st.speaker == speaker
    assert st.text.startswith(content) and "statement saying" not in st.text


@pytest.mark.parametrize("text", [
    "Dana Ruiz, the paper's editor, wrote in a column on Sunday:\n“The budget is a disgrace.”\n"
    "“Our schools deserve better, and the council knows it.”\n“As one parent told me, ‘We are tired of waiting.’”",
    "In a column published on Sunday, Dana Ruiz wrote about the closure of the mill.\n"
    "“When the mill closed, my father told us, ‘We will find work somewhere else.’ He never did.\n"
    "“I still drive past the gates every week,” she wrote.",
])
def test_a_column_quoted_paragraph_by_paragraph_is_its_authors(nlp, text):
    quoted = [st for st in statements_of(nlp, text) if st.kind == "direct"]
    assert quoted and all(st.speaker == "Dana Ruiz" for st in quoted)
    assert not any(st.text.startswith(("We are tired", "We will find")) for st in quoted)


@pytest.mark.parametrize("text, outer", [
    ("Tomas Ilic said last week that he plans to introduce a bill after criticising a plan that Ilic said "
     "would make \"a bad situation even worse.\"", "he plans to introduce a bill"),
    ("Senator Ana Brandt said on Monday that she would vote against the tariff, which Brandt said would "
     "“hurt every farmer in the valley.”", "she would vote against the tariff"),
])
def test_the_same_speakers_clause_inside_their_statement_is_one_row(nlp, text, outer):
    rows = _rows(nlp, text)
    assert len(rows) == 1, [(r.text, r.speaker) for r in rows]
    assert outer in rows[0].text


@pytest.mark.parametrize("text, first, second", [
    ("It is time for the city to be led, she said, “not only by a strong mayor, but by a caring one.”",
     "It is time for the city", "not only by a strong mayor"),
    ("The plan would cost too much, Berg said, “and nobody in this town can afford it.”",
     "The plan would cost too much", "and nobody in this town"),
    ("The river will rise again, the engineer warned, ''unless the levee is rebuilt before spring.''",
     "The river will rise again", "unless the levee is rebuilt"),
])
def test_a_quote_going_on_after_the_speaker_is_one_statement_with_the_clause_before(nlp, text, first, second):
    rows = statements_of(nlp, text)
    assert len(rows) == 1, [(r.text, r.speaker) for r in rows]
    assert rows[0].text.startswith(first) and second in rows[0].text and len(rows[0].spans) == 2


@pytest.mark.parametrize("text, words", [
    ("Her remarks were aimed at her rivals, including, she said, “people who never read the bill.”", "people who"),
    ("In the ruling, Judge Ana Brandt said that the firm had “broken every promise it made.”", "broken every"),
    ("Speaking in Linford on Tuesday, Ruiz said, “we will win this seat.”", "we will win"),
])
def test_no_clause_of_its_own_before_the_speaker_stays_outside_the_quote(nlp, text, words):
    st = statement_with(statements_of(nlp, text), words)
    assert not st.text.startswith(("Her remarks", "In the ruling", "Speaking"))


@pytest.mark.parametrize("text, first, second", [
    ("''The tenants are angry,'' Mr. Quill said, ''and they are not going to wait for another winter.''",
     "The tenants are angry", "and they are not going"),
    ("“The levee held,” said Sen. J. Ortega, “but only just, and the next storm will be worse.”",
     "The levee held", "but only just"),
    ("“We lost the first round,” Dr. Lena Voss told reporters, “but the appeal is strong.”",
     "We lost the first round", "but the appeal"),
])
def test_a_quote_resumed_after_a_titled_speaker_is_one_statement(nlp, text, first, second):
    rows = statements_of(nlp, text)
    assert len(rows) == 1, [(r.text, r.speaker) for r in rows]
    assert rows[0].text.startswith(first) and second in rows[0].text


def test_a_full_stop_after_a_surname_still_ends_the_first_quote(nlp):
    rows = statements_of(nlp, "“The bridge is safe,” said Ana Kim. Then the engineer added, “but not for trucks.”")
    assert len(rows) == 2, [(r.text, r.speaker) for r in rows]


@pytest.mark.parametrize("text, asker", [
    ("A climate group is demanding that the candidates propose plans that would make clean energy a priority.",
     "demanding"),
    ("The union insisted that the company explain why the plant closed.", "insisted"),
    ("The council urged that the mayor announce the new budget before the summer.", "urged"),
])
def test_what_someone_demands_of_another_is_not_the_others_statement(nlp, text, asker):
    rows = statements_of(nlp, text)
    assert [r.cue for r in rows] == [asker], [(r.cue, r.text) for r in rows]


@pytest.mark.parametrize("text", [
    "The rules are considered toxic, which helps explain why neither candidate mentions them.",
    "The drought helped explain why the harvest failed.",
])
def test_what_a_thing_helps_explain_is_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


def test_what_someone_reports_another_did_say_stays_a_statement(nlp):
    rows = statements_of(nlp, "The union insisted that the company had promised to keep the plant open.")
    assert {r.cue for r in rows} == {"insisted", "promised"}


@pytest.mark.parametrize("text, start", [
    ("Ana Kern said Mayor Quill “has failed to do anything beyond furthering his own career.”", "Mayor Quill"),
    ("The campaign sent out a press release saying Murphy owes “the voters an explanation for his record.”",
     "Murphy owes"),
    ("Kern said the court's ruling \"will force us to reopen every closed case.\"", "the court's ruling"),
])
def test_a_partial_quote_starts_at_its_clauses_subject(nlp, text, start):
    rows = statements_of(nlp, text)
    assert len(rows) == 1, [(r.text, r.speaker) for r in rows]
    assert rows[0].text.startswith(start) and rows[0].kind == "direct"


def test_a_quote_after_a_time_phrase_keeps_its_own_start(nlp):
    rows = statements_of(nlp, "Kern said on Monday “the mayor should resign before the end of the year.”")
    assert [r.text for r in rows] == ["the mayor should resign before the end of the year."]


@pytest.mark.parametrize("text, start", [
    ("The council's vote “was early enough that nobody knew the candidates. People were still talking about "
     "other names,” said Lena Voss of the teachers' caucus.", "The council's vote"),
    ("Teachers “get why the union endorsed her, and many people believe in that,” Kern said.", "Teachers"),
    ("Voters are “looking to see who is on the other side of the ballot,” Quill said.", "Voters are"),
    ("One example of the problem: the agency “only asks firms to report their largest subsidiaries,” Kern said.",
     "the agency"),
])
def test_a_quote_with_its_cue_after_starts_at_its_clauses_subject(nlp, text, start):
    rows = statements_of(nlp, text)
    assert len(rows) == 1, [(r.text, r.speaker) for r in rows]
    assert rows[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "“Ruiz is in good shape no matter who wins the north,” said Tad Kern, an adviser to the campaign. “We can "
    "win enough seats to catch up, and we have good chances all the way to Linford,” which votes in June.",
    "“We will keep the clinic open until the new hospital in Marlow is ready,” said Ana Ruiz. “Then we move the "
    "staff to Marlow,” which opens next spring.",
])
def test_a_relative_clause_after_a_quote_does_not_speak_it(nlp, text):
    rows = statements_of(nlp, text)
    assert rows and all(r.speaker in ("Tad Kern", "Ana Ruiz") for r in rows), [(r.text, r.speaker) for r in rows]


@pytest.mark.parametrize("text, cue, content", [
    ("Ruiz ducked down for selfies with young people at the cafe, and she urged them to vote on Tuesday.",
     "urged", "them to vote"),
    ("Kern had appeared to be gaining after the first round, and her advisers have hoped for a second-place "
     "finish in the primary.", "hoped", "for a second-place finish"),
])
def test_a_cue_joined_by_and_reports_its_own_words_not_the_clause_before(nlp, text, cue, content):
    rows = [r for r in statements_of(nlp, text) if r.cue == cue]
    assert rows and all(r.text.startswith(content) for r in rows), [(r.cue, r.text) for r in statements_of(nlp, text)]


def test_what_the_writer_says_before_and_some_speculated_is_not_theirs(nlp):
    text = ("Quill noted that the old mayor appeared tired in his first debate in 1990, and some speculated about "
            "his health at the time.")
    assert not any(r.cue == "speculated" and "appeared tired" in r.text for r in statements_of(nlp, text))


def test_a_parenthetical_said_still_reports_the_clause_before(nlp):
    assert statement_with(statements_of(nlp, "The bridge will close in May, she added."), "The bridge").cue == "added"


@pytest.mark.parametrize("text", [
    "Remarks on the plan to lift the economy raise questions about possible conflicts.",
    "Her comments that the mayor would run the program are raising questions about how it would work.",
])
def test_questions_that_words_raise_are_nobodys_statement(nlp, text):
    assert statements_of(nlp, text) == []


def test_questions_a_person_raises_stay_a_statement(nlp):
    rows = statements_of(nlp, "Senator Ana Brandt raised questions about how the program would work.")
    assert [r.speaker for r in rows] == ["Ana Brandt"]


@pytest.mark.parametrize("text", [
    "Aides said Mr. Ruiz's role would be narrowly defined to focus on the poorest areas of the region.",
    "Advisers said Mr. Kern's plan would be ready by the spring.",
])
def test_the_speakers_words_stop_at_the_cue(nlp, text):
    st = statements_of(nlp, text)[0]
    assert st.speaker_mention in ("Aides", "Advisers") and st.text.startswith("Mr.")


@pytest.mark.parametrize("text, words", [
    ("“The storm will change the race,” said Senator Ana Brandt. She predicted the campaign would turn to flood "
     "defences. Or, as Tomas Ilic, a former minister, put it: “The water is no longer at the gate. It is inside.”",
     "The water is no longer"),
    ("Senator Ana Brandt spoke first. As Tomas Ilic put it later, “The water is already inside.”", "already inside"),
])
def test_as_someone_put_it_names_the_speaker(nlp, text, words):
    assert statement_with(statements_of(nlp, text), words).speaker == "Tomas Ilic"


@pytest.mark.parametrize("text, words, speaker", [
    ("Kern has been meeting with a writer whose book, according to Linford Press, “paints a deeply troubling "
     "portrait of the mayor and her record in office.”", "paints a deeply", "Linford Press"),
    ("The new law, according to Senator Ana Brandt, “will protect every tenant in the city from sudden eviction.”",
     "will protect every tenant", "Ana Brandt"),
])
def test_according_to_right_before_a_quote_attributes_the_quote(nlp, text, words, speaker):
    rows = statements_of(nlp, text)
    assert len(rows) == 1, [(r.text, r.speaker) for r in rows]
    assert words in rows[0].text and rows[0].speaker == speaker and rows[0].cue == "according to"


@pytest.mark.parametrize("text", [
    "For those focused on ratings, it's worth pointing out that our first debate broke the record.",
    "It is important to note that the bridge was built in 1990.",
    "It is fair to say that the council has not kept its word.",
])
def test_the_writers_aside_is_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "“We need to shift to coal,” President Ana Brandt said in 1977. It seems unfair to simply tell the towns "
    "that made this shift: “We're sorry, but it didn't work out.”",
    "“The plant will stay open,” Tomas Ilic said in May. It seems cruel to simply tell the workers who built it: "
    "“Not for long.”",
])
def test_words_the_writer_imagines_are_nobodys(nlp, text):
    rows = statements_of(nlp, text)
    assert len(rows) == 1 and rows[0].cue == "said", [(r.text, r.speaker) for r in rows]


def test_a_cover_saying_is_the_outlets(nlp):
    text = ("Kern told the Linford Courier she was furious. This prompted the Linford Courier to run a cover "
            "saying “Don't be a bum, Ana!”")
    st = statement_with(statements_of(nlp, text), "Don't be a bum")
    assert st.speaker == "Linford Courier"
