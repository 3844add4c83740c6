"""Requests and time of an `s3://` store's writes and reads, against a local S3 server.

    .venv/bin/python benchmarks/s3_store.py [--batches 20]

Starts moto in server mode on 127.0.0.1 (a dev dependency; nothing leaves the machine), writes
`--batches` batches of two hand-made articles into `s3://bench/store`, and prints how many
requests of each kind a batch write, a read of the whole store and a read served from the
readers' local cache cost, beside the same on a local folder. Requests are what matter on real
object storage (each costs a round trip of ~10-50 ms there); moto's times are not S3's.
"""
from __future__ import annotations

import argparse
import collections
import logging
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--batches", type=int, default=20)
    args = p.parse_args()
    from moto.server import ThreadedMotoServer
    from pyarrow import fs

    counts: collections.Counter = collections.Counter()

    class Count(logging.Handler):
        def emit(self, record):
            request = record.getMessage().split('"')
            if len(request) > 1:
                counts[request[1].split()[0].split("m")[-1]] += 1  # the method, without colour codes

    log = logging.getLogger("werkzeug")
    log.setLevel(logging.INFO)
    log.addHandler(Count())
    log.propagate = False
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    os.environ.update({"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "ACTORLENS_S3_REGION": "us-east-1",
                       "ACTORLENS_S3_ENDPOINT": f"http://127.0.0.1:{port}", "XDG_CACHE_HOME": tempfile.mkdtemp()})
    fs.S3FileSystem(access_key="bench", secret_key="bench", region="us-east-1", endpoint_override=f"127.0.0.1:{port}",
                    scheme="http", allow_bucket_creation=True).create_dir("bench")
    from analysis.store import Store

    def rows(aid: str) -> dict:
        return {"articles": [{"id": aid, "text": f"Text of {aid}.", "title": aid, "date": "2024-01-01", "source": "s"}],
                "mentions": [{"article_id": aid, "start": 0, "end": 4, "text": "Anna", "actor": "Anna"}],
                "actors": [{"article_id": aid, "name": "Anna", "type": "person", "aliases": ["Anna"], "roles": [],
                            "n_mentions": 1, "n_statements": 1}],
                "statements": [{"id": f"{aid}:0", "article_id": aid, "index": 0, "text": "Hi", "speaker": "Anna"}],
                "stances": [{"article_id": aid, "source": "Anna", "target": "Ben", "polarity": "negative"}]}

    def measure(label: str, action) -> None:
        counts.clear()
        started = time.perf_counter()
        action()
        total = sum(counts.values())
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
        print(f"  {label}: {time.perf_counter() - started:.2f} s" + (f", {total} requests ({kinds})" if total else ""))

    with tempfile.TemporaryDirectory() as folder:
        for store in (Store(os.path.join(folder, "store")), Store("s3://bench/store")):
            print(f"{store.path} ({args.batches} batches of 2 articles, 6 parts each)")

            def write(i: int, store=store) -> None:
                store.write_batch({t: rows(f"a{i}")[t] + rows(f"b{i}")[t] for t in rows("x")},
                                  [f"k-a{i}:v:m", f"k-b{i}:v:m"])

            for i in range(args.batches - 1):
                write(i)
            measure("one more batch (write_batch: lock, publish, unlock)", lambda: write(args.batches))
            measure("read of the whole store (Store.load, link=False; manifests already fetched)",
                    lambda: Store(str(store.path)).load(link=False))
            store.load()
            measure("linked read served from the readers' local cache (Store.load)", store.load)
    server.stop()


if __name__ == "__main__":
    main()
