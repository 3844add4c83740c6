"""Speaker mention → actor: names, pronouns, descriptions and anonymous sources.

`quotes.find_statements` records the span that introduces each statement; this module decides who
it is. A name resolves to the entity mention it overlaps; a pronoun to the most recent compatible
speaker or subject (person for he/she, organisation or group for it/they/we); a description ("the
expert", "the Director General of the RIAC") to the actor whose roles fit it, or — for loose expert
descriptions — to the speaker the text has just been quoting; vague sources ("a source", "one
captain", "officials") stay anonymous.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .actors import role_matches
from .docarrays import doc_arrays

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
                   "i": "", "me": "", "my": "", "you": ""}
RELATIVE_PRONOUNS = frozenset("who which that whom whose".split())

ANONYMOUS_HEADS = frozenset("""
source sources official officials person people insider insiders aide aides captain captains officer
officers diplomat diplomats witness witnesses resident residents someone somebody one observers
staffer staffers employee employees member members figure figures analyst analysts critic critics
expert experts insider observers activist activists lawmaker lawmakers
""".split())
"""Heads of vague sources; with no name in the span they are anonymous."""

SPOKES_HEADS = frozenset("spokesman spokeswoman spokesperson representative statement spokespeople".split())
"""Heads that speak for the organisation named with them ("a State Department spokesman")."""

EXPERT_HEADS = frozenset("""
expert analyst scientist researcher scholar specialist observer professor economist commentator
historian sociologist academic political_scientist
""".split())
"""Loose descriptions that writers use for whoever they are quoting; continuity beats role fit."""

ORG_HEADS = frozenset("""
ministry department company firm government agency council committee court party army police office
administration bank union commission organization organisation group campaign embassy service institute
foundation university network newspaper board authority authorities
""".split())
"""Descriptions of organisations: they resolve to an organisation actor, never to a person."""

GENERIC_ORG_HEADS = frozenset("company firm group organization organisation agency network".split())

_MALE_TITLES = re.compile(r"\b(mr|sir|king|prince|lord|father|brother)\b\.?", re.I)
_FEMALE_TITLES = re.compile(r"\b(mrs|ms|miss|madam|queen|princess|lady|sister)\b\.?", re.I)
_ORG_TYPES = frozenset("organisation organization institution country group gpe norp org".split())


def _is_person(kind: str) -> bool:
    return kind == "person"


def resolve_speakers(doc, statements, mentions, actors, *, max_pronoun_distance: int = 1500) -> None:
    """Fill `speaker`, `speaker_kind` and `role` of each statement in place."""
    arrays = doc_arrays(doc)
    text = arrays.text
    sent_starts = [s[0] for s in arrays.sents]
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    by_name = {a.name: a for a in actors}
    gender = _genders(text, mentions)
    history: list[tuple[int, str]] = []  # (offset, speaker) of resolved statements
    subject_mentions = _subject_mentions(doc, mentions)
    positions: dict[str, list[int]] = {}
    for m in mentions:
        positions.setdefault(m.actor, []).append(m.start)
    for st in statements:
        if st.speaker_start is None:
            st.speaker, st.speaker_kind = None, ""
            continue
        a, b = st.speaker_start, st.speaker_end
        mention_text = text[a:b]
        tokens = doc.char_span(a, b, alignment_mode="expand")
        head = tokens.root if tokens is not None and len(tokens) else None
        inside = [m for m in mentions[max(0, bisect_right(starts, a) - 20):bisect_right(starts, b)]
                  if m.start < b and m.end > a]
        speaker, kind = None, "name"
        if head is not None and head.pos_ == "PRON" and len(tokens) == 1:
            kind = "pronoun"
            si = max(bisect_right(sent_starts, head.idx) - 1, 0)
            sent_start = sent_starts[si]
            near = max_pronoun_distance if head.lower_ in PERSON_PRONOUNS else head.idx - sent_starts[max(si - 1, 0)]
            speaker = _resolve_pronoun(head, st, mentions, starts, history, subject_mentions, by_name,
                                       gender, near, sent_start)
            if speaker and PERSON_PRONOUNS.get(head.lower_):
                gender.setdefault(speaker, PERSON_PRONOUNS[head.lower_])  # "he" once, "he" after
        elif inside and (head is None or any(m.start <= head.idx < m.end for m in inside)):
            speaker = _pick_mention(inside, head).actor
        elif inside and head.lower_ in SPOKES_HEADS:
            speaker, kind = _pick_mention(inside, head).actor, "description"
        elif any(m.actor_type == "person" for m in inside):  # "Its governor, Paul Kim"
            speaker = _pick_mention(inside, head).actor
        else:
            lemma = head.lemma_.lower() if head is not None else ""
            vague = head is not None and head.pos_ == "NOUN" and _is_vague(tokens, head)
            if vague and inside:  # "economists at the Institute for Fiscal Studies"
                speaker, kind = _pick_mention(inside, head).actor, "description"
            elif vague or (lemma in ANONYMOUS_HEADS and not inside and not _has_definite_reference(tokens)):
                speaker, kind = None, "anonymous"
            elif head is not None and head.pos_ in ("NOUN", "PROPN"):
                kind = "description"
                speaker = _resolve_description(tokens, st, actors, positions, history, strict=head.pos_ == "PROPN")
                if speaker is None and inside:
                    speaker, kind = _pick_mention(inside, head).actor, "name"
                if speaker is None and (head.pos_ == "PROPN" or all(t.text[:1].isupper() for t in tokens)) \
                        and lemma not in ANONYMOUS_HEADS:
                    speaker, kind = _proper_name(head), "name"  # a name the entity recogniser missed
                if speaker is None and lemma in ANONYMOUS_HEADS:
                    kind = "anonymous"
            else:
                speaker = None
        if tokens is not None and len(tokens) == 2 and tokens[1].lower_ in PARTY_MEMBERS:
            speaker = None  # "the Democrat": a person, not the party
        if speaker is None and kind != "anonymous" and tokens is not None and len(tokens) \
                and tokens[0].lower_ in ("the", "this"):
            speaker = _antecedent_of_description(tokens, mentions, starts, history)
            kind = "description" if speaker else kind
        st.speaker, st.speaker_kind = speaker, kind
        actor = by_name.get(speaker) if speaker else None
        if actor is not None and actor.roles:
            st.role = _best_role(actor.roles, mention_text)
        elif kind == "description":
            st.role = mention_text.lower().removeprefix("the ").strip()
        if speaker:
            history.append((st.speaker_start, speaker))


def _proper_name(head) -> str:
    """The run of proper nouns around a head token ("Jane Doe")."""
    doc = head.doc
    lo = hi = head.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and not doc[lo - 1].is_punct:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and not doc[hi + 1].is_punct:
        hi += 1
    return doc[lo:hi + 1].text


INDEFINITE = frozenset("a an one some several two three four many few other another any most".split())


def _is_vague(tokens, head) -> bool:
    """"one trader", "a diplomat", "officials", "economists": nobody in particular."""
    det = [t for t in tokens if t.head.i == head.i and t.dep_ in ("det", "nummod", "amod", "quantmod")
           and t.lower_ in INDEFINITE]
    if det:
        return True
    has_det = any(t.head.i == head.i and t.dep_ in ("det", "poss") for t in tokens)
    return head.tag_ == "NNS" and not has_det


def _has_definite_reference(tokens) -> bool:
    """"the captain" after a named captain is a description; "a source", "officials" are not."""
    if tokens is None:
        return False
    det = next((t for t in tokens if t.dep_ == "det"), None)
    return det is not None and det.lower_ in ("the", "this", "that") and tokens.root.lemma_.lower() not in (
        "source", "official", "person", "people", "insider")


def _pick_mention(inside, head):
    if head is not None:
        for m in inside:
            if m.start <= head.idx < m.end:
                return m
    persons = [m for m in inside if m.actor_type == "person"]
    return (persons or inside)[-1 if persons else 0]


def _subject_mentions(doc, mentions) -> list[tuple[int, str, str]]:
    """(offset, actor, type) of mentions that are grammatical subjects: likely pronoun antecedents."""
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass")):
            out.append((m.start, m.actor, m.actor_type))
    return out


FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen anna hillary angela
theresa nicole kamala jane joan janet ruth rose alice grace julie diana nina ann anne maria olga tatiana natalia irina elena svetlana marine ursula christine
catherine kate julia claire emma sophie ana amina fatima aisha priya mei yuki valeria angela jacinda
""".split())
MALE_NAMES = frozenset("""
james john robert michael william david richard joseph thomas charles christopher daniel matthew mark
donald paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan
jacob gary eric jonathan stephen larry justin scott frank brandon raymond gregory samuel benjamin
patrick jack dennis jerry alexander tyler barack joe bernie mike ted vladimir dmitry sergei sergey
andrey andrei ivan igor alexei boris emmanuel olaf xi juan carlos jose luis pedro miguel arturo craig
mohammed muhammad ahmed ali hassan ibrahim musa narendra rahul kim jean pierre francois recep
""".split())
"""Common first names, enough to keep "she" off a man and "he" off a woman."""


