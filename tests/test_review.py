import pytest

from factcheck import queries, review
from factcheck.errors import InvalidInput, NotFound, StaleEdit
from factcheck.access import local


def events(store, claim_id):
    return store.read(lambda con: con.execute(
        "SELECT reviewer, old_workflow, new_workflow, old_verdict, new_verdict, note, evidence_urls, version"
        " FROM status_events WHERE claim_id = ? ORDER BY id", [claim_id]).fetchall())


def test_mark_changes_status_and_appends_one_event(fresh_store):
    result = fresh_store.write(review.mark, 5, local("Ana"), workflow="in_progress", verdict="unverifiable",
                               note="Asked the army press office", evidence="https://example.org/army")
    assert (result["workflow"], result["verdict"], result["version"]) == ("in_progress", "unverifiable", 2)
    claim = fresh_store.read(queries.claim_detail, 5)
    assert (claim["workflow"], claim["verdict"], claim["reviewer"], claim["version"]) == (
        "in_progress", "unverifiable", "Ana", 2)
    assert events(fresh_store, 5) == [
        ("Ana", "unreviewed", "in_progress", None, "unverifiable", "Asked the army press office",
         ["https://example.org/army"], 2)]


def test_workflow_and_verdict_are_independent(fresh_store):
    fresh_store.write(review.mark, 3, local("Ana"), verdict="misleading")
    claim = fresh_store.read(queries.claim_detail, 3)
    assert (claim["workflow"], claim["verdict"]) == ("unreviewed", "misleading")
    fresh_store.write(review.mark, 3, local("Bo"), workflow="done")
    claim = fresh_store.read(queries.claim_detail, 3)
    assert (claim["workflow"], claim["verdict"]) == ("done", "misleading")
    fresh_store.write(review.mark, 3, local("Bo"), verdict="none")
    assert fresh_store.read(queries.claim_detail, 3)["verdict"] is None
    assert [e[4] for e in events(fresh_store, 3)] == ["misleading", "misleading", None]


