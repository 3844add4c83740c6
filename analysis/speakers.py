"""Speaker mention → actor: names, pronouns, descriptions, groups and anonymous sources.

`quotes.find_statements` records the span that grammatically introduces each statement; this module
decides who it is. The rules, in the order they are tried:

* A name is the actor of the entity mention at the head of the span. A description with a name in
  apposition ("A director at KPMG, Owen Hart"; "Restrepo's team, Andes Pro Cycling"; "a neighbour
  who gave her name only as Marta") is the named one; the description becomes the role. Names the
  entity recogniser missed are taken as written, a surname or a title + surname ("Ms Grieve") joining
  the person of the article with that surname. A title or job alone ("Counsel", "Minister") is never
  a name: it is a description.
* A pronoun goes to whoever is speaking in that stretch of text: the nearest earlier statement speaker
  or main-clause subject of the right gender and number (`he`/`she` a person, `they` a group or body,
  `it` a body). People named inside quotes, or inside the reported content of a statement, are talked
  about, not speaking, and are never candidates; nor are subjects of relative and reported clauses,
  except a person named in the clause of a sentence whose own subject names nobody ("This is not the
  campaign Ayotte hoped to run. She …"). After "X asked Y …" the one asked answers, when Y agrees. A
  name that gives no gender takes the one the text's he/she gives it ("X said she …", or two resolved
  pronouns that agree); in its own sentence, "he" after a subject "she" is the man named there
  ("she drew Trump's ire - he called her weak"). A person "later identified as" / "who gave his name
  as" X is X.
* An organisation word names the body the article names: "the federation" → the actor whose name has
  that word, "the company" → the company the text is about (never a place, never one named inside the
  quote), "the Congolese army", "China's commerce ministry" → that body as written ("Congolese Army",
  "Chinese Commerce Ministry"), which "the army", "the ministry" then refer back to. A document ("the
  report says", "LSEG data", "a study by X") speaks for its author. Letters next to "journalist" or
  "correspondent" name a news agency.
* A person description ("the governor", "the woman", "the 26-year-old") is the actor whose roles fit
  it, else the person the text has just been about (gender agreeing), or, for a role nobody holds, the
  person just named as subject when the text gives that person no other role; at the top of a story, where
  nobody came before, the named speaker of the next statement ("..., the lawyer said. Counsel
  assisting the inquiry, Ruth Okafor, said ...").
* A plural description of named people ("the two presidents", "the foreign ministers of Finland and
  Estonia") is the group of those people, never a third person or a place.
* Vague sources ("a source", "officials", "experts", "fire authorities"), relatives and staff of someone
  ("his nephew", "her advisers") and a spokesman of a person ("a spokesman for Minister X") stay
  anonymous: no actor, shown with their description as the role (`query.speaker_label`). A later
  pronoun that refers back to such a source stays anonymous with the same description; a source first
  described ("a cybersecurity researcher") and named later with the same words ("The researcher,
  Oskar Nilsen") is the named one.
* A dateline city ("NAIROBI, March 4 (Reuters) -") is never the speaker: the agency is, unless the parse
  hung the dateline on the cue's subject ("BERLIN (AP) — Germany's economy ministry said"). Dates the
  parse took for a subject are no speaker. A speaker is never a place.
* Bodies of one person ("her campaign", "the Obama administration", "the governor's office", "Rao's
  government") are "campaign of X" (the article's own "Trump campaign" when it has one), one actor for
  every mention in the article, never X in person; "the agency" is the public body named last.
* A body described first ("the state health department", "a French carmaker") and named later ("the
  Ohio Department of Health", "Renault, the carmaker") is the named one. A surname two people share
  is the one who has just been speaking.
* People of a country ("Americans say"), "some"/"others", and first person or "you" outside quotation
  marks (the writer, the reader) are no named actor. A pronoun never takes a person its own quote
  names ("“To Lionel Sparks, the farmers do not matter,” he wrote"), and a he/she the text used for a
  person outweighs what a first name suggests.

The entity recogniser's person/organisation confusions are corrected from what the text says of a
name ("X, which …", "the supplier X", "X said it would …", "campaign manager, X"), and the corrected
type is written back to the actor and its mentions; speakers it missed become actors of the article.
Word lists are in `lexicons/speaker_words.tsv`; first-name genders in `lexicons/first_name_gender.tsv`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import actors as _actors
from . import datelines, lexicon
from .actors import role_matches
from .docarrays import char_span, doc_arrays, token_column
from .types import REPORTED_KINDS, Actor, Mention

# ------------------------------------------------------------------------------------------ words


@lru_cache(maxsize=None)
def _classes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in lexicon.table("speaker_words.tsv"):
        if len(row) >= 2 and row[0] and row[1]:
            out.setdefault(row[1], set()).add(row[0].lower())
    return {k: frozenset(v) for k, v in out.items()}


def words_of(cls: str) -> frozenset[str]:
    """The words of one class of `lexicons/speaker_words.tsv` ("anonymous", "org", "report", ...)."""
    return _classes().get(cls, frozenset())


@lru_cache(maxsize=None)
def first_name_genders() -> lexicon.PackedTable:
    """First name (lower case, accents folded) → 'm'/'f' (`first_name_gender.tsv` + our extra table),
    packed: a dict of 45,000 names held ~4 MB in every analysing process."""
    out: dict[str, str] = {}
    for name in ("first_name_gender.tsv", "first_name_gender_extra.tsv"):  # 45,000 rows: read plainly
        for line in lexicon.path(name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, _, value = line.partition("\t")
                if value:
                    out[key.strip().lower()] = value.strip()
    return lexicon.PackedTable(out)


@lru_cache(maxsize=None)
def news_agencies() -> dict[str, str]:
    """Letters or name written next to "journalist"/"correspondent" → news agency (case kept)."""
    return lexicon.mapping("news_agencies.tsv", lower_keys=False)


PERSON_PRONOUNS = {**{w: "m" for w in words_of("pronoun_m")}, **{w: "f" for w in words_of("pronoun_f")},
                   **{w: "" for w in words_of("pronoun_self")}}
RELATIVE_PRONOUNS = frozenset("who which that whom whose".split())
ANONYMOUS_HEADS = words_of("anonymous")
"""Heads of vague sources; with no name in the span they are anonymous."""
SPOKES_HEADS = words_of("spokes")
"""Heads that speak for the organisation named with them ("a State Department spokesman")."""
EXPERT_HEADS = words_of("expert")
"""Loose descriptions that writers use for whoever they are quoting; continuity beats role fit."""
ORG_HEADS = words_of("org")
"""Descriptions of organisations: they resolve to an organisation actor, never to a person."""
GENERIC_ORG_HEADS = words_of("generic_org")
INSTITUTION_HEADS = words_of("institution")
REPORT_HEADS = words_of("report")
UTTERANCE_HEADS = words_of("utterance")
DEPICTION_HEADS = words_of("depiction")
VOICE_HEADS = words_of("voice")
MEDIA_HEADS = words_of("media")
OUTLET_HEADS = words_of("outlet")
_SITE_HEADS = frozenset(("website", "site", "blog"))
PERSON_HEADS = words_of("person")
MALE_WORDS, FEMALE_WORDS = words_of("male"), words_of("female")
COLLECTIVE_HEADS = words_of("collective")
"""Singular words for several people ("the family", "the crowd"): never one person of them."""
SPEAKS_FOR_HEADS = words_of("speaks_for")
"""Vague sources that speak for the body named with them ("officials at the ministry", "economists at X")."""
PUBLIC_BODY_WORDS = words_of("public_body")
"""Last words of names that are no company: "the company" is never a party, union or commission."""
PUBLIC_BODY_NAMES = words_of("public_body_name")
"""Whole names that are no company ("the House"), though their last word may end one ("Random House")."""


def _no_company(name: str) -> bool:
    """A party, union, chamber or commission: never what "the company" stands for."""
    return _fold(name.split()[-1]) in PUBLIC_BODY_WORDS or _fold(name) in PUBLIC_BODY_NAMES
RELATIONAL_HEADS = words_of("relational")
"""People described by whom they belong to ("his brother", "her lawyer"): never that person themselves."""
PARTY_MEMBERS = words_of("party_member")
TIED_HEADS = words_of("tied")
"""Bodies of one person ("her campaign", "the Obama administration"): the campaign of X, never X."""
EXECUTIVE_ROLES = words_of("executive")
AGENCY_NAME_WORDS = words_of("agency_name")
HOLDING_VERBS = words_of("holding_verb")
FIRST_PERSON = frozenset("i me my we us our you your".split())
"""Outside quotation marks these are the writer and the reader, never someone the text names."""
INDEFINITE = words_of("indefinite")
QUANTIFIER_PRONOUNS = words_of("quantifier")
GROUP_DETERMINERS = words_of("group_det")
SHARE_HEADS = words_of("share")
""""75 percent of Democrats", "a majority of voters": a share of a group speaks, nobody in particular."""
_NON_SPEAKER_TYPES = frozenset({"place"})
_BODY_TYPES = frozenset({"organisation", "institution", "country"})
_ORG_TYPES = frozenset({"organisation", "institution"})
_LEGAL_SUFFIXES = words_of("name_suffix")
_AGE = re.compile(r"\b\d+-year-old\b")
_NAMED_AS = words_of("naming_word")
_IDENTIFYING = words_of("identifying")
_EMPTY_SUBJECTS = words_of("empty_subject")
_ASKING_VERBS = lexicon.words("asking_verbs.txt")


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _role_nouns() -> frozenset[str]:
    return getattr(_actors, "ROLE_NOUNS", frozenset())


def _honorifics() -> frozenset[str]:
    return frozenset(getattr(_actors, "HONORIFICS", frozenset())) | frozenset("mr mrs ms miss dr prof".split())


# ------------------------------------------------------------------------------------ candidates


@dataclass
class _Entry:
    """Someone the text has been about at offset `at`: a statement's speaker or a clause subject."""

    at: int
    actor: str | None  # None: an anonymous source (`role` says who)
    type: str  # person | organisation | institution | country | group | anonymous
    plural: bool = False
    role: str = ""
    gender: str = ""  # for anonymous sources: from their description ("a spokeswoman")


class _Article:
    """What the rules need of one article, computed once per Doc."""

    def __init__(self, doc, statements, mentions, actors, max_distance: int):
        self.where_only: dict[str, bool] = {}  # name → written only as where ("in X", "at X"), outside quotes
        arrays = doc_arrays(doc)
        self.doc, self.text, self.arrays = doc, arrays.text, arrays
        self.sent_starts = [s[0] for s in arrays.sents]
        self.max_distance = max_distance
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.actors = actors
        self.by_name = {a.name: a for a in actors}
        self.statements = statements
        quoted = sorted(p for st in statements if st.kind == "direct" for p in (st.spans or [(st.start, st.end)]))
        self.quoted = _merge(quoted)
        self.quoted_starts = [a for a, _ in self.quoted]
        self.positions: dict[str, list[int]] = {}
        for m in self.mentions:
            if not self.in_quote(m.start):
                self.positions.setdefault(m.actor, []).append(m.start)
        self.places: set[str] = set()
        self.descriptors: dict[str, set[str]] = {}  # actor → nouns the text describes it with
        _retype(self)
        self.gender = _genders(self.text, self.mentions, self.by_name)
        from_text = _genders(self.text, self.mentions, self.by_name, names=False)
        self.name_gender = {n for n in self.gender if n not in from_text}  # known only from a first name
        self.contents = _merge(sorted(p for st in statements if st.kind in REPORTED_KINDS
                                      for p in (st.spans or [(st.start, st.end)])
                                      if st.speaker_start is None or not p[0] <= st.speaker_start < p[1]))
        self.content_starts = [a for a, _ in self.contents]
        self.speech_contents = sorted((p[0], p[1], st.speaker_start if st.speaker_start is not None else -1,
                                       st.speaker_end if st.speaker_end is not None else -1)
                                      for st in statements if st.kind in REPORTED_KINDS and _speech_cue(doc, st)
                                      for p in (st.spans or [(st.start, st.end)])
                                      if st.speaker_start is None or not p[0] <= st.speaker_start < p[1])
        self.history: list[_Entry] = []
        self.pronoun_gender: dict[str, str] = {}  # actor → gender a he/she in the text confirmed
        self.pronoun_votes: dict[str, dict[str, int]] = {}  # actor → {gender: weight of the he/she taken for it}
        self.created: dict[str, list[tuple[int, str]]] = {}  # head word → [(offset, actor)] this article made
        self.documents: dict[str, str] = {}
        self.unnamed_bodies: dict[str, str] = {}  # body named from a description → its head word
        self.body_kinds: dict[str, set[str]] = {}  # such a body → the nouns that say what kind ("health")  # document word ("report") → its author, as resolved
        self.described: dict[str, set[str]] = {}  # "researcher" → who "The researcher, X" named
        self.body_parts: dict[str, str] = {}  # "editorial board" → the body "the Journal editorial board" named
        self.cache: dict[tuple[int, int], tuple] = {}
        self._subjects: list[tuple[int, int]] | None = None  # (char offset, token index)
        self._subject_entries: dict[int, _Entry | None] = {}
        self._depth = 0

    # -- positions

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def said_by_other(self, pos: int, at: int) -> bool:
        """Inside what someone said ("She said she'd rather elect Clinton"), not what a video shows, and not
        what the speaker phrase at `at` itself says ("…Clinton stumbling (her campaign disclosed …)")."""
        return any(a <= pos < b and not sa <= at < sb for a, b, sa, sb in self.speech_contents if a <= pos)

    def in_content(self, pos: int) -> bool:
        """Inside the reported content of an indirect statement: talked about, not speaking."""
        i = bisect_right(self.content_starts, pos) - 1
        return i >= 0 and pos < self.contents[i][1]

    def sentence_start(self, pos: int) -> int:
        return self.sent_starts[max(bisect_right(self.sent_starts, pos) - 1, 0)]

    def previous_sentence_start(self, pos: int) -> int:
        return self.sent_starts[max(bisect_right(self.sent_starts, pos) - 2, 0)]

    def mention_at(self, pos: int):
        i = bisect_right(self.starts, pos)
        for j in range(i - 1, max(i - 4, -1), -1):
            m = self.mentions[j]
            if m.start <= pos < m.end:
                return m
        return None

    def mentions_in(self, a: int, b: int):
        lo = max(0, bisect_right(self.starts, a) - 20)
        return [m for m in self.mentions[lo:bisect_right(self.starts, b)] if m.start < b and m.end > a]

    def last_seen(self, name: str, at: int) -> int:
        pos = self.positions.get(name, ())
        i = bisect_left(pos, at)
        return pos[i - 1] if i else -1

    def type_of(self, name: str | None) -> str:
        if name in self.places:
            return "place"
        a = self.by_name.get(name) if name else None
        return a.type if a is not None else ""

    def gender_of(self, name: str) -> str:
        """From a title, a gendered role or a first name, else from the he/she the text uses for the person."""
        if name in self.gender:
            return self.gender[name]
        votes = self.pronoun_votes.get(name)
        if not votes or len(votes) > 1:
            return ""
        (g, n), = votes.items()
        return g if n >= 2 else ""  # one resolved he/she may be a wrong guess; two agreeing ones, or "X said she", are not

    def is_person(self, name: str | None) -> bool:
        """A person, or a name typed as an organisation that starts with a known first name."""
        if not name:
            return False
        typ = self.type_of(name)
        if typ == "person":
            return True
        if not typ:  # a name nothing typed: a person only by its first name
            return _looks_like_person_name(name) or _fold(name) in first_name_genders()
        return typ == "organisation" and _looks_like_person_name(name) \
            and name.split()[-1].lower() not in ORG_HEADS  # not "Supreme Court" ("Supreme" is a first name)

    # -- actors this module adds

    def add_actor(self, name: str, typ: str, alias: str, at: int, head: str | None) -> str:
        actor = self.by_name.get(name)
        if actor is None and typ in _ORG_TYPES:
            spelled = self.body_spelled_out(name)
            if spelled is not None:
                name, actor = spelled, self.by_name[spelled]
        if actor is None:
            actor = Actor(name, typ, [name])
            self.actors.append(actor)
            self.by_name[name] = actor
        if alias and alias not in actor.aliases:
            actor.aliases.append(alias)
        if head:
            self.created.setdefault(head, []).append((at, name))
        pos = self.positions.setdefault(name, [])
        pos.insert(bisect_left(pos, at), at)
        return name

    def body_spelled_out(self, initials: str) -> str | None:
        """"the DOJ" after "the U.S. Department of Justice": initials of exactly one body of the article,
        named in full (its capitalised words or every word, with or without a country before it)."""
        if not _actors._looks_like_acronym(initials):
            return None
        key = initials.replace(".", "").upper()
        found = set()
        for a in self.actors:
            if a.type not in _ORG_TYPES:
                continue
            for written in a.aliases:
                words = written.split()
                forms = [written] + ([" ".join(words[1:])] if len(words) > 2 else [])
                if any(key in (_actors.acronym(f), _actors.acronym(f, every_word=True)) for f in forms if " " in f):
                    found.add(a.name)
        return found.pop() if len(found) == 1 else None

    # -- main-clause subjects

    def _under_empty_main_clause(self, i: int) -> bool:
        """"This is not the campaign Ayotte hoped to run. She acknowledges …": a named person subject of a
        clause inside a sentence whose own subject is "this", "it" or "there" is who the sentence is about."""
        tok = self.doc[i]
        if tok.pos_ != "PROPN" or tok.head.dep_ not in ("relcl", "acl"):
            return False
        m = self.mention_at(tok.idx)
        if m is None or self.type_of(m.actor) != "person":
            return False
        main = tok.head
        for _ in range(4):
            if main.dep_ == "ROOT" or main.head.i == main.i:
                break
            main = main.head
        own = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        return main.dep_ == "ROOT" and bool(own) and all(c.dep_ == "expl" or c.lower_ in _EMPTY_SUBJECTS for c in own)

    def subjects(self) -> list[tuple[int, int]]:
        """(char offset, token) of the subjects of main clauses outside quotes, in text order."""
        if self._subjects is None:
            doc, arrays = self.doc, self.arrays
            strings = doc.vocab.strings
            deps = token_column(doc, "DEP")
            subj = {strings["nsubj"], strings["nsubjpass"]}
            root, conj = strings["ROOT"], strings["conj"]
            heads, idx = arrays.heads, arrays.idx
            out = []
            for i, d in enumerate(deps):
                if d not in subj:
                    continue
                v, steps = heads[i], 0
                while deps[v] == conj and steps < 6:
                    v, steps = heads[v], steps + 1
                if deps[v] == root and not self.in_quote(idx[i]):
                    out.append((idx[i], i))
                elif self._under_empty_main_clause(i) and not self.in_quote(idx[i]):
                    out.append((idx[i], i))
                elif deps[v] == strings["ccomp"] and heads[v] > v and not self.in_quote(idx[i]) \
                        and doc[heads[v]].lemma_.lower() not in _SPEECH_CUES | _COGNITION_CUES:
                    out.append((idx[i], i))  # a main clause the parse hung on a later verb (or a quoted one)
            self._subjects = out
        return self._subjects


ORG_NAME_WORDS = words_of("org_name")
"""Last words of organisation names ("Sunvara Pharma"): such a name is not a person."""


def _retype(art: _Article) -> None:
    """Correct the entity recogniser's person/organisation confusions with what the text says:
    "Lumora, the largest operator of …", "the supplier Coastline Water", "Helvetia Kliniken, which
    runs …" are organisations; "campaign manager, Fábio Moura", "X, who …" with a known first name
    are people; "Bergen-based" is a place. The actor and its mentions get the corrected type."""
    doc, text = art.doc, art.text
    votes: dict[str, list[int]] = {}  # actor → [person evidence, organisation evidence]
    for m in art.mentions:
        if m.actor_type not in ("person", "organisation"):
            continue
        if text[m.end:m.end + 6] == "-based":
            art.places.add(m.actor)
            continue
        v = votes.setdefault(m.actor, [0, 0])
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        near = [c for c in root.children if c.dep_ in ("appos", "relcl")]
        if root.dep_ == "nsubj":  # "Brightwave said it would appeal", "Kemal said he was sorry"
            for clause in root.head.children:
                if clause.dep_ == "ccomp":
                    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    between = text[m.end:subj.idx] if subj is not None and subj.idx > m.end else ""
                    pron = "" if subj is None or subj.idx < m.end or "“" in between or between.count('"') % 2 \
                        else subj.lower_  # not the "it" of a quote before the name: '"It is a shame," Ruiz said'
                    v[0] += pron in ("he", "she")  # not the "it" of a quote: 'Trump said, "it is so nice"'
                    v[1] += pron == "it"
        if root.dep_ == "appos":
            near.append(root.head)
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.pos_ == "NOUN" and prev.head.i >= span.start and prev.head.i < span.end:
            near.append(prev)  # "the supplier Coastline Water", "battery maker Daebong Energy"
        for c in near:
            lemma = c.lemma_.lower()
            if c.pos_ == "NOUN" and c.dep_ != "relcl":
                art.descriptors.setdefault(m.actor, set()).add(lemma)
            if c.dep_ == "relcl":
                first = doc[c.left_edge.i].lower_
                v[0] += first in ("who", "whom", "whose")
                v[1] += first == "which" and not (root.dep_ == "pobj" and m.label == "PERSON")
                # "the letter to Varga, which was reported", Varga tagged a person: the clause is the letter's
            elif c.pos_ == "NOUN" and (lemma in ORG_HEADS or c.lower_ in ORG_HEADS):
                v[1] += 1
            elif c.pos_ == "NOUN" and (lemma in _role_nouns() or lemma in PERSON_HEADS):
                v[0] += 1
    for name, (person, org) in votes.items():
        actor = art.by_name.get(name)
        if actor is None or name in art.places:
            continue
        last = _fold(name.split()[-1]) if name.split() else ""
        if last in ORG_NAME_WORDS and len(name.split()) >= 2:
            org += 2
        if _looks_like_person_name(name):
            person += 1
        new = actor.type
        if actor.type == "person" and org > person:
            new = "organisation"
        elif actor.type == "organisation" and person > org and person >= 2:
            new = "person"
        if new != actor.type:
            actor.type = new
            for m in art.mentions:
                if m.actor == name:
                    m.actor_type = new


def _full_name_ending(art: _Article, head) -> str | None:
    """"Hannity interjected: “…”" opening a paragraph, the parse reading the name as a common noun: the
    one full name of the article that ends in this capitalised word, never the last speaker; a name the
    recogniser took for a body ("Sean Hannity") becomes a person."""
    if not head.text[:1].isupper() or head.text.isupper() or not head.is_alpha or head.lower_ in _role_nouns():
        return None
    found = {a.name for a in art.actors if a.type not in ("place", "country") and len(a.name.split()) >= 2
             and a.name.split()[-1] == head.text and _looks_like_person_name(a.name)}
    if len(found) != 1:
        return None
    name = found.pop()
    if art.type_of(name) != "person":
        _set_type(art, name, "person")
    return name


_SPEECH_CUES = lexicon.words("speech_cues.txt")


