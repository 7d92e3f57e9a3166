"""Each page rendered by Streamlit's AppTest against a real database file."""
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from factcheck import filters, models, queries, review
from factcheck.store import Store
from factcheck.access import local


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
    assert [c.key for c in at.get("plotly_chart")] == [
        "overview_status_chart", "overview_attribution_chart", "overview_speaker_chart"]
    assert "No review activity yet" in at.info[0].value and "One article on the desk" in at.info[1].value


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
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    assert "Reviewing as" in at.error[0].value
    assert Store(app_db).read(queries.claim_detail, 5)["version"] == 1


def test_marking_from_the_claim_page_saves_and_shows_history(app_db):
    at = start("pages/claim.py", id="5")
    at.session_state["reviewer"] = "Ana"  # AppTest drops the sidebar after switch_page; the browser test types it
    at.selectbox(key="claim_workflow").select("needs_second_review")
    at.selectbox(key="claim_verdict").select("unverifiable")
    at.text_area(key="claim_note").input("Army spokesman only; no second source")
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    assert not at.exception
    assert "Saved claim 5" in at.toast[0].value
    claim = Store(app_db).read(queries.claim_detail, 5)
    assert (claim["workflow"], claim["verdict"], claim["reviewer"], claim["version"]) == (
        "needs_second_review", "unverifiable", "Ana", 2)
    history = at.dataframe[-1].value
    assert history[["Who", "Note"]].values.tolist() == [["Ana", "Army spokesman only; no second source"]]


def test_a_reviewer_can_undo_their_own_save_from_the_claim_page(app_db):
    at = start("pages/claim.py", id="5")
    at.session_state["reviewer"] = "Ana"
    assert not [b for b in at.button if b.key == "claim_undo_button"]  # nothing to undo before a save
    at.selectbox(key="claim_workflow").select("done")
    at.selectbox(key="claim_verdict").select("inaccurate")
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    undo = at.button(key="claim_undo_button")
    assert undo.label == "Undo my change (back to Unreviewed, No verdict yet)"
    at.session_state["reviewer"] = "Ana"  # AppTest drops the sidebar's name after a rerun; a browser keeps it
    undo.click().run()
    assert not at.exception, [e.value for e in at.exception]
    claim = Store(app_db).read(queries.claim_detail, 5)
    assert (claim["workflow"], claim["verdict"], claim["version"]) == ("unreviewed", None, 3), [e.value for e in at.error]
    assert "Undone: claim 5 is back to Unreviewed, No verdict yet." in [t.value for t in at.toast]
    assert at.selectbox(key="claim_workflow").value == "unreviewed"  # the form shows the state again
    assert not [b for b in at.button if b.key == "claim_undo_button"]  # one undo per save
    history = at.dataframe[-1].value
    assert history["Note"].tolist()[0] == "Undid the change that made version 2"


def test_an_undo_after_another_reviewers_save_is_refused(app_db):
    at = start("pages/claim.py", id="6")
    at.session_state["reviewer"] = "Ana"
    at.selectbox(key="claim_verdict").select("accurate")
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    assert at.button(key="claim_undo_button")
    Store(app_db).write(review.mark, 6, local("Bo"), workflow="done", expected_version=2)
    at.run()  # Bo's save shows up: the undo is gone, since it would undo Bo's work too
    assert not [b for b in at.button if b.key == "claim_undo_button"]
    assert Store(app_db).read(queries.claim_detail, 6)["workflow"] == "done"


def test_stale_save_is_refused_and_input_kept(app_db):
    at = start("pages/claim.py", id="5")
    Store(app_db).write(review.mark, 5, local("Bo"), workflow="done")  # someone else, after the page loaded
    at.session_state["reviewer"] = "Ana"  # AppTest drops the sidebar after switch_page; the browser test types it
    at.selectbox(key="claim_verdict").select("accurate")
    at.text_area(key="claim_note").input("my note")
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    message = at.error[0].value
    assert "Bo changed workflow Unreviewed → Done" in message and "Your input is still in the form" in message
    assert at.text_area(key="claim_note").value == "my note"
    assert Store(app_db).read(queries.claim_detail, 5)["verdict"] is None


def claims_page(**query):
    return start("pages/claims.py", **query)


def test_claims_page_reads_its_filters_from_the_url(app_db):
    at = claims_page(**{"speaker__in": "Yuriy Bondar", "attribution": "direct_quote"})
    table = at.dataframe[0].value
    assert sorted(table["ID"]) == [20, 21, 23, 26]
    assert "4** of 26 claims where Said by is one of Yuriy Bondar; How is one of Direct quote" in at.markdown[0].value
    assert dict(at.query_params) == {"speaker__in": "Yuriy Bondar", "attribution__in": "direct_quote"}


