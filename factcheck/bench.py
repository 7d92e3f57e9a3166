"""The benchmark: `python -m factcheck.bench --claims 1000000 [--json OUT] [--markdown docs/performance.md]`.

Builds a deterministic synthetic desk (factcheck.synthetic), then times, as medians over several
runs, the server-side work of each page through the functions the pages call, a whole Streamlit
rerun of the Claims page, status marks, a bulk mark, a CSV export, an import and extraction —
and, in the same run, a naive pandas baseline of the same page work over a DataFrame already in
memory, with the ratio. Before timing, it checks that DuckDB and pandas give the same counts.
No test asserts on these times; they are reported, with the targets, for people to read.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pandas as pd

from factcheck import access, export, figures, filters, importers, queries, review, synthetic
from factcheck.store import Store

CLAIMS_FILTER = {"workflow__in": "unreviewed,in_progress", "speaker_kind": "person",
                 "said_at__gte": "2023-06-01", "said_at__lte": "2023-11-30", "q": "drone"}
PHRASE_FILTER = {**CLAIMS_FILTER, "q": "drone base"}  # several words: the index, then the phrase on candidates
RATIO_TARGETS = {"claims_page": 5, "claims_page_phrase": 5, "overview_page": 5, "figures_page": 5}  # at least this much faster than pandas
TARGETS_MS = {"claims_page": 120, "claims_page_phrase": 120, "overview_page": 120, "figures_page": 120, "claim_page": 30, "claims_rerun": 300,
              "mark": 10, "bulk_mark_10k": 1000, "export_csv_300k": 1000, "import_100k": 2000,
              "extract_100_articles": 5000, "first_paint_claims": 3000}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, runs: int) -> tuple[float, object]:
    """Median milliseconds over `runs` calls (after one warm-up call), and the last result."""
    result = fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


# ---- the app's work, through the same functions the pages call ---------------------------------

def claims_page(store, where):
    def work(con):
        return queries.claims_overview(con, where), queries.claims_table(con, where, "article", 50, 0)
    return store.read(work)


def overview_page(store):
    return store.read(queries.overview)


def claim_page(store, claim_id):
    def work(con):
        return queries.claim_detail(con, claim_id), queries.claim_figures(con, claim_id), \
            queries.claim_history(con, claim_id)
    return store.read(work)


def figures_page(store, rules):
    rows = store.read(queries.figure_rows, queries.ALL)
    return rows, figures.derive(rows, rules)


def sources_page(store):
    return store.read(queries.sources_table)


# ---- the naive baseline: the same answers from DataFrames in memory -----------------------------

def load_frames(path) -> dict[str, pd.DataFrame]:
    store = Store(path)
    with store.connect() as con:
        claims = con.execute(
            "SELECT c.id, c.article_id, c.text, c.quote, c.cue, c.said_at, c.hedges, c.workflow, c.verdict,"
            " c.reviewer, c.updated_at, c.version, c.attribution, c.span_start, s.name AS speaker,"
            " s.kind AS speaker_kind, s.role AS speaker_role FROM claims c LEFT JOIN sources s ON s.id = c.speaker_id"
        ).df()
        return {
            "claims": claims,
            "figures": con.execute("SELECT * FROM figures").df(),
            "events": con.execute("SELECT * FROM status_events").df(),
            "articles": con.execute("SELECT id, title, published_at FROM articles").df(),
            "sources": con.execute("SELECT id, name, kind, role FROM sources").df(),
        }


def pandas_claims_page(frames, spec):
    c = frames["claims"]
    said = pd.to_datetime(c["said_at"])
    needle = spec["q"].lower()
    haystack = (c["text"].fillna("") + " " + c["quote"].fillna("") + " " + c["cue"].fillna("") + " "
                + c["speaker"].fillna("")).str.lower()
    masks = {
        "workflow": c["workflow"].isin(spec["workflow__in"].split(",")),
        "other": (c["speaker_kind"] == spec["speaker_kind"])
        & (said >= pd.Timestamp(spec["said_at__gte"])) & (said <= pd.Timestamp(spec["said_at__lte"]))
        & haystack.str.contains(needle, regex=False),
    }
    everything = masks["workflow"] & masks["other"]
    facets = {
        "workflow": c.loc[masks["other"], "workflow"].value_counts(),
        "verdict": c.loc[everything, "verdict"].fillna("none").value_counts(),
        "speaker": c.loc[everything, "speaker"].fillna("none").value_counts().head(11),
        "attribution": c.loc[everything, "attribution"].value_counts(),
        "hedge": c.loc[everything, "hedges"].explode().dropna().value_counts().head(11),
    }
    page = c[everything].sort_values(["article_id", "span_start", "id"]).head(50)
    return int(everything.sum()), facets, page


def pandas_overview(frames):
    c = frames["claims"]
    return (c["workflow"].value_counts(), c["verdict"].fillna("none").value_counts(),
            c.groupby(["workflow", c["verdict"].fillna("none")]).size(),
            c.groupby(["attribution", c["hedges"].str.len() > 0]).size(),
            c.groupby([c["speaker"].fillna("none"), c["verdict"].fillna("none")]).size().sort_values().tail(12),
            frames["events"].groupby([frames["events"]["changed_at"].dt.date, "reviewer"]).size(),
            c.groupby("article_id").size())


def pandas_claim_page(frames, claim_id):
    c = frames["claims"]
    return (c[c["id"] == claim_id], frames["figures"][frames["figures"]["claim_id"] == claim_id],
            frames["events"][frames["events"]["claim_id"] == claim_id])


def pandas_figures(frames):
    f = frames["figures"].sort_values("id", ascending=False).head(500)
    return f.merge(frames["claims"], left_on="claim_id", right_on="id")


def pandas_export(frames, lo, hi, path):
    c = frames["claims"]
    said = pd.to_datetime(c["said_at"])
    rows = c[(said >= pd.Timestamp(lo)) & (said <= pd.Timestamp(hi))].copy()
    for column in ("text", "quote", "speaker", "cue", "reviewer"):
        rows[column] = rows[column].where(~rows[column].fillna("").str.match(r"^[=+\-@\t\r]"), "'" + rows[column])
    rows.to_csv(path, index=False)
    return len(rows)


# ---- the run ------------------------------------------------------------------------------------

def write_import_file(path: Path, rows: int) -> None:
    """A LIAR2-shaped CSV of `rows` synthetic statements with unique ids."""
    rng = random.Random(11)
    words = synthetic.WORDS
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "label", "statement", "date", "speaker", "speaker_description", "context"])
        for i in range(rows):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(10, 40)))
            out.writerow([i, rng.randint(0, 5), text.capitalize() + ".", f"March {1 + i % 28}, 20{10 + i % 14}",
                          f"speaker {rng.randint(1, 3000)}", "A public figure", "a speech"])


def run(claims: int, runs: int, workdir: Path, with_rerun: bool = True, with_browser: bool = True) -> dict:
    rows: list[dict] = []
    db = workdir / "bench.duckdb"
    started = time.perf_counter()
    shape = synthetic.build_elsewhere(db, claims)  # its memory is not the app's
    build_s = time.perf_counter() - started
    store = Store(db, idle_release=30)  # as the dashboard holds it: warm, a cursor per use
    where = filters.build_where(CLAIMS_FILTER)
    phrase_where = filters.build_where(PHRASE_FILTER)
    rules = figures.load_rules()
    rng = random.Random(5)
    claim_ids = [rng.randint(1, claims) for _ in range(runs + 1)]

    def add(name, ms, baseline=None, note=""):
        rows.append({"name": name, "median_ms": round(ms, 1),
                     "baseline_median_ms": None if baseline is None else round(baseline, 1),
                     "ratio": None if baseline is None else round(baseline / ms, 1),
                     "target_ms": TARGETS_MS.get(name), "target_ratio": RATIO_TARGETS.get(name), "note": note})

    duck = {"claims_page": timed(lambda: claims_page(store, where), runs),
            "claims_page_phrase": timed(lambda: claims_page(store, phrase_where), runs),
            "overview_page": timed(lambda: overview_page(store), runs),
            "claim_page": timed(lambda it=iter(claim_ids * 3): claim_page(store, next(it)), runs),
            "figures_page": timed(lambda: figures_page(store, rules), runs),
            "sources_page": timed(lambda: sources_page(store), runs)}

    if with_rerun:
        duck["claims_rerun"] = (claims_rerun(db, runs), None)

    # writes: a mark (warm connection, conflict check, audit event), a bulk mark, an export
    # the version a reviewer's page loaded is known before the save, as on the claim page
    marks = [rng.randint(1, claims) for _ in range(max(runs, 20) + 1)]
    versions = {i: store.read(queries.claim_detail, i)["version"] for i in set(marks)}
    pending = iter(marks)

    def mark():
        claim_id = next(pending)
        result = store.write(review.mark, claim_id, access.local("Bench"), workflow="in_progress",
                             expected_version=versions[claim_id])
        versions[claim_id] = result["version"]
    mark_ms, _ = timed(mark, max(runs, 20))

    articles = shape["articles"]
    per_article = claims / articles
    take = max(1, round(10_000 / per_article))

    def bulk():
        first = rng.randint(1, articles - take) if articles > take else 1
        pick = filters.build_where({"article__in": ",".join(str(a) for a in range(first, first + take))})
        return store.write(review.bulk_mark, pick, access.local("Bench bulk"), workflow="needs_second_review")
    bulk_ms, bulk_count = timed(bulk, runs)

    days = round(730 * 0.3)
    lo, hi = date(2023, 1, 1), date.fromordinal(date(2023, 1, 1).toordinal() + days)
    export_where = filters.build_where({"said_at__gte": lo.isoformat(), "said_at__lte": hi.isoformat()})
    export_path = workdir / "export.csv"

    def export_csv():
        with store.connect() as con:
            return export.write_csv_file(con, export_where, export_path)
    export_ms, exported = timed(export_csv, max(1, runs // 2))

    import_rows = min(100_000, max(1_000, claims // 10))
    import_file = workdir / "import.csv"
    write_import_file(import_file, import_rows)

    import_runs = max(1, runs // 2)
    targets = []
    for n in range(import_runs + 1):  # fresh desks made before the clock starts
        target = Store(workdir / f"import-{n}.duckdb")
        target.ensure(load_sample=False)
        targets.append(target)
    next_target = iter(targets)

    def import_once():
        return importers.import_file(next(next_target), import_file, preset="liar2", actor=access.local("Bench")).added
    import_ms, imported = timed(import_once, import_runs)

    extract_ms, extracted = extraction(runs)
    app_peak = peak_rss_mb()

    # the naive baseline, in the same run: frames loaded once, then the same page work in pandas
    load_started = time.perf_counter()
    frames = load_frames(db)
    load_s = time.perf_counter() - load_started
    base = {"claims_page": timed(lambda: pandas_claims_page(frames, CLAIMS_FILTER), runs),
            "claims_page_phrase": timed(lambda: pandas_claims_page(frames, PHRASE_FILTER), runs),
            "overview_page": timed(lambda: pandas_overview(frames), runs),
            "claim_page": timed(lambda it=iter(claim_ids * 3): pandas_claim_page(frames, next(it)), runs),
            "figures_page": timed(lambda: pandas_figures(frames), runs)}
    base_export_ms, _ = timed(lambda: pandas_export(frames, lo, hi, workdir / "pandas.csv"), max(1, runs // 2))

    checks = check_counts(store, where, phrase_where, frames)
    frames.clear()  # the baseline's DataFrames are not the app's memory
    store.close()
    paint = first_paint(db, runs) if with_browser else None
    for name in ("claims_page", "claims_page_phrase", "overview_page", "claim_page", "figures_page", "sources_page", "claims_rerun"):
        if name in duck:
            add(name, duck[name][0], base[name][0] if name in base else None)
    add("mark", mark_ms)
    add("bulk_mark_10k", bulk_ms, note=f"{bulk_count:,} claims per bulk mark")
    add("export_csv_300k", export_ms, base_export_ms, note=f"{exported:,} rows")
    add("import_100k", import_ms, note=f"{imported:,} rows")
    if extract_ms is not None:
        add("extract_100_articles", extract_ms, note=f"{extracted:.0f} articles per second")
    if paint is not None:
        add("first_paint_claims", paint, note="a real Chromium opening /claims until the table shows")
    return {"claims": claims, "peak_rss_mb": round(app_peak, 1), "rows": rows, "checks": checks,
            "shape": shape, "build_s": round(build_s, 1), "pandas_load_s": round(load_s, 1),
            "pandas_peak_rss_mb": round(peak_rss_mb(), 1), "machine": machine()}


def claims_rerun(db: Path, runs: int) -> float:
    """A whole Streamlit rerun of the Claims page after a filter change (AppTest, in process)."""
    from streamlit.testing.v1 import AppTest

    os.environ["FACTCHECK_DB"] = str(db)
    app = Path(__file__).resolve().parent.parent / "app.py"
    at = AppTest.from_file(str(app), default_timeout=120)
    at.query_params.update({k: v for k, v in CLAIMS_FILTER.items() if k != "q"})
    at.run()
    at.switch_page("pages/claims.py")
    at.run()
    times = []
    for i in range(runs + 1):
        at.text_input(key="claims_q").input("drone" if i % 2 else "missiles")
        started = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - started) * 1000)
        if at.exception:
            raise RuntimeError(f"the claims page failed during the benchmark: {at.exception[0].value}")
    # nine more sessions, each with its own filter, so the peak memory is that of a busy desk
    sessions = [at]
    for n in range(9):
        other = AppTest.from_file(str(app), default_timeout=120)
        other.query_params.update({"said_at__gte": f"2023-{1 + n:02d}-01", "q": ["drone", "army", "tax"][n % 3]})
        other.run()
        other.switch_page("pages/claims.py")
        other.run()
        sessions.append(other)
    return statistics.median(times[1:])


def first_paint(db: Path, runs: int) -> float | None:
    """Median ms from opening /claims in headless Chromium to the claims table on screen.

    A real `streamlit run` on the benchmark database; None when Chromium or playwright is missing.
    """
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not chromium.exists():
        return None
    import socket
    import subprocess
    import urllib.request

    time.sleep(1.5)  # the in-process dashboard sessions let go of the file after a second idle
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.address",
         "127.0.0.1", "--server.port", str(port)], cwd=root, env={**os.environ, "FACTCHECK_DB": str(db)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.2)
        times = []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            for _ in range(runs + 1):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                started = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/claims")
                page.locator('[data-testid="stDataFrame"] tbody tr').first.wait_for(state="attached", timeout=60_000)
                times.append((time.perf_counter() - started) * 1000)
                page.close()
            browser.close()
        return statistics.median(times[1:])  # the first visit also builds caches and loads Python modules
    finally:
        server.terminate()
        server.wait(timeout=20)


def extraction(runs: int) -> tuple[float | None, float]:
    try:
        from factcheck.extract import extract_article
    except ImportError:
        return None, 0.0
    root = Path(__file__).resolve().parent.parent / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "sample").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "devset").rglob("*.txt"))]
    batch = (texts * (100 // max(1, len(texts)) + 1))[:100]
    ms, _ = timed(lambda: [extract_article(t, date(2025, 1, 13)) for t in batch], max(1, runs // 2))
    return ms, 100 / (ms / 1000)


def check_counts(store, where, phrase_where, frames) -> dict:
    """The same answers from DuckDB and from pandas, or the benchmark says which differ."""
    total, facets, everything = store.read(queries.claims_overview, where)
    count, base_facets, _ = pandas_claims_page(frames, CLAIMS_FILTER)
    results = {
        "claims_page_count": (total, count),
        "phrase_search_count": (store.read(queries.claims_overview, phrase_where)[0],
                                pandas_claims_page(frames, PHRASE_FILTER)[0]),
        "all_claims": (everything, len(frames["claims"])),
        "verdict_facet": (sorted((v, n) for v, _, n in facets["verdict"].values),
                          sorted((str(k), int(n)) for k, n in base_facets["verdict"].items())),
        "workflow_facet": (sorted((v, n) for v, _, n in facets["workflow"].values),
                           sorted((str(k), int(n)) for k, n in base_facets["workflow"].items())),
    }
    return {name: {"duckdb": a, "pandas": b, "same": a == b} for name, (a, b) in results.items()}


def machine() -> dict:
    import duckdb

    return {"python": platform.python_version(), "duckdb": duckdb.__version__, "pandas": pd.__version__,
            "cpus": os.cpu_count(), "platform": platform.platform(), "processor": platform.machine()}


def _ms(value) -> str:
    return "" if value is None else f"{value:,}"


def table(result: dict) -> str:
    lines = [f"Benchmark at {result['claims']:,} claims ({result['shape']['articles']:,} articles, "
             f"{result['shape']['sources']:,} sources, {result['shape']['figures']:,} figures, "
             f"{result['shape']['events']:,} audit events); built in {result['build_s']} s.",
             "", "| work | median ms | pandas baseline ms | baseline ÷ app | target ms | target ÷ | met | note |",
             "|---|---:|---:|---:|---:|---:|:-:|---|"]
    for r in result["rows"]:
        ok = [r["median_ms"] <= r["target_ms"]] if r["target_ms"] is not None else []
        if r.get("target_ratio") and r["ratio"] is not None:
            ok.append(r["ratio"] >= r["target_ratio"])
        met = "" if not ok else ("yes" if all(ok) else "**no**")
        lines.append(f"| {r['name']} | {_ms(r['median_ms'])} | {_ms(r['baseline_median_ms'])} "
                     f"| {'' if r['ratio'] is None else r['ratio']} | {r['target_ms'] or ''} "
                     f"| {'≥ ' + str(r['target_ratio']) if r.get('target_ratio') else ''} | {met} | {r['note']} |")
    checks = result["checks"]
    lines += ["", f"App process peak memory with 10 sessions open (before the pandas baseline loads): "
              f"{result['peak_rss_mb']:,} MB; "
              f"after loading the DataFrames for the baseline ({result['pandas_load_s']} s): "
              f"{result['pandas_peak_rss_mb']:,} MB.",
              "Result checks (DuckDB vs pandas): " + ", ".join(
                  f"{name} {'same' if c['same'] else 'DIFFERENT'}" for name, c in checks.items()) + "."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factcheck.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="synthetic claims (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per row; the median is reported")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--markdown", metavar="FILE", help="write the table and the machine to FILE "
                                                           "(docs/performance.md)")
    parser.add_argument("--no-rerun", action="store_true", help="skip the Streamlit rerun row (AppTest)")
    parser.add_argument("--no-browser", action="store_true", help="skip the first-paint row (Chromium)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        result = run(args.claims, args.runs, Path(tmp), with_rerun=not args.no_rerun,
                     with_browser=not args.no_browser)
    text = table(result)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
    if args.markdown:
        m = result["machine"]
        Path(args.markdown).write_text(
            "# Performance\n\nRegenerate with `python -m factcheck.bench --claims "
            f"{result['claims']} --markdown docs/performance.md`. Medians of {args.runs} runs after a warm-up; "
            "the pandas baseline does the same page work over DataFrames already in memory, in the same run.\n\n"
            f"Machine: {m['cpus']} CPUs, {m['platform']}, Python {m['python']}, DuckDB {m['duckdb']}, "
            f"pandas {m['pandas']}.\n\n" + text + "\n", encoding="utf-8")
    failed = [name for name, c in result["checks"].items() if not c["same"]]
    if failed:
        print(f"error: DuckDB and pandas disagree on {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
