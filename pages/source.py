"""One source: who they are, every claim they made, their track record and how they were quoted."""
import streamlit as st

from factcheck import charts, filters, models, queries
from factcheck.highlight import escape_markdown
from pages.common import enter_via_app, get_store, id_from_url, run

enter_via_app(__file__)
store = get_store()

source_id, _ = id_from_url()


def _load(con, source_id):
    source = queries.source_detail(con, source_id)
    if source is None:
        return None, None, None, None
    where = filters.build_where({"speaker_id": str(source_id)})
    verdicts, attributions = queries.source_breakdown(con, source_id)
    return source, verdicts, attributions, queries.claims_table(con, where, "said_at", 500, 0)


source, verdicts, attributions, claims = (run(store.read, _load, source_id) if source_id is not None
                                          else (None, None, None, None))
if source is None:
    st.title("Source")
    st.info("No such source. Pick one from the list of sources.")
    st.page_link("pages/sources.py", label="All sources", icon=":material/arrow_back:")
    st.stop()

st.page_link("pages/sources.py", label="All sources", icon=":material/arrow_back:")
st.title(escape_markdown(source["name"]))
st.markdown(" · ".join(escape_markdown(part) for part in
                       (source["kind_label"], source["role"], source["country"]) if part))
filtered = {"speaker_id": str(source_id)}
st.page_link("pages/claims.py", label=f"Open their {len(claims):,} claims in the claims view",
             icon=":material/filter_alt:", query_params=filtered)

left, right = st.columns(2)
event = left.plotly_chart(charts.verdict_donut(verdicts, "Track record"), key="source_verdicts",
                          on_select="rerun", selection_mode="points")
picked = charts.filters_from_selection(event)
if picked:
    st.switch_page("pages/claims.py", query_params={**filtered, **picked})
attribution_fig = charts.attribution_chart(attributions)
attribution_fig.update_layout(title="How they were attributed")
right.plotly_chart(attribution_fig, key="source_attributions")

st.subheader("Their claims")
st.dataframe(claims.assign(Open="claim?id=" + claims["ID"].astype(str)).style.map(
                 charts.verdict_badge_css, subset=["Verdict"]), hide_index=True, key="source_claims",
             column_order=["Open", "Claim", "How", "Cue", "Said on", "Hedges", "Workflow", "Verdict"],
             column_config={"Open": st.column_config.LinkColumn("Open", display_text="Open", width="small"),
                            "Claim": st.column_config.TextColumn("Claim", width="large"),
                            "Said on": st.column_config.DateColumn("Said on", format="YYYY-MM-DD")})
st.caption(f"{models.NO_VERDICT_LABEL} counts as unrated in the track record.")
