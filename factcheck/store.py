"""The one module that opens DuckDB.

Design: a short-lived connection per unit of work. DuckDB lets only one process hold a
database file for writing, so a dashboard that kept the file open would lock out the CLI.
Opening costs about 20-25 ms here (measured: 24 ms median over 20 opens of the sample),
which is paid once per page render, not per query. A lock held by another process is
retried with backoff and then explained in one sentence.
"""
from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import duckdb

from factcheck import migrations, sample
from factcheck.errors import DatabaseLocked

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = REPO_ROOT / "data" / "factcheck.duckdb"
ENV_VAR = "FACTCHECK_DB"

T = TypeVar("T")
_HOLDER = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


def resolve_path(path: str | os.PathLike | None = None) -> Path:
    """--db wins, then $FACTCHECK_DB, then data/factcheck.duckdb in the repo."""
    if path:
        return Path(path)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return DEFAULT_PATH


def _is_lock_error(exc: Exception) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def _is_write_conflict(exc: Exception) -> bool:
    return isinstance(exc, duckdb.TransactionException) and "conflict" in str(exc).lower()


class Store:
    """A DuckDB file and the rules for touching it."""

    def __init__(self, path: str | os.PathLike | None = None, *, lock_timeout: float = 5.0, conflict_retries: int = 5):
        self.path = resolve_path(path)
        self.lock_timeout = lock_timeout
        self.conflict_retries = conflict_retries

    def _open(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.path))
            except duckdb.IOException as exc:
                if not _is_lock_error(exc):
                    raise
                if time.monotonic() + delay > deadline:
                    raise DatabaseLocked(self._lock_message(exc)) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _lock_message(self, exc: Exception) -> str:
        holder = _HOLDER.search(str(exc))
        who = f"process {holder.group(2)} ({Path(holder.group(1)).name})" if holder else "another program"
        return (
            f"The database {self.path} is in use by {who}, which holds it for writing. "
            f"Waited {self.lock_timeout:g} s; close that program or try again in a moment."
        )

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work, closed afterwards so other processes can write."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._open()
        try:
            yield con
        finally:
            con.close()

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        with self.connect() as con:
            return fn(con, *args, **kwargs)

    def write(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run fn(con, ...) in one transaction; a write-write conflict is retried, never shown."""
        attempt = 0
        while True:
            with self.connect() as con:
                con.begin()
                try:
                    result = fn(con, *args, **kwargs)
                    con.commit()
                    return result
                except Exception as exc:
                    con.rollback()
                    if _is_write_conflict(exc) and attempt < self.conflict_retries:
                        attempt += 1
                        time.sleep(0.01 * attempt)
                        continue
                    raise

    @staticmethod
    @contextmanager
    def scratch() -> Iterator[duckdb.DuckDBPyConnection]:
        """An in-memory database for looking at a file before it is imported; touches no desk."""
        con = duckdb.connect(":memory:")
        try:
            yield con
        finally:
            con.close()

    def exists(self) -> bool:
        return self.path.exists()

    def ensure(self, load_sample: bool = True) -> dict:
        """Bring the schema up to date and load the shipped sample if it is not there yet.

        Safe to call on every start: a second call changes nothing.
        """
        with self.connect() as con:
            applied = migrations.migrate(con)
        loaded = self.write(sample.load_samples) if load_sample else []
        return {"migrations_applied": applied, "articles_loaded": loaded}
