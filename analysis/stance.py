"""Stance of a source toward a target, always with the words it was read from.

Two readers, both cheap (no extra parse):

* **Narrated acts** (`analysis.relations`): "X criticised / sanctioned / praised / met Y" is read
  from the dependency parse and typed with our CAMEO-like lexicon (relation + cooperation–conflict
  score). An act states its own source and target, so it is the most reliable evidence we have.
* **Target sentiment**: how the words around a target mention speak of it. A small multinomial
  logistic regression (trained by `training/train_target_sentiment.py` on NewsMTSC `train`, MIT;
  weights in `lexicons/target_sentiment.json`, applied in pure Python) over the sentence's words,
  the words syntactically near the target, lexicon valences (VADER's, plus our own
  `lexicons/news_valence.tsv` for political words VADER lacks; negation-flipped, weighted by tree
  distance, "but" contrast and hedges) and the acts the target takes part in. Quoted fragments
  inside reported speech ("X said Y was “a disgrace”") are the speaker's own words and can decide.

For a statement, the speaker's stance toward each actor it names is the act the speaker (or "we")
performs on it when there is one, else the target sentiment read from the statement's own words.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import datelines, lexicon, relations, speakers
from .docarrays import LazyTokens, char_span, doc_arrays, entities, release, token_column
from .types import REPORTED_KINDS, Stance

MODEL_PATH = Path(__file__).resolve().parent / "lexicons" / "target_sentiment.json"
NEGATION_WORDS = {"not", "n't", "no", "never", "neither", "nor", "without", "hardly", "barely"}
HEDGE_WORDS = {"may", "might", "could", "perhaps", "possibly", "probably", "maybe", "reportedly",
               "allegedly", "apparently", "seemingly", "somewhat", "likely", "unlikely", "seem", "appear"}
CONTRAST_WORDS = {"but", "however", "yet", "although", "though", "nevertheless", "nonetheless"}
SPEECH_LEMMAS = {"say", "tell", "state", "claim", "argue", "insist", "note", "add", "write", "warn",
                 "believe", "think", "suggest", "explain", "declare", "announce", "assert", "allege",
                 "stress", "emphasize", "admit", "acknowledge", "complain", "contend", "maintain",
                 "report", "describe", "call", "accuse", "charge", "testify", "tweet", "post", "predict",
                 "lament", "complain", "recall", "concede", "respond", "reply", "deny", "comment"}
SOURCE_CUE_LEMMAS = SPEECH_LEMMAS | lexicon.words("quote_manner_cues.txt")
"""Verbs whose subject speaks the clause they govern: the saying verbs and the manner of speaking
("'... endangers our children,' thundered Kim")."""
POLARITY_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=256)
def _vader_scores(text: str) -> dict:
    """VADER over a whole context; cached because every target of a sentence shares it."""
    return _vader().polarity_scores(text)


NEWS_LEXICON_PATH = Path(__file__).resolve().parent / "lexicons" / "news_valence.tsv"


@lru_cache(maxsize=1)
def news_lexicon() -> dict[str, float]:
    """Our own valences for political-news words VADER lacks ("corrupt", "dictator", "ally")."""
    out = {}
    for line in NEWS_LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, value = line.split("\t")
            out[word.strip()] = float(value)
    return out


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The trained weights: {"classes": [-1, 0, 1], "weights": {feature: [w_neg, w_neu, w_pos]}}."""
    if not MODEL_PATH.exists():
        return {"classes": [-1, 0, 1], "weights": {}, "bias": [0.0, 0.0, 0.0], "margin": 0.0}
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- features

def _span_tokens(doc, start: int, end: int) -> list:
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is not None and len(span):
        return list(span)
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


class _DocIndex:
    """Per-Doc lookups computed once: heads, tree paths, sentence bounds and acts per sentence.
    Stance reads many targets per sentence; spaCy's Token.sent and doc[i] are slow in loops."""

    def __init__(self, doc):
        arrays = doc_arrays(doc)
        self.doc = doc
        self.text = arrays.text
        self.heads = arrays.heads
        self.sent_bounds: list[tuple[int, int]] = [(0, 0)] * len(doc)
        for _, _, a, b in arrays.sents:
            self.sent_bounds[a:b] = [(a, b)] * (b - a)
        self.idx = arrays.idx
        self._paths: dict[int, list[int]] = {}
        self._acts: dict[tuple[int, int], list] = {}
        self._tokens: list | None = None
        self._infos: list = [_UNSET] * len(doc)
        self._table: list | None = None
        from spacy.symbols import PROPN  # here, not at import: the dashboard's pages import this module

        self._propn = PROPN
        self.contexts: dict[tuple, tuple] = {}
        self.metonyms = True  # set by find_stances: the ACTORLENS_METONYMS setting of this analysis

    @property
    def tokens(self) -> list:
        """The Doc's Token objects, each created once, on first use (`doc[i]` makes a new one per call)."""
        if self._tokens is None:
            self._tokens = LazyTokens(self.doc)
        return self._tokens

    def path(self, i: int) -> list[int]:
        p = self._paths.get(i)
        if p is None:
            p = [i]
            while self.heads[p[-1]] != p[-1] and len(p) < 40:
                p.append(self.heads[p[-1]])
            self._paths[i] = p
        return p

    def distance(self, a: int, b: int) -> int:
        pa = {t: n for n, t in enumerate(self.path(a))}
        for n, t in enumerate(self.path(b)):
            if t in pa:
                return pa[t] + n
        return 12

    def depth(self, tok) -> int:
        return len(self.path(tok.i))

    def sent_tokens(self, tok) -> list:
        """A new list of the Token objects of tok's sentence."""
        a, b = self.sent_bounds[tok.i]
        return self.tokens[a:b]

    def text_end_of_sentence(self, i: int) -> int:
        """The character offset where word i's sentence ends."""
        b = self.sent_bounds[i][1]
        return self.idx[b] if b < len(self.idx) else len(self.text)

    def text_with_ws(self, i: int) -> str:
        return self.text[self.idx[i]:self.idx[i + 1]] if i + 1 < len(self.idx) else self.text[self.idx[i]:]

    def info(self, i: int) -> "_TokenInfo | None":
        """The target-independent facts about word i, once per word; None for punctuation. Read
        from token columns: Token attributes cost more than the features themselves."""
        info = self._infos[i]
        if info is not _UNSET:
            return info
        if self._table is None:
            attrs = ("LOWER", "LEMMA", "POS", "ENT_TYPE", "IS_PUNCT", "IS_SPACE")
            self._table = [token_column(self.doc, a) for a in attrs]
        t = self._table
        lower, lemma, pos, ent, punct, space = t[0][i], t[1][i], t[2][i], t[3][i], t[4][i], t[5][i]
        info = None
        if not (punct or space):
            facts = _WORD_FACTS.get((lower, lemma)) or _word_facts(self.doc.vocab.strings, lower, lemma)
            v = 0.0 if ent or pos == self._propn else facts.valence  # "United States" is no praise
            if v and facts.lemma in TRUE_WORDS and _says_hidden(self.tokens[i]):
                v = 0.0
            if v and facts.lemma in NONE_WORDS and _none_compared(self.tokens[i]):
                v = 0.0
            if v and facts.lemma in FIRMNESS_ADJECTIVES and _how_firmly(self.tokens[i]):
                v = 0.0
            if v and _negated(self.tokens[i]):
                v *= -0.74
            info = _TokenInfo(i, v, facts)
        self._infos[i] = info
        return info

    def acts(self, tok) -> list:
        key = self.sent_bounds[tok.i]
        if key not in self._acts:
            self._acts[key] = relations.find_acts(self.doc[key[0]:key[1]], valence=_plain_valence)
        return self._acts[key]


TRUE_WORDS = {"true", "real"}
FIRMNESS_ADJECTIVES = lexicon.words("stance_firmness_adjectives.txt")
CONDITION_MARKS = lexicon.words("condition_marks.txt")
TITLE_GENDER = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?=\S)")
NONE_WORDS = {"no", "nobody", "none", "nothing"}
COMPARATIVE_TAGS = {"JJR", "RBR"}


def _none_compared(tok) -> bool:
    """"there was no one better than X", "nobody better qualified than X": the "no" of an
    unmatched comparison, which judges X by the comparative (better: praise), not by itself."""
    noun = tok.head if tok.dep_ == "det" else tok
    return any(c.tag_ in COMPARATIVE_TAGS and any(x.dep_ == "prep" and x.lower_ == "than" for x in (*c.children, *c.head.children))
               for c in noun.subtree if c.i != tok.i)


def _how_firmly(tok) -> bool:
    """"a committed isolationist", "a staunch conservative": an adjective of firmness on a noun of
    belief or side only strengthens the label; it praises no one (the label's own words still count)."""
    if (tok.dep_ == "amod" and tok.head.i != tok.i
            and tok.head.lemma_.lower() in lexicon.words("stance_adherent_nouns.txt")):
        return True
    # "Lee remains committed to seeing the race through", "is determined to win": an intention held
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children)) for c in tok.children)


def _says_hidden(tok) -> bool:
    """"the true nature of X", "his real agenda": "true" on what someone really is says it was
    hidden, which is no praise."""
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in lexicon.words("stance_true_nature_nouns.txt")


def _index(doc) -> _DocIndex:
    idx = doc.user_data.get("actorlens_stance_index")
    if idx is None or idx.doc is not doc:
        idx = doc.user_data["actorlens_stance_index"] = _DocIndex(doc)
    return idx


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS for c in tok.children):
        return True
    head = tok.head
    if tok.pos_ in ("ADJ", "NOUN", "ADV") and head is not tok:
        return any(c.dep_ == "neg" for c in head.children)
    return False


def _valence(tok) -> float:
    return _lexicon_valence(tok.lower_, tok.lemma_.lower())


def _lexicon_valence(lower: str, lemma: str) -> float:
    """Our news lexicon first, then VADER's; the word form before the lemma."""
    for lex in (news_lexicon(), _vader().lexicon):
        v = lex.get(lower)
        if v is None:
            v = lex.get(lemma)
        if v is not None:
            return v
    return 0.0


def _plain_valence(tok) -> float:
    """Valence of a common word, negation-flipped; names carry none."""
    if tok.ent_type_ or tok.pos_ == "PROPN":
        return 0.0
    if tok.lemma_.lower() in FIRMNESS_ADJECTIVES and _how_firmly(tok):
        return 0.0
    v = _valence(tok)
    return -0.74 * v if v and _negated(tok) else v


@dataclass
class Context:
    """The tokens a target is judged from: its sentence, limited to allowed character ranges."""

    tokens: list
    target: list


def make_context(doc, target: tuple[int, int], allowed: list[tuple[int, int]] | None = None) -> Context:
    target_tokens = _span_tokens(doc, *target)
    if not target_tokens:
        return Context([], [])
    ix = _index(doc)
    if not allowed:
        return Context(ix.sent_tokens(target_tokens[0]), target_tokens)
    a, b = ix.sent_bounds[target_tokens[0].i]
    keep = {t.i for t in target_tokens}
    for lo, hi in allowed:  # the words starting inside an allowed character range
        keep.update(range(bisect_left(ix.idx, lo, a, b), bisect_left(ix.idx, hi, a, b)))
    return Context([ix.tokens[i] for i in sorted(keep) if a <= i < b], target_tokens)


@dataclass(frozen=True, slots=True)
class _WordFacts:
    """What the lexicons say about a word form, the same wherever it occurs."""

    lemma: str  # lower case
    valence: float  # lexicon valence before negation
    contrast: bool
    hedge: bool
    word_feature: str  # "w:<lemma>"
    near_feature: str  # "n:<lemma>"


_WORD_FACTS: dict[tuple[int, int], _WordFacts] = {}
_UNSET = object()


def _word_facts(strings, lower_id: int, lemma_id: int) -> _WordFacts:
    if len(_WORD_FACTS) > 200_000:
        _WORD_FACTS.clear()
    lower, lemma = strings[lower_id], strings[lemma_id]
    lem = lemma.lower()
    facts = _WordFacts(lem, _lexicon_valence(lower, lem), lower in CONTRAST_WORDS,
                       lower in HEDGE_WORDS or lemma in HEDGE_WORDS, "w:" + lem, "n:" + lem)
    _WORD_FACTS[lower_id, lemma_id] = facts
    return facts


@dataclass(slots=True)
class _TokenInfo:
    i: int
    valence: float  # lexicon valence, negation-flipped; 0 for names and words outside the lexicons
    facts: _WordFacts


def _token_infos(ctx: Context) -> tuple[list[_TokenInfo], bool, dict]:
    """The target-independent part of the features, cached per context (all targets of a
    statement sentence share it)."""
    ix = _index(ctx.tokens[0].doc)
    key = (ctx.tokens[0].i, ctx.tokens[-1].i, len(ctx.tokens))
    cached = ix.contexts.get(key)
    if cached is None:
        infos = [x for x in (ix.info(t.i) for t in ctx.tokens) if x is not None]
        hedged = any(x.facts.hedge for x in infos)
        vader = _vader_scores("".join(ix.text_with_ws(t.i) for t in ctx.tokens))
        cached = ix.contexts[key] = (infos, hedged, vader)
    return cached


def features(ctx: Context) -> tuple[dict[str, float], dict[int, float]]:
    """Sparse features of a target in its context, and each token's lexicon valence (for evidence)."""
    f: dict[str, float] = {"bias": 1.0}
    if not ctx.target or not ctx.tokens:
        return f, {}
    tset = {t.i for t in ctx.target}
    ix = _index(ctx.target[0].doc)
    thead = min(ctx.target, key=ix.depth)
    infos, hedged, vs = _token_infos(ctx)
    contrast_at = max((x.i for x in infos if x.facts.contrast and x.i not in tset), default=-1)
    tpath = {t: n for n, t in enumerate(ix.path(thead.i))}
    valences: dict[int, float] = {}
    lex_sum = lex_near = lex_pos = lex_neg = 0.0
    for x in infos:
        if x.i in tset:
            continue
        f[x.facts.word_feature] = 1.0
        d = 12
        for n, t in enumerate(ix.path(x.i)):
            if t in tpath:
                d = tpath[t] + n
                break
        if d <= 2:
            f[x.facts.near_feature] = 1.0
        v = x.valence
        if v:
            if contrast_at >= 0:
                v *= 1.5 if x.i > contrast_at else 0.5
            valences[x.i] = v
            lex_sum += v
            lex_near += v / (1 + d)
            if v > 0:
                lex_pos += v
            else:
                lex_neg -= v
    scale = 0.5 if hedged else 1.0
    f["lex"] = scale * lex_sum / 4
    f["lexnear"] = scale * lex_near
    f["lexpos"] = scale * lex_pos / 4
    f["lexneg"] = scale * lex_neg / 4
    if hedged:
        f["hedge"] = 1.0
    f["vc"] = vs["compound"]
    f["vc+" if vs["compound"] > 0.05 else "vc-" if vs["compound"] < -0.05 else "vc0"] = 1.0
    f["dep:" + thead.dep_] = 1.0
    f["hd:" + thead.dep_ + ":" + thead.head.lemma_.lower()] = 1.0
    if thead.pos_ == "PRON":
        f["tpron"] = 1.0
    for act in ix.acts(thead):
        sign = -1 if act.negated else 1
        pol = relations.polarity_of(act.relation) * sign
        if any(thead.i in _phrase(o, act) for o in act.objects):
            f[f"ao:{pol}"] = 1.0
            f["ao:" + act.relation] = 1.0
        elif any(_in_subtree(thead, s) for s in act.subjects):
            f[f"as:{pol}"] = 1.0
    return f, valences


def _in_subtree(tok, head) -> bool:
    return head.left_edge.i <= tok.i <= head.right_edge.i


def predict(f: dict[str, float]) -> list[float]:
    """Class probabilities [neg, neu, pos] of the trained model."""
    model = load_model()
    w = model["weights"]
    neg, neu, pos = model.get("bias", [0.0, 0.0, 0.0])
    for name, value in f.items():
        row = w.get(name)
        if row:
            neg, neu, pos = neg + row[0] * value, neu + row[1] * value, pos + row[2] * value
    logits = [neg, neu, pos]
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def decide(probs: list[float]) -> int:
    margin = load_model().get("margin", 0.0)
    neg, neu, pos = probs
    best = max((neg, -1), (pos, 1))
    return best[1] if best[0] > neu + margin else 0


# ---------------------------------------------------------------- public API

@dataclass
class Reading:
    polarity: int
    score: float
    evidence: str
    rule: str
    start: int
    end: int
    relation: str = "statement"
    goldstein: float | None = None


def _evidence(doc, ctx: Context, valences: dict[int, float], polarity: int) -> tuple[str, int, int, str]:
    """The decisive words: the strongest lexicon word of the winning sign, else the context."""
    cands = [(abs(v), i) for i, v in valences.items() if (v > 0) == (polarity > 0)] if polarity else []
    if cands:
        tok = doc[max(cands)[1]]
        neg = [c for c in tok.children if c.dep_ == "neg"]
        lo = min([tok] + neg, key=lambda t: t.i)
        hi = max([tok] + neg, key=lambda t: t.i)
        return doc[lo.i:hi.i + 1].text, lo.idx, hi.idx + len(hi.text), f"lexicon:{tok.lower_}"
    if not ctx.tokens:
        return "", 0, 0, "none"
    a, b = ctx.tokens[0], ctx.tokens[-1]
    return _index(doc).text[a.idx:b.idx + len(b.text)], a.idx, b.idx + len(b.text), "model"


SUCCESS_LEMMAS = {"work", "succeed", "pay", "help", "prevail", "win"}
"""Predicates that make their subject a success: in "Isolation is working" the negative word is
the speaker's winning policy, not a judgement of anyone."""
NEAR_EVIDENCE_DISTANCE = {"agent": 99, "speaker": 8, "possessor": 99, "statement": 4, "reported": 4}
"""How many dependency arcs may separate the target from a lexicon word of the reading's sign for
that word to speak about the target (tuned on the directed dev split)."""


def _judges_target(doc, ctx: Context, valences: dict[int, float], polarity: int, max_distance: int) -> bool:
    """Whether some word of the reading's sign is syntactically linked to the target: within
    `max_distance` arcs of it and not the subject of a success predicate ("Isolation is working")."""
    if not polarity or not ctx.target or not valences:
        return True
    ix = _index(doc)
    thead = min(ctx.target, key=ix.depth)
    for i, v in valences.items():
        if (v > 0) != (polarity > 0) or ix.distance(i, thead.i) > max_distance:
            continue
        tok = doc[i]
        if v < 0 and tok.lemma_.lower() in SUCCESS_LEMMAS:  # "is paying off"
            continue
        if (v < 0 and tok.dep_ in ("nsubj", "csubj") and tok.head.lemma_.lower() in SUCCESS_LEMMAS
                and not any(c.lower_ == "against" for c in tok.head.children)):
            continue
        return True
    return False


def read_target(doc, target: tuple[int, int], allowed=None, link: str | None = None) -> Reading:
    """Sentiment of the words around a target toward it. With a `link` ("speaker", "agent", ...)
    the reading is someone's stance, so a lexicon-decided polarity must rest on a word linked to
    the target (`_judges_target`), else it is neutral."""
    ctx = make_context(doc, target, allowed)
    f, valences = features(ctx)
    probs = predict(f)
    pol = decide(probs)
    score = round(probs[2] - probs[0], 3)
    if pol == 0:
        score = round(score * 0.3, 3)
    evidence, start, end, rule = _evidence(doc, ctx, valences, pol)
    if link and rule.startswith("lexicon") and not _judges_target(doc, ctx, valences, pol, NEAR_EVIDENCE_DISTANCE[link]):
        pol, score, rule = 0, round(score * 0.3, 3), "unlinked-" + rule
    elif link and rule.startswith("lexicon") and pol and _only_supposed(_index(doc), start):
        pol, score, rule = 0, round(score * 0.3, 3), "supposed-" + rule
    elif link and rule.startswith("lexicon") and pol and _said_of_another_one(_index(doc), start, ctx.target):
        pol, score, rule = 0, round(score * 0.3, 3), "other-one-" + rule
    elif link and rule.startswith("lexicon") and pol and _title_before_name(_index(doc), start, ctx.target):
        pol, score, rule = 0, round(score * 0.3, 3), "title-" + rule
    if rule == "model" or "lexicon" in rule:
        rule = f"target-lr:{rule}"
    fragment = _quoted_fragment(ctx) if allowed else None
    if fragment is not None:
        value, first, last = fragment
        if abs(value) >= 1.5 and (pol == 0 or (pol > 0) == (value > 0) or abs(score) < 0.3):
            pol = 1 if value > 0 else -1
            score = round(pol * max(abs(score), min(1.0, abs(value) / 4)), 3)
            start, end = first.idx, last.idx + len(last.text)
            evidence, rule = _index(doc).text[start:end], "quoted-fragment"
    return Reading(pol, score, evidence, rule, start, end)


def _title_before_name(ix, start: int, target) -> bool:
    """"former heavyweight champion Mike Tyson", "convicted fraudster Leo Marsh": a noun written as the
    target's title describes who the target is, it judges nothing."""
    word = ix.tokens[bisect_right(ix.idx, start) - 1]
    names = {t.i for t in target}
    return word.pos_ == "NOUN" and word.dep_ == "compound" and word.head.i in names and word.i < min(names)


def _said_of_another_one(ix, start: int, target) -> bool:
    """"Omar Petit's cold-blooded killer should be in prison": a word about a noun that names another
    one than its owner (`stance_other_one_nouns.txt`: killer, rival, successor) judges that one, not
    the owner the target is."""
    word = ix.tokens[bisect_right(ix.idx, start) - 1]
    noun = word.head if word.dep_ in ("amod", "compound") else word
    if noun.lemma_.lower() not in lexicon.words("stance_other_one_nouns.txt"):
        return False
    owned = {t.i for t in target}
    return any(c.dep_ == "poss" and c.i in owned for c in noun.children)


def _only_supposed(ix, start: int) -> bool:
    """"... penalty clauses for both parties if they fail to deliver": a word in a conditional
    clause ("if", "unless") describes what may happen, no judgement of anyone."""
    word = ix.tokens[bisect_right(ix.idx, start) - 1]
    for tok in (word, *word.ancestors):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            return True
        if tok.dep_ in ("ccomp", "ROOT", "relcl"):
            return False
    return False


MAX_FRAGMENT_WORDS = 12
"""A quoted characterisation ("a disgrace", "the same tired propaganda") is short; a longer quote
is the statement itself, read as a whole, not as the source's label for the target."""
OPEN_QUOTES, CLOSE_QUOTES, BOTH_QUOTES = set("“«„‘"), set("”»’"), {'"', "'"}
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | BOTH_QUOTES


def _quoted_fragment(ctx: Context):
    """Words quoted inside reported speech ("X said Y was “a disgrace”") are the source's own
    words: their summed valence, first and last token; None when there is no such fragment."""
    a, b = ctx.tokens[0], ctx.tokens[-1]
    if not QUOTE_MARKS.intersection(_index(a.doc).text[a.idx:b.idx + len(b.text)]):
        return None
    inside, frag = False, []
    for t in ctx.tokens:
        if t.text in OPEN_QUOTES or (t.text in BOTH_QUOTES and not inside):
            inside = True
        elif t.text in CLOSE_QUOTES or (t.text in BOTH_QUOTES and inside):
            inside = False
        elif inside and not t.is_punct:
            frag.append(t)
    if not frag or len(frag) >= len(ctx.tokens) - 3 or len(frag) > MAX_FRAGMENT_WORDS or any(t in ctx.target for t in frag):
        return None
    if any(_warned(t) for t in frag):
        return None  # "“should worry about what is going to happen”": a warning, no label for the target
    inside_frag = {t.i for t in frag}
    root = next((t for t in frag if t.head.i not in inside_frag), frag[0])
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "in", "at", "into", "from", "with"):
        return None  # "blamed his silence on a “bad earpiece”": what the act is put down to, no label for the target
    ix = _index(frag[0].doc)
    value = 0.0
    for n, t in enumerate(frag):
        info = ix.info(t.i)
        if info is not None and info.valence:
            negated = any(w.lower_ in NEGATION_WORDS for w in frag[max(0, n - 3):n])
            value += -info.valence if negated else info.valence  # "“not a good thing”"
    return value, frag[0], frag[-1]


def _act_reading(act: relations.Act, doc) -> Reading:
    pol = relations.polarity_of(act.relation)
    # an act names its source and target, so it outweighs any sentiment reading: |score| >= 0.5
    score = pol * (0.5 + abs(act.goldstein) / 20) if pol else act.goldstein / 10
    if act.negated:
        pol, score = -pol, -score / 2
    if any(t.lower_ in HEDGE_WORDS for t in act.verb.children) or act.rule.endswith("+thanked-for"):
        score /= 2  # (an act inferred from the thanks for it is weaker than the thanks)
    return Reading(pol, round(max(-1.0, min(1.0, score)), 3), _index(doc).text[act.evidence_start:act.evidence_end],
                   f"act:{act.rule}", act.evidence_start, act.evidence_end, act.relation, act.goldstein)


NOUN_CLIMB_DEPS = {"compound", "amod", "nmod", "appos", "det", "nummod", "conj"}
LINK_MIN_SCORE = {"agent": 0.7, "speaker": 0.2, "possessor": 0.6, "reported": 0.2}
"""How sure the target reading must be before a syntactic link makes it the source's stance
(tuned on the directed dev split; acts need no threshold)."""


ROLE_NOUNS = {"leader", "head", "chair", "chairman", "chairwoman", "secretary", "minister", "president",
              "spokesman", "spokeswoman", "spokesperson", "member", "administration", "government",
              "official", "director", "chief", "founder", "ambassador", "governor", "mayor", "commander",
              "supporter", "ceo", "editor", "lawyer", "attorney", "office", "ministry", "department"}
"""Nouns whose "of" phrase names the body the person speaks for: "the leader of X", "Secretary of State"."""


def _phrase_top(tok):
    """The head of the noun phrase a name sits in: "Secretary of State Rex Tillerson" for "State",
    "his supporters, including Usain Bolt" for "Usain Bolt" (the person speaks for the body)."""
    for _ in range(8):
        if tok.dep_ in NOUN_CLIMB_DEPS and tok.head is not tok:
            tok = tok.head
        elif (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (tok.head.lower_ == "including" or (
                tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROLE_NOUNS))):
            tok = tok.head.head
        else:
            break
    return tok


def _source_clause(source_tokens: list):
    """The clause (verb) the source governs and how: ("agent"|"speaker"|"possessor", head) or None."""
    ix = _index(source_tokens[0].doc)
    head = _spoken_for(_phrase_top(min(source_tokens, key=ix.depth)))
    if head.dep_ == "poss":
        return "possessor", head.head
    if head.dep_ in ("nsubj", "csubj") or _inverted_cue_object(head):
        verb = head.head
        if verb.lemma_.lower() in SOURCE_CUE_LEMMAS:
            # "In the primaries, Morell said, Putin played upon ...": the parenthetical cue's host clause
            host = verb.head if verb.dep_ == "parataxis" else verb
            # "CNN reported that Y ...": the news, no judgement of the reporter's, as with "according to"
            return ("reported" if verb.lemma_.lower() in lexicon.words("news_report_verbs.txt") else "speaker"), host
        return "agent", verb
    if head.dep_ == "pobj" and (head.head.dep_ == "agent" or (
            head.head.lower_ == "by" and head.head.head.pos_ == "VERB")):
        # "Y was welcomed by X", "insurgents deemed moderate by X": the patient is the participle's
        # head or the subject of the clause it completes
        verb = head.head.head
        top = verb
        while top.dep_ in ("xcomp", "acl", "conj", "acomp", "relcl", "advcl") and top.head is not top:
            top = top.head
        return "agent", top
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        # "P's plan is reckless, according to X": X reports the clause; only a judgement in it
        # (not a plain fact X is the source of) is X's stance, see `source_stance`
        host = head.head.head.head
        while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
            host = host.head
        return "reported", host
    return None


def _inverted_cue_object(head) -> bool:
    """"“... endangers our children,” thundered Lindqvist": after a quote the small model may parse
    the speaker of an inverted cue as its object; a cue right after the quote's comma or closing
    mark, with no subject of its own or only the quote parsed as one, is spoken by that "object"."""
    verb = head.head
    if head.dep_ not in ("dobj", "obj", "attr") or head.i < verb.i or verb.i == 0 or verb.lemma_.lower() not in SOURCE_CUE_LEMMAS:
        return False
    before = verb.doc[verb.i - 1].text
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return before in CLOSE_QUOTES | BOTH_QUOTES  # the quote itself parsed as the subject
    return before in QUOTE_MARKS | {","}


def _spoken_for(head):
    """"Kim's spokesman said ...", "a lawyer for Kim said ...": the phrase of the one who speaks for
    the source (`lexicons/spokes_nouns.txt`, lawyers, role nouns), whose words are the source's."""
    speakers = lexicon.words("spokes_nouns.txt") | LAWYER_NOUNS | ROLE_NOUNS
    if head.dep_ == "poss" and head.head.lemma_.lower() in speakers:
        return _phrase_top(head.head)
    if (head.dep_ == "pobj" and head.head.lower_ in ("for", "of") and head.head.dep_ == "prep"
            and head.head.head.lemma_.lower() in speakers):
        return _phrase_top(head.head.head)
    return head


