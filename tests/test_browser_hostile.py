"""Hostile content in a real browser: claims, speakers, roles, cues, notes, reviewer names, article
titles and claim-set links carrying script, event-handler, `javascript:` and markdown payloads are
written through the real write paths (ingest.save, the importer, review.mark) before the server
starts; then every page is visited, every chart bar hovered and every link the payloads could have
made clicked. No payload may run: each would set window.__pwned, change document.title and open
an alert, and the markdown image would fetch http://127.0.0.1:1/.
"""
from __future__ import annotations

import inspect
import re
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest

from browser_kit import TIMEOUT_MS, _log_tail, _start_streamlit, _stop, expect, set_reviewer, wait_idle
from factcheck import importers, ingest, review
from factcheck.store import Store

pytestmark = pytest.mark.browser

JS = "window.__pwned=1;document.title='pwned';alert(1)"
PAYLOADS = [
    f"<script>{JS}</script>",
    f'<img src=x onerror="{JS}">',
    f'<a href="javascript:{JS}">click html</a>',
    f"[click md](javascript:{JS})",
    "![pixel](http://127.0.0.1:1/pixel.png)",
    f'<svg onload="{JS}"></svg>',
    f"<javascript:{JS}>",
    f'<b onmouseover="{JS}">hover me</b> <a href="javascript:{JS}">plotly link</a>',
]
TITLE = f"Budget <script>{JS}</script> [click title](javascript:{JS}) ![t](http://127.0.0.1:1/t.png)"
OUTLET = f'<img src=x onerror="{JS}">'
BAD_HOST = "127.0.0.1:1"  # nothing listens there; a request to it means a payload loaded something


def _as_actor(func, name: str):
    """The reviewer argument as the current code takes it: an Actor (factcheck.access) or a name."""
    params = inspect.signature(func).parameters
    if "actor" in params:
        from factcheck import access

        return access.local(name)
    return name


def build_desk(db: Path) -> dict:
    """The sample desk plus a hostile article, a hostile claim set and hostile reviews; returns ids."""
    store = Store(db)
    store.ensure()
    paragraphs = [f"Paragraph {i}: “{p}” said {p}." for i, p in enumerate(PAYLOADS)]
    text = TITLE + "\n\n" + "\n\n".join(paragraphs)
    draft = ingest.Draft(text=text, title=TITLE, outlet=OUTLET, url="https://example.org/hostile",
                         published=date(2025, 1, 14))
    accepted = []
    for i, payload in enumerate(PAYLOADS):
        start = text.index(paragraphs[i])
        accepted.append(dict(
            text=f"Claim {i}: {payload}", quote=payload, start=start, end=start + len(paragraphs[i]),
            attribution="direct_quote", speaker=f"{payload} #{i}", speaker_role=payload, cue=payload,
            said_at="2025-01-13", hedges=["about"],
            figures=[dict(surface=f"{100 + i}", value=100 + i, unit="count", quantity=payload, approx=i % 2 == 0)],
        ))
    save_args = [draft, accepted]
    if len(inspect.signature(ingest.save).parameters) > 3:
        save_args.append(_as_actor(ingest.save, "Hostile desk"))
    article_id, added = store.write(ingest.save, *save_args)
    assert added == len(PAYLOADS)

    claim_file = db.parent / "hostile-set.csv"
    with open(claim_file, "w", encoding="utf-8", newline="") as f:
        import csv

        writer = csv.writer(f)
        writer.writerow(["id", "claim", "speaker", "label", "review_url", "publisher", "context"])
        writer.writerow(["h1", f"Imported {PAYLOADS[3]}", PAYLOADS[1], "False", f"javascript:{JS}", PAYLOADS[4],
                         PAYLOADS[0]])
        writer.writerow(["h2", f"Imported {PAYLOADS[4]}", PAYLOADS[3], "True",
                         f"https://example.org/x)[click url](javascript:{JS})", PAYLOADS[3], PAYLOADS[6]])
    import_options = {"name": f"Set {PAYLOADS[3]}"}
    if "actor" in inspect.signature(importers.import_file).parameters:
        import_options["actor"] = _as_actor(importers.import_file, "Hostile importer")
    importers.import_file(store, claim_file, **import_options)

    claims = store.read(lambda con: [r[0] for r in con.execute(
        "SELECT id FROM claims WHERE article_id = ? ORDER BY id", [article_id]).fetchall()])
    imported = store.read(lambda con: [r[0] for r in con.execute(
        "SELECT id FROM claims WHERE import_key LIKE 'id:h%' ORDER BY import_key").fetchall()])
    verdicts = ["inaccurate", "misleading", "accurate", "unverifiable"]
    for n, claim_id in enumerate(claims):
        reviewer = PAYLOADS[n % len(PAYLOADS)][:100]
        store.write(review.mark, claim_id, _as_actor(review.mark, reviewer), workflow="done",
                    verdict=verdicts[n % len(verdicts)], note=f"Note {PAYLOADS[(n + 1) % len(PAYLOADS)]}",
                    evidence=["https://example.org/evidence?q=javascript:alert(1)"])
    sources = store.read(lambda con: [r[0] for r in con.execute(
        "SELECT id FROM sources WHERE name LIKE '%#%' OR name LIKE '%<%' OR name LIKE '%[%' ORDER BY id").fetchall()])
    return {"article": article_id, "claims": claims, "imported": imported, "sources": sources}


