"""URL state: query strings, share links, restoring shared filters after a page switch."""
from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from ui import state

D = dt.date


@pytest.mark.parametrize("value, expected", [("12", 12), (" 7 ", 7), ("x", None), (None, None), ("", None)])
def test_parse_int(value, expected):
    assert state.parse_int(value) == expected


@pytest.mark.parametrize("params, expected", [
    ({}, ""),
    ({"q": ""}, ""),
    ({"q": None, "speaker": []}, ""),
    ({"q": "Cuba"}, "?q=Cuba"),
    ({"speaker": ["A B", "C"]}, "?speaker=A+B&speaker=C"),
    ({"from": D(2024, 1, 2)}, "?from=2024-01-02"),
    ({"q": '"a phrase" & more'}, "?q=%22a+phrase%22+%26+more"),
    ({"statement": "abc:3"}, "?statement=abc%3A3"),
])
def test_query_string(params, expected):
    assert state.query_string(params) == expected


def test_query_string_round_trips_through_a_parser():
    params = {"source": ["Le Monde", "BBC/News"], "q": "ä ö?&=", "to": D(2023, 12, 31)}
    parsed = parse_qs(urlsplit(state.share_url("http://h/Who_said_what", params)).query)
    assert parsed == {"source": ["Le Monde", "BBC/News"], "q": ["ä ö?&="], "to": ["2023-12-31"]}


@pytest.mark.parametrize("base, expected", [
    ("http://localhost:8501/Articles", "http://localhost:8501/Articles?article=x"),
    ("http://localhost:8501/Articles?old=1", "http://localhost:8501/Articles?article=x"),
    (None, "?article=x"),
    ("", "?article=x"),
])
def test_share_url(base, expected):
    assert state.share_url(base, {"article": "x"}) == expected


def test_merge_params_later_layers_win_and_empty_removes():
    merged = state.merge_params({"q": "a", "from": "2024-01-01", "x": "1"}, {"q": "b", "from": None}, {"x": []})
    assert merged == {"q": "b"}


@pytest.mark.parametrize("url, saved, changed, expected", [
    ({}, {"source": ["A"]}, True, {"source": ["A"]}),
    ({}, {"source": ["A"]}, False, {}),  # same page: a filter the analyst cleared stays cleared
    ({"source": ["B"]}, {"source": ["A"]}, True, {}),  # a link's own filter wins
    ({}, {"source": [], "from": None}, True, {}),
    ({}, {"from": D(2024, 1, 1), "to": None}, True, {"from": D(2024, 1, 1)}),
])
def test_restore_shared(url, saved, changed, expected):
    assert state.restore_shared(url, saved, page_changed=changed) == expected


@pytest.mark.parametrize("url, last, options, expected", [
    ("b", "a", ["a", "b"], "b"),  # a link changed the URL: the widget follows
    ("a", "a", ["a", "b"], None),  # the page wrote it: the widget stays as the analyst set it
    (None, "a", ["a", "b"], None),
    ("zz", None, ["a", "b"], None),  # not an option: ignored
])
def test_url_override(url, last, options, expected):
    assert state.url_override(url, last, options) == expected
