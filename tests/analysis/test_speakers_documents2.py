"""Polls, averages, "it" after a document and published correspondence as sources (issue 9, section 1),
on invented news text.

A poll's finding is a statement of whoever ran the poll when the article names them ("a Quinnipiac
poll", "the poll by Gallup"), else of the poll as a described source: never of a person said to lead or
trail in it. "It" opening the sentence after one that names a document is that document (so its
author). "According to the X average" speaks for X. Emails someone else released or published are not
the publisher's words; a person's own emails are theirs.
"""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_and_actors as analysed


# ------------------------------------------------------------------ polls

POLLSTERS = [
    ("Senator Maria Vance campaigned in Iowa. A Quinnipiac poll found that she leads by four points among women.",
     "leads by four points", "Quinnipiac"),
    ("Senator Maria Vance campaigned in Iowa. The poll by Gallup showed that Vance trails among older voters.",
     "trails among older voters", "Gallup"),
    ("Governor Tom Reddick visited the plant. A CNN/ORC survey released Tuesday found that 52 percent of voters "
     "approve of Reddick.", "52 percent of voters", "CNN"),
    ("Senator Maria Vance trails in the latest Marist poll. The poll showed that most voters distrust her.",
     "most voters distrust her", "Marist"),
    ("Governor Tom Reddick is ahead in a new Emerson survey. The survey found that he leads among men.",
     "he leads among men", "Emerson"),
]


@pytest.mark.parametrize("text,words,pollster", POLLSTERS)
def test_a_polls_finding_is_the_pollsters(nlp, text, words, pollster):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is not None and pollster.lower() in s.speaker.lower(), (s.speaker_mention, s.speaker)


UNNAMED_POLLS = [
    # whom a poll is about, or who leads in it, did not run it
    ("Hillary Clinton leads Donald Trump by five points in a new poll released on Monday. The poll found that "
     "voters trust her more on the economy.", "voters trust her more", "poll"),
    ("Senator Maria Vance holds a narrow lead in a survey of likely voters. The survey showed that she leads "
     "among women.", "she leads among women", "survey"),
    ("Senator Maria Vance spoke in Ohio on Monday. A new poll found that she leads by four points among women.",
     "leads by four points", "poll"),
    ("Senator Maria Vance spoke in Ohio on Monday. A poll of Vance voters found that most back her plan.",
     "most back her plan", "poll"),
    # a place before "poll" is what it polled, not who ran it
    ("Senator Maria Vance spoke in Tampa on Monday. A Florida poll found that she leads by four points.",
     "leads by four points", "poll"),
]


@pytest.mark.parametrize("text,words,description", UNNAMED_POLLS)
def test_a_poll_without_a_named_pollster_is_a_described_source(nlp, text, words, description):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)
    assert description in s.role.lower()


# ------------------------------------------------------------------ "according to" data and averages

@pytest.mark.parametrize("text,words,source", [
    ("Senator Maria Vance leads in the state, according to the RealClearPolitics average.", "leads in the state",
     "RealClearPolitics"),
    ("Governor Tom Reddick trails in Ohio, according to polling data from the Marist Institute.",
     "trails in Ohio", "Marist Institute"),
    ("Governor Tom Reddick trails in Ohio, according to the FiveThirtyEight average of state polls.",
     "trails in Ohio", "FiveThirtyEight"),
])
def test_according_to_an_average_or_data_is_the_outlet_that_made_it(nlp, text, words, source):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.cue == "according to" and s.speaker is not None and source.lower() in s.speaker.lower(), (
        s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,words,description", [
    ("Governor Tom Reddick trails in Ohio, according to polling data.", "trails in Ohio", "polling data"),
    ("Senator Maria Vance leads in the state, according to the polling average.", "leads in the state", "average"),
    # the person the text just quoted did not do the polling
    ("Senator Maria Vance spoke on Tuesday. \"I like him,\" Vance said. According to recent polling, the senator "
     "is once again leading the field.", "leading the field", "polling"),
])
def test_according_to_unnamed_data_is_a_described_source(nlp, text, words, description):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)
    assert description in s.role.lower()


# ------------------------------------------------------------------ "it" after a document

@pytest.mark.parametrize("text,words,author", [
    ("A report by Human Rights Watch was published on Monday. It said prisoners were beaten in four jails.",
     "prisoners were beaten", "Human Rights Watch"),
    ("The Health Ministry published a report on Friday. It said infections fell by a third in May.",
     "infections fell", "Health Ministry"),
    ("Amnesty International released a report on Friday. It said prisoners were beaten in four jails.",
     "prisoners were beaten", "Amnesty International"),
    ("Investigators found an email from Dana Ruiz on the server. It said the rally in Leeds was cancelled.",
     "rally in Leeds", "Dana Ruiz"),
])
def test_it_after_a_document_is_that_document(nlp, text, words, author):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is not None and author.lower() in s.speaker.lower(), (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,words,description", [
    ("Investigators questioned Marta Lindgren on Friday. A memo was found in her office. It said the server "
     "should be wiped.", "server should be wiped", "memo"),
    ("Senator Dale Pruitt criticised the plan. An email was sent to staff on Monday. It said the vote would be "
     "delayed.", "vote would be delayed", "email"),
])
def test_it_after_an_unauthored_document_is_that_document_not_the_person_named(nlp, text, words, description):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)
    assert description in s.role.lower()


# ------------------------------------------------------------------ published correspondence

