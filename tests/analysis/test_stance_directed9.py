"""Who blames or backs whom in one sentence, round nine: the pair reader (`python -m analysis stance`)
parses the text an article's analysis parses (`pipeline.spacy_text`: a curly "n’t" read as a
negation, not as punctuation that hides the clause after it), and what a speaker alleges of
someone blames that one in an article's statements too, as in a pair reading. Invented sentences."""
from __future__ import annotations

import io
import json

import pytest

from analysis import stance
from tests.pipeline_steps import directed_reading as reading, stances_of


def _cli(nlp, tmp_path, text: str, source: str, target: str) -> dict:
    s, t = text.index(source), text.index(target)
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "p", "text": text, "source": [s, s + len(source)],
                                "target": [t, t + len(target)]}) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert stance.run_cli(str(path), out, io.StringIO(), nlp=nlp) == 0
    return json.loads(out.getvalue())


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor\u2019s campaign for the port didn\u2019t falter, and Lindqvist has since endorsed him for mayor.",
     "Lindqvist", "Okafor", 1),
    ("Okafor\u2019s lead in the polls didn\u2019t shrink, and the Harbour Union has since backed him.",
     "Harbour Union", "Okafor", 1),
    # the one endorsed does not endorse
    ("Okafor\u2019s campaign for the port didn\u2019t falter, and Lindqvist has since endorsed him for mayor.",
     "Okafor", "Lindqvist", 0),
])
def test_pair_reader_parses_what_an_article_parses(nlp, tmp_path, text, source, target, polarity):
    assert _cli(nlp, tmp_path, text, source, target)["polarity"] == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Mayor Anton Lindqvist spoke on Monday. Lindqvist alleged that Councillor Ruth Okafor had met the bidders in secret.",
     "Anton Lindqvist", "Ruth Okafor", "negative"),
    ("The dockers met on Friday. Their union leader, Marta Ferreira, charged that Governor Paul Ashby is trying to delay the vote.",
     "Marta Ferreira", "Paul Ashby", "negative"),
])
def test_article_statement_alleging_blames_the_doer(nlp, text, source, target, polarity):
    rows = [(r.source, r.target, r.polarity) for r in stances_of(nlp, text)]
    assert (source, target, polarity) in rows
    assert not any(r[0] == target and r[1] == source for r in rows)


@pytest.mark.parametrize("text", [
    # a plain report is no allegation; an allegation denied is none either
    "Mayor Anton Lindqvist spoke on Monday. Lindqvist said that Councillor Ruth Okafor had met the bidders.",
    "Mayor Anton Lindqvist spoke on Monday. Lindqvist alleged that Councillor Ruth Okafor had not met the bidders.",
])
def test_article_statement_without_allegation(nlp, text):
    assert not [r for r in stances_of(nlp, text) if r.target == "Ruth Okafor" and r.polarity == "negative"]


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Governor Haldane appreciated the Fenwick Trust's work with the flood victims.", "Haldane", "Fenwick Trust", 1),
    ("Senator Lauten has long advocated for Kessler in the committee.", "Lauten", "Kessler", 1),
    # the one appreciated or advocated for holds no stance
    ("Governor Haldane appreciated the Fenwick Trust's work with the flood victims.", "Fenwick Trust", "Haldane", 0),
    ("Senator Lauten has long advocated for Kessler in the committee.", "Kessler", "Lauten", 0),
])
def test_appreciating_and_advocating_for(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Councillor Brandt needled Mayor Okonkwo over the bus contract.", "Brandt", "Okonkwo", -1),
    ("The dockers' union tried to undercut Governor Ashby before the vote.", "dockers' union", "Ashby", -1),
    ("Brandt lashed out at Okonkwo after the meeting.", "Brandt", "Okonkwo", -1),
    # the one needled or undercut holds no stance
    ("Councillor Brandt needled Mayor Okonkwo over the bus contract.", "Okonkwo", "Brandt", 0),
    ("The dockers' union tried to undercut Governor Ashby before the vote.", "Ashby", "dockers' union", 0),
])
def test_needling_undercutting_lashing_out(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Brandt complained that Okonkwo had met the bidders at night.", "Brandt", "Okonkwo", -1),
    ("The Fenwick Trust claimed that Governor Ashby had met the bidders at night.", "Fenwick Trust", "Ashby", -1),
    # the one complained of does not complain; a complaint that denies a deed blames no one
    ("Brandt complained that Okonkwo had met the bidders at night.", "Okonkwo", "Brandt", 0),
    ("Brandt complained that Okonkwo had not met the bidders.", "Brandt", "Okonkwo", 0),
    ("Brandt complained that Okonkwo would meet the bidders in the autumn.", "Brandt", "Okonkwo", 0),
])
def test_what_is_complained_of_blames_its_doer(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


def test_pair_evidence_keeps_the_inputs_characters(nlp, tmp_path):
    text = "Okafor\u2019s campaign for the port didn\u2019t falter, and Lindqvist has since endorsed him for mayor."
    evidence = _cli(nlp, tmp_path, text, "Okafor", "Lindqvist")["evidence"]
    assert "didn\u2019t" in evidence and evidence in text
