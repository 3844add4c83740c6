"""`render_*` functions: data in, Streamlit elements out (spacy-streamlit style).

Each takes its data positionally, options as keywords, and `key`, a prefix for its widget keys.
The HTML builders (`article_html`, `evidence_html`) are pure and unit-tested: every piece of
article text goes through `html.escape`, and only the fixed markup written here surrounds it,
so an article containing `<script>` is shown as text, never run.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import pandas as pd
import streamlit as st

from analysis import query

ENTITY_COLORS = {
    "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "NORP": "#c887fb",
    "FAC": "#9cc9cc", "LOC": "#ff9561", "SPEAKER": "#bfe1d9",
}
"""displaCy's palette, so analysts who know spaCy read the colours at once."""
ENTITY_WORDS = {
    "PERSON": "person", "ORG": "organisation", "GPE": "place/country", "NORP": "group",
    "FAC": "building", "LOC": "place", "SPEAKER": "speaker",
}
"""spaCy's entity labels in plain words, as the reader and its legend show them."""
LAYERS = ("statements", "speakers", "entities")
"""What the article reader can highlight; each can be switched off to keep a long text readable."""
ROW_HEIGHT = 35
"""st.dataframe's row height (px) at the default font, for sizing a table to its rows."""

STYLE = """<style>
.al-article{white-space:pre-wrap;line-height:2.1;font-size:1rem;
 padding:.5rem .75rem;border:1px solid rgba(128,128,128,.3);border-radius:.5rem}
.al-legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;align-items:center;font-size:.85rem;margin:.2rem 0 .6rem}
.al-legend mark{padding:.1em .4em;border-radius:.35em;background:rgba(255,230,120,.35);border-bottom:2px solid #e0b000}
.al-legend mark.al-key-indirect{background:rgba(150,200,255,.25);border-bottom-color:#4a90d9}
.al-legend mark.al-key-position{background:rgba(150,230,170,.25);border-bottom-color:#3a9a5a}
.al-legend mark.al-key-focus{background:rgba(255,140,0,.45);border-bottom:3px solid #d45500;outline:2px solid #d45500}
.al-legend mark.al-key-ent{border-bottom:0}
.al-stmt{background:rgba(255,230,120,.35);border-bottom:2px solid #e0b000;padding:.1em 0;border-radius:.2em}
.al-stmt.al-indirect{background:rgba(150,200,255,.25);border-bottom-color:#4a90d9}
.al-stmt.al-position{background:rgba(150,230,170,.25);border-bottom-color:#3a9a5a}
.al-stmt.al-focus{background:rgba(255,140,0,.45);border-bottom:3px solid #d45500;outline:2px solid #d45500}
.al-ent{padding:.15em .3em;margin:0 .1em;border-radius:.35em;line-height:1}
.al-label{font-size:.6em;font-weight:bold;text-transform:uppercase;margin-left:.4em;vertical-align:middle;
 opacity:.85}
.al-stmt-label{font-size:.65em;font-weight:bold;margin-left:.3em;padding:0 .3em;border-radius:.3em;
 background:rgba(0,0,0,.08)}
.al-cue{text-decoration:underline wavy;text-underline-offset:.25em}
.al-jump{font-size:.9em}
</style>"""


@dataclass(frozen=True)
class Highlight:
    """One span of article text to mark: a statement (outer) or an entity/speaker/cue (inner)."""

    start: int
    end: int
    kind: str  # statement | entity | speaker | cue
    label: str = ""
    css: str = ""
    anchor: str = ""


def statement_anchor(index) -> str:
    return f"al-statement-{int(index)}"


