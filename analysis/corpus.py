"""From articles to the analyst's tables: runs every capability over a corpus.

Each article is parsed once (`nlp.pipe` in batches) and reduced to rows right away; Docs never
leave this module. Actors are first canonicalised within an article (`actors.find_actors`), then
linked across the corpus (`actors.link_actors`), which needs only rows — so the store can link
actors of articles analysed at different times without parsing them again.
"""
from __future__ import annotations

import dataclasses
from collections import deque
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
        stances = stance.find_stances(doc, article.id, statements, mentions, article_actors)
    finally:
        release(doc)
    return ArticleAnalysis(article, mentions, article_actors, statements, stances)


class ArticleRefused(ValueError):
    """An article ActorLens will not analyse (its reason names the limit); the rest go on."""


def failure_reason(exc: BaseException) -> str:
    """What a failed article's error row says: the refusal itself, or the exception, capped."""
    from .loading import capped

    if isinstance(exc, ArticleRefused):
        return capped(str(exc))
    return capped(f"analysis failed: {type(exc).__name__}: {exc}")


def _pipe_items(article: Article, max_chars: int) -> list[tuple[str, tuple[Article, int, int]]]:
    """What spaCy parses for one article: `pipeline.spacy_text` in `pipeline.chunk_bounds`
    pieces (one piece for any normal article), each with (article, piece number, pieces)."""
    from .pipeline import chunk_bounds, spacy_text

    if len(article.text) > max_chars:
        return [("", (article, 0, 1))]
    text = spacy_text(article.text)
    bounds = chunk_bounds(text)
    return [(text[a:b], (article, i, len(bounds))) for i, (a, b) in enumerate(bounds)]


def _analyze_pieces(docs: list, article: Article, max_chars: int, metonyms: bool) -> ArticleAnalysis:
    """The analysis of an article from the Docs of its pieces: several pieces are joined into one
    Doc whose text is the pieces' texts end to end, so offsets are into the whole text."""
    if len(article.text) > max_chars:
        raise ArticleRefused(
            f"article is {len(article.text):,} characters, over the {max_chars:,} limit "
            "(setting ACTORLENS_MAX_ARTICLE_CHARS); split it into smaller articles")
    if len(docs) == 1:
        doc = docs[0]
    else:
        from spacy.tokens import Doc

        doc = Doc.from_docs(docs, ensure_whitespace=False)
        docs.clear()
    return analyze_doc(doc, article, metonyms=metonyms)


def analyze_articles(
    articles: Iterable[Article],
    nlp=None,
    *,
    metonyms: bool | None = None,
    batch_size: int | None = None,
    n_process: int = 1,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[ArticleAnalysis]:
    """Parse and analyse articles lazily, one `ArticleAnalysis` per article, in input order.

    spaCy sees `pipeline.spacy_text` of each article (same length: offsets stay exact), long
    articles in pieces of at most `pipeline.CHUNK_CHARS` characters, and an article over
    ACTORLENS_MAX_ARTICLE_CHARS is refused. With `on_error`, an article that cannot be analysed
    is handed to it and skipped (`on_progress` still counts it); without, its exception is raised.
    When spaCy fails inside a batch, the articles of that batch are parsed again one by one, so
    only the article that fails is reported.
    """
    from .pipeline import load_nlp

    nlp = nlp or load_nlp()
    metonyms = settings.get_bool("ACTORLENS_METONYMS") if metonyms is None else metonyms
    batch_size = batch_size or settings.get_int("ACTORLENS_BATCH_SIZE")
    max_chars = settings.get_int("ACTORLENS_MAX_ARTICLE_CHARS")
    source = iter(articles)
    in_flight: deque[Article] = deque()
    done = 0

    def feed():
        for article in source:
            in_flight.append(article)
            yield from _pipe_items(article, max_chars)

    def finish(article: Article, docs: list) -> ArticleAnalysis | None:
        try:
            return _analyze_pieces(docs, article, max_chars, metonyms)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            return None

    while True:
        docs: list = []
        try:
            for doc, (article, piece, pieces) in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size,
                                                          n_process=n_process):
                docs.append(doc)
                if piece + 1 < pieces:
                    continue
                in_flight.popleft()
                result, docs = finish(article, docs), []
                done += 1
                if result is not None:
                    yield result
                if on_progress:
                    on_progress(done)
            return
        except Exception:  # spaCy failed on an article of the batch: parse them alone to find which
            if on_error is None or not in_flight:
                raise
            retry = list(in_flight)
            in_flight.clear()
        for article in retry:
            try:
                docs = [nlp(text) for text, _ in _pipe_items(article, max_chars)]
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(article, exc)
                result = None
            else:
                result = finish(article, docs)
            done += 1
            if result is not None:
                yield result
            if on_progress:
                on_progress(done)


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


def analysis_error(article: Article, exc: BaseException) -> LoadError:
    """The error row of an article that could not be analysed, named by where it came from."""
    from .loading import load_error

    return load_error(article.path or article.id, None, failure_reason(exc))


def analyze_corpus(articles: list[Article], errors: Iterable[LoadError] = (), nlp=None, **kw) -> CorpusAnalysis:
    """Analyse and build the corpus; an article that cannot be analysed becomes one more error row."""
    failed: list[LoadError] = []
    rows = [analysis_rows(x) for x in analyze_articles(
        articles, nlp, on_error=lambda a, exc: failed.append(analysis_error(a, exc)), **kw)]
    return build_corpus(rows, [*errors, *failed])


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
                "rule": s["rule"], "relation": s["relation"], "confidence": float(s.get("confidence") or 0.0),
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
