"""Importing claim sets: every record or none, counted twice, text kept as it is."""
import json
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck import filters, importers, queries, review
from factcheck.importers import readers
from factcheck.errors import InvalidInput
from factcheck.access import local
from factcheck.store import REPO_ROOT

LIAR2 = REPO_ROOT / "data" / "liar2" / "valid.csv"

ADMIN = local("Desk admin")  # local mode: the admin role


def count(store, sql="SELECT count(*) FROM claims"):
    return store.read(lambda con: con.execute(sql).fetchone()[0])


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding=encoding, newline="")
    return path


def test_liar2_imports_completely_with_mapped_verdicts(fresh_store):
    report = importers.import_file(fresh_store, LIAR2, preset="liar2", actor=ADMIN)
    assert (report.records, report.added, report.already_there) == (2297, 2297, 0)
    assert report.verdicts == {"inaccurate": 303 + 661, "misleading": 361 + 371, "mostly_accurate": 343,
                               "accurate": 258}
    row = fresh_store.read(lambda con: con.execute(
        "SELECT c.text, s.name, s.role, c.cue, c.said_at, c.verdict, c.workflow, c.review_publisher"
        " FROM claims c JOIN sources s ON s.id = c.speaker_id WHERE c.import_key = 'id:419'").fetchone())
    assert row[0] == "Barack Obama is \"the only candidate who doesn't take a dime from oil company PACs or lobbyists."
    assert row[1] == "barack obama" and row[2].startswith("Barack Obama is the former president")
    assert (row[3], row[4].isoformat(), row[5], row[6], row[7]) == (
        "a television ad", "2008-04-16", "mostly_accurate", "done", "PolitiFact")
    # recorded once, as an import; every claim's history shows its verdict coming from it
    assert fresh_store.read(lambda con: con.execute(
        "SELECT file, imported_by, records, added, verdicts_added FROM imports").fetchall()) == [
        ("valid.csv", "import: valid.csv by Desk admin", 2297, 2297, 2297)]
    assert count(fresh_store, "SELECT count(*) FROM status_events") == 0
    claim_id = fresh_store.read(lambda con: con.execute(
        "SELECT id FROM claims WHERE import_key = 'id:419'").fetchone()[0])
    history = fresh_store.read(queries.claim_history, claim_id)
    assert history[["Who", "Workflow", "Verdict", "Note", "Version"]].values.tolist() == [
        ["import: valid.csv by Desk admin", "Unreviewed → Done", "No verdict yet → Mostly accurate",
         "Imported with the verdict PolitiFact gave: 4", 1]]


def test_an_imported_verdict_stays_first_in_the_history_after_a_reviewer_changes_it(fresh_store):
    importers.import_file(fresh_store, LIAR2, preset="liar2", actor=ADMIN)
    claim_id = fresh_store.read(lambda con: con.execute(
        "SELECT id FROM claims WHERE import_key = 'id:419'").fetchone()[0])
    fresh_store.write(review.mark, claim_id, local("Ana"), workflow="needs_second_review", verdict="misleading",
                      note="The ad leaves out bundled donations", expected_version=1)
    history = fresh_store.read(queries.claim_history, claim_id)
    assert history["Who"].tolist() == ["Ana", "import: valid.csv by Desk admin"]
    assert history["Version"].tolist() == [2, 1]
    rows = fresh_store.read(lambda con: list(queries.export_rows(con, filters.build_where({"id": str(claim_id)}))))
    assert [r["note"] for r in rows] == ["The ad leaves out bundled donations"]
    activity = fresh_store.read(queries.review_activity)
    assert activity.groupby("reviewer")["marks"].sum().to_dict() == {
        "Ana": 1, "import: valid.csv by Desk admin": 2297}


def test_reimporting_the_same_file_adds_nothing(fresh_store):
    importers.import_file(fresh_store, LIAR2, preset="liar2", actor=ADMIN)
    before = count(fresh_store)
    again = importers.import_file(fresh_store, LIAR2, preset="liar2", actor=ADMIN)
    assert (again.added, again.already_there) == (0, 2297)
    assert count(fresh_store) == before


def test_dry_run_writes_nothing(fresh_store):
    report = importers.import_file(fresh_store, LIAR2, preset="liar2", dry_run=True, actor=ADMIN)
    assert report.added == 2297 and report.dry_run
    assert count(fresh_store) == 26 and count(fresh_store, "SELECT count(*) FROM sources") == 6


