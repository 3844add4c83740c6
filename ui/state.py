"""View state in the URL, so a copied link reopens exactly the same view.

Query parameters (the contract of a shareable link):

| param       | where              | value                                                     |
|-------------|--------------------|-----------------------------------------------------------|
| `corpus`    | every page         | `seed`, `store` or `folder:<path under a data root>`      |
| `from`,`to` | every page         | article date range, ISO `YYYY-MM-DD`                      |
| `source`    | every page         | an article source; repeated for several                   |
| `carriers`  | every page         | `true`: count every outlet carrying a wire copy           |
| `article`   | Articles           | article id                                                |
| `title`     | Articles           | words the chooser's article titles hold                   |
| `statement` | Articles, Who said | statement id (`<article id>:<index>`): highlighted / open |
| `pos`       | Articles           | character offset: highlight the statement covering it     |
| `q`         | Who said what      | search words / "quoted phrases"                           |
| `speaker`   | Who said what      | speaker actor; repeated                                   |
| `kind`      | Who said what      | `direct` / `indirect` / `position`; repeated              |
| `sort`,`desc` | Who said what    | row order of the table and its downloads; `desc=true` reverses |
| `page`      | Who said what      | page of the table (500 rows a page), from 1               |

Filter widgets are bound to their parameter (`bind="query-params"`, key = parameter name);
choices of an id (article, statement) use `id_widget`, since a bound widget would put its
label in the URL. Streamlit drops the query string when the sidebar navigation switches pages,
so the shared filters are also kept in the session and put back on the widgets of the next
page, and the sidebar's "Share this view" link is built from the values, not the browser URL.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any, Iterable, Mapping
from urllib.parse import urlencode

CORPUS = "corpus"
DATE_FROM = "from"
DATE_TO = "to"
SOURCE = "source"
CARRIERS = "carriers"
ARTICLE = "article"
TITLE = "title"
STATEMENT = "statement"
POS = "pos"
SEARCH = "q"
SPEAKER = "speaker"
KIND = "kind"
SORT = "sort"
DESCENDING = "desc"
TABLE_PAGE = "page"

SHARED = (DATE_FROM, DATE_TO, SOURCE, CARRIERS)
"""Parameters of the shared sidebar filters, present on every page."""



def parse_int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for item in value for v in _values(item)]
    if isinstance(value, (dt.date, dt.datetime)):
        return [value.isoformat()[:10]]
    text = str(value)
    return [text] if text != "" else []


def query_string(params: Mapping[str, Any]) -> str:
    """`?a=1&b=x&b=y` from params in their given order; empty values left out, lists repeated."""
    pairs = [(k, v) for k, value in params.items() for v in _values(value)]
    return "?" + urlencode(pairs) if pairs else ""


def share_url(base: str | None, params: Mapping[str, Any]) -> str:
    """The link to copy: the page's URL (when the browser told us) plus the view's query string."""
    return (base or "").split("?")[0] + query_string(params)


def merge_params(*layers: Mapping[str, Any]) -> dict[str, Any]:
    """Later layers win; a key whose value is empty in a later layer is removed."""
    out: dict[str, Any] = {}
    for layer in layers:
        for k, v in layer.items():
            if _values(v):
                out[k] = v
            else:
                out.pop(k, None)
    return out


def restore_shared(
    url_params: Mapping[str, Any],
    saved: Mapping[str, Any],
    *,
    page_changed: bool,
    keys: Iterable[str] = SHARED,
) -> dict[str, Any]:
    """Shared filter values to put back on the widgets after a page switch.

    The URL wins (a shared link), then the values saved from the previous page; on the same page
    the widgets are the truth, so nothing is restored (a filter cleared there stays cleared).
    """
    if not page_changed:
        return {}
    return {k: saved[k] for k in keys if k not in url_params and _values(saved.get(k))}


def url_override(url_value: str | None, last_written: str | None, options) -> str | None:
    """The option a link asks a widget to show: only when the URL changed since the page wrote it.

    Otherwise the widget is the truth (the analyst just changed it), and the page writes its value
    back to the URL.
    """
    if url_value is None or url_value == last_written or url_value not in options:
        return None
    return url_value


def id_widget(widget, label: str, options: list, *, param: str, key: str, override: str | None = None, **kwargs):
    """A choice widget whose value (an id, not its label) lives in the query parameter `param`.

    `bind="query-params"` would put the formatted label in the URL; ids make links stable.
    `override` (e.g. derived from a `pos` link) applies only when the URL names no option.
    """
    import streamlit as st

    ss = st.session_state
    last_key = f"_al_url_{key}"  # per widget: two pages may use the same parameter
    url_value = st.query_params.get(param)
    wanted = url_override(url_value, ss.get(last_key), options)
    if wanted is None and override in options and (url_value is None or url_value not in options):
        wanted = override
    if wanted is not None:
        ss[key] = wanted
    value = widget(label, options, key=key, **kwargs)
    if value is None:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != value:
        st.query_params[param] = value
    ss[last_key] = value
    return value


def copy_selection(table_key: str, target_key: str, ids: list):
    """An `on_select` callback: the id of a dataframe's selected row goes to widget `target_key`.

    Callbacks run before the script, so the target widget (bound to the URL) can follow the table.
    """
    import streamlit as st

    def callback() -> None:
        rows = st.session_state[table_key].selection.rows
        if rows and rows[0] < len(ids):
            st.session_state[target_key] = ids[rows[0]]

    return callback


_URL_SAFE = re.compile(r"[A-Za-z0-9_.~:-]+")  # ":" (in statement ids) is quoted as %3A


def article_links(params: dict) -> list[str]:
    """`"Articles" + query_string(row)` for every row of a table at once.

    `params` maps a query parameter to its column (one value per row). Ids made of URL-safe
    characters (and ":") are written directly, other values are quoted once each: a link column of
    thousands of statements no longer urlencodes row by row on every rerun.
    """
    keys = list(params)
    columns = [v.tolist() if hasattr(v, "tolist") else list(v) for v in params.values()]  # a column's values at once
    memo: dict = {}
    links = []
    for row in zip(*columns):
        parts = []
        for k, v in zip(keys, row):
            if isinstance(v, str) and _URL_SAFE.fullmatch(v) and _URL_SAFE.fullmatch(k):
                parts.append(f"{k}={v.replace(':', '%3A')}")
                continue
            try:
                part = memo.get((k, v))
            except TypeError:  # an unhashable value (a list): quoted each time
                part = None
            if part is None:
                part = query_string({k: v})[1:]
                with contextlib.suppress(TypeError):
                    memo[(k, v)] = part
            if part:
                parts.append(part)
        links.append("Articles" + ("?" + "&".join(parts) if parts else ""))
    return links
