"""Statements: direct quotes and reported speech, found in one parsed article.

Direct quotes are found on the characters (quotation marks of any style, including the stray and
misplaced marks of machine-translated text), reported speech on the dependency parse (a speech or
cognition cue with a clausal complement, a verb whose object is the claim ("accused X of Y", "called
for X", "a poll shows X"), "according to X", "in his opinion"). Each statement gets
the span that grammatically introduces it (`speaker_mention`); `speakers.resolve_speakers` links
that span to an actor afterwards.

Not statements: withheld or negated speech ("declined to comment", "did not say how many"), passive
cues that name nobody ("was told that", "was charged with"), narrated acts around a partial quote ("he
bought a “philanthropub”"), a clause nested in a statement of the same speaker, a repeated fragment of
an earlier quote. Word lists are in `analysis/lexicons/` (speech_cues, cognition_cues, object_cues, ...).

Everything here is linear in the article: one pass over the characters for quotation marks, one
over the tokens for cues, and bisection to map offsets to tokens and sentences. The parse is never
repeated.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .docarrays import char_span, doc_arrays, entities, token_column
from .types import REPORTED_KINDS, Statement

SPEECH_CUES = lexicon.words("speech_cues.txt")
"""Verbs that report an utterance."""

COGNITION_CUES = lexicon.words("cognition_cues.txt")
"""Verbs that report an opinion; they take a clausal complement like speech verbs."""

CUE_LEMMAS = SPEECH_CUES | COGNITION_CUES

CUE_NOUNS = lexicon.words("cue_nouns.txt")
"""Nouns that, with a clause ("expressed confidence that …"), report an opinion of the subject."""

OPINION_NOUNS = lexicon.words("opinion_nouns.txt")
"""Nouns of "in his opinion, …" / "in the words of X, …"."""

_CUE_FORMS = (
    "said|says|say|added|adds|noted|notes|continued|continues|explained|explains|stressed|stresses|"
    "emphasized|emphasizes|emphasised|emphasises|concluded|concludes|stated|states|told|tells|"
    "insisted|insists|recalled|recalls|warned|warns|argued|argues|believes|believed|thinks|thought|"
    "admitted|admits|sums up|summed up|summarized|summarizes|remarked|remarks|observed|observes|"
    "declared|declares|asked|asks|replied|replies|answered|answers|wrote|writes|pointed out|points out"
)
_CUE_WORDS = frozenset(w for w in _CUE_FORMS.split("|") if " " not in w)
# "…, he added. – Havana …" inside a quote whose marks the translation lost.
_INNER_ATTRIBUTION = re.compile(
    r",\s*[”\"“»]?\s*[–—-]?\s*((?:he|she|they|we|it|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:(?:told|tells)(?:\s+[\w’'-]+){1,4}?|" + _CUE_FORMS + r"))\s*([.,:;])\s*(?:[–—-]\s*)?(?![‘'\"“])"
)
_DASH_NAME = re.compile(
    r"[\s”\"»“.,]*(?P<dash>[―—–])\s*(?!(?:However|But|And|The|In|This|It|That|So|Then|Yet|Still|Also)\b)"
    r"([A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){1,4})(?=[\s.,(]*(?:\n|$))")
_SAID_NAME = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(Said|Says|Added|Adds|Wrote|Writes|Asked|Asks)\s+"
    r"((?:the\s+)?[A-Z]?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3})\s*[:,]\s*[“\"«„‘]?$")
_REPORTED_TAIL = re.compile(r"\s*(?:adding|saying|noting|stressing|arguing|insisting|warning)\s+(?:that\s+)?[a-z]")
_COLON_SOURCE = re.compile(
    r"[\s”\"»’]*((?:[A-Z][\w.'’-]*)(?:\s+[\w.'’-]+){0,5})\s*:\s*(?:[“\"«„‘]|'')?\s*")  # '': an old wire's double mark
_TRANSCRIPT_NAME = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+")
_DASH_OPENER = re.compile(r"(?:^|[.:!?…]\s*)[–—]\s+(?=\S)")

# 'We will fight on,' he said: straight single marks around words, read as ‘ ’ (apostrophes inside
# words and the possessive s' stay apostrophes: the opener follows a space or a mark).
_STRAIGHT_SINGLE = re.compile(r"(?<![\w'])'([A-Za-z](?:[^'\n\"“”]|(?<=\w)'(?=\w))*?[\w.,!?])'(?![\w'])")
_TWIN = "\x01"  # the first of two apostrophes read as one double mark
OPEN_ONLY = "“„«‘"
CLOSE_ONLY = "”»’"
AMBIGUOUS = "\""
QUOTE_CHARS = set(OPEN_ONLY + CLOSE_ONLY + AMBIGUOUS)
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")
_PUNCT_AFTER = set(".,;:!?)]…–—-")
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"


@dataclass
class QuoteRegion:
    """A direct quote on the characters: content pieces without the marks."""

    spans: list[tuple[int, int]]
    attribution: tuple[int, int] | None = None  # "he added" inside the quote region


@dataclass
class _Draft:
    kind: str
    spans: list[tuple[int, int]]
    cue_token: object | None = None
    speaker_span: tuple[int, int] | None = None
    quoted_chars: int = 0
    inherits: bool = False
    weak: bool = False  # not statement-like on its own (a title, a scare quote)
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


# ---------------------------------------------------------------------------- quotation marks

def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _looks_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev in ",;" and text[i] == "“" and nxt.isalnum():
        return True  # Ryan said,“Look, …”: a curly opener with the space after the comma left out
    return (_is_space(prev) or prev in "([{/–—-:" + _TWIN or prev in QUOTE_CHARS) and not _is_space(nxt) \
        and nxt not in ".,;:!?)"


def _looks_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if _is_space(nxt) or nxt in _PUNCT_AFTER or nxt in QUOTE_CHARS:
        return True
    return not _is_space(prev) and not nxt.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _trim(text: str, a: int, b: int, chars: str = " \t\n\u00a0") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Direct quotes on the characters, tolerant of unbalanced and misplaced marks.

    Two apostrophes ('') stand for a double mark (old newswire style); they are read as one mark
    on a same-length copy of the text, so offsets stay those of the text as given.
    """
    original = text
    if "''" in text:
        text = text.replace("''", _TWIN + '"')
    if "'" in text:
        text = _STRAIGHT_SINGLE.sub(lambda m: _SINGLE_OPEN + m.group(1) + _SINGLE_CLOSE, text)
    regions: list[QuoteRegion] = []
    dash_openers: list[tuple[int, int]] | None = None
    paras = _paragraphs(text)
    carry: int | None = None  # an open quote continuing from the previous paragraph
    carry_spans: list[tuple[int, int]] = []
    for pi, (pa, pb) in enumerate(paras):
        open_at: int | None = None
        depth = 0
        spans: list[tuple[int, int]] = []
        last_close = pa
        first_mark = next((i for i in range(pa, pb) if not text[i].isspace()), pa)
        resume_at = None
        resume_single = False
        if carry is not None:
            same_style = (text[carry - 1] in AMBIGUOUS + _TWIN) == (text[first_mark] in AMBIGUOUS) \
                and (text[carry - 1] == _SINGLE_OPEN) == (text[first_mark] == _SINGLE_OPEN)
            if text[first_mark] in OPEN_ONLY + AMBIGUOUS and same_style:
                spans = carry_spans
                open_at, depth = first_mark + 1, 1
                resume_at = first_mark + 1
                resume_single = text[first_mark] == _SINGLE_OPEN  # ‘… ¶ ‘…’ in single marks
            elif _closes_first(text, pa, pb):  # a line break inside the quote
                spans = carry_spans
                open_at, depth = first_mark, 1
                resume_at = first_mark
            else:
                regions.append(QuoteRegion(carry_spans))
            carry, carry_spans = None, []
        i = pa if resume_at is None else resume_at
        single = resume_single
        while i < pb:
            ch = text[i]
            if ch not in QUOTE_CHARS:
                mark = _QUOTE_CHAR.search(text, i, pb)
                if mark is None:
                    break
                i = mark.start()
                ch = text[i]
            if single:
                if ch == _SINGLE_CLOSE and _looks_close(text, i) and not text[i + 1:i + 2].isalnum():
                    spans.append((open_at, i))
                    regions.append(QuoteRegion(spans))
                    spans, open_at, depth, last_close, single = [], None, 0, i + 1, False
                i += 1
                continue
            if ch in (_SINGLE_OPEN, _SINGLE_CLOSE):
                if ch == _SINGLE_OPEN and open_at is None and _looks_open(text, i):
                    open_at, depth, single = i + 1, 1, True  # ‘a quote in single marks’
                elif ch == _SINGLE_OPEN and depth and _looks_open(text, i):
                    depth += 1
                elif ch == _SINGLE_CLOSE and depth > 1 and _looks_close(text, i):
                    depth -= 1
                i += 1
                continue
            if open_at is None:
                if ch in "”»“" and _looks_close(text, i) and not _looks_open(text, i):
                    if dash_openers is None:
                        dash_openers = [(m.start(), m.end()) for m in _DASH_OPENER.finditer(text)]
                    start = _stray_close_start(dash_openers, last_close, i)
                    if start is not None:
                        regions.append(QuoteRegion([(start, i)]))
                        last_close = i + 1
                elif _looks_open(text, i) or ch in "«„":
                    open_at, depth = i + 1, 1
            elif depth > 1:
                if _looks_close(text, i) or ch in "”»":
                    depth -= 1
                elif _looks_open(text, i):
                    depth += 1
            else:
                if ch in "“" and _looks_open(text, i) and not _looks_close(text, i):
                    depth += 1  # a nested quote inside a quote
                elif ch in "„«":
                    depth += 1
                else:
                    spans.append((open_at, i))
                    regions.append(QuoteRegion(spans))
                    spans, open_at, depth, last_close = [], None, 0, i + 1
            i += 1
        if open_at is not None:
            spans = spans + [(open_at, pb)]
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None:
                carry, carry_spans = open_at, spans
            else:
                regions.append(QuoteRegion(spans))
    if carry is not None:
        regions.append(QuoteRegion(carry_spans))
    out = []
    for r in regions:
        spans = [_trim(text, a, b, " \t\n\u00a0,;" + _TWIN) for a, b in r.spans]
        spans = [(a, b) for a, b in spans if b > a]
        if spans:
            for piece in _split_transcript(original, spans):
                out.extend(_split_inner_attribution(text, QuoteRegion(piece)))
    return out


def _closes_first(text: str, pa: int, pb: int) -> bool:
    """Does the paragraph's first quotation mark close a quote (”, » or a mark after a word)?"""
    for i in range(pa, pb):
        ch = text[i]
        if ch in QUOTE_CHARS and ch not in (_SINGLE_OPEN, _SINGLE_CLOSE):
            return ch in "”»" or (ch in "\"“" and _looks_close(text, i) and not _looks_open(text, i))
    return False


