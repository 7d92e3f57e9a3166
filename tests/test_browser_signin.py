"""The dashboard with sign-in, end to end: the real app.py with an [auth] section pointing at the
test OpenID provider (tests/oidc, see oidc_kit.py) and a [roles] table, on a fresh database, in
Chromium. A signed-out visitor sees only the sign-in page; a viewer reads but cannot mark or add,
and a reviewer's save replayed on the viewer's own websocket changes nothing; a reviewer's save is
recorded under the signed-in e-mail; someone with no role sees only "ask an admin".

The replay: the reviewer's browser sends a save as one binary protobuf BackMsg (rerun_script with
the form's widget states and the Save button's trigger) on /_stcore/stream. The test records those
frames with playwright's websocket events, keeps a reference to each page's own socket (an init
script wraps WebSocket.prototype.send) and sends the recorded bytes on the viewer's socket. As a
control, the same bytes sent on the reviewer's socket do save again: the replay itself works.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest

from browser_kit import (
    REPO_ROOT,
    TIMEOUT_MS,
    _log_tail,
    _start_streamlit,
    _stop,
    choose,
    dataframe_with_column,
    expect,
    grid_rows,
    headline,
    screenshot,
    wait_idle,
)
from oidc_kit import free_port, oidc_provider, redirect_uri_for, sign_in, write_auth_secrets

pytestmark = pytest.mark.browser

VIEWER = "reader@partner.example"
REVIEWER = "ana@desk.example"
ADMIN = "chief@desk.example"
NOBODY = "stranger@elsewhere.example"
ROLES = f"""
[roles]
viewer = ["@partner.example"]
reviewer = ["@desk.example"]
admin = ["{ADMIN}"]
"""
CLAIM_13_TEXT = "Some 12,000 North Korean troops"
REPLAY_CLAIM = 5  # the replay test's claim; the History test marks claim 13
MARK_NOTE = "Checked against the ministry's statement."

# Wraps WebSocket.prototype.send so the page keeps every socket the app sends on (Streamlit's
# client sends a rerun request as soon as its /_stcore/stream socket opens).
KEEP_SOCKETS = """
(() => {
    const send = WebSocket.prototype.send;
    window.__sockets = [];
    WebSocket.prototype.send = function (data) {
        if (!window.__sockets.includes(this)) window.__sockets.push(this);
        return send.call(this, data);
    };
})();
"""
SEND_ON_APP_SOCKET = """
(frames) => {
    const open = window.__sockets.filter(s => s.url.endsWith('/_stcore/stream') && s.readyState === WebSocket.OPEN);
    if (open.length !== 1) return `expected one open app socket, found ${open.length}`;
    for (const frame of frames) open[0].send(new Uint8Array(frame));
    return open[0].url;
}
"""


# --- the desk -------------------------------------------------------------------------------------


class Desk:
    def __init__(self, url: str, db: Path):
        self.url = url
        self.db = db


@pytest.fixture(scope="module")
def desk(browser):
    """The provider and app.py on a fresh database with [auth] and [roles]; depends on `browser`
    so that a missing browser skips (or fails, with CI=true) first."""
    with tempfile.TemporaryDirectory(prefix="factcheck-signin-e2e-") as tmp:
        workdir = Path(tmp)
        port = free_port()
        with oidc_provider(redirect_uri_for(port), log_dir=workdir) as idp:
            secrets = write_auth_secrets(workdir / "secrets.toml", idp)
            with open(secrets, "a") as f:
                f.write(ROLES)
            proc, base_url, log_path, log = _start_streamlit(workdir, port=port, args=("--secrets.files", str(secrets)))
            try:
                assert base_url == f"http://127.0.0.1:{port}"
                yield Desk(base_url, workdir / "factcheck.duckdb")
            finally:
                _stop(proc)
                log.close()
                print(f"streamlit log tail:\n{_log_tail(log_path)}\n\nprovider log tail:\n{idp.log_tail()}")


def _context(browser, *init_scripts: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    for script in init_scripts:
        context.add_init_script(script)
    return context, context.new_page()


# --- the database, read from outside the server ---------------------------------------------------


def _export_claim(db: Path, claim_id: int) -> dict:
    """The claim as `python -m factcheck export --where id=N` gives it (the CLI waits for the lock)."""
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(db), "export", "--where", f"id={claim_id}", "--format", "json"],
        cwd=REPO_ROOT, capture_output=True, stdin=subprocess.DEVNULL, timeout=60,
    )
    assert done.returncode == 0, f"CLI export exited {done.returncode}: {done.stderr.decode(errors='replace')}"
    rows = json.loads(done.stdout)
    assert len(rows) == 1, rows
    return rows[0]


def _events(db: Path) -> list[tuple]:
    """Every audit event, oldest first, read through a read-only connection opened only once the
    server has let go of the file (it does after a second without requests)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.2)
            continue
        try:
            return con.execute(
                "SELECT id, claim_id, reviewer, old_workflow, new_workflow, old_verdict, new_verdict, note, version"
                " FROM status_events ORDER BY id").fetchall()
        finally:
            con.close()


