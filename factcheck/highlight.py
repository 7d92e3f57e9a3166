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


_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#!|~$:])")


def escape_markup(text: str) -> str:
    """Text that markdown shows as written, escaping only what could make a link, an image, HTML,
    emphasis, a colour or LaTeX; the punctuation people read (quotes, commas, full stops) is left
    bare, so a sentence shown in an error or a filter reads the same in its markdown source."""
    return _MARKUP.sub(r"\\\1", text)


def markdown_link(url: str) -> str:
    """A clickable link whose text and target cannot break out of the markdown (http/https only)."""
    if not url.lower().startswith(("http://", "https://")):
        return escape_markdown(url)
    target = quote(url, safe=":/?#[]@!$&'*+,;=%~-._")
    return f"[{escape_markdown(url)}](<{target}>)"


def _merge(spans) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in spans if s is not None and e is not None and e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _paragraphs(body: str, spans, colour: str) -> list[tuple[str, bool]]:
    """(markdown, holds part of a span) for each non-blank line of the body."""
    spans = _merge(spans)
    paragraphs = []
    offset = 0
    for line in body.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        pieces, cursor, hit = [], line_start, False
        for start, end in spans:
            if end <= line_start or start >= line_end:
                continue
            a, b = max(start, line_start), min(end, line_end)
            pieces.append(escape_markdown(body[cursor:a]))
            pieces.append(f":{colour}-background[{escape_markdown(body[a:b])}]")
            cursor, hit = b, True
        pieces.append(escape_markdown(body[cursor:line_end]))
        paragraphs.append(("".join(pieces), hit))
    return paragraphs


def highlighted_paragraphs(body: str, start: int | None, end: int | None, colour: str = "orange") -> list[str]:
    """The body as markdown paragraphs (one per line), the span [start, end) on a coloured background."""
    return [markdown for markdown, _ in _paragraphs(body, [(start, end)], colour)]


def highlighted_spans(body: str, spans, colour: str = "blue") -> list[str]:
    """The body as markdown paragraphs with every span highlighted (overlapping spans merge)."""
    return [markdown for markdown, _ in _paragraphs(body, spans, colour)]


def span_in_context(body: str, start: int | None, end: int | None, around: int = 1, colour: str = "orange") -> list[str]:
    """Only the paragraphs holding the span, with `around` paragraphs either side for context."""
    paragraphs = _paragraphs(body, [(start, end)], colour)
    hits = [i for i, (_, hit) in enumerate(paragraphs) if hit]
    if not hits:
        return []
    first, last = max(0, hits[0] - around), min(len(paragraphs), hits[-1] + around + 1)
    return [markdown for markdown, _ in paragraphs[first:last]]
