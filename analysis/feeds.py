"""Live sources: article URLs and RSS/Atom feeds into the store, and the watcher that polls them.

The store keeps three small JSON documents (`Store.read_json_doc`):

- ``feeds``: the feed list and each feed's state — ETag / Last-Modified for conditional requests,
  last fetch, new articles, consecutive failures, recent errors, whether it is paused after too
  many failures in a row (a feed that keeps failing is reported, not retried forever);
- ``fetched``: every entry or pasted URL already fetched and each text's hash, so the same article
  (by URL, canonical URL or content) is fetched and stored once;
- ``fetch_log``: the latest failures (URL, reason, when), for the Sources page.

Each new feed entry's page is fetched (a feed's summary is not the article), extracted
(`fetch.extract_article`) and goes through `ingest.ingest_articles` like a loaded file; a failure
becomes a `LoadError` naming the URL, so it is in the ingest summary and the store's errors.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable

from . import settings
from .fetch import Fetcher, FetchError, fetch_article
from .types import Article, LoadError

FEEDS_DOC = "feeds"
FETCHED_DOC = "fetched"
LOG_DOC = "fetch_log"
LOG_KEEP = 500  # failures kept in the fetch log
ERRORS_KEEP = 20  # recent errors kept per feed
INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_interval(text: str) -> float:
    """Seconds of "90", "90s", "15m", "2h", "1d"."""
    m = INTERVAL.match(text or "")
    if not m:
        raise ValueError(f"not an interval: {text!r} (e.g. 15m, 1h, 300s)")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@dataclass
class FeedState:
    url: str
    title: str = ""
    added_by: str = ""
    added: str = ""
    etag: str = ""
    last_modified: str = ""
    last_fetch: str = ""  # when it was last polled (UTC ISO)
    last_status: str = ""  # "ok", "not modified" or the failure
    new_articles: int = 0  # in the last poll
    total_articles: int = 0
    failures: int = 0  # polls failed in a row
    paused: bool = False  # after `ACTORLENS_FEED_MAX_FAILURES` failures in a row
    errors: list = field(default_factory=list)  # recent [when, url, reason]

    @classmethod
    def from_dict(cls, d: dict) -> "FeedState":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class Entry:
    link: str
    title: str = ""


@dataclass
class Collected:
    """What one fetch round produced: articles to ingest, failures, and what was skipped."""

    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    skipped: int = 0  # already fetched (same URL or same text)
    fetch_seconds: float = 0.0
    extract_seconds: float = 0.0


# --- the feed list ------------------------------------------------------------------------------

def read_feeds(store) -> list[FeedState]:
    doc = store.read_json_doc(FEEDS_DOC, {}) or {}
    return [FeedState.from_dict(d) for d in doc.get("feeds", [])]


def feeds_doc(store) -> dict:
    return store.read_json_doc(FEEDS_DOC, {}) or {}


def _write_feeds(store, feeds: list[FeedState], **extra) -> None:
    with store.writer():
        doc = feeds_doc(store)
        doc["feeds"] = [asdict(f) for f in feeds]
        doc.update(extra)
        store.write_json_doc(FEEDS_DOC, doc)


def add_feed(store, url: str, *, user: str = "", title: str = "") -> FeedState:
    """Add a feed to the store's list (or resume a paused one); only http(s) URLs are accepted."""
    from .fetch import check_url

    url = url.strip()
    check_url(url)
    with store.writer():
        feeds = read_feeds(store)
        for f in feeds:
            if f.url == url:
                f.paused, f.failures = False, 0
                _write_feeds(store, feeds)
                return f
        state = FeedState(url, title=title, added_by=user, added=now_iso())
        _write_feeds(store, feeds + [state])
        return state


def remove_feed(store, url: str) -> None:
    with store.writer():
        _write_feeds(store, [f for f in read_feeds(store) if f.url != url])


