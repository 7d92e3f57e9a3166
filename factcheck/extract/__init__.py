"""Article text → candidate claims (who said what, how, when, with what hedges) and figures.

Pure functions, standard library only: `extract_article(text, published)` returns a JSON-ready dict
whose spans are character offsets into `text`. Modules: sentences (splitting), quotes (quote marks),
speakers (mentions, names, roles), frames (attribution around quotes and statements), dates
(said_at), figures (numbers and units), hedges (caveats), claims (assembly), pipeline (the entry
point), devset and score (evaluation against hand annotations).
"""
from factcheck.extract.pipeline import extract_article

__all__ = ["extract_article"]