def _split_transcript(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A multi-paragraph quote of a transcript: each "NAME: …" paragraph is its own quote."""
    out: list[list[tuple[int, int]]] = []
    for sp in spans:
        if not out or _TRANSCRIPT_NAME.match(text, sp[0]):
            out.append([sp])
        else:
            out[-1].append(sp)
    return out


def _stray_close_start(dash_openers: list[tuple[int, int]], lo: int, i: int) -> int | None:
    """Start of a quote closed by a mark that was never opened: after "– " opening a sentence.

    `dash_openers` are the text's `_DASH_OPENER` matches, found once: searching [lo, i) anew for
    every stray mark was quadratic (20,000 spaced quote marks: 21 s)."""
    k = bisect_left(dash_openers, i, key=lambda m: m[1]) - 1
    if k >= 0 and dash_openers[k][0] >= lo:
        return dash_openers[k][1]
    return None


def _split_inner_attribution(text: str, region: QuoteRegion) -> list[QuoteRegion]:
    """"…, he added. – …" inside one region: a new quote after a full stop, else one more span."""
    out: list[QuoteRegion] = []
    spans: list[tuple[int, int]] = []
    attribution = None
    for a, b in region.spans:
        pos = a
        for m in _INNER_ATTRIBUTION.finditer(text, a, b):
            if m.end() >= b - 1:
                if m.group(2) == "." and m.start() > pos:  # «…, he told state television. (never closed)
                    spans.append((pos, m.start()))
                    attribution = attribution or (m.start(1), m.end(1))
                    pos = b
                continue
            spans.append((pos, m.start()))
            attribution = attribution or (m.start(1), m.end(1))
            if _REPORTED_TAIL.match(text, m.end(), b):  # “…, he said, adding that …: reported, not quoted
                pos = b
                break
            if m.group(2) == ".":
                out.append(QuoteRegion(spans, attribution))
                spans, attribution = [], None
            pos = m.end()
        if b > pos:
            spans.append((pos, b))
    if spans:
        out.append(QuoteRegion(spans, attribution))
    return out


# ---------------------------------------------------------------------------- token helpers

class _Index:
    """Char offset → token / sentence, by bisection."""

    def __init__(self, doc):
        arrays = doc_arrays(doc)
        self.doc = doc
        self.text = arrays.text
        self.tok_starts = arrays.idx
        self.heads = arrays.heads
        self.sents = arrays.sents
        self.sent_starts = [s[0] for s in self.sents]
        self.paras = _paragraphs(self.text) or [(0, len(self.text))]
        self.para_starts = [p[0] for p in self.paras]

    def paragraph_of(self, char: int) -> tuple[int, int]:
        return self.paras[max(bisect_right(self.para_starts, char) - 1, 0)]

    def same_paragraph(self, a: int, b: int) -> bool:
        return self.paragraph_of(a) == self.paragraph_of(b)

    def clip(self, span: tuple[int, int], anchor: int) -> tuple[int, int] | None:
        """The part of a span inside the paragraph of `anchor` (a parse may run over a heading)."""
        pa, pb = self.paragraph_of(anchor)
        a, b = max(span[0], pa), min(span[1], pb)
        a, b = _trim(self.text, a, b, _STRIP + ".“”\"«»„")
        body = self.text[a:b]
        if b < len(self.text) and self.text[b] in "”»\"" and (
                body.count("“") + body.count("«") > body.count("”") + body.count("»") or body.count('"') % 2):
            b += 1  # keep the closing mark of a quote the content opens
        return (a, b) if b > a else None

    def token_range(self, a: int, b: int) -> range:
        """Indices of the tokens starting in [a, b), for loops that test array values before
        making any Token (`tokens_in` gives the Span)."""
        return range(bisect_left(self.tok_starts, a), bisect_left(self.tok_starts, b))

    def tokens_in(self, a: int, b: int):
        i, j = bisect_left(self.tok_starts, a), bisect_left(self.tok_starts, b)
        return self.doc[i:j]

    def sent_of(self, char: int) -> tuple[int, int, int, int]:
        i = bisect_right(self.sent_starts, char) - 1
        return self.sents[max(i, 0)]

    def sentence_bounds(self, a: int, b: int) -> tuple[int, int]:
        return self.sent_of(a)[0], max(self.sent_of(max(b - 1, a))[1], b)


def _cue_lemma(tok) -> str:
    """The lemma, corrected for cue verbs the model lemmatises wrongly ("hopes" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in _SPEECH_VERBS:
        return lemma
    return _verb_forms().get(tok.lower_, lemma)


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    """Regular inflections of every cue verb -> the verb ("hopes", "hoped", "hoping" -> "hope")."""
    forms: dict[str, str] = {}
    for verb in _SPEECH_VERBS | CHARACTERISING_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        ies = verb[:-1] + "ie" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else None
        for form in (verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"):
            forms.setdefault(form, verb)
        if ies:
            forms.setdefault(ies + "s", verb)
            forms.setdefault(ies + "d", verb)
    return forms


def _is_cue_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and _cue_lemma(tok) in CUE_LEMMAS and _cue_lemma(tok) != "be" \
        and not _said_as_connective(tok) and not _participle_in_adjective_list(tok)


def _participle_in_adjective_list(tok) -> bool:
    """"a majority of regular, pledged delegates": a participle after an adjective and a comma, right
    before the noun both describe, is one more adjective (parsed as a verb joined to the main clause)."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != ",":
        return False
    before, after = doc[tok.i - 2], doc[tok.i + 1]
    return before.pos_ == "ADJ" and before.dep_ in ("pobj", "dobj", "conj", "amod") and after.pos_ == "NOUN" \
        and after.dep_ == "dobj" and after.head.i == tok.i and not any(c.dep_ in _SUBJ for c in tok.children)


_CONNECTIVE_SAID = re.compile(r"\W*(?:(?:with |all )?(?:that|this)(?: being| having been)? said|having said (?:that|this)"
                              r"|all told)\s*,", re.I)


def _said_as_connective(tok) -> bool:
    """"That said, …", "Having said that, …", "All told, …": a connective that opens a sentence, not a report
    of speech."""
    return tok.lower_ in ("said", "told") and tok.i - tok.sent.start <= 3 \
        and _CONNECTIVE_SAID.match(doc_arrays(tok.doc).text, tok.sent.start_char) is not None


QUOTE_MANNER_CUES = lexicon.words("quote_manner_cues.txt")
"""Verbs of the manner of speaking ("barked", "shot back"): cues only of a quote or a "that" clause
attached to them; "the economy boomed" says nothing."""
_MANNER_VERBS = frozenset(entry.split()[0] for entry in QUOTE_MANNER_CUES)


def _manner_cue(tok) -> bool:
    """"“Sit down,” Ruiz barked", "Ilic shot back: “…”": a verb of the manner of speaking, with the
    particle its lexicon line names."""
    if tok.pos_ != "VERB":
        return False
    lemma = _cue_lemma(tok)
    if lemma in QUOTE_MANNER_CUES:
        return True
    return lemma in _MANNER_VERBS and any(
        f"{lemma} {c.lower_}" in QUOTE_MANNER_CUES for c in tok.children if c.i == tok.i + 1 and c.dep_ in ("prt", "advmod", "prep", "dobj"))


def _is_quote_cue_verb(tok) -> bool:
    """A verb that can introduce a direct quote attached to it: a cue verb, a verb of the manner of speaking,
    or a document's own words ("The email read: “…”"); not the purpose of a deed."""
    return (_is_cue_verb(tok) or _manner_cue(tok) or _document_reads(tok)) and not _purpose_of_deed(tok)


def _quoted_infinitive_in_report(d: "_Draft", drafts: list["_Draft"]) -> bool:
    """"Ilic said he planned to fight crime and to counter “her soft talk”": a quote hung on an infinitive
    that lies, with its cue, inside what someone is reported saying is part of that report, not a
    statement of its own."""
    cue = d.cue_token
    if d.kind != "direct" or cue is None or cue.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return any(o is not d and o.kind == "indirect" and o.start <= cue.idx and d.end <= o.end + 3 for o in drafts)


def _purpose_of_deed(tok) -> bool:
    """"planned to use the money to fight crime and to counter “her soft talk”": an infinitive saying what a
    deed is for names no speech; the quote is part of the clause around it ("vowed to tell voters …" is
    the vow's content, not a purpose)."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in (tok.children if tok is first else first.children)) \
        and head.pos_ == "VERB" and head.i < first.i and _cue_lemma(head) not in _SPEECH_VERBS | _POSITION_VERBS \
        and (first.dep_ == "advcl" or first.dep_ == "xcomp" and any(  # "used the money to …", not "forced the mayor to …"
            c.dep_ == "dobj" and c.i < first.i and not _is_agent(c) for c in head.children))


DOCUMENT_QUOTE_VERBS = lexicon.words("document_quote_verbs.txt")


@lru_cache(maxsize=1)
def _read_things() -> frozenset[str]:
    return EVIDENCE_SOURCES | _speaker_words("report")


def _document_reads(tok) -> bool:
    """"The email read: “…”", and "“…,” the email read." that the parser takes for a noun ("email read")."""
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() not in DOCUMENT_QUOTE_VERBS:
            return False
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _read_things() for c in tok.children):
            return True  # "“…,” reads an editorial in the Courier"
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(  # “…,” read the email.
            c.dep_ == "dobj" and c.i <= tok.i + 3 and c.lemma_.lower() in _read_things() for c in tok.children)
    return tok.pos_ == "NOUN" and tok.lower_ in DOCUMENT_QUOTE_VERBS and any(
        c.dep_ == "compound" and c.lemma_.lower() in EVIDENCE_SOURCES for c in tok.children)


def _manner_that_clause(tok) -> bool:
    """"groused that the referee …", "shot back that …": a manner-of-speaking verb reports its "that" clause."""
    return _manner_cue(tok) and any(c.dep_ == "ccomp" and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children)


NAMING_VERBS = lexicon.words("naming_verbs.txt")
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "ccomp", "acomp", "conj", "oprd", "acl", "relcl", "pcomp", "prep", "dobj")


HEARER_OBJECT_VERBS = lexicon.words("hearer_object_verbs.txt")
ADDRESSING_VERBS = lexicon.words("addressing_verbs.txt")  # "emailed supporters saying …": the sender says it


_MODALS = frozenset("would will could can should must may might shall".split())


def _shown_speaking(tok):
    """"The ad uses footage of Ana Ruiz asking, “…”": a speech participle right after a name that a clip or
    a video shows is that person speaking, wherever the parse hung the participle."""
    if tok.tag_ != "VBG" or tok.i == 0:
        return None
    name = tok.doc[tok.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.lower_ != "of" \
            or name.head.head.lower_ not in _DEPICTIONS:
        return None
    return name


_WORKS = lexicon.words("thing_nouns.txt")  # a film, a book, a play, a series
_SHOWING_VERBS = frozenset("show depict portray feature".split())


def _shown_in_a_work(tok) -> bool:
    """"The movie shows Ilic wanting to leave", "the novel depicts her arguing that …": a participle whose
    subject a film or book shows is how the work portrays that person, no statement of theirs."""
    if tok is None or tok.tag_ != "VBG" or tok.dep_ not in ("ccomp", "dobj", "xcomp", "oprd"):
        return False
    shows = tok.head
    if shows.lemma_.lower() not in _SHOWING_VERBS or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return False
    work = next((c for c in shows.children if c.dep_ == "nsubj"), None)
    return work is not None and work.lemma_.lower() in _WORKS


def _thought_someone_let_others_have(tok) -> bool:
    """"Ruiz allowed her staff to think that …", "the mayor led voters to believe …": a belief a person let or
    made others hold is what that person did, no statement of those who were let to hold it."""
    if tok is None or tok.tag_ != "VB" or _cue_lemma(tok) not in COGNITION_CUES \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.head.i == tok.i:
        return False
    held = any(c.dep_ in _SUBJ for c in tok.children) or any(
        c.dep_ in ("dobj", "dative") and c.i < tok.i for c in tok.head.children)
    causer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return held and causer is not None and _is_agent(causer) and causer.lower_ not in ("this", "that", "it", "which", "what")


_LEARNING_CUES = COGNITION_CUES | frozenset(("learn", "discover", "hear"))


def _thought_as_a_circumstance(tok) -> bool:
    """"distract us from understanding that …", "without knowing that …", "after learning that …": a verb of
    thinking or learning as a gerund after a preposition, with no subject of its own, names a circumstance,
    not what anyone holds ("by saying that …", "of criticizing X" report speech and stay)."""
    return tok is not None and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and _cue_lemma(tok) in _LEARNING_CUES \
        and not any(c.dep_ in _SUBJ for c in tok.children)


def _main_clause_of_conjunct(tok):
    """"Putin backpedaled on his prediction that Russia would recover, and blamed oil prices": a finite
    verb after ", and" that the parse joined to a modal verb inside a reported clause goes on the main
    clause (Putin blamed), not the reported one (Russia)."""
    head = tok.head
    if _finite_conjunct_of_infinitive(tok):
        return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ != "VB"), None)
    if tok.dep_ != "conj" or head.dep_ not in ("ccomp", "acl") or tok.tag_ not in ("VBD", "VBZ") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children) \
            or not any(c.dep_ == "cc" and c.i < tok.i and c.doc[c.i - 1].text == "," for c in head.children):
        return None
    return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _finite_conjunct_of_infinitive(tok) -> bool:
    """"Dalton ran on his ability to fix the budget and accused Smith of …": a past or present tense verb
    cannot share an infinitive's "to"; the parse joined it to the infinitive, but it goes with the
    clause the infinitive hangs on (Dalton accused)."""
    head = tok.head
    return tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)


def _purpose_infinitive_on_object(tok) -> bool:
    """"held an impromptu briefing to brag that …", "issued a statement to say …": an infinitive the parse
    hung on a thing the subject made or held says why it was made; the thing does not speak."""
    head = tok.head
    return tok.dep_ == "relcl" and head.dep_ == "dobj" and head.pos_ == "NOUN" and not _is_agent(head) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and head.head.pos_ in ("VERB", "AUX")


def _subject(tok, max_up: int = 3):
    """The grammatical subject of a cue, climbing through control and coordination."""
    subj = _subject_climbed(tok, max_up)
    return _name_after_title_phrase(subj) if subj is not None else None


def _name_after_title_phrase(subj):
    """"Acme Radio Vice President for news and talk Dana Morrow called …": the parse read "news and talk
    Dana Morrow" as a second subject joined to the title; the name after the title's "for … and …" phrase
    is the one person the title describes."""
    if subj.ent_type_ == "PERSON" or subj.lower_.strip(".") not in _TITLE_OR_ROLE_WORDS:
        return subj
    if not any(c.dep_ == "prep" for c in subj.rights):
        return subj
    twin = next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i and c.ent_type_ == "PERSON"
                 and c.left_edge.i == subj.right_edge.i + 1), None) if subj.head.i != subj.i else None
    if twin is not None:  # "… Vice President for lending and operations Carl Webb said": parsed as two subjects
        return twin
    name = next((c for c in subj.rights if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if name is None or any(c.dep_ == "conj" and c.i != name.i for c in subj.rights):
        return subj
    edge = name.left_edge
    if edge.i >= name.i or edge.ent_type_ == "PERSON" or not edge.is_lower \
            or not any(c.dep_ == "prep" and c.i < edge.i for c in subj.children):
        return subj  # "the president and Ana Ruiz said": two people
    return name


def _subject_climbed(tok, max_up: int = 3):
    if _cue_lemma(tok) in NAMING_VERBS and _names_passively(tok):
        return _passive_agent(tok)  # "the county, called “the Crossroads” by its residents": its residents
    blamed = _blamed_for(tok) or _read_out_from(tok)
    if blamed is not None:
        return blamed
    shown = _shown_speaking(tok)
    if shown is not None:
        return shown
    if tok.dep_ in ("pcomp", "advcl") and any(c.dep_ == "auxpass" and c.lower_ in ("being", "been") for c in tok.children) \
            and not any(c.dep_ in ("agent", "nsubjpass") for c in tok.children) \
            and _cue_lemma(tok) in CUE_LEMMAS:
        return None  # "After being informed that he would be charged, Ruiz …": Ruiz was told, said nothing
    cur = _speech_coordinated_with(tok) or _reporter_of_participle(tok) \
        or _trailing_participle_host(tok.head if _goes_on_to(tok) else tok) or _main_clause_of_conjunct(tok) or tok
    if cur is tok and tok.tag_ == "VBG" and tok.dep_ == "advcl" and _describes_a_place_or_time(tok.head):
        cur = tok.head.head  # "marched past the stadium – where the Hawks played – chanting “…”": the marchers chant
    climbs, through_adjective = 0, False
    while climbs <= max_up:
        climbs += cur.dep_ != "conj" and not _so_far_as(cur)  # a conjunct shares its
        # head's subject, and "so far" in "went so far as to say" is the same clause: not a step up
        subj = _first_subject(cur)
        if subj is not None and subj.lower_ == "it" and cur.pos_ == "ADJ":
            subj = None  # "found it difficult to say"
        if subj is not None and subj.lower_ == "it" and through_adjective and cur is not tok:
            return None  # "it's worth pointing out that …", "it is important to note": the writer's aside
        through_adjective = through_adjective or cur.pos_ == "ADJ"
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((c for c in cur.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is None and cur is tok and _cue_lemma(tok) in CUE_LEMMAS:
                return None  # "Smith was told that …", "was charged with": the subject is not the speaker
            if cur is tok or tok.dep_ not in ("conj", "advcl", "pcomp") \
                    or not (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ == "PERSON"):
                subj = pobj or subj  # ("Lind was joined by Hart and joked": Lind joked, whoever joined her;
                # "The plan was attacked by Hart, calling it …": Hart)
        if subj is not None:
            return subj
        if _purpose_infinitive_on_object(cur):
            cur = cur.head.head  # "held a briefing to brag that …": whoever held it brags
            continue
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i < cur.i and (
                cur.tag_ == "VBD" or _verb_parsed_as_modifier(cur.head.head) == cur):
            return cur.head  # "A man yelled “…”" parsed as a noun modified by a past-tense (not participle) verb
        if cur is tok and cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.i < cur.i \
                and cur.head.dep_ in ("dobj", "dative") and cur.head.head.lemma_.lower() in ADDRESSING_VERBS \
                and _first_subject(cur.head.head) is not None:
            return _first_subject(cur.head.head)  # "The senator emailed supporters saying “…”": the sender
        if cur is tok and cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.i < cur.i \
                and (cur.head.pos_ == "PROPN" or cur.head.ent_type_ == "PERSON"
                     or cur.head.pos_ == "NOUN" and _is_agent(cur.head)
                     and cur.head.lemma_.lower() not in _WORDS_NOT_PEOPLE):
            return cur.head  # "footage of Ana Ruiz asking, “…”", "emails showing staff members suggesting …":
            # the people the participle is about speak, not what shows them
        shown = _person_right_before_participle(cur) if cur is tok else None
        if shown is not None:
            return shown
        if (cur.dep_ not in _CLIMB and not _so_far_as(cur)) or cur.head.i == cur.i:
            break  # "went so far as to say": through the adverb to who went that far
        caused = _caused_to_speak(cur)
        if caused is not None:
            return caused
        cur = cur.head
    lost = _subject_hung_on_relative(tok)
    if lost is not None:
        return lost
    # "…, summed up Dmitry Oreshkin": the speaker parsed as the object after the cue; not whom a cue
    # tells to do something ("… and encourage Americans to read it")
    if tok.tag_ == "VB" or any(c.dep_ == "xcomp" for c in tok.rights) or _cue_lemma(tok) in HEARER_OBJECT_VERBS \
            or tok.i > 0 and tok.doc[tok.i - 1].text in "([":
        return None  # "…, told Fox News that": whom it was said to; "(think Eleanor Roosevelt)": an aside to the reader
    obj = next((c for c in tok.rights if c.dep_ in ("dobj", "npadvmod", "attr") and c.pos_ == "PROPN"
                and c.ent_type_ not in ("DATE", "TIME")), None)
    if obj is not None and (tok.doc[tok.i - 1].dep_ == "cc" or any(
            c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("of", "for") for c in tok.children)):
        return None  # "… and accused Smith of lying": the one accused, not an inverted speaker
    return obj


def _name_hung_inside_quote(doc, a: int, b: int, cue):
    """"“…, but also competitors,” Karl M. Dorsey, the mayor's former chief of staff, said": the parse
    hung the name after the closing quote (the quote spans characters a..b) on a word inside the quote,
    as an apposition; it speaks."""
    k = cue.i - 1
    while k >= 0 and doc[k].idx >= b:
        k -= 1
    for t in doc[k + 1:cue.i]:
        if t.dep_ == "appos" and a <= t.head.idx < b and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON"):
            return t
    return None


def _person_right_before_participle(tok):
    """"gives an account of Ana Ruiz telling one aide to “Go home!”, while telling another …": the parse hung
    the participle on the account or on the verb, but the person named right before it, in the "of" phrase
    of a noun, is the one speaking (and goes on speaking in a participle joined by "while"); so is the one
    a talk is about ("interviewed about Pope Leo calling the feast a sham") and the sender of a message
    named right before the participle ("a message from Wendy Sherwood, reporting that …")."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp") or tok.i < 2 or any(c.dep_ in _SUBJ for c in tok.children):
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ == "NOUN" \
            and (before.ent_type_ == "PERSON" or before.pos_ == "PROPN"):
        return before
    if before.dep_ == "pobj" and before.head.lower_ in ("about", "over") and before.head.head.i == tok.head.i \
            and (before.ent_type_ == "PERSON" or before.pos_ == "PROPN"):
        return before  # "will be interviewed about Pope Leo calling the feast a sham": the pope calls it so
    sender = tok.doc[tok.i - 2] if before.text == "," and tok.i > 2 else before
    if sender.dep_ == "pobj" and sender.head.lower_ in ("from", "by") and (sender.ent_type_ == "PERSON" or sender.pos_ == "PROPN") \
            and sender.head.head.lemma_.lower() in _WORDS_NOT_PEOPLE:
        return sender  # "a message from Wendy Sherwood, reporting that …", "a report from Bloomberg saying …"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while" for c in tok.children):
        earlier = [t for t in tok.doc[tok.sent.start:tok.i] if t.tag_ == "VBG" and t.dep_ in ("acl", "advcl")]
        return _person_right_before_participle(earlier[-1]) if earlier else None
    return None


def _caused_to_speak(tok):
    """"This leads many experts to suspect …", "The scandal forced the mayor to admit …": a thing that
    makes someone speak or think is not the speaker; the one it made is (the object before the
    infinitive). A person who urges or asks someone to speak ("Hale urged voters to say no") is left
    to the rules of requests."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    causer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if obj is not None and causer is None and head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") \
            and obj.lower_ not in ("it", "this", "that", "him", "her", "them"):
        return obj  # "…, leaving some to question if …": a result that makes others wonder; they speak
    if obj is None or causer is None or not _is_agent(obj) or obj.lower_ in ("it", "this", "that"):
        return None
    thing = causer.lower_ in ("this", "that", "it", "which", "what") or causer.pos_ == "NOUN" and not _is_agent(causer)
    return obj if thing else None


def _subject_hung_on_relative(tok):
    """"Ana Ruiz, head of the union, a group that has backed Kim and that has been busing members in,
    also said …": after a long apposition the parse hangs the name on the relative clause's verb, which
    then has two subjects, the name and "that"/"who"; the name is the cue's subject."""
    for verb in (c for c in tok.lefts if c.dep_ in ("ccomp", "advcl", "conj") and c.pos_ in ("VERB", "AUX")):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) >= 2 and any(c.lower_ in ("that", "who", "which") for c in subjects):
            return next((c for c in subjects if c.pos_ == "PROPN" or c.ent_type_ == "PERSON"), None)
    return None


def _so_far_as(tok) -> bool:
    """"so far" in "went so far as to say": an adverb whose clause is the cue, in the clause of the verb it
    modifies ("stopped short of calling" is no such adverb)."""
    return tok.dep_ == "advmod" and tok.pos_ == "ADV" and tok.i > tok.head.i \
        and any(c.dep_ == "advcl" for c in tok.children)


def _read_out_from(tok):
    """"“…,” Kim said, quoting Brandt", "…, reading from a letter by Brandt" (or "from Brandt's
    letter"): the words are the other person's, read out, not the reader's own; "reading from a
    prepared statement" names no one else and leaves the reader the speaker."""
    for part in (c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"):
        lemma = part.lemma_.lower()
        if lemma == "quote":
            return next((c for c in part.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"), None)
        if lemma != "read":
            continue
        texts = [g for p in part.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                 if g.dep_ == "pobj"] + [c for c in part.children if c.dep_ == "dobj"]
        for text in texts:
            makers = [c for c in text.children if c.dep_ == "poss"] + [
                g for p in text.children if p.dep_ == "prep" and p.lower_ in ("by", "from") for g in p.children
                if g.dep_ == "pobj"]
            found = next((m for m in makers if m.ent_type_ == "PERSON"), None)
            if found is not None:
                return found
    return None


def _blamed_for(tok):
    """"Priebus scolded Romney for suggesting that …", "praised her for saying …": whom the verb is about
    did the speaking, not its subject; so did whom "X quoted Y as saying" quotes (an aide, too)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "as") or tok.head.dep_ != "prep":
        return None
    kinds = ("PROPN", "PRON", "NOUN") if tok.head.lower_ == "as" else ("PROPN", "PRON")
    return next((c for c in tok.head.head.children if c.dep_ == "dobj" and c.i < tok.i
                 and (c.pos_ in kinds or c.ent_type_ == "PERSON")), None)


def _describes_a_place_or_time(verb) -> bool:
    """"… the stadium – where the Hawks played the Wolves –": a clause opened by "where"/"when" that
    describes a noun of the sentence around it, not the clause a participle after it belongs to."""
    return verb.dep_ in ("advcl", "relcl") and verb.head.i != verb.i and any(
        c.tag_ == "WRB" and c.lower_ in ("where", "when") and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)  # "when questioned, asserting …" is no such clause


def _first_subject(verb):
    """The verb's subject; of two, the one in the verb's own paragraph ("5:45 p.m. ¶ X's doctor is
    calling …": a heading parsed as a second subject), or the person rather than a place ("at a college in
    Berea, Ohio, after winning …, Gov. Ana Ruiz said")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and "\n" in verb.doc[subjects[0].i:verb.i].text:
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    if len(subjects) > 1 and subjects[-1].ent_type_ == "PERSON" and subjects[-1].i < verb.i \
            and any(t.text in ("”", '"') for t in verb.doc[subjects[0].i:subjects[-1].i]):
        return subjects[-1]  # "An argument between those who fear X (“…,” Crowley wrote)": the name after the quote
    if len(subjects) > 1 and subjects[0].ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return next((c for c in subjects[1:] if c.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")), subjects[0])
    return _past_fronted_topic(verb, subjects[0] if subjects else None)


def _name_after_fronted_topic(verb, subj):
    """"Of Whitfield, Patel, who has donated to …, said": a sentence opened by a topic preposition, its
    object and a comma names the speaker right after the comma, however the parse hung the names (the
    topic as the subject, the speaker as its conjunct or apposition, or no subject at all)."""
    doc = verb.doc
    first = verb.sent[0]
    while first.i < verb.i and first.is_punct:
        first = doc[first.i + 1]
    if first.lower_ not in _FRONTED_TOPIC or first.pos_ != "ADP" or first.i >= verb.i:
        return None
    comma = next((t for t in doc[first.i + 1:min(verb.i, first.i + 7)] if t.text == ","), None)
    if comma is None or subj is not None and subj.pos_ != "ADP" and subj.i > comma.i:
        return None  # a subject after the topic's comma is already the speaker
    j, run = comma.i + 1, []
    while j < verb.i and doc[j].pos_ == "PROPN":
        run.append(doc[j])
        j += 1
    if not run or not (doc[j].text == "," or doc[j] is verb) or any(t.ent_type_ in ("DATE", "TIME") for t in run):
        return None
    return run[-1]


def _past_fronted_topic(verb, subj):
    """"Of Carson, Levine said", "About the budget, Weiss, who …, said": a topic phrase fronted before
    the speaker says what is talked about, never who talks; the speaker is the name set off after it,
    which the parse takes for the topic's apposition (and the preposition, or nothing, for the subject)."""
    named = _name_after_fronted_topic(verb, subj)
    if named is not None:
        return named
    if subj is not None and subj.pos_ != "ADP":
        return subj
    preps = [subj] if subj is not None else [c for c in verb.lefts if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in _TOPIC_PREPS or not (prep.i == prep.sent.start or prep.doc[prep.i - 1].is_punct):
            continue
        topic = next((c for c in prep.children if c.dep_ == "pobj"), None)
        named = next((c for c in topic.rights if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                      and c.i > topic.i + 1 and c.doc[c.left_edge.i - 1].text == ","), None) if topic is not None else None
        if named is not None:
            return named
        if topic is not None and topic.pos_ == "PROPN" and topic.i > prep.i + 2 and topic.doc[topic.i - 1].text == "," \
                and any(c.dep_ in ("nmod", "compound", "appos") and c.i < topic.i for c in topic.lefts):
            return topic  # "Of Carson, Levine, who …, said": the parse made the topic a modifier of the name
    return None


def _speech_coordinated_with(tok):
    """"X said A had failed, and urged Y to …": a subjectless cue the parse coordinated with the
    reported clause belongs with the speech verb that reports the clause."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ in _SUBJ for c in tok.children) \
            or _cue_lemma(tok) not in _SPEECH_VERBS or not _is_cue_verb(head.head) or head.head.i > head.i:
        return None
    return head.head


_FUTURE_AUX = frozenset(("will", "would", "'ll", "’ll"))


def _elaborates_reported_act(tok) -> bool:
    """"Aides said Ostrow will make a case for her record, highlighting the bridge": a subjectless
    participle with only an object, hung on a reported clause about what someone will do, spells out
    that future act; neither the reporter nor the one who is to act has said anything yet."""
    if tok is None:
        return False
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or head.dep_ != "ccomp" \
            or any(c.dep_ in _SUBJ + ("ccomp",) or c.dep_ == "mark" for c in tok.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children) \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children) and _is_cue_verb(head.head)


def _reporter_of_participle(tok):
    """"She said the levy was fair, insisting that …": a subjectless participle cue the parse hung on the
    reported clause is a second act of the speaker of that clause, not of the clause's subject."""
    head = tok.head
    for _ in range(3):  # "said Ostrow will have to choose …, saying “…”": through the reported clause's infinitives
        if head.dep_ != "xcomp" or head.head.i == head.i:
            break
        head = head.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or head.dep_ != "ccomp" or head.head.i > tok.i \
            or any(c.dep_ in _SUBJ for c in tok.children) or not _is_cue_verb(head.head):
        return None
    return head.head


def _trailing_participle_host(tok):
    """"…,” Ann Lee said, going on to say that …" / "defended not paying a firm that sued him, saying …":
    a subjectless participle after a comma is an act of the clause it trails. The parse may hang it on a
    verb after it, or on a relative clause about someone else; the speech verb right before the comma, or
    the main clause above the relative clause, is the one whose subject speaks."""
    if tok.tag_ != "VBG" or tok.i < 2 or tok.doc[tok.i - 1].text not in (",", "—", "–") \
            or tok.dep_ not in ("advcl", "xcomp") or any(c.dep_ in _SUBJ for c in tok.children):
        return None
    claimed = _claim_clause_host(tok.head)
    if claimed is not None:
        return claimed
    if tok.doc[tok.i - 1].text != ",":
        return None
    before = tok.doc[tok.i - 2]
    if tok.head.i > tok.i:
        if before.pos_ == "VERB" and _cue_lemma(before) in _SPEECH_VERBS and _first_subject(before) is not None:
            return before
        return None
    host, thing = tok.head, _first_subject(tok.head)
    if host.dep_ == "ccomp" and host.head.i < host.i and thing is not None and not _is_agent(thing) \
            and host.head.pos_ == "VERB" and _first_subject(host.head) is not None and _is_agent(_first_subject(host.head)):
        return host.head  # "Leo made clear that the meeting was not political, saying …": Leo says it, not the meeting
    if tok.head.dep_ != "relcl" or not any(c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") for c in tok.head.children):
        return None
    cur = tok.head.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ for c in cur.children):
            return cur
        if cur.head.i == cur.i or cur.dep_ == "relcl":
            return None
        cur = cur.head
    return None


def _claim_clause_host(verb):
    """"Ruiz rejected claims that the council is hiding the figures, saying …": a participle the parse
    hung on the verb of a claim's "that" clause trails the clause that took up the claim; the verb
    above the claim noun, when it has a subject of its own."""
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    cur = noun
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ == "VERB" and _first_subject(cur) is not None:
            return cur
    return None


def _before_participle_cue(doc, lo: int, hi: int) -> int:
    """"said the plan was sound, insisting that …": the reported clause ends before a comma and a
    participle cue without a subject (the speaker's next act, a statement of its own)."""
    tags, vbg = token_column(doc, "TAG"), doc.vocab.strings["VBG"]
    for i in range(lo + 2, min(hi + 1, len(doc))):
        if tags[i] != vbg:
            continue  # read from the arrays: only the participles of the content become Tokens
        t = doc[i]
        if doc[t.i - 1].text == "," and _is_cue_verb(t) and (
                _reporter_of_participle(t) is not None or t.dep_ == "advcl" and _claim_clause_host(t.head) is not None):
            end = t.i - 2
            while end > lo and (doc[end].is_punct or doc[end].dep_ == "cc"):
                end -= 1
            return end
    return hi


SPOKES_NOUNS = lexicon.words("spokes_nouns.txt")
"""Heads that speak for whoever the "for/at/from" phrase after them names."""


def _topic_before_comma(c, tok) -> bool:
    """"Of Carson, Levine said": the topic of a fronted preposition, set off by a comma, is no part of
    the speaker's name the parse hung it on."""
    edge = c.right_edge
    return edge.i + 1 < tok.i and tok.doc[edge.i + 1].text == "," and c.left_edge.i > 0 \
        and tok.doc[c.left_edge.i - 1].pos_ == "ADP" and tok.doc[c.left_edge.i - 1].lower_ in _TOPIC_PREPS


def _mention_span(tok) -> tuple[int, int]:
    """The speaker noun phrase: its modifiers, appositions and "of" phrases, not clauses."""
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok.text)
    left = min([tok] + [c.left_edge for c in tok.lefts if c.dep_ not in ("punct", "cc", "prep", "relcl", "acl")
                        and not _topic_before_comma(c, tok)], key=lambda t: t.i)
    right = tok
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i else None
    for c in tok.rights:
        if verb is not None and c.left_edge.i > verb.i:
            break  # "The lawyers pointed to …, Sen. Ana Ruiz …": an apposition parsed past the verb
        if c.dep_ in ("appos", "compound", "flat", "case", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") \
                or (c.dep_ == "prep" and c.lower_ in ("for", "at", "from") and tok.lemma_.lower() in SPOKES_NOUNS) \
                or (c.dep_ == "prep" and c.lower_ in ("by", "from") and tok.lemma_.lower() in _AUTHORED) \
                or (c.dep_ == "punct" and c.text in "()"):
            right = c.right_edge if c.right_edge.i > right.i else right
        elif c.dep_ in ("relcl", "acl", "prep", "advcl"):
            break
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and not tok.ent_type_:
        right = _named_after(tok.doc, right) or right
    nl = next((t.i for t in reversed(tok.doc[left.i:tok.i]) if "\n" in t.whitespace_ or t.is_space), None)
    if nl is not None:  # a heading parsed into the subject
        left = tok.doc[nl + 1]
    while right.i > left.i and right.is_punct and right.text != ")":
        right = right.doc[right.i - 1]
    while left.i < right.i and left.is_punct:
        left = left.doc[left.i + 1]
    return left.idx, right.idx + len(right.text)


_DESCRIPTION_POS = frozenset("PROPN NOUN ADJ DET ADP NUM PART SYM".split())


def _named_after(doc, right):
    """A partner at Deloitte, Fiona Grieve, says: a description whose parse stops early, followed by
    the name (a person, or a proper noun after a comma) before the verb; the name's last token."""
    name, in_name, comma = None, False, False
    for t in doc[right.i + 1:right.i + 16]:
        if t.lower_ in _CUE_WORDS:
            break  # "Aides said Mr. Ruiz's role …" with "said" tagged a noun: the name is what they said
        if in_name and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON"):
            name = t
        elif t.is_punct:
            in_name = False
            if t.text == ",":
                comma = True
            elif t.text not in "-–'’()":
                break
        elif t.ent_type_ == "PERSON" or comma and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
            name, in_name = t, True
        elif name is not None:
            break
        elif t.pos_ not in _DESCRIPTION_POS and not (
                t.is_lower and t.i + 1 < len(doc) and doc[t.i - 1].pos_ == "PROPN" == doc[t.i + 1].pos_):
            break  # a verb, a conjunction; "do" in "Rio Grande do Sul" is part of a name
    return name


AGENT_NOUNS = lexicon.words("agent_nouns.txt")
"""Heads of common-noun subjects that can speak; other common nouns as subject are parse errors."""


def _terms_of_speaking(tok) -> bool:
    """"Senior officials spoke about the forces only on the condition of anonymity": the terms on which a
    source talked to the writer, not anything the source said."""
    return _cue_lemma(tok) in _TALKING_VERBS and any(
        t.lower_ == "anonymity" for t in tok.subtree)


_ABSTRACT_ENDINGS = ("ism", "ity", "ness", "dom", "hood", "ance", "ence", "tion")


def _abstract_subject(tok) -> bool:
    """"… in which class was abolished, egalitarianism ruled and …": a bare abstract noun (no article, no
    modifier) as a cue's subject is an idea at work, not someone speaking or ruling."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NN" and not subj.ent_type_ \
        and not any(True for _ in subj.children) and not _is_agent(subj) \
        and subj.lower_.endswith(_ABSTRACT_ENDINGS)


def _is_agent(subj) -> bool:
    if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subj.lemma_.lower()
    return lemma in AGENT_NOUNS or lemma.endswith(("ist", "ian", "er", "or", "man", "woman", "ant", "ent"))


# ---------------------------------------------------------------------------- reported speech

_STRIP = " \t\n\u00a0,;:–—-"


def _span_of(tokens, text: str) -> tuple[int, int] | None:
    if not tokens:
        return None
    a = tokens[0].idx
    b = tokens[-1].idx + len(tokens[-1].text)
    a, b = _trim(text, a, b, _STRIP + ".")
    return (a, b) if b > a else None


def _clause_span(head, text: str) -> tuple[int, int] | None:
    return _span_of(list(head.doc[head.left_edge.i:head.right_edge.i + 1]), text)


def _speech_candidates(doc) -> list[int]:
    """Indices of the words that can open reported speech (a superset: `_reported_speech` checks
    each one fully). Read from token columns, so the other ~90 % of the words never become Token
    objects."""
    from spacy.symbols import AUX, VERB  # here, not at import: the dashboard's pages import this module

    strings, words = doc.vocab.strings, _speech_word_ids()
    verbal = (VERB, AUX)
    columns = zip(token_column(doc, "LOWER"), token_column(doc, "LEMMA"), token_column(doc, "POS"))
    return [i for i, (lower, lemma, pos) in enumerate(columns)
            if lower in words or (pos in verbal and (strings[lemma].lower() in _SPEECH_VERBS
                                                     or strings[lemma].lower() in _MANNER_VERBS
                                                     or strings[lower] in _verb_forms()))]


WITHHOLDING_VERBS = lexicon.words("withholding_verbs.txt")
UNSAID_MARKERS = lexicon.words("unsaid_markers.txt")
DEMANDING_MODALS = lexicon.words("demanding_modals.txt")

TALK_VERBS = lexicon.words("talk_verbs.txt")
"""Talking with no content ("speak to reporters"): withheld under "refused to", never a stand."""
_TALKING_VERBS = TALK_VERBS | frozenset(("discuss", "comment"))


def _withheld(tok) -> bool:
    """"did not say how many", "refused to say whether", "declined to comment": speech withheld or
    negated reports nothing, even when a clause follows the cue. Nor does speech only asked about
    ("a question about whether he would consider X", "unclear whether she would endorse")."""
    children = list(tok.children)  # made once: each `tok.children` makes new Tokens
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in children):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return True  # "even if they thought it was fair, …": a supposition, not what anyone holds
    if any(c.dep_ == "aux" and c.lower_ in DEMANDING_MODALS for c in children) and not any(
            c.dep_ in _SUBJ and c.lower_ in ("i", "we") for c in children):
        return True  # "Israel must also acknowledge the history …": what someone demands it say, not what it said
    if tok.dep_ == "pcomp" and (tok.head.lower_ in UNSAID_MARKERS or tok.head.head.lower_ in UNSAID_MARKERS
                                or any(c.lower_ in UNSAID_MARKERS for c in tok.head.children)):
        return True  # "Instead of calling himself a conservative", "without saying why"
    if _cue_lemma(tok) not in COGNITION_CUES and any(_nobody(c) for c in children
                                                      if c.dep_ in ("nsubj", "nsubjpass")):
        return True  # "nobody believes …" is a claim about people, kept (with no actor)
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _FIGURATIVE_SOURCES and not any(
            g.dep_ == "poss" for g in c.children) for c in children):
        return True  # "history says there can be upheavals": a figure of speech, said by no one
    cur = tok
    for _ in range(3):
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
        if _cue_lemma(cur) in WITHHOLDING_VERBS:
            return True
    return False


def _nobody(subj) -> bool:
    """"Nobody said …", "no official would say …", "Neither company would comment", "neither he nor
    Ruiz echoed …": a subject that names nobody negates the speech."""
    return subj.lower_ in _NEGATIVE_WORDS or any(
        c.dep_ in ("det", "preconj") and c.lower_ in _NEGATIVE_WORDS for c in subj.children)


SEEMING_VERBS = frozenset(("seem", "appear"))


def _writers_guess(tok) -> bool:
    """"Ostrow seems to have found that a calm message works better": a thought under "seems/appears to"
    is the writer's guess at someone's mind, not something they said."""
    return tok is not None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in SEEMING_VERBS \
        and _cue_lemma(tok) in COGNITION_CUES


def _narrators_frame(tok) -> bool:
    """The narrator's own words around a clause, not anyone's statement: "it's fair to say that …",
    "will be hard for her to answer" (an infinitive cue under "is ADJ"), "is so well known that …" (a result clause), "unity means admitting that …"
    (what something amounts to), "…, considering the party is …" (a connective with no subject of its own)."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.dep_ == "acomp" and (head.head.lemma_ == "be" or head.head.lower_ in ("'s", "’s")) \
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.head.children):
        return True  # "It's worth noting that …"
    if tok.dep_ in ("xcomp", "advcl") and (head.lemma_ == "be" or head.lower_ == "’s" and head.tag_ == "VBZ") and any(c.dep_ == "acomp" for c in head.children) \
            and (any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
                 or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return True  # "it's fair to say", "his appeal will be tough for Cruz to counter": nobody said anything
    if tok.tag_ in ("VBN", "JJ") and any(c.dep_ == "advmod" and (c.lower_ == "so" or any(
            g.dep_ == "advmod" and g.lower_ == "so" for g in c.children)) for c in tok.children):
        return True
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "ccomp") and _cue_lemma(head) in DEFINING_VERBS \
            and not any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return True  # "unity means acknowledging that …"
    return tok.lower_ == "considering" and tok.dep_ in ("advcl", "prep") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


DEFINING_VERBS = lexicon.words("defining_verbs.txt")


_WH_TAGS = frozenset(("WP", "WP$", "WRB", "WDT"))


def _indirect_question(tok) -> bool:
    """"hard to know where donors will decide to put their money", "nobody knows how the senators will vote":
    the verb heads a question another verb asks about, so nobody takes that stand ("how deeply Washington
    believes …" still reports a belief)."""
    if tok.dep_ == "conj" and tok.left_edge.tag_ in _WH_TAGS and tok.left_edge.i > tok.head.i:
        tok = tok.head  # "what the deal would include or how he intended to …": a second question joined to one
        return _indirect_question(tok) or tok.left_edge.tag_ in _WH_TAGS and tok.dep_ in ("ccomp", "pcomp")
    return tok.dep_ in ("ccomp", "pcomp") and tok.head.i < tok.i and tok.left_edge.tag_ in _WH_TAGS \
        and tok.left_edge.i > tok.head.i and not any(c.dep_ == "nsubj" and c.tag_ in _WH_TAGS for c in tok.children)


QUESTION_VERBS = lexicon.words("question_verbs.txt")
_QUESTION_MARKS = frozenset(("whether", "if"))


def _question_clause(c, verb) -> bool:
    """`c` is the question `verb` asks: "[asked] whether …", "[asked] if …", "[asked] what …"."""
    return _cue_lemma(verb) in QUESTION_VERBS and c.dep_ in ("ccomp", "advcl") and c.i > verb.i and (
        any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
        or c.left_edge.tag_ in ("WP", "WP$", "WRB", "WDT")
        or c.left_edge.lower_ in _QUESTION_MARKS and c.left_edge.i == verb.i + 1)  # "whether" hung on a clausal subject


def _question_content(c) -> bool:
    """"talking about whether this could mean a ticket", "demanded to know whether she would refuse …": a
    content that is a yes/no question, or wanting to know one or a wh-question, is asked, not said."""
    if any(g.dep_ == "mark" and g.lower_ in _QUESTION_MARKS for g in c.children):
        return True
    return c.dep_ == "xcomp" and c.lemma_.lower() in _LEARNING_CUES and any(
        g.dep_ == "ccomp" and (_question_content(g) or g.left_edge.tag_ in _WH_TAGS) for g in c.children)


def _asks(tok) -> bool:
    """"asked whether the bridge would open", "Asked what she would do next, X said …": the clause is a
    question, and asking is not asserting; what X then says is a statement of its own."""
    return any(_question_clause(c, tok) for c in tok.children)


_FINITE = frozenset("VBD VBZ VBP MD".split())


_COLON_TO_QUOTE = re.compile(r"[ \t]*:[ \t]*[“\"«„‘']?[ \t]*$")


def _lead_in_to_quote(d: "_Draft", index: "_Index") -> bool:
    """"X said that given the crop of candidates on both sides: ¶ “There's only one …”": words with no
    finite verb that end at a colon before a quotation lead into the quote, which is the statement."""
    if d.kind == "direct" or d.extra.get("position"):
        return False
    after = index.text[d.end:d.end + 12].lstrip(" \t.,")
    if not after.startswith(":") or not QUOTE_CHARS & set(after[1:].lstrip()[:1]):
        return False
    return not any(t.tag_ in _FINITE for a, b in d.spans for t in index.tokens_in(a, b))


def _asked_not_said(d: "_Draft", index: "_Index") -> bool:
    """"when asked if he still believes X", "Did that mean Garcia would vote for Trump?": a cue inside
    a question someone asks, or in a question the writer asks, reports nobody's view."""
    tok = d.cue_token
    if tok is None or d.kind == "direct":
        return False
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        if _question_clause(cur, cur.head):
            return True
        if cur.dep_ not in ("ccomp", "xcomp", "conj"):
            break  # "wondered whether X, engaging in what analysts described as Y": Y is no part of the question
        cur = cur.head
    ss, se, t0, _ = index.sent_of(tok.idx)
    sentence = index.text[ss:se]
    return sentence.rstrip().endswith("?") and not QUOTE_CHARS & set(sentence) \
        and tok.doc[t0].pos_ == "AUX" and tok.doc[t0].text[:1].isupper()


DEED_OBJECTS = frozenset((verb, obj) for verb, obj in lexicon.table("deed_objects.tsv"))


def _deed_object(tok) -> bool:
    """"Sanders won Minnesota, claiming his third victory": with such an object the verb is a deed."""
    return any(c.dep_ == "dobj" and (_cue_lemma(tok), c.lemma_.lower()) in DEED_OBJECTS for c in tok.children)


GENERIC_PEOPLE = lexicon.words("generic_people.txt")


def _said_by_generic_people(tok) -> bool:
    """"Voters who said the economy was their top issue split evenly": what a share of people
    answered (a poll's finding), not a statement of anyone."""
    head = tok.head
    return tok.dep_ == "relcl" and head.lemma_.lower() in GENERIC_PEOPLE \
        and not any(c.dep_ in ("poss", "det") and c.lower_ not in ("those", "these", "the") for c in head.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in tok.children)  # "voters,
    # which describes much of the city": what the category covers


def _kind_of_people(tok) -> bool:
    """"Senators who agree that the base should close were annoyed": a present-tense cue in a relative clause
    on a bare plural ("senators", "Republicans", no determiner) says which kind of people are meant, not
    what anyone said ("the senators who agreed", "Republicans, who say …", "Ruiz and Lee, who believe" stay statements)."""
    head = tok.head
    return tok.dep_ == "relcl" and tok.tag_ == "VBP" and head.tag_ in ("NNS", "NNPS") \
        and head.ent_type_ not in ("PERSON", "ORG", "GPE") \
        and not any(c.dep_ in ("poss", "det", "nummod", "conj", "appos") for c in head.children) \
        and not any(c.dep_ == "aux" for c in tok.children) and tok.doc[head.i + 1].text != "," \
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children)


_PARENTHETICAL_FILL = frozenset("prep pobj npadvmod advmod det compound amod nummod punct".split())


def _parenthetical(tok, text: str, index: "_Index") -> _Draft | None:
    """"The plan, the minister said, will cost more": an attribution set off by commas inside a
    sentence without quotation marks reports the rest of the sentence (both sides of it)."""
    if _cue_lemma(tok) not in CUE_LEMMAS or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _is_agent(subj) or subj.lower_ in ("it", "this", "that", "who", "which"):
        return None
    ss, se, t0, t1 = index.sent_of(tok.idx)
    if QUOTE_CHARS & set(text[ss:se]) and not _only_titles(text[ss:se]) or "''" in text[ss:se] or "``" in text[ss:se]:
        return None  # quotes have their own attribution (short quoted words inside the clause do not)
    doc = tok.doc
    a, b = min(subj.left_edge.i, tok.i), max(subj.right_edge.i, tok.i)
    if a - 1 <= t0 or doc[a - 1].text != ",":
        return None
    j = b + 1
    while j < t1 and doc[j].text != "," and doc[j].dep_ in _PARENTHETICAL_FILL and doc[j].head.i != doc[j].i \
            and not doc[j].is_sent_end:
        j += 1
    if j < t1 and doc[j].text != "," and not (doc[j].is_punct and j == t1 - 1):
        return None  # the cue goes on with words of its own: not a parenthesis
    before = [t for t in doc[t0:a - 1]]
    after = [t for t in doc[j + 1:t1]]
    if any(t.head.i == tok.i and _fronted_participle(t, tok) for t in before) \
            and not any(t.pos_ in ("VERB", "AUX") for t in after):  # not "Bringing X back, he said, feels …"
        before = []
    while after and (after[0].dep_ == "cc" or after[0].is_punct):
        after = after[1:]
    spans = []
    for part in (before, after):
        span = _span_of(part, text) if part else None
        span = _trim(text, *span, _STRIP + ".") if span else None
        if span is not None and len(re.findall(r"\w+", text[span[0]:span[1]])) >= 2:
            spans.append(span)
    if not spans or len(re.findall(r"\w+", text[spans[0][0]:spans[-1][1]])) < 5 \
            or not any(t.pos_ in ("VERB", "AUX") for t in before + after):
        return None
    return _Draft("indirect", spans, tok, _mention_span(subj))


def _reported_speech(doc, index: _Index) -> list[_Draft]:
    text = index.text
    drafts: list[_Draft] = []
    for tok in map(doc.__getitem__, _speech_candidates(doc)):
        if tok.pos_ in ("VERB", "AUX") and (_withheld(tok) or _said_by_generic_people(tok) or _kind_of_people(tok)
                                            or _deed_object(tok)
                                            or _asks(tok) or _thought_described(tok)
                                            or _plural_noun_read_as_cue(tok) or _narrators_frame(tok)
                                            or _said_as_connective(tok) or _attempted_speech(tok)
                                            or _abstract_subject(tok) or _terms_of_speaking(tok)):
            continue
        lemma = tok.lower_
        if lemma == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            d = _according_to(tok, text, index)
            if d:
                drafts.append(d)
            continue
        if tok.lower_ in POLL_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and tok.head.head.pos_ in ("VERB", "AUX"):
            d = _in_poll(tok, text, index)
            if d:
                drafts.append(d)
            continue
        if tok.lower_ in OPINION_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            d = _in_opinion(tok, text, index)
            if d:
                drafts.append(d)
            continue
        if tok.pos_ == "NOUN" and tok.lower_ in CUE_NOUNS:
            d = _cue_noun(tok, text)
            if d:
                drafts.append(d)
            continue
        d = _cue_verb(tok, text, index) if _is_cue_verb(tok) or _is_evidence_cue(tok) or _manner_that_clause(tok) else None
        if d is None and tok.pos_ == "VERB" and _is_cue_verb(tok):
            d = _parenthetical(tok, text, index)
        if d is None and tok.pos_ == "VERB" and (_cue_lemma(tok) in OBJECT_CUES or _is_evidence_cue(tok)
                                                 or _is_reason_object_cue(tok)):
            d = _object_cue(tok, text, index)
        if isinstance(d, list):
            drafts.extend(d)
        elif d:
            drafts.append(d)
    return [d for d in drafts if not _only_a_time(doc, d.spans)]


_OBJECT_CASE = frozenset(("them", "him", "her", "me", "us"))


def _plural_noun_read_as_cue(tok) -> bool:
    """"in Oregon and Idaho, states that vote next month": a plural noun after a list of names, tagged as
    a verb with no subject of its own, whose "that" is the subject of what follows (a relative clause);
    or one the parse made the subject of a later verb."""
    doc = tok.doc
    if tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i \
            and not any(c.dep_ in _SUBJ for c in tok.children):
        return True  # "Rust Belt states Iowa and Ohio all backed Perot": the subject, so a noun
    if tok.lower_ == "states" and tok.i >= 1 and doc[tok.i - 1].ent_type_ in ("GPE", "LOC") \
            and any(c.dep_ in _SUBJ and c.i == tok.i - 1 for c in tok.children):
        return True  # "Sun Belt states Iowa, Ohio … backed Perot": the states of a region, not a place speaking
    if tok.tag_ != "VBZ" or tok.i < 2 or tok.i + 1 >= len(doc) or any(c.dep_ in _SUBJ for c in tok.children):
        return False
    nxt = doc[tok.i + 1]
    return doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ == "PROPN" \
        and nxt.lower_ == "that" and nxt.dep_ in ("nsubj", "nsubjpass")


def _thought_described(tok) -> bool:
    """"a way that ordinary readers could understand", "let them think all women welcome it": a thought with no
    clause of its own in a relative clause about something else, or one somebody is made to have, is nobody's
    statement ("Ruiz, who believes the plan will fail", "the point where they believe they are winning" stay)."""
    if _cue_lemma(tok) not in COGNITION_CUES:
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in _OBJECT_CASE for c in subjects):
        return True
    if _meant_for_hearer(tok, subjects):
        return True
    return tok.dep_ == "relcl" and not any(c.tag_ in ("WP", "WDT") for c in subjects) \
        and not any(c.dep_ == "ccomp" for c in tok.children)


HEARER_AIM_VERBS = lexicon.words("hearer_aim_verbs.txt")


def _meant_for_hearer(tok, subjects) -> bool:
    """"she wants voters to know that …", "urged parents to understand that …": a thought the holder of the
    wish or plea wants someone else to have; what follows is the holder's word, never the hearer's."""
    head = tok.head
    if tok.dep_ not in ("ccomp", "xcomp") or head.i == tok.i or _cue_lemma(head) not in HEARER_AIM_VERBS:
        return False
    own = {c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")}
    if subjects:
        return not any(c.i in own for c in subjects)
    return any(c.dep_ in ("dobj", "dative") for c in head.children)


def _only_a_time(doc, spans) -> bool:
    """"the package they have been discussing for several weeks": a content that is nothing but a
    time ("for several weeks", "on Monday") reports nothing; the cue's object lay elsewhere."""
    words = [t for a, b in spans for t in (char_span(doc, a, b, alignment_mode="expand") or ())
             if not (t.is_punct or t.is_space or t.pos_ in ("ADP", "DET"))]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


POSITION_AIM_CUES = lexicon.words("position_aim_cues.txt")
POSITION_OBJECT_CUES = lexicon.words("position_object_cues.txt")
POSITION_VIEW_CUES = lexicon.words("position_view_cues.txt")
SPEECH_OBJECT_CUES = lexicon.words("speech_object_cues.txt")
TOPIC_CUES = {(verb, prep): kind for verb, prep, kind in lexicon.table("topic_cues.tsv")}
_TOPIC_VERBS = frozenset(verb.split()[0] for verb, _ in TOPIC_CUES)  # "weigh in": the verb and its particle
_OBJECT_FRAME = POSITION_OBJECT_CUES | SPEECH_OBJECT_CUES
SPEECH_ACT_NOUNS = lexicon.words("speech_act_nouns.txt")
SPEECH_ACT_VERBS = lexicon.words("speech_act_verbs.txt")
HOLDER_NOUNS = lexicon.mapping("holder_nouns.tsv")
HOLDER_ADJECTIVES = {(adj, comp): kind for adj, comp, kind in lexicon.table("holder_adjectives.tsv")}
HOLDER_TOPIC_NOUNS = {(noun, prep): kind for noun, prep, kind in lexicon.table("holder_topic_nouns.tsv")}
_HOLDER_TOPIC_WORDS = frozenset(noun for noun, _ in HOLDER_TOPIC_NOUNS)
_HOLDER_ADJECTIVE_WORDS = frozenset(adj for adj, _ in HOLDER_ADJECTIVES)
_HOLDER_POSSESSIVES = frozenset({"his", "her"})
_POSITION_VERBS = POSITION_AIM_CUES | _OBJECT_FRAME | POSITION_VIEW_CUES | _TOPIC_VERBS
_TOPIC_ONLY = _TOPIC_VERBS - POSITION_AIM_CUES - _OBJECT_FRAME - POSITION_VIEW_CUES
_UNNAMED_HOLDERS = frozenset("i we you me us they them it this that who which whom".split())  # narrator, generic, relative


HYPOTHESIS_NOUNS = lexicon.words("hypothesis_nouns.txt")


def _in_hypothesis(tok) -> bool:
    """"As for the notion that people want to vote for X": a stance only entertained as an idea."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("acl", "ccomp", "relcl") and cur.head.pos_ == "NOUN" \
                and cur.head.lemma_.lower() in HYPOTHESIS_NOUNS:
            return True
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _positions(doc, index: "_Index") -> list[_Draft]:
    """Stated positions: aims ("wants to cut taxes", "refused to testify"), backing or opposing
    someone or something ("endorsed Ana Sousa", "opposes the pipeline") and views ("sees the deal as
    a betrayal"). Not speech, but what an analyst reads as someone's public position, so they are
    statements of their own kind ("position"), with the verb in the text ("endorsed Ana Sousa")."""
    from spacy.symbols import ADJ, NOUN, VERB

    strings = doc.vocab.strings
    drafts = []
    for i, (lemma, lower, pos) in enumerate(zip(token_column(doc, "LEMMA"), token_column(doc, "LOWER"),
                                                token_column(doc, "POS"))):
        if pos != NOUN and pos != ADJ and pos != VERB:
            continue
        word = strings[lower]
        if pos == NOUN and word in HOLDER_NOUNS or pos == ADJ and word in _HOLDER_ADJECTIVE_WORDS:
            d = _held_view(doc[i], index)
            if d is None and pos == NOUN and word in _HOLDER_TOPIC_WORDS:
                d = _held_topic(doc[i], index)
            if d is not None:
                drafts.append(d)
            continue
        if pos == NOUN and word in _HOLDER_TOPIC_WORDS:
            d = _held_topic(doc[i], index)
            if d is not None:
                drafts.append(d)
            continue
        if pos in (ADJ, VERB) and word in CLARITY_ADJECTIVES:
            d = _made_clear(doc[i], index)
            if d is not None:
                drafts.append(d)
            continue
        if pos == VERB and strings[lemma].lower() in EVIDENCE_VERBS and _is_evidence_cue(doc[i]):
            d = _evidence_object(doc[i], index)
            if d is not None:
                drafts.append(d)
            continue
        if pos == VERB and strings[lemma].lower() in SPEECH_ACT_VERBS:
            d = _speech_act_object(doc[i], index)
            if d is not None:
                drafts.append(d)
            continue
        if pos != VERB or strings[lemma].lower() not in _POSITION_VERBS:
            continue
        tok = doc[i]
        if _in_hypothesis(tok):
            continue
        d = _position(tok, index) if strings[lemma].lower() in _POSITION_VERBS - _TOPIC_ONLY else None
        if d is None and strings[lemma].lower() in _TOPIC_VERBS:
            d = _topic(tok, index)
        if d is not None:
            drafts.append(d)
    return drafts


CLARITY_ADJECTIVES = lexicon.words("clarity_adjectives.txt")


def _made_clear(adj, index: "_Index") -> _Draft | None:
    """"made it clear that his boss wanted more", "made clear Monday they have no plans": the clause
    the subject made clear is what they said."""
    verb = adj.head
    if adj.dep_ == "amod" and verb.dep_ == "npadvmod":  # "made clear Monday they …"
        verb = verb.head
    elif adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp", "dobj"):
        return None
    if verb.lemma_.lower() != "make" or verb.i > adj.i or adj.i - verb.i > 3 or _withheld(verb) \
            or verb.dep_ in ("amod", "acl", "relcl"):
        return None
    clause = next((c for c in adj.children if c.dep_ in ("advcl", "ccomp") and c.i > adj.i), None) \
        or next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if clause is None:
        return None
    subj = _valid_subject(verb, _subject(verb, max_up=1), index)
    if subj is None or subj.lower_ in ("it", "this", "that") or not _is_agent(subj):
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    lo = mark.i + 1 if mark is not None else clause.left_edge.i
    span = _span_of(list(adj.doc[lo:clause.right_edge.i + 1]), index.text)
    span = index.clip(span, verb.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    end = adj.idx + len(adj.text)
    return _Draft("indirect", [span], verb, _mention_span(subj), extra={"cue": index.text[verb.idx:end], "cue_end": end})


_OCCASION_PREPS = frozenset(("at", "during", "after", "before", "since", "following", "amid"))


def _occasion(prep) -> bool:
    """"at a rally", "after the vote", "in response to a request", "in Denver": when, where or why
    something was said, never what."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _OCCASION_PREPS:
        return True
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep.lower_ == "in" and pobj is not None and (
        pobj.lemma_.lower() in ("response", "reply", "reaction", "answer")
        or pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"))


def _speech_act_object(tok, index: "_Index") -> _Draft | None:
    """"offered no proof that …", "gave pointed advice to …", "raised questions about …": a light verb
    whose object is something said reports what its subject said."""
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in SPEECH_ACT_NOUNS and obj.lower_ not in SPEECH_ACT_NOUNS \
            or tok.dep_ in ("amod", "acl", "relcl") or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return None
    subj = _valid_subject(tok, _subject(tok, max_up=1), index)
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != tok.i and not _shares_subject(tok) \
            or subj.lower_ in _UNNAMED_HOLDERS or not _is_agent(subj) or subj.ent_type_ in ("GPE", "DATE") \
            or subj.lower_ in _WORDS_NOT_PEOPLE or subj.lemma_.lower() in _WORDS_NOT_PEOPLE:
        return None  # (not "Remarks on the plan raise questions": what words raise, nobody asks)
    if any(c.dep_ == "acl" and _is_cue_verb(c) and any(g.dep_ == "ccomp" for g in c.children) for c in obj.children):
        return None  # "issued a statement saying the mine would reopen": what "saying" reports is what was said
    tail = [c for c in tok.rights if c.i >= obj.i and (c.dep_ in ("dobj", "dative") or _completes_position(c))
            and not _occasion(c)]
    if len(tail) < 2 and not any(c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and not _occasion(c)
                                 for c in obj.children):
        return None  # "made the comments", "made its statement in response to …": what was said is elsewhere
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children) and len(tail) < 2 \
            and not any(c.dep_ in ("acl", "ccomp", "relcl") for c in obj.children):
        return None  # "made no comment on the ruling": nothing said about it
    span = _span_of(list(tok.doc[obj.left_edge.i:max(c.right_edge.i for c in tail) + 1]), index.text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    return _Draft("indirect", [span], tok, _mention_span(subj),
                  extra={"cue": index.text[tok.idx:obj.idx + len(obj.text)], "cue_end": obj.idx + len(obj.text)}
                  if obj.i - tok.i <= 3 else {})


def _evidence_object(tok, index: "_Index") -> _Draft | None:
    """"Polling averages show Sousa with a narrow lead", "the video shows him with his hands up": what
    the evidence shows, the object and what completes it."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if subj is None or obj is None or subj.lemma_.lower() not in EVIDENCE_SOURCES or _withheld(tok):
        return None
    tail = [c for c in tok.rights if c.i >= obj.i and c.dep_ not in ("punct", "cc", "conj", "advcl")]
    span = _span_of(list(tok.doc[obj.left_edge.i:max(c.right_edge.i for c in tail) + 1]), index.text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    return _Draft("indirect", [span], tok, _mention_span(subj))


def _held_view(tok, index: "_Index") -> _Draft | None:
    """"Lund's decision to resign", "her claim that the vote was rigged" (the possessor holds it);
    "Okafor was critical of the deal", "is confident that …" (the subject holds it)."""
    content, holder, kind = None, None, None
    if tok.pos_ == "NOUN":
        holder = next((c for c in tok.children if c.dep_ == "poss"), None)
        if holder is None or holder.pos_ == "PRON" and holder.lower_ not in _HOLDER_POSSESSIVES \
                or holder.pos_ != "PRON" and not (_is_agent(holder) and holder.ent_type_ not in ("GPE", "DATE")):
            return None
        content = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                        and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children)), None)
        kind = HOLDER_NOUNS[tok.lower_]
    elif tok.dep_ == "acomp" and not _withheld(tok.head):
        holder = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if holder is None or holder.lower_ in _UNNAMED_HOLDERS or not _is_agent(holder) \
                or holder.ent_type_ in ("GPE", "DATE"):
            return None
        if holder.lemma_.lower() in GENERIC_PEOPLE and holder.tag_ == "NNS" \
                and not any(c.dep_ in ("poss", "compound") or c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                            for c in holder.children):
            return None  # "Voters were skeptical of the plan": the mood of a population, nobody's statement
        for c in tok.rights:
            if c.dep_ == "prep" and (tok.lower_, c.lower_) in HOLDER_ADJECTIVES:
                content = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                kind = HOLDER_ADJECTIVES[(tok.lower_, c.lower_)]
            elif c.dep_ == "ccomp" and (tok.lower_, "that") in HOLDER_ADJECTIVES:
                content, kind = c, HOLDER_ADJECTIVES[(tok.lower_, "that")]
            elif c.dep_ == "xcomp" and (tok.lower_, "to") in HOLDER_ADJECTIVES \
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                content, kind = c, HOLDER_ADJECTIVES[(tok.lower_, "to")]
            if content is not None:
                break
        if content is not None and content.pos_ == "PRON":
            return None
    if content is None or holder is None:
        return None
    span = _span_of(list(tok.doc[content.left_edge.i:content.right_edge.i + 1]), index.text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    return _Draft("indirect", [span], tok, _mention_span(holder), extra={"position": True} if kind == "position" else {})


def _held_topic(tok, index: "_Index") -> _Draft | None:
    """"her support for the levy", "Lund's call for an inquiry": the possessor took a stand on (or
    spoke about) what the noun's preposition names."""
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is None or holder.pos_ == "PRON" and holder.lower_ not in _HOLDER_POSSESSIVES \
            or holder.pos_ != "PRON" and not (_is_agent(holder) and holder.ent_type_ not in ("GPE", "DATE", "NORP")):
        return None
    if tok.dep_ == "dobj" and _cue_lemma(tok.head) in _SPEECH_VERBS | _POSITION_VERBS | SPEECH_ACT_VERBS:
        return None  # "outlined her plan for the harbour": the verb's statement already carries it
    prep = next((c for c in tok.rights if c.dep_ == "prep" and (tok.lower_, c.lower_) in HOLDER_TOPIC_NOUNS), None)
    content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if content is None or content.pos_ == "PRON" or content.ent_type_ in ("DATE", "TIME"):
        return None
    span = _content_phrase(tok, content, index)
    if span is None:
        return None
    cue_end = prep.idx + len(prep.text)
    extra = {"cue": index.text[tok.idx:cue_end], "cue_end": cue_end}
    if HOLDER_TOPIC_NOUNS[(tok.lower_, prep.lower_)] == "position":
        extra["position"] = True
    return _Draft("indirect", [span], tok, _mention_span(holder), extra=extra)


def _content_phrase(tok, content, index: "_Index") -> tuple[int, int] | None:
    """The char span of a prepositional object phrase a noun or verb cue reports ("her support for
    the levy", "spoke about the flood"), kept to the cue's paragraph; None when too short."""
    span = _span_of(list(tok.doc[content.left_edge.i:content.right_edge.i + 1]), index.text)
    span = index.clip(span, tok.idx) if span else None
    return None if span is None or span[1] - span[0] < 3 else span


_TOPIC_TALK = frozenset(("discuss", "talk", "speak", "comment", "write", "testify", "weigh"))


def _announced_topic(tok) -> bool:
    """"Author Roger Vance will discuss his new book", "will talk about the border": a talk announced on a
    topic, nothing said yet (a programme, an agenda)."""
    return tok.lemma_.lower() in _TOPIC_TALK and any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children)


def _topic(tok, index: "_Index") -> _Draft | None:
    """"spoke about the flood", "complained of delays", "voted against the levy": what the subject
    spoke about (reported speech) or took a stand on (a position), from the verb's preposition."""
    if tok.dep_ in ("amod", "acl") or tok.text.isupper() \
            or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) or _withheld(tok) \
            or _terms_of_speaking(tok) or _allowed_to(tok):
        return None
    if _announced_topic(tok):
        return None
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    lemma = tok.lemma_.lower()
    if prt is not None and any(verb == f"{lemma} {prt.lower_}" for verb, _ in TOPIC_CUES):
        lemma = f"{lemma} {prt.lower_}"  # "weighed in on"; "spoke out about" is "spoke about"
    prep = next((c for c in tok.rights if c.dep_ == "prep" and (lemma, c.lower_) in TOPIC_CUES), None)
    content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if content is None or content.pos_ == "PRON" or content.ent_type_ in ("DATE", "TIME") \
            or any(c.dep_ in ("dobj", "ccomp") and c.i < prep.i for c in tok.children) or _question_content(content):
        return None  # "spoke to them", "spoke on Monday", "wrote a letter about …": not a topic
    if content.lower_ in lexicon.words("speech_occasion_nouns.txt") \
            and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in content.children):
        return None  # "Weighing in on the discussion, Huckabee agreed": the talk joined, nothing said
    kind = TOPIC_CUES[(lemma, prep.lower_)]
    if kind == "position" and tok.dep_ == "relcl" and not _named_who(tok):
        return None  # "the senators who voted against the bill": which ones, not a stand taken
    subj = _valid_subject(tok, _subject(tok, max_up=1), index)
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != tok.i and not _shares_subject(tok) \
            or subj.lower_ in _UNNAMED_HOLDERS - {"who"} or not _is_agent(subj) or subj.ent_type_ in ("GPE", "DATE"):
        return None
    span = _content_phrase(tok, content, index)
    if span is None:
        return None
    cue_end = prep.idx + len(prep.text)
    extra = {"cue": index.text[tok.idx:cue_end], "cue_end": cue_end} if prep.i - tok.i <= 3 else {}
    if kind == "position":
        extra["position"] = True
    return _Draft("indirect", [span], tok, _mention_span(subj), extra=extra)


_RELATIVE_WORDS = frozenset(("who", "which", "that", "whom"))


def drop_unheld_positions(statements: list[Statement]) -> list[Statement]:
    """After speakers are resolved: a position whose holder is a pronoun nobody could be found for
    ("they planned to …"), or unnamed people a relative clause describes ("delegates who vote for the
    candidate of their choice"), tells the analyst nothing; the rest are renumbered in text order."""
    kept = [st for st in statements
            if not (st.kind == "position" and st.speaker is None and (
                st.speaker_kind == "pronoun" or st.speaker_mention.lower() in _RELATIVE_WORDS))]
    for n, st in enumerate(kept):
        st.index = n
    return kept


def drop_writers_voice(statements: list[Statement], text: str) -> list[Statement]:
    """After speakers are resolved: statements in the writer's own voice (`_writers_own_voice`) outside any
    quotation marks are dropped (a "we" inside someone's quote is theirs); the rest are renumbered."""
    if not any(_writers_own_voice(st) for st in statements):
        return statements
    quoted = [(r.spans[0][0], r.spans[-1][1]) for r in find_quote_regions(text)]
    def in_quote(at: int) -> bool:
        return any(a <= at < b for a, b in quoted) or _inside_open_quote(text, text.rfind("\n", 0, at) + 1, at)
    kept = [st for st in statements if not (_writers_own_voice(st) and not in_quote(st.speaker_start))]
    for n, st in enumerate(kept):
        st.index = n
    return kept


_WRITER_OR_READER = re.compile(r"(?:(?:many|some|most|all|few|several|each|one|none|those)\s+of\s+)?(?:i|we|you|us|me)", re.I)


def _writers_own_voice(st: Statement) -> bool:
    """"I want to tell you who I am", "You question my judgment", "Many of you have questioned …" in an
    open letter, a blog post or an imagined speech printed as plain paragraphs: an "I", "we" or "you"
    nobody could be found for is the writer talking to the reader, not a statement of anyone in the story
    (a "we" inside someone's quote is theirs: kept)."""
    return st.kind in REPORTED_KINDS and st.speaker is None and st.speaker_start is not None \
        and _WRITER_OR_READER.fullmatch(st.speaker_mention.strip()) is not None


def drop_nested_repeats(statements: list[Statement]) -> list[Statement]:
    """After speakers are resolved: "Ilic said that he would act against a plan that Ilic said would make
    “a bad situation worse”": a statement whose words and speaker's name both lie inside what the same
    speaker is already reported saying repeats part of that statement, one row, not two; the rest are
    renumbered in text order. ("she said she hoped …", "what he called …" keep their inner row: PolNeAR
    annotates such nested attributions.)"""
    def inside(st: Statement, host: Statement) -> bool:
        over = st.text[len(st.text) - max(0, st.end - host.end):] if st.end > host.end else ""
        return host.start <= st.start < host.end and len(over) <= 2 and not any(ch.isalnum() for ch in over) \
            and (st.start, st.end) != (host.start, host.end) \
            and st.speaker_kind == "name" and host.start <= st.speaker_start < host.end
    def share_inside(st: Statement, host: Statement) -> bool:  # "According to a survey, 51 percent of
        # respondents said they would …": the share who answered is the poll's finding, one row (the poll's)
        return st.speaker is None and st.speaker_start is not None and _SHARE_OF_PEOPLE.match(st.speaker_mention) \
            and host.start <= st.speaker_start < host.end and host.start <= st.start and st.end <= host.end + 2
    kept = [st for st in statements
            if not any(h is not st and h.speaker is not None and share_inside(st, h) for h in statements)
            and (st.speaker is None or not any(h is not st and h.speaker == st.speaker and inside(st, h) for h in statements))]
    for n, st in enumerate(kept):
        st.index = n
    return kept


_SHARE_OF_PEOPLE = re.compile(r"(?:\d[\d.,]*\s*(?:percent|per cent|%)|a (?:majority|third|quarter|half)|most|half)\s+of\s",
                              re.I)


def _shares_subject(tok) -> bool:
    """"wants to …", "proposes X and plans to …", "…, promising to …", "went on to …": a verb whose
    subject is its head's."""
    return tok.dep_ in ("xcomp", "conj") or tok.dep_ == "advcl" and tok.tag_ == "VBG" or _goes_on_to(tok)


def _goes_on_to(tok) -> bool:
    """"went on to endorse Ayotte", "went on to discuss the polls": what the subject did next, not a
    purpose ("met to discuss")."""
    head = tok.head
    return tok.dep_ in ("advcl", "xcomp") and head.i < tok.i and head.lemma_.lower() == "go" \
        and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _named_who(tok) -> bool:
    """"Graham, who had endorsed Bush, …": a relative clause whose "who" is a named person or body,
    set off by a comma or a dash, states that one's position; "voters who back the plan" or a clause
    that only tells which one ("the man who …") do not."""
    head = tok.head
    if tok.dep_ != "relcl" or not (head.ent_type_ in ("PERSON", "ORG") or head.pos_ == "PROPN"):
        return False
    who = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if who is None or who.lower_ != "who" or who.i == 0:
        return False
    return tok.doc[who.i - 1].text in (",", "—", "–", "-", "(")


def _position(tok, index: "_Index") -> _Draft | None:
    named_who = _named_who(tok)
    if tok.dep_ in ("amod", "acl") or tok.dep_ == "relcl" and not named_who or tok.text.isupper() \
            or tok.dep_ == "pcomp" and tok.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in tok.children) \
            or _indirect_question(tok) \
            or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) or _withheld(tok) \
            or _object_controlled(tok):
        return None  # "a plan backed by …", "the voters who back …", "from donors backing her" (a description),
        # "did not want to …", "hard to know where donors will decide to …" (a question)
    subj = _valid_subject(tok, _subject(tok, max_up=1), index)
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != tok.i and not _shares_subject(tok) \
            or subj.lower_ in _UNNAMED_HOLDERS and not (named_who and subj.lower_ == "who") \
            or not _is_agent(subj) or subj.ent_type_ in ("GPE", "DATE"):
        return None
    lemma = tok.lemma_.lower()
    right = [c for c in tok.rights if c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod", "prt")]
    content = None
    if lemma in POSITION_AIM_CUES:
        content = next((c for c in right if c.dep_ == "xcomp" and c.tag_ == "VB"
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if content is not None and (_cue_lemma(content) in CUE_LEMMAS or _cue_lemma(content) in WITHHOLDING_VERBS
                                    or _cue_lemma(content) in TALK_VERBS) \
                and not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in content.children):
            return None  # "refused to say whether …", "declined to comment": withheld speech, not a stand
    if content is None and lemma in _OBJECT_FRAME | POSITION_VIEW_CUES:
        obj = next((c for c in right if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ != "PRON" and (
                lemma in _OBJECT_FRAME
                or any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in tok.rights)):
            content = obj
    if content is None:
        return None
    last = max((c for c in tok.rights if c.i >= content.i and _completes_position(c)), key=lambda c: c.i, default=content)
    end = last.right_edge.i
    if tok.doc[end].dep_ == "cc":  # "decried the lack of details and how much it would cost": the parse
        # hung the second conjunct on the verb; it is still what was decried
        joined = next((c for c in tok.rights if c.left_edge.i == end + 1 and c.dep_ in ("ccomp", "conj", "dobj")), None)
        end = joined.right_edge.i if joined is not None else end - 1
    span = _span_of(list(tok.doc[content.left_edge.i:end + 1]), index.text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < (8 if content.dep_ == "xcomp" else 3):
        return None  # an object may be a short name: "endorsed Lund"
    return _Draft("indirect", [span], tok, _mention_span(subj),
                  extra={} if lemma in SPEECH_OBJECT_CUES else {"position": True})


_POSITION_PREPS = frozenset("as for in on to against about over".split())


PERMISSION_VERBS = lexicon.words("permission_verbs.txt")


def _allowed_to(tok) -> bool:
    """"which allows voters to vote for whomever they like": what someone may do, no stand of theirs."""
    return tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i and tok.head.lemma_.lower() in PERMISSION_VERBS


def _object_controlled(tok) -> bool:
    """"will help convince supporters of X to support Y", "persuaded voters to back Y": a stand someone is to
    be brought to take is neither the persuader's nor yet the persuaded one's; nor is one someone is allowed
    to take (`_allowed_to`)."""
    if _allowed_to(tok):
        return True
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return False
    head = tok.head
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.i < tok.i)]
    return any(c.dep_ in ("dobj", "dative") and c.i < tok.i for v in verbs for c in v.children)


def _completes_position(c) -> bool:
    """"endorsed Lund for governor", "sees the levy as a tax": a phrase after the object that belongs
    to the position, not a date ("on Friday") or another clause."""
    if c.dep_ != "prep":
        return c.dep_ in ("dobj", "xcomp", "oprd", "dative")
    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
    return c.lower_ in _POSITION_PREPS and pobj is not None and pobj.ent_type_ not in ("DATE", "TIME")


def _with_positions(reported: list[_Draft], found: list[_Draft]) -> list[_Draft]:
    """Reported speech and positions together: a cue the speech rules already read ("vowed to …")
    keeps their statement; what they read from a wish ("hopes to …") is a position too. A position
    inside what someone else reports ("denied reports that he had agreed to back the budget") is
    their claim, not a position taken."""
    cues = {d.cue_token.i for d in reported if d.cue_token is not None}
    for d in reported:
        if d.cue_token is not None and _cue_lemma(d.cue_token) in _WISHES:
            d.extra["position"] = True
    contents = [span for d in reported for span in d.spans]
    return reported + [d for d in found if d.cue_token.i not in cues
                       and not any(a <= d.cue_token.idx < b for a, b in contents)]


EVIDENCE_SOURCES = lexicon.words("evidence_sources.txt")
EVENT_NOUNS = lexicon.words("event_nouns.txt")
_AUTHORED = EVIDENCE_SOURCES | OPINION_NOUNS | CUE_NOUNS  # "a study by X", "an estimate from X"
"""Subjects of "shows", "indicates", "reveals": a poll shows (that) …, as a source of a claim."""


EVIDENCE_VERBS = lexicon.words("evidence_verbs.txt")
CONDITION_MARKS = lexicon.words("condition_marks.txt")


def _is_evidence_cue(tok) -> bool:
    if tok.pos_ != "VERB" or _cue_lemma(tok) not in EVIDENCE_VERBS:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or _no_evidence(tok, subj):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
        return False  # "if the emails show that …": a finding supposed, not reported
    return subj.lemma_.lower() in EVIDENCE_SOURCES or (  # "another slide shows that …"
        subj.pos_ == "NOUN" and subj.ent_type_ != "PERSON" and any(c.dep_ == "ccomp" for c in tok.children)
        and subj.lemma_.lower() not in EVENT_NOUNS  # not "the trip suggests that …": the writer's reading of it
        and not any(c.dep_ == "ccomp" and c.left_edge.tag_ in _WH_TAGS for c in tok.children))
    # not "his popularity shows how deeply the party misjudged …": the writer's reading of a fact


def _no_evidence(tok, subj) -> bool:
    """"a stranger finds you attractive": a judgement of someone in a verbless clause, not a finding
    ("will find it hard to …" stays); "The remarks suggest …" (`_reading_of_words`)."""
    if _reading_of_words(tok, subj):
        return True
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    return subj.lemma_.lower() not in EVIDENCE_SOURCES and bool(comps) and all(
        c.pos_ not in ("VERB", "AUX") and not any(g.lower_ in ("that", "it") for g in c.children) for c in comps)


def _reading_of_words(tok, subj) -> bool:
    """"The remarks suggest he is …", "His comments show …": the writer's reading of words said
    before, not a statement of them ("a statement from the ministry suggested …" keeps its source)."""
    lemma = subj.lemma_.lower()
    if _cue_lemma(tok) in EVIDENCE_VERBS and lemma not in EVIDENCE_SOURCES and subj.pos_ == "NOUN" \
            and not _is_agent(subj) and any(
            c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her")) for c in subj.children):
        return True  # "Clinton's aggressive attack on Trump indicates she is pivoting": the writer's reading of a deed
    return _cue_lemma(tok) in EVIDENCE_VERBS and lemma in SPEECH_ACT_NOUNS and lemma not in EVIDENCE_SOURCES \
        and not any(c.dep_ == "prep" for c in subj.children)


OBJECT_CUES = lexicon.words("object_cues.txt")
"""Verbs whose object, not a clause, is what the source says or wants: "accused X of Y", "urged X to
Y", "called for X", "cited X as Y", "wants to Y"."""



@lru_cache(maxsize=1)
def _speech_word_ids() -> frozenset[int]:
    """spaCy's ids (the LOWER attribute) of the nouns and "according" that can open reported speech."""
    from spacy.strings import hash_string

    return frozenset(hash_string(w) for w in {"according"} | OPINION_NOUNS | CUE_NOUNS | POLL_NOUNS)


REASON_OBJECT_CUES = lexicon.words("reason_object_cues.txt")


def _is_reason_object_cue(tok) -> bool:
    """"attacked X for Y", "attacked X as Y": criticism only with a reason or a label; "attacked a post" is a deed."""
    return _cue_lemma(tok) in REASON_OBJECT_CUES and any(c.dep_ == "dobj" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("for", "as") and c.i > tok.i for c in tok.children)


_SPEECH_VERBS = CUE_LEMMAS | OBJECT_CUES | EVIDENCE_VERBS
ASKING_VERBS = lexicon.words("asking_verbs.txt")
_ONLY_WITH_COMPLEMENT = frozenset("warn ask tell advise encourage".split())
_OBJECT_PARTS = ("dobj", "xcomp", "prep", "oprd", "ccomp", "dative", "attr")


def _describes_unnamed_people(tok) -> bool:
    """"He has supporters who defend him on cable news": a relative clause on people nobody names says what
    kind of people they are, not what someone said (a speech verb there still reports: "analysts who said …")."""
    head = tok.head
    return tok.dep_ == "relcl" and head.tag_ == "NNS" and not head.ent_type_ and _cue_lemma(tok) not in CUE_LEMMAS \
        and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children)


def _object_cue(tok, text: str, index: "_Index") -> _Draft | None:
    """The object (and what completes it) of a verb like "accused", "urged", "called for"."""
    if tok.dep_ in ("amod", "acl") or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) \
            or tok.text.isupper() and len(tok.text) > 1:
        return None  # "… DOCTORS WANT TO …": a shouted headline, as for positions
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and (tok.dep_ != "xcomp" or _cue_lemma(tok.head) not in _SPEECH_VERBS) and not _goes_on_to(tok):
        return None  # "met to discuss the test": a purpose, not something said
    if _announced_topic(tok) or _participle_in_adjective_list(tok):
        return None
    if tok.dep_ == "relcl" and _cue_lemma(tok) in POSITION_AIM_CUES:
        return None  # "Trump, who has pledged to …": a description of the man, as for positions
    if _describes_unnamed_people(tok):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    subj = _valid_subject(tok, _subject(tok, max_up=1), index)
    if passive and subj is not None and subj.dep_ == "nsubjpass":
        subj = None  # "Obama has been criticized for using …": whom it is aimed at; nobody named made it
    if _cue_lemma(tok) in _WISHES and (subj is None or subj.pos_ == "PRON"):
        return None  # "we want", "they hope to": wishes of the narrator or of nobody named, not positions
    if (subj is None and not passive) or subj is not None and (
            not (_is_agent(subj) or subj.lemma_.lower() in EVIDENCE_SOURCES) or subj.lower_ in ("it", "this", "that")):
        return None
    speaker_span = _mention_span(subj) if subj is not None else None
    right = [c for c in tok.rights if c.dep_ in _OBJECT_PARTS]
    if _cue_lemma(tok) in ASKING_VERBS and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON")
                                               for c in right):
        return None  # "questioned Mayor Brandt about the strike": whom was asked, not what was said
    if _cue_lemma(tok) in CITING_VERBS and any(c.dep_ == "dobj" and _cites_people(c) for c in right):
        return None  # "…, citing participants in the meeting": who told the writer, not what was said
    if _cue_lemma(tok) in _ONLY_WITH_COMPLEMENT and not any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("of", "against", "about") for c in right):
        return None  # "told reporters", "asked questions": no content without "to …" / "of …"
    if _cue_lemma(tok) == "call":  # "called for X", "called on X to Y", "called for X to Y"
        prep = next((c for c in right if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
        if prep is not None and prep.i > tok.i + 1 and (any(c.dep_ == "auxpass" for c in tok.children) or any(
                c.dep_ in ("oprd", "attr") and tok.i < c.i < prep.i for c in tok.children)):
            return None  # "has been called “the Trump of the East” for his remarks": a name given, no call for
        right = [prep] + [c for c in right if c.dep_ == "xcomp" and c.i > prep.i] if prep is not None else []
        right += [c for c in tok.rights if _for_to_clause(c, tok, prep)]
    if not right or right[0].dep_ == "prep" and right[0].lower_ not in ("for", "of", "to", "on", "as") \
            or _question_content(right[0]):
        return None
    last = right[0]
    for c in right[1:]:
        if c.dep_ == "prep" and c.lower_ not in ("of", "for", "to", "on", "as"):
            break
        last = c
    if _cue_lemma(tok) in _ONLY_WITH_COMPLEMENT:  # "tells his supporters at a rally to “vote”": up to what is told
        last = max((c for c in right if c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("of", "against", "about")),
                   key=lambda c: c.i, default=last) if last.dep_ not in ("xcomp", "prep") else last
    lo = right[0].left_edge.i if _cue_lemma(tok) != "call" else right[0].i + 1
    mark = None
    if right[0].dep_ == "advcl":  # "called for all candidates to lay out …": the clause after "for"
        mark = min((c for c in right[0].children if c.dep_ == "mark"), key=lambda c: c.i)
        lo = mark.i + 1
    span = _span_of(list(tok.doc[lo:last.right_edge.i + 1]), text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    extra = {}
    if _cue_lemma(tok) == "call":
        end = (mark or right[0]).idx + len((mark or right[0]).text)
        extra = {"cue": text[tok.idx:end], "cue_end": end}
    return _Draft("indirect", [span], tok, speaker_span, extra=extra)


def _for_to_clause(c, call, prep) -> bool:
    """"called for the city to act" read as "for" marking a clause, or "called for a prosecutor to
    investigate" with the infinitive hung on the verb: the "to …" clause is part of what was called for."""
    if c.dep_ != "advcl" or c.tag_ not in ("VB", "VBN") or not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
        return False
    if prep is None:
        return any(g.dep_ == "mark" and g.lower_ == "for" and g.i == call.i + 1 for g in c.children)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep.lower_ == "for" and pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") \
        and c.i > prep.i and c.left_edge.i == prep.right_edge.i + 1


ATTEMPT_VERBS = lexicon.words("attempt_verbs.txt")


HELPING_VERBS = lexicon.words("helping_verbs.txt")
_ASKED_THAT = frozenset(row[0].lower() for row in lexicon.table("stance_request_verbs.tsv") if row[1:2] == ("that",))


def _attempted_speech(tok) -> bool:
    """"The senator was trying to underscore that the budget would not grow": a speech verb under an
    ongoing attempt is the writer's reading of someone's aim, not a statement they made; so is one
    that something helps along ("which helps explain why …") or one that someone demands of another
    ("demanded that the candidates propose …": asked for, not said)."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in ATTEMPT_VERBS and head.tag_ == "VBG" \
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children):
        return True
    if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in HELPING_VERBS and tok.tag_ == "VB":
        return True
    return tok.dep_ == "ccomp" and head.lemma_.lower() in _ASKED_THAT and tok.tag_ in ("VB", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _cue_verb(tok, text: str, index: "_Index") -> _Draft | None:
    comps = [c for c in tok.children if c.dep_ == "ccomp"
             and not (c.i < tok.i and any(t.text in ":;" for t in tok.doc[c.right_edge.i:tok.i]))
             and not _adverbial_clause(c) and not _fronted_participle(c, tok)]
    hung = _subject_hung_on_relative(tok)
    if hung is not None:  # the relative clause holding the speaker is not what was said
        comps = [c for c in comps if not c.left_edge.i <= hung.i <= c.right_edge.i]
    if any(c.dep_ == "oprd" and c.i > tok.i for c in tok.children):
        comps = [c for c in comps if c.i > tok.i]  # "she drew his ire - he called her weak": what he called her
    lemma = _cue_lemma(tok)
    hung_name = None if _subject(tok) or _name_before(tok) else _name_hung_on_the_clause(tok)
    subj = _valid_subject(tok, _subject(tok) or _name_before(tok) or hung_name, index)
    if subj is not None and _reading_of_words(tok, subj):
        return None
    if subj is not None and subj.like_num and not any(True for _ in subj.children):
        return None  # "60 pledged delegates were at stake": a bare number speaks for nobody; the cue is an adjective
    if subj is not None and subj.i > tok.i and subj.dep_ == "nsubj" and not _is_agent(subj):
        return None  # "…, said the cargo of ingots": an inverted subject that cannot speak is a parse error
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in EVENT_NOUNS and subj.head.i == tok.i \
            and _cue_lemma(tok) in EVIDENCE_VERBS:
        return None  # "the trip suggests that …": the writer's reading of an event, nobody's statement
    if lemma == "call" and not comps:
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None  # "the president's refusal to call the attack terrorism": a call nobody made
        if _names_passively(tok):  # "a fund called Northwind": a name; "called “the Rock” by fans": the fans'
            agent = _passive_agent(tok)
            if agent is None or not _is_agent(agent):
                return None
            subj = agent
        obj = next((c for c in tok.rights if c.dep_ in ("dobj", "oprd")), None)
        if obj is None or subj is None or not (any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.rights)
                                               or obj.right_edge.pos_ == "ADJ"):
            return None  # "called the plan a disaster / special", not "called a meeting"
        toks = [t for t in tok.doc[obj.i:tok.right_edge.i + 1]]
        stop = next((t.left_edge.i if t.dep_ == "advcl" else t.i for t in toks if t.head.i == tok.i and (
            t.dep_ in ("cc", "conj", "advcl", "agent") or t.text in ",;")), None)
        span = _span_of([t for t in toks if stop is None or t.i < stop], text)
        if span is None or span[1] - span[0] < 8:
            return None
        return _Draft("indirect", [(tok.idx, span[1])], tok, _mention_span(subj))
    if not comps and subj is not None:
        d = _object_content(tok, subj, text, index) or _reported_by(tok, subj, index)
        if d is not None:
            return d
    if not comps:
        comps = _fallback_clause(tok, index)
        if comps:
            span = index.clip((comps[0].idx, index.sent_of(tok.idx)[1]), tok.idx)
            span = _trim(text, *span, _STRIP + ".") if span else None
            if subj is None or span is None or span[1] - span[0] < 8:
                return None
            return _Draft("indirect", [span], tok, _mention_span(subj))
    if not comps:
        head = tok.head
        if tok.dep_ in ("advcl", "parataxis", "conj", "ccomp") and head.pos_ in ("VERB", "AUX") and head.i != tok.i \
                and not _is_cue_verb(head) and not any(m.dep_ in ("mark", "advmod") and m.lower_ in _ADVERBIAL_MARKS
                                                      and m.i < tok.i for m in tok.children) \
                and any(t.text == "," for t in tok.doc[min(head.i, tok.i):max(head.i, tok.i)]):
            subj = _valid_subject(tok, _subject_of_inverted(tok), index)
            if subj is None or subj.i < index.sent_of(tok.idx)[2] or not _is_agent(subj):
                return None
            if _own_coordinated_act(tok, head, lemma):
                return None
            if _narrator_clause(head, subj, text, index):
                return None
            spans = _clause_without(head, tok, subj, text, index)
            if not spans:
                return None
            return _Draft("indirect", spans, tok, _mention_span(subj))
        return None
    if lemma in ("know", "understand", "find", "realize", "realise") \
            and not any(c.lower_ == "that" for c in comps[0].children):
        return None
    if subj is None:
        return None
    if subj.i > tok.i or comps[0].i < tok.i:
        side = [c for c in comps if (c.i < tok.i) == (comps[0].i < tok.i)]
    else:
        side = comps
    if len(side) > 1:  # "said A was wrong and warned that B": the second cue reports B itself
        side = [c for c in side if not (_is_cue_verb(c) and any(g.dep_ == "ccomp" for g in c.children))] or side
    lo = min(c.left_edge.i for c in side)
    hi = max(c.right_edge.i for c in side)
    if hung_name is not None and subj is hung_name:
        hi = subj.left_edge.i - 2  # the clause ends at the comma before the name
    if lo <= subj.i <= hi or hi < lo:
        return None
    lo = _object_taken_from_clause(tok, side, lo)
    if hi < tok.i:  # “…,” she said, after “X declared the need for courage: ”: the colon starts what she said
        lo = max([lo] + [t.i + 1 for t in tok.doc[lo:hi] if t.text == ":"])
    hi = _before_coordinated_cue(tok.doc, lo, hi)
    hi = _before_participle_cue(tok.doc, lo, hi)
    hi = _before_reported_aside(tok.doc, text, lo, hi)
    drafts = []
    for a, b in _coordinated_that_clauses(tok.doc, text, side, lo, hi):
        span = _span_of(list(tok.doc[a:b + 1]), text)
        span = index.clip(span, tok.idx) if span else None
        if span is not None and span[1] - span[0] >= 8:
            drafts.append(_Draft("indirect", [span], tok, _mention_span(subj)))
    return drafts or None


def _object_taken_from_clause(tok, side, lo: int) -> int:
    """"Trump explained the president's refusal to act is a weakness": the parse made the subject of the
    reported clause the cue's object and left the clause ("is a weakness") without one; what was said
    starts at that object."""
    first = min(side, key=lambda c: c.i)
    if first.i < tok.i or first.tag_ not in _FINITE or _cue_lemma(tok) in HEARER_OBJECT_VERBS or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                            for c in first.children):
        return lo
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < first.i), None)
    if obj is None or obj.right_edge.i + 1 != first.left_edge.i or obj.pos_ not in ("NOUN", "PROPN"):
        return lo
    return min(lo, obj.left_edge.i)


def _own_coordinated_act(tok, head, lemma: str) -> bool:
    """"Ruiz initiated the chains, and he sometimes added content to them": a verb joined by "and"/"but" with
    an object of its own is a second act, not the "…, he added" that reports the clause before it."""
    joined = tok.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)
    own_object = lemma not in HEARER_OBJECT_VERBS and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                                                          for c in tok.children)
    own_complement = any(c.dep_ in ("xcomp", "ccomp", "prep", "dative") and c.i > tok.i
                         for c in tok.children)  # "and he urged them to vote", "and they hoped for a win"
    return joined and (own_object or own_complement)


def _names_passively(tok) -> bool:
    """"a super PAC called Future45", "was called “the Rock”": the passive participle names something;
    only its agent, if any, is who said the name."""
    deps = {c.dep_ for c in tok.children}
    if "agent" in deps:
        return True  # "the county, called “the Crossroads” by its residents", whatever else the parse says
    if "nsubj" in deps or any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.children):
        return False  # "who’s called for …": "’s" read as a passive auxiliary
    if deps & {"auxpass", "nsubjpass"}:
        return True
    if tok.dep_ not in ("acl", "advcl", "amod") or any(c.dep_ in ("aux", "dobj") for c in tok.children):
        return False
    if tok.dep_ == "acl" and _verb_parsed_as_modifier(tok.head.head) == tok:
        return False  # the main verb of a sentence the parse left without one
    names = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ != "VERB"]
    return len(names) == 1 or tok.tag_ == "VBN" and not names  # "called Oz a quack, fake …": two, so active


def _passive_agent(tok):
    return next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _reported_by(tok, agent, index: "_Index") -> _Draft | None:
    """"The meeting was first reported by Politico": a passive speech verb with its agent reports its
    subject, said by the agent."""
    if agent.dep_ != "pobj" or agent.head.dep_ != "agent" or agent.head.head.i != tok.i \
            or _cue_lemma(tok) not in SPEECH_CUES or tok.dep_ in ("amod", "acl", "relcl") \
            or _cue_lemma(tok) in ASKING_VERBS:
        return None  # "Berg was asked by a caller why …": the one asked is no content
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ == "PRON" or subj.i > tok.i or not _is_agent(agent):
        return None
    if _cue_lemma(tok) in HEARER_OBJECT_VERBS and _is_agent(subj):
        return None  # "Berg was told by aides …" (not "the story was told by the Caller"): the one told
    span = _span_of(list(tok.doc[subj.left_edge.i:subj.right_edge.i + 1]), index.text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    return _Draft("indirect", [span], tok, _mention_span(agent))


_ADVERBIAL_MARKS = frozenset("after before when while since because although though until once unless".split())


def _fronted_participle(comp, cue) -> bool:
    """"Sitting down with a TV host on Thursday, the senator remarked …": a participial phrase before
    the cue, with no subject of its own, says how or where the speaker spoke, not what."""
    return comp.i < cue.i and comp.tag_ in ("VBG", "VBN") and comp.right_edge.i < cue.i \
        and not any(c.dep_ in _SUBJ or c.dep_ in ("mark", "aux", "auxpass") for c in comp.children)


def _adverbial_clause(comp) -> bool:
    """"In a statement released shortly after the governor suspended his campaign, Cruz said …": a
    fronted time or reason clause the parse hung on the cue as its complement says when or why, not what."""
    return any(m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS for m in comp.children) or _relative_on_fronted_phrase(comp)


@lru_cache(maxsize=1)
def _occasion_nouns() -> frozenset[str]:
    return lexicon.words("speech_occasion_nouns.txt") | _speaker_words("utterance", "report") | WRITTEN_THING_NOUNS \
        | SPEECH_ACT_NOUNS


def _relative_on_fronted_phrase(comp) -> bool:
    """"In an interview Ruiz gave last year, she said …", "In one of the columns Kim wrote for the paper, …":
    a clause that opens with a preposition and a speech or a piece of writing, the clause's subject (or the
    verb) right after it with no comma between and no object of its own, is a relative clause on that noun
    ("an interview [that] Ruiz gave"): where it was said, not what."""
    prep = comp.doc[comp.left_edge.i]
    if prep.dep_ != "prep" or prep.head.i != comp.i or comp.i > prep.right_edge.i + 4 \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in comp.children):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    while obj is not None and obj.pos_ in ("NUM", "PRON") and obj.lower_ != "it":  # "one of the columns"
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in _occasion_nouns() and obj.lower_ not in _occasion_nouns():
        return False
    return "," not in {t.text for t in comp.doc[obj.i:comp.i]}


_NARRATOR = frozenset(("i", "we"))


def _narrator_clause(head, subj, text: str, index: "_Index") -> bool:
    """"When I began to speak I saw his surprise, as he expected": outside quotation marks, a clause
    whose subject is the narrator ("I", "we") is the writer's own account, not what someone else said."""
    own = _first_subject(head)
    if own is None or own.lower_ not in _NARRATOR or subj.lower_ in _NARRATOR:
        return False
    a, b = index.sent_of(head.idx)[:2]
    return not any(text[i] in QUOTE_CHARS and not (text[i - 1].isalnum() and text[i + 1:i + 2].isalnum())
                   for i in range(a, b))


def _coordinated_that_clauses(doc, text: str, side, lo: int, hi: int) -> list[tuple[int, int]]:
    """"said A and that B", "said A but was “B”": two statements, A and B (token ranges within lo..hi):
    a second "that" clause, or a predicate in the speaker's own words set against the first. "saying they
    were old and have “nothing to do with it”" adds a predicate to one claim: one statement (not after
    "that", where the passages annotate two). Only a verb in the present tense after a narrated cue: "said
    that was wrong and dismissed it as “…”" goes on narrating what the speaker did."""
    cuts = sorted(g.left_edge.i for c in side for g in c.children
                  if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX") and lo < g.left_edge.i <= hi
                  and (any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in g.children)
                       or QUOTE_CHARS & set(text[g.left_edge.idx:g.right_edge.idx]) and not _is_cue_verb(g)
                       and not _added_predicate(c, g) and not _shares_auxiliary(c, g))
                  and not _inside_open_quote(text, doc[lo].sent.start_char, g.left_edge.idx))
    pieces, start = [], lo
    for cut in cuts:
        end = cut - 1
        while end > start and (doc[end].dep_ == "cc" or doc[end].is_punct):
            end -= 1
        pieces.append((start, end))
        start = cut
    while hi > start and (doc[hi].dep_ == "cc" or doc[hi].is_punct):
        hi -= 1
    pieces.append((start, hi))
    return pieces


def _shares_auxiliary(clause, conj) -> bool:
    """"she had not sent or received emails “marked classified”": a bare participle joined to the clause's
    verb, with no subject or auxiliary of its own, shares them: one verb phrase, one statement."""
    aux = [t for t in clause.children if t.dep_ in ("aux", "auxpass")]
    cc = [t for t in clause.children if t.dep_ == "cc" and clause.i < t.i < conj.i]
    return conj.pos_ == "VERB" and conj.left_edge.i == conj.i and bool(aux) and bool(cc) \
        and cc[-1].lower_ in ("and", "or") and cc[-1].i == conj.i - 1 \
        and (conj.tag_ in ("VBN", "VBG", "VB") or conj.tag_ == "VBD" and any(t.lemma_ == "have" for t in aux)) \
        and not any(t.dep_ in _SUBJ or t.dep_ in ("aux", "auxpass", "mark") for t in conj.children)


def _added_predicate(clause, conj) -> bool:
    """"were old and have “nothing to do with it”": a predicate joined by "and" or "or", sharing the
    clause's subject, adds to the same claim (not "but was “a gamble”", which sets a second one against it)."""
    cc = [t for t in clause.children if t.dep_ == "cc" and clause.i < t.i < conj.i]
    finite = next((t for t in conj.children if t.dep_ in ("aux", "auxpass") and t.i < conj.i), conj)
    return bool(cc) and cc[-1].lower_ in ("and", "or") and not any(t.dep_ in _SUBJ for t in conj.children) \
        and finite.tag_ in ("VBP", "VBZ") \
        and not any(t.dep_ == "mark" for t in clause.children)  # "said that A and would be “B”": two, as annotated


_DOUBLE_MARKS = re.compile("[“”\"«»„]")


def _inside_open_quote(text: str, a: int, b: int) -> bool:
    """"said “I held and hugged” the families": a quote opened between a and b runs on past b, so
    the words after b are the same quote, not a second statement."""
    a = max(a, text.rfind("\n", 0, b) + 1)  # within its paragraph: a stray mark of the one before does not count
    return len(_DOUBLE_MARKS.findall(text, a, b)) % 2 == 1


GERUND_CUES = lexicon.words("gerund_cues.txt")
CLAIM_NOUNS = lexicon.words("claim_nouns.txt")
DENIAL_VERBS = lexicon.words("denial_verbs.txt")
REFUSED_THINGS = lexicon.words("refused_things.txt")  # "denied security requests": a refusal, not a denial


def _object_content(tok, subj, text: str, index: "_Index") -> _Draft | None:
    """What a speech verb reports through its object: a gerund ("denied accepting bribes"), the clause
    of a claim noun ("denied claims she misled investors"), or what a denial denies ("denied any
    wrongdoing")."""
    lemma = _cue_lemma(tok)
    content = None
    for c in tok.rights:
        if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and lemma in GERUND_CUES \
                and not any(g.dep_ in _SUBJ for g in c.children):
            content = c
        elif c.dep_ == "dobj" and c.pos_ == "NOUN":
            clause = next((g for g in c.rights if g.dep_ in ("acl", "relcl", "ccomp") and g.pos_ in ("VERB", "AUX")
                           and any(h.dep_ in _SUBJ for h in g.children)), None)
            if clause is not None and c.lemma_.lower() in CLAIM_NOUNS:
                content = clause
            elif lemma in DENIAL_VERBS and c.lemma_.lower() not in REFUSED_THINGS:
                content = c
        if content is not None:
            break
    if content is None:
        return None
    span = _clause_span(content, text)
    span = index.clip(span, tok.idx) if span else None
    if span is None or span[1] - span[0] < 8:
        return None
    return _Draft("indirect", [span], tok, _mention_span(subj))


def _name_before(tok):
    """"Reinhardt denied that …" parsed with the name as an adverb: the entity right before the cue."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.head.i == tok.i and prev.dep_ in ("advmod", "npadvmod") \
            and prev.ent_type_ in ("PERSON", "ORG"):
        return prev
    return None


def _name_hung_on_the_clause(tok):
    """"… placed in secure storage, Patrick Kennedy, the undersecretary, wrote" parsed with the name as an
    apposition of the reported clause's last noun: the name set off by commas right before the cue."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if comp is None:
        return None
    for t in doc[max(comp.left_edge.i, tok.i - 16):tok.i - 1]:
        if t.dep_ == "appos" and t.ent_type_ in ("PERSON", "ORG") and t.right_edge.i in (tok.i - 2, tok.i - 1) \
                and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and comp.left_edge.i < t.i <= comp.right_edge.i:
            return t
    return None


def _before_coordinated_cue(doc, lo: int, hi: int) -> int:
    """"said it was opposed and warned X to …": the content ends before a coordinated cue verb."""
    deps, conj = token_column(doc, "DEP"), doc.vocab.strings["conj"]
    for i in range(lo + 1, min(hi + 1, len(doc))):
        if deps[i] != conj:
            continue  # read from the arrays: only the conjuncts of the content become Tokens
        t = doc[i]
        if t.pos_ == "VERB" and lo <= t.head.i < t.i and t.head.i != t.i and (
                _cue_lemma(t) in CUE_LEMMAS or _cue_lemma(t) in OBJECT_CUES) and t.head.dep_ != "conj" \
                and not any(c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            # "… and that he had written", "planned to fight X and to counter Y": still what is reported
            end = t.left_edge.i - 1
            while end > lo and (doc[end].dep_ == "cc" or doc[end].is_punct):
                end -= 1
            return end
    return hi


def _clause_without(head, cue, subj, text: str, index: "_Index") -> list[tuple[int, int]]:
    """The clause around a parenthetical cue ("…, the expert believes, …"), without the cue and its
    subject (a clause the parse hung on the cue, "Though X, he said, Y", stays in the content)."""
    doc = head.doc
    lo, hi = min(head.left_edge.i, cue.left_edge.i), max(head.right_edge.i, cue.right_edge.i)
    ex_lo, ex_hi = min(cue.i, subj.left_edge.i), max(cue.i, subj.right_edge.i)
    joined = next((c for c in cue.rights if c.dep_ == "cc"), None)
    if joined is not None and hi == cue.right_edge.i and head.i < cue.i:
        hi = joined.i - 1  # "“…,” Marta said, but Jonas was asleep": the narration goes on after the cue
    for c in cue.rights:  # "…, the mayor said on Tuesday, …": when and where it was said is not what
        if c.dep_ in ("npadvmod", "advmod", "prep", "prt") and c.left_edge.i == ex_hi + 1 and c.right_edge.i < head.i:
            ex_hi = c.right_edge.i
    pieces = []
    for a, b in ((lo, ex_lo - 1), (ex_hi + 1, hi)):
        if b >= a:
            span = _span_of(list(doc[a:b + 1]), text)
            span = index.clip(span, cue.idx) if span else None
            if span is not None and span[1] - span[0] >= 8:
                pieces.append(span)
    return pieces


def _valid_subject(cue, subj, index: "_Index"):
    """A subject in another paragraph is a parse across a heading: take the words before the cue."""
    if subj is None:
        return None
    if index.same_paragraph(subj.idx, cue.idx):
        return subj
    doc = cue.doc
    j = cue.i - 1
    while j >= 0 and doc[j].is_punct and doc[j].text in ")":
        j -= 1
    if j >= 0 and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and index.same_paragraph(doc[j].idx, cue.idx):
        return doc[j]
    return None


def _subject_of_inverted(tok):
    subj = min((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
               key=lambda c: abs(c.i - tok.i), default=None)  # "The museum, the mayor said, …": the nearest
    if subj is not None and subj.dep_ == "nsubjpass":
        return None  # "…, it was argued, …": nobody named
    if subj is None and tok.tag_ != "VBG":  # "telling supporters “…”": whom a participle addresses, never its subject
        subj = next((c for c in tok.rights if c.dep_ in ("dobj", "npadvmod", "attr") and c.pos_ in ("PROPN", "NOUN")
                     and not any(g.dep_ == "xcomp" for g in tok.children)), None)
    return subj


_CLAUSE_OPENERS = frozenset("that whether if how what why when where who".split())


def _fallback_clause(tok, index: "_Index"):
    """"Trump said during a rally that …", "difficult to say how much …": a clause the parse lost."""
    doc = tok.doc
    sent_end = index.sent_of(tok.idx)[3]
    told = next((c for c in tok.rights if c.dep_ == "dobj" and _is_agent(c)), None)
    if told is not None and told.right_edge.i + 1 < sent_end:
        t = doc[told.right_edge.i + 1]  # "told reporters she was “not there yet”": the clause hung elsewhere
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX"):
            return [t]
    for t in doc[tok.i + 1:min(tok.i + 8, sent_end)]:
        if t.lower_ in _CLAUSE_OPENERS and (t.i == tok.i + 1 or t.lower_ == "that"):
            if t.tag_ == "WDT" and t.head.dep_ == "relcl" and (
                    t.dep_ == "dobj" and t.head.head.dep_ == "dobj" and tok.i < t.head.head.i
                    or not any(c.dep_ in _SUBJ and c.i != t.i for c in t.head.children)):
                break  # "Oregon and Idaho, states that vote next month", "emphasize positions that women
                # embrace": a relative clause on a noun (its "that" a subject or object), not what was said
            if t.lower_ in ("when", "where", "if") and t.i + 1 < sent_end and doc[t.i + 1].tag_ in ("VBN", "VBG"):
                break  # "said when asked": when it was said, not what
            return [t]
        if t.is_punct:
            break
    return []


def _longer_side(doc, text: str, before: tuple[int, int], after: tuple[int, int]) -> tuple[int, int] | None:
    """The content of a sentence-level cue ("according to X", "in his opinion"): the longer of
    the token ranges before and after it, when it has at least 8 characters."""
    a, b = doc[after[0]:after[1]], doc[before[0]:before[1]]
    span = _span_of(list(a if len(a) >= len(b) else b), text)
    return span if span is not None and span[1] - span[0] >= 8 else None


def _writers_gloss_after_quote(verb, src):
    """"According to Ruiz, “…,” presumably meaning …": a participle clause with no subject of its own after the
    quote closes is the writer explaining the quote, not part of it (its first token, or None)."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > src.i and not any(g.dep_ in _SUBJ for g in c.children) \
                and any(t.text in "”\"’" for t in verb.doc[src.i:c.left_edge.i]):
            return c.doc[c.left_edge.i]
    return None


def _according_to(tok, text: str, index: "_Index") -> _Draft | None:
    to = tok.doc[tok.i + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None) or tok.doc[tok.i + 2]
    if src.pos_ not in ("PROPN", "NOUN", "PRON") and not (  # "according to the RealClearPolitics average"
            src.dep_ == "pobj" and src.pos_ == "ADJ" and any(c.dep_ == "det" for c in src.children)):
        return None
    _, _, s_start, s_end = index.sent_of(tok.idx)
    before = [t for t in tok.doc[s_start:tok.i] if not t.is_punct]
    if len(before) >= 4:  # "Inflation eased to 2 percent, according to X, bolstering …": the clause before
        span = _span_of(list(tok.doc[s_start:tok.i]), text)
    else:  # "According to X, …"
        end = src.right_edge.i
        if end >= s_end - 2:  # "According to X, the move reeks of fear": the parse took the clause into X
            end = max((t.i for t in tok.doc[src.i + 1:end] if t.text == ","), default=end)
        span = _longer_side(tok.doc, text, (s_start, tok.i), (end + 1, s_end))
        gloss = _writers_gloss_after_quote(tok.head, src)
        if span is not None and gloss is not None and span[0] < gloss.idx < span[1]:
            span = _trim(text, span[0], gloss.idx, _STRIP + "”\"’")
    span = index.clip(span, tok.idx) if span else None  # a sentence the parse ran across paragraphs
    if span is None or span[1] - span[0] < 8:
        return None
    mention = _mention_span(src)
    if mention[1] > span[0] and mention[0] < span[0]:  # "According to the transcript, Mayor Brandt asked":
        last = next(t for t in reversed(tok.doc[src.i:index.tokens_in(span[0], span[1])[0].i]) if not t.is_punct)
        mention = (mention[0], last.idx + len(last.text))  # the parse took the next clause's subject as apposition
    return _Draft("indirect", [span], tok, mention, extra={"cue": "according to",
                                                                       "cue_end": to.idx + len(to.text)})


POLL_NOUNS = lexicon.words("poll_nouns.txt")
_WISHES = frozenset({"want", "hope"})


def _in_poll(tok, text: str, index: "_Index") -> _Draft | None:
    """"In the latest Fox poll, she led by 8 points": a particular poll is the source of the clause it
    qualifies (the clause of the verb "in" belongs to); "leads in the polls", "trails in national
    polls" or "in several recent state surveys" name no one poll, so no source."""
    prep, verb = tok.head, tok.head.head
    if tok.tag_ in ("NNS", "NNPS") or not any(c.dep_ in ("amod", "compound", "poss", "nummod", "nmod") for c in tok.children):
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i
    pieces = [p for p in ((lo, prep.left_edge.i - 1), (tok.right_edge.i + 1, hi)) if p[1] >= p[0]]
    spans = [_span_of(list(tok.doc[a:b + 1]), text) for a, b in pieces]
    spans = [index.clip(sp, tok.idx) for sp in spans if sp]
    spans = [sp for sp in spans if sp and sp[1] - sp[0] >= 8]
    if not spans:
        return None
    a, b = _mention_span(tok)  # not "…poll, Clinton": a name after the comma is the clause's subject
    return _Draft("indirect", spans, prep, (a, min(b, tok.right_edge.idx + len(tok.right_edge.text))))


def _in_opinion(tok, text: str, index: "_Index") -> _Draft | None:
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        poss = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if poss is None:
        return None
    if any(c.dep_ in ("amod", "conj") and c.lower_ != "own" or c.dep_ == "prep" and c.lower_ == "of" and c.i > poss.i
           for c in tok.children):
        return None  # "in Christie's blank stare and robotic words of introduction": no frame of his view
    _, _, s_start, s_end = index.sent_of(tok.idx)
    prep = tok.head
    if any(a.lemma_.lower() in ASKING_VERBS for a in prep.ancestors):
        return None  # "Asked who leads the party in his view, he said Ryan": part of the question
    s_start, s_end = _own_clause_range(tok.doc, index, prep.i, tok.right_edge.i, s_start, s_end)
    span = _longer_side(tok.doc, text, (s_start, prep.i), (tok.right_edge.i + 1, s_end))
    if span is None:
        return None
    if any(t.dep_ == "ROOT" and _is_cue_verb(t) and t.idx > prep.idx and _subject(t) is not None
           for t in index.tokens_in(*span)):
        return None  # "In his view, the party is lost, Ruiz said": the frame is part of what Ruiz said
    return _Draft("indirect", [span], tok, _mention_span(poss),
                  extra={"cue": f"in {poss.text} {tok.text}", "cue_start": prep.idx})


def _own_clause_range(doc, index: "_Index", lo: int, hi: int, s_start: int, s_end: int) -> tuple[int, int]:
    """"“He lost his nerve,” in Ana's words ¶ Others saw it too": a phrase like "in X's words" belongs to
    its own clause; the token range around it stops at a paragraph break, a semicolon or a sentence end
    (the sentence splitter does not always)."""
    def ends(t) -> bool:
        return t.text in (".", "!", "?", ";") or "\n" in t.whitespace_ + t.text \
            or not index.same_paragraph(t.idx, doc[lo].idx)
    start = next((t.i + 1 for t in reversed(doc[s_start:lo]) if ends(t)), s_start)
    end = next((t.i for t in doc[hi + 1:s_end] if ends(t) or "\n" in doc[t.i - 1].whitespace_), s_end)
    return start, end


def _cue_noun(tok, text: str) -> _Draft | None:
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        about = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "on", "regarding")), None)
        clause = about
    if clause is None:
        return None
    subj = _subject(verb)
    if subj is None:
        return None
    span = _clause_span(clause, text)
    if span is None or span[1] - span[0] < 8:
        return None
    return _Draft("indirect", [span], verb, _mention_span(subj),
                  extra={"cue": f"{verb.text} {tok.text}", "cue_end": tok.idx + len(tok.text)})


# ---------------------------------------------------------------------------- direct quotes

CHARACTERISING_VERBS = lexicon.words("characterising_verbs.txt")


PHRASE_NOUNS = lexicon.words("phrase_nouns.txt")
PHRASE_USE_VERBS = lexicon.words("phrase_use_verbs.txt")


def _phrase_used(index: "_Index", a: int, b: int) -> _Draft | None:
    """"Quill has used the phrase “a tax on the poor”": the quoted words are the user's own (a direct
    quote of the subject of "used"), as PolNeAR annotates them."""
    before = [t for t in index.tokens_in(max(0, a - 60), a) if not t.is_space and t.text not in "“\"«„‘',"]
    if len(before) < 2 or before[-1].lower_ not in PHRASE_NOUNS:
        return None
    noun = before[-1]
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None and len(before) >= 3 and before[-2].pos_ == "DET" and before[-3].pos_ == "VERB":
        verb = before[-3]
    if verb is None or verb.pos_ != "VERB" or _cue_lemma(verb) not in PHRASE_USE_VERBS \
            and verb.lemma_.lower() not in PHRASE_USE_VERBS or _withheld(verb) \
            or any(c.lower_ == "never" for c in verb.children):
        return None  # "slammed her for not using the term “…”": a phrase not used
    subj = _subject(verb, max_up=1)
    if subj is None or subj.i > verb.i or not _is_agent(subj) or not index.same_paragraph(subj.idx, a):
        return None
    cue_end = noun.idx + len(noun.text)
    return _Draft("direct", [(a, b)], verb, _mention_span(subj), quoted_chars=b - a,
                  extra={"cue": index.text[verb.idx:cue_end], "cue_end": cue_end})


def _narrators_inference(d: _Draft, text: str) -> bool:
    """"That suggests a lack of confidence …", "This shows how …": a bare "that" or "this" taking the fact
    just told as evidence is the writer drawing a conclusion, nobody's statement."""
    if d.speaker_span is None or d.cue_token is None or d.kind == "direct":
        return False
    return text[d.speaker_span[0]:d.speaker_span[1]].lower() in ("that", "this") and _cue_lemma(d.cue_token) in EVIDENCE_VERBS


def _narrators_aside(d: _Draft, index: "_Index") -> bool:
    """"the party as we now know it", "what we call “infrastructure”": "we" in the writer's own words, in a
    clause hung on the sentence, is the writer and the reader knowing or naming something, nobody's
    statement ("as you pointed out, Laura" is someone addressed, who did speak)."""
    cue = d.cue_token
    if cue is None or cue.dep_ not in ("advcl", "pcomp", "relcl") \
            or _cue_lemma(cue) not in COGNITION_CUES and _cue_lemma(cue) != "call":
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ == "we" \
        and not _inside_open_quote(index.text, index.paragraph_of(cue.idx)[0], cue.idx)


def _reduced_relative(verb) -> bool:
    """"The candidate labeled “…” continues to lead": a past participle the parse took for the main verb,
    betrayed by a second finite verb joined to it with no "and" or comma: the noun is described, it says
    nothing."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i and c.tag_ in ("VBZ", "VBD", "VBP") \
                and not any(t.dep_ == "nsubj" and t.pos_ not in ("VERB", "AUX") for t in c.children):
            gap = verb.doc[c.i - 1]
            return gap.lower_ not in (",", ";", "and", "but", "or", "then")
    return False


def _partial_quote_host(index: "_Index", a: int, b: int) -> _Draft | None:
    """Clinton called the plan “a disaster”: the clause that carries a short quote, as reported speech."""
    toks = index.tokens_in(a, b)
    if not len(toks):
        return None
    verb = _host_verb(toks[0])
    if verb is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
            and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "she's seen as ‘part of the people in power’": how others see her, nobody named
    if verb is None or verb.idx >= a or _title_case(index.text[a:b]) \
            or _cue_lemma(verb) not in _SPEECH_VERBS | CHARACTERISING_VERBS and not _labels_as(toks[0], verb):
        return None  # "he bought a “philanthropub”": a narrated act, not a statement
    if _withheld(verb):
        return None  # "would not comment on an order “to protect privacy”": nothing said
    if _reduced_relative(verb):
        return None  # "The candidate labeled “a leader …” continues to lead": labeled by someone unnamed
    subj = _subject(verb, max_up=1)
    if subj is None or subj.i > verb.i or not _is_agent(subj) or not index.same_paragraph(subj.idx, a):
        return None
    quote_last = toks[-1].i
    right = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj") and not (
        c.left_edge.i > quote_last + 1 and c.dep_ in _ADJUNCTS)]  # "dubbed him “X” at a rally": when, not what
    if not right:
        return None
    lo, hi = right[0].left_edge.i, max(c.right_edge.i for c in right)
    hi = max(_before_coordinated_cue(verb.doc, lo, hi), index.tokens_in(a, b)[-1].i)
    hi = _before_aside(verb.doc, index.tokens_in(a, b)[-1].i, hi)
    span = _span_of(list(verb.doc[lo:hi + 1]), index.text)
    span = index.clip(span, verb.idx) if span else None
    if span is None or not (span[0] <= a and b <= span[1] + 2):
        return None
    return _Draft("indirect", [span], verb, _mention_span(subj), quoted_chars=b - a)


_ADJUNCTS = frozenset("prep npadvmod advmod advcl".split())


def _labels_as(tok, verb) -> bool:
    """"Reid kept pounding the senator as a “con artist”": a quoted label after "as" that the verb
    pins on its object is the subject's characterisation, whatever the verb (an act of speech in all
    but name); "known as “X”" has no agent and "seen as" no object before the "as", so neither is."""
    cur = tok
    while cur.head.i != cur.i and cur.i != verb.i:
        if cur.lower_ == "as" and cur.dep_ == "prep":
            break
        cur = cur.head
    else:
        return False
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.i < cur.i and c.lower_ != "as" and
               any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children if c.i < cur.i)


_HOST_PATH = frozenset("xcomp pcomp prep pobj dobj oprd acomp ccomp advcl acl relcl".split())


def _host_verb(tok):
    """The verb a partial quote hangs on: "exhorted voters to “stay home”", "lauded him for helping build
    “a new economy”" climb through verbs with no subject of their own up to the cue; a verb with its
    own subject ("the firm had bought a “x”") is a narrated act and ends the climb."""
    cur = tok
    for _ in range(8):
        if cur.pos_ == "VERB":
            if _cue_lemma(cur) in _SPEECH_VERBS | CHARACTERISING_VERBS:
                return cur
            if any(c.dep_ in _SUBJ for c in cur.children) and cur.dep_ not in ("relcl", "acl"):
                return cur  # a relative clause ("bemoaned a climate in which people “hate …”") climbs on
        if cur.head.i == cur.i or cur.dep_ not in _HOST_PATH and cur.pos_ == "VERB":
            return cur if cur.pos_ == "VERB" else _verb_parsed_as_modifier(cur)
        cur = cur.head
    return None


def _verb_parsed_as_modifier(root):
    """"Reyes’ campaign called the ruling a “travesty”": the small model can hang the past-tense cue on
    its subject as a modifier and make the quoted noun the root of a sentence with no verb of its own;
    the cue is then that modifier, a verb of speech or characterisation before the quote."""
    if root.pos_ in ("VERB", "AUX") or root.head.i != root.i:
        return None
    for subj in (c for c in root.children if c.dep_ == "nsubj"):
        for verb in subj.rights:
            if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.i < root.i \
                    and _cue_lemma(verb) in _SPEECH_VERBS | CHARACTERISING_VERBS:
                return verb
    return None


def _before_aside(doc, quote_end: int, hi: int) -> int:
    """“a strong leader,” comparing him to X / “the suburbs” — a metaphor for Y: what follows the quote
    after a comma and a participle, or after a dash, is another act or the writer's aside."""
    for t in doc[quote_end + 1:hi + 1]:
        nxt = next((n for n in doc[t.i + 1:t.i + 3] if n.text not in "”\"»’'"), None)
        dash = t.text in "—–" or t.text in ("-", "--") and t.whitespace_ and doc[t.i - 1].whitespace_
        if dash or t.text == "," and nxt is not None and (
                nxt.tag_ == "VBG" or nxt.lower_ in ("which", "who") or "appos" in (nxt.dep_, nxt.head.dep_)):
            end = t.i - 1
            while end > quote_end and doc[end].is_punct and doc[end].text not in "”\"»’'":
                end -= 1
            return end
    return hi


def _before_reported_aside(doc, text: str, lo: int, hi: int) -> int:
    """Trump said things “should be settled by June,” referring to the convention: after a quote in
    reported speech, ", referring/adding/noting …" is a second act of the speaker (its own statement)
    and " — a play on …" the writer's aside; the reported clause ends before them."""
    quote_end = next((t.i for t in doc[lo + 1:hi + 1] if t.text in "”\"" or t.tag_ == "''"), None)
    if quote_end is None:
        return hi
    for t in doc[quote_end:hi + 1]:
        nxt = doc[t.i + 1] if t.i + 1 <= hi else None
        if nxt is None:
            break
        comma = t.text == "," or t.text in "”\"" and doc[t.i - 1].text == ","
        if comma and nxt.tag_ == "VBG" and _cue_lemma(nxt) in _SPEECH_VERBS | CHARACTERISING_VERBS \
                or comma and nxt.lower_ in ("which", "who") \
                or (t.text in "—–" or comma) and (nxt.dep_ == "appos" or nxt.head.dep_ == "appos"):
            end = t.i - 1
            while end > lo and doc[end].is_punct and doc[end].text not in "”\"":
                end -= 1
            return end
    return hi


_DASH_BEFORE_NAME = re.compile(r"\s[-–—]\s")


def _dash_colon_source(text: str, lo: int, a: int):
    """HEADLINE OF A ROUND-UP - Ana Ruiz: “…”: the source after the last dash of a line that ends in
    a colon before the quote."""
    last = None
    for last in _DASH_BEFORE_NAME.finditer(text, lo, a):
        pass
    return _COLON_SOURCE.fullmatch(text, last.end(), a) if last is not None else None


def _is_statement_like(text: str, a: int, b: int, index: _Index, has_cue: bool) -> bool:
    """Not a title, a name or a scare quote: enough words, a verb, not all title case."""
    body = text[a:b]
    words = re.findall(r"[\w’'-]+", body)
    if len(words) < 3:
        return False
    toks = index.tokens_in(a, b)
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in toks)
    if _title_case(body) and not (has_cue and re.search(r"[.!?]\s*$", body) and not _after_preposition(index, a)):
        return False  # a title, even with the full stop of the sentence it ends ("he said on “Meet the Press.”")
    if has_cue:
        return len(words) >= 3 and (has_verb or len(words) >= 5)
    return has_verb and len(words) >= 4


_OPENING_MARKS = frozenset("“\"«„‘'")


def _after_preposition(index: _Index, a: int) -> bool:
    """Does a noun phrase run into the quote ("on “Meet the Voters.”", "the podcast “Here’s the Thing.”",
    "on KTVX’s “Meet the Voters.”") rather than a verb, a colon, a comma or the start of the sentence?"""
    before = [t for t in index.tokens_in(max(0, a - 40), a) if not t.is_space]
    while before and set(before[-1].text) <= _OPENING_MARKS:  # “, ", '' (two apostrophes as one mark)
        before.pop()
    return bool(before) and (before[-1].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ") or before[-1].tag_ == "POS") \
        and index.sent_of(before[-1].idx)[0] == index.sent_of(a)[0]  # "on KTVX’s “Meet the Voters.”"


def _extend_to_clause_start(d: _Draft, index: _Index) -> None:
    """Their plans send a message that a priority “is raising taxes,” Kamin said: the words before the
    quote in its sentence are what Kamin said too (a mixed quote)."""
    text = index.text
    a = d.spans[0][0]
    s_start = max(index.sent_of(a)[0], index.paragraph_of(a)[0])
    mark = a - 1
    while mark > s_start and text[mark] in QUOTE_CHARS | {_TWIN, "'"}:
        mark -= 1
    prefix = text[s_start:mark + 1]
    if prefix.rstrip().endswith(":"):
        return  # The statement read: “…”, the union wrote: the words before the colon are the writer's
    if ":" in prefix:  # One example of the problem: the agency “only requires …”: from the colon on
        s_start += prefix.rindex(":") + 1
        prefix = text[s_start:mark + 1]
    cue_sentence = index.sent_of(d.cue_token.idx)[0]
    if QUOTE_CHARS & set(prefix) or d.cue_token.idx < s_start or not prefix.strip() \
            or cue_sentence != index.sent_of(a)[0] and cue_sentence != index.sent_of(max(d.spans[-1][1] - 1, a))[0]:
        return  # (a quote of two sentences: “… was early. People …,” X said: the cue ends its last one)
    if len(re.findall(r"[\w’'-]+", prefix)) < 3 and not any(
            t.dep_ in _SUBJ and t.head.idx >= a for t in index.tokens_in(s_start, mark + 1)):
        return  # Teachers “get why …”, X said: the quote's own subject, however short, is part of it
    if any(_is_cue_verb(t) and _subject(t, max_up=1) is not None for t in index.tokens_in(s_start, mark + 1)):
        return  # Asked about it, Berg said “…,” she said: the words before are a cue of their own, not hers
    start = _trim(text, s_start, mark + 1)[0]
    d.spans[0] = (start, d.spans[0][1])
    if d.quoted_chars < 0.5 * (d.end - d.start):
        d.kind = "indirect"


def _inside_sentence(text: str, a: int, index: _Index) -> bool:
    """He dismissed the plan as “a gift to polluters”: a quote after two or more words of its sentence
    is part of that sentence (a partial quote), not a statement that stands alone."""
    s_start = max(index.sent_of(a)[0], index.paragraph_of(a)[0])
    before = text[s_start:a].rstrip().rstrip("“\"«„‘'").rstrip()
    return len(re.findall(r"\w+", before)) >= 2 and not before.endswith(":")


def _names_itself(cue) -> bool:
    """The group, which calls itself “the last line of defence”: a name it goes by, not a statement."""
    return cue is not None and _cue_lemma(cue) in NAMING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in ("itself", "themselves", "himself", "herself") for c in cue.children)


def _is_short_utterance(text: str, a: int, b: int, cue, speaker_span) -> bool:
    """“No comment,” she said: a short quote that is a whole sentence, introduced by a speech verb."""
    if cue is None or speaker_span is None or not (_cue_lemma(cue) in SPEECH_CUES or _manner_cue(cue)) \
            or len(text[a:b].split()) > 4:
        return False
    after = text[b:b + 3].lstrip("”\"»’'“")
    if not (text[a:b].rstrip()[-1:] in ",.!?…" or after[:1] == ","):
        return False
    before = text[max(0, a - 40):a].rstrip().rstrip("“\"«„‘'").rstrip()
    if cue.idx < a and text[a:b].rstrip()[-1:] in ".!?" and _introduces_next(text, cue, a):
        return True  # a man yelled “Stay there!”: the cue right before a whole short sentence
    return not before or before[-1] in ".!?:\n”\"" and cue.idx > b


def _introduces_next(text: str, cue, a: int) -> bool:
    """Is the quote at `a` the next thing the cue says: right after it, or after its own words and a
    comma or colon ("told the news agency simply, “We lost.”"), with no other verb between?"""
    between = text[cue.idx + len(cue.text):a]
    if not between.strip(" ,:“\"«„‘'\u00a0"):
        return True
    if len(between) > 60 or not between.rstrip(" “\"«„‘'\u00a0").endswith((",", ":")):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in cue.doc[cue.i + 1:cue.i + 14] if t.idx < a)


def _title_case(body: str) -> bool:
    """“War and Peace”, “Voice of America”: a title or a name, not something said."""
    caps = [w for w in re.findall(r"[\w’'-]+", body) if w[0].isalpha()]
    return bool(caps) and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in caps)


