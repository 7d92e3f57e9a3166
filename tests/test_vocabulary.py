"""Admins rename vocabulary labels: kept with who and when, shown everywhere, ids untouched."""
import json
import subprocess
import sys

import pytest

from factcheck import access, charts, filters, models, queries, review, vocabulary
from factcheck.access import NotAllowed
from factcheck.errors import InvalidInput, NotFound
from factcheck.store import REPO_ROOT

ADMIN = access.local("Desk admin")
REVIEWER = access.Actor("ana@desk.example", "reviewer", True)


def test_a_rename_is_stored_recorded_and_shown_everywhere(fresh_store):
    fresh_store.write(review.mark, 5, ADMIN, verdict="inaccurate")
    assert fresh_store.write(vocabulary.rename, ADMIN, "verdict", {"inaccurate": "False", "accurate": "True"}) == 2
    labels = fresh_store.read(vocabulary.load)
    assert labels["verdict"]["inaccurate"] == "False" and labels["workflow"] == dict(models.WORKFLOWS)
    vocabulary.apply(labels)
    # the claims table (SQL), the facets and the filter sentence (Python dicts), the charts
    table = fresh_store.read(queries.claims_table, filters.build_where({}), "id", 50, 0).set_index("ID")
    assert table.loc[5, "Verdict"] == "False"
    facet = fresh_store.read(queries.facets, filters.build_where({}))["verdict"]
    assert ("inaccurate", "False", 1) in facet.values
    assert "False" in filters.describe(filters.build_where({"verdict__in": "inaccurate"}))
    figure = charts.status_chart(fresh_store.read(queries.overview)["status"])
    assert "False" in {trace.name for trace in figure.data}
    # the id is untouched: filters and stored claims still say inaccurate
    assert fresh_store.read(lambda con: con.execute("SELECT verdict FROM claims WHERE id = 5").fetchone()[0]) == \
        "inaccurate"
    history = fresh_store.read(vocabulary.history)
    assert sorted((h["Term"], h["Was"], h["Now"], h["Who"]) for h in history) == [
        ("accurate", "Accurate", "True", "Desk admin"), ("inaccurate", "Inaccurate", "False", "Desk admin")]


def test_only_admins_rename_and_nothing_is_written_otherwise(fresh_store):
    with pytest.raises(NotAllowed, match="As a reviewer you cannot edit the vocabularies"):
        fresh_store.write(vocabulary.rename, REVIEWER, "verdict", {"inaccurate": "False"})
    assert fresh_store.read(vocabulary.load)["verdict"]["inaccurate"] == "Inaccurate"
    assert fresh_store.read(vocabulary.history) == []


@pytest.mark.parametrize("changes, error, message", [
    ({"inaccurate": "  "}, InvalidInput, "is empty"),
    ({"inaccurate": "x" * 61}, InvalidInput, "longer than 60"),
    ({"inaccurate": "Misleading"}, InvalidInput, "already the label of 'Misleading'"),
    ({"inaccurate": "no verdict YET"}, InvalidInput, "already the label of 'No verdict yet'"),
    ({"inaccurate": "Fal\u0000se"}, InvalidInput, "control characters"),
    ({"banana": "Yellow"}, NotFound, "no term 'banana'"),
])
def test_bad_labels_are_refused_whole(fresh_store, changes, error, message):
    with pytest.raises(error, match=message):
        fresh_store.write(vocabulary.rename, ADMIN, "verdict", {"accurate": "True", **changes})
    assert fresh_store.read(vocabulary.load)["verdict"]["accurate"] == "Accurate"  # all or nothing


def test_labels_are_trimmed_and_an_unknown_vocabulary_is_named(fresh_store):
    fresh_store.write(vocabulary.rename, ADMIN, "source_kind", {"military": "  Armed   forces "})
    assert fresh_store.read(vocabulary.load)["source_kind"]["military"] == "Armed forces"
    with pytest.raises(NotFound, match="no vocabulary 'colours'"):
        fresh_store.write(vocabulary.rename, ADMIN, "colours", {"a": "b"})


def test_a_rename_changes_the_data_version(fresh_store):
    before = fresh_store.read(queries.data_version)
    fresh_store.write(vocabulary.rename, ADMIN, "workflow", {"done": "Published"})
    assert fresh_store.read(queries.data_version) != before


def test_cli_claimreview_export_uses_the_desks_labels(fresh_store):
    fresh_store.write(review.mark, 5, ADMIN, verdict="inaccurate")
    fresh_store.write(vocabulary.rename, ADMIN, "verdict", {"inaccurate": "False"})
    out = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(fresh_store.path), "export",
                          "--format", "claimreview"], cwd=REPO_ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    reviews = json.loads(out.stdout)
    reviews = reviews if isinstance(reviews, list) else reviews.get("@graph", reviews)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["False"]
