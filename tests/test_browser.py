"""End to end: a real `streamlit run app.py` on a fresh database, driven by headless Chromium.

The server builds its database from data/ on first start (FACTCHECK_DB points at a path that does
not exist yet), so these tests also cover the first-run build. The server, the browser and the
helpers that read Streamlit's widgets are in browser_kit.py.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_kit import (
    CLAIM_5,
    CLAIM_5_SPAN,
    REPO_ROOT,
    _start_streamlit,
    _stop,
    apply_text,
    choose,
    claims_editor_keep,
    claims_table_rows,
    cli_export,
    click_bar,
    dataframe_with_column,
    download,
    expect,
    expect_query,
    facet_pill,
    filter_sentence,
    grid_rows,
    headline,
    plotly_chart,
    screenshot,
    select_row,
    set_date,
    set_reviewer,
    wait_idle,
)

pytestmark = pytest.mark.browser


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


def test_undoing_a_save_on_the_claim_page(page, own_app_server):
    """Save a status, then undo it with the button that follows: the claim is back as it was, and the
    history keeps both changes. On a server of its own: its history must not show in other tests."""
    page.goto(own_app_server.url + "/claim?id=14")
    expect(page.get_by_role("heading", name="Claim 14", exact=True)).to_be_visible()
    wait_idle(page)
    set_reviewer(page, "Ada Undo-Test")
    form = page.get_by_test_id("stForm")
    choose(page, form, "Workflow", "Done")
    choose(page, form, "Verdict", "Inaccurate")
    form.get_by_role("button", name="Save", exact=True).click()
    expect(headline(page, "Verdict")).to_have_text("Inaccurate")
    undo = page.get_by_role("button", name="Undo my change (back to Unreviewed, No verdict yet)", exact=True)
    expect(undo).to_be_visible()
    wait_idle(page)
    undo.click()
    expect(page.get_by_test_id("stToast").last).to_contain_text("Undone: claim 14 is back to Unreviewed, No verdict yet.")
    expect(headline(page, "Workflow")).to_have_text("Unreviewed")
    expect(headline(page, "Verdict")).to_have_text("No verdict yet")
    expect(undo).to_have_count(0)
    wait_idle(page)
    history = dataframe_with_column(page, "Who")
    expect(history.locator("tbody tr[role=row]")).to_have_count(2)  # the grid redraws after the page
    rows = grid_rows(history)
    assert [(r["Workflow"], r["Verdict"]) for r in rows] == [
        ("Done → Unreviewed", "Inaccurate → No verdict yet"), ("Unreviewed → Done", "No verdict yet → Inaccurate")], rows
    form = page.get_by_test_id("stForm")
    expect(form.get_by_role("combobox", name="Workflow")).to_have_value("Unreviewed")


def test_marking_every_matching_claim_then_undoing_it(page, own_app_server):
    """Claims: the bulk form asks before it applies (a dialog with the count and the filter), then
    offers to undo the whole change. On a server of its own: the marks must not show elsewhere."""
    page.goto(own_app_server.url + "/claims?hedge__in=reportedly")
    expect(filter_sentence(page)).to_have_text(re.compile(r"^2 of 26 claims where "))
    wait_idle(page)
    set_reviewer(page, "Ada Bulk-Test")
    main = page.get_by_test_id("stMain")
    choose(page, main, "Set workflow", "In progress")
    choose(page, main, "Set verdict", "Unverifiable")
    main.get_by_role("textbox", name="Note for each claim's history", exact=True).fill("Unsourced troop numbers")
    main.get_by_role("button", name="Review and apply to 2 claims…", exact=True).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("This changes 2 claims")
    dialog.get_by_role("button", name="Apply to 2 claims", exact=True).click()
    expect(page.get_by_test_id("stToast").last).to_contain_text("Marked 2 claims.")
    undo = page.get_by_role("button", name="Undo the change of 2 claims", exact=True)
    expect(undo).to_be_visible()
    wait_idle(page)
    marked = json.loads(cli_export(own_app_server.db, "--where", "hedge__in=reportedly", "--format", "json"))
    assert {(c["workflow"], c["verdict"]) for c in marked} == {("in_progress", "unverifiable")}, marked

    undo.click()
    expect(page.get_by_test_id("stToast").last).to_contain_text("Undone: 2 claims are back as they were.")
    expect(undo).to_have_count(0)
    wait_idle(page)
    back = json.loads(cli_export(own_app_server.db, "--where", "hedge__in=reportedly", "--format", "json"))
    assert {(c["workflow"], c["verdict"], c["version"]) for c in back} == {("unreviewed", None, 3)}, back


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


SPEAKER_CHART = "Who says what, and how it checks out"
NO_VERDICT = "No verdict yet"


def overview_claims_total(page) -> str:
    """The Overview's "Claims" metric, as shown (26 for the sample; more once an article is added)."""
    metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").filter(has_text=re.compile(r"^Claims$")))
    value = metric.get_by_test_id("stMetricValue")
    expect(value).to_have_text(re.compile(r"^\d[\d,]*$"))
    return value.inner_text().strip()


