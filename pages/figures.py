"""Figures desk: every figure beside its claim, the same quantity side by side, derived figures
and the figures that disagree."""
import pandas as pd
import streamlit as st

from factcheck import charts, figures, filters, models, queries, urlstate
from factcheck.errors import FactcheckError
from factcheck.highlight import escape_markdown
from pages.common import cached, choice_filter, enter_via_app, get_store, go, set_key, sync, url_state

FIGURE_LIMIT = 500  # a chart of more points than this is unreadable; filters narrow it down

enter_via_app(__file__)
store = get_store()
st.title("Figures")
st.caption("Numbers in the claims: who gave them, how hedged, and whether they add up.")

state = url_state()
try:
    where = filters.build_where(urlstate.filter_pairs(state))
except FactcheckError as exc:
    st.error(f"This link has a filter the desk does not understand: {escape_markdown(str(exc))}",
             icon=":material/link_off:")
    st.button("Show all figures", on_click=go, args=({},), key="figures_reset_bad")
    st.stop()

speakers = cached(queries.figure_speakers)
cols = st.columns([2, 2, 2], vertical_alignment="bottom")
sync("figures_q", state.get("q", ""))
cols[0].text_input("Search the claims", key="figures_q", placeholder="e.g. troops, Kursk",
                   on_change=lambda: set_key("q", st.session_state["figures_q"]), icon=":material/search:")
choice_filter(cols[1], state, "Said by", "speaker__in", "figures_speaker",
              {"none": "The article itself", **{s: s for s in speakers}})
choice_filter(cols[2], state, "Verdict", "verdict__in", "figures_verdict",
              {**models.VERDICT_LABELS, "none": models.NO_VERDICT_LABEL})

rules = figures.load_rules()
rows = cached(queries.figure_rows, where, FIGURE_LIMIT)
derived = figures.derive(rows, rules)
if where.conditions:
    st.markdown(f"**{len(rows):,}** figures in claims where {escape_markdown(filters.describe(where))}.")
if not rows:
    st.info("No figures match. Loosen the filters above, or add articles with numbers in them.",
            icon=":material/search_off:")
    st.stop()

if len(rows) == FIGURE_LIMIT:
    st.caption(f"The {FIGURE_LIMIT:,} most recently added figures that match; search or filter to see others.")
for row in rows:
    row["interval"] = figures.interval(row, rules.approx_tolerance)
event = st.plotly_chart(charts.figures_chart(rows + derived), key="figures_chart", on_select="rerun",
                        selection_mode=("points", "box"))
wanted = charts.filters_from_selection(event)
if wanted:
    st.switch_page("pages/claims.py", query_params=wanted)

st.subheader("Disagreements")
conflicts = figures.disagreements(rows + derived, rules.approx_tolerance)
if not conflicts:
    st.success("No two figures for the same quantity disagree beyond their hedges.", icon=":material/check:")
for a, b in conflicts:
    st.warning(escape_markdown(figures.describe_disagreement(a, b, rules.approx_tolerance)), icon=":material/warning:")

st.subheader("Reported figures")
table = pd.DataFrame(
    {
        "Open": [f"claim?id={r['claim_id']}" for r in rows],
        "Figure": [r["surface"] for r in rows],
        "Value": [figures.shown(r["value"], r["approx"]) if r["value"] is not None else "" for r in rows],
        "Unit": [r["unit"] for r in rows],
        "What is counted": [r["quantity"] for r in rows],
        "Said by": [r["speaker"] or "The article itself" for r in rows],
        "How": [models.ATTRIBUTION_LABELS[r["attribution"]] for r in rows],
        "Hedges": [", ".join(r["hedges"]) for r in rows],
        "Verdict": [models.VERDICT_LABELS.get(r["verdict"], models.NO_VERDICT_LABEL) for r in rows],
        "Said on": [r["said_at"] for r in rows],
        "Derived how": [r["derivation"] or "" for r in rows],
        "Claim": [r["claim"] for r in rows],
    }
)
st.dataframe(table.style.map(charts.verdict_badge_css, subset=["Verdict"]), hide_index=True,
             key="figures_table", column_config={
    "Open": st.column_config.LinkColumn("Open", display_text="Open", width="small"),
    "Said on": st.column_config.DateColumn("Said on", format="YYYY-MM-DD"),
    "Claim": st.column_config.TextColumn("Claim", width="large"),
})

st.subheader("Derived figures")
if not derived:
    st.caption("No rule in data/figure_rules.json has all its inputs among these figures.")
else:
    st.dataframe(pd.DataFrame({
        "Figure": [d["surface"] for d in derived],
        "What is counted": [d["quantity"] for d in derived],
        "Derived how": [d["derivation"] for d in derived],
        "Inherited hedges": [", ".join(d["hedges"]) for d in derived],
        "From": [d["speaker"] for d in derived],
    }), hide_index=True, key="figures_derived")
    st.caption(f"Rules live in data/figure_rules.json. Approximate inputs are read as ±{rules.approx_tolerance:.0%}, "
               "and a derived figure is approximate when any input is.")
