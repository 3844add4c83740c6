"""The seed article's stance rows, as a reader checked them: every clear stance is found and no row
is one a reader would reject (issue 10)."""
from __future__ import annotations

import pytest

from analysis import corpus, loading

REQUIRED = {
    ("State Department", "Raul Castro", "negative"),  # added him to the sanctions lists
    ("Dmitry Medvedev", "Donald Trump", "negative"),  # criticised the Trump administration, accusing it ...
    ("United States", "Cuba", "negative"),  # the blockade, sanctions and embargo against Cuba
    ("Craig Faller", "Cuba", "negative"),  # "a dictator, an illegal ruler supported by Cuba"
}
ACCEPTED = REQUIRED | {
    ("Russia", "Cuba", "positive"),  # the Russian FM promises more economic and military support
    ("Dmitry Medvedev", "Cuba", "neutral"),  # Medvedev's visit to Havana
    ("United States", "Brazil", "positive"),  # cooperating with Brazil and Colombia
    ("United States", "Colombia", "positive"),
    ("Dmitry Oreshkin", "Putin", "negative"),  # "the existence of the Putin regime"
    ("Andrey Kortunov", "Cuba", "positive"),  # "Havana is ... a traditional Russian partner"
    ("Craig Faller", "Russia", "negative"),  # the dictator is supported by Cuba, Russia and China
    ("Craig Faller", "China", "negative"),
}
REJECTED = {
    ("State Department", "Cuba"),  # "the former Cuban leader": a description of Castro
    ("Dmitry Oreshkin", "Russia"),  # "on the other hand", "in a successful scenario", "is interested in"
    ("Arturo Lopez-Levy", "Cuba"),  # "neither Cuba nor Russia is interested in ..."
    ("Russia", "Putin"),  # "for Russia to support him": a hypothetical, and "him" is not Putin
    ("Andrey Kortunov", "Latin America"),
}


@pytest.fixture(scope="module")
def seed_rows(nlp, seed_dir):
    articles = loading.load_paths([str(seed_dir)]).articles
    found = set()
    for article in articles:
        result = corpus.analyze_doc(nlp(article.text), article)
        found |= {(s.source, s.target, s.polarity) for s in result.stances}
        assert all(s.evidence and article.text[s.start:s.end] == s.evidence for s in result.stances)
        assert all(0.0 < s.confidence <= 1.0 and s.rule for s in result.stances)
    return found


def test_every_clear_stance_of_the_seed_is_found(seed_rows):
    assert REQUIRED <= seed_rows


def test_no_seed_row_a_reader_would_reject(seed_rows):
    assert seed_rows <= ACCEPTED, seed_rows - ACCEPTED
    assert not {(s, t) for s, t, _ in seed_rows} & REJECTED