def _genders(text, mentions) -> dict[str, str]:
    """Actor → 'm'/'f' from titles (Mr., Mrs.) before its mentions, else from a common first name."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.actor_type != "person":
            continue
        first = m.actor.split()[0].lower() if m.actor.split() else ""
        if first in FEMALE_NAMES:
            out.setdefault(m.actor, "f")
        elif first in MALE_NAMES:
            out.setdefault(m.actor, "m")
        before = text[max(0, m.start - 6):m.start]
        if _MALE_TITLES.search(before):
            out.setdefault(m.actor, "m")
        elif _FEMALE_TITLES.search(before):
            out.setdefault(m.actor, "f")
    return out


def _resolve_pronoun(head, st, mentions, starts, history, subject_mentions, by_name, gender, max_distance,
                     sent_start):
    word = head.lower_
    at = st.speaker_start
    if word in RELATIVE_PRONOUNS:
        target = head.head.head if head.head.dep_ == "relcl" else None
        if target is not None:
            for m in mentions[max(0, bisect_right(starts, target.idx) - 3):bisect_right(starts, target.idx + 1)]:
                if m.start <= target.idx < m.end or (m.end <= target.idx + len(target.text) and m.end > target.left_edge.idx):
                    return m.actor
            if target.pos_ == "PROPN":
                return _proper_name(target)
        return None
    if word in ("i", "me", "my", "you"):
        return history[-1][1] if history and at - history[-1][0] < max_distance else None
    want_person = word in PERSON_PRONOUNS
    want_gender = PERSON_PRONOUNS.get(word, "")
    cands: list[tuple[int, str]] = []
    quoted = (st.start, st.end) if st.kind == "direct" else (at, at)
    mentions_before = [m for m in _before(mentions, starts, at, 10) if not quoted[0] <= m.start < quoted[1]]
    for m in mentions_before:
        if m.start >= sent_start and m.end <= at and _is_person(m.actor_type) == want_person \
                and (not want_gender or gender.get(m.actor, want_gender) == want_gender):
            return m.actor  # "Political scientist Dmitry Oreshkin …, he admitted"
        if m.start < sent_start:
            break
    seen: set[str] = set()
    for off, actor in reversed(history):
        if off >= at or actor in seen:
            continue
        seen.add(actor)
        cands.append((off, actor))
        if len(seen) == 3:
            break
    n_subjects = 0
    for off, actor, typ in reversed(subject_mentions):
        if off >= at or quoted[0] <= off < quoted[1]:
            continue
        if _is_person(typ) == want_person:
            cands.append((off, actor))
            n_subjects += 1
            if n_subjects == 3:
                break
    # the closest mention of the right type, for "it"/"they" and as a last resort
    for m in _before(mentions, starts, at, 40):
        if m.end <= at and not quoted[0] <= m.start < quoted[1] and _is_person(m.actor_type) == want_person:
            cands.append((m.start - max_distance // 3, m.actor))
            break
    best = None
    for off, actor in sorted(cands, key=lambda c: -c[0]):
        if at - off > max_distance:
            continue
        a = by_name.get(actor)
        typ = a.type if a is not None else ""
        if want_person and typ and not _is_person(typ):
            continue
        if not want_person and _is_person(typ):
            continue
        g = gender.get(actor)
        if want_gender and g and g != want_gender:
            continue
        best = actor
        break
    if best is None and want_person:
        best = _unrecognised_subject(head)
    return best


def _before(mentions, starts, at: int, n: int):
    """The last n mentions starting before offset `at`, nearest first."""
    i = bisect_right(starts, at - 1)
    return [mentions[j] for j in range(i - 1, max(i - 1 - n, -1), -1)]


def _unrecognised_subject(head, window: int = 60) -> str | None:
    """A proper-noun subject shortly before the pronoun that the entity recogniser missed."""
    doc = head.doc
    for t in reversed(doc[max(0, head.i - window):head.i]):
        if t.pos_ == "PROPN" and (t.dep_ in ("nsubj", "nsubjpass") or
                                  (t.dep_ in ("compound", "flat") and t.head.dep_ in ("nsubj", "nsubjpass"))):
            return _proper_name(t)
    return None


PARTY_MEMBERS = frozenset("democrat republican conservative liberal socialist independent tory".split())


def _antecedent_of_description(tokens, mentions, starts, history, window: int = 600) -> str | None:
    """"The company", "the 45-year-old" with no actor whose role fits: whom the text was just about.

    An organisation word takes the nearest organisation before it (or a proper-noun subject the entity
    recogniser missed), anything else the speaker just quoted or the nearest person before it.
    """
    at = tokens.start_char
    if tokens.root.lemma_.lower() in ORG_HEADS or tokens.root.lower_ in ORG_HEADS:
        for m in _before(mentions, starts, at, 10):
            if at - m.end > window:
                break
            if not _is_person(m.actor_type):
                return m.actor
        return _unrecognised_subject(tokens[0], window=40)
    if history and at - history[-1][0] < window:
        return history[-1][1]
    for m in _before(mentions, starts, at, 10):
        if at - m.end > window:
            break
        if _is_person(m.actor_type):
            return m.actor
    return None


def _resolve_description(tokens, st, actors, positions, history, strict: bool = False):
    if tokens is None or not len(tokens):
        return history[-1][1] if history else None
    head = tokens.root.lower_
    at = st.speaker_start

    def last_seen(name: str) -> int:
        pos = positions.get(name, ())
        i = bisect_right(pos, at - 1)
        return pos[i - 1] if i else -1

    types = {a.name: a.type for a in actors}
    if head in ORG_HEADS or tokens.root.lemma_.lower() in ORG_HEADS:
        word = tokens.root.lemma_.lower()
        named = [a for a in actors if not _is_person(a.type) and last_seen(a.name) >= 0
                 and any(word in x.lower() for x in [a.name] + list(a.aliases))]
        if not named and word in GENERIC_ORG_HEADS:
            named = [a for a in actors if a.type in ("organisation", "institution") and last_seen(a.name) >= 0]
        named.sort(key=lambda a: last_seen(a.name), reverse=True)
        return named[0].name if named else None
    recent_speaker = next((actor for off, actor in reversed(history)
                           if off < at and types.get(actor, "person") in ("person", "")), None)
    fitting = [a for a in actors if a.roles and role_matches(tokens.text, a.roles)]
    fitting.sort(key=lambda a: last_seen(a.name), reverse=True)
    if head in EXPERT_HEADS and recent_speaker:
        last_said = max(off for off, actor in history if actor == recent_speaker and off < at)
        if not fitting or last_seen(fitting[0].name) <= last_said or fitting[0].name == recent_speaker:
            return recent_speaker  # writers call whoever they are quoting "the expert"
    if fitting:
        return fitting[0].name
    if recent_speaker and not strict:
        return recent_speaker
    return None


def _best_role(roles: list[str], mention_text: str) -> str:
    low = mention_text.lower()
    for r in roles:
        if r.lower() in low:
            return r
    return roles[0]
