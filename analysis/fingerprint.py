"""One fingerprint of the analysis: what decides whether stored rows are still what ActorLens
would compute today.

It hashes everything that changes the rows of an article: the code of the rule modules, every
lexicon file (`lexicon.files()`), the spaCy model (name, version, spaCy's version), the settings
that change output (`OUTPUT_SETTINGS`, with the content of the analyst's alias table) and the
hand-bumped `types.ANALYSIS_VERSION`. It is part of every store key (`store.article_key`), of the
store's link cache and outdated count, and of every dashboard cache key, so an upgrade or a
setting change is never served from old rows: `ingest` re-analyses what is outdated.

Files are hashed once per process per (path, size, mtime), so computing it on every dashboard
rerun costs a directory listing and a few stats, not a read of the code.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
from functools import lru_cache
from pathlib import Path

from . import lexicon, settings, types

PACKAGE_DIR = Path(__file__).resolve().parent

RULE_MODULES = ("actors", "corpus", "datelines", "docarrays", "lexicon", "pipeline", "quotes", "relations",
                "speakers", "stance", "types")
"""The modules whose code produces an article's rows (loading and the store only carry them)."""

OUTPUT_SETTINGS = ("ACTORLENS_METONYMS", "ACTORLENS_ALIASES")
"""Settings that change the rows; the model setting enters through the model's name and version."""

FILE_SETTINGS = ("ACTORLENS_ALIASES",)
"""Settings naming a file whose content is part of the fingerprint."""

BOOL_SETTINGS = ("ACTORLENS_METONYMS",)
"""Yes/no settings: "1" and "true" are one analysis."""


def _stat_key(p: Path) -> tuple[str, int, int]:
    try:
        st = p.stat()
    except OSError:
        return str(p), -1, -1
    return str(p), st.st_size, st.st_mtime_ns


@lru_cache(maxsize=4096)
def _file_digest(stat_key: tuple[str, int, int]) -> str:
    path, size, _ = stat_key
    if size < 0:
        return "missing"
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def file_digest(p: str | Path) -> str:
    """sha256 of a file's bytes ("missing" when absent), cached by path, size and mtime."""
    return _file_digest(_stat_key(Path(p)))


def _files_digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(f"{p.name}\0{file_digest(p)}\n".encode())
    return h.hexdigest()


def rule_code_digest() -> str:
    return _files_digest([PACKAGE_DIR / f"{m}.py" for m in RULE_MODULES])


def lexicon_digest() -> str:
    return _files_digest(lexicon.files())


@lru_cache(maxsize=16)
def model_version(name: str) -> str:
    """The model's version without loading it: the installed package's, or a folder's meta.json."""
    if not name:
        return ""
    p = Path(name).expanduser()
    if (p / "meta.json").is_file():
        try:
            meta = json.loads((p / "meta.json").read_text(encoding="utf-8"))
            return f"{meta.get('name', '')}-{meta.get('version', '')}-{file_digest(p / 'meta.json')[:12]}"
        except (OSError, ValueError):
            return "unreadable"
    for dist in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


@lru_cache(maxsize=1)
def spacy_version() -> str:
    try:
        return importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        return ""


def resolved_model(model: str | None = None) -> str:
    """The model an analysis here would use ("" when none is installed: a dashboard may lack one)."""
    if model:
        return model
    from .pipeline import ModelNotFound, resolve_model_name

    try:
        return resolve_model_name()
    except ModelNotFound:
        return ""


def components(model: str | None = None, secrets=None) -> dict[str, str]:
    """What the fingerprint is made of, by name (tests and `ingest` can say what changed)."""
    model = resolved_model(model)
    out = {
        "analysis_version": types.ANALYSIS_VERSION,
        "rule_code": rule_code_digest(),
        "lexicons": lexicon_digest(),
        "model": model,
        "model_version": model_version(model),
        "spacy": spacy_version(),
    }
    for name in OUTPUT_SETTINGS:
        value = settings.get(name, secrets)
        out[name] = str(settings.get_bool(name, secrets)) if name in BOOL_SETTINGS else value
        if name in FILE_SETTINGS and value.strip():
            out[name + ":content"] = file_digest(Path(value.strip()).expanduser())
    return out


def current(model: str | None = None, secrets=None) -> str:
    """The fingerprint of the analysis this process would run (16 hex digits)."""
    blob = json.dumps(components(model, secrets), sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:16]
