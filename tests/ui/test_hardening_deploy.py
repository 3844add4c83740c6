"""Issue 11, items 7, 11 and 19: Streamlit's own limits match the product's, and the shipped proxy
configurations block what Streamlit serves to anyone (tests/e2e/test_hardening_server.py runs
the nginx one in front of the real server)."""
from __future__ import annotations

import re
import tomllib

import pytest

from analysis import settings
from analysis.settings import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
LIMIT_MB = int(settings.SETTINGS["ACTORLENS_MAX_FILE_MB"].default)


def _text(name: str) -> str:
    return (DEPLOY / name).read_text(encoding="utf-8")


def test_streamlit_takes_no_upload_larger_than_the_product_loads():
    config = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == LIMIT_MB
    assert config["server"]["enableXsrfProtection"] is True
    assert config["client"]["toolbarMode"] == "minimal"


@pytest.mark.parametrize("name, pattern", [
    ("nginx.conf", rf"client_max_body_size {LIMIT_MB}m;"),
    ("nginx.conf", r"location = /_stcore/metrics \{\s*return 404;"),
    ("nginx.conf", r"location /_stcore/upload_file/ \{[^}]*limit_req zone="),
    ("nginx.conf", r"location = /_stcore/stream \{[^}]*limit_conn "),
    ("nginx.conf", r"location /media/ \{[^}]*auth_request"),
    ("Caddyfile", rf"max_size {LIMIT_MB}MB"),
    ("Caddyfile", r"respond /_stcore/metrics 404"),
])
def test_proxy_configs_block_what_streamlit_serves_to_anyone(name, pattern):
    assert re.search(pattern, _text(name)), f"{name} lacks {pattern}"


@pytest.mark.parametrize("path", ["/_stcore/metrics", "/_stcore/upload_file", "/_stcore/stream", "/media/",
                                  "clear_cache"])
def test_deployment_doc_says_what_the_proxy_blocks_and_why(path):
    doc = (PROJECT_ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    section = doc[doc.index("What the reverse proxy must block"):]
    section = section[: section.find("\n## ")]
    assert path in section
