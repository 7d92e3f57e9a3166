"""Quoted passages: where each opens and closes, straight or curly.

Newsroom copy mixes `"` and `“ ”` (the seed does, even within one quote), so a straight mark is an
opening or a closing one by its neighbours. A quote left open at the end of a paragraph runs to the
paragraph's end: that is the convention for a quotation continued in the next paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.sentences import paragraphs

OPEN_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True)
class Quote:
    open: int        # index of the opening mark
    close: int       # index of the closing mark, or the paragraph end when left open
    start: int       # first character of the quoted words
    end: int         # end of the quoted words, a trailing comma and spaces left out
    paragraph: int
    closed: bool

    @property
    def after(self) -> int:
        """Index just past the closing mark."""
        return self.close + 1 if self.closed else self.close


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "“":
        return True
    if ch == "”":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in OPEN_CONTEXT:
        return not after.isspace()
    return False


def find(text: str) -> list[Quote]:
    """All double-quoted passages, in order; nested or stray marks are tolerated."""
    quotes: list[Quote] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        opened: int | None = None
        for m in re.finditer(r"[\"“”]", text[ps:pe]):
            i = ps + m.start()
            if opened is None:
                if _is_opening(text, i):
                    opened = i
            elif not _is_opening(text, i) or text[i] == "”":
                quotes.append(_make(text, opened, i, p, True))
                opened = None
            else:  # a new opening mark while one is open: the first was never closed
                quotes.append(_make(text, opened, i, p, False))
                opened = i
        if opened is not None:
            quotes.append(_make(text, opened, pe, p, False))
    return quotes


def _make(text: str, open_: int, close: int, paragraph: int, closed: bool) -> Quote:
    start = open_ + 1
    end = close
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Quote(open_, close, start, end, paragraph, closed)


def inside(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.open <= pos < q.after:
            return q
    return None