_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as is are".split())


_CUE_AFTER_QUESTION = re.compile(r"[?!]\W{0,2}[”\"»’']\s+([a-z]+)\s+(?:he\b|she\b|they\b|[A-Z])")


def _asked_after(index: "_Index", end: int) -> bool:
    """“… why not raise it?” asked Dunn: a question or exclamation closed and followed at once by a
    speech verb and its speaker is attributed after it, not by a verb before the quote."""
    m = _CUE_AFTER_QUESTION.match(index.text, max(end - 1, 0))
    verb = index.tokens_in(m.start(1), m.end(1)) if m is not None else ()
    return len(verb) > 0 and _is_quote_cue_verb(verb[0])


def _quote_attribution(region: QuoteRegion, index: _Index, regions_bounds: list[tuple[int, int]], ri: int):
    """The cue and speaker of a direct quote: the verb it depends on, else one next to it."""
    text = index.text
    a, b = region.spans[0][0], region.spans[-1][1]
    if region.attribution is not None:
        cue, subj = _cue_in(index.tokens_in(*region.attribution))
        if cue is not None:
            return cue, subj, {}
    # a token inside the quote whose head is a cue outside it
    inside = set()
    for sa, sb in region.spans:
        inside.update(index.token_range(sa, sb))
    ends_open = re.match(r"[,]?[”\"»’']?,?\s+(?:he|she|they|[A-Z])", text[region.spans[-1][1]:region.spans[-1][1] + 6]) \
        and re.search(r",\W*$", text[region.spans[-1][1] - 1:region.spans[-1][1] + 3]) or _asked_after(index, region.spans[-1][1])
    doc, heads, starts = index.doc, index.heads, index.tok_starts
    for sa, sb in region.spans:
        for i in index.token_range(sa, sb):
            # the head's position from the arrays: most words of a quote hang on a word inside it,
            # and those never need a Token
            if ends_open and starts[heads[i]] < sa:
                continue  # “…,” she said: a quote ending in a comma is attributed after it, not by a verb before
            if heads[i] in inside:
                continue
            t = doc[i]
            h = t.head
            if _is_quote_cue_verb(h) and t.dep_ in ("ccomp", "xcomp", "parataxis", "dobj", "advcl", "conj") \
                    and index.same_paragraph(h.idx, sa) and not _in_regions(regions_bounds, h.idx) \
                    and not _reduced_relative(h):
                nearer = _nearer_speech_verb(index, h, sa)
                subj = _subject(h)
                if nearer is not None:  # … footage of Berg saying, “…”; …, Quill said, noting the mayor “…”
                    own = _subject(nearer, max_up=1)
                    h, subj = nearer, own if own is not None and own.i not in inside else subj
                if subj is not None and subj.i > h.i and h.idx >= b and subj != _read_out_from(h):
                    subj = _phrase_between(h.doc, b, h, inverted=True) or subj  # “…,” Ana Ruiz said on “Fox and Friends”
                named = _name_after_titled_cue(h) if h.idx >= b else None
                subj = named if named is not None and (subj is None or subj.i < named.i) else subj
                if (subj is None or subj.i in inside) and h.idx >= b:
                    subj = _name_hung_inside_quote(doc, a, b, h) or subj
                if subj is not None and subj.i not in inside and not _in_regions(regions_bounds, subj.idx):
                    return h, subj, {}
    prev_end = regions_bounds[ri - 1][1] if ri > 0 else 0
    next_start = regions_bounds[ri + 1][0] if ri + 1 < len(regions_bounds) else len(text)
    pa, pb = index.paragraph_of(a)
    tail = text[b:min(b + 90, next_start, index.paragraph_of(b)[1])]
    m = _DASH_NAME.match(tail)
    if m:  # “…” ― Name
        return None, None, {"speaker_span": (b + m.start(2), b + m.end(2)), "cue": m.group("dash"),
                            "cue_start": b + m.start("dash"), "cue_end": b + m.end("dash")}
    m = _TRANSCRIPT_NAME.match(text, a)
    if m is None:
        m = _TURN_LABEL.match(text, a)  # “Chris Matthews: Seriously, …”
        m = m if m is not None and _person_label(index.doc, index, m.start(1), m.end(1)) else None
    if m:  # PENCE: Well, …
        return None, None, {"speaker_span": (m.start(1), m.end(1)), "cue": ":",
                            "cue_start": m.end(1), "cue_end": m.end(1) + 1, "content_start": m.end()}
    # after the quote, in the same sentence and paragraph
    close = b
    while close < len(text) and close - b < 3 and (text[close] in QUOTE_CHARS or text[close] in "'" + _TWIN):
        close += 1  # past the closing marks, one or two characters ('' in some feeds)
    s_end = index.sent_of(min(max(close + 1, b + 2), len(text) - 1))[1]
    p_end = index.paragraph_of(max(b - 1, a))[1]
    after = index.tokens_in(b, min(next_start, max(s_end, b + 1), p_end))
    last = "," if re.match(r"\s*[,;]", text[b:b + 3]) else text[a:b].rstrip()[-1:]
    words = [t for t in after if not t.is_punct]
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to" and last in ",?!":
        src = next((c for c in words[1].children if c.dep_ == "pobj"), None) or words[2]
        if src.pos_ in ("PROPN", "NOUN", "PRON"):  # “…,” according to X
            return words[0], src, {"cue": "according to", "cue_end": words[1].idx + 2}
    if words and (last != "." or words[0].is_lower or len(words) <= 4) and words[0].lower_ not in _ADVERBIAL_MARKS | {"as"}:
        cue, subj = _cue_in(after[:_speaker_window(after)], outside=(a, b))
        if cue is None and last in ",?!–—-" and words:
            cue, subj = _any_verb_with_subject(words[:7])
        if cue is None and last == "," and words:
            cue, subj = _cue_past_relative(after, (a, b))
        if cue is None and last in ",?!" and words:
            cue, subj = _cue_read_as_noun(words)
            if cue is not None:
                lead = cue.doc[cue.i - 1]  # the whole phrase before the verb speaks: "a voice-over in the ad"
                if index.same_paragraph(cue.idx, a):
                    return cue, subj, {"speaker_span": (words[0].idx, lead.idx + len(lead.text))}
        if cue is not None and index.same_paragraph(cue.idx, a) and not _reports_own_clause(cue, subj) \
                and _reported_clause_cue(index, a, b, inside) is None:  # not a fragment of the clause before it
            return cue, subj, {}
    # before the quote: "X said:" / "X said, “…”"
    s_start = index.sent_of(a)[0]
    m = _SAID_NAME.search(text, max(prev_end, pa, a - 80), a)
    if m:  # Said Ellis: “…”
        return None, None, {"speaker_span": (m.start(2), m.end(2)), "cue": m.group(1),
                            "cue_start": m.start(1), "cue_end": m.end(1)}
    lo = max(prev_end, pa, s_start)
    m = _COLON_SOURCE.fullmatch(text, lo, a) or _dash_colon_source(text, lo, a)
    if m and any(t.pos_ == "PROPN" or _is_agent(t) for t in index.tokens_in(m.start(1), m.end(1)) if not t.is_stop):
        reads = re.search(r"\s+(\w+)$", m.group(1))
        if reads is not None and reads.group(1).lower() in DOCUMENT_QUOTE_VERBS:  # Holm's message read: “…”
            return None, None, {"speaker_span": (m.start(1), m.start(1) + reads.start()), "cue": reads.group(1),
                                "cue_start": m.start(1) + reads.start(1), "cue_end": m.end(1)}
        return None, None, {"speaker_span": (m.start(1), m.end(1)), "cue": ":",  # Bush: “The mission is …”
                            "cue_start": m.end(1), "cue_end": m.end(1) + 1}
    lo = max(prev_end, s_start, pa)
    before = index.tokens_in(lo, a)
    if len(before) == 0 or (before[-1].text in "“\"«„‘" and len(before) < 2):
        ps = index.sent_of(max(s_start - 1, 0))
        if text[ps[0]:ps[1]].rstrip().rstrip("“\"«„").rstrip().endswith(":"):
            before = index.tokens_in(max(prev_end, ps[0]), a)
        elif pa > 0 and not text[pa:a].strip(" “\"«„‘") and text[:pa].rstrip().endswith(":"):
            ppa, ppb = index.paragraph_of(text[:pa].rstrip().__len__() - 1)  # "It said:" ¶ “…”
            before = index.tokens_in(max(prev_end, ppa, index.sent_of(ppb - 1)[0]), a)
    src = _according_to_right_before(before, text, a)
    if src is not None:  # "whose book, according to its publisher, “paints …”": the source's words
        return src[0], src[1], {"cue": "according to", "cue_end": src[0].idx + len("according to")}
    cue, subj = _cue_in(before, from_end=True, outside=(a, b))
    if cue is not None:
        between = text[cue.idx + len(cue.text):a]
        if between.rstrip().rstrip("“\"«„‘").rstrip().endswith((":", ",")) or len(index.tokens_in(cue.idx, a)) <= 4:
            return cue, subj, {}
    if len(before) and text[:a].rstrip().rstrip("“\"«„‘").rstrip().endswith(":"):
        issued = _issued_statement(before)
        if issued is not None:  # "Trump issued the following statement:" ¶ “…”: the statement's words are his
            return issued
        framer = _framing_subject(before)
        if framer is not None:  # "The board was blunt in its findings: “…”"
            colon = text.rindex(":", 0, a)
            return None, None, {"speaker_span": _mention_span(framer), "cue": ":", "cue_start": colon, "cue_end": colon + 1}
    words = [t for t in before if not t.is_punct]
    if words and text[:a].rstrip().rstrip("“\"«„‘").rstrip().endswith(","):
        issued = _issued_statement(words[-1:])
        if issued is not None:  # "Trump issued a statement, “…”": the statement named right before the quote
            return issued
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to" \
            and text[:a].rstrip().rstrip("“\"«„‘").rstrip().endswith(","):  # According to X, “…”
        src = next((c for c in words[1].children if c.dep_ == "pobj"), None) or words[2]
        if src.pos_ in ("PROPN", "NOUN", "PRON"):
            return words[0], src, {"cue": "according to", "cue_end": words[1].idx + 2}
    return None, None, {}


