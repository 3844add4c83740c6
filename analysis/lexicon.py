"""The one loader for ActorLens's own word lists and tables (`analysis/lexicons/`).

Word lists and alias tables are data, not Python literals, so an analyst can read and extend them
and the analysis fingerprint can hash them. Two formats, both UTF-8 with `#` comments:

- `NAME.txt`: one entry a line (words or phrases), e.g. `cue_verbs.txt`.
- `NAME.tsv`: tab-separated rows; `table()` gives them as tuples, `mapping()` as key -> value(s).

Every reader is cached: a lexicon is read once per process.
"""
from __future__ import annotations

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


def files() -> list[Path]:
    """Every lexicon file, sorted: what the analysis fingerprint hashes."""
    return sorted(p for p in LEXICON_DIR.iterdir() if p.is_file() and not p.name.startswith("."))
