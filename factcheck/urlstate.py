"""The claims view's state as URL query pairs: filters plus page and sort, normalised.

Pure functions over dicts of strings, so the page, the CLI and the tests agree on what a
shared link means. A facet field always lives under `field__in` (comma-separated values).
"""
from __future__ import annotations

from typing import Mapping

from factcheck.filters import join_values, split_values

FACET_KEYS = {"workflow": "workflow__in", "verdict": "verdict__in", "speaker": "speaker__in",
              "attribution": "attribution__in", "hedge": "hedge__in"}
PAGE_KEYS = ("page", "sort")


def normalise(params: Mapping[str, str]) -> dict[str, str]:
    """`verdict=x` and `verdict__exact=x` become `verdict__in=x`; empty values are dropped."""
    state: dict[str, str] = {}
    for key, value in params.items():
        value = str(value).strip()
        if not value:
            continue
        field = key.removesuffix("__exact")
        if field in FACET_KEYS:
            key = FACET_KEYS[field]
        state[key] = value
    return state


def with_values(state: Mapping[str, str], key: str, values) -> dict[str, str]:
    """A copy of the state with one key set (a list is comma-joined, see join_values; empty removes it);
    back to page 1."""
    new = {k: v for k, v in state.items() if k not in (key, "page")}
    if isinstance(values, (list, tuple)):
        value = join_values(values)
    else:
        value = "" if values is None else str(values)
    if value.strip():
        new[key] = value
    return new


def values_of(state: Mapping[str, str], key: str) -> list[str]:
    return split_values(state.get(key, ""))


def filter_pairs(state: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in state.items() if k not in PAGE_KEYS}
