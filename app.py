"""Factcheck desk: entry point. Page setup, sign-in, navigation and the shared sidebar; no SQL here."""
import streamlit as st

from factcheck import access
from factcheck.highlight import escape_markdown
from pages.common import actor, get_store, resume_page, sign_in_configured, use_desk_labels

st.set_page_config(page_title="Factcheck desk", page_icon=":material/fact_check:", layout="wide")


pages = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/claims.py", title="Claims", icon=":material/format_list_bulleted:"),
    st.Page("pages/figures.py", title="Figures", icon=":material/functions:"),
    st.Page("pages/sources.py", title="Sources", icon=":material/record_voice_over:"),
    st.Page("pages/add.py", title="Add", icon=":material/add_circle:", url_path="add"),
    st.Page("pages/vocabularies.py", title="Vocabularies", icon=":material/label:", url_path="vocabularies"),
    st.Page("pages/claim.py", title="Claim", icon=":material/article:", url_path="claim", visibility="hidden"),
    st.Page("pages/source.py", title="Source", icon=":material/person:", url_path="source", visibility="hidden"),
]


def sign_in_page() -> None:
    st.title("Factcheck desk")
    st.write("Sign in to read and review the desk's claims.")
    st.button("Sign in", type="primary", icon=":material/login:", on_click=st.login)
    st.navigation(pages, position="hidden")  # no page list (Streamlit would list pages/ otherwise)
    st.stop()


def no_role_page(email: str) -> None:
    st.title("Factcheck desk")
    who = escape_markdown(email) or "an account without an e-mail"
    st.warning(f"You are signed in as {who}, but you have no role on this desk "
               "yet. Ask an admin to add your e-mail (or your domain) to the desk's roles, then sign in again.",
               icon=":material/lock:")
    st.button("Sign out", icon=":material/logout:", on_click=st.logout)
    st.navigation(pages, position="hidden")
    st.stop()


me = actor()
if sign_in_configured():
    if not st.user.is_logged_in:
        sign_in_page()
    if me.role is None:
        no_role_page(me.name)
get_store()
use_desk_labels()

with st.sidebar:
    if me.signed_in:
        st.markdown(f"Signed in as **{escape_markdown(str(st.user.get('name') or me.name))}**")
        st.caption(f"{escape_markdown(me.name)} · {access.ROLE_LABELS[me.role]}")
        st.button("Sign out", icon=":material/logout:", on_click=st.logout, key="sign_out")
    else:
        st.badge("Local mode", icon=":material/computer:", color="orange",
                 help="No sign-in: the desk answers only on this machine (127.0.0.1) and records the name "
                      "typed below. See the README to deploy it with sign-in.")
        st.text_input(
            "Reviewing as",
            key="reviewer",
            placeholder="Your name",
            help="Recorded with every status change you make.",
            max_chars=100,
        )

page = st.navigation(pages)
resume_page()
page.run()
