"""What changed a claim's status, in one shape: the status events, and the imports verdicts came from.

An import is one row in `imports` (migration 6), not one status event per imported claim; these
queries put it back in each imported claim's history, so pages and exports read one list.
"""
from __future__ import annotations

# Every change of status of the claims {claims} (SQL giving claim ids), in one shape: the status
# events, and for an imported verdict the import it came from (an import is one row in `imports`,
# not one event per claim). `seq` orders them: an import comes before any event of its claim.
CLAIM_EVENTS = """
    SELECT e.id AS seq, e.claim_id, e.reviewer, e.changed_at, e.old_workflow, e.new_workflow, e.old_verdict,
           e.new_verdict, e.note, e.evidence_urls, e.version
    FROM status_events e WHERE e.claim_id IN ({claims})
    UNION ALL
    SELECT 0, c.id, i.imported_by, i.imported_at, 'unreviewed', 'done', NULL, v.verdict,
           'Imported with the verdict ' || coalesce(c.review_publisher || ' gave: ', 'given: ') || c.import_label,
           CASE WHEN regexp_matches(c.review_url, '^https?://.') THEN [c.review_url] ELSE [] END, 1
    FROM claims c JOIN imports i ON i.id = c.import_id
    JOIN import_verdicts v ON v.import_id = c.import_id AND v.label = c.import_label
    WHERE v.verdict IS NOT NULL AND c.id IN ({claims})
"""
# The last note and every evidence link of each matching claim, for the exports.
AUDIT = f"""
     audit AS (SELECT e.claim_id, arg_max(e.note, e.seq) FILTER (WHERE e.note IS NOT NULL) AS note,
                      flatten(list(e.evidence_urls ORDER BY e.seq)) AS evidence
               FROM ({CLAIM_EVENTS.format(claims="SELECT id FROM matching")}) e GROUP BY e.claim_id)"""
