"""The browser-test kit: a real `streamlit run app.py` on a fresh database, driven by headless
Chromium, and helpers to read what Streamlit draws. Its fixtures are offered to every test by
conftest.py; the tests are in tests/test_browser*.py.

The server builds its database from data/ on first start (FACTCHECK_DB points at a path that does
not exist yet), so these tests also cover the first-run build.

Reading st.dataframe: it draws on a <canvas> (glide-data-grid), but keeps an accessible
<table role="grid"> inside the canvas element, one <th role="columnheader"> per column and one
<tr role="row"> of <td role="gridcell"> per data row, each with aria-colindex / aria-rowindex.
Only the rows and columns currently scrolled into view are in that table, so assertions stick to
the first columns and rows. Clicking a row (to select it) has to go through the canvas itself.

Skipped when Chromium or playwright is missing, except with CI=true, where that is a failure.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError as _exc:  # the `browser` fixture skips, or fails when CI=true
    expect = sync_playwright = None
    PLAYWRIGHT_IMPORT_ERROR: ImportError | None = _exc
else:
    PLAYWRIGHT_IMPORT_ERROR = None


REPO_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
STARTUP_TIMEOUT = 60  # seconds for the server to answer its health check
TIMEOUT_MS = 20_000  # for any one thing to appear in the browser

# Streamlit's st.dataframe default geometry (header and each row are 35 px high); used only to
# aim a click at a row's selection checkbox, which exists nowhere but on the canvas.
GRID_HEADER_PX = 35
GRID_ROW_PX = 35
GRID_ROW_MARKER_X = 15
# st.data_editor draws a CheckboxColumn(width="small") 75 px wide with the box centred in it; used
# only to aim a click at a Keep box in the Add page's candidates, which again is canvas only.
EDITOR_SMALL_COLUMN_PX = 75

CLAIM_5 = "North Korean soldiers have been blowing themselves up when they see capture is in sight."
CLAIM_5_SPAN = "They have been blowing themselves up when they see capture is in sight"


# --- the server -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(log_path: Path, lines: int = 40) -> str:
    try:
        text = log_path.read_text(errors="replace")
    except OSError as exc:
        return f"(no log: {exc})"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _start_streamlit(workdir: Path, *, port: int | None = None, args: tuple[str, ...] = (), env: dict | None = None,
                     app: Path | None = None):
    """Start the app on a fresh database under workdir; return (process, base URL, log path, log file).

    args go to `streamlit run` after the shipped ones (e.g. --secrets.files); env adds variables;
    app runs another script (from workdir) instead of the repo's app.py.
    """
    port = port or _free_port()
    log_path = workdir / "streamlit.log"
    log = open(log_path, "wb")
    env = dict(os.environ, FACTCHECK_DB=str(workdir / "factcheck.duckdb"), **(env or {}))  # db: not there yet
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(app) if app else "app.py",
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            "--browser.gatherUsageStats", "false",
            *args,
        ],
        cwd=workdir if app else REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        if proc.poll() is not None:
            log.close()
            pytest.fail(
                f"streamlit exited with code {proc.returncode} before it was healthy; log tail:\n"
                + _log_tail(log_path),
                pytrace=False,
            )
        try:
            with urllib.request.urlopen(base_url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200 and resp.read().decode().strip() == "ok":
                    return proc, base_url, log_path, log
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        if time.monotonic() > deadline:
            _stop(proc)
            log.close()
            pytest.fail(
                f"streamlit was not healthy at {base_url} after {STARTUP_TIMEOUT} s; log tail:\n"
                + _log_tail(log_path),
                pytrace=False,
            )
        time.sleep(0.25)


@dataclass(frozen=True)
class Server:
    url: str  # base URL, e.g. http://127.0.0.1:PORT
    db: Path  # the database file the server built and uses; the CLI can open it too (see README)


@contextmanager
def _app_on_a_fresh_database(prefix: str):
    """Start the app on a database of its own (built on first start); stop it afterwards."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        proc, base_url, log_path, log = _start_streamlit(Path(tmp))
        try:
            yield Server(base_url, Path(tmp) / "factcheck.duckdb")
        finally:
            _stop(proc)
            log.close()
            if proc.returncode not in (0, -15, None):  # -15: our SIGTERM
                print(f"streamlit exited with {proc.returncode}; log tail:\n{_log_tail(log_path)}")