def _speech_cue(doc, st) -> bool:
    if st.cue_start is None or not st.cue:
        return False
    span = char_span(doc, st.cue_start, st.cue_start + len(st.cue.split()[0]), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lemma_.lower() in _SPEECH_CUES


def _set_type(art: _Article, name: str, typ: str) -> None:
    actor = art.by_name.get(name)
    if actor is not None:
        actor.type = typ
    for m in art.mentions:
        if m.actor == name:
            m.actor_type = typ


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


@lru_cache(maxsize=65536)
def _looks_like_person_name(name: str) -> bool:
    """"Nadia Kerr" (a known first name, then a surname), not "Channel Nine" or "Sunvara Pharma"."""
    words = name.split()
    return 2 <= len(words) <= 4 and _fold(words[0]) in first_name_genders() \
        and _fold(words[-1]) not in ORG_NAME_WORDS and not _like_number(words[-1].lower())


@lru_cache(maxsize=4096)
def _like_number(word: str) -> bool:
    from spacy.lang.en.lex_attrs import like_num  # here, not at import: pages import analysis without spaCy

    return like_num(word)


# ------------------------------------------------------------------------------------------ entry


def resolve_speakers(doc, statements, mentions, actors, *, max_pronoun_distance: int = 1500) -> None:
    """Fill `speaker`, `speaker_kind` and `role` of each statement in place.

    Actors this module names (a body described as "the Congolese army", a group "the two presidents")
    are appended to `actors`."""
    art = _Article(doc, statements, mentions, actors, max_pronoun_distance)
    known = len(actors)
    for st in statements:
        if st.speaker_start is None:
            st.speaker, st.speaker_kind = None, ""
            continue
        subject = _subject_past_dateline(art, st)
        if subject is not None:
            st.speaker_start, st.speaker_end = subject.start_char, subject.end_char
        key = (st.speaker_start, st.speaker_end)
        hit = art.cache.get(key)
        if hit is None:
            hit = art.cache[key] = _resolve(art, st)
        speaker, kind, role, entry = hit
        if kind == "name" and speaker and art.type_of(speaker) == "organisation" and _titled_in_mention(art, st, speaker):
            _set_type(art, speaker, "person")  # "Republican Rep. Lee Zeldin of New York": a person
            if entry is not None:
                entry.type = "person"
        if speaker is not None and _is_place(art, speaker):
            speaker, kind, role, entry = None, "", "", None  # a speaker is never a place
        st.speaker, st.speaker_kind, st.role = speaker, kind, role
        if kind == "pronoun" and speaker:
            _confirm_gender(art, speaker, art.text[st.speaker_start:st.speaker_end].lower())
        elif kind == "name" and speaker and st.kind == "indirect":
            _confirm_gender(art, speaker, _content_subject_pronoun(art, st), weight=2)
        if speaker and kind in ("name", "description"):
            _gender_from_title(art, speaker, art.text[st.speaker_start:st.speaker_end])
        if entry is not None:
            art.history.append(_framing_subject(art, st, speaker, entry) or entry)
    _relative_in_speaker_phrase(statements)
    _named_later(art, statements)
    _identified_after_lede(art, statements)
    _associate_named_later(art, statements)
    _bodies_named_later(art, statements)
    _headline_said_later(art, statements)
    _pull_quote_said_later(art, statements)
    _labels_inside_statements(art, statements)
    statements[:] = [st for st in statements if not _nested_in_own_statement(st, statements, doc)
                     and not _view_reported_by_another(st, statements, doc)]
    _mentions_of_named_speakers(art, mentions, actors[known:])


_MENTION_LABELS = {"person": "PERSON", "organisation": "ORG", "institution": "ORG", "group": "NORP"}


def _mentions_of_named_speakers(art: _Article, mentions, added) -> None:
    """A speaker this module found by name where the entity recogniser saw none ("Twitter's Adam Sharp
    said", "the Islamic State said") is mentioned there: its name as written at the places it was
    found, so its actor row counts the mention like any other (a group of named people or a campaign
    this module composed is no name written in the text)."""
    if not added:
        return
    article_id = mentions[0].article_id if mentions else (art.statements[0].article_id if art.statements else "")
    taken = [(m.start, m.end) for m in mentions]
    for actor in added:
        label = _MENTION_LABELS.get(actor.type)
        if label is None:
            continue
        for found in art.positions.get(actor.name, []):
            at, alias = next(((art.text.find(a, found, found + 80), a) for a in sorted(actor.aliases, key=len, reverse=True)
                              if a[:1].isupper() and art.text.find(a, found, found + 80) >= 0), (-1, None))
            if alias is None or any(a < at + len(alias) and at < b for a, b in taken):
                continue  # "Twitter's Adam Sharp" found at the phrase's start: the name a little further on
            mentions.append(Mention(article_id, at, at + len(alias), alias, label, actor.name, actor.type))
            taken.append((at, at + len(alias)))
    mentions.sort(key=lambda m: m.start)


NAMING_VERBS = lexicon.words("naming_verbs.txt")
_COGNITION_CUES = lexicon.words("cognition_cues.txt")


def _relative_in_speaker_phrase(statements) -> None:
    """"…,” said Alan Lund, a surgeon from Englewood, New Jersey, who said he …": a "who" inside the phrase
    naming another statement's speaker is that speaker, whatever noun the parse hung it on."""
    for st in statements:
        if st.speaker is not None or st.speaker_start is None or st.speaker_end - st.speaker_start > 5:
            continue
        host = next((o for o in statements if o is not st and o.speaker and o.speaker_start is not None
                     and o.speaker_start < st.speaker_start and st.speaker_end <= o.speaker_end), None)
        if host is not None and host.speaker_kind in ("name", "description"):
            st.speaker, st.speaker_kind, st.role = host.speaker, "pronoun", host.role


def _labels_inside_statements(art: _Article, statements) -> None:
    """"Hobbs said he would end what he calls the war on coal": the "he" of a label in a free relative
    inside what someone reports is that speaker when nothing else resolved it (never left to nobody,
    nor given to a person the statement talks about)."""
    for st in statements:
        if st.speaker is not None or st.kind == "direct" or st.cue_start is None or st.speaker_start is None \
                or art.text[st.speaker_start:st.speaker_end].lower() not in PERSON_PRONOUNS:
            continue
        cue = char_span(art.doc, st.cue_start, st.cue_end, alignment_mode="expand")
        if cue is None or cue.root.lemma_.lower() not in NAMING_VERBS \
                or not any(c.lower_ == "what" and c.i < cue.root.i for c in cue.root.children):
            continue
        host = next((o for o in statements if o is not st and o.speaker is not None and o.kind != "direct"
                     and any(a <= st.speaker_start < b for a, b in o.spans or [(o.start, o.end)])), None)
        if host is not None:
            st.speaker, st.speaker_kind, st.role = host.speaker, "pronoun", host.role


def _nested_in_own_statement(st, statements, doc) -> bool:
    """"Without money, Ms. Roe said, she thought she would …": the clause that resumes a statement
    after its speaker and cue is part of it, not a second statement of the same speaker (seen only
    once the pronoun is resolved); "he said he plans to spend what he says he raised" keeps both."""
    if st.speaker_start is None:
        return False
    if st.speaker is None and not (st.speaker_kind == "anonymous" and st.role):
        return False
    if st.kind == "direct":  # "Lapp said she thinks Republicans “are going to be dragged down”": one statement
        return any(other is not st and other.kind != "direct" and _same_speaker(st, other)
                   and other.start <= st.start and st.end <= other.end + 3 and _thought_inside(st, other, doc)
                   for other in statements)
    return any(other is not st and other.start <= st.start and st.end <= other.end and (
        _same_speaker(st, other) and len(other.spans or ()) > 1 and any(a == st.speaker_start for a, _ in other.spans[1:])
        or (_same_speaker(st, other) or st.speaker_kind == "pronoun") and _thought_inside(st, other, doc))
        for other in statements)  # "about half said they think …": "they" are who said it, however resolved


def _view_reported_by_another(st, statements, doc) -> bool:
    """"Ruiz said the media considered him a fringe candidate", "the campaign says most voters believe …":
    a view of others inside what someone else reports is that speaker's claim about them, not a statement
    the others made."""
    if st.kind != "indirect" or st.speaker_start is None or _cue_lemma_of(st, doc) not in _COGNITION_CUES:
        return False  # ("Ruiz thanked Berg for his support for the bridge": his stance, kept)
    mention = char_span(doc, st.speaker_start, st.speaker_end, alignment_mode="expand")
    if mention is None or mention.text.lower() in INDEFINITE | QUANTIFIER_PRONOUNS:
        return False  # ("Nobody believes the law worked, Kim said": kept, speaking for no actor)
    if any(t.lower_ in _CONTRAST_MARKS for t in doc[max(mention.start - 3, 0):mention.start]):
        return False  # "RT said …, though critics consider it a mouthpiece": the writer's aside
    return any(other is not st and other.kind == "indirect" and not _same_speaker(st, other)
               and other.speaker_start is not None and not other.speaker_start <= st.speaker_start < other.speaker_end
               and _cue_lemma_of(other, doc) not in _EVIDENCE_VERBS  # "the poll showed most voters believe …"
               and any(a <= st.speaker_start and st.end <= b + 3 for a, b in (other.spans or [(other.start, other.end)]))
               for other in statements)


_CONTRAST_MARKS = frozenset(("though", "although", "while", "whereas", "but"))
_EVIDENCE_VERBS = lexicon.words("evidence_verbs.txt")


def _cue_lemma_of(st, doc) -> str:
    cue = char_span(doc, st.cue_start, st.cue_end, alignment_mode="expand") if st.cue_start is not None else None
    return cue.root.lemma_.lower() if cue is not None else ""


def _same_speaker(st, other) -> bool:
    """One speaker: the same actor, or the same unnamed source ("many officials say they expect …")."""
    if st.speaker is not None:
        return other.speaker == st.speaker
    return other.speaker is None and other.speaker_kind == "anonymous" and other.role == st.role


def _thought_inside(st, other, doc) -> bool:
    """"Hobbs said he thought the plan was a mistake": what the speaker says they think, inside what they
    say, is that one statement (a speech verb inside, "he said he plans what he says he raised", stays)."""
    if other.kind == "direct" or st.cue_start is None or not other.start <= st.speaker_start < st.cue_start:
        return False
    cue = char_span(doc, st.cue_start, st.cue_end, alignment_mode="expand")
    return cue is not None and cue.root.lemma_.lower() in _COGNITION_CUES


def _headline_said_later(art: _Article, statements) -> None:
    """"Lawyer claims factory poisoned river" above "A lawyer for the villagers, Gita Rao, claimed
    that the factory had poisoned the river": a claim of the title paragraph whose speaker is not
    named is the claim the body attributes by name, when the body repeats its content words; a quoted
    title naming nobody ("‘X is not a racist, guys’") is the person the body quotes saying it."""
    first = art.text.find("\n\n")
    if first < 0 or first > 300:
        return
    for st in statements:
        if st.speaker is not None or st.end > first or st.speaker_start is None and st.kind != "direct":
            continue
        words = _content_lemmas(art, st.start, st.end)
        if len(words) < 2:
            continue
        for other in statements:  # a quoted title with no speaker at all: the body's quote of the same words
            if other.start > first and other.speaker is not None and other.speaker_kind != "pronoun" \
                    and (st.speaker_start is not None or other.kind == "direct") \
                    and len(words & _content_lemmas(art, other.start, other.end)) >= 0.75 * len(words):
                st.speaker, st.speaker_kind, st.role = other.speaker, "description", other.role
                break


def _pull_quote_said_later(art: _Article, statements) -> None:
    """"‘There's so much anger.’" standing alone as a section heading, then "“There's so much anger at the
    establishment …,” said David Axelrod": a quote that is a whole paragraph with no cue and whose words
    a later quote repeats word for word is that quote's speaker's, not whoever spoke last."""
    for st in statements:
        if st.kind != "direct" or st.cue or st.start <= art.text.find("\n\n"):
            continue
        para_start = art.text.rfind("\n", 0, st.start) + 1
        para_end = art.text.find("\n", st.end)
        para_end = len(art.text) if para_end < 0 else para_end
        if art.text[para_start:st.start].strip(" \t\"“‘'") or art.text[st.end:para_end].strip(" \t.\"”’'"):
            continue
        words = _plain_words(st.text)
        if len(words.split()) < 3:
            continue
        later = next((o for o in statements if o.start > st.end and o.kind == "direct" and o.speaker is not None
                      and o.speaker_kind != "pronoun" and words in _plain_words(o.text)), None)
        if later is not None and later.speaker != st.speaker:
            st.speaker, st.speaker_kind, st.role = later.speaker, later.speaker_kind, later.role
            st.speaker_mention, st.speaker_start, st.speaker_end = \
                later.speaker_mention, later.speaker_start, later.speaker_end


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def _content_lemmas(art: _Article, a: int, b: int) -> set[str]:
    span = char_span(art.doc, a, b, alignment_mode="expand")
    return {t.lemma_.lower() for t in span or () if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop}


def _is_place(art: _Article, name: str) -> bool:
    """A place, also one the entity recogniser called a person elsewhere in the article ("talks in
    Geneva … Geneva said"): a known city or region the text also tags as a place."""
    if art.type_of(name) == "place" or _written_only_as_where(art, name):
        return True
    if art.type_of(name) not in ("person", "organisation") or " " in name.strip() and _looks_like_person_name(name):
        return False
    if not any(m.actor == name and m.label in ("GPE", "LOC") for m in art.mentions):
        return False
    return _actors.alias_key(name) in _actors.known_places()


_PUBLISHED_IN = frozenset(("appear", "publish", "print", "run", "write", "say", "report", "note", "cite"))


def _written_only_as_where(art: _Article, name: str) -> bool:
    """A name written only as the object of "in" or "at" outside quotes ("on vacation in Martha's
    Vineyard"), and that never spoke, is used as a place, even when the recogniser tagged it an
    organisation; not where something was published ("a study that appeared in the Journal", "an
    editorial in the Gazette") nor where
    people work ("officials at the Halvorsen Group")."""
    where = art.where_only.get(name)
    if where is None:
        where = False
        for m in art.mentions:
            if m.actor != name or art.in_quote(m.start):
                continue
            span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is None or m.actor_type == "person" or not (root.dep_ == "pobj" and root.head.lower_ in ("in", "at")) \
                    or root.head.head.lemma_.lower() in _PUBLISHED_IN or root.head.head.lower_ in REPORT_HEADS \
                    or root.head.head.lemma_.lower() in REPORT_HEADS \
                    or root.head.head.pos_ in ("NOUN", "PROPN") and _is_human_word(root.head.head):
                # "a study that appeared in the Journal", "officials at the Halvorsen Group": no where
                where = False
                break
            where = True
        art.where_only[name] = where
    return where and not any(e.actor == name for e in art.history)


def _confirm_gender(art: _Article, actor: str | None, pronoun: str, weight: int = 1) -> None:
    """"She then contrasted …" after "Hillary Clinton": a he/she that agrees with what a first name
    said makes the gender the text's own, so a later pronoun of the other gender cannot take her; for a
    name that gives no gender ("Kelly Ayotte"), the he/she the text uses for the person gives it."""
    want = PERSON_PRONOUNS.get(pronoun, "")
    if actor and want and art.gender_of(actor) in ("", want):
        art.pronoun_gender[actor] = want
        votes = art.pronoun_votes.setdefault(actor, {})
        votes[want] = votes.get(want, 0) + weight


def _gender_from_title(art: _Article, speaker: str, mention_text: str) -> None:
    """"Charlie Reed … “…,” Mr. Reed said": the title a speaker is named with genders a person whose
    first name does not, for the he/she that follows."""
    words = mention_text.split()
    title = words[0].lower().rstrip(".") if len(words) >= 2 else ""
    if title not in _honorifics() or art.gender_of(speaker) or not art.is_person(speaker):
        return
    if title in MALE_WORDS or title + "." in MALE_WORDS:
        art.gender[speaker] = "m"
    elif title in FEMALE_WORDS or title + "." in FEMALE_WORDS:
        art.gender[speaker] = "f"


def _content_subject_pronoun(art: _Article, st) -> str:
    """"Ruiz said she was appalled": the he/she opening a named person's reported clause, which is
    that person far more often than anyone else (a gender the name already gives is kept)."""
    words = art.text[st.start:st.start + 8].split()
    return words[0].lower() if words and words[0].lower() in ("he", "she") else ""


def _titled(before: str) -> bool:
    """Whether the text before a name ends with an honorific or a title ("Ms.", "Capt.")."""
    words = before[-20:].split()
    return bool(words) and before[-1:].isspace() and (
        words[-1].lower().rstrip(".") in _honorifics() or words[-1].lower().rstrip(".") in _role_nouns())


def _titled_in_mention(art: _Article, st, name: str) -> bool:
    """The speaker phrase writes a person's title or honorific right before the name ("Rep. Lee Zeldin")."""
    words = name.split()
    if len(words) < 2 or _fold(words[-1]) in ORG_NAME_WORDS:
        return False
    mention = art.text[st.speaker_start:st.speaker_end]
    at = mention.find(words[0])
    return at > 0 and _titled(mention[:at])


def _namesake_speaking(art: _Article, name: str, surface: str, at: int) -> str:
    """"Patricia Smith, mother of victim Sean Smith, rejected the claim. … Smith said": a surname two
    people of the article share is the one of them who has just been speaking, unless the story has
    named the other far more often so far (its subject, whose wife spoke once, keeps the surname)."""
    words = surface.split()
    if len(words) != 1 or not art.is_person(name):
        return name
    namesakes = _namesakes(art, words[0])
    spoke = _namesake_spoken_last(art, namesakes, at) if len(namesakes) >= 2 else None
    if spoke is None or spoke == name:
        return name
    named, other = _mentions_before(art, name, at), _mentions_before(art, spoke, at)
    return name if named >= 3 and named >= 2 * other else spoke


def _mentions_before(art: _Article, name: str, at: int) -> int:
    """How often `name` was named before `at`; a mention that speaks a statement already given to someone
    else ("Smith said" resolved to Patricia Smith, though tagged as Sean Smith's) is not his."""
    given = {st.speaker_start for st in art.statements if st.speaker is not None and st.speaker != name
             and st.speaker_start is not None and st.speaker_start < at}
    return sum(1 for m in art.mentions[:bisect_left(art.starts, at)] if m.actor == name and m.start not in given)


def _namesakes(art: _Article, surname: str) -> set[str]:
    """The people of the article whose full names end in this surname."""
    key = _fold(surname)
    return {a.name for a in art.actors if (a.type == "person" or _looks_like_person_name(a.name))
            and len(a.name.split()) >= 2 and _fold(a.name.split()[-1]) == key}


def _namesake_spoken_last(art: _Article, namesakes: set[str], at: int) -> str | None:
    for e in reversed(art.history):
        if e.at < at and at - e.at < art.max_distance and e.actor in namesakes:
            return e.actor
    return None


def _namesake_of_lone_surname(art: _Article, name: str, at: int) -> str | None:
    """"Ivanka Trump … Donald Trump … “…,” Trump told Vogue": a surname alone that two people of the
    article share (the recogniser leaves it untagged) is the one of them who spoke last, else the one
    named last."""
    if " " in name or name not in art.text:
        return None
    namesakes = _namesakes(art, name)
    if len(namesakes) < 2:
        return None
    spoke = _namesake_spoken_last(art, namesakes, at)
    if spoke is not None:
        return spoke
    seen = max(namesakes, key=lambda n: art.last_seen(n, at))
    return seen if art.last_seen(seen, at) >= 0 else None


def _unrecognised_org(art: _Article, tok, window: int = 80) -> str | None:
    """"Shares of Orion Systems fell … The company said": the nearest earlier name the entity
    recogniser missed whose last word makes it a company ("Systems", "Pharma", "Holdings")."""
    doc = tok.doc
    i = tok.i - 1
    while i >= max(0, tok.i - window):
        t = doc[i]
        if t.pos_ == "PROPN" and t.text[:1].isupper() and _fold(t.text) in ORG_NAME_WORDS and not art.in_quote(t.idx) \
                and art.mention_at(t.idx) is None:
            name = _proper_name(t)
            if len(name.split()) >= 2 and not _title_only(name):
                return _actor_named(art, name) or art.add_actor(name, "organisation", name, t.idx, None)
        i -= 1
    return None


def _names_nothing(art: _Article, mods) -> bool:
    """"the state health department", "China's commerce ministry": modifiers that say where or what
    kind, naming no organisation."""
    for t in mods:
        m = art.mention_at(t.idx)
        if m is not None and art.type_of(m.actor) not in ("country", "place") or m is None and t.pos_ == "PROPN":
            return False
    return True


def _bodies_named_later(art: _Article, statements) -> None:
    """"The state health department said … The Ohio Department of Health said …", "The country's
    biggest bank said … The bank, Nordea, said …": a body this module named from a description is the
    one body the article names later with the same word (in its name or in apposition). Its
    statements go to that body and the described one is no actor of its own."""
    if not art.unnamed_bodies:
        return
    renamed: dict[str, str] = {}
    for name, lemma in art.unnamed_bodies.items():
        first = (art.positions.get(name) or [0])[0]
        own = set(re.findall(r"[\w\-']+", name.lower()))
        named = set()
        for a in art.actors:
            if a.type not in _ORG_TYPES or a.name in art.unnamed_bodies or a.name.startswith(
                    tuple(w + " of " for w in TIED_HEADS)) or not any(p > first for p in art.positions.get(a.name, ())):
                continue
            words = set(re.findall(r"[\w\-']+", a.name.lower()))
            if lemma in art.descriptors.get(a.name, ()):  # "The bank, Nordea"
                named.add(a.name)
            elif lemma in words and art.body_kinds.get(name, set()) <= words and words - own - _NAME_FILLERS:
                named.add(a.name)  # "Ohio Department of Health", not "Supreme Court" for "the appeals court"
        if len(named) == 1:
            renamed[name] = named.pop()
    if not renamed:
        return
    for st in statements:
        if st.speaker in renamed:
            st.speaker = renamed[st.speaker]
    art.actors[:] = [a for a in art.actors if a.name not in renamed]
    for old, new in renamed.items():
        art.by_name.pop(old, None)


def _named_later(art: _Article, statements) -> None:
    """"… after a cybersecurity researcher reported finding the data. … The researcher, Oskar Nilsen,
    said …": a source first described anonymously and named later with the same description is the
    named one (when the article names exactly one such)."""
    for st in statements:
        if st.speaker is not None or st.speaker_kind != "anonymous" or st.speaker_start is None:
            continue
        words = st.speaker_mention.lower().split()
        if not words or words[0] not in ("a", "an", "one") or len(words) > 5:
            continue
        head = words[-1]
        names = art.described.get(head) or art.described.get(head.rstrip("s") if head.endswith("s") else head) \
            or {n for n, kinds in art.descriptors.items() if head in kinds and art.type_of(n) in _ORG_TYPES}
        if not names or len(names) != 1:
            continue
        name = next(iter(names))
        first = (art.positions.get(name) or [0])[0]
        if first > st.speaker_start:
            st.speaker, st.speaker_kind = name, "description"


_ANONYMITY_MARKERS = lexicon.words("anonymity_markers.txt")


def _identified_after_lede(art: _Article, statements) -> None:
    """"A lawmaker in Ruritania is calling for … ¶ “…,” Joey Salceda said … The lawmaker, who represents
    a rural district, said …": a wire lede describes its source and names them further down. When the
    lede's kind of person comes back as "the <noun>" right after the first named person to speak has
    spoken, the lede's source and that "the <noun>" are that person."""
    speaking = [st for st in statements if st.speaker_start is not None]
    first_named = next((i for i, st in enumerate(speaking) if st.speaker_kind == "name" and st.speaker), None)
    if first_named is None:
        return
    named = speaking[first_named].speaker
    if not (art.type_of(named) == "person" or art.is_person(named)):
        return
    roles = art.by_name[named].roles if named in art.by_name else []
    lede = [st for st in speaking[:first_named] if st.speaker is None and st.speaker_kind == "anonymous"]
    kinds = {}
    for st in lede:
        head = _speaker_head(art, st)
        if head is not None and head.tag_ == "NN" and (head.lemma_.lower() in _role_nouns()
                                                       or head.lemma_.lower() in PERSON_HEADS) \
                and not any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in head.children) \
                and not any(c.dep_ == "poss" for c in head.children):
            kinds.setdefault(head.lemma_.lower(), []).append(st)
    if not kinds:
        return
    back = []
    for before, st in zip(speaking[first_named:], speaking[first_named + 1:]):
        head = _speaker_head(art, st) if st.speaker is None and st.speaker_kind == "anonymous" else None
        if head is None or head.lemma_.lower() not in kinds or before.speaker != named or head.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        back.append(st)
    if not back:
        return
    lemma = _speaker_head(art, back[0]).lemma_.lower()
    if roles and not role_matches(lemma, roles):
        return  # "Foreign Minister Ada Korr … the official said": someone the minister is not
    sentences = " ".join(art.text[art.sentence_start(st.speaker_start):st.end + 80].lower()
                         for st in kinds[lemma] + back)
    if any(marker in sentences for marker in _ANONYMITY_MARKERS):
        return  # "the official, who spoke on condition of anonymity": kept unnamed on purpose
    for st in kinds[lemma] + back:
        st.speaker, st.speaker_kind = named, "description"


ASSOCIATE_HEADS = words_of("associate")


def _closeness(text: str, own_name: str = "") -> tuple[set[str], set[str]]:
    """The words of closeness and the capitalised words of whom, in a description ("a longtime Clinton
    friend" → {friend}, {Clinton}), leaving out the described person's own name."""
    own = set(own_name.split())
    words = re.findall(r"[\w\-]+", text)
    kinds = {w.lower() for w in words if w.lower() in ASSOCIATE_HEADS}
    owners = {w for w in words if w[:1].isupper() and w not in own and w.lower() not in _honorifics()
              and not _title_only(w) and w.lower() not in ("a", "an", "one", "the")}
    return kinds, owners


def _associate_named_later(art: _Article, statements) -> None:
    """"A Clinton ally suggested the plan would fail. … said Terry Ames, a longtime Clinton friend": an
    unnamed source described by whom they are close to is the one person the article later names as
    close to the same person, when no one else is named so and the source was not kept anonymous."""
    for st in statements:
        if st.speaker is not None or st.speaker_kind != "anonymous" or st.speaker_start is None:
            continue
        words = st.speaker_mention.split()
        if not words or words[0].lower() not in ("a", "an", "one") or len(words) > 8:
            continue
        kinds, owners = _closeness(st.speaker_mention)
        if not kinds or not owners:
            continue
        sentence = art.text[art.sentence_start(st.speaker_start):st.end + 80].lower()
        if any(marker in sentence for marker in _ANONYMITY_MARKERS):
            continue
        found = set()
        for other in statements:
            name = other.speaker
            if other.start <= st.start or not name or other.speaker_kind != "name" or not art.is_person(name) \
                    or (art.positions.get(name) or [st.speaker_start])[0] < st.speaker_start:
                continue
            roles = art.by_name[name].roles if name in art.by_name else []
            kinds2, owners2 = _closeness(" ; ".join([other.speaker_mention] + list(roles)), name)
            if kinds2 and owners & owners2 and not any(o in name.split() for o in owners):
                found.add(name)
        if len(found) == 1:
            st.speaker, st.speaker_kind = found.pop(), "description"


def _speaker_head(art: _Article, st):
    tokens = char_span(art.doc, st.speaker_start, st.speaker_end, alignment_mode="expand")
    return _head_of(tokens) if tokens is not None and len(tokens) else None


def _resolve(art: _Article, st):
    a, b = st.speaker_start, st.speaker_end
    doc = art.doc
    mention_text = art.text[a:b]
    tokens = char_span(doc, a, b, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None, "", "", None
    if st.cue == "posted" and re.fullmatch(r"@?\w+", mention_text) and art.text[max(0, a - 8):a].endswith(("author=\"", "author='")):
        return _account_holder(art, mention_text.lstrip("@"), a)
    if st.cue == "posted" and re.match(r"\s*\(@\w+\)", art.text[b:b + 40]):
        signer = _post_signer(art, mention_text.strip(), a)
        if signer is not None:
            return signer
    if len(tokens) > 2 and tokens[0].lower_ == "from" and tokens[0].pos_ == "ADP":
        tokens = tokens[1:]  # "From Bush's Facebook post: “…”": the post, so its owner
        mention_text = tokens.text
    head = _head_of(tokens)
    if len(tokens) > 1 and head.dep_ == "nsubj" and head.pos_ == "PRON" and tokens.start <= head.head.i < tokens.end:
        tokens = doc[head.i:head.i + 1]  # "She then addressed the crowd again: “…”": the subject of the clause
        mention_text = tokens.text
    if len(tokens) == 1 and head.lower_ in ("both", "all") and head.i >= 2 and doc[head.i - 1].text == "," \
            and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "whom" for g in c.children)
                    for c in head.children):  # "X and Y, both of whom advised him": the people just named
        first = doc[head.i - 2]
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        people = [n for n in dict.fromkeys(_canonical(art, m.actor) for t in (first, *first.conjuncts)
                                         for m in [art.mention_at(t.idx)] if m is not None)
                  if art.type_of(n) == "person" or art.is_person(n)]
        group = _group_of(art, people, a) if len(people) >= 2 else None
        if group:
            return group, "pronoun", "", _entry_for(art, a, group)
    if len(tokens) == 1 and (head.lower_ in INDEFINITE | QUANTIFIER_PRONOUNS or head.lower_ == "others") \
            and head.lower_ not in ("a", "an", "the"):
        # "Some say …", "Others said …", "almost everyone agrees": people nobody names, never the body
        # or place named last
        return None, "anonymous", head.lower_, _Entry(a, None, "anonymous", True, head.lower_)
    if head.lower_ == "both" and len(tokens) == 1:  # "Both have promised …": the two people named last
        described = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = _described_pair(art, st, described) if described is not None else _last_people(art, a, 2)
        group = _group_of(art, people, a)
        return group, "pronoun", "", (_entry_for(art, a, group) if group else None)
    if len(tokens) == 2 and tokens[0].lower_ == "the" and head.i == tokens.end - 1 and head.lower_ in ("two", "three") \
            and head.dep_ in ("nsubj", "nsubjpass"):  # "The two admit …": as many people as it counts, named last
        group = _group_of(art, _last_people(art, a, _NUMBERS[head.lower_]), a)
        return group, "pronoun", "", (_entry_for(art, a, group) if group else None)
    if head.lower_ == "it" and len(tokens) == 1 and head.dep_ == "nsubjpass" and any(
            c.dep_ == "ccomp" and c.i > head.head.i for c in head.head.children):
        return None, "anonymous", "", None  # "It is implied that …", "it was reported that …": nobody named
    document = _document_just_before(art, head) if head.lower_ == "it" and len(tokens) == 1 else None
    if document is not None:  # "The report was released on Friday. It said …": the report, so its author
        speaker, kind, role = _document(art, st, doc[document.left_edge.i:document.i + 1], document)
        if speaker is None:
            speaker, described = _author_named_with(art, document)
            kind, role = "description", described or role
        if speaker is None or _is_place(art, speaker):
            return None, "anonymous", role, _Entry(a, None, "thing", False, role)
        return speaker, kind, role, _entry_for(art, a, speaker)
    if head.lower_ in ("those", "these") and len(tokens) == 1 and any(c.dep_ in ("acl", "relcl") for c in head.children):
        role = _description(doc[head.i:head.right_edge.i + 1].text)  # "those surveyed", "those who attended":
        return None, "anonymous", role, _Entry(a, None, "anonymous", True, role)  # people the clause describes
    if head.pos_ == "PRON" and len(tokens) == 1 and (head.is_stop or art.mention_at(head.idx) is None):
        # (a name the tagger called a pronoun, "O’Malley", is read as the name it is)
        entry = _pronoun(art, head, st)
        if entry is None:
            return None, "pronoun", "", None
        if entry.actor is None:
            return None, "anonymous", entry.role, _Entry(a, None, entry.type, entry.plural, entry.role, entry.gender)
        turn = None if head.lower_ in RELATIVE_PRONOUNS and st.kind != "direct" else _entry_for(art, a, entry.actor)
        # (“…, who told Congress: “…” ¶ She added, “…”": whoever a quote is given to goes on speaking)
        return entry.actor, "pronoun", _role_of(art, entry.actor, mention_text), turn
    label = _transcript_label(art, st, mention_text)
    if label is not None:
        return label
    group = _group_of(art, _subject_people(art, st, tokens) or _conjoined_people(art, head)
                      or _conjoined_bodies(art, head), a)
    if group is not None:  # "Mayor X and Senator Y said": both of them, not the one named last
        return group, "name", "", _entry_for(art, a, group)
    speaker, kind, role = _noun_phrase(art, st, tokens, head)
    if speaker is None and head.pos_ == "NOUN" and head.tag_ == "NNS":
        examples = _named_examples(art, head)
        if examples:  # "candidates like Marco Rubio", "the biggest hawks, like Rubio and Bush,"
            group = examples[0] if len(examples) == 1 else _group_of(art, examples, a)
            if group is not None:
                return group, "name", _description(_np_text(head, appositive=False)), _entry_for(art, a, group)
    if speaker is None and kind == "description" and head.pos_ in ("NOUN", "PROPN", "NUM"):
        kind = "anonymous"  # "both sides of the debate", "a lawyer for the family": nobody the text names, shown as described
    if speaker is None:
        if kind == "anonymous":
            role = role or _description(_with_source_phrase(head, mention_text))
            plural = head.tag_ in ("NNS", "NNPS")
            lemma, low = head.lemma_.lower(), head.lower_
            human = lemma in ANONYMOUS_HEADS or lemma in _role_nouns() or lemma in PERSON_HEADS \
                or lemma in SPOKES_HEADS or lemma in MEDIA_HEADS or head.lower_ in _role_nouns() \
                or plural and (head.ent_type_ == "NORP" or lemma in ORG_HEADS or low in ORG_HEADS)
            # "several Democrats …. They said", "the groups say … They ask": those people or bodies
            return None, kind, role, _Entry(a, None, "anonymous" if human else "thing", plural, role,
                                            _word_gender(tokens))
        return None, kind, role, None
    role = role or _role_of(art, speaker, mention_text)
    if not role and kind == "description":
        role = _description(mention_text)
    return speaker, kind, role, _entry_for(art, a, speaker)


