"""End to end: an admin renames a verdict label on the Vocabularies page, and every page shows the
new word while links and filters keep the fixed term.

Local mode (no sign-in), so whoever types a name under "Reviewing as" may do everything, renaming
included. The test renames a label, so it runs on a server and database of its own
(own_app_server): the other browser tests read the shipped labels.
"""
from __future__ import annotations

import re

import pytest

from browser_kit import (
    CLAIM_5,
    choose,
    claims_table_rows,
    dataframe_with_column,
    expect,
    expect_query,
    facet_pill,
    filter_sentence,
    grid_rows,
    headline,
    plotly_chart,
    screenshot,
    set_reviewer,
    wait_idle,
)

pytestmark = pytest.mark.browser

REVIEWER = "Vera Vocabulary-Admin"
TERM, OLD_LABEL, NEW_LABEL = "inaccurate", "Inaccurate", "False"
STATUS_CHART = "Where the claims stand"
SPEAKER_CHART = "Who says what, and how it checks out"


def sidebar_link(page, name: str):
    return page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)


def vocabulary_form(page, save_label: str):
    """The form of one vocabulary on the Vocabularies page, found by its save button."""
    form = page.get_by_test_id("stForm").filter(has=page.get_by_role("button", name=save_label, exact=True))
    expect(form).to_have_count(1)
    return form


def label_boxes(form) -> dict[str, str]:
    """Term → label as the form's text boxes show them (one box per term, labelled "Label for TERM")."""
    boxes = form.get_by_role("textbox")
    expect(boxes.first).to_be_visible()
    return {box.get_attribute("aria-label").removeprefix("Label for "): box.input_value() for box in boxes.all()}


def verdict_in_row(table, row: dict[str, str]) -> str:
    """The Verdict cell of a claims-table row read by grid_rows (the page must be wide enough for
    the column to be in view: only columns in view are in the accessible table)."""
    expect(table.locator("th[role=columnheader]", has_text=re.compile(r"^Verdict$"))).to_be_attached()
    assert "Verdict" in row, f"the Verdict column is not in view: {row}"
    return row["Verdict"]


def trace_names(chart) -> list[str]:
    """The names of a Plotly chart's traces, from the figure the browser drew (gd.data)."""
    return chart.locator(".js-plotly-plot").evaluate("gd => gd.data.map(t => t.name)")


