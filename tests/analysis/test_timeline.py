import math

import pandas as pd
import pytest

from analysis.corpus import CorpusAnalysis
from analysis.timeline import actor_profile, actor_timeline
from analysis.types import COLUMNS


def frame(table, rows):
    return pd.DataFrame([{c: r.get(c, "") for c in COLUMNS[table]} for r in rows], columns=COLUMNS[table])


def mention(aid, actor):
    return {"article_id": aid, "actor": actor, "start": 0, "end": 1, "text": actor, "label": "PERSON"}


def statement(aid, i, speaker, kind="direct"):
    return {"id": f"{aid}:{i}", "article_id": aid, "index": i, "speaker": speaker, "kind": kind,
            "text": f"{speaker} text {aid}", "start": i * 10, "end": i * 10 + 5}


def stance(aid, source, target, score):
    return {"article_id": aid, "source": source, "target": target, "score": score, "polarity": "x"}


@pytest.fixture
def corpus():
    # a1 Mon 2024-01-01 and a2 Wed 2024-01-03 share a week; a3 is two weeks later; a4 undated
    articles = [
        {"id": "a1", "date": "2024-01-01", "title": "One"},
        {"id": "a2", "date": "2024-01-03T10:00:00", "title": "Two"},
        {"id": "a3", "date": "2024-01-17", "title": "Three"},
        {"id": "a4", "date": "", "title": "Undated"},
    ]
    mentions = [mention("a1", "Putin"), mention("a1", "Putin"), mention("a1", "Cuba"),
                mention("a2", "Putin"), mention("a2", "NATO"), mention("a3", "Cuba"),
                mention("a4", "Putin"), mention("a4", "Cuba")]
    statements = [statement("a1", 0, "Putin"), statement("a2", 0, "Putin"), statement("a2", 1, None),
                  statement("a3", 0, "Cuba"), statement("a4", 0, "Putin")]
    stances = [stance("a1", "Putin", "NATO", -0.8), stance("a2", "Putin", "NATO", -0.4),
               stance("a2", "Putin", "Cuba", 0.6), stance("a3", "Cuba", "Putin", 0.2)]
    actors = [{"name": "Putin", "type": "person", "aliases": ["Putin", "Vladimir Putin"],
               "roles": ["President"], "n_mentions": 4, "n_statements": 3},
              {"name": "Cuba", "type": "country", "aliases": ["Cuba"], "roles": [], "n_mentions": 3,
               "n_statements": 1},
              {"name": "NATO", "type": "organisation", "aliases": ["NATO"], "roles": [], "n_mentions": 1,
               "n_statements": 0}]
    return CorpusAnalysis(frame("articles", articles), frame("mentions", mentions), frame("actors", actors),
                          frame("statements", statements), frame("stances", stances))


def row(df, period, actor):
    hit = df[(df["period"] == pd.Timestamp(period)) & (df["actor"] == actor)]
    assert len(hit) == 1
    return hit.iloc[0]


@pytest.mark.parametrize("freq,period,actor,mentions,statements,mean_stance", [
    ("W", "2024-01-01", "Putin", 3, 2, -0.2),
    ("W", "2024-01-01", "Cuba", 1, 0, None),
    ("W", "2024-01-08", "Putin", 0, 0, None),  # a quiet week is present with zeros
    ("W", "2024-01-15", "Cuba", 1, 1, 0.2),
    ("D", "2024-01-01", "Putin", 2, 1, -0.8),
    ("D", "2024-01-03", "Putin", 1, 1, 0.1),
    ("D", "2024-01-02", "Putin", 0, 0, None),
    ("M", "2024-01-01", "Putin", 3, 2, -0.2),
    ("M", "2024-01-01", "Cuba", 2, 1, 0.2),
])
def test_actor_timeline_counts(corpus, freq, period, actor, mentions, statements, mean_stance):
    r = row(actor_timeline(corpus, ["Putin", "Cuba"], freq=freq), period, actor)
    assert (r["mentions"], r["statements"]) == (mentions, statements)
    if mean_stance is None:
        assert math.isnan(r["mean_stance"])
    else:
        assert r["mean_stance"] == pytest.approx(mean_stance)


@pytest.mark.parametrize("freq,n_periods", [("D", 17), ("W", 3), ("M", 1)])
def test_actor_timeline_covers_every_period(corpus, freq, n_periods):
    df = actor_timeline(corpus, ["Putin", "NATO"], freq=freq)
    assert df["period"].nunique() == n_periods
    assert len(df) == 2 * n_periods


def test_actor_timeline_normalises_per_thousand_articles(corpus):
    df = actor_timeline(corpus, ["Putin"], freq="W", normalise=True)
    first = row(df, "2024-01-01", "Putin")
    assert first["articles"] == 2
    assert first["mentions"] == pytest.approx(1500.0)
    assert first["statements"] == pytest.approx(1000.0)
    assert row(df, "2024-01-08", "Putin")["mentions"] == 0.0


def test_actor_timeline_leaves_out_undated(corpus):
    df = actor_timeline(corpus, ["Putin"], freq="M")
    assert df["mentions"].sum() == 3  # the 4th Putin mention is in the undated article


@pytest.mark.parametrize("date", ["", "not a date", "2024-13-45", None])
def test_unreadable_dates_count_as_undated(corpus, date):
    corpus.articles.loc[corpus.articles["id"] == "a3", "date"] = date
    assert actor_timeline(corpus, ["Cuba"], freq="M")["mentions"].sum() == 1


def test_actor_timeline_empty_and_bad_freq(corpus):
    assert actor_timeline(corpus, [], freq="W").empty
    corpus.articles["date"] = ""
    assert actor_timeline(corpus, ["Putin"], freq="W").empty
    with pytest.raises(ValueError):
        actor_timeline(corpus, ["Putin"], freq="Y")


def test_actor_profile(corpus):
    p = actor_profile(corpus, "Putin")
    assert (p.type, p.aliases, p.roles) == ("person", ["Putin", "Vladimir Putin"], ["President"])
    assert (p.first_seen, p.last_seen) == ("2024-01-01", "2024-01-03")
    assert (p.n_articles, p.n_undated_articles, p.n_mentions, p.n_statements) == (3, 1, 4, 3)
    assert p.targets["target"].tolist() == ["NATO", "Cuba"]
    assert p.targets["n"].tolist() == [2, 1]
    assert p.targets["mean_stance"].tolist() == pytest.approx([-0.6, 0.6])
    assert p.sources.values.tolist() == [["Cuba", 1, pytest.approx(0.2)]]


def test_actor_profile_of_unknown_actor_is_empty(corpus):
    p = actor_profile(corpus, "Nobody")
    assert (p.n_mentions, p.n_statements, p.first_seen, p.aliases) == (0, 0, "", [])
    assert p.targets.empty
