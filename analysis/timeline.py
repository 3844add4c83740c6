"""Actor timelines and profiles: pure pandas over a `CorpusAnalysis` (no Streamlit).

Dates come from `articles.date` (ISO `YYYY-MM-DD…` or ""). Articles without a usable date are
never dropped silently: the timeline leaves them out of the periods and `Warehouse.undated_counts` reports
them, so a page can show "n statements in undated articles" next to the chart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd

from .network import sorted_unique

FREQS = {"D": "D", "W": "W-SUN", "M": "M"}
"""Timeline granularity → pandas period: days, weeks starting on Monday, calendar months."""

TIMELINE_COLUMNS = ["period", "actor", "articles", "mentions", "statements", "mean_stance", "n_stances"]


def article_dates(corpus) -> pd.Series:
    """Article id → Timestamp (NaT when the article is undated or its date unreadable)."""
    arts = corpus.articles
    if arts.empty:
        return pd.Series([], dtype="datetime64[ns]", name="date")
    raw = arts["date"].fillna("").astype(str).str.slice(0, 10)
    dates = pd.to_datetime(raw, format="%Y-%m-%d", errors="coerce")
    return pd.Series(dates.to_numpy(), index=arts["id"].astype(str).to_numpy(), name="date")


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The first day of each date's period (NaT stays NaT)."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {sorted(FREQS)}, not {freq!r}")
    out = pd.Series(pd.NaT, index=dates.index, dtype="datetime64[ns]")
    ok = dates.notna()
    if ok.any():
        out[ok] = dates[ok].dt.to_period(FREQS[freq]).dt.start_time.astype("datetime64[ns]")
    return out


def _with_period(df: pd.DataFrame, id_col: str, periods: pd.Series) -> pd.DataFrame:
    df = df.copy()
    df["period"] = df[id_col].astype(str).map(periods)
    return df


def _per_period(df: pd.DataFrame, column: str, names: list[str], periods: pd.Series,
                score: bool = False) -> pd.DataFrame:
    """Rows of `names` counted (and scores summed) per (period, actor); counted per article
    first, so only one date lookup per article and actor."""
    rows = df[["article_id", column] + (["score"] if score else [])]
    rows = rows[rows[column].isin(names)]
    if score:
        rows = rows.astype({"score": float})
        per_article = rows.groupby(["article_id", column])["score"].agg(n="size", sum="sum").reset_index()
    else:
        per_article = rows.groupby(["article_id", column]).size().rename("n").reset_index()
    per_article["period"] = per_article["article_id"].astype(str).map(periods)
    out = per_article.dropna(subset=["period"]).groupby(["period", column])[
        ["n", "sum"] if score else ["n"]].sum()
    out.index = out.index.set_names(["period", "actor"])
    return out


def actor_timeline(corpus, actors: Iterable[str] | None = None, freq: str = "W",
                   normalise: bool = False) -> pd.DataFrame:
    """Mentions, statements (as speaker) and mean stance (as source) per actor per period.

    Every period between the first and last dated article appears for every actor (zero counts,
    NaN stance), so lines do not skip quiet periods. `normalise` turns mentions and statements
    into counts per 1,000 articles of that period, so a busy news week does not look like
    attention to one actor. `articles` is the number of dated articles in the period.
    """
    periods = period_start(article_dates(corpus), freq)
    names = list(dict.fromkeys(actors)) if actors is not None else list(corpus.actors["name"])
    dated = periods.dropna()
    if dated.empty or not names:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    mentions = _per_period(corpus.mentions, "actor", names, periods)["n"]
    statements = _per_period(corpus.statements, "speaker", names, periods)["n"]
    stances = _per_period(corpus.stances, "source", names, periods, score=True)
    return timeline_frame(dated.value_counts(), names, mentions, statements, stances, freq, normalise)


def timeline_frame(n_articles: pd.Series, names: list[str], mentions: pd.Series, statements: pd.Series,
                   stances: pd.DataFrame, freq: str, normalise: bool) -> pd.DataFrame:
    """`actor_timeline`'s table from counts per period: `n_articles` (period → dated articles),
    `mentions` and `statements` ((period, actor) → n), `stances` ((period, actor) → n, sum of
    scores). Every period from the first to the last with an article, for every actor; the
    store's query layer (`analysis.warehouse`) hands in counts it summed in SQL."""
    if n_articles.empty or not names:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    offset = pd.offsets.Day() if freq == "D" else (pd.offsets.Week(weekday=0) if freq == "W" else pd.offsets.MonthBegin())
    all_periods = pd.date_range(n_articles.index.min(), n_articles.index.max(), freq=offset)
    grid = pd.MultiIndex.from_product([all_periods, names], names=["period", "actor"])
    stance = pd.DataFrame({"mean": stances["sum"] / stances["n"], "size": stances["n"]})

    out = pd.DataFrame(index=grid)
    out["articles"] = n_articles.reindex(grid.get_level_values("period"), fill_value=0).to_numpy(dtype=int)
    out["mentions"] = mentions.reindex(grid, fill_value=0).astype(float if normalise else int)
    out["statements"] = statements.reindex(grid, fill_value=0).astype(float if normalise else int)
    out["mean_stance"] = stance["mean"].reindex(grid)
    out["n_stances"] = stance["size"].reindex(grid, fill_value=0).astype(int)
    if normalise:
        per = out["articles"].where(out["articles"] > 0)
        for col in ("mentions", "statements"):
            out[col] = (out[col] / per * 1000).fillna(0.0)
    return out.reset_index()[TIMELINE_COLUMNS]