def test_stale_edit_is_refused_naming_the_other_reviewer(fresh_store):
    fresh_store.write(review.mark, 8, local("Ana"), workflow="in_progress", expected_version=1)
    with pytest.raises(StaleEdit) as refused:
        fresh_store.write(review.mark, 8, local("Bo"), verdict="accurate", expected_version=1)
    message = str(refused.value)
    assert "Ana changed workflow Unreviewed → In progress" in message
    assert "version 1" in message and "version 2" in message
    assert refused.value.current == {"version": 2}
    claim = fresh_store.read(queries.claim_detail, 8)
    assert (claim["verdict"], claim["reviewer"], claim["version"]) == (None, "Ana", 2)
    assert len(events(fresh_store, 8)) == 1


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(reviewer="  "), "reviewer name is required"),
        (dict(workflow="finished"), "Unknown workflow 'finished'"),
        (dict(verdict="true"), "Unknown verdict 'true'"),
        (dict(evidence="javascript:alert(1)"), "http:// or https://"),
        (dict(evidence="ftp://example.org/x"), "http:// or https://"),
        (dict(workflow=None), "Nothing to save"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(fresh_store, kwargs, message):
    args = dict(reviewer="Ana", workflow="done")
    args.update(kwargs)
    with pytest.raises(InvalidInput, match=message):
        fresh_store.write(review.mark, 2, local(args.pop("reviewer")), **args)
    assert events(fresh_store, 2) == []
    assert fresh_store.read(queries.claim_detail, 2)["version"] == 1


def test_unknown_claim(fresh_store):
    with pytest.raises(NotFound, match="no claim 999"):
        fresh_store.write(review.mark, 999, local("Ana"), workflow="done")


def test_history_reads_in_reviewer_words(fresh_store):
    fresh_store.write(review.mark, 14, local("Ana"), workflow="needs_second_review", verdict="mostly_accurate")
    history = fresh_store.read(queries.claim_history, 14)
    assert history[["Who", "Workflow", "Verdict"]].values.tolist() == [
        ["Ana", "Unreviewed → Needs second review", "No verdict yet → Mostly accurate"]]


def test_bulk_mark_changes_every_match_with_one_event_each(fresh_store):
    from factcheck import filters

    where = filters.build_where([("speaker__in", "Yuriy Bondar")])
    done = fresh_store.write(review.bulk_mark, where, local("Desk editor"), workflow="needs_second_review",
                             note="Soldier's Facebook post: second reviewer please", expected_count=7)
    assert done == 7
    rows = fresh_store.read(lambda con: con.execute(
        "SELECT c.workflow, c.verdict, c.version, count(e.id), min(e.note), min(e.reviewer) FROM claims c"
        " JOIN sources s ON s.id = c.speaker_id LEFT JOIN status_events e ON e.claim_id = c.id"
        " WHERE s.name = 'Yuriy Bondar' GROUP BY ALL").fetchall())
    assert rows == [("needs_second_review", None, 2, 7, "Soldier's Facebook post: second reviewer please",
                     "Desk editor")]
    others = fresh_store.read(lambda con: con.execute(
        "SELECT count(*) FROM claims WHERE workflow <> 'unreviewed'").fetchone()[0])
    assert others == 7


def test_bulk_mark_refuses_when_the_match_count_moved(fresh_store):
    from factcheck import filters

    where = filters.build_where([("verdict", "none")])
    fresh_store.write(review.mark, 1, local("Ana"), verdict="accurate")
    with pytest.raises(StaleEdit, match="now matches 25 claims, not the 26 you confirmed"):
        fresh_store.write(review.bulk_mark, where, local("Bo"), workflow="done", expected_count=26)
    assert fresh_store.read(lambda con: con.execute(
        "SELECT count(*) FROM claims WHERE workflow = 'done'").fetchone()[0]) == 0
    assert fresh_store.read(lambda con: con.execute("SELECT count(*) FROM status_events").fetchone()[0]) == 1


def test_bulk_clear_verdict_and_keep_workflow(fresh_store):
    from factcheck import filters

    fresh_store.write(review.mark, 2, local("Ana"), workflow="done", verdict="accurate")
    where = filters.build_where([("id__in", "2,3")])
    assert fresh_store.write(review.bulk_mark, where, local("Bo"), verdict="none") == 2
    claim = fresh_store.read(queries.claim_detail, 2)
    assert (claim["workflow"], claim["verdict"], claim["version"]) == ("done", None, 3)
    assert events(fresh_store, 2)[-1][:5] == ("Bo", "done", "done", "accurate", None)


def test_bulk_needs_something_to_apply(fresh_store):
    from factcheck import filters

    with pytest.raises(InvalidInput, match="Choose a workflow or a verdict"):
        fresh_store.write(review.bulk_mark, filters.build_where([]), local("Bo"))


def test_several_evidence_links_and_the_export_shows_note_and_evidence(fresh_store, tmp_path):
    import io
    import csv as csvlib
    from factcheck import export, filters

    fresh_store.write(review.mark, 13, local("Ana"), verdict="unverifiable", note="first",
                      evidence="https://a.example/1\nhttps://b.example/2 https://a.example/1")
    fresh_store.write(review.mark, 13, local("Bo"), workflow="done", note="=cmd|' /C calc'!A0", evidence=["https://c.example/3"])
    assert events(fresh_store, 13)[0][6] == ["https://a.example/1", "https://b.example/2"]
    path = tmp_path / "claim13.csv"
    with fresh_store.connect() as con:
        export.write_csv_file(con, filters.build_where({"id": "13"}), path)
    row = next(csvlib.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    assert row["note"] == "'=cmd|' /C calc'!A0"
    assert row["evidence"] == "https://a.example/1 https://b.example/2 https://c.example/3"


def test_evidence_must_all_be_web_links(fresh_store):
    with pytest.raises(InvalidInput, match="'file:///etc/passwd' is not"):
        fresh_store.write(review.mark, 13, local("Ana"), note="x", evidence="https://ok.example file:///etc/passwd")
    assert events(fresh_store, 13) == []


def test_undo_puts_workflow_and_verdict_back_as_a_change_of_its_own(fresh_store):
    fresh_store.write(review.mark, 9, local("Ana"), workflow="in_progress", verdict="accurate", expected_version=1)
    saved = fresh_store.write(review.mark, 9, local("Ana"), workflow="done", verdict="inaccurate", note="oops",
                              expected_version=2)
    undone = fresh_store.write(review.undo, 9, local("Ana"), before={"workflow": "in_progress", "verdict": "accurate"},
                               version=saved["version"])
    assert (undone["workflow"], undone["verdict"], undone["version"]) == ("in_progress", "accurate", 4)
    assert events(fresh_store, 9)[-1] == ("Ana", "done", "in_progress", "inaccurate", "accurate",
                                          "Undid the change that made version 3", [], 4)
    # back to no verdict at all
    fresh_store.write(review.mark, 10, local("Ana"), verdict="misleading", expected_version=1)
    fresh_store.write(review.undo, 10, local("Ana"), before={"workflow": "unreviewed", "verdict": None}, version=2)
    assert fresh_store.read(queries.claim_detail, 10)["verdict"] is None


def test_an_undo_after_someone_else_saved_is_refused_naming_them(fresh_store):
    fresh_store.write(review.mark, 11, local("Ana"), verdict="accurate", expected_version=1)
    fresh_store.write(review.mark, 11, local("Bo"), workflow="done", expected_version=2)
    with pytest.raises(StaleEdit, match="Bo changed workflow Unreviewed → Done"):
        fresh_store.write(review.undo, 11, local("Ana"), before={"workflow": "unreviewed", "verdict": None}, version=2)
    claim = fresh_store.read(queries.claim_detail, 11)
    assert (claim["workflow"], claim["verdict"], claim["version"]) == ("done", "accurate", 3)


def test_a_bulk_mark_can_be_undone_whole(fresh_store):
    from factcheck import filters

    fresh_store.write(review.mark, 20, local("Ana"), verdict="accurate", expected_version=1)
    bondar = filters.build_where([("speaker__in", "Yuriy Bondar")])
    before = {c: fresh_store.read(queries.claim_detail, c) for c in range(19, 27)}
    done = fresh_store.write(review.bulk_mark, bondar, local("Bo"), workflow="done", verdict="inaccurate")
    assert done == 7 and done.reviewer == "Bo" and done.changed_at is not None
    undone = fresh_store.write(review.undo_bulk, local("Bo"), reviewer=done.reviewer, changed_at=done.changed_at,
                               count=int(done))
    assert undone == 7
    for c, was in before.items():
        now = fresh_store.read(queries.claim_detail, c)
        assert (now["workflow"], now["verdict"]) == (was["workflow"], was["verdict"]), c
    assert events(fresh_store, 20)[-1][:5] == ("Bo", "done", "unreviewed", "inaccurate", "accurate")
    assert events(fresh_store, 20)[-1][5].startswith("Undid the change of 7 claims made at ")


def test_a_bulk_undo_after_someone_changed_one_of_its_claims_changes_nothing(fresh_store):
    from factcheck import filters

    bondar = filters.build_where([("speaker__in", "Yuriy Bondar")])
    done = fresh_store.write(review.bulk_mark, bondar, local("Bo"), workflow="done")
    fresh_store.write(review.mark, 21, local("Cy"), verdict="misleading", expected_version=2)
    with pytest.raises(StaleEdit, match=r"1 of the 7 claims were changed since \(claim 21: Cy changed verdict"):
        fresh_store.write(review.undo_bulk, local("Bo"), reviewer=done.reviewer, changed_at=done.changed_at,
                          count=int(done))
    assert {fresh_store.read(queries.claim_detail, c)["workflow"] for c in (19, 20, 21, 22)} == {"done"}
