"""Backups: the whole desk as Parquet files plus its schema (DuckDB's EXPORT/IMPORT DATABASE).

This is also how a desk moves to another machine or to a newer DuckDB: back up, restore into a
new file, and the migrations bring an older backup's schema up to date.
"""
from __future__ import annotations

from pathlib import Path

from factcheck import migrations
from factcheck.errors import FactcheckError


def _literal(path: Path) -> str:
    """A path as a SQL string literal (EXPORT/IMPORT DATABASE take no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


def backup(store, directory: str | Path) -> Path:
    """Write every table of the desk into directory (new or empty); returns it."""
    target = Path(directory)
    if target.exists() and any(target.iterdir()):
        raise FactcheckError(f"{target} is not empty; back up into a new folder so no backup is overwritten.")
    target.mkdir(parents=True, exist_ok=True)
    with store.connect() as con:
        con.execute(f"EXPORT DATABASE {_literal(target)} (FORMAT parquet)")
    return target


def restore(directory: str | Path, store) -> list[int]:
    """Load a backup into a database file that does not exist yet; returns the migrations applied after."""
    source = Path(directory)
    if not (source / "schema.sql").exists():
        raise FactcheckError(f"{source} is not a factcheck backup (there is no schema.sql in it).")
    if store.exists():
        raise FactcheckError(f"{store.path} already exists; restore into a new file (move the old one aside first).")
    try:
        with store.connect() as con:
            con.execute(f"IMPORT DATABASE {_literal(source)}")
            return migrations.migrate(con)
    except Exception:
        for leftover in (store.path, Path(f"{store.path}.wal")):
            leftover.unlink(missing_ok=True)  # no half-restored desk is left behind
        raise
