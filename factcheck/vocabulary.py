"""The desk's vocabularies and their labels: what a reviewer reads for each verdict, workflow
stage, kind of attribution and kind of source.

The ids are fixed (code, filters, exports and URLs use them); the labels are the desk's words and
an admin may rename them. The vocabulary tables hold the labels; `apply` copies them into the
label dicts in factcheck.models, which every page and chart reads, so one rename shows
everywhere. A process serves one desk, so those dicts are the desk's, not a session's.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from factcheck import access, models, review
from factcheck.errors import InvalidInput, NotFound

MAX_LABEL = 60


@dataclass(frozen=True)
class Vocabulary:
    name: str  # what the reviewer reads
    table: str
    labels: dict  # the dict in factcheck.models that the pages read
    defaults: dict


VOCABULARIES = {
    "verdict": Vocabulary("Verdicts", "verdicts", models.VERDICT_LABELS, dict(models.VERDICT_LABELS)),
    "workflow": Vocabulary("Workflow stages", "workflows", models.WORKFLOW_LABELS, dict(models.WORKFLOW_LABELS)),
    "attribution": Vocabulary("How claims are attributed", "attributions", models.ATTRIBUTION_LABELS,
                              dict(models.ATTRIBUTION_LABELS)),
    "source_kind": Vocabulary("Kinds of source", "source_kinds", models.SOURCE_KIND_LABELS,
                              dict(models.SOURCE_KIND_LABELS)),
}


def defaults() -> dict[str, dict[str, str]]:
    return {key: dict(v.defaults) for key, v in VOCABULARIES.items()}


def load(con) -> dict[str, dict[str, str]]:
    """{vocabulary: {id: label}} as the desk has them, in display order."""
    return {key: dict(con.execute(f"SELECT id, label FROM {v.table} ORDER BY position").fetchall())
            for key, v in VOCABULARIES.items()}


def apply(labels: dict[str, dict[str, str]]) -> None:
    """Make these the labels every page shows (in place: filters and exports hold these dicts)."""
    for key, vocab in VOCABULARIES.items():
        given = labels.get(key, {})
        for term in vocab.defaults:
            vocab.labels[term] = given.get(term, vocab.defaults[term])


def check_label(label: str, vocabulary: str, term: str, current: dict[str, str]) -> str:
    label = " ".join((label or "").split())
    if not label:
        raise InvalidInput(f"The label for {term!r} is empty; give it a name.")
    if len(label) > MAX_LABEL:
        raise InvalidInput(f"The label {label[:30]!r}… is longer than {MAX_LABEL} characters.")
    if any(unicodedata.category(ch).startswith("C") for ch in label):
        raise InvalidInput(f"The label {label!r} contains control characters.")
    clash = [t for t, other in current.items() if t != term and other.casefold() == label.casefold()]
    if clash or label.casefold() == models.NO_VERDICT_LABEL.casefold() and vocabulary == "verdict":
        taken = current[clash[0]] if clash else models.NO_VERDICT_LABEL
        raise InvalidInput(f"{VOCABULARIES[vocabulary].name}: {label!r} is already the label of {taken!r}; "
                           "two terms cannot read the same.")
    return label


def rename(con, actor: access.Actor, vocabulary: str, changes: dict[str, str]) -> int:
    """Give terms of one vocabulary new labels, each change kept with who made it; returns how
    many labels changed. Admins only; the caller owns the transaction (all or nothing)."""
    access.require(actor, "edit_vocabulary")
    if vocabulary not in VOCABULARIES:
        raise NotFound(f"There is no vocabulary {vocabulary!r}; use one of {', '.join(VOCABULARIES)}.")
    who = review.check_reviewer(actor.name)
    table = VOCABULARIES[vocabulary].table
    current = dict(con.execute(f"SELECT id, label FROM {table}").fetchall())
    unknown = sorted(set(changes) - set(current))
    if unknown:
        raise NotFound(f"{VOCABULARIES[vocabulary].name} has no term {unknown[0]!r}.")
    wanted = dict(current)
    for term, label in changes.items():
        wanted[term] = check_label(label, vocabulary, term, {**wanted, term: current[term]})
    changed = 0
    for term in changes:  # in the order given, so the history reads as the admin made them
        label = wanted[term]
        if label == current[term]:
            continue
        con.execute(f"UPDATE {table} SET label = ? WHERE id = ?", [label, term])
        con.execute("INSERT INTO vocabulary_changes (vocabulary, term, old_label, new_label, changed_by)"
                    " VALUES (?, ?, ?, ?, ?)", [vocabulary, term, current[term], label, who])
        changed += 1
    return changed


def history(con, limit: int = 200) -> list[dict]:
    rows = con.execute(
        "SELECT changed_at, changed_by, vocabulary, term, old_label, new_label FROM vocabulary_changes"
        " ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [{"When": r[0], "Who": r[1], "Vocabulary": VOCABULARIES[r[2]].name, "Term": r[3], "Was": r[4],
             "Now": r[5]} for r in rows]
