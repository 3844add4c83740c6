"""Documents, quoted messages and "according to" as sources (issue 9, section 1), on invented news text.

A document ("the summary", "the report", "the email", "the indictment") speaks for its author when the
article names one; otherwise it is a described source shown with its description. Never for the person it
is about or was sent to, never for a place. Words inside what another speaker wrote ("someone") are no
speaker, and an "according to" phrase does not take over a quote that has its own speech clause.
"""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_and_actors as analysed


# ------------------------------------------------------------------ a document speaks for its author

AUTHORED = [
    # the author named in the document's own phrase
    ("Investigators questioned Marta Lindgren, a former aide to the governor, in March. The FBI summary says "
     "she could not recall the briefing.", "could not recall the briefing", "FBI"),
    ("The FBI summary of the interview with Marta Lindgren says she could not recall the briefing.",
     "could not recall the briefing", "FBI"),
    ("A report by Human Rights Watch on Myanmar said soldiers burned villages in three provinces.",
     "soldiers burned villages", "Human Rights Watch"),
    ("The email from Rita Oduya said the rally in Leeds was cancelled.", "rally in Leeds was cancelled",
     "Rita Oduya"),
    ("The email, sent by campaign manager Rita Oduya to staff, said the rally was cancelled.",
     "the rally was cancelled", "Rita Oduya"),
    # the same document named earlier with its author
    ("The FBI's summary of its interview with Marta Lindgren was released on Friday. The summary said "
     "Lindgren had not known the server was private.", "server was private", "FBI"),
    ("The FBI released its summary of the interview with Marta Lindgren on Friday. The summary says Lindgren "
     "did not remember the emails.", "did not remember the emails", "FBI"),
    ("A State Department report released on Thursday said Sudan had made progress on trafficking. The report "
     "said Sudan still jailed victims.", "still jailed victims", "State Department"),
    # "his survey", "her account": the person just named, not whom it asked
    ("Another pollster, Rafael Quintero of Dunmore University, said his survey of Republicans showed the "
     "senator's support holding steady.", "support holding steady", "Rafael Quintero"),
    ("Dr. Helen Marsh wrote a memoir of her years at the clinic. According to her account, she warned the "
     "board twice about the leaks.", "warned the board twice", "Helen Marsh"),
    # "The council issued a statement … The statement said": the body that issued it
    ("The Harbour Authority issued a statement on Friday condemning the strike. The statement said ships "
     "would be rerouted to Dover.", "ships would be rerouted", "Harbour Authority"),
]


@pytest.mark.parametrize("text,words,author", AUTHORED)
def test_a_document_speaks_for_the_author_the_article_names(nlp, text, words, author):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is not None and author.lower() in s.speaker.lower(), (s.speaker_mention, s.speaker)


UNAUTHORED = [
    # the person a document is about or was sent to did not write it
    ("Investigators questioned Marta Lindgren, a former aide to the governor, in March. The summary said "
     "Lindgren had not known the server was private.", "server was private", "summary"),
    ("Investigators questioned Marta Lindgren on Friday. The memo says Lindgren asked for the server to be "
     "wiped.", "server to be wiped", "memo"),
    ("Senator Dale Pruitt criticised the plan on Monday. The email said the vote would be delayed.",
     "vote would be delayed", "email"),
    ("The report about Senator Paul Otten said he had used campaign funds for travel.", "campaign funds",
     "report"),
    ("A letter to Mayor Gina Torres said the contract had been signed without a vote.", "without a vote",
     "letter"),
    ("The complaint against Oscar Delgado says he paid bribes to three officials.", "paid bribes", "complaint"),
    ("Oscar Delgado's indictment says he paid bribes to three officials.", "paid bribes", "indictment"),
    ("Tomas Reyes has been the club's owner since 2010. The filing said Reyes owed the bank $4 million.",
     "owed the bank", "filing"),
    # nor a country the document is about
    ("Human rights groups have long criticised Belarus. The report said prisoners were beaten in at least "
     "four jails.", "prisoners were beaten", "report"),
    ("A report on Belarus said prisoners were beaten in at least four jails.", "prisoners were beaten",
     "report"),
    ("Ahmed Farouk led the talks with Egypt. The report said Egypt had rejected the offer.",
     "Egypt had rejected", "report"),
]


