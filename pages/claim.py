"""One claim: highlighted in its article, with its speaker, figures, status form and history."""
import pandas as pd
import streamlit as st

from factcheck import access, models, queries, review
from factcheck.errors import FactcheckError, StaleEdit
from factcheck.highlight import escape_markdown, markdown_link, highlighted_paragraphs, span_in_context
from pages.common import NO_NAME, actor, enter_via_app, get_store, id_from_url, run

enter_via_app(__file__)
store = get_store()

claim_id, raw_id = id_from_url()


def _load(con, claim_id):
    detail = queries.claim_detail(con, claim_id)
    if detail is None:
        return None, [], None
    return detail, queries.claim_figures(con, claim_id), queries.claim_history(con, claim_id)


claim, figures, history = run(store.read, _load, claim_id) if claim_id is not None else (None, [], None)
if claim is None:
    st.title("Claim")
    what = f"There is no claim {escape_markdown(raw_id)}." if raw_id else "No claim was chosen."
    st.info(f"{what} Pick one from the claims table.")
    st.page_link("pages/claims.py", label="Go to the claims", icon=":material/arrow_back:")
    st.stop()

# The version this reviewer is looking at: saves are checked against it, not against a fresh read.
loaded_key = f"claim_{claim_id}_loaded_version"
if loaded_key not in st.session_state:
    st.session_state[loaded_key] = claim["version"]

if "claim_saved_toast" in st.session_state:  # set just before the rerun that follows a save
    st.toast(st.session_state.pop("claim_saved_toast"), icon=":material/check:")
if st.button("Back to the claims", icon=":material/arrow_back:", type="tertiary", key="claim_back"):
    st.switch_page("pages/claims.py", query_params=st.session_state.get("claims_last_query", {}))
st.title(f"Claim {claim_id}")
st.markdown(f"### {escape_markdown(claim['text'])}")
if claim["quote"]:
    st.markdown("> " + escape_markdown(claim["quote"]))

verdict_label = models.VERDICT_LABELS.get(claim["verdict"], models.NO_VERDICT_LABEL)
headline = {
    "Said by": claim["speaker"] or "The article itself",
    "How": models.ATTRIBUTION_LABELS[claim["attribution"]],
    "Workflow": models.WORKFLOW_LABELS[claim["workflow"]],
    "Verdict": verdict_label,
}
for col, (label, value) in zip(st.columns(len(headline)), headline.items()):
    col.caption(label)
    col.markdown(f"**{escape_markdown(value)}**")

facts = {
    "Role": claim["speaker_role"],
    "Kind of source": models.SOURCE_KIND_LABELS.get(claim["speaker_kind"]) if claim["speaker_kind"] else None,
    "Country": claim["speaker_country"],
    "Cue": claim["cue"],
    "Said on": claim["said_at"].isoformat() if claim["said_at"] else "not stated in the article",
    "Hedges": ", ".join(claim["hedges"]) or "none",
    "Last changed by": (
        f"{claim['reviewer']} at {claim['updated_at']:%Y-%m-%d %H:%M %Z}" if claim["reviewer"] else "nobody yet"
    ),
    "Article": f"{claim['article_title']} ({claim['outlet'] or 'unknown outlet'}, "
    f"{claim['published_at']:%Y-%m-%d})" if claim["published_at"] else claim["article_title"],
}
st.markdown(
    "\n".join(f"- **{label}:** {escape_markdown(str(value))}" for label, value in facts.items() if value)
)

text_col, side_col = st.columns([3, 2], gap="large")
with text_col:
    st.subheader("In the article")
    if not claim["body"]:
        st.info(f"This claim came from “{escape_markdown(claim['article_title'])}”, a claim set without "
                "article text.", icon=":material/dataset:")
        if claim["review_url"]:
            st.markdown(f"Fact-check by {escape_markdown(claim['review_publisher'] or 'the publisher')}: "
                        + markdown_link(claim["review_url"]))
    else:
        with st.container(border=True, key="claim_context"):
            for paragraph in span_in_context(claim["body"], claim["span_start"], claim["span_end"]):
                st.markdown(paragraph)
        with st.expander("The whole article, claim highlighted", expanded=False):
            with st.container(key="claim_article_text"):
                for paragraph in highlighted_paragraphs(claim["body"], claim["span_start"], claim["span_end"]):
                    st.markdown(paragraph)