@pytest.mark.parametrize("text,words,publisher", [
    ("Emails released by WikiLeaks showed that staff mocked the senator.", "staff mocked the senator",
     "WikiLeaks"),
    ("Emails published by Ridgeline said the rally would be delayed.", "rally would be delayed", "Ridgeline"),
    ("WikiLeaks published the emails on Friday. WikiLeaks emails showed that staff mocked the senator.",
     "staff mocked the senator", "WikiLeaks"),
    ("The site Leakbox released thousands of emails from the campaign. The Leakbox emails said the rally would "
     "be delayed.", "rally would be delayed", "Leakbox"),
])
def test_whoever_published_someones_emails_did_not_write_them(nlp, text, words, publisher):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None or publisher.lower() not in s.speaker.lower(), (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,words,writer", [
    ("John Podesta's emails said the rally would be delayed.", "rally would be delayed", "John Podesta"),
    ("John Podesta's emails, released by WikiLeaks, said the rally would be delayed.", "rally would be delayed",
     "John Podesta"),
    ("The Harbour Authority emails said the ferry would be delayed.", "ferry would be delayed", "Harbour Authority"),
    ("A report published by the Health Ministry said infections fell in May.", "infections fell", "Health Ministry"),
])
def test_ones_own_emails_and_published_reports_are_the_writers(nlp, text, words, writer):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is not None and writer.lower() in s.speaker.lower(), (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,words", [
    # a document word that only modifies another noun, or that a thing the sentence is about cites
    ("The video then shows the senator's private email server. It also claims the ferry was late.",
     "ferry was late"),
    ("The ad then cites a report on the senator's travel. It also claims the ferry was late.", "ferry was late"),
])
def test_it_is_no_document_the_sentence_before_only_mentions(nlp, text, words):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert not any(w in (s.role or "").lower() for w in ("email", "report")), (s.speaker_mention, s.role)


# ------------------------------------------------------------------ "The email read: “…”"

@pytest.mark.parametrize("text,words,author,description", [
    ("The campaign released an email from Dana Ruiz on Friday. The email read: \"We need to move the rally to "
     "Leeds.\"", "move the rally", "Dana Ruiz", ""),
    ("Investigators found a memo in the office. The memo read: \"Wipe the server before Monday.\"",
     "Wipe the server", None, "memo"),
    ("Senator Dale Pruitt criticised the plan. The email read: \"The vote will be delayed until June.\"",
     "vote will be delayed", None, "email"),
])
def test_a_document_that_reads_a_quote_is_its_speaker(nlp, text, words, author, description):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    if author:
        assert s.speaker is not None and author.lower() in s.speaker.lower(), (s.speaker_mention, s.speaker)
    else:
        assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)
        assert description in s.role.lower()


@pytest.mark.parametrize("text", [
    "Senator Dale Pruitt read the statement aloud to reporters on Monday.",
    "The transcript reads like a novel, and it runs to 400 pages.",
])
def test_reading_is_no_statement_without_a_document_quoting(nlp, text):
    statements, _ = analysed(nlp, text)
    assert not [s for s in statements if s.cue and s.cue.lower().startswith("read")], [
        (s.cue, s.text) for s in statements]


# ------------------------------------------------------------------ what a document says is not who wrote it

@pytest.mark.parametrize("text,words", [
    ("An analyst said there was no evidence in the report that the Chinese government was behind the attack. "
     "Hackers also reached the chairman's computer, according to the report.", "reached the chairman"),
    ("Critics found nothing in the memo that Senator Dale Pruitt had approved the deal. The memo said the deal "
     "was signed in May.", "signed in May"),
    # "reported" is a verb, no earlier mention of the report
    ("The breach had been reported in May and some lawmakers had mentioned China as a suspect, but the report on "
     "Wednesday cited a memo by the inspector general. The report said hackers reached ten servers.",
     "hackers reached ten servers"),
])
def test_a_clause_saying_what_a_document_claims_names_no_author(nlp, text, words):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,words,author", [
    # the quote before "the email read", and "it" after it: the email, so whoever sent it
    ("The Harbour Authority sent an email to staff on Wednesday. \"Friend, let me be blunt. The ferries are late. "
     "Nobody is safe,\" the email read. It said the ferries would stop in June.", "ferries are late",
     "Harbour Authority"),
    ("The Harbour Authority sent an email to staff on Wednesday. \"Friend, let me be blunt. The ferries are late. "
     "Nobody is safe,\" the email read. It said the ferries would stop in June.", "would stop in June",
     "Harbour Authority"),
    ("Dana Ruiz sent an email to donors on Wednesday. \"Friend, let me be blunt. We can win this. He can't,\" the "
     "email read. It stated that Pruitt is rattled by the polls.", "rattled by the polls", "Dana Ruiz"),
])
def test_a_quote_the_email_read_and_it_after_it_are_the_senders(nlp, text, words, author):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is not None and author.lower() in s.speaker.lower(), (s.speaker_mention, s.speaker)


def test_it_after_an_unsigned_memo_that_was_quoted_is_the_memo(nlp):
    text = "\"We will not back down. Never,\" the memo read. It said the plan would go ahead in June."
    statements, _ = analysed(nlp, text)
    for words in ("not back down", "go ahead in June"):
        s = statement_with(statements, words)
        assert s.speaker is None and s.speaker_kind == "anonymous" and "memo" in s.role.lower(), (
            s.speaker_mention, s.speaker)
