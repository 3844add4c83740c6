"""Analyst corrections: an overlay on the machine's output, never a change to it.

A correction is a small record (op, args, who, when, id). The list lives beside the store and is
re-applied by `apply_corrections` every time a corpus is loaded, so it survives re-analysis: it
names statements, mentions and stances by article id and character offsets (with a text check and
an overlap fallback), not by row index, which shifts when extraction rules change. Undo marks a
record undone rather than deleting it, so the list stays an audit trail of who changed what.

Operations (`OPS`):

* ``merge_actors`` {names: [...], into}: the names become one actor, ``into``.
* ``split_actor`` {actor, alias, new_name?}: mentions and statements whose mention text is
  ``alias`` leave ``actor`` for a new actor (``new_name``, default the alias).
* ``reassign_speaker`` {statement, speaker}: the statement's speaker (and its stances' source).
* ``not_actor`` {mention} or {actor}: the mention (or every mention of the actor) is not an actor;
  statements it spoke become unattributed, stances toward it are dropped once it has no mention.
* ``not_statement`` {statement}: the statement and its stances are dropped.
* ``set_stance`` {stance, polarity, score?}: the analyst's polarity and score.

``statement``/``mention``/``stance`` keys are ``{"article_id", "start", "end", "text"}`` (stance
keys also carry ``source`` and ``target``); `statement_key` and friends build them from rows.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from collections import Counter
from typing import Any, Iterable, Iterator

import numpy as np
import pandas as pd

from .corpus import CorpusAnalysis
from .actors import merge_actor_rows

OPS = ("merge_actors", "split_actor", "reassign_speaker", "not_actor", "not_statement", "set_stance")
POLARITY_SCORES = {"positive": 0.5, "negative": -0.5, "neutral": 0.0}
EXPORT_FORMAT = "actorlens-corrections"
EXPORT_VERSION = 1
FILE_NAME = "corrections.json"
ANALYST_RULE = "analyst correction"


@dataclass
class Correction:
    op: str
    args: dict
    who: str
    when: str  # UTC, ISO 8601
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    undone: bool = False
    undone_by: str = ""
    undone_when: str = ""
    original_who: str = ""  # an imported record: who made it on the server it came from
    original_when: str = ""

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


class CorrectionError(ValueError):
    """A correction record that cannot be read: names the record and the reason."""


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_correction(op: str, args: dict, who: str, when: str | None = None) -> Correction:
    """A validated correction made now by `who`."""
    c = Correction(op, dict(args), who, when or utc_now())
    validate(c)
    return c


MAX_NAME_CHARS = 1_000
MAX_TEXT_CHARS = 100_000
MAX_NAMES = 1_000
_ARGS = {  # op → (required, optional) argument names
    "merge_actors": ({"names", "into"}, set()),
    "split_actor": ({"actor", "alias"}, {"new_name"}),
    "reassign_speaker": ({"statement", "speaker"}, set()),
    "not_actor": (set(), {"mention", "actor"}),
    "not_statement": ({"statement"}, set()),
    "set_stance": ({"stance", "polarity"}, {"score"}),
}
_KEY_FIELDS = ("article_id", "start", "end")
_KEY_OPTIONAL = ("text", "source", "target")
_TEXT_FIELDS = ("who", "when", "id", "undone_by", "undone_when", "original_who", "original_when")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_name(value: Any, what: str, *, empty: bool = False) -> None:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise CorrectionError(f"{what} must be {'a' if empty else 'a non-empty'} string")
    if len(value) > MAX_NAME_CHARS:
        raise CorrectionError(f"{what} is longer than {MAX_NAME_CHARS:,} characters")


def _check_key(key: Any, what: str) -> None:
    if not isinstance(key, dict) or any(k not in key for k in _KEY_FIELDS):
        raise CorrectionError(f"{what} must be an object with article_id, start and end")
    unknown = set(key) - set(_KEY_FIELDS) - set(_KEY_OPTIONAL)
    if unknown:
        raise CorrectionError(f"{what} has unknown fields {', '.join(sorted(map(str, unknown)))}")
    _check_name(key["article_id"], f"{what} article_id")
    if not _is_int(key["start"]) or not _is_int(key["end"]) or not 0 <= key["start"] <= key["end"]:
        raise CorrectionError(f"{what} has bad offsets")
    for name in _KEY_OPTIONAL:
        value = key.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT_CHARS):
            raise CorrectionError(f"{what} {name} must be a string or null")


def validate(c: Correction) -> None:
    """Raise `CorrectionError` unless every field has the type and shape `apply_corrections` needs.

    A schema, not a spot check: records come from files an editor imports, and one record that
    passed here but failed when applied would once break every page for everyone.
    """
    if not isinstance(c.op, str) or c.op not in OPS:
        raise CorrectionError(f"unknown operation {str(c.op)[:40]!r}")
    if not isinstance(c.args, dict):
        raise CorrectionError("args must be an object")
    required, optional = _ARGS[c.op]
    missing = sorted(required - set(c.args))
    if missing:
        raise CorrectionError(f"{c.op} lacks {', '.join(missing)}")
    unknown = set(c.args) - required - optional
    if unknown:
        raise CorrectionError(f"{c.op} has unknown arguments {', '.join(sorted(map(str, unknown)))[:200]}")
    a = c.args
    if c.op == "merge_actors":
        names = a["names"]
        if not isinstance(names, list) or not 2 <= len(names) <= MAX_NAMES:
            raise CorrectionError("merge_actors needs at least two actor names")
        for n in names:
            _check_name(n, "merge_actors needs at least two actor names; each")
        _check_name(a["into"], "merge_actors needs a name to merge into; it")
    elif c.op == "split_actor":
        _check_name(a["actor"], "split_actor needs an actor, an alias and a new name; the actor")
        _check_name(a["alias"], "split_actor needs an actor, an alias and a new name; the alias")
        if a.get("new_name") is not None:
            _check_name(a["new_name"], "split_actor new_name", empty=True)
    elif c.op == "reassign_speaker":
        _check_key(a["statement"], "statement")
        _check_name(a["speaker"], "reassign_speaker needs a speaker name; it")
    elif c.op == "not_actor":
        if ("mention" in a) == ("actor" in a):
            raise CorrectionError("not_actor needs a mention or an actor")
        if "mention" in a:
            _check_key(a["mention"], "mention")
        else:
            _check_name(a["actor"], "not_actor needs a mention or an actor; the actor")
    elif c.op == "not_statement":
        _check_key(a["statement"], "statement")
    elif c.op == "set_stance":
        _check_key(a["stance"], "stance")
        if not isinstance(a["polarity"], str) or a["polarity"] not in POLARITY_SCORES:
            raise CorrectionError("polarity must be positive, negative or neutral")
        score = a.get("score")
        if score is not None and (not isinstance(score, (int, float)) or isinstance(score, bool)
                                  or not -1 <= score <= 1):
            raise CorrectionError("score must be a number in [-1, 1]")
    for name in _TEXT_FIELDS:
        value = getattr(c, name)
        if not isinstance(value, str) or len(value) > MAX_NAME_CHARS:
            raise CorrectionError(f"{', '.join(_TEXT_FIELDS)} must be strings")
    if not c.id:
        raise CorrectionError("id must not be empty")
    if not isinstance(c.undone, bool):
        raise CorrectionError("undone must be true or false")


def from_dict(d: Any) -> Correction:
    if not isinstance(d, dict):
        raise CorrectionError("a correction must be a JSON object")
    names = {f.name for f in dataclasses.fields(Correction)}
    unknown = set(d) - names
    if unknown:
        raise CorrectionError(f"unknown fields {', '.join(sorted(map(str, unknown)))[:200]}")
    try:
        c = Correction(**d)
    except TypeError as e:
        raise CorrectionError(f"missing fields ({e})") from None
    validate(c)
    return c


# ---------------------------------------------------------------------------- keys from rows

def _key(row: Any, *extra: str) -> dict:
    key = {"article_id": str(row["article_id"]), "start": int(row["start"]), "end": int(row["end"])}
    for name in extra:
        value = row[name]
        key[name] = None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return key


def statement_key(row: Any) -> dict:
    """The key of a statements row: article id, offsets and text (robust to re-analysis)."""
    return _key(row, "text")


def mention_key(row: Any) -> dict:
    return _key(row, "text")


def stance_key(row: Any) -> dict:
    return _key(row, "source", "target")


# ---------------------------------------------------------------------------- applying

@dataclass
class Applied:
    corpus: CorpusAnalysis
    applied: list[Correction]
    stale: list[Correction]  # active corrections whose target is not in this corpus
    failed: list[tuple[Any, str]] = field(default_factory=list)  # (record, why it could not apply)


def active(corrections: Iterable[Correction | dict]) -> list[Correction]:
    out = []
    for c in corrections:
        c = c if isinstance(c, Correction) else from_dict(c)
        if not c.undone:
            out.append(c)
    return out


def apply_corrections(corpus: CorpusAnalysis, corrections: Iterable[Correction | dict]) -> CorpusAnalysis:
    """The corpus as the analysts corrected it; `corpus` itself is left untouched."""
    return apply_with_report(corpus, corrections).corpus


def apply_with_report(corpus: CorpusAnalysis, corrections: Iterable[Correction | dict]) -> Applied:
    """Apply the active corrections in order, each in isolation.

    A record that cannot be read or raises while it is applied is skipped and reported in
    `failed`; the others are applied again from the machine's tables without it, so a bad record
    never leaves a half-applied change behind and never stops the rest.
    """
    todo: list[Correction] = []
    failed: list[tuple[Any, str]] = []
    for record in corrections:
        try:
            c = record if isinstance(record, Correction) else from_dict(record)
        except CorrectionError as e:
            failed.append((record, str(e)))
            continue
        if not c.undone:
            todo.append(c)
    if not todo:
        return Applied(corpus, [], [], failed)
    skip: dict[int, str] = {}
    while True:
        overlay, applied, stale, broke = _Overlay(corpus), [], [], None
        for n, c in enumerate(todo):
            if n in skip:
                continue
            try:
                (applied if _APPLY[c.op](overlay, c.args) else stale).append(c)
            except Exception as e:  # noqa: BLE001 - any failure is this record's alone
                broke = n
                skip[n] = f"{type(e).__name__}: {e}"[:300]
                break
        if broke is None:
            break
    failed += [(todo[n], reason) for n, reason in sorted(skip.items())]
    return Applied(overlay.finish(), applied, stale, failed)


class _Overlay:
    """The tables being corrected, as column arrays, and the lookups the operations need.

    Applying a correction must cost the rows it touches, not the corpus (a large corrections file
    is re-applied on every first load): the columns the operations read or change are taken out
    once as numpy arrays and written back once in `finish`; the rows of an article are found
    through an index built once per table (article id → positions); dropped rows are only marked.
    Operations on a whole actor (merge, split, not an actor) still scan its columns.
    `rows_examined` counts the rows the article lookups returned.
    """

    KEYED = ("mentions", "statements", "stances")
    NUMERIC = {"start", "end", "index", "statement_index", "speaker_start", "score", "confidence"}

    def __init__(self, corpus: CorpusAnalysis):
        self.t = {name: df.copy() for name, df in corpus.tables().items()}
        self.keep = {name: np.ones(len(self.t[name]), dtype=bool) for name in self.KEYED}
        self.rows_examined = 0
        self._cols: dict[tuple[str, str], np.ndarray] = {}
        self._dirty: set[tuple[str, str]] = set()
        self._by_article: dict[str, dict] = {}
        self._actor_names: set | None = None
        self._mention_counts: Counter | None = None

    def col(self, table: str, name: str) -> np.ndarray:
        """Column `name` of `table` as an array (floats with NaN for numbers, else objects with
        None); changes made through `set` are written back by `finish`."""
        arr = self._cols.get((table, name))
        if arr is None:
            series = self.t[table][name]
            if name in self.NUMERIC:
                arr = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
            else:
                arr = series.astype(object).where(series.notna(), None).to_numpy(dtype=object)
            arr = np.array(arr, copy=True)  # never a view of the machine's (shared) table
            self._cols[(table, name)] = arr
        return arr

    def set(self, table: str, name: str, positions, value) -> None:
        if len(positions):
            self.col(table, name)[positions] = value
            self._dirty.add((table, name))

    def positions(self, table: str, article_id: str) -> np.ndarray:
        """Positions of the live rows of one article."""
        index = self._by_article.get(table)
        if index is None:
            ids = self.t[table]["article_id"].astype(object).to_numpy(dtype=object)
            index = self._by_article[table] = pd.Series(np.arange(len(ids))).groupby(ids, sort=False).indices
        pos = index.get(article_id)
        if pos is None:
            return np.empty(0, dtype=np.int64)
        pos = pos[self.keep[table][pos]]
        self.rows_examined += len(pos)
        return pos

    def live(self, table: str, mask: np.ndarray) -> np.ndarray:
        """Positions where `mask` holds among the rows not dropped (a whole-column operation)."""
        return np.flatnonzero(mask & self.keep[table])

    def drop(self, table: str, positions) -> None:
        positions = [p for p in positions if self.keep[table][p]]
        if table == "mentions" and positions and self._mention_counts is not None:
            self._mention_counts.subtract(self.col("mentions", "actor")[positions].tolist())
        self.keep[table][positions] = False

    def actor_names(self) -> set:
        if self._actor_names is None:
            self._actor_names = set(self.t["actors"]["name"])
        return self._actor_names

    def set_actors(self, actors: pd.DataFrame) -> None:
        self.t["actors"] = actors
        self._actor_names = None

    def mention_count(self, actor: str) -> int:
        if self._mention_counts is None:
            actors = self.col("mentions", "actor")[self.keep["mentions"]]
            self._mention_counts = Counter(actors.tolist())
        return self._mention_counts.get(actor, 0)

    def moved_mentions(self, old: str, new: str, n: int) -> None:
        if self._mention_counts is not None and n:
            self._mention_counts[old] -= n
            self._mention_counts[new] += n

    def find(self, table: str, key: dict, exact_fields: tuple[str, ...] = ()) -> int | None:
        """Position of the row `key` names, looking only at its article: the same offsets win;
        otherwise the row (with the same `exact_fields`) that overlaps the keyed span most, if it
        covers at least half of it, so a correction survives a re-analysis that moves a boundary
        by a few characters."""
        pos = self.positions(table, key["article_id"])
        for f in exact_fields:
            if f in key and len(pos):
                values = self.col(table, f)[pos]
                pos = pos[np.array([v == key[f] for v in values], dtype=bool)]
        if not len(pos):
            return None
        best = _best_span(self.col(table, "start")[pos], self.col(table, "end")[pos], key)
        return None if best is None else int(pos[best])

    def finish(self) -> CorpusAnalysis:
        for table, name in self._dirty:
            df = self.t[table]
            df[name] = _like(pd.Series(self._cols[(table, name)], index=df.index), df[name])
        for table in self.KEYED:
            if not self.keep[table].all():
                self.t[table] = self.t[table].iloc[np.flatnonzero(self.keep[table])]
        self.t["actors"] = _recount(self.t)
        return CorpusAnalysis(**self.t)


def _like(values: pd.Series, original: pd.Series) -> pd.Series:
    """`values` in the dtype of `original` where it can hold them (missing values included)."""
    try:
        return values.astype(original.dtype)
    except (TypeError, ValueError):
        return values


def _best_span(starts: np.ndarray, ends: np.ndarray, key: dict) -> int | None:
    """Index of the span `key` names among (starts, ends): the same offsets, else the one that
    overlaps it most if that covers at least half of it."""
    exact = np.flatnonzero((starts == key["start"]) & (ends == key["end"]))
    if exact.size:
        return int(exact[0])
    overlap = np.clip(np.minimum(ends, key["end"]) - np.maximum(starts, key["start"]), 0, None)
    overlap = np.nan_to_num(overlap, nan=0.0)
    best = int(np.argmax(overlap))
    return best if overlap[best] * 2 >= max(1, key["end"] - key["start"]) else None


def _rename_actor(ov: _Overlay, old: str, new: str) -> None:
    for table, col in (("mentions", "actor"), ("statements", "speaker"), ("stances", "source"), ("stances", "target")):
        positions = np.flatnonzero(ov.col(table, col) == old)
        if table == "mentions":
            ov.moved_mentions(old, new, int(ov.keep["mentions"][positions].sum()))
        ov.set(table, col, positions, new)


def _apply_merge(ov: _Overlay, a: dict) -> bool:
    into = a["into"].strip()
    names = [n for n in a["names"] if n != into]
    known = ov.actor_names()
    if not any(n in known for n in a["names"]):
        return False
    for n in names:
        _rename_actor(ov, n, into)
    actors = ov.t["actors"]
    if into not in known:
        first = actors[actors["name"].isin(a["names"])].iloc[[0]].copy()
        first["name"] = into
        actors = pd.concat([actors, first], ignore_index=True)
    ov.set_actors(merge_actor_rows(actors, {n: into for n in names}))
    return True


def _alias_form(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def _with_new_actor(actors: pd.DataFrame, name: str, kind: str = "", aliases: list[str] | None = None) -> pd.DataFrame:
    """`actors` plus a row for an actor the analyst introduced (`_recount` fills in its counts)."""
    row = {"name": name, "type": kind, "aliases": aliases or [], "roles": [], "n_mentions": 0, "n_statements": 0}
    return pd.concat([actors, pd.DataFrame([row], columns=actors.columns)], ignore_index=True)


def _of_actor_with_alias(ov: _Overlay, table: str, actor_col: str, text_col: str, actor: str, alias: str) -> list[int]:
    norm = _alias_form(alias)
    texts = ov.col(table, text_col)
    return [int(p) for p in ov.live(table, ov.col(table, actor_col) == actor)
            if texts[p] is not None and _alias_form(texts[p]) == norm]


def _apply_split(ov: _Overlay, a: dict) -> bool:
    actor, alias = a["actor"], a["alias"]
    new = str(a.get("new_name") or alias).strip()
    m_pos = _of_actor_with_alias(ov, "mentions", "actor", "text", actor, alias)
    s_pos = _of_actor_with_alias(ov, "statements", "speaker", "speaker_mention", actor, alias)
    if not m_pos and not s_pos:
        return False
    ov.set("mentions", "actor", m_pos, new)
    ov.moved_mentions(actor, new, len(m_pos))
    ov.set("statements", "speaker", s_pos, new)
    ids, index = ov.col("statements", "article_id"), ov.col("statements", "index")
    for aid in {ids[p] for p in s_pos}:
        moved = {index[p] for p in s_pos if ids[p] == aid}
        st = ov.positions("stances", aid)
        hit = (ov.col("stances", "source")[st] == actor) & np.isin(ov.col("stances", "statement_index")[st], list(moved))
        ov.set("stances", "source", st[hit], new)
    actors = ov.t["actors"]
    row = actors[actors["name"] == actor]
    if not row.empty:
        i = row.index[0]
        norm = _alias_form(alias)
        actors.at[i, "aliases"] = [x for x in actors.at[i, "aliases"] if _alias_form(x) != norm]
    if new not in ov.actor_names():
        kind = row["type"].iloc[0] if not row.empty else ""
        actors = _with_new_actor(actors, new, kind, [alias] if alias != new else [])
    ov.set_actors(actors)
    return True


def _stance_positions(ov: _Overlay, article_id: str, index: float, source: Any = None) -> np.ndarray:
    """Positions of the stances of one statement (optionally only those from `source`)."""
    st = ov.positions("stances", article_id)
    hit = ov.col("stances", "statement_index")[st] == index
    if source is not None:
        hit &= ov.col("stances", "source")[st] == source
    return st[hit]


def _apply_reassign(ov: _Overlay, a: dict) -> bool:
    key = a["statement"]
    i = ov.find("statements", key)
    if i is None:
        return False
    speaker = a["speaker"].strip()
    old = ov.col("statements", "speaker")[i]
    ov.set("statements", "speaker", [i], speaker)
    ov.set("stances", "source", _stance_positions(ov, key["article_id"], ov.col("statements", "index")[i], old), speaker)
    if speaker not in ov.actor_names():
        ov.set_actors(_with_new_actor(ov.t["actors"], speaker))
    return True


def _drop_actor(ov: _Overlay, actor: str) -> None:
    """The actor has no mention left: its statements lose their speaker, its stances go."""
    ov.set("statements", "speaker", np.flatnonzero(ov.col("statements", "speaker") == actor), None)
    ov.drop("stances", ov.live("stances", (ov.col("stances", "target") == actor) | (ov.col("stances", "source") == actor)))
    ov.set_actors(ov.t["actors"][ov.t["actors"]["name"] != actor])


def _apply_not_actor(ov: _Overlay, a: dict) -> bool:
    if "mention" in a:
        key = a["mention"]
        i = ov.find("mentions", key)
        if i is None:
            return False
        actor, start = ov.col("mentions", "actor")[i], ov.col("mentions", "start")[i]
        s = ov.positions("statements", key["article_id"])
        spoken = (ov.col("statements", "speaker")[s] == actor) & (ov.col("statements", "speaker_start")[s] == start)
        ov.set("statements", "speaker", s[spoken], None)
        ov.drop("mentions", [i])
        if ov.mention_count(actor) > 0:
            return True
    else:
        actor = a["actor"]
        if actor not in ov.actor_names() and ov.mention_count(actor) <= 0:
            return False
        ov.drop("mentions", ov.live("mentions", ov.col("mentions", "actor") == actor))
    _drop_actor(ov, actor)
    return True


def _apply_not_statement(ov: _Overlay, a: dict) -> bool:
    key = a["statement"]
    i = ov.find("statements", key)
    if i is None:
        return False
    ov.drop("stances", _stance_positions(ov, key["article_id"], ov.col("statements", "index")[i]))
    ov.drop("statements", [i])
    return True


def _apply_set_stance(ov: _Overlay, a: dict) -> bool:
    i = ov.find("stances", a["stance"], exact_fields=("target",))
    if i is None:
        return False
    score = a.get("score")
    ov.set("stances", "polarity", [i], a["polarity"])
    ov.set("stances", "score", [i], float(POLARITY_SCORES[a["polarity"]] if score is None else score))
    ov.set("stances", "rule", [i], ANALYST_RULE)
    if "confidence" in ov.t["stances"].columns:
        ov.set("stances", "confidence", [i], 1.0)  # the analyst's own reading: never filtered out
    return True


_APPLY = {
    "merge_actors": _apply_merge,
    "split_actor": _apply_split,
    "reassign_speaker": _apply_reassign,
    "not_actor": _apply_not_actor,
    "not_statement": _apply_not_statement,
    "set_stance": _apply_set_stance,
}


def _recount(t: dict) -> pd.DataFrame:
    actors = t["actors"].reset_index(drop=True)
    n_m = t["mentions"]["actor"].value_counts()
    n_s = t["statements"]["speaker"].dropna().value_counts()
    actors["n_mentions"] = actors["name"].map(n_m).fillna(0).astype(int)
    actors["n_statements"] = actors["name"].map(n_s).fillna(0).astype(int)
    for name in ("mentions", "statements", "stances"):
        t[name] = t[name].reset_index(drop=True)
    return actors


# ---------------------------------------------------------------------------- files

def export_json(corrections: Iterable[Correction], unreadable: Iterable[Any] = ()) -> str:
    """The corrections as a JSON document for download (import with `import_json`); records that
    could not be read are written back as they were, after the others."""
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                       "corrections": [c.to_dict() for c in corrections] + list(unreadable)},
                      ensure_ascii=False, indent=1)


@dataclass
class Imported:
    corrections: list[Correction]
    errors: list[str]  # "correction 3: unknown operation 'x'"
    unreadable: list = field(default_factory=list)  # the records the errors name, as they were


def import_json(text: str | bytes) -> Imported:
    """Read an exported file; bad records are reported one by one, the rest still import."""
    try:
        doc = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        return Imported([], [f"not a JSON file ({str(e)[:200]})"])
    if isinstance(doc, dict) and doc.get("format") == EXPORT_FORMAT:
        records = doc.get("corrections")
    elif isinstance(doc, list):
        records = doc
    else:
        return Imported([], [f"not an ActorLens corrections file (expected format {EXPORT_FORMAT!r})"])
    if not isinstance(records, list):
        return Imported([], ["'corrections' must be a list"])
    out, errors, unreadable = [], [], []
    for n, record in enumerate(records, 1):
        try:
            out.append(from_dict(record))
        except CorrectionError as e:
            errors.append(f"correction {n}: {e}")
            unreadable.append(record)
    return Imported(out, errors, unreadable)


def as_imported(incoming: Iterable[Correction], who: str, when: str | None = None) -> list[Correction]:
    """Records from a file, as `who` imports them now: the file's own who/when (which anyone can
    write into a file) are kept only as "originally by"."""
    when = when or utc_now()
    return [dataclasses.replace(c, who=who, when=when, original_who=c.original_who or c.who,
                                original_when=c.original_when or c.when) for c in incoming]


def merge_lists(existing: list[Correction], incoming: Iterable[Correction]) -> tuple[list[Correction], int]:
    """`existing` plus the incoming records it lacks (by id); the number added."""
    ids = {c.id for c in existing}
    added = [c for c in incoming if c.id not in ids and not ids.add(c.id)]
    return existing + added, len(added)


def undo(corrections: list[Correction], correction_id: str, who: str, when: str | None = None) -> list[Correction]:
    """A new list where the correction is marked undone (it stays, for the audit trail)."""
    out, found = [], False
    for c in corrections:
        if c.id == correction_id and not c.undone:
            c = dataclasses.replace(c, undone=True, undone_by=who, undone_when=when or utc_now())
            found = True
        out.append(c)
    if not found:
        raise CorrectionError(f"no active correction {correction_id!r}")
    return out


class CorrectionsFile:
    """The corrections list as one JSON file in the store folder.

    Writes go to a temporary file that replaces the old one (`os.replace`), so a reader never
    sees half a file; updates hold an exclusive lock so two editors never lose each other's work.
    Records that cannot be read are skipped (and reported) but kept in the file until an editor
    removes them. Messages name the file by `name` (relative to the store), never by its full
    path, since they are shown to every analyst.
    """

    def __init__(self, path, prepare=None, name: str | None = None):
        from .objectstore import S3Path

        self.path = path if isinstance(path, S3Path) else Path(path)  # a store on object storage
        self.name = name or self.path.name
        self._prepare = prepare  # called before the first write (e.g. creates the store)

    @classmethod
    def in_store(cls, store_dir: str | os.PathLike) -> "CorrectionsFile":
        return cls(Path(store_dir) / FILE_NAME)

    def read_report(self) -> Imported:
        """The readable records and what is wrong with the others; a file that cannot be read
        as a whole raises `CorrectionError` naming it."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Imported([], [])
        except (OSError, UnicodeDecodeError) as e:
            reason = e.reason if isinstance(e, UnicodeDecodeError) else (e.strerror or type(e).__name__)
            raise CorrectionError(f"{self.name}: cannot be read ({reason})") from None
        result = import_json(text)
        if result.errors and not result.corrections and not result.unreadable:
            raise CorrectionError(f"{self.name}: {result.errors[0]}")
        return result

    def read(self) -> list[Correction]:
        """The stored corrections that can be read; a damaged file raises `CorrectionError`."""
        return self.read_report().corrections

    def version(self) -> str:
        """Changes whenever the file does, in every process (for caching the corrected corpus)."""
        from .objectstore import file_version

        return file_version(self.path)

    def write(self, corrections: list[Correction], unreadable: Iterable[Any] = ()) -> None:
        if not isinstance(self.path, Path):  # an object is replaced whole
            self.path.write_text(export_json(corrections, unreadable))
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".corrections-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(export_json(corrections, unreadable))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if self._prepare:
            self._prepare()
        if not isinstance(self.path, Path):  # object storage: a lease object, as the store's writer lock
            from .objectstore import LeaseLock

            with LeaseLock(self.path.with_name(self.path.name + ".lock")).held():
                yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            try:
                import fcntl
            except ImportError:  # Windows: atomic replace still keeps the file whole
                yield
                return
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def add(self, *new: Correction) -> list[Correction]:
        with self._locked():
            current = self.read_report()
            merged, _ = merge_lists(current.corrections, new)
            self.write(merged, current.unreadable)
            return merged

    def undo(self, correction_id: str, who: str) -> list[Correction]:
        with self._locked():
            current = self.read_report()
            out = undo(current.corrections, correction_id, who)
            self.write(out, current.unreadable)
            return out

    def import_(self, incoming: Iterable[Correction], who: str | None = None) -> int:
        """Add the records the file lacks; with `who`, as imported by `who` now (`as_imported`)."""
        incoming = list(incoming)
        if who is not None:
            incoming = as_imported(incoming, who)
        with self._locked():
            current = self.read_report()
            merged, n = merge_lists(current.corrections, incoming)
            self.write(merged, current.unreadable)
            return n

    def drop_unreadable(self) -> int:
        """Remove the records that cannot be read (an editor's decision); how many went."""
        with self._locked():
            current = self.read_report()
            self.write(current.corrections)
            return len(current.unreadable)