def test_clicking_a_facet_narrows_and_writes_the_url(app_db):
    at = claims_page()
    verdict_pills = at.get("button_group")[1]
    assert verdict_pills.label == "Verdict"
    at.session_state["claims_facet_attribution"] = ["reported"]
    at.run()  # a widget change without its callback: the URL stays the truth
    assert len(at.dataframe[0].value) == 26
    at = claims_page(attribution__in="reported")
    assert len(at.dataframe[0].value) == 3
    assert at.session_state["claims_facet_attribution"] == ["reported"]


def test_search_box_filters_accent_and_case_insensitive(app_db):
    at = claims_page()
    at.text_input(key="claims_q").input("DRÔNE").run()
    assert not at.exception
    assert at.query_params["q"] == "DRÔNE"
    assert sorted(at.dataframe[0].value["ID"]) == [22, 23]


def test_a_bad_link_explains_itself(app_db):
    at = claims_page(verdict__in="true")
    assert "does not understand" in at.error[0].value and "'true' is not a known value" in at.error[0].value


def test_empty_result_says_which_filter_to_loosen(app_db):
    at = claims_page(q="no such words anywhere", speaker__in="Yuriy Bondar")
    warning = at.warning[0].value
    assert "No claim matches" in warning and "“text contains “no such words anywhere””" in warning
    assert "Said by is one of Yuriy Bondar" in warning


def test_sorting_and_paging_live_in_the_url(app_db):
    at = claims_page(sort="-id")
    assert at.dataframe[0].value["ID"].tolist()[:3] == [26, 25, 24]
    at.selectbox(key="claims_sort").select("said_at").run()
    assert at.query_params["sort"] == "said_at"


