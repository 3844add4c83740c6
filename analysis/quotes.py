"""Statements: direct quotes and reported speech (STUB: replaced by the quotes work)."""
from __future__ import annotations

import re

from .types import Statement

_QUOTE = re.compile(r"[“\"«„]([^”\"»“]{3,}?)[”\"»“]")


def find_statements(doc, article_id: str) -> list[Statement]:
    out = []
    for m in _QUOTE.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        sent = span.sent if span is not None else None
        out.append(Statement(article_id, len(out), "direct", m.group(1), m.start(1), m.end(1),
                             [(m.start(1), m.end(1))],
                             sentence_start=sent.start_char if sent else m.start(),
                             sentence_end=sent.end_char if sent else m.end()))
    return out
