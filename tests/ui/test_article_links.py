import pytest

from ui import state
from ui.state import article_links


@pytest.mark.parametrize("row", [
    {"article": "syn0000001", "statement": "syn0000001:3"},
    {"article": "a b", "statement": "x/y&z=1", "pos": None},
    {"article": "id", "statement": None, "pos": "120"},
    {"article": "", "statement": ""},
    {"article": "é:ü", "statement": "q1"},
    {"article": "x", "statement": float("nan")},
])
def test_article_links_match_query_string(row):
    links = article_links({k: [v, v] for k, v in row.items()})
    assert links == ["Articles" + state.query_string(row)] * 2


def test_article_links_of_no_rows():
    assert article_links({"article": [], "statement": []}) == []
