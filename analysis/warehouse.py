"""What each page shows, asked of the store in SQL: cost follows the rows shown, not the store.

`Warehouse(store)` opens one in-memory DuckDB connection over the store's published Parquet
parts (no rows are loaded into pandas): the current articles (the latest batch of each id, a
small table of ids, batches, dates and sources), the row tables for what pages list (statements,
an article's rows) and the aggregates every batch publishes (`analysis.aggregates`) for what
pages count (top actors, timelines, edges, profiles). Each query returns only the rows a page
shows — a page of a table with its exact total, a top-N, one actor's series — as DataFrames in
the shapes `analysis.query`, `network` and `timeline` give for a `CorpusAnalysis`, so a page can
draw either.

Actor names: rows and aggregates keep article-level names; the warehouse maps them at query time
through the links the last batch published (cross-article linking, done at ingest) and then the
analysts' corrections — merges, splits by alias and "not an actor" — so a correction shows in
every count at once without rewriting anything. Row-level corrections (reassign a speaker, not a
statement, a corrected stance) overlay the rows of the few articles they name, with the difference
added to the aggregates (`_overlay_row_corrections`); one mention that is not an actor is not
applied here yet.

Row tables are read through the parts the store names (`Store._register`: local files, or Arrow
datasets over the objects of an s3:// store), most of them merged parts sorted by speaker,
source/target, actor or id (`Store._merge_row_parts`), so the name filters of Said about, profiles
and the speaker filter read a few row groups; search reads the merged parts' word index.

An uploaded file or the seed goes through the same code: `temp_store(corpus)` writes a
`CorpusAnalysis` into a temporary store.

Not (yet) here: wire copies are counted once per carrier (the grouping runs on whole texts);
a store holding rows of two analyses shows all current articles, not those of one fingerprint.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import inspect
import os
import re
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass
from typing import Collection, Iterable

import pandas as pd

from . import aggregates, settings
from .query import CorpusFilters, search_terms
from .store import (ROW_INDEXES, SCHEMAS, TABLES, WORD_INDEX, WORD_SPLIT, Store, StoreError, _row_sets, _sql_list, _sql_str,
                    statement_mentions_sql)

UNATTRIBUTED = "(unattributed)"
_STATEMENT_INDEX_LAYOUT = 8  # the columns of the statement index (`_statement_index`): part of its cache key
_POSITIONS = {("date", False): "_by_date", ("date", True): "_by_date_desc"}
_GAP = 1 << 32
"""A row's place in a sort of the statement index is its rank times this: a writer that derives
the index of a few new batches (`_derive_delta`) gives their rows places between their neighbours'
without renumbering a million rows."""
_DELTA_PARTS = 8  # a derived set of more parts than this has its deltas merged into one (`write_derived`)
_DELTA_SHARE = 0.2  # deltas holding more rows than this share of the base part: the index derived anew
_HEAD_TEXTS = 1_000
"""Rows at the start of each kept sort (`_POSITIONS`) whose text and sentence a derived base part
holds (`_text`, `_sentence`; delta parts hold every row's): the table's unfiltered first page, newest
or oldest first, reads no statement part."""
"""The sorts whose order the statement index keeps as a column (each row's place in it): the page's
default and newest first (`_statement_index`). They cost ~1.5 s CPU at 100,000 articles when the
index is built (once per store version; it is cached), so the rarer sorts are not kept."""
_INDEXED_FIELDS = ("id", "article_id", "index", "kind", "start", "end", "text", "sentence", "speaker")
"""Statement fields the index holds as columns of their own (or, texts and speaker, not at all): the
others are its `_fields` (`_statement_index_sql`)."""
_SPEAKERS = "speakers"
"""The key, in a derived part's record, of its speaker-article counts (`_write_speaker_articles`)."""
_PAIRS = "pairs"
"""The key, in a derived part's record, of its Said about pair rows (`_write_pair_rows`); a part whose
record also has `_BUSY` holds the rows of those (speaker, target) name pairs only, else of every pair."""
_BUSY = "busy"
_PAIRS_GAP = "pairs_gap"  # a set's key: some batch's stances have no pair rows (it had no statements, so no delta part)
_BUSY_PAIR_ROWS = 20_000
"""A (speaker, target) pair of article-level names with at least this many current stance and
statement-mention rows is busy: a derived base part holds its rows beside it (`_write_pair_rows`),
so Said about reads them as one slice (`_about_from_pairs`) instead of the speaker's statements and
their articles (0.9 s CPU for a top pair of a million articles)."""
_STANCE_FIELDS = [c for c in SCHEMAS["stances"].names if c not in ("article_id", "source", "target", "batch", "batch_row")]
_STANCE_POSITIONS = {False: "_by_stance", True: "_by_stance_desc"}  # (`Warehouse._stance_order`)
_WINDOW_SLACK = 4_096  # positions added to a page's first window (`_page_by_position`)
_FEW_SPEAKERS = 4  # a page of at most this many speakers reads its texts by speaker (`_statement_texts`)
_FEW_DATED_ROWS = 50_000  # ... unless its rows lie within this many rows of the date order: then by date
_ROW_OPS = ("reassign_speaker", "not_statement", "set_stance")  # corrections of single rows (`_overlay_row_corrections`)
_OVERLAID = ("mentions", "statements", "stances", "articles", *aggregates.ROLLUPS, "agg_actor_day", "agg_pairs",
             "agg_articles", *aggregates.MONTHLY, "agg_actor_articles")
STATEMENT_COLUMNS = ["speaker", "role", "statement", "kind", "cue", "article", "date", "source", "stance", "id",
                     "article_id", "sentence", "start", "end"]
ARTICLE_COLUMNS = ["id", "title", "date", "source", "url", "n_words", "statements"]
SORTS = {  # the Who said what page's sort choices → columns (undated rows last either way)
    "date": ("date", "article", "start"),
    "speaker": ("speaker", "date", "start"),
    "stance": ("stance", "date", "start"),
    "article": ("article", "start"),
}
_WHITESPACE = "' \t\n\r\f\v'"
_FORM_SQL = "lower(trim(coalesce({0}, ''), " + _WHITESPACE + "))"
"""`aggregates.form` in SQL, cheaply: a name written with a run of inner spaces, or with a letter
that case-folds differently from lower-casing, is not matched by a split and counts unsplit."""


@dataclass(frozen=True)
class RowsPage:
    """The rows of one page of a table, and how many rows the whole table has."""

    rows: pd.DataFrame
    total: int


@dataclass(frozen=True)
class AboutPage:
    """The first rows of what one actor said about another (`network.statements_about`'s rows, in
    its order) and the figures of all of them: rows, negative and positive stances, the mean score
    of the rows with a polarity (None when none has)."""

    rows: pd.DataFrame
    total: int
    negative: int
    positive: int
    mean_score: float | None


@dataclass(frozen=True)
class ArticleView:
    """One article for the reader: its row (with text), statements and mentions (mapped names)."""

    article: dict
    statements: pd.DataFrame
    mentions: pd.DataFrame


def _sql_str_literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _sort_sql(sort: str, descending: bool, prefix: str = "") -> str:
    """The ORDER BY of the Who said what table sorted by `sort` (`SORTS`): undated rows last either
    way, then rows as written (batch, row)."""
    direction = "DESC" if descending else "ASC"
    keys = [f"nullif({prefix}date, '')" if c == "date" else prefix + c for c in SORTS.get(sort, SORTS["date"])]
    return ", ".join(f"{k} {direction} NULLS LAST" for k in keys) + f", {prefix}batch, {prefix}_row"


def _strip(expr: str) -> str:
    return f"trim(coalesce({expr}, ''), {_WHITESPACE})"


def _described_sql(kind: str, role: str, mention: str) -> str:
    """What `query.speaker_label` calls an anonymous source (its role, else its mention, without
    a leading article); NULL for a source that is not anonymous."""
    described = f"(CASE WHEN {_strip(role)} <> '' THEN {_strip(role)} ELSE {_strip(mention)} END)"
    return f"CASE WHEN {_strip(kind)} = 'anonymous' THEN regexp_replace({described}, '(?i)^(the )?(a )?(an )?', '') END"


def _speaker_label_sql(actor: str, described: str) -> str:
    """`query.speaker_label` in SQL, from the mapped actor and `_described_sql`."""
    return (f"CASE WHEN {_strip(actor)} <> '' THEN {_strip(actor)} "
            f"WHEN {described} <> '' THEN {described} || ' (unnamed)' ELSE '{UNATTRIBUTED}' END")


class Warehouse:
    """Queries over one store version; cheap to keep per server process, reopened after an ingest
    (`version` changes) or a correction (`corrections` given anew)."""

    def __init__(self, store: Store | str | os.PathLike, corrections: Iterable | None = None):
        import duckdb

        self._lock = threading.RLock()
        self.store = store if isinstance(store, Store) else Store(store)
        self.con = duckdb.connect()
        self._limit_memory()
        manifests = self.store._manifests() if self.store._check() else []
        self._batches = [m["batch"] for m in manifests]
        self.version = self.store.version()
        self._views(manifests)
        covered = {b for m in manifests for b in m.get("covers", ())}
        legacy = [m["batch"] for m in manifests if m["files"].get("articles") and "agg_actor_day" not in m["files"]
                  and m["batch"] not in covered and "rows_replace" not in m]
        if legacy:
            raise StoreError(f"{self.store.path}: {len(legacy)} batches were written before the store kept "
                             f"aggregates (first: {legacy[0]}); run Store.build_aggregates() or any ingest once")
        self._current_articles(manifests)
        if corrections is None:
            corrections = self._stored_corrections()
        self.corrections = list(corrections)
        self._overlaid: list[str] = []  # articles whose rows row-level corrections overlay
        self._actor_table = self._build_actor_map(manifests)
        self._overlay_row_corrections()

    def close(self) -> None:
        self.con.close()
        shutil.rmtree(self._spill, ignore_errors=True)

    def _limit_memory(self) -> None:
        """DuckDB's buffer pool keeps what it read up to 80 % of the machine's memory, so a server
        process grew with every page it answered (3.1 GB at a million articles). A limit
        (`ACTORLENS_QUERY_MEMORY_MB`) and a spill folder keep it to what a page needs."""
        self._spill = os.path.join(tempfile.gettempdir(), f"actorlens-query-{uuid.uuid4().hex}")  # made on demand
        self.con.execute(f"SET memory_limit = '{max(64, settings.get_int('ACTORLENS_QUERY_MEMORY_MB'))}MB'")
        self.con.execute(f"SET temp_directory = '{_sql_str(self._spill)}'")

    # --- opening ------------------------------------------------------------------------------
    def _views(self, manifests: list[dict]) -> None:
        """A view per table over its published parts, as the store names them (`Store._register`:
        local files or, for an s3:// store, Arrow datasets over its objects)."""
        import duckdb

        self.con.execute("SET parquet_metadata_cache = true")  # each part's footer is read once
        unindexed = [m for m in _row_sets(manifests) if "statement_words" not in m["files"]]
        undated = {t: [m for m in _row_sets(manifests) if t not in m["files"]] for t in ROW_INDEXES}
        last_links = [m for m in manifests if m["files"].get("links")][-1:]  # the only ones read (`_links`)
        views = [(t, t, self.store._parts(t, last_links if t == "links" else manifests))
                 for t in (*TABLES, *aggregates.TABLES, *WORD_INDEX, *ROW_INDEXES)]
        views.append(("statements", "statements_unindexed", self.store._parts("statements", unindexed)))
        self._row_sets = {m["batch"]: m for m in _row_sets(manifests)}
        self._holders = {b: m["batch"] for m in self._row_sets.values() for b in m.get("holds", [m["batch"]])}
        replaced = {b for m in manifests for b in m.get("replaces", ())}
        live = [m for m in manifests if m["files"].get("agg_actor_day") and m["batch"] not in replaced]
        # whether every live aggregate set has the table (sets written before it existed do not,
        # until `Store.merge_aggregates()`): only then are the rollups and article counts read
        self._complete = {t: all(m["files"].get(t) for m in live)
                          for t in (*aggregates.ROLLUPS, *aggregates.MONTHLY, "agg_articles", "agg_actor_articles")}
        views.append(("statements", "statements_untexted", self.store._parts("statements", undated["statement_texts"])))
        views.append(("stances", "stances_untexted", self.store._parts("stances", undated["statement_stances"])))
        views.append(("mentions", "mentions_unpaired", self.store._parts("mentions", undated["statement_mentions"])))
        self._unpaired_batches = [b for m in undated["statement_mentions"] for b in m.get("holds", [m["batch"]])]
        for table, name, paths in views:
            overlaid = name in _OVERLAID  # a view over the stored parts, so row corrections can overlay it
            try:
                self.store._register(self.con, table, paths, f"{name}_stored" if overlaid else name)
            except duckdb.Error as exc:
                self.store._diagnose(paths)
                raise StoreError(f"{self.store.path}: cannot read the store ({exc})") from None
            if overlaid:
                self.con.execute(f"CREATE VIEW {name} AS SELECT * FROM {name}_stored")

    def _current_articles(self, manifests: list[dict]) -> None:
        """The temp table `cur`: the latest row of each article id (id, batch, title, date, source,
        url, words, day). Deciding which row is the latest reads every article part, so the table
        is kept in the store's cache as an Arrow file (written and read back several times faster
        than built, or than Parquet), keyed by the article parts it came from: another process,
        or this one reopened after a correction, reads it while no batch or merge is published
        (the next writer empties the cache), as a view over the memory-mapped file (shared by the
        processes, not copied into each one's DuckDB memory)."""
        import hashlib

        import pyarrow as pa

        parts = self.store._parts("articles", manifests)
        cached = None
        if parts:
            key = hashlib.sha1("\n".join([str(self.store.path), *map(str, parts)]).encode()).hexdigest()[:20]
            cached = self.store._dir("cache") / f"current-articles-{key}.arrow"
            if cached.is_file():
                try:  # a view over the memory-mapped file: copying its million rows into a table took 0.3 s
                    self.con.register("_cur", pa.ipc.open_file(pa.memory_map(str(cached))).read_all())
                    self.con.execute("CREATE TEMP VIEW cur AS SELECT * FROM _cur")
                    self.con.execute("SELECT count(*) FROM cur").fetchone()
                    return
                except Exception:  # a damaged cache file: built anew below
                    self.con.execute("DROP VIEW IF EXISTS cur")
                    self.con.unregister("_cur")
        self.con.execute(
            "CREATE TEMP TABLE cur AS SELECT id, batch, coalesce(title, '') AS title, coalesce(date, '') AS date, "
            "coalesce(source, '') AS source, coalesce(url, '') AS url, n_words, "
            "CASE WHEN regexp_full_match(substr(date, 1, 10), '\\d{4}-\\d{2}-\\d{2}') "
            "THEN TRY_CAST(substr(date, 1, 10) AS DATE) END AS day "
            "FROM articles QUALIFY row_number() OVER (PARTITION BY id ORDER BY batch DESC) = 1")
        if cached is not None:
            with contextlib.suppress(Exception):  # a cache that cannot be written is only slower
                table = self.con.sql("SELECT * FROM cur").to_arrow_table()
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_name(f".tmp-{os.getpid()}-{cached.name}")
                with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                    writer.write_table(table)
                os.replace(tmp, cached)

    def _stored_corrections(self) -> list:
        from . import corrections

        try:
            return corrections.store_file(self.store.path).read()
        except Exception:  # a damaged file: the Corrections page says so; counts stay the machine's
            return []

    def _links(self, manifests: list[dict]) -> dict[str, str]:
        """The links the last batch published, or (written by another analysis) linked anew from
        the name facts; those are cached in the store's cache by the last links part and the
        linker, so each process of an upgraded dashboard does not link the store again."""
        import json

        from .store import _atomic_write_bytes

        linked = [m["files"]["links"] for m in manifests if m["files"].get("links")]
        if linked:
            rows = self.con.execute("SELECT raw, canonical, linker FROM links").fetchall()
            if not rows or rows[0][2] == aggregates.linker_version():
                return {r: c for r, c, _ in rows}
        cache = self.store._dir("cache") / f"relinked-{(linked or ['none'])[-1]}-{aggregates.linker_version()}.json"
        with contextlib.suppress(OSError, ValueError):
            cached = json.loads(cache.read_text(encoding="utf-8"))
            if isinstance(cached, dict):
                return cached
        links = Store._name_facts(self.con).links()
        with contextlib.suppress(Exception):  # best effort: a read-only store is linked again next time
            cache.parent.mkdir(exist_ok=True)
            _atomic_write_bytes(cache, json.dumps(links).encode("utf-8"))
        return links

    def _build_actor_map(self, manifests: list[dict]) -> pd.DataFrame:
        """`amap` (article-level name, form → actor or NULL when dropped) and the actor table
        (name, type, aliases, roles) after linking and corrections."""
        from .actors import merge_actor_rows

        links = self._links(manifests)
        named = "agg_actor_all" if self._complete["agg_actor_all"] else "agg_actor_day"  # (the same keys: a key
        # counts on some day exactly when its sum over days does, since each day's counts are of current rows)
        keys = self.con.execute(
            f"WITH k AS (SELECT DISTINCT actor AS raw, form FROM {named}) SELECT raw, form FROM k UNION "
            "SELECT DISTINCT raw, '' FROM k UNION SELECT DISTINCT actor, '' FROM agg_facts").df()
        facts = self.con.execute("SELECT actor, fact, value, sum(n) AS n FROM agg_facts GROUP BY ALL "
                                 "HAVING sum(n) > 0 ORDER BY min(batch), actor, value").fetchall()
        rows: dict[str, dict] = {}
        best_type: dict[str, int] = {}
        for name, fact, value, n in facts:  # in first-seen order; the type most actor rows give
            row = rows.setdefault(name, {"name": name, "type": "", "aliases": [], "roles": [],
                                         "n_mentions": 0, "n_statements": 0})
            if fact == "type":
                if n > best_type.get(name, 0):
                    row["type"], best_type[name] = value, n
            elif fact in ("alias", "role"):
                row["aliases" if fact == "alias" else "roles"].append(value)
        raw_rows = list(rows.values())
        actors = merge_actor_rows(pd.DataFrame(raw_rows, columns=["name", "type", "aliases", "roles",
                                                                  "n_mentions", "n_statements"]), links)
        linked = keys["raw"].map(lambda r: links.get(r, r)).astype(object)
        mapped, actors = self._corrected(keys, linked, actors)
        changed = ~((linked == mapped) | (linked.isna() & mapped.isna()))
        self._relabel = pd.DataFrame({"raw": keys["raw"][changed], "form": keys["form"][changed],
                                      "actor": mapped[changed]})  # the keys corrections map elsewhere
        self._name_keys = (links, keys, mapped, changed)  # (`_relabelled_since`)
        self.con.register("_amap", pd.DataFrame({"raw": keys["raw"], "form": keys["form"], "actor": mapped}))
        self.con.execute("CREATE TEMP TABLE amap AS SELECT * FROM _amap")
        self.con.unregister("_amap")
        return actors.set_index("name", drop=False)

    def _corrected(self, keys: pd.DataFrame, mapped: pd.Series, actors: pd.DataFrame):
        """The analysts' merges, splits and "not an actor" (whole actors), in their order."""
        from . import corrections as corr
        from .actors import merge_actor_rows

        for c in corr.active(self.corrections):
            a = c.args
            if c.op == "merge_actors":
                into = a["into"].strip()
                names = [n for n in a["names"] if n != into]
                if not set(a["names"]) & set(mapped.dropna()):
                    continue
                mapped = mapped.where(~mapped.isin(names), into)
                if into not in set(actors["name"]):
                    first = actors[actors["name"].isin(a["names"])].iloc[[0]].copy()
                    first["name"] = into
                    actors = pd.concat([actors, first], ignore_index=True)
                actors = merge_actor_rows(actors, {n: into for n in names})
            elif c.op == "split_actor":
                new = str(a.get("new_name") or a["alias"]).strip()
                hit = (mapped == a["actor"]) & (keys["form"] == aggregates.form(a["alias"]))
                if not hit.any():
                    continue
                mapped = mapped.where(~hit, new)
                norm = aggregates.form(a["alias"])
                actors = actors.copy()
                actors["aliases"] = [[x for x in al if aggregates.form(x) != norm] if n == a["actor"] else al
                                     for n, al in zip(actors["name"], actors["aliases"])]
                if new not in set(actors["name"]):
                    kind = actors.loc[actors["name"] == a["actor"], "type"]
                    row = {"name": new, "type": kind.iloc[0] if len(kind) else "",
                           "aliases": [a["alias"]] if a["alias"] != new else [], "roles": [],
                           "n_mentions": 0, "n_statements": 0}
                    actors = pd.concat([actors, pd.DataFrame([row])], ignore_index=True)
            elif c.op == "not_actor" and "actor" in a:
                hit = mapped == a["actor"]
                if hit.any():
                    mapped = mapped.where(~hit, None)
                    actors = actors[actors["name"] != a["actor"]]
        return mapped, actors.reset_index(drop=True)

    def _overlay_row_corrections(self) -> None:
        """Row-level corrections (reassign a speaker, not a statement, set a stance) as an overlay:
        the current rows of the few articles they name are read with their names mapped, corrected
        by `corrections.apply_corrections` (the pandas path's own code), and shown instead of the
        stored rows of those articles; the aggregates get the difference (the stored rows' counts
        retracted, the corrected rows' added, as a re-written article's), so every count agrees."""
        import pyarrow as pa

        from . import corrections as corr
        from .corpus import CorpusAnalysis
        from .types import COLUMNS

        self._overlaid: list[str] = []  # the articles whose rows the overlay replaces
        todo = [c for c in corr.active(self.corrections) if c.op in _ROW_OPS]
        ids = sorted({str(k["article_id"]) for c in todo for k in [c.args.get("statement") or c.args.get("stance")]
                      if isinstance(k, dict) and "article_id" in k})
        ids = self._df("SELECT id FROM cur WHERE list_contains(?, id) ORDER BY id", [ids])["id"].tolist() if ids else []
        self._overlaid = ids
        if not ids:
            return
        current = "JOIN cur ON x.article_id = cur.id AND x.batch = cur.batch WHERE list_contains(?, x.article_id)"
        dated, params = self._dated(ids, "x.date")
        articles = self._df("SELECT x.* FROM articles_stored x JOIN cur ON x.id = cur.id AND x.batch = cur.batch "
                            f"WHERE {dated} AND list_contains(?, x.id)", [*params, ids])
        stored = {t: self._df(f"SELECT x.* FROM {t}_stored x {current} ORDER BY x.batch_row", [ids])
                  for t in ("mentions", "statements", "stances")}
        mjoins, actor = self._mapped("x.actor", _FORM_SQL.format("x.text"))
        sjoins, speaker = self._mapped("x.speaker", _FORM_SQL.format("x.speaker_mention"))
        xjoins, source = self._mapped("x.source")
        tjoins, target = self._mapped("x.target")
        mapped = {
            "mentions": self._df(f"SELECT x.* REPLACE ({actor} AS actor) FROM mentions_stored x {mjoins} {current} "
                                 "ORDER BY x.batch_row", [ids]),
            "statements": self._df(f"SELECT x.* REPLACE ({speaker} AS speaker) FROM statements_stored x {sjoins} "
                                   f"{current} ORDER BY x.batch_row", [ids]),
            "stances": self._df(f"SELECT x.* REPLACE ({source} AS source, {target} AS target) FROM stances_stored x "
                                f"{xjoins} {tjoins} {current} ORDER BY x.batch_row", [ids]),
        }
        fixed = corr.apply_corrections(CorpusAnalysis(articles, mapped["mentions"], pd.DataFrame(columns=COLUMNS["actors"]),
                                                      mapped["statements"], mapped["stances"]), todo)

        def rows(tables: dict[str, pd.DataFrame]) -> dict[str, list[dict]]:
            return aggregates.rows_from_tables({t: pa.Table.from_pandas(df, preserve_index=False)
                                                for t, df in tables.items()})

        delta = aggregates.to_arrow(aggregates.combine(
            aggregates.aggregate(rows({"articles": articles, **stored}), sign=-1),
            aggregates.aggregate(rows({"articles": articles, "mentions": fixed.mentions,
                                       "statements": fixed.statements, "stances": fixed.stances}))), "")
        for table in ("agg_actor_day", "agg_pairs", *aggregates.ROLLUPS, *aggregates.MONTHLY, "agg_articles",
                      "agg_actor_articles"):
            self.con.register(f"_delta_{table}", delta[table])
            self.con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {table}_stored UNION ALL BY NAME "
                             f"SELECT * FROM _delta_{table}")
        self._overlaid = ids
        listed = "[" + ", ".join("'" + i.replace("'", "''") + "'" for i in ids) + "]"
        for table in ("mentions", "statements", "stances"):
            frame = getattr(fixed, table)
            self.con.register(f"_fixed_{table}", frame)
            self.con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {table}_stored WHERE NOT "
                             f"list_contains({listed}, article_id) UNION ALL BY NAME SELECT * FROM _fixed_{table}")
        self.con.execute(  # names the corrections introduced count for themselves
            "INSERT INTO amap SELECT DISTINCT d.actor, d.form, d.actor FROM _delta_agg_actor_day d "
            "ANTI JOIN amap m ON m.raw = d.actor AND m.form = d.form")

    # --- SQL pieces -----------------------------------------------------------------------------
    @staticmethod
    def _where(filters: CorpusFilters | None, day: str = "day", source: str = "source") -> tuple[str, list]:
        """The shared filters as a condition on an article's day and source (with a date bound
        set, undated articles are out)."""
        f = filters or CorpusFilters()
        conds, params = ["TRUE"], []
        if f.date_from is not None:
            conds.append(f"{day} >= ?")
            params.append(f.date_from)
        if f.date_to is not None:
            conds.append(f"{day} <= ?")
            params.append(f.date_to)
        if f.sources:
            conds.append(f"list_contains(?, {source})")
            params.append(list(f.sources))
        return " AND ".join(conds), params

    def _rolled(self, filters: CorpusFilters | None, table: str) -> bool:
        """Whether a question under `filters` can read the rollup `table` (summed over every day
        and outlet) instead of its day table: no date or source filter, and every set has it."""
        f = filters or CorpusFilters()
        return f.date_from is None and f.date_to is None and not f.sources and self._complete[table]

    def _by_month(self, filters: CorpusFilters | None, table: str, alias: str) -> tuple[str, str, list] | None:
        """(FROM item, condition, params) reading the day table `table` under the shared filters
        from its monthly rollup (`aggregates.MONTHLY`) where they allow: a date bound and no
        source filter. The months the bounds cover whole come from the rollup, the days of the
        partial months at either end from the day table, so the sums are the day table's; None
        when the filters do not allow it (then the day table is read as it is)."""
        f = filters or CorpusFilters()
        monthly = next((m for m, (d, _) in aggregates.MONTHLY.items() if d == table), None)
        if monthly is None or f.sources or (f.date_from is None and f.date_to is None) or not self._complete[monthly]:
            return None
        n_keys = aggregates.MONTHLY[monthly][1]
        schema = aggregates.SCHEMAS[monthly]
        keys = ", ".join(f'"{c.name}"' for c in list(schema)[:n_keys])
        values = ", ".join(f'"{c.name}"' for c in list(schema)[n_keys + 1:-1])
        first = f.date_from if f.date_from is None or f.date_from.day == 1 \
            else (f.date_from.replace(day=28) + dt.timedelta(days=4)).replace(day=1)  # the first whole month
        end = None if f.date_to is None else (f.date_to.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if end is not None and end - dt.timedelta(days=1) != f.date_to:
            end = f.date_to.replace(day=1)  # the day after the last whole month
        months, month_params = ["TRUE"], []
        days, day_params = ["TRUE"], []
        for bound, op, value in ((first, ">=", first), (end, "<", end)):
            if bound is not None:
                months.append(f"month {op} ?")
                month_params.append(value)
        for bound, op in ((f.date_from, ">="), (f.date_to, "<=")):
            if bound is not None:
                days.append(f"day {op} ?")
                day_params.append(bound)
        partial = [c for c, b in (("day < ?", first), ("day >= ?", end)) if b is not None]
        days.append("(" + " OR ".join(partial) + ")")
        day_params += [b for b in (first, end) if b is not None]
        whole = (f.date_from is None or f.date_from == first) and (f.date_to is None or end == f.date_to + dt.timedelta(1))
        if whole:  # bounds on month edges: no partial month, so the day table (read whole, unsorted by day) is not read
            return f"(SELECT {keys}, {values} FROM {monthly} WHERE {' AND '.join(months)}) {alias}", "TRUE", month_params
        return (f"(SELECT {keys}, {values} FROM {monthly} WHERE {' AND '.join(months)} UNION ALL "
                f"SELECT {keys}, {values} FROM {table} WHERE {' AND '.join(days)}) {alias}", "TRUE",
                month_params + day_params)

    def _df(self, sql: str, params: list | None = None) -> pd.DataFrame:
        return self.con.execute(sql, params or []).df()

    @staticmethod
    def _mapped(raw: str, form_expr: str | None = None) -> tuple[str, str]:
        """(joins, expression) mapping an article-level name column to the actor it counts for."""
        alias = "m_" + "".join(ch for ch in raw if ch.isalnum())
        if form_expr is None:
            return f"LEFT JOIN amap {alias}0 ON {alias}0.raw = {raw} AND {alias}0.form = ''", \
                f"CASE WHEN {alias}0.raw IS NOT NULL THEN {alias}0.actor ELSE {raw} END"
        return (f"LEFT JOIN amap {alias}1 ON {alias}1.raw = {raw} AND {alias}1.form = {form_expr} "
                f"LEFT JOIN amap {alias}0 ON {alias}0.raw = {raw} AND {alias}0.form = ''"), \
            (f"CASE WHEN {alias}1.raw IS NOT NULL THEN {alias}1.actor WHEN {alias}0.raw IS NOT NULL "
             f"THEN {alias}0.actor ELSE {raw} END")

    def _actor_day(self, filters: CorpusFilters | None, among: Iterable[str] | None = None,
                   by_day: bool = False) -> tuple[str, list]:
        """Per mapped actor (and day, with `by_day`): the summed `agg_actor_day` rows under the
        filters (of the names that count for the actors `among` only, when given). Rows are summed
        per article-level name first and mapped after, so the join with the name map sees one row
        per name and form rather than one per day and outlet."""
        where, params = self._where(filters, "g.day", "g.outlet")
        table = "agg_actor_all" if not by_day and self._rolled(filters, "agg_actor_all") else "agg_actor_day"
        source = f"{table} g"
        dated = None if by_day else self._by_month(filters, "agg_actor_day", "g")
        if dated is not None:
            source, where, params = dated
        if among is not None:
            where += " AND list_contains(?, g.actor)"
            params.append(self._raw_names(among))
        day = ", day" if by_day else ""
        return (f"SELECT m.actor{day}, sum(g.mentions) AS mentions, sum(g.statements) AS statements, "
                f"sum(g.stance_n) AS stance_n, sum(g.stance_sum) AS stance_sum FROM (SELECT actor, form{day}, "
                f"sum(mentions) AS mentions, sum(statements) AS statements, sum(stance_n) AS stance_n, "
                f"sum(stance_sum) AS stance_sum FROM {source} WHERE {where} GROUP BY ALL) g "
                f"JOIN amap m ON m.raw = g.actor AND m.form = g.form WHERE m.actor IS NOT NULL GROUP BY ALL"), params

    def _raw_names(self, actors: Iterable[str]) -> list[str]:
        """The article-level names that count for `actors`: a filter the scans apply before mapping."""
        return self._df("SELECT DISTINCT raw FROM amap WHERE list_contains(?, actor)", [list(actors)])["raw"].tolist()

    def _pairs(self, filters: CorpusFilters | None, kind: str, min_confidence: float = 0.0,
               relations: Collection[str] | None = None, among: Iterable[str] | None = None,
               table: str = "agg_pairs") -> tuple[str, list]:
        """Mapped pair rows of one kind under the filters (`table`: the pair aggregates, or a temp
        table holding a subset of them, `_pairs_among`; with no date or source filter, their rollup)."""
        if table == "agg_pairs" and self._rolled(filters, "agg_pairs_all"):
            table = "agg_pairs_all"
        where, params = self._where(filters, "p.day", "p.outlet")
        source, before = f"{table} p", []
        dated = self._by_month(filters, table, "p")
        if dated is not None:
            source, where, before = dated
            params = []
        if among is not None:
            raws = self._raw_names(among)
            where += " AND list_contains(?, p.a) AND list_contains(?, p.b)"
            params += [raws, raws]
        a = "CASE WHEN ma.raw IS NOT NULL THEN ma.actor ELSE p.a END"  # a name only stances give: itself
        b = "CASE WHEN mb.raw IS NOT NULL THEN mb.actor ELSE p.b END"
        sql = (f"SELECT {a} AS a, {b} AS b, p.relation, p.n, p.score_sum, p.positive, p.negative, p.neutral "
               f"FROM {source} LEFT JOIN amap ma ON ma.raw = p.a AND ma.form = '' "
               f"LEFT JOIN amap mb ON mb.raw = p.b AND mb.form = '' "
               f"WHERE p.kind = ? AND {a} IS NOT NULL AND {b} IS NOT NULL AND {where}")
        params = [*before, kind, *params]
        if min_confidence:
            sql += " AND p.conf >= ?"
            params.append(aggregates.min_bucket(min_confidence))
        if relations is not None:
            sql += " AND list_contains(?, p.relation)"
            params.append(list(relations))
        return sql, params

    @contextlib.contextmanager
    def _pairs_among(self, filters: CorpusFilters | None, actors: list[str]):
        """A temp table of the pair aggregates (both kinds) between the names that count for
        `actors`, under the filters, summed over days and outlets: the edges of a graph read the
        store's pairs once, not once per kind (ask `_pairs` with no filters on it)."""
        raws = self._raw_names(actors)
        where, params = self._where(filters, "day", "outlet")
        table = "agg_pairs_all" if self._rolled(filters, "agg_pairs_all") else "agg_pairs"
        source, before = table, []
        dated = self._by_month(filters, table, "p")
        if dated is not None:
            source, where, before = dated
            params = []
        name = f"_among{uuid.uuid4().hex}"
        self.con.execute(f"CREATE TEMP TABLE {name} AS SELECT kind, a, b, relation, conf, sum(n) AS n, "
                         f"sum(score_sum) AS score_sum, sum(positive) AS positive, sum(negative) AS negative, "
                         f"sum(neutral) AS neutral FROM {source} SEMI JOIN (SELECT unnest(?) AS raw) r1 ON r1.raw = a "
                         f"SEMI JOIN (SELECT unnest(?) AS raw) r2 ON r2.raw = b WHERE {where} GROUP BY ALL",
                         [*before, raws, raws, *params])
        try:
            yield name
        finally:
            self.con.execute(f"DROP TABLE IF EXISTS {name}")

    # --- the pages' queries ---------------------------------------------------------------------
    def sources(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT DISTINCT source FROM cur WHERE source <> '' ORDER BY 1").fetchall()]

    def overview_counts(self, filters: CorpusFilters | None = None) -> dict[str, int]:
        """`query.overview_counts` of the filtered corpus."""
        where, params = self._where(filters)
        articles, undated = self.con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE day IS NULL) FROM cur WHERE {where}", params).fetchone()
        statements = self._statements_counted(filters)
        sql, params = self._actor_day(filters)
        actors = self.con.execute(f"SELECT count(*) FROM (SELECT actor FROM ({sql}) GROUP BY actor "
                                  "HAVING sum(mentions) > 0 OR sum(statements) > 0)", params).fetchone()[0]
        return {"articles": int(articles), "statements": int(statements), "actors": int(actors),
                "undated articles": int(undated)}

    def top_speakers(self, n: int = 10, filters: CorpusFilters | None = None) -> pd.DataFrame:
        """`query.top_speakers`: speaker, statements, articles. The ranking comes from the actor
        aggregates (statements per name and form, mapped); the articles of the `n` speakers ranked
        are counted in the derived statement index, else from their own statement rows (merged
        parts are sorted by speaker)."""
        sql, params = self._actor_day(filters)
        top = self._df(f"SELECT actor AS speaker, sum(statements) AS statements FROM ({sql}) WHERE actor <> '' "
                       f"GROUP BY 1 HAVING sum(statements) > 0 ORDER BY statements DESC, speaker LIMIT ?",
                       [*params, int(n)])
        names = top["speaker"].tolist()
        if names and self._uses_derived():  # the derived index labels a named speaker by its actor
            articles = self._speaker_articles(names, filters)
            return top.assign(statements=top["statements"].astype("int64"),
                              articles=[int(articles.get(x, 0)) for x in names])[["speaker", "statements", "articles"]]
        where, params = self._where(filters, "cur.day", "cur.source")
        joins, speaker = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention"))
        seen = self._df(
            f"SELECT speaker, count(DISTINCT article_id) AS articles FROM (SELECT {speaker} AS speaker, s.article_id "
            f"FROM statements s JOIN cur ON s.article_id = cur.id AND s.batch = cur.batch {joins} "
            f"WHERE list_contains(?, s.speaker) AND {where}) WHERE list_contains(?, speaker) GROUP BY 1",
            [self._raw_names(names), *params, names]) if names else pd.DataFrame(columns=["speaker", "articles"])
        articles = dict(zip(seen["speaker"], seen["articles"]))
        return top.assign(statements=top["statements"].astype("int64"),
                          articles=[int(articles.get(x, 0)) for x in names])[["speaker", "statements", "articles"]]

    def _speaker_articles(self, names: list[str], filters: CorpusFilters | None) -> dict[str, int]:
        """How many current articles quote each of `names` (speaker labels of the derived index)
        under the filters: summed from the derived parts' speaker-article counts
        (`_write_speaker_articles`) for the names whose rows no relabelling touches, counted in the
        index's rows for the others (a merge's article counts do not add up: an article quoting
        both merged names is one) and for every name when some rows are retracted or overlaid."""
        record = self._derived
        folder = self.store._dir("derived")
        counted = not record.get("retracted") and not self._overlaid and all(
            p.get(_SPEAKERS) and (folder / p[_SPEAKERS]).is_file() for p in record["parts"])
        moved = self._relabelled_speakers(folder, record["parts"]) if counted else set(names)
        summed, scanned = [n for n in names if n not in moved], [n for n in names if n in moved]
        where, params = self._where(filters)
        out: dict[str, int] = {}
        if summed:
            files = _sql_list([folder / p[_SPEAKERS] for p in record["parts"]])
            out.update(self.con.execute(f"SELECT speaker, sum(articles) FROM read_parquet({files}) "
                                        f"WHERE list_contains(?, speaker) AND {where} GROUP BY 1",
                                        [summed, *params]).fetchall())
        if scanned:
            out.update(self.con.execute(f"SELECT speaker, count(DISTINCT article_id) FROM stmt "
                                        f"WHERE list_contains(?, speaker) AND {where} GROUP BY 1",
                                        [scanned, *params]).fetchall())
        return {k: int(v) for k, v in out.items()}

    def _relabelled_speakers(self, folder, parts: list[dict]) -> set[str]:
        """The speaker labels whose rows in the derived `parts` a reader relabels
        (`_derived_part_sql`): those the moved name keys had when the part was labelled (with its
        writer's links, no corrections) and those they have now."""
        import json

        links, keys, mapped, changed = self._name_keys
        known = self.__dict__.setdefault("_part_links", {})
        out: set[str] = set()
        for part in parts:
            if part["links"] not in known:
                known[part["links"]] = json.loads((folder / part["links"]).read_text(encoding="utf-8"))
            then = known[part["links"]]
            moved = changed
            if then != links:
                moved = changed | keys["raw"].isin({n for n in then.keys() | links.keys()
                                                    if then.get(n, n) != links.get(n, n)})
            out |= {str(then.get(r, r)).strip() for r in keys["raw"][moved]}
            out |= {str(a).strip() for a in mapped[moved].dropna()}
        return out

    def _statement_index_sql(self, statements: str = "statements") -> str:
        """Every current statement with what the page filters and sorts on (speaker as the page
        labels it, kind, article title, date, source) but not its text; `_described` and `_mform`
        (the anonymous source's description, the speaker's form the name map matched, else '')
        let a correction relabel the rows of a derived index (`_derived_index`). The places of each
        row in the page's sorts are added by `_create_statement_index`. `_fields` holds the row's
        other stored fields but texts and speaker (`_INDEXED_FIELDS`), so the statements of a period
        are read whole from the date-sorted index (`_period_rows`), not from the speaker-sorted
        statement rows."""
        from .types import COLUMNS

        joins, speaker = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention"))
        fields = ", ".join(f'"{c}" := s."{c}"' for c in COLUMNS["statements"] if c not in _INDEXED_FIELDS)
        return (
            f"SELECT {_speaker_label_sql('_actor', '_described')} AS speaker, "
            f"* EXCLUDE (_actor) FROM (SELECT {speaker} AS _actor, "
            f"coalesce(s.role, '') AS role, s.kind, coalesce(s.cue, '') AS cue, cur.title AS article, cur.date, "
            f"cur.source, cur.day, s.id, s.article_id, s.start, s.\"end\", s.\"index\", cur.batch, "
            f"s.batch_row AS _row, s.speaker AS _raw, "
            f"{_described_sql('s.speaker_kind', 's.role', 's.speaker_mention')} AS _described, "
            f"CASE WHEN m_sspeaker1.raw IS NOT NULL THEN m_sspeaker1.form ELSE '' END AS _mform, "
            f"struct_pack({fields}) AS _fields FROM {statements} s "
            f"JOIN cur ON s.article_id = cur.id AND s.batch = cur.batch "
            f"{joins})")

    def _create_statement_index(self, name: str) -> None:
        """The temp table `name`: the statement index (`_statement_index_sql`) with each row's place
        in the sorts of `_POSITIONS`, computed over the sort keys only and joined back."""
        self.con.execute(f"CREATE TEMP TABLE _stmt_rows AS {self._statement_index_sql()}")
        self.con.execute(
            "CREATE TEMP TABLE _stmt_places AS SELECT _rid, " + ", ".join(
                f"row_number() OVER (ORDER BY {_sort_sql(*sort)}) * {_GAP} AS {column}" for sort, column in _POSITIONS.items())
            + " FROM (SELECT rowid AS _rid, date, article, start, batch, _row FROM _stmt_rows)")
        self.con.execute(
            f"CREATE TEMP TABLE {name} AS SELECT r.*, " + ", ".join(f"p.{c}" for c in _POSITIONS.values())
            + " FROM _stmt_rows r JOIN _stmt_places p ON p._rid = r.rowid; "
            "DROP TABLE _stmt_rows; DROP TABLE _stmt_places")

    def _statement_index(self) -> str:
        """The statement index (`_statement_index_sql`) the statement queries read: the one the
        writers derived for this store version (a view over its Parquet parts, the corrections
        applied on top: `_derived_index`), else a temp table built on the first statements query
        (kept in the store's cache for other processes of this version and corrections)."""
        if not getattr(self, "_stmt_ready", False):
            record = self._derived_set()
            if record is not None:
                self._derived_index(record)
                self._stmt_ready = True
                return "stmt"
            cached = self._statement_index_path()
            if cached is not None and cached.is_file():
                try:
                    self.con.execute(f"CREATE TEMP TABLE stmt AS SELECT * FROM read_parquet({_sql_list([cached])})")
                    self._stmt_ready = True
                    return "stmt"
                except Exception:  # a damaged cache file: built anew below
                    self.con.execute("DROP TABLE IF EXISTS stmt")
            self._create_statement_index("stmt")
            self._stmt_ready = True
            if cached is not None:
                with contextlib.suppress(Exception):  # a cache that cannot be written is only slower
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    tmp = cached.with_name(f".tmp-{os.getpid()}-{cached.name}")
                    self.con.execute(f"COPY stmt TO {_sql_list([tmp])[1:-1]} (FORMAT parquet)")
                    os.replace(tmp, cached)
        return "stmt"

    def _uses_derived(self) -> bool:
        """Whether the statement index is (or, opened now, will be) the derived one of `_derived_index`."""
        if not getattr(self, "_stmt_ready", False):
            if self._derived_set() is None:
                return False
            self._statement_index()
        return getattr(self, "_derived", None) is not None

    def _derived_index(self, record: dict) -> None:
        """The view `stmt` over the statement index the writers derived (`write_derived`: a base
        part and deltas of later batches, each labelled with the links of its writer, no
        corrections): rows whose speaker key a merge, split, "not an actor" or a link published
        since maps elsewhere are relabelled through the few changed keys (`_derived_part_sql`),
        rows of articles re-written after their part was derived are left out, and the rows of
        articles a row-level correction names are those built from their overlaid rows. Nothing
        is loaded into memory."""
        self._derived = record
        folder = self.store._dir("derived")
        self.con.complete()  # a query's unread result (a count read by fetchone) forbids registering
        body = " UNION ALL BY NAME ".join(self._derived_part_sql(folder, part, f"relabel{i}")
                                         for i, part in enumerate(record["parts"]))
        if record.get("retracted"):
            body = f"SELECT x.* FROM ({body}) x ANTI JOIN {self._derived_retracted(record)} r " \
                   "ON r.article_id = x.article_id AND r.batch = x.batch"
        if self._overlaid:
            listed = "[" + ", ".join(_sql_str_literal(i) for i in self._overlaid) + "]"
            places = ", ".join(f"d.{c}" for c in _POSITIONS.values())  # a correction moves no row in a sort
            files = _sql_list([folder / part["file"] for part in record["parts"]])
            self.con.execute(f"CREATE TEMP TABLE stmt_overlaid AS SELECT o.*, {places} FROM ({self._statement_index_sql()}) o "
                             f"JOIN read_parquet({files}) d ON d.batch = o.batch AND d._row = o._row "
                             f"WHERE list_contains({listed}, o.article_id)")
            body = (f"SELECT * FROM ({body}) WHERE NOT list_contains({listed}, article_id) "
                    f"UNION ALL BY NAME SELECT * FROM stmt_overlaid")
        self.con.execute(f"CREATE VIEW stmt AS {body}")

    def _derived_part_sql(self, folder, part: dict, relabel: str) -> str:
        """The rows of one derived part as this warehouse labels them: the keys whose actor now
        (the links of this version, then the corrections) differs from the one the part was
        labelled with (its writer's links, `part["links"]`) relabel their rows through the temp
        table `relabel`."""
        import json

        source = f"read_parquet({_sql_list([folder / part['file']])})"
        links, keys, mapped, changed = self._name_keys
        known = self.__dict__.setdefault("_part_links", {})
        if part["links"] not in known:
            known[part["links"]] = json.loads((folder / part["links"]).read_text(encoding="utf-8"))
        then = known[part["links"]]
        if then != links:
            moved = {n for n in then.keys() | links.keys() if then.get(n, n) != links.get(n, n)}
            changed = changed | keys["raw"].isin(moved)
        if not changed.any():
            return f"SELECT * FROM {source}"
        self.con.register("_relabel", pd.DataFrame({"raw": keys["raw"][changed], "form": keys["form"][changed],
                                                    "actor": mapped[changed]}))
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {relabel} AS SELECT * FROM _relabel")
        self.con.unregister("_relabel")
        label = _speaker_label_sql("r.actor", "x._described")
        return (f"SELECT x.* REPLACE (CASE WHEN r.raw IS NOT NULL THEN {label} ELSE x.speaker END AS speaker) "
                f"FROM {source} x LEFT JOIN {relabel} r ON r.raw = x._raw AND r.form = x._mform")

    def _derived_retracted(self, record: dict) -> str:
        """A temp table of the (article, batch) rows of derived parts that later batches re-wrote."""
        self.con.register("_retracted", pd.DataFrame(record["retracted"], columns=["article_id", "batch"]))
        self.con.execute("CREATE OR REPLACE TEMP TABLE derived_retracted AS SELECT * FROM _retracted")
        self.con.unregister("_retracted")
        return "derived_retracted"

    def _derived_set_path(self):
        """Where the writers' derived statement index of the batches this warehouse opened is
        described (`write_derived`): keyed by the batches whose rows it holds (a row or aggregate
        merge changes none), the linker and the layout; independent of corrections, which
        `_derived_index` applies."""
        import hashlib
        import json

        if not self._batches or self.store.remote:
            return None
        key = hashlib.sha1(json.dumps([sorted(self._holders), aggregates.linker_version(), _STATEMENT_INDEX_LAYOUT]
                                      ).encode()).hexdigest()[:20]
        return self.store._dir("derived") / f"set-{key}.json"

    def _derived_set(self) -> dict | None:
        """The derived set of this version (`write_derived`) when it and every file it names are there."""
        import json

        if self.__dict__.get("_derived_record") is None:
            path = self._derived_set_path()
            if path is None or not path.is_file():
                return None
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                record = json.loads(path.read_text(encoding="utf-8"))
                if all((path.parent / p[k]).is_file() for p in record["parts"] for k in ("file", "links")):
                    self._derived_record = record
        return self.__dict__.get("_derived_record")

    def _derived_files(self) -> list:
        """The files of this version's derived set (`Store._retire_derived` keeps them)."""
        record = self._derived_set()
        if record is None:
            return []
        path = self._derived_set_path()
        return [path, *sorted({path.parent / p[k] for p in record["parts"] for k in ("file", "links", _SPEAKERS, _PAIRS)
                               if p.get(k)})]

    def write_derived(self) -> None:
        """Derive the statement index of this store version (no corrections: `Store._build_derived`
        opens the warehouse without them) into the store's `derived/` folder: a set (`set-<key>.json`,
        written last) of Parquet parts sorted by date (the page's default order) in small row
        groups, with the links they were labelled with. When a set of fewer batches is there, only
        the rows of the new batches are derived, as one more part (`_derive_delta`), so an ingest
        into a large store does not derive its million rows again; the whole index is derived
        anew when there is none, or the deltas would hold more than `_DELTA_SHARE` of the base's
        rows. Older versions' files are retired (`Store._retire_derived`). Streamed by DuckDB
        under the connection's memory limit."""
        import hashlib
        import json

        from .store import _atomic_write_bytes

        path = self._derived_set_path()
        if path is None or path.is_file():
            return
        if self.corrections:
            raise ValueError("the derived statement index is written without corrections")
        folder, key = path.parent, path.stem[len("set-"):]
        folder.mkdir(exist_ok=True)
        text = json.dumps(self._name_keys[0], sort_keys=True)
        links = f"links-{hashlib.sha1(text.encode()).hexdigest()[:20]}.json"
        if not (folder / links).is_file():
            _atomic_write_bytes(folder / links, text.encode("utf-8"))
        batches = sorted(self._holders)
        previous, record = self._previous_derived_set(folder, batches), None
        if previous is not None:
            record = self._derive_delta(folder, previous, batches, key, links)
        if record is None:
            self._create_statement_index("_derived_rows")
            heads = [self._statement_texts(self._df(f"SELECT batch, _row, id, date, _raw FROM _derived_rows "
                                                    f"WHERE {c} <= {_HEAD_TEXTS * _GAP}"), by_date=True)
                     for c in _POSITIONS.values()]  # (each of a few days: read by date)
            self.con.register("_head_texts", pd.concat(heads, ignore_index=True).drop_duplicates(["batch", "_row"]))
            rows = self._write_derived_part("(SELECT r.*, h.statement AS _text, h.sentence AS _sentence FROM "
                                            "_derived_rows r LEFT JOIN _head_texts h USING (batch, _row))",
                                            folder / f"stmt-{key}.parquet")
            self.con.unregister("_head_texts")
            self.con.execute("DROP TABLE _derived_rows")
            pairs, busy = self._write_pair_rows(folder / f"stmt-{key}.parquet")
            record = {"parts": [{"file": f"stmt-{key}.parquet", "rows": rows, "links": links,
                                 _SPEAKERS: self._write_speaker_articles(folder / f"stmt-{key}.parquet"),
                                 _PAIRS: pairs, _BUSY: busy}],
                      "retracted": []}
        record.update(batches=batches, linker=aggregates.linker_version(), layout=_STATEMENT_INDEX_LAYOUT)
        _atomic_write_bytes(path, json.dumps(record).encode("utf-8"))

    def _write_derived_part(self, rows: str, path) -> int:
        """Write the rows `rows` (a table or a query) sorted by date as one derived part; their number."""
        from .store import _fsync_dir

        tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        n = self.con.execute(f"COPY (SELECT * FROM {rows} ORDER BY {_POSITIONS['date', False]}) "
                             f"TO {_sql_list([tmp])[1:-1]} (FORMAT parquet, ROW_GROUP_SIZE 16384)").fetchone()[0]
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        return int(n)

    def _write_speaker_articles(self, part) -> str:
        """Beside the derived part `part`: how many of its articles each speaker label of it is
        quoted in, by day and outlet (`spk-….parquet`, sorted by speaker). An article has one day
        and one outlet and its current rows are in one part, so these counts add up over days,
        outlets and parts to a speaker's articles under any date or source filter (`top_speakers`
        reads them instead of every statement row of the top speakers). Returns the file's name."""
        from .store import _fsync_dir

        path = part.with_name("spk-" + part.name[len("stmt-"):])
        tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        self.con.execute(f"COPY (SELECT speaker, day, source, count(DISTINCT article_id) AS articles FROM "
                         f"read_parquet({_sql_list([part])}) GROUP BY ALL ORDER BY speaker, day, source) "
                         f"TO {_sql_list([tmp])[1:-1]} (FORMAT parquet, ROW_GROUP_SIZE 16384)")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        return path.name

    def _write_pair_rows(self, part, new: list[str] | None = None) -> tuple[str, list | None]:
        """Beside the derived part `part`: the Said about rows of (speaker, target) pairs of
        article-level names (`pairs-….parquet`), sorted by pair and current article date, so the
        page of a busy pair reads one slice and counts it exactly (`_about_from_pairs`). A row is a
        stance (source → target, with the fields of the statement it comes from, whoever its
        speaker) or a mention of the target inside a statement of the speaker (with the statement's
        fields), each with its current article's date, day and outlet. Names stay article-level and
        the forms their mapping may need are kept, so readers apply the links and corrections of
        their version as the rows' path does. A base part (`new` None: every current row) holds
        the pairs of `_BUSY_PAIR_ROWS` rows or more (returned with the file's name), a delta (the
        rows of the batches `new`) every pair (None returned)."""
        from .store import _fsync_dir

        if new is None:
            stances, statements, mentions = "stances", "statements", "statement_mentions"
            if self._unpaired_batches:  # row sets without statement mentions: found as their merge would
                listed = "[" + ", ".join(_sql_str_literal(b) for b in self._unpaired_batches) + "]"
                self.con.execute(f"CREATE OR REPLACE TEMP VIEW _pair_unpaired AS SELECT * FROM statements "
                                 f"WHERE list_contains({listed}, batch)")
                mentions = (f"(SELECT speaker, actor, text, article_id, batch, id, start, \"end\" FROM statement_mentions "
                            f"UNION ALL {statement_mentions_sql('_pair_unpaired', 'mentions_unpaired')})")
        else:
            sets = [self._row_sets[b] for b in sorted({self._holders[b] for b in new})]
            listed = "[" + ", ".join(_sql_str_literal(b) for b in new) + "]"
            for table in ("statements", "stances", "mentions"):
                self.con.execute(f"DROP VIEW IF EXISTS _pair_{table}")
                self.store._register(self.con, table, self.store._parts(table, sets), f"_pair_{table}")
                self.con.execute(f"CREATE OR REPLACE TEMP VIEW _pair_new_{table} AS SELECT * FROM _pair_{table} "
                                 f"WHERE list_contains({listed}, batch)")
            stances, statements = "_pair_new_stances", "_pair_new_statements"
            mentions = f"({statement_mentions_sql(statements, '_pair_new_mentions')})"
        current = "JOIN cur ON x.article_id = cur.id AND x.batch = cur.batch"
        busy, chosen = None, ""
        if new is None:
            busy = [list(r) for r in self.con.execute(
                f"SELECT s, t FROM (SELECT x.source AS s, x.target AS t, count(*) AS n FROM {stances} x {current} "
                f"GROUP BY ALL UNION ALL SELECT x.speaker, x.actor, count(*) FROM {mentions} x {current} GROUP BY ALL) "
                f"WHERE s IS NOT NULL AND t IS NOT NULL GROUP BY ALL HAVING sum(n) >= ? ORDER BY s, t",
                [_BUSY_PAIR_ROWS]).fetchall()]
            self.con.register("_busy", pd.DataFrame(busy, columns=["s", "t"], dtype=object))
            self.con.execute("CREATE OR REPLACE TEMP TABLE _pair_busy AS SELECT * FROM _busy")
            self.con.unregister("_busy")
            chosen = "AND (x.{0}, x.{1}) IN (SELECT s, t FROM _pair_busy)"
        stance = "{" + ", ".join(f"'{c}': x.\"{c}\"" for c in _STANCE_FIELDS) + "}"
        said = ("st.id, st.\"index\", st.kind, st.start, st.\"end\", st.spans, st.batch_row AS _srow, "
                "st.speaker AS _sraw, st.speaker_mention AS _smention")
        dated = "x.article_id, x.batch, cur.date, cur.day, cur.source AS _outlet"
        self.con.execute(  # (the stances first, so the statements they come from are looked up among their articles')
            f"CREATE OR REPLACE TEMP TABLE _pair_stances AS SELECT x.source AS _s, x.target AS _t, {dated}, "
            f"x.batch_row AS _row, CAST(x.statement_index AS BIGINT) AS _index, x.confidence AS _conf, "
            f"x.polarity AS _polarity, x.score AS _score, {stance} AS _stance FROM {stances} x "
            f"{current} WHERE x.source IS NOT NULL AND x.target IS NOT NULL {chosen.format('source', 'target')}")
        rows = (
            f"SELECT 'stance' AS _kind, x._s, x._t, x.article_id, x.batch, x.date, x.day, x._outlet, x._row, x._index, "
            f"x._conf, x._polarity, x._score, x._stance, {said}, NULL::BIGINT AS _mstart, NULL::BIGINT AS _mend, "
            f"NULL::VARCHAR AS _mtext FROM _pair_stances x "
            f"LEFT JOIN (SELECT * FROM {statements} s SEMI JOIN (SELECT DISTINCT article_id, batch FROM _pair_stances) a "
            f"ON a.article_id = s.article_id AND a.batch = s.batch) st ON st.article_id = x.article_id "
            f"AND st.batch = x.batch AND CAST(st.\"index\" AS BIGINT) = x._index UNION ALL "
            f"SELECT 'mention', x.speaker, x.actor, {dated}, st.batch_row, CAST(st.\"index\" AS BIGINT), NULL, NULL, NULL, "
            f"NULL, {said}, x.start, x.\"end\", x.text "
            f"FROM (SELECT * FROM {mentions} x WHERE TRUE {chosen.format('speaker', 'actor')}) x {current} "
            f"JOIN {statements} st ON st.id = x.id AND st.batch = x.batch")
        path = part.with_name("pairs-" + part.name[len("stmt-"):])
        tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        self.con.execute(f"COPY (SELECT * FROM ({rows}) ORDER BY _s, _t, date = '', date, article_id, _kind, _row) "
                         f"TO {_sql_list([tmp])[1:-1]} (FORMAT parquet, ROW_GROUP_SIZE 16384)")
        self.con.execute("DROP TABLE _pair_stances")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        return path.name, busy

    def _previous_derived_set(self, folder, batches: list[str]) -> dict | None:
        """The derived set of the most batches, all of them among `batches`, of this linker and
        layout, with every file it names (a later writer derives only the rest)."""
        import json

        have, best = set(batches), None
        for p in folder.glob("set-*.json"):
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                record = json.loads(p.read_text(encoding="utf-8"))
                if (record["layout"] == _STATEMENT_INDEX_LAYOUT and record["linker"] == aggregates.linker_version()
                        and set(record["batches"]) <= have
                        and (best is None or len(record["batches"]) > len(best["batches"]))
                        and all((folder / x[k]).is_file() for x in record["parts"] for k in ("file", "links"))):
                    best = record
        return best

    def _derive_delta(self, folder, previous: dict, batches: list[str], key: str, links: str) -> dict | None:
        """`previous` (a derived set of fewer batches) and one more part: the current statements of
        the new batches, read from the row sets holding them, each placed in the sorts between its
        neighbours in the parts before (`_delta_places`); rows of articles the new batches re-write
        are listed as retracted. Once the set has more than `_DELTA_PARTS` parts its deltas are
        merged into one, relabelled with this version's links. None when the whole index should
        be derived anew (deltas over `_DELTA_SHARE` of the base, or no room left between places)."""
        covered = set(previous["batches"])
        new = [b for b in batches if b not in covered]
        sets = sorted({self._holders[b] for b in new})
        self.store._register(self.con, "statements", self.store._parts("statements", [self._row_sets[b] for b in sets]),
                             "_delta_statements")
        self.con.execute("CREATE OR REPLACE TEMP VIEW _delta_new AS SELECT * FROM _delta_statements WHERE list_contains(["
                         + ", ".join(_sql_str_literal(b) for b in new) + "], batch)")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE _delta_rows AS SELECT row_number() OVER () AS _rid, * "
                         f"FROM ({self._statement_index_sql('_delta_new')})")
        added = self.con.execute("SELECT count(*) FROM _delta_rows").fetchone()[0]
        base, deltas = previous["parts"][0], previous["parts"][1:]
        if added + sum(p["rows"] for p in deltas) > _DELTA_SHARE * base["rows"]:
            return None
        files = [folder / p["file"] for p in previous["parts"]]
        if added and not self._delta_places(files):
            return None
        parts = [p if p["links"] == links or self._relinked_in(folder, p) else {**p, "links": links}
                 for p in previous["parts"]]  # (a part none of whose names moved reads as labelled now)
        if added:  # (batches without statements, e.g. of load errors only, add no part)
            name = f"stmt-{key}-delta.parquet"
            rows = self._write_derived_part(
                "(SELECT r.* EXCLUDE (_rid), a.pos AS _by_date, d.pos AS _by_date_desc, s.text AS _text, "
                "coalesce(s.sentence, '') AS _sentence FROM _delta_rows r JOIN _delta_by_date a USING (_rid) "
                "JOIN _delta_by_date_desc d USING (_rid) JOIN _delta_new s ON s.batch = r.batch AND s.batch_row = r._row)",
                folder / name)
            parts.append({"file": name, "rows": rows, "links": links,
                          _SPEAKERS: self._write_speaker_articles(folder / name),
                          _PAIRS: self._write_pair_rows(folder / name, new)[0]})
        retracted = self.con.execute(  # (from the parts: a row merge may have dropped the superseded rows already)
            f"SELECT DISTINCT d.article_id, d.batch FROM read_parquet({_sql_list(files)}) d SEMI JOIN "
            "(SELECT id FROM cur WHERE list_contains(?, batch)) c ON c.id = d.article_id", [new]).fetchall()
        record = {"parts": parts,
                  "retracted": sorted({tuple(r) for r in previous["retracted"]} | {tuple(r) for r in retracted})}
        if previous.get(_PAIRS_GAP) or (not added and self._stances_of(sets, new)):
            record[_PAIRS_GAP] = True  # stances of batches without statements have no pair rows: until derived whole
        if len(record["parts"]) > _DELTA_PARTS:
            merged = f"stmt-{key}-deltas.parquet"
            body = " UNION ALL BY NAME ".join(self._derived_part_sql(folder, p, f"_merge_relabel{i}")
                                              for i, p in enumerate(record["parts"][1:]))
            if record["retracted"]:
                body = f"SELECT x.* FROM ({body}) x ANTI JOIN {self._derived_retracted(record)} r " \
                       "ON r.article_id = x.article_id AND r.batch = x.batch"
            rows = self._write_derived_part(f"({body})", folder / merged)
            record["parts"] = [base, {"file": merged, "rows": rows, "links": links,
                                      _SPEAKERS: self._write_speaker_articles(folder / merged),
                                      **self._merge_pair_rows(folder, record, folder / merged)}]
        for table in ("_delta_rows", "_delta_days", "_delta_near", "_delta_bounds", "_delta_gaps", "_delta_by_date",
                      "_delta_by_date_desc"):
            self.con.execute(f"DROP TABLE IF EXISTS {table}")
        return record

    def _stances_of(self, sets: list[str], batches: list[str]) -> bool:
        """Whether the row sets `sets` hold stance rows of `batches`."""
        self.con.execute("DROP VIEW IF EXISTS _gap_stances")
        self.store._register(self.con, "stances", self.store._parts("stances", [self._row_sets[b] for b in sets]),
                             "_gap_stances")
        return self.con.execute("SELECT count(*) FROM _gap_stances WHERE list_contains(?, batch)",
                                [batches]).fetchone()[0] > 0

    def _merge_pair_rows(self, folder, record: dict, merged) -> dict:
        """The pair rows of the deltas of `record` (every pair of their batches, article-level
        names: no relabelling) as one file beside their merged part `merged`, the retracted rows
        left out; its record keys ({} when a delta has none: readers then take the rows' path)."""
        from .store import _fsync_dir

        deltas = record["parts"][1:]
        if not all(p.get(_PAIRS) and (folder / p[_PAIRS]).is_file() for p in deltas):
            return {}
        body = f"SELECT * FROM read_parquet({_sql_list([folder / p[_PAIRS] for p in deltas])}, union_by_name = true)"
        if record["retracted"]:
            body = f"SELECT x.* FROM ({body}) x ANTI JOIN {self._derived_retracted(record)} r " \
                   "ON r.article_id = x.article_id AND r.batch = x.batch"
        path = merged.with_name("pairs-" + merged.name[len("stmt-"):])
        tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        self.con.execute(f"COPY (SELECT * FROM ({body}) ORDER BY _s, _t, date = '', date, article_id, _kind, _row) "
                         f"TO {_sql_list([tmp])[1:-1]} (FORMAT parquet, ROW_GROUP_SIZE 16384)")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        return {_PAIRS: path.name}

    def _relinked_in(self, folder, part: dict) -> bool:
        """Whether a speaker of the derived `part` is a name the links of this version map elsewhere
        than those it was labelled with (else readers need not relabel it: new names of new
        articles, the usual case, leave the base part as it is)."""
        import json

        then, links = json.loads((folder / part["links"]).read_text(encoding="utf-8")), self._name_keys[0]
        moved = sorted(n for n in then.keys() | links.keys() if then.get(n, n) != links.get(n, n))
        return bool(moved) and self.con.execute(
            f"SELECT count(*) FROM read_parquet({_sql_list([folder / part['file']])}) WHERE list_contains(?, _raw)",
            [moved]).fetchone()[0] > 0

    def _delta_places(self, files: list) -> bool:
        """Each row of `_delta_rows` its places in the sorts (`_POSITIONS`), between those of its
        neighbours among the rows of `files` (positions are ranks times `_GAP`, so there is room):
        the rows of the new rows' days are sorted with them, the days before and after bound the
        rest; the tables `_delta_by_date` and `_delta_by_date_desc` (_rid, pos). False when some
        gap holds too little room (the index is then derived anew)."""
        source = f"read_parquet({_sql_list(files)})"
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE _delta_days AS SELECT date, min(_by_date) AS lo, "
                         f"max(_by_date) AS hi, min(_by_date_desc) AS lo_desc, max(_by_date_desc) AS hi_desc "
                         f"FROM {source} GROUP BY date")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE _delta_near AS SELECT date, article, start, batch, _row, "
                         f"_by_date, _by_date_desc FROM {source} WHERE date IN (SELECT DISTINCT date FROM _delta_rows)")
        fits = True
        for column, desc in (("_by_date", False), ("_by_date_desc", True)):
            lo, hi = ("lo_desc", "hi_desc") if desc else ("lo", "hi")
            earlier, later = (">", "<") if desc else ("<", ">")
            before = f"((e.date = '') < (d.date = '') OR ((e.date = '') = (d.date = '') AND e.date {earlier} d.date))"
            after = f"((e.date = '') > (d.date = '') OR ((e.date = '') = (d.date = '') AND e.date {later} d.date))"
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _delta_bounds AS SELECT d.date, "
                             f"(SELECT max(e.{hi}) FROM _delta_days e WHERE {before}) AS before, "
                             f"(SELECT min(e.{lo}) FROM _delta_days e WHERE {after}) AS after "
                             f"FROM (SELECT DISTINCT date FROM _delta_rows) d")
            way = "DESC" if desc else "ASC"
            order = f"edge, article {way} NULLS LAST, start {way} NULLS LAST, batch, _row"
            window = f"PARTITION BY date ORDER BY {order}"
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE _delta_gaps AS SELECT * FROM (SELECT _rid, "
                f"row_number() OVER (ORDER BY (date = ''), date {way}, {order}) AS seq, "
                f"max(pos) OVER ({window} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS lo, "
                f"min(pos) OVER ({window} ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS hi FROM ("
                f"SELECT date, 0 AS edge, article, start, batch, _row, {column} AS pos, NULL::BIGINT AS _rid FROM _delta_near "
                f"UNION ALL SELECT date, 0, article, start, batch, _row, NULL, _rid FROM _delta_rows "
                f"UNION ALL SELECT date, -1, NULL, NULL, NULL, NULL, before, NULL FROM _delta_bounds "
                f"UNION ALL SELECT date, 1, NULL, NULL, NULL, NULL, after, NULL FROM _delta_bounds)) "
                f"WHERE _rid IS NOT NULL")
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE _delta{column} AS SELECT _rid, "
                f"CAST(low + (CAST(high - low AS HUGEINT) * i) // (k + 1) AS BIGINT) AS pos, high - low > k AS fits "
                f"FROM (SELECT *, coalesce(hi, low + {_GAP} * (k + 1)) AS high FROM (SELECT _rid, hi, i, k, "
                f"coalesce(lo, coalesce(hi, 0) - {_GAP} * (k + 1)) AS low FROM (SELECT _rid, lo, hi, "
                f"row_number() OVER (PARTITION BY lo, hi ORDER BY seq) AS i, count(*) OVER (PARTITION BY lo, hi) AS k "
                f"FROM _delta_gaps)))")
            fits = fits and bool(self.con.execute(f"SELECT coalesce(bool_and(fits), true) FROM _delta{column}").fetchone()[0])
        return fits

    def _matching(self, terms: list[str]) -> str:
        """A temp table of the statement index positions (`_by_date`) of the statements whose text
        or sentence holds every term: the word index (or the text) is read once per search, then
        the page's count, sorts and pages (and the next filter change with the same search) join
        this table on one integer."""
        found = self.__dict__.setdefault("_found", {})
        key = tuple(sorted(terms))
        if key not in found:
            if len(found) >= 4:
                self.con.execute(f"DROP TABLE {found.pop(next(iter(found)))}")
            name = f"_found{abs(hash(key)) % 10**12}"
            rows = f"_rows{name}"
            haystack = "lower(coalesce(text, '') || chr(10) || coalesce(sentence, ''))"
            scan = " AND ".join(f"strpos({haystack}, ?) > 0" for _ in key)
            if any(len([p for p in re.split(WORD_SPLIT, t) if p]) != 1 for t in key):  # a phrase: every text read
                self.con.execute(f"CREATE TEMP TABLE {rows} AS SELECT batch, batch_row FROM statements WHERE {scan}",
                                 list(key))
            else:  # merged parts through their word index, the newest batches (not merged yet) by a scan
                indexed, params = [], []
                for term in key:
                    words = [w for (w,) in self.con.execute(
                        "SELECT DISTINCT word FROM statement_vocab WHERE strpos(word, ?) > 0", [term]).fetchall()]
                    indexed.append("SELECT batch, batch_row FROM statement_words WHERE list_contains(?, word)")
                    params.append(words)
                self.con.execute(f"CREATE TEMP TABLE {rows} AS ({' INTERSECT '.join(indexed)}) UNION ALL "
                                 f"SELECT batch, batch_row FROM statements_unindexed WHERE {scan}", [*params, *key])
            position = _POSITIONS["date", False]
            self.con.execute(f"CREATE TEMP TABLE {name} AS SELECT r.{position} AS position FROM {self._statement_index()} r "
                             f"SEMI JOIN {rows} q ON r.batch = q.batch AND r._row = q.batch_row ORDER BY 1; DROP TABLE {rows}")
            found[key] = name
        return found[key]

    def _counted_matches(self, term: str) -> tuple[str, list, int] | None:
        """The statements holding the one search word `term` as SQL for their (batch, batch_row)
        and their exact number, counted without the join with the statement index that
        `_matching` makes (a common word is held by millions of rows): the word index's rows of
        the most frequent word holding the term are counted as they are, the other words' rows
        without those, the unindexed parts by a scan. None when a stored statement row is not a
        row of the index (`_current_statement_rows`): then only the join counts."""
        if self._current_statement_rows() is None:
            return None
        scan = "strpos(lower(coalesce(text, '') || chr(10) || coalesce(sentence, '')), ?) > 0"
        words = [w for (w,) in self.con.execute(  # the most frequent first (any order counts alike)
            "SELECT word FROM statement_vocab WHERE strpos(word, ?) > 0 GROUP BY word ORDER BY sum(n) DESC, word",
            [term]).fetchall()]
        total = self.con.execute(f"SELECT count(*) FROM statements_unindexed WHERE {scan}", [term]).fetchone()[0]
        if words:
            total += self.con.execute("SELECT count(*) FROM statement_words WHERE word = ?", [words[0]]).fetchone()[0]
        if len(words) > 1:
            total += self.con.execute(
                "SELECT count(*) FROM (SELECT DISTINCT batch, batch_row FROM statement_words WHERE list_contains(?, word)) d "
                "ANTI JOIN (SELECT batch, batch_row FROM statement_words WHERE word = ?) w "
                "ON d.batch = w.batch AND d.batch_row = w.batch_row", [words[1:], words[0]]).fetchone()[0]
        return (f"SELECT batch, batch_row FROM statement_words WHERE list_contains(?, word) UNION ALL "
                f"SELECT batch, batch_row FROM statements_unindexed WHERE {scan}", [words, term], int(total))

    def _searched_window(self, term: str, position: str):
        """For `_page_by_position`: the statement index rows between two positions (in the date
        order, either way) whose text or sentence holds the word `term`, read from the texts
        sorted by date between the window's first and last date (a row group or two) and from the
        sets without them, instead of every row of the word index holding the term."""
        index = self._statement_index()
        scan = "strpos(lower(coalesce(text, '') || chr(10) || coalesce(sentence, '')), ?) > 0"

        def window(low: int, high: int) -> tuple[str, list]:
            dates = self.con.execute(f"SELECT coalesce(min(date), ''), coalesce(max(date), '') FROM {index} "
                                     f"WHERE {position} >= ? AND {position} < ?", [low, high]).fetchone()
            return (f"SELECT r.* FROM {index} r SEMI JOIN (SELECT batch, batch_row FROM statement_texts "
                    f"WHERE date BETWEEN ? AND ? AND {scan} UNION ALL SELECT batch, batch_row FROM statements_untexted "
                    f"WHERE {scan}) q ON r.batch = q.batch AND r._row = q.batch_row"), [*dates, term, term]

        return window

    def _current_statement_rows(self) -> int | None:
        """The number of rows of the statement index when every stored statement row is one of
        them, no row correction overlaying any ((batch, batch_row) names one stored row, so equal
        numbers of rows say so), else None."""
        if "_statements_current" not in self.__dict__:
            index = self._statement_index()
            derived = getattr(self, "_derived", None)
            if derived is None:
                n = self.con.execute(f"SELECT count(*) FROM {index}").fetchone()[0]
            else:  # a derived set's parts say their rows; a retracted row is a stored row not in the index
                n = -1 if derived.get("retracted") else sum(int(part["rows"]) for part in derived["parts"])
            stored = self.con.execute("SELECT count(*) FROM statements").fetchone()[0]
            self._statements_current = n if n == stored and not self._overlaid else None
        return self._statements_current

    def _position_bounds(self, position: str) -> tuple[int, int]:
        """The first and last place of the statement index in one sort (places are spaced by
        `_GAP`, and a derived set's deltas sit between them), read once per warehouse."""
        bounds = self.__dict__.setdefault("_bounds", {})
        if position not in bounds:
            bounds[position] = tuple(int(v) for v in self.con.execute(
                f"SELECT coalesce(min({position}), 0), coalesce(max({position}), 0) FROM {self._statement_index()}").fetchone())
        return bounds[position]

    def _statement_index_path(self):
        """The statement index depends on the published batches, the links and the corrections:
        a new server process of the same store version reads it from the store's cache (which the
        next writer empties) instead of joining every statement part again. Keyed by the batches
        this warehouse opened (not `Store.version()`, which may already name a newer batch)."""
        import hashlib
        import json

        if not self._batches:
            return None
        key = hashlib.sha1(json.dumps([str(self.store.path), self._batches, aggregates.linker_version(),
                                       self.corrections, _STATEMENT_INDEX_LAYOUT], sort_keys=True,
                                      default=str).encode()).hexdigest()[:20]
        return self.store._dir("cache") / f"stmt-{key}.parquet"

    def _stance_order(self, min_confidence: float) -> str:
        """A temp table of every statement's stance label at `min_confidence` and its places in the
        stance sort both ways (`_STANCE_POSITIONS`), keyed by the statement index's `_by_date`: the
        stance sort needs every label, so they are made once, on the first stance sort (kept in
        the store's cache beside the statement index, for other processes), and the next pages
        and filter changes read a window of positions."""
        orders = self.__dict__.setdefault("_stance_orders", {})
        key = float(min_confidence or 0.0)
        if key not in orders:
            name = f"_stance_order{len(orders)}"
            index = self._statement_index_path()  # kept beside the statement index, as it is
            cached = None if index is None else index.with_name(f"{index.stem}-stance-{key:g}.parquet")
            if cached is not None and cached.is_file():
                try:
                    self.con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM read_parquet({_sql_list([cached])}) "
                                     "ORDER BY position")
                    orders[key] = name
                    return name
                except Exception:  # a damaged cache file: built anew below
                    self.con.execute(f"DROP TABLE IF EXISTS {name}")
            sql, params = self._stance_labels_sql(key)
            by_date = _POSITIONS["date", False]
            self.con.execute(
                f"CREATE TEMP TABLE {name} AS SELECT position, stance, " + ", ".join(
                    f"row_number() OVER (ORDER BY {_sort_sql('stance', descending)}) AS {column}"
                    for descending, column in _STANCE_POSITIONS.items())
                + f" FROM (SELECT r.{by_date} AS position, coalesce(l.stance, '') AS stance, r.date, r.start, r.batch, "
                f"r._row FROM {self._statement_index()} r LEFT JOIN ({sql}) l ON l.article_id = r.article_id "
                f"AND l.batch = r.batch AND l.statement_index = r.\"index\") ORDER BY position", params)
            if cached is not None:
                with contextlib.suppress(Exception):  # a cache that cannot be written is only slower
                    tmp = cached.with_name(f".tmp-{os.getpid()}-{cached.name}")
                    self.con.execute(f"COPY {name} TO {_sql_list([tmp])[1:-1]} (FORMAT parquet)")
                    os.replace(tmp, cached)
            orders[key] = name
        return orders[key]

    def _stance_labels_sql(self, min_confidence: float, shown: pd.DataFrame | None = None) -> tuple[str, list]:
        """`query.stance_summary` in SQL: per statement, "target (±)" of its stances, in row order
        (only for the articles of the statement index rows `shown` when given: their stance rows
        are read by their dates, `_shown_stances`)."""
        joins, target = self._mapped("x.target")
        rows, params = ("stances x", []) if shown is None else self._shown_stances(shown)
        conf = "" if not min_confidence else " AND (x.confidence IS NULL OR x.confidence >= ?)"
        params += [float(min_confidence)] if min_confidence else []
        return (f"SELECT article_id, batch, statement_index, string_agg(label, '; ' ORDER BY first) AS stance "
                f"FROM (SELECT article_id, batch, statement_index, label, min(_row) AS first FROM ("
                f"SELECT x.article_id, x.batch, x.statement_index, x.batch_row AS _row, "
                f"{target} || ' (' || CASE x.polarity WHEN 'positive' THEN '+' WHEN 'negative' THEN '−' "
                f"WHEN 'neutral' THEN '0' ELSE '?' END || ')' AS label FROM {rows} {joins} "
                f"WHERE x.statement_index IS NOT NULL{conf}) WHERE label IS NOT NULL GROUP BY ALL) GROUP BY ALL"), params

    def _shown_stances(self, shown: pd.DataFrame) -> tuple[str, list]:
        """The stance rows of statements in the articles of `shown` (statement index rows): from
        the merged sets' statement stances sorted by date (`ROW_INDEXES`) between the first and
        last date shown, the row sets without them, and the overlay of row corrections."""
        columns = "article_id, batch, batch_row, statement_index, target, polarity, confidence"
        ids = sorted(set(shown["article_id"]))
        overlaid = set(self._overlaid)
        kept, fixed = [i for i in ids if i not in overlaid], [i for i in ids if i in overlaid]
        dates = shown["date"].fillna("")
        low, high = (dates.min(), dates.max()) if len(dates) else ("", "")
        parts = [f"SELECT {columns} FROM statement_stances WHERE date BETWEEN ? AND ? AND list_contains(?, article_id)",
                 f"SELECT {columns} FROM stances_untexted WHERE list_contains(?, article_id)"]
        params = [low, high, kept, kept]
        if fixed:
            parts.append(f"SELECT {columns} FROM _fixed_stances WHERE list_contains(?, article_id)")
            params.append(fixed)
        return "(" + " UNION ALL ".join(parts) + ") x", params

    def statements(self, filters: CorpusFilters | None = None, *, speakers: Iterable[str] = (),
                   kinds: Iterable[str] = (), search: str = "", sort: str = "date", descending: bool = False,
                   limit: int | None = 50, offset: int = 0, min_confidence: float = 0.0) -> RowsPage:
        """The Who said what table (`query.statement_table` + `filter_statements`, sorted as the
        page sorts): one page of rows and the exact number of rows matching."""
        where, params = self._where(filters)
        conds = [where]
        if speakers := list(dict.fromkeys(speakers)):
            conds.append("list_contains(?, speaker)")
            params.append(speakers)
        if kinds := list(dict.fromkeys(kinds)):
            conds.append("list_contains(?, kind)")
            params.append(kinds)
        terms = search_terms(search)
        position = _POSITIONS.get((sort, bool(descending)))
        matching, counted = "", None
        if (len(terms) == 1 and len(conds) == 1 and not params and position and limit is not None
                and len([p for p in re.split(WORD_SPLIT, terms[0]) if p]) == 1):
            counted = self._counted_matches(terms[0])  # one word alone: a page of windows needs no positions
        if counted is not None:
            rows_sql, params, total = counted
            matching = f"SEMI JOIN ({rows_sql}) q ON r.batch = q.batch AND r._row = q.batch_row"
        elif terms:  # the text is read only here: a semi-join with the statements that hold every term
            matching = f"SEMI JOIN {self._matching(terms)} q ON r.{_POSITIONS['date', False]} = q.position"
        filtered = f"SELECT r.* FROM {self._statement_index()} r {matching} WHERE " + " AND ".join(conds)
        if sort == "stance":  # every matching row needs its label to be sorted by it
            position = _STANCE_POSITIONS[bool(descending)]
            filtered = (f"SELECT r.*, o.stance, o.{position} FROM ({filtered}) r JOIN {self._stance_order(min_confidence)} o "
                        f"ON o.position = r.{_POSITIONS['date', False]}")
        if counted is None:
            total, first, last = self.con.execute(
                f"SELECT count(*), min({position or 0}), max({position or 0}) FROM ({filtered})", params).fetchone()
        else:  # every row is current (`_current_statement_rows`): the page lies between the index's first and last place
            first, last = self._position_bounds(position)
        order = _sort_sql(sort, descending, "r.")
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        if position and limit is not None and total:
            window = None if counted is None else self._searched_window(terms[0], position)
            shown = self._page_by_position(filtered, params, position, total, first, last, limit, offset, window)
        else:
            shown = self._df(f"SELECT * FROM ({filtered}) r ORDER BY {order}{page}", params)
        if sort != "stance":  # the page's rows first, then the stances of their articles only
            labels, label_params = self._stance_labels_sql(min_confidence, shown)
            found = self._df(labels, label_params)
            shown = shown.merge(found.astype({"statement_index": "int64"}), how="left",
                                left_on=["article_id", "batch", "index"],
                                right_on=["article_id", "batch", "statement_index"])
            shown["stance"] = shown["stance"].fillna("")
        rows = shown.merge(self._statement_texts(shown), how="left", on=["batch", "_row"])[STATEMENT_COLUMNS]
        return RowsPage(rows.reset_index(drop=True), int(total))

    def _page_by_position(self, filtered: str, params: list, position: str, total: int, first: int, last: int,
                          limit: int, offset: int, window=None) -> pd.DataFrame:
        """One page of `filtered` in the order of the statement index's `position` column (each
        row's place in a sort, `_statement_index`), read from a window of positions: a filter on
        one integer column instead of a sort of every matching row by strings. The window starts at the first matching position and is
        sized by the share of rows that match; when it holds too few rows it grows (a window
        holding offset + limit matching rows holds the page, as every row before the window's
        end is in it). `window(low, high)`, when given, says `filtered` and its parameters for the
        positions from low up to high."""
        wanted = min(int(limit), max(0, total - int(offset)))
        slack = _WINDOW_SLACK * (1 if position in _STANCE_POSITIONS.values() else _GAP)
        span = int((last - first + 1) * (int(offset) + int(limit)) / total * 1.25) + slack
        while True:
            if window is not None:
                filtered, params = window(first, first + span)
            shown = self._df(f"SELECT * FROM ({filtered}) r WHERE r.{position} >= ? AND r.{position} < ? "
                             f"ORDER BY r.{position} LIMIT {int(limit)} OFFSET {int(offset)}",
                             [*params, first, first + span])
            if len(shown) >= wanted or first + span > last:
                return shown
            span *= 4

    def _statement_texts(self, shown: pd.DataFrame, by_date: bool = False) -> pd.DataFrame:
        """Text and sentence of the statement index rows `shown` (batch, _row, statement, sentence).
        Rows of a few speakers are read from the statement parts, which merged parts sort by
        speaker as written; others from the merged sets' texts sorted by date (`ROW_INDEXES`)
        between the first and last date shown, and from the row sets without them: a page of the
        table, mostly of a few days, reads a few row groups either way (`by_date`: by date even so).
        A page of a much-quoted speaker in date order (the Actors page's) lies within a few thousand
        rows of the date order, while reading by speaker reads all of the speaker's rows (555,000
        for the second actor of a million articles: 0.23 s), so such a page is read by date."""
        if "_text" in shown.columns:  # rows whose derived part holds their text (`_HEAD_TEXTS`)
            held = shown["_text"].notna()
            texts = pd.DataFrame({"batch": shown["batch"][held], "_row": shown["_row"][held],
                                  "statement": shown["_text"][held], "sentence": shown["_sentence"][held].fillna("")})
            if held.all():
                return texts
            rest = self._statement_texts(shown[~held].drop(columns=["_text", "_sentence"]), by_date)
            return pd.concat([texts, rest], ignore_index=True) if held.any() else rest
        columns = "batch, batch_row AS _row, text AS statement, coalesce(sentence, '') AS sentence"
        ids = sorted(set(shown["id"]))
        raws = shown["_raw"]
        places = shown[_POSITIONS["date", False]] if _POSITIONS["date", False] in shown.columns else None
        within = places is not None and len(places) and bool(places.notna().all()) \
            and (int(places.max()) - int(places.min())) // _GAP < _FEW_DATED_ROWS and bool(shown["date"].fillna("").ne("").all())
        if not by_date and not within and len(raws) and bool(raws.notna().all()) and raws.nunique() <= _FEW_SPEAKERS:
            return self._df(f"SELECT {columns} FROM statements WHERE list_contains(?, id) AND list_contains(?, speaker)",
                            [ids, sorted(set(raws))])
        dates = shown["date"].fillna("")
        low, high = (dates.min(), dates.max()) if len(dates) else ("", "")
        return self._df(f"SELECT {columns} FROM statement_texts WHERE date BETWEEN ? AND ? AND list_contains(?, id) "
                        f"UNION ALL SELECT {columns} FROM statements_untexted WHERE list_contains(?, id)",
                        [low, high, ids, ids])

    def articles(self, filters: CorpusFilters | None = None, *, search: str = "", sort: str = "date",
                 descending: bool = False, limit: int | None = 50, offset: int = 0) -> RowsPage:
        """The article list: id, title, date, source, url, words, statements; `search` matches
        every term in the title."""
        where, params = self._where(filters)
        for term in search_terms(search):
            where += " AND strpos(lower(title), ?) > 0"
            params.append(term)
        total = self.con.execute(f"SELECT count(*) FROM cur WHERE {where}", params).fetchone()[0]
        direction = "DESC" if descending else "ASC"
        order = {"date": f"nullif(date, '') {direction} NULLS LAST, title", "title": f"title {direction}",
                 "source": f"source {direction}, nullif(date, '') NULLS LAST"}.get(sort, "id")
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        if self._uses_derived():  # statements counted in the date-sorted index, by the page's dates
            rows = self._df(f"SELECT id, title, date, source, url, n_words, batch FROM cur WHERE {where} "
                            f"ORDER BY {order}, id{page}", params)
            counts = self._df("SELECT article_id AS id, batch, count(*) AS statements FROM stmt WHERE date BETWEEN ? "
                              "AND ? AND list_contains(?, article_id) GROUP BY ALL",
                              [rows["date"].min(), rows["date"].max(), rows["id"].tolist()]) if len(rows) else None
            counted = rows.merge(counts, how="left", on=["id", "batch"]) if counts is not None \
                else rows.assign(statements=0)
            return RowsPage(counted.fillna({"statements": 0}).astype({"statements": "int64"})[ARTICLE_COLUMNS],
                            int(total))
        rows = self._df(
            f"WITH a AS (SELECT * FROM cur WHERE {where} ORDER BY {order}, id{page}) "
            f"SELECT a.id, a.title, a.date, a.source, a.url, a.n_words, "
            f"(SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.batch = a.batch) AS statements "
            f"FROM a ORDER BY {order}, a.id", params)
        return RowsPage(rows[ARTICLE_COLUMNS], int(total))

    def _held(self, table: str, batch: str, article_id: str) -> str:
        """`table`'s rows in the row part set holding `batch` only (all of an article's rows are
        there): one article reads that set's parts, not every set's (the newest articles are in
        small sets). `table` itself when row corrections overlay the article."""
        holder = self._holders.get(batch)
        if holder is None or article_id in self._overlaid:
            return table
        name = f"_held_{table}_" + "".join(ch if ch.isalnum() else "_" for ch in holder)
        views = self.__dict__.setdefault("_held_views", set())
        if name not in views:
            self.store._register(self.con, table, self.store._parts(table, [self._row_sets[holder]]), name)
            views.add(name)
        return name

    def article(self, article_id: str) -> ArticleView | None:
        """One article with its text, statements and mentions (names mapped), or None."""
        found = self.con.execute("SELECT batch FROM cur WHERE id = ?", [article_id]).fetchone()
        if found is None:
            return None
        batch = found[0]
        dated, params = self._dated([article_id], "date")
        art = self._df(f"SELECT * EXCLUDE (batch, batch_row) FROM articles WHERE {dated} AND id = ? AND batch = ?",
                       [*params, article_id, batch])
        joins, speaker = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention"))
        statements = self._df(f"SELECT s.* EXCLUDE (batch, batch_row, speaker), {speaker} AS speaker "
                              f"FROM {self._held('statements', batch, article_id)} s {joins} WHERE s.article_id = ? "
                              f"AND s.batch = ? ORDER BY s.\"index\"", [article_id, batch])
        mjoins, actor = self._mapped("x.actor", _FORM_SQL.format("x.text"))
        mentions = self._df(f"SELECT x.* EXCLUDE (batch, batch_row, actor), {actor} AS actor "
                            f"FROM {self._held('mentions', batch, article_id)} x {mjoins} "
                            f"WHERE x.article_id = ? AND x.batch = ? ORDER BY x.start", [article_id, batch])
        return ArticleView(art.iloc[0].to_dict(), statements, mentions[mentions["actor"].notna()].reset_index(drop=True))

    def top_actors(self, n: int | None = 15, filters: CorpusFilters | None = None, *,
                   actor_types: Collection[str] | None = None, min_confidence: float = 0.0,
                   relations: Collection[str] | None = None) -> pd.DataFrame:
        """actor, type, n_mentions, n_statements: the most mentioned actors (then most quoted,
        then by name), as `network.graph_parts` ranks its nodes; actors only in stances count too."""
        sql, params = self._actor_day(filters)
        counts = self._df(f"SELECT actor, sum(mentions) AS n_mentions, sum(statements) AS n_statements FROM ({sql}) "
                          "GROUP BY actor HAVING sum(mentions) > 0 OR sum(statements) > 0", params)
        types = self._actor_table["type"]
        counts = counts.assign(type=counts["actor"].map(types).fillna("").astype(str))
        wanted = counts if actor_types is None else counts[counts["type"].isin(set(actor_types))]
        in_stances = pd.DataFrame(columns=["actor"])
        if n is None or len(wanted) < n:  # actors named only in stances rank last: needed
            # those of the whole store first (kept: the same for every filter); only its actors
            # that `counts` lacks can be the period's, so only their pair rows are read (a million
            # articles: 0.1 s for the whole store's stance rows, 0.15 s for a year's month rows)
            kept = self.__dict__.setdefault("_stance_named", {})
            key = (float(min_confidence or 0.0), None if relations is None else tuple(sorted(relations)))
            if key not in kept:
                kept[key] = self._named_in_stances(None, min_confidence, relations)
            in_stances = kept[key]
            missing = sorted(set(in_stances["actor"]) - set(counts["actor"]))
            if missing and filters is not None and filters.active:
                in_stances = self._named_in_stances(filters, min_confidence, relations,
                                                    among=sorted({*self._raw_names(missing), *missing}))
        named = pd.concat([counts, in_stances[~in_stances["actor"].isin(set(counts["actor"]))]], ignore_index=True)
        named = named.fillna({"n_mentions": 0, "n_statements": 0}).astype({"n_mentions": int, "n_statements": int})
        named = named.assign(type=named["actor"].map(types).fillna("").astype(str))
        if actor_types is not None:
            named = named[named["type"].isin(set(actor_types))]
        named = named.sort_values(["n_mentions", "n_statements", "actor"], ascending=[False, False, True])
        if n is not None:
            named = named.head(n)
        return named[["actor", "type", "n_mentions", "n_statements"]].reset_index(drop=True)

    def _named_in_stances(self, filters: CorpusFilters | None, min_confidence: float,
                          relations: Collection[str] | None, among: list[str] | None = None) -> pd.DataFrame:
        """The actors of the stance pairs under the filters (of pairs with a name of `among` only)."""
        pairs, params = self._pairs(filters, aggregates.STANCE, min_confidence, relations)
        if among is not None:
            pairs += " AND (list_contains(?, p.a) OR list_contains(?, p.b))"
            params = [*params, among, among]
        return self._df(  # each side's sum is a count (>= 0), so one scan sums both sides
            f"SELECT actor FROM (SELECT unnest([a, b]) AS actor, n FROM ({pairs}) WHERE a <> b) "
            f"GROUP BY 1 HAVING sum(n) > 0", params)

    def actor_timeline(self, actors: Iterable[str], freq: str = "W", normalise: bool = False,
                       filters: CorpusFilters | None = None) -> pd.DataFrame:
        """`timeline.actor_timeline` of the filtered corpus, from the actor × day aggregates."""
        from .timeline import FREQS, timeline_frame

        if freq not in FREQS:
            raise ValueError(f"freq must be one of {sorted(FREQS)}, not {freq!r}")
        unit = {"D": "day", "W": "week", "M": "month"}[freq]
        names = list(dict.fromkeys(actors))
        where, params = self._where(filters)
        n_articles = self._df(f"SELECT CAST(date_trunc('{unit}', day) AS TIMESTAMP) AS period, count(*) AS n "
                              f"FROM cur WHERE day IS NOT NULL AND {where} GROUP BY 1", params)
        sql, params = self._actor_day(filters, among=names, by_day=True)
        counts = self._df(
            f"SELECT CAST(date_trunc('{unit}', day) AS TIMESTAMP) AS period, actor, sum(mentions) AS mentions, "
            f"sum(statements) AS statements, sum(stance_n) AS stance_n, sum(stance_sum) AS stance_sum "
            f"FROM ({sql}) WHERE day IS NOT NULL AND list_contains(?, actor) GROUP BY 1, 2", [*params, names])
        index = pd.MultiIndex.from_arrays([pd.to_datetime(counts["period"]).astype("datetime64[ns]"), counts["actor"]],
                                          names=["period", "actor"])

        def series(column: str) -> pd.Series:
            s = pd.Series(counts[column].to_numpy(), index=index)
            return s[s != 0]

        stances = pd.DataFrame({"n": counts["stance_n"].to_numpy(), "sum": counts["stance_sum"].to_numpy()},
                               index=index)
        stances = stances[stances["n"] > 0]
        n = pd.Series(n_articles["n"].to_numpy(), index=pd.to_datetime(n_articles["period"]).astype("datetime64[ns]"))
        return timeline_frame(n, names, series("mentions"), series("statements"), stances, freq, normalise)

    def graph_parts(self, filters: CorpusFilters | None = None, *, actor_types: Collection[str] | None = None,
                    relations: Collection[str] | None = None, max_actors: int | None = None,
                    min_confidence: float = 0.0):
        """`network.graph_parts` of the filtered corpus: the top actors, and the co-mention and
        stance edges between them only (from the pair × day aggregates)."""
        from .network import CO_MENTION, GraphParts, _join

        top = self.top_actors(max_actors, filters, actor_types=actor_types, min_confidence=min_confidence,
                              relations=relations)
        keep = top["actor"].tolist()
        table = self._actor_table

        def joined(name: str, column: str) -> str:
            return _join(table.at[name, column]) if name in table.index else ""

        nodes = [(n, dict(type=t, n_mentions=int(m), n_statements=int(s), aliases=joined(n, "aliases"),
                          roles=joined(n, "roles")))
                 for n, t, m, s in top[["actor", "type", "n_mentions", "n_statements"]].itertuples(index=False)]
        co = None
        with self._pairs_among(filters, keep) as among:
            if relations is None or CO_MENTION in relations:
                sql, params = self._pairs(None, aggregates.CO_MENTION, among=keep, table=among)
                co = self._df(
                    f"SELECT least(a, b) AS actor_a, greatest(a, b) AS actor_b, sum(n) AS weight FROM ({sql}) "
                    f"WHERE a <> b AND list_contains(?, a) AND list_contains(?, b) GROUP BY 1, 2 HAVING sum(n) > 0 "
                    f"ORDER BY 1, 2", [*params, keep, keep]).astype({"weight": int})
            stance = self._stance_edges(None, keep, min_confidence, relations, table=among)
        return GraphParts(nodes, co, stance)

    def _stance_edges(self, filters, actors: list[str] | None, min_confidence: float,
                      relations: Collection[str] | None, with_relations: bool = True,
                      table: str = "agg_pairs") -> pd.DataFrame:
        sql, params = self._pairs(filters, aggregates.STANCE, min_confidence, relations, among=actors, table=table)
        among = ""
        if actors is not None:
            among = " AND list_contains(?, a) AND list_contains(?, b)"
            params = [*params, actors, actors]
        rel = (", coalesce(string_agg(DISTINCT relation, '; ' ORDER BY relation) FILTER (WHERE relation <> ''), '') "
               "AS relations") if with_relations else ""
        out = self._df(  # per relation first: a relation only re-written rows had must not be named
            f"SELECT a AS source, b AS target, sum(score_sum) / sum(n) AS score, sum(n) AS count, "
            f"sum(positive) AS positive, sum(negative) AS negative, sum(neutral) AS neutral{rel} FROM ("
            f"SELECT a, b, relation, sum(n) AS n, sum(score_sum) AS score_sum, sum(positive) AS positive, "
            f"sum(negative) AS negative, sum(neutral) AS neutral FROM ({sql}) WHERE a <> b{among} GROUP BY ALL "
            f"HAVING sum(n) > 0) GROUP BY 1, 2 ORDER BY 1, 2", params)
        return out.astype({"count": int, "positive": int, "negative": int, "neutral": int, "score": float})

    def stance_matrix(self, filters: CorpusFilters | None = None, *, actors: Collection[str] | None = None,
                      relations: Collection[str] | None = None, min_confidence: float = 0.0) -> pd.DataFrame:
        """`network.stance_matrix` of the filtered corpus (every pair, or those among `actors`)."""
        from .network import MATRIX_COLUMNS

        out = self._stance_edges(filters, None if actors is None else list(actors), min_confidence, relations,
                                 with_relations=False)
        return out.assign(score=out["score"].round(4))[MATRIX_COLUMNS].reset_index(drop=True)

    def statements_about(self, speaker: str, target: str, min_confidence: float = 0.0,
                         filters: CorpusFilters | None = None) -> pd.DataFrame:
        """`network.statements_about` of the filtered corpus: every row (`said_about`)."""
        return self.said_about(speaker, target, min_confidence, filters).rows

    def said_about(self, speaker: str, target: str, min_confidence: float = 0.0,
                   filters: CorpusFilters | None = None, limit: int | None = None) -> AboutPage:
        """The first `limit` rows of `network.statements_about` (all with None) and the figures of
        all of them, with the pandas function run on only the rows it returns:
        the speaker's stances toward the target, the statements they come from, and the speaker's
        other statements whose words hold a mention of the target (found here in SQL, with those
        mentions). Every scan filters on the article-level names, which merged row parts are
        sorted by, so it reads a few row groups. The rows are ordered by article (date, id) first,
        so the page is the rows of the first articles holding `limit` rows: only those articles'
        rows are read and shaped; the figures are counted in SQL."""
        from .corpus import CorpusAnalysis
        from .network import statements_about
        from .types import COLUMNS

        where, params = self._where(filters, "cur.day", "cur.source")  # stances have a source too
        speakers, targets = self._raw_names([speaker]), self._raw_names([target])
        speaker_forms, target_forms = self._forms_matter(speakers), self._forms_matter(targets)
        sjoins, said_by = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention") if speaker_forms else None)
        tjoins, aimed = self._mapped("x.target")
        conf, conf_params = ("", []) if not min_confidence else \
            (" AND (x.confidence IS NULL OR x.confidence >= ?)", [float(min_confidence)])
        if speaker_forms:  # a stance's source counts as the form its statement's speaker was written in
            xjoins, source = self._mapped(
                "x.source", f"CASE WHEN sp.speaker = x.source THEN {_FORM_SQL.format('sp.speaker_mention')} ELSE '' END")
            xjoins = (f"LEFT JOIN (SELECT article_id, batch, \"index\", speaker, speaker_mention FROM statements "
                      f"WHERE list_contains(?, speaker)) sp ON sp.article_id = x.article_id AND sp.batch = x.batch "
                      f"AND sp.\"index\" = x.statement_index {xjoins}")
            source_params = [speakers]
        else:
            (xjoins, source), source_params = self._mapped("x.source"), []
        mjoins, named = self._mapped("x.actor", _FORM_SQL.format("x.text") if target_forms else None)
        said, hits, aimed_at, paired, arts = (f"{n}{uuid.uuid4().hex}" for n in
                                              ("_said", "_hits", "_stances", "_paired", "_arts"))
        try:
            counted = self._about_from_pairs(speaker, target, speakers, targets, speaker_forms, target_forms,
                                             conf_params, filters, limit, (said, hits, aimed_at, arts))
            if counted is None:
                self.con.execute(  # the speaker's stances toward the target, in the order written (of any article
                    # version and date: the current ones the filters keep are chosen below, with one join for all)
                    f"CREATE TEMP TABLE {aimed_at} AS SELECT x.* EXCLUDE (source, target, batch, batch_row), ? AS source, "
                    f"? AS target, x.batch AS _batch, x.batch_row AS _row FROM "
                    f"(SELECT * FROM stances WHERE list_contains(?, source) AND list_contains(?, target)) x "
                    f"{xjoins} {tjoins} WHERE {source} = ? AND {aimed} = ?{conf}",
                    [speaker, target, speakers, targets, *source_params, speaker, target, *conf_params])
                overlaid = self._overlaid
                self.con.execute(  # the target's mentions inside the speaker's statements, from the merged sets'
                    # statement mentions (sorted by speaker and actor: a few row groups); not the overlaid articles;
                    # only those in the rows of `said` count (current, kept by the filters)
                    f"CREATE TEMP TABLE {paired} AS SELECT x.id, x.batch, x.article_id, x.start, x.\"end\" "
                    f"FROM statement_mentions x {mjoins} "
                    f"WHERE list_contains(?, x.speaker) AND list_contains(?, x.actor) AND NOT list_contains(?, x.article_id) "
                    f"AND {named} = ?", [speakers, targets, overlaid, target])
                chosen = (f"list_contains(?, s.speaker) AND (list_contains(?, s.batch) OR list_contains(?, s.article_id) "
                          f"OR (s.id, s.batch) IN (SELECT id, batch FROM {paired}) OR (s.article_id, CAST(s.\"index\" AS "
                          f"BIGINT)) IN (SELECT article_id, CAST(statement_index AS BIGINT) FROM {aimed_at} "
                          f"WHERE statement_index IS NOT NULL))")
                self.con.execute(  # the speaker's statements that can be rows: those, those a stance comes from, and
                    # those of sets without statement mentions or overlaid (the speaker's row groups, no texts),
                    # chosen before the join with the current articles (a much-quoted speaker has a million rows)
                    f"CREATE TEMP TABLE {said} AS SELECT s.id, s.article_id, s.\"index\", s.kind, s.start, s.\"end\", "
                    f"s.spans, s.batch, s.batch_row AS _row, s.speaker AS _raw FROM (SELECT * FROM statements s "
                    f"WHERE {chosen}) s {sjoins} WHERE {said_by} = ?", [speakers, self._unpaired_batches, overlaid, speaker])
                self.con.execute(  # the current articles of those rows the filters keep: one join with them all
                    f"CREATE TEMP TABLE {arts} AS SELECT cur.id, cur.batch, cur.date FROM cur SEMI JOIN (SELECT DISTINCT "
                    f"article_id, batch FROM (SELECT article_id, _batch AS batch FROM {aimed_at} UNION ALL "
                    f"SELECT article_id, batch FROM {said})) r ON cur.id = r.article_id AND cur.batch = r.batch WHERE {where}",
                    params)
                self.con.execute(f"DELETE FROM {aimed_at} WHERE (article_id, _batch) NOT IN (SELECT id, batch FROM {arts})")
                self.con.execute(f"DELETE FROM {said} WHERE (article_id, batch) NOT IN (SELECT id, batch FROM {arts})")
                columns = "article_id, batch, actor, text, start, \"end\""
                unpaired = f"SELECT {columns} FROM mentions_unpaired WHERE NOT list_contains(?, article_id)"
                if overlaid:  # the overlaid articles' rows: as corrected
                    unpaired += f" UNION ALL SELECT {columns} FROM _fixed_mentions"
                unpaired = f"({unpaired})"
                self.con.execute(  # those in the speaker's statements, and the same from the other sets' mentions
                    f"CREATE TEMP TABLE {hits} AS SELECT id, article_id, start, \"end\" FROM {paired} "
                    f"WHERE (id, batch) IN (SELECT id, batch FROM {said}) UNION ALL "
                    f"SELECT p.id, x.article_id, x.start, x.\"end\" FROM {unpaired} x "
                    f"JOIN cur ON x.article_id = cur.id AND x.batch = cur.batch {mjoins} "
                    f"JOIN (SELECT id, article_id, unnest(CASE WHEN len(coalesce(spans, [])) = 0 THEN [[start, \"end\"]] "
                    f"ELSE spans END) AS piece FROM {said}) p ON p.article_id = x.article_id "
                    f"AND p.piece[1] <= x.start AND x.\"end\" <= p.piece[2] "
                    f"WHERE list_contains(?, x.actor) AND x.article_id IN (SELECT article_id FROM {said}) AND {named} = ?",
                    [overlaid, targets, target])
            linked = (f"(article_id, CAST(\"index\" AS BIGINT)) IN (SELECT article_id, CAST(statement_index AS BIGINT) "
                      f"FROM {aimed_at} WHERE statement_index IS NOT NULL)")
            if counted is None:
                rows = (f"SELECT article_id FROM {aimed_at} UNION ALL SELECT article_id FROM {said} "
                        f"WHERE id IN (SELECT id FROM {hits}) AND NOT {linked}")
                lim = None if limit is None else max(int(limit), 1)
                total, shown = self.con.execute(  # rows per article: a stance each, and each statement naming the
                    # target without one
                    f"WITH per AS (SELECT p.article_id, a.date, p.n FROM (SELECT article_id, count(*) AS n FROM ({rows}) "
                    f"GROUP BY article_id) p JOIN {arts} a ON a.id = p.article_id), {self._first_articles_sql()} FROM page",
                    [lim, float("inf") if lim is None else lim]).fetchone()
                negative, positive, mean_score = self.con.execute(
                    f"SELECT count(*) FILTER (WHERE polarity = 'negative'), count(*) FILTER (WHERE polarity = 'positive'), "
                    f"avg(score) FILTER (WHERE coalesce(polarity, '') <> '') FROM {aimed_at}").fetchone()
                total = int(total)
            else:
                total, shown, negative, positive, mean_score = counted
            stances = self._df(f"SELECT * EXCLUDE (_batch, _row) FROM {aimed_at} WHERE list_contains(?, article_id) "
                               f"ORDER BY _batch, _row", [shown])
            mentions = self._df(f"SELECT DISTINCT article_id, start, \"end\", ? AS actor FROM {hits} "
                                f"WHERE list_contains(?, article_id)", [target, shown])
            statements = self._df(  # those a stance row comes from, and those naming the target (the columns
                # `network.statements_about` reads), with their texts read by date
                f"SELECT s.*, a.date, ? AS speaker FROM {said} s JOIN {arts} a ON s.article_id = a.id AND s.batch = a.batch "
                f"WHERE list_contains(?, s.article_id) AND (s.id IN (SELECT id FROM {hits}) OR {linked}) "
                f"ORDER BY s.batch, s._row", [speaker, shown])
            texts = self._statement_texts(statements, by_date=True).rename(columns={"statement": "text"})
            statements = statements.merge(texts[["batch", "_row", "text"]], how="left", on=["batch", "_row"])
            articles = self._df("SELECT id, title, date FROM cur WHERE list_contains(?, id)", [shown])
        finally:
            for table in (said, hits, aimed_at, paired, arts):
                self.con.execute(f"DROP TABLE IF EXISTS {table}")
        frame = lambda df, t: df.reindex(columns=COLUMNS[t])  # noqa: E731
        keys = {"id": object, "article_id": object}  # pandas' `isin` on Arrow strings is ~20x slower
        corpus = CorpusAnalysis(frame(articles, "articles"), frame(mentions, "mentions"),
                                pd.DataFrame(columns=COLUMNS["actors"]), frame(statements, "statements").astype(keys),
                                frame(stances, "stances"))
        out = statements_about(corpus, speaker, target, min_confidence)
        out = out.astype({c: articles["id"].dtype for c in ("article_id", "statement_id")})
        return AboutPage(out if limit is None else out.head(int(limit)), total, int(negative), int(positive),
                         None if mean_score is None else float(mean_score))

    def _about_from_pairs(self, speaker: str, target: str, speakers: list[str], targets: list[str],
                          speaker_forms: bool, target_forms: bool, conf_params: list, filters: CorpusFilters | None,
                          limit: int | None, tables: tuple[str, str, str, str]) -> tuple | None:
        """`said_about`'s figures and page from the pair rows the derived parts hold
        (`_write_pair_rows`), mapped and filtered as the rows' path does: the figures from a few
        narrow columns of one slice of each part (sorted by article-level pair, then date), then
        its tables (the statements that can be rows, the target's mentions in them, the stances,
        the articles) for the page's articles only, which lie at the slice's start. (total, page
        articles, negative, positive, mean score); None, for the rows' path, unless every part has
        pair rows, each article-level pair that counts for (speaker, target) is one the base part
        holds, and no row correction overlays articles (their rows are then the overlay's)."""
        said, hits, aimed_at, arts = tables
        if self._overlaid or not self._uses_derived():
            return None
        record, folder = self._derived, self.store._dir("derived")
        parts = record["parts"]
        if record.get(_PAIRS_GAP) or not all(p.get(_PAIRS) and (folder / p[_PAIRS]).is_file() for p in parts):
            return None
        for p in parts:
            if _BUSY in p and not {(s, t) for s in speakers for t in targets} <= {tuple(x) for x in p[_BUSY]}:
                return None
        where, params = self._where(filters, "p.day", "p._outlet")
        files = _sql_list([folder / p[_PAIRS] for p in parts])
        retracted = "ANTI JOIN derived_retracted r ON r.article_id = p.article_id AND r.batch = p.batch" \
            if record.get("retracted") else ""  # (`_derived_index` made the table)
        joins, said_by, aimed, quoted = [], "TRUE", "TRUE", "list_contains(?, p._sraw)"
        quoted_params = [speakers]
        if speaker_forms:  # else every name of `speakers` counts for the speaker in every form (and so for targets)
            j, said_by = self._mapped("p._s", f"CASE WHEN p._sraw = p._s THEN {_FORM_SQL.format('p._smention')} ELSE '' END")
            k, label = self._mapped("p._sraw", _FORM_SQL.format("p._smention"))
            joins += [j, k]
            said_by, quoted = f"{said_by} = ?", f"list_contains(?, p._sraw) AND {label} = ?"
            quoted_params = [speakers, speaker]
        if target_forms:
            j, aimed = self._mapped("p._t", f"CASE WHEN p._kind = 'mention' THEN {_FORM_SQL.format('p._mtext')} ELSE '' END")
            joins.append(j)
            aimed = f"{aimed} = ?"
        conf = " AND (p._conf IS NULL OR p._conf >= ?)" if conf_params else ""
        pair = [speaker] if speaker_forms else []
        pair += [target] if target_forms else []

        def flagged(columns: str, column_params: list, more: str = "", more_params: list = ()) -> tuple[str, list]:
            return (f"SELECT * FROM (SELECT {columns}, coalesce(p._kind = 'stance' AND {said_by} AND {aimed}{conf}, false) "
                    f"AS _aimed, coalesce(p._kind = 'mention' AND {said_by} AND {aimed}, false) AS _named "
                    f"FROM read_parquet({files}, union_by_name = true) p {retracted} {' '.join(joins)} "
                    f"WHERE list_contains(?, p._s) AND list_contains(?, p._t) AND {where}{more}) WHERE _aimed OR _named",
                    [*column_params, *pair, *conf_params, *pair, speakers, targets, *params, *more_params])

        narrow, narrow_params = flagged("p.article_id, p.date, p._index, p._polarity, p._score", [])
        lim = None if limit is None else max(int(limit), 1)
        total, shown, negative, positive, mean_score, last = self.con.execute(
            # rows per article: a stance each, and each statement naming the target without one (the
            # statements of an article are told apart by their index)
            f"WITH g AS MATERIALIZED (SELECT article_id, any_value(date) AS date, _index, count(*) FILTER (WHERE _aimed) AS aimed, "
            f"bool_or(_named) AS named, count(*) FILTER (WHERE _aimed AND _polarity = 'negative') AS negative, "
            f"count(*) FILTER (WHERE _aimed AND _polarity = 'positive') AS positive, "
            f"sum(_score) FILTER (WHERE _aimed AND coalesce(_polarity, '') <> '') AS scored, "
            f"count(_score) FILTER (WHERE _aimed AND coalesce(_polarity, '') <> '') AS scores "
            f"FROM ({narrow}) GROUP BY article_id, _index), "
            f"per AS (SELECT article_id, any_value(date) AS date, sum(aimed + CASE WHEN named AND aimed = 0 THEN 1 "
            f"ELSE 0 END) AS n FROM g GROUP BY article_id), {self._first_articles_sql()}, "
            f"(SELECT sum(negative) FROM g), (SELECT sum(positive) FROM g), "
            f"(SELECT sum(scored) / nullif(sum(scores), 0) FROM g), last FROM page",
            [*narrow_params, lim, float("inf") if lim is None else lim]).fetchone()
        rows = f"_pairrows{uuid.uuid4().hex}"
        page, page_params = flagged(  # (the page's articles are the slice's first: later row groups are skipped)
            f"p.*, coalesce(p.id IS NOT NULL AND {quoted}, false) AS _said", quoted_params,
            " AND list_contains(?, p.article_id)" + ("" if last is None else " AND p.date <= ?"),
            [shown] + ([] if last is None else [last]))
        try:
            self.con.execute(f"CREATE TEMP TABLE {rows} AS {page}", page_params)
            self.con.execute(f"CREATE TEMP TABLE {aimed_at} AS SELECT article_id, unnest(_stance), ? AS source, "
                             f"? AS target, batch AS _batch, _row FROM {rows} WHERE _aimed", [speaker, target])
            self.con.execute(f"CREATE TEMP TABLE {said} AS SELECT DISTINCT id, article_id, \"index\", kind, start, \"end\", "
                             f"spans, batch, _srow AS _row, _sraw AS _raw FROM {rows} WHERE _named OR (_aimed AND _said)")
            self.con.execute(f"CREATE TEMP TABLE {hits} AS SELECT id, article_id, _mstart AS start, _mend AS \"end\" "
                             f"FROM {rows} WHERE _named")
            self.con.execute(f"CREATE TEMP TABLE {arts} AS SELECT DISTINCT article_id AS id, batch, date FROM {rows}")
        finally:
            self.con.execute(f"DROP TABLE IF EXISTS {rows}")
        return (int(total), shown, int(negative or 0), int(positive or 0),
                None if mean_score is None else float(mean_score))

    @staticmethod
    def _first_articles_sql() -> str:
        """SQL continuing a WITH whose `per` holds (article_id, date, n: its rows): `page`, one row of
        the total, the articles in order (date, id) up to the first holding the `limit`th row (the
        first parameter, None for all; the second: the same or infinity), all among the first
        `limit` articles (each holds a row), and the last date among them (NULL when one is
        undated); ends in `SELECT total, shown` (to go on with `FROM page`)."""
        return ("first AS (SELECT *, row_number() OVER (ORDER BY date = '', date, article_id) AS place FROM (SELECT "
                "article_id, date, n FROM per ORDER BY date = '', date, article_id LIMIT ?)), chosen AS (SELECT * FROM (SELECT article_id, "
                "date, place, coalesce(sum(n) OVER (ORDER BY place ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) "
                "AS before FROM first) WHERE before < ?), page AS (SELECT (SELECT coalesce(sum(n), 0) FROM per) AS total, "
                "coalesce((SELECT list(article_id ORDER BY place) FROM chosen), []) AS shown, (SELECT CASE WHEN "
                "bool_or(date = '') THEN NULL ELSE max(date) END FROM chosen) AS last) SELECT total, shown")

    def _forms_matter(self, raws: list[str]) -> bool:
        """Whether a split gives a form of any of the article-level names `raws` an actor of its
        own: when not, those names map alike in every form, and scans need not read the forms."""
        return self.con.execute("SELECT count(*) FROM amap a JOIN amap b ON a.raw = b.raw AND b.form = '' "
                                "WHERE list_contains(?, a.raw) AND a.actor IS DISTINCT FROM b.actor",
                                [raws]).fetchone()[0] > 0

    def _articles_of(self, actor: str, raws: list[str]) -> tuple[str, list]:
        """SQL for the (article id, batch) pairs whose rows mention `actor` or quote it as speaker,
        and its parameters. The scans filter on the article-level names (merged parts are sorted by
        them), and rows are reduced to one per article and form before names are mapped; when no
        split gives any of `raws` a form of its own, the forms are not even read."""
        if not self._forms_matter(raws):
            return ("SELECT article_id, batch FROM mentions WHERE list_contains(?, actor) UNION "
                    "SELECT article_id, batch FROM statements WHERE list_contains(?, speaker)"), [raws, raws]
        mjoins, named = self._mapped("x.actor", "x.form")
        sjoins, said_by = self._mapped("s.speaker", "s.form")
        return (f"SELECT x.article_id, x.batch FROM (SELECT article_id, batch, actor, {_FORM_SQL.format('text')} AS form "
                f"FROM mentions WHERE list_contains(?, actor) GROUP BY ALL) x {mjoins} WHERE {named} = ? UNION "
                f"SELECT s.article_id, s.batch FROM (SELECT article_id, batch, speaker, "
                f"{_FORM_SQL.format('speaker_mention')} AS form FROM statements WHERE list_contains(?, speaker) "
                f"GROUP BY ALL) s {sjoins} WHERE {said_by} = ?"), [raws, actor, raws, actor]

    def _actor_seen(self, actor: str, raws: list[str], filters: CorpusFilters | None) -> tuple:
        """(articles, undated articles, first day, last day) of `actor` under the filters. An actor
        of one article-level name, whatever its forms (no split gives one its own actor), is
        counted from the per-name article counts the batches publish (`agg_actor_articles`; a few
        rows a day); an actor of several names from its rows, as an article naming two of them
        counts once (the top actor of a million articles: 9 M mention rows)."""
        if len(raws) == 1 and self._complete["agg_actor_articles"] and not self._forms_matter(raws):
            where, params = self._where(filters, "day", "outlet")
            return self.con.execute(
                "SELECT coalesce(sum(n), 0), coalesce(sum(n) FILTER (WHERE day IS NULL), 0), min(day), max(day) "
                "FROM (SELECT day, sum(articles) AS n FROM agg_actor_articles WHERE actor = ? AND "
                f"{where} GROUP BY day HAVING sum(articles) > 0)", [raws[0], *params]).fetchone()
        where, params = self._where(filters)
        articles, aparams = self._articles_of(actor, raws)
        return self.con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE day IS NULL), min(day), max(day) FROM cur WHERE {where} "
            f"AND (id, batch) IN ({articles})", [*params, *aparams]).fetchone()

    def actor_profile(self, actor: str, top: int = 10, filters: CorpusFilters | None = None):
        """`timeline.actor_profile` of the filtered corpus: names and roles from the name facts,
        counts from the aggregates, the articles from the actor's own mention and statement rows."""
        from .timeline import ActorProfile

        raws = self._df("SELECT DISTINCT raw FROM amap WHERE actor = ?", [actor])["raw"].tolist()
        seen = self._actor_seen(actor, raws, filters)
        sql, aparams = self._actor_day(filters, among=[actor])
        n_mentions, n_statements = self.con.execute(
            f"SELECT coalesce(sum(mentions), 0), coalesce(sum(statements), 0) FROM ({sql}) WHERE actor = ?",
            [*aparams, actor]).fetchone()
        pairs, pparams = self._pairs(filters, aggregates.STANCE)

        def stance_table(mine: str, other: str, by: str) -> pd.DataFrame:
            return self._df(
                f"SELECT {other} AS {by}, sum(n) AS n, sum(score_sum) / sum(n) AS mean_stance FROM ("
                f"{pairs} AND list_contains(?, p.{mine})) WHERE {mine} = ? GROUP BY 1 HAVING sum(n) > 0 "
                f"ORDER BY n DESC, 1 LIMIT ?", [*pparams, raws, actor, int(top)]).astype({"n": int, "mean_stance": float})

        info = self._actor_table.loc[actor] if actor in self._actor_table.index else None
        if filters is not None and filters.active and not (n_mentions or n_statements):
            info = None  # as `query.restrict_corpus`: an actor the filters leave unseen has no row
        return ActorProfile(
            name=actor,
            type=str(info["type"] or "") if info is not None else "",
            aliases=list(info["aliases"]) if info is not None else [],
            roles=list(info["roles"]) if info is not None else [],
            first_seen=seen[2].isoformat() if seen[2] is not None else "",
            last_seen=seen[3].isoformat() if seen[3] is not None else "",
            n_articles=int(seen[0]), n_undated_articles=int(seen[1]),
            n_mentions=int(n_mentions), n_statements=int(n_statements),
            targets=stance_table("a", "b", "target"), sources=stance_table("b", "a", "source"))


    # --- the dashboard's lists and lookups (ui.setup and pages/) ----------------------------------
    def article_count(self, filters: CorpusFilters | None = None) -> int:
        """How many current articles the shared filters keep (the sidebar's count)."""
        where, params = self._where(filters)
        return int(self.con.execute(f"SELECT count(*) FROM cur WHERE {where}", params).fetchone()[0])

    def statement_count(self) -> int:
        """Every current statement."""
        return self._statements_counted(None)

    def _statements_counted(self, filters: CorpusFilters | None) -> int:
        """Current statements of the articles the filters keep: from the article counts the
        batches publish (`agg_articles`, by day and outlet), else from the rows."""
        if self._complete["agg_articles"]:
            where, params = self._where(filters, "day", "outlet")
            return int(self.con.execute(f"SELECT coalesce(sum(statements), 0) FROM agg_articles WHERE {where}",
                                        params).fetchone()[0])
        where, params = self._where(filters, "cur.day", "cur.source")
        return int(self.con.execute(f"SELECT count(*) FROM statements s JOIN cur ON s.article_id = cur.id "
                                    f"AND s.batch = cur.batch WHERE {where}", params).fetchone()[0])

    def actor_types(self) -> list[str]:
        """The actor types named in the corpus (the Relations page's type filter)."""
        return sorted(t for t in set(self._actor_table["type"].dropna().tolist()) if t)

    def relation_types(self) -> list[str]:
        """The narrated-act relations of the stance rows (the Relations page's relation filter)."""
        table = "agg_pairs_all" if self._rolled(None, "agg_pairs_all") else "agg_pairs"
        return [r[0] for r in self.con.execute(
            f"SELECT relation FROM {table} WHERE kind = ? AND relation <> '' GROUP BY 1 HAVING sum(n) > 0 "
            "ORDER BY 1", [aggregates.STANCE]).fetchall()]

    def speakers(self, filters: CorpusFilters | None = None) -> pd.Series:
        """Statements per speaking actor under the filters (most first, then by name)."""
        sql, params = self._actor_day(filters)
        out = self._df(f"SELECT actor, sum(statements) AS n FROM ({sql}) WHERE actor IS NOT NULL GROUP BY 1 "
                       f"HAVING sum(statements) > 0 ORDER BY n DESC, actor", params)
        return pd.Series(out["n"].astype(int).to_numpy(), index=out["actor"].tolist(), dtype=int)

    def statement_choices(self, filters: CorpusFilters | None = None) -> tuple[list[str], list[str]]:
        """The speakers (as the Who said what table labels them) and kinds of the statements the
        filters keep, sorted: the page's filter choices."""
        where, params = self._where(filters)
        index = self._statement_index()
        speakers = [r[0] for r in self.con.execute(
            f"SELECT DISTINCT speaker FROM {index} WHERE {where} ORDER BY 1", params).fetchall()]
        kinds = [r[0] for r in self.con.execute(
            f"SELECT DISTINCT kind FROM {index} WHERE {where} AND kind IS NOT NULL ORDER BY 1", params).fetchall()]
        return speakers, kinds

    def statement_row(self, statement_id: str) -> dict | None:
        """One current statement's row (spans, sentence, speaker as written; speaker mapped) with its
        article's title (`article`), date and source, or None."""
        joins, speaker = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention"))
        found = self._df(f"SELECT s.* EXCLUDE (batch, batch_row, speaker), {speaker} AS speaker, "
                         f"cur.title AS article, cur.date, cur.source FROM statements s "
                         f"JOIN cur ON s.article_id = cur.id AND s.batch = cur.batch {joins} WHERE s.id = ?", [statement_id])
        return found.iloc[0].to_dict() if len(found) else None

    def _dated(self, article_ids: list[str], column: str = "a.date") -> tuple[str, list]:
        """A condition on the stored articles' `date` that holds for the current articles
        `article_ids` (their dates' range; none when one is undated): merged article parts are
        sorted by date, so the articles a page shows, mostly of a few days, are a few row groups."""
        low, high = self.con.execute("SELECT min(date), max(date) FROM cur WHERE list_contains(?, id)",
                                     [article_ids]).fetchone()
        if not low:
            return "TRUE", []
        return f"{column} BETWEEN ? AND ?", [low, high]

    def article_texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The current texts of the articles `article_ids` (those that exist)."""
        ids = sorted(set(article_ids))
        dated, params = self._dated(ids)
        return {i: t or "" for i, t in self.con.execute(
            "SELECT a.id, a.text FROM articles a JOIN cur ON a.id = cur.id AND a.batch = cur.batch "
            f"WHERE {dated} AND list_contains(?, a.id)", [*params, ids]).fetchall()}

    def co_mentioned_with(self, actor: str, top: int | None = 10, filters: CorpusFilters | None = None) -> pd.DataFrame:
        """`network.co_mentioned_with` from the pair aggregates: actor, paragraphs (shared with
        `actor`; most first, then by name). The aggregates keep no article ids, so no article count."""
        sql, params = self._pairs(filters, aggregates.CO_MENTION)
        raws = self._raw_names([actor])
        sql += " AND (list_contains(?, p.a) OR list_contains(?, p.b))"
        params = [*params, raws, raws]
        out = self._df(
            f"SELECT CASE WHEN a = ? THEN b ELSE a END AS actor, sum(n) AS paragraphs FROM ({sql}) "
            f"WHERE a <> b AND (a = ? OR b = ?) GROUP BY 1 HAVING sum(n) > 0 ORDER BY paragraphs DESC, actor"
            + ("" if top is None else f" LIMIT {int(top)}"), [actor, *params, actor, actor])
        return out.astype({"paragraphs": int})

    def load_errors(self) -> pd.DataFrame:
        """The files and rows the store's ingests could not load and no later batch loaded
        (`store._current_errors`): file, line, reason."""
        from .store import _current_errors

        errors = self._df("SELECT file, line, reason, batch FROM errors ORDER BY batch")
        if errors.empty:
            return errors.drop(columns="batch")
        return _current_errors(errors, self.con.sql("SELECT path, batch FROM articles").to_arrow_table())

    def undated_counts(self, actors: Iterable[str], filters: CorpusFilters | None = None):
        """`timeline.undated_counts` of the filtered corpus for `actors`, from the aggregates."""
        from .timeline import UndatedCounts

        names = list(dict.fromkeys(actors))
        where, params = self._where(filters)
        n = self.con.execute(f"SELECT count(*) FROM cur WHERE day IS NULL AND {where}", params).fetchone()[0]
        sql, params = self._actor_day(filters, among=names, by_day=True)
        by_actor = self._df(
            f"SELECT actor, sum(mentions) AS mentions, sum(statements) AS statements FROM ({sql}) "
            f"WHERE day IS NULL AND list_contains(?, actor) GROUP BY 1 HAVING sum(mentions) <> 0 OR sum(statements) <> 0 "
            f"ORDER BY mentions DESC, statements DESC, actor", [*params, names])
        return UndatedCounts(int(n), by_actor.astype({"mentions": int, "statements": int}).reset_index(drop=True))

    def statements_in_period(self, actor: str, period: str | None, freq: str = "W",
                             filters: CorpusFilters | None = None) -> pd.DataFrame:
        """`timeline.statements_in_period` of the filtered corpus: `actor`'s statements in the
        period starting at `period` (None: in undated articles), with title, date and source."""
        from .timeline import FREQS

        if freq not in FREQS:
            raise ValueError(f"freq must be one of {sorted(FREQS)}, not {freq!r}")
        unit = {"D": "day", "W": "week", "M": "month"}[freq]
        where, params = self._where(filters, "cur.day", "cur.source")
        raws = self._raw_names([actor])
        joins, said_by = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention"))
        if period is None:
            when, wparams = "cur.day IS NULL", []
        else:
            when, wparams = f"date_trunc('{unit}', cur.day) = date_trunc('{unit}', CAST(? AS DATE))", [str(period)[:10]]
        if period is not None and not self._overlaid and self._uses_derived():
            found = self._period_rows(actor, raws, period, unit, filters)
        else:
            found = self._df(  # texts left out: a much-quoted speaker's texts are read only for the period's rows
                f"SELECT s.* EXCLUDE (batch_row, speaker, text, sentence), s.batch_row AS _row, {said_by} AS speaker, "
                f"cur.title, cur.date, cur.source FROM statements s JOIN cur ON s.article_id = cur.id "
                f"AND s.batch = cur.batch {joins} WHERE list_contains(?, s.speaker) AND {said_by} = ? AND {when} "
                f"AND {where} ORDER BY cur.date, s.article_id, s.start", [raws, actor, *wparams, *params])
        dates = found["date"].fillna("")
        ids = sorted(set(found["id"]))
        texts = self._df(
            "SELECT batch, batch_row AS _row, text, sentence FROM statement_texts WHERE date BETWEEN ? AND ? "
            "AND list_contains(?, id) UNION ALL SELECT batch, batch_row AS _row, text, sentence FROM "
            "statements_untexted WHERE list_contains(?, id)",
            [dates.min() if len(dates) else "", dates.max() if len(dates) else "", ids, ids])
        columns = [c for c, *_ in self.con.execute("SELECT * FROM statements LIMIT 0").description
                   if c not in ("batch", "batch_row", "speaker")] + ["speaker", "title", "date", "source"]
        return found.merge(texts, how="left", on=["batch", "_row"])[columns]


    def _period_rows(self, actor: str, raws: list[str], period: str, unit: str,
                     filters: CorpusFilters | None) -> pd.DataFrame:
        """`statements_in_period`'s rows without texts, read from the derived statement index
        (sorted by date: the period's days are a few row groups, not every row of a much-quoted
        speaker joined with every current article)."""
        day = dt.date.fromisoformat(str(period)[:10])
        if unit == "week":
            start, end = day - dt.timedelta(days=day.weekday()), day - dt.timedelta(days=day.weekday()) + dt.timedelta(7)
        elif unit == "month":
            start, end = day.replace(day=1), (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        else:
            start, end = day, day + dt.timedelta(days=1)
        where, params = self._where(filters)
        return self._df(f"SELECT id, article_id, \"index\", kind, start, \"end\", _fields.*, batch, _row, "
                        f"? AS speaker, article AS title, date, source FROM {self._statement_index()} "
                        f"WHERE day >= ? AND day < ? AND speaker = ? AND list_contains(?, _raw) AND {where} "
                        f"ORDER BY date, article_id, start", [actor, start, end, actor, raws, *params])

    def has_article(self, article_id: str, filters: CorpusFilters | None = None) -> bool:
        """Whether `article_id` is a current article the filters keep."""
        where, params = self._where(filters)
        return self.con.execute(f"SELECT count(*) FROM cur WHERE id = ? AND {where}",
                                [article_id, *params]).fetchone()[0] > 0

    def article_statements(self, article_id: str, min_confidence: float = 0.0) -> pd.DataFrame:
        """The Who said what rows (`STATEMENT_COLUMNS`) of one article's statements, in text order."""
        index = self._statement_index()
        shown = self._df(f"SELECT * FROM {index} WHERE article_id = ? ORDER BY start, _row", [article_id])
        labels, label_params = self._stance_labels_sql(min_confidence, shown)
        found = self._df(labels, label_params)
        shown = shown.merge(found.astype({"statement_index": "int64"}), how="left",
                            left_on=["article_id", "batch", "index"], right_on=["article_id", "batch", "statement_index"])
        shown["stance"] = shown["stance"].fillna("")
        return shown.merge(self._statement_texts(shown), how="left",
                           on=["batch", "_row"])[STATEMENT_COLUMNS].reset_index(drop=True)


    def actor_aliases(self, actor: str) -> list[str]:
        """The names `actor` is written as (after links and corrections)."""
        row = self._actor_table[self._actor_table["name"] == actor]
        return sorted(set(row["aliases"].iloc[0])) if len(row) else []

    def mentions_of(self, actor: str, limit: int = 200) -> pd.DataFrame:
        """The first `limit` current mention rows of `actor` (name mapped), by article and offset."""
        mjoins, named = self._mapped("x.actor", _FORM_SQL.format("x.text"))
        return self._df(
            f"SELECT x.* EXCLUDE (actor, batch), {named} AS actor FROM mentions x JOIN cur ON x.article_id = cur.id "
            f"AND x.batch = cur.batch {mjoins} WHERE list_contains(?, x.actor) AND {named} = ? "
            f"ORDER BY x.article_id, x.start LIMIT {int(limit)}", [self._raw_names([actor]), actor])

    def article_stances(self, article_id: str) -> pd.DataFrame:
        """One current article's stance rows, source and target mapped, in row order."""
        found = self.con.execute("SELECT batch FROM cur WHERE id = ?", [article_id]).fetchone()
        if found is None:
            return self._df("SELECT * EXCLUDE (batch, batch_row) FROM stances WHERE FALSE")
        sp_form = "CASE WHEN sp.speaker = x.source THEN " + _FORM_SQL.format("sp.speaker_mention") + " ELSE '' END"
        xjoins, source = self._mapped("x.source", sp_form)
        tjoins, target = self._mapped("x.target")
        return self._df(
            f"SELECT x.* EXCLUDE (source, target, batch, batch_row), {source} AS source, {target} AS target "
            f"FROM {self._held('stances', found[0], article_id)} x LEFT JOIN {self._held('statements', found[0], article_id)} "
            f"sp ON sp.article_id = x.article_id AND sp.batch = x.batch "
            f"AND sp.\"index\" = x.statement_index {xjoins} {tjoins} WHERE x.article_id = ? AND x.batch = ? "
            f"ORDER BY x.batch_row", [article_id, found[0]])

    def correction_rows(self, corrections: Iterable) -> "CorpusAnalysis":
        """The rows `corrections` name, as a `CorpusAnalysis` to check them on
        (`corrections.apply_with_report`: which apply, which are stale) without the whole store:
        every actor (names, types, aliases), every row of the articles that row-level corrections
        name, and the mention and statement rows written as a split's alias."""
        from . import corrections as corr
        from .corpus import CorpusAnalysis
        from .types import COLUMNS

        ids: set[str] = set()
        aliases: set[str] = set()
        for c in corr.active(corrections):
            for field in ("statement", "mention", "stance"):
                if isinstance(c.args.get(field), dict):
                    ids.add(str(c.args[field].get("article_id")))
            if c.op == "split_actor":
                aliases.add(aggregates.form(c.args["alias"]))
        frames: dict[str, list[pd.DataFrame]] = {t: [] for t in ("articles", "mentions", "statements", "stances")}
        for aid in sorted(ids):
            view = self.article(aid)
            if view is None:
                continue
            frames["articles"].append(pd.DataFrame([view.article]))
            frames["mentions"].append(view.mentions)
            frames["statements"].append(view.statements)
            frames["stances"].append(self.article_stances(aid))
        if aliases:
            mjoins, named = self._mapped("x.actor", _FORM_SQL.format("x.text"))
            frames["mentions"].append(self._df(
                f"SELECT x.* EXCLUDE (actor, batch), {named} AS actor FROM mentions x JOIN cur ON x.article_id = cur.id "
                f"AND x.batch = cur.batch {mjoins} WHERE list_contains(?, {_FORM_SQL.format('x.text')}) "
                f"AND NOT list_contains(?, x.article_id)", [sorted(aliases), sorted(ids)]))
            sjoins, said_by = self._mapped("s.speaker", _FORM_SQL.format("s.speaker_mention"))
            frames["statements"].append(self._df(
                f"SELECT s.* EXCLUDE (batch, batch_row, speaker), {said_by} AS speaker FROM statements s "
                f"JOIN cur ON s.article_id = cur.id AND s.batch = cur.batch {sjoins} "
                f"WHERE list_contains(?, {_FORM_SQL.format('s.speaker_mention')}) AND NOT list_contains(?, s.article_id)",
                [sorted(aliases), sorted(ids)]))

        def table(name: str) -> pd.DataFrame:
            parts = [f for f in frames[name] if len(f)]
            joined = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS[name])
            return joined.reindex(columns=COLUMNS[name])

        actors = self._actor_table.reset_index(drop=True).reindex(columns=COLUMNS["actors"])
        return CorpusAnalysis(table("articles"), table("mentions"), actors, table("statements"), table("stances"))