def test_inline_edit_saves_with_an_event(app_db):
    at = claims_page(speaker__in="Yaroslav Chepurnyi")
    at.toggle(key="claims_edit_mode").set_value(True).run()
    table = at.dataframe[0].value
    row = int(table.index[table["ID"] == 18][0])
    at.session_state["reviewer"] = "Ana"
    at.session_state["claims_editor_0"] = {"edited_rows": {row: {"Verdict": "Mostly accurate"}},
                                           "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    claim = Store(app_db).read(queries.claim_detail, 18)
    assert (claim["verdict"], claim["reviewer"], claim["version"]) == ("mostly_accurate", "Ana", 2)
    assert "Saved claim 18" in at.toast[0].value


def test_bulk_mark_asks_then_applies_to_every_match(app_db):
    at = claims_page(hedge__in="reportedly")
    at.session_state["reviewer"] = "Desk"
    at.selectbox(key="claims_bulk_workflow").select("in_progress")
    at.selectbox(key="claims_bulk_verdict").select("unverifiable")
    at.text_input(key="claims_bulk_note").input("Unsourced troop numbers")
    at.button(key="FormSubmitter:claims_bulk_form-Review and apply to 2 claims…").click().run()
    assert "This changes **2 claims**" in " ".join(m.value for m in at.markdown)
    at.session_state["reviewer"] = "Desk"  # AppTest forgets the sidebar widget between runs after switch_page
    at.button(key="claims_bulk_confirm").click().run()
    assert not at.exception
    rows = Store(app_db).read(lambda con: con.execute(
        "SELECT claim_id, new_workflow, new_verdict, note FROM status_events ORDER BY claim_id").fetchall())
    assert rows == [(13, "in_progress", "unverifiable", "Unsourced troop numbers"),
                    (14, "in_progress", "unverifiable", "Unsourced troop numbers")]

    # and undone, whole, from the button that follows
    at.session_state["reviewer"] = "Desk"
    at.button(key="claims_bulk_undo_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Undone: 2 claims are back as they were." in [t.value for t in at.toast]
    states = Store(app_db).read(lambda con: con.execute(
        "SELECT id, workflow, verdict, version FROM claims WHERE id IN (13, 14) ORDER BY id").fetchall())
    assert states == [(13, "unreviewed", None, 3), (14, "unreviewed", None, 3)]
    assert not [b for b in at.button if b.key == "claims_bulk_undo_button"]


def test_a_large_export_is_prepared_with_progress(app_db, monkeypatch):
    from factcheck import export

    monkeypatch.setattr(export, "PREPARE_OVER", 5)  # the sample's 26 claims count as large here
    monkeypatch.setattr(export, "PROGRESS_EVERY", 10)
    at = claims_page()
    assert not at.get("download_button")
    at.button(key="claims_prepare").click().run()
    assert not at.exception
    bars = at.get("progress")
    assert bars and bars[-1].proto.value == 100 and "26 claims ready" in bars[-1].proto.text
    assert len(at.get("download_button")) == 1


def test_a_small_export_is_one_click(app_db):
    at = claims_page(verdict="none")
    assert len(at.get("download_button")) == 1
    assert not [b for b in at.button if b.key == "claims_prepare"]


def selection(*customdata):
    return {"selection": {"points": [{"customdata": list(c)} for c in customdata], "point_indices": [],
                          "box": [], "lasso": []}}


@pytest.mark.parametrize(
    "chart, customdata, expected_query, expected_ids",
    [
        ("overview_speaker_chart", ["speaker__in=Yaroslav Chepurnyi", "verdict__in=none"],
         {"speaker__in": "Yaroslav Chepurnyi", "verdict__in": "none"}, [5, 18]),
        ("overview_attribution_chart", ["attribution__in=reported", "hedged=yes"],
         {"attribution__in": "reported", "hedged": "yes"}, [13, 14, 25]),
        ("overview_status_chart", ["workflow__in=unreviewed", "verdict__in=none"],
         {"workflow__in": "unreviewed", "verdict__in": "none"}, list(range(1, 27))),
    ],
)
def test_a_chart_selection_opens_the_filtered_claims(app_db, chart, customdata, expected_query, expected_ids):
    at = start()
    at.session_state[chart] = selection(customdata)
    at.run()
    assert not at.exception
    assert dict(at.query_params) == expected_query
    assert sorted(at.dataframe[0].value["ID"]) == expected_ids[:50]


def test_figures_page_shows_reported_derived_and_no_disagreement(app_db):
    at = start("pages/figures.py")
    reported = at.dataframe[0].value
    assert len(reported) == 8 and "Some 12,000" in set(reported["Figure"])
    derived = at.dataframe[1].value
    assert derived["Derived how"].tolist() == [
        "nk_casualties: ~300 + ~2,700 = ~3,000 count",
        "nk_casualty_share: ~3,000 ÷ ~12,000 × 100 = ~25 percent",
        "kursk_area_lost: ~50 × 1,250 × 0.01 = ~625 km2"]
    assert "No two figures for the same quantity disagree" in at.success[0].value


def test_figures_page_filters_like_claims(app_db):
    at = start("pages/figures.py", speaker__in="South Korean government")
    assert at.dataframe[0].value["Figure"].tolist() == ["Around 300", "2,700"]
    assert at.dataframe[1].value["Figure"].tolist() == ["~3,000 count"]


def test_figures_chart_click_opens_the_claim(app_db):
    at = start("pages/figures.py")
    at.session_state["figures_chart"] = selection(["id__in=13"])
    at.run()
    assert dict(at.query_params) == {"id__in": "13"}
    assert at.dataframe[0].value["ID"].tolist() == [13]


def test_sources_list_and_a_source_page(app_db):
    Store(app_db).ensure()
    Store(app_db).write(review.mark, 21, local("Ana"), verdict="misleading")
    Store(app_db).write(review.mark, 20, local("Ana"), verdict="accurate")
    at = start("pages/sources.py")
    table = at.dataframe[0].value.set_index("Source")
    assert table.loc["Yuriy Bondar", "Claims"] == 7 and table.loc["Yuriy Bondar", "Rated"] == 2
    assert table.loc["Yuriy Bondar", "Share rated inaccurate or misleading"] == 0.5
    bondar = int(table.loc["Yuriy Bondar", "ID"])
    at = start("pages/source.py", id=str(bondar))
    assert at.title[0].value == "Yuriy Bondar"
    assert len(at.dataframe[0].value) == 7
    at.session_state["source_verdicts"] = selection(["verdict__in=misleading"])
    at.run()
    assert dict(at.query_params) == {"speaker_id": str(bondar), "verdict__in": "misleading"}
    assert at.dataframe[0].value["ID"].tolist() == [21]


def test_unknown_source(app_db):
    at = start("pages/source.py", id="999")
    assert "No such source" in at.info[0].value


def test_cached_pages_show_a_write_from_another_program_on_the_next_rerun(app_db):
    at = start()
    assert {m.label: m.value for m in at.metric}["With a verdict"] == "0%"
    Store(app_db).write(review.bulk_mark, filters.build_where([("speaker__in", "Yuriy Bondar")]), local("CLI"),
                        verdict="unverifiable")  # as `python -m factcheck` would, behind the page's back
    at.run()
    assert {m.label: m.value for m in at.metric}["With a verdict"] == "27%"


ARTICLE = ("Council approves budget\n"
           "The city council approved a budget of $2.4 million on Monday, according to the mayor's office.\n"
           "\"This budget protects every library,\" Mayor Ana Reyes said on Tuesday. "
           "About 300 residents attended the meeting.")


def test_ingest_paste_find_accept_and_save(app_db):
    at = start("pages/add.py")
    at.text_area(key="ingest_text").input(ARTICLE)
    at.date_input(key="ingest_paste_date").set_value(date(2025, 3, 5))
    at.button(key="FormSubmitter:ingest_paste_form-Find the claims").click().run()
    assert not at.exception, [e.value for e in at.exception]
    candidates = at.dataframe[0].value
    assert "Ana Reyes" in set(candidates["Said by"])
    quote = candidates.index[candidates["Said by"] == "Ana Reyes"][0]
    # reject every candidate but the mayor's quote, and correct its role
    at.session_state["ingest_claims_1"] = {
        "edited_rows": {int(i): {"Keep": False} for i in candidates.index if i != quote} | {
            int(quote): {"Role": "Mayor of Riverside"}},
        "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ingest_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "1 new claim." in at.success[0].value
    store = Store(app_db)
    row = store.read(lambda con: con.execute(
        "SELECT c.text, s.name, s.role, c.attribution, c.said_at, a.title FROM claims c JOIN sources s ON"
        " s.id = c.speaker_id JOIN articles a ON a.id = c.article_id WHERE a.title = 'Council approves budget'"
    ).fetchall())
    assert len(row) == 1 and row[0][1:4] == ("Ana Reyes", "Mayor of Riverside", "direct_quote")
    assert row[0][4].isoformat() == "2025-03-04"


def test_a_claim_the_finder_missed_is_added_from_the_article_and_saved_with_the_rest(app_db):
    at = start("pages/add.py")
    at.text_area(key="ingest_text").input(ARTICLE)
    at.button(key="FormSubmitter:ingest_paste_form-Find the claims").click().run()
    found = len(at.dataframe[0].value)
    # words not in the article: refused, nothing added
    at.text_area(key="ingest_missed_text_1").input("The council will raise taxes.")
    at.text_input(key="ingest_missed_speaker_1").input("Mayor Ana Reyes")
    at.button(key="FormSubmitter:ingest_missed_1-Add to the list").click().run()
    assert "not in the article" in at.error[0].value and len(at.dataframe[0].value) == found
    # a candidate already in the list is not added twice
    at.text_area(key="ingest_missed_text_1").input("About 300 residents attended the meeting.")
    at.text_input(key="ingest_missed_speaker_1").input("City clerk")
    at.button(key="FormSubmitter:ingest_missed_1-Add to the list").click().run()
    assert "already in the list" in at.error[0].value and len(at.dataframe[0].value) == found
    # part of a sentence, as it stands in the article (line breaks and spaces may differ)
    at.text_area(key="ingest_missed_text_1").input("The city council approved\n a budget of  $2.4 million")
    at.text_input(key="ingest_missed_speaker_1").input("City clerk")
    at.selectbox(key="ingest_missed_how_1").set_value(models.ATTRIBUTION_LABELS["official_statement"])
    at.text_input(key="ingest_missed_cue_1").input("announced")
    at.button(key="FormSubmitter:ingest_missed_1-Add to the list").click().run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    assert len(table) == found + 1
    assert table.iloc[-1][["Claim", "Said by", "How", "Cue"]].tolist() == [
        "The city council approved a budget of $2.4 million", "City clerk",
        models.ATTRIBUTION_LABELS["official_statement"], "announced"]
    at.button(key="ingest_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = Store(app_db).read(lambda con: con.execute(
        "SELECT c.text, s.name, c.attribution, c.cue, f.value, f.unit FROM claims c JOIN sources s ON s.id = c.speaker_id"
        " JOIN figures f ON f.claim_id = c.id WHERE s.name = 'City clerk'").fetchall())
    assert saved == [("The city council approved a budget of $2.4 million", "City clerk", "official_statement",
                      "announced", 2_400_000.0, "USD")]


def test_add_page_offers_an_article_or_a_claim_set(app_db):
    at = start("pages/add.py")
    assert not at.exception
    labels = [t.label for t in at.tabs]
    assert labels == ["A new article", "A claim set from a file"]
