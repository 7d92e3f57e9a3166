"""The evaluation documents: the seed article with its curation, the Wikinews dev set and the LIAR2 sets.

The LIAR2 splits are PolitiFact justifications (data/devset/<split>/, copied unchanged from
data/liar2/ by data/devset/annotate/liar2_select.py): `unseen` and `unseen2` to `unseen20` annotated blind,
`factdev` a dev set of fact-check prose. `unseen7` was annotated twice, by two people who saw neither
each other's work nor the extractor's: the second reading (data/devset/second_reading/) is scored
against the gold to show how far two careful readers agree.

Everything is read from data/ inside the repository (never from a shared folder), and every gold
span is checked against its text, so a typo in an annotation fails loudly instead of scoring wrong.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = ROOT / "data" / "sample"
DEVSET_DIR = ROOT / "data" / "devset"
SPLITS = ("seed", "dev", "heldout", "factdev", "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6",
          "unseen7", "unseen8", "unseen9", "unseen10",
          "unseen11", "unseen12", "unseen13", "unseen14",
          "unseen15", "unseen16", "unseen17", "unseen18",
          "unseen19", "unseen20")


@dataclass
class Doc:
    name: str
    split: str
    text: str
    published: date | None
    claims: list[dict]
    figures: list[dict]


def _check(doc: Doc) -> None:
    n = len(doc.text)
    for c in doc.claims:
        assert 0 <= c["start"] < c["end"] <= n, f"{doc.name}: claim span {c['start']}-{c['end']} outside the text"
        if c.get("quote"):
            for piece in c["quote"].split(" … "):
                assert piece in doc.text[c["start"]:c["end"]], f"{doc.name}: quote piece {piece!r} not in its span"
    for f in doc.figures:
        assert doc.text[f["start"]:f["end"]] == f["surface"], f"{doc.name}: figure {f['surface']!r} off its span"


def article_body(raw: str) -> str:
    """A dev-set article file is three header lines (title, date, URL — for an unseen text: statement, date,
    source row), a blank line, then the body."""
    return raw.split("\n\n", 1)[1]


def seed_docs() -> list[Doc]:
    docs = []
    for path in sorted(SAMPLE_DIR.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / raw["body_file"]).read_text(encoding="utf-8")
        figures: dict[tuple, dict] = {}
        for c in raw["claims"]:
            for f in c.get("figures", ()):
                figures[(f["start"], f["end"], f["value"], f["unit"])] = f
        doc = Doc(raw["slug"], "seed", text, date.fromisoformat(raw["published_at"][:10]), raw["claims"],
                  sorted(figures.values(), key=lambda f: f["start"]))
        _check(doc)
        docs.append(doc)
    return docs


def devset_docs(split: str | None = None, folder: str = "annotations") -> list[Doc]:
    docs = []
    for path in sorted((DEVSET_DIR / folder).glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if split and raw["split"] != split:
            continue
        text = article_body((DEVSET_DIR / raw["article_file"]).read_text(encoding="utf-8"))
        doc = Doc(raw["slug"], raw["split"], text, date.fromisoformat(raw["published_at"]), raw["claims"], raw["figures"])
        _check(doc)
        docs.append(doc)
    return docs


def second_reading(split: str) -> dict[str, Doc]:
    """The second reader's annotations of a split, by document name (empty when it has none)."""
    return {d.name: d for d in devset_docs(split, "second_reading")}


def load(split: str) -> list[Doc]:
    if split == "seed":
        return seed_docs()
    if split == "all":
        return seed_docs() + [d for split in SPLITS[1:] for d in devset_docs(split)]
    return devset_docs(split)
