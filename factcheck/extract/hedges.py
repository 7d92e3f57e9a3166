"""Hedges and caveats: the words that tell a reviewer a claim is softer than it reads.

Order is fixed so two runs agree: how it is sourced (reportedly, allegedly), then the figures'
approximators in text order (some, about), epistemic words (may, might), vague amounts ("a
surprising number": the number is not given), who-said-it caveats (unnamed source, second-hand),
and last the caveats of the next sentence that refer back to the claim's numbers ("The numbers
are difficult to verify, as neither side has confirmed …").
"""
from __future__ import annotations

import re

REPORTING = re.compile(r"\b(reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were) said to)\b", re.I)
EPISTEMIC = re.compile(r"\b(may|might|maybe|perhaps|possibly|probably|likely|potentially|apparently)\b")
SECOND_HAND = re.compile(r"\b(?:I'm|I’m|I am|I was|we're|we’re|we are|we were) told\b", re.I)
# "a surprising number": the amount is not given; "an increasing number" describes a trend, not an amount
VAGUE_NUMBER = re.compile(r"\ban?\s+(?!(?:increasing|growing|rising|declining|falling|shrinking|dwindling)\b)(?:\w+\s+)?"
                          r"number\b(?!\s+of\s+the\b)", re.I)
NUMBERS_SUBJECT = re.compile(
    r"^(?:the|these|those|such|this|that)\s+(?:\w+\s+)?(?:numbers?|figures?|estimates?|claims?|totals?|tolls?|"
    r"data|statistics|counts?|reports?)\b",
    re.I,
)
CAVEATS = [
    (re.compile(r"\b(?:difficult|hard|impossible)\s+to\s+(?:independently\s+)?verify\b", re.I),
     lambda m: re.sub(r"\s+independently", "", m.group(0).lower())),
    (re.compile(r"\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)\b", re.I),
     lambda m: "could not be verified"),
    (re.compile(r"\bneither\s+(.+?)\s+nor\s+(.+?)\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:confirmed|verified)\b", re.I),
     lambda m: f"not confirmed by {m.group(1)} or {m.group(2)}"),
    (re.compile(r"\bunverified\b", re.I), lambda m: "unverified"),
    (re.compile(r"\bnot\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b", re.I),
     lambda m: "not " + ("verified" if "verif" in m.group(0).lower() else "confirmed")),
]


def caveats(sentence: str) -> list[str]:
    found: list[str] = []
    for rx, label in CAVEATS:
        for m in rx.finditer(sentence):
            text = label(m)
            if text not in found and not any(text in f or f in text for f in found):
                found.append(text)
    return found


def refers_to_numbers(sentence: str) -> bool:
    """Whether a sentence opens by pointing back at numbers ("The numbers are …", "These figures …")."""
    return bool(NUMBERS_SUBJECT.match(sentence.strip()))


def collect(claim_text: str, figures: list[dict], *, next_sentence: str | None = None,
            extra: list[str] = (), cue: str | None = None) -> list[str]:
    """The hedges of one claim, in the fixed order."""
    out: list[str] = []

    def add(h: str | None) -> None:
        if h and h not in out:
            out.append(h)

    for m in REPORTING.finditer(claim_text):
        add(m.group(1).lower())
    if cue:
        for m in REPORTING.finditer(cue):
            add(m.group(1).lower())
        if re.search(r"\bestimat", cue, re.I):
            add("estimated" if re.search(r"\bestimated\b", cue, re.I) else "estimates")
    for f in sorted(figures, key=lambda f: f["start"]):
        add(f.get("hedge"))
    for m in EPISTEMIC.finditer(claim_text):
        add(m.group(1).lower())
    if VAGUE_NUMBER.search(claim_text):
        add("number not given")
    if SECOND_HAND.search(claim_text) or re.search(r",\s+quoting\b", claim_text):
        add("second-hand")
    for h in extra:
        add(h)
    if figures:  # a caveat is about numbers: a sentence that only voices it is not hedged by it
        for c in caveats(claim_text):
            add(c)
    if next_sentence and figures and refers_to_numbers(next_sentence):
        for c in caveats(next_sentence):
            add(c)
    return out
