"""Admins rename the desk's vocabulary labels (verdicts, workflow stages, attributions, kinds of
source); each rename is kept here, who and when, like a status change. The labels themselves stay
in the vocabulary tables, which SQL and the pages both read."""


def apply(con) -> None:
    con.execute("CREATE SEQUENCE vocabulary_change_ids")
    con.execute("""
        CREATE TABLE vocabulary_changes (
            id BIGINT PRIMARY KEY DEFAULT nextval('vocabulary_change_ids'),
            vocabulary VARCHAR NOT NULL,
            term VARCHAR NOT NULL,
            old_label VARCHAR NOT NULL,
            new_label VARCHAR NOT NULL,
            changed_by VARCHAR NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
        )""")