def article_highlights(mentions: pd.DataFrame, statements: pd.DataFrame, *,
                       focus: int | None = None, layers=LAYERS) -> list[Highlight]:
    """Highlights of one article: its statements (each span, and their cues), speakers and entity
    mentions — those of the `layers` asked for. The focused statement is always marked."""
    out: list[Highlight] = []
    layers = set(layers)
    for s in statements.to_dict("records"):
        if "statements" not in layers and int(s["index"]) != focus:
            if "speakers" in layers and _is_offset(s.get("speaker_start")) and _is_offset(s.get("speaker_end")):
                out.append(Highlight(int(s["speaker_start"]), int(s["speaker_end"]), "speaker",
                                     "speaker" + (f" → {text_of(s['speaker'])}" if text_of(s.get("speaker")) else "")))
            continue
        idx = int(s["index"])
        spans = s.get("spans")
        spans = [tuple(p) for p in spans] if spans is not None and len(spans) else [(s["start"], s["end"])]
        who = query.speaker_label(text_of(s.get("speaker")), text_of(s.get("speaker_kind")), text_of(s.get("role")),
                                  text_of(s.get("speaker_mention")))
        css = "al-stmt al-" + str(s.get("kind") or "direct") + (" al-focus" if idx == focus else "")
        for n, (a, b) in enumerate(spans):
            last = n == len(spans) - 1
            out.append(Highlight(int(a), int(b), "statement", f"{s.get('kind', '')} · {who}" if last else "",
                                 css, statement_anchor(idx) if n == 0 else ""))
        if "speakers" in layers and _is_offset(s.get("speaker_start")) and _is_offset(s.get("speaker_end")):
            out.append(Highlight(int(s["speaker_start"]), int(s["speaker_end"]), "speaker",
                                 "speaker" + (f" → {text_of(s['speaker'])}" if text_of(s.get("speaker")) else "")))
        if _is_offset(s.get("cue_start")) and _is_offset(s.get("cue_end")):
            out.append(Highlight(int(s["cue_start"]), int(s["cue_end"]), "cue"))
    if "entities" in layers:
        for m in mentions.to_dict("records"):
            out.append(Highlight(int(m["start"]), int(m["end"]), "entity", str(m.get("label") or "")))
    return out


def highlight_legend(layers=LAYERS, labels: Iterable[str] = ()) -> str:
    """The key to the reader's colours (fixed markup, no article text): statement kinds, the
    focused statement, speakers and the entity types in `labels`, in plain words."""
    items = []
    if "statements" in layers:
        items += ['<mark class="al-key-direct">direct quote</mark>',
                  '<mark class="al-key-indirect">reported speech</mark>',
                  '<mark class="al-key-position">stated position</mark>',
                  '<span class="al-cue">cue word</span>']
    items.append('<mark class="al-key-focus">selected statement</mark>')
    if "speakers" in layers:
        items.append(f'<mark class="al-key-ent" style="background:{ENTITY_COLORS["SPEAKER"]}">speaker</mark>')
    if "entities" in layers:
        for label in dict.fromkeys(labels):
            if label in ENTITY_WORDS and label != "SPEAKER":
                items.append(f'<mark class="al-key-ent" style="background:{ENTITY_COLORS[label]}">'
                             f'{html.escape(ENTITY_WORDS[label])}</mark>')
    return '<div class="al-legend"><span>Highlights:</span>' + "".join(items) + "</div>"


