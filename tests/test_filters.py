"""The filter builder: URL/CLI pairs in, SQL text and parameters out."""
from datetime import date, datetime

import pytest

from factcheck import filters, queries, review, search
from factcheck.errors import InvalidInput
from factcheck.access import local


@pytest.mark.parametrize(
    "pairs, sql, params",
    [
        ([], "TRUE", []),
        ([("verdict__in", "inaccurate,misleading")], "((c.verdict IN (?, ?)))", ["inaccurate", "misleading"]),
        ([("verdict", "none")], "((c.verdict IS NULL))", []),
        ([("verdict__in", "inaccurate,none")], "((c.verdict IN (?) OR c.verdict IS NULL))", ["inaccurate"]),
        ([("workflow__not", "done")], "(NOT coalesce((c.workflow IN (?)), FALSE))", ["done"]),
        ([("speaker__in", "Yuriy Bondar,Volodymyr Zelenskyy")], "((s.name IN (?, ?)))",
         ["Yuriy Bondar", "Volodymyr Zelenskyy"]),
        ([("speaker__contains", "bond")], "(contains(lower(s.name), lower(?)))", ["bond"]),
        ([("hedge__in", "reportedly,around")], "(list_has_any(c.hedges, ?::VARCHAR[]))", [["reportedly", "around"]]),
        ([("hedged", "yes")], "(len(c.hedges) > 0)", []),
        ([("hedged", "no")], "(NOT (len(c.hedges) > 0))", []),
        ([("has_figures", "1")], "(EXISTS (SELECT 1 FROM figures f WHERE f.claim_id = c.id))", []),
        ([("said_at__gte", "2025-01-01"), ("said_at__lte", "2025-01-31")], "(c.said_at >= ?) AND (c.said_at <= ?)",
         [date(2025, 1, 1), date(2025, 1, 31)]),
        ([("published_at__gte", "2025-01-13")], "(CAST(a.published_at AS DATE) >= ?)", [date(2025, 1, 13)]),
        ([("updated_at__gte", "2026-01-02T03:04")], "(c.updated_at >= ?)", [datetime(2026, 1, 2, 3, 4)]),
        ([("said_at__isnull", "yes")], "(c.said_at IS NULL)", []),
        ([("article__in", "1,2")], "((c.article_id IN (?, ?)))", [1, 2]),
        ([("q", "Drône")], f"({search.condition('Drône')[0]})", ["Drône", "Drône"]),
        ([("q", "drone base")], f"({search.condition('drone base')[0]})", ["drone base", "drone", "base", "drone base"]),
        ([("q", "  "), ("page", "3"), ("sort", "-said_at")], "TRUE", []),
    ],
)
def test_pairs_become_sql_with_parameters(pairs, sql, params):
    where = filters.build_where(pairs)
    assert (where.sql, where.params) == (sql, params)


@pytest.mark.parametrize(
    "key, value",
    [
        ("q", "'; DROP TABLE claims; --"),
        ("speaker__in", "x') OR 1=1 --,y"),
        ("speaker__contains", "%_\\"),
        ("reviewer", "Robert'); DELETE FROM claims;--"),
    ],
)
def test_hostile_values_travel_only_as_parameters(fresh_store, key, value):
    where = filters.build_where([(key, value)])
    assert value not in where.sql and "DROP" not in where.sql and "DELETE" not in where.sql
    assert fresh_store.read(queries.count_claims, where) == 0
    assert fresh_store.read(queries.count_claims) == 26


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("verdikt", "x", "Unknown filter 'verdikt'"),
        ("c.id) OR (1", "1", "Unknown filter"),
        ("verdict__like", "x", "Unknown operator 'like'"),
        ("verdict__in", "true", "'true' is not a known value"),
        ("said_at__gte", "yesterday", "not a date like 2025-01-13"),
        ("hedged", "maybe", "say yes or no"),
        ("article__in", "1;2", "not a number"),
        ("said_at__contains", "2025", "cannot be filtered with 'contains'"),
        ("workflow__in", ",", "give at least one value"),
    ],
)
def test_unknown_fields_operators_and_values_are_clear_errors(key, value, message):
    with pytest.raises(InvalidInput, match=message):
        filters.build_where([(key, value)])


def test_sentences_use_reviewer_words():
    where = filters.build_where([("verdict__in", "inaccurate,none"), ("hedged", "yes"), ("q", "drone")])
    assert where.sentences() == ["Verdict is one of Inaccurate, No verdict yet", "Hedged: yes", "text contains “drone”"]
    assert filters.describe(filters.build_where([])) == "all claims"


def test_without_drops_one_field():
    where = filters.build_where([("verdict__in", "accurate"), ("q", "x")])
    assert where.without("verdict").pairs() == [("q", "x")]


def test_cli_where_expressions():
    assert filters.parse_cli_where(["verdict__in=a,b", "q=x=y"]) == [("verdict__in", "a,b"), ("q", "x=y")]
    with pytest.raises(InvalidInput, match="field__op=value"):
        filters.parse_cli_where(["verdict"])


def count(store, *pairs):
    return store.read(queries.count_claims, filters.build_where(pairs))


def test_filters_against_the_sample(fresh_store):
    assert count(fresh_store, ("speaker__in", "Yuriy Bondar")) == 7
    assert count(fresh_store, ("speaker", "none")) == 9
    assert count(fresh_store, ("attribution", "reported")) == 3
    assert count(fresh_store, ("hedge__in", "reportedly")) == 2
    assert count(fresh_store, ("has_figures", "yes")) == 5
    assert count(fresh_store, ("said_at", "2025-01-12")) == 6
    assert count(fresh_store, ("said_at__isnull", "yes")) == 10
    assert count(fresh_store, ("speaker_kind__in", "government,anonymous")) == 2


def test_search_is_case_and_accent_insensitive(fresh_store):
    assert count(fresh_store, ("q", "DRONE")) == 2
    assert count(fresh_store, ("q", "zelénskyy")) == 4
    assert count(fresh_store, ("q", "told politico")) == 1  # the cue counts too


def test_reviewer_and_changed_since(fresh_store):
    fresh_store.write(review.mark, 3, local("Ana"), workflow="done")
    assert count(fresh_store, ("reviewer", "Ana")) == 1
    assert count(fresh_store, ("updated_at__gte", "2000-01-01")) == 1
    assert count(fresh_store, ("verdict__in", "none"), ("workflow__in", "done")) == 1
