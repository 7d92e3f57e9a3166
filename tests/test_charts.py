import pandas as pd

from factcheck import charts, models, queries, review
from factcheck.access import local


def test_status_chart_stacks_verdicts_in_their_colours(fresh_store):
    fresh_store.write(review.mark, 1, local("Ana"), workflow="done", verdict="inaccurate")
    fresh_store.write(review.mark, 2, local("Ana"), workflow="done", verdict="accurate")
    fig = charts.status_chart(fresh_store.read(queries.status_counts))
    traces = {t.name: t for t in fig.data}
    assert set(traces) == {"Accurate", "Inaccurate", models.NO_VERDICT_LABEL}
    assert list(traces["Accurate"].x) == ["Unreviewed", "In progress", "Needs second review", "Done"]
    assert list(traces["Accurate"].y) == [0, 0, 0, 1]
    assert list(traces[models.NO_VERDICT_LABEL].y) == [24, 0, 0, 0]
    assert traces["Inaccurate"].marker.color == models.VERDICT_COLOURS["inaccurate"]
    assert fig.layout.barmode == "stack"


def test_attribution_chart_splits_hedged_claims(fresh_store):
    counts = fresh_store.read(queries.attribution_counts)
    assert counts.set_index("attribution").loc["Reported"].tolist() == [3, 3]
    fig = charts.attribution_chart(counts)
    plain, hedged = fig.data
    assert list(plain.y) == [label for _, label in models.ATTRIBUTIONS]
    assert int(sum(plain.x) + sum(hedged.x)) == 26


def test_status_chart_with_no_claims_has_no_bars():
    empty = pd.DataFrame({"workflow": [], "verdict": [], "claims": []})
    assert len(charts.status_chart(empty).data) == 0


def test_verdict_badges_use_the_chart_colours_with_readable_text():
    assert charts.verdict_badge_css("Inaccurate") == "background-color: #D55E00; color: #FFFFFF"
    assert charts.verdict_badge_css("Accurate") == "background-color: #009E73; color: #FFFFFF"
    assert charts.verdict_badge_css(models.NO_VERDICT_LABEL) == "background-color: #D9D9D9; color: #000000"
    assert charts.verdict_badge_css("Misleading") == "background-color: #E69F00; color: #000000"


def test_speaker_chart_stacks_each_speakers_verdicts(fresh_store):
    fresh_store.write(review.mark, 5, local("Ana"), verdict="accurate")
    fig = charts.speaker_chart(fresh_store.read(queries.speaker_verdicts))
    traces = {t.name: t for t in fig.data}
    assert list(traces["Accurate"].y)[:3] == ["The article itself", "Yuriy Bondar", "Volodymyr Zelenskyy"]
    accurate = dict(zip(traces["Accurate"].y, traces["Accurate"].x))
    assert accurate["Yaroslav Chepurnyi"] == 1 and accurate["Yuriy Bondar"] == 0
    index = list(traces["Accurate"].y).index("Yaroslav Chepurnyi")
    assert list(traces["Accurate"].customdata[index]) == ["speaker__in=Yaroslav Chepurnyi", "verdict__in=accurate"]
    article = list(traces[models.NO_VERDICT_LABEL].customdata[0])
    assert article == ["speaker__in=none", "verdict__in=none"]


def test_activity_chart_one_trace_per_reviewer(fresh_store):
    for claim, who in ((1, "Ana"), (2, "Ana"), (3, "Bo")):
        fresh_store.write(review.mark, claim, local(who), workflow="in_progress")
    fig = charts.activity_chart(fresh_store.read(queries.review_activity))
    assert {t.name: sum(t.y) for t in fig.data} == {"Ana": 2, "Bo": 1}
    assert list(fig.data[1].customdata[0]) == ["reviewer__in=Bo"]


def test_articles_chart_points_are_articles():
    articles = pd.DataFrame({"article_id": [1, 2], "title": ["A", "B"], "outlet": ["X", "Y"],
                             "published_at": pd.to_datetime(["2025-01-13", "2025-02-01"]), "claims": [26, 4]})
    fig = charts.articles_chart(articles)
    assert list(fig.data[0].y) == [26, 4]
    assert [list(c) for c in fig.data[0].customdata] == [["article__in=1"], ["article__in=2"]]


