"""Read-side SQL: counts, the claims table, one claim with its figures and history, export rows.

Every function takes an open connection (from store) and returns plain Python or a small
DataFrame; the work happens in DuckDB. A `Where` from factcheck.filters narrows the claims;
its values arrive as parameters, never as SQL text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import pandas as pd

from factcheck import models
from factcheck.audit import AUDIT, CLAIM_EVENTS
from factcheck.errors import InvalidInput
from factcheck.filters import Where, combine

ALL = combine(())

CLAIM_FROM = """
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = c.speaker_id
"""

# Machine-readable columns for export (ids, not labels); one dict per claim. The audit and figure
# aggregates are computed for the matching claims only, then joined: one pass each, not one per row.
EXPORT_QUERY = """
WITH matching AS (SELECT c.id {claim_from} WHERE {where}),""" + AUDIT.replace("{", "{{").replace("}", "}}") + """,
     numbers AS (SELECT f.claim_id,
                        list({{'surface': f.surface, 'value': f.value, 'low': f.low, 'high': f.high,
                               'unit': f.unit, 'quantity': f.quantity, 'approx': f.approx,
                               'derivation': f.derivation, 'start': f.span_start, 'end': f.span_end}}
                             ORDER BY f.span_start, f.id) AS figures
                 FROM figures f WHERE f.claim_id IN (SELECT id FROM matching) GROUP BY f.claim_id)
SELECT c.id, c.article_id, a.title AS article_title, a.outlet AS article_outlet, a.url AS article_url,
       a.published_at AS article_published_at,
       c.text, c.quote, c.span_start, c.span_end,
       s.name AS speaker, s.kind AS speaker_kind, s.role AS speaker_role,
       c.attribution, c.cue, c.said_at, c.hedges,
       c.workflow, c.verdict, c.reviewer, c.updated_at, c.version,
       audit.note, coalesce(audit.evidence, []) AS evidence, coalesce(numbers.figures, []) AS figures
