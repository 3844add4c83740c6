"""The actor network: who is mentioned with whom, and who is for or against whom.

Built from the corpus rows only (no spaCy), so it works the same on a fresh analysis and on a
store. Two kinds of edges live in one `networkx.MultiDiGraph`, told apart by the edge key and the
`kind` attribute:

- ``co-mention`` — both actors are named in the same *paragraph* (text between blank lines, or
  between line breaks when an article has no blank lines). Its meaning is undirected; it is
  stored once, from the alphabetically first actor to the second. ``weight`` counts paragraphs.
  Paragraphs, not articles: in a long article every actor co-occurs with every other, which
  makes the article-level graph a clique; mention rows carry no sentence bounds, and a news
  paragraph is usually one to three sentences.
- ``stance`` — directed source → target, from the stance rows: ``score`` is the mean polarity
  score in [-1, 1], ``weight``/``count`` the number of stances, ``relations`` the relation types.

Every attribute is a str, int or float so that GEXF and GraphML writers accept the graph.
"""
from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from typing import Collection, Iterable

import networkx as nx
import numpy as np
import pandas as pd

from .corpus import CorpusAnalysis

CO_MENTION = "co-mention"
STANCE = "stance"
NARRATED = "narrated act"
"""`kind` of a `statements_about` row that is a narrated act (a stance with no statement)."""

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"\n")

EDGE_COLUMNS = ["source", "target", "kind", "weight", "score", "relations", "positive", "negative", "neutral"]
NODE_COLUMNS = ["actor", "type", "n_mentions", "n_statements"]
MATRIX_COLUMNS = ["source", "target", "score", "count", "positive", "negative", "neutral"]
CENTRALITY_COLUMNS = ["actor", "type", "degree", "weighted_degree", "betweenness", "pagerank",
                      "n_mentions", "n_statements"]
ABOUT_COLUMNS = ["article_id", "date", "title", "statement_id", "kind", "text", "polarity", "score",
                 "evidence", "rule", "relation", "start", "end", "evidence_start", "evidence_end"]


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs of `text` (see the module docstring for the rule)."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    return [0] + [m.end() for m in breaks.finditer(text)]


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def articles_in_period(corpus: CorpusAnalysis, date_from=None, date_to=None) -> set[str] | None:
    """Ids of articles dated within [date_from, date_to]; None when no bound is set.

    With a bound set, undated articles are outside the period: they cannot be placed in time.
    """
    lo, hi = _iso(date_from), _iso(date_to)
    if lo is None and hi is None:
        return None
    dates = corpus.articles["date"].fillna("").astype(str).str.slice(0, 10)
    keep = dates != ""
    if lo is not None:
        keep &= dates >= lo[:10]
    if hi is not None:
        keep &= dates <= hi[:10]
    return set(corpus.articles.loc[keep, "id"])


def _in_articles(df: pd.DataFrame, ids: set[str] | None) -> pd.DataFrame:
    return df if ids is None else df[df["article_id"].isin(ids)]


def _stance_rows(corpus: CorpusAnalysis, ids: set[str] | None, relations: Collection[str] | None) -> pd.DataFrame:
    st = _in_articles(corpus.stances, ids)
    st = st[st["source"].notna() & st["target"].notna() & (st["source"] != st["target"])]
    if relations is not None:
        st = st[st["relation"].fillna("").isin(set(relations))]
    return st


def co_mentions(corpus: CorpusAnalysis, ids: set[str] | None = None) -> Counter:
    """Paragraph co-mention counts: {(actor_a, actor_b): n} with actor_a < actor_b."""
    mentions = _in_articles(corpus.mentions, ids)
    mentions = mentions[mentions["actor"].notna()]
    if mentions.empty:
        return Counter()
    texts = dict(zip(corpus.articles["id"], corpus.articles["text"].fillna("")))
    pairs: Counter = Counter()
    for aid, group in mentions.groupby("article_id", sort=False):
        starts = np.asarray(paragraph_starts(texts.get(aid, "")))
        para = np.searchsorted(starts, group["start"].to_numpy(dtype=np.int64), side="right")
        units: dict[int, set[str]] = defaultdict(set)
        for p, actor in zip(para, group["actor"]):
            units[int(p)].add(actor)
        for names in units.values():
            pairs.update(combinations(sorted(names), 2))
    return pairs


