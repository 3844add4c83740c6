import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import analysis.types
from analysis import corpus as corpus_mod
from analysis import loading, network, query
from analysis.__main__ import main
from analysis.ingest import ingest
from analysis.store import Store
from analysis.warehouse import Warehouse

ARTICLES = {
    "a.txt": "Cuba talks\n\n“We will not accept these sanctions,” Foreign Minister Anna Berg said on Monday.\n",
    "b.txt": "Trade\n\nAccording to Pedro Ruiz, the deal with Russia will help Cuba.\n",
    "c.txt": "Summit\n\nDmitry Medvedev visited Havana. “Russia is a friend,” Medvedev said.\n",
    "d.txt": "NATO\n\nThe State Department warned that NATO must act. Jens Stoltenberg agreed.\n",
}


@pytest.fixture
def corpus_dir(tmp_path, nlp):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store")


def normalised(corpus):
    """Tables as sorted tuples (NaN → None, lists → tuples) so two corpora compare by content."""
    def cell(v):
        if isinstance(v, (list, tuple)) or hasattr(v, "tolist"):
            return tuple(cell(x) for x in (v.tolist() if hasattr(v, "tolist") else v))
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
    out = {}
    for name, df in corpus.tables().items():
        cols = [c for c in df.columns if c != "path"]
        out[name] = sorted((tuple(cell(r[c]) for c in cols) for r in df.to_dict("records")), key=repr)
    return out


def test_store_holds_what_in_memory_analysis_gives(corpus_dir, store):
    summary = ingest([corpus_dir], store)
    assert (summary.new, summary.unchanged, summary.failed) == (4, 0, [])
    loaded = loading.load_paths([corpus_dir])
    assert normalised(store.load()) == normalised(corpus_mod.analyze_corpus(loaded.articles, loaded.errors))


def test_second_ingest_analyses_nothing(corpus_dir, store, monkeypatch):
    ingest([corpus_dir], store, batch_size=2)
    analysed = []
    real = corpus_mod.analyze_articles
    monkeypatch.setattr(corpus_mod, "analyze_articles",
                        lambda articles, *a, **kw: real([analysed.append(x) or x for x in articles], *a, **kw))
    summary = ingest([corpus_dir], store, batch_size=2)
    assert (summary.new, summary.unchanged, summary.batches, analysed) == (0, 4, 0, [])
    assert store.stats().batches == 2


def test_edited_and_added_articles_are_the_only_ones_analysed(corpus_dir, store):
    ingest([corpus_dir], store)
    (corpus_dir / "b.txt").write_text("Trade\n\nPedro Ruiz said the deal is off.\n", encoding="utf-8")
    (corpus_dir / "e.txt").write_text("New\n\nAnna Berg said nothing new.\n", encoding="utf-8")
    summary = ingest([corpus_dir], store)
    assert (summary.new, summary.unchanged) == (2, 3)
    texts = store.load().articles["text"].tolist()
    assert len(texts) == 6  # the edited article has a new content id, so the old one stays as well
    assert any("deal is off" in t for t in texts)


@pytest.mark.parametrize("change", [
    lambda mp, tmp: mp.setattr(analysis.types, "ANALYSIS_VERSION", "test-next"),
    lambda mp, tmp: mp.setenv("ACTORLENS_METONYMS", "0"),
    lambda mp, tmp: (tmp.joinpath("aliases.tsv").write_text("Pedro Ruiz\tPedro Ruiz Soto\tperson\n"),
                     mp.setenv("ACTORLENS_ALIASES", str(tmp / "aliases.tsv"))),
], ids=["analysis version", "metonyms setting", "alias table"])
def test_an_upgrade_or_setting_change_marks_rows_outdated_and_ingest_reanalyses_them(
        corpus_dir, store, monkeypatch, tmp_path, change):
    ingest([corpus_dir], store)
    before = store.known_keys()
    change(monkeypatch, tmp_path)
    assert store.stats().outdated == 4
    assert store.freshness().outdated == 4
    summary = ingest([corpus_dir / "a.txt"], store)  # the given one and the stored rest, from their text
    assert (summary.new, summary.outdated, summary.unchanged) == (4, 4, 0)
    assert any("re-analysed 4 outdated articles" in line for line in summary.lines())
    assert store.stats().outdated == 0 and store.freshness().hidden == 0
    assert not before & store.known_keys()
    assert len(store.load().articles) == 4
    again = ingest([corpus_dir], store)
    assert (again.new, again.outdated, again.unchanged) == (0, 0, 4)


