"""The article reader: escaped highlighted text, statements beside it, links by id or offset."""
from __future__ import annotations

import re

from ui import render


def reader_html(at) -> str:
    return next(h.value for h in at.html if "al-article" in h.value)


def test_seed_article_is_highlighted(app, seed_corpus):
    at = app("articles").run()
    assert not at.exception
    out = reader_html(at)
    n = len(seed_corpus.statements)
    assert out.count('class="al-stmt') >= n
    assert len(at.radio(key="article_statement").options) == n
    assert not re.search(r'<mark class="[^"]*al-focus', out)


def test_hostile_article_text_is_escaped(app, small_session, small_corpus):
    at = app("articles", session_state=small_session, query_params={"article": "xss-1"}).run()
    assert not at.exception
    out = reader_html(at)
    assert "<script" not in out and "<img" not in out and "<a " not in out and "javascript:alert(3)'>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(2)&gt;" in out
    assert at.selectbox(key="article_select").value == "xss-1"


def test_statement_link_highlights_and_anchors_it(app, seed_corpus):
    st = seed_corpus.statements.iloc[len(seed_corpus.statements) // 2]
    at = app("articles", query_params={"article": st["article_id"], "statement": st["id"]}).run()
    assert not at.exception
    out = reader_html(at)
    focused = re.search(r'<mark class="al-stmt al-\w+ al-focus" id="([^"]+)">', out)
    assert focused and focused.group(1) == render.statement_anchor(st["index"])
    assert f'href="#{render.statement_anchor(st["index"])}"' in out
    assert at.radio(key="article_statement").value == st["id"]


def test_offset_link_highlights_the_statement_there(app, seed_corpus):
    st = seed_corpus.statements.iloc[-1]
    pos = int(st["start"]) + 1
    at = app("articles", query_params={"article": st["article_id"], "pos": str(pos)}).run()
    assert not at.exception
    assert at.radio(key="article_statement").value == st["id"]
    assert at.query_params.get("statement") == st["id"]


def test_choosing_a_statement_in_the_list_moves_the_highlight(app, seed_corpus):
    first, second = seed_corpus.statements["id"].iloc[0], seed_corpus.statements["id"].iloc[1]
    at = app("articles", query_params={"statement": first}).run()
    at.radio(key="article_statement").set_value(second).run()
    assert not at.exception
    index = int(seed_corpus.statements.set_index("id").loc[second, "index"])
    assert f'al-focus" id="{render.statement_anchor(index)}"' in reader_html(at)


def test_source_filter_leaves_no_article(app, small_session):
    at = app("articles", session_state=small_session, query_params={"source": "TASS"}).run()
    assert not at.exception
    assert at.selectbox(key="article_select").options == ["2024-06-15 · Blame"]


def test_article_statements_download(app, downloads, seed_corpus):
    import io

    import pandas as pd

    at = app("articles").run()
    csv = pd.read_csv(io.BytesIO(downloads["article_statements.csv"]), dtype=str, keep_default_na=False)
    assert sorted(csv["id"]) == sorted(seed_corpus.statements["id"])


def test_untrusted_title_is_not_markdown(app, small_session):
    at = app("articles", session_state=small_session, query_params={"article": "xss-1"}).run()
    heading = next(h.value for h in at.subheader if "Evil" in h.value)
    assert heading == r"\<b\>Evil\</b\> title"


def test_link_to_an_article_hidden_by_the_filters_says_so(app, small_session):
    at = app("articles", session_state=small_session, query_params={"article": "voa-1", "source": "TASS"}).run()
    assert not at.exception
    assert any("hidden by the filters" in i.value for i in at.info)
