from ui.setup import page_setup

page = page_setup("Relations")

from functools import partial  # noqa: E402

import streamlit as st  # noqa: E402

from analysis import network  # noqa: E402
from ui import cache, relations_data  # noqa: E402
from ui.render import md_escape, plural, render_downloads, table_height  # noqa: E402
from ui.report import render_report_download, view_filters  # noqa: E402

st.title("Relations")
st.caption("Who speaks for (purple) or against (orange) whom: arrows coloured by the mean stance score. "
           "Faint grey lines: named in the same paragraph.")

actor_types = cache.ask(page, "actor_types")
relation_types = [network.CO_MENTION] + cache.ask(page, "relation_types")
with st.sidebar:
    st.subheader("Network")
    types = st.multiselect("Actor types", actor_types, key="types", bind="query-params",
                           placeholder="all types")
    relations = st.multiselect("Relation types", relation_types, key="relation", bind="query-params",
                               placeholder="all relations")
    min_weight = st.slider("Minimum weight", 1, 20, 1, key="min_weight", bind="query-params",
                           help="Paragraphs shared (co-mention) or stances (stance edge) needed to draw an edge.")
    min_confidence = st.slider("Minimum stance confidence", 0.0, 1.0, network.DEFAULT_MIN_CONFIDENCE, step=0.05,
                               key="min_conf", bind="query-params",
                               help="Stance rows whose rule is trusted less are left out of the network and matrix.")
    top = st.slider("Actors considered (most mentioned)", 5, 300, 60, step=5, key="top", bind="query-params",
                    help="The network, centrality table and stance matrix cover these actors.")
    drawn = st.slider("Actors drawn (most connected)", 5, 40, 15, key="drawn", bind="query-params",
                      help="The chart draws the actors with most distinct neighbours, every one labelled.")
    co_mention = st.radio("Co-mention edges", ["faded", "off"], key="co_mention", bind="query-params",
                          horizontal=True)
    size_by = st.radio("Node size", ["statements", "mentions"], key="size", bind="query-params", horizontal=True)
    isolates = st.checkbox("Show actors without edges", key="isolates", bind="query-params")

view = relations_data.network_view(page, actor_types=types or None, min_weight=min_weight,
                                   relations=relations or None, max_actors=top, drop_isolates=not isolates,
                                   min_confidence=min_confidence)
graph, edges, matrix = view.graph, view.edges, view.matrix
centrality = relations_data.sorted_centrality(view)
ego = st.selectbox("Focus on an actor", centrality["actor"].tolist(), index=None, key="ego", bind="query-params",
                   placeholder=f"Everyone: the {drawn} most connected actors",
                   help="Draw one actor and its neighbours only.")
shown_actors = relations_data.drawn_actors(view, top=drawn, ego=ego)
network_fig = relations_data.network_figure(view, size_by=f"n_{size_by}", actors=shown_actors, co_mention=co_mention,
                                            ego=ego if ego in shown_actors else None)
chart, side = st.columns([3, 2])
with chart:
    event = st.plotly_chart(
        network_fig, key="network",
        on_select="rerun", selection_mode="points", config={"displaylogo": False})
    points = ((event or {}).get("selection") or {}).get("points") or []
    picked = [p.get("customdata") for p in points if p.get("customdata")]
    if picked and isinstance(picked[0], str):
        st.page_link("pages/6_Actors.py", label=f"Profile of {md_escape(picked[0])}", icon=":material/person:",
                     query_params={"actor": picked[0]})
    st.caption(f"Drawn: {plural(len(shown_actors), 'actor')}"
               + (f" ({md_escape(ego)} and its neighbours)" if ego else "")
               + f" · network: {plural(graph.number_of_nodes(), 'actor')}, {plural(len(edges), 'edge')}")
with side:
    st.subheader("Centrality", anchor=False)
    centrality = centrality[["actor", "degree", "weighted_degree", "betweenness", "pagerank"]]
    st.dataframe(centrality, hide_index=True, height=table_height(len(centrality), most=14), key="centrality",
                 column_config={"actor": st.column_config.TextColumn(width=130),
                                "degree": st.column_config.NumberColumn(width=58),
                                "weighted_degree": st.column_config.NumberColumn("weighted", width=68),
                                "betweenness": st.column_config.NumberColumn("between", width=62, format="%.3f"),
                                "pagerank": st.column_config.NumberColumn(width=66, format="%.3f")})
    render_downloads(centrality, name="centrality", key="centrality")

st.subheader("Who is for or against whom")
heatmap = relations_data.stance_heatmap(view)
st.plotly_chart(heatmap, key="heatmap", config={"displaylogo": False})
with st.expander(f"Stance matrix ({plural(len(matrix), 'pair')})"):
    st.dataframe(matrix, hide_index=True, key="matrix_table")
render_downloads(matrix, name="stance_matrix", key="matrix")

st.subheader("Edges")
with st.expander(f"Edge list ({plural(len(edges), 'edge')})"):
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
                                  "minimum stance confidence": min_confidence,
                                  "actors considered": top, "actors drawn": drawn, "focus": ego,
                                  "co-mention edges": co_mention, "actors without edges": isolates}),
    figures={"Network": network_fig, "Stance matrix": heatmap},
    tables={"Centrality": centrality, "Stance matrix": matrix, "Edges": edges})
