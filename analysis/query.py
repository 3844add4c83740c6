"""The analyst's views of a corpus: shared filters, the who-said-what table, and table exports.

Pure pandas, no Streamlit: every page filter is a function here, so what the dashboard shows is
unit-tested and a downloaded table is exactly the rows these functions return.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pandas as pd

from . import network, timeline, wire
from .corpus import CorpusAnalysis

UNATTRIBUTED = "(unattributed)"
"""Speaker shown for statements without a resolved speaker actor and no description of the source."""


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def speaker_label(speaker=None, kind="", role="", mention="") -> str:
    """Who said it, shown the same way on every page: the speaker actor; an anonymous source by its
    description ("fire authorities (unnamed)", "spokesman for Minister Berg (unnamed)"); else
    `UNATTRIBUTED` (a pronoun or description nobody could be found for is not a name)."""
    if _text(speaker):
        return _text(speaker)
    if _text(kind) == "anonymous":
        described = _text(role) or _text(mention)
        for det in ("the ", "a ", "an "):
            if described.lower().startswith(det):
                described = described[len(det):]
        if described:
            return f"{described} (unnamed)"
    return UNATTRIBUTED

TABLE_COLUMNS = ["speaker", "role", "statement", "kind", "cue", "article", "date", "source", "id"]
"""Columns of the who-said-what table, in display order; `stance` is inserted when stances exist."""

POLARITY_MARK = {"positive": "+", "negative": "−", "neutral": "0"}


@dataclass(frozen=True)
class CorpusFilters:
    """The filters every page shares: article date range and sources (empty means all)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    count_carriers: bool = False  # count every outlet carrying a wire copy (default: once, `wire`)

    @property
    def active(self) -> bool:
        return bool(self.date_from or self.date_to or self.sources)


def _date_mask(dates: pd.Series, date_from: dt.date | None, date_to: dt.date | None) -> pd.Series:
    """Rows whose date lies in [date_from, date_to]; with a bound set, undated rows are left out."""
    if date_from is None and date_to is None:
        return pd.Series(True, index=dates.index)
    day = dates.fillna("").astype(str).str.slice(0, 10)
    valid = pd.to_datetime(day, format="%Y-%m-%d", errors="coerce").notna()
    mask = valid.copy()
    if date_from is not None:
        mask &= day >= date_from.isoformat()
    if date_to is not None:
        mask &= day <= date_to.isoformat()
    return mask


