"""Errors from the lead's reading of real wire articles (issue 9), each as a general rule. Invented text only."""
from __future__ import annotations

import pytest

from analysis import speakers
from tests.pipeline_steps import statement_with, statements_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Rogers’ campaign called AP’s report a “rush to judgment,” because delegates can change their minds.",
     "rush to judgment", "Rogers' campaign"),
    ("Myers’ campaign called AP’s report a “rush to judgment,” because votes are still being counted.",
     "rush to judgment", "Myers' campaign"),
])
def test_a_cue_the_parse_hung_on_its_subject_still_reports(nlp, text, words, speaker):
    """The small model can read "X’ campaign called …" as a noun with a modifier and make the quoted
    noun the root of a sentence with no verb; the characterisation is still the campaign's."""
    assert statement_with(statements_of(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text", [
    "Crowds gathered in a town called “Hope,” near the border.",
    "A film called “Dust” opened on Friday.",
])
def test_a_name_given_by_a_participle_is_still_no_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Ana Ruiz ran the agency for a decade. It’s safe to say she knows the budget better than anyone.",
    "Ana Ruiz ran the agency for a decade. It's safe to say she knows the budget better than anyone.",
    "The vote was tight. It’s fair to say the mayor was relieved.",
])
def test_the_narrators_it_is_fair_to_say_is_no_statement_with_either_apostrophe(nlp, text):
    assert statements_of(nlp, text) == []


class _Person:
    def __init__(self, name, roles=()):
        self.name, self.type, self.roles = name, "person", list(roles)


@pytest.mark.parametrize("role, gender", [
    ("a spokesman for Mrs. Lane", "m"),
    ("an aide to Queen Mira", ""),
    ("spokeswoman for Mr. Hale", "f"),
    ("the widow of Mr. Hale", "f"),
])
def test_a_role_held_for_someone_genders_only_by_its_own_words(role, gender):
    """"a spokesman for Mrs. X": the title after "for" is X's, not the spokesman's."""
    found = speakers._genders("", [], {"Sam Orr": _Person("Sam Orr", [role])}, names=False)
    assert found.get("Sam Orr", "") == gender


class _Known:
    def __init__(self):
        self.gender = {}

    def gender_of(self, name):
        return self.gender.get(name, "")

    def is_person(self, name):
        return True


@pytest.mark.parametrize("mention, gender", [("Mr. Reed", "m"), ("Ms. Reed", "f"), ("Mrs. Reed", "f"),
                                             ("Reed", ""), ("Charlie Reed", "")])
def test_the_title_a_speaker_is_named_with_genders_them(mention, gender):
    """"Charlie Reed … “…,” Mr. Reed said": a first name that gives no gender takes the title's."""
    art = _Known()
    speakers._gender_from_title(art, "Charlie Reed", mention)
    assert art.gender_of("Charlie Reed") == gender
