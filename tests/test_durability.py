"""Nothing lost (issue 7): saves under load from dashboard sessions and the CLI at once, and
saves acknowledged by the real app before it is killed with SIGKILL.

1. Twenty sessions (threads through the dashboard's own code path: one shared
   `Store(path, idle_release=1.0)` as pages/common.py builds it, the claim page's read and the
   data-version read of every rerun, then `store.write(review.mark, ..., expected_version=v)` as
   the claim page saves) and two CLI processes in loops (`export --where id=N` for the version,
   then `mark --expect-version N`) mark random claims of the 26-claim sample, half of the time
   one of four "hot" claims so that saves collide. The load runs until both sides have saved and
   been refused often enough, within a bound (12-50 s). The sessions keep the shared connection
   busy the whole time, so the CLI only gets the file through the store's lease. Afterwards every
   acknowledged save has exactly one audit event, each claim is as its last acknowledged save
   left it, refused (stale) saves left no trace, and nothing else went wrong.

2. The real app (`streamlit run app.py`) takes a burst of saves from four browser tabs, each on
   its own claim; the toast "Saved claim N (now version V)." (shown only after the commit) is
   recorded in each tab as it appears. A timer kills the server with SIGKILL at a random moment
   of the burst; then the database is opened and checked, read by the CLI, and served again by a
   restarted app.
"""
from __future__ import annotations

import json
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from urllib.parse import urlsplit

import pytest

from browser_kit import (
    REPO_ROOT, TIMEOUT_MS, _log_tail, _start_streamlit, _stop, choose, dataframe_with_column, expect, grid_rows,
    headline, set_reviewer, wait_idle,
)
from factcheck import access, models, queries, review
from factcheck.errors import StaleEdit
from factcheck.store import Store

WORKFLOW_IDS = list(models.WORKFLOW_IDS_IN_ORDER)
VERDICT_CHOICES = [*models.VERDICT_IDS_IN_ORDER, review.CLEAR_VERDICT]

SESSIONS = 20
CLI_PROCESSES = 2
SAVE_SHARE = 0.6  # of the claims a session opens, how many it marks
HOT_CLAIMS = (5, 13, 20, 24)  # the news of the day: half of all opens, so saves really collide
# The load runs until both sides have saved and been refused this often (at least LOAD_MIN_S,
# at most LOAD_MAX_S): a CLI command takes about 1 s on a quiet machine, 3-8 s on a busy one.
ENOUGH = {("session", "saved"): 40, ("session", "stale"): 5, ("cli", "saved"): 3, ("cli", "stale"): 2}
LOAD_MIN_S = 12
LOAD_MAX_S = 50
DASHBOARD_IDLE_RELEASE = 1.0  # as pages/common.py's IDLE_RELEASE_S


def _events(store: Store) -> list[dict]:
    rows = store.read(lambda con: con.execute(
        "SELECT claim_id, version, note, reviewer, new_workflow, new_verdict FROM status_events"
        " ORDER BY claim_id, version").fetchall())
    keys = ("claim_id", "version", "note", "reviewer", "workflow", "verdict")
    return [dict(zip(keys, row)) for row in rows]


def _claims(store: Store) -> dict[int, dict]:
    rows = store.read(lambda con: con.execute(
        "SELECT id, version, workflow, verdict, reviewer FROM claims ORDER BY id").fetchall())
    return {r[0]: {"version": r[1], "workflow": r[2], "verdict": r[3], "reviewer": r[4]} for r in rows}


