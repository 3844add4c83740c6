"""Who blames or backs whom in one sentence, round seven: a reaction drawn from a named people or
body ("faced Norwegian sanctions"), what the source receives is no stance of its own, a pronoun
of the source's clause that can only stand for the target, an inverted speech cue whose speaker
the parser took for its object, naming with two objects or a small clause, act nouns aimed by a
participle ("made by X"), and a quotation over the parser's sentence cut. Invented sentences."""
from __future__ import annotations

import pytest

from analysis.pipeline import parse_as_one_sentence
from analysis.stance import pair_stance
from tests.pipeline_steps import directed_reading as reading, span_of


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor has drawn Republican criticism over the harbour budget.", "Republican", "Okafor", -1),
    ("Okafor would face Norwegian sanctions.", "Norwegian", "Okafor", -1),
    # the one who draws the reaction does not give it
    ("Okafor would face Norwegian sanctions.", "Okafor", "Norwegian", 0),
])
def test_reaction_from_a_named_modifier(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor would face U.S. charges of fraud.", "Okafor", "U.S.", 0),
    ("Okafor faced bitter ridicule over the Lindqvist affair.", "Okafor", "Lindqvist", 0),
    ("Okafor came under heavy fire over the Lindqvist scandal.", "Okafor", "Lindqvist", 0),
])
def test_what_the_source_receives_is_no_stance(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Mary Okafor quit the board, but John Lindqvist said she was a disgrace.", "John Lindqvist", "Mary Okafor", -1),
    ("Mrs. Okafor quit the board, but Mr. Lindqvist insists she was a brilliant chair.", "Lindqvist", "Okafor", 1),
    ("Scholes and Okafor have criticised the squad, but Lindqvist claims they are wrong.", "Lindqvist", "Okafor", -1),
    # a pronoun that may stand for the source is the source's own
    ("Mary Okafor quit the board, but John Lindqvist said he was a disgrace.", "John Lindqvist", "Mary Okafor", 0),
    ("Mary Okafor quit the board, but John Lindqvist said she was a disgrace.", "Mary Okafor", "John Lindqvist", 0),
])
def test_pronoun_standing_for_the_target(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("“Okafor’s contempt for the harbour endangers our town,” thundered Lindqvist on Tuesday.", "Lindqvist", "Okafor", -1),
    ("“Okafor has let the city down,” thundered Lindqvist.", "Lindqvist", "Okafor", -1),
    # a name after a plain verb is its object, not a speaker
    ("Okafor, the mayor, told Lindqvist the plan was a disaster.", "Lindqvist", "Okafor", 0),
])
def test_inverted_cue_parsed_as_object(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Okafor branded Lindqvist a liar.", "Okafor", "Lindqvist", -1),
    ("Okafor considers Lindqvist a traitor.", "Okafor", "Lindqvist", -1),
    ("Okafor considers Lindqvist a close friend.", "Okafor", "Lindqvist", 1),
    # the one named holds no stance toward the namer
    ("Okafor branded Lindqvist a liar.", "Lindqvist", "Okafor", 0),
    ("Okafor considers Lindqvist a traitor.", "Lindqvist", "Okafor", 0),
])
def test_naming_with_two_objects_or_a_small_clause(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("The accusations against Okafor made by Lindqvist were false.", "Lindqvist", "Okafor", -1),
    ("Fallout over the abuse allegations against Okafor made by his wife, Lindqvist, has spread.", "Lindqvist", "Okafor", -1),
    # the one accused does not accuse
    ("The accusations against Okafor made by Lindqvist were false.", "Okafor", "Lindqvist", 0),
])
def test_act_noun_made_by_a_doer(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # a quotation over two sentences is the speaker's word, also before the parser's cut
    ("“Okafor is a disgrace. He has wrecked the harbour,” Lindqvist said.", "Lindqvist", "Okafor", -1),
    ("\"Okafor is a disgrace. He has wrecked the harbour,\" Lindqvist said.", "Lindqvist", "Okafor", -1),
    # narration before the cut is no one's word
    ("Okafor is a disgrace. Lindqvist said so on Monday.", "Lindqvist", "Okafor", 0),
    ("\"We won,\" Kim said. Okafor is a disgrace. \"He lost,\" Lindqvist said.", "Lindqvist", "Okafor", 0),
])
def test_quotation_across_the_cut(nlp, text, source, target, polarity):
    r = pair_stance(nlp(text), span_of(text, source), span_of(text, target),
                    reparse=lambda: parse_as_one_sentence(nlp, text))
    assert r.polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    # a friendly act taken back opposes its object
    ("Lindqvist withdrew his support for Okafor.", "Lindqvist", "Okafor", -1),
    ("Lindqvist has withdrawn her endorsement of Okafor.", "Lindqvist", "Okafor", -1),
    ("Lindqvist ended his backing of Okafor.", "Lindqvist", "Okafor", -1),
    ("Norway cut its aid to Lindqvist's government.", "Norway", "Lindqvist", -1),
    # a hostile or plain act taken back is none
    ("Norway lifted its sanctions on Lindqvist's government.", "Norway", "Lindqvist", 0),
    ("Lindqvist ended the talks with Okafor.", "Lindqvist", "Okafor", 0),
    ("Lindqvist offered his support for Okafor.", "Lindqvist", "Okafor", 1),
])
def test_act_taken_back(nlp, text, source, target, polarity):
    assert reading(nlp, text, source, target).polarity == polarity