def _post_signer(art: _Article, name: str, at: int):
    """"— The Daily Beast (@thedailybeast) June 29, 2016": the name signing an embedded post is its
    author, an actor of the article even when the recogniser took it for a title or a date; None when
    the article's mentions already name it (the rules below resolve those)."""
    if any(m.actor for m in art.mentions_in(at, at + len(name))) or not name[:1].isupper():
        return None
    words = name.split()
    known = _canonical(art, name)
    if known in art.by_name:
        return known, "name", "", _entry_for(art, at, known)
    person = len(words) >= 2 and _fold(words[0]) in first_name_genders() and words[0] != "The"
    added = art.add_actor(name, "person" if person else "organisation", name, at, None)
    return added, "name", "", _entry_for(art, at, added)


def _account_holder(art: _Article, handle: str, at: int):
    """The actor behind a social account the article embeds a post of: "realDonaldTrump" and "DonaldTrump"
    are Donald Trump, "SpeakerRyan" is Paul Ryan when one person of the article is a Ryan; an account the
    article names no holder of is shown by its handle."""
    key = re.sub(r"[^a-z0-9]", "", _fold(handle.lower()))
    found: list[str] = []
    for actor in art.actors:
        if actor.type not in ("person", "organisation", "institution") and not art.is_person(actor.name):
            continue
        words = [re.sub(r"[^a-z0-9]", "", _fold(w.lower())) for w in actor.name.split()]
        full = "".join(words)
        if len(full) >= 5 and full in key or actor.type == "person" and len(words) > 1 \
                and len(words[-1]) >= 4 and key.endswith(words[-1]):
            found.append(actor.name)
    found = list(dict.fromkeys(_canonical(art, n) for n in found))
    if len(found) == 1:
        return found[0], "name", "", _entry_for(art, at, found[0])
    return None, "anonymous", f"account @{handle}", None


_EXAMPLE_PREPS = frozenset(("like", "including"))


def _named_examples(art: _Article, head) -> list[str]:
    """The people a plural description gives as examples ("candidates like Ana Ruiz", "several leaders,
    including Sens. Ruiz and Cole,"), or the bodies a plural description of bodies gives ("unions like
    the Teamsters and the Nurses Guild"): who the text names as saying it."""
    prep = next((c for c in head.children if c.dep_ == "prep" and (c.lower_ in _EXAMPLE_PREPS or c.lower_ == "as"
                                                                     and c.i > 0 and c.doc[c.i - 1].lower_ == "such")), None)
    tokens = []
    if prep is not None:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        tokens = [obj, *obj.conjuncts] if obj is not None else []
    if prep is not None and prep.lower_ == "including":
        tokens += [c for c in head.children if c.dep_ == "appos" and c.i > prep.i]
        tokens += [t for c in list(tokens) for t in c.conjuncts if t not in tokens]
    if prep is not None and prep.lower_ == "including" and len(tokens) == 1 \
            and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.children):
        return []  # "Six newspapers, including the Press, said": the six say it, the one named is an example
    bodies = head.lemma_.lower() in ORG_HEADS or head.lower_ in ORG_HEADS  # "groups like the ACLU and …"
    names: list[str] = []
    for t in tokens:
        m = art.mention_at(t.idx)
        name = _canonical(art, m.actor) if m is not None else ""
        member = art.type_of(name) == "person" or art.is_person(name) if not bodies else \
            art.type_of(name) in _ORG_TYPES and not art.is_person(name) and m.label != "NORP"
        if name and member and name not in names:
            names.append(name)
    return sorted(names, key=lambda n: (art.positions.get(n) or [head.idx])[0])


def _with_source_phrase(head, mention_text: str) -> str:
    """"two people familiar with the talks", "officials briefed on the plan", "a source close to the
    negotiations": the words after the head that say which unnamed source it is belong to its description."""
    phrase = next((c for c in head.rights if c.i == head.i + 1 and (
        c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
        and any(g.dep_ == "prep" for g in c.children)), None)
    end = phrase.right_edge if phrase is not None else None
    if end is None or end.i - phrase.i > 8 or not mention_text.endswith(head.text):
        return mention_text
    return mention_text + doc_arrays(head.doc).text[head.idx + len(head.text):end.idx + len(end.text)]


def _transcript_label(art: _Article, st, mention_text: str):
    """"RAMOS: Senator Ruiz, did you …" in a transcript: the capitalised label names who speaks — the
    article's person of that surname, a recording ("VIDEO") nobody, a role ("HOST") a described
    voice, any other label a person of that name — never the person the line addresses or the last
    one named. None when the statement is not a transcript line."""
    a = st.speaker_start
    before = art.text[:a].rstrip(" \t\"“'‘")
    if st.cue != ":" or not mention_text.isupper() or not any(ch.isalpha() for ch in mention_text) \
            or before and not before.endswith("\n"):
        return None
    words = mention_text.replace("’", "'").split()
    low = [w.lower().strip(".") for w in words]
    if any(w in DEPICTION_HEADS for w in low):
        voice = _voice_of_recording(art, a)
        if voice is not None:
            return voice, "description", "", _entry_for(art, a, voice)
        return None, "anonymous", "", None
    if all(w in _role_nouns() or w in PERSON_HEADS or w in VOICE_HEADS or w in _honorifics() for w in low):
        role = " ".join(low)
        return None, "anonymous", role, _Entry(a, None, "anonymous", False, role)
    name = " ".join(w.capitalize() for w in words)
    person = _known_person(art, name) or (name if name in art.by_name else None)
    if person is None:
        if any(_fold(x.name.split()[-1]) == _fold(words[-1]) for x in art.actors if len(x.name.split()) >= 2):
            return None  # "CLINTON:" with two Clintons in the article: the rules below decide
        person = art.add_actor(name, "person", name, a, None)
    return person, "name", "", _entry_for(art, a, person)


_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+([a-z]+)\b")


def _voice_of_recording(art: _Article, at: int) -> str | None:
    """"HOST: …, the mother of the officer. Listen." then "VIDEO: …": the recording plays the one
    person the line before it describes, by the description the article gave that person in
    apposition ("Ann Roe, the mother of …"); None when no such person or several."""
    line_end = art.text.rfind("\n", 0, at)
    line_start = art.text.rfind("\n", 0, max(0, line_end - 1)) if line_end > 0 else -1
    if line_end <= 0:
        return None
    while line_start > 0 and not art.text[line_start + 1:line_end].strip():
        line_end, line_start = line_start, art.text.rfind("\n", 0, line_start - 1)
    span = char_span(art.doc, line_start + 1, line_end, alignment_mode="expand")
    nouns = {t.lemma_.lower() for t in span or () if t.pos_ == "NOUN" and any(c.lower_ == "the" for c in t.children)}
    found = set()
    for m in art.mentions:
        if m.start >= at:
            break
        name = _canonical(art, m.actor)
        hit = _APPOSITION.match(art.text, m.end)
        if hit and art.is_person(name):
            word = char_span(art.doc, hit.start(1), hit.end(1))
            if word is not None and word[0].lemma_.lower() in nouns:
                found.add(name)
    return next(iter(found)) if len(found) == 1 else None


_QUESTION_PARAGRAPH = re.compile(r"(?m)^[ \t]*Q(?:\s*[:.\-—–]\s*|(?=[A-Z]))")
_ANSWER_PARAGRAPH = re.compile(r"(?m)^[ \t]*A\s*[:.\-—–]\s")


def _interviewee(art: _Article, at: int) -> _Entry | None:
    """"Q: Why Afghanistan? / A: I think they needed help": in an interview printed as questions and
    answers (two of each at least), the first person of an answer paragraph is the person interviewed,
    the first person the article names before its first question; elsewhere "I" is the writer."""
    questions = [m.start() for m in _QUESTION_PARAGRAPH.finditer(art.text)]
    answers = [m.start() for m in _ANSWER_PARAGRAPH.finditer(art.text)]
    if len(questions) < 2 or len(answers) < 2:
        return None
    paragraph = art.text.rfind("\n", 0, at) + 1
    if not _ANSWER_PARAGRAPH.match(art.text, paragraph):
        return None
    person = next((m for m in art.mentions_in(0, questions[0]) if art.is_person(_canonical(art, m.actor))), None)
    return _entry_for(art, at, _canonical(art, person.actor)) if person is not None else None


def _entry_for(art: _Article, at: int, actor: str) -> _Entry:
    typ = art.type_of(actor) or ("person" if art.is_person(actor) else "")
    if typ == "organisation" and art.is_person(actor):
        typ = "person"
    return _Entry(at, actor, typ, typ == "group")


def _description(text: str) -> str:
    t = text.strip()
    low = t.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return t[len(det):].strip()
    return t


def _role_of(art: _Article, speaker: str, mention_text: str) -> str:
    actor = art.by_name.get(speaker)
    if actor is not None and actor.roles:
        low = mention_text.lower()
        for r in actor.roles:
            if r.lower() in low:
                return r
        return actor.roles[0]
    return ""


def _head_of(tokens):
    head = tokens.root
    for t in tokens:  # "Chief financial officer Rajesh Iyer" parsed as two subjects: the name heads it
        if t.i != head.i and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG") and head.pos_ == "NOUN" \
                and not (tokens.start <= t.head.i < tokens.end) and t.head.i == head.head.i and t.i > head.i:
            return t
    if head.pos_ in ("VERB", "AUX"):  # a span that ran past the speaker into its verb
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i
                     and c.i >= tokens.start), None)
        if subj is not None:
            head = subj
    # "The bank's vice" cut before "-president": the head is the noun the span modifies
    while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.head.i <= tokens.end + 2 \
            and head.head.pos_ in ("NOUN", "PROPN") \
            and not (head.head.i >= tokens.end and (head.ent_type_ in ("PERSON", "ORG") or head.head.pos_ == "PROPN"
                                                    or head.lower_ in REPORT_HEADS)):  # "“…,” the email read."
        head = head.head
    return head


def _word_gender(tokens) -> str:
    words = {t.lower_ for t in tokens}
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return ""


# ------------------------------------------------------------------------------------- pronouns


def _pronoun(art: _Article, head, st) -> _Entry | None:
    word = head.lower_
    at = head.idx
    if word in RELATIVE_PRONOUNS:
        return _relative(art, head, st)
    if word in FIRST_PERSON and (word in ("you", "your") or not art.in_quote(at)):
        if word in ("i", "me", "my", "we", "us", "our") and not art.in_quote(at):
            return _interviewee(art, at)  # the person answering in a Q&A interview, else the writer
        return None  # the writer or the reader ("I guess the voters will decide"), or whom a quote addresses
    if word in words_of("pronoun_self"):
        last = art.history[-1] if art.history else None
        if last is not None and art.type_of(last.actor) in _NON_SPEAKER_TYPES | {"country"}:
            return None
        return last if last is not None and at - last.at < art.max_distance else None
    reporter = _viewpoint_holder(art, head) or _reporting_subject(art, head)
    if reporter is not None:
        return reporter
    exclude = list(st.spans or []) if st.kind in REPORTED_KINDS else []
    if st.kind in REPORTED_KINDS and st.speaker_start is not None:
        exclude.append((st.start, st.end))
    talked_about = frozenset()
    if st.kind == "direct" and word in PERSON_PRONOUNS:  # "“To Lionel Sparks, the farmers do not matter,” he wrote"
        talked_about = frozenset(_canonical(art, m.actor) for a, b in (st.spans or [(st.start, st.end)])
                                 for m in art.mentions_in(a, b))
    entry = _introduced_in_content(art, head, st) or _fronted_clause_subject(art, head, word) \
        or _named_after_in_main_clause(art, head, word) \
        or _parallel_owner(art, head, word) \
        or _owner_of_utterance(art, head, st) or _antecedent(art, word, at, exclude, talked_about)
    if entry is not None and entry.actor and word in ("he", "she") and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in lexicon.words("continuation_cues.txt"):
        entry = _speaker_carrying_on(art, head, entry, exclude, talked_about) or entry
    elif entry is not None and entry.actor and word in ("he", "she") \
            and head.head.lemma_.lower() not in lexicon.words("continuation_cues.txt"):
        # "Erdogan called for … The government declared Oksuz was a leader of the plot. He was detained. He
        # denied it": the one person the sentences just before name, though inside reported words
        entry = _subject_of_a_report_before(art, head, PERSON_PRONOUNS.get(word, "")) \
            or _one_person_before_a_chain(art, head, st, PERSON_PRONOUNS.get(word, ""), entry) or entry
    if entry is not None and entry.actor is None and not entry.gender and word in ("he", "she") \
            and any(o.speaker_start == entry.at for o in art.statements):  # (an unnamed speaker, not "the coach" acted on)
        # "the mayor complained … and asked why Farzana Haddad had stayed silent. (She says …)": a person
        # of the pronoun's known gender just named outweighs an unnamed source of unknown gender
        entry = _one_person_named_before(art, head, (PERSON_PRONOUNS[word],), outside_quotes=True) or entry
    if entry is None and word in PERSON_PRONOUNS:
        name = _missed_subject(art, head, window=60)
        words = name.split() if name else []
        first = _fold(words[0]) if words else ""
        gender = PERSON_PRONOUNS.get(word, "")
        if name and (_looks_like_person_name(name) or (len(words) == 1 and first in first_name_genders())) \
                and not (gender and first_name_genders().get(first, gender) != gender):
            return _Entry(at, name, "person")  # a person the entity recogniser missed
        name = _missed_full_name(art, head, gender)
        if name:
            return _Entry(at, name, "person")
        return _one_person_reported_before(art, head, gender)
    return entry


def _speaker_carrying_on(art: _Article, head, entry: _Entry, exclude, talked_about) -> _Entry | None:
    """"“…,” Lind said. Officer Mark Evans holds up the keys. “…,” he added": "added" carries on
    someone's turn, so a he/she subject of a continuation cue is the last speaker of that gender, not a
    person named in between who has said nothing yet."""
    if any(e.actor == entry.actor and e.at < head.idx for e in art.history):
        return None
    gender = PERSON_PRONOUNS.get(head.lower_, "")
    for e in reversed(art.history):
        if e.at >= head.idx or art.in_content(e.at) or any(x <= e.at < y for x, y in exclude):
            continue
        if head.idx - e.at >= art.max_distance:
            return None
        if e.actor is not None and e.actor not in talked_about and _compatible(art, e, "person", gender):
            return e
    return None


def _one_person_reported_before(art: _Article, head, gender: str) -> _Entry | None:
    """"Officials said that Obama's announcement included two steps. He announced …": a "he"/"she" opening
    a sentence, with no antecedent outside reported words, is the one person the sentence before names,
    though inside what someone reported."""
    if head.lower_ not in ("he", "she") or head.i != head.sent.start:
        return None
    return _one_person_named_before(art, head, ("", gender), outside_quotes=False)


def _one_person_named_before(art: _Article, head, genders, *, outside_quotes: bool) -> _Entry | None:
    """The one person whose known gender is in `genders` ("" for unknown) named in the sentence before
    `head` or in its own sentence before it (outside quotes when asked); None if none or several."""
    people = {_canonical(art, m.actor) for m in art.mentions_in(art.previous_sentence_start(head.idx), head.idx)
              if not (outside_quotes and art.in_quote(m.start))}
    people = {p for p in people if (art.type_of(p) == "person" or art.is_person(p)) and art.gender_of(p) in genders}
    return _Entry(head.idx, people.pop(), "person") if len(people) == 1 else None


def _subject_of_a_report_before(art: _Article, head, gender: str) -> _Entry | None:
    """"The government declared Oksuz was a leader of the plot. He was detained. He denied it": a "he"/"she"
    opening a sentence after a report whose content names one person of that gender (and whose speaker,
    named or not, is no "he"/"she" of the chain) is that person, however the chain of sentences that
    open with the same pronoun runs back to someone named earlier."""
    if head.lower_ not in ("he", "she") or head.i != head.sent.start or not gender:
        return None
    end = head.idx
    for _ in range(3):
        start = art.previous_sentence_start(end)
        if start >= end:
            return None
        found = [m for m in art.mentions_in(start, end) if art.type_of(_canonical(art, m.actor)) == "person"
                 or art.is_person(_canonical(art, m.actor))]
        if found:
            break
        if art.text[start:start + len(head.text) + 1].lower() != head.lower_ + " ":
            return None
        end = start
    else:
        return None
    same = [m for m in found if art.gender_of(_canonical(art, m.actor)) in ("", gender)]
    if len({_canonical(art, m.actor) for m in same}) != 1 or not all(art.in_content(m.start) for m in same):
        return None
    words = re.findall(r"\b\w+\b", art.text[start:end].lower())
    if head.lower_ in words and not all(art.in_content(start + i) for i in _word_offsets(art.text[start:end], head.lower_)):
        return None  # "She has faced … Hillary Clinton …": the chain's own she holds that sentence
    return _Entry(head.idx, _canonical(art, same[0].actor), "person")


def _one_person_before_a_chain(art: _Article, head, st, gender: str, entry: _Entry) -> _Entry | None:
    """"These are the latest jobs Lang has lost. In 2011, he resigned from Congress. He blamed hackers": a
    "he"/"she" subject of narration after sentences whose main subject is the same pronoun is the one
    person of that gender the sentence before the chain names (outside quotes), not a speaker named
    further back; no quote may stand in between (its speaker may be going on)."""
    if st.kind == "direct" or head.lower_ not in ("he", "she") or not gender or head.dep_ not in ("nsubj", "nsubjpass") \
            or head.head.dep_ != "ROOT" or art.in_quote(head.idx):
        return None
    doc, end, chain = art.doc, head.sent.start_char, 0
    for _ in range(3):
        start = art.previous_sentence_start(end)
        if start >= end or any(c in art.text[start:end] for c in "“”\"«»"):
            return None
        found = {_canonical(art, m.actor) for m in art.mentions_in(start, end) if not art.in_quote(m.start)}
        found = {n for n in found if art.type_of(n) == "person" or art.is_person(n)}
        if found:
            break
        tok = char_span(doc, start, min(start + 1, len(art.text)), alignment_mode="expand")
        root = tok[0].sent.root if tok is not None and len(tok) else None
        if root is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == head.lower_ for c in root.children):
            return None
        chain, end = chain + 1, start
    else:
        return None
    if re.search(r"\b" + head.lower_ + r"\b", art.text[start:end], re.I):
        return None  # "She has faced … Hillary Clinton …": the chain's own she holds that sentence
    people = {n for n in found if art.gender_of(n) in ("", gender)}
    if chain < 1 or len(people) != 1 or entry.actor in people:
        return None
    return _Entry(head.idx, people.pop(), "person")


def _word_offsets(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b" + word + r"\b", text, re.I)]


def _introduced_in_content(art: _Article, head, st) -> _Entry | None:
    """"Former Rep. Dan Shore was pro Hart while …, he said": a "he"/"she" after reported words whose
    subject is a person the article first names there, by full name, is that person, when nobody of that
    gender was just speaking (who would be going on)."""
    gender = PERSON_PRONOUNS.get(head.lower_)
    if st.kind != "indirect" or head.lower_ not in ("he", "she") or st.end > head.idx or art.in_quote(head.idx):
        return None
    recent = _last_person_speaker(art, st.start)
    if recent is not None and st.start - recent.at < 600 and art.gender_of(recent.actor) in ("", gender):
        return None  # "Bernardi said the fault was traced. Director Ana Holm had approved it, he said": Bernardi
    for m in art.mentions_in(st.start, st.end):
        tok = char_span(art.doc, m.start, m.end, alignment_mode="expand")
        if tok is None or tok.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        name = _canonical(art, m.actor)
        if (art.type_of(name) == "person" or art.is_person(name)) and len(m.text.split()) >= 2 \
                and min(art.positions.get(name, [m.start])) >= st.start and art.gender_of(name) in ("", gender):
            return _Entry(head.idx, name, "person")
        return None
    return None


def _named_after_in_main_clause(art: _Article, head, word: str) -> _Entry | None:
    """"After he blasted the film …, Pastor Kevin Swanson has now set his sights on …": a he/she subject of
    a fronted clause, with nobody of that gender named before it (the headline aside), is the person the
    main clause names as its subject."""
    gender = PERSON_PRONOUNS.get(word, None)
    clause = head.head
    if gender is None or word not in ("he", "she") or head.dep_ not in ("nsubj", "nsubjpass") \
            or clause.dep_ != "advcl" or clause.head.i < clause.i or art.in_quote(head.idx):
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i), None)
    m = art.mention_at(subj.idx) if subj is not None and subj.pos_ == "PROPN" else None
    if m is None:
        return None
    name = _canonical(art, m.actor)
    if not (art.type_of(name) == "person" or art.is_person(name)) or art.gender_of(name) not in ("", gender):
        return None
    first_line = art.text.find("\n")
    for other in art.mentions_in(max(first_line, 0), head.idx):
        n = _canonical(art, other.actor)
        if (art.type_of(n) == "person" or art.is_person(n)) and art.gender_of(n) in ("", gender):
            return None  # someone it can refer back to
    return _Entry(head.idx, name, "person")


