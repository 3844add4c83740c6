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
from typing import Any, Iterable, Iterator

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


_REQUIRED = {
    "merge_actors": ("names", "into"),
    "split_actor": ("actor", "alias"),
    "reassign_speaker": ("statement", "speaker"),
    "not_actor": (),
    "not_statement": ("statement",),
    "set_stance": ("stance", "polarity"),
}
_KEY_FIELDS = ("article_id", "start", "end")


def _check_key(key: Any, what: str) -> None:
    if not isinstance(key, dict) or any(k not in key for k in _KEY_FIELDS):
        raise CorrectionError(f"{what} must be an object with article_id, start and end")
    if not isinstance(key["start"], int) or not isinstance(key["end"], int) or key["start"] > key["end"]:
        raise CorrectionError(f"{what} has bad offsets")


def validate(c: Correction) -> None:
    """Raise `CorrectionError` for a record that `apply_corrections` could not apply."""
    if c.op not in OPS:
        raise CorrectionError(f"unknown operation {c.op!r}")
    if not isinstance(c.args, dict):
        raise CorrectionError("args must be an object")
    missing = [k for k in _REQUIRED[c.op] if k not in c.args]
    if missing:
        raise CorrectionError(f"{c.op} lacks {', '.join(missing)}")
    a = c.args
    if c.op == "merge_actors":
        if not isinstance(a["names"], list) or len(a["names"]) < 2 or not all(isinstance(n, str) and n for n in a["names"]):
            raise CorrectionError("merge_actors needs at least two actor names")
        if not isinstance(a["into"], str) or not a["into"].strip():
            raise CorrectionError("merge_actors needs a name to merge into")
    elif c.op == "split_actor":
        if not a["actor"] or not a["alias"] or not str(a.get("new_name", a["alias"])).strip():
            raise CorrectionError("split_actor needs an actor, an alias and a new name")
    elif c.op == "reassign_speaker":
        _check_key(a["statement"], "statement")
        if not isinstance(a["speaker"], str) or not a["speaker"].strip():
            raise CorrectionError("reassign_speaker needs a speaker name")
    elif c.op == "not_actor":
        if "mention" in a:
            _check_key(a["mention"], "mention")
        elif not isinstance(a.get("actor"), str) or not a["actor"]:
            raise CorrectionError("not_actor needs a mention or an actor")
    elif c.op == "not_statement":
        _check_key(a["statement"], "statement")
    elif c.op == "set_stance":
        _check_key(a["stance"], "stance")
        if a["polarity"] not in POLARITY_SCORES:
            raise CorrectionError("polarity must be positive, negative or neutral")
        score = a.get("score")
        if score is not None and (not isinstance(score, (int, float)) or not -1 <= score <= 1):
            raise CorrectionError("score must be a number in [-1, 1]")
    if not isinstance(c.who, str) or not isinstance(c.when, str) or not isinstance(c.id, str) or not c.id:
        raise CorrectionError("who, when and id must be strings")


def from_dict(d: Any) -> Correction:
    if not isinstance(d, dict):
        raise CorrectionError("a correction must be a JSON object")
    names = {f.name for f in dataclasses.fields(Correction)}
    unknown = set(d) - names
    if unknown:
        raise CorrectionError(f"unknown fields {', '.join(sorted(unknown))}")
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


def _overlap(a0: int, a1: int, b0: pd.Series, b1: pd.Series) -> pd.Series:
    return (b1.clip(upper=a1) - b0.clip(lower=a0)).clip(lower=0)


def find_row(df: pd.DataFrame, key: dict, *, exact_fields: tuple[str, ...] = ()) -> Any:
    """Index label of the row `key` names, or None.

    Same offsets win; otherwise the row of the same article (and same `exact_fields`) that
    overlaps the keyed span most, if it covers at least half of it — so a correction survives a
    re-analysis that moves a boundary by a few characters.
    """
    if df.empty:
        return None
    cand = df[df["article_id"] == key["article_id"]]
    for f in exact_fields:
        if f in key:
            cand = cand[cand[f].astype(object).where(cand[f].notna(), None) == key[f]]
    if cand.empty:
        return None
    exact = cand[(cand["start"] == key["start"]) & (cand["end"] == key["end"])]
    if not exact.empty:
        return exact.index[0]
    length = max(1, key["end"] - key["start"])
    ov = _overlap(key["start"], key["end"], cand["start"].astype(int), cand["end"].astype(int))
    best = ov.idxmax()
    return best if ov[best] * 2 >= length else None


# ---------------------------------------------------------------------------- applying

