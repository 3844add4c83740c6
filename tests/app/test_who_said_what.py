"""The who-said-what table: filters in the URL, search, row selection, downloads of what is shown."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from analysis import query

PAGE = "who_said_what"


def shown(at) -> pd.DataFrame:
    return at.dataframe[0].value


def test_table_lists_every_seed_statement(app, seed_table):
    at = app(PAGE).run()
    assert not at.exception
    table = shown(at)
    first = ["speaker", "statement", "stance", "date", "article"]
    assert table.columns.tolist()[:5] == first  # what an analyst reads first, on screen at 1440 px
    assert sorted(table.columns) == sorted(query.display_columns(seed_table))
    assert table["id"].tolist() == seed_table["id"].tolist()
    row = seed_table.iloc[0]
    assert table.set_index("id").loc[row["id"], "statement"] == row["statement"]


def test_speaker_filter_narrows_rows(app, seed_table):
    at = app(PAGE).run()
    speaker = at.multiselect(key="speaker").options[0]
    at.multiselect(key="speaker").set_value([speaker]).run()
    table = shown(at)
    assert set(table["speaker"]) == {speaker}
    assert table["id"].tolist() == seed_table.loc[seed_table["speaker"] == speaker, "id"].tolist()


def test_speaker_and_kind_come_from_the_link(app, seed_table):
    speaker = seed_table["speaker"].iloc[0]
    at = app(PAGE, query_params={"speaker": speaker, "kind": "direct"}).run()
    assert not at.exception
    assert at.multiselect(key="speaker").value == [speaker]
    expected = seed_table[(seed_table["speaker"] == speaker) & (seed_table["kind"] == "direct")]
    assert shown(at)["id"].tolist() == expected["id"].tolist()


def test_search_finds_statement_and_sentence_words(app, seed_table):
    word = max(seed_table["statement"].iloc[0].split(), key=len).strip(".,;:“”\"'").lower()
    at = app(PAGE).run()
    at.text_input(key="q").set_value(word).run()
    table = shown(at)
    assert seed_table["id"].iloc[0] in table["id"].tolist()
    sentences = seed_table.set_index("id").loc[table["id"], "sentence"]
    assert all(word in (s + " " + t).lower() for s, t in zip(table["statement"], sentences))
    at.text_input(key="q").set_value("zzqx-nowhere").run()
    assert shown(at).empty


def test_selecting_a_statement_shows_evidence_and_links_to_the_article(app, seed_corpus):
    st = seed_corpus.statements.iloc[2]
    at = app(PAGE).run()
    at.selectbox(key="wsw_statement").set_value(st["id"]).run()
    assert not at.exception
    evidence = next(h.value for h in at.html if "al-evidence" in h.value)
    assert "al-focus" in evidence
    link = next(p for p in at.get("page_link") if "Articles" in p.proto.page)
    assert f"article={st['article_id']}" in link.proto.query_string
    assert "statement=" + st["id"].replace(":", "%3A") in link.proto.query_string or \
        "statement=" + st["id"] in link.proto.query_string


def test_downloads_hold_exactly_the_shown_rows(app, downloads):
    at = app(PAGE).run()
    speaker = at.multiselect(key="speaker").options[0]
    at.multiselect(key="speaker").set_value([speaker]).run()
    table = shown(at)
    csv = pd.read_csv(io.BytesIO(downloads["who_said_what.csv"]), keep_default_na=False, dtype=str)
    assert csv.columns.tolist() == table.columns.tolist()
    assert csv.values.tolist() == table.fillna("").astype(str).values.tolist()
    rows = json.loads(downloads["who_said_what.json"])
    assert [r["id"] for r in rows] == table["id"].tolist()
    assert [r["statement"] for r in rows] == table["statement"].tolist()


def test_shared_filters_apply_and_follow_to_the_next_page(app, small_session, small_corpus):
    at = app(PAGE, session_state=small_session).run()
    assert not at.exception
    assert set(shown(at)["source"]) == {"VOA", "TASS", "Web"}
    at.multiselect(key="source").set_value(["VOA"]).run()
    assert set(shown(at)["source"]) == {"VOA"}
    at.query_params.clear()  # the browser drops the query string when the sidebar switches pages
    at.switch_page("pages/1_Articles.py").run()
    assert not at.exception
    assert at.multiselect(key="source").value == ["VOA"]
    assert at.selectbox(key="article_select").options == ["2024-05-01 · Bases in Cuba"]


def test_date_range_leaves_undated_articles_out(app, small_session):
    at = app(PAGE, session_state=small_session, query_params={"from": "2024-06-01"}).run()
    assert not at.exception
    assert set(shown(at)["source"]) <= {"TASS"}
    assert any("undated" in c.value for c in at.caption)


def test_share_link_carries_the_view(app, seed_table):
    speaker = seed_table["speaker"].iloc[0]
    at = app(PAGE, query_params={"speaker": speaker, "q": "Cuba"}).run()
    link = at.code[0].value
    assert link.startswith("?") and "q=Cuba" in link and "speaker=" in link


def test_analysts_corrections_are_applied_to_the_table(app, seed_corpus):
    from analysis import corrections as cx

    row = seed_corpus.statements.iloc[0]
    cx.store_file().add(cx.new_correction("not_statement", {"statement": cx.statement_key(row)}, "tester"))
    at = app(PAGE).run()
    assert not at.exception
    ids = shown(at)["id"].tolist()
    assert row["id"] not in ids and len(ids) == len(seed_corpus.statements) - 1


def test_selected_statement_goes_into_the_link_and_comes_back(app, seed_table):
    chosen = seed_table["id"].iloc[3]
    at = app(PAGE).run()
    at.selectbox(key="wsw_statement").set_value(chosen).run()
    assert at.query_params.get("statement") == chosen
    reopened = app(PAGE, query_params={"statement": chosen}).run()
    assert not reopened.exception
    assert reopened.selectbox(key="wsw_statement").value == chosen
    assert any("al-evidence" in h.value for h in reopened.html)


def test_article_link_after_a_selection_highlights_that_statement(app, seed_table):
    chosen = seed_table.iloc[4]
    at = app(PAGE).run()
    at.selectbox(key="wsw_statement").set_value(chosen["id"]).run()
    at.query_params.clear()
    at.query_params.update({"article": chosen["article_id"], "statement": chosen["id"]})  # the page link
    at.switch_page("pages/1_Articles.py").run()
    assert not at.exception
    assert at.radio(key="article_statement").value == chosen["id"]


def test_html_report_holds_the_shown_rows_escaped(app, downloads, small_session):
    at = app(PAGE, session_state=small_session, query_params={"q": "script"}).run()
    assert not at.exception
    table = shown(at)
    assert table["id"].tolist() and all("script" in s for s in table["statement"])
    report = downloads["actorlens-who-said-what.html"].decode("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report and "<script>alert(1)" not in report
    assert all(i in report for i in table["id"])


@pytest.mark.parametrize("sort_by, descending", [("speaker", False), ("speaker", True), ("stance", True),
                                                  ("date", True)])
def test_the_sort_control_orders_the_table_and_its_downloads(app, downloads, sort_by, descending):
    at = app(PAGE).run()
    at.selectbox(key="sort").set_value(sort_by).run()
    if descending:
        at.toggle(key="desc").set_value(True).run()
    assert not at.exception
    table = shown(at)
    column = table[sort_by].fillna("").tolist()
    assert column == sorted(column, reverse=descending) or sort_by == "date"
    csv = pd.read_csv(io.BytesIO(downloads["who_said_what.csv"]), keep_default_na=False, dtype=str)
    assert csv["id"].tolist() == table["id"].tolist()
    assert json.loads(downloads["who_said_what.json"])[0]["id"] == table["id"].iloc[0]


def test_roles_are_shown_as_written(app, seed_corpus):
    at = app(PAGE).run()
    text = " ".join(seed_corpus.articles["text"])
    roles = set(shown(at)["role"]) - {""}
    assert roles
    for role in roles:  # the article's own words and capitals, cut after a whole word
        assert len(role) <= 48 and role.removesuffix("…") in text, role


def test_a_page_number_past_the_last_shows_the_last_page(app, seed_table):
    at = app(PAGE, query_params={"page": "7"}).run()
    assert not at.exception
    assert at.number_input(key="page").value == 1
    assert shown(at)["id"].tolist() == seed_table["id"].tolist()
