from ui.setup import page_setup

page = page_setup("Timelines")

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from ui import cache, figures, relations_data, state  # noqa: E402
from ui.state import article_links  # noqa: E402
from ui.render import md_escape, plural, render_downloads  # noqa: E402
from ui.report import render_report_download, view_filters  # noqa: E402

# measure as shown (and kept in the URL) -> timeline column; stance is the actor's own, as speaker
METRICS = {"mentions": "mentions", "statements": "statements", "stance": "mean_stance"}
FREQS = {"day": "D", "week": "W", "month": "M"}
UNDATED = "undated"
DATES_HELP = (
    "ActorLens reads an article's date from, in this order: a `date` (or `published`, `datePublished`) "
    "field of a JSON, JSON Lines or CSV record; the publication-date metadata of an HTML page "
    "(`article:published_time`, `<time datetime>`, JSON-LD); a written-out or ISO date near the top of "
    "the text (\"2019-10-04\", \"October 4, 2019\"); a `YYYY-MM-DD` in the file name. "
    "When uploading on the **Overview**, *Date for undated articles* sets one date for every uploaded "
    "article that has none.")

st.title("Timelines")
ranked = cache.ask(page, "top_actors", None, page.filters)["actor"].tolist()

picked = st.multiselect("Actors", ranked, default=ranked[:3], key="actor", bind="query-params",
                        max_selections=12, placeholder="choose actors to compare")
c1, c2, c3 = st.columns([2, 2, 1])
measure = c1.radio("Measure", list(METRICS), key="metric", bind="query-params", horizontal=True,
                   help="stance: the mean score of the actor's own stances (as speaker), from −1 to +1.")
per = c2.radio("Per", list(FREQS), index=1, key="per", bind="query-params", horizontal=True)
freq = FREQS[per]
normalise = c3.toggle("Per 1,000 articles", key="normalise", bind="query-params",
                      help="Divide counts by the number of articles in the period, so a busy news week does "
                           "not look like attention to one actor.")

if not picked:
    st.info("Choose one or more actors.")
    st.stop()

series = relations_data.actor_timeline(page, picked, freq=freq, normalise=normalise)
chart = figures.timeline_figure(series, metric=METRICS[measure], per_articles=normalise, freq=freq)
event = st.plotly_chart(chart, key="timeline", on_select="rerun",
                        selection_mode="points", config={"displaylogo": False})
undated = cache.ask(page, "undated_counts", tuple(picked), filters=page.filters)
if undated.articles:
    st.caption(f"{plural(undated.articles, 'undated article')} not on the time axis "
               f"({plural(int(undated.by_actor['mentions'].sum()), 'mention')} and "
               f"{plural(int(undated.by_actor['statements'].sum()), 'statement')} of these actors).")
    with st.expander("How do articles get a date?", expanded=undated.articles >= page.n_shown,
                     icon=":material/calendar_month:"):
        st.markdown(DATES_HELP)
    with st.expander("Undated mentions and statements per actor"):
        st.dataframe(undated.by_actor, hide_index=True, key="undated_table")
        render_downloads(undated.by_actor, name="undated", key="undated")
with st.expander("Timeline table"):
    st.dataframe(series, hide_index=True, key="series_table")
    render_downloads(series, name="timeline", key="series")

st.subheader("Statements behind a point")
points = ((event or {}).get("selection") or {}).get("points") or []
clicked = [p["customdata"] for p in points if p.get("customdata")]
periods = sorted({p.date().isoformat() for p in pd.to_datetime(series["period"])}, reverse=True)
said = cache.ask(page, "speakers", page.filters)
speakers = [a for a in sorted(picked, key=lambda a: -said.get(a, 0)) if said.get(a, 0)]
actor = period = None
if clicked:
    actor, period = clicked[0][0], clicked[0][1]
    st.caption(f"Clicked: {md_escape(actor)}, {per} of {period}")
elif not speakers:
    st.info("None of these actors is quoted in this corpus: no statements to show.")
else:
    a, p = st.columns(2)
    actor = a.selectbox("Actor", speakers, key="point_actor",
                        format_func=lambda a: f"{a} ({plural(int(said[a]), 'statement')})")
    busy = series[(series["actor"] == actor) & (series["statements"] > 0)]["period"]
    options = [d.date().isoformat() for d in pd.to_datetime(busy).sort_values(ascending=False)] + [UNDATED]
    period = p.selectbox(f"{per.capitalize()} starting", options + [d for d in periods if d not in options],
                         key="point_period", help="Or click a point on the chart.")
behind = (cache.ask(page, "statements_in_period", actor, None if period == UNDATED else period, freq=freq,
                     filters=page.filters) if actor else pd.DataFrame())
if actor and behind.empty:
    st.info(f"No statements of {md_escape(actor)} in this {per if period != UNDATED else 'set of undated articles'}.")
elif actor:
    shown = behind[["date", "title", "speaker", "kind", "text", "article_id", "id"]].assign(link=article_links(
        {state.ARTICLE: behind["article_id"], state.STATEMENT: behind["id"]}))
    st.dataframe(shown, hide_index=True, key="behind",
                 column_config={"link": st.column_config.LinkColumn("open", display_text="article ↗")})
    render_downloads(shown, name=f"statements_{actor}_{period}", key="behind_dl")
render_report_download(
    "Timelines", key="timelines", figures={f"{measure.capitalize()} per {per}": chart},
    filters=view_filters(page, actors=picked, measure=measure, per=per, **{"per 1,000 articles": normalise}),
    tables={"Timeline": series, f"Statements of {actor}, {per} of {period}": behind},
    notes=[f"{plural(undated.articles, 'undated article')} not on the time axis."] if undated.articles else ())
