"""A deterministic synthetic desk for the benchmark: realistic shapes, built by DuckDB in seconds.

Speakers follow a Zipf-like law (a few speak a lot), verdicts are skewed (most claims unrated),
claim text is 80–300 characters drawn from a newsroom vocabulary (about 1 in 60 mentions drones),
about half the claims carry a figure, and claims past Unreviewed have one or two audit events.
Same size and seed, same database.
"""
from __future__ import annotations

from factcheck import search
from factcheck.store import Store

WORDS = (
    "army government minister said troops border attack ceasefire report officials region village "
    "city council budget million percent increase decrease election vote campaign president senator "
    "spokesman statement according reportedly estimated about nearly more than least health hospital "
    "vaccine cases deaths economy inflation prices wages jobs unemployment rate tax spending deficit "
    "school teachers students police crime arrests court judge ruling law bill parliament opposition "
    "party leader protest crowd thousands hundreds energy gas oil electricity climate emissions "
    "flood drought harvest farmers exports imports trade tariffs bank interest loans housing rent "
    "refugees migrants asylum aid food water shelter weapons missiles artillery tanks soldiers "
    "casualties wounded killed captured prisoners exchange talks agreement sanctions embassy"
).split()


def build_elsewhere(path, claims: int, seed: int = 7) -> dict:
    """build() in a child process, so the memory it takes is not counted against the caller."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "factcheck.synthetic", str(path), str(claims), str(seed)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def build(path, claims: int, seed: int = 7) -> dict:
    """Create a fresh database at path with `claims` synthetic claims; return its shape."""
    store = Store(path)
    store.ensure(load_sample=False)
    articles = max(20, claims // 250)
    speakers = max(50, claims // 200)
    words = "[" + ", ".join(f"'{w}'" for w in WORDS) + "]"
    n_words = len(WORDS)

    def fill(con):
        # hash() is unsigned; list indexes and date arithmetic want a signed integer
        con.execute("CREATE OR REPLACE TEMP MACRO hh(a, b, c) AS CAST(hash(a, b, c) % 2147483647 AS BIGINT)")
        con.execute(f"""
            INSERT INTO sources (name, kind, role, country)
            SELECT 'Speaker ' || i,
                   ['person', 'person', 'person', 'government', 'military', 'organisation', 'media', 'group',
                    'anonymous'][1 + hh(i, {seed}, 1) % 9],
                   'Role ' || (i % 97), ['Ukraine', 'Russia', 'USA', 'UK', 'France'][1 + hh(i, {seed}, 0) % 5]
            FROM range(1, {speakers} + 1) t(i) ORDER BY i""")
        con.execute(f"""
            INSERT INTO articles (slug, title, outlet, url, published_at, dateline, language, body)
            SELECT 'bench-' || i, 'Synthetic article ' || i, ['Outlet A', 'Outlet B', 'Outlet C'][1 + i % 3],
                   'https://news.example/' || i,
                   TIMESTAMPTZ '2023-01-01 08:00:00+00' + to_days(CAST(hh(i, {seed}, 2) % 730 AS INTEGER)),
                   'CITY', 'en', ''
            FROM range(1, {articles} + 1) t(i) ORDER BY i""")
        first_source = con.execute("SELECT min(id) FROM sources").fetchone()[0]
        first_article = con.execute("SELECT min(id) FROM articles").fetchone()[0]
        con.execute(f"""
            CREATE TEMP TABLE synth AS
            SELECT i,
                   (hh(i, {seed}, 3) % 1000000) / 1000000.0 AS u1,
                   (hh(i, {seed}, 4) % 1000000) / 1000000.0 AS u2,
                   (hh(i, {seed}, 5) % 1000000) / 1000000.0 AS u3,
                   12 + hh(i, {seed}, 6) % 36 AS n_words
            FROM range(1, {claims} + 1) t(i)""")
        con.execute(f"""
            INSERT INTO claims (article_id, text, quote, span_start, span_end, speaker_id, attribution, cue, said_at,
                                hedges, workflow, verdict, reviewer, updated_at, version)
            SELECT {first_article} + (i % {articles}),
                   left(upper(w[1][1]) || w[1][2:] || ' ' || array_to_string(w[2:], ' ')
                        || CASE WHEN hh(i, {seed}, 11) % 60 = 0 THEN ' near the drone base' ELSE '' END, 299) || '.',
                   CASE WHEN u2 < 0.3 THEN array_to_string(w[1:8], ' ') END,
                   NULL, NULL,
                   CASE WHEN u3 < 0.15 THEN NULL
                        ELSE {first_source} + least({speakers} - 1, CAST(floor(pow({speakers}, u1)) - 1 AS BIGINT)) END,
                   CASE WHEN u3 < 0.15 THEN 'unattributed'
                        ELSE ['direct_quote', 'paraphrase', 'official_statement', 'reported'][1 + i % 4] END,
                   CASE WHEN u3 >= 0.15 THEN ['said', 'told reporters', 'said in a statement', 'wrote on X'][1 + i % 4] END,
                   DATE '2023-01-01' + CAST(hh(i, {seed}, 7) % 730 AS INTEGER),
                   CASE WHEN u2 > 0.8 THEN ['reportedly'] WHEN u2 > 0.72 THEN ['about'] ELSE [] END,
                   CASE WHEN v IS NOT NULL THEN (CASE WHEN u3 > 0.8 THEN 'needs_second_review' ELSE 'done' END)
                        WHEN u3 > 0.85 THEN 'in_progress' ELSE 'unreviewed' END,
                   v,
                   CASE WHEN v IS NOT NULL OR u3 > 0.85 THEN 'Reviewer ' || (i % 12) END,
                   CASE WHEN v IS NOT NULL OR u3 > 0.85 THEN TIMESTAMPTZ '2024-01-01 00:00:00+00'
                        + to_seconds(CAST(hh(i, {seed}, 8) % 31536000 AS BIGINT)) END,
                   CASE WHEN v IS NOT NULL OR u3 > 0.85 THEN 2 ELSE 1 END
            FROM (SELECT i, u1, u2, u3,
                         list_transform(range(n_words), lambda x: {words}[1 + hh(i, x, {seed}) % {n_words}]) AS w,
                         CASE WHEN u2 < 0.55 THEN NULL WHEN u2 < 0.67 THEN 'inaccurate' WHEN u2 < 0.77 THEN 'misleading'
                              WHEN u2 < 0.85 THEN 'mostly_accurate' WHEN u2 < 0.95 THEN 'accurate'
                              WHEN u2 < 0.98 THEN 'unverifiable' ELSE 'not_checkable' END AS v
                  FROM synth) ORDER BY i""")
        con.execute(f"""
            INSERT INTO figures (claim_id, surface, value, unit, quantity, approx, measure)
            SELECT c.id, CAST(v AS VARCHAR), v, ['count', 'percent', 'USD', 'km2'][1 + c.id % 4],
                   'quantity ' || (c.id % 40), c.id % 3 = 0, 'measure_' || (c.id % 40)
            FROM (SELECT id, (hh(id, {seed}, 9) % 100000) + 1 AS v FROM claims) c
            WHERE hh(c.id, {seed}, 10) % 2 = 0""")
        con.execute("""
            INSERT INTO status_events (claim_id, reviewer, changed_at, old_workflow, new_workflow, old_verdict,
                                       new_verdict, note, evidence_urls, version)
            SELECT id, reviewer, updated_at, 'unreviewed', workflow, NULL, verdict, 'synthetic', [], 2
            FROM claims WHERE version = 2""")
        con.execute("DROP TABLE synth")
        search.refresh(con)

    store.write(fill)
    with store.connect() as con:
        con.execute("CHECKPOINT")
        shape = dict(zip(("articles", "sources", "claims", "figures", "events"), con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sources), (SELECT count(*) FROM claims),"
            " (SELECT count(*) FROM figures), (SELECT count(*) FROM status_events)").fetchone()))
    return shape


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(build(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 7)))
