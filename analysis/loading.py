"""Files, folders and uploads → `Article`s, with every problem collected as a `LoadError`.

An analyst's corpus is messy: a folder of .txt exports next to a scraped .html page, a CSV
from a media-monitoring tool with its own column names, one corrupt file. Loading never
raises for bad input: each problem becomes a `LoadError(file, line, reason)` in plain English
and everything else still loads.

Formats (by extension, case-insensitive):

- `.txt`, `.text`, `.md`, `.markdown` — the whole file is the text; its first non-empty line is the
  title (for Markdown without the leading `#`s).
- `.html`, `.htm` — text without markup, scripts or styles (the `<article>` element when the
  page has one, else the page without navigation, header, footer and forms); metadata from meta
  tags (`og:title`, `article:published_time`, `og:site_name`, author, canonical link, ...),
  JSON-LD and `<title>`.
- `.json` — one object, a list of objects, or an object holding such a list (`{"articles": [...]}`).
- `.jsonl` — one object per line. `.csv` / `.tsv` — one row per article, header required.

Record fields (JSON keys, CSV headers) are matched loosely — case, spaces, `_` and `-` are
ignored and common synonyms accepted (`FIELD_NAMES`): "Headline", "Published At", "outlet",
"byline", "body" all find their field.

Text is kept exactly as given (offsets are into it); only HTML text is extracted. The id is the
given one, else `content_id(text)` — stable across runs. The date is ISO `YYYY-MM-DD`: metadata
in any common format, else the date of a dateline or publication line near the top of the text
("October 4, 2019" on a line of its own, "MOSCOW, 4 Oct 2019 (TASS) –"; never the date of an
event a sentence tells of), else a `YYYY-MM-DD` or `YYYYMMDD` in the file name (for one-article
files); without any of them the article is undated. Numeric forms such as 04/10/2019 are ambiguous (day or month first) and
stay empty unless one part is above 12.

Identical texts (compared without surrounding whitespace) are loaded once across a whole load:
the later copy is reported as a note-level `LoadError` whose reason starts with
`DUPLICATE_PREFIX` ("duplicate of <path of the first copy>"), so the analyst sees why an article
is missing. Two different texts that claim the same id keep the first id; the later one gets the
id `<id>~<content id>` and a note, because article ids key every table downstream.

Server folders: `resolve_under_roots` turns a folder name typed in the dashboard into a path
under one of `data_roots()` (setting ACTORLENS_DATA_ROOTS) or raises `ValueError`; passing
`root=` to `load_paths` makes the walk refuse symbolic links that point outside that root.
"""
from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date as Date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from . import datelines, settings
from .types import Article, LoadError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl", ".csv", ".tsv"}
DUPLICATE_PREFIX = "duplicate of "
ID_CLASH_PREFIX = "id clash: "
MAX_TITLE_CHARS = 200
MAX_MESSAGE_CHARS = 500
"""Longest error reason or file name kept in a `LoadError`: a reason quotes the input (a CSV
header, a JSON key list), and a 10⁶-column header made an 8.9 MB error line."""

FIELD_NAMES = {
    "id": ["id", "articleid", "docid", "documentid", "uid", "guid"],
    "title": ["title", "headline", "heading", "articletitle"],
    "date": ["date", "published", "publishdate", "publishedat", "publicationdate", "pubdate",
             "datepublished", "publishedtime", "publishedon", "datetime", "time"],
    "source": ["source", "outlet", "publisher", "media", "sitename", "publication", "newspaper",
               "medium", "site"],
    "url": ["url", "link", "href", "permalink", "canonicalurl", "uri"],
    "author": ["author", "authors", "byline", "writer", "creator"],
    "text": ["text", "body", "content", "article", "articletext", "fulltext", "bodytext",
             "maintext", "story"],
}
"""Accepted names per field, normalised (`_field_key`), best first."""


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