@pytest.fixture(scope="module")
def app_server(browser):
    """A running app on a fresh database (built by the app on first start), shared by the module.

    Depends on `browser` only so that a missing browser skips (or fails, in CI) before a server
    is started for nothing.
    """
    with _app_on_a_fresh_database("factcheck-e2e-") as server:
        yield server


@pytest.fixture
def own_app_server(browser):
    """A running app on a fresh database for one test: for a test that adds articles or claims,
    which would change the totals that the tests sharing app_server count on (26 claims)."""
    with _app_on_a_fresh_database("factcheck-e2e-own-") as server:
        yield server


@pytest.fixture(scope="module")
def app_url(app_server) -> str:
    """Base URL of the module's running app (see app_server)."""
    return app_server.url


# --- the browser ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium via playwright; skipped if unavailable, a failure when CI=true."""
    problem = None
    if PLAYWRIGHT_IMPORT_ERROR is not None:
        problem = f"playwright cannot be imported ({PLAYWRIGHT_IMPORT_ERROR}); pip install -r requirements-dev.txt"
    if problem is None and not CHROMIUM.exists():
        problem = f"{CHROMIUM} does not exist; install Debian's chromium package (apt-get install chromium)"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests are required in CI (CI=true), but {problem}", pytrace=False)
        pytest.skip(problem)

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page (1400x1000), closed after the test."""
    expect.set_options(timeout=TIMEOUT_MS)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


# --- helpers --------------------------------------------------------------------------------------


def wait_idle(page) -> None:
    """Wait until the script is not running. Call it after waiting for the content you expect:
    right after a navigation or click, the app may still show the previous 'notRunning' state."""
    page.locator(IDLE).wait_for(timeout=TIMEOUT_MS)


def grid_rows(dataframe) -> list[dict[str, str]]:
    """The rows of an st.dataframe that are in its accessible table, keyed by column header.

    Each row also carries "_rowindex" (its aria-rowindex; 2 is the first data row). Only rows and
    columns scrolled into view are present.
    """
    return dataframe.locator("table[role=grid]").evaluate(
        """table => {
            const names = {};
            for (const th of table.querySelectorAll('th[role=columnheader]'))
                names[th.getAttribute('aria-colindex')] = th.textContent.trim();
            return Array.from(table.querySelectorAll('tbody tr[role=row]'), tr => {
                const row = {_rowindex: tr.getAttribute('aria-rowindex')};
                for (const td of tr.querySelectorAll('td[role=gridcell]'))
                    row[names[td.getAttribute('aria-colindex')] ?? td.getAttribute('aria-colindex')] =
                        td.textContent.trim();
                return row;
            });
        }"""
    )


def dataframe_with_column(page, header: str):
    """The st.dataframe whose header includes `header`, once its accessible table has data rows."""
    df = page.get_by_test_id("stDataFrame").filter(
        has=page.locator("th[role=columnheader]", has_text=re.compile(rf"^{re.escape(header)}$"))
    )
    expect(df).to_have_count(1)  # the grid is lazy-loaded: it appears after the script finished
    expect(df.locator("tbody tr[role=row]").first).to_be_attached()
    return df


def headline(page, label: str):
    """The bold value under a caption in the claim page's headline columns (Said by, How, ...)."""
    column = page.get_by_test_id("stColumn").filter(
        has=page.get_by_test_id("stCaptionContainer").filter(has_text=re.compile(rf"^{re.escape(label)}$"))
    )
    return column.locator("strong")


def screenshot(page, name: str) -> None:
    """For people, not for asserting: test-artifacts/ at the repo root (gitignored).
    Streamlit scrolls inside its main area, so this is what the viewport shows."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def set_reviewer(page, name: str) -> None:
    """Type a name into the sidebar's "Reviewing as" and apply it (Enter)."""
    sidebar = page.get_by_test_id("stSidebar")
    box = sidebar.get_by_role("textbox", name="Reviewing as", exact=True)
    box.fill(name)
    box.press("Enter")
    # "Press Enter to apply" goes away once the value is sent to the app
    expect(sidebar.get_by_test_id("InputInstructions")).not_to_contain_text("Press Enter")
    expect(box).to_have_value(name)
    wait_idle(page)


