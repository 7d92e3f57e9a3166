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


def test_age_limit_and_older():
    assert _figs("The rule covers drivers 70 and older.") == [("70 and older", "years", 70.0, None, None)]
    assert _figs("Tickets are free for kids 12 or younger.") == [("12 or younger", "years", 12.0, None, None)]


def test_fraction_of_a_year_is_a_duration():
    assert _figs("The wait grew by almost half a year.") == [("almost half a year", "years", 0.5, None, None)]
    assert _figs("She kept a third year of data.") == []


def test_from_percent_to_bare_number():
    assert _figs("Turnout rose from 41 percent to 58.")[1][:3] == ("58", "percent", 58.0)


def test_hyphenated_scale():
    assert _figs("The fund lost $4.2-billion last year.") == [("$4.2-billion", "USD", 4.2e9, None, None)]


def test_apostrophe_year_is_no_count():
    assert _figs("During the ’04 race and the 2011-’12 budget, nothing changed.") == []


def test_units_outside_the_list():
    assert _figs("Trucks may drive 65 mph there.") == []


def test_older_than_is_an_age():
    assert _figs("Everyone involved was older than 21.") == [("21", "years", 21.0, None, None)]


def test_tally_after_a_vote_verb():
    assert [f[:3] for f in _figs("The measure passed 71-28 in May.")] == [("71", "count", 71.0), ("28", "count", 28.0)]


def _approx(text: str) -> list[tuple]:
    return [(f["surface"], f["approx"]) for f in figures.extract(text)]


def test_age_limit_is_an_open_bound():
    assert _approx("Voters 65 and over lean one way.") == [("65 and over", True)]


def test_over_a_span_of_years_is_no_hedge():
    assert _approx("Prices rose over four years.") == [("four years", False)]
    assert _approx("He served for over 20 years.") == [("over 20 years", True)]


def test_closer_to_and_and_counting_are_approximators():
    assert _approx("The rate was closer to 40 percent.") == [("closer to 40 percent", True)]
    assert _approx("The bill reached $3 million and counting.")[0][1] is True


def test_dozen_is_a_multiplier():
    assert _figs("More than two dozen towns voted.") == [("More than two dozen", "count", 24.0, None, None)]
    assert _figs("She vetoed about half a dozen bills.") == [("about half a dozen", "count", 6.0, None, None)]


def test_web_addresses_bracket_codes_and_date_days_are_not_figures():
    assert _figs("See https://example.co/share/26108662-abcd for the 501(c)3 group, updated Feb, 27, 2017.") == []


def test_zero_as_no_and_weights_are_not_figures():
    assert _figs("There was absolutely zero risk, a zero-tolerance rule, and a 10-pound cat hit with 500 pounds of force.") == []
    assert _figs("Researchers ran zero long studies.") == [("zero", "count", 0.0, None, None)]


def test_the_lower_half_of_a_picture_is_no_share():
    assert _figs("The lower half of the picture was lighter.") == []


def test_a_bare_number_is_an_age_where_the_age_is_the_topic():
    assert _figs("He wants to raise the retirement age to 67.") == [("67", "years", 67.0, None, None)]
    assert _figs("The team wants to raise the budget to 67.") == [("67", "count", 67.0, None, None)]


def test_one_ends_a_range_and_a_percent_before_punctuation():
    assert _figs("It took one or two years, she said.") == [("one or two years", "years", None, 1.0, 2.0)]
    assert _figs("Usage fell to less than one percent.") == [("less than one percent", "percent", 1.0, None, None)]


def test_ranging_from_with_words_of_colour_is_a_range():
    assert _figs("Refunds ranging from a measly $15 to a whopping $2,000 were paid.") == [
        ("$15 to a whopping $2,000", "USD", None, 15.0, 2000.0)]
