from ui.setup import page_setup

page = page_setup("Relations")

from functools import partial  # noqa: E402

import streamlit as st  # noqa: E402

from analysis import network  # noqa: E402
from ui import relations_data  # noqa: E402
from ui.render import md_escape, render_downloads  # noqa: E402
from ui.report import render_report_download, view_filters  # noqa: E402

corpus = page.corpus
st.title("Relations")
st.caption("Who is named with whom (grey: same paragraph), and who speaks for (green) or against (red) "
           "whom (arrows, coloured by the mean stance score).")

actor_types = sorted(t for t in corpus.actors["type"].dropna().unique().tolist() if t)
relation_types = [network.CO_MENTION] + sorted(r for r in corpus.stances["relation"].dropna().unique().tolist() if r)
with st.sidebar:
    st.subheader("Network")
    types = st.multiselect("Actor types", actor_types, key="types", bind="query-params",
                           placeholder="all types")
    relations = st.multiselect("Relation types", relation_types, key="relation", bind="query-params",
                               placeholder="all relations")
    min_weight = st.slider("Minimum weight", 1, 20, 1, key="min_weight", bind="query-params",
                           help="Paragraphs shared (co-mention) or stances (stance edge) needed to draw an edge.")
    top = st.slider("Actors shown (most mentioned)", 5, 300, 60, step=5, key="top", bind="query-params")
    size_by = st.radio("Node size", ["statements", "mentions"], key="size", bind="query-params", horizontal=True)
    isolates = st.checkbox("Show actors without edges", key="isolates", bind="query-params")

view = relations_data.network_view(page, actor_types=types or None, min_weight=min_weight,
                                   relations=relations or None, max_actors=top, drop_isolates=not isolates)
graph, edges, centrality, matrix = view.graph, view.edges, view.centrality, view.matrix
network_fig = relations_data.network_figure(view, size_by=f"n_{size_by}")
chart, side = st.columns([2, 1])
with chart:
    event = st.plotly_chart(
        network_fig, key="network",
        on_select="rerun", selection_mode="points", config={"displaylogo": False})
    points = ((event or {}).get("selection") or {}).get("points") or []
    picked = [p.get("customdata") for p in points if p.get("customdata")]
    if picked and isinstance(picked[0], str):
        st.page_link("pages/6_Actors.py", label=f"Profile of {md_escape(picked[0])}", icon="👤",
                     query_params={"actor": picked[0]})
    st.caption(f"{graph.number_of_nodes()} actors · {len(edges)} edges")
with side:
    st.subheader("Centrality")
    centrality = centrality[["actor", "degree", "weighted_degree", "betweenness", "pagerank"]]
    st.dataframe(centrality, hide_index=True, height=480, key="centrality",
                 column_config={"actor": st.column_config.TextColumn(width="medium"),
                                "degree": st.column_config.NumberColumn(width="small"),
                                "weighted_degree": st.column_config.NumberColumn("weighted", width="small"),
                                "betweenness": st.column_config.NumberColumn(format="%.3f"),
                                "pagerank": st.column_config.NumberColumn(format="%.3f")})
    render_downloads(centrality, name="centrality", key="centrality")

st.subheader("Who is for or against whom")
heatmap = relations_data.stance_heatmap(view)
st.plotly_chart(heatmap, key="heatmap", config={"displaylogo": False})
with st.expander(f"Stance matrix ({len(matrix)} pairs)"):
    st.dataframe(matrix, hide_index=True, key="matrix_table")
render_downloads(matrix, name="stance_matrix", key="matrix")

st.subheader("Edges")
with st.expander(f"Edge list ({len(edges)} edges)"):
    st.dataframe(edges, hide_index=True, key="edge_table")
render_downloads(edges, name="edges", key="edges")
gexf, graphml = st.columns(2)
gexf.download_button("Network as GEXF", partial(network.to_gexf, graph), file_name="actorlens_network.gexf",
                     mime="application/xml", key="gexf", on_click="ignore")
graphml.download_button("Network as GraphML", partial(network.to_graphml, graph),
                        file_name="actorlens_network.graphml", mime="application/xml", key="graphml", on_click="ignore")
render_report_download(
    "Relations", key="relations",
    filters=view_filters(page, **{"actor types": types, "relation types": relations, "minimum weight": min_weight,
                                  "actors shown": top, "actors without edges": isolates}),
    figures={"Network": network_fig, "Stance matrix": heatmap},
    tables={"Centrality": centrality, "Stance matrix": matrix, "Edges": edges})
