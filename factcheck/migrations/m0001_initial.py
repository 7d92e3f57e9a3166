"""The claims database: articles, sources, claims, figures, the audit log and the vocabularies.

No foreign keys point at articles, sources or claims: DuckDB refuses to update a row that
another table references, and claims are updated on every review. Integrity of those links
is checked by the loaders and the tests instead. Claims reference the attribution vocabulary,
but not the workflow and verdict ones: a foreign key on a column makes DuckDB check every
updated row, which made a bulk mark of 10,000 claims 30 times slower (145 ms instead of 4 ms
for the workflow column alone); review.py checks those values against models instead.
"""
from factcheck import models

DDL = """
CREATE SEQUENCE article_ids;
CREATE SEQUENCE source_ids;
CREATE SEQUENCE claim_ids;
CREATE SEQUENCE figure_ids;
CREATE SEQUENCE status_event_ids;

CREATE TABLE workflows (id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, position INTEGER NOT NULL);
CREATE TABLE verdicts (id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, position INTEGER NOT NULL, rating INTEGER);
CREATE TABLE attributions (id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, position INTEGER NOT NULL);
CREATE TABLE source_kinds (id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, position INTEGER NOT NULL);

CREATE TABLE articles (
    id BIGINT PRIMARY KEY DEFAULT nextval('article_ids'),
    slug VARCHAR NOT NULL UNIQUE,
    title VARCHAR NOT NULL,
    outlet VARCHAR,
    url VARCHAR,
    published_at TIMESTAMPTZ,
    dateline VARCHAR,
    language VARCHAR,
    body VARCHAR NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE TABLE sources (
    id BIGINT PRIMARY KEY DEFAULT nextval('source_ids'),
    name VARCHAR NOT NULL UNIQUE,
    kind VARCHAR NOT NULL REFERENCES source_kinds (id),
    role VARCHAR,
    country VARCHAR
);

CREATE TABLE claims (
    id BIGINT PRIMARY KEY DEFAULT nextval('claim_ids'),
    article_id BIGINT NOT NULL,
    text VARCHAR NOT NULL,
    quote VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    speaker_id BIGINT,
    attribution VARCHAR NOT NULL REFERENCES attributions (id),
    cue VARCHAR,
    said_at DATE,
    hedges VARCHAR[] NOT NULL DEFAULT [],
    workflow VARCHAR NOT NULL DEFAULT 'unreviewed',
    verdict VARCHAR,
    reviewer VARCHAR,
    updated_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (span_start IS NULL OR (span_start >= 0 AND span_end > span_start))
);

CREATE TABLE figures (
    id BIGINT PRIMARY KEY DEFAULT nextval('figure_ids'),
    claim_id BIGINT NOT NULL,
    surface VARCHAR NOT NULL,
    value DOUBLE,
    low DOUBLE,
    high DOUBLE,
    unit VARCHAR NOT NULL,
    quantity VARCHAR NOT NULL,
    approx BOOLEAN NOT NULL DEFAULT false,
    derivation VARCHAR,
    span_start INTEGER,
    span_end INTEGER
);

CREATE TABLE status_events (
    id BIGINT PRIMARY KEY DEFAULT nextval('status_event_ids'),
    claim_id BIGINT NOT NULL,
    reviewer VARCHAR NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    old_workflow VARCHAR,
    new_workflow VARCHAR,
    old_verdict VARCHAR,
    new_verdict VARCHAR,
    note VARCHAR,
    evidence_urls VARCHAR[] NOT NULL DEFAULT [],
    version INTEGER NOT NULL
);
"""


def apply(con) -> None:
    for statement in DDL.split(";"):
        if statement.strip():
            con.execute(statement)
    vocabularies = {
        "workflows": [(w, label, i) for i, (w, label) in enumerate(models.WORKFLOWS)],
        "attributions": [(a, label, i) for i, (a, label) in enumerate(models.ATTRIBUTIONS)],
        "source_kinds": [(k, label, i) for i, (k, label) in enumerate(models.SOURCE_KINDS)],
    }
    for table, rows in vocabularies.items():
        con.executemany(f"INSERT INTO {table} (id, label, position) VALUES (?, ?, ?)", rows)
    con.executemany(
        "INSERT INTO verdicts (id, label, position, rating) VALUES (?, ?, ?, ?)",
        [(v, label, i, rating) for i, (v, label, rating) in enumerate(models.VERDICTS)],
    )
