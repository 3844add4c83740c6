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

NEGATIVE, GREY, POSITIVE = (179, 88, 6), (150, 150, 150), (84, 39, 136)
"""Orange ← grey → purple (ColorBrewer PuOr ends): told apart with every common colour-vision
deficiency, unlike red/green."""
STANCE_BINS = [  # (upper bound of the bin, label); scores in [-1, 1]
    (-0.6, "strongly negative"), (-0.2, "negative"), (0.2, "neutral"), (0.6, "positive"), (1.0, "strongly positive"),
]
TYPE_COLOURS = {"person": "#0072B2", "organisation": "#009E73", "institution": "#56B4E9",
                "country": "#C9A600", "group": "#999933"}
"""Okabe-Ito hues, none of them the stance edges' orange or purple."""
METRIC_LABELS = {"mentions": "Mentions", "statements": "Statements", "mean_stance": "Mean stance"}
HEATMAP_SCALE = [[0.0, "rgb(%d,%d,%d)" % NEGATIVE], [0.25, "rgb(241,163,64)"], [0.5, "rgb(247,247,247)"],
                 [0.75, "rgb(153,142,195)"], [1.0, "rgb(%d,%d,%d)" % POSITIVE]]
"""PuOr, diverging through near-white: neutral is the lightest cell, so it never looks like no data."""
NO_DATA_COLOUR = "rgb(110,110,110)"
"""Cells without any stance: a dark grey, far from the near-white neutral and from both hues."""
EDGE_SCALE = [[0.0, "rgb(%d,%d,%d)" % NEGATIVE], [0.5, "rgb(%d,%d,%d)" % GREY], [1.0, "rgb(%d,%d,%d)" % POSITIVE]]
LABEL_CHAR_PX, LABEL_HEIGHT_PX = 7.2, 16
"""A generous estimate of a 12 px label's size in plotly's font, for placing network labels apart."""
NETWORK_MIN_WIDTH = 520
"""Plot width (px) the network labels are spread for; a wider chart only spreads them further."""
NETWORK_MARGIN = {"l": 10, "r": 10, "t": 30, "b": 90}
FREQ_DAYS = {"D": 1, "W": 7, "M": 30.44}


def polarity_colour(score: float) -> str:
    """Orange (−1) → grey (0) → purple (+1), as an `rgb()` string."""
    s = max(-1.0, min(1.0, float(score)))
    end = NEGATIVE if s < 0 else POSITIVE
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


def _layout(nodes: pd.DataFrame, edges: pd.DataFrame, seed: int, aspect: float = 1.0) -> dict[str, np.ndarray]:
    """Seeded spring layout of each connected component, the components packed side by side in
    rows to fill a canvas of `aspect` (width / height), scaled to [0, 1] on both axes.

    One spring layout of the whole graph throws small components to the far corners and leaves
    the main one in a quarter of the canvas; log weights keep heavy hubs from collapsing it."""
    import networkx as nx  # here, not at the top: only the Relations page draws a network (~0.1 s import)

    g = nx.Graph()
    g.add_nodes_from(nodes["actor"])
    weights: dict[tuple[str, str], float] = {}  # summed in edge order, either direction
    for source, target, weight in zip(edges["source"].tolist(), edges["target"].tolist(), edges["weight"].tolist()):
        if source in g and target in g and source != target:
            pair = (target, source) if (target, source) in weights else (source, target)
            weights[pair] = weights.get(pair, 0) + float(weight)
    g.add_edges_from((a, b, {"weight": 1 + math.log(max(w, 1))}) for (a, b), w in weights.items())
    order = {n: i for i, n in enumerate(nodes["actor"])}
    components = sorted((sorted(c, key=order.get) for c in nx.connected_components(g)),
                        key=lambda c: (-len(c), order[c[0]]))
    boxes = []  # (side, positions in [0, side]^2) per component
    for members in components:
        side = math.sqrt(len(members))
        if len(members) == 1:
            boxes.append((side, {members[0]: np.array([0.5, 0.5])}))
            continue
        sub = g.subgraph(members)
        raw = nx.spring_layout(sub, seed=seed, weight="weight", k=2.5 / math.sqrt(len(members)), iterations=100)
        xy = np.array([raw[n] for n in members])
        lo, span = xy.min(axis=0), np.ptp(xy, axis=0)
        span[span == 0] = 1
        xy = 0.1 * side + 0.8 * side * (xy - lo) / span
        boxes.append((side, dict(zip(members, xy))))
    total = sum(side * side for side, _ in boxes)
    width = max(max(side for side, _ in boxes), math.sqrt(total * aspect))
    placed: dict[str, np.ndarray] = {}
    x = y = row_height = 0.0
    for side, positions in boxes:  # shelf packing, biggest first
        if x > 0 and x + side > width + 1e-9:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, p in positions.items():
            placed[n] = np.array([x + p[0], y + p[1]])
        x, row_height = x + side, max(row_height, side)
    xy = np.array(list(placed.values()))
    lo, span = xy.min(axis=0), np.ptp(xy, axis=0)
    scale = np.where(span > 0, span, 1)
    fitted = (xy - lo) / scale
    fitted[:, 1] = 1 - fitted[:, 1]  # first row at the top
    fitted[:, span == 0] = 0.5
    return dict(zip(placed, fitted))