def text_of(value) -> str:
    """A cell as text: "" for None and NaN (pandas fills missing strings with NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _is_offset(value) -> bool:
    return not pd.isna(value)  # None, NaN and pd.NA alike


_INNER_PRIORITY = {"speaker": 0, "entity": 1, "cue": 2}


def article_html(text: str, highlights: Iterable[Highlight] = ()) -> str:
    """displaCy-style markup of `text`: statements as outer `<mark>`s, entities inside them.

    Every character of `text` is escaped; overlapping inner spans are resolved by priority
    (speaker > entity > cue), and a span crossing a statement boundary is split there.
    """
    n = len(text)
    spans = [h for h in highlights if 0 <= h.start < h.end <= n]
    outer = sorted((h for h in spans if h.kind == "statement"), key=lambda h: (h.start, -h.end))
    inner = sorted((h for h in spans if h.kind != "statement"),
                   key=lambda h: (_INNER_PRIORITY.get(h.kind, 9), h.start, -h.end))
    cuts = sorted({0, n, *(h.start for h in spans), *(h.end for h in spans)})

    def covering(pool, a, b):
        return next((h for h in pool if h.start <= a and b <= h.end), None)

    parts: list[str] = []
    open_outer = open_inner = None
    for a, b in zip(cuts, cuts[1:]):
        o, i = covering(outer, a, b), covering(inner, a, b)
        if o is not open_outer:
            if open_inner is not None:
                parts.append(_close_inner(open_inner, a))
                open_inner = None
            if open_outer is not None:
                parts.append(_close_outer(open_outer, a))
            if o is not None:
                parts.append(_open_outer(o))
            open_outer = o
        if i is not open_inner:
            if open_inner is not None:
                parts.append(_close_inner(open_inner, a))
            if i is not None:
                parts.append(_open_inner(i))
            open_inner = i
        parts.append(html.escape(text[a:b]))
    if open_inner is not None:
        parts.append(_close_inner(open_inner, n))
    if open_outer is not None:
        parts.append(_close_outer(open_outer, n))
    return '<div class="al-article">' + "".join(parts) + "</div>"


def _open_outer(h: Highlight) -> str:
    anchor = f' id="{html.escape(h.anchor)}"' if h.anchor else ""
    return f'<mark class="{html.escape(h.css)}"{anchor}>'


def _close_outer(h: Highlight, at: int) -> str:
    label = f'<span class="al-stmt-label">{html.escape(h.label)}</span>' if h.label and at >= h.end else ""
    return label + "</mark>"


def _open_inner(h: Highlight) -> str:
    if h.kind == "cue":
        return '<span class="al-cue">'
    color = ENTITY_COLORS["SPEAKER"] if h.kind == "speaker" else ENTITY_COLORS.get(h.label, "#ddd")
    return f'<mark class="al-ent" style="background:{color}">'


def _close_inner(h: Highlight, at: int) -> str:
    if h.kind == "cue":
        return "</span>"
    word = ENTITY_WORDS.get(h.label, h.label) if h.kind == "entity" else h.label
    label = f'<span class="al-label">{html.escape(word)}</span>' if word and at >= h.end else ""
    return label + "</mark>"


def evidence_html(sentence: str, sentence_start: int, spans: Sequence[Sequence[int]]) -> str:
    """The surrounding sentence with the statement's spans marked (offsets are article offsets)."""
    hs = [Highlight(int(a) - sentence_start, int(b) - sentence_start, "statement", css="al-stmt al-focus")
          for a, b in spans]
    return article_html(sentence, hs).replace('class="al-article"', 'class="al-article al-evidence"', 1)


def focus_statement(statements: pd.DataFrame, *, statement: str | None = None, pos: int | None = None) -> int | None:
    """Index of the statement to highlight: by id, else the one covering (or next after) `pos`."""
    if statements.empty:
        return None
    if statement:
        hit = statements[statements["id"] == statement]
        if not hit.empty:
            return int(hit["index"].iloc[0])
    if pos is not None:
        covering = statements[(statements["start"] <= pos) & (pos < statements["end"])]
        after = statements[statements["start"] >= pos].sort_values("start")
        for hit in (covering, after):
            if not hit.empty:
                return int(hit["index"].iloc[0])
    return None


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:"})


def md_escape(text: str) -> str:
    """Article text made inert for Streamlit markdown (labels, captions): no links, HTML or LaTeX."""
    return str(text).translate(_MD_SPECIAL).replace("\n", " ")


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 article", "2,000 articles" ("1 of the articles is", not "are", is the caller's wording)."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def table_height(rows: int, *, most: int = 10) -> int:
    """Pixel height of an st.dataframe showing `rows` rows (at most `most`, then it scrolls): no
    empty rows below a short table."""
    return ROW_HEIGHT * (max(min(rows, most), 1) + 1) + 3


