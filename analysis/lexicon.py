"""The one loader for ActorLens's own word lists and tables (`analysis/lexicons/`).

Word lists and alias tables are data, not Python literals, so an analyst can read and extend them
and the analysis fingerprint can hash them. Two formats, both UTF-8 with `#` comments:

- `NAME.txt`: one entry a line (words or phrases), e.g. `cue_verbs.txt`.
- `NAME.tsv`: tab-separated rows; `table()` gives them as tuples, `mapping()` as key -> value(s).

Every reader is cached: a lexicon is read once per process.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def path(name: str) -> Path:
    """The file of a lexicon by its file name (`cue_verbs.txt`, `country_aliases.tsv`)."""
    p = LEXICON_DIR / name
    if not p.is_file():
        raise FileNotFoundError(f"lexicon {name!r} not found in {LEXICON_DIR}")
    return p


def _lines(p: Path) -> list[str]:
    out = []
    for raw in p.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line)
    return out


@lru_cache(maxsize=None)
def words(name: str, *, lower: bool = True) -> frozenset[str]:
    """The entries of a `.txt` lexicon (whitespace-trimmed; lower-cased unless `lower=False`)."""
    items = (line.strip() for line in _lines(path(name)))
    return frozenset(i.lower() if lower else i for i in items if i)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a `.tsv` lexicon, each a tuple of its stripped cells (trailing empties kept)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(path(name)))


@lru_cache(maxsize=None)
def mapping(name: str, *, lower_keys: bool = True) -> dict[str, str]:
    """A two-column `.tsv` lexicon as key -> value (first column the key; later rows win)."""
    out: dict[str, str] = {}
    for row in table(name):
        if len(row) < 2:
            continue
        out[row[0].lower() if lower_keys else row[0]] = row[1]
    return out


@lru_cache(maxsize=None)
def packed_words(name: str) -> "PackedTable":
    """The entries of a large `.txt` lexicon (whitespace-trimmed, case kept) packed for membership
    tests (`in`): tens of thousands of entries cost ~0.5 MB instead of a set's ~4 MB."""
    return PackedTable(dict.fromkeys((line.strip() for line in _lines(path(name))), ""))


def files() -> list[Path]:
    """Every lexicon file, sorted: what the analysis fingerprint hashes."""
    return sorted(p for p in LEXICON_DIR.iterdir() if p.is_file() and not p.name.startswith("."))


class PackedTable(Mapping):
    """A large read-only table of str -> str packed into one sorted string.

    For the tables with tens of thousands of entries (first names, place names): a dict or set of
    45,000 short strings holds ~4 MB in every analysing process, this ~0.6 MB. A lookup is a binary
    search (~17 short slices), a few microseconds; the positions of the last `FOUND_KEPT` keys asked
    are kept (an article asks the same names and words over and over).
    """

    FOUND_KEPT = 4096

    def __init__(self, items: Mapping[str, str]):
        keys = sorted(items)
        if any("\t" in k or "\n" in k or "\n" in items[k] for k in keys):
            raise ValueError("PackedTable keys hold no tab or newline, values no newline")
        self._text = "".join(f"{k}\t{items[k]}\n" for k in keys)
        starts, pos = array("I"), 0
        for k in keys:
            starts.append(pos)
            pos += len(k) + len(items[k]) + 2
        self._starts = starts
        self._found: dict[str, int] = {}

    def _key_at(self, start: int) -> str:
        return self._text[start:self._text.index("\t", start)]

    def _find(self, key: str) -> int:
        at = self._found.get(key)
        if at is None:
            i = bisect_left(self._starts, key, key=self._key_at)
            at = self._starts[i] + len(key) + 1 if i < len(self._starts) and self._key_at(self._starts[i]) == key else -1
            if len(self._found) >= self.FOUND_KEPT:
                self._found.clear()
            self._found[key] = at
        return at

    def __contains__(self, key) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __getitem__(self, key: str) -> str:
        at = self._find(key) if isinstance(key, str) else -1
        if at < 0:
            raise KeyError(key)
        return self._text[at:self._text.index("\n", at)]

    def get(self, key, default=None):
        at = self._find(key) if isinstance(key, str) else -1
        return default if at < 0 else self._text[at:self._text.index("\n", at)]

    def __iter__(self) -> Iterator[str]:
        return (self._key_at(start) for start in self._starts)

    def __len__(self) -> int:
        return len(self._starts)
