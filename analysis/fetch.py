"""Fetching web pages on a shared server, safely, and turning an article page into an `Article`.

Why our own connection logic: a URL an editor pastes (or a feed names, or a redirect points to)
may name an address inside the server's network — loopback, a private range, the cloud metadata
endpoint. Every host is resolved here, every address it resolves to is checked, and the
connection goes to a checked address (Host header and TLS SNI keep the name), so DNS cannot
answer differently between the check and the connection. Redirects are followed by hand, each
hop checked again. `ACTORLENS_FETCH_ALLOW` names hosts or addresses exempt from the range check
(e.g. `127.0.0.1` in tests, an intranet news server). trafilatura only ever sees bytes we fetched.
"""
from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
import ssl
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit, urlunsplit

from . import settings
from .types import Article

USER_AGENT = "ActorLens/1 (news analysis; feed reader)"
REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
"""Dates from the page's metadata and markup only: the extensive search guesses from any date-like
text (a copyright year became "2026-01-01"), and an undated article is better than a wrong date."""
MIN_WORDS = 60
"""An extraction shorter than this is an empty page or a paywall stub ("subscribe to read"), not an article."""

_BLOCKED_NETWORKS = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "fd00:ec2::254/128", "64:ff9b::/96",
)]


class FetchError(Exception):
    """A page that could not be fetched or used; `reason` is what the ingest summary shows."""

    def __init__(self, reason: str, *, retry: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.retry = retry  # a transient failure (timeout, connection, 5xx, 429): worth another try


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                return value.strip('"\' ')
        return None


def allowed_hosts(secrets=None) -> frozenset[str]:
    """Host names and addresses of `ACTORLENS_FETCH_ALLOW`, lower-case."""
    raw = settings.get("ACTORLENS_FETCH_ALLOW", secrets)
    return frozenset(h.strip().lower().strip("[]") for h in raw.split(",") if h.strip())


def blocked_address(address: str) -> bool:
    """True for loopback, private, link-local (the metadata endpoint 169.254.169.254), multicast,
    reserved and unspecified addresses, also when written as IPv4-mapped IPv6."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or not ip.is_global or any(ip in n for n in _BLOCKED_NETWORKS))


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL, or FetchError."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {scheme or 'a relative URL'!r}")
    if not parts.hostname:
        raise FetchError("URL without a host")
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def resolve(host: str, port: int, allow: frozenset[str]) -> list[str]:
    """The addresses `host` resolves to, every one checked; refused if any is not public (unless allowed)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host} ({exc})", retry=True) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if host in allow:
        return addresses
    for address in addresses:
        if address.split("%")[0].lower() not in allow and blocked_address(address):
            raise FetchError(f"refused: {host} resolves to {address}, a loopback, private, link-local or "
                             "metadata address (ACTORLENS_FETCH_ALLOW lifts this for named hosts)")
    return addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a checked address while the Host header names the host."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _request_once(url: str, *, headers: dict, timeout: float, max_bytes: int, allow: frozenset[str],
                  deadline: float) -> Response:
    scheme, host, port = check_url(url)
    addresses = resolve(host, port, allow)
    parts = urlsplit(url)
    target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last: Exception | None = None
    for address in addresses:
        conn = cls(host, port, address, timeout)
        try:
            conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers})
            resp = conn.getresponse()
            length = resp.getheader("content-length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"too large: {int(length):,} bytes (limit {max_bytes:,})")
            chunks, size = [], 0
            while chunk := resp.read(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"too large: more than {max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"timeout: no complete response within {timeout:g} s", retry=True)
                chunks.append(chunk)
            return Response(url, resp.status, {k.lower(): v for k, v in resp.getheaders()}, b"".join(chunks))
        except FetchError:
            raise
        except (socket.timeout, TimeoutError):
            raise FetchError(f"timeout after {timeout:g} s", retry=True) from None
        except (OSError, http.client.HTTPException) as exc:
            last = exc
        finally:
            conn.close()
    raise FetchError(f"connection failed: {last}", retry=True)


def fetch(url: str, *, headers: dict | None = None, timeout: float = 10.0, max_bytes: int = 5 * 2**20,
          allow: frozenset[str] | None = None) -> Response:
    """GET `url` with redirects followed by hand (each hop's scheme and addresses checked again).

    Any final status is returned (the caller decides about 304 or 404); `timeout` bounds each
    socket wait and the whole response of each hop.
    """
    allow = allowed_hosts() if allow is None else allow
    for _ in range(MAX_REDIRECTS + 1):
        resp = _request_once(url, headers=headers or {}, timeout=timeout, max_bytes=max_bytes, allow=allow,
                             deadline=time.monotonic() + timeout)
        if resp.status not in REDIRECTS:
            return resp
        location = resp.headers.get("location")
        if not location:
            raise FetchError(f"HTTP {resp.status} redirect without a Location")
        url = urljoin(url, location)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


@dataclass
class Fetcher:
    """Polite fetching for one run: robots.txt per host, a delay between requests to one host,
    retries of transient failures with exponential backoff."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 10.0
    max_bytes: int = 5 * 2**20
    retries: int = 2
    backoff: float = 1.0  # first wait before a retry; doubled each time
    allow: frozenset[str] | None = None
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None and (wait := last + self.delay - time.monotonic()) > 0:
            self.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed_by_robots(self, url: str) -> bool:
        scheme, host, port = check_url(url)
        origin = f"{scheme}://{urlsplit(url).netloc}"
        if origin not in self._robots:
            parser = None
            try:
                self._wait_for(host)
                resp = fetch(origin + "/robots.txt", timeout=self.timeout, max_bytes=512 * 1024, allow=self.allow)
                if resp.status == 200:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(resp.body.decode("utf-8", "replace").splitlines())
            except FetchError:
                parser = None  # no robots.txt to read: allowed, as crawlers treat a missing file
            self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def get(self, url: str, headers: dict | None = None) -> Response:
        """`fetch` after robots.txt and the per-host delay, retrying transient failures."""
        if not self.allowed_by_robots(url):
            raise FetchError("disallowed by the site's robots.txt")
        host = check_url(url)[1]
        wait = self.backoff
        for attempt in range(self.retries + 1):
            self._wait_for(host)
            try:
                resp = fetch(url, headers=headers, timeout=self.timeout, max_bytes=self.max_bytes, allow=self.allow)
            except FetchError as exc:
                if not exc.retry or attempt == self.retries:
                    raise
            else:
                if not (resp.status >= 500 or resp.status == 429) or attempt == self.retries:
                    return resp
            self.sleep(wait)
            wait *= 2
        raise AssertionError("unreachable")


def decode(body: bytes, charset: str | None) -> str:
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
    return body.decode("cp1252", "replace")


def url_id(url: str) -> str:
    """Article id of a fetched page: from its canonical URL, so a page fetched again (an update)
    replaces its earlier version instead of adding a second article."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def extract_article(html: str, url: str, *, source: str = "") -> Article:
    """Main text and metadata of an article page (trafilatura; htmldate when it found no date).

    Raises FetchError when what remains is not an article (empty, a paywall or consent stub).
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, fast=True, date_extraction_params=_DATE_PARAMS)
    lines = [line.strip() for line in ((getattr(doc, "text", None) or "") if doc is not None else "").splitlines()]
    if lines and doc.title and lines[0] == doc.title.strip():
        lines = lines[1:]  # the headline is the title, not the first paragraph
    text = "\n\n".join(line for line in lines if line)  # blank lines: paragraphs, as `network` reads them
    if len(text.split()) < MIN_WORDS:
        raise FetchError(f"empty extraction or paywall stub ({len(text.split())} words of text)")
    date = (doc.date or "")[:10]
    if not date:
        from htmldate import find_date

        date = (find_date(html, url=url, **_DATE_PARAMS) or "")[:10]
    canonical = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else url
    outlet = doc.sitename or source or (urlsplit(canonical).hostname or "")
    return Article(url_id(canonical), text, doc.title or "", date, outlet, canonical, doc.author or "", url)


def fetch_article(url: str, fetcher: Fetcher, *, source: str = "", response: Response | None = None) -> Article:
    """Fetch an article page (unless its `response` is given) and extract it; FetchError names why
    a page gave no article."""
    resp = response or fetcher.get(url)
    if resp.status != 200:
        raise FetchError(f"HTTP {resp.status}")
    if resp.content_type not in ("text/html", "application/xhtml+xml", ""):
        raise FetchError(f"not HTML ({resp.content_type})")
    return extract_article(decode(resp.body, resp.charset), resp.url, source=source)
