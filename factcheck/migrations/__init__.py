"""Numbered schema migrations, applied in order, each recorded in `schema_migrations`.

Each module `mNNNN_name.py` defines `apply(con)`. A migration and its record share one
transaction, so a failure leaves the database exactly as it was before that migration.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from typing import Callable

from factcheck.errors import MigrationFailed, SchemaTooNew

_NAME = re.compile(r"^m(\d{4})_(\w+)$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable


def discover() -> list[Migration]:
    """The migrations shipped with this code, in version order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if match:
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(int(match.group(1)), match.group(2), module.apply))
    return sorted(found, key=lambda m: m.version)


def _ensure_ledger(con) -> None:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
    )


def applied_versions(con) -> list[int]:
    _ensure_ledger(con)
    return [row[0] for row in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def migrate(con, migrations: list[Migration] | None = None) -> list[int]:
    """Apply every pending migration; return the versions applied now (empty when up to date)."""
    migrations = discover() if migrations is None else migrations
    done = applied_versions(con)
    latest_known = max((m.version for m in migrations), default=0)
    if done and max(done) > latest_known:
        raise SchemaTooNew(
            f"This database was written by a newer factcheck (schema version {max(done)}; this code knows "
            f"up to {latest_known}). Update the code before opening it; nothing was changed."
        )
    applied = []
    for migration in migrations:
        if migration.version in done:
            continue
        con.begin()
        try:
            migration.apply(con)
            con.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [migration.version, migration.name]
            )
            con.commit()
        except Exception as exc:
            con.rollback()
            raise MigrationFailed(
                f"Migration {migration.version:04d} ({migration.name}) failed and was rolled back: {exc}"
            ) from exc
        applied.append(migration.version)
    return applied
