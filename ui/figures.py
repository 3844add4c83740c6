"""Figure builders: DataFrame in, plotly Figure out. Pure (no Streamlit), unit-tested.

Every builder returns an empty-state figure (a message, no axes) for empty input rather than
raising, so a page never breaks on a filter that matches nothing. Names come from article text:
they are HTML-escaped wherever plotly renders text (hover, labels, ticks), so "<b>" in a name is
shown, not interpreted.
"""
from __future__ import annotations

import math
from html import escape

import numpy as np
import pandas as pd
import plotly.graph_objects as go

RED, GREY, GREEN = (214, 39, 40), (150, 150, 150), (44, 160, 44)
STANCE_BINS = [  # (upper bound of the bin, label); scores in [-1, 1]
    (-0.6, "strongly negative"), (-0.2, "negative"), (0.2, "neutral"), (0.6, "positive"), (1.0, "strongly positive"),
]
TYPE_COLOURS = {"person": "#1f77b4", "organisation": "#9467bd", "institution": "#8c564b",
                "country": "#ff7f0e", "group": "#17becf"}
METRIC_LABELS = {"mentions": "Mentions", "statements": "Statements", "mean_stance": "Mean stance"}
HEATMAP_SCALE = [[0.0, "rgb(%d,%d,%d)" % RED], [0.5, "rgb(%d,%d,%d)" % GREY], [1.0, "rgb(%d,%d,%d)" % GREEN]]


def polarity_colour(score: float) -> str:
    """Red (−1) → grey (0) → green (+1), as an `rgb()` string."""
    s = max(-1.0, min(1.0, float(score)))
    end = RED if s < 0 else GREEN
    mix = [round(g + (e - g) * abs(s)) for g, e in zip(GREY, end)]
    return "rgb(%d,%d,%d)" % tuple(mix)


def stance_bin(score: float) -> int:
    for i, (upper, _) in enumerate(STANCE_BINS):
        if score <= upper:
            return i
    return len(STANCE_BINS) - 1


def _bin_score(i: int) -> float:
    """The representative score of a bin: the colour its edges are drawn in."""
    return (-0.8, -0.4, 0.0, 0.4, 0.8)[i]


def empty_figure(message: str = "Nothing to show for these filters.") -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=escape(message), x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font={"size": 16, "color": "grey"})
    fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False}, height=300,
                      margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return fig


def is_empty_figure(fig: go.Figure) -> bool:
    return len(fig.data) == 0


def _layout(nodes: pd.DataFrame, edges: pd.DataFrame, seed: int) -> dict[str, np.ndarray]:
    """Seeded spring layout; log weights and a wider spacing keep heavy hubs from collapsing
    the whole graph into its centre."""
    import networkx as nx  # here, not at the top: only the Relations page draws a network (~0.1 s import)

    g = nx.Graph()
    g.add_nodes_from(nodes["actor"])
    weights: dict[tuple[str, str], float] = {}  # summed in edge order, either direction
    for source, target, weight in zip(edges["source"].tolist(), edges["target"].tolist(), edges["weight"].tolist()):
        if source in g and target in g and source != target:
            pair = (target, source) if (target, source) in weights else (source, target)
            weights[pair] = weights.get(pair, 0) + float(weight)
    g.add_edges_from((a, b, {"weight": 1 + math.log(max(w, 1))}) for (a, b), w in weights.items())
    return nx.spring_layout(g, seed=seed, weight="weight", k=2.5 / math.sqrt(max(len(g), 1)), iterations=100)


def _curves(p: np.ndarray, q: np.ndarray, bend: float = 0.12, n: int = 9) -> np.ndarray:
    """Quadratic curves from each row of `p` to the same row of `q` (k×2), bent to the right so
    A→B and B→A stay apart: k×n×2 points."""
    d = q - p
    ctrl = (p + q) / 2 + bend * np.stack([d[:, 1], -d[:, 0]], axis=1)
    t = np.linspace(0, 1, n)[None, :, None]
    p, q, ctrl = p[:, None, :], q[:, None, :], ctrl[:, None, :]
    return (1 - t) ** 2 * p + 2 * (1 - t) * t * ctrl + t**2 * q


def _names_hover(row) -> str:
    return (f"<b>{escape(str(row.actor))}</b><br>{escape(str(row.type or 'actor'))}"
            f"<br>{int(row.n_mentions)} mentions · {int(row.n_statements)} statements")


