import csv
import io
import json

import pytest

from factcheck import export, queries, review


@pytest.mark.parametrize(
    "value, cell",
    [
        ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain = fine", "plain = fine"),
        ("Зеленський “said”", "Зеленський “said”"),
        (None, ""),
        (-3, "-3"),
        (True, "true"),
    ],
)
def test_safe_cell(value, cell):
    assert export.safe_cell(value) == cell


def sample_rows():
    return [
        {"id": 1, "text": "=1+1", "quote": 'He said "no",\nthen left', "hedges": ["reportedly", "some"],
         "figures": [{"surface": "Some 12,000", "value": 12000.0, "low": None, "high": None, "unit": "count",
                      "quantity": "troops", "approx": True, "derivation": None}],
         "speaker": "Юрій Бондар"},
    ]


def test_csv_round_trips_quotes_newlines_and_non_latin_text():
    out = io.StringIO()
    assert export.write_csv(sample_rows(), out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["text"] == "'=1+1"
    assert rows[0]["quote"] == 'He said "no",\nthen left'
    assert rows[0]["hedges"] == "reportedly; some"
    assert rows[0]["figures"] == "~12,000 count (troops)"
    assert rows[0]["speaker"] == "Юрій Бондар"
    assert list(rows[0]) == list(export.CSV_COLUMNS)


def test_excel_csv_starts_with_a_bom():
    out = io.StringIO()
    export.write_csv([], out, excel=True)
    assert out.getvalue().startswith("\ufeffid,")


def test_figure_summary_ranges_and_derived():
    assert export.figure_summary([
        {"value": None, "low": 10, "high": 20, "unit": "percent", "quantity": "share", "approx": False},
        {"value": 625, "unit": "km2", "quantity": "land lost", "approx": True, "derivation": "half of 1,250"},
    ]) == "10–20 percent (share); ~625 km2 (land lost) [derived]"


def test_json_and_jsonl_of_the_sample(fresh_store):
    fresh_store.write(review.mark, 13, "Ana", workflow="in_progress")
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
    fresh_store.write(review.mark, 15, "Ana", verdict="misleading")
    fresh_store.write(review.mark, 5, "Ana", verdict="unverifiable")
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
        export.write(queries.export_rows(con), io.StringIO(), "csv", progress=seen.append)
    assert seen == [26]
