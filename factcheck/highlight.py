"""Untrusted article text made safe for Streamlit markdown, with one span highlighted.

Streamlit's markdown never renders raw HTML (we never pass unsafe_allow_html), but markdown
itself could still turn article text into links, images, colours or LaTeX. Backslash-escaping
every ASCII punctuation character (CommonMark allows that for all of them) leaves only text.
"""
from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape_markdown(text: str) -> str:
    """Text that markdown shows exactly as written."""
    return _PUNCTUATION.sub(r"\\\1", text)


def highlighted_paragraphs(body: str, start: int | None, end: int | None, colour: str = "orange") -> list[str]:
    """The body as markdown paragraphs (one per line), the span [start, end) on a coloured background."""
    paragraphs = []
    offset = 0
    for line in body.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        if start is None or end is None or end <= line_start or start >= line_end:
            paragraphs.append(escape_markdown(line))
            continue
        a, b = max(start, line_start) - line_start, min(end, line_end) - line_start
        paragraphs.append(
            escape_markdown(line[:a])
            + f":{colour}-background[{escape_markdown(line[a:b])}]"
            + escape_markdown(line[b:])
        )
    return paragraphs