def _cli(db, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", "--db", str(db), *args], cwd=REPO_ROOT,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=timeout)


# --- 1. twenty sessions and two CLI processes -------------------------------------------------------


def test_twenty_sessions_and_two_cli_processes_lose_nothing(db_path):
    Store(db_path).ensure()  # the sample: 26 claims, all at version 1, no audit events yet
    store = Store(db_path, idle_release=DASHBOARD_IDLE_RELEASE)  # the dashboard's one shared store
    claim_ids = sorted(_claims(store))
    assert len(claim_ids) == 26 and _events(store) == []

    acks: list[dict] = []  # every save acknowledged to its sender: side, claim, version, state, note
    refused: list[dict] = []  # every save refused as stale: side, claim, note
    errors: list[str] = []  # anything else
    cli_seconds: list[tuple[str, float]] = []  # how long each CLI command took (reported, not asserted)
    record = threading.Lock()
    stop = threading.Event()

    def pick(rng: random.Random) -> int:
        return rng.choice(HOT_CLAIMS) if rng.random() < 0.5 else rng.choice(claim_ids)

    def counts() -> Counter:
        with record:
            return Counter([(a["side"], "saved") for a in acks] + [(r["side"], "stale") for r in refused])

    def session(number: int) -> None:
        """A reviewer: opens a claim, reads it a while (the page reruns), and often saves a status."""
        rng = random.Random(number)
        me = access.local(f"Session {number}")
        saves = 0
        while not stop.is_set():
            claim_id = pick(rng)
            try:
                opened = store.read(queries.claim_detail, claim_id)  # the claim page opens
                reading_until = time.monotonic() + rng.uniform(0.5, 2.5)
                while time.monotonic() < reading_until:  # every rerun asks for the data version
                    store.read(queries.data_version)
                    time.sleep(rng.uniform(0.1, 0.4))
                if rng.random() < SAVE_SHARE:
                    saves += 1
                    note = f"session {number} save {saves}"
                    workflow, verdict = rng.choice(WORKFLOW_IDS), rng.choice(VERDICT_CHOICES)
                    try:
                        result = store.write(review.mark, claim_id, me, workflow=workflow, verdict=verdict,
                                             note=note, expected_version=opened["version"])
                    except StaleEdit as exc:
                        with record:
                            refused.append({"side": "session", "claim_id": claim_id, "note": note,
                                            "message": str(exc)})
                    else:
                        with record:
                            acks.append({"side": "session", "claim_id": claim_id, "version": result["version"],
                                         "workflow": result["workflow"], "verdict": result["verdict"],
                                         "reviewer": result["reviewer"], "note": note})
            except Exception as exc:  # noqa: BLE001 - every other outcome is a failure, collected
                with record:
                    errors.append(f"session {number}, claim {claim_id}: {exc!r}")

    def cli_process(number: int) -> None:
        rng = random.Random(1000 + number)
        reviewer = f"CLI {number}"
        saves = 0
        while not stop.is_set():
            claim_id = pick(rng)
            saves += 1
            note = f"cli {number} save {saves}"
            workflow, verdict = rng.choice(WORKFLOW_IDS), rng.choice(VERDICT_CHOICES)
            started = time.monotonic()
            read = _cli(db_path, "export", "--where", f"id={claim_id}", "--format", "jsonl")
            with record:
                cli_seconds.append(("export", time.monotonic() - started))
            if read.returncode != 0:
                with record:
                    errors.append(f"cli {number}: export exited {read.returncode}: {read.stderr.strip()}")
                continue
            (row,) = [json.loads(line) for line in read.stdout.splitlines()]
            started = time.monotonic()
            done = _cli(db_path, "mark", str(claim_id), "--reviewer", reviewer, "--workflow", workflow,
                        "--verdict", verdict, "--note", note, "--expect-version", str(row["version"]))
            with record:
                cli_seconds.append(("mark", time.monotonic() - started))
                if done.returncode == 0:
                    result = json.loads(done.stdout)
                    acks.append({"side": "cli", "claim_id": result["id"], "version": result["version"],
                                 "workflow": result["workflow"], "verdict": result["verdict"],
                                 "reviewer": result["reviewer"], "note": note})
                elif done.returncode == 3 and "Not saved" in done.stderr:
                    refused.append({"side": "cli", "claim_id": claim_id, "note": note, "message": done.stderr})
                else:
                    errors.append(f"cli {number}: mark exited {done.returncode}: {done.stderr.strip()}")

    workers = [threading.Thread(target=session, args=(n,)) for n in range(SESSIONS)]
    workers += [threading.Thread(target=cli_process, args=(n,)) for n in range(CLI_PROCESSES)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    while time.monotonic() - started < LOAD_MAX_S and not (
            time.monotonic() - started >= LOAD_MIN_S and all(counts()[k] >= n for k, n in ENOUGH.items())):
        time.sleep(0.2)
    stop.set()
    for worker in workers:
        worker.join(timeout=120)
    load_seconds = time.monotonic() - started
    assert not any(worker.is_alive() for worker in workers), "a session or CLI loop did not finish"
    handovers = store.handovers
    store.close()

    sides = Counter(a["side"] for a in acks)
    stale = Counter(r["side"] for r in refused)
    print(f"\nload for {load_seconds:.0f} s: acknowledged saves: {dict(sides)}; stale refusals: {dict(stale)}; "
          f"errors: {len(errors)}; "
          f"dashboard handovers to the CLI: {handovers}; CLI seconds per command: "
          + "; ".join(f"{cmd} median {statistics.median(t):.2f}, max {max(t):.2f}" for cmd in ("export", "mark")
                      if (t := [s for c, s in cli_seconds if c == cmd])))

    # Nothing errored: no DatabaseLocked, no write conflict shown, no CLI exit code but 0 and 3.
    assert errors == []
    # The load meant something: both sides saved, both were refused, the CLI got in while busy.
    assert all(counts()[k] >= n for k, n in ENOUGH.items()), (counts(), ENOUGH)
    assert handovers >= 1  # the sessions never let the file go idle: the CLI came in by the lease

    reader = Store(db_path)  # a fresh look at the file, as the next program would have
    events, claims = _events(reader), _claims(reader)

    # Every acknowledged save has exactly one audit event: its claim, version, note and change.
    by_key = defaultdict(list)
    for event in events:
        by_key[(event["claim_id"], event["version"])].append(event)
    for ack in acks:
        found = by_key[(ack["claim_id"], ack["version"])]
        assert len(found) == 1, (ack, found)
        (event,) = found
        assert (event["note"], event["reviewer"], event["workflow"], event["verdict"]) == (
            ack["note"], ack["reviewer"], ack["workflow"], ack["verdict"]), (ack, event)
    # ... and there is no other event: nothing was applied that was not acknowledged.
    assert sorted((e["claim_id"], e["version"], e["note"]) for e in events) == sorted(
        (a["claim_id"], a["version"], a["note"]) for a in acks)
    # Refused saves are nowhere in the audit.
    assert not {r["note"] for r in refused} & {e["note"] for e in events}

    # Each claim is as its last acknowledged save left it, and its versions have no gap.
    for claim_id in claim_ids:
        mine = sorted((a for a in acks if a["claim_id"] == claim_id), key=lambda a: a["version"])
        assert [a["version"] for a in mine] == list(range(2, len(mine) + 2)), (claim_id, mine)
        expected = ({k: mine[-1][k] for k in ("version", "workflow", "verdict", "reviewer")} if mine
                    else {"version": 1, "workflow": "unreviewed", "verdict": None, "reviewer": None})
        assert claims[claim_id] == expected, claim_id


# --- 2. a SIGKILL in the middle of a burst of saves through the app -----------------------------------

CRASH_CLAIMS = (5, 13, 20, 24)  # one tab each, so every save in a tab expects the next version
KILL_AFTER_S = (2.0, 6.0)  # the server is killed at a random moment this long after the first round
MAX_ROUNDS = 60  # a bound on the burst; the kill always comes first
VERDICT_LABELS = [models.VERDICT_LABELS[v] for v in models.VERDICT_IDS_IN_ORDER]
TOAST = re.compile(r"Saved claim (\d+) \(now version (\d+)\)\.")

# Records every toast's text as it appears, in the page itself: it outlives the server.
RECORD_TOASTS = """
window.__toasts = [];
new MutationObserver(() => {
  for (const toast of document.querySelectorAll('[data-testid="stToast"]')) {
    const text = toast.textContent;
    if (!window.__toasts.includes(text)) window.__toasts.push(text);
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""


def _crash_note(claim_id: int, save: int) -> str:
    return f"crash test: claim {claim_id}, save {save}"


def _verdict_for(save: int) -> str:
    return VERDICT_LABELS[save % len(VERDICT_LABELS)]


def _send_save(tab, claim_id: int, save: int) -> None:
    """Fill the claim page's form for save number `save` and click Save, without waiting."""
    tab.bring_to_front()  # a background tab's animation frames are throttled, slowing every action
    form = tab.get_by_test_id("stForm")
    choose(tab, form, "Verdict", _verdict_for(save))
    form.get_by_role("textbox", name="Note", exact=True).fill(_crash_note(claim_id, save))
    form.get_by_role("button", name="Save", exact=True).click()


def _wait_for_toast(tab, text: str, server: subprocess.Popen) -> bool:
    """Wait until the tab has shown this toast (it may have come and gone already); False if the
    server died first."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        if tab.evaluate("text => window.__toasts.some(t => t.includes(text))", text):
            return True
        if server.poll() is not None:
            return False
        tab.wait_for_timeout(50)
    shown = tab.evaluate("window.__toasts")
    alerts = tab.get_by_test_id("stAlert").all_inner_texts()
    raise AssertionError(f"no toast {text!r} in {tab.url}; toasts: {shown}; alerts: {alerts}")


def _acknowledged(tab) -> list[tuple[int, int]]:
    return [tuple(map(int, m.groups())) for text in tab.evaluate("window.__toasts") if (m := TOAST.search(text))]


@pytest.mark.browser
def test_saves_acknowledged_before_a_sigkill_are_all_there_after_restart(browser, tmp_path):
    proc, base_url, log_path, log = _start_streamlit(tmp_path)
    db = tmp_path / "factcheck.duckdb"
    port = urlsplit(base_url).port
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    restarted = None
    try:
        tabs = {}
        for claim_id in CRASH_CLAIMS:
            tab = context.new_page()
            tab.add_init_script(RECORD_TOASTS)
            tab.goto(f"{base_url}/claim?id={claim_id}")
            expect(tab.get_by_role("heading", name=f"Claim {claim_id}", exact=True)).to_be_visible()
            wait_idle(tab)
            set_reviewer(tab, f"Crash tab {claim_id}")
            tabs[claim_id] = tab

        # The burst: round after round, a save sent in every tab, then every toast awaited, until
        # a timer (started once the first round is answered) kills the server at a random moment,
        # whatever the tabs are doing.
        killer = threading.Timer(random.uniform(*KILL_AFTER_S), proc.send_signal, args=(signal.SIGKILL,))
        sent = dict.fromkeys(CRASH_CLAIMS, 0)  # the last save number each tab sent (or may have sent)
        try:
            for save in range(1, MAX_ROUNDS + 1):
                for claim_id, tab in tabs.items():
                    if proc.poll() is not None:
                        break
                    try:
                        _send_save(tab, claim_id, save)
                    except Exception:  # noqa: BLE001 - the kill can cut an action short; nothing else may
                        if proc.poll() is None:
                            raise
                        sent[claim_id] = save  # the click may have gone out
                        break
                    sent[claim_id] = save
                for claim_id, tab in tabs.items():
                    if sent[claim_id] == save and not _wait_for_toast(
                            tab, f"Saved claim {claim_id} (now version {save + 1}).", proc):
                        break
                if proc.poll() is not None:
                    break
                if save == 1:
                    killer.start()
        finally:
            killer.cancel()
        assert proc.poll() is not None, f"the burst of {MAX_ROUNDS} rounds ended before the kill"
        proc.wait(timeout=30)
        log.close()
        assert proc.returncode == -signal.SIGKILL

        acked = {claim_id: _acknowledged(tab) for claim_id, tab in tabs.items()}
        context.close()
        in_flight = sum(sent.values()) - sum(map(len, acked.values()))
        print(f"\nacknowledged before the kill: {sum(map(len, acked.values()))} saves in {len(tabs)} tabs "
              f"({dict((c, len(a)) for c, a in acked.items())}); sent but not acknowledged: {in_flight}")
        for claim_id, seen in acked.items():
            # each tab saw its own claim's toasts, versions 2, 3, ... in order, none missing
            assert seen and all(c == claim_id for c, _ in seen), (claim_id, seen)
            assert [v for _, v in seen] == list(range(2, len(seen) + 2)), (claim_id, seen)
            assert len(seen) in (sent[claim_id], sent[claim_id] - 1)  # at most the last one unanswered

        # The file opens cleanly (DuckDB replays its log) and holds every acknowledged save.
        reader = Store(db)
        events, claims = _events(reader), _claims(reader)
        assert len(claims) == 26
        for claim_id, seen in acked.items():
            mine = [e for e in events if e["claim_id"] == claim_id]
            last_acked = seen[-1][1]
            for _, version in seen:
                save = version - 1
                (event,) = [e for e in mine if e["version"] == version]
                assert event["note"] == _crash_note(claim_id, save)
                assert event["reviewer"] == f"Crash tab {claim_id}"
                assert models.VERDICT_LABELS[event["verdict"]] == _verdict_for(save)
            # The claim is at its last acknowledged save, or at most at the unacknowledged one sent
            # after it (committed just before the kill); never anything else, never behind.
            state = claims[claim_id]
            assert last_acked <= state["version"] <= sent[claim_id] + 1, (claim_id, state, seen)
            assert [e["version"] for e in mine] == list(range(2, state["version"] + 1))
            assert [e["note"] for e in mine] == [_crash_note(claim_id, s) for s in range(1, state["version"])]
            assert models.VERDICT_LABELS[state["verdict"]] == _verdict_for(state["version"] - 1)
        assert {e["claim_id"] for e in events} == set(CRASH_CLAIMS)

        stats = _cli(db, "stats")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["claims"] == 26

        # The app starts again on the same file and serves the claims as they are.
        restarted, base_url, log_path, log = _start_streamlit(tmp_path, port=port)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT_MS)
        try:
            for claim_id in CRASH_CLAIMS:
                page.goto(f"{base_url}/claim?id={claim_id}")
                expect(page.get_by_role("heading", name=f"Claim {claim_id}", exact=True)).to_be_visible()
                expect(headline(page, "Verdict")).to_have_text(models.VERDICT_LABELS[claims[claim_id]["verdict"]])
                wait_idle(page)
                history = dataframe_with_column(page, "Who")
                expect(history.locator("tbody tr[role=row]")).to_have_count(claims[claim_id]["version"] - 1)
                assert {row["Who"] for row in grid_rows(history)} == {f"Crash tab {claim_id}"}
            page.goto(f"{base_url}/claims")
            expect(page.get_by_text("Claims 1–26 of 26.")).to_be_visible()
            dataframe_with_column(page, "Said by")
        finally:
            page.close()
    finally:
        for server in (proc, restarted):
            if server is not None and server.poll() is None:
                _stop(server)
        if not log.closed:
            log.close()
        if restarted is not None and restarted.returncode not in (0, -15, None):
            print(f"restarted streamlit exited with {restarted.returncode}; log tail:\n{_log_tail(log_path)}")
