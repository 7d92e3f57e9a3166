"""Claim filters as `field__op=value` pairs (Datasette style), turned into SQL with parameters.

One definition serves the claims page, its URL and the CLI. A key splits into a field and an
operator (`said_at__gte`; a bare `verdict` means `verdict__exact`); both pass an allow-list.
User values only ever travel as parameters; field SQL comes from the table below.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Mapping

from factcheck import models, search
from factcheck.errors import InvalidInput

NONE = "none"  # the value that means "no verdict yet", "no speaker", …
SEARCH_KEY = "q"
YES = {"1", "true", "yes", "y", "on"}
NO = {"0", "false", "no", "n", "off"}


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    sql: str  # an expression over claims c, sources s, articles a
    kind: str  # text, choice, int, date, timestamp, list, flag
    choices: Mapping[str, str] | None = None  # id → reviewer label, for choice fields
    nullable: bool = False


FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("workflow", "Workflow", "c.workflow", "choice", models.WORKFLOW_LABELS),
        Field("verdict", "Verdict", "c.verdict", "choice", models.VERDICT_LABELS, nullable=True),
        Field("speaker", "Said by", "s.name", "text", nullable=True),
        Field("speaker_id", "Source", "c.speaker_id", "int", nullable=True),
        Field("speaker_kind", "Kind of source", "s.kind", "choice", models.SOURCE_KIND_LABELS, nullable=True),
        Field("attribution", "How", "c.attribution", "choice", models.ATTRIBUTION_LABELS),
        Field("hedge", "Hedge", "c.hedges", "list"),
        Field("hedged", "Hedged", "len(c.hedges) > 0", "flag"),
        Field("article", "Article", "c.article_id", "int"),
        Field("said_at", "Said on", "c.said_at", "date", nullable=True),
        Field("published_at", "Published", "CAST(a.published_at AS DATE)", "date", nullable=True),
        Field("has_figures", "Has figures", "EXISTS (SELECT 1 FROM figures f WHERE f.claim_id = c.id)", "flag"),
        Field("reviewer", "Reviewer", "c.reviewer", "text", nullable=True),
        Field("updated_at", "Last changed", "c.updated_at", "timestamp", nullable=True),
        Field("id", "Claim", "c.id", "int"),
    )
}

# operator → which field kinds accept it, and its human sentence
OPERATORS: dict[str, tuple[frozenset[str], str]] = {
    "exact": (frozenset({"text", "choice", "int", "date", "list", "flag"}), "is"),
    "not": (frozenset({"text", "choice", "int", "date", "list"}), "is not"),
    "in": (frozenset({"text", "choice", "int", "list"}), "is one of"),
    "notin": (frozenset({"text", "choice", "int", "list"}), "is none of"),
    "contains": (frozenset({"text"}), "contains"),
    "gte": (frozenset({"int", "date", "timestamp"}), "is on or after"),
    "lte": (frozenset({"int", "date", "timestamp"}), "is on or before"),
    "isnull": (frozenset({"text", "choice", "date", "timestamp"}), "is empty"),
}


@dataclass(frozen=True)
class Condition:
    """One parsed filter: its URL key and value, the SQL and parameters, and a sentence."""

    key: str
    value: str
    field: str
    op: str
    sql: str
    params: tuple
    human: str


@dataclass(frozen=True)
class Where:
    sql: str
    params: list
    conditions: tuple[Condition, ...]

    def without(self, field: str) -> "Where":
        """The same filter minus one field: facet counts for that field can then widen it."""
        return combine([c for c in self.conditions if c.field != field])

    def sentences(self) -> list[str]:
        return [c.human for c in self.conditions]

    def pairs(self) -> list[tuple[str, str]]:
        return [(c.key, c.value) for c in self.conditions]


def split_key(key: str) -> tuple[str, str]:
    field, _, op = key.rpartition("__")
    return (field, op) if field else (key, "exact")


def split_values(value: str) -> list[str]:
    """'a,b' → ['a', 'b']. A value holding a comma or a quote is in double quotes, as in a CSV line
    ('"Smith, John",Obama'): join_values writes it so."""
    if '"' in value:
        try:
            return [v.strip() for v in next(csv.reader([value], skipinitialspace=True), []) if v.strip()]
        except csv.Error:  # a line break inside: read it as plain commas
            pass
    return [v.strip() for v in value.split(",") if v.strip()]


def join_values(values) -> str:
    """Values as one URL parameter, the inverse of split_values."""
    return ",".join('"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v for v in map(str, values))


def _one(field: Field, raw: str) -> object:
    raw = raw.strip()
    if field.kind == "choice":
        if raw not in field.choices:
            known = ", ".join(field.choices)
            raise InvalidInput(f"{field.label}: {raw!r} is not a known value; use one of {known}.")
        return raw
    if field.kind == "int":
        if not re.fullmatch(r"\d{1,18}", raw):
            raise InvalidInput(f"{field.label}: {raw!r} is not a number.")
        return int(raw)
    if field.kind == "date":
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise InvalidInput(f"{field.label}: {raw!r} is not a date like 2025-01-13.") from None
    if field.kind == "timestamp":
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            raise InvalidInput(f"{field.label}: {raw!r} is not a date or time like 2025-01-13T09:00.") from None
    if field.kind == "flag":
        if raw.lower() in YES:
            return True
        if raw.lower() in NO:
            return False
        raise InvalidInput(f"{field.label}: say yes or no, not {raw!r}.")
    return raw


def _label(field: Field, value: object) -> str:
    if field.choices and value in field.choices:
        return field.choices[value]
    if value is None:
        return {"verdict": models.NO_VERDICT_LABEL, "speaker": "the article itself"}.get(field.name, "empty")
    return str(value)


def _membership(field: Field, values: list, negate: bool) -> tuple[str, tuple]:
    """SQL for "in" / "not in", where `none` stands for an empty value."""
    wants_null = None in values
    values = [v for v in values if v is not None]
    if field.kind == "list":
        sql = f"list_has_any({field.sql}, ?::VARCHAR[])"
        params: tuple = (values,)
        return (f"NOT {sql}" if negate else sql), params
    parts, params = [], ()
    if values:
        parts.append(f"{field.sql} IN ({', '.join('?' * len(values))})")
        params = tuple(values)
    if wants_null:
        parts.append(f"{field.sql} IS NULL")
    sql = "(" + " OR ".join(parts) + ")" if parts else "FALSE"
    if negate:
        sql = f"NOT coalesce({sql}, FALSE)"
    return sql, params


def parse_condition(key: str, value: str) -> Condition:
    """One `field__op=value` pair as SQL; anything unknown is a clear error."""
    if key == SEARCH_KEY:
        words = value.strip()
        sql, params = search.condition(words)
        return Condition(key, value, SEARCH_KEY, "search", sql, params, f"text contains “{words}”")
    name, op = split_key(key)
    field = FIELDS.get(name)
    if field is None:
        raise InvalidInput(f"Unknown filter {name!r}; filter on {', '.join(FIELDS)} or q.")
    if op not in OPERATORS:
        raise InvalidInput(f"Unknown operator {op!r} in {key!r}; use one of {', '.join(OPERATORS)}.")
    kinds, verb = OPERATORS[op]
    if field.kind not in kinds:
        raise InvalidInput(f"{field.label} cannot be filtered with {op!r}.")

    def parse(raw: str):
        return None if (raw.strip().lower() == NONE and field.nullable) else _one(field, raw)

    if op in ("in", "notin"):
        values = [parse(v) for v in split_values(value)]
        if not values:
            raise InvalidInput(f"{field.label}: give at least one value.")
        sql, params = _membership(field, values, negate=op == "notin")
        shown = ", ".join(_label(field, v) for v in values)
    elif op == "isnull":
        wanted = _one(Field(name, field.label, "", "flag"), value)
        sql, params, shown = f"{field.sql} IS {'' if wanted else 'NOT '}NULL", (), ""
        verb = "is empty" if wanted else "is not empty"
    elif op == "contains":
        sql, params, shown = f"contains(lower({field.sql}), lower(?))", (value,), f"“{value}”"
    elif field.kind == "flag":
        wanted = _one(field, value)
        sql, params, shown = (field.sql if wanted else f"NOT ({field.sql})"), (), ""
        verb = "yes" if wanted else "no"
    elif op in ("gte", "lte"):
        parsed = _one(field, value)
        sql, params, shown = f"{field.sql} {'>=' if op == 'gte' else '<='} ?", (parsed,), str(value)
    else:  # exact / not
        parsed = parse(value)
        sql, params = _membership(field, [parsed], negate=op == "not")
        shown = _label(field, parsed)
    human = f"{field.label} {verb} {shown}".strip() if field.kind != "flag" or op != "exact" else (
        f"{field.label}: {verb}")
    return Condition(key, value, name, op, sql, params, human)


def combine(conditions: Iterable[Condition]) -> Where:
    conditions = tuple(conditions)
    if not conditions:
        return Where("TRUE", [], ())
    sql = " AND ".join(f"({c.sql})" for c in conditions)
    params = [p for c in conditions for p in c.params]
    return Where(sql, params, conditions)


IGNORED_KEYS = frozenset({"page", "sort"})


def build_where(pairs: Iterable[tuple[str, str]] | Mapping[str, str], ignore: Iterable[str] = IGNORED_KEYS) -> Where:
    """Parse (key, value) pairs — from a URL, the CLI or a widget — into one WHERE clause.

    Empty values are skipped (an empty search box filters nothing); keys in `ignore` are page
    state such as `page` and `sort`, not filters.
    """
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    skip = frozenset(ignore)
    return combine(parse_condition(k, v) for k, v in items if k not in skip and str(v).strip() != "")


def parse_cli_where(expressions: Iterable[str]) -> list[tuple[str, str]]:
    """`--where verdict__in=a,b` arguments as pairs."""
    pairs = []
    for expression in expressions:
        key, sep, value = expression.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"--where takes field__op=value, not {expression!r}.")
        pairs.append((key.strip(), value))
    return pairs


def describe(where: Where) -> str:
    """The filter in one line, for captions and empty states."""
    return "; ".join(where.sentences()) or "all claims"
