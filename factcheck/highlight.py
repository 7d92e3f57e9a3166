"""Untrusted article text made safe for Streamlit markdown, with one span highlighted.

Streamlit's markdown never renders raw HTML (we never pass unsafe_allow_html), but markdown
itself could still turn article text into links, images, colours or LaTeX. Backslash-escaping
every ASCII punctuation character (CommonMark allows that for all of them) leaves only text.
"""
from __future__ import annotations

import re
from urllib.parse import quote

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape_markdown(text: str) -> str:
    """Text that markdown shows exactly as written."""
    return _PUNCTUATION.sub(r"\\\1", text)


def markdown_link(url: str) -> str:
    """A clickable link whose text and target cannot break out of the markdown (http/https only)."""
    if not url.lower().startswith(("http://", "https://")):
        return escape_markdown(url)
    target = quote(url, safe=":/?#[]@!$&'*+,;=%~-._")
    return f"[{escape_markdown(url)}](<{target}>)"


def _paragraphs(body: str, start: int | None, end: int | None, colour: str) -> list[tuple[str, bool]]:
    """(markdown, holds part of the span) for each non-blank line of the body."""
    paragraphs = []
    offset = 0
    for line in body.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        if start is None or end is None or end <= line_start or start >= line_end:
            paragraphs.append((escape_markdown(line), False))
            continue
        a, b = max(start, line_start) - line_start, min(end, line_end) - line_start
        paragraphs.append((
            escape_markdown(line[:a])
            + f":{colour}-background[{escape_markdown(line[a:b])}]"
            + escape_markdown(line[b:]),
            True,
        ))
    return paragraphs


def highlighted_paragraphs(body: str, start: int | None, end: int | None, colour: str = "orange") -> list[str]:
    """The body as markdown paragraphs (one per line), the span [start, end) on a coloured background."""
    return [markdown for markdown, _ in _paragraphs(body, start, end, colour)]


def span_in_context(body: str, start: int | None, end: int | None, around: int = 1, colour: str = "orange") -> list[str]:
    """Only the paragraphs holding the span, with `around` paragraphs either side for context."""
    paragraphs = _paragraphs(body, start, end, colour)
    hits = [i for i, (_, hit) in enumerate(paragraphs) if hit]
    if not hits:
        return []
    first, last = max(0, hits[0] - around), min(len(paragraphs), hits[-1] + around + 1)
    return [markdown for markdown, _ in paragraphs[first:last]]
