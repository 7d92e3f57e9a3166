"""Status changes: workflow and verdict, each change audited, stale edits refused."""
from __future__ import annotations

from urllib.parse import urlparse

from factcheck import access, models
from factcheck.errors import InvalidInput, NotFound, StaleEdit

CLEAR_VERDICT = "none"  # asking for this verdict removes the current one
MAX_REVIEWER = 254  # a typed name, or a signed-in e-mail (at most 254 characters)
MAX_NOTE = 10_000
MAX_LINKS = 20


class BulkChange(int):
    """How many claims a bulk mark changed — an int, as callers count it — with who and when: the
    mark's audit events share that reviewer and time, which is how undo_bulk finds them again."""

    reviewer: str
    changed_at: object


def check_evidence_url(url: str) -> str:
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(ch in url for ch in "<>\"\\ "):
        raise InvalidInput(f"Evidence must be an http:// or https:// link; {url!r} is not.")
    return url


def check_evidence(evidence: str | list[str] | None) -> list[str]:
    """Evidence links from a list, or from text with one link per line or separated by spaces."""
    if evidence is None:
        return []
    items = evidence.split() if isinstance(evidence, str) else [e for item in evidence for e in item.split()]
    links = list(dict.fromkeys(check_evidence_url(item) for item in items))
    if len(links) > MAX_LINKS:
        raise InvalidInput(f"At most {MAX_LINKS} evidence links per change.")
    return links


def check_reviewer(reviewer: str | None) -> str:
    name = (reviewer or "").strip()
    if not name:
        raise InvalidInput("Say who is reviewing: a reviewer name is required to change a claim.")
    if len(name) > MAX_REVIEWER:
        raise InvalidInput(f"The reviewer name is longer than {MAX_REVIEWER} characters.")
    return name


def check_change(reviewer, workflow, verdict, note, evidence) -> tuple[str, str | None, list[str]]:
    """The checks every status change passes; returns the cleaned reviewer, note and evidence."""
    reviewer = check_reviewer(reviewer)
    if workflow is not None and workflow not in models.WORKFLOW_IDS:
        raise InvalidInput(f"Unknown workflow {workflow!r}; use one of {', '.join(sorted(models.WORKFLOW_IDS))}.")
    if verdict is not None and verdict != CLEAR_VERDICT and verdict not in models.VERDICT_IDS:
        raise InvalidInput(
            f"Unknown verdict {verdict!r}; use one of {', '.join(sorted(models.VERDICT_IDS))} or {CLEAR_VERDICT}."
        )
    note = (note or "").strip() or None
    if note and len(note) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE:,} characters.")
    return reviewer, note, check_evidence(evidence)


def _describe_event(event: tuple) -> str:
    who, when, old_wf, new_wf, old_v, new_v, version = event
    changes = []
    if old_wf != new_wf:
        changes.append(f"workflow {models.WORKFLOW_LABELS.get(old_wf, old_wf)} → {models.WORKFLOW_LABELS.get(new_wf, new_wf)}")
    if old_v != new_v:
        label = lambda v: models.VERDICT_LABELS.get(v, models.NO_VERDICT_LABEL)  # noqa: E731
        changes.append(f"verdict {label(old_v)} → {label(new_v)}")
    what = ", ".join(changes) or "a note"
    return f"{who} changed {what} at {when:%Y-%m-%d %H:%M:%S %Z}".rstrip()