@dataclass
class Applied:
    corpus: CorpusAnalysis
    applied: list[Correction]
    stale: list[Correction]  # active corrections whose target is not in this corpus


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
    todo = active(corrections)
    if not todo:
        return Applied(corpus, [], [])
    t = {name: df.copy() for name, df in corpus.tables().items()}
    applied, stale = [], []
    for c in todo:
        (applied if _APPLY[c.op](t, c.args) else stale).append(c)
    t["actors"] = _recount(t)
    return Applied(CorpusAnalysis(**t), applied, stale)


def _rename_actor(t: dict, old: str, new: str) -> None:
    for table, col in (("mentions", "actor"), ("statements", "speaker"), ("stances", "source"), ("stances", "target")):
        df = t[table]
        df.loc[df[col] == old, col] = new


def _apply_merge(t: dict, a: dict) -> bool:
    into = a["into"].strip()
    names = [n for n in a["names"] if n != into]
    known = set(t["actors"]["name"])
    if not any(n in known for n in a["names"]):
        return False
    for n in names:
        _rename_actor(t, n, into)
    actors = t["actors"]
    if into not in known:
        first = actors[actors["name"].isin(a["names"])].iloc[[0]].copy()
        first["name"] = into
        actors = pd.concat([actors, first], ignore_index=True)
    t["actors"] = merge_actor_rows(actors, {n: into for n in names})
    return True


def _alias_form(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def _same_alias(series: pd.Series, alias: str) -> pd.Series:
    return series.fillna("").map(_alias_form) == _alias_form(alias)


def _with_new_actor(actors: pd.DataFrame, name: str, kind: str = "", aliases: list[str] | None = None) -> pd.DataFrame:
    """`actors` plus a row for an actor the analyst introduced (`_recount` fills in its counts)."""
    row = {"name": name, "type": kind, "aliases": aliases or [], "roles": [], "n_mentions": 0, "n_statements": 0}
    return pd.concat([actors, pd.DataFrame([row], columns=actors.columns)], ignore_index=True)


def _apply_split(t: dict, a: dict) -> bool:
    actor, alias = a["actor"], a["alias"]
    new = str(a.get("new_name") or alias).strip()
    m, s, st = t["mentions"], t["statements"], t["stances"]
    m_mask = (m["actor"] == actor) & _same_alias(m["text"], alias)
    s_mask = (s["speaker"] == actor) & _same_alias(s["speaker_mention"], alias)
    if not m_mask.any() and not s_mask.any():
        return False
    m.loc[m_mask, "actor"] = new
    moved = set(zip(s.loc[s_mask, "article_id"], s.loc[s_mask, "index"]))
    s.loc[s_mask, "speaker"] = new
    if moved:
        st_mask = (st["source"] == actor) & pd.Series(
            [(aid, idx) in moved for aid, idx in zip(st["article_id"], st["statement_index"])], index=st.index, dtype=bool)
        st.loc[st_mask, "source"] = new
    actors = t["actors"]
    row = actors[actors["name"] == actor]
    if not row.empty:
        i = row.index[0]
        norm = _alias_form(alias)
        actors.at[i, "aliases"] = [x for x in actors.at[i, "aliases"] if _alias_form(x) != norm]
    if new not in set(actors["name"]):
        kind = row["type"].iloc[0] if not row.empty else ""
        actors = _with_new_actor(actors, new, kind, [alias] if alias != new else [])
    t["actors"] = actors
    return True


def _stances_of(t: dict, article_id: str, index: Any) -> pd.Series:
    st = t["stances"]
    return (st["article_id"] == article_id) & (st["statement_index"] == index)


def _apply_reassign(t: dict, a: dict) -> bool:
    s = t["statements"]
    i = find_row(s, a["statement"])
    if i is None:
        return False
    speaker = a["speaker"].strip()
    old = s.at[i, "speaker"]
    s.at[i, "speaker"] = speaker
    st = t["stances"]
    mask = _stances_of(t, s.at[i, "article_id"], s.at[i, "index"])
    if old is not None and not (isinstance(old, float) and pd.isna(old)):
        mask &= st["source"] == old
    st.loc[mask, "source"] = speaker
    if speaker not in set(t["actors"]["name"]):
        t["actors"] = _with_new_actor(t["actors"], speaker)
    return True


def _apply_not_actor(t: dict, a: dict) -> bool:
    m = t["mentions"]
    if "mention" in a:
        i = find_row(m, a["mention"])
        if i is None:
            return False
        actor = m.at[i, "actor"]
        s = t["statements"]
        key = a["mention"]
        spoken = (s["article_id"] == key["article_id"]) & (s["speaker"] == actor) & (
            s["speaker_start"].astype("float") == float(m.at[i, "start"]))
        s.loc[spoken, "speaker"] = None
        t["mentions"] = m.drop(index=i)
        if (t["mentions"]["actor"] == actor).any():
            return True
    else:
        actor = a["actor"]
        if actor not in set(t["actors"]["name"]) and not (m["actor"] == actor).any():
            return False
        t["mentions"] = m[m["actor"] != actor]
    s, st = t["statements"], t["stances"]
    s.loc[s["speaker"] == actor, "speaker"] = None
    t["stances"] = st[(st["target"] != actor) & (st["source"] != actor)]
    t["actors"] = t["actors"][t["actors"]["name"] != actor]
    return True


def _apply_not_statement(t: dict, a: dict) -> bool:
    s = t["statements"]
    i = find_row(s, a["statement"])
    if i is None:
        return False
    mask = _stances_of(t, s.at[i, "article_id"], s.at[i, "index"])
    t["stances"] = t["stances"][~mask]
    t["statements"] = s.drop(index=i)
    return True


def _apply_set_stance(t: dict, a: dict) -> bool:
    st = t["stances"]
    i = find_row(st, a["stance"], exact_fields=("target",))
    if i is None:
        return False
    score = a.get("score")
    st.at[i, "polarity"] = a["polarity"]
    st.at[i, "score"] = float(POLARITY_SCORES[a["polarity"]] if score is None else score)
    st.at[i, "rule"] = ANALYST_RULE
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

def export_json(corrections: Iterable[Correction]) -> str:
    """The corrections as a JSON document for download (import with `import_json`)."""
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                       "corrections": [c.to_dict() for c in corrections]}, ensure_ascii=False, indent=1)