def _fronted_clause_subject(art: _Article, head, word: str) -> _Entry | None:
    """"After Smith lost the vote, he said …", "In an example of how sensitive Obama is, he used …": the
    he/she subject of a main clause is the one person its fronted clause names as a subject (or owner),
    whoever spoke before."""
    verb = head.head
    gender = PERSON_PRONOUNS.get(word, None)
    if gender is None or word not in ("he", "she") or head.dep_ not in ("nsubj", "nsubjpass") or art.in_quote(head.idx):
        return None
    if verb.dep_ != "ROOT":  # "…, he used his speech to call out Jones, who he accused …": the same he
        first = next((c for c in head.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _fronted_clause_subject(art, first, word) if first is not None and first.i < head.i \
            and first.lower_ == word else None
    names = set()
    for part in (c for c in verb.children if c.i < head.i and c.dep_ in ("advcl", "prep", "npadvmod")):
        for t in part.subtree:
            if t.dep_ not in ("nsubj", "nsubjpass", "poss") or art.in_quote(t.idx):
                continue
            m = art.mention_at(t.idx) or next((c for c in (art.mention_at(x.idx) for x in t.lefts
                                                            if x.dep_ in ("compound", "flat")) if c), None)
            if m is None:
                continue
            name = _canonical(art, m.actor)
            if (art.type_of(name) == "person" or art.is_person(name)) and art.gender_of(name) in ("", gender):
                names.add(name)
    return _Entry(head.idx, names.pop(), "person") if len(names) == 1 else None


_NAMING_AS = frozenset(("call", "describe", "term", "dub", "label", "brand"))


def _viewpoint_holder(art: _Article, head) -> _Entry | None:
    """"Rivers is railing against what he calls a corrupt process", "Rivers's assault on what he calls
    the crooked process": the he/she of "what he calls" is the person whose clause or whose act it sits
    in (the nearest named subject or owner above it), not the speaker quoted last."""
    gender = PERSON_PRONOUNS.get(head.lower_)
    verb = head.head
    if gender not in ("m", "f") or head.dep_ != "nsubj" or verb.lemma_.lower() not in _NAMING_AS \
            or not any(c.lower_ == "what" for c in verb.children):
        return None
    node = verb
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        owners = [c for c in node.children if c.dep_ in ("poss", "nsubj", "nsubjpass") and c.i < head.i
                  and c.pos_ != "PRON"]
        for c in owners:
            m = art.mention_at(c.idx)
            name = _canonical(art, m.actor) if m is not None else None
            if name and (art.type_of(name) == "person" or art.is_person(name)) \
                    and art.gender_of(name) in ("", gender):
                return _Entry(head.idx, name, "person")
            if owners:
                return None
    return None


def _reporting_subject(art: _Article, head) -> _Entry | None:
    """"Another said he hoped that Trump wins": the he/she subject of what someone is reported to have
    said is that someone (named, described or unnamed), when nothing of gender says otherwise, not a
    person named inside the clause or before it."""
    gender = PERSON_PRONOUNS.get(head.lower_)
    if gender is None or gender not in ("m", "f") or head.dep_ not in ("nsubj", "nsubjpass") \
            or head.head.dep_ != "ccomp":
        return None
    matrix = head.head.head
    subj = next((c for c in matrix.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if subj is None or subj.lower_ in PERSON_PRONOUNS or subj.lower_ in RELATIVE_PRONOUNS \
            or subj.lower_ in FIRST_PERSON:
        return None
    other = next((o for o in art.statements if o.speaker_start is not None
                  and o.speaker_start <= subj.idx < o.speaker_end and not o.start <= head.idx < o.end), None)
    if other is None:
        return None
    key = (other.speaker_start, other.speaker_end)
    hit = art.cache.get(key)
    if hit is None:
        hit = art.cache[key] = _resolve(art, other)
    speaker, kind, role, entry = hit
    if speaker:
        if not (art.type_of(speaker) == "person" or art.is_person(speaker)) \
                or art.gender_of(speaker) not in ("", gender):
            return None
        return _Entry(head.idx, speaker, "person")
    single = not entry.plural or subj.lower_ in ("another", "one", "someone", "somebody") if entry else False
    if kind == "anonymous" and entry is not None and single and entry.gender in ("", gender) \
            and entry.type == "anonymous":
        return _Entry(head.idx, None, "anonymous", False, role, gender)
    return None


def _missed_full_name(art: _Article, head, gender: str, window: int = 60) -> str | None:
    """"Ivanka Trump strode across the stage. Then she …" parsed so badly that the name is no subject
    (and no entity): the nearest first name of the pronoun's gender followed by a capitalised surname,
    outside quotes, that no mention covers."""
    if not gender:
        return None
    doc = head.doc
    start = max(0, head.i - window)
    for t in reversed(doc[start:head.i - 1]):
        nxt = doc[t.i + 1]
        if t.pos_ != "PROPN" or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or not nxt.is_alpha:
            continue
        after = art.mention_at(nxt.idx)
        if art.in_quote(t.idx) or art.mention_at(t.idx) is not None or after is not None and after.start < nxt.idx:
            continue  # (a surname the recogniser took alone, "Ivanka [Trump]", is still her name)
        if first_name_genders().get(_fold(t.text)) != gender or (t.i > 0 and doc[t.i - 1].pos_ == "PROPN"):
            continue
        if _actors._quoted_show_title(doc, t.i, t.i + 2):
            continue  # "on KXL’s “Morning Joe”": a show, not a person
        name = _proper_name(t)
        if name in art.by_name or _known_person(art, name) is not None:
            return None  # a person the article knows: the usual rules have passed them over
        return name if _looks_like_person_name(name) else None
    return None


def _parallel_owner(art: _Article, head, word: str) -> _Entry | None:
    """"in reference to Trump’s stance on immigration and his oft-stated promise to build a wall": a
    possessive coordinated with a named possessor's noun is that possessor, not the sentence's subject."""
    if head.dep_ != "poss" or head.head.dep_ != "conj":
        return None
    partner = head.head.head
    owner = next((c for c in partner.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)  # (the tagger
    # sometimes calls "Trump" in "Trump’s" a common noun)
    m = art.mention_at(owner.idx) if owner is not None else None
    if m is None:
        return None
    entry = _entry_for(art, owner.idx, _canonical(art, m.actor))
    want, gender = _wants(word)
    return entry if _compatible(art, entry, want, gender) else None


_OWN_POSSESSIVE = {"she": "her", "he": "his", "they": "their"}
_UTTERANCE_NOUNS = words_of("utterance") | words_of("report") | lexicon.words("speech_act_nouns.txt")


def _owner_of_utterance(art: _Article, head, st) -> _Entry | None:
    """"noting her comments to a radio host in which she said …", "Ruiz's interview, in which he said …":
    who speaks in a relative clause on someone's remarks is their owner, not the sentence's subject."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "relcl" or not ({verb.head.lower_, verb.head.lemma_.lower()} & _UTTERANCE_NOUNS):
        return None
    owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.pos_ == "PRON":
        return _pronoun(art, owner, st) if owner.lower_ == _OWN_POSSESSIVE.get(head.lower_) else None
    m = art.mention_at(owner.idx)
    if m is None:
        return None
    entry = _entry_for(art, owner.idx, _canonical(art, m.actor))
    want, gender = _wants(head.lower_)
    return entry if _compatible(art, entry, want, gender) else None


def _wants(word: str) -> tuple[str, str]:
    """(kind, gender) a pronoun asks for: ('person', 'm'|'f'), ('plural', ''), ('body', '')."""
    if word in words_of("pronoun_m"):
        return "person", "m"
    if word in words_of("pronoun_f"):
        return "person", "f"
    if word in words_of("pronoun_pl"):
        return "plural", ""
    return "body", ""


def _compatible(art: _Article, e: _Entry, want: str, gender: str, soft: bool = False) -> bool:
    if e.actor is None:  # an anonymous source the text is still quoting
        if e.type != "anonymous":
            return False
        if want == "person":
            return not e.plural and (not gender or not e.gender or e.gender == gender)
        return e.plural if want == "plural" else False
    typ = e.type
    if want == "person":
        if e.plural or not (typ == "person" or art.is_person(e.actor)):
            return False
        g = art.gender_of(e.actor)
        if soft and e.actor in art.name_gender and e.actor not in art.pronoun_gender:
            g = ""
        return not gender or not g or g == gender
    if typ in _NON_SPEAKER_TYPES or typ == "person" or (typ == "organisation" and art.is_person(e.actor)):
        return False
    if want == "plural":
        return e.plural or typ in _BODY_TYPES or typ == "group"
    return not e.plural and typ in _BODY_TYPES


def _antecedent(art: _Article, word: str, at: int, exclude, talked_about=frozenset()) -> _Entry | None:
    """The nearest earlier speaker or main-clause subject that agrees with the pronoun, never one the
    statement's own quote talks about by name (`talked_about`)."""
    want, gender = _wants(word)
    if want == "person":
        judged = _judged_for_own_deed(art, word, at, gender, exclude)
        if judged is not None:
            return judged
        asked = _asked_about_own_words(art, word, at, gender)
        if asked is not None and asked.actor not in talked_about:
            return asked
        same = _same_sentence_person(art, at, gender, exclude)
        if same is not None and same.actor in talked_about:
            same = None
        if same is None and gender:
            same = _narrated_subject_of_own_quote(art, at, gender, exclude)
        if same is not None:
            return same
        held = _object_of_main_clause(art, word, at, gender, exclude)
        if held is not None:
            return held
        limit = at - art.max_distance
    else:
        limit = art.previous_sentence_start(at) - 1
    passed = []
    for e in _candidates(art, at, limit):
        if any(x <= e.at < y for x, y in exclude) or e.actor in talked_about:
            continue
        if want == "person":
            asked = _asked_person(art, e.at)
            if asked is not None and asked.actor not in talked_about and _compatible(art, asked, want, gender):
                return asked
            principal = _principal_of_staff(art, e) if e.actor is None and e.plural else None
            if principal is not None and principal.actor not in talked_about and _compatible(art, principal, want, gender):
                return principal  # "Advisers to Mr. Rubio point out … his team": Rubio
        if _compatible(art, e, want, gender):
            if want == "person" and gender and e.actor and not art.gender_of(e.actor):
                return _gendered_in_sentence_before(art, e, at, gender, exclude, talked_about) or e
            return e
        passed.append(e)
    # "The State Department issued a statement. It said …": the nearest mention that agrees
    if want == "person":
        limit = art.previous_sentence_start(at) - 1
    later, people = None, 0  # the person mention right after this one, for "X and Y … They say" (the two nearest)
    for m in _before(art, at, 10):
        if m.start < limit:
            break
        if art.in_quote(m.start) or any(x <= m.start < y for x, y in exclude) or m.actor in talked_about \
                or want == "person" and art.said_by_other(m.start, at) and not art.in_content(at):
            continue
        if want == "plural" and _describes_people(art, m) or want != "person" and _in_relative_clause(art, m):
            continue
        if want != "person" and _demonym_of_a_title(art, m):
            continue  # "misjudged Ukrainian President Volk. They …": not Ukraine
        e = _Entry(m.start, m.actor, m.actor_type, m.actor_type == "group")
        if _compatible(art, e, want, gender):
            return e
        person = m.actor_type == "person" or art.is_person(_canonical(art, m.actor))
        if want == "plural" and person and later is not None and people == 1 \
                and _LAST_JOIN.match(art.text[m.end:later.start]) and _pair_free_standing(art, m):
            group = _group_of(art, [_canonical(art, m.actor), _canonical(art, later.actor)], at)
            if group is not None:
                return _entry_for(art, at, group)
        later = m if person else None
        people += person
    if want == "person" and gender:  # a first name says less than the text: "Chanda Mwale … He said"
        for e in passed[:2]:
            if _compatible(art, e, want, gender, soft=True):
                return e
    if want == "plural" and limit > 0:  # "Republicans … they circulate points. For instance: …. They say":
        # the group the paragraph is about, past a sentence that names none
        for e in _candidates(art, limit, art.previous_sentence_start(limit) - 1):
            if e.actor is not None and _compatible(art, e, want, gender):
                return e
    return None


def _demonym_of_a_title(art: _Article, m) -> bool:
    """"Ukrainian President Volk", "a French diplomat": a nationality word before a noun, the person's
    description, not the country or its people."""
    tok = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if tok is None or len(tok) != 1:
        return False
    t = tok[0]
    return t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound") and t.head.i > t.i \
        and t.head.pos_ in ("NOUN", "PROPN")


_DEED_PREPS = frozenset(("for", "over"))


def _described_pair(art: _Article, st, of) -> list[str]:
    """"both of Trump's remaining rivals criticized …": the two people the story goes on to name, never the
    one the description names (Trump); [] unless two are named within a few paragraphs."""
    inside = {_canonical(art, m.actor) for m in art.mentions_in(of.idx, of.right_edge.idx + len(of.right_edge.text))}
    found: list[str] = []
    for m in art.mentions_in(st.end, st.end + 600):
        name = _canonical(art, m.actor)
        if name in inside or name in found or art.in_quote(m.start) or not (art.type_of(name) == "person" or art.is_person(name)):
            continue
        found.append(name)
        if len(found) == 2:
            return found
    return []


def _principal_of_staff(art: _Article, e: _Entry) -> _Entry | None:
    """The person unnamed staff work for, as their phrase names them: "Advisers to Mr. Rubio",
    "Rubio's aides", "aides of the senator Ana Ruiz"."""
    tokens = char_span(art.doc, e.at, e.at + 1, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    head = tokens[0]
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if not ({head.lemma_.lower(), head.lower_} & (SPOKES_HEADS | _STAFF_NOUNS)):
        return None
    for t in head.subtree:
        if t.dep_ in ("pobj", "poss") and (t.dep_ == "poss" or t.head.lower_ in ("to", "of", "for")):
            m = art.mention_at(t.idx)
            if m is not None:
                name = _canonical(art, m.actor)
                if art.type_of(name) == "person" or art.is_person(name):
                    return _Entry(e.at, name, "person")
    return None


_STAFF_NOUNS = words_of("staff") | words_of("associate")  # "Advisers to X", "X's aides", "X's allies"


def _gendered_in_sentence_before(art: _Article, e: _Entry, at: int, gender: str, exclude, talked_about):
    """"“…,” Obama said. … which began when Clinton was still Obama's secretary of state. She has spoken
    …": a candidate the text never genders, named in an earlier paragraph, before the sentence ahead of
    the pronoun, gives way to a person of the pronoun's gender that sentence names (in any clause)."""
    start = art.previous_sentence_start(at)
    if e.at >= start or "\n" not in art.text[e.at:start]:
        return None  # within the speaker's own paragraph, "she added" goes on with the speaker
    for m in _before(art, at, 12):
        if m.start < start:
            break
        if art.in_quote(m.start) or any(x <= m.start < y for x, y in exclude) \
                or art.said_by_other(m.start, at) and not art.in_content(at):
            continue  # "Zeldin said it will help the speaker": talked about, not speaking
        tok = char_span(art.doc, m.start, m.end, alignment_mode="expand")
        if tok is not None and len(tok) and tok.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "a Trump supporter"
        name = _canonical(art, m.actor)
        if name not in talked_about and (art.type_of(name) == "person" or art.is_person(name)) \
                and art.gender_of(name) == gender:
            return _Entry(m.start, name, "person")
    return None


def _judged_for_own_deed(art: _Article, word: str, at: int, gender: str, exclude) -> _Entry | None:
    """"Reyes criticised Olsen over his call for a ban", "thanked Olsen for his support": the deed a verb
    judges its object for is the object's own."""
    span = char_span(art.doc, at, at + len(word))
    if span is None or len(span) != 1 or art.in_quote(at):
        return None
    tok = span[0]
    noun = tok.head
    prep = noun.head
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ not in _DEED_PREPS or prep.head.pos_ != "VERB":
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    m = art.mention_at(obj.idx) if obj is not None else None
    if m is None or any(x <= m.start < y for x, y in exclude):
        return None
    e = _Entry(obj.idx, _canonical(art, m.actor), m.actor_type)
    return e if _compatible(art, e, "person", gender) else None


def _object_of_main_clause(art: _Article, word: str, at: int, gender: str, exclude) -> _Entry | None:
    """"Union leaders never trusted Olsen, in part because he favors …": the subject of a clause hung on a
    verb whose own subject cannot be "he" is the person that verb acts on (its object), not the last speaker."""
    span = char_span(art.doc, at, at + len(word))
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl" or art.in_quote(at):
        return None
    main = tok.head.head
    if main.i == tok.head.i:
        return None
    for c in main.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        m = art.mention_at(c.idx)
        if m is None and c.pos_ == "NOUN" and not _is_human_word(c):
            continue  # "the campaign removed the mayor after he …": a thing is never "he"
        e = (_Entry(c.idx, m.actor, m.actor_type) if m is not None
             else _antecedent(art, c.lower_, c.idx, exclude) if c.lower_ in PERSON_PRONOUNS
             else _Entry(c.idx, None, "anonymous", c.tag_ in ("NNS", "NNPS")))
        if e is None or e.actor is None and not e.plural or _compatible(art, e, "person", gender):
            return None  # the subject itself may be "he"
    for c in main.children:
        if c.dep_ not in ("dobj", "dative") or c.i > tok.i or any(x <= c.idx < y for x, y in exclude):
            continue
        if c.pos_ == "PRON":
            return _antecedent(art, c.lower_, c.idx, exclude) if c.lower_ in PERSON_PRONOUNS else None
        m = art.mention_at(c.idx)
        if m is None:  # "the campaign removed the mayor of Roanoke after he suggested …": that mayor, unnamed
            return _Entry(c.idx, None, "anonymous", False, _description(_np_text(c))) \
                if c.tag_ == "NN" and _is_human_word(c) else None
        e = _Entry(c.idx, _canonical(art, m.actor), m.actor_type)
        return e if _compatible(art, e, "person", gender) else None
    return None


def _asked_person(art: _Article, at: int) -> _Entry | None:
    """"Earhardt then asked Rubio which states he could win. “…,” he said": the person a subject asked is
    who answers next (the asker still takes a pronoun only the asker agrees with)."""
    span = char_span(art.doc, at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    while tok.dep_ in ("compound", "flat", "det", "amod") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in _ASKING_VERBS:
        return _asked_passively(art, verb.head)  # "Cain was asked by a caller why …"
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _ASKING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.i > tok.i:
            m = art.mention_at(c.idx)
            if m is None or art.in_quote(c.idx):
                return None
            name = _canonical(art, m.actor)
            return _Entry(c.idx, name, art.type_of(name) or m.actor_type)
    return None


def _asked_about_own_words(art: _Article, word: str, at: int, gender: str) -> _Entry | None:
    """"Lowe asked Hale about statements he had made, when he claimed …": a pronoun in what someone was
    asked about is the person asked (their own words or deeds), not the asker."""
    span = char_span(art.doc, at, at + len(word))
    if span is None or len(span) != 1:
        return None
    cur, through_about = span[0], False
    for _ in range(12):
        if cur.head.i == cur.i:
            return None
        through_about = through_about or cur.dep_ == "prep" and cur.lower_ in ("about", "on", "over")
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in _ASKING_VERBS:
            break
    else:
        return None
    if not through_about or not any(c.dep_ == "nsubj" for c in cur.children):
        return None
    asked = next((c for c in cur.children if c.dep_ in ("dobj", "dative")), None)
    m = art.mention_at(asked.idx) if asked is not None else None
    if m is None or art.in_quote(asked.idx):
        return None
    name = _canonical(art, m.actor)
    e = _Entry(asked.idx, name, art.type_of(name) or m.actor_type)
    return e if _compatible(art, e, "person", gender) else None


def _asked_passively(art: _Article, verb) -> _Entry | None:
    """"Victor Kane … was asked by a caller why …. “…,” he said": the one asked, the passive subject,
    answers."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    m = art.mention_at(subj.idx) if subj is not None else None
    if m is None or art.in_quote(subj.idx):
        return None
    name = _canonical(art, m.actor)
    return _Entry(subj.idx, name, art.type_of(name) or m.actor_type)


def _pair_free_standing(art: _Article, m) -> bool:
    """"X and Y said … They", "thanked X and Y. They said": a pair that is no preposition's object ("stars
    like Brandy, Mona and Lauryn Hill. They applauded …", "a study they wrote with X and Y, they estimated")."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cur = span.root
    while cur.dep_ in ("compound", "flat", "appos", "conj") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ != "pobj"


def _in_relative_clause(art: _Article, m) -> bool:
    """"… tying the bill to Marsh, who backed it when it came to the Senate. They are saying …": a body
    named inside a clause that describes someone else, or only as a modifier of a noun ("the House
    bill"), is not who "they" or "it" are."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return True  # "tying the House bill to Marsh": a name used as a modifier names nobody who speaks
    return any(a.dep_ in ("relcl", "acl") for a in root.ancestors)


def _describes_people(art: _Article, m) -> bool:
    """"X and Y, two Canadian diplomats": a nationality in a description of people is not who "they" are."""
    tok = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if m.label != "NORP" or tok is None or tok.root.dep_ != "amod":
        return False
    return tok.root.head.dep_ == "appos"


def _candidates(art: _Article, at: int, limit: int):
    """Earlier speakers and subjects, nearest first (speakers first at the same offset)."""
    hist = [e for e in art.history if limit <= e.at < at and not art.in_content(e.at)]
    subs = art.subjects()
    lo, hi = bisect_left(subs, (limit, -1)), bisect_left(subs, (at, -1))
    items = [(e.at, 1, e) for e in hist] + [(off, 0, i) for off, i in subs[lo:hi] if not art.in_content(off)]
    items.sort(key=lambda x: (-x[0], -x[1]))
    for _, is_hist, x in items:
        if is_hist:
            yield x
        else:
            e = _subject_entry(art, x)
            if e is not None:
                yield e


_NO_ONE_DETERMINERS = frozenset(("no", "neither"))


def _subject_entry(art: _Article, i: int) -> _Entry | None:
    if i in art._subject_entries:
        return art._subject_entries[i]
    art._subject_entries[i] = None  # no cycles
    tok = art.doc[i]
    e = None
    m = art.mention_at(tok.idx)
    name = _canonical(art, m.actor) if m is not None else None
    if any(c.dep_ in ("det", "preconj") and c.lower_ in _NO_ONE_DETERMINERS for c in tok.children):
        pass  # "However, no other governor had …": a subject naming nobody is no antecedent
    elif m is not None and m.label == "NORP" and tok.tag_ in ("NNS", "NNPS") and (
            _is_vague(tok, plural_bare=False) or _kind_of_members(tok)):
        e = _Entry(tok.idx, None, "anonymous", True, _description(_np_text(tok)))  # "several Democrats"
    elif m is not None and art.type_of(name) not in _NON_SPEAKER_TYPES:
        e = _Entry(tok.idx, name, art.type_of(name), art.type_of(name) == "group" and tok.tag_ == "NNPS")
    elif tok.lower_ == "it" and _cleft_focus(art, tok) is not None:
        e = _cleft_focus(art, tok)  # "It was Berg who commanded the attention": Berg
    elif tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "they", "it") and art._depth < 25:
        art._depth += 1
        try:
            e = _antecedent(art, tok.lower_, tok.idx, [])
        finally:
            art._depth -= 1
        if e is not None:
            e = _Entry(tok.idx, e.actor, e.type, e.plural, e.role, e.gender)
            _confirm_gender(art, e.actor, tok.lower_)
    elif tok.pos_ in ("NOUN", "PROPN"):
        app = _appositive(art, tok)
        first = _fold(tok.doc[tok.left_edge.i].text if tok.left_edge.pos_ == "PROPN" else tok.text)
        if app is not None:
            e = _Entry(tok.idx, app, art.type_of(app) or "person")
        elif tok.pos_ == "PROPN" and tok.text[:1].isupper() and first in first_name_genders() \
                and first not in _role_nouns() and not _title_only(_proper_name(tok)) \
                and _fold(_proper_name(tok).split()[-1]) not in ORG_NAME_WORDS \
                and not _actors._quoted_show_title(tok.doc, tok.i + 1 - len(_proper_name(tok).split()), tok.i + 1):
            # ("on KXL’s “Morning Joe.”": a show, not a person)
            name = _proper_name(tok)  # "Meanwhile Rihanna, who …, spoke": a person the recogniser missed
            art.gender.setdefault(name, first_name_genders()[first])
            e = _Entry(tok.idx, _known_person(art, name) or name, "person")
        elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in _role_nouns() \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and _role_holder(art, tok) is not None:
            e = _role_holder(art, tok)  # "Instead, the Vermont senator is sticking to his message. “…,” he told"
        elif tok.pos_ == "NOUN" and _is_vague(tok) and (tok.lemma_.lower() in ANONYMOUS_HEADS
                                                        or tok.lemma_.lower() in _role_nouns()):
            e = _Entry(tok.idx, None, "anonymous", tok.tag_ == "NNS", _description(_np_text(tok)),
                       "f" if tok.lower_ in FEMALE_WORDS else "m" if tok.lower_ in MALE_WORDS else "")
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _unnamed_bodies(tok):
            e = _Entry(tok.idx, None, "anonymous", True, _description(_np_text(tok)))
        elif tok.pos_ == "NOUN" and not _is_human_word(tok):
            e = _possessor_person(art, tok)
    art._subject_entries[i] = e
    return e


def _unnamed_bodies(tok) -> bool:
    """"Twenty-seven states … and industry groups are challenging the rules. They argue …": a plural subject
    of bodies, counted or joined with other bodies, is a group "they" can go on with (shown with its
    description), so "they" does not fall to a body named later in the sentence."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.tag_ == "NNS")]
    if not all(h.lemma_.lower() in ORG_HEADS or h.lemma_.lower() in ("state", "country", "nation") for h in heads):
        return False
    return len(heads) > 1 or any(c.dep_ == "nummod" for c in tok.children)


def _cleft_focus(art: _Article, tok) -> _Entry | None:
    """"It was Berg who commanded most of the attention": the one named after "it was", with the clause
    about them, is the subject of the sentence."""
    verb = tok.head
    if verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ == "attr" and c.i > verb.i and any(r.dep_ == "relcl" for r in c.children):
            m = art.mention_at(c.idx)
            name = _canonical(art, m.actor) if m is not None else None
            if name and (art.type_of(name) == "person" or art.is_person(name)):
                return _Entry(c.idx, name, "person")
    return None


def _role_holder(art: _Article, tok) -> _Entry | None:
    """The person named with the role a definite subject names ("Sen. Paul Reyes of Vermont … the Vermont
    senator"), within the last 1,000 characters; the one named with its other words, else the most recent."""
    text = _np_text(tok, appositive=False)
    head = tok.lemma_.lower()
    fitting = [a for a in art.actors if a.roles and (a.type == "person" or art.is_person(a.name))
               and (role_matches(text, a.roles) or any(head in _title_words(r) for r in a.roles))
               and not _held_only_formerly(text, a.roles) and 0 <= tok.idx - art.last_seen(a.name, tok.idx) <= 1000
               and art.last_seen(a.name, tok.idx) >= 0]
    if not fitting:
        return None
    marks = [t.text.lower() for t in tok.lefts if t.dep_ in ("compound", "amod") and t.text[:1].isupper()]

    def told_apart(a) -> int:  # "Sen. Paul Reyes of Vermont" for "the Vermont senator"
        stop = tok.left_edge.idx
        near = " ".join(art.text[p:min(p + len(a.name) + 60, stop)].lower()
                        for p in art.positions.get(a.name, ())[:3] if p < stop)
        return sum(m in near for m in marks)

    best = max(fitting, key=lambda a: (told_apart(a), art.last_seen(a.name, tok.idx)))
    return _Entry(tok.idx, best.name, "person")


@lru_cache(maxsize=1)
def _title_abbreviations() -> dict[str, str]:
    return {abbreviation.lower(): word for abbreviation, word in lexicon.table("title_abbreviations.tsv")}


@lru_cache(maxsize=4096)
def _title_words(role: str) -> frozenset[str]:
    """The words of a role with its abbreviated titles spelt out ("Sen." -> senator)."""
    out = set()
    for w in role.split():
        out.update(_title_abbreviations().get(w.lower(), w.lower().strip(".,")).split())
    return frozenset(out)


def _possessor_person(art: _Article, tok) -> _Entry | None:
    """"Mark Olsen's role in the campaign is more complicated. … he": the person whose thing is the subject
    is who the sentence is about (a person noun, "Olsen's spokesman", is someone else)."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    m = art.mention_at(owner.idx) if owner is not None else None
    if m is None or art.in_quote(m.start):
        return None
    name = _canonical(art, m.actor)
    if not (art.type_of(name) == "person" or art.is_person(name)) or not art.gender_of(name):
        return None  # a possessor the text never genders is too weak a reference for "he" or "she"
    return _Entry(owner.idx, name, "person")


def _same_sentence_person(art: _Article, at: int, gender: str, exclude) -> _Entry | None:
    """"Political scientist Dmitry Oreshkin in a conversation with a correspondent, he admitted":
    a person earlier in the pronoun's own sentence, outside quotes, prepositions and clauses; or, when
    the sentence's subject is of the other gender ("she drew Trump's ire - he called her weak"), the
    nearest person of the pronoun's gender there, wherever the parse put it."""
    start = art.sentence_start(at)
    held = None
    for m in _before(art, at, 8):
        if m.start < start:
            break
        if m.end > at or art.in_quote(m.start) or any(x <= m.start < y for x, y in exclude):
            continue
        if not (m.actor_type == "person" or art.is_person(m.actor)):
            continue
        g = art.gender_of(_canonical(art, m.actor)) or art.gender_of(m.actor)
        if gender and g and g != gender:
            continue
        tok = char_span(art.doc, m.start, m.end, alignment_mode="expand")
        votes = art.pronoun_votes.get(_canonical(art, m.actor), {})
        if tok is not None and len(tok) and tok.root.dep_ == "nsubj" and tok.root.head.lemma_.lower() in _SPEECH_CUES \
                and tok.root.head.i < char_span(art.doc, at, at + 1, alignment_mode="expand").start \
                and not (gender and votes and gender not in votes):
            return _Entry(m.start, _canonical(art, m.actor), "person")  # "with McCain telling reporters he viewed …"
        if tok is None or not len(tok) or not _free_standing(tok.root):
            if held is None and gender and g == gender:
                held = _Entry(m.start, _canonical(art, m.actor), "person")
            continue
        if held is not None and not g and votes and gender not in votes:
            return held  # "Khalif (once “he”) said Clinton's …, noting her …, in which she said": not Khalif
        return _Entry(m.start, m.actor, "person")
    if held is not None and _subject_of_other_gender(art, start, at, gender):
        return held
    return _owner_of_subject(art, at, gender)


def _owner_of_subject(art: _Article, at: int, gender: str) -> _Entry | None:
    """"One of Trump's earlier jeremiads came in February, when he told Fox News …": the person whose
    thing is the subject of the pronoun's sentence, when the text never gave them another gender."""
    tok = char_span(art.doc, at, at + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    root = tok[0].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.idx >= at or subject.lower_ in PERSON_PRONOUNS:
        return None
    part = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None) if subject.pos_ in ("NUM", "PRON") else None
    if _is_human_word(part if part is not None else subject):
        return None  # "Olsen's lawyer …, and he said": the lawyer, someone else (not "One of Olsen's remarks")
    owners = [t for t in subject.subtree if t.dep_ == "poss" and t.pos_ == "PROPN"]
    m = art.mention_at(owners[0].idx) if len(owners) == 1 else None
    if m is None or art.in_quote(m.start):
        return None
    name = _canonical(art, m.actor)
    if not (art.type_of(name) == "person" or art.is_person(name)) or gender and art.gender_of(name) not in ("", gender):
        return None
    return _Entry(m.start, name, "person")


_OPENING_MARK = re.compile(r"[“\"«„]")


def _narrated_subject_of_own_quote(art: _Article, at: int, gender: str, exclude) -> _Entry | None:
    """"But Carla Fiorina, who had moved on, tossed “cold water on the idea,” she wrote": the person whose
    own act carries the quote, in the pronoun's sentence and known to be of its gender, is who "she" is,
    even though the statement's words start with her."""
    start = art.sentence_start(at)
    for m in _before(art, at, 8):
        if m.start < start:
            break
        if art.in_quote(m.start) or not any(x <= m.start < y for x, y in exclude):
            continue
        name = _canonical(art, m.actor)
        if not (m.actor_type == "person" or art.is_person(name)) or art.gender_of(name) != gender:
            continue
        if len(art.text[start:m.start].split()) > 2:
            continue  # only the sentence's opening name: "But Carla Fiorina, …"
        opens = min((x for x, _ in exclude if x <= m.start), default=start)
        mark = _OPENING_MARK.search(art.text, m.end, at)
        span = char_span(art.doc, m.end, mark.start(), alignment_mode="contract") if mark is not None else None
        if opens < start - 1 or span is None or not any(
                t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") and t.lemma_.lower() not in SPEECH_CUES
                and t.lemma_.lower() not in _ASKING_VERBS for t in span):
            continue
        return _Entry(m.start, name, "person")
    return None


def _subject_of_other_gender(art: _Article, start: int, at: int, gender: str) -> bool:
    """Whether a subject between `start` and `at` (outside quotes) is a he/she or a named person of the
    other gender than `gender`."""
    span = char_span(art.doc, start, at, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.dep_ not in ("nsubj", "nsubjpass") or art.in_quote(tok.idx):
            continue
        if PERSON_PRONOUNS.get(tok.lower_, "") not in ("", gender):
            return True
        m = art.mention_at(tok.idx)
        if m is not None and art.gender_of(_canonical(art, m.actor)) not in ("", gender):
            return True
    return False


def _free_standing(tok) -> bool:
    """A noun phrase that is not inside a prepositional phrase, an object or a subordinate clause."""
    cur, steps = tok, 0
    while cur.dep_ in ("compound", "flat", "appos", "amod") and cur.head.i != cur.i and steps < 4:
        cur, steps = cur.head, steps + 1
    if cur.dep_ in ("pobj", "dobj", "poss", "iobj", "attr", "dative", "oprd", "conj"):
        return False
    for anc in list(cur.ancestors)[:6]:
        if anc.dep_ in ("relcl", "acl", "advcl", "prep", "pcomp", "xcomp"):
            return False
        if anc.dep_ == "ccomp" and (anc.head.i < anc.i or anc.head.lemma_.lower() in _SPEECH_CUES | _COGNITION_CUES):
            return False  # what someone said or thought, not a clause the parse hung on a later verb
    return True


def _before(art: _Article, at: int, n: int):
    """The last n mentions starting before offset `at`, nearest first."""
    i = bisect_right(art.starts, at - 1)
    return [art.mentions[j] for j in range(i - 1, max(i - 1 - n, -1), -1)]


def _relative(art: _Article, head, st=None) -> _Entry | None:
    """"Senator Jane Doe, who said …": the noun the relative clause hangs on. "Megyn Kelly, a star
    anchor at Fox News who questioned …": "who" climbs from the description to the person it is in
    apposition to, past the body named inside it; "which" takes a body."""
    if head.head.dep_ != "relcl":
        return None
    wants_person = head.lower_ in ("who", "whom", "whose")
    cur = head.head.head
    if head.lower_ == "who" and cur.conjuncts and _singular_verb(head.head):  # "X and Y, who has": Y alone
        cur = max((cur, *cur.conjuncts), key=lambda t: t.i if t.i < head.i else -1)
    elif head.lower_ == "who" and cur.conjuncts and all(t.i < head.i for t in cur.conjuncts):  # "X and Y, who say": both
        names = []
        for t in sorted((cur, *cur.conjuncts), key=lambda t: t.i):
            m = art.mention_at(t.idx)
            name = _canonical(art, m.actor) if m is not None else ""
            if not name or name in names or not (art.type_of(name) == "person" or art.is_person(name)):
                break
            names.append(name)
        else:
            group = _group_of(art, names, head.idx) if len(names) >= 2 else None
            if group is not None:
                return _Entry(head.idx, group, "group", True)
    for _ in range(6):
        m = art.mention_at(cur.idx) or _name_given(art, cur)
        if m is not None and art.type_of(m.actor) not in _NON_SPEAKER_TYPES:
            name = _canonical(art, m.actor)
            is_person = art.type_of(name) == "person" or art.is_person(name)
            if is_person == wants_person or not wants_person:
                return _Entry(head.idx, name, art.type_of(name) or "person")
        elif cur.pos_ == "PROPN" and cur.text[:1].isupper() and not _title_only(cur.text):
            return _Entry(head.idx, _known_person(art, _proper_name(cur)) or _proper_name(cur), "person")
        if cur.dep_ in ("pobj", "appos", "conj", "compound", "flat", "prep") and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    noun = head.head.head
    if head.lower_ == "which" and noun.pos_ == "NOUN" and noun.i < head.i:
        body = _body_just_before(art, head)
        if body is not None:
            return body
    if st is not None and noun.pos_ == "NOUN" and noun.i < head.i and head.lower_ in ("which", "that") \
            and (noun.lower_ in REPORT_HEADS or noun.lemma_.lower() in REPORT_HEADS):
        author, _, role = _document(art, st, noun.doc[noun.left_edge.i:noun.i + 1], noun)
        if author is not None:  # "the Associated Press report, which notes …": whoever wrote it
            return _Entry(head.idx, author, art.type_of(author) or "organisation", False, role)
    if noun.pos_ == "NOUN" and noun.i < head.i:
        # "a UN panel, which said …", "a lawyer who said …": the source described and named nowhere
        return _Entry(head.idx, None, "anonymous", noun.tag_ == "NNS", _description(_np_text(noun)))
    return None


def _singular_verb(verb) -> bool:
    """"who has", "who is", "who was", "who says": a verb (or its auxiliary) in the third person singular."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in words)


def _body_just_before(art: _Article, which) -> _Entry | None:
    """"a ruling from the Ohio Board of Elections, which said …": the parse hangs the clause on the
    unnamed noun further back, but the body named right before ", which" is what speaks."""
    before = art.text[:which.idx].rstrip()
    if not before.endswith(","):
        return None
    m = art.mention_at(len(before) - 2)
    if m is None or m.end != len(before) - 1:
        return None
    name = _canonical(art, m.actor)
    typ = art.type_of(name)
    return _Entry(which.idx, name, typ) if typ in _BODY_TYPES else None


def _name_given(art: _Article, noun):
    """The mention of the name "a super PAC called Future45" gives its noun."""
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.lower_ in _NAMED_AS:
            for t in verb.children:
                if t.dep_ in ("oprd", "dobj", "attr") and art.mention_at(t.idx) is not None:
                    return art.mention_at(t.idx)
    return None


def _unrecognised_subject(head, window: int = 60) -> str | None:
    """A proper-noun subject shortly before the pronoun that the entity recogniser missed."""
    doc = head.doc
    for t in reversed(doc[max(0, head.i - window):head.i]):
        if t.pos_ == "PROPN" and (t.dep_ in ("nsubj", "nsubjpass") or
                                  (t.dep_ in ("compound", "flat") and t.head.dep_ in ("nsubj", "nsubjpass"))):
            return _proper_name(t)
    return None


def _missed_subject(art: _Article, head, window: int) -> str | None:
    """A proper-noun subject shortly before that the entity recogniser missed altogether."""
    doc = head.doc
    for t in reversed(doc[max(0, head.i - window):head.i]):
        if t.pos_ == "PROPN" and (t.dep_ in ("nsubj", "nsubjpass") or
                                  (t.dep_ in ("compound", "flat") and t.head.dep_ in ("nsubj", "nsubjpass"))):
            if art.mention_at(t.idx) is not None or art.in_quote(t.idx):
                return None
            name = _proper_name(t)
            if name.endswith(".") and len(name) <= 4 or "(" in art.text[max(0, t.idx - 6):t.idx]:
                return None  # "(I-Vt.)": a state in brackets, not a name
            return name
    return None


_ROLE_OF_SOMEONE = re.compile(r"\b(?:for|of|to|at|with|from|in|on|under|by)\b", re.I)
"""Where a role turns to whom it is held for: "a spokesman for Mrs. Lane" says nothing of the spokesman's gender."""


def _genders(text: str, mentions, by_name, names: bool = True) -> dict[str, str]:
    """Actor → 'm'/'f': titles before its mentions (Mr., Mrs.), gendered role words, else its first name."""
    out: dict[str, str] = {}
    table = first_name_genders() if names else {}
    surnames: dict[str, int] = {}
    for name in {m.actor for m in mentions} | set(by_name):
        if name and len(name.split()) >= 2:
            surnames[name.split()[-1].lower()] = surnames.get(name.split()[-1].lower(), 0) + 1
    for m in mentions:
        if m.actor in out:
            continue
        own = m.text.lower().split()
        if len(own) == 1 and m.actor and len(m.actor.split()) >= 2 and surnames.get(own[0], 0) > 1:
            continue  # "Mrs. Khan" where the text names Khizr and Ghazala Khan: the title tells them apart, not him
        before = text[max(0, m.start - 12):m.start].lower().split()
        word = (own[0] if len(own) > 1 else "") or (before[-1] if before else "")
        word = word.rstrip(".")
        if word in FEMALE_WORDS or word + "." in FEMALE_WORDS:
            out[m.actor] = "f"
            continue
        if word in MALE_WORDS or word + "." in MALE_WORDS:
            out[m.actor] = "m"
    for name, actor in by_name.items():
        if name in out or not (actor.type == "person" or _looks_like_person_name(name)):
            continue
        role_words = {w.lower() for r in actor.roles for w in _ROLE_OF_SOMEONE.split(r, 1)[0].split()}
        first = _fold(name.split()[0]) if name.split() else ""
        by_first = table.get(first, "") if table and (len(name.split()) >= 2 or actor.type == "person") else ""
        male = role_words & MALE_WORDS
        if role_words & FEMALE_WORDS:
            out[name] = "f"
        elif male and not (by_first == "f" and all(w.endswith("man") for w in male)):
            out[name] = "m"  # "spokesman Hope Hicks": a "-man" title many writers use for everyone
        elif by_first:
            out[name] = by_first
    return out


# -------------------------------------------------------------------------------- noun phrases




def _noun_phrase(art: _Article, st, tokens, head):
    """(speaker, kind, role) of a name or description."""
    at = st.speaker_start
    dateline, base = datelines.CAPS_PLACE_AGENCY.match(tokens.text), at
    if not dateline and tokens.text.isupper() and (tokens.start_char == 0 or art.text[tokens.start_char - 1] == "\n"):
        place = art.mention_at(tokens.start_char)
        if place is not None and (place.label == "GPE" or art.type_of(place.actor) in ("place", "country")):
            dateline, base = datelines.CAPS_PLACE_AGENCY.match(art.text, tokens.start_char), 0
            if dateline is None:
                return None, "", ""  # "NAIROBI -": where the story was filed, not who speaks
    if dateline:  # "LONDON (Reuters) -", "NAIROBI, March 4 (Reuters) -": the agency reports
        subject = _subject_after_dateline(art, st, (base or tokens.start_char) + dateline.end())
        if subject is not None:  # "BERLIN (AP) — Germany's economy ministry said": the ministry
            speaker, kind, role = _noun_phrase(art, st, subject, _head_of(subject))
            return speaker, kind, role or (_description(subject.text) if kind != "name" else "")
        inner = dateline.group(1).strip()
        agency = news_agencies().get(inner)
        if agency:
            return art.add_actor(agency, "organisation", inner, at, None), "name", ""
        m = next((m for m in art.mentions_in(base + dateline.start(1), base + dateline.end(1))
                  if art.type_of(m.actor) in _ORG_TYPES), None)
        return (m.actor if m else None), ("name" if m else ""), ""
    if head.ent_type_ == "NORP" and len(tokens) == 2 and tokens[0].lower_ == "the" and head.tag_ in ("NNP", "NN") \
            and not head.text.endswith("s") and not _capital_the_mid_sentence(tokens[0]):
        recent = _last_person_speaker(art, at)  # "“…,” the Texan said": whoever was just quoted
        person = recent.actor if recent is not None and at - recent.at < 600 else _person_named_before(art, at)
        return (person, "description", "") if person else (None, "anonymous", _description(tokens.text))
    head_m = art.mention_at(head.idx)
    if head_m is not None and not (head_m.start < tokens.end_char and head_m.end > tokens.start_char):
        head_m = None
    if head_m is None and head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        kind = _named_body(art, head.lemma_.lower(), head.lower_, at)
        if kind is not None and kind.lower().endswith(head.lower_) and kind.lower() != tokens.text.lower().removeprefix("the "):
            return kind, "description", _description(tokens.text)  # "a Super PAC … The Super PAC": Our Principles PAC
    surname = _surname_speaking(art, tokens, head, head_m)
    if surname is not None:
        return surname, "name", ""
    if head_m is not None and head_m.text.islower():
        head_m = None  # "ministry": a word, not a name
    if head_m is not None and head_m.text == head.text and head.i == head.sent.start \
            and (head.lower_ in ANONYMOUS_HEADS or head.lower_ in PERSON_HEADS):
        head_m = None  # "Aides said": a word capitalised by the sentence, not a name
    if head.lower_ in DEPICTION_HEADS and head.i == head.sent.start and (head_m is None or head_m.text == head.text):
        return None, "anonymous", ""  # "Video of the incident shows …": capitalised by the sentence, no name
    if head.lower_ in REPORT_HEADS and head.i == head.sent.start and (head_m is None or head_m.text == head.text):
        return _document(art, st, tokens, head)  # "Research suggests …": capitalised by the sentence, no name
    if head_m is not None and art.type_of(_canonical(art, head_m.actor)) not in _NON_SPEAKER_TYPES \
            and not _title_only(head_m.text):
        if head.tag_ in ("NNS", "NNPS") and head_m.label == "NORP" and (
                _is_vague(head, plural_bare=False) or _kind_of_members(head)):
            return None, "anonymous", ""  # "several Democrats", "establishment Republicans": not the party
        members = _members_described_before(art, head, at)
        if members:
            return None, "anonymous", members  # "Several Democrats said … Yet the Democrats acknowledged …"
        if head_m.label == "NORP" and head.tag_ in ("NNS", "NNPS") and art.type_of(_canonical(art, head_m.actor)) == "country":
            return None, "anonymous", ""  # "Americans say": people of the country, not the state
        if head.lower_ in PARTY_MEMBERS and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                                                for c in head.children):
            return None, "anonymous", ""  # "according to a Democrat familiar with …": one member, unnamed
        if head.lower_ in PARTY_MEMBERS and _has_definite_reference(tokens) and not any(
                c.dep_ == "appos" and (c.lemma_.lower() in ORG_HEADS | OUTLET_HEADS or c.lower_ in OUTLET_HEADS)
                for c in head.children):  # "the Democrat said", not "the Independent, a British newspaper"
            for e in _candidates(art, st.speaker_start, st.speaker_start - art.max_distance):
                if e.actor is not None and _compatible(art, e, "person", ""):
                    return e.actor, "description", ""
            return None, "anonymous", ""
        alone = head_m.start == tokens.start_char or not art.text[:head_m.start].rstrip()[-1:].isalpha()
        if alone and _titled(art.text[:head_m.start]):
            alone = False  # "Ms. Khan said": the title tells which namesake, not who spoke last
        name = _canonical(art, head_m.actor)
        return (_namesake_speaking(art, name, head_m.text, at) if alone else name), "name", ""
    titled = _person_of_joined_titles(art, head)
    if titled is not None:
        return titled, "name", _description(tokens.text)
    named = _appositive(art, head) or _name_before_cue(art, st, tokens, head) or _identified_as(art, st, head)
    if named is not None and head.pos_ == "NOUN" and not _is_vague(head) and head.tag_ == "NN":
        art.described.setdefault(head.lemma_.lower(), set()).add(named)
    if named is not None:
        if named not in art.by_name:
            body = named.isupper() or _fold(named.split()[-1]) in ORG_NAME_WORDS or (
                head.lemma_.lower() in ORG_HEADS and not _looks_like_person_name(named))
            named = art.add_actor(named, "person" if _looks_like_person_name(named) else "organisation" if body
                                  else "", named, tokens.start_char, None)
        if head.pos_ == "NOUN":
            art.descriptors.setdefault(named, set()).add(head.lemma_.lower())
        _mark_person(art, named, head)
        return named, "name", _description(_np_text(head, appositive=False))
    hyphened = _hyphenated_name(head)
    if hyphened is not None:  # "Wealth-X says": one name the tokenizer cut at its hyphen
        known = _actor_named(art, hyphened)
        return (known or art.add_actor(hyphened, "organisation", hyphened, at, None)), "name", ""
    lemma, low = head.lemma_.lower(), head.lower_
    acronym = head.text.isupper() and head.is_alpha and len(head.text) >= 2 and head.lower_ not in PERSON_PRONOUNS
    if (head.pos_ == "PROPN" or acronym) and not _title_only(head.text) and not head.text.islower() \
            and not (len(tokens) == 1 and head.lower_ in REPORT_HEADS):  # "… after Report Reveals …": a headline's capital
        return _proper(art, st, tokens, head)  # "Brazil's competition regulator CADE": tagged a noun
    owner = _full_name_ending(art, head) if len(tokens) == 1 else None
    if owner is not None:
        return owner, "name", ""
    if low in MEDIA_HEADS or lemma in MEDIA_HEADS:
        agency = _agency_of(art, head, tokens)
        if agency:
            return agency, "description", ""
        if not (head.tag_ == "NN" and _has_definite_reference(tokens)):
            return None, "anonymous", ""  # "the star journalist": a person the text is about, read below
    if low in DEPICTION_HEADS or lemma in DEPICTION_HEADS:
        return None, "anonymous", ""  # "the footage of Scott shows …": what it shows, by nobody named
    if low in REPORT_HEADS or lemma in REPORT_HEADS:
        return _document(art, st, tokens, head)
    inside = [m for m in art.mentions_in(tokens.start_char, tokens.end_char)
              if m.actor_type not in _NON_SPEAKER_TYPES]
    if low in UTTERANCE_HEADS or lemma in UTTERANCE_HEADS:
        owner = _utterance_owner(art, head)
        if owner is not None:
            return owner
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            author, _ = _earlier_document(art, head, lemma)
            if author is not None and not _is_place(art, author):  # "The council issued a statement … The
                return author, "description", _description(tokens.text)  # statement noted …": the council
    if low in SPOKES_HEADS or lemma in SPOKES_HEADS:
        return _spokesperson(art, st, tokens, head, inside)
    if head.tag_ in ("NNS", "NNPS") and _is_group(head):
        group = _group(art, st, tokens, head)
        if group:
            return group, "description", _description(tokens.text)
    named_together = _people_named_just_before(art, tokens, head)
    if named_together:  # "X and Y backed the bill. The progressive heavyweights wrote …": the two of them
        return _group_of(art, named_together, at), "description", _description(tokens.text)
    if (lemma in TIED_HEADS or low in TIED_HEADS) and head.tag_ == "NN" and not _is_vague(head):
        tied = _tied_body(art, st, tokens, head)
        if tied:
            return tied, "description", ""
    if (lemma in ORG_HEADS or low in ORG_HEADS) and head.pos_ in ("NOUN", "PROPN"):
        if _is_vague(head):  # "an independent firm", "fire authorities", "two companies"
            return None, "anonymous", ""
        if head.tag_ in ("NNS", "NNPS"):  # "the groups", "the unions": several bodies, no one of them
            found = _named_body(art, lemma, low, at)
            return (found, "description", "") if found else (None, "anonymous", "")
        return _organisation(art, st, tokens, head)
    if (lemma in SHARE_HEADS or low in SHARE_HEADS) and (
            any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            or any(c.dep_ == "nummod" or c.like_num for c in head.children)):
        return None, "anonymous", ""  # "75 percent of Democrats", "60 percent said": nobody in particular
    vague = head.pos_ == "NOUN" and _is_vague(head)
    if vague and (lemma in SPEAKS_FOR_HEADS or low in SPEAKS_FOR_HEADS):
        # "economists at the Institute for Fiscal Studies", "executives for Brimco, which …, say"
        bodies = [m for m in inside if m.actor_type in _ORG_TYPES and m.label != "NORP"] or _bodies_after(art, head)
        # "many Democratic officials": officials of no body in particular, not the party
        if bodies:
            return bodies[-1].actor, "description", ""
    if vague and inside:  # not "one P&G employee"
        return None, "anonymous", ""
    if vague or (lemma in ANONYMOUS_HEADS and not _has_definite_reference(tokens)):
        return None, "anonymous", ""
    if lemma in VOICE_HEADS or low in VOICE_HEADS:
        return None, "description", ""  # "the ad's narrator says": the voice of the ad, not who spoke last
    if head.pos_ in ("NOUN", "PROPN") or _AGE.search(tokens.text):
        speaker = _person_description(art, st, tokens, head)
        if speaker:
            return speaker, "description", ""
        owned = any(c.dep_ == "poss" for c in head.children)
        if lemma in ANONYMOUS_HEADS or ((head.tag_ in ("NNS", "NNPS") or owned) and _is_human_word(head)):
            return None, "anonymous", ""  # "her advisers", "his nephew": people of someone, unnamed
        return None, "description", ""
    if head.like_num or head.pos_ == "NUM":
        return None, "anonymous", ""  # "nearly three in four say", "two of them said": a count of people
    return None, "", ""


_OF_A_BODY = frozenset("at for of from with in".split())


def _capital_the_mid_sentence(tok) -> bool:
    """"according to The Federalist": a capital "The" inside a sentence starts a title (a paper, a site),
    not "the Texan" who was just quoted."""
    return tok.text == "The" and tok.i != tok.sent.start and tok.nbor(-1).text not in ('"', "“", "‘", "'", ":", "(")


def _bodies_after(art: _Article, head) -> list:
    """Bodies named in a "for/at/of X" phrase of the head that the speaker phrase left out."""
    out = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _OF_A_BODY:
            for obj in prep.children:
                m = art.mention_at(obj.idx) if obj.dep_ == "pobj" else None
                if m is not None and m.actor_type in _ORG_TYPES:
                    out.append(m)
    return out


def _surname_speaking(art: _Article, tokens, head, head_m) -> str | None:
    """"Mark Cuban … Cuban said", "Al From … From said": a lone capitalised word that is the surname of
    exactly one person of the article is that person, also when the word is a demonym, a place or a
    function word the recogniser read as something else."""
    if len(tokens) != 1 or not head.text[:1].isupper() or head.text.isupper() or not head.is_alpha:
        return None
    if head_m is not None and head_m.label not in ("NORP", "GPE", "LOC") \
            and art.type_of(head_m.actor) not in ("country", "place", "group"):
        return None
    if head_m is None and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return None  # capitalised by the sentence ("Aides said") or a name the rules below resolve
    return _known_person(art, head.text)




def _subject_past_dateline(art: _Article, st):
    """"WASHINGTON, May 2 (UPI) — A spokesman for X called …", "Lisbon (AFP) – Ana Sousa has …": a speaker
    phrase that is or starts with the dateline, which the parse hung on the cue, stands for what follows
    the dateline (the cue's subject)."""
    a, b = st.speaker_start, st.speaker_end
    nl = art.text.rfind("\n", max(0, a - 8), a)
    line_start = nl + 1 if nl >= 0 else 0 if a <= 8 else None
    if line_start is None or art.text[line_start:a].strip():
        return None  # a dateline opens its paragraph
    m = datelines.CAPS_PLACE_AGENCY.match(art.text, a, b)
    if m is None:
        m = datelines.PLACE_AGENCY_DASH.match(art.text, a)
        if m is None or m.group(1) not in news_agencies() or m.start(1) >= b:
            return None
    if b > m.end() + 1 and art.text[m.end():b].strip():
        return char_span(art.doc, m.end() + len(art.text[m.end():b]) - len(art.text[m.end():b].lstrip()), b,
                                 alignment_mode="expand")
    return _subject_after_dateline(art, st, m.end())


def _subject_after_dateline(art: _Article, st, after: int):
    """The subject of the statement's cue written after the dateline, when the parse hung the dateline
    on it: "NAIROBI (Reuters) - Kenyan police said …" is the police speaking, not the agency."""
    if st.cue_start is None or st.cue_start <= after:
        return None
    cue = char_span(art.doc, st.cue_start, st.cue_end or st.cue_start + 1, alignment_mode="expand")
    if cue is None or not len(cue):
        return None
    for c in cue.root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= after:
            lo = min(t.i for t in c.subtree if t.idx >= after)
            span = art.doc[lo:c.right_edge.i + 1]
            if len(span) and span.end_char <= st.cue_start:
                return span
    return None


def _title_only(text: str) -> bool:
    """"Counsel", "Minister", "the Director": a title or job, never a name by itself."""
    words = [w.lower().strip(".,") for w in text.split()]
    words = [w for w in words if w not in ("the", "a", "an")]
    return bool(words) and all(w in _role_nouns() or w in _honorifics() for w in words)


def _np_text(head, appositive: bool = True) -> str:
    """The noun phrase of a head: its left modifiers and "of/for/at" phrases, not clauses."""
    left = min([head] + [c.left_edge for c in head.lefts if c.dep_ not in ("punct", "cc", "relcl", "acl")],
               key=lambda t: t.i)
    right = head
    for c in head.rights:
        if c.dep_ in ("compound", "flat", "case", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "from")) \
                or (appositive and c.dep_ == "appos"):
            right = c.right_edge if c.right_edge.i > right.i else right
        elif c.dep_ in ("relcl", "acl", "prep", "advcl", "punct", "appos"):
            break
    while right.i > left.i and (right.is_punct or right.lower_ in ("'s", "’s")):
        right = right.doc[right.i - 1]
    return head.doc[left.i:right.i + 1].text


def _person_of_joined_titles(art: _Article, head) -> str | None:
    """"GOP presidential contender and former neurosurgeon Ben Carson responded": two titles without an
    article joined by "and", the second one on a name, are that one person's (not "the mayor and X")."""
    if head.pos_ != "NOUN" or not head.text.islower() or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return None
    conj = list(head.conjuncts)
    if len(conj) != 1 or conj[0].pos_ != "PROPN" or not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower() for c in conj[0].lefts):
        return None
    m = art.mention_at(conj[0].idx)
    if m is None:
        return None
    name = _canonical(art, m.actor)
    return name if art.type_of(name) == "person" or art.is_person(name) else None


def _appositive(art: _Article, head) -> str | None:
    """The name in apposition to a description ("A director at KPMG, Owen Hart"), or the name a
    relative clause gives ("a neighbour who gave her name only as Marta")."""
    if art.mention_at(head.idx) is not None and head.pos_ == "PROPN" and not _title_only(head.text):
        return None
    sent_end = head.sent.end
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i else None
    candidates = [c for c in head.children if c.dep_ == "appos" and c.i > head.i
                  and (verb is None or c.i < verb.i)]
    for c in head.subtree:  # the parser often hangs the name on the last noun of the description
        if c.dep_ == "appos" and c.i > head.i and c.i < sent_end and c not in candidates \
                and (verb is None or c.i < verb.i) \
                and c.head.i != head.i and c.head.i > head.i and not _inside_clause(c, head):
            candidates.append(c)
    for c in candidates:
        if _party_tag(c) or any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            continue  # "the employee, a registered Republican who …": what she is, not her name
        if any(t.text == ":" for t in head.doc[head.i + 1:c.left_edge.i]):
            continue  # "Civic Watch: Ministry Hid Key Report": what the body says, not its name
        m = art.mention_at(c.idx)
        if m is not None and m.actor_type not in _NON_SPEAKER_TYPES:
            if m.actor_type == "person" or c.head.i == head.i or art.is_person(m.actor):
                return m.actor
            continue
        if c.pos_ == "PROPN" and c.text[:1].isupper() and not _title_only(c.text):
            return _known_person(art, _proper_name(c)) or _proper_name(c)
    for c in head.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        for t in c.subtree:
            if t.pos_ == "PROPN" and (t.head.lower_ in _NAMED_AS or t.head.lemma_.lower() in _NAMED_AS) \
                    and t.text[:1].isupper():
                m = art.mention_at(t.idx)
                if m is not None and m.actor_type not in _NON_SPEAKER_TYPES:
                    return m.actor
                return _known_person(art, _proper_name(t)) or _proper_name(t)
    return None


_PARTY_TAG = re.compile(r"[A-Z]{1,3}\s?[-–]\s?[A-Z][\w.]*(?: [A-Z][\w.]*)?")


def _party_tag(tok) -> bool:
    """"Ana Ruiz (D-Ore.)", "Tom Berg (R-OH)": a party and state in brackets, never a name in apposition."""
    doc = tok.doc
    lo = next((t.i + 1 for t in reversed(doc[max(tok.i - 3, 0):tok.i]) if t.text == "("), None)
    hi = next((t.i for t in doc[tok.i + 1:tok.i + 4] if t.text == ")"), None)
    return lo is not None and hi is not None and _PARTY_TAG.fullmatch(doc[lo:hi].text) is not None


def _identified_as(art: _Article, st, head) -> str | None:
    """"A woman later identified as Jane Roe, an activist, demanded …", "a man who gave his name as
    Piet Amsel said": the name the description is identified by, however the parser attached it (it
    often makes the name the cue's subject). The words are `identifying` in `speaker_words.tsv`."""
    if head.pos_ != "NOUN" or not _is_human_word(head):
        return None
    doc, end = art.doc, head.sent.end
    if st.cue_start is not None and head.idx < st.cue_start:
        end = min(end, char_span(art.doc, st.cue_start, st.cue_start + 1, alignment_mode="expand").start)
    toks = doc[head.i + 1:min(end, head.i + 12)]
    for t in toks:
        if t.is_quote or t.text in ".;" or "\n" in t.text_with_ws:
            return None
        if t.lemma_.lower() not in _IDENTIFYING and t.lower_ not in _IDENTIFYING:
            continue
        as_ = next((a for a in doc[t.i + 1:min(t.i + 5, end)] if a.lower_ == "as"), None)
        if as_ is None:
            return None
        name = []
        for w in doc[as_.i + 1:end]:
            if not (w.text[:1].isupper() and (w.is_alpha or "-" in w.text or "." in w.text or "'" in w.text)):
                break
            name.append(w)
        if not name or _title_only(name[0].text):
            return None
        m = art.mention_at(name[0].idx)
        if m is not None and art.type_of(_canonical(art, m.actor)) == "person":
            return _canonical(art, m.actor)
        text = " ".join(w.text for w in name)
        known = _known_person(art, text)
        if known:
            return known
        if text in art.by_name:
            _set_type(art, text, "person")
        else:
            art.add_actor(text, "person", text, name[0].idx, None)
        return text
    return None


def _name_before_cue(art: _Article, st, tokens, head) -> str | None:
    """"The bank's vice-president for the Pacific, Yuki Arakawa, said": a name set off by commas
    after the description and before its cue, however the parser attached it."""
    if head.pos_ == "PROPN" or head.lower_ in REPORT_HEADS:
        return None
    lo = head.idx + len(head.text)
    hi = tokens.end_char
    if st.cue_start is not None and tokens.end_char <= st.cue_start <= tokens.end_char + 160:
        hi = st.cue_start
    gap = art.text[lo:hi]
    if "\n" in gap or any(ch in gap for ch in "\"“”"):
        return None
    between = char_span(art.doc, lo, hi, alignment_mode="contract")
    if between is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in between):
        return None  # "the company wrote a letter to Columbia's president, Lee C. Bollinger, calling …"
    for m in art.mentions_in(lo, hi):
        if m.start < lo or m.end > hi:
            continue
        before = art.text[max(lo, m.start - 3):m.start].strip()
        after = art.text[m.end:hi].strip()
        typ = art.type_of(m.actor)
        if before.endswith(",") and (after == "" or after.startswith(",")) and typ not in _NON_SPEAKER_TYPES \
                and typ != "country" and "." not in art.text[lo:m.start]:
            return _canonical(art, m.actor)
    return None


def _inside_clause(tok, head) -> bool:
    cur = tok.head
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        cur = cur.head
    return False


def _mark_person(art: _Article, name: str, head) -> None:
    """A name in apposition to a description takes the description as a role, and its kind: "campaign
    manager, Fábio Moura" is a person, "Ostermann's publisher, Hanseatic Verlag" an organisation, even
    when the entity recogniser said otherwise."""
    actor = art.by_name.get(name)
    if actor is None:
        return
    lemma, low = head.lemma_.lower(), head.lower_
    human = lemma in _role_nouns() or low in _role_nouns() or low in PERSON_HEADS or low in SPOKES_HEADS
    body = (lemma in ORG_HEADS or low in ORG_HEADS) and not human
    new = actor.type
    if actor.type == "organisation" and human and _fold(name.split()[-1]) not in ORG_NAME_WORDS \
            and (_looks_like_person_name(name) or len(name.split()) >= 2 or low in FEMALE_WORDS | MALE_WORDS):
        new = "person"
    elif actor.type == "person" and body and not _looks_like_person_name(name):
        new = "organisation"
    if new != actor.type:
        actor.type = new
        for m in art.mentions:
            if m.actor == name:
                m.actor_type = new
    if new == "person" and name not in art.gender:
        g = "f" if low in FEMALE_WORDS else "m" if low in MALE_WORDS else \
            first_name_genders().get(_fold(name.split()[0])) if len(name.split()) >= 2 else ""
        if g:
            art.gender[name] = g
    role = _description(_np_text(head, appositive=False))
    if role and role.lower() != name.lower() and role not in actor.roles and len(role) < 120:
        actor.roles.append(role)


def _proper_name(head, within=None) -> str:
    """The run of proper nouns around a head token ("Jane Doe"), without "SC"/"Jr." suffixes; inside
    the mention `within` when given ("Ana Sousa" of a headline "Ana Sousa Endorses Rui Lobo")."""
    doc = head.doc
    lo = hi = head.i
    first, last = (within.start, within.end - 1) if within is not None else (0, len(doc) - 1)
    while lo > first and doc[lo - 1].pos_ == "PROPN" and not doc[lo - 1].is_punct:
        lo -= 1
    while hi < last and doc[hi + 1].pos_ == "PROPN" and not doc[hi + 1].is_punct:
        hi += 1
    while hi > lo and doc[hi].lower_ in _LEGAL_SUFFIXES:
        hi -= 1
    while hi - lo >= 2 and doc[lo].lower_ in PARTY_MEMBERS and doc[lo].ent_type_ not in ("PERSON", "ORG"):
        lo += 1  # "ranking Democrat Ana Ruiz": the party is what she is, not part of her name
    while hi - lo >= 2 and _actors._title_length([doc[lo].text, doc[lo + 1].text]) == 1 \
            and doc[lo + 1].lower_ in first_name_genders():
        lo += 1  # "Pastor Eli Marsh": the title is what he is, not part of his name
    return doc[lo:hi + 1].text.lstrip("-–—‐ ")  # "-Ana Ruiz, Tucson." signing a quote: the tokeniser keeps the dash


def _canonical(art: _Article, name: str) -> str:
    """A one-word name that is the surname of exactly one person of the article is that person
    ("Hale, 49, said" after "Marcus Hale"), whatever type the entity recogniser gave the word."""
    if " " in name or art.type_of(name) == "country" or name.isupper():
        return name
    return _known_person(art, name) or name


def _known_person(art: _Article, name: str) -> str | None:
    """"Ms Grieve", "Councillor Qureshi", "Grieve": the person of the article with that surname (of
    the gender a "Mr"/"Mrs" gives, when there is one)."""
    low = [w.lower().rstrip(".") for w in name.split()]
    gender = "f" if any(w in FEMALE_WORDS for w in low) else "m" if any(w in MALE_WORDS for w in low) else ""
    words = [w for w, lw in zip(name.split(), low) if lw not in _honorifics()
             and lw not in _role_nouns() and lw not in _LEGAL_SUFFIXES]
    if not words:
        return None
    if len(words) == 1:
        surname = _fold(words[0])
        hits = {a.name for a in art.actors if (a.type == "person" or _looks_like_person_name(a.name))
                and len(a.name.split()) >= 2 and _fold(a.name.split()[-1]) == surname
                and not (gender and art.gender_of(a.name) and art.gender_of(a.name) != gender)}
        return hits.pop() if len(hits) == 1 else None
    full = " ".join(words)
    if full in art.by_name:
        return full
    tail = _fold(full)  # "Vargas Llosa" after "Mario Vargas Llosa": a two-word surname
    hits = {a.name for a in art.actors if (a.type == "person" or _looks_like_person_name(a.name))
            and len(a.name.split()) > len(words) and _fold(" ".join(a.name.split()[-len(words):])) == tail}
    return hits.pop() if len(hits) == 1 else None


def _swapped_surname(art: _Article, name: str) -> str | None:
    """"Gary Byrne … Bryne went on to say": a one-word name nobody else has that is exactly one person's
    surname with two neighbouring letters swapped (a typing slip) is that person."""
    if " " in name or len(name) < 5 or not name.istitle() or name.lower() in first_name_genders():
        return None
    low = name.lower()
    hits = {a.name for a in art.actors if (a.type == "person" or _looks_like_person_name(a.name))
            and len(a.name.split()) >= 2 and _swapped(a.name.split()[-1].lower(), low)}
    return hits.pop() if len(hits) == 1 else None


def _swapped(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _proper(art: _Article, st, tokens, head):
    """A proper noun the entity recogniser missed."""
    name = _proper_name(head, tokens if tokens.start <= head.i < tokens.end else None)
    if head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") \
            or _actors.is_junk(name) or (name.endswith(".") and len(name) <= 4):
        return None, "", ""  # "Saturday", "1:50 p.m.": the parse took a date for the speaker
    if " " in name and _actors._in_title_case_line(art.doc, head.idx, 3) and not _labels_headline_claim(tokens):
        headline = _headline_subject(art, name)
        if headline is not None:
            return headline
    words = [w for w in _description(tokens.text).split()]
    if len(words) >= 2 and head.lower_ in ORG_HEADS | INSTITUTION_HEADS and all(
            w[:1].isupper() or w.lower() in ("of", "for", "and", "the", "on") for w in words):
        body = _description(tokens.text)  # "The Central Drugs Standard Control Organisation"
        known = _actor_named(art, body)
        return (known or art.add_actor(body, "organisation", body, st.speaker_start, None)), "name", ""
    known = _known_person(art, name) or _namesake_of_lone_surname(art, name, st.speaker_start) \
        or _body_ending_in(art, name) or _swapped_surname(art, name)
    if known:
        return known, "name", ""
    actor = art.by_name.get(name)
    if actor is not None and actor.type == "place" and " " not in name and _fold(name) in first_name_genders():
        _set_type(art, name, "person")  # "… gave her name only as Marta": a speaker, not a town
        art.places.discard(name)
        art.gender.setdefault(name, first_name_genders()[_fold(name)])
    if name.lower() in ANONYMOUS_HEADS:
        return None, "anonymous", ""
    described = {t.lemma_.lower() for t in tokens if t.i < head.i and t.pos_ == "NOUN"}
    if described:  # "Brazil's competition regulator CADE": later "the regulator"
        art.descriptors.setdefault(name, set()).update(described)
    words = name.split()
    org = _fold(words[-1]) in ORG_NAME_WORDS or st.text.lower().startswith(("it ", "its ")) or name.isupper() \
        or _editorial_voice(art, st)
    if name not in art.by_name and (len(words) >= 2 or _fold(name) in first_name_genders() or org):
        # a speaker the recogniser missed is an actor of the article all the same
        person = _looks_like_person_name(name) or (len(words) == 1 and _fold(name) in first_name_genders())
        name = art.add_actor(name, "person" if person and not org else "organisation" if org else "", name,
                             st.speaker_start, None)
    return name, "name", ""


_EDITORIAL = re.compile(r"\beditorial(?:s| board| page)?\b", re.I)


def _editorial_voice(art: _Article, st) -> bool:
    """"The Advocate said in an editorial", "the Ledger's editorial board wrote": the speaker is a
    newspaper speaking in its own voice, an organisation (the recogniser often misses "The Advocate")."""
    if st.speaker_start is None:
        return False
    lo = art.sentence_start(st.speaker_start)
    starts = [x for x in art.sent_starts if x > st.speaker_start]
    hi = starts[0] if starts else len(art.text)
    sentence = art.text[lo:hi]
    return bool(_EDITORIAL.search(sentence)) and "op-ed" not in sentence.lower()


def _editorial_author(art: _Article, at: int) -> str | None:
    """"“…,” the editorial said": the newspaper whose editorial spoke last before `at` (its sentence
    says "in an editorial", or its phrase is "X's editorial board"), never a person."""
    for o in reversed(art.statements):
        if o.speaker_start is None or o.speaker_start >= at or not o.speaker:
            continue
        if art.is_person(o.speaker) or art.type_of(o.speaker) not in _ORG_TYPES:
            continue
        if _editorial_voice(art, o):
            return o.speaker
    return None


def _labels_headline_claim(tokens) -> bool:
    """"Harbor Watch: Port Authority Hid Report": the words before a headline's colon name who claims
    what follows, even when they are only dictionary words."""
    doc = tokens.doc
    return tokens.end < len(doc) and doc[tokens.end].text == ":"


def _headline_subject(art: _Article, name: str):
    """"Ruiz Addresses Harbor Attack", "Leaked Files Reveal": a title-case headline's capitalised words
    read as one name hold the headline's verb (a capitalised verb with its -s): the subject ends before
    it, and is the actor the article names so, or, when it is only dictionary words and no actor, a
    described source ("leaked files"); None when the name holds no such verb and is no such phrase."""
    words = name.split()
    for k in range(1, len(words)):
        if _actors._verb_form(words[k]):
            subject = " ".join(words[:k])
            known = _known_person(art, subject) or _actor_named(art, subject)
            if known:
                return known, "name", ""
    if all(_dictionary_form(w) and _fold(w) not in first_name_genders() for w in words) \
            and not (_known_person(art, name) or _actor_named(art, name)):
        return None, "anonymous", name.lower()
    return None


def _dictionary_form(word: str) -> bool:
    """"Documents", "Leaked": a dictionary word, also with an -s, -es, -d or -ed ending."""
    low = word.lower()
    return any(_actors._in_lemma_index(low[:len(low) - k]) for k, end in ((0, ""), (1, "s"), (2, "es"), (1, "d"), (2, "ed"))
               if low.endswith(end) and len(low) - k >= 3)


def _body_ending_in(art: _Article, name: str) -> str | None:
    """"Hot Chili Peppers" (the parse left "Red" out) after "Red Hot Chili Peppers": a name of two words
    or more that ends exactly one body's name of the article is that body."""
    if " " not in name or name in art.by_name:
        return None
    bodies = {a.name for a in art.actors if a.type in _ORG_TYPES and a.name.endswith(" " + name)}
    return bodies.pop() if len(bodies) == 1 else None


def _hyphenated_name(head) -> str | None:
    """"Wealth-X", "Coca-Cola": capitalised words joined by hyphens without spaces, ending at the head
    of a subject the parser took for a common noun; None otherwise."""
    doc = head.doc
    if not head.text[:1].isupper() or head.ent_type_ or head.pos_ not in ("NOUN", "PROPN"):
        return None
    lo = head.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].text[:1].isupper() and doc[lo - 2].is_alpha:
        lo -= 2
    if lo == head.i or any(t.is_title and t.lower_ in _role_nouns() for t in doc[lo:head.i + 1]):
        return None
    return doc[lo:head.i + 1].text


def _actor_named(art: _Article, text: str) -> str | None:
    key = _actors.alias_key(text)
    for a in art.actors:
        if a.type in _NON_SPEAKER_TYPES:
            continue
        if _actors.alias_key(a.name) == key or any(_actors.alias_key(x) == key for x in a.aliases):
            return a.name
    return None


def _is_vague(head, plural_bare: bool = True) -> bool:
    """"one trader", "a diplomat", "officials", "economists": nobody in particular."""
    for t in head.children:
        if t.dep_ in ("det", "nummod", "amod", "quantmod") and t.lower_ in INDEFINITE:
            return True
    has_det = any(t.dep_ in ("det", "poss") for t in head.children)
    return plural_bare and head.tag_ == "NNS" and not has_det


def _members_described_before(art: _Article, head, at: int) -> str:
    """"Several Democrats cautioned … Yet the Democrats acknowledged …": "the" + members of a party just
    quoted as an unnamed group are that group again (its description), not the party."""
    if head.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return ""
    for e in reversed(art.history):
        if e.at >= at:
            continue
        if at - e.at > art.max_distance:
            break
        if e.actor is None and e.plural and e.role and e.role.split()[-1].lower() == head.lower_:
            return e.role
    return ""


def _kind_of_members(head) -> bool:
    """"Establishment Republicans", "moderate Democrats", "many conservatives": some members of a party or
    movement, told by a word before them, not the party itself (a body "House Democrats" is named)."""
    return any(t.dep_ in ("amod", "compound") and t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.ent_type_
               and t.text[:1].isupper() == (t.i == t.sent.start) for t in head.children) \
        or any(t.dep_ == "amod" and t.lower_ in ("many", "most", "other", "fellow") for t in head.children)


def _has_definite_reference(tokens) -> bool:
    """"the captain" after a named captain is a description; "a source", "officials" are not."""
    det = next((t for t in tokens if t.dep_ == "det"), None)
    return det is not None and det.lower_ in ("the", "this", "that") and tokens.root.lemma_.lower() not in (
        "source", "official", "person", "people", "insider")


# --------------------------------------------------------------------------------- descriptions


def _agency_of(art: _Article, head, tokens) -> str | None:
    """"An AFP journalist", "a Reuters correspondent": the news agency, whatever else the letters spell."""
    is_media = head.lower_ in MEDIA_HEADS or head.lemma_.lower() in MEDIA_HEADS
    if not is_media:
        return None
    agencies = news_agencies()
    for t in tokens:
        if t.i >= head.i:
            break
        name = agencies.get(t.text) or agencies.get(t.text.rstrip("'s").rstrip("’s"))
        if name:
            return art.add_actor(name, "organisation", t.text, tokens.start_char, None)
    for m in art.mentions_in(tokens.start_char, head.idx):
        if m.actor_type in _ORG_TYPES:
            return m.actor
    return None


_DOCUMENT_PARTS = frozenset("prep acl relcl appos compound amod nmod punct".split())


def _utterance_owner(art: _Article, head) -> tuple[str, str, str] | None:
    """"Her statement said", "Ortiz's response was: …": the person whose words they are (a named
    person or "his"/"her" resolved like the pronoun); a body's or nobody's statement is left to the
    other rules."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in ("his", "her"):
        e = _antecedent(art, "he" if owner.lower_ == "his" else "she", owner.idx, [])
        return (e.actor, "pronoun", "") if e is not None and e.actor else None
    m = art.mention_at(owner.idx)
    if m is None:
        return None
    name = _canonical(art, m.actor)
    return (name, "name", "") if art.type_of(name) == "person" or art.is_person(name) else None


def _document(art: _Article, st, tokens, head):
    """"The report says", "according to LSEG data", "a study by X": whoever wrote the document."""
    word = head.lemma_.lower()
    at = st.speaker_start
    lo = head.left_edge.idx
    right = max([head] + [c.right_edge for c in head.rights if c.dep_ in _DOCUMENT_PARTS], key=lambda t: t.i)
    hi = right.idx + len(right.text)  # not a clause the parse hung on it ("Poll: X Beats Y")
    sent_end = art.arrays.sents[max(bisect_right(art.sent_starts, head.idx) - 1, 0)][1]
    hi = min(hi, sent_end)
    said = st.spans or [(st.start, st.end)]
    officer = _officer_author(art, head)
    if officer is not None:
        author, described = officer
        if author is not None:
            art.documents[word] = author
            return author, "description", _description(tokens.text)
        return None, "anonymous", described
    authors = [m for m in art.mentions_in(lo, hi) if m.actor_type in _ORG_TYPES | {"person", "country"}
               and not art.in_quote(m.start) and not _holder_not_author(art, head, m)
               and not _topic_not_author(art, head, m) and not _capital_of_sentence(art, m)
               and not any(a <= m.start < b for a, b in said)  # "Poll: Sousa Beats Lobo": named in what it says
               and not _posting_of_reporters(art, head, m)]
    if authors:
        author = _longer_name(art, authors[0], head) or authors[0].actor
        art.documents[word] = author
        return author, "description", _description(tokens.text)
    owner = _document_owner_pronoun(art, head)
    if owner is not None:  # "his survey of Republicans shows": the pollster just named, not whom it asked
        art.documents[word] = owner
        return owner, "description", _description(tokens.text)
    reporters = next((c for c in head.lefts if c.dep_ == "compound" and c.lemma_.lower() in MEDIA_HEADS), None)
    for t in head.lefts:  # "LSEG data": a name the entity recogniser missed (not "the April survey")
        if reporters is not None and t.i < reporters.i:
            continue  # "White House pool reports": where the reporters are posted
        if t.dep_ == "compound" and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.i != t.sent.start
                                     or t.pos_ == "ADJ" and any(c.isupper() for c in t.text[1:])) \
                and t.text[:1].isupper() and not _title_only(t.text) \
                and (t.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "LOC") or _pollster(head, t)) \
                and not _actors.is_junk(t.text) \
                and not _actors.covered_by_the_press(head.doc, _actors.alias_key(_proper_name(t)), t.i + 1) \
                and (t.ent_type_ or t.i != t.sent.start or t.text.isupper()):  # not "Exit polls show": a capital of the sentence
            name = _known_person(art, _proper_name(t)) or _actor_named(art, _proper_name(t))
            if name and _is_correspondence(head) and _publishes_correspondence(art, name):
                continue  # "the WikiLeaks emails" after "WikiLeaks released the emails": not its words
            name = name or art.add_actor(_proper_name(t), "organisation", _proper_name(t), t.idx, None)
            if _pollster(head, t) and name in art.by_name:
                art.by_name[name].type = "organisation"  # "Quinnipiac" ran the poll: no place
                art.places.discard(name)
            art.documents[word] = name
            return name, "description", _description(tokens.text)
    for t in head.lefts:  # "an internal agency estimate"
        if t.dep_ == "compound" and (t.lemma_.lower() in ORG_HEADS):
            found = _named_body(art, t.lemma_.lower(), t.lower_, at)
            if found:
                art.documents[word] = found
                return found, "description", _description(tokens.text)
    det = next((t.lower_ for t in head.children if t.dep_ in ("det", "poss")), "") or (
        next((t.lower_ for t in head.head.children if t.dep_ == "det" and t.i < head.i), "")
        if head.dep_ == "compound" else "")  # "“…,” the email read." parsed as a noun "email read"
    if det in ("the", "this", "that", "its", "their"):
        author, described = _earlier_document(art, head, word)  # the nearest ad before, not the first one
        if not author and not described:
            author = art.documents.get(word)
        if not author and not described and word in ("editorial", "editorials"):
            author = _editorial_author(art, at)  # "the editorial said": the paper's own voice
        if author:
            art.documents[word] = author
            return author, "description", _description(tokens.text)
        if described:  # "a letter from her husband's doctor": that doctor, unnamed; never who released it
            return None, "anonymous", described
    return None, "anonymous", _description(tokens.text)


def _posting_of_reporters(art: _Article, head, m) -> bool:
    """"White House pool reports", "Pentagon press corps notes": a place or government naming where the
    reporters who wrote the document are posted did not write it (the reporters did: a described source)."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or art.type_of(_canonical(art, m.actor)) not in ("country", "place"):
        return False
    return span.root.dep_ == "compound" and any(
        c.dep_ == "compound" and c.lemma_.lower() in MEDIA_HEADS and span.end <= c.i for c in head.lefts)


SUBJECT_DOCUMENTS = words_of("subject_document")
_DOCUMENT_QUOTE_VERBS = lexicon.words("document_quote_verbs.txt")


def _document_just_before(art: _Article, it):
    """"The FBI released its summary on Friday. It said …", "“…,” the email read. It said …": "it" opening
    the sentence right after one whose subject or object is a document, or where a document spoke, is that
    document (the last one named outside quotes)."""
    sent = it.sent
    reads = it.head.lemma_.lower() in _DOCUMENT_QUOTE_VERBS and any(art.in_quote(t.idx) for t in sent[:2])
    if it.dep_ not in ("nsubj", "nsubjpass") or it.i - sent.start > 1 and not reads or sent.start == 0:
        return None  # "“…,” it read." after the sentence that sent the letter: the letter, not who it urged
    before = art.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for t in reversed(before):
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and not art.in_quote(t.idx) and (
                t.lemma_.lower() in REPORT_HEADS or t.lower_ in REPORT_HEADS
                or reads and t.lower_ == "statement") and (
                t.dep_ in ("nsubj", "nsubjpass") and not art.in_quote(t.head.idx)  # "“…,” the email read."
                or t.dep_ == "dobj" and t.head.i == before.root.i and not _thing_subject(subject)
                or any(before.start_char <= e.at <= t.idx < e.at + 40 for e in art.history)):  # it just spoke
            return t
    return None


def _thing_subject(subject) -> bool:
    """"The ad then cites a report. It also mentions …": a singular thing that is no body is what "it"
    goes on about, not the document it cites."""
    return subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() not in ORG_HEADS \
        and not subject.ent_type_
POLL_NOUNS = lexicon.words("poll_nouns.txt")
SPEECH_CUES = lexicon.words("speech_cues.txt")


def _pollster(head, t) -> bool:
    """"a Quinnipiac poll", "the Marist survey": a name the tagger took for a place or a people before a
    poll is whoever ran it when no gazetteer knows the place and it is no demonym, party or religion
    ("a Florida poll", "a Republican poll" are polls of them)."""
    if not (head.lemma_.lower() in POLL_NOUNS or head.lower_ in POLL_NOUNS) or t.ent_type_ not in ("GPE", "NORP"):
        return False
    key = _actors.alias_key(t.text)
    return _actors._no_known_place(t.text) and not any(
        key in words for words in (_actors.DEMONYMS, _actors.GROUP_DEMONYMS, _actors.PARTIES, _actors.RELIGIONS))
TOPIC_PREPS = words_of("topic_prep")


def _topic_not_author(art: _Article, head, m) -> bool:
    """"a report on Belarus", "the FBI summary of its interview with Ana Ruiz", "a letter to Mayor X",
    "a survey of Republicans", "Ruiz's indictment": whom a document is about or went to did not write it
    ("a report of the Lisbon Institute" does name its author: one body after "of")."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cur, below, steps = span.root, None, 0
    while cur.i != head.i and cur.head.i != cur.i and steps < 10:
        if cur.dep_ == "prep" and cur.lower_ == "at" and m.actor_type == "person":
            return True  # "aimed their editorial at Clinton": whom it is aimed at
        if cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS and not (
                cur.lower_ == "of" and cur.head.i == head.i and m.actor_type in _ORG_TYPES and m.label != "NORP"
                and below is not None and below.tag_ not in ("NNS", "NNPS")) and not (
                cur.lower_ == "on" and below is not None and below.lemma_.lower() in _SITE_HEADS | OUTLET_HEADS):
            return True  # not "a document on the campaign's website": where its owner put it
        if cur.dep_ in ("acl", "relcl"):  # "a memo written by X", "the report that X released": who made it;
            # not "exit polls from the primary, which X won": whom a clause on another word talks about
            if cur.head.i == head.i and any(c.dep_ == "mark" for c in cur.children):
                return True  # "the report that China was behind the hack": what it says, not who wrote it
            return not (cur.head.i == head.i and below is not None and (
                below.dep_ in ("nsubj", "agent") or below.dep_ == "prep" and below.lower_ == "in"))
            # ("a study that appeared in the Medical Journal": where it was published speaks for it)
        if cur.dep_ == "poss" and cur.head.i == head.i and head.lemma_.lower() in SUBJECT_DOCUMENTS | {head.lower_}:
            return head.lemma_.lower() in SUBJECT_DOCUMENTS or head.lower_ in SUBJECT_DOCUMENTS
        cur, below, steps = cur.head, cur, steps + 1
    return False


def _capital_of_sentence(art: _Article, m) -> bool:
    """"Exit polls show …": one sentence-initial word the tagger reads as a common noun, capitalised only
    because it opens the sentence, is no author the entity recogniser may have seen in it."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].i == span[0].sent.start and span[0].pos_ == "NOUN" \
        and not span[0].text.isupper() and span[0].dep_ != "poss"  # "Sanders’ email notes": an owner


def _document_owner_pronoun(art: _Article, head) -> str | None:
    """"his survey", "her memo", "their report": the person or body the possessive stands for (not for
    documents about their owner: "his indictment")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or head.lemma_.lower() in SUBJECT_DOCUMENTS or head.lower_ in SUBJECT_DOCUMENTS:
        return None
    word = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(owner.lower_)
    if word is None:
        return None
    e = _antecedent(art, word, owner.idx, [])
    if e is None or e.actor is None or _is_place(art, e.actor):
        return None
    return e.actor


def _holder_not_author(art: _Article, head, m) -> bool:
    """"a memo obtained by the Clarion", "documents seen by Reuters": who holds a document did not
    write it; nor did who made someone's correspondence public ("emails released by X", and "X emails"
    when the article has X publishing correspondence)."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    letters = _is_correspondence(head)
    verbs = HOLDING_VERBS | PUBLISHING_VERBS if letters else HOLDING_VERBS
    cur, steps = span.root, 0
    while cur.i != head.i and cur.head.i != cur.i and steps < 8:
        if cur.dep_ in ("acl", "relcl") and cur.lemma_.lower() in verbs:
            return True
        cur, steps = cur.head, steps + 1
    if letters and span.root.head.i == head.i and span.root.dep_ in ("compound", "nmod"):
        return _publishes_correspondence(art, _canonical(art, m.actor))
    return False


CORRESPONDENCE = words_of("correspondence")
PUBLISHING_VERBS = words_of("publishing_verb")


def _is_correspondence(tok) -> bool:
    return tok.lower_ in CORRESPONDENCE or tok.lemma_.lower() in CORRESPONDENCE


def _publishes_correspondence(art: _Article, name: str) -> bool:
    """Whether the article has `name` making correspondence public ("X released the emails", "messages
    published by X", "X's release of the cables"), so that "X emails" are the ones X published."""
    for t in art.doc:
        if t.lemma_.lower() not in PUBLISHING_VERBS or t.pos_ not in ("VERB", "NOUN"):
            continue
        doers = [c for c in t.children if c.dep_ in ("nsubj", "poss")] + [
            g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doers += [a for d in doers for a in d.children if a.dep_ == "appos"]  # "the site Leakbox released"
        if t.dep_ in ("acl", "relcl"):
            things = [t.head]
        else:
            things = [d for d in t.subtree if d.i != t.i]
        if not any(d.lower_ in CORRESPONDENCE or d.lemma_.lower() in CORRESPONDENCE for d in things):
            continue
        for d in doers:
            m = art.mention_at(d.idx)
            if m is not None and _canonical(art, m.actor) == name:
                return True
    return False


def _longer_name(art: _Article, m, head) -> str | None:
    """"A USA TODAY analysis": the entity recogniser saw a country in the first word of a longer name
    that modifies the document; the whole capitalised run is the author."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= head.i:
        return None
    end = span.end
    while end < head.i and art.doc[end].text[:1].isupper() and art.doc[end].dep_ in ("compound", "nmod", "amod"):
        end += 1
    if end == span.end or end != head.i:
        return None
    name = art.doc[span.start:end].text
    return _actor_named(art, name) or art.add_actor(name, "organisation", name, m.start, None)


def _earlier_document(art: _Article, head, word: str) -> tuple[str | None, str]:
    """"The report says" after "… the agency said in its annual report": the author of the earlier
    mention of the same document — a name in its phrase, else the subject of its sentence. When that
    phrase gives an author the text does not name ("a letter from her husband's doctor"), the
    document speaks for that described source: (None, its description)."""
    doc = head.doc
    for t in reversed(doc[max(0, head.i - 250):head.i]):
        if t.lemma_.lower() != word or art.in_quote(t.idx) or t.pos_ not in ("NOUN", "PROPN"):
            continue  # not "had been reported in May and lawmakers mentioned China": a verb, no document
        found = _author_named_with(art, t)
        if found != (None, "") or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return found
        # "The ad uses footage …" names no author: back to the ad it refers to ("A new ad from X")
    return None, ""


def _officer_author(art: _Article, head) -> tuple[str | None, str] | None:
    """"a report from the ministry's inspector general", "a letter by the agency's auditor": an officer
    of a body wrote it, not the body (an inspector general reports on the body): the person the
    article names with that role, else (None, the officer described). None when no officer is named so."""
    officer = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                    for g in c.children if g.dep_ == "pobj"), None)
    if officer is None or officer.lemma_.lower() not in _role_nouns() and officer.lower_ not in _role_nouns() \
            or not any(c.dep_ == "poss" for c in officer.children) or officer.ent_type_ in ("PERSON", "ORG"):
        return None
    role = " ".join(t.text for t in officer.lefts if t.dep_ in ("compound", "amod")) + " " + officer.text
    holders = [a for a in art.actors if a.roles and (a.type == "person" or art.is_person(a.name))
               and role_matches(role.strip(), a.roles)]
    if len(holders) == 1:
        return holders[0].name, ""
    return None, _description(_np_text(officer))


def _sender_of_passive(art: _Article, t) -> str | None:
    """"an email was sent from the club's director, Jeremy Boreing, to its members", "a letter was
    written by Ana Ruiz": whoever the passive verb names after "from" or "by" (or in apposition there)."""
    if t.dep_ != "nsubjpass":
        return None
    for c in t.head.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for x in (g, *(a for a in g.children if a.dep_ == "appos")):
                    m = art.mention_at(x.idx)
                    if m is not None and art.type_of(_canonical(art, m.actor)) in _ORG_TYPES | {"person"}:
                        return _canonical(art, m.actor)
    return None


def _author_named_with(art: _Article, t) -> tuple[str | None, str]:
    """The author of the document `t` as its sentence names it: a name in its phrase, else whoever
    released or wrote it (the subject of its verb), else (None, the description of a source the
    phrase gives: "a letter from her doctor")."""
    officer = _officer_author(art, t)
    if officer is not None:
        return officer
    lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
    for m in art.mentions_in(lo, hi):
        if art.type_of(m.actor) in _ORG_TYPES | {"person", "country"} and not _holder_not_author(art, t, m) \
                and not _topic_not_author(art, t, m):
            return m.actor, ""
    site = _site_named_with(art, t)
    if site is not None:
        return site, ""
    sender = _sender_of_passive(art, t)
    if sender is not None:
        return sender, ""
    source = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
        (g for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
         for g in c.children if g.dep_ == "pobj"), None)
    if source is not None:
        return None, _description(_np_text(t))
    verb, through_prep = t, False
    while verb.dep_ not in ("ROOT",) and verb.head.i != verb.i and verb.dep_ in ("pobj", "prep", "dobj", "compound",
                                                                             "nsubj", "nsubjpass", "attr", "conj"):
        # ("In the July 9 cable, X reported": the date and the cable parsed as a pair)
        through_prep = through_prep or verb.dep_ == "prep"
        verb = verb.head
    if through_prep and verb.lemma_.lower() not in SPEECH_CUES:
        return None, ""  # "Clinton leads in a new poll. The poll found …": said in it, else only in it
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        m = art.mention_at(subj.idx)
        if m is not None and art.type_of(m.actor) in _ORG_TYPES | {"person", "country"}:
            return m.actor, ""
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is not None and subj.lemma_.lower() in TIED_HEADS:  # "his campaign sent out an email"
            e = _antecedent(art, "he" if owner.lower_ == "his" else "she", owner.idx, [])
            if e is not None and e.actor and (e.type == "person" or art.is_person(e.actor)):
                return _body_of_person(art, subj.lemma_.lower(), e.actor, _description(_np_text(subj)), subj.idx), ""
        if subj.lemma_.lower() in ORG_HEADS:
            found = _named_body(art, subj.lemma_.lower(), subj.lower_, subj.idx)
            if found or subj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
                return found, ""
            return None, _description(_np_text(subj))  # "A coalition of 30 groups sent a letter": that coalition, unnamed
    return None, ""


_SITE_NAME = re.compile(r"[A-Z][\w\-]*(?:\.[A-Za-z][\w\-]*)*\.(?:com|org|net|gov|edu|co\.uk|io)")


def _site_named_with(art: _Article, t) -> str | None:
    """"A statement posted on the website GunBroker.com said …": the site a document was posted on,
    written as its address, is its author (the recogniser seldom tags such names)."""
    end = t.head.i if t.head.i > t.i and t.head.i - t.i <= 12 else t.right_edge.i + 1  # the parse may cut the name off
    for tok in t.doc[t.i + 1:max(end, t.right_edge.i + 1)]:
        if _SITE_NAME.fullmatch(tok.text) and not art.in_quote(tok.idx):
            return _actor_named(art, tok.text) or art.add_actor(tok.text, "organisation", tok.text, tok.idx, None)
    return None


def _spokesperson(art: _Article, st, tokens, head, inside):
    """"A State Department spokesman" speaks for the department; "a spokesman for Minister X" is an
    unnamed spokesman of X, not X."""
    if head.lower_ == "statement":
        issuer = _statement_issuer(art, st, head)
        if issuer is not None:  # "A statement from Ryan's office", "a statement by the Ruiz campaign"
            return issuer, "description", _description(tokens.text)
    bodies = [m for m in inside if m.actor_type in _BODY_TYPES]
    people = [m for m in inside if m.actor_type == "person" or art.is_person(m.actor)]
    if people:  # "a spokesman for Democratic presidential candidate Hillary Clinton": her party is her label
        bodies = [m for m in bodies if not _modifies_a_common_noun(art, m)]
    if bodies and not (people and people[0].start < bodies[0].start):
        return bodies[-1].actor if head.lower_ == "statement" else bodies[0].actor, "description", ""
    if people:
        return None, "anonymous", _description(tokens.text)
    if head.lower_ == "statement":
        site = _site_named_with(art, head)
        if site is not None:
            return site, "description", ""
        body = _body_that_just_spoke(art, st.speaker_start) if _has_definite_reference(tokens) else None
        if body is not None:  # "Fox News confirmed that … According to the statement, …": the body's
            return body, "description", _description(tokens.text)
    for prep in head.rights:  # "a spokeswoman for the firm"
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if obj is not None and obj.lemma_.lower() in ORG_HEADS and obj.tag_ == "NN" \
                and any(c.lower_ in ("the", "its", "this") for c in obj.children):
            found = _named_body(art, obj.lemma_.lower(), obj.lower_, st.speaker_start) or (
                _salient_body(art, st.speaker_start, obj.lemma_.lower())
                if obj.lemma_.lower() not in INSTITUTION_HEADS else None)
            if found:
                return found, "description", ""
    for t in head.lefts:  # "a ministry spokesman", "a company spokeswoman"
        if t.dep_ in ("compound", "amod") and t.lemma_.lower() in ORG_HEADS:
            found = _named_body(art, t.lemma_.lower(), t.lower_, st.speaker_start)
            if found:
                return found, "description", ""
    if _has_definite_reference(tokens):
        speaker = _person_description(art, st, tokens, head)
        if speaker:
            return speaker, "description", ""
    return None, "anonymous", _description(tokens.text)


def _modifies_a_common_noun(art: _Article, m) -> bool:
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return root is not None and root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ == "NOUN"


def _statement_issuer(art: _Article, st, head) -> str | None:
    """Whoever "a statement from/by X" comes from, X read as a speaker phrase of its own."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                speaker, _, _ = _noun_phrase(art, st, obj.doc[obj.left_edge.i:obj.i + 1], obj)
                return speaker
    return None


def _body_that_just_spoke(art: _Article, at: int) -> str | None:
    """The organisation whose statement came last, close before `at`, when no person spoke after it:
    what "the statement" refers to when no statement was named before."""
    for e in reversed(art.history):
        if e.at >= at:
            continue
        if at - e.at > 800 or not e.actor:
            return None
        return e.actor if art.type_of(e.actor) in _ORG_TYPES and not art.is_person(e.actor) else None
    return None


def _is_group(head) -> bool:
    """"the two presidents", "both leaders", "the foreign ministers of X and Y": named people together."""
    words = [t for t in head.children if t.dep_ in ("det", "nummod", "predet", "quantmod")]
    dets = {t.lower_ for t in words if not t.like_num}
    if not dets & GROUP_DETERMINERS or dets & INDEFINITE:  # "two diplomats", "some ministers": nobody named
        return False
    lemma = head.lemma_.lower()
    if lemma in PERSON_HEADS or head.lower_ in PERSON_HEADS:  # "both men", "the two women": a count is needed
        return _group_size(head) == 2 and bool(dets & {"both", "the"})
    if lemma not in _role_nouns() and head.lower_ not in _role_nouns():
        return False
    return bool(dets & GROUP_DETERMINERS)


def _group(art: _Article, st, tokens, head) -> str | None:
    lemma = head.lemma_.lower()
    mods = [t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")]
    description = " ".join(mods + [lemma])
    countries = {m.actor for m in art.mentions_in(head.idx, head.right_edge.idx + len(head.right_edge.text))
                 if m.actor_type == "country"}
    at = st.speaker_start
    window_end = at + 1200
    members: list[tuple[int, str]] = []
    for a in art.actors:
        if a.type != "person" and not _looks_like_person_name(a.name):
            continue
        roles = a.roles
        if not roles or not (role_matches(description, roles) or role_matches(lemma, roles)
                             or any("counterpart" in r.lower() for r in roles)):
            continue
        pos = art.positions.get(a.name) or []
        near = [p for p in pos if p < window_end]
        if not near:
            continue
        members.append((near[0], a.name))
    if countries and len(members) > 2:
        members = [x for x in members if any(_mentions_country(art, x[1], c) for c in countries)] or members
    members.sort()
    names = [n for _, n in members]
    count = _group_size(head)
    if len(names) < 2 and count:
        names = _coordinated_people(art, at, count)
    if len(names) < 2 and count:  # "The two leaders said" after naming two people of any title
        names = _last_people(art, at, count)
    gender = "m" if head.lower_ in MALE_WORDS or lemma in MALE_WORDS else \
        "f" if head.lower_ in FEMALE_WORDS or lemma in FEMALE_WORDS else ""
    if gender and any(art.gender_of(n) not in ("", gender) for n in names):
        return None  # "the two women" are not a man and a woman named before
    return _group_of(art, names, at)


def _last_people(art: _Article, at: int, count: int) -> list[str]:
    """The `count` people named last before `at` (outside quotes and reported content), in the
    order the text first names them; [] when fewer are near."""
    recent: list[str] = []
    for m in _before(art, at, 12):
        if at - m.end > 600 or len(recent) == count:
            break
        name = _canonical(art, m.actor)
        if art.in_quote(m.start) or art.in_content(m.start) or name in recent or not (
                art.type_of(name) == "person" or art.is_person(name)) or _names_a_thing(art, m):
            continue
        recent.append(name)
    return sorted(recent, key=lambda n: (art.positions.get(n) or [at])[0]) if len(recent) == count else []


_GENERIC_PEOPLE = lexicon.words("generic_people.txt")


def _people_named_just_before(art: _Article, tokens, head) -> list[str]:
    """"Mayor Lena Ortiz and Senator Karl Henning backed the bill. The progressive heavyweights wrote …":
    a definite plural description opening the sentence right after one whose subject is several named
    people is those people (not a description of people nobody names: "officials", "the voters")."""
    lemma = head.lemma_.lower()
    doc = art.doc
    after_quote = tokens[0].i > head.sent.start and doc[head.sent.start].text in ("“", '"') \
        and doc[tokens[0].i - 1].text in ("”", '"', ",")  # "“…,” the progressive heavyweights wrote"
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or (tokens[0].i != head.sent.start and not after_quote) \
            or tokens[0].lower_ not in ("the", "these", "both") or head.sent.start == 0:
        return []
    if lemma in ANONYMOUS_HEADS or head.lower_ in ANONYMOUS_HEADS or lemma in _GENERIC_PEOPLE \
            or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children):
        return []
    before = art.doc[head.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return _conjoined_people(art, subject) if subject is not None else []


def _conjoined_bodies(art: _Article, head) -> list[str]:
    """"The State Department and the Department of Homeland Security have said", "Forbes and Wealth-X
    say": a subject of named bodies joined by "and" is all of them; [] unless every member is a
    different organisation (not a place or country: "Ohio and Texas said" stays with the rules for states)."""
    if head.dep_ not in ("nsubj", "nsubjpass") or not head.conjuncts:
        return []
    if any(c.dep_ == "cc" and c.lower_ != "and" for c in head.children):
        return []
    both = any(c.dep_ in ("preconj", "det") and c.lower_ == "both" for c in head.children)
    names: list[str] = []
    for t in (head, *head.conjuncts):
        m = art.mention_at(t.idx)
        if m is None:  # "Forbes" tagged a plural noun, "Wealth-X" cut at its hyphen: names the article has
            hyphened = _hyphenated_name(t)
            name = _actor_named(art, hyphened or t.text) if (hyphened or t.text[:1].isupper()) else None
        else:
            name = _canonical(art, m.actor)
        if not name or name in names or art.type_of(name) not in _ORG_TYPES or art.is_person(name) \
                or m is not None and m.label == "NORP" and not both:
            return []  # ("Both Democrats and Republicans have argued": both parties)
        names.append(name)
    return names if len(names) >= 2 else []


def _names_a_thing(art: _Article, m) -> bool:
    """"the George W. Bush administration's efforts": a name used to say whose body or thing, not the person
    taking part."""
    span = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "nmod") and span.root.head.pos_ == "NOUN" \
        and span.root.head.i > span.root.i


def _conjoined_people(art: _Article, head) -> list[str]:
    """"Sen. X, R-Texas, and Sen. Y, D-Fla., said", "The two senators, X and Y, said": a subject whose parse
    joins people with "and" past asides (ages, party tags, descriptions) is all of them; [] unless every
    member is a different person."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if head.pos_ == "NOUN":  # "the two senators, X and Y": the names in apposition
        verb = head.head
        head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and not head.i < verb.i < c.i), None)
        if head is None:  # an apposition parsed past the verb names no speaker
            return []
    names: list[str] = []
    missed: list[tuple[str, int]] = []
    for t in (head, *head.conjuncts):
        m = art.mention_at(t.idx)
        name = _canonical(art, m.actor) if m is not None else ""
        if m is None and t.pos_ == "PROPN" and (_known_person(art, _proper_name(t)) or _proper_name(t) in art.by_name
                                                and art.type_of(_proper_name(t)) == "person"):
            # "Eisenhower and Dulles said": a person the article named, the recogniser missing him here
            name = _canonical(art, _known_person(art, _proper_name(t)) or _proper_name(t))
        elif m is None and t.pos_ == "PROPN" and _looks_like_person_name(_proper_name(t)):
            name = _known_person(art, _proper_name(t)) or _proper_name(t)  # "Ana Ruiz, …, and Ben Cole": a name
            if name not in art.by_name:  # the entity recogniser missed at the start of the sentence
                missed.append((name, t.idx))
        elif not name or not (art.type_of(name) == "person" or art.is_person(name)):
            return []
        if name in names:
            return []
        names.append(name)
    if len(names) < 2:
        return []
    for name, at in missed:
        art.add_actor(name, "person", name, at, None)
    return sorted(names, key=lambda n: (art.positions.get(n) or [head.idx])[0])


def _subject_people(art: _Article, st, tokens) -> list[str]:
    """The people of a subject that only lists names joined by "and" ("Republican X and Democrat Y",
    "Mayor X, Senator Y and Z"), in the order the text first names them (one group actor with "Both"); [] unless the subject is nothing but
    different people, their titles and the joining words. The list may reach past the speaker span
    found for the cue (the parser often misses the coordination) but stays within the sentence,
    starts it or follows a comma, and ends at the cue."""
    sent = tokens[0].sent
    chain: list = []
    for m in sorted(art.mentions_in(sent.start_char, sent.end_char), key=lambda m: m.start):
        if m.start < sent.start_char or m.end > sent.end_char:
            continue
        if m.label == "NORP":
            continue  # "Democrat Paul Mercer": a title, checked with the words between the names
        name = _canonical(art, m.actor)
        person = art.type_of(name) == "person" or art.is_person(name)
        if not person and m.label in ("GPE", "LOC") and _TITLE_AFTER.match(art.text, m.end):
            continue  # "and Florida Senator Mara Quinlan": the place is part of her title
        if not person and m.label == "ORG" and _role_word_after(art.text, m.end):
            continue  # "and House Speaker Paul Ryan": the body is part of his title
        gap = _past_apposition(art.text[chain[-1].end:m.start]) if chain else ""
        if chain and person and (_JOIN.match(gap) or _LAST_JOIN.match(gap)):
            chain.append(m)
            continue
        described = _DESCRIBED_BETWEEN_COMMAS.match(art.text, chain[-1].end, sent.end_char) if chain else None
        if described is not None and not person and m.end <= described.end():
            continue  # "Ana Ruiz, president of Acme, and …": the body is in her description
        if chain and chain[0].start < tokens.end_char and chain[-1].end > tokens.start_char:
            break
        chain = [m] if person else []
    if len(chain) < 2 or not (chain[0].start < tokens.end_char and chain[-1].end > tokens.start_char):
        return []
    while len(chain) > 2 and not _LAST_JOIN.match(_past_apposition(art.text[chain[-2].end:chain[-1].start])):
        chain.pop()
    if not _LAST_JOIN.match(_past_apposition(art.text[chain[-2].end:chain[-1].start])):
        return []
    before = art.text[sent.start_char:chain[0].start]
    lead = _TITLE_GAP.search(before)
    if before[:lead.start()].rstrip() and before[:lead.start()].rstrip()[-1] not in ",\"“”(—-":
        return []
    if st.cue_start is None or st.cue_start < chain[-1].end:
        return []
    after = _DESCRIBED_BETWEEN_COMMAS.match(art.text, chain[-1].end, st.cue_start)
    between = char_span(art.doc, after.end() + 1 if after else chain[-1].end, st.cue_start, alignment_mode="expand")
    if between is None or any(t.pos_ not in ("ADV", "AUX", "PART") and t.lower_ != "both" and t.text != ","
                              for t in between):
        return []  # the names are the subject of the cue itself ("X and Y both said"), not of another verb
    names = [_canonical(art, m.actor) for m in chain]
    if len(set(names)) != len(names):
        return []
    return sorted(names, key=lambda n: (art.positions.get(n) or [chain[0].start])[0])  # as _last_people


_DESCRIBED_BETWEEN_COMMAS = re.compile(r",\s*(?!(?:and|or|but|who|which)\b)(?:(?:a|an|the)\s+)?[a-z][\w'’-]*"
                         r"(?:\s+[^\s,;:()\"“”]+){0,8}(?=,)")
"""", president of Acme," after a name: what the person is, between commas."""


def _past_apposition(gap: str) -> str:
    """The words between two names without the first one's description (", president of Acme, and ")."""
    m = _DESCRIBED_BETWEEN_COMMAS.match(gap)
    return gap[m.end():] if m else gap


_TITLE_WORDS = r"(?:[A-Z][\w.'’-]*\s+)*"
_TITLE_GAP = re.compile(_TITLE_WORDS + r"$")
_JOIN = re.compile(r"\s*,\s*" + _TITLE_WORDS + r"$")
_TITLE_AFTER = re.compile(r"[ \t]+[A-Z]")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w.]*){1,3}")