def is_note(error: LoadError) -> bool:
    """True for the notes that lose no text (a duplicate skipped, an id renamed), as opposed to failures."""
    return error.reason.startswith((DUPLICATE_PREFIX, ID_CLASH_PREFIX))


def capped(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """`text`, or its first `limit` characters and how many more there were."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def load_error(file: str, line: int | None, reason: str) -> LoadError:
    """A `LoadError` with its file name and reason `capped`."""
    return LoadError(capped(str(file)), line, capped(reason))


def is_hidden(path: Path) -> bool:
    """A dot file or folder, or anything inside one (`.git/config`); "." and ".." are not."""
    return any(part.startswith(".") and part not in (".", "..") for part in Path(path).parts)


def content_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- settings and roots

def default_max_bytes(secrets: Mapping[str, Any] | None = None) -> int:
    return settings.get_int("ACTORLENS_MAX_FILE_MB", secrets) * 2**20


def data_roots(secrets: Mapping[str, Any] | None = None) -> list[Path]:
    """The configured server folders (ACTORLENS_DATA_ROOTS) that exist, resolved; may be empty."""
    raw = settings.get("ACTORLENS_DATA_ROOTS", secrets)
    roots = [Path(p.strip()).expanduser().resolve() for p in raw.split(os.pathsep) if p.strip()]
    return [r for r in roots if r.is_dir()]


def resolve_under_roots(relpath: str, roots: list[Path]) -> Path:
    """The existing path `relpath` names under one of `roots` (first match), else ValueError.

    `..` is refused outright, and the resolved path (symbolic links followed) must lie inside
    the resolved root, so neither `../etc` nor a link to /etc leaves the configured folders.
    """
    if not roots:
        raise ValueError("No server folders are configured (setting ACTORLENS_DATA_ROOTS).")
    rel = Path(relpath.strip() or ".")
    if ".." in rel.parts:
        raise ValueError(f"'{relpath}' must not contain '..': only folders under the data roots can be loaded.")
    if is_hidden(rel):
        raise ValueError(f"'{relpath}' is hidden (its name starts with '.'): hidden files and folders are not loaded.")
    for root in roots:
        root = Path(root).resolve()
        candidate = (root / rel).resolve()
        if not candidate.is_relative_to(root):
            continue
        if is_hidden(candidate.relative_to(root)):
            raise ValueError(f"'{relpath}' leads to a hidden file or folder: hidden files and folders are not loaded.")
        if candidate.exists():
            return candidate
    if rel.is_absolute() and not any(rel.resolve().is_relative_to(Path(r).resolve()) for r in roots):
        raise ValueError(f"'{relpath}' is outside the data roots.")
    if any((Path(r).resolve() / rel).exists() for r in roots):
        raise ValueError(f"'{relpath}' leads outside the data roots (symbolic link).")
    raise ValueError(f"'{relpath}' does not exist under the data roots.")


# ---------------------------------------------------------------- public loaders

def load_paths(paths: Iterable[str | os.PathLike], *, max_bytes: int | None = None,
               root: Path | None = None) -> LoadResult:
    """Load files and folders (recursively; hidden entries and unknown extensions skipped).

    A path named explicitly with an unsupported extension, or missing, is an error. With `root`,
    anything that resolves outside it (a symbolic link, an explicit path) is refused.
    """
    loader = _Loader(default_max_bytes() if max_bytes is None else max_bytes)
    resolved_root = Path(root).resolve() if root is not None else None
    for p in paths:
        p = Path(p)
        if not (p.exists() or p.is_symlink()):
            loader.error(str(p), None, "no such file or folder")
        elif resolved_root and not _inside(p, resolved_root):
            loader.error(str(p), None, "outside the data root; not loaded")
        elif resolved_root and is_hidden(p.resolve().relative_to(resolved_root)):
            loader.error(str(p), None, "hidden file or folder (its name starts with '.'); not loaded")
        elif p.is_dir():
            for f in _walk(p, loader, resolved_root):
                loader.load_file(f)
        elif p.suffix.lower() not in SUPPORTED_SUFFIXES:
            loader.error(str(p), None, _unsupported(p.name))
        else:
            loader.load_file(p)
    return loader.result


def load_under_roots(relpath: str, roots: list[Path], *, max_bytes: int | None = None) -> LoadResult:
    """The dashboard's server-folder loader: `resolve_under_roots`, then `load_paths` confined to
    that root; a refused or missing path comes back as a `LoadError` instead of an exception."""
    try:
        path = resolve_under_roots(relpath, roots)
    except ValueError as e:
        return LoadResult(errors=[load_error(relpath, None, str(e))])
    root = next(r for r in map(Path.resolve, map(Path, roots)) if path.is_relative_to(r))
    return load_paths([path], max_bytes=max_bytes, root=root)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symbolic link loop
        return False


def load_uploads(files: Iterable[tuple[str, bytes]], *, max_bytes: int | None = None) -> LoadResult:
    """Load uploaded files given as (name, bytes), deduplicated across all of them."""
    loader = _Loader(default_max_bytes() if max_bytes is None else max_bytes)
    for name, data in files:
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            loader.error(name, None, _unsupported(name))
        elif len(data) > loader.max_bytes:
            loader.error(name, None, _too_big(len(data), loader.max_bytes))
        else:
            loader.load_data(name, data)
    return loader.result


def load_bytes(name: str, data: bytes, *, max_bytes: int | None = None) -> LoadResult:
    """Load one upload; the format comes from the extension of `name`, which is also its path."""
    return load_uploads([(name, data)], max_bytes=max_bytes)


def _unsupported(name: str) -> str:
    suffix = Path(name).suffix.lower() or "(none)"
    return f"unsupported file type {suffix}; supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"


def _too_big(size: int, limit: int) -> str:
    return (f"file is {size / 2**20:.1f} MB, over the {limit / 2**20:g} MB limit "
            "(setting ACTORLENS_MAX_FILE_MB)")


def _walk(folder: Path, loader: "_Loader", root: Path | None) -> Iterator[Path]:
    """Supported files under `folder`, sorted, following links only inside `root` and never in a loop."""
    seen: set[Path] = set()

    def walk(d: Path) -> Iterator[Path]:
        real = d.resolve()
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(d.iterdir())
        except OSError as e:
            loader.error(str(d), None, f"cannot read folder: {e.strerror or e}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if root and entry.is_symlink() and not _inside(entry, root):
                loader.error(str(entry), None, "symbolic link points outside the data root; not followed")
            elif root and entry.is_symlink() and is_hidden(entry.resolve().relative_to(root)):
                continue  # a link to a hidden file or folder is as hidden as it
            elif entry.is_dir():
                yield from walk(entry)
            elif entry.is_file() and entry.suffix.lower() in SUPPORTED_SUFFIXES:
                yield entry

    yield from walk(folder)


# ---------------------------------------------------------------- the loader

class _Loader:
    """One load: collects articles and errors and remembers texts and ids seen so far."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.result = LoadResult()
        self.first_path_of_text: dict[str, str] = {}
        self.ids: set[str] = set()

    def error(self, file: str, line: int | None, reason: str) -> None:
        self.result.errors.append(load_error(file, line, reason))

    def load_file(self, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                return self.error(str(path), None, _too_big(size, self.max_bytes))
            data = path.read_bytes()
        except OSError as e:
            return self.error(str(path), None, f"cannot read file: {e.strerror or e}")
        self.load_data(str(path), data)

    def load_data(self, name: str, data: bytes) -> None:
        try:
            self.parse(name, data)
        except Exception as e:  # a last resort: bad input must never stop the rest of the corpus
            self.error(name, None, f"could not be read ({type(e).__name__}: {e})")

    def parse(self, name: str, data: bytes) -> None:
        text = self.decode(name, data)
        if text is None:
            return
        if not text.strip():
            return self.error(name, None, "empty file")
        suffix = Path(name).suffix.lower()
        if suffix in HTML_SUFFIXES:
            self.add_html(name, text)
        elif suffix == ".json":
            self.add_json(name, text)
        elif suffix == ".jsonl":
            self.add_jsonl(name, text)
        elif suffix in {".csv", ".tsv"}:
            self.add_csv(name, text, "\t" if suffix == ".tsv" else None)
        else:
            self.add(Article(content_id(text), text, _first_line_title(text, suffix),
                             date_from_text(text) or date_from_name(name), path=name), name, None)

    def decode(self, name: str, data: bytes) -> str | None:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                return self.error(name, None, "not readable as UTF-16 text despite its byte-order mark")
        if b"\0" in data:
            line = data[: data.index(b"\0")].count(b"\n") + 1
            return self.error(name, line, "binary file (contains NUL bytes), not text")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            declared = _declared_charset(data) if Path(name).suffix.lower() in HTML_SUFFIXES else None
            if declared:
                try:
                    return data.decode(declared)
                except UnicodeDecodeError:
                    pass
            line = data[: e.start].count(b"\n") + 1
            return self.error(name, line, f"not UTF-8 text (undecodable byte 0x{data[e.start]:02x}); "
                                          "save the file as UTF-8")

    def add(self, article: Article, file: str, line: int | None) -> None:
        key = hashlib.sha256(article.text.strip().encode("utf-8")).hexdigest()
        if key in self.first_path_of_text:
            return self.error(file, line, DUPLICATE_PREFIX + self.first_path_of_text[key])
        self.first_path_of_text[key] = article.path
        if article.id in self.ids:
            new_id = f"{article.id}~{content_id(article.text)}"
            self.error(file, line, f"{ID_CLASH_PREFIX}id '{article.id}' is already used by another text; "
                                   f"loaded as '{new_id}'")
            article = dataclasses.replace(article, id=new_id)
        self.ids.add(article.id)
        self.result.articles.append(article)

    def add_record(self, record: Any, file: str, line: int | None, path: str, *, single: bool = False) -> None:
        if not isinstance(record, dict):
            where = f"line {line}" if line else f"item {path.rpartition('#')[2]}"
            return self.error(file, line, f"{where} is {_json_kind(record)}, not an object")
        fields = _match_fields(record.keys())
        text = record.get(fields["text"]) if "text" in fields else None
        if not isinstance(text, str):
            reason = (f"no text field (found: {', '.join(map(str, record)) or 'nothing'}; "
                      f"expected one of: {', '.join(FIELD_NAMES['text'][:4])})") if text is None \
                else f"the text field '{fields['text']}' is {_json_kind(text)}, not a string"
            return self.error(file, line, reason)
        if not text.strip():
            return self.error(file, line, f"the text field '{fields['text']}' is empty")
        values = {k: _field_value(record.get(col)) for k, col in fields.items() if k != "text"}
        date = normalize_date(values.get("date", "")) or date_from_text(text)
        if single and not date:
            date = date_from_name(file)
        self.add(Article(values.get("id") or content_id(text), text, values.get("title", ""), date,
                         values.get("source", ""), values.get("url", ""), values.get("author", ""),
                         path), file, line)

    def add_json(self, name: str, text: str) -> None:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            return self.error(name, e.lineno, f"malformed JSON: {e.msg} (column {e.colno})")
        except (ValueError, RecursionError) as e:
            return self.error(name, None, f"malformed JSON: {e}")
        if isinstance(data, dict) and "text" not in _match_fields(data.keys()):
            data = next((v for v in data.values() if isinstance(v, list) and v and
                         all(isinstance(x, dict) for x in v)), data)
        if isinstance(data, list):
            if not data:
                return self.error(name, None, "empty JSON list")
            for i, record in enumerate(data):
                self.add_record(record, name, None, f"{name}#{i}")
        elif isinstance(data, dict):
            self.add_record(data, name, None, name, single=True)
        else:
            self.error(name, None, f"JSON holds {_json_kind(data)}, not an object or a list of objects")

    def add_jsonl(self, name: str, text: str) -> None:
        for n, line in enumerate(text.split("\n"), 1):  # not splitlines: JSON strings may hold U+2028
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                self.error(name, n, f"not valid JSON: {e.msg} (column {e.colno})")
                continue
            except (ValueError, RecursionError) as e:
                self.error(name, n, f"not valid JSON: {e}")
                continue
            self.add_record(record, name, n, f"{name}:{n}")

    def add_csv(self, name: str, text: str, delimiter: str | None) -> None:
        header_line = text.lstrip("\ufeff").split("\n", 1)[0]
        delimiter = delimiter or max(",;\t|", key=header_line.count)
        csv.field_size_limit(max(csv.field_size_limit(), min(self.max_bytes, 2**31 - 1)))
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except (StopIteration, csv.Error) as e:
            return self.error(name, 1, f"malformed CSV header: {e}" if str(e) else "no CSV header")
        fields = _match_fields(header)
        if "text" not in fields:
            return self.error(name, 1, f"no text column in the header (found: {', '.join(header)}; "
                                       f"expected one of: {', '.join(FIELD_NAMES['text'][:4])})")
        columns = {k: header.index(col) for k, col in fields.items()}
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                self.error(name, start, f"malformed CSV row: {e}")
                start = reader.line_num + 1
                continue
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                self.error(name, line, f"malformed CSV row: {len(row)} fields but the header has {len(header)}")
                continue
            self.add_record({k: row[i] for k, i in columns.items()}, name, line, f"{name}:{line}")

    def add_html(self, name: str, markup: str) -> None:
        page = extract_html(markup)
        if not page.text.strip():
            return self.error(name, None, "no text found in the HTML page")
        date = normalize_date(page.date) or date_from_text(page.text) or date_from_name(name)
        title = page.title or _first_line_title(page.text, ".txt")
        self.add(Article(content_id(page.text), page.text, title, date, page.source, page.url,
                         page.author, path=name), name, None)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 2 KB (`<meta charset=...>`), if Python knows it."""
    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:2048], re.I)
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name if m else None
    except LookupError:
        return None


def _json_kind(value: Any) -> str:
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _field_key(name: Any) -> str:
    return re.sub(r"[\s_\-.]+", "", str(name)).lower()


def _match_fields(names: Iterable[Any]) -> dict[str, Any]:
    """Field → the given name that best matches it (earliest synonym in `FIELD_NAMES`)."""
    by_key: dict[str, Any] = {}
    for n in names:
        by_key.setdefault(_field_key(n), n)
    found = {}
    for f, synonyms in FIELD_NAMES.items():
        match = next((by_key[s] for s in synonyms if s in by_key), None)
        if match is not None and match not in found.values():
            found[f] = match
    return found


def _field_value(value: Any) -> str:
    """A metadata value as one string: lists joined, `{"name": ...}` objects by name."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, dict):
        return _field_value(value.get("name") or value.get("title") or "")
    if isinstance(value, list):
        return ", ".join(v for v in map(_field_value, value) if v)
    return str(value).strip()


def _first_line_title(text: str, suffix: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if suffix in {".md", ".markdown"}:
        line = line.lstrip("#").strip()
    return line if len(line) <= MAX_TITLE_CHARS else line[: MAX_TITLE_CHARS - 1].rstrip() + "…"


# ---------------------------------------------------------------- dates

_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], 1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_ISO = re.compile(r"(?<![\d.])" + _YEAR + r"(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])")
_MDY = re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I)
_DMY = re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I)
_COMPACT = re.compile(r"(?<![0-9A-Za-z])" + _YEAR + r"(?P<month>\d{2})(?P<day>\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)" + _YEAR + r"(?!\d)")
_TEXT_DATE_WINDOW = 500