def _speaker_window(after) -> int:
    """How many tokens after a quote may hold its cue: twelve, or up to the end of a verbless apposition
    set off by commas ("“…,” Karl M. Dorsey, the mayor's former chief of staff, said")."""
    commas = [k for k, t in enumerate(after[:20]) if t.text == ","]
    first = next((k for k in commas if 1 < k < 8), None)
    second = next((k for k in commas if first is not None and k > first + 1), None)
    if second is None or any(t.pos_ in ("VERB", "AUX") for t in after[first:second]):
        return 12  # "a city employee, who spoke on condition of anonymity because she feared …, told": a clause
    return max(12, second + 3)


def _reported_clause_cue(index: "_Index", a: int, b: int, inside: set[int]):
    """"Ruiz said he'd make sand “glow in the dark,” for instance, and Cole vowed …": a short quote deep
    inside the clause a speech verb before it reports is part of that clause, never said by the next verb."""
    toks = index.tokens_in(a, b)
    words = [t for t in toks if not t.is_punct]
    if not words or words[0].text[:1].isupper() or index.sent_of(a)[0] >= a - 2:
        return None
    following = [t for t in index.tokens_in(b, min(b + 40, len(index.text))) if not t.is_punct][:3]
    if any(_is_quote_cue_verb(t) for t in following):
        return None  # “…?” said Dunn: the cue right after it
    cur = next((t for t in words if t.head.i not in inside), None)
    steps = []
    for _ in range(4):
        if cur is None or cur.head.i == cur.i:
            return None
        steps.append(cur.dep_)
        cur = cur.head
        if cur.i in inside:
            return None
        if _is_quote_cue_verb(cur):
            return cur if cur.idx < a and steps[-1] == "ccomp" and _cue_lemma(cur) in SPEECH_CUES else None
    return None