def choose(page, container, label: str, option: str) -> None:
    """Pick an option in a selectbox (a combobox with a listbox popup)."""
    combo = container.get_by_role("combobox", name=label, exact=True)
    # Centre it first: at the viewport's bottom edge, opening the popup scrolls the page, and a
    # scroll closes the popup again at once (seen when the form sat at the bottom of the screen).
    combo.evaluate("e => e.scrollIntoView({block: 'center'})")
    combo.click()
    expect(combo).to_have_attribute("aria-expanded", "true")
    page.get_by_role("listbox").get_by_role("option", name=option, exact=True).click()
    expect(combo).to_have_value(option)


def query_of(url: str) -> dict[str, str]:
    """A URL's query string as a dict (one value per key), decoded: '+' and %20 both become spaces."""
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


def expect_query(page, path: str, expected: dict[str, str]) -> None:
    """Wait until the page is at `path` with exactly this query (the app rewrites it in place)."""
    try:
        page.wait_for_url(lambda url: urlsplit(url).path == path and query_of(url) == expected, timeout=TIMEOUT_MS)
    except Exception as exc:  # playwright's TimeoutError; say what the URL was instead
        raise AssertionError(f"expected {path} with query {expected}, the page is at {page.url}") from exc


def facet_pill(page, facet: str, text: str):
    """A facet value on the claims page: st.pills draws a role=toolbar named after the facet label,
    with one <button aria-pressed> per value whose text is "<value label> · <count>"."""
    return (page.get_by_test_id("stButtonGroup").get_by_role("toolbar", name=facet, exact=True)
            .get_by_role("button", name=text, exact=True))


def filter_sentence(page):
    """The claims page's "**N** of M claims where …" line (there only while a filter is set)."""
    return page.get_by_test_id("stMain").get_by_test_id("stMarkdownContainer").filter(
        has_text=re.compile(r"^[\d,]+ of [\d,]+ claims where "))


def claims_table_rows(page, count: int) -> list[dict[str, str]]:
    """The claims table's rows once it shows `count` of them (all in view: count stays small)."""
    table = dataframe_with_column(page, "Said by")
    expect(table.locator("tbody tr[role=row]")).to_have_count(count)
    return grid_rows(table)


def select_row(page, dataframe, row: dict[str, str]) -> None:
    """Tick a row's selection box (a row read by grid_rows); it exists only on the canvas."""
    canvas = dataframe.get_by_test_id("data-grid-canvas")
    canvas.evaluate("e => e.scrollIntoView({block: 'center'})")  # the whole grid on screen
    box = canvas.bounding_box()
    y = box["y"] + GRID_HEADER_PX + (int(row["_rowindex"]) - 2) * GRID_ROW_PX + GRID_ROW_PX / 2
    assert y < min(box["y"] + box["height"], page.viewport_size["height"]), f"row {row} is not on screen"
    page.mouse.click(box["x"] + GRID_ROW_MARKER_X, y)


def plotly_chart(page, title: str):
    """The st.plotly_chart whose figure has this title (Plotly draws it as SVG <text class="gtitle">),
    once it is drawn and the script has finished."""
    chart = page.get_by_test_id("stPlotlyChart").filter(
        has=page.locator("text.gtitle", has_text=re.compile(rf"^{re.escape(title)}$")))
    expect(chart).to_have_count(1)
    expect(chart.locator("g.trace.bars g.point path").first).to_be_attached()
    wait_idle(page)
    return chart


