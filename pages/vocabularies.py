"""Vocabularies: the desk's words for verdicts, workflow stages, attributions and kinds of source.
Admins rename them here; every page, chart and export shows the new word at once."""
import pandas as pd
import streamlit as st

from factcheck import access, vocabulary
from factcheck.highlight import escape_markdown
from factcheck.errors import FactcheckError
from pages.common import NO_NAME, actor, cached, enter_via_app, get_store

enter_via_app(__file__)
store = get_store()
me = actor()
st.title("Vocabularies")
st.caption("The words reviewers read for each verdict, workflow stage, kind of attribution and kind of source. "
           "A new label shows everywhere at once; filters, shared links and exports keep working, because they "
           "use the fixed term on the left, not the label. Type a new label, then press Enter or Save.")
allowed = me.can("edit_vocabulary")
if not allowed:
    st.info(access.needs("edit_vocabulary"), icon=":material/lock:")
if "vocabulary_toast" in st.session_state:
    st.toast(st.session_state.pop("vocabulary_toast"), icon=":material/check:")

labels = cached(vocabulary.load)
for key, vocab in vocabulary.VOCABULARIES.items():
    st.subheader(vocab.name)
    current = labels[key]
    # One text box per term, in a form: type, Tab to the next, Enter or the button saves them all.
    with st.form(f"vocabulary_{key}_form", enter_to_submit=True):
        typed = {}
        for term, label in current.items():
            term_col, label_col = st.columns([1, 2], vertical_alignment="center")
            term_col.markdown(f"`{term}`")
            typed[term] = label_col.text_input(f"Label for {term}", label, key=f"vocabulary_{key}_{term}",
                                               max_chars=vocabulary.MAX_LABEL, disabled=not allowed,
                                               label_visibility="collapsed")
        saved = st.form_submit_button(f"Save {vocab.name.lower()}", disabled=not allowed)
    if saved:
        changes = {term: text for term, text in typed.items() if text != current[term]}
        if not me.name:
            st.error(NO_NAME.format("the change"))
        elif not changes:
            st.info("Nothing changed.")
        else:
            try:
                done = store.write(vocabulary.rename, me, key, changes)
            except FactcheckError as exc:
                st.error(escape_markdown(str(exc)), icon=":material/error:")
            else:
                for term in changes:  # the boxes show the stored labels after the rerun
                    st.session_state.pop(f"vocabulary_{key}_{term}", None)
                st.session_state["vocabulary_toast"] = f"Renamed {done} label{'s' if done != 1 else ''} in {vocab.name}."
                st.rerun()

st.subheader("Changes")
changes = cached(vocabulary.history)
if not changes:
    st.caption("No label has been renamed yet: these are the labels the desk shipped with.")
else:
    st.dataframe(pd.DataFrame(changes), hide_index=True, key="vocabulary_history",
                 column_config={"When": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm:ss")})
