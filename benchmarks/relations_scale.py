"""Time the relation and timeline functions behind pages 3–6, and the pages, on a generated corpus.

    .venv/bin/python benchmarks/relations_scale.py [N_ARTICLES] [--pages]

Rows are generated directly (no spaCy), at the issue's realistic density: ~50 mentions and ~8
statements an article, actors drawn from a Zipf-like distribution over 3,000 names, ~5 stances an
article. Prints seconds per call; asserts nothing. `--pages` also renders pages 3–6 with AppTest
on that corpus (first render, then one widget change) — `ui.setup.analysed` is patched to return it.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import network, timeline  # noqa: E402
from analysis.corpus import CorpusAnalysis  # noqa: E402
from analysis.types import COLUMNS  # noqa: E402


def generate(n_articles: int, *, n_actors: int = 3000, seed: int = 0) -> CorpusAnalysis:
    rng = np.random.default_rng(seed)
    names = np.array([f"Actor {i}" for i in range(n_actors)])
    types = np.array(["person", "organisation", "country", "institution", "group"])[rng.integers(0, 5, n_actors)]
    weights = 1 / np.arange(1, n_actors + 1)
    weights /= weights.sum()
    ids = np.array([f"art{i:06d}" for i in range(n_articles)])
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 365, n_articles), unit="D")
    dates = np.where(rng.random(n_articles) < 0.05, "", days.strftime("%Y-%m-%d"))
    paragraph = "x" * 300 + "\n\n"
    text = paragraph * 12
    articles = pd.DataFrame({"id": ids, "text": text, "title": [f"Title {i}" for i in range(n_articles)],
                             "date": dates, "source": rng.choice(["A", "B", "C"], n_articles), "url": "",
                             "author": "", "path": "", "n_words": 600}, columns=COLUMNS["articles"])
    n_m = n_articles * 50
    m_actor = rng.choice(n_actors, n_m, p=weights)
    m_start = rng.integers(0, len(text) - 20, n_m)
    mentions = pd.DataFrame({"article_id": np.repeat(ids, 50), "start": m_start, "end": m_start + 10,
                             "text": names[m_actor], "label": "PERSON", "actor": names[m_actor],
                             "actor_type": types[m_actor]}, columns=COLUMNS["mentions"])
    n_s = n_articles * 8
    s_actor = rng.choice(n_actors, n_s, p=weights)
    s_start = rng.integers(0, len(text) - 100, n_s)
    idx = np.tile(np.arange(8), n_articles)
    statements = pd.DataFrame({
        "id": [f"{a}:{i}" for a, i in zip(np.repeat(ids, 8), idx)], "article_id": np.repeat(ids, 8), "index": idx,
        "kind": "direct", "text": "quoted words", "start": s_start, "end": s_start + 80,
        "spans": [[[int(a), int(a) + 80]] for a in s_start], "cue": "said", "cue_start": None, "cue_end": None,
        "speaker": names[s_actor], "speaker_mention": names[s_actor], "speaker_start": None, "speaker_end": None,
        "speaker_kind": "name", "role": "", "sentence_start": s_start, "sentence_end": s_start + 90,
        "sentence": "a sentence"}, columns=COLUMNS["statements"])
    n_st = n_articles * 5
    src, tgt = rng.choice(n_actors, n_st, p=weights), rng.choice(n_actors, n_st, p=weights)
    score = np.round(rng.uniform(-1, 1, n_st), 2)
    stances = pd.DataFrame({
        "article_id": np.repeat(ids, 5), "source": names[src], "target": names[tgt],
        "polarity": np.where(score > 0.2, "positive", np.where(score < -0.2, "negative", "neutral")),
        "score": score, "evidence": "words", "rule": "lexicon", "relation": rng.choice(["statement", "criticize", "praise", "meet"], n_st),
        "goldstein": None, "statement_index": rng.integers(0, 8, n_st), "start": 0, "end": 5}, columns=COLUMNS["stances"])
    counts_m = pd.Series(names[m_actor]).value_counts()
    counts_s = pd.Series(names[s_actor]).value_counts()
    actors = pd.DataFrame({"name": names, "type": types, "aliases": [[n] for n in names], "roles": [[] for _ in names],
                           "n_mentions": counts_m.reindex(names, fill_value=0).to_numpy(),
                           "n_statements": counts_s.reindex(names, fill_value=0).to_numpy()}, columns=COLUMNS["actors"])
    return CorpusAnalysis(articles, mentions, actors, statements, stances)


def timed(label: str, fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    print(f"{label:<48} {time.perf_counter() - t:7.3f} s")
    return out


def main(n_articles: int) -> None:
    corpus = timed(f"generate {n_articles} articles", generate, n_articles)
    print(f"rows: {len(corpus.mentions)} mentions, {len(corpus.statements)} statements, {len(corpus.stances)} stances")
    g = timed("actor_graph (top 60 actors)", network.actor_graph, corpus, max_actors=60, drop_isolates=True)
    timed("actor_graph (all actors)", network.actor_graph, corpus)
    timed("co_mentions", network.co_mentions, corpus)
    timed("centrality_table (top 60)", network.centrality_table, g)
    timed("stance_matrix", network.stance_matrix, corpus)
    timed("statements_about (top pair)", network.statements_about, corpus, "Actor 0", "Actor 1")
    timed("actor_timeline (3 actors, week)", timeline.actor_timeline, corpus, ["Actor 0", "Actor 1", "Actor 2"])
    timed("actor_profile (most mentioned)", timeline.actor_profile, corpus, "Actor 0")
    if "--pages" in sys.argv:
        pages(corpus)


def pages(corpus: CorpusAnalysis) -> None:
    from streamlit.testing.v1 import AppTest

    import ui.setup

    ui.setup.analysed = lambda loaded: corpus
    root = Path(__file__).resolve().parent.parent
    for page, params, change in [
        ("3_Relations", {}, ("radio", "size", "mentions")),
        ("4_Said_about", {"speaker": "Actor 0", "target": "Actor 1"}, ("selectbox", "target", "Actor 2")),
        ("5_Timelines", {"actor": ["Actor 0", "Actor 1"]}, ("radio", "metric", "stance")),
        ("6_Actors", {"actor": "Actor 0"}, ("selectbox", "actor", "Actor 1")),
    ]:
        at = AppTest.from_file(str(root / "dashboard.py"), default_timeout=600)
        at.switch_page(f"pages/{page}.py")
        for k, v in params.items():
            at.query_params[k] = v
        t = time.perf_counter()
        at.run()
        first = time.perf_counter() - t
        kind, key, value = change
        t = time.perf_counter()
        getattr(at, kind)(key=key).set_value(value).run()
        print(f"page {page:<14} first render {first:6.2f} s   {key} → {value}: {time.perf_counter() - t:6.2f} s"
              + ("   EXCEPTION" if at.exception else ""))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 10_000)