def _linked(source_tokens: list, target_tokens: list) -> str:
    """How the source relates to the target in the parse: "agent", "speaker", "possessor" or ""."""
    ix = _index(target_tokens[0].doc)
    thead = min(target_tokens, key=ix.depth)
    if ix.sent_bounds[source_tokens[0].i] != ix.sent_bounds[thead.i] or {t.i for t in source_tokens} & {t.i for t in target_tokens}:
        return ""
    found = _source_clause(source_tokens)
    if not found:
        return ""
    kind, clause = found
    if kind == "agent" and _stance_group_of(source_tokens):
        return ""  # what "X supporters" do is theirs; what they say may speak for X
    shead = min(source_tokens, key=ix.depth)
    top = shead
    while top.dep_ in NOUN_CLIMB_DEPS and top.head is not top:
        top = top.head
    if _in_subtree(thead, top):
        return ""  # "W10 and W11 were charged", "Russian President Putin": one phrase, no stance
    ttop = thead
    while ttop.dep_ in NOUN_CLIMB_DEPS and ttop.head is not ttop:
        ttop = ttop.head
    if kind == "agent" and ttop.dep_ in ("nsubj", "nsubjpass") and ttop.head.i != clause.i:
        return ""  # "X has abused women, and Y has bullied them": words about Y's own deeds
    if _in_subtree(thead, clause) and not _in_subtree(thead, shead):
        return "speaker" if kind == "agent" and _topic_of(thead, clause) is not None else kind
    if kind == "possessor" and clause.dep_ == "nsubj" and _in_subtree(thead, clause.head):
        return "agent"  # "X's comments attacked Y": the possessor speaks through its subject
    return ""


TOPIC_PREPS = {"about", "on", "of", "to"}


def _topic_of(thead, clause):
    """The participle of the clause that names the target as what the subject talks about ("Asked
    about X, Y gave it a thumbs down", "Y, speaking about X, ..."): the rest of the clause is then
    Y's word on X. None when there is none."""
    for tok in thead.ancestors:
        if tok.i == clause.i:
            return None
        if (tok.dep_ == "advcl" and tok.head.i == clause.i and tok.tag_ in ("VBN", "VBG")
                and tok.lemma_.lower() in lexicon.words("stance_topic_participles.txt")):
            found = any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and _in_subtree(thead, c) for c in tok.children)
            return tok if found else None
    return None


THIRD_PERSON = {"he", "she", "they", "his", "her", "their", "him", "them"}
PERSON_PRONOUNS_SINGULAR = {"he", "she", "his", "her", "him", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
OBJECT_PRONOUN_DEPS = {"dobj", "obj", "dative", "pobj"}
NON_PERSON_ENTS = {"GPE", "NORP", "LOC"}
"""Not ORG: the small model tags many people ORG ("Trump")."""


def _could_stand_for(pron, noun) -> bool:
    """Whether a pronoun agrees with a noun: "he", "his", "her" stand for one person, never for a
    plural ("many Republicans battered him") or a country or people ("Germany ... his"), and not
    for a name of the other gender ("Mrs. Clinton ... endorsed his deal"); "they" stands for no one
    person named ("Kemp told his audience they would not back him")."""
    if pron.lower_ in PLURAL_PRONOUNS:  # "Ruiz and Hale ... their criticism": the two together
        return not (noun.ent_type_ == "PERSON" and noun.tag_ == "NNP") or any(c.dep_ == "conj" for c in noun.children)
    if pron.lower_ in PERSON_PRONOUNS_SINGULAR:
        if noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ in NON_PERSON_ENTS:
            return False
        gender = _name_gender(noun)
        return not gender or gender == ("f" if _pronoun_person(pron) == "she" else "m")
    return True


def _no_person(pron, noun) -> bool:
    """"Christie made the city a priority, but the effort stalled, and he battled with Y": "he" or "she"
    stands for no common noun that names no person ("the effort"); the clause above is searched. A
    noun with a possessor may stand for its owner ("Cruz's rating fell after he ...")."""
    return (pron.lower_ in PERSON_PRONOUNS_SINGULAR and noun.pos_ == "NOUN" and noun.text[:1].islower()
            and not noun.ent_type_ and not _people_noun(noun.lemma_.lower())
            and not any(c.dep_ == "poss" for c in noun.children))


def _name_gender(noun) -> str:
    """'m'/'f' from a name's title ("Mrs.", "Mr.") or first name; '' when unknown."""
    from .speakers import FEMALE_WORDS, MALE_WORDS, first_name_genders  # here: speakers loads pandas

    words = [c for c in noun.children if c.dep_ in ("compound", "flat") and c.i < noun.i] + [noun]
    if noun.i > 0:
        words.insert(0, noun.doc[min(w.i for w in words) - 1])
    for w in words:
        word = w.lower_.rstrip(".")
        if word in FEMALE_WORDS or word + "." in FEMALE_WORDS:
            return "f"
        if word in MALE_WORDS or word + "." in MALE_WORDS:
            return "m"
    first = next((w for w in words[1:] if w.pos_ == "PROPN"), None) if noun.i > 0 else None
    return first_name_genders().get(first.lower_, "") if first is not None and first.i < noun.i else ""


def _pronoun_person(pron) -> str:
    """"he"/"him"/"his" -> "he": pronouns of one referent's set, to tell a chain ("he said he ...")
    from a change of referent ("they accused him")."""
    lower = pron.lower_
    return "he" if lower in ("he", "him", "his") else "she" if lower in ("she", "her", "hers") else (
        "they" if lower in ("they", "them", "their") else lower)


def _own_clause(pron, possessive: bool = False):
    """The verb whose subject an object pronoun cannot stand for ("Kim praised him": him is not Kim);
    None for subjects and possessives, which may ("Kim praised his staff"). With `possessive`, a
    possessive pronoun of an object counts as the object: "his" in "Kim rebuffed his offer" is read
    as someone else's, since an act on one's own doings is no stance toward anyone."""
    if possessive and pron.dep_ == "poss":
        pron = pron.head
    if pron.dep_ not in OBJECT_PRONOUN_DEPS:
        return None
    head = pron.head
    return head.head if pron.dep_ == "pobj" and head.dep_ == "prep" else head


SHARED_SUBJECT_DEPS = {"advcl", "xcomp", "pcomp", "conj", "acl"}


def _own_clauses(pron, possessive: bool = False) -> set[int]:
    """`_own_clause` and the clauses whose subject it shares: "Rubio attacked Christie by accusing him
    of ...", "Kim met Ortiz and praised him": a participle, gerund or conjunct without a subject of its
    own acts for the clause it hangs on, whose subject the object pronoun cannot stand for either."""
    verb = _own_clause(pron, possessive)
    if verb is None or pron.dep_ == "poss":
        return {verb.i} if verb is not None else set()  # "intimidated his victims": whose, not who
    own: set[int] = set()
    while verb.i not in own:
        own.add(verb.i)
        if (verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
                or verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in verb.head.children)):
            break
        verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            break
    return own


def _clause_subject(pron, possessive: bool = False):
    """"Pope Francis ... when he questioned Y", "Trump was criticised for his praise of Y": a
    3rd-person pronoun is the nearest named subject of the clauses it hangs on that agrees with it
    and, for an object pronoun, is not the subject of its own clause (None if none)."""
    return _referent_subject(pron, possessive)[0]


def _possessor_between(subj, pron) -> bool:
    """"A wore a hat before the nominee's speech after his visit": a person's possessive between the
    subject and a possessive pronoun is as near a referent as the subject, so "his" is not known."""
    if pron.dep_ != "poss" or subj.i > pron.i:
        return False
    return any(t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") and _could_stand_for(pron, t)
               and (t.ent_type_ == "PERSON" or _people_noun(t.lemma_.lower()))
               for t in pron.doc[subj.right_edge.i + 1:pron.i])


def _referent_subject(pron, possessive: bool = False):
    """`_clause_subject`, and whether the search stopped at another pronoun ("they ... him"), in
    which case the referent is unknown and no nearer name may be guessed instead."""
    cur = pron.head
    own, direct = _own_clauses(pron, possessive), _own_clause(pron, possessive)
    for _ in range(6):
        if direct is None or cur.i != direct.i:
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pron.i]
            if any(c.lower_ in THIRD_PERSON and _pronoun_person(c) != _pronoun_person(pron) for c in subj):
                return None, True  # "..., as they went after Y by accusing him": the chain runs through "they"
        if cur.i not in own:
            subj = [c for c in subj if c.pos_ != "PRON"]  # "he said he ...": the same one, look further up
            subj = [c for c in subj if _could_stand_for(pron, c) and not _no_person(pron, c)]
            if subj and _possessor_between(subj[0], pron):
                return None, True
            if subj:
                return subj[0], False
        # "When Steinem gathered the writers, she was accused by Friedan": the subject of a clause before it
        subj = [s for c in cur.children if c.dep_ == "advcl" and c.i < pron.i and c.i not in own
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN" and _could_stand_for(pron, s)]
        if subj:
            return subj[0], False
        if (cur.dep_ == "relcl" and cur.head.pos_ == "PROPN" and cur.head.ent_type_ == "PERSON"
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in cur.children)
                and _could_stand_for(pron, cur.head) and pron.i > cur.head.i):
            return cur.head, False  # "Gov. Christie — who is being vetted — made ..., and he battled": parsed in the clause
        if cur.head.i == cur.i or cur.dep_ == "relcl":  # "met Merkel in Berlin, where she ...": unknown
            return None, False
        cur = cur.head
    return None, False


def _pronoun_is(pron, tokens: list, possessive: bool = False) -> bool:
    """Whether a 3rd-person pronoun stands for `tokens`: the nearest agreeing named subject it hangs
    on, else the nearest agreeing named entity before it in its sentence ("When Steinem spoke, she
    was accused by Friedan"). `possessive`: see `_own_clause`."""
    if pron.lower_ not in THIRD_PERSON:
        return False
    subj, stopped = _referent_subject(pron, possessive)
    if stopped:
        return False
    if subj is not None:
        # the subject's phrase or its possessor ("Cruz's rating fell after he ..."), not words in
        # clauses hanging on it ("Andreessen, who backed Romney, said he ...")
        first = min(tokens, key=_index(pron.doc).depth)
        if pron.lower_ in PERSON_PRONOUNS and first.ent_type_ == "NORP" and first.dep_ in DESCRIBING_DEPS:
            return False  # "Republican candidate Trump argued Democrats would support him": Trump, not the party
        top, subj_top = _phrase_top(first), _phrase_top(subj)
        return top.i == subj_top.i or (top.dep_ == "poss" and _phrase_top(top.head).i == subj_top.i)
    bounds = _index(pron.doc).sent_bounds[pron.i]
    labels = ("PERSON", "ORG") if pron.lower_ in PERSON_PRONOUNS_SINGULAR else ("PERSON", "ORG", "GPE", "NORP")
    own = _own_clause(pron, possessive)
    own_subjects = [(c.left_edge.i, c.right_edge.i) for c in own.children
                    if c.dep_ in ("nsubj", "nsubjpass")] if own is not None else []
    # (the subject's possessor may be meant: "Kim's rival Lee attacked him" -> Kim)
    before = [e for e in entities(pron.doc) if bounds[0] <= e.start and e.end <= pron.i and e.label_ in labels
              and not any(lo <= e.start <= hi for lo, hi in own_subjects if not _subjects_possessor(e, lo))]
    return bool(before) and before[-1].start <= tokens[-1].i and tokens[0].i < before[-1].end


CLAUSE_DEPS = {"acl", "relcl", "ccomp", "advcl"}


def _subjects_possessor(ent, lo: int) -> bool:
    """Whether a named entity opens a subject phrase as its possessor ("Kim's rival Lee"): another
    one than the subject, whom an object pronoun of the clause may stand for."""
    return ent.start == lo and ent.root.dep_ == "poss" and ent.root.pos_ == "PROPN" and ent.label_ == "PERSON"


MEDIUM_PREPS = {"on", "via", "over"}


def _phrase(head, act) -> set[int]:
    """Token indices of an act participant's phrase, without the act's own clause: in "a militant
    who India accuses of attacking Mumbai" the militant's phrase holds neither India nor Mumbai."""
    span = set(range(head.left_edge.i, head.right_edge.i + 1))
    verb = act.verb
    if head.left_edge.i <= verb.i <= head.right_edge.i and verb is not head:
        span -= set(range(verb.left_edge.i, verb.right_edge.i + 1))
    # "rejected any suggestion that Y was ...": Y is in what is rejected, not rejected; "praised Y's
    # remarks on Twitter": the medium is where it was said
    for c in head.children:
        if c.dep_ in CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS and any(
                g.dep_ == "pobj" and g.lower_ in relations.MEDIA_NOUNS for g in c.children):
            span -= set(range(c.left_edge.i, c.right_edge.i + 1))
    return span


def _maker_of(obj) -> set[int]:
    """Token indices of who made an act's object: its possessor's phrase is already the object's;
    here the agent of a participle on it ("the proposal offered by X", "a report written by X")."""
    out: set[int] = set()
    for c in obj.children:
        if c.dep_ in ("acl", "relcl"):
            for p in c.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            out.update(range(g.left_edge.i, g.right_edge.i + 1))
    return out


def _posts_body(act, obj) -> bool:
    """"nominate Supreme Court justices": a body that only modifies the people a post-filling verb
    chooses is where their posts are; the act is aimed at the people, not at the body."""
    return (act.verb.lemma_.lower() in lexicon.words("stance_post_filling_verbs.txt") and obj.pos_ == "NOUN"
            and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
                    for c in obj.children))


def _listed_after_participle(act, mentions) -> set[str]:
    """"the measure, supported by X, Y and other groups, including Z, passed": the names listed after
    a participle on its object are its agents (however parsed), never the object it describes."""
    verb = act.verb
    objs = [o for o in act.objects if verb.dep_ == "acl" and verb.head.i == o.i]
    if not objs:
        return set()
    lo, hi = verb.idx, max(o.right_edge.idx + len(o.right_edge.text) for o in objs)
    return {m.actor for m in mentions if lo <= m.start < hi}


def _said_to_be(obj, tset: set) -> bool:
    """"Ortiz is a leader whom Kim admires", "Ortiz, the man Kim blamed": the noun a relative clause
    acts on is the target itself when it is predicated of the target (by "be" or as an apposition)."""
    if obj.dep_ == "appos":
        return obj.head.i in tset
    if obj.dep_ == "attr" and obj.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and _phrase_top(c).i in {_phrase_top(obj.doc[i]).i for i in tset}
                   for c in obj.head.children)
    return False


def _act_object_is_target(act, tset: set, target_tokens: list) -> bool:
    if act.objects and all(_posts_body(act, o) for o in act.objects):
        return False
    if act.verb.dep_ == "relcl" and any(o.i == act.verb.head.i and _said_to_be(o, tset) for o in act.objects):
        return True
    if act.verb.lemma_.lower() in relations.DIRECT_OBJECT_VERBS or act.rule.startswith("phrasal:"):
        return any(o.i in tset or _pronoun_is(o, target_tokens) for o in act.objects)
    # "rebuffed his approaches": what a pronoun's referent made or did, as a named possessor's is;
    # "Y lost, and Z condemned him": the verb's own pronoun object, which find_acts may have read
    # as the earlier clause's object
    pronouns = [c for c in act.verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PRON"]
    # "Y's plan, a change opposed by X": an apposition is the noun it describes
    return any(tset & _phrase(o.head if o.dep_ == "appos" and o.pos_ == "NOUN" else o, act) for o in act.objects) or any(
        _pronoun_is(p, target_tokens, possessive=True) for o in act.objects + pronouns
        for p in (o, *(c for c in o.children if c.dep_ == "poss")))


def _purpose_subjects(verb) -> list:
    """"X launched a website to attack Y", "X's speech attacking Y", "the speech X gave attacking Y":
    a subjectless act on a noun is done by whoever made the noun (its possessor, or the subject of
    the verb it is the object of)."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ == "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    noun = verb.head
    makers = [c for c in noun.children if c.dep_ == "poss"]
    makers += [g for c in noun.children if c.dep_ == "relcl" and c.i != verb.i for g in c.children if g.dep_ == "nsubj"]
    if noun.dep_ in ("dobj", "obj"):
        makers += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return makers


def _doer_phrase(subject) -> set[int]:
    """Token indices of a subject's phrase without the places it happened in: in "the crash in
    Russia killed him" Russia is where, not who."""
    span = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    for c in subject.children:
        if c.dep_ == "prep" and c.lower_ in SETTING_PREPS and c.lower_ != "from":  # "a report from X" is X's
            span -= set(range(c.left_edge.i, c.right_edge.i + 1))
    named = _name_before_description(subject)
    if named is not None:
        span |= set(range(named.left_edge.i, named.right_edge.i + 1))
    return span


def _name_before_description(subject):
    """"Greenwood, the executive who met her, criticized Y", parsed with the name as an interjection
    of the verb and the description as its subject: the name that opens the subject's phrase is the
    doer. None when there is no such name."""
    if subject.pos_ != "NOUN" or subject.head.i == subject.i:
        return None
    return next((c for c in subject.head.children if c.dep_ in ("intj", "npadvmod", "dep") and c.ent_type_
                 and c.i < subject.left_edge.i and c.right_edge.i + 1 < len(c.doc)
                 and c.doc[c.right_edge.i + 1].text == "," and c.doc[c.right_edge.i + 2].i == subject.left_edge.i), None)


def _stance_group_of(source_tokens: list) -> bool:
    """"X supporters cheered Y", "X's critics marched": the source only names whom the subject's
    people back or oppose, so what they do is not the source's act."""
    ix = _index(source_tokens[0].doc)
    head = min(source_tokens, key=ix.depth)
    if head.dep_ in ("compound", "poss") and head.head.lemma_.lower() in relations.AGENT_NOUN_RELATIONS:
        return True
    # "supporters of X booed Y", "critics of the X nominee": X through "of"
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in relations.AGENT_NOUN_RELATIONS)


def _act_subject_is_source(act, sset: set, source_tokens: list) -> bool:
    if any(sset & _doer_phrase(s) for s in act.subjects):
        return not _stance_group_of(source_tokens)
    if not act.subjects and any(sset & set(range(s.left_edge.i, s.right_edge.i + 1)) or _pronoun_is(s, source_tokens)
                                for s in _purpose_subjects(act.verb)):
        return True
    # "X ..., during which he refused to endorse Y": a 3rd-person pronoun subject is the nearest
    # named entity before it when that entity is the source
    if any(_pronoun_is(s, source_tokens) for s in act.subjects):
        return True
    # "X said that she supports Y": a pronoun subject inside what the source says is the source
    if any(s.pos_ == "PRON" for s in act.subjects):
        found = _source_clause(source_tokens)
        if found and found[0] == "speaker" and act.verb in list(found[1].subtree) and act.verb is not found[1]:
            return True
    return _included_in_subjects(act, source_tokens)


PLURAL_TAGS = {"NNS", "NNPS"}


def _included_in_subjects(act, source_tokens: list) -> bool:
    """'Several Greens denounced Y's statement, including Kim': the parser hangs the "including"
    phrase on the nearest noun, a singular object that cannot include anyone; the source is one of
    the plural subjects. 'X condemned several ministers, including Y' keeps Y among the objects."""
    ix = _index(source_tokens[0].doc)
    top = min(source_tokens, key=ix.depth)
    while top.dep_ in ("compound", "conj", "appos", "flat") and top.head.i != top.i:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "including":
        return False
    host = top.head.head
    return (any(s.tag_ in PLURAL_TAGS for s in act.subjects) and host.tag_ not in PLURAL_TAGS
            and (host.i == act.verb.i or any(host.i == o.i or _in_subtree(host, o) for o in act.objects)))


PATIENT_MIN_VALENCE = 1.5
"""How negative a verb must be on its own ("ridiculed", "battered") to be the agent's stance toward
its patient when no act of the relation lexicon covers it. Only harm counts: a positive verb is
mostly about the doer ("won the prize"), and positive acts toward someone are in the lexicon."""


EVENT_NOUN_PREPS = {"on", "at", "against", "toward", "towards", "of", "for", "to"}


def _event_noun_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """"X unleashed a verbal attack on Y", "X capped off his attacks at Y": the source's verb carries
    an act noun of the lexicon aimed at the target, whatever the verb (the relation lexicon knows
    only some light verbs); not when the verb receives, answers or denies the act ("faced criticism
    of Y", "rejected attacks on Y")."""
    ix = _index(doc)
    shead = _phrase_top(min(s_toks, key=ix.depth))
    if shead.dep_ != "nsubj":
        return None
    verb = shead.head
    lemma = verb.lemma_.lower()
    if (lemma in relations.RECEIVE_VERBS or lemma in relations.RESPONSE_HEADS
            or lemma in lexicon.words("denial_verbs.txt")):
        return None
    ttop = _phrase_top(min(t_toks, key=ix.depth))
    if ttop.dep_ != "pobj" or ttop.head.lower_ not in EVENT_NOUN_PREPS:
        return None
    noun = ttop.head.head
    if noun.dep_ not in ("dobj", "obj") or noun.head.i != verb.i:
        return None
    relation = relations.NOUN_RELATIONS.get(noun.lemma_.lower())
    pol = relations.polarity_of(relation) if relation else 0
    if not pol:
        return None
    goldstein = relations.RELATIONS[relation]
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lo, hi = min(verb.idx, noun.idx), ttop.right_edge.idx + len(ttop.right_edge.text)
    return Reading(pol, round(pol * (0.5 + abs(goldstein) / 20), 3), ix.text[lo:hi], f"event-noun:{noun.lemma_.lower()}",
                   lo, hi, relation, goldstein)


def _patient_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """"X ridiculed Y", "Y was ridiculed by X", "a man ridiculed by X": the source does a deed to the
    target (its object, or the subject of its passive), and the deed's own valence is the stance."""
    ix = _index(doc)
    shead = _phrase_top(min(s_toks, key=ix.depth))
    if shead.dep_ == "nsubj":
        verb, passive = shead.head, False
    elif shead.dep_ == "pobj" and shead.head.dep_ == "agent":
        verb, passive = shead.head.head, True
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    if passive:
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
        if not patients and verb.dep_ in ("conj", "advcl") and verb.tag_ == "VBN":
            # "Y was fired, arrested by X": a participle sharing the passive subject before it
            patients = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    else:
        patients = [c for c in verb.children if c.dep_ == "dobj"]
    patients = [p for head in patients for p in (head, *head.conjuncts)]
    ttop = _phrase_top(min(t_toks, key=ix.depth))
    if not any(p.i == ttop.i for p in patients):
        return None
    info = ix.info(verb.i)
    value = info.valence if info is not None else 0.0
    if value > -PATIENT_MIN_VALENCE:
        return None
    pol = -1
    negs = [c for c in verb.children if c.dep_ == "neg"]
    lo, hi = min([verb, *negs], key=lambda t: t.i), verb
    start, end = lo.idx, hi.idx + len(hi.text)
    return Reading(pol, round(pol * min(1.0, 0.4 + abs(value) / 6), 3), ix.text[start:end],
                   "patient:" + verb.lemma_.lower(), start, end)


def _same_name(doc, tokens: list) -> list[list]:
    """Other mentions of the same name in the sentence: the same words, not inside `tokens`."""
    ix = _index(doc)
    a, b = ix.sent_bounds[tokens[0].i]
    words = [t.text for t in tokens]
    if not any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens):
        return []
    n = len(words)
    return [ix.tokens[i:i + n] for i in range(a, b - n + 1)
            if i != tokens[0].i and [t.text for t in ix.tokens[i:i + n]] == words]


SUBJECT_PATH_MIN_NEGATIVE = 0.6
"""How sure the sentence-level reading must be that the target is spoken of negatively before a
negative word between a subject and the target makes it the subject's stance (directed dev)."""
PATH_MODIFIER_DEPS = {"amod", "advmod", "acomp", "neg"}


OWN_FAILURE_LEMMAS = {"fail"}
"""Words on a subject's path that tell how the subject itself fared ("X failed to land his attacks
as often as Y"): no judgement of the target."""


def _subject_path_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """The fallback for a pair the parse links in no way the other readers know: "X toured the
    coast, telling voters that Y had wasted their money", "X concluded that Y had been dishonest".
    The source heads the subject of the clause the target sits in
    (not a clause coordinated with it: "X abused ..., and Y bullied ..." are two deeds), a negative
    word lies on the dependency path between them, and the sentence reads negative toward the
    target. Only negative: positive words on such paths mostly praise the subject's own doings."""
    ix = _index(doc)
    shead, thead = min(s_toks, key=ix.depth), min(t_toks, key=ix.depth)
    if ix.sent_bounds[shead.i] != ix.sent_bounds[thead.i]:
        return None
    stop = _phrase_top(shead)
    if stop.dep_ not in ("nsubj", "nsubjpass") or _in_subtree(thead, stop) or _stance_group_of(s_toks):
        return None
    verb = stop.head
    if stop.dep_ == "nsubjpass" and any(c.dep_ == "agent" and _in_subtree(thead, c) for c in verb.children):
        return None  # "X was accused of fraud by Y": Y is the one who acts
    ttop = _phrase_top(thead)
    if ttop.dep_ == "pobj" and ttop.head.lower_ == "by" and stop.dep_ == "nsubjpass" or (
            ttop.dep_ == "nsubj" and ttop.head.dep_ == "relcl" and ttop.head.head.lemma_.lower() not in relations.MANNER_NOUNS):
        return None  # "X was described as a liar by Y", "X is the man Y blamed": Y is the one who acts
    down = ix.path(thead.i)
    if verb.i not in down or thead.i < verb.i:
        return None
    below = down[:down.index(verb.i)]
    if not below or ix.tokens[below[-1]].dep_ == "conj":
        return None
    skip = {t.i for t in s_toks} | {t.i for t in t_toks}
    words = [i for i in ix.path(stop.i)[1:2] + below if i not in skip]
    words += [c.i for i in list(words) for c in ix.tokens[i].children if c.dep_ in PATH_MODIFIER_DEPS and c.i not in skip]
    events = lexicon.words("stance_event_words.txt")
    valences = {i: info.valence for i in words if (info := ix.info(i)) is not None and info.valence
                and info.facts.lemma not in events and ix.tokens[i].lemma_.lower() not in OWN_FAILURE_LEMMAS}
    if sum(valences.values()) >= 0:
        return None
    neg, _, _ = predict(features(make_context(doc, (t_toks[0].idx, t_toks[-1].idx + len(t_toks[-1].text))))[0])
    if neg <= SUBJECT_PATH_MIN_NEGATIVE:
        return None
    word = ix.tokens[min(valences, key=valences.get)]
    start, end = word.idx, word.idx + len(word.text)
    return Reading(-1, round(-0.3 * neg, 3), ix.text[start:end], f"subject-path:{word.lower_}", start, end)


SURFACE_ACT_RELATIONS = {"criticize", "accuse", "praise", "thank", "oppose", "support"}
SURFACE_ACT_MAX_GAP = 6
CLAUSE_BREAK_WORDS = {"that", "who", "whom", "which", "and", "but", "or", ";", ":"}


def _surface_act_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """The fallback for a parse that lost an act's subject or object in a long sentence ("Khalil
    Muhammad, professor of history, race and policy, accused Donald Trump Saturday of ..."): the
    source, then an evaluative act verb with no other verb or clause break between them, then the
    target within a few words of it. Half the score of a parsed act (a lower-confidence reading)."""
    ix = _index(doc)
    if ix.sent_bounds[s_toks[0].i] != ix.sent_bounds[t_toks[0].i] or _stance_group_of(s_toks):
        return None  # what "X supporters" do is theirs
    passive = s_toks[0].i > t_toks[-1].i  # "Y, criticized strongly by X": the target comes first
    first, last = (t_toks, s_toks) if passive else (s_toks, t_toks)
    if last[0].i <= first[-1].i:
        return None
    for verb in ix.tokens[first[-1].i + 1:last[0].i]:
        relation = relations.VERB_RELATIONS.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or relation not in SURFACE_ACT_RELATIONS:
            continue
        before, after = ix.tokens[first[-1].i + 1:verb.i], ix.tokens[verb.i + 1:last[0].i]
        by_agent = verb.tag_ in ("VBN", "VBD") and bool(after) and after[-1].lower_ == "by"
        if by_agent != passive or not passive and verb.tag_ == "VBN":
            return None
        if not passive and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and first[-1].i < c.i < verb.i
                               for c in verb.children):
            return None  # "In Kim's view, Lee criticised Y": the verb names its own doer
        if (len(after) > SURFACE_ACT_MAX_GAP or _negated(verb)
                or any(t.pos_ in ("VERB", "AUX") or t.lower_ in CLAUSE_BREAK_WORDS for t in (*before, *after))):
            return None
        if not passive and after and after[-1].lower_ in MEDIUM_PREPS and last[-1].lower_ in relations.MEDIA_NOUNS:
            return None  # "praised the remarks on Twitter": where it was said
        pol = relations.polarity_of(relation)
        start, end = verb.idx, verb.idx + len(verb.text)
        return Reading(pol, round(pol * (0.25 + abs(relations.RELATIONS.get(relation, 0.0)) / 40), 3),
                       ix.text[start:end], f"surface-act:{verb.lemma_.lower()}", start, end, relation)
    return None