def network_figure(nodes_df: pd.DataFrame, edges_df: pd.DataFrame, *, layout_seed: int = 0,
                   size_by: str = "n_statements", height: int = 650, labels: int = 30) -> go.Figure:
    """Actor network: nodes sized by `size_by`, grey co-mention edges, coloured stance arrows.

    `nodes_df`/`edges_df` are `analysis.network.node_table` / `edge_list`. Node points carry the
    actor name as `customdata`, so a selection event tells the page which actor was clicked.
    Only the `labels` biggest nodes are labelled on the chart (the others in their hover), so a
    dense centre stays readable.
    """
    if nodes_df is None or nodes_df.empty:
        return empty_figure("No actors match these filters.")
    nodes = nodes_df.reset_index(drop=True)
    edges = edges_df if edges_df is not None else pd.DataFrame(columns=["source", "target", "kind", "weight", "score"])
    pos = _layout(nodes, edges, layout_seed)
    fig = go.Figure()

    # columns as lists once: iterating rows of Arrow-backed columns cost more than drawing them
    source, target, kind = edges["source"].tolist(), edges["target"].tolist(), edges["kind"].tolist()
    weight = edges["weight"].tolist()
    co = [i for i, k in enumerate(kind) if k == "co-mention" and source[i] in pos and target[i] in pos]
    if co:
        top = float(edges.loc[edges["kind"] == "co-mention", "weight"].max())
        widths: dict[int, list[int]] = {}
        for i in co:
            widths.setdefault(1 + round(4 * math.sqrt(float(weight[i]) / top)), []).append(i)
        for n, (w, rows) in enumerate(sorted(widths.items())):
            p = np.array([pos[source[i]] for i in rows], dtype=float)
            q = np.array([pos[target[i]] for i in rows], dtype=float)
            xy = np.concatenate([p, q, np.full((len(rows), 2), np.nan)], axis=1)
            xs, ys = xy[:, 0::2].ravel(), xy[:, 1::2].ravel()
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"width": w, "color": "rgba(150,150,150,0.45)"},
                                     hoverinfo="skip", name="co-mention", legendgroup="co-mention",
                                     showlegend=n == 0, meta={"kind": "co-mention", "width": w}))

    score = edges["score"].tolist()
    relations = edges["relations"].tolist() if "relations" in edges else [""] * len(edges)
    hover_x, hover_y, hover_text, hover_score = [], [], [], []
    by_bin: dict[int, list[int]] = {}
    for i, k in enumerate(kind):
        if k == "stance" and source[i] in pos and target[i] in pos and source[i] != target[i]:
            by_bin.setdefault(stance_bin(float(score[i])), []).append(i)
    for b, rows in sorted(by_bin.items()):
        pts = _curves(np.array([pos[source[i]] for i in rows], dtype=float),
                      np.array([pos[target[i]] for i in rows], dtype=float))
        mid = pts[:, pts.shape[1] // 2]
        hover_x.append(mid[:, 0])
        hover_y.append(mid[:, 1])
        for i in rows:
            hover_score.append(max(-1.0, min(1.0, float(score[i]))))
            rel = f"<br>{escape(str(relations[i]))}" if relations[i] else ""
            hover_text.append(f"{escape(str(source[i]))} → {escape(str(target[i]))}<br>"
                              f"mean stance {float(score[i]):+.2f} ({int(weight[i])}){rel}")
        colour = polarity_colour(_bin_score(b))
        xy = np.concatenate([pts, np.full((len(rows), 1, 2), np.nan)], axis=1).reshape(-1, 2)
        xs, ys = xy[:, 0], xy[:, 1]
        per_edge = np.zeros(pts.shape[1] + 1)
        per_edge[-3] = 12  # the arrow head: the last point but one of each curve
        sizes = np.tile(per_edge, len(rows))
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines+markers", name=f"stance: {STANCE_BINS[b][1]}", hoverinfo="skip",
            line={"width": 2, "color": colour},
            marker={"symbol": "arrow", "angleref": "previous", "size": sizes, "color": colour},
            meta={"kind": "stance", "bin": b, "n_edges": len(rows)}))
    if hover_x:
        # numbers on the red-grey-green scale of `polarity_colour`: plotly checks a list of colour
        # strings one by one, which made this trace the slowest part of the figure
        fig.add_trace(go.Scatter(x=np.concatenate(hover_x), y=np.concatenate(hover_y), mode="markers",
                                 hovertext=np.array(hover_text, dtype=object), hoverinfo="text",
                                 marker={"size": 8, "color": np.array(hover_score), "colorscale": HEATMAP_SCALE,
                                         "cmin": -1, "cmax": 1, "opacity": 0.6},
                                 showlegend=False, name="stance edges", meta={"kind": "stance-hover"}))

    values = nodes[size_by].fillna(0).astype(float) if size_by in nodes else pd.Series(0.0, index=nodes.index)
    top = max(float(values.max()), 1.0)
    rank = values.rank(method="first", ascending=False)
    nodes = nodes.assign(_size=10 + 30 * np.sqrt(values / top), type=nodes["type"].fillna("").astype(str),
                         _label=[escape(str(a)) if r <= labels else "" for a, r in zip(nodes["actor"], rank)])
    for t, group in nodes.groupby("type", sort=True):
        fig.add_trace(go.Scatter(
            x=[pos[a][0] for a in group["actor"]], y=[pos[a][1] for a in group["actor"]],
            mode="markers+text", text=list(group["_label"]), textposition="top center",
            customdata=list(group["actor"]), hovertext=[_names_hover(r) for r in group.itertuples()],
            hoverinfo="text", name=t or "actor",
            marker={"size": list(group["_size"]), "color": TYPE_COLOURS.get(t, "#7f7f7f"),
                    "line": {"width": 1, "color": "white"}},
            meta={"kind": "nodes"}))
    xs = np.array([p[0] for p in pos.values()])
    ys = np.array([p[1] for p in pos.values()])
    pad_x, pad_y = 0.15 * (np.ptp(xs) or 1), 0.08 * (np.ptp(ys) or 1)  # room for labels at the edges
    fig.update_layout(height=height, hovermode="closest", margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      xaxis={"visible": False, "range": [xs.min() - pad_x, xs.max() + pad_x]},
                      yaxis={"visible": False, "range": [ys.min() - pad_y, ys.max() + pad_y]},
                      legend={"orientation": "h", "y": -0.02}, plot_bgcolor="white")
    return fig


