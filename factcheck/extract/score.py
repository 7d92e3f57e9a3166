"""Score extract_article against the hand annotations: python -m factcheck.extract.score [--split S] [--json]

Matching rules (documented in data/devset/README.md too):
- A predicted claim matches a gold claim when their spans overlap by at least half of the shorter
  span, or when a quoted piece of one equals a quoted piece of the other; pairs are taken one to one,
  best overlap first (overlap / shorter span, ties broken by overlap / longer span).
- Attributed claims are those whose attribution is not "unattributed" (direct_quote, paraphrase,
  official_statement, reported), on both sides. P/R/F1 count one-to-one matches between the two sets.
- On matched attributed claims: speaker accuracy (names equal after lower-casing and dropping a
  leading "the" and full stops, or the same last word: "Smith" = "Anna Smith"), attribution, cue
  (case- and space-insensitive), said_at and hedges (the same set, case-insensitive) accuracy.
- A predicted figure matches a gold figure when their spans overlap and unit and value agree (value to
  0.5%, or low and high for ranges). Approx accuracy is over matched figures.
- Speed: articles per second of extract_article over the split's articles, on one core.
- --second-reading scores a second annotator's reading of the split instead of the extractor, against
  the same gold: the agreement of two readers, the ceiling to read the extractor's scores against.
The script reports; it does not gate. It exits 0 unless it crashes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time

from factcheck.extract import extract_article
from factcheck.extract.devset import SPLITS, Doc, load, second_reading


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _pieces(c: dict) -> set[str]:
    q = c.get("quote")
    return {p.strip().strip(".,").lower() for p in q.split(" … ")} if q else set()


def match_claims(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = _overlap(p, g)
            shorter = max(1, min(p["end"] - p["start"], g["end"] - g["start"]))
            longer = max(1, p["end"] - p["start"], g["end"] - g["start"])
            quote_hit = bool(_pieces(p) & _pieces(g))
            if ov >= 0.5 * shorter or quote_hit:
                # ties on the shorter span go to the pair that also covers more of the longer one
                cands.append((ov / shorter + 0.5 * ov / longer + (1 if quote_hit else 0), i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((pred[i], gold[j]))
    return pairs


def _value_ok(p: dict, g: dict) -> bool:
    if p["unit"] != g["unit"]:
        return False
    if g.get("value") is None or p.get("value") is None:
        return (g.get("low"), g.get("high")) == (p.get("low"), p.get("high")) and g.get("low") is not None
    gv, pv = float(g["value"]), float(p["value"])
    return abs(gv - pv) <= 0.005 * max(abs(gv), 1e-9)


def match_figures(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        best = None
        for i, p in enumerate(pred):
            if i in used or _overlap(p, g) <= 0 or not _value_ok(p, g):
                continue
            if best is None or _overlap(p, g) > _overlap(pred[best], g):
                best = i
        if best is not None:
            used.add(best)
            pairs.append((pred[best], g))
    return pairs


def norm_speaker(s: str | None) -> str:
    s = (s or "").lower().replace(".", "").strip()
    return re.sub(r"^the\s+", "", s)


def same_speaker(a: str | None, b: str | None) -> bool:
    a, b = norm_speaker(a), norm_speaker(b)
    if a == b:
        return True
    return bool(a and b and a.split()[-1] == b.split()[-1])


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").strip().lower())


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def reading_of(doc: Doc) -> dict:
    """An annotation in the extractor's output shape, so a second reader is scored like the extractor."""
    return {"claims": doc.claims, "figures": doc.figures}