def _iso(year: int | str, month: int | str, day: int | str) -> str:
    try:
        d = Date(int(year), int(month), int(day))
    except ValueError:
        return ""
    return d.isoformat() if 1800 <= d.year <= 2100 else ""


def _from_match(m: re.Match) -> str:
    g = m.groupdict()
    if "a" in g:  # day and month order unknown: only unambiguous when one part is above 12
        a, b = int(g["a"]), int(g["b"])
        if (a > 12) == (b > 12):
            return ""
        day, month = (a, b) if a > 12 else (b, a)
        return _iso(g["year"], month, day)
    month = g["month"]
    return _iso(g["year"], _MONTHS[month.lower()] if month.isalpha() else month, g["day"])


def _first_date(text: str, patterns: Iterable[re.Pattern]) -> str:
    matches = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())
    return next((d for d in map(_from_match, matches) if d), "")


def normalize_date(value: str) -> str:
    """A metadata date in any common form as ISO YYYY-MM-DD; "" when absent or ambiguous."""
    return _first_date(value or "", (_ISO, _MDY, _DMY, _COMPACT, _NUMERIC))


def date_from_text(text: str) -> str:
    """The date of a dateline or publication line near the top of an article, else "".

    Only a line that says when the article was published counts: a line that is the date
    ("October 4, 2019", "Published: 4 Oct 2019 10:00 GMT", "2019-10-04 | Moscow", "By Ana Lima |
    Oct. 4, 2019") or a dateline ("MOSCOW, 5 November 2020 (TASS) – ..."). A date inside a
    sentence is an event's date ("the flood of March 3, 2019"), not the article's.
    """
    for line in text[:_TEXT_DATE_WINDOW].splitlines():
        for m in sorted((m for p in (_ISO, _MDY, _DMY) for m in p.finditer(line)), key=lambda m: m.start()):
            iso = _from_match(m)
            if iso and (_is_publication_line(line, m) or _is_dateline(line, m)):
                return iso
    return ""