def select_articles(
    articles: pd.DataFrame,
    *,
    sources: Iterable[str] = (),
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[str]:
    """Ids of the articles from one of `sources` (all when empty) dated within the range."""
    mask = _date_mask(articles["date"], date_from, date_to)
    sources = set(sources)
    if sources:
        mask &= articles["source"].fillna("").isin(sources)
    return articles.loc[mask, "id"].tolist()


def _isin(values: pd.Series, keep: set) -> np.ndarray:
    """`values.isin(keep)` by distinct value: pandas turns each of thousands of wanted ids into
    an Arrow scalar first, which cost more than the scan on a 10,000-article corpus."""
    codes, uniques = pd.factorize(values)
    hit = np.fromiter((u in keep for u in uniques.tolist()), dtype=bool, count=len(uniques))
    return (codes >= 0) & hit[np.maximum(codes, 0)] if len(uniques) else np.zeros(len(values), dtype=bool)


def restrict_corpus(corpus: CorpusAnalysis, article_ids: Iterable[str]) -> CorpusAnalysis:
    """The corpus seen through a subset of its articles; actor counts are recounted on it."""
    keep = set(article_ids)

    def rows(df: pd.DataFrame, column: str) -> pd.DataFrame:
        return df[_isin(df[column], keep)].reset_index(drop=True)

    mention_rows = _isin(corpus.mentions["article_id"], keep)
    mentions = corpus.mentions[mention_rows].reset_index(drop=True)
    statements = rows(corpus.statements, "article_id")
    n_mentions = mentions["actor"].value_counts()
    n_statements = statements["speaker"].dropna().value_counts()
    actors = corpus.actors.copy()
    if not actors.empty:
        actors["n_mentions"] = actors["name"].map(n_mentions).fillna(0).astype(int)
        actors["n_statements"] = actors["name"].map(n_statements).fillna(0).astype(int)
        actors = actors[(actors["n_mentions"] > 0) | (actors["n_statements"] > 0)].reset_index(drop=True)
    restricted = dataclasses.replace(
        corpus,
        articles=rows(corpus.articles, "id"),
        mentions=mentions,
        actors=actors,
        statements=statements,
        stances=rows(corpus.stances, "article_id"),
    )
    if (para := network.known_paragraphs(corpus)) is not None:  # same texts: no need to split them again
        network.remember_paragraphs(restricted, para[mention_rows])
    return restricted


def apply_filters(corpus: CorpusAnalysis, filters: CorpusFilters) -> CorpusAnalysis:
    """The corpus under the filters; wire copies (`wire.copies`) are left out unless
    `filters.count_carriers`, and the kept article of each group knows its carriers."""
    drop = set() if filters.count_carriers else wire.copies(corpus.articles)
    if not filters.active and not drop:
        return corpus
    ids = select_articles(corpus.articles, sources=filters.sources, date_from=filters.date_from,
                          date_to=filters.date_to) if filters.active else corpus.articles["id"].tolist()
    restricted = restrict_corpus(corpus, [i for i in ids if i not in drop] if drop else ids)
    groups = wire.wire_groups(corpus.articles)
    kept = restricted.articles["id"].astype(str)
    wire.remember_groups(restricted.articles, groups.reindex(kept.values))
    wire.remember_carried_by(restricted.articles, wire.carried_by(corpus.articles).reindex(kept).dropna())
    return restricted


def stance_summary(stances: pd.DataFrame, min_confidence: float = 0.0) -> pd.Series:
    """Per statement id ("article:index"): its targets with polarity, e.g. "United States (−)";
    rows below `min_confidence` left out."""
    stances = network.confident(stances, min_confidence)
    linked = stances.dropna(subset=["statement_index"]) if not stances.empty else stances
    if linked.empty:
        return pd.Series(dtype=object)
    keys = linked["article_id"].astype(str) + ":" + linked["statement_index"].astype(int).astype(str)
    labels = linked["target"].astype(str) + " (" + linked["polarity"].map(POLARITY_MARK).fillna("?") + ")"
    grouped: dict[str, dict[str, None]] = {}
    for key, label in zip(keys.tolist(), labels.tolist()):  # a dict per key: ordered, no repeats
        grouped.setdefault(key, {})[label] = None
    return pd.Series({k: "; ".join(v) for k, v in grouped.items()}, dtype=object)


def _column(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist() if name in frame.columns else [""] * len(frame)


def statement_table(corpus: CorpusAnalysis, min_confidence: float = 0.0) -> pd.DataFrame:
    """Every statement with its article's title, date and source, in `TABLE_COLUMNS` order.

    Also carries `article_id`, `sentence`, `start`, `end` and `search_text` (not displayed) for
    search and links; `search_text` is lower-cased once here so that each search is one scan.
    """
    st = corpus.statements
    arts = corpus.articles.set_index("id") if not corpus.articles.empty else corpus.articles
    get = lambda col: st["article_id"].map(arts[col]) if len(arts) else pd.Series("", index=st.index)  # noqa: E731
    table = pd.DataFrame({
        "speaker": [_text(s) or speaker_label(s, k, r, m) for s, k, r, m in zip(  # most rows: a named speaker
            st["speaker"].tolist(), _column(st, "speaker_kind"), _column(st, "role"), _column(st, "speaker_mention"))],
        "role": st["role"].fillna(""),
        "statement": st["text"],
        "kind": st["kind"],
        "cue": st["cue"].fillna(""),
        "article": get("title").fillna(""),
        "date": get("date").fillna(""),
        "source": get("source").fillna(""),
        "id": st["id"],
        "article_id": st["article_id"],
        "sentence": st["sentence"].fillna(""),
        "start": st["start"],
        "end": st["end"],
    })
    table["search_text"] = (table["statement"].fillna("") + "\n" + table["sentence"]).str.lower()
    carried = wire.carried_by(corpus.articles)
    if len(carried):  # wire copies: "carried by" shown, `wire_copy` rows left out unless every carrier counts
        table.insert(TABLE_COLUMNS.index("source") + 1, "carried by", st["article_id"].map(carried).fillna(""))
        table["wire_copy"] = st["article_id"].isin(wire.copies(corpus.articles))
    stances = stance_summary(corpus.stances, min_confidence)
    if not stances.empty:
        table.insert(TABLE_COLUMNS.index("source") + 1, "stance", table["id"].map(stances).fillna(""))
    return table.reset_index(drop=True)


def display_columns(table: pd.DataFrame) -> list[str]:
    return [c for c in TABLE_COLUMNS[:-1] + ["carried by", "stance", "id"] if c in table.columns]


_TERM = re.compile(r'"([^"]+)"|(\S+)')


MAX_SEARCH_CHARS = 500
"""Longest search text read; the rest is ignored (a 40,000-term search stalled the server 31 s)."""

MAX_SEARCH_TERMS = 20
"""Most distinct terms a search uses (the first ones)."""


def search_terms(search: str) -> list[str]:
    """Words and "quoted phrases" of a search box, lower-cased and de-duplicated: at most
    `MAX_SEARCH_TERMS` of them, from its first `MAX_SEARCH_CHARS` characters."""
    terms = dict.fromkeys((a or b).lower() for a, b in _TERM.findall((search or "")[:MAX_SEARCH_CHARS]))
    return list(terms)[:MAX_SEARCH_TERMS]


def filter_statements(
    statements: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    search: str = "",
    speakers: Iterable[str] = (),
    kinds: Iterable[str] = (),
    sources: Iterable[str] = (),
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    count_carriers: bool = False,
) -> pd.DataFrame:
    """The rows of the who-said-what table that match every filter (empty filters match all);
    statements of wire copies only with `count_carriers` (else each counts once, `wire`).

    `statements` is either `statement_table(...)` or raw statement rows, which are joined with
    `articles` first. Search finds every term in the statement or its surrounding sentence.
    """
    table = statements
    if "statement" not in table.columns:
        if articles is None:
            raise ValueError("raw statement rows need the articles table for title, date and source")
        table = statement_table(_stub_corpus(statements, articles))
    mask = pd.Series(True, index=table.index)
    for column, wanted in (("speaker", speakers), ("kind", kinds), ("source", sources)):
        wanted = set(wanted)
        if wanted:
            mask &= table[column].isin(wanted)
    mask &= _date_mask(table["date"], date_from, date_to)
    if not count_carriers and "wire_copy" in table.columns:
        mask &= ~table["wire_copy"].astype(bool)
    terms = search_terms(search)
    if terms:
        mask = mask & _matches_all(table, mask, terms)
    return table[mask].reset_index(drop=True)


def _matches_all(table: pd.DataFrame, mask: pd.Series, terms: list[str]) -> pd.Series:
    """Rows (among those `mask` keeps) whose statement or sentence holds every term: one pass
    over the kept rows, longest term first (the most selective), a term that is part of another
    one not checked again."""
    terms = sorted(terms, key=len, reverse=True)
    terms = [t for i, t in enumerate(terms) if not any(t in longer for longer in terms[:i])]
    if "search_text" in table.columns:
        haystack = table["search_text"].to_numpy()
    else:
        haystack = (table["statement"].fillna("") + "\n" + table["sentence"].fillna("")).str.lower().to_numpy()
    keep = np.zeros(len(table), dtype=bool)
    for i in np.flatnonzero(mask.to_numpy()):
        text = haystack[i]
        keep[i] = isinstance(text, str) and all(t in text for t in terms)
    return pd.Series(keep, index=table.index)


def _stub_corpus(statements: pd.DataFrame, articles: pd.DataFrame) -> CorpusAnalysis:
    from .types import COLUMNS

    empty = lambda t: pd.DataFrame(columns=COLUMNS[t])  # noqa: E731
    return CorpusAnalysis(articles, empty("mentions"), empty("actors"), statements, empty("stances"))


def overview_counts(corpus: CorpusAnalysis) -> dict[str, int]:
    """The dashboard's headline numbers; "undated" as the timeline counts it (`timeline.article_dates`)."""
    return {
        "articles": len(corpus.articles),
        "statements": len(corpus.statements),
        "actors": len(corpus.actors),
        "undated articles": int(timeline.article_dates(corpus).isna().sum()),
    }


def top_speakers(corpus: CorpusAnalysis, n: int = 10) -> pd.DataFrame:
    """The `n` actors with most statements: speaker, statements, articles (ties by name)."""
    st = corpus.statements[["speaker", "id", "article_id"]]  # not every column: dropping rows copies them
    st = st[st["speaker"].notna() & (st["speaker"] != "")]
    if st.empty:
        return pd.DataFrame(columns=["speaker", "statements", "articles"])
    out = st.groupby("speaker").agg(statements=("id", "size"), articles=("article_id", "nunique")).reset_index()
    return out.sort_values(["statements", "speaker"], ascending=[False, True]).head(n).reset_index(drop=True)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula in a CSV cell (OWASP CSV injection)."""


def spreadsheet_safe(value):
    """A text cell that starts like a formula, prefixed with `'` so that a spreadsheet shows it
    as text: actor names and quotes come from article text (`=HYPERLINK(...)`). Other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(table: pd.DataFrame) -> str:
    """Every CSV ActorLens writes: the table without its index, text cells `spreadsheet_safe`,
    CRLF line ends (RFC 4180; the csv module then quotes a cell holding a bare CR)."""
    safe = table.copy(deep=False)
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column].dtype):
            safe[column] = safe[column].map(spreadsheet_safe)
    return safe.to_csv(index=False, lineterminator="\r\n")


def to_csv(table: pd.DataFrame) -> bytes:
    return csv_text(table).encode("utf-8")


def to_json(table: pd.DataFrame) -> bytes:
    """A JSON list of row objects (UTF-8, not ASCII-escaped) in the table's column order."""
    return table.to_json(orient="records", force_ascii=False, date_format="iso").encode("utf-8")