# ---------------------------------------------------------------- who holds the stance (pair readers)

SENTIMENT_MAX_SCORE = 0.49
"""An act names its source and target (|score| >= 0.5), so when the two directions of a pair
disagree, the act outweighs a sentiment reading of the other direction ("X raised taxes,
prompting Y to accuse him of betraying voters": Y's accusation, not X's words near Y)."""


def _below_acts(score: float) -> float:
    return max(-SENTIMENT_MAX_SCORE, min(SENTIMENT_MAX_SCORE, score))


@lru_cache(maxsize=1)
def _experiencer_words() -> dict[str, int]:
    """Feeling word -> sign: "anger" -1, "impressed" +1 (`lexicons/stance_experiencer_words.tsv`)."""
    return {k: (1 if float(v) > 0 else -1) for k, v in lexicon.mapping("stance_experiencer_words.tsv").items()}


FEELING_PREPS = {"at", "with", "in", "by", "over", "about", "of", "on"}
FEELING_HOLDER_VERBS = {"be", "become", "seem", "remain", "grow", "feel", "get", "appear", "look", "sound"}


def _feeling_roles(word):
    """(experiencer head, [stimulus heads]) of a feeling word, or None: "X's remarks angered Y"
    (object and subject), "Y was angered by X" (passive subject and agent), "Y is furious with X"
    (the copula's subject and the adjective's preposition). The small model often reads a
    sentence-final "angered Y" as an adjective on Y; its subject is then Y's earlier subject."""
    kids = list(word.children)
    preps = [gc for c in kids if (c.dep_ in ("prep", "agent") and c.lower_ in FEELING_PREPS)
             for gc in c.children if gc.dep_ == "pobj"]
    if word.pos_ == "VERB" and word.dep_ not in ("amod", "acomp"):
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        if passive:
            return (passive[0], preps) if preps else None
        objects = [c for c in kids if c.dep_ in ("dobj", "obj")]
        subjects = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
        if objects and subjects:
            subj = subjects[0]
            if subj.lower_ in relations.RELATIVE_PRONOUNS and word.dep_ == "relcl":
                subj = word.head
            return objects[0], [subj]
        return None
    if word.dep_ == "amod" and word.i < word.head.i and word.head.pos_ in ("PROPN", "NOUN"):
        holder = word.head
        subjects = [c for t in (holder, word) for c in t.children if c.dep_ == "nsubj" and c.i < word.i]
        root = next((t for t in word.sent if t.dep_ == "ROOT"), None)
        if not subjects and word.tag_ in ("VBD", "VBN") and root is not None and root.pos_ in ("NOUN", "PROPN") and root.i < word.i:
            subjects = [root]  # "X's remarks on the deal angered Y" read as one noun phrase
        return (holder, subjects) if subjects else None
    if word.dep_ == "acomp" and word.head.lemma_.lower() in FEELING_HOLDER_VERBS:
        holder = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        preps += [gc for c in word.head.children if c.dep_ == "prep" and c.lower_ in FEELING_PREPS and c.i > word.i
                  for gc in c.children if gc.dep_ == "pobj"]
        return (holder[0], preps) if holder and preps else None
    return None


def _holds(head, s_toks, ix) -> bool:
    """Whether the source is the experiencer: its phrase's head (or a conjunct of it), or the
    possessor of it ("Y's aides were furious"), unless that names a stance group ("Y's critics")."""
    top = _phrase_top(min(s_toks, key=ix.depth))
    heads = {t.i for t in (head, *head.conjuncts)}
    if top.i in heads or (head.pos_ == "PRON" and _pronoun_is(head, s_toks)):
        return True
    return top.dep_ == "poss" and top.head.i in heads and not _stance_group_of(s_toks)


def _caused(stimulus, t_toks, holder) -> bool:
    """Whether the target is (in) what caused the feeling: its phrase, with its possessor and a
    "by" maker ("the move by X"), not a clause hanging on it nor the one who feels."""
    tset = {t.i for t in t_toks} - set(range(holder.left_edge.i, holder.right_edge.i + 1))
    for head in (stimulus, *stimulus.conjuncts):
        span = set(range(head.left_edge.i, head.right_edge.i + 1))
        for c in head.children:
            if c.dep_ in CLAUSE_DEPS:
                span -= set(range(c.left_edge.i, c.right_edge.i + 1))
        if tset & span and _own_doing(head, t_toks):
            return True
    return False


def _own_doing(head, t_toks) -> bool:
    """Whether a phrase that holds the target stands for the target or its doings: the target
    heads it, or it is no event that befell the target ("X's remarks", not "X's arrest" or "X's
    death", whose outrage may well be on X's side)."""
    ix = _index(head.doc)
    top = _phrase_top(min(t_toks, key=ix.depth))
    if top.i in {head.i, *(c.i for c in head.conjuncts)}:
        return True
    return head.lemma_.lower() not in lexicon.words("stance_event_words.txt")


def _experiencer_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """"X's remarks angered Y", "Y was disappointed by X", "Y is furious with X", "X impressed Y":
    the one who feels holds the stance toward what caused it, whichever is the subject. The reverse
    pair (the cause toward the one who feels) reads neutral, so no harm-done reading ("X angered Y"
    is no attack of X on Y) takes its place."""
    ix = _index(doc)
    a, b = ix.sent_bounds[s_toks[0].i]
    if ix.sent_bounds[t_toks[0].i] != (a, b):
        return None
    words = _experiencer_words()
    for word in ix.tokens[a:b]:
        sign = words.get(word.lemma_.lower()) or words.get(word.lower_)
        if not sign or word.pos_ not in ("VERB", "ADJ"):
            continue
        roles = _feeling_roles(word)
        if roles is None:
            continue
        holder, stimuli = roles
        if _holds(holder, s_toks, ix) and any(_caused(s, t_toks, holder) for s in stimuli):
            negated = _negated(word) or (word.dep_ == "acomp" and _negated(word.head))
            pol = -sign if negated else sign
            start, end = word.idx, word.idx + len(word.text)
            return Reading(pol, round(0.6 * pol, 3), ix.text[start:end], f"experiencer:{word.lemma_.lower()}", start, end)
        if _holds(holder, t_toks, ix) and any(_caused(s, s_toks, holder) for s in stimuli):
            return Reading(0, 0.0, "", "experiencer-reversed", 0, 0)
    return None


@lru_cache(maxsize=1)
def _reaction_nouns() -> dict[str, int]:
    """Noun -> sign of a reaction drawn from others: the act nouns ("criticism" -1, "backing" +1)
    and `lexicons/stance_reaction_nouns.tsv` ("ire" -1, "respect" +1)."""
    out = {noun: relations.polarity_of(rel) for noun, rel in relations.NOUN_RELATIONS.items()}
    out.update({k: (1 if float(v) > 0 else -1) for k, v in lexicon.mapping("stance_reaction_nouns.tsv").items()})
    return {k: v for k, v in out.items() if v}


GIVER_PREPS = {"from", "by", "of", "among", "amongst", "within"}
GIVER_ENTS = {"NORP", "GPE", "ORG", "PERSON"}


def _drawn_reactions(verb) -> list:
    """The reaction nouns a verb's subject draws: its object ("drew the ire of Y"), what it is
    under ("came under investigation by Y"), what it is met with ("was met with scorn from Y") or
    the reaction it is the target of ("is the target of attacks by Y")."""
    nouns = _reaction_nouns()
    lemma = verb.lemma_.lower()
    drawing = lemma in relations.RECEIVE_VERBS or lemma in lexicon.words("stance_drawing_verbs.txt")
    found = []
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and drawing and lemma != "meet":
            found.append(c)
        elif c.dep_ == "prep" and (c.lower_ == "under" or (c.lower_ == "with" and lemma == "meet")):
            found += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "attr" and c.lemma_.lower() in lexicon.words("stance_aim_nouns.txt"):
            found += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return [n for head in found for n in (head, *head.conjuncts) if n.lemma_.lower() in nouns]


def _givers(noun) -> list:
    """Who a drawn reaction comes from: its possessor ("Y's ire") or the object of "from", "by",
    "of" or "among" on the noun or its verb."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    heads = [c for c in noun.children if c.dep_ == "poss" or (  # "faced U.S. sanctions", "drew Republican criticism"
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in GIVER_ENTS and c.i < noun.i)]
    heads += [g for p in (*noun.children, *verb.children) if p.dep_ in ("prep", "agent") and p.lower_ in GIVER_PREPS
              and p.i > noun.i for g in p.children if g.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _drawing_subjects(verb) -> list:
    """Who draws what a verb draws: its subject; for a relative clause, the noun it describes ("X's
    call, which prompted a protest from Y"); for a subjectless participle, the subject of the clause
    it hangs on ("X sued 200 people, prompting criticism from Y")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.lower_ in relations.RELATIVE_PRONOUNS for c in subjects):
        noun = verb.head
        if any(c.lower_ == "which" for c in subjects) and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
            return [noun.head.head]  # "X's call with Kim, which ...": the call, however the parse hangs it
        return [noun]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _received_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """"X drew the ire of Y", "X remains under investigation by Y", "X has the backing of Y",
    "X's plan sparked outrage from Y", "X is the target of attacks by Y": the giver of a reaction
    the target's phrase draws holds the stance. The reverse pair (whoever draws it toward the
    giver) reads neutral, so "has the support of Y" is not read as support for Y."""
    ix = _index(doc)
    a, b = ix.sent_bounds[s_toks[0].i]
    if ix.sent_bounds[t_toks[0].i] != (a, b):
        return None
    sset, tset = {t.i for t in s_toks}, {t.i for t in t_toks}
    for verb in ix.tokens[a:b]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = _drawing_subjects(verb)
        if not subjects or _negated(verb):
            continue
        reactions = _drawn_reactions(verb)
        if not reactions:
            continue
        drawers = set().union(*(_doer_phrase(s) for s in subjects if _own_doing(s, t_toks)))
        if verb.dep_ == "relcl":  # the noun's phrase without the clause that draws the reaction
            drawers -= set(range(verb.left_edge.i, verb.right_edge.i + 1))
        for noun in reactions:
            givers = _givers(noun)
            given = set().union(*(set(range(g.left_edge.i, g.right_edge.i + 1)) for g in givers)) if givers else set()
            if tset & drawers and sset & given and not sset & drawers:
                sign = _reaction_nouns()[noun.lemma_.lower()] * (-1 if verb.lemma_.lower() == "lose" else 1)
                lo = min(verb.idx, noun.idx)
                hi = max(noun.idx + len(noun.text), verb.idx + len(verb.text))
                return Reading(sign, round(0.55 * sign, 3), ix.text[lo:hi], f"received:{noun.lemma_.lower()}", lo, hi)
            if sset & drawers and tset & given and not tset & drawers:
                return Reading(0, 0.0, "", "received-reversed", 0, 0)
    return None


STANDING_PREPS = {"among", "amongst"}
STANDING_WITH_WORDS = {"popular", "unpopular", "resonate", "favourable", "favorable", "unfavourable", "unfavorable"}


def _standing_of(tok):
    """(the clause's subject, its predicate) when `tok` names those among whom the subject stands:
    "X is popular among Y", "X had strong support among Y", "X polls better with Y voters"; else None."""
    top = _phrase_top(tok)
    if top.dep_ != "pobj" or top.head.dep_ != "prep":
        return None
    prep = top.head
    host = prep.head
    if host.lemma_.lower() == "be":  # "X is popular among Y" parsed with "among" on the copula
        host = next((c for c in host.children if c.dep_ == "acomp"), host)
    if prep.lower_ not in STANDING_PREPS and not (prep.lower_ == "with" and host.lemma_.lower() in STANDING_WITH_WORDS):
        return None
    verb = host
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or verb.lemma_.lower() == "be" and host.i == verb.i:
        return None  # "X was among Y's critics": one of them, no standing
    return subjects[0], verb, host


def _standing_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """"X is popular among Y", "X had a lot of support among Y": those among whom the subject
    stands hold the stance the predicate's words give it (positive "popular", "support", "better";
    negative "unpopular", "lost ground"). The reverse pair reads neutral: the subject takes no
    stance toward its voters."""
    ix = _index(doc)
    for src, tgt, sign_of in ((s_toks, t_toks, 1), (t_toks, s_toks, 0)):
        found = _standing_of(min(src, key=ix.depth))
        if found is None:
            continue
        subject, verb, host = found
        if not {t.i for t in tgt} & _doer_phrase(subject) or {t.i for t in src} & _doer_phrase(subject):
            continue
        words = {verb.i, host.i} | {c.i for c in verb.children if c.dep_ in ("acomp", "dobj", "advmod", "attr")}
        words |= {g.i for w in list(words) for g in ix.tokens[w].children if g.dep_ in ("pobj", "prep", "amod", "advmod")}
        words |= {g.i for w in list(words) for g in ix.tokens[w].children if g.dep_ == "pobj"}
        value = sum(info.valence for i in words if (info := ix.info(i)) is not None)
        if _negated(verb):
            value = -value
        if not sign_of:
            return Reading(0, 0.0, "", "standing-reversed", 0, 0)
        if abs(value) < 1:
            return None
        pol = 1 if value > 0 else -1
        lo, hi = min(verb.idx, host.idx), max(verb.idx + len(verb.text), host.idx + len(host.text))
        return Reading(pol, round(0.45 * pol, 3), ix.text[lo:hi], f"standing:{host.lemma_.lower()}", lo, hi)
    return None


def _reported_doer(s_toks: list, t_toks: list):
    """(the word standing for the target in what the source reports, the reported clause), or None:
    "Ortiz, who Kim said was a liar" (the relative pronoun of a speech verb's relative clause on the
    target), "'He has no idea,' Kim said of Ortiz" (a pronoun subject of what is said of the target)."""
    ix = _index(s_toks[0].doc)
    shead, ttop = _phrase_top(min(s_toks, key=ix.depth)), _phrase_top(min(t_toks, key=ix.depth))
    if shead.dep_ != "nsubj" or shead.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    verb = shead.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "relcl" and verb.head.i == ttop.i:
        return next(((s, c) for c in clauses for s in c.children
                     if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in relations.RELATIVE_PRONOUNS), None)
    if ttop.dep_ == "pobj" and ttop.head.lower_ in ("of", "about") and ttop.head.head.i == verb.i:
        return next(((s, c) for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                     and s.lower_ in THIRD_PERSON and _could_stand_for(s, ttop)), None)
    return None


def _reported_doer_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """What the source reports of the word that stands for the target (`_reported_doer`), read as
    a speaker's words are: a deed or verdict on it, else the sentiment toward it."""
    found = _reported_doer(s_toks, t_toks)
    if found is None:
        return None
    doer, clause = found
    allowed = [(clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))]
    r = _responsibility_reading(doc, doer, allowed) or _deed_reading(doc, doer, allowed, demands=False)
    if r is None:
        r = read_target(doc, (doer.idx, doer.idx + len(doer.text)), allowed, link="speaker")
        if abs(r.score) < LINK_MIN_SCORE["speaker"]:
            r.polarity = 0
        r.score = _below_acts(r.score)
    r.rule = f"reported-doer:{r.rule}"
    return r


def _earlier_doer(obj, verb):
    """Who did what a definite product noun names, as the sentence told it just before: the
    subject of the nearest earlier verb of the sentence ("Ortiz raised taxes, and Kim slammed the
    move": Ortiz). None when the noun says its maker itself (a possessor, "by")."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in obj.children) or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in obj.children):
        return None
    ix = _index(obj.doc)
    a, _ = ix.sent_bounds[verb.i]
    for t in reversed(ix.tokens[a:verb.i]):
        if t.pos_ == "VERB" and t.i != verb.i:
            subj = [c for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                return subj[0]
    return None


def _earlier_deed_reading(doc, s_toks: list, t_toks: list) -> Reading | None:
    """"Ortiz raised taxes, and Kim slammed the move": an act of the source on a product noun
    ("the move", "the plan", `lexicons/stance_products.tsv`) whose doer the sentence just named is
    a lower-confidence act on that doer (half score, as for "criticized the plan offered by X")."""
    sset = {t.i for t in s_toks}
    ttop = _phrase_top(min(t_toks, key=_index(doc).depth))
    for act in _index(doc).acts(t_toks[0]):
        if not relations.polarity_of(act.relation) or not _act_subject_is_source(act, sset, s_toks):
            continue
        for obj in act.objects:
            if obj.lemma_.lower() not in _products():
                continue
            doer = _earlier_doer(obj, act.verb)
            if doer is not None and doer.i == ttop.i and not sset & set(range(doer.left_edge.i, doer.right_edge.i + 1)):
                r = _act_reading(act, doc)
                r.score, r.rule = round(r.score / 2, 3), r.rule + "+made-earlier"
                return r
    return None


def source_stance(doc, source: tuple[int, int], target: tuple[int, int], allowed=None) -> Reading:
    """The source's stance toward the target: an act between them, else the target sentiment of the
    clause the source governs, else neutral."""
    s_toks, t_toks = _span_tokens(doc, *source), _span_tokens(doc, *target)
    if not s_toks or not t_toks:
        return Reading(0, 0.0, "", "none", 0, 0)
    sset, tset = {t.i for t in s_toks}, {t.i for t in t_toks}
    acts = _index(doc).acts(t_toks[0])
    # "After meeting Y, X praised him": of the source's acts on the target, one that takes a side
    matching = [act for act in acts if _act_subject_is_source(act, sset, s_toks) and _act_object_is_target(act, tset, t_toks)
                and not _party_candidate(act, s_toks)]
    if matching:
        return _act_reading(next((a for a in matching if relations.polarity_of(a.relation)), matching[0]), doc)
    # "The narrative of Puig took a hit, but Roberts praised Puig": the same name again is the same one
    for s_run in [s_toks, *_same_name(doc, s_toks)]:
        for t_run in [t_toks, *_same_name(doc, t_toks)]:
            if s_run is s_toks and t_run is t_toks or {t.i for t in s_run} & {t.i for t in t_run}:
                continue
            for act in acts:
                if (_act_subject_is_source(act, {t.i for t in s_run}, s_run)
                        and _act_object_is_target(act, {t.i for t in t_run}, t_run)):
                    return _act_reading(act, doc)
    for act in acts:  # "criticized the budget proposal offered by the Trump administration": its maker
        if relations.polarity_of(act.relation) and _act_subject_is_source(act, sset, s_toks) and any(
                tset & _maker_of(o) for o in act.objects):
            r = _act_reading(act, doc)
            r.score, r.rule = round(r.score / 2, 3), r.rule + "+made-by"
            return r
    felt = (_experiencer_reading(doc, s_toks, t_toks) or _received_reading(doc, s_toks, t_toks)
            or _standing_reading(doc, s_toks, t_toks)
            or _reported_doer_reading(doc, s_toks, t_toks) or _earlier_deed_reading(doc, s_toks, t_toks))
    if felt is not None:
        return felt
    link = _linked(s_toks, t_toks)
    if not link:
        return (_subject_path_reading(doc, s_toks, t_toks) or _surface_act_reading(doc, s_toks, t_toks)
                or _pronoun_reading(doc, source, s_toks, t_toks) or Reading(0, 0.0, "", "no-link", 0, 0))
    if allowed is None:
        clause = _source_clause(s_toks)[1]
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        # words about the source itself ("said Eric Winston, an offensive lineman") are no stance
        shead = min(s_toks, key=_index(doc).depth)
        while shead.dep_ in NOUN_CLIMB_DEPS and shead.head is not shead:
            shead = shead.head
        s_lo, s_hi = shead.left_edge.idx, shead.right_edge.idx + len(shead.right_edge.text)
        allowed = [(lo, max(lo, min(hi, s_lo))), (max(lo, s_hi), hi)] if lo <= s_lo < hi else [(lo, hi)]
        topic = _topic_of(min(t_toks, key=_index(doc).depth), clause) if link == "speaker" else None
        if topic is not None:  # "Asked about X posting angry comments, Y ...": the question is not Y's word
            t_lo, t_hi = topic.left_edge.idx, topic.right_edge.idx + len(topic.right_edge.text)
            allowed = [piece for a, b in allowed for piece in ((a, min(b, t_lo)), (max(a, t_hi), b)) if piece[0] < piece[1]]
    if link == "speaker":  # "there is no one better than Y," X said
        unmatched = _unmatched_reading(doc, min(t_toks, key=_index(doc).depth), allowed)
        if unmatched is not None:
            return unmatched
    if link == "speaker" and _nothing_said(_source_clause(s_toks)[1]):
        return Reading(0, 0.0, "", "speaker:nothing-said", 0, 0)
    if link == "speaker":
        alleged = _alleged_reading(doc, _source_clause(s_toks)[1], min(t_toks, key=_index(doc).depth))
        if alleged is not None:
            return alleged
    if link in ("speaker", "reported"):  # "X said Bitcoin is a fraud", "X said Y had dumped steel": the reported deed
        thead = min(t_toks, key=_index(doc).depth)
        answerable = _responsibility_reading(doc, thead, allowed)
        if answerable is not None:
            answerable.rule = f"{link}:{answerable.rule}"
            return answerable
        deed = _deed_reading(doc, _phrase_top(thead), allowed, demands=False)
        top = _phrase_top(thead)
        if deed is None and top.dep_ == "poss":
            deed = _deed_reading(doc, _phrase_top(top.head), allowed, demands=False)
            if deed is not None:
                deed.score, deed.rule = round(deed.score / 2, 3), deed.rule + "+possessor"
        if deed is not None and (link == "speaker" or deed.rule.split("+")[0] == "deed:be"):
            deed.rule = f"{link}:{deed.rule}"
            return deed
    if link == "agent":
        deed = _event_noun_reading(doc, s_toks, t_toks) or _patient_reading(doc, s_toks, t_toks)
        if deed is not None:
            deed.rule = f"{link}:{deed.rule}"
            return deed
    reading = read_target(doc, target, allowed, link=link)
    reading.rule = f"{link}:{reading.rule}"
    if abs(reading.score) < LINK_MIN_SCORE[link] or _event_evidence(doc, reading, min(t_toks, key=_index(doc).depth)):
        reading.polarity = 0
    if reading.rule == f"{link}:quoted-fragment" and reading.polarity > 0:
        reading.polarity = 0  # praise in quotation marks is mostly a scare quote or a quoted pledge
    if link == "reported" and reading.rule != f"{link}:quoted-fragment":
        reading.polarity = 0  # a fact reported "according to X" is no judgement of X's own
    if link == "speaker" and reading.polarity and _only_the_cue(doc, s_toks, t_toks, reading):
        reading.polarity = 0
    if link == "speaker" and reading.polarity and _only_a_description(doc, t_toks, reading):
        reading.polarity = 0
    if link == "agent" and reading.polarity and _what_the_source_receives(doc, s_toks, reading):
        reading.polarity = 0
    reading.score = _below_acts(reading.score)
    if not reading.polarity and link in ("agent", "possessor"):
        return _surface_act_reading(doc, s_toks, t_toks) or reading
    return reading


ALLEGING_LEMMAS = {"allege", "charge", "complain", "claim"}


def _alleged_reading(doc, cue, thead) -> Reading | None:
    """"X alleged that Y had met the bidders in secret", "X charged that Y is trying to ...": what
    is alleged of Y is a wrong Y is accused of, so the one alleging blames Y (the subject of the
    alleged clause), whatever the words. None otherwise."""
    if cue.lemma_.lower() not in ALLEGING_LEMMAS:
        return None
    top = _phrase_top(thead)
    clause = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i != cue.i:
        return None
    if cue.lemma_.lower() == "charge" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None  # "charged Y with fraud" is an act, read before; only "charged that ..." alleges
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None  # "complained that many Greens would back the plan": a forecast, no wrong alleged
    return Reading(-1, -0.5, _index(doc).text[cue.idx:cue.idx + len(cue.text)], "speaker:alleged",
                   cue.idx, cue.idx + len(cue.text))


def _statement_alleged(doc, ix, st, thead) -> Reading | None:
    """`_alleged_reading` for a statement of an article: what its speaker alleges of the subject of
    the alleged clause ("Ortiz alleged that Kim had hidden the report") blames that one, as in a
    pair reading (`source_stance`). None without a cue token or a target token."""
    if thead is None or st.cue_start is None or not len(ix.tokens):
        return None
    cue = ix.tokens[max(0, bisect_right(ix.idx, st.cue_start) - 1)]
    return _alleged_reading(doc, cue, thead)


def _nothing_said(cue) -> bool:
    """"X did not respond to a request for comment on the criticism of Y", "X declined to comment
    on Y's plan", "X never said Y was ...": a cue negated or declined says nothing of the source's
    own, so the words around it are no stance (an act named outright is read before)."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("decline", "refuse")


def _unmatched_reading(doc, thead, allowed) -> Reading | None:
    """"There was no one better than Y", "nobody is better qualified than Y", "no one is worse than
    Y": a comparison nobody matches judges Y by the comparative's own valence (better: praise,
    worse: blame). None unless the target is what "than" compares with and the comparison's
    "no"/"nobody"/"none" lies in the speaker's words."""
    if thead.dep_ != "pobj" or thead.head.lower_ != "than":
        return None
    host = thead.head.head
    comp = host if host.tag_ in COMPARATIVE_TAGS else next(
        (c for c in host.children if c.tag_ in COMPARATIVE_TAGS), None)
    if comp is None:
        return None
    value = _valence(comp)
    if not value:
        return None
    scope = comp
    for _ in range(3):  # the noun or clause the comparison belongs to
        if scope.head.i == scope.i or scope.pos_ in ("VERB", "AUX"):
            break
        scope = scope.head
    nobody = next((t for t in scope.subtree if t.lower_ in NONE_WORDS and t.i < thead.i and not any(
        t2.dep_ == "neg" for t2 in t.children)), None)
    if nobody is None or not any(a <= nobody.idx < b for a, b in allowed or [(0, len(_index(doc).text))]):
        return None
    pol = 1 if value > 0 else -1
    lo, hi = nobody.idx, comp.idx + len(comp.text)
    return Reading(pol, round(pol * 0.6, 3), _index(doc).text[lo:hi], "speaker:unmatched", lo, hi)


def _pronoun_reading(doc, source: tuple[int, int], s_toks: list, t_toks: list) -> Reading | None:
    """"Ryan spoke first, and Kim said his plan was a fraud": the source's stance toward a pronoun
    of its clause that stands for the target (`_pronoun_is`) and not for the source. Half the score
    (a lower-confidence reading), rule prefixed "pronoun:"."""
    ix = _index(doc)
    a, b = ix.sent_bounds[s_toks[0].i]
    if ix.sent_bounds[t_toks[0].i] != (a, b):
        return None
    stop = _phrase_top(min(s_toks, key=ix.depth))
    if _in_subtree(min(t_toks, key=ix.depth), stop):
        return None  # "Portuguese Prime Minister Coelho said he ...": the pronoun is the whole phrase
    sset = {t.i for t in s_toks}
    for pron in ix.tokens[max(a, t_toks[-1].i + 1):b]:
        if (pron.lower_ not in THIRD_PERSON or pron.i in sset or not _pronoun_is(pron, t_toks, possessive=True)
                or _pronoun_is(pron, s_toks, possessive=True)):
            continue
        link = _linked(s_toks, [pron])
        if not link or link == "agent" and pron.dep_ == "poss":
            continue  # "X abused women, and Y bullied his victims": whose victims, not who is judged
        r = source_stance(doc, source, (pron.idx, pron.idx + len(pron.text)))
        if r.polarity:
            r.score, r.rule = round(r.score / 2, 3), "pronoun:" + r.rule
            return r
    return None


def pair_stance(doc, source: tuple[int, int], target: tuple[int, int], reparse=None) -> Reading:
    """The source's stance toward the target in a text given as one sentence (a directed pair):
    `source_stance`, and when the parser cut that sentence between the two names ("Kim's plan passed
    on Monday.“We are grateful to Kim,” Lee said"), the reading of the text parsed whole
    (`reparse()`, see `pipeline.parse_as_one_sentence`), kept only when its evidence lies in the
    source's own part: the narration before the cut is no one's word. Half the score (a
    lower-confidence reading), rule prefixed "across-cut:"."""
    reading = source_stance(doc, source, target)
    if reading.polarity or reparse is None:
        return reading
    s_toks, t_toks = _span_tokens(doc, *source), _span_tokens(doc, *target)
    if not s_toks or not t_toks:
        return reading
    ix = _index(doc)
    own, other = ix.sent_bounds[s_toks[0].i], ix.sent_bounds[t_toks[0].i]
    if own == other:
        return reading
    lo, hi = ix.tokens[own[0]].idx, ix.tokens[own[1] - 1].idx + len(ix.tokens[own[1] - 1].text)
    whole = source_stance(reparse(), source, target)
    if not whole.polarity or not (lo <= whole.start < hi or _quoted_into(ix.text, whole.start, lo, hi)):
        return reading
    whole.score, whole.rule = round(whole.score / 2, 3), "across-cut:" + whole.rule
    return whole


def _quoted_into(text: str, pos: int, lo: int, hi: int) -> bool:
    """Whether `pos` lies in a quotation that closes within `lo:hi` (“Kim is a disgrace. He has
    wrecked the harbour,” Lee said): the words before the cut are then the speaker's too."""
    before = text[:pos]
    curly_open = max(before.rfind(q) for q in OPEN_QUOTES) > max(before.rfind(q) for q in CLOSE_QUOTES)
    straight_open = before.count('"') % 2 == 1 and '""' not in text  # doubled marks: escaped text, no count holds
    if not (curly_open or straight_open):
        return False
    marks = CLOSE_QUOTES if curly_open else {'"'}
    closing = [k for k in (text.find(q, pos) for q in marks) if k >= 0]
    return bool(closing) and lo <= min(closing) < hi


