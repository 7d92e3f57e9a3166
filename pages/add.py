"""Add: a new article (paste, file or link) with the claims found in it, or a claim set from a file."""
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from factcheck import access, fetch, importers, ingest, models
from factcheck.errors import FactcheckError
from factcheck.extract import extract_article
from factcheck.highlight import escape_markdown, highlighted_spans
from factcheck.importers import mapping
from pages.common import actor, enter_via_app, get_store

enter_via_app(__file__)
store = get_store()
me = actor()
st.title("Add to the desk")
if not me.can("ingest"):
    st.info(access.needs("ingest"), icon=":material/lock:")
    st.stop()

ATTRIBUTION_BY_LABEL = {label: a for a, label in models.ATTRIBUTION_LABELS.items()}
article_tab, set_tab = st.tabs(["A new article", "A claim set from a file"])


def start_draft(draft: ingest.Draft) -> None:
    """Keep the draft and its candidate claims for the reviewer to check."""
    found = extract_article(draft.text, draft.published)
    draft.candidates = found["claims"]
    st.session_state["ingest_draft"] = draft
    st.session_state["ingest_round"] = st.session_state.get("ingest_round", 0) + 1


with article_tab:
    how = st.radio("Where is the article?", ["Paste the text", "Upload a file", "From a link"], horizontal=True,
                   key="ingest_how")
    try:
        if how == "Paste the text":
            with st.form("ingest_paste_form", border=False):
                pasted = st.text_area("Article text", key="ingest_text", height=220,
                                      placeholder="Paste the article: headline, then the body.")
                published = st.date_input("Published on", value=None, key="ingest_paste_date", format="YYYY-MM-DD")
                if st.form_submit_button("Find the claims", type="primary"):
                    draft = ingest.from_text(pasted)
                    draft.published = published
                    start_draft(draft)
        elif how == "Upload a file":
            upload = st.file_uploader("A .txt, .html or .md file", type=["txt", "html", "htm", "md"],
                                      key="ingest_file")
            if upload is not None and st.button("Find the claims", type="primary", key="ingest_file_go"):
                try:
                    raw = upload.getvalue().decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise FactcheckError(f"{upload.name} is not UTF-8 text; save it as UTF-8 and upload it again.")
                suffix = Path(upload.name).suffix.lower()
                draft = (ingest.from_html(raw) if suffix in (".html", ".htm")
                         else ingest.from_markdown(raw) if suffix == ".md" else ingest.from_text(raw))
                start_draft(draft)
        else:
            with st.form("ingest_url_form", border=False):
                url = st.text_input("Link to the article", key="ingest_url", placeholder="https://…")
                if st.form_submit_button("Fetch and find the claims", type="primary"):
                    with st.spinner("Fetching the page…"):
                        html, final_url = fetch.fetch(url.strip())
                    start_draft(ingest.from_html(html, final_url))
    except FactcheckError as exc:
        st.error(escape_markdown(str(exc)), icon=":material/error:")

    draft = st.session_state.get("ingest_draft")
    if draft is None:
        st.caption("The claims, speakers and figures found in the article appear here for you to check before "
                   "anything is saved.")
    else:
        round_ = st.session_state.get("ingest_round", 0)
        st.subheader("About the article")
        cols = st.columns([3, 2, 1])
        draft.title = cols[0].text_input("Title", draft.title, key=f"ingest_title_{round_}")
        draft.outlet = cols[1].text_input("Outlet", draft.outlet, key=f"ingest_outlet_{round_}")
        draft.published = cols[2].date_input("Published on", draft.published, key=f"ingest_published_{round_}",
                                             format="YYYY-MM-DD")
        draft.url = st.text_input("Link", draft.url, key=f"ingest_link_{round_}")

        st.subheader(f"{len(draft.candidates)} claims found")
        st.caption("Untick what is not a claim; correct the speaker, how it was attributed or a figure; then save.")
        claims = pd.DataFrame({
            "Keep": [c.get("keep", True) for c in draft.candidates],
            "Claim": [c["text"] for c in draft.candidates],
            "Said by": [c.get("speaker") or "" for c in draft.candidates],
            "Role": [c.get("speaker_role") or "" for c in draft.candidates],
            "How": [models.ATTRIBUTION_LABELS[c["attribution"]] for c in draft.candidates],
            "Cue": [c.get("cue") or "" for c in draft.candidates],
            "Said on": [date.fromisoformat(c["said_at"]) if c.get("said_at") else None for c in draft.candidates],
            "Hedges": [", ".join(c.get("hedges") or []) for c in draft.candidates],
        })
        edited = st.data_editor(claims, key=f"ingest_claims_{round_}", hide_index=True, num_rows="fixed",
                                column_config={
                                    "Keep": st.column_config.CheckboxColumn("Keep", width="small"),
                                    "Claim": st.column_config.TextColumn("Claim", width="large", required=True),
                                    "How": st.column_config.SelectboxColumn(
                                        "How", options=list(ATTRIBUTION_BY_LABEL), required=True),
                                    "Said on": st.column_config.DateColumn("Said on", format="YYYY-MM-DD"),
                                })
        figure_rows = ingest.figures_of(draft.candidates)
        figures_edited = None
        if figure_rows:
            st.markdown("**Figures in those claims**")
            figures_edited = st.data_editor(pd.DataFrame({
                "Keep": [f.get("keep", True) for _, f in figure_rows],
                "Figure": [f["surface"] for _, f in figure_rows],
                "Value": [f.get("value") for _, f in figure_rows],
                "Unit": [f["unit"] for _, f in figure_rows],
                "What is counted": [f.get("quantity") or "" for _, f in figure_rows],
                "Approximate": [bool(f.get("approx")) for _, f in figure_rows],
            }), key=f"ingest_figures_{round_}", hide_index=True, num_rows="fixed", disabled=["Figure"],
                column_config={"Unit": st.column_config.SelectboxColumn("Unit", options=list(models.UNITS),
                                                                        required=True)})

        kept = edited["Keep"].tolist()
        with st.expander("The article with the kept claims highlighted", expanded=True):
            spans = [(c["start"], c["end"]) for c, keep in zip(draft.candidates, kept) if keep]
            for paragraph in highlighted_spans(draft.text, spans):
                st.markdown(paragraph)

        with st.expander("Add a claim the finder missed"):
            with st.form(f"ingest_missed_{round_}", border=False, clear_on_submit=True):
                passage = st.text_area("The claim's words, copied from the article", key=f"ingest_missed_text_{round_}",
                                       height=80)
                cols = st.columns([2, 2, 1])
                who = cols[0].text_input("Said by", key=f"ingest_missed_speaker_{round_}")
                how_label = cols[1].selectbox("How", list(ATTRIBUTION_BY_LABEL), key=f"ingest_missed_how_{round_}",
                                              index=list(ATTRIBUTION_BY_LABEL).index(
                                                  models.ATTRIBUTION_LABELS["paraphrase"]))
                cue = cols[2].text_input("Cue", key=f"ingest_missed_cue_{round_}", placeholder="said")
                if st.form_submit_button("Add to the list"):
                    try:
                        missed = ingest.missed_claim(draft, passage, who, ATTRIBUTION_BY_LABEL[how_label], cue)
                    except FactcheckError as exc:
                        st.error(escape_markdown(str(exc)), icon=":material/error:")
                    else:
                        # the tables start again from the candidates once a row is added: keep the edits in them
                        draft.candidates = ingest.with_edits(
                            draft.candidates, edited.to_dict("records"),
                            figures_edited.to_dict("records") if figures_edited is not None else [])
                        draft.candidates.append(missed)
                        st.session_state["ingest_missed_added"] = missed["text"]
                        st.rerun()
        if "ingest_missed_added" in st.session_state:
            st.toast(f"Added “{escape_markdown(st.session_state.pop('ingest_missed_added')[:60])}” to the list.",
                     icon=":material/add:")

        if st.button(f"Save the article and {sum(kept)} claims", type="primary", key="ingest_save"):
            figure_edits = figures_edited.to_dict("records") if figures_edited is not None else []
            accepted = ingest.reviewed(draft.candidates, edited.to_dict("records"), figure_edits)
            try:
                article_id, added = store.write(ingest.save, draft, accepted, me)
            except FactcheckError as exc:
                st.error(escape_markdown(str(exc)), icon=":material/error:")
            else:
                st.session_state.pop("ingest_draft", None)
                st.session_state["ingest_saved"] = (article_id, added, draft.title)
                st.rerun()

    if "ingest_saved" in st.session_state:
        article_id, added, title = st.session_state.pop("ingest_saved")
        claims = importers.count(added, "new claim")
        st.toast(f"Saved “{escape_markdown(title[:60])}” with {claims}.", icon=":material/check:")
        st.success(f"Saved “{escape_markdown(title)}”: {claims}.", icon=":material/check:")
        st.page_link("pages/claims.py", label="See its claims", icon=":material/arrow_forward:",
                     query_params={"article__in": str(article_id)})


