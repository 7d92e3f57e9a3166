"""The one module that opens DuckDB.

Design: DuckDB lets only one process hold a database file for writing, so a dashboard that
kept the file open for good would lock out the CLI, and opening it costs about 20-25 ms here
(24 ms median over 20 opens of the sample). So the CLI opens a connection per command, and the
dashboard shares one connection (a cursor per use, one per thread) that it closes after a
second of idleness: clicks stay fast, and the CLI can write between them. A dashboard that is
never idle for a second (many reviewers at once) would still shut the CLI out, so the shared
connection is also a lease: a process that finds the file locked says so in a small sidecar
file (`<database>.waiting`, touched on every retry), and once the shared connection has been
open for `lease` seconds (1 s) and someone is waiting, the dashboard lets its current users
finish, closes the file, pauses 0.1 s for the waiter to take it, and reopens. Before any
(re)open the dashboard lets such a process go first for up to 1 s; a CLI process that had to
wait keeps touching the sidecar after each of its connections (a command opens two, one right
after the other) and removes it when it exits. Nobody waiting, nothing changes: no reopen, no
pause, one stat() of the sidecar per open and per use after the lease. A lock held by another
process is retried every 20 ms (a window that short must be caught) and after lock_timeout
(5 s) explained in one sentence.
"""
from __future__ import annotations

import atexit
import os
import re
import threading
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
LOCK_POLL_S = 0.02  # how often a locked file is tried again; a failed try costs about 5 ms
WAITING_SUFFIX = ".waiting"  # the sidecar a process waiting for the file touches
WAITING_FRESH_S = 1.0  # a sidecar touched this recently means someone is waiting (or coming back) now
HANDOVER_PAUSE_S = 0.1  # how long the dashboard leaves the file free for a waiter to take it
DEFER_MAX_S = 1.0  # how long the dashboard lets a waiting (or just served) process go first
_SIGNS_TOUCHED: set[Path] = set()  # sidecars this process has touched, removed when it exits


@atexit.register
def _remove_signs() -> None:
    for sign in _SIGNS_TOUCHED:
        try:
            sign.unlink(missing_ok=True)
        except OSError:
            pass


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


MEMORY_ENV = "FACTCHECK_MEMORY_LIMIT"


def _quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """No terminal progress bar (it would be drawn into the server's log), and a memory cap.

    DuckDB would otherwise cache up to 80% of the machine's memory; a desk of a million claims
    works in far less, and spills to disk beyond the cap.
    """
    con.execute("SET enable_progress_bar = false")
    con.execute("SET memory_limit = ?", [os.environ.get(MEMORY_ENV, "1GB")])
    return con


