"""The content key that caches a corpus's analysis: same content, same key; any change, a new one."""
from __future__ import annotations

import pytest

from analysis.types import Article, LoadError
from ui import cache

A = Article("a1", "Ann said hi.", "T", "2024-01-01", "VOA")


def test_same_content_same_key_whatever_the_list_object():
    assert cache.corpus_key([A], [], "m") == cache.corpus_key([Article(*A.__dict__.values())], (), "m")


@pytest.mark.parametrize("articles, errors, model", [
    ([Article("a1", "Ann said bye.", "T", "2024-01-01", "VOA")], [], "m"),  # text
    ([Article("a2", "Ann said hi.", "T", "2024-01-01", "VOA")], [], "m"),  # id
    ([Article("a1", "Ann said hi.", "T", "2024-01-02", "VOA")], [], "m"),  # date
    ([Article("a1", "Ann said hi.", "T", "2024-01-01", "AP")], [], "m"),  # source
    ([A], [LoadError("x.txt", 3, "bad")], "m"),  # load errors
    ([A], [], "other-model"),
    ([A, A], [], "m"),
    ([], [], "m"),
])
def test_any_change_changes_the_key(articles, errors, model):
    assert cache.corpus_key(articles, errors, model) != cache.corpus_key([A], [], "m")


def test_store_version_changes_when_a_batch_is_published(tmp_path):
    published = tmp_path / "published"
    assert cache.store_version(tmp_path) == "empty"
    published.mkdir()
    empty = cache.store_version(tmp_path)
    (published / "0001.json").write_text("{}", encoding="utf-8")
    one = cache.store_version(tmp_path)
    (published / "0002.json").write_text("{}", encoding="utf-8")
    assert len({empty, one, cache.store_version(tmp_path)}) == 3


def test_the_server_takes_arrow_memory_from_jemalloc_where_arrow_has_it():
    import pyarrow as pa

    try:
        pa.jemalloc_memory_pool()
    except NotImplementedError:
        pytest.skip("this Arrow build has no jemalloc")
    assert pa.default_memory_pool().backend_name == "jemalloc"


def test_a_session_corpus_is_hashed_once(monkeypatch):
    """Hashing every article's text on each rerun cost ~30 ms a hash on 10,000 articles."""
    from ui import corpus_source, setup

    calls = []
    monkeypatch.setattr(cache, "content_key", lambda articles, errors: calls.append(1) or "k1")
    loaded = setup.LoadedCorpus(corpus_source.CorpusChoice(corpus_source.SEED), [A], [])
    assert [setup.machine_key(loaded), setup.machine_key(loaded)] == ["k1", "k1"]
    assert len(calls) == 1