def _role_word_after(text: str, end: int) -> bool:
    """"House Speaker", "Senate Majority Leader": capitalised words after a body that end in a title."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(w.lower().rstrip(".") in _role_nouns() for w in m.group().split())
_LAST_JOIN = re.compile(r",?\s*and\s+(?:(?:his|her|their|the)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,?\s+)?"
                        + _TITLE_WORDS + r"$")  # "X and his rival(,) Y"


def _group_of(art: _Article, names: list[str], at: int) -> str | None:
    if len(names) < 2:
        return None
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return art.add_actor(name, "group", "", at, None)


def _coordinated_people(art: _Article, at: int, count: int) -> list[str]:
    """"Sens. Ana Ruiz and Tom Berg wrote … The director, Lena Dahl, said … The two lawmakers argue": the
    nearest `count` people named together ("X and Y") before the description, not the last two named."""
    doc = art.doc
    for m in _before(art, at, 24):
        if at - m.end > 1200:
            break
        if art.in_quote(m.start) or art.in_content(m.start):
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None or not span.root.conjuncts:
            continue
        group = sorted((span.root, *span.root.conjuncts), key=lambda t: t.i)
        if len(group) != count:
            continue
        names = []
        for t in group:
            hit = art.mention_at(t.idx)
            name = _canonical(art, hit.actor) if hit is not None else None
            if name is None or name in names or not (art.type_of(name) == "person" or art.is_person(name)):
                break
            names.append(name)
        else:
            return names
    return []


_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}


def _group_size(head) -> int:
    """How many people "the two leaders", "both ministers" counts (0 when it does not say)."""
    for t in head.children:
        if t.dep_ in ("nummod", "det", "predet", "quantmod"):
            n = _NUMBERS.get(t.lower_) or (int(t.text) if t.text.isdigit() else 0)
            if n:
                return n
    return 0


def _mentions_country(art: _Article, person: str, country: str) -> bool:
    actor = art.by_name.get(person)
    if actor is None:
        return False
    adj = getattr(_actors, "COUNTRY_ADJECTIVE", {}).get(country, country).lower()
    return any(country.lower() in r.lower() or adj in r.lower() for r in actor.roles)


def _organisation(art: _Article, st, tokens, head):
    """"the company", "the federation", "the Congolese army", "China's commerce ministry"."""
    at = st.speaker_start
    lemma, low = head.lemma_.lower(), head.lower_
    mods = _modifiers(tokens, head)
    owner = next((t for t in head.children if t.dep_ == "poss"), None)
    if owner is None and lemma in _PART_OF_BODY and head.text.islower():
        found = _named_part_of_body(art, at, head, mods)
        if found:
            return found, "description", ""
    if owner is not None and lemma in _PART_OF_BODY:  # "the company's board", "its management"
        if owner.pos_ == "PRON":
            found = _salient_body(art, at, "company")
        elif art.mention_at(owner.idx) is not None:
            found = _canonical(art, art.mention_at(owner.idx).actor)
        elif owner.lemma_.lower() in ORG_HEADS:
            found = _named_body(art, owner.lemma_.lower(), owner.lower_, at) or (
                _salient_body(art, at, owner.lemma_.lower()) if owner.lemma_.lower() in GENERIC_ORG_HEADS else None)
        else:
            found = None
        if found:
            return found, "description", ""
    if _kind_of_company(art, tokens, head, mods):
        found = _named_body(art, lemma, low, at) or _salient_body(art, at, lemma)
        if found:
            return found, "description", ""
    if any(t.lower_ in ("its", "their") for t in tokens if t.i < head.i) or not mods \
            or all(_generic_modifier(t) for t in mods):
        found = _named_body(art, lemma, low, at)
        if found:
            return found, "description", ""
        if lemma not in INSTITUTION_HEADS and low not in INSTITUTION_HEADS:  # not "the ministry": a named one
            found = _written_with_word(art, head, at) or _salient_body(art, at, lemma)
            if found:
                return found, "description", ""
        elif lemma in AGENCY_NAME_WORDS and lemma not in ("office", "administration"):
            found = _public_body(art, at)
            if found:
                return found, "description", ""
        if lemma in GENERIC_ORG_HEADS:
            unnamed = _unrecognised_org(art, tokens[0])
            if unnamed:
                return unnamed, "description", ""
        missed = _missed_subject(art, tokens[0], window=40)
        if missed and not _looks_like_person_name(missed) and not art.in_quote(tokens.start_char):
            return missed, "description", ""  # "Orion Systems shares fell …. The company claimed …"
        ahead = _next_speaker(art, st, want_person=False)
        if ahead:
            return ahead, "description", ""
        return None, "description", ""
    if head.text.islower() and (lemma in GENERIC_ORG_HEADS or low in GENERIC_ORG_HEADS) and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in mods):
        name = " ".join(t.text for t in mods)  # "The Times newspaper", "the Acme company": the name
        m = art.mention_at(mods[0].idx)
        known = _canonical(art, m.actor) if m is not None and art.type_of(m.actor) in _ORG_TYPES else \
            _actor_named(art, name) or _actor_named(art, "The " + name)
        return (known or art.add_actor(name, "organisation", _description(tokens.text), at, lemma)), "name", ""
    if head.text.islower() and mods and all(t.text.islower() and t.pos_ in ("NOUN", "ADJ") and art.mention_at(t.idx)
                                            is None for t in mods):
        found = _named_body(art, lemma, low, at, kinds=frozenset(t.lower_ for t in mods))
        if found:
            return found, "description", ""  # "the law enforcement agency" after "the FBI"
        if any(t.lower_ == "news" for t in mods):  # "the news service": the outlet named before, never a new body
            found = _salient_body(art, at, "site")  # a named outlet or agency only
            return (found, "description", "") if found else (None, "anonymous", _description(tokens.text))
    name = _body_name(art, tokens, head, mods)
    known = _actor_named(art, name)
    if known is None and name not in art.by_name and _names_nothing(art, mods):
        art.unnamed_bodies[name] = lemma  # "the state health department": a body the text may name later
        art.body_kinds[name] = {t.lower_ for t in mods if t.pos_ == "NOUN" and art.mention_at(t.idx) is None
                                and t.lower_ not in _PLACE_WORDS}
    return (known or art.add_actor(name, "organisation", _description(tokens.text), at, lemma)), "description", ""


_PART_OF_BODY = words_of("part_of_body")


def _kind_of_company(art: _Article, tokens, head, mods) -> bool:
    """"the social media company", "the blood-testing firm": lower-case words that say what kind of
    business it is, not which one, so the company the text is about (no new actor named after the
    kind). Not a public body ("the state health department") and not a place's ("the Ohio company")."""
    lemma = head.lemma_.lower()
    if lemma not in GENERIC_ORG_HEADS or lemma in INSTITUTION_HEADS or head.lower_ in INSTITUTION_HEADS:
        return False
    if not mods or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return False
    return all(t.text == "-" or t.text.islower() and t.pos_ in ("NOUN", "ADJ") and art.mention_at(t.idx) is None
               and t.lower_ not in _PLACE_WORDS for t in mods)


