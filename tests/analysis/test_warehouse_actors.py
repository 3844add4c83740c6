"""The Actors page's profile counts its articles from the per-name article counts the batches
publish (`agg_actor_articles`) where they are exact, and from the actor's rows elsewhere: both
give what the pandas path gives, through re-written articles, merges, splits and row corrections."""
from __future__ import annotations

import datetime as dt

import pytest

from analysis import corrections, query, timeline, warehouse
from analysis.__main__ import main
from analysis.store import Store
from tests.analysis.test_warehouse import FILTERS, corrected_pair, profiles_equal, summed, write_generated


@pytest.fixture(scope="module", params=["as written", "rows merged", "compacted"])
def generated(tmp_path_factory, request):
    store = Store(tmp_path_factory.mktemp("actor-articles") / "store")
    write_generated(store, n=60, batch=12, rewrite=range(2, 14))
    if request.param == "rows merged":
        assert store.merge_rows() is not None
    elif request.param == "compacted":
        assert store.compact() > 0
    return store


def raws_of(w: warehouse.Warehouse, actor: str) -> list[str]:
    return w._df("SELECT DISTINCT raw FROM amap WHERE actor = ?", [actor])["raw"].tolist()


def seen_from_rows(w: warehouse.Warehouse, actor: str, filters) -> tuple:
    complete = dict(w._complete)
    w._complete["agg_actor_articles"] = False
    try:
        return w._actor_seen(actor, raws_of(w, actor), filters)
    finally:
        w._complete = complete


def counted_from_aggregates(w: warehouse.Warehouse, actors) -> list[str]:
    return [a for a in actors if len(raws_of(w, a)) == 1 and not w._forms_matter(raws_of(w, a))]


def test_the_per_name_article_counts_are_the_distinct_articles_of_each_names_rows(generated):
    rows = generated.load(link=False)
    named = {}
    for table, column in (("mentions", "actor"), ("statements", "speaker")):
        frame = getattr(rows, table)
        for name, article in zip(frame[column], frame["article_id"]):
            if isinstance(name, str) and name:
                named.setdefault(name, set()).add(article)
    assert {k[0]: v for k, v in summed(generated, "agg_actor_articles", "actor", "sum(articles)").items()} == \
        {name: len(ids) for name, ids in named.items()}


@pytest.mark.parametrize("name", list(FILTERS))
def test_article_counts_and_first_and_last_seen_from_the_aggregates_are_those_of_the_rows(generated, name):
    w = warehouse.Warehouse(generated, corrections=[])
    actors = w.top_actors(None)["actor"].tolist()
    counted = counted_from_aggregates(w, actors)
    assert len(counted) >= len(actors) // 2  # the aggregate path is the one at stake
    for actor in actors:
        assert w._actor_seen(actor, raws_of(w, actor), FILTERS[name]) == seen_from_rows(w, actor, FILTERS[name]), actor
    w.close()


def corrections_of(kind: str, w: warehouse.Warehouse, corpus) -> list:
    people = [a for a in w.top_actors(None)["actor"] if w._actor_table["type"].get(a) == "person"]
    if kind == "merge":
        return [corrections.new_correction("merge_actors", {"names": people[1:3], "into": people[1]}, "editor")]
    if kind == "split, not an actor":
        surname = people[0].split()[-1]
        return [corrections.new_correction("split_actor", {"actor": people[0], "alias": surname,
                                                           "new_name": f"{surname} (other)"}, "editor"),
                corrections.new_correction("not_actor", {"actor": people[3]}, "editor")]
    said = corpus.statements[corpus.statements["speaker"] == people[0]]  # rows: an actor gains and loses articles
    moved, dropped = said.iloc[0], said[said["article_id"] != said.iloc[0]["article_id"]].iloc[0]
    return [corrections.new_correction("reassign_speaker", {"statement": corrections.statement_key(moved),
                                                            "speaker": people[4]}, "editor"),
            corrections.new_correction("not_statement", {"statement": corrections.statement_key(dropped)}, "editor")]


@pytest.mark.parametrize("kind", ["merge", "split, not an actor", "row corrections"])
@pytest.mark.parametrize("name", ["all", "window, two outlets"])
def test_corrected_profiles_are_those_of_the_corrected_corpus(generated, kind, name):
    plain = warehouse.Warehouse(generated, corrections=[])
    records = corrections_of(kind, plain, generated.load())
    plain.close()
    w, corpus = corrected_pair(generated, records)
    f = FILTERS[name]
    actors = w.top_actors(8)["actor"].tolist()
    assert counted_from_aggregates(w, actors)
    for actor in actors:
        profiles_equal(w.actor_profile(actor, 5, f), timeline.actor_profile(query.apply_filters(corpus, f), actor, 5))
        assert w._actor_seen(actor, raws_of(w, actor), f) == seen_from_rows(w, actor, f), actor
    w.close()