def test_clicking_a_chart_bar_opens_the_claims_behind_it(page, app_server):
    """Overview → Claims through a chart: clicking Bondar's "No verdict yet" bar selects that one
    point, and the page switches to the claims filtered by the bar's customdata. Other tests in this
    module mark claim 21 (Bondar, Misleading) and add an article, so what the bar stands for is read
    from the database (the CLI) and the Overview rather than assumed."""
    page.goto(app_server.url + "/")
    total = overview_claims_total(page)
    chart = plotly_chart(page, SPEAKER_CHART)
    expected = json.loads(cli_export(app_server.db, "--where", f"speaker__in={BONDAR}",
                                     "--where", "verdict__in=none", "--format", "json"))
    expected_ids = {str(c["id"]) for c in expected}
    assert expected_ids and expected_ids <= set(BONDAR_IDS), expected_ids
    screenshot(page, "overview-speaker-chart.png")

    bar_value = click_bar(page, chart, NO_VERDICT, BONDAR)
    assert bar_value == len(expected_ids), f"the bar says {bar_value}, the database {sorted(expected_ids)}"

    expect_query(page, "/claims", {"speaker__in": BONDAR, "verdict__in": "none"})
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
    n = len(expected_ids)
    expect(filter_sentence(page)).to_have_text(
        f"{n} of {total} claims where Said by is one of {BONDAR}; Verdict is one of {NO_VERDICT}.")
    wait_idle(page)
    expect_query(page, "/claims", {"speaker__in": BONDAR, "verdict__in": "none"})  # not rewritten
    rows = claims_table_rows(page, n)
    assert {r["ID"] for r in rows} == expected_ids, rows
    assert {r["Said by"] for r in rows} == {BONDAR}, rows
    expect(facet_pill(page, "Verdict", f"{NO_VERDICT} · {n}")).to_have_attribute("aria-pressed", "true")
    expect(facet_pill(page, "Said by", f"{BONDAR} · {n}")).to_have_attribute("aria-pressed", "true")

    # Back to the Overview in the same session: the chart's selection is gone with the page, so it
    # shows the Overview instead of switching straight back to the claims.
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Overview", exact=True).click()
    expect(page.get_by_role("heading", name="Overview", exact=True)).to_be_visible()
    plotly_chart(page, SPEAKER_CHART)
    page.wait_for_timeout(1000)  # a switch back would start at once: give it the chance to
    wait_idle(page)
    assert urlsplit(page.url).path == "/", page.url
    expect(page.get_by_role("heading", name="Overview", exact=True)).to_be_visible()


RIVERTON_HEADLINE = "Riverton council approves $2.4 million plan to repair flooded library"
RIVERTON_ARTICLE = f"""{RIVERTON_HEADLINE}

The Riverton city council on Tuesday approved a $2.4 million plan to repair the public library, which was \
flooded in March.

"We will reopen the library before the end of the year, and not a day later," Mayor Ana Reyes said on Tuesday.

About 300 residents attended the meeting, according to the city clerk.

Council member Tom Okafor said the repairs could cost more than planned.

The library has been closed for six months.
"""
RIVERTON_QUOTE = "We will reopen the library before the end of the year, and not a day later"
RIVERTON_PUBLISHED = "2025-03-14"


