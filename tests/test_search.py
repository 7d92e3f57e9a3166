"""Free-text search through the word index: same answers as scanning the text, found faster."""
import pytest

from factcheck import filters, importers, queries, search
from factcheck.access import local

ADMIN = local("Desk admin")  # local mode: the admin role


def hits(store, query):
    where = filters.build_where({"q": query})
    return sorted(store.read(queries.claims_table, where, "id", 100, 0)["ID"])


def scanned(store, query):
    """The slow truth: fold and scan every claim's text and speaker."""
    return sorted(r[0] for r in store.read(lambda con: con.execute(
        "SELECT c.id FROM claims c LEFT JOIN sources s ON s.id = c.speaker_id"
        " WHERE contains(strip_accents(lower(concat_ws(' ', c.text, c.quote, c.cue))), strip_accents(lower(?)))"
        " OR contains(strip_accents(lower(s.name)), strip_accents(lower(?)))", [query, query]).fetchall()))


@pytest.mark.parametrize("query", ["drone", "DRONES", "rone", "told politico", "north korean soldiers",
                                   "12,000", "bondar", "zelénskyy", "“", "kim jong un", "x-y", "wagner 2022"])
def test_index_answers_like_a_scan(fresh_store, query):
    assert hits(fresh_store, query) == scanned(fresh_store, query)


def test_terms_split_on_punctuation():
    assert search.terms("North-Korean, 12,000!") == ["North", "Korean", "12", "000"]
    assert search.terms("—“…”") == []


def test_new_claims_are_indexed(fresh_store, tmp_path):
    path = tmp_path / "set.csv"
    path.write_text("claim,speaker\nДрони збили над Києвом,Міністр\nمسيرات فوق المدينة,المتحدث\n", encoding="utf-8")
    importers.import_file(fresh_store, path, actor=ADMIN)
    for query in ("дрони", "києвом", "مسيرات", "міністр"):
        assert hits(fresh_store, query) == scanned(fresh_store, query) != []


def test_every_claim_is_folded_the_same_way(fresh_store, tmp_path):
    path = tmp_path / "set.csv"
    path.write_text("claim,context\nÉLAN Vital,un Débat\n", encoding="utf-8")
    importers.import_file(fresh_store, path, actor=ADMIN)
    drift = fresh_store.read(lambda con: con.execute(
        f"SELECT count(*) FROM claims WHERE search_text IS DISTINCT FROM {search.CLAIM_TEXT}").fetchone()[0])
    assert drift == 0
