"""The Corrections page's forms: each builds one `analysis.corrections` record and saves it.

Every form lists what the analyst sees (the corrected corpus), because corrections apply in
order: after a merge, a split acts on the merged actor. Writes check the role again here, so a
viewer cannot change anything even if a form were shown by mistake.
"""
from __future__ import annotations

import logging
from typing import Callable

import pandas as pd
import streamlit as st

from analysis import corrections as cx

from .auth import User

_LOG = logging.getLogger(__name__)
FORMS = ("Merge actors", "Split actor", "Reassign speaker", "Not an actor", "Not a statement",
         "Correct stance", "Undo")
MAX_OPTIONS = 500


def _short(text, n: int = 90) -> str:
    return cx._short(text, n)


def _reason(e: Exception) -> str:
    """What to tell the analyst: an OS error's reason without the server path it names."""
    if isinstance(e, OSError):
        _LOG.warning("corrections file: %s", e)
        return e.strerror or type(e).__name__
    return str(e)


def _save(file: cx.CorrectionsFile, user: User, op: str, args: dict) -> None:
    if not user.can_edit:
        st.error("Only editors can change corrections.")
        return
    try:
        c = cx.new_correction(op, args, who=user.name)
        file.add(c)
    except (cx.CorrectionError, OSError) as e:
        st.error(f"Not saved: {_reason(e)}")
        return
    st.session_state["corr_flash"] = f"Saved: {cx.describe(c)}"
    st.rerun()


def _article_labels(wh) -> dict[str, str]:
    """Choices of the article pickers: id → title and date (the newest 1,000 articles)."""
    rows = wh.articles(sort="date", descending=True, limit=1000).rows
    return {r["id"]: f"{_short(r['title'] or r['id'], 70)} · {r['date'] or 'undated'}"
            for r in rows[["id", "title", "date"]].to_dict("records")}


def _pick_article(labels: dict[str, str], key: str) -> str | None:
    if not labels:
        st.info("The corpus has no articles.")
        return None
    return st.selectbox("Article", list(labels), format_func=labels.get, key=f"{key}_article")


def _pick_row(df: pd.DataFrame, label: str, fmt: Callable[[dict], str], key: str) -> dict | None:
    rows = df.head(MAX_OPTIONS).to_dict("records")
    if not rows:
        st.info(f"No {label.lower()}s in this article.")
        return None
    i = st.selectbox(label, range(len(rows)), format_func=lambda j: fmt(rows[j]), key=key)
    return rows[i]


def _actor_names(wh) -> list[str]:
    return sorted(wh.top_actors(None)["actor"].dropna().astype(str).unique())


def _statements(wh, article_id: str) -> pd.DataFrame:
    view = wh.article(article_id)
    return view.statements if view is not None else pd.DataFrame(columns=["speaker", "text"])


def _statement_label(r: dict) -> str:
    speaker = r["speaker"] if isinstance(r["speaker"], str) else "(unattributed)"
    return f"{speaker}: “{_short(r['text'], 80)}”"