@dataclass
class UndatedCounts:
    articles: int
    by_actor: pd.DataFrame  # actor, mentions, statements in undated articles


@dataclass
class ActorProfile:
    name: str
    type: str = ""
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    first_seen: str = ""  # ISO date of the first dated article that mentions or quotes the actor
    last_seen: str = ""
    n_articles: int = 0
    n_undated_articles: int = 0
    n_mentions: int = 0
    n_statements: int = 0
    targets: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["target", "n", "mean_stance"]))
    sources: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["source", "n", "mean_stance"]))


def actor_profile(corpus, actor: str, top: int = 10) -> ActorProfile:
    """Who the actor is in this corpus: names, roles, when seen, about whom and how. (With whom is
    `Warehouse.co_mentioned_with`: actors named in the same paragraphs.)

    Mention rows are matched by factorized article codes, not `isin` with a set of ids
    or a full-width row filter: on a 10,000-article store those dominated the Actors page.
    """
    row = corpus.actors[corpus.actors["name"] == actor]
    info = row.iloc[0].to_dict() if not row.empty else {}
    mentions = corpus.mentions[["article_id", "actor"]]
    is_actor = mentions["actor"].eq(actor).fillna(False).to_numpy(dtype=bool)
    said = corpus.statements["speaker"].eq(actor).fillna(False).to_numpy(dtype=bool)
    article_code, article_names = pd.factorize(mentions["article_id"].astype(str))
    ids = pd.unique(np.concatenate([article_names[sorted_unique(article_code[is_actor])].to_numpy(dtype=object),
                                    corpus.statements.loc[said, "article_id"].astype(str).to_numpy(dtype=object)]))
    article_ids = pd.Index(ids, dtype=object)
    dates = article_dates(corpus)
    seen = dates[article_ids.get_indexer(dates.index) >= 0] if len(article_ids) else dates.iloc[0:0]

    def stance_table(df: pd.DataFrame, by: str) -> pd.DataFrame:
        if df.empty:
            return pd.DataFrame(columns=[by, "n", "mean_stance"])
        g = df.astype({"score": float}).groupby(by)["score"].agg(n="size", mean_stance="mean").reset_index()
        return g.sort_values(["n", by], ascending=[False, True]).head(top).reset_index(drop=True)

    stances = corpus.stances
    return ActorProfile(
        name=actor,
        type=str(info.get("type") or ""),
        aliases=list(info.get("aliases") or []),
        roles=list(info.get("roles") or []),
        first_seen=seen.min().date().isoformat() if seen.notna().any() else "",
        last_seen=seen.max().date().isoformat() if seen.notna().any() else "",
        n_articles=len(article_ids),
        n_undated_articles=int(seen.isna().sum()),
        n_mentions=int(is_actor.sum()),
        n_statements=int(said.sum()),
        targets=stance_table(stances[(stances["source"] == actor) & stances["target"].notna()], "target"),
        sources=stance_table(stances[(stances["target"] == actor) & stances["source"].notna()], "source"),
    )