@pytest.mark.parametrize("text,words,description", UNAUTHORED)
def test_a_document_without_a_named_author_is_a_described_source(nlp, text, words, description):
    statements, found = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)
    assert description in s.role.lower()


@pytest.mark.parametrize("text,words", [
    # "the employee" refers back to the unnamed employee, not to the person named in between
    ("Investigators interviewed an employee of the company that managed the server. They also questioned "
     "Marta Lindgren, who said she had not known the server was private. The employee told investigators "
     "the server was moved in 2013.", "server was moved in 2013"),
    ("A neighbour called the police at midnight. Officer Dan Reese said he arrived ten minutes later. The "
     "neighbour said the shouting had stopped by then.", "shouting had stopped"),
])
def test_the_unnamed_person_introduced_earlier_stays_unnamed(nlp, text, words):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)


def test_the_same_description_of_a_named_person_is_that_person(nlp):
    text = ("Marta Lindgren, an employee of the company, was questioned for five hours. She said she had not "
            "known the server was private. The employee told investigators the server was moved in 2013.")
    statements, _ = analysed(nlp, text)
    assert statement_with(statements, "server was moved").speaker == "Marta Lindgren"


# ------------------------------------------------------------------ words inside what another speaker wrote

@pytest.mark.parametrize("text,inner", [
    ("Brandt wrote that \"someone\" should tell reporters the campaign \"never had its act together.\"",
     "never had its act together"),
    ("The council released a statement about the messages, in which staff suggested someone ask the mayor "
     "about her taxes.", "the mayor about her taxes"),
    ("Party officials discussed, according to the emails, how \"someone\" could argue that the senator "
     "\"never had a real campaign.\"", "never had a real campaign"),
    ("Sanders told the radio host that nobody would question her intelligence or her record.",
     "her intelligence"),
])
def test_someone_inside_another_speakers_words_is_no_speaker(nlp, text, inner):
    statements, _ = analysed(nlp, text)
    for s in statements:
        words = text[s.speaker_start:s.speaker_end].lower() if s.speaker_start is not None else ""
        assert words.strip('"') not in ("someone", "somebody", "anyone", "nobody"), (s.speaker_mention, s.text)
    assert any(inner in s.text for s in statements)  # still inside the statement that holds it


@pytest.mark.parametrize("text,quote,speaker", [
    # the quote after a nested "someone" goes on with who issued the statement, not with "someone"
    ("The Tenants Union released a statement about the messages, in which staff suggested someone ask the "
     "mayor about her taxes. \"Such remarks do not reflect our values.\"", "do not reflect our values",
     "Tenants Union"),
])
def test_a_quote_after_a_nested_someone_stays_with_the_outer_speaker(nlp, text, quote, speaker):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, quote)
    assert s.speaker is not None and speaker in s.speaker, (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,people", [
    ("The party issued a statement apologising for the emails, which included staff members suggesting someone "
     "should question the senator's faith.", "staff members"),
    ("The union apologised for the emails, which showed organisers suggesting someone should leak the report.",
     "organisers"),
])
def test_a_participle_on_people_is_theirs_not_the_relative_pronoun(nlp, text, people):
    statements, _ = analysed(nlp, text)
    [s] = [s for s in statements if s.cue == "suggesting"]
    assert text[s.speaker_start:s.speaker_end] == people


def test_someone_alone_is_an_anonymous_speaker(nlp):
    statements, _ = analysed(nlp, "Someone said the plan would fail.")
    s = statement_with(statements, "the plan would fail")
    assert s.speaker is None and s.speaker_kind == "anonymous"


# ------------------------------------------------------------------ "according to" and a quote's own speech clause