def test_text_keeps_every_character_and_only_the_ends_are_trimmed(fresh_store, tmp_path):
    rows = [("1", "  Ukraine’s army said ٢٠٠ drones — «ракети» 🚀  ", "Юрій Бондар"),
            ("2", "\u00a0נאמר כי 300 נהרגו\u3000", "דובר"),
            ("3", "Inner   spacing\tstays", " Ana ")]
    path = write(tmp_path, "world.csv", "id,claim,speaker\n" + "".join(f'{i},"{t}","{s}"\n' for i, t, s in rows))
    importers.import_file(fresh_store, path, actor=ADMIN)
    got = fresh_store.read(lambda con: con.execute(
        "SELECT c.text, s.name FROM claims c JOIN sources s ON s.id = c.speaker_id"
        " WHERE c.import_key LIKE 'id:%' ORDER BY c.import_key").fetchall())
    assert got == [("Ukraine’s army said ٢٠٠ drones — «ракети» 🚀", "Юрій Бондар"),
                   ("נאמר כי 300 נהרגו", "דובר"), ("Inner   spacing\tstays", "Ana")]


def test_a_stray_quote_stops_the_import(fresh_store, tmp_path):
    path = write(tmp_path, "stray.csv", 'id,claim\n1,"An unclosed quote\n2,Second claim\n3,Third claim\n')
    with pytest.raises(InvalidInput) as refused:
        importers.import_file(fresh_store, path, actor=ADMIN)
    assert "stray.csv" in str(refused.value)
    assert count(fresh_store) == 26


@pytest.mark.parametrize(
    "content, message",
    [
        ("id,claim\n1,First\n2,\n3,Third\n", "Record 2: the claim text (column 'claim') is empty"),
        ("id,claim,date\n1,A,2025-01-13\n2,B,yesterday\n", "Record 2: 'yesterday' in column 'date' is not a date"),
        ("id,claim,verdict\n1,A,True\n2,B,Kinda\n", "These verdict labels have no verdict: 'Kinda'"),
        ("who,what\nAna,A\n", "No column for Claim text"),
        ("id,claim\n1,A,extra\n", "DuckDB read 0 records but the file holds 1"),
    ],
)
def test_bad_records_are_named_and_nothing_is_written(fresh_store, tmp_path, content, message):
    path = write(tmp_path, "bad.csv", content)
    with pytest.raises(InvalidInput, match=re.escape(message)):
        importers.import_file(fresh_store, path, actor=ADMIN)
    assert count(fresh_store) == 26 and count(fresh_store, "SELECT count(*) FROM articles") == 1


