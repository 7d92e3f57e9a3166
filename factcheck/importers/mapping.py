"""Which file column feeds which claim field, and which file label means which verdict.

Defaults recognise common column names; presets describe known datasets. Both are data.
"""
from __future__ import annotations

import re

from factcheck import models
from factcheck.errors import InvalidInput

# claim fields an import can fill, in reviewer words for the dashboard
FIELDS = {
    "text": "Claim text",
    "speaker": "Said by",
    "speaker_role": "Speaker's role",
    "said_at": "Said on",
    "verdict": "Verdict label",
    "cue": "Where it was said (cue)",
    "external_id": "Id in the file",
    "review_url": "Fact-check link",
    "publisher": "Fact-checker",
}
REQUIRED = ("text",)

# column name (lower-cased, spaces/dashes as _) → field, when no mapping is given
COLUMN_GUESSES = {
    "text": ("text", "claim", "statement", "claim_text", "claimreviewed", "claim_reviewed"),
    "speaker": ("speaker", "claimant", "author", "said_by", "source"),
    "speaker_role": ("speaker_role", "speaker_description", "role", "claimant_role"),
    "said_at": ("said_at", "date", "claim_date", "claimdate", "date_published"),
    "verdict": ("verdict", "label", "rating", "textual_rating", "textualrating", "ruling"),
    "cue": ("cue", "context", "venue", "where"),
    "external_id": ("id", "external_id", "claim_id", "uid"),
    "review_url": ("review_url", "url", "fact_check_url"),
    "publisher": ("publisher", "fact_checker", "factchecker"),
}

# textual ratings seen in the wild → our verdicts (lower-cased, punctuation folded to spaces)
VERDICT_GUESSES = {
    "true": "accurate", "correct": "accurate", "accurate": "accurate",
    "mostly true": "mostly_accurate", "mostly correct": "mostly_accurate", "mostly accurate": "mostly_accurate",
    "half true": "misleading", "barely true": "misleading", "mostly false": "misleading", "misleading": "misleading",
    "mixture": "misleading", "partly false": "misleading", "missing context": "misleading",
    "false": "inaccurate", "pants on fire": "inaccurate", "incorrect": "inaccurate", "inaccurate": "inaccurate",
    "fake": "inaccurate", "wrong": "inaccurate",
    "unproven": "unverifiable", "unverified": "unverifiable", "unverifiable": "unverifiable",
    "opinion": "not_checkable", "satire": "not_checkable", "not checkable": "not_checkable",
}

PRESETS = {
    # LIAR2 (PolitiFact): numeric labels, 0 = pants on fire … 5 = true (see data/liar2/ABOUT.md)
    "liar2": {
        "columns": {"statement": "text", "speaker": "speaker", "speaker_description": "speaker_role",
                    "date": "said_at", "label": "verdict", "context": "cue", "id": "external_id"},
        "verdicts": {"0": "inaccurate", "1": "inaccurate", "2": "misleading", "3": "misleading",
                     "4": "mostly_accurate", "5": "accurate"},
        "publisher": "PolitiFact",
    },
}


def fold(label: str) -> str:
    """'Pants-on-Fire!' → 'pants on fire': how labels are compared."""
    return re.sub(r"[\W_]+", " ", label.lower()).strip()


def parse_pairs(items: list[str], what: str) -> dict[str, str]:
    """--map a=b / --verdict-map a=b arguments as a dict."""
    pairs = {}
    for item in items or []:
        left, sep, right = item.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise InvalidInput(f"{what} takes NAME=VALUE, not {item!r}.")
        pairs[left.strip()] = right.strip()
    return pairs


def column_map(columns: list[str], given: dict[str, str] | None = None, preset: str | None = None,
               exact: bool = False, require: bool = True) -> dict[str, str]:
    """field → file column. Given pairs (column=field) win, then the preset, then name guesses.

    exact=True uses the given pairs alone (the dashboard, where the reviewer saw every choice).
    """
    chosen: dict[str, str] = {}
    by_norm = {re.sub(r"[\s\-]+", "_", c.strip().lower()): c for c in columns}
    for field, names in ({} if exact else COLUMN_GUESSES).items():
        for name in names:
            if name in by_norm:
                chosen[field] = by_norm[name]
                break
    if preset:
        if preset not in PRESETS:
            raise InvalidInput(f"Unknown preset {preset!r}; known: {', '.join(PRESETS)}.")
        chosen = {f: c for f, c in chosen.items() if c not in PRESETS[preset]["columns"]}
        chosen.update({field: column for column, field in PRESETS[preset]["columns"].items() if column in columns})
    for column, field in (given or {}).items():
        if field not in FIELDS:
            raise InvalidInput(f"--map {column}={field}: {field!r} is not a claim field; use one of {', '.join(FIELDS)}.")
        if column not in columns:
            raise InvalidInput(f"--map {column}={field}: the file has no column {column!r}; it has {', '.join(columns)}.")
        chosen = {f: c for f, c in chosen.items() if c != column and f != field}
        chosen[field] = column
    missing = [FIELDS[f] for f in REQUIRED if f not in chosen]
    if missing and require:
        raise InvalidInput(f"No column for {', '.join(missing)}: map one with --map COLUMN=text "
                           f"(the file has {', '.join(columns)}).")
    return chosen


def verdict_map(labels: list[str], given: dict[str, str] | None = None, preset: str | None = None) -> dict[str, str]:
    """file label → verdict for every label in the file; unknown labels are an error naming them."""
    mapping: dict[str, str] = {}
    preset_map = PRESETS[preset]["verdicts"] if preset else {}
    given = given or {}
    for target in given.values():
        if target not in models.VERDICT_IDS and target != "none":
            raise InvalidInput(f"--verdict-map: {target!r} is not a verdict; use one of "
                               f"{', '.join(sorted(models.VERDICT_IDS))} or none.")
    unknown = []
    for label in labels:
        target = given.get(label) or preset_map.get(label) or VERDICT_GUESSES.get(fold(label))
        if target is None:
            unknown.append(label)
        else:
            mapping[label] = target
    if unknown:
        shown = ", ".join(repr(u) for u in unknown[:10]) + (" …" if len(unknown) > 10 else "")
        raise InvalidInput(f"These verdict labels have no verdict: {shown}. Map each with --verdict-map LABEL=VERDICT "
                           f"(verdicts: {', '.join(sorted(models.VERDICT_IDS))}, or none for no verdict).")
    return mapping

# A speaker's kind from words in the name; anything else is a person. Crude, and said so in the README.
KIND_WORDS = {
    "media": ("posts", "post", "image", "video", "email", "e-mail", "blog", "website", "tweet", "meme", "news",
              "newspaper", "magazine", "radio", "tv", "television", "chain"),
    "organisation": ("party", "committee", "pac", "campaign", "association", "council", "foundation", "institute",
                     "union", "coalition", "group", "inc", "corporation", "company", "league", "club"),
    "government": ("department", "ministry", "government", "administration", "agency", "office of", "white house",
                   "senate", "house republicans", "house democrats"),
}


# one pattern per kind, over the folded name padded with spaces: whole words only
_KIND_PATTERNS = {kind: re.compile("|".join(f" {re.escape(fold(h))} " for h in hints))
                  for kind, hints in KIND_WORDS.items()}


def speaker_kind(name: str) -> str:
    words = f" {fold(name)} "
    for kind, pattern in _KIND_PATTERNS.items():
        if pattern.search(words):
            return kind
    return "person"