def test_a_store_analysed_half_under_new_settings_is_never_shown_mixed(corpus_dir, store, monkeypatch):
    ingest([corpus_dir / "a.txt", corpus_dir / "b.txt"], store)
    monkeypatch.setenv("ACTORLENS_METONYMS", "0")
    store.write_batch(*_analysed_rows(corpus_dir / "c.txt"))
    fresh = store.freshness()
    assert (fresh.articles, fresh.current, fresh.shown, fresh.hidden) == (3, 1, 1, 2)
    assert store.load().articles["title"].tolist() == ["Summit"]
    monkeypatch.setenv("ACTORLENS_METONYMS", "1")  # back: the two articles of this analysis are shown
    assert sorted(store.load().articles["title"]) == ["Cuba talks", "Trade"]


def _analysed_rows(path):
    from analysis.ingest import article_rows
    from analysis.pipeline import resolve_model_name
    from analysis.store import article_key

    (article,) = loading.load_paths([path]).articles
    (analysis,) = corpus_mod.analyze_articles([article])
    return article_rows(analysis), {article.id: article_key(article, resolve_model_name())}


def test_cli_without_paths_refreshes_an_outdated_store(corpus_dir, tmp_path, capsys, monkeypatch):
    store = str(tmp_path / "store")
    assert main(["ingest", str(corpus_dir), "--store", store]) == 0
    monkeypatch.setenv("ACTORLENS_METONYMS", "0")
    assert main(["ingest", "--store", store]) == 0
    err = capsys.readouterr().err
    assert "4 new, 0 unchanged" in err and "re-analysed 4 outdated articles" in err


def test_an_article_that_fails_is_reported_and_the_rest_stored(corpus_dir, store, monkeypatch):
    real = corpus_mod.analyze_doc

    def analyze_doc(doc, article, **kw):
        if "NATO" in article.title:
            raise RuntimeError("boom")
        return real(doc, article, **kw)

    monkeypatch.setattr(corpus_mod, "analyze_doc", analyze_doc)
    summary = ingest([corpus_dir], store)
    assert summary.new == 3
    assert [(Path(w).name, r) for w, r in summary.failed] == [("d.txt", "analysis failed: RuntimeError: boom")]
    assert sorted(store.load().articles["title"]) == ["Cuba talks", "Summit", "Trade"]


def test_load_errors_are_reported_and_stored(corpus_dir, store):
    (corpus_dir / "bad.json").write_text("{not json", encoding="utf-8")
    summary = ingest([corpus_dir], store)
    assert summary.new == 4
    assert [Path(w).name.split(":")[0] for w, _ in summary.failed] == ["bad.json"]
    assert [Path(f).name for f in store.load().errors["file"]] == ["bad.json"]


def test_progress_is_reported_up_to_the_total(corpus_dir, store):
    calls = []
    ingest([corpus_dir], store, batch_size=3, on_progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 4), (3, 4), (4, 4)]


@pytest.mark.parametrize("files,code,expect", [
    ({"a.txt": ARTICLES["a.txt"]}, 0, "1 new, 0 unchanged, 0 failed"),
    ({"a.txt": ARTICLES["a.txt"], "bad.json": "{oops"}, 0, "failed: "),
    ({"bad.json": "{oops"}, 1, "nothing could be ingested"),
    ({}, 1, "nothing could be ingested"),
])
def test_cli_exit_code_and_summary(tmp_path, capsys, nlp, files, code, expect):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(folder), "--store", str(tmp_path / "store")]) == code
    assert expect in capsys.readouterr().err