def click_bar(page, chart, trace: str, category: str) -> int:
    """Click the bar for `category` in the bar trace named `trace` (a horizontal or vertical bar
    chart); return the bar's value (its length).

    Plotly draws one <g class="trace bars"> per trace, whose d3 datum carries the trace, and in it
    one <g class="point"><path> per category, in the order of the trace's categories. The paths
    take no pointer events: Plotly hit-tests mouse positions on the plot's drag layer (a transparent
    <rect class="nsewdrag">) itself. So the click goes to the bar's centre on screen, with the
    mouse: first a hover, whose label confirms which bar is under the pointer, then a click, which
    (clickmode "event+select", Streamlit's default with on_select) selects that one point.
    """
    plot = chart.locator(".js-plotly-plot")
    plot.evaluate("e => e.scrollIntoView({block: 'center'})")
    bar = plot.evaluate(
        """(gd, [traceName, category]) => {
            for (const g of gd.querySelectorAll('g.trace.bars')) {
                const trace = g.__data__ && g.__data__[0] && g.__data__[0].trace;
                if (!trace || trace.name !== traceName) continue;
                const horizontal = trace.orientation === 'h';
                const categories = Array.from(horizontal ? trace.y : trace.x, String);
                const i = categories.indexOf(category);
                if (i < 0) return {error: `no ${category} in ${traceName}: ${categories.join(', ')}`};
                const path = g.querySelectorAll('g.point path')[i];
                if (!path) return {error: `${traceName} draws no bar for ${category}`};
                const r = path.getBoundingClientRect();
                return {x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, height: r.height,
                        value: Number(horizontal ? trace.x[i] : trace.y[i])};
            }
            return {error: `no bar trace named ${traceName}`};
        }""",
        [trace, category],
    )
    assert "error" not in bar, bar["error"]
    assert bar["width"] > 2 and bar["height"] > 2, f"the {category} bar of {trace} is too small to click: {bar}"
    assert 0 < bar["y"] < page.viewport_size["height"], f"the {category} bar is not on screen: {bar}"
    page.mouse.move(bar["x"], bar["y"])
    label = chart.locator("g.hovertext")
    expect(label).to_have_count(1)
    expect(label).to_contain_text(trace)
    expect(label).to_contain_text(category)
    page.mouse.click(bar["x"], bar["y"])
    return bar["value"]


def claims_editor_keep(page, editor, row: dict[str, str]) -> None:
    """Toggle a candidate's Keep box (the first column of the Add page's data editor) for a row read
    by grid_rows. A click on a checkbox cell toggles it at once (no edit mode in between)."""
    canvas = editor.get_by_test_id("data-grid-canvas")
    canvas.evaluate("e => e.scrollIntoView({block: 'center'})")
    box = canvas.bounding_box()
    y = box["y"] + GRID_HEADER_PX + (int(row["_rowindex"]) - 2) * GRID_ROW_PX + GRID_ROW_PX / 2
    assert y < min(box["y"] + box["height"], page.viewport_size["height"]), f"row {row} is not on screen"
    page.mouse.click(box["x"] + EDITOR_SMALL_COLUMN_PX / 2, y)


def set_date(page, container, label: str, value: str) -> None:
    """Type a YYYY-MM-DD date into st.date_input: segments (react-aria spinbuttons) that take digits
    and move on by themselves. Focusing one opens the calendar popup, which Escape closes."""
    year = container.get_by_role("spinbutton", name=f"year, {label}", exact=True)
    year.focus()
    page.keyboard.type(value.replace("-", ""))
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stDateInputCalendar")).to_have_count(0)
    expect(container.get_by_role("group", name=label, exact=True)).to_have_text(value)


def apply_text(page, label: str, value: str) -> None:
    """Type into a text input outside a form and apply it (Enter), like set_reviewer."""
    widget = page.get_by_test_id("stTextInput").filter(has=page.get_by_role("textbox", name=label, exact=True))
    box = widget.get_by_role("textbox", name=label, exact=True)
    box.fill(value)
    box.press("Enter")
    expect(widget.get_by_test_id("InputInstructions")).not_to_contain_text("Press Enter")
    expect(box).to_have_value(value)
    wait_idle(page)


def download(page, button, save_to: Path) -> bytes:
    """Click a download button, save what the browser receives and return its bytes."""
    with page.expect_download() as info:
        button.click()
    info.value.save_as(save_to)
    return save_to.read_bytes()


def cli_export(db: Path, *args: str) -> bytes:
    """`python -m factcheck --db DB export ARGS…`: its standard output, as bytes."""
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(db), "export", *args],
        cwd=REPO_ROOT, capture_output=True, stdin=subprocess.DEVNULL, timeout=60,
    )
    assert done.returncode == 0, f"CLI export exited {done.returncode}: {done.stderr.decode(errors='replace')}"
    return done.stdout
