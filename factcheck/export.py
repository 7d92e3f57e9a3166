"""Claims out: spreadsheet-safe CSV written by DuckDB; JSON, JSON Lines and ClaimReview streamed.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
carriage return) get a leading apostrophe, as OWASP recommends for CSV injection.
"""
from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from factcheck.models import VERDICT_LABELS, VERDICTS
from factcheck.audit import AUDIT

VERDICT_RATINGS = {v: rating for v, _, rating in VERDICTS}

CSV_COLUMNS = (
    "id", "article_title", "text", "quote", "speaker", "speaker_kind", "speaker_role", "attribution", "cue",
    "said_at", "hedges", "workflow", "verdict", "reviewer", "updated_at", "version", "note", "evidence", "figures",
)
FORMATS = ("json", "jsonl", "csv", "claimreview")
MEDIA_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv",
               "claimreview": "application/ld+json"}
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "csv": "csv", "claimreview": "jsonld"}


# CSV straight from DuckDB: the whole file is written by one COPY, never held in Python.
_SAFE = "CASE WHEN regexp_matches({0}, '^[=+\\-@\\t\\r]') THEN '''' || {0} ELSE {0} END"
_NUMBER = "CASE WHEN {0} = round({0}) THEN format('{{:,.0f}}', {0}) ELSE format('{{:,}}', {0}) END"
CSV_QUERY = """
WITH matching AS (SELECT c.id {claim_from} WHERE {where}),""" + AUDIT.replace("{", "{{").replace("}", "}}") + """,
     numbers AS (SELECT f.claim_id, string_agg(
                     (CASE WHEN f.approx THEN '~' ELSE '' END)
                     || (CASE WHEN f.low IS NOT NULL AND f.high IS NOT NULL
                              THEN {low} || '–' || {high} ELSE coalesce({value}, '?') END)
                     || ' ' || f.unit || ' (' || f.quantity || ')'
                     || (CASE WHEN f.derivation IS NOT NULL THEN ' [derived]' ELSE '' END),
                     '; ' ORDER BY f.span_start, f.id) AS summary
                 FROM figures f WHERE f.claim_id IN (SELECT id FROM matching) GROUP BY f.claim_id)
SELECT c.id, {article_title} AS article_title, {text} AS text, {quote} AS quote, {speaker} AS speaker,
       s.kind AS speaker_kind, {role} AS speaker_role, c.attribution, {cue} AS cue, c.said_at,
       {hedges} AS hedges, c.workflow, c.verdict, {reviewer} AS reviewer,
       strftime(timezone('UTC', c.updated_at), '%Y-%m-%dT%H:%M:%S.%fZ') AS updated_at, c.version,
       {note} AS note, array_to_string(list_filter(audit.evidence, lambda u, i: list_position(audit.evidence, u) = i),
                                       ' ') AS evidence,
       {figures} AS figures
FROM matching JOIN claims c ON c.id = matching.id
JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = c.speaker_id
LEFT JOIN audit ON audit.claim_id = c.id LEFT JOIN numbers ON numbers.claim_id = c.id
ORDER BY c.id
"""


def write_csv_file(con, where, path, excel: bool = False) -> int:
    """The matching claims as a formula-safe CSV file at path, written by DuckDB; returns the row count.

    The dashboard's download and `python -m factcheck export --format csv` both come through here,
    so the same filter gives byte-identical files.
    """
    from factcheck.queries import CLAIM_FROM

    safe = {name: _SAFE.format(expr) for name, expr in {
        "article_title": "a.title", "text": "c.text", "quote": "c.quote", "speaker": "s.name",
        "role": "s.role", "cue": "c.cue", "hedges": "array_to_string(c.hedges, '; ')",
        "reviewer": "c.reviewer", "note": "audit.note", "figures": "numbers.summary"}.items()}
    sql = CSV_QUERY.format(claim_from=CLAIM_FROM, where=where.sql, low=_NUMBER.format("f.low"),
                           high=_NUMBER.format("f.high"), value=_NUMBER.format("f.value"), **safe)
    target = Path(path)
    body = target.with_name(target.name + ".body") if excel else target
    rows = con.execute(f"COPY ({sql}) TO '{_sql_path(body)}' (FORMAT csv, HEADER true)", where.params).fetchone()[0]
    if excel:
        with open(target, "wb") as out, open(body, "rb") as part:
            out.write("\ufeff".encode("utf-8"))
            shutil.copyfileobj(part, out)
        body.unlink()
    return rows