def _resumed_lead(d: "_Draft", index: "_Index") -> tuple[int, int] | None:
    """"It is time for the city to be led, she said, “not only by a strong mayor …”": a quote that opens in
    lower case right after "X said," goes on from the clause before the speaker, which is the first part
    of the same statement (its span), not a statement of its own."""
    cue, text = d.cue_token, index.text
    a = d.spans[0][0]
    if cue is None or d.speaker_span is None or cue.idx > a or not text[a:a + 1].islower():
        return None
    s_start = index.sent_of(a)[0]
    lo = min(d.speaker_span[0], cue.idx)
    if not s_start < lo or not index.same_paragraph(s_start, a):
        return None
    lead = text[s_start:lo].rstrip()
    if not lead.endswith(",") or QUOTE_CHARS & set(lead) or len(lead.split()) < 3 \
            or not re.fullmatch(r"\s*,\s*[“\"‘«']{1,2}", text[cue.idx + len(cue.text):a]):
        return None
    toks = [t for t in index.tokens_in(s_start, s_start + len(lead) - 1) if not t.is_punct]
    if not toks or toks[-1].tag_ in ("IN", "VBG", "TO", "DT", "CC", "WDT", "WP", "WRB") \
            or not any(t.tag_ in _FINITE for t in toks) \
            or not any(t.dep_ in ("nsubj", "expl") and toks[0].i <= t.head.i <= toks[-1].i for t in toks):
        return None  # "Including, he said, “…”", "In the order, …": no clause of its own before the speaker
    return _trim(text, s_start, s_start + len(lead) - 1)


