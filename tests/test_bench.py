"""The benchmark runs end to end at a small size: every row is measured and DuckDB and pandas agree.

No timing is asserted here; the numbers are for docs/performance.md. The first-paint row needs
Chromium, which CI installs.
"""
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROWS = {"claims_page", "claims_page_phrase", "overview_page", "claim_page", "figures_page", "sources_page", "claims_rerun", "mark",
        "bulk_mark_10k", "export_csv_300k", "import_100k", "extract_100_articles"}


def test_benchmark_at_20000_claims(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "-m", "factcheck.bench", "--claims", "20000", "--runs", "1",
                           "--json", str(out)], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(out.read_text())
    assert result["claims"] == 20000 and result["shape"]["claims"] == 20000
    browser = {"first_paint_claims"} if Path("/usr/bin/chromium").exists() else set()
    assert {r["name"] for r in result["rows"]} == ROWS | browser
    assert all(r["median_ms"] > 0 for r in result["rows"])
    assert all(check["same"] for check in result["checks"].values()), result["checks"]
    baseline = {r["name"]: r for r in result["rows"] if r["baseline_median_ms"] is not None}
    assert {"claims_page", "claims_page_phrase", "overview_page", "claim_page", "figures_page",
            "export_csv_300k"} <= set(baseline)
    assert result["checks"]["phrase_search_count"]["duckdb"] > 0  # the phrase is found, not only agreed on
    assert result["peak_rss_mb"] > 0
    assert "| claims_page |" in done.stdout and "Result checks (DuckDB vs pandas)" in done.stdout
