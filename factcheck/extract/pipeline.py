"""extract_article: the one entry point. Text in, JSON-ready claims and figures out."""
from __future__ import annotations

from datetime import date, datetime

from factcheck.extract import claims as claims_mod
from factcheck.extract import figures as figures_mod
from factcheck.extract import quotes as quotes_mod
from factcheck.extract import sentences as sentences_mod

CLAIM_KEYS = ("text", "quote", "speaker", "speaker_role", "attribution", "cue", "said_at", "hedges", "start", "end")


def extract_article(text: str, published: date | None = None) -> dict:
    """Candidate claims and figures of one article, with character offsets into `text`."""
    if isinstance(published, datetime):
        published = published.date()
    sents = sentences_mod.split(text)
    quotes = quotes_mod.find(text)
    figs = figures_mod.extract(text)
    ex = claims_mod.Extractor(text, published, sents, quotes, figs)
    found = ex.run()
    found.sort(key=lambda c: (c["start"], c["end"]))
    # each figure is spoken by the narrowest claim holding it, an attributed one first
    for f in figs:
        holders = [c for c in found if c["start"] <= f["start"] and f["end"] <= c["end"]]
        holders.sort(key=lambda c: (c["attribution"] == "unattributed", c["end"] - c["start"]))
        f["speaker"] = holders[0]["speaker"] if holders else None
    public_figs = [figures_mod.public(f) for f in figs]
    out_claims = []
    for c in found:
        item = {k: c[k] for k in CLAIM_KEYS}
        item["figures"] = [figures_mod.public(f) for f in figs if c["start"] <= f["start"] and f["end"] <= c["end"]]
        out_claims.append(item)
    return {"claims": out_claims, "figures": public_figs}