FROM matching JOIN claims c ON c.id = matching.id
JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = c.speaker_id
LEFT JOIN audit ON audit.claim_id = c.id LEFT JOIN numbers ON numbers.claim_id = c.id
ORDER BY c.id
"""


SORTS = {
    "article": "c.article_id {dir}, c.span_start {dir}",
    "id": "c.id {dir}",
    "said_at": "c.said_at {dir} NULLS LAST",
    "speaker": "s.name {dir} NULLS LAST",
    "workflow": "wf.position {dir}",
    "verdict": "v.position {dir} NULLS FIRST",
    "updated_at": "c.updated_at {dir} NULLS LAST",
}
SORT_LABELS = {
    "article": "Order in the article", "id": "Claim number", "said_at": "Date said", "speaker": "Said by",
    "workflow": "Workflow", "verdict": "Verdict", "updated_at": "Last changed",
}


def order_by(sort: str | None) -> str:
    """`said_at` or `-said_at` → ORDER BY text, from an allow-list; unknown sorts are an error."""
    sort = sort or "article"
    descending = sort.startswith("-")
    name = sort[1:] if descending else sort
    if name not in SORTS:
        raise InvalidInput(f"Unknown sort {name!r}; sort by {', '.join(SORTS)} (prefix - for descending).")
    return SORTS[name].format(dir="DESC" if descending else "ASC") + ", c.id"


TABLE_COLUMNS = ["ID", "Claim", "Said by", "Role", "How", "Cue", "Said on", "Hedges", "Workflow", "Verdict",
                 "Reviewer", "Last changed", "Figures", "Article", "Version"]


def claims_table(con, where: Where = ALL, sort: str | None = None, limit: int = 100, offset: int = 0) -> pd.DataFrame:
    """One page of the claims table as a reviewer reads it: each claim beside its attribution and status.

    Two steps: the page's ids (a top-N over the filter, reading only what the filter and sort
    need), then those rows by id with their labels and figure counts — so the long text columns
    are read for the page only, not for every matching claim.
    """
    ids = [row[0] for row in con.execute(
        f"""SELECT c.id {CLAIM_FROM}
            LEFT JOIN workflows wf ON wf.id = c.workflow LEFT JOIN verdicts v ON v.id = c.verdict
            WHERE {where.sql} ORDER BY {order_by(sort)} LIMIT ? OFFSET ?""",
        [*where.params, limit, offset],
    ).fetchall()]
    if not ids:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    marks = ", ".join("?" * len(ids))
    return con.execute(
        f"""
        WITH page AS MATERIALIZED (SELECT * FROM claims WHERE id IN ({marks})),
             counts AS (SELECT claim_id, count(*) AS n FROM figures WHERE claim_id IN ({marks}) GROUP BY claim_id)
        SELECT c.id AS "ID", c.text AS "Claim", coalesce(s.name, 'The article itself') AS "Said by",
               coalesce(s.role, '') AS "Role", att.label AS "How", coalesce(c.cue, '') AS "Cue",
               c.said_at AS "Said on", array_to_string(c.hedges, ', ') AS "Hedges", wf.label AS "Workflow",
               coalesce(v.label, ?) AS "Verdict", coalesce(c.reviewer, '') AS "Reviewer",
               c.updated_at AS "Last changed", coalesce(counts.n, 0) AS "Figures",
               a.title AS "Article", c.version AS "Version"
        FROM page c
        JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = c.speaker_id
        JOIN attributions att ON att.id = c.attribution
        JOIN workflows wf ON wf.id = c.workflow
        LEFT JOIN verdicts v ON v.id = c.verdict
        LEFT JOIN counts ON counts.claim_id = c.id
        ORDER BY list_position(?, c.id)
        """,
        [*ids, *ids, models.NO_VERDICT_LABEL, ids],
    ).df()


def count_claims(con, where: Where = ALL) -> int:
    if not where.conditions:
        return con.execute("SELECT count(*) FROM claims").fetchone()[0]
    return con.execute(f"SELECT count(*) {CLAIM_FROM} WHERE {where.sql}", where.params).fetchone()[0]


FACET_FIELDS = ("workflow", "verdict", "speaker", "attribution", "hedge")
_FACET_VALUE = {
    "workflow": "c.workflow",
    "verdict": "coalesce(c.verdict, 'none')",
    "speaker": "coalesce(s.name, 'none')",
    "attribution": "c.attribution",
}
_FACET_LABELS = {  # the label dicts themselves: an admin's rename shows at once
    "workflow": models.WORKFLOW_LABELS,
    "verdict": models.VERDICT_LABELS,
    "speaker": {},
    "attribution": models.ATTRIBUTION_LABELS,
}
_FACET_NONE = {"verdict": models.NO_VERDICT_LABEL, "speaker": "The article itself"}


@dataclass(frozen=True)
class Facet:
    field: str
    values: list[tuple[str, str, int]]  # (filter value, reviewer label, claims)
    truncated: bool


def facet(con, where: Where, field: str, size: int = 10) -> Facet:
    """Counts per value of one field under the current filter minus that field's own conditions.

    Leaving the field's own conditions out lets a reviewer widen as well as narrow; size+1 rows
    are fetched to know whether the list was cut.
    """
    if field not in FACET_FIELDS:
        raise InvalidInput(f"No facet for {field!r}; facets exist for {', '.join(FACET_FIELDS)}.")
    scope = where.without(field)
    if field == "hedge":
        sql = (f"SELECT h, count(*) AS n FROM (SELECT unnest(c.hedges) AS h {CLAIM_FROM} WHERE {scope.sql})"
               " GROUP BY h ORDER BY n DESC, h LIMIT ?")
    else:
        sql = (f"SELECT {_FACET_VALUE[field]} AS value, count(*) AS n {CLAIM_FROM} WHERE {scope.sql}"
               " GROUP BY value ORDER BY n DESC, value LIMIT ?")
    rows = con.execute(sql, [*scope.params, size + 1]).fetchall()
    return Facet(field, [(v, facet_label(field, v), n) for v, n in rows[:size]], len(rows) > size)


def facet_label(field: str, value: str) -> str:
    """A facet value in reviewer words (speakers and hedges are their own words)."""
    if value == "none" and field in _FACET_NONE:
        return _FACET_NONE[field]
    return _FACET_LABELS.get(field, {}).get(value, value)


def facets(con, where: Where = ALL, size: int = 10) -> dict[str, Facet]:
    return {field: facet(con, where, field, size) for field in FACET_FIELDS}


def claims_overview(con, where: Where = ALL, size: int = 10) -> tuple[int, dict[str, Facet], int]:
    """What the claims page shows above its table: matching count, facets, and the desk's total.

    The claims matching every condition not on a facet field are read once, with one flag per
    facet field's condition; the count needs every flag, and each facet every flag but its own,
    so it can widen as well as narrow. Speakers are counted by id and named afterwards.
    """
    own = {f: [c for c in where.conditions if c.field == f] for f in FACET_FIELDS}
    rest = combine([c for c in where.conditions if c.field not in FACET_FIELDS])
    flags, flag_params = [], []
    for f in FACET_FIELDS:
        part = combine(own[f])
        flags.append(f"({part.sql}) AS f_{f}")
        flag_params.extend(part.params)
    selects, select_params = [], []
    for f in FACET_FIELDS:
        others = " AND ".join(f"f_{g}" for g in FACET_FIELDS if g != f)
        value = "unnest(hedges)" if f == "hedge" else f"v_{f}"
        grouped = (f"SELECT value, count(*) AS n FROM (SELECT {value} AS value FROM base WHERE {others})"
                   f" GROUP BY value")
        if f == "speaker":  # named after counting: ids are cheap to group, names are not
            grouped = (f"SELECT coalesce(sp.name, 'none') AS value, g.n FROM ({grouped}) g"
                       f" LEFT JOIN sources sp ON sp.id = g.value")
        selects.append(f"(SELECT list({{'value': value, 'n': n}}) FROM ({grouped}"
                       f" ORDER BY n DESC, value LIMIT ?)) AS facet_{f}")
        select_params.append(size + 1)
    all_flags = " AND ".join(f"f_{f}" for f in FACET_FIELDS)
    row = con.execute(
        f"""
        WITH base AS MATERIALIZED (
            SELECT c.workflow AS v_workflow, coalesce(c.verdict, 'none') AS v_verdict,
                   c.speaker_id AS v_speaker, c.attribution AS v_attribution, c.hedges,
                   {", ".join(flags)}
            {CLAIM_FROM} WHERE {rest.sql})
        SELECT (SELECT count(*) FROM base WHERE {all_flags}), {", ".join(selects)}
        """,
        [*flag_params, *rest.params, *select_params],
    ).fetchone()
    facets = {}
    for f, values in zip(FACET_FIELDS, row[1:]):
        values = values or []
        facets[f] = Facet(f, [(v["value"], facet_label(f, v["value"]), v["n"]) for v in values[:size]],
                          len(values) > size)
    return row[0], facets, count_claims(con)


def filter_choices(con) -> tuple[list[str], dict[str, str]]:
    """Reviewers who have marked claims, and articles (id → title), for the filter widgets."""
    reviewers = [r[0] for r in con.execute(
        "SELECT DISTINCT reviewer FROM claims WHERE reviewer IS NOT NULL ORDER BY 1").fetchall()]
    articles = dict(con.execute("SELECT id::VARCHAR, title FROM articles ORDER BY published_at DESC, id").fetchall())
    return reviewers, articles


def claim_detail(con, claim_id: int) -> dict | None:
    """One claim with its article, speaker and status; None when there is no such claim."""
    cur = con.execute(
        f"""
        SELECT c.id, c.text, c.quote, c.span_start, c.span_end, c.attribution, c.cue, c.said_at, c.hedges,
               c.workflow, c.verdict, c.reviewer, c.updated_at, c.version, c.review_url, c.review_publisher,
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
        f"""
        SELECT e.changed_at AS "When", e.reviewer AS "Who",
               coalesce(ow.label, '') || ' → ' || coalesce(nw.label, '') AS "Workflow",
               coalesce(ov.label, ?) || ' → ' || coalesce(nv.label, ?) AS "Verdict",
               e.note AS "Note", e.evidence_urls AS "Evidence", e.version AS "Version"
        FROM ({CLAIM_EVENTS.format(claims="?")}) e
        LEFT JOIN workflows ow ON ow.id = e.old_workflow
        LEFT JOIN workflows nw ON nw.id = e.new_workflow
        LEFT JOIN verdicts ov ON ov.id = e.old_verdict
        LEFT JOIN verdicts nv ON nv.id = e.new_verdict
        ORDER BY e.seq DESC
        """,
        [models.NO_VERDICT_LABEL, models.NO_VERDICT_LABEL, claim_id, claim_id],
    ).df()


