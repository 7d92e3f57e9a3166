"""New articles: fetching a page safely, reducing it to text, saving accepted claims once."""
import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck import fetch, filters, ingest, queries
from factcheck.errors import InvalidInput
from factcheck.access import local

PAGE = """<html><head><title>Council approves budget | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette"><meta property="og:title" content="Council approves budget">
<meta name="date" content="2025-03-04"></head><body><nav>Home | Sport | Weather</nav>
<article><h1>Council approves budget</h1>
<p>The city council approved a budget of $2.4 million on Monday, according to the mayor's office.</p>
<p>"This budget protects every library," Mayor Ana Reyes said. About 300 residents attended the meeting.</p>
</article><footer>© Riverside Gazette. Cookie settings.</footer></body></html>"""

ADMIN = local("Desk admin")  # local mode: the admin role


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/article":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/drip":  # a byte now and then: each read is quick, the whole is not
            self.send_response(200)
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>x</p>" * 9000)
                self.wfile.flush()
                time.sleep(0.05)
        elif self.path == "/huge":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"x" * (fetch.MAX_BYTES + 10))
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def allow_local(monkeypatch):
    monkeypatch.setenv(fetch.ALLOW_ENV, "127.0.0.1")


def test_a_local_page_is_refused_unless_allowed(server):
    with pytest.raises(InvalidInput, match="private or local address"):
        fetch.fetch(server + "/article")


def test_fetch_follows_redirects_and_reduces_to_the_article(server, allow_local):
    html, final = fetch.fetch(server + "/moved")
    assert final == server + "/article"
    draft = ingest.from_html(html, final)
    assert draft.title == "Council approves budget" and draft.outlet == "Riverside Gazette"
    assert draft.published == date(2025, 3, 4) and draft.url == final
    assert "approved a budget of $2.4 million" in draft.text and "This budget protects every library" in draft.text
    assert "Cookie settings" not in draft.text and "Home | Sport" not in draft.text


@pytest.mark.parametrize(
    "url, message",
    [
        ("file:///etc/passwd", "Only http:// and https://"),
        ("javascript:alert(1)", "Only http:// and https://"),
        ("http://169.254.169.254/latest/meta-data", "private or local address"),
        ("http://10.0.0.1/", "private or local address"),
        ("http://[::1]/", "private or local address"),
    ],
)
def test_unsafe_links_are_refused(url, message):
    with pytest.raises(InvalidInput, match=message):
        fetch.fetch(url)


def test_size_cap_and_errors(server, allow_local):
    with pytest.raises(InvalidInput, match="larger than 5 MB"):
        fetch.fetch(server + "/huge")
    with pytest.raises(InvalidInput, match="answered 404"):
        fetch.fetch(server + "/missing")


def test_a_page_that_trickles_in_is_cut_off(server, allow_local, monkeypatch):
    monkeypatch.setattr(fetch, "TOTAL_S", 0.5)
    with pytest.raises(InvalidInput, match="took longer than 0.5 s"):
        fetch.fetch(server + "/drip")