def find_candidates(page, app_url: str) -> tuple[object, list[dict[str, str]]]:
    """Open /add in a new session, paste the Riverton article with its date, find the claims; return
    the candidates' data editor and its rows."""
    page.goto(app_url + "/add")
    expect(page.get_by_role("heading", name="Add to the desk", exact=True)).to_be_visible()
    form = page.get_by_test_id("stForm")
    expect(form).to_be_visible()
    wait_idle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("tab", name="A new article", exact=True)).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("radio", name="Paste the text", exact=True)).to_be_checked()

    form.get_by_role("textbox", name="Article text", exact=True).fill(RIVERTON_ARTICLE)
    set_date(page, form, "Published on", RIVERTON_PUBLISHED)
    form.get_by_role("button", name="Find the claims", exact=True).click()
    expect(page.get_by_role("heading", name=re.compile(r"^\d+ claims found$"))).to_be_visible()
    editor = dataframe_with_column(page, "Cue")  # the candidates; the figures' editor has no Cue
    wait_idle(page)
    rows = grid_rows(editor)
    expect(page.get_by_role("heading", name=f"{len(rows)} claims found", exact=True)).to_be_visible()
    assert all(r["Keep"] == "true" for r in rows), rows
    return editor, rows


def test_pasting_an_article_and_accepting_candidates_puts_them_in_the_claims_table(page, own_app_server):
    """Add → Claims: paste an article, untick a candidate, retitle, save, follow "See its claims" to
    exactly the kept claims; then paste and save it again, which adds nothing. On a server of its
    own: the new claims would change the totals the other tests expect."""
    app_server = own_app_server
    app_url = app_server.url
    # /add is this fresh server's first request: the page file is named for its address, so
    # Streamlit's first-request pages-folder lookup finds it (it once met "Page not found" here).
    editor, rows = find_candidates(page, app_url)
    main = page.get_by_test_id("stMain")
    quote = [r for r in rows if r["Claim"] == RIVERTON_QUOTE]
    assert len(quote) == 1, rows
    assert quote[0]["Said by"] == "Ana Reyes" and quote[0]["How"] == "Direct quote", quote
    assert len(rows) >= 3, rows
    expect(page.get_by_role("textbox", name="Title", exact=True)).to_have_value(RIVERTON_HEADLINE)
    expect(main.get_by_role("group", name="Published on", exact=True).last).to_have_text(RIVERTON_PUBLISHED)
    figures = grid_rows(dataframe_with_column(page, "Figure"))
    surfaces = {f["Figure"] for f in figures}
    assert {"$2.4 million", "About 300"} <= surfaces, figures

    # A unique title, applied with Enter (a rerun; the editor keeps its edits across reruns).
    title = "Riverton backs $2.4m library repair *(browser test)*"
    apply_text(page, "Title", title)

    # Untick the first candidate that is not the quote (today: the headline, which repeats the lede).
    dropped = next(r for r in rows if r["Claim"] != RIVERTON_QUOTE)
    kept = [r for r in rows if r is not dropped]
    claims_editor_keep(page, editor, dropped)
    save = page.get_by_role("button", name=f"Save the article and {len(kept)} claims", exact=True)
    expect(save).to_be_visible()
    wait_idle(page)
    keep_now = {r["Claim"]: r["Keep"] for r in grid_rows(editor)}
    assert keep_now == {r["Claim"]: "false" if r is dropped else "true" for r in rows}, keep_now
    expect(page.get_by_role("textbox", name="Title", exact=True)).to_have_value(title)
    screenshot(page, "add-candidates.png")

    save.click()
    success = main.get_by_test_id("stAlertContentSuccess").get_by_test_id("stMarkdownContainer")  # not the icon
    expect(success).to_have_text(f"Saved “{title}”: {len(kept)} new claims.")
    wait_idle(page)
    see = main.get_by_role("link", name="See its claims", exact=True)
    expect(see).to_have_attribute("href", re.compile(r"article__in=\d+"))
    article_id = re.search(r"article__in=(\d+)", see.get_attribute("href")).group(1)

    see.click()
    expect_query(page, "/claims", {"article__in": article_id})
    expect(filter_sentence(page)).to_have_text(re.compile(rf"^{len(kept)} of [\d,]+ claims where "))
    wait_idle(page)
    table = claims_table_rows(page, len(kept))
    said_by = {r["Claim"]: r["Said by"] for r in table}
    assert said_by == {r["Claim"]: r["Said by"] or "The article itself" for r in kept}, table
    assert said_by[RIVERTON_QUOTE] == "Ana Reyes"
    screenshot(page, "add-saved-claims.png")

    # What was written: the edited title, the pasted date, and "on Tuesday" resolved from it.
    saved = json.loads(cli_export(app_server.db, "--where", f"article__in={article_id}", "--format", "json"))
    assert {c["text"] for c in saved} == set(said_by), saved
    assert {c["article_title"] for c in saved} == {title}
    assert {c["article_published_at"][:10] for c in saved} == {RIVERTON_PUBLISHED}
    quoted = next(c for c in saved if c["text"] == RIVERTON_QUOTE)
    assert (quoted["speaker"], quoted["attribution"], quoted["said_at"]) == ("Ana Reyes", "direct_quote", "2025-03-11")
    assert quoted["quote"] == RIVERTON_QUOTE and quoted["speaker_role"] == "Mayor", quoted
    assert dropped["Claim"] not in {c["text"] for c in saved}

    # The same text again, in a new session, the same candidate unticked: nothing new is saved.
    editor, again = find_candidates(page, app_url)
    assert [(r["Claim"], r["Said by"]) for r in again] == [(r["Claim"], r["Said by"]) for r in rows], again
    claims_editor_keep(page, editor, next(r for r in again if r["Claim"] == dropped["Claim"]))
    save = page.get_by_role("button", name=f"Save the article and {len(kept)} claims", exact=True)
    expect(save).to_be_visible()
    wait_idle(page)
    again_title = page.get_by_role("textbox", name="Title", exact=True).input_value()
    save.click()
    expect(success).to_have_text(f"Saved “{again_title}”: 0 new claims.")
    wait_idle(page)
    see = main.get_by_role("link", name="See its claims", exact=True)
    expect(see).to_have_attribute("href", re.compile(rf"article__in={article_id}$"))
    see.click()
    expect_query(page, "/claims", {"article__in": article_id})
    wait_idle(page)
    assert {r["Claim"]: r["Said by"] for r in claims_table_rows(page, len(kept))} == said_by


