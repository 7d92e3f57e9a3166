"""The layout rules: the core never imports Streamlit, and the shipped configs are what the README says."""
import pkgutil
import subprocess
import sys
from pathlib import Path

import factcheck

REPO = Path(__file__).resolve().parents[1]


def test_importing_every_factcheck_module_loads_no_streamlit():
    names = sorted(m.name for m in pkgutil.walk_packages(factcheck.__path__, "factcheck.")
                   if not m.name.endswith("__main__"))
    assert "factcheck.store" in names and "factcheck.extract.pipeline" in names
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'streamlit'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_only_the_store_opens_duckdb():
    opening = [p.relative_to(REPO).as_posix() for p in (REPO / "factcheck").rglob("*.py")
               if "duckdb.connect(" in p.read_text(encoding="utf-8")]
    assert opening == ["factcheck/store.py"]
    assert not [p for p in (REPO / "pages").glob("*.py") if "import duckdb" in p.read_text(encoding="utf-8")]


def test_the_shipped_configs_keep_local_mode_local_and_production_locked_down():
    import tomllib

    local = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert local["server"]["address"] == "127.0.0.1"  # local mode: nobody else can reach the desk
    production = tomllib.loads((REPO / "deploy" / "config.toml").read_text())
    for config in (local, production):
        assert config["server"]["enableXsrfProtection"] is True
        assert 0 < config["server"]["maxUploadSize"] <= 50
        assert config["client"]["showErrorDetails"] == "none" and config["client"]["toolbarMode"] == "viewer"
        assert config["browser"]["gatherUsageStats"] is False
    assert not (REPO / ".streamlit" / "secrets.toml").exists()  # secrets are never committed
