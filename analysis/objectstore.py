"""A store on S3-compatible object storage: `s3://bucket/prefix` as a small path type.

`analysis.store` and `analysis.corrections` are written against `pathlib`; `S3Path` gives them
the few path operations they use (join, list, read, write, delete, stat) over
`pyarrow.fs.S3FileSystem`, which pyarrow bundles, so no new dependency and nothing downloaded
at run time (DuckDB's own S3 reader, the httpfs extension, is downloaded on first use; the
store hands DuckDB Arrow datasets instead).

What object storage gives and lacks, and what the store does about it:

- An object is written whole: a reader sees the old object, the new one or none (a killed
  multipart upload leaves no object). So a store batch is published by writing its parts first
  and its manifest object last, as on a local disk, only without the rename.
- There is no rename and no `flock`. The writer lock is `LeaseLock`: lease objects under a
  prefix, held by whoever's lease is the only one listed, renewed while held, and taken over
  when older than `ACTORLENS_S3_LOCK_TTL` seconds (a killed writer).
- Listing and reading after a write are strongly consistent on AWS S3, MinIO and Ceph; the
  lease lock relies on it.

Connection settings: `ACTORLENS_S3_ENDPOINT` (an S3-compatible service such as MinIO or a test
server; empty: AWS) and `ACTORLENS_S3_REGION`; credentials come from the AWS SDK's usual chain
(`AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`, `AWS_PROFILE`, instance roles).
"""
from __future__ import annotations

import contextlib
import fnmatch
import functools
import hashlib
import json
import os
import random
import socket
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

from . import settings

SCHEME = "s3://"


def is_s3(location) -> bool:
    return isinstance(location, S3Path) or (isinstance(location, str) and location.startswith(SCHEME))


@functools.lru_cache(maxsize=8)
def filesystem(endpoint: str, region: str):
    """One S3 client per endpoint and region in a process (it keeps its connections)."""
    from pyarrow import fs

    kwargs = {"region": region} if region else {}
    if endpoint:
        scheme, _, host = endpoint.rpartition("://")
        kwargs.update(endpoint_override=host.rstrip("/"), scheme=scheme or "https")
    return fs.S3FileSystem(**kwargs)


