"""A synthetic store of N articles with realistic row counts, for dashboard benchmarks.

    .venv/bin/python benchmarks/make_store.py 10000 /tmp/store10k [--seed 1] [--batch-size 128] [--compact]
        [--no-load] [--progress N] [--resume]

No spaCy: rows are generated directly in the shapes `ingest` writes — about 50 mentions, 8
statements and 6 stances an article; ~1,500 actors whose frequency follows a Zipf law (a few
heads of state everywhere, a long tail of experts); dates over two years with ~3 % undated
articles; stances with confidences, ~15 % of them narrated acts; batches of `--batch-size` articles
as an ingest would write them (with their aggregates, `analysis.aggregates`). Prints how long
writing and a full `Store.load()` took, and the store's size.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.store import Store  # noqa: E402
from analysis.fingerprint import current as current_fingerprint  # noqa: E402
from analysis.pipeline import resolve_model_name  # noqa: E402

FIRST = ["Anna", "Dmitry", "Sergei", "Maria", "John", "Elena", "Pedro", "Ivan", "Laura", "Ahmed", "Chen",
         "Olga", "Carlos", "Fatima", "Igor", "Sofia", "Miguel", "Yuri", "Hannah", "Andrei", "Lucia", "Omar",
         "Pavel", "Nadia", "James", "Rosa", "Viktor", "Amira", "Felipe", "Irina"]
LAST = ["Berg", "Medvedev", "Lavrov", "Ruiz", "Smith", "Kortunov", "Garcia", "Petrov", "Faller", "Haddad",
        "Wang", "Ivanova", "Lopez", "Karimi", "Sechin", "Rossi", "Torres", "Volkov", "Schmidt", "Popescu",
        "Diaz", "Nasser", "Orlov", "Kuznetsova", "Brown", "Moreno", "Sokolov", "Mansour", "Castro", "Zhukova"]
COUNTRIES = ["Russia", "United States", "Cuba", "China", "Venezuela", "Brazil", "Ukraine", "Germany",
             "France", "Iran", "Turkey", "India", "Mexico", "Syria", "Israel", "Japan", "Poland", "Nicaragua"]
ORGS = ["NATO", "State Department", "Kremlin", "European Union", "United Nations", "Rosneft", "IMF",
        "Pentagon", "Voice of America", "RIAC", "OPEC", "World Bank", "Gazprom", "Council of Europe"]
ROLES = ["Prime Minister", "Foreign Minister", "political scientist", "spokesperson", "analyst",
         "Director General", "ambassador", "senator", "economist", "professor"]
CUES = ["said", "told", "noted", "warned", "believes", "added", "stressed", "admitted"]
ACTS = ["criticize", "praise", "meet", "threaten", "accuse"]
CONFIDENCES = [0.35, 0.55, 0.7, 0.9]
OUTLETS = ["Voice of America", "RT", "Reuters", "El Pais", "Kommersant", "Granma", "Die Welt"]
WORDS = ("the talks sanctions economy military support visit cooperation regime pressure oil trade "
         "relations crisis agreement security region government policy interests influence").split()


def make_actors(rng: random.Random, n_people: int = 1400) -> list[tuple[str, str, str]]:
    people = {f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(n_people * 2)}
    people = sorted(people)[:n_people]
    actors = [(c, "country", "GPE") for c in COUNTRIES] + [(o, "organisation", "ORG") for o in ORGS]
    actors += [(p, "person", "PERSON") for p in people]
    rng.shuffle(actors)
    return actors


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def article_rows(rng: random.Random, i: int, actors, weights, start: date) -> dict[str, list[dict]]:
    aid = f"syn{i:07d}"
    day = "" if rng.random() < 0.03 else (start + timedelta(days=rng.randrange(730))).isoformat()
    body, mentions, statements, stances = [], [], [], []
    pos = 0
    cast = rng.choices(range(len(actors)), weights=weights, k=rng.randint(8, 20))
    for _ in range(max(1, int(rng.gauss(50, 10)))):
        name, kind, label = actors[rng.choice(cast)]
        text = name.split()[-1] if kind == "person" and rng.random() < 0.4 else name
        head = f"{sentence(rng, rng.randint(4, 10))[:-1]} "
        chunk = head + text + (".\n\n" if rng.random() < 0.3 else ". ")  # paragraphs of ~3 sentences
        start_m = pos + len(head)
        mentions.append({"article_id": aid, "start": start_m, "end": start_m + len(text), "text": text,
                         "label": label, "actor": name, "actor_type": kind})
        body.append(chunk)
        pos += len(chunk)
    text = "".join(body)
    speakers = [actors[c] for c in cast if actors[c][1] == "person"] or [actors[cast[0]]]
    for k in range(max(0, int(rng.gauss(8, 3)))):
        speaker = rng.choice(speakers)[0] if rng.random() < 0.85 else None
        s0 = rng.randrange(max(1, len(text) - 200))
        s1 = s0 + rng.randint(40, 180)
        statements.append({
            "id": f"{aid}:{k}", "article_id": aid, "index": k, "kind": rng.choice(["direct", "indirect"]),
            "text": text[s0:s1], "start": s0, "end": s1, "spans": [[s0, s1]], "cue": rng.choice(CUES),
            "cue_start": s1 + 2, "cue_end": s1 + 6, "speaker": speaker,
            "speaker_mention": speaker or "an expert", "speaker_start": max(0, s0 - 20), "speaker_end": s0,
            "speaker_kind": "name" if speaker else "anonymous", "role": rng.choice(ROLES) if speaker else "",
            "sentence_start": s0, "sentence_end": s1, "sentence": text[s0:s1]})
        if speaker:
            for _ in range(rng.choice([0, 1, 1, 2])):
                target = actors[rng.choice(cast)][0]
                if target == speaker:
                    continue
                score = round(max(-1.0, min(1.0, rng.gauss(-0.1, 0.45))), 3)
                act = rng.random() < 0.15  # a narrated act ("X criticised Y") rather than a statement's stance
                stances.append({
                    "article_id": aid, "source": speaker, "target": target,
                    "polarity": "positive" if score > 0.2 else "negative" if score < -0.2 else "neutral",
                    "score": score, "evidence": rng.choice(WORDS), "rule": "synthetic",
                    "relation": rng.choice(ACTS) if act else "statement", "goldstein": None,
                    "statement_index": None if act else k, "start": s0, "end": s1,
                    "confidence": rng.choice(CONFIDENCES)})
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m["actor"]] = counts.get(m["actor"], 0) + 1
    said: dict[str, int] = {}
    for s in statements:
        if s["speaker"]:
            said[s["speaker"]] = said.get(s["speaker"], 0) + 1
    kinds = {a[0]: a[1] for a in actors}
    actor_rows = [{"article_id": aid, "name": n, "type": kinds[n],
                   "aliases": sorted({m["text"] for m in mentions if m["actor"] == n}),
                   "roles": [rng.choice(ROLES)] if kinds[n] == "person" and rng.random() < 0.5 else [],
                   "n_mentions": c, "n_statements": said.get(n, 0)} for n, c in counts.items()]
    article = {"id": aid, "text": text, "title": sentence(rng, 6)[:-1], "date": day,
               "source": rng.choice(OUTLETS), "url": f"https://example.org/{aid}", "author": "",
               "path": f"synthetic/{aid}.txt", "n_words": len(text.split())}
    return {"articles": [article], "mentions": mentions, "actors": actor_rows, "statements": statements,
            "stances": stances}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", type=int)
    p.add_argument("dir")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--compact", action="store_true", help="rewrite as one batch at the end")
    p.add_argument("--no-load", action="store_true", help="skip the full Store.load() at the end")
    p.add_argument("--resume", action="store_true",
                   help="continue a store an interrupted run of the same N, seed and batch size left: "
                        "the articles it holds are generated again (to the same random state) but not written")
    p.add_argument("--progress", type=int, default=0, metavar="N",
                   help="print time, CPU and peak RSS every N articles")
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    store = Store(args.dir)
    actors = make_actors(rng)
    weights = [1 / (r + 1) ** 1.1 for r in range(len(actors))]
    model = resolve_model_name()  # keys name the installed model: an ingest into the store
    analysis_fingerprint = current_fingerprint(model)  # then finds nothing outdated to re-analyse
    spent = {"_batch_aggregates": 0.0, "_merge_aggregate_parts": 0.0, "_merge_row_parts": 0.0, "_build_derived": 0.0}

    def timed(method: str):
        original = getattr(Store, method)

        def run(self, *a, **k):
            t = time.perf_counter()
            try:
                return original(self, *a, **k)
            finally:
                spent[method] += time.perf_counter() - t
        setattr(store, method, run.__get__(store))

    for method in spent:
        timed(method)
    t0 = time.perf_counter()
    c0 = time.process_time()
    every = max(args.batch_size, args.progress)
    start = 0
    if args.resume:
        held = {k.split(":", 1)[0] for k in store.known_keys()}
        while start < args.n and f"synthetic{start:07d}" in held:
            start += 1
        start -= start % args.batch_size
        for i in range(start):
            article_rows(rng, i, actors, weights, date(2023, 1, 1))
        print(f"resuming after {start:,} articles already in the store", flush=True)
    with store.writer():  # as an ingest does: one lock (and one orphan sweep) for all batches
        for b in range(start, args.n, args.batch_size):
            rows: dict[str, list[dict]] = {}
            keys = []
            for i in range(b, min(args.n, b + args.batch_size)):
                for table, table_rows in article_rows(rng, i, actors, weights, date(2023, 1, 1)).items():
                    rows.setdefault(table, []).extend(table_rows)
                keys.append(f"synthetic{i:07d}:{analysis_fingerprint}:{model}")
            store.write_batch(rows, keys)
            done = min(args.n, b + args.batch_size)
            if args.progress and (done % every < args.batch_size or done == args.n):
                print(f"  {done:,} articles: {time.perf_counter() - t0:.0f} s wall, "
                      f"{time.process_time() - c0:.0f} s CPU ({spent['_batch_aggregates']:.0f} s aggregating and linking, "
                      f"{spent['_merge_aggregate_parts']:.0f} s merging), peak RSS {peak_rss_mb():.0f} MB", flush=True)
        if args.compact:
            store.compact()
    t_write = time.perf_counter() - t0
    cpu_write = time.process_time() - c0
    stats = store.stats()
    print(f"wrote {stats.articles} articles in {stats.batches} batches in {t_write:.1f} s ({cpu_write:.1f} s CPU) "
          f"({spent['_batch_aggregates']:.1f} s of it aggregating and linking, {spent['_merge_aggregate_parts']:.1f} s merging aggregate parts, "
          f"{len(store._parts('agg_actor_day', store._manifests()))} part sets live, {spent['_merge_row_parts']:.1f} s merging "
          f"row parts, {len(store._parts('statements', store._manifests()))} live, {spent['_build_derived']:.1f} s "
          f"deriving the statement index); "
          f"{stats.bytes / 2**20:.1f} MB on disk")
    print("rows: " + ", ".join(f"{t} {n}" for t, n in stats.rows.items()))
    print(f"peak RSS while writing: {peak_rss_mb():.0f} MB")
    if not args.no_load:
        t0 = time.perf_counter()
        store.load()
        print(f"Store.load() (all tables, actors linked): {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