def _modifiers(tokens, head) -> list:
    """The words before a head noun that say which or what kind of body it is."""
    return [t for t in tokens if t.i < head.i and t.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")
            and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in ("'s", "’s")]


def _named_part_of_body(art: _Article, at: int, head, mods) -> str | None:
    """"the Daily Ledger editorial board", "the Acme board" speak for the organisation they name
    (tagged or not), and a later "the editorial board" or "the board" for it too, also when the
    named one was not itself a speaker ("a headline from the Daily Ledger editorial board")."""
    low = head.lower_
    names = [t for t in mods if t.pos_ == "PROPN" and t.text[:1].isupper()]
    key = " ".join([t.lower_ for t in mods if t not in names] + [low])
    if not names:
        if key not in art.body_parts:
            for t in reversed(art.doc[max(0, head.i - 2000):head.i]):
                if t.lower_ == low and any(c.pos_ == "PROPN" for c in t.lefts):
                    _named_part_of_body(art, at, t, _modifiers(list(t.subtree), t))
                    break
        return art.body_parts.get(key)
    mentions = [m for m in (art.mention_at(t.idx) for t in names) if m is not None]
    if mentions:
        if not all(art.type_of(_canonical(art, m.actor)) == "organisation" for m in mentions):
            return None
        body = _canonical(art, mentions[-1].actor)
    elif [t.i for t in names] == list(range(names[0].i, names[-1].i + 1)) and not _title_only(names[0].text):
        name = " ".join(t.text for t in names)
        body = _actor_named(art, name) or art.add_actor(name, "organisation", name, at, None)
    else:
        return None
    art.body_parts[key] = art.body_parts[low] = body
    return body


