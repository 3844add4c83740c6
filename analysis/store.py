"""The analysis store: extracted rows as Parquet batches, read with DuckDB, no server.

Layout of a store folder::

    STORE.json                         format marker (a folder without it is not a store)
    .lock                              writer lock (fcntl); readers never take it
    batches/<batch>.<table>.parquet    immutable table parts of one batch
    published/<batch>.json             manifest entry: the batch exists once this file exists
    docs/<name>.json                   small JSON documents (e.g. analyst corrections)

The folder may also be `s3://bucket/prefix` on S3-compatible object storage
(`analysis.objectstore`): the same layout as objects, parts written whole and the manifest
entry last (no rename needed), the writer lock a lease object under `.lock/`, DuckDB reading
the parts as Arrow datasets, and readers' caches on local disk.

Why this shape: a batch is written as table parts, each fsynced and renamed into place, and is
published last by atomically renaming its manifest entry. A reader lists `published/` and reads
only the parts named there, so an ingest killed at any point (even `kill -9`) leaves at most
unreferenced parts behind — never a half-visible batch — and the next writer removes them.
Parts are never modified, so readers need no lock while an ingest writes.

Every article row carries its `key` (content hash + analysis fingerprint + model; see
`analysis.fingerprint`). When an article id is written again (new text, new fingerprint), the rows
of its latest batch win; older rows stay on disk until `compact()`. Readers never mix rows of two
fingerprints: when the current articles were analysed by different analyses, `load` gives those
of one (the running analysis's, else the newest) and `freshness` says how many are left out.
"""
from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import logging
import os
import sys
import time
import types as pytypes
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import corpus as corpus_mod
from . import fingerprint, settings, types
from .types import COLUMNS, Article

if typing.TYPE_CHECKING:
    from .objectstore import S3Path

FORMAT = "actorlens-store"
FORMAT_VERSION = 1
TABLES = ("articles", "mentions", "actors", "statements", "stances", "errors")
ARTICLE_TABLES = ("mentions", "actors", "statements", "stances")
_STORE_COLUMNS = {"articles": ["key", "analysis_version", "model"], "actors": ["article_id"]}
_TMP_PREFIX = ".tmp-"
_ROW_GROUP = 131_072  # rows per Parquet row group: a filter on sorted names skips the others
_MERGED_ROW_GROUP = {"articles": 2_048, "errors": 131_072}  # rows per row group of a merged row part
_MERGED_ROWS = 16_384  # ... for the other row tables: small groups, so a name filter reads few rows
_SORT_CHUNK_BYTES = 64 * 2**20
"""Parquet bytes of a merge's input that one sort takes: a larger input is sorted in ranges of its
first sort column (DuckDB's spilling sort of wide rows, such as 600,000 article texts, still ran
out of its 512 MB limit)."""
_RANGE_FILE_ROWS = 2_048
"""Rows a range's file (`Store._range_files`) gathers before they are written: DuckDB holds that
many per range, and fifty ranges of 16,384 article texts overran the merge's 512 MB."""
_ROW_ORDER = {  # how a merged row part is sorted: the column the selective queries filter on first
    "articles": "date, id, batch", "mentions": "actor, article_id, batch, batch_row",
    "actors": "name, article_id, batch, batch_row", "statements": "speaker, article_id, batch, batch_row",
    "stances": "source, target, article_id, batch, batch_row", "errors": "batch, batch_row",
}
AGGREGATE_TABLES = ("agg_actor_day", "agg_pairs", "agg_facts",  # summed parts a merge may replace
                    "agg_actor_all", "agg_pairs_all", "agg_actor_month", "agg_pairs_month", "agg_articles",
                    "agg_actor_articles")
WORD_INDEX = {  # written with each row merge: the words of its statements, for the search box
    "statement_words": pa.schema([("word", pa.string()), ("batch", pa.string()), ("batch_row", pa.int64())]),
    "statement_vocab": pa.schema([("word", pa.string()), ("n", pa.int64())]),
}
ROW_INDEXES = {  # written with each row merge: its rows in the other orders pages read them in
    "statement_texts": pa.schema([("date", pa.string()), ("batch", pa.string()), ("batch_row", pa.int64()),
                                  ("id", pa.string()), ("text", pa.string()), ("sentence", pa.string())]),
    "statement_stances": pa.schema([("date", pa.string()), ("article_id", pa.string()), ("batch", pa.string()),
                                    ("batch_row", pa.int64()), ("statement_index", pa.int64()), ("target", pa.string()),
                                    ("polarity", pa.string()), ("confidence", pa.float64())]),
    "statement_mentions": pa.schema([("speaker", pa.string()), ("actor", pa.string()), ("text", pa.string()),
                                     ("article_id", pa.string()), ("batch", pa.string()), ("id", pa.string()),
                                     ("start", pa.int64()), ("end", pa.int64())]),
}
"""A page of the Who said what table (sorted by date, the default, whatever else filters it) shows
statements of a few days: their texts (`statement_texts`), and the stance rows its stance column is
made of (`statement_stances`), sorted by date, are then a row group or two, where the merged
statements part, sorted by speaker, and the stances part, sorted by source and target, would be read
whole for 500 rows of many speakers. `statement_mentions` holds each mention inside a statement's
words with the statement's speaker (as written), sorted by speaker and actor: what X said naming Y
is then a few row groups, not every mention of a much-named Y."""
WORD_SPLIT = "[\\t\\n\\f\\r ]+"
"""What the word index splits a statement's lower-cased text and sentence on (RE2): only characters a
search word (`query.search_terms`: no whitespace at all) never holds, so a word found in a text lies
inside one indexed word."""
_PARAGRAPH = "_paragraph"  # extra column of the cached linked mentions: `network.mention_paragraphs`
_REQUIRED = {"articles": ("id", "key", "batch"), "errors": ("file", "batch"),
             **{t: ("article_id", "batch") for t in ("mentions", "actors", "statements", "stances")}}


_REMOTE_MANIFESTS: dict[str, dict] = {}
"""Manifest entries read from object storage, by URL: an entry is written once and never changed,
so a reader fetches each once per process instead of once per read."""

_LOCAL_MANIFESTS: dict[str, tuple[tuple[int, int], dict]] = {}
"""Manifest entries read from a folder, by path, with the (size, mtime) they were read at:
a store of a million articles has thousands of entries, and parsing every one on every read (each
batch an ingest writes reads them) made writing quadratic. An entry rewritten in place (a damaged
file) has another stat and is read again."""


MANIFEST_INDEX = "manifest-index.json"
"""At the store's root: the manifest entries published when it was last written (by the writer,
or by a reader that found many entries outside it), with the size and modification time of each
entry's file. Derived data, never the commit point:
the listing of `published/` decides which batches exist, and an entry missing from the index or
whose file differs from what it recorded is read from its own file. It lets a reader of a store
with thousands of batches parse one file instead of one per batch."""
INDEX_EVERY = 64
"""A process that had to read this many entries from their files writes the index anew (the
writer as it publishes, a reader of a store written before the index), so a reader parses at
most that many entry files besides the index."""

RETIRED_KEEP_S = 3600.0
"""How long the parts a compaction replaced stay on disk for readers that opened the store before
it (a dashboard reopens on the next page run; a query takes seconds)."""

_INDEXES: dict[str, tuple[tuple[int, int], dict[str, tuple[tuple[int, int], dict]]]] = {}
"""Manifest indexes read by this process, by path, with the (size, mtime) they were read at."""



def _input_bytes(paths) -> int:
    """What the rows of the Parquet parts `paths` take once read (their row groups' uncompressed
    sizes, else the file sizes): a sort holds rows, not compressed pages, so its ranges are cut by
    this. Article texts take 3-4 times their file size, and ranges cut by file size overran the
    merge's memory limit when a million-article store was compacted."""
    total = 0
    for p in paths:
        try:
            with (p.open_input_file() if hasattr(p, "open_input_file") else open(p, "rb")) as fh:
                meta = pq.ParquetFile(fh).metadata
            total += sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
        except Exception:  # an unreadable footer is the reader's error to report; size it as stored
            total += p.stat().st_size
    return total

class StoreError(RuntimeError):
    """A store that cannot be used as it is; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Freshness:
    """Which analysis the store's rows come from, as a reader shows them."""

    articles: int  # current articles in the store
    shown: int  # of them, the ones `load` gives (all of one fingerprint)
    current: int  # of them, analysed under the running analysis's fingerprint
    fingerprint: str  # the fingerprint of the rows `load` gives ("" for an empty store)

    @property
    def outdated(self) -> int:
        """Articles not analysed by the running analysis: `ingest` re-analyses them."""
        return self.articles - self.current

    @property
    def hidden(self) -> int:
        """Articles `load` leaves out because their rows come from another analysis."""
        return self.articles - self.shown


@dataclass(frozen=True)
class StoreStats:
    path: str
    batches: int
    articles: int
    outdated: int  # articles analysed under another fingerprint (rules, lexicons, model, settings)
    rows: dict[str, int]
    bytes: int


def _location(path: str | os.PathLike | S3Path) -> Path | S3Path:
    """A folder, or an `s3://bucket/prefix` location on object storage."""
    if _is_s3_path(path):
        return path
    if isinstance(path, str) and path.startswith("s3://"):  # `objectstore.is_s3`
        from .objectstore import S3Path

        return S3Path.parse(path)
    return Path(path).expanduser()


def _is_s3_path(path) -> bool:
    """An `objectstore.S3Path`. That module is imported only when an s3:// store is used (a local
    store's reader never needs it), and before that no S3Path can exist."""
    objectstore = sys.modules.get(f"{__package__}.objectstore")
    return objectstore is not None and isinstance(path, objectstore.S3Path)


def default_path() -> Path | S3Path:
    """ACTORLENS_STORE (a folder or s3://bucket/prefix), else `store` in the user's data folder."""
    configured = settings.get("ACTORLENS_STORE")
    if configured:
        return _location(configured)
    import platformdirs

    return Path(platformdirs.user_data_dir("actorlens")) / "store"


def article_key(article: Article, model: str, version: str | None = None) -> str:
    """What decides whether an article must be analysed again: its content, and the analysis
    fingerprint (`version`; default the running analysis's with this model: rules, lexicons,
    model, settings).

    The path is left out, so moving a file does not trigger a new analysis.
    """
    content = {f.name: getattr(article, f.name) for f in dataclasses.fields(Article) if f.name != "path"}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return f"{digest.hexdigest()[:32]}:{version or fingerprint.current(model or None)}:{model}"


# --- Arrow schemas, derived from analysis.types so they follow its dataclasses ---------------

_SCALARS = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
_EXTRA_TYPES = {
    "n_words": pa.int64(), "n_mentions": pa.int64(), "n_statements": pa.int64(), "id": pa.string(),
    "sentence": pa.string(), "key": pa.string(), "analysis_version": pa.string(), "model": pa.string(),
    "article_id": pa.string(), "batch": pa.string(), "batch_row": pa.int64(),
}
_DATACLASSES = {
    "articles": types.Article, "mentions": types.Mention, "actors": types.Actor,
    "statements": types.Statement, "stances": types.Stance, "errors": types.LoadError,
}


