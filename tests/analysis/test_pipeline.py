"""The pipeline ActorLens loads annotates exactly as the stock spaCy pipeline it is built from."""
from __future__ import annotations

import pytest

from analysis import pipeline

ATTRS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SENT_START"]


@pytest.fixture(scope="module")
def stock_nlp():
    """The same model with spaCy's own attribute ruler (and the same paragraph breaks)."""
    import spacy

    nlp = spacy.load(pipeline.resolve_model_name())
    pipeline._register_paragraph_breaks()
    nlp.add_pipe(pipeline.PARAGRAPH_BREAKS, before="parser")
    return nlp


def test_attribute_ruler_is_the_table_one(nlp, stock_nlp):
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "TableAttributeRuler"
    assert type(stock_nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


@pytest.mark.parametrize("text", [
    "“We ain't gonna let 'em win,” the coach said. Let's see, she added.\n\nI told you that it was over.",
    "But the mayor, who ain't shy, said this and that: these are the rules.  He gotta go, he said.",
    "You saw me. They saw us and I saw them!  Those who wait will see it; It is what it is.",
    "Weren't they there? Isn't she the one? Y'all don't know, do ya?\n\n\nNew line here.",
    "The U.S. Senate voted 51-49 on Tuesday; Sen. Ana Ruiz (D-N.M.) called it “a disgrace.”",
    "",
])
def test_table_ruler_annotates_like_spacy(nlp, stock_nlp, text):
    ours, theirs = nlp(text), stock_nlp(text)
    assert (ours.to_array(ATTRS) == theirs.to_array(ATTRS)).all()
    assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_ruler_with_a_pattern_it_cannot_compare_stays_spacys(stock_nlp):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(stock_nlp.vocab)
    ruler.add([[{"ORTH": "Ruiz"}]], {"POS": "PROPN"})
    pipeline.table_attribute_ruler(ruler)
    assert type(ruler) is AttributeRuler
    ruler = AttributeRuler(stock_nlp.vocab)
    ruler.add([[{"LOWER": "ruiz"}]], {"POS": "PROPN"})
    pipeline.table_attribute_ruler(ruler)
    assert type(ruler).__name__ == "TableAttributeRuler"
    doc = ruler(stock_nlp.make_doc("Ana ruiz came"))
    assert [t.pos_ for t in doc] == ["", "PROPN", ""]


@pytest.mark.parametrize("text, starts", [
    ("The vote was close.\n\nAna Ruiz said it was fair.", ["Ana"]),
    ("“It is over.”\n\n7 p.m.\n\nThe count went on.", ["7", "The"]),
    ("WASHINGTON, Jan. 5 (UPI) -- “We will win,” Ruiz said.", ["“"]),
    ("LONDON (Reuters) - Ministers met on Monday.", ["Ministers"]),
])
def test_paragraph_breaks_start_sentences(nlp, text, starts):
    doc = nlp(text)
    assert set(starts) <= {t.text for t in doc if t.is_sent_start and t.i > 0}


@pytest.mark.parametrize("text, sentences", [
    ("Okafor's budget passed.We thank Okafor, Lindqvist said.", 1),
    ("The vote was close. “It was fair,” Ruiz said. Nobody objected.", 1),
    ("The vote was close.\n\nAna Ruiz said it was fair.", 2),
])
def test_parse_as_one_sentence(nlp, text, sentences):
    assert len(list(nlp(text).sents)) > 1
    doc = pipeline.parse_as_one_sentence(nlp, text)
    assert doc.text == text and len(list(doc.sents)) == sentences


def test_table_ruler_survives_pickling(nlp):
    """spaCy's `n_process` may pickle the pipeline into its worker processes."""
    import pickle

    ruler = pickle.loads(pickle.dumps(nlp.get_pipe("attribute_ruler")))
    assert type(ruler).__name__ == "TableAttributeRuler"
    doc = nlp.make_doc("I saw you there.")
    for name, proc in nlp.pipeline[:nlp.pipe_names.index("attribute_ruler")]:
        doc = proc(doc)
    assert [t.pos_ for t in ruler(doc)] == ["PRON", "VERB", "PRON", "ADV", "PUNCT"]
