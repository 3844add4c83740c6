"""One article's analysis steps as `corpus.analyze_doc` runs them (actors, statements, speakers),
for tests that read statements and their speakers without building a corpus."""
from __future__ import annotations

from spacy.tokens import Doc

from analysis import actors, quotes, speakers, stance


def statements_and_actors(nlp, text, article_id: str = "a1"):
    """The statements of `text` (a string, or a doc made by `tagged`) with their speakers resolved, and
    the article's actors."""
    doc = text if isinstance(text, Doc) else nlp(text)
    mentions, found = actors.find_actors(doc, article_id)
    statements = quotes.find_statements(doc, article_id)
    speakers.resolve_speakers(doc, statements, mentions, found)
    return statements, found


def statements_of(nlp, text: str, article_id: str = "a1"):
    """The statements of `text` with their speakers resolved."""
    return statements_and_actors(nlp, text, article_id)[0]


def statement_with(statements, words: str):
    """The first statement whose text contains `words` (the assertion lists them all when none does)."""
    hit = [s for s in statements if words in s.text]
    assert hit, [(s.text, s.speaker_mention, s.speaker) for s in statements]
    return hit[0]


def tagged(nlp, text: str, *ents):
    """A parsed doc whose entities are exactly `ents`: (surface, label, nth occurrence from 0)."""
    doc = nlp(text)
    spans = []
    for surface, label, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = sorted(spans, key=lambda sp: sp.start)
    return doc


def span_of(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    """Character span of the `nth` occurrence (from 0) of `word` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def directed_reading(nlp, text: str, source: str, target: str):
    """The stance reading of `source` toward `target` in one sentence, as `python -m analysis stance` reads a pair."""
    return stance.source_stance(nlp(text), span_of(text, source), span_of(text, target))


def reattached(nlp, text: str, child: str, head: str | None = None, dep: str | None = None, pos: str | None = None):
    """`text` parsed, then the token `child` hung on the token `head` with `dep` (and/or given the part of
    speech `pos`): a parse or tagging error the model makes on some real sentences, made on purpose so a
    rule that repairs it can be tested."""
    doc = nlp(text)
    words = [t.text for t in doc]
    heads, deps, tags = [t.head.i for t in doc], [t.dep_ for t in doc], [t.pos_ for t in doc]
    c = words.index(child)
    if head is not None:
        heads[c], deps[c] = words.index(head), dep
    if pos is not None:
        tags[c] = pos
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    return Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], heads=heads, deps=deps,
               pos=tags, tags=[t.tag_ for t in doc], lemmas=[t.lemma_ for t in doc], ents=ents)


def stances_of(nlp, text: str):
    """The stance rows of `text` as the whole analysis makes them for one article (the CLI's path)."""
    from analysis.corpus import analyze_doc
    from analysis.pipeline import spacy_text
    from analysis.types import Article

    return analyze_doc(nlp(spacy_text(text)), Article("a", text)).stances
