"""More errors from reading the analysis of real wire articles (issue 9), each as a general rule: coordinated
subjects with titles, "they" after two people named together, relative clauses, nested clauses of one speaker
and words the entity recogniser glues to names. Invented text only."""
from __future__ import annotations

import pytest

from analysis import actors, quotes, speakers


def analysed(nlp, text):
    doc = nlp(text)
    mentions, found = actors.find_actors(doc, "a1")
    statements = quotes.find_statements(doc, "a1")
    speakers.resolve_speakers(doc, statements, mentions, found)
    return statements, found


def described(statements):
    return [(s.kind, s.cue, s.text, s.speaker) for s in statements]


# ------------------------------------------------------------------ groups of people

@pytest.mark.parametrize("text, words, speaker", [
    ("Texas Senator Dale Hobbs and Florida Senator Mara Quinlan have both urged the party to unite.",
     "the party to unite", "Dale Hobbs and Mara Quinlan"),
    ("Ohio Senator Tessa Brandt and Iowa Senator Ruben Salas warned that the plan would fail.",
     "the plan would fail", "Tessa Brandt and Ruben Salas"),
])
def test_a_place_in_a_title_does_not_cut_a_coordinated_subject(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    hit = [s for s in statements if words in s.text]
    assert hit and hit[0].speaker == speaker, described(statements)


@pytest.mark.parametrize("text, words, speaker", [
    ("Dale Hobbs and Mara Quinlan are leading the fight against the tax. They say it will hurt farmers.",
     "hurt farmers", "Dale Hobbs and Mara Quinlan"),
    ("Ortega met Dale Hobbs and Mara Quinlan, two Canadian diplomats, in Paris. They say the talks went well.",
     "talks went well", "Dale Hobbs and Mara Quinlan"),
])
def test_they_after_two_people_named_together_is_the_two_of_them(nlp, text, words, speaker):
    statements, _ = analysed(nlp, text)
    hit = [s for s in statements if words in s.text]
    assert hit and hit[0].speaker == speaker, described(statements)