ADDRESS_LEMMAS = {"say", "tell"}


def _only_the_cue(doc, s_toks: list, t_toks: list, reading: Reading) -> bool:
    """Whether a speaker's reading rests on how they spoke, not on what they said of the target:
    its evidence is the speech verb itself ("argued that Democrats would ...": arguing is no
    judgement of the Democrats) or the target is the one spoken to ("told Ruiz's hearing that ...")."""
    cue = _source_clause(s_toks)[1]
    ttop = _phrase_top(min(t_toks, key=_index(doc).depth))
    if cue.lemma_.lower() in ADDRESS_LEMMAS and (ttop.head.i == cue.i and ttop.dep_ in ("dobj", "dative") or (
            ttop.dep_ == "pobj" and ttop.head.lower_ == "to" and ttop.head.head.i == cue.i)):
        return True
    return (reading.start, reading.end) == (cue.idx, cue.idx + len(cue.text)) and ttop.head.i != cue.i


DESCRIPTION_DEPS = {"compound", "amod", "nmod"}
SETTING_PREPS = {"in", "at", "near", "across", "inside", "outside", "throughout", "from"}


def _only_a_description(doc, t_toks: list, reading: Reading) -> bool:
    """Whether a speaker's lexicon reading rests on a word that only describes a noun the target
    names, modifies or locates ("assault weapons laws", "a James Bond enemy factory", "terror
    attacks in New York"): the kind of thing talked about, no judgement of the target."""
    if "lexicon:" not in reading.rule:
        return False
    ix = _index(doc)
    word = ix.tokens[bisect_right(ix.idx, reading.start) - 1]
    if word.dep_ not in DESCRIPTION_DEPS:
        return False
    thead = min(t_toks, key=ix.depth)
    noun = word.head
    return (noun.i == thead.i or (thead.dep_ in DESCRIPTION_DEPS and thead.head.i == noun.i)
            or (thead.dep_ == "pobj" and thead.head.lower_ in SETTING_PREPS and thead.head.head.i == noun.i))


def _what_the_source_receives(doc, s_toks: list, reading: Reading) -> bool:
    """Whether a lexicon reading rests on what the source's verb says it receives ("X faced fraud
    charges", "X came under fire", "X won praise"): something done to the source, no stance of its."""
    if "lexicon:" not in reading.rule:
        return False
    verb = _source_clause(s_toks)[1]
    if verb.lemma_.lower() not in relations.RECEIVE_VERBS:
        return False
    ix = _index(doc)
    word = ix.tokens[bisect_right(ix.idx, reading.start) - 1]
    received = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    received += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"]
    return any(_in_subtree(word, r) for r in received)


def target_sentiment(doc, target: tuple[int, int], source: tuple[int, int] | None = None) -> tuple[int, float, str]:
    """Polarity (-1/0/1), score and evidence of the sentence (or the source) toward the target span."""
    r = read_target(doc, target) if source is None else source_stance(doc, source, target)
    return r.polarity, r.score, r.evidence


# ---------------------------------------------------------------- articles

SUBJECT_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos"}
DESCRIBING_DEPS = {"amod", "compound", "nmod", "npadvmod"}
"""How a name modifies a noun when it only describes it ("Cuban leader", "Lagos-born")."""
OBJECT_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "pobj", "prep"}


def _phrase_heads(tok, deps: set) -> set[int]:
    """Token indices of the phrase headed by `tok`, following only the given dependencies
    (an object's "of"-phrase is in, its relative clauses and other prepositions are out)."""
    keep, todo = {tok.i}, [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in deps and not (c.dep_ == "prep" and c.lower_ != "of"):
                keep.add(c.i)
                todo.append(c)
    return keep


def _pronoun_actor(pron, mentions, statements) -> list[str]:
    """"He criticised Y": the speaker whose mention this pronoun is, else the last person named
    in this or the previous sentence whose first name does not say another gender."""
    for st in statements:
        if st.speaker and st.speaker_start == pron.idx:
            return [st.speaker]
    persons = {m.actor for m in mentions if m.label == "PERSON" or m.actor_type == "person"}
    chained = _subject_chain(pron, mentions, statements, persons)
    if chained:
        return [chained]
    ix = _index(pron.doc)
    start = ix.sent_bounds[pron.i][0]
    if start > 0:
        start = ix.sent_bounds[start - 1][0]
    lo = pron.doc[start].idx
    # a person named, or a speaker as the speaker resolution found them ("Hale, 49, said ..." where the
    # recogniser took "Hale" for a place)
    want = "f" if _pronoun_person(pron) == "she" else "m"
    people = [(m.start, m.actor) for m in mentions if lo <= m.start < pron.idx
              and (m.label == "PERSON" or m.actor_type == "person")
              and _first_name_gender(m.actor.split()[0]) in ("", want)]
    people += [(st.speaker_start, st.speaker) for st in statements if st.speaker in persons and st.speaker_kind == "name"
               and st.speaker_start is not None and lo <= st.speaker_start < pron.idx]
    named = _relative_antecedent(pron)
    if named is not None:  # "Ortiz, whom she called a crook": she is not Ortiz
        people = [(at, a) for at, a in people if not any(m.actor == a and m.start <= named.idx < m.end for m in mentions)]
    return [max(people)[1]] if people else []


def _relative_antecedent(pron):
    """The noun a relative clause hangs on when `pron` is that clause's subject ("Ortiz, whom she
    called a crook"), else None."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    return verb.head if any(c.lower_ in relations.RELATIVE_PRONOUNS and c.dep_ != "nsubj" for c in verb.children) else None


def _first_name_gender(first: str) -> str:
    """'m'/'f' for a first name in the speakers' table, else ''."""
    return speakers.first_name_genders().get(speakers._fold(first), "") if first else ""


def _subject_chain(pron, mentions, statements, persons) -> str | None:
    """"Trump mocked Rubio for losing. He is paying tribute to Cruz": a subject "he"/"she" continues
    the person who is the subject before it (through other "he"s), not the last person named (Rubio,
    an object). None when the subject before is no person: the caller falls back to the last named."""
    doc, ix = pron.doc, _index(pron.doc)
    a = ix.sent_bounds[pron.i][0]
    if pron.dep_ != "nsubj" or pron.head.dep_ != "ROOT" or a == 0:
        return None  # "Macron met Merkel, where she criticised ...": inside a sentence, the last named
    end, a = a, ix.sent_bounds[a - 1][0]
    for _ in range(3):
        subjects = [t for t in doc[a:end] if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")]
        if subjects:
            subj = min(subjects, key=lambda t: (t.head.dep_ != "ROOT", t.i))
            found = [m.actor for m in mentions if m.start <= subj.idx < m.end and m.actor in persons]
            found += [st.speaker for st in statements if st.speaker in persons and st.speaker_start is not None
                      and st.speaker_end is not None and st.speaker_start <= subj.idx < st.speaker_end]
            if found:
                first = found[0].split()[0] if len(found[0].split()) > 1 else ""
                gender = _first_name_gender(first)
                if gender and gender != ("f" if pron.lower_ == "she" else "m"):
                    return None
                return found[0]
            if subj.lower_ != pron.lower_:
                return None
        if a == 0:
            return None
        end, a = a, ix.sent_bounds[a - 1][0]
    return None


def _actor_of(tok_head, mentions, statement=None, *, subject=False, roots=None, statements=None):
    """The actors a subject/object head stands for: a mention covering it, else mentions inside its
    own phrase ("Swedish officials", "the administration of President Donald Trump");
    "we"/"I" inside a statement is the speaker."""
    if (tok_head.lower_ in relations.SELF_PRONOUNS and tok_head.pos_ == "PRON"
            and statement is not None and statement.speaker):
        return [statement.speaker]
    if _one_member(tok_head) and tok_head.dep_ == "appos" and tok_head.head.i != tok_head.i:
        tok_head = tok_head.head  # "Lena Kim, a Democrat who criticized Y": Kim did
    covering = [m.actor for m in mentions if m.start <= tok_head.idx < m.end
                and not (m.actor_type != "person" and _some_of_them(tok_head))]
    if covering:
        return covering
    if tok_head.dep_ == "appos" and tok_head.pos_ == "NOUN" and tok_head.head.i != tok_head.i:
        bodies = [m.actor for m in mentions if m.start <= tok_head.head.idx < m.end
                  and m.actor_type in ("organisation", "institution")]
        if bodies:
            return bodies  # "Porters United, a union that has endorsed Y": the union named
    if _some_of_them(tok_head) and any(m.start <= tok_head.idx < m.end for m in mentions):
        return []  # "some Democrats": a few members, not the party
    if tok_head.lower_ in THIRD_PERSON and tok_head.pos_ == "PRON" and subject:
        asked = _asked_one(tok_head)
        if asked is not None:  # "asked Lind why he attacked Y": Lind, whom the question is put to
            return _actor_of(asked, mentions, statement, roots=roots)
        bound = _bound_subject(tok_head)
        if bound is not None:  # "he said, noting he had backed Y", "He ..., and has been mild in his critiques"
            return _actor_of(bound, mentions, statement, subject=True, roots=roots, statements=statements)
        head = _clause_subject(tok_head)
        found = _actor_of(head, mentions, statement, subject=True, roots=roots) if head is not None else []
        if found and tok_head.lower_ in PLURAL_PRONOUNS:
            found += [a for c in head.conjuncts for a in _actor_of(c, mentions, statement, subject=True, roots=roots)]
            found = list(dict.fromkeys(found))
        if found or tok_head.lower_ not in ("he", "she"):
            return found
        return _pronoun_actor(tok_head, mentions, statements or [])
    phrase = _phrase_heads(tok_head, SUBJECT_PHRASE_DEPS if subject else OBJECT_PHRASE_DEPS)
    if not subject and tok_head.lemma_.lower() in lexicon.words("stance_event_words.txt"):
        phrase = {tok_head.i}  # "opposed the Iraq war", "condemned the attack in Libya": no act on the place
    roots = roots if roots is not None else _mention_roots(tok_head.doc, mentions)
    tokens, metonyms = _index(tok_head.doc).tokens, _index(tok_head.doc).metonyms
    # "the Florida senator", "a Texas rancher": a place (no state) modifying a person describes them
    hits = [(m.actor, r) for m, r in zip(mentions, roots) if r in phrase
            and not (m.actor_type == "place" and r != tok_head.i and _describing(tokens[r]))
            and not ((not subject or not metonyms) and m.actor_type in PEOPLE_PLACE_TYPES
                     and _demonym_of_people(tokens[r], metonyms))
            and not (m.actor_type in PEOPLE_PLACE_TYPES and _demonym_of_origin(tokens[r]))
            and not (m.actor_type != "person" and _names_an_occasion(tokens[r]))
            and not (m.actor in _parties() and _describes_a_role_holder(tokens[r]))
            and not (m.actor_type == "person" and _names_a_persons_followers(tokens[r]))
            and not (m.actor_type != "person" and _some_of_them(tokens[r]))
            and not (m.actor in _parties() and _some_members_named(tokens[r]))
            and not (m.actor_type != "person" and r != tok_head.i and _body_on_a_possessed_thing(tokens[r], tok_head))
            and not (m.actor_type in PEOPLE_PLACE_TYPES and r != tok_head.i and _place_of_a_named_person(tokens[r]))
            and not (r != tok_head.i and _owner_not_the_doer(m.actor_type, tokens[r]))
            and not (r != tok_head.i and _hyphened_modifier(tokens[r]))]
    # "a U.S. District Court judge": a name inside another name that describes the head is part of it
    inner = {r for _, r in hits if r != tok_head.i}
    hits = [(a, r) for a, r in hits if not (tokens[r].dep_ in DESCRIBING_DEPS and tokens[r].head.i in inner)]
    # "the former Cuban leader Raul Castro": the nationality describes the person, who is the one named
    named = [(a, r) for a, r in hits if tokens[r].dep_ not in DESCRIBING_DEPS]
    return list(dict.fromkeys(a for a, _ in (named or hits)))


def _describing(tok) -> bool:
    """"a Broward County, Fla., deputy": a name set in apposition to (or joined with) a modifier of a
    noun describes that noun as the modifier does."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in DESCRIBING_DEPS


def _people_of_a_place(obj) -> bool:
    """"reassured Russians", "trusts the voters of New York": a plural people word of a nation, or
    people "of" a place, names those people; an act on them is at most a guess at one on the state."""
    if obj.tag_ == "NNPS" and obj.ent_type_ == "NORP":
        return True
    lemma = obj.lemma_.lower()
    return (obj.tag_ == "NNS" and _people_noun(lemma) and lemma not in STATE_AGENT_NOUNS and lemma not in ROLE_NOUNS
            and lemma not in BODY_NOUNS and lemma not in ROLE_HOLDER_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children))


def _cleft_doer(tok):
    """"It was X and Y who helped undo the gains": the relative pronoun of the clause a cleft puts X
    in focus for, the subject of what X did (None unless X is a cleft's focus)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if not relations._cleft_focus(tok):
        return None
    return next((s for c in tok.children if c.dep_ == "relcl" for s in c.children
                 if s.dep_ == "nsubj" and s.lower_ in relations.RELATIVE_PRONOUNS), None)


ASKING_LEMMAS = {"ask", "press", "question", "quiz", "challenge"}


def _asked_one(pron):
    """"asking Lind why he decided to attack Y", "asked Lind whether he would back Y": the he/she
    subject of a question clause put to someone is the one asked (None unless so)."""
    clause = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if not any(c.tag_ in ("WRB", "WP") or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None
    verb = clause.head
    if verb.lemma_.lower() not in ASKING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" and c.i < clause.i), None)


def _possessor_cut_off(tok) -> bool:
    """"support for the United States’ “stalwart allies”": a name ending in "s" with an apostrophe
    written onto it owns the noun after it, which a quote mark cut off from it in the parse; the
    name is not what the act is on."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.text in ("’", "'") and not tok.whitespace_ and tok.lower_.endswith("s")
            and nxt.dep_ not in ("case",))


def _party_candidate(act, source_tokens: list) -> bool:
    """"Democrat nominee Y", "Y, the Libertarian Party's nominee": a party's candidate, no stance of
    the party (as for named actors in `find_stances`)."""
    if not (act.rule.startswith("patient-noun:") and act.verb.lemma_.lower() in ROLE_HOLDER_NOUNS):
        return False
    names = {name.lower() for row in lexicon.table("parties.tsv") for name in row}
    return any(t.text.lower().strip("’'") in names or t.lemma_.lower() == "party" for t in source_tokens)


SUBJECT_FORMS = {"he": "he", "his": "he", "she": "she", "her": "she"}


def _bound_subject(pron):
    """"He shrugged off the attacks and has been mild in his critiques of Y", "'...,' he said, noting
    he had backed Y": the same pronoun as subject of a clause the pronoun's clause continues (a
    conjunct, a participle, an infinitive: no subject of their own) or reports is one person with
    it; that subject, else None ("accused Obama of letting his aides ...": "his" is not bound)."""
    form = SUBJECT_FORMS.get(pron.lower_)
    if form is None or (pron.dep_ != "nsubj" and pron.dep_ != "poss"):
        return None
    own = pron.head if pron.dep_ == "nsubj" else None
    cur = pron.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and (own is None or cur.i != own.i):
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pron.i]
            if subj:
                return subj[0] if subj[0].lower_ == form and subj[0].i < pron.i else None
            if cur.dep_ not in ("conj", "advcl", "xcomp"):
                return None
        elif own is not None and cur.i == own.i and cur.dep_ not in ("ccomp", "conj", "advcl"):
            return None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _hyphened_modifier(tok) -> bool:
    """"Hillary-style healthcare", "a Bernie-supported champion", "Obama-era rules": a name joined by a
    hyphen to the word after it only describes the noun that word modifies."""
    doc = tok.doc
    return (not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–")
            and not doc[tok.i + 1].whitespace_ and tok.head.i > tok.i)


@lru_cache(maxsize=1)
def _parties() -> frozenset[str]:
    return frozenset(party for _, party in lexicon.table("parties.tsv"))


def _a_party(actor: str) -> bool:
    return actor in _parties() or actor.rsplit(" ", 1)[-1].lower() == "party"


def _describes_a_role_holder(tok) -> bool:
    """"the Republican majority leader", "the GOP nominee": a party named on one holder of a role says
    who the person is; the person, not the party, acts and is acted on (unlike "a Daily Mail
    reporter" or "the Russian ambassador", who act for their paper or state)."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    noun = head.head
    lemma = noun.lemma_.lower()
    return (head.dep_ in DESCRIBING_DEPS and noun.i != head.i and noun.tag_ == "NN"
            and (lemma in ROLE_HOLDER_NOUNS or lemma in lexicon.words("stance_contender_nouns.txt")))


def _names_a_persons_followers(tok) -> bool:
    """"appointed dozens of Lee supporters", "criticised Lee voters": a person's name on the people
    who follow them says whose they are; an act on them is none on the person ("Lee's aides" and
    "the Lee campaign" act for the person and stay)."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    noun = head.head
    if head.dep_ == "pobj" and noun.lower_ == "of" and noun.head.i != noun.i:
        # "convince supporters of Sen. Y" ("the aides of Y" act for Y, like "Y's aides")
        return noun.head.tag_ == "NNS" and noun.head.lemma_.lower() in relations.AGENT_NOUN_RELATIONS
    if head.dep_ not in ("compound", "nmod") or noun.i == head.i or noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    return lemma in relations.AGENT_NOUN_RELATIONS or (
        _people_noun(lemma) and lemma not in BODY_NOUNS and lemma not in STATE_AGENT_NOUNS)


def _some_of_them(tok) -> bool:
    """"some Democrats", "several Republicans", "many Germans": a few members, not the party or state;
    so are "the Republicans who finished behind him", members a relative clause picks out."""
    return (tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("det", "amod", "nummod", "quantmod") and c.lower_ in speakers.INDEFINITE
        or c.dep_ == "relcl" and c.i > tok.i and tok.doc[c.left_edge.i - 1].text != "," for c in tok.children)
        or _one_member(tok))


def _place_of_a_named_person(tok) -> bool:
    """"backed the campaign of Gov. Scott Walker of Wisconsin": a place "of" a person named says
    which state the person serves or comes from; the act is on the person, not on the place."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.i != prep.i
            and prep.head.ent_type_ == "PERSON" and prep.head.pos_ == "PROPN")


def _body_on_a_possessed_thing(tok, head) -> bool:
    """"touting her Senate record", "criticised Lee's State Department tenure": a body's name on a
    thing its possessor owns says where the possessor did it; the act is on the possessor's doing,
    not on the body."""
    return (tok.dep_ in ("compound", "nmod") and tok.head.i == head.i and head.pos_ == "NOUN"
            and any(c.dep_ == "poss" for c in head.children))


def _some_members_named(tok) -> bool:
    """"some Republican candidates came to Lee's support", "several Democratic senators": a party word
    on a few of its members picked out; they act, not the party."""
    return (tok.dep_ in DESCRIBING_DEPS and tok.head.i != tok.i and tok.head.tag_ == "NNS"
            and _some_of_them(tok.head))


def _one_member(tok) -> bool:
    """"John Kasich, a Republican who refused to endorse Y": a party or nation word after "a" is one
    member, not the party or state."""
    return (tok.tag_ in ("NNP", "NN", "JJ") and tok.ent_type_ == "NORP"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children))


def _one_of_them(tok) -> bool:
    """"Y is the most attractive Republican", "Y, a great Democrat": a party or people word, with
    its own article, as what a copula or an apposition says Y is, names Y as one of them; the
    words on it judge Y, not the party."""
    return tok.dep_ in ("attr", "oprd", "appos") and any(c.dep_ == "det" for c in tok.children)


def _names_an_occasion(tok) -> bool:
    """"the AIPAC speech", "the Iran deal": a name modifying an occasion or an agreement says where or
    with whom it was, so an act on the occasion is none on the name's actor."""
    return (tok.dep_ in DESCRIBING_DEPS and tok.head.i != tok.i
            and tok.head.lemma_.lower() in lexicon.words("stance_occasion_nouns.txt"))


def _demonym_of_people(tok, agents_stand_for_state: bool = True) -> bool:
    """"charged the American swimmer", "supporting our European and Arab allies": a nation or people
    adjective on a noun for people who do not act for the state says where they are from; the place
    is no target. "the Russian ambassador", "Brazilian police" act for it (a metonym: with the
    setting ACTORLENS_METONYMS off they are people like any other), and "Russian aggression" is the
    state's deed, so the place stays."""
    if tok.pos_ != "ADJ" and tok.ent_type_ != "NORP":
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "European and Arab allies": "Arab" is a conjunct of "European"
    noun = head.head
    if head.dep_ not in ("amod", "compound") or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in STATE_HEADS or lemma in lexicon.words("stance_national_industry_nouns.txt"):
        return False
    if lemma in STATE_AGENT_NOUNS or lemma in ROLE_NOUNS or lemma in BODY_NOUNS:
        return not agents_stand_for_state
    return _people_noun(lemma)


def _demonym_of_origin(tok) -> bool:
    """"attacked a judge's Mexican heritage", "mocked his Cuban accent", "opposes American boots on
    the ground": a nation adjective on a noun of `stance_origin_nouns.txt`, or on a thing someone
    else is said to own ("her Irish roots", "the senator's Texan drawl"), says where it is from;
    the act is on that thing or its owner, not on the state ("condemned Russian aggression" stays)."""
    if tok.pos_ != "ADJ" and tok.ent_type_ != "NORP":
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    noun = head.head
    if head.dep_ not in ("amod", "compound") or noun.pos_ != "NOUN" or noun.i == head.i:
        return False
    if noun.lemma_.lower() in lexicon.words("stance_origin_nouns.txt") or noun.lower_ in lexicon.words("stance_origin_nouns.txt"):
        return True
    return tok.pos_ == "ADJ" and any(c.dep_ == "poss" and c.lower_ not in ("its", "their") and c.ent_type_ not in ("GPE", "NORP")
                                     for c in noun.children)


PEOPLE_SUFFIXES = ("er", "or", "ist", "ian", "ant")
PEOPLE_PLACE_TYPES = {"country", "group", "place"}
"""Actors a demonym names ("American", "European", "Arab"); a party adjective ("Republican
candidates") names members who do stand for their party."""


def _people_noun(lemma: str) -> bool:
    """Whether a noun lemma names people ("swimmer", "allies", "justices", "voters")."""
    return (lemma.endswith(PEOPLE_SUFFIXES) or lemma in lexicon.words("stance_people_nouns.txt")
            or lemma in lexicon.words("agent_nouns.txt") or lemma in MEMBER_NOUNS or lemma in ROLE_HOLDER_NOUNS)


AUDIENCE_VERBS = {"thank", "love", "greet", "salute"}


def _thanks_an_audience(act, target_kind: str | None) -> bool:
    """"thanked Miami", "Thank you, Ohio!", "I love you, Florida", "thanked the people of Texas": thanks
    or affection for a city, a region or its people is said to the crowd there, no stance toward the
    place; so is "Thank you, Georgia" to a state addressed as "you" (thanking a state, a body or a
    person stays)."""
    if act.verb.lemma_.lower() not in AUDIENCE_VERBS:
        return False
    addressed = any(c.lower_ == "you" for c in act.verb.children)
    return target_kind == "place" or (addressed and target_kind == "country")


def _urged(verb) -> bool:
    """"X argued that the group should not endorse Y", "Z must condemn Y": an act someone says ought
    (not) to happen has not happened; it is the arguer's word, read from the statement, not an act. So
    is an act someone is asked to do ("called for Republicans to throw their support behind Y")."""
    if any(c.dep_ == "aux" and c.lower_ in URGING_AUXILIARIES for c in verb.children):
        return True
    if (verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in URGING_AUXILIARIES for c in verb.head.children)):
        return True  # "the group should not endorse X and instead support Y": support is asked for too
    return _asked_to(verb)


def _asked_to(verb) -> bool:
    """"called for X to ...", "urged X to ...", "called on X to ...": the infinitive of an asking verb
    (`stance_urging_verbs.txt`) with the one asked named before it."""
    return (verb.dep_ in ("advcl", "xcomp", "ccomp") and verb.head.i != verb.i
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and (any(c.dep_ == "nsubj" for c in verb.children)
                 or any(c.dep_ in ("dobj", "dative") and c.i < verb.i for c in verb.head.children)
                 or any(c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i for c in verb.head.children))
            and verb.head.lemma_.lower() in lexicon.words("stance_urging_verbs.txt"))


URGING_AUXILIARIES = {"should", "must", "ought", "shall"}
ASSERTING_LEMMAS = {"say", "think", "believe", "know", "claim", "suggest"}
CERTAINTY_ADJECTIVES = {"sure", "certain", "convinced"}


@lru_cache(maxsize=1)
def _request_frames() -> frozenset[tuple[str, str]]:
    return frozenset((row[0].lower(), row[1]) for row in lexicon.table("stance_request_verbs.tsv") if len(row) > 1)


def _requesting_verb(word):
    """"Republicans requested an investigation of Y", "called for a probe of Y", "demanded that the FBI
    investigate Y", "recommended indicting Y": an act asked for has not been done, so the doer named in
    it takes no stance by it. The verb that asks for it (`stance_request_verbs.tsv`), else None."""
    cur = word
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    frames, head = _request_frames(), cur.head
    if cur.dep_ in ("dobj", "obj") and cur.pos_ in ("NOUN", "PROPN") or cur.dep_ in ("xcomp", "dobj") and cur.tag_ == "VBG":
        asking = head if (head.lemma_.lower(), "object") in frames else None  # "recommended indicting Y"
    elif cur.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and head.head.i != head.i:
        asking = head.head if (head.head.lemma_.lower(), "for") in frames else None
    elif (cur.dep_ == "ccomp" and cur.pos_ in ("VERB", "AUX") and head.i != cur.i
          and not any(c.dep_ == "mark" and c.lower_ != "that" for c in cur.children)
          and not any(c.tag_ in QUESTION_WORD_TAGS for c in cur.children)):
        asking = head if (head.lemma_.lower(), "that") in frames else None
    elif _asked_to(cur):
        asking = head  # "called on Russia to hack Y", "urged the police to arrest Y"
    else:
        asking = None
    return asking


def _supposed_chain(verb) -> bool:
    """"If he is going to get out and endorse her, ...": an act joined by "and" or "to" to a verb under
    "if"/"whether"/"unless" is only supposed."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if any(c.dep_ == "mark" and c.lower_ in relations.CONDITION_MARKS for c in cur.children):
            return True
    return False


def _not_asserted(verb) -> bool:
    """"If they continue to back Y, ...": an act inside an "if" clause's verb is only supposed; "I
    can't say that I like him": an act under a negated saying or thinking is not asserted, nor is one
    in what an allegation or a rumour says ("allegations that he assaulted Y")."""
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return head.lemma_.lower() in lexicon.words("stance_hearsay_nouns.txt")  # "allegations that he assaulted Y"
    if head.i == verb.i or verb.dep_ not in ("xcomp", "ccomp"):
        return False
    if verb.dep_ == "xcomp" and any(c.dep_ == "mark" and c.lower_ in relations.CONDITION_MARKS for c in head.children):
        return True
    return (verb.dep_ == "ccomp" and head.lemma_.lower() in ASSERTING_LEMMAS
            and any(c.dep_ == "neg" for c in head.children))


def _scare_quoted(verb) -> bool:
    """"officials were trying to “protect” Clinton": an act verb in quotation marks of its own is
    someone's word for what was done, often ironic, not an act the text reports."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1].text, doc[verb.i + 1].text
    return (before in OPEN_QUOTES or before in BOTH_QUOTES) and (after in CLOSE_QUOTES or after in BOTH_QUOTES)


def _thought_denied(word) -> bool:
    """"not jump to conclusions and think that the Netherlands has gone mad", "I don't believe he is
    corrupt": a judging word inside what a negated thinking or saying verb (or one joined to a negated
    verb by "and") holds is not the speaker's judgement."""
    tok = word
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "ccomp" and head.lemma_.lower() in ASSERTING_LEMMAS:
            if any(c.dep_ == "neg" for c in head.children) or _negation_shared(head):
                return True
        if (tok.dep_ == "ccomp" and head.lemma_.lower() in CERTAINTY_ADJECTIVES and head.dep_ == "acomp"
                and any(c.dep_ == "neg" for c in (*head.children, *head.head.children))):
            return True  # "I'm not sure he damaged me", "was not certain Y is corrupt": not held
        tok = head
    return False


def _negation_shared(verb) -> bool:
    """"not jump to conclusions and think that …": a "not" before the verbs joined by "and" ahead of
    this one, in its clause (no subject or punctuation between), negates it too."""
    doc = verb.doc
    joined = False
    for t in reversed(doc[max(0, verb.i - 10):verb.i]):
        if t.lower_ == "and":
            joined = True
        elif t.dep_ == "neg" and t.head.pos_ in ("VERB", "AUX"):
            return joined
        elif t.is_punct or t.dep_ in ("nsubj", "nsubjpass") or t.lower_ in ("but", "or"):
            return False
    return False


def _meeting_only_wished(verb) -> bool:
    """"would be honored to meet with the pope", "has no plans to meet Y": a meeting hoped for,
    planned or ruled out is no meeting; a neutral act needs one that took place (or is set)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if _yet_to_come(verb):
        return True
    head = verb.head
    if head.i == verb.i or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    return head.pos_ in ("NOUN", "ADJ") or any(
        c.dep_ in ("aux", "neg") and c.lower_ in WISH_AUXILIARIES for c in head.children)


WISH_AUXILIARIES = {"would", "could", "might", "not", "n't", "never"}
FUTURE_MARKS = {"until", "till", "before", "once", "when", "after", "if", "unless"}


def _yet_to_come(verb) -> bool:
    """"wait until I meet with Y", "once she visits Y": a present tense after "until", "once",
    "when" ... is a meeting still to come."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ", "VB") and any(
        c.dep_ == "mark" and c.lower_ in FUTURE_MARKS for c in verb.children)


