"""Free-text search over claims: folded text and a word index, so a search stays fast at a million.

Claims keep their text folded (lower case, accents stripped) in search_text, and every word of it
is in search_words (the vocabulary) and search_postings (word → claim). A search term finds the
words containing it in the small vocabulary, then the claims holding those words; the folded text
is checked last, on those candidates only, so "drone base" still means the phrase. A claim also
matches when its speaker's name contains the search.
"""
from __future__ import annotations

import re

FOLD = "strip_accents(lower({}))"
CLAIM_TEXT = FOLD.format("concat_ws(' ', text, quote, cue)")
SOURCE_NAME = FOLD.format("name")
# Words are split at spaces only (fast: no regex over millions of rows); a search term is split at
# every non-word character, so each term always lies inside one stored word ("12,000" holds "12").
_TERM_SPLIT = re.compile(r"[\W_]+")
MAX_TERMS = 8


def terms(query: str) -> list[str]:
    """The pieces of a search that each must sit inside one indexed word."""
    return [t for t in _TERM_SPLIT.split(query) if t][:MAX_TERMS]


def condition(query: str) -> tuple[str, tuple]:
    """SQL (over claims c, sources s) and parameters for "matches this search"."""
    needle = "strip_accents(lower(?))"
    speaker = f"c.speaker_id IN (SELECT id FROM sources WHERE contains(search_name, {needle}))"
    pieces = terms(query)
    if not pieces:  # only punctuation: nothing to look up, scan the text
        return f"(contains(c.search_text, {needle}) OR {speaker})", (query, query)
    if pieces == [query.strip()]:
        # One word: a claim's text contains it exactly when one of its words does, so the index
        # answers alone (and DuckDB is spared a scan of every claim's text).
        holding = (f"c.id IN (SELECT p.claim_id FROM search_postings p WHERE p.word_id IN"
                   f" (SELECT w.id FROM search_words w WHERE contains(w.word, {needle})))")
        return f"({holding} OR {speaker})", (pieces[0], query)
    # Several words: claims holding all of them, then the phrase checked on those candidates only.
    # The phrase travels as a column of the candidates: a constant would let DuckDB push the check
    # down into the scan of every claim's text (100 ms at a million claims instead of 10).
    each = [f"SELECT p.claim_id FROM search_postings p WHERE p.word_id IN"
            f" (SELECT w.id FROM search_words w WHERE contains(w.word, {needle}))" for _ in pieces]
    phrase = (f"c.id IN (SELECT cc.id FROM (SELECT claim_id, {needle} AS phrase FROM ({' INTERSECT '.join(each)}))"
              f" k JOIN claims cc ON cc.id = k.claim_id WHERE contains(cc.search_text, k.phrase))")
    return f"({phrase} OR {speaker})", (query, *pieces, query)


def refresh(con) -> None:
    """Fold and index the claims and sources added since the last refresh; call after adding rows."""
    con.execute(f"UPDATE sources SET search_name = {SOURCE_NAME} WHERE search_name IS NULL")
    con.execute("CREATE OR REPLACE TEMP TABLE search_new AS SELECT id FROM claims WHERE search_text IS NULL")
    if con.execute("SELECT count(*) FROM search_new").fetchone()[0]:
        con.execute(f"UPDATE claims SET search_text = {CLAIM_TEXT} WHERE id IN (SELECT id FROM search_new)")
        index(con, "search_new")
    con.execute("DROP TABLE search_new")


def index(con, new_ids: str) -> None:
    """Put the words of these claims (a table with their ids in column `id`, search_text already
    folded) into the word index. A bulk insert folds search_text as it writes the claims and calls
    this directly: updating a column of 100,000 rows just written costs more than writing it once."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE search_new_words AS
        SELECT claim_id, word FROM (
            SELECT id AS claim_id, unnest(string_split(search_text, ' ')) AS word
            FROM claims WHERE id IN (SELECT id FROM {new_ids}))
        WHERE word <> ''""")
    con.execute("""
        INSERT INTO search_words (word)
        SELECT DISTINCT word FROM search_new_words WHERE word NOT IN (SELECT word FROM search_words) ORDER BY word""")
    con.execute("""
        INSERT INTO search_postings (word_id, claim_id)
        SELECT w.id, n.claim_id FROM search_new_words n JOIN search_words w USING (word)
        ORDER BY w.id, n.claim_id""")
    con.execute("DROP TABLE search_new_words")