def test_wrong_encoding_is_explained(fresh_store, tmp_path):
    path = write(tmp_path, "latin.csv", "id,claim\n1,Le café a fermé\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="not UTF-8"):
        importers.import_file(fresh_store, path, actor=ADMIN)


def test_a_bom_and_crlf_are_fine(fresh_store, tmp_path):
    path = write(tmp_path, "excel.csv", "\ufeffid,claim\r\n1,From Excel\r\n".encode("utf-8"))
    assert importers.import_file(fresh_store, path, actor=ADMIN).added == 1


def test_empty_files(fresh_store, tmp_path):
    with pytest.raises(InvalidInput, match="is empty"):
        importers.import_file(fresh_store, write(tmp_path, "empty.csv", ""), actor=ADMIN)
    assert importers.import_file(fresh_store, write(tmp_path, "header.csv", "id,claim\n"), actor=ADMIN).records == 0


def test_duplicate_rows_in_a_file_are_imported_once(fresh_store, tmp_path):
    path = write(tmp_path, "dupes.csv", "claim,speaker\nSame claim,Ana\nSame claim,Ana\nOther,Ana\n")
    report = importers.import_file(fresh_store, path, actor=ADMIN)
    assert (report.records, report.added, report.repeated_in_file) == (3, 2, 1)


def test_a_huge_field_is_refused(fresh_store, tmp_path):
    path = write(tmp_path, "huge.csv", "id,claim\n1,ok\n2," + "x" * (importers.MAX_TEXT + 1) + "\n")
    with pytest.raises(InvalidInput, match="Record 2: the claim text .* over the 100,000"):
        importers.import_file(fresh_store, path, actor=ADMIN)


def test_mapping_and_verdict_map_from_arguments(fresh_store, tmp_path):
    path = write(tmp_path, "desk.tsv", "Quote\tWho\tRuling\nTaxes went up\tMayor\tPants on Fire\n")
    report = importers.import_file(fresh_store, path, columns={"Quote": "text", "Who": "speaker"},
                                   verdicts={"Pants on Fire": "none"}, actor=ADMIN)
    assert report.columns["text"] == "Quote" and report.verdicts == {"none": 1}
    with pytest.raises(InvalidInput, match="'banana' is not a claim field"):
        importers.import_file(fresh_store, path, columns={"Quote": "banana"}, actor=ADMIN)


def test_json_jsonl_and_parquet(fresh_store, tmp_path):
    records = [{"claim": "A claim", "speaker": "Ana", "date": "2025-01-13", "extra": {"nested": [1, 2]}},
               {"claim": "Another", "speaker": None, "date": None, "extra": None}]
    as_json = write(tmp_path, "set.json", json.dumps(records))
    assert importers.import_file(fresh_store, as_json, actor=ADMIN).added == 2
    as_lines = write(tmp_path, "set.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    assert importers.import_file(fresh_store, as_lines, actor=ADMIN).added == 2
    parquet = tmp_path / "set.parquet"
    fresh_store.read(lambda con: con.execute(
        f"COPY (SELECT 'P claim' AS claim, 'Bo' AS speaker) TO '{parquet}' (FORMAT parquet)"))
    assert importers.import_file(fresh_store, parquet, actor=ADMIN).added == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ('[{"claim": "a"}, ', "not valid JSON"),
        ("[" * 10000 + "]" * 10000, "not valid JSON"),
        ('{"claim": "a"}', "expected a JSON array of objects"),
    ],
)
def test_broken_json_is_refused(fresh_store, tmp_path, content, message):
    with pytest.raises(InvalidInput, match=message):
        importers.import_file(fresh_store, write(tmp_path, "bad.json", content), actor=ADMIN)
    assert count(fresh_store) == 26


def test_jsonl_names_the_bad_line(fresh_store, tmp_path):
    path = write(tmp_path, "bad.jsonl", '{"claim": "a"}\n{"claim": \n')
    with pytest.raises(InvalidInput, match="line 2: not valid JSON"):
        importers.import_file(fresh_store, path, actor=ADMIN)


def test_claimreview_json_ld(fresh_store, tmp_path):
    reviews = [{
        "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checker.example/r/1",
        "claimReviewed": "The moon is made of cheese.", "datePublished": "2024-05-02",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Dairy"},
                         "datePublished": "2024-04-30"},
        "author": {"@type": "Organization", "name": "Checker"},
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
    }]
    path = write(tmp_path, "reviews.json", json.dumps(reviews))
    report = importers.import_file(fresh_store, path, actor=ADMIN)
    assert report.added == 1 and report.verdicts == {"inaccurate": 1}
    claim = fresh_store.read(lambda con: con.execute(
        "SELECT c.text, s.name, c.said_at, c.review_url, c.review_publisher, c.verdict FROM claims c"
        " JOIN sources s ON s.id = c.speaker_id WHERE c.review_url IS NOT NULL").fetchone())
    assert claim[0] == "The moon is made of cheese." and claim[1] == "A. Dairy"
    assert (claim[2].isoformat(), claim[3], claim[4], claim[5]) == (
        "2024-04-30", "https://checker.example/r/1", "Checker", "inaccurate")


def test_fact_check_api_shape(fresh_store, tmp_path):
    api = {"claims": [{"text": "Unemployment halved", "claimant": "Minister", "claimDate": "2023-03-01T00:00:00Z",
                       "claimReview": [{"publisher": {"name": "FactCo", "site": "factco.example"},
                                        "url": "https://factco.example/1", "textualRating": "Mostly true",
                                        "reviewDate": "2023-03-04T00:00:00Z"}]}]}
    report = importers.import_file(fresh_store, write(tmp_path, "api.json", json.dumps(api)), actor=ADMIN)
    assert report.verdicts == {"mostly_accurate": 1}
    assert fresh_store.read(lambda con: con.execute(
        "SELECT said_at FROM claims WHERE review_publisher = 'FactCo'").fetchone()[0]).isoformat() == "2023-03-01"