def _sql_path(path: Path) -> str:
    """A file path as a SQL string literal (COPY takes no parameter for its target)."""
    return str(path).replace("'", "''")


def _jsonable(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_json(rows: Iterable[dict], out: IO[str]) -> int:
    """A JSON array, one claim at a time, so a large export never sits whole in memory."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False, default=_jsonable))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_jsonable))
        out.write("\n")
        count += 1
    return count


def _author(row: dict) -> dict:
    """Who made the claim, as schema.org wants it: a Person, or an Organization."""
    if row.get("speaker") is None:
        return {"@type": "Organization", "name": row.get("article_outlet") or "Unknown outlet"}
    author = {"@type": "Person" if row.get("speaker_kind") in ("person", "anonymous") else "Organization",
              "name": row["speaker"]}
    if row.get("speaker_role"):
        author["jobTitle" if author["@type"] == "Person" else "description"] = row["speaker_role"]
    return author


def claim_review(row: dict, publisher: str = "factcheck desk", site_url: str | None = None) -> dict:
    """One ClaimReview (schema.org) for a claim with a verdict.

    ratingValue runs from 1 (Inaccurate) to 5 (Accurate); verdicts that are not on that scale
    (Unverifiable, Not checkable) carry only their name in alternateName.
    """
    rating = {"@type": "Rating", "alternateName": VERDICT_LABELS[row["verdict"]]}
    if VERDICT_RATINGS.get(row["verdict"]) is not None:
        rating.update(ratingValue=VERDICT_RATINGS[row["verdict"]], bestRating=5, worstRating=1)
    appearance = {"@type": "NewsArticle", "headline": row.get("article_title")}
    if row.get("article_url"):
        appearance["url"] = row["article_url"]
    if row.get("article_published_at"):
        appearance["datePublished"] = _jsonable(row["article_published_at"])
    if row.get("article_outlet"):
        appearance["publisher"] = {"@type": "Organization", "name": row["article_outlet"]}
    item = {"@type": "Claim", "author": _author(row), "appearance": appearance}
    if row.get("said_at"):
        item["datePublished"] = _jsonable(row["said_at"])
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["text"],
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": publisher},
    }
    if row.get("updated_at"):
        review["datePublished"] = row["updated_at"].date().isoformat()
    if site_url:
        review["url"] = f"{site_url.rstrip('/')}/claim?id={row['id']}"
    return review


def write_claimreview(rows: Iterable[dict], out: IO[str], site_url: str | None = None) -> int:
    """A JSON-LD array of ClaimReviews for the claims that have a verdict; others are left out."""
    return write_json((claim_review(r, site_url=site_url) for r in rows if r.get("verdict")), out)


PROGRESS_EVERY = 5_000
PREPARE_OVER = 20_000  # the dashboard prepares larger exports with a progress bar before offering them


def _reporting(rows: Iterable[dict], progress: Callable[[int], None] | None) -> Iterator[dict]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if progress and done % PROGRESS_EVERY == 0:
            progress(done)
    if progress:
        progress(done)


def write(rows: Iterable[dict], out: IO[str], fmt: str, site_url: str | None = None,
          progress: Callable[[int], None] | None = None) -> int:
    """Rows as json, jsonl or claimreview (CSV: write_csv_file); returns how many records were written.

    progress(rows_read) is called every PROGRESS_EVERY rows and once at the end.
    """
    rows = _reporting(rows, progress)
    if fmt == "claimreview":
        return write_claimreview(rows, out, site_url=site_url)
    if fmt == "json":
        return write_json(rows, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    raise ValueError(f"unknown export format {fmt!r}")
