"""Anonymous sources are shown the same way on every page: by their description, never as a name
on one page and "(unattributed)" on another (issue 9, section 1)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import query
from analysis.corpus import CorpusAnalysis, _frame
from analysis.types import COLUMNS


@pytest.mark.parametrize("speaker, kind, role, mention, shown", [
    ("Ana Sousa", "name", "Finance Minister", "Finance Minister Ana Sousa", "Ana Sousa"),
    (None, "anonymous", "fire authorities", "Fire authorities", "fire authorities (unnamed)"),
    (None, "anonymous", "", "A senior official", "senior official (unnamed)"),
    (None, "anonymous", "spokesman for Minister Jonas Berg", "A spokesman for Minister Jonas Berg",
     "spokesman for Minister Jonas Berg (unnamed)"),
    (None, "pronoun", "", "he", query.UNATTRIBUTED),  # nobody found for "he": not a name
    (float("nan"), "", "", "", query.UNATTRIBUTED),
])
def test_speaker_label(speaker, kind, role, mention, shown):
    assert query.speaker_label(speaker, kind, role, mention) == shown


def test_the_who_said_what_table_shows_described_sources():
    statements = pd.DataFrame([
        {"id": "a:0", "article_id": "a", "index": 0, "kind": "indirect", "text": "the blaze was under control",
         "start": 0, "end": 10, "spans": [[0, 10]], "speaker": None, "speaker_kind": "anonymous",
         "speaker_mention": "Fire authorities", "role": "fire authorities", "sentence": ""},
        {"id": "a:1", "article_id": "a", "index": 1, "kind": "direct", "text": "We were lucky",
         "start": 20, "end": 30, "spans": [[20, 30]], "speaker": "Ana Sousa", "speaker_kind": "name",
         "speaker_mention": "Ana Sousa", "role": "", "sentence": ""},
    ], columns=COLUMNS["statements"])
    articles = pd.DataFrame([{"id": "a", "title": "Fire", "date": "2025-01-01", "source": "Wire", "text": "x"}],
                            columns=COLUMNS["articles"])
    corpus = CorpusAnalysis(articles, _frame([], "mentions"), _frame([], "actors"), statements,
                            _frame([], "stances"))
    table = query.statement_table(corpus)
    assert table["speaker"].tolist() == ["fire authorities (unnamed)", "Ana Sousa"]
    assert query.filter_statements(table, speakers=["fire authorities (unnamed)"])["id"].tolist() == ["a:0"]
