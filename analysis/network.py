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
networkx is imported by the functions that build or read graphs (~0.1 s): the co-mention and
statement tables do not need it, and the Actors and Said about pages use only those.
"""
from __future__ import annotations

import contextlib
import io
import re
import weakref
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Collection, Iterable

import numpy as np
import pandas as pd

from .corpus import CorpusAnalysis

if TYPE_CHECKING:
    import networkx as nx

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
                 "evidence", "rule", "confidence", "relation", "start", "end", "evidence_start", "evidence_end"]


def sorted_unique(values: np.ndarray, *, counts: bool = False):
    """`np.unique(values[, return_counts=True])` of an integer array, by sorting: NumPy 2's
    hash-based `np.unique` took ~0.1 s on the 300,000 codes of a 10,000-article corpus, a sort
    and a comparison take a few milliseconds."""
    ordered = np.sort(np.asarray(values))
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    unique = ordered[first]
    if not counts:
        return unique
    return unique, np.diff(np.append(np.flatnonzero(first), len(ordered)))


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs of `text` (see the module docstring for the rule)."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    return [0] + [m.end() for m in breaks.finditer(text)]


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def paragraphs_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The paragraph(s) of `text` covering [start, end), and the offset where they begin.

    Evidence shown with its context: a stance's words inside the paragraph they were read from.
    """
    starts = paragraph_starts(text)
    first = starts[max(0, int(np.searchsorted(starts, start, side="right")) - 1)]
    after = [s for s in starts if s >= max(end, start + 1)]
    last = after[0] if after else len(text)
    return text[first:last].rstrip(), first


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


DEFAULT_MIN_CONFIDENCE = 0.5
"""The confidence below which the dashboard hides stance rows unless the analyst asks for them: it
keeps acts and reported deeds, hides the weakest readings (e.g. criticism of what an actor made)."""


def confident(stances: pd.DataFrame, min_confidence: float = 0.0) -> pd.DataFrame:
    """Stance rows at or above `min_confidence` (rows stored before confidences existed are kept)."""
    if not min_confidence or "confidence" not in stances.columns:
        return stances
    conf = pd.to_numeric(stances["confidence"], errors="coerce")
    return stances[conf.isna() | (conf >= min_confidence)]


def _stance_rows(corpus: CorpusAnalysis, ids: set[str] | None, relations: Collection[str] | None,
                 min_confidence: float = 0.0) -> pd.DataFrame:
    st = confident(_in_articles(corpus.stances, ids), min_confidence)
    st = st[st["source"].notna() & st["target"].notna() & (st["source"] != st["target"])]
    if relations is not None:
        st = st[st["relation"].fillna("").isin(set(relations))]
    return st


_PARAGRAPHS: dict[int, tuple[weakref.ref, weakref.ref, np.ndarray]] = {}


def known_paragraphs(corpus: CorpusAnalysis) -> np.ndarray | None:
    """`mention_paragraphs(corpus)` when it is already known (computed or remembered), else None."""
    mentions, articles = corpus.mentions, corpus.articles
    hit = _PARAGRAPHS.get(id(mentions))
    if hit is not None and hit[0]() is mentions and hit[1]() is articles and len(hit[2]) == len(mentions):
        return hit[2]
    return None


def remember_paragraphs(corpus: CorpusAnalysis, para: np.ndarray) -> np.ndarray:
    """Record `para` as the `paragraph_index` of `corpus.mentions`: read back from a store's cache,
    or cut from the corpus a filtered corpus was taken from (its texts and offsets are the same).

    Kept by the identity of the mention and article frames (weakly: a dropped corpus frees its
    entry); a frame that cannot be weakly referenced is not remembered.
    """
    para = np.asarray(para, dtype=np.int64)
    if len(para) != len(corpus.mentions):
        raise ValueError(f"{len(para)} paragraph numbers for {len(corpus.mentions)} mentions")
    para.setflags(write=False)
    mentions, articles = corpus.mentions, corpus.articles
    with contextlib.suppress(TypeError):
        _PARAGRAPHS[id(mentions)] = (weakref.ref(mentions), weakref.ref(articles), para)
        weakref.finalize(mentions, _PARAGRAPHS.pop, id(mentions), None)
    return para