_PLACE_WORDS = words_of("place_word")
_NAME_FILLERS = frozenset("of the for and on".split())


def _generic_modifier(tok) -> bool:
    """"Dubai-based", "Japanese", "largest": says where or how big, not which body."""
    low = tok.lower_
    return low.endswith("-based") or low in words_of("generic_modifier") \
        or (tok.pos_ == "ADJ" and low in getattr(_actors, "DEMONYMS", {}) and tok.dep_ == "amod"
            and tok.head.lemma_.lower() in GENERIC_ORG_HEADS)


def _body_name(art: _Article, tokens, head, mods) -> str:
    """The article's own name for a described body, in title case: "China's commerce ministry" →
    "Chinese Commerce Ministry", "the Vienna police department" → "Vienna Police Department"."""
    first = min(t.i for t in mods)
    words, spaces = [], []
    for t in art.doc[first:head.i + 1]:
        if t.lower_ in ("'s", "’s", "'", "’"):
            if words and t.lower_ in ("'", "’"):
                words[-1] += "'"  # "the police officers' union"
            if spaces:
                spaces[-1] = t.whitespace_
            continue
        w = t.text
        if t.dep_ == "poss" and t.i + 1 <= head.i and art.doc[t.i + 1].lower_ in ("'s", "’s"):
            country = _country_of(w)
            adj = getattr(_actors, "COUNTRY_ADJECTIVE", {}).get(country) if country else None
            w = adj if adj else w + "'s"
        words.append(w)
        spaces.append(" " if t.whitespace_ else "")  # "right-wing" stays one word
    institutional = head.lemma_.lower() in INSTITUTION_HEADS or head.lower_ in INSTITUTION_HEADS
    if institutional:
        words = [w if (w[:1].isupper() or "'" in w or "-" in w and w[:1].isupper()) else w[:1].upper() + w[1:]
                 for w in words]
    text = "".join(w + sp for w, sp in zip(words, spaces)).strip()
    return text[:1].upper() + text[1:]


def _country_of(word: str) -> str:
    aliases = getattr(_actors, "COUNTRY_ALIASES", {})
    hit = aliases.get(_actors.alias_key(word))
    if hit:
        return hit[0]
    countries = getattr(_actors, "COUNTRIES", frozenset())
    return word if _actors.alias_key(word) in countries else ""


@lru_cache(maxsize=None)
def _body_initials() -> dict[str, tuple[str, ...]]:
    """Initials and full name of a public body (upper case) → the words of its full name and the kinds
    writers call it by."""
    out = {}
    for row in lexicon.table("body_initials.tsv"):
        if len(row) >= 2:
            text = " ".join([row[1]] + (row[2].split(",") if len(row) > 2 else []))
            words = tuple(re.findall(r"[\w\-']+", text.lower()))
            out[row[0].upper()] = out[row[1].replace(".", "").upper()] = words
    return out


def _body_words(names) -> set[str]:
    """The lower-case words of a body's names, and of the full name and kinds of a body written as
    initials ("FBI" → federal, bureau, investigation, law, enforcement, agency)."""
    out: set[str] = set()
    initials = _body_initials()
    for n in names:
        out.update(re.findall(r"[\w\-']+", n.lower()))
        out.update(initials.get(n.replace(".", "").upper(), ()))
    return out