@dataclass
class Imported:
    corrections: list[Correction]
    errors: list[str]  # "correction 3: unknown operation 'x'"


def import_json(text: str | bytes) -> Imported:
    """Read an exported file; bad records are reported one by one, the rest still import."""
    try:
        doc = json.loads(text)
    except (ValueError, UnicodeDecodeError) as e:
        return Imported([], [f"not a JSON file ({e})"])
    if isinstance(doc, dict) and doc.get("format") == EXPORT_FORMAT:
        records = doc.get("corrections")
    elif isinstance(doc, list):
        records = doc
    else:
        return Imported([], [f"not an ActorLens corrections file (expected format {EXPORT_FORMAT!r})"])
    if not isinstance(records, list):
        return Imported([], ["'corrections' must be a list"])
    out, errors = [], []
    for n, record in enumerate(records, 1):
        try:
            out.append(from_dict(record))
        except CorrectionError as e:
            errors.append(f"correction {n}: {e}")
    return Imported(out, errors)


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
    """

    def __init__(self, path: str | os.PathLike, prepare=None):
        self.path = Path(path)
        self._prepare = prepare  # called before the first write (e.g. creates the store)

    @classmethod
    def in_store(cls, store_dir: str | os.PathLike) -> "CorrectionsFile":
        return cls(Path(store_dir) / FILE_NAME)

    def read(self) -> list[Correction]:
        """The stored corrections; a damaged file raises `CorrectionError` naming it."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as e:
            raise CorrectionError(f"{self.path}: cannot read ({e})") from None
        result = import_json(text)
        if result.errors:
            raise CorrectionError(f"{self.path}: {result.errors[0]}")
        return result.corrections

    def version(self) -> str:
        """Changes whenever the file does (for caching the corrected corpus)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return "absent"
        return f"{st.st_mtime_ns}-{st.st_size}"

    def write(self, corrections: list[Correction]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".corrections-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(export_json(corrections))
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
            merged, _ = merge_lists(self.read(), new)
            self.write(merged)
            return merged

    def undo(self, correction_id: str, who: str) -> list[Correction]:
        with self._locked():
            out = undo(self.read(), correction_id, who)
            self.write(out)
            return out

    def import_(self, incoming: Iterable[Correction]) -> int:
        with self._locked():
            merged, n = merge_lists(self.read(), incoming)
            self.write(merged)
            return n


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

    return CorrectionsFile(store.path / "docs" / FILE_NAME, prepare=prepare)


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


def table(corrections: Iterable[Correction], stale_ids: Iterable[str] = ()) -> pd.DataFrame:
    """Corrections as rows for display: newest first, with a status (active, undone, stale)."""
    stale = set(stale_ids)
    rows = [{"when": c.when, "who": c.who, "correction": describe(c),
             "status": "undone" if c.undone else "stale" if c.id in stale else "active",
             "undone by": c.undone_by, "id": c.id, "operation": c.op}
            for c in corrections]
    cols = ["when", "who", "correction", "status", "undone by", "id", "operation"]
    return pd.DataFrame(rows, columns=cols).iloc[::-1].reset_index(drop=True)
