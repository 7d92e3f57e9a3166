"""Sign-in and roles as the pages show them (AppTest with a seeded st.user; the browser test with a
real OpenID provider is test_browser_signin.py). The writes also check roles themselves
(test_access.py), whatever the page drew."""
from streamlit.testing.v1 import AppTest

from factcheck import access, queries, review
from factcheck.store import Store

AUTH = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
        "client_id": "desk", "client_secret": "secret",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"}
ROLES = {"admin": ["chief@desk.example"], "reviewer": ["@desk.example"], "viewer": ["@partner.example"]}


def signed_in(email, page=None, logged_in=True, **query):
    at = AppTest.from_file("../app.py", default_timeout=30)
    at.secrets["auth"] = AUTH
    at.secrets["roles"] = ROLES
    at.user = {"is_logged_in": logged_in, "email": email, "email_verified": True, "name": email.split("@")[0]}
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def events(path):
    return Store(path).read(lambda con: con.execute("SELECT count(*) FROM status_events").fetchone()[0])


def test_signed_out_visitors_see_only_the_sign_in_button(app_db):
    at = signed_in("", logged_in=False)
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.metric and not at.dataframe  # no claims before sign-in


def test_someone_without_a_role_is_told_to_ask_an_admin(app_db):
    at = signed_in("stranger@elsewhere.example")
    shown = at.warning[0].value.replace("\\", "")  # the markdown source escapes the e-mail
    assert "signed in as stranger@elsewhere.example, but you have no role" in shown
    assert [b.label for b in at.button] == ["Sign out"] and not at.metric


def test_the_sidebar_names_the_signed_in_person_and_role(app_db):
    at = signed_in("ana@desk.example")
    assert "ana@desk.example · Reviewer" in [c.value.replace("\\", "") for c in at.sidebar.caption]
    assert not at.sidebar.text_input  # no free-text name when signed in
    assert at.metric  # the overview is there


def test_local_mode_shows_its_badge_and_asks_for_a_name(app_db):
    at = AppTest.from_file("../app.py", default_timeout=30)
    at.run()
    assert "Local mode" in at.sidebar.markdown[0].value
    assert at.sidebar.text_input(key="reviewer").label == "Reviewing as"


def test_a_viewer_sees_a_locked_form(app_db):
    at = signed_in("reader@partner.example", "pages/claim.py", id="5")
    assert at.button(key="FormSubmitter:claim_mark_form-Save").disabled
    assert at.selectbox(key="claim_verdict").disabled and at.text_area(key="claim_note").disabled
    assert any("need the reviewer role" in c.value for c in at.caption)


def test_a_save_from_someone_demoted_meanwhile_changes_nothing(app_db):
    """The form was drawn for a reviewer; by the click, the roles say viewer. The role is read
    again on every rerun (Streamlit then drops the click on the now-disabled form; review.mark
    would refuse it anyway, see test_access.py)."""
    at = signed_in("ana@desk.example", "pages/claim.py", id="5")
    at.selectbox(key="claim_verdict").select("accurate")
    at.secrets["roles"] = {**ROLES, "viewer": ["ana@desk.example"]}
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    assert not at.toast and at.button(key="FormSubmitter:claim_mark_form-Save").disabled
    assert Store(app_db).read(queries.claim_detail, 5)["verdict"] is None and events(app_db) == 0


def test_a_reviewer_marks_and_the_history_names_their_email(app_db):
    at = signed_in("ana@desk.example", "pages/claim.py", id="5")
    at.selectbox(key="claim_verdict").select("unverifiable")
    at.button(key="FormSubmitter:claim_mark_form-Save").click().run()
    assert not at.error
    claim = Store(app_db).read(queries.claim_detail, 5)
    assert (claim["verdict"], claim["reviewer"]) == ("unverifiable", "ana@desk.example")


def test_the_add_page_by_role(app_db):
    viewer = signed_in("reader@partner.example", "pages/add.py")
    assert "To add articles you need the reviewer role" in viewer.info[0].value and not viewer.tabs
    reviewer = signed_in("ana@desk.example", "pages/add.py")
    assert [t.label for t in reviewer.tabs] == ["A new article", "A claim set from a file"]
    assert any("To import claim sets you need the admin role" in i.value for i in reviewer.info)
    admin = signed_in("chief@desk.example", "pages/add.py")
    assert not admin.info


def test_bulk_marking_is_for_admins(app_db):
    reviewer = signed_in("ana@desk.example", "pages/claims.py")
    assert reviewer.button(key="FormSubmitter:claims_bulk_form-Review and apply to 26 claims…").disabled
    assert not reviewer.toggle(key="claims_edit_mode").disabled  # marking in the table is for reviewers
    viewer = signed_in("reader@partner.example", "pages/claims.py")
    assert viewer.toggle(key="claims_edit_mode").disabled
    admin = signed_in("chief@desk.example", "pages/claims.py")
    assert not admin.button(key="FormSubmitter:claims_bulk_form-Review and apply to 26 claims…").disabled


def test_an_admin_renames_a_verdict_and_the_claims_page_shows_it(app_db):
    Store(app_db).ensure()
    Store(app_db).write(review.mark, 5, access.local("Bo"), verdict="inaccurate")
    at = signed_in("chief@desk.example", "pages/vocabularies.py")
    assert not at.info  # admins are not told to ask anyone
    box = at.text_input(key="vocabulary_verdict_inaccurate")
    assert box.value == "Inaccurate" and box.label == "Label for inaccurate"
    box.input("False")
    at.button(key="FormSubmitter:vocabulary_verdict_form-Save verdicts").click().run()
    assert not at.error and "Renamed 1 label in Verdicts." in at.toast[0].value
    assert Store(app_db).read(lambda con: con.execute(
        "SELECT label FROM verdicts WHERE id = 'inaccurate'").fetchone()[0]) == "False"
    at.switch_page("pages/claims.py")
    at.run()
    table = at.dataframe[0].value.set_index("ID")
    assert table.loc[5, "Verdict"] == "False"
    verdict_facet = next(g for g in at.get("button_group") if g.label == "Verdict")
    assert "False · 1" in [o.content for o in verdict_facet.proto.options]


def test_reviewers_see_the_vocabularies_but_cannot_save(app_db):
    at = signed_in("ana@desk.example", "pages/vocabularies.py")
    assert "To edit the vocabularies you need the admin role" in at.info[0].value
    assert at.button(key="FormSubmitter:vocabulary_verdict_form-Save verdicts").disabled
    assert at.text_input(key="vocabulary_verdict_inaccurate").disabled
