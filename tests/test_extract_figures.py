"""Unit tests for the general figure rules in factcheck/extract/figures.py (one short, made-up sentence each)."""
from __future__ import annotations

from factcheck.extract import figures


def _figs(text: str) -> list[tuple]:
    return [(f["surface"], f["unit"], f["value"], f["low"], f["high"]) for f in figures.extract(text)]


def test_unit_after_no_break_space_or_double_space():
    assert _figs("Twenty-two\u00a0 percent of the pupils walk.") == [("Twenty-two\u00a0 percent", "percent", 22.0, None, None)]
    assert _figs("About 12  percent agreed.")[0][:3] == ("About 12  percent", "percent", 12.0)


def test_hyphenated_percent():
    assert _figs("A survey found 38-percent of the drivers agreed.") == [("38-percent", "percent", 38.0, None, None)]


def test_large_scales():
    assert _figs("The meme claimed $3.2 quadrillion was lost.") == [("$3.2 quadrillion", "USD", 3.2e15, None, None)]


def test_cents_are_dollars():
    assert _figs("The fee rose by 35 cents a ticket.") == [("35 cents", "USD", 0.35, None, None)]


def test_slash_and_dash_codes_are_not_figures():
    assert _figs("Security changed after 9/11 and the 7-7-7 plan failed.") == []


def test_possessive_name_before_a_number_is_no_identifier():
    assert _figs("Later, Jordan’s 64 percent estimate was revised.") == [("64 percent", "percent", 64.0, None, None)]


def test_hyphenated_points_in_a_poll():
    assert _figs("The poll gave her a 12-point lead.") == [("12-point", "percent", 12.0, None, None)]