def _said_by_nobody(cue) -> bool:
    """An infinitive cue with no subject anywhere ("it seems unfair to tell them: “…”", "it is tempting
    to say: “…”"): the writer imagines the words; they are no one's statement, not the last speaker's."""
    if cue.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) \
            or _name_before(cue) is not None:
        return False
    subj = _subject(cue)
    return subj is None or subj.lower_ == "it" and subj.head.i != cue.i


def _according_to_right_before(before, text: str, a: int):
    """"The law, according to its sponsors, “will protect …”": an "according to X," phrase that ends
    right where a quote opens inside its sentence attributes the quote; (according, source) or None."""
    words = list(before)
    for k in range(len(words) - 2, -1, -1):
        t = words[k]
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            if not re.fullmatch(r"[^,;:“”\"«»„.!?]*,\s*[“\"«„]?", text[t.idx:a]) or k < 1:
                return None
            src = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            return (t, src) if src is not None and src.pos_ in ("PROPN", "NOUN") and src.idx < a else None
    return None


def _issued_statement(tokens):
    """"X issued the following statement:", "the campaign released a message:": a verb whose object is a
    statement, with its subject; (verb, subject, {}) or None."""
    for t in reversed(list(tokens)):
        if t.dep_ == "dobj" and t.lemma_.lower() in SPEECH_ACT_NOUNS and t.head.pos_ == "VERB":
            subj = _subject(t.head)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
                return t.head, subj, {}
    return None


def _framing_subject(tokens):
    """"The board was conclusive in its findings:", "Ruiz put it bluntly:": a main clause that ends in a
    colon before a quote and has a named subject frames what that subject says next."""
    tokens = list(tokens)
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if (t.head.i == t.i or t.head.i not in inside) and t.pos_ in ("VERB", "AUX")), None)
    if root is None or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    subj = _subject(root)
    if subj is None or subj.pos_ != "PROPN" or not subj.ent_type_ or subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    return subj


def _nearer_speech_verb(index: "_Index", cue, quote_start: int):
    """"The spot ends with footage of Berg saying, “…”": a speech participle between a cue and the quote
    after it introduces the quote, whatever the parse hung the quote on ("saying anybody who complains
    “…”": a verb of the reported clause does not)."""
    if cue.idx >= quote_start:
        return None
    return next((t for t in reversed(index.tokens_in(cue.idx + 1, quote_start))
                 if t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ != "relcl" and _cue_lemma(t) in SPEECH_CUES), None)


def _in_regions(bounds: list[tuple[int, int]], pos: int) -> bool:
    """Is `pos` inside a quote? (“If she thinks that,” the narrator says, “what …”: a verb of the other
    part of the quote is the quoted speaker's word, never the cue.)"""
    i = bisect_right(bounds, (pos, len(bounds) and 1 << 62)) - 1
    return i >= 0 and bounds[i][0] <= pos < bounds[i][1]


def _reports_own_clause(cue, subj=None) -> bool:
    """He dismissed it as “wishful thinking” and said X: a cue after a quote whose own clause follows
    it reports that clause, not the quote. (“…,” said the woman, who … did not want …: a "clause" the
    parse built around the speaker's own noun is no clause of her own.)"""
    return any(c.dep_ == "ccomp" and c.i > cue.i and not (subj is not None and subj.i < c.i and c in subj.ancestors)
               for c in cue.children) and _name_after_titled_cue(cue) is None


def _phrase_between(doc, start_char: int, cue, inverted: bool = False):
    """The noun right before the cue, after the quote ("…,” Tulsa police Chief Chuck Jordan said); before an
    `inverted` cue ("“…” about the decision, said X") not a noun of a prepositional phrase."""
    depth = 0
    for t in reversed(doc[:cue.i]):
        if t.idx < start_char:
            break
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth = max(depth - 1, 0)
        elif inverted and not depth and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != cue.i \
                and t.head.pos_ in ("VERB", "AUX") and start_char <= t.head.idx < cue.idx:
            return None  # "a “market that is a tinderbox” and traders get nervous, said X": a clause's subject
        elif inverted and not depth and t.dep_ in ("dobj", "attr", "dative") and t.head.i != cue.i \
                and t.head.pos_ == "VERB" and start_char <= t.head.idx < cue.idx:
            return None  # "“no choice” but to take the lead in ads, says X": the object of the quote's own clause
        elif not depth and t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in ("DATE", "TIME") \
                and not (inverted and "pobj" in (t.dep_, t.head.dep_)):  # "“…” about the decision, said X"
            left = t.left_edge.i
            if not t.ent_type_ and left >= 2 and doc[left - 1].text == "," and doc[left - 2].pos_ == "PROPN" \
                    and doc[left - 2].idx >= start_char:
                return doc[left - 2]  # "Flynn, a top party surrogate, said": the name the description is about
            return t
    return None


def _clause_subject_before(cue):
    """"Quill seemed ready to riff on it, telling the crowd, “…”" with the participle hung on the quote:
    the speaker is the subject of the clause the participle follows."""
    for t in reversed(cue.doc[cue.sent.start:cue.i]):
        if t.dep_ == "nsubj" and t.head.i < cue.i and _is_agent(t):
            return t
    return None