def test_https_connects_to_the_checked_address_not_a_new_dns_answer(monkeypatch):
    """The name would resolve nowhere (or, in an attack, elsewhere): the TLS connection must go to
    the address the check approved, and still verify the certificate for the name."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    seen = []

    def accept():
        conn, peer = listener.accept()
        seen.append(peer[0])
        conn.close()  # no TLS: the handshake fails after the connection was made

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    lookups = []
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: lookups.append(host) or real(host, *a, **k))
    connection = fetch._connection("https", "desk-test.invalid", listener.getsockname()[1], "127.0.0.1")
    with pytest.raises(OSError):  # ssl.SSLError or a reset: not a DNS failure for desk-test.invalid
        connection.connect()
    thread.join(5)
    listener.close()
    assert seen == ["127.0.0.1"] and "desk-test.invalid" not in lookups
    assert connection._context.check_hostname  # the certificate is still checked against the name


def test_markdown_and_text_drafts():
    draft = ingest.from_markdown("# Headline here\n\nSome **bold** claim with a [link](http://x.example).\r\n")
    assert draft.text == "Headline here\n\nSome bold claim with a link."
    assert draft.title == "Headline here"
    with pytest.raises(InvalidInput, match="There is no text"):
        ingest.from_text(" \n\t ")


def candidate(text, body, **extra):
    start = body.index(text)
    return {"text": text, "start": start, "end": start + len(text), "attribution": "unattributed", **extra}


def test_saving_twice_adds_nothing_twice(fresh_store):
    draft = ingest.from_text("Budget day\nThe council approved a budget of $2.4 million on Monday.\n"
                             "\"It protects libraries,\" Mayor Ana Reyes said.")
    draft.published = date(2025, 3, 4)
    first = candidate("The council approved a budget of $2.4 million on Monday.", draft.text,
                      figures=[{"surface": "$2.4 million", "value": 2400000.0, "unit": "USD",
                                "quantity": "city budget", "approx": False}])
    second = candidate("It protects libraries", draft.text, attribution="direct_quote", speaker="Ana Reyes",
                       speaker_role="Mayor", quote="It protects libraries", cue="said")
    article_id, added = fresh_store.write(ingest.save, draft, [first], ADMIN)
    assert added == 1
    again_id, added_again = fresh_store.write(ingest.save, draft, [first, second], ADMIN)
    assert (again_id, added_again) == (article_id, 1)
    assert fresh_store.read(lambda con: con.execute(
        "SELECT count(*) FROM articles WHERE id = ?", [article_id]).fetchone()[0]) == 1
    claims = fresh_store.read(queries.claims_table, filters.build_where({"article": str(article_id)}))
    assert claims["Claim"].tolist() == [first["text"], "It protects libraries"]
    assert claims["Said by"].tolist() == ["The article itself", "Ana Reyes"]
    assert fresh_store.read(lambda con: con.execute(
        "SELECT f.value, f.unit FROM figures f JOIN claims c ON c.id = f.claim_id WHERE c.article_id = ?",
        [article_id]).fetchall()) == [(2400000.0, "USD")]


def test_a_claim_outside_the_text_is_refused(fresh_store):
    draft = ingest.from_text("Short text.")
    with pytest.raises(InvalidInput, match="points outside the article text"):
        fresh_store.write(ingest.save, draft, [{"text": "x", "start": 5, "end": 500, "attribution": "unattributed"}], ADMIN)


def test_reviewed_keeps_ticked_candidates_with_corrections():
    candidates = [
        {"text": "A", "start": 0, "end": 1, "attribution": "unattributed", "figures": []},
        {"text": "B", "start": 2, "end": 3, "attribution": "paraphrase", "speaker": "X",
         "figures": [{"surface": "2", "value": 2.0, "unit": "count", "quantity": "q"},
                     {"surface": "3%", "value": 3.0, "unit": "percent", "quantity": "r"}]},
    ]
    rows = [
        {"Keep": False, "Claim": "A", "Said by": "", "Role": "", "How": "Unattributed", "Cue": "", "Said on": None,
         "Hedges": ""},
        {"Keep": True, "Claim": " B, corrected ", "Said by": " Ana Reyes ", "Role": "Mayor", "How": "Direct quote",
         "Cue": "said", "Said on": date(2025, 3, 4), "Hedges": "about,  reportedly "},
    ]
    figures = [{"Keep": True, "Value": 2.5, "Unit": "USD", "What is counted": "budget", "Approximate": True},
               {"Keep": False, "Value": 3.0, "Unit": "percent", "What is counted": "r", "Approximate": False}]
    assert ingest.figures_of(candidates) == [(1, candidates[1]["figures"][0]), (1, candidates[1]["figures"][1])]
    (kept,) = ingest.reviewed(candidates, rows, figures)
    assert (kept["text"], kept["speaker"], kept["speaker_role"], kept["attribution"], kept["cue"]) == (
        "B, corrected", "Ana Reyes", "Mayor", "direct_quote", "said")
    assert kept["said_at"] == "2025-03-04" and kept["hedges"] == ["about", "reportedly"]
    assert kept["figures"] == [{"surface": "2", "value": 2.5, "unit": "USD", "quantity": "budget", "approx": True}]


def test_with_edits_keeps_every_candidate_and_its_ticks_for_the_next_table():
    candidates = [{"text": "A", "start": 0, "end": 1, "attribution": "unattributed",
                   "figures": [{"surface": "2", "value": 2.0, "unit": "count", "quantity": "q"}]}]
    rows = [{"Keep": False, "Claim": "A!", "Said by": "Bo", "Role": "", "How": "Paraphrase", "Cue": "said",
             "Said on": None, "Hedges": ""}]
    figures = [{"Keep": False, "Value": 3.0, "Unit": "percent", "What is counted": "share", "Approximate": True}]
    (claim,) = ingest.with_edits(candidates, rows, figures)
    assert (claim["keep"], claim["text"], claim["speaker"], claim["attribution"]) == (False, "A!", "Bo", "paraphrase")
    assert claim["figures"] == [{"surface": "2", "value": 3.0, "unit": "percent", "quantity": "share",
                                 "approx": True, "keep": False}]
    assert ingest.reviewed(candidates, rows, figures) == []


def test_a_missed_claim_is_found_in_the_text_with_its_figures_and_hedges():
    draft = ingest.from_text("Budget\n\nThe council approved about $2.4 million for the library.\nIt opens in May.")
    claim = ingest.missed_claim(draft, " approved about $2.4\n million  for the library ", "The council",
                                "official_statement", "approved")
    assert draft.text[claim["start"]:claim["end"]] == claim["text"] == "approved about $2.4 million for the library"
    assert (claim["speaker"], claim["attribution"], claim["cue"], claim["hedges"]) == (
        "The council", "official_statement", "approved", ["about"])
    assert [(f["surface"], f["value"], f["unit"], f["approx"]) for f in claim["figures"]] == [
        ("about $2.4 million", 2_400_000.0, "USD", True)]
    quote = ingest.missed_claim(draft, "It opens in May.", "Ana", "direct_quote")
    assert quote["quote"] == "It opens in May." and quote["figures"] == []
    for passage, who, how, message in [("", "Ana", "paraphrase", "Copy the claim's words"),
                                       ("It closes in June.", "Ana", "paraphrase", "not in the article"),
                                       ("It opens in May.", "", "paraphrase", "Say who made it"),
                                       ("It opens in May.", "Ana", "rumour", "how the claim was attributed")]:
        with pytest.raises(InvalidInput, match=message):
            ingest.missed_claim(draft, passage, who, how)
    draft.candidates.append(quote)
    with pytest.raises(InvalidInput, match="already in the list"):
        ingest.missed_claim(draft, "It opens in May.", "Ana", "reported")
    assert ingest.missed_claim(draft, "It opens", "", "reported")["speaker"] is None  # reported: no speaker needed