def read_feed_list(path: str) -> list[str]:
    """URLs of a feed or URL list file: one a line; blank lines and `#` comments ignored."""
    with open(path, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#")]


def fetch_log(store) -> list[dict]:
    return (store.read_json_doc(LOG_DOC, {}) or {}).get("failures", [])


# --- parsing and fetching ----------------------------------------------------------------------

def parse_feed(body: bytes, url: str) -> tuple[str, list[Entry]]:
    """The feed's title and entries (RSS 0.9x/1.0/2.0, Atom); FetchError for what is not a feed."""
    import feedparser

    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"bad XML: {getattr(parsed, 'bozo_exception', 'not a feed')}")
    if not parsed.get("version") and not parsed.entries:
        raise FetchError("not an RSS or Atom feed")
    entries = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link and str(e.get("id", "")).startswith(("http://", "https://")):
            link = e["id"]
        if link:
            entries.append(Entry(link, e.get("title", "")))
    return parsed.feed.get("title", ""), entries


def _text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:24]


class Collector:
    """Fetches URLs not fetched before (by URL, canonical URL, text), collecting articles and failures."""

    def __init__(self, fetcher: Fetcher, seen: dict | None = None):
        self.fetcher = fetcher
        seen = seen or {}
        self.urls: dict[str, str] = dict(seen.get("urls", {}))
        self.hashes: dict[str, str] = dict(seen.get("hashes", {}))
        self.result = Collected()

    def seen(self) -> dict:
        return {"urls": self.urls, "hashes": self.hashes}

    def fetch(self, url: str, *, source: str = "", again: bool = False) -> Article | None:
        url = url.strip()
        if not again and url in self.urls:
            self.result.skipped += 1
            return None
        started = time.perf_counter()
        try:
            resp = self.fetcher.get(url)
            fetched = time.perf_counter()
            self.result.fetch_seconds += fetched - started
            article = fetch_article(url, self.fetcher, source=source, response=resp)
            self.result.extract_seconds += time.perf_counter() - fetched
        except FetchError as exc:
            self.result.errors.append(LoadError(url, None, exc.reason))
            return None
        digest = _text_hash(article.text)
        known = self.hashes.get(digest)
        self.urls[url] = self.urls[article.url] = known or article.id
        if known and known != article.id:
            self.result.skipped += 1  # the same text under another URL (e.g. with tracking parameters)
            return None
        self.hashes[digest] = article.id
        self.result.articles.append(article)
        return article


def poll_feed(feed: FeedState, collector: Collector, *, max_failures: int) -> None:
    """One conditional GET of a feed and a fetch of each new entry's page; updates `feed`."""
    feed.last_fetch = now_iso()
    before = len(collector.result.articles)
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        started = time.perf_counter()
        resp = collector.fetcher.get(feed.url, headers=headers)
        collector.result.fetch_seconds += time.perf_counter() - started
        if resp.status == 304:
            feed.last_status, feed.new_articles, feed.failures = "not modified", 0, 0
            return
        if resp.status != 200:
            raise FetchError(f"HTTP {resp.status}")
        title, entries = parse_feed(resp.body, feed.url)
    except FetchError as exc:
        feed.failures += 1
        feed.last_status, feed.new_articles = exc.reason, 0
        feed.errors = (feed.errors + [[feed.last_fetch, feed.url, exc.reason]])[-ERRORS_KEEP:]
        collector.result.errors.append(LoadError(feed.url, None, f"feed: {exc.reason}"))
        if feed.failures >= max_failures:
            feed.paused = True
            feed.last_status += f" — paused after {feed.failures} failed polls in a row"
        return
    feed.title = feed.title or title
    feed.etag, feed.last_modified = resp.headers.get("etag", ""), resp.headers.get("last-modified", "")
    failed_before = len(collector.result.errors)
    for entry in entries:
        collector.fetch(entry.link, source="")
    for e in collector.result.errors[failed_before:]:
        feed.errors = (feed.errors + [[feed.last_fetch, e.file, e.reason]])[-ERRORS_KEEP:]
    feed.failures = 0
    feed.new_articles = len(collector.result.articles) - before
    feed.total_articles += feed.new_articles
    new_failed = len(collector.result.errors) - failed_before
    feed.last_status = "ok" if not new_failed else f"ok, {new_failed} entries failed"