def _name_right_before(cue):
    """"…, Rep. Ana Ruiz (D-Calif.) said “…”" where the parse hung the name elsewhere: a person or
    organisation named right before the cue (a bracketed aside skipped) is who speaks."""
    doc, j = cue.doc, cue.i - 1
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(" and cue.i - j < 12:
            j -= 1
        j -= 1
    if j >= 0 and doc[j].ent_type_ in ("PERSON", "ORG") and not doc[j].is_punct:
        return doc[j]
    return None


def _head_of_relative_before(cue):
    """"A city official who spoke anonymously to discuss strategy said, “…”" with the noun hung
    elsewhere: the person or body a relative clause ending right before the cue describes speaks."""
    if cue.i == 0:
        return None
    for t in (cue.doc[cue.i - 1], *cue.doc[cue.i - 1].ancestors):
        if t.i >= cue.i:
            break
        if t.dep_ == "relcl":
            return t.head if t.head.i < t.i and _is_agent(t.head) else None
    return None


def _name_after_titled_cue(cue):
    """“…,” said committee ranking Democrat Ana Ruiz / acting Director Tom Berg: a title with a participle
    in it ("ranking", "acting", "outgoing"), which the parse reads as a verb, and the name that ends it
    before any punctuation or preposition: the name's last word is who speaks."""
    words = []
    for t in cue.doc[cue.i + 1:cue.i + 9]:
        if t.is_punct or t.pos_ in ("ADP", "PART", "CCONJ", "SCONJ", "AUX", "PRON") or t.pos_ == "VERB" and t.tag_ != "VBG":
            break
        words.append(t)
    if len(words) > 1 and words[-1].pos_ == "PROPN" and words[-1].ent_type_ not in ("GPE", "LOC", "DATE", "TIME") \
            and any(t.tag_ == "VBG" for t in words[:-1]):
        return words[-1]
    return None


_RELATIVE_PRONOUNS = frozenset("who whom which that".split())


def _noun_right_after(cue):
    """“…,” said the woman, who …: the noun phrase right after an inverted cue that the parse hung
    elsewhere (here on the relative clause's verb) is who speaks; its last word is returned."""
    found = None
    for t in cue.doc[cue.i + 1:cue.i + 6]:
        if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME"):
            found = t
        elif found is not None or t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"):
            break
    return found


def _aside_to_reader(t) -> bool:
    """"(think Eleanor Roosevelt)": a verb opening a bracket with no subject before it speaks to the reader;
    nobody named after it is speaking."""
    return t.i > 0 and t.doc[t.i - 1].text in "([" and not any(c.dep_ in _SUBJ and c.i < t.i for c in t.children)


def _cue_past_relative(after, outside):
    """“…,” an intelligence source, who was not authorized to speak on the record, told Fox News.: a
    relative clause set off by commas after the speaker can push the cue past the words searched; the
    cue is the first one after that clause, its subject the speaker before it."""
    toks = list(after)[:30]
    rel = next((t for t in toks[:8] if t.lower_ in _RELATIVE_PRONOUNS and t.i > 0 and t.doc[t.i - 1].text == ","), None)
    if rel is None or rel.head.dep_ != "relcl" or rel.head.head.i >= rel.i:
        return None, None
    speaker, end = rel.head.head, rel.head.right_edge.i
    if end + 1 >= len(rel.doc) or rel.doc[end + 1].text != ",":
        return None, None
    rest = [t for t in toks if t.i > end + 1][:3]
    cue = next((t for t in rest if _is_quote_cue_verb(t)), None)
    if cue is None or speaker.pos_ not in ("NOUN", "PROPN") or not _is_agent(speaker):
        return None, None
    return cue, speaker


def _cue_read_as_noun(words):
    """“…,” a voice-over in the ad states.: a speech verb ending the sentence right after a quote, which
    the parse took for a plural noun ("the ad states"); the words before it, a noun phrase, speak."""
    if not 2 <= len(words) <= 9:
        return None, None
    cue = words[-1]
    if cue.pos_ not in ("NOUN", "PROPN") or not cue.lower_.endswith("s") or cue.text[:1].isupper() \
            or _verb_forms().get(cue.lower_) not in _SPEECH_VERBS or words[-2].pos_ not in ("NOUN", "PROPN", "ADJ") \
            or words[0].pos_ not in ("DET", "PROPN", "ADJ", "NOUN") or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None, None
    following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if following is not None and following.text not in (".", "!"):
        return None, None
    head = None
    for t in words[:-1]:
        if t.pos_ == "ADP":
            break
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
    return (cue, head) if head is not None else (None, None)


def _any_verb_with_subject(tokens):
    """“…,” the letter reads: right after a quote that runs on, any verb with a subject attributes it."""
    for t in tokens:
        if t.pos_ == "VERB" and not _aside_to_reader(t):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and _is_agent(subj) and subj.tag_ not in _WH_TAGS:
                return t, subj  # not “… all the way through California,” which votes June 7: a relative clause
    return None, None


QUOTE_ONLY_CUES = lexicon.words("quote_only_cues.txt")


def _only_introduces(t, outside: tuple[int, int] | None) -> bool:
    """"“…?” Hannity pressed", "Potts echoed: “…”": a verb of `QUOTE_ONLY_CUES` right after the quote,
    or right before it with nothing but a colon between ("exhorted voters to “stay home”" is a partial
    quote of the clause, left to the other rules)."""
    if outside is None or t.pos_ != "VERB" or _cue_lemma(t) not in QUOTE_ONLY_CUES:
        return False
    return t.idx >= outside[1] or not doc_arrays(t.doc).text[t.idx + len(t.text):outside[0]].strip(" \t\n:“\"‘'«„")


def _cue_in(tokens, from_end: bool = False, outside: tuple[int, int] | None = None):
    """The first cue verb among tokens with a subject outside the quote (`outside`: its char span)."""
    seq = list(tokens)
    if from_end:
        seq.reverse()
    for t in seq:
        if outside is not None and t.idx >= outside[1] and t.dep_ == "relcl" \
                and any(c.dep_ in _SUBJ and c.lower_ in _RELATIVE_PRONOUNS for c in t.children):
            continue  # “…,” said the woman, who like many here …: a relative clause describes her, it quotes nothing
        if _aside_to_reader(t):
            continue
        if _is_quote_cue_verb(t) or _only_introduces(t, outside):
            subj = _subject(t, max_up=3 if t.tag_ == "VBG" else 1)
            if subj is not None and outside is not None and outside[0] <= subj.idx < outside[1]:
                subj = _name_hung_inside_quote(t.doc, *outside, t) if t.idx >= outside[1] else None
            if outside is not None and t.idx > outside[1] and (subj is None or subj.i > t.i) \
                    and (subj is None or subj != _read_out_from(t)):
                # “…,” Tulsa police Chief Chuck Jordan said; “…,” Ana Ruiz said on “Fox and Friends”: a noun
                # between the quote and the cue is the speaker, not a subject the parse found after the cue
                subj = _phrase_between(t.doc, outside[1], t, inverted=subj is not None) or subj
            if subj is None:
                subj = _subject_of_inverted(t)
                if subj is not None and (outside is not None and outside[0] <= subj.idx < outside[1]
                                         or subj.ent_type_ in ("DATE", "TIME")):
                    subj = None
            if subj is None and t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.pos_ == "PROPN":
                subj = t.head  # Said Ellis: “…”
            if subj is None and outside is not None and t.idx < outside[0]:
                subj = _name_right_before(t) or _head_of_relative_before(t)
            if subj is None and outside is not None and t.idx < outside[0] and t.tag_ == "VBG":
                subj = _clause_subject_before(t)
            if subj is None and outside is not None and t.idx >= outside[1]:
                subj = next((r for r in t.rights if r.pos_ in ("PROPN", "NOUN")
                             and r.ent_type_ not in ("DATE", "TIME")), None) or _noun_right_after(t)
            if outside is not None and t.idx >= outside[1]:
                named = _name_after_titled_cue(t)
                subj = named if named is not None and (subj is None or subj.i < named.i) else subj
            if subj is not None:
                return t, subj
    return None, None


# ---------------------------------------------------------------------------- assembling

def _headline_end(text: str) -> int:
    """End of the first line when it reads as a headline: title case or no final punctuation."""
    first = text.find("\n")
    if not (0 < first < 300 and text[first:].strip()):
        return 0
    line = text[:first].strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    caps = sum(w[0].isupper() for w in words)
    if re.search(r"[.!?…][\"”“»’')]*$", line):  # a sentence, unless nearly every word is capitalised
        return first if words and caps >= 0.85 * len(words) else 0
    return first if words and caps >= 0.6 * len(words) or not re.search(r"[\"”“»’']$", line) else 0


def _is_heading(text: str, para: tuple[int, int]) -> bool:
    """A short line without final punctuation: a title or section heading, never a statement."""
    line = text[para[0]:para[1]].strip()
    return len(line) < 200 and not re.search(r"[.!?…\"“”»:;,)']$", line) and not QUOTE_CHARS & set(line) \
        and "''" not in line


def _join_resumed(drafts: list[_Draft], text: str, index: "_Index") -> list[_Draft]:
    """“A,” he said, “b …” — a quote resumed right after its attribution is one statement; after
    a full stop (“A,” he said. “B.”) B is a statement of its own, by the same speaker with the same cue."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and not prev.weak and prev.cue_token is None and not d.weak and d.cue_token is not None \
                and prev.end <= d.cue_token.idx < d.start and index.same_paragraph(prev.start, d.start) \
                and _resumes(text, prev, d):  # “A,” he told the host, “b”, the cue found from the second part only
            prev.cue_token, prev.speaker_span, prev.inherits = d.cue_token, d.speaker_span, False
            prev.extra = {k: v for k, v in d.extra.items() if k.startswith("cue")}
            prev.spans = prev.spans + list(d.spans)
            prev.quoted_chars += d.quoted_chars
            continue
        if prev is not None and not prev.weak and prev.cue_token is not None \
                and (d.cue_token is None or d.cue_token.i == prev.cue_token.i) \
                and prev.end <= prev.cue_token.idx < d.start and index.same_paragraph(prev.start, d.start):
            opener = text[max(0, d.start - 3):d.start].strip().replace("''", '"')
            gap = text[prev.end:d.start]
            if text[prev.end - 1:prev.end] == "." or gap.lstrip("”\"»’' ")[:1] == ".":
                out.append(d)  # “A.” To which she said, “B.”: the cue introduces B, not a broken A
                continue
            if opener[-1:] in "“\"«„" and not d.weak and re.search(r"[.!?]\s*(?:[“\"«„]|'')$", gap) \
                    and text[d.end:d.end + 1] in "”\"»'":  # closed where it ends, not by a stray mark
                d.cue_token, d.speaker_span, d.inherits = prev.cue_token, prev.speaker_span, False
                d.extra = {k: v for k, v in prev.extra.items() if k.startswith("cue")}
                out.append(d)  # “A,” he said. “B.”: B is a sentence of its own, said by the same speaker
                continue
            other = _other_cue_between(index, prev, d)
            if opener[-1:] in "“\"«„" and other is not None and not d.weak:
                d.cue_token, d.speaker_span, d.inherits, d.extra = other, prev.speaker_span, False, {}
                out.append(d)  # “A,” she sang before asking, “B?”: B has a cue of its own
                continue
            if opener[-1:] in "“\"«„" and len(gap) < 120 and re.search(r"[.,:;!?]\s*(?:[“\"«„]|'')$", gap) \
                    and not _sentence_break(gap):  # not “A,” X wrote. Said Y: “B”
                prev.spans = prev.spans + list(d.spans)
                prev.quoted_chars += d.quoted_chars
                continue
        out.append(d)
    return out


_BREAK = re.compile(r"(\w*)[.!?][”\"»’']?(?=\s+\w)")


_ABBREVIATED_TITLES = frozenset(a.rstrip(".").lower() for a, _ in lexicon.table("title_abbreviations.tsv")) \
    | lexicon.words("honorifics.txt")


def _sentence_break(gap: str) -> bool:
    """A sentence ends inside the words between two quotes; not the full stop of a title or an initial
    (“A,” Mr. Ruiz said, “b”; “A,” said Sen. J. Quill, “b”)."""
    return any(not (gap[m.end(1)] == "." and (m.group(1).lower() in _ABBREVIATED_TITLES
                                               or len(m.group(1)) == 1 and m.group(1).isupper()))
               for m in _BREAK.finditer(gap))


def _resumes(text: str, prev: _Draft, d: _Draft) -> bool:
    """“A,” he said, “b”: the second part reopens after a comma, within one sentence of attribution."""
    opener = text[max(0, d.start - 3):d.start].strip().replace("''", '"')
    gap = text[prev.end:d.start]
    return opener[-1:] in "“\"«„" and len(gap) < 120 and gap.lstrip("”\"»’' ")[:1] == "," \
        and re.search(r"[,:]\s*(?:[“\"«„]|'')$", gap) is not None and not _sentence_break(gap) \
        and text[d.start:d.start + 1].islower()


def _other_cue_between(index: "_Index", prev: _Draft, d: _Draft):
    """“A,” she said, adding, “B”: a second speech verb between two quotes of one speaker introduces
    the second quote (its own statement, its own cue), so the two are not joined into one."""
    for t in index.tokens_in(prev.end, d.start):
        if t.i != prev.cue_token.i and t.pos_ == "VERB" and _cue_lemma(t) in SPEECH_CUES:
            return t
    return None


HEADLINE_LABELS = lexicon.words("headline_labels.txt")
"""First words of a headline "Label: …" that name a kind of article, never a source (Exclusive, Video, …)."""

_PROGRAMME_LABELS = lexicon.words("programme_labels.txt")  # "Morning Radio Daily:": a programme, not a source
_HEADLINE_SOURCE = re.compile(
    r"^\s*(?:[A-Z][A-Z ]{2,20}\s*[–—-]\s*)?"  # "EXCLUSIVE – Roger Stone: …"
    r"(?P<src>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
    r"(?:\s+(?:on|to|at)\s+[^:“\"]{1,60})?"  # "Obama to Asians: …", "CNN President On Trump: …"
    r"\s*:\s+(?P<body>[^:\n]{12,}?)[\s.]*$")


def _headline_statements(doc, index: "_Index", hl: int) -> list[_Draft]:
    """A headline that attributes its words: "Ana Sousa: Tax Cuts Are Coming" (source, colon, content).
    The source must read as a name (a proper noun or an entity), not a label such as "Exclusive:"."""
    text = index.text
    m = _HEADLINE_SOURCE.match(text[:hl])
    if m is None:
        return []
    sa, sb = m.span("src")
    words = m.group("src").lower().split()
    if " ".join(words) in HEADLINE_LABELS or words[0] in HEADLINE_LABELS \
            or len(words) > 2 and " ".join(words[-2:]) in HEADLINE_LABELS \
            or len(words) > 1 and words[-1] in _PROGRAMME_LABELS:  # "Morning Radio Daily:": a programme's name
        return []  # "Exclusive:", "Monday’s Morning Email:": a kind of article, not a source
    src = list(index.tokens_in(sa, sb))
    if not src or not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.pos_ == "PROPN"
                          or t.lower_ in POLL_NOUNS for t in src):
        return []
    if not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in src) and any(
            t.pos_ not in ("PROPN", "PUNCT") and t.lower_ not in POLL_NOUNS for t in src):
        return []  # "The Ninth Circle:", "Big Win For Bernie:", "Delegate Update:": a column's or a story's name
    ba, bb = _trim(text, m.start("body"), m.end("body"), _STRIP + ".")
    if len(re.findall(r"\w+", text[ba:bb])) < 3:
        return []
    first = _headline_subject(src)
    if first is not None:
        sb = first.idx + len(first.text)
    colon = next((t for t in index.tokens_in(sb, ba) if t.text == ":"), None)
    d = _Draft("indirect", [(ba, bb)], colon, (sa, sb), extra={"headline": True})
    d.quoted_chars = sum(1 for ch in text[ba:bb] if ch in QUOTE_CHARS)
    return [d]


def _headline_subject(src):
    """"Ana Sousa Endorses Rui Lobo: …": a name, a title-case word outside every name and another
    name is subject, verb and object; the subject speaks. The subject's last token, or None. A
    subject the recogniser missed needs a verb in the headline's third person ("Endorses", "Slams"),
    not a title ("Press Secretary Jo Lund")."""
    if not src:
        return None
    end = 0
    if src[0].ent_type_ in ("PERSON", "ORG") and src[0].ent_iob_ == "B" \
            and not all(t.ent_iob_ == "I" for t in src[1:]):  # one name, or "A Slams B" read as one
        while end + 1 < len(src) and src[end + 1].ent_iob_ == "I":
            end += 1
        rest = src[end + 1:]
        if len(rest) >= 2 and not rest[0].ent_type_ and rest[0].is_alpha and rest[0].text[:1].isupper() \
                and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in rest[1:]):
            return src[end]
        return None
    for k in range(2, len(src) - 1):
        v = src[k]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in src[:k]):
            return None
        if v.is_alpha and v.text[:1].isupper() and v.lower_.endswith("s") and not v.lower_.endswith("ss") \
                and v.lower_ not in _TITLE_OR_ROLE_WORDS and any(t.ent_type_ in ("PERSON", "ORG") for t in src[k + 1:]) \
                and src[k + 1].pos_ == "PROPN":
            return src[k - 1]
    return None


_TITLE_OR_ROLE_WORDS = lexicon.words("title_words.txt") | lexicon.words("role_nouns.txt")

_LABEL_PREFIX = re.compile(r"\s*([^:\n]{2,30}?)\s*:\s*")


_ADDRESSES_ONLY = re.compile(r"(?:\b(?:and|or)\b|[@#][\w.]+|https?://\S+|www\.\S+|pic\.twitter\.com/\S*|[\s.,;:!?()\[\]])*")


def _says_something(d: _Draft, text: str) -> bool:
    """"He tweets @jdoe", "posted https://…": a handle, hashtag or link alone is where someone speaks,
    not anything said."""
    if d.kind != "direct" and len(d.spans) == 1 and _POINTER_ONLY.fullmatch(text, *d.spans[0]) \
            and text[d.spans[0][1]:d.spans[0][1] + 2].lstrip(" ").startswith(":"):
        return False  # "tweeting the following:": a pointer to the words set out after it
    return not all(_ADDRESSES_ONLY.fullmatch(text, a, b) for a, b in d.spans)


_POINTER_ONLY = re.compile(r"\s*(?:the following|this|these words|as follows)\s*", re.I)


def _without_label(d: _Draft, text: str) -> bool:
    """"The Latest: X declares ‘revolution,’ ignores losses": an article-type label and its colon are
    never part of what was said; drops them from the draft's spans (False when nothing is left)."""
    spans = []
    for a, b in d.spans:
        m = _LABEL_PREFIX.match(text, a)
        if m is not None and m.group(1).lower() in HEADLINE_LABELS:
            a = m.end()
        elif text[a:b].strip().lower() in HEADLINE_LABELS and text[b:b + 3].lstrip().startswith(":"):
            continue
        if b - a > 0:
            spans.append((a, b))
    d.spans = spans
    return bool(spans)


def _headline_says(d: _Draft, hl: int) -> bool:
    """"Rival Says Merger Will Cut Prices": a headline reporting speech with its speaker named in it."""
    return d.kind == "indirect" and d.end <= hl and d.cue_token is not None \
        and _cue_lemma(d.cue_token) in SPEECH_CUES and d.speaker_span is not None and d.speaker_span[1] <= hl


_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
_BLOCK_LEAD_DEPS = frozenset("nsubj nsubjpass aux auxpass neg advmod prep punct npadvmod cc".split())


def _block_lead_in(doc, index: _Index, colon_at: int):
    """The cue and subject of a paragraph that ends "Ms Dale wrote:" / "Rivers elaborated on Monday:":
    a speech verb with its subject and nothing said yet (no object or clause after it)."""
    colon = index.tokens_in(colon_at, colon_at + 1)
    if not len(colon) or colon[0].text != ":":
        return None, None
    cue = colon[0].head
    if cue.i != colon[0].i and not _is_quote_cue_verb(cue):
        issued = _issued_statement(doc[colon[0].sent.start:colon[0].i])  # "X issued the following statement:"
        return (issued[0], issued[1]) if issued is not None else (None, None)
    if cue.i == colon[0].i or cue.tag_ in ("VBG", "VBN") and cue.dep_ != "ROOT":
        return None, None
    for c in cue.children:
        if cue.i < c.i < colon[0].i and c.dep_ not in _BLOCK_LEAD_DEPS and not (
                c.dep_ in ("dobj", "dative") and _cue_lemma(cue) in HEARER_OBJECT_VERBS):
            return None, None  # "He explained the plan:": what follows lists the plan, not his words
    subj = _subject(cue)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("it", "this", "that"):
        return None, None
    return cue, subj


_LINK_LIST_MARKERS = lexicon.words("link_list_markers.txt")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _link_lists(text: str) -> list[tuple[int, int]]:
    """Where a "Related:" paragraph's list of other stories' headlines runs ("GOP Candidates Resoundingly
    Reject The Idea Of A Minimum Wage Hike."): title-case lines after the marker, up to the first that
    is not one."""
    out, pos, start = [], 0, None
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        bare = line.strip().strip("\"“”'’:").strip().lower()
        if not line.strip():
            continue
        if bare in _LINK_LIST_MARKERS:
            start = b
            continue
        if start is not None:
            words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
            if len(line) <= 160 and words and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
                out.append((a, b))
                continue
            start = None
    return out


_TURN_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):[ \t]+(?=\S)")


def _person_label(doc, index: _Index, a: int, b: int) -> bool:
    """"Alex Seitz-Wald", "Lopez": a person's name (the entity recogniser's, or a word of one it found
    elsewhere in the article) labelling a turn, not "Update" or "The Latest"."""
    tokens = index.tokens_in(a, b)
    if not len(tokens) or any(not t.text[:1].isupper() and t.text not in "-.'’" for t in tokens):
        return False
    if doc_arrays(doc).text[a:b].lower() in HEADLINE_LABELS:
        return False
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return True
    last = tokens[-1].text
    return any(e.label_ == "PERSON" and any(t.text == last for t in e) for e in entities(doc))


def _transcript_turns(doc, index: _Index, bounds: list[tuple[int, int]]) -> list[_Draft]:
    """"Alex Seitz-Wald: She is right on all these things …" ¶ "Lopez: Well, no one …": paragraphs of a
    transcript, each opened by the speaker's name and a colon, without quotation marks. Only where the
    article has two turns or more (one "Name: words" line is a headline's or a caption's)."""
    text = index.text
    turns = []
    for k, (pa, pb) in enumerate(index.paras):
        if k == 0 or _in_regions(bounds, pa):
            continue
        m = _TURN_LABEL.match(text, pa, pb)
        if m is None or not _person_label(doc, index, m.start(1), m.end(1)):
            continue
        qa, qb = _trim(text, m.end(), pb)
        if len(text[qa:qb].split()) < 3:
            continue
        turns.append(_Draft("direct", [(qa, qb)], None, (m.start(1), m.end(1)),
                            extra={"cue": ":", "cue_start": m.end(1), "cue_end": m.end(1) + 1, "turn": True}))
    return turns if len(turns) >= 2 else []


def _block_quotes(doc, index: _Index, bounds: list[tuple[int, int]]) -> list[_Draft]:
    """"Ms Dale wrote:" closing a paragraph, then a paragraph without quotation marks: the writer's own
    words set off as a block (a quoted paragraph is a quote region, attributed through the colon). The
    next paragraphs are theirs too while they speak in the first person ("I", "we") and carry no
    quotation marks or colon lead-in of their own."""
    text = index.text
    paras = index.paras
    out: list[_Draft] = []
    for k in range(len(paras) - 1):
        pa, pb = _trim(text, *paras[k])
        if pb <= pa or text[pb - 1] != ":":
            continue
        cue, subj = _block_lead_in(doc, index, pb - 1)
        if cue is None:
            continue
        spans = []
        for qa, qb in paras[k + 1:]:
            qa, qb = _trim(text, qa, qb)
            body = text[qa:qb]
            if qb <= qa or any(ch in QUOTE_CHARS for ch in body) or _in_regions(bounds, qa) or body.endswith(":"):
                break
            words = {t.lower_ for t in index.tokens_in(qa, qb)}
            if spans and not words & _FIRST_PERSON:
                break
            spans.append((qa, qb))
        if spans:
            out.append(_Draft("direct", spans, cue, _mention_span(subj), quoted_chars=0, extra={"block": True}))
    return out


_EMBEDDED_POST = re.compile(r"<tweet\b(?P<attrs>[^>]*)>(?P<body>.*?)(?:</tweet>|<tweet/>)", re.S)
_POST_AUTHOR = re.compile(r"""\bauthor=["'](?P<handle>@?\w{2,30})["']""")
_POST_SIGNATURE = re.compile(r"\s*[—–-]+\s*(?P<name>[^\s()@—–][^()\n@—–]{1,60}?)\s*\(@\w+\)[^()\n]{0,40}$")


def embedded_posts(text: str) -> list[tuple[int, int, int, int]]:
    """Social posts an outlet embeds as markup (`<tweet author="handle">…</tweet>`): for each, the body
    (start, end) and where its author is named — the signature line "— Ana Ruiz (@aruiz) May 2, 2016"
    when the body carries one, else the account's handle in the markup."""
    out = []
    for m in _EMBEDDED_POST.finditer(text):
        a, b = _trim(text, m.start("body"), m.end("body"), _STRIP)
        signed = _POST_SIGNATURE.search(text, a, b)
        author = _POST_AUTHOR.search(text, m.start("attrs"), m.end("attrs"))
        if signed is not None:
            who = signed.span("name")
            b = _trim(text, a, signed.start(), _STRIP)[1]
        elif author is not None:
            who = author.span("handle")
        else:
            continue
        if len(text[a:b].split()) >= 3:
            out.append((a, b, *who))
    return out


def _post_quoted_just_before(post: _Draft, drafts: list[_Draft], text: str) -> bool:
    """"Ana Ruiz, chair of the club, tweeted: “…” ¶ <tweet author="@ar_club">…</tweet>": the embedded post
    repeats words the text has just quoted and given a speaker; it is that statement again, not a second
    one by an account the article names nowhere."""
    words = re.findall(r"\w+", text[post.start:post.end].lower())[:8]
    if len(words) < 4:
        return False
    for d in drafts:
        if d.kind == "direct" and d.speaker_span is not None and d.end <= post.start and post.start - d.end < 600 \
                and re.findall(r"\w+", text[d.start:d.end].lower())[:len(words)] == words:
            return True
    return False


def _post_drafts(text: str) -> list[_Draft]:
    """An embedded post is its author's own words, whatever quotation marks it holds."""
    return [_Draft("direct", [(a, b)], None, (wa, wb), quoted_chars=b - a,
                   extra={"cue": "posted", "cue_start": wa, "cue_end": wb, "post": True})
            for a, b, wa, wb in embedded_posts(text)]


def find_statements(doc, article_id: str, *, skip_headline: bool = True, mixed: bool = True) -> list[Statement]:
    """Direct quotes and reported speech of one parsed article, in text order."""
    if not len(doc):
        return []
    index = _Index(doc)
    text = index.text
    if not text.strip():
        return []
    regions = find_quote_regions(text)
    bounds = [(r.spans[0][0], r.spans[-1][1]) for r in regions]
    drafts: list[_Draft] = []
    for ri, r in enumerate(regions):
        a, b = bounds[ri]
        used = _phrase_used(index, a, b) if len(r.spans) == 1 else None
        if used is not None:
            drafts.append(used)
            continue
        cue, subj, extra = _quote_attribution(r, index, bounds, ri)
        if cue is not None and _quoted_in_withheld(cue, index, a, b):
            cue, subj = None, None  # "would not comment on an order “to protect privacy”": the words are the order's
            extra.pop("speaker_span", None)
        if subj is not None and cue is not None and _in_regions(bounds, subj.idx):
            # “… Sen. Ada Quill,” Berg said, “and …”: a name inside the other part of the quote never speaks it
            inner = bounds[bisect_right(bounds, (subj.idx, 1 << 62)) - 1]
            subj = _phrase_between(doc, inner[1], cue) if cue.idx >= inner[1] else None
        speaker_span = extra.pop("speaker_span", None) or (_mention_span(subj) if subj is not None else None)
        spans = list(r.spans)
        if "content_start" in extra:
            spans[0] = (extra.pop("content_start"), spans[0][1])
        if speaker_span is None and cue is None:
            speaker_span = _dash_byline(index, a, b)  # “…” ¶ - Ana Ruiz.: the fact-checker's line under a quote
        byline = _pull_quote_byline(spans, index)
        if byline is not None:  # “…. ¶ Ana Ruiz, union organiser.”: a pull quote signed inside its marks
            spans, speaker_span, b = spans[:-1], byline, spans[-2][1]
            extra["pull_quote"] = True
        if cue is not None and (subj is None or subj.lower_ == "it") and "speaker_span" not in extra \
                and _said_by_nobody(cue):
            continue  # "It seems unfair to tell them: “We're sorry.”": words nobody is said to have said
        d = _Draft("direct", spans, cue, speaker_span, quoted_chars=sum(y - x for x, y in spans), extra=extra)
        d.inherits = speaker_span is None
        d.weak = not _is_statement_like(text, spans[0][0], b, index, speaker_span is not None) \
            and not _is_short_utterance(text, spans[0][0], b, cue, speaker_span) or _names_itself(cue) \
            or cue is None and speaker_span is None and _inside_sentence(text, spans[0][0], index)
        if not d.weak and cue is not None and cue.idx >= b:
            _extend_to_clause_start(d, index)
        lead = _resumed_lead(d, index) if not d.weak else None
        if lead is not None:
            d.spans.insert(0, lead)
        drafts.append(d)
    drafts = _join_resumed(drafts, text, index)
    partial_hosts: list[tuple[_Draft, int, int]] = []
    for d in [d for d in drafts if d.weak]:
        drafts.remove(d)  # a title, a name or a scare quote
        if mixed:
            host = _partial_quote_host(index, d.start, d.end)
            if host is not None:
                partial_hosts.append((host, d.start, d.end))
    starts = [qa for qa, _ in bounds]
    if any(x[1] > y[0] for x, y in zip(bounds, bounds[1:])):  # never expected: regions out of order
        starts = []
    quote_cues: dict[int, list[_Draft]] = {}
    quote_cue: dict[int, int] = {}  # quote start -> its cue's token index
    for d in drafts:
        if d.kind == "direct" and d.cue_token is not None:
            quote_cues.setdefault(d.cue_token.i, []).append(d)
            quote_cue[d.start] = d.cue_token.i
    for d in _with_positions(_reported_speech(doc, index), _positions(doc, index)):
        if _asked_not_said(d, index) or _lead_in_to_quote(d, index) or _shown_in_a_work(d.cue_token) \
                or _writers_guess(d.cue_token) or _elaborates_reported_act(d.cue_token) \
                or _thought_as_a_circumstance(d.cue_token) or _thought_someone_let_others_have(d.cue_token):
            continue
        s, e = d.start, d.end
        quoted = quote_cues.get(d.cue_token.i, ()) if d.cue_token is not None else ()
        inner = [q for q in quoted if _overlaps(d, q)]
        if inner:
            lead = _subject_before_quote(d, inner, text)
            if lead is not None:  # "She said Rubio “has failed …”": the quote's clause starts at its subject
                inner[0].spans[0] = (lead, inner[0].spans[0][1])
                continue
            if not _mixed_clause(d, inner, text) or any(
                    q.kind == "direct" and q.cue_token is not None and _overlaps(d, q) and not any(q is i for i in inner)
                    and q.speaker_span is not None and q.speaker_span != d.speaker_span for q in drafts):
                continue  # the clause is the direct quote this cue introduces, with words around it (or it runs
                # over another speaker mention's quote: “…,” she said, but …, “…,” said Lind)
            for q in inner:  # said that “X” against what …: the clause, with the quote inside it
                drafts.remove(q)
                quote_cues[d.cue_token.i].remove(q)
            d.kind, d.quoted_chars = "direct", sum(q.quoted_chars for q in inner)
            drafts.append(d)
            continue
        if d.extra.get("cue") == "according to" and any(q.start > d.cue_token.idx >= e for q in quoted):
            continue  # "whose book, according to its publisher, “paints …”": the source's words are the quote
        if any(q.spans[0][0] <= s and e <= q.spans[0][1] for q in quoted if any(q is x for x in drafts)):
            continue  # the clause before "…, she said, “not only …”" is already the quote's first part
        own = next((q for q in quoted if any(q is x for x in drafts) and q.speaker_span == d.speaker_span
                    and _COLON_TO_QUOTE.match(text, e, q.start)), None)
        if own is not None:  # "X told reporters that she was calm: “…”": the clause leads into its own quote
            own.spans[0] = (s, own.spans[0][1])
            continue
        near = _regions_near(bounds, starts, s, e)
        if any(qa - 3 <= s and e <= qb + 3 for qa, qb in near):
            continue  # the clause is itself (part of) a direct quote, attributed above
        if d.cue_token is not None and any(abs(qa - s) <= 3 and d.cue_token.i < quote_cue.get(qa, -1)
                                           and doc[quote_cue[qa]].idx < qa for qa, qb in near):
            continue  # … footage of X saying, “That makes me smart,” when …: the quote's own cue sits between
        if d.cue_token is not None and any(qa <= d.cue_token.idx < qb
                                           for qa, qb in _regions_near(bounds, starts, d.cue_token.idx, d.cue_token.idx + 1)):
            if not any(qa <= s and e <= qb for qa, qb in near):
                continue
        d.quoted_chars = sum(max(0, min(e, qb) - max(s, qa)) for qa, qb in near)
        drafts.append(d)
    blocks = _block_quotes(doc, index, bounds)
    lead_ins = {d.cue_token.i for d in blocks}
    drafts = [d for d in drafts if d.kind == "direct" or d.cue_token is None or d.cue_token.i not in lead_ins] + blocks
    turns = _transcript_turns(doc, index, bounds)
    reported = [d for d in drafts if d.kind == "indirect"]
    drafts += [host for host, a, b in partial_hosts  # unless a statement already carries the quote
               if not any(r.start <= a and b <= r.end + 2 for r in reported)]
    links = _link_lists(text)
    drafts = [d for d in _merge(drafts) if _without_label(d, text) and _says_something(d, text)
              and not _narrators_inference(d, text) and not _narrators_aside(d, index)
              and not any(a <= d.start < b for a, b in links)]
    drafts = [d for d in drafts if not _quoted_infinitive_in_report(d, drafts)]
    for d in list(drafts):
        keep, d.speaker_span = _written_thing_speaker(d, index)
        if not keep:
            drafts.remove(d)
    posts = _post_drafts(text) if "<tweet" in text else []
    if posts:  # what a post's body quotes or reports is part of the post
        posts = [p for p in posts if not _post_quoted_just_before(p, drafts, text)]
        markup = [(m.start(), m.end()) for m in _EMBEDDED_POST.finditer(text)]
        drafts = [d for d in drafts if not any(p.start - 2 <= d.start and d.end <= p.end + 2 or d.cue_token is not None
                                               and p.start <= d.cue_token.idx < p.end for p in posts)
                  and not any(ma <= d.start < mb for ma, mb in markup)] + posts
        # (nor a quote opened by a mark inside the markup: `date="May 2\n">…`, whatever it spans)
        # (nor a clause whose cue is in the post's body: "Sanders leads in a poll" is the post's own words)
    if turns:  # what a turn of a transcript reports ("no one thinks …") is part of the turn
        drafts = [d for d in drafts if not any(t.start <= d.start and d.end <= t.end for t in turns)] + turns
    hl = _headline_end(text) if skip_headline else 0
    drafts = [d for d in drafts if d.start >= hl and not _is_heading(text, index.paragraph_of(d.start))
              or d.start < hl and _headline_says(d, hl) and d.extra.setdefault("headline", True)]
    first = text.find("\n")
    if 0 < first < 300 and text[first:].strip():  # the first line, a headline even in sentence case
        for h in _headline_statements(doc, index, first):
            drafts = [d for d in drafts if not (d.start < first and h.start - 2 <= d.start)]  # its partial quotes
            if not any(d.start < first for d in drafts):
                drafts.append(h)
    drafts.sort(key=lambda d: (d.start, -d.end))
    out: list[Statement] = []
    said: list[str] = []  # each statement's words, to recognise a repeated fragment
    prev: Statement | None = None
    for d in drafts:
        if d.inherits and d.kind == "direct":
            subj = _previous_subject(index, d.start)
            if subj is not None and (prev is None or prev.end <= subj.idx):
                d.speaker_span, d.inherits = _mention_span(subj), False
        st = _to_statement(d, article_id, len(out), index)
        if d.inherits and prev is not None and prev.speaker_start is not None and d.start - prev.end < 600:
            st.speaker_mention, st.speaker_start, st.speaker_end = prev.speaker_mention, prev.speaker_start, prev.speaker_end
            st.cue = st.cue or ""
        if st.kind == "direct" and st.speaker_start is None and not st.cue \
                and text[index.sent_of(d.start)[0]:d.start].strip(" \n“\"«„‘'—–-"):
            continue  # inside a sentence, with nobody saying it: a slogan or a name, not a statement
        if d.kind == "direct" and (d.inherits or d.extra.get("pull_quote")) and _repeats_earlier(st.text, said):
            continue  # the “we will win” line again: a fragment of a quote already given
        out.append(st)
        said.append(_words_key(st.text))
        if st.speaker_start is not None and not d.extra.get("headline") and not _said_inside_other(st, out, text):
            prev = st  # a headline's source is not who goes on speaking in the article, nor "someone" in
            # what another speaker said
    return out


