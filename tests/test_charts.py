import pandas as pd

from factcheck import charts, models, queries, review


def test_status_chart_stacks_verdicts_in_their_colours(fresh_store):
    fresh_store.write(review.mark, 1, "Ana", workflow="done", verdict="inaccurate")
    fresh_store.write(review.mark, 2, "Ana", workflow="done", verdict="accurate")
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
