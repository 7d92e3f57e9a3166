"""End to end: a real `streamlit run app.py` on a fresh database, driven by headless Chromium.

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

import csv
import io
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
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

pytestmark = pytest.mark.browser

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


def _start_streamlit(workdir: Path):
    """Start the app on a fresh database under workdir; return (process, base URL, log path, log file)."""
    port = _free_port()
    log_path = workdir / "streamlit.log"
    log = open(log_path, "wb")
    env = dict(os.environ, FACTCHECK_DB=str(workdir / "factcheck.duckdb"))  # does not exist yet
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            "--browser.gatherUsageStats", "false",
        ],
        cwd=REPO_ROOT,
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


@pytest.fixture(scope="module")
def app_server(browser):
    """A running app on a fresh database (built by the app on first start), shared by the module.

    Depends on `browser` only so that a missing browser skips (or fails, in CI) before a server
    is started for nothing.
    """
    with tempfile.TemporaryDirectory(prefix="factcheck-e2e-") as tmp:
        proc, base_url, log_path, log = _start_streamlit(Path(tmp))
        try:
            yield Server(base_url, Path(tmp) / "factcheck.duckdb")
        finally:
            _stop(proc)
            log.close()
            if proc.returncode not in (0, -15, None):  # -15: our SIGTERM
                print(f"streamlit exited with {proc.returncode}; log tail:\n{_log_tail(log_path)}")


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


# --- tests ----------------------------------------------------------------------------------------


def test_opens_the_dashboard_reads_the_claims_table_and_opens_a_claim(page, app_url):
    # Overview: the sample's 26 claims (the database was built by this server's first start).
    page.goto(app_url + "/")
    claims_metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").filter(has_text=re.compile(r"^Claims$"))
    )
    expect(claims_metric.get_by_test_id("stMetricValue")).to_have_text("26")
    wait_idle(page)

    # Claims page, through the sidebar navigation.
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Claims", exact=True).click()
    expect(page).to_have_url(re.compile(r"/claims$"))
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
    expect(page.get_by_text("Claims 1–26 of 26.")).to_be_visible()
    table = dataframe_with_column(page, "Said by")
    wait_idle(page)

    rows = grid_rows(table)
    by_id = {row.get("ID"): row for row in rows}
    assert "5" in by_id, f"claim 5 is not among the rows in view: {rows}"
    row5 = by_id["5"]
    assert row5["Claim"] == CLAIM_5
    assert row5["Said by"] == "Yaroslav Chepurnyi"
    assert row5["Open"] == "claim?id=5"  # the link column's value: a shareable relative link

    # Open the claim the way a reviewer does: tick the row's selection box (it switches page).
    select_row(page, table, row5)

    expect(page).to_have_url(re.compile(r"/claim\?id=5$"))
    expect(page.get_by_role("heading", name="Claim 5", exact=True)).to_be_visible()
    context_box = page.locator(".st-key-claim_context")
    expect(context_box.locator("span.stMarkdownColoredBackground")).to_have_count(1)
    wait_idle(page)

    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name=CLAIM_5)).to_be_visible()
    expect(headline(page, "Said by")).to_have_text("Yaroslav Chepurnyi")
    expect(headline(page, "How")).to_have_text("Direct quote")
    expect(headline(page, "Workflow")).to_have_text("Unreviewed")

    # The claim's paragraph, with the quote highlighted (markdown :orange-background[...]).
    quote_paragraph = context_box.locator("p").filter(has=page.locator("span.stMarkdownColoredBackground"))
    expect(quote_paragraph).to_be_visible()
    expect(quote_paragraph).to_contain_text("Lieutenant Colonel Yaroslav Chepurnyi")
    expect(quote_paragraph).to_contain_text("told POLITICO on Monday")
    expect(quote_paragraph.locator("span.stMarkdownColoredBackground")).to_have_text(CLAIM_5_SPAN)

    page.get_by_role("heading", name="Claim 5", exact=True).scroll_into_view_if_needed()
    screenshot(page, "claim-5.png")

    # The whole article, in an expander, highlights the same span.
    page.get_by_test_id("stExpander").get_by_text("The whole article, claim highlighted").click()
    article = page.locator(".st-key-claim_article_text")
    highlight = article.locator("span.stMarkdownColoredBackground")
    expect(highlight).to_have_count(1)
    expect(highlight).to_be_visible()
    expect(highlight).to_have_text(CLAIM_5_SPAN)
    expect(article).to_contain_text("told POLITICO on Monday")
    expect(article).to_contain_text("KYIV")  # the article's opening, not only the claim's paragraph
    screenshot(page, "claim-5-whole-article.png")


def test_marking_a_claim_from_the_claim_page(page, app_url):
    # A full page load is a new session, so the name is typed on the claim page itself.
    page.goto(app_url + "/claim?id=13")
    expect(page.get_by_role("heading", name="Claim 13", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stForm")).to_be_visible()
    wait_idle(page)
    expect(page.get_by_test_id("stMain")).to_contain_text("Some 12,000 North Korean troops")
    expect(headline(page, "Workflow")).to_have_text("Unreviewed")

    reviewer = "Ada Browser-Test"
    set_reviewer(page, reviewer)

    form = page.get_by_test_id("stForm")
    choose(page, form, "Workflow", "In progress")
    choose(page, form, "Verdict", "Unverifiable")
    form.get_by_role("textbox", name="Note", exact=True).fill("Checked by the end-to-end test.")
    form.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_test_id("stToast")).to_contain_text("Saved claim 13")
    expect(headline(page, "Workflow")).to_have_text("In progress")
    expect(headline(page, "Verdict")).to_have_text("Unverifiable")
    wait_idle(page)

    history = dataframe_with_column(page, "Who")
    rows = grid_rows(history)
    assert len(rows) == 1, rows
    assert rows[0]["Who"] == reviewer
    assert rows[0]["Workflow"] == "Unreviewed → In progress"
    assert rows[0]["Verdict"] == "No verdict yet → Unverifiable"
    expect(page.get_by_test_id("stMain")).to_contain_text(f"Last changed by: {reviewer}")
    screenshot(page, "claim-13-saved.png")


BONDAR = "Yuriy Bondar"
BONDAR_IDS = ["19", "20", "21", "22", "23", "24", "26"]  # all his claims, in id (= export) order
BONDAR_QUOTE_IDS = {"20", "21", "23", "26"}  # the ones that are direct quotes
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_the_review_desk_from_a_shared_link_to_a_matching_export(page, app_server, tmp_path):
    """The reviewer's whole path: a shared filtered link, facets that widen and narrow it, a claim
    opened from the table and marked, back to the same view, and an export of exactly that view,
    byte-identical to the CLI's. Uses Bondar's claims only (the other tests mark claim 13)."""
    app_url, claims_path = app_server.url, "/claims"
    quotes_only = {"speaker__in": BONDAR, "attribution__in": "direct_quote"}
    all_bondar = {"speaker__in": BONDAR}
    quotes_sentence = f"4 of 26 claims where Said by is one of {BONDAR}; How is one of Direct quote."
    bondar_sentence = f"7 of 26 claims where Said by is one of {BONDAR}."

    # 1. A shared link with two filters.
    page.goto(app_url + "/claims?speaker__in=Yuriy%20Bondar&attribution__in=direct_quote")
    expect(filter_sentence(page)).to_have_text(quotes_sentence)
    expect(filter_sentence(page).locator("strong")).to_have_text("4")
    expect(page.get_by_text("Claims 1–4 of 4.")).to_be_visible()
    wait_idle(page)
    expect_query(page, claims_path, quotes_only)
    rows = claims_table_rows(page, 4)
    assert {r["ID"] for r in rows} == BONDAR_QUOTE_IDS, rows
    assert {r["Said by"] for r in rows} == {BONDAR}, rows
    claim_text = {r["ID"]: r["Claim"] for r in rows}

    # 2. Facets: the chosen "How" value is a pressed pill; clicking it widens, clicking again narrows.
    quote_pill = facet_pill(page, "How", "Direct quote · 4")
    expect(quote_pill).to_have_attribute("aria-pressed", "true")
    expect(facet_pill(page, "How", "Paraphrase · 3")).to_have_attribute("aria-pressed", "false")
    expect(facet_pill(page, "Said by", f"{BONDAR} · 4")).to_have_attribute("aria-pressed", "true")
    quote_pill.click()
    expect(filter_sentence(page)).to_have_text(bondar_sentence)
    wait_idle(page)
    expect_query(page, claims_path, all_bondar)
    expect(quote_pill).to_have_attribute("aria-pressed", "false")
    expect(facet_pill(page, "Said by", f"{BONDAR} · 7")).to_have_attribute("aria-pressed", "true")
    rows = claims_table_rows(page, 7)
    assert {r["ID"] for r in rows} == set(BONDAR_IDS), rows
    assert {r["Said by"] for r in rows} == {BONDAR}, rows
    claim_text |= {r["ID"]: r["Claim"] for r in rows}

    quote_pill.click()
    expect(filter_sentence(page)).to_have_text(quotes_sentence)
    wait_idle(page)
    expect_query(page, claims_path, quotes_only)
    expect(quote_pill).to_have_attribute("aria-pressed", "true")
    rows = claims_table_rows(page, 4)
    assert {r["ID"] for r in rows} == BONDAR_QUOTE_IDS, rows

    # 3. Open claim 21 from the table (same session: the claims view is remembered) and mark it.
    row21 = next(r for r in rows if r["ID"] == "21")
    select_row(page, dataframe_with_column(page, "Said by"), row21)
    expect(page).to_have_url(re.compile(r"/claim\?id=21$"))
    expect(page.get_by_role("heading", name="Claim 21", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stForm")).to_be_visible()
    wait_idle(page)
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name=claim_text["21"], exact=True)).to_be_visible()
    expect(headline(page, "Said by")).to_have_text(BONDAR)
    expect(headline(page, "Workflow")).to_have_text("Unreviewed")

    reviewer = "Rita Review-Desk"
    # Starts with "-": a spreadsheet would run it as a formula, so the CSV must neutralise it.
    note = "-1 source only: the burning is Bondar's account, not confirmed elsewhere."
    evidence = "https://example.org/a"
    set_reviewer(page, reviewer)
    form = page.get_by_test_id("stForm")
    choose(page, form, "Workflow", "Done")
    choose(page, form, "Verdict", "Misleading")
    form.get_by_role("textbox", name="Note", exact=True).fill(note)
    form.get_by_role("textbox", name="Evidence links", exact=True).fill(evidence)
    form.get_by_role("button", name="Save", exact=True).click()

    toast = page.get_by_test_id("stToast")
    expect(toast).to_contain_text(re.compile(r"Saved claim 21 \(now version \d+\)"))
    version = re.search(r"now version (\d+)", toast.inner_text()).group(1)
    expect(headline(page, "Workflow")).to_have_text("Done")
    expect(headline(page, "Verdict")).to_have_text("Misleading")
    wait_idle(page)
    history = grid_rows(dataframe_with_column(page, "Who"))
    assert len(history) == 1, history
    assert history[0]["Who"] == reviewer
    assert history[0]["Workflow"] == "Unreviewed → Done"
    assert history[0]["Verdict"] == "No verdict yet → Misleading"
    on_file = main.get_by_test_id("stMarkdownContainer").filter(has_text=re.compile(r"^Evidence on file:"))
    expect(on_file.get_by_role("link", name=evidence, exact=True)).to_have_attribute("href", evidence)
    expect(main).to_contain_text(f"Last changed by: {reviewer}")

    # 4. Back to the claims: the same filtered view, now counting the marked claim.
    page.get_by_role("button", name="Back to the claims", exact=True).click()
    expect(filter_sentence(page)).to_have_text(quotes_sentence)
    wait_idle(page)
    expect_query(page, claims_path, quotes_only)
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
    expect(facet_pill(page, "Workflow", "Done · 1")).to_be_visible()
    expect(facet_pill(page, "Workflow", "Unreviewed · 3")).to_be_visible()
    expect(facet_pill(page, "Verdict", "Misleading · 1")).to_be_visible()
    assert {r["ID"] for r in claims_table_rows(page, 4)} == BONDAR_QUOTE_IDS

    # 5. Export all of Bondar's claims (widen "How" again) and compare with the CLI, byte for byte.
    quote_pill.click()
    expect(filter_sentence(page)).to_have_text(bondar_sentence)
    wait_idle(page)
    expect_query(page, claims_path, all_bondar)
    claims_table_rows(page, 7)

    page.get_by_role("tab", name="Export 7 matching", exact=True).click()
    panel = page.get_by_role("tabpanel")
    expect(panel.get_by_role("combobox", name="Format", exact=True)).to_be_visible()
    download_csv = panel.get_by_role("button", name="Download claims.csv", exact=True)
    choose(page, panel, "Format", "CSV (spreadsheet)")  # whichever format is the default
    expect(download_csv).to_be_visible()
    wait_idle(page)
    from_app = download(page, download_csv, tmp_path / "claims.csv")
    from_cli = cli_export(app_server.db, "--where", f"speaker__in={BONDAR}", "--format", "csv")
    assert from_app == from_cli, f"dashboard download:\n{from_app!r}\nCLI:\n{from_cli!r}"

    records = list(csv.DictReader(io.StringIO(from_app.decode("utf-8"), newline="")))
    assert [r["id"] for r in records] == BONDAR_IDS
    for record in records:
        assert record["speaker"] == BONDAR
        if record["id"] == "21":
            assert record["workflow"] == "done"
            assert record["verdict"] == "misleading"
            assert record["reviewer"] == reviewer
            assert record["note"] == "'" + note  # neutralised: a leading "-" would be a formula
            assert record["evidence"] == evidence
            assert record["version"] == version
        else:
            assert record["workflow"] == "unreviewed", record
            assert record["verdict"] == "" and record["reviewer"] == "" and record["note"] == "", record
        assert record["text"] == claim_text[record["id"]]  # as the claims table showed it
    for line in csv.reader(io.StringIO(from_app.decode("utf-8"), newline="")):
        for cell in line:
            assert not cell.startswith(FORMULA_STARTS), f"a cell a spreadsheet would evaluate: {cell!r}"

    # The same with "For Excel": a UTF-8 byte-order mark, then the same bytes (as the CLI's --excel).
    excel = panel.get_by_role("checkbox", name="For Excel", exact=True)
    # The <input> is visually hidden inside its <label>, which takes the click.
    panel.get_by_test_id("stCheckbox").filter(has_text=re.compile(r"^For Excel$")).locator("label").first.click()
    expect(excel).to_be_checked()
    # The button names the Excel file differently, so its label says when the ticked run is done.
    download_excel = panel.get_by_role("button", name="Download claims-excel.csv", exact=True)
    expect(download_excel).to_be_visible()
    wait_idle(page)
    from_app_excel = download(page, download_excel, tmp_path / "claims-excel.csv")
    assert from_app_excel[:3] == b"\xef\xbb\xbf", f"no byte-order mark: {from_app_excel[:40]!r}"
    assert from_app_excel == b"\xef\xbb\xbf" + from_app
    assert from_app_excel == cli_export(app_server.db, "--where", f"speaker__in={BONDAR}", "--format", "csv",
                                        "--excel")

    # 6. For people: the filtered claims page.
    page.get_by_role("heading", name="Claims", exact=True).scroll_into_view_if_needed()
    screenshot(page, "claims-filtered.png")


def test_a_claim_link_as_the_first_request_after_a_server_start_gets_the_whole_app(page, browser):
    """Regression: with the page scripts in pages/, Streamlit runs a requested page file on its own
    (its old pages-folder mode) until app.py has called st.navigation once in that process. The
    pages detour through app.py (pages/common.py: enter_via_app), keeping the query string."""
    with tempfile.TemporaryDirectory(prefix="factcheck-e2e-deeplink-") as tmp:
        proc, base_url, _log_path, log = _start_streamlit(Path(tmp))
        try:
            page.goto(base_url + "/claim?id=13")  # nobody has opened the app on this server yet
            expect(page.get_by_role("heading", name="Claim 13", exact=True)).to_be_visible()
            expect(page.get_by_test_id("stForm")).to_be_visible()
            wait_idle(page)
            expect(page).to_have_url(re.compile(r"/claim\?id=13$"))
            nav = page.get_by_test_id("stSidebarNav").get_by_role("link")
            # app.py's navigation (the visible pages), not the pages/ folder's file names
            expected = ["Overview", "Claims", "Figures", "Sources", "Add"]
            expect(nav).to_have_count(len(expected))
            for i, name in enumerate(expected):
                expect(nav.nth(i)).to_have_accessible_name(name)
            expect(page.get_by_test_id("stSidebar").get_by_role("textbox", name="Reviewing as", exact=True)).to_be_visible()
        finally:
            _stop(proc)
            log.close()
