"""Roles: who may do what, checked by the writes themselves, and the signed-in name in the audit."""
import pytest

from factcheck import access, filters, importers, ingest, queries, review
from factcheck.access import Actor, NotAllowed
from factcheck.errors import InvalidInput
from factcheck.store import REPO_ROOT

ROLES = access.parse_roles({
    "admin": ["chief@desk.example"],
    "reviewer": ["@desk.example", "freelancer@elsewhere.example"],
    "viewer": ["@partner.example", "intern@desk.example"],
})
VIEWER = access.signed_in("reader@partner.example", ROLES)
REVIEWER = access.signed_in("ana@desk.example", ROLES)
ADMIN = access.signed_in("chief@desk.example", ROLES)


def test_roles_by_email_and_by_domain():
    assert access.role_for("Ana@Desk.Example", ROLES) == "reviewer"  # e-mails compare without case
    assert access.role_for("chief@desk.example", ROLES) == "admin"
    assert access.role_for("freelancer@elsewhere.example", ROLES) == "reviewer"
    assert access.role_for("someone@elsewhere.example", ROLES) is None
    assert access.role_for("reader@partner.example", ROLES) == "viewer"
    # an exact e-mail beats its domain, even when the domain's role is higher
    assert access.role_for("intern@desk.example", ROLES) == "viewer"
    assert access.role_for("", ROLES) is None and access.role_for("no-at-sign", ROLES) is None
    # a look-alike domain is not the domain
    assert access.role_for("x@evil-desk.example", ROLES) is None and access.role_for("x@desk.example.evil", ROLES) is None


def test_same_kind_entries_give_the_higher_role():
    roles = access.parse_roles({"viewer": ["@desk.example"], "admin": "@desk.example"})
    assert access.role_for("a@desk.example", roles) == "admin"


def test_an_unverified_email_gets_no_role():
    assert access.signed_in("chief@desk.example", ROLES, email_verified=False).role is None
    assert access.signed_in("chief@desk.example", ROLES, email_verified=None).role == "admin"  # not said: trust


@pytest.mark.parametrize("config, message", [
    ({"editor": ["a@b.org"]}, "Unknown role 'editor'"),
    ({"viewer": ["not an e-mail"]}, "'not an e-mail' is neither an e-mail"),
    ({"viewer": ["@nodot"]}, "'@nodot' is neither"),
    ({"viewer": ["plainname"]}, "'plainname' is neither"),
])
def test_a_wrong_roles_table_is_explained(config, message):
    with pytest.raises(InvalidInput, match=message):
        access.parse_roles(config)


def test_what_each_role_may_do():
    assert [a for a in access.ACTIONS if VIEWER.can(a)] == ["read", "export"]
    assert [a for a in access.ACTIONS if REVIEWER.can(a)] == ["read", "export", "mark", "ingest"]
    assert all(ADMIN.can(a) for a in access.ACTIONS)
    assert not any(Actor("x@y.org", None, True).can(a) for a in access.ACTIONS)
    assert access.local("Ana") == Actor("Ana", "admin", False)  # local mode and the CLI


def _state(store, claim_id):
    return store.read(lambda con: (
        con.execute("SELECT workflow, verdict, version FROM claims WHERE id = ?", [claim_id]).fetchone(),
        con.execute("SELECT count(*) FROM status_events").fetchone()[0]))


def test_a_viewer_cannot_mark_and_nothing_is_written(fresh_store):
    before = _state(fresh_store, 5)
    with pytest.raises(NotAllowed, match="As a viewer you cannot mark claims; that needs the reviewer role"):
        fresh_store.write(review.mark, 5, VIEWER, workflow="done", verdict="accurate")
    with pytest.raises(NotAllowed, match="no role on this desk"):
        fresh_store.write(review.mark, 5, Actor("who@nowhere.example", None, True), workflow="done")
    assert _state(fresh_store, 5) == before


def test_only_admins_bulk_mark(fresh_store):
    where = filters.build_where([("speaker__in", "Yuriy Bondar")])
    with pytest.raises(NotAllowed, match="As a reviewer you cannot mark every matching claim"):
        fresh_store.write(review.bulk_mark, where, REVIEWER, workflow="done")
    assert fresh_store.read(lambda con: con.execute("SELECT count(*) FROM status_events").fetchone()[0]) == 0
    assert fresh_store.write(review.bulk_mark, where, ADMIN, workflow="done") > 0


def test_the_audit_records_the_signed_in_email(fresh_store):
    fresh_store.write(review.mark, 5, REVIEWER, verdict="unverifiable", note="checked")
    claim = fresh_store.read(queries.claim_detail, 5)
    assert claim["reviewer"] == "ana@desk.example"
    history = fresh_store.read(queries.claim_history, 5)
    assert history["Who"].tolist() == ["ana@desk.example"]


def test_viewers_cannot_add_articles_and_reviewers_cannot_import(fresh_store, tmp_path):
    draft = ingest.from_text("A headline\n\nThe minister said on Monday that 12 schools would close.")
    candidate = {"text": "12 schools would close.", "start": 20, "end": 40, "attribution": "paraphrase"}
    with pytest.raises(NotAllowed, match="cannot add articles"):
        fresh_store.write(ingest.save, draft, [candidate], VIEWER)
    claims = tmp_path / "set.csv"
    claims.write_text("claim,speaker\nThe sky is green.,Someone\n")
    with pytest.raises(NotAllowed, match="cannot import claim sets"):
        importers.import_file(fresh_store, claims, actor=REVIEWER)
    assert fresh_store.read(lambda con: con.execute("SELECT count(*) FROM articles").fetchone()[0]) == 1
    assert importers.import_file(fresh_store, claims, actor=ADMIN).added == 1


def test_the_shipped_roles_example_parses():
    import tomllib

    example = tomllib.loads((REPO_ROOT / "deploy" / "secrets.example.toml").read_text())
    roles = access.parse_roles(example["roles"])
    assert set(roles) == set(access.ROLES) and {"auth"} <= set(example)


def test_the_sentence_for_a_control_someone_cannot_use_names_the_role_it_needs():
    assert access.needs("mark") == "To mark claims you need the reviewer role; ask an admin if you should have it."
    assert "the admin role" in access.needs("edit_vocabulary")
