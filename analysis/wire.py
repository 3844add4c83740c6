"""Wire copies: the same agency story carried by several outlets, grouped so it counts once.

A statement carried by 12 outlets is one statement "carried by 12 outlets", not 12 rows that
inflate its speaker's counts. Two articles are copies when the Jaccard similarity of their 5-word
shingles is at least `THRESHOLD` (outlets add a headline, a byline, a closing line, and trim).
Candidates come from MinHash banding (32 hashes in 8 bands of 4, numpy, no extra dependency:
~99 % of pairs at Jaccard 0.8 share a band, ~6 % at 0.3), then each candidate pair is checked on
its exact shingle sets, so grouping stays near-linear in the number of articles.

`wire_groups(articles)` gives each article its group: the id of the group's earliest article
(date, then id) — itself when it has no copy. `query.apply_filters` keeps only those earliest
articles unless the analyst chooses to count every carrier.
"""
from __future__ import annotations

import contextlib
import string
import weakref
import zlib

import numpy as np
import pandas as pd

VERSION = "2"  # bump when the grouping changes: cached groups (`Store`) of another version are not used
SHINGLE = 5
THRESHOLD = 0.7
BANDS, ROWS = 8, 4
MIN_WORDS = 30  # shorter texts are not grouped: too few shingles to tell a copy from a template
MAX_WORDS = 150  # the opening of a story: a copy trimmed at the end still shares it; bounds the cost
_PUNCT = str.maketrans({c: " " for c in string.punctuation + "“”‘’«»„—–…"})
_RNG = np.random.default_rng(20261206)
_MULTS = _RNG.integers(1, 2**62, size=BANDS * ROWS, dtype=np.int64) | 1
_ADDS = _RNG.integers(0, 2**62, size=BANDS * ROWS, dtype=np.int64)
_MULT = np.int64(1_000_003)


def _word_hashes(words: list[str]) -> np.ndarray:
    """A hash of each word that is the same in every process (`hash` of a str is salted per
    process, which made grouping differ from run to run); each distinct word is hashed once."""
    table = {w: zlib.crc32(w.encode()) for w in set(words)}
    return np.fromiter(map(table.__getitem__, words), dtype=np.int64, count=len(words))


def _words(text: str) -> list[str]:
    return text[: 10 * MAX_WORDS].lower().translate(_PUNCT).split(None, MAX_WORDS)[:MAX_WORDS]


def _shingle_hashes(h: np.ndarray) -> np.ndarray:
    """Rolling hash of each run of `SHINGLE` consecutive word hashes."""
    with np.errstate(over="ignore"):
        acc = h[: len(h) - SHINGLE + 1].copy()
        for k in range(1, SHINGLE):
            acc = acc * _MULT + h[k: len(h) - SHINGLE + 1 + k]
    return acc


def shingles(text: str) -> np.ndarray:
    """Hashes of the 5-word shingles of the text's first `MAX_WORDS` words (lower-cased, no
    punctuation), as int64 (repeats kept: only candidates are made unique); empty for a text
    shorter than `MIN_WORDS`."""
    words = _words(text)
    if len(words) < max(SHINGLE, MIN_WORDS):
        return np.empty(0, dtype=np.int64)
    return _shingle_hashes(_word_hashes(words))