class S3Path:
    """An object (or prefix) `s3://bucket/key`; the subset of `pathlib.Path` the store uses.

    There is deliberately no `__fspath__`: handing an S3Path to `open` or `os` fails at once
    instead of creating a local folder named `s3:`.
    """

    def __init__(self, bucket: str, key: str = "", *, _info=None, _is_dir: bool | None = None):
        self.bucket, self.key = bucket, key.strip("/")
        self._info = _info  # (size, mtime_ns) from the listing that found this object
        self._is_dir = _is_dir  # known from that listing: no request to ask again

    @classmethod
    def parse(cls, url: str) -> "S3Path":
        if not url.startswith(SCHEME) or not url[len(SCHEME):].split("/", 1)[0]:
            raise ValueError(f"{url!r}: not an s3://bucket/prefix location")
        bucket, _, key = url[len(SCHEME):].partition("/")
        return cls(bucket, key)

    @property
    def filesystem(self):
        return filesystem(settings.get("ACTORLENS_S3_ENDPOINT"), settings.get("ACTORLENS_S3_REGION"))

    @property
    def fs_path(self) -> str:
        """The path as `pyarrow.fs` names it (bucket/key)."""
        return f"{self.bucket}/{self.key}" if self.key else self.bucket

    # --- pure path operations -----------------------------------------------------------------
    def __str__(self) -> str:
        return SCHEME + self.fs_path

    def __repr__(self) -> str:
        return f"S3Path({str(self)!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, S3Path) and (self.bucket, self.key) == (other.bucket, other.key)

    def __hash__(self) -> int:
        return hash((self.bucket, self.key))

    def __truediv__(self, name: str) -> "S3Path":
        name = str(name).strip("/")
        return S3Path(self.bucket, f"{self.key}/{name}" if self.key else name)

    @property
    def name(self) -> str:
        return self.key.rpartition("/")[2]

    @property
    def stem(self) -> str:
        name = self.name
        return name.rpartition(".")[0] if "." in name.lstrip(".") else name

    @property
    def suffix(self) -> str:
        return "." + self.name.rpartition(".")[2] if "." in self.name.lstrip(".") else ""

    @property
    def parent(self) -> "S3Path":
        return S3Path(self.bucket, self.key.rpartition("/")[0])

    def with_name(self, name: str) -> "S3Path":
        return self.parent / name

    def expanduser(self) -> "S3Path":
        return self

    def resolve(self) -> "S3Path":
        return self

    # --- object operations --------------------------------------------------------------------
    def _type(self):
        from pyarrow import fs

        return self.filesystem.get_file_info(self.fs_path).type, fs.FileType

    def exists(self) -> bool:
        kind, types = self._type()
        return kind != types.NotFound

    def is_dir(self) -> bool:
        if self._is_dir is not None:
            return self._is_dir
        kind, types = self._type()
        return kind == types.Directory

    def is_file(self) -> bool:
        if self._is_dir is not None:
            return not self._is_dir
        kind, types = self._type()
        return kind == types.File

    def mkdir(self, parents: bool = False, exist_ok: bool = False) -> None:
        """Prefixes need no creating: an object's key makes its "folders"."""

    def _children(self, recursive: bool) -> Iterator["S3Path"]:
        from pyarrow import fs

        selector = fs.FileSelector(self.fs_path, allow_not_found=True, recursive=recursive)
        for info in self.filesystem.get_file_info(selector):
            bucket, _, key = info.path.partition("/")
            is_file = info.type == fs.FileType.File
            yield S3Path(bucket, key, _info=(info.size or 0, info.mtime_ns or 0) if is_file else None,
                         _is_dir=not is_file)

    def iterdir(self) -> Iterator["S3Path"]:
        return self._children(recursive=False)

    def glob(self, pattern: str) -> Iterator["S3Path"]:
        return (p for p in self._children(recursive=False) if fnmatch.fnmatchcase(p.name, pattern))

    def rglob(self, pattern: str) -> Iterator["S3Path"]:
        return (p for p in self._children(recursive=True) if fnmatch.fnmatchcase(p.name, pattern))

    def stat(self) -> SimpleNamespace:
        if self._info is None:
            from pyarrow import fs

            info = self.filesystem.get_file_info(self.fs_path)
            if info.type == fs.FileType.NotFound:
                raise FileNotFoundError(2, "no such object", str(self))
            self._info = (info.size or 0, info.mtime_ns or 0)
        size, mtime_ns = self._info
        return SimpleNamespace(st_size=size or 0, st_mtime_ns=mtime_ns, st_mtime=mtime_ns / 1e9)

    def etag(self) -> str:
        """The object's ETag: changes with every write, even two in the same second (S3's
        modification times are whole seconds)."""
        with self.filesystem.open_input_file(self.fs_path) as f:
            return (f.metadata().get("ETag") or b"").decode("ascii", "replace").strip('"')

    def read_bytes(self) -> bytes:
        with self.filesystem.open_input_stream(self.fs_path) as f:
            return f.read()

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.read_bytes().decode(encoding)

    def write_bytes(self, data: bytes) -> None:
        """One object, visible whole once the upload completes."""
        with self.filesystem.open_output_stream(self.fs_path) as f:
            f.write(data)
        self._info = None

    def write_text(self, text: str, encoding: str = "utf-8") -> None:
        self.write_bytes(text.encode(encoding))

    def open_input_file(self):
        return self.filesystem.open_input_file(self.fs_path)

    def unlink(self, missing_ok: bool = False) -> None:
        try:
            self.filesystem.delete_file(self.fs_path)
        except FileNotFoundError:
            if not missing_ok:
                raise


def file_version(path) -> str:
    """A token that changes whenever the file or object at `path` is rewritten ("absent" if
    there is none): a cache key for readers in any process."""
    try:
        if isinstance(path, S3Path):
            return path.etag()
        st = Path(path).stat()
    except FileNotFoundError:
        return "absent"
    except OSError as e:  # e.g. the store path is a file: reading it will say so
        return f"unreadable-{e.errno}"
    return f"{st.st_mtime_ns}-{st.st_size}"


