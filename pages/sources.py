"""Sources: who speaks on the desk, how often, and how their claims have checked out."""
import streamlit as st

from pages.common import cached, enter_via_app, get_store
from factcheck import queries

enter_via_app(__file__)
store = get_store()
st.title("Sources")

table = cached(queries.sources_table)
if table.empty:
    st.info("No sources yet: they appear as articles and claim sets come in.")
    st.stop()
st.caption("Click a column header to sort, e.g. by number of claims or by share rated inaccurate or misleading. "
           "Select a row to open the source.")
event = st.dataframe(
    table, hide_index=True, key="sources_table", on_select="rerun", selection_mode="single-row",
    column_config={
        "ID": None,
        "Share rated inaccurate or misleading": st.column_config.ProgressColumn(
            "Share rated inaccurate or misleading", format="percent", min_value=0, max_value=1,
            help="Of the claims with a verdict; empty until one is rated"),
    },
)
rows = event["selection"]["rows"] if event else []
if rows:
    st.switch_page("pages/source.py", query_params={"id": str(int(table.iloc[rows[0]]["ID"]))})