def _join(values: Iterable) -> str:
    return "; ".join(sorted({str(v) for v in values if isinstance(v, str) and v}))


def _stance_aggregate(st: pd.DataFrame) -> pd.DataFrame:
    if st.empty:
        return pd.DataFrame(columns=MATRIX_COLUMNS + ["relations"])
    pol = st["polarity"].fillna("")
    agg = (
        st.assign(score=st["score"].astype(float), positive=pol.eq("positive").astype(int),
                  negative=pol.eq("negative").astype(int), neutral=pol.eq("neutral").astype(int))
        .groupby(["source", "target"], sort=True)
        .agg(score=("score", "mean"), count=("score", "size"), positive=("positive", "sum"),
             negative=("negative", "sum"), neutral=("neutral", "sum"), relations=("relation", _join))
        .reset_index()
    )
    return agg


def actor_graph(
    corpus: CorpusAnalysis,
    *,
    actor_types: Collection[str] | None = None,
    min_weight: int = 1,
    date_from=None,
    date_to=None,
    relations: Collection[str] | None = None,
    max_actors: int | None = None,
    drop_isolates: bool = False,
) -> nx.MultiDiGraph:
    """The actor network of the corpus, filtered as the Relations page asks.

    `relations` selects edge types: stance relation names (as in the stance rows) and/or
    `CO_MENTION`; None keeps all. `min_weight` applies to both kinds (paragraphs / stances).
    `max_actors` keeps the most mentioned actors (then the most quoted) — a chart of thousands
    of nodes is unreadable and betweenness is quadratic.
    """
    ids = articles_in_period(corpus, date_from, date_to)
    mentions = _in_articles(corpus.mentions, ids)
    statements = _in_articles(corpus.statements, ids)
    n_mentions = mentions["actor"].dropna().value_counts()
    n_statements = statements["speaker"].dropna().value_counts()
    stances = _stance_rows(corpus, ids, relations)

    info = {r["name"]: r for r in corpus.actors.to_dict("records")}
    names = set(n_mentions.index) | set(n_statements.index) | set(stances["source"]) | set(stances["target"])
    types = {n: str(info.get(n, {}).get("type") or "") for n in names}
    if actor_types is not None:
        wanted = set(actor_types)
        names = {n for n in names if types[n] in wanted}
    ranked = sorted(names, key=lambda n: (-int(n_mentions.get(n, 0)), -int(n_statements.get(n, 0)), n))
    if max_actors is not None:
        ranked = ranked[:max_actors]
    keep = set(ranked)

    g = nx.MultiDiGraph()
    for n in ranked:
        row = info.get(n, {})
        g.add_node(n, type=types[n], n_mentions=int(n_mentions.get(n, 0)),
                   n_statements=int(n_statements.get(n, 0)),
                   aliases=_join(row.get("aliases") if isinstance(row.get("aliases"), (list, tuple, np.ndarray)) else []),
                   roles=_join(row.get("roles") if isinstance(row.get("roles"), (list, tuple, np.ndarray)) else []))
    if relations is None or CO_MENTION in relations:
        for (a, b), n in sorted(co_mentions(corpus, ids).items()):
            if n >= min_weight and a in keep and b in keep:
                g.add_edge(a, b, key=CO_MENTION, kind=CO_MENTION, weight=int(n), score=0.0, relations="",
                           positive=0, negative=0, neutral=0)
    for r in _stance_aggregate(stances).to_dict("records"):
        if r["count"] >= min_weight and r["source"] in keep and r["target"] in keep:
            g.add_edge(r["source"], r["target"], key=STANCE, kind=STANCE, weight=int(r["count"]),
                       score=round(float(r["score"]), 4), relations=r["relations"],
                       positive=int(r["positive"]), negative=int(r["negative"]), neutral=int(r["neutral"]))
    if drop_isolates:
        g.remove_nodes_from(list(nx.isolates(g)))
    return g