_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def cut_at_word(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut after a whole word with "…"."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    head = text[: limit].rsplit(" ", 1)[0] if " " in text[: limit] else text[: limit - 1]
    return head.rstrip(" ,;:-–(") + "…"


def role_as_written(role: str, text: str = "", *, limit: int = 48) -> str:
    """A speaker's role as the article writes it (its capitals, found in `text`), without a
    leading "a"/"the", cut at a word boundary: "a spokesman for afghanistan's defence ministry"
    → "spokesman for Afghanistan's defence ministry"."""
    role = " ".join(text_of(role).split())
    if not role:
        return ""
    found = re.search(r"\s+".join(re.escape(w) for w in role.split()), text, re.I) if text else None
    written = " ".join(found.group(0).split()) if found else role
    return cut_at_word(_LEADING_ARTICLE.sub("", written), limit)


def roles_as_written(table: pd.DataFrame, texts: Mapping[str, str], *, limit: int = 48) -> dict[str, str]:
    """Statement id → `role_as_written`, looked up in the statement's article (`texts`: article
    id → text); once per distinct (article, role) pair, not per statement."""
    table = table[["id", "article_id", "role"]]
    with_role = table[table["role"].fillna("") != ""]
    if with_role.empty:
        return {}
    lowered: dict[str, str] = {}
    pairs = with_role[["article_id", "role"]].drop_duplicates()
    written, as_given = {}, {}  # as_given: a role not found in its article, cleaned once per role
    for a, r in zip(pairs["article_id"].tolist(), pairs["role"].tolist()):
        text = texts.get(a) or ""
        if a not in lowered:
            lowered[a] = text.lower()
        if " ".join(str(r).lower().split()) in lowered[a]:  # a quick test before the regex search
            written[(a, r)] = role_as_written(r, text, limit=limit)
        else:
            if r not in as_given:
                as_given[r] = role_as_written(r, limit=limit)
            written[(a, r)] = as_given[r]
    return {i: written[(a, r)] for i, a, r in zip(with_role["id"].tolist(), with_role["article_id"].tolist(),
                                                   with_role["role"].tolist())}


def snippet(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def statement_label(row: dict) -> str:
    """One line for a statement in a list: speaker (or the mention as written), kind and cue."""
    who = query.speaker_label(text_of(row.get("speaker")), text_of(row.get("speaker_kind")),
                              text_of(row.get("role")), text_of(row.get("speaker_mention")))
    cue = f" · {text_of(row.get('cue'))}" if text_of(row.get("cue")) else ""
    return md_escape(f"{who} · {text_of(row.get('kind'))}{cue}")


# ------------------------------------------------------------------ Streamlit renderers

SCROLL_TO = """<script>(function () {
  const id = %s, started = Date.now();
  (function look() {
    const el = document.getElementById(id);
    if (el) { if (window.__alScrolledTo !== id) { window.__alScrolledTo = id; el.scrollIntoView({block: "center"}); } }
    else if (Date.now() - started < 8000) { setTimeout(look, 100); }
  })();
})();</script>"""
"""Scrolls the page to a statement's anchor once it is drawn (fixed code: only an anchor id we
made goes in, as a JSON string)."""


def render_scroll_to(anchor: str) -> None:
    """Bring the element `anchor` (one of our own ids) into view, once per anchor."""
    import json

    st.html(SCROLL_TO % json.dumps(anchor), unsafe_allow_javascript=True, width=1)


def render_article(article: dict, mentions: pd.DataFrame, statements: pd.DataFrame, *,
                   focus: int | None = None, layers=LAYERS, key: str = "article") -> None:
    """The article reader: title, metadata, a legend and the escaped text with the highlights of
    `layers`; the page scrolls to the focused statement."""
    st.subheader(md_escape(text_of(article.get("title")) or text_of(article.get("id")) or "Untitled"), anchor=False)
    meta = [text_of(article.get(k)) for k in ("date", "source", "author") if text_of(article.get(k))]
    if meta:
        st.caption(md_escape(" · ".join(meta)))
    if text_of(article.get("url")):
        st.caption("URL: " + md_escape(text_of(article["url"])))  # shown, never a link: it is untrusted
    jump = (f'<p class="al-jump"><a href="#{statement_anchor(focus)}">Jump to the highlighted statement ↓</a></p>'
            if focus is not None else "")
    labels = mentions["label"].dropna().tolist() if "label" in mentions else []
    legend = highlight_legend(layers, sorted(set(labels), key=lambda x: -labels.count(x)))
    body = article_html(article.get("text") or "", article_highlights(mentions, statements, focus=focus,
                                                                      layers=layers))
    st.html(STYLE + legend + jump + body)
    if focus is not None:
        render_scroll_to(statement_anchor(focus))


def render_evidence(row: dict, *, key: str = "evidence") -> None:
    """A selected statement's surrounding sentence with the statement marked."""
    sentence = row.get("sentence") or row.get("statement") or ""
    start = int(row.get("sentence_start", row.get("start", 0)) or 0)
    spans = row.get("spans")
    spans = spans if spans is not None and len(spans) else [(row.get("start", start), row.get("end", start))]
    st.html(STYLE + evidence_html(sentence, start, spans))


def render_counts(counts: dict[str, int], *, key: str = "counts") -> None:
    for col, (label, value) in zip(st.columns(len(counts)), counts.items()):
        col.metric(label.capitalize(), f"{value:,}")


def render_top_speakers(top: pd.DataFrame, *, key: str = "top_speakers") -> None:
    if top.empty:
        st.info("No statement in this corpus has a resolved speaker yet.")
        return
    st.dataframe(
        top, hide_index=True, key=f"{key}_table",
        column_config={"statements": st.column_config.ProgressColumn(
            "statements", format="%d", min_value=0, max_value=int(top["statements"].max()))},
    )


def render_load_errors(errors: pd.DataFrame | list, *, key: str = "load_errors") -> None:
    """Load errors listed plainly: file, line, reason (notes such as skipped duplicates apart)."""
    from analysis import loading

    if not isinstance(errors, pd.DataFrame):
        errors = pd.DataFrame([vars(e) for e in errors], columns=["file", "line", "reason"])
    if errors.empty:
        st.success("Every file loaded without errors.")
        return
    from .corpus_source import public_files

    errors = errors.assign(file=public_files(errors["file"]))  # no server paths on a page (issue 11)
    notes = errors.apply(lambda r: loading.is_note(loading.LoadError(r["file"], r["line"], r["reason"])), axis=1)
    shown = errors.assign(line=errors["line"].map(lambda x: "" if x is None or pd.isna(x) else str(int(x))))
    failed, noted = shown[~notes], shown[notes]
    if not failed.empty:
        st.error(f"{plural(len(failed), 'file or record', 'files or records')} could not be loaded; "
                 "everything else did.")
        st.dataframe(failed[["file", "line", "reason"]], hide_index=True, key=f"{key}_failed")
    if not noted.empty:
        with st.expander(f"{plural(len(noted), 'note')}: duplicates skipped, ids renamed"):
            st.dataframe(noted[["file", "line", "reason"]], hide_index=True, key=f"{key}_notes")


def render_downloads(table: pd.DataFrame | None, *, name: str, key: str, report_title: str | None = None,
                     report_filters: dict | None = None, every_row=None) -> None:
    """CSV and JSON downloads of exactly `table` (what the page shows), built only when clicked;
    with `report_title`, also a self-contained HTML report of the view (`ui.report`).

    A table shown a page at a time (or not at all) passes `every_row`, a function returning all
    its rows in the same order and columns: the downloads then hold every row, read only when
    clicked."""
    rows = every_row or (lambda: table)
    with st.container(horizontal=True, key=f"{key}_row"):  # side by side, wrapping when narrow
        st.download_button("Download CSV", lambda: query.to_csv(rows()), file_name=f"{name}.csv",
                           mime="text/csv", key=f"{key}_csv", on_click="ignore")
        st.download_button("Download JSON", lambda: query.to_json(rows()), file_name=f"{name}.json",
                           mime="application/json", key=f"{key}_json", on_click="ignore")
        if report_title:
            from .report import render_report_download

            render_report_download(report_title, filters=report_filters or {}, tables={name: table}, key=key)


def render_share_link(url: str, *, key: str = "share") -> None:
    """The 'copy link' control: the current view's URL, with a copy button on hover."""
    st.caption("Copy this link to share the current view:")
    st.code(url or "?", language=None, wrap_lines=True)
