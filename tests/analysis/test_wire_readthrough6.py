"""Errors from the lead's sixth reading of real wire articles (issue 9), each as a general rule.
Invented text only."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_and_actors, statements_of, tagged


@pytest.mark.parametrize("text", [
    "The ministry made its statement in response to a request from the watchdog group Open Books.",
    "Lena Park made the remarks at a rally in Denver on Tuesday.",
    "The council issued a statement after the vote in the town hall.",
])
def test_a_statement_named_but_not_given_is_no_statement(nlp, text):
    """"made its statement in response to …": the words said are elsewhere; when and why is no content."""
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text, dropped", [
    ('Reporter Lisa Hall wrote: "The minister was angry and left early," citing participants in the meeting.',
     "participants"),
    ("The paper said the deal had collapsed, citing two officials familiar with the talks.", "officials"),
])
def test_citing_people_names_sources_not_a_statement(nlp, text, dropped):
    statements = statements_of(nlp, text)
    assert not any(s.text.startswith(dropped) or s.text.startswith("two " + dropped) for s in statements), \
        [(s.text, s.cue) for s in statements]


def test_citing_reports_that_stays_a_statement(nlp):
    text = "Earlier, Dana Voss pressed Hale on the deal, citing reports that his aides had been investigated."
    assert statement_with(statements_of(nlp, text), "aides had been investigated").speaker == "Dana Voss"


def test_citing_reasons_stays_a_statement(nlp):
    text = 'Gov. Ana Ruiz endorsed him on Tuesday, citing his "long experience" and his grasp of the issues.'
    assert statement_with(statements_of(nlp, text), "long experience").speaker == "Ana Ruiz"


@pytest.mark.parametrize("text, words, speaker", [
    ("The city failed to disclose the contracts, according to a report from the Transport Ministry's inspector "
     "general. The inspector general, Maria Olsen, said her work is not done.", "failed to disclose", "Maria Olsen"),
    ("The inspector general, Maria Olsen, began the review in May. The city failed to disclose the contracts, "
     "according to a report from the Transport Ministry's inspector general. The contractor knew of the problem, "
     "the report says.", "contractor knew", "Maria Olsen"),
])
def test_a_report_from_an_officials_office_is_that_officials_not_the_bodys(nlp, text, words, speaker):
    """"a report from the ministry's inspector general" speaks for the inspector general (named in the
    article, else described), never for the ministry the report is about."""
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


def test_a_report_from_an_unnamed_officer_is_described_not_given_to_the_body(nlp):
    text = ("The city failed to disclose the contracts, according to a report from the Transport Ministry's inspector "
            "general. The contractor knew of the problem, the report says.")
    for words in ("failed to disclose", "contractor knew"):
        st = statement_with(statements_of(nlp, text), words)
        assert st.speaker is None and "inspector general" in st.role, (st.speaker, st.role)


@pytest.mark.parametrize("text", [
    "Tom Hale had said he would visit later. The editors aimed their Friday editorial at Tom Hale. "
    "The editorial said that the mayor should go.",
    "The Ledger aimed a sharp editorial at Tom Hale on Friday. The editorial said that the mayor should go.",
])
def test_an_editorial_aimed_at_someone_is_not_theirs(nlp, text):
    assert statement_with(statements_of(nlp, text), "should go").speaker != "Tom Hale"


def test_a_name_used_as_a_place_is_never_the_newspaper(nlp):
    """The recogniser may tag a resort or district as an organisation; written after "in", it is a place."""
    text = ("A local newspaper had chided Mayor Tom Hale on Monday for continuing his vacation in Lakeview Shores "
            "instead of visiting the flooded town. The newspaper said the mayor should visit soon.")
    doc = tagged(nlp, text, ("Tom Hale", "PERSON", 0), ("Lakeview Shores", "ORG", 0))
    assert statement_with(statements_of(nlp, doc), "should visit").speaker != "Lakeview Shores"


@pytest.mark.parametrize("text", [
    "The trip suggests that Ana Ruiz is looking ahead to the general election.",
    "The vote showed that the party is split.",
    "Her win indicates that voters have tired of the old guard.",
])
def test_what_an_event_is_taken_to_show_is_the_writers_reading(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Her campaign said that Ana Ruiz is looking ahead.",
    "The audit shows that the county overspent by $2 million.",
])
def test_bodies_and_documents_still_speak(nlp, text):
    assert len(statements_of(nlp, text)) == 1


def test_a_participle_after_a_reported_clause_about_a_thing_is_the_reporters(nlp):
    """"Leo made clear that his meeting was not political, saying …": Leo says it, not the meeting."""
    text = ("On Saturday, Pope Leo made clear that his meeting with Ruiz was not political, saying that those "
            "who thought so should look for a doctor.")
    assert {st.speaker for st in statements_of(nlp, text) if "look for a doctor" in st.text} == {"Leo"}


@pytest.mark.parametrize("text", [
    "A new USA TODAY/Rock the Vote survey of young voters shows a 62%-32% divide on the issue.",
    "The latest USA Today/Suffolk poll found that Ruiz leads by four points.",
    "Ruiz told USA TODAY that she would run again.",
])
def test_a_name_that_opens_with_a_country_is_no_mention_of_the_country(nlp, text):
    statements, found = statements_and_actors(nlp, text)
    assert "United States" not in {a.name for a in found}
    assert all(st.speaker != "United States" for st in statements)


@pytest.mark.parametrize("text, words", [
    ('Radio host Dan Lowe asked Tom Hale about statements he had made the previous night, when he claimed the '
     'mayor was "the founder" of the gang.', "the founder"),
    ("Dan Lowe questioned Tom Hale on remarks in which he said the mayor should resign.", "should resign"),
])
def test_a_pronoun_in_what_someone_was_asked_about_is_the_one_asked(nlp, text, words):
    assert statement_with(statements_of(nlp, text), words).speaker == "Tom Hale"


@pytest.mark.parametrize("text, words, speaker", [
    ('Ana Ruiz said she was ready. "I am ready whenever he is," Ruiz said. But the star journalist, who is '
     'promoting her 12th book, downplayed her influence among voters.', "her influence", "Ana Ruiz"),
    ('Tom Hale has covered the war for a decade. "It is worse now," Hale said. The veteran correspondent '
     'said the front had barely moved.', "front had barely moved", "Tom Hale"),
])
def test_the_journalist_the_story_is_about_is_that_person_not_an_unnamed_reporter(nlp, text, words, speaker):
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, words", [
    ("The fire spread quickly, the reporter said.", "fire spread"),
    ("An AFP journalist at the scene said the road was closed.", "road was closed"),
])
def test_reporters_the_text_does_not_name_stay_unnamed(nlp, text, words):
    assert statement_with(statements_of(nlp, text), words).speaker in (None, "Agence France-Presse")


@pytest.mark.parametrize("text, words", [
    ('Repeating his speech from last week, Joe Ruiz rubbished Tom Hale\'s claim to understand farmers. '
     '"It\'s a bunch of malarkey," he said.', "bunch of malarkey"),
    ('At the rally, Joe Ruiz ridiculed Tom Hale\'s promise to lower taxes. "He has never done it," he said.',
     "never done it"),
])
def test_a_pronoun_after_someone_scorns_anothers_claim_is_the_scorner(nlp, text, words):
    """The claim is Hale's statement, but the turn is Ruiz's: he acts on it, and he speaks next."""
    assert statement_with(statements_of(nlp, text), words).speaker == "Joe Ruiz"


@pytest.mark.parametrize("text, words", [
    ("Donald Trump spoke on Monday. The groups point out that the campaign immediately removed the mayor of "
     "Roanoke from its team after he suggested that the camps could be a model.", "could be a model"),
    ("Tom Hale spoke first. The board fired the coach after he said the team was lazy.", "team was lazy"),
])
def test_he_after_a_body_acted_on_an_unnamed_man_is_that_man(nlp, text, words):
    """A body is never "he": the clause's "he" is the man it acted on, unnamed, not the last man named."""
    st = statement_with(statements_of(nlp, text), words)
    assert st.speaker is None and st.speaker_kind != "name"


@pytest.mark.parametrize("text, words, example", [
    ("Six newspapers in Vermont, including the Burlington Herald, said the governor is not fit to serve. "
     "They called him an opportunist.", "not fit to serve", "Burlington Herald"),
    ("Three unions, including the Teamsters Union, said they would strike on Monday.", "would strike", "Teamsters Union"),
])
def test_a_counted_group_with_one_example_is_the_group(nlp, text, words, example):
    """"Six newspapers, including the Herald, said": the six say it; the one named is only an example."""
    doc = tagged(nlp, text, (example, "ORG", 0))
    st = statement_with(statements_of(nlp, doc), words)
    assert st.speaker is None and st.speaker_kind == "anonymous"