def _speaker_source(statements, tok) -> list[tuple[str, str]]:
    """`_spoken_by` with how sure the speaker is: a speaker the resolution found from a description
    ("the newspaper") or a pronoun is no named source, and its rows say so."""
    for s in statements:
        if s.speaker and s.speaker_start is not None and s.speaker_end is not None \
                and s.speaker_start <= tok.idx < s.speaker_end and not _of_another_in_phrase(tok, s.speaker_start):
            return [(s.speaker, s.speaker_kind if s.speaker_kind in ("description", "pronoun") else "name")]
    return []


def _of_another_in_phrase(tok, start: int) -> bool:
    """"Dana Velez, director of Porters United, a union that has endorsed Y, said": the union, named
    inside the speaker's phrase through "of", acts for itself, not for the speaker."""
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.idx < start:
            return False
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def _subject_how(subj, st, actor: str, described) -> str:
    """How an act's subject was found: "he"/"she" is a pronoun ("Kim said he would sue Y": the named
    speaker himself is sure), and inside what an unnamed source says ("A met B. The newspaper said he
    had attacked Y") it is only the last person named, a guess when another person could be meant."""
    if subj.pos_ != "PRON" or subj.lower_ not in THIRD_PERSON:
        return "name"
    if st is not None and st.speaker == actor:
        return "name" if st.speaker_kind == "name" else "pronoun"
    unnamed = st is not None and (not st.speaker or st.speaker_kind in UNNAMED_SPEAKERS)
    return "unsure-pronoun" if unnamed and described.another_could_be(subj, actor, ()) else "pronoun"


UNNAMED_SPEAKERS = {"", "description", "anonymous"}


def _a_place_as_it_could_be(tok) -> bool:
    """"support for a united Jerusalem", "fought for a free Vardania": a name with "a" and an
    adjective is the state of affairs wanted, not the actor as it is."""
    return (tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            and any(c.dep_ == "amod" for c in tok.children))


def _mocking_cue(ix, st) -> bool:
    """Whether a statement is cued by mockery ("joked about", "mocked"): its quoted praise is irony."""
    if st.cue_start is None:
        return False
    k = bisect_left(ix.idx, st.cue_start)
    return k < len(ix.tokens) and ix.tokens[k].lemma_.lower() in lexicon.words("stance_mocking_cues.txt")


def _quoter_as_third_person(subj, st, actor: str) -> bool:
    """'"She started out by insulting Hispanics," Ortiz said': in one's own quoted words one is "I";
    a "he"/"she" there is someone else, never the speaker."""
    return (st is not None and st.kind == "direct" and actor == st.speaker and subj.pos_ == "PRON"
            and subj.lower_ in THIRD_PERSON and any(a <= subj.idx < b for a, b in st.spans))


def _spoken_by(statements, tok) -> list[str]:
    """"China's commerce ministry criticised Y, saying ...": a subject inside a speaker's mention is
    who the speaker resolution found ("the ministry" stays the ministry, not China)."""
    return next(
        ([s.speaker] for s in statements if s.speaker and s.speaker_start is not None and s.speaker_end is not None
         and s.speaker_start <= tok.idx < s.speaker_end), [])


def _titled_name(noun, described) -> str | None:
    """"fined food delivery platform Rapidao 85 million reais", parsed with the common noun as the
    object: a bare noun right before a name is the name's title ("coach X", "rider Y")."""
    nxt = noun.i + 1
    if (noun.pos_ != "NOUN" or nxt >= len(noun.doc) or noun.doc[nxt].pos_ != "PROPN"
            or any(c.dep_ == "det" for c in noun.children)):
        return None
    found = described.covering(noun.doc[nxt])
    if found is None:
        return None
    return found if any(m.start == noun.doc[nxt].idx and m.actor == found for m in described.mentions) else None


def _mention_roots(doc, mentions) -> list[int]:
    out = []
    for m in mentions:
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        out.append(span.root.i if span is not None and len(span) else -1)
    return out


def _statement_at(statements, pos: int):
    for s in statements:
        if any(a <= pos < b for a, b in s.spans):
            return s
    return None


# ---------------------------------------------------------------- who a description stands for

CONFIDENCE = {"name": 0.9, "description": 0.75, "pronoun": 0.65, "made-by": 0.45, "unsure-pronoun": 0.4, "people": 0.4,
              "foretold": 0.4}
"""How sure an act row is, by how its target (or source) was found: named, described ("the lender"),
a pronoun, something the actor made ("criticised the treaty" X signed: who made it is mostly a
guess, wrong in 3 of 4 such rows on PolNeAR train articles read by hand), an object pronoun that more
than one person just named could be, or a place's people ("reassured Russians", "trusts the voters of
New York": the people, the state only perhaps), or an act another person only foretells ("Hale
predicted Ruiz will back Cole"); the last four are below the default filter
(`network.DEFAULT_MIN_CONFIDENCE`), so analysts see them only when they ask."""
DEED_CONFIDENCE = 0.6
NEUTRAL_ACT_RELATIONS = {"meet", "visit", "consult", "negotiate"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "across", "around", "throughout", "inside", "within", "into",
                  "from", "off", "along", "beyond"}
"""A name in "cut jobs in Sweden", "flights from Oslo" is the setting of what is said, not its target."""
DEFINITE_DETS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
STATE_HEADS = {"government", "authority", "administration", "regime", "state"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
NON_ACTOR_TYPES = {"place", "date", ""}
COPULAS = {"be", "become", "remain", "seem", "prove"}
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
"""Predicates whose complement describes the subject: "X said the agency was 'a disgrace'"."""
BODY_NOUNS = ROLE_NOUNS | {"board", "management", "manager", "executive", "staff", "employee", "worker", "authority",
                           "troop", "soldier", "force", "officer", "leadership", "executives", "directors"}
"""People who act for the actor named with them: "Perera's ministry", "managers at the hospital"."""


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, frozenset[str]]:
    """description head -> the words that let it stand for a named actor ("lender" -> bank, lender, fund)."""
    return {head: frozenset(words.split()) | {head} for head, words in lexicon.mapping("stance_descriptions.tsv").items()}


@lru_cache(maxsize=1)
def _products() -> dict[str, tuple[str, frozenset[str]]]:
    """noun -> (kind, verbs whose subject made it): "lawsuit" -> ("decision", {"sue", "file"})."""
    return {row[0].lower(): (row[1], frozenset(row[2].split()) if len(row) > 2 else frozenset())
            for row in lexicon.table("stance_products.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def _deeds() -> dict[str, float]:
    """deed lemma (or "verb object") -> how it judges its doer ("dump" -2.5, "keep word" +2.5)."""
    return {k: float(v) for k, v in lexicon.mapping("stance_deeds.tsv").items()}


def _last_words(name: str) -> set[str]:
    """The last word of a name, lower case, as written and without a plural "s"."""
    words = re.findall(r"[A-Za-z][\w\-]*", name)
    return {words[-1].lower(), words[-1].lower().rstrip("s")} if words else set()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z\-]+", text.lower())}


class _ArticleActors:
    """Who a description ("the lender"), a pronoun ("him") or a thing made ("the findings") stands
    for in one article: the actors it names, their name words, descriptors and roles."""

    def __init__(self, doc, mentions, statements, actors=None):
        from .actors import acronym, role_matches

        self._role_matches = role_matches
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        known = {a.name: a for a in actors or []}
        self.kind: dict[str, str] = {}
        self.words: dict[str, set[str]] = {}
        self.roles: dict[str, list[str]] = {}
        self.acronyms: dict[str, str] = {}
        self._genders: dict[str, str] = {}  # actor -> its first name's gender, read by `_agrees`
        self._text = _index(doc).text
        for m in self.mentions:
            a = known.get(m.actor)
            kind = "person" if m.label == "PERSON" else m.actor_type or (a.type if a else "")
            if self.kind.get(m.actor) != "person":
                self.kind[m.actor] = kind
            self.words.setdefault(m.actor, set()).update(_words(m.text) | _words(m.actor))
            self.roles.setdefault(m.actor, list(a.roles) if a else [])
            self.acronyms.setdefault(acronym(m.actor).upper(), m.actor)
            self.words[m.actor].update(self._descriptors(doc, m))
        self.statements = sorted((s for s in statements if s.speaker), key=lambda s: s.start)
        self.spoken_as: dict[str, list[tuple[int, str]]] = {}
        """head word of a described speaker ("the group said") -> [(where, the actor it was resolved to)]"""
        for st in self.statements:
            words = re.findall(r"[a-z][a-z\-]+", (st.speaker_mention or "").lower())
            if st.speaker_kind == "description" and words and st.speaker_start is not None:
                self.spoken_as.setdefault(words[-1].rstrip("s"), []).append((st.speaker_start, st.speaker))

    @staticmethod
    def _descriptors(doc, m) -> set[str]:
        """Nouns the article describes a mention with: "budget airline X", "X, the container line",
        "the developer, X"."""
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return set()
        root, out = span.root, set()
        # "budget airline X", "UCLA law professor X": the noun nearest the name says what X is; "law" does not
        nouns = [t for t in doc[root.left_edge.i:span.start] if t.pos_ == "NOUN"]
        lower = lexicon.words("subordinate_rank_words.txt")  # "vice president X" is no "the president"
        if nouns and doc[nouns[-1].i - 1].lower_ not in lower:
            out.add(nouns[-1].lemma_.lower())
        for c in root.children:
            if c.dep_ == "appos" and not (span.start <= c.i < span.end) and c.pos_ == "NOUN" \
                    and not any(g.lower_ in lower for g in c.lefts):
                out.add(c.lemma_.lower())
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            out.add(root.head.lemma_.lower())
        return out

    def _recent(self, names, at: int, exclude, ahead_until: int | None = None) -> str | None:
        """The one of `names` mentioned last before `at` (not excluded), else the first named after it
        (a lead may describe "the electoral commission" before naming it), before `ahead_until`."""
        surnames = {e.split()[-1] for e in exclude if e}
        names = {n for n in names if n not in exclude and n.split()[-1] not in surnames}
        k0 = bisect_left(self.starts, at)
        for k in range(k0 - 1, -1, -1):
            if self.mentions[k].actor in names:
                return self.mentions[k].actor
        return next((m.actor for m in self.mentions[k0:] if m.actor in names
                     and (ahead_until is None or m.start < ahead_until)), None)

    def _salient(self, names, tok, exclude, window: int = 2500) -> str | None:
        """"Exxon agreed to buy XTO. Kim attacked the company": of the companies named before (within
        `window` characters), the one the text is about: each mention counts, a mention as a subject
        and one earlier in the description's own sentence count more, and the nearest a little; ties
        to the nearest. With none before, the first named after it in its sentence."""
        surnames = {e.split()[-1] for e in exclude if e}
        names = {n for n in names if n not in exclude and n.split()[-1] not in surnames}
        at, doc = tok.idx, tok.doc
        sentence = doc[_index(doc).sent_bounds[tok.i][0]].idx
        scores: dict[str, float] = {}
        last: dict[str, int] = {}
        for m in self.mentions[bisect_left(self.starts, at - window):bisect_left(self.starts, at)]:
            if m.actor not in names:
                continue
            span = char_span(doc, m.start, m.end, alignment_mode="expand")
            subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            scores[m.actor] = scores.get(m.actor, 0.0) + 1.0 + (1.5 if subject else 0.0) \
                + (1.5 if m.start >= sentence else 0.0)
            last[m.actor] = m.start
        if not scores:
            return self._recent(names, at, exclude, ahead_until=_index(doc).text_end_of_sentence(tok.i))
        scores[max(last, key=last.get)] += 1.0
        return max(scores, key=lambda n: (scores[n], last[n]))

    def description(self, tok, exclude) -> str | None:
        """"the lender", "the Treasurer", "the WHO": the actor named earlier that it fits."""
        if tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) >= 2:
            name = self.acronyms.get(tok.text)
            return name if name and name not in exclude else None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETS for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        if lemma in lexicon.words("stance_event_words.txt"):
            return None  # "blamed the attack": an event, not the place it happened in
        if lemma in STATE_HEADS and tok.pos_ == "PROPN" and any(
                c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.i < tok.i for c in tok.children):
            return None  # "the Islamic State": a name nobody recognised, no description of a state
        if lemma in relations.NOUN_RELATIONS and lemma not in _descriptions():
            return None  # "defended his support of waterboarding": an act, not an actor
        if any(c.dep_ == "amod" and c.lower_ in lexicon.words("stance_other_time_words.txt") for c in tok.children):
            return None  # "the next president should choose": not the president the article names
        # "his campaign" is whoever "his" is, not the campaign that spoke before
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        said = [] if owned else [a for at, a in self.spoken_as.get(lemma.rstrip("s"), ())
                                 if at < tok.idx and a not in exclude]
        if said:
            return said[-1]  # "the group said ... praised the group": as the speaker was resolved
        want = _descriptions().get(lemma, frozenset({lemma}))
        fits = [a for a, k in self.kind.items() if k not in NON_ACTOR_TYPES and self.words[a] & want]
        if tok.tag_ == "NNS":  # "the most vulnerable students" are no "Every Student Succeeds Act", "the states" no country
            fits = [a for a in fits if (_last_words(a) & want and self.kind.get(a) != "country")
                    or self.kind.get(a) == "group"]
        if (lemma in ("company", "firm", "group", "organization", "organisation") and not fits
                and not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in tok.children)):
            # any body named, for "the company", "the watchdog group"; not "the militant group" when no name
            # says "militant"
            fits = [a for a, k in self.kind.items() if k in ("organisation", "group")]
        if lemma in ("company", "firm"):
            fits = [a for a in fits if a.split()[-1].lower() not in speakers.PUBLIC_BODY_WORDS
                    and self.kind.get(a) == "organisation"]
            return self._salient(fits, tok, exclude) if fits else None
        if lemma in STATE_HEADS and not fits and (tok.tag_ != "NNS" or lemma == "authority"):
            # "the government", "the authorities": the state named last; "the states", "the governments"
            # are several, not the one country
            fits = [a for a, k in self.kind.items() if k == "country"]
        if not fits and lemma not in _descriptions():
            phrase = tok.doc[tok.left_edge.i:tok.i + 1].text
            fits = [a for a, k in self.kind.items() if k == "person"
                    and self._role_matches(phrase, self.roles.get(a, []) + [a])]
        return self._recent(fits, tok.idx, exclude) if fits else None

    def _gender(self, actor: str) -> str:
        gender = self._genders.get(actor)
        if gender is None:
            words = actor.split()
            gender = _first_name_gender(words[0]) if len(words) > 1 else self._titled_gender(actor)
            self._genders[actor] = gender
        return gender

    def _titled_gender(self, actor: str) -> str:
        """'m'/'f' for a surname the article titles "Mr." or "Mrs."/"Ms."/"Miss" (the first such
        mention), else ''."""
        for m in self.mentions:
            if m.actor == actor:
                found = TITLE_GENDER.search(self._text, max(0, m.start - 6), m.start + 6)
                if found and found.end() >= m.start:
                    return "m" if found.group(1) == "Mr" else "f"
        return ""

    def _agrees(self, pron, actor: str) -> bool:
        """"him" is no "Ruth Palmer": a person's first name, when known, must fit the pronoun."""
        gender = self._gender(actor)
        return not gender or gender == ("f" if _pronoun_person(pron) == "she" else "m")

    def _known_gender_near(self, tok, names, exclude, nearest: str) -> str | None:
        """"held Lena Ruiz responsible for the death of Chris Dunn. ... she should go to jail": of the
        people the pronoun may be, the last one whose first name is known to fit it, named in the
        pronoun's sentence, the two before or the sentence of the nearer name, rather than that nearer
        one `nearest` whose first name ("Chris") could be either."""
        bounds = _index(tok.doc).sent_bounds
        a = bounds[tok.i][0]
        for _ in range(2):
            if a > 0:
                a = bounds[a - 1][0]
        known = [n for n in names if self._gender(n)]
        found = self._recent(known, tok.idx, exclude) if known else None
        if found is None:
            return None
        lo = tok.doc[a].idx
        k = bisect_left(self.starts, tok.idx)
        last = next((m for m in reversed(self.mentions[:k]) if m.actor == nearest), None)
        if last is not None:
            span = char_span(tok.doc, last.start, last.end, alignment_mode="expand")
            if span is not None:
                lo = min(lo, tok.doc[bounds[span.start][0]].idx)
        near = self.mentions[bisect_left(self.starts, lo):k]
        return found if any(m.actor == found for m in near) else None

    def pronoun_unsure(self, tok, found: str, exclude) -> bool:
        """"Senator A was absent again. B signed the budget. The paper called him an opportunist": an
        object "him"/"her" that another agreeing person named in this or the two sentences before could
        equally be; the last person named is then only a guess."""
        if tok.lower_ not in PERSON_PRONOUNS or tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "poss":
            return False
        return self.another_could_be(tok, found, exclude)

    def another_could_be(self, tok, found: str, exclude) -> bool:
        """Whether a person other than `found` that agrees with the pronoun is named in its sentence
        or the two before."""
        bounds = _index(tok.doc).sent_bounds
        a = bounds[tok.i][0]
        for _ in range(2):
            if a > 0:
                a = bounds[a - 1][0]
        lo = tok.doc[a].idx
        surnames = {e.split()[-1] for e in exclude if e}
        others = {m.actor for m in self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, tok.idx)]
                  if self.kind.get(m.actor) == "person" and m.actor != found and m.actor not in exclude
                  and m.actor.split()[-1] not in surnames and self._agrees(tok, m.actor)}
        return bool(others)

    def pronoun(self, tok, exclude) -> str | None:
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            names = [a for a, k in self.kind.items() if k == "person" and self._agrees(tok, a)]
        elif low in GROUP_PRONOUNS:
            names = [a for a, k in self.kind.items() if k not in NON_ACTOR_TYPES and k != "person"]
        else:
            return None
        # "he" names someone already named; only in its own sentence may the name come after it
        found = self._recent(names, tok.idx, exclude, ahead_until=_index(tok.doc).text_end_of_sentence(tok.i))
        if found and low in PERSON_PRONOUNS and not self._gender(found) and len(found.split()) > 1:
            # a first name that could be either ("Chris") gives way to a near one known to fit; a
            # bare surname ("Hale", named last) is no such doubt: he is who was just talked about
            found = self._known_gender_near(tok, names, exclude, found) or found
        if found and low in PERSON_PRONOUNS and tok.dep_ != "nsubj":
            # "Putin talks about it, and it is good for Russia to support him": a pronoun object does
            # not stand for the subject of its own sentence
            a, b = _index(tok.doc).sent_bounds[tok.i]
            lo, hi = tok.doc[a].idx, tok.idx
            for m in self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]:
                span = char_span(tok.doc, m.start, m.end, alignment_mode="expand")
                if m.actor == found and span is not None and span.root.dep_ == "nsubj":
                    return None
        return found

    def subjects_own(self, poss, exclude) -> bool:
        """"X defended himself and his record", "cannot defend his own record": a possessive pronoun
        beside a reflexive or "own", in a clause whose subject is the one excluded (the source) or
        that pronoun's subject form, names the subject's own thing, not another person's ("X
        criticized his plan" may be anyone's)."""
        subject_form = POSSESSIVE_SUBJECTS.get(poss.lower_)
        if subject_form is None:
            return False
        verb = poss.head
        reflexive = False
        for _ in range(8):
            reflexive = reflexive or any(t.lower_ in REFLEXIVES for t in verb.subtree) or any(
                c.lower_ == "own" for c in poss.head.children)
            if verb.pos_ in ("VERB", "AUX"):
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    if not reflexive:
                        return False
                    return any(c.lower_ == subject_form or self.covering(c) in exclude for c in subj)
            if verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def made_by(self, tok, exclude) -> str | None:
        """"the allegations", "her remarks", "the findings": who made them."""
        row = _products().get(tok.lemma_.lower())
        if row is None:
            return None
        kind, verbs = row
        for c in [*tok.children, *_by_phrase_misplaced(tok)]:
            if c.dep_ == "poss":
                if self.subjects_own(c, exclude):
                    return None
                return self.covering(c) or self.pronoun(c, exclude) or self.description(c, exclude)
            if c.dep_ == "prep" and c.lower_ == "by":  # "a report by X"
                for p in c.children:
                    found = self.covering(p) or self.description(p, exclude)
                    if found and found not in exclude:
                        return found
                if any(p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_) for p in c.children):
                    return None  # "a statement by actor Dana Wills": its maker is named, someone we do not track
        if kind == "conduct":
            return None  # "the handling of the crisis": whose handling only a possessor or "by" says
        makers = [self.covering(tok.doc[i]) for i in sorted(_maker_of(tok))]  # "the proposal offered by X"
        makers = [m for m in makers if m]
        if any(m in exclude for m in makers):
            return None  # "the plan championed by GOP front-runner X": X's own, the party only describes X
        if makers:
            return makers[0]
        for t in reversed(tok.doc[max(0, tok.i - 400):tok.i]):  # "X sued Y ... fight the lawsuit": X's
            if t.pos_ == "VERB" and relations.verb_lemma(t) in verbs:
                subj = [c for c in t.children if c.dep_ == "nsubj"]
                found = (self.covering(subj[0]) or self.description(subj[0], exclude)) if subj else None
                if found and found not in exclude:
                    return found
        before = [s for s in self.statements if s.end <= tok.idx and s.speaker not in exclude]
        if kind == "decision":
            # a decision is a body's: a person who spoke last did not make "the bill" for that
            before = [s for s in before if self.kind.get(s.speaker) not in ("person", None)]
        text = doc_arrays(tok.doc).text
        before = [s for s in before if not _own_side(text, s.speaker, exclude)]
        return before[-1].speaker if before else None

    def body_named(self, noun, exclude) -> str | None:
        """"Kenyan millers", "Chilean miners": an organisation the article names with that noun in its
        name ("the Kenya Sugar Millers Association") is who they are."""
        want = {noun.lower_, noun.lemma_.lower()}
        fits = [a for a, k in self.kind.items() if k in ("organisation", "group") and a not in exclude
                and want & _words(a)]
        return self._recent(fits, noun.idx, exclude) if fits else None

    def client(self, tok, speaker) -> str | None:
        """"My client has never ...", said by "X's lawyer, Y": X. The speaker's mentions (any of their
        statements) name whose lawyer they are."""
        if tok.lemma_.lower() != "client" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return None
        doc = tok.doc
        for st in self.statements:
            if st.speaker != speaker or st.speaker_start is None or st.speaker_end is None:
                continue
            span = char_span(doc, st.speaker_start, st.speaker_end, alignment_mode="expand")
            for t in span if span is not None else ():
                if t.lemma_.lower() in LAWYER_NOUNS:
                    for c in t.children:
                        found = self.covering(c) if c.dep_ == "poss" else None
                        if found and found != speaker:
                            return found
        return None

    def covering(self, tok) -> str | None:
        k = bisect_right(self.starts, tok.idx) - 1
        while k >= 0 and self.mentions[k].start > tok.idx - 200:
            m = self.mentions[k]
            if m.start <= tok.idx < m.end:
                return m.actor
            k -= 1
        return None

    def resolve(self, tok, exclude, *, products: bool = True) -> tuple[str | None, str]:
        """(actor, how) for a phrase head no mention covers; how is a CONFIDENCE key."""
        if tok.pos_ == "PRON":  # "it", "they" stand for things as often as for actors: only "him", "her"
            found = self.pronoun(tok, exclude) if tok.lower_ in PERSON_PRONOUNS else None
            return found, "unsure-pronoun" if found and self.pronoun_unsure(tok, found, exclude) else "pronoun"
        if tok.pos_ == "PROPN" and not tok.text.isupper():  # a surname the entity recogniser missed
            named = [a for a in self.kind if a.split()[-1] == tok.text and a not in exclude]
            if len(named) == 1:
                return named[0], "name"
        found = self.description(tok, exclude)
        if found:
            # "jailed him and his party", "accused his campaign": whoever "his" is, which party is
            # his, or which body with "Campaign" in its name, is a guess twice over ("her department"
            # is mostly the Department the article names)
            owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            guessed = owned and self.kind.get(found) != "person" and (
                _a_party(found) or found.split()[-1].lower() != tok.lemma_.lower())
            return found, "unsure-pronoun" if guessed else "description"
        if products:
            found = self.made_by(tok, exclude)
            if found:  # "comments by Y", "Y's remarks": words their speaker is named for are that one's own
                return found, "description" if _said_by_the_named(tok) or _conduct_of_the_named(tok) else "made-by"
        # "the museum's board", "the company's directors": the body the owner stands for
        for c in tok.children:
            if c.dep_ == "poss" and tok.lemma_.lower() in ROLE_NOUNS | {"board", "directors", "management"}:
                found = self.covering(c) or self.description(c, exclude)
                if found:
                    return found, "description"
        return None, ""


FACT_NOUNS = {"fact", "way"}


def _by_phrase_misplaced(noun) -> list:
    """"knocked a statement by actor X", parsed with "by X" on the verb: an active verb's "by" phrase
    right after its object names who made the object."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1]


def _framing_copula(verb):
    """"The fact that Y is leaving is disgusting", "What Y did was a disgrace": a clause judged as a
    whole, as the subject of a copula, judges its doer; that copula, else None."""
    if verb.dep_ == "csubj" and verb.head.lemma_.lower() in COPULAS:
        return verb.head
    noun = verb.head
    if (verb.dep_ in ("acl", "ccomp", "relcl") and noun.lemma_.lower() in FACT_NOUNS and noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() in COPULAS):
        return noun.head
    return None


def _deed_noun_reading(doc, noun, thead, spans) -> Reading | None:
    """"a dereliction of duty by Y", "a shameful betrayal by Y": a judging noun (with its adjectives)
    naming what Y did; not an act noun ("criticism by Y" is Y's act on another, read as an act), an
    event ("the bombing by Y") or a noun under a quotation of someone else."""
    lemma = noun.lemma_.lower()
    if (lemma in relations.NOUN_RELATIONS or lemma in lexicon.words("stance_event_words.txt")
            or not any(a <= noun.idx < b for a, b in spans)):
        return None
    ix = _index(doc)
    words = [noun] + [c for c in noun.children if c.dep_ == "amod"]
    value = sum(ix.info(t.i).valence for t in words if ix.info(t.i) is not None)
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children) or abs(value) < 1.5:
        return None
    lo, hi = min(noun.i, *(t.i for t in words)), thead.i
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    pol = 1 if value > 0 else -1
    return Reading(pol, round(pol * min(1.0, 0.4 + abs(value) / 6), 3), ix.text[start:end],
                   f"deed:{lemma}+by", start, end)


def _said_by_the_named(tok) -> bool:
    """"comments by Y", "Y's remarks": speech (`stance_products.tsv` kind "speech") whose speaker the
    phrase itself names, unlike "the remarks", whose maker is only a guess."""
    row = _products().get(tok.lemma_.lower())
    return row is not None and row[0] == "speech" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "by"
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children) for c in tok.children)


def _passive_verdict(doc, thead, spans) -> Reading | None:
    """"Y cannot be trusted", "Y is widely respected": a passive whose lexicon key is "passive
    <lemma>" (`stance_deeds.tsv`) says what Y deserves; its valence, flipped by a negation. Not
    with an agent ("trusted by the banks": their view, reported)."""
    if thead.dep_ != "nsubjpass" or thead.head.pos_ != "VERB":
        return None
    verb = thead.head
    value = _deeds().get(f"passive {verb.lemma_.lower()}")
    if value is None or not any(a <= verb.idx < b for a, b in spans):
        return None
    if any(c.dep_ == "mark" and c.lower_ in relations.CONDITION_MARKS for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "Y is trusted by the banks": the banks' view, reported
    if any(c.dep_ == "neg" for c in verb.children):
        value = -value
    lo = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")], key=lambda t: t.i)
    start, end = lo.idx, verb.idx + len(verb.text)
    pol = 1 if value > 0 else -1
    return Reading(pol, round(pol * min(1.0, 0.4 + abs(value) / 6), 3), _index(doc).text[start:end],
                   f"deed:passive-{verb.lemma_.lower()}", start, end)


def _conduct_of_the_named(tok) -> bool:
    """"Y's record", "the handling of the crisis by Y": how Y acts (`stance_products.tsv` kind
    "conduct") with Y named in the phrase itself; judging it judges Y, not a guessed maker."""
    row = _products().get(tok.lemma_.lower())
    return row is not None and row[0] == "conduct" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "by"
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children) for c in tok.children)


def _owned_by_another(words) -> set[int]:
    """"is becoming ISIS's best recruiter", "is Moscow's closest ally": a complement noun owned by a named
    party ranks the subject in that party's eyes; its praise or blame is no verdict on the subject."""
    return {t.i for h in words if h.dep_ in ("attr", "oprd")
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in h.children) for t in h.subtree}


