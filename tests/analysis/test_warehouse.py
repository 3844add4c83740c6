"""The query layer (`analysis.warehouse`) answers as the pandas path does on the loaded store.

Two stores: the hand-made corpus of `tests/synthetic_corpus.py` written with `temp_store`, and a
generated one (`benchmarks/make_store.article_rows`: Zipf actors, outlets, dates, narrated acts,
confidences) in several batches, one of which re-writes articles of earlier batches.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import shutil
import signal
import time

import numpy as np
import pandas as pd
import pytest

from analysis import corrections, network, query, timeline, warehouse
from analysis.store import Store, StoreError
from benchmarks.make_store import article_rows, make_actors
from tests.synthetic_corpus import make_corpus

ALL = query.CorpusFilters(count_carriers=True)
FILTERS = {
    "all": ALL,
    "from 2023-09": query.CorpusFilters(date_from=dt.date(2023, 9, 1), count_carriers=True),
    "window, two outlets": query.CorpusFilters(date_from=dt.date(2023, 3, 1), date_to=dt.date(2024, 6, 30),
                                               sources=("RT", "Reuters"), count_carriers=True),
    "one outlet": query.CorpusFilters(sources=("Granma",), count_carriers=True),
    "mid-month window": query.CorpusFilters(date_from=dt.date(2023, 3, 15), date_to=dt.date(2024, 2, 10),
                                            count_carriers=True),
}


def generated_rows(seed: int, ids: range, actors, weights) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    out: dict[str, list[dict]] = {}
    for i in ids:
        for table, rows in article_rows(rng, i, actors, weights, dt.date(2023, 1, 1)).items():
            out.setdefault(table, []).extend(rows)
    return out


def write_generated(store: Store, n: int = 72, batch: int = 16, rewrite: range = range(3, 9)) -> None:
    """`n` generated articles in batches, then a batch re-writing the articles `rewrite` (new rows)."""
    actors = make_actors(random.Random(5), n_people=60)
    weights = [1 / (r + 1) ** 1.1 for r in range(len(actors))]
    for b in range(0, n, batch):
        ids = range(b, min(n, b + batch))
        store.write_batch(generated_rows(b, ids, actors, weights), [f"k{i}:v:m" for i in ids])
    store.write_batch(generated_rows(999, rewrite, actors, weights), [f"k{i}-new:v:m" for i in rewrite])


@pytest.fixture(scope="module", params=["generated", "generated, rows merged", "hand-made"])
def stores(request, tmp_path_factory):
    """(warehouse, the store's loaded corpus) without corrections."""
    path = tmp_path_factory.mktemp(request.param.replace(", ", "-")) / "store"
    if request.param.startswith("generated"):
        store = Store(path)
        write_generated(store)
        if request.param.endswith("rows merged"):  # texts, stances and mentions of statements read from merged parts
            assert store.merge_rows() is not None
    else:
        store = warehouse.temp_store(make_corpus(), path)
    w = warehouse.Warehouse(store, corrections=[])
    yield w, store.load()
    w.close()


def frames_equal(got: pd.DataFrame, want: pd.DataFrame, columns=None, tolerance: float = 1e-9) -> None:
    columns = list(columns or want.columns)
    got = got.reset_index(drop=True)[columns]
    want = want.reset_index(drop=True)[columns]
    assert len(got) == len(want), (got, want)
    for c in columns:
        a, b = got[c].tolist(), want[c].tolist()
        for x, y in zip(a, b):
            if isinstance(y, float) or isinstance(x, float):
                if pd.isna(x) and pd.isna(y):
                    continue
                assert x == pytest.approx(y, abs=tolerance), (c, a, b)
            elif hasattr(y, "tolist") or isinstance(y, (list, tuple)):
                assert [list(p) if hasattr(p, "__len__") else p for p in x] == \
                       [list(p) if hasattr(p, "__len__") else p for p in y], c
            else:
                assert (None if pd.isna(x) else x) == (None if pd.isna(y) else y), (c, a, b)


def filtered(corpus, filters):
    return query.apply_filters(corpus, filters)


@pytest.mark.parametrize("name", list(FILTERS))
def test_overview_counts_and_top_speakers(stores, name):
    w, corpus = stores
    f = FILTERS[name]
    assert w.overview_counts(f) == query.overview_counts(filtered(corpus, f))
    frames_equal(w.top_speakers(5, f), query.top_speakers(filtered(corpus, f), 5))


SORT_COLUMNS = {  # pages/2_Who_said_what.py's sorts
    "date": ["date", "article", "start"], "speaker": ["speaker", "date", "start"],
    "stance": ["stance", "date", "start"], "article": ["article", "start"],
}


def page_sorted(rows: pd.DataFrame, by: str, descending: bool) -> pd.DataFrame:
    return rows.sort_values(SORT_COLUMNS[by], ascending=not descending, kind="stable", na_position="last",
                            key=lambda c: c.replace("", None) if c.name == "date" else c)


@pytest.mark.parametrize("name", ["all", "window, two outlets"])
@pytest.mark.parametrize("sort,descending", [("date", False), ("date", True), ("speaker", False),
                                             ("stance", True), ("article", False)])
@pytest.mark.parametrize("ask", [{}, {"kinds": ["direct"], "search": "the sanctions"}, {"search": '"acme corp"'},
                                 {"top_speaker": True}])
def test_statements_page_is_the_filtered_sorted_table_paged(stores, name, sort, descending, ask):
    w, corpus = stores
    f = FILTERS[name]
    ask = dict(ask)
    if ask.pop("top_speaker", False):
        ask["speakers"] = query.top_speakers(filtered(corpus, f), 1)["speaker"].tolist()
    table = query.statement_table(filtered(corpus, f), network.DEFAULT_MIN_CONFIDENCE)
    if "stance" not in table.columns:
        table["stance"] = ""
    want = page_sorted(query.filter_statements(table, count_carriers=True, **ask), sort, descending)
    for offset, limit in ((0, None), (2, 5)):
        got = w.statements(f, sort=sort, descending=descending, limit=limit, offset=offset,
                           min_confidence=network.DEFAULT_MIN_CONFIDENCE, **ask)
        assert got.total == len(want)
        page = want.iloc[offset:None if limit is None else offset + limit]
        frames_equal(got.rows, page, warehouse.STATEMENT_COLUMNS)


@pytest.mark.parametrize("name", list(FILTERS))
def test_article_list_is_paged_with_its_total(stores, name):
    w, corpus = stores
    f = FILTERS[name]
    arts = filtered(corpus, f).articles
    got = w.articles(f, limit=4, offset=1)
    assert got.total == len(arts)
    want = arts.assign(d=arts["date"].replace("", None)).sort_values(["d", "title", "id"], na_position="last")
    assert got.rows["id"].tolist() == want["id"].tolist()[1:5]
    counts = filtered(corpus, f).statements.groupby("article_id").size()
    assert got.rows["statements"].tolist() == [int(counts.get(i, 0)) for i in got.rows["id"]]
    one = w.article(got.rows["id"].iloc[0]) if got.total else None
    if one is not None:
        assert one.article["text"] == arts.set_index("id").loc[one.article["id"], "text"]
        assert len(one.statements) == counts.get(one.article["id"], 0)


@pytest.mark.parametrize("name", ["all", "from 2023-09", "window, two outlets"])
@pytest.mark.parametrize("relations", [None, ["statement"], [network.CO_MENTION, "criticize", "praise"]])
@pytest.mark.parametrize("min_confidence,max_actors", [(0.0, None), (0.5, 6), (0.7, 3)])
def test_graph_parts_are_those_of_the_pandas_network(stores, name, relations, min_confidence, max_actors):
    w, corpus = stores
    f = FILTERS[name]
    got = w.graph_parts(f, relations=relations, max_actors=max_actors, min_confidence=min_confidence)
    want = network.graph_parts(filtered(corpus, f), relations=relations, max_actors=max_actors,
                               min_confidence=min_confidence)
    assert got.nodes == want.nodes
    assert (got.co is None) == (want.co is None)
    if want.co is not None:
        frames_equal(got.co, want.co)
    frames_equal(got.stances, want.stances)


@pytest.mark.parametrize("name", ["all", "window, two outlets"])
def test_stance_matrix(stores, name):
    w, corpus = stores
    f = FILTERS[name]
    frames_equal(w.stance_matrix(f, min_confidence=0.5),
                 network.stance_matrix(filtered(corpus, f), min_confidence=0.5))


@pytest.mark.parametrize("name", ["all", "from 2023-09", "one outlet"])
@pytest.mark.parametrize("freq", ["D", "W", "M"])
@pytest.mark.parametrize("normalise", [False, True])
def test_actor_timeline_from_the_actor_day_aggregate(stores, name, freq, normalise):
    w, corpus = stores
    f = FILTERS[name]
    top = w.top_actors(3, f)["actor"].tolist() + ["Nobody"]
    frames_equal(w.actor_timeline(top, freq, normalise, f),
                 timeline.actor_timeline(filtered(corpus, f), top, freq, normalise))


def profiles_equal(got: timeline.ActorProfile, want: timeline.ActorProfile) -> None:
    for field in ("name", "type", "first_seen", "last_seen", "n_articles", "n_undated_articles", "n_mentions",
                  "n_statements"):
        assert getattr(got, field) == getattr(want, field), field
    assert sorted(got.aliases) == sorted(want.aliases)
    assert sorted(got.roles) == sorted(want.roles)
    frames_equal(got.targets, want.targets)
    frames_equal(got.sources, want.sources)


@pytest.mark.parametrize("name", ["all", "window, two outlets"])
@pytest.mark.parametrize("rank", [0, 1, 4])
def test_actor_profile(stores, name, rank):
    w, corpus = stores
    f = FILTERS[name]
    ranked = w.top_actors(None)["actor"].tolist()
    actor = ranked[min(rank, len(ranked) - 1)]
    profiles_equal(w.actor_profile(actor, 5, f), timeline.actor_profile(filtered(corpus, f), actor, 5))


@pytest.mark.parametrize("name", ["all", "from 2023-09", "window, two outlets"])
@pytest.mark.parametrize("pair", [0, 1, -1])
@pytest.mark.parametrize("min_confidence", [0.0, 0.5])
def test_statements_of_x_about_y(stores, name, pair, min_confidence):
    w, corpus = stores
    f = FILTERS[name]
    pairs = network.stance_matrix(filtered(corpus, f)).sort_values(["count", "source", "target"], ascending=False)
    if pairs.empty:  # the hand-made corpus has none of the window's outlets
        assert w.stance_matrix(f).empty
        return
    source, target = pairs.iloc[pair][["source", "target"]]
    want = network.statements_about(filtered(corpus, f), source, target, min_confidence)
    frames_equal(w.statements_about(source, target, min_confidence, f), want)
    scored = want[want["polarity"] != ""]
    for limit in (1, 2, 5, len(want) + 1):  # a page: the first rows, the figures of every row
        page = w.said_about(source, target, min_confidence, f, limit=limit)
        frames_equal(page.rows, want.head(limit))
        assert (page.total, page.negative, page.positive) == \
            (len(want), int((want["polarity"] == "negative").sum()), int((want["polarity"] == "positive").sum()))
        assert page.mean_score == (pytest.approx(scored["score"].mean()) if len(scored) else None)


# --- what the aggregates hold -------------------------------------------------------------------

def summed(store: Store, table: str, keys: str, values: str) -> dict:
    import duckdb

    parts = ", ".join(f"'{p}'" for p in store._parts(table, store._manifests()))  # as readers see them
    rows = duckdb.sql(f"SELECT {keys}, {values} FROM read_parquet([{parts}]) GROUP BY ALL").fetchall()
    return {r[:-1]: r[-1] for r in rows if r[-1]}


def test_rewritten_articles_count_once_as_their_latest_rows_say(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=40, batch=10, rewrite=range(2, 12))
    rows = store.load(link=False)
    want = rows.mentions.groupby("actor").size().to_dict()
    assert {k[0]: v for k, v in summed(store, "agg_actor_day", "actor", "sum(mentions)").items()} == want
    stance_n = rows.stances.groupby("source").size().to_dict()
    assert {k[0]: v for k, v in summed(store, "agg_actor_day", "actor", "sum(stance_n)").items()} == stance_n


def test_an_article_rewritten_without_an_actor_no_longer_counts_it(tmp_path):
    from tests.analysis.test_store import key, merged, rows_for

    store = Store(tmp_path / "store")
    store.write_batch(merged(rows_for("a1", n_mentions=3), rows_for("a2", n_mentions=2)), [key("a1"), key("a2")])
    gone = rows_for("a1", text="Rewritten.")
    gone.update(mentions=[], actors=[], statements=[], stances=[])
    store.write_batch(gone, ["new-a1:1:model"])
    w = warehouse.Warehouse(store, corrections=[])
    assert w.top_actors(None)[["actor", "n_mentions", "n_statements"]].values.tolist() == [["Putin", 2, 1], ["NATO", 0, 0]]
    assert w.overview_counts()["statements"] == 1
    assert w.actor_profile("Putin").n_articles == 1


def test_compaction_keeps_the_answers(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=30, batch=8, rewrite=range(0, 5))
    before = warehouse.Warehouse(store, corrections=[])
    parts = before.graph_parts(max_actors=8)
    counts = before.overview_counts()
    store.compact()
    after = warehouse.Warehouse(store, corrections=[])
    assert after.overview_counts() == counts
    assert after.graph_parts(max_actors=8).nodes == parts.nodes
    frames_equal(after.graph_parts(max_actors=8).stances, parts.stances)


def test_new_articles_join_actors_already_stored_without_a_relink_on_read(tmp_path):
    from tests.analysis.test_store import rows_for, rows_with_full_name

    store = Store(tmp_path / "store")
    first = rows_with_full_name("a1")
    store.write_batch(first, ["k1:1:m"])
    store.write_batch(rows_for("a2"), ["k2:1:m"])  # "Putin" alone, in a later batch
    w = warehouse.Warehouse(store, corrections=[])
    assert w.top_actors(None)["actor"].tolist() == ["Vladimir Putin", "NATO"]
    assert w.top_speakers()["statements"].tolist() == [2]
    assert store.load().actors["name"].tolist() == ["Vladimir Putin"]  # the full relink agrees


def corrected_pair(store_or_w, records):
    w = warehouse.Warehouse(store_or_w, corrections=records)
    return w, corrections.apply_corrections(store_or_w.load(), records)


@pytest.fixture(scope="module", params=["as written", "rows merged"])
def generated(tmp_path_factory, request):
    """A generated store as written, or with its rows merged (texts and stances then read by date)."""
    store = Store(tmp_path_factory.mktemp("corrections") / "store")
    write_generated(store)
    if request.param == "rows merged":
        assert store.merge_rows() is not None
    return store


def test_a_merge_shows_in_the_aggregates(generated):
    plain = warehouse.Warehouse(generated, corrections=[])
    top = plain.top_actors(4)
    a, b = top["actor"].iloc[2], top["actor"].iloc[3]
    merge = corrections.new_correction("merge_actors", {"names": [a, b], "into": a}, "editor")
    w, corpus = corrected_pair(generated, [merge])
    got = w.top_actors(None).set_index("actor")
    assert got.at[a, "n_mentions"] == top.set_index("actor")["n_mentions"][[a, b]].sum()
    assert b not in got.index
    nodes = network.graph_parts(corpus, max_actors=10).nodes
    assert w.graph_parts(max_actors=10).nodes == nodes
    frames_equal(w.actor_timeline([a], "M"), timeline.actor_timeline(corpus, [a], "M"))
    assert w.overview_counts() == query.overview_counts(query.apply_filters(corpus, ALL))
    frames_equal(w.top_speakers(5), query.top_speakers(corpus, 5))


def test_a_split_by_alias_and_not_an_actor_show_in_the_aggregates(generated):
    plain = warehouse.Warehouse(generated, corrections=[])
    people = [p for p in plain.top_actors(None)["actor"] if plain._actor_table.at[p, "type"] == "person"]
    person = people[0]
    surname = person.split()[-1]
    gone = next(a for a in plain.top_actors(None)["actor"] if a not in (person, surname))
    records = [corrections.new_correction("split_actor", {"actor": person, "alias": surname,
                                                          "new_name": f"{surname} (other)"}, "editor"),
               corrections.new_correction("not_actor", {"actor": gone}, "editor")]
    w, corpus = corrected_pair(generated, records)
    want = network.graph_parts(corpus)
    assert w.graph_parts().nodes == want.nodes  # (co-mention pairs are not split: they keep no forms)
    frames_equal(w.graph_parts().stances, want.stances)
    assert f"{surname} (other)" in w.top_actors(None)["actor"].tolist()
    assert gone not in w.top_actors(None)["actor"].tolist()
    profiles_equal(w.actor_profile(person), timeline.actor_profile(corpus, person))


def test_a_store_written_before_aggregates_is_refused_until_they_are_built(tmp_path, monkeypatch):
    store = Store(tmp_path / "store")
    monkeypatch.setattr(Store, "_batch_aggregates", lambda self, *a: ({}, {}, lambda: None))
    write_generated(store, n=20, batch=8, rewrite=range(0, 3))
    monkeypatch.undo()
    with pytest.raises(StoreError, match="before the store kept aggregates"):
        warehouse.Warehouse(store, corrections=[])
    assert store.build_aggregates() is not None
    assert store.build_aggregates() is None
    w = warehouse.Warehouse(store, corrections=[])
    corpus = store.load()
    assert w.overview_counts() == query.overview_counts(query.apply_filters(corpus, ALL))
    assert w.graph_parts().nodes == network.graph_parts(corpus).nodes
    write_generated(store, n=0, rewrite=range(1, 6))  # re-writes articles counted by the built aggregates
    w = warehouse.Warehouse(store, corrections=[])
    assert w.graph_parts().nodes == network.graph_parts(store.load()).nodes


def _write_and_be_killed(path: str) -> None:
    os.environ["ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH"] = "30"
    write_generated(Store(path), n=10, batch=10, rewrite=range(0, 4))


def test_a_writer_killed_before_publishing_leaves_the_aggregates_as_they_were(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=10, batch=10, rewrite=range(0, 0))
    before = warehouse.Warehouse(store, corrections=[])
    counts, nodes = before.overview_counts(), before.graph_parts().nodes
    proc = multiprocessing.get_context("spawn").Process(target=_write_and_be_killed, args=(str(store.path),))
    proc.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            names = [p.name for p in (store.path / "batches").iterdir()]
            if sum(n.endswith(".links.parquet") and not n.startswith(".tmp-") for n in names) == 2:  # every part of the next batch is down
                break
            time.sleep(0.05)
        else:
            pytest.fail("the writer never wrote its parts")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
    after = warehouse.Warehouse(store, corrections=[])
    assert after.overview_counts() == counts
    assert after.graph_parts().nodes == nodes
    write_generated(store, n=0, rewrite=range(0, 4))  # the next writer removes the orphans and publishes
    assert sum(p.name.endswith(".links.parquet") for p in (store.path / "batches").iterdir()) == 2
    assert warehouse.Warehouse(store, corrections=[]).graph_parts().nodes == network.graph_parts(store.load()).nodes


def answers(store: Store) -> dict:
    """What the pages ask, over the whole store and a window."""
    w = warehouse.Warehouse(store, corrections=[])
    out = {}
    for name in ("all", "window, two outlets", "mid-month window"):
        f = FILTERS[name]
        top = w.top_actors(None, f)
        pair = w.stance_matrix(f).sort_values(["count", "source", "target"], ascending=False).iloc[0]
        out[name] = (w.overview_counts(f), top.to_dict("records"), w.top_speakers(10, f).to_dict("records"),
                     w.graph_parts(f).nodes, w.graph_parts(f).stances.to_dict("records"),
                     w.stance_matrix(f, min_confidence=0.5).to_dict("records"),
                     w.actor_timeline(top["actor"].tolist()[:3], "W", False, f).to_dict("records"),
                     w.actor_profile(top["actor"].iloc[0], 5, f).targets.to_dict("records"),
                     w.statements_about(pair["source"], pair["target"], 0.0, f).to_dict("records"))
    w.close()
    return out


def answers_equal(got: dict, want: dict, tolerance: float = 1e-9) -> None:
    assert got.keys() == want.keys()
    for name in want:
        for g, x in zip(got[name], want[name]):
            if isinstance(x, list) and x and isinstance(x[0], dict):
                frames_equal(pd.DataFrame(g), pd.DataFrame(x), tolerance=tolerance)
            else:
                assert g == x, name


def plain_and_merged(tmp_path, monkeypatch, setting: str) -> tuple[Store, Store]:
    """One generated corpus with re-written articles, stored twice: as written, and with the merge
    threshold `setting` at 3, so its parts are merged in levels."""
    plain = Store(tmp_path / "plain")
    write_generated(plain, n=72, batch=6, rewrite=range(3, 20))
    monkeypatch.setenv(setting, "3")
    merged = Store(tmp_path / "merged")
    write_generated(merged, n=72, batch=6, rewrite=range(3, 20))
    return plain, merged


def live_aggregate_parts(store: Store) -> int:
    return len(store._parts("agg_actor_day", store._manifests()))


def test_merged_aggregate_parts_give_the_answers_of_the_unmerged_ones(tmp_path, monkeypatch):
    plain, merged = plain_and_merged(tmp_path, monkeypatch, "ACTORLENS_AGG_MERGE_AT")
    assert live_aggregate_parts(plain) == 13
    assert live_aggregate_parts(merged) < 6  # 13 batches in levels of 3
    assert any(m.get("agg_level", 0) == 2 for m in merged._manifests())
    want = answers(plain)
    answers_equal(answers(merged), want)
    assert merged.merge_aggregates() is not None
    assert live_aggregate_parts(merged) == 1
    assert merged.merge_aggregates() is None
    answers_equal(answers(merged), want)
    write_generated(merged, n=0, rewrite=range(10, 14))  # a re-write after the merge retracts from the sums
    write_generated(plain, n=0, rewrite=range(10, 14))
    want = answers(plain)
    answers_equal(answers(merged), want)
    corpus = merged.load()
    w = warehouse.Warehouse(merged, corrections=[])
    assert w.overview_counts() == query.overview_counts(query.apply_filters(corpus, ALL))
    assert w.graph_parts().nodes == network.graph_parts(corpus).nodes


def _merge_and_be_killed(path: str) -> None:
    os.environ["ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH"] = "30"
    Store(path).merge_aggregates()


def test_a_merge_killed_before_publishing_leaves_the_store_readable_with_the_same_answers(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=30, batch=6, rewrite=range(0, 4))
    want = answers(store)
    n_parts = live_aggregate_parts(store)
    proc = multiprocessing.get_context("spawn").Process(target=_merge_and_be_killed, args=(str(store.path),))
    proc.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            names = [p.name for p in (store.path / "batches").iterdir() if not p.name.startswith(".tmp-")]
            if sum(n.endswith(".agg_facts.parquet") for n in names) == n_parts + 1:  # the merged parts are down
                break
            time.sleep(0.05)
        else:
            pytest.fail("the merge never wrote its parts")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
    assert live_aggregate_parts(store) == n_parts
    answers_equal(answers(store), want)
    assert store.merge_aggregates() is not None  # the next writer removes the orphans and merges
    assert live_aggregate_parts(store) == 1
    assert sum(p.name.endswith(".agg_facts.parquet") for p in (store.path / "batches").iterdir()) == n_parts + 1
    answers_equal(answers(store), want)


def test_a_new_warehouse_reads_the_statement_index_cached_for_its_batches_and_corrections(tmp_path, monkeypatch):
    store = Store(tmp_path / "store")
    write_generated(store, n=24, batch=8, rewrite=range(0, 3))
    shutil.rmtree(store.path / "derived")  # as a writer killed before deriving it left the store
    ask = dict(sort="speaker", descending=False, limit=10, offset=3, min_confidence=network.DEFAULT_MIN_CONFIDENCE)
    want = warehouse.Warehouse(store, corrections=[]).statements(ALL, **ask)
    assert len(list((store.path / "cache").glob("stmt-*.parquet"))) == 1
    with monkeypatch.context() as m:
        m.setattr(warehouse, "_speaker_label_sql", lambda *a: pytest.fail("the index was built again"))
        got = warehouse.Warehouse(store, corrections=[]).statements(ALL, **ask)
    assert got.total == want.total
    frames_equal(got.rows, want.rows, warehouse.STATEMENT_COLUMNS)
    top = warehouse.Warehouse(store, corrections=[]).top_speakers(2)["speaker"].tolist()
    merge = corrections.new_correction("merge_actors", {"names": top, "into": top[0]}, "editor")
    merged = warehouse.Warehouse(store, corrections=[merge]).statements(ALL, speakers=[top[1]], **ask)
    assert merged.total == 0  # the merged speaker's statements are labelled with the actor they joined
    assert len(list((store.path / "cache").glob("stmt-*.parquet"))) == 2
    write_generated(store, n=0, rewrite=range(0, 2))  # a new batch: the writer empties the cache
    assert not list((store.path / "cache").glob("stmt-*.parquet"))
    w = warehouse.Warehouse(store, corrections=[])
    assert w.statements(ALL, **ask).total == query.overview_counts(query.apply_filters(store.load(), ALL))["statements"]


def test_a_new_warehouse_reads_the_stance_order_cached_for_its_statement_index(tmp_path, monkeypatch):
    store = Store(tmp_path / "store")
    write_generated(store, n=24, batch=8, rewrite=range(0, 3))
    for descending in (False, True):
        ask = dict(sort="stance", descending=descending, limit=7, offset=4, min_confidence=network.DEFAULT_MIN_CONFIDENCE)
        want = warehouse.Warehouse(store, corrections=[]).statements(ALL, **ask)
        assert len(list((store.path / "cache").glob("stmt-*-stance-*.parquet"))) == 1
        with monkeypatch.context() as m:
            m.setattr(warehouse.Warehouse, "_stance_labels_sql", lambda *a: pytest.fail("the labels were made again"))
            got = warehouse.Warehouse(store, corrections=[]).statements(ALL, **ask)
        assert got.total == want.total
        frames_equal(got.rows, want.rows, warehouse.STATEMENT_COLUMNS)
        whole = warehouse.Warehouse(store, corrections=[]).statements(ALL, sort="stance", descending=descending,
                                                                     limit=None, min_confidence=ask["min_confidence"])
        frames_equal(got.rows, whole.rows.iloc[4:11], warehouse.STATEMENT_COLUMNS)


def test_temp_store_of_the_hand_made_corpus_holds_its_tables(tmp_path):
    corpus = make_corpus()
    store = warehouse.temp_store(corpus, tmp_path / "s")
    loaded = store.load()
    for name in ("articles", "mentions", "statements", "stances"):
        assert len(getattr(loaded, name)) == len(getattr(corpus, name))
    assert sorted(loaded.actors["name"]) == sorted(corpus.actors["name"])
    assert np.array_equal(np.sort(loaded.mentions["actor"].to_numpy()), np.sort(corpus.mentions["actor"].to_numpy()))


# --- merged row parts ---------------------------------------------------------------------------

def row_answers(store: Store) -> dict:
    """What the pages read from the row tables: statement pages (sorted, searched, one speaker),
    articles with their rows, and the loaded tables."""
    w = warehouse.Warehouse(store, corrections=[])
    conf = network.DEFAULT_MIN_CONFIDENCE
    speaker = w.top_speakers(1)["speaker"].tolist()
    out = {"statements": [w.statements(f, sort=sort, limit=None, min_confidence=conf, **ask).rows.to_dict("records")
                          for f in (ALL, FILTERS["window, two outlets"]) for sort in ("date", "stance")
                          for ask in ({}, {"search": "the"}, {"search": "sa AN"}, {"search": "\"of the\""},
                                      {"speakers": speaker})],
           "articles": w.articles(ALL, limit=None).rows.to_dict("records")}
    out["article"] = [(v.article, v.statements.to_dict("records"), v.mentions.to_dict("records"))
                      for v in (w.article(i) for i in (out["articles"][0]["id"], out["articles"][-1]["id"]))]
    w.close()
    out["load"] = {name: df.to_dict("records") for name, df in store.load(link=False).tables().items()}
    return out


def row_answers_equal(got: dict, want: dict) -> None:
    for g, x in zip(got["statements"], want["statements"]):
        frames_equal(pd.DataFrame(g), pd.DataFrame(x))
    frames_equal(pd.DataFrame(got["articles"]), pd.DataFrame(want["articles"]))
    for (ga, gs, gm), (xa, xs, xm) in zip(got["article"], want["article"]):
        assert ga == xa
        frames_equal(pd.DataFrame(gs), pd.DataFrame(xs))
        frames_equal(pd.DataFrame(gm), pd.DataFrame(xm))
    for name, rows in want["load"].items():
        frames_equal(pd.DataFrame(got["load"][name]), pd.DataFrame(rows))


def live_row_parts(store: Store) -> int:
    return len(store._parts("statements", store._manifests()))


def test_merged_row_parts_give_the_answers_of_the_unmerged_ones(tmp_path, monkeypatch):
    plain, merged = plain_and_merged(tmp_path, monkeypatch, "ACTORLENS_ROW_MERGE_AT")
    assert live_row_parts(plain) == 13
    assert live_row_parts(merged) < 6  # 13 batches in levels of 3
    assert any(m.get("row_level", 0) == 2 for m in merged._manifests())
    want, want_rows = answers(plain), row_answers(plain)
    answers_equal(answers(merged), want)
    row_answers_equal(row_answers(merged), want_rows)
    assert merged.merge_rows() is not None
    assert live_row_parts(merged) == 1
    assert merged.merge_rows() is None
    answers_equal(answers(merged), want)
    row_answers_equal(row_answers(merged), want_rows)
    part = merged._parts("statements", merged._manifests())[0]  # sorted by speaker: a name filter skips groups
    import pyarrow.parquet as pq

    speakers = [s for s in pq.read_table(part, columns=["speaker"]).column("speaker").to_pylist()]
    assert speakers == sorted(speakers, key=lambda s: (s is None, s or ""))
    write_generated(merged, n=0, rewrite=range(10, 14))  # a re-write after the merge supersedes merged rows
    write_generated(plain, n=0, rewrite=range(10, 14))
    answers_equal(answers(merged), answers(plain))
    row_answers_equal(row_answers(merged), row_answers(plain))


@pytest.mark.parametrize("slack", [0, 3])
def test_a_page_read_through_a_window_of_positions_is_the_slice_of_the_whole_sorted_table(tmp_path, monkeypatch,
                                                                                         slack):
    """`Warehouse._page_by_position` (a window of the index's positions in a sort, grown until it holds
    the page; `slack` 0 makes it grow) and the texts read by date from merged parts give the
    rows and counts of the whole table sorted and sliced."""
    monkeypatch.setenv("ACTORLENS_ROW_MERGE_AT", "3")
    store = Store(tmp_path / "merged")
    write_generated(store, n=72, batch=6, rewrite=range(3, 20))
    assert any("statement_texts" in m["files"] for m in store._manifests())
    monkeypatch.setattr(warehouse, "_WINDOW_SLACK", slack)
    w = warehouse.Warehouse(store, corrections=[])
    conf = network.DEFAULT_MIN_CONFIDENCE
    speaker = w.top_speakers(1)["speaker"].tolist()
    for f in (ALL, FILTERS["from 2023-09"], FILTERS["window, two outlets"]):
        for ask in ({}, {"kinds": ["direct"]}, {"search": "the"}, {"speakers": speaker}, {"search": "zzzz-none"}):
            for sort, descending in (("date", False), ("date", True), ("article", False), ("stance", False),
                                     ("stance", True)):
                whole = w.statements(f, sort=sort, descending=descending, limit=None, min_confidence=conf, **ask)
                assert (whole.total > 0) == ("search" not in ask or ask["search"] != "zzzz-none")
                for offset, limit in ((0, 7), (5, 3), (whole.total - 2, 5), (whole.total + 3, 5)):
                    got = w.statements(f, sort=sort, descending=descending, limit=limit, offset=max(0, offset),
                                       min_confidence=conf, **ask)
                    assert got.total == whole.total
                    frames_equal(got.rows, whole.rows.iloc[max(0, offset):max(0, offset) + limit])
    w.close()


def _merge_rows_and_be_killed(path: str) -> None:
    os.environ["ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH"] = "30"
    Store(path).merge_rows()


def test_a_row_merge_killed_before_publishing_leaves_the_store_readable_with_the_same_answers(tmp_path):
    store = Store(tmp_path / "store")
    write_generated(store, n=30, batch=6, rewrite=range(0, 4))
    want, want_rows = answers(store), row_answers(store)
    n_parts = live_row_parts(store)
    proc = multiprocessing.get_context("spawn").Process(target=_merge_rows_and_be_killed, args=(str(store.path),))
    proc.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            names = [p.name for p in (store.path / "batches").iterdir() if not p.name.startswith(".tmp-")]
            if sum(n.endswith(".errors.parquet") for n in names) == n_parts + 1:  # the last merged part is down
                break
            time.sleep(0.05)
        else:
            pytest.fail("the merge never wrote its parts")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
    assert live_row_parts(store) == n_parts
    answers_equal(answers(store), want)
    row_answers_equal(row_answers(store), want_rows)
    assert store.merge_rows() is not None  # the next writer removes the orphans and merges
    assert live_row_parts(store) == 1
    assert sum(p.name.endswith(".statements.parquet") for p in (store.path / "batches").iterdir()) == n_parts + 1
    answers_equal(answers(store), want)
    row_answers_equal(row_answers(store), want_rows)


def test_row_corrections_show_in_the_rows_and_the_counts(generated):
    corpus = generated.load()
    top = query.top_speakers(corpus, 3)["speaker"].tolist()
    said = corpus.statements[corpus.statements["speaker"] == top[0]]
    with_stance = corpus.stances[corpus.stances["statement_index"].notna() & (corpus.stances["source"] == top[0])]
    stance = with_stance.iloc[0]
    stated = said[(said["article_id"] == stance["article_id"]) & (said["index"] == stance["statement_index"])].iloc[0]
    other = said[said["article_id"] != stance["article_id"]].iloc[0]
    narrated = corpus.stances[corpus.stances["statement_index"].isna()].iloc[0]
    records = [
        corrections.new_correction("reassign_speaker", {"statement": corrections.statement_key(stated),
                                                        "speaker": top[1]}, "editor"),
        corrections.new_correction("not_statement", {"statement": corrections.statement_key(other)}, "editor"),
        corrections.new_correction("set_stance", {"stance": corrections.stance_key(narrated), "polarity": "positive"},
                                   "editor"),
        corrections.new_correction("merge_actors", {"names": [top[1], top[2]], "into": top[1]}, "editor"),
    ]
    w, fixed = corrected_pair(generated, records)
    assert w.overview_counts(ALL) == query.overview_counts(query.apply_filters(fixed, ALL))
    assert w.overview_counts(ALL)["statements"] == len(corpus.statements) - 1
    frames_equal(w.top_speakers(5), query.top_speakers(fixed, 5))
    conf = network.DEFAULT_MIN_CONFIDENCE
    table = query.statement_table(fixed, conf)
    want = page_sorted(query.filter_statements(table, count_carriers=True), "date", False)
    frames_equal(w.statements(ALL, limit=None, min_confidence=conf).rows, want, warehouse.STATEMENT_COLUMNS)
    got = w.graph_parts(max_actors=10)
    assert got.nodes == network.graph_parts(fixed, max_actors=10).nodes
    frames_equal(got.stances, network.graph_parts(fixed, max_actors=10).stances)
    frames_equal(w.stance_matrix(), network.stance_matrix(fixed), tolerance=2e-4)  # retracted scores: rounding
    for speaker, target in ((top[1], stance["target"]), (narrated["source"], narrated["target"])):
        frames_equal(w.statements_about(speaker, target), network.statements_about(fixed, speaker, target))
    profiles_equal(w.actor_profile(top[1]), timeline.actor_profile(fixed, top[1]))
    view = w.article(stance["article_id"])
    assert top[1] in view.statements["speaker"].tolist()


def test_make_store_resume_writes_the_articles_an_interrupted_build_left_out(tmp_path):
    """A long benchmark build that died part way is continued with `--resume`: the store then
    holds what one uninterrupted build writes, article for article."""
    from benchmarks import make_store

    def rows_of(path):
        store = Store(str(path))
        parts = {"articles": store._parts("articles", store._manifests())}
        return store._query("SELECT id, text, date FROM articles ORDER BY id", parts).to_pylist()

    make_store.main(["96", str(tmp_path / "whole"), "--batch-size", "16", "--no-load"])
    make_store.main(["48", str(tmp_path / "resumed"), "--batch-size", "16", "--no-load"])  # whole batches, as a crash leaves
    make_store.main(["96", str(tmp_path / "resumed"), "--batch-size", "16", "--no-load", "--resume"])
    assert len(rows_of(tmp_path / "resumed")) == 96
    assert rows_of(tmp_path / "resumed") == rows_of(tmp_path / "whole")


@pytest.mark.parametrize("mb", ["64", "300"])
def test_the_query_connection_holds_no_more_memory_than_the_setting(tmp_path, monkeypatch, mb):
    """A server process's queries keep to `ACTORLENS_QUERY_MEMORY_MB` (DuckDB's default buffer pool
    grows to most of the machine), still answer, and leave no spill folder behind."""
    from tests.analysis.test_store import rows_for

    monkeypatch.setenv("ACTORLENS_QUERY_MEMORY_MB", mb)
    store = Store(tmp_path / "store")
    store.write_batch(rows_for("a1"), ["k1:1:m"])
    w = warehouse.Warehouse(store, corrections=[])
    limit = w.con.sql("SELECT current_setting('memory_limit')").fetchall()[0][0]
    assert limit == f"{int(mb) * 10**6 / 2**20:.1f} MiB"  # DuckDB reports the MB it was given in MiB
    assert w.overview_counts()["articles"] == 1
    spill = w._spill
    w.close()
    assert not os.path.exists(spill)


def test_sessions_of_one_process_share_a_warehouse_without_reading_each_others_results(tmp_path):
    """A server's sessions run in threads over one warehouse; before its lock, a query started
    while another's result was unfinished failed ("connection has an unfinished result")."""
    import threading

    store = Store(tmp_path / "store")
    write_generated(store, n=48, batch=8, rewrite=range(0, 4))
    w = warehouse.Warehouse(store, corrections=[])
    asks = [lambda: w.statements(limit=30).total, lambda: w.overview_counts(),
            lambda: len(w.top_speakers(5)), lambda: w.graph_parts(max_actors=6).nodes,
            lambda: w.statements(search="the", limit=5).total]
    want = [ask() for ask in asks]
    w.close()
    w = warehouse.Warehouse(store, corrections=[])  # the statement index and the rest built lazily again
    got, errors = {}, []

    def session(k: int) -> None:
        try:
            for i in range(6):
                j = (k + i) % len(asks)
                got.setdefault(j, []).append(asks[j]())
        except Exception as exc:  # noqa: BLE001 - the failure this test is about
            errors.append(exc)

    threads = [threading.Thread(target=session, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    w.close()
    assert errors == []
    assert all(v == want[j] for j, values in got.items() for v in values)


@pytest.mark.parametrize("name", ["from 2023-09", "mid-month window"])
def test_a_date_filter_reads_whole_months_from_the_monthly_rollups(tmp_path, name):
    """The day rows of the months a filter covers whole are not read (a million articles' pair
    rows for a year took 0.5 s to sum; their months are a fifth as many): emptying them changes
    nothing for whole months, and only the partial months' share otherwise."""
    store = Store(tmp_path / "store")
    write_generated(store)
    f = FILTERS[name]
    w = warehouse.Warehouse(store, corrections=[])
    top = w.top_actors(None, f)

    def asked():  # (rows in any order, floats to 9 places: only the sums are at stake)
        return [sorted(repr({k: round(v, 9) if isinstance(v, float) else v for k, v in row.items()}) for row in rows)
                for rows in (
            w.top_actors(None, f).to_dict("records"), w.graph_parts(f, max_actors=6).co.to_dict("records"),
            w.stance_matrix(f).to_dict("records"), w.actor_profile(top["actor"].iloc[0], 5, f).targets.to_dict("records"))]

    want = asked()
    whole = "day >= DATE '2023-09-01'" if f.date_to is None else "day >= DATE '2023-04-01' AND day < DATE '2024-02-01'"
    for table in ("agg_actor_day", "agg_pairs"):
        w.con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {table}_stored WHERE NOT ({whole})")
    assert asked() == want
    w.close()


@pytest.mark.parametrize("freq", ["M", "W"])
def test_statements_in_period_carry_the_texts_of_their_own_rows(stores, freq):
    """Texts are read apart from the rest (from the merged sets' texts by date): the rows are those
    of one read of the whole stored rows, text and sentence included."""
    w, corpus = stores
    actor = w.top_speakers(1)["speaker"].iloc[0]
    days = sorted(d for d in corpus.articles["date"].dropna().str[:10].unique() if d)
    unit = {"M": "month", "W": "week"}[freq]
    for period in (days[0], days[len(days) // 2], None):
        found = w.statements_in_period(actor, period, freq)
        when = "cur.day IS NULL" if period is None else \
            f"date_trunc('{unit}', cur.day) = date_trunc('{unit}', DATE '{period}')"
        want = w.con.execute(
            "SELECT s.* EXCLUDE (batch, batch_row), cur.title, cur.date, cur.source FROM statements s JOIN cur "
            f"ON s.article_id = cur.id AND s.batch = cur.batch WHERE {when} AND s.id IN (SELECT unnest(?)) "
            "ORDER BY cur.date, s.article_id, s.start", [found["id"].tolist()]).df()
        assert found["id"].tolist() == want["id"].tolist()
        frames_equal(found, want, [c for c in want.columns if c != "speaker"])
        assert list(found.columns[-4:]) == ["speaker", "title", "date", "source"]
    assert len(w.statements_in_period(actor, days[len(days) // 2], "M")) > 0


@pytest.mark.parametrize("rewrite", [range(0), range(3, 9)])
def test_a_word_searched_alone_is_counted_and_paged_as_the_join_with_the_statement_index_gives(tmp_path, monkeypatch,
                                                                                              rewrite):
    """`Warehouse._counted_matches` (a word alone counted on the word index, its pages read by windows
    without positions) gives the totals and pages of the join `_matching` makes; with older rows of
    re-written articles stored, only the join counts. Windows start one row wide, so a page is found
    only where the index's places really are (spaced by `_GAP`)."""
    monkeypatch.setenv("ACTORLENS_ROW_MERGE_AT", "3")
    monkeypatch.setattr(warehouse, "_WINDOW_SLACK", 1)
    store = Store(tmp_path / "merged")
    write_generated(store, n=72, batch=6, rewrite=rewrite)
    assert any("statement_words" in m["files"] for m in store._manifests())
    w, joined = warehouse.Warehouse(store, corrections=[]), warehouse.Warehouse(store, corrections=[])
    monkeypatch.setattr(joined, "_counted_matches", lambda term: None)
    assert (w._current_statement_rows() is None) == bool(len(rewrite))
    totals = []
    for word in ("the", "sa", "e", "zzzz-none"):
        for descending in (False, True):
            for offset, limit in ((0, 7), (5, 3), (60, 5)):
                got = w.statements(search=word, descending=descending, limit=limit, offset=offset)
                want = joined.statements(search=word, descending=descending, limit=limit, offset=offset)
                assert got.total == want.total
                pd.testing.assert_frame_equal(got.rows, want.rows)
                totals.append(got.total)
    assert min(totals) == 0 and max(totals) > 65
