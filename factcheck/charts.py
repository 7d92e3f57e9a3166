"""Plotly figures built from small query results. Pure: data in, figure out.

Every bar or point carries, in its customdata, the claim filter it stands for ("key=value"
strings), so a click in the dashboard becomes a filtered claims view without the page having to
know how each chart was drawn: see filters_from_selection.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from factcheck import models
from factcheck.figures import shown
from factcheck.filters import join_values

# Labels are the desk's (an admin may rename them), so these are looked up at draw time.
def _ids(labels: dict) -> dict[str, str]:
    return {label: term for term, label in labels.items()}


def _verdict_order() -> list[str]:
    return [*models.VERDICT_LABELS.values(), models.NO_VERDICT_LABEL]


def verdict_colour(label: str) -> str:
    colours = {models.VERDICT_LABELS.get(v, models.NO_VERDICT_LABEL): c for v, c in models.VERDICT_COLOURS.items()}
    return colours.get(label, "#D9D9D9")


def verdict_badge_css(label: str) -> str:
    """CSS for a verdict cell in a table: the verdict's colour, with text that stays readable on it."""
    colour = verdict_colour(label)
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    text = "#000000" if (0.299 * red + 0.587 * green + 0.114 * blue) > 140 else "#FFFFFF"
    return f"background-color: {colour}; color: {text}"


def _layout(fig: go.Figure, title: str) -> go.Figure:
    fig.update_layout(
        title=title, barmode="stack", margin=dict(l=10, r=10, t=50, b=10), legend_title_text="Verdict", height=340, showlegend=True
    )
    return fig


def _stack_by_verdict(fig: go.Figure, counts: pd.DataFrame, category: str, categories: list[str],
                      filter_of, horizontal: bool = False) -> None:
    """One bar trace per verdict over the categories, each bar carrying the claim filter it stands for."""
    verdict_ids = _ids(models.VERDICT_LABELS)
    for verdict in _verdict_order():
        part = counts[counts["verdict"] == verdict]
        if part.empty:
            continue
        totals = part.groupby(category)["claims"].sum()
        values = [int(totals.get(c, 0)) for c in categories]
        verdict_id = verdict_ids.get(verdict, "none")
        fig.add_bar(
            name=verdict, orientation="h" if horizontal else "v",
            x=values if horizontal else categories, y=categories if horizontal else values,
            marker_color=verdict_colour(verdict),
            customdata=[[filter_of(c), f"verdict__in={verdict_id}"] for c in categories],
            hovertemplate=("%{y}: %{x}" if horizontal else "%{x}: %{y}") + " claims<extra>" + verdict + "</extra>",
        )


def status_chart(counts: pd.DataFrame) -> go.Figure:
    """Claims per workflow stage, stacked by verdict (columns: workflow, verdict, claims)."""
    fig = go.Figure()
    _stack_by_verdict(fig, counts, "workflow", list(models.WORKFLOW_LABELS.values()),
                      lambda w, ids=_ids(models.WORKFLOW_LABELS): f"workflow__in={ids[w]}")
    fig.update_yaxes(title_text="Claims", rangemode="tozero")
    return _layout(fig, "Where the claims stand")


def attribution_chart(counts: pd.DataFrame) -> go.Figure:
    """How claims are attributed, split into hedged and plain (columns: attribution, claims, hedged)."""
    fig = go.Figure()
    plain = counts["claims"] - counts["hedged"]
    ids = [_ids(models.ATTRIBUTION_LABELS)[a] for a in counts["attribution"]]
    fig.add_bar(name="Stated plainly", y=counts["attribution"], x=plain, orientation="h", marker_color="#0072B2",
                customdata=[[f"attribution__in={a}", "hedged=no"] for a in ids])
    fig.add_bar(name="Hedged", y=counts["attribution"], x=counts["hedged"], orientation="h", marker_color="#E69F00",
                marker_pattern_shape="/", customdata=[[f"attribution__in={a}", "hedged=yes"] for a in ids])
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Claims", rangemode="tozero")
    fig = _layout(fig, "How claims are attributed")
    fig.update_layout(legend_title_text="")
    return fig


def speaker_chart(counts: pd.DataFrame) -> go.Figure:
    """Claims by speaker, stacked by verdict: who says what, and how it checks out.

    Columns: speaker, verdict, claims (speakers in the order given, most claims first).
    """
    fig = go.Figure()
    speakers = list(dict.fromkeys(counts["speaker"]))
    _stack_by_verdict(fig, counts, "speaker", speakers,
                      lambda s: f"speaker__in={'none' if s == 'The article itself' else join_values([s])}",
                      horizontal=True)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Claims", rangemode="tozero")
    fig = _layout(fig, "Who says what, and how it checks out")
    fig.update_layout(height=max(340, 60 + 28 * len(speakers)))
    return fig