def mark(
    con,
    claim_id: int,
    actor: access.Actor,
    *,
    workflow: str | None = None,
    verdict: str | None = None,
    note: str | None = None,
    evidence: str | list[str] | None = None,
    expected_version: int | None = None,
) -> dict:
    """Change a claim's status and append its audit event; the caller owns the transaction.

    With expected_version, the change is refused if anyone saved the claim since that version,
    and the message names who and what, so the reviewer can look before re-applying. The actor's
    role is checked here, whatever the page showed them.
    """
    access.require(actor, "mark")
    reviewer, note, evidence = check_change(actor.name, workflow, verdict, note, evidence)
    if workflow is None and verdict is None and note is None and not evidence:
        raise InvalidInput("Nothing to save: give a workflow, a verdict, a note or evidence.")

    row = con.execute("SELECT workflow, verdict, version FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no claim {claim_id}.")
    old_workflow, old_verdict, version = row
    if expected_version is not None and version != expected_version:
        raise _stale(con, claim_id, expected_version, version)

    new_workflow = workflow or old_workflow
    new_verdict = old_verdict if verdict is None else (None if verdict == CLEAR_VERDICT else verdict)
    updated = con.execute(
        "UPDATE claims SET workflow = ?, verdict = ?, reviewer = ?, updated_at = current_timestamp,"
        " version = version + 1 WHERE id = ? AND version = ? RETURNING version, updated_at",
        [new_workflow, new_verdict, reviewer, claim_id, version],
    ).fetchone()
    if updated is None:  # someone saved between our read and our write
        current = con.execute("SELECT version FROM claims WHERE id = ?", [claim_id]).fetchone()[0]
        raise _stale(con, claim_id, version, current)
    new_version, updated_at = updated
    con.execute(
        "INSERT INTO status_events (claim_id, reviewer, changed_at, old_workflow, new_workflow, old_verdict,"
        " new_verdict, note, evidence_urls, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [claim_id, reviewer, updated_at, old_workflow, new_workflow, old_verdict, new_verdict, note, evidence,
         new_version],
    )
    return {
        "id": claim_id,
        "workflow": new_workflow,
        "verdict": new_verdict,
        "reviewer": reviewer,
        "updated_at": updated_at,
        "version": new_version,
    }


def _stale(con, claim_id: int, expected: int, current: int) -> StaleEdit:
    events = con.execute(
        "SELECT reviewer, changed_at, old_workflow, new_workflow, old_verdict, new_verdict, version"
        " FROM status_events WHERE claim_id = ? AND version > ? ORDER BY version",
        [claim_id, expected],
    ).fetchall()
    said = "; ".join(_describe_event(e) for e in events) or "someone changed it"
    return StaleEdit(
        f"Not saved: claim {claim_id} changed after you opened it (you had version {expected}, it is now "
        f"version {current}): {said}. Check their change, then save again.",
        current={"version": current},
    )


def undo(con, claim_id: int, actor: access.Actor, *, before: dict, version: int) -> dict:
    """Put a claim's workflow and verdict back as they were before a save that made `version`.

    An undo is a change of its own in the history (the audit stays append-only), and like any save
    it is refused, naming who changed what, if anyone saved the claim after `version`.
    """
    return mark(con, claim_id, actor, workflow=before["workflow"], verdict=before["verdict"] or CLEAR_VERDICT,
                note=f"Undid the change that made version {version}", expected_version=version)