def label_boxes(x: np.ndarray, y: np.ndarray, labels: list[str], radii: np.ndarray) -> np.ndarray:
    """Pixel boxes (x0, y0, x1, y1; y up) of labels drawn centred above markers at (x, y)."""
    half = np.array([LABEL_CHAR_PX * len(t) / 2 + 2 for t in labels])
    bottom = y + radii + 1
    return np.stack([x - half, bottom, x + half, bottom + LABEL_HEIGHT_PX], axis=1)


def _spread(x: np.ndarray, y: np.ndarray, labels: list[str], radii: np.ndarray, width: float,
            iterations: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Move nodes (pixels) until no node's box — its marker and its label above it — overlaps
    another's: vertically, so the canvas only grows in height, and sideways within `width` when
    two nodes sit on one spot."""
    x, y = x.astype(float).copy(), y.astype(float).copy()
    half = np.array([max(LABEL_CHAR_PX * len(t) / 2 + 2, r) for t, r in zip(labels, radii)])
    up = radii + 1 + LABEL_HEIGHT_PX  # label above the marker
    order = np.arange(len(x))
    for _ in range(iterations):
        ox = np.minimum.outer(x + half, x + half) - np.maximum.outer(x - half, x - half)
        oy = np.minimum.outer(y + up, y + up) - np.maximum.outer(y - radii, y - radii)
        hit = (ox > 0) & (oy > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        # i below j (ties by index): i moves down and j up, half the overlap each
        below = (y[:, None] < y[None, :]) | ((y[:, None] == y[None, :]) & (order[:, None] < order[None, :]))
        step = np.where(hit, oy / 2 + 0.5, 0.0)
        y += (np.where(below, -step, step)).sum(axis=1) / np.maximum(hit.sum(axis=1), 1)
        stacked = hit & (np.abs(y[:, None] - y[None, :]) < 1) & (ox > 0.9 * (half[:, None] + half[None, :]))
        if stacked.any():  # on one spot: also sideways
            left = (x[:, None] < x[None, :]) | ((x[:, None] == x[None, :]) & (order[:, None] < order[None, :]))
            x += np.where(stacked, np.where(left, -2.0, 2.0), 0.0).sum(axis=1)
            x = np.clip(x, half, width - half)
    return x, y


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
                   size_by: str = "n_statements", height: int = 650, co_mention: str = "faded") -> go.Figure:
    """Actor network: nodes sized by `size_by`, co-mention edges, coloured stance arrows.

    `nodes_df`/`edges_df` are `analysis.network.node_table` / `edge_list`; pass the few actors
    to draw (the page picks them). Every node is labelled and no two labels overlap on a plot at
    least `NETWORK_MIN_WIDTH` pixels wide: nodes are moved apart, and the figure grows taller
    when they need the room. Node points carry the actor name as `customdata`, so a selection
    event tells the page which actor was clicked. `co_mention`: "faded" (thin, light) or "off".
    """
    if nodes_df is None or nodes_df.empty:
        return empty_figure("No actors match these filters.")
    nodes = nodes_df.reset_index(drop=True)
    edges = edges_df if edges_df is not None else pd.DataFrame(columns=["source", "target", "kind", "weight", "score"])
    if co_mention == "off":
        edges = edges[edges["kind"] != "co-mention"]

    values = nodes[size_by].fillna(0).astype(float) if size_by in nodes else pd.Series(0.0, index=nodes.index)
    diameters = (8 + 22 * np.sqrt(values / max(float(values.max()), 1.0))).to_numpy()
    labels = [escape(str(a)) for a in nodes["actor"]]
    width = NETWORK_MIN_WIDTH
    plot_height = height - NETWORK_MARGIN["t"] - NETWORK_MARGIN["b"]
    unit = _layout(nodes, edges, layout_seed, aspect=width / plot_height)
    radii = diameters / 2
    pad_x = min(max(LABEL_CHAR_PX * len(t) / 2 + 4 for t in labels), width / 3)
    pad_y = float(radii.max()) + LABEL_HEIGHT_PX + 4
    u = np.array([unit[a] for a in nodes["actor"]], dtype=float)
    x, y = _spread(pad_x + u[:, 0] * (width - 2 * pad_x), pad_y + u[:, 1] * (plot_height - 2 * pad_y),
                   labels, radii, width)
    low, high = float((y - radii).min()) - 4, float((y + radii + LABEL_HEIGHT_PX).max()) + 4
    if high - low < plot_height:
        mid = (low + high) / 2
        low, high = mid - plot_height / 2, mid + plot_height / 2
    height = round(high - low) + NETWORK_MARGIN["t"] + NETWORK_MARGIN["b"]
    pos = {a: (float(px), float(py)) for a, px, py in zip(nodes["actor"], x, y)}
    fig = go.Figure()

    # columns as lists once: iterating rows of Arrow-backed columns cost more than drawing them
    source, target, kind = edges["source"].tolist(), edges["target"].tolist(), edges["kind"].tolist()
    weight = edges["weight"].tolist()
    co = [i for i, k in enumerate(kind) if k == "co-mention" and source[i] in pos and target[i] in pos]
    if co:
        top = float(edges.loc[edges["kind"] == "co-mention", "weight"].max())
        widths: dict[int, list[int]] = {}
        for i in co:
            widths.setdefault(1 + round(2 * math.sqrt(float(weight[i]) / top)), []).append(i)
        for n, (w, rows) in enumerate(sorted(widths.items())):
            p = np.array([pos[source[i]] for i in rows], dtype=float)
            q = np.array([pos[target[i]] for i in rows], dtype=float)
            xy = np.concatenate([p, q, np.full((len(rows), 2), np.nan)], axis=1)
            xs, ys = xy[:, 0::2].ravel(), xy[:, 1::2].ravel()
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"width": w, "color": "rgba(150,150,150,0.18)"},
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
            line={"width": 2, "color": colour}, opacity=0.7,
            marker={"symbol": "arrow", "angleref": "previous", "size": sizes, "color": colour},
            meta={"kind": "stance", "bin": b, "n_edges": len(rows)}))
    if hover_x:
        # numbers on the orange-grey-purple scale of `polarity_colour`: plotly checks a list of colour
        # strings one by one, which made this trace the slowest part of the figure
        fig.add_trace(go.Scatter(x=np.concatenate(hover_x), y=np.concatenate(hover_y), mode="markers",
                                 hovertext=np.array(hover_text, dtype=object), hoverinfo="text",
                                 marker={"size": 8, "color": np.array(hover_score), "colorscale": EDGE_SCALE,
                                         "cmin": -1, "cmax": 1, "opacity": 0.6},
                                 showlegend=False, name="stance edges", meta={"kind": "stance-hover"}))

    nodes = nodes.assign(_size=diameters, type=nodes["type"].fillna("").astype(str), _label=labels)
    for t, group in nodes.groupby("type", sort=True):
        fig.add_trace(go.Scatter(
            x=[pos[a][0] for a in group["actor"]], y=[pos[a][1] for a in group["actor"]],
            mode="markers+text", text=list(group["_label"]), textposition="top center",
            textfont={"size": 12, "color": "#111"}, customdata=list(group["actor"]),
            hovertext=[_names_hover(r) for r in group.itertuples()],
            hoverinfo="text", name=t or "actor",
            marker={"size": list(group["_size"]), "color": TYPE_COLOURS.get(t, "#7f7f7f"),
                    "line": {"width": 1, "color": "white"}},
            meta={"kind": "nodes"}))
    fig.update_layout(height=height, hovermode="closest", margin=NETWORK_MARGIN,
                      xaxis={"visible": False, "range": [0, width], "fixedrange": False},
                      yaxis={"visible": False, "range": [low, high]},
                      legend={"orientation": "h", "y": -0.01, "yanchor": "top"}, plot_bgcolor="white",
                      meta={"min_width": width, "label_char_px": LABEL_CHAR_PX, "label_height_px": LABEL_HEIGHT_PX})
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
        colorbar={"title": {"text": "mean stance"}, "tickvals": [-1, 0, 1],
                  "ticktext": ["−1 against", "0 neutral", "+1 for"]}))
    fig.add_annotation(text="dark grey: no stance recorded", xref="paper", yref="paper", x=1, y=0,
                       yanchor="top", xanchor="right", yshift=-6, showarrow=False,
                       font={"size": 12, "color": NO_DATA_COLOUR})
    fig.update_layout(height=max(300, 28 * len(sources) + 160), margin={"l": 10, "r": 10, "t": 30, "b": 30},
                      plot_bgcolor=NO_DATA_COLOUR,  # no stance: a dark cell, never the near-white neutral
                      xaxis={"title": {"text": "target"}, "side": "top", "showgrid": False},
                      yaxis={"title": {"text": "source"}, "autorange": "reversed", "showgrid": False})
    return fig


DAY_MS = 86_400_000
TICK_STEPS = {"D": [1, 2, 7, 14, 28, 56, 91, 182, 364, 728], "W": [1, 2, 4, 8, 13, 26, 52, 104],
              "M": [1, 2, 3, 6, 12, 24, 60]}
"""Tick spacings per period, in days (D), weeks (W) or months (M): always whole periods."""
MAX_TICKS = 10


def date_axis(first: pd.Timestamp, last: pd.Timestamp, freq: str = "W") -> dict:
    """X-axis settings for periods from `first` to `last`: ticks every whole number of periods
    (never a time of day, even for a single point) and a range half a period beyond each end."""
    freq = freq if freq in TICK_STEPS else "D"
    days = FREQ_DAYS.get(freq, 1)
    periods = max((last - first).days / days, 0)
    step = next((k for k in TICK_STEPS[freq] if periods / k <= MAX_TICKS - 1), TICK_STEPS[freq][-1])
    half = pd.Timedelta(days=days / 2)
    if freq == "M":
        dtick, tickformat = f"M{step}", "%b %Y"
    else:
        dtick, tickformat = step * days * DAY_MS, "%b %-d, %Y"
    return {"type": "date", "range": [first - half, last + half], "dtick": dtick, "tick0": first,
            "tickformat": tickformat, "hoverformat": "%Y-%m-%d"}


def timeline_figure(timeline_df: pd.DataFrame, *, metric: str = "mentions", actor_col: str = "actor",
                    period_col: str = "period", per_articles: bool = False, freq: str = "W") -> go.Figure:
    """One line per actor over time; each point's `customdata` is [actor, period] for selection.

    `per_articles`: the counts were normalised per 1,000 articles of the period (axis label).
    `freq` (D, W, M): the period of the points, which sets the date ticks (`date_axis`)."""
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
    periods = pd.to_datetime(df[period_col])
    fig.update_layout(height=420, margin={"l": 10, "r": 10, "t": 30, "b": 10}, hovermode="closest",
                      xaxis=date_axis(periods.min(), periods.max(), freq),
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