def activity_chart(activity: pd.DataFrame) -> go.Figure:
    """Status changes per day, one bar segment per reviewer (columns: day, reviewer, marks)."""
    fig = go.Figure()
    for reviewer, part in activity.groupby("reviewer", sort=True):
        fig.add_bar(name=reviewer, x=part["day"], y=part["marks"],
                    customdata=[[f"reviewer__in={reviewer}"]] * len(part),
                    hovertemplate="%{x|%Y-%m-%d}: %{y} changes<extra>" + reviewer + "</extra>")
    fig.update_yaxes(title_text="Status changes", rangemode="tozero")
    fig.update_xaxes(type="date", tickformat="%Y-%m-%d")
    days = pd.to_datetime(activity["day"]).drop_duplicates()
    if 0 < len(days) <= 14:  # a tick per day, not plotly's half days with repeated dates
        fig.update_xaxes(dtick=86_400_000)
    fig.update_traces(width=0.8 * 86_400_000)  # a day's bar, even when there is only one day
    _widen_short_range(fig, days, pd.Timedelta(days=3))
    fig = _layout(fig, "Review activity")
    fig.update_layout(legend_title_text="Reviewer")
    return fig


def _widen_short_range(fig: go.Figure, times: pd.Series, pad: pd.Timedelta) -> None:
    """Points all on one day get a date axis `pad` wide each side: plotly would zoom to milliseconds."""
    if len(times) and times.max() - times.min() < pd.Timedelta(days=1):
        fig.update_xaxes(range=[times.min() - pad, times.max() + pad], tickformat="%b %d, %Y")


def articles_chart(articles: pd.DataFrame) -> go.Figure:
    """Claims per article over publication time (columns: article_id, title, outlet, published_at, claims).

    Claim sets and articles with no publication date have no place on a time axis and are left out."""
    articles = articles[articles["published_at"].notna()]
    fig = go.Figure()
    fig.add_scatter(
        x=articles["published_at"], y=articles["claims"], mode="markers+lines", name="Articles",
        marker=dict(size=10, color="#0072B2"), line=dict(color="#BBBBBB"),
        text=articles["title"], customdata=[[f"article__in={a}"] for a in articles["article_id"]],
        hovertemplate="%{text}<br>%{x|%Y-%m-%d}: %{y} claims<extra></extra>",
    )
    fig.update_yaxes(title_text="Claims", rangemode="tozero")
    fig.update_xaxes(type="date")
    _widen_short_range(fig, pd.to_datetime(articles["published_at"], utc=True).dropna(), pd.Timedelta(days=15))
    fig = _layout(fig, "Claims per article")
    fig.update_layout(showlegend=False)
    return fig


def figures_chart(figures: list[dict]) -> go.Figure:
    """Each quantity's figures side by side, one point per source; hedged ones show their range.

    Quantities run down the side and values along a log axis, so troops, km² and percentages can
    share one chart; derived figures are hollow diamonds; colour is the claim's verdict.
    """
    fig = go.Figure()
    for derived in (False, True):
        points = [f for f in figures if bool(f.get("rule")) == derived]
        if not points:
            continue
        fig.add_scatter(
            y=[f"{f['quantity']} ({f['unit']})" for f in points],
            x=[f["value"] for f in points],
            mode="markers", name="Derived" if derived else "Reported",
            marker=dict(size=12, symbol="diamond-open" if derived else "circle", line=dict(width=2, color="#333333"),
                        color=[verdict_colour(models.VERDICT_LABELS.get(f.get("verdict"), models.NO_VERDICT_LABEL))
                               for f in points]),
            error_x=dict(type="data", symmetric=False,
                         array=[f["interval"][1] - f["value"] if f.get("interval") else 0 for f in points],
                         arrayminus=[f["value"] - f["interval"][0] if f.get("interval") else 0 for f in points]),
            text=[f"{shown(f['value'], f.get('approx'), f['unit'])} — {f.get('speaker') or 'the article'}"
                  + (f", {f['said_at']}" if f.get("said_at") else "")
                  + (f" ({', '.join(f.get('hedges') or [])})" if f.get("hedges") else "") for f in points],
            customdata=[[f"id__in={f['claim_id']}"] if f.get("claim_id") else [] for f in points],
            hovertemplate="%{text}<extra>%{y}</extra>",
        )
    fig.update_xaxes(title_text="Value (log scale)", type="log")
    fig.update_yaxes(autorange="reversed")
    quantities = {f"{f['quantity']} ({f['unit']})" for f in figures}
    fig = _layout(fig, "Figures by quantity, side by side")
    fig.update_layout(legend_title_text="", height=max(340, 80 + 34 * len(quantities)))
    return fig


def verdict_donut(verdicts: pd.DataFrame, title: str) -> go.Figure:
    """A track record: claims per verdict (columns: verdict, claims)."""
    fig = go.Figure(go.Pie(
        labels=verdicts["verdict"], values=verdicts["claims"], hole=0.55, sort=False,
        marker=dict(colors=[verdict_colour(v) for v in verdicts["verdict"]]),
        customdata=[[f"verdict__in={_ids(models.VERDICT_LABELS).get(v, 'none')}"] for v in verdicts["verdict"]],
    ))
    fig.update_layout(title=title, margin=dict(l=10, r=10, t=50, b=10), height=300)
    return fig


def filters_from_selection(event) -> dict[str, str]:
    """The claim filter a chart selection stands for: the customdata of the selected points.

    Several selected points widen one another (values of a key are joined); an empty or
    unlabelled selection gives no filter.
    """
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return {}
    merged: dict[str, list[str]] = {}
    for point in points:
        for item in point.get("customdata") or []:
            key, sep, value = str(item).partition("=")
            if sep and value not in merged.setdefault(key, []):
                merged[key].append(value)
    return {key: ",".join(values) for key, values in merged.items()}
