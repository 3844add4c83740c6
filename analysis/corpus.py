"""From articles to the analyst's tables: runs every capability over a corpus.

Each article is parsed once (`nlp.pipe` in batches) and reduced to rows right away; Docs never
leave this module. Actors are first canonicalised within an article (`actors.find_actors`), then
linked across the corpus (`actors.link_actors`), which needs only rows — so the store can link
actors of articles analysed at different times without parsing them again.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import pandas as pd

from . import actors, quotes, settings, speakers, stance
from .docarrays import release
from .types import COLUMNS, Article, ArticleAnalysis, LoadError


def analyze_doc(doc, article: Article, *, metonyms: bool = True) -> ArticleAnalysis:
    try:
        mentions, article_actors = actors.find_actors(doc, article.id, metonyms=metonyms)
        statements = quotes.find_statements(doc, article.id)
        speakers.resolve_speakers(doc, statements, mentions, article_actors)
        stances = stance.find_stances(doc, article.id, statements, mentions)
    finally:
        release(doc)
    return ArticleAnalysis(article, mentions, article_actors, statements, stances)


def analyze_articles(
    articles: Iterable[Article],
    nlp=None,
    *,
    metonyms: bool | None = None,
    batch_size: int | None = None,
    n_process: int = 1,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[ArticleAnalysis]:
    """Parse and analyse articles lazily, one `ArticleAnalysis` per article, in input order."""
    from .pipeline import load_nlp

    nlp = nlp or load_nlp()
    metonyms = settings.get_bool("ACTORLENS_METONYMS") if metonyms is None else metonyms
    batch_size = batch_size or settings.get_int("ACTORLENS_BATCH_SIZE")
    pairs = ((a.text, a) for a in articles)
    for n, (doc, article) in enumerate(
        nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process), 1
    ):
        yield analyze_doc(doc, article, metonyms=metonyms)
        if on_progress:
            on_progress(n)


@dataclass
class CorpusAnalysis:
    """The analyst's tables, one DataFrame each; column names are `types.COLUMNS`."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    statements: pd.DataFrame
    stances: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=lambda: _frame([], "errors"))

    def tables(self) -> dict[str, pd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS[table])


def _sentence(text: str, start: int, end: int) -> str:
    return text[start:end]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _row(obj) -> dict:
    """A shallow field dict: `dataclasses.asdict` deep-copies every list, which costs more than
    the rules on long articles."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
    return {n: getattr(obj, n) for n in names}


def analysis_rows(analysis: ArticleAnalysis) -> dict[str, list[dict]]:
    """One article's rows, before corpus-level actor linking."""
    a = analysis.article
    counts_m: dict[str, int] = {}
    for m in analysis.mentions:
        counts_m[m.actor] = counts_m.get(m.actor, 0) + 1
    counts_s: dict[str, int] = {}
    for s in analysis.statements:
        if s.speaker:
            counts_s[s.speaker] = counts_s.get(s.speaker, 0) + 1
    return {
        "articles": [{**_row(a), "n_words": len(a.text.split())}],
        "mentions": [_row(m) for m in analysis.mentions],
        "actors": [
            {**_row(x), "n_mentions": counts_m.get(x.name, 0),
             "n_statements": counts_s.get(x.name, 0)}
            for x in analysis.actors
        ],
        "statements": [
            {"id": s.id, **_row(s),
             "spans": [list(p) for p in s.spans],
             "sentence": _sentence(a.text, s.sentence_start, s.sentence_end)}
            for s in analysis.statements
        ],
        "stances": [_row(x) for x in analysis.stances],
    }


def build_corpus(
    rows: Iterable[dict[str, list[dict]]], errors: Iterable[LoadError] = ()
) -> CorpusAnalysis:
    """Concatenate per-article rows and link actors across the corpus."""
    tables: dict[str, list[dict]] = {k: [] for k in ("articles", "mentions", "actors", "statements", "stances")}
    for r in rows:
        for k in tables:
            tables[k].extend(r.get(k, ()))
    frames = {k: _frame(v, k) for k, v in tables.items()}
    frames["errors"] = _frame([dataclasses.asdict(e) for e in errors], "errors")
    return link_corpus(CorpusAnalysis(**frames))