def _state(db: Path, claim_id: int) -> tuple[dict, list[tuple]]:
    return _export_claim(db, claim_id), _events(db)


# --- websocket frames -----------------------------------------------------------------------------


class Frames:
    """Binary frames a page sends and receives on the app's /_stcore/stream socket(s)."""

    def __init__(self, page):
        self.sent: list[bytes] = []
        self.received: list[bytes] = []
        page.on("websocket", self._attach)

    def _attach(self, ws) -> None:
        if not ws.url.endswith("/_stcore/stream"):
            return
        ws.on("framesent", lambda payload: isinstance(payload, bytes) and self.sent.append(payload))
        ws.on("framereceived", lambda payload: isinstance(payload, bytes) and self.received.append(payload))


def _back_msgs(frames: list[bytes]):
    from streamlit.proto.BackMsg_pb2 import BackMsg

    return [BackMsg.FromString(frame) for frame in frames]


def _script_finished_since(frames: Frames, start: int) -> bool:
    """Whether the server has ended a script run (not one cut short for a rerun) in the frames
    received since index `start`."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    for frame in frames.received[start:]:
        msg = ForwardMsg.FromString(frame)
        if msg.WhichOneof("type") == "script_finished" and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            return True
    return False


def _wait_for_script_finished(page, frames: Frames, start: int, after: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not _script_finished_since(frames, start):
        assert time.monotonic() < deadline, f"the server did not finish a script run after {after}"
        page.wait_for_timeout(100)  # lets playwright deliver the websocket events


# --- page helpers ---------------------------------------------------------------------------------


def _expect_signed_in_sidebar(page, name: str, email: str, role: str) -> None:
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_test_id("stMarkdownContainer").filter(has_text="Signed in as")).to_have_text(
        f"Signed in as {name}")
    expect(sidebar.get_by_test_id("stCaptionContainer").filter(has_text=email)).to_have_text(f"{email} · {role}")
    expect(sidebar.get_by_role("button", name="Sign out", exact=True)).to_be_visible()
    expect(page.get_by_role("textbox", name="Reviewing as", exact=True)).to_have_count(0)
    expect(sidebar.get_by_text("Local mode", exact=True)).to_have_count(0)


def _open_claim(page, base: str, claim_id: int) -> None:
    page.goto(f"{base}/claim?id={claim_id}")
    expect(page.get_by_role("heading", name=f"Claim {claim_id}", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stForm")).to_be_visible()
    wait_idle(page)


def _save_mark(page, workflow: str, verdict: str, note: str) -> None:
    form = page.get_by_test_id("stForm")
    choose(page, form, "Workflow", workflow)
    choose(page, form, "Verdict", verdict)
    form.get_by_role("textbox", name="Note", exact=True).fill(note)
    form.get_by_role("button", name="Save", exact=True).click()


def _expect_no_desk_content(page) -> None:
    """Nothing of the desk's data on screen: no claim, table, chart, metric, form or page title."""
    main = page.get_by_test_id("stMain")
    expect(main).not_to_contain_text(CLAIM_13_TEXT)
    for test_id in ("stDataFrame", "stMetric", "stPlotlyChart", "stForm", "stTabs"):
        expect(main.get_by_test_id(test_id)).to_have_count(0)
    for title in ("Claims", "Claim 13", "Overview", "Figures", "Sources", "Add to the desk", "Vocabularies"):
        expect(main.get_by_role("heading", name=title, exact=True)).to_have_count(0)