def default_fetcher(secrets=None, **overrides) -> Fetcher:
    """A `Fetcher` configured by the settings (the dashboard passes its Streamlit secrets)."""
    from .fetch import allowed_hosts
    from .loading import default_max_bytes

    kw = dict(delay=float(settings.get("ACTORLENS_FETCH_DELAY", secrets)),
              timeout=float(settings.get("ACTORLENS_FETCH_TIMEOUT", secrets)),
              max_bytes=default_max_bytes(secrets), allow=allowed_hosts(secrets))
    kw.update(overrides)
    return Fetcher(**kw)


@dataclass
class LiveSummary:
    """An ingest summary plus what the live sources did (feeds polled, pages skipped, timings)."""

    ingest: object  # ingest.IngestSummary
    feeds: list[FeedState] = field(default_factory=list)
    collected: Collected = field(default_factory=Collected)

    def lines(self) -> list[str]:
        c = self.collected
        out = self.ingest.lines()
        out.insert(1, f"fetched {len(c.articles)} articles ({c.skipped} already fetched, {len(c.errors)} failed; "
                      f"fetching {c.fetch_seconds:.1f} s, extraction {c.extract_seconds:.1f} s)")
        for f in self.feeds:
            out.append(f"feed: {f.url}: {f.last_status}, {f.new_articles} new" + (" (paused)" if f.paused else ""))
        return out


def ingest_live(store, *, urls: Iterable[str] = (), feed_urls: Iterable[str] = (), stored_feeds: bool = False,
                fetcher: Fetcher | None = None, on_progress: Callable[[int, int], None] | None = None,
                **ingest_kw) -> LiveSummary:
    """Fetch pasted URLs, the given feeds and (with `stored_feeds`) the store's active feeds, then
    ingest every new article; failures are in the summary, the store's errors and the fetch log."""
    from .ingest import ingest_articles
    from .store import Store

    store = store if isinstance(store, Store) else Store(store)
    fetcher = fetcher or default_fetcher()
    collector = Collector(fetcher, store.read_json_doc(FETCHED_DOC, {}) or {})
    started = time.perf_counter()
    for url in urls:
        collector.fetch(url, again=True)  # a pasted URL is asked for: fetched again (an unchanged text stays unchanged)
    listed = {f.url: f for f in read_feeds(store)}
    polled = [listed.get(u.strip()) or FeedState(u.strip()) for u in dict.fromkeys(feed_urls) if u.strip()]
    if stored_feeds:
        polled += [f for f in listed.values() if not f.paused and f not in polled]
    max_failures = max(1, settings.get_int("ACTORLENS_FEED_MAX_FAILURES"))
    for feed in polled:
        poll_feed(feed, collector, max_failures=max_failures)
    c = collector.result
    logged = {(f.get("url"), f.get("reason")) for f in fetch_log(store)[-LOG_KEEP:]}
    fresh = [e for e in c.errors if (e.file, e.reason) not in logged]  # a feed failing every poll: one error row
    summary = ingest_articles(c.articles, store, fresh, on_progress=on_progress, **ingest_kw)
    summary.failed += [(e.where, e.reason) for e in c.errors if (e.file, e.reason) in logged]
    summary.seconds = time.perf_counter() - started
    with store.writer():
        store.write_json_doc(FETCHED_DOC, collector.seen())
        if fresh:
            log = fetch_log(store) + [{"when": now_iso(), "url": e.file, "reason": e.reason} for e in fresh]
            store.write_json_doc(LOG_DOC, {"failures": log[-LOG_KEEP:]})
        by_url = {f.url: f for f in polled}
        feeds = [by_url.get(f.url, f) for f in read_feeds(store)]  # the list may have changed meanwhile
        _write_feeds(store, feeds, last_poll=now_iso() if polled else feeds_doc(store).get("last_poll", ""))
    return LiveSummary(summary, polled, c)