class Store:
    """A DuckDB file and the rules for touching it."""

    def __init__(self, path: str | os.PathLike | None = None, *, lock_timeout: float = 5.0, conflict_retries: int = 5,
                 idle_release: float | None = None, lease: float = 1.0):
        self.path = resolve_path(path)
        self.lock_timeout = lock_timeout
        self.conflict_retries = conflict_retries
        self.idle_release = idle_release
        self.lease = lease
        self._lock = threading.Condition()
        self._shared: duckdb.DuckDBPyConnection | None = None
        self._opened_at = 0.0
        self._users = 0
        self._last_used = 0.0
        self._timer: threading.Timer | None = None
        self._handing_over = False
        self._depth = threading.local()  # cursors this thread holds (a nested use never waits)
        self._contended = False  # this store has found the file locked (the CLI keeps saying so)
        self.handovers = 0  # how often the shared connection was given up for a waiting process

    @property
    def waiting_path(self) -> Path:
        return self.path.with_name(self.path.name + WAITING_SUFFIX)

    def _announce_waiting(self) -> None:
        try:
            self.waiting_path.touch()
        except OSError:
            return  # a folder we cannot write to holds a database we cannot write either
        _SIGNS_TOUCHED.add(self.waiting_path)

    def _done_waiting(self) -> None:
        try:
            self.waiting_path.unlink(missing_ok=True)
        except OSError:
            pass

    def someone_waiting(self) -> bool:
        """Whether another process (or store) has found the file locked within the last moment."""
        try:
            touched = self.waiting_path.stat().st_mtime
        except OSError:
            return False
        return time.time() - touched < WAITING_FRESH_S

    def _open(self) -> duckdb.DuckDBPyConnection:
        """Open the file, retrying every LOCK_POLL_S while another process holds it.

        While it waits, it touches the sidecar, so a busy dashboard hands the file over. A
        connection of the CLI's (no idle_release) that had to wait keeps touching it when it
        closes, until the process exits: a command's next connection follows at once, and the
        dashboard lets it go first (see _defer_to_waiters) instead of taking the file back between.
        """
        deadline = time.monotonic() + self.lock_timeout
        if self.idle_release is not None:
            self._defer_to_waiters(deadline)
        waited = False
        while True:
            try:
                con = _quiet(duckdb.connect(str(self.path)))
            except duckdb.IOException as exc:
                if not _is_lock_error(exc):
                    raise
                if time.monotonic() + LOCK_POLL_S > deadline:
                    raise DatabaseLocked(self._lock_message(exc)) from exc
                waited = self._contended = True
                self._announce_waiting()
                time.sleep(LOCK_POLL_S)
                continue
            if waited and self.idle_release is not None:
                self._done_waiting()
            return con

    def _defer_to_waiters(self, deadline: float) -> None:
        """The dashboard's (re)open lets a waiting or just-served process go first, for a while."""
        give_up = min(time.monotonic() + DEFER_MAX_S, deadline - 2 * self.lock_timeout / 5)
        while self.someone_waiting() and time.monotonic() < give_up:
            time.sleep(LOCK_POLL_S)

    def _lock_message(self, exc: Exception) -> str:
        holder = _HOLDER.search(str(exc))
        who = f"process {holder.group(2)} ({Path(holder.group(1)).name})" if holder else "another program"
        return (
            f"The database {self.path} is in use by {who}, which holds it for writing. "
            f"Waited {self.lock_timeout:g} s; close that program or try again in a moment."
        )

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work.

        Without idle_release, a new connection that is closed afterwards (the CLI). With it, a
        cursor on one shared connection (the dashboard: no 20 ms open per render), and the shared
        connection is closed once nobody has used it for idle_release seconds, so the CLI can write,
        and handed over to a waiting process once it has been open for `lease` seconds.
        """
        if self.idle_release is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = self._open()
            try:
                yield con
            finally:
                con.close()
                if self._contended:
                    self._announce_waiting()  # still here: the command's next connection follows
            return
        nested = getattr(self._depth, "n", 0) > 0
        with self._lock:
            if not nested:
                self._hand_over_if_wanted()
            if self._shared is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._shared = self._open()
                self._opened_at = time.monotonic()
            self._users += 1
            try:
                cursor = _quiet(self._shared.cursor())
            except BaseException:
                self._users -= 1
                self._lock.notify_all()
                raise
        self._depth.n = getattr(self._depth, "n", 0) + 1
        try:
            yield cursor
        finally:
            self._depth.n -= 1
            cursor.close()
            with self._lock:
                self._users -= 1
                self._last_used = time.monotonic()
                self._lock.notify_all()
                self._schedule_release()

    def _hand_over_if_wanted(self) -> None:
        """With self._lock held: wait out a handover in progress, or start one if it is due.

        Due means the shared connection has been open for `lease` seconds and another process
        is waiting for the file. Current users finish their unit of work, the connection is
        closed, and for HANDOVER_PAUSE_S nobody here opens it, so the waiter (which retries every
        LOCK_POLL_S) gets the file; the caller then reopens through _open, waiting its turn.
        """
        while self._handing_over:
            self._lock.wait()
        if (self._shared is None or time.monotonic() - self._opened_at < self.lease
                or not self.someone_waiting()):
            return
        self._handing_over = True
        try:
            while self._users:
                self._lock.wait()
            if self._shared is not None:
                self._shared.close()
                self._shared = None
                self.handovers += 1
            self._lock.release()
            try:
                time.sleep(HANDOVER_PAUSE_S)
            finally:
                self._lock.acquire()
        finally:
            self._handing_over = False
            self._lock.notify_all()

    def _schedule_release(self) -> None:
        if self._timer is None and self._shared is not None:
            self._timer = threading.Timer(self.idle_release, self._release_if_idle)
            self._timer.daemon = True
            self._timer.start()

    def _release_if_idle(self) -> None:
        with self._lock:
            self._timer = None
            if self._shared is None:
                return
            if self._users == 0 and time.monotonic() - self._last_used >= self.idle_release * 0.99:
                self._shared.close()
                self._shared = None
            else:
                self._schedule_release()

    def holds_file(self) -> bool:
        """Whether this store has the database open right now (for tests and diagnostics)."""
        return self._shared is not None

    def close(self) -> None:
        with self._lock:
            if self._shared is not None and self._users == 0:
                self._shared.close()
                self._shared = None

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
