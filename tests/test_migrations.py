import duckdb
import pytest

from factcheck import migrations
from factcheck.errors import MigrationFailed, SchemaTooNew
from factcheck.access import local

TABLES = {"articles", "sources", "claims", "figures", "status_events", "workflows", "verdicts", "attributions",
          "source_kinds", "schema_migrations"}


def tables(con):
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def test_fresh_database_reaches_latest(db_path):
    con = duckdb.connect(str(db_path))
    applied = migrations.migrate(con)
    assert applied == [m.version for m in migrations.discover()]
    assert TABLES <= tables(con)
    assert con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall() == [
        (1, "initial"), (2, "figure_measures"), (3, "imported_claims"), (4, "search_text"), (5, "vocabulary_changes"), (6, "imports")]


def test_rerun_applies_nothing(db_path):
    con = duckdb.connect(str(db_path))
    migrations.migrate(con)
    assert migrations.migrate(con) == []
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(migrations.discover())
    assert con.execute("SELECT count(*) FROM workflows").fetchone()[0] == 4


def test_vocabularies_are_in_reviewer_words(db_path):
    con = duckdb.connect(str(db_path))
    migrations.migrate(con)
    assert con.execute("SELECT label FROM workflows ORDER BY position").fetchall() == [
        ("Unreviewed",), ("In progress",), ("Needs second review",), ("Done",)]
    verdicts = [r[0] for r in con.execute("SELECT id FROM verdicts ORDER BY position").fetchall()]
    assert verdicts == ["accurate", "mostly_accurate", "misleading", "inaccurate", "unverifiable", "not_checkable"]


def test_failing_migration_rolls_back_and_is_not_recorded(db_path):
    con = duckdb.connect(str(db_path))
    migrations.migrate(con)

    def half_done(c):
        c.execute("CREATE TABLE half_done (x INTEGER)")
        c.execute("INSERT INTO claims (id) VALUES ('not a number')")

    broken = migrations.discover() + [migrations.Migration(90, "broken", half_done)]
    with pytest.raises(MigrationFailed, match="0090 \\(broken\\) failed and was rolled back"):
        migrations.migrate(con, broken)
    assert "half_done" not in tables(con)
    assert migrations.applied_versions(con) == [m.version for m in migrations.discover()]


def test_later_migration_applies_once(db_path):
    con = duckdb.connect(str(db_path))
    migrations.migrate(con)
    extra = migrations.discover() + [
        migrations.Migration(91, "add_col", lambda c: c.execute("ALTER TABLE articles ADD COLUMN section VARCHAR"))]
    assert migrations.migrate(con, extra) == [91]
    assert migrations.migrate(con, extra) == []


def test_database_newer_than_code_is_refused(db_path):
    con = duckdb.connect(str(db_path))
    migrations.migrate(con)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'from_the_future')")
    with pytest.raises(SchemaTooNew, match="schema version 99"):
        migrations.migrate(con)


def test_every_stored_status_is_in_the_vocabularies(fresh_store):
    """Workflow and verdict have no foreign key (it slows updates 30-fold); the code keeps them valid."""
    from factcheck import review

    fresh_store.write(review.mark, 1, local("Ana"), workflow="done", verdict="accurate")
    strays = fresh_store.read(lambda con: con.execute(
        "SELECT count(*) FROM claims WHERE workflow NOT IN (SELECT id FROM workflows)"
        " OR (verdict IS NOT NULL AND verdict NOT IN (SELECT id FROM verdicts))").fetchone()[0])
    assert strays == 0
