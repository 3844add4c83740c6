"""Command line: `python -m analysis analyze|stance|ingest ...` (see README)."""
from __future__ import annotations

import argparse
import json
import sys

from . import corpus as corpus_mod
from . import loading


def _write_lines(lines, out):
    for line in lines:
        out.write(line + "\n")


def cmd_analyze(args) -> int:
    loaded = loading.load_paths(args.paths)
    for e in loaded.errors:
        print(f"{'note' if loading.is_note(e) else 'error'}: {e.where}: {e.reason}", file=sys.stderr)
    if not loaded.articles:
        print("error: no article could be loaded", file=sys.stderr)
        return 1
    result = corpus_mod.analyze_corpus(loaded.articles, loaded.errors)
    for e in result.errors.iloc[len(loaded.errors):].itertuples():
        print(f"error: {e.file}: {e.reason}", file=sys.stderr)
    if result.articles.empty:
        print("error: no article could be analysed", file=sys.stderr)
        return 1
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    try:
        if args.format == "jsonl":
            _write_lines((json.dumps(r, ensure_ascii=False) for r in corpus_mod.article_records(result)), out)
        else:
            from .query import csv_text

            out.write(csv_text(result.statements.drop(columns=["spans"])))
    finally:
        if args.out:
            out.close()
    return 0


def cmd_stance(args) -> int:
    from . import stance

    return stance.run_cli(args.file, sys.stdout, sys.stderr)


def cmd_hash_password(args) -> int:
    """Print a salted hash for `[auth.users.NAME] password_hash` in Streamlit secrets."""
    import getpass

    from . import passwords

    if args.stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("error: the passwords differ", file=sys.stderr)
            return 1
    if not password:
        print("error: the password is empty", file=sys.stderr)
        return 1
    print(passwords.hash_password(password))
    return 0


def cmd_ingest(args) -> int:
    from . import ingest

    return ingest.run_cli(args, sys.stderr)


def cmd_watch(args) -> int:
    from . import feeds

    return feeds.run_watch_cli(args, sys.stderr)


def cmd_feeds(args) -> int:
    from . import feeds

    return feeds.run_feeds_cli(args, sys.stdout, sys.stderr)


def cmd_merge_aggregates(args) -> int:
    from .store import Store, StoreError

    store = Store(args.store or None)
    if not store.marker.is_file():
        print(f"error: no store in {store.path}", file=sys.stderr)
        return 2
    try:
        merged = store.merge_aggregates()
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"aggregates merged into {merged}" if merged else "nothing to merge: one aggregate set holding every table")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="who said what: one JSON object per article")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--out")
    p.set_defaults(func=cmd_analyze)
    p = sub.add_parser("stance", help="sentiment toward a target span (and a source's stance)")
    p.add_argument("file")
    p.set_defaults(func=cmd_stance)
    p = sub.add_parser("hash-password", help="print a salted password hash for the secrets file")
    p.add_argument("--stdin", action="store_true", help="read the password from one line of stdin")
    p.set_defaults(func=cmd_hash_password)
    p = sub.add_parser("ingest", help="analyse new articles into the store (unchanged ones are skipped)")
    p.add_argument("paths", nargs="*", help="files or folders (none: re-analyse the store's outdated articles)")
    p.add_argument("--store", help="store folder or s3://bucket/prefix (default: ACTORLENS_STORE, else the user data dir)")
    p.add_argument("--workers", type=int, default=1, help="processes (spaCy n_process, or Dask workers)")
    p.add_argument("--engine", choices=["local", "dask"], default="local")
    p.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster of --workers)")
    p.add_argument("--batch-size", type=int, default=None, help="articles per store batch (default 128)")
    p.add_argument("--reanalyze", action="store_true",
                   help="analyse the given articles again even when they are up to date (outdated stored "
                        "articles are always re-analysed)")
    p.add_argument("--urls", metavar="FILE", help="fetch the article URLs in FILE (one a line) and ingest them")
    p.add_argument("--feed", metavar="URL", action="append", default=[],
                   help="fetch an RSS/Atom feed's new entries and ingest them (repeatable)")
    p.add_argument("--feeds", metavar="FILE", help="a file of feed URLs, one a line")
    p.add_argument("--stored-feeds", action="store_true", help="also poll the store's feed list once")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("watch", help="poll the store's feed list until stopped, ingesting new articles")
    p.add_argument("--store", help="store folder or s3://bucket/prefix (default: ACTORLENS_STORE, else the user data dir)")
    p.add_argument("--every", default="15m", help="time between polls: 300s, 15m, 1h (default 15m)")
    p.add_argument("--feeds", metavar="FILE", help="add the feed URLs in FILE to the store's list first")
    p.add_argument("--once", action="store_true", help="poll once and stop")
    p.set_defaults(func=cmd_watch)
    p = sub.add_parser("feeds", help="show, add or remove feeds of the store's feed list")
    p.add_argument("--store", help="store folder or s3://bucket/prefix (default: ACTORLENS_STORE, else the user data dir)")
    p.add_argument("--add", metavar="URL", action="append", default=[])
    p.add_argument("--remove", metavar="URL", action="append", default=[])
    p.set_defaults(func=cmd_feeds)
    p = sub.add_parser("merge-aggregates", help="sum the store's aggregate parts into one set, building the tables "
                                                "a store written by an older version lacks from its rows")
    p.add_argument("--store", help="store folder or s3://bucket/prefix (default: ACTORLENS_STORE, else the user data dir)")
    p.set_defaults(func=cmd_merge_aggregates)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
