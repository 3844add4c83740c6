"""`analysis.feeds`: URLs and RSS/Atom feeds into the store through the normal ingest path, every
failure reported, nothing fetched twice; the CLI (`ingest --urls/--feed`, `feeds`, `watch`)."""
from __future__ import annotations

import pytest

from analysis import feeds
from analysis.__main__ import main
from analysis.fetch import Fetcher
from analysis.store import Store
from tests.feed_server import atom, feed_server, rss  # noqa: F401


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setenv("ACTORLENS_FETCH_DELAY", "0")
    return Fetcher(delay=0, retries=0, timeout=1.0, sleep=lambda s: None)


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store")


def test_rss_feed_entries_are_fetched_and_ingested(feed_server, quick, store, nlp):
    summary = feeds.ingest_live(store, feed_urls=[feed_server.url("/rss.xml")], fetcher=quick)
    assert summary.ingest.new == 3
    assert summary.ingest.failed == [(feed_server.url("/gone"), "HTTP 404")]
    corpus = store.load()
    assert set(corpus.articles["url"]) == {feed_server.url(f"/news/{i}") for i in range(3)}
    assert set(corpus.articles["source"]) == {"Daily Example"}
    assert not corpus.statements.empty
    assert "Summary only" not in " ".join(corpus.articles["text"])  # the page, not the feed's summary
    assert list(corpus.errors["file"]) == [feed_server.url("/gone")]


@pytest.mark.parametrize("path", ["/rss.xml", "/atom.xml"])
def test_rss_and_atom_entries(feed_server, path):
    title, entries = feeds.parse_feed(feed_server.routes[path].body, feed_server.url(path))
    assert title in ("Daily Example", "Example Wire")
    assert [e.link for e in entries][:3] == [feed_server.url(f"/news/{i}") for i in range(3)]


RSS_1_0 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://x/"><title>Old Wire</title><link>http://x/</link>
 <description>d</description></channel><item rdf:about="http://x/a"><title>A</title><link>http://x/a</link></item>
 <item rdf:about="http://x/b"><title>B</title><link>http://x/b</link></item></rdf:RDF>"""
RSS_0_91 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title><link>http://x/</link>
 <description>d</description><item><title>A</title><link>http://x/a</link></item>
 <item><title>B</title><link>http://x/b</link></item></channel></rss>"""


@pytest.mark.parametrize("body", [RSS_1_0, RSS_0_91])
def test_older_rss_versions(body):
    title, entries = feeds.parse_feed(body, "http://x/feed")
    assert title == "Old Wire" and [e.link for e in entries] == ["http://x/a", "http://x/b"]


@pytest.mark.parametrize("body, reason", [
    (b"<rss><channel><title>Broken<item><link>oops</channel>", "bad XML"),
    (b"<html><body>Not a feed at all</body></html>", "bad XML|not an RSS or Atom feed"),
    (b"", "bad XML|not an RSS or Atom feed"),
])
def test_what_is_not_a_feed_is_refused_with_a_reason(body, reason):
    with pytest.raises(feeds.FetchError, match=reason):
        feeds.parse_feed(body, "http://x/feed")


def test_second_poll_is_conditional_and_fetches_nothing_again(feed_server, quick, store, nlp):
    feeds.add_feed(store, feed_server.url("/rss.xml"))
    feeds.add_feed(store, feed_server.url("/atom.xml"))
    first = feeds.ingest_live(store, stored_feeds=True, fetcher=quick)
    assert first.ingest.new == 3
    feed_server.requests.clear()
    second = feeds.ingest_live(store, stored_feeds=True, fetcher=quick)
    assert second.ingest.new == 0
    rss_request = dict(feed_server.requests)["/rss.xml"]
    assert rss_request["if-none-match"] == '"rss-v1"'
    assert rss_request["if-modified-since"] == "Mon, 02 Nov 2026 08:00:00 GMT"
    assert not any(p.startswith("/news/") for p, _ in feed_server.requests)  # the Atom entries were seen
    state = {f.url: f for f in feeds.read_feeds(store)}
    assert state[feed_server.url("/rss.xml")].last_status == "not modified"
    assert state[feed_server.url("/rss.xml")].total_articles == 3
    assert feeds.feeds_doc(store)["last_poll"]


def test_same_text_under_another_url_is_stored_once(feed_server, quick, store, nlp):
    feed_server.routes["/news/0?utm_source=feed"] = feed_server.routes["/news/0"]
    summary = feeds.ingest_live(store, urls=[feed_server.url("/news/0"), feed_server.url("/news/0?utm_source=feed")],
                                fetcher=quick)
    assert summary.ingest.new == 1
    assert len(store.load().articles) == 1


def test_an_updated_page_replaces_its_earlier_version(feed_server, quick, store, nlp):
    url = feed_server.url("/news/1")
    feeds.ingest_live(store, urls=[url], fetcher=quick)
    body = feed_server.routes["/news/1"].body.decode().replace("two weeks", "three weeks")
    feed_server.page("/news/1", body)
    feeds.ingest_live(store, urls=[url], fetcher=quick)
    articles = store.load().articles
    assert len(articles) == 1 and "three weeks" in articles["text"].iloc[0]