_PUBLICATION_WORDS = frozenset("published updated posted last first on at by date filed modified am pm gmt utc "
                               "est edt cet cest bst ist jst aest".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
                      "fri sat sun".split())


def _is_publication_line(line: str, m: re.Match) -> bool:
    """Besides the date, the line holds only publication words, times, a byline or place and
    separators: no lower-case word of a sentence, and few words."""
    rest = line[:m.start()] + " " + line[m.end():]
    words = re.findall(r"[^\W\d_][\w’'.-]*", rest)
    if len(words) > 8:
        return False
    return all(w[:1].isupper() or w.lower().strip(".") in _PUBLICATION_WORDS | _WEEKDAYS for w in words)




def _is_dateline(line: str, m: re.Match) -> bool:
    """"MOSCOW, 5 November 2020 (TASS) –": a place, the date, maybe the agency, then a dash."""
    return bool(datelines.PLACE_BEFORE_DATE.match(line[:m.start()]) and datelines.AFTER_DATE.match(line[m.end():]))


def date_from_name(name: str) -> str:
    """A YYYY-MM-DD (or _ or .) or YYYYMMDD date in a file name, else ""."""
    return _first_date(Path(name).name, (_ISO, _COMPACT))


# ---------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas",
              "math", "select", "button"}
_BOILERPLATE_TAGS = {"nav", "header", "footer", "aside", "form", "menu", "dialog"}
_BLOCK_TAGS = {"p", "div", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
               "dt", "dd", "tr", "table", "section", "article", "main", "blockquote", "pre",
               "figure", "figcaption", "address", "body", "title"} | _BOILERPLATE_TAGS
