"""A local S3-compatible server for the tests of `s3://` stores: moto in server mode on
127.0.0.1 (a free port), started and stopped by the tests, never a real cloud.

`s3_server` (module-scoped) starts it with one bucket; `s3_env` (per test) points ActorLens at
it through the documented settings and the standard AWS variables, and gives each test its own
`s3://` prefix and its own local cache folder.
"""
from __future__ import annotations

import logging
import socket
import uuid

import pytest

BUCKET = "actorlens-test"
ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "ACTORLENS_S3_REGION": "us-east-1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    """The endpoint URL of a moto S3 server holding the bucket `BUCKET`."""
    from moto.server import ThreadedMotoServer
    from pyarrow import fs

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        fs.S3FileSystem(access_key=ENV["AWS_ACCESS_KEY_ID"], secret_key=ENV["AWS_SECRET_ACCESS_KEY"],
                        region=ENV["ACTORLENS_S3_REGION"], endpoint_override=f"127.0.0.1:{port}", scheme="http",
                        allow_bucket_creation=True).create_dir(BUCKET)
        yield endpoint
    finally:
        server.stop()


@pytest.fixture
def s3_env(s3_server, monkeypatch, tmp_path):
    """Environment of a process that uses the test server; returns a fresh `s3://` store URL."""
    env = {**ENV, "ACTORLENS_S3_ENDPOINT": s3_server, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return f"s3://{BUCKET}/{uuid.uuid4().hex[:12]}/store"