def _deed_reading(doc, thead, spans, demands: bool = True) -> Reading | None:
    """"X said Vietnam had dumped steel", "said the agency had kept its word": the target is the doer
    of what the statement reports, and the deed (or the predicate's words) judges it."""
    backed = _backing_reading(doc, thead, spans)
    if backed is not None:
        return backed
    freed = _release_reading(doc, thead, spans)
    if freed is not None:
        return freed
    if thead.dep_ == "pobj" and thead.head.dep_ == "agent":
        return _agent_deed_reading(doc, thead, spans)
    if thead.dep_ == "pobj" and thead.head.lower_ == "by" and thead.head.head.pos_ == "NOUN":
        return _deed_noun_reading(doc, thead.head.head, thead, spans)
    suffered = _passive_verdict(doc, thead, spans)
    if suffered is not None:
        return suffered
    tok, made = thead, False
    for _ in range(3):  # "Perera's ministry had ...", "managers at the hospital ignored ...": the body acts
        if tok.dep_ == "nsubj" or _misparsed_subject(tok):
            break
        body = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "of") else tok.head
        if tok.dep_ == "poss" and not made and body.lemma_.lower() in _products():
            # "the agency's theory ignores ...", "Y's decision violated ...": judging what Y made; "Y's
            # record is a disgrace": judging how Y acts (kind "conduct") judges Y as surely
            made = _products()[body.lemma_.lower()][0] != "conduct"
            tok = body
            continue
        if tok.dep_ not in ("poss", "pobj", "compound", "amod") or body.lemma_.lower() not in BODY_NOUNS:
            return None
        tok = body
    if (tok.dep_ != "nsubj" and not _misparsed_subject(tok)) or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.head
    if not any(a <= verb.idx < b for a, b in spans):
        return None
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return None  # "more than North Korea can achieve": a yardstick, not a deed reported
    if _thought_denied(verb):
        return None  # "I do not believe that Y should go to jail": what the speaker does not hold
    lemma = verb.lemma_.lower()
    framing = _framing_copula(verb)
    if framing is not None and lemma not in _deeds():
        verb, lemma = framing, framing.lemma_.lower()
    helped = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
    if lemma == "help" and helped is not None:  # "helped incite the riot": the deed is the one helped along
        verb, lemma = helped, helped.lemma_.lower()
    objs = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")]
    value = next((_deeds()[f"{lemma} {o}"] for o in objs if f"{lemma} {o}" in _deeds()), None)
    judged = []
    if value == 0:  # "had done a fine job", "did terrible work": the words on the object judge the deed
        job = next(c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod") and f"{lemma} {c.lemma_.lower()}" in _deeds())
        judged = [job] + [c for c in job.children if c.dep_ == "amod"]
        value = sum(_index(doc).info(t.i).valence for t in judged if _index(doc).info(t.i) is not None)
        if abs(value) < 0.8:
            return None
        value = max(-2.0, min(2.0, 2 * value))
    if value is None and not _speech_patient(objs):
        value = _deeds().get(lemma)
    if value is None and lemma not in COPULAS:
        later = _later_deed(verb)  # "Y bagged millions and took advantage of the law to hurt people"
        if later is not None:
            verb, lemma = later
            value = _deeds()[lemma]
    if value is not None and value > 0 and lemma in BACKING_LEMMAS and _backs_only_a_thing(verb):
        return None  # "it said Trump supports 'Hillary-style healthcare'": backing a policy is no praise
    evidence = [verb] + judged
    if any(c.dep_ == "mark" and c.lower_ in relations.CONDITION_MARKS for c in verb.children) or _only_if(verb):
        return None  # "if its claims are true", "would not support Y if he loses": supposed, not said
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "it is good for Russia to support him": a hypothetical, not a reported deed
    if value is not None and value > 0 and any(c.dep_ == "aux" and c.lower_ in ("might", "could", "may")
                                               for c in verb.children):
        return None  # "the Fed might achieve better results by ...": a good deed only possible is no praise
    if value is not None and value > 0 and any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")
                                               for c in verb.children):
        # "the party must support Y in November": a good deed asked of the doer is not yet done, no praise
        return Reading(0, 0.0, verb.text, f"deed:demand-{lemma}", verb.idx, verb.idx + len(verb.text))
    negated = [c for c in verb.children if c.dep_ == "neg"]
    omitted = _deeds().get(f"not {lemma}") if negated else None
    excess = next((c for c in verb.children if c.dep_ in ("advmod", "dobj", "acomp") and c.lower_ in TOO_WORDS
                   and any(g.lower_ == "too" for g in c.children)), None) if value is None else None
    if excess is not None and not negated:
        # "the regulator had moved too slowly", "waited two years too long", "went too far": faulted
        value, lemma = -1.5, "too-" + excess.lower_
        evidence.append(excess)
    elif value is None and omitted is not None:
        # "Y had not consulted a single expert", "has never answered my letters": what Y owed and did not do
        value, lemma = omitted, "not-" + lemma
        evidence.append(negated[0])
    elif value is not None:
        if negated:
            value = -value
    elif (demands and _demanded(verb) and not _inverted_condition(verb) and not _acts_against_another(verb)
          and not _prediction(verb) and not _only_advised(verb)) or _told_to_leave(verb):
        value, lemma = -1.5, "must-" + lemma  # "Tunisian authorities must release her": a demand on the doer
    elif lemma == "have" and tok.lower_ != "it" and _record_words(verb):
        words = _record_words(verb)  # "both have horrible histories in the city": what their record is worth
        value = sum(_index(doc).info(t.i).valence for t in words)
        evidence += words + [t.head for t in words]
        if any(c.dep_ == "neg" for c in verb.children):
            value = -value
        if abs(value) < 1.5:
            return None
    elif lemma not in COPULAS or tok.lower_ == "it" or _seen_by_others(verb):
        return None  # "Y suspended the rider": a negative word aimed at a third party judges no doer
    else:
        complements = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
        if any(_relation_of_the_joined(verb, h) for h in complements):
            # "Hamas and Fatah are bitter enemies": what they are to each other; read, no stance
            return Reading(0, 0.0, verb.text, "deed:be", verb.idx, verb.idx + len(verb.text))
        if tok is thead and thead.ent_type_ in ("GPE", "LOC") and any(
                h.lemma_.lower() in lexicon.words("stance_act_verdict_nouns.txt") for h in complements):
            # "Iraq was a terrible mistake": the war there is judged, not the place; read, no stance
            return Reading(0, 0.0, verb.text, "deed:be", verb.idx, verb.idx + len(verb.text))
        ix = _index(doc)
        value = 0.0
        # "is a partner, but it is a corrupt ally": the clause after "but" outweighs the first
        later = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in COPULAS
                 and any(x.dep_ == "nsubj" and x.pos_ == "PRON" for x in c.children)]
        contrast = any(x.dep_ == "cc" and x.lower_ in CONTRAST_WORDS for x in verb.children) and later
        for clause, weight in [(verb, 0.5 if contrast else 1.0)] + [(c, 1.5 if contrast else 1.0) for c in later]:
            words = _complement_words(clause)  # "was 'a disgrace'", "is corrupt and dangerous"
            # "is ambitious but not very well informed": what follows "but" outweighs what precedes it
            but = min((t.i for t in words for c in t.children if c.dep_ == "cc" and c.lower_ in CONTRAST_WORDS),
                      default=None)
            for h in (t for t in words if t.dep_ in ("attr", "acomp", "oprd")):  # "was 'score-settling'"
                joined = _index(doc).text[h.left_edge.idx:h.right_edge.idx + len(h.right_edge.text)].strip("\"“”‘’' ").lower()
                if "-" in joined and joined in news_lexicon():
                    value += weight * news_lexicon()[joined]
                    evidence.append(h)
            owned = _owned_by_another(words)
            for t in words:
                if (t.lemma_.lower() in lexicon.words("stance_event_words.txt") and not _verdict_noun(t)) or _a_feeling(t):
                    continue
                if t.i in owned:
                    continue
                if _sorting_noun(t):
                    continue
                info = ix.info(t.i)
                if info is not None and info.valence and any(a <= t.idx < b for a, b in spans):
                    inner = 1.0 if but is None else 1.5 if t.i > but else 0.5
                    value += weight * inner * info.valence
                    evidence.append(t)
            for out, noun in _out_of(clause):  # "was out of all proportion", "is out of touch"
                value += weight * _out_of_values()[noun.lemma_.lower()]
                evidence += [out, noun]
        if any(c.dep_ == "neg" for c in verb.children) and not any(
                ix.info(t.i) and ix.info(t.i).valence and _negated(t) for t in evidence):  # "was not a bad man"
            value = -value
        if abs(value) < 1.5:
            return None
        if value > 0 and any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children):
            # "Mexico should be grateful for Y's help": what the speaker demands, not praise; read, no stance
            return Reading(0, 0.0, verb.text, "deed:demand-be", verb.idx, verb.idx + len(verb.text))
    if abs(value) < 1.0:
        return None
    lo, hi = min(evidence, key=lambda t: t.i), max(evidence, key=lambda t: t.i)
    start, end = lo.idx, hi.idx + len(hi.text)
    pol = 1 if value > 0 else -1
    score = round(pol * min(1.0, 0.4 + abs(value) / 6) / (2 if made else 1), 3)
    return Reading(pol, score, _index(doc).text[start:end], f"deed:{lemma}" + ("+made-by" if made else ""), start, end)


def _later_deed(verb):
    """"Y bagged millions and took advantage of the law to hurt people", "Y lied and cheated": a verb
    joined to the doer's verb with no subject of its own is the doer's deed too; the first the deeds
    lexicon knows (not one under "if", a negation or a modal of its own), and its key, else None. Not
    when the doer's verb is itself only asked for, supposed or denied ("should not endorse X and instead
    support Y")."""
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in relations.CONDITION_MARKS
           or c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children):
        return None
    for c in verb.conjuncts:
        if c.i < verb.i or c.pos_ != "VERB" or any(x.dep_ in ("nsubj", "nsubjpass", "neg", "mark") for x in c.children):
            continue
        if any(x.dep_ == "aux" and x.lower_ in ("might", "could", "may", "would", "should", "must") for x in c.children):
            continue
        lemma = c.lemma_.lower()
        keys = [f"{lemma} {o.lemma_.lower()}" for o in c.children if o.dep_ in ("dobj", "prt")] + [lemma]
        key = next((k for k in keys if k in _deeds()), None)
        if key is not None:
            return c, key
    return None


def _record_words(verb) -> list:
    """The evaluative words on what "have" says its subject has, when that is a record
    (`stance_record_nouns.txt`): "horrible" in "have horrible histories"."""
    ix = _index(verb.doc)
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("stance_record_nouns.txt")]
    return [m for n in nouns for m in n.children if m.dep_ == "amod" and (info := ix.info(m.i)) is not None and info.valence]


TOO_WORDS = lexicon.words("stance_too_words.txt")
MEMBER_NOUNS = lexicon.words("stance_member_nouns.txt")
STATE_AGENT_NOUNS = lexicon.words("stance_state_agent_nouns.txt")
LAWYER_NOUNS = {"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"}
ROLE_HOLDER_NOUNS = lexicon.words("role_nouns.txt")
"""One holder of a post ("the GOP nominee", "the Ohio governor"): the person, not the body named on it."""
"""What a doer did "too ...": "moved too slowly", "acted too late", "went too far" fault the doer."""


HOLDING_LEMMAS = {"be", "bear", "have", "take", "deserve", "share", "hold", "get", "seem", "remain"}
"""Verbs by which a subject holds (or is held to) a responsibility word: "bears responsibility for"."""


def _responsibility_reading(doc, thead, spans) -> Reading | None:
    """A target answerable for something ("X bears great responsibility for these deaths", "I hold X
    responsible", "X deserves the credit for the recovery"): the sign of what it answers for, not of
    the words around the responsibility ("great"); None when the target holds no such word."""
    words = {k: int(v) for k, v in lexicon.mapping("stance_responsibility_words.tsv").items()}
    ttop = _phrase_top(thead)
    verb = ttop.head
    if ttop.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() == "hold":
        verb = verb.head  # "I hold X responsible" parsed with X the subject of "responsible"
        holders = [ttop.head]
    elif (ttop.dep_ in ("nsubj", "nsubjpass") or ttop.dep_ == "dobj" and verb.lemma_.lower() == "hold") and (
            verb.lemma_.lower() in HOLDING_LEMMAS):
        holders = [c for c in verb.children if c.dep_ in ("acomp", "attr", "dobj", "oprd", "xcomp", "ccomp")]
        holders += [g for c in holders for g in c.children if c.dep_ == "dobj" and g.dep_ == "prep" and g.lower_ == "of"
                    for g in g.children if g.dep_ == "pobj"]  # "much of the credit"
    else:
        return None
    word = next((h for h in holders if h.lemma_.lower() in words and h.i not in {t.i for t in ttop.subtree}), None)
    if word is None or any(lo <= word.idx < hi for lo, hi in spans) is False:
        return None
    fors = [c for c in [*word.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "for"]
    value = sum(_plain_valence(t) for f in fors for t in f.subtree)
    default = words[word.lemma_.lower()]
    sign = (1 if value > 0 else -1) if abs(value) >= 1.0 else (default if not fors or default > 0 else 0)
    if default > 0 and sign < 0 or not sign:
        return None  # "credit for the crisis" is irony or a misreading; nothing clear
    if _negated(verb) or _negated(word):
        return None
    lo = min([word, verb] + fors, key=lambda t: t.i)
    hi = max([word, verb] + [f.right_edge for f in fors], key=lambda t: t.i)
    start, end = lo.idx, hi.idx + len(hi.text)
    return Reading(sign, round(sign * max(0.6, min(1.0, abs(value) / 3)), 3), _index(doc).text[start:end],
                   f"responsible:{word.lemma_.lower()}", start, end)


def _speech_patient(lemmas) -> bool:
    """"delivered a speech", "the remarks delivered by Y": what the deed verb acts on is something
    said, so the verb reports speaking, not a deed that judges the doer."""
    return any(lemma in lexicon.words("stance_speech_nouns.txt") for lemma in lemmas)


def _agent_deed_reading(doc, thead, spans) -> Reading | None:
    """"the attack had been carried out by Y", "the warnings were ignored by Y": the agent of a passive
    is the doer, judged only by a deed of the lexicon (the verb, or the verb with its patient or
    particle: "carry attack"); a passive's other words say nothing about the agent."""
    verb = thead.head.head
    if verb.pos_ != "VERB" or not any(a <= verb.idx < b for a, b in spans):
        return None
    lemma = verb.lemma_.lower()
    objs = [c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubjpass", "prt")]
    if verb.dep_ == "acl":
        objs.append(verb.head.lemma_.lower())  # "the remarks delivered by Y"
    value = next((_deeds()[f"{lemma} {o}"] for o in objs if f"{lemma} {o}" in _deeds()), None)
    if value is None and not _speech_patient(objs):
        value = _deeds().get(lemma)
    if value is None or abs(value) < 1.0:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        value = -value
    lo, hi = verb.i, thead.i
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    pol = 1 if value > 0 else -1
    return Reading(pol, round(pol * min(1.0, 0.4 + abs(value) / 6), 3), _index(doc).text[start:end],
                   f"deed:{lemma}+agent", start, end)


def _release_reading(doc, thead, spans) -> Reading | None:
    """"the authorities must release Mansouri", "should free her at once": demanding a person's
    release (pardon, reinstatement) takes their side. Only a demand ("must", "should") counts: "the
    court released Y" reports an event, and "must not release Y" takes the other side."""
    verb = thead.head
    if (thead.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.words("stance_release_verbs.txt")
            or not _demanded(verb) or not any(a <= verb.idx < b for a, b in spans)):
        return None
    lo, hi = min(verb.i, thead.i), max(verb.i, thead.i)
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return Reading(1, 0.6, _index(doc).text[start:end], f"deed:demand-{verb.lemma_.lower()}", start, end)


def _doer_top(tok):
    """The phrase a name heads as a doer: through appositions and conjunctions ("Ortiz and Kim had
    lied"), not through the nouns it modifies ("the New Hampshire drug epidemic" is no New Hampshire;
    `_deed_reading` climbs to bodies that act for it, "Tunisian authorities")."""
    for _ in range(4):
        if tok.dep_ in ("appos", "conj", "flat") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "amod" and tok.ent_type_ in ("NORP", "GPE") and tok.head.pos_ == "NOUN":
            tok = tok.head  # "Chinese makers had flooded the market": the nation's makers
        elif tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.i != tok.i:
            tok = tok.head.head  # "larger emitters, including Australia, had not delivered"
        else:
            break
    return tok


def _warned(verb) -> bool:
    """"Y should worry about what is going to happen": a verb of `stance_warning_verbs.txt` with
    "should" or "must" warns Y; it finds no fault with Y."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words("stance_warning_verbs.txt")
            and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children))


def _demanded(verb) -> bool:
    """"Y must release her", "Y should look at its own costs": the speaker demands a change of Y. Not
    a warning ("Y should worry about what is going to happen"), nor a build-up of Y's own means ("Y
    should expand its military")."""
    return (verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)
            and not any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in verb.children)
            and verb.lemma_.lower() not in lexicon.words("stance_warning_verbs.txt")
            and verb.lemma_.lower() not in lexicon.words("stance_capacity_verbs.txt")
            and verb.lemma_.lower() not in lexicon.words("stance_choice_verbs.txt")
            and not _a_quantity_needed(verb))


def _a_quantity_needed(verb) -> bool:
    """"Cruz must win 58 percent of the delegates", "the city must raise $2 million": what arithmetic
    requires of Y, no demand on Y."""
    return any(c.dep_ == "dobj" and (c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
                                     or any(g.dep_ == "nummod" or g.ent_type_ in ("PERCENT", "MONEY", "CARDINAL")
                                            for g in c.children))
               for c in verb.children)


LEAVING_LEMMAS = {"resign", "quit", "go", "step", "stand"}


def _told_to_leave(verb) -> bool:
    """"Y must go", "Y should resign", "Y must step down": a demand that Y leave (office) is a verdict
    on Y wherever it is said, also in a speaker's words where other demands are no stance ("Y must
    release her"). Not "must go to the summit", "should step up", "must not quit"."""
    lemma = verb.lemma_.lower()
    if lemma not in LEAVING_LEMMAS or not _demanded(verb) or _inverted_condition(verb):
        return False
    if lemma in ("step", "stand"):
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in relations.LEAVING_OFFICE_WORDS
                   for c in verb.children)
    return not any(c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "advcl", "acomp") for c in verb.children)


AIMING_PREPS = {"on", "against", "toward", "towards"}
AMOUNT_WORDS = {"more", "better", "less", "enough", "everything", "something", "anything", "all"}


def _only_advised(verb) -> bool:
    """What "Y should/must ..." asks that finds no fault with Y: an act aimed at another ("the US should
    declare war on the group", "the Senate should back Z"), going on with what Y does ("should
    stay in the race", `stance_carry_on_verbs.txt`), doing as Y likes ("should do whatever she wants"),
    and words to say ("should ask why ...", "should reiterate its support"; not what Y owes others,
    `stance_owed_speech_verbs.txt`: "should explain", "must apologise")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.words("stance_carry_on_verbs.txt"):
        return True
    relation = relations.VERB_RELATIONS.get(lemma)
    if relation is not None and relations.polarity_of(relation) > 0 and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return True  # "the Senate should back Y", "the party must support Y": help asked for another, no fault
    if lemma == "do" and not any(c.dep_ in ("dobj", "advmod", "npadvmod") and c.lower_ in AMOUNT_WORDS
                                 for c in verb.children):
        return True  # "must do more" faults what Y did; "should do it", "do whatever she wants" only advise
    if ((lemma in SOURCE_CUE_LEMMAS or lemma in lexicon.words("question_verbs.txt") or lemma in ("ask", "reiterate", "repeat"))
            and lemma not in lexicon.words("stance_owed_speech_verbs.txt")):
        return True
    return any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in verb.children)


def _misparsed_subject(tok) -> bool:
    """"said that Reinhardt ignored ...", parsed with the name as a modifier: a name right before a
    verb that has no subject of its own is that verb's subject."""
    head = tok.head
    return (tok.dep_ in ("advmod", "npadvmod", "dep") and tok.ent_type_ and tok.i < head.i
            and head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))


BACKING_LEMMAS = {"support", "back", "fund", "finance", "arm", "prop", "shield", "protect", "sponsor", "help", "aid"}


def _backs_only_a_thing(verb) -> bool:
    """Whether what a backing verb's doer backs ("supports single-payer healthcare") is a thing, not
    people or an actor ("had supported the families", "helped Kenya"), so the deed judges no one."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objs) and not any(o.pos_ in ("PRON", "PROPN") or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                  or _people_noun(o.lemma_.lower()) for o in objs)


def _backing_reading(doc, thead, spans) -> Reading | None:
    """"a dictator supported by Cuba": backing what the statement condemns condemns the backer."""
    if not (thead.dep_ == "pobj" and thead.head.dep_ == "agent"):
        return None
    verb = thead.head.head
    if verb.lemma_.lower() not in BACKING_LEMMAS or not any(a <= verb.idx < b for a, b in spans):
        return None
    patients = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not patients:
        return None
    patient = patients[0]
    words = [patient, *(c for c in patient.children if c.dep_ in ("amod", "compound"))]
    if patient.dep_ == "appos":
        words += [patient.head, *(c for c in patient.head.children if c.dep_ == "amod")]
    ix = _index(doc)
    value = sum(info.valence for info in (ix.info(t.i) for t in words) if info is not None)
    if value > -1.5:
        return None
    lo, hi = min(patient.i, verb.i), max(patient.i, verb.i)
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return Reading(-1, round(-min(1.0, 0.4 + abs(value) / 6), 3), _index(doc).text[start:end], f"deed:backs-{patient.lemma_.lower()}",
                   start, end)


def _describes_another(tok, actor: str, root_actor: dict[int, str]) -> bool:
    """Whether a name only describes another named actor: it modifies (amod, compound, "-born")
    the noun phrase whose head, or apposition, is another actor's name."""
    for _ in range(3):
        if tok.dep_ not in DESCRIBING_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        for t in (tok, *(c for c in tok.children if c.dep_ in ("appos", "compound", "flat"))):
            other = root_actor.get(t.i)
            if other is not None and other != actor:
                return True
        if tok.dep_ == "appos" and root_actor.get(tok.head.i) not in (None, actor):
            return True  # "Kim, the Republican candidate": the party describes Kim
    return False


BENEFICIARY_PREPS = {"for"}


def _is_beneficiary(thead) -> bool:
    """"was a total disaster for Ohio", "good for Kim": who a judgement's outcome falls on, not who
    it judges."""
    top = thead
    while top.dep_ in ("compound", "flat") and top.head is not top:
        top = top.head
    return top.dep_ == "pobj" and top.head.lower_ in BENEFICIARY_PREPS and top.head.head.pos_ in ("NOUN", "ADJ", "AUX", "VERB") \
        and top.head.head.lemma_.lower() not in relations.VERB_RELATIONS


def _is_setting(thead) -> bool:
    """"the cuts would fall in Sweden", "spoke in Geneva": a place named as where something happens
    ("our friends in Germany" is no setting: the phrase hangs on a noun)."""
    top = thead
    while top.dep_ in ("compound", "flat") and top.head is not top:
        top = top.head
    prep = top.head
    return top.dep_ == "pobj" and prep.lower_ in LOCATIVE_PREPS and prep.head.pos_ in ("VERB", "AUX")


def _event_evidence(doc, r: Reading, target=None) -> bool:
    """Whether a lexicon reading rests on an event word ("the attack", "the crisis"): what happened,
    not what anyone thinks of the target. Not when the word is what the `target`'s subject phrase
    is said to be ("Y's plan is a disaster")."""
    if "lexicon:" not in r.rule:
        return False
    ix = _index(doc)
    tok = ix.tokens[bisect_right(ix.idx, r.start) - 1]
    if target is not None and tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") and _in_subtree(target, c) for c in tok.head.children):
        return False  # "Y's plan is a disaster": a verdict on the subject, not an event
    events = lexicon.words("stance_event_words.txt")
    # "the terrorist attacks in Y", "suicide bombings": a word naming the kind of event is the event
    return tok.lemma_.lower() in events or (tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in events)


def _may_be_judged(doc, thead, st) -> bool:
    """A cheap test before reading a target's sentiment: a statement with quotation marks, or a
    lexicon word where `_speaks_of` looks (the target's modifiers, the noun it modifies, what its
    phrase's verb says of it). Most names in a statement have none and need no reading."""
    ix = _index(doc)
    a, b = ix.sent_bounds[thead.i]
    if QUOTE_MARKS.intersection(ix.text[ix.idx[a]:ix.idx[b - 1] + 1]) and st.kind != "direct":
        return True
    subj = thead
    for _ in range(4):
        if subj.dep_ in ("poss", "compound", "nmod", "amod", "pobj", "prep") and subj.head.i != subj.i:
            subj = subj.head
        else:
            break
    near = [*thead.children, thead.head, *subj.head.children, *(x for c in subj.head.children for x in c.children)]
    return any(info is not None and info.valence for info in (ix.info(t.i) for t in near))


@lru_cache(maxsize=1)
def _out_of_values() -> dict[str, float]:
    return {k: float(v) for k, v in lexicon.mapping("stance_out_of.tsv").items()}


def _out_of(verb) -> list[tuple]:
    """("out", noun) for a copula's "out of (all) proportion", "out of touch" the lexicon knows."""
    found = []
    for out in verb.children:
        if out.dep_ == "prep" and out.lower_ == "out":
            for of in out.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    found += [(out, n) for n in of.children if n.dep_ == "pobj" and n.lemma_.lower() in _out_of_values()]
    return found


def _sorting_noun(tok) -> bool:
    """"was a different kind of calculation": "kind" sorts what follows its "of"; sentiment
    lexicons read it as kindness."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.words("stance_kind_nouns.txt")
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def _ease_of_an_act(word) -> bool:
    """"Nevada is difficult to predict", "Y is hard to beat": an adjective with an infinitive whose
    object is the subject grades the act (predicting, beating), not the subject ("Y is uniquely
    qualified to be president" grades Y: "be" takes no object)."""
    return word.pos_ == "ADJ" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(o.dep_ in ("dobj", "obj", "attr", "acomp") for o in c.children) for c in word.children)


def _verdict_noun(tok) -> bool:
    """"Y's plan was a disaster", "Y was a disaster as mayor": an event noun ("disaster", "win") as
    what a copula says its subject is gives a verdict on the subject, not news of an event; not a
    word for people ("Y was the victim"), which says what befell the subject."""
    return (tok.dep_ in ("attr", "oprd") and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in COPULAS
            and tok.lemma_.lower() not in lexicon.words("stance_people_nouns.txt"))


def _complement_words(verb) -> list:
    """What a copula says its subject is: the complements, their conjuncts and their modifiers
    ("was a reckless and dishonest man" -> reckless, dishonest, man), not what follows them; a
    likeness is one too ("is like a dictator")."""
    heads = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "like"
              for g in c.children if g.dep_ == "pobj"]
    heads += [x for h in heads for x in h.conjuncts]
    heads = [h for h in heads if not _relation_of_the_joined(verb, h)]
    heads = [h for h in heads if h.lemma_.lower() not in lexicon.words("stance_sign_nouns.txt")
             and h.lemma_.lower() not in lexicon.words("stance_contender_nouns.txt") and not _ease_of_an_act(h)]
    mods = [c for h in heads for c in h.children if c.dep_ in ("amod", "compound", "advmod")]
    mods += [x for m in mods if m.dep_ == "amod" for x in m.conjuncts]
    return list({t.i: t for t in [*heads, *mods]}.values())


def _relation_of_the_joined(verb, noun) -> bool:
    """"Hamas and Fatah are bitter enemies", "the two firms were rivals": a plural noun of what parties
    are to each other, said of joined subjects, names their relation to one another, no verdict on
    either ("X and Y are my enemies", "enemies of freedom" judge them)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in lexicon.words("stance_reciprocal_nouns.txt"):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "to")) for c in noun.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "conj" for c in subj.children)


def _speaks_of(tok, thead) -> bool:
    """Whether a judging word is said of the target: it modifies the target ("corrupt Germany",
    "the Putin regime"), or the target's phrase is the subject it is predicated of ("Gonzalez's
    claims are lies", "it is a wonderful ally" with "it" the target)."""
    if tok.head.i == thead.i and tok.dep_ in ("amod", "appos", "compound", "acl", "relcl"):
        return True
    if thead.head.i == tok.i and thead.dep_ in ("poss", "compound", "nmod", "amod"):
        # "Rand Paul's supporters", "Clinton allies": people of the name, no judgement of it
        return tok.lemma_.lower() not in MEMBER_NOUNS and tok.lemma_.lower() not in relations.AGENT_NOUN_RELATIONS
    subj = thead
    for _ in range(4):  # "Gonzalez's claims", "our friends in Germany": the phrase the name is in
        if subj.dep_ in ("poss", "compound", "nmod", "amod") and subj.head.i != subj.i:
            subj = subj.head
        elif subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.head.head.pos_ in ("NOUN", "PROPN"):
            subj = subj.head.head
        else:
            break
    pred = tok
    while pred.dep_ in ("amod", "compound", "conj", "advmod") and pred.head.i != pred.i:
        pred = pred.head
    predicated = pred.dep_ in ("attr", "acomp", "oprd") or (
        pred.dep_ == "dobj" and pred.head.lemma_.lower() in ("deserve", "merit", "earn", "warrant"))
    if not predicated:
        return False
    verb = pred.head
    if subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i == verb.i:
        return True
    # "Germany has made mistakes, but it is a great ally": "it" is the subject of the first clause
    pron = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"]
    return bool(pron) and verb.dep_ == "conj" and subj.dep_ == "nsubj" and subj.head.i == verb.head.i


