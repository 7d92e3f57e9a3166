"""Derived figures and consistency checks: rules as data, hedges carried through."""
import json

import pytest

from factcheck import figures, queries
from factcheck.errors import InvalidInput


@pytest.fixture(scope="module")
def rules():
    return figures.load_rules()


def sample_figures(store):
    return store.read(queries.figure_rows)


def by_measure(items):
    return {f["measure"]: f for f in items}


def test_rules_from_the_sample_article(fresh_store, rules):
    derived = by_measure(figures.derive(sample_figures(fresh_store), rules))
    casualties = derived["nk_casualties"]
    assert casualties["value"] == 3000 and casualties["approx"] and casualties["unit"] == "count"
    assert casualties["derivation"] == "nk_casualties: ~300 + ~2,700 = ~3,000 count"
    assert casualties["interval"] == pytest.approx((2700, 3300))
    assert casualties["speaker"] == "South Korean government"
    assert set(casualties["hedges"]) == {"around", "difficult to verify", "not confirmed by Moscow or Pyongyang"}
    share = derived["nk_casualty_share"]
    assert share["value"] == pytest.approx(25) and share["unit"] == "percent"
    assert share["derivation"] == "nk_casualty_share: ~3,000 ÷ ~12,000 × 100 = ~25 percent"
    assert {"reportedly", "some", "around"} <= set(share["hedges"])  # inherited from both inputs
    lost = derived["kursk_area_lost"]
    assert lost["value"] == pytest.approx(625) and lost["unit"] == "km2"
    assert lost["interval"] == pytest.approx((562.5, 687.5))


def test_the_sample_figures_agree_with_each_other(fresh_store, rules):
    rows = sample_figures(fresh_store)
    assert figures.disagreements(rows + figures.derive(rows, rules), rules.approx_tolerance) == []


def fig(measure, value, approx=False, article=1, unit="count", **extra):
    return {"id": None, "article_id": article, "measure": measure, "value": value, "approx": approx, "unit": unit,
            "quantity": measure, **extra}


def test_disagreement_beyond_hedges_is_flagged(rules):
    reported = [fig("nk_troops", 12000, approx=True), fig("nk_troops", 11000, approx=True, article=2),
                fig("nk_troops", 15000, article=3)]
    flagged = figures.disagreements(reported, rules.approx_tolerance)
    assert [(a["value"], b["value"]) for a, b in flagged] == [(12000, 15000), (11000, 15000)]


def test_ranges_count_as_their_whole_range():
    assert figures.disagreements([fig("x", 15, low=10, high=20), fig("x", 19)], 0.1) == []
    assert len(figures.disagreements([fig("x", 15, low=10, high=20), fig("x", 21)], 0.1)) == 1


def test_an_ambiguous_input_feeds_no_rule(rules):
    items = [fig("nk_killed", 300), fig("nk_killed", 400), fig("nk_wounded", 2700)]
    assert figures.derive(items, rules) == []


def test_inputs_from_different_articles_are_not_mixed(rules):
    items = [fig("nk_killed", 300, article=1), fig("nk_wounded", 2700, article=2)]
    assert figures.derive(items, rules) == []


def test_exact_inputs_give_an_exact_result(rules):
    (casualties,) = figures.derive([fig("nk_killed", 300), fig("nk_wounded", 2700)], rules)
    assert not casualties["approx"] and casualties["interval"] == (3000, 3000)


@pytest.mark.parametrize(
    "rule, message",
    [
        ({"op": "mean"}, "unknown op 'mean'"),
        ({"unit": "parsecs"}, "unknown unit 'parsecs'"),
        ({"op": "ratio", "inputs": ["a", "b", "c"]}, "ratio needs two inputs"),
    ],
)
def test_bad_rules_are_refused(tmp_path, rule, message):
    base = {"name": "r", "measure": "m", "quantity": "q", "unit": "count", "op": "sum", "inputs": ["a", "b"]}
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{**base, **rule}]}), encoding="utf-8")
    with pytest.raises(InvalidInput, match=message):
        figures.load_rules(path)


def test_a_disagreement_reads_as_a_sentence(rules):
    a = fig("nk_troops", 12000, approx=True, hedges=["reportedly"], unit="count")
    b = fig("nk_troops", 15000, speaker="Seoul", unit="count")
    assert figures.describe_disagreement(a, b, rules.approx_tolerance) == (
        "nk_troops: ~12,000 count (the article, reportedly) and 15,000 count (Seoul) do not agree, even allowing "
        "for their hedges (±10% for approximate figures).")
