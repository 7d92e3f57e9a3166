"""Files into a DuckDB staging table (`import_raw`: a record number plus every column as text).

DuckDB reads CSV/TSV, JSON, JSON Lines and Parquet; ClaimReview JSON-LD is walked with the json
module. Each file is counted a second way (Python's csv or json parser, Parquet's own metadata)
and the two counts must agree, so no parser can quietly merge, split or drop a record.
"""
from __future__ import annotations

import csv
import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InvalidInput
from factcheck.importers import claimreview

FORMATS = ("csv", "tsv", "json", "jsonl", "parquet", "claimreview")
MAX_LINE_BYTES = 20_000_000  # DuckDB's own cap on one CSV line; a longer one is refused with a message
MAX_FIELD_CHARS = 1_000_000  # any one value in any column; no claim field comes near it
MAX_COLUMNS = 500  # a claim set has a handful; thousands are a damaged or hostile file
MAX_NAME_CHARS = 120  # an uploaded file's name as kept on disk
ARCHIVE_SUFFIXES = ("zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "z", "lz4", "br")
# the first bytes of things that are not text: (prefix, what it is)
MAGIC = (
    (b"PK\x03\x04", "a ZIP archive"), (b"PK\x05\x06", "a ZIP archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ\x00", "an xz archive"), (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x00\x00\xfe\xff", "UTF-32 text"), (b"\xff\xfe\x00\x00", "UTF-32 text"),
    (b"\xfe\xff", "UTF-16 text"), (b"\xff\xfe", "UTF-16 text"),
)
ARCHIVE_HINT = "archives are not accepted: unpack it and import the file inside"
CHUNK = 1 << 20


def _not_text(path: Path, what: str) -> InvalidInput:
    if "archive" in what:
        return InvalidInput(f"{path.name} is {what}; {ARCHIVE_HINT}. Nothing was imported.")
    return InvalidInput(f"{path.name} is {what}, not UTF-8; save it as UTF-8 and import it again. Nothing was imported.")


def check_text(path: Path) -> set[str]:
    """Refuse, naming the line, a file that is not UTF-8 text: an archive, UTF-16/32 (with or
    without a byte-order mark), another encoding such as Latin-1, or binary with NUL bytes.
    A UTF-8 byte-order mark is fine. Reads the file in chunks, so a big file costs no memory.
    Returns the line endings the file uses, a subset of {"\r\n", "\n", "\r"} (one pass for both)."""
    with open(path, "rb") as f:
        head = f.read(4096)
        for magic, what in MAGIC:
            if head.startswith(magic):
                raise _not_text(path, what)
        if head.startswith(b"PAR1"):
            raise InvalidInput(f"{path.name} is a Parquet file; import it as parquet (name it .parquet or say "
                               "--format parquet).")
        if head.count(0) * 4 >= len(head) and head:
            odd = head[1::2].count(0) > head[0::2].count(0)
            raise _not_text(path, f"UTF-16{'LE' if odd else 'BE'} text without a byte-order mark (or binary)")
        f.seek(0)
        endings: set[str] = set()
        offset, line, carry = 0, 1, b""  # the file offset and line number of carry's first byte
        while True:
            chunk = f.read(CHUNK)
            data = carry + chunk
            if not data:
                return endings
            good, bad = len(data), None  # bytes known good; where a bad byte is
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                if chunk and exc.reason == "unexpected end of data" and exc.end == len(data):
                    good = exc.start  # a character cut by the chunk's end: decide with the next chunk
                else:
                    good = bad = exc.start
            nul = data.find(0, 0, good if bad is None else bad)
            if nul >= 0:
                nul_line = line + data.count(b"\n", 0, nul)
                raise InvalidInput(f"{path.name}, line {nul_line:,}: a NUL byte (byte {offset + nul:,} of the file); "
                                   "the file is binary or damaged, not text. Nothing was imported.")
            if bad is not None:
                bad_line = line + data.count(b"\n", 0, bad)
                raise InvalidInput(
                    f"{path.name} is not UTF-8 text: line {bad_line:,} has the byte 0x{data[bad]:02x} (byte "
                    f"{offset + bad:,} of the file), so it was probably saved as Latin-1 or Windows-1252. Save it "
                    "as UTF-8 and import it again. Nothing was imported.")
            if chunk and good and data[good - 1] == 13:  # a "\r" whose "\n" may open the next chunk
                good -= 1
            breaks, crlf = data.count(b"\n", 0, good), data.count(b"\r\n", 0, good)
            if crlf:
                endings.add("\r\n")
            if breaks > crlf:
                endings.add("\n")
            if data.count(b"\r", 0, good) > crlf:
                endings.add("\r")
            line += breaks
            offset += good
            carry = data[good:]
            if not chunk:
                return endings


def upload_path(folder: str | Path, name: str) -> Path:
    """Where an uploaded file of this name is kept: always directly inside `folder`.

    The name comes from the browser and may be hostile: folders (`../`, `/etc/`, `C:\\`), `..`,
    control characters, an endless name. Only the last part is kept, cleaned and shortened; its
    extension stays, so the format can still be told from it.
    """
    folder = Path(folder).resolve()
    base = re.split(r"[/\\]", str(name))[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = suffix.strip()[:16]
    stem = stem.strip().strip(".").strip()[: MAX_NAME_CHARS - len(suffix) - 1] or "upload"  # no "..", no ".x"
    base = f"{stem}.{suffix}" if suffix else stem
    while len(base.encode("utf-8")) > 200:  # file systems count bytes, not characters
        stem = stem[:-1] or "u"
        base = f"{stem}.{suffix}" if suffix else stem
    path = folder / base
    if path.resolve().parent != folder:  # cannot happen after the cleaning above; kept as the guard
        raise InvalidInput(f"The file name {name!r} cannot be used; rename the file and upload it again.")
    return path


def save_upload(folder: str | Path, name: str, data: bytes) -> Path:
    """Write an upload into the session's folder (see upload_path); return where it went."""
    path = upload_path(folder, name)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"The upload could not be stored ({exc.strerror}); try again.") from None
    return path


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ARCHIVE_SUFFIXES:
        raise InvalidInput(f"{path.name} is an archive ({suffix}); {ARCHIVE_HINT}.")
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


_BLANK_LINE = re.compile(rb"\n(?=\r?\n)")


def _quick_records(path: Path) -> int | None:
    """Records in a CSV/TSV file counted as line breaks outside double quotes, less blank lines and
    the header line: a second count by a method unlike DuckDB's parser, at the speed of bytes
    methods. None when a quote is never closed. A lone "\\r" line ending is not counted, so such a
    file disagrees and goes to the careful count."""
    inside, breaks, blanks = False, 0, 0
    line_start, content_after_break = True, False
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            for i, part in enumerate(chunk.split(b'"')):
                if i:  # a quote character: a line holding one is not blank
                    inside = not inside
                    line_start, content_after_break = False, True
                if inside or not part:
                    continue
                n = part.count(b"\n")
                if not n:
                    line_start = line_start and part == b"\r"
                    content_after_break = True
                    continue
                breaks += n
                blanks += len(_BLANK_LINE.findall(part))
                if line_start and (part.startswith(b"\n") or part.startswith(b"\r\n")):
                    blanks += 1
                line_start = part.endswith(b"\n")
                content_after_break = not line_start
    if inside:
        return None
    return breaks - blanks - 1 + (1 if content_after_break else 0)


def _check_header(path: Path, delimiter: str) -> None:
    """Refuse a file with thousands of columns before DuckDB tries to read it (it runs out of memory)."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            header = next(csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True), [])
    except (csv.Error, UnicodeDecodeError):
        return  # the careful count explains it after DuckDB fails
    if len(header) > MAX_COLUMNS:
        raise InvalidInput(_too_many_columns(path, len(header)))


@dataclass
class _Count:
    records: int = 0
    columns: int = 0
    odd: str = ""  # the first record whose number of fields differs from the header's, in words


def _text_records(path: Path, delimiter: str, rewrite_to: Path | None = None) -> _Count:
    """How many records Python's csv module finds: the second opinion on DuckDB's count.

    Blank lines are no records when the header has several columns (DuckDB skips them; with one
    column DuckDB reads a blank line as an empty record, and so does this, except the blank lines the
    file ends with, which neither counts). With rewrite_to, the
    records are also written there with one line ending ("\\n"), fields unchanged: the copy
    DuckDB reads when the file mixes line endings, which its reader cannot.
    """
    csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))  # the cell check names a long field
    last_good_line = 0
    found = _Count()
    try:
        with open(path, newline="", encoding="utf-8-sig") as f, \
                (open(rewrite_to, "w", newline="", encoding="utf-8") if rewrite_to else _Null()) as out:
            reader = csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
            writer = csv.writer(out, delimiter=delimiter, quotechar='"', lineterminator="\n",
                                quoting=csv.QUOTE_ALL) if rewrite_to else None  # a lone "\r" is quoted too
            final_blanks = 0  # blank lines at the end of a one-column file, which are no records
            for row in reader:
                if not row and found.columns != 1:  # a blank line: before the header, or between records
                    last_good_line = reader.line_num
                    continue
                final_blanks = final_blanks + 1 if not row or row == [""] else 0
                if not found.columns:
                    found.columns = len(row)
                    if found.columns > MAX_COLUMNS:
                        raise InvalidInput(_too_many_columns(path, found.columns))
                else:
                    found.records += 1
                    if len(row) != found.columns and not found.odd and row:
                        found.odd = (f"line {last_good_line + 1:,} has {len(row):,} field{'s' * (len(row) != 1)} "
                                     f"where the header has {found.columns:,}")
                last_good_line = reader.line_num
                if writer is not None:
                    writer.writerow(row)
            if found.columns == 1:
                found.records -= final_blanks
            return found
    except UnicodeDecodeError as exc:  # check_text() has normally refused the file already
        raise InvalidInput(f"{path.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again.") from None
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise InvalidInput(f"{path.name}: the record starting on line {last_good_line + 1:,} has a field over "
                               f"{MAX_LINE_BYTES:,} characters, more than a line may hold (or a quote that is never "
                               "closed). Nothing was imported.") from None
        raise InvalidInput(f"{path.name} is not well-formed {'TSV' if delimiter == chr(9) else 'CSV'}: the record "
                           f"starting on line {last_good_line + 1:,} ({exc}; often a quote that is never closed). "
                           "Nothing was imported.") from None


def _drop_final_blank_lines(con) -> None:
    """In a one-column file DuckDB reads a blank line as an empty record (with more columns it skips
    it); the blank lines such a file ends with, as editors often leave them, are no records."""
    columns = [d[0] for d in con.execute("SELECT * FROM import_raw LIMIT 0").description][1:]
    if len(columns) == 1:
        col = '"' + columns[0].replace('"', '""') + '"'
        con.execute(f"DELETE FROM import_raw WHERE record > coalesce("
                    f"(SELECT max(record) FROM import_raw WHERE coalesce({col}, '') <> ''), 0)")


def _too_many_columns(path: Path, n: int) -> str:
    return (f"{path.name} has {n:,} columns; a claim set has at most {MAX_COLUMNS:,}. Is it the right file? "
            "Nothing was imported.")


def _check_keys(path: Path, objects, where=lambda i: f"record {i:,}") -> None:
    keys: set[str] = set()
    for i, item in enumerate(objects, 1):
        keys.update(item)
        if len(keys) > MAX_COLUMNS:
            raise InvalidInput(f"{path.name}: by {where(i)} its objects have more than {MAX_COLUMNS:,} different "
                               "fields; a claim set has a handful. Nothing was imported.")


class _Null:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def json_problem(exc: ValueError) -> str:
    """What json.loads refused, in words (its own message, unless that speaks to programmers)."""
    if "integer string conversion" in str(exc):
        return "a number over 4,300 digits long"
    return str(exc)


def _json_records(path: Path, lines: bool) -> int:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name} is not UTF-8 text (byte {exc.start}).") from None
    if lines:
        # split at line feeds only, as DuckDB does: U+2028 and friends may sit inside a JSON string
        records = [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
        keys: set[str] = set()
        for number, line in records:
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise InvalidInput(f"{path.name}, line {number:,}: each line must be a JSON object.")
                keys.update(item)
                if len(keys) > MAX_COLUMNS:
                    raise InvalidInput(f"{path.name}: by line {number:,} its objects have more than {MAX_COLUMNS:,} "
                                       "different fields; a claim set has a handful. Nothing was imported.")
            except RecursionError:
                raise InvalidInput(f"{path.name}, line {number:,}: the JSON nests too deeply to be a claim. "
                                   "Nothing was imported.") from None
            except ValueError as exc:  # JSONDecodeError, or an integer of over 4,300 digits
                raise InvalidInput(f"{path.name}, line {number:,}: not valid JSON ({json_problem(exc)}).") from None
        return len(records)
    try:
        data = json.loads(text)
    except RecursionError:
        raise InvalidInput(f"{path.name} is not valid JSON for a claim set: it nests too deeply. "
                           "Nothing was imported.") from None
    except ValueError as exc:  # JSONDecodeError, or an integer of over 4,300 digits
        raise InvalidInput(f"{path.name} is not valid JSON: {json_problem(exc)}.") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise InvalidInput(f"{path.name}: expected a JSON array of objects (one per claim).")
    _check_keys(path, data)
    return len(data)


def _duckdb_error(path: Path, what: str, exc: Exception) -> InvalidInput:
    """DuckDB's first line, without the folder the file sits in."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    first = first.replace(str(path), path.name).replace(str(path.parent), "")
    return InvalidInput(f"{path.name} could not be read as {what}: {first}")


def stage(con, path: Path, fmt: str) -> list[str]:
    """Read the file into TEMP TABLE import_raw(record, <columns as VARCHAR>); return the column names."""
    if not path.exists():
        raise InvalidInput(f"There is no file {path}.")
    if not path.is_file():
        raise InvalidInput(f"{path} is not a file (a folder?); give the file to import.")
    if path.stat().st_size == 0:
        raise InvalidInput(f"{path.name} is empty: there is nothing to import.")
    if fmt not in FORMATS:
        raise InvalidInput(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    endings = check_text(path) if fmt != "parquet" else set()
    if fmt == "claimreview":
        rows = claimreview.rows_from_file(path)
        import pandas as pd  # only here: the CLI starts faster without it

        frame = pd.DataFrame(rows, dtype="string")
        con.register("claimreview_rows", frame)
        con.execute("CREATE OR REPLACE TEMP TABLE import_raw AS"
                    " SELECT row_number() OVER () AS record, * FROM claimreview_rows")
        con.unregister("claimreview_rows")
        expected, odd = len(rows), ""
    elif fmt in ("csv", "tsv"):
        delimiter = "\t" if fmt == "tsv" else ","
        mixed = len(endings) > 1
        with tempfile.TemporaryDirectory(prefix="factcheck-stage-") as scratch:
            source = Path(scratch) / path.name if mixed else path
            if mixed:  # the copy DuckDB reads is written by the careful count
                counted = _text_records(path, delimiter, rewrite_to=source)
                expected, odd = counted.records, counted.odd
            else:
                _check_header(path, delimiter)  # before DuckDB meets thousands of columns
                expected, odd = None, ""
            try:
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE import_raw AS SELECT row_number() OVER () AS record, * FROM"
                    " read_csv(?, header = true, all_varchar = true, delim = ?, quote = '\"', escape = '\"',"
                    " strict_mode = true, max_line_size = ?, encoding = 'utf-8', compression = 'none'"
                    + (", new_line = '\\n'" if mixed else "") + ")",  # the copy has "\\n" alone
                    [str(source), delimiter, MAX_LINE_BYTES],
                )
            except Exception as exc:  # DuckDB's message says which line; keep its first line
                if expected is None:  # the careful count names a malformed record better (or raises)
                    odd = _text_records(path, delimiter).odd
                if odd:
                    raise InvalidInput(f"{path.name} could not be read as {fmt.upper()}: {odd}. "
                                       "Nothing was imported.") from None
                if "sniffing" in str(exc):
                    raise InvalidInput(f"{path.name} could not be read as {fmt.upper()}: its lines do not split into "
                                       "the same columns (look for a line of spaces or a stray quote character). "
                                       "Nothing was imported.") from None
                raise _duckdb_error(source, fmt.upper(), exc) from None
        _drop_final_blank_lines(con)
        if expected is None:
            # The second opinion on DuckDB's count: line breaks outside quotes, counted at C speed;
            # when it differs, Python's csv module decides (and names the odd record).
            read = con.execute("SELECT count(*) FROM import_raw").fetchone()[0]
            if _quick_records(path) == read:
                expected = read
            else:
                counted = _text_records(path, delimiter)
                expected, odd = counted.records, counted.odd
    elif fmt in ("json", "jsonl"):
        odd = ""
        expected = _json_records(path, lines=fmt == "jsonl")
        if expected == 0:
            raise InvalidInput(f"{path.name} holds no records: there is nothing to import.")
        shape = "newline_delimited" if fmt == "jsonl" else "array"
        try:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE import_raw_typed AS SELECT * FROM"
                " read_json(?, format = ?, records = true, sample_size = -1, maximum_object_size = ?,"
                " compression = 'uncompressed')",
                [str(path), shape, MAX_LINE_BYTES],
            )
        except Exception as exc:
            if "non-record JSON" in str(exc):
                raise InvalidInput(f"{path.name}: its objects have no fields; there is nothing to import.") from None
            raise _duckdb_error(path, "JSON", exc) from None
        _as_text(con, "import_raw_typed")
    else:  # parquet
        odd = ""
        try:
            expected = con.execute("SELECT sum(num_rows) FROM parquet_file_metadata(?)", [str(path)]).fetchone()[0]
            con.execute("CREATE OR REPLACE TEMP TABLE import_raw_typed AS SELECT * FROM read_parquet(?)", [str(path)])
        except Exception as exc:
            raise _duckdb_error(path, "Parquet", exc) from None
        _as_text(con, "import_raw_typed")
    read = con.execute("SELECT count(*) FROM import_raw").fetchone()[0]
    if read != expected:
        raise InvalidInput(
            f"{path.name}: DuckDB read {read:,} records but the file holds {expected:,}. A record with more "
            "or fewer fields than the header, or a stray quote character, usually causes this"
            + (f"; here {odd}" if odd else "") + ". Nothing was imported."
        )
    columns = [d[0] for d in con.execute("SELECT * FROM import_raw LIMIT 0").description][1:]
    _check_cells(con, path, columns)
    return columns


def _check_cells(con, path: Path, columns: list[str]) -> None:
    """Refuse too many columns, NUL characters (escaped ones too, as JSON's \\u0000) and over-long
    values, naming the record and column, in one scan."""
    if len(columns) > MAX_COLUMNS:
        raise InvalidInput(_too_many_columns(path, len(columns)))
    for column in columns:
        if "\x00" in column:
            raise InvalidInput(f"{path.name}: a column name holds a NUL character; the file is damaged. "
                               "Nothing was imported.")
    if not columns:
        return
    row = con.execute(f"""
        SELECT record, name, value, length(value) FROM (
            UNPIVOT (SELECT * FROM import_raw) ON COLUMNS(* EXCLUDE (record)) INTO NAME name VALUE value)
        WHERE contains(value, chr(0)) OR length(value) > {MAX_FIELD_CHARS}
        ORDER BY record LIMIT 1""").fetchone()
    if row is None:
        return
    record, column, value, length = row
    if "\x00" in value:
        raise InvalidInput(f"{path.name}, record {record:,}, column {column!r}: a NUL character; the file is "
                           "binary or damaged. Nothing was imported.")
    raise InvalidInput(f"{path.name}, record {record:,}, column {column!r}: {length:,} characters, over "
                       f"the {MAX_FIELD_CHARS:,} any field may have. Nothing was imported.")


def _as_text(con, table: str) -> None:
    """Every column as text (nested values as JSON), numbered in file order."""
    columns = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    if not columns:
        raise InvalidInput("The file has no fields to import.")
    casts = ", ".join(f'CAST("{c.replace(chr(34), chr(34) * 2)}" AS VARCHAR) AS "{c.replace(chr(34), chr(34) * 2)}"'
                      for c in columns)
    con.execute(f"CREATE OR REPLACE TEMP TABLE import_raw AS SELECT row_number() OVER () AS record, {casts} FROM {table}")
    con.execute(f"DROP TABLE {table}")