with side_col:
    st.subheader("Figures")
    if figures:
        st.dataframe(
            pd.DataFrame(
                {
                    "Figure": [f["surface"] for f in figures],
                    "Value": [f["value"] for f in figures],
                    "Unit": [f["unit"] for f in figures],
                    "What is counted": [f["quantity"] for f in figures],
                    "Approximate": [f["approx"] for f in figures],
                    "Derived how": [f["derivation"] or "" for f in figures],
                }
            ),
            hide_index=True,
            key="claim_figures",
        )
    else:
        st.caption("No figures in this claim.")

    st.subheader("Mark status")
    me = actor()
    locked = not me.can("mark")
    if locked:
        st.caption(access.needs("mark"))
    workflow_ids = list(models.WORKFLOW_IDS_IN_ORDER)
    verdict_ids = [review.CLEAR_VERDICT, *models.VERDICT_IDS_IN_ORDER]
    with st.form("claim_mark_form", enter_to_submit=False):
        workflow = st.selectbox(
            "Workflow", workflow_ids, index=workflow_ids.index(claim["workflow"]),
            format_func=models.WORKFLOW_LABELS.get, key="claim_workflow", disabled=locked,
        )
        verdict = st.selectbox(
            "Verdict", verdict_ids, index=verdict_ids.index(claim["verdict"] or review.CLEAR_VERDICT),
            format_func=lambda v: models.VERDICT_LABELS.get(v, models.NO_VERDICT_LABEL), key="claim_verdict",
            disabled=locked,
        )
        note = st.text_area("Note", key="claim_note", placeholder="Why: what you checked and found", disabled=locked)
        evidence = st.text_area("Evidence links", key="claim_evidence", height=68,
                                placeholder="https://… (one per line)", disabled=locked)
        saved = st.form_submit_button("Save", type="primary", disabled=locked)
    if saved:  # a viewer's replayed click lands here too, and review.mark refuses it
        if not me.name:
            st.error(NO_NAME.format("the change"))
        else:
            try:
                result = store.write(
                    review.mark, claim_id, me, workflow=workflow, verdict=verdict,
                    note=note, evidence=evidence, expected_version=st.session_state[loaded_key],
                )
            except StaleEdit as exc:
                st.error(escape_markdown(str(exc)) + " Your input is still in the form.", icon=":material/sync_problem:")
                st.session_state[loaded_key] = exc.current.get("version", st.session_state[loaded_key])
            except FactcheckError as exc:
                st.error(escape_markdown(str(exc)), icon=":material/error:")
            else:
                st.session_state[loaded_key] = result["version"]
                for key in ("claim_note", "claim_evidence"):
                    st.session_state.pop(key, None)
                st.session_state["claim_saved_toast"] = f"Saved claim {claim_id} (now version {result['version']})."
                st.session_state["claim_undo"] = {"claim": claim_id, "version": result["version"],
                                                  "before": {"workflow": claim["workflow"], "verdict": claim["verdict"]}}
                st.rerun()
    undo = st.session_state.get("claim_undo")
    if undo and undo["claim"] == claim_id and undo["version"] == claim["version"] and not locked:
        before = undo["before"]
        back_to = (f"{models.WORKFLOW_LABELS[before['workflow']]}, "
                   f"{models.VERDICT_LABELS.get(before['verdict'], models.NO_VERDICT_LABEL)}")

        def undo_my_save() -> None:
            """In a callback: the form's boxes can still be set back before they are drawn again."""
            try:
                result = store.write(review.undo, claim_id, me, before=before, version=undo["version"])
            except FactcheckError as exc:  # a stale edit names who changed it since
                st.session_state["claim_undo_error"] = str(exc)
            else:
                st.session_state.pop("claim_undo", None)
                st.session_state[loaded_key] = result["version"]
                st.session_state["claim_workflow"] = before["workflow"]
                st.session_state["claim_verdict"] = before["verdict"] or review.CLEAR_VERDICT
                st.session_state["claim_saved_toast"] = f"Undone: claim {claim_id} is back to {back_to}."

        st.button(f"Undo my change (back to {back_to})", key="claim_undo_button", icon=":material/undo:",
                  on_click=undo_my_save)
    if "claim_undo_error" in st.session_state:
        st.error(escape_markdown(st.session_state.pop("claim_undo_error")), icon=":material/sync_problem:")

st.subheader("History")
if history is None or history.empty:
    st.caption("No status changes yet: the claim is as it was extracted.")
else:
    st.dataframe(history, hide_index=True, key="claim_history",
                 column_config={"Evidence": st.column_config.ListColumn("Evidence"),
                                "When": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm:ss")})
    links = list(dict.fromkeys(url for urls in history["Evidence"] for url in urls))
    if links:
        st.markdown("**Evidence on file:** " + " · ".join(markdown_link(url) for url in links))