def test_renaming_a_verdict_label_shows_everywhere_and_filters_keep_the_term(page, own_app_server):
    app_url = own_app_server.url

    # 1. Local mode: no sign-in, a badge, and a typed name. Mark claim 5 "Inaccurate".
    page.goto(app_url + "/claim?id=5")
    expect(page.get_by_role("heading", name="Claim 5", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stForm")).to_be_visible()
    wait_idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    # Its text also holds the icon's name ("computer"); Streamlit keeps a hidden copy as well.
    badge = sidebar.get_by_text("Local mode").filter(visible=True)
    expect(badge).to_have_count(1)
    expect(badge).to_be_visible()
    expect(sidebar.get_by_role("button", name="Sign out")).to_have_count(0)
    expect(page.get_by_test_id("stMain").get_by_role("heading", name=CLAIM_5, exact=True)).to_be_visible()
    expect(headline(page, "Verdict")).to_have_text("No verdict yet")
    set_reviewer(page, REVIEWER)

    form = page.get_by_test_id("stForm")
    choose(page, form, "Verdict", OLD_LABEL)
    form.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_test_id("stToast")).to_contain_text("Saved claim 5")
    expect(headline(page, "Verdict")).to_have_text(OLD_LABEL)
    wait_idle(page)

    # 2. Vocabularies: rename the label of the term "inaccurate" in the Verdicts table.
    sidebar_link(page, "Vocabularies").click()
    expect(page).to_have_url(re.compile(r"/vocabularies$"))
    expect(page.get_by_role("heading", name="Vocabularies", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Verdicts", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stMain")).to_contain_text("No label has been renamed yet")
    form = vocabulary_form(page, "Save verdicts")
    wait_idle(page)
    expect(sidebar.get_by_role("textbox", name="Reviewing as", exact=True)).to_have_value(REVIEWER)

    labels = label_boxes(form)
    assert list(labels) == ["accurate", "mostly_accurate", "misleading", "inaccurate", "unverifiable",
                            "not_checkable"], labels
    assert labels[TERM] == OLD_LABEL, labels
    box = form.get_by_role("textbox", name=f"Label for {TERM}", exact=True)
    box.fill(NEW_LABEL)
    expect(box).to_have_value(NEW_LABEL)
    typed = label_boxes(form)
    assert typed[TERM] == NEW_LABEL and typed["misleading"] == "Misleading", typed

    form.get_by_role("button", name="Save verdicts", exact=True).click()
    expect(page.get_by_test_id("stToast")).to_contain_text("Renamed 1 label in Verdicts.")
    history = dataframe_with_column(page, "Was")
    wait_idle(page)
    changes = grid_rows(history)
    assert len(changes) == 1, changes
    change = changes[0]
    assert change["Who"] == REVIEWER, change
    assert change["Vocabulary"] == "Verdicts", change
    assert change["Term"] == TERM, change
    assert change["Was"] == OLD_LABEL and change["Now"] == NEW_LABEL, change
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", change["When"]), change
    saved = label_boxes(vocabulary_form(page, "Save verdicts"))
    assert saved[TERM] == NEW_LABEL, saved
    page.get_by_role("heading", name="Verdicts", exact=True).scroll_into_view_if_needed()
    screenshot(page, "vocabularies-renamed.png")

    # 3a. Claims: claim 5's verdict reads "False", in the table and in the Verdict facet. The table
    # is wider than the 1400 px window and only columns in view can be read, so widen the window.
    page.set_viewport_size({"width": 3000, "height": 1000})
    sidebar_link(page, "Claims").click()
    expect(page).to_have_url(re.compile(r"/claims$"))
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
    false_pill = facet_pill(page, "Verdict", f"{NEW_LABEL} · 1")
    expect(false_pill).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_test_id("stButtonGroup").get_by_role("toolbar", name="Verdict", exact=True)
           .get_by_role("button", name=re.compile(rf"^{OLD_LABEL} · "))).to_have_count(0)
    table = dataframe_with_column(page, "Said by")
    wait_idle(page)
    expect(table.locator("th[role=columnheader]", has_text=re.compile(r"^Verdict$"))).to_be_attached()
    by_id = {r.get("ID"): r for r in grid_rows(table)}
    assert "5" in by_id, f"claim 5 is not among the rows in view: {list(by_id)}"
    assert by_id["5"]["Claim"] == CLAIM_5, by_id["5"]
    assert verdict_in_row(table, by_id["5"]) == NEW_LABEL

    # 3b. Overview: the charts' traces (and so their legends) are named by the new label.
    sidebar_link(page, "Overview").click()
    expect(page.get_by_role("heading", name="Overview", exact=True)).to_be_visible()
    for title in (STATUS_CHART, SPEAKER_CHART):
        chart = plotly_chart(page, title)
        names = trace_names(chart)
        assert NEW_LABEL in names and OLD_LABEL not in names, f"{title}: {names}"
        expect(chart.locator("g.legend text.legendtext").filter(
            has_text=re.compile(rf"^{NEW_LABEL}$"))).to_have_count(1)

    # 4. The filter still uses the fixed term: the "False" pill puts verdict__in=inaccurate in the URL.
    sidebar_link(page, "Claims").click()
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
    wait_idle(page)
    false_pill.click()
    expect_query(page, "/claims", {"verdict__in": TERM})
    expect(filter_sentence(page)).to_have_text(f"1 of 26 claims where Verdict is one of {NEW_LABEL}.")
    expect(false_pill).to_have_attribute("aria-pressed", "true")
    wait_idle(page)
    expect_query(page, "/claims", {"verdict__in": TERM})  # not rewritten by the rerun
    rows = claims_table_rows(page, 1)
    assert rows[0]["ID"] == "5" and rows[0]["Claim"] == CLAIM_5, rows
    assert verdict_in_row(dataframe_with_column(page, "Said by"), rows[0]) == NEW_LABEL

    # The same link in a new session (a shared link) gives the same view.
    page.goto(app_url + "/claims?verdict__in=inaccurate")
    expect(filter_sentence(page)).to_have_text(f"1 of 26 claims where Verdict is one of {NEW_LABEL}.")
    wait_idle(page)
    assert [r["ID"] for r in claims_table_rows(page, 1)] == ["5"]
