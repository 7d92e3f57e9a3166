from factcheck.highlight import escape_markdown, highlighted_paragraphs


def test_markdown_syntax_is_shown_not_run():
    hostile = "[click](javascript:alert(1)) ![x](http://a/b.png) <b>bold</b> :red[x] $x^2$ **y** # h"
    escaped = escape_markdown(hostile)
    unescaped = [ch for i, ch in enumerate(escaped) if ch in "[]()<>:$*#!" and escaped[i - 1] != "\\"]
    assert unescaped == []
    assert escaped.replace("\\", "") == hostile


def test_span_is_highlighted_in_its_paragraph():
    body = "Title line.\nFirst sentence. Second one here.\n\nLast."
    start = body.index("Second")
    paragraphs = highlighted_paragraphs(body, start, start + len("Second one here"))
    assert paragraphs == ["Title line\\.", "First sentence\\. :orange-background[Second one here]\\.", "Last\\."]


def test_span_across_lines_is_highlighted_in_each():
    body = "ab\ncd"
    assert highlighted_paragraphs(body, 1, 4) == ["a:orange-background[b]", ":orange-background[c]d"]


def test_no_span_no_highlight():
    assert highlighted_paragraphs("a.\nb", None, None) == ["a\\.", "b"]
