"""Result types: the one place where the row schemas of ActorLens live.

Every step of the pipeline returns these small dataclasses; `analysis.corpus` turns them into
pandas DataFrames whose columns are exactly the field names below (see `COLUMNS`). Offsets are
character offsets into `Article.text` exactly as given, so every number in a table can be traced
back to the sentence it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

ANALYSIS_VERSION = "2"
"""Part of the analysis fingerprint (`analysis.fingerprint`), which already follows every change of
the rule code, lexicons, model and output settings; bump it only for a change none of those show
(e.g. a dependency whose behaviour the rules rely on)."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) or empty when unknown
    source: str = ""
    url: str = ""
    author: str = ""
    path: str = ""  # where it was loaded from (file, file:line, upload name)


@dataclass(frozen=True)
class LoadError:
    file: str
    line: int | None
    reason: str

    @property
    def where(self) -> str:
        """"file:line", or the file alone when the problem is not on one line."""
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """One entity mention in an article, linked to a canonical actor name."""

    article_id: str
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, ...
    actor: str  # canonical actor name within the corpus
    actor_type: str = ""  # person | organisation | country | group | institution


@dataclass
class Actor:
    name: str
    type: str = ""
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


REPORTED_KINDS = frozenset({"indirect", "position"})
"""Statement kinds in the reporter's words: reported speech and opinion ("indirect") and stated
positions ("position": "wants to cut taxes", "endorsed Ana Sousa"); "direct" is the speaker's own words."""


@dataclass
class Statement:
    """A direct quote, reported speech or a stated position, attributed to a speaker."""

    article_id: str
    index: int  # position among the article's statements
    kind: str  # direct | indirect | position
    text: str
    start: int
    end: int
    spans: list[tuple[int, int]]  # one or more [start, end) pieces (a quote broken by "he said")
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None  # canonical actor, None when anonymous or unresolved
    speaker_mention: str = ""  # as written: name, pronoun or description
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str = ""  # name | pronoun | description | anonymous
    role: str = ""
    sentence_start: int = 0  # the surrounding sentence(s), for search and evidence
    sentence_end: int = 0

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.index}"


@dataclass
class Stance:
    """The source's stance toward a target, with the words it was read from."""

    article_id: str
    source: str | None
    target: str
    polarity: str  # positive | negative | neutral
    score: float  # in [-1, 1]
    evidence: str  # the words that decided it
    rule: str = ""  # lexicon entry or rule name
    relation: str = ""  # CAMEO-like relation type (narrated acts) or "statement"
    goldstein: float | None = None
    statement_index: int | None = None  # None for narrated acts outside statements
    start: int = 0  # evidence offsets in the article text
    end: int = 0
    confidence: float = 0.0  # how far the rule that produced the row is trusted, in [0, 1]


@dataclass
class ArticleAnalysis:
    article: Article
    mentions: list[Mention]
    actors: list[Actor]
    statements: list[Statement]
    stances: list[Stance]


def column_names(cls) -> list[str]:
    return [f.name for f in fields(cls)]


COLUMNS = {
    "articles": column_names(Article) + ["n_words"],
    "mentions": column_names(Mention),
    "actors": column_names(Actor) + ["n_mentions", "n_statements"],
    "statements": ["id"] + column_names(Statement) + ["sentence"],
    "stances": column_names(Stance),
    "errors": column_names(LoadError),
}