def export_rows(con, where: Where = ALL, batch: int = 5000) -> Iterator[dict]:
    """Every matching claim with its figures nested, streamed in batches so memory stays flat."""
    cur = con.execute(EXPORT_QUERY.format(claim_from=CLAIM_FROM, where=where.sql), where.params)
    names = [d[0] for d in cur.description]
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        for row in rows:
            record = dict(zip(names, row))
            record["evidence"] = list(dict.fromkeys(record["evidence"]))  # first cited first, once each
            yield record


# ---- Overview charts ------------------------------------------------------------------------------

def speaker_verdicts(con, where: Where = ALL, top: int = 12) -> pd.DataFrame:
    """Claims by the most frequent speakers, split by verdict (columns: speaker, verdict_id, verdict, claims).

    Counted by speaker id first; names are looked up for the top speakers only.
    """
    scope = f"{CLAIM_FROM} WHERE {where.sql}" if where.conditions else "FROM claims c"
    return con.execute(
        f"""
        WITH counts AS MATERIALIZED (SELECT c.speaker_id, c.verdict, count(*) AS claims {scope} GROUP BY ALL),
             leaders AS (SELECT speaker_id, sum(claims) AS total FROM counts GROUP BY speaker_id
                         ORDER BY total DESC, speaker_id NULLS FIRST LIMIT ?)
        SELECT coalesce(s.name, 'The article itself') AS speaker, n.verdict AS verdict_id,
               coalesce(v.label, ?) AS verdict, n.claims, l.total
        FROM counts n JOIN leaders l ON l.speaker_id IS NOT DISTINCT FROM n.speaker_id
        LEFT JOIN sources s ON s.id = n.speaker_id LEFT JOIN verdicts v ON v.id = n.verdict
        ORDER BY l.total DESC, speaker, coalesce(v.position, -1)
        """,
        [*where.params, top, models.NO_VERDICT_LABEL],
    ).df()