_META_KEYS = {
    "title": ["og:title", "twitter:title", "title", "dc.title", "headline", "sailthru.title"],
    "date": ["article:published_time", "og:published_time", "datepublished", "date", "pubdate",
             "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.date",
             "dcterms.created", "sailthru.date", "parsely-pub-date", "og:updated_time"],
    "source": ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"],
    "url": ["og:url", "twitter:url"],
    "author": ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"],
}


@dataclass
class HtmlPage:
    text: str
    title: str = ""
    date: str = ""  # as written in the page; see normalize_date
    source: str = ""
    url: str = ""
    author: str = ""


class _HtmlExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = self.boilerplate = self.article = self.pre = 0
        self.pieces: list[tuple[str | None, bool, bool]] = []  # (text or None for a break, in article, in boilerplate)
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.jsonld: list[str] = []
        self.in_jsonld = False
        self.canonical = ""

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content", "").strip():
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href", "").strip()
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.in_jsonld = True
        if tag == "title" and not self.title and not self.skip:
            self.in_title = True
        if tag in _BLOCK_TAGS:
            self.pieces.append((None, False, False))
        elif tag == "br" and not self.skip:
            self.pieces.append(("\n", self.article > 0, self.boilerplate > 0))
        self._depth(tag, +1)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_jsonld = False
        self._depth(tag, -1)
        if tag in _BLOCK_TAGS:
            self.pieces.append((None, False, False))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in {"br", "hr", "meta", "link", "img", "input", "wbr"}:
            self._depth(tag, -1)

    def _depth(self, tag, step):
        for name, attr in (("skip", _SKIP_TAGS), ("boilerplate", _BOILERPLATE_TAGS),
                           ("article", {"article"}), ("pre", {"pre"})):
            if tag in attr:
                setattr(self, name, max(0, getattr(self, name) + step))

    def handle_data(self, data):
        if self.in_title:
            return self.title.append(data)
        if self.in_jsonld:
            self.jsonld.append(data)
        if not self.skip:
            self.pieces.append((data if self.pre else re.sub(r"\s+", " ", data), self.article > 0,
                                self.boilerplate > 0))

    def text(self) -> str:
        """The article element's text if any, else the page without boilerplate, else all of it."""
        for keep in (lambda art, boiler: art, lambda art, boiler: not boiler, lambda art, boiler: True):
            paragraphs, current = [], []
            for piece, art, boiler in self.pieces + [(None, False, False)]:
                if piece is None:
                    paragraph = "".join(current).strip()
                    if paragraph:
                        paragraphs.append(paragraph)
                    current = []
                elif keep(art, boiler):
                    current.append(piece)
            if paragraphs:
                return "\n\n".join(paragraphs)
        return ""


