"""Claims out: JSON, JSON Lines and spreadsheet-safe CSV, written as a stream.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
carriage return) get a leading apostrophe, as OWASP recommends for CSV injection.
"""
from __future__ import annotations

import csv
import json
from datetime import date, datetime
from typing import IO, Callable, Iterable, Iterator

from factcheck.models import VERDICT_LABELS, VERDICTS

VERDICT_RATINGS = {v: rating for v, _, rating in VERDICTS}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "id", "article_title", "text", "quote", "speaker", "speaker_kind", "speaker_role", "attribution", "cue",
    "said_at", "hedges", "workflow", "verdict", "reviewer", "updated_at", "version", "note", "evidence", "figures",
)
FORMATS = ("json", "jsonl", "csv", "claimreview")
MEDIA_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv",
               "claimreview": "application/ld+json"}
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "csv": "csv", "claimreview": "jsonld"}


def safe_cell(value) -> str:
    """A CSV cell as text that no spreadsheet will evaluate."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)  # a number is data to a spreadsheet, even when negative
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def figure_summary(figures: list[dict]) -> str:
    """'~12,000 count (North Korean troops …); 1,250 km2 (…)' — one line per claim for CSV."""
    parts = []
    for f in figures:
        if f.get("low") is not None and f.get("high") is not None:
            amount = f"{_number(f['low'])}–{_number(f['high'])}"
        else:
            amount = _number(f.get("value"))
        prefix = "~" if f.get("approx") else ""
        derived = " [derived]" if f.get("derivation") else ""
        parts.append(f"{prefix}{amount} {f['unit']} ({f['quantity']}){derived}")
    return "; ".join(parts)


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


def write_csv(rows: Iterable[dict], out: IO[str], excel: bool = False) -> int:
    """UTF-8 CSV; excel=True starts with a byte-order mark so Excel reads the accents right."""
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        cells = dict(row)
        cells["hedges"] = "; ".join(row.get("hedges") or [])
        cells["evidence"] = " ".join(row.get("evidence") or [])
        cells["figures"] = figure_summary(row.get("figures") or [])
        writer.writerow([safe_cell(cells.get(column)) for column in CSV_COLUMNS])
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


def write(rows: Iterable[dict], out: IO[str], fmt: str, excel: bool = False, site_url: str | None = None,
          progress: Callable[[int], None] | None = None) -> int:
    """Rows in one of FORMATS; returns how many records were written.

    progress(rows_read) is called every PROGRESS_EVERY rows and once at the end.
    """
    rows = _reporting(rows, progress)
    if fmt == "claimreview":
        return write_claimreview(rows, out, site_url=site_url)
    if fmt == "json":
        return write_json(rows, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "csv":
        return write_csv(rows, out, excel=excel)
    raise ValueError(f"unknown export format {fmt!r}")
