"""The CLI as a user runs it: a real process, a real database file."""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import migrations
from factcheck.cli import build_parser

REPO = Path(__file__).resolve().parents[1]


def cli(*args, db=None, env=None):
    environment = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DB"}
    environment.update(env or {})
    command = [sys.executable, "-m", "factcheck"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=environment, timeout=60)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.duckdb"
    assert cli("init", db=path).returncode == 0
    return path


def test_init_is_idempotent(tmp_path):
    path = tmp_path / "x.duckdb"
    first = json.loads(cli("init", db=path).stdout)
    assert first["migrations_applied"] == [m.version for m in migrations.discover()] and first["articles_loaded"] == ["politico-2025-01-13-north-korean-pows"]
    again = json.loads(cli("init", db=path).stdout)
    assert again["migrations_applied"] == [] and again["articles_loaded"] == []
    assert json.loads(cli("stats", db=path).stdout)["claims"] == 26


def test_database_from_environment(tmp_path):
    path = tmp_path / "env.duckdb"
    done = cli("init", env={"FACTCHECK_DB": str(path)})
    assert done.returncode == 0 and path.exists()


def test_stats(db):
    stats = json.loads(cli("stats", db=db).stdout)
    assert {k: stats[k] for k in ("articles", "claims", "figures", "sources")} == {
        "articles": 1, "claims": 26, "figures": 8, "sources": 6}
    assert stats["claims_by_workflow"] == {"unreviewed": 26, "in_progress": 0, "needs_second_review": 0, "done": 0}
    assert stats["claims_by_verdict"]["none"] == 26


def test_mark_then_export_shows_it(db):
    done = cli("mark", "15", "--reviewer", "Ana", "--workflow", "in_progress", "--verdict", "unverifiable",
               "--note", "Seoul figures, not confirmed", "--evidence", "https://example.org/nis", db=db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["version"] == 2
    claims = json.loads(cli("export", db=db).stdout)
    seoul = next(c for c in claims if c["id"] == 15)
    assert (seoul["workflow"], seoul["verdict"], seoul["reviewer"], seoul["version"]) == (
        "in_progress", "unverifiable", "Ana", 2)
    assert seoul["speaker"] == "South Korean government" and seoul["attribution"] == "official_statement"
    assert [f["surface"] for f in seoul["figures"]] == ["Around 300", "2,700"]


def test_stale_mark_exits_3_and_writes_nothing(db):
    assert cli("mark", "5", "--reviewer", "Ana", "--workflow", "done", db=db).returncode == 0
    refused = cli("mark", "5", "--reviewer", "Bo", "--verdict", "accurate", "--expect-version", "1", db=db)
    assert refused.returncode == 3
    assert refused.stderr.startswith("error: Not saved: claim 5 changed") and "Ana" in refused.stderr
    claim = next(c for c in json.loads(cli("export", db=db).stdout) if c["id"] == 5)
    assert (claim["verdict"], claim["version"]) == (None, 2)


def test_export_csv_to_file(db, tmp_path):
    out = tmp_path / "claims.csv"
    done = cli("export", "--format", "csv", "-o", str(out), db=db)
    assert done.returncode == 0 and "Exported 26 claims" in done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 26
    assert rows[13]["figures"] == ("~50 percent (share of the captured Kursk territory lost by Ukraine); "
                                   "~625 km2 (Kursk territory lost by Ukraine since the end of October) [derived]; "
                                   "1,250 km2 (Kursk territory captured by Ukraine)")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_export_jsonl(db):
    lines = cli("export", "--format", "jsonl", db=db).stdout.splitlines()
    assert len(lines) == 26 and json.loads(lines[0])["id"] == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["mark", "5", "--reviewer", "Ana", "--workflow", "finished"], "error: Unknown workflow 'finished'"),
        (["mark", "5", "--reviewer", "Ana", "--evidence", "javascript:x"], "error: Evidence must be an http"),
        (["mark", "999", "--reviewer", "Ana", "--workflow", "done"], "error: There is no claim 999."),
        (["mark", "five", "--reviewer", "Ana"], "invalid int value: 'five'"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(db, args, message):
    done = cli(*args, db=db)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_database_is_explained(tmp_path):
    done = cli("stats", db=tmp_path / "none.duckdb")
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: There is no database at {tmp_path / 'none.duckdb'}; "
                                   "run `python -m factcheck init` first.")


def test_every_command_is_documented():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, sub in commands.choices.items():
        assert sub.description or commands._choices_actions, name
        assert f"python -m factcheck {name}" in readme, f"README does not show `{name}`"


def test_backup_and_restore_round_trip(db, tmp_path):
    assert cli("mark", "13", "--reviewer", "Ana", "--verdict", "unverifiable", "--note", "moved desk", db=db).returncode == 0
    folder = tmp_path / "backup"
    done = cli("backup", str(folder), db=db)
    assert done.returncode == 0, done.stderr
    assert (folder / "schema.sql").exists() and list(folder.glob("*.parquet"))
    restored = tmp_path / "restored.duckdb"
    done = cli("restore", str(folder), db=restored)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["migrations_applied"] == []
    assert cli("export", db=restored).stdout == cli("export", db=db).stdout
    # the restored desk carries on: new ids do not collide with restored ones
    again = cli("mark", "13", "--reviewer", "Bo", "--workflow", "done", "--expect-version", "2", db=restored)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["version"] == 3


def test_backup_and_restore_refuse_to_overwrite(db, tmp_path):
    folder = tmp_path / "backup"
    assert cli("backup", str(folder), db=db).returncode == 0
    busy = cli("backup", str(folder), db=db)
    assert busy.returncode == 2 and "is not empty" in busy.stderr
    onto = cli("restore", str(folder), db=db)
    assert onto.returncode == 2 and "already exists" in onto.stderr
    wrong = cli("restore", str(tmp_path), db=tmp_path / "new.duckdb")
    assert wrong.returncode == 2 and "not a factcheck backup" in wrong.stderr
    assert not (tmp_path / "new.duckdb").exists()
