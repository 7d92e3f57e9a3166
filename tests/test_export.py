import csv
import io
import json


from factcheck import export, filters, queries, review
from factcheck.access import local


def csv_rows(store, pairs=(), excel=False, tmp=None):
    path = tmp / "out.csv"
    with store.connect() as con:
        count = export.write_csv_file(con, filters.build_where(list(pairs)), path, excel=excel)
    raw = path.read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == count
    return rows, raw


HOSTILE = ["=HYPERLINK(\"http://evil\")", "+1 555", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


def hostile_claims(store):
    """Claims whose text, speaker, cue and note start like spreadsheet formulas."""
    def add(con):
        article = con.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
        source = con.execute("INSERT INTO sources (name, kind) VALUES ('=cmd|calc', 'person') RETURNING id"
                             ).fetchone()[0]
        for text in HOSTILE + ['He said "no",\nthen left', "Зеленський “said” ✓ 🚀"]:
            con.execute("INSERT INTO claims (article_id, text, speaker_id, attribution, cue, hedges)"
                        " VALUES (?, ?, ?, 'paraphrase', '@cue', ['-maybe'])", [article, text, source])
    store.write(add)


def test_csv_cells_never_run_as_formulas(fresh_store, tmp_path):
    hostile_claims(fresh_store)
    rows, _ = csv_rows(fresh_store, [("speaker", "=cmd|calc")], tmp=tmp_path)
    assert [r["text"] for r in rows[:6]] == ["'" + h for h in HOSTILE]
    assert {r["speaker"] for r in rows} == {"'=cmd|calc"}
    assert {r["cue"] for r in rows} == {"'@cue"} and {r["hedges"] for r in rows} == {"'-maybe"}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_round_trips_quotes_newlines_and_non_latin_text(fresh_store, tmp_path):
    hostile_claims(fresh_store)
    rows, raw = csv_rows(fresh_store, [("speaker", "=cmd|calc")], tmp=tmp_path)
    assert rows[6]["text"] == 'He said "no",\nthen left'
    assert rows[7]["text"] == "Зеленський “said” ✓ 🚀"
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert not raw.startswith(b"\xef\xbb\xbf")


def test_excel_csv_starts_with_a_bom_and_is_otherwise_the_same(fresh_store, tmp_path):
    _, plain = csv_rows(fresh_store, tmp=tmp_path)
    _, excel = csv_rows(fresh_store, excel=True, tmp=tmp_path)
    assert excel == b"\xef\xbb\xbf" + plain


def test_figure_summary_in_csv(fresh_store, tmp_path):
    def ranges(con):
        con.execute("INSERT INTO figures (claim_id, surface, value, low, high, unit, quantity)"
                    " VALUES (3, '10-20%', NULL, 10, 20, 'percent', 'share'), (3, '1.5', 1.5, NULL, NULL, 'km', 'road')")
    fresh_store.write(ranges)
    rows, _ = csv_rows(fresh_store, [("id__in", "3,14")], tmp=tmp_path)
    assert rows[0]["figures"] == "10–20 percent (share); 1.5 km (road)"
    assert rows[1]["figures"] == ("~50 percent (share of the captured Kursk territory lost by Ukraine); "
                                  "~625 km2 (Kursk territory lost by Ukraine since the end of October) [derived]; "
                                  "1,250 km2 (Kursk territory captured by Ukraine)")


def test_json_and_jsonl_of_the_sample(fresh_store):
    fresh_store.write(review.mark, 13, local("Ana"), workflow="in_progress")
    with fresh_store.connect() as con:
        out = io.StringIO()
        assert export.write_json(queries.export_rows(con), out) == 26
        lines = io.StringIO()
        export.write_jsonl(queries.export_rows(con, batch=4), lines)
    claims = json.loads(out.getvalue())
    assert [json.loads(line) for line in lines.getvalue().splitlines()] == claims
    troops = claims[12]
    assert troops["id"] == 13 and troops["workflow"] == "in_progress" and troops["reviewer"] == "Ana"
    assert troops["hedges"] == ["reportedly", "some"] and troops["attribution"] == "reported"
    assert troops["figures"] == [{"surface": "Some 12,000", "value": 12000.0, "low": None, "high": None,
                                  "unit": "count", "quantity": "North Korean troops who joined the fight against "
                                  "Ukraine on Russia’s side", "approx": True, "derivation": None,
                                  "start": troops["span_start"], "end": troops["span_start"] + 11}]
    assert troops["article_title"].startswith("Zelenskyy offers prisoner exchange")


def test_empty_json_is_an_empty_array():
    out = io.StringIO()
    export.write_json([], out)
    assert json.loads(out.getvalue()) == []


def test_claimreview_only_for_claims_with_a_verdict(fresh_store):
    fresh_store.write(review.mark, 15, local("Ana"), verdict="misleading")
    fresh_store.write(review.mark, 5, local("Ana"), verdict="unverifiable")
    with fresh_store.connect() as con:
        out = io.StringIO()
        assert export.write(queries.export_rows(con), out, "claimreview", site_url="https://desk.example/") == 2
    seoul, chepurnyi = sorted(json.loads(out.getvalue()), key=lambda r: r["url"], reverse=True)
    assert seoul["@type"] == "ClaimReview" and seoul["@context"] == "https://schema.org"
    assert seoul["url"] == "https://desk.example/claim?id=5" or seoul["url"] == "https://desk.example/claim?id=15"
    by_id = {r["url"].rsplit("=", 1)[1]: r for r in (seoul, chepurnyi)}
    seoul, chepurnyi = by_id["15"], by_id["5"]
    assert seoul["claimReviewed"].startswith("Around 300 North Korean soldiers have been killed")
    assert seoul["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading", "ratingValue": 2,
                                     "bestRating": 5, "worstRating": 1}
    assert seoul["itemReviewed"]["author"] == {"@type": "Organization", "name": "South Korean government",
                                               "description": "South Korean government in Seoul"}
    assert seoul["itemReviewed"]["datePublished"] == "2025-01-13"
    assert seoul["itemReviewed"]["appearance"]["publisher"] == {"@type": "Organization", "name": "POLITICO"}
    assert chepurnyi["itemReviewed"]["author"]["@type"] == "Person"
    assert chepurnyi["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}


def test_progress_is_reported(fresh_store):
    seen = []
    with fresh_store.connect() as con:
        export.write(queries.export_rows(con), io.StringIO(), "jsonl", progress=seen.append)
    assert seen == [26]
