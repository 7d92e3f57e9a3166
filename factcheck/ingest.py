"""New articles: text from paste, file or page; metadata a reviewer can edit; saving with the
candidates the reviewer accepted, once.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import pandas as pd

from factcheck import access, models
from factcheck.errors import InvalidInput
from factcheck.sample import insert_article

MAX_ARTICLE_CHARS = 500_000


@dataclass
class Draft:
    """An article on its way in, before the reviewer saves it."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    language: str = "en"
    candidates: list[dict] = field(default_factory=list)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = "\n".join(line.strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def from_text(text: str, title: str = "") -> Draft:
    text = _normalise(text)
    if not text:
        raise InvalidInput("There is no text: paste the article, or upload a .txt, .html or .md file.")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InvalidInput(f"The text is {len(text):,} characters; an article on the desk has at most "
                           f"{MAX_ARTICLE_CHARS:,}.")
    first = text.split("\n", 1)[0]
    return Draft(text=text, title=title or first[:200])


def from_markdown(text: str) -> Draft:
    """Markdown as plain text: heading marks, emphasis and link targets go, the words stay."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__|\*|_)(\S.*?\S|\S)\1", r"\2", text)
    return from_text(text)


def from_html(html: str, url: str = "") -> Draft:
    """The article's main text and metadata, via trafilatura (boilerplate, menus and ads removed)."""
    import trafilatura  # imported here: only ingest needs it, and it takes a moment to load

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InvalidInput("No article text was found on that page; copy the text and paste it instead.")
    draft = from_text(text)
    meta = trafilatura.extract_metadata(html, default_url=url or None)
    if meta is not None:
        draft.title = meta.title or draft.title
        draft.outlet = meta.sitename or ""
        draft.url = meta.url or url
        if meta.date:
            try:
                draft.published = date.fromisoformat(meta.date[:10])
            except ValueError:
                pass
    draft.url = draft.url or url
    return draft


def figures_of(candidates: list[dict]) -> list[tuple[int, dict]]:
    """Every candidate's figures in order, each with the index of the candidate it belongs to."""
    return [(i, f) for i, c in enumerate(candidates) for f in c.get("figures") or []]


def missed_claim(draft: Draft, passage: str, speaker: str, attribution: str, cue: str = "") -> dict:
    """A claim the finder missed, as one more candidate: the reviewer copies its words from the article
    (spaces and line breaks may differ) and says who said it and how; its span is found in the text,
    and its figures and hedges are read as for any claim."""
    from factcheck.extract import figures as figure_finder, hedges

    words = passage.split()
    if not words:
        raise InvalidInput("Copy the claim's words from the article into the box.")
    if attribution not in models.ATTRIBUTION_IDS:
        raise InvalidInput("Choose how the claim was attributed.")
    speaker = speaker.strip() or None
    if speaker is None and attribution in ("direct_quote", "paraphrase", "official_statement"):
        raise InvalidInput(f"Say who made it: a {models.ATTRIBUTION_LABELS[attribution].lower()} has a speaker.")
    found = re.search(r"\s+".join(re.escape(w) for w in words), draft.text)
    if found is None:
        raise InvalidInput("Those words are not in the article's text; copy them from the highlighted article "
                           "below (a part of a sentence is fine).")
    start, end = found.span()
    if any(c["start"] == start and c["end"] == end for c in draft.candidates):
        raise InvalidInput("That claim is already in the list.")
    figs = [f for f in figure_finder.extract(draft.text) if start <= f["start"] and f["end"] <= end]
    for f in figs:
        f["speaker"] = speaker
    return {"text": found.group(0), "quote": found.group(0) if attribution == "direct_quote" else None,
            "speaker": speaker, "speaker_role": None, "attribution": attribution, "cue": cue.strip() or None,
            "said_at": None, "hedges": hedges.collect(found.group(0), figs), "start": start, "end": end,
            "figures": [figure_finder.public(f) for f in figs]}


def _iso_date(value) -> str | None:
    """A date from a table cell (date, pandas Timestamp, NaT or None) as YYYY-MM-DD, or None."""
    if value is None or pd.isna(value):
        return None
    return value.isoformat()[:10]


def with_edits(candidates: list[dict], claim_rows: list[dict], figure_rows: list[dict]) -> list[dict]:
    """Every candidate with the reviewer's corrections applied and their Keep ticks as "keep" (on claims
    and figures): the page folds them in before it adds a row, which resets its tables' edits.

    claim_rows has one row per candidate (Keep, Claim, Said by, Role, How as a reviewer label, Cue,
    Said on, Hedges as comma-separated text); figure_rows one per figure in figures_of() order
    (Keep, Value, Unit, What is counted, Approximate).
    """
    attribution_by_label = {label: a for a, label in models.ATTRIBUTION_LABELS.items()}
    owned = figures_of(candidates)
    out = []
    for index, (candidate, row) in enumerate(zip(candidates, claim_rows)):
        claim = dict(candidate)
        claim.update(keep=bool(row["Keep"]), text=row["Claim"].strip(), speaker=row["Said by"].strip() or None,
                     speaker_role=row["Role"].strip() or None, attribution=attribution_by_label[row["How"]],
                     cue=row["Cue"].strip() or None, said_at=_iso_date(row["Said on"]),
                     hedges=[h.strip() for h in row["Hedges"].split(",") if h.strip()])
        claim["figures"] = [
            dict(f, value=fe["Value"], unit=fe["Unit"], quantity=fe["What is counted"], approx=fe["Approximate"],
                 keep=bool(fe["Keep"]))
            for (owner, f), fe in zip(owned, figure_rows) if owner == index
        ]
        out.append(claim)
    return out


def reviewed(candidates: list[dict], claim_rows: list[dict], figure_rows: list[dict]) -> list[dict]:
    """The candidates the reviewer kept, with their corrections applied (rows as for with_edits)."""
    def without_tick(item: dict) -> dict:
        return {k: v for k, v in item.items() if k != "keep"}

    return [dict(without_tick(c), figures=[without_tick(f) for f in c["figures"] if f["keep"]])
            for c in with_edits(candidates, claim_rows, figure_rows) if c["keep"]]


def slug_for(draft: Draft) -> str:
    """The same article text (or URL) gives the same slug, so saving twice finds the first save."""
    key = draft.url.strip() or draft.text
    return "a-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _to_claim(candidate: dict) -> models.Claim:
    figures = tuple(
        models.Figure(surface=f["surface"], value=f.get("value"), unit=f["unit"], quantity=f.get("quantity") or "",
                      approx=bool(f.get("approx")), low=f.get("low"), high=f.get("high"),
                      derivation=f.get("derivation"), start=f.get("start"), end=f.get("end"))
        for f in candidate.get("figures") or []
    )
    said = candidate.get("said_at")
    return models.Claim(
        text=candidate["text"], start=candidate["start"], end=candidate["end"],
        attribution=candidate["attribution"], quote=candidate.get("quote"), speaker=candidate.get("speaker"),
        cue=candidate.get("cue"), said_at=date.fromisoformat(said) if isinstance(said, str) and said else said,
        hedges=tuple(candidate.get("hedges") or ()), figures=figures,
    )


def _sources(candidates: list[dict]) -> tuple[models.Source, ...]:
    seen: dict[str, models.Source] = {}
    for c in candidates:
        name = c.get("speaker")
        if name and name not in seen:
            seen[name] = models.Source(name=name, kind=c.get("speaker_kind") or "person", role=c.get("speaker_role"))
    return tuple(seen.values())


def save(con, draft: Draft, accepted: list[dict], actor: access.Actor) -> tuple[int, int]:
    """Write the article and its accepted claims; the caller owns the transaction.

    Adding articles needs the reviewer role (checked here, not only on the page).
    Returns (article id, claims added). Saving the same article again adds only claims it does
    not already have (same span and text), so nothing is duplicated.
    """
    access.require(actor, "ingest")
    if not draft.title.strip():
        raise InvalidInput("Give the article a title.")
    for c in accepted:
        if c.get("attribution") not in models.ATTRIBUTION_IDS:
            raise InvalidInput(f"Claim “{c.get('text', '')[:60]}”: choose how it was attributed.")
        if not (0 <= c["start"] < c["end"] <= len(draft.text)):
            raise InvalidInput(f"Claim “{c['text'][:60]}” points outside the article text.")
    slug = slug_for(draft)
    existing = con.execute("SELECT id FROM articles WHERE slug = ?", [slug]).fetchone()
    published = (datetime.combine(draft.published, datetime.min.time(), tzinfo=timezone.utc)
                 if draft.published else None)
    if existing is None:
        article = models.Article(slug=slug, title=draft.title.strip(), body=draft.text, published_at=published,
                                 outlet=draft.outlet.strip() or None, url=draft.url.strip() or None,
                                 language=draft.language, sources=_sources(accepted),
                                 claims=tuple(_to_claim(c) for c in accepted))
        return insert_article(con, article), len(accepted)
    article_id = existing[0]
    have = {(r[0], r[1], r[2]) for r in con.execute(
        "SELECT span_start, span_end, text FROM claims WHERE article_id = ?", [article_id]).fetchall()}
    fresh = [c for c in accepted if (c["start"], c["end"], c["text"]) not in have]
    if fresh:
        from factcheck.sample import add_claims

        add_claims(con, article_id, _sources(fresh), [_to_claim(c) for c in fresh])
    return article_id, len(fresh)
