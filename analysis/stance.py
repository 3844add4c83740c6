"""Stance of a source toward a target (STUB: replaced by the stance work)."""
from __future__ import annotations

from .types import Stance


def find_stances(doc, article_id, statements, mentions) -> list[Stance]:
    return []


def target_sentiment(doc, target: tuple[int, int], source: tuple[int, int] | None = None) -> tuple[int, float, str]:
    """Polarity (-1/0/1), score and evidence of the sentence (or the source) toward the target span."""
    return 0, 0.0, ""