def bulk_mark(
    con,
    where,
    actor: access.Actor,
    *,
    workflow: str | None = None,
    verdict: str | None = None,
    note: str | None = None,
    evidence: str | list[str] | None = None,
    expected_count: int | None = None,
) -> int:
    """Apply one status to every claim the filter matches, each with its own audit event.

    The caller owns the transaction, so either every claim changes or none does. With
    expected_count (the number the reviewer confirmed), a filter that now matches a different
    number of claims is refused rather than applied to claims nobody looked at.
    """
    from factcheck.queries import CLAIM_FROM  # queries imports filters; keep review free of a cycle

    access.require(actor, "bulk_mark")
    reviewer, note, evidence = check_change(actor.name, workflow, verdict, note, evidence)
    if workflow is None and verdict is None:
        raise InvalidInput("Choose a workflow or a verdict to apply.")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE bulk_target AS SELECT c.id, c.workflow, c.verdict, c.version"
        f" {CLAIM_FROM} WHERE {where.sql}",
        where.params,
    )
    count = con.execute("SELECT count(*) FROM bulk_target").fetchone()[0]
    if expected_count is not None and count != expected_count:
        raise StaleEdit(
            f"Not applied: the filter now matches {count:,} claims, not the {expected_count:,} you confirmed "
            "(someone changed claims meanwhile). Nothing was changed; check the count and apply again."
        )
    if count == 0:
        return 0
    clear = verdict == CLEAR_VERDICT
    new_verdict_sql = "NULL" if clear else ("t.verdict" if verdict is None else "?")
    verdict_params = [] if (clear or verdict is None) else [verdict]
    workflow_sql = "t.workflow" if workflow is None else "?"
    workflow_params = [] if workflow is None else [workflow]
    updated = con.execute(
        f"UPDATE claims SET workflow = {workflow_sql}, verdict = {new_verdict_sql}, reviewer = ?,"
        " updated_at = current_timestamp, version = claims.version + 1"
        " FROM bulk_target t WHERE claims.id = t.id AND claims.version = t.version",
        [*workflow_params, *verdict_params, reviewer],
    ).fetchone()[0]
    if updated != count:
        raise StaleEdit(f"Not applied: {count - updated:,} of the {count:,} claims changed while saving. "
                        "Nothing was changed; apply again.")
    con.execute(
        "INSERT INTO status_events (claim_id, reviewer, changed_at, old_workflow, new_workflow, old_verdict,"
        " new_verdict, note, evidence_urls, version)"
        " SELECT t.id, ?, c.updated_at, t.workflow, c.workflow, t.verdict, c.verdict, ?, ?, c.version"
        " FROM bulk_target t JOIN claims c ON c.id = t.id",
        [reviewer, note, evidence],
    )
    changed_at = con.execute("SELECT max(updated_at) FROM claims WHERE id IN (SELECT id FROM bulk_target)").fetchone()[0]
    con.execute("DROP TABLE bulk_target")
    result = BulkChange(count)
    result.reviewer, result.changed_at = reviewer, changed_at
    return result


def undo_bulk(con, actor: access.Actor, *, reviewer: str, changed_at, count: int) -> int:
    """Put back the workflow and verdict of every claim one bulk mark changed (found by its events'
    reviewer and time), each with an event of its own. All or nothing: if any of those claims was
    saved since, nothing changes and the message names who changed one of them."""
    access.require(actor, "bulk_mark")
    undoer = check_reviewer(actor.name)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE bulk_undo AS SELECT claim_id, old_workflow, new_workflow, old_verdict,"
        " new_verdict, version FROM status_events WHERE reviewer = ? AND changed_at = ?", [reviewer, changed_at])
    found = con.execute("SELECT count(*) FROM bulk_undo").fetchone()[0]
    if found != count:
        raise InvalidInput(f"Not undone: that change of {count:,} claims is not in the history as it was. "
                           "Nothing was changed.")
    updated = con.execute(
        "UPDATE claims SET workflow = t.old_workflow, verdict = t.old_verdict, reviewer = ?,"
        " updated_at = current_timestamp, version = claims.version + 1"
        " FROM bulk_undo t WHERE claims.id = t.claim_id AND claims.version = t.version",
        [undoer]).fetchone()[0]
    if updated != count:
        later = con.execute(
            "SELECT e.claim_id, e.reviewer, e.changed_at, e.old_workflow, e.new_workflow, e.old_verdict, e.new_verdict,"
            " e.version FROM status_events e JOIN bulk_undo t ON t.claim_id = e.claim_id AND e.version > t.version"
            " ORDER BY e.id LIMIT 1").fetchone()
        example = f" (claim {later[0]}: {_describe_event(later[1:])})" if later else ""
        raise StaleEdit(f"Not undone: {count - updated:,} of the {count:,} claims were changed since{example}. "
                        "Nothing was changed; check them and mark them again.")
    con.execute(
        "INSERT INTO status_events (claim_id, reviewer, changed_at, old_workflow, new_workflow, old_verdict,"
        " new_verdict, note, evidence_urls, version)"
        " SELECT t.claim_id, ?, c.updated_at, t.new_workflow, c.workflow, t.new_verdict, c.verdict, ?, [], c.version"
        " FROM bulk_undo t JOIN claims c ON c.id = t.claim_id",
        [undoer, f"Undid the change of {count:,} claims made at {changed_at:%Y-%m-%d %H:%M:%S %Z}".rstrip()])
    con.execute("DROP TABLE bulk_undo")
    return updated
