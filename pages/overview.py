"""Overview: where the desk stands, at a glance. Click a bar or point to see the claims behind it."""
import streamlit as st

from factcheck import charts, queries
from factcheck.highlight import escape_markdown
from pages.common import cached, enter_via_app, get_store

enter_via_app(__file__)
store = get_store()
st.title("Overview")


data = cached(queries.overview)
stats = data["stats"]
claims = stats["claims"]
if claims == 0:
    st.info("No claims yet. Load the sample with `python -m factcheck init`, then reload this page.")
    st.stop()

reviewed = claims - stats["claims_by_workflow"]["unreviewed"]
with_verdict = claims - stats["claims_by_verdict"]["none"]
cols = st.columns(5)
cols[0].metric("Claims", f"{claims:,}", help=f"From {stats['articles']:,} article(s) and {stats['sources']:,} sources")
cols[1].metric("Reviewed", f"{reviewed / claims:.0%}", help=f"{reviewed:,} claims past Unreviewed")
cols[2].metric("With a verdict", f"{with_verdict / claims:.0%}", help=f"{with_verdict:,} claims")
cols[3].metric("Needs second review", f"{stats['claims_by_workflow']['needs_second_review']:,}")
cols[4].metric("Figures", f"{stats['figures']:,}")
st.caption("Click a bar or a point to open the claims behind it.")


def chart(container, figure, key: str) -> None:
    """A chart whose selection opens the claims view filtered to what was clicked."""
    event = container.plotly_chart(figure, key=key, on_select="rerun", selection_mode=("points", "box"))
    wanted = charts.filters_from_selection(event)
    if wanted:
        st.switch_page("pages/claims.py", query_params=wanted)


left, right = st.columns(2)
chart(left, charts.status_chart(data["status"]), "overview_status_chart")
chart(right, charts.attribution_chart(data["attribution"]), "overview_attribution_chart")
chart(st, charts.speaker_chart(data["speakers"]), "overview_speaker_chart")

left, right = st.columns(2)
if data["activity"].empty:
    left.info("No review activity yet: status changes will show here, per day and reviewer.",
              icon=":material/timeline:")
else:
    chart(left, charts.activity_chart(data["activity"]), "overview_activity_chart")
if len(data["articles"]) > 1:
    chart(right, charts.articles_chart(data["articles"]), "overview_articles_chart")
else:
    only = data["articles"].iloc[0]
    right.info(f"One article on the desk so far: “{escape_markdown(only['title'])}” ({only['claims']} claims). "
               "Claims per article over time appear here once there are more.", icon=":material/article:")
st.page_link("pages/claims.py", label="Go to the claims", icon=":material/arrow_forward:")
