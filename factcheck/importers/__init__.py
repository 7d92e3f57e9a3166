"""Claim sets in: read a file, map its columns and labels, check every record, write all or nothing.

Every imported claim belongs to a claim set (an `articles` row with no body, one per import
name), and carries an import_key — the file's own id, or a hash of text, speaker and date — so
the same file imported twice adds nothing the second time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from factcheck import access, search
from factcheck.errors import InvalidInput
from factcheck.importers import mapping, readers

MAX_TEXT = 100_000  # characters in one claim; longer is not a claim but a mistake
WS = r"[\s\x{00A0}\x{1680}\x{2000}-\x{200B}\x{202F}\x{205F}\x{3000}\x{FEFF}]"
DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%dT%H:%M:%S%z",
                "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ")
FORMATS = readers.FORMATS


@dataclass
class ImportReport:
    file: str
    claim_set: str
    records: int = 0
    added: int = 0
    already_there: int = 0
    repeated_in_file: int = 0
    new_sources: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False

    def summary(self) -> str:
        verb = "Would add" if self.dry_run else "Added"
        parts = [f"{verb} {self.added:,} of {count(self.records, 'claim')} from {self.file} to “{self.claim_set}”"]
        if self.already_there:
            parts.append(f"{self.already_there:,} {'was' if self.already_there == 1 else 'were'} already there")
        if self.repeated_in_file:
            parts.append(f"{self.repeated_in_file:,} repeated an earlier record of the file")
        if self.new_sources:
            parts.append(count(self.new_sources, "new source"))
        return "; ".join(parts) + "."


def count(n: int, word: str) -> str:
    """'1 claim', '2,297 claims'."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _clean(column: str | None) -> str:
    """SQL for a trimmed, NULL-when-empty text column (never rewritten inside)."""
    if column is None:
        return "NULL"
    quoted = '"' + column.replace('"', '""') + '"'
    # The regex replace runs only where the first or last character is whitespace (rarely): a
    # test of two characters is cheaper than a replace over every value.
    return (f"CASE WHEN regexp_matches(left({quoted}, 1) || right({quoted}, 1), '{WS}')"
            f" THEN nullif(regexp_replace({quoted}, '^{WS}+|{WS}+$', '', 'g'), '') ELSE nullif({quoted}, '') END")


def _date_sql(expr: str, formats=DATE_FORMATS) -> str:
    tries = ", ".join(f"CAST(try_strptime({expr}, '{f}') AS DATE)" for f in formats)
    return f"coalesce({tries})"


def _date_formats(con, column: str) -> list[str]:
    """DATE_FORMATS, the ones that read most of the file's first thousand dates first: coalesce stops
    at the first format that reads a value, and no two formats read one text as different dates."""
    sample = f"(SELECT {_clean(column)} AS d FROM import_raw LIMIT 1000)"
    hits = con.execute("SELECT " + ", ".join(f"count(try_strptime(d, '{f}'))" for f in DATE_FORMATS)
                       + f" FROM {sample}").fetchone()
    return [f for _, f in sorted(zip(hits, DATE_FORMATS), key=lambda p: -p[0])]


