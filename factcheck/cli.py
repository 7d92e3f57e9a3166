"""`python -m factcheck`: thin commands over the library; errors become one clear line.

Exit codes: 0 done, 2 bad input or an error the user can fix, 3 a stale edit was refused.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from factcheck import access, backup, export, filters, importers, review, vocabulary
from factcheck.importers import mapping
from factcheck.errors import FactcheckError, StaleEdit
from factcheck.store import ENV_VAR, Store


def _open_existing(args) -> Store:
    store = Store(args.db)
    if not store.exists():
        raise FactcheckError(f"There is no database at {store.path}; run `python -m factcheck init` first.")
    store.ensure(load_sample=False)  # refuses a newer schema, applies pending migrations
    return store


def cmd_init(args) -> int:
    store = Store(args.db)
    result = store.ensure(load_sample=not args.empty)
    result["database"] = str(store.path)
    print(json.dumps(result))
    return 0


def cmd_stats(args) -> int:
    from factcheck import queries  # pandas: loaded by the commands that need it

    print(json.dumps(_open_existing(args).read(queries.stats), indent=2))
    return 0


def cmd_export(args) -> int:
    from factcheck import queries

    where = filters.build_where(filters.parse_cli_where(args.where))
    store = _open_existing(args)
    options = dict(site_url=args.site_url)
    to_stdout = args.output is None or args.output == "-"
    target = Path(tempfile.mkdtemp(prefix="factcheck-export-")) / "claims" if to_stdout else Path(args.output)
    # Write beside the target, then rename: a failed export never leaves a half file.
    fd, tmp = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".part")
    try:
        with store.connect() as con:
            vocabulary.apply(vocabulary.load(con))  # the desk's labels (ClaimReview's rating names)
            if args.format == "csv":
                os.close(fd)
                count = export.write_csv_file(con, where, tmp, excel=args.excel)
            else:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                    count = export.write(queries.export_rows(con, where), out, args.format, **options)
        if to_stdout:
            with open(tmp, "rb") as written:
                shutil.copyfileobj(written, sys.stdout.buffer)
            sys.stdout.flush()
            return 0
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
        if to_stdout:
            shutil.rmtree(target.parent, ignore_errors=True)
    print(f"Exported {count} {'reviews' if args.format == 'claimreview' else 'claims'} to {target}", file=sys.stderr)
    return 0


def cmd_mark(args) -> int:
    store = _open_existing(args)
    result = store.write(
        review.mark,
        args.claim_id,
        access.local(args.reviewer),  # whoever can open the database file may mark
        workflow=args.workflow,
        verdict=args.verdict,
        note=args.note,
        evidence=args.evidence,
        expected_version=args.expect_version,
    )
    print(json.dumps(result, default=str))
    return 0


def cmd_import(args) -> int:
    store = _open_existing(args)
    report = importers.import_file(
        store, args.file, fmt=args.format, columns=mapping.parse_pairs(args.map, "--map"),
        verdicts=mapping.parse_pairs(args.verdict_map, "--verdict-map"), preset=args.preset, name=args.name,
        dry_run=args.dry_run, actor=access.local(None),
    )
    print(report.summary() + (" Nothing was written (dry run)." if args.dry_run else ""), file=sys.stderr)
    print(json.dumps({k: v for k, v in vars(report).items()}, ensure_ascii=False))
    return 0


def cmd_extract(args) -> int:
    from factcheck.extract import extract_article  # loads only when asked for

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FactcheckError(f"There is no file {path}.") from None
    except UnicodeDecodeError:
        raise FactcheckError(f"{path} is not UTF-8 text.") from None
    found = extract_article(text, args.published)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
    else:
        for claim in found["claims"]:
            who = claim["speaker"] or "The article itself"
            print(f"[{claim['attribution']}] {who}: {claim['text']}")
        print(f"{len(found['claims'])} claims, {len(found['figures'])} figures", file=sys.stderr)
    return 0


def _date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-01-13") from None


def cmd_backup(args) -> int:
    folder = backup.backup(_open_existing(args), args.directory)
    print(f"Backed up {Store(args.db).path} to {folder}", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    store = Store(args.db)
    applied = backup.restore(args.directory, store)
    print(json.dumps({"database": str(store.path), "migrations_applied": applied}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck", description="Fact-check desk: the claims database from the command line."
    )
    parser.add_argument(
        "--db", metavar="PATH", help=f"database file (default: ${ENV_VAR}, else data/factcheck.duckdb)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("init", help="create the schema and load the sample data (safe to rerun)")
    p.add_argument("--empty", action="store_true", help="create the schema only, without the sample article")
    p.set_defaults(run=cmd_init)

    p = commands.add_parser("stats", help="counts of articles, claims, figures, sources; claims by status (JSON)")
    p.set_defaults(run=cmd_stats)

    p = commands.add_parser("export", help="the claims matching --where filters (all by default), with figures")
    p.add_argument(
        "--where", action="append", default=[], metavar="FIELD__OP=VALUE",
        help="a filter as in the dashboard URL, e.g. verdict__in=inaccurate,misleading or q=drone; repeatable",
    )
    p.add_argument(
        "--format", choices=export.FORMATS, default="json",
        help="json (default), jsonl, csv, or claimreview (schema.org JSON-LD for claims with a verdict)",
    )
    p.add_argument("--site-url", metavar="URL", help="claimreview: the dashboard's address, for each review's url")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--excel", action="store_true", help="CSV only: start with a byte-order mark for Excel")
    p.set_defaults(run=cmd_export)

    p = commands.add_parser("extract", help="claims, speakers and figures found in an article's text")
    p.add_argument("file", metavar="FILE", help="the article as plain UTF-8 text")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="resolves 'on Sunday' and the like")
    p.add_argument("--json", action="store_true", help="the full result as JSON, with character offsets")
    p.set_defaults(run=cmd_extract)

    p = commands.add_parser("import", help="add a claim set from a file: all of it, or nothing")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=importers.FORMATS, help="default: from the file's extension and content")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help=f"which column feeds which field ({', '.join(mapping.FIELDS)}); repeatable")
    p.add_argument("--verdict-map", action="append", default=[], metavar="LABEL=VERDICT",
                   help="which label in the file means which verdict (or none); repeatable")
    p.add_argument("--preset", choices=sorted(mapping.PRESETS), help="column and label mapping of a known dataset")
    p.add_argument("--name", help="the claim set's name (default: the file name); same name, same set")
    p.add_argument("--dry-run", action="store_true", help="check everything and report, but write nothing")
    p.set_defaults(run=cmd_import)

    p = commands.add_parser("backup", help="write the whole desk as Parquet files into a new folder")
    p.add_argument("directory", metavar="DIR")
    p.set_defaults(run=cmd_backup)

    p = commands.add_parser("restore", help="load a backup into a new database file (then bring it up to date)")
    p.add_argument("directory", metavar="DIR")
    p.set_defaults(run=cmd_restore)

    p = commands.add_parser("mark", help="change a claim's workflow or verdict, with an audit event")
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    p.add_argument("--reviewer", required=True, metavar="NAME", help="who is making the change")
    p.add_argument("--workflow", metavar="W", help="unreviewed, in_progress, needs_second_review or done")
    p.add_argument(
        "--verdict",
        metavar="V",
        help="accurate, mostly_accurate, misleading, inaccurate, unverifiable, not_checkable, or none to clear",
    )
    p.add_argument("--note", metavar="TEXT", help="why: shown in the claim's history")
    p.add_argument("--evidence", metavar="URL", action="append",
                   help="an http(s) link backing the verdict; repeat for several")
    p.add_argument(
        "--expect-version", type=int, metavar="N", help="refuse (exit 3) if the claim has moved past version N"
    )
    p.set_defaults(run=cmd_mark)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except StaleEdit as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except FactcheckError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