def _seen_by_others(word) -> bool:
    """"Y seems crazy to centrists", "Y looks weak to them": a judgement by how Y strikes others
    (a "to" phrase on a perception copula or its complement) reports their view, not the speaker's;
    "seems wrong to me" stays the speaker's own."""
    verb = word.head if word.dep_ in ("acomp", "oprd", "attr", "xcomp") else word
    if verb.lemma_.lower() not in lexicon.words("stance_perception_verbs.txt"):
        return False
    holders = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp")]
    hearers = [g for h in holders for p in h.children
               if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ not in ("me", "us") and (g.pos_ == "PRON" or g.ent_type_ in ("PERSON", "NORP", "ORG")
                                                 or _people_noun(g.lemma_.lower())) for g in hearers)


def _judging_evidence(doc, r: Reading, thead=None) -> bool:
    """Whether a target reading rests on a word that judges the target: a quoted fragment, or an
    evaluative adjective or noun said of it (`_speaks_of`). A verb ("killed", "suspended") or an
    event noun ("attack", "crisis") reports what happened to the name, not what the speaker thinks
    of it; "on the other hand" or "a successful scenario" near a name says nothing of it; the
    model alone shows no words."""
    if "lexicon:" not in r.rule:
        return r.rule == "quoted-fragment" and (thead is None or _fragment_linked(doc, r, thead))
    ix = _index(doc)
    tok = ix.tokens[bisect_right(ix.idx, r.start) - 1]
    if tok.dep_ == "neg":
        tok = tok.head
    if tok.pos_ not in ("ADJ", "NOUN") or tok.lemma_.lower() in lexicon.words("stance_event_words.txt"):
        return False
    if _sorting_noun(tok) or tok.lemma_.lower() in lexicon.words("stance_contender_nouns.txt") or _ease_of_an_act(tok):
        return False  # "Y remains the clear favorite": where Y stands in a race
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ == "thanks" and nxt is not None and nxt.lower_ == "to":
        return False  # "won thanks to the Grayson name": a cause, not gratitude
    if thead is not None and (_hoped_for(tok, thead) or _inside_a_subject_act(tok, thead)
                              or _named_by_the_name(tok, thead) or _gerund_on_the_name(tok, thead)):
        return False
    if _thought_denied(tok) or _seen_by_others(tok):
        return False
    return thead is None or _speaks_of(tok, thead)


def _named_by_the_name(word, thead) -> bool:
    """"Supreme Court justices", "Senate staffers": people the name only says who they are, so a word
    for them with a valence of its own ("justice") judges no one."""
    top = thead
    while top.dep_ in ("compound", "flat") and top.head.i != top.i and top.head.pos_ == "PROPN":
        top = top.head
    return (top.dep_ in ("compound", "nmod") and top.head.i == word.i and word.pos_ == "NOUN"
            and _people_noun(word.lemma_.lower()))


def _hoped_for(word, thead) -> bool:
    """"build a better America", "a stronger Europe": a comparative on the name is the place the
    speaker hopes for, no judgement of the place as it is."""
    return word.dep_ == "amod" and word.head.i == thead.i and (
        word.tag_ == "JJR" or any(c.lower_ in ("more", "less") for c in word.children))


def _gerund_on_the_name(word, thead) -> bool:
    """"eat their words about doubting Ohio": an "-ing" word parsed as an adjective on a bare name is
    a gerund whose object is the name, someone's act on it, no description of it."""
    return (word.dep_ == "amod" and word.head.i == thead.i and word.lower_.endswith("ing")
            and thead.pos_ == "PROPN" and not any(c.dep_ == "det" for c in thead.children))


def _inside_a_subject_act(word, thead) -> bool:
    """"doubting Ohio was a mistake", "to ignore Ortiz would be wrong": the judgement falls on the act
    that is the subject (doubting, ignoring), not on its object; the target is no judged party."""
    first = thead.doc[thead.left_edge.i]
    if (first.i < thead.i and first.dep_ in ("amod", "compound") and first.head.i == thead.i
            and first.lower_.endswith("ing") and first.pos_ in ("VERB", "PROPN")):
        return True  # "doubting Ohio was a mistake" parsed with "doubting" on the name
    for anc in thead.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass") and not (
                anc.left_edge.i <= word.i <= anc.right_edge.i)
    return False


FRAGMENT_LINK_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr"}


def _fragment_linked(doc, r: Reading, thead) -> bool:
    """Whether a quoted fragment is said of the target: predicated of it or modifying it
    (`_speaks_of`), inside the target's own phrase ("Y, a 'con artist'"), or hanging on the same verb
    the target is subject or object of ("described Y as 'a true friend'", "Y 'has no chance'"). Not:
    the object of a quoted verb ("tried to 'protect' Y": a word for what others did to Y),
    "ISIS' 'best recruiter'" (said of whoever is the recruiter), "make America 'win'", "Clinton
    supporters were subject to 'vicious trolling'"."""
    ix = _index(doc)
    lo, hi = bisect_left(ix.idx, r.start), bisect_left(ix.idx, r.end)
    inside = [t for t in ix.tokens[lo:hi] if not t.is_punct]
    if not inside:
        return False
    span = {t.i for t in inside}
    fhead = next((t for t in inside if t.head.i not in span or t.head.i == t.i), inside[0])
    if any(_speaks_of(t, thead) for t in inside if (info := ix.info(t.i)) is not None and info.valence):
        return True
    if (len(inside) > 1 and fhead.dep_ in ("compound", "nmod") and fhead.head.i not in span
            and fhead.head.pos_ == "NOUN" and fhead.head.i != thead.i):
        return False  # "vulnerable on the “single-payer health care” quotes": a quoted name for a thing
    if fhead.pos_ == "VERB" and (thead.head.i == fhead.i and thead.dep_ in ("dobj", "obj", "dative")
                                 or thead.dep_ == "pobj" and thead.head.head.i == fhead.i):
        return False  # "officials tried to “protect” Clinton": the quoted verb is the doers' act, not said of its object
    top = thead
    for _ in range(4):
        if top.dep_ in ("compound", "flat", "amod", "nmod") and top.head.i != top.i:
            top = top.head
        else:
            break
    if top.i != thead.i and (top.lemma_.lower() in MEMBER_NOUNS or top.lemma_.lower() in relations.AGENT_NOUN_RELATIONS):
        return False  # "Vardanian voters were subject to 'vicious trolling'": the voters, not the nation
    if top.left_edge.i <= fhead.i <= top.right_edge.i and fhead.i not in range(thead.left_edge.i, thead.i):
        return fhead.head.i == top.i or fhead.dep_ in ("appos", "attr", "oprd")
    verb = fhead
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(2):  # "referred to Y as '...'", "dismissed a report by Y as '...'", "Y's report"
        if top.dep_ in FRAGMENT_LINK_DEPS and top.head.i == verb.i:
            return True
        if top.dep_ == "pobj" and top.head.head.i == verb.i:
            return True
        if top.dep_ == "pobj" and top.head.lower_ in ("by", "of") and top.head.head.pos_ == "NOUN":
            top = top.head.head
        elif top.dep_ == "poss" and top.head.i not in span:
            top = top.head  # not "Y's 'best recruiter'": that fragment is said of whoever recruits for Y
        else:
            return False
    return False


def _named_just_before(st, statements, actor: str, mentions) -> bool:
    """"... that he had written to Barraclough twice. 'He has not answered either letter'": the
    pronoun's person is named in the speaker's statement just before, so the pronoun is read as them."""
    before = [s for s in statements if s.speaker == st.speaker and s.end <= st.start]
    if not before:
        return False
    prev = max(before, key=lambda s: s.end)
    return any(m.actor == actor and any(a <= m.start < b for a, b in prev.spans) for m in mentions)


def _lead_in(ix, st, by_start, starts) -> list[int]:
    """Mentions between a cue and the quotation it introduces ('said that Ankara had "ignored the
    rules"'): the quote's doer, outside the quoted words. Only a deed in the quote can judge them."""
    if st.cue_end is None or not st.spans or st.cue_end > st.spans[0][0]:
        return []
    first = st.spans[0][0]
    k = bisect_left(ix.idx, first)
    if k >= len(ix.tokens):
        return []
    lo = max(st.cue_end, ix.idx[ix.sent_bounds[k][0]])
    return by_start[bisect_left(starts, lo):bisect_left(starts, first)]


def _denies(ix, st) -> bool:
    """Whether the statement's cue denies what it reports ("denied that X had concealed ...",
    "dismissed the idea that X was 'a hero'"); "dismissed X as 'a fraud'" says what X is, no denial."""
    if st.cue_start is None or not len(ix.tokens):
        return False
    cue = ix.tokens[max(0, bisect_right(ix.idx, st.cue_start) - 1)]
    return (cue.lemma_.lower() in lexicon.words("stance_denial_cues.txt")
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children))


def _foretold_by_another(ix, st, act, sources: set) -> bool:
    """"Hale predicted Ruiz will back Cole": an act inside a statement whose cue foretells it
    (`stance_prediction_cues.txt`), by a speaker who is not its doer, has not happened; it is the
    speaker's guess ("Ruiz said she would back Cole" is her own word and stays)."""
    if st is None or not st.speaker or st.speaker in sources or st.cue_start is None or not len(ix.tokens):
        return False
    if not any(a <= act.verb.idx < b for a, b in st.spans):
        return False
    cue = ix.tokens[max(0, bisect_right(ix.idx, st.cue_start) - 1)]
    return cue.lemma_.lower() in lexicon.words("stance_prediction_cues.txt")


def _as_said(r: Reading, denied: bool, confidence: float) -> tuple[Reading, float]:
    """A reading of what a statement reports, as the speaker's stance: denied, its sign flips (the
    speaker defends the doer), a little less sure."""
    if not denied or not r.polarity:
        return r, confidence
    return (Reading(-r.polarity, -r.score, r.evidence, r.rule + "+denied", r.start, r.end, r.relation, r.goldstein),
            round(confidence * 0.8, 2))


def _statement_confidence(r: Reading) -> float:
    if "+made-by" in r.rule:  # "vetoing a bill that ...": the bill's maker is a guess, whatever the reading
        return CONFIDENCE["made-by"]
    if r.rule.startswith("deed:"):
        return DEED_CONFIDENCE
    if r.rule == "quoted-fragment":
        return 0.6
    return round(min(0.75, 0.3 + 0.5 * abs(r.score)), 2)


# ---------------------------------------------------------------- precision on wire prose
# Rules that keep a row from what a reader of real wire copy would reject (issue 10's read-through:
# acts only supposed, praise conceded before a "but", a rival named as a description, a demand made
# of one actor to act against another, a verdict someone else reached).

HYPOTHETICAL_AUXILIARIES = {"would", "could", "might", "may", "can", "ca"}


def _only_if(verb) -> bool:
    """"would not support Y if he loses", "could back Y if ...": an act supposed on a condition, whichever
    way it goes ("will praise Y if the deal holds" is a promise made now, and stays)."""
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUXILIARIES for c in verb.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in relations.CONDITION_MARKS for m in c.children)
        for c in verb.children)


def _announced(verb) -> bool:
    """"Lee said he would sue Y", "told aides she would back Y": "would" after a saying is the
    speaker's announced intention, a stance held now, unless an "if" makes it a supposition."""
    if _only_if(verb):
        return False
    return verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in SPEECH_LEMMAS


def _hypothetical_act(act) -> bool:
    """"news that the PAC would endorse Y", "would endorse Y if she won", "could back Y", "Z can
    challenge Y", "has yet to endorse Y", "would have never proposed banning Y", "the chance of Y being
    prosecuted": an act supposed, possible, counterfactual or still to come is no stance
    yet. Held back ("would not endorse Y", "could never support Y") it is one, so a negated act
    stays; so does an intention announced ("said he would sue Y", `_announced`)."""
    verb = act.verb
    if verb.dep_ in ("acomp", "attr") and verb.head.i != verb.i:
        verb = verb.head  # "would be critical of Y", "would be a fan of Y"
    if _only_if(verb):
        return True
    if act.negated:
        return False
    for v in (verb, *([verb.head] if verb.dep_ == "conj" and verb.head.i != verb.i else [])):
        if any(c.dep_ == "neg" for c in v.children):
            return False
        aux = {c.lower_ for c in v.children if c.dep_ == "aux"} & HYPOTHETICAL_AUXILIARIES
        if aux and not (aux == {"would"} and _announced(v)):
            return True
        head = v.head
        if (v.dep_ == "xcomp" and head.i != v.i and head.lemma_.lower() == "have"
                and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)):
            return True  # "has yet to endorse Y"
    head = verb.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and head.pos_ == "VERB" and not any(
            c.dep_ == "neg" for c in head.children):
        aux = {c.lower_ for c in head.children if c.dep_ == "aux"} & HYPOTHETICAL_AUXILIARIES
        if aux and not (aux == {"would"} and _announced(head)):
            return True  # "would likely have faced pressure from Y had he stayed": supposed
    if verb.dep_ in ("xcomp", "ccomp") and head.i != verb.i and head.pos_ in ("VERB", "AUX") and (
            {c.lower_ for c in head.children if c.dep_ == "aux"} & HYPOTHETICAL_AUXILIARIES
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in head.children)):
        return True  # "would have never proposed banning Y", "could have chosen to back Y": counterfactual
    if verb.dep_ in ("pcomp", "acl") and head.dep_ == "prep" and head.lower_ == "of" \
            and head.head.lemma_.lower() in lexicon.words("stance_possibility_nouns.txt"):
        return True  # "little chance of officials being prosecuted by Y"
    return False


def _inside_a_denied_saying(verb) -> bool:
    """"I did not say, you know what, if Y does X, I will support Y": whatever a denied saying holds,
    however deep in it the act sits, is not asserted (`_not_asserted` reads the saying's own clause)."""
    v = verb
    for _ in range(4):
        if v.dep_ not in ("ccomp", "parataxis", "conj", "xcomp") or v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_.lower() in ASSERTING_LEMMAS and any(c.dep_ == "neg" for c in v.children):
            return True
    return False


def _judged_ones_deed(act) -> bool:
    """"Kim criticized Ortiz for failing to defend Y": the deed in the reason for a judgement is the
    one judged's (Ortiz's), not the judge's; read through "failing to", "refusing to", it must not
    fall to the judge as the act's subject."""
    v = act.verb
    for _ in range(3):
        if v.dep_ == "pcomp" and v.head.lower_ == "for" and v.head.head.i != v.head.i:
            judge = v.head.head
            judges = {c.i for c in judge.children if c.dep_ in ("nsubj", "nsubjpass")}
            return v is not act.verb and any(s.i in judges for s in act.subjects)
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
    return False


def _a_feeling(word) -> bool:
    """"Y was furious with the report": how the subject feels, said of it, judges not the subject."""
    return word.lemma_.lower() in lexicon.words("stance_feeling_words.txt") or word.lower_ in lexicon.words("stance_feeling_words.txt")


def _feeling_read(doc, r: Reading) -> bool:
    """A reading that rests on a feeling word (`_a_feeling`)."""
    ix = _index(doc)
    return _a_feeling(ix.tokens[bisect_right(ix.idx, r.start) - 1])


def _owner_not_the_doer(actor_type: str, tok) -> bool:
    """"Ohio's governor and state senators support Y", "Ohio's delegation": people of a place (not a
    state) act for themselves, not for the place; "Lee's supporters attacked Y": a person's followers
    act for themselves ("Lee's aides" act for Lee and stay)."""
    if tok.dep_ != "poss" or tok.head.i == tok.i:
        return False
    if actor_type == "place" or tok.head.lemma_.lower() in lexicon.words("stance_other_one_nouns.txt"):
        return True  # "NCLB's replacement repudiates ...": another one than the owner acts
    return actor_type == "person" and tok.head.lemma_.lower() in relations.AGENT_NOUN_RELATIONS


def _prediction(verb) -> bool:
    """"If the undecided vote, Ortiz should win by double digits": "should" with a condition foretells,
    it demands nothing."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in relations.CONDITION_MARKS for m in c.children)
               for c in verb.children)


_POLL_WORDS = lexicon.words("poll_nouns.txt")


def _poll_finding(st) -> bool:
    """A statement whose source is a poll or survey ("in a new Fox News poll", "the CBS survey shows")."""
    words = re.findall(r"[a-z]+", (st.speaker_mention or "").lower())
    return bool(words) and words[-1] in _POLL_WORDS


def _own_side(text: str, body: str, people) -> bool:
    """"Restrepo's team, Andes Pro Cycling," (or "Andes Pro Cycling, Restrepo's team"): a body the text
    calls one of these people's own, which does not make the finding they dismiss."""
    for person in people:
        if not person or not body:
            continue
        own = re.escape(person.split()[-1]) + r"['’]s\s+(?:\w+\s+){0,2}?\w+"
        if re.search(own + r",\s+" + re.escape(body), text) or re.search(re.escape(body) + r",\s+" + own, text):
            return True
    return False


def _critic_of_a_rejected_attack(act, obj):
    """"dismissed criticism of Trump's comments as 'talking points'": rejecting an attack on Y defends Y,
    so Y is no target of the rejection; its author is ("rejected Clinton's claim" → Clinton). The
    object to read the target from: the attack's author, None when only its victim is named, and the
    attack itself when neither is ("dismissed the allegations": whoever made them)."""
    if relations.polarity_of(act.relation) >= 0:
        return obj
    relation = relations.NOUN_RELATIONS.get(obj.lemma_.lower())
    if relation is None or relations.polarity_of(relation) >= 0:
        return obj
    author = next((c for c in obj.children if c.dep_ == "poss"), None)
    if author is not None:
        return author
    aimed = any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "toward", "towards") for c in obj.children)
    return None if aimed else obj


def _contradicts_an_act(row: Stance, rows: list[Stance]) -> bool:
    """"Kim rejected Ortiz's criticism of the plan": the act (rejecting Ortiz's words) states the
    stance; a reading of the same words the other way ("criticism", denied) is outweighed."""
    if row.rule.startswith("act:") or row.polarity == "neutral":
        return False
    return any(o.rule.startswith("act:") and (o.source, o.target) == (row.source, row.target)
               and o.polarity not in (row.polarity, "neutral") and o.start <= row.start and row.end <= o.end
               for o in rows)


def _names_someones_act(doc, r: Reading) -> bool:
    """"Trump's handling of the Khans' 'criticism'": a word naming what someone did (their criticism,
    their praise) is that one's act, no judgement the speaker makes of the name or of anyone near it."""
    ix = _index(doc)
    tok = ix.tokens[bisect_right(ix.idx, r.start) - 1]
    return tok.lemma_.lower() in relations.NOUN_RELATIONS and any(c.dep_ == "poss" for c in tok.children)


DISPUTE_PREPS = {"over", "regarding", "concerning"}


def _issue_of_a_dispute(verb) -> bool:
    """"threatened to shut down the government over funding Planned Parenthood", "clashed over
    supporting the union": an act named as what a fight is over is the issue, done by no one there."""
    return (verb.dep_ == "pcomp" and verb.head.lower_ in DISPUTE_PREPS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children))


ASKING_ABOUT_LEMMAS = {"question", "grill", "quiz", "press"}


def _only_asked_about(verb) -> bool:
    """"Todd questioned Pence about that position", "grilled her about the deal": an interviewer's
    questions about something are asking, not criticism of the one asked."""
    return verb.lemma_.lower() in ASKING_ABOUT_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)


FIRST_PERSON = {"i", "we"}


def _praise_conceded(act) -> bool:
    """"I like Y; don't get me wrong. But she would never ...", "I love Y because ..., but they have
    been ...": a speaker's own liking conceded before a "but" is not what they say of Y; the clause
    after the contrast is (read from the statement's words)."""
    if relations.polarity_of(act.relation) <= 0 or act.negated:
        return False
    if not any(s.lower_ in FIRST_PERSON for s in act.subjects):
        return False
    sent = act.verb.sent
    after = [t for t in sent if t.i > act.verb.i and t.idx >= act.evidence_end]
    if any(t.lower_ in CONTRAST_WORDS and t.dep_ in ("cc", "advmod", "mark") for t in after):
        return True
    nxt = sent.end
    doc = act.verb.doc
    while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].is_space):
        nxt += 1
    return nxt < len(doc) and doc[nxt].lower_ in CONTRAST_WORDS


def _own_doing_defended(act, obj) -> bool:
    """"Lee later defended his comments as 'sarcastic'", "she justified her vote": one stands up for
    one's own words or deeds; "his"/"her" that can be the doer's is the doer's, so no stance toward
    another ("Ana Lund defended his comments" still is one toward him)."""
    if act.verb.lemma_.lower() not in lexicon.words("stance_own_defence_verbs.txt"):
        return False
    pron = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if pron is None:
        return False
    for subj in act.subjects:
        if subj.pos_ == "PRON":
            if _pronoun_person(subj) == _pronoun_person(pron):
                return True
        elif subj.pos_ in ("PROPN", "NOUN") and _could_stand_for(pron, subj):
            return True  # "Trump" the small model tags NOUN; "the senator defended his remarks" too
    return False


def _party_of_the_doers(act, obj, described) -> bool:
    """"GOP critics, including Sen. Lee", "Democratic opponents of the bill": a party word on an agent
    noun says which party the critics or backers belong to, not whom they criticise or back
    ("Trump critics", "critics of the GOP" still name the one criticised)."""
    if not act.rule.startswith("agent-noun:") or obj.dep_ not in ("amod", "compound") or obj.head.i != act.verb.i:
        return False
    actor = described.covering(obj)
    return bool(actor) and _a_party(actor)


def _post_of_a_role_holder(act, subj) -> bool:
    """"Obama's Supreme Court nominee", "the governor's Fed pick": with the one who named the holder
    before it, a name on the role noun is the post the holder is named to, not who named them."""
    return (act.rule.startswith("patient-noun:") and act.verb.lemma_.lower() in ROLE_HOLDER_NOUNS
            and subj.dep_ == "compound" and subj.head.i == act.verb.i
            and any(c.dep_ == "poss" for c in act.verb.children))


def _race_contest(act) -> bool:
    """"Sen. Lee, who is challenging Y for the nomination", "will face Y in the primary": running
    against Y for a prize or in a race is a contest, no stance toward Y ("challenged Y's claim",
    "fought Y over the budget" still are)."""
    if act.verb.lemma_.lower() not in lexicon.words("stance_race_verbs.txt"):
        return False
    if any(c.dep_ == "advcl" and c.lemma_.lower() == "run" for c in act.verb.children):
        return True  # "Lee challenged her when she ran for a second term": a race
    prizes = lexicon.words("stance_race_prizes.txt")
    # the prize's preposition on the verb, or one the parser hung elsewhere before the next verb ("is
    # challenging Rep. Y, the committee chair, in Florida's Aug. 30 primary")
    preps = [c for c in act.verb.children if c.dep_ == "prep"]
    for tok in act.verb.doc[act.verb.i + 1:act.verb.sent.end]:
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ == "prep" and tok.head.i != act.verb.i:
            preps.append(tok)
    return any(c.lower_ in ("for", "in") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in prizes
        and not any(x.dep_ == "prep" and x.lower_ == "of" for x in g.children) for g in c.children)
        for c in preps)


def _rival_named(act) -> bool:
    """"Cruz, Trump's most formidable opponent", "Trump rival Cruz": a rival in a race, named by the
    race, is no stance toward the other runner ("a vocal opponent of the deal" still is)."""
    if not act.rule.startswith("agent-noun:") or act.verb.lemma_.lower() not in lexicon.words("stance_rival_nouns.txt"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in act.verb.children)


def _acts_against_another(verb) -> bool:
    """"Y should deport Z", "the Department should investigate": what the speaker demands is an act
    against someone else, so it judges that one, not the doer asked to carry it out (unlike "Y must
    release her", a wrong the doer should undo)."""
    relation = relations.VERB_RELATIONS.get(verb.lemma_.lower())
    return relation is not None and relations.polarity_of(relation) < 0


def _inverted_condition(verb) -> bool:
    """"should the campaign keep up its attacks, ...": "should" before its subject is an "if", no demand."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "should"), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return aux is not None and subj is not None and aux.i < subj.i


def _hypothetical_asking(asking) -> bool:
    """"did not call for a probe of Y", "would probably encourage people to back Y", "if she asks them to
    ...": an asking denied, only supposed or under a condition is no stance of the asker."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may")
               or c.dep_ == "mark" and c.lower_ in relations.CONDITION_MARKS for c in asking.children)


def _asked_for(act, asking):
    """An act someone asks for ("requested an investigation of Y"), as that one's stance toward its
    target: the asker is the source, the evidence runs from the asking verb."""
    return dataclasses.replace(act, subjects=relations.doers(asking), rule=f"{act.rule}+requested",
                               evidence_start=min(asking.idx, act.evidence_start),
                               evidence_end=max(asking.idx + len(asking.text), act.evidence_end))


def _asks_it_self(asking, st) -> bool:
    """Whether the statement's speaker is the one asking: the asking verb is the statement's cue ("Kim
    urged the police to ..."), has a first-person subject ("we urge ...") or none, as a command does;
    not "Reid said Trump broke the law by calling on Russia to hack Y": Trump asked, Reid reports."""
    if st is None or asking.idx == st.cue_start:
        return True
    subjects = [c for c in asking.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return all(c.lower_ in FIRST_PERSON or c.lower_ in ("us", "me") for c in subjects)
    return asking.dep_ == "ROOT"


def _urged_act_reading(doc, thead, st=None) -> Reading | None:
    """"Coulter tweeted that Trump should deport Haley", "asked the Department to investigate X": the
    object of an act the speaker demands against it (read by `_acts_against_another`) is who the
    speaker is against; the one asked to act is only its agent. With `st`, only an asking the
    speaker does (`_asks_it_self`)."""
    if thead.dep_ not in ("dobj", "obj"):
        return None
    verb = thead.head
    if not _acts_against_another(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    v = verb
    for _ in range(4):
        if (_demanded(v) and not _inverted_condition(v)) or (
                v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i
                and v.head.lemma_.lower() in lexicon.words("stance_urging_verbs.txt")
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)):
            if not _demanded(v) and not _asks_it_self(v.head, st):
                return None
            break
        if v.dep_ not in ("xcomp", "conj", "ccomp") or v.head.i == v.i:
            return None
        v = v.head
    else:
        return None
    pol = relations.polarity_of(relations.VERB_RELATIONS[verb.lemma_.lower()])
    return Reading(pol, 0.6 * pol, verb.text, f"urged-act:{verb.lemma_.lower()}", verb.idx, verb.idx + len(verb.text))


SHARE_WORDS = {"percent", "%", "half", "majority", "minority", "third", "quarter", "most", "many", "few", "some"}


INNER_QUOTE_OPENERS = {"'", "‘"}


def _inside_an_inner_quote(tok) -> bool:
    """"people who said, 'I still endorse him'": a word after a single quotation mark that opens on a
    speech verb (after its comma or colon) in the same sentence is in words the speaker quotes from
    others, whatever the parser made of the clause; not after the speaker's own "I said, '...'"."""
    doc = tok.doc
    a, _ = _index(doc).sent_bounds[tok.i]
    for j in range(tok.i - 1, a - 1, -1):
        if doc[j].text not in INNER_QUOTE_OPENERS and doc[j].text != "’":
            continue
        if doc[j].text == "’":
            return False  # the nearest mark closes a quotation
        k = j - 1
        if k >= a and doc[k].text in (",", ":"):
            k -= 1
        verb = doc[k] if k >= a else None
        return (verb is not None and verb.lemma_.lower() in SPEECH_LEMMAS
                and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children))
    return False


def _someone_elses_first_person(subject, st) -> bool:
    """"Voters tell me, 'We support Y'", "people who say, 'I like Y'": an "I" or "we" in words the
    speaker quotes from others is theirs, not the speaker's ("I told them, 'I support Y'" stays)."""
    if st is None or subject.lower_ not in FIRST_PERSON:
        return False
    if _inside_an_inner_quote(subject):
        return True
    v = subject.head
    for _ in range(4):
        if v.lemma_.lower() in SPEECH_LEMMAS and v.i != subject.head.i:
            if not any(a <= v.idx < b for a, b in st.spans):
                return False  # the cue of the statement itself: "'We condemn Y,' Macron said"
            sayer = next((c for c in v.children if c.dep_ == "nsubj"), None)
            return sayer is not None and sayer.lower_ not in FIRST_PERSON
        if v.dep_ not in ("ccomp", "parataxis", "conj") or v.head.i == v.i:
            return False
        v = v.head
    return False


