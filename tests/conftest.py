"""Fixtures named for what they return: a fresh database path, a store on it."""
from __future__ import annotations

import pytest

from factcheck import vocabulary
from factcheck.store import Store


@pytest.fixture(autouse=True)
def shipped_labels():
    """Labels live in process-wide dicts (one desk per process); a test that renames one must not
    leak it into the next."""
    yield
    vocabulary.apply(vocabulary.defaults())


@pytest.fixture
def db_path(tmp_path):
    """A path where no database exists yet."""
    return tmp_path / "factcheck.duckdb"


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    """The database path the app under AppTest uses (FACTCHECK_DB); the app builds it on first run."""
    path = tmp_path / "app.duckdb"
    monkeypatch.setenv("FACTCHECK_DB", str(path))
    return path


@pytest.fixture
def fresh_store(db_path):
    """A store on a new database with the schema and the shipped sample loaded."""
    store = Store(db_path)
    store.ensure()
    return store


# The browser tests' fixtures (a real server, headless Chromium, a page), for every test file.
from browser_kit import app_server, app_url, browser, own_app_server, page  # noqa: E402,F401
