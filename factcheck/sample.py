"""The shipped sample: hand-curated articles in data/sample/ (a .txt body and a .json of its claims).

The JSON is what a person reviews in a diff; the database is built from it. Every span is
checked against the text before anything is written, so a typo in the curation fails loudly.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from factcheck import models, search
from factcheck.errors import InvalidInput

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
QUOTE_GAP = " … "  # joins the pieces of a quote split around "he added"


def read_article(json_path: Path) -> models.Article:
    raw = json.loads(json_path.read_text(encoding="utf-8"))
    body = (json_path.parent / raw["body_file"]).read_text(encoding="utf-8")
    claims = tuple(
        models.Claim(
            text=c["text"],
            start=c["start"],
            end=c["end"],
            attribution=c["attribution"],
            quote=c.get("quote"),
            speaker=c.get("speaker"),
            cue=c.get("cue"),
            said_at=date.fromisoformat(c["said_at"]) if c.get("said_at") else None,
            hedges=tuple(c.get("hedges", ())),
            figures=tuple(models.Figure(**f) for f in c.get("figures", ())),
        )
        for c in raw["claims"]
    )
    article = models.Article(
        slug=raw["slug"],
        title=raw["title"],
        body=body,
        published_at=datetime.fromisoformat(raw["published_at"]),
        outlet=raw.get("outlet"),
        url=raw.get("url"),
        dateline=raw.get("dateline"),
        language=raw.get("language", "en"),
        sources=tuple(models.Source(**s) for s in raw.get("sources", ())),
        claims=claims,
    )
    problems = check_article(article)
    if problems:
        raise InvalidInput(f"{json_path.name}: " + "; ".join(problems))
    return article


def check_article(article: models.Article) -> list[str]:
    """Everything that would make the stored sample wrong, as sentences."""
    problems = []
    names = {s.name for s in article.sources}
    for s in article.sources:
        if s.kind not in models.SOURCE_KIND_IDS:
            problems.append(f"source {s.name!r} has unknown kind {s.kind!r}")
    for i, c in enumerate(article.claims):
        where = f"claim {i + 1}"
        if not (0 <= c.start < c.end <= len(article.body)):
            problems.append(f"{where}: span {c.start}-{c.end} is outside the text")
            continue
        span = article.body[c.start : c.end]
        if c.attribution not in models.ATTRIBUTION_IDS:
            problems.append(f"{where}: unknown attribution {c.attribution!r}")
        if c.speaker is not None and c.speaker not in names:
            problems.append(f"{where}: speaker {c.speaker!r} is not among the sources")
        if c.quote:
            for piece in c.quote.split(QUOTE_GAP):
                if piece not in span:
                    problems.append(f"{where}: quoted words {piece!r} are not in its span")
        for f in c.figures:
            if f.unit not in models.UNITS:
                problems.append(f"{where}: figure {f.surface!r} has unknown unit {f.unit!r}")
            if f.start is not None and article.body[f.start : f.end] != f.surface:
                problems.append(f"{where}: figure {f.surface!r} does not match the text at {f.start}-{f.end}")
            elif f.start is not None and not (c.start <= f.start and f.end <= c.end):
                problems.append(f"{where}: figure {f.surface!r} lies outside its claim")
    return problems


def sample_paths(directory: Path = SAMPLE_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))


def source_id(con, source: models.Source) -> int:
    """The id of a source by name, adding it on first sight."""
    row = con.execute("SELECT id FROM sources WHERE name = ?", [source.name]).fetchone()
    if row:
        return row[0]
    return con.execute(
        "INSERT INTO sources (name, kind, role, country) VALUES (?, ?, ?, ?) RETURNING id",
        [source.name, source.kind, source.role, source.country],
    ).fetchone()[0]


def insert_article(con, article: models.Article) -> int:
    """Write an article with its sources, claims and figures; the caller owns the transaction."""
    article_id = con.execute(
        "INSERT INTO articles (slug, title, outlet, url, published_at, dateline, language, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [article.slug, article.title, article.outlet, article.url, article.published_at,
         article.dateline, article.language, article.body],
    ).fetchone()[0]
    add_claims(con, article_id, article.sources, article.claims)
    return article_id


def add_claims(con, article_id: int, sources, claims) -> None:
    """Claims (with their figures) of an article already in the database; speakers by name."""
    _add_claims(con, article_id, sources, claims)
    search.refresh(con)


def _add_claims(con, article_id: int, sources, claims) -> None:
    speakers = {s.name: source_id(con, s) for s in sources}
    for c in claims:
        claim_id = con.execute(
            "INSERT INTO claims (article_id, text, quote, span_start, span_end, speaker_id, attribution, cue,"
            " said_at, hedges) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [article_id, c.text, c.quote, c.start, c.end, speakers.get(c.speaker) if c.speaker else None,
             c.attribution, c.cue, c.said_at, list(c.hedges)],
        ).fetchone()[0]
        if c.figures:
            con.executemany(
                "INSERT INTO figures (claim_id, surface, value, low, high, unit, quantity, approx, derivation,"
                " span_start, span_end, measure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[claim_id, f.surface, f.value, f.low, f.high, f.unit, f.quantity, f.approx, f.derivation,
                  f.start, f.end, f.measure] for f in c.figures],
            )


def load_samples(con, directory: Path = SAMPLE_DIR) -> list[str]:
    """Load each sample article not yet in the database; return the slugs loaded."""
    loaded = []
    for path in sample_paths(directory):
        article = read_article(path)
        if con.execute("SELECT 1 FROM articles WHERE slug = ?", [article.slug]).fetchone():
            continue
        insert_article(con, article)
        loaded.append(article.slug)
    return loaded