def _all_shingles(texts: list[str]) -> list[np.ndarray]:
    """`shingles` of every text, hashed and rolled in one pass over all words (per-text numpy
    calls cost more than the work on 10,000 short openings)."""
    words = [_words(t) for t in texts]
    lengths = np.array([len(w) if len(w) >= max(SHINGLE, MIN_WORDS) else 0 for w in words], dtype=np.int64)
    flat = [x for w, n in zip(words, lengths.tolist()) if n for x in w]
    h = _word_hashes(flat)
    rolled = _shingle_hashes(h) if len(h) >= SHINGLE else np.empty(0, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(lengths) else lengths
    return [rolled[st:st + n - SHINGLE + 1] if n else np.empty(0, dtype=np.int64)
            for st, n in zip(starts.tolist(), lengths.tolist())]


def _permute(values: np.ndarray) -> np.ndarray:
    """Each value under each of the `BANDS * ROWS` hash functions (multiply-add modulo 2**64; the
    minimum is decided by the high bits, which depend on every bit of the value). XOR with fixed
    masks kept the values' order too much: copies at Jaccard 0.88 were missed about once in
    twenty runs."""
    with np.errstate(over="ignore"):
        return values[:, None] * _MULTS[None, :] + _ADDS[None, :]


def _signatures(sets: list[np.ndarray], chunk: int = 500) -> np.ndarray:
    """MinHash signature (one row of `BANDS * ROWS` values) of each non-empty shingle array."""
    out = np.zeros((len(sets), len(_MULTS)), dtype=np.int64)
    for lo in range(0, len(sets), chunk):
        part = [s for s in sets[lo:lo + chunk] if len(s)]
        if not part:
            continue
        rows = [lo + k for k, s in enumerate(sets[lo:lo + chunk]) if len(s)]
        stacked = np.concatenate(part)
        offsets = np.concatenate(([0], np.cumsum([len(s) for s in part])[:-1]))
        out[rows] = np.minimum.reduceat(_permute(stacked), offsets, axis=0)
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.unique(a), np.unique(b)
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter) if len(a) + len(b) else 0.0


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group_texts(texts: list[str], order: list | None = None) -> list[int]:
    """For each text, the index of its group's first member by `order` (default: position)."""
    n = len(texts)
    parent = list(range(n))
    sets = _all_shingles(texts)
    signatures = _signatures(sets).tolist()
    buckets: dict[tuple, int] = {}
    for i, s in enumerate(sets):
        if not len(s):
            continue
        signature = signatures[i]
        for b in range(BANDS):
            key = (b, *signature[b * ROWS:(b + 1) * ROWS])
            j = buckets.setdefault(key, i)
            if j == i or _find(parent, i) == _find(parent, j):
                continue
            if jaccard(s, sets[j]) >= THRESHOLD:
                parent[_find(parent, i)] = _find(parent, j)
    rank = order if order is not None else list(range(n))
    first: dict[int, int] = {}
    for i in range(n):
        root = _find(parent, i)
        if root not in first or rank[i] < rank[first[root]]:
            first[root] = i
    return [first[_find(parent, i)] for i in range(n)]


_GROUPS: dict[int, tuple[weakref.ref, pd.Series]] = {}


def wire_groups(articles: pd.DataFrame) -> pd.Series:
    """Article id → its wire group (the id of the group's earliest article), computed once per
    articles frame (kept weakly by identity, like `network.known_paragraphs`)."""
    hit = _GROUPS.get(id(articles))
    if hit is not None and hit[0]() is articles:
        return hit[1]
    ids = articles["id"].astype(str).tolist()
    dates = articles["date"].fillna("").astype(str).tolist() if "date" in articles else [""] * len(ids)
    order = [(d or "9999", i) for d, i in zip(dates, ids)]
    firsts = group_texts(articles["text"].fillna("").astype(str).tolist(), order)
    groups = pd.Series([ids[f] for f in firsts], index=ids, dtype=object)
    with contextlib.suppress(TypeError):
        _GROUPS[id(articles)] = (weakref.ref(articles), groups)
        weakref.finalize(articles, _GROUPS.pop, id(articles), None)
    return groups


def remember_groups(articles: pd.DataFrame, groups: pd.Series) -> None:
    """Record the groups of a frame cut from a grouped one (`query.apply_filters`): the groups are
    the full corpus's (a copy's earliest article may be filtered out), and need no recomputing."""
    with contextlib.suppress(TypeError):
        _GROUPS[id(articles)] = (weakref.ref(articles), groups)
        weakref.finalize(articles, _GROUPS.pop, id(articles), None)


def copies(articles: pd.DataFrame) -> set[str]:
    """Ids of the articles that are a later copy of another one (left out when counting once)."""
    groups = wire_groups(articles)
    return set(groups.index[groups.index != groups.values])


def carried_by(articles: pd.DataFrame) -> pd.Series:
    """Article id → "3 outlets: A, B, C" for every article of a group with more than one member
    (empty when there is none); counts and outlets are the whole group's."""
    remembered = _OUTLETS.get(id(articles))
    if remembered is not None and remembered[0]() is articles:
        return remembered[1]
    groups = wire_groups(articles)
    sizes = groups.value_counts()
    grouped = groups[groups.map(sizes) > 1]
    if grouped.empty:
        return pd.Series(dtype=object)
    sources = articles.set_index(articles["id"].astype(str))["source"].fillna("").astype(str)
    names: dict[str, set] = {}
    for aid, g in grouped.items():
        names.setdefault(g, set()).add(sources.get(aid, ""))
    label = {g: f"{sizes[g]} outlets: " + ", ".join(sorted(n for n in names[g] if n)) for g in names}
    return grouped.map(label)


_OUTLETS: dict[int, tuple[weakref.ref, pd.Series]] = {}


def remember_carried_by(articles: pd.DataFrame, labels: pd.Series) -> None:
    with contextlib.suppress(TypeError):
        _OUTLETS[id(articles)] = (weakref.ref(articles), labels)
        weakref.finalize(articles, _OUTLETS.pop, id(articles), None)
