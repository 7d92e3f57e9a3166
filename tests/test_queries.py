import pytest

from factcheck import filters, queries, review
from factcheck.errors import InvalidInput
from factcheck.access import local


def where(*pairs):
    return filters.build_where(pairs)


def test_facets_count_under_the_filter_minus_their_own_field(fresh_store):
    fresh_store.write(review.mark, 5, local("Ana"), verdict="inaccurate")
    current = where(("verdict__in", "inaccurate"), ("speaker__in", "Yaroslav Chepurnyi"))
    facets = fresh_store.read(queries.facets, current)
    # verdict counts ignore the verdict filter (so it can widen) but keep the speaker filter
    assert facets["verdict"].values == [("inaccurate", "Inaccurate", 1), ("none", "No verdict yet", 1)]
    # speaker counts keep the verdict filter: only Chepurnyi has an inaccurate claim
    assert facets["speaker"].values == [("Yaroslav Chepurnyi", "Yaroslav Chepurnyi", 1)]
    assert facets["workflow"].values == [("unreviewed", "Unreviewed", 1)]


def test_speaker_facet_is_cut_at_size_and_says_so(fresh_store):
    facet = fresh_store.read(queries.facet, queries.ALL, "speaker", 3)
    assert facet.values == [("none", "The article itself", 9), ("Yuriy Bondar", "Yuriy Bondar", 7),
                            ("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", 4)]
    assert facet.truncated
    assert not fresh_store.read(queries.facet, queries.ALL, "speaker", 7).truncated


def test_hedge_facet_counts_each_hedge(fresh_store):
    values = dict((v, n) for v, _, n in fresh_store.read(queries.facet, queries.ALL, "hedge", 20).values)
    assert values["reportedly"] == 2 and values["around"] == 1 and len(values) == 10


def test_unknown_facet():
    with pytest.raises(InvalidInput):
        queries.facet(None, queries.ALL, "text")


def test_table_page_sort_and_offset(fresh_store):
    page = fresh_store.read(queries.claims_table, queries.ALL, "-said_at", 5, 0)
    assert page["Said on"].iloc[0].isoformat()[:10] == "2025-01-13"
    assert len(page) == 5
    second = fresh_store.read(queries.claims_table, queries.ALL, "id", 10, 10)
    assert second["ID"].tolist() == list(range(11, 21))
    by_speaker = fresh_store.read(queries.claims_table, where(("speaker", "none")), "speaker", 50, 0)
    assert set(by_speaker["Said by"]) == {"The article itself"}


@pytest.mark.parametrize("sort", ["text", "said_at; DROP TABLE claims", "--id"])
def test_unknown_sort_is_refused(sort):
    with pytest.raises(InvalidInput, match="Unknown sort"):
        queries.order_by(sort)


def test_export_rows_follow_the_filter(fresh_store):
    with fresh_store.connect() as con:
        rows = list(queries.export_rows(con, where(("attribution", "official_statement"))))
    assert [r["id"] for r in rows] == [15]


@pytest.mark.parametrize(
    "pairs",
    [
        [],
        [("verdict__in", "inaccurate,none"), ("speaker__in", "Yuriy Bondar,none")],
        [("q", "soldiers"), ("attribution__in", "direct_quote"), ("hedge__in", "reportedly")],
        [("hedged", "yes"), ("workflow__in", "unreviewed")],
    ],
)
def test_one_scan_overview_equals_facet_by_facet(fresh_store, pairs):
    fresh_store.write(review.mark, 21, local("Ana"), verdict="inaccurate")
    current = where(*pairs)
    total, facets, everything = fresh_store.read(queries.claims_overview, current)
    assert total == fresh_store.read(queries.count_claims, current)
    assert everything == 26
    one_by_one = fresh_store.read(queries.facets, current)
    assert {f: facet.values for f, facet in facets.items()} == {f: facet.values for f, facet in one_by_one.items()}


def test_overview_in_one_scan_equals_the_separate_queries(fresh_store):
    fresh_store.write(review.mark, 5, local("Ana"), workflow="done", verdict="accurate")
    fresh_store.write(review.mark, 13, local("Bo"), verdict="misleading")
    data = fresh_store.read(queries.overview)
    assert data["stats"] == fresh_store.read(queries.stats)
    separate = fresh_store.read(queries.status_counts)
    assert data["status"][["workflow", "verdict", "claims"]].values.tolist() == \
        separate[["workflow", "verdict", "claims"]].values.tolist()
    assert data["attribution"].values.tolist() == fresh_store.read(queries.attribution_counts).values.tolist()
    speakers = data["speakers"]
    assert speakers.iloc[0]["speaker"] == "The article itself" and int(speakers.iloc[0]["total"]) == 9
