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
from .docarrays import doc_arrays, release
from .pipeline import curly_negations, mojibake_repairs, with_article_chars
from .types import COLUMNS, Article, ArticleAnalysis, LoadError


def analyze_doc(doc, article: Article, *, metonyms: bool = True) -> ArticleAnalysis:
    try:
        mentions, article_actors = actors.find_actors(doc, article.id, metonyms=metonyms,
                                                      repairs=mojibake_repairs(article.text))
        statements = quotes.find_statements(doc, article.id)
        speakers.resolve_speakers(doc, statements, mentions, article_actors)
        text = doc_arrays(doc).text  # `doc.text` would make every Token of the article again
        statements = quotes.drop_nested_repeats(quotes.drop_writers_voice(quotes.drop_unheld_positions(statements), text))
        stances = stance.find_stances(doc, article.id, statements, mentions, article_actors, metonyms=metonyms)
        whole = len(text) == len(article.text)  # not one piece of a long article (restored when joined)
    finally:
        release(doc)
    if whole:
        _restore_article_chars(article.text, statements, stances)
    return ArticleAnalysis(article, mentions, article_actors, statements, stances)


def _restore_article_chars(text: str, statements, stances) -> None:
    """Quotes and evidence show the article's own characters where the parser was given others
    (`pipeline.curly_negations`)."""
    positions = curly_negations(text)
    if not positions:
        return
    for s in stances:
        if len(s.evidence) == s.end - s.start:
            s.evidence = with_article_chars(s.evidence, s.start, positions, text)
    for st in statements:
        pieces = st.text.split(" … ") if len(st.spans) > 1 else [st.text]
        if len(pieces) == len(st.spans) and all(len(p) == b - a for p, (a, b) in zip(pieces, st.spans)):
            st.text = " … ".join(with_article_chars(p, a, positions, text) for p, (a, _) in zip(pieces, st.spans))


class ArticleRefused(ValueError):
    """An article ActorLens will not analyse (its reason names the limit); the rest go on."""


def failure_reason(exc: BaseException) -> str:
    """What a failed article's error row says: the refusal itself, or the exception, capped."""
    from .loading import capped

    if isinstance(exc, ArticleRefused):
        return capped(str(exc))
    return capped(f"analysis failed: {type(exc).__name__}: {exc}")


def _refuse_if_too_long(article: Article, max_chars: int) -> None:
    if len(article.text) > max_chars:
        raise ArticleRefused(
            f"article is {len(article.text):,} characters, over the {max_chars:,} limit "
            "(setting ACTORLENS_MAX_ARTICLE_CHARS); split it into smaller articles")


def _shifted(row, offset: int, first_statement: int):
    """A rule result of one piece moved into the whole article: character offsets (`start`,
    `end`, `*_start`, `*_end`, `spans`) by `offset`, statement numbers by `first_statement`."""
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        if value is None:
            continue
        if f.name in ("index", "statement_index"):
            setattr(row, f.name, value + first_statement)
        elif f.name == "spans":
            setattr(row, f.name, [(a + offset, b + offset) for a, b in value])
        elif f.name in ("start", "end") or f.name.endswith(("_start", "_end")):
            setattr(row, f.name, value + offset)
    return row


def _merged_actors(groups: Iterable[list]) -> list:
    """One actor per name over the pieces of an article, aliases and roles united in order."""
    merged: dict[str, object] = {}
    for group in groups:
        for actor in group:
            known = merged.get(actor.name)
            if known is None:
                merged[actor.name] = dataclasses.replace(actor, aliases=list(actor.aliases), roles=list(actor.roles))
                continue
            known.aliases += [a for a in actor.aliases if a not in known.aliases]
            known.roles += [r for r in actor.roles if r not in known.roles]
            known.type = known.type or actor.type
    return list(merged.values())


def analyze_long_article(article: Article, nlp, *, metonyms: bool = True) -> ArticleAnalysis:
    """An article over `pipeline.CHUNK_CHARS` characters, analysed one paragraph group at a time:
    one Doc per piece, its rows shifted to offsets into the whole text, so memory and time
    grow with the piece, not the article (a 375,000-character article parsed whole, with its
    pieces in one batch, peaked at 1.4 GB). Pronouns and descriptions resolve within a piece."""
    from .pipeline import chunk_bounds, spacy_text

    text = spacy_text(article.text)
    mentions, actor_groups, statements, stances = [], [], [], []
    for a, b in chunk_bounds(text):
        part = analyze_doc(nlp(text[a:b]), article, metonyms=metonyms)
        first = len(statements)
        mentions += [_shifted(m, a, first) for m in part.mentions]
        statements += [_shifted(x, a, first) for x in part.statements]
        stances += [_shifted(x, a, first) for x in part.stances]
        actor_groups.append(part.actors)
    _restore_article_chars(article.text, statements, stances)
    return ArticleAnalysis(article, mentions, _merged_actors(actor_groups), statements, stances)


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

    spaCy sees `pipeline.spacy_text` of each article (same length: offsets stay exact); an
    article over `pipeline.CHUNK_CHARS` characters is analysed on its own, piece by piece
    (`analyze_long_article`), and one over ACTORLENS_MAX_ARTICLE_CHARS is refused. With
    `on_error`, an article that cannot be analysed is handed to it and skipped (`on_progress`
    still counts it); without, its exception is raised. When spaCy fails inside a batch, the
    articles of that batch are parsed again one by one, so only the article that fails is reported.
    """
    from .pipeline import CHUNK_CHARS, load_nlp, spacy_text

    nlp = nlp or load_nlp()
    metonyms = settings.get_bool("ACTORLENS_METONYMS") if metonyms is None else metonyms
    batch_size = batch_size or settings.get_int("ACTORLENS_BATCH_SIZE")
    max_chars = settings.get_int("ACTORLENS_MAX_ARTICLE_CHARS")
    source = iter(articles)
    in_flight: deque[Article] = deque()  # given to nlp.pipe, not analysed yet
    alone: deque[Article] = deque()  # to analyse outside the batches (long, or in a failed batch)
    exhausted = False
    done = 0

    def feed():
        nonlocal exhausted
        for article in source:
            if len(article.text) > min(CHUNK_CHARS, max_chars):
                alone.append(article)
                return
            in_flight.append(article)
            yield spacy_text(article.text), article
        exhausted = True

    def analysed(article: Article, analyse: Callable[[], ArticleAnalysis]) -> ArticleAnalysis | None:
        try:
            return analyse()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            return None

    def single(article: Article) -> ArticleAnalysis:
        _refuse_if_too_long(article, max_chars)
        if len(article.text) > CHUNK_CHARS:
            return analyze_long_article(article, nlp, metonyms=metonyms)
        return analyze_doc(nlp(spacy_text(article.text)), article, metonyms=metonyms)

    while not exhausted or alone:
        try:
            for doc, article in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process):
                in_flight.popleft()
                result = analysed(article, lambda: analyze_doc(doc, article, metonyms=metonyms))
                done += 1
                if result is not None:
                    yield result
                if on_progress:
                    on_progress(done)
        except Exception:  # spaCy failed on an article of the batch: parse them alone to find which
            if on_error is None or not in_flight:
                raise
            alone.extendleft(reversed(in_flight))
            in_flight.clear()
        while alone:
            article = alone.popleft()
            result = analysed(article, lambda: single(article))
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