def render_forms(file: cx.CorrectionsFile, wh, records: list[cx.Correction], user: User) -> None:
    """One tab per correction type, listing what the warehouse `wh` (`analysis.warehouse`, the
    corrected corpus) shows; each saves a record and reruns the page."""
    names = _actor_names(wh)
    articles = _article_labels(wh)  # built once: three tabs pick an article
    read: dict[str, pd.DataFrame] = {}  # two tabs list the statements of (by default) the same article

    def statements_of(article_id: str) -> pd.DataFrame:
        if article_id not in read:
            read[article_id] = _statements(wh, article_id)
        return read[article_id]

    tabs = st.tabs(list(FORMS))
    with tabs[0]:
        chosen = st.multiselect("Actors that are one and the same", names, key="corr_merge_names")
        into = st.selectbox("Keep the name", chosen or ["—"], key="corr_merge_into")
        new = st.text_input("…or a new name", key="corr_merge_new")
        if st.button("Merge", key="corr_merge_go", disabled=len(chosen) < 2):
            _save(file, user, "merge_actors", {"names": chosen, "into": new.strip() or into})
    with tabs[1]:
        actor = st.selectbox("Actor", names, key="corr_split_actor")
        aliases = wh.actor_aliases(actor) if actor else []
        alias = st.selectbox("Alias that is someone else", aliases, key="corr_split_alias")
        new = st.text_input("Name of the other actor (default: the alias)", key="corr_split_new")
        if st.button("Split", key="corr_split_go", disabled=not alias):
            _save(file, user, "split_actor", {"actor": actor, "alias": alias, "new_name": new.strip() or alias})
    with tabs[2]:
        aid = _pick_article(articles, "corr_reassign")
        r = _pick_row(statements_of(aid), "Statement", _statement_label, "corr_reassign_stmt") if aid else None
        speaker = st.selectbox("Speaker", names, key="corr_reassign_speaker")
        other = st.text_input("…or a speaker not in the list", key="corr_reassign_new")
        if st.button("Reassign", key="corr_reassign_go", disabled=r is None):
            _save(file, user, "reassign_speaker", {"statement": cx.statement_key(r), "speaker": other.strip() or speaker})
    with tabs[3]:
        actor = st.selectbox("Actor", names, key="corr_notactor_actor")
        scope = st.radio("Which mentions", ["Every mention", "One mention"], key="corr_notactor_scope",
                         horizontal=True)
        r = None
        if scope == "One mention":
            m = wh.mentions_of(actor, limit=MAX_OPTIONS) if actor else None
            titles = {i: t.split(" · ")[0] for i, t in articles.items()}
            r = None if m is None else _pick_row(m, "Mention", lambda x: f"“{x['text']}” in {_short(titles.get(x['article_id'], ''), 50)} "
                          f"at {x['start']}", "corr_notactor_mention")
        if st.button("Not an actor", key="corr_notactor_go", disabled=not actor or (scope == "One mention" and r is None)):
            args = {"mention": cx.mention_key(r)} if r is not None else {"actor": actor}
            _save(file, user, "not_actor", args)
    with tabs[4]:
        aid = _pick_article(articles, "corr_notstmt")
        r = _pick_row(statements_of(aid), "Statement", _statement_label, "corr_notstmt_stmt") if aid else None
        if st.button("Not a statement", key="corr_notstmt_go", disabled=r is None):
            _save(file, user, "not_statement", {"statement": cx.statement_key(r)})
    with tabs[5]:
        aid = _pick_article(articles, "corr_stance")
        r = _pick_row(wh.article_stances(aid), "Stance",
                      lambda x: f"{x['source']} → {x['target']}: {x['polarity']} ({x['score']:+.2f}) "
                                f"“{_short(x['evidence'], 50)}”", "corr_stance_row") if aid else None
        polarity = st.radio("Polarity", list(cx.POLARITY_SCORES), key="corr_stance_pol", horizontal=True)
        score = st.slider("Score", -1.0, 1.0, cx.POLARITY_SCORES[polarity], 0.05, key=f"corr_stance_score_{polarity}")
        if st.button("Correct stance", key="corr_stance_go", disabled=r is None):
            _save(file, user, "set_stance", {"stance": cx.stance_key(r), "polarity": polarity, "score": score})
    with tabs[6]:
        live = [c for c in reversed(records) if not c.undone]
        if not live:
            st.info("Nothing to undo.")
        else:
            ids = [c.id for c in live]
            by_id = {c.id: c for c in live}
            cid = st.selectbox("Correction", ids, key="corr_undo_id",
                               format_func=lambda i: f"{by_id[i].when} · {by_id[i].who} · {cx.describe(by_id[i])}")
            if st.button("Undo", key="corr_undo_go"):
                if not user.can_edit:
                    st.error("Only editors can change corrections.")
                else:
                    try:
                        file.undo(cid, who=user.name)
                    except (cx.CorrectionError, OSError) as e:
                        st.error(f"Not undone: {_reason(e)}")
                        return
                    st.session_state["corr_flash"] = f"Undone: {cx.describe(by_id[cid])}"
                    st.rerun()


def read_stored(file: cx.CorrectionsFile) -> cx.Imported:
    """The stored corrections, whatever the file holds: a file that cannot be read at all gives
    an error message and no records (the full path and reason go to the server log only)."""
    try:
        return file.read_report()
    except cx.CorrectionError as e:
        _LOG.warning("corrections file %s: %s", file.path, e)
        return cx.Imported([], [f"The corrections cannot be read, so none are applied: {e}"])
    except Exception:  # noqa: BLE001 - the page must stay usable whatever the file holds
        _LOG.exception("corrections file %s", file.path)
        return cx.Imported([], [f"The corrections cannot be read, so none are applied ({file.name})."])


def failed_reasons(report: cx.Applied) -> dict[str, str]:
    """Correction id → why it could not be applied (records that were read but raised)."""
    return {c.id: reason for c, reason in report.failed if isinstance(c, cx.Correction)}


def render_problems(file: cx.CorrectionsFile, stored: cx.Imported, report: cx.Applied, user: User) -> None:
    """What could not be read or applied: named, never raised; editors may remove unreadable records."""
    from .render import md_escape

    if stored.errors and not stored.unreadable:
        st.error(md_escape(stored.errors[0]))
        return
    if stored.unreadable:
        st.warning(f"{len(stored.unreadable)} record(s) in the store's {file.name} cannot be read and are "
                   "skipped; the others apply.")
        for error in stored.errors[:20]:
            st.caption(md_escape(error[:300]))
        if user.can_edit and st.button("Remove the unreadable records", key="corr_drop_unreadable"):
            n = file.drop_unreadable()
            st.session_state["corr_flash"] = f"Removed {n} unreadable record(s)."
            st.rerun()
    for c, reason in report.failed:
        what = cx.describe(c) if isinstance(c, cx.Correction) else "an unreadable record"
        st.warning(md_escape(f"Not applied: {what} ({reason[:300]})"))


def render_import(file: cx.CorrectionsFile, user: User) -> None:
    upload = st.file_uploader("Import corrections (a JSON file exported here)", type=["json"],
                              key="corr_import_file")
    if upload is None or not st.button("Import", key="corr_import_go"):
        return
    if not user.can_edit:
        st.error("Only editors can change corrections.")
        return
    result = cx.import_json(upload.getvalue())
    st.session_state["corr_errors"] = [f"{upload.name}: {e}"[:300] for e in result.errors[:20]]
    if result.corrections:
        try:
            added = file.import_(result.corrections, who=user.name)
        except (cx.CorrectionError, OSError) as e:
            st.error(f"Not imported: {_reason(e)}")
            return
        st.session_state["corr_flash"] = (f"Imported {added} new corrections from {upload.name} "
                                          f"({len(result.corrections) - added} already present).")
    st.rerun()
