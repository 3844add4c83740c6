"""Aggregates the store writes with every batch, so pages count without reading every row.

Each published batch carries, besides its row tables, these parts (see `analysis.store`):

- ``agg_actor_day``: per article-level actor, the *form* it was written in (mention text, or the
  speaker as written), day and outlet: mentions, statements, stances as source (count, score sum).
- ``agg_pairs``: per pair, day and outlet: paragraph co-mentions (``kind`` = co-mention, names in
  order) and stances source → target by relation and confidence bucket (count, score sum, counts
  per polarity).
- ``agg_facts``: per actor, how many article-level actor rows give it a type, an alias, a role.
- ``agg_actor_all``, ``agg_pairs_all``: the two day tables summed over every day and outlet
  (`ROLLUPS`): what a page asks with no date or source filter (its first view) reads these.
- ``agg_actor_month``, ``agg_pairs_month``: the two day tables summed per month over outlets
  (`MONTHLY`): a date filter with no source filter reads the months it covers whole from these and
  only its partial months' days from the day tables.
- ``agg_articles``: per day and outlet, the articles and their statements (every statement,
  attributed or not): the overview's and the sidebar's statement counts.
- ``agg_actor_articles``: per article-level actor, day and outlet, the articles that mention it or
  quote it as speaker: an actor profile's article count and first and last seen, without reading
  the actor's mention rows (millions for the most named actor of a big store).
- ``links``: the cross-article linking of every actor name in the store after this batch (only
  names that change), computed by the writer from the name facts: new articles join the actors
  already there, and readers need no relink.

Why signed: every count is a sum over the batches' parts. When a batch re-writes an article that
an earlier batch holds (new text, new analysis), the writer adds the old rows' aggregates with the
opposite sign to the new batch, so the sum over all published parts counts each article once, as
its latest rows say — published by the same manifest entry, so a reader never sees the new rows
without the retraction, nor the reverse. Why by article-level name and form: the reader maps names
to actors at query time (linking, then analysts' merges, splits by alias and "not an actor"), so a
correction applies to the aggregates without rewriting them.

Everything here works on the row dicts `ingest.article_rows` makes, in plain Python: a batch of
128 articles is aggregated in milliseconds.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from typing import Iterable

import pyarrow as pa

CO_MENTION = "co-mention"
STANCE = "stance"
CONF_STEPS = 20
"""Stance confidence is kept in buckets of 1/20 (the dashboard's slider steps by 0.05): a row with
confidence c is in bucket floor(20 c); rows without a confidence are in the top bucket (always kept)."""

SCHEMAS = {
    "agg_actor_day": pa.schema([
        ("actor", pa.string()), ("form", pa.string()), ("day", pa.date32()), ("outlet", pa.string()),
        ("mentions", pa.int64()), ("statements", pa.int64()), ("stance_n", pa.int64()),
        ("stance_sum", pa.float64()), ("batch", pa.string())]),
    "agg_pairs": pa.schema([
        ("kind", pa.string()), ("a", pa.string()), ("b", pa.string()), ("relation", pa.string()),
        ("conf", pa.int64()), ("day", pa.date32()), ("outlet", pa.string()), ("n", pa.int64()),
        ("score_sum", pa.float64()), ("positive", pa.int64()), ("negative", pa.int64()),
        ("neutral", pa.int64()), ("batch", pa.string())]),
    "agg_facts": pa.schema([
        ("actor", pa.string()), ("fact", pa.string()), ("value", pa.string()), ("n", pa.int64()),
        ("batch", pa.string())]),
    "agg_actor_all": pa.schema([
        ("actor", pa.string()), ("form", pa.string()), ("mentions", pa.int64()), ("statements", pa.int64()),
        ("stance_n", pa.int64()), ("stance_sum", pa.float64()), ("batch", pa.string())]),
    "agg_pairs_all": pa.schema([
        ("kind", pa.string()), ("a", pa.string()), ("b", pa.string()), ("relation", pa.string()),
        ("conf", pa.int64()), ("n", pa.int64()), ("score_sum", pa.float64()), ("positive", pa.int64()),
        ("negative", pa.int64()), ("neutral", pa.int64()), ("batch", pa.string())]),
    "agg_actor_month": pa.schema([
        ("actor", pa.string()), ("form", pa.string()), ("month", pa.date32()), ("mentions", pa.int64()),
        ("statements", pa.int64()), ("stance_n", pa.int64()), ("stance_sum", pa.float64()), ("batch", pa.string())]),
    "agg_pairs_month": pa.schema([
        ("kind", pa.string()), ("a", pa.string()), ("b", pa.string()), ("relation", pa.string()),
        ("conf", pa.int64()), ("month", pa.date32()), ("n", pa.int64()), ("score_sum", pa.float64()),
        ("positive", pa.int64()), ("negative", pa.int64()), ("neutral", pa.int64()), ("batch", pa.string())]),
    "agg_articles": pa.schema([
        ("day", pa.date32()), ("outlet", pa.string()), ("articles", pa.int64()), ("statements", pa.int64()),
        ("batch", pa.string())]),
    "agg_actor_articles": pa.schema([
        ("actor", pa.string()), ("day", pa.date32()), ("outlet", pa.string()), ("articles", pa.int64()),
        ("batch", pa.string())]),
    "links": pa.schema([("raw", pa.string()), ("canonical", pa.string()), ("linker", pa.string()),
                        ("batch", pa.string())]),
}
TABLES = tuple(SCHEMAS)
_KEYS = {"agg_actor_day": 4, "agg_pairs": 7, "agg_facts": 3,  # leading key columns; the rest are summed
         "agg_actor_all": 2, "agg_pairs_all": 5, "agg_actor_month": 3, "agg_pairs_month": 6, "agg_articles": 2,
         "agg_actor_articles": 3}
ROLLUPS = {"agg_actor_all": ("agg_actor_day", 2), "agg_pairs_all": ("agg_pairs", 5)}
"""Rollups of the day tables over every day and outlet (table → its day table, key columns kept):
what a page asks with no date or source filter (its first view) reads these, a few rows a name,
instead of the day rows; written, merged and retracted like the day tables."""


MONTHLY = {"agg_actor_month": ("agg_actor_day", 2), "agg_pairs_month": ("agg_pairs", 5)}
"""Monthly rollups of the day tables (table → its day table, key columns kept before the day, which
becomes its month's first day; outlets summed): a month of a big store's pair rows is a fifth of
its day rows, so a date filter reads whole months here (`Warehouse._by_month`); written, merged and
retracted like the day tables."""


def month_of(day: dt.date | None) -> dt.date | None:
    return day.replace(day=1) if day is not None else None


def rollup(values: dict[tuple, list], n_keys: int, by_month: bool = False) -> dict[tuple, list]:
    """Day-table values summed over their day and outlet (the key's first `n_keys` columns kept;
    `by_month`: and the month of its day after them)."""
    out: dict[tuple, list] = {}
    for key, v in values.items():
        kept = key[:n_keys] + (month_of(key[n_keys]),) if by_month else key[:n_keys]
        have = out.get(kept)
        if have is None:
            out[kept] = list(v)
        else:
            for i, x in enumerate(v):
                have[i] += x
    return out


def form(text) -> str:
    """How a name was written, as corrections compare it (`corrections._alias_form`)."""
    return " ".join(str(text).split()).casefold() if isinstance(text, str) else ""


def day_of(date) -> dt.date | None:
    """The article's day, or None when it is undated or its date is unreadable (as the timeline)."""
    if not isinstance(date, str) or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def conf_bucket(confidence) -> int:
    if confidence is None or confidence != confidence:
        return CONF_STEPS
    return max(0, min(CONF_STEPS, int(float(confidence) * CONF_STEPS + 1e-9)))


def min_bucket(min_confidence: float) -> int:
    """The lowest bucket whose rows all reach `min_confidence` (exact for multiples of 1/20)."""
    import math

    return max(0, math.ceil(float(min_confidence or 0.0) * CONF_STEPS - 1e-9))


def _name(value) -> str | None:
    return value if isinstance(value, str) and value else None


def aggregate(rows: dict[str, list[dict]], sign: int = 1) -> dict[str, dict[tuple, list]]:
    """The aggregates of some articles' rows (all rows of each article), as key → summed values.

    `rows` holds the articles (with text, date, source) and their mentions, actors, statements
    and stances; `sign` -1 gives the retraction of articles being re-written.
    """
    articles = {a["id"]: a for a in rows.get("articles", ())}
    where = {aid: (day_of(a.get("date")), a.get("source") or "") for aid, a in articles.items()}
    actor_day: dict[tuple, list] = defaultdict(lambda: [0, 0, 0, 0.0])
    pairs: dict[tuple, list] = defaultdict(lambda: [0, 0.0, 0, 0, 0])
    facts: dict[tuple, list] = defaultdict(lambda: [0])

    named_in: dict[str, set[str]] = defaultdict(set)  # article → the names its mentions and speakers give
    by_article: dict[str, list[dict]] = defaultdict(list)
    for m in rows.get("mentions", ()):
        actor = _name(m.get("actor"))
        if actor is None or m.get("article_id") not in where:
            continue
        day, outlet = where[m["article_id"]]
        actor_day[(actor, form(m.get("text")), day, outlet)][0] += sign
        by_article[m["article_id"]].append(m)
        named_in[m["article_id"]].add(actor)
    for aid, mentions in by_article.items():  # paragraph co-mentions, as `network.co_mentions`
        from .network import paragraph_starts

        starts = paragraph_starts(articles[aid].get("text") or "")
        present: dict[int, set[str]] = defaultdict(set)
        for m in mentions:
            present[bisect.bisect_right(starts, int(m.get("start") or 0))].add(m["actor"])
        day, outlet = where[aid]
        for names in present.values():
            ordered = sorted(names)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    pairs[(CO_MENTION, a, b, "", CONF_STEPS, day, outlet)][0] += sign

    speaker_form: dict[tuple, tuple[str, str]] = {}
    for s in rows.get("statements", ()):
        speaker = _name(s.get("speaker"))
        if speaker is None or s.get("article_id") not in where:
            continue
        day, outlet = where[s["article_id"]]
        f = form(s.get("speaker_mention"))
        speaker_form[(s["article_id"], s.get("index"))] = (speaker, f)
        actor_day[(speaker, f, day, outlet)][1] += sign
        named_in[s["article_id"]].add(speaker)
    actor_articles: dict[tuple, list] = defaultdict(lambda: [0])
    for aid, names in named_in.items():
        for name in names:
            actor_articles[(name, *where[aid])][0] += sign
    for x in rows.get("stances", ()):
        source, target = _name(x.get("source")), _name(x.get("target"))
        if x.get("article_id") not in where or source is None or target is None:
            continue
        day, outlet = where[x["article_id"]]
        score = float(x.get("score") or 0.0)
        index = x.get("statement_index")
        index = None if index is None or index != index else int(index)
        spoken = speaker_form.get((x["article_id"], index))
        f = spoken[1] if spoken is not None and spoken[0] == source else ""
        acc = actor_day[(source, f, day, outlet)]
        acc[2] += sign
        acc[3] += sign * score
        polarity = x.get("polarity") or ""
        acc = pairs[(STANCE, source, target, x.get("relation") or "", conf_bucket(x.get("confidence")), day, outlet)]
        acc[0] += sign
        acc[1] += sign * score
        acc[2] += sign * (polarity == "positive")
        acc[3] += sign * (polarity == "negative")
        acc[4] += sign * (polarity == "neutral")
    for r in rows.get("actors", ()):
        actor = _name(r.get("name"))
        if actor is None:
            continue
        facts[(actor, "type", r.get("type") or "")][0] += sign
        for fact, values in (("alias", r.get("aliases")), ("role", r.get("roles"))):
            for v in dict.fromkeys(v for v in (values if isinstance(values, (list, tuple)) else ()) if isinstance(v, str)):
                facts[(actor, fact, v)][0] += sign
    counts: dict[tuple, list] = defaultdict(lambda: [0, 0])  # articles and statements per day and outlet
    for where_ in where.values():
        counts[where_][0] += sign
    for s in rows.get("statements", ()):
        if s.get("article_id") in where:
            counts[where[s["article_id"]]][1] += sign
    out = {"agg_actor_day": actor_day, "agg_pairs": pairs, "agg_facts": facts, "agg_articles": counts,
           "agg_actor_articles": actor_articles}
    for table, (day_table, n_keys) in ROLLUPS.items():
        out[table] = rollup(out[day_table], n_keys)
    for table, (day_table, n_keys) in MONTHLY.items():
        out[table] = rollup(out[day_table], n_keys, by_month=True)
    return out


def combine(*parts: dict[str, dict[tuple, list]]) -> dict[str, dict[tuple, list]]:
    """Sum aggregates key by key; keys whose values all sum to zero are dropped."""
    out: dict[str, dict[tuple, list]] = {t: {} for t in _KEYS}
    for part in parts:
        for table, values in part.items():
            target = out[table]
            for key, v in values.items():
                have = target.get(key)
                if have is None:
                    target[key] = list(v)
                else:
                    for i, x in enumerate(v):
                        have[i] += x
    for table, values in out.items():
        for key in [k for k, v in values.items() if not any(abs(x) > 1e-12 for x in v)]:
            del values[key]
    return out


def to_arrow(aggs: dict[str, dict[tuple, list]], batch: str) -> dict[str, pa.Table]:
    tables = {}
    for table, n_keys in _KEYS.items():
        schema = SCHEMAS[table]
        values = aggs.get(table, {})
        columns = list(zip(*((*k, *v) for k, v in values.items()))) or [()] * (len(schema) - 1)
        arrays = [pa.array(list(col), type=f.type) for col, f in zip(columns, schema)]
        arrays.append(pa.array([batch] * len(values), pa.string()))
        tables[table] = pa.Table.from_arrays(arrays, schema=schema)
    return tables


def links_table(mapping: dict[str, str], linker: str, batch: str) -> pa.Table:
    raw = sorted(mapping)
    return pa.Table.from_arrays([pa.array(raw, pa.string()), pa.array([mapping[r] for r in raw], pa.string()),
                                 pa.array([linker] * len(raw), pa.string()), pa.array([batch] * len(raw), pa.string())],
                                schema=SCHEMAS["links"])


class NameFacts:
    """What cross-article linking reads of each article-level actor name (`actors.link_actors`
    needs rows of name, type, aliases, n_mentions only): kept summed over the store, so the
    writer links a new batch's names against every name already stored without reading rows."""

    def __init__(self):
        self.mentions: dict[str, int] = {}
        self.facts: dict[tuple[str, str, str], int] = {}
        self.order: dict[str, int] = {}  # first seen, for the tie-breaks of `link_actors`

    def add(self, aggs: dict[str, dict[tuple, list]]) -> None:
        for (actor, _f, _d, _o), v in aggs.get("agg_actor_day", {}).items():
            self.mentions[actor] = self.mentions.get(actor, 0) + v[0]
        for (actor, fact, value), v in aggs.get("agg_facts", {}).items():
            key = (actor, fact, value)
            n = self.facts.get(key, 0) + v[0]
            if n:
                self.facts[key] = n
            else:
                self.facts.pop(key, None)
            self.order.setdefault(actor, len(self.order))

    def copy(self) -> "NameFacts":
        out = NameFacts()
        out.mentions, out.facts, out.order = dict(self.mentions), dict(self.facts), dict(self.order)
        return out

    def actor_rows(self):
        """One row per stored name (name, type, aliases, n_mentions), in first-seen order."""
        import pandas as pd

        types: dict[str, tuple[int, str]] = {}
        aliases: dict[str, list[str]] = defaultdict(list)
        for (actor, fact, value), n in self.facts.items():
            if n <= 0:
                continue
            if fact == "type" and (actor not in types or (n, value) > types[actor]):
                types[actor] = (n, value)
            elif fact == "alias":
                aliases[actor].append(value)
        names = sorted((a for a in types), key=lambda a: self.order.get(a, 0))
        return pd.DataFrame({"name": names, "type": [types[a][1] for a in names],
                             "aliases": [sorted(aliases.get(a, ())) for a in names],
                             "n_mentions": [max(0, self.mentions.get(a, 0)) for a in names]})

    def links(self) -> dict[str, str]:
        from .actors import link_actors

        return link_actors(self.actor_rows())


def linker_version() -> str:
    """What the links were computed with (the analysis fingerprint: linking code, lexicons, the
    analyst's alias table); a reader running another one links the name facts itself."""
    from . import fingerprint

    return fingerprint.current()


def rows_from_tables(tables: dict[str, pa.Table]) -> dict[str, list[dict]]:
    """Row dicts of Arrow tables (only the columns `aggregate` reads)."""
    wanted = {"articles": ["id", "date", "source", "text"],
              "mentions": ["article_id", "start", "text", "actor"],
              "actors": ["name", "type", "aliases", "roles"],
              "statements": ["article_id", "index", "speaker", "speaker_mention"],
              "stances": ["article_id", "source", "target", "polarity", "score", "relation", "confidence",
                          "statement_index"]}
    out = {}
    for table, columns in wanted.items():
        t = tables.get(table)
        if t is None:
            continue
        out[table] = t.select([c for c in columns if c in t.schema.names]).to_pylist()
    return out


def concat_rows(parts: Iterable[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for p in parts:
        for k, v in p.items():
            out.setdefault(k, []).extend(v)
    return out
