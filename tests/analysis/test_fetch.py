"""`analysis.fetch`: safe fetching (SSRF rules, redirects, limits, retries) and article extraction,
against the local news site of `tests.feed_server` on 127.0.0.1 only."""
from __future__ import annotations

import pytest

from analysis import fetch
from analysis.fetch import Fetcher, FetchError
from tests.feed_server import FeedServer, Route, article_text, feed_server  # noqa: F401


def quick(**kw) -> Fetcher:
    return Fetcher(**{"delay": 0, "retries": 0, "timeout": 2, "sleep": lambda s: None, **kw})


@pytest.mark.parametrize("url", [
    "http://10.0.0.1/a", "http://192.168.1.20/", "http://172.16.5.4/x", "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.1.1/",
])
def test_private_loopback_link_local_and_metadata_addresses_are_refused(url, monkeypatch):
    monkeypatch.delenv("ACTORLENS_FETCH_ALLOW", raising=False)
    with pytest.raises(FetchError, match="refused"):
        fetch.fetch(url, timeout=1)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/", "javascript:alert(1)",
                                 "/relative/path", "http://"])
def test_only_http_and_https_urls(url):
    with pytest.raises(FetchError, match="only http and https|without a host"):
        fetch.fetch(url, timeout=1)


def test_a_name_resolving_to_loopback_is_refused_without_the_setting(feed_server, monkeypatch):
    port = feed_server.base.rsplit(":", 1)[1]
    monkeypatch.delenv("ACTORLENS_FETCH_ALLOW")
    with pytest.raises(FetchError, match="refused: localhost resolves to"):
        fetch.fetch(f"http://localhost:{port}/news/0", timeout=1)
    assert feed_server.requests == []  # refused before any connection


def test_the_setting_lifts_the_rule_only_for_the_hosts_it_names(feed_server, monkeypatch):
    assert fetch.fetch(feed_server.url("/news/0"), timeout=2).status == 200
    monkeypatch.setenv("ACTORLENS_FETCH_ALLOW", "intranet.example, 10.1.2.3")
    with pytest.raises(FetchError, match="refused"):
        fetch.fetch(feed_server.url("/news/0"), timeout=1)


def test_a_redirect_to_loopback_is_checked_again_and_refused(feed_server, monkeypatch):
    """The name `localhost` is allowed, the address a redirect points to is not."""
    port = feed_server.base.rsplit(":", 1)[1]
    feed_server.routes["/to-loopback"] = Route(status=302, headers={"Location": f"http://127.0.0.1:{port}/news/0"})
    monkeypatch.setenv("ACTORLENS_FETCH_ALLOW", "localhost")
    with pytest.raises(FetchError, match="refused: 127.0.0.1"):
        fetch.fetch(f"http://localhost:{port}/to-loopback", timeout=2)
    assert [p for p, _ in feed_server.requests] == ["/to-loopback"]


def test_redirect_chain_is_followed_to_the_article(feed_server):
    article = fetch.fetch_article(feed_server.url("/r1"), quick())
    assert article.url == feed_server.url("/news/0")
    assert "report number 0" in article.text
    assert [p for p, _ in feed_server.requests if p != "/robots.txt"] == ["/r1", "/r2", "/news/0"]


def test_redirect_loop_stops(feed_server):
    feed_server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch.fetch(feed_server.url("/loop"), timeout=2)


def test_article_text_and_metadata_without_boilerplate(feed_server):
    article = fetch.fetch_article(feed_server.url("/news/1"), quick())
    assert article.title == "Talks stall over report 1"
    assert article.date == "2026-11-02"
    assert article.author == "Kim Reporter"
    assert article.source == "Daily Example"
    assert article.url == feed_server.url("/news/1")
    assert article.id == fetch.url_id(article.url)
    for boilerplate in ("cookies", "Subscribe now", "Most read", "All rights reserved", "Weather"):
        assert boilerplate not in article.text
    assert article.text.split("\n\n")[0].startswith("“We will not accept")
    assert len(article.text.split("\n\n")) == 3  # paragraphs kept apart by blank lines


def test_a_page_without_date_metadata_is_undated_not_guessed(feed_server):
    article = fetch.fetch_article(feed_server.url("/nodate"), quick())
    assert article.date == ""


@pytest.mark.parametrize("path, fetcher, reason", [
    ("/paywall", quick(), "empty extraction or paywall stub"),
    ("/gone", quick(), "HTTP 404"),
    ("/data.json", quick(), r"not HTML \(application/json\)"),
    ("/huge", quick(max_bytes=2**20), "too large"),
    ("/slow", quick(timeout=0.5), "timeout"),
])
def test_failures_name_their_reason(feed_server, path, fetcher, reason):
    with pytest.raises(FetchError, match=reason):
        fetch.fetch_article(feed_server.url(path), fetcher)


def test_too_large_without_content_length_is_cut_while_reading(feed_server, monkeypatch):
    monkeypatch.setattr(fetch.http.client.HTTPResponse, "getheader",
                        lambda self, name, default=None: None if name.lower() == "content-length" else default)
    with pytest.raises(FetchError, match="more than"):
        fetch.fetch(feed_server.url("/huge"), max_bytes=100_000, timeout=2)


def test_transient_failures_are_retried_with_backoff(feed_server):
    waits = []
    feed_server.routes["/flaky"] = Route(b"busy", status=503)
    with pytest.raises(FetchError, match="HTTP 503"):
        fetch.fetch_article(feed_server.url("/flaky"), quick(retries=2, backoff=0.5, sleep=waits.append))
    assert [p for p, _ in feed_server.requests].count("/flaky") == 3
    assert waits == [0.5, 1.0]


def test_not_found_is_not_retried(feed_server):
    with pytest.raises(FetchError, match="404"):
        fetch.fetch_article(feed_server.url("/gone"), quick(retries=3))
    assert [p for p, _ in feed_server.requests].count("/gone") == 1


def test_robots_txt_is_obeyed(feed_server):
    feed_server.page("/private/story", "<html></html>")
    with pytest.raises(FetchError, match="robots.txt"):
        fetch.fetch_article(feed_server.url("/private/story"), quick())
    assert "/private/story" not in [p for p, _ in feed_server.requests]


def test_per_host_delay_between_requests(feed_server):
    waits = []
    fetcher = Fetcher(delay=5.0, retries=0, timeout=2, sleep=waits.append)
    fetcher.get(feed_server.url("/news/0"))
    fetcher.get(feed_server.url("/news/1"))
    assert len(waits) == 2 and all(4.0 < w <= 5.0 for w in waits)  # after robots.txt, then between pages


def test_extraction_of_a_text_that_is_long_enough(feed_server):
    html = feed_server.routes["/news/2"].body.decode()
    article = fetch.extract_article(html, "https://outlet.example/news/2")
    assert article.text.replace("\n\n", "\n") == article_text(2).replace("\n\n", "\n")
