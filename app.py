"""Factcheck desk: entry point. Page setup, navigation and the shared sidebar; no SQL here."""
import streamlit as st

from pages.common import get_store, resume_page

st.set_page_config(page_title="Factcheck desk", page_icon=":material/fact_check:", layout="wide")
get_store()

with st.sidebar:
    st.text_input(
        "Reviewing as",
        key="reviewer",
        placeholder="Your name",
        help="Recorded with every status change you make.",
        max_chars=100,
    )

pages = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/claims.py", title="Claims", icon=":material/format_list_bulleted:"),
    st.Page("pages/figures.py", title="Figures", icon=":material/functions:"),
    st.Page("pages/sources.py", title="Sources", icon=":material/record_voice_over:"),
    st.Page("pages/add.py", title="Add", icon=":material/add_circle:", url_path="add"),
    st.Page("pages/claim.py", title="Claim", icon=":material/article:", url_path="claim", visibility="hidden"),
    st.Page("pages/source.py", title="Source", icon=":material/person:", url_path="source", visibility="hidden"),
]
page = st.navigation(pages)
resume_page()
page.run()
