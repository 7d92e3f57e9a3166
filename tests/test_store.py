import subprocess
import sys
import time

import pytest

from factcheck.errors import DatabaseLocked
from factcheck.store import DEFAULT_PATH, Store, resolve_path

HOLD = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(float(sys.argv[2]))"


def hold_lock(path, seconds):
    """Another process holding the database for writing, as a second dashboard or CLI would."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_path_from_argument_then_environment_then_default(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    assert resolve_path() == DEFAULT_PATH
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "env.duckdb"))
    assert resolve_path() == tmp_path / "env.duckdb"
    assert resolve_path(tmp_path / "arg.duckdb") == tmp_path / "arg.duckdb"


def test_locked_database_is_retried_then_explained(fresh_store):
    holder = hold_lock(fresh_store.path, 30)
    try:
        store = Store(fresh_store.path, lock_timeout=0.6)
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as locked:
            store.read(lambda con: con.execute("SELECT 1").fetchone())
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert 0.3 <= waited < 3
    message = str(locked.value)
    assert f"process {holder.pid}" in message and "Waited 0.6 s" in message
    assert str(fresh_store.path) in message


def test_lock_released_during_retries_is_waited_for(fresh_store):
    holder = hold_lock(fresh_store.path, 0.7)
    try:
        assert Store(fresh_store.path, lock_timeout=10).read(
            lambda con: con.execute("SELECT count(*) FROM claims").fetchone()[0]) == 26
    finally:
        holder.wait()


def test_store_does_not_hold_the_file_between_calls(fresh_store):
    fresh_store.read(lambda con: con.execute("SELECT 1").fetchone())
    done = subprocess.run([sys.executable, "-c", HOLD, str(fresh_store.path), "0"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_failed_write_rolls_back(fresh_store):
    def half(con):
        con.execute("UPDATE claims SET workflow = 'done' WHERE id = 1")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fresh_store.write(half)
    assert fresh_store.read(lambda con: con.execute("SELECT workflow FROM claims WHERE id = 1").fetchone()[0]) == (
        "unreviewed")


def test_a_shared_connection_is_released_when_idle(fresh_store):
    store = Store(fresh_store.path, idle_release=0.3)
    assert store.read(lambda con: con.execute("SELECT count(*) FROM claims").fetchone()[0]) == 26
    assert store.holds_file()
    with store.connect():  # in use while the other process tries (starting it can take > 0.3 s here)
        busy = subprocess.run([sys.executable, "-c", HOLD, str(store.path), "0"], capture_output=True, text=True)
    assert busy.returncode != 0 and "lock" in busy.stderr.lower()  # held while warm
    deadline = time.monotonic() + 5
    while store.holds_file() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not store.holds_file()
    free = subprocess.run([sys.executable, "-c", HOLD, str(store.path), "0"], capture_output=True, text=True)
    assert free.returncode == 0, free.stderr
    assert store.read(lambda con: con.execute("SELECT 1").fetchone()[0]) == 1  # and it reopens


def test_shared_connection_cursors_from_many_threads(fresh_store):
    from concurrent.futures import ThreadPoolExecutor

    from factcheck import access, review

    store = Store(fresh_store.path, idle_release=0.5)

    def mark(claim_id):
        return store.write(review.mark, claim_id, access.local(f"t{claim_id}"), workflow="in_progress")["version"]

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(mark, range(1, 27))) == [2] * 26
    assert store.read(lambda con: con.execute(
        "SELECT count(*) FROM status_events").fetchone()[0]) == 26
    store.close()


WAIT_AND_READ = (
    "import sys; from factcheck.store import Store; "
    "print(Store(sys.argv[1]).read(lambda con: con.execute('SELECT count(*) FROM claims').fetchone()[0]))"
)


def _keep_busy(store, stop, errors, threads=4):
    """Threads that use the shared connection back to back, so it is never idle for a moment."""
    import threading

    def loop():
        while not stop.is_set():
            try:
                store.read(lambda con: con.execute("SELECT max(version) FROM claims").fetchone())
            except Exception as exc:  # noqa: BLE001 - collected and asserted empty
                errors.append(exc)
                return

    workers = [threading.Thread(target=loop, daemon=True) for _ in range(threads)]
    for worker in workers:
        worker.start()
    return workers


def test_a_busy_shared_connection_is_handed_to_a_waiting_process(fresh_store):
    import threading

    store = Store(fresh_store.path, idle_release=1.0, lease=0.3)
    stop, errors = threading.Event(), []
    workers = _keep_busy(store, stop, errors)
    try:
        time.sleep(0.5)
        assert store.holds_file()
        # Never idle for a second, yet another process gets the file within its lock_timeout.
        other = subprocess.run([sys.executable, "-c", WAIT_AND_READ, str(store.path)], capture_output=True,
                               text=True, timeout=60, cwd=DEFAULT_PATH.parent.parent)
        time.sleep(0.5)  # and the dashboard goes on afterwards
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=30)
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == "26"
    assert store.handovers >= 1
    assert errors == []
    assert not store.waiting_path.exists()  # the waiter tidied up its sign once it got in
    store.close()


def test_a_busy_shared_connection_is_kept_when_nobody_waits(fresh_store):
    import threading

    store = Store(fresh_store.path, idle_release=1.0, lease=0.2)
    stop, errors = threading.Event(), []
    store.read(lambda con: con.execute("SELECT 1").fetchone())
    first = store._shared
    workers = _keep_busy(store, stop, errors)
    time.sleep(1.0)  # five leases long
    stop.set()
    for worker in workers:
        worker.join(timeout=30)
    assert errors == []
    assert store.handovers == 0
    assert store._shared is first  # the same connection all along: no reopen, no pause
    store.close()


def test_a_nested_use_during_a_due_handover_does_not_wait_for_itself(fresh_store):
    store = Store(fresh_store.path, idle_release=1.0, lease=0.0)
    with store.connect() as outer:
        store.waiting_path.touch()  # as a waiting process would
        # The handover is due, but this thread holds a cursor: it must not wait for itself.
        assert store.read(lambda con: con.execute("SELECT count(*) FROM claims").fetchone()[0]) == 26
        assert outer.execute("SELECT 1").fetchone()[0] == 1
        assert store.handovers == 0
    store.waiting_path.touch()
    assert store.read(lambda con: con.execute("SELECT count(*) FROM claims").fetchone()[0]) == 26
    assert store.handovers == 1  # the next use outside gave the file up, then reopened it
    store.close()