def test_a_claim_the_finder_missed_is_added_by_hand_and_saved(page, own_app_server):
    """Add: the reviewer unticks a candidate, then adds a claim the finder missed by copying its words
    from the article; the untick survives the new row, and the claim is saved with its speaker, how it
    was attributed and its figure."""
    editor, rows = find_candidates(page, own_app_server.url)
    dropped = next(r for r in rows if r["Claim"].startswith("Riverton council approves"))
    claims_editor_keep(page, editor, dropped)
    expect(page.get_by_role("button", name=f"Save the article and {len(rows) - 1} claims", exact=True)).to_be_visible()
    wait_idle(page)
    main = page.get_by_test_id("stMain")
    main.get_by_text("Add a claim the finder missed", exact=True).click()
    form = page.get_by_test_id("stForm").filter(has=page.get_by_role("button", name="Add to the list"))
    form.get_by_role("textbox", name="The claim's words, copied from the article", exact=True).fill(
        "The library has been closed\nfor six months")  # a line break where the article has a space
    form.get_by_role("textbox", name="Said by", exact=True).fill("Riverton city clerk")
    form.get_by_role("textbox", name="Cue", exact=True).fill("told the meeting")
    form.get_by_role("button", name="Add to the list", exact=True).click()
    expect(page.get_by_role("button", name=f"Save the article and {len(rows)} claims", exact=True)).to_be_visible()
    wait_idle(page)
    now = grid_rows(dataframe_with_column(page, "Cue"))
    assert len(now) == len(rows) + 1, now
    assert {r["Claim"]: r["Keep"] for r in now}[dropped["Claim"]] == "false", now  # the untick survived
    added = now[-1]
    assert (added["Claim"], added["Said by"], added["How"], added["Cue"], added["Keep"]) == (
        "The library has been closed for six months", "Riverton city clerk", "Paraphrase", "told the meeting",
        "true"), added

    page.get_by_role("button", name=f"Save the article and {len(rows)} claims", exact=True).click()
    success = main.get_by_test_id("stAlertContentSuccess").get_by_test_id("stMarkdownContainer")
    expect(success).to_contain_text(f"{len(rows)} new claims.")
    see = main.get_by_role("link", name="See its claims", exact=True)
    article_id = re.search(r"article__in=(\d+)", see.get_attribute("href")).group(1)
    saved = json.loads(cli_export(own_app_server.db, "--where", f"article__in={article_id}", "--format", "json"))
    by_hand = [c for c in saved if c["speaker"] == "Riverton city clerk"]
    assert [(c["text"], c["attribution"], c["cue"], [(f["value"], f["unit"]) for f in c["figures"]])
            for c in by_hand] == [("The library has been closed for six months", "paraphrase", "told the meeting",
                                   [])], by_hand
    assert dropped["Claim"] not in {c["text"] for c in saved}


