import pytest

from factcheck import queries, review
from factcheck.errors import InvalidInput, NotFound, StaleEdit


def events(store, claim_id):
    return store.read(lambda con: con.execute(
        "SELECT reviewer, old_workflow, new_workflow, old_verdict, new_verdict, note, evidence_url, version"
        " FROM status_events WHERE claim_id = ? ORDER BY id", [claim_id]).fetchall())


def test_mark_changes_status_and_appends_one_event(fresh_store):
    result = fresh_store.write(review.mark, 5, "Ana", workflow="in_progress", verdict="unverifiable",
                               note="Asked the army press office", evidence="https://example.org/army")
    assert (result["workflow"], result["verdict"], result["version"]) == ("in_progress", "unverifiable", 2)
    claim = fresh_store.read(queries.claim_detail, 5)
    assert (claim["workflow"], claim["verdict"], claim["reviewer"], claim["version"]) == (
        "in_progress", "unverifiable", "Ana", 2)
    assert events(fresh_store, 5) == [
        ("Ana", "unreviewed", "in_progress", None, "unverifiable", "Asked the army press office",
         "https://example.org/army", 2)]


def test_workflow_and_verdict_are_independent(fresh_store):
    fresh_store.write(review.mark, 3, "Ana", verdict="misleading")
    claim = fresh_store.read(queries.claim_detail, 3)
    assert (claim["workflow"], claim["verdict"]) == ("unreviewed", "misleading")
    fresh_store.write(review.mark, 3, "Bo", workflow="done")
    claim = fresh_store.read(queries.claim_detail, 3)
    assert (claim["workflow"], claim["verdict"]) == ("done", "misleading")
    fresh_store.write(review.mark, 3, "Bo", verdict="none")
    assert fresh_store.read(queries.claim_detail, 3)["verdict"] is None
    assert [e[4] for e in events(fresh_store, 3)] == ["misleading", "misleading", None]


def test_stale_edit_is_refused_naming_the_other_reviewer(fresh_store):
    fresh_store.write(review.mark, 8, "Ana", workflow="in_progress", expected_version=1)
    with pytest.raises(StaleEdit) as refused:
        fresh_store.write(review.mark, 8, "Bo", verdict="accurate", expected_version=1)
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
        fresh_store.write(review.mark, 2, args.pop("reviewer"), **args)
    assert events(fresh_store, 2) == []
    assert fresh_store.read(queries.claim_detail, 2)["version"] == 1


def test_unknown_claim(fresh_store):
    with pytest.raises(NotFound, match="no claim 999"):
        fresh_store.write(review.mark, 999, "Ana", workflow="done")


def test_history_reads_in_reviewer_words(fresh_store):
    fresh_store.write(review.mark, 14, "Ana", workflow="needs_second_review", verdict="mostly_accurate")
    history = fresh_store.read(queries.claim_history, 14)
    assert history[["Who", "Workflow", "Verdict"]].values.tolist() == [
        ["Ana", "Unreviewed → Needs second review", "No verdict yet → Mostly accurate"]]