def review_activity(con) -> pd.DataFrame:
    """Status changes per day and reviewer, from the audit log and the imports' verdicts (columns: day,
    reviewer, marks)."""
    # days counted in UTC from epoch seconds: no per-row time-zone arithmetic over the whole log
    return con.execute(
        "SELECT DATE '1970-01-01' + CAST(day AS INTEGER) AS day, reviewer, sum(marks)::BIGINT AS marks FROM"
        " (SELECT CAST(floor(epoch(changed_at) / 86400) AS INTEGER) AS day, reviewer, count(*) AS marks"
        "  FROM status_events GROUP BY ALL"
        "  UNION ALL SELECT CAST(floor(epoch(imported_at) / 86400) AS INTEGER), imported_by, verdicts_added"
        "  FROM imports WHERE verdicts_added > 0)"
        " GROUP BY ALL ORDER BY day, reviewer"
    ).df()


def claims_per_article(con) -> pd.DataFrame:
    """Claims per article with its publication time (columns: article_id, title, outlet, published_at, claims)."""
    return con.execute(
        "WITH counts AS (SELECT article_id, count(*) AS claims FROM claims GROUP BY article_id)"
        " SELECT a.id AS article_id, a.title, a.outlet, a.published_at, coalesce(n.claims, 0) AS claims"
        " FROM articles a LEFT JOIN counts n ON n.article_id = a.id ORDER BY a.published_at, a.id"
    ).df()


