"""Files into a DuckDB staging table (`import_raw`: a record number plus every column as text).

DuckDB reads CSV/TSV, JSON, JSON Lines and Parquet; ClaimReview JSON-LD is walked with the json
module. Each file is counted a second way (Python's csv or json parser, Parquet's own metadata)
and the two counts must agree, so no parser can quietly merge, split or drop a record.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from factcheck.errors import InvalidInput
from factcheck.importers import claimreview

FORMATS = ("csv", "tsv", "json", "jsonl", "parquet", "claimreview")
MAX_LINE_BYTES = 20_000_000  # DuckDB's own cap on one CSV line; a longer one is refused with a message


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "tsv", "jsonl", "parquet"):
        return suffix
    if suffix in ("ndjson",):
        return "jsonl"
    if suffix in ("json", "jsonld"):
        with open(path, "rb") as f:
            head = f.read(65536).decode("utf-8", errors="replace")
        return "claimreview" if ("ClaimReview" in head or '"claimReview"' in head) else "json"
    raise InvalidInput(f"Cannot tell the format of {path.name}; say --format csv, tsv, json, jsonl, parquet "
                       "or claimreview.")


def _text_records(path: Path, delimiter: str) -> int:
    """How many records Python's csv module finds: the second opinion on DuckDB's count."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
            count, last_good_line = -1, 0  # -1: the header is not a record
            for count, _ in enumerate(reader):
                last_good_line = reader.line_num
            return max(count, 0)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again.") from None
    except csv.Error as exc:
        raise InvalidInput(f"{path.name} is not well-formed CSV: the record starting on line {last_good_line + 1} "
                           f"({exc}; often a quote that is never closed). Nothing was imported.") from None


def _json_records(path: Path, lines: bool) -> int:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name} is not UTF-8 text (byte {exc.start}).") from None
    if lines:
        records = [line for line in text.splitlines() if line.strip()]
        for number, line in enumerate(records, 1):
            try:
                if not isinstance(json.loads(line), dict):
                    raise InvalidInput(f"{path.name}, line {number}: each line must be a JSON object.")
            except (json.JSONDecodeError, RecursionError) as exc:
                raise InvalidInput(f"{path.name}, line {number}: not valid JSON ({exc}).") from None
        return len(records)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InvalidInput(f"{path.name} is not valid JSON: {exc}.") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise InvalidInput(f"{path.name}: expected a JSON array of objects (one per claim).")
    return len(data)


def stage(con, path: Path, fmt: str) -> list[str]:
    """Read the file into TEMP TABLE import_raw(record, <columns as VARCHAR>); return the column names."""
    if not path.exists():
        raise InvalidInput(f"There is no file {path}.")
    if path.stat().st_size == 0:
        raise InvalidInput(f"{path.name} is empty: there is nothing to import.")
    if fmt == "claimreview":
        rows = claimreview.rows_from_file(path)
        frame = pd.DataFrame(rows, dtype="string")
        con.register("claimreview_rows", frame)
        con.execute("CREATE OR REPLACE TEMP TABLE import_raw AS"
                    " SELECT row_number() OVER () AS record, * FROM claimreview_rows")
        con.unregister("claimreview_rows")
        expected = len(rows)
    elif fmt in ("csv", "tsv"):
        delimiter = "\t" if fmt == "tsv" else ","
        expected = _text_records(path, delimiter)
        try:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE import_raw AS SELECT row_number() OVER () AS record, * FROM"
                " read_csv(?, header = true, all_varchar = true, delim = ?, quote = '\"', escape = '\"',"
                " strict_mode = true, max_line_size = ?, encoding = 'utf-8')",
                [str(path), delimiter, MAX_LINE_BYTES],
            )
        except Exception as exc:  # DuckDB's message says which line; keep its first line
            raise InvalidInput(f"{path.name} could not be read as {fmt.upper()}: {str(exc).splitlines()[0]}") from None
    elif fmt in ("json", "jsonl"):
        expected = _json_records(path, lines=fmt == "jsonl")
        shape = "newline_delimited" if fmt == "jsonl" else "array"
        try:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE import_raw_typed AS SELECT * FROM"
                " read_json(?, format = ?, records = true, sample_size = -1, maximum_object_size = ?)",
                [str(path), shape, MAX_LINE_BYTES],
            )
        except Exception as exc:
            raise InvalidInput(f"{path.name} could not be read as JSON: {str(exc).splitlines()[0]}") from None
        _as_text(con, "import_raw_typed")
    elif fmt == "parquet":
        try:
            expected = con.execute("SELECT sum(num_rows) FROM parquet_file_metadata(?)", [str(path)]).fetchone()[0]
            con.execute("CREATE OR REPLACE TEMP TABLE import_raw_typed AS SELECT * FROM read_parquet(?)", [str(path)])
        except Exception as exc:
            raise InvalidInput(f"{path.name} could not be read as Parquet: {str(exc).splitlines()[0]}") from None
        _as_text(con, "import_raw_typed")
    else:
        raise InvalidInput(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    read = con.execute("SELECT count(*) FROM import_raw").fetchone()[0]
    if read != expected:
        raise InvalidInput(
            f"{path.name}: DuckDB read {read:,} records but the file holds {expected:,}. A record with more "
            "or fewer fields than the header, or a stray quote character, usually causes this; nothing was imported."
        )
    return [d[0] for d in con.execute("SELECT * FROM import_raw LIMIT 0").description][1:]


def _as_text(con, table: str) -> None:
    """Every column as text (nested values as JSON), numbered in file order."""
    columns = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    if not columns:
        raise InvalidInput("The file has no fields to import.")
    casts = ", ".join(f'CAST("{c.replace(chr(34), chr(34) * 2)}" AS VARCHAR) AS "{c.replace(chr(34), chr(34) * 2)}"'
                      for c in columns)
    con.execute(f"CREATE OR REPLACE TEMP TABLE import_raw AS SELECT row_number() OVER () AS record, {casts} FROM {table}")
    con.execute(f"DROP TABLE {table}")
