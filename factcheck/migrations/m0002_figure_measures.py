"""Figures get a measure: a short key naming what is counted, shared across articles and sources.

Two figures with the same measure ("nk_troops") are the same quantity as reported by different
sources or articles, so the Figures desk can set them side by side and check they agree.
"""


def apply(con) -> None:
    con.execute("ALTER TABLE figures ADD COLUMN measure VARCHAR")