def node_table(graph: nx.Graph) -> pd.DataFrame:
    """One row per actor node: the input of `ui.figures.network_figure`."""
    rows = [{"actor": n, **{c: d.get(c) for c in NODE_COLUMNS[1:]}} for n, d in graph.nodes(data=True)]
    return pd.DataFrame(rows, columns=NODE_COLUMNS)


def edge_list(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge (co-mention or stance), the columns of `EDGE_COLUMNS`."""
    rows = [{"source": u, "target": v, **{c: d.get(c) for c in EDGE_COLUMNS[2:]}}
            for u, v, d in graph.edges(data=True)]
    return pd.DataFrame(rows, columns=EDGE_COLUMNS)


def _collapsed(graph: nx.Graph) -> nx.DiGraph:
    """Simple weighted digraph: a co-mention counts in both directions, a stance in its own."""
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes)
    for u, v, d in graph.edges(data=True):
        pairs = [(u, v), (v, u)] if d.get("kind") == CO_MENTION else [(u, v)]
        for a, b in pairs:
            w = simple.get_edge_data(a, b, {}).get("weight", 0) + d.get("weight", 1)
            simple.add_edge(a, b, weight=w)
    return simple


def pagerank(graph: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict:
    """PageRank by power iteration on `nx.google_matrix` (NumPy only: no SciPy dependency)."""
    if len(graph) == 0:
        return {}
    m = np.asarray(nx.google_matrix(graph, alpha=alpha, weight="weight"))
    x = np.full(len(graph), 1.0 / len(graph))
    for _ in range(max_iter):
        nxt = x @ m
        if np.abs(nxt - x).sum() < tol:
            x = nxt
            break
        x = nxt
    return dict(zip(graph, (x / x.sum()).tolist()))


def centrality_table(graph: nx.Graph) -> pd.DataFrame:
    """Degree (distinct neighbours), weighted degree, betweenness and PageRank per actor."""
    if len(graph) == 0:
        return pd.DataFrame(columns=CENTRALITY_COLUMNS)
    simple = _collapsed(graph)
    undirected = simple.to_undirected()
    betweenness = nx.betweenness_centrality(undirected)
    ranks = pagerank(simple)
    rows = []
    for n, d in graph.nodes(data=True):
        neighbours = set(simple.successors(n)) | set(simple.predecessors(n))
        weighted = sum(e.get("weight", 1) for *_, e in graph.edges(n, data=True)) + \
            sum(e.get("weight", 1) for *_, e in graph.in_edges(n, data=True))
        rows.append({"actor": n, "type": d.get("type", ""), "degree": len(neighbours),
                     "weighted_degree": int(weighted), "betweenness": round(betweenness[n], 4),
                     "pagerank": round(ranks[n], 4), "n_mentions": d.get("n_mentions", 0),
                     "n_statements": d.get("n_statements", 0)})
    return (pd.DataFrame(rows, columns=CENTRALITY_COLUMNS)
            .sort_values(["pagerank", "weighted_degree", "actor"], ascending=[False, False, True])
            .reset_index(drop=True))


def stance_matrix(
    corpus: CorpusAnalysis,
    *,
    actors: Collection[str] | None = None,
    date_from=None,
    date_to=None,
    relations: Collection[str] | None = None,
) -> pd.DataFrame:
    """Mean stance score of each source toward each target, with counts per polarity.

    Long form (one row per source–target pair): it keeps the counts beside the mean and is what
    an analyst wants in a CSV; `ui.figures.stance_heatmap` pivots it.
    """
    st = _stance_rows(corpus, articles_in_period(corpus, date_from, date_to), relations)
    if actors is not None:
        wanted = set(actors)
        st = st[st["source"].isin(wanted) & st["target"].isin(wanted)]
    agg = _stance_aggregate(st)
    agg["score"] = agg["score"].astype(float).round(4)
    return agg[MATRIX_COLUMNS].reset_index(drop=True)


def _write(writer, graph: nx.Graph) -> bytes:
    buf = io.BytesIO()
    writer(graph, buf)
    return buf.getvalue()


def to_gexf(graph: nx.Graph) -> bytes:
    return _write(nx.write_gexf, graph)


def to_graphml(graph: nx.Graph) -> bytes:
    return _write(nx.write_graphml, graph)


def statements_about(corpus: CorpusAnalysis, speaker: str, target: str) -> pd.DataFrame:
    """Everything `speaker` said about `target`, with the stance evidence and article offsets.

    A row per stance of speaker → target (statements and narrated acts), plus the speaker's
    statements that name the target but have no stance row for it (polarity left empty), so an
    incomplete stance reading never hides a statement.
    """
    statements = corpus.statements[corpus.statements["speaker"] == speaker]
    stances = corpus.stances[(corpus.stances["source"] == speaker) & (corpus.stances["target"] == target)]
    by_key = {(r["article_id"], int(r["index"])): r for r in statements.to_dict("records")}
    rows, covered = [], set()
    for s in stances.to_dict("records"):
        idx = s["statement_index"]
        stmt = None if idx is None or pd.isna(idx) else by_key.get((s["article_id"], int(idx)))
        if stmt is not None:
            covered.add(stmt["id"])
        rows.append({
            "article_id": s["article_id"], "statement_id": stmt["id"] if stmt else "",
            "kind": stmt["kind"] if stmt else NARRATED,
            "text": stmt["text"] if stmt else s["evidence"],
            "polarity": s["polarity"], "score": float(s["score"]), "evidence": s["evidence"],
            "rule": s["rule"], "relation": s["relation"],
            "start": int(stmt["start"]) if stmt else int(s["start"]),
            "end": int(stmt["end"]) if stmt else int(s["end"]),
            "evidence_start": int(s["start"]), "evidence_end": int(s["end"]),
        })
    target_mentions = corpus.mentions[corpus.mentions["actor"] == target]
    spans_by_article = defaultdict(list)
    for m in target_mentions.itertuples(index=False):
        spans_by_article[m.article_id].append((int(m.start), int(m.end)))
    for stmt in statements.to_dict("records"):
        if stmt["id"] in covered:
            continue
        pieces = [tuple(p) for p in stmt["spans"]] if len(stmt["spans"]) else [(stmt["start"], stmt["end"])]
        if any(a <= ms and me <= b for ms, me in spans_by_article.get(stmt["article_id"], ())
               for a, b in pieces):
            rows.append({
                "article_id": stmt["article_id"], "statement_id": stmt["id"], "kind": stmt["kind"],
                "text": stmt["text"], "polarity": "", "score": float("nan"), "evidence": "",
                "rule": "", "relation": "", "start": int(stmt["start"]), "end": int(stmt["end"]),
                "evidence_start": None, "evidence_end": None,
            })
    meta = corpus.articles.drop_duplicates("id").set_index("id")[["date", "title"]]
    out = pd.DataFrame(rows, columns=[c for c in ABOUT_COLUMNS if c not in ("date", "title")])
    out["date"] = out["article_id"].map(meta["date"]).fillna("")
    out["title"] = out["article_id"].map(meta["title"]).fillna("")
    out["evidence_start"] = out["evidence_start"].astype("Int64")
    out["evidence_end"] = out["evidence_end"].astype("Int64")
    undated_last = out["date"].eq("")
    order = out.assign(_undated=undated_last).sort_values(["_undated", "date", "article_id", "start"], kind="stable")
    return order[ABOUT_COLUMNS].reset_index(drop=True)
