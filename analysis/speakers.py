"""Speaker mention → actor (STUB: replaced by the speakers work)."""
from __future__ import annotations


def resolve_speakers(doc, statements, mentions, actors) -> None:
    return None
