"""Claims: filter, facet, read, mark (one by one or all matching) and export.

The URL holds the whole view (filters, sort, page), so a link reproduces it. Widgets are
drawn from the URL and write back to it in their callbacks.
"""
import math
import shutil
import tempfile
from datetime import date
from pathlib import Path

import streamlit as st

from factcheck import access, charts, export, filters, models, queries, review, urlstate
from factcheck.errors import FactcheckError, StaleEdit
from factcheck.highlight import escape_markdown, escape_markup
from pages.common import (NO_NAME, actor, cached, choice_filter, enter_via_app, get_store, go, set_key, sync,
                          url_state)

PAGE_SIZE = 50
ANY = "Any"

enter_via_app(__file__)

store = get_store()
st.title("Claims")

state = url_state()
st.session_state["claims_last_query"] = state  # the claim page links back to this view

try:
    where = filters.build_where(urlstate.filter_pairs(state))
    sort = state.get("sort", "article")
    queries.order_by(sort)
except FactcheckError as exc:
    st.error(f"This link has a filter the desk does not understand: {escape_markup(str(exc))}", icon=":material/link_off:")
    st.button("Show all claims", on_click=go, args=({},), key="claims_reset_bad")
    st.stop()

# ---- search, sort and the extra filters -------------------------------------------------------
top = st.columns([3, 2], vertical_alignment="bottom")
sync("claims_q", state.get("q", ""))
top[0].text_input(
    "Search claims, quotes, speakers and cues", key="claims_q", placeholder="e.g. drone, Zelenskyy, 12,000",
    on_change=lambda: set_key("q", st.session_state["claims_q"]), icon=":material/search:",
)
sort_options = [s for name in queries.SORTS for s in (name, f"-{name}")]
sync("claims_sort", sort if sort in sort_options else "article")
top[1].selectbox(
    "Sort by", sort_options, key="claims_sort",
    format_func=lambda s: queries.SORT_LABELS[s.lstrip("-")] + (" (descending)" if s.startswith("-") else ""),
    on_change=lambda: set_key("sort", "" if st.session_state["claims_sort"] == "article"
                              else st.session_state["claims_sort"]),
)


def flag_filter(col, label: str, key: str, widget_key: str) -> None:
    raw = state.get(key, "").lower()
    sync(widget_key, "Yes" if raw in filters.YES else "No" if raw in filters.NO else ANY)
    col.selectbox(label, [ANY, "Yes", "No"], key=widget_key,
                  on_change=lambda: set_key(key, {"Yes": "yes", "No": "no"}.get(st.session_state[widget_key])))


def date_filter(col, label: str, key: str, widget_key: str) -> None:
    raw = state.get(key)
    sync(widget_key, date.fromisoformat(raw[:10]) if raw else None)
    col.date_input(label, key=widget_key, value=None, format="YYYY-MM-DD",
                   on_change=lambda: set_key(key, (st.session_state[widget_key] or "") and
                                             st.session_state[widget_key].isoformat()))


reviewers, articles = cached(queries.filter_choices)
extra_keys = ("speaker_kind__in", "hedged", "has_figures", "said_at__gte", "said_at__lte", "published_at__gte",
              "published_at__lte", "reviewer__in", "updated_at__gte", "article__in")
with st.expander("More filters", expanded=any(k in state for k in extra_keys), icon=":material/tune:"):
    row = st.columns(4)
    choice_filter(row[0], state, "Kind of source", "speaker_kind__in", "claims_speaker_kind", models.SOURCE_KIND_LABELS)
    flag_filter(row[1], "Hedged", "hedged", "claims_hedged")
    flag_filter(row[2], "Has figures", "has_figures", "claims_has_figures")
    choice_filter(row[3], state, "Reviewer", "reviewer__in", "claims_reviewer", {r: r for r in reviewers})
    row = st.columns(4)
    date_filter(row[0], "Said on or after", "said_at__gte", "claims_said_from")
    date_filter(row[1], "Said on or before", "said_at__lte", "claims_said_to")
    date_filter(row[2], "Published on or after", "published_at__gte", "claims_published_from")
    date_filter(row[3], "Published on or before", "published_at__lte", "claims_published_to")
    row = st.columns([1, 3])
    date_filter(row[0], "Changed since", "updated_at__gte", "claims_updated_since")
    choice_filter(row[1], state, "Article", "article__in", "claims_article", articles)


