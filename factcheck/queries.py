"""Read-side SQL: counts, the claims table, one claim with its figures and history, export rows.

Every function takes an open connection (from store) and returns plain Python or a small
DataFrame; the work happens in DuckDB. `where`/`params` let the filter builder narrow any
of them later without changing their shape.
"""
from __future__ import annotations

from typing import Iterator

import pandas as pd

from factcheck import models

CLAIM_FROM = """
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = c.speaker_id
"""

# Machine-readable columns for export (ids, not labels); one dict per claim.
EXPORT_SELECT = """
SELECT c.id, c.article_id, a.title AS article_title, a.outlet AS article_outlet, a.url AS article_url,
       a.published_at AS article_published_at,
       c.text, c.quote, c.span_start, c.span_end,
       s.name AS speaker, s.kind AS speaker_kind, s.role AS speaker_role,
       c.attribution, c.cue, c.said_at, c.hedges,
       c.workflow, c.verdict, c.reviewer, c.updated_at, c.version,
       coalesce((SELECT list({'surface': f.surface, 'value': f.value, 'low': f.low, 'high': f.high,
                              'unit': f.unit, 'quantity': f.quantity, 'approx': f.approx,
                              'derivation': f.derivation, 'start': f.span_start, 'end': f.span_end}
                             ORDER BY f.span_start, f.id)
                 FROM figures f WHERE f.claim_id = c.id), []) AS figures
"""


def stats(con) -> dict:
    """Counts of everything, and claims by workflow and verdict (every vocabulary value present)."""
    counts = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims),"
        " (SELECT count(*) FROM figures), (SELECT count(*) FROM sources)"
    ).fetchone()
    by_workflow = dict(
        con.execute(
            "SELECT w.id, count(c.id) FROM workflows w LEFT JOIN claims c ON c.workflow = w.id"
            " GROUP BY w.id, w.position ORDER BY w.position"
        ).fetchall()
    )
    by_verdict = dict(
        con.execute(
            "SELECT v.id, count(c.id) FROM verdicts v LEFT JOIN claims c ON c.verdict = v.id"
            " GROUP BY v.id, v.position ORDER BY v.position"
        ).fetchall()
    )
    by_verdict["none"] = con.execute("SELECT count(*) FROM claims WHERE verdict IS NULL").fetchone()[0]
    return {
        "articles": counts[0],
        "claims": counts[1],
        "figures": counts[2],
        "sources": counts[3],
        "claims_by_workflow": by_workflow,
        "claims_by_verdict": by_verdict,
    }


def claims_table(con, where: str = "TRUE", params: list | None = None, limit: int = 200, offset: int = 0) -> pd.DataFrame:
    """The claims table as a reviewer reads it: each claim beside its attribution and status."""
    return con.execute(
        f"""
        SELECT c.id AS "ID", c.text AS "Claim", coalesce(s.name, '(the article)') AS "Said by",
               coalesce(s.role, '') AS "Role", att.label AS "How", c.cue AS "Cue", c.said_at AS "Said on",
               array_to_string(c.hedges, ', ') AS "Hedges", wf.label AS "Workflow",
               coalesce(v.label, ?) AS "Verdict", coalesce(c.reviewer, '') AS "Reviewer",
               (SELECT count(*) FROM figures f WHERE f.claim_id = c.id) AS "Figures",
               a.title AS "Article"
        {CLAIM_FROM}
        JOIN attributions att ON att.id = c.attribution
        JOIN workflows wf ON wf.id = c.workflow
        LEFT JOIN verdicts v ON v.id = c.verdict
        WHERE {where}
        ORDER BY c.article_id, c.span_start, c.id
        LIMIT ? OFFSET ?
        """,
        [models.NO_VERDICT_LABEL, *(params or []), limit, offset],
    ).df()


def count_claims(con, where: str = "TRUE", params: list | None = None) -> int:
    return con.execute(f"SELECT count(*) {CLAIM_FROM} WHERE {where}", params or []).fetchone()[0]


def claim_detail(con, claim_id: int) -> dict | None:
    """One claim with its article, speaker and status; None when there is no such claim."""
    cur = con.execute(
        f"""
        SELECT c.id, c.text, c.quote, c.span_start, c.span_end, c.attribution, c.cue, c.said_at, c.hedges,
               c.workflow, c.verdict, c.reviewer, c.updated_at, c.version,
               a.id AS article_id, a.title AS article_title, a.outlet, a.url AS article_url,
               a.published_at, a.dateline, a.body,
               s.id AS speaker_id, s.name AS speaker, s.kind AS speaker_kind, s.role AS speaker_role,
               s.country AS speaker_country
        {CLAIM_FROM}
        WHERE c.id = ?
        """,
        [claim_id],
    )
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row))


def claim_figures(con, claim_id: int) -> list[dict]:
    cur = con.execute(
        "SELECT surface, value, low, high, unit, quantity, approx, derivation, span_start, span_end"
        " FROM figures WHERE claim_id = ? ORDER BY span_start, id",
        [claim_id],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def claim_history(con, claim_id: int) -> pd.DataFrame:
    """The audit trail of one claim, newest first, in reviewer words."""
    return con.execute(
        """
        SELECT e.changed_at AS "When", e.reviewer AS "Who",
               coalesce(ow.label, '') || ' → ' || coalesce(nw.label, '') AS "Workflow",
               coalesce(ov.label, ?) || ' → ' || coalesce(nv.label, ?) AS "Verdict",
               e.note AS "Note", e.evidence_url AS "Evidence", e.version AS "Version"
        FROM status_events e
        LEFT JOIN workflows ow ON ow.id = e.old_workflow
        LEFT JOIN workflows nw ON nw.id = e.new_workflow
        LEFT JOIN verdicts ov ON ov.id = e.old_verdict
        LEFT JOIN verdicts nv ON nv.id = e.new_verdict
        WHERE e.claim_id = ?
        ORDER BY e.id DESC
        """,
        [models.NO_VERDICT_LABEL, models.NO_VERDICT_LABEL, claim_id],
    ).df()


def status_counts(con) -> pd.DataFrame:
    """Claims per workflow and verdict, with labels, in vocabulary order (for the Overview chart)."""
    return con.execute(
        """
        SELECT wf.label AS workflow, c.verdict AS verdict_id, coalesce(v.label, ?) AS verdict, count(*) AS claims
        FROM claims c
        JOIN workflows wf ON wf.id = c.workflow
        LEFT JOIN verdicts v ON v.id = c.verdict
        GROUP BY ALL
        ORDER BY min(wf.position), min(coalesce(v.position, -1))
        """,
        [models.NO_VERDICT_LABEL],
    ).df()


def attribution_counts(con) -> pd.DataFrame:
    """How claims are attributed, every kind listed even at zero, with how many are hedged."""
    return con.execute(
        """
        SELECT att.label AS attribution, count(c.id) AS claims,
               count(c.id) FILTER (WHERE len(c.hedges) > 0) AS hedged
        FROM attributions att LEFT JOIN claims c ON c.attribution = att.id
        GROUP BY att.label, att.position
        ORDER BY att.position
        """
    ).df()


def export_rows(con, where: str = "TRUE", params: list | None = None, batch: int = 5000) -> Iterator[dict]:
    """Every matching claim with its figures nested, streamed in batches so memory stays flat."""
    cur = con.execute(f"{EXPORT_SELECT} {CLAIM_FROM} WHERE {where} ORDER BY c.id", params or [])
    names = [d[0] for d in cur.description]
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        for row in rows:
            yield dict(zip(names, row))