def test_figures_chart_puts_reported_and_derived_side_by_side():
    reported = [{"claim_id": 13, "quantity": "troops", "unit": "count", "value": 12000.0, "approx": True,
                 "interval": (10800.0, 13200.0), "speaker": None, "hedges": ["reportedly"], "verdict": "misleading"}]
    derived = [{"claim_id": None, "quantity": "casualties", "unit": "count", "value": 3000.0, "approx": True,
                "interval": (2700.0, 3300.0), "speaker": "SK", "hedges": [], "rule": "nk_casualties"}]
    fig = charts.figures_chart(reported + derived)
    assert [t.name for t in fig.data] == ["Reported", "Derived"]
    assert list(fig.data[0].y) == ["troops (count)"] and list(fig.data[0].error_x.array) == [1200.0]
    assert fig.data[0].marker.color[0] == models.VERDICT_COLOURS["misleading"]
    assert fig.data[1].marker.symbol == "diamond-open"
    assert list(fig.data[0].customdata[0]) == ["id__in=13"]
    assert fig.layout.xaxis.type == "log"


def test_selection_becomes_a_filter():
    event = {"selection": {"points": [{"customdata": ["workflow__in=done", "verdict__in=none"]},
                                      {"customdata": ["workflow__in=unreviewed", "verdict__in=none"]},
                                      {"x": 1}]}}
    assert charts.filters_from_selection(event) == {"workflow__in": "done,unreviewed", "verdict__in": "none"}
    assert charts.filters_from_selection({"selection": {"points": []}}) == {}
    assert charts.filters_from_selection(None) == {}


def test_verdict_donut_colours_and_filters():
    fig = charts.verdict_donut(pd.DataFrame({"verdict": ["Accurate", models.NO_VERDICT_LABEL], "claims": [2, 5]}), "T")
    assert list(fig.data[0].marker.colors) == [models.VERDICT_COLOURS["accurate"], models.VERDICT_COLOURS[None]]
    assert [list(c) for c in fig.data[0].customdata] == [["verdict__in=accurate"], ["verdict__in=none"]]


def test_clicking_a_speaker_whose_name_holds_a_comma_filters_on_that_speaker():
    import pandas as pd

    from factcheck import urlstate

    counts = pd.DataFrame({"speaker": ["Smith, John", "Obama"], "verdict_id": ["accurate", None],
                           "verdict": ["Accurate", "No verdict yet"], "claims": [3, 2], "total": [3, 2]})
    fig = charts.speaker_chart(counts)
    points = [{"customdata": list(row)} for row in fig.data[0].customdata]  # one point per speaker
    wanted = charts.filters_from_selection({"selection": {"points": points}})
    assert urlstate.values_of(wanted, "speaker__in") == ["Smith, John", "Obama"]


def test_one_article_or_one_day_of_activity_gets_a_date_axis_not_milliseconds():
    import pandas as pd

    one = pd.DataFrame({"article_id": [1], "title": ["A"], "outlet": ["X"], "claims": [26],
                        "published_at": [pd.Timestamp("2025-01-13 12:11", tz="UTC")]})
    lo, hi = (pd.Timestamp(x) for x in charts.articles_chart(one).layout.xaxis.range)
    assert (hi - lo) == pd.Timedelta(days=30) and lo < pd.Timestamp("2025-01-13 12:11", tz="UTC") < hi
    day = pd.DataFrame({"day": [pd.Timestamp("2026-11-27").date()] * 2, "reviewer": ["Ana", "import: a.csv"],
                        "marks": [3, 2297]})
    fig = charts.activity_chart(day)
    assert fig.layout.xaxis.dtick == 86_400_000 and fig.layout.xaxis.range is not None
    many = pd.DataFrame({"article_id": [1, 2], "title": ["A", "B"], "outlet": ["X", "X"], "claims": [3, 4],
                         "published_at": pd.to_datetime(["2025-01-01", "2025-03-01"], utc=True)})
    assert charts.articles_chart(many).layout.xaxis.range is None  # a real span: plotly's own axis
    undated = pd.concat([one, pd.DataFrame({"article_id": [9], "title": ["Claim set: x.csv"], "outlet": [None],
                                            "claims": [2297], "published_at": [pd.NaT]})])
    assert list(charts.articles_chart(undated).data[0].y) == [26]  # a claim set has no place in time
