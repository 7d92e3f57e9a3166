"""Plotly figures built from small query results. Pure: data in, figure out."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from factcheck import models

VERDICT_ORDER = [label for _, label, _ in models.VERDICTS] + [models.NO_VERDICT_LABEL]
_LABEL_COLOURS = {models.VERDICT_LABELS.get(v, models.NO_VERDICT_LABEL): c for v, c in models.VERDICT_COLOURS.items()}


def verdict_colour(label: str) -> str:
    return _LABEL_COLOURS.get(label, "#D9D9D9")


def _layout(fig: go.Figure, title: str) -> go.Figure:
    fig.update_layout(
        title=title, barmode="stack", margin=dict(l=10, r=10, t=50, b=10), legend_title_text="Verdict", height=340, showlegend=True
    )
    return fig


def status_chart(counts: pd.DataFrame) -> go.Figure:
    """Claims per workflow stage, stacked by verdict (columns: workflow, verdict, claims)."""
    fig = go.Figure()
    workflows = [label for _, label in models.WORKFLOWS]
    for verdict in VERDICT_ORDER:
        part = counts[counts["verdict"] == verdict]
        if part.empty:
            continue
        by_workflow = part.groupby("workflow")["claims"].sum()
        fig.add_bar(
            name=verdict,
            x=workflows,
            y=[int(by_workflow.get(w, 0)) for w in workflows],
            marker_color=verdict_colour(verdict),
            hovertemplate="%{x}: %{y} claims<extra>" + verdict + "</extra>",
        )
    fig.update_yaxes(title_text="Claims", rangemode="tozero")
    return _layout(fig, "Where the claims stand")


def attribution_chart(counts: pd.DataFrame) -> go.Figure:
    """How claims are attributed, split into hedged and plain (columns: attribution, claims, hedged)."""
    fig = go.Figure()
    plain = counts["claims"] - counts["hedged"]
    fig.add_bar(name="Stated plainly", y=counts["attribution"], x=plain, orientation="h", marker_color="#0072B2")
    fig.add_bar(name="Hedged", y=counts["attribution"], x=counts["hedged"], orientation="h", marker_color="#E69F00",
                marker_pattern_shape="/")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Claims", rangemode="tozero")
    fig = _layout(fig, "How claims are attributed")
    fig.update_layout(legend_title_text="")
    return fig