def _expect_sign_in_page(page) -> None:
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Factcheck desk", exact=True)).to_be_visible()
    expect(main.get_by_role("button", name="Sign in", exact=True)).to_be_visible()
    wait_idle(page)
    expect(main).to_contain_text("Sign in to read and review the desk's claims.")
    _expect_no_desk_content(page)
    expect(page.get_by_role("button", name="Sign out", exact=True)).to_have_count(0)


def _follow_every_sidebar_link(page, frames: Frames) -> list[str]:
    """Click each link the sidebar offers (none while signed out or without a role, since app.py
    hides the navigation; this guards that) and check that none shows any of the desk's data."""
    nav = page.get_by_test_id("stSidebarNav").get_by_role("link")
    names = [link.inner_text().strip() for link in nav.all()]
    for name in names:
        start = len(frames.received)
        page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True).click()
        _wait_for_script_finished(page, frames, start, f"clicking {name!r} in the sidebar")
        wait_idle(page)
        _expect_no_desk_content(page)
    return names


# --- tests ----------------------------------------------------------------------------------------


def test_a_signed_out_visitor_sees_only_the_sign_in_page(page, desk):
    frames = Frames(page)
    page.goto(desk.url + "/")
    _expect_sign_in_page(page)
    # A shared link straight to a claim or to the claims table shows the same page, not the claim.
    for path in ("/claim?id=13", "/claims?q=troops", "/add"):
        page.goto(desk.url + path)
        _expect_sign_in_page(page)
    # Whatever the sidebar offers leads to no data either.
    _follow_every_sidebar_link(page, frames)
    assert "_streamlit_user" not in {c["name"] for c in page.context.cookies(desk.url)}


def test_the_sign_in_page_lists_no_pages(page, desk):
    """app.py draws a hidden navigation before it stops: otherwise Streamlit lists pages/'s files."""
    page.goto(desk.url + "/")
    _expect_sign_in_page(page)
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)


