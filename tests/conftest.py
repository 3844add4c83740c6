"""Shared fixtures: one spaCy pipeline per test session (textacy style)."""
from __future__ import annotations

import pytest

from analysis.pipeline import load_nlp
from analysis.settings import SEED_DIR


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def seed_dir():
    return SEED_DIR