def _jsonld_fields(blocks: list[str]) -> dict[str, str]:
    """headline/datePublished/author/publisher/url of the first NewsArticle-like JSON-LD object."""
    def objects(x):
        if isinstance(x, list):
            for y in x:
                yield from objects(y)
        elif isinstance(x, dict):
            yield x
            yield from objects(x.get("@graph", []))

    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        for obj in objects(data):
            if "headline" in obj or "datePublished" in obj:
                return {"title": _field_value(obj.get("headline")),
                        "date": _field_value(obj.get("datePublished")),
                        "author": _field_value(obj.get("author")),
                        "source": _field_value(obj.get("publisher")),
                        "url": _field_value(obj.get("url"))}
    return {}


def extract_html(markup: str) -> HtmlPage:
    """Text and metadata of an HTML page, with the stdlib parser (tolerant of broken markup)."""
    parser = _HtmlExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; keep whatever was read before a failure
        pass
    meta = parser.meta
    ld = _jsonld_fields(parser.jsonld)

    def pick(name: str, *extra: str) -> str:
        for key in _META_KEYS[name]:
            if meta.get(key):
                return meta[key]
        return next((v for v in (ld.get(name, ""), *extra) if v), "")

    author = pick("author")
    if author.startswith(("http://", "https://")):
        author = ld.get("author", "")
    return HtmlPage(
        text=parser.text(),
        title=pick("title", re.sub(r"\s+", " ", "".join(parser.title)).strip()),
        date=pick("date", meta.get("time", "")),
        source=pick("source"),
        url=parser.canonical or pick("url"),
        author=re.sub(r"^by\s+", "", author, flags=re.I),
    )
