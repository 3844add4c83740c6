"""Speakers of wire statements read on real news (issue 9, fifth round): an unnamed source of the lede
described by whom they are close to ("a Clinton ally") and named later the same way, "the campaign"
of the candidate rather than of a staffer quoted last, a public body written as initials and then
described by its kind ("the bureau", "the law enforcement agency"). Invented text only; each case
runs the pipeline pieces as `corpus.analyze_doc` does."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_and_actors, statements_of


# ------------------------------------------------------------------ a described source named later

@pytest.mark.parametrize("text, words, speaker", [
    ("A Clinton ally suggested on Monday that the plan would fail. The plan was drawn up by aides last year. "
     "\"It will collapse within a month,\" said Mark Ames, a longtime Clinton friend.", "plan would fail", "Mark Ames"),
    ("An adviser to Senator Dale Rowe said the vote would be close. The bill returns to the floor on Friday. "
     "\"We have the numbers,\" said Ann Pike, a longtime adviser to Rowe.", "vote would be close", "Ann Pike"),
])
def test_a_lede_source_described_by_whom_they_are_close_to_is_the_one_named_so_later(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text", [
    "A Clinton ally suggested on Monday that the plan would fail. \"It will collapse,\" said Mark Ames, a longtime "
    "Clinton friend. \"It is dead,\" said Ann Pike, another Clinton friend.",
    "A Clinton ally who spoke on condition of anonymity suggested that the plan would fail. \"It will collapse,\" "
    "said Mark Ames, a longtime Clinton friend.",
    "A Clinton ally suggested on Monday that the plan would fail. \"It will collapse,\" said Mark Ames, a longtime "
    "Rowe friend.",
])
def test_a_lede_source_stays_unnamed_when_the_later_naming_is_not_one_clear_match(nlp, text):
    s = statement_with(statements_of(nlp, text), "plan would fail")
    assert s.speaker is None, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "the campaign"

@pytest.mark.parametrize("text, words, speaker", [
    ("Hillary Clinton toured Ohio on Monday, her third visit this month. Her lawyer, Beth Wilkins, did not "
     "respond to a request for comment. The campaign has long maintained that the emails were not classified.",
     "not classified", "campaign of Hillary Clinton"),
    ("Senator Hillary Clinton spoke in Ohio on Monday. Her rival, Governor Tom Rivers, mocked her speech. "
     "\"It was empty,\" said Jake Lund, a spokesman for Rivers. The campaign said it would release a new plan "
     "next week.", "release a new plan", "campaign of Hillary Clinton"),
    ("Democratic nominee Hillary Clinton toured Ohio on Monday. Donald Trump held a rally in Iowa. Trump "
     "spokesman Brian Fallon called her tour a failure. The Democratic nominee's campaign said it would run new "
     "ads in the state.", "run new ads", "campaign of Hillary Clinton"),
    ("Governor Tom Rivers toured Ohio on Monday. Senator Ann Pike spoke in Iowa. The campaign said it had "
     "raised $40 million.", "raised $40", "campaign of Ann Pike"),
    ("Hillary Clinton leads the race. Clinton has been asked about her emails for months.\n\n"
     "Jake Sullivan, then a senior aide, is now her policy adviser. Sullivan sent dozens of the emails, according "
     "to the sources. The emails were sent in 2011 and 2012 and are now held at the highest level of secrecy. "
     "Sullivan's lawyer, Beth Wilkins, did not respond to a request for comment. The campaign has long "
     "maintained that the emails were not marked classified.", "not marked classified", "campaign of Hillary Clinton"),
])
def test_the_campaign_is_the_candidates_not_a_staffers(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text", [
    "Hillary Clinton toured Ohio on Monday. Donald Trump held a rally in Iowa. \"It was a dangerous speech,\" "
    "said Brian Fallon, a Trump spokesman. The Democratic nominee's campaign said it would run new ads in the state.",
    "Hillary Clinton toured Ohio on Monday. Donald Trump held a rally in Iowa. Trump spokesman Brian Fallon "
    "called her tour a failure. The Democratic nominee's campaign said it would run new ads in the state.",
])
def test_a_nominees_campaign_described_right_after_a_staffer_is_not_the_staffers(nlp, text):
    s = statement_with(statements_of(nlp, text), "run new ads")
    assert s.speaker == "campaign of Hillary Clinton", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ a body written as initials

@pytest.mark.parametrize("text, words, speaker", [
    ("The FBI opened an inquiry into the shooting on Monday. Mayor Karen Holt said the gunman had acted alone. "
     "The bureau said it had interviewed dozens of witnesses.", "interviewed dozens", "FBI"),
    ("The FBI opened an inquiry into the shooting on Monday. Local officials said the gunman had acted alone. "
     "The law enforcement agency said it had interviewed dozens of witnesses.", "interviewed dozens", "FBI"),
    ("The EPA fined the refinery on Tuesday. Residents had complained for years. The environmental agency said "
     "the fine was the largest this year.", "largest this year", "EPA"),
    ("A Government Accountability Office report found gaps in the program. Officials at Immigration and Customs "
     "Enforcement said they were worried. In a memo, the law enforcement agency suggested that the program end.",
     "program end", "Immigration and Customs Enforcement"),
])
def test_a_body_written_as_initials_is_the_body_its_kind_describes(nlp, text, words, speaker):
    statements, actors = statements_and_actors(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)
    assert not any(a.name.lower().endswith(("agency", "bureau")) for a in actors), [a.name for a in actors]


def test_a_described_body_of_another_kind_is_not_the_body_written_as_initials(nlp):
    text = ("The FBI opened an inquiry into the shooting on Monday. Residents were afraid. The environmental "
            "agency said the river was safe.")
    s = statement_with(statements_of(nlp, text), "river was safe")
    assert s.speaker != "FBI", s.speaker


# ------------------------------------------------------------------ a name written before the same word

@pytest.mark.parametrize("text, words, speaker", [
    ("Two candidates sent recipes for Hearth Table magazine’s cookie poll on Friday. The Rivers Foundation "
     "will close next year. The magazine said the poll winner had predicted five of the last six elections.",
     "poll winner", "Hearth Table"),
    ("Workers at the Brightwater Lumbermill company walked out on Monday. The Pike Institute backed the strike. "
     "The company said wages would rise next year.", "wages would rise", "Brightwater Lumbermill"),
])
def test_a_name_written_before_the_same_word_is_the_body_the_word_stands_for(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ two people of one surname

@pytest.mark.parametrize("text, words, speaker", [
    ("Ivanka Marsh, who runs her father's hotel group, told the Daily Ledger that she took two weeks off in 2011. "
     "Her father, Victor Marsh, said it was fine.\n\n“We work very hard,” Ivanka Marsh said.\n\n"
     "Marsh, however, paints herself as deeply involved in her work. “We never stop,” Marsh told a magazine.",
     "We never stop", "Ivanka Marsh"),
    ("Victor Marsh, a property developer, is running for mayor. His daughter Ivanka Marsh runs the family's hotels. "
     "“Taxes are too high,” Victor Marsh said on Monday. “I will cut them,” Marsh added.", "I will cut them",
     "Victor Marsh"),
])
def test_a_surname_two_people_share_is_the_one_who_spoke_last(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


def test_a_word_before_a_surname_is_no_first_name(nlp):
    _, actors = statements_and_actors(nlp, "Fact Check Rivers, Critics Say\n\nTom Rivers spoke in Ohio on Monday. "
                                          "Critics said the figures were wrong.")
    assert not any(a.name.startswith("Check") for a in actors), [a.name for a in actors]


@pytest.mark.parametrize("text, names", [
    ("Ivanka Marsh champions working mothers. Victor Marsh said on Monday that the plan was fine. Later, "
     "Ivanka Marsh told the Daily Ledger that she took two weeks off.", {"Ivanka Marsh", "Victor Marsh"}),
])
def test_an_untagged_first_name_before_a_shared_surname_is_its_own_person(nlp, text, names):
    statements, actors = statements_and_actors(nlp, text)
    assert names <= {a.name for a in actors}, [a.name for a in actors]
    s = statement_with(statements, "two weeks off")
    assert s.speaker == "Ivanka Marsh", s.speaker


# ------------------------------------------------------------------ "X said he …"

@pytest.mark.parametrize("text, words, speaker", [
    ("Fans abroad are watching the race. \"Rivers is very funny,\" one user wrote. \"I hope he wins.\"\n\n"
     "Another said he hoped with his whole heart that Tom Rivers wins the election. \"That way I can laugh.\"",
     "whole heart", None),
    ("Tom Rivers held a rally in Ohio on Monday. Paul Dale, a farmer from Lima, said he hoped that Rivers would "
     "win the state.", "would win the state", "Paul Dale"),
])
def test_he_reported_by_someone_is_that_someone_not_a_person_named_in_the_clause(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)
    if speaker is None:
        assert s.speaker_kind == "anonymous", s.speaker_kind


def test_he_reported_by_a_woman_is_someone_else(nlp):
    text = ("Tom Rivers held a rally in Ohio on Monday. Ann Pike, his sister, said he hoped with all his heart that "
            "voters would back the plan.")
    s = [s for s in statements_of(nlp, text) if s.text.startswith("that voters")][0]
    assert s.speaker == "Tom Rivers", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ a surname alone in apposition

def test_a_surname_alone_with_an_apposition_gives_the_person_a_role(nlp):
    text = ("Marvin Brandt learned that in 1990 after he expressed doubts about the new casino. Brandt, a securities "
            "analyst at an investment company, recalled numerous calls with Tom Rivers.\n\n"
            "\"He turns like a light switch,\" said Brandt.\n\n"
            "In response, Rivers wrote to Brandt: \"Only a fool would send such a letter.\"\n\n"
            "Rivers did not respond to a request for comment.\n\n"
            "The securities analyst decided to fight back. He sued Rivers in federal court.")
    statements, actors = statements_and_actors(nlp, text)
    assert any("securities analyst" in r for a in actors if a.name == "Marvin Brandt" for r in a.roles), \
        [(a.name, a.roles) for a in actors]
    s = statement_with(statements, "fight back")
    assert s.speaker == "Marvin Brandt", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ an unnamed source again

def test_the_same_description_again_is_the_same_unnamed_source_not_the_last_speaker(nlp):
    text = ("\"That can go a long way,\" said a senior Rivers adviser. Senate leader Paul Dale said he expects Rivers "
            "to play a major role this fall.\n\n\"I think politicians are practical people,\" said the senior "
            "Rivers adviser.")
    s = statement_with(statements_of(nlp, text), "practical people")
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker, s.speaker_kind)


def test_the_lede_source_described_by_whom_they_are_close_to_is_not_one_only_described_later(nlp):
    text = ("\"That can go a long way,\" said a senior Rivers adviser. Senate leader Paul Dale spoke on Monday. "
            "\"I think politicians are practical people,\" said the senior Rivers adviser.")
    statements = statements_of(nlp, text)
    assert statement_with(statements, "a long way").speaker is None


@pytest.mark.parametrize("text, words", [
    ("Outside GOP group backs Rivers\n\nThe Action Fund, a conservative group, is spending $200,000 on ads for "
     "Tom Rivers. The group polled the race in February, the group said.", "polled the race"),
])
def test_a_party_written_before_the_word_is_not_the_body_the_word_stands_for(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != "Republican Party", s.speaker


# ------------------------------------------------------------------ "the <role>" after a narrated subject

def test_a_role_right_after_a_narrated_subject_is_that_subject_not_the_speaker_before(nlp):
    text = ("On the trail, Tom Rivers describes himself as \"a consistent conservative.\"\n\n"
            "Paul Dale (D-Ore.) blasted Rivers in a recent interview. \"It is one of the worst plans I have ever "
            "seen,\" the Senate minority leader said.")
    s = statement_with(statements_of(nlp, text), "worst plans")
    assert s.speaker == "Paul Dale", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ people who organise

@pytest.mark.parametrize("text, words", [
    ("Protest planned for Rivers speech\n\nAbout 40 teachers have said that they plan to join the protest of Tom "
     "Rivers's speech on Monday, according to an organizer. Rivers has not commented. \"We are not worried,\" "
     "Rivers said on Tuesday.\n\nThe organizers said they do not know how many teachers will take part.",
     "how many teachers"),
    ("Protest planned for Rivers speech\n\nAbout 40 teachers have said that they plan to join the protest of Tom "
     "Rivers's speech on Monday, according to an organizer. Rivers has not commented. \"We are not worried,\" "
     "Rivers said on Tuesday.\n\nThe organizers said they do not know how many teachers will take part.",
     "About 40 teachers"),
])
def test_an_unnamed_organizer_and_the_organizers_are_not_the_person_named_first(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is None, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ a statement posted on a site

@pytest.mark.parametrize("words", ["user generated", "contacted anyone", "no part in the listing"])
def test_a_statement_posted_on_a_site_is_the_sites_and_so_is_what_it_adds(nlp, words):
    text = ("Both websites pulled the listing before bidding began.\n\n"
            "A statement posted on the website GunShed.com said listings are user generated, and that the company "
            "reserved the right to reject any.\n\n"
            "\"Mr. Rivers never contacted anyone at GunShed.com,\" the company wrote in its statement.\n\n"
            "It added, \"We want no part in the listing.\"")
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == "GunShed.com", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "what he calls"

@pytest.mark.parametrize("text, words, speaker", [
    ("“We have started all those talks,” Mr. Dale said.\n\nThe remarks suggest Mr. Rivers is running two campaigns "
     "at once, railing against what he calls a corrupt process in public while sending Mr. Dale to calm party "
     "leaders.", "corrupt process", "Rivers"),
])
def test_he_of_what_he_calls_is_the_one_whose_clause_it_is_in(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ a body's name that opens with a first name

def test_he_is_never_a_body_whose_name_opens_with_a_first_name(nlp):
    text = ("Lawyer Dan Elwes has asked the Supreme Court to intervene. But he and election-law experts agree it "
            "will be difficult to win a majority of the justices.")
    s = statement_with(statements_of(nlp, text), "difficult to win")
    assert s.speaker == "Dan Elwes", (s.speaker, s.speaker_mention)
