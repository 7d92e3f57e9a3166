"""Paragraphs and sentences with character offsets.

Everything downstream points back into the article, so the splitter never rewrites text: it only
returns (start, end) spans. Abbreviations ("Jan.", "Mr.", "U.S.") do not end a sentence; a closing
quote mark after the full stop belongs to the sentence it closes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract import lexicon as L

ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st sen rep gov gen col lt sgt capt "
    "maj cpl pvt adm asst dept no nos vs etc inc ltd co corp jr sr prof rev hon approx est fig ca e.g i.e "
    "a.m p.m".split()
)
# Country-style abbreviations end a sentence only when an ordinary sentence opener follows.
DOTTED = re.compile(r"(?:[A-Z]\.){2,}$")
OPENERS = frozenset(
    "the a an it he she they this that these those there in on at but and so his her its their we i "
    "as after before when while however meanwhile since".split()
)
CLOSERS = "\"”’')]"
BOUNDARY = re.compile(r"[.!?]+[" + re.escape(CLOSERS) + r"]*(?=\s+[\"“‘'(\[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int  # position within its paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines: a newline always ends a paragraph."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _is_abbreviation(text: str, dot: int, par_start: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation rather than a sentence."""
    m = re.search(r"([\w.]+)$", text[max(par_start, dot - 40):dot])
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return True
    if DOTTED.search(word + "."):
        nxt = re.match(r"\s+[\"“]?(\w+)", text[dot + 1:])
        return not (nxt and nxt.group(1).lower() in OPENERS)
    return False


def split(text: str) -> list[Sentence]:
    """Every sentence of every paragraph, in order."""
    out: list[Sentence] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        start = ps
        idx = 0
        chunk = text[ps:pe]
        for m in BOUNDARY.finditer(chunk):
            dot = ps + m.start()
            if text[dot] == "." and m.group(0).startswith(".") and len(m.group(0).rstrip(CLOSERS)) == 1 \
                    and _is_abbreviation(text, dot, ps):
                continue
            end = ps + m.end()
            if end > start:
                out.append(Sentence(start, end, p, idx))
                idx += 1
            start = end
            while start < pe and text[start].isspace():
                start += 1
        if start < pe:
            out.append(Sentence(start, pe, p, idx))
    return out


def sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return None


DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{1,40}\s+[—–-]\s+")


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """A claim's span without surrounding space, a leading dateline or connective ("However,") and a
    trailing comma."""
    while s < e and text[s].isspace():
        s += 1
    m = DATELINE.match(text[s:e])
    if m:
        s += m.end()
    for c in L.CONNECTIVES:
        if text.startswith(c, s):
            s += len(c)
            break
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e