def _named_body(art: _Article, lemma: str, low: str, at: int, kinds=frozenset()) -> str | None:
    """The body the article named with this word ("the federation" → Nigeria Football Federation,
    "the bureau" → FBI), or one this module named from a description ("the army" → Congolese Army);
    the nearest before. With `kinds` ("law enforcement"), only a body known by those words too."""
    words = {lemma, low}
    best, best_at = None, -1
    for a in art.actors:
        if a.type not in _ORG_TYPES and a.type != "":
            continue
        names = [a.name] + list(a.aliases)
        known = _body_words(names)
        if kinds and not kinds <= known | art.descriptors.get(a.name, set()):
            continue
        if not words & known and not words & art.descriptors.get(a.name, set()):
            continue
        seen = art.last_seen(a.name, at)
        if seen > best_at:
            best, best_at = a.name, seen
    for w in words:
        for off, name in art.created.get(w, ()):
            if best_at < off < at:
                best, best_at = name, off
    return best


def _written_with_word(art: _Article, head, at: int, window: int = 400) -> str | None:
    """"… recipes for Family Circle magazine's cookie poll. The magazine said …": a name the text wrote
    right before the same lower-case word is the body the word stands for, also when the recogniser
    missed the name (the nearest such name; none that names a person or a place)."""
    low = head.lower_
    doc = art.doc
    for t in reversed(doc[max(0, head.i - window):head.i]):
        if t.lower_ != low or not t.text.islower() or t.i == 0 or art.in_quote(t.idx):
            continue
        end = t.i
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_ not in ("'s", "’s") and end - start < 5:
            start -= 1
        if start == end or _title_only(doc[start].text):
            continue
        m = art.mention_at(doc[start].idx)
        if m is not None:
            name = _canonical(art, m.actor)
            if m.label == "NORP" or _actors.alias_key(m.text) in getattr(_actors, "PARTIES", {}):
                return None  # "an outside GOP group": which side, not which group
            if art.type_of(name) in _ORG_TYPES and not art.is_person(name):
                return name
            return None
        name = doc[start:end].text
        known = _actor_named(art, name)
        if known is not None:
            return known if art.type_of(known) in _ORG_TYPES else None
        if _looks_like_person_name(name):
            return None
        return art.add_actor(name, "organisation", name, t.idx, None)
    return None


def _named_outlet(art: _Article, name: str) -> bool:
    """A body the article calls a publication ("the news site Ridgeline", "Ridgeline.com") or a news agency."""
    return "." in name or any(k in OUTLET_HEADS for k in art.descriptors.get(name, ())) \
        or name in news_agencies().values()


def _named_with_site_word(art: _Article, m) -> bool:
    """"the Civic Watch website", "Civic Watch's site": a name the text itself writes as a publication's."""
    toks = char_span(art.doc, m.start, m.end, alignment_mode="expand")
    if toks is None or toks.end >= len(art.doc):
        return False
    nxt = art.doc[toks.end]
    if nxt.lower_ in ("'s", "’s") and toks.end + 1 < len(art.doc):
        nxt = art.doc[toks.end + 1]
    return nxt.lower_ in _SITE_HEADS or nxt.lower_ in OUTLET_HEADS


_NEWS_REPORT_FORMS = frozenset(f for v in lexicon.words("news_report_verbs.txt") for f in (v, v + "s", v + "ed"))


def _salient_body(art: _Article, at: int, lemma: str) -> str | None:
    """"The company said": the organisation the text is about. Each organisation named outside
    quotes before the description scores by how often it was named, whether it was a subject or a
    speaker, whether the text described it with a word of the same kind ("battery maker Daebong",
    "Lumora, the largest operator"), whether it led the story, and whether it is the nearest. Never a
    place or a person."""
    limit = at - 2500
    scores: dict[str, float] = {}
    nearest: dict[str, int] = {}
    company = lemma in GENERIC_ORG_HEADS and lemma not in INSTITUTION_HEADS
    site = lemma in _SITE_HEADS or lemma == "outlet"
    reporters = {o.speaker for o in art.statements if o.speaker and o.speaker_start is not None
                 and o.speaker_start < at and o.cue.lower() in _NEWS_REPORT_FORMS}
    for m in _before(art, at, 40):
        if m.start < limit:
            break
        if art.in_quote(m.start) or art.type_of(m.actor) not in _ORG_TYPES or art.is_person(m.actor) \
                or m.label == "NORP":  # "Democrats" name a party, never "the company"
            continue
        if site and not _named_outlet(art, m.actor) and not _named_with_site_word(art, m) and m.actor not in reporters:
            continue  # "according to the website": not the institute the story is about; "KXL News
            # reported … according to the news outlet": the one that reported
        if not site and m.actor in reporters:
            continue  # "…, the Sun-Times reported. … the group said": the paper reports, it is no group
        if company and _no_company(m.actor):
            continue  # "the company" is no Authority, Ministry or Commission
        if _is_place(art, m.actor):
            continue  # "his vacation in Martha's Vineyard": where, whatever the recogniser called it
        scores[m.actor] = scores.get(m.actor, 0.0) + 1.0
        nearest.setdefault(m.actor, m.start)
    if not scores and not any(limit <= e.at < at and art.type_of(e.actor) in _ORG_TYPES for e in art.history):
        return None
    for name in scores:
        if any(e.actor == name and e.at < at for e in art.history):
            scores[name] += 1.5
        kinds = art.descriptors.get(name, ())
        if lemma in kinds or (lemma in GENERIC_ORG_HEADS and any(k in GENERIC_ORG_HEADS for k in kinds)):
            scores[name] += 1.5
    subjects = [(off, i) for off, i in art.subjects() if limit <= off < at]
    lead = subjects[0][0] if subjects and subjects[0][0] < art.sent_starts[1 if len(art.sent_starts) > 1 else 0] + 1 else -1
    seen_subject: set[str] = set()
    for off, i in subjects:
        m = art.mention_at(off)
        if m is not None and m.actor in scores:
            if m.actor not in seen_subject:
                scores[m.actor] += 1.5
                seen_subject.add(m.actor)
            if off == lead:
                scores[m.actor] += 1.0
    for e in art.history:  # bodies that spoke under a name the recogniser missed ("Reelhouse said …")
        if limit <= e.at < at and e.actor and e.actor not in scores and art.type_of(e.actor) in _ORG_TYPES \
                and not (company and _no_company(e.actor)) \
                and (site or e.actor not in reporters):
            scores[e.actor] = 2.5
            nearest[e.actor] = e.at
    if not scores:
        return None
    closest = max(nearest, key=nearest.get)
    scores[closest] += 1.0
    return max(scores, key=lambda n: (scores[n], nearest[n]))


def _next_speaker(art: _Article, st, want_person: bool) -> str | None:
    """At the top of a story, a description nobody came before refers ahead: the named speaker of the
    next sentence ("…, the lawyer said. Counsel assisting the inquiry, Ruth Okafor, said …")."""
    if any(e.at < st.speaker_start for e in art.history):
        return None
    limit = st.speaker_start + 400
    for off, i in art.subjects():
        if off <= st.speaker_start or off > limit:
            continue
        e = _subject_entry(art, i)
        if e is None or e.actor is None:
            continue
        person = e.type == "person" or art.is_person(e.actor)
        if person == want_person and e.type not in _NON_SPEAKER_TYPES and e.type != "country":
            return e.actor
        return None
    return None


def _person_named_before(art: _Article, at: int) -> str | None:
    """The person the narration last named before `at` (within the pronoun distance), if any."""
    for m in _before(art, at, 12):
        if m.start < at - art.max_distance:
            break
        if art.in_quote(m.start):
            continue
        name = _canonical(art, m.actor)
        if art.type_of(name) == "person" or art.is_person(name):
            return name
    return None


FORMER_WORDS = {"former", "ex", "onetime", "one-time", "erstwhile"}


def _held_only_formerly(description: str, roles: list[str]) -> bool:
    """"the governor said" after "Whitman, the former New Jersey governor": a post someone held once
    is not the one a plain description names (a sitting governor); "the former governor" still fits."""
    if set(re.findall(r"[\w-]+", description.lower())) & FORMER_WORDS:
        return False
    fitting = [r for r in roles if role_matches(description, [r])]
    return bool(fitting) and all(set(re.findall(r"[\w]+", r.lower())) & FORMER_WORDS for r in fitting)


def _framing_subject(art: _Article, st, speaker, entry) -> _Entry | None:
    """"Ruiz rubbished Hale's claim to …": a statement read from someone's claim or remarks that another
    person's verb acts on; that person holds the turn there ("“…,” he said" after it is Ruiz), not the
    claimant."""
    span = char_span(art.doc, st.speaker_start, st.speaker_end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "poss":
        return None
    noun = span.root.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return None
    if noun.dep_ == "pobj":
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    m = art.mention_at(subj.idx) if subj is not None else None
    if m is None or art.in_quote(subj.idx):
        return None
    name = _canonical(art, m.actor)
    if name == speaker or not (art.type_of(name) == "person" or art.is_person(name)):
        return None
    return _Entry(entry.at, name, "person")


def _roles_unlike(art: _Article, person: str, description: str) -> bool:
    """"Ari Flint, a former press secretary … the businessman": the text gave the person roles, and the
    description fits none of them."""
    actor = art.by_name.get(person)
    roles = list(actor.roles) if actor is not None else []
    for st in art.statements:  # "said Ari Flint, former press secretary, who …": the apposition of the name
        if st.speaker == person and st.speaker_kind == "name" and st.speaker_start is not None:
            mention = art.text[st.speaker_start:st.speaker_end]
            if ", " in mention:
                roles.append(mention.split(", ", 1)[1])
    return bool(roles) and not role_matches(description, roles)


def _named_elsewhere_in_sentence(art: _Article, st) -> set[str]:
    """"The French president expressed his condolences, while Obama offered his own", "The Democratic
    candidate blasted Trump's call": a writer does not describe someone and then name them in the same
    sentence, so a description is nobody its sentence names after it (a name before it may well be its
    referent: "after Sanders …, the Vermont senator said")."""
    i = bisect_right(art.sent_starts, st.speaker_start)
    b = art.sent_starts[i] if i < len(art.sent_starts) else len(art.text)
    named = set()
    for m in art.mentions_in(st.speaker_end, b):
        span = char_span(art.doc, m.start, m.end, alignment_mode="expand") if m.actor else None
        if span is not None and len(span) and not _inside_a_noun_clause(span.root):
            named.add(_canonical(art, m.actor))
    return named


def _inside_a_noun_clause(tok) -> bool:
    """"… in his comments, which raised criticism that Trump was urging …": a name in a clause that hangs
    on a noun is said about or by others, no fellow participant of the sentence."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("relcl", "acl") or t.dep_ == "ccomp" and t.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _last_person_speaker(art: _Article, at: int, skip: frozenset | set = frozenset()) -> _Entry | None:
    """The last person the text gave a statement to before `at` (none of `skip`)."""
    return next((e for e in reversed(art.history) if e.at < at and e.actor and e.actor not in skip
                 and (e.type == "person" or art.is_person(e.actor))), None)


def _person_description(art: _Article, st, tokens, head) -> str | None:
    """"the governor", "the woman", "the 26-year-old", "the expert": whom the text is about."""
    at = st.speaker_start
    if _repeats_unnamed_source(art, st, tokens):
        return None  # "… said a senior Cruz adviser. … said the senior Cruz adviser": that unnamed one again
    low, lemma = head.lower_, head.lemma_.lower()
    text = _np_text(head, appositive=False)
    fitting = [a for a in art.actors if a.roles and role_matches(text, a.roles) and a.type not in _NON_SPEAKER_TYPES
               and not _held_only_formerly(text, a.roles)]
    if not fitting and lemma in _role_nouns() and head.tag_ == "NN":  # "Sen. X of Vermont … the Vermont senator"
        holder = _role_holder(art, head)
        fitting = [art.by_name[holder.actor]] if holder is not None and holder.actor in art.by_name else []
    if not fitting and head.tag_ in ("NN", "NNP") and head.text.islower():
        fitting = _loosely_described(art, head)
    named_here = _named_elsewhere_in_sentence(art, st) if _is_human_word(head) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children) else frozenset()
    fitting = [a for a in fitting if a.name not in named_here]
    seen = [a for a in fitting if 0 <= art.last_seen(a.name, at)]
    fitting = seen or [a for a in fitting if art.positions.get(a.name)]
    fitting.sort(key=lambda a: art.last_seen(a.name, at), reverse=True)
    recent = _last_person_speaker(art, at, named_here)
    if fitting and not seen and recent is not None and st.kind == "direct" and at - recent.at < 400 \
            and art.sentence_start(at) <= recent.at + 400:
        fitting = []  # "“…,” said the former top aide" in the turn of someone just quoted: that person,
        # not one the text names with the role only further on
    gender = "f" if low in FEMALE_WORDS else "m" if low in MALE_WORDS else ""
    if head.tag_ in ("NNS", "NNPS") or lemma in COLLECTIVE_HEADS:
        return None  # "her advisers", "their friends", "the family": people, not one person
    if any(c.dep_ == "poss" for c in head.children) and (lemma in RELATIONAL_HEADS or low in RELATIONAL_HEADS):
        return fitting[0].name if fitting else None  # "his nephew": only someone the text called that
    if (low in EXPERT_HEADS or lemma in EXPERT_HEADS) and recent is not None:
        if not fitting or art.last_seen(fitting[0].name, at) <= recent.at or fitting[0].name == recent.actor:
            return recent.actor  # writers call whoever they are quoting "the expert"
    if fitting and _introduced_unnamed(art, head):
        return None  # "Bob, a CIA officer … A second CIA officer backed his account … the officer said": that one
    if fitting:
        return fitting[0].name
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return None  # "a letter from his doctor says": someone of the person just named, never that person
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None  # "according to an organizer", "said a spokesman": someone not named, never one named before
    if lemma in PERSON_HEADS or low in PERSON_HEADS or _AGE.search(tokens.text) or gender:
        if _introduced_unnamed(art, head):
            return None
        job = (lemma in _role_nouns() or low in _role_nouns()) and lemma not in PERSON_HEADS
        for e in _candidates(art, at, at - art.max_distance):
            if e.actor is None:
                if not e.plural and (not gender or not e.gender or e.gender == gender):
                    return None
                continue
            if e.actor in named_here:
                continue
            asked = _person_asked_last(art, st, e.actor) if st.kind != "direct" else None
            if asked is not None and asked not in named_here and (not gender or art.gender_of(asked) in ("", gender)):
                return asked
            if _compatible(art, e, "person", gender):
                if job and _roles_unlike(art, e.actor, text):
                    continue  # "Ari Flint, a press secretary … the businessman": someone else
                return None if _affiliated_elsewhere(art, head, e.actor) else e.actor
        return None
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return None
    if not _is_human_word(head):  # "reason", "the footage": a phrase the grammar took for the speaker;
        # within the turn of someone just quoted, that speaker is the best reading
        close = recent is not None and at - recent.at < 400 and art.sentence_start(at) <= recent.at + 400
        return recent.actor if close and st.kind == "direct" or (close and at - recent.at < 250) else None
    if recent is not None and at - recent.at < 600 and (_introduced_unnamed(art, head)
                                                        or _affiliated_elsewhere(art, head, recent.actor)):
        return None  # "an employee of the contractor … The employee told investigators": that unnamed one
    if recent is not None and at - recent.at < 600:
        if (lemma in _role_nouns() or low in _role_nouns()) and _has_definite_reference(tokens):
            subject = _role_of_recent_subject(art, at, min(at, st.start), gender, named_here)
            if subject is not None and subject != recent.actor and art.last_seen(subject, at) > recent.at:
                return subject  # "X spoke. Reid blasted Rubio. “…,” the minority leader said": Reid
        if st.kind == "direct" and _asked_last(art, st, recent.actor):
            asked = next((e.actor for e in reversed(art.history) if e.at < recent.at and e.actor
                          and e.actor != recent.actor and recent.at - e.at < art.max_distance
                          and (e.type == "person" or art.is_person(e.actor))), None)
            if asked is not None:
                return asked  # "“…?” Borger asked. “That would be me,” the senator said": who answers
        asked = _person_asked_last(art, st, recent.actor) if st.kind != "direct" else None
        if asked is not None and asked not in named_here:
            return asked  # "Hannity asked Kasich to lay out his path. The candidate said …": Kasich answers
        return recent.actor
    if (lemma in _role_nouns() or low in _role_nouns()) and _has_definite_reference(tokens):
        subject = _role_of_recent_subject(art, at, min(at, st.start), gender, named_here)
        asked = _person_asked_last(art, st, subject) if subject is not None and st.kind != "direct" else None
        if asked is not None and asked not in named_here and (not gender or art.gender_of(asked) in ("", gender)):
            return asked
        if subject is not None:
            return subject
    if _introduced_unnamed(art, head):
        return None  # "an employee of the firm … The employee told investigators": that unnamed one
    if not any(e.at < at and e.actor for e in art.history):  # (only unnamed sources spoke before)
        named = _person_named_before(art, at)
        if named is not None and not _affiliated_elsewhere(art, head, named) \
                and (not gender or art.gender_of(named) in ("", gender)):
            return named  # "A clip of Ana Ruiz is shown … The candidate is heard …": the one named, not the next speaker
    return _next_speaker(art, st, want_person=True)


def _repeats_unnamed_source(art: _Article, st, tokens) -> bool:
    """"the senior Cruz adviser" after a statement of "a senior Cruz adviser" whom the text did not name:
    the same unnamed source, not whoever spoke in between."""
    words = tokens.text.lower().split()
    if len(words) < 3 or words[0] != "the":
        return False
    rest = words[1:]
    for o in art.statements:
        if o.speaker_start is None or o.speaker_start >= st.speaker_start or o.speaker is not None \
                or o.speaker_kind != "anonymous" or not o.speaker_mention:
            continue
        said = o.speaker_mention.lower().split()
        if said[:1] in (["a"], ["an"], ["one"]) and said[1:] == rest:
            return True
    return False


def _loosely_described(art: _Article, head) -> list:
    """"the billionaire front-runner" after "billionaire Victor Lang", "the businessman" after "Lang, a
    businessman from Ohio": the one person of the article whose role has one of the description's
    nouns as its head word ([] when none or several do)."""
    nouns = {t.lower_ for t in head.subtree if t.i <= head.i and t.pos_ in ("NOUN", "ADJ", "PROPN")
             and len(t.text) > 2 and t.lower_ not in FORMER_WORDS}
    nouns.add(head.lemma_.lower())
    hits = [a for a in art.actors if a.roles and (a.type == "person" or art.is_person(a.name))
            and any(_actors._role_heads(r) & nouns for r in a.roles)]
    return hits if len(hits) == 1 else []


def _affiliated_elsewhere(art: _Article, head, actor: str) -> bool:
    """"Colorado's delegation chairman announced …" right after Senator X of Alabama spoke: a description
    naming its own place or body ("Colorado's", "of the Ohio delegation") is someone of there, not
    whoever spoke last, unless the text gave that person a role there. A person owner ("Obama's former
    strategist") says whom they work for, which roles seldom record: not counted."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + [
        g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    owners = [o for o in owners if (m := art.mention_at(o.idx)) is not None and not art.is_person(m.actor)]
    if not owners:
        return False
    entry = art.by_name.get(actor)
    tied = " ".join([actor, *(entry.roles if entry is not None else [])]).lower()
    return not any(o.text.lower() in tied for o in owners)


def _role_of_recent_subject(art: _Article, at: int, said: int, gender: str, skip=frozenset()) -> str | None:
    """"Mike Pence showed the crowd a clip … “…,” the Republican vice-presidential nominee riffed": a role
    the text gives nobody else is the person just named as the subject of the sentence before (or this
    one), when the text has given that person no other role. `said` is where the statement starts."""
    for e in _candidates(art, at, art.previous_sentence_start(said) - 1):
        if e.actor is None:
            return None
        if not _compatible(art, e, "person", gender) or e.actor in skip:
            continue
        actor = art.by_name.get(e.actor)
        return e.actor if actor is None or not actor.roles else None
    return None


def _introduced_unnamed(art: _Article, head, window: int = 400) -> bool:
    """"the employee" after "an employee of the firm" (not "Ruiz, an employee of the firm" nor "Ruiz
    is an employee"): the text introduced someone of that kind without a name, and refers back to them."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    lemma = head.lemma_.lower()
    for t in reversed(head.doc[max(0, head.i - window):head.i]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.tag_ != head.tag_ or art.in_quote(t.idx):
            continue
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in t.children):
            return False  # "the employee" again: look no further back than the last mention
        named = t.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in t.children) \
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "GPE", "NORP")
                   for c in t.children) \
            or any(c.dep_ in ("relcl", "acl") and any(g.ent_type_ == "PERSON" for g in c.subtree) for c in t.children)
        return not named  # "a neighbour who gave her name only as Marta" is named
    return False


def _asked_last(art: _Article, st, name: str) -> bool:
    """The statement right before `st` is a question `name` asked."""
    before = [o for o in art.statements if o.end <= st.start and o.speaker_start is not None]
    if not before:
        return False
    last = max(before, key=lambda o: o.end)
    return last.speaker == name and last.cue.lower().startswith("ask") and last.text.rstrip(" .”\"'").endswith("?")


def _person_asked_last(art: _Article, st, name: str) -> str | None:
    """The person `name` asked something in the sentence before `st` ("Hannity asked Kasich to …"): who
    answers there, whatever the description calls them."""
    doc = art.doc
    lo = art.previous_sentence_start(st.start)
    for tok in char_span(doc, lo, art.sentence_start(st.start), alignment_mode="expand") or ():
        if tok.lemma_.lower() != "ask" or tok.pos_ != "VERB":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        ms = art.mention_at(subj.idx) if subj is not None else None
        mo = art.mention_at(obj.idx) if obj is not None else None
        if ms is None or mo is None or _canonical(art, ms.actor) != name:
            continue
        person = _canonical(art, mo.actor)
        if person and person != name and (art.type_of(person) == "person" or art.is_person(person)):
            return person
    return None


def _is_human_word(head) -> bool:
    """A noun for a person: a role or job, a kinship or plain person noun, an age ("the 26-year-old")."""
    low, lemma = head.lower_, head.lemma_.lower()
    words = (_role_nouns() | PERSON_HEADS | EXPERT_HEADS | ANONYMOUS_HEADS | SPOKES_HEADS | MEDIA_HEADS
             | MALE_WORDS | FEMALE_WORDS | RELATIONAL_HEADS)
    if low in words or lemma in words or _AGE.search(head.doc[head.left_edge.i:head.i + 1].text):
        return True
    return lemma.endswith(("ist", "ian", "man", "woman")) and lemma not in ORG_HEADS


def _tied_body(art: _Article, st, tokens, head) -> str | None:
    """"her campaign", "Clinton's campaign", "the Obama administration", "the governor's office",
    "the administration": the body of one person, never that person. It is the article's own actor
    for it ("Trump campaign") when there is one, else "campaign of X", so every mention of it in the
    article is one actor."""
    at = st.speaker_start
    lemma = head.lemma_.lower() if head.lemma_.lower() in TIED_HEADS else head.lower_
    kind = next((c.lemma_.lower() for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in TIED_HEADS), None)
    if kind is not None:  # "the campaign team", "the campaign staff": the campaign's own people
        lemma = kind
    owner = next((c for c in head.children if c.dep_ == "poss"), None) or next(
        (c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None) or _owner_after(art, head)
    person = None
    if owner is not None:
        if owner.pos_ == "PRON":
            if owner.lower_ not in ("his", "her"):
                return None  # "its office", "their campaign": not one person's
            e = _antecedent(art, "he" if owner.lower_ == "his" else "she", owner.idx, [])
            person = e.actor if e is not None else None
        else:
            m = art.mention_at(owner.idx)
            if m is not None:
                name = _canonical(art, m.actor)
            elif owner.pos_ == "PROPN":
                name = _known_person(art, _proper_name(owner))
            else:  # "the governor's office"
                name = _person_description(art, st, tokens, owner) if _is_human_word(owner) else None
                if name and lemma == "campaign" and _staff_of(art, name) is not None:
                    name = _campaign_owner(art, at)  # "the Democratic nominee's campaign" is no spokesman's
            if name and (art.type_of(name) == "person" or art.is_person(name)):
                person = name
            elif name:
                return None  # "the company's office", "Ohio's administration": a body's, not a person's
    else:
        if not _has_definite_reference(tokens):
            return None
        found = _named_body(art, lemma, lemma, at)
        if found and (found.startswith(lemma + " of ") or found.lower().endswith(" " + lemma)
                      and _known_person(art, found.rsplit(" ", 1)[0])):
            return found  # "the campaign" after "the Trump campaign", not "the administration" = the FAA
        if lemma == "administration":
            person = _executive(art, at)
        elif lemma == "campaign":
            person = _campaign_owner(art, at)
    if not person:
        return None
    return _body_of_person(art, lemma, person, _description(tokens.text), at)


STAFF_HEADS = words_of("staff")


def _staff_of(art: _Article, person: str) -> set[str] | None:
    """The people whose staff a person is ("Jo Lund, a spokesman for Rivers" → {"Tom Rivers"}; empty
    when the roles name nobody), or None when some role of theirs is not a staff role."""
    actor = art.by_name.get(person)
    roles = actor.roles if actor is not None else []
    if not roles or not all(STAFF_HEADS & {w.lower() for w in re.findall(r"[\w\-]+", r)} for r in roles):
        return None
    bosses = set()
    for a in art.actors:
        if a.name != person and (a.type == "person" or art.is_person(a.name)):
            surname = a.name.split()[-1]
            if any(re.search(r"\b" + re.escape(surname) + r"\b", r) for r in roles):
                bosses.add(a.name)
    return bosses


def _campaign_owner(art: _Article, at: int) -> str | None:
    """"The campaign said": the campaign of the last person named who can run one. A spokesman, aide or
    lawyer runs none, and a staffer quoted last of someone else's campaign makes that someone the
    wrong owner too ("…, said a Trump spokesman. The campaign …" in a story about Clinton)."""
    skipped: set[str] = set()
    for e in _candidates(art, at, at - art.max_distance):
        if not e.actor or not _compatible(art, e, "person", ""):
            continue
        person = _canonical(art, e.actor)
        if person in skipped:
            continue
        bosses = _staff_of(art, person)
        if bosses is None:
            return person
        skipped |= bosses | {person}
    counts = {a.name: sum(1 for p in art.positions.get(a.name, ()) if p < at) for a in art.actors
              if (a.type == "person" or art.is_person(a.name)) and a.name not in skipped
              and _staff_of(art, a.name) is None}
    best = max(counts, key=lambda n: (counts[n], art.last_seen(n, at)), default=None)
    return best if best is not None and counts[best] >= 2 else None  # the person the story is about


def _body_of_person(art: _Article, lemma: str, person: str, described: str, at: int) -> str:
    """The article's actor for a person's campaign or administration ("Trump campaign"), else "campaign of X"."""
    surname = _fold(person.split()[-1])
    for a in art.actors:  # "the Trump campaign" as the article names it
        words = [_fold(w) for w in a.name.split()]
        if a.type in _ORG_TYPES and len(words) >= 2 and words[-1] == lemma and surname in words[:-1]:
            return a.name
    return art.add_actor(f"{lemma} of {person}", "organisation", described, at, lemma)


def _owner_after(art: _Article, head):
    """"the campaign for Raul Ortega", "Campaign for Ortega": a person named after "for"/"of" owns the
    body (a body named there, "the Office of Management", does not)."""
    for p in head.rights:
        if p.dep_ == "prep" and p.lower_ in ("for", "of"):
            obj = next((c for c in p.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if obj is None:
                return None
            m = art.mention_at(obj.idx)
            name = _canonical(art, m.actor) if m is not None else _known_person(art, _proper_name(obj))
            return obj if name and (art.type_of(name) == "person" or art.is_person(name)) else None
    return None


def _executive(art: _Article, at: int) -> str | None:
    """"The administration said": the president (governor, mayor) the article named last."""
    best, best_at = None, -1
    for a in art.actors:
        if not a.roles or not (a.type == "person" or _looks_like_person_name(a.name)):
            continue
        if not any(w.lower().strip(".,") in EXECUTIVE_ROLES for r in a.roles for w in r.split()):
            continue
        seen = art.last_seen(a.name, at)
        if seen > best_at:
            best, best_at = a.name, seen
    return best


def _public_body(art: _Article, at: int) -> str | None:
    """"The Federal Aviation Administration grounded the jets. The agency said …": the public body
    the text named last, when the word itself is not in its name."""
    best, best_at = None, -1
    for a in art.actors:
        if a.type not in _ORG_TYPES or not a.name.split() or _fold(a.name.split()[-1]) not in AGENCY_NAME_WORDS:
            continue
        seen = art.last_seen(a.name, at)
        if seen > best_at and at - seen < 2500:
            best, best_at = a.name, seen
    return best