@pytest.mark.parametrize("text,quote,speaker", [
    ("Senator Ruth Adler was asked about the deal on Sunday. \"I have never seen anything like this,\" Adler "
     "said, according to CNN.", "never seen anything like this", "Ruth Adler"),
    ("Senator Ruth Adler toured the plant. \"We are going to win this state,\" Adler told supporters in "
     "Dayton, according to a report in the Ohio Ledger.", "win this state", "Adler"),
    ("Senator Ruth Adler, according to CNN, said: \"I will not sign this.\"", "I will not sign this", "Adler"),
    ("Senator Ruth Adler was interviewed on Friday. \"I will not sign this,\" Adler said, according to a "
     "transcript released by CNN.", "I will not sign this", "Adler"),
])
def test_a_quote_with_its_own_speech_clause_keeps_its_speaker(nlp, text, quote, speaker):
    statements, _ = analysed(nlp, text)
    holding = [s for s in statements if quote in s.text]
    assert holding and all(s.speaker is not None and speaker in s.speaker for s in holding), \
        [(s.speaker_mention, s.speaker, s.cue, s.text) for s in holding]


@pytest.mark.parametrize("text,frame,source", [
    ("The deal collapsed on Friday, according to CNN, after Adler said, \"I will not sign this.\"",
     "The deal collapsed on Friday", "CNN"),
    ("According to court records, the company paid the fine in 2019, and its lawyers said it would appeal.",
     "the company paid the fine in 2019", "court records"),
])
def test_according_to_attributes_only_its_own_clause(nlp, text, frame, source):
    statements, _ = analysed(nlp, text)
    s = next(s for s in statements if s.cue == "according to")
    assert s.text == frame and text[s.speaker_start:s.speaker_end] == source


# ------------------------------------------------------------------ the same families, seen in real articles

def test_a_survey_of_people_is_not_written_by_them(nlp):
    text = ("A survey of Democrats showed the senator losing support. The report of the Lisbon Institute said "
            "nurses were most affected.")
    statements, _ = analysed(nlp, text)
    survey = statement_with(statements, "losing support")
    assert survey.speaker is None and "survey of democrats" in survey.role.lower()
    assert statement_with(statements, "nurses were most affected").speaker == "Lisbon Institute"


@pytest.mark.parametrize("text", [
    "Exit polls from the primary, which the senator won, showed that 65 percent of voters backed the ban.",
    # nor the person a clause on another word talks about
    "Exit polls from the New Hampshire primary, which Ted Brody won decisively, showed that 65 percent of voters "
    "backed the ban.",
])
def test_a_capital_that_opens_the_sentence_is_no_author(nlp, text):
    statements, found = analysed(nlp, text)
    s = statement_with(statements, "65 percent of voters")
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,words", [
    # what a thing shows, inside what someone says, is that person's claim: one statement
    ("Still, Democrats say those revelations show that the problem is not limited to the governor.",
     "the problem is not limited"),
    ("Another pollster, Rafael Quintero of Dunmore University, said his survey of Republicans showed the "
     "senator's support holding steady after the debate.", "support holding steady"),
])
def test_what_a_thing_shows_inside_a_statement_is_part_of_it(nlp, text, words):
    statements, _ = analysed(nlp, text)
    holding = [s for s in statements if words in s.text]
    assert len(holding) == 1 and holding[0].cue in ("say", "said"), \
        [(s.speaker_mention, s.cue, s.text) for s in holding]


@pytest.mark.parametrize("text", [
    # the writer's reading of a fact ("shows how …") is nobody's statement
    "His popularity, even after he attacked the former president, shows how deeply the party misjudged its voters.",
    "The governor's decision to seize on taxes has showed how out of step the party is with its voters.",
])
def test_a_fact_that_shows_how_is_no_statement(nlp, text):
    statements, _ = analysed(nlp, text)
    assert not [s for s in statements if s.cue.startswith("show")], [(s.speaker_mention, s.text) for s in statements]


@pytest.mark.parametrize("text", [
    "Both Google and Apple have reportedly looked at the firm. Neither company would comment on those reports.",
    "No official would say how many soldiers were killed.",
])
def test_a_subject_that_is_nobody_reports_no_speech(nlp, text):
    statements, _ = analysed(nlp, text)
    assert statements == [], [(s.speaker_mention, s.text) for s in statements]


