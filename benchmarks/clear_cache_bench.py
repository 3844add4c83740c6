"""Memory and time over clear-and-reload cycles (issue 11, item 6).

Any websocket client, signed in or not, can send Streamlit's `clear_cache` message. This starts
the real server on a free 127.0.0.1 port (or uses --url, loopback only), then one raw websocket
client (Streamlit's protocol, as `load_test.py`) loads a page, and N times sends `clear_cache`
and reloads it. Prints the server's RSS before and after and the rerun times: with the expensive
results outside Streamlit's caches (`ui/process_cache.py`) memory stays flat and a rerun after a
clear costs about what a plain rerun does.

    .venv/bin/python benchmarks/clear_cache_bench.py --cycles 50 [--page Who_said_what] [--corpus store]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load_test  # noqa: E402


async def cycles(url: str, page: str, query: str, n: int, pid: int | None):
    import psutil
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    proc = psutil.Process(pid) if pid else None
    stream = url.replace("http://", "ws://", 1) + "/_stcore/stream"
    async with websockets.connect(stream, subprotocols=["streamlit"], max_size=2**28) as ws:
        async def send(**fields):
            msg = BackMsg()
            if "rerun" in fields:
                msg.rerun_script.query_string = query
                msg.rerun_script.page_name = page
            else:
                msg.clear_cache = True
            await ws.send(msg.SerializeToString())

        async def rerun() -> float:
            t0 = time.monotonic()
            await send(rerun=True)
            while True:
                fm = ForwardMsg()
                fm.ParseFromString(await asyncio.wait_for(ws.recv(), 300))
                if fm.WhichOneof("type") == "script_finished":
                    return time.monotonic() - t0

        await rerun()
        plain = [await rerun() for _ in range(3)]
        rss = [proc.memory_info().rss if proc else 0]
        after_clear = []
        for _ in range(n):
            await send(clear=True)
            after_clear.append(await rerun())
            rss.append(proc.memory_info().rss if proc else 0)
        return plain, after_clear, rss


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cycles", type=int, default=50)
    ap.add_argument("--page", default="", help="page name, e.g. Who_said_what (default: the overview)")
    ap.add_argument("--corpus", default="", help="corpus query parameter, e.g. store (default: the seed)")
    ap.add_argument("--url", help="a running server on loopback (default: start one)")
    args = ap.parse_args(argv)
    query = f"corpus={args.corpus}" if args.corpus else ""
    with tempfile.TemporaryDirectory(prefix="actorlens-clear-") as tmp:
        proc = None
        if args.url:
            load_test.assert_loopback(args.url)
            url = args.url.rstrip("/")
        else:
            env = {"ACTORLENS_AUTH": "none", "ACTORLENS_STORE": str(Path(tmp) / "store"), "HOME": tmp}
            proc, url = load_test.start_server(Path(tmp), env)
        try:
            plain, after, rss = asyncio.run(cycles(url, args.page, query, args.cycles, proc.pid if proc else None))
        finally:
            if proc:
                proc.terminate()
                proc.wait(timeout=30)
    print(f"{args.cycles} clear_cache + reload cycles of /{args.page} ({query or 'seed'})")
    print(f"rerun without clear: median {statistics.median(plain):.2f} s; after clear: median "
          f"{statistics.median(after):.2f} s, max {max(after):.2f} s")
    if proc:
        mb = [r / 2**20 for r in rss]
        print(f"server RSS: {mb[0]:.0f} MB before, {mb[len(mb) // 2]:.0f} MB halfway, {mb[-1]:.0f} MB after "
              f"({mb[-1] - mb[0]:+.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
