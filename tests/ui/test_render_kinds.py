"""Every statement kind the analysis produces has its own colour and a key in the reader's legend."""
from __future__ import annotations

import pytest

from analysis.types import REPORTED_KINDS
from ui import render


@pytest.mark.parametrize("kind", sorted(REPORTED_KINDS))
def test_each_reported_kind_has_its_own_style(kind):
    assert f".al-stmt.al-{kind}{{" in render.STYLE and f"al-key-{kind}" in render.STYLE


@pytest.mark.parametrize("words", ["direct quote", "reported speech", "stated position"])
def test_the_legend_names_each_kind_in_plain_words(words):
    assert words in render.highlight_legend(render.LAYERS)