def status_mix(con) -> pd.DataFrame:
    """Claims per workflow, verdict, attribution and hedged-or-not: one scan that the Overview's
    numbers and first two charts are all cut from (a few hundred rows at most)."""
    return con.execute(
        "SELECT workflow, verdict, attribution, len(hedges) > 0 AS hedged, count(*) AS claims"
        " FROM claims GROUP BY ALL"
    ).df()


def _stats(con, mix: pd.DataFrame) -> dict:
    articles, figures, sources = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM figures), (SELECT count(*) FROM sources)"
    ).fetchone()
    by_workflow = mix.groupby("workflow")["claims"].sum()
    by_verdict = mix.groupby(mix["verdict"].fillna("none"))["claims"].sum()
    return {
        "articles": articles, "claims": int(mix["claims"].sum()), "figures": figures, "sources": sources,
        "claims_by_workflow": {w: int(by_workflow.get(w, 0)) for w in models.WORKFLOW_IDS_IN_ORDER},
        "claims_by_verdict": {**{v: int(by_verdict.get(v, 0)) for v in models.VERDICT_IDS_IN_ORDER},
                              "none": int(by_verdict.get("none", 0))},
    }


def _status(mix: pd.DataFrame) -> pd.DataFrame:
    workflow_order = {w: i for i, w in enumerate(models.WORKFLOW_IDS_IN_ORDER)}
    verdict_order = {v: i for i, v in enumerate(models.VERDICT_IDS_IN_ORDER)}
    status = (mix.assign(verdict_id=mix["verdict"])
              .groupby(["workflow", "verdict_id"], dropna=False)["claims"].sum().reset_index())
    status["order"] = [(workflow_order[w], -1 if pd.isna(v) else verdict_order[v])
                       for w, v in zip(status["workflow"], status["verdict_id"])]
    status = status.sort_values("order").drop(columns="order")
    status["verdict"] = [models.NO_VERDICT_LABEL if pd.isna(v) else models.VERDICT_LABELS[v]
                         for v in status["verdict_id"]]
    status["workflow"] = [models.WORKFLOW_LABELS[w] for w in status["workflow"]]
    status["claims"] = status["claims"].astype(int)
    return status[["workflow", "verdict_id", "verdict", "claims"]].reset_index(drop=True)