def slug(name: str) -> str:
    return "set-" + (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unnamed")


def _fail_on(con, sql: str, message: Callable[[tuple], str]) -> None:
    row = con.execute(sql).fetchone()
    if row and row[0] is not None:
        raise InvalidInput(message(row))


def import_file(
    store,
    path: str | Path,
    fmt: str | None = None,
    columns: dict[str, str] | None = None,
    verdicts: dict[str, str] | None = None,
    preset: str | None = None,
    name: str | None = None,
    dry_run: bool = False,
    progress: Callable[[str, float], None] | None = None,
    exact_columns: bool = False,
    *,
    actor: access.Actor,
) -> ImportReport:
    """Import a claim set; any bad record stops it with a message naming the record and field.

    Imports are for admins (actor's role is checked before the file is read); the import is recorded
    once (file, who, when, counts, the label → verdict map) and each claim keeps its import and its
    file's label, so every claim's history shows its verdict coming from the file.
    """
    access.require(actor, "import")
    path = Path(path)
    fmt = fmt or readers.guess_format(path)
    step = progress or (lambda what, done: None)
    with store.connect() as con:
        con.begin()
        try:
            step("Reading the file", 0.1)
            report = _import(con, path, fmt, columns, verdicts, preset, name or path.name, step, exact_columns,
                             actor)
            report.dry_run = dry_run
            if dry_run:
                con.rollback()
            else:
                con.commit()
        except BaseException:
            con.rollback()
            raise
    step("Done", 1.0)
    return report


def _import(con, path, fmt, given_columns, given_verdicts, preset, name, step, exact, actor) -> ImportReport:
    file_columns = readers.stage(con, path, fmt)
    chosen = mapping.column_map(file_columns, given_columns, preset, exact=exact)
    claim_set = f"Claim set: {name}"
    report = ImportReport(file=path.name, claim_set=claim_set, columns=chosen)
    report.records = con.execute("SELECT count(*) FROM import_raw").fetchone()[0]
    step(f"Checking {report.records:,} records", 0.3)

    c = {f: _clean(chosen.get(f)) for f in mapping.FIELDS}
    said_at = _date_sql("said_at_raw", _date_formats(con, chosen["said_at"])) if "said_at" in chosen else "NULL::DATE"
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE import_rows AS
        SELECT *, {said_at} AS said_at FROM (
            SELECT record, {c['text']} AS text, {c['speaker']} AS speaker, {c['speaker_role']} AS speaker_role,
                   {c['said_at']} AS said_at_raw, {c['verdict']} AS label, {c['cue']} AS cue,
                   {c['external_id']} AS external_id, {c['review_url']} AS review_url, {c['publisher']} AS publisher
            FROM import_raw)""")
    text_col = chosen["text"]
    _fail_on(con, "SELECT min(record), count(*) FROM import_rows WHERE text IS NULL",
             lambda r: f"Record {r[0]:,}: the claim text (column {text_col!r}) is empty"
                       + (f"; {r[1]:,} records in all have no text" if r[1] > 1 else "") + ". Nothing was imported.")
    _fail_on(con, f"SELECT min(record), max(length(text)) FROM import_rows WHERE length(text) > {MAX_TEXT}",
             lambda r: f"Record {r[0]:,}: the claim text (column {text_col!r}) is {r[1]:,} characters long, over "
                       f"the {MAX_TEXT:,} a claim may have. Nothing was imported.")
    _fail_on(con, "SELECT min(record) FROM import_rows WHERE contains(text, chr(0)) OR contains(speaker, chr(0))",
             lambda r: f"Record {r[0]:,} contains a NUL character; the file is probably binary or damaged.")
    if "said_at" in chosen:
        date_col = chosen["said_at"]
        _fail_on(con, "SELECT min(record), any_value(said_at_raw) FROM import_rows"
                      " WHERE said_at_raw IS NOT NULL AND said_at IS NULL",
                 lambda r: f"Record {r[0]:,}: {r[1]!r} in column {date_col!r} is not a date "
                           "(use 2025-01-13 or January 13, 2025). Nothing was imported.")

    labels = [r[0] for r in con.execute(
        "SELECT DISTINCT label FROM import_rows WHERE label IS NOT NULL ORDER BY label").fetchall()]
    label_map = mapping.verdict_map(labels, given_verdicts, preset)
    con.execute("CREATE OR REPLACE TEMP TABLE import_labels (label VARCHAR, verdict VARCHAR)")
    if label_map:
        con.executemany("INSERT INTO import_labels VALUES (?, ?)",
                        [(k, None if v == "none" else v) for k, v in label_map.items()])
    report.verdicts = dict(con.execute(
        "SELECT coalesce(l.verdict, 'none'), count(*) FROM import_rows r LEFT JOIN import_labels l USING (label)"
        " GROUP BY 1 ORDER BY 1").fetchall())

    publisher_default = mapping.PRESETS.get(preset, {}).get("publisher") if preset else None
    con.execute("""
        CREATE OR REPLACE TEMP TABLE import_ready AS
        SELECT r.*, l.verdict,
               coalesce(r.publisher, ?) AS review_publisher,
               CASE WHEN r.external_id IS NOT NULL THEN 'id:' || r.external_id
                    ELSE 'h:' || md5(concat_ws(chr(31), r.text, coalesce(r.speaker, ''),
                                               coalesce(CAST(r.said_at AS VARCHAR), ''))) END AS import_key
        FROM import_rows r LEFT JOIN import_labels l USING (label)""", [publisher_default])
    report.repeated_in_file = con.execute(
        "SELECT count(*) - count(DISTINCT import_key) FROM import_ready").fetchone()[0]
    if report.repeated_in_file:  # keep each key's first record (a window only when there are repeats)
        con.execute("CREATE OR REPLACE TEMP TABLE import_ready AS SELECT * FROM import_ready"
                    " QUALIFY row_number() OVER (PARTITION BY import_key ORDER BY record) = 1")

    step("Writing", 0.6)
    article = con.execute("SELECT id FROM articles WHERE slug = ?", [slug(name)]).fetchone()
    unknown = "WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = ? AND c.import_key = r.import_key)"
    if article is None:
        unknown = ""  # a new claim set holds nothing yet: no lookup per record
        article = con.execute(
            "INSERT INTO articles (slug, title, outlet, body, language) VALUES (?, ?, ?, '', NULL) RETURNING id",
            [slug(name), claim_set, publisher_default]).fetchone()
    article_id = article[0]
    params = [article_id] if unknown else []
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE import_new AS
        SELECT nextval('claim_ids') AS claim_id, * FROM (
            SELECT * FROM import_ready r {unknown} ORDER BY record)""",
                params)  # ids drawn here, in file order
    report.added = con.execute("SELECT count(*) FROM import_new").fetchone()[0]
    report.already_there = report.records - report.repeated_in_file - report.added

    speakers = con.execute("""
        SELECT speaker, arg_max(speaker_role, record) AS role FROM import_new
        WHERE speaker IS NOT NULL AND speaker NOT IN (SELECT name FROM sources) GROUP BY speaker""").fetchall()
    if speakers:  # three lists as parameters: one statement, no DataFrame
        names, roles = [s[0] for s in speakers], [s[1] for s in speakers]
        con.execute("INSERT INTO sources (name, kind, role) SELECT unnest(?), unnest(?), unnest(?)",
                    [names, [mapping.speaker_kind(n) for n in names], roles])
    report.new_sources = len(speakers)

    reviewer = f"import: {path.name}" + (f" by {actor.name}" if actor.name else "")
    now = con.execute("SELECT current_timestamp").fetchone()[0]
    # One row for the import, not one status event per verdict: each claim's history shows its
    # verdict coming from this row (queries.CLAIM_EVENTS).
    verdicts_added = con.execute("SELECT count(*) FROM import_new WHERE verdict IS NOT NULL").fetchone()[0]
    import_id = con.execute(
        "INSERT INTO imports (article_id, file, imported_by, imported_at, records, added, verdicts_added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [article_id, path.name, reviewer, now, report.records, report.added, verdicts_added]).fetchone()[0]
    con.execute("INSERT INTO import_verdicts SELECT ?, label, verdict FROM import_labels", [import_id])
    con.execute(f"""
        INSERT INTO claims (id, article_id, text, speaker_id, attribution, cue, said_at, hedges, workflow, verdict,
                            reviewer, updated_at, version, import_key, review_url, review_publisher, search_text,
                            import_id, import_label)
        SELECT r.claim_id, ?, r.text, s.id, CASE WHEN r.speaker IS NULL THEN 'unattributed' ELSE 'paraphrase' END, r.cue,
               r.said_at, [], CASE WHEN r.verdict IS NULL THEN 'unreviewed' ELSE 'done' END, r.verdict,
               CASE WHEN r.verdict IS NULL THEN NULL ELSE ? END,
               CASE WHEN r.verdict IS NULL THEN NULL ELSE ?::TIMESTAMPTZ END, 1,
               r.import_key, r.review_url, r.review_publisher,
               {search.FOLD.format("concat_ws(' ', r.text, NULL, r.cue)")}, ?, r.label
        FROM import_new r LEFT JOIN sources s ON s.name = r.speaker
        ORDER BY r.record""", [article_id, reviewer, now, import_id])
    con.execute("CREATE OR REPLACE TEMP TABLE import_ids AS SELECT claim_id AS id FROM import_new")
    search.index(con, "import_ids")  # search_text folded above, as search.CLAIM_TEXT would (no quote)
    search.refresh(con)  # the new speakers' names
    for table in ("import_raw", "import_rows", "import_labels", "import_ready", "import_new", "import_ids"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return report


@dataclass
class Preview:
    format: str
    columns: list[str]
    head: object  # a pandas DataFrame of the first rows
    records: int
    guessed: dict[str, str]  # field → column


def preview(path: str | Path, fmt: str | None = None, rows: int = 5) -> Preview:
    """The file's columns, first rows and record count, read the same way the import will read it."""
    from factcheck.store import Store  # the store owns connections; a scratch one touches no desk

    path = Path(path)
    fmt = fmt or readers.guess_format(path)
    with Store.scratch() as con:
        columns = readers.stage(con, path, fmt)
        head = con.execute(f"SELECT * EXCLUDE (record) FROM import_raw ORDER BY record LIMIT {int(rows)}").df()
        records = con.execute("SELECT count(*) FROM import_raw").fetchone()[0]
    guessed = mapping.column_map(columns, require=False)  # the reviewer picks what is missing
    return Preview(fmt, columns, head, records, guessed)


def labels_in(path: str | Path, fmt: str, column: str) -> list[str]:
    """The distinct values of the verdict column, trimmed, for the dashboard's label mapping."""
    from factcheck.store import Store

    with Store.scratch() as con:
        readers.stage(con, Path(path), fmt)
        return [r[0] for r in con.execute(
            f"SELECT DISTINCT {_clean(column)} AS label FROM import_raw WHERE label IS NOT NULL ORDER BY label"
        ).fetchall()]
