"""Glue shared by the pages: the store, the reviewer's name, errors shown in one place."""
from __future__ import annotations

import streamlit as st

from factcheck.errors import FactcheckError
from factcheck.store import Store


@st.cache_resource(show_spinner="Preparing the claims database…")
def _ready_store() -> Store:
    store = Store()
    store.ensure()  # first run builds data/factcheck.duckdb from data/sample
    return store


def get_store() -> Store:
    """The process-wide store, built on first use; a problem stops the page with its message."""
    try:
        return _ready_store()
    except FactcheckError as exc:
        st.error(str(exc), icon=":material/error:")
        st.stop()


def reviewer() -> str:
    return (st.session_state.get("reviewer") or "").strip()


def run(fn, *args, **kwargs):
    """Call the store; a database problem becomes a message instead of a traceback."""
    try:
        return fn(*args, **kwargs)
    except FactcheckError as exc:
        st.error(str(exc), icon=":material/error:")
        st.stop()
