"""Per-Doc token arrays computed once and shared by the rule modules.

Creating spaCy `Token` objects in Python loops (`for t in doc`, `doc.sents`) costs more than
the rules themselves; `Doc.to_array` reads the same values in one call (the text too: `Doc.text`
joins every token's `text_with_ws`, made as a Token each; the same string is joined here from the
words and their trailing spaces). The result is kept in
`doc.user_data`, so actors, quotes, speakers and stance read the Doc's text, offsets, heads and
sentence bounds once per article, and any other token attribute (`token_column`: "LEMMA", "POS",
...) once per attribute. `release` drops these caches when the article is done: they
point back at the Doc, and without the release every Doc would wait for the cyclic garbage
collector instead of being freed at once.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

_KEY = "actorlens_arrays"


@dataclass(frozen=True)
class DocArrays:
    text: str
    words: list[str]  # each token's text
    idx: list[int]  # character offset of each token
    heads: list[int]  # index of each token's syntactic head (itself at a root)
    sents: list[tuple[int, int, int, int]]  # (start_char, end_char, start token, end token)
    columns: dict[str, list[int]] = field(default_factory=dict)  # filled by `token_column`


def doc_arrays(doc) -> DocArrays:
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached.idx) == len(doc):
        return cached
    n = len(doc)
    if n == 0:
        arrays = DocArrays(doc.text, [], [], [], [])
    else:
        table = doc.to_array(["IDX", "LENGTH", "HEAD", "SENT_START", "ORTH", "SPACY"])
        strings = doc.vocab.strings
        words = [strings[o] for o in table[:, 4].tolist()]
        text = "".join([w + " " if space else w for w, space in zip(words, table[:, 5].tolist())])
        table = table[:, :4].astype("int64")
        idx = table[:, 0].tolist()
        length = table[:, 1].tolist()
        heads = (table[:, 2] + range(n)).tolist()
        starts = [i for i, s in enumerate(table[:, 3].tolist()) if s == 1 or i == 0]
        bounds = starts[1:] + [n]
        sents = [(idx[a], idx[b - 1] + length[b - 1], a, b) for a, b in zip(starts, bounds)]
        arrays = DocArrays(text, words, idx, heads, sents)
    doc.user_data[_KEY] = arrays
    return arrays


def token_column(doc, attr: str) -> list[int]:
    """One spaCy attribute ("LOWER", "LEMMA", "POS", "ENT_TYPE", "IS_PUNCT", ...) of every token,
    as ids (strings are `doc.vocab.strings[id]`), read once per Doc."""
    columns = doc_arrays(doc).columns
    column = columns.get(attr)
    if column is None:
        column = columns[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return column


def entities(doc) -> tuple:
    """`doc.ents`, made once per Doc: spaCy builds a new Span per entity on every access, and the
    rules read the entities of an article several times."""
    key = _KEY + "_ents"
    ents = doc.user_data.get(key)
    if ents is None:
        ents = doc.user_data[key] = doc.ents
    return ents


class LazyTokens:
    """A Doc's Token objects by index, each made on first use and kept (`doc[i]` makes a new
    object on every call, `list(doc)` makes all of them while a rule reads a few sentences)."""

    __slots__ = ("doc", "_made")

    def __init__(self, doc):
        self.doc = doc
        self._made: list = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, key):
        made = self._made
        if isinstance(key, slice):
            for i in range(*key.indices(len(made))):
                if made[i] is None:
                    made[i] = self.doc[i]
            return made[key]
        tok = made[key]
        if tok is None:
            tok = made[key] = self.doc[key]
        return tok

    def __iter__(self):
        return (self[i] for i in range(len(self._made)))


def release(doc) -> None:
    """Drop every per-Doc cache the rule modules keep in `doc.user_data` (keys "actorlens_*")."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("actorlens_")]:
        del doc.user_data[key]


def char_span(doc, start_idx: int, end_idx: int, alignment_mode: str = "strict"):
    """`doc.char_span(start_idx, end_idx, alignment_mode=...)` (same Span, or None) found in the
    offset arrays: spaCy's own checks each make Token objects (two to four per call), and the rules
    ask for the span of every mention and cue several times. The tokens tile the text (each
    token's text and trailing space end where the next begins), so the token holding a character
    is found by bisection, as spaCy's `token_by_char` finds it."""
    from spacy.tokens import Span  # here, not at import: this module is read without spaCy too

    if alignment_mode not in ("strict", "contract", "expand"):
        return doc.char_span(start_idx, end_idx, alignment_mode=alignment_mode)  # spaCy's error
    arrays = doc_arrays(doc)
    idx, words, n = arrays.idx, arrays.words, len(arrays.text)

    def token_by_char(char: int) -> int:
        return bisect_right(idx, char) - 1 if 0 <= char < n else -1

    start = token_by_char(start_idx)
    if start < 0 or (alignment_mode == "strict" and start_idx != idx[start]):
        return None
    end = token_by_char(end_idx - 1)
    if end < 0 or (alignment_mode == "strict" and end_idx != idx[end] + len(words[end])):
        return None
    if alignment_mode == "contract":
        if idx[start] < start_idx:
            start += 1
        if end_idx < idx[end] + len(words[end]):
            end -= 1
        if end < start:
            return None
    elif alignment_mode == "expand" and start_idx == idx[start] + len(words[start]):
        start += 1  # a start on the previous token's trailing space
    return Span(doc, start, end + 1)