def local_cache_dir(path: S3Path) -> Path:
    """Where readers of a store on S3 keep their derived files (link caches), on local disk:
    they are memory-mapped, and are rebuilt from the store whenever it changes."""
    import platformdirs

    digest = hashlib.sha1(f"{path}\0{settings.get('ACTORLENS_S3_ENDPOINT')}".encode()).hexdigest()[:16]
    folder = Path(platformdirs.user_cache_dir("actorlens")) / "s3" / digest
    with contextlib.suppress(OSError):  # no cache is slower, never wrong
        folder.parent.mkdir(parents=True, exist_ok=True)
    return folder


class LockHeld(RuntimeError):
    """Another process holds the lease lock; the message names its lease object."""


class LeaseLock:
    """Mutual exclusion on object storage without conditional writes.

    A taker writes its own lease object under `prefix`, then lists the prefix: it holds the lock
    when its lease is the only live one listed; otherwise it deletes its lease and waits. With
    read-after-write consistent listing two takers can never both see only their own lease (the
    later lister always sees the earlier one's), so at most one holds it; when both see both,
    both back off for a random time and retry. The holder renews its lease every quarter of
    `ttl` from a thread; a lease not renewed for `ttl` seconds (its writer was killed) is removed
    by the next taker. Lease ages are compared on the server's clock (the taker's own new lease
    gives "now"), so clock skew between machines does not matter.
    """

    def __init__(self, prefix: S3Path, ttl: float | None = None):
        self.prefix = prefix
        self.ttl = float(ttl if ttl is not None else settings.get_int("ACTORLENS_S3_LOCK_TTL"))
        self.lease: S3Path | None = None
        self.blocker: S3Path | None = None  # a live lease that kept the last try from taking the lock
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _body(self) -> bytes:
        return json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                           "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}).encode()

    def _others(self, mine: S3Path) -> list[S3Path]:
        """Live leases other than `mine`; expired ones are deleted on the way."""
        leases = [p for p in self.prefix.iterdir() if p.is_file()]
        now = next((p.stat().st_mtime_ns for p in leases if p == mine), None)
        if now is None:
            raise LockHeld(f"{mine}: this process's lease vanished (taken over after {self.ttl:.0f} s "
                           "without renewal?)")
        live = []
        for p in leases:
            if p == mine:
                continue
            if now - p.stat().st_mtime_ns > self.ttl * 1e9:
                p.unlink(missing_ok=True)
            else:
                live.append(p)
        return live

    def try_acquire(self) -> bool:
        mine = self.prefix / f"{time.time_ns():020d}-{socket.gethostname()}-{os.getpid()}-{random.getrandbits(32):08x}"
        mine.write_bytes(self._body())
        others = self._others(mine)
        if others:
            mine.unlink(missing_ok=True)
            self.blocker = others[0]
            return False
        self.lease = mine
        self._stop.clear()
        self._renewer = threading.Thread(target=self._renew, name="actorlens-lease", daemon=True)
        self._renewer.start()
        return True

    def acquire(self, *, wait: bool = True, on_wait=None) -> None:
        waited = False
        while not self.try_acquire():
            if not wait:
                raise LockHeld(f"{self.blocker}: another process holds this lock")
            if not waited and on_wait:
                on_wait()
            waited = True
            time.sleep(0.2 + random.random() * 0.8)

    def check(self) -> None:
        """Raise `LockHeld` unless this process still holds the lock (before a commit point)."""
        if self.lease is None:
            raise LockHeld(f"{self.prefix}: lock not held")
        others = self._others(self.lease)
        if others:
            raise LockHeld(f"{others[0]}: another process took this lock over")

    def _renew(self) -> None:
        while not self._stop.wait(self.ttl / 4):
            with contextlib.suppress(OSError):
                self.lease.write_bytes(self._body())

    def release(self) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join()
            self._renewer = None
        if self.lease is not None:
            with contextlib.suppress(OSError):
                self.lease.unlink(missing_ok=True)
            self.lease = None

    @contextlib.contextmanager
    def held(self, *, wait: bool = True, on_wait=None) -> Iterator["LeaseLock"]:
        self.acquire(wait=wait, on_wait=on_wait)
        try:
            yield self
        finally:
            self.release()
