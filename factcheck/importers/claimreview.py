"""ClaimReview in: schema.org JSON-LD, or the Google Fact Check Tools API's `claims` shape, as flat rows."""
from __future__ import annotations

import json
from pathlib import Path

from factcheck.errors import InvalidInput

COLUMNS = ("text", "speaker", "said_at", "verdict", "review_url", "publisher", "review_date")


def _dict(value) -> dict:
    """A JSON object, or the first object of a list; anything else (hostile or odd) as empty."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    return value if isinstance(value, dict) else {}


def _name(value) -> str | None:
    if isinstance(value, dict):
        return value.get("name")
    if isinstance(value, list) and value:
        return _name(value[0])
    return value if isinstance(value, str) else None


def _from_schema_org(review: dict) -> dict:
    item = _dict(review.get("itemReviewed"))
    rating = _dict(review.get("reviewRating"))
    return {
        "text": review.get("claimReviewed") or item.get("name") or item.get("text"),
        "speaker": _name(item.get("author")),
        "said_at": item.get("datePublished"),
        "verdict": rating.get("alternateName") or rating.get("name"),
        "review_url": review.get("url"),
        "publisher": _name(review.get("author")) or _name(review.get("publisher")),
        "review_date": review.get("datePublished"),
    }


def _from_google_api(claim: dict) -> list[dict]:
    reviews = claim.get("claimReview")
    reviews = [r for r in reviews if isinstance(r, dict)] if isinstance(reviews, list) else [_dict(reviews)]
    return [
        {
            "text": claim.get("text"),
            "speaker": claim.get("claimant"),
            "said_at": claim.get("claimDate"),
            "verdict": review.get("textualRating"),
            "review_url": review.get("url"),
            "publisher": _name(review.get("publisher")),
            "review_date": review.get("reviewDate"),
        }
        for review in reviews or [{}]
    ]


def rows_from_file(path: Path) -> list[dict]:
    """One row per review; dates stay as text here and are checked with the other fields later."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name} is not UTF-8 text (byte {exc.start}).") from None
    except RecursionError:
        raise InvalidInput(f"{path.name} is not valid JSON for a claim set: it nests too deeply. "
                           "Nothing was imported.") from None
    except ValueError as exc:  # JSONDecodeError, or an integer of over 4,300 digits
        from factcheck.importers.readers import json_problem  # readers imports this module

        raise InvalidInput(f"{path.name} is not valid JSON: {json_problem(exc)}.") from None
    if isinstance(data, dict) and isinstance(data.get("claims"), list):
        rows = [row for claim in data["claims"] if isinstance(claim, dict) for row in _from_google_api(claim)]
    else:
        items = data.get("@graph", [data]) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise InvalidInput(f"{path.name}: expected ClaimReview objects or a Fact Check API response.")
        reviews = [i for i in items if isinstance(i, dict) and i.get("@type") == "ClaimReview"]
        if len(reviews) != len(items):
            raise InvalidInput(f"{path.name}: {len(items) - len(reviews)} of {len(items)} items are not ClaimReview "
                               "objects; nothing was imported.")
        rows = [_from_schema_org(r) for r in reviews]
    if not rows:
        raise InvalidInput(f"{path.name} holds no claim reviews.")
    return [{column: (None if row.get(column) is None else str(row[column])) for column in COLUMNS} for row in rows]