def test_a_feed_that_keeps_failing_is_paused_and_reported(feed_server, quick, store, monkeypatch, nlp):
    monkeypatch.setenv("ACTORLENS_FEED_MAX_FAILURES", "2")
    feeds.add_feed(store, feed_server.url("/broken.xml"))
    for _ in range(3):
        summary = feeds.ingest_live(store, stored_feeds=True, fetcher=quick)
    (state,) = feeds.read_feeds(store)
    assert state.paused and state.failures == 2
    assert "bad XML" in state.last_status and "paused" in state.last_status
    assert summary.feeds == []  # the third poll skipped it
    assert [p for p, _ in feed_server.requests].count("/broken.xml") == 2
    assert len(store.load().errors) == 1  # one error row, not one per poll
    feeds.add_feed(store, feed_server.url("/broken.xml"))  # an editor adds it again: resumed
    assert not feeds.read_feeds(store)[0].paused


def test_refused_and_failed_urls_are_in_the_summary_and_the_fetch_log(feed_server, quick, store, nlp):
    urls = [feed_server.url("/news/2"), feed_server.url("/paywall"), "http://10.0.0.7/story", "ftp://example.org/x"]
    summary = feeds.ingest_live(store, urls=urls, fetcher=quick)
    assert summary.ingest.new == 1
    reasons = dict(summary.ingest.failed)
    assert "paywall stub" in reasons[feed_server.url("/paywall")]
    assert "refused" in reasons["http://10.0.0.7/story"]
    assert "only http and https" in reasons["ftp://example.org/x"]
    assert {f["url"] for f in feeds.fetch_log(store)} == set(urls[1:])


@pytest.mark.parametrize("text, seconds", [("90", 90), ("45s", 45), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_parse_interval(text, seconds):
    assert feeds.parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15 minutes", "-5m"])
def test_parse_interval_refuses(text):
    with pytest.raises(ValueError):
        feeds.parse_interval(text)


def test_cli_ingest_urls_and_feed(feed_server, tmp_path, capsys, monkeypatch, nlp):
    monkeypatch.setenv("ACTORLENS_FETCH_DELAY", "0")
    url_file = tmp_path / "urls.txt"
    url_file.write_text(f"# pasted links\n{feed_server.url('/news/0')}\n\n{feed_server.url('/gone')}\n", encoding="utf-8")
    code = main(["ingest", "--urls", str(url_file), "--feed", feed_server.url("/atom.xml"),
                 "--store", str(tmp_path / "s")])
    err = capsys.readouterr().err
    assert code == 0
    assert err.splitlines()[0].startswith("3 new, 0 unchanged, 1 failed")
    assert f"failed: {feed_server.url('/gone')}: HTTP 404" in err
    assert f"feed: {feed_server.url('/atom.xml')}: ok, 2 new" in err


def test_cli_nothing_ingested_exits_non_zero(feed_server, tmp_path, capsys):
    url_file = tmp_path / "urls.txt"
    url_file.write_text(feed_server.url("/paywall") + "\n", encoding="utf-8")
    assert main(["ingest", "--urls", str(url_file), "--store", str(tmp_path / "s")]) == 1
    assert "paywall stub" in capsys.readouterr().err


def test_cli_feeds_add_list_remove(feed_server, tmp_path, capsys):
    s = str(tmp_path / "s")
    assert main(["feeds", "--store", s, "--add", feed_server.url("/rss.xml")]) == 0
    assert feed_server.url("/rss.xml") in capsys.readouterr().out
    assert main(["feeds", "--store", s, "--add", "file:///etc/passwd"]) == 2
    assert main(["feeds", "--store", s, "--remove", feed_server.url("/rss.xml")]) == 0
    assert capsys.readouterr().out == ""


def test_watch_polls_until_stopped(feed_server, quick, store, nlp):
    feeds.add_feed(store, feed_server.url("/rss.xml"))
    lines, sleeps = [], []
    rounds = feeds.watch(store, every=900, fetcher=quick, log=lines.append, sleep=sleeps.append,
                         stop=lambda: len(sleeps) >= 2)
    assert rounds == 2  # stopped while waiting after the second poll
    assert len(sleeps) == 2 and all(880 < s <= 900 for s in sleeps)
    assert len(store.load().articles) == 3
    assert any("not modified" in line for line in lines)


def test_watch_once_from_the_command_line(feed_server, tmp_path, capsys, monkeypatch, nlp):
    monkeypatch.setenv("ACTORLENS_FETCH_DELAY", "0")
    feed_list = tmp_path / "feeds.txt"
    feed_list.write_text(feed_server.url("/atom.xml") + "\n", encoding="utf-8")
    assert main(["watch", "--store", str(tmp_path / "s"), "--feeds", str(feed_list), "--once", "--every", "1m"]) == 0
    err = capsys.readouterr().err
    assert "3 new" in err and "stopped" in err
    assert [f.url for f in feeds.read_feeds(Store(tmp_path / "s"))] == [feed_server.url("/atom.xml")]
