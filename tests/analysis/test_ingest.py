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
from analysis import loading
from analysis.__main__ import main
from analysis.ingest import ingest
from analysis.store import Store

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


def test_new_analysis_version_reanalyses_lazily_or_on_command(corpus_dir, store, monkeypatch):
    ingest([corpus_dir], store)
    old = analysis.types.ANALYSIS_VERSION
    monkeypatch.setattr(analysis.types, "ANALYSIS_VERSION", "test-next")
    assert store.stats().outdated == 4
    assert {k.split(":")[1] for k in store.known_keys()} == {old}
    summary = ingest([corpus_dir / "a.txt"], store)  # lazily: what is ingested again
    assert summary.new == 1
    assert store.stats().outdated == 3
    summary = ingest([], store, reanalyze=True)  # on command: the rest, from the stored text
    assert summary.new == 3
    assert store.stats().outdated == 0
    assert len(store.load().articles) == 4
    assert ingest([corpus_dir], store).new == 0


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
    summary = ingest([corpus_dir], store)
    assert (summary.new, summary.unchanged) == (4 - len(done), len(done))
    assert len(store.load().articles) == 4
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
