from factcheck.highlight import escape_markdown, highlighted_paragraphs, span_in_context


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


def test_context_is_the_span_with_a_paragraph_either_side():
    body = "one\ntwo\nthree has it\nfour\nfive"
    start = body.index("has")
    assert span_in_context(body, start, start + 3) == ["two", "three :orange-background[has] it", "four"]
    assert span_in_context(body, 0, 3, around=0) == [":orange-background[one]"]
    assert span_in_context(body, None, None) == []


def test_links_are_escaped_and_only_http():
    from factcheck.highlight import markdown_link

    assert markdown_link("https://example.org/a_b?x=1") == "[https\\:\\/\\/example\\.org\\/a\\_b\\?x\\=1](<https://example.org/a_b?x=1>)"
    assert markdown_link("https://x.org/a>b)c") == "[https\\:\\/\\/x\\.org\\/a\\>b\\)c](<https://x.org/a%3Eb%29c>)"
    assert markdown_link("javascript:alert(1)") == "javascript\\:alert\\(1\\)"


def test_several_spans_merge_and_highlight():
    from factcheck.highlight import highlighted_spans

    body = "abcdef\nghij"
    assert highlighted_spans(body, [(0, 2), (1, 3), (8, 9)], "blue") == [
        ":blue-background[abc]def", "g:blue-background[h]ij"]


def test_escape_markup_neutralises_links_images_and_html_but_keeps_readable_punctuation():
    from factcheck.highlight import escape_markup

    assert escape_markup("![x](http://evil/p) <b>") == "\\!\\[x\\]\\(http\\://evil/p\\) \\<b\\>"
    assert escape_markup("Verdict is “Inaccurate”; 12,000.") == "Verdict is “Inaccurate”; 12,000."