# ---- facets, count and the table ----------------------------------------------------------------
total, facet_counts, everything = cached(queries.claims_overview, where)

facet_col, table_col = st.columns([1.4, 4], gap="medium")
with facet_col:
    for field, facet in facet_counts.items():
        key = urlstate.FACET_KEYS[field]
        chosen = urlstate.values_of(state, key)
        counts = {value: (label, n) for value, label, n in facet.values}
        options = list(counts) + [v for v in chosen if v not in counts]
        widget_key = f"claims_facet_{field}"
        sync(widget_key, chosen)
        st.pills(
            filters.FIELDS[field].label, options, selection_mode="multi", key=widget_key,
            format_func=lambda v, counts=counts, field=field: (
                f"{escape_markdown(counts[v][0])} · {counts[v][1]:,}" if v in counts
                else f"{escape_markdown(queries.facet_label(field, v))} · 0"),  # labels are markdown
            wrap=True,
            on_change=lambda key=key, widget_key=widget_key: set_key(key, st.session_state[widget_key]),
        )
        if facet.truncated:
            st.caption(f"Top {len(facet.values)} shown; search or filter to find others.")

with table_col:
    sentence = filters.describe(where)
    if where.conditions:
        info, clear = st.columns([4, 1], vertical_alignment="center")
        info.markdown(f"**{total:,}** of {everything:,} claims where {escape_markup(sentence)}.")
        clear.button("Clear", on_click=go, args=({},), key="claims_clear", icon=":material/filter_alt_off:",
                     help="Remove every filter and show all claims")
    if everything == 0:
        st.info("No claims yet. Load the sample with `python -m factcheck init`, then reload this page.")
        st.stop()
    if total == 0:
        loosen = ", ".join(f"“{escape_markup(c.human)}”" for c in where.conditions)
        st.warning(f"No claim matches all of these filters. Loosen one of them: {loosen}.", icon=":material/search_off:")
        st.stop()

    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(max(int(state["page"]) if state.get("page", "").isdigit() else 1, 1), pages)
    table = cached(queries.claims_table, where, sort, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    first, last = (page - 1) * PAGE_SIZE + 1, (page - 1) * PAGE_SIZE + len(table)
    table.insert(0, "Open", "claim?id=" + table["ID"].astype(str))
    me = actor()
    editing = st.toggle("Mark in the table", key="claims_edit_mode", disabled=not me.can("mark"),
                        help="Change workflow and verdict right in the table; each change is saved as you make it."
                        if me.can("mark") else access.needs("mark"))
    caption = f"Claims {first:,}–{last:,} of {total:,}."
    st.caption(caption + (" Change a Workflow or Verdict cell to save it." if editing else
                          " Select a row to open the claim, or copy its Open link."))
    columns = {
        "Open": st.column_config.LinkColumn("Open", display_text="Open", width="small",
                                            help="A link to the claim you can share"),
        "ID": st.column_config.NumberColumn("ID", width="small", format="%d"),
        "Claim": st.column_config.TextColumn("Claim", width="large"),
        "Said on": st.column_config.DateColumn("Said on", format="YYYY-MM-DD"),
        "Last changed": st.column_config.DatetimeColumn("Last changed", format="YYYY-MM-DD HH:mm"),
        "Figures": st.column_config.NumberColumn("Figures", width="small"),
        "Version": None,
    }
    if not editing:
        event = st.dataframe(table.style.map(charts.verdict_badge_css, subset=["Verdict"]), key="claims_table",
                             hide_index=True, on_select="rerun", selection_mode="single-row", column_config=columns)
        rows = event["selection"]["rows"] if event else []
        if rows:
            st.switch_page("pages/claim.py", query_params={"id": str(int(table.iloc[rows[0]]["ID"]))})
    else:
        workflow_by_label = {label: w for w, label in models.WORKFLOW_LABELS.items()}
        verdict_by_label = ({label: v for v, label in models.VERDICT_LABELS.items()}
                            | {models.NO_VERDICT_LABEL: review.CLEAR_VERDICT})
        editor_key = f"claims_editor_{st.session_state.get('claims_editor_round', 0)}"
        columns |= {
            "Workflow": st.column_config.SelectboxColumn("Workflow", options=list(workflow_by_label), required=True),
            "Verdict": st.column_config.SelectboxColumn("Verdict", options=list(verdict_by_label), required=True),
        }
        st.data_editor(table, key=editor_key, hide_index=True, column_config=columns,
                       disabled=[c for c in table.columns if c not in ("Workflow", "Verdict")])
        edits = st.session_state.get(editor_key, {}).get("edited_rows", {})
        if edits:
            if not me.name:
                st.error(NO_NAME.format("each change"))
            else:
                saved, problems = [], []
                for index, change in edits.items():
                    claim = table.iloc[int(index)]
                    try:
                        store.write(
                            review.mark, int(claim["ID"]), me,
                            workflow=workflow_by_label.get(change.get("Workflow")),
                            verdict=verdict_by_label.get(change.get("Verdict")),
                            expected_version=int(claim["Version"]),
                        )
                        saved.append(int(claim["ID"]))
                    except (StaleEdit, FactcheckError) as exc:
                        problems.append(escape_markdown(str(exc)))
                st.session_state["claims_editor_round"] = st.session_state.get("claims_editor_round", 0) + 1
                if saved:
                    st.session_state["claims_toast"] = f"Saved claim{'s' if len(saved) > 1 else ''} " + \
                        ", ".join(map(str, saved)) + "."
                st.session_state["claims_problems"] = problems
                st.rerun()
    for problem in st.session_state.pop("claims_problems", []):
        st.error(problem, icon=":material/sync_problem:")
    if "claims_toast" in st.session_state:
        st.toast(st.session_state.pop("claims_toast"), icon=":material/check:")

    if pages > 1:
        nav = st.columns([1, 1, 4], vertical_alignment="center")
        nav[0].button("Previous", disabled=page <= 1, key="claims_prev", icon=":material/chevron_left:",
                      on_click=set_key, args=("page", page - 1 if page > 2 else ""))
        nav[1].button("Next", disabled=page >= pages, key="claims_next", icon=":material/chevron_right:",
                      on_click=set_key, args=("page", page + 1))
        nav[2].caption(f"Page {page} of {pages}")


# ---- all matching claims at once: bulk mark and export -------------------------------------------
def cancel_bulk() -> None:
    st.session_state.pop("claims_bulk_pending", None)


@st.dialog("Apply to every matching claim", on_dismiss=cancel_bulk)
def confirm_bulk(pending: dict) -> None:
    """The reviewer sees how many claims will change, and what, before anything is written."""
    change, count = pending["change"], pending["count"]
    what = []
    if change["workflow"]:
        what.append(f"workflow → {models.WORKFLOW_LABELS[change['workflow']]}")
    if change["verdict"]:
        what.append("verdict → " + models.VERDICT_LABELS.get(change["verdict"], "no verdict"))
    st.markdown(f"This changes **{count:,} claims** ({escape_markdown(pending['sentence'])}): {', '.join(what)}. "
                "Each claim gets its own entry in its history.")
    apply, cancel = st.columns(2)
    if cancel.button("Cancel", key="claims_bulk_cancel"):
        cancel_bulk()
        st.rerun()
    if apply.button(f"Apply to {count:,} claims", type="primary", key="claims_bulk_confirm"):
        try:
            done = store.write(review.bulk_mark, filters.build_where(pending["pairs"]), actor(),
                               expected_count=count, **change)
        except FactcheckError as exc:
            st.error(escape_markdown(str(exc)))
            return
        cancel_bulk()
        st.session_state["claims_toast"] = f"Marked {done:,} claims."
        st.session_state["claims_bulk_undo"] = {"reviewer": done.reviewer, "changed_at": done.changed_at,
                                                "count": int(done)}
        st.rerun()


def undo_bulk(undo: dict) -> None:
    """The undo button's callback: every claim of the last bulk mark back as it was, or none."""
    st.session_state.pop("claims_bulk_undo", None)  # one try: after a refusal the claims need a look
    try:
        n = store.write(review.undo_bulk, actor(), **undo)
    except FactcheckError as exc:
        st.session_state["claims_bulk_undo_error"] = str(exc)
    else:
        st.session_state["claims_toast"] = f"Undone: {n:,} claims are back as they were."


with table_col:
    bulk_tab, export_tab = st.tabs([f"Mark all {total:,} matching", f"Export {total:,} matching"])
    with bulk_tab:
        if not me.can("bulk_mark"):
            st.caption(access.needs("bulk_mark"))
        with st.form("claims_bulk_form", border=False, enter_to_submit=False):
            cols = st.columns(2)
            workflow = cols[0].selectbox("Set workflow", [None, *models.WORKFLOW_IDS_IN_ORDER],
                                         format_func=lambda w: "Leave as is" if w is None else models.WORKFLOW_LABELS[w],
                                         key="claims_bulk_workflow")
            verdict = cols[1].selectbox(
                "Set verdict", [None, *models.VERDICT_IDS_IN_ORDER, review.CLEAR_VERDICT],
                format_func=lambda v: "Leave as is" if v is None else models.VERDICT_LABELS.get(v, "Remove the verdict"),
                key="claims_bulk_verdict")
            note = st.text_input("Note for each claim's history", key="claims_bulk_note")
            asked = st.form_submit_button(f"Review and apply to {total:,} claims…", disabled=not me.can("bulk_mark"))
        if asked:
            if not me.name:
                st.error(NO_NAME.format("each change"))
            elif workflow is None and verdict is None:
                st.error("Choose a workflow or a verdict to apply.")
            else:
                st.session_state["claims_bulk_pending"] = {
                    "change": {"workflow": workflow, "verdict": verdict, "note": note}, "count": total,
                    "sentence": sentence, "pairs": where.pairs()}
    if "claims_bulk_pending" in st.session_state:
        confirm_bulk(st.session_state["claims_bulk_pending"])
    if "claims_bulk_undo" in st.session_state and me.can("bulk_mark"):
        last = st.session_state["claims_bulk_undo"]
        bulk_tab.button(f"Undo the change of {last['count']:,} claims", key="claims_bulk_undo_button",
                        icon=":material/undo:", on_click=undo_bulk, args=(last,))
    if "claims_bulk_undo_error" in st.session_state:
        bulk_tab.error(escape_markdown(st.session_state.pop("claims_bulk_undo_error")), icon=":material/sync_problem:")
    with export_tab:
        cols = st.columns([2, 1, 2], vertical_alignment="bottom")
        fmt = cols[0].selectbox("Format", ["csv", "json", "jsonl", "claimreview"], key="claims_export_format",
                                format_func={
            "csv": "CSV (spreadsheet)", "json": "JSON", "jsonl": "JSON Lines",
            "claimreview": "ClaimReview JSON-LD (claims with a verdict)"}.get)
        excel = cols[1].checkbox("For Excel", key="claims_export_excel", disabled=fmt != "csv",
                                 help="Adds a byte-order mark so Excel reads accents and quotes right.")
        file_name = f"claims{'-excel' if excel and fmt == 'csv' else ''}.{export.EXTENSIONS[fmt]}"

        def export_file(progress=None):
            """Write the export to a temporary file, row by row, and hand it over to download."""
            out = tempfile.TemporaryFile(buffering=0)  # raw file: Streamlit reads it to the end
            with store.connect() as con:
                if fmt == "csv":  # DuckDB writes the file itself, the same way the CLI does
                    with tempfile.TemporaryDirectory() as tmp:
                        written = Path(tmp) / file_name
                        rows = export.write_csv_file(con, where, written, excel=excel)
                        with open(written, "rb") as part:
                            shutil.copyfileobj(part, out)
                        if progress:
                            progress(rows)
                else:
                    text = open(out.fileno(), "w", encoding="utf-8", newline="", closefd=False)
                    with text:
                        export.write(queries.export_rows(con, where), text, fmt, progress=progress)
            out.seek(0)
            return out

        if total <= export.PREPARE_OVER:
            cols[2].download_button(f"Download {file_name}", data=export_file, file_name=file_name,
                                    mime=export.MEDIA_TYPES[fmt], key="claims_download", icon=":material/download:",
                                    on_click="ignore")
        elif cols[2].button(f"Prepare {total:,} claims", key="claims_prepare", icon=":material/hourglass:"):
            bar = st.progress(0.0, text="Writing the export…")
            prepared = export_file(progress=lambda done: bar.progress(min(done / total, 1.0),
                                                                       text=f"{done:,} of {total:,} claims"))
            bar.progress(1.0, text=f"{total:,} claims ready")
            st.download_button(f"Download {file_name}", data=prepared, file_name=file_name,
                               mime=export.MEDIA_TYPES[fmt], key="claims_download_prepared",
                               icon=":material/download:", on_click="ignore")
