"""When something was said: time expressions resolved against the publication date.

"on Sunday" in a piece dated Monday 13 January is 12 January (the most recent Sunday on or before
publication); "Jan. 5" takes the publication year unless that would be after publication; "at the
end of October" is the last day of the latest October not after publication. Expressions that
name only a year or a season give no date: said_at stays empty rather than invented.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?")
END_OF_MONTH = re.compile(r"\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(" + _MONTH + r")(?:\s+(\d{4}))?", re.I)
WEEKDAY = re.compile(r"\b(?:on\s+|last\s+|this\s+)?(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
RELATIVE = re.compile(r"\b(today|yesterday|tonight|this morning|this week|last week)\b", re.I)

# Spans that are dates or clock times: never figures.
DATE_SPANS = [
    MONTH_DAY,
    DAY_MONTH,
    re.compile(r"\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.I),
    re.compile(r"\b\d{1,2}\s*[ap]\.?m\.?(?=\W)", re.I),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b" + _MONTH + r"\s+\d{4}\b"),
]


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _not_after(d: date, published: date) -> date:
    return d if d <= published else d.replace(year=d.year - 1)


def resolve(expression: str, published: date | None) -> date | None:
    """The first datable time expression in `expression`, as a date; None if there is none."""
    if published is None or not expression:
        return None
    candidates: list[tuple[int, date]] = []
    for m in MONTH_DAY.finditer(expression):
        month = _month_number(re.match(r"[A-Za-z]+\.?", m.group(0)).group(0))
        year = int(m.group(2)) if m.group(2) else published.year
        try:
            d = date(year, month, int(m.group(1)))
        except ValueError:
            continue
        candidates.append((m.start(), d if m.group(2) else _not_after(d, published)))
    for m in DAY_MONTH.finditer(expression):
        month_word = re.search(_MONTH, m.group(0)).group(0)
        year = int(m.group(2)) if m.group(2) else published.year
        try:
            d = date(year, _month_number(month_word), int(m.group(1)))
        except ValueError:
            continue
        candidates.append((m.start(), d if m.group(2) else _not_after(d, published)))
    for m in END_OF_MONTH.finditer(expression):
        month = _month_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else published.year
        part = m.group(1).lower()
        day = {"end": calendar.monthrange(year, month)[1], "middle": 15}.get(part, 1)
        d = date(year, month, day)
        if not m.group(3) and d > published:
            d = date(year - 1, month, calendar.monthrange(year - 1, month)[1] if part == "end" else day)
        candidates.append((m.start(), d))
    for m in WEEKDAY.finditer(expression):
        target = WEEKDAYS.index(m.group(1).lower())
        back = (published.weekday() - target) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        candidates.append((m.start(), published - timedelta(days=back)))
    for m in RELATIVE.finditer(expression):
        word = m.group(1).lower()
        if word in ("today", "tonight", "this morning", "this week"):
            candidates.append((m.start(), published))
        elif word == "yesterday":
            candidates.append((m.start(), published - timedelta(days=1)))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of dates and clock times in `text`."""
    spans = []
    for rx in DATE_SPANS:
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    return spans