# A claim set as a reviewer might receive it: saved from a spreadsheet (a byte-order mark, CRLF line
# ends), with column names the importer does not guess for the claim text, several scripts, emoji,
# quoted fields holding commas and doubled quotes, "Month D, YYYY" dates, and a rating ("Kinda")
# that no list of known ratings has. The file name has markdown characters (_ and parentheses).
IMPORT_FILE = "fact-checks_2024 (mixed).csv"
IMPORT_CSV = "\ufeff" + "\r\n".join([
    "Quote,Who,Ruling,When,Link",
    '"Школы Бердянска откроются первого сентября, как и обещали.",Олена Коваленко,Pants on Fire,"March 3, 2024",'
    "https://example.org/fc/1",
    "سنبني عشرة آلاف منزل جديد في طرابلس هذا العام 🏠,أحمد منصور,Mostly True,2024-03-05,https://example.org/fc/2",
    '"The mayor promised ""every road, fixed twice"" by the summer 🚧",Jane O\'Neil,Kinda,"March 10, 2024",'
    "https://example.org/fc/3",
    "Unemployment in Lakeside fell to 3.1% last year.,Lakeside Labour Party,Mostly True,2024-02-28,"
    "https://example.org/fc/4",
    '"Die Brücke über die Oder kostet 40 Millionen Euro, nicht 4.",Jürgen Maaß,Kinda,"March 3, 2024",'
    "https://example.org/fc/5",
]) + "\r\n"
# What each record must become, in file order: claim text, said by, verdict (as the table shows
# it), said on, the label it came with, the fact-check link.
IMPORTED = [
    ("Школы Бердянска откроются первого сентября, как и обещали.", "Олена Коваленко", "Inaccurate", "2024-03-03",
     "Pants on Fire", "https://example.org/fc/1"),
    ("سنبني عشرة آلاف منزل جديد في طرابلس هذا العام 🏠", "أحمد منصور", "Mostly accurate", "2024-03-05",
     "Mostly True", "https://example.org/fc/2"),
    ('The mayor promised "every road, fixed twice" by the summer 🚧', "Jane O'Neil", "Misleading", "2024-03-10",
     "Kinda", "https://example.org/fc/3"),
    ("Unemployment in Lakeside fell to 3.1% last year.", "Lakeside Labour Party", "Mostly accurate", "2024-02-28",
     "Mostly True", "https://example.org/fc/4"),
    ("Die Brücke über die Oder kostet 40 Millionen Euro, nicht 4.", "Jürgen Maaß", "Misleading", "2024-03-03",
     "Kinda", "https://example.org/fc/5"),
]
IMPORT_VERDICT_IDS = {"Inaccurate": "inaccurate", "Mostly accurate": "mostly_accurate", "Misleading": "misleading"}
# field → column, in the order the test picks them: the verdict last, because it adds a section
# below the others, and a popup opened while that run redraws the page can be closed by it.
IMPORT_MAP = {"Claim text": "Quote", "Said by": "Who", "Said on": "When", "Fact-check link": "Link",
              "Verdict label": "Ruling"}
NOT_IN_FILE = "(not in this file)"
# A quoted field that never closes: a parser reads the rest of the file into it.
BROKEN_FILE = "broken.csv"
BROKEN_CSV = ("Quote,Who,Ruling\nFirst claim,Ann Example,True\n2,\"unclosed,x\nThird claim,Bob Example,False\n"
              "Fourth claim,Cy Example,False\n")