def score_docs(docs: list[Doc], repeat: int | None = None, readings: dict[str, Doc] | None = None) -> dict:
    """Scores the extractor on docs, or, given readings (a second annotator's, by doc name), those instead."""
    preds = {}
    elapsed = None
    if readings is not None:
        docs = [d for d in docs if d.name in readings]
        preds = {d.name: reading_of(readings[d.name]) for d in docs}
    else:
        for d in docs:  # warm up: compiled patterns are cached after the first article
            extract_article(d.text, d.published)
        repeat = repeat or max(5, 60 // max(1, len(docs)))
        t0 = time.perf_counter()
        for _ in range(repeat):
            for d in docs:
                preds[d.name] = extract_article(d.text, d.published)
        elapsed = time.perf_counter() - t0
    fig_tp = fig_pred = fig_gold = approx_ok = 0
    cl_tp = cl_pred = cl_gold = 0
    all_tp = all_pred = all_gold = 0
    agree = {"speaker": 0, "attribution": 0, "cue": 0, "said_at": 0, "hedges": 0}
    per_doc = []
    misses = []
    for d in docs:
        out = preds[d.name]
        fpairs = match_figures(out["figures"], d.figures)
        fig_tp += len(fpairs)
        fig_pred += len(out["figures"])
        fig_gold += len(d.figures)
        approx_ok += sum(bool(p["approx"]) == bool(g.get("approx")) for p, g in fpairs)
        gold_att = [c for c in d.claims if c["attribution"] != "unattributed"]
        pred_att = [c for c in out["claims"] if c["attribution"] != "unattributed"]
        pairs = match_claims(pred_att, gold_att)
        cl_tp += len(pairs)
        cl_pred += len(pred_att)
        cl_gold += len(gold_att)
        for p, g in pairs:
            agree["speaker"] += same_speaker(p["speaker"], g.get("speaker"))
            agree["attribution"] += p["attribution"] == g["attribution"]
            agree["cue"] += _norm(p["cue"]) == _norm(g.get("cue"))
            agree["said_at"] += (p["said_at"] or None) == (g.get("said_at") or None)
            agree["hedges"] += {h.lower() for h in p["hedges"]} == {h.lower() for h in g.get("hedges", [])}
        if d.split == "seed":
            apairs = match_claims(out["claims"], d.claims)
            all_tp += len(apairs)
            all_pred += len(out["claims"])
            all_gold += len(d.claims)
        matched_gold = {id(g) for _, g in pairs}
        matched_fig = {id(g) for _, g in fpairs}
        misses.append({
            "doc": d.name,
            "missed_claims": [d.text[g["start"]:g["end"]][:80] for g in gold_att if id(g) not in matched_gold],
            "missed_figures": [g["surface"] for g in d.figures if id(g) not in matched_fig],
        })
        per_doc.append({"doc": d.name, "figures": (len(fpairs), len(out["figures"]), len(d.figures)),
                        "claims": (len(pairs), len(pred_att), len(gold_att))})
    fp, fr, ff = prf(fig_tp, fig_pred, fig_gold)
    cp, cr, cf = prf(cl_tp, cl_pred, cl_gold)
    result = {
        "articles": len(docs),
        "figures": {"tp": fig_tp, "pred": fig_pred, "gold": fig_gold, "precision": fp, "recall": fr, "f1": ff,
                    "approx_accuracy": approx_ok / fig_tp if fig_tp else None},
        "attributed_claims": {"tp": cl_tp, "pred": cl_pred, "gold": cl_gold, "precision": cp, "recall": cr, "f1": cf},
        "on_matched_claims": {k: (v / cl_tp if cl_tp else None) for k, v in agree.items()},
        "articles_per_second": (repeat * len(docs)) / elapsed if elapsed else None,
        "scored": "second reading" if readings is not None else "extractor",
        "per_doc": per_doc,
        "misses": misses,
    }
    if all_gold:
        ap, ar, af = prf(all_tp, all_pred, all_gold)
        result["all_claims"] = {"tp": all_tp, "pred": all_pred, "gold": all_gold, "precision": ap, "recall": ar, "f1": af}
    return result


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def render(split: str, r: dict) -> str:
    f, c, m = r["figures"], r["attributed_claims"], r["on_matched_claims"]
    lines = [
        f"== {split}: {r['articles']} article(s)" + (" — the second reader's annotation, not the extractor"
                                                     if r.get("scored") == "second reading" else ""),
        f"  figures            P {_pct(f['precision'])}  R {_pct(f['recall'])}  F1 {_pct(f['f1'])}"
        f"   ({f['tp']} matched / {f['pred']} predicted / {f['gold']} gold; approx right on {_pct(f['approx_accuracy'])})",
        f"  attributed claims  P {_pct(c['precision'])}  R {_pct(c['recall'])}  F1 {_pct(c['f1'])}"
        f"   ({c['tp']} matched / {c['pred']} predicted / {c['gold']} gold)",
    ]
    if "all_claims" in r:
        a = r["all_claims"]
        lines.append(f"  all claims         P {_pct(a['precision'])}  R {_pct(a['recall'])}  F1 {_pct(a['f1'])}"
                     f"   ({a['tp']} matched / {a['pred']} predicted / {a['gold']} gold)")
    lines.append(f"  on matched claims  speaker {_pct(m['speaker'])}  attribution {_pct(m['attribution'])}  "
                 f"cue {_pct(m['cue'])}  said_at {_pct(m['said_at'])}  hedges {_pct(m['hedges'])}")
    if r["articles_per_second"] is not None:
        lines.append(f"  speed              {r['articles_per_second']:.0f} articles/s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m factcheck.extract.score", description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=SPLITS + ("all",), default=None,
                    help="one split, or all of them pooled (the default prints each split in turn)")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument("--misses", action="store_true", help="list the gold claims and figures not found")
    ap.add_argument("--second-reading", action="store_true",
                    help="score the second annotator's reading instead of the extractor (splits that have one)")
    args = ap.parse_args(argv)
    splits = [args.split] if args.split else list(SPLITS)
    if args.second_reading:
        results = {s: score_docs(load(s), readings=second_reading(s)) for s in splits if s != "seed"}
        results = {s: r for s, r in results.items() if r["articles"]}
        splits = list(results)
        if not splits:
            print("no split has a second reading (data/devset/second_reading/ is empty)")
    else:
        results = {s: score_docs(load(s)) for s in splits}
    if args.json:
        print(json.dumps({s: {k: v for k, v in r.items() if k != "misses" or args.misses} for s, r in results.items()},
                         indent=1, ensure_ascii=False))
        return 0
    for s in splits:
        print(render(s, results[s]))
        if args.misses:
            for m in results[s]["misses"]:
                if m["missed_claims"] or m["missed_figures"]:
                    print(f"    {m['doc']}: missed claims {m['missed_claims']} figures {m['missed_figures']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
