"""Feed ingest: a feed of N entries on a local news site (127.0.0.1), fetched, extracted, analysed.

    .venv/bin/python benchmarks/feed_ingest.py [--entries 500] [--words 600]

Serves `tests.feed_server`'s article pages (boilerplate, JSON-LD, meta dates; ~`--words` words of
story each) and one RSS feed of `--entries` entries, then runs what `python -m analysis ingest
--feed URL` runs: the conditional feed request, each entry's page fetched (the per-host delay set
to 0: in production it is a politeness wait, not work), trafilatura/htmldate extraction, and the
normal ingest into a fresh temporary store. Prints articles/s and the share of the time spent
fetching, extracting and analysing. Target (issue 14): extraction adds <= 15 % to the analysis
time per article. Nothing leaves the machine.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ["ACTORLENS_FETCH_ALLOW"] = "127.0.0.1"

from analysis import feeds  # noqa: E402
from analysis.fetch import Fetcher  # noqa: E402
from analysis.ingest import ingest_articles  # noqa: E402
from analysis.pipeline import load_nlp  # noqa: E402
from analysis.store import Store  # noqa: E402
from tests.feed_server import FeedServer, article_page, article_text, rss  # noqa: E402


def story(i: int, words: int) -> str:
    """Paragraphs of several reports (each numbered), so every story is different and ~`words` long."""
    parts, k = [], 0
    while sum(len(p.split()) for p in parts) < words:
        parts.append(article_text(i * 31 + k))
        k += 1
    return "\n\n".join(parts)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--entries", type=int, default=500)
    p.add_argument("--words", type=int, default=600)
    args = p.parse_args(argv)
    load_nlp()  # the model loads once per process; not part of the per-article figures
    with FeedServer() as server, tempfile.TemporaryDirectory() as tmp:
        for i in range(args.entries):
            server.page(f"/news/{i}", article_page(i, base=server.base, text=story(i, args.words)))
        server.page("/rss.xml", rss(server.base, [(f"/news/{i}", f"Report {i}") for i in range(args.entries)]),
                    content_type="application/rss+xml")
        store = Store(Path(tmp) / "store")
        started = time.perf_counter()
        collector = feeds.Collector(Fetcher(delay=0, retries=0, timeout=10))
        feed = feeds.FeedState(server.url("/rss.xml"))
        feeds.poll_feed(feed, collector, max_failures=5)
        collected = collector.result
        analysis_started = time.perf_counter()
        summary = ingest_articles(collected.articles, store, collected.errors)
        analysis = time.perf_counter() - analysis_started
        total = time.perf_counter() - started
    n = summary.new
    words = sum(len(a.text.split()) for a in collected.articles)
    print(f"{n} of {args.entries} entries ingested ({len(collected.errors)} failed), {words / max(n, 1):.0f} words "
          f"an article, {total:.1f} s: {n / total:.1f} articles/s")
    for name, seconds in (("fetching", collected.fetch_seconds), ("extraction", collected.extract_seconds),
                          ("analysis + store", analysis)):
        print(f"  {name:<17} {seconds:7.2f} s  {100 * seconds / total:5.1f} %  {1000 * seconds / max(n, 1):7.1f} ms/article")
    share = collected.extract_seconds / analysis if analysis else float("inf")
    print(f"extraction adds {100 * share:.1f} % to the analysis time per article (target <= 15 %): "
          f"{'met' if share <= 0.15 else 'NOT met'}")
    return 0 if n == args.entries and share <= 0.15 else 1


if __name__ == "__main__":
    sys.exit(main())
