"""Overview: where the desk stands, at a glance."""
import streamlit as st

from factcheck import charts, queries
from pages.common import enter_via_app, get_store, run

enter_via_app(__file__)
store = get_store()
st.title("Overview")


def _load(con):
    return queries.stats(con), queries.status_counts(con), queries.attribution_counts(con)


stats, status, attribution = run(store.read, _load)
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

left, right = st.columns(2)
left.plotly_chart(charts.status_chart(status), key="overview_status_chart")
right.plotly_chart(charts.attribution_chart(attribution), key="overview_attribution_chart")
st.page_link("pages/claims.py", label="Go to the claims", icon=":material/arrow_forward:")
