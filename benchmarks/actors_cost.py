"""What actor extraction and linking cost next to the parse.

    .venv/bin/python benchmarks/actors_cost.py [CORPUS_PATH] [--copies 20] [--link-actors 50000]

Prints the seconds of `nlp.pipe` over the articles, of `actors.find_actors` over the same Docs,
their ratio, and the seconds `actors.link_actors` takes on a synthetic table of N actor rows
(persons with shared surnames, transliteration variants and country aliases).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from analysis import actors, loading, settings  # noqa: E402
from analysis.pipeline import load_nlp  # noqa: E402


def synthetic_actor_rows(n: int, seed: int = 0) -> pd.DataFrame:
    rnd = random.Random(seed)
    firsts = ["Andrey", "Andrei", "Dmitry", "Dmitri", "Sergey", "Sergei", "Mark", "Mary", "John", "Anna"]
    rows = []
    for i in range(n):
        kind = rnd.random()
        if kind < 0.6:
            name = f"{rnd.choice(firsts)} Surname{rnd.randrange(n // 4 or 1)}"
        elif kind < 0.9:
            name = f"Surname{rnd.randrange(n // 4 or 1)}"
        else:
            name = rnd.choice(["US", "U.S.", "United States", "America", "Russia", "UK"])
        rows.append({"name": name, "type": "country" if kind >= 0.9 else "person", "aliases": [name],
                     "roles": [], "n_mentions": rnd.randrange(1, 5), "n_statements": 0})
    return pd.DataFrame(rows)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="?", default=str(settings.SEED_DIR))
    p.add_argument("--copies", type=int, default=20)
    p.add_argument("--link-actors", type=int, default=50_000)
    args = p.parse_args(argv)

    texts = [a.text for a in loading.load_paths([args.corpus]).articles]
    if args.corpus == str(settings.SEED_DIR):
        texts = [f"{t}\n\nCopy {i}." for i in range(args.copies) for t in texts]
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=settings.get_int("ACTORLENS_BATCH_SIZE")))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_mentions = sum(len(actors.find_actors(d, str(i))[0]) for i, d in enumerate(docs))
    found = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"articles {len(texts)}  words {words}  mentions {n_mentions}")
    print(f"parse {parse:.2f} s  find_actors {found:.3f} s  ratio {found / parse:.2%}")
    table = synthetic_actor_rows(args.link_actors)
    t0 = time.perf_counter()
    mapping = actors.link_actors(table)
    print(f"link_actors {len(table)} rows: {time.perf_counter() - t0:.3f} s, {len(mapping)} names changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
