"""The article reader's HTML: escaped text, well-nested displaCy-style marks, the focused statement."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from analysis.types import COLUMNS
from ui import render
from ui.render import Highlight

EVIL = 'He said "<script>alert(1)</script>" and <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>'


class _Tags(HTMLParser):
    """Collects start tags and checks that every tag closes in order."""

    def __init__(self):
        super().__init__()
        self.stack, self.starts, self.errors, self.text = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.starts.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Tags:
    p = _Tags()
    p.feed(markup)
    p.close()
    return p


def plain(markup: str) -> str:
    """The visible text without the label badges."""
    markup = re.sub(r'<span class="al-(stmt-)?label">.*?</span>', "", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_script_in_article_text_comes_out_escaped():
    out = render.article_html(EVIL, [Highlight(9, 39, "statement", "direct · X", "al-stmt")])
    assert "<script>" not in out and "<img" not in out and "<a " not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    tags = parse(out)
    assert {t for t, _ in tags.starts} <= {"div", "mark", "span"}
    assert not any(k.startswith("on") or v.startswith("javascript") for _, a in tags.starts for k, v in a.items() if v)
    assert plain(out) == EVIL


def test_labels_from_text_are_escaped_too():
    out = render.article_html("Alice spoke.", [Highlight(0, 5, "entity", "<b>PERSON</b>")])
    assert "<b>" not in out and "&lt;b&gt;PERSON&lt;/b&gt;" in out


TEXT = "Ann Lee said: “Cuba matters to Russia.” Then Bob left."


@pytest.mark.parametrize("highlights", [
    [],
    [Highlight(14, 38, "statement", "direct · Ann Lee", "al-stmt")],
    [Highlight(14, 38, "statement", "d", "al-stmt"), Highlight(14, 18, "entity", "GPE")],
    [Highlight(14, 38, "statement", "d", "al-stmt"), Highlight(31, 37, "entity", "GPE"), Highlight(0, 7, "speaker", "speaker")],
    # an entity crossing the statement's boundary is split, never mis-nested
    [Highlight(14, 38, "statement", "d", "al-stmt"), Highlight(10, 20, "entity", "X")],
    [Highlight(14, 38, "statement", "d", "al-stmt"), Highlight(30, 45, "entity", "X")],
    # overlapping inner spans: one wins per character
    [Highlight(0, 7, "speaker", "speaker"), Highlight(0, 3, "entity", "PERSON"), Highlight(8, 12, "cue")],
    # overlapping statements, and spans outside the text are ignored
    [Highlight(14, 38, "statement", "a", "al-stmt"), Highlight(20, 50, "statement", "b", "al-stmt"),
     Highlight(40, 999, "entity", "X"), Highlight(-1, 3, "entity", "X")],
])
def test_markup_is_well_nested_and_keeps_every_character(highlights):
    out = render.article_html(TEXT, highlights)
    tags = parse(out)
    assert tags.errors == [] and tags.stack == []
    assert plain(out) == TEXT


def test_statement_label_shown_once_at_its_end():
    out = render.article_html(TEXT, [Highlight(14, 38, "statement", "direct · Ann Lee", "al-stmt"),
                                     Highlight(20, 30, "entity", "X")])
    assert out.count("direct · Ann Lee") == 1
    assert out.index("direct · Ann Lee") > out.index("Russia")


def _statements(rows):
    return pd.DataFrame([{c: None for c in COLUMNS["statements"]} | r for r in rows], columns=COLUMNS["statements"])


def _mentions(rows):
    return pd.DataFrame(rows, columns=COLUMNS["mentions"])


STMTS = _statements([
    {"id": "a:0", "index": 0, "kind": "direct", "start": 14, "end": 38, "spans": [[14, 25], [28, 38]],
     "speaker": "Ann Lee", "speaker_mention": "Ann Lee", "speaker_start": 0, "speaker_end": 7,
     "cue": "said", "cue_start": 8, "cue_end": 12},
    {"id": "a:1", "index": 1, "kind": "indirect", "start": 44, "end": 52, "spans": [[44, 52]],
     "speaker": float("nan"), "speaker_mention": "", "speaker_start": float("nan"), "speaker_end": None},
])
MENTIONS = _mentions([{"article_id": "a", "start": 31, "end": 37, "text": "Russia", "label": "GPE", "actor": "Russia"}])


def test_article_highlights_mark_spans_speakers_cues_and_focus():
    hs = render.article_highlights(MENTIONS, STMTS, focus=1)
    kinds = sorted(h.kind for h in hs)
    assert kinds == ["cue", "entity", "speaker", "statement", "statement", "statement"]
    focused = [h for h in hs if "al-focus" in h.css]
    assert [(h.start, h.end) for h in focused] == [(44, 52)]
    assert {h.anchor for h in hs if h.anchor} == {"al-statement-0", "al-statement-1"}
    out = render.article_html(TEXT, hs)
    assert 'id="al-statement-1"' in out and out.count("al-focus") == 1
    assert "indirect · (unattributed)" in out  # an unattributed statement is labelled, never "nan"


@pytest.mark.parametrize("statement, pos, expected", [
    ("a:1", None, 1),
    ("a:0", 50, 0),  # the id wins over the offset
    (None, 20, 0),  # the statement covering the offset
    (None, 40, 1),  # else the next one after it
    (None, 60, None),
    ("zz:9", None, None),
    (None, None, None),
])
def test_focus_statement(statement, pos, expected):
    assert render.focus_statement(STMTS, statement=statement, pos=pos) == expected


def test_evidence_marks_the_statement_inside_its_sentence():
    sentence = "He said: “<b>No</b>.”"
    out = render.evidence_html(sentence, 100, [(110, 119)])
    assert "&lt;b&gt;No&lt;/b&gt;" in out and "<b>" not in out
    assert re.search(r'<mark class="al-stmt al-focus"[^>]*>&lt;b&gt;No&lt;/b&gt;</mark>', out)


@pytest.mark.parametrize("text", ["[x](javascript:alert(1))", "<script>x</script>", "$E=mc^2$", "**bold** _i_"])
def test_md_escape_makes_markdown_inert(text):
    out = render.md_escape(text)
    for ch in "[]()<>$*_":
        assert all(out[i - 1] == "\\" for i, c in enumerate(out) if c == ch)


@pytest.mark.parametrize("text, limit, expected", [
    ("short", 10, "short"),
    ("a  b\n c", 10, "a b c"),
    ("abcdefghijkl", 5, "abcd…"),
])
def test_snippet(text, limit, expected):
    assert render.snippet(text, limit) == expected


@pytest.mark.parametrize("row, expected", [
    ({"speaker": "Ann", "kind": "direct", "cue": "said"}, "Ann · direct · said"),
    ({"speaker": float("nan"), "speaker_mention": "he", "kind": "indirect", "cue": None},
     "\\(unattributed\\) · indirect"),  # an unresolved pronoun is no name
    ({"speaker": None, "speaker_kind": "anonymous", "role": "fire authorities", "speaker_mention": "Fire authorities",
      "kind": "indirect", "cue": "said"}, "fire authorities \\(unnamed\\) · indirect · said"),
    ({"speaker": None, "speaker_mention": "", "kind": "direct"}, "\\(unattributed\\) · direct"),
])
def test_statement_label(row, expected):
    assert render.statement_label(row) == expected


@pytest.mark.parametrize("role, text, shown", [
    ("us television", "he told US television on Monday", "US television"),
    ("a spokesman for afghanistan's defence ministry in kabul", "said a spokesman for Afghanistan's Defence "
     "Ministry in Kabul.", "spokesman for Afghanistan's Defence Ministry in…"),
    ("Political scientist", "", "Political scientist"),
    ("the  minister", "not in the text", "minister"),
    ("", "anything", ""),
])
def test_role_as_written(role, text, shown):
    assert render.role_as_written(role, text, limit=48) == shown


@pytest.mark.parametrize("text, limit, cut", [
    ("short", 10, "short"),
    ("Director General of the Russian International Affairs Council", 40, "Director General of the Russian…"),
    ("Supercalifragilistic", 8, "Superca…"),
])
def test_cut_at_word(text, limit, cut):
    assert render.cut_at_word(text, limit) == cut and len(cut) <= limit


@pytest.mark.parametrize("n, word, text", [(0, "article", "0 articles"), (1, "article", "1 article"),
                                           (2, "article", "2 articles"), (1200, "statement", "1,200 statements"),
                                           (1, "file or record", "1 file or record")])
def test_plural(n, word, text):
    assert render.plural(n, word) == text


@pytest.fixture(scope="module")
def seed_corpus_small():
    """Article a1 of the synthetic corpus, its entities labelled as spaCy would (GPE, ORG, NORP)."""
    from tests.synthetic_corpus import make_corpus

    corpus = make_corpus()
    article = corpus.articles[corpus.articles["id"] == "a1"].iloc[0].to_dict()
    labels = {"Freedonia": "GPE", "Acme Corp": "ORG", "Alice Smith": "PERSON", "Bob Jones": "NORP"}
    mentions = corpus.mentions[corpus.mentions["article_id"] == "a1"]
    mentions = mentions.assign(label=mentions["text"].map(labels))
    return article, mentions, corpus.statements[corpus.statements["article_id"] == "a1"]


@pytest.mark.parametrize("layers, marked, absent", [
    (("statements", "speakers", "entities"), {"al-stmt", "al-ent"}, set()),
    (("entities",), {"al-ent"}, {"al-stmt al-direct", "al-stmt al-indirect"}),
    ((), set(), {"al-ent", "al-stmt al-direct", "al-stmt al-indirect"}),
])
def test_article_layers(seed_corpus_small, layers, marked, absent):
    article, mentions, statements = seed_corpus_small
    out = render.article_html(article["text"], render.article_highlights(mentions, statements, layers=layers))
    assert all(m in out for m in marked) and not any(a in out for a in absent)


def test_entity_labels_and_legend_in_plain_words(seed_corpus_small):
    article, mentions, statements = seed_corpus_small
    out = render.article_html(article["text"], render.article_highlights(mentions, statements))
    assert "place/country" in out and ">GPE<" not in out and ">NORP<" not in out
    legend = render.highlight_legend(render.LAYERS, mentions["label"].tolist())
    for word in ("direct quote", "reported speech", "selected statement", "speaker", "place/country", "group"):
        assert word in legend
    assert "GPE" not in legend and "NORP" not in legend and "al-stmt" not in legend


def test_the_article_text_is_not_a_scroll_box():
    css = render.STYLE.split(".al-article{", 1)[1].split("}", 1)[0]
    assert "overflow" not in css and "max-height" not in css


def test_csv_download_neutralises_formula_cells_and_json_keeps_them(monkeypatch):
    """Issue 11 item 9: an actor named `=HYPERLINK(...)` in article text must not become a formula."""
    import contextlib
    import csv
    import io
    import json

    buttons = {}
    monkeypatch.setattr(render.st, "container", lambda **kw: contextlib.nullcontext())
    monkeypatch.setattr(render.st, "download_button",
                        lambda label, data, file_name, **kw: buttons.__setitem__(file_name, data))
    table = pd.DataFrame({"speaker": ['=HYPERLINK("http://evil.example","Carter")', "@cmd", "Anna Berg"],
                          "statement": ["-1+1", "+x", "fine"]})
    render.render_downloads(table, name="who_said_what", key="t")
    rows = list(csv.reader(io.StringIO(buttons["who_said_what.csv"]().decode("utf-8"), newline="")))
    assert rows[1:] == [["'=HYPERLINK(\"http://evil.example\",\"Carter\")", "'-1+1"], ["'@cmd", "'+x"],
                        ["Anna Berg", "fine"]]
    assert json.loads(buttons["who_said_what.json"]())[0]["speaker"].startswith("=HYPERLINK")