def cli_stats(db: Path) -> dict:
    """`python -m factcheck --db DB stats` as a dict (the CLI waits out the server's hold on the file)."""
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(db), "stats"],
        cwd=REPO_ROOT, capture_output=True, stdin=subprocess.DEVNULL, timeout=60,
    )
    assert done.returncode == 0, f"CLI stats exited {done.returncode}: {done.stderr.decode(errors='replace')}"
    return json.loads(done.stdout)


def upload_claim_set(page, path: Path):
    """Give the Add page's claim-set uploader a file; return the tab's panel.

    The <input type=file> is hidden behind the drop zone, but set_input_files needs no click. The
    input keeps the last file it was given, even after Remove, and Chromium sends no change event
    for the same file again, so its value is cleared first, as the drop zone does itself when it
    is clicked to open the file chooser.
    """
    panel = page.get_by_role("tabpanel", name="A claim set from a file", exact=True)
    uploader = panel.get_by_test_id("stFileUploader")
    expect(uploader).to_have_count(1)
    file_input = uploader.locator("input[type=file]")
    file_input.evaluate("e => { e.value = ''; }")
    file_input.set_input_files(path)
    # The name is shown shortened ("fact-ch...mixed).csv"); the Remove button has it whole.
    expect(uploader.get_by_role("button", name=f"Remove {path.name}", exact=True)).to_be_visible()
    return panel


def records_line(page):
    """The Add page's "**N records** in FILE. The first few:" line above the file's preview."""
    return page.get_by_test_id("stMain").get_by_test_id("stMarkdownContainer").filter(
        has_text=re.compile(r"^[\d,]+ records in "))


def alert(page, kind: str):
    """The text of the main area's st.info / st.success / st.error (kind: Info, Success, Error)."""
    return page.get_by_test_id("stMain").get_by_test_id(f"stAlertContent{kind}").get_by_test_id("stMarkdownContainer")


def map_claim_set(page, panel) -> None:
    """Map IMPORT_FILE's columns and its unknown label as a reviewer would, checking what the page
    offers first: nothing preselected for the claim text, known ratings guessed."""
    expect(panel.get_by_role("combobox", name="Claim text", exact=True)).to_have_value(NOT_IN_FILE)
    for field, column in IMPORT_MAP.items():
        choose(page, panel, field, column)
    # Drawn by the run that saw the verdict column, which is the last choice.
    expect(panel.get_by_text("What the 3 labels in “Ruling” mean", exact=True)).to_be_visible()
    wait_idle(page)
    for field, column in IMPORT_MAP.items():
        expect(panel.get_by_role("combobox", name=field, exact=True)).to_have_value(column)
    for field in ("Speaker's role", "Where it was said (cue)", "Id in the file", "Fact-checker"):
        expect(panel.get_by_role("combobox", name=field, exact=True)).to_have_value(NOT_IN_FILE)
    # One selectbox per label, named with curly quotes: “Kinda” means.
    expect(panel.get_by_role("combobox", name=re.compile(r"^“.*” means$"))).to_have_count(3)
    expect(panel.get_by_role("combobox", name="“Pants on Fire” means", exact=True)).to_have_value("Inaccurate")
    expect(panel.get_by_role("combobox", name="“Mostly True” means", exact=True)).to_have_value("Mostly accurate")
    expect(panel.get_by_role("combobox", name="“Kinda” means", exact=True)).to_have_value("no verdict")
    choose(page, panel, "“Kinda” means", "Misleading")
    wait_idle(page)


