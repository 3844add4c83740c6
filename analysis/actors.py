"""Entity mentions → canonical actors (STUB: replaced by the actors work)."""
from __future__ import annotations

import pandas as pd

from .types import Actor, Mention

ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}


def find_actors(doc, article_id: str, *, metonyms: bool = True) -> tuple[list[Mention], list[Actor]]:
    mentions = [
        Mention(article_id, e.start_char, e.end_char, e.text, e.label_, e.text, ACTOR_LABELS[e.label_])
        for e in doc.ents if e.label_ in ACTOR_LABELS
    ]
    found: dict[str, Actor] = {}
    for m in mentions:
        found.setdefault(m.actor, Actor(m.actor, m.actor_type, [m.text]))
    return mentions, list(found.values())


def link_actors(actor_rows: pd.DataFrame) -> dict[str, str]:
    """Corpus-level aliasing: article-level name → corpus canonical name (only changed names)."""
    return {}


def merge_actor_rows(actor_rows: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """One row per corpus actor: aliases and roles united, counts summed."""
    if actor_rows.empty:
        return actor_rows.reset_index(drop=True)
    df = actor_rows.copy()
    df["name"] = df["name"].map(lambda n: mapping.get(n, n))
    out = []
    for name, g in df.groupby("name", sort=False):
        aliases = sorted({a for lst in g["aliases"] for a in lst} | set(mapping_keys(mapping, name)))
        roles = list(dict.fromkeys(r for lst in g["roles"] for r in lst))
        out.append({"name": name, "type": g["type"].iloc[0], "aliases": aliases, "roles": roles,
                    "n_mentions": int(g["n_mentions"].sum()), "n_statements": int(g["n_statements"].sum())})
    return pd.DataFrame(out, columns=actor_rows.columns)


def mapping_keys(mapping: dict[str, str], name: str) -> list[str]:
    return [k for k, v in mapping.items() if v == name]