def _attributions(mix: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for a, label in models.ATTRIBUTION_LABELS.items():
        part = mix[mix["attribution"] == a]
        rows.append({"attribution": label, "claims": int(part["claims"].sum()),
                     "hedged": int(part.loc[part["hedged"], "claims"].sum())})
    return pd.DataFrame(rows)


def stats(con) -> dict:
    """Counts of everything, and claims by workflow and verdict (every vocabulary value present)."""
    return _stats(con, status_mix(con))


def status_counts(con) -> pd.DataFrame:
    """Claims per workflow and verdict, with labels, in vocabulary order (for the Overview chart)."""
    return _status(status_mix(con))


def attribution_counts(con) -> pd.DataFrame:
    """How claims are attributed, every kind listed even at zero, with how many are hedged."""
    return _attributions(status_mix(con))


def overview(con) -> dict:
    """Everything the Overview shows, with the claims table scanned as few times as possible."""
    mix = status_mix(con)
    return {
        "stats": _stats(con, mix),
        "status": _status(mix),
        "attribution": _attributions(mix),
        "speakers": speaker_verdicts(con),
        "activity": review_activity(con),
        "articles": claims_per_article(con),
    }


# ---- Figures desk ---------------------------------------------------------------------------------

def figure_rows(con, where: Where = ALL, limit: int = 500) -> list[dict]:
    """Figures of the matching claims (the `limit` most recently added), each with its claim, speaker,
    attribution, hedges and verdict.

    Like the claims table: the figures' ids first (with no filter, straight from the figures
    table), then only those figures and their claims by id.
    """
    if where.conditions:
        chosen = con.execute(
            f"SELECT f.id FROM figures f JOIN claims c ON c.id = f.claim_id JOIN articles a ON a.id = c.article_id"
            f" LEFT JOIN sources s ON s.id = c.speaker_id WHERE {where.sql} ORDER BY f.id DESC LIMIT ?",
            [*where.params, limit]).fetchall()
    else:
        chosen = con.execute("SELECT id FROM figures ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    ids = [row[0] for row in chosen]
    if not ids:
        return []
    cur = con.execute(
        """
        WITH picked AS MATERIALIZED (SELECT * FROM figures WHERE id IN (SELECT unnest(?))),
             owners AS MATERIALIZED (SELECT * FROM claims WHERE id IN (SELECT claim_id FROM picked))
        SELECT f.id, f.claim_id, c.article_id, f.surface, f.value, f.low, f.high, f.unit, f.quantity, f.measure,
               f.approx, f.derivation, c.text AS claim, s.name AS speaker, c.attribution, c.hedges, c.said_at,
               c.verdict, a.title AS article_title, a.published_at
        FROM picked f JOIN owners c ON c.id = f.claim_id
        JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = c.speaker_id
        ORDER BY coalesce(f.measure, f.quantity), a.published_at, f.id
        """,
        [ids],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def figure_speakers(con) -> list[str]:
    """Everyone who gave a figure, for the Figures desk's filter."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT s.name FROM figures f JOIN claims c ON c.id = f.claim_id JOIN sources s ON s.id = c.speaker_id"
        " ORDER BY 1").fetchall()]


# ---- Sources --------------------------------------------------------------------------------------

def sources_table(con) -> pd.DataFrame:
    """Every source with its claim count and track record (share rated inaccurate or misleading)."""
    return con.execute(
        """
        SELECT s.id AS "ID", s.name AS "Source", k.label AS "Kind", coalesce(s.role, '') AS "Role",
               coalesce(s.country, '') AS "Country", count(c.id) AS "Claims",
               count(c.verdict) AS "Rated",
               count(c.id) FILTER (WHERE c.verdict IN ('inaccurate', 'misleading')) AS "Inaccurate or misleading",
               CASE WHEN count(c.verdict) > 0 THEN
                    count(c.id) FILTER (WHERE c.verdict IN ('inaccurate', 'misleading')) / count(c.verdict)
               END AS "Share rated inaccurate or misleading"
        FROM sources s JOIN source_kinds k ON k.id = s.kind LEFT JOIN claims c ON c.speaker_id = s.id
        GROUP BY ALL ORDER BY "Claims" DESC, "Source"
        """
    ).df()


def source_detail(con, source_id: int) -> dict | None:
    cur = con.execute("SELECT s.id, s.name, s.kind, k.label AS kind_label, s.role, s.country FROM sources s"
                      " JOIN source_kinds k ON k.id = s.kind WHERE s.id = ?", [source_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def source_breakdown(con, source_id: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A source's track record: claims per verdict, and how the claims were attributed."""
    verdicts = con.execute(
        """
        SELECT coalesce(v.label, ?) AS verdict, c.verdict AS verdict_id, count(*) AS claims
        FROM claims c LEFT JOIN verdicts v ON v.id = c.verdict WHERE c.speaker_id = ?
        GROUP BY ALL ORDER BY min(coalesce(v.position, 99))
        """,
        [models.NO_VERDICT_LABEL, source_id],
    ).df()
    attributions = con.execute(
        """
        SELECT att.label AS attribution, count(c.id) AS claims,
               count(c.id) FILTER (WHERE len(c.hedges) > 0) AS hedged
        FROM attributions att LEFT JOIN claims c ON c.attribution = att.id AND c.speaker_id = ?
        GROUP BY att.label, att.position ORDER BY att.position
        """,
        [source_id],
    ).df()
    return verdicts, attributions


def data_version(con) -> tuple:
    """Changes whenever anything a page shows changes: every write adds a row to one of these.

    Status changes always add an audit event; new claims, figures, articles and sources get new
    ids; renamed labels add a vocabulary change; imports add an import. Cheap (max of a key, answered from DuckDB's zone maps), so every rerun can ask.
    """
    return con.execute(
        "SELECT (SELECT max(id) FROM status_events), (SELECT max(id) FROM claims), (SELECT max(id) FROM articles),"
        " (SELECT max(id) FROM figures), (SELECT max(id) FROM sources), (SELECT max(id) FROM vocabulary_changes),"
        " (SELECT max(id) FROM imports)"
    ).fetchone()
