"""Which corpus a session looks at: the seed, uploaded files, a server folder, or the store.

The choice is a small value (`CorpusChoice`) that round-trips through the `corpus` query
parameter (uploads excepted: their bytes live only in the uploader's session). Loading is plain
`analysis.loading`; this module adds no parsing of its own.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from analysis import loading, settings

SEED = "seed"
UPLOAD = "upload"
FOLDER = "folder"
STORE = "store"

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
            return f"server folder {self.value or '.'}"
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
        return loading.load_under_roots(choice.value, roots, max_bytes=max_bytes)
    raise ValueError(f"{choice.kind} corpora are not loaded from files")


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

    return ingest_articles(list(articles), Store(), list(errors), on_progress=on_progress)
