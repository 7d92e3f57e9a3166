"""Claims: every claim beside who said it, how, and where it stands."""
import math

import streamlit as st

from factcheck import queries
from pages.common import enter_via_app, get_store, run

PAGE_SIZE = 100
enter_via_app(__file__)
store = get_store()
st.title("Claims")

total = run(store.read, queries.count_claims)
if total == 0:
    st.info("No claims yet. Load the sample with `python -m factcheck init`, then reload this page.")
    st.stop()

pages = max(1, math.ceil(total / PAGE_SIZE))
page = 1
if pages > 1:
    page = st.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key="claims_page")
table = run(store.read, queries.claims_table, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
first, last = (page - 1) * PAGE_SIZE + 1, (page - 1) * PAGE_SIZE + len(table)
st.caption(f"Claims {first:,}–{last:,} of {total:,}. Select a row to open the claim.")
table.insert(0, "Open", "claim?id=" + table["ID"].astype(str))

event = st.dataframe(
    table,
    key="claims_table",
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    column_config={
        "Open": st.column_config.LinkColumn("Open", display_text="Open", width="small",
                                            help="A link to the claim you can share"),
        "ID": st.column_config.NumberColumn("ID", width="small", format="%d"),
        "Claim": st.column_config.TextColumn("Claim", width="large"),
        "Said on": st.column_config.DateColumn("Said on", format="YYYY-MM-DD"),
        "Figures": st.column_config.NumberColumn("Figures", width="small"),
    },
)
rows = event["selection"]["rows"] if event else []
if rows:
    st.switch_page("pages/claim.py", query_params={"id": str(int(table.iloc[rows[0]]["ID"]))})
