"""Each page rendered by Streamlit's AppTest against a real database file."""
import pytest
from streamlit.testing.v1 import AppTest

from factcheck import queries, review
from factcheck.store import Store


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    monkeypatch.setenv("FACTCHECK_DB", str(path))
    return path


def start(page=None, **query):
    at = AppTest.from_file("../app.py", default_timeout=30)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_overview_builds_the_database_on_first_run(app_db):
    assert not app_db.exists()
    at = start()
    assert app_db.exists()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Claims"] == "26" and metrics["Reviewed"] == "0%" and metrics["Figures"] == "8"
    assert len(at.get("plotly_chart")) == 2


def test_claims_page_lists_every_claim_with_attribution(app_db):
    at = start("pages/claims.py")
    table = at.dataframe[0].value
    assert len(table) == 26
    row = table.set_index("ID").loc[5]
    assert row["Claim"] == "North Korean soldiers have been blowing themselves up when they see capture is in sight."
    assert (row["Said by"], row["How"], row["Cue"], row["Workflow"], row["Verdict"]) == (
        "Yaroslav Chepurnyi", "Direct quote", "told POLITICO on Monday", "Unreviewed", "No verdict yet")
    assert row["Open"] == "claim?id=5"
    assert table.set_index("ID").loc[13, "Hedges"] == "reportedly, some"


def test_claim_page_shows_claim_figures_and_highlight(app_db):
    at = start("pages/claim.py", id="15")
    assert at.title[0].value == "Claim 15"
    text = " ".join(m.value for m in at.markdown)
    assert "South Korean government" in text and "said on Monday" in text
    assert ":orange-background[Around 300 North Korean soldiers have been killed" in text
    figures = at.dataframe[0].value
    assert figures["Figure"].tolist() == ["Around 300", "2,700"]
    assert "No status changes yet" in " ".join(c.value for c in at.caption)


def test_claim_page_without_a_claim_says_what_to_do(app_db):
    at = start("pages/claim.py", id="9999")
    assert "There is no claim 9999" in at.info[0].value


def test_marking_needs_a_reviewer_name(app_db):
    at = start("pages/claim.py", id="5")
    at.selectbox(key="claim_workflow").select("in_progress")
    at.button[0].click().run()
    assert "Reviewing as" in at.error[0].value
    assert Store(app_db).read(queries.claim_detail, 5)["version"] == 1


def test_marking_from_the_claim_page_saves_and_shows_history(app_db):
    at = start("pages/claim.py", id="5")
    at.session_state["reviewer"] = "Ana"  # AppTest drops the sidebar after switch_page; the browser test types it
    at.selectbox(key="claim_workflow").select("needs_second_review")
    at.selectbox(key="claim_verdict").select("unverifiable")
    at.text_area(key="claim_note").input("Army spokesman only; no second source")
    at.button[0].click().run()
    assert not at.exception
    assert "Saved claim 5" in at.toast[0].value
    claim = Store(app_db).read(queries.claim_detail, 5)
    assert (claim["workflow"], claim["verdict"], claim["reviewer"], claim["version"]) == (
        "needs_second_review", "unverifiable", "Ana", 2)
    history = at.dataframe[-1].value
    assert history[["Who", "Note"]].values.tolist() == [["Ana", "Army spokesman only; no second source"]]


def test_stale_save_is_refused_and_input_kept(app_db):
    at = start("pages/claim.py", id="5")
    Store(app_db).write(review.mark, 5, "Bo", workflow="done")  # someone else, after the page loaded
    at.session_state["reviewer"] = "Ana"  # AppTest drops the sidebar after switch_page; the browser test types it
    at.selectbox(key="claim_verdict").select("accurate")
    at.text_area(key="claim_note").input("my note")
    at.button[0].click().run()
    message = at.error[0].value
    assert "Bo changed workflow Unreviewed → Done" in message and "Your input is still in the form" in message
    assert at.text_area(key="claim_note").value == "my note"
    assert Store(app_db).read(queries.claim_detail, 5)["verdict"] is None