def test_a_store_written_before_the_per_name_counts_reads_rows_until_its_aggregates_are_merged(tmp_path, monkeypatch):
    real = Store._batch_aggregates

    def without_counts(self, *args):
        tables, extra, commit = real(self, *args)
        tables.pop("agg_actor_articles")
        return tables, extra, commit

    store = Store(tmp_path / "store")
    monkeypatch.setattr(Store, "_batch_aggregates", without_counts)
    write_generated(store, n=30, batch=10, rewrite=range(2, 6))
    monkeypatch.undo()
    before = warehouse.Warehouse(store, corrections=[])
    assert not before._complete["agg_actor_articles"]
    actors = before.top_actors(None)["actor"].tolist()
    want = {a: before._actor_seen(a, raws_of(before, a), FILTERS["from 2023-09"]) for a in actors}
    assert main(["merge-aggregates", "--store", str(store.path)]) == 0  # (`Store.merge_aggregates`)
    after = warehouse.Warehouse(store, corrections=[])
    assert after._complete["agg_actor_articles"]
    assert {a: after._actor_seen(a, raws_of(after, a), FILTERS["from 2023-09"]) for a in actors} == want


@pytest.mark.parametrize("within", [0, 50_000], ids=["texts by speaker", "texts by date"])
@pytest.mark.parametrize("name", ["all", "from 2023-09", "window, two outlets"])
@pytest.mark.parametrize("descending", [True, False])
def test_an_actors_statements_newest_first_carry_their_own_texts(generated, monkeypatch, within, name, descending):
    """The Actors page lists an actor's statements in date order; their texts are read by date when
    the page lies within `_FEW_DATED_ROWS` rows of the date order, else by speaker: the same rows.
    (A reader's own statement index: the writers' derived parts hold the texts of a small store.)"""
    from analysis import network
    from tests.analysis.test_warehouse import frames_equal, page_sorted

    monkeypatch.setattr(warehouse, "_FEW_DATED_ROWS", within)
    monkeypatch.setattr(warehouse.Warehouse, "_derived_set", lambda self: None)
    monkeypatch.setattr(warehouse.Warehouse, "_statement_index_path", lambda self: None)
    w = warehouse.Warehouse(generated, corrections=[])
    f = FILTERS[name]
    corpus = query.apply_filters(generated.load(), f)
    table = query.statement_table(corpus, network.DEFAULT_MIN_CONFIDENCE)
    for speaker in query.top_speakers(corpus, 2)["speaker"]:
        want = page_sorted(query.filter_statements(table, count_carriers=True, speakers=[speaker]), "date", descending)
        got = w.statements(f, speakers=(speaker,), sort="date", descending=descending, limit=4,
                           min_confidence=network.DEFAULT_MIN_CONFIDENCE)
        assert got.total == len(want)
        frames_equal(got.rows, want.head(4), warehouse.STATEMENT_COLUMNS)
    w.close()


PERIODS = {**FILTERS, "from 2000": query.CorpusFilters(date_from=dt.date(2000, 1, 1), count_carriers=True)}


@pytest.mark.parametrize("name", list(PERIODS))
def test_every_actor_named_or_in_a_stance_in_the_period_is_ranked(generated, name, monkeypatch):
    """`top_actors(None, f)` lists the actors the filtered rows name, then those only in its
    stances; the stance rows of the period are read only when the whole store's stances (read
    once) name an actor the period's counts lack (both ways are exercised by the periods here)."""
    w = warehouse.Warehouse(generated, corrections=[])
    f = PERIODS[name]
    everything = corrected_pair(generated, [])[1]
    corpus = query.apply_filters(everything, f)
    stated = everything.stances[everything.stances["source"] != everything.stances["target"]]
    named = set(corpus.mentions["actor"].dropna()) | set(corpus.statements["speaker"].dropna())
    said = corpus.stances[corpus.stances["source"] != corpus.stances["target"]]
    only_in_stances = (set(said["source"].dropna()) | set(said["target"].dropna())) - named
    asked = []
    real = warehouse.Warehouse._pairs
    monkeypatch.setattr(warehouse.Warehouse, "_pairs", lambda self, filters, *a, **k: asked.append(filters)
                        or real(self, filters, *a, **k))
    got = w.top_actors(None, f)
    assert set(got["actor"]) == named | only_in_stances
    assert got["actor"].tolist()[len(got) - len(only_in_stances):] == sorted(only_in_stances)
    if not f.active or (set(stated["source"].dropna()) | set(stated["target"].dropna())) <= named:
        assert asked == [None]
    else:
        assert asked == [None, f]
    first, asked[:] = list(asked), []
    assert w.top_actors(None, f).equals(got)
    assert asked == first[1:]  # the whole store's are kept
    w.close()
