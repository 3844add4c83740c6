"""Files, folders and uploads → Articles (STUB: replaced by the loading work)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .types import Article, LoadError


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_paths(paths, *, max_bytes: int | None = None) -> LoadResult:
    res = LoadResult()
    for p in paths:
        p = Path(p)
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".jsonl":
                for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                    if line.strip():
                        d = json.loads(line)
                        res.articles.append(Article(str(d.get("id") or content_id(d["text"])), d["text"],
                                                    d.get("title") or "", d.get("date") or "", d.get("source") or "",
                                                    path=f"{f}:{i}"))
            else:
                text = f.read_text(encoding="utf-8")
                title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
                res.articles.append(Article(content_id(text), text, title, path=str(f)))
    return res