def grid_rows_across(dataframe) -> list[dict[str, str]]:
    """grid_rows with every column: the grid's accessible table holds only the columns in view, so
    the grid is scrolled sideways most of a view at a time and each row's cells merged (by
    aria-rowindex); then it is scrolled back."""
    # Pinned by position: a locator filtered by a header would lose the grid once it scrolls away.
    index = dataframe.evaluate(
        "e => Array.from(document.querySelectorAll('[data-testid=stDataFrame]')).indexOf(e)")
    dataframe = dataframe.page.get_by_test_id("stDataFrame").nth(index)
    scroller = dataframe.locator(".dvn-scroller")  # glide-data-grid's scrolling element
    table = dataframe.locator("table[role=grid]")
    first_column = ("t => Math.min(...Array.from(t.querySelectorAll('th[role=columnheader]'),"
                    " th => Number(th.getAttribute('aria-colindex'))))")
    merged: dict[str, dict[str, str]] = {}
    for _ in range(50):
        for row in grid_rows(dataframe):
            merged.setdefault(row["_rowindex"], {}).update(row)
        left = table.evaluate(first_column)
        moved = scroller.evaluate(
            "e => { const x = e.scrollLeft; e.scrollLeft = x + e.clientWidth * 0.8; return e.scrollLeft > x; }")
        if not moved:
            break
        # the accessible table is redrawn a frame or so after the scroll
        table.evaluate(f"""t => new Promise(done => {{
            const check = () => ({first_column})(t) !== {left} ? done() : requestAnimationFrame(check);
            check();
        }})""")
    else:
        raise AssertionError("the grid never reached its last column")
    scroller.evaluate("e => { e.scrollLeft = 0; }")
    return [merged[k] for k in sorted(merged, key=int)]