@pytest.mark.parametrize("text,words,speaker", [
    ("Investors fled, and critics piled on. The technology columnist Dan Auerbach went so far as to say: "
     "“The company as we know it is over.”", "as we know it is over", "Dan Auerbach"),
    ("Critics piled on. The columnist Dan Auerbach went as far as to say that the company was finished.",
     "the company was finished", "Dan Auerbach"),
])
def test_who_went_so_far_as_to_say_it_said_it(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker == speaker, (s.speaker_mention, s.speaker)


def test_a_bracketed_aside_to_the_reader_names_no_speaker(nlp):
    text = ("The paradox of Nancy, says Carl Anthony, a historian, is that she was \"one of the most powerful "
            "first ladies of the era,\" not for her policy influence (think Eleanor Roosevelt and Hillary Clinton) "
            "but for her personal influence.")
    statements, _ = analysed(nlp, text)
    assert [s.speaker for s in statements] == ["Carl Anthony"], [(s.speaker_mention, s.text) for s in statements]


@pytest.mark.parametrize("text,words,author", [
    ("A 2014 study that appeared in the Baltic Medical Journal found that half of the remedies did not work.",
     "half of the remedies", "Baltic Medical Journal"),
    ("The report, which the FBI released on Friday, said the server was never secure.", "never secure", "FBI"),
    ("A report prepared by Amnesty International said prisoners were beaten.", "prisoners were beaten",
     "Amnesty International"),
])
def test_a_clause_on_the_document_names_who_made_or_published_it(nlp, text, words, author):
    statements, _ = analysed(nlp, text)
    assert statement_with(statements, words).speaker == author


@pytest.mark.parametrize("text", [
    "Instead of calling himself a conservative, the governor listed his tax cuts.",
    "If the emails show that he mishandled sensitive information, he could face an investigation.",
])
def test_speech_instead_of_or_findings_supposed_are_no_statements(nlp, text):
    statements, _ = analysed(nlp, text)
    assert statements == [], [(s.speaker_mention, s.cue, s.text) for s in statements]


def test_a_second_act_joined_by_and_is_not_the_clause_before_reported(nlp):
    text = ("Sullivan both initiated email conversations and forwarded messages, and he sometimes added "
            "additional content on the email chains, according to the sources.")
    statements, _ = analysed(nlp, text)
    assert [s.cue for s in statements] == ["according to"], [(s.speaker_mention, s.cue, s.text) for s in statements]


@pytest.mark.parametrize("text,words,author", [
    ("Maria Ruiz's new disclosure form stated that her income rose to $5 million in 2015.", "income rose",
     "Maria Ruiz"),
])
def test_a_form_speaks_for_whose_form_it_is(nlp, text, words, author):
    statements, _ = analysed(nlp, text)
    assert statement_with(statements, words).speaker == author


@pytest.mark.parametrize("mark", ["''", "“"])
def test_a_speech_clause_after_a_two_apostrophe_quote_attributes_it(nlp, mark):
    close = "''" if mark == "''" else "”"
    text = (f"Days after the arrest, Tomas Nega volunteered to replace him. {mark}Was I going to remain an academic, "
            f"sitting in an ivory tower?{close} he told me.")
    statements, _ = analysed(nlp, text)
    s = statement_with(statements, "remain an academic")
    assert s.speaker == "Tomas Nega", (s.speaker_mention, s.speaker)


@pytest.mark.parametrize("text,kept", [
    ("Israel must also acknowledge the history of its Armenian quarter in Jerusalem.", []),
    # what someone says the minister should admit is that someone's statement, not the minister's
    ("The minister should admit that the plan failed, the opposition leader Kara Holm said.", ["Kara Holm"]),
    ("\"I must say, the plan worked,\" said Kara Holm.", ["Kara Holm"]),
])
def test_what_a_subject_must_or_should_say_is_not_its_statement(nlp, text, kept):
    statements, _ = analysed(nlp, text)
    assert [s.speaker for s in statements] == kept, [(s.speaker_mention, s.cue, s.text) for s in statements]