def test_cli_rerun_of_unchanged_corpus_succeeds(corpus_dir, tmp_path, capsys):
    args = ["ingest", str(corpus_dir), "--store", str(tmp_path / "store")]
    assert main(args) == 0
    assert main(args) == 0
    assert "0 new, 4 unchanged" in capsys.readouterr().err


def test_cli_reports_a_foreign_store_folder(corpus_dir, tmp_path, capsys):
    assert main(["ingest", str(corpus_dir), "--store", str(corpus_dir)]) == 1
    assert "not an ActorLens store" in capsys.readouterr().err


@pytest.mark.slow
def test_kill_during_ingest_shows_no_partial_batch_and_rerun_completes(corpus_dir, store):
    env = {**os.environ, "ACTORLENS_TEST_PAUSE_BEFORE_PUBLISH": "0.6",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "ingest", str(corpus_dir), "--store",
                             str(store.path), "--batch-size", "1"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    published = store.path / "published"
    batches = store.path / "batches"

    def unpublished_parts():
        names = {p.name.split(".")[0] for p in batches.glob("[0-9]*.parquet")} if batches.exists() else set()
        done = {p.stem for p in published.glob("[0-9]*.json")} if published.exists() else set()
        return done, names - done

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        done, pending = unpublished_parts()
        if done and pending:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done, pending = unpublished_parts()
    assert pending, (done, pending)  # the killed batch's parts are on disk ...
    c = store.load()  # ... but not visible
    assert len(c.articles) == len(done) < 4, (done, pending)
    assert set(c.statements["article_id"]) <= set(c.articles["id"])
    assert Warehouse(store, corrections=[]).overview_counts() == query.overview_counts(c)  # nor its aggregates
    summary = ingest([corpus_dir], store)
    assert (summary.new, summary.unchanged) == (4 - len(done), len(done))
    assert len(store.load().articles) == 4
    full = store.load()
    assert Warehouse(store, corrections=[]).overview_counts() == query.overview_counts(full)
    assert Warehouse(store, corrections=[]).graph_parts().nodes == network.graph_parts(full).nodes
    assert unpublished_parts()[1] == set()  # the orphans were removed


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["dask", "local"])
def test_two_workers_give_the_single_process_result(corpus_dir, tmp_path, engine):
    """Dask on a LocalCluster(2), and the local pool of 2 processes."""
    single, parallel = Store(tmp_path / "single"), Store(tmp_path / engine)
    ingest([corpus_dir], single)
    summary = ingest([corpus_dir], parallel, engine=engine, workers=2, batch_size=2)
    assert (summary.new, summary.batches, summary.failed) == (4, 4, [])  # one batch per partition
    assert normalised(parallel.load()) == normalised(single.load())


@pytest.mark.slow
def test_local_cluster_workers_keep_glibc_default_trim_threshold():
    """Dask's default MALLOC_TRIM_THRESHOLD_=65536 made the analysis ~13 % slower in its workers."""
    from distributed import Client

    from analysis.ingest import local_cluster

    with local_cluster(1) as cluster, Client(cluster) as client:
        env = client.run(lambda: {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")})
    (worker_env,) = env.values()
    assert worker_env == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1"}


def test_cli_without_paths_asks_for_them(tmp_path, capsys):
    assert main(["ingest", "--store", str(tmp_path / "store")]) == 2
    assert "give files or folders" in capsys.readouterr().err


def test_cli_reanalyze_without_paths_on_an_up_to_date_store_is_fine(corpus_dir, tmp_path, capsys):
    store = str(tmp_path / "store")
    assert main(["ingest", str(corpus_dir), "--store", store]) == 0
    assert main(["ingest", "--reanalyze", "--store", store]) == 0
    assert "0 new, 0 unchanged" in capsys.readouterr().err.splitlines()[-1]
