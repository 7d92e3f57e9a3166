"""Derived figures and consistency checks, driven by rules in data/figure_rules.json.

Rules are data: "nk_casualties = sum of nk_killed and nk_wounded" is a line in that file, not a
branch here. Every figure is read as an interval — exact figures as a point, approximate ones
widened by the tolerance, ranges as given — so hedges carry through arithmetic, and two figures
for one measure disagree only when their intervals do not meet.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from factcheck import models
from factcheck.errors import InvalidInput

RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "figure_rules.json"
OPS = {"sum": "+", "product": "×", "ratio": "÷"}


@dataclass(frozen=True)
class Rule:
    name: str
    measure: str
    quantity: str
    unit: str
    op: str
    inputs: tuple[str, ...]
    scale: float = 1.0


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    approx_tolerance: float


def load_rules(path: Path = RULES_PATH) -> Rules:
    raw = json.loads(path.read_text(encoding="utf-8"))
    rules = []
    for item in raw["rules"]:
        rule = Rule(**{**item, "inputs": tuple(item["inputs"])})
        if rule.op not in OPS:
            raise InvalidInput(f"Rule {rule.name}: unknown op {rule.op!r}; use {', '.join(OPS)}.")
        if rule.unit not in models.UNITS:
            raise InvalidInput(f"Rule {rule.name}: unknown unit {rule.unit!r}.")
        if len(rule.inputs) < 2 or (rule.op == "ratio" and len(rule.inputs) != 2):
            raise InvalidInput(f"Rule {rule.name}: {rule.op} needs {'two' if rule.op == 'ratio' else 'two or more'} inputs.")
        rules.append(rule)
    return Rules(tuple(rules), float(raw.get("approx_tolerance", 0.1)))


def interval(figure: dict, tolerance: float) -> tuple[float, float]:
    """The values a figure allows: a range as given, an approximate value ± tolerance, else a point."""
    if figure.get("low") is not None and figure.get("high") is not None:
        return float(figure["low"]), float(figure["high"])
    value = float(figure["value"])
    if figure.get("approx"):
        spread = abs(value) * tolerance
        return value - spread, value + spread
    return value, value


def _combine(op: str, parts: list[tuple[float, float]], scale: float) -> tuple[float, float]:
    if op == "sum":
        lo, hi = sum(p[0] for p in parts), sum(p[1] for p in parts)
    elif op == "product":
        lo = hi = 1.0
        for p_lo, p_hi in parts:
            corners = [lo * p_lo, lo * p_hi, hi * p_lo, hi * p_hi]
            lo, hi = min(corners), max(corners)
    else:  # ratio
        (n_lo, n_hi), (d_lo, d_hi) = parts
        if d_lo <= 0 <= d_hi:
            raise ZeroDivisionError
        corners = [n_lo / d_lo, n_lo / d_hi, n_hi / d_lo, n_hi / d_hi]
        lo, hi = min(corners), max(corners)
    return sorted((lo * scale, hi * scale))


def _value(op: str, values: list[float], scale: float) -> float:
    if op == "sum":
        return sum(values) * scale
    if op == "product":
        result = 1.0
        for v in values:
            result *= v
        return result * scale
    return values[0] / values[1] * scale


def shown(value: float, approx: bool = False, unit: str = "") -> str:
    """12000 → '12,000'; approx → '~12,000'; a unit after it when given."""
    text = f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.3g}"
    return ("~" if approx else "") + text + (f" {unit}" if unit else "")


def derive(figures: list[dict], rules: Rules) -> list[dict]:
    """The figures the rules can compute from each article's own figures (pure; order kept).

    A measure reported twice in one article with different values is ambiguous, so it feeds no rule.
    """
    by_article: dict[int, dict[str, dict]] = {}
    ambiguous: set[tuple[int, str]] = set()
    for figure in figures:
        measure = figure.get("measure")
        if not measure or figure.get("value") is None:
            continue
        known = by_article.setdefault(figure["article_id"], {})
        if measure in known and known[measure]["value"] != figure["value"]:
            ambiguous.add((figure["article_id"], measure))
        known.setdefault(measure, figure)
    derived = []
    for article_id, known in by_article.items():
        available = {m: f for m, f in known.items() if (article_id, m) not in ambiguous}
        for rule in rules.rules:
            inputs = [available.get(m) for m in rule.inputs]
            if any(i is None for i in inputs):
                continue
            try:
                low, high = _combine(rule.op, [interval(i, rules.approx_tolerance) for i in inputs], rule.scale)
                value = _value(rule.op, [float(i["value"]) for i in inputs], rule.scale)
            except ZeroDivisionError:
                continue
            approx = any(i.get("approx") for i in inputs)
            scale = "" if rule.scale == 1 else f" × {rule.scale:g}"
            derivation = (f" {OPS[rule.op]} ".join(shown(i["value"], i.get("approx")) for i in inputs)
                          + f"{scale} = {shown(value, approx, rule.unit)}")
            hedges = list(dict.fromkeys(h for i in inputs for h in (i.get("hedges") or [])))
            figure = {
                "id": None, "article_id": article_id, "claim_id": None, "measure": rule.measure,
                "quantity": rule.quantity, "unit": rule.unit, "value": value, "low": None, "high": None,
                "interval": (low, high), "approx": approx, "surface": shown(value, approx, rule.unit),
                "derivation": f"{rule.name}: {derivation}", "hedges": hedges, "rule": rule.name,
                "speaker": ", ".join(dict.fromkeys(i.get("speaker") or "the article" for i in inputs)),
                "said_at": max((i["said_at"] for i in inputs if i.get("said_at")), default=None),
                "inputs": [i.get("id") for i in inputs],
            }
            derived.append(figure)
            available[rule.measure] = figure  # later rules may build on it
    return derived


def describe_disagreement(a: dict, b: dict, tolerance: float) -> str:
    """'troops: ~12,000 count (the article, reportedly) and 15,000 count (X) do not agree, …'."""
    def said(f: dict) -> str:
        who = f.get("speaker") or "the article"
        how = f", {', '.join(f['hedges'])}" if f.get("hedges") else ""
        return f"{shown(f['value'], f.get('approx'), f['unit'])} ({who}{how})"
    return (f"{a['quantity']}: {said(a)} and {said(b)} do not agree, even allowing for their hedges "
            f"(±{tolerance:.0%} for approximate figures).")


def disagreements(figures: list[dict], tolerance: float) -> list[tuple[dict, dict]]:
    """Pairs of figures for the same measure and unit whose intervals do not overlap."""
    flagged = []
    groups: dict[tuple[str, str], list[dict]] = {}
    for figure in figures:
        if figure.get("measure") and figure.get("value") is not None:
            groups.setdefault((figure["measure"], figure["unit"]), []).append(figure)
    for group in groups.values():
        for a, b in combinations(group, 2):
            a_lo, a_hi = a.get("interval") or interval(a, tolerance)
            b_lo, b_hi = b.get("interval") or interval(b, tolerance)
            if a_hi < b_lo or b_hi < a_lo:
                flagged.append((a, b))
    return flagged