def test_importing_a_claim_set_from_the_dashboard(page, own_app_server, tmp_path):
    """Add → "A claim set from a file": upload an awkward CSV, map its columns and an unknown rating
    in the dashboard, check it (nothing written), import it (every record, its text exactly as in
    the file), find it on the Claims page; the same file again adds nothing; a broken file gives a
    message, not a traceback, and writes nothing. On a server of its own: it adds claims."""
    server = own_app_server
    source = tmp_path / IMPORT_FILE
    source.write_bytes(IMPORT_CSV.encode("utf-8"))
    with open(source, newline="", encoding="utf-8-sig") as f:  # the file says what the test thinks it says
        parsed = list(csv.reader(f))
    assert parsed[0] == ["Quote", "Who", "Ruling", "When", "Link"], parsed
    assert [(r[0], r[1], r[2], r[4]) for r in parsed[1:]] == [(t, s, label, link) for t, s, _, _, label, link
                                                              in IMPORTED], parsed
    n = len(IMPORTED)
    set_name = f"Claim set: {IMPORT_FILE}"

    page.goto(server.url + "/add")  # the server's first request: it builds its database
    expect(page.get_by_role("heading", name="Add to the desk", exact=True)).to_be_visible()
    wait_idle(page)
    before = cli_stats(server.db)["claims"]
    assert before == 26, before
    tab = page.get_by_role("tab", name="A claim set from a file", exact=True)
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")
    panel = upload_claim_set(page, source)

    # 1. The preview: the count, and the first records as the file has them.
    expect(records_line(page)).to_have_text(f"{n} records in {IMPORT_FILE}. The first few:")
    preview = dataframe_with_column(page, "Quote")
    wait_idle(page)
    expect(preview.locator("tbody tr[role=row]")).to_have_count(n)
    shown = grid_rows(preview)
    assert [(r["Quote"], r["Who"], r["Ruling"]) for r in shown] == [(t, s, label) for t, s, _, _, label, _ in
                                                                      IMPORTED], shown

    # 2. Which column is which, and what "Kinda" means.
    map_claim_set(page, panel)
    expect(panel.get_by_role("textbox", name="Name of the claim set", exact=True)).to_have_value(IMPORT_FILE)
    records_line(page).evaluate("e => e.scrollIntoView({block: 'start'})")
    screenshot(page, "import-preview.png")

    # 3. Check without importing: what would happen, and nothing written.
    panel.get_by_role("button", name="Check without importing", exact=True).click()
    expect(alert(page, "Info")).to_have_text(
        f"Would add {n} of {n} claims from {IMPORT_FILE} to “{set_name}”; {n} new sources.")
    wait_idle(page)
    assert cli_stats(server.db)["claims"] == before

    # 4. Import: every record, as the file has it, with its verdict, speaker, date and link.
    panel.get_by_role("button", name=f"Import {n} records", exact=True).click()
    expect(alert(page, "Success")).to_have_text(
        f"Added {n} of {n} claims from {IMPORT_FILE} to “{set_name}”; {n} new sources.")
    expect(alert(page, "Info")).to_have_count(0)
    expect(panel.get_by_test_id("stProgress")).to_contain_text("Done")  # the bar stays, full
    wait_idle(page)
    assert cli_stats(server.db)["claims"] == before + n
    saved = [c for c in json.loads(cli_export(server.db, "--format", "json")) if c["article_title"] == set_name]
    assert [(c["text"], c["speaker"], c["verdict"], c["said_at"], c["evidence"], c["workflow"], c["reviewer"])
            for c in saved] == [(t, s, IMPORT_VERDICT_IDS[v], d, [link], "done", f"import: {IMPORT_FILE}")
                                for t, s, v, d, _, link in IMPORTED], saved
    assert [c["note"] for c in saved] == [f"Imported with the verdict given: {label}"
                                          for *_, label, _ in IMPORTED], saved
    set_id = {c["article_id"] for c in saved}
    assert len(set_id) == 1, saved
    set_id = str(set_id.pop())

    # 5. The same file again (removed, then given again: the mapping went with it): nothing new.
    panel.get_by_role("button", name=f"Remove {IMPORT_FILE}", exact=True).click()
    expect(records_line(page)).to_have_count(0)
    expect(alert(page, "Success")).to_have_count(0)
    wait_idle(page)
    upload_claim_set(page, source)
    expect(records_line(page)).to_have_text(f"{n} records in {IMPORT_FILE}. The first few:")
    wait_idle(page)
    map_claim_set(page, panel)
    panel.get_by_role("button", name=f"Import {n} records", exact=True).click()
    expect(alert(page, "Success")).to_have_text(
        f"Added 0 of {n} claims from {IMPORT_FILE} to “{set_name}”; {n} were already there.")
    wait_idle(page)
    assert cli_stats(server.db)["claims"] == before + n

    # 6. A broken file, in the same session: a message instead of the preview, nothing written.
    broken = tmp_path / BROKEN_FILE
    broken.write_text(BROKEN_CSV, encoding="utf-8")
    upload_claim_set(page, broken)
    expect(alert(page, "Error")).to_have_text(re.compile(rf"^{re.escape(BROKEN_FILE)} is not well-formed CSV"))
    wait_idle(page)
    expect(alert(page, "Success")).to_have_count(0)
    expect(records_line(page)).to_have_count(0)
    expect(panel.get_by_role("button", name=re.compile(r"^Import ")).or_(
        panel.get_by_role("button", name="Check without importing", exact=True))).to_have_count(0)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    screenshot(page, "import-broken.png")
    assert cli_stats(server.db)["claims"] == before + n

    # 7. The Claims page: a word of the Cyrillic record finds it, as it was written.
    page.goto(server.url + "/claims?q=Бердянска")
    expect(filter_sentence(page)).to_have_text(f"1 of {before + n} claims where text contains “Бердянска”.")
    wait_idle(page)
    claims_table_rows(page, 1)
    rows = grid_rows_across(dataframe_with_column(page, "Said by"))
    text, speaker, verdict, said_on, *_ = IMPORTED[0]
    seen = [(r["Claim"], r["Said by"], r["Verdict"], r["Said on"], r["Workflow"], r["Article"]) for r in rows]
    assert seen == [(text, speaker, verdict, said_on, "Done", set_name)], rows

    # … and the whole claim set, Arabic and emoji and doubled quotes included.
    page.goto(server.url + f"/claims?article__in={set_id}&sort=id")
    expect(filter_sentence(page)).to_have_text(re.compile(rf"^{n} of {before + n} claims where "))
    wait_idle(page)
    claims_table_rows(page, n)
    rows = grid_rows_across(dataframe_with_column(page, "Said by"))
    assert [(r["Claim"], r["Said by"], r["Verdict"], r["Said on"]) for r in rows] == [
        (t, s, v, d) for t, s, v, d, _, _ in IMPORTED], rows
    screenshot(page, "import-claims.png")


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
            expected = ["Overview", "Claims", "Figures", "Sources", "Add", "Vocabularies"]
            expect(nav).to_have_count(len(expected))
            for i, name in enumerate(expected):
                expect(nav.nth(i)).to_have_accessible_name(name)
            expect(page.get_by_test_id("stSidebar").get_by_role("textbox", name="Reviewing as", exact=True)).to_be_visible()
        finally:
            _stop(proc)
            log.close()
