"""Glue shared by the pages: the store, the reviewer's name, errors shown in one place."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from factcheck import access, queries, urlstate, vocabulary
from factcheck.highlight import escape_markdown
from factcheck.errors import FactcheckError
from factcheck.store import Store, resolve_path


IDLE_RELEASE_S = 1.0  # the dashboard lets go of the database file after this long without a request


@st.cache_resource(show_spinner="Preparing the claims database…")
def _ready_store(path: str) -> Store:
    store = Store(path, idle_release=IDLE_RELEASE_S)
    store.ensure()  # first run builds data/factcheck.duckdb from data/sample
    return store


ENTERED_VIA_APP = "_entered_via_app"
RESUME_PAGE = "_resume_page"


def enter_via_app(page_file: str) -> None:
    """Make sure app.py ran first, so a shared link straight to a page works after a restart.

    With a pages/ folder beside app.py, Streamlit's first request in a fresh server process runs
    the requested page file on its own (its old pages-folder mode) until app.py has called
    st.navigation once. Such a run goes through app.py instead and comes back to this page.
    """
    if st.session_state.get(ENTERED_VIA_APP):
        use_desk_labels()  # here too: a page can run without app.py (AppTest's switch_page does)
        return
    st.session_state[RESUME_PAGE] = (f"pages/{Path(page_file).name}", st.query_params.to_dict())
    st.switch_page("app.py")


def resume_page() -> None:
    """Called by app.py after st.navigation: finish a detour made by enter_via_app."""
    st.session_state[ENTERED_VIA_APP] = True
    resume = st.session_state.pop(RESUME_PAGE, None)
    if resume:
        st.switch_page(resume[0], query_params=resume[1])


def get_store() -> Store:
    """The process-wide store, built on first use; a problem stops the page with its message."""
    try:
        return _ready_store(str(resolve_path()))
    except FactcheckError as exc:
        st.error(escape_markdown(str(exc)), icon=":material/error:")
        st.stop()


def use_desk_labels() -> None:
    """Every rerun shows the desk's current labels (an admin may have renamed one meanwhile)."""
    vocabulary.apply(cached(vocabulary.load))


@st.cache_data(ttl=3600, max_entries=500, show_spinner=False)
def _cached_read(path: str, version: tuple, name: str, key: str, _fn, _args: tuple):
    return get_store().read(_fn, *_args)


def cached(fn, *args):
    """fn(con, *args) through a cache shared by every session, keyed on the data version.

    Any write — from this dashboard, another session or the CLI — changes the version, so the
    next rerun anywhere reads fresh data; the ttl only bounds memory.
    """
    store = get_store()
    version = run(store.read, queries.data_version)
    return run(_cached_read, str(store.path), version, f"{fn.__module__}.{fn.__qualname__}", repr(args), fn, args)


def id_from_url() -> tuple[int | None, str]:
    """The `id` of a claim or source page link: (number or None, the raw text for messages)."""
    raw = st.query_params.get("id", "")
    return (int(raw) if raw.isdigit() else None), raw


def sign_in_configured() -> bool:
    """Sign-in is on when .streamlit/secrets.toml has an [auth] section; otherwise local mode."""
    return bool(st.secrets.load_if_toml_exists() and st.secrets.get("auth"))


def actor() -> access.Actor:
    """Who is at the keyboard: the signed-in e-mail and its role, or in local mode the typed name.

    Computed from the server's own session on every rerun, never from anything the browser sends,
    and handed to every write in factcheck/, which checks the role itself.
    """
    if not sign_in_configured():
        return access.local(st.session_state.get("reviewer"))
    if not st.user.is_logged_in:
        return access.Actor(name="", role=None)
    roles = run(access.parse_roles, st.secrets.get("roles", {}))
    return access.signed_in(st.user.get("email"), roles, email_verified=st.user.get("email_verified"))


NO_NAME = "Type your name under “Reviewing as” in the sidebar first; it is recorded with {}."


def run(fn, *args, **kwargs):
    """Call the store; a database problem becomes a message instead of a traceback."""
    try:
        return fn(*args, **kwargs)
    except FactcheckError as exc:
        st.error(escape_markdown(str(exc)), icon=":material/error:")
        st.stop()


# ---- the URL as the page state --------------------------------------------------------------------

def url_state() -> dict[str, str]:
    """The view in the URL, normalised (facet fields under field__in); the URL is rewritten to match."""
    state = urlstate.normalise(st.query_params.to_dict())
    if state != st.query_params.to_dict():
        st.query_params.from_dict(state)
    return state


def go(new_state: dict) -> None:
    st.query_params.from_dict(new_state)


def set_key(key: str, value) -> None:
    """Widget callback: one URL key takes the widget's value, and the view goes back to page 1."""
    go(urlstate.with_values(urlstate.normalise(st.query_params.to_dict()), key, value))


def sync(widget_key: str, value) -> None:
    """Draw a widget from the URL: its state follows the URL, never the other way round."""
    if st.session_state.get(widget_key) != value:
        st.session_state[widget_key] = value


def choice_filter(container, state: dict, label: str, key: str, widget_key: str, options: dict) -> None:
    """A multiselect bound to a `field__in` URL key; options map filter values to reviewer labels."""
    current = urlstate.values_of(state, key)
    sync(widget_key, [v for v in current if v in options])
    container.multiselect(label, list(options), key=widget_key, format_func=lambda v: options.get(v, v),
                          on_change=lambda: set_key(key, st.session_state[widget_key]))