def watch(store, *, every: float, stop: Callable[[], bool] = lambda: False, log: Callable[[str], None] = print,
          fetcher: Fetcher | None = None, sleep: Callable[[float], None] = time.sleep, rounds: int | None = None,
          **ingest_kw) -> int:
    """Poll the store's feed list every `every` seconds until `stop()` is true (or `rounds` are
    done); a failing round is logged and the next one runs. Returns the rounds run."""
    done = 0
    while not stop() and (rounds is None or done < rounds):
        started = time.monotonic()
        try:
            summary = ingest_live(store, stored_feeds=True, fetcher=fetcher, **ingest_kw)
            for line in summary.lines():
                log(line)
        except Exception as exc:  # a store or disk problem: report it and try again next round
            log(f"error: poll failed: {type(exc).__name__}: {exc}")
        done += 1
        if stop() or (rounds is not None and done >= rounds):
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return done


# --- command line -------------------------------------------------------------------------------

def _store(args):
    from .store import Store

    return Store(args.store) if args.store else Store()


def run_ingest_cli(args, err) -> int:
    """`python -m analysis ingest --urls FILE / --feed URL / --feeds FILE / --stored-feeds`."""
    from .store import StoreError

    try:
        urls = read_feed_list(args.urls) if args.urls else []
        feed_urls = list(args.feed or []) + (read_feed_list(args.feeds) if args.feeds else [])
    except OSError as exc:
        print(f"error: {exc}", file=err)
        return 2
    try:
        summary = ingest_live(_store(args), urls=urls, feed_urls=feed_urls, stored_feeds=args.stored_feeds,
                              workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                              batch_size=args.batch_size)
        if args.paths:
            from .ingest import ingest

            for line in ingest(args.paths, _store(args), workers=args.workers, engine=args.engine,
                               scheduler=args.scheduler, batch_size=args.batch_size).lines():
                print(line, file=err)
    except StoreError as exc:
        print(f"error: {exc}", file=err)
        return 1
    for line in summary.lines():
        print(line, file=err)
    if not summary.ingest.ok and not summary.collected.skipped and not any(f.last_status == "not modified"
                                                                           for f in summary.feeds):
        print("error: nothing could be ingested", file=err)
        return 1
    return 0


def run_watch_cli(args, err) -> int:
    """`python -m analysis watch`: poll until SIGTERM/SIGINT (systemd stop, container stop)."""
    import signal

    try:
        every = parse_interval(args.every)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return 2
    store = _store(args)
    if args.feeds:
        for url in read_feed_list(args.feeds):
            add_feed(store, url, user="watch --feeds")
    stopping = []

    def stop_now(signum, frame):
        stopping.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop_now)

    def log(line: str) -> None:
        print(f"{now_iso()} {line}", file=err, flush=True)

    log(f"watching {len(read_feeds(store))} feeds of {store.path} every {args.every}")
    try:
        watch(store, every=every, stop=lambda: bool(stopping), log=log, rounds=1 if args.once else None)
    except KeyboardInterrupt:
        pass
    log("stopped")
    return 0


def run_feeds_cli(args, out, err) -> int:
    """`python -m analysis feeds [--add URL] [--remove URL]`: the store's feed list and its state."""
    store = _store(args)
    try:
        for url in args.add:
            add_feed(store, url, user="cli")
        for url in args.remove:
            remove_feed(store, url)
    except FetchError as exc:
        print(f"error: {exc.reason}", file=err)
        return 2
    for f in read_feeds(store):
        state = "paused" if f.paused else (f.last_status or "not polled yet")
        print(f"{f.url}\t{f.last_fetch or '-'}\t{state}\t{f.new_articles} new\t{f.total_articles} total", file=out)
    return 0
