"""Hostile claim files: every one gets a clear message naming what is wrong, nothing is written,
and the process stays up. tests/test_importers.py covers the ordinary refusals (an unclosed quote,
empty claim, bad date, unknown label, a field over 100,000 characters, `[[[…` 10,000 deep, a
UTF-8 BOM with CRLF); these are the files from the open web that go further.
"""
from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from factcheck import importers
from factcheck.errors import FactcheckError, InvalidInput
from factcheck.importers import readers
from factcheck.store import REPO_ROOT

TABLES = ("claims", "articles", "sources", "status_events", "figures")
MB10 = 10_000_000


def run_import(store, path, **options):
    """importers.import_file as the CLI calls it (an admin in local mode, where imports need one)."""
    if "actor" in inspect.signature(importers.import_file).parameters:
        from factcheck import access

        options.setdefault("actor", access.local("Hostile-input test"))
    return importers.import_file(store, path, **options)


def counts(store) -> dict[str, int]:
    return store.read(lambda con: {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES})


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def a_zip(claims_csv: bytes) -> bytes:
    """A real ZIP archive holding a valid claims CSV: still refused, archives are not read."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("claims.csv", claims_csv)
    return buffer.getvalue()


GOOD_CSV = "id,claim\n1,Le café a fermé\n".encode("utf-8")

# name, bytes, the message (a regex) the person sees in the preview and in the import alike
REFUSED = [
    ("latin1.csv", "id,claim\n1,Le café a fermé\n".encode("latin-1"),
     r"latin1\.csv is not UTF-8 text: line 2 has the byte 0xe9 \(byte 17 of the file\), so it was probably saved "
     r"as Latin-1"),
    ("windows.tsv", "id\tclaim\n1\tok\n2\t“curly” quotes\n".encode("cp1252"),
     r"windows\.tsv is not UTF-8 text: line 3 has the byte 0x93"),
    ("utf16-bom.csv", "id,claim\n1,Le café\n".encode("utf-16"), r"utf16-bom\.csv is UTF-16 text, not UTF-8; save it "
                                                                 r"as UTF-8"),
    ("utf16-bom.jsonl", (json.dumps({"claim": "x"}) + "\n").encode("utf-16"), r"is UTF-16 text, not UTF-8"),
    ("utf16le.csv", "id,claim\n1,Le café\n".encode("utf-16-le"),
     r"utf16le\.csv is UTF-16LE text without a byte-order mark \(or binary\), not UTF-8"),
    ("utf16be.json", json.dumps([{"claim": "x"}]).encode("utf-16-be"),
     r"utf16be\.json is UTF-16BE text without a byte-order mark"),
    ("utf32.json", json.dumps([{"claim": "x"}]).encode("utf-32"), r"is UTF-32 text, not UTF-8"),
    ("quote-after-field.csv", b'id,claim\n1,ok\n2,"quoted"then more\n3,fine\n',
     r"quote-after-field\.csv is not well-formed CSV: the record starting on line 3 \(',' expected after '\"'"),
    ("spaces-line.csv", b"id,claim\n1,a\n   \n2,b\n", r"could not be read as CSV: line 3 has 1 field where the "
                                                     r"header has 2"),
    ("short-record.tsv", b"id\tclaim\tspeaker\n1\ta\tAna\n2\tb\n", r"line 3 has 2 fields where the header has 3"),
    ("nul.csv", b"id,claim\n1,ok\n2,bad\x00claim\n", r"nul\.csv, line 3: a NUL byte \(byte 19 of the file\); the file "
                                                      r"is binary or damaged"),
    ("nul-in-cue.csv", b"id,claim,context\n1,ok,a rally\x00\n", r"nul-in-cue\.csv, line 2: a NUL byte"),
    ("escaped-nul.json", json.dumps([{"claim": "ok"}, {"claim": "fine", "context": "a\u0000b"}]).encode(),
     r"escaped-nul\.json, record 2, column 'context': a NUL character"),
    ("escaped-nul.jsonl", b'{"claim": "ok"}\n{"claim": "x", "speaker": "A\\u0000na"}\n',
     r"escaped-nul\.jsonl, record 2, column 'speaker': a NUL character"),
    ("invalid.json", b'[{"claim": "a"}, {"claim": "b",}]', r"invalid\.json is not valid JSON: Expecting property name"),
    ("invalid.jsonl", b'{"claim": "a"}\n{"claim": "b"}\n{"claim": "c"\n', r"invalid\.jsonl, line 3: not valid JSON"),
    ("trailing-garbage.json", b'[{"claim": "a"}] and more', r"is not valid JSON: Extra data"),
    ("deep-objects.json", ('[{"claim": "a", "x": ' + '{"a": ' * 10_000 + "1" + "}" * 10_000 + "}]").encode(),
     r"deep-objects\.json is not valid JSON for a claim set: it nests too deeply"),
    ("deep.jsonl", ('{"claim": "a"}\n{"claim": "b", "x": ' + "[" * 10_000 + "]" * 10_000 + "}\n").encode(),
     r"deep\.jsonl, line 2: the JSON nests too deeply"),
    ("deep.jsonld", ('{"@type": "ClaimReview", "x": ' + "[" * 10_000 + "]" * 10_000 + "}").encode(),
     r"deep\.jsonld is not valid JSON for a claim set: it nests too deeply"),
    ("huge-number.json", b'[{"claim": "a", "id": ' + b"9" * 5000 + b"}]", r"a number over 4,300 digits long"),
    ("empty-array.json", b"[]", r"empty-array\.json holds no records"),
    ("no-fields.jsonl", b"{}\n{}\n", r"no-fields\.jsonl: its objects have no fields"),
    ("wide.csv", (",".join(f"c{i}" for i in range(5000)) + ",claim\n" + "x," * 5000 + "a\n").encode(),
     r"wide\.csv has 5,001 columns; a claim set has at most 500"),
    ("wide.jsonl", ("".join(json.dumps({"claim": "a", f"k{i}": 1}) + "\n" for i in range(600))).encode(),
     r"wide\.jsonl: by line 500 its objects have more than 500 different fields"),
    ("claims.zip", a_zip(GOOD_CSV), r"claims\.zip is an archive \(zip\); archives are not accepted: unpack it"),
    ("claims.csv.gz", b"\x1f\x8b\x08\x00" + bytes(200), r"claims\.csv\.gz is an archive \(gz\); archives are not "
                                                        r"accepted"),
    ("zip-named.csv", a_zip(GOOD_CSV), r"zip-named\.csv is a ZIP archive; archives are not accepted"),
    ("gzip-named.json", b"\x1f\x8b\x08\x00" + bytes(200), r"gzip-named\.json is a gzip archive"),
    ("parquet-named.csv", b"PAR1" + bytes(100), r"parquet-named\.csv is a Parquet file; import it as parquet"),
    ("binary.jsonl", bytes(range(256)) * 4, r"binary\.jsonl, line 1: a NUL byte"),
]


@pytest.mark.parametrize("name, data, message", REFUSED, ids=[case[0] for case in REFUSED])
def test_hostile_files_are_refused_by_the_preview_and_the_import(fresh_store, tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    before = counts(fresh_store)
    with pytest.raises(InvalidInput, match=message):
        importers.preview(path)
    with pytest.raises(InvalidInput, match=message) as refused:
        run_import(fresh_store, path)
    assert "\n" not in str(refused.value) and str(tmp_path) not in str(refused.value)  # one sentence, no folders
    assert counts(fresh_store) == before
    # the process is still up and the desk still takes a good file
    assert run_import(fresh_store, write(tmp_path, "good.csv", GOOD_CSV)).added == 1


def test_an_archive_is_refused_whatever_format_is_asked_for(fresh_store, tmp_path):
    path = write(tmp_path, "claims.zip", a_zip(GOOD_CSV))
    for fmt in ("csv", "tsv", "json", "jsonl", "claimreview"):
        with pytest.raises(InvalidInput, match="is a ZIP archive; archives are not accepted"):
            run_import(fresh_store, path, fmt=fmt)
    with pytest.raises(InvalidInput, match="could not be read as Parquet"):
        run_import(fresh_store, path, fmt="parquet")
    assert counts(fresh_store)["claims"] == 26


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
@pytest.mark.parametrize("column", ["claim", "context"])
def test_a_10_mb_field_is_named_by_record_and_column(fresh_store, tmp_path, fmt, column):
    big = "x" * MB10
    rows = [{"id": "1", "claim": "A normal claim", "context": "a rally"}, {"id": "2", "claim": "Fine", "context": "tv"}]
    rows[1][column] = big
    if fmt == "csv":
        data = ("id,claim,context\n" + "".join(f"{r['id']},{r['claim']},{r['context']}\n" for r in rows)).encode()
    elif fmt == "json":
        data = json.dumps(rows).encode()
    else:
        data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path = write(tmp_path, f"big.{fmt}", data)
    before = counts(fresh_store)
    with pytest.raises(InvalidInput, match=rf"big\.{fmt}, record 2, column '{column}': 10,000,000 characters, over "
                                           r"the 1,000,000 any field may have\. Nothing was imported\."):
        run_import(fresh_store, path)
    assert counts(fresh_store) == before


def test_a_line_longer_than_any_reader_takes_is_refused(fresh_store, tmp_path):
    path = write(tmp_path, "endless.csv", b"id,claim\n1,ok\n2," + b"y" * 21_000_000 + b"\n")
    with pytest.raises(InvalidInput, match=r"endless\.csv: the record starting on line 3 has a field over "
                                           r"20,000,000 characters"):
        run_import(fresh_store, path)
    assert counts(fresh_store)["claims"] == 26


def test_a_million_line_csv_with_one_bad_record_at_the_end(fresh_store, tmp_path):
    n = 1_000_000
    path = tmp_path / "million.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,claim,date\n")
        f.writelines(f"{i},Claim number {i},2025-01-13\n" for i in range(1, n))
        f.write(f"{n},The last one,yesterday\n")
    before = counts(fresh_store)
    with pytest.raises(InvalidInput, match=r"Record 1,000,000: 'yesterday' in column 'date' is not a date"):
        run_import(fresh_store, path)
    assert counts(fresh_store) == before


def test_a_million_line_jsonl_with_one_broken_line_at_the_end(fresh_store, tmp_path):
    n = 1_000_000
    path = tmp_path / "million.jsonl"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.writelines(f'{{"id": {i}, "claim": "c{i}"}}\n' for i in range(1, n))
        f.write('{"id": 1000000, "claim": \n')
    with pytest.raises(InvalidInput, match=r"million\.jsonl, line 1,000,000: not valid JSON"):
        run_import(fresh_store, path)
    assert counts(fresh_store)["claims"] == 26


def test_a_million_blank_lines_are_no_records(fresh_store, tmp_path):
    path = write(tmp_path, "blanks.csv", b"id,claim\n\n1,The only claim\n" + b"\n" * 1_000_000)
    report = run_import(fresh_store, path)
    assert (report.records, report.added) == (1, 1)


def imported_texts(store, claim_set: str) -> list[str]:
    return store.read(lambda con: [r[0] for r in con.execute(
        "SELECT c.text FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.title = ? ORDER BY c.id",
        [f"Claim set: {claim_set}"]).fetchall()])


@pytest.mark.parametrize(
    "name, data, texts",
    [
        ("mixed.csv", b"id,claim\r\n1,Windows line\n2,Unix line\r3,Old Mac line\r\n4,Last\n",
         ["Windows line", "Unix line", "Old Mac line", "Last"]),
        ("mixed.tsv", b"id\tclaim\n1\tfirst\r\n2\tsecond\n", ["first", "second"]),
        ("breaks-inside.csv", b'id,claim\n1,"two\r\nlines"\r\n2,"a lone\rreturn"\n3,plain\n',
         ["two\r\nlines", "a lone\rreturn", "plain"]),
        ("old-mac.csv", b"id,claim\r1,one\r2,two\r", ["one", "two"]),
        ("bom.tsv", b"\xef\xbb\xbfid\tclaim\r\n1\tfrom Excel\r\n", ["from Excel"]),
        ("bom.json", b"\xef\xbb\xbf" + json.dumps([{"claim": "with a BOM"}]).encode(), ["with a BOM"]),
        ("bom.jsonl", b"\xef\xbb\xbf" + json.dumps({"claim": "with a BOM"}).encode() + b"\r\n", ["with a BOM"]),
        ("bare-quotes.csv", b'id,claim\n1,He said "no" twice\n2,6" of snow\n', ['He said "no" twice', '6" of snow']),
        ("trailing-blank-lines.csv", b"\n\nid,claim\n1,a\n\n2,b\n\n\n", ["a", "b"]),
        ("line-separators.jsonl", json.dumps({"claim": "one\u2028two\u0085three"}, ensure_ascii=False).encode()
         + b"\n", ["one\u2028two\u0085three"]),
        ("sql-ish.csv", b'id,"claim"" ; DROP TABLE claims; --",claim\n1,x,\'); DROP TABLE claims; --\n',
         ["'); DROP TABLE claims; --"]),
    ],
)
def test_awkward_but_honest_files_import_exactly(fresh_store, tmp_path, name, data, texts):
    report = run_import(fresh_store, write(tmp_path, name, data))
    assert report.added == len(texts)
    assert imported_texts(fresh_store, name) == texts


def test_a_folder_or_a_missing_file_is_named(fresh_store, tmp_path):
    folder = tmp_path / "claims.csv"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="is not a file"):
        run_import(fresh_store, folder)
    with pytest.raises(InvalidInput, match="There is no file"):
        run_import(fresh_store, tmp_path / "nowhere.csv")


@pytest.mark.parametrize(
    "document",
    [
        {"claims": [{"text": "A", "claimReview": 5}]},
        {"claims": [{"text": "A", "claimReview": ["not a review", {"textualRating": "False"}]}]},
        {"claims": [{"text": "A", "claimReview": {"textualRating": "False"}}]},
        [{"@type": "ClaimReview", "claimReviewed": "A", "itemReviewed": "a string", "reviewRating": [1, 2]}],
        [{"@type": "ClaimReview", "claimReviewed": "A", "itemReviewed": [], "reviewRating": None}],
    ],
)
def test_odd_claimreview_shapes_are_read_not_crashed_on(fresh_store, tmp_path, document):
    path = write(tmp_path, "odd.jsonld", json.dumps(document).encode())
    try:
        report = run_import(fresh_store, path)
    except FactcheckError as exc:  # a label with no verdict, say: a message, never a TypeError
        assert str(exc)
    else:
        assert report.records >= 1


# --- uploads: the dashboard keeps them in a per-session folder ------------------------------------

HOSTILE_NAMES = [
    "../../escape.csv", "../../../../../../tmp/escape.csv", "/etc/cron.d/escape.csv", "..\\..\\escape.csv",
    "C:\\Windows\\escape.csv", "..", ".", "", "....csv", "a/../../b.csv", "claims.csv\x00.zip", "\x1b[31mred.csv",
    "evil\u202egpj.csv", ("n" * 5000) + ".csv", ("é" * 300) + ".json", "con.csv", "dir/", "~/.bashrc.csv",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_an_upload_name_cannot_leave_the_session_folder(tmp_path, name):
    session = tmp_path / "session"
    session.mkdir()
    path = readers.save_upload(session, name, b"id,claim\n1,ok\n")
    assert path.parent == session.resolve() and path.is_file()
    assert len(path.name.encode()) <= 200 and path.name not in ("", ".", "..")
    assert not any(ch in path.name for ch in "/\\\x00\x1b\u202e")
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [path.name]  # nothing beside it
    if name.endswith(".csv") and "\x00" not in name:
        assert path.suffix == ".csv"  # the format can still be told from the name


def test_an_upload_keeps_an_honest_name(tmp_path):
    assert readers.upload_path(tmp_path, "LIAR2 valid (copy).csv").name == "LIAR2 valid (copy).csv"
    assert readers.upload_path(tmp_path, "Überprüfung 2025.jsonl").name == "Überprüfung 2025.jsonl"


def test_the_add_page_reads_a_hostile_upload_inside_its_folder_and_keeps_nothing(tmp_path, monkeypatch):
    """The real page, through Streamlit's AppTest: a `../` upload name is written inside the run's own
    folder (nothing lands beside it), and the folder is gone once the run ends."""
    import tempfile
    from streamlit.testing.v1 import AppTest

    scratch = tmp_path / "tmp" / "inner"
    scratch.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "app.duckdb"))
    monkeypatch.chdir(REPO_ROOT / "tests")
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    at.switch_page("pages/add.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    uploader = at.get("file_uploader")
    assert uploader, "the Add page shows no file uploader"
    uploader[-1].set_value(("../../escaped.csv", b"id,claim\n1,An uploaded claim\n", "text/csv"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = [m.value for m in at.markdown]
    assert any(m.startswith("**1 record** in ") and "escaped" in m for m in shown), shown  # it was read
    assert list(scratch.iterdir()) == []  # the run's folder is removed, the file with it
    assert not list(tmp_path.rglob("escaped.csv"))  # and nothing escaped from it


# --- the command line -----------------------------------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("claims.zip", a_zip(GOOD_CSV), r"claims\.zip is an archive \(zip\); archives are not accepted"),
        ("latin1.csv", "id,claim\n1,Le café\n".encode("latin-1"), r"latin1\.csv is not UTF-8 text: line 2"),
        ("deep.json", ("[" * 10_000 + "]" * 10_000).encode(), r"deep\.json is not valid JSON for a claim set"),
        ("nul.csv", b"id,claim\n1,a\x00b\n", r"nul\.csv, line 2: a NUL byte"),
    ],
)
def test_the_cli_says_one_line_and_writes_nothing(fresh_store, tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    before = counts(fresh_store)
    done = cli("--db", str(fresh_store.path), "import", str(path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert re.search(message, done.stderr) and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert counts(fresh_store) == before


def test_the_cli_reads_the_path_it_is_given_even_with_dots(fresh_store, tmp_path):
    (tmp_path / "work").mkdir()
    write(tmp_path, "beside.csv", b"id,claim\n1,From one folder up\n")
    done = cli("--db", str(fresh_store.path), "import", "../beside.csv", cwd=tmp_path / "work")
    assert done.returncode == 0, done.stderr
    assert imported_texts(fresh_store, "beside.csv") == ["From one folder up"]
