"""Fuzzing the parsers that take input from the open web: filters and URL state, claim files,
article text and links. Whatever comes in, the only exception is a clean FactcheckError; filter
values reach DuckDB as parameters only. Each test is bounded so the file runs in seconds.
"""
from __future__ import annotations

import inspect
import json
import os
import socket
import string
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from factcheck import fetch, filters, importers, queries, urlstate
from factcheck.errors import FactcheckError
from factcheck.extract import extract_article
from factcheck.store import Store

SAMPLE_CLAIMS = 26
FIELD_NAMES = [*filters.FIELDS, "q", "page", "sort", "nope", ""]
OPERATORS = [*filters.OPERATORS, "", "eq", "in__in", "exact__", "__"]
CHOICE_VALUES = [v for f in filters.FIELDS.values() if f.choices for v in f.choices]
NASTY = ["'", '"', "''", "\\", ";", "--", "/*", "*/", "?", "$1", "%", "_", ",", ",,", " , ", "none", "None", "NULL",
         "' OR 1=1 --", "'); DROP TABLE claims; --", "\x00", "\u202e", "é", "İ", "ß", "🚀", "2025-01-13", "2025-02-30",
         "9999-12-31", "0001-01-01", "0", "-1", "99999999999999999999", "٣", "1e9", "true", "yes", "off", "\t", "\n"]
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One desk for the module (the sample: 26 claims), so examples run in milliseconds."""
    s = Store(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb")
    s.ensure()
    return s


def claims_count(store) -> int:
    return store.read(lambda con: con.execute("SELECT count(*) FROM claims").fetchone()[0])


# --- filters and URL state ------------------------------------------------------------------------

valid_keys = st.sampled_from(sorted(
    {f"{name}__{op}" for name, field in filters.FIELDS.items() for op, (kinds, _) in filters.OPERATORS.items()
     if field.kind in kinds} | set(filters.FIELDS) | {"q"}))
keys = st.one_of(
    valid_keys, valid_keys,
    st.builds(lambda f, o: f"{f}__{o}" if o else f, st.sampled_from(FIELD_NAMES), st.sampled_from(OPERATORS)),
    st.text(max_size=30),
)
values = st.one_of(
    st.lists(st.one_of(st.sampled_from(NASTY + CHOICE_VALUES), st.text(max_size=12)), max_size=5).map(",".join),
    st.text(max_size=40),
)
pairs = st.lists(st.tuples(keys, values), max_size=3)


def check_where(store, where: filters.Where) -> None:
    """The WHERE is SQL from the field table with `?` for every value, and it runs."""
    assert "'" not in where.sql and '"' not in where.sql and ";" not in where.sql and "--" not in where.sql
    assert where.sql.count("?") == len(where.params)
    for condition in where.conditions:  # each piece is SQL from the field table, whatever the value said
        assert condition.sql.count("?") == len(condition.params)

    def run(con):
        total, facets, _ = queries.claims_overview(con, where)
        table = queries.claims_table(con, where, limit=5)
        return total, facets, table

    total, facets, table = store.read(run)
    event(f"ran against DuckDB ({'matched some' if total else 'matched none'})")
    assert 0 <= total <= SAMPLE_CLAIMS and len(table) <= min(5, total)
    assert set(facets) == set(queries.FACET_FIELDS)


@settings(max_examples=300, **SETTINGS)
@given(pairs=pairs)
@example(pairs=[("verdict__in", "inaccurate,'; DROP TABLE claims; --")])
@example(pairs=[("q", "' OR 1=1 --"), ("speaker__contains", "\x00")])
@example(pairs=[("said_at__gte", "9999-12-31"), ("updated_at__lte", "0001-01-01T00:00+14:00")])
@example(pairs=[("id__in", "1,٣,99999999999999999")])
@example(pairs=[("speaker", "none"), ("hedged", "yes"), ("verdict__isnull", "true")])
def test_any_filter_is_a_clean_error_or_parameterised_sql_that_runs(store, pairs):
    try:
        where = filters.build_where(pairs)
    except FactcheckError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    check_where(store, where)
    assert claims_count(store) == SAMPLE_CLAIMS  # nothing a filter says can change the desk


@settings(max_examples=300, **SETTINGS)
@given(key=valid_keys, value=st.one_of(values, st.sampled_from(NASTY + CHOICE_VALUES)))
def test_one_known_filter_with_any_value_is_a_clean_error_or_runs(store, key, value):
    try:
        where = filters.build_where([(key, value)])
    except FactcheckError as exc:
        assert str(exc)
        return
    check_where(store, where)


@settings(max_examples=150, **SETTINGS)
@given(expressions=st.lists(st.one_of(st.builds("{}={}".format, keys, values), st.text(max_size=30)), max_size=4))
def test_any_cli_where_is_a_clean_error_or_runs(store, expressions):
    try:
        where = filters.build_where(filters.parse_cli_where(expressions))
    except FactcheckError:
        return
    check_where(store, where)


@settings(max_examples=300, **SETTINGS)
@given(params=st.dictionaries(keys, values, max_size=8), key=keys,
       new=st.one_of(st.none(), values, st.lists(st.text(max_size=10), max_size=4)))
def test_any_url_query_normalises_and_filters_cleanly(store, params, key, new):
    state = urlstate.normalise(params)
    assert urlstate.normalise(state) == state  # normalising twice changes nothing
    assert all(v == v.strip() and v for v in state.values())
    assert not any(k in urlstate.FACET_KEYS or k.removesuffix("__exact") in urlstate.FACET_KEYS for k in state)
    changed = urlstate.with_values(state, key, new)
    assert "page" not in changed or key == "page" and changed["page"]
    for k in changed:
        assert isinstance(urlstate.values_of(changed, k), list)
    try:
        where = filters.build_where(urlstate.filter_pairs(changed))
    except FactcheckError:
        return
    check_where(store, where)


# --- claim files ----------------------------------------------------------------------------------

CSV_ALPHABET = st.sampled_from(list('abc ,"\t\r\n\'\\;=+-@0123456789é—\u2028\ufeff\x00\x85{}[]:'))
csv_text = st.one_of(
    st.text(CSV_ALPHABET, max_size=200),
    st.lists(st.lists(st.text(CSV_ALPHABET, max_size=8), min_size=1, max_size=4), min_size=1, max_size=6).map(
        lambda rows: "\n".join(",".join(r) for r in rows)),
    st.lists(st.text(max_size=12), min_size=1, max_size=5).map(lambda cells: "id,claim,speaker\n" + ",".join(cells)),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
claim_objects = st.dictionaries(
    st.one_of(st.sampled_from(["claim", "text", "speaker", "date", "label", "id", "url", "context"]),
              st.text(max_size=8)),
    json_values, max_size=5)


def json_text(lines: bool):
    documents = st.one_of(st.lists(claim_objects, max_size=5), json_values)
    if lines:
        return st.one_of(
            st.lists(st.one_of(claim_objects, json_values).map(lambda d: json.dumps(d, ensure_ascii=False)),
                     max_size=5).map("\n".join),
            st.text(max_size=120))
    return st.one_of(documents.map(lambda d: json.dumps(d, ensure_ascii=False)), st.text(max_size=120))


contents = {
    "csv": csv_text,
    "tsv": csv_text.map(lambda t: t.replace(",", "\t")),
    "json": json_text(lines=False),
    "jsonl": json_text(lines=True),
}
encodings = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"])


@contextmanager
def a_file(text: str, encoding: str, suffix: str):
    import tempfile

    folder = tempfile.mkdtemp(prefix="factcheck-fuzz-")
    path = Path(folder) / f"fuzz.{suffix}"
    try:
        path.write_bytes(text.encode(encoding, errors="replace"))
        yield path
    finally:
        path.unlink(missing_ok=True)
        os.rmdir(folder)


def import_as_admin(store, path, **options):
    if "actor" in inspect.signature(importers.import_file).parameters:
        from factcheck import access

        options["actor"] = access.local("Fuzz")
    return importers.import_file(store, path, **options)


@pytest.mark.parametrize("fmt", sorted(contents))
def test_any_file_content_is_read_or_refused_cleanly(store, fmt):
    @settings(max_examples=40, **SETTINGS)
    @given(text=contents[fmt], encoding=encodings)
    def check(text, encoding):
        with a_file(text, encoding, fmt) as path:
            try:
                preview = importers.preview(path, fmt)
            except FactcheckError as exc:
                assert str(exc)
                event(f"preview refused: {type(exc).__name__}")
            else:
                assert preview.records >= 0 and len(preview.head) <= 5
                assert preview.format == fmt
            before = claims_count(store)
            try:
                report = import_as_admin(store, path, fmt=fmt, name="fuzz")
            except FactcheckError as exc:
                assert str(exc)
                assert claims_count(store) == before  # all or nothing
            else:
                assert claims_count(store) == before + report.added
                event("imported")

    check()


# --- article text ---------------------------------------------------------------------------------

article_alphabet = st.one_of(
    st.sampled_from(list(string.ascii_letters + string.digits + " .,;:!?\"'“”‘’«»()[]-—–%$€£\n\t")),
    st.characters(),
)
article_words = st.sampled_from(["said", "told", "according to", "reportedly", "about", "half of", "some", "km²",
                                 "%", "million", "12,000", "300 killed", "“", "”", '"', "he added", "President",
                                 "Mr.", "on Monday", "yesterday", "around", "nearly", "Zelenskyy", "officials"])


@settings(max_examples=200, **SETTINGS)
@given(text=st.one_of(st.text(article_alphabet, max_size=600),
                      st.lists(st.one_of(article_words, st.text(article_alphabet, max_size=6)), max_size=80).map(
                          " ".join)),
       published=st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_extract_article_takes_any_text(text, published):
    found = extract_article(text, published)
    assert set(found) == {"claims", "figures"}
    for claim in found["claims"]:
        assert 0 <= claim["start"] <= claim["end"] <= len(text)
        json.dumps(claim)  # JSON-ready, as the dashboard and the CLI use it
    for figure in found["figures"]:
        assert 0 <= figure["start"] <= figure["end"] <= len(text)


# --- links ----------------------------------------------------------------------------------------

hosts = st.one_of(st.sampled_from(["example.org", "127.0.0.1", "[::1]", "[::1", "10.0.0.1", "169.254.169.254",
                                   "localhost", "a..b", "xn--", "ex ample.org", "exa\x00mple.org", "例え.jp",
                                   "x" * 70 + ".org", "user:pw@example.org", "0", "[fe80::1%25eth0]", ""]),
                  st.text(max_size=20))
ports = st.one_of(st.just(""), st.sampled_from([":0", ":80", ":99999", ":-1", ":abc", ":", ":65535", ":٣"]))
paths = st.one_of(st.just(""), st.text(max_size=20).map(lambda t: "/" + t))
urls = st.one_of(
    st.builds(lambda s, h, p, path: f"{s}://{h}{p}{path}",
              st.sampled_from(["http", "https", "HTTP", "ftp", "file", "javascript", "data", ""]), hosts, ports, paths),
    st.text(max_size=60),
)


@settings(max_examples=300, **SETTINGS)
@given(url=urls)
@example(url="http://example.com:abc/")
@example(url="http://[::1")
@example(url="http://a..b/")
@example(url="http://example.org/café?q=ü")
def test_check_url_refuses_cleanly_or_gives_a_request_line(url):
    try:
        scheme, host, port, path = fetch.check_url(url)
    except FactcheckError as exc:
        assert str(exc)
        return
    assert scheme in ("http", "https") and host and 1 <= port <= 65535
    assert path.startswith("/") and path.isascii() and not any(ch.isspace() for ch in path)
    assert host.isascii()


def private_dns(host, port, *args, **kwargs):
    """getaddrinfo as the system's would fail on impossible names, but answering every real-looking
    name with a private address: no fuzzed link ever reaches the network."""
    if isinstance(host, str):
        host.encode("idna")  # what the real getaddrinfo does first (UnicodeError on bad names)
    if host in (None, "") or "\x00" in str(host):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]


@settings(max_examples=300, **SETTINGS)
@given(url=urls)
@example(url="http://example.com:abc/")
@example(url="http://a..b/")
@example(url="https://" + "x" * 70 + ".example/")
def test_fetch_refuses_any_text_cleanly_without_touching_the_network(url):
    with mock.patch.dict(os.environ, {fetch.ALLOW_ENV: ""}), \
            mock.patch("socket.getaddrinfo", private_dns), \
            mock.patch("http.client.HTTPConnection.connect", side_effect=AssertionError("no connection expected")):
        try:
            fetch.fetch(url)
        except FactcheckError as exc:
            assert str(exc)
        else:
            raise AssertionError(f"{url!r} was fetched")


def test_a_page_claiming_an_unknown_charset_is_read_as_utf8():
    response = mock.Mock()
    response.headers.get_content_charset.return_value = "x-no-such-charset"
    assert fetch._charset(response) == "utf-8"
    response.headers.get_content_charset.return_value = "ISO-8859-1"
    assert fetch._charset(response) == "iso8859-1"
