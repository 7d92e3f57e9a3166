"""Vocabularies: the desk's words for verdicts, workflow stages, attributions and kinds of source.
Admins rename them here; every page, chart and export shows the new word at once."""
import pandas as pd
import streamlit as st

from factcheck import vocabulary
from factcheck.highlight import escape_markdown
from factcheck.errors import FactcheckError
from pages.common import NO_NAME, actor, cached, enter_via_app, get_store, role_note

enter_via_app(__file__)
store = get_store()
me = actor()
st.title("Vocabularies")
st.caption("The words reviewers read for each verdict, workflow stage, kind of attribution and kind of source. "
           "A new label shows everywhere at once; filters, shared links and exports keep working, because they "
           "use the fixed term on the left, not the label.")
allowed = me.can("edit_vocabulary")
if not allowed:
    st.info(role_note("edit_vocabulary"), icon=":material/lock:")
if "vocabulary_toast" in st.session_state:
    st.toast(st.session_state.pop("vocabulary_toast"), icon=":material/check:")

labels = cached(vocabulary.load)
for key, vocab in vocabulary.VOCABULARIES.items():
    st.subheader(vocab.name)
    current = labels[key]
    table = pd.DataFrame({"Term": list(current), "Label": list(current.values())})
    with st.form(f"vocabulary_{key}_form", border=False, enter_to_submit=False):
        edited = st.data_editor(
            table, key=f"vocabulary_{key}", hide_index=True, num_rows="fixed", disabled=["Term"] if allowed else True,
            column_config={"Term": st.column_config.TextColumn("Term", help="Fixed: used in links, filters, exports"),
                           "Label": st.column_config.TextColumn("Label", max_chars=vocabulary.MAX_LABEL,
                                                                required=True)})
        saved = st.form_submit_button(f"Save {vocab.name.lower()}", disabled=not allowed)
    if saved:
        changes = {term: label for term, label in zip(edited["Term"], edited["Label"]) if label != current[term]}
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
                st.session_state["vocabulary_toast"] = f"Renamed {done} label{'s' if done != 1 else ''} in {vocab.name}."
                st.rerun()

st.subheader("Changes")
changes = cached(vocabulary.history)
if not changes:
    st.caption("No label has been renamed yet: these are the labels the desk shipped with.")
else:
    st.dataframe(pd.DataFrame(changes), hide_index=True, key="vocabulary_history",
                 column_config={"When": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm:ss")})