def mention_paragraphs(corpus: CorpusAnalysis) -> np.ndarray:
    """`paragraph_index` of every row of `corpus.mentions`, computed once per corpus.

    Splitting every article into paragraphs is the costly part of the co-mention counts; the
    Relations and Actors pages ask again on every filter change of the same corpus.
    """
    known = known_paragraphs(corpus)
    if known is not None:
        return known
    return remember_paragraphs(corpus, paragraph_index(corpus, corpus.mentions))


def paragraph_index(corpus: CorpusAnalysis, mentions: pd.DataFrame) -> np.ndarray:
    """For each mention row, the index of its paragraph within its article."""
    out = np.zeros(len(mentions), dtype=np.int64)
    if mentions.empty:
        return out
    texts = dict(zip(corpus.articles["id"].tolist(), corpus.articles["text"].fillna("").tolist()))
    starts = mentions["start"].to_numpy(dtype=np.int64)
    codes, article_ids = pd.factorize(mentions["article_id"])
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(article_ids) + 1))
    for i, aid in enumerate(article_ids.tolist()):
        rows = order[bounds[i]:bounds[i + 1]]
        out[rows] = np.searchsorted(np.asarray(paragraph_starts(texts.get(aid) or "")), starts[rows], side="right")
    return out


def co_mentions(corpus: CorpusAnalysis, ids: set[str] | None = None,
                actors: Collection[str] | None = None) -> pd.DataFrame:
    """Paragraph co-mention counts: columns actor_a < actor_b, weight (number of paragraphs).

    `actors` restricts the pairs to those actors before pairing (much cheaper on big corpora).
    """
    mentions = corpus.mentions
    actor_code, actor_names = pd.factorize(mentions["actor"], sort=True)  # code order = name order; -1: none
    keep = actor_code >= 0
    if actors is not None:  # by distinct name, not row by row
        wanted = set(actors)
        keep &= np.fromiter((a in wanted for a in actor_names.tolist()), dtype=bool,
                            count=len(actor_names))[np.maximum(actor_code, 0)]
    if ids is not None:
        keep &= mentions["article_id"].isin(ids).to_numpy(dtype=bool)
    if not keep.any():
        return pd.DataFrame(columns=["actor_a", "actor_b", "weight"])
    article_code = pd.factorize(mentions["article_id"])[0][keep]
    actor_code = actor_code[keep]
    para = mention_paragraphs(corpus)[keep]
    n = len(actor_names)
    unit = article_code.astype(np.int64) * (int(para.max()) + 1) + para
    present = sorted_unique(unit * n + actor_code)  # distinct (unit, actor), sorted by unit, then actor
    unit, actor = present // n, present % n
    pairs = []
    for gap in range(1, len(present)):  # the actors of a unit are neighbours: pair each with the next, the one after, …
        same = unit[:-gap] == unit[gap:]
        if not same.any():
            break
        pairs.append(actor[:-gap][same] * n + actor[gap:][same])
    if not pairs:
        return pd.DataFrame(columns=["actor_a", "actor_b", "weight"])
    keys, weight = sorted_unique(np.concatenate(pairs), counts=True)  # sorted: by actor_a, then actor_b
    names = actor_names.to_numpy()
    return pd.DataFrame({"actor_a": names[keys // n], "actor_b": names[keys % n], "weight": weight})


def _join(values: Iterable) -> str:
    return "; ".join(sorted({str(v) for v in values if isinstance(v, str) and v}))


def _stance_aggregate(st: pd.DataFrame, *, relations: bool = True) -> pd.DataFrame:
    """Per source–target pair: mean score, count, counts per polarity (and relation types)."""
    if st.empty:
        return pd.DataFrame(columns=MATRIX_COLUMNS + ["relations"])
    pol = st["polarity"].fillna("")
    aggs = dict(score=("score", "mean"), count=("score", "size"), positive=("positive", "sum"),
                negative=("negative", "sum"), neutral=("neutral", "sum"))
    out = (
        st.assign(score=st["score"].astype(float), positive=pol.eq("positive").astype(int),
                  negative=pol.eq("negative").astype(int), neutral=pol.eq("neutral").astype(int))
        .groupby(["source", "target"], sort=True).agg(**aggs).reset_index()
    )
    if relations:
        out["relations"] = _joined_relations(st, out)
    return out


def _joined_relations(st: pd.DataFrame, pairs: pd.DataFrame) -> list[str]:
    """`_join` of the relation names of each source–target pair of `pairs`, in its row order.

    Distinct (pair, relation) rows are few; joining them in one pass is far cheaper than a
    Python aggregation function called once per group.
    """
    rel = st["relation"]
    named = rel.map(lambda v: isinstance(v, str) and v != "").to_numpy(dtype=bool) if rel.dtype == object \
        else (rel.notna() & rel.ne("")).to_numpy(dtype=bool)
    distinct = st.loc[named, ["source", "target", "relation"]].drop_duplicates()
    joined: dict[tuple, set[str]] = {}
    for a, b, r in zip(distinct["source"].tolist(), distinct["target"].tolist(), distinct["relation"].tolist()):
        joined.setdefault((a, b), set()).add(str(r))
    return ["; ".join(sorted(joined.get(k, ()))) for k in zip(pairs["source"].tolist(), pairs["target"].tolist())]


@dataclass(frozen=True)
class GraphParts:
    """An actor network before `min_weight` and `drop_isolates`: what is costly to compute.

    `nodes` are (name, attributes) in rank order; `co` and `stances` are every co-mention and
    stance aggregate between them, so any minimum weight is a cheap filter (`graph_from_parts`).
    """
    nodes: list[tuple[str, dict]]
    co: pd.DataFrame | None  # actor_a, actor_b, weight; None when co-mentions are not asked for
    stances: pd.DataFrame  # `_stance_aggregate` rows between the kept actors


def graph_parts(
    corpus: CorpusAnalysis,
    *,
    actor_types: Collection[str] | None = None,
    date_from=None,
    date_to=None,
    relations: Collection[str] | None = None,
    max_actors: int | None = None,
    min_confidence: float = 0.0,
) -> GraphParts:
    """The nodes and unfiltered edge tables of `actor_graph` (same arguments, minus the filters)."""
    ids = articles_in_period(corpus, date_from, date_to)
    mentions = _in_articles(corpus.mentions, ids)
    statements = _in_articles(corpus.statements, ids)
    n_mentions = mentions["actor"].dropna().value_counts().to_dict()
    n_statements = statements["speaker"].dropna().value_counts().to_dict()
    stances = _stance_rows(corpus, ids, relations, min_confidence)

    actors = corpus.actors
    row_of = {name: i for i, name in enumerate(actors["name"].tolist())}  # a repeated name: its last row
    type_of = actors["type"].tolist()
    names = (set(n_mentions) | set(n_statements) | set(stances["source"].unique().tolist())
             | set(stances["target"].unique().tolist()))
    types = {n: str((type_of[row_of[n]] if n in row_of else None) or "") for n in names}
    if actor_types is not None:
        wanted = set(actor_types)
        names = {n for n in names if types[n] in wanted}
    ranked = sorted(names, key=lambda n: (-int(n_mentions.get(n, 0)), -int(n_statements.get(n, 0)), n))
    if max_actors is not None:
        ranked = ranked[:max_actors]
    keep = set(ranked)

    aliases, roles = actors["aliases"].tolist(), actors["roles"].tolist()

    def joined(column: list, n: str) -> str:
        value = column[row_of[n]] if n in row_of else None
        return _join(value if isinstance(value, (list, tuple, np.ndarray)) else [])

    nodes = [(n, dict(type=types[n], n_mentions=int(n_mentions.get(n, 0)), n_statements=int(n_statements.get(n, 0)),
                      aliases=joined(aliases, n), roles=joined(roles, n)))
             for n in ranked]
    co = co_mentions(corpus, ids, actors=keep) if relations is None or CO_MENTION in relations else None
    stances = stances[stances["source"].isin(keep) & stances["target"].isin(keep)]
    return GraphParts(nodes, co, _stance_aggregate(stances))


def graph_from_parts(parts: GraphParts, *, min_weight: int = 1, drop_isolates: bool = False) -> nx.MultiDiGraph:
    """`actor_graph` from its precomputed parts: edges below `min_weight` left out."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_nodes_from((n, dict(attrs)) for n, attrs in parts.nodes)
    if parts.co is not None:
        co = parts.co[parts.co["weight"] >= min_weight]
        g.add_edges_from((a, b, CO_MENTION, dict(kind=CO_MENTION, weight=int(n), score=0.0, relations="",
                                                  positive=0, negative=0, neutral=0))
                         for a, b, n in zip(co["actor_a"].tolist(), co["actor_b"].tolist(), co["weight"].tolist()))
    st = parts.stances[parts.stances["count"] >= min_weight] if len(parts.stances) else parts.stances
    columns = [st[c].tolist() for c in ("source", "target", "count", "score", "relations", "positive", "negative",
                                        "neutral")]
    g.add_edges_from((a, b, STANCE, dict(kind=STANCE, weight=int(n), score=round(float(score), 4), relations=rel,
                                         positive=int(pos), negative=int(neg), neutral=int(neu)))
                     for a, b, n, score, rel, pos, neg, neu in zip(*columns))
    if drop_isolates:
        g.remove_nodes_from(list(nx.isolates(g)))
    return g


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
    min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """The actor network of the corpus, filtered as the Relations page asks.

    `relations` selects edge types: stance relation names (as in the stance rows) and/or
    `CO_MENTION`; None keeps all. `min_weight` applies to both kinds (paragraphs / stances).
    `max_actors` keeps the most mentioned actors (then the most quoted) — a chart of thousands
    of nodes is unreadable and betweenness is quadratic. `min_confidence` leaves out stance rows
    whose rule is trusted less (`Stance.confidence`).
    """
    parts = graph_parts(corpus, actor_types=actor_types, date_from=date_from, date_to=date_to,
                        relations=relations, max_actors=max_actors, min_confidence=min_confidence)
    return graph_from_parts(parts, min_weight=min_weight, drop_isolates=drop_isolates)


def node_table(graph: nx.Graph) -> pd.DataFrame:
    """One row per actor node: the input of `ui.figures.network_figure`."""
    rows = [{"actor": n, **{c: d.get(c) for c in NODE_COLUMNS[1:]}} for n, d in graph.nodes(data=True)]
    return pd.DataFrame(rows, columns=NODE_COLUMNS)


def edge_list(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge (co-mention or stance), the columns of `EDGE_COLUMNS`."""
    edges = list(graph.edges(data=True))
    if not edges:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    columns = {"source": [u for u, _, _ in edges], "target": [v for _, v, _ in edges],
               **{c: [d.get(c) for _, _, d in edges] for c in EDGE_COLUMNS[2:]}}
    return pd.DataFrame(columns, columns=EDGE_COLUMNS)


def _collapsed(graph: nx.Graph) -> nx.DiGraph:
    """Simple weighted digraph: a co-mention counts in both directions, a stance in its own."""
    import networkx as nx

    weights: dict[tuple, int] = {}  # in the order the edges are first seen
    for u, v, d in graph.edges(data=True):
        for pair in ((u, v), (v, u)) if d.get("kind") == CO_MENTION else ((u, v),):
            weights[pair] = weights.get(pair, 0) + d.get("weight", 1)
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes)
    simple.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    return simple


def pagerank(graph: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict:
    """PageRank by power iteration on `nx.google_matrix` (NumPy only: no SciPy dependency)."""
    import networkx as nx

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
    import networkx as nx

    simple = _collapsed(graph)
    undirected = nx.Graph()  # betweenness counts hops: the structure only, no attributes to copy
    undirected.add_nodes_from(simple)
    undirected.add_edges_from(simple.edges())
    betweenness = nx.betweenness_centrality(undirected)
    ranks = pagerank(simple)
    weighted = dict.fromkeys(graph, 0)  # weights of the edges out of and into each actor
    for u, v, w in graph.edges(data="weight", default=1):
        weighted[u] += w
        weighted[v] += w
    rows = []
    for n, d in graph.nodes(data=True):
        neighbours = set(simple.successors(n)) | set(simple.predecessors(n))
        rows.append({"actor": n, "type": d.get("type", ""), "degree": len(neighbours),
                     "weighted_degree": int(weighted[n]), "betweenness": round(betweenness[n], 4),
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
    min_confidence: float = 0.0,
) -> pd.DataFrame:
    """Mean stance score of each source toward each target, with counts per polarity.

    Long form (one row per source–target pair): it keeps the counts beside the mean and is what
    an analyst wants in a CSV; `ui.figures.stance_heatmap` pivots it.
    """
    st = _stance_rows(corpus, articles_in_period(corpus, date_from, date_to), relations, min_confidence)
    if actors is not None:
        wanted = set(actors)
        st = st[st["source"].isin(wanted) & st["target"].isin(wanted)]
    return _matrix(_stance_aggregate(st, relations=False))


def matrix_from_parts(parts: GraphParts, actors: Iterable[str]) -> pd.DataFrame:
    """`stance_matrix` between `actors` (a subset of the parts' nodes), from `graph_parts`."""
    wanted = set(actors)
    agg = parts.stances
    agg = agg[agg["source"].isin(wanted) & agg["target"].isin(wanted)]
    return _matrix(agg if not agg.empty else _stance_aggregate(agg, relations=False))


def _matrix(agg: pd.DataFrame) -> pd.DataFrame:
    agg = agg.assign(score=agg["score"].astype(float).round(4))
    return agg[MATRIX_COLUMNS].reset_index(drop=True)


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(graph: nx.Graph) -> nx.Graph:
    """A copy whose names and string attributes hold no character XML 1.0 forbids (names come
    from article text; a stray control character would make the file unreadable)."""
    clean = lambda v: _XML_ILLEGAL.sub("", v) if isinstance(v, str) else v  # noqa: E731
    out = graph.__class__()
    out.add_nodes_from((clean(n), {k: clean(v) for k, v in d.items()}) for n, d in graph.nodes(data=True))
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, key, d in edges:
        attrs = {k: clean(v) for k, v in d.items()}
        if key is None:
            out.add_edge(clean(u), clean(v), **attrs)
        else:
            out.add_edge(clean(u), clean(v), key=key, **attrs)
    return out


def _write(writer, graph: nx.Graph) -> bytes:
    buf = io.BytesIO()
    writer(_xml_safe(graph), buf)
    return buf.getvalue()


def to_gexf(graph: nx.Graph) -> bytes:
    import networkx as nx

    return _write(nx.write_gexf, graph)


def to_graphml(graph: nx.Graph) -> bytes:
    import networkx as nx

    return _write(nx.write_graphml, graph)


def _statement_pieces(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per [start, end) piece of each statement (a quote broken by "he said" has several)."""
    spans = statements["spans"].map(lambda v: [tuple(p) for p in v] if v is not None and len(v) else [])
    whole = list(zip(statements["start"], statements["end"]))
    pieces = statements[["id", "article_id"]].assign(piece=[s or [w] for s, w in zip(spans, whole)]).explode("piece")
    return pieces.assign(piece_start=pieces["piece"].str[0].astype(int),
                         piece_end=pieces["piece"].str[1].astype(int)).drop(columns="piece")


def statements_about(corpus: CorpusAnalysis, speaker: str, target: str, min_confidence: float = 0.0) -> pd.DataFrame:
    """Everything `speaker` said about `target`, with the stance evidence and article offsets.

    A row per stance of speaker → target (statements and narrated acts), plus the speaker's
    statements that name the target inside their words but have no stance row for it (polarity
    left empty), so an incomplete stance reading never hides a statement.
    """
    stances = corpus.stances[(corpus.stances["source"] == speaker) & (corpus.stances["target"] == target)]
    stances = confident(stances, min_confidence)
    target_mentions = corpus.mentions.loc[corpus.mentions["actor"] == target, ["article_id", "start", "end"]]
    articles = set(stances["article_id"]) | set(target_mentions["article_id"])
    statements = corpus.statements.loc[
        (corpus.statements["speaker"] == speaker) & corpus.statements["article_id"].isin(articles),
        ["id", "article_id", "index", "kind", "text", "start", "end", "spans"]]
    statements = statements.astype({"index": "Int64"})

    linked = (stances.assign(index=stances["statement_index"].astype("Float64").astype("Int64"))
              .merge(statements, on=["article_id", "index"], how="left", suffixes=("_ev", "")))
    has_stmt = linked["id"].notna()
    from_stances = pd.DataFrame({
        "article_id": linked["article_id"],
        "statement_id": linked["id"].where(has_stmt, ""),
        "kind": linked["kind"].where(has_stmt, NARRATED),
        "text": linked["text"].where(has_stmt, linked["evidence"]),
        "polarity": linked["polarity"], "score": linked["score"].astype(float),
        "evidence": linked["evidence"], "rule": linked["rule"],
        "confidence": (pd.to_numeric(linked["confidence"], errors="coerce") if "confidence" in linked.columns
                       else float("nan")),
        "relation": linked["relation"],
        "start": linked["start"].where(has_stmt, linked["start_ev"]),
        "end": linked["end"].where(has_stmt, linked["end_ev"]),
        "evidence_start": linked["start_ev"], "evidence_end": linked["end_ev"],
    })

    rest = statements[~statements["id"].isin(set(linked.loc[has_stmt, "id"]))]
    if rest.empty or target_mentions.empty:
        naming = rest.iloc[0:0]
    else:
        hits = _statement_pieces(rest).merge(target_mentions, on="article_id")
        hits = hits[(hits["piece_start"] <= hits["start"]) & (hits["end"] <= hits["piece_end"])]
        naming = rest[rest["id"].isin(set(hits["id"]))]
    from_mentions = pd.DataFrame({
        "article_id": naming["article_id"], "statement_id": naming["id"], "kind": naming["kind"],
        "text": naming["text"], "polarity": "", "score": float("nan"), "evidence": "", "rule": "",
        "confidence": float("nan"), "relation": "", "start": naming["start"], "end": naming["end"],
        "evidence_start": None, "evidence_end": None,
    })
    out = pd.concat([f for f in (from_stances, from_mentions) if not f.empty] or [from_stances], ignore_index=True)
    meta = corpus.articles.drop_duplicates("id").set_index("id")[["date", "title"]]
    out["date"] = out["article_id"].map(meta["date"]).fillna("")
    out["title"] = out["article_id"].map(meta["title"]).fillna("")
    out = out.astype({"start": "Int64", "end": "Int64", "evidence_start": "Int64", "evidence_end": "Int64",
                      "score": float})
    order = out.assign(_undated=out["date"].eq("")).sort_values(["_undated", "date", "article_id", "start"],
                                                                kind="stable")
    return order[ABOUT_COLUMNS].reset_index(drop=True)