def _arrow_type(annotation: Any) -> pa.DataType | None:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, pytypes.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _arrow_type(args[0]) if len(args) == 1 else None
    if origin is list:
        (inner,) = typing.get_args(annotation) or (str,)
        inner_type = _arrow_type(inner)
        return pa.list_(inner_type) if inner_type is not None else None
    if origin is tuple:
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        inner_type = _arrow_type(args[0]) if args else None
        return pa.list_(inner_type) if inner_type is not None else None
    return _SCALARS.get(getattr(annotation, "__name__", ""))


def _schema(table: str) -> pa.Schema:
    hints = typing.get_type_hints(_DATACLASSES[table])
    names = COLUMNS[table] + [c for c in _STORE_COLUMNS.get(table, []) if c not in COLUMNS[table]] + ["batch_row", "batch"]
    fields = []
    for name in names:
        t = _EXTRA_TYPES.get(name) if name not in hints else _arrow_type(hints[name])
        fields.append(pa.field(name, t if t is not None else pa.string()))
    return pa.schema(fields)


SCHEMAS = {t: _schema(t) for t in TABLES}


def _to_arrow(table: str, rows: list[dict], batch: str) -> pa.Table:
    schema = SCHEMAS[table]
    columns = {}
    for f in schema:
        values = list(range(len(rows))) if f.name == "batch_row" else \
            [batch if f.name == "batch" else r.get(f.name) for r in rows]
        if pa.types.is_string(f.type) and f.name not in ("batch",):
            values = [None if isinstance(v, float) and v != v else v if v is None or isinstance(v, str)
                      else json.dumps(v, default=str) for v in values]
        elif pa.types.is_integer(f.type) or pa.types.is_floating(f.type):
            values = [None if isinstance(v, float) and v != v else v for v in values]
        columns[f.name] = pa.array(values, type=f.type)
    return pa.table(columns, schema=schema)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_write_bytes(path: Path | S3Path, data: bytes) -> None:
    if _is_s3_path(path):  # an object is replaced whole: no temp name needed
        path.write_bytes(data)
        return
    tmp = path.with_name(f"{_TMP_PREFIX}{os.getpid()}-{path.name}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _sql_str(value: str) -> str:
    return str(value).replace("'", "''")


def _rows_replaced(manifests: list[dict]) -> set[str]:
    """Batches whose row parts a published row merge holds instead (`Store._merge_row_parts`)."""
    return {b for m in manifests for b in m.get("rows_replace", ())}


def _merge_choice(live: list[dict], level_key: str, threshold: int, everything: bool | str) -> list[dict]:
    """The part sets to merge next: every live set (`everything`; "all" even a single one, as a
    compaction rewrites it without superseded rows), else the lowest level that holds `threshold`
    sets (levels keep merges logarithmic: each row is rewritten once per level)."""
    if everything:
        return live if len(live) > 1 or (everything == "all" and live) else []
    levels: dict[int, list[dict]] = {}
    for m in live:
        levels.setdefault(int(m.get(level_key, 0)), []).append(m)
    return next((ms for _, ms in sorted(levels.items()) if len(ms) >= threshold), [])


def _row_sets(manifests: list[dict]) -> list[dict]:
    """The entries whose row parts readers read: batches with rows, and row merges, not replaced."""
    replaced = _rows_replaced(manifests)
    return [m for m in manifests if m["batch"] not in replaced and any(t in m["files"] for t in TABLES)]


def _sql_literal(value) -> str:
    """`value` (a string or a number) as a DuckDB literal, for statements that take no parameters."""
    return repr(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else "'" + _sql_str(str(value)) + "'"


def statement_mentions_sql(statements: str, mentions: str) -> str:
    """SQL for the rows of `ROW_INDEXES`' statement mentions of the relations `statements` and
    `mentions`: every mention of an actor inside a piece of a statement with a speaker, in the same
    article and batch (the Said about pair rows of a derived part are found the same way)."""
    return (f"SELECT s.speaker, m.actor, m.text, s.article_id, s.batch, s.id, m.start, m.\"end\" FROM (SELECT speaker, "
            f"article_id, batch, id, unnest(CASE WHEN len(coalesce(spans, [])) = 0 THEN [[start, \"end\"]] "
            f"ELSE spans END) AS piece FROM {statements} WHERE speaker IS NOT NULL) s JOIN {mentions} m "
            f"ON m.article_id = s.article_id AND m.batch = s.batch AND s.piece[1] <= m.start "
            f"AND m.\"end\" <= s.piece[2] WHERE m.actor IS NOT NULL")


def _sql_list(paths: Iterable[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


class Store:
    """An ActorLens store folder. Cheap to construct; every read lists the published batches anew."""

    def __init__(self, path: str | os.PathLike | S3Path | None = None):
        self.path = _location(path) if path is not None else default_path()
        self._lock_fh = None
        self._lock_depth = 0
        self._published_now = False  # a batch or merge published by this writer (`writer`: then derive)
        self._listed: tuple[list | None, dict[str, S3Path]] = (None, {})
        self._listing: list[tuple[str, tuple[int, int] | None, dict, bool]] | None = None  # `_manifests`

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # --- layout -----------------------------------------------------------------------------
    @property
    def marker(self) -> Path:
        return self.path / "STORE.json"

    @property
    def remote(self) -> bool:
        """On object storage (`s3://`): no rename, no flock, no memory-mapping."""
        return _is_s3_path(self.path)

    def _dir(self, name: str) -> Path | S3Path:
        if name == "cache" and self.remote:
            from . import objectstore

            return objectstore.local_cache_dir(self.path)
        return self.path / name

    def _check(self) -> bool:
        """True when the folder is a store; False when it does not exist yet or is empty."""
        try:
            if not self.path.exists():
                return False
        except OSError as exc:  # object storage: endpoint unreachable, no permission
            raise StoreError(f"{self.path}: cannot be read ({exc})") from None
        if not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder, so it cannot be an ActorLens store")
        if not self.marker.exists():
            if any(p.name != ".lock" and not p.name.startswith(_TMP_PREFIX) for p in self.path.iterdir()):
                raise StoreError(f"{self.path}: not an ActorLens store (no STORE.json) and not empty; "
                                 "choose an empty or new folder")
            return False
        try:
            meta = json.loads(self.marker.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.marker}: unreadable store marker ({exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise StoreError(f"{self.marker}: not an ActorLens store marker")
        if int(meta.get("version", 0)) > FORMAT_VERSION:
            raise StoreError(f"{self.marker}: store format {meta.get('version')} is newer than this "
                             f"ActorLens ({FORMAT_VERSION}); upgrade ActorLens")
        return True

    def _create(self) -> None:
        if self._check():
            return
        for d in ("batches", "published", "docs"):
            self._dir(d).mkdir(parents=True, exist_ok=True)
        _atomic_write_bytes(self.marker, json.dumps({"format": FORMAT, "version": FORMAT_VERSION}).encode())

    # --- writer lock ------------------------------------------------------------------------
    @contextlib.contextmanager
    def writer(self, *, wait: bool = True, on_wait=None) -> Iterator["Store"]:
        """Hold the writer lock (re-entrant within this object). Readers never need it."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield self
            finally:
                self._lock_depth -= 1
            return
        self.path.mkdir(parents=True, exist_ok=True)
        self._check()
        with self._lock(wait, on_wait) as lock:
            try:
                self._lock_fh, self._lock_depth = lock, 1
                self._create()
                self._remove_orphans()
                self._published_now = False
                yield self
                if self._published_now:  # (not after an error: the next writer or a reader builds them)
                    self._build_derived()
            finally:
                self._lock_fh, self._lock_depth = None, 0

    @contextlib.contextmanager
    def _lock(self, wait: bool, on_wait):
        """fcntl on a local `.lock` file; on object storage a `LeaseLock` under `.lock/`."""
        if self.remote:
            from . import objectstore

            lock = objectstore.LeaseLock(self.path / ".lock")
            try:
                lock.acquire(wait=wait, on_wait=on_wait)
            except objectstore.LockHeld as exc:
                raise StoreError(f"{self.path}: another process is writing to this store ({exc})") from None
            except OSError as exc:  # no such bucket, no permission, endpoint unreachable
                raise StoreError(f"{self.path}: cannot write to this location ({exc})") from None
            try:
                yield lock
            finally:
                lock.release()
            return
        with open(self.path / ".lock", "a+") as fh:  # closing releases the flock
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise StoreError(f"{self.path}: another process is writing to this store") from None
                if on_wait:
                    on_wait()
                fcntl.flock(fh, fcntl.LOCK_EX)
            yield fh

    def _remove_orphans(self) -> None:
        """Parts of batches that were never published (a killed writer), temp files, and parts a
        compaction retired `RETIRED_KEEP_S` seconds ago or more (younger ones are kept for the
        readers that opened the store before it)."""
        referenced = {f for m in self._manifests() for f in m["files"].values()}
        retired_dir = self._dir("retired")
        for p in sorted(retired_dir.iterdir(), key=lambda p: p.name) if retired_dir.is_dir() else ():
            if p.name.startswith(_TMP_PREFIX):
                continue
            try:
                record = json.loads(p.read_text(encoding="utf-8"))
                parts, since = [str(n) for n in record["parts"]], float(record["retired"])
            except (OSError, ValueError, TypeError, KeyError):
                continue  # unreadable: its parts are orphans like any other
            if time.time() - since < RETIRED_KEEP_S:
                referenced.update(parts)
            else:
                with contextlib.suppress(OSError):
                    p.unlink()
        self._retire_derived(keep=None)
        for d in (self._dir("batches"), self._dir("published"), self._dir("docs"), self._dir("cache"),
                  retired_dir, self._dir("derived"), self.path):
            for p in d.iterdir() if d.is_dir() else ():
                if p.name.startswith(_TMP_PREFIX) or (d.name == "batches" and p.name not in referenced) \
                        or d.name == "cache":
                    with contextlib.suppress(OSError):
                        p.unlink()

    # --- derived tables: what a dashboard process would otherwise build on its first page ------
    def build_derived(self) -> None:
        """Derive the tables a dashboard reads of this store version (the current articles and the
        statement index, `_build_derived`). Every writer does it when it has published; run this
        once on a store written before (or after a writer was killed before it got there)."""
        with self.writer():
            self._build_derived()

    def _build_derived(self) -> None:
        """The current-article table (`cache/`) and the statement index (`derived/`, by
        `Warehouse.write_derived`) of the store version this writer leaves, built once here
        rather than by the first page of every new dashboard process (~13 s at a million
        articles). Keyed by the batches they come from, so a reader of another version never
        reads them, and written under a temp name then renamed: a writer killed here leaves
        none, and readers build what they need themselves. Not for object storage (readers
        keep their own cache there)."""
        if self.remote:
            return
        from .warehouse import Warehouse

        try:
            w = Warehouse(self, corrections=[])
        except StoreError as exc:  # e.g. batches without aggregates: readers say so themselves
            logging.getLogger(__name__).warning("derived tables not built: %s", exc)
            return
        try:
            w.write_derived()
            keep = w._derived_files()
        finally:
            w.close()
        self._retire_derived(keep)

    def _retire_derived(self, keep: list[Path] | None) -> None:
        """Mark the derived files of other store versions retired (`<name>.retired`, holding the
        time) and delete those retired `RETIRED_KEEP_S` ago: a warehouse opened on an older
        version keeps reading its files meanwhile. `keep` (the files of this version's set,
        `Warehouse._derived_files`) None: only the deleting."""
        folder = self._dir("derived")
        if self.remote or not folder.is_dir():
            return
        now = time.time()
        for p in folder.iterdir():
            if p.name.endswith(".retired") or p.name.startswith(_TMP_PREFIX):
                continue
            marker = p.with_name(p.name + ".retired")
            if keep is not None and p in keep:
                marker.unlink(missing_ok=True)
                continue
            try:
                since = float(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                if keep is not None:
                    _atomic_write_bytes(marker, str(now).encode())
                continue
            if now - since >= RETIRED_KEEP_S:
                with contextlib.suppress(OSError):
                    p.unlink()
                    marker.unlink()

    # --- manifest ---------------------------------------------------------------------------
    def _manifests(self) -> list[dict]:
        """The published manifest entries, in batch order: the listing of `published/` says which
        exist; each is taken from the manifest index when its file is the one the index recorded
        (same size and modification time), else read from its file (once per process)."""
        pub = self._dir("published")
        if not pub.is_dir():
            self._listing = []
            return []
        out, listing = [], []
        if self.remote:
            listed = sorted(pub.glob("*.json"), key=lambda p: p.name)
        else:
            with os.scandir(pub) as it:
                listed = sorted((e for e in it if e.name.endswith(".json")), key=lambda e: e.name)
        index = self._read_index() if listed else {}
        for p in listed:
            if p.name.startswith(_TMP_PREFIX):
                continue
            stat = None
            with contextlib.suppress(OSError):  # removed since the listing: the read says so
                st = p.stat()
                stat = (st.st_size, st.st_mtime_ns)
            indexed = index.get(p.name)
            if indexed is not None and stat is not None and indexed[0] == stat:
                listing.append((p.name, stat, indexed[1], True))
                out.append(indexed[1])
                continue
            m = self._manifest_entry(p, stat)
            listing.append((p.name, stat, m, False))
            out.append(m)
        self._listing = listing
        if sum(not indexed for *_, indexed in listing) >= INDEX_EVERY:
            self._save_index(listing)
        return out

    def _manifest_entry(self, p, stat: tuple[int, int] | None) -> dict:
        """One manifest entry read from its file (object), or a StoreError naming it."""
        if self.remote and str(p) in _REMOTE_MANIFESTS:  # entries never change: one GET each
            return _REMOTE_MANIFESTS[str(p)]
        if not self.remote:
            cached = _LOCAL_MANIFESTS.get(p.path)
            if stat is not None and cached is not None and cached[0] == stat:
                return cached[1]
            p = Path(p.path)
        try:
            m = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(m, dict) or not isinstance(m.get("files"), dict) or "batch" not in m:
                raise ValueError("missing batch or files")
        except (OSError, ValueError) as exc:
            raise StoreError(f"{p}: corrupted manifest entry ({exc}); move it out of the store "
                             "to drop that batch") from None
        if self.remote:
            _REMOTE_MANIFESTS[str(p)] = m
        elif stat is not None:
            _LOCAL_MANIFESTS[str(p)] = (stat, m)
        return m

    def _read_index(self) -> dict[str, tuple[tuple[int, int], dict]]:
        """The manifest index (`MANIFEST_INDEX`) as entry file name → ((size, mtime), entry); empty
        when there is none or it cannot be used (it is only a shortcut: entries are read instead)."""
        path = self.path / MANIFEST_INDEX
        try:
            st = path.stat()
        except OSError:
            return {}
        stat = (st.st_size, st.st_mtime_ns)
        cached = _INDEXES.get(str(path))
        if cached is not None and cached[0] == stat:
            return cached[1]
        index = {}
        with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
            raw = json.loads(path.read_text(encoding="utf-8"))
            for name, size, mtime, m in raw["entries"]:
                if isinstance(m, dict) and isinstance(m.get("files"), dict) and "batch" in m:
                    index[str(name)] = ((int(size), int(mtime)), m)
        _INDEXES[str(path)] = (stat, index)
        return index

    def _save_index(self, listing: list[tuple[str, tuple[int, int] | None, dict, bool]]) -> None:
        """Write the manifest index of a listing (best effort: a reader without write access, or
        a failed write, only means entries are read from their files again). Any process of a
        local store may write it (atomic rename; a writer racing it writes as true an index); on
        object storage only the writer."""
        if self.remote and not self._lock_depth:
            return
        path = self.path / MANIFEST_INDEX
        entries = {name: (stat, m) for name, stat, m, _ in listing if stat is not None}
        with contextlib.suppress(Exception):  # best effort, whatever the storage says
            _atomic_write_bytes(path, json.dumps(
                {"entries": [[name, st[0], st[1], m] for name, (st, m) in entries.items()]}).encode("utf-8"))
            st = path.stat()
            _INDEXES[str(path)] = ((st.st_size, st.st_mtime_ns), entries)
            self._listing = [(name, stat, m, stat is not None) for name, stat, m, _ in listing]

    def _new_batch_id(self, existing: list[dict]) -> str:
        now = time.time_ns()
        last = max((int(m["batch"].split("-")[0]) for m in existing), default=0)
        return f"{max(now, last + 1):020d}-{os.getpid()}"

    def write_batch(self, rows: dict[str, list[dict]], keys: Iterable[str] | dict[str, str] = (),
                    *, model: str = "") -> str | None:
        """Write one batch of rows and publish it atomically; returns the batch id.

        `rows` maps table name to row dicts (as `corpus.analysis_rows` gives, concatenated; actor
        rows need their `article_id`). `keys` gives each article's store key (`article_key`), as
        a dict article id → key or as a list in the order of `rows["articles"]`.
        """
        if not any(rows.get(t) for t in TABLES):
            return None
        given = rows.get("articles", [])
        key_of = keys if isinstance(keys, dict) else dict(zip((a["id"] for a in given), keys))
        articles = []
        for a in given:
            key = key_of.get(a["id"], "")
            _, version, key_model = (key.split(":", 2) + ["", ""])[:3]
            articles.append({**a, "key": key, "analysis_version": version or fingerprint.current(model or None),
                             "model": key_model or model})
        with self.writer():
            manifests = self._manifests()
            batch = self._new_batch_id(manifests)
            tables = {t: _to_arrow(t, articles if t == "articles" else rows.get(t, []), batch) for t in TABLES}
            aggs, extra, commit = self._batch_aggregates(manifests, batch, {**rows, "articles": articles})
            entry = self._publish(batch, {**tables, **aggs}, sorted({a["analysis_version"] for a in articles}), extra)
            commit()
            self._merge_aggregate_parts(manifests + [entry])
            self._merge_row_parts(self._manifests())
        return batch

    # --- aggregates (`analysis.aggregates`), written and published with each batch ----------
    def _batch_aggregates(self, manifests: list[dict], batch: str, rows: dict[str, list[dict]]):
        """The aggregate parts of a batch: its rows' aggregates, minus those of the stored rows it
        re-writes, plus those of current rows of batches written before aggregates existed (named
        in the entry's `covers`); and the links of every stored name. Returns (parts, extra
        manifest fields, a function to call once the batch is published)."""
        from . import aggregates

        state = self._writer_state(manifests)
        ids = [a["id"] for a in rows.get("articles", ())]
        parts = [aggregates.aggregate(rows)]
        old = {i: state["current"][i] for i in ids if i in state["current"]}
        if old:
            parts.append(aggregates.aggregate(self._rows_of(old, manifests), sign=-1))
        if state["uncovered"]:
            parts.append(aggregates.aggregate(self._current_rows_of_batches(state["uncovered"], manifests)))
        combined = aggregates.combine(*parts)
        names = state["names"].copy()
        names.add(combined)
        tables = aggregates.to_arrow(combined, batch)
        tables["links"] = aggregates.links_table(names.links(), aggregates.linker_version(), batch)
        extra = {"covers": list(state["uncovered"])} if state["uncovered"] else {}

        def commit() -> None:
            state["current"].update(dict.fromkeys(ids, batch))
            state["names"], state["uncovered"] = names, []
            state["version"] = self.version()

        return tables, extra, commit

    def _writer_state(self, manifests: list[dict]) -> dict:
        """What the writer needs to aggregate a batch: the batch of each current article, the
        name facts summed over the store, the batches without aggregates. Kept between the
        batches of one writer (an ingest) while nobody else publishes; else read from the parts."""
        from . import aggregates

        state = getattr(self, "_agg_state", None)
        if state is not None and state["version"] == self.version():
            return state
        covered = {b for m in manifests for b in m.get("covers", ())}
        uncovered = [m["batch"] for m in manifests if m["files"].get("articles") and "agg_actor_day" not in m["files"]
                     and m["batch"] not in covered and "rows_replace" not in m]
        parts = {t: self._parts(t, manifests) for t in ("articles", "agg_actor_day", "agg_facts")}
        current = {}
        with self._connect(parts) as con:  # (no parts: empty views)
            if parts["articles"]:
                current = dict(con.sql("SELECT id, max(batch) FROM articles GROUP BY id").fetchall())
            names = self._name_facts(con)
        state = {"version": self.version(), "current": current, "names": names, "uncovered": uncovered}
        self._agg_state = state
        return state

    def _rows_of(self, where: dict[str, str], manifests: list[dict]) -> dict[str, list[dict]]:
        """All rows of the given articles (id → the batch holding them), read from those batches only."""
        from . import aggregates

        holder = {b: m for m in _row_sets(manifests) for b in m.get("holds", [m["batch"]])}
        by_set: dict[str, list[tuple[str, str]]] = {}
        for aid, b in where.items():
            by_set.setdefault(holder[b]["batch"], []).append((aid, b))
        out = []
        for m in manifests:
            if m["batch"] not in by_set:
                continue
            wanted = " OR ".join(f"(@ = '{_sql_str(aid)}' AND batch = '{_sql_str(b)}')" for aid, b in by_set[m["batch"]])
            parts = {t: self._parts(t, [m]) for t in ("articles",) + ARTICLE_TABLES}
            with self._connect(parts) as con:
                tables = {"articles": con.sql(f"SELECT * FROM articles WHERE {wanted.replace('@', 'id')}").to_arrow_table()}
                for t in ARTICLE_TABLES:
                    tables[t] = con.sql(f"SELECT * FROM {t} WHERE {wanted.replace('@', 'article_id')} "
                                        "ORDER BY batch, batch_row").to_arrow_table()
            out.append(aggregates.rows_from_tables(tables))
        return aggregates.concat_rows(out)

    def _current_rows_of_batches(self, batches: list[str], manifests: list[dict]) -> dict[str, list[dict]]:
        """Rows of the current articles held by the given batches (stores written before aggregates)."""
        from . import aggregates

        parts = {t: self._parts(t, manifests) for t in ("articles",) + ARTICLE_TABLES}
        wanted = ", ".join("'" + b.replace("'", "''") + "'" for b in batches)
        with self._connect(parts) as con:
            tables = dict(zip(("articles",) + ARTICLE_TABLES, self._current_rows(con, f"batch IN ({wanted})")))
        return aggregates.rows_from_tables(tables)

    def build_aggregates(self) -> str | None:
        """Aggregate the batches written before aggregates existed, as one aggregate-only batch;
        returns its id (None when every batch has its aggregates)."""
        from . import aggregates

        with self.writer():
            manifests = self._manifests()
            state = self._writer_state(manifests)
            if not state["uncovered"]:
                return None
            batch = self._new_batch_id(manifests)
            tables, extra, commit = self._batch_aggregates(manifests, batch, {})
            self._publish(batch, tables, [], extra)
            commit()
            return batch

    def _publish(self, batch: str, tables: dict[str, pa.Table], fingerprints: list[str] | None = None,
                 extra: dict | None = None, written: dict[str, int] | None = None) -> dict:
        """Write every part (temp name, fsync, rename), then the manifest entry: the commit point.
        `written`: parts already written (`_write_part`), table → rows.

        The entry lists the fingerprints of the batch's articles, so a reader of a store analysed by
        one analysis knows it without a query."""
        files: dict[str, str] = {t: f"{batch}.{t}.parquet" for t in written or ()}
        for table, t in tables.items():
            name = f"{batch}.{table}.parquet"
            files[table] = name
            if self.remote:  # an object appears whole when its upload completes
                part = self._dir("batches") / name
                pq.write_table(t, part.fs_path, filesystem=part.filesystem, row_group_size=_ROW_GROUP)
                continue
            tmp = self._dir("batches") / f"{_TMP_PREFIX}{name}"
            pq.write_table(t, tmp, row_group_size=_ROW_GROUP)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, self._dir("batches") / name)
        if not self.remote:
            _fsync_dir(self._dir("batches"))
        pause = os.environ.get("ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH")
        if pause:  # test hook: lets a test kill the writer between the parts and the commit point
            time.sleep(float(pause))
        if self.remote:
            from . import objectstore

            try:  # a writer whose lease was taken over must not publish over the new writer's work
                self._lock_fh.check()
            except objectstore.LockHeld as exc:
                raise StoreError(f"{self.path}: batch {batch} not published: {exc}") from None
        if fingerprints is None and "articles" not in (written or ()):  # (a merge of unnamed ones stays unnamed)
            fingerprints = sorted(set(tables["articles"].column("analysis_version").to_pylist())) \
                if "articles" in tables else []
        entry = {"batch": batch, "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "fingerprints": fingerprints, "files": files,
                 "rows": {**(written or {}), **{t: tables[t].num_rows for t in tables}}, **(extra or {})}
        _atomic_write_bytes(self._dir("published") / f"{batch}.json", json.dumps(entry).encode())
        self._published_now = True
        return entry

    # --- merging row parts ----------------------------------------------------------------------
    def merge_rows(self) -> str | None:
        """Merge the row parts of every batch into one sorted part per table; returns the merge
        batch's id (None when there is at most one row part set). Ingest merges by itself, in
        levels, whenever `ACTORLENS_ROW_MERGE_AT` row part sets of one level are live."""
        with self.writer():
            return self._merge_row_parts(self._manifests(), everything=True)

    def _merge_row_parts(self, manifests: list[dict], everything: bool | str = False) -> str | None:
        """Publish the current rows of many batches as one row-only batch whose entry
        `rows_replace`s them: readers (`_parts`) then read its parts instead of theirs. As the
        aggregate merge: levels (a batch's rows are level 0, a merge of level-L sets is L + 1),
        `ACTORLENS_ROW_MERGE_AT` sets of one level make one of the next, the parts are written
        (streamed from DuckDB, so memory does not follow the store) and fsynced before the
        entry, the commit point, and the replaced parts stay on disk until `compact()`.

        Rows keep their `batch` and `batch_row` (the article's batch still decides which rows are
        current, and (batch, batch_row) the order rows were written in); superseded rows are
        left out. Each part is sorted by what the selective queries filter on (`_ROW_ORDER`:
        statements by speaker, stances by source and target, mentions by actor, articles by date)
        in small row groups, so a name filter skips most of the file by its statistics."""
        threshold = max(2, settings.get_int("ACTORLENS_ROW_MERGE_AT"))
        merged = None
        while True:
            chosen = _merge_choice(_row_sets(manifests), "row_level", threshold, everything)
            if not chosen:
                return merged
            batch = self._new_batch_id(manifests)
            written = self._write_merged_rows(chosen, manifests, batch)
            fingerprints = None if any(m.get("fingerprints") is None and m["files"].get("articles") for m in chosen) \
                else sorted({f for m in chosen for f in m.get("fingerprints") or ()})
            replaced = manifests if everything == "all" else chosen  # a compaction: every older entry
            entry = self._publish(batch, {}, fingerprints, {
                "rows_replace": [m["batch"] for m in replaced if any(t in m["files"] for t in TABLES)],
                "holds": [b for m in chosen for b in m.get("holds", [m["batch"]])],
                "row_level": max(int(m.get("row_level", 0)) for m in chosen) + 1}, written)
            state = getattr(self, "_agg_state", None)
            if state is not None and state["version"] == self.version(manifests):  # the same articles
                state["version"] = self.version()
            manifests, merged = manifests + [entry], batch
            if everything:
                return merged

    def _write_merged_rows(self, chosen: list[dict], manifests: list[dict], batch: str) -> dict[str, int]:
        """Write the current rows of the `chosen` row part sets, one sorted part per table."""
        written = {}
        with self._spilling_connection() as con:
            self._register(con, "articles", self._parts("articles", manifests), "all_articles")
            con.execute("CREATE TEMP TABLE cur AS SELECT id, max(batch) AS batch FROM all_articles GROUP BY id")
            for table in TABLES:
                paths = self._parts(table, chosen)
                if not paths:
                    continue
                self._register(con, table, paths)
                key = "id" if table == "articles" else "article_id"
                current = "" if table == "errors" else f" SEMI JOIN cur ON x.{key} = cur.id AND x.batch = cur.batch"
                columns = ", ".join(f'x."{c}"' for c in SCHEMAS[table].names)
                reader = self._sorted_in_ranges(con, f"SELECT {columns} FROM {table} x{current}", _ROW_ORDER[table],
                                                _input_bytes(paths))
                written[table] = self._write_part(f"{batch}.{table}.parquet", reader, SCHEMAS[table],
                                                  _MERGED_ROW_GROUP.get(table, _MERGED_ROWS))
                if table == "statements":
                    merged = self._dir("batches") / f"{batch}.statements.parquet"
                    self._register(con, "statements", [merged], "merged_statements")
                    size = _input_bytes([merged])
                    written.update(self._write_word_index(con, batch, size))
                    written.update(self._write_dated_texts(con, batch, size))
                    if "mentions" in written:
                        written.update(self._write_statement_mentions(con, batch, size // 4))
                if table == "mentions":
                    merged = self._dir("batches") / f"{batch}.mentions.parquet"
                    self._register(con, "mentions", [merged], "merged_mentions")
                if table == "stances":
                    merged = self._dir("batches") / f"{batch}.stances.parquet"
                    self._register(con, "stances", [merged], "merged_stances")
                    written.update(self._write_dated_stances(con, batch, _input_bytes([merged])))
        return written

    @staticmethod
    def _sorted_in_ranges(con, select: str, order: str, size: int) -> Iterator[pa.RecordBatch]:
        """The rows of `select` in `order`, streamed: an input of more than `_SORT_CHUNK_BYTES`
        bytes is sorted in ranges of the first order column, each small enough for the
        connection's memory limit. The bounds come from a reservoir sample of that column
        (constant memory); then ONE pass of `select` writes each row into its range's Parquet
        files in the connection's spill folder (`_range_files`), and each range is sorted from
        its files alone: cutting ranges by a filter on `select` evaluated it once per range,
        which at a million articles meant re-reading (and re-splitting) every statement dozens
        of times. NULLs sort last, as in ORDER BY."""
        first = order.split(",")[0].strip()
        chunks = -(-size // _SORT_CHUNK_BYTES)
        bounds = []
        if chunks > 1:
            sample = sorted(v for (v,) in con.sql(f"SELECT x.{first} FROM ({select}) x USING SAMPLE "
                                                   f"reservoir({200 * chunks} ROWS) REPEATABLE (7)").fetchall()
                            if v is not None)
            bounds = sorted({sample[len(sample) * i // chunks] for i in range(1, chunks)}) if sample else []
        if not bounds:
            yield from con.sql(f"SELECT * FROM ({select}) x ORDER BY {order}").to_arrow_reader(8_192)
            return
        with Store._range_files(con, select, first, bounds) as ranges:
            for files in ranges:
                yield from con.sql(f"SELECT * FROM read_parquet({_sql_list(files)}, hive_partitioning = false) "
                                   f"ORDER BY {order}").to_arrow_reader(8_192)
                for f in files:
                    f.unlink()

    @staticmethod
    @contextlib.contextmanager
    def _range_files(con, select: str, column: str, bounds: list) -> Iterator[list[list[Path]]]:
        """Write the rows of `select` once, partitioned by where `column` falls among the sorted
        `bounds` (below the first, between two, from the last on, NULL), into a folder under the
        connection's spill folder; yields each range's files in order. The folder goes with the
        spill folder, so a killed writer leaves nothing in the store."""
        import shutil
        import tempfile

        spill = con.execute("SELECT current_setting('temp_directory')").fetchone()[0]
        folder = Path(tempfile.mkdtemp(prefix="ranges-", dir=spill or None))
        try:
            con.execute(f"SET partitioned_write_flush_threshold = {_RANGE_FILE_ROWS}")  # else a buffer per range
            cases = " ".join(f"WHEN x.{column} < {_sql_literal(b)} THEN {i}" for i, b in enumerate(bounds))
            con.execute(f"COPY (SELECT x.*, CASE WHEN x.{column} IS NULL THEN {len(bounds) + 1} {cases} "
                        f"ELSE {len(bounds)} END AS sort_range FROM ({select}) x) TO '{_sql_str(str(folder))}' "
                        f"(FORMAT parquet, PARTITION_BY (sort_range), ROW_GROUP_SIZE {_RANGE_FILE_ROWS})")
            yield [sorted((folder / f"sort_range={i}").glob("*.parquet")) for i in range(len(bounds) + 2)
                   if (folder / f"sort_range={i}").is_dir()]
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _write_dated_texts(self, con, batch: str, size: int) -> dict[str, int]:
        """`ROW_INDEXES` of a merged statements part (`merged_statements`): date of the statement's
        article row (its own batch's; '' when undated, as the warehouse's current articles say),
        batch, batch_row, id, text and sentence, sorted by date."""
        texts = self._sorted_in_ranges(
            con, "SELECT coalesce(a.date, '') AS date, s.batch, s.batch_row, s.id, s.text, s.sentence "
                 "FROM merged_statements s LEFT JOIN (SELECT id, batch, any_value(date) AS date FROM all_articles "
                 "GROUP BY ALL) a ON a.id = s.article_id AND a.batch = s.batch", "date, batch, batch_row", size)
        return {"statement_texts": self._write_part(f"{batch}.statement_texts.parquet", texts,
                                                    ROW_INDEXES["statement_texts"], _MERGED_ROWS)}

    def _write_dated_stances(self, con, batch: str, size: int) -> dict[str, int]:
        """`ROW_INDEXES`' statement stances of a merged stances part (`merged_stances`): the rows
        of statements' stances (what the table's stance column says) with their article's date,
        sorted by date."""
        rows = self._sorted_in_ranges(
            con, "SELECT coalesce(a.date, '') AS date, x.article_id, x.batch, x.batch_row, x.statement_index, x.target, "
                 "x.polarity, x.confidence FROM merged_stances x LEFT JOIN (SELECT id, batch, any_value(date) AS date "
                 "FROM all_articles GROUP BY ALL) a ON a.id = x.article_id AND a.batch = x.batch "
                 "WHERE x.statement_index IS NOT NULL", "date, article_id, batch, batch_row", size)
        return {"statement_stances": self._write_part(f"{batch}.statement_stances.parquet", rows,
                                                      ROW_INDEXES["statement_stances"], _MERGED_ROWS)}

    def _write_statement_mentions(self, con, batch: str, size: int) -> dict[str, int]:
        """`ROW_INDEXES`' statement mentions of a merged set (`merged_statements`, `merged_mentions`):
        every mention of an actor inside a piece of a statement with a speaker, in the same
        article and batch, sorted by speaker and actor."""
        rows = self._sorted_in_ranges(con, statement_mentions_sql("merged_statements", "merged_mentions"),
                                      "speaker, actor, article_id, batch, id, start", size)
        return {"statement_mentions": self._write_part(f"{batch}.statement_mentions.parquet", rows,
                                                       ROW_INDEXES["statement_mentions"], _MERGED_ROWS)}

    def _write_word_index(self, con, batch: str, size: int) -> dict[str, int]:
        """The word index of a merged statements part: each statement's distinct words (its text
        and sentence lower-cased, split by `WORD_SPLIT`) as (word, batch, batch_row) sorted by word,
        and the vocabulary with counts. A search finds the words holding its term in the small
        vocabulary, then reads only their rows of the index (`Warehouse._matching`)."""
        words = self._sorted_in_ranges(  # (narrow rows: a quarter of the text's bytes, roughly)
            con, f"SELECT word, batch, batch_row FROM (SELECT unnest(list_distinct(string_split_regex(lower(coalesce(text, '') "
            f"|| chr(10) || coalesce(sentence, '')), '{WORD_SPLIT}'))) AS word, batch, batch_row FROM merged_statements) "
            f"WHERE word <> ''", "word, batch, batch_row", size // 4)
        out = {"statement_words": self._write_part(f"{batch}.statement_words.parquet", words,
                                                   WORD_INDEX["statement_words"], _MERGED_ROWS)}
        self._register(con, "statement_words", [self._dir("batches") / f"{batch}.statement_words.parquet"], "merged_words")
        vocab = con.sql("SELECT word, count(*) AS n FROM merged_words GROUP BY word ORDER BY word").to_arrow_reader(8_192)
        out["statement_vocab"] = self._write_part(f"{batch}.statement_vocab.parquet", vocab,
                                                  WORD_INDEX["statement_vocab"], _ROW_GROUP)
        return out

    def _write_part(self, name: str, batches: Iterable[pa.RecordBatch], schema: pa.Schema, group: int) -> int:
        """Stream record batches into the part `name` in row groups of `group` rows (temp name,
        fsync, rename on a disk; one upload on object storage); returns its rows."""
        target = self._dir("batches") / name
        where = target.fs_path if self.remote else str(self._dir("batches") / f"{_TMP_PREFIX}{name}")
        pending: list[pa.RecordBatch] = []
        n = total = 0
        with pq.ParquetWriter(where, schema, filesystem=target.filesystem if self.remote else None) as writer:
            for rb in batches:
                pending.append(rb.cast(schema))
                n += rb.num_rows
                while n >= group:
                    t = pa.Table.from_batches(pending, schema=schema)
                    writer.write_table(t.slice(0, group), row_group_size=group)
                    pending, n = t.slice(group).to_batches(), n - group
                    total += group
            if n:
                writer.write_table(pa.Table.from_batches(pending, schema=schema), row_group_size=group)
                total += n
        if not self.remote:
            with open(where, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(where, target)
        return total

    # --- merging aggregate parts --------------------------------------------------------------
    def merge_aggregates(self) -> str | None:
        """Sum the aggregate parts of every batch into one part set; returns the merge batch's id
        (None when there is at most one part set). Ingest merges by itself, in levels, whenever
        `ACTORLENS_AGG_MERGE_AT` part sets of one level are live; this merges them all."""
        with self.writer():
            return self._merge_aggregate_parts(self._manifests(), everything=True)

    def _merge_aggregate_parts(self, manifests: list[dict], everything: bool | str = False) -> str | None:
        """Publish the summed aggregates of many batches as an aggregate-only batch whose entry
        `replaces` them: readers (`_parts`) then skip their aggregate parts. The parts are written
        before the entry, like a batch's, so a reader sees either the old parts or the merged ones.

        Part sets have levels (a batch's own is 0, a merge of level-L sets is L + 1), and a merge
        takes the sets of one level once there are `ACTORLENS_AGG_MERGE_AT` of them, so every
        aggregate row is rewritten about log(batches) times, not once a merge. Rows are summed
        over their key (signed rows kept, even when they sum to zero, so the answers are those of
        the parts), `batch` is the key's first batch (facts are linked in that order), and rows
        are sorted by name (pairs by kind first: every pair query asks for one kind, and stance
        rows are a small share) so a kind or name filter skips row groups. The sums are streamed
        from DuckDB into the parts, so memory does not follow the store.

        `everything="all"` (a compaction): every live set, even one, rows that sum to zero left
        out, the links of the summed name facts written with it, and every older entry named as
        replaced (so removing the old entries in any order never brings one back)."""
        threshold = max(2, settings.get_int("ACTORLENS_AGG_MERGE_AT"))
        merged = None
        while True:
            replaced = {b for m in manifests for b in m.get("replaces", ())}
            live = [m for m in manifests if m["files"].get("agg_actor_day") and m["batch"] not in replaced]
            chosen = _merge_choice(live, "agg_level", threshold, everything)
            if everything and live and not chosen and any(t not in live[0]["files"] for t in AGGREGATE_TABLES):
                chosen = live  # one set written before a table existed: rewritten with it
            if not chosen:
                return merged
            compacting = everything == "all"
            level = max(int(m.get("agg_level", 0)) for m in chosen) + 1
            before = self.version() if getattr(self, "_agg_state", None) is not None else None
            batch = self._new_batch_id(manifests)
            written = self._write_summed_aggregates(chosen, batch, drop_zero=compacting,
                                                    manifests=manifests if chosen == live else None)
            tables = {"links": self._links_of_parts(batch)} if compacting else {}
            replaces = [m["batch"] for m in (manifests if compacting else chosen)
                        if not compacting or any(t in m["files"] for t in AGGREGATE_TABLES)]
            entry = self._publish(batch, tables, [], {"replaces": replaces, "agg_level": level}, written)
            state = getattr(self, "_agg_state", None)
            if state is not None and state["version"] == before:  # names and articles are unchanged
                state["version"] = self.version()
            manifests, merged = manifests + [entry], batch
            if everything:
                return merged

    def _write_summed_aggregates(self, chosen: list[dict], batch: str, drop_zero: bool = False,
                                 manifests: list[dict] | None = None) -> dict[str, int]:
        """Write the aggregate parts of `chosen` summed over their keys (streamed, sorted by name);
        `drop_zero`: leave out keys whose every value sums to zero. Returns table → rows.

        Sets written before a table existed lack its part: a rollup (`aggregates.ROLLUPS`) is then
        summed from their day parts; the article counts (`agg_articles`, `agg_actor_articles`) are counted
        from the current rows when `manifests` (every entry: a merge of every live set) is given, and
        otherwise left out of the merged set (readers then count from the rows, `Warehouse`)."""
        from . import aggregates

        order = {"agg_actor_day": "actor, form, day, outlet", "agg_pairs": "kind, a, b, relation, conf, day, outlet",
                 "agg_facts": "actor, fact, value", "agg_actor_all": "actor, form",
                 "agg_pairs_all": "kind, a, b, relation, conf", "agg_actor_month": "actor, form, month",
                 "agg_pairs_month": "kind, a, b, relation, conf, month", "agg_articles": "day, outlet",
                 "agg_actor_articles": "actor, day, outlet"}
        written = {}
        with self._spilling_connection() as con:
            for table in AGGREGATE_TABLES:
                schema = aggregates.SCHEMAS[table]
                n_keys = aggregates._KEYS[table]
                keys = [f.name for f in schema][:n_keys]
                values = [f for f in schema][n_keys:-1]
                paths = self._parts(table, chosen)
                lacking = [m for m in chosen if not m["files"].get(table)]
                cols = ", ".join(f'"{k}"' for k in keys)
                sums = ", ".join(f'CAST(sum("{f.name}") AS {"DOUBLE" if pa.types.is_floating(f.type) else "BIGINT"}) '
                                 f'AS "{f.name}"' for f in values)
                if not lacking:
                    self._register(con, table, paths)
                elif table in aggregates.ROLLUPS:  # sets written before rollups: summed from their day parts
                    self._register(con, table, paths, f"_{table}_given")
                    self._register(con, aggregates.ROLLUPS[table][0], self._parts(aggregates.ROLLUPS[table][0], lacking),
                                   f"_{table}_days")
                    con.execute(f"CREATE VIEW {table} AS SELECT * FROM _{table}_given UNION ALL BY NAME "
                                f"SELECT {cols}, {sums}, min(batch) AS batch FROM _{table}_days GROUP BY {cols}")
                elif table in aggregates.MONTHLY:  # sets written before monthly rollups: from their day parts
                    day_table = aggregates.MONTHLY[table][0]
                    self._register(con, table, paths, f"_{table}_given")
                    self._register(con, day_table, self._parts(day_table, lacking), f"_{table}_days")
                    monthly = cols.replace('"month"', "CAST(date_trunc('month', day) AS DATE) AS month")
                    con.execute(f"CREATE VIEW {table} AS SELECT * FROM _{table}_given UNION ALL BY NAME "
                                f"SELECT {monthly}, {sums}, min(batch) AS batch FROM _{table}_days GROUP BY ALL")
                elif table == "agg_articles" and manifests is not None:
                    self._register(con, "articles", self._parts("articles", manifests), "_all_articles")
                    self._register(con, "statements", self._parts("statements", manifests), "_all_statements")
                    con.execute(
                        "CREATE VIEW agg_articles AS WITH cur AS (SELECT id, batch, coalesce(source, '') AS outlet, "
                        "CASE WHEN regexp_full_match(substr(date, 1, 10), '\\d{4}-\\d{2}-\\d{2}') "
                        "THEN TRY_CAST(substr(date, 1, 10) AS DATE) END AS day FROM _all_articles "
                        "QUALIFY row_number() OVER (PARTITION BY id ORDER BY batch DESC) = 1), "
                        "n AS (SELECT article_id, batch, count(*) AS statements FROM _all_statements GROUP BY ALL) "
                        "SELECT cur.day, cur.outlet, count(*) AS articles, coalesce(sum(n.statements), 0) AS statements, "
                        "min(cur.batch) AS batch FROM cur LEFT JOIN n ON n.article_id = cur.id AND n.batch = cur.batch "
                        "GROUP BY ALL")
                elif table == "agg_actor_articles" and manifests is not None:  # as `aggregates.aggregate` counts them
                    for name in ("articles", "mentions", "statements"):
                        self._register(con, name, self._parts(name, manifests), f"_named_{name}")
                    con.execute(
                        "CREATE VIEW agg_actor_articles AS WITH cur AS (SELECT id, batch, coalesce(source, '') AS outlet, "
                        "CASE WHEN regexp_full_match(substr(date, 1, 10), '\\d{4}-\\d{2}-\\d{2}') "
                        "THEN TRY_CAST(substr(date, 1, 10) AS DATE) END AS day FROM _named_articles "
                        "QUALIFY row_number() OVER (PARTITION BY id ORDER BY batch DESC) = 1), named AS ("
                        "SELECT article_id, batch, actor FROM _named_mentions WHERE actor <> '' UNION "
                        "SELECT article_id, batch, speaker FROM _named_statements WHERE speaker <> '') "
                        "SELECT named.actor, cur.day, cur.outlet, count(*) AS articles, min(cur.batch) AS batch "
                        "FROM named JOIN cur ON named.article_id = cur.id AND named.batch = cur.batch GROUP BY ALL")
                else:
                    continue
                nonzero = " OR ".join(f'abs(sum("{f.name}")) > 1e-9' if pa.types.is_floating(f.type)
                                      else f'sum("{f.name}") <> 0' for f in values)
                having = f" HAVING {nonzero}" if drop_zero else ""
                reader = con.sql(f"SELECT {cols}, {sums}, min(batch) AS batch FROM {table} GROUP BY {cols}{having} "
                                 f"ORDER BY {order[table]}").to_arrow_reader(8_192)
                written[table] = self._write_part(f"{batch}.{table}.parquet", reader, schema, _ROW_GROUP)
        return written

    def _links_of_parts(self, batch: str) -> pa.Table:
        """The links of the name facts in the (not yet published) aggregate parts of `batch`."""
        from . import aggregates

        parts = {t: [self._dir("batches") / f"{batch}.{t}.parquet"] for t in ("agg_actor_day", "agg_facts")}
        with self._connect(parts) as con:
            names = self._name_facts(con)
        return aggregates.links_table(names.links(), aggregates.linker_version(), batch)

    @staticmethod
    def _name_facts(con) -> "aggregates.NameFacts":
        """The name facts (mentions, types, aliases of every article-level name) summed over the
        `agg_actor_day` and `agg_facts` views of a connection: what linking needs."""
        from . import aggregates

        names = aggregates.NameFacts()
        names.add({"agg_actor_day": {(a, "", None, ""): [n] for a, n in con.sql(
            "SELECT actor, sum(mentions) FROM agg_actor_day GROUP BY actor").fetchall()}})
        names.add({"agg_facts": {(a, f, v): [n] for a, f, v, n in con.sql(
            "SELECT actor, fact, value, sum(n) FROM agg_facts GROUP BY actor, fact, value "
            "HAVING sum(n) <> 0 ORDER BY min(batch), actor").fetchall()}})
        return names

    @contextlib.contextmanager
    def _spilling_connection(self):
        """A DuckDB connection for rewriting parts (merges, compaction): sorts and sums spill to a
        temporary folder under a 512 MB memory limit, on one thread (two threads' sort buffers
        of wide rows such as article texts do not fit), so memory does not follow the store."""
        import shutil
        import tempfile

        spill = tempfile.mkdtemp(prefix="actorlens-merge-")
        try:
            with self._connect({}) as con:
                con.execute(f"SET temp_directory = '{_sql_str(spill)}'")
                con.execute("SET memory_limit = '512MB'")
                con.execute("SET threads = 1")
                con.execute("SET preserve_insertion_order = false")
                yield con
        finally:
            shutil.rmtree(spill, ignore_errors=True)

    # --- reading ----------------------------------------------------------------------------
    def _parts(self, table: str, manifests: list[dict]) -> list[Path | S3Path]:
        """The published parts of a table (aggregate parts a merge replaced left out)."""
        out = []
        listed = None
        if table in AGGREGATE_TABLES:
            replaced = {b for m in manifests for b in m.get("replaces", ())}
            manifests = [m for m in manifests if m["batch"] not in replaced]
        elif table in TABLES or table in WORD_INDEX or table in ROW_INDEXES:
            replaced = _rows_replaced(manifests)
            manifests = [m for m in manifests if m["batch"] not in replaced]
        if self.remote:  # one listing per set of manifests (a read asks for each table's parts)
            if self._listed[0] is not manifests:  # objects listed with their sizes: no request each
                self._listed = (manifests, {p.name: p for p in self._dir("batches").iterdir()})
            listed = self._listed[1]
        for m in manifests:
            name = m["files"].get(table)
            if name is None:
                continue
            p = listed.get(name, self._dir("batches") / name) if listed is not None else self._dir("batches") / name
            if not (p.name in listed if listed is not None else p.exists()):
                raise StoreError(f"{p}: part of published batch {m['batch']} is missing")
            out.append(p)
        return out

    def _query(self, sql: str, parts: dict[str, list[Path]]) -> pa.Table:
        with self._connect(parts) as con:
            return con.sql(sql).to_arrow_table()

    @contextlib.contextmanager
    def _connect(self, parts: dict[str, list[Path]]):
        """An in-memory DuckDB connection whose views are the given parts of each table."""
        import duckdb

        con = duckdb.connect()
        con.execute("SET parquet_metadata_cache = true")  # a part's footer is read once per connection
        try:
            for table, paths in parts.items():
                self._register(con, table, paths)
            yield con
        except duckdb.Error as exc:
            self._diagnose([p for ps in parts.values() for p in ps])
            raise StoreError(f"{self.path}: cannot read the store ({exc})") from None
        finally:
            con.close()

    def _register(self, con, table: str, paths: list[Path | S3Path], name: str | None = None) -> None:
        """Name the given parts `table` (or `name`) in a DuckDB connection: local files through
        `read_parquet`, objects on S3 as an Arrow dataset (`_dataset`; DuckDB's S3 reader would be
        downloaded), no parts as an empty table. Every query over parts goes through here, so it
        works on both. A row table's `batch_row` is each row's place in its batch's own part
        (parts written before the column existed: their row number), so (batch, batch_row) orders
        rows as written even when a merged part holds them sorted otherwise."""
        name = name or table
        if paths and self.remote:
            con.register(name, self._dataset(table, paths))
        elif paths and table in SCHEMAS:
            files = _sql_list(paths)
            columns = con.sql(f"SELECT * FROM read_parquet({files}, union_by_name=true) LIMIT 0").columns
            numbered = "batch_row" in columns
            con.execute(f"CREATE VIEW {name} AS SELECT * EXCLUDE (file_row_number{', batch_row' if numbered else ''}), "
                        f"{'coalesce(batch_row, file_row_number)' if numbered else 'file_row_number'} AS batch_row "
                        f"FROM read_parquet({files}, union_by_name=true, file_row_number=true)")
        elif paths:
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_sql_list(paths)}, union_by_name=true)")
        else:
            from . import aggregates

            schema = SCHEMAS.get(table) or WORD_INDEX.get(table) or ROW_INDEXES.get(table) or aggregates.SCHEMAS[table]
            con.register(name, pa.Table.from_batches([], schema=schema))

    def _dataset(self, table: str, paths: list[S3Path]):
        """Parts on object storage as one Arrow dataset that DuckDB scans (columns and filters
        pushed down). Each part's footer is read here (the scan reuses it), so a part that is
        not a Parquet file of this table is named before any row is read."""
        import pyarrow.dataset as ds

        from concurrent.futures import ThreadPoolExecutor

        fmt = ds.ParquetFileFormat()

        def fragment(p: S3Path):
            try:
                f = fmt.make_fragment(p.fs_path, filesystem=p.filesystem, file_size=p.stat().st_size)
                names = f.physical_schema.names
            except Exception as exc:  # any pyarrow failure means the object is unusable
                return f"{p}: not a readable Parquet file ({type(exc).__name__}: {exc})"
            missing = [c for c in _REQUIRED.get(table, ()) if c not in names]
            return f"{p}: not an ActorLens {table} part (missing columns {missing})" if missing else f

        with ThreadPoolExecutor(max_workers=16) as pool:  # requests wait on the network, not the CPU
            fragments = list(pool.map(fragment, paths))
        for f in fragments:
            if isinstance(f, str):
                raise StoreError(f)
        schema = SCHEMAS.get(table) or pa.unify_schemas([f.physical_schema for f in fragments])
        return ds.FileSystemDataset(fragments, schema, fmt, filesystem=paths[0].filesystem)

    def _diagnose(self, paths: list[Path | S3Path]) -> None:
        """Name the part that is not a Parquet file of the expected table."""
        for p in paths:
            table = p.name.split(".")[-2] if p.name.count(".") >= 2 else ""
            try:
                source = p.open_input_file() if _is_s3_path(p) else p
                schema = pq.read_schema(source)
                pq.ParquetFile(source).read(columns=[schema.names[0]] if schema.names else None)
            except Exception as exc:  # any pyarrow failure means the file is unusable
                raise StoreError(f"{p}: not a readable Parquet file ({type(exc).__name__}: {exc})") from None
            missing = [c for c in _REQUIRED.get(table, ()) if c not in schema.names]
            if table in SCHEMAS and missing:
                raise StoreError(f"{p}: not an ActorLens {table} part (missing columns {missing})")

    def _current_articles_sql(self, where: str = "") -> str:
        return (f"SELECT * FROM articles QUALIFY row_number() OVER (PARTITION BY id ORDER BY batch DESC) = 1"
                + (f") WHERE {where}" if where else ")"))

    def _current_rows(self, con, where: str = "") -> list[pa.Table]:
        """The current articles (`_current_articles_sql`) and their rows of each of `ARTICLE_TABLES`,
        in batch order: rows of a superseded batch of an article are left out."""
        con.execute(f"CREATE TEMP TABLE cur AS SELECT * FROM ({self._current_articles_sql(where)}")
        return [con.sql("SELECT * FROM cur ORDER BY batch, batch_row").to_arrow_table()] + [
            con.sql(f"SELECT x.* FROM {table} x SEMI JOIN cur ON x.article_id = cur.id "
                    "AND x.batch = cur.batch ORDER BY x.batch, x.batch_row").to_arrow_table()
            for table in ARTICLE_TABLES]

    def version(self, manifests: list[dict] | None = None) -> str:
        """A token that changes whenever a batch is published or removed: a cache key for readers
        (of the given manifest entries: the version they were listed at)."""
        pub = self._dir("published")
        if manifests is not None:
            names = sorted(f"{m['batch']}.json" for m in manifests)
        elif not pub.is_dir():
            names = []
        elif self.remote:
            names = sorted(p.name for p in pub.glob("*.json") if not p.name.startswith(_TMP_PREFIX))
        else:  # names only: thousands of entries in a large store, and the writer asks every batch
            names = sorted(n for n in os.listdir(pub) if n.endswith(".json") and not n.startswith(_TMP_PREFIX))
        return hashlib.sha1("\n".join([str(self.path.resolve()), *names]).encode()).hexdigest()[:16]

    def known_keys(self) -> set[str]:
        """Keys of the articles as currently stored (superseded rows excluded)."""
        if not self._check():
            return set()
        manifests = self._manifests()
        parts = {"articles": self._parts("articles", manifests)}
        if not parts["articles"]:
            return set()
        t = self._query("SELECT key FROM (" + self._current_articles_sql(), parts)
        return set(t.column("key").to_pylist())

    def stored_articles(self, *, outdated_only: bool = False, model: str | None = None) -> list[Article]:
        """The stored articles (their text is kept), e.g. to re-analyse them under a new version;
        `outdated_only`: those not analysed under the running fingerprint with `model`."""
        if not self._check():
            return []
        manifests = self._manifests()
        if outdated_only and self._all_analysed_by(manifests, fingerprint.current(model)):
            return []  # a store of one analysis (the usual case) needs no scan of every article
        parts = {"articles": self._parts("articles", manifests)}
        if not parts["articles"]:
            return []
        where = ""
        if outdated_only:
            where = "(analysis_version <> '" + fingerprint.current(model).replace("'", "''") + "'"
            if model is not None:
                where += " OR model <> '" + model.replace("'", "''") + "'"
            where += ")"
        t = self._query("SELECT * FROM (" + self._current_articles_sql(where) + " ORDER BY batch, batch_row", parts)
        names = [f.name for f in dataclasses.fields(Article)]
        return [Article(**{n: r.get(n) or "" for n in names}) for r in t.to_pylist()]

    @staticmethod
    def _all_analysed_by(manifests: list[dict], version: str) -> bool:
        """Every batch holding articles names its fingerprints, and they are all `version` (which
        names the model as well: `fingerprint.components`)."""
        return all(m.get("fingerprints") is not None and set(m["fingerprints"]) <= {version}
                   for m in manifests if m["files"].get("articles"))

    def load(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        include_undated: bool = True,
        article_ids: Iterable[str] | None = None,
        link: bool = True,
    ) -> corpus_mod.CorpusAnalysis:
        """All published rows as the analyst's tables, actors linked across the corpus.

        `date_from`/`date_to` (ISO, inclusive) and `article_ids` are pushed down to DuckDB;
        undated articles are kept unless `include_undated` is False.
        """
        if not self._check():
            return corpus_mod.build_corpus([])
        manifests = self._manifests()
        shown, mixed = self._shown_fingerprint(manifests)
        version = self._cache_version(shown, manifests)
        if self.remote:
            self._prune_local_cache(version)
        unfiltered = not (date_from or date_to or article_ids is not None or not include_undated)
        if link and unfiltered and (linked := self._read_linked(version)) is not None:
            return linked
        cached = self._link_cache(version) if link and unfiltered else None
        only = shown if mixed else None
        args = (date_from, date_to, include_undated, article_ids, cached is None, only)
        try:
            result = self._load(manifests, *args)
        except StoreError:
            manifests = self._manifests()  # a compaction may have replaced the batches meanwhile
            shown, mixed = self._shown_fingerprint(manifests)
            version = self._cache_version(shown, manifests)
            cached = self._link_cache(version) if link and unfiltered else None
            result = self._load(manifests, *args[:-2], cached is None, shown if mixed else None)
        if not link:
            return result
        if cached is not None:
            merged = pd.DataFrame(cached["actors"], columns=result.actors.columns)
            return self._write_linked(version, corpus_mod.link_corpus(result, mapping=cached["mapping"],
                                                                      merged_actors=merged))
        if not unfiltered:
            return corpus_mod.link_corpus(result)
        from . import actors

        mapping = actors.link_actors(result.actors)
        merged = actors.merge_actor_rows(result.actors, mapping)
        with contextlib.suppress(OSError, TypeError, ValueError):
            records = json.loads(merged.to_json(orient="records"))
            self._dir("cache").mkdir(exist_ok=True)
            _atomic_write_bytes(self._link_cache_path(version),
                                json.dumps({"mapping": mapping, "actors": records}).encode("utf-8"))
        return self._write_linked(version, corpus_mod.link_corpus(result, mapping=mapping, merged_actors=merged))

    def _prune_local_cache(self, version: str) -> None:
        """Readers of a store on object storage keep their caches on local disk, where no writer
        removes them: each reader drops those of other store versions itself."""
        cache = self._dir("cache")
        for p in cache.iterdir() if cache.is_dir() else ():
            if version not in p.name:
                with contextlib.suppress(OSError):
                    p.unlink()

    def _linked_path(self, version: str, table: str) -> Path:
        link = self._link_cache_path(version)
        return link.with_name(link.stem.replace("link-", "linked-", 1) + f".{table}.arrow")

    def _read_linked(self, version: str) -> corpus_mod.CorpusAnalysis | None:
        """The linked tables of this store version as a fresh server last computed them, or None.

        One uncompressed Arrow file per table, memory-mapped: strings and numbers are used where
        they lie in the file instead of being decoded and copied (no DuckDB, no re-linking), which
        is what makes the first page of a new server process fast on a large store. The files are
        never modified in place (written aside, then renamed), so a mapping stays valid.
        """
        frames, paragraphs = {}, None
        for table in TABLES:
            try:
                t = pa.ipc.open_file(pa.memory_map(str(self._linked_path(version, table)))).read_all()
            except (OSError, pa.ArrowException, ValueError):
                return None
            if table == "mentions" and _PARAGRAPH in t.schema.names:
                paragraphs = t.column(_PARAGRAPH).to_numpy()
                t = t.drop_columns([_PARAGRAPH])
            lists = [f.name for f in t.schema if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)]
            df = t.to_pandas()
            for name in lists:
                df[name] = pd.Series(t.column(name).to_pylist(), index=df.index, dtype=object)
            if list(df.columns) != COLUMNS[table]:
                return None
            frames[table] = df
        corpus = corpus_mod.CorpusAnalysis(**frames)
        if paragraphs is not None and len(paragraphs) == len(corpus.mentions):
            from . import network

            network.remember_paragraphs(corpus, paragraphs)
        return self._remember_wire_groups(version, corpus)

    def _write_linked(self, version: str, corpus: corpus_mod.CorpusAnalysis) -> corpus_mod.CorpusAnalysis:
        """Cache the linked tables beside the link cache (same key, same removal by the next writer),
        with each mention's paragraph number (`network.mention_paragraphs`: splitting every article
        into paragraphs is the costly part of the first Relations or Actors page)."""
        from . import network

        with contextlib.suppress(OSError, pa.ArrowException, TypeError, ValueError):
            self._dir("cache").mkdir(exist_ok=True)
            for table, df in corpus.tables().items():
                t = pa.Table.from_pandas(df, preserve_index=False).combine_chunks()  # see `_frame`
                if table == "mentions":
                    t = t.append_column(_PARAGRAPH, pa.array(network.mention_paragraphs(corpus), pa.int64()))
                path = self._linked_path(version, table)
                tmp = path.with_name(f"{_TMP_PREFIX}{os.getpid()}-{path.name}")
                with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, t.schema) as writer:
                    writer.write_table(t)
                os.replace(tmp, path)
        return self._remember_wire_groups(version, corpus)

    def _remember_wire_groups(self, version: str, corpus: corpus_mod.CorpusAnalysis) -> corpus_mod.CorpusAnalysis:
        """Wire-copy groups of the linked articles (`analysis.wire`), cached beside the linked tables
        (same key, same removal by the next writer): grouping 10,000 articles is paid once per store
        version, not in every new server process."""
        from . import wire

        path = self._dir("cache") / f"wire-{version}-{wire.VERSION}.json"
        ids = corpus.articles["id"].astype(str)
        with contextlib.suppress(OSError, ValueError, TypeError):
            cached = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(cached, dict) and len(cached) == len(ids) and all(i in cached for i in ids.tolist()):
                wire.remember_groups(corpus.articles, pd.Series(cached, dtype=object).reindex(ids.values))
                return corpus
        groups = wire.wire_groups(corpus.articles)
        with contextlib.suppress(OSError, TypeError, ValueError):
            self._dir("cache").mkdir(exist_ok=True)
            _atomic_write_bytes(path, json.dumps(groups.to_dict()).encode("utf-8"))
        return corpus

    def _cache_version(self, shown: str, manifests: list[dict] | None = None) -> str:
        """Key of the link cache and linked tables: the store version (of the entries the rows were
        read from: a batch published since must not be cached as if read), the fingerprint of the
        rows shown and the running analysis's fingerprint (its linking code, lexicons and aliases)."""
        return hashlib.sha1(f"{self.version(manifests)}\0{shown}\0{fingerprint.current()}".encode()).hexdigest()[:20]

    def _link_cache_path(self, version: str) -> Path:
        """Linking all actors of a large store takes seconds, so its result (mapping and merged
        actor rows) is cached per `_cache_version`. Readers write it without the writer lock
        (atomic rename, same content); the next writer removes it."""
        return self._dir("cache") / f"link-{version}.json"

    def _fingerprint_counts(self, manifests: list[dict]) -> dict[str, tuple[int, str]]:
        """Fingerprint → (current articles analysed under it, newest batch holding one)."""
        parts = {"articles": self._parts("articles", manifests)}
        if not parts["articles"]:
            return {}
        one = None if self.remote else self._one_fingerprint_counts(parts["articles"])
        if one is not None:
            return one
        t = self._query("SELECT analysis_version AS f, count(*) AS n, max(batch) AS last FROM ("
                        + self._current_articles_sql() + " GROUP BY analysis_version", parts).to_pylist()
        return {r["f"] or "": (int(r["n"]), r["last"]) for r in t}

    def _one_fingerprint_counts(self, paths: list[Path]) -> dict[str, tuple[int, str]] | None:
        """`_fingerprint_counts` of local parts whose rows all carry one fingerprint, read with
        pyarrow: the usual store, and no DuckDB import (~0.1 s) on a fresh dashboard's first page.
        Then the current articles are the distinct ids and the newest batch is the newest of all.
        None for any other store (or an unreadable part): the query answers, or names the part."""
        ids, batches, fingerprints = set(), [], set()
        try:
            for p in paths:
                with pq.ParquetFile(p) as part:
                    t = part.read(columns=["id", "analysis_version", "batch"], use_threads=False)
                ids.update(t.column("id").to_pylist())
                batches.extend(t.column("batch").to_pylist())
                fingerprints.update(t.column("analysis_version").unique().to_pylist())
        except (OSError, pa.ArrowException, KeyError, ValueError):
            return None
        if len(fingerprints) != 1 or not batches or None in ids or None in batches:
            return None
        return {next(iter(fingerprints)) or "": (len(ids), max(batches))}

    def _shown_fingerprint(self, manifests: list[dict]) -> tuple[str, bool]:
        """(the fingerprint whose rows readers get, whether the store holds others as well).

        The running analysis's when any current article has it, else the newest batch's: a
        store is never shown as a mix of two analyses. Manifests name their fingerprints, so a
        store of one analysis needs no query."""
        named: set[str] = set()
        for m in manifests:
            fps = m.get("fingerprints")
            if fps is None and m["files"].get("articles"):
                break
            named.update(fps or ())
        else:
            if len(named) <= 1:
                return next(iter(named), ""), False
        counts = self._fingerprint_counts(manifests)
        if len(counts) <= 1:
            return next(iter(counts), ""), False
        now = fingerprint.current()
        return (now if now in counts else max(counts, key=lambda f: counts[f][1])), True

    def freshness(self) -> Freshness:
        """How many stored articles the running analysis would compute differently, and how many
        readers leave out because their rows come from another analysis than the rows shown."""
        if not self._check():
            return Freshness(0, 0, 0, "")
        manifests = self._manifests()
        counts = self._fingerprint_counts(manifests)
        shown, _ = self._shown_fingerprint(manifests)
        total = sum(n for n, _ in counts.values())
        return Freshness(total, counts.get(shown, (0, ""))[0],
                         counts.get(fingerprint.current(), (0, ""))[0], shown)

    def _link_cache(self, version: str) -> dict | None:
        try:
            cached = json.loads(self._link_cache_path(version).read_text(encoding="utf-8"))
            return cached if isinstance(cached.get("mapping"), dict) and isinstance(cached.get("actors"), list) \
                else None
        except (OSError, ValueError, AttributeError):
            return None

    def _load(self, manifests, date_from, date_to, include_undated, article_ids,
              actor_rows: bool = True, only: str | None = None) -> corpus_mod.CorpusAnalysis:
        parts = {t: self._parts(t, manifests) for t in TABLES}
        if not actor_rows:
            parts["actors"] = []
        conditions = []
        if only is not None:
            conditions.append("analysis_version = '" + only.replace("'", "''") + "'")
        if date_from or date_to:
            dated = []
            if date_from:
                dated.append("date >= '" + str(date_from)[:10].replace("'", "''") + "'")
            if date_to:
                dated.append("substr(date, 1, 10) <= '" + str(date_to)[:10].replace("'", "''") + "'")
            cond = "(date <> '' AND " + " AND ".join(dated) + ")"
            conditions.append(f"({cond} OR date = '' OR date IS NULL)" if include_undated else cond)
        elif not include_undated:
            conditions.append("date <> ''")
        if article_ids is not None:
            ids = list(article_ids)
            conditions.append("id IN (" + (", ".join("'" + str(i).replace("'", "''") + "'" for i in ids) or "NULL") + ")")
        with self._connect(parts) as con:
            if not conditions and con.sql("SELECT count(*) = count(DISTINCT id) FROM articles").fetchall()[0][0]:
                # nothing superseded, nothing filtered: plain scans, in batch order
                order = " ORDER BY batch, batch_row" if _rows_replaced(manifests) else ""  # merged parts
                art = con.sql(f"SELECT * FROM articles{order}").to_arrow_table()
                tables = [con.sql(f"SELECT * FROM {table}{order}").to_arrow_table() for table in ARTICLE_TABLES]
            else:
                art, *tables = self._current_rows(con, " AND ".join(conditions))
            errors = con.sql("SELECT * FROM errors ORDER BY batch, batch_row").to_arrow_table()
        for table, t in zip(TABLES, [art, *tables, errors]):
            if any(c not in t.schema.names for c in _REQUIRED[table]):
                self._diagnose(parts[table])
        frames = {"articles": _frame(art, "articles")}
        for table, t in zip(ARTICLE_TABLES, tables):
            frames[table] = _frame(t, table)
        frames["errors"] = _current_errors(_frame(errors, "errors", keep=("batch",)), art)
        return corpus_mod.CorpusAnalysis(**frames)

    def stats(self) -> StoreStats:
        if not self._check():
            return StoreStats(str(self.path), 0, 0, 0, {t: 0 for t in TABLES}, 0)
        manifests = self._manifests()
        replaced = _rows_replaced(manifests)
        rows = {t: sum(int(m.get("rows", {}).get(t, 0)) for m in manifests if m["batch"] not in replaced)
                for t in TABLES}
        parts = {"articles": self._parts("articles", manifests)}
        n = outdated = 0
        if parts["articles"]:
            now = fingerprint.current().replace("'", "''")
            t = self._query(
                "SELECT count(*) AS n, coalesce(sum(CASE WHEN analysis_version <> "
                f"'{now}' THEN 1 ELSE 0 END), 0) AS outdated FROM (" + self._current_articles_sql(),
                parts).to_pylist()[0]
            n, outdated = int(t["n"]), int(t["outdated"])
        size = sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())
        return StoreStats(str(self.path), len(manifests), n, outdated, rows, size)

    def compact(self) -> int:
        """Rewrite the store as one row part set (current rows only, superseded ones dropped) and
        one aggregate part set (keys summing to zero dropped, links re-computed); returns the
        number of manifest entries removed.

        Streamed like a row merge (`_merge_row_parts`, `_write_summed_aggregates`), so memory does
        not follow the store. The two sets are published as merges that name every older entry
        as replaced, then the older entries are removed (a compaction killed at any point leaves a
        store that reads the same). Their parts are not deleted at once: a reader that opened the
        store before (a dashboard's `Warehouse`) keeps reading them. They are listed in
        `retired/<batch>.json`, and a writer deletes them once they have been retired for
        `RETIRED_KEEP_S` seconds (`_remove_orphans`).
        """
        with self.writer():
            manifests = self._manifests()
            if len(manifests) <= 1 or (len(manifests) == 2 and "rows_replace" in manifests[0]
                                       and "replaces" in manifests[1] and "links" in manifests[1]["files"]
                                       and all(t in manifests[0]["files"] for t in ROW_INDEXES)
                                       and all(t in manifests[1]["files"] for t in AGGREGATE_TABLES)):
                return 0  # empty, one batch, or as the last compaction left it (with today's row layout)
            if self._writer_state(manifests)["uncovered"]:  # batches written before aggregates
                self.build_aggregates()
                manifests = self._manifests()
            old = list(manifests)
            rows = self._merge_row_parts(manifests, everything="all")
            manifests = self._manifests()
            aggs = self._merge_aggregate_parts(manifests, everything="all")
            kept = {rows, aggs}
            retired = sorted({name for m in old if m["batch"] not in kept for name in m["files"].values()})
            self._dir("retired").mkdir(exist_ok=True)
            batch = aggs or rows
            _atomic_write_bytes(self._dir("retired") / f"{batch}.json",
                                json.dumps({"retired": time.time(), "parts": retired}).encode("utf-8"))
            removed = 0
            for m in old:
                if m["batch"] in kept:
                    continue
                with contextlib.suppress(OSError):
                    (self._dir("published") / f"{m['batch']}.json").unlink()
                    removed += 1
            if not self.remote:
                _fsync_dir(self._dir("published"))
            self._agg_state = None
            self._manifests()
            self._save_index(self._listing)  # without the removed entries
            return removed

    # --- small JSON documents ---------------------------------------------------------------
    def _doc_path(self, name: str) -> Path:
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"invalid document name {name!r}")
        return self._dir("docs") / (name if name.endswith(".json") else f"{name}.json")

    def read_json_doc(self, name: str, default: Any = None) -> Any:
        """A small JSON document kept in the store (e.g. corrections.json); `default` if absent."""
        if not self._check():
            return default
        p = self._doc_path(name)
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return default
        except (OSError, ValueError) as exc:
            raise StoreError(f"{p}: unreadable JSON document ({exc})") from None

    def write_json_doc(self, name: str, obj: Any) -> None:
        """Replace a JSON document atomically (readers see the old or the new one, never a mix)."""
        data = json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")
        with self.writer():
            self._dir("docs").mkdir(exist_ok=True)
            _atomic_write_bytes(self._doc_path(name), data)


def _frame(t: pa.Table, table: str, keep: tuple[str, ...] = ()) -> pd.DataFrame:
    """Arrow → the DataFrame shape `corpus.build_corpus` makes (lists as Python lists).

    Columns are made one piece each: DuckDB hands rows over in many small batches, and pandas
    keeps Arrow-backed columns in those pieces, which made every later selection slower.
    """
    lists = [f.name for f in t.schema if pa.types.is_list(f.type)]
    df = t.drop_columns(lists).combine_chunks().to_pandas()
    for name in lists:
        df[name] = pd.Series(t.column(name).to_pylist(), index=df.index, dtype=object)
    for c in COLUMNS[table]:
        if c not in df.columns:
            df[c] = None
    return df[COLUMNS[table] + [c for c in keep if c in df.columns]].reset_index(drop=True)


def _current_errors(errors: pd.DataFrame, articles: pa.Table) -> pd.DataFrame:
    """Load errors, once each, minus those a later batch shows fixed.

    An error at a line is fixed when a later batch holds an article loaded from that line; an
    error about a whole file when a later batch holds any article from that file.
    """
    if errors.empty:
        return errors.drop(columns=["batch"], errors="ignore").reset_index(drop=True)
    errors = errors.drop_duplicates(subset=["file", "line", "reason"], keep="last")
    latest: dict[str, str] = {}
    for path, batch in zip(articles.column("path").to_pylist(), articles.column("batch").to_pylist()):
        path = path or ""
        head, _, tail = path.rpartition(":")
        names = [path, head] if head and tail.isdigit() else [path]
        for name in names:
            latest[name] = max(latest.get(name, ""), batch)
    keep = []
    for f, line, b in zip(errors["file"], errors["line"], errors["batch"]):
        where = f if line is None or pd.isna(line) else f"{f}:{int(line)}"
        keep.append(latest.get(where, "") <= b)
    return errors[keep].drop(columns=["batch"]).reset_index(drop=True)