def link_corpus(corpus: CorpusAnalysis, *, mapping: dict[str, str] | None = None,
                merged_actors: pd.DataFrame | None = None) -> CorpusAnalysis:
    """Rename article-level actors to corpus-level canonical actors and merge the actor table.

    `mapping` and `merged_actors` (from an earlier run on the same rows) skip the linking work:
    the store caches them.
    """
    mapping = actors.link_actors(corpus.actors) if mapping is None else mapping
    corpus.actors = merged_actors if merged_actors is not None else actors.merge_actor_rows(corpus.actors, mapping)
    if not mapping:
        return corpus
    rename = lambda s: s.map(lambda v: mapping.get(v, v) if isinstance(v, str) else v)  # noqa: E731
    corpus.mentions["actor"] = rename(corpus.mentions["actor"])
    corpus.statements["speaker"] = rename(corpus.statements["speaker"])
    corpus.stances["source"] = rename(corpus.stances["source"])
    corpus.stances["target"] = rename(corpus.stances["target"])
    return corpus


def analyze_corpus(articles: list[Article], errors: Iterable[LoadError] = (), nlp=None, **kw) -> CorpusAnalysis:
    return build_corpus((analysis_rows(x) for x in analyze_articles(articles, nlp, **kw)), errors)


def article_records(corpus: CorpusAnalysis) -> Iterator[dict]:
    """The JSON contract of `python -m analysis analyze`: one object per article."""
    actor_aliases = {r["name"]: list(r["aliases"]) for r in corpus.actors.to_dict("records")}
    by_article = {
        name: {aid: g for aid, g in df.groupby("article_id", sort=False)}
        for name, df in (("quotes", corpus.statements), ("stances", corpus.stances), ("mentions", corpus.mentions))
    }
    for art in corpus.articles.to_dict("records"):
        aid = art["id"]
        qs = by_article["quotes"].get(aid)
        st = by_article["stances"].get(aid)
        ms = by_article["mentions"].get(aid)
        quotes_out = []
        for q in ([] if qs is None else qs.to_dict("records")):
            quotes_out.append({
                "id": q["id"],
                "speaker": q["speaker"] if isinstance(q["speaker"], str) else None,
                "speaker_aliases": actor_aliases.get(q["speaker"], []),
                "speaker_mention": None if q["speaker_start"] is None or pd.isna(q["speaker_start"]) else {
                    "start": int(q["speaker_start"]), "end": int(q["speaker_end"]), "text": q["speaker_mention"]},
                "speaker_kind": q["speaker_kind"],
                "role": q["role"],
                "text": q["text"],
                "start": int(q["start"]),
                "end": int(q["end"]),
                "spans": [[int(a), int(b)] for a, b in q["spans"]],
                "kind": q["kind"],
                "cue": q["cue"],
            })
        stances_out = []
        for s in ([] if st is None else st.to_dict("records")):
            stances_out.append({
                "source": s["source"], "target": s["target"],
                "source_aliases": actor_aliases.get(s["source"], []),
                "target_aliases": actor_aliases.get(s["target"], []),
                "polarity": s["polarity"], "score": float(s["score"]), "evidence": s["evidence"],
                "rule": s["rule"], "relation": s["relation"],
                "goldstein": None if s["goldstein"] is None or pd.isna(s["goldstein"]) else float(s["goldstein"]),
                "start": int(s["start"]), "end": int(s["end"]),
            })
        names = [] if ms is None else sorted(set(ms["actor"]))
        yield {
            "article": {k: art[k] for k in ("id", "title", "date", "source", "url", "path")},
            "quotes": quotes_out,
            "stances": stances_out,
            "actors": [{"name": n, "aliases": actor_aliases.get(n, [])} for n in names],
        }