NOT_DENYING_HEADS = {"hesitate", "fail", "forget", "cease", "refuse", "decline"}


def _under_a_negated_intention(verb) -> bool:
    """"does not plan to endorse Y from his pulpit", "doesn't want to back Y": an act under a negated
    plan or wish is neither done nor refused (the plan may only be about how), nor is one "no longer"
    done; no row either way.
    Not "did not hesitate to attack Y", "did not fail to ..." (see `relations._negated`)."""
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children)
           for c in verb.children):
        return True  # "she is no longer touting Y's successes": an act stopped is neither done nor its opposite
    head = verb.head
    return (verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in NOT_DENYING_HEADS
            and any(c.dep_ == "neg" for c in head.children)
            and not any(c.dep_ == "neg" for c in verb.children))


def _poll_share(act) -> bool:
    """"Y receiving 20 percent support from Latino voters", "a majority support among X": an act noun
    counted as a share is a poll's figure, no stance of the group named."""
    return act.rule.startswith("noun:") and any(
        c.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod") and (c.lower_ in SHARE_WORDS or c.like_num)
        for c in act.verb.children)


def _share_of_people(subject) -> bool:
    """"64 percent call him competent", "six in 10 back her", "a majority support Y": a share of a
    poll's respondents, whom no speaker stands for (not the last person quoted)."""
    return subject.lower_ in SHARE_WORDS or subject.pos_ == "NUM" or subject.like_num


def _reported_by_another(row: Stance, statements) -> bool:
    """"The Journal notes that Coulter tweeted that Trump should deport Haley": a statement the
    speaker reports from another speaker holds the other's words; the reporter only passes them on."""
    if row.statement_index is None:
        return False
    outer = next((s for s in statements if s.index == row.statement_index), None)
    if outer is None or outer.speaker != row.source:
        return False
    return any(inner.speaker and inner.speaker != outer.speaker and inner is not outer
               and all(any(a <= x and y <= b for a, b in outer.spans) for x, y in inner.spans)
               and any(x <= row.start < y for x, y in inner.spans)
               for inner in statements)


def _participle_of_its_object(verb) -> bool:
    """"getting all imprisoned Americans out", "the jailed reporter": a participle describing a noun
    says what befell it, not that the clause's subject did it; a determiner before the participle
    ("all imprisoned Americans", parsed as the participle's own) shows it is one."""
    if verb.tag_ not in ("VBN", "VBD") or relations.finite_read_as_adjective(verb) is not None:
        return False  # "X on Thursday backed challenger Y", misparsed: the finite verb after all
    return verb.dep_ == "amod" or any(c.i < verb.i and c.dep_ in ("det", "dep", "predet") and c.tag_ in ("DT", "PDT")
                                      for c in verb.children)


def _wronged_patient(doc, r: Reading, thead) -> bool:
    """"Assange has been 'arbitrarily detained' by Britain": a negative word on what was done to the
    name judges the doers; the one it was done to is its victim, not its target."""
    if r.polarity >= 0 or thead.dep_ != "nsubjpass":
        return False
    ix = _index(doc)
    tok = ix.tokens[bisect_right(ix.idx, r.start) - 1]
    verb = thead.head
    return tok.i == verb.i or (tok.head.i == verb.i and tok.dep_ in ("advmod", "acomp", "npadvmod"))


VERDICT_WORDS = {"guilty", "convict", "charge", "indict", "accuse", "suspect", "sentence", "acquit", "fine"}


def _someone_elses_verdict(doc, r: Reading, thead) -> bool:
    """"citing a Marine found guilty of 'gross negligence'", "Y, convicted of fraud": the judging
    word is a court's or an accuser's finding about the name, which the speaker only reports."""
    ix = _index(doc)
    tok = ix.tokens[bisect_right(ix.idx, r.start) - 1]
    for anc in list(tok.ancestors)[:4]:
        if anc.lemma_.lower() in VERDICT_WORDS and anc.i != thead.i:
            return True
    return False


PLACE_TYPES = {"country", "place"}


def _place_as_doer(thead) -> bool:
    """'leave Nevada with a "solid share"', 'the Florida senator can "bring change"', 'Americans are
    "right to be angry"': a word or a quoted phrase near a place judges it only when the place (by
    its name, or a body acting for it: "the Russian government") is the doer of the clause."""
    if thead.ent_type_ == "NORP" and thead.pos_ != "ADJ":
        return False  # "Americans", "the British": its people
    doer = _doer_top(thead)
    if doer is not thead and doer.lemma_.lower() not in STATE_HEADS | BODY_NOUNS | STATE_AGENT_NOUNS:
        return False
    return doer.dep_ in ("nsubj", "nsubjpass")


def _possessive_pronoun_of_the_act(tok, act) -> bool:
    """"Kim met voters. Her attack on Ortiz was a stretch": "her" on the act noun is its doer, the
    person named before (its own clause has no subject to stand for)."""
    return tok.dep_ == "poss" and tok.lower_ in PERSON_PRONOUNS and tok.head.i == act.verb.i


def _subject_of_a_later_verb(obj, verb) -> bool:
    """"McCain supported it and Cruz, as he has in the past, opposed the measure": a name the parser
    joined to the object opens the next clause, whose verb has no subject of its own."""
    if obj.dep_ != "conj":
        return False
    after = obj.right_edge.i + 1
    doc = obj.doc
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return any(c.dep_ in ("advcl", "ccomp", "conj") and c.pos_ == "VERB" and c.i > obj.i
               and c.left_edge.i == after and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
               for c in verb.children)


MET_KINDS = {"person", "organisation", "institution", "country", "group"}


def _met(actor: str, how: str, kind: str | None) -> bool:
    """Whether a neutral act's target (met, visited, called) is someone met: an actor named (or a
    pronoun for one), not a description guessed for "the state" or "his brother", and no building,
    programme or occasion ("visited Trump Tower", "appeared on the Tonight Show", "hosted the
    convention", `stance_venue_nouns.txt`, `stance_occasion_nouns.txt`)."""
    if how not in ("name", "pronoun", "unsure-pronoun") or kind not in MET_KINDS | {"", None}:
        return False
    last = actor.rsplit(" ", 1)[-1].lower()
    return last not in lexicon.words("stance_venue_nouns.txt") and last not in lexicon.words("stance_occasion_nouns.txt")


PLACE_GOING_LEMMAS = {"campaign", "stump", "tour"}


def _where_one_goes(act, target_kind: str | None) -> bool:
    """"who was visiting Manhattan", "me campaigning for New Hampshire": a city, state or region one
    visits or campaigns in is where one goes, no stance toward it (a visit to a country stays a
    neutral act between states)."""
    return target_kind == "place" and (act.relation == "visit" or act.verb.lemma_.lower() in PLACE_GOING_LEMMAS)


QUESTION_WORD_TAGS = {"WDT", "WP", "WP$", "WRB"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl"}


ASKED_BELIEF_VERBS = {"think", "believe", "say", "expect", "suppose", "mean", "suggest"}


def _asked(ix, i: int) -> bool:
    """"Secretary Clinton, did you lie to them?": a yes/no question asks whether the deed was done;
    the asker (an interviewer, a reporter) takes no stance on it. The clause over word i opens with
    its auxiliary before its subject and ends in "?"; a negated one ("Didn't he lie?") asserts, and a
    wh-question ("Why does he lie?") presumes, so both still count."""
    a, b = ix.sent_bounds[i]
    if "?" not in ix.text[ix.idx[a]:ix.text_end_of_sentence(i)]:
        return False
    tok = ix.tokens[i]
    for anc in tok.ancestors:
        if (anc.lemma_.lower() in ASKED_BELIEF_VERBS and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in anc.children)
                and any(c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i for c in anc.children)):
            return True  # '"You think that Comey would like to indict her?"': the belief asked about
    for _ in range(12):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subjects or tok.dep_ == "ROOT" or tok.head.i == tok.i:
            break
        tok = tok.head
    if not subjects:
        return False
    after = tok.doc[tok.i:min(b, tok.right_edge.i + 3)]
    if not any(t.text == "?" for t in after):
        return False
    subject = subjects[-1]  # "Ms. Ortiz, did you ...": the name called is no subject
    if any(t.tag_ in QUESTION_WORD_TAGS for t in tok.doc[tok.left_edge.i:subject.i]):
        return False
    auxiliaries = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    if tok.lemma_ == "be" and tok.i < subject.i:
        auxiliaries.append(tok)
    return bool(auxiliaries) and not any(c.dep_ == "neg" or c.lower_ in ("not", "n't") for c in tok.children)


def find_stances(doc, article_id, statements, mentions, actors=None, *, metonyms: bool = True) -> list[Stance]:
    """Narrated acts between actors, then each statement speaker's stance toward each actor named
    (or described: "the lender", "him", "the allegations"). A row needs evaluative evidence or a
    neutral act (meet, visit, call); a mere mention is no stance. `metonyms` (the setting
    ACTORLENS_METONYMS): whether a state's envoys and forces ("the Russian ambassador") stand for it."""
    out: list[Stance] = []
    seen: set[tuple] = set()
    filed = [m.span() for m in datelines.WIRE.finditer(_index(doc).text)]
    if filed:  # "MEXICO CITY, Feb. 8 (UPI) --": where and by whom it was filed, no actor of the story
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in filed)]

    def add(source, target, r: Reading, confidence: float, statement_index, how: str = ""):
        key = (source, target, r.start, r.end)
        if not source or not target or source == target or key in seen:
            return
        if r.polarity == 0 and r.relation not in NEUTRAL_ACT_RELATIONS:
            return
        if r.start < r.end and _asked(ix, bisect_right(ix.idx, r.start) - 1):
            return
        seen.add(key)
        rule = r.rule + (f"+{how}" if how and how != "name" else "")
        out.append(Stance(article_id, source, target, POLARITY_NAMES[r.polarity], r.score, r.evidence,
                          rule, r.relation, r.goldstein, statement_index, r.start, r.end, confidence))

    act_targets: set[tuple] = set()
    statements_by_index = {st.index: st.speaker for st in statements}
    ix = _index(doc)
    ix.metonyms = metonyms
    roots = _mention_roots(doc, mentions)
    described = _ArticleActors(doc, mentions, statements, actors)
    acts = [a for bounds in dict.fromkeys(ix.sent_bounds) for a in ix.acts(doc[bounds[0]])] if len(doc) else []
    for act in acts:
        if described.covering(act.verb):
            continue  # "the Committee to Protect Journalists": a verb inside a name is no act
        st = _statement_at(statements, act.verb.idx)
        asking = _requesting_verb(act.verb)
        if asking is not None:
            if (relations.polarity_of(act.relation) == 0 or act.negated or _hypothetical_asking(asking)):
                continue  # "decided not to recommend indicting Y", "would probably encourage people to back Y"
            act = _asked_for(act, asking)
        sources = [(a, how) for s in act.subjects if not _share_of_people(s) and not _someone_elses_first_person(s, st)
                   and not _post_of_a_role_holder(act, s)
                   for a, how in (_speaker_source(statements, s)
                                  or [(a, _subject_how(s, st, a, described)) for a in
                                      _actor_of(s, mentions, st, subject=True, roots=roots, statements=statements)])
                   if not _quoter_as_third_person(s, st, a)]
        if not sources:
            for s in act.subjects:
                if any(_owner_not_the_doer(described.kind.get(described.covering(c)) or "", c)
                       for c in s.children if c.dep_ == "poss" and described.covering(c)):
                    continue
                if s.pos_ == "PRON" and _referent_subject(s)[1]:
                    continue  # "spoke at Reid's invitation, hours before his meeting with Y": whose is not known
                found, how = described.resolve(s, (), products=False)
                if found and (how == "description" or _possessive_pronoun_of_the_act(s, act)):
                    sources.append((found, how))
        if act.rule.startswith("patient-noun:") and act.verb.lemma_.lower() in ROLE_HOLDER_NOUNS:
            sources = [(a, how) for a, how in sources if not _a_party(a)]  # "the party's nominee": its candidate
        if not sources:
            continue
        neutral = relations.polarity_of(act.relation) == 0
        if neutral and _meeting_only_wished(act.verb):
            continue
        if (asking is None and _urged(act.verb)) or _not_asserted(act.verb) or _scare_quoted(act.verb) or _supposed_chain(act.verb):
            continue
        if (_hypothetical_act(act) or _poll_share(act) or _praise_conceded(act) or _rival_named(act) or _race_contest(act) or _participle_of_its_object(act.verb)
                or _inside_a_denied_saying(act.verb) or _judged_ones_deed(act) or _issue_of_a_dispute(act.verb)
                or _only_asked_about(act.verb) or _under_a_negated_intention(act.verb)):
            continue
        exclude = {a for a, _ in sources}
        targets = []
        direct = neutral or act.verb.lemma_.lower() in relations.DIRECT_OBJECT_VERBS
        for o in act.objects:
            if _a_place_as_it_could_be(o) or _posts_body(act, o) or _subject_of_a_later_verb(o, act.verb):
                continue
            if _possessor_cut_off(o):
                continue  # "support for the United States’ “stalwart allies”": the allies, not the state
            if neutral and any(c.dep_ == "case" for c in o.children):
                continue  # "visited NBC's 'Today'": the network's programme, misparsed, is where one went
            o = _critic_of_a_rejected_attack(act, o)
            if o is None:
                continue
            if _party_of_the_doers(act, o, described):
                continue  # "lashed out at GOP critics": the critics' party, not whom they criticise
            if _own_doing_defended(act, o):
                continue  # "Lee later defended his comments": his own, no stance toward another
            if (o.lemma_.lower() in MEMBER_NOUNS and not described.covering(o)
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)):
                continue  # "his criticism of his Republican rivals" is no criticism of the party
            if (not direct and o.tag_ == "NN" and o.lemma_.lower() in ROLE_HOLDER_NOUNS
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                    and not any(c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN" and described.covering(c)
                                and described.kind.get(described.covering(c)) == "person" for c in o.children)):
                holder = described.description(o, exclude)  # "lashed out at the GOP nominee": the nominee
                if holder:
                    targets.append((holder, "description"))
                if holder:
                    continue
                mods = [described.covering(t) for t in o.children if t.dep_ in DESCRIBING_DEPS]
                if any(m and (described.kind.get(m) != "country" or not ix.metonyms) for m in mods):
                    continue  # whoever the GOP nominee is, not the party; "the Russian ambassador" acts for Russia
            named = described.covering(o) if direct else None
            found = [named] if named else [] if direct else _actor_of(o, mentions, st, roots=roots)
            if found:
                targets += [(a, "name") for a in found]
                continue
            titled = _titled_name(o, described)
            if titled and titled not in exclude:
                targets.append((titled, "name"))
                continue
            controllers = {described.covering(c) for c in act.verb.head.children
                           if act.verb.dep_ in ("xcomp", "advcl") and c.dep_ in ("dobj", "obj", "dative") and c.i < act.verb.i
                           and act.verb.head.lemma_.lower() in lexicon.words("stance_urging_verbs.txt")}
            # "convince Senator Ortiz to endorse him": "him" is never the one asked, who does the act
            actor, how = described.resolve(o, exclude | controllers if o.pos_ == "PRON" else exclude,
                                           products=not neutral)
            if actor and described.kind.get(actor) != "person" and _some_of_them(o):
                continue  # "congratulated the Republicans who finished behind him": those, not the party
            if actor and how == "description" and o.tag_ == "NNS" and o.lemma_.lower() == actor.rsplit(" ", 1)[-1].lower():
                continue  # "grateful to all the parties involved": several of a kind, not the one party named
            if actor:
                targets.append((actor, how))
        if any(_people_of_a_place(o) for o in act.objects):
            targets = [(t, "people" if described.kind.get(t) in PLACE_TYPES else how) for t, how in targets]
        if any(_people_of_a_place(s) for s in act.subjects):  # "the Armenians of Israel protested"
            sources = [(a, "people" if described.kind.get(a) in PLACE_TYPES else how) for a, how in sources]
        listed = _listed_after_participle(act, mentions)
        if neutral:
            targets = [(t, how) for t, how in targets if _met(t, how, described.kind.get(t))]
        targets = [(t, how) for t, how in targets if not _thanks_an_audience(act, described.kind.get(t))
                   and t not in listed and not _where_one_goes(act, described.kind.get(t))]
        if not targets or (act.negated and relations.polarity_of(act.relation) <= 0):
            continue  # "would not prosecute Y", "did not criticise Y": holding back is no support;
            # "I didn't meet him": a neutral act not done is no act at all
        r = _act_reading(act, doc)
        foretold = _foretold_by_another(ix, st, act, {a for a, _ in sources})
        for src, s_how in dict.fromkeys(sources):
            for tgt, t_how in dict.fromkeys(targets):
                how = t_how if CONFIDENCE[t_how] < CONFIDENCE[s_how] else s_how
                how = "foretold" if foretold else how
                confidence = min(CONFIDENCE[how], DEED_CONFIDENCE) if asking is not None else CONFIDENCE[how]
                add(src, tgt, r, confidence, st.index if st else None, how)
                if r.polarity:  # a neutral act ("met Y") leaves the statement's judgement of Y to be read
                    act_targets.add((src, tgt, st.index if st else None))
    by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    starts = [mentions[k].start for k in by_start]
    root_actor = {r: m.actor for m, r in zip(mentions, roots) if r >= 0}
    for st in statements:
        if not st.speaker or _poll_finding(st):
            continue  # "Trump achieved 45 percent in a new Fox News poll": a poll's numbers judge nobody
        read: set[tuple] = set()
        by_word: dict[tuple, list] = {}
        denied = _denies(ix, st)
        near = sorted({k for a, b in st.spans
                       for k in by_start[bisect_left(starts, a):bisect_right(starts, b)]})
        for m, root in ((mentions[k], roots[k]) for k in near):
            if m.actor == st.speaker or not any(a <= m.start and m.end <= b for a, b in st.spans):
                continue
            if (st.speaker, m.actor, st.index) in act_targets:
                continue
            once = (m.actor, ix.sent_bounds[root] if root >= 0 else m.start)
            if once in read:  # one reading per actor per sentence of a statement
                continue
            read.add(once)
            if st.cue == "according to":
                continue  # "according to X" names where a fact comes from, not X's opinion
            thead = ix.tokens[root] if root >= 0 else None
            if thead is not None and _hyphened_modifier(thead):
                continue  # "Kingson was a Bernie-supported champion": no judgement of Bernie
            if thead is not None and _describes_another(thead, m.actor, root_actor):
                continue  # "the former Cuban leader Raul Castro", "Lagos-born Ortiz": no stance toward Cuba, Lagos
            if thead is not None and _owner_not_the_doer(m.actor_type, thead):
                continue  # "Ohio's governor had lied": the governor, not the state
            if thead is not None and m.actor_type != "person" and _names_an_occasion(thead):
                continue  # "the Iran deal was a disaster": the deal, not Iran
            doer = _cleft_doer(thead) or _doer_top(thead) if thead is not None else None
            if doer is not None and doer is not thead and doer.lemma_.lower() in MEMBER_NOUNS:
                continue  # "the American people are not happy": its people, not the state
            r = _statement_alleged(doc, ix, st, thead)  # "X alleged that Y had ...": as in a pair reading
            if r is None:
                r = (_responsibility_reading(doc, doer, st.spans) or _deed_reading(doc, doer, st.spans)
                     if doer is not None and not _thought_denied(doer) else None)
            if r is None and thead is not None:
                r = _urged_act_reading(doc, thead, st)
            if r is not None and doer is not thead and thead.dep_ == "amod":
                body = described.body_named(doer, {st.speaker})
                if body:  # "Kenyan millers should look at their costs": the millers' association, not Kenya
                    add(st.speaker, body, *_as_said(r, denied, _statement_confidence(r) * 0.9), st.index, "description")
                    continue
            if thead is not None and m.actor_type in PEOPLE_PLACE_TYPES and _demonym_of_people(thead, ix.metonyms):
                continue  # "the American swimmer had lied": where the swimmer is from, no judgement of the state
            if thead is not None and m.actor_type in PLACE_TYPES and _people_of_a_place(thead):
                continue  # "he has given more Americans cover": the people, no judgement of the state
            if r is None and thead is not None and m.label == "NORP" and _one_of_them(thead):
                continue
            if r is None:
                if thead is not None and (_is_setting(thead) or _is_beneficiary(thead)
                                          or not _may_be_judged(doc, thead, st)):
                    continue
                r = read_target(doc, (m.start, m.end), allowed=st.spans, link="statement")
                if abs(r.score) < LINK_MIN_SCORE["speaker"] or not _judging_evidence(doc, r, thead):
                    r.polarity = 0
                if r.polarity and thead is not None and (_someone_elses_verdict(doc, r, thead)
                                                         or _wronged_patient(doc, r, thead) or _feeling_read(doc, r)
                                                         or _names_someones_act(doc, r)):
                    r.polarity = 0
                if r.polarity > 0 and r.rule == "quoted-fragment" and _mocking_cue(ix, st):
                    r.polarity = 0
                if (r.polarity and ("lexicon:" in r.rule or r.rule == "quoted-fragment") and thead is not None
                        and m.actor_type in PLACE_TYPES and not _place_as_doer(thead)):
                    r.polarity = 0
                if r.polarity and ("lexicon:" in r.rule or r.rule == "quoted-fragment") and thead is not None:
                    word = bisect_right(ix.idx, r.start) - 1
                    by_word.setdefault((r.start, r.end), []).append((ix.distance(word, thead.i), m.actor, r))
                    continue
            add(st.speaker, m.actor, *_as_said(r, denied, _statement_confidence(r)), st.index)
        for readings in by_word.values():  # "pressure from X on Y": a judging word is about the name nearest it
            nearest = min(d for d, _, _ in readings)
            for d, actor, r in readings:
                if d == nearest:
                    add(st.speaker, actor, *_as_said(r, denied, _statement_confidence(r)), st.index)
        if st.cue == "according to":
            continue
        for k in _lead_in(ix, st, by_start, starts):  # 'told reporters that Y had "ignored the rules"'
            m, root = mentions[k], roots[k]
            if m.actor == st.speaker or root < 0:
                continue
            if (st.speaker, m.actor, st.index) in act_targets:
                continue
            # 'said Kim was "a brilliant leader"': the verb between the doer and the quote is said too
            r = _deed_reading(doc, _doer_top(ix.tokens[root]), [(m.start, st.spans[0][0])] + list(st.spans))
            if r is not None:
                read.add((m.actor, ix.sent_bounds[root]))
                add(st.speaker, m.actor, *_as_said(r, denied, _statement_confidence(r)), st.index)
        for a, b in st.spans:  # doers the statement describes or points to: "the agency had ..."
            lo, hi = bisect_left(ix.idx, a), bisect_left(ix.idx, b)
            for tok in ix.tokens[lo:hi]:
                if tok.dep_ not in ("nsubj", "poss") or described.covering(tok):
                    continue
                if tok.dep_ == "poss" and tok.head.dep_ != "nsubj":
                    continue
                actor, how = described.client(tok, st.speaker), "description"
                if not actor:
                    actor, how = described.resolve(tok, {st.speaker}, products=tok.dep_ == "nsubj"
                                                   and tok.head.lemma_.lower() in COPULAS)
                if not actor or (st.speaker, actor, st.index) in act_targets:
                    continue
                if tok.lower_ in relations.SELF_PRONOUNS:
                    continue
                if how.endswith("pronoun") and (st.kind in REPORTED_KINDS or tok.lower_ not in PERSON_PRONOUNS):
                    continue  # "Lumora said it would fight ...": reported speech's pronoun is mostly the
                    # speaker, and "they", "it" in a quote too often stand for something unnamed
                r = _deed_reading(doc, tok, st.spans)  # "said her biography was 'score-settling'": its author
                if r is None or (how.endswith("pronoun") and r.rule.startswith("deed:not-")
                                 and not _named_just_before(st, statements, actor, mentions)):
                    continue  # "he can't even answer a question": a pronoun's doer is too often misread for
                    # a deed left undone, which judges only with a doer named
                once = (actor, ix.sent_bounds[tok.i])
                if once in read:
                    continue
                read.add(once)
                add(st.speaker, actor, *_as_said(r, denied, round(_statement_confidence(r) * CONFIDENCE[how] / CONFIDENCE["name"], 2)),
                    st.index, how)
    unsure = {st.index for st in statements if _speaker_pronoun_unsure(doc, st, mentions, roots, described)}
    for row in out:
        if row.statement_index in unsure and row.source == statements_by_index.get(row.statement_index):
            row.confidence = min(row.confidence, CONFIDENCE["unsure-pronoun"])
            row.rule += "+unsure-speaker"
    return [row for row in out if not _reported_by_another(row, statements) and not _contradicts_an_act(row, out)]


def _speaker_pronoun_unsure(doc, st, mentions, roots, described) -> bool:
    """"Calderon voiced disappointment that voters had given Trump a shot. 'It is incredible ...,' he
    said": a "he"/"she" speaker resolved to someone who is no subject of the sentence before, while
    another person the pronoun fits is; whose words they are is then only a guess, and so are the
    stances read from them."""
    if st.speaker_kind != "pronoun" or not st.speaker or st.speaker_start is None:
        return False
    ix = _index(doc)
    k = bisect_right(ix.idx, st.speaker_start) - 1
    if k < 0 or ix.tokens[k].lower_ not in ("he", "she"):
        return False
    pron = ix.tokens[k]
    first = ix.sent_bounds[bisect_right(ix.idx, st.start) - 1][0] if st.start is not None else ix.sent_bounds[k][0]
    lo = ix.sent_bounds[first - 1][0] if first > 0 else first
    subjects, speaker_subject = set(), False
    for m, root in zip(mentions, roots):
        if root < lo or root >= first or m.actor_type != "person":
            continue
        top = ix.tokens[root]
        while top.dep_ in ("compound", "flat", "appos") and top.head.i != top.i:
            top = top.head
        if top.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if m.actor == st.speaker:
            speaker_subject = True
        elif described._agrees(pron, m.actor):
            subjects.add(m.actor)
    return bool(subjects) and not speaker_subject


# ---------------------------------------------------------------- CLI

def _check(rec) -> str | None:
    if not isinstance(rec, dict):
        return "line is not a JSON object"
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return "empty or missing text"
    for key in ("target", "source"):
        span = rec.get(key)
        if key == "source" and span is None:
            continue
        if (not isinstance(span, (list, tuple)) or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
            return f"{key} must be [from, to]"
        if not 0 <= span[0] < span[1] <= len(text):
            return f"{key} span {list(span)} out of range for text of length {len(text)}"
    return None


def _as_written(text: str, r: Reading) -> str:
    """A pair or target reading's evidence in the input's own characters: spaCy is given
    `pipeline.spacy_text` (same length, "n’t" written "n't"), so its offsets hold in `text`."""
    from .pipeline import spacy_text

    if r.start < r.end and spacy_text(text)[r.start:r.end] == r.evidence:
        return text[r.start:r.end]
    return r.evidence


def run_cli(path, out, err, nlp=None, batch_size: int = 256) -> int:
    """`python -m analysis stance FILE.jsonl`: one `{"id","polarity","score"}` line per input line;
    a bad line gets `{"id","error"}` (and a message on stderr) and the run goes on."""
    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"error: {path}: {exc}", file=err)
        return 1
    with fh:
        lines = list(enumerate(fh, 1))
    good, results = [], {}
    for n, line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            rec, problem = None, f"not JSON: {exc}"
        else:
            problem = _check(rec)
        rid = rec.get("id", n) if isinstance(rec, dict) else n
        if problem:
            print(f"error: {path}:{n}: {problem}", file=err)
            results[n] = {"id": rid, "error": problem}
        else:
            good.append((n, rid, rec))
    if good:
        from .pipeline import parse_as_one_sentence, spacy_text

        if nlp is None:
            from .pipeline import load_nlp

            nlp = load_nlp()
        docs = nlp.pipe((spacy_text(rec["text"]) for _, _, rec in good), batch_size=batch_size)
        whole_parses: dict[str, object] = {}

        def whole_parse(text: str):
            """The text parsed as one sentence, kept for the pair's other direction (the next line)."""
            if text not in whole_parses:
                for old in whole_parses.values():
                    release(old)
                whole_parses.clear()
                whole_parses[text] = parse_as_one_sentence(nlp, spacy_text(text))
            return whole_parses[text]

        for (n, rid, rec), doc in zip(good, docs):
            target = tuple(rec["target"])
            try:
                if rec.get("source") is None:
                    r = read_target(doc, target)
                else:
                    r = pair_stance(doc, tuple(rec["source"]), target, reparse=lambda text=rec["text"]: whole_parse(text))
                results[n] = {"id": rid, "polarity": r.polarity, "score": r.score,
                              "evidence": _as_written(rec["text"], r)}
            except Exception as exc:  # one odd sentence must not stop the run
                print(f"error: {path}:{n}: {type(exc).__name__}: {exc}", file=err)
                results[n] = {"id": rid, "error": f"{type(exc).__name__}: {exc}"}
            finally:
                release(doc)
        for old in whole_parses.values():
            release(old)
    for n in sorted(results):
        out.write(json.dumps(results[n], ensure_ascii=False) + "\n")
    return 0 if good or not results else 1