def stance_heatmap(matrix_df: pd.DataFrame, *, max_actors: int = 40) -> go.Figure:
    """Source (rows) × target (columns) mean stance, from `analysis.network.stance_matrix`.

    Keeps the `max_actors` most involved actors on each axis; the count is in the hover.
    """
    if matrix_df is None or matrix_df.empty:
        return empty_figure("No stances for these filters.")
    m = matrix_df
    sources = m.groupby("source")["count"].sum().sort_values(ascending=False).index[:max_actors]
    targets = m.groupby("target")["count"].sum().sort_values(ascending=False).index[:max_actors]
    m = m[m["source"].isin(sources) & m["target"].isin(targets)]
    row, col = sources.get_indexer(m["source"]), targets.get_indexer(m["target"])  # one matrix row per pair
    z = np.full((len(sources), len(targets)), np.nan)
    z[row, col] = m["score"].to_numpy(dtype=float)
    n = np.zeros((len(sources), len(targets)), dtype=int)
    n[row, col] = m["count"].to_numpy(dtype=int)
    fig = go.Figure(go.Heatmap(
        z=z, x=[escape(str(t)) for t in targets], y=[escape(str(s)) for s in sources],
        customdata=n, zmin=-1, zmax=1, zmid=0, colorscale=HEATMAP_SCALE,
        hovertemplate="%{y} → %{x}<br>mean stance %{z:+.2f} (%{customdata})<extra></extra>",
        colorbar={"title": {"text": "stance"}}))
    fig.update_layout(height=max(300, 28 * len(sources) + 160), margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      plot_bgcolor="#f7f7f7",  # no stance: a blank cell, not a neutral one
                      xaxis={"title": {"text": "target"}, "side": "top", "showgrid": False},
                      yaxis={"title": {"text": "source"}, "autorange": "reversed", "showgrid": False})
    return fig


def timeline_figure(timeline_df: pd.DataFrame, *, metric: str = "mentions", actor_col: str = "actor",
                    period_col: str = "period", per_articles: bool = False) -> go.Figure:
    """One line per actor over time; each point's `customdata` is [actor, period] for selection.

    `per_articles`: the counts were normalised per 1,000 articles of the period (axis label)."""
    if timeline_df is None or timeline_df.empty or metric not in timeline_df:
        return empty_figure("No dated data for these actors.")
    df = timeline_df.dropna(subset=[metric]).sort_values([actor_col, period_col])
    if df.empty:
        return empty_figure("No dated data for these actors.")
    fig = go.Figure()
    label = METRIC_LABELS.get(metric, metric)
    if per_articles and not metric.endswith("stance"):
        label += " per 1,000 articles"
    for actor, group in df.groupby(actor_col, sort=True):
        periods = pd.to_datetime(group[period_col])
        fig.add_trace(go.Scatter(
            x=periods, y=group[metric], mode="lines+markers", name=escape(str(actor)),
            customdata=[[actor, p.date().isoformat()] for p in periods],
            hovertemplate=f"{escape(str(actor))}<br>%{{x|%Y-%m-%d}}: %{{y}}<extra></extra>"))
    fig.update_layout(height=420, margin={"l": 10, "r": 10, "t": 30, "b": 10}, hovermode="closest",
                      yaxis={"title": {"text": label}}, legend={"orientation": "h", "y": -0.15})
    if metric.endswith("stance"):
        fig.update_yaxes(range=[-1.05, 1.05], zeroline=True)
    return fig


def top_bar_figure(df: pd.DataFrame, *, label: str, value: str, title: str = "", limit: int = 20,
                   colour_by_score: str | None = None) -> go.Figure:
    """Horizontal bars of the top `limit` rows by `value`; optionally coloured by a stance column."""
    if df is None or df.empty:
        return empty_figure("Nothing to show.")
    top = df.sort_values(value, ascending=False).head(limit).iloc[::-1]
    colours = ([polarity_colour(0 if pd.isna(s) else s) for s in top[colour_by_score]]
               if colour_by_score else "#1f77b4")
    fig = go.Figure(go.Bar(x=top[value], y=[escape(str(v)) for v in top[label]], orientation="h",
                           marker={"color": colours}, customdata=list(top[label]),
                           hovertemplate="%{y}: %{x}<extra></extra>"))
    fig.update_layout(height=max(250, 24 * len(top) + 80), margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      title={"text": escape(title)} if title else None, xaxis={"title": {"text": value}})
    return fig