def test_a_viewer_reads_but_a_replayed_reviewer_save_changes_nothing(browser, desk):
    viewer_ctx, viewer = _context(browser, KEEP_SOCKETS)
    reviewer_ctx, reviewer = _context(browser, KEEP_SOCKETS)
    try:
        # --- the viewer reads -----------------------------------------------------------------
        sign_in(viewer, desk.url, VIEWER)
        _expect_signed_in_sidebar(viewer, "reader", VIEWER, "Viewer")
        wait_idle(viewer)

        viewer.get_by_test_id("stSidebarNav").get_by_role("link", name="Claims", exact=True).click()
        expect(viewer.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
        expect(viewer.get_by_text("Claims 1–26 of 26.")).to_be_visible()
        rows = grid_rows(dataframe_with_column(viewer, "Said by"))
        assert rows and all(row.get("ID", "").isdigit() for row in rows), rows
        wait_idle(viewer)

        viewer.get_by_test_id("stSidebarNav").get_by_role("link", name="Add", exact=True).click()
        main = viewer.get_by_test_id("stMain")
        expect(main.get_by_role("heading", name="Add to the desk", exact=True)).to_be_visible()
        expect(main.get_by_test_id("stAlert")).to_contain_text(
            "To add articles you need the reviewer role; ask an admin if you should have it.")
        expect(main.get_by_role("tab")).to_have_count(0)  # neither the article nor the claim-set tab
        wait_idle(viewer)

        _open_claim(viewer, desk.url, REPLAY_CLAIM)
        form = viewer.get_by_test_id("stForm")
        expect(form.get_by_role("button", name="Save", exact=True)).to_be_disabled()
        expect(form.get_by_role("combobox", name="Workflow", exact=True)).to_be_disabled()
        expect(viewer.get_by_test_id("stMain").get_by_test_id("stCaptionContainer").filter(
            has_text="To mark claims")).to_have_text(
            "To mark claims you need the reviewer role; ask an admin if you should have it.")

        # --- the reviewer saves, and the browser's frames are recorded ------------------------
        before = _state(desk.db, REPLAY_CLAIM)
        assert before[0]["version"] == 1 and before[0]["reviewer"] is None, before[0]
        assert before[1] == [], before[1]

        reviewer_frames = Frames(reviewer)
        sign_in(reviewer, desk.url, REVIEWER)
        _expect_signed_in_sidebar(reviewer, "ana", REVIEWER, "Reviewer")
        _open_claim(reviewer, desk.url, REPLAY_CLAIM)
        expect(headline(reviewer, "Workflow")).to_have_text("Unreviewed")
        start = len(reviewer_frames.sent)
        _save_mark(reviewer, "In progress", "Misleading", MARK_NOTE)
        expect(reviewer.get_by_test_id("stToast")).to_contain_text(f"Saved claim {REPLAY_CLAIM} (now version 2).")
        expect(headline(reviewer, "Verdict")).to_have_text("Misleading")
        wait_idle(reviewer)
        captured = reviewer_frames.sent[start:]

        saved = _state(desk.db, REPLAY_CLAIM)
        claim, events = saved
        assert (claim["version"], claim["workflow"], claim["verdict"], claim["reviewer"], claim["note"]) == (
            2, "in_progress", "misleading", REVIEWER, MARK_NOTE), claim
        assert [(e[1], e[2], e[6], e[7], e[8]) for e in events] == [
            (REPLAY_CLAIM, REVIEWER, "misleading", MARK_NOTE, 2)], events

        # The recorded frames are that save: a rerun of this claim's page with Save pressed and the
        # form's values in it.
        reruns = [m.rerun_script for m in _back_msgs(captured) if m.WhichOneof("type") == "rerun_script"]
        assert len(reruns) == 1, f"expected one rerun request among {len(captured)} frames: {_back_msgs(captured)}"
        rerun = reruns[0]
        assert rerun.query_string == f"id={REPLAY_CLAIM}", rerun.query_string
        pressed = [w.id for w in rerun.widget_states.widgets if w.WhichOneof("value") == "trigger_value"
                   and w.trigger_value]
        assert len(pressed) == 1, rerun.widget_states
        texts = {w.id: w.string_value for w in rerun.widget_states.widgets if w.WhichOneof("value") == "string_value"}
        assert any(key.endswith("-claim_note") and value == MARK_NOTE for key, value in texts.items()), texts

        # --- the viewer replays them on the viewer's own socket -------------------------------
        viewer_frames = Frames(viewer)
        _open_claim(viewer, desk.url, REPLAY_CLAIM)  # a fresh session on the same claim, version 2
        expect(viewer.get_by_test_id("stForm").get_by_role("button", name="Save", exact=True)).to_be_disabled()
        # The viewer's page drew the very Save button the frames press (same widget id), disabled.
        assert any(pressed[0].encode() in frame for frame in viewer_frames.received), pressed[0]
        start = len(viewer_frames.received)
        where = viewer.evaluate(SEND_ON_APP_SOCKET, [list(frame) for frame in captured])
        assert where.startswith(desk.url.replace("http", "ws", 1)), where
        _wait_for_script_finished(viewer, viewer_frames, start, "the replayed frames")
        wait_idle(viewer)
        expect(viewer.get_by_test_id("stToast")).to_have_count(0)
        expect(headline(viewer, "Workflow")).to_have_text("In progress")

        after = _state(desk.db, REPLAY_CLAIM)
        assert after == saved, f"the viewer's replay changed the database:\nbefore {saved}\nafter  {after}"
        assert not [e for e in after[1] if VIEWER in (e[2] or "")], after[1]

        # --- control: the same bytes on the reviewer's own socket do save again ---------------
        start = len(reviewer_frames.received)
        where = reviewer.evaluate(SEND_ON_APP_SOCKET, [list(frame) for frame in captured])
        assert where.startswith(desk.url.replace("http", "ws", 1)), where
        expect(reviewer.get_by_test_id("stToast").filter(
            has_text=f"Saved claim {REPLAY_CLAIM} (now version 3).")).to_have_count(1)
        wait_idle(reviewer)
        claim, events = _state(desk.db, REPLAY_CLAIM)
        assert (claim["version"], claim["reviewer"]) == (3, REVIEWER), claim
        assert [(e[2], e[8]) for e in events] == [(REVIEWER, 2), (REVIEWER, 3)], events
        print(f"replay: {len(captured)} frame(s) captured ({[len(f) for f in captured]} bytes), sent on the "
              f"viewer's socket; claim {REPLAY_CLAIM} before {saved[0]['version']}, after {after[0]['version']}; "
              f"events {len(saved[1])} -> {len(after[1])}; control replay as reviewer -> version {claim['version']}")
    finally:
        viewer_ctx.close()
        reviewer_ctx.close()


def test_a_reviewers_save_is_recorded_under_the_signed_in_email(page, desk):
    sign_in(page, desk.url, REVIEWER)
    _expect_signed_in_sidebar(page, "ana", REVIEWER, "Reviewer")
    wait_idle(page)
    screenshot(page, "signed-in-sidebar.png")

    _open_claim(page, desk.url, 13)
    expect(page.get_by_test_id("stMain")).to_contain_text(CLAIM_13_TEXT)
    _expect_signed_in_sidebar(page, "ana", REVIEWER, "Reviewer")  # no "Reviewing as" box here either
    expect(page.get_by_test_id("stForm").get_by_role("button", name="Save", exact=True)).to_be_enabled()
    _save_mark(page, "In progress", "Unverifiable", "Only one source for 12,000.")
    expect(page.get_by_test_id("stToast")).to_contain_text("Saved claim 13 (now version 2).")
    expect(headline(page, "Verdict")).to_have_text("Unverifiable")
    wait_idle(page)

    rows = grid_rows(dataframe_with_column(page, "Who"))
    assert len(rows) == 1, rows
    assert rows[0]["Who"] == REVIEWER
    assert rows[0]["Workflow"] == "Unreviewed → In progress"
    expect(page.get_by_test_id("stMain")).to_contain_text(f"Last changed by: {REVIEWER}")
    claim = _export_claim(desk.db, 13)
    assert (claim["reviewer"], claim["verdict"], claim["version"]) == (REVIEWER, "unverifiable", 2), claim


def test_a_signed_in_user_without_a_role_is_told_to_ask_an_admin(page, desk):
    frames = Frames(page)
    sign_in(page, desk.url, NOBODY)
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stAlert")).to_contain_text(
        f"You are signed in as {NOBODY}, but you have no role on this desk yet. Ask an admin")
    expect(main.get_by_role("button", name="Sign out", exact=True)).to_be_visible()
    wait_idle(page)
    _expect_no_desk_content(page)
    expect(page.get_by_test_id("stSidebar").get_by_text("Signed in as")).to_have_count(0)
    # Not through a link straight to a claim, nor through anything the sidebar offers.
    page.goto(desk.url + "/claim?id=13")
    expect(main.get_by_test_id("stAlert")).to_contain_text("you have no role on this desk")
    wait_idle(page)
    _expect_no_desk_content(page)
    _follow_every_sidebar_link(page, frames)
