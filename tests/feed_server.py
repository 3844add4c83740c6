"""A local news site on 127.0.0.1 for the fetch, feed, page, browser tests and the benchmark.

It serves RSS 2.0 and Atom feeds, broken XML, article pages with boilerplate, JSON-LD and meta
dates, a paywall stub, a redirect chain, a slow and an oversized response, robots.txt, and
answers conditional requests (ETag / Last-Modified) with 304. Nothing leaves the machine.
"""
from __future__ import annotations

import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SPEAKERS = [("Foreign Minister Anna Berg", "Berg"), ("Economy Minister Jonas Lind", "Lind"),
            ("Senator Maria Costa", "Costa"), ("Mayor Pavel Novak", "Novak")]
TOPICS = ["the sanctions", "the new trade agreement", "the port expansion", "the energy tariffs",
          "the border talks", "the budget plan"]


def article_text(i: int) -> str:
    """Three paragraphs with two direct quotes and reported speech, ~120 words, different per `i`."""
    name, surname = SPEAKERS[i % len(SPEAKERS)]
    topic = TOPICS[i % len(TOPICS)]
    other = SPEAKERS[(i + 1) % len(SPEAKERS)][0]
    return (
        f"“We will not accept {topic} in this form,” {name} said on Monday in report number {i}.\n\n"
        f"{surname} added that the government would present its own proposal within two weeks, and "
        f"that negotiations with neighbouring countries had been difficult but constructive so far. "
        f"Officials familiar with the matter described long meetings that went on late into the night.\n\n"
        f"{other} criticised {surname} for the delay. “This is not leadership, it is hesitation,” "
        f"{other.split()[-1]} told reporters outside parliament, adding that voters expected clear "
        f"answers about {topic} before the end of the session in the autumn."
    )


def article_page(i: int, *, base: str, outlet: str = "Daily Example", date: str = "2026-11-0",
                 text: str | None = None, jsonld: bool = True, title: str | None = None) -> str:
    """An article page as outlets publish them: navigation, a sidebar, a footer around the story."""
    text = article_text(i) if text is None else text
    title = title or f"Talks stall over report {i}"
    day = f"{date}{1 + i % 9}" if date.endswith("-0") else date
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    ld = (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{title}", "datePublished": "{day}T08:00:00Z", '
          f'"author": {{"@type": "Person", "name": "Kim Reporter"}}, '
          f'"publisher": {{"@type": "Organization", "name": "{outlet}"}}}}</script>') if jsonld else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {outlet}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{day}T08:00:00Z">
<meta name="author" content="Kim Reporter">
<link rel="canonical" href="{base}/news/{i}">
{ld}</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe now for only 1 euro</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Kim Reporter</p>
{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten things you missed this week</a></li>
<li><a href="/b">Weather: a cold weekend ahead</a></li></ul></aside></main>
<footer><p>© 2026 {outlet}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


PAYWALL = """<!DOCTYPE html><html><head><title>Subscribers only | Daily Example</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Exclusive: the inside story</h1>
<p>This article is for subscribers only. Subscribe to continue reading.</p></article>
<footer>© 2026 Daily Example</footer></body></html>"""


def rss(base: str, items: list[tuple[str, str]], title: str = "Daily Example") -> str:
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<description>Summary only, not the article.</description>"
        f"<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>"
        for path, t in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>News</description>{entries}</channel></rss>")


def atom(base: str, items: list[tuple[str, str]], title: str = "Example Wire") -> str:
    entries = "".join(
        f'<entry><title>{html.escape(t)}</title><link href="{base}{path}"/><id>{base}{path}</id>'
        f"<updated>2026-11-03T08:00:00Z</updated><summary>Summary only.</summary></entry>"
        for path, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>{base}/atom</id><updated>2026-11-03T08:00:00Z</updated>{entries}</feed>")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response starts


class FeedServer:
    """A ThreadingHTTPServer on a free port of 127.0.0.1; `routes` may be changed while it runs."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []  # (path, headers) of every request
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "9")
                    self.end_headers()
                    self.wfile.write(b"not found")
                    return
                if route.delay:
                    time.sleep(route.delay)
                etag = route.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, text: str, **kw) -> None:
        self.routes[path] = Route(text.encode("utf-8"), **kw)

    def __enter__(self) -> "FeedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def news_site(server: FeedServer, n_articles: int = 3) -> FeedServer:
    """The fixture site: /rss.xml (RSS 2.0, n articles + one entry whose page 404s), /atom.xml
    (Atom), /broken.xml, /news/<i> pages, /paywall, /r1 → /r2 → /news/0, /slow, /huge, /robots.txt."""
    base = server.base
    for i in range(n_articles):
        server.page(f"/news/{i}", article_page(i, base=base))
    server.page("/nodate", article_page(90, base=base, jsonld=False, date=""))
    server.page("/paywall", PAYWALL)
    server.routes["/r1"] = Route(status=302, headers={"Location": "/r2"})
    server.routes["/r2"] = Route(status=301, headers={"Location": f"{base}/news/0"})
    server.page("/slow", article_page(1, base=base), delay=3.0)
    server.routes["/huge"] = Route(b"<html><body>" + b"x" * (3 * 2**20) + b"</body></html>")
    server.routes["/data.json"] = Route(b'{"not": "html"}', content_type="application/json")
    server.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    items = [(f"/news/{i}", f"Report {i}") for i in range(n_articles)] + [("/gone", "A story that was removed")]
    server.page("/rss.xml", rss(base, items), content_type="application/rss+xml",
                headers={"ETag": '"rss-v1"', "Last-Modified": "Mon, 02 Nov 2026 08:00:00 GMT"})
    server.page("/atom.xml", atom(base, [(f"/news/{i}", f"Report {i}") for i in range(n_articles)]),
                content_type="application/atom+xml")
    server.page("/broken.xml", "<rss><channel><title>Broken<item><link>oops</channel>", content_type="application/xml")
    return server


@pytest.fixture
def feed_server(monkeypatch):
    """The news site on a free port of 127.0.0.1, which fetching is allowed to reach."""
    monkeypatch.setenv("ACTORLENS_FETCH_ALLOW", "127.0.0.1")
    with FeedServer() as server:
        yield news_site(server)