def _said_inside_other(st: Statement, earlier: list[Statement], text: str) -> bool:
    """The statement's speaker is "someone", "anyone" or a relative pronoun, or is named inside what
    another speaker says ("… the emails, which showed staff suggesting someone ask …"): never who goes
    on speaking in the next quote."""
    words = text[st.speaker_start:st.speaker_end].lower()
    if words in QUANTIFIER_PRONOUNS or words in _RELATIVE_PRONOUNS:
        return True
    return any(o is not st and o.speaker_start is not None and o.speaker_start != st.speaker_start
               and any(a <= st.speaker_start < b for a, b in (o.spans or [(o.start, o.end)])) for o in earlier)


def _quoted_in_withheld(cue, index: "_Index", a: int, b: int) -> bool:
    """"would not comment on an order “to protect privacy”", "declined to discuss the “urgent review”": a quote
    inside what speech withheld is about is not the subject's words ("did not mention it because “…”" and
    “Absolutely not,” she said stay)."""
    if cue.pos_ not in ("VERB", "AUX") or not _withheld(cue) or any(a <= c.idx < b for c in cue.children
                                                                    if c.dep_ == "neg"):
        return False
    toks = index.tokens_in(a, b)
    if not len(toks):
        return False
    first = toks[0].i
    return any(c.left_edge.i <= first <= c.right_edge.i for c in cue.children
               if c.dep_ in ("dobj", "prep", "xcomp", "attr", "oprd")
               or c.dep_ == "advcl" and not any(m.dep_ == "mark" for m in c.children))


def _pull_quote_byline(spans: list[tuple[int, int]], index: "_Index") -> tuple[int, int] | None:
    """The name line that ends a pull quote (“The bridge will be finished by June.
    ¶ Mayor Ana Ruiz.”): a last paragraph of a few words, no verb, naming a person or a body,
    after a paragraph that ends a sentence. Returns the name (up to its first comma)."""
    if len(spans) < 2:
        return None
    text = index.text
    (pa, pb), (la, lb) = spans[-2], spans[-1]
    line = text[la:lb]
    if "\n" not in text[pb:la] or not re.search(r"[.!?]\W*$", text[pa:pb]) or not line[:1].isupper() \
            or len(line.split()) > 12 or line.rstrip()[-1:] in "?!":
        return None
    toks = [t for t in index.tokens_in(la, lb) if not t.is_space]
    named = any(t.ent_type_ in ("PERSON", "ORG") for t in toks) or len(toks) > 1 and toks[0].pos_ == toks[1].pos_ == "PROPN"
    if any(t.pos_ in ("VERB", "AUX") for t in toks) or not named:
        return None
    comma = line.find(",")
    end = la + comma if comma > 0 else lb
    return _trim(text, la, end, _STRIP + ".")


_DASH_BYLINE = re.compile(r"[”\"»’']?[ \t]*\n\s*[-–—]{1,2}[ \t]*([^\n]{2,80}?)[ \t]*(?=\n|$)")


def _dash_byline(index: "_Index", a: int, b: int) -> tuple[int, int] | None:
    """“Taxes went up under her.” ¶ - Ana Ruiz.: a quote that is a paragraph of its own, signed by the
    next paragraph, a dash and a name (fact checks list claims so). Returns the name (up to its
    first comma)."""
    text = index.text
    opened = text[:a].rstrip("“\"«„‘' \t")
    if opened and not opened.endswith("\n"):
        return None
    m = _DASH_BYLINE.match(text, b)
    if m is None:
        return None
    la, lb = m.span(1)
    line = text[la:lb].rstrip(".")
    comma = line.find(",")
    head = line[:comma] if comma > 0 else line
    if not line[:1].isupper() or len(head.split()) > 8:
        return None  # "- President Obama, tweeting after the speech.": the name
    toks = [t for t in index.tokens_in(la, la + len(head)) if not t.is_space]  # before the comma signs; what
    named = any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in toks) or any(t.pos_ == "PROPN" for t in toks)
    if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks) or not named:  # follows says how
        return None
    return _trim(text, la, la + len(head), _STRIP + ".")


def _words_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _regions_near(bounds: list[tuple[int, int]], starts: list[int], a: int, b: int) -> list[tuple[int, int]]:
    """The quote regions (in text order, not overlapping) that can touch a..b, give or take 3
    characters: found by bisection, so checking every reported clause stays linear."""
    if not starts:
        return bounds
    lo = max(bisect_right(starts, a - 3) - 1, 0)
    hi = bisect_right(starts, b + 3)
    return bounds[lo:hi]


_CLOSING_STOPS = " .,;:!?…"


_POSSESSIVES = frozenset("his her its their our my your".split())  # "saying his comment “has no place …”"


def _subject_before_quote(clause: _Draft, quotes: list[_Draft], text: str) -> int | None:
    """"She said Rubio “has failed to do anything”", "a release saying Murphy owes “Florida an
    explanation”": a reported clause that is a quote of the same cue and a short subject just before it
    (at most four words, no other marks) starts the statement at that subject: where it starts."""
    if len(quotes) != 1 or len(clause.spans) != 1:
        return None
    q = quotes[0]
    if not clause.start < q.start <= clause.start + 60 or clause.end > q.end + 2 or q.cue_token is None \
            or q.cue_token.idx >= clause.start or len(q.spans) != 1:
        return None
    start = clause.start + (5 if text[clause.start:clause.start + 5].lower() == "that " else 0)
    before = text[start:q.start].rstrip().rstrip("“\"«„‘'").rstrip()
    words = re.findall(r"[\w’'.-]+", before)
    if not 1 <= len(words) <= 4 or QUOTE_CHARS & set(before) \
            or not before[:1].isupper() and before[:1] not in "tTaA" and words[0].lower() not in _POSSESSIVES \
            or re.search(r"[,;:]", before):
        return None
    toks = char_span(q.cue_token.doc, start, start + len(before), alignment_mode="expand")
    if toks is None or not any(t.dep_ in _SUBJ and t.head.i >= toks.start for t in toks):
        return None
    return start


def _mixed_clause(clause: _Draft, quotes: list[_Draft], text: str) -> bool:
    """Is a reported clause mostly the speaker's words around a quote of the same cue ("said that,
    “Of course he will defend himself” against what the campaign sees as …")? Then it is the statement."""
    if not all(clause.start <= q.start and (q.end <= clause.end or not text[clause.end:q.end].strip(_CLOSING_STOPS))
               for q in quotes):
        return False  # (a quote ending the sentence keeps its full stop inside the marks: “… months ago.”)
    quoted = sum(min(q.quoted_chars, q.end - q.start) if q.quoted_chars > 0 else q.end - q.start for q in quotes)
    outside = re.findall(r"\w+", text[max(q.end for q in quotes):clause.end])
    before = [w for w in re.findall(r"\w+", text[clause.start:min(q.start for q in quotes)]) if w.lower() != "that"] \
        if len(clause.spans) == 1 else []
    if not before and _QUOTE_CLOSED_THEN_NARRATION.match(text, max(q.end for q in quotes)):
        return False  # "told the crowd, “We will win,” and then left": the narration goes on after the quote
    return quoted < 0.5 * (clause.end - clause.start) and len(outside) + len(before) >= 4  # "that people who are
    # bullied “gotta get over it” and fight back": the speaker's own words around the quote


_QUOTE_CLOSED_THEN_NARRATION = re.compile(r"\s*[,.!?]\s*[”\"]\s*(?:and|but)\b")


def _repeats_earlier(quote: str, earlier: list[str]) -> bool:
    key = _words_key(quote)
    return len(key) >= 8 and any(key in e for e in earlier[-200:])  # bounded: linear on huge texts


_SHORT_QUOTED = re.compile(r"[“\"«„][^“”\"«»„\n]{1,40}[”\"»]")


def _only_titles(sentence: str) -> bool:
    """On “Face the Nation,” Ana Ruiz said …: the sentence's quotation marks hold only short names or
    titles (four words at most each), not a quote of its own."""
    rest = _SHORT_QUOTED.sub("", sentence)
    return not QUOTE_CHARS & set(rest) and all(len(m.group().split()) <= 4 for m in _SHORT_QUOTED.finditer(sentence))


def _previous_subject(index: _Index, start: int):
    """Smith was unrepentant. “I would do it again.”: the named subject of the sentence just before."""
    text = index.text
    s_start = index.sent_of(start)[0]
    if text[s_start:start].strip(" \n“\"«„‘") or s_start == 0:
        return None  # the quote does not open its sentence
    prev_start, prev_end, pt0, pt1 = index.sent_of(s_start - 1)
    if start - prev_end > 4 or not re.search(r"[.:!?]\s*$", text[prev_start:prev_end]):
        return None
    root = next((t for t in index.doc[pt0:pt1] if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass"
                 and c.lemma_.lower() in _SIGNED_THINGS), None) if root is not None else None
    own = text[max(prev_start, index.paragraph_of(max(prev_end - 1, 0))[0]):prev_end]
    if subj is None or QUOTE_CHARS & set(own) and not _only_titles(own):
        return None
    if subj.lower_ in ("he", "she") or subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", ""):
        return subj
    if subj.lemma_.lower() in _SIGNED_THINGS:
        return _written_thing_owner(subj)  # “The letter, signed by Ilse Kern, was read aloud.” ¶ “…”: hers
    return None


def _nested_speaker(quote: _Draft, host: _Draft) -> bool:
    """"According to the transcript, Mayor Brandt asked, “…”": a quote whose named speaker is inside
    another statement's content is that speaker's statement too, not a partial quote of the host
    ("Smith said he believed it “would fail”": a pronoun there is the host's own speaker)."""
    span = quote.speaker_span
    if span is None or span == host.speaker_span or not host.start <= span[0] < host.end or quote.cue_token is None:
        return False
    words = char_span(quote.cue_token.doc, span[0], span[1], alignment_mode="expand")
    return words is not None and not all(t.pos_ == "PRON" for t in words)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """A quote inside reported speech is a partial quote of it; duplicates of one clause go."""
    indirect = [d for d in drafts if d.kind == "indirect"]
    direct = {id(d) for d in drafts if d.kind == "direct"}
    keep: list[_Draft] = []
    for d in drafts:
        if id(d) in direct:
            host = next((h for h in indirect if h.start <= d.start and d.end <= h.end
                         and h.speaker_span is not None
                         and (d.cue_token is None or h.start <= d.cue_token.idx < h.end)
                         and not _nested_speaker(d, h)), None)
            if host is not None:
                host.quoted_chars = max(host.quoted_chars, 1)
                if (d.end - d.start) >= 0.5 * (host.end - host.start):
                    host.kind = "direct"
                continue
        keep.append(d)
    by_cue: dict[int, _Draft] = {}
    indirect_ids = {id(d) for d in indirect}
    hosts = [d for d in keep if id(d) in indirect_ids]
    host_ids = {id(d) for d in hosts}
    for d in hosts:
        if d.cue_token is not None:
            other = by_cue.get(d.cue_token.i)
            if other is None or d.end - d.start > other.end - other.start:
                by_cue[d.cue_token.i] = d
    keep = [d for d in keep if id(d) not in host_ids or d.cue_token is None
            or by_cue[d.cue_token.i] is d or not _overlaps(d, by_cue[d.cue_token.i])]
    seen: dict[tuple[int, int], _Draft] = {}
    out = []
    for d in keep:
        key = (d.start, d.end)
        if key in seen:
            continue
        seen[key] = d
        out.append(d)
    _trim_past_inner_report(out)
    nested = _nested_in_same_speaker(out) | _wraps_other_statement(out) | _crossed_reports(out) \
        | _framed_by_according_to(out) | _speaker_inside_other_content(out) | _according_to_over_speech(out) \
        | _evidence_inside_other(out) | _position_inside_other(out)
    return [d for d in out if id(d) not in nested]


_AFTER_INNER_REPORT = re.compile(r"[\s,;]*(?:(?:while|whereas|and|but)\b[\s,]*)?")


def _trim_past_inner_report(drafts: list[_Draft]) -> None:
    """"In Seattle, marchers held roses, KING-TV reported, while in Chicago the parade began in silence, the
    Sun-Times reported": the parse makes the first report the second one's clause; the second source
    reports only what lies between the first report's cue and its own name."""
    for d in drafts:
        if d.kind != "indirect" or len(d.spans) != 1 or d.speaker_span is None or d.speaker_span[0] < d.end:
            continue
        inner = [e for e in drafts if e is not d and e.kind == "indirect" and e.cue_token is not None
                 and e.speaker_span is not None and d.start <= e.start and e.end <= e.speaker_span[0]
                 and e.cue_token.idx < d.speaker_span[0] and e.speaker_span[0] < d.speaker_span[0]]
        if not inner:
            continue
        cue = max((e.cue_token for e in inner), key=lambda t: t.idx)
        text = doc_arrays(cue.doc).text
        rest = _AFTER_INNER_REPORT.match(text, cue.idx + len(cue.text)).end()
        end = len(text[:d.speaker_span[0]].rstrip(" ,;\n"))
        if end - rest >= 15:
            d.spans = [(rest, end)]


def _position_inside_other(drafts: list[_Draft]) -> set[int]:
    """"Clinton said she will protect those rights while her opponent, Trump, wants to “take America
    backward”": a stand of someone named inside what another speaker says is that speaker's claim about
    them, one row, not a stand of theirs (ids of the inner ones; their speech, "Ruiz said Kim had denied
    it", stays a statement of theirs)."""
    out: set[int] = set()
    for d in drafts:
        if not d.extra.get("position") or d.speaker_span is None or d.cue_token is None:
            continue
        holder = char_span(d.cue_token.doc, *d.speaker_span, alignment_mode="expand")
        if holder is None or all(t.pos_ == "PRON" for t in holder):
            continue  # "Pike said he hoped …": a pronoun's stand, reported by another, stays (resolved later)
        if any(e is not d and not e.extra.get("position") and e.speaker_span is not None and e.cue_token is not None
               and _cue_lemma(e.cue_token) in SPEECH_CUES  # not "thanked Berg for his support": what it judges
               and e.speaker_span != d.speaker_span and _inside_content(e, d.cue_token.idx)
               and _inside_content(e, d.speaker_span[0]) for e in drafts):
            out.add(id(d))
    return out


def _framed_by_according_to(drafts: list[_Draft]) -> set[int]:
    """"According to her aides, she has worried for months that …", "records show X, according to the
    Center": what the source of "according to" says is its claim; a worry, a belief or a finding reported
    inside it is part of that claim, not a second statement of its own (ids of the inner ones). A speech
    verb inside ("According to the transcript, Brandt said …") stays a statement of its speaker."""
    frames = [d for d in drafts if d.extra.get("cue") == "according to" and d.speaker_span is not None]
    out: set[int] = set()
    for d in drafts:
        cue = d.cue_token
        if cue is None or d.extra.get("cue") == "according to" or d.speaker_span is None \
                or _cue_lemma(cue) in SPEECH_CUES:
            continue
        if any(f.speaker_span != d.speaker_span and f.start <= d.speaker_span[0] and f.start <= cue.idx < f.end
               for f in frames):
            out.add(id(d))
    return out


def _speaker_words(*classes: str) -> frozenset[str]:
    """Words of some classes of `lexicons/speaker_words.tsv` (the speaker module's word classes)."""
    return frozenset(row[0].lower() for row in lexicon.table("speaker_words.tsv") if len(row) >= 2 and row[1] in classes)


QUANTIFIER_PRONOUNS = _speaker_words("quantifier")
_NEGATIVE_WORDS = _speaker_words("negative")
_FIGURATIVE_SOURCES = _speaker_words("figurative")
_TOPIC_PREPS = _speaker_words("topic_prep")
_FRONTED_TOPIC = _speaker_words("fronted_topic")
_WORDS_NOT_PEOPLE = _speaker_words("report", "utterance", "outlet") | _AUTHORED  # "a statement calling …"
_DEPICTIONS = _speaker_words("depiction")


def _inside_content(d: _Draft, at: int) -> bool:
    return any(a <= at < b for a, b in d.spans)


def _speaker_inside_other_content(drafts: list[_Draft]) -> set[int]:
    """"Brandt wrote that “someone” should ask the senator about his faith", "the emails, in which staff
    suggested someone ask …": a clause inside what another speaker says, whose speaker is a word in
    quotation marks, or "someone", "anyone", "nobody" with what they should, could or would do, is part
    of that statement, not a statement of its own (ids of the inner ones)."""
    out: set[int] = set()
    for d in drafts:
        if d.speaker_span is None or d.cue_token is None:
            continue
        a, b = d.speaker_span
        text = doc_arrays(d.cue_token.doc).text
        words = text[a:b]
        quoted = a > 0 and text[a - 1] in QUOTE_CHARS and b < len(text) and text[b] in QUOTE_CHARS
        cue = d.cue_token
        hypothetical = cue.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "do", "does", "did")
                                                    for c in cue.children)
        if not quoted and not (words.lower() in QUANTIFIER_PRONOUNS and hypothetical):
            continue  # "Nobody believes the law worked, Kim said" stays a statement of nobody in particular
        if any(e is not d and e.speaker_span is not None and e.speaker_span != d.speaker_span
               and _inside_content(e, a) for e in drafts):
            out.add(id(d))
    return out


def _evidence_inside_other(drafts: list[_Draft]) -> set[int]:
    """"Democrats say those revelations show that …", "Quintero said his survey showed …": what a thing
    shows, inside what someone says, is part of that person's claim, not a statement of its own (ids of
    the inner ones; "Ruiz said that Kim had denied it" keeps Kim's statement)."""
    out: set[int] = set()
    for d in drafts:
        cue = d.cue_token
        if cue is None or d.speaker_span is None or _cue_lemma(cue) not in EVIDENCE_VERBS:
            continue
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
            continue
        if any(e is not d and e.kind == "indirect" and e.speaker_span is not None and e.speaker_span != d.speaker_span
               and _inside_content(e, cue.idx) and _inside_content(e, subj.idx)
               and not (e.cue_token is not None and _inside_content(d, e.cue_token.idx)) for e in drafts):
            out.add(id(d))  # (not when each holds the other's cue: "X responded to Y, polls show")
    return out


def _according_to_over_speech(drafts: list[_Draft]) -> set[int]:
    """"“I ask you not to protest,” Ruiz said, according to CNN": a quote with its own speech clause keeps that
    speaker; the "according to" phrase after that clause only says where the writer read it, no statement
    of its own ("According to CNN, Ruiz said: “…”" stays a statement of CNN: PolNeAR annotates it). A frame
    that runs on over another speaker's coordinated clause ("According to records, the firm paid in 2019,
    and its lawyers said …") keeps its own clause (ids of the frames dropped)."""
    out: set[int] = set()
    for f in drafts:
        if f.extra.get("cue") != "according to" or f.speaker_span is None or len(f.spans) != 1:
            continue
        inner = [e for e in drafts if e is not f and e.cue_token is not None and e.speaker_span is not None
                 and e.speaker_span != f.speaker_span and _cue_lemma(e.cue_token) in SPEECH_CUES
                 and _inside_content(f, e.cue_token.idx)
                 and (_inside_content(f, e.speaker_span[0]) or _inside_content(f, e.start))]
        if not inner:
            continue
        text = doc_arrays(inner[0].cue_token.doc).text
        if any(e.kind == "direct" and (e.start <= f.start + 3 and e.cue_token.idx < f.cue_token.idx
                                       or e.speaker_span[1] <= f.cue_token.idx <= e.cue_token.idx) for e in inner):
            # "“…,” Ruiz said, according to CNN", "Ruiz, according to CNN, said: “…”"
            out.add(id(f))
            continue
        lo = min(min(e.start, e.speaker_span[0], e.cue_token.idx) for e in inner)
        joint = _COORDINATED_TAIL.search(text, f.start, max(lo, f.start))
        if joint is not None and len(text[f.start:joint.start()].split()) >= 4:
            f.spans = [(f.start, joint.start())]
    return out


_COORDINATED_TAIL = re.compile(r"\s*(?:[,;]\s*(?:and|but|while)|;)\s*(?:(?:his|her|its|their|the|a|an)\s+)?"
                               r"(?:[\w’'.-]+\s+){0,4}$")


def _crossed_reports(drafts: list[_Draft]) -> set[int]:
    """"Voters responded to Hobbs with enthusiasm, polls show": when two clauses each hold the other's cue,
    the shorter one is the other's reporting words read backwards, not a statement (ids of the shorter)."""
    def holds(d: _Draft, tok) -> bool:
        return tok is not None and any(a <= tok.idx < b for a, b in d.spans)
    out: set[int] = set()
    for d in drafts:
        if d.kind != "indirect" or d.cue_token is None:
            continue
        if any(e is not d and e.kind == "indirect" and holds(d, e.cue_token) and holds(e, d.cue_token)
               and e.end - e.start > d.end - d.start for e in drafts):
            out.add(id(d))
    return out


def _wraps_other_statement(drafts: list[_Draft]) -> set[int]:
    """"The ad ran, assuming Ana Ruiz says a mayor must …": a participle that is no speech verb, whose clause holds
    another statement's cue and content whole, only repeats that statement (ids of the wrappers)."""
    out: set[int] = set()
    for d in drafts:
        cue = d.cue_token
        if d.kind != "indirect" or cue is None or cue.tag_ not in ("VBG", "VBN") or cue.dep_ not in ("advcl", "acl") \
                or any(c.dep_ in _SUBJ for c in cue.children) or _cue_lemma(cue) in SPEECH_CUES:
            continue  # only a participle clause without a subject of its own
        if any(e is not d and e.cue_token is not None and d.start <= e.cue_token.idx and e.end <= d.end
               and d.start <= e.start for e in drafts):
            out.add(id(d))
    return out


def _nested_in_same_speaker(drafts: list[_Draft]) -> set[int]:
    """"vowed to reject the budget" holds "reject the budget": a reported clause inside a longer
    statement of the same speaker mention is that statement, not a second one (ids of the inner ones)."""
    by_speaker: dict[tuple[int, int], list[_Draft]] = {}
    for d in drafts:
        if d.speaker_span is not None:
            by_speaker.setdefault(d.speaker_span, []).append(d)
    nested: set[int] = set()
    for group in by_speaker.values():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda d: (d.start, -d.end))
        reach_end, reach_span = -1, None
        for d in group:
            if d.kind == "indirect" and d.end <= reach_end and (d.start, d.end) != reach_span:
                nested.add(id(d))
            if d.end > reach_end:
                reach_end, reach_span = d.end, (d.start, d.end)
    return nested


WRITTEN_THING_NOUNS = lexicon.words("written_thing_nouns.txt")
_OUTLET_WORDS = _speaker_words("outlet")  # "the tabloid ran a cover saying …": the outlet's words
_SIGNED_THINGS = WRITTEN_THING_NOUNS | _speaker_words("report")  # a letter, a column, a memo: their writer's words


CITING_VERBS = lexicon.words("citing_verbs.txt")


def _cites_people(obj) -> bool:
    """"citing officials", "citing two people familiar with the talks": the object is people, the
    sources of the report, unless cited as something ("cited Lincoln as her model")."""
    if obj.pos_ == "PRON" or obj.ent_type_ in ("PERSON", "ORG") or obj.pos_ == "PROPN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in list(obj.children) + list(obj.head.children)):
        return False
    return obj.tag_ == "NNS" and _is_agent(obj) and obj.lemma_.lower() not in _read_things()  # not "citing reports that …"


def _written_thing_owner(noun):
    """Who wrote, signed, left or carried a written thing: "Holm's note", "a letter signed by Ilse Kern",
    "a note from Kern", "Holm left a note"; None when nobody is named."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((g for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"), None)  # "signed by Ilse Kern"
    if owner is None:
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
            and noun.head.lemma_.lower() not in CITING_VERBS:  # not "cited a story that said": who wrote it
        verb = noun.head  # "prompted the tabloid to run a cover": who was brought to run it
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
        owner = controller if controller is not None and controller.i < verb.i else _subject(verb, max_up=1)
    if owner is None or not (_is_agent(owner) or owner.lemma_.lower() in _OUTLET_WORDS) or owner.lower_ in _RELATIVE_WORDS:
        return None
    return owner


def _written_thing_speaker(d: _Draft, index: _Index) -> tuple[bool, tuple[int, int] | None]:
    """"a sign that read “…”", "a message that said “…”", "Holm's note read: “…”": words read off a
    written thing are its owner's (a possessor, or who left, posted or carried it), and no statement
    of anyone when nobody is named. (keep?, speaker span) for a draft whose speaker is such a thing."""
    if d.speaker_span is None:
        return True, None
    toks = [t for t in index.tokens_in(*d.speaker_span) if not t.is_punct]
    head = next((t for t in toks if not d.speaker_span[0] <= t.head.idx < d.speaker_span[1] or t.head is t), None)
    if head is None:
        return True, d.speaker_span
    noun = head
    if head.lower_ in ("that", "which") and head.head.dep_ == "relcl":
        noun = head.head.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _REPORT_WORDS and noun.lemma_.lower() not in WRITTEN_THING_NOUNS:
            return True, _document_speaker(noun, index.text)
    cue = d.cue_token
    if cue is not None and cue.dep_ == "acl" and cue.head.lemma_.lower() in WRITTEN_THING_NOUNS:
        noun = cue.head  # "the tabloid ran a cover saying “…”": the cover's words
    if noun.lemma_.lower() not in WRITTEN_THING_NOUNS or noun.pos_ != "NOUN":
        return True, d.speaker_span
    owner = _written_thing_owner(noun)
    if owner is None:
        return False, None
    a, b = _mention_span(owner)
    return True, (a, b - 2 if index.text[b - 2:b] in ("'s", "’s") else b)


_REPORT_WORDS = _speaker_words("report")


def _document_speaker(noun, text: str) -> tuple[int, int]:
    """"The Courier ran a piece that noted …", "a column Ruiz wrote that argued …": what a piece of writing
    says through "that" or "which" is its writer's or publisher's when the sentence names them, else the
    piece's own (its author is then looked up as for "the report says")."""
    owner = _written_thing_owner(noun)
    if owner is not None:
        a, b = _mention_span(owner)
        return a, (b - 2 if text[b - 2:b] in ("'s", "’s") else b)
    words = [t for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod")] + [noun]
    return words[0].idx, noun.idx + len(noun.text)


def _overlaps(x: _Draft, y: _Draft) -> bool:
    return x.start < y.end and y.start < x.end


def _to_statement(d: _Draft, article_id: str, n: int, index: _Index) -> Statement:
    text = index.text
    s_start, s_end = index.sentence_bounds(d.start, d.end)
    cue = d.extra.get("cue", d.cue_token.text if d.cue_token is not None else "")
    cue_start = d.extra.get("cue_start", d.cue_token.idx if d.cue_token is not None else None)
    cue_end = d.extra.get("cue_end", d.cue_token.idx + len(d.cue_token.text) if d.cue_token is not None else None)
    if d.cue_token is not None and "cue" not in d.extra:
        prt = next((c for c in d.cue_token.children if c.dep_ == "prt"), None)
        if prt is not None and prt.i == d.cue_token.i + 1:
            cue, cue_end = text[cue_start:prt.idx + len(prt.text)], prt.idx + len(prt.text)
    sp = d.speaker_span
    return Statement(
        article_id=article_id, index=n, kind="position" if d.kind == "indirect" and d.extra.get("position") else d.kind,
        text=" … ".join(text[a:b] for a, b in d.spans) if len(d.spans) > 1 else text[d.start:d.end],
        start=d.start, end=d.end, spans=list(d.spans),
        cue=cue, cue_start=cue_start, cue_end=cue_end,
        speaker_mention=text[sp[0]:sp[1]] if sp else "",
        speaker_start=sp[0] if sp else None, speaker_end=sp[1] if sp else None,
        sentence_start=s_start, sentence_end=s_end,
    )