def _serialised(method):
    """`method` holding the warehouse's lock. A server process shares one warehouse among its
    sessions' threads, and a DuckDB connection runs one statement at a time, its temp tables its
    own: a page must never read another's unfinished result, nor a lazily built table half-way."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return run


for _name, _method in list(vars(Warehouse).items()):
    if not _name.startswith("_") and inspect.isfunction(_method):
        setattr(Warehouse, _name, _serialised(_method))

def article_level_rows(corpus) -> dict[str, list[dict]]:
    """Rows of a `CorpusAnalysis` as a store batch holds them: actor rows per article (the
    corpus's actor table is corpus-wide), each with the actor's type, aliases and roles."""
    actors = corpus.actors.drop_duplicates("name").set_index("name") if len(corpus.actors) else None
    per_article: dict[tuple[str, str], list[int]] = {}
    for aid, name in zip(corpus.mentions["article_id"].tolist(), corpus.mentions["actor"].tolist()):
        if isinstance(name, str) and name:
            per_article.setdefault((aid, name), [0, 0])[0] += 1
    for aid, name in zip(corpus.statements["article_id"].tolist(), corpus.statements["speaker"].tolist()):
        if isinstance(name, str) and name:
            per_article.setdefault((aid, name), [0, 0])[1] += 1
    actor_rows = []
    for (aid, name), (n_m, n_s) in per_article.items():
        known = actors is not None and name in actors.index
        actor_rows.append({"article_id": aid, "name": name, "type": actors.at[name, "type"] if known else "",
                           "aliases": list(actors.at[name, "aliases"]) if known else [],
                           "roles": list(actors.at[name, "roles"]) if known else [],
                           "n_mentions": n_m, "n_statements": n_s})

    def records(df: pd.DataFrame) -> list[dict]:
        return [{k: (None if not isinstance(v, (list, tuple)) and not hasattr(v, "tolist") and pd.isna(v) else v)
                 for k, v in r.items()} for r in df.to_dict("records")]

    return {"articles": records(corpus.articles), "mentions": records(corpus.mentions), "actors": actor_rows,
            "statements": records(corpus.statements), "stances": records(corpus.stances),
            "errors": [{"file": e["file"], "line": None if pd.isna(e["line"]) else int(e["line"]), "reason": e["reason"]}
                       for e in corpus.errors.to_dict("records")]}


def temp_store(corpus, path: str | os.PathLike | None = None) -> Store:
    """A store holding `corpus` (an upload or the seed, analysed in memory), so its pages use the
    same queries as the shared store. In a new temporary folder unless `path` is given; the
    caller removes it (`shutil.rmtree(store.path)`) when the session ends."""
    from . import fingerprint

    folder = path if path is not None else tempfile.mkdtemp(prefix="actorlens-corpus-")
    store = Store(folder)
    rows = article_level_rows(corpus)
    version = fingerprint.current()
    keys = {a["id"]: f"memory-{i}:{version}:memory" for i, a in enumerate(rows["articles"])}
    store.write_batch(rows, keys)
    return store
