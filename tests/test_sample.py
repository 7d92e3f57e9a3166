"""The shipped sample is the POLITICO article, curated to the word."""
import dataclasses
import json

import pytest

from factcheck import sample
from factcheck.errors import InvalidInput

SLUG = "politico-2025-01-13-north-korean-pows"
SEED = sample.SAMPLE_DIR / f"{SLUG}.json"


@pytest.fixture(scope="module")
def article():
    return sample.read_article(SEED)


def test_body_is_the_article_as_published(article):
    assert article.body.startswith("Zelenskyy offers prisoner exchange if Kim Jong Un helps")
    assert "January 13, 2025 1:11 pm CET" in article.body
    assert article.body.rstrip().endswith("“As one commander said, compared to the soldiers of the DPRK, Wagner "
                                          "mercenaries circa 2022 are just children. And I believe him,” Bondar said.")
    assert article.published_at.isoformat() == "2025-01-13T13:11:00+01:00"
    assert article.outlet == "POLITICO"


def test_every_span_and_quote_matches_the_text(article):
    assert sample.check_article(article) == []
    for claim in article.claims:
        span = article.body[claim.start:claim.end]
        assert span.strip() == span, claim.text
        for figure in claim.figures:
            assert article.body[figure.start:figure.end] == figure.surface


def test_a_wrong_span_is_refused(tmp_path):
    raw = json.loads(SEED.read_text(encoding="utf-8"))
    raw["claims"][4]["start"] += 3
    (tmp_path / raw["body_file"]).write_text((sample.SAMPLE_DIR / raw["body_file"]).read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (tmp_path / "bad.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InvalidInput, match="claim 5: quoted words"):
        sample.read_article(tmp_path / "bad.json")


def by_quote(article, words):
    found = [c for c in article.claims if c.quote and words in c.quote]
    assert len(found) == 1, words
    return found[0]


@pytest.mark.parametrize(
    "words, speaker, attribution, cue, said_at",
    [
        ("They have been blowing themselves up", "Yaroslav Chepurnyi", "direct_quote", "told POLITICO on Monday",
         "2025-01-13"),
        ("One of them has expressed a desire to stay in Ukraine", "Volodymyr Zelenskyy", "direct_quote",
         "said in a statement on Sunday", "2025-01-12"),
        ("Suppose Kim Jong Un remembers", "Volodymyr Zelenskyy", "direct_quote", "he added", "2025-01-12"),
        ("Undoubtedly, there will be more POWs", "Volodymyr Zelenskyy", "direct_quote", "he added", "2025-01-12"),
        ("They are young, motivated, physically fit", "Yaroslav Chepurnyi", "direct_quote", "Chepurnyi said", None),
        ("The enemy does not surrender", "Yuriy Bondar", "direct_quote", "said in a post on Facebook on Sunday",
         "2025-01-12"),
        ("doused with flammable liquid", "Yuriy Bondar", "direct_quote", "said in a post on Facebook on Sunday",
         "2025-01-12"),
        ("a surprising number", "Yuriy Bondar", "paraphrase", "also confirmed", None),
        ("They demonstrate psychological resilience", "Yuriy Bondar", "direct_quote", "Bondar said", None),
        ("Wagner mercenaries circa 2022 are just children", "Unnamed commander", "reported",
         "As one commander said (quoted by Bondar)", None),
        ("And I believe him", "Yuriy Bondar", "direct_quote", "Bondar said", None),
    ],
)
def test_quoted_statements_have_their_speaker_cue_and_date(article, words, speaker, attribution, cue, said_at):
    claim = by_quote(article, words)
    assert (claim.speaker, claim.attribution, claim.cue) == (speaker, attribution, cue)
    assert (claim.said_at.isoformat() if claim.said_at else None) == said_at


def test_split_quote_keeps_both_pieces_in_one_span(article):
    claim = by_quote(article, "Suppose Kim Jong Un remembers")
    span = article.body[claim.start:claim.end]
    assert "he added" in span
    assert claim.quote.endswith("In that case, we are ready to transfer such soldiers.")


def test_paraphrases_official_statements_and_reported_claims(article):
    def one(predicate):
        found = [c for c in article.claims if predicate(c)]
        assert len(found) == 1
        return found[0]

    bondar = one(lambda c: "stable morale" in c.text)
    assert (bondar.speaker, bondar.attribution, bondar.cue) == ("Yuriy Bondar", "paraphrase", "said")
    seoul = one(lambda c: c.attribution == "official_statement")
    assert seoul.speaker == "South Korean government" and seoul.cue == "said on Monday"
    assert seoul.said_at.isoformat() == "2025-01-13"
    assert set(seoul.hedges) == {"around", "difficult to verify", "not confirmed by Moscow or Pyongyang"}
    soldiers = [c for c in article.claims if c.speaker == "Ukrainian soldiers"]
    assert len(soldiers) == 2 and all(c.attribution == "paraphrase" and c.cue == "describe" for c in soldiers)
    reported = [c for c in article.claims if c.attribution == "reported" and c.speaker is None]
    assert len(reported) == 2 and all("reportedly" in c.hedges for c in reported)


def test_every_figure_with_its_hedge(article):
    figures = {(f.surface, f.value, f.unit, f.approx) for c in article.claims for f in c.figures}
    assert figures == {
        ("two", 2, "count", False),
        ("Some 12,000", 12000, "count", True),
        ("1,250 square kilometers", 1250, "km2", False),
        ("about half", 50, "percent", True),
        ("about half of the 1,250 square kilometers", 625, "km2", True),
        ("Around 300", 300, "count", True),
        ("2,700", 2700, "count", True),
    }
    assert sum(len(c.figures) for c in article.claims) == 8  # "two" appears in two claims
    derived = [f for c in article.claims for f in c.figures if f.derivation]
    assert [f.value for f in derived] == [625]


def test_speakers_and_their_roles(article):
    sources = {s.name: dataclasses.astuple(s)[1:] for s in article.sources}
    assert sources == {
        "Volodymyr Zelenskyy": ("person", "Ukrainian President", "Ukraine"),
        "Yaroslav Chepurnyi": ("person", "Lieutenant Colonel, a spokesman of the Ukrainian army", "Ukraine"),
        "Yuriy Bondar": ("person", "Ukrainian soldier with the 80th separate airborne assault brigade", "Ukraine"),
        "South Korean government": ("government", "South Korean government in Seoul", "South Korea"),
        "Ukrainian soldiers": ("group", "Ukrainian soldiers fighting in Kursk", "Ukraine"),
        "Unnamed commander": ("anonymous", "commander quoted by Yuriy Bondar", None),
    }


def test_loaded_database_matches_the_json(fresh_store, article):
    def read(con):
        return (
            con.execute("SELECT count(*) FROM claims WHERE workflow = 'unreviewed' AND verdict IS NULL").fetchone()[0],
            con.execute("SELECT count(*) FROM figures").fetchone()[0],
            con.execute("SELECT c.text, s.name, a.body[c.span_start + 1 : c.span_end] FROM claims c"
                        " JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = c.speaker_id"
                        " ORDER BY c.id").fetchall(),
        )

    unreviewed, figures, rows = fresh_store.read(read)
    assert unreviewed == len(article.claims) == 26
    assert figures == 8
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (c.text, c.speaker, article.body[c.start:c.end]) for c in article.claims]


def test_loading_twice_changes_nothing(fresh_store):
    assert fresh_store.ensure() == {"migrations_applied": [], "articles_loaded": []}
    assert fresh_store.read(lambda con: con.execute("SELECT count(*) FROM claims").fetchone()[0]) == 26