def import_form(upload, workdir: Path) -> None:
    """The column and label mapping and the import buttons for one uploaded file."""
    try:
        path = importers.readers.save_upload(workdir, upload.name, upload.getvalue())
        fmt_guess = importers.readers.guess_format(path)
        fmt = st.selectbox("Format", importers.FORMATS, index=importers.FORMATS.index(fmt_guess),
                           key="import_format")
        preview = importers.preview(path, fmt)
    except FactcheckError as exc:
        st.error(escape_markdown(str(exc)), icon=":material/error:")
        st.stop()
    st.markdown(f"**{importers.count(preview.records, 'record')}** in {escape_markdown(upload.name)}. "
                "The first few:")
    st.dataframe(preview.head, hide_index=True, key="import_preview")

    st.markdown("**Which column is which**")
    none = "(not in this file)"
    chosen = {}
    cols = st.columns(3)
    for i, (field, label) in enumerate(mapping.FIELDS.items()):
        options = [none] + preview.columns
        default = preview.guessed.get(field)
        pick = cols[i % 3].selectbox(label, options, index=options.index(default) if default else 0,
                                     key=f"import_map_{field}")
        if pick != none:
            chosen[field] = pick
    verdict_map = {}
    if "verdict" in chosen:
        labels = importers.labels_in(path, fmt, chosen["verdict"])
        st.markdown(f"**What the {len(labels)} labels in “{escape_markdown(chosen['verdict'])}” mean**")
        targets = ["none", *models.VERDICT_IDS_IN_ORDER]
        cols = st.columns(3)
        for i, label in enumerate(labels[:60]):
            guess = mapping.VERDICT_GUESSES.get(mapping.fold(label))
            verdict_map[label] = cols[i % 3].selectbox(
                f"“{label}” means", targets, index=targets.index(guess) if guess else 0,
                format_func=lambda v: "no verdict" if v == "none" else models.VERDICT_LABELS[v],
                key=f"import_verdict_{i}")
        if len(labels) > 60:
            st.warning("More than 60 labels: map the rest with the command line's --verdict-map.")
    name = st.text_input("Name of the claim set", upload.name, key="import_name",
                         help="Importing into the same name again adds only claims not already there.")
    check, go = st.columns(2)
    dry = check.button("Check without importing", key="import_check")
    real = go.button(f"Import {importers.count(preview.records, 'record')}", type="primary", key="import_go")
    if dry or real:
        bar = st.progress(0.0, text="Starting…")
        try:
            report = importers.import_file(
                store, path, fmt, columns={column: field for field, column in chosen.items()},
                verdicts=verdict_map, name=name, dry_run=dry, exact_columns=True,
                progress=lambda what, done: bar.progress(done, text=what), actor=me)
        except FactcheckError as exc:
            bar.empty()
            st.error(escape_markdown(str(exc)), icon=":material/error:")
        else:
            (st.info if dry else st.success)(escape_markdown(report.summary()))
            if not dry:
                st.toast(escape_markdown(report.summary()), icon=":material/check:")


with set_tab:
    if not me.can("import"):
        st.info(access.needs("import"), icon=":material/lock:")
        st.stop()
    upload = st.file_uploader("CSV, TSV, JSON, JSON Lines, Parquet or ClaimReview JSON-LD",
                              type=["csv", "tsv", "json", "jsonl", "ndjson", "parquet", "jsonld"], key="import_file")
    if upload is None:
        st.caption("Columns are matched to claim fields by name, and you can change the match. Nothing is written "
                   "until you import, and then either every record is imported or none.")
    else:
        # the upload is written to a folder that is removed when this run ends (also on st.stop):
        # nothing a reviewer uploads stays on the server's disk
        with tempfile.TemporaryDirectory(prefix="factcheck-import-") as workdir:
            import_form(upload, Path(workdir))
