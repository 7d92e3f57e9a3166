"""Claims that come from imported claim sets rather than from an article's text.

import_key identifies a claim within its set (the file's own id, or a hash of text, speaker and
date), so importing the same file again adds nothing. review_url and publisher keep where an
imported verdict came from (a ClaimReview's url and its fact-checker).
"""


def apply(con) -> None:
    con.execute("ALTER TABLE claims ADD COLUMN import_key VARCHAR")
    con.execute("ALTER TABLE claims ADD COLUMN review_url VARCHAR")
    con.execute("ALTER TABLE claims ADD COLUMN review_publisher VARCHAR")
