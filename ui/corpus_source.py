"""Which corpus a session looks at: the seed, uploaded files, a server folder, or the store.

The choice is a small value (`CorpusChoice`) that round-trips through the `corpus` query
parameter (uploads excepted: their bytes live only in the uploader's session). Loading is plain
`analysis.loading`; this module adds no parsing of its own.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from analysis import loading, settings

SEED = "seed"
UPLOAD = "upload"
FOLDER = "folder"
STORE = "store"

_LOG = logging.getLogger(__name__)
MAX_FOLDER_CHARS = 1024
MAX_FOLDER_PART_CHARS = 255
KIND_LABELS = {SEED: "Seed corpus", UPLOAD: "Upload files", FOLDER: "Server folder", STORE: "Analysis store"}


@dataclass(frozen=True)
class CorpusChoice:
    kind: str = SEED
    value: str = ""  # folder: path under a data root; upload: the file names

    @property
    def param(self) -> str | None:
        """The `corpus` query parameter, or None when the choice cannot be shared (uploads)."""
        if self.kind == FOLDER:
            return f"{FOLDER}:{self.value}"
        return None if self.kind == UPLOAD else self.kind

    @property
    def label(self) -> str:
        if self.kind == FOLDER:
            value = self.value if len(self.value) <= 80 else self.value[:79] + "…"
            return f"server folder {value or '.'}"
        if self.kind == UPLOAD:
            return f"uploaded: {self.value}" if self.value else "uploaded files"
        return KIND_LABELS[self.kind].lower()


def parse_choice(param: str | None, default: str = "") -> CorpusChoice:
    """`seed`, `store`, `folder:<relpath>` (or a bare relpath in the ACTORLENS_CORPUS setting)."""
    text = (param or default or SEED).strip()
    if text in (SEED, STORE):
        return CorpusChoice(text)
    if text.startswith(f"{FOLDER}:"):
        return CorpusChoice(FOLDER, text.split(":", 1)[1].strip())
    if text == UPLOAD:
        return CorpusChoice(SEED)
    return CorpusChoice(FOLDER, text)


def store_available() -> bool:
    return importlib.util.find_spec("analysis.store") is not None


def available_kinds(*, roots: list[Path], store: bool) -> list[str]:
    kinds = [SEED, UPLOAD]
    if roots:
        kinds.append(FOLDER)
    if store:
        kinds.append(STORE)
    return kinds


def load_choice(choice: CorpusChoice, *, roots: list[Path], max_bytes: int | None = None) -> loading.LoadResult:
    """Articles and load errors of a seed or server-folder choice (never raises for bad input)."""
    if choice.kind == SEED:
        return loading.load_paths([settings.SEED_DIR], max_bytes=max_bytes)
    if choice.kind == FOLDER:
        problem = folder_problem(choice.value)
        shown = choice.value if len(choice.value) <= 80 else choice.value[:79] + "…"
        if problem:
            return loading.LoadResult(errors=[loading.load_error(shown, None, problem)])
        try:
            result = loading.load_under_roots(choice.value, roots, max_bytes=max_bytes)
        except OSError as e:  # a name the file system refuses (too long, bad characters)
            _LOG.warning("server folder %r: %s", choice.value[:200], e)
            return loading.LoadResult(errors=[loading.load_error(shown, None, e.strerror or type(e).__name__)])
        return dataclasses.replace(result, errors=[relative_error(e, roots) for e in result.errors])
    raise ValueError(f"{choice.kind} corpora are not loaded from files")


def folder_problem(value: str) -> str | None:
    """Why a `folder:` value cannot name a folder (before the file system is asked), or None."""
    if len(value) > MAX_FOLDER_CHARS:
        return f"folder names have at most {MAX_FOLDER_CHARS} characters"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return "folder names cannot contain control characters"
    if any(len(part) > MAX_FOLDER_PART_CHARS for part in value.replace("\\", "/").split("/")):
        return f"each part of a folder name has at most {MAX_FOLDER_PART_CHARS} characters"
    return None


def public_path(path: str, roots: Iterable[Path] = (), store: Path | None = None) -> str:
    """`path` as every analyst may see it: relative to the data root (or the store) that holds
    it, else only its last part; the server's own folders stay in the server log."""
    if not os.path.isabs(path):
        return path
    candidate = Path(path)
    for base, prefix in [*((Path(r), "") for r in roots), *([(Path(store), "store/")] if store else [])]:
        for b in {base, base.resolve()}:
            if candidate.is_relative_to(b):
                return prefix + (candidate.relative_to(b).as_posix() or ".")
    return candidate.name


def public_files(paths: Iterable) -> list[str]:
    """`public_path` of each path under the configured data roots and store: what a page shows
    for the files load errors name (errors the CLI ingested into the store carry full paths)."""
    from analysis.store import Store

    from .setup import secrets

    texts = ["" if p is None else str(p) for p in paths]
    try:
        roots, store = loading.data_roots(secrets()), Store().path
    except Exception:  # noqa: BLE001 - a bad setting must not hide the error list
        return [Path(t).name for t in texts]
    return [public_path(t, roots, store) for t in texts]


def public_message(text: str, roots: Iterable[Path] = (), store=None) -> str:
    """A message with the server paths it names (data roots, the store: a folder or an `s3://`
    location) replaced by public ones."""
    store = Path(store) if store and not hasattr(store, "resolve") else store
    store_names = {str(store), str(store.resolve())} if store else set()
    bases = sorted({str(p) for r in roots for p in (Path(r), Path(r).resolve())} | store_names,
                   key=len, reverse=True)
    for base in bases:
        if base and base != "/" and base in text:
            is_store = base in store_names
            label = f"the store ({store.name})" if is_store else "the data root"
            text = text.replace(base, label)
    return text


def relative_error(error, roots: Iterable[Path]):
    """A load error naming its file relative to the data root (the full path goes to the log)."""
    shown = public_path(error.file, roots)
    if shown == error.file:
        return error
    _LOG.info("load error in %s: %s", error.file, error.reason)
    return dataclasses.replace(error, file=shown, reason=public_message(error.reason, roots))


def load_uploaded(files: Iterable[tuple[str, bytes]], *, max_bytes: int | None = None) -> loading.LoadResult:
    """Uploaded (name, bytes) pairs → articles; oversized, binary or unknown files become errors."""
    return loading.load_uploads(list(files), max_bytes=max_bytes)


def folder_options(roots: list[Path], *, depth: int = 2, limit: int = 200) -> list[str]:
    """Folders under the data roots, as relative paths an analyst can pick ("." is a root itself)."""
    out: list[str] = []
    for root in roots:
        root = Path(root).resolve()
        frontier = [root]
        for _ in range(depth):
            nxt = []
            for d in frontier:
                try:
                    children = sorted(p for p in d.iterdir() if p.is_dir() and not p.name.startswith("."))
                except OSError:
                    continue
                for c in children:
                    if c.resolve().is_relative_to(root):
                        out.append(c.relative_to(root).as_posix())
                        nxt.append(c)
            frontier = nxt
    return ["."] + sorted(set(out))[: limit - 1]


def ingest_into_store(articles, errors=(), *, on_progress=None):
    """Add articles to the shared analysis store (ACTORLENS_STORE); unchanged ones are skipped.

    Returns the ingest summary (new, unchanged, failed). `on_progress(done, total)` as in ingest.
    """
    from analysis.ingest import ingest_articles
    from analysis.store import Store

    return ingest_articles(list(articles), Store(), list(errors), on_progress=on_progress, engine="isolated")
