"""The product's vocabularies and record shapes. No I/O here.

Vocabularies are data: each is a tuple of (id, reviewer label) pairs in display order.
The initial migration copies them into tables so SQL and the UI read the same words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

WORKFLOWS: tuple[tuple[str, str], ...] = (
    ("unreviewed", "Unreviewed"),
    ("in_progress", "In progress"),
    ("needs_second_review", "Needs second review"),
    ("done", "Done"),
)

# The numeric rating is for ClaimReview (1 worst .. 5 best); None where a rating makes no sense.
VERDICTS: tuple[tuple[str, str, int | None], ...] = (
    ("accurate", "Accurate", 5),
    ("mostly_accurate", "Mostly accurate", 4),
    ("misleading", "Misleading", 2),
    ("inaccurate", "Inaccurate", 1),
    ("unverifiable", "Unverifiable", None),
    ("not_checkable", "Not checkable (opinion or prediction)", None),
)
NO_VERDICT_LABEL = "No verdict yet"

ATTRIBUTIONS: tuple[tuple[str, str], ...] = (
    ("direct_quote", "Direct quote"),
    ("paraphrase", "Paraphrase"),
    ("official_statement", "Official statement"),
    ("reported", "Reported"),
    ("unattributed", "Unattributed"),
)

SOURCE_KINDS: tuple[tuple[str, str], ...] = (
    ("person", "Person"),
    ("government", "Government"),
    ("military", "Military"),
    ("organisation", "Organisation"),
    ("media", "Media"),
    ("group", "Group"),
    ("anonymous", "Anonymous"),
)

UNITS: tuple[str, ...] = ("count", "percent", "USD", "GBP", "EUR", "km2", "km", "years")

WORKFLOW_IDS = frozenset(w for w, _ in WORKFLOWS)
VERDICT_IDS = frozenset(v for v, _, _ in VERDICTS)
ATTRIBUTION_IDS = frozenset(a for a, _ in ATTRIBUTIONS)
SOURCE_KIND_IDS = frozenset(k for k, _ in SOURCE_KINDS)

# The display order of the ids (fixed); the labels below are the desk's and may be renamed by an
# admin (factcheck.vocabulary copies them from the database into these same dicts).
WORKFLOW_IDS_IN_ORDER = tuple(w for w, _ in WORKFLOWS)
VERDICT_IDS_IN_ORDER = tuple(v for v, _, _ in VERDICTS)

WORKFLOW_LABELS = dict(WORKFLOWS)
VERDICT_LABELS = {v: label for v, label, _ in VERDICTS}
ATTRIBUTION_LABELS = dict(ATTRIBUTIONS)
SOURCE_KIND_LABELS = dict(SOURCE_KINDS)

# One colour per verdict everywhere (Okabe-Ito palette: distinguishable with colour-blindness).
VERDICT_COLOURS = {
    "accurate": "#009E73",
    "mostly_accurate": "#56B4E9",
    "misleading": "#E69F00",
    "inaccurate": "#D55E00",
    "unverifiable": "#CC79A7",
    "not_checkable": "#999999",
    None: "#D9D9D9",
}


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Figure:
    surface: str
    value: float
    unit: str
    quantity: str
    approx: bool = False
    low: float | None = None
    high: float | None = None
    derivation: str | None = None
    start: int | None = None
    end: int | None = None
    measure: str | None = None  # a key shared by every figure of the same quantity, e.g. nk_troops


@dataclass(frozen=True)
class Claim:
    text: str
    start: int
    end: int
    attribution: str
    quote: str | None = None
    speaker: str | None = None
    cue: str | None = None
    said_at: date | None = None
    hedges: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    body: str
    published_at: datetime
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str = "en"
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = field(default=())