@pytest.fixture(scope="module")
def hostile_server(browser):
    with tempfile.TemporaryDirectory(prefix="factcheck-hostile-") as tmp:
        workdir = Path(tmp)
        ids = build_desk(workdir / "factcheck.duckdb")  # where _start_streamlit points FACTCHECK_DB
        proc, base_url, log_path, log = _start_streamlit(workdir)
        try:
            yield base_url, ids
        finally:
            _stop(proc)
            log.close()
            if proc.returncode not in (0, -15, None):
                print(f"streamlit exited with {proc.returncode}; log tail:\n{_log_tail(log_path)}")


class Watch:
    """Everything a payload could do that the page can report: dialogs, navigations, requests."""

    def __init__(self, page):
        self.dialogs: list[str] = []
        self.navigations: list[str] = []
        self.bad_requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("framenavigated", lambda frame: self.navigations.append(frame.url))
        page.on("request", lambda request: BAD_HOST in request.url and self.bad_requests.append(request.url))

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def assert_clean(self, page, where: str) -> None:
        state = page.evaluate("() => ({pwned: window.__pwned ?? null, title: document.title})")
        assert state["pwned"] is None, f"a payload ran on {where}: window.__pwned = {state['pwned']}"
        assert "pwned" not in state["title"], f"a payload changed the title on {where}: {state['title']}"
        assert not self.dialogs, f"a payload opened a dialog on {where}: {self.dialogs}"
        assert not [u for u in self.navigations if u.lower().startswith("javascript:")], self.navigations
        assert not self.bad_requests, f"a payload fetched {self.bad_requests} on {where}"
        live = page.evaluate("""() => {
            const bad = [];
            for (const a of document.querySelectorAll('a[href], [*|href]')) {
                const href = a.getAttribute('href') || a.getAttribute('xlink:href') || '';
                if (/^\\s*(javascript|data|vbscript):/i.test(href)) bad.push(a.outerHTML.slice(0, 200));
            }
            for (const e of document.querySelectorAll('script')) {
                if ((e.textContent || '').includes('__pwned')) bad.push(e.outerHTML.slice(0, 200));
            }
            for (const e of document.querySelectorAll('*')) {
                for (const attr of e.attributes) {
                    if (/^on/i.test(attr.name) && attr.value.includes('__pwned')) bad.push(e.outerHTML.slice(0, 200));
                }
                if ((e.tagName === 'IMG' || e.tagName === 'image') &&
                    (e.getAttribute('src') || '').includes('127.0.0.1:1')) bad.push(e.outerHTML.slice(0, 200));
            }
            return bad;
        }""")
        assert not live, f"payloads became live markup on {where}: {live}"


def visit(page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_test_id("stMain")).to_be_visible()
    # the first script run may still be starting: wait for content, then for the run to finish
    expect(page.get_by_test_id("stMain").locator("h1, h2, h3").first).to_be_visible()
    wait_idle(page)


POINTS = "g.point path, g.points path.point"  # bars, and the markers of line and scatter charts


def hover_charts(page, at_least: int = 0) -> int:
    """Move the mouse over every bar and marker of every Plotly chart on the page (waiting for the first
    `at_least` charts to be there: a page can report idle before its charts arrive); return how many."""
    hovered = 0
    charts = page.get_by_test_id("stPlotlyChart")
    if at_least:
        expect(charts.nth(at_least - 1)).to_be_attached()
    for i in range(charts.count()):
        plot = charts.nth(i).locator(".js-plotly-plot")
        expect(plot).to_be_attached()
        plot.evaluate("e => e.scrollIntoView({block: 'center'})")
        # wait until the bars and markers are drawn at their size (pie charts have none) and their
        # number has stopped growing (a loaded machine draws a chart's traces over several frames)
        plot.evaluate("""gd => new Promise((resolve, reject) => {
            const started = Date.now();
            let last = -1, same = 0;
            const visible = () => Array.from(gd.querySelectorAll(POINTS)).filter(p => {
                const r = p.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
            const poll = () => {
                if ((gd.data || []).every(t => t.type === 'pie')) return resolve(true);
                const n = visible();
                same = n > 0 && n === last ? same + 1 : 0;
                last = n;
                if (same >= 3) return resolve(true);
                if (Date.now() - started > TIMEOUT) return reject(new Error('chart never drew'));
                setTimeout(poll, 150);
            };
            poll();
        })""".replace("POINTS", repr(POINTS)).replace("TIMEOUT", str(TIMEOUT_MS)))
        wait_idle(page)
        points = plot.evaluate("""gd => Array.from(gd.querySelectorAll(POINTS))
            .map(p => p.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0)
            .slice(0, 40).map(r => ({x: r.x + r.width / 2, y: r.y + r.height / 2}))""".replace("POINTS", repr(POINTS)))
        for point in points:
            page.mouse.move(point["x"], point["y"])
            hovered += 1
        for tick in plot.locator("g.ytick text, g.xtick text").all()[:20]:  # axis labels: speaker names
            tick.hover(force=True)
    return hovered