def test_the_claims_page_finds_imported_claims(fresh_store):
    from factcheck import filters

    importers.import_file(fresh_store, LIAR2, preset="liar2", actor=ADMIN)
    where = filters.build_where({"speaker__in": "barack obama", "verdict": "accurate"})
    assert fresh_store.read(queries.count_claims, where) > 0


@pytest.mark.parametrize("content, records", [
    ("a,b\n1,2\n3,4\n", 2),
    ("a,b\r\n1,2\r\n3,4", 2),  # no line break after the last record
    ("\n\na,b\n\n1,2\n\n\n3,4\n\n", 2),  # blank lines anywhere
    ("a,b\r\n\r\n1,2\r\n", 1),
    ('a,b\n"x\n\ny",2\n"",""\n', 2),  # line breaks and a blank line inside quotes
    ('a,b\n"he said ""no""\n",2\n', 1),  # doubled quotes
    ("a,b\n", 0),
])
def test_the_quick_count_agrees_with_pythons_csv(tmp_path, content, records):
    path = tmp_path / "c.csv"
    path.write_bytes(content.encode())
    assert readers._quick_records(path) == readers._text_records(path, ",").records == records


def test_the_quick_count_gives_up_on_an_open_quote(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('a,b\n"never closed,2\n')
    assert readers._quick_records(path) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(alphabet='ab,"\n\r é', max_size=6), min_size=2, max_size=2), max_size=8),
       st.lists(st.booleans(), max_size=8), st.sampled_from(["\n", "\r\n"]))
def test_the_quick_count_matches_on_any_written_csv(tmp_path_factory, rows, blanks, ending):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator=ending)
    writer.writerow(["a", "b"])
    for row, blank in zip(rows, blanks + [False] * len(rows)):
        writer.writerow(row)
        if blank:
            out.write(ending)
    path = tmp_path_factory.mktemp("q") / "c.csv"
    path.write_bytes(out.getvalue().encode())
    assume(len(readers.check_text(path)) == 1)  # mixed line endings take the careful count only
    assert readers._quick_records(path) == readers._text_records(path, ",").records


@pytest.mark.parametrize("ending", ["\n", "\r\n", "mixed"])
def test_the_blank_lines_a_one_column_file_ends_with_are_no_records(tmp_path, fresh_store, ending):
    nl = "\n" if ending == "mixed" else ending
    text = f"claim{nl}First claim{nl}Second claim\r\n" if ending == "mixed" else f"claim{nl}First claim{nl}Second claim{nl}"
    path = write(tmp_path, "one.csv", text + nl + nl + "\r\n" * (ending == "mixed"))
    report = importers.import_file(fresh_store, path, actor=ADMIN)
    assert (report.records, report.added) == (2, 2)
    assert fresh_store.read(lambda con: con.execute(
        "SELECT text FROM claims WHERE import_key IS NOT NULL ORDER BY id").fetchall()) == [
        ("First claim",), ("Second claim",)]


def test_a_blank_line_inside_a_one_column_file_is_still_an_empty_claim(tmp_path, fresh_store):
    path = write(tmp_path, "one.csv", "claim\nFirst claim\n\nSecond claim\n\n")
    with pytest.raises(InvalidInput, match="Record 2: the claim text .* is empty"):
        importers.import_file(fresh_store, path, actor=ADMIN)
    assert count(fresh_store) == 26


@pytest.mark.parametrize("chunk", [3, 4, 5, 1 << 20])
@pytest.mark.parametrize("content, endings", [
    (b"a,b\r\n1,2\r\n", {"\r\n"}), (b"a,b\n1,2\n", {"\n"}), (b"a,b\r1,2\r", {"\r"}),
    (b"a,b\r\n1,2\n", {"\r\n", "\n"}), (b"a,b\r\n1,2\r", {"\r\n", "\r"}), ("a,é\r\nü,2\r\n".encode(), {"\r\n"}),
    (b"a,b", set())])
def test_the_encoding_check_also_tells_the_line_endings_even_across_chunks(tmp_path, monkeypatch, chunk, content,
                                                                          endings):
    monkeypatch.setattr(readers, "CHUNK", chunk)
    assert readers.check_text(write(tmp_path, "e.csv", content)) == endings