def store_file(store_path: str | os.PathLike | None = None) -> CorrectionsFile:
    """The corrections document of the store (`docs/corrections.json` under ACTORLENS_STORE).

    It has its own lock, not the store's writer lock, so an editor is never kept waiting by a
    long ingest; the store folder is created (marked as a store) before the first write.
    """
    from .store import Store

    store = Store(store_path)

    def prepare() -> None:
        if not store.marker.exists():
            with store.writer():
                pass

    return CorrectionsFile(store.path / "docs" / FILE_NAME, prepare=prepare, name=f"docs/{FILE_NAME}")


def apply_stored(corpus: CorpusAnalysis, store_path: str | os.PathLike | None = None) -> CorpusAnalysis:
    """The corpus with the store's corrections applied; the machine output if they cannot be read.

    Never raises for a damaged corrections file (the Corrections page shows the error), so every
    page still loads.
    """
    try:
        records = store_file(store_path).read()
    except Exception:
        return corpus
    return apply_corrections(corpus, records)


def _short(text: Any, n: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def describe(c: Correction) -> str:
    """One line a person can read: what the correction does."""
    a = c.args
    if c.op == "merge_actors":
        return f"merge {', '.join(a['names'])} into {a['into']}"
    if c.op == "split_actor":
        return f"split “{a['alias']}” off {a['actor']} as {a.get('new_name') or a['alias']}"
    if c.op == "reassign_speaker":
        return f"speaker of “{_short(a['statement'].get('text'))}” is {a['speaker']}"
    if c.op == "not_actor":
        if "mention" in a:
            return f"mention “{_short(a['mention'].get('text'))}” is not an actor"
        return f"{a['actor']} is not an actor"
    if c.op == "not_statement":
        return f"“{_short(a['statement'].get('text'))}” is not a statement"
    k = a["stance"]
    score = "" if a.get("score") is None else f" ({a['score']:+.2f})"
    return f"stance {k.get('source')} → {k.get('target')} is {a['polarity']}{score}"


def table(corrections: Iterable[Correction], stale_ids: Iterable[str] = (),
          failed: dict[str, str] | None = None) -> pd.DataFrame:
    """Corrections as rows for display: newest first, with a status (active, undone, stale,
    failed) and, for imported ones, who made them originally."""
    stale, failed = set(stale_ids), failed or {}
    rows = [{"when": c.when, "who": c.who, "correction": describe(c),
             "status": ("undone" if c.undone else f"failed: {failed[c.id]}" if c.id in failed
                        else "stale" if c.id in stale else "active"),
             "undone by": c.undone_by,
             "originally by": f"{c.original_who} ({c.original_when})" if c.original_who or c.original_when else "",
             "id": c.id, "operation": c.op}
            for c in corrections]
    cols = ["when", "who", "correction", "status", "undone by", "originally by", "id", "operation"]
    return pd.DataFrame(rows, columns=cols).iloc[::-1].reset_index(drop=True)