def click_payload_links(page, watch: Watch, where: str) -> int:
    """Click anything in the page that reads like one of the payloads' links."""
    from playwright.sync_api import TimeoutError as GoneBeforeTheClick

    clicked = 0
    for label in ("click html", "click md", "click title", "click url", "plotly link", "hover me"):
        for i in range(3):
            # looked up again each time: a click may rerun the page, which redraws (or drops) the others
            target = page.get_by_test_id("stMain").get_by_text(label, exact=False).nth(i)
            if not target.count() or not target.is_visible():
                continue
            try:
                target.click(force=True, no_wait_after=True, timeout=3000)  # where a person would click
                target.dispatch_event("click", timeout=3000)  # and on the element itself, whatever covers it
            except GoneBeforeTheClick:  # the rerun removed it between the look and the click
                continue
            clicked += 1
            watch.assert_clean(page, f"{where} after clicking {label!r}")
            wait_idle(page)
    return clicked


def test_no_payload_runs_on_any_page(hostile_server, page):
    base_url, ids = hostile_server
    watch = Watch(page)
    pages = [
        ("Overview", "/"),
        ("Claims", "/claims"),
        ("Claims filtered by a hostile speaker", "/claims?speaker__in=" + quote(PAYLOADS[3])),
        # a shared link is hostile input too: its values show in the filter sentence and in errors
        ("Claims, a link whose filter is an image", "/claims?speaker__in=" + quote(PAYLOADS[4])),
        ("Claims, a link with an unknown verdict", "/claims?verdict=" + quote(PAYLOADS[4] + PAYLOADS[3])),
        ("Figures, a link with an unknown verdict", "/figures?verdict=" + quote(PAYLOADS[4] + PAYLOADS[3])),
        ("Figures", "/figures"),
        ("Sources", "/sources"),
        *[(f"Source {s}", f"/source?id={s}") for s in ids["sources"]],
        *[(f"Claim {c}", f"/claim?id={c}") for c in ids["claims"][:5] + ids["imported"]],
        ("Add", "/add"),
    ]
    hovered = 0
    for name, path in pages:
        visit(page, base_url + path)
        watch.assert_clean(page, name)
        hovered += hover_charts(page, at_least={"/": 3, "/figures": 1}.get(path, 0))
        watch.assert_clean(page, f"{name} after hovering its charts")
        click_payload_links(page, watch, name)
        if not page.url.startswith(base_url):  # a click took us away: never to a script
            visit(page, base_url + path)
        watch.assert_clean(page, name)
    assert hovered >= 20, f"only {hovered} chart points were hovered; the charts did not draw"


def test_payloads_are_shown_as_text(hostile_server, page):
    """Not vacuous: the payloads are on the pages, as the literal text the reviewer must judge."""
    base_url, ids = hostile_server
    watch = Watch(page)
    visit(page, f"{base_url}/claim?id={ids['claims'][0]}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(f"Claim 0: <script>{JS}</script>", exact=True)).to_be_visible()
    expect(main.get_by_text(re.compile(re.escape(f'<img src=x onerror="{JS}">')))).not_to_have_count(0)
    visit(page, f"{base_url}/claim?id={ids['claims'][3]}")
    expect(main.get_by_text(f"Claim 3: [click md](javascript:{JS})", exact=True)).to_be_visible()
    visit(page, f"{base_url}/claim?id={ids['imported'][0]}")
    expect(main.get_by_text(f"javascript:{JS}", exact=False).first).to_be_visible()  # the link, as text only
    watch.assert_clean(page, "the claim pages")


def test_evidence_links_must_be_http(hostile_server, page):
    """The claim form refuses a javascript: evidence link with a message and saves nothing."""
    base_url, ids = hostile_server
    watch = Watch(page)
    claim_id = ids["claims"][1]
    visit(page, f"{base_url}/claim?id={claim_id}")
    set_reviewer(page, "Evidence tester")  # local mode: the name typed in the sidebar
    evidence = page.get_by_test_id("stMain").get_by_role("textbox", name=re.compile("Evidence", re.I)).first
    evidence.fill(f"javascript:{JS}")
    page.get_by_test_id("stMain").get_by_role("button", name=re.compile("^Save", re.I)).first.click()
    expect(page.get_by_test_id("stAlert").filter(has_text="Evidence must be an http:// or https:// link")).to_be_visible(
        timeout=TIMEOUT_MS)
    wait_idle(page)
    watch.assert_clean(page, "the claim form")
